"""Places: the offline gazetteer, geocoders, and finding place names in text.

The public API is listed in ``__all__``; names are imported on first use so
that ``import geo`` stays cheap.

Examples
--------
>>> import geo
>>> geo.fold("Alma-Ata")
'alma ata'
>>> from geo import geoparse
>>> [m.text for m in geoparse("Proteste in Almaty und Aktobe.", lang="de")]
['Almaty', 'Aktobe']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from geo.errors import (
    ConfigError,
    DocumentError,
    ExportError,
    GazetteerError,
    GeocoderError,
    IncidentMapperError,
    RendererUnavailable,
)
from geo.normalize import fold
from geo.types import Kind, Mention, Place, Precision

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer, NameEntry, load_gazetteer
    from geo.geocoder import OfflineGeocoder
    from geo.geoparsing import Geoparser, geoparse, resolve_spans
    from geo.places import read_places, with_places

__all__ = [
    "ConfigError",
    "DocumentError",
    "ExportError",
    "Gazetteer",
    "GazetteerError",
    "GeocoderError",
    "Geoparser",
    "IncidentMapperError",
    "Kind",
    "Mention",
    "NameEntry",
    "OfflineGeocoder",
    "Place",
    "Precision",
    "RendererUnavailable",
    "fold",
    "geoparse",
    "load_gazetteer",
    "read_places",
    "resolve_spans",
    "with_places",
]

_LAZY = {
    "Gazetteer": "geo.gazetteer",
    "NameEntry": "geo.gazetteer",
    "load_gazetteer": "geo.gazetteer",
    "OfflineGeocoder": "geo.geocoder",
    "Geoparser": "geo.geoparsing",
    "geoparse": "geo.geoparsing",
    "resolve_spans": "geo.geoparsing",
    "read_places": "geo.places",
    "with_places": "geo.places",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geo' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
