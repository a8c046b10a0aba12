"""Resolving a geocoding query against the gazetteer, without geopy.

:class:`QueryResolver` holds the logic behind
:class:`geo.geocoder.OfflineGeocoder`; it lives apart from geopy so that the
``incident-map geocode`` command does not pay for importing geopy (about
0.3 s CPU: geopy imports all its geocoders). Parsing the query and ranking
same-named places are pure functions (:func:`parse_query`, :func:`rank_places`).

Ranking among places called the same (highest score first):

1. countries (by any name or code) before everything else;
2. then by ``log10(population)``, with +1 for a national capital, +0.5 for
   the preferred name over an alternate one, -1.5 for a region (so the city
   "New York" beats the state, "Texas" is still the state);
3. codes count only when the query is written as a code ("ALA", "TX"); an
   all-caps IATA code prefers the airport, a large country's ISO code the country;
4. demonyms ("kasachisch") point to their country, scored ``log10(population) - 1.5``.

Qualifiers after a comma ("Paris, Texas", "Almaty, Kasachstan") or a
preposition ("Republic Square in Almaty") restrict the candidates to that
country, region, or to 50 km around that city; ``country_codes`` restricts
them to those countries. When the first part is not in the gazetteer but the
qualifier is, the qualifier's place is returned with precision "within city"
(for a city) and ``raw["unresolved"]`` naming the part that was not found.

Examples
--------
>>> parse_query("Paris, Texas")
Query(main='Paris', qualifiers=('Texas',))
>>> parse_query("  Almaty ,, Kasachstan ")
Query(main='Almaty', qualifiers=('Kasachstan',))
>>> split_airport("Flughafen Almaty")
'Almaty'
>>> split_airport("Almaty") is None
True
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from geo.distance import place_km
from geo.gazetteer import Gazetteer, NameEntry
from geo.normalize import fold
from geo.types import Kind, Place, Precision

__all__ = [
    "AIRPORT_WORDS",
    "ARTICLES",
    "CONNECTORS",
    "REGION_WORDS",
    "Query",
    "QueryResolver",
    "Resolution",
    "describe",
    "parse_query",
    "rank_places",
    "resolution_raw",
    "score_entry",
    "split_airport",
    "split_connector",
    "split_region",
]

#: prepositions that introduce the containing place ("Republic Square in Almaty")
CONNECTORS: tuple[str, ...] = (
    "in",
    "at",
    "near",
    "im",
    "bei",
    "am",
    "в",
    "во",
    "у",
    "под",
    "à",
    "au",
    "près de",
    "en",
    "cerca de",
)
#: words meaning "airport" (folded), and fillers stripped around the city name
AIRPORT_WORDS = frozenset(
    {"airport", "flughafen", "аэропорт", "aeroport", "aeropuerto", "aeroporto", "lotnisko"}
)
#: words meaning "region" (folded): "Jambyl Region", "Gebiet Almaty", "Oblast Moskau"
REGION_WORDS = frozenset(
    {
        "region",
        "oblast",
        "oblys",
        "oblysy",
        "province",
        "provinz",
        "gebiet",
        "state",
        "bundesstaat",
        "область",
        "облысы",
        "край",
        "provincia",
        "departamento",
        "departement",
    }
)
#: leading articles dropped before a second try ("the Almaty region", "die Krim")
ARTICLES = frozenset({"the", "die", "der", "das", "la", "le", "les", "el", "los", "las"})
_REGION_FILLERS = frozenset(
    {"of", "de", "del", "der", "des", "du", "the", "die", "das", "la", "le", "el"}
)
_AIRPORT_FILLERS = frozenset(
    {"international", "intl", "int'l", "internationaler", "международный", "de", "of", "d'", "du"}
)
#: how far (km) a place may lie from a qualifying city and still count as in it
NEAR_CITY_KM = 50.0
#: how far (km) a place may lie from a qualifying US county's point
NEAR_COUNTY_KM = 60.0
_CODE_QUERY = re.compile(r"^[A-Z]{2,4}$|^[A-Z]{2}-[A-Z0-9]{1,3}$")


@dataclass(frozen=True, slots=True)
class Query:
    """A geocoding query split at its commas."""

    main: str
    qualifiers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a query resolved to: a place, its precision and any unresolved part."""

    place: Place
    precision: Precision
    score: float
    unresolved: str | None = None
    matched: str = "name"


