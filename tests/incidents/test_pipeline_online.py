"""The pipeline's opt-in online fallback, with a fake geopy geocoder (no network)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from geopy.location import Location

import geo.online
from geo.errors import ConfigError
from incidents._online import ONLINE_CONFIDENCE, answer_precision
from incidents.pipeline import Options, run
from incidents.types import IncidentRow

# Nominatim-shaped answers (our own test values; only the fields we read)
SQUARE = {
    "osm_type": "way",
    "osm_id": 1001,
    "class": "place",
    "type": "square",
    "addresstype": "square",
    "name": "Republic Square",
    "address": {"country_code": "kz"},
}
ANSWERS = {
    "Republic Square, Almaty": Location(
        "Republic Square, Almaty, Kazakhstan", (43.2383, 76.9453), SQUARE
    ),
    "Republic Square": Location("Republic Square, Almaty, Kazakhstan", (43.2383, 76.9453), SQUARE),
    "Qorvandel Camp": Location(
        "Qorvandel Camp, Sudan",
        (12.5, 24.9),
        {"osm_type": "node", "osm_id": 7, "class": "place", "type": "hamlet"},
    ),
}
TEXTS = [
    "Police detained 20 protesters at Republic Square in Almaty on 6 January 2022.",
    "Police detained 20 protesters at Republic Square on 6 January 2022.",
    "Police detained 20 protesters at Republic Square on 6 January 2022, TASS reported.",
    "Protesters rallied in Aktobe on 4 January 2022.",
]


@pytest.fixture
def service(fake_online: Callable[..., Any]) -> Any:
    return fake_online(ANSWERS)


ONLINE = Options(lang="en", online="nominatim", user_agent="tests/1.0")


def test_nothing_is_sent_without_online(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("no online geocoder without Options(online=...)")

    monkeypatch.setattr(geo.online, "online_geocoder", refuse)
    result = run(TEXTS, options=Options(lang="en"), workers=1)
    assert result.online is None
    assert result.unresolved["Republic Square"] == 2
    assert "nominatim" not in " ".join(result.table["place_id"])


def test_only_unresolved_sites_are_asked_each_once(service: Any) -> None:
    result = run(TEXTS, options=ONLINE, workers=1)
    asked = [
        (q, kw.get("country_codes")) for q, kw in zip(service.queries, service.options, strict=True)
    ]
    # the two bare "Republic Square" reports ask once; the one in Almaty asks with its city;
    # Aktobe and Almaty, found offline, never leave the machine
    assert sorted(asked, key=str) == [
        ("Republic Square", None),
        ("Republic Square, Almaty", ["kz"]),
    ]
    assert result.online is not None
    assert (result.online.asked, result.online.placed, result.online.error) == (2, 3, None)
    assert "Republic Square" not in result.unresolved
    assert result.dropped_unlocated == 0


def test_an_incident_gets_the_online_point_precision_and_provenance(service: Any) -> None:
    offline = run(TEXTS, options=Options(lang="en"), workers=1).table
    table = run(TEXTS, options=ONLINE, workers=1).table
    square = table[table["place_id"] == "nominatim:way/1001"]
    assert len(square) == 1  # the three reports of one event at one place merge
    row = square.iloc[0]
    assert (row["latitude"], row["longitude"]) == (43.2383, 76.9453)
    assert row["precision"] == "exact"
    assert row["location"] == "Republic Square, Almaty"
    assert row["country_code"] == "KZ"
    assert row["unresolved"] == ""
    assert "placed by nominatim (online)" in row["notes"]
    assert 0 < row["confidence"] <= ONLINE_CONFIDENCE
    best_offline = offline[offline["precision"] != "within city"]["confidence"].min()
    assert row["confidence"] < best_offline
    aktobe = table[table["location"] == "Aktobe"].iloc[0]
    assert aktobe["place_id"].startswith("geonames:")


def test_workers_never_ask_only_the_parent_does(service: Any) -> None:
    texts = TEXTS * 5  # above the threshold where worker processes start
    table = run(texts, options=ONLINE, workers=2).table
    assert service.pids == [os.getpid()] * 2
    assert "nominatim:way/1001" in set(table["place_id"])


def test_a_second_run_reads_the_cache(service: Any) -> None:
    first = run(TEXTS, options=ONLINE, workers=1).table
    sent = len(service.queries)
    second = run(TEXTS, options=ONLINE, workers=1).table
    assert len(service.queries) == sent == 2
    assert list(second["place_id"]) == list(first["place_id"])


def test_table_rows_the_gazetteer_lacks_and_answers_that_do_not_fit(service: Any) -> None:
    rows = [
        IncidentRow(
            row_id="t.csv#1", location="Qorvandel Camp", event_type="Battles", path="t.csv"
        ),
        IncidentRow(
            row_id="t.csv#2", location="Xqzvillebrook", event_type="Protests", path="t.csv"
        ),
    ]
    from incidents.pipeline import _process_rows, finish

    result = finish([_process_rows("t.csv", rows)], [], ONLINE)
    [row] = result.table.itertuples()
    assert (row.place_id, row.precision, row.latitude) == ("nominatim:node/7", "city", 12.5)
    assert result.unresolved == {"Xqzvillebrook": 1}  # asked, not found: still unresolved
    assert result.dropped_unlocated == 1


def test_online_without_a_user_agent_is_refused() -> None:
    with pytest.raises(ConfigError, match="user_agent"):
        run(TEXTS[:1], options=Options(online="nominatim"), workers=1)


def test_answer_types_give_precisions() -> None:
    assert answer_precision({"addresstype": "city"}).value == "city"
    assert answer_precision({"class": "amenity", "type": "hospital"}).value == "exact"
    assert answer_precision({"properties": {"type": "country"}}).value == "country"
    assert answer_precision({"place_rank": 8}).value == "region"
