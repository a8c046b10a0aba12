"""Opt-in online geocoding: geopy services behind a disk cache and a rate limiter.

Nothing here runs unless a user asks for it by name. Every request goes
through :class:`CachedGeocoder`, which

- answers from a SQLite cache on disk when it can (answers and "not found"
  alike, keyed by service, query and options), so a name is sent at most once;
- otherwise waits until at least ``min_delay_seconds`` have passed since the
  previous request (Nominatim's usage policy: one request a second, an
  identifying User-Agent, results cached), with a clock and a sleep that tests
  can replace;
- refuses to run a service without an identifying ``user_agent``.

Examples
--------
>>> from geopy.location import Location
>>> class Fake:  # stands in for a geopy geocoder in this example
...     calls = 0
...     def geocode(self, query, **kwargs):
...         Fake.calls += 1
...         return Location("Almaty, Kazakhstan", (43.25, 76.91), {"osm_id": 1})
>>> import tempfile
>>> g = CachedGeocoder(Fake(), service="fake", cache_dir=tempfile.mkdtemp(),
...                    min_delay_seconds=0)
>>> g.geocode("Almaty").point.latitude, g.geocode("Almaty").address, Fake.calls
(43.25, 'Almaty, Kazakhstan', 1)
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs
from geopy.location import Location

from geo.errors import ConfigError, GeocoderError

__all__ = ["SERVICES", "CachedGeocoder", "online_geocoder"]

#: Services that can be named, and the geopy class behind each.
SERVICES: dict[str, str] = {
    "nominatim": "geopy.geocoders.Nominatim",
    "photon": "geopy.geocoders.Photon",
}


def _cache_dir() -> Path:
    override = os.environ.get("INCIDENT_MAPPER_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir("incident-mapper"))


class CachedGeocoder:
    """Wrap a geopy geocoder with a disk cache and a minimum delay between requests.

    Parameters
    ----------
    geocoder : geopy geocoder
        Anything with ``geocode(query, **kwargs)``.
    service : str
        Name used in the cache key.
    cache_dir : path, optional
        Where ``online-cache.sqlite`` lives; default the user cache folder
        (``INCIDENT_MAPPER_CACHE_DIR`` overrides).
    min_delay_seconds : float
        Minimum time between two requests to the service.
    clock, sleep : callable
        Replaceable in tests (default :func:`time.monotonic`, :func:`time.sleep`).
    """

    def __init__(
        self,
        geocoder: Any,
        *,
        service: str,
        cache_dir: str | os.PathLike[str] | None = None,
        min_delay_seconds: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.geocoder = geocoder
        self.service = service
        self.min_delay_seconds = min_delay_seconds
        self._clock = clock
        self._sleep = sleep
        self._last: float | None = None
        self._lock = threading.Lock()
        folder = Path(cache_dir) if cache_dir is not None else _cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self.cache_path = folder / "online-cache.sqlite"
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, value TEXT)")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.cache_path, timeout=30)

    def _key(self, query: str, kwargs: dict[str, Any]) -> str:
        return json.dumps([self.service, query, sorted(kwargs.items())], default=str)

    def _wait(self) -> None:
        now = self._clock()
        if self._last is not None:
            wait = self.min_delay_seconds - (now - self._last)
            if wait > 0:
                self._sleep(wait)
        self._last = self._clock()

    def geocode(self, query: str, **kwargs: Any) -> Location | None:
        """Geocode *query* once; later calls with the same arguments read the cache.

        Returns
        -------
        geopy.location.Location or None
            None when the service found nothing (that answer is cached too).

        Raises
        ------
        GeocoderError
            When the service fails; failures are not cached.
        """
        key = self._key(query, kwargs)
        with self._connect() as db:
            row = db.execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()
        if row is not None:
            return _decode(row[0])
        with self._lock:
            self._wait()
            try:
                answer = self.geocoder.geocode(query, **kwargs)
            except Exception as exc:
                raise GeocoderError(f"{self.service} failed for {query!r}: {exc}") from exc
        if isinstance(answer, list):
            answer = answer[0] if answer else None
        with self._connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO answers (key, value) VALUES (?, ?)", (key, _encode(answer))
            )
        return answer


def _encode(location: Location | None) -> str:
    if location is None:
        return "null"
    return json.dumps(
        {
            "address": location.address,
            "lat": location.latitude,
            "lon": location.longitude,
            "raw": location.raw,
        },
        default=str,
    )


def _decode(value: str) -> Location | None:
    data = json.loads(value)
    if data is None:
        return None
    return Location(data["address"], (data["lat"], data["lon"]), data["raw"])


def online_geocoder(
    name: str,
    *,
    user_agent: str,
    cache_dir: str | os.PathLike[str] | None = None,
    min_delay_seconds: float = 1.0,
    **options: Any,
) -> CachedGeocoder:
    """Make a cached, rate-limited online geocoder by service name.

    Parameters
    ----------
    name : str
        One of :data:`SERVICES`.
    user_agent : str
        Identifies your application to the service (required by Nominatim's
        usage policy), e.g. ``"my-newsroom-map/1.0 (me@example.org)"``.
    cache_dir : path, optional
    min_delay_seconds : float
        At least 1 for the public Nominatim.
    **options
        Passed to the geopy class (``domain``, ``timeout``...).

    Raises
    ------
    ConfigError
        For an unknown service or a missing user agent.
    """
    target = SERVICES.get(name.lower())
    if target is None:
        raise ConfigError(f"unknown online geocoder {name!r}; choose one of {sorted(SERVICES)}")
    if not user_agent or not user_agent.strip() or "geopy" in user_agent.lower():
        raise ConfigError("online geocoding needs an identifying user_agent for your application")
    module_name, _, class_name = target.rpartition(".")
    module = __import__(module_name, fromlist=[class_name])
    geocoder = getattr(module, class_name)(user_agent=user_agent, **options)
    return CachedGeocoder(
        geocoder, service=name.lower(), cache_dir=cache_dir, min_delay_seconds=min_delay_seconds
    )
