"""End to end: the demo folder through the command line, to a map and a table."""

from __future__ import annotations

from pathlib import Path

import geopandas
import pytest
from click.testing import CliRunner

from incident_mapper.cli import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
#: Countries the demo reports are about; an incident anywhere else is a geocoding error.
DEMO_COUNTRIES = {"KZ", "BY", "GE", "AM", "LK"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("demo")
    runner = CliRunner()
    table_path = out / "incidents.gpkg"
    extract = runner.invoke(cli, ["extract", str(EXAMPLES), "-o", str(table_path)])
    map_path = out / "demo-map.html"
    mapped = runner.invoke(cli, ["map", str(EXAMPLES), "-o", str(map_path), "--offline", "-q"])
    return {
        "extract": extract,
        "map": mapped,
        "table": geopandas.read_file(table_path) if table_path.exists() else None,
        "html": map_path.read_text(encoding="utf-8") if map_path.exists() else "",
    }


def test_every_demo_document_is_read(demo: dict) -> None:
    result = demo["extract"]
    assert result.exit_code == 0, result.output
    assert "documents failed" in result.stderr
    assert "README" not in result.stderr  # the folder's README is not a report
    assert demo["map"].exit_code == 0, demo["map"].output


def test_demo_table_has_the_kazakhstan_story(demo: dict) -> None:
    table = demo["table"]
    assert table is not None
    kz = table[table["country_code"] == "KZ"]
    assert {"Almaty", "Aktobe", "Zhanaozen"} <= set(kz["location"]) | set(kz["admin1"])
    airport = kz[kz["place_id"] == "airport:ALA"]
    assert not airport.empty
    assert set(airport["precision"]) == {"exact"}
    assert "country" in set(kz["precision"])  # a nationwide figure
    assert (kz["event_date"].dt.year == 2022).all()


def test_demo_incidents_stay_in_the_countries_the_reports_are_about(demo: dict) -> None:
    table = demo["table"]
    assert table is not None
    wrong = table[~table["country_code"].isin(DEMO_COUNTRIES)]
    assert wrong.empty, wrong[["doc_id", "location", "country_code", "quote"]].to_string()
    assert "Paris" not in set(table["location"])


def test_demo_shows_layers_precision_and_time(demo: dict) -> None:
    table = demo["table"]
    assert table is not None
    assert len(set(table["event_type"])) >= 3
    assert {"exact", "city", "country"} <= set(table["precision"])
    assert table["event_date"].notna().all()
    assert table["event_date"].dt.date.nunique() >= 5
    html = demo["html"]
    for event_type in set(table["event_type"]):
        assert event_type in html
    assert "GeoNames" in html
    assert '<script src="http' not in html
