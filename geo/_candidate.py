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
from typing import Any

from geo.types import Kind

__all__ = ["Candidate", "has_kind"]


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


def has_kind(entries: Sequence[Any], *kinds: Kind) -> bool:
    """Whether a place of *entries* is of one of *kinds* (a demonym's place aside)."""
    return any(e.place.kind in kinds and e.name_type != "demonym" for e in entries)
