"""A geopy-compatible geocoder over the offline gazetteer.

:class:`OfflineGeocoder` subclasses :class:`geopy.geocoders.base.Geocoder`,
so code written for geopy works unchanged, but it never touches the network:
its adapter refuses every request. The query parsing and ranking it uses
live in :mod:`geo._query` (pure functions and :class:`~geo._query.QueryResolver`)
and are re-exported here; the ranking is described there and in
``docs/gazetteer.md``.

Examples
--------
>>> geocoder = OfflineGeocoder()
>>> location = geocoder.geocode("Paris, Texas")
>>> location.address, location.raw["admin1"]
('Paris, Texas, United States', 'US.TX')
>>> geocoder.geocode("Platz der Republik, Almaty").raw["precision"]
'within city'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from geopy.adapters import BaseSyncAdapter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo._query import (
    CONNECTORS,
    Query,
    QueryResolver,
    Resolution,
    describe,
    parse_query,
    rank_places,
    resolution_raw,
    score_entry,
    split_airport,
    split_connector,
    split_region,
)
from geo.errors import GeocoderError
from geo.gazetteer import Gazetteer, load_gazetteer

__all__ = [
    "CONNECTORS",
    "OfflineGeocoder",
    "Query",
    "Resolution",
    "parse_query",
    "rank_places",
    "score_entry",
    "split_airport",
    "split_connector",
    "split_region",
]


class _OfflineAdapter(BaseSyncAdapter):
    """An adapter that refuses every request: this geocoder is offline."""

    def __init__(self, *, proxies: Any = None, ssl_context: Any = None) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url: str, *, timeout: Any, headers: Any) -> Any:
        raise GeocoderError(f"OfflineGeocoder makes no network requests (asked for {url})")

    def get_text(self, url: str, *, timeout: Any, headers: Any) -> str:
        raise GeocoderError(f"OfflineGeocoder makes no network requests (asked for {url})")


class OfflineGeocoder(Geocoder):
    """Geocode place names with the offline gazetteer, the geopy way.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to :func:`geo.gazetteer.load_gazetteer` (loaded on first use).
    country_codes : sequence of str, optional
        Default country restriction for every query.

    Examples
    --------
    >>> geocoder = OfflineGeocoder()
    >>> location = geocoder.geocode("Alma-Ata")
    >>> location.raw["id"], round(location.latitude, 2)
    ('geonames:1526384', 43.25)
    >>> geocoder.geocode("Republic Square in Almaty").raw["unresolved"]
    'Republic Square'
    """

    def __init__(
        self,
        *,
        gazetteer: Gazetteer | None = None,
        country_codes: Sequence[str] | None = None,
    ) -> None:
        super().__init__(adapter_factory=_OfflineAdapter)
        self._gazetteer = gazetteer
        self._resolver: QueryResolver | None = None
        self.country_codes = tuple(country_codes) if country_codes else None

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer in use (loaded on first access)."""
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: Sequence[str] | str | None = None,
        language: str | None = None,
        limit: int | None = None,
        timeout: Any = None,
    ) -> Location | list[Location] | None:
        """Geocode *query*; None when nothing matches.

        Parameters
        ----------
        query : str
            A place name, optionally qualified: "Paris, Texas", "Flughafen
            Almaty", "Platz der Republik, Almaty".
        exactly_one : bool
            Return one Location (default) or a list.
        country_codes : str or sequence of str, optional
            Only places in these ISO 3166-1 alpha-2 countries.
        language : str, optional
            Accepted for geopy compatibility; names match in every language.
        limit : int, optional
            Maximum number of results when ``exactly_one`` is False (default 10).
        timeout : any
            Ignored (nothing goes over the network).

        Returns
        -------
        geopy.location.Location, list of Location, or None
        """
        if isinstance(country_codes, str):
            country_codes = [country_codes]
        codes = tuple(country_codes) if country_codes else self.country_codes
        results = self.resolve(query, country_codes=codes)
        if not results:
            return None
        if exactly_one:
            return self._location(results[0])
        return [self._location(r) for r in results[: limit or 10]]

    def reverse(self, query: Any, *, exactly_one: bool = True, **kwargs: Any) -> Any:
        """Not offered: the gazetteer answers names, not coordinates."""
        raise NotImplementedError(
            "OfflineGeocoder does not reverse-geocode; use the gazetteer's places directly"
        )

    def resolve(
        self, query: str, *, country_codes: Sequence[str] | None = None
    ) -> list[Resolution]:
        """All resolutions of *query*, best first (see :meth:`QueryResolver.resolve`)."""
        if self._resolver is None:
            self._resolver = QueryResolver(self.gazetteer)
        return self._resolver.resolve(query, country_codes=country_codes)

    def _location(self, resolution: Resolution) -> Location:
        place = resolution.place
        return Location(
            describe(resolution, self.gazetteer), (place.lat, place.lon), resolution_raw(resolution)
        )
