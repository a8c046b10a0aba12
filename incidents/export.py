"""Writing and reading incident tables; the format follows the file suffix.

========================== ==================================================
``.geojson``, ``.json``    GeoJSON (RFC 7946), ``event_date`` as ISO string
``.gpkg``                  GeoPackage, layer ``incidents`` (via pyogrio and Arrow)
``.parquet``,              GeoParquet (via pyarrow)
``.geoparquet``
``.csv``                   CSV (UTF-8), no geometry column: points are
                           rebuilt from ``latitude``/``longitude``
========================== ==================================================

Writes are atomic: the table goes to a temporary file in the target's
folder, then replaces the target in one step (``os.replace``), so a reader
never sees half a file and a failed write leaves the old file in place.
:func:`read_table` restores the dtypes of :data:`incidents.table.COLUMNS`
whatever the format kept.

Examples
--------
>>> import tempfile, pathlib
>>> from incidents.table import empty_frame
>>> target = pathlib.Path(tempfile.mkdtemp()) / "incidents.parquet"
>>> write_table(empty_frame(), target) == target
True
>>> list(read_table(target).columns) == list(empty_frame().columns)
True
>>> write_table(empty_frame(), "incidents.shp")
Traceback (most recent call last):
...
geo.errors.ExportError: incidents.shp: unknown table format '.shp'; use .geojson, .json, .gpkg, .parquet, .geoparquet, .csv
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.errors import DocumentError, ExportError
from incidents.table import COLUMNS, conform

if TYPE_CHECKING:
    import geopandas

__all__ = ["FORMATS", "LAYER", "read_table", "table_format", "write_table"]

#: Suffix -> format name.
FORMATS: dict[str, str] = {
    ".geojson": "geojson",
    ".json": "geojson",
    ".gpkg": "gpkg",
    ".parquet": "parquet",
    ".geoparquet": "parquet",
    ".csv": "csv",
}
#: Layer name inside a GeoPackage.
LAYER = "incidents"
_DATE_COLUMNS = [name for name, dtype in COLUMNS.items() if dtype.startswith("datetime64")]


def table_format(path: str | os.PathLike[str]) -> str:
    """The format name for *path*'s suffix.

    Raises
    ------
    ExportError
        Unknown suffix.

    Examples
    --------
    >>> table_format("out/incidents.GPKG")
    'gpkg'
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        raise ExportError(f"{path}: unknown table format {suffix or '(none)'!r}; use {known}")
    return FORMATS[suffix]


def _iso_dates(gdf: Any) -> Any:
    out = gdf.copy()
    for name in _DATE_COLUMNS:
        if name in out.columns:
            values = out[name]
            out[name] = values.dt.strftime("%Y-%m-%d").where(values.notna(), None).astype("object")
    return out


def _write(gdf: Any, path: Path, kind: str) -> None:
    if kind == "parquet":
        gdf.to_parquet(path, index=False)
    elif kind == "csv":
        frame = _iso_dates(gdf.drop(columns=gdf.geometry.name))
        frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    elif kind == "gpkg":
        gdf.to_file(path, driver="GPKG", layer=LAYER, engine="pyogrio", use_arrow=True)
    else:
        _iso_dates(gdf).to_file(
            path, driver="GeoJSON", engine="pyogrio", use_arrow=True, RFC7946="YES"
        )


def _cleanup(temporary: Path) -> None:
    for leftover in (temporary, *(Path(f"{temporary}{x}") for x in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            leftover.unlink()


def write_table(gdf: geopandas.GeoDataFrame, path: str | os.PathLike[str]) -> Path:
    """Write the incident table to *path*, in the format its suffix names, atomically.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        The incident table (any GeoDataFrame in EPSG:4326 works).
    path : path
        ``.geojson``/``.json``, ``.gpkg``, ``.parquet``/``.geoparquet`` or ``.csv``;
        missing folders are created.

    Returns
    -------
    Path
        *path*.

    Raises
    ------
    ExportError
        Unknown suffix, or the file could not be written (the message names it).
    """
    target = Path(path)
    kind = table_format(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{target}: cannot create folder: {exc.strerror or exc}") from exc
    temporary = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:8]}.tmp{target.suffix}")
    try:
        _write(gdf, temporary, kind)
        os.replace(temporary, target)
    except Exception as exc:
        _cleanup(temporary)
        raise ExportError(f"{target}: cannot write {kind} table: {exc}") from exc
    return target


def _read(path: Path, kind: str) -> Any:
    import geopandas
    import pandas as pd

    if kind == "parquet":
        return geopandas.read_parquet(path)
    if kind == "csv":
        text_columns = {name: "object" for name, dtype in COLUMNS.items() if dtype == "str"}
        return pd.read_csv(
            path, dtype=text_columns, keep_default_na=False, na_values=[""], encoding="utf-8"
        )
    if kind == "gpkg":
        return geopandas.read_file(path, layer=LAYER, engine="pyogrio", use_arrow=True)
    return _json_text(geopandas.read_file(path, engine="pyogrio", use_arrow=True))


def _json_text(frame: Any) -> Any:
    """GDAL hands JSON-looking text (the ``sources`` column) back parsed: serialise it again."""
    for name in frame.columns:
        column = frame[name]
        if column.dtype == object and name != frame.geometry.name:
            sample = column.dropna()
            if len(sample) and isinstance(sample.iloc[0], list | dict):
                frame[name] = [
                    json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                    for v in column
                ]
    return frame


def read_table(path: str | os.PathLike[str]) -> geopandas.GeoDataFrame:
    """Read an incident table written by :func:`write_table` (or a compatible file).

    Columns, order, dtypes and CRS are restored (:func:`incidents.table.conform`):
    text columns missing a value become "", counts <NA>, dates NaT. A CSV
    needs ``latitude`` and ``longitude``.

    Parameters
    ----------
    path : path
        ``.geojson``/``.json``, ``.gpkg``, ``.parquet``/``.geoparquet`` or ``.csv``.

    Returns
    -------
    geopandas.GeoDataFrame

    Raises
    ------
    DocumentError
        The file is missing, unreadable, or has no coordinates.
    """
    source = Path(path)
    try:
        kind = table_format(source)
    except ExportError as exc:
        raise DocumentError(str(source), f"unknown table format {source.suffix!r}") from exc
    if not source.is_file():
        raise DocumentError(str(source), "no such file")
    try:
        frame = _read(source, kind)
    except Exception as exc:  # pyogrio, pyarrow and pandas each raise their own errors
        raise DocumentError(str(source), f"cannot read {kind} table: {exc}") from exc
    has_geometry = "geometry" in getattr(frame, "columns", [])
    if not has_geometry and not {"latitude", "longitude"} <= set(frame.columns):
        raise DocumentError(str(source), "table has neither geometry nor latitude/longitude")
    return conform(frame)
