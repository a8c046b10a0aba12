"""How incidents look: colour and symbol per event type, size, precision styles.

Colours are the Okabe-Ito palette (readable with colour-vision deficiency);
each type also has its own symbol shape, so colour is never the only cue.

Examples
--------
>>> type_style("Protests")
TypeStyle(color='#0072B2', shape='circle')
>>> type_style("Something else").color
'#666666'
>>> [marker_radius(f) for f in (0, 1, 10, 100, 10_000)]
[6, 8, 12, 22, 22]
>>> UNCERTAINTY_METRES["region"]
75000
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from geo.errors import ConfigError

__all__ = [
    "EVENT_TYPES",
    "PRECISIONS",
    "UNCERTAINTY_METRES",
    "TypeStyle",
    "marker_radius",
    "type_style",
]


@dataclass(frozen=True, slots=True)
class TypeStyle:
    """Colour (``#RRGGBB``) and symbol shape of one event type."""

    color: str
    shape: str


#: ACLED event types, in legend order, with their style.
EVENT_TYPES: dict[str, TypeStyle] = {
    "Battles": TypeStyle("#D55E00", "diamond"),
    "Protests": TypeStyle("#0072B2", "circle"),
    "Riots": TypeStyle("#E69F00", "triangle"),
    "Explosions/Remote violence": TypeStyle("#CC79A7", "star"),
    "Violence against civilians": TypeStyle("#882255", "square"),
    "Strategic developments": TypeStyle("#009E73", "hexagon"),
}
_OTHER = TypeStyle("#666666", "circle")
SHAPES = ("circle", "square", "diamond", "triangle", "star", "hexagon")

#: Precision values (geo.types.Precision), finest first; the index is the code used in the page.
PRECISIONS = ("exact", "within city", "city", "region", "country", "area")

#: Radius of the translucent "somewhere here" circle, by precision.
UNCERTAINTY_METRES = {"within city": 5000, "city": 10000, "region": 75000}

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def type_style(event_type: str, overrides: Mapping[str, str] | None = None) -> TypeStyle:
    """The style of *event_type*; unknown types are grey circles.

    Parameters
    ----------
    event_type : str
        ACLED event type (or any label a user's table has).
    overrides : mapping of str to str, optional
        ``{event type: "#RRGGBB"}`` colours that replace the defaults.

    Raises
    ------
    ConfigError
        When an override is not a ``#RRGGBB`` colour.

    Examples
    --------
    >>> type_style("Riots", {"Riots": "#000000"})
    TypeStyle(color='#000000', shape='triangle')
    """
    style = EVENT_TYPES.get(event_type, _OTHER)
    if overrides and event_type in overrides:
        color = overrides[event_type]
        if not isinstance(color, str) or not _HEX.match(color):
            raise ConfigError(f"colour for {event_type!r} must be '#RRGGBB', got {color!r}")
        style = TypeStyle(color, style.shape)
    return style


def marker_radius(fatalities: float | None) -> int:
    """Marker radius in pixels: 6, growing with the square root of fatalities, at most 22.

    Examples
    --------
    >>> marker_radius(None), marker_radius(4)
    (6, 10)
    """
    if fatalities is None or not fatalities > 0:
        return 6
    return min(22, round(6 + 2 * math.sqrt(fatalities)))
