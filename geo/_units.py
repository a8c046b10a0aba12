"""Unit words: "Camden and Charlton counties", "die Gebiete Donezk und Luhansk".

A unit word ("county", "region", "Gebiet", "область", "région") makes the
names next to it units of that kind, in every language the cues know:
"the Donetsk and Luhansk regions" are the oblasts, not their capitals, and
"в Донецкой области" is Donetsk oblast, its adjective put back in the
nominative. :class:`UnitReader` finds such lists for a
:class:`geo._recognize.Recognizer`, whose lookups it uses.

Examples
--------
>>> from geo.gazetteer import load_gazetteer
>>> from geo._recognize import Recognizer
>>> units = UnitReader(Recognizer(load_gazetteer(), "en"))
>>> text = "Shelling hit the Donetsk and Luhansk regions."
>>> [(c.text, c.entries[0].place.name) for c in units.candidates(text)]
[('Donetsk', 'Donetsk Oblast'), ('Luhansk', 'Luhansk Oblast')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from geo._candidate import Candidate, Recognising, has_kind
from geo._scanners import scanners
from geo._tokens import words
from geo._words import common_word
from geo.types import Kind

__all__ = ["UnitReader"]

#: unit words below a first-level region: their names are never read as a city's region
_LOCAL_UNITS = frozenset({"county", "parish", "district", "landkreis"})
#: a name after a first-level unit word may mean the region of a city this big ("Gebiet Donezk")
_UNIT_CITY_PEOPLE = 50_000
_POSSESSIVES = ("'s", "’s")
#: Russian adjective case endings, longest first, and the nominative endings by unit noun
_RU_CASE_ENDINGS = ("ого", "ому", "ой", "ую", "ою", "ая", "ое", "ом", "ий", "ый", "им", "ей")
_RU_NOMINATIVE = {"область": ("ая", "яя"), "край": ("ий", "ый"), "воеводство": ("ое",)}


class UnitReader:
    """Reads the names a unit word stands by as units, for one recogniser.

    Parameters
    ----------
    rec : Recognizer
        Its language, cues, folding and gazetteer lookups are used.
    """

    def __init__(self, rec: Recognising) -> None:
        self._rec = rec
        self._scan = scanners(rec.cues)

    def candidates(self, text: str) -> list[Candidate]:
        """Names a unit word makes units: "Camden and Charlton counties", "Gebiet Donezk".

        Every name of the list is read as that unit: "Camden County" where
        the gazetteer has it, a region of the name's own ("the Donetsk and
        Luhansk regions" are the oblasts, not their capitals), or, for a
        first-level unit, the region of the biggest city of the name ("die
        Gebiete Donezk und Luhansk", "в Донецкой области"). The list is the
        names next to the unit word that can be read so, at least two for a
        plural: in "in Georgia and Nassau and Baker counties" it starts at
        Nassau, and "Arab and Gulf states" is none.
        """
        sc = self._scan
        if not sc.unit_lists or sc.member is None:
            return []
        if not any(w in text for w in sc.literals["unit_list"]):
            return []
        # a form both singular and plural (Russian "области") is plural after a list
        units: dict[str, tuple[str, bool | None]] = {}
        for w, one, plural in (*self._rec.cues.unit_words, *self._rec.cues.unit_words_before):
            key = self._rec.fold(w)
            units[key] = (one, None if key in units and units[key][1] != plural else plural)
        found: list[Candidate] = []
        for pattern, position in sc.unit_lists:
            for m in pattern.finditer(text):
                unit, number = units[self._rec.fold(m.group("unit"))]
                plural = number if number is not None else self._is_list(m, sc.member)
                found.extend(self._list(text, m, sc.member, position, unit, plural))
        return found

    @staticmethod
    def _is_list(m: re.Match[str], member: re.Pattern[str]) -> bool:
        """Whether the names of a unit word's match are more than one."""
        return len(member.findall(m.group("names"))) >= 2

    def _list(
        self,
        text: str,
        m: re.Match[str],
        member: re.Pattern[str],
        position: str,
        unit: str,
        plural: bool,
    ) -> list[Candidate]:
        """The names of one unit word's match *m* read as units (see :meth:`candidates`)."""
        before = position == "before"
        if not (plural or before or position == "adjective") and m.group("unit")[:1].isupper():
            return []  # "Suffolk County", "Donetsk Region": names of their own
        base = m.start("names")
        members = list(member.finditer(m.group("names")))
        if not before:
            members.reverse()  # outward from the unit word
        listed: list[Candidate] = []
        for part in members[: None if plural else 1]:
            lo, hi = base + part.start(), base + part.end()
            cand = self._member(text, lo, hi, unit, position)
            if cand is None or (
                # only the loose "region": "the Kingston region" may be Kingston's
                # area, "Santa Fe province" is the province
                not plural and self._rec.lang == "en" and unit == "region" and self._elsewhere(cand)
            ):
                break
            listed.append(cand)
            if (cand.start, cand.end) != (lo, hi):
                break  # "In Becker", "Donezk Kämpfe": the list ends inside this name
        if len(listed) < (2 if plural else 1):
            return []
        if not plural and position == "adjective":
            one = listed[0]  # "Донецкой области": the unit word too
            listed = [replace(one, end=m.end(), text=text[one.start : m.end()])]
        return sorted(listed, key=lambda c: c.start)

    def _member(
        self, text: str, start: int, end: int, unit: str, position: str
    ) -> Candidate | None:
        """One name next to a unit word read as a *unit*, from its longest readable part.

        Before a unit word the name may lose leading stop words and common
        words ("In Becker", "Small Hitchcock and Hayes counties"), never a
        feature word ("South Coast region" is not "Coast"); after one, the
        German nouns that follow it ("Gebiet Donezk Kämpfe").
        """
        toks = words(text, start, end)
        owner: frozenset[str] = frozenset()
        if position == "before":
            spans = [(start, we) for _, we, _ in reversed(toks)]
        else:
            # an owner's possessive ends before the name: "Western Australia's
            # Pilbara and Kimberley regions", "Haiti's Centre department"
            last = max((k for k, t in enumerate(toks) if t[2].endswith(_POSSESSIVES)), default=-1)
            if last >= 0:
                owner = self._owner(text[toks[0][0] : toks[last][1] - 2])
                toks = toks[last + 1 :]
            spans = []
            for ws, _, w in toks:
                spans.append((ws, end))
                if not self._droppable(self._rec.fold(w)):
                    break
        for lo, hi in spans:
            if text[lo:hi].endswith(("'s", "’s")):
                hi -= 2  # "the State of Connecticut's budget"
            folded = self._rec.fold(text[lo:hi])
            if folded in self._rec.cues.stop_words or folded in self._rec.cues.feature_words:
                # "the Eastern province", "the first Northern state"; but a country's
                # own region of the name is one: "Somalia's Bay region"
                entries = self._entries(folded, unit, position) if owner else None
                owned = tuple(e for e in entries or () if e.place.country_code in owner)
                if owned:
                    return Candidate(lo, hi, text[lo:hi], "name", owned, 0.9, True)
                continue
            entries = self._entries(folded, unit, position)
            if entries is None:
                return None
            if entries:
                return Candidate(lo, hi, text[lo:hi], "name", entries, 0.9, True)
        return None

    def _owner(self, name: str) -> frozenset[str]:
        """The country codes of the country or region *name* ("Haiti", "Western Australia")."""
        return frozenset(
            e.place.country_code
            for e in self._rec.entries(self._rec.fold(name))
            if e.place.kind in (Kind.COUNTRY, Kind.REGION) and e.place.country_code
        )

    def _elsewhere(self, cand: Candidate) -> bool:
        """Whether a big city of *cand*'s name lies outside its regions' countries.

        "The Kingston region" in a text about Ontario is no Jamaican parish:
        one name before a singular unit word is read as the unit only where
        its big cities agree on the country ("the Donetsk region").
        """
        countries = {e.place.country_code for e in cand.entries}
        cities = [
            e for e in self._rec.entries(self._rec.fold(cand.text)) if e.place.kind is Kind.CITY
        ]
        inside = max(
            (e.place.population for e in cities if e.place.country_code in countries), default=0
        )
        # a tenth of the namesake inside: Donetsk in Rostov oblast is no rival
        least = max(_UNIT_CITY_PEOPLE, inside // 10)
        # by its own name only: Pune, India, is "Puno" in some languages, but "the
        # Puno region" is Peru's
        return any(
            e.name_type == "name"
            and e.place.population >= least
            and e.place.country_code not in countries
            for e in cities
        )

    def _droppable(self, word: str) -> bool:
        """A word before a unit's name, not in it: "In", "Small", "Russia's" (not "South")."""
        return word not in self._rec.cues.feature_words and (
            word in self._rec.cues.stop_words
            or word.endswith("'s")
            or common_word(word, self._rec.lang, min_zipf=4.0)
        )

    def _entries(self, folded: str, unit: str, position: str) -> tuple[Any, ...] | None:
        """The readings of *folded* as a *unit*; None for a country's name."""
        if position == "adjective":  # "Донецкой" -> "донецкая область"
            stem = next((folded[: -len(e)] for e in _RU_CASE_ENDINGS if folded.endswith(e)), None)
            if stem is None:
                return ()
            return tuple(
                e
                for ending in _RU_NOMINATIVE.get(unit, ())
                for e in self._rec.entries(f"{stem}{ending} {unit}")
                if e.place.kind is Kind.REGION
            )
        own = self._rec.entries(folded)
        if has_kind(own, Kind.COUNTRY):
            return None  # "Georgia and Nassau counties": Georgia is more than a unit
        # "Kent and Essex counties": Kent County, Michigan, or Kent, England; a
        # region of the name's own only if no bigger city has it as its main
        # name ("the Charlotte region" is not the Charlotte parish of Saint
        # Vincent; "Samar" is Samara's alternate name, and Samar the province)
        city = max(
            (
                e.place.population
                for e in own
                if e.place.kind is Kind.CITY and e.name_type == "name"
            ),
            default=0,
        )
        # "Camden County" for "Camden and Charlton counties"; not after the unit
        # word: "the county of Ross" is no Ross County, Ohio
        named = () if position == "before" else self._rec.entries(f"{folded} {unit}")
        found = tuple(e for e in named if e.place.kind is Kind.REGION) + tuple(
            e
            for e in own
            if e.place.kind is Kind.REGION
            and e.name_type != "code"
            # a unit word before the name says it: "departamento de San Vicente"
            # is the Salvadoran department, though an Argentine town is bigger
            and (position == "before" or e.place.population >= city)
        )
        if found or unit in _LOCAL_UNITS:
            return found
        # in English only a region named after the city: "the Belgorod region"
        # is Belgorodskaya oblast', "the Houston region" no Texas
        return self._city_region(own, folded if self._rec.lang == "en" else None)

    def _city_region(self, entries: Sequence[Any], named_after: str | None) -> tuple[Any, ...]:
        """The region of the biggest city among *entries* ("Gebiet Donezk"), if a big one.

        *named_after*: only a region whose name starts with this name, but
        for its last letter ("Kursk", "Kurskaya oblast'"; "Qin" is no Mersin).
        """
        region_of = getattr(self._rec.gazetteer, "region", None)
        cities = [e for e in entries if e.place.kind is Kind.CITY]
        if region_of is None or not cities:
            return ()
        city = max(cities, key=lambda e: e.place.population)
        if city.place.population < _UNIT_CITY_PEOPLE or not city.place.admin1_code:
            return ()
        region = region_of(city.place.admin1_code)
        if region is None:
            return ()
        if named_after is not None and (
            len(named_after) < 4 or not self._rec.fold(region.name).startswith(named_after[:-1])
        ):
            return ()
        return (replace(city, place=region),)
