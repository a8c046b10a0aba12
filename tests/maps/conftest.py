"""Fixtures for the map tests: synthetic tables, realistic Kazakhstan incidents, a browser."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest

from maps._synthetic import COLUMNS, synthetic_incidents
from tests.conftest import chromium_path

#: Payloads that set window.__xss if any of them ever runs.
XSS_QUOTE = (
    "Protesters in Almaty shouted \"enough\" and 'leave' `${window.__xss=1}` "
    '</script><script>window.__xss=1</script><img src=x onerror="window.__xss=1">'
)


def _row(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "event_id": "",
        "event_date": pd.NaT,
        "time_precision": pd.NA,
        "event_type": "Protests",
        "sub_event_type": "Peaceful protest",
        "actor1": "",
        "country": "Kazakhstan",
        "country_code": "KZ",
        "admin1": "",
        "location": "",
        "latitude": 0.0,
        "longitude": 0.0,
        "geo_precision": 1,
        "precision": "city",
        "fatalities": 0,
        "injured": pd.NA,
        "arrests": pd.NA,
        "participants": pd.NA,
        "troops": pd.NA,
        "victims": "",
        "source": "",
        "agency": "",
        "notes": "",
        "quote": "",
        "quote_place_start": pd.NA,
        "quote_place_end": pd.NA,
        "doc_id": "",
        "url": "",
        "confidence": 0.9,
        "place_id": "",
        "unresolved": "",
        "n_sources": 1,
        "sources": "[]",
    }
    base.update(values)
    quote, place = base["quote"], values.get("_place")
    base.pop("_place", None)
    if place and place in quote:
        base["quote_place_start"] = quote.index(place)
        base["quote_place_end"] = quote.index(place) + len(place)
    base["sources"] = json.dumps(
        [{"doc_id": base["doc_id"], "outlet": base["source"], "agency": base["agency"],
          "url": base["url"], "quote": quote}]
    )  # fmt: skip
    return base


def kazakhstan_rows() -> list[dict[str, Any]]:
    """Five incidents of January 2022 in Kazakhstan, one per precision, with hostile text."""
    return [
        _row(
            event_id="kz-city", event_date=pd.Timestamp("2022-01-05"), time_precision=1,
            event_type="Riots", sub_event_type="Violent demonstration", location="Almaty",
            admin1="Almaty", latitude=43.25249, longitude=76.9115, precision="city",
            fatalities=8, injured=317, victims="security forces", source="Reuters",
            agency="Interfax", quote=XSS_QUOTE, _place="Almaty",
            notes="Protesters stormed the mayor's office in Almaty.",
            doc_id="reuters-0105", url="https://www.reuters.com/world/asia-pacific/kz-0105/",
            place_id="geonames:1526384",
        ),
        _row(
            event_id="kz-square", event_date=pd.Timestamp("2022-01-06"), time_precision=1,
            event_type="Protests", location="Republic Square, Almaty", admin1="Almaty",
            latitude=43.23805, longitude=76.94553, precision="within city", participants=5000,
            source="dpa", agency="TASS", _place="Platz der Republik",
            quote="Tausende versammelten sich auf dem Platz der Republik in Almaty.",
            doc_id="dpa-0106", url="javascript:alert(1)", place_id="geonames:1526384",
            unresolved="Platz der Republik",
        ),
        _row(
            event_id="kz-airport", event_date=pd.Timestamp("2022-01-06"), time_precision=1,
            event_type="Strategic developments", sub_event_type="Change to group/activity",
            location="Almaty International Airport", admin1="Almaty", latitude=43.35208,
            longitude=77.04051, precision="exact", geo_precision=1, source="AFP",
            quote="Protesters seized Almaty International Airport on Wednesday evening.",
            _place="Almaty International Airport", doc_id="afp-0106",
            url="https://www.afp.com/en/kz", place_id="airport:ALA", n_sources=2,
        ),
        _row(
            event_id="kz-country", event_date=pd.Timestamp("2022-01-01"), time_precision=3,
            event_type="Protests", location="Kazakhstan", latitude=48.0, longitude=68.0,
            geo_precision=4, precision="country", arrests=9900, source="Vlast.kz",
            quote="Across Kazakhstan, 9,900 people were detained in January.",
            _place="Kazakhstan", doc_id="vlast-01", place_id="geonames:1522867",
        ),
        _row(
            event_id="kz-region", event_date=pd.Timestamp("2022-01-04"), time_precision=1,
            event_type="Protests", location="Mangystau Region", admin1="Mangystau",
            latitude=44.0, longitude=53.5, geo_precision=3, precision="region",
            source="Tengrinews", quote="Rallies continued in Mangystau Region on Tuesday.",
            _place="Mangystau", doc_id="tengri-0104", url="https://tengrinews.kz/x",
            place_id="region:KZ.09",
        ),
    ]  # fmt: skip


def kazakhstan_incidents() -> gpd.GeoDataFrame:
    frame = pd.DataFrame(kazakhstan_rows())
    frame["event_date"] = frame["event_date"].astype("datetime64[ns]")
    for col in ("time_precision", "geo_precision", "injured", "arrests", "participants",
                "troops", "quote_place_start", "quote_place_end"):  # fmt: skip
        frame[col] = frame[col].astype("Int64")
    geometry = gpd.points_from_xy(frame["longitude"], frame["latitude"])
    gdf = gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
    return gdf[COLUMNS]


@pytest.fixture
def kz() -> gpd.GeoDataFrame:
    """Realistic Kazakhstan incidents (every precision, an XSS payload in a quote)."""
    return kazakhstan_incidents()


@pytest.fixture
def make_incidents() -> Any:
    """``make_incidents(n, seed=0)``: n synthetic incidents with every contract column."""
    return synthetic_incidents


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session (system binary, no downloads)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    path = chromium_path()
    if path is None:
        pytest.skip("no Chromium installed (apt-get install chromium)")
    from maps._render import CHROMIUM_FLAGS

    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()
