"""When an event happened: dates in a sentence, resolved against the report date.

Explicit dates ("am 5. Januar", "January 6, 2022", "6 января", "2022-01-06"),
weekdays ("am Freitag", "on Thursday", "в пятницу", "in der Nacht zum
Donnerstag": the most recent such day on or before the report date) and
relative days ("gestern", "yesterday", "вчера"; words in
``incidents/data/dates.toml``). Weekday and month names come from babel.

A weekday or a relative day needs a report date of day precision: with only
the month known it cannot be placed, and the caller keeps month precision.

Examples
--------
>>> import datetime as dt
>>> text = "Am Freitag kam es zu Protesten."
>>> find_date(text, "de", published=dt.date(2022, 1, 10), date_precision=1)
DateHit(day=datetime.date(2022, 1, 7), precision=1, start=3, end=10)
>>> find_date("On January 6 troops arrived.", "en", published=dt.date(2022, 1, 10)).day
datetime.date(2022, 1, 6)
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from geo.normalize import fold
from incidents._calendar import month_numbers
from incidents._lexicon import PatternSet, load_data
from incidents._sentences import Token, tokenize

__all__ = ["DateHit", "dateline", "find_date", "find_dates", "month_start"]

_LANGS = ("de", "en", "ru", "fr", "es")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DATELINE = re.compile(r"\s*[^\n()]{1,60}?\(([^)\n]{1,40})\)\s*[-–—:]")
_DATELINE_DATE = re.compile(
    r"\s*[^\n()]{1,40}?,\s*[^\n]{0,30}?\d{4}(?:\s*[-–—:]\s|[^\n\d]{0,12}\n)"
)  # "Taldykorgan, 5. Januar 2022 -", "Нур-Султан, 10 января 2022 года."
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in a sentence.

    Parameters
    ----------
    day : datetime.date
        The day, or the Monday of the week for week precision.
    precision : int
        ACLED time_precision: 1 day, 2 week, 3 month.
    start, end : int
        Offsets of the date expression in the text.
    """

    day: dt.date
    precision: int
    start: int
    end: int


def dateline(text: str) -> tuple[int, DateHit | None]:
    """The end of a dateline ("ALMATY, Jan 7, 2022 (Reuters) -") and its date.

    Returns
    -------
    (int, DateHit or None)
        ``(0, None)`` when the text opens without a dateline; the date only
        when the dateline gives a day with its year.

    Examples
    --------
    >>> end, hit = dateline("ALMATY, Jan 7, 2022 (Example Wire) - Protesters gathered.")
    >>> end, hit.day
    (36, datetime.date(2022, 1, 7))
    >>> dateline("Almaty (dpa) - Protesters gathered.")
    (14, None)
    """
    starts = [0]
    first_line = text.split("\n", 1)[0].strip()
    if "\n" in text and len(first_line) < 120 and not first_line.endswith((".", "!", "?")):
        starts.append(text.index("\n") + 1)  # after a headline
    for start in starts:
        match = _DATELINE.match(text, start) or _DATELINE_DATE.match(text, start)
        if match is None:
            continue
        hits = _explicit(text, start, match.end(), None)
        if match.re is _DATELINE_DATE and not hits:
            continue
        return match.end(), (hits[0] if hits else None)
    return 0, None


def month_start(day: dt.date) -> dt.date:
    """The first day of *day*'s month.

    Examples
    --------
    >>> month_start(dt.date(2022, 1, 7))
    datetime.date(2022, 1, 1)
    """
    return day.replace(day=1)


@functools.cache
def _months() -> dict[str, int]:
    names = {k: v for k, v in month_numbers().items() if len(k) >= 3}
    names.pop("mar", None)  # also a word; "März"/"March" are listed in full
    names["marz"] = 3
    names["maerz"] = 3
    return names


@functools.cache
def _weekdays() -> dict[str, int]:
    from babel.dates import get_day_names

    names: dict[str, int] = {}
    for lang in _LANGS:
        for context in ("format", "stand-alone"):
            for number, name in get_day_names("wide", context, lang).items():
                key = fold(name)
                names[key] = number
                if lang == "ru":
                    names.update(dict.fromkeys(_ru_cases(key), number))
    # German adverbs and the weekday in the genitive/dative ("Freitagabend", "freitags")
    return names


