"""The project's set-up files agree with each other."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent

# conda-forge spells a few packages differently from PyPI.
CONDA_NAMES = {"dask": "dask"}


def _split(requirement: str) -> tuple[str, str]:
    match = re.match(r"^\s*([A-Za-z0-9_.\-]+)(\[[^\]]*\])?\s*(.*)$", requirement)
    assert match, requirement
    name = match.group(1).lower().replace("_", "-")
    return name, match.group(3).replace(" ", "")


def _pyproject() -> dict[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    reqs = list(data["project"]["dependencies"]) + list(
        data["project"]["optional-dependencies"]["test"]
    )
    return dict(_split(r) for r in reqs)


def _environment() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    specs: dict[str, str] = {}
    for item in env["dependencies"]:
        if isinstance(item, dict):
            for pip_req in item.get("pip", []):
                if not pip_req.startswith("-"):
                    name, spec = _split(pip_req)
                    specs[name] = spec
        elif not item.startswith(("python", "pip")) or item.startswith("python-"):
            name, spec = _split(item)
            specs[name] = spec
    return specs


def test_environment_lists_every_dependency_with_the_same_range() -> None:
    pyproject = _pyproject()
    environment = _environment()
    assert set(environment) == set(pyproject), (
        f"only in pyproject: {sorted(set(pyproject) - set(environment))}; "
        f"only in environment.yml: {sorted(set(environment) - set(pyproject))}"
    )
    for name, spec in pyproject.items():
        assert environment[name] == spec, (
            f"{name}: pyproject {spec!r}, environment {environment[name]!r}"
        )


def test_environment_python_matches_requires_python() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pythons = [d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python")]
    assert pythons == [f"python{data['project']['requires-python']}"]


@pytest.mark.parametrize("script", ["incident-map"])
def test_console_script_points_at_the_cli(script: str) -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    target = data["project"]["scripts"][script]
    module, _, attr = target.partition(":")
    imported = __import__(module, fromlist=[attr])
    assert callable(getattr(imported, attr))


def test_ci_script_treats_no_tests_as_failure() -> None:
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in text
    assert re.search(r'"\$status" -eq 5', text)
