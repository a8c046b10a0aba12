"""Counts in report sentences: killed, injured, arrested, troops, participants.

Numbers are read language-aware ("3.000" is three thousand in German,
"2,500" in English, "3 000" and "3 тыс." in Russian) and number words come
from ``incidents/data/numbers.toml`` (ACLED's conservative reading: "dozens"
= 12, "hundreds" = 100, "several" = 3). A number is counted as the category
whose cue follows it in its clause ("100 Menschen wurden festgenommen"), or
precedes it ("Zahl der Toten stieg auf 164"); event verbs outrank nouns that
only name people. Who the count refers to comes from the group words near it
("18 Tote unter den Einsatzkräften" -> security forces).

Examples
--------
>>> [(c.category, c.value, c.qualifier) for c in find_counts("Über 3.000 Menschen wurden festgenommen.", "de")]
[('arrests', 3000, 'at_least')]
>>> parse_number("2,500", "en"), parse_number("2,5", "de"), parse_number("3 000", "ru")
(2500, 2, 3000)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from geo.normalize import fold
from incidents._calendar import month_numbers
from incidents._lexicon import Hit, PatternSet, load_data
from incidents._sentences import Token, tokenize

__all__ = ["Count", "find_counts", "group_hits", "parse_number"]

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+|[ \u00a0\u202f]\d{3}(?!\d))*(?![\w])")
_SPACES = " \u00a0\u202f"
_ARTICLES = frozenset({"a", "an", "ein", "eine", "einer", "einen", "einem"})
_CLAUSE_END = frozenset({";", ":", "—", "–", "(", ")"})
_WINDOW = 14
_BETWEEN = frozenset({"between", "zwischen", "от"})
_AND = frozenset({"and", "und", "и"})
_OTHERS = frozenset({"other", "others", "weitere", "weiteren", "andere", "других", "другие"})
_PARTITIVE = frozenset({"unter", "among", "среди", "darunter", "including", "them", "в", "из"})


@dataclass(frozen=True, slots=True)
class Count:
    """A counted number of people.

    Parameters
    ----------
    category : str
        ``fatalities``, ``injured``, ``arrests``, ``troops`` or ``participants``.
    value : int
        ACLED's conservative reading of the figure.
    start, end : int
        Offsets of the figure in the text.
    qualifier : str or None
        ``at_least`` ("über", "more than"), ``about``, ``up_to``, or None.
    group : str or None
        Whom it counts ("security forces", "rioters"), when said.
    role : str or None
        The group's role: state, rioters, protesters, civilians, external.
    """

    category: str
    value: int
    start: int
    end: int
    qualifier: str | None = None
    group: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class _Figure:
    value: int
    first: int  # token index
    last: int  # token index (inclusive), multiplier included
    start: int
    end: int
    article: bool = False
    reach: int = 4  # tokens a cue may precede the figure by


@functools.cache
def _numbers() -> dict[str, Any]:
    return load_data("numbers")


@functools.cache
def _category_patterns(lang: str) -> PatternSet:
    cats = _numbers()["categories"]
    return PatternSet({name: spec.get(lang, []) for name, spec in cats.items()})


@functools.cache
def _qualifier_patterns() -> PatternSet:
    return PatternSet(_numbers()["qualifiers"])


@functools.cache
def _unit_patterns() -> PatternSet:
    return PatternSet({"unit": _numbers()["units"]["words"]})


@functools.cache
def _group_patterns(lang: str) -> PatternSet:
    groups = load_data("events")["groups"]
    return PatternSet({name: spec.get(lang, []) for name, spec in groups.items()})


@functools.cache
def _words(lang: str) -> dict[str, int]:
    return {fold(k): v for k, v in _numbers()["words"].get(lang, {}).items()}


@functools.cache
def _phrases() -> PatternSet:
    table: dict[str, list[str]] = {}
    for phrase, value in _numbers()["phrases"].items():
        table.setdefault(str(value), []).append(phrase)
    return PatternSet(table)


@functools.cache
def _multipliers() -> PatternSet:
    table: dict[str, list[str]] = {}
    for word, factor in _numbers()["multipliers"].items():
        table.setdefault(str(factor), []).append(word)
    return PatternSet(table)


def parse_number(raw: str, lang: str | None) -> int | None:
    """Read a written figure as an integer (rounded down), or None.

    Parameters
    ----------
    raw : str
        Digits with separators: "3.000", "2,500", "3 000", "2,5".
    lang : str or None
        ISO 639-1 code; decides whether "." or "," groups thousands. With no
        language, a separator followed by exactly three digits groups thousands.

    Examples
    --------
    >>> parse_number("3.000", "de"), parse_number("3.000", None), parse_number("1.5", "en")
    (3000, 3000, 1)
    """
    seps = _numbers()["separators"].get(lang or "", {})
    thousands, decimal = seps.get("thousands"), seps.get("decimal")
    parts = re.split(r"([.,\u00a0\u202f ])", raw)
    whole, fraction = parts[0], ""
    for sep, group in zip(parts[1::2], parts[2::2], strict=True):
        if fraction:
            return None  # nothing may follow the decimal part: "3.000,5" is not English
        if sep in _SPACES or (sep == thousands and len(group) == 3):
            whole += group
        elif sep == decimal or (thousands is None and len(group) != 3):
            fraction = group
        elif thousands is None and len(group) == 3:
            whole += group
        else:
            return None
    if not whole.isdigit():
        return None
    return int(float(f"{whole}.{fraction or 0}"))


def _figures(text: str, tokens: Sequence[Token], lang: str) -> list[_Figure]:
    words = _words(lang)
    multipliers = _multipliers()
    by_start = {t.start: n for n, t in enumerate(tokens)}
    figures: list[_Figure] = []
    covered: set[int] = set()
    lo = tokens[0].start if tokens else 0
    hi = tokens[-1].end if tokens else 0
    for match in _NUMBER.finditer(text, lo, hi):
        first = by_start.get(match.start())
        if first is None:
            continue
        value = parse_number(match.group(), lang)
        last = first
        while last + 1 < len(tokens) and tokens[last + 1].end <= match.end():
            last += 1
        fraction = None
        if value is None:
            continue
        mult = multipliers.find(tokens, last + 1, min(len(tokens), last + 2))
        if mult:
            raw_value = match.group()
            dec = _numbers()["separators"].get(lang, {}).get("decimal", ".")
            fraction = (
                float(raw_value.replace(" ", "").replace(dec, ".")) if dec in raw_value else None
            )
            factor = int(mult[0].label)
            value = int((fraction if fraction is not None else value) * factor)
            last = mult[0].end - 1
        covered.update(range(first, last + 1))
        figures.append(_Figure(value, first, last, match.start(), tokens[last].end))
    for hit in _phrases().find(tokens):
        if any(i in covered for i in range(hit.start, hit.end)):
            continue
        covered.update(range(hit.start, hit.end))
        figures.append(
            _Figure(
                int(hit.label),
                hit.start,
                hit.end - 1,
                tokens[hit.start].start,
                tokens[hit.end - 1].end,
            )
        )
    for n, tok in enumerate(tokens):
        if n in covered or tok.folded not in words:
            continue
        figures.append(
            _Figure(words[tok.folded], n, n, tok.start, tok.end, article=tok.folded in _ARTICLES)
        )
    figures.sort(key=lambda f: f.first)
    return figures


def group_hits(tokens: Sequence[Token], lang: str) -> list[Hit]:
    """Group words (security forces, rioters, protesters, civilians...) in *tokens*."""
    return _group_patterns(lang).find(tokens)


def find_counts(text: str, lang: str | None, start: int = 0, end: int | None = None) -> list[Count]:
    """Counts of people in ``text[start:end]`` (one sentence).

    Parameters
    ----------
    text : str
        Document text.
    lang : str or None
        Language of the lexicons (German when unknown).
    start, end : int
        The sentence's offsets.

    Returns
    -------
    list of Count
        In text order; the upper figure of a range is dropped.

    Examples
    --------
    >>> text = "26 'Kriminelle' wurden getötet und 18 Tote unter den Einsatzkräften gemeldet."
    >>> [(c.value, c.category, c.group) for c in find_counts(text, "de")]
    [(26, 'fatalities', 'rioters'), (18, 'fatalities', 'security forces')]
    >>> [(c.value, c.category) for c in find_counts("Dozens of protesters were detained.", "en")]
    [(12, 'arrests')]
    """
    code: str = lang if lang is not None and lang in _numbers()["words"] else "de"
    tokens = tokenize(text, start, end)
    if not tokens:
        return []
    figures = _figures(text, tokens, code)
    cat_hits = _category_patterns(code).find(tokens)
    cats_at = {h.start: h for h in cat_hits}
    ranks = {name: spec.get("rank", 1) for name, spec in _numbers()["categories"].items()}
    groups = group_hits(tokens, code)
    units = {h.start for h in _unit_patterns().find(tokens)}
    quals = {h.end: h for h in _qualifier_patterns().find(tokens)}
    range_words = {fold(w) for w in _numbers()["units"]["range"]}
    figure_starts = {f.first for f in figures}
    months = month_numbers()
    counts: list[Count] = []
    skip_next = False
    for n, fig in enumerate(figures):
        if skip_next:
            skip_next = False
            continue
        after = fig.last + 1
        if after in units or (after < len(tokens) and tokens[after].folded in months):
            continue
        if fig.first > 0 and tokens[fig.first - 1].folded in months:
            continue
        if _is_year(text, fig):
            continue
        nxt = figures[n + 1] if n + 1 < len(figures) else None
        if nxt is not None and _is_range(text, tokens, fig, nxt, range_words):
            skip_next = True
        value = fig.value
        if _and_others(tokens, fig):
            value += 1  # "detained the leader and two others": three people
            if _forward(fig, tokens, cats_at, ranks, figure_starts) is None:
                fig = _Figure(fig.value, fig.first, fig.last, fig.start, fig.end, fig.article, 9)
        hit = _forward(fig, tokens, cats_at, ranks, figure_starts, code == "de")
        if not fig.article and (hit is None or ranks[hit.label] > 1):
            back = _backward(fig, tokens, cat_hits)
            if back is not None and (hit is None or ranks[back.label] < ranks[hit.label]):
                hit = back
        if hit is None:
            continue
        if fig.article and hit.start > fig.last + 3:
            continue
        qualifier = quals.get(fig.first)
        group = _group_for(fig, hit, groups, tokens)
        spec = load_data("events")["groups"].get(group.label) if group else None
        counts.append(
            Count(
                category=hit.label,
                value=value,
                start=fig.start,
                end=fig.end,
                qualifier=qualifier.label if qualifier else None,
                group=spec["label"] if spec else None,
                role=spec["role"] if spec else None,
            )
        )
    return counts


def _is_year(text: str, fig: _Figure) -> bool:
    raw = text[fig.start : fig.end]
    return raw.isdigit() and len(raw) == 4 and 1900 <= fig.value <= 2100


def _is_range(
    text: str, tokens: Sequence[Token], fig: _Figure, nxt: _Figure, range_words: set[str]
) -> bool:
    between = text[fig.end : nxt.start].strip()
    if between in {"-", "–", "—"}:
        return True
    if nxt.first != fig.last + 2:
        return False
    word = tokens[fig.last + 1].folded
    if word in range_words:
        return True
    return word in _AND and fig.first > 0 and tokens[fig.first - 1].folded in _BETWEEN


def _forward(
    fig: _Figure,
    tokens: Sequence[Token],
    cats_at: dict[int, Hit],
    ranks: dict[str, int],
    figure_starts: set[int],
    verb_final: bool = False,
) -> Hit | None:
    found: Hit | None = None
    stop = min(len(tokens), fig.last + 1 + _WINDOW)
    k = fig.last + 1
    while k < stop:
        tok = tokens[k]
        if tok.text in _CLAUSE_END:
            break
        if tok.text == "," and not (k + 1 < len(tokens) and tokens[k + 1].folded.isdigit()):
            break
        if found is not None and k in figure_starts:
            break
        hit = cats_at.get(k)
        if hit is not None:
            if ranks[hit.label] == 1:
                return hit
            if found is None:
                found = hit
                # a verb may still follow the noun: German puts it at the end
                # ("100 Menschen wurden in der Stadt wegen Plünderungen festgenommen")
                stop = min(stop, k + (9 if verb_final else 5))
            k = hit.end
            continue
        k += 1
    return found


def _and_others(tokens: Sequence[Token], fig: _Figure) -> bool:
    after = tokens[fig.last + 1].folded if fig.last + 1 < len(tokens) else ""
    before = tokens[fig.first - 1].folded if fig.first > 0 else ""
    return after in _OTHERS and before in _AND | {"sowie"}


def _backward(fig: _Figure, tokens: Sequence[Token], cat_hits: Sequence[Hit]) -> Hit | None:
    best: Hit | None = None
    for hit in cat_hits:
        if hit.end <= fig.first and fig.first - hit.end <= fig.reach:
            between = tokens[hit.end : fig.first]
            if any(t.text in _CLAUSE_END or t.text == "," for t in between):
                continue
            best = hit
    return best


def _group_for(
    fig: _Figure, hit: Hit, groups: Sequence[Hit], tokens: Sequence[Token]
) -> Hit | None:
    lo = fig.last + 1
    hi = max(hit.end, lo) + 4 if hit.start > fig.last else lo + 3
    if hit.label == "troops":
        after = [g for g in groups if hit.end <= g.start < hit.end + 3]
        if after:
            return after[0]
    for group in groups:
        if lo <= group.start < hi:
            if any(t.text in _CLAUSE_END or t.text == "," for t in tokens[lo : group.start]):
                break  # "..., teilte die Polizei mit": the speaker, not the people counted
            return group
    # "unter den Einsatzkräften gab es 18 Tote", "among them 18 police officers"
    for group in reversed(groups):
        if fig.first - 6 <= group.start and group.end <= fig.first:
            between = tokens[group.end : fig.first]
            before = tokens[max(0, group.start - 2) : group.start]
            if any(t.text in _CLAUSE_END or t.text == "," for t in between):
                continue
            if any(t.folded in _PARTITIVE for t in before):
                return group
    return None
