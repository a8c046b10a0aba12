"""Values of the incidents package: documents, sources and incidents.

Examples
--------
>>> import datetime as dt
>>> doc = Document(id="kz-1", text="In Almaty wurden 100 Personen festgenommen.",
...                source="dpa", published=dt.date(2022, 1, 7), date_precision=1)
>>> doc.published.isoformat(), doc.date_precision
('2022-01-07', 1)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from geo.types import Mention, Place, Precision

__all__ = [
    "GEO_PRECISION",
    "TIME_PRECISION",
    "Document",
    "Incident",
    "IncidentRow",
    "Source",
]

#: ACLED's geo_precision codes, plus 4 for a country-level location.
GEO_PRECISION: dict[Precision, int] = {
    Precision.EXACT: 1,
    Precision.WITHIN_CITY: 1,
    Precision.CITY: 1,
    Precision.REGION: 3,
    Precision.COUNTRY: 4,
    Precision.AREA: 4,  # never an incident's site (see incidents._locate); no finer than a country
}

#: ACLED's time_precision: 1 the day is known, 2 the week (or a range of days), 3 the month.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3}


@dataclass(frozen=True, slots=True)
class Document:
    """One report, as read from a file, feed entry, JSON line or text.

    Parameters
    ----------
    id : str
        Stable id: path-based for files (``reports/a.txt``, ``feed.xml#3``),
        content-hash based for bare strings.
    text : str
        The text that is geoparsed: ``caption + "\\n\\n" + body`` when there is a
        photo caption, else the body; every offset counts into this string.
    title : str or None
    source : str or None
        The outlet that published it ("dpa", "Reuters", a site name).
    agencies : tuple of str
        Agencies named in a photo credit or byline ("TASS", "dpa").
    url : str or None
    published : datetime.date or None
        Publication date, or the first day of the month/year when only that
        is known (see *date_precision*).
    date_precision : int or None
        ACLED time_precision of *published*: 1 day, 3 month (4 year); None
        when no date is known.
    lang : str or None
        ISO 639-1 code, given or detected.
    path : str or None
        File it came from.
    author : str or None
    caption : str or None
        Photo caption from a metadata first line; ``text`` starts with it.
    """

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    agencies: tuple[str, ...] = ()
    url: str | None = None
    published: dt.date | None = None
    date_precision: int | None = None
    lang: str | None = None
    path: str | None = None
    author: str | None = None
    caption: str | None = None


@dataclass(frozen=True, slots=True)
class IncidentRow:
    """A row of a CSV/Excel incident table that already names its place.

    Geocoded directly, without text extraction. Every field but *location*
    is optional.
    """

    row_id: str  # "<path>#<row number, 1-based, header excluded>"
    location: str
    country: str | None = None
    event_date: dt.date | None = None
    date_precision: int | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    description: str | None = None
    source: str | None = None
    url: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int | None = None
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Who said it, and where in which document.

    Parameters
    ----------
    doc_id : str
    outlet : str or None
        The document's publisher.
    agency : str or None
        Agency or official the sentence quotes ("TASS", "Interfax", "Polizei").
    url : str or None
    quote : str
        The sentence(s) the incident comes from, verbatim.
    start, end : int
        Offsets of *quote* in the document text.
    place_start, place_end : int or None
        Offsets of the place mention in the document text (for highlighting).
    published : datetime.date or None
    """

    doc_id: str
    quote: str
    start: int
    end: int
    outlet: str | None = None
    agency: str | None = None
    url: str | None = None
    place_start: int | None = None
    place_end: int | None = None
    published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Incident:
    """One event at one place on one day, with every source that reports it.

    Parameters
    ----------
    event_type, sub_event_type : str
        ACLED taxonomy ("Riots", "Looting/property destruction").
    place : Place or None
        Where it happened; for a part of a city the gazetteer lacks, the city.
    location : str
        The location as a coder writes it ("Almaty", "Republic Square, Almaty").
    precision : Precision
        How exactly *place* locates the event.
    event_date : datetime.date or None
        The day, or the first day of the month when only the month is known.
    time_precision : int or None
        ACLED: 1 day, 2 week, 3 month.
    fatalities, injured, arrests, participants, troops : int or None
        Counts as reported, ACLED's conservative reading (None: not reported).
    victims : str or None
        Whom the counts refer to ("security forces", "civilians").
    actors : tuple of str
        Actors named ("CSTO", "police", "protesters").
    confidence : float
        0..1: place confidence times how sure the event typing is.
    sources : tuple of Source
    mention : Mention or None
        The place mention the location comes from.
    unresolved : str or None
        Part of the location the gazetteer lacks ("Platz der Republik").
    """

    event_type: str
    sub_event_type: str
    place: Place | None
    location: str
    precision: Precision
    event_date: dt.date | None = None
    time_precision: int | None = None
    fatalities: int | None = None
    injured: int | None = None
    arrests: int | None = None
    participants: int | None = None
    troops: int | None = None
    victims: str | None = None
    actors: tuple[str, ...] = ()
    confidence: float = 0.0
    sources: tuple[Source, ...] = ()
    mention: Mention | None = field(default=None, compare=False)
    unresolved: str | None = None
    notes: str = ""

    @property
    def geo_precision(self) -> int:
        """ACLED geo_precision (1 town/part of town, 2 near, 3 region, 4 country)."""
        return GEO_PRECISION[self.precision]
