"""RSS and Atom feeds via feedparser: one document per entry.

Entry ids are ``<file id>#<n>``, n counting entries from 1 in feed order.
Summaries and contents are HTML: their text is kept, markup dropped. An
entry with a title but no body gets its title as text.

Examples
--------
>>> is_feed(b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')
True
>>> is_feed(b"<html><body>Almaty</body></html>")
False
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from geo.errors import DocumentError
from incidents._html import html_to_text, wire_agencies
from incidents._partial_dates import DAY
from incidents.types import Document

__all__ = ["is_feed", "read_feed"]

_ROOT = re.compile(rb"<(?:[\w-]+:)?(rss|feed|rdf)\b", re.I)
_FIRST_TAG = re.compile(rb"<([A-Za-z][\w:.-]*)")


def is_feed(data: bytes) -> bool:
    """Whether *data* is an RSS or Atom document (sniffs the root element).

    Parameters
    ----------
    data : bytes
        The start of an XML file is enough.
    """
    head = data[:4096]
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", head, flags=re.S)
    first = _FIRST_TAG.search(head)
    return first is not None and _ROOT.match(head, first.start()) is not None


def _date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _body(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    summary = entry.get("summary", "") or ""
    best = max([*contents, summary], key=len)
    return html_to_text(best)


def read_feed(data: bytes, *, doc_id: str, path: str) -> Iterator[Document | DocumentError]:
    """Reader for RSS/Atom files (``.rss``, ``.atom``, ``.xml`` that is a feed)."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries", [])
    if not entries:
        reason = "feed has no entries"
        if parsed.get("bozo"):
            reason = f"not a readable feed: {parsed.get('bozo_exception')}"
        yield DocumentError(path, reason)
        return
    outlet = html_to_text(parsed.get("feed", {}).get("title", "") or "") or None
    for number, entry in enumerate(entries, start=1):
        entry_id = f"{doc_id}#{number}"
        title = html_to_text(entry.get("title", "") or "") or None
        text = _body(entry) or (title or "")
        if not text:
            yield DocumentError(path, f"entry {number} has no title or text")
            continue
        published = _date(entry)
        author = entry.get("author") or None
        yield Document(
            id=entry_id,
            text=text,
            title=title,
            source=outlet,
            agencies=wire_agencies(text, author),
            url=entry.get("link") or None,
            published=published,
            date_precision=DAY if published else None,
            path=path,
            author=author,
        )
