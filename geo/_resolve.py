"""Resolution: choose one gazetteer place per candidate, with the document as context.

Each place of a candidate gets a score: a prior from what it is (a bare
country name is the country; a region; a city by the log of its
population, capitals a little more), plus context from the rest of the
document: countries and regions named in it, the countries of other
places, an explicit qualifier ("Paris, Texas") and the caller's country
bias. Population keeps the big place when context only weakly prefers a
small one ("Paris" in a report about Kazakhstan stays in France), while a
named region outweighs it ("Paris" in a text about Texas). The first pass
gathers the context from each candidate's best place alone (qualifiers
applied); two rounds then rank with the context, the second with a context
made of the first round's choices (each candidate's own vote left out).

Examples
--------
>>> from geo._memgaz import MemoryGazetteer
>>> from geo._recognize import Recognizer
>>> gaz = MemoryGazetteer.sample()
>>> text = "He flew from Paris, Texas to Almaty."
>>> mentions = resolve(Recognizer(gaz, "en").candidates(text), text, gaz)
>>> [(m.text, m.place.country_code, m.precision.value) for m in mentions]
[('Paris', 'US', 'city'), ('Texas', 'US', 'region'), ('Almaty', 'KZ', 'city')]
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from geo._currency import currency_countries
from geo._recognize import Candidate, GazetteerLike
from geo._tokens import COORDINATORS, sentence_span
from geo.distance import place_km
from geo.normalize import fold, respelling
from geo.types import Kind, Mention, Place, Precision

__all__ = ["resolve"]

_COUNTRY_PRIOR = 8.5
_REGION_PRIOR = 6.4
_TERRITORY_PEOPLE = 100_000  # below this, a country known by an alternate name is a territory
_CAPITAL_BONUS = 1.0
#: a region named like a city of its own this big is no state of a list
_LISTED_NAMESAKE = 100_000
#: for the city a region is named after, or whose other name the region has ("Batken")
_NAMESAKE_BONUS = 1.5
_COUNTRY_SIZE = 0.001  # per power of ten of a country's people: breaks ties only
#: a city with this share of its region's people is what the region's name means
_CITY_SHARE = 0.4
_LANDMARK_PRIOR = 6.5  # a landmark of the gazetteer (the Kremlin): a city of 3 million
_ALTERNATE_PENALTY = 0.3
_OLD_NAME_OWNER = 50_000  # a town this big whose own name another city has as an old one
_ALTERNATE_RESPELT = 100_000  # a city this big by its name's plain spelling needs no support
_OLD_NAME_PENALTY = 1.0  # that city's reading loses this much more (log10 of people)
_COUNTRY_CONTEXT = 2.0
_COUNTRY_SHARE = 2.0
_PROXIMITY = 2.5  # at most, for a place right next to another place of the text
_PROXIMITY_KM = 400.0
_PROXIMITY_POOL = 10
_REGION_CONTEXT = 2.5
_REGION_SHARE = 2.0
_CITY_REGION_VOTE = 0.25  # a town's vote for its state, as a share of its vote for its country
_LOCAL = 1.5  # a region or country named in the same sentence contains the place
_COUNTRY_NAME_TOWN_CONTEXT = 3.0  # most context a town named like a country gets
_QUALIFIER = 5.0
_PAIR = 2.0  # at most, for a town or county next to a reading of another name of the text
_PAIR_KM = 80.0
_PAIR_NAMES = 2.0  # other names whose readings count, at most
_LISTED = 4.0  # for the reading at the level most members of a list share
_STATED = 4.0  # for the state reading of a name called a state ("Washington state")
#: words that join a list's last members, in the five languages
_LIST_WORDS = COORDINATORS | {"&", "или", "ou", "e", "o", "u"}
_LIST_JOINS = frozenset({", "} | {f"{sep}{w} " for w in _LIST_WORDS for sep in (" ", ", ")})
_BIAS = 2.0
_CITY_STATE_SHARE = 0.8  # a city with this share of its country's people is a city-state
_CURRENCY = 0.5  # the vote of the text's money for its country: a town's
_DEMONYM_FACTOR = 0.75
_ONE_SENSE_CERTAINTY = 0.6  # a bare mention given the sense of the name's located ones
_ROUNDS = 2  # context from first guesses, then from the first round's choices
_STRAY_TOWN = 200_000  # a span's part naming a smaller town alone, far from the text: no town
_STRAY_KM = 161.0
_LONELY_TOWN = 10_000  # below this, a town alone in its country among a text's places is no place
_LONELY_OTHERS = 2  # mentions of places in other countries that make such a town lonely


def _region_size(population: int) -> float:
    """A region's prior by its population, at most ``_REGION_PRIOR``."""
    return min(_REGION_PRIOR, 3.0 + 0.5 * math.log10(population))


def _prior(place: Place, name_type: str) -> float:
    if place.kind in (Kind.COUNTRY, Kind.AREA):  # "Africa" is the continent
        if name_type == "alternate" and 0 < place.population < _TERRITORY_PEOPLE:
            # "Norfolk" for Norfolk Island (1,800 people): a territory's short
            # name weighs as a region of its size, below Norfolk, Virginia
            return _region_size(place.population) - _ALTERNATE_PENALTY
        # two countries by one name: the bigger ("Congo", "Kongo": the
        # Democratic Republic; "Korea": the South), by a hundredth at most
        size = _COUNTRY_SIZE * math.log10(place.population + 1)
        return _COUNTRY_PRIOR + size - (1.0 if name_type == "code" else 0.0)
    if place.kind == Kind.REGION:
        # big regions beat towns of the same name; small ones do not beat their capital
        size = _region_size(place.population) if place.population > 0 else 5.5
        return size - (_ALTERNATE_PENALTY if name_type == "alternate" else 0.0)
    score: float = math.log10(place.population + 1)
    if place.kind == Kind.AIRPORT:  # a city's international airport before an airstrip
        score = max(score, 5.0 if "international" in place.name.lower() else 4.5)
    elif place.kind == Kind.LANDMARK:  # a seat of power, before White House, Tennessee
        score = max(score, _LANDMARK_PRIOR)
    if place.capital:
        score += _CAPITAL_BONUS
    if name_type == "alternate":
        score -= _ALTERNATE_PENALTY
    elif name_type == "code":
        score -= 1.0
    return score


class _Context:
    """Countries and regions the document names, as weights.

    Votes are kept per name, so that a name never supports itself: five
    mentions of an ambiguous "Eltham" must not outvote "Melbourne, Victoria,
    Australia" for their own first guess.
    """

    def __init__(self, bias: Sequence[str]) -> None:
        self.countries: dict[str, float] = {}
        self.regions: dict[str, float] = {}
        self.by_name: dict[str, dict[str, float]] = {}
        self.total = 0.0
        self.region_total = 0.0
        self.bias = {c.upper() for c in bias}

    def add_country(self, code: str, weight: float) -> None:
        """A vote for a country no name of the text stands for (its money).

        It counts as the country named, not in how much of the text is
        about it: alone, it is worth ``_COUNTRY_CONTEXT * weight``.
        """
        self.countries[code] = self.countries.get(code, 0.0) + weight

    def add(self, place: Place, weight: float, name: str) -> None:
        own = self.by_name.setdefault(name, {})
        if place.country_code:
            cc = place.country_code
            self.countries[cc] = self.countries.get(cc, 0.0) + weight
            own[cc] = own.get(cc, 0.0) + weight
            own["#"] = own.get("#", 0.0) + weight
            self.total += weight
        if place.admin1_code and place.kind in (Kind.REGION, Kind.CITY):
            code = place.admin1_code
            if place.kind == Kind.CITY:  # a town speaks for its state, more softly
                weight *= _CITY_REGION_VOTE
            self.regions[code] = self.regions.get(code, 0.0) + weight
            own["@" + code] = own.get("@" + code, 0.0) + weight
            own["@"] = own.get("@", 0.0) + weight
            self.region_total += weight

    def scorer(self, name: str) -> Callable[[Place, bool], float]:
        """The context bonus of a place for a mention of *name* (its own votes left out).

        Returns a function ``score(place, weak=False)``; the name's own votes
        are looked up once for all its places.
        """
        own = self.by_name.get(name, {})
        own_cc_total = own.get("#", 0.0)
        own_region_total = own.get("@", 0.0)
        countries, regions, bias = self.countries, self.regions, self.bias
        total_c, total_r = self.total, self.region_total

        def score(place: Place, weak: bool = False) -> float:
            bonus = 0.0
            cc = place.country_code
            if cc:
                weight = countries.get(cc, 0.0) - own.get(cc, 0.0)
                if weight > 1e-9:
                    total = total_c - own_cc_total
                    share = min(1.0, weight / total) if total > 1e-9 else 0.0
                    # named at all, and how much of the text is about that country
                    bonus += _COUNTRY_CONTEXT * min(1.0, weight) + _COUNTRY_SHARE * share
                if cc in bias:
                    bonus += _BIAS
            code = place.admin1_code
            # a county too, not a state; not a place only an old name points to
            # ("Idaho" in "Colorado, Idaho and Maine" is no Idaho Springs, Colorado)
            if code and not weak and not place.id.startswith("region:"):
                weight = regions.get(code, 0.0) - own.get("@" + code, 0.0)
                if weight > 1e-9:
                    total = total_r - own_region_total
                    share = weight / total if total > 1e-9 else 0.0
                    # named at all, and (for a place's own name) how much of the text
                    # is about that region
                    bonus += _REGION_CONTEXT * min(1.0, weight) + _REGION_SHARE * share
            return bonus

        return score


