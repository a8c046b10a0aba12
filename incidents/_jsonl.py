"""JSON Lines: one report per line.

Each line is an object with ``text`` (required) and optionally ``title``,
``url``, ``published`` (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, an ISO
timestamp or a written date with its year, "7 January 2022"), ``source``, ``lang``, ``author``. Blank lines are skipped; a
bad line is one :class:`~geo.errors.DocumentError` naming file and line,
and the other lines still go through. Ids are ``<file id>#<line number>``.

Examples
--------
>>> data = b'{"text": "Clashes in Almaty.", "published": "2022-01"}\\n{"title": 1}\\n'
>>> results = list(read_jsonl(data, doc_id="a.jsonl", path="a.jsonl"))
>>> results[0].id, results[0].published, results[0].date_precision
('a.jsonl#1', datetime.date(2022, 1, 1), 3)
>>> str(results[1])
"a.jsonl: line 2: no 'text' (a non-empty string is required)"
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any

from geo.errors import DocumentError
from incidents._partial_dates import parse_written_date
from incidents._text import build_document, decode_bytes
from incidents.types import Document

__all__ = ["read_jsonl", "record_to_document"]

_OPTIONAL = ("title", "url", "published", "source", "lang", "author")


def record_to_document(record: Any, *, doc_id: str, path: str | None = None) -> Document:
    """One JSON object to a document.

    Raises
    ------
    ValueError
        Not an object, no ``text``, a field of the wrong type, a bad date.
    """
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no 'text' (a non-empty string is required)")
    for key in _OPTIONAL:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ValueError(f"{key!r} must be a string, got {type(record[key]).__name__}")
    document = build_document(text, doc_id=doc_id, path=path)
    changes: dict[str, Any] = {
        key: record[key].strip() or None
        for key in ("title", "url", "source", "lang", "author")
        if record.get(key)
    }
    if record.get("published"):
        parsed = parse_written_date(record["published"])
        if parsed is None:
            raise ValueError(f"'published' is not a date: {record['published']!r}")
        changes["published"], changes["date_precision"] = parsed
    return dataclasses.replace(document, **changes)


def read_jsonl(data: bytes, *, doc_id: str, path: str) -> Iterator[Document | DocumentError]:
    """Reader for ``.jsonl``/``.ndjson`` files."""
    try:
        text = decode_bytes(data, path)
    except DocumentError as exc:
        yield exc
        return
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found = True
        try:
            record = json.loads(line)
            yield record_to_document(record, doc_id=f"{doc_id}#{number}", path=path)
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            yield DocumentError(path, f"line {number}: {exc}")
    if not found:
        yield DocumentError(path, "no JSON lines (only blank lines)")
