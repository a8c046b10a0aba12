"""Your own places on top of the offline gazetteer: CSV or GeoJSON files.

A newsroom knows squares, districts, camps and checkpoints that GeoNames
lacks. Put them in a CSV (``name, lat, lon`` and optionally ``kind``,
``country_code``, ``alternate_names`` separated by ``|``, ``population``,
``id``) or a GeoJSON file of Point features with the same properties, and
:func:`with_places` layers them over the gazetteer: their names are found in
text like any other, and they win over same-named GeoNames entries because a
user listed them on purpose.

Examples
--------
>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "places.csv"
>>> _ = path.write_text(
...     "name,lat,lon,kind,country_code,alternate_names\\n"
...     "Republic Square,43.2383,76.9453,landmark,KZ,Platz der Republik|площадь Республики\\n",
...     encoding="utf-8")
>>> [(p.name, p.kind.value, names) for p, names in read_places(path)]
[('Republic Square', 'landmark', ('Republic Square', 'Platz der Republik', 'площадь Республики'))]
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from geo.errors import GazetteerError
from geo.gazetteer import Gazetteer, NameEntry
from geo.normalize import fold
from geo.types import Kind, Place

__all__ = ["UserGazetteer", "read_places", "with_places"]

_LAT = ("lat", "latitude", "breite", "y")
_LON = ("lon", "lng", "long", "longitude", "länge", "laenge", "x")
_KINDS = {k.value: k for k in Kind if k is not Kind.DEMONYM}

UserPlace = tuple[Place, tuple[str, ...]]


def read_places(path: str | os.PathLike[str]) -> tuple[UserPlace, ...]:
    """Read user places from a ``.csv`` or ``.geojson``/``.json`` file.

    Returns
    -------
    tuple of (Place, names)
        Each place with all its names, the main one first.

    Raises
    ------
    GazetteerError
        Naming the file (and row) for a missing file, a bad coordinate or
        a missing name.
    """
    path = Path(path)
    if not path.is_file():
        raise GazetteerError(f"{path}: no such places file")
    try:
        if path.suffix.lower() == ".csv":
            rows = list(_csv_rows(path))
        elif path.suffix.lower() in (".geojson", ".json"):
            rows = list(_geojson_rows(path))
        else:
            raise GazetteerError(f"{path}: places must be a .csv or .geojson file")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, csv.Error) as exc:
        raise GazetteerError(f"{path}: cannot read places ({exc})") from exc
    return tuple(_place(path, n, row) for n, row in enumerate(rows, start=1))


def _csv_rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            yield {str(k).strip().lower(): v for k, v in row.items() if k is not None}


def _geojson_rows(path: Path) -> Iterator[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    features = data.get("features", []) if isinstance(data, dict) else []
    for feature in features:
        geometry = feature.get("geometry") or {}
        props = {str(k).lower(): v for k, v in (feature.get("properties") or {}).items()}
        if geometry.get("type") == "Point":
            lon, lat = geometry["coordinates"][:2]
            props.setdefault("lat", lat)
            props.setdefault("lon", lon)
        if "id" in feature:
            props.setdefault("id", feature["id"])
        yield props


def _first(row: dict[str, Any], keys: Sequence[str]) -> Any:
    for key in keys:
        value = row.get(key)
        if value not in (None, ""):
            return value
    return None


def _place(path: Path, n: int, row: dict[str, Any]) -> UserPlace:
    where = f"{path}, place {n}"
    name = str(row.get("name") or "").strip()
    if not name:
        raise GazetteerError(f"{where}: no name")
    try:
        lat = float(_first(row, _LAT))
        lon = float(_first(row, _LON))
    except (TypeError, ValueError) as exc:
        raise GazetteerError(f"{where} ({name}): latitude and longitude are needed") from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerError(f"{where} ({name}): coordinates out of range")
    kind_name = str(row.get("kind") or "landmark").strip().lower()
    kind = _KINDS.get(kind_name)
    if kind is None:
        raise GazetteerError(f"{where} ({name}): unknown kind {kind_name!r}")
    alternates = row.get("alternate_names") or ()
    if isinstance(alternates, str):
        alternates = alternates.replace(";", "|").split("|")
    names = tuple(dict.fromkeys([name, *(str(a).strip() for a in alternates if str(a).strip())]))
    digest = hashlib.sha1(f"{name}|{lat}|{lon}".encode()).hexdigest()[:10]
    code = str(row.get("country_code") or row.get("country") or "").strip().upper() or None
    place = Place(
        id=f"user:{row.get('id') or digest}",
        name=name,
        kind=kind,
        lat=lat,
        lon=lon,
        country_code=code if code and len(code) == 2 else None,
        population=int(float(row.get("population") or 0)),
    )
    return place, names


class UserGazetteer:
    """A gazetteer with user places layered over it (same lookup API).

    Parameters
    ----------
    base : Gazetteer
    places : iterable of (Place, names)
        From :func:`read_places`.
    """

    def __init__(self, base: Gazetteer, places: Iterable[UserPlace]) -> None:
        self.base = base
        self._by_name: dict[str, list[NameEntry]] = {}
        self._by_id: dict[str, Place] = {}
        self._prefixes: set[str] = set()
        longest = 0
        for place, names in places:
            self._by_id[place.id] = place
            for i, name in enumerate(names):
                key = fold(name)
                entry = NameEntry(place, "name" if i == 0 else "alternate")
                self._by_name.setdefault(key, []).append(entry)
                words = key.split(" ")
                longest = max(longest, len(words))
                self._prefixes.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
        self._max_words = max(base.max_words, longest)

    @property
    def max_words(self) -> int:
        """Longest name in words."""
        return self._max_words

    def lookup_folded(self, folded: str) -> tuple[NameEntry, ...]:
        """User places of that name first, then the gazetteer's."""
        own = self._by_name.get(folded)
        base = self.base.lookup_folded(folded)
        return (*own, *base) if own else base

    def lookup(self, name: str) -> tuple[NameEntry, ...]:
        """Like :meth:`Gazetteer.lookup`, user places first."""
        return self.lookup_folded(fold(name))

    def has_prefix(self, folded_prefix: str) -> bool:
        """Whether some name starts with these words."""
        return folded_prefix in self._prefixes or self.base.has_prefix(folded_prefix)

    def get(self, place_id: str) -> Place | None:
        """A place by id, user places included."""
        return self._by_id.get(place_id) or self.base.get(place_id)

    def __len__(self) -> int:
        return len(self.base) + len(self._by_id)

    def __getattr__(self, name: str) -> Any:
        # country(), region(), airports_of(), info() ...: the gazetteer's own
        return getattr(self.base, name)


def with_places(base: Gazetteer, *paths: str | os.PathLike[str]) -> Gazetteer | UserGazetteer:
    """Layer the places of *paths* over *base* (``base`` itself when none are given)."""
    if not paths:
        return base
    places: list[UserPlace] = []
    for path in paths:
        places.extend(read_places(path))
    return UserGazetteer(base, places)
