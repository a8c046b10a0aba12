"""``incident-map geocode --online``: only asked for names the gazetteer lacks, never silently."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from click.testing import CliRunner
from geopy.location import Location

from incident_mapper.cli import cli

CAMP = Location("Qorvandel Camp, Darfur, Sudan", (12.5, 24.9), {"osm_id": 42})


@pytest.fixture
def service(fake_online: Callable[..., Any]) -> Any:
    return fake_online({"Qorvandel Camp": CAMP})


def test_online_answers_only_what_the_gazetteer_lacks(service: Any) -> None:
    args = ["--online", "nominatim", "--user-agent", "tests/1.0", "--json"]
    result = CliRunner().invoke(cli, ["geocode", "Qorvandel Camp", *args])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert (record["lat"], record["lon"], record["kind"]) == (12.5, 24.9, "online")
    offline = CliRunner().invoke(cli, ["geocode", "Almaty", *args])
    assert offline.exit_code == 0
    assert json.loads(offline.stdout)["id"] == "geonames:1526384"
    assert service.queries == ["Qorvandel Camp"]  # Almaty never left the machine


def test_online_miss_still_exits_1(service: Any) -> None:
    result = CliRunner().invoke(
        cli, ["geocode", "Xqzvillebrook", "--online", "photon", "--user-agent", "tests/1.0"]
    )
    assert result.exit_code == 1
    assert "No place found" in result.stderr


def test_online_needs_a_user_agent(service: Any) -> None:
    result = CliRunner().invoke(cli, ["geocode", "Xqzvillebrook", "--online", "nominatim"])
    assert result.exit_code == 2
    assert "--user-agent" in result.output
    assert service.queries == []
