"""Country outlines shipped with the package (Natural Earth 1:110m via world-atlas).

Built by ``maps/assets/build.sh``; public domain data.

Examples
--------
>>> feature = country_outline("KZ")
>>> feature["properties"]["name"], feature["geometry"]["type"]
('Kazakhstan', 'Polygon')
>>> country_outline("XX") is None
True
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pycountry

from geo.errors import ExportError

__all__ = ["OUTLINES_PATH", "country_outline", "world_outlines"]

OUTLINES_PATH = Path(__file__).parent / "assets" / "world" / "countries-110m.geojson"


@functools.cache
def world_outlines() -> dict[str, Any]:
    """All country outlines as a GeoJSON FeatureCollection (``properties.iso_a2`` added)."""
    try:
        data: dict[str, Any] = json.loads(OUTLINES_PATH.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ExportError(f"{OUTLINES_PATH}: country outlines missing; run `make assets`") from exc
    for feature in data["features"]:
        country = pycountry.countries.get(numeric=str(feature.get("id") or "").zfill(3))
        feature["properties"]["iso_a2"] = country.alpha_2 if country else ""
    return data


def country_outline(code: str) -> dict[str, Any] | None:
    """The outline feature of the country with ISO alpha-2 *code*, or None."""
    code = (code or "").upper()
    for feature in world_outlines()["features"]:
        if feature["properties"]["iso_a2"] == code:
            return dict(feature)
    return None