def _usable(cand: Candidate) -> list[Any]:
    if cand.kind == "demonym":
        return [e for e in cand.entries if e.name_type == "demonym"]
    entries = [e for e in cand.entries if e.name_type != "demonym"]
    if cand.kind == "airport":
        cities = [e for e in entries if e.place.kind in (Kind.CITY, Kind.REGION)]
        entries = cities or entries
    return entries or list(cand.entries)


class _Pool(NamedTuple):
    """A name's places as resolution reads them, worked out once per entries tuple."""

    weak: frozenset[str]  # places the name is only an alternate name of
    places: list[tuple[float, Place]]  # each place once, by prior, best first
    country_name: bool  # a country's own name (not only an alternate one)
    #: towns and counties (not alternate-only) with their one-degree cell and
    #: the cosine of their latitude: the readings ``_paired`` compares
    towns: tuple[tuple[Place, int, int, float], ...]
    vouches: bool  # no country, area or state among the places: the towns may pair


_PREPARED: dict[tuple[int, str], tuple[Any, _Pool]] = {}
_PREPARED_MAX = 50_000


def _prepared(cand: Candidate) -> _Pool:
    """A candidate's places by prior and what else resolution reads of them, cached per entries.

    The recogniser hands over the same entries tuple for every mention of a
    name, so a long run works each name's pool out once. The cache keeps the
    tuple itself, so its id stays unique while cached.
    """
    key = (id(cand.entries), cand.kind)
    got = _PREPARED.get(key)
    if got is not None and got[0] is cand.entries:
        return got[1]
    usable = _usable(cand)
    pool = _pool(_alternate_only(usable), _base_scores(usable))
    if len(_PREPARED) >= _PREPARED_MAX:
        _PREPARED.clear()
    _PREPARED[key] = (cand.entries, pool)
    return pool


def _pool(weak: frozenset[str], places: list[tuple[float, Place]]) -> _Pool:
    """A name's pool from its alternate-only places and its places by prior."""
    city_regions = {p.admin1_code for _, p in places if p.kind == Kind.CITY and p.id not in weak}
    towns = tuple(
        (p, math.floor(p.lat), math.floor(p.lon), math.cos(math.radians(p.lat)))
        for _, p in places
        if p.id not in weak
        and (p.kind == Kind.CITY or (p.kind == Kind.REGION and not p.id.startswith("region:")))
    )
    return _Pool(
        weak=weak,
        places=places,
        country_name=any(p.kind == Kind.COUNTRY and p.id not in weak for _, p in places),
        towns=towns,
        # towns named like countries or states cluster ("Peru" and "Mexico",
        # Indiana): they never vouch for another name; a province named after
        # its main city does not count ("Alexandria")
        vouches=not any(
            p.kind in (Kind.COUNTRY, Kind.AREA)
            or (p.id.startswith("region:") and p.admin1_code not in city_regions)
            for _, p in places
        ),
    )


def _alternate_only(entries: list[Any]) -> frozenset[str]:
    """Ids of the places a name is only an alternate name of ("China" for Arcade, NY)."""
    preferred = {e.place.id for e in entries if e.name_type != "alternate"}
    if not preferred:
        return _stray_towns(entries)
    namesakes = _namesakes_by_spelling(entries)
    return frozenset(
        e.place.id for e in entries if e.place.id not in preferred and e.place.id not in namesakes
    )


def _stray_towns(entries: list[Any]) -> frozenset[str]:
    """The stray readings of a name no place has as its own name.

    Most German, Russian, French and Spanish names are GeoNames alternates,
    so none is stray for that alone: only towns beside a country, region or
    area of the name are ("Кубани": the region, not the village Kuban'), and
    not a big city its region is named after ("Anvers": Antwerp, not the
    province).
    """
    if not any(e.place.kind in (Kind.COUNTRY, Kind.REGION, Kind.AREA) for e in entries):
        return frozenset()
    held = {e.place.admin1_code for e in entries if e.place.kind == Kind.REGION}
    return frozenset(
        e.place.id
        for e in entries
        if e.place.kind == Kind.CITY
        and not (e.place.population >= _LISTED_NAMESAKE and e.place.admin1_code in held)
    )


def _namesakes_by_spelling(entries: list[Any]) -> set[str]:
    """Big cities known by another spelling of their region's own name.

    GeoNames calls the prefecture "Marrakech" and the city "Marrakesh": the
    city, known here only by an alternate name, is the region's namesake.
    """
    regions = [
        (e.place.admin1_code, fold(e.place.name))
        for e in entries
        if e.place.kind == Kind.REGION and e.name_type == "name"
    ]
    return {
        e.place.id
        for e in entries
        if regions
        and e.place.kind == Kind.CITY
        and e.place.population >= _LISTED_NAMESAKE
        and any(
            code == e.place.admin1_code and respelling(name, fold(e.place.name))
            for code, name in regions
        )
    }


def _forms_of_one_name(a: str, b: str) -> bool:
    """Whether two place names share a word of four letters or their first four letters.

    Examples
    --------
    >>> _forms_of_one_name("St. Petersburg", "Saint Petersburg")
    True
    >>> _forms_of_one_name("Avondale", "Avondale Estates"), _forms_of_one_name("Pokrovsk", "Engels")
    (True, False)
    """
    fa, fb = fold(a), fold(b)
    words_a = {w for w in fa.replace(".", " ").split() if len(w) >= 4}
    words_b = {w for w in fb.replace(".", " ").split() if len(w) >= 4}
    return bool(words_a & words_b) or fa[:4] == fb[:4]


