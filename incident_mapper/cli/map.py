"""``incident-map map``: reports or an incident table -> an HTML map (and PNG)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from incident_mapper.cli._pipeline import TABLE_SUFFIXES, check_online, run_pipeline
from incident_mapper.cli.options import common_options, online_options

__all__ = ["map_command"]


def _is_table(paths: tuple[str, ...]) -> bool:
    """A single incident file this tool wrote (or one shaped like it)."""
    if len(paths) != 1:
        return False
    path = Path(paths[0])
    if not path.is_file():
        return False
    if path.suffix.lower() in TABLE_SUFFIXES:
        return True
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", errors="replace") as fh:
            header = fh.readline().lower()
        return "event_id" in header and "latitude" in header
    return False


@click.command(
    "map",
    epilog="""\b
Examples:
    incident-map map examples/ -o build/map.html
    incident-map map examples/ -o build/map.html --offline
    incident-map map incidents.gpkg -o map.html --png map.png
    incident-map map reports/ -o part.html --fragment
    incident-map map reports/ -o map.html --online photon --user-agent "my-map/1.0"
""",
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-o",
    "--output",
    default="map.html",
    show_default=True,
    type=click.Path(dir_okay=False, writable=True),
    help="HTML file to write.",
)
@click.option("--fragment", is_flag=True, help="Write an HTML fragment to embed in a page.")
@click.option("--png", type=click.Path(dir_okay=False), help="Also render a PNG (needs Chromium).")
@click.option("--pdf", type=click.Path(dir_okay=False), help="Also render a PDF (needs Chromium).")
@click.option("--heatmap", is_flag=True, help="Add a heatmap layer.")
@common_options
@online_options
def map_command(
    paths: tuple[str, ...],
    output: str,
    fragment: bool,
    png: str | None,
    pdf: str | None,
    heatmap: bool,
    **params: Any,
) -> None:
    """Map incidents from reports (files or folders) or from an incident table.

    Reads and geoparses the reports, extracts incidents and writes a Leaflet
    map with one layer per event type, popups citing each source, a legend,
    clustering and a time slider. With ``--offline`` the HTML inlines every
    script and style and opens with no network (tiles then fall back to
    country outlines that ship with the tool).
    """
    import maps
    from geo.errors import IncidentMapperError, RendererUnavailable

    check_online(params)  # refused the same way for a table, where it is not needed
    failed = 0
    if _is_table(paths):
        from incidents.export import read_table

        try:
            table = read_table(Path(paths[0]))
        except IncidentMapperError as exc:
            raise click.ClickException(str(exc)) from exc
    else:
        result = run_pipeline(paths, params)
        table = result.table
        failed = result.n_failed

    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        m = maps.incident_map(table, heatmap=heatmap)
        if fragment:
            maps.save_fragment(m, out)
        elif params.get("offline"):
            maps.save_offline_html(m, out)
        else:
            maps.save_html(m, out)
        if png:
            maps.save_png(m, Path(png))
        if pdf:
            maps.save_pdf(m, Path(pdf))
    except RendererUnavailable as exc:
        raise click.ClickException(str(exc)) from exc
    except IncidentMapperError as exc:
        raise click.ClickException(str(exc)) from exc
    if not params.get("quiet"):
        click.echo(f"Map with {len(table)} incident(s): {out.resolve()}", err=True)
    click.echo(str(out.resolve()))
    if failed:
        raise SystemExit(1)
