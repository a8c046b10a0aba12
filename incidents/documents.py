"""Reading reports: files, folders and strings become documents.

The file suffix picks the reader:

========================== ===============================================
``.txt``                   plain text, any common encoding; a metadata
                           first line (date, photo credit, caption) is read
``.md``, ``.markdown``     Markdown: markup stripped, first heading is title
``.html``, ``.htm``        the page's main text and metadata (trafilatura)
``.rss``, ``.atom``,       RSS/Atom, one document per entry (feedparser);
``.xml``                   an ``.xml`` file must be a feed
``.jsonl``, ``.ndjson``    one document per line (``text`` plus optional
                           ``title``, ``url``, ``published``, ``source``,
                           ``lang``, ``author``)
``.csv``, ``.tsv``,        incident tables that name their place: one
``.xlsx``                  :class:`~incidents.types.IncidentRow` per row
========================== ===============================================

:func:`read_documents` yields documents, table rows and errors in input
order; one bad file (or line, or row) is one :class:`~geo.errors.DocumentError`
and never stops the rest.

Ids are stable across machines and working directories: a file given
directly is ``<file name>``, a file found in a given folder is
``<folder name>/<path inside the folder>`` (POSIX separators), and entries
of a feed, JSON Lines file or table add ``#<n>`` (1-based: entry, line or
data row). A string gets ``text:<hash of its content>``.

The language is the record's own (``lang`` in JSON Lines), else the *lang*
argument, else detected with :func:`geo.language.detect_language`.

What the text itself says about the report is read too (``incidents._text``):

- a metadata first line ``date 2022-01 Valery Sharifulin/TASS/dpa <caption>``
  gives the publication date with its precision (1 day, 3 month, 4 year),
  the credit's agencies (``("TASS", "dpa")``) and the caption; the text is
  then ``caption + "\\n\\n" + body``, so offsets stay valid for the whole text;
- a wire dateline ``Almaty (dpa) - ...``, ``ALMATY, Jan 7 (Reuters) -``,
  ``АЛМАТЫ, 7 января. /ТАСС/.`` names the outlet (``source``) and adds its
  agency; it stays in the text;
- without a date from metadata, a dated dateline (``Taldykorgan, 5. Januar
  2022 -``, ``Stand: 6. Januar 2022``) gives the publication date, so "am
  Mittwoch" can be resolved.

Agency names are canonical (``"агентство ТАСС"`` is ``"TASS"``), from
``incidents/data/agencies.toml`` (:func:`incidents.agencies.load_agencies`).

Examples
--------
>>> doc = document_from_text("Am Freitag wurden in Almaty 100 Menschen festgenommen.")
>>> doc.id, doc.lang
('text:a9f55baa038c', 'de')
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from geo.errors import DocumentError
from geo.language import detect_language
from incidents._feeds import is_feed, read_feed
from incidents._html import read_html
from incidents._jsonl import read_jsonl
from incidents._tables import read_table_rows
from incidents._text import build_document, read_text
from incidents.types import Document, IncidentRow

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUFFIXES",
    "document_from_text",
    "iter_files",
    "read_document",
    "read_documents",
]

#: Files larger than this are refused (20 MB): a report is text, not a dump.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

Result = Document | IncidentRow | DocumentError
_Reader = Callable[[bytes, str, str], Iterator[Result]]


def _feed_or_error(data: bytes, doc_id: str, path: str) -> Iterator[Result]:
    if not is_feed(data):
        yield DocumentError(path, "XML file is not an RSS or Atom feed")
        return
    yield from read_feed(data, doc_id=doc_id, path=path)


_READERS: dict[str, _Reader] = {
    ".txt": lambda data, i, p: read_text(data, doc_id=i, path=p),
    ".text": lambda data, i, p: read_text(data, doc_id=i, path=p),
    ".md": lambda data, i, p: read_text(data, doc_id=i, path=p, markdown=True),
    ".markdown": lambda data, i, p: read_text(data, doc_id=i, path=p, markdown=True),
    ".html": lambda data, i, p: read_html(data, doc_id=i, path=p),
    ".htm": lambda data, i, p: read_html(data, doc_id=i, path=p),
    ".xml": _feed_or_error,
    ".rss": _feed_or_error,
    ".atom": _feed_or_error,
    ".jsonl": lambda data, i, p: read_jsonl(data, doc_id=i, path=p),
    ".ndjson": lambda data, i, p: read_jsonl(data, doc_id=i, path=p),
    ".csv": lambda data, i, p: read_table_rows(data, doc_id=i, path=p, kind="csv"),
    ".tsv": lambda data, i, p: read_table_rows(data, doc_id=i, path=p, kind="tsv"),
    ".xlsx": lambda data, i, p: read_table_rows(data, doc_id=i, path=p, kind="xlsx"),
}
_BINARY_FORMATS = frozenset({".xlsx"})

#: Suffixes :func:`read_documents` reads (anything else is a DocumentError).
SUFFIXES: tuple[str, ...] = tuple(_READERS)


#: Files that describe a folder rather than report on events; skipped inside
#: folders (a README of a folder of reports is not a report), read when named.
_FOLDER_DOCS = ("readme", "license", "licence", "changelog", "copying")


def _hidden(name: str) -> bool:
    return name.startswith((".", "~$"))


def _skipped_in_folder(name: str) -> bool:
    stem = name.lower().split(".", 1)[0]
    return _hidden(name) or stem in _FOLDER_DOCS


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [name for name in dirs if not _hidden(name)]  # never descend into .git & co
        for name in files:
            if not _skipped_in_folder(name):
                yield Path(root) / name


def iter_files(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, recursive: bool = True
) -> Iterator[tuple[Path, str] | DocumentError]:
    """The files to read, each with its document id, in order.

    Folders are listed sorted (by POSIX relative path); hidden files and
    folders (names starting with ``.``, Office lock files ``~$``) and files
    that describe the folder (README, LICENSE, CHANGELOG, COPYING, any suffix)
    are skipped inside folders, but such a file named directly is read.

    Parameters
    ----------
    paths : path or iterable of paths
    recursive : bool
        Descend into sub-folders.

    Yields
    ------
    tuple of (Path, str) or DocumentError
        ``(file, id)``, or an error for a path that does not exist.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for given in paths:
        path = Path(given)
        if path.is_dir():
            # "." and ".." are named like any folder, so ids do not depend on where one stands
            prefix = path.name if path.name not in ("", ".", "..") else path.resolve().name
            if recursive:
                found = list(_walk(path))
            else:
                found = [
                    p for p in path.iterdir() if p.is_file() and not _skipped_in_folder(p.name)
                ]
            for file in sorted(found, key=lambda p: p.relative_to(path).as_posix()):
                relative = file.relative_to(path).as_posix()
                yield file, f"{prefix}/{relative}" if prefix else relative
        elif path.exists():
            yield path, path.name
        else:
            yield DocumentError(str(path), "no such file or folder")


