"""``incident-map geoparse FILE...``: the place names in plain-text reports.

Exit status: 0 when every file was read, 1 when some file failed (the
others are still processed), 2 on a usage error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import click

from geo.errors import DocumentError
from geo.types import Mention
from incident_mapper.cli.options import country_option, lang_option

__all__ = ["geoparse", "mention_record"]


def mention_record(doc: str, mention: Mention) -> dict[str, Any]:
    """One JSON-ready row for a mention of document *doc*.

    Examples
    --------
    >>> from geo.types import Kind, Mention
    >>> mention_record("a.txt", Mention("Nowhere", 0, 7, Kind.CITY))["lat"] is None
    True
    """
    place = mention.place
    return {
        "doc": doc,
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "name": place.name if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "kind": mention.kind.value,
        "country_code": place.country_code if place else None,
        "precision": mention.precision.value if mention.precision else None,
        "confidence": round(mention.confidence, 3),
        "id": place.id if place else None,
        "unresolved": mention.unresolved,
    }


def _read(path: str) -> str:
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
    except OSError as exc:
        raise DocumentError(path, f"cannot be read ({exc.strerror or exc})") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            path, f"is not UTF-8 text (byte {exc.start}); convert it or use a document reader"
        ) from exc


def _table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    for column, justify in (
        ("doc", "left"),
        ("text", "left"),
        ("start", "right"),
        ("kind", "left"),
        ("name", "left"),
        ("cc", "left"),
        ("lat", "right"),
        ("lon", "right"),
        ("precision", "left"),
        ("conf", "right"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for r in rows:
        table.add_row(
            r["doc"],
            r["text"],
            str(r["start"]),
            r["kind"],
            r["name"] or "-",
            r["country_code"] or "",
            f"{r['lat']:.4f}" if r["lat"] is not None else "",
            f"{r['lon']:.4f}" if r["lon"] is not None else "",
            r["precision"] or "",
            f"{r['confidence']:.2f}",
        )
    Console(soft_wrap=True).print(table)


def _records(
    files: Sequence[str], parser: Any, lang: str | None
) -> Iterator[dict[str, Any] | DocumentError]:
    for path in files:
        try:
            text = _read(path)
        except DocumentError as exc:
            yield exc
            continue
        doc = "<stdin>" if path == "-" else path
        for mention in parser.parse(text, lang=lang):
            yield mention_record(doc, mention)


@click.command("geoparse")
@click.argument("files", nargs=-1, required=True)
@lang_option
@country_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one JSON object per mention; table: aligned columns.",
)
@click.option(
    "--no-demonyms", is_flag=True, help='Leave out adjectives such as "Kazakh" or "russisch".'
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Leave out mentions whose confidence is lower.",
)
def geoparse(
    files: tuple[str, ...],
    lang: str | None,
    country: tuple[str, ...],
    fmt: str,
    no_demonyms: bool,
    min_confidence: float,
) -> None:
    """Find and resolve the place names in plain-text reports (UTF-8; - reads stdin).

    \b
    Example:
        incident-map geoparse report.txt --lang de --format table
    """
    from geo.geoparsing import Geoparser

    parser = Geoparser(
        lang=lang,
        country_bias=country,
        include_demonyms=not no_demonyms,
        min_confidence=min_confidence,
    )
    failed = False
    rows: list[dict[str, Any]] = []
    for item in _records(files, parser, lang):
        if isinstance(item, DocumentError):
            click.echo(f"error: {item}", err=True)
            failed = True
        elif fmt == "jsonl":
            click.echo(json.dumps(item, ensure_ascii=False))
        else:
            rows.append(item)
    if fmt == "table":
        _table(rows)
    if failed:
        sys.exit(1)
