"""A span of text that may name a place: what recognition hands to resolution.

Examples
--------
>>> c = Candidate(0, 6, "Almaty", "name")
>>> (c.text, c.kind, c.confidence)
('Almaty', 'name', 0.8)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from geo.types import Kind

if TYPE_CHECKING:
    from geo._cues import Cues

__all__ = [
    "BIG_PLACE",
    "Candidate",
    "Recognising",
    "big_entry",
    "has_kind",
    "main_population",
    "small_towns_only",
]

#: a place of this many people is big: a short, inflected or alternate form may stand for it
BIG_PLACE = 100_000


@dataclass(slots=True)
class Candidate:
    """A span that may name a place, with what the gazetteer knows of it.

    Parameters
    ----------
    start, end : int
        Offsets into the text.
    text : str
        ``text[start:end]``.
    kind : str
        ``"name"`` (a place name), ``"demonym"``, ``"airport"`` (entries are
        the city's) or ``"landmark"`` (the entries of the city it names, as
        in "Dresden Zoo", or none: resolved to a city of the text later).
    entries : tuple of NameEntry
        Gazetteer entries of the name (or of the airport's city).
    confidence : float
        How sure recognition is that this is a place at all (0..1).
    cue : bool
        A place cue word ("in", "в") stands right before it.
    exonym : bool
        The name is not written in Latin letters ("Херсон"), or is a rare word
        of a text not in English ("Saporischschja"): that GeoNames has it only
        as an alternate name says nothing against it, as every exonym is one
        (in English a rare word known only as an alternate name is mostly a
        surname: "Balart" is no Ballarat).
    actor : bool
        A demonym that names who acts, not where: right next to an armed
        force ("Russian troops", "l'armée russe"). It is still a mention, but
        gives the text no country: Russian troops in Pokrovsk put no Pokrovsk
        in Russia.
    part : bool
        Only a part of a given span is a known name ("Meadow Grove" by way of
        "Grove"): weak evidence, so a small town far from the text's other
        places gives way to the text's city (see :func:`span_candidate`).
    """

    start: int
    end: int
    text: str
    kind: str
    entries: tuple[Any, ...] = ()
    confidence: float = 0.8
    cue: bool = False
    exonym: bool = False
    part: bool = False
    actor: bool = False


class Recognising(Protocol):
    """What the readers a recogniser hands its text to need of it: its language, cues and lookups.

    :class:`geo._units.UnitReader`, :class:`geo._inside_cities.InsideCities`
    and :class:`geo._non_places.NonPlaces` read for a
    :class:`geo._recognize.Recognizer` through this.
    """

    lang: str
    cues: Cues
    gazetteer: Any

    def fold(self, word: str) -> str: ...

    def entries(self, folded: str, *, inflect: bool = True) -> tuple[Any, ...]: ...


def has_kind(entries: Sequence[Any], *kinds: Kind) -> bool:
    """Whether a place of *entries* is of one of *kinds* (a demonym's place aside)."""
    return any(e.place.kind in kinds and e.name_type != "demonym" for e in entries)


def main_population(entries: Sequence[Any]) -> int:
    """Largest population among places this is the main name of (not an alternate)."""
    return max((e.place.population for e in entries if e.name_type == "name"), default=0)


def big_entry(entry: Any) -> bool:
    """A country, a region, or a city of 100,000 people: a name a short form may stand for."""
    place = entry.place
    return entry.name_type != "demonym" and (
        place.kind in (Kind.COUNTRY, Kind.REGION)
        or (place.kind == Kind.CITY and place.population >= BIG_PLACE)
    )


def small_towns_only(entries: Sequence[Any]) -> bool:
    """No country, region or area and no town of 100,000 people among *entries* (demonyms aside)."""
    return main_population(entries) < BIG_PLACE and not has_kind(
        entries, Kind.COUNTRY, Kind.REGION, Kind.AREA
    )
