"""The incident table: one GeoDataFrame row per located incident.

The columns, their order and dtypes are a contract with ``maps/`` and are
documented in ``docs/schema.md``; :data:`COLUMNS` is the source of truth.
Coordinates are ``(lat, lon)`` inside the code and become ``Point(lon, lat)``
here, once. Incidents without a place are not rows.

Examples
--------
>>> import datetime as dt
>>> from geo.types import Kind, Place, Precision
>>> from incidents.types import Incident, Source
>>> almaty = Place(id="geonames:1526384", name="Almaty", kind=Kind.CITY,
...                lat=43.25249, lon=76.9115, country_code="KZ", admin1_name="Almaty")
>>> riot = Incident("Riots", "Looting/property destruction", almaty, "Almaty",
...                 Precision.CITY, event_date=dt.date(2022, 1, 7), time_precision=1,
...                 arrests=100, sources=(Source("kz.txt", "100 wurden verhaftet.", 0, 21,
...                                              outlet="dpa", agency="TASS"),))
>>> frame = incidents_to_frame([riot])
>>> frame.loc[0, ["location", "country", "precision", "agency"]].tolist()
['Almaty', 'Kazakhstan', 'city', 'TASS']
>>> int(frame.loc[0, "arrests"]), int(frame.loc[0, "fatalities"]), str(frame["injured"].dtype)
(100, 0, 'Int64')
>>> frame.geometry.iloc[0].coords[0]
(76.9115, 43.25249)
>>> list(empty_frame().columns) == list(COLUMNS)
True
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from incidents.types import Incident, Source

if TYPE_CHECKING:
    import geopandas

__all__ = [
    "COLUMNS",
    "CRS",
    "conform",
    "country_name",
    "empty_frame",
    "event_id",
    "incident_record",
    "incidents_to_frame",
]

#: Coordinate reference system of the table.
CRS = "EPSG:4326"

#: Column -> pandas dtype, in table order (``geometry`` last).
COLUMNS: dict[str, str] = {
    "event_id": "str",
    "event_date": "datetime64[ns]",
    "time_precision": "Int64",
    "event_type": "str",
    "sub_event_type": "str",
    "actor1": "str",
    "country": "str",
    "country_code": "str",
    "admin1": "str",
    "location": "str",
    "latitude": "float64",
    "longitude": "float64",
    "geo_precision": "Int64",
    "precision": "str",
    "fatalities": "int64",
    "injured": "Int64",
    "arrests": "Int64",
    "participants": "Int64",
    "troops": "Int64",
    "victims": "str",
    "source": "str",
    "agency": "str",
    "notes": "str",
    "quote": "str",
    "quote_place_start": "Int64",
    "quote_place_end": "Int64",
    "doc_id": "str",
    "url": "str",
    "confidence": "float64",
    "place_id": "str",
    "unresolved": "str",
    "n_sources": "int64",
    "sources": "str",
    "geometry": "geometry",
}
_JOIN = "; "


@functools.cache
def country_name(code: str | None) -> str:
    """English short name of an ISO 3166-1 alpha-2 code, as ACLED writes it.

    Uses CLDR (babel) names ("Russia", not pycountry's "Russian
    Federation"); "" for None or an unknown code.

    Examples
    --------
    >>> country_name("RU"), country_name("kz"), country_name(None)
    ('Russia', 'Kazakhstan', '')
    """
    if not code:
        return ""
    from babel import Locale

    return str(Locale("en").territories.get(code.upper(), ""))


def event_id(incident: Incident) -> str:
    """Stable id: hash of event type, sub-event type, place id, date and first document id.

    Examples
    --------
    >>> from geo.types import Precision
    >>> from incidents.types import Incident
    >>> protest = Incident("Protests", "Peaceful protest", None, "Almaty", Precision.CITY)
    >>> ident = event_id(protest)
    >>> ident.startswith("ev-"), len(ident), ident == event_id(protest)
    (True, 19, True)
    """
    first_doc = incident.sources[0].doc_id if incident.sources else ""
    key = "\x1f".join(
        [
            incident.event_type,
            incident.sub_event_type,
            incident.place.id if incident.place is not None else incident.location,
            incident.event_date.isoformat() if incident.event_date else "",
            first_doc,
        ]
    )
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _unique(values: Iterable[str | None]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value:
            seen.setdefault(value.strip(), None)
    return [value for value in seen if value]


def _quote_offsets(source: Source) -> tuple[int | None, int | None]:
    start, end = source.place_start, source.place_end
    if start is None or end is None or not source.start <= start < end <= source.end:
        return None, None
    return start - source.start, end - source.start


def _sources_json(sources: Sequence[Source]) -> str:
    return json.dumps(
        [
            {
                "doc_id": s.doc_id,
                "outlet": s.outlet,
                "agency": s.agency,
                "url": s.url,
                "quote": s.quote,
                "start": s.start,
                "end": s.end,
                "published": s.published.isoformat() if s.published else None,
            }
            for s in sources
        ],
        ensure_ascii=False,
    )


def incident_record(incident: Incident) -> dict[str, Any]:
    """One table row as a plain dict (no geometry), or raise if it has no place.

    Raises
    ------
    ValueError
        *incident* has no place: it cannot be a row.
    """
    place = incident.place
    if place is None:
        raise ValueError(f"incident at {incident.location!r} has no place")
    sources = incident.sources
    first = sources[0] if sources else None
    place_start, place_end = _quote_offsets(first) if first else (None, None)
    return {
        "event_id": event_id(incident),
        "event_date": incident.event_date,
        "time_precision": incident.time_precision,
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "actor1": _JOIN.join(_unique(incident.actors)),
        "country": country_name(place.country_code),
        "country_code": (place.country_code or "").upper(),
        "admin1": place.admin1_name or "",
        "location": incident.location,
        "latitude": float(place.lat),
        "longitude": float(place.lon),
        "geo_precision": incident.geo_precision,
        "precision": incident.precision.value,
        "fatalities": incident.fatalities or 0,
        "injured": incident.injured,
        "arrests": incident.arrests,
        "participants": incident.participants,
        "troops": incident.troops,
        "victims": incident.victims or "",
        "source": _JOIN.join(_unique(s.outlet for s in sources)),
        "agency": _JOIN.join(_unique(s.agency for s in sources)),
        "notes": incident.notes,
        "quote": first.quote if first else "",
        "quote_place_start": place_start,
        "quote_place_end": place_end,
        "doc_id": _JOIN.join(_unique(s.doc_id for s in sources)),
        "url": next((s.url for s in sources if s.url), ""),
        "confidence": float(incident.confidence),
        "place_id": place.id,
        "unresolved": incident.unresolved or "",
        "n_sources": len(sources),
        "sources": _sources_json(sources),
    }


def _as_dtype(column: Any, dtype: str, length: int) -> Any:
    import pandas as pd

    if column is None:
        column = pd.Series([None] * length, dtype="object")
    if dtype == "str":
        if str(column.dtype) == "str" and not column.isna().any():
            return column
        return column.astype("object").where(column.notna(), "").astype("str")
    if dtype.startswith("datetime64"):
        column = pd.to_datetime(column, errors="coerce")
        if getattr(column.dt, "tz", None) is not None:
            column = column.dt.tz_localize(None)
        return column.astype(dtype)
    numbers = pd.to_numeric(column, errors="coerce")
    if dtype == "int64":
        return numbers.fillna(0).astype("int64")
    return numbers.astype(dtype)


def conform(frame: Any) -> geopandas.GeoDataFrame:
    """Give a frame the table's columns, order, dtypes and CRS.

    Missing columns are added empty ("" for text, <NA>/NaT/0 otherwise);
    columns not in the contract are kept after ``sources``, before
    ``geometry``. Used by :func:`incidents_to_frame` and by readers of
    exported tables.

    Parameters
    ----------
    frame : pandas.DataFrame or geopandas.GeoDataFrame
        With a ``geometry`` column, or ``latitude`` and ``longitude``.
    """
    import geopandas
    import pandas as pd

    data: Any = pd.DataFrame(frame).reset_index(drop=True)
    if "geometry" not in data.columns or data["geometry"].isna().all():
        lon = pd.to_numeric(data.get("longitude", pd.Series(dtype="float64")), errors="coerce")
        lat = pd.to_numeric(data.get("latitude", pd.Series(dtype="float64")), errors="coerce")
        data["geometry"] = geopandas.points_from_xy(lon, lat)
    for name, dtype in COLUMNS.items():
        if name != "geometry":
            data[name] = _as_dtype(data[name] if name in data.columns else None, dtype, len(data))
    extra = [c for c in data.columns if c not in COLUMNS]
    ordered = [c for c in COLUMNS if c != "geometry"] + extra + ["geometry"]
    result = geopandas.GeoDataFrame(
        data[ordered].reset_index(drop=True), geometry="geometry", crs=CRS
    )
    if result.crs is not None and result.crs != CRS:
        result = result.to_crs(CRS)
    return result


def empty_frame() -> geopandas.GeoDataFrame:
    """The incident table with no rows: right columns, dtypes and CRS.

    Examples
    --------
    >>> frame = empty_frame()
    >>> len(frame), str(frame["event_date"].dtype), str(frame["arrests"].dtype), frame.crs.to_string()
    (0, 'datetime64[ns]', 'Int64', 'EPSG:4326')
    """
    import pandas as pd

    return conform(pd.DataFrame({name: [] for name in COLUMNS if name != "geometry"}))


def _records(incidents: Iterable[Incident]) -> Iterator[dict[str, Any]]:
    for incident in incidents:
        if incident.place is not None:
            yield incident_record(incident)


def incidents_to_frame(incidents: Iterable[Incident]) -> geopandas.GeoDataFrame:
    """The incident table of *incidents* (those without a place are left out).

    Parameters
    ----------
    incidents : iterable of Incident

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326, Point geometry, the columns of :data:`COLUMNS` in order;
        empty (with those columns and dtypes) for no incidents.
    """
    import pandas as pd

    records = list(_records(incidents))
    if not records:
        return empty_frame()
    return conform(pd.DataFrame.from_records(records, columns=list(COLUMNS)[:-1]))
