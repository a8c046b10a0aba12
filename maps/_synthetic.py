"""Synthetic incident tables with every contract column, for tests and benchmarks.

Random but reproducible (seeded): points scattered over Central Asia, all six
ACLED event types, every precision, dates over January 2022, and a quote per
incident that names its place (with the offsets set), so popups are full size.

Examples
--------
>>> table = synthetic_incidents(5, seed=1)
>>> len(table), table.crs.to_string(), list(table.columns)[:3]
(5, 'EPSG:4326', ['event_id', 'event_date', 'time_precision'])
>>> row = table.iloc[0]
>>> row.quote[row.quote_place_start:row.quote_place_end] == row.location.split(",")[-1].strip()
True
"""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd

from maps._style import EVENT_TYPES, PRECISIONS

__all__ = ["COLUMNS", "synthetic_incidents"]

#: The incident table's columns, in contract order.
COLUMNS = [
    "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
    "country", "country_code", "admin1", "location", "latitude", "longitude",
    "geo_precision", "precision", "fatalities", "injured", "arrests", "participants",
    "troops", "victims", "source", "agency", "notes", "quote", "quote_place_start",
    "quote_place_end", "doc_id", "url", "confidence", "place_id", "unresolved",
    "n_sources", "sources", "geometry",
]  # fmt: skip

_SUB = {
    "Battles": "Armed clash",
    "Protests": "Peaceful protest",
    "Riots": "Violent demonstration",
    "Explosions/Remote violence": "Remote explosive/landmine/IED",
    "Violence against civilians": "Attack",
    "Strategic developments": "Arrests",
}
_OUTLETS = ["Reuters", "AFP", "dpa", "Tengrinews", "Interfax", "AP", "BBC", "Vlast.kz"]
_AGENCIES = ["", "TASS", "Interfax", "Ministry of Interior", "RIA Novosti"]
_VERBS = ["gathered in", "clashed with police in", "were detained in", "marched through"]


def synthetic_incidents(n: int, *, seed: int = 0) -> gpd.GeoDataFrame:
    """*n* random incidents with the columns and dtypes of the incident table."""
    rng = np.random.default_rng(seed)
    types = list(EVENT_TYPES)
    type_idx = rng.integers(0, len(types), n)
    lat = rng.uniform(38.0, 54.0, n).round(5)
    lon = rng.uniform(48.0, 86.0, n).round(5)
    town = rng.integers(0, max(1, n // 4), n)
    precision_idx = rng.choice(5, n, p=[0.3, 0.15, 0.35, 0.15, 0.05])  # no "area" sites
    precision = np.array(PRECISIONS)[precision_idx]
    day = rng.integers(0, 31, n)
    dates = pd.to_datetime("2022-01-01") + pd.to_timedelta(day, unit="D")
    fatalities = np.where(rng.random(n) < 0.7, 0, rng.integers(1, 60, n))
    outlet = rng.integers(0, len(_OUTLETS), n)
    agency = rng.integers(0, len(_AGENCIES), n)
    verb = rng.integers(0, len(_VERBS), n)
    people = rng.integers(10, 5000, n)
    location = [f"Town {t}" for t in town]
    location = [
        f"Square {i % 97}, {loc}" if p == "within city" else loc
        for i, (loc, p) in enumerate(zip(location, precision, strict=True))
    ]
    place = [loc.split(",")[-1].strip() for loc in location]
    quote = [
        f"About {k} people {v} {pl} on {d.day} January, {o} reported, citing witnesses (#{i})."
        for i, (k, v, pl, d, o) in enumerate(
            zip(people, np.array(_VERBS)[verb], place, dates, np.array(_OUTLETS)[outlet],
                strict=True)
        )
    ]  # fmt: skip
    start = [q.index(pl) for q, pl in zip(quote, place, strict=True)]
    end = [s + len(pl) for s, pl in zip(start, place, strict=True)]
    n_sources = np.where(rng.random(n) < 0.2, 2, 1)
    doc_id = [f"doc-{i}" for i in range(n)]
    url = [f"https://news.example.org/{i}" for i in range(n)]
    sources = [
        json.dumps(
            [
                {"doc_id": d, "outlet": _OUTLETS[o], "agency": _AGENCIES[a], "url": u},
                {"doc_id": d + "b", "outlet": _OUTLETS[(o + 1) % 8], "agency": "", "url": u + "b"},
            ][:k]
        )
        for d, o, a, u, k in zip(doc_id, outlet, agency, url, n_sources, strict=True)
    ]
    geo_precision = pd.Series(precision).map(
        {"exact": 1, "within city": 1, "city": 1, "region": 3, "country": 4}
    )
    frame = pd.DataFrame(
        {
            "event_id": [f"ev{i:07d}" for i in range(n)],
            "event_date": dates.astype("datetime64[ns]"),
            "time_precision": pd.array(np.where(rng.random(n) < 0.9, 1, 3), dtype="Int64"),
            "event_type": np.array(types)[type_idx],
            "sub_event_type": [_SUB[types[t]] for t in type_idx],
            "actor1": np.where(rng.random(n) < 0.5, "Protesters (Kazakhstan)", ""),
            "country": "Kazakhstan",
            "country_code": "KZ",
            "admin1": [f"Region {t % 17}" for t in town],
            "location": location,
            "latitude": lat,
            "longitude": lon,
            "geo_precision": pd.array(geo_precision.to_numpy(), dtype="Int64"),
            "precision": precision,
            "fatalities": fatalities.astype("int64"),
            "injured": pd.array(np.where(rng.random(n) < 0.5, rng.integers(0, 100, n), -1),
                                dtype="Int64"),
            "arrests": pd.array(np.where(rng.random(n) < 0.3, rng.integers(0, 500, n), -1),
                                dtype="Int64"),
            "participants": pd.array(people, dtype="Int64"),
            "troops": pd.array([None] * n, dtype="Int64"),
            "victims": np.where(fatalities > 0, "civilians", ""),
            "source": np.array(_OUTLETS)[outlet],
            "agency": np.array(_AGENCIES)[agency],
            "notes": [f"Synthetic incident {i} at {loc}." for i, loc in enumerate(location)],
            "quote": quote,
            "quote_place_start": pd.array(start, dtype="Int64"),
            "quote_place_end": pd.array(end, dtype="Int64"),
            "doc_id": doc_id,
            "url": url,
            "confidence": rng.uniform(0.5, 1.0, n).round(3),
            "place_id": [f"geonames:{1_000_000 + t}" for t in town],
            "unresolved": [loc.split(",")[0] if "," in loc else "" for loc in location],
            "n_sources": n_sources.astype("int64"),
            "sources": sources,
        }
    )  # fmt: skip
    for col in ("injured", "arrests"):
        frame[col] = frame[col].mask(frame[col] < 0)
    return gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")[COLUMNS]