def _read_file(path: Path, doc_id: str, max_bytes: int) -> Iterator[Result]:
    name = str(path)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        known = " ".join(SUFFIXES)
        yield DocumentError(
            name, f"unknown file type {path.suffix or '(no suffix)'!r}; read: {known}"
        )
        return
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            yield DocumentError(name, "not a regular file")
            return
        if info.st_size > max_bytes:
            yield DocumentError(
                name, f"file too big: {info.st_size:,} bytes, the limit is {max_bytes:,}"
            )
            return
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        yield DocumentError(name, f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > max_bytes:
        yield DocumentError(name, f"file too big: over the limit of {max_bytes:,} bytes")
        return
    if not data.strip():
        yield DocumentError(name, "file is empty")
        return
    if (
        path.suffix.lower() not in _BINARY_FORMATS
        and b"\x00" in data[:8192]
        and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"))
    ):
        yield DocumentError(name, "binary file (contains NUL bytes), not text")
        return
    yield from reader(data, doc_id, name)


#: Characters classified for language detection: news does not change language
#: mid-article, and langid's cost grows with the sample (1,000 is ~4x cheaper than 4,000).
_LANG_SAMPLE = 1000


def _detect(text: str) -> str | None:
    return detect_language(text, sample=_LANG_SAMPLE)


def _with_lang(result: Result, lang: str | None) -> Result:
    if isinstance(result, Document) and result.lang is None:
        return dataclasses.replace(result, lang=lang or _detect(result.text))
    return result


def read_documents(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    lang: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    recursive: bool = True,
) -> Iterator[Document | IncidentRow | DocumentError]:
    """Read files and folders: documents, incident table rows and errors, in order.

    Parameters
    ----------
    paths : path or iterable of paths
        Files and folders; folders are read sorted, hidden files skipped.
    lang : str, optional
        ISO 639-1 code for documents that do not state theirs; detected per
        document when omitted.
    max_bytes : int
        Files larger than this are refused (default 20 MB).
    recursive : bool
        Read sub-folders of folders.

    Yields
    ------
    Document, IncidentRow or DocumentError
        Errors are yielded, never raised: empty, binary, undecodable,
        too big or unknown files, bad lines and bad rows.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp()) / "reports"
    >>> folder.mkdir()
    >>> _ = (folder / "a.txt").write_text("Clashes in Almaty on Thursday.")
    >>> _ = (folder / "b.txt").write_bytes(b"")
    >>> [getattr(r, "id", None) or r.reason for r in read_documents(folder)]
    ['reports/a.txt', 'file is empty']
    """
    for item in iter_files(paths, recursive=recursive):
        if isinstance(item, DocumentError):
            yield item
            continue
        path, doc_id = item
        for result in _read_file(path, doc_id, max_bytes):
            yield _with_lang(result, lang)


def read_document(
    path: str | os.PathLike[str], *, lang: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read one file that holds one document.

    Parameters
    ----------
    path : path
        A text, Markdown or HTML file (or a feed/JSON Lines file with exactly
        one entry).
    lang : str, optional
    max_bytes : int

    Returns
    -------
    Document

    Raises
    ------
    DocumentError
        The file cannot be read, or holds no document or several.
    """
    results = list(read_documents(path, lang=lang, max_bytes=max_bytes, recursive=False))
    for result in results:
        if isinstance(result, DocumentError):
            raise result
    documents = [r for r in results if isinstance(r, Document)]
    if len(documents) != 1 or len(results) != 1:
        raise DocumentError(
            str(path), f"holds {len(results)} records, not one document: use read_documents"
        )
    return documents[0]


def document_from_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published: dt.date | None = None,
    date_precision: int | None = None,
    lang: str | None = None,
    markdown: bool = False,
    metadata: bool = True,
) -> Document:
    """A document from a string, read like a ``.txt`` (or ``.md``) file.

    Parameters
    ----------
    text : str
        The report; a metadata first line is read when *metadata* is true.
    id : str, optional
        Defaults to ``text:<first 12 hex digits of the SHA-1 of text>``.
    title, source, url : str, optional
        Override what the text says.
    published : datetime.date, optional
        Publication date; *date_precision* defaults to 1 (day) with it.
    lang : str, optional
        Detected when omitted.
    markdown : bool
        Strip Markdown, first heading as title.
    metadata : bool
        Read a metadata first line (``date 2022-01 Name/TASS/dpa caption``).

    Returns
    -------
    Document

    Examples
    --------
    >>> doc = document_from_text("date 2022-01 Valery Sharifulin/TASS/dpa Truppen in Alamaty\\n"
    ...                          "Der Flughafen ist wieder unter Kontrolle.", lang="de")
    >>> doc.agencies, doc.source, doc.caption
    (('TASS', 'dpa'), 'dpa', 'Truppen in Alamaty')
    >>> doc.text
    'Truppen in Alamaty\\n\\nDer Flughafen ist wieder unter Kontrolle.'
    """
    doc_id = id or "text:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    document = build_document(text, doc_id=doc_id, markdown=markdown, metadata=metadata)
    changes: dict[str, object] = {}
    if title is not None:
        changes["title"] = title
    if source is not None:
        changes["source"] = source
    if url is not None:
        changes["url"] = url
    if published is not None:
        changes["published"] = published
        changes["date_precision"] = date_precision or 1
    document = dataclasses.replace(document, **changes)  # type: ignore[arg-type]
    return dataclasses.replace(document, lang=lang or _detect(document.text))
