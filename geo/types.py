"""Values shared by the whole project: places, mentions, precision.

Coordinates are always ``(lat, lon)`` in WGS84 inside the code; they are
turned into ``(x=lon, y=lat)`` once, where the incident table becomes a
GeoDataFrame.

Examples
--------
>>> from geo.types import Kind, Place, Precision
>>> almaty = Place(id="geonames:1526384", name="Almaty", kind=Kind.CITY,
...                lat=43.25249, lon=76.9115, country_code="KZ",
...                admin1_code="KZ.02", population=1977011)
>>> almaty.precision
<Precision.CITY: 'city'>
>>> almaty.point
(43.25249, 76.9115)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["Kind", "Mention", "Place", "Precision"]


class Kind(StrEnum):
    """What a gazetteer entry or a mention is."""

    COUNTRY = "country"
    REGION = "region"  # first-level administrative division (oblast, state, province)
    CITY = "city"  # populated place of any size
    AIRPORT = "airport"
    LANDMARK = "landmark"  # square, street, district, building: a place inside a city
    DEMONYM = "demonym"  # "kasachisch", "Russian": points to a country, weaker than a name
    AREA = "area"  # continent, ocean or sea, region across countries ("Middle East", "EU")


class Precision(StrEnum):
    """How exactly a point locates what was named, finest first."""

    EXACT = "exact"  # the place itself: an airport, a landmark with coordinates
    WITHIN_CITY = "within city"  # a part of a city the gazetteer lacks: the city's point
    CITY = "city"  # a populated place
    REGION = "region"  # a first-level region or county, at the middle of its extent
    COUNTRY = "country"  # a whole country
    AREA = "area"  # a continent, sea or region across countries: its point is only a label


_KIND_PRECISION = {
    Kind.COUNTRY: Precision.COUNTRY,
    Kind.REGION: Precision.REGION,
    Kind.CITY: Precision.CITY,
    Kind.AIRPORT: Precision.EXACT,
    Kind.LANDMARK: Precision.EXACT,
    Kind.DEMONYM: Precision.COUNTRY,
    Kind.AREA: Precision.AREA,
}


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    Parameters
    ----------
    id : str
        Stable id: ``geonames:<id>`` where GeoNames has one, else
        ``airport:<IATA or ICAO>``, ``region:<CC>.<admin1>``, ``user:<id>``.
    name : str
        Preferred name (English/ASCII where the data has it).
    kind : Kind
        Country, region, city, airport or landmark.
    lat, lon : float
        WGS84 coordinates of the representative point.
    country_code : str or None
        ISO 3166-1 alpha-2 code.
    admin1_code : str or None
        ``<CC>.<GeoNames admin1 code>``, e.g. ``"KZ.02"``.
    admin1_name : str or None
        Name of the first-level region.
    population : int
        0 where unknown.
    capital : bool
        National capital.
    """

    id: str
    name: str
    kind: Kind
    lat: float
    lon: float
    country_code: str | None = None
    admin1_code: str | None = None
    admin1_name: str | None = None
    population: int = 0
    capital: bool = False

    @property
    def precision(self) -> Precision:
        """The precision a mention of this place has when resolved to it."""
        return _KIND_PRECISION[self.kind]

    @property
    def point(self) -> tuple[float, float]:
        """``(lat, lon)``."""
        return (self.lat, self.lon)


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a text, and where it was resolved to.

    Parameters
    ----------
    text : str
        The surface form exactly as in the document (``text[start:end]``).
    start, end : int
        Character offsets into the document text.
    kind : Kind
        What the mention names; ``DEMONYM`` for adjectives such as "Kazakh".
    place : Place or None
        Resolved gazetteer entry; for an unresolved part of a city, the city.
        ``None`` when nothing could be resolved: never a guess.
    confidence : float
        0..1, how sure the resolver is of ``place``.
    precision : Precision or None
        How exactly ``place`` locates the mention (None when unresolved).
    unresolved : str or None
        The part of the name the gazetteer lacks ("Platz der Republik"),
        when ``place`` is its containing city.
    """

    text: str
    start: int
    end: int
    kind: Kind
    place: Place | None = None
    confidence: float = 0.0
    precision: Precision | None = None
    unresolved: str | None = None
    alternatives: tuple[Place, ...] = field(default=(), compare=False, repr=False)

    @property
    def resolved(self) -> bool:
        """Whether the mention has a place."""
        return self.place is not None