def parse_query(query: str) -> Query:
    """Split *query* into the name and its qualifiers at commas.

    Examples
    --------
    >>> parse_query("Springfield, Illinois, USA").qualifiers
    ('Illinois', 'USA')
    """
    parts = [p.strip() for p in query.split(",")]
    parts = [p for p in parts if p]
    if not parts:
        return Query("")
    return Query(parts[0], tuple(parts[1:]))


def split_connector(text: str) -> tuple[str, str] | None:
    """Split "X in Y" into ``("X", "Y")`` at the last connector, or None.

    Examples
    --------
    >>> split_connector("Republic Square in Almaty")
    ('Republic Square', 'Almaty')
    >>> split_connector("площадь Республики в Алматы")
    ('площадь Республики', 'Алматы')
    >>> split_connector("Almaty") is None
    True
    """
    words = text.split()
    lowered = [w.casefold() for w in words]
    for i in range(len(words) - 2, 0, -1):
        for connector in CONNECTORS:
            size = connector.count(" ") + 1
            if lowered[i : i + size] == connector.split() and i + size < len(words):
                return " ".join(words[:i]), " ".join(words[i + size :])
    return None


def split_airport(text: str) -> str | None:
    """The city in "Flughafen Almaty" / "Almaty International Airport", or None.

    Examples
    --------
    >>> split_airport("Almaty International Airport")
    'Almaty'
    >>> split_airport("аэропорт Алматы")
    'Алматы'
    """
    words = text.split()
    folded = [fold(w) for w in words]
    if not any(f in AIRPORT_WORDS for f in folded):
        return None
    kept = [w for w, f in zip(words, folded, strict=True) if f not in AIRPORT_WORDS]
    while kept and fold(kept[0]) in _AIRPORT_FILLERS:
        kept.pop(0)
    while kept and fold(kept[-1]) in _AIRPORT_FILLERS:
        kept.pop()
    return " ".join(kept) or None


def split_region(text: str) -> str | None:
    """The name in "Jambyl Region" / "Gebiet Almaty", or None.

    Examples
    --------
    >>> split_region("Gebiet Almaty"), split_region("State of Texas"), split_region("Almaty")
    ('Almaty', 'Texas', None)
    """
    words = text.split()
    folded = [fold(w) for w in words]
    if not any(f in REGION_WORDS for f in folded):
        return None
    kept = [
        w
        for w, f in zip(words, folded, strict=True)
        if f not in REGION_WORDS and f not in _REGION_FILLERS
    ]
    return " ".join(kept) or None


def score_entry(entry: NameEntry, *, code_query: bool) -> float:
    """How likely *entry* is what a query naming it means (higher is better).

    Parameters
    ----------
    entry : NameEntry
        A gazetteer match for the query.
    code_query : bool
        Whether the query was written as a code ("ALA", "TX", "KZ").

    Examples
    --------
    >>> from geo.types import Kind, Place
    >>> city = Place(id="c", name="X", kind=Kind.CITY, lat=0, lon=0, population=999)
    >>> round(score_entry(NameEntry(city, "name"), code_query=False), 2)
    3.5
    """
    place = entry.place
    score = math.log10(place.population + 1)
    if entry.name_type == "code":
        if not code_query:
            return score - 5.0
        if place.kind is Kind.AIRPORT:
            return 9.0
        if place.kind is Kind.CITY:
            return score - 1.0
        return score + 2.0
    if entry.name_type == "demonym":
        return score - 1.5
    if place.kind is Kind.COUNTRY or place.kind is Kind.AREA:
        return score + 10.0
    if place.kind is Kind.REGION:
        score -= 1.5
    if place.capital:
        score += 1.0
    if entry.name_type == "name":
        score += 0.5
    return score