def _base_scores(entries: list[Any]) -> list[tuple[float, Place]]:
    """Each place of a name once, with its prior score (no context), best first."""
    best: dict[str, tuple[float, Place]] = {}
    # regions named after their main city ("Almaty", "Aktobe"): the name means the
    # city; so does another form of both names ("Karaganda" for Karagandy and its
    # oblast), not another form of the city that is the region's own name ("New York")
    region_codes = {e.place.admin1_code for e in entries if e.place.kind == Kind.REGION}
    other_forms = {
        e.place.admin1_code
        for e in entries
        if e.place.kind == Kind.REGION and e.name_type == "alternate"
    }
    # a region's own name that is another name of its city, not the start of
    # the city's name ("Tombouctou" for Timbuktu; but "New York City")
    region_people = {
        e.place.admin1_code: e.place.population for e in entries if e.place.kind == Kind.REGION
    }
    own_names = {
        e.place.admin1_code: fold(e.place.name)
        for e in entries
        if e.place.kind == Kind.REGION and e.name_type == "name"
    }
    # a town's own name that another city had once ("Pokrovsk", Ukraine, 60,000
    # people; Engels, Russia, was Pokrovsk until 1931): the other city's
    # reading weighs less, unless its name is a form of the town's
    # ("St. Petersburg", Florida, and Saint Petersburg)
    owners = [
        e.place
        for e in entries
        if e.name_type == "name"
        and e.place.kind == Kind.CITY
        and e.place.population >= _OLD_NAME_OWNER
    ]
    weak = _alternate_only(entries)
    for entry in entries:
        place = entry.place
        score = _prior(place, entry.name_type)
        if (
            owners
            and entry.name_type == "alternate"
            and place.kind == Kind.CITY
            and place.id in weak
            and not any(_forms_of_one_name(o.name, place.name) for o in owners)
        ):
            # nor is a capital's weight its by that name ("Victoria" for Hong Kong)
            score -= _OLD_NAME_PENALTY + (_CAPITAL_BONUS if place.capital else 0.0)
        if (
            region_codes
            and place.kind == Kind.CITY
            and (
                (entry.name_type == "name" and place.admin1_code in region_codes)
                or (entry.name_type == "alternate" and place.admin1_code in other_forms)
                or (
                    entry.name_type == "alternate"
                    and place.admin1_code in own_names
                    and (
                        not fold(place.name).startswith(own_names[place.admin1_code])
                        # or a city holding much of its region's people: "Santiago"
                        # for Santiago de los Caballeros, "Santa Cruz" in Bolivia
                        or place.population
                        >= _CITY_SHARE * region_people.get(place.admin1_code, 0)
                        > 0
                    )
                )
            )
        ):
            score += _NAMESAKE_BONUS
        old = best.get(place.id)
        if old is None or old[0] < score:
            best[place.id] = (score, place)
    # a city-state is its city: "Hong Kong", "Singapore" put an incident in the
    # city, which holds nearly all of the territory's people
    for score, country in [v for v in best.values() if v[1].kind == Kind.COUNTRY]:
        for pid, (city_score, city) in list(best.items()):
            if (
                city.kind == Kind.CITY
                and city.country_code == country.country_code
                and city.population >= _CITY_STATE_SHARE * country.population > 0
            ):
                best[pid] = (max(city_score, score + 1.0), city)
    return sorted(best.values(), key=_by_score, reverse=True)


def _contains(container: Place, place: Place) -> bool:
    """Whether *container* (a country or region) holds *place*."""
    if place.id == container.id or place.country_code != container.country_code:
        return False
    if container.kind == Kind.COUNTRY:
        return place.kind != Kind.COUNTRY
    if container.kind != Kind.REGION:
        return False
    if container.admin1_code is None:  # a curated region ("Berkshire", "Darfur"): by distance
        return place.kind != Kind.COUNTRY and place_km(container, place) <= _AREA_REGION_KM
    return place.admin1_code == container.admin1_code


_COUNTY_KM = 60.0  # a county holds the places this close to its point
_AIRPORT_TOWN_KM = 50.0  # an airport named after a town lies this close to it
_AREA_REGION_KM = 100.0  # a curated region without a code holds the places this close


def _holds(region: Place, place: Place) -> bool:
    """Whether *region*, named in the same sentence as *place*, locates it.

    A first-level region holds its admin1 code's places, a county (we have no
    second-level codes) the places of its state near its point; a country is
    too weak a hint here ("China's ministry criticised US tariffs" says
    nothing of China, Maine) and counts only through the document context.
    """
    if region.kind != Kind.REGION or not _contains(region, place):
        return False
    if region.id.startswith("region:"):
        return True
    return place.kind != Kind.REGION and place_km(region, place) <= _COUNTY_KM


def _ranked(
    pool: _Pool,
    ctx: _Context | None,
    name: str,
    containers: Sequence[Place] = (),
    anchors: _Anchors | None = None,
    local: Sequence[Place] = (),
    favour: str | None = None,
    extra: dict[str, float] | None = None,
) -> list[tuple[float, Place]]:
    """The best four places of a name, with the document as context.

    *containers* are the places an explicit qualifier may mean ("Georgia" in
    "Springfield, Georgia": the country or the state), *local* the regions
    other names of the same sentence may mean, and *favour* the
    id of a place that a qualified name picked ("Georgia" means the state
    because "Springfield, Georgia" is there); *extra* adds points per place
    id (readings side by side, a list's level, a state word). Places in the
    pool's *weak* (known by an alternate name only: "Washington" for
    Watervliet, NY) get no help from a qualifier, the same sentence, *extra*
    or the share of the text about their region.
    """
    base = pool.places
    if ctx is None or len(base) <= 1:
        return base[:4]
    scored: list[tuple[float, Place]] = []
    context = ctx.scorer(name)
    weak = pool.weak
    # a country's own name: its towns need a qualifier ("China, Texas") or
    # their state in the sentence, not just a text about their state or
    # places nearby ("tariffs on China" in a Houston paper)
    country_name = pool.country_name
    # a region holds only the places of its own admin1 code (a curated region
    # without one, by distance): the other places skip the test
    local_codes = {c.admin1_code for c in local}
    uncoded = None in local_codes
    for prior, place in base:
        alternate = place.id in weak
        bonus = context(place, alternate)
        if country_name and place.kind == Kind.CITY:
            bonus = min(bonus, _COUNTRY_NAME_TOWN_CONTEXT)
        score = prior + bonus
        if containers and not alternate and any(_contains(c, place) for c in containers):
            score += _QUALIFIER
        if (
            local
            and not alternate
            and (uncoded or place.admin1_code in local_codes)
            and any(_holds(c, place) for c in local)
        ):
            score += _LOCAL
        if favour is not None and place.id == favour:
            score += _QUALIFIER
        if extra and not alternate:
            score += extra.get(place.id, 0.0)
        scored.append((score, place))
    # a pool's places are distinct, so no two keys tie: sorting gives what
    # heapq.nlargest gives, without its overhead on these short lists
    top = sorted(scored, key=_by_score, reverse=True)[:_PROXIMITY_POOL]
    if anchors and top[0][0] - top[1][0] < _PROXIMITY:
        # spatial coherence: near the other places of the text (other names only)
        near = anchors.near(name)
        if near.points:
            top = [
                (sc if country_name and pl.kind == Kind.CITY else sc + _proximity(pl, near), pl)
                for sc, pl in top
            ]
            top.sort(key=_by_score, reverse=True)
    return top[:4]


def _paired(names: Sequence[str], pools: Sequence[_Pool]) -> list[dict[str, float]]:
    """For each name, a bonus for its towns and counties lying next to a reading of another name.

    Two ambiguous names that have readings side by side most likely mean
    those: "Paris and Henry County" are Paris, Tennessee, and the Tennessee
    county it is the seat of, though a bigger Paris lies in Texas and a
    bigger Henry County in Georgia. Only towns and counties count, never a
    name with itself; the bonus falls from ``_PAIR`` at the same point to
    nothing at ``_PAIR_KM``.
    """
    cells: dict[tuple[int, int], list[tuple[str, float, float]]] = {}  # name, lat, lon
    readings: dict[str, _Pool] = {}  # each name once, however often it is written
    for name, pool in zip(names, pools, strict=True):
        if name in readings:
            continue
        readings[name] = pool
        if pool.vouches:
            for p, cy, cx, _ in pool.towns:
                cells.setdefault((cy, cx), []).append((name, p.lat, p.lon))
    bonuses: dict[str, dict[str, float]] = {}
    for name, pool in readings.items():
        bonus = bonuses[name] = {}
        if len(pool.towns) < 2:  # one reading: nothing to choose
            continue
        for p, cy, cx, coslat in pool.towns:
            # one-degree cells: the 3 x 5 around a place hold all within 80 km below 60° N/S
            limit = (_PAIR_KM / 111.2) ** 2  # squared degrees, equirectangular
            nearest: dict[str, float] = {}  # other name -> its nearest reading, squared
            lat, lon = p.lat, p.lon
            for dy in (-1, 0, 1):
                for dx in (-2, -1, 0, 1, 2):
                    for other, q_lat, q_lon in cells.get((cy + dy, cx + dx), ()):
                        if other != name:
                            d2 = (q_lat - lat) ** 2 + ((q_lon - lon) * coslat) ** 2
                            if d2 < limit and d2 < nearest.get(other, limit):
                                nearest[other] = d2
            if nearest:
                close = sum(1.0 - 111.2 * math.sqrt(d2) / _PAIR_KM for d2 in nearest.values())
                bonus[p.id] = _PAIR * min(_PAIR_NAMES, close)
    return [bonuses[name] for name in names]


