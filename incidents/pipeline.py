"""From reports to an incident table: read, geoparse, extract, merge, tabulate.

:func:`extract` is the one call most users need; :func:`run` returns the
same table together with what happened on the way (documents read, failed,
unresolved place names), which the command line prints as its summary.

Work is spread over processes with :class:`concurrent.futures.ProcessPoolExecutor`;
:func:`process_document` is the unit of work, a plain function of one
document, so the same pipeline runs on Dask (see :mod:`incidents.distributed`).

Examples
--------
>>> from incidents.pipeline import extract
>>> table = extract(["Am Freitag wurden in Almaty 100 Menschen festgenommen."],
...                 lang="de", workers=1)
>>> row = table.iloc[0]
>>> row["event_type"], row["location"], int(row["arrests"])
('Strategic developments', 'Almaty', 100)
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.errors import DocumentError
from geo.types import Mention
from incidents.types import Document, Incident, IncidentRow

if TYPE_CHECKING:
    import geopandas

    from incidents._online import OnlineReport

__all__ = [
    "DocumentResult",
    "Options",
    "PipelineResult",
    "extract",
    "finish",
    "gather",
    "process_document",
    "run",
]

#: Below this many documents, worker processes cost more than they save.
_MIN_DOCS_FOR_WORKERS = 16


@dataclass(frozen=True, slots=True)
class Options:
    """How the pipeline reads and filters; every field has a safe default.

    Parameters
    ----------
    lang : str or None
        Language of every document; detected per document when None.
    country_bias : tuple of str
        ISO codes whose places win ties during resolution.
    since, until : datetime.date or None
        Keep incidents whose date overlaps this range (undated ones are kept).
    types : tuple of str
        Keep only these ACLED event types (all when empty).
    min_confidence : float
        Drop incidents whose confidence is lower.
    max_bytes : int
        Larger files are refused with a clear error.
    places : tuple of str
        CSV/GeoJSON files or GeoNames dumps of your own places, layered over
        the gazetteer (see :mod:`geo.places`).
    online : str or None
        ``"nominatim"`` or ``"photon"``: after all documents are processed,
        ask this service (cached, one request a second) for the incident
        sites the gazetteer could not place or placed only coarsely (see
        :mod:`incidents._online`). None (the default): nothing is sent.
    user_agent : str or None
        Identifies your application to the online service; required with
        *online*.

    Examples
    --------
    >>> Options(online="nominatim", user_agent="my-map/1.0 (me@example.org)").online
    'nominatim'
    """

    lang: str | None = None
    country_bias: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    types: tuple[str, ...] = ()
    min_confidence: float = 0.0
    max_bytes: int = 20 * 1024 * 1024
    places: tuple[str, ...] = ()
    online: str | None = None
    user_agent: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What one document gave: its incidents and the names nobody could place."""

    doc_id: str
    incidents: tuple[Incident, ...] = ()
    mentions: int = 0
    unresolved: tuple[str, ...] = ()
    lang: str | None = None
    error: str | None = None


@dataclass(slots=True)
class PipelineResult:
    """The incident table plus an account of the run."""

    table: geopandas.GeoDataFrame
    documents: list[DocumentResult] = field(default_factory=list)
    errors: list[DocumentError] = field(default_factory=list)
    unresolved: Counter[str] = field(default_factory=Counter)
    dropped_unlocated: int = 0
    online: OnlineReport | None = None

    @property
    def n_read(self) -> int:
        """Documents (and incident-table files) read successfully."""
        return len(self.documents)

    @property
    def n_failed(self) -> int:
        """Inputs that could not be read."""
        return len(self.errors)

    def incidents_by_type(self) -> Counter[str]:
        """Number of incidents per ACLED event type."""
        if self.table.empty:
            return Counter()
        return Counter(self.table["event_type"].astype(str))


# --------------------------------------------------------------------------- inputs


def _split_inputs(
    inputs: str | os.PathLike[str] | Document | Iterable[str | os.PathLike[str] | Document],
) -> tuple[list[Path], list[Document]]:
    """Separate paths from texts: a ``Path`` or a string naming an existing file is a path."""
    if isinstance(inputs, str | os.PathLike | Document):
        inputs = [inputs]
    paths: list[Path] = []
    docs: list[Document] = []
    from incidents.documents import document_from_text

    for n, item in enumerate(inputs, start=1):
        if isinstance(item, Document):
            docs.append(item)
        elif isinstance(item, os.PathLike):
            paths.append(Path(item))
        elif isinstance(item, str) and "\n" not in item and len(item) < 4096 and _exists(item):
            paths.append(Path(item))
        elif isinstance(item, str):
            docs.append(document_from_text(item, id=f"text-{n}"))
        else:
            raise TypeError(f"cannot read {type(item).__name__} as a report: give a path or text")
    return paths, docs


