"""Online geocoding is opt-in, cached on disk and rate-limited (no network here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from geopy.location import Location

from geo.errors import ConfigError, GeocoderError
from geo.online import CachedGeocoder, online_geocoder


class FakeService:
    def __init__(self, answers: dict[str, Location | None]) -> None:
        self.answers = answers
        self.queries: list[tuple[str, dict[str, Any]]] = []

    def geocode(self, query: str, **kwargs: Any) -> Location | None:
        self.queries.append((query, kwargs))
        if query == "boom":
            raise TimeoutError("service timed out")
        return self.answers.get(query)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def service() -> FakeService:
    return FakeService({"Aktobe": Location("Aktobe, KZ", (50.28, 57.17), {"place_id": 7})})


def make(service: FakeService, tmp_path: Path, clock: FakeClock | None = None) -> CachedGeocoder:
    clock = clock or FakeClock()
    return CachedGeocoder(
        service, service="fake", cache_dir=tmp_path, clock=clock, sleep=clock.sleep
    )


def test_answers_are_cached_on_disk_across_instances(service: FakeService, tmp_path: Path) -> None:
    first = make(service, tmp_path).geocode("Aktobe")
    second = make(service, tmp_path).geocode("Aktobe")
    assert first is not None
    assert second is not None
    assert (second.latitude, second.longitude, second.raw) == (50.28, 57.17, {"place_id": 7})
    assert len(service.queries) == 1


def test_not_found_is_cached_too(service: FakeService, tmp_path: Path) -> None:
    geocoder = make(service, tmp_path)
    assert geocoder.geocode("Nowhere-on-earth") is None
    assert geocoder.geocode("Nowhere-on-earth") is None
    assert len(service.queries) == 1


def test_options_are_part_of_the_key(service: FakeService, tmp_path: Path) -> None:
    geocoder = make(service, tmp_path)
    geocoder.geocode("Aktobe", language="de")
    geocoder.geocode("Aktobe", language="ru")
    assert len(service.queries) == 2


def test_requests_are_spaced_by_the_minimum_delay(service: FakeService, tmp_path: Path) -> None:
    clock = FakeClock()
    geocoder = make(service, tmp_path, clock)
    geocoder.geocode("a")
    clock.now += 0.25
    geocoder.geocode("b")
    geocoder.geocode("a")  # cached: no wait, no request
    assert clock.slept == [pytest.approx(0.75)]
    assert [q for q, _ in service.queries] == ["a", "b"]


def test_failures_raise_and_are_not_cached(service: FakeService, tmp_path: Path) -> None:
    geocoder = make(service, tmp_path)
    with pytest.raises(GeocoderError, match="boom"):
        geocoder.geocode("boom")
    with pytest.raises(GeocoderError) as info:
        geocoder.geocode("boom")
    assert isinstance(info.value.__cause__, TimeoutError)
    assert len(service.queries) == 2


def test_registry_refuses_unknown_services_and_anonymous_use(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown online geocoder"):
        online_geocoder("googol", user_agent="x/1.0", cache_dir=tmp_path)
    with pytest.raises(ConfigError, match="user_agent"):
        online_geocoder("nominatim", user_agent=" ", cache_dir=tmp_path)


def test_registry_builds_a_cached_nominatim_without_calling_it(tmp_path: Path) -> None:
    geocoder = online_geocoder(
        "Nominatim", user_agent="incident-mapper-tests/0.1", cache_dir=tmp_path
    )
    assert geocoder.service == "nominatim"
    assert type(geocoder.geocoder).__name__ == "Nominatim"
    assert geocoder.min_delay_seconds >= 1.0
