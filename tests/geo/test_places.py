"""User places layered over the gazetteer: files, errors, lookup, geoparsing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.errors import GazetteerError
from geo.geoparsing import Geoparser
from geo.places import read_places, with_places
from geo.types import Kind, Precision
from incident_mapper.cli import cli

SQUARE = "Republic Square,43.2383,76.9453,landmark,KZ,Platz der Republik|площадь Республики\n"


@pytest.fixture
def places_csv(tmp_path: Path) -> Path:
    path = tmp_path / "places.csv"
    path.write_text(
        "name,lat,lon,kind,country_code,alternate_names\n"
        + SQUARE
        + "Camp Qorvandel,12.5,30.1,city,SD,\n",
        encoding="utf-8",
    )
    return path


def test_csv_and_geojson_give_the_same_places(places_csv: Path, tmp_path: Path) -> None:
    geojson = tmp_path / "places.geojson"
    geojson.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [76.9453, 43.2383]},
                        "properties": {
                            "name": "Republic Square",
                            "kind": "landmark",
                            "country_code": "KZ",
                            "alternate_names": ["Platz der Republik", "площадь Республики"],
                        },
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    [(from_json, names_json)] = read_places(geojson)
    from_csv, names_csv = read_places(places_csv)[0]
    assert (
        names_json == names_csv == ("Republic Square", "Platz der Republik", "площадь Республики")
    )
    assert (from_json.lat, from_json.lon, from_json.kind) == (43.2383, 76.9453, Kind.LANDMARK)
    assert from_json.id == from_csv.id
    assert from_csv.id.startswith("user:")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Nowhere,,76.9,landmark,KZ,\n", "latitude and longitude"),
        ("Far,95,76.9,landmark,KZ,\n", "out of range"),
        (",43.2,76.9,landmark,KZ,\n", "no name"),
        ("Odd,43.2,76.9,volcano,KZ,\n", "unknown kind"),
    ],
)
def test_bad_rows_are_refused_naming_file_and_place(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,lat,lon,kind,country_code,alternate_names\n" + row, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message) as info:
        read_places(path)
    assert "bad.csv, place 1" in str(info.value)


def test_overlay_finds_user_places_first_and_keeps_the_gazetteer(
    gazetteer, places_csv: Path
) -> None:
    overlay = with_places(gazetteer, places_csv)
    assert overlay.lookup("Camp Qorvandel")[0].place.name == "Camp Qorvandel"
    assert overlay.has_prefix("camp")
    assert overlay.lookup("Almaty")[0].place.country_code == "KZ"
    assert overlay.country("KZ") == gazetteer.country("KZ")
    assert len(overlay) == len(gazetteer) + 2
    assert with_places(gazetteer) is gazetteer


def test_a_listed_landmark_resolves_exactly_and_an_unlisted_one_within_the_city(
    gazetteer, places_csv: Path
) -> None:
    text = "In Almaty fielen auf dem Platz der Republik Schüsse."
    plain = {m.text: m for m in Geoparser(gazetteer=gazetteer).parse(text, lang="de")}
    assert plain["Platz der Republik"].precision is Precision.WITHIN_CITY
    assert plain["Platz der Republik"].place.name == "Almaty"
    ours = Geoparser(gazetteer=with_places(gazetteer, places_csv))
    found = {m.text: m for m in ours.parse(text, lang="de")}
    square = found["Platz der Republik"]
    assert square.precision is Precision.EXACT
    assert (square.place.name, square.place.lat) == ("Republic Square", 43.2383)
    camp = ours.parse("Fighting was reported near Camp Qorvandel on Monday.", lang="en")
    assert [m.place.name for m in camp if m.place] == ["Camp Qorvandel"]


def test_cli_uses_places_files_and_refuses_bad_ones(places_csv: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(
        "Police detained 20 protesters at Republic Square in Almaty on 6 January 2022.\n",
        encoding="utf-8",
    )
    out = tmp_path / "t.csv"
    result = CliRunner().invoke(
        cli, ["extract", str(report), "-o", str(out), "--places", str(places_csv), "-q"]
    )
    assert result.exit_code == 0, result.output
    assert "Republic Square" in out.read_text(encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,lat,lon\nBroken,x,y\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["extract", str(report), "-o", str(out), "--places", str(bad), "-q"]
    )
    assert result.exit_code == 2
    assert "bad.csv" in result.output
