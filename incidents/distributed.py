"""The same pipeline on Dask, for more reports than one machine should handle.

Documents are read on the client (reading is cheap and gives clear errors),
partitioned into a :class:`dask.bag.Bag`, and each partition runs
:func:`incidents.pipeline.process_document` on whatever Dask scheduler is
active: the local process pool by default, or a ``dask.distributed`` cluster
when a ``Client`` exists. Merging and tabulating happen on the client, so the
table is the one :func:`incidents.pipeline.extract` gives.

Dask is an optional dependency: ``pip install 'incident-mapper[dask]'``.

Examples
--------
>>> from incidents.distributed import extract_dask
>>> table = extract_dask(["In Almaty wurden am 6. Januar 2022 100 Menschen festgenommen."],
...                      lang="de", npartitions=1, scheduler="synchronous")
>>> table.loc[0, "location"]
'Almaty'
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from geo.errors import DocumentError
from incidents.pipeline import (
    DocumentResult,
    Options,
    PipelineResult,
    _keep,
    _process_rows,
    _read,
    _split_inputs,
    process_document,
)
from incidents.types import Document, IncidentRow

if TYPE_CHECKING:
    import geopandas

__all__ = ["extract_dask", "run_dask"]


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ImportError(
            "running on Dask needs dask: pip install 'incident-mapper[dask]'"
        ) from exc
    return dask.bag


def run_dask(
    inputs: str | os.PathLike[str] | Document | Iterable[str | os.PathLike[str] | Document],
    *,
    options: Options | None = None,
    npartitions: int | None = None,
    scheduler: str | None = None,
) -> PipelineResult:
    """Like :func:`incidents.pipeline.run`, with documents processed by Dask.

    Parameters
    ----------
    inputs : path, text, Document, or an iterable of them
    options : Options, optional
    npartitions : int, optional
        Default: about 50 documents a partition.
    scheduler : str, optional
        Dask scheduler ("processes", "threads", "synchronous"); default the
        active one (a distributed ``Client`` when there is one).
    """
    from incidents.extraction import merge_incidents
    from incidents.table import incidents_to_frame

    bag_module = _dask_bag()
    options = options or Options()
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

    results: list[DocumentResult] = [_process_rows(rows) for rows in rows_by_file.values()]
    if docs:
        parts = npartitions or max(1, len(docs) // 50)
        bag = bag_module.from_sequence(docs, npartitions=min(parts, len(docs)))
        computed = bag.map(process_document, options).compute(scheduler=scheduler)
        results.extend(computed)

    good = [r for r in results if r.error is None]
    errors.extend(DocumentError(r.doc_id, str(r.error)) for r in results if r.error is not None)
    incidents = merge_incidents(i for r in good for i in r.incidents)
    located = [i for i in incidents if i.place is not None]
    table = incidents_to_frame(i for i in located if _keep(i, options))
    return PipelineResult(
        table=table,
        documents=good,
        errors=errors,
        unresolved=Counter(name for r in good for name in r.unresolved),
        dropped_unlocated=len(incidents) - len(located),
    )


def extract_dask(
    inputs: str | os.PathLike[str] | Document | Iterable[str | os.PathLike[str] | Document],
    *,
    lang: str | None = None,
    npartitions: int | None = None,
    scheduler: str | None = None,
) -> geopandas.GeoDataFrame:
    """:func:`incidents.pipeline.extract` on Dask; returns the same table."""
    return run_dask(
        inputs, options=Options(lang=lang), npartitions=npartitions, scheduler=scheduler
    ).table
