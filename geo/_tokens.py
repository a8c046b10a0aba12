"""Scanning report text: capitalised runs, words with offsets, sentence starts.

One compiled regular expression finds every run of capitalised words (with
lower-case connectors such as "der", "of", "de" inside), so the Python code
that follows only ever looks at the few spans that can hold a name.

Examples
--------
>>> scanner = chunk_scanner(("of", "der"))
>>> [m.group() for m in scanner.finditer("Protests in Almaty and on Platz der Republik.")]
['Protests', 'Almaty', 'Platz der Republik']
>>> words("Nur-Sultan, Kazakhstan's capital", 0, 32)
[(0, 10, 'Nur-Sultan'), (12, 24, "Kazakhstan's"), (25, 32, 'capital')]
>>> is_sentence_start("He left. Auch is small.", 9)
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

__all__ = [
    "CAPWORD",
    "COORDINATORS",
    "PREV_WORD",
    "UPPER",
    "WORD_NEXT",
    "chunk_scanner",
    "is_sentence_start",
    "previous_words",
    "sentence_span",
    "words",
]


#: the word right before the end of a searched span (``PREV_WORD.search(text, lo, hi)``):
#: "l'armée russe"
PREV_WORD = re.compile(r"(?<!\w)(\w+)[ \t]+$")
#: the next word on the line, after spaces ("Marburg virus", "speaks English fluently")
WORD_NEXT = re.compile(r"[ \t]+(\w+)")
#: conjunctions that are place cues only between places ("in Paris and London")
COORDINATORS = frozenset({"and", "und", "и", "et", "y", "or", "oder"})


def _upper_class() -> str:
    chars = [chr(c) for c in range(0x10000) if chr(c).isupper() or chr(c).istitle()]
    ranges: list[str] = []
    start = prev = ord(chars[0])
    for ch in [*chars[1:], "\U0010ffff"]:
        code = ord(ch)
        if code == prev + 1:
            prev = code
            continue
        ranges.append(
            re.escape(chr(start))
            if start == prev
            else f"{re.escape(chr(start))}-{re.escape(chr(prev))}"
        )
        start = prev = code
    return "".join(ranges)


#: Character class body (without brackets) of every upper- or title-case letter.
UPPER = _upper_class()
#: One capitalised word, hyphenated and apostrophised parts included ("Nur-Sultan", "N'Djamena").
CAPWORD = rf"[{UPPER}]\w*(?:['’\-]\w+)*"
_WORD = re.compile(r"(?:St|Ste|Ft|Mt)\.(?=\s)|\w+(?:['’\-]\w+)*")
_BOUNDARY = frozenset('.!?:;"“”„«»()[]\n•–—|')


@functools.cache
def chunk_scanner(connectors: Sequence[str], *, tails: Sequence[str] = ()) -> re.Pattern[str]:
    """Compile the regex that finds runs of capitalised words.

    Parameters
    ----------
    connectors : sequence of str
        Lower-case words allowed between two capitalised ones ("of", "der");
        one ending in an apostrophe or a hyphen joins the next word directly
        ("Côte d'Ivoire", "Deir ez-Zor").
    tails : sequence of str
        Lower-case words that may follow a capitalised one inside a name
        ("Arabie saoudite", "Émirats arabes unis").

    Returns
    -------
    re.Pattern

    Examples
    --------
    >>> [m.group() for m in chunk_scanner(("d'",)).finditer("Vivre en Côte d'Ivoire")]
    ['Vivre', "Côte d'Ivoire"]
    >>> chunk_scanner(("al-",)).search("in Ras al-Ain").group()
    'Ras al-Ain'
    >>> chunk_scanner((), tails=("saoudite",)).search("en Arabie saoudite").group()
    'Arabie saoudite'
    """
    word = rf"(?:(?:St|Ste|Ft|Mt)\.(?=[ \t][{UPPER}])|[{UPPER}]\w*(?:['’\-]\w+)*)"
    # The first word again, its capital letter first: a pattern that starts with
    # a character class lets the regex engine skip ahead to the next capital in
    # C (a leading lookbehind made it try every position). The lookbehinds then
    # look past that capital: (?<!\w.) is (?<!\w) before it.
    first = (
        rf"[{UPPER}](?<!\w.)(?<!\w\w['’].)"
        rf"(?:(?:(?<=S)te?|(?<=[FM])t)\.(?=[ \t][{UPPER}])|\w*(?:['’\-]\w+)*)"
    )
    spaced = [re.escape(c) for c in connectors if not c.endswith(("'", "’", "-"))]
    elided = {re.escape(c[:-1]) for c in connectors if c.endswith(("'", "’"))}
    hyphened = [re.escape(c) for c in connectors if c.endswith("-")]
    steps = []
    if spaced:
        steps.append(rf"(?:{'|'.join(sorted(spaced, key=len, reverse=True))})[ \t]+")
    if elided:
        steps.append(rf"(?:{'|'.join(sorted(elided, key=len, reverse=True))})['’]")
    if hyphened:  # the Arabic article: "Deir ez-Zor", "Ras al-Ain"
        steps.append(rf"(?:{'|'.join(sorted(hyphened, key=len, reverse=True))})")
    gap = (
        rf"(?:[ \t]+(?:{'|'.join(steps)})*|[ \t]*-[ \t]*)" if steps else r"(?:[ \t]+|[ \t]*-[ \t]*)"
    )
    if tails:
        tail = "|".join(sorted((re.escape(t) for t in tails), key=len, reverse=True))
        word = rf"(?:{word}|(?:{tail})(?!\w))"
    return re.compile(rf"{first}(?:{gap}{word})*")


def words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Words of ``text[start:end]`` as ``(start, end, word)`` with absolute offsets.

    Parameters
    ----------
    text : str
    start, end : int
        The span to split.
    """
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


