"""Turn the incident table into the compact data a map page draws from.

One columnar block per event type (numbers, and indexes into one shared
table of distinct strings), so 100,000 incidents with all their popup text
stay small and need no per-marker HTML. Pure: no I/O, no folium.

Missing optional columns get defaults, so a user's table with only
``location``, ``latitude`` and ``longitude`` (or ``lat``/``lon``, or a
geometry) maps too.

Examples
--------
>>> import pandas as pd
>>> table = pd.DataFrame({"location": ["Almaty", "Astana"], "lat": [43.25, 51.18],
...                       "lon": [76.91, 71.45]})
>>> data = incident_data(table)
>>> data["n"], [layer["name"] for layer in data["layers"]]
(2, ['Incidents'])
>>> [data["strings"][i] for i in data["layers"][0]["cols"]["loc"]]
['Almaty', 'Astana']
"""

from __future__ import annotations

import json
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from geo.errors import ConfigError
from maps._escape import safe_url
from maps._outlines import country_outline
from maps._popup import counts_words, date_words, precision_words, utf16_offset
from maps._style import EVENT_TYPES, PRECISIONS, UNCERTAINTY_METRES, marker_radius, type_style

__all__ = ["STRING_COLUMNS", "incident_data"]

#: Popup fields stored as indexes into ``strings`` (page name -> meaning).
STRING_COLUMNS = {
    "sub": "sub-event type",
    "loc": "location",
    "where": "precision in words",
    "when": "date in words",
    "counts": "counts in words",
    "quote": "quoted sentence",
    "source": "outlets",
    "agency": "agencies",
    "url": "first http(s) URL",
    "place": "gazetteer id",
    "unres": "unresolved part of the place",
    "notes": "summary",
    "doc": "document ids",
    "actor": "actors",
}

_GEO_PRECISION = {1: "city", 2: "city", 3: "region", 4: "country"}
_DEFAULT_TYPE = "Incidents"


