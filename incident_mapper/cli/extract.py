"""``incident-map extract``: reports -> incident table file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from incident_mapper.cli._pipeline import run_pipeline
from incident_mapper.cli.options import common_options, online_options

__all__ = ["extract"]


@click.command(
    "extract",
    epilog="""\b
Examples:
    incident-map extract examples/ -o build/incidents.gpkg
    incident-map extract report.txt --lang de --since 2022-01-01 -o incidents.csv
    incident-map extract reports/ -o incidents.csv --online nominatim --user-agent "my-map/1.0"
""",
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, writable=True),
    help="Table to write; the suffix picks the format: .gpkg .geojson .parquet .csv",
)
@common_options
@online_options
def extract(paths: tuple[str, ...], output: str, **params: Any) -> None:
    """Extract incidents from reports (files or folders) into a table.

    Each incident carries its type, place and precision, date and precision,
    counts and the sentences and outlets it comes from. Exit status 1 when
    some reports could not be read (the others still go through).
    """
    from geo.errors import IncidentMapperError
    from incidents.export import write_table

    result = run_pipeline(paths, params)
    per_doc = params.get("verbose") or len(result.documents) <= 20
    if per_doc and not params.get("quiet"):
        for doc in result.documents:
            click.echo(
                f"{doc.doc_id}: {len(doc.incidents)} incident(s), {doc.mentions} place mention(s)"
                + (f", unresolved: {', '.join(doc.unresolved)}" if doc.unresolved else ""),
                err=True,
            )
    try:
        write_table(result.table, Path(output))
    except IncidentMapperError as exc:
        raise click.ClickException(str(exc)) from exc
    if not params.get("quiet"):
        click.echo(f"Wrote {len(result.table)} incident(s) to {output}", err=True)
    if result.n_failed:
        raise SystemExit(1)
