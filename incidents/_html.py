"""HTML pages (main text and metadata via trafilatura) and HTML fragments.

Examples
--------
>>> html_to_text("<p>Tote in <b>Almaty</b> &amp; Umgebung</p><p>Zweiter Absatz</p>")
'Tote in Almaty & Umgebung\\n\\nZweiter Absatz'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from geo.errors import DocumentError
from incidents._partial_dates import parse_partial_date
from incidents._text import dateline_agencies
from incidents.agencies import find_agency
from incidents.types import Document

__all__ = ["html_to_text", "read_html", "wire_agencies"]

_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
        *("figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table"),
        *("td", "th", "tr", "ul"),
    }
)
_SKIP = frozenset({"script", "style", "noscript", "template", "head"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, paragraphs kept.

    Parameters
    ----------
    fragment : str
        HTML (a feed summary, a page); plain text passes through.

    Returns
    -------
    str
        Paragraphs separated by one blank line, spaces collapsed.
    """
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    paragraphs = (re.sub(r"[ \t\r\f\v]*\n[ \t\r\f\v]*", " ", p) for p in text.split("\n\n"))
    cleaned = (re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)


def wire_agencies(text: str, author: str | None) -> tuple[str, ...]:
    """Agencies of a page or entry: its dateline's, and its author's when that is an agency.

    Examples
    --------
    >>> wire_agencies("Almaty (AFP) - Text.", "dpa; Anna Muster")
    ('AFP', 'dpa')
    """
    names = list(dateline_agencies(text))
    for part in re.split(r"\s*[;,/]\s*|\s+(?:and|und|и)\s+", author or ""):
        agency = find_agency(part) if part else None
        if agency is not None:
            names.append(agency.name)
    return tuple(dict.fromkeys(names))


_META_AUTHOR = re.compile(
    rb"<meta\s+(?:name|property)=[\"'](?:author|article:author|dc\.creator)[\"']\s+content=[\"']([^\"'<>]{1,200})",
    re.I,
)


def _meta_author(data: bytes) -> str | None:
    """The page's raw author meta tag (trafilatura drops agency names like "dpa" as authors)."""
    match = _META_AUTHOR.search(data[:65536])
    return match.group(1).decode("utf-8", "replace").strip() if match else None


def _drop_title(text: str, title: str | None) -> str:
    if title and text.startswith(title):
        rest = text[len(title) :]
        if not rest or rest[0] == "\n":
            return rest.lstrip("\n")
    return text


def read_html(data: bytes, *, doc_id: str, path: str) -> Iterator[Document | DocumentError]:
    """Reader for ``.html``/``.htm``: main text, title, date, author, site name.

    trafilatura finds the article text; a page too small for it falls back
    to all its text. The publication date comes from the page's metadata
    only (no guessing from the body text, which holds event dates).
    """
    import trafilatura

    extracted = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    meta: dict[str, Any] = {}
    if isinstance(extracted, dict):
        meta = extracted
    elif extracted is not None:
        meta = extracted.as_dict()
    title = (meta.get("title") or "").strip() or None
    text = (meta.get("text") or "").strip()
    if not text:
        raw = trafilatura.html2txt(data) or ""
        text = raw.strip()
    text = _drop_title(text, title).strip() or text
    if not text:
        yield DocumentError(path, "HTML page without text")
        return
    published = parse_partial_date(meta["date"]) if meta.get("date") else None
    author = meta.get("author") or None
    yield Document(
        id=doc_id,
        text=text,
        title=title,
        source=(meta.get("sitename") or meta.get("hostname") or None),
        agencies=wire_agencies(text, author or _meta_author(data)),
        url=meta.get("url") or None,
        published=published[0] if published else None,
        date_precision=published[1] if published else None,
        path=path,
        author=author,
    )
