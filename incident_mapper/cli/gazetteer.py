"""``incident-map gazetteer build|info``: the offline gazetteer's cache."""

from __future__ import annotations

import json
import time

import click

__all__ = ["gazetteer"]


@click.group("gazetteer")
def gazetteer() -> None:
    """Build or inspect the offline gazetteer index.

    \b
    Examples:
        incident-map gazetteer build
        incident-map gazetteer info --json
    The cache lives in the user cache folder, or in $INCIDENT_MAPPER_CACHE_DIR.
    """


@gazetteer.command(
    "build",
    epilog="\b\nExamples:\n    incident-map gazetteer build\n    incident-map gazetteer build --rebuild --quiet\n",
)
@click.option("--rebuild", is_flag=True, help="Build anew even if the cache is valid.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
def build(rebuild: bool, quiet: bool) -> None:
    """Build the index if it is missing, stale or corrupt (about 30-60 s), else check it."""
    from geo.errors import IncidentMapperError
    from geo.gazetteer import build_cache

    start = time.perf_counter()

    def log(message: str) -> None:
        if not quiet:
            click.echo(f"[{time.perf_counter() - start:5.1f}s] {message}", err=True)

    try:
        path, data, built = build_cache(rebuild=rebuild, log=log)
    except IncidentMapperError as exc:
        raise click.ClickException(str(exc)) from exc
    if not quiet:
        verb = "Built" if built else "Valid"
        click.echo(
            f"{verb}: {path} ({len(data):,} places, {len(data.keys):,} names, "
            f"{time.perf_counter() - start:.1f} s)"
        )


@gazetteer.command(
    "info",
    epilog="\b\nExamples:\n    incident-map gazetteer info\n    incident-map gazetteer info --json\n",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def info(as_json: bool) -> None:
    """Print the cache's path, size, counts and data versions (builds it if needed)."""
    from geo.errors import IncidentMapperError
    from geo.gazetteer import load_gazetteer

    try:
        details = load_gazetteer().info()
    except IncidentMapperError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(details, indent=2))
        return
    size = details["size_bytes"]
    click.echo(f"path:     {details['path']}")
    click.echo(f"size:     {size / 1e6:.1f} MB" if size else "size:     (not on disk)")
    click.echo(f"places:   {details['places']:,}")
    click.echo(f"names:    {details['names']:,}")
    kinds = ", ".join(f"{k} {n:,}" for k, n in details["kinds"].items())
    click.echo(f"kinds:    {kinds}")
    versions = ", ".join(f"{k} {v}" for k, v in details["data_versions"].items())
    click.echo(f"data:     {versions}")
