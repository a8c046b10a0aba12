"""Places inside cities: airports, landmarks, and sites named with a lower-case noun.

"Flughafen in Almaty" is Almaty's airport and "Heathrow Airport" the airport
of that name; "Platz der Republik", "Republic Square" and "Hamburger
Hauptbahnhof" are landmarks in the city the text or their own name gives;
"в Чёрном море" and "la bande de Gaza" are names that start or end with a
lower-case noun. :class:`InsideCities` finds them for a
:class:`geo._recognize.Recognizer`, whose lookups it uses, as
:class:`geo._units.UnitReader` finds unit words.

Examples
--------
>>> from geo.gazetteer import load_gazetteer
>>> from geo._recognize import Recognizer
>>> inside = InsideCities(Recognizer(load_gazetteer(), "fr"))
>>> [(c.text, c.kind) for c in inside.landmarks("Ils ont manifesté place de la République.")]
[('place de la République', 'landmark')]
>>> [(c.text, c.entries[0].place.name) for c in inside.noun_names("Frappes sur la bande de Gaza.")]
[('bande de Gaza', 'Gaza Strip')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from geo._candidate import Candidate, Recognising, big_entry, has_kind, main_population
from geo._scanners import scanners
from geo._tokens import PREV_WORD, WORD_NEXT, is_sentence_start, words
from geo._words import common_word
from geo.gazetteer import NameEntry
from geo.types import Kind, Place

__all__ = ["InsideCities"]


#: landmark words of streets and squares, which may be named after another city
#: ("Moscow Street") or after a person whose name a town bears too ("Abai Square")
_STREET_WORDS = frozenset(
    {"street", "st", "avenue", "ave", "road", "boulevard", "blvd", "lane", "square", "plaza"}
)
#: two to four capitalised words right after an airport word: "Flughafen Ronald Reagan"
_NAME_RUN_AFTER = re.compile(r"[ \t]+((?:[A-ZÀ-Ý][\w'’.-]*[ \t]+){1,3}[A-ZÀ-Ý][\w'’-]*)")
#: two to four capitalised words right before one: "Jomo Kenyatta airport"
_NAME_RUN_BEFORE = re.compile(r"((?:[A-ZÀ-Ý][\w'’.-]*[ \t]+){1,3}[A-ZÀ-Ý][\w'’-]*)[ \t]+$")
#: a name a town this big bears is the town's, not an airport's namesake
_AIRPORT_NAME_TOWN = 10_000
#: a city this big has airports named after people: "Toronto Pearson airport"
_AIRPORT_CITY = 100_000
#: words between a landmark's noun and the city it is of: "Bahnhof von Almaty"
_CITY_LINKS = frozenset({"von", "in", "of", "de", "du", "des", "del", "d'"})
#: what may stand between a city's name and the airport word: nothing, or "International"
_INTERNATIONAL = re.compile(
    r"(?i)^[\s\u00a0]*(?:(?:international(?:e[nmrs]?)?|intl\.?|internacional|regional|международн\w*)[\s\u00a0]+)?$"
)


#: after "St", a capitalised name: "St" is "Saint" ("London St Pancras"), no street
_SAINT_NEXT = re.compile(r"\.?[ \t]+[A-Z]")


class InsideCities:
    """Finds airports, landmarks and lower-case-noun names for one recogniser.

    Parameters
    ----------
    rec : Recognizer
        Its language, cues, folding and gazetteer lookups are used.
    """

    def __init__(self, rec: Recognising) -> None:
        self._rec = rec
        self._scan = scanners(rec.cues)

    def noun_names(self, text: str) -> list[Candidate]:
        """Names with a lower-case noun: seas and lakes, and sites of the gazetteer.

        "в Чёрном море", "en mer Noire"; "the Zaporizhzhia nuclear plant",
        "la centrale nucléaire de Zaporijjia" (the landmark, not the city).
        """
        scanner = self._scan.noun_name
        found: list[Candidate] = []
        if scanner is None or not self._needed("noun_name", text):
            return found
        for m in scanner.finditer(text):
            hit = self._longest_name(m.start(), m.group())
            if hit is not None:
                start, span, entries = hit
                found.append(Candidate(start, start + len(span), span, "name", entries, 0.9, True))
        return found

    def _longest_name(self, start: int, span: str) -> tuple[int, str, tuple[Any, ...]] | None:
        """The longest name inside a match, dropping capitalised words from either end.

        A name ends with the noun ("Vietnam's Tan Son Nhat airport": the airport
        without the country) or begins with it ("cabo de Buena Esperanza Sur").
        """
        while True:
            tail = span
            while True:  # the longest name this start begins
                entries = tuple(
                    e
                    for e in self._rec.gazetteer.lookup_folded(self._rec.fold(tail))
                    if e.place.kind
                    in (Kind.AREA, Kind.REGION, Kind.COUNTRY, Kind.LANDMARK, Kind.AIRPORT)
                )
                if entries:
                    return start, tail, entries
                cut = tail.rstrip().rfind(" ")
                if cut < 0 or not tail[cut + 1 : cut + 2].isupper():
                    break
                tail = tail[:cut].rstrip(" \t")
            first = span.find(" ")
            if first < 0 or not span[:1].isupper():
                return None
            rest = span[first:].lstrip(" \t")
            start += len(span) - len(rest)
            span = rest

    def airports(self, text: str, names: list[Candidate]) -> list[Candidate]:
        scanner = self._scan.airport
        if scanner is None or not names or not self._needed("airport", text):
            return []
        found: list[Candidate] = []
        for m in scanner.finditer(text):
            best: Candidate | None = None
            for cand in names:
                if (
                    _city_adjective(cand)
                    and cand.end <= m.start()
                    and not text[cand.end : m.start()].strip(" \t")
                ):
                    # "am Münchner Flughafen": the city's adjective right before
                    best = replace(
                        cand, entries=tuple(NameEntry(e.place, "name") for e in cand.entries)
                    )
                    continue
                if cand.kind != "name" or not has_kind(
                    cand.entries, Kind.CITY, Kind.REGION, Kind.AIRPORT
                ):
                    continue  # "JFK airport": an airport's code or name before the word
                if cand.end <= m.start() and m.start() - cand.end <= 40:
                    if _INTERNATIONAL.match(text[cand.end : m.start()]):
                        best = cand
                elif cand.start >= m.end() and cand.start - m.end() <= 30:
                    if best is not None or self._named_airport(text, m.start()):
                        # "Heathrow Airport in London", "Muan International Airport
                        # in South Jeolla": the name before names the airport
                        break
                    gap = text[m.end() : cand.start]
                    # "aéroport d’Almaty": an elided link keeps its apostrophe
                    gap_words = [self._rec.fold(w) for w in re.findall(r"\w+['’]?", gap)]
                    if not gap.strip(" \t\u00a0") or (
                        len(gap_words) <= 2
                        and all(w in self._rec.cues.airport_links for w in gap_words)
                        and re.fullmatch(r"[\w\s\u00a0'’]*", gap)
                    ):
                        best = cand
                        break
            if best is not None and best.end <= m.start():
                named = self._city_airport_named(text, best, names, m.end())
                if named is not None:
                    found.append(named)
                    continue
            if best is not None:
                lo, hi = min(best.start, m.start()), max(best.end, m.end())
                # "Heathrow Airport": the airport of that short name, not one of
                # Heathrow, Florida
                own = tuple(e for e in best.entries if e.place.kind == Kind.AIRPORT) or tuple(
                    # "аэропорту Манас": the whole phrase names the airport
                    e
                    for e in self._rec.gazetteer.lookup_folded(self._rec.fold(text[lo:hi]))
                    if e.place.kind == Kind.AIRPORT
                )
                kind = "name" if own else "airport"
                found.append(
                    Candidate(lo, hi, text[lo:hi], kind, own or best.entries, best.confidence, True)
                )
        return found

    def landmarks(self, text: str) -> list[Candidate]:
        sc = self._scan
        found: list[Candidate] = []
        for name, pattern in (
            ("landmark_before", sc.landmark_before),
            ("landmark_suffix", sc.landmark_suffix),
            ("landmark_name", sc.landmark_name),
        ):
            if pattern is None or not self._needed(name, text):
                continue
            for m in pattern.finditer(text):
                if has_kind(self._rec.entries(self._rec.fold(m.group()), inflect=False), Kind.AREA):
                    continue  # "Taiwanstraße", "Straße von Messina" are straits, no streets
                if name == "landmark_suffix" and (
                    self._names_follow(text, m.end())
                    or self._rec.fold(m.group()) in self._rec.cues.not_places
                ):
                    # "im Ausgehviertel Itaewon": a kind of district, its name after;
                    # "der Weihnachtsmarkt": a kind of place
                    continue
                found.append(Candidate(m.start(), m.end(), m.group(), "landmark", (), 0.8))
        if sc.landmark_after is not None and self._needed("landmark_after", text):
            for m in sc.landmark_after.finditer(text):
                if m.group() == "St" and _SAINT_NEXT.match(text, m.end()):
                    continue  # "London St Pancras": a saint's name, no street
                lo = m.start()
                prev = list(words(text, max(0, lo - 60), lo))
                start = None
                for ws, we, w in reversed(prev):
                    gap = text[we : (start if start is not None else lo)]
                    if (
                        not w[0].isupper()
                        or gap.strip(" \t")
                        or self._rec.fold(w) in self._rec.cues.stop_words
                        # "Almaty's Republic Square": the city's, not part of the
                        # name (but "St. Peter's Square" is one name)
                        or (w.endswith(("'s", "’s")) and self._big_place(w[:-2]))
                    ):
                        break
                    start = ws
                if start is not None:
                    found.append(
                        Candidate(start, m.end(), text[start : m.end()], "landmark", (), 0.8)
                    )
        return found

    def _names_follow(self, text: str, end: int) -> bool:
        """Whether a landmark's or district's capitalised name follows right after *end*.

        Not a city's: "die Rheinbrücke Leverkusen" is the bridge's name.
        """
        after = WORD_NEXT.match(text, end)
        return (
            after is not None
            and after.group(1)[:1].isupper()
            and has_kind(self._rec.entries(self._rec.fold(after.group(1))), Kind.LANDMARK)
        )

    def through_cities(self, text: str, cands: list[Candidate], names: list[Candidate]) -> None:
        """Stretch a landmark that a city's name of several words outlasts to the name's end.

        A German landmark takes one capitalised word after its noun ("Bahnhof
        von Novi"): where a city's name starts after a link word ("von",
        "of", "de") and goes on past it, the landmark is "Bahnhof von Novi
        Sad", and lies in that city.
        """
        for k, cand in enumerate(cands):
            if cand.kind != "landmark":
                continue
            for name in names:
                if name.kind == "name" and cand.start < name.start < cand.end < name.end:
                    before = text[cand.start : name.start].split()
                    if len(before) >= 2 and self._rec.fold(before[-1]) in _CITY_LINKS:
                        cands[k] = replace(cand, end=name.end, text=text[cand.start : name.end])
                    break

    def airports_by_name(self, text: str) -> list[Candidate]:
        """Airports named after a person, by the name next to the airport word.

        "Flughafen Ronald Reagan", "aeropuerto Jorge Chávez", "Jomo Kenyatta
        airport": the capitalised words right after the word (or, in English,
        right before it) that only one airport's name holds, where they name
        no place ("Flughafen Almaty" is the city's airport, found otherwise).
        """
        scanner = self._scan.airport
        if scanner is None or not self._needed("airport", text):
            return []
        found: list[Candidate] = []
        for m in scanner.finditer(text):
            after = _NAME_RUN_AFTER.match(text, m.end())
            runs = [(after.start(1), after.end(1))] if after else []
            if self._rec.lang == "en":
                before = _NAME_RUN_BEFORE.search(text, max(0, m.start() - 60), m.start())
                if before is not None:
                    runs.append((before.start(1), before.end(1)))
            for lo, hi in runs:
                airport = self._airport_named(text[lo:hi])
                if airport is not None:
                    start, end = min(lo, m.start()), max(hi, m.end())
                    entry = (NameEntry(airport, "name"),)
                    found.append(Candidate(start, end, text[start:end], "name", entry, 0.9, True))
                    break
        return found

    def _airport_named(self, run: str) -> Place | None:
        """The one airport whose name holds *run* (two words or more, no town's name).

        A village may bear the name too ("Jorge Chávez" is another name of
        Lucmapampa, Peru, 214 people): only a town of 10,000 keeps it.
        """
        folded = self._rec.fold(run)
        if " " not in folded or any(
            e.place.population >= _AIRPORT_NAME_TOWN or e.place.kind in (Kind.COUNTRY, Kind.REGION)
            for e in self._rec.gazetteer.lookup_folded(folded)
        ):
            return None  # a town's name: its airport is found otherwise
        hits = {a.id: a for a in self._rec.gazetteer.airports() if self._called(a, folded)}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _called(self, airport: Place, folded: str) -> bool:
        """Whether *airport*'s folded name holds the folded words *folded* whole."""
        return re.search(rf"\b{re.escape(folded)}\b", self._rec.fold(airport.name)) is not None

    def _city_airport_named(
        self, text: str, name: Candidate, names: list[Candidate], end: int
    ) -> Candidate | None:
        """A city's airport by the city and the airport's own name: "Toronto Pearson airport".

        *name* stands right before the airport word, which ends at *end*;
        where a city's name stands right before it and one of that city's
        airports is called so, the phrase is that airport (not the airport of
        Pearson, Georgia).
        """
        before = [
            c for c in names if c.end <= name.start and not text[c.end : name.start].strip(" \t")
        ]
        if not before:
            return None
        city = before[-1]
        word = self._rec.fold(name.text)
        for e in city.entries:
            if e.place.kind is not Kind.CITY or e.place.population < _AIRPORT_CITY:
                continue
            # the city's airports, or any within 40 km (Pearson lies in Mississauga)
            for airport in self._rec.gazetteer.airports_near(e.place.lat, e.place.lon, 40.0):
                if self._called(airport, word):
                    entry = (NameEntry(airport, "name"),)
                    lo = city.start
                    return Candidate(lo, end, text[lo:end], "name", entry, city.confidence, True)
        return None

    def landmark_cities(self, taken: list[Candidate], names: list[Candidate]) -> None:
        """Give a landmark that starts with a city's name that city's entries.

        "Dresden Zoo" and "Brooklyn Bridge" lie in the city they name; a
        street named after a city ("Moscow Street") need not, so streets keep
        none and resolve to the city the text places them in.
        """
        # "Hamburger Hauptbahnhof": a German city's adjective starts it too
        starts = {c.start: c for c in names if c.kind == "name" or _city_adjective(c)}
        ends = {c.end: c for c in names if c.kind == "name"}
        for cand in taken:
            if cand.kind != "landmark" or cand.entries:
                continue
            inner = starts.get(cand.start)
            if inner is None or inner.end >= cand.end:
                self._landmark_of_a_city(cand, ends.get(cand.end))
                continue
            last = self._rec.fold(cand.text.rsplit(None, 1)[-1])
            if last in _STREET_WORDS or (
                inner.kind == "name"
                and common_word(self._rec.fold(inner.text), self._rec.lang, min_zipf=3.3)
            ):
                continue  # "Moscow Street", "Republic Square", "Independence Square"
            if inner.kind == "demonym" and last != "hauptbahnhof":
                # only a city's main station is always its own ("Hamburger Hauptbahnhof");
                # "Berliner Platz" lies in Frankfurt, the "Hamburger Bahnhof" in Berlin
                continue
            cities = tuple(e for e in inner.entries if e.place.kind == Kind.CITY)
            # not "Abai" (Abaí, Paraguay); a city's adjective names the city itself
            people = (
                max(e.place.population for e in cities)
                if inner.kind == "demonym" and cities
                else main_population(cities)
            )
            if cities and people >= 50_000:
                cand.entries = cities

    def _needed(self, name: str, text: str) -> bool:
        """Whether *text* holds one of the literal words scanner *name* looks for."""
        return any(w in text for w in self._scan.literals.get(name, ()))

    def _named_airport(self, text: str, start: int) -> bool:
        """Whether a capitalised word of a name (no article) stands right before *start*."""
        m = PREV_WORD.search(text, max(0, start - 40), start)
        return (
            m is not None
            and m.group(1)[0].isupper()
            and self._rec.fold(m.group(1)) not in self._rec.cues.stop_words
            and not is_sentence_start(text, m.start())
        )

    def _landmark_of_a_city(self, cand: Candidate, inner: Candidate | None) -> None:
        """Give a landmark that ends with a city's name, after "of", that city's entries.

        "Bahnhof von Almaty", "the station of Almaty", "gare de Lyon"... lie
        in the city; so do Russian "улицы Махачкалы", "вокзал Алматы" (the
        city in the genitive), for a city of 200,000 people ("улица Пушкина"
        is a street named after the poet, not in Pushkin).
        """
        if inner is None or inner.start <= cand.start:
            return
        before = cand.text[: inner.start - cand.start].split()
        if not before:
            return
        if len(before) >= 2 and self._rec.fold(before[-1]) in _CITY_LINKS:
            cand.entries = _city_entries(inner.entries, 50_000)
        elif len(before) == 1 and self._rec.cues.inflection == "ru":
            cand.entries = _city_entries(inner.entries, 200_000)

    def _big_place(self, word: str) -> bool:
        """Whether *word* names a country, a region or a city of 100,000 people."""
        return any(big_entry(e) for e in self._rec.entries(self._rec.fold(word), inflect=False))


def _city_adjective(cand: Candidate) -> bool:
    """A demonym of a city: German "Münchner", "Kölner"."""
    return (
        cand.kind == "demonym"
        and bool(cand.entries)
        and all(e.place.kind == Kind.CITY for e in cand.entries)
    )


def _city_entries(entries: Sequence[Any], min_people: int) -> tuple[Any, ...]:
    """The entries of cities, if one of them has *min_people* (by any of its names)."""
    cities = tuple(e for e in entries if e.place.kind == Kind.CITY)
    return cities if any(e.place.population >= min_people for e in cities) else ()
