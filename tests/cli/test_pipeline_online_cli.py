"""``incident-map extract/map --online``: opt-in, never without a user agent (no network here)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner
from geopy.location import Location

from incident_mapper.cli import cli

REPORT = "Police detained 20 protesters at Republic Square on 6 January 2022.\n"
SQUARE = {"osm_type": "way", "osm_id": 1001, "class": "place", "type": "square"}


@pytest.fixture
def service(fake_online: Callable[..., Any]) -> Any:
    square = Location("Republic Square, Almaty, Kazakhstan", (43.2383, 76.9453), SQUARE)
    return fake_online({"Republic Square": square}, service="nominatim")


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "square.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_extract_online_places_what_the_gazetteer_lacks(
    service: Any, report: Path, tmp_path: Path
) -> None:
    out = tmp_path / "t.csv"
    args = ["extract", str(report), "-o", str(out), "--lang", "en", "--workers", "1"]
    offline = CliRunner().invoke(cli, args)
    assert offline.exit_code == 0, offline.output
    assert len(pd.read_csv(out)) == 0  # the square is unknown offline
    assert service.queries == []
    online = CliRunner().invoke(cli, [*args, "--online", "nominatim", "--user-agent", "tests/1.0"])
    assert online.exit_code == 0, online.output
    [row] = pd.read_csv(out).itertuples()
    assert (row.place_id, row.precision, row.latitude) == ("nominatim:way/1001", "exact", 43.2383)
    assert "1 incident(s) placed online" in online.stderr
    assert service.queries == ["Republic Square"]


def test_map_online(service: Any, report: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    online = ["--online", "nominatim", "--user-agent", "tests/1.0"]
    result = CliRunner().invoke(
        cli, ["map", str(report), "-o", str(out), "--lang", "en", "-q", *online]
    )
    assert result.exit_code == 0, result.output
    assert "Republic Square" in out.read_text(encoding="utf-8")
    assert service.queries == ["Republic Square"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--online", "nominatim"], "--user-agent"),
        (["--online", "nominatim", "--user-agent", "tests/1.0", "--offline"], "--offline"),
        (["--online", "geonames-web", "--user-agent", "tests/1.0"], "--online"),
    ],
)
def test_usage_errors(
    service: Any, report: Path, tmp_path: Path, extra: list[str], message: str
) -> None:
    out = tmp_path / "t.csv"
    result = CliRunner().invoke(cli, ["extract", str(report), "-o", str(out), *extra])
    assert result.exit_code == 2
    assert message in result.output
    assert service.queries == []
    assert not out.exists()


def test_map_of_a_table_refuses_online_without_a_user_agent(service: Any, tmp_path: Path) -> None:
    table = tmp_path / "t.geojson"
    table.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["map", str(table), "-o", str(tmp_path / "m.html"), "--online", "photon"]
    )
    assert result.exit_code == 2
    assert "--user-agent" in result.output
