"""Incidents: read reports, extract who did what where and when, tabulate and export.

The public API is listed in ``__all__``; names are imported on first use.

Examples
--------
>>> import incidents
>>> "extract" in incidents.__all__
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from incidents.types import Document, Incident, IncidentRow, Source

if TYPE_CHECKING:
    from incidents.distributed import extract_dask
    from incidents.documents import document_from_text, read_document, read_documents
    from incidents.export import read_table, write_table
    from incidents.extraction import extract_incidents, incidents_from_rows, merge_incidents
    from incidents.pipeline import Options, PipelineResult, extract, run
    from incidents.table import incidents_to_frame

__all__ = [
    "Document",
    "Incident",
    "IncidentRow",
    "Options",
    "PipelineResult",
    "Source",
    "document_from_text",
    "extract",
    "extract_dask",
    "extract_incidents",
    "incidents_from_rows",
    "incidents_to_frame",
    "merge_incidents",
    "read_document",
    "read_documents",
    "read_table",
    "run",
    "write_table",
]

_LAZY = {
    "extract_dask": "incidents.distributed",
    "document_from_text": "incidents.documents",
    "read_document": "incidents.documents",
    "read_documents": "incidents.documents",
    "read_table": "incidents.export",
    "write_table": "incidents.export",
    "extract_incidents": "incidents.extraction",
    "incidents_from_rows": "incidents.extraction",
    "merge_incidents": "incidents.extraction",
    "Options": "incidents.pipeline",
    "PipelineResult": "incidents.pipeline",
    "extract": "incidents.pipeline",
    "run": "incidents.pipeline",
    "incidents_to_frame": "incidents.table",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'incidents' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