def _chains(cands: Sequence[Candidate], text: str) -> list[list[int]]:
    """Runs of consecutive candidates joined by commas, "and" or "or", singletons included.

    The lists the rules below look at: ``[[0, 1, 2], [3]]`` for "Paris,
    London and Rome ... Berlin".
    """
    runs: list[list[int]] = []
    for k in range(len(cands)):
        if runs and text[cands[k - 1].end : cands[k].start] in _LIST_JOINS:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _listed(
    cands: Sequence[Candidate],
    text: str,
    pools: Sequence[list[tuple[float, Place]]],
    runs: Sequence[list[int]],
) -> dict[int, dict[str, float]]:
    """A bonus for the readings of a list's members at the level most of them share.

    "Alaska, Alabama, Arizona, Arkansas, California, Colorado" lists states,
    so "California" is the state, not California, Missouri, though Missouri
    is named in the same sentence; "France, Georgia and Armenia" lists
    countries, "Washington and London" capitals. A list is three or more
    names joined by commas, "and" or "or"; the level (countries, first-level
    regions of one country, or national capitals) must
    be open to at least three members and half of them. Returns
    ``{candidate index: {place id: bonus}}`` for the members that can take it.
    """
    out: dict[int, dict[str, float]] = {}
    for chain in runs:
        if len(chain) >= 3 or (
            len(chain) == 2
            and text[cands[chain[0]].end : cands[chain[1]].start] in (" and ", " or ")
        ):
            out.update(_list_level(chain, pools))
    return out


def _list_level(
    chain: list[int], pools: Sequence[list[tuple[float, Place]]]
) -> dict[int, dict[str, float]]:
    """The readings of one list's members at the level most of them share."""
    levels: dict[int, dict[tuple[str, str], str]] = {}
    counts: Counter[tuple[str, str]] = Counter()
    for k in chain:
        mine: dict[tuple[str, str], str] = {}
        # a region named after its big city is the city in a list ("Dhaka,
        # Chittagong and Rangpur", "Mombasa and Kisumu"), as it is alone
        cities = {
            (fold(p.name), p.admin1_code)
            for _, p in pools[k]
            if p.kind == Kind.CITY and p.population >= _LISTED_NAMESAKE
        }
        for _, place in pools[k]:
            if place.kind == Kind.COUNTRY:
                mine.setdefault(("country", ""), place.id)
            elif (
                place.kind == Kind.REGION
                and place.id.startswith("region:")
                and (fold(place.name), place.admin1_code) not in cities
            ):
                mine.setdefault(("state", place.country_code or ""), place.id)
            elif place.kind == Kind.CITY and place.capital:
                mine.setdefault(("capital", ""), place.id)
        levels[k] = mine
        counts.update(mine.keys())
    if not counts:
        return {}
    level, members = counts.most_common(1)[0]
    if members < min(3, len(chain)) or 2 * members < len(chain):
        return {}  # a pair ("England and Wales") only where both are open to the level
    return {k: {mine[level]: _LISTED} for k, mine in levels.items() if level in mine}


# "Washington state", "the state of New York", "US-Bundesstaat Washington",
# "штат Нью-Йорк", "l'État de New York", "el estado de Nueva York"
_STATE_AFTER = re.compile(r"\s+state\b", re.IGNORECASE)
_STATE_BEFORE = re.compile(
    r"(?:\bstate\s+of|\bstates\s+(?:such\s+as|like|including|of)|bundesstaat(?:es|en)?"
    r"|\bштат[аеуо]?(?:м|ах)?|\bétat\s+(?:de\s+|d')|\bestado\s+de)\s*$",
    re.IGNORECASE,
)


def _stated(
    cands: Sequence[Candidate], text: str, pools: Sequence[list[tuple[float, Place]]]
) -> dict[int, dict[str, float]]:
    """A bonus for the first-level region reading of a name called a state.

    "a Washington state farm" is in Washington state, not Washington, D.C.
    or Washington, Iowa; "upstate New York" and "the state of New York" are
    the state, not the city; so are the names listed after "states such as"
    ("western states such as California or Washington").
    """
    out: dict[int, dict[str, float]] = {}
    listing = False  # inside a list that "states such as" opened
    for k, cand in enumerate(cands):
        after = _STATE_AFTER.match(text, cand.end)
        listing = listing and text[cands[k - 1].end : cand.start] in _LIST_JOINS
        opens = _STATE_BEFORE.search(text, max(0, cand.start - 24), cand.start)
        listing = listing or (opens is not None and opens.group().lower().startswith("states"))
        stated = (
            listing
            or (after is not None and not text[after.end() : after.end() + 1].isalpha())
            or opens is not None
            or text[max(0, cand.start - 8) : cand.start].lower() == "upstate "
        )
        if not stated:
            continue
        states = [p.id for _, p in pools[k] if p.kind == Kind.REGION and p.id.startswith("region:")]
        if states:
            out[k] = {states[0]: _STATED}
    return out


class _Near(NamedTuple):
    """The anchors one name measures proximity to: each place once, as `_proximity` reads it."""

    points: tuple[tuple[float, float], ...]  # latitude, longitude
    countries: frozenset[str | None]


class _Anchors:
    """A round's anchors for spatial coherence: the confident guesses below country level.

    A name measures proximity to the other names' anchors only; each name's
    view of them is worked out once a round, and a place guessed by several
    mentions counts once (the nearest point is the same).
    """

    def __init__(self, anchors: Sequence[tuple[str, Place]]) -> None:
        self._anchors = anchors
        self._near: dict[str, _Near] = {}

    def __bool__(self) -> bool:
        return bool(self._anchors)

    def near(self, name: str) -> _Near:
        """The anchors of names other than *name*."""
        got = self._near.get(name)
        if got is None:
            places = list({p.id: p for n, p in self._anchors if n != name}.values())
            got = _Near(
                points=tuple((p.lat, p.lon) for p in places),
                countries=frozenset(p.country_code for p in places),
            )
            self._near[name] = got
        return got


def _proximity(place: Place, near: _Near) -> float:
    if place.kind == Kind.COUNTRY:  # a country is near everything inside it
        return _PROXIMITY if place.country_code in near.countries else 0.0
    lat, lon = place.lat, place.lon
    coslat = math.cos(math.radians(lat))
    best = min((q_lat - lat) ** 2 + ((q_lon - lon) * coslat) ** 2 for q_lat, q_lon in near.points)
    km = 111.2 * math.sqrt(best)
    return _PROXIMITY * max(0.0, 1.0 - km / _PROXIMITY_KM)


def _by_score(item: tuple[float, Place]) -> tuple[float, str]:
    return (item[0], item[1].id)


def _certainty(ranked: list[tuple[float, Place]]) -> float:
    if not ranked:
        return 0.0
    if len(ranked) == 1:
        return 0.95
    margin = ranked[0][0] - ranked[1][0]
    return 0.5 + 0.45 * (1.0 - math.exp(-margin / 1.2))


_CONTAINER_POOL = 4  # how many of a qualifier's places may be meant


def _containers(pool: list[tuple[float, Place]]) -> tuple[Place, ...]:
    """The countries and regions among a name's likeliest places."""
    return tuple(p for _, p in pool[:_CONTAINER_POOL] if p.kind in (Kind.REGION, Kind.COUNTRY))


class _Qualifier(NamedTuple):
    """What qualifies one candidate: the places it may mean and where they come from."""

    containers: tuple[Place, ...] = ()
    sources: tuple[int, ...] = ()  # the index of the candidate each container comes from
    explicit: bool = False  # a comma, "in" or a description; not mere adjacency


#: "Paris in the state of Texas", "Парижа в американском штате Техас", "Paris im
#: US-Bundesstaat Texas", "Paris, dans l'État du Texas", "París, en el estado de Texas";
#: and provinces: "Palma, en la provincia de Cabo Delgado", "Пальма в провинции Кабу-Делгаду"
_IN_A_STATE = re.compile(
    r"\s*,?\s*(?:(?:in|в|во|im|in\s+der|en|dans)\s+)?(?:(?:the|el|la|le)\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:state|province|governorate)\s+of|us-bundesstaat|bundesstaat|provinz|штате|провинции"
    r"|(?:l['’])?(?:état|province)\s+(?:du|de\s+l['’]|de|d['’])"
    r"|(?:estado|provincia)\s+(?:de|del))\s*",
    re.IGNORECASE,
)


