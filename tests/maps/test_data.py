"""The page data: layers, words, offsets, defaults for missing columns."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from geo.errors import ConfigError
from maps._data import incident_data


def _column(data, layer_name, key):  # type: ignore[no-untyped-def]
    layer = next(layer for layer in data["layers"] if layer["name"] == layer_name)
    values = layer["cols"][key]
    if key in {"lat", "lon", "r", "p", "d", "f", "qs", "qe", "more"}:
        return values
    return [data["strings"][i] for i in values]


def test_one_layer_per_event_type_in_acled_order(kz):
    data = incident_data(kz)
    assert [(layer["name"], layer["n"]) for layer in data["layers"]] == [
        ("Protests", 3),
        ("Riots", 1),
        ("Strategic developments", 1),
    ]
    assert data["n"] == len(kz) == sum(layer["n"] for layer in data["layers"])


def test_precision_and_date_in_words(kz):
    data = incident_data(kz)
    where = dict(
        zip(_column(data, "Protests", "loc"), _column(data, "Protests", "where"), strict=True)
    )
    assert where["Republic Square, Almaty"] == "within Almaty"
    assert where["Kazakhstan"] == "country-level (whole of Kazakhstan)"
    assert where["Mangystau Region"] == "region-wide"
    assert _column(data, "Strategic developments", "where") == ["exact"]
    when = dict(
        zip(_column(data, "Protests", "loc"), _column(data, "Protests", "when"), strict=True)
    )
    assert when["Kazakhstan"] == "January 2022"
    assert when["Republic Square, Almaty"] == "6 Jan 2022"


def test_quote_offsets_point_at_the_place(kz):
    data = incident_data(kz)
    for layer in data["layers"]:
        cols = layer["cols"]
        for q, s, e, loc in zip(cols["quote"], cols["qs"], cols["qe"], cols["loc"], strict=True):
            quote = data["strings"][q]
            if s >= 0:
                assert quote[s:e] in data["strings"][loc] or quote[s:e] == "Platz der Republik"


def test_utf16_offsets_for_text_beyond_the_bmp(kz):
    kz = kz.iloc[[0]].copy()
    kz["quote"] = "🔥🔥 Almaty burns"
    kz["quote_place_start"] = pd.array([3], dtype="Int64")
    kz["quote_place_end"] = pd.array([9], dtype="Int64")
    cols = incident_data(kz)["layers"][0]["cols"]
    assert (cols["qs"][0], cols["qe"][0]) == (5, 11)  # each emoji is two UTF-16 units


def test_only_http_links_survive(kz):
    data = incident_data(kz)
    urls = _column(data, "Protests", "url")
    assert "javascript:alert(1)" not in data["strings"]
    assert "" in urls
    assert "https://tengrinews.kz/x" in urls


def test_approximate_places_get_areas_and_countries_an_outline(kz):
    data = incident_data(kz)
    assert sorted(data["areas"]["m"]) == [5000, 10000, 75000]
    (country,) = data["countries"]
    assert data["strings"][country["name"]] == "Kazakhstan"
    assert country["n"] == 1
    assert country["outline"]["type"] in {"Polygon", "MultiPolygon"}


def test_days_and_bounds(kz):
    data = incident_data(kz)
    first, last = data["days"]
    assert pd.Timestamp("1970-01-01") + pd.Timedelta(days=first) == pd.Timestamp("2022-01-01")
    assert last - first == 5
    (south, _west), (_north, east) = data["bounds"]
    assert south == pytest.approx(43.23805)
    assert east == pytest.approx(77.04051)


def test_minimal_user_table_gets_defaults():
    table = pd.DataFrame({"location": ["A", "B", "C"], "lat": [1.0, np.nan, 3.0], "lon": [1, 2, 3]})
    data = incident_data(table)
    assert data["n"] == 2
    assert data["dropped"] == 1
    (layer,) = data["layers"]
    assert layer["name"] == "Incidents"
    assert layer["cols"]["p"] == [0, 0]  # exact unless told otherwise
    assert data["days"] is None
    assert _column(data, "Incidents", "counts") == ["no casualties reported"] * 2


def test_geo_precision_used_when_precision_is_missing():
    table = pd.DataFrame({"latitude": [1.0, 2.0], "longitude": [1.0, 2.0], "geo_precision": [3, 4]})
    assert incident_data(table)["layers"][0]["cols"]["p"] == [3, 4]


def test_no_coordinates_is_a_config_error():
    with pytest.raises(ConfigError, match="coordinates"):
        incident_data(pd.DataFrame({"location": ["Almaty"]}))


def test_bad_colour_is_refused(kz):
    with pytest.raises(ConfigError, match="RRGGBB"):
        incident_data(kz, colors={"Riots": "red;background:url(x)"})


def test_synthetic_table_round_trip(make_incidents):
    table = make_incidents(300, seed=5)
    data = incident_data(table)
    assert sum(layer["n"] for layer in data["layers"]) == 300
    assert len({layer["name"] for layer in data["layers"]}) == 6
    fat = sorted(f for layer in data["layers"] for f in layer["cols"]["f"])
    assert fat == sorted(table["fatalities"].tolist())
