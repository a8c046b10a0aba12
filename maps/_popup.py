"""The words of a popup and a tooltip, computed once in Python.

The page receives these finished strings (as data, escaped) and only lays
them out, so the wording is tested here rather than in JavaScript.

Examples
--------
>>> import pandas as pd
>>> date_words(pd.Timestamp("2022-01-07"), 1), date_words(pd.Timestamp("2022-01-01"), 3)
('7 Jan 2022', 'January 2022')
>>> precision_words("within city", "Republic Square, Almaty", "Kazakhstan")
'within Almaty'
>>> counts_words(fatalities=8, injured=None, arrests=40, victims="security forces")
'8 killed (security forces), 40 arrested'
"""

from __future__ import annotations

import datetime as dt

__all__ = ["counts_words", "date_words", "precision_words", "summary_words", "utf16_offset"]

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def date_words(date: dt.date | None, time_precision: int | None) -> str:
    """A date as its precision allows: "7 Jan 2022", "week of 3 Jan 2022", "January 2022".

    Parameters
    ----------
    date : datetime.date or pandas.Timestamp or None
        The day (the first day of the month for month precision).
    time_precision : int or None
        ACLED time precision: 1 day, 2 week, 3 month; None means day.

    Examples
    --------
    >>> date_words(dt.date(2022, 1, 3), 2), date_words(None, None)
    ('week of 3 Jan 2022', 'date unknown')
    """
    if date is None or date != date:  # None or NaT
        return "date unknown"
    day = f"{date.day} {_MONTHS[date.month - 1][:3]} {date.year}"
    if time_precision == 3:
        return f"{_MONTHS[date.month - 1]} {date.year}"
    if time_precision == 2:
        return f"week of {day}"
    return day


def precision_words(precision: str, location: str, country: str = "") -> str:
    """How exactly the point locates the incident, in words.

    Examples
    --------
    >>> precision_words("exact", "Almaty International Airport")
    'exact'
    >>> precision_words("country", "Kazakhstan", "Kazakhstan")
    'country-level (whole of Kazakhstan)'
    >>> precision_words("region", "Almaty Region")
    'region-wide'
    """
    if precision == "within city":
        city = location.rsplit(",", 1)[-1].strip()
        return f"within {city}" if city else "within the city"
    if precision == "city":
        return "city-wide"
    if precision == "region":
        return "region-wide"
    if precision == "country":
        return f"country-level (whole of {country or location or 'the country'})"
    if precision == "area":
        return f"somewhere in {location or 'a wide area'}"
    return "exact"


def _count(value: int | None, words: str) -> str | None:
    if value is None:
        return None
    return f"{value:,} {words}"


def counts_words(
    *,
    fatalities: int | None = 0,
    injured: int | None = None,
    arrests: int | None = None,
    participants: int | None = None,
    troops: int | None = None,
    victims: str = "",
) -> str:
    """The reported counts in one line; "no casualties reported" when there are none.

    Examples
    --------
    >>> counts_words(fatalities=0)
    'no casualties reported'
    >>> counts_words(fatalities=0, participants=5000)
    '5,000 took part'
    """
    parts = []
    if fatalities:
        killed = f"{fatalities:,} killed"
        parts.append(f"{killed} ({victims})" if victims else killed)
    for value, words in (
        (injured, "injured"),
        (arrests, "arrested"),
        (participants, "took part"),
        (troops, "troops"),
    ):
        text = _count(value, words)
        if text:
            parts.append(text)
    return ", ".join(parts) if parts else "no casualties reported"


def summary_words(event_type: str, location: str, when: str, fatalities: int | None) -> str:
    """The one-line tooltip: type, place, date, deaths.

    Examples
    --------
    >>> summary_words("Riots", "Almaty", "5 Jan 2022", 8)
    'Riots · Almaty · 5 Jan 2022 · 8 killed'
    """
    parts = [event_type or "Incident", location or "unnamed place", when]
    if fatalities:
        parts.append(f"{fatalities:,} killed")
    return " · ".join(parts)


def utf16_offset(text: str, offset: int) -> int:
    """Turn a Python (code point) offset into a JavaScript (UTF-16) one.

    Examples
    --------
    >>> utf16_offset("📍 Almaty", 2), utf16_offset("Almaty", 2)
    (3, 2)
    """
    if text.isascii():
        return offset
    return len(text[:offset].encode("utf-16-le")) // 2
