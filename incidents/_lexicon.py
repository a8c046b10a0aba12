"""Cue lexicons: load the TOML data files and find their patterns in tokens.

Patterns are written folded (see :func:`geo.normalize.fold`): ``"word"``
matches the token exactly, ``"stem*"`` any token starting with the stem,
``"a b"`` consecutive tokens, ``"a ... b"`` tokens with at most six others
between.

Examples
--------
>>> from incidents._sentences import tokenize
>>> lex = PatternSet({"arrest": ["festgenommen", "nahm* ... fest"], "kill": ["ums leben"]})
>>> toks = tokenize("Die Polizei nahm 100 Personen fest, zwei kamen ums Leben.")
>>> [(h.label, h.start, h.end) for h in lex.find(toks)]
[('arrest', 2, 6), ('kill', 9, 11)]
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from geo.errors import ConfigError
from geo.normalize import fold
from incidents._sentences import Token

__all__ = ["Hit", "PatternSet", "load_data"]

_MAX_GAP = 6

# One word of a pattern: (folded text, is a prefix)
_Word = tuple[str, bool]
# (label, pattern, segments, is one plain word)
_Entry = tuple[str, str, tuple[tuple[_Word, ...], ...], bool]


@dataclass(frozen=True, slots=True)
class Hit:
    """A pattern found at tokens ``[start, end)``."""

    label: str
    start: int
    end: int
    pattern: str


@functools.cache
def load_data(name: str) -> dict[str, Any]:
    """Parse ``incidents/data/<name>.toml`` (cached).

    Raises
    ------
    ConfigError
        When the file is missing or not valid TOML.
    """
    try:
        raw = resources.files("incidents").joinpath("data", f"{name}.toml").read_bytes()
        return tomllib.loads(raw.decode("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"incidents/data/{name}.toml: {exc}") from exc


def _compile(pattern: str) -> tuple[tuple[_Word, ...], ...]:
    segments = []
    for segment in pattern.split("..."):
        words: list[_Word] = []
        for word in segment.split():
            prefix = word.endswith("*")
            folded = fold(word.rstrip("*"))
            words.extend((part, False) for part in folded.split()[:-1])
            words.append((folded.split()[-1], prefix))
        if words:
            segments.append(tuple(words))
    return tuple(segments)


def _word_matches(word: _Word, token: str) -> bool:
    text, prefix = word
    return token.startswith(text) if prefix else token == text


class PatternSet:
    """Labelled patterns, indexed by their first word (prefixes by its first two letters).

    Parameters
    ----------
    patterns : mapping of str to iterable of str
        Label -> patterns.
    """

    def __init__(self, patterns: Mapping[str, Iterable[str]]) -> None:
        # exact first words in a dict; prefixes by their first two letters
        self._exact: dict[str, list[_Entry]] = {}
        self._prefix: dict[str, list[_Entry]] = {}
        for label, items in patterns.items():
            for pattern in items:
                compiled = _compile(pattern)
                if not compiled:
                    continue
                text, prefix = compiled[0][0]
                entry = (label, pattern, compiled, len(compiled) == 1 and len(compiled[0]) == 1)
                if prefix:
                    self._prefix.setdefault(text[:2], []).append(entry)
                else:
                    self._exact.setdefault(text, []).append(entry)
        # every prefix, for one C-level startswith() that rejects most tokens
        self._starts = tuple(
            {entry[2][0][0][0] for bucket in self._prefix.values() for entry in bucket}
        )

    def find(self, tokens: Sequence[Token], start: int = 0, end: int | None = None) -> list[Hit]:
        """Every pattern occurrence in ``tokens[start:end]``, in text order.

        Overlapping hits of different labels are all returned; for one label
        only the longest hit starting at a token is kept.
        """
        stop = len(tokens) if end is None else end
        words = [t.folded for t in tokens[:stop]]
        hits: list[Hit] = []
        exact_words, starts = self._exact, self._starts
        for i in range(start, stop):
            word = words[i]
            if word not in exact_words and not (starts and word.startswith(starts)):
                continue  # the common case, decided in C
            exact = exact_words.get(word, ())
            prefixed = [e for e in self._prefix.get(word[:2], ()) if word.startswith(e[2][0][0][0])]
            best: dict[str, Hit] = {}
            for label, pattern, compiled, single in (*exact, *prefixed):
                last = i + 1 if single else _match(compiled, words, i)
                if last is not None and (label not in best or last > best[label].end):
                    best[label] = Hit(label, i, last, pattern)
            hits.extend(best.values())
        return hits

    def find_outer(
        self, tokens: Sequence[Token], start: int = 0, end: int | None = None
    ) -> list[Hit]:
        """Like :meth:`find`, without hits lying inside a longer hit of another label.

        "stun grenades" is an intervention, not also a grenade attack.

        Examples
        --------
        >>> from incidents._sentences import tokenize
        >>> lex = PatternSet({"grenade": ["grenade*"], "intervention": ["stun grenade*"]})
        >>> [h.label for h in lex.find_outer(tokenize("Police fired stun grenades."))]
        ['intervention']
        """
        hits = self.find(tokens, start, end)
        return [
            h
            for h in hits
            if not any(
                o.label != h.label
                and "..." not in o.pattern
                and o.start <= h.start
                and h.end <= o.end
                and (o.end - o.start) > (h.end - h.start)
                for o in hits
            )
        ]


def _match(segments: tuple[tuple[_Word, ...], ...], words: Sequence[str], i: int) -> int | None:
    pos = i
    for n, segment in enumerate(segments):
        if n == 0:
            starts: Iterable[int] = (pos,)
        else:
            starts = range(pos, min(len(words), pos + _MAX_GAP + 1))
        for s in starts:
            if s + len(segment) <= len(words) and all(
                _word_matches(w, words[s + k]) for k, w in enumerate(segment)
            ):
                pos = s + len(segment)
                break
        else:
            return None
    return pos
