"""``incident-map geocode --online``: only asked for names the gazetteer lacks, never silently."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from geopy.location import Location

import geo.online
from geo.online import CachedGeocoder
from incident_mapper.cli import cli


class FakeService:
    def __init__(self) -> None:
        self.queries: list[str] = []

    def geocode(self, query: str, **kwargs: Any) -> Location | None:
        self.queries.append(query)
        if query == "Qorvandel Camp":
            return Location("Qorvandel Camp, Darfur, Sudan", (12.5, 24.9), {"osm_id": 42})
        return None


@pytest.fixture
def service(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeService:
    fake = FakeService()

    def make(name: str, *, user_agent: str, **kwargs: Any) -> CachedGeocoder:
        assert user_agent == "tests/1.0"
        return CachedGeocoder(fake, service=name, cache_dir=tmp_path, min_delay_seconds=0)

    monkeypatch.setattr(geo.online, "online_geocoder", make)
    return fake


def test_online_answers_only_what_the_gazetteer_lacks(service: FakeService) -> None:
    args = ["--online", "nominatim", "--user-agent", "tests/1.0", "--json"]
    result = CliRunner().invoke(cli, ["geocode", "Qorvandel Camp", *args])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert (record["lat"], record["lon"], record["kind"]) == (12.5, 24.9, "online")
    offline = CliRunner().invoke(cli, ["geocode", "Almaty", *args])
    assert offline.exit_code == 0
    assert json.loads(offline.stdout)["id"] == "geonames:1526384"
    assert service.queries == ["Qorvandel Camp"]  # Almaty never left the machine


def test_online_miss_still_exits_1(service: FakeService) -> None:
    result = CliRunner().invoke(
        cli, ["geocode", "Xqzvillebrook", "--online", "photon", "--user-agent", "tests/1.0"]
    )
    assert result.exit_code == 1
    assert "No place found" in result.stderr


def test_online_needs_a_user_agent(service: FakeService) -> None:
    result = CliRunner().invoke(cli, ["geocode", "Xqzvillebrook", "--online", "nominatim"])
    assert result.exit_code == 2
    assert "--user-agent" in result.output
    assert service.queries == []
