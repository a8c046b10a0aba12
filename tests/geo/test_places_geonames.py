"""GeoNames dump files (``KZ.txt``, ``KZ.zip``) as user places.

The rows are hand-made test data in the dump's 19-column layout: ids from
999000001 up are not GeoNames ids; the one row with a real id (Almaty,
1526384) is there to test that a dump entry replaces the built-in one; its
point is rounded (43.25, 76.91) so the test can tell the two apart.
"""

from __future__ import annotations

import inspect
import zipfile
from pathlib import Path

import pytest

from geo._geonames_dump import read_geonames_dump
from geo.errors import GazetteerError
from geo.geoparsing import Geoparser
from geo.places import read_places, with_places
from geo.types import Kind, Precision


def row(
    gid: int,
    name: str,
    alternates: str,
    lat: float,
    lon: float,
    fclass: str,
    fcode: str,
    *,
    admin1: str = "02",
    population: int = 0,
) -> str:
    cols = [
        str(gid),
        name,
        name,
        alternates,
        str(lat),
        str(lon),
        fclass,
        fcode,
        "KZ",
        "",
        admin1,
        "",
        "",
        "",
        str(population),
        "",
        "800",
        "Asia/Almaty",
        "2026-11-26",
    ]
    return "\t".join(cols) + "\n"


SQUARE = row(
    999000001,
    "Republic Square",
    "Platz der Republik,площадь Республики,Respublika Alany",
    43.2383,
    76.9453,
    "S",
    "SQR",
)
ROWS = [
    SQUARE,
    row(999000002, "Test Quarter", "", 43.21, 76.88, "P", "PPLX"),
    row(999000003, "Test Airfield", "TSX,UATX", 43.35, 77.04, "S", "AIRF"),
    row(999000004, "Testabad", "Testabad-Kala", 43.1, 76.8, "P", "PPL", population=1200),
    row(999000005, "Test River", "", 43.3, 76.9, "H", "STM"),
    row(999000006, "Old Testabad", "", 43.12, 76.81, "P", "PPLH"),
    row(999000007, "Test District", "", 43.2, 76.9, "A", "ADM3"),
    row(999000008, "Almaty Test Region", "", 43.3, 76.9, "A", "ADM1"),
    row(1526384, "Almaty", "Alma-Ata,Test-Almaty", 43.25, 76.91, "P", "PPLA", population=1977011),
]


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "KZ.txt"
    path.write_text("".join(ROWS), encoding="utf-8")
    return path


@pytest.fixture
def zipped(tmp_path: Path) -> Path:
    path = tmp_path / "KZ.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "test readme\n")
        archive.writestr("KZ.txt", "".join(ROWS))
    return path


def test_features_map_to_kinds_and_skipped_ones_stay_out(dump: Path) -> None:
    places = {p.name: (p, names) for p, names in read_places(dump)}
    kinds = {name: p.kind for name, (p, _) in places.items()}
    assert kinds == {
        "Republic Square": Kind.LANDMARK,
        "Test Quarter": Kind.LANDMARK,
        "Test Airfield": Kind.AIRPORT,
        "Testabad": Kind.CITY,
        "Almaty Test Region": Kind.REGION,
        "Almaty": Kind.CITY,
    }  # the river (H), the historical place (PPLH) and ADM3 are skipped
    square, names = places["Republic Square"]
    assert square.id == "geonames:999000001"
    assert (square.lat, square.lon, square.country_code) == (43.2383, 76.9453, "KZ")
    assert square.admin1_code == "KZ.02"
    assert names == (
        "Republic Square",
        "Platz der Republik",
        "площадь Республики",
        "Respublika Alany",
    )
    assert places["Test Airfield"][1] == ("Test Airfield",)  # codes are left to the index
    assert places["Almaty Test Region"][0].id == "region:KZ.02"
    assert places["Testabad"][0].population == 1200


def test_filters_are_applied_while_streaming(dump: Path) -> None:
    stream = read_geonames_dump(dump, feature_classes="PH")
    assert inspect.isgenerator(stream)
    assert [p.name for p, _ in stream] == ["Test Quarter", "Testabad", "Test River", "Almaty"]
    big = read_places(dump, feature_classes=["P"], min_population=1000)
    assert [p.name for p, _ in big] == ["Testabad", "Almaty"]
    assert read_places(dump, country_codes=["RU"]) == ()