def _ru_cases(name: str) -> tuple[str, ...]:
    """Accusative and genitive of a Russian weekday: "пятницу", "пятницы", "четверга"."""
    if name.endswith("а"):
        return (name[:-1] + "у", name[:-1] + "ы")
    if name.endswith("е"):
        return (name[:-1] + "я",)
    return (name + "а",)


@functools.cache
def _relative(kind: str) -> tuple[PatternSet, dict[str, int]]:
    table = load_data("dates")[kind]
    if kind == "night_before":
        table = {"night_before": {"offset": -1, **table}}
    patterns: dict[str, list[str]] = {}
    offsets: dict[str, int] = {}
    for name, spec in table.items():
        offsets[name] = int(spec["offset"])
        patterns[name] = [p for lang in _LANGS for p in spec.get(lang, [])]
    return PatternSet(patterns), offsets


def find_date(
    text: str,
    lang: str | None,
    *,
    start: int = 0,
    end: int | None = None,
    published: dt.date | None = None,
    date_precision: int | None = 1,
) -> DateHit | None:
    """The first date expression in ``text[start:end]``, resolved, or None.

    Parameters
    ----------
    text : str
        Document text.
    lang : str or None
        Language (month and weekday names of every supported language are
        recognised whatever it is).
    start, end : int
        The sentence's offsets.
    published : datetime.date, optional
        Report date: the anchor of relative dates and the year of dates
        that give none.
    date_precision : int or None
        Precision of *published*: relative dates need 1 (day).

    Returns
    -------
    DateHit or None
        None when the sentence has no date that can be resolved.

    Examples
    --------
    >>> import datetime as dt
    >>> find_date("Вчера в Алматы", "ru", published=dt.date(2022, 1, 6)).day
    datetime.date(2022, 1, 5)
    >>> find_date("am Donnerstag", "de", published=dt.date(2022, 1, 1), date_precision=3) is None
    True
    """
    found = find_dates(
        text, lang, start=start, end=end, published=published, date_precision=date_precision
    )
    return found[0] if found else None


def find_dates(
    text: str,
    lang: str | None,
    *,
    start: int = 0,
    end: int | None = None,
    published: dt.date | None = None,
    date_precision: int | None = 1,
) -> list[DateHit]:
    """Every resolvable date expression in ``text[start:end]``, in text order.

    Parameters are those of :func:`find_date`.

    Examples
    --------
    >>> import datetime as dt
    >>> hits = find_dates("Am Mittwoch besetzt, am Donnerstag befreit.", "de",
    ...                   published=dt.date(2022, 1, 7))
    >>> [h.day.day for h in hits]
    [5, 6]
    """
    stop = len(text) if end is None else end
    hits = _explicit(text, start, stop, published)
    taken = [(h.start, h.end) for h in hits]
    tokens = tokenize(text, start, stop)
    relative: list[DateHit] = []
    if published is not None and date_precision == 1:
        relative = _relative_days(tokens, published)
    if published is not None and date_precision in (1, 2, 3):
        relative += _relative_months(tokens, published)
    for hit in sorted(relative, key=lambda h: h.start - h.end):  # longest first
        if not any(s < hit.end and hit.start < e for s, e in taken):
            hits.append(hit)
            taken.append((hit.start, hit.end))
    return sorted(hits, key=lambda h: h.start)


