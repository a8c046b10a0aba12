"""Split report text into sentences and tokens, keeping character offsets.

A careful regular-expression splitter rather than a model: it must not cut
at "3.000", "z.B.", "Jan.", "am 5. Januar" or inside »quotes«, and it must
report where each sentence starts and ends in the document.

Examples
--------
>>> text = "Am 5. Januar kamen z.B. 3.000 Menschen. »Es war ruhig«, sagte er. Dann Schüsse."
>>> [text[s.start:s.end] for s in split_sentences(text)]
['Am 5. Januar kamen z.B. 3.000 Menschen.', '»Es war ruhig«, sagte er.', 'Dann Schüsse.']
>>> [t.folded for t in tokenize("Zusammenstöße am Platz, 3.000 Tote")]
['zusammenstosse', 'am', 'platz', ',', '3', '000', 'tote']
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from geo.normalize import fold
from incidents._calendar import month_numbers

__all__ = ["Span", "Token", "split_sentences", "tokenize"]


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence: ``text[start:end]`` of the document."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number or clause mark with its offsets and folded form."""

    text: str
    folded: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        """Letters or digits (not a punctuation mark)."""
        return self.text[:1].isalnum()


# Abbreviations that end with a period but rarely end a sentence (folded, without the final ".").
_ABBREVIATIONS = frozenset(
    [
        "z.b",
        "u.a",
        "d.h",
        "bzw",
        "ca",
        "dr",
        "nr",
        "st",
        "str",
        "prof",
        "mr",
        "mrs",
        "ms",
        "gen",
        "col",
        "lt",
        "sgt",
        "jr",
        "sr",
        "vs",
        "no",
        "fig",
        "jan",
        "feb",
        "febr",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "oct",
        "nov",
        "dez",
        "dec",
        "usw",
        "vgl",
        "evtl",
        "ggf",
        "inkl",
        "bzw",
        "sog",
        "т.е",
        "т.д",
        "т.п",
        "т.к",
        "г",
        "гг",
        "ул",
        "им",
        "св",
        "тыс",
        "млн",
        "млрд",
        "руб",
        "пр",
        "просп",
    ]
)
_END = re.compile(r"[.!?…]+[»«\"“”'’)\]]*")
_START = re.compile(r"\s+([„»«\"“(\['‘]*)(\S)")
_WORD_BEFORE = re.compile(r"(\S+)$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")  # "M", "u.s": initials, not words
_TOKEN = re.compile(r"[^\W_]+|[,;:()«»\"„“”—–]")


def split_sentences(text: str) -> list[Span]:
    """Split *text* into sentences.

    Parameters
    ----------
    text : str
        Document text.

    Returns
    -------
    list of Span
        Offsets of each sentence, stripped of surrounding whitespace, in order.

    Examples
    --------
    >>> text = "Police arrested 2,500 people.\\n\\nProtests in the capital"
    >>> [text[s.start:s.end] for s in split_sentences(text)]
    ['Police arrested 2,500 people.', 'Protests in the capital']
    """
    cuts: list[int] = []
    for match in _END.finditer(text):
        end = match.end()
        following = _START.match(text, end)
        if following is None:
            continue
        first = following.group(2)
        if not (first.isupper() or first.isdigit()):
            continue
        if text[match.start()] == "." and not _period_ends(text, match.start(), following.start(2)):
            continue
        cuts.append(end)
    for match in re.finditer(r"\n[ \t]*\n|\n(?=[ \t]*\S)", text):
        if match.group().count("\n") > 1 or _line_break_ends(text, match.start()):
            cuts.append(match.start())
    spans: list[Span] = []
    start = 0
    for cut in [*sorted(set(cuts)), len(text)]:
        if cut <= start:
            continue
        span = _strip(text, start, cut)
        if span is not None:
            spans.append(span)
        start = cut
    return spans


def _period_ends(text: str, dot: int, next_start: int) -> bool:
    """Whether the period at *dot* ends a sentence (not an abbreviation or ordinal)."""
    before = _WORD_BEFORE.search(text, 0, dot)
    if before is None:
        return True
    word = fold(before.group(1).strip('„»«"“(['))
    if word in _ABBREVIATIONS or _INITIALS.fullmatch(word):
        return False
    if word.isdigit() and len(word) <= 2:
        nxt = re.match(r"[^\W_]+", text[next_start:])
        if nxt and fold(nxt.group()) in month_numbers():
            return False  # German ordinal date: "am 5. Januar"
    return True


def _line_break_ends(text: str, newline: int) -> bool:
    """A single line break ends a sentence after end punctuation or a short heading line."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    if not line:
        return False
    return line[-1] in '.!?…:»«"“”' or (len(line) < 80 and line[-1] not in ",;-")


def _strip(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


@functools.lru_cache(maxsize=1024)
def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """Tokens of ``text[start:end]`` with offsets into *text*.

    Words are split at hyphens and apostrophes ("Ex-Banker" is two tokens);
    digit groups are separate tokens ("3.000" is "3", "000": numbers are read
    from the raw text by :mod:`incidents._numbers`). Commas, semicolons,
    colons, brackets and quotes are kept as clause marks.

    Parameters
    ----------
    text : str
    start, end : int
        The part of *text* to tokenize.

    Returns
    -------
    tuple of Token
        Cached: extraction asks for a sentence's tokens several times.
    """
    stop = len(text) if end is None else end
    return tuple(
        Token(m.group(), _fold_token(m.group()), m.start(), m.end())
        for m in _TOKEN.finditer(text, start, stop)
    )


@functools.lru_cache(maxsize=65536)
def _fold_token(token: str) -> str:
    return fold(token)
