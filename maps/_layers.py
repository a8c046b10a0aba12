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

from maps._escape import script_json
from maps._outlines import world_outlines

__all__ = ["ASSETS", "OFFLINE", "IncidentLayers"]

ASSETS = Path(__file__).parent / "assets"
#: True while a map renders for an offline export (adds the country outlines).
OFFLINE: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "incident_map_offline", default=False
)


@functools.cache
def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


class _Raw(Element):
    """Static text for the page header, not run through Jinja (lexing 30 kB costs seconds)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class IncidentLayers(MacroElement):
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
        packed = gzip.compress(
            text.encode("utf-8"), compresslevel=1, mtime=0
        )  # 4x faster than 6, +20% size
        return '"gz:' + base64.b64encode(packed).decode("ascii") + '"'

    def script(self) -> str:
        """The JavaScript that draws this map's incidents."""
        parent: Any = self._parent
        return (
            f"IncidentMap.build({self.element_id}, {parent.get_name()}, "
            f"{self.control.get_name()}, {self.payload()}, {self.options_json});"
        )

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        """Add our assets to the header and our script to the page, without Jinja.

        branca's ``MacroElement.render`` would compile the rendered script as a
        Jinja template: seconds for a 10 MB payload, and ``{{ ... }}`` in a
        report's text would be evaluated. Our text is inserted as is.
        """
        figure: Any = self.get_root()
        figure.header.add_child(
            _Raw("<style>" + _asset("incident_map.css") + "</style>"), name="incident_map_css"
        )
        script = _asset("incident_map.js").replace("</", "<\\/")
        figure.header.add_child(_Raw("<script>" + script + "</script>"), name="incident_map_js")
        figure.script.add_child(_Raw(self.script()), name=self.get_name())