def _qualifiers(
    cands: Sequence[Candidate],
    text: str,
    pools: list[list[tuple[float, Place]]],
    runs: Sequence[list[int]],
) -> list[_Qualifier]:
    """For "X, Y" or "X in Y" where Y may be a region or country: the places Y may mean, for X.

    A description counts as a qualifier too: "X is a town in Emery County,
    Utah" and "X, a village in Y" place X in what they name. Two names side
    by side ("Esperance Lakes") qualify too, but not explicitly.
    """
    out = [_Qualifier()] * len(cands)
    listed = _and_lists(cands, text, runs)
    run_of = [run for run in runs for _ in run]  # each candidate's run (see _described_in)
    for k in range(len(cands) - 1):
        a, q = cands[k], k + 1
        if (
            cands[q].kind == "demonym"
            and q + 1 < len(cands)
            and _IN_A_STATE.fullmatch(text[a.end : cands[q + 1].start])
        ):
            q += 1  # "Парижа в американском штате Техас": the adjective is the gap's
        b = cands[q]
        if a.kind not in ("name", "unit") or b.kind != "name" or k in listed:
            continue
        gap = text[a.end : b.start]
        stated = _IN_A_STATE.fullmatch(gap) is not None
        if (gap.strip() not in (",", "", "in") and not stated) or "\n" in gap or not gap:
            out[k] = _described_in(cands, text, pools, k, run_of)
            continue
        if pools[k] and pools[k][0][1].kind in (Kind.LANDMARK, Kind.AIRPORT):
            # "Élysée-Palast in Paris": a building lies where it is; "in Paris"
            # is the city, not the département named like it
            continue
        found = _containers(pools[q])
        top = pools[q][0][1] if pools[q] else None
        if (
            gap.strip() == "in"
            and top is not None
            and top.kind == Kind.CITY
            and top.population >= _LISTED_NAMESAKE
        ):
            # "Molenbeek in Brüssel": a big city's own region named like it is
            # not what "in Brüssel" means (Bruxelles-Capitale); after a comma
            # it may be ("Albany, New York")
            found = tuple(
                c for c in found if not (c.kind == Kind.REGION and c.admin1_code == top.admin1_code)
            )
        if pools[k] and pools[k][0][1].kind in (Kind.REGION, Kind.COUNTRY):
            # "Arkansas, Colorado, Delaware": siblings in a list do not qualify each other
            found = tuple(c for c in found if not _same_level(pools[k][0][1], c))
        out[k] = _Qualifier(found, (q,) * len(found), gap.strip() != "")
    return out


def _and_lists(cands: Sequence[Candidate], text: str, runs: Sequence[list[int]]) -> set[int]:
    """Members of lists of three or more names whose last two are joined by "and" or "or".

    "Trips to Saipan, Guam, Alaska and Hawaii" lists places, so Saipan is
    not placed in Guam; "Springfield, Illinois, United States" ends with no
    "and" and stays a chain of qualifiers.
    """
    out: set[int] = set()
    for run in runs:
        chain = run[:1]
        for k in run[1:]:
            chain.append(k)
            if text[cands[k - 1].end : cands[k].start].strip(" ,") in _LIST_WORDS:
                if len(chain) >= 3:
                    out.update(chain)
                chain = [k]
    return out


#: "is a town in", ", a village in", "(pop. 3,000) is a city of": a description
#: of what a place is and where; the names after it locate the place
_DESCRIBED = re.compile(
    r"\s*(?:\([^)]{0,80}\)\s*)?(?:,\s*|\s+(?:is|was|has been)\s+)(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:city|town|village|hamlet|borough|township|county|parish"
    r"|municipality|community|suburb|neighbou?rhood|district|settlement|place|port"
    r"|capital|commune|locality)\b"
)
_DESCRIBED_LINK = re.compile(r"\b(?:in|of)\b")
#: "the largest city south of the United States" lies outside it ("a village
#: in the south of France" does not)
_DESCRIBED_AWAY = re.compile(
    r"(?<!the )(?<![\w-])(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west"
    r"|outside)\s+of\b",
    re.IGNORECASE,
)


def _described_in(
    cands: Sequence[Candidate],
    text: str,
    pools: list[list[tuple[float, Place]]],
    k: int,
    run_of: Sequence[list[int]],
) -> _Qualifier:
    """The countries and regions a description after candidate *k* places it in.

    *run_of* holds each candidate's run of `_chains`.
    """
    m = _DESCRIBED.match(text, cands[k].end)
    if m is None:
        return _Qualifier()
    for j in range(k + 1, min(k + 4, len(cands))):
        cand = cands[j]
        gap = text[m.end() : cand.start]
        if len(gap) > 60 or "." in gap or "\n" in gap:
            break
        if cand.kind != "name" or not _DESCRIBED_LINK.search(gap):
            continue
        if _DESCRIBED_AWAY.search(gap[-24:]):
            continue  # "30 km north of Adelaide, in South Australia": Adelaide is no holder
        # j and the names listed after it (a run holds consecutive indices), sliced
        # here only: slicing every candidate's run ahead is quadratic in a list's length
        listed = run_of[j][j - run_of[j][0] :]
        found = _listed_together(listed, pools) or _containers(pools[j])
        sources = (j,) * len(found)
        if j + 1 < len(cands) and text[cand.end : cands[j + 1].start].strip() == ",":
            more = _containers(pools[j + 1])  # "in Marion County, Oregon"
            found, sources = found + more, sources + (j + 1,) * len(more)
        return _Qualifier(found, sources, explicit=True)
    return _Qualifier()


def _listed_together(
    members: Sequence[int], pools: list[list[tuple[float, Place]]]
) -> tuple[Place, ...]:
    """Regions of the first of *members* in the state of every other, if there are any.

    *members* are a name and those listed after it (see `_chains`).

    "A village in Franklin and Pickaway counties" lies in both, so in the
    one state that has a county of each name (Ohio), not in Pennsylvania's
    Franklin County next to a bigger Harrisburg.
    """
    if len(members) < 2:
        return ()
    states: set[str] | None = None
    for k in members:
        codes = {p.admin1_code for _, p in pools[k] if p.kind == Kind.REGION and p.admin1_code}
        states = codes if states is None else states & codes
    return tuple(
        p for _, p in pools[members[0]] if p.kind == Kind.REGION and p.admin1_code in (states or ())
    )


def _qualified_firsts(
    pools: list[list[tuple[float, Place]]],
    quals: list[tuple[Place, ...]],
    sources: list[tuple[int, ...]],
    firsts: list[Place | None],
    weak: list[frozenset[str]],
    names: list[str],
) -> None:
    """Let "X, Y" fix the first guesses of both before they vote for the context.

    "Effingham County, Georgia": the county in Georgia, the state Georgia (not
    the bigger county in Illinois, nor the country), so that the document
    context speaks for Georgia. The other mentions of a qualified name take
    the same first guess (one sense per text), so a later bare "Effingham
    County" does not vote for Illinois. Changes *firsts* in place.
    """
    sense: dict[str, Place] = {}
    for k, containers in enumerate(quals):
        if not containers:
            continue
        for _, place in pools[k]:
            if place.id in weak[k]:
                continue
            at = next((i for i, c in enumerate(containers) if _contains(c, place)), None)
            if at is not None:
                holder, q = containers[at], sources[k][at]
                firsts[k], firsts[q] = place, holder
                sense.setdefault(names[k], place)
                sense.setdefault(names[q], holder)
                break
    if sense:
        for k, name in enumerate(names):
            meant = sense.get(name)
            if meant is not None and not quals[k] and any(p.id == meant.id for _, p in pools[k]):
                firsts[k] = meant


# the stop first, then the look-behinds (which include it): scanning stays cheap
_SENTENCE_END = re.compile(r"[.!?](?<![A-Z]\.[A-Z].)(?<!\b[A-Z].)(?=\s+\W?[^\W\d_a-zа-яё])|\n")


def _sentence_numbers(text: str, cands: Sequence[Candidate]) -> list[int]:
    """The sentence each candidate is in, numbered from 0 (abbreviations kept whole).

    Examples
    --------
    >>> from geo._recognize import Candidate
    >>> text = "Lowell is in Lake County, Indiana. It is in the U.S. state of Indiana."
    >>> cands = [Candidate(0, 6, "Lowell", "name"), Candidate(26, 33, "Indiana", "name"),
    ...          Candidate(62, 69, "Indiana", "name")]
    >>> _sentence_numbers(text, cands)
    [0, 0, 1]
    """
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    return [bisect.bisect_right(ends, c.start) for c in cands]


