"""Shared fixtures and the skip rules for marked tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

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
