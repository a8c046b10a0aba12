"""Shared fixtures and the skip rules for marked tests."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-network", action="store_true", help="run tests that use the network")


def chromium_path() -> str | None:
    """The Chromium binary browser tests drive, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    no_browser = chromium_path() is None
    require_browser = os.environ.get("INCIDENT_MAPPER_REQUIRE_BROWSER") == "1"
    for item in items:
        if "network" in item.keywords and not config.getoption("--run-network"):
            item.add_marker(pytest.mark.skip(reason="network test: pass --run-network"))
        if "browser" in item.keywords and no_browser:
            if require_browser:
                raise pytest.UsageError(
                    "browser tests must run here (INCIDENT_MAPPER_REQUIRE_BROWSER=1) "
                    "but no Chromium was found: apt-get install chromium"
                )
            item.add_marker(
                pytest.mark.skip(reason="no Chromium installed (apt-get install chromium)")
            )
        if "eval" in item.keywords and not SHARED_EVAL.is_dir():
            item.add_marker(pytest.mark.skip(reason=f"evaluation corpora absent: {SHARED_EVAL}"))


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    """Path to ``../shared/eval`` (tests using it carry the ``eval`` marker)."""
    return SHARED_EVAL


@pytest.fixture(scope="session")
def gazetteer():  # type: ignore[no-untyped-def]
    """The offline gazetteer, loaded once per test session."""
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


class FakeOnlineService:
    """Stands in for a geopy geocoder (no network): answers from a table, records each query.

    ``queries`` holds the query strings, ``options`` the keyword arguments
    sent with them and ``pids`` the process that sent each.
    """

    def __init__(self, answers: Mapping[str, Any]) -> None:
        self.answers = answers
        self.queries: list[str] = []
        self.options: list[dict[str, Any]] = []
        self.pids: list[int] = []

    def geocode(self, query: str, **kwargs: Any) -> Any:
        self.queries.append(query)
        self.options.append(kwargs)
        self.pids.append(os.getpid())
        return self.answers.get(query)


@pytest.fixture
def fake_online(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Callable[..., FakeOnlineService]:
    """Put a :class:`FakeOnlineService` behind ``geo.online``'s cache and rate limiter.

    Call it with the answers (query -> geopy ``Location``) and, optionally,
    the service name the code under test must ask for; the user agent must
    be ``tests/1.0``.
    """
    import geo.online

    def install(answers: Mapping[str, Any], *, service: str | None = None) -> FakeOnlineService:
        fake = FakeOnlineService(answers)

        def make(name: str, *, user_agent: str, **kwargs: Any) -> geo.online.CachedGeocoder:
            assert user_agent == "tests/1.0"
            if service is not None:
                assert name == service
            return geo.online.CachedGeocoder(
                fake, service=name, cache_dir=tmp_path, min_delay_seconds=0
            )

        monkeypatch.setattr(geo.online, "online_geocoder", make)
        return fake

    return install
