"""Glue shared by ``extract`` and ``map``: options -> pipeline run -> summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from geo.errors import ConfigError, GazetteerError
from geo.gazetteer import cache_path
from incident_mapper.cli._report import error_console, print_errors, print_summary, progress
from incidents.pipeline import Options, PipelineResult, run

__all__ = ["TABLE_SUFFIXES", "check_online", "options_from", "run_pipeline"]

#: Suffixes of incident tables this tool writes (and reads back).
TABLE_SUFFIXES = (".geojson", ".gpkg", ".parquet", ".geoparquet")


def _date(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def check_online(params: dict[str, Any]) -> None:
    """Refuse ``--online`` without ``--user-agent``, or with ``--offline`` (a usage error)."""
    if params.get("online") and not params.get("user_agent"):
        raise click.UsageError("--online needs --user-agent naming your application")
    if params.get("online") and params.get("offline"):
        raise click.UsageError("--online and --offline contradict each other: choose one")


def options_from(params: dict[str, Any]) -> Options:
    """Build pipeline :class:`Options` from the shared click options.

    Raises
    ------
    click.UsageError
        For ``--online`` without ``--user-agent``, or with ``--offline``.
    """
    types = tuple(t.strip() for t in (params.get("types") or "").split(",") if t.strip())
    check_online(params)
    online = params.get("online")
    return Options(
        lang=params.get("lang"),
        country_bias=tuple(params.get("country") or ()),
        since=_date(params.get("since")),
        until=_date(params.get("until")),
        types=types,
        min_confidence=float(params.get("min_confidence") or 0.0),
        places=tuple(str(p) for p in params.get("places") or ()),
        online=online.lower() if online else None,
        user_agent=params.get("user_agent") if online else None,
    )


def run_pipeline(paths: tuple[str, ...], params: dict[str, Any]) -> PipelineResult:
    """Run the pipeline over *paths*; a missing path is a failed input, not text."""
    quiet = bool(params.get("quiet"))
    options = options_from(params)
    console = error_console()
    if not quiet and not cache_path().exists():
        console.print(
            "Building the offline gazetteer index: once per installation, about a minute...",
            markup=False,
        )
    with progress(not quiet) as on_progress:
        try:
            result = run(
                [Path(name) for name in paths],
                options=options,
                workers=params.get("workers"),
                on_progress=on_progress,
            )
        except GazetteerError as exc:
            raise click.BadParameter(str(exc), param_hint="--places") from exc
        except ConfigError as exc:
            raise click.BadParameter(str(exc), param_hint="--online") from exc
    print_errors(result, console)
    report = result.online
    if report is not None and report.error:
        console.print(
            f"Online geocoding stopped ({report.error}); the rest stays offline.", markup=False
        )
    if not quiet:
        if report is not None:
            console.print(
                f"{report.service}: {report.asked} name(s) asked (cached on disk), "
                f"{report.placed} incident(s) placed online",
                markup=False,
            )
        print_summary(result, console, verbose=bool(params.get("verbose")))
    return result
