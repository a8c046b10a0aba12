"""``incident-map map``: reports or a table in, HTML (standard, offline, fragment) out."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from incident_mapper.cli import cli

REPORT = (
    "date 2022-01-06 Max Muster/TASS/dpa Soldaten am Flughafen\n\n"
    "Am Donnerstag haben Truppen der OVKS den Flughafen von Almaty wieder unter Kontrolle "
    "gebracht, wie ein Reporter der Agentur TASS berichtete. In Aktobe demonstrierten "
    "am Mittwoch Hunderte Menschen friedlich gegen die Gaspreise.\n"
)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "almaty.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_map_from_reports(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    result = CliRunner().invoke(cli, ["map", str(report), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "leaflet" in html.lower()
    assert "Almaty" in html
    assert str(out.resolve()) in result.stdout
    assert "documents read" in result.stderr


def test_offline_map_has_no_external_scripts(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    result = CliRunner().invoke(cli, ["map", str(report), "-o", str(out), "--offline", "-q"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert '<script src="http' not in html
    assert 'rel="stylesheet" href="http' not in html


def test_fragment_has_no_document_wrapper(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "part.html"
    result = CliRunner().invoke(cli, ["map", str(report), "-o", str(out), "--fragment", "-q"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8").lower()
    assert "<html" not in html
    assert "<div" in html


def test_map_from_an_incident_table(report: Path, tmp_path: Path) -> None:
    table = tmp_path / "incidents.gpkg"
    assert CliRunner().invoke(cli, ["extract", str(report), "-o", str(table), "-q"]).exit_code == 0
    out = tmp_path / "from-table.html"
    result = CliRunner().invoke(cli, ["map", str(table), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert "Almaty" in out.read_text(encoding="utf-8")


def test_missing_input_exits_1_but_still_maps_the_rest(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    result = CliRunner().invoke(cli, ["map", str(report), str(tmp_path / "gone"), "-o", str(out)])
    assert result.exit_code == 1
    assert "gone" in result.stderr
    assert out.exists()


def test_map_without_paths_is_a_usage_error() -> None:
    assert CliRunner().invoke(cli, ["map"]).exit_code == 2
