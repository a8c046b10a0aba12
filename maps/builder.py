"""Build the incident map: :func:`incident_map` returns a ``folium.Map`` and writes nothing.

Examples
--------
>>> from maps._synthetic import synthetic_incidents
>>> m = incident_map(synthetic_incidents(20, seed=2))
>>> type(m).__name__, "IncidentMap.build(" in m.get_root().render()
('Map', True)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import folium
import pandas as pd
import xyzservices
from folium import plugins
from folium.map import FitBounds

from geo.errors import ConfigError
from maps._data import incident_data
from maps._layers import IncidentLayers

__all__ = ["DEFAULT_TILES", "incident_map"]

#: Base layers (xyzservices names); the first is shown.
DEFAULT_TILES = ("OpenStreetMap.Mapnik", "CartoDB.Positron", "Esri.WorldImagery")
_TILE_LABELS = {
    "OpenStreetMap.Mapnik": "OpenStreetMap",
    "CartoDB.Positron": "Light (CartoDB Positron)",
    "Esri.WorldImagery": "Satellite (Esri World Imagery)",
    "Esri.WorldGrayCanvas": "Light (Esri World Gray Canvas)",
}
_KEYLESS = {
    "CartoDB.Positron": "Esri.WorldGrayCanvas",
    "CartoDB.PositronNoLabels": "Esri.WorldGrayCanvas",
}
_LEAFLET = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/"
#: Only Leaflet itself: the map uses no Bootstrap, jQuery or icon fonts.
_MAP_JS = [("leaflet", _LEAFLET + "leaflet.js")]
_MAP_CSS = [("leaflet_css", _LEAFLET + "leaflet.css")]
#: Above this many incidents the page data is embedded gzip-compressed.
COMPRESS_ABOVE = 5000


def _tile_layer(
    name: str, *, show: bool, keys: Mapping[str, str] | None = None
) -> folium.TileLayer:
    try:
        provider = xyzservices.providers.query_name(name)
    except ValueError as exc:
        raise ConfigError(f"unknown tile provider {name!r} (an xyzservices name)") from exc
    key = (keys or {}).get(name)
    if provider.requires_token() and not key:
        # e.g. CartoDB now asks for a key: use the keyless light map instead.
        fallback = _KEYLESS.get(name)
        if fallback is None:
            raise ConfigError(f"tile provider {name!r} needs an API key: pass tile_keys")
        return _tile_layer(fallback, show=show)
    return folium.TileLayer(
        tiles=provider.build_url(apikey=key) if key else provider.build_url(),
        attr=provider.html_attribution,
        name=_TILE_LABELS.get(name, name),
        max_zoom=provider.get("max_zoom", 19),
        overlay=False,
        control=True,
        show=show,
    )


def incident_map(
    incidents: pd.DataFrame,
    *,
    cluster: bool = True,
    heatmap: bool = False,
    time_slider: bool = True,
    search: bool = True,
    legend: bool = True,
    minimap: bool = True,
    fullscreen: bool = True,
    tiles: Sequence[str] = DEFAULT_TILES,
    tile_keys: Mapping[str, str] | None = None,
    colors: Mapping[str, str] | None = None,
    compress: bool | None = None,
    max_areas: int = 3000,
    width: str = "100%",
    height: str = "100%",
) -> folium.Map:
    """A Folium map of the incident table: one layer per event type, popups citing sources.

    Parameters
    ----------
    incidents : geopandas.GeoDataFrame or pandas.DataFrame
        The incident table (``docs/maps.md``). Only coordinates are required
        (``latitude``/``longitude``, ``lat``/``lon`` or a Point geometry);
        missing optional columns get defaults.
    cluster : bool
        Cluster markers per event type (Leaflet.markercluster).
    heatmap : bool
        Add a heatmap overlay (hidden until switched on in the layer control).
    time_slider, search, legend, minimap, fullscreen : bool
        The time filter over ``event_date`` (only when dates differ), the
        place search, the legend, the overview map and the fullscreen button.
    tiles : sequence of str
        xyzservices provider names of the base layers; the first is shown.
        A provider that needs an API key and has none in *tile_keys* is
        replaced by a keyless one (CartoDB Positron by Esri World Gray Canvas).
    tile_keys : mapping, optional
        ``{provider name: API key}``.
    colors : mapping, optional
        ``{event type: "#RRGGBB"}`` colour overrides.
    compress : bool or None
        Embed the page data gzip-compressed; None: above 5,000 incidents.
    max_areas : int
        Show the uncertainty circles of approximate places at load when there
        are at most this many distinct ones (else they start switched off).
    width, height : str
        CSS size of the map.

    Returns
    -------
    folium.Map
        Displays inline in Jupyter; export it with :mod:`maps.export`.

    Raises
    ------
    ConfigError
        No coordinates, an unknown tile provider or a bad colour.
    """
    data = incident_data(incidents, colors=colors)
    m = folium.Map(
        location=(20.0, 0.0),
        zoom_start=2,
        tiles=None,
        prefer_canvas=True,
        width=width,
        height=height,
        control_scale=True,
    )
    m.default_js = list(_MAP_JS)
    m.default_css = list(_MAP_CSS)
    if not tiles:
        raise ConfigError("at least one tile provider is needed (they may fail offline)")
    for k, name in enumerate(tiles):
        _tile_layer(name, show=k == 0, keys=tile_keys).add_to(m)
    if heatmap and data["n"]:
        points: list[list[float]] = []
        for layer in data["layers"]:
            cols = layer["cols"]
            points.extend(
                [lat, lon, 1.0 + f]
                for lat, lon, f in zip(cols["lat"], cols["lon"], cols["f"], strict=True)
            )
        plugins.HeatMap(points, name="Heatmap", show=False, radius=14, max_zoom=10).add_to(m)
    if fullscreen:
        plugins.Fullscreen(position="topleft").add_to(m)
    if minimap:
        plugins.MiniMap(
            tile_layer=_tile_layer(tiles[0], show=True, keys=tile_keys),
            toggle_display=True,
            position="bottomright",
        ).add_to(m)
    control = folium.LayerControl(collapsed=True, position="topright")
    control.add_to(m)
    options: dict[str, Any] = {
        "cluster": cluster,
        "slider": time_slider,
        "search": search,
        "legend": legend,
        "maxAreas": max_areas,
        "chunkAbove": 50_000,
    }
    use_compress = data["n"] > COMPRESS_ABOVE if compress is None else compress
    IncidentLayers(data, control=control, options=options, compress=use_compress).add_to(m)
    if data["bounds"]:
        # keep points clear of the legend (bottom right) and the search box (top left)
        fit = FitBounds(
            data["bounds"],
            padding_top_left=(60, 60),
            padding_bottom_right=(290 if legend else 40, 60),
            max_zoom=11,
        )
        # not animated: a zoom animation still running when the map says it is
        # ready swallows the first setView a script or the search box makes
        fit.options["animate"] = False
        fit.add_to(m)
    return m