@functools.cache
def _last_words(n: int) -> re.Pattern[str]:
    """Match up to *n* words at the start of a reversed text: the text's last words.

    A word reads the same pattern backwards, so one anchored match on the
    reversed tail replaces a search for "word, spaces, end" that would try
    every start position. Spaces never include a newline here, and no word
    or space matches ".", "!" or "?": the match stops where the sentence does.
    """
    word = r"[^\S\n]*(\w+(?:['’\-]\w+)*)"
    pattern = word
    for _ in range(n - 1):
        # one more word further back, only when a space separates it
        pattern = rf"{word}(?:(?=\s){pattern})?"
    return re.compile(pattern)


def previous_words(text: str, pos: int, n: int = 2, *, window: int = 40) -> list[str]:
    """Up to *n* words right before *pos*, nearest last, not across punctuation.

    Examples
    --------
    >>> previous_words("Er floh nach Paris.", 13)
    ['floh', 'nach']
    """
    if n <= 0:
        return []
    m = _last_words(n).match(text[max(0, pos - window) : pos][::-1])
    if m is None:
        return []
    return [w[::-1] for w in reversed(m.groups()) if w is not None]


def is_sentence_start(text: str, pos: int) -> bool:
    """Whether *pos* starts a sentence, a line, a quotation or the text."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in _BOUNDARY


def sentence_span(text: str, pos: int) -> tuple[int, int]:
    """Start and end offsets of the sentence around *pos* (cheap heuristic).

    Examples
    --------
    >>> t = "One. Two three. Four"
    >>> t[slice(*sentence_span(t, 6))]
    'Two three.'
    """
    lo = pos
    while lo > 0 and not (text[lo - 1] in ".!?\n" and (lo >= len(text) or text[lo].isspace())):
        lo -= 1
    while lo < len(text) and text[lo].isspace():
        lo += 1
    hi = pos
    n = len(text)
    while hi < n and not (text[hi] in ".!?\n" and (hi + 1 >= n or text[hi + 1].isspace())):
        hi += 1
    return lo, min(n, hi + 1)
