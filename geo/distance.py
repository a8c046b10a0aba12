"""Great-circle distance: the one implementation every package uses.

Examples
--------
>>> round(great_circle_km(43.25, 76.91, 43.35, 77.04))
15
>>> from geo.types import Kind, Place
>>> a = Place(id="a", name="A", kind=Kind.CITY, lat=0.0, lon=0.0)
>>> b = Place(id="b", name="B", kind=Kind.CITY, lat=0.0, lon=1.0)
>>> round(place_km(a, b), 1)
111.2
"""

from __future__ import annotations

import math

from geo.types import Place

__all__ = ["EARTH_RADIUS_KM", "great_circle_km", "place_km"]

#: Mean Earth radius (IUGG), km.
EARTH_RADIUS_KM = 6371.0088


def great_circle_km(
    lat1: float, lon1: float, lat2: float, lon2: float, *, radius: float = EARTH_RADIUS_KM
) -> float:
    """Haversine distance in km between two ``(lat, lon)`` points on a sphere."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * radius * math.asin(min(1.0, math.sqrt(h)))


def place_km(a: Place, b: Place) -> float:
    """Distance in km between two places' points."""
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)
