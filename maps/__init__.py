"""Maps: incident tables on Folium maps that cite their sources, offline-ready.

:func:`incident_map` builds a ``folium.Map`` (and writes nothing); the
``save_*`` functions write it as standard HTML, self-contained offline HTML,
an embeddable fragment, PNG or PDF.

Examples
--------
>>> import maps
>>> from maps._synthetic import synthetic_incidents
>>> m = maps.incident_map(synthetic_incidents(3))
>>> "folium-map" in m._repr_html_() or "iframe" in m._repr_html_()
True
"""

from __future__ import annotations

from maps.builder import DEFAULT_TILES, incident_map
from maps.export import (
    save_fragment,
    save_html,
    save_offline_html,
    save_pdf,
    save_png,
    to_fragment,
    to_html,
)

__all__ = [
    "DEFAULT_TILES",
    "incident_map",
    "save_fragment",
    "save_html",
    "save_offline_html",
    "save_pdf",
    "save_png",
    "to_fragment",
    "to_html",
]
