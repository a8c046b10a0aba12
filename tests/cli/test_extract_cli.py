"""``incident-map extract``: success, partial failure, usage errors, config defaults."""

from __future__ import annotations

from pathlib import Path

import geopandas
import pytest
from click.testing import CliRunner

from incident_mapper.cli import cli

REPORT_DE = (
    "date 2022-01-07 Max Muster/dpa Polizisten in Almaty\n\n"
    "In Almaty wurden am Donnerstag 100 Menschen wegen Plünderungen festgenommen.\n"
)
REPORT_EN = (
    "Police in Aktobe detained 40 protesters on Wednesday, 5 January 2022, Interfax reported.\n"
)


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "almaty.txt").write_text(REPORT_DE, encoding="utf-8")
    (folder / "aktobe.txt").write_text(REPORT_EN, encoding="utf-8")
    return folder


def test_extract_writes_a_table_and_summary(reports: Path, tmp_path: Path) -> None:
    out = tmp_path / "incidents.gpkg"
    result = CliRunner().invoke(cli, ["extract", str(reports), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    table = geopandas.read_file(out)
    assert {"Almaty", "Aktobe"} <= set(table["location"])
    assert "documents read" in result.stderr
    assert "Wrote" in result.stderr


def test_extract_csv_and_type_filter(reports: Path, tmp_path: Path) -> None:
    out = tmp_path / "incidents.csv"
    result = CliRunner().invoke(
        cli,
        ["extract", str(reports), "-o", str(out), "--types", "Protests", "--quiet"],
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "Almaty" not in text  # an arrest for looting is not a protest
    assert result.stderr == ""


def test_missing_file_is_reported_and_the_rest_goes_through(reports: Path, tmp_path: Path) -> None:
    out = tmp_path / "incidents.geojson"
    result = CliRunner().invoke(
        cli, ["extract", str(reports / "almaty.txt"), str(tmp_path / "nope.txt"), "-o", str(out)]
    )
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr
    assert "no such file" in result.stderr
    assert "Traceback" not in result.output
    assert "Almaty" in out.read_text(encoding="utf-8")


def test_unreadable_document_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    good = tmp_path / "good.txt"
    good.write_text(REPORT_EN, encoding="utf-8")
    out = tmp_path / "t.csv"
    result = CliRunner().invoke(cli, ["extract", str(bad), str(good), "-o", str(out)])
    assert result.exit_code == 1
    assert "binary.txt" in result.stderr
    assert "Aktobe" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],  # no path
        ["extract", "x.txt"],  # no -o
        ["extract", "x.txt", "-o", "t.csv", "--bogus"],
        ["extract", "x.txt", "-o", "t.csv", "--country", "Kasachstan"],
        ["extract", "x.txt", "-o", "t.csv", "--min-confidence", "2"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output


def test_unknown_output_suffix_is_a_clear_error(reports: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(reports), "-o", str(tmp_path / "t.xyz")])
    assert result.exit_code == 1
    assert "t.xyz" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "command",
    ["extract", "map", "geocode", "geoparse", "gazetteer", "gazetteer build", "gazetteer info"],
)
def test_help_has_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert "incident-map " + command in result.output


def test_config_file_supplies_defaults_and_options_win(
    reports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "incident-map.toml").write_text('[extract]\ntypes = "Protests"\n', encoding="utf-8")
    out = tmp_path / "a.csv"
    result = CliRunner().invoke(cli, ["extract", str(reports), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert "Almaty" not in out.read_text(encoding="utf-8")
    out2 = tmp_path / "b.csv"
    result = CliRunner().invoke(
        cli, ["extract", str(reports), "-o", str(out2), "-q", "--types", "Strategic developments"]
    )
    assert result.exit_code == 0, result.output
    assert "Almaty" in out2.read_text(encoding="utf-8")


def test_broken_config_file_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "incident-map.toml").write_text("lang = \n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "x.txt", "-o", "t.csv"])
    assert result.exit_code == 2
    assert "incident-map.toml" in result.output


def test_summary_lists_unresolved_place_names_with_counts(tmp_path: Path) -> None:
    table = tmp_path / "incidents.csv"
    table.write_text(
        "location,country,date,event_type\n"
        "Xqzvillebrook,KZ,2022-01-04,Protests\n"
        "Xqzvillebrook,KZ,2022-01-05,Protests\n"
        "Aktobe,KZ,2022-01-04,Protests\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(cli, ["extract", str(table), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Xqzvillebrook (2)" in result.stderr
    assert "incidents without a place (not mapped)" in result.stderr
    assert "Aktobe" in out.read_text(encoding="utf-8")
    assert "Xqzvillebrook" not in out.read_text(encoding="utf-8")  # never a guessed point