def _local_containers(
    cands: Sequence[Candidate], text: str, names: list[str], pools: list[list[tuple[float, Place]]]
) -> list[tuple[Place, ...]]:
    """For each candidate, the regions other names of its sentence may mean."""
    out: list[tuple[Place, ...]] = [()] * len(cands)
    regions = [
        tuple(p for p in _containers(pool) if p.kind == Kind.REGION) if c.kind == "name" else ()
        for c, pool in zip(cands, pools, strict=True)
    ]
    holders = [k for k, found in enumerate(regions) if found]
    if not holders:
        return out
    sentence = _sentence_numbers(text, cands)
    # each sentence's regions by name, each place once: a long list names the
    # same places again and again, and what they hold is tested place by place
    by_sentence: dict[int, dict[str, dict[str, Place]]] = {}
    for j in holders:
        own = by_sentence.setdefault(sentence[j], {}).setdefault(names[j], {})
        for p in regions[j]:
            own.setdefault(p.id, p)
    others: dict[tuple[int, str], tuple[Place, ...]] = {}  # (sentence, name) -> the other names'
    for k in range(len(cands)):
        named = by_sentence.get(sentence[k])
        if named:
            key = (sentence[k], names[k])
            found = others.get(key)
            if found is None:
                found = others[key] = tuple(
                    {
                        pid: p
                        for name, held in named.items()
                        if name != names[k]
                        for pid, p in held.items()
                    }.values()
                )
            out[k] = found
    return out


def _actors(cands: Sequence[Candidate]) -> set[str]:
    """Countries of demonyms next to an armed force: no vote, but a town there is no stray.

    "Ukrainian forces retook Kupiansk": Kupiansk, known only by that other
    name, is kept though nothing else in the text is in Ukraine.
    """
    return {
        e.place.country_code
        for c in cands
        if c.actor
        for e in c.entries
        if e.name_type == "demonym" and e.place.country_code
    }


def _weight(place: Place, cand: Candidate, certainty: float) -> float:
    if cand.kind == "demonym":
        # an army's country is who acts, not where ("Russian troops took
        # Pokrovsk"); it still vouches for its towns (see `_actors`)
        return 0.0 if cand.actor else 0.5
    if place.kind in (Kind.COUNTRY, Kind.REGION):
        return 1.0
    return 0.5 * certainty


def resolve(
    cands: Sequence[Candidate],
    text: str,
    gazetteer: GazetteerLike,
    *,
    country_bias: Sequence[str] = (),
    context: Sequence[Candidate] = (),
    prune: bool = False,
) -> list[Mention]:
    """Resolve recognised candidates of one document into mentions.

    Parameters
    ----------
    cands : sequence of Candidate
        From :meth:`geo._recognize.Recognizer.candidates` (sorted by start).
    text : str
        The document.
    gazetteer : GazetteerLike
        For the airports of cities.
    country_bias : sequence of str
        ISO codes whose places are preferred.
    context : sequence of Candidate
        More candidates of the same text that only vote for the context
        (other places in a text whose gold spans are resolved).
    prune : bool
        Drop one-word names known only as an alternate name of a place of
        under a million people in a country nothing else in the text points
        to ("Hamas" as an alternate name of Hamm), and small towns alone in
        their country among the text's places ("Titan" of a drilling firm in a
        Texas story): recognition, not gold spans.

    Returns
    -------
    list of Mention
        One per candidate of *cands*, in the same order.
    """
    if context:
        wanted = {id(c) for c in cands}
        merged = sorted([*cands, *context], key=lambda c: (c.start, c.end))
        mentions = resolve(merged, text, gazetteer, country_bias=country_bias)
        by_id = {id(c): m for c, m in zip(merged, mentions, strict=True) if id(c) in wanted}
        return [by_id[id(c)] for c in cands]
    prepared = [_prepared(c) for c in cands]
    weak = [p.weak for p in prepared]
    # pass 1: each candidate alone
    names = [fold(c.text) for c in cands]
    pools = [p.places for p in prepared]
    first_rank = [p[:4] for p in pools]
    firsts = [r[0][1] if r else None for r in first_rank]
    runs = _chains(cands, text)
    qualified = _qualifiers(cands, text, pools, runs)
    quals = [q.containers for q in qualified]
    sources = [q.sources for q in qualified]
    _qualified_firsts(pools, quals, sources, firsts, weak, names)
    local = _local_containers(cands, text, names, pools)
    # per-place points beside the context: readings side by side, lists, state words
    extra = _paired(names, prepared)
    # lists and state words speak for one mention, not for every mention of its name
    own: set[int] = set()
    listed = _listed(cands, text, pools, runs)
    for k, bonus in [*listed.items(), *_stated(cands, text, pools).items()]:
        extra[k] = {**extra[k], **bonus}
        own.add(k)
    first_certainties = [_certainty(r) for r in first_rank]
    guesses, certainties = firsts, first_certainties
    voters = [(firsts, first_certainties, 1.0)]
    # pass 2, twice: ranked with the document as context, first made of every
    # name's first guess, then half of it and half of the first round's choices
    # (so "Georgia", the state once the text is about the US, makes "Atlanta"
    # Atlanta, Georgia; the halves damp names that would swap their countries)
    money = currency_countries(text)  # "$765,000": a US paper's Mansfield
    actors = _actors(cands) if prune else set()
    for _ in range(_ROUNDS):
        ctx = _Context(country_bias)
        for code in money:
            ctx.add_country(code, _CURRENCY)
        for votes, sure, share in voters:
            for cand, guess, certainty, name in zip(cands, votes, sure, names, strict=True):
                if guess is not None and cand.kind != "landmark":
                    ctx.add(guess, share * _weight(guess, cand, certainty), name)
        # anchors for spatial coherence: the confident guesses below country level
        anchors = _Anchors(
            [
                (name, guess)
                for name, guess, certainty, cand in zip(
                    names, guesses, certainties, cands, strict=True
                )
                if guess is not None
                and guess.kind in (Kind.CITY, Kind.REGION)
                and cand.kind != "demonym"
                and certainty >= 0.7
            ]
        )
        resolved: list[tuple[Place | None, float, tuple[Place, ...]]] = []
        drop: set[int] = set()
        favour: dict[int, str] = {}
        evidenced: dict[str, Counter[str]] = {}  # name -> senses of its located mentions
        rankings: list[list[tuple[float, Place]]] = []
        # a name written again with the same places and nothing of its own (no
        # qualifier, region, favour, list or state word) ranks as it did before
        # in this round
        bare_ranked: dict[tuple[str, int], list[tuple[float, Place]]] = {}
        for k, pool in enumerate(prepared):
            favoured = favour.get(k)
            bare = not quals[k] and not local[k] and favoured is None and k not in own
            key = (names[k], id(pool))
            ranked = bare_ranked.get(key) if bare else None
            if ranked is None:
                ranked = _ranked(
                    pool, ctx, names[k], quals[k], anchors, local[k], favoured, extra[k]
                )
                if bare:
                    bare_ranked[key] = ranked
            rankings.append(ranked)
            if not ranked:
                resolved.append((None, 0.0, ()))
                continue
            held_by = [i for i, c in enumerate(quals[k]) if _contains(c, ranked[0][1])]
            if held_by:  # "Springfield, Georgia" in the US: "Georgia" is the state
                favour[sources[k][held_by[0]]] = quals[k][held_by[0]].id
            if cands[k].kind == "name" and (
                held_by or any(_holds(c, ranked[0][1]) for c in local[k])
            ):
                evidenced.setdefault(names[k], Counter())[ranked[0][1].id] += 1
            alternatives = tuple(p for _, p in ranked[1:4])
            chosen = ranked[0][1]
            if (
                prune
                and chosen.country_code not in actors
                and _unsupported_alternate(cands[k], names[k], chosen, ctx)
            ):
                drop.add(k)
            resolved.append((chosen, _certainty(ranked), alternatives))
        guesses = [place for place, _, _ in resolved]
        certainties = [certainty for _, certainty, _ in resolved]
        voters = [(firsts, first_certainties, 0.5), (guesses, certainties, 0.5)]
    _airport_senses(cands, names, rankings, resolved, evidenced, ctx)
    if evidenced:
        _one_sense(cands, names, quals, local, rankings, evidenced, resolved)
    within = _within_qualifier(cands, names, qualified, local, resolved)
    if prune:
        # the bias as the context holds it, upper-cased
        vouched = {*money, *ctx.bias, *actors}
        drop |= _lonely_towns(cands, names, resolved, drop, within, vouched)
    # containing cities for landmarks: only mentions that are kept (a dropped
    # common word such as "Stadtzentrum", an alternate name of a Spanish
    # "Centro", must not pull "Platz der Republik" to Spain)
    cities = [
        (cand.start, place, conf)
        for k, (cand, (place, conf, _)) in enumerate(zip(cands, resolved, strict=True))
        if k not in drop
        and place is not None
        and place.kind == Kind.CITY
        and cand.kind in ("name", "airport")
    ]
    main_city = _main_city(cities)
    # spans known by a part only find their city among the names given whole
    parts = {cand.start for cand in cands if cand.part}
    solid = [c for c in cities if c[0] not in parts] if parts else cities
    solid_main = _main_city(solid) if parts else main_city
    out: list[Mention] = []
    for k, (cand, (place, certainty, alternatives)) in enumerate(zip(cands, resolved, strict=True)):
        if k in drop:
            continue
        if k in within and place is not None:
            out.append(_held(cand, place, certainty, place.kind, place.precision, alternatives))
            continue
        if _stray_part(cand, place, solid):
            city, conf = _containing_city(cand, text, solid, solid_main)
            if city is not None:
                out.append(_held(cand, city, conf, Kind.LANDMARK, Precision.WITHIN_CITY))
                continue
        out.append(
            _mention(cand, place, certainty, alternatives, text, gazetteer, cities, main_city)
        )
    return out


