"""Exports: every format reads back with the same values and dtypes; writes are atomic."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import incidents.export as export
from geo.errors import DocumentError, ExportError
from geo.types import Kind, Place, Precision
from incidents.export import read_table, write_table
from incidents.table import COLUMNS, empty_frame, incidents_to_frame
from incidents.types import Incident, Source

SUFFIXES = [".geojson", ".json", ".gpkg", ".parquet", ".geoparquet", ".csv"]

ALMATY = Place(
    id="geonames:1526384",
    name="Almaty",
    kind=Kind.CITY,
    lat=43.25249,
    lon=76.9115,
    country_code="KZ",
    admin1_name="Almaty",
)
AKTAU = Place(
    id="geonames:610611", name="Aktau", kind=Kind.CITY, lat=43.65, lon=51.1975, country_code="KZ"
)


def _table():  # type: ignore[no-untyped-def]
    quote = 'Der "Platz der Republik"; Plünderungen,\nFestnahmen — Алматы'
    return incidents_to_frame(
        [
            Incident(
                "Riots",
                "Looting/property destruction",
                ALMATY,
                "Platz der Republik, Almaty",
                Precision.WITHIN_CITY,
                event_date=dt.date(2022, 1, 7),
                time_precision=1,
                fatalities=18,
                arrests=100,
                victims="security forces",
                actors=("Rioters",),
                confidence=0.75,
                unresolved="Platz der Republik",
                sources=(
                    Source(
                        "kz/a.txt",
                        quote,
                        10,
                        10 + len(quote),
                        outlet="dpa",
                        agency="TASS",
                        place_start=18,
                        place_end=36,
                        published=dt.date(2022, 1, 8),
                    ),
                ),
                notes="Rioters looted shops; 100 arrested.",
            ),
            Incident(
                "Protests", "Peaceful protest", AKTAU, "Aktau", Precision.CITY, participants=3000
            ),
        ]
    )


def _assert_same(back, frame) -> None:  # type: ignore[no-untyped-def]
    assert list(back.columns) == list(frame.columns)
    pd.testing.assert_frame_equal(
        pd.DataFrame(back.drop(columns="geometry")), pd.DataFrame(frame.drop(columns="geometry"))
    )
    assert back.crs.to_string() == "EPSG:4326"
    assert back.geometry.geom_equals_exact(frame.geometry, tolerance=1e-7).all()


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_round_trip_keeps_values_and_dtypes(tmp_path: Path, suffix: str) -> None:
    frame = _table()
    back = read_table(write_table(frame, tmp_path / f"incidents{suffix}"))
    _assert_same(back, frame)
    assert back.loc[0, "quote"].endswith("Алматы")
    assert pd.isna(back.loc[1, "event_date"])
    assert pd.isna(back.loc[1, "arrests"])
    assert back.loc[1, "participants"] == 3000


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_round_trip_of_an_empty_table(tmp_path: Path, suffix: str) -> None:
    back = read_table(write_table(empty_frame(), tmp_path / f"empty{suffix}"))
    assert len(back) == 0
    assert back.dtypes.astype(str).tolist() == list(COLUMNS.values())


def test_geojson_writes_dates_as_iso_strings(tmp_path: Path) -> None:
    path = write_table(_table(), tmp_path / "incidents.geojson")
    features = json.loads(path.read_text("utf-8"))["features"]
    assert features[0]["properties"]["event_date"] == "2022-01-07"
    assert features[1]["properties"]["event_date"] is None
    assert features[0]["geometry"]["coordinates"] == pytest.approx([76.9115, 43.25249])


def test_csv_has_coordinates_and_no_geometry(tmp_path: Path) -> None:
    path = write_table(_table(), tmp_path / "incidents.csv")
    raw = pd.read_csv(path)
    assert "geometry" not in raw.columns
    assert list(raw.columns) == [c for c in COLUMNS if c != "geometry"]
    assert raw.loc[0, "event_date"] == "2022-01-07"
    assert raw.loc[0, "latitude"] == pytest.approx(43.25249)


def test_csv_without_coordinates_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("location,event_type\nAlmaty,Riots\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="latitude/longitude"):
        read_table(path)


def test_a_foreign_csv_gets_the_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    path.write_text(
        "event_date,location,latitude,longitude,fatalities,extra\n2022-01-06,Almaty,43.25,76.91,,x\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert list(table.columns) == [*list(COLUMNS)[:-1], "extra", "geometry"]
    assert table.loc[0, "fatalities"] == 0
    assert table.loc[0, "event_type"] == ""
    assert table.geometry.iloc[0].coords[0] == (76.91, 43.25)


@pytest.mark.parametrize("name", ["incidents.shp", "incidents.xlsx", "incidents"])
def test_unknown_suffix(tmp_path: Path, name: str) -> None:
    with pytest.raises(ExportError, match="unknown table format"):
        write_table(_table(), tmp_path / name)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(DocumentError, match="unknown table format"):
        read_table(tmp_path / name)


def test_missing_and_broken_files_are_document_errors(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_table(tmp_path / "missing.gpkg")
    (tmp_path / "broken.parquet").write_bytes(b"not parquet")
    with pytest.raises(DocumentError, match=r"broken\.parquet"):
        read_table(tmp_path / "broken.parquet")


@pytest.mark.parametrize("suffix", [".gpkg", ".geojson", ".parquet", ".csv"])
def test_overwrite_replaces_the_file_and_leaves_no_temporary_files(
    tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / "out" / f"incidents{suffix}"
    write_table(_table(), path)
    write_table(empty_frame(), path)
    assert len(read_table(path)) == 0
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_table(_table(), tmp_path / "incidents.gpkg")
    before = path.read_bytes()

    def half_write(gdf, target, kind):  # type: ignore[no-untyped-def]
        Path(target).write_bytes(b"half a file")
        raise RuntimeError("disk full")

    monkeypatch.setattr(export, "_write", half_write)
    with pytest.raises(ExportError, match=r"incidents.gpkg: cannot write gpkg table: disk full"):
        write_table(empty_frame(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["incidents.gpkg"]


def test_export_error_is_an_os_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OSError, match="cannot create folder"):
        write_table(_table(), blocker / "sub" / "incidents.csv")


def test_csv_keeps_text_that_looks_like_numbers(tmp_path: Path) -> None:
    frame = _table()
    frame.loc[0, "location"] = "007"
    frame.loc[1, "notes"] = "1.50"
    frame.loc[1, "victims"] = "NA"
    back = read_table(write_table(frame, tmp_path / "t.csv"))
    assert back.loc[0, "location"] == "007"
    assert back.loc[1, "notes"] == "1.50"
    assert back.loc[1, "victims"] == "NA"


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t\"';,"),
    max_size=40,
)
_COUNT = st.none() | st.integers(min_value=0, max_value=10**7)


@st.composite
def _incidents(draw: st.DrawFn) -> Incident:
    place = Place(
        id=draw(_TEXT.filter(bool)),
        name="x",
        kind=Kind.CITY,
        lat=draw(st.floats(-90, 90)),
        lon=draw(st.floats(-180, 180)),
        country_code=draw(st.sampled_from([None, "KZ", "RU", "DE"])),
        admin1_name=draw(st.none() | _TEXT),
    )
    source = Source(
        doc_id=draw(_TEXT),
        quote=draw(_TEXT),
        start=0,
        end=40,
        outlet=draw(st.none() | _TEXT),
        agency=draw(st.none() | _TEXT),
        url=draw(st.none() | _TEXT),
        published=draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))),
    )
    day = draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
    return Incident(
        event_type=draw(_TEXT),
        sub_event_type=draw(_TEXT),
        place=place,
        location=draw(_TEXT),
        precision=draw(st.sampled_from(list(Precision))),
        event_date=day,
        time_precision=None if day is None else draw(st.sampled_from([1, 2, 3])),
        fatalities=draw(_COUNT),
        injured=draw(_COUNT),
        arrests=draw(_COUNT),
        participants=draw(_COUNT),
        troops=draw(_COUNT),
        victims=draw(st.none() | _TEXT),
        actors=tuple(draw(st.lists(_TEXT, max_size=3))),
        confidence=draw(st.floats(0, 1)),
        sources=tuple(draw(st.lists(st.just(source), max_size=2))),
        unresolved=draw(st.none() | _TEXT),
        notes=draw(_TEXT),
    )


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".parquet", ".csv"])
@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(incidents=st.lists(_incidents(), min_size=2, max_size=4))
def test_any_table_round_trips(tmp_path: Path, suffix: str, incidents: list[Incident]) -> None:
    frame = incidents_to_frame(incidents)
    back = read_table(write_table(frame, tmp_path / f"any{suffix}"))
    _assert_same(back, frame)