def _exists(name: str) -> bool:
    try:
        return Path(name).exists()
    except OSError:
        return False


def _read(
    paths: Sequence[Path], options: Options
) -> Iterator[Document | IncidentRow | DocumentError]:
    from incidents.documents import read_documents

    yield from read_documents(paths, lang=options.lang, max_bytes=options.max_bytes)


# --------------------------------------------------------------------------- the unit of work

_WORKER: dict[str, Any] = {}


def _geoparser(options: Options) -> Any:
    key = f"geoparser:{options.country_bias}:{options.places}"
    parser = _WORKER.get(key)
    if parser is None:
        from geo.geoparsing import Geoparser

        gazetteer = None
        if options.places:
            from geo.gazetteer import load_gazetteer
            from geo.places import with_places

            gazetteer = with_places(load_gazetteer(), *options.places)
        parser = Geoparser(country_bias=options.country_bias, gazetteer=gazetteer)
        _WORKER[key] = parser
    return parser


def process_document(document: Document, options: Options | None = None) -> DocumentResult:
    """Geoparse one document and extract its incidents (not yet merged).

    Parameters
    ----------
    document : Document
    options : Options, optional

    Returns
    -------
    DocumentResult
        Never raises for a bad document: the error is in ``error``.
    """
    from geo.language import detect_language
    from incidents.extraction import extract_incidents

    options = options or Options()
    try:
        lang = options.lang or document.lang or detect_language(document.text)
        mentions: list[Mention] = _geoparser(options).parse(document.text, lang=lang)
        if lang and document.lang != lang:
            document = _with_lang(document, lang)
        incidents = extract_incidents(document, mentions)
    except Exception as exc:  # one bad document must not stop the rest
        return DocumentResult(doc_id=document.id, error=f"{type(exc).__name__}: {exc}")
    unresolved = tuple(m.text for m in mentions if m.place is None and m.text.strip())
    unresolved += tuple(
        i.location
        for i in incidents
        if i.place is None and i.location.strip() and i.location not in unresolved
    )
    return DocumentResult(
        doc_id=document.id,
        incidents=tuple(incidents),
        mentions=len(mentions),
        unresolved=unresolved,
        lang=lang,
    )


def _with_lang(document: Document, lang: str) -> Document:
    from dataclasses import replace

    return replace(document, lang=lang)


def _process_rows(path: str, rows: Sequence[IncidentRow]) -> DocumentResult:
    from incidents.extraction import incidents_from_rows

    incidents = incidents_from_rows(rows)
    unresolved = tuple(i.location for i in incidents if i.place is None and i.location.strip())
    return DocumentResult(doc_id=path, incidents=tuple(incidents), unresolved=unresolved)


# --------------------------------------------------------------------------- the pipeline


