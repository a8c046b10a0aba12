"""CSV, TSV and Excel tables of incidents that already name their place.

Header names are matched case- and accent-insensitively, in English,
German or Russian (``location``/``place``/``ort``/``standort``,
``country``/``land``, ``date``/``datum``, ``description``/``beschreibung``/
``notes``, ``source``/``quelle``, ``url``/``link``, ``lat``/``latitude``/
``breite``, ``lon``/``lng``/``longitude``/``länge``, ``event_type``,
``sub_event_type``, ``fatalities``). Every row becomes an
:class:`~incidents.types.IncidentRow` with id ``<file id>#<n>`` (n counts
data rows from 1); a bad row is one :class:`~geo.errors.DocumentError` and
the other rows still go through.

Examples
--------
>>> data = "Ort;Datum;Tote\\nAlmaty;07.01.2022;18\\n;2022-01;\\n".encode()
>>> good, bad = read_table_rows(data, doc_id="t.csv", path="t.csv")
>>> good.location, good.event_date, good.date_precision, good.fatalities
('Almaty', datetime.date(2022, 1, 7), 1, 18)
>>> str(bad)
't.csv: row 2 has no location'
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from geo.errors import DocumentError
from geo.normalize import fold
from incidents._partial_dates import parse_written_date
from incidents._text import decode_bytes
from incidents.types import IncidentRow

__all__ = ["COLUMN_ALIASES", "match_columns", "read_table_rows"]

#: IncidentRow field -> header names that mean it (compared folded).
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "location": ("location", "place", "ort", "standort", "ortsname", "место", "населенный пункт"),
    "country": ("country", "land", "staat", "страна"),
    "event_date": ("date", "event_date", "datum", "дата"),
    "description": ("description", "beschreibung", "notes", "note", "notizen", "text", "описание"),
    "source": ("source", "quelle", "источник"),
    "url": ("url", "link", "links", "ссылка"),
    "latitude": ("lat", "latitude", "breite", "breitengrad", "широта"),
    "longitude": ("lon", "lng", "long", "longitude", "länge", "laenge", "längengrad", "долгота"),
    "event_type": ("event_type", "ereignistyp", "typ", "type"),
    "sub_event_type": ("sub_event_type", "untertyp", "subtype"),
    "fatalities": ("fatalities", "deaths", "killed", "tote", "todesopfer", "погибшие"),
}
_LOOKUP = {fold(alias): field for field, aliases in COLUMN_ALIASES.items() for alias in aliases}


def match_columns(header: Sequence[Any]) -> dict[str, int]:
    """IncidentRow field -> column index, for the header cells that name one.

    Examples
    --------
    >>> match_columns(["Standort", "LAT", "Länge", "Sonstiges"])
    {'location': 0, 'latitude': 1, 'longitude': 2}
    """
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        field = _LOOKUP.get(fold(str(cell))) if cell is not None else None
        if field is not None and field not in columns:
            columns[field] = index
    return columns


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    text = str(value).strip()
    return text or None


def _date(value: Any) -> tuple[dt.date, int] | None:
    if isinstance(value, dt.datetime):
        return value.date(), 1
    if isinstance(value, dt.date):
        return value, 1
    text = _text(value)
    if text is None:
        return None
    parsed = parse_written_date(text)
    if parsed is None:
        raise ValueError(f"date {text!r} is not a date")
    return parsed


def _float(value: Any, name: str, limit: float) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        text = _text(value)
        if text is None:
            return None
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise ValueError(f"{name} {text!r} is not a number") from None
    if math.isnan(number):
        return None
    if not -limit <= number <= limit:
        raise ValueError(f"{name} {number} is outside -{limit:g}..{limit:g}")
    return number


def _count(value: Any) -> int | None:
    number = _float(value, "fatalities", math.inf)
    if number is None:
        return None
    if number < 0 or number != int(number):
        raise ValueError(f"fatalities {value!r} is not a count")
    return int(number)


def _row(cells: Sequence[Any], columns: dict[str, int], row_id: str, path: str) -> IncidentRow:
    def cell(field: str) -> Any:
        index = columns.get(field)
        return cells[index] if index is not None and index < len(cells) else None

    location = _text(cell("location"))
    if location is None:
        raise ValueError("has no location")
    date = _date(cell("event_date"))
    latitude = _float(cell("latitude"), "latitude", 90)
    longitude = _float(cell("longitude"), "longitude", 180)
    if (latitude is None) != (longitude is None):
        raise ValueError("has only one of latitude and longitude")
    return IncidentRow(
        row_id=row_id,
        location=location,
        country=_text(cell("country")),
        event_date=date[0] if date else None,
        date_precision=date[1] if date else None,
        event_type=_text(cell("event_type")),
        sub_event_type=_text(cell("sub_event_type")),
        description=_text(cell("description")),
        source=_text(cell("source")),
        url=_text(cell("url")),
        latitude=latitude,
        longitude=longitude,
        fatalities=_count(cell("fatalities")),
        path=path,
    )


def _rows(
    rows: Iterable[Sequence[Any]], *, doc_id: str, path: str
) -> Iterator[IncidentRow | DocumentError]:
    iterator = iter(rows)
    header: Sequence[Any] | None = None
    for header in iterator:
        if any(_text(cell) for cell in header):
            break
    else:
        yield DocumentError(path, "table has no header row")
        return
    columns = match_columns(header)
    if "location" not in columns:
        found = ", ".join(repr(str(c)) for c in header if _text(c)) or "none"
        yield DocumentError(
            path,
            f"no location column (named location, place, ort or standort); found columns: {found}",
        )
        return
    number = 0
    for cells in iterator:
        if not any(_text(cell) for cell in cells):
            continue
        number += 1
        try:
            yield _row(cells, columns, f"{doc_id}#{number}", path)
        except ValueError as exc:
            yield DocumentError(path, f"row {number} {exc}")
    if number == 0:
        yield DocumentError(path, "table has a header but no rows")


def _csv_rows(text: str, delimiter: str | None) -> Iterator[list[str]]:
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        yield from reader
    except csv.Error as exc:
        raise ValueError(f"malformed CSV at line {reader.line_num}: {exc}") from exc


def read_table_rows(
    data: bytes, *, doc_id: str, path: str, kind: str = "csv"
) -> Iterator[IncidentRow | DocumentError]:
    """Reader for incident tables: *kind* is ``"csv"``, ``"tsv"`` or ``"xlsx"``."""
    if kind == "xlsx":
        import openpyxl

        try:
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises zipfile, KeyError, ValueError...
            yield DocumentError(path, f"not a readable Excel workbook: {exc}")
            return
        try:
            sheet = book.worksheets[0]
            yield from _rows(sheet.iter_rows(values_only=True), doc_id=doc_id, path=path)
        finally:
            book.close()
        return
    try:
        text = decode_bytes(data, path)
    except DocumentError as exc:
        yield exc
        return
    try:
        rows = _csv_rows(text, "\t" if kind == "tsv" else None)
        yield from _rows(rows, doc_id=doc_id, path=path)
    except ValueError as exc:
        yield DocumentError(path, str(exc))