def _within(place: Place, qualifier: Sequence[NameEntry]) -> bool:
    """Whether *place* lies in one of the qualifier's interpretations."""
    for entry in qualifier:
        q = entry.place
        if q.id == place.id:
            continue
        if q.kind is Kind.COUNTRY:
            if place.country_code == q.country_code:
                return True
        elif q.kind is Kind.REGION and not q.id.startswith("region:"):
            if place_km(place, q) <= NEAR_COUNTY_KM:  # a US county: near its point
                return True
        elif q.kind is Kind.REGION:
            if place.admin1_code == q.admin1_code:
                return True
        elif q.kind is Kind.CITY and place_km(place, q) <= NEAR_CITY_KM:
            return True
    return False


def rank_places(
    entries: Iterable[NameEntry],
    *,
    code_query: bool = False,
    country_codes: Sequence[str] | None = None,
    qualifiers: Sequence[Sequence[NameEntry]] = (),
    kinds: Sequence[Kind] | None = None,
) -> list[tuple[float, NameEntry]]:
    """Rank the entries a name matched, best first, one per place.

    Parameters
    ----------
    entries : iterable of NameEntry
        What the gazetteer returned for the name.
    code_query : bool
        The query was written as a code.
    country_codes : sequence of str, optional
        Keep only places in these ISO countries.
    qualifiers : sequence of sequences of NameEntry
        Each qualifier's own matches; a place must lie in every qualifier.
    kinds : sequence of Kind, optional
        Keep only these kinds.

    Returns
    -------
    list of (score, NameEntry)
    """
    allowed = {c.upper() for c in country_codes} if country_codes else None
    best: dict[str, tuple[float, NameEntry]] = {}
    for entry in entries:
        place = entry.place
        if allowed is not None and place.country_code not in allowed:
            continue
        if kinds is not None and place.kind not in kinds:
            continue
        if any(not _within(place, q) for q in qualifiers):
            continue
        score = score_entry(entry, code_query=code_query)
        old = best.get(place.id)
        if old is None or score > old[0]:
            best[place.id] = (score, entry)
    return sorted(best.values(), key=lambda se: (-se[0], se[1].place.id))


