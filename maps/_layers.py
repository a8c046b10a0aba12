"""The folium element that carries the incident data and draws it with our JavaScript.

:class:`IncidentLayers` renders one call to ``IncidentMap.build(...)`` (from
``assets/incident_map.js``, inlined once per page) with the page data as
escaped JSON, or gzip+base64 for large maps. During an offline export
(:data:`OFFLINE` set) the country outlines are added to the data as the
background shown where tiles cannot load.
"""

from __future__ import annotations

import base64
import contextvars
import functools
import gzip
from pathlib import Path
from typing import Any

from branca.element import Element, MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from maps._escape import script_json
from maps._outlines import world_outlines

__all__ = ["ASSETS", "MARKERCLUSTER", "OFFLINE", "IncidentLayers"]

ASSETS = Path(__file__).parent / "assets"
_CDN = "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.5.3/dist/"
MARKERCLUSTER = {
    "js": [("leaflet.markercluster", _CDN + "leaflet.markercluster.js")],
    "css": [
        ("markercluster_css", _CDN + "MarkerCluster.css"),
        ("markercluster_default_css", _CDN + "MarkerCluster.Default.css"),
    ],
}

#: True while a map renders for an offline export (adds the country outlines).
OFFLINE: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "incident_map_offline", default=False
)


@functools.cache
def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


class IncidentLayers(JSCSSMixin, MacroElement):
    """Incident layers, legend, time filter and place search of one map.

    Parameters
    ----------
    data : dict
        Page data from :func:`maps._data.incident_data`.
    control : folium.LayerControl
        The layer control the incident layers are added to.
    options : dict
        ``cluster``, ``slider``, ``search``, ``legend`` (bool), ``maxAreas`` (int).
    compress : bool
        Embed the data gzip-compressed (base64) instead of as JSON.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
    IncidentMap.build({{ this.element_id }}, {{ this._parent.get_name() }},
        {{ this.control.get_name() }}, {{ this.payload() }}, {{ this.options_json }});
{% endmacro %}
"""
    )
    default_js = MARKERCLUSTER["js"]
    default_css = MARKERCLUSTER["css"]

    def __init__(
        self,
        data: dict[str, Any],
        *,
        control: MacroElement,
        options: dict[str, Any],
        compress: bool,
    ) -> None:
        super().__init__()
        self._name = "IncidentLayers"
        self.data = data
        self.control = control
        self.compress = compress
        self.options_json = script_json(options)
        self.element_id = script_json(self.get_name())

    def payload(self) -> str:
        """The data as a JavaScript expression: JSON, or a ``"gz:<base64>"`` string."""
        data = self.data
        if OFFLINE.get():
            data = {**data, "outlines": world_outlines()}
        text = script_json(data)
        if not self.compress:
            return text
        packed = gzip.compress(text.encode("utf-8"), compresslevel=5, mtime=0)
        return '"gz:' + base64.b64encode(packed).decode("ascii") + '"'

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        """Add our stylesheet and script to the page header once, then render."""
        figure: Any = self.get_root()
        figure.header.add_child(
            Element("<style>" + _asset("incident_map.css") + "</style>"), name="incident_map_css"
        )
        script = _asset("incident_map.js").replace("</", "<\\/")
        figure.header.add_child(Element("<script>" + script + "</script>"), name="incident_map_js")
        super().render(**kwargs)
