"""incident-mapper: news reports -> geocoded incidents -> interactive maps.

The packages underneath do the work: :mod:`geo` (gazetteer, geoparsing,
geocoding), :mod:`incidents` (reading, extraction, the incident table) and
:mod:`maps` (Folium maps and their exports). This module adds the one-call
convenience a notebook user wants.

Examples
--------
>>> from incident_mapper import map_reports
>>> table, m = map_reports(["In Almaty wurden am 6. Januar 2022 100 Menschen festgenommen."],
...                        lang="de", workers=1)
>>> len(table), type(m).__name__
(1, 'Map')
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import folium
    import geopandas

    from incidents.types import Document

__all__ = ["__version__", "map_reports"]

__version__ = "0.1.0"


def map_reports(
    inputs: str | os.PathLike[str] | Document | Iterable[str | os.PathLike[str] | Document],
    *,
    lang: str | None = None,
    country_bias: Sequence[str] = (),
    workers: int | None = None,
    **map_options: Any,
) -> tuple[geopandas.GeoDataFrame, folium.Map]:
    """Extract incidents from reports and map them, in one call.

    Parameters
    ----------
    inputs : path, text, Document, or an iterable of them
        Files or folders of reports, or report texts
        (see :func:`incidents.extract`).
    lang : str, optional
        Language of the reports; detected per document when omitted.
    country_bias : sequence of str
        ISO codes to prefer for ambiguous names.
    workers : int, optional
        Processes to use.
    **map_options
        Passed to :func:`maps.incident_map` (``heatmap``, ``tiles``, ...).

    Returns
    -------
    (geopandas.GeoDataFrame, folium.Map)
        The incident table and a map of it; in Jupyter the map shows inline.
    """
    from incidents.pipeline import extract
    from maps import incident_map

    table = extract(inputs, lang=lang, country_bias=country_bias, workers=workers)
    return table, incident_map(table, **map_options)