class QueryResolver:
    """Resolve queries ("Paris, Texas", "Flughafen Almaty") against a gazetteer.

    Parameters
    ----------
    gazetteer : Gazetteer
        The names and places to resolve against.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def resolve(
        self, query: str, *, country_codes: Sequence[str] | None = None
    ) -> list[Resolution]:
        """All resolutions of *query*, best first (empty when nothing matches).

        Examples
        --------
        >>> from geo.gazetteer import load_gazetteer
        >>> resolver = QueryResolver(load_gazetteer())
        >>> [r.place.country_code for r in resolver.resolve("Paris, Texas")][:1]
        ['US']
        """
        parsed = parse_query(query)
        if not parsed.main:
            return []
        matches = [self.gazetteer.lookup(q) for q in parsed.qualifiers]
        qualifiers = [m for m in matches if m]
        unknown = [q for q, m in zip(parsed.qualifiers, matches, strict=True) if not m]
        found = self._resolve_name(parsed.main, qualifiers, country_codes)
        if found:
            if unknown:  # "Almaty, Xyzland": say what was not used
                note = ", ".join(unknown)
                found = [
                    Resolution(r.place, r.precision, r.score, r.unresolved or note, r.matched)
                    for r in found
                ]
            return found
        if qualifiers:
            return self._within(", ".join([parsed.main, *unknown]), qualifiers, country_codes)
        split = split_connector(parsed.main)
        if split is not None:
            qualifier = self.gazetteer.lookup(split[1])
            if qualifier:
                found = self._resolve_name(split[0], [qualifier], country_codes)
                return found or self._within(split[0], [qualifier], country_codes)
        return self._partial(parsed.main, country_codes)

    def _rank(
        self,
        name: str,
        qualifiers: Sequence[Sequence[NameEntry]],
        country_codes: Sequence[str] | None,
        kinds: Sequence[Kind] | None = None,
    ) -> list[tuple[float, NameEntry]]:
        return rank_places(
            self.gazetteer.lookup(name),
            code_query=bool(_CODE_QUERY.match(name.strip())),
            country_codes=country_codes,
            qualifiers=qualifiers,
            kinds=kinds,
        )

    def _resolve_name(
        self,
        name: str,
        qualifiers: Sequence[Sequence[NameEntry]],
        country_codes: Sequence[str] | None,
    ) -> list[Resolution]:
        ranked = self._rank(name, qualifiers, country_codes)
        if ranked:
            return [Resolution(e.place, e.place.precision, s, None, e.name_type) for s, e in ranked]
        first, _, rest = name.partition(" ")
        if rest and first.casefold() in ARTICLES:  # "the Almaty region"
            return self._resolve_name(rest, qualifiers, country_codes)
        region_name = split_region(name)
        if region_name is not None:
            regions = self._rank(region_name, qualifiers, country_codes, kinds=(Kind.REGION,))
            return [
                Resolution(e.place, e.place.precision, s, None, e.name_type) for s, e in regions
            ]
        city_name = split_airport(name)
        if city_name is None:
            return []
        cities = self._rank(city_name, qualifiers, country_codes, kinds=(Kind.CITY,))
        out: list[Resolution] = []
        for score, entry in cities:
            for airport in self.gazetteer.airports_of(entry.place):
                out.append(Resolution(airport, Precision.EXACT, score, None, entry.name_type))
        if not out and cities:
            score, entry = cities[0]
            out.append(Resolution(entry.place, Precision.WITHIN_CITY, score, name, entry.name_type))
        return out

    def _within(
        self,
        unresolved: str,
        qualifiers: Sequence[Sequence[NameEntry]],
        country_codes: Sequence[str] | None,
    ) -> list[Resolution]:
        """The innermost qualifier's place, marked as containing the unresolved part."""
        first, rest = qualifiers[0], qualifiers[1:]
        ranked = rank_places(first, country_codes=country_codes, qualifiers=rest)
        out = []
        for score, entry in ranked:
            place = entry.place
            precision = Precision.WITHIN_CITY if place.kind is Kind.CITY else place.precision
            out.append(Resolution(place, precision, score, unresolved, entry.name_type))
        return out

    def _partial(self, text: str, country_codes: Sequence[str] | None) -> list[Resolution]:
        """'Platz der Republik Almaty': the longest known word suffix, else prefix."""
        words = text.split()
        for size in range(len(words) - 1, 0, -1):
            for part, rest in (
                (words[-size:], words[:-size]),
                (words[:size], words[size:]),
            ):
                name = " ".join(part)
                if len(name) < 4 or not part[0][:1].isupper():
                    continue  # a place name, not "the" or "square"
                if any(fold(w) in REGION_WORDS or fold(w) in AIRPORT_WORDS for w in part):
                    continue
                entries = [
                    e
                    for e in self.gazetteer.lookup(name)
                    if e.name_type in ("name", "alternate") and e.place.kind is not Kind.AIRPORT
                ]
                if entries:
                    return self._within(" ".join(rest), [entries], country_codes)
        return []


def describe(resolution: Resolution, gazetteer: Gazetteer) -> str:
    """A readable address: "Almaty, Almaty, Kazakhstan"."""
    place = resolution.place
    country = gazetteer.country(place.country_code) if place.country_code else None
    parts = [place.name]
    if place.admin1_name and place.admin1_name != place.name:
        parts.append(place.admin1_name)
    elif place.kind is Kind.CITY and place.admin1_name:
        parts.append(place.admin1_name)
    if country is not None and country.id != place.id:
        parts.append(country.name)
    return ", ".join(parts)


def resolution_raw(resolution: Resolution) -> dict[str, Any]:
    """The ``raw`` payload of a result: id, kind, country, region, precision, ...

    Examples
    --------
    >>> from geo.types import Kind, Place, Precision
    >>> city = Place(id="geonames:1", name="X", kind=Kind.CITY, lat=1.0, lon=2.0)
    >>> raw = resolution_raw(Resolution(city, Precision.WITHIN_CITY, 0.0, "Square"))
    >>> raw["precision"], raw["unresolved"]
    ('within city', 'Square')
    """
    place = resolution.place
    return {
        "id": place.id,
        "name": place.name,
        "kind": place.kind.value,
        "lat": place.lat,
        "lon": place.lon,
        "country_code": place.country_code,
        "admin1": place.admin1_code,
        "admin1_name": place.admin1_name,
        "population": place.population,
        "capital": place.capital,
        "precision": resolution.precision.value,
        "unresolved": resolution.unresolved,
        "matched": resolution.matched,
        "score": round(resolution.score, 3),
    }