def test_zip_gives_the_same_places_as_the_text_file(dump: Path, zipped: Path) -> None:
    assert read_places(zipped) == read_places(dump)


def test_bad_rows_name_the_file_and_line(tmp_path: Path) -> None:
    short = tmp_path / "KZ.txt"
    short.write_text(SQUARE + "999000009\tBroken\tBroken\n" + SQUARE, encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"KZ\.txt, line 2: .*19 tab-separated columns"):
        read_places(short)
    bad_lat = tmp_path / "cities15000.txt"
    bad_lat.write_text(SQUARE + SQUARE.replace("43.2383", "north"), encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"cities15000\.txt, line 2 \(Republic Square\)"):
        read_places(bad_lat)
    notes = tmp_path / "notes.txt"
    notes.write_text("just some notes\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="not a GeoNames dump"):
        read_places(notes)
    fake_zip = tmp_path / "RU.zip"
    fake_zip.write_bytes(b"not a zip")
    with pytest.raises(GazetteerError, match=r"RU\.zip: not a GeoNames dump"):
        read_places(fake_zip)


def test_a_dump_entry_replaces_the_built_in_one(gazetteer, zipped: Path) -> None:
    overlay = with_places(gazetteer, zipped)
    almaty = [e for e in overlay.lookup("Almaty") if e.place.id == "geonames:1526384"]
    assert len(almaty) == 1
    assert almaty[0].place.point == (43.25, 76.91)  # the dump's, not the built-in entry
    assert almaty[0].place.admin1_name == gazetteer.region("KZ.02").name
    # names only the built-in index has (Cyrillic) find the replacement too
    cyrillic = [e.place for e in overlay.lookup("Алматы") if e.place.id == "geonames:1526384"]
    assert [p.point for p in cyrillic] == [(43.25, 76.91)]
    assert overlay.get("geonames:1526384").point == (43.25, 76.91)
    regions = [e.place for e in overlay.lookup("Almaty Test Region")]
    assert [p.id for p in regions] == ["region:KZ.02"]
    assert overlay.region("KZ.02").name == "Almaty Test Region"
    assert len([e for e in overlay.lookup("Almaty") if e.place.id == "region:KZ.02"]) <= 1
    # four new places; Almaty and the region replace built-in entries
    assert len(overlay) == len(gazetteer) + 4
    twice = with_places(gazetteer, zipped, zipped)  # the same ids in two files: one place each
    assert len(twice.lookup("Platz der Republik")) == 1
    assert len(twice) == len(overlay)


def test_a_square_from_a_dump_resolves_exactly(gazetteer, zipped: Path) -> None:
    text = "In Almaty fielen auf dem Platz der Republik Schüsse."
    ours = Geoparser(gazetteer=with_places(gazetteer, zipped))
    found = {m.text: m for m in ours.parse(text, lang="de")}
    square = found["Platz der Republik"]
    assert square.precision is Precision.EXACT
    assert (square.place.id, square.place.lat) == ("geonames:999000001", 43.2383)
    assert found["Almaty"].place.point == (43.25, 76.91)


def test_a_dump_airport_does_not_duplicate_the_built_in_one(gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "KZ.txt"
    path.write_text(
        row(999000009, "Almaty International Airport", "ALA", 43.3521, 77.0405, "S", "AIRP"),
        encoding="utf-8",
    )
    built_in = [e.place.id for e in gazetteer.lookup("Almaty International Airport")]
    assert "airport:ALA" in built_in
    overlay = with_places(gazetteer, path)
    airports = [e.place for e in overlay.lookup("Almaty International Airport")]
    assert [p.id for p in airports if p.kind.value == "airport"] == ["geonames:999000009"]
    # another airport of the name far away stays
    far = tmp_path / "XX.txt"
    far.write_text(
        row(999000010, "Almaty International Airport", "", 10.0, 10.0, "S", "AIRP"),
        encoding="utf-8",
    )
    both = with_places(gazetteer, far)
    ids = {e.place.id for e in both.lookup("Almaty International Airport")}
    assert {"airport:ALA", "geonames:999000010"} <= ids