def _within_qualifier(
    cands: Sequence[Candidate],
    names: list[str],
    qualified: list[_Qualifier],
    local: list[tuple[Place, ...]],
    resolved: list[tuple[Place | None, float, tuple[Place, ...]]],
) -> set[int]:
    """Put names their qualifier places elsewhere into the qualifier itself.

    "Cleveland is a town in Emery County, Utah": if no Cleveland the gazetteer
    knows lies in Utah, the town is somewhere in Emery County, not in Ohio.
    The mention then points to the county (region precision) and keeps its
    name as unresolved; bare mentions of the name follow. Changes *resolved*
    in place and returns the indices so placed.
    """
    within: set[int] = set()
    moved: dict[str, Place] = {}
    for k, (containers, sources, explicit) in enumerate(qualified):
        place = resolved[k][0]
        cand = cands[k]
        if not containers or place is None or cand.kind != "name":
            continue
        if place.kind not in (Kind.CITY, Kind.LANDMARK):
            continue  # "Georgia, USA" names a region of its own
        if not explicit:
            continue  # "Esperance Lakes Nature Reserve": no comma, no description
        holders = [
            h
            for q in dict.fromkeys(sources)
            if (h := resolved[q][0]) is not None and h.kind in (Kind.REGION, Kind.COUNTRY)
        ]
        if not holders or any(_contains(c, place) for c in (*containers, *holders)):
            continue
        # the most precise holder: a county, then a first-level region, then a country
        best = min(holders, key=lambda h: (h.kind == Kind.COUNTRY, h.id.startswith("region:")))
        if any(_same_level(e.place, best) for e in cand.entries if e.name_type != "demonym"):
            continue  # "Arkansas, Colorado, Delaware": a list of states, not a qualifier
        resolved[k] = (best, resolved[k][1] * 0.8, (place,))
        within.add(k)
        moved.setdefault(names[k], best)
    if moved:
        for k, name in enumerate(names):
            holder = moved.get(name)
            place = resolved[k][0]
            if (
                holder is None
                or place is None
                or k in within
                or qualified[k].containers
                or local[k]
                or cands[k].kind != "name"
                or place.kind not in (Kind.CITY, Kind.LANDMARK)
                or _contains(holder, place)
            ):
                continue
            resolved[k] = (holder, resolved[k][1] * 0.7, (place,))
            within.add(k)
    return within


def _same_level(a: Place, b: Place) -> bool:
    """Whether two places are both countries, states or counties (siblings in a list)."""
    return a.kind == b.kind and (
        a.kind == Kind.COUNTRY
        or (a.kind == Kind.REGION and a.id.startswith("region:") == b.id.startswith("region:"))
    )


def _held(
    cand: Candidate,
    place: Place,
    certainty: float,
    kind: Kind,
    precision: Precision,
    alternatives: tuple[Place, ...] = (),
    factor: float = 0.8,
) -> Mention:
    """*cand*, a place the gazetteer lacks (kept in ``unresolved``), at the *place* holding it.

    A name placed only inside the region that qualifies it ("Cleveland, Emery
    County"), a venue or a span's unknown part in the text's city, an airport
    the gazetteer lacks at its city, a county near a namesake ("Laurel
    County"); *factor* lowers the confidence for the approximation.
    """
    return Mention(
        text=cand.text,
        start=cand.start,
        end=cand.end,
        kind=kind,
        place=place,
        confidence=round(cand.confidence * certainty * factor, 3),
        precision=precision,
        unresolved=cand.text,
        alternatives=alternatives,
    )


def _one_sense(
    cands: Sequence[Candidate],
    names: list[str],
    quals: list[tuple[Place, ...]],
    local: list[tuple[Place, ...]],
    rankings: list[list[tuple[float, Place]]],
    evidenced: dict[str, Counter[str]],
    resolved: list[tuple[Place | None, float, tuple[Place, ...]]],
) -> None:
    """Give bare mentions of a name the sense its located mentions took (one sense per text).

    "Arlington is a city in Gilliam County, Oregon" settles what a later bare
    "Arlington" means, even where "Arlington, Virginia" is named once (as what
    the town was named after): the sense most of the name's qualified or
    located mentions took wins, the first of them on a tie. Mentions with a
    qualifier or a region of their own keep their own sense. Changes
    *resolved* in place.
    """
    for k, name in enumerate(names):
        senses = evidenced.get(name)
        if not senses or quals[k] or local[k] or cands[k].kind != "name":
            continue
        sense = senses.most_common(1)[0][0]
        ranked = rankings[k]
        if not ranked or ranked[0][1].id == sense:
            continue
        match = next((i for i, (_, p) in enumerate(ranked) if p.id == sense), None)
        if match is None:
            continue
        alternatives = tuple(p for i, (_, p) in enumerate(ranked) if i != match)[:3]
        resolved[k] = (ranked[match][1], _ONE_SENSE_CERTAINTY, alternatives)


def _airport_senses(
    cands: Sequence[Candidate],
    names: list[str],
    rankings: list[list[tuple[float, Place]]],
    resolved: list[tuple[Place | None, float, tuple[Place, ...]]],
    evidenced: dict[str, Counter[str]],
    ctx: _Context,
) -> None:
    """Let an airport named after its town locate the town's bare mentions.

    "Manhattan Regional Airport" lies in Kansas, so "the new route from
    Manhattan to Dallas" leaves Manhattan, Kansas, not New York: the town of
    the name nearest the airport (within ``_AIRPORT_TOWN_KM``) counts as a
    located mention for :func:`_one_sense`. Only an airport named in full
    counts ("Santiago Airport" may be Chile's airport by a short name while
    the text's is Brazil's), in the country the text is most about ("Dundee
    Airport" in a text about New York is not the Scottish one). Changes
    *evidenced* in place.
    """
    main = max(ctx.countries, key=ctx.countries.__getitem__, default=None)
    for k, (airport, _, _) in enumerate(resolved):
        if airport is None or airport.kind != Kind.AIRPORT or airport.country_code != main:
            continue
        if not any(e.place.id == airport.id and e.name_type == "name" for e in cands[k].entries):
            continue
        for j, name in enumerate(names):
            if j == k or not names[k].startswith(name + " "):
                continue
            towns = [
                (km, p.id)
                for _, p in rankings[j]
                if p.kind == Kind.CITY and (km := place_km(p, airport)) <= _AIRPORT_TOWN_KM
            ]
            if towns:
                evidenced.setdefault(name, Counter())[min(towns)[1]] += 1