def run(
    inputs: str | os.PathLike[str] | Document | Iterable[str | os.PathLike[str] | Document],
    *,
    options: Options | None = None,
    workers: int | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> PipelineResult:
    """Run the whole pipeline and account for it.

    Parameters
    ----------
    inputs : path, text, Document, or an iterable of them
        Files and folders (read recursively), or report texts.
    options : Options, optional
    workers : int, optional
        Processes to use; default all cores, 1 runs in this process.
    on_progress : callable, optional
        Called as ``on_progress(done, total)`` after each document.

    Returns
    -------
    PipelineResult
    """
    options = options or Options()
    if options.places:
        _geoparser(options)  # a bad places file fails here, once, not per document
    geocoder = _online_geocoder(options) if options.online else None  # fails early too
    docs, rows, errors = gather(inputs, options)
    results: list[DocumentResult] = [_process_rows(path, r) for path, r in rows.items()]
    total = len(docs) + len(results)
    if on_progress:
        on_progress(len(results), total)
    for result in _map_documents(docs, options, workers):
        results.append(result)
        if on_progress:
            on_progress(len(results), total)
    return finish(results, errors, options, geocoder=geocoder)


def gather(
    inputs: str | os.PathLike[str] | Document | Iterable[str | os.PathLike[str] | Document],
    options: Options,
) -> tuple[list[Document], dict[str, list[IncidentRow]], list[DocumentError]]:
    """Read the inputs: documents to geoparse, table rows by file, and errors."""
    paths, docs = _split_inputs(inputs)
    errors: list[DocumentError] = []
    rows_by_file: dict[str, list[IncidentRow]] = {}
    for item in _read(paths, options) if paths else ():
        if isinstance(item, DocumentError):
            errors.append(item)
        elif isinstance(item, IncidentRow):
            rows_by_file.setdefault(item.path or item.row_id.split("#")[0], []).append(item)
        else:
            docs.append(item)
    return docs, rows_by_file, errors


def _online_geocoder(options: Options) -> Any:
    """The cached, rate-limited online geocoder *options* ask for (ConfigError if unusable)."""
    from geo import online

    return online.online_geocoder(str(options.online), user_agent=options.user_agent or "")


def finish(
    results: Sequence[DocumentResult],
    errors: list[DocumentError],
    options: Options,
    *,
    geocoder: Any = None,
) -> PipelineResult:
    """Merge the documents' incidents, filter them and make the table.

    With ``options.online``, incidents the gazetteer could not place (or
    placed only coarsely) are first given online points, here in the parent
    process (:func:`incidents._online.place_online`); *geocoder* is the
    cached geocoder to use (made from *options* when omitted).
    """
    from incidents.extraction import merge_incidents
    from incidents.table import incidents_to_frame

    good = [r for r in results if r.error is None]
    errors = errors + [DocumentError(r.doc_id, str(r.error)) for r in results if r.error]
    report = None
    if options.online:
        from incidents._online import place_online

        good, report = place_online(
            good,
            geocoder if geocoder is not None else _online_geocoder(options),
            service=options.online,
            country_bias=options.country_bias,
        )
    incidents = merge_incidents(i for r in good for i in r.incidents)
    located = [i for i in incidents if i.place is not None]
    return PipelineResult(
        table=incidents_to_frame(i for i in located if _keep(i, options)),
        documents=good,
        errors=errors,
        unresolved=Counter(name for r in good for name in r.unresolved),
        dropped_unlocated=len(incidents) - len(located),
        online=report,
    )


def extract(
    inputs: str | os.PathLike[str] | Document | Iterable[str | os.PathLike[str] | Document],
    *,
    lang: str | None = None,
    country_bias: Sequence[str] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    types: Sequence[str] = (),
    min_confidence: float = 0.0,
    places: Sequence[str | os.PathLike[str]] = (),
    online: str | None = None,
    user_agent: str | None = None,
    workers: int | None = None,
) -> geopandas.GeoDataFrame:
    """Turn reports into an incident table.

    Parameters
    ----------
    inputs : path, text, Document, or an iterable of them
        A ``Path`` or a string naming an existing file or folder is read
        (folders recursively, every supported format); any other string is
        report text.
    lang : str, optional
        Language of all reports; detected per document when omitted.
    country_bias : sequence of str
        ISO country codes to prefer when a name is ambiguous.
    since, until : datetime.date, optional
        Keep incidents in this date range (undated incidents are kept).
    types : sequence of str
        Keep only these ACLED event types.
    min_confidence : float
        Drop incidents below this confidence.
    places : sequence of path
        CSV/GeoJSON files or GeoNames dumps of your own places (:mod:`geo.places`).
    online : str, optional
        ``"nominatim"`` or ``"photon"``: ask this service for the sites the
        gazetteer lacks (see :class:`Options`); off by default.
    user_agent : str, optional
        Identifies your application to the service; required with *online*.
    workers : int, optional
        Processes to use (default: all cores; small inputs run in-process).

    Returns
    -------
    geopandas.GeoDataFrame
        One row per incident (EPSG:4326); columns in ``docs/schema.md``.
        Unreadable inputs are skipped; use :func:`run` to see them.
    """
    options = Options(
        lang=lang,
        country_bias=tuple(c.upper() for c in country_bias),
        since=since,
        until=until,
        types=tuple(types),
        min_confidence=min_confidence,
        places=tuple(str(p) for p in places),
        online=online,
        user_agent=user_agent,
    )
    return run(inputs, options=options, workers=workers).table


def _keep(incident: Incident, options: Options) -> bool:
    if options.types and incident.event_type not in options.types:
        return False
    if incident.confidence < options.min_confidence:
        return False
    day = incident.event_date
    if day is None:
        return True
    last = _period_end(day, incident.time_precision)
    if options.since and last < options.since:
        return False
    return not (options.until and day > options.until)


def _period_end(day: dt.date, time_precision: int | None) -> dt.date:
    if time_precision == 3:
        nxt = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if time_precision == 2:
        return day + dt.timedelta(days=6)
    return day


def _map_documents(
    docs: Sequence[Document], options: Options, workers: int | None
) -> Iterator[DocumentResult]:
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or len(docs) < _MIN_DOCS_FOR_WORKERS:
        for doc in docs:
            yield process_document(doc, options)
        return
    # Load the gazetteer before forking so workers share it copy-on-write.
    _geoparser(options)
    context = multiprocessing.get_context("fork")
    chunk = max(1, min(32, len(docs) // (workers * 4)))
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(process_document, docs, [options] * len(docs), chunksize=chunk)