def _explicit(text: str, start: int, stop: int, published: dt.date | None) -> list[DateHit]:
    hits: list[DateHit] = []
    for regex, order in ((_ISO, (0, 1, 2)), (_DOTTED, (2, 1, 0))):
        for match in regex.finditer(text, start, stop):
            parts = [int(g) for g in match.groups()]
            try:
                found = dt.date(parts[order[0]], parts[order[1]], parts[order[2]])
                hits.append(DateHit(found, 1, match.start(), match.end()))
            except ValueError:
                continue
    tokens = tokenize(text, start, stop)
    months = _months()
    for n, tok in enumerate(tokens):
        month = months.get(tok.folded)
        if month is None:
            continue
        day_tok = _day_number(tokens, n)
        if day_tok is None:
            if n + 1 < len(tokens) and _is_year(tokens[n + 1]):  # "im Dezember 2011"
                first_day = dt.date(int(tokens[n + 1].text), month, 1)
                hits.append(DateHit(first_day, 3, tok.start, tokens[n + 1].end))
            continue
        first, last = (day_tok, n) if day_tok < n else (n, day_tok)
        year_tok = None
        for k in (last + 1, last + 2):
            if k < len(tokens) and _is_year(tokens[k]):
                if k == last + 1 or tokens[last + 1].text == ",":
                    year_tok = k
                break
        year_of: int | None
        if year_tok is not None:
            year_of = int(tokens[year_tok].text)
            last = year_tok
        else:
            year_of = _infer_year(month, published)
        if year_of is None:
            continue
        try:
            when = dt.date(year_of, month, int(tokens[day_tok].text))
        except ValueError:
            continue
        if not any(h.start <= tokens[first].start < h.end for h in hits):
            hits.append(DateHit(when, 1, tokens[first].start, tokens[last].end))
    return hits


def _day_number(tokens: Sequence[Token], month_at: int) -> int | None:
    for k in (month_at - 1, month_at + 1):
        if (
            0 <= k < len(tokens)
            and tokens[k].text.isdigit()
            and len(tokens[k].text) <= 2
            and 1 <= int(tokens[k].text) <= 31
        ):
            return k
    return None


def _is_year(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) == 4 and 1900 <= int(token.text) <= 2100


def _infer_year(month: int, published: dt.date | None) -> int | None:
    if published is None:
        return None
    # A month later than the report's is last year's ("am 28. Dezember" in a January report).
    return published.year - 1 if month > published.month + 1 else published.year


def _relative_days(tokens: Sequence[Token], published: dt.date) -> list[DateHit]:
    weekdays = _weekdays()
    day_patterns, day_offsets = _relative("days")
    hits = day_patterns.find(tokens)
    candidates: list[tuple[int, DateHit]] = []
    for hit in hits:
        day = published + dt.timedelta(days=day_offsets[hit.label])
        candidates.append(
            (hit.start, DateHit(day, 1, tokens[hit.start].start, tokens[hit.end - 1].end))
        )
    night_patterns, _ = _relative("night_before")
    nights = {hit.end for hit in night_patterns.find(tokens)}
    for n, tok in enumerate(tokens):
        weekday = weekdays.get(tok.folded)
        if weekday is None:
            weekday = _weekday_compound(tok.folded, weekdays)
        if weekday is not None:
            back = (published.weekday() - weekday) % 7
            if n in nights:  # "in der Nacht zum Freitag": the Thursday
                back += 1
            day = published - dt.timedelta(days=back)
            start = tokens[n - 2].start if n in nights else tok.start
            candidates.append((n, DateHit(day, 1, start, tok.end)))
    week_patterns, week_offsets = _relative("weeks")
    for hit in week_patterns.find(tokens):
        monday = published - dt.timedelta(days=published.weekday())
        monday += dt.timedelta(weeks=week_offsets[hit.label])
        candidates.append(
            (hit.start, DateHit(monday, 2, tokens[hit.start].start, tokens[hit.end - 1].end))
        )
    return [hit for _n, hit in sorted(candidates, key=lambda c: c[0])]


def _relative_months(tokens: Sequence[Token], published: dt.date) -> list[DateHit]:
    patterns, offsets = _relative("months")
    hits = []
    for hit in patterns.find(tokens):
        first = month_start(published)
        for _ in range(-offsets[hit.label]):
            first = month_start(first - dt.timedelta(days=1))
        hits.append(DateHit(first, 3, tokens[hit.start].start, tokens[hit.end - 1].end))
    return hits


def _weekday_compound(word: str, weekdays: dict[str, int]) -> int | None:
    """German compounds: "Freitagabend", "Donnerstagnacht", "freitags"."""
    for suffix in ("abend", "nacht", "morgen", "mittag", "nachmittag", "vormittag", "s"):
        if word.endswith(suffix) and word[: -len(suffix)] in weekdays:
            return weekdays[word[: -len(suffix)]]
    return None