class _Strings:
    """Distinct strings and their indexes; index 0 is the empty string."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {"": 0}

    def add(self, value: str) -> int:
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.index)
        return found

    def add_columns(self, columns: dict[str, list[str]]) -> dict[str, list[int]]:
        """Index many string columns at once (one hash pass in C, ``pandas.factorize``)."""
        names = list(columns)
        flat = np.empty(1 + sum(len(columns[k]) for k in names), dtype=object)
        flat[0] = ""
        offset = 1
        for k in names:
            flat[offset : offset + len(columns[k])] = columns[k]
            offset += len(columns[k])
        codes, uniques = pd.factorize(flat)
        remap = np.array([self.add(u) for u in uniques.tolist()], dtype=np.int64)
        coded = remap[codes]
        out: dict[str, list[int]] = {}
        offset = 1
        for k in names:
            out[k] = coded[offset : offset + len(columns[k])].tolist()
            offset += len(columns[k])
        return out

    def table(self) -> list[str]:
        return list(self.index)


def _text(df: pd.DataFrame, name: str, default: str = "") -> list[str]:
    if name not in df.columns:
        return [default] * len(df)
    col = df[name]
    values = col.to_numpy(dtype=object, na_value=default).tolist()
    if pd.api.types.is_string_dtype(col):  # strings (and missing values, now *default*)
        return values
    return [v if isinstance(v, str) else default if v is None or v != v else str(v) for v in values]


def _ints(df: pd.DataFrame, name: str, default: int | None = None) -> list[int | None]:
    if name not in df.columns:
        return [default] * len(df)
    col = pd.to_numeric(df[name], errors="coerce")
    values = col.to_numpy(dtype="float64", na_value=np.nan)
    missing = np.isnan(values)
    out: list[int | None] = np.where(missing, 0, values).astype(np.int64).tolist()
    for i in np.flatnonzero(missing).tolist():
        out[i] = default
    return out


def _coordinates(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    for lat_name, lon_name in (("latitude", "longitude"), ("lat", "lon"), ("lat", "lng")):
        if lat_name in df.columns and lon_name in df.columns:
            lat = pd.to_numeric(df[lat_name], errors="coerce").to_numpy(dtype="float64")
            lon = pd.to_numeric(df[lon_name], errors="coerce").to_numpy(dtype="float64")
            return lat, lon
    geometry = getattr(df, "geometry", None) if "geometry" in df.columns else None
    if geometry is not None and hasattr(geometry, "x"):
        return geometry.y.to_numpy(dtype="float64"), geometry.x.to_numpy(dtype="float64")
    raise ConfigError(
        "incident table needs coordinates: latitude/longitude (or lat/lon) columns or a "
        f"Point geometry; it has {list(df.columns)}"
    )


def _precisions(df: pd.DataFrame) -> list[str]:
    if "precision" in df.columns:
        return [p if p in PRECISIONS else "exact" for p in _text(df, "precision")]
    if "geo_precision" in df.columns:
        return [_GEO_PRECISION.get(g or 0, "exact") for g in _ints(df, "geo_precision")]
    return ["exact"] * len(df)


def _days(df: pd.DataFrame) -> list[int | None]:
    if "event_date" not in df.columns:
        return [None] * len(df)
    dates = pd.to_datetime(df["event_date"], errors="coerce")
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_localize(None)
    days = dates.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    nat = np.isnat(days)
    as_int = days.astype("int64")
    return [None if missing else int(d) for d, missing in zip(as_int, nat, strict=True)]


def _more_sources(raw: str, strings: _Strings) -> list[list[int]] | None:
    """``sources`` JSON with more than one entry -> [[outlet, agency, url, published], ...]."""
    if not raw or not raw.startswith("["):
        return None
    try:
        items = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(items, list) or len(items) < 2:
        return None
    rows = []
    for item in items:
        if not isinstance(item, dict):
            continue
        rows.append(
            [
                strings.add(str(item.get("outlet") or item.get("doc_id") or "")),
                strings.add(str(item.get("agency") or "")),
                strings.add(safe_url(item.get("url"))),
                strings.add(str(item.get("published") or "")),
            ]
        )
    return rows or None


def _picker(rows: list[int]) -> Callable[[list[Any]], list[Any]]:
    """``pick(values)``: the values at *rows*, in order (itemgetter: a C loop)."""
    if len(rows) == 1:
        only = rows[0]
        return lambda values: [values[only]]
    getter = operator.itemgetter(*rows)
    return lambda values: list(getter(values))


def _type_order(types: Iterable[str]) -> list[str]:
    present = set(types)
    known = [t for t in EVENT_TYPES if t in present]
    return known + sorted(present - set(known))


def incident_data(
    table: pd.DataFrame,
    *,
    colors: Mapping[str, str] | None = None,
    search_limit: int = 2000,
) -> dict[str, Any]:
    """The page data of a map: layers, strings, uncertainty areas, countries, bounds.

    Parameters
    ----------
    table : pandas.DataFrame or geopandas.GeoDataFrame
        The incident table (see ``docs/maps.md``); only coordinates are required.
    colors : mapping, optional
        ``{event type: "#RRGGBB"}`` colour overrides.
    search_limit : int
        Most frequent distinct locations offered by the place search.

    Returns
    -------
    dict
        JSON-ready: ``n``, ``strings``, ``layers`` (``name``, ``color``,
        ``shape``, ``n``, ``cols``), ``areas``, ``countries``, ``search``,
        ``days`` (first and last day number or None), ``bounds``.

    Raises
    ------
    ConfigError
        No coordinates in the table, or a bad colour.
    """
    lat_all, lon_all = _coordinates(table)
    keep = np.isfinite(lat_all) & np.isfinite(lon_all)
    df = table.loc[keep] if not keep.all() else table
    lat = np.round(lat_all[keep], 5).tolist()
    lon = np.round(lon_all[keep], 5).tolist()
    n = len(df)

    strings = _Strings()
    types = [t or _DEFAULT_TYPE for t in _text(df, "event_type", _DEFAULT_TYPE)]
    locations = _text(df, "location")
    countries = _text(df, "country")
    codes = [c.upper() for c in _text(df, "country_code")]
    precisions = _precisions(df)
    time_precisions = _ints(df, "time_precision")
    days = _days(df)
    fatalities = _ints(df, "fatalities", 0)
    injured = _ints(df, "injured")
    arrests = _ints(df, "arrests")
    participants = _ints(df, "participants")
    troops = _ints(df, "troops")
    victims = _text(df, "victims")
    quotes = _text(df, "quote")
    q_start = _ints(df, "quote_place_start")
    q_end = _ints(df, "quote_place_end")
    sources = _text(df, "sources")
    n_sources = _ints(df, "n_sources", 1)
    epoch = pd.Timestamp("1970-01-01")

    when_cache: dict[tuple[int | None, int | None], str] = {}
    when = []
    for key in zip(days, time_precisions, strict=True):
        words = when_cache.get(key)
        if words is None:
            day = None if key[0] is None else epoch + pd.Timedelta(days=key[0])
            words = when_cache[key] = date_words(day, key[1])
        when.append(words)
    where = [
        precision_words(p, loc, c)
        for p, loc, c in zip(precisions, locations, countries, strict=True)
    ]
    counts = [
        counts_words(fatalities=f, injured=i, arrests=a, participants=p, troops=t, victims=v)
        for f, i, a, p, t, v in zip(
            fatalities, injured, arrests, participants, troops, victims, strict=True
        )
    ]
    cols_all: dict[str, list[int]] = strings.add_columns(
        {
            "sub": _text(df, "sub_event_type"),
            "loc": locations,
            "where": where,
            "when": when,
            "counts": counts,
            "quote": quotes,
            "source": _text(df, "source"),
            "agency": _text(df, "agency"),
            "url": [safe_url(u) for u in _text(df, "url")],
            "place": _text(df, "place_id"),
            "unres": _text(df, "unresolved"),
            "notes": _text(df, "notes"),
            "doc": _text(df, "doc_id"),
            "actor": _text(df, "actor1"),
        }
    )
    qs: list[int] = []
    qe: list[int] = []
    for quote, s, e in zip(quotes, q_start, q_end, strict=True):
        if s is None or e is None or not 0 <= s < e <= len(quote):
            qs.append(-1)
            qe.append(-1)
        else:
            qs.append(utf16_offset(quote, s))
            qe.append(utf16_offset(quote, e))
    more = [
        _more_sources(raw, strings) if (k or 1) > 1 else None
        for raw, k in zip(sources, n_sources, strict=True)
    ]
    precision_code = [PRECISIONS.index(p) for p in precisions]
    radius = [marker_radius(f) for f in fatalities]

    by_type: dict[str, list[int]] = {}
    for i, t in enumerate(types):
        by_type.setdefault(t, []).append(i)
    layers = []
    for name in _type_order(by_type):
        rows = by_type[name]
        style = type_style(name, colors)
        pick = _picker(rows)
        cols: dict[str, list[Any]] = {
            "lat": pick(lat),
            "lon": pick(lon),
            "r": pick(radius),
            "p": pick(precision_code),
            "d": pick(days),
            "f": pick(fatalities),
            "qs": pick(qs),
            "qe": pick(qe),
            "more": pick(more),
        }
        for name_, values in cols_all.items():
            cols[name_] = pick(values)
        layers.append(
            {
                "name": name,
                "label": strings.add(name),
                "color": style.color,
                "shape": style.shape,
                "n": len(rows),
                "cols": cols,
            }
        )

    areas: dict[tuple[float, float, int], int] = {}
    country_rows: dict[str, list[int]] = {}
    for i, p in enumerate(precisions):
        metres = UNCERTAINTY_METRES.get(p)
        if metres:
            spot = (round(lat[i], 4), round(lon[i], 4), metres)
            areas[spot] = areas.get(spot, 0) + 1
        elif p == "country":
            country_rows.setdefault(codes[i] or countries[i], []).append(i)
    country_items = []
    for code, rows in country_rows.items():
        outline = country_outline(code) if len(code) == 2 else None
        name = countries[rows[0]] or locations[rows[0]] or code
        country_items.append(
            {
                "name": strings.add(name),
                "n": len(rows),
                "lat": lat[rows[0]],
                "lon": lon[rows[0]],
                "outline": outline["geometry"] if outline else None,
            }
        )

    search = [
        [strings.add(loc), count]
        for loc, count in Counter(loc for loc in locations if loc).most_common(search_limit)
    ]
    known_days = [d for d in days if d is not None]
    bounds = [[min(lat), min(lon)], [max(lat), max(lon)]] if n else None
    return {
        "n": n,
        "dropped": int((~keep).sum()),
        "strings": strings.table(),
        "layers": layers,
        "areas": {
            "lat": [k[0] for k in areas],
            "lon": [k[1] for k in areas],
            "m": [k[2] for k in areas],
            "n": list(areas.values()),
        },
        "countries": country_items,
        "search": search,
        "days": [min(known_days), max(known_days)] if known_days else None,
        "bounds": bounds,
    }
