"""``incident-map geoparse FILE...``: the place names in reports.

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


#: files whose text is read by the document readers: its markup, feed items
#: and JSON fields are no text to geoparse
_STRUCTURED = (".html", ".htm", ".xml", ".rss", ".atom", ".jsonl", ".ndjson")


def _records(
    files: Sequence[str], parser: Any, lang: str | None
) -> Iterator[dict[str, Any] | DocumentError]:
    for path in files:
        if path != "-" and path.lower().endswith(_STRUCTURED):
            yield from _document_records(path, parser, lang)
            continue
        try:
            text = _read(path)
        except DocumentError as exc:
            yield exc
            continue
        doc = "<stdin>" if path == "-" else path
        for mention in parser.parse(text, lang=lang):
            yield mention_record(doc, mention)


def _document_records(
    path: str, parser: Any, lang: str | None
) -> Iterator[dict[str, Any] | DocumentError]:
    """Mentions of each document of an HTML page, feed or JSON Lines file.

    ``doc`` is the document's id (``feed.xml#2``) and the offsets count into
    its text, as :class:`incidents.types.Document` gives it (title and
    body, not the markup: a feed's "Mon, 10 Aug" date is no Mon State).
    """
    from incidents.documents import read_documents
    from incidents.types import Document

    for item in read_documents(path, lang=lang, recursive=False):
        if isinstance(item, DocumentError):
            yield item
        elif isinstance(item, Document):
            for mention in parser.parse(item.text, lang=lang or item.lang):
                yield mention_record(item.id, mention)


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
    """Find and resolve the place names in reports (UTF-8 text; - reads stdin).

    Plain text is read as it is (offsets count into the file); HTML pages,
    RSS/Atom feeds and JSON Lines files are read into their documents first
    (offsets count into each document's text, "doc" is its id).

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
