"""The incident table: columns, dtypes, one row per located incident, derived values."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from geo.types import Kind, Place, Precision
from incidents.table import COLUMNS, country_name, empty_frame, event_id, incidents_to_frame
from incidents.types import Incident, Source

ALMATY = Place(
    id="geonames:1526384",
    name="Almaty",
    kind=Kind.CITY,
    lat=43.25249,
    lon=76.9115,
    country_code="KZ",
    admin1_code="KZ.02",
    admin1_name="Almaty",
    population=1977011,
)
AIRPORT = Place(
    id="airport:ALA",
    name="Almaty International Airport",
    kind=Kind.AIRPORT,
    lat=43.3521,
    lon=77.0405,
    country_code="KZ",
)
KAZAKHSTAN = Place(
    id="geonames:1522867",
    name="Kazakhstan",
    kind=Kind.COUNTRY,
    lat=48.0,
    lon=68.0,
    country_code="KZ",
)
MOSCOW_REGION = Place(
    id="region:RU.47",
    name="Moscow Oblast",
    kind=Kind.REGION,
    lat=55.75,
    lon=37.62,
    country_code="RU",
)

QUOTE = "Wie TASS berichtete, wurden in Almaty 100 Menschen festgenommen."


def _looting() -> Incident:
    start = 200
    place_start = start + QUOTE.index("Almaty")
    return Incident(
        event_type="Riots",
        sub_event_type="Looting/property destruction",
        place=ALMATY,
        location="Almaty",
        precision=Precision.CITY,
        event_date=dt.date(2022, 1, 7),
        time_precision=1,
        arrests=100,
        actors=("Rioters", "Police forces", "Rioters"),
        confidence=0.8,
        sources=(
            Source(
                "kz/a.txt",
                QUOTE,
                start,
                start + len(QUOTE),
                outlet="dpa",
                agency="TASS",
                url="",
                place_start=place_start,
                place_end=place_start + 6,
                published=dt.date(2022, 1, 8),
            ),
            Source(
                "kz/b.txt",
                "100 arrested in Almaty.",
                0,
                23,
                outlet="Reuters",
                agency="Interfax",
                url="https://example.org/b",
            ),
            Source("kz/a.txt", QUOTE, start, start + len(QUOTE), outlet="dpa", agency="TASS"),
        ),
        notes="Rioters looted shops in Almaty; 100 arrested.",
    )


def _airport() -> Incident:
    return Incident(
        event_type="Strategic developments",
        sub_event_type="Non-violent transfer of territory",
        place=AIRPORT,
        location="Almaty International Airport",
        precision=Precision.EXACT,
        event_date=dt.date(2022, 1, 1),
        time_precision=3,
        troops=2500,
        actors=("CSTO",),
        confidence=0.6,
    )


def test_columns_in_contract_order() -> None:
    frame = incidents_to_frame([_looting()])
    assert list(frame.columns) == list(COLUMNS)
    assert list(COLUMNS)[:3] == ["event_id", "event_date", "time_precision"]
    assert list(COLUMNS)[-1] == "geometry"
    assert len(COLUMNS) == 34


def test_dtypes_match_the_contract() -> None:
    frame = incidents_to_frame([_looting(), _airport()])
    for name, dtype in COLUMNS.items():
        if name != "geometry":
            assert str(frame[name].dtype) == dtype, name
    assert frame.geometry.name == "geometry"
    assert frame.crs.to_string() == "EPSG:4326"


def test_empty_iterable_gives_an_empty_table_with_the_same_dtypes() -> None:
    empty = incidents_to_frame(iter(()))
    full = incidents_to_frame([_looting()])
    assert len(empty) == 0
    assert list(empty.columns) == list(full.columns)
    assert empty.dtypes.astype(str).tolist() == full.dtypes.astype(str).tolist()
    assert empty.crs == full.crs
    assert empty_frame().dtypes.astype(str).tolist() == full.dtypes.astype(str).tolist()


def test_incidents_without_a_place_are_not_rows() -> None:
    unplaced = Incident(
        "Protests", "Peaceful protest", None, "Platz der Republik", Precision.WITHIN_CITY
    )
    frame = incidents_to_frame([unplaced, _airport(), unplaced])
    assert frame["location"].tolist() == ["Almaty International Airport"]


def test_point_is_lon_lat_and_matches_the_columns() -> None:
    frame = incidents_to_frame([_looting(), _airport()])
    assert frame.geometry.x.tolist() == [76.9115, 77.0405]
    assert frame.geometry.y.tolist() == [43.25249, 43.3521]
    assert frame["longitude"].tolist() == frame.geometry.x.tolist()
    assert frame["latitude"].tolist() == frame.geometry.y.tolist()


def test_row_values() -> None:
    row = incidents_to_frame([_looting()]).iloc[0]
    assert row["event_date"] == pd.Timestamp("2022-01-07")
    assert row["time_precision"] == 1
    assert (row["event_type"], row["sub_event_type"]) == ("Riots", "Looting/property destruction")
    assert row["actor1"] == "Rioters; Police forces"
    assert (row["country"], row["country_code"], row["admin1"]) == ("Kazakhstan", "KZ", "Almaty")
    assert (row["geo_precision"], row["precision"]) == (1, "city")
    assert row["fatalities"] == 0
    assert row["arrests"] == 100
    assert pd.isna(row["injured"])
    assert pd.isna(row["troops"])
    assert row["victims"] == ""
    assert row["source"] == "dpa; Reuters"
    assert row["agency"] == "TASS; Interfax"
    assert row["doc_id"] == "kz/a.txt; kz/b.txt"
    assert row["url"] == "https://example.org/b"
    assert row["quote"] == QUOTE
    assert row["n_sources"] == 3
    assert row["confidence"] == pytest.approx(0.8)
    assert row["place_id"] == "geonames:1526384"
    assert row["notes"] == "Rioters looted shops in Almaty; 100 arrested."


def test_quote_place_offsets_point_into_the_quote() -> None:
    row = incidents_to_frame([_looting()]).iloc[0]
    start, end = int(row["quote_place_start"]), int(row["quote_place_end"])
    assert row["quote"][start:end] == "Almaty"


def test_quote_place_offsets_are_na_when_the_place_is_elsewhere() -> None:
    incident = _looting()
    outside = Source("kz/c.txt", "100 festgenommen.", 50, 67, place_start=10, place_end=16)
    frame = incidents_to_frame([Incident(**{**_fields(incident), "sources": (outside,)})])
    assert pd.isna(frame.loc[0, "quote_place_start"])
    assert pd.isna(frame.loc[0, "quote_place_end"])


def _fields(incident: Incident) -> dict[str, object]:
    return {name: getattr(incident, name) for name in incident.__slots__}


def test_sources_column_is_json_with_every_source() -> None:
    sources = json.loads(incidents_to_frame([_looting()]).loc[0, "sources"])
    assert [s["doc_id"] for s in sources] == ["kz/a.txt", "kz/b.txt", "kz/a.txt"]
    assert sources[0] == {
        "doc_id": "kz/a.txt",
        "outlet": "dpa",
        "agency": "TASS",
        "url": "",
        "quote": QUOTE,
        "start": 200,
        "end": 200 + len(QUOTE),
        "published": "2022-01-08",
    }
    assert sources[1]["published"] is None


def test_month_precision_and_missing_dates() -> None:
    undated = Incident("Protests", "Peaceful protest", ALMATY, "Almaty", Precision.CITY)
    frame = incidents_to_frame([_airport(), undated])
    assert frame.loc[0, "event_date"] == pd.Timestamp("2022-01-01")
    assert frame.loc[0, "time_precision"] == 3
    assert frame.loc[0, "troops"] == 2500
    assert pd.isna(frame.loc[1, "event_date"])
    assert pd.isna(frame.loc[1, "time_precision"])


@pytest.mark.parametrize(
    ("place", "precision", "geo_precision"),
    [
        (AIRPORT, Precision.EXACT, 1),
        (ALMATY, Precision.WITHIN_CITY, 1),
        (ALMATY, Precision.CITY, 1),
        (MOSCOW_REGION, Precision.REGION, 3),
        (KAZAKHSTAN, Precision.COUNTRY, 4),
    ],
)
def test_geo_precision_codes(place: Place, precision: Precision, geo_precision: int) -> None:
    incident = Incident("Protests", "Peaceful protest", place, place.name, precision)
    row = incidents_to_frame([incident]).iloc[0]
    assert (row["geo_precision"], row["precision"]) == (geo_precision, precision.value)


def test_unresolved_part_is_kept() -> None:
    incident = Incident(
        "Protests",
        "Peaceful protest",
        ALMATY,
        "Platz der Republik, Almaty",
        Precision.WITHIN_CITY,
        unresolved="Platz der Republik",
    )
    row = incidents_to_frame([incident]).iloc[0]
    assert (row["location"], row["unresolved"], row["precision"]) == (
        "Platz der Republik, Almaty",
        "Platz der Republik",
        "within city",
    )


def test_country_names_are_common_english_names() -> None:
    assert country_name("RU") == "Russia"
    assert country_name("KZ") == "Kazakhstan"
    assert country_name("XX") == ""
    assert (
        incidents_to_frame(
            [
                Incident(
                    "Protests", "Peaceful protest", MOSCOW_REGION, "Moscow Oblast", Precision.REGION
                )
            ]
        ).loc[0, "country"]
        == "Russia"
    )


def test_event_ids_are_stable_and_distinguish_events() -> None:
    looting = _looting()
    assert event_id(looting) == event_id(_looting())
    same_frame = incidents_to_frame([looting, _airport()])
    assert same_frame["event_id"].is_unique
    other_day = Incident(**{**_fields(looting), "event_date": dt.date(2022, 1, 8)})
    other_place = Incident(**{**_fields(looting), "place": AIRPORT})
    other_doc = Incident(**{**_fields(looting), "sources": looting.sources[1:]})
    other_notes = Incident(**{**_fields(looting), "notes": "changed"})
    ids = {event_id(i) for i in (looting, other_day, other_place, other_doc)}
    assert len(ids) == 4
    assert event_id(other_notes) == event_id(looting)
