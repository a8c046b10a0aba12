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
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from incidents.pipeline import (
    DocumentResult,
    Options,
    PipelineResult,
    _process_rows,
    finish,
    gather,
    process_document,
)
from incidents.types import Document

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
    bag_module = _dask_bag()
    options = options or Options()
    docs, rows, errors = gather(inputs, options)
    results: list[DocumentResult] = [_process_rows(path, r) for path, r in rows.items()]
    if docs:
        parts = npartitions or max(1, len(docs) // 50)
        bag = bag_module.from_sequence(docs, npartitions=min(parts, len(docs)))
        results.extend(bag.map(process_document, options).compute(scheduler=scheduler))
    return finish(results, errors, options)


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
