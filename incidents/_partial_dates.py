"""Partial dates as reports and tables write them: a day, a month or a year.

A partial date becomes the first day of its period plus an ACLED-style
precision code: 1 day, 3 month, 4 year (4 is ours: ACLED has no year code).

Examples
--------
>>> parse_partial_date("2022-01")
(datetime.date(2022, 1, 1), 3)
>>> parse_partial_date("07.01.2022")
(datetime.date(2022, 1, 7), 1)
>>> parse_partial_date("2022-01-07T10:30:00+06:00")
(datetime.date(2022, 1, 7), 1)
>>> parse_partial_date("soon") is None
True
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from incidents._calendar import month_numbers

__all__ = ["DAY", "MONTH", "YEAR", "parse_partial_date", "parse_written_date"]

DAY, MONTH, YEAR = 1, 3, 4
_PERIOD_PRECISION = {"day": DAY, "week": 2, "month": MONTH, "year": YEAR}
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")

_ISO = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d\d:?\d\d)?)?)?)?"
)
_DOTTED = re.compile(r"(?:(?P<d>\d{1,2})\.)?(?P<m>\d{1,2})\.(?P<y>\d{4})")
_SLASHED = re.compile(r"(?P<y>\d{4})/(?P<m>\d{1,2})(?:/(?P<d>\d{1,2}))?")


def parse_partial_date(value: str) -> tuple[dt.date, int] | None:
    """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (or an ISO timestamp), ``DD.MM.YYYY``, ``MM.YYYY``.

    Parameters
    ----------
    value : str
        The date as written.

    Returns
    -------
    tuple of (datetime.date, int) or None
        The first day of the period and its precision (1 day, 3 month,
        4 year); None when *value* is no date of these shapes or not a
        valid calendar date.
    """
    text = value.strip()
    for pattern in (_ISO, _DOTTED, _SLASHED):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        year = int(match["y"])
        month = int(match["m"]) if match["m"] else None
        day = int(match["d"]) if match["d"] else None
        try:
            if month is None:
                return dt.date(year, 1, 1), YEAR
            if day is None:
                return dt.date(year, month, 1), MONTH
            return dt.date(year, month, day), DAY
        except ValueError:
            return None
    return None


_NAMED = re.compile(
    r"(?:(?P<d>\d{1,2})\.?\s+(?:de\s+)?)?(?P<m>[^\W\d_]{3,12})\.?\s+(?:de\s+)?"
    r"(?:(?P<d2>\d{1,2}),?\s+)?(?P<y>\d{4})(?:\s*(?:года|г\.?))?"
)


def _named_date(value: str) -> tuple[dt.date, int] | None:
    from geo.normalize import fold

    match = _NAMED.fullmatch(value.strip())
    if match is None:
        return None
    month = month_numbers().get(fold(match["m"]).rstrip("."))
    if month is None:
        return None
    day = match["d"] or match["d2"]
    try:
        if day is None:
            return dt.date(int(match["y"]), month, 1), MONTH
        return dt.date(int(match["y"]), month, int(day)), DAY
    except ValueError:
        return None


@functools.cache
def _date_parser() -> Any:
    from dateparser.date import DateDataParser

    from geo.language import SUPPORTED_LANGUAGES

    return DateDataParser(
        languages=list(SUPPORTED_LANGUAGES), settings={"PREFER_DAY_OF_MONTH": "first"}
    )


def parse_written_date(value: str) -> tuple[dt.date, int] | None:
    """A date as people write it ("7. Januar 2022", "Jan 7, 2022", "6 января 2022 года").

    The shapes of :func:`parse_partial_date` first, then day, month name
    and year in the supported languages (CLDR month names), then
    dateparser for anything else. A four-digit year must be written: relative dates
    ("yesterday") would be read against today, which is never right for a
    report.

    Examples
    --------
    >>> parse_written_date("7. Januar 2022")
    (datetime.date(2022, 1, 7), 1)
    >>> parse_written_date("January 2022")
    (datetime.date(2022, 1, 1), 3)
    >>> parse_written_date("6 января 2022 года"), parse_written_date("Jan 7, 2022")
    ((datetime.date(2022, 1, 6), 1), (datetime.date(2022, 1, 7), 1))
    >>> parse_written_date("yesterday") is None
    True
    """
    parsed = parse_partial_date(value) or _named_date(value)
    if parsed is not None:
        return parsed
    if not _FOUR_DIGIT_YEAR.search(value):
        return None
    data = _date_parser().get_date_data(value.strip())
    if data.date_obj is None:
        return None
    return data.date_obj.date(), _PERIOD_PRECISION.get(data.period or "day", DAY)