def _unsupported_alternate(cand: Candidate, name: str, place: Place, ctx: _Context) -> bool:
    if cand.kind != "name" or cand.cue or cand.exonym or " " in name or place.kind == Kind.COUNTRY:
        return False
    if place.id.startswith(("area:", "landmark:", "airport:")):
        # our curated names ("Ghouta" for Eastern Ghouta, "Kreml") and airports'
        # short names, rare words by construction ("Schiphol"), are meant
        return False
    if place.id.startswith("region:") and len(name) >= 5 and cand.text[1:].islower():
        # so is a first-level region's other name written as a name ("Le Tyrol
        # limite..."); not a short one or capitals ("Barn" for Bern, "EST")
        return False
    if any(e.name_type in ("name", "code") for e in cand.entries):
        return False
    if place.population >= 1_000_000 or not place.country_code:
        return False
    plain = fold(place.name)
    if (
        place.population >= _ALTERNATE_RESPELT
        and len(name) >= 4
        and abs(len(plain) - len(name)) <= 1
        and (plain.startswith(name) or name.startswith(plain))
    ):
        return False  # "Hama" for Ḩamāh ("hamah"): the name without its marks
    if place.population >= _ALTERNATE_RESPELT and len(name) >= 6 and plain.startswith(name + " "):
        # "Acapulco" for Acapulco de Juárez: the name without its qualifier (not
        # "Cabo" for Cabo de Santo Agostinho)
        return False
    own = ctx.by_name.get(name, {})
    support = ctx.countries.get(place.country_code, 0.0) - own.get(place.country_code, 0.0)
    return support <= 1e-9


def _lonely_towns(
    cands: Sequence[Candidate],
    names: list[str],
    resolved: list[tuple[Place | None, float, tuple[Place, ...]]],
    drop: set[int],
    keep: set[int],
    vouched: set[str],
) -> set[int]:
    """Mentions of a small town that is alone in its country among the text's places.

    A name whose best reading is a town of under ``_LONELY_TOWN`` people, in
    a country no other name of the text points to (nor its money), while the
    text names places elsewhere, is a word, a person or a firm: "Titan
    Operating" in an Arlington story is no village in Afghanistan, "Martha"
    and "Pack" in a US paper no towns in Europe. The town stays when its
    country is named in any way (itself, a region or a town of it, its money,
    the caller's bias: "Abbotsbury, New South Wales") or when the text names
    one place elsewhere at most.
    Recognition only: a gold span is a place. *drop* are mentions already
    dropped, *keep* those placed by their qualifier (they count, and stay).
    """
    counts: Counter[str] = Counter()
    by_name: dict[str, Counter[str]] = {}
    for k, (place, _, _) in enumerate(resolved):
        if k in drop or place is None or not place.country_code:
            continue
        counts[place.country_code] += 1
        by_name.setdefault(names[k], Counter())[place.country_code] += 1
    total = sum(counts.values())
    lonely: set[int] = set()
    for k, (place, _, _) in enumerate(resolved):
        if k in drop or k in keep or place is None or place.kind is not Kind.CITY:
            continue
        cand = cands[k]
        if cand.kind != "name" or place.population >= _LONELY_TOWN:
            continue
        cc = place.country_code
        if not cc or cc in vouched:
            continue
        own = by_name[names[k]]
        here = counts[cc] - own[cc]  # the other names' mentions in the town's country
        elsewhere = total - counts[cc] - (sum(own.values()) - own[cc])
        if here == 0 and elsewhere >= _LONELY_OTHERS:
            lonely.add(k)
    return lonely


def _stray_part(
    cand: Candidate, place: Place | None, cities: list[tuple[int, Place, float]]
) -> bool:
    """A span known only by a small town's name inside it, far from the text's cities.

    *cities* are the cities the text names in full. "Meadow Grove" in a story
    from Nebraska is a name the gazetteer lacks, not Grove, England; "Squirrel
    Hill" beside Pittsburgh's quarters is not Reece City, Alabama. A big city
    ("Seoul Central District Court"), a country or a region named inside a span
    is meant and stays, and so does a town near the text's cities ("the Elkhorn
    River near Norfolk, Nebraska").
    """
    if not cand.part or place is None or place.kind is not Kind.CITY:
        return False
    if place.population >= _STRAY_TOWN:
        return False
    return not any(place_km(place, other) <= _STRAY_KM for _, other, _ in cities)


def _main_city(cities: list[tuple[int, Place, float]]) -> Place | None:
    if not cities:
        return None
    counts = Counter(p.id for _, p, _ in cities)
    top = max(counts.values())
    for _, place, _ in cities:
        if counts[place.id] == top:
            return place
    return None


def _containing_city(
    cand: Candidate, text: str, cities: list[tuple[int, Place, float]], main_city: Place | None
) -> tuple[Place | None, float]:
    lo, hi = sentence_span(text, cand.start)
    same = [(abs(pos - cand.start), place, conf) for pos, place, conf in cities if lo <= pos < hi]
    if same:
        _, place, conf = min(same, key=lambda t: t[0])
        return place, conf
    before = [(pos, place, conf) for pos, place, conf in cities if pos < cand.start]
    if before:
        _, place, conf = before[-1]
        return place, conf * 0.85
    if main_city is not None:
        return main_city, 0.6
    return None, 0.0


def _known_landmark(
    cand: Candidate, gazetteer: GazetteerLike, cities: list[tuple[int, Place, float]]
) -> Place | None:
    """A landmark of that name in the gazetteer, nearest the text's cities."""
    found = [
        e.place for e in gazetteer.lookup_folded(fold(cand.text)) if e.place.kind == Kind.LANDMARK
    ]
    if not found:
        return None
    if cities:
        anchors = [place for _, place, _ in cities]
        return min(found, key=lambda p: min(place_km(p, a) for a in anchors))
    return found[0]


def _mention(
    cand: Candidate,
    place: Place | None,
    certainty: float,
    alternatives: tuple[Place, ...],
    text: str,
    gazetteer: GazetteerLike,
    cities: list[tuple[int, Place, float]],
    main_city: Place | None,
) -> Mention:
    base = {"text": cand.text, "start": cand.start, "end": cand.end}
    if cand.kind == "landmark":
        known = _known_landmark(cand, gazetteer, cities)
        if known is not None:  # a user's places file has it: the place itself
            return Mention(
                **base,  # type: ignore[arg-type]
                kind=Kind.LANDMARK,
                place=known,
                confidence=round(cand.confidence * 0.95, 3),
                precision=Precision.EXACT,
            )
        city: Place | None
        if place is not None and place.kind == Kind.CITY:  # "Dresden Zoo": the city it names
            city, conf = place, certainty
        else:
            city, conf = _containing_city(cand, text, cities, main_city)
        if city is None:
            return Mention(**base, kind=Kind.LANDMARK)  # type: ignore[arg-type]
        return _held(cand, city, conf, Kind.LANDMARK, Precision.WITHIN_CITY)
    if place is None:
        kind = (
            Kind.DEMONYM
            if cand.kind == "demonym"
            else Kind.AIRPORT
            if cand.kind == "airport"
            else Kind.CITY
        )
        return Mention(**base, kind=kind)  # type: ignore[arg-type]
    confidence = cand.confidence * certainty
    if cand.kind == "demonym":
        return Mention(
            **base,  # type: ignore[arg-type]
            kind=Kind.DEMONYM,
            place=place,
            confidence=round(confidence * _DEMONYM_FACTOR, 3),
            # "Kazakh": the country; "Ohioans": the state; "Londoner": the city
            precision=Precision.COUNTRY if place.kind == Kind.COUNTRY else place.precision,
            alternatives=alternatives,
        )
    if cand.kind == "unit":  # "Laurel County": a unit the gazetteer lacks, near a namesake
        return _held(cand, place, certainty, Kind.REGION, Precision.REGION, alternatives, 0.6)
    if cand.kind == "airport" and place.kind != Kind.AIRPORT:
        airports = tuple(gazetteer.airports_of(place)) if place.kind == Kind.CITY else ()
        if airports:
            return Mention(
                **base,  # type: ignore[arg-type]
                kind=Kind.AIRPORT,
                place=airports[0],
                confidence=round(confidence, 3),
                precision=Precision.EXACT,
                alternatives=airports[1:4],
            )
        return _held(cand, place, certainty, Kind.AIRPORT, Precision.WITHIN_CITY, alternatives)
    return Mention(
        **base,  # type: ignore[arg-type]
        kind=place.kind,
        place=place,
        confidence=round(confidence, 3),
        precision=place.precision,
        alternatives=alternatives,
    )
