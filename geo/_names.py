"""Given names and surnames of people, for telling persons from places.

The lists are the US Census 1990 name files shipped by the ``names``
package (MIT): about 5,500 given names and 88,800 surnames, in English
spelling; they serve German and other texts too, where English-language
names of people are common. Folded with :func:`geo.normalize.fold`.

Examples
--------
>>> "roy" in given_names(), "abraham" in given_names()
(True, True)
>>> "jones" in surnames(), "police" in surnames()
(True, False)
"""

from __future__ import annotations

import functools
from importlib import resources

from geo.normalize import fold

__all__ = ["common_given_names", "given_names", "surnames"]

#: how many of the most frequent surnames count (the long tail holds "Paris", "London")
SURNAME_RANKS = 20_000
#: how many of the most frequent given names of each sex are common ones ("Jim", not "Viva")
COMMON_GIVEN_RANKS = 1_000


def _read(file_name: str, limit: int | None = None) -> frozenset[str]:
    try:
        text = resources.files("names").joinpath(file_name).read_text(encoding="ascii")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - a dependency
        return frozenset()
    words = [line.split(None, 1)[0] for line in text.splitlines() if line.strip()]
    return frozenset(fold(w) for w in words[:limit])


@functools.cache
def given_names() -> frozenset[str]:
    """Folded given names (male and female), e.g. ``"roy"``, ``"linda"``."""
    return _read("dist.male.first") | _read("dist.female.first")


@functools.cache
def common_given_names() -> frozenset[str]:
    """The :data:`COMMON_GIVEN_RANKS` most frequent given names of each sex.

    Examples
    --------
    >>> "jim" in common_given_names(), "viva" in common_given_names()
    (True, False)
    """
    return _read("dist.male.first", COMMON_GIVEN_RANKS) | _read(
        "dist.female.first", COMMON_GIVEN_RANKS
    )


@functools.cache
def surnames() -> frozenset[str]:
    """The :data:`SURNAME_RANKS` most frequent folded surnames, e.g. ``"jones"``."""
    return _read("dist.all.last", SURNAME_RANKS)
