"""Your own places on top of the offline gazetteer: CSV, GeoJSON or GeoNames dumps.

A newsroom knows squares, districts, camps and checkpoints that GeoNames'
cities500 lacks. Put them in a CSV (``name, lat, lon`` and optionally
``kind``, ``country_code``, ``alternate_names`` separated by ``|``,
``population``, ``id``) or a GeoJSON file of Point features with the same
properties, or give a GeoNames dump as downloaded (``KZ.zip``, ``KZ.txt``,
``cities15000.txt``, ``allCountries.zip``: see :mod:`geo._geonames_dump` for
which features are kept and as what), and :func:`with_places` layers them
over the gazetteer: their names are found in text like any other, and they
win over same-named GeoNames entries because a user listed them on purpose.
A place whose id the gazetteer already has (``geonames:1526384`` from a
dump) replaces the built-in entry under all its names instead of doubling it.

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
import itertools
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from geo._geonames_dump import is_geonames_dump, read_geonames_dump
from geo.distance import place_km
from geo.errors import GazetteerError
from geo.gazetteer import Gazetteer, NameEntry
from geo.normalize import fold
from geo.types import Kind, Place

__all__ = ["UserGazetteer", "read_places", "with_places"]

_LAT = ("lat", "latitude", "breite", "y")
_LON = ("lon", "lng", "long", "longitude", "länge", "laenge", "x")
_KINDS = {k.value: k for k in Kind if k is not Kind.DEMONYM}

UserPlace = tuple[Place, tuple[str, ...]]


def read_places(
    path: str | os.PathLike[str],
    *,
    feature_classes: Iterable[str] | None = None,
    country_codes: Iterable[str] | None = None,
    min_population: int = 0,
) -> tuple[UserPlace, ...]:
    """Read user places from a ``.csv``, ``.geojson``/``.json`` or GeoNames dump file.

    Parameters
    ----------
    path : path
        A CSV or GeoJSON file of places, or a GeoNames dump: a ``.txt`` with
        19 tab-separated columns or a ``.zip`` holding one.
    feature_classes, country_codes, min_population
        Filters for GeoNames dumps (see
        :func:`geo._geonames_dump.read_geonames_dump`); ignored for CSV and
        GeoJSON.

    Returns
    -------
    tuple of (Place, names)
        Each place with all its names, the main one first.

    Raises
    ------
    GazetteerError
        Naming the file (and row or line) for a missing file, a bad
        coordinate, a missing name or a malformed dump row.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "cities.txt"
    >>> row = ("9999902\\tTestabad\\tTestabad\\t\\t43.1\\t76.8\\tP\\tPPL\\tKZ\\t\\t02\\t\\t\\t\\t"
    ...        "1200\\t\\t800\\tAsia/Almaty\\t2026-11-26\\n")
    >>> _ = path.write_text(row, encoding="utf-8")
    >>> [(p.id, p.kind.value, p.population) for p, _ in read_places(path)]
    [('geonames:9999902', 'city', 1200)]
    """
    return tuple(
        _iter_places(
            path,
            feature_classes=feature_classes,
            country_codes=country_codes,
            min_population=min_population,
        )
    )


def _iter_places(
    path: str | os.PathLike[str],
    *,
    feature_classes: Iterable[str] | None = None,
    country_codes: Iterable[str] | None = None,
    min_population: int = 0,
) -> Iterator[UserPlace]:
    """The places of one file, streamed (a GeoNames dump is never held as rows)."""
    path = Path(path)
    if not path.is_file():
        raise GazetteerError(f"{path}: no such places file")
    suffix = path.suffix.lower()
    if suffix in (".txt", ".zip"):
        if not is_geonames_dump(path):
            raise GazetteerError(
                f"{path}: not a GeoNames dump (a .txt, or a .zip holding one, "
                "with 19 tab-separated columns a row)"
            )
        yield from read_geonames_dump(
            path,
            feature_classes=feature_classes,
            country_codes=country_codes,
            min_population=min_population,
        )
        return
    try:
        if suffix == ".csv":
            rows = list(_csv_rows(path))
        elif suffix in (".geojson", ".json"):
            rows = list(_geojson_rows(path))
        else:
            raise GazetteerError(
                f"{path}: places must be a .csv or .geojson file, or a GeoNames dump (.txt, .zip)"
            )
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, csv.Error) as exc:
        raise GazetteerError(f"{path}: cannot read places ({exc})") from exc
    yield from (_place(path, n, row) for n, row in enumerate(rows, start=1))


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

    A name finds the user places called so first, then the gazetteer's. A
    user place whose id the gazetteer has too (a GeoNames dump's
    ``geonames:<id>``, a dump's first-level region ``region:<CC>.<A1>``)
    replaces that entry: every built-in name of the place (with its built-in
    name type, e.g. ``code`` for "ALA") then gives the user's place, and no
    lookup returns the same id twice.

    Parameters
    ----------
    base : Gazetteer
    places : iterable of (Place, names)
        From :func:`read_places`; consumed once, so a generator streams.

    Examples
    --------
    >>> from geo._memgaz import MemoryGazetteer
    >>> from geo.types import Kind, Place
    >>> base = MemoryGazetteer.sample()
    >>> almaty = base.lookup("Almaty")[0].place
    >>> moved = Place(almaty.id, "Almaty", Kind.CITY, 43.2, 76.9, "KZ", population=1)
    >>> overlay = UserGazetteer(base, [(moved, ("Almaty", "Test-Almaty"))])
    >>> [(e.place.lat, e.name_type) for e in overlay.lookup("Almaty")]
    [(43.2, 'name')]
    >>> overlay.lookup("Test-Almaty")[0].place is overlay.get(almaty.id)
    True
    """

    def __init__(self, base: Gazetteer, places: Iterable[UserPlace]) -> None:
        self.base = base
        self._by_name: dict[str, list[NameEntry]] = {}
        self._by_id: dict[str, Place] = {}
        self._prefixes: set[str] = set()
        self._results: dict[str, tuple[NameEntry, ...]] = {}
        self._new: int | None = None
        longest = 1
        region_of = getattr(base, "region", None)
        region_names: dict[str, str | None] = {}
        for place, names in places:
            code = place.admin1_code
            if code and place.admin1_name is None and region_of is not None:
                if code not in region_names:
                    region = region_of(code)
                    region_names[code] = region.name if region is not None else None
                if region_names[code]:
                    place = replace(place, admin1_name=region_names[code])
            if not place.population and not place.id.startswith("user:"):
                place = self._keep_population(place)
            self._by_id[place.id] = place  # the same id twice (two files): the later wins
            for i, name in enumerate(names):
                key = fold(name)
                if not key:
                    continue
                entry = NameEntry(place, "name" if i == 0 else "alternate")
                self._by_name.setdefault(key, []).append(entry)
                if " " not in key:  # most names: one word, its own only prefix
                    self._prefixes.add(key)
                    continue
                words = key.split(" ")
                longest = max(longest, len(words))
                self._prefixes.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
        self._max_words = max(base.max_words, longest)

    def _keep_population(self, place: Place) -> Place:
        """A replacement without a population (0: unknown in GeoNames) keeps the built-in one.

        The resolver ranks same-named places by population.
        """
        built_in = self.base.get(place.id)
        if built_in is not None and built_in.population:
            return replace(place, population=built_in.population)
        return place

    @property
    def max_words(self) -> int:
        """Longest name in words."""
        return self._max_words

    def lookup_folded(self, folded: str) -> tuple[NameEntry, ...]:
        """User places of that name first, then the gazetteer's (replaced ones swapped)."""
        found = self._results.get(folded)
        if found is not None:
            return found
        out: list[NameEntry] = []
        at: dict[str, int] = {}
        for entry in self._by_name.get(folded, ()):
            if entry.place.id not in at and self._by_id[entry.place.id] is entry.place:
                at[entry.place.id] = len(out)  # once per place, and only its latest version
                out.append(entry)
        for entry in self.base.lookup_folded(folded):
            mine = self._by_id.get(entry.place.id)
            if mine is None:
                out.append(entry)
            elif entry.place.id in at:  # both know the name: the built-in name type is better
                out[at[entry.place.id]] = NameEntry(mine, entry.name_type)
            else:  # a built-in name of a replaced place
                at[entry.place.id] = len(out)
                out.append(NameEntry(mine, entry.name_type))
        found = _without_twin_airports(out, set(at))
        self._results[folded] = found
        return found

    def lookup(self, name: str) -> tuple[NameEntry, ...]:
        """Like :meth:`Gazetteer.lookup`, user places first."""
        return self.lookup_folded(fold(name))

    def has_prefix(self, folded_prefix: str) -> bool:
        """Whether some name starts with these words."""
        return folded_prefix in self._prefixes or self.base.has_prefix(folded_prefix)

    def get(self, place_id: str) -> Place | None:
        """A place by id, user places included (and winning)."""
        return self._by_id.get(place_id) or self.base.get(place_id)

    def country(self, code: str) -> Place | None:
        """The country with this ISO code; a user's replacement when there is one."""
        place = self.base.country(code)
        return self._by_id.get(place.id, place) if place is not None else None

    def region(self, admin1_code: str) -> Place | None:
        """The first-level region ``"<CC>.<admin1>"``; a user's replacement when there is one."""
        place = self.base.region(admin1_code)
        if place is None:
            return self._by_id.get(f"region:{admin1_code}")
        return self._by_id.get(place.id, place)

    def __len__(self) -> int:
        if self._new is None:  # user places that are not replacements
            self._new = sum(1 for pid in self._by_id if self.base.get(pid) is None)
        return len(self.base) + self._new

    def __getattr__(self, name: str) -> Any:
        # airports_of(), info() ...: the gazetteer's own
        return getattr(self.base, name)


#: a built-in airport this close to a user's airport of the same name is the same one
_TWIN_AIRPORT_KM = 5.0


def _without_twin_airports(entries: list[NameEntry], mine: set[str]) -> tuple[NameEntry, ...]:
    """Drop built-in airports (``airport:<IATA>``) a user's place of the name duplicates.

    A GeoNames dump lists "Almaty International Airport" under its GeoNames
    id, the index under ``airport:ALA``: one airport, not two candidates.
    """
    users = [e.place for e in entries if e.place.id in mine and e.place.kind == Kind.AIRPORT]
    if not users:
        return tuple(entries)
    return tuple(
        e
        for e in entries
        if e.place.id in mine
        or e.place.kind != Kind.AIRPORT
        or all(place_km(e.place, p) > _TWIN_AIRPORT_KM for p in users)
    )


def with_places(
    base: Gazetteer,
    *paths: str | os.PathLike[str],
    feature_classes: Iterable[str] | None = None,
    country_codes: Iterable[str] | None = None,
    min_population: int = 0,
) -> Gazetteer | UserGazetteer:
    """Layer the places of *paths* over *base* (``base`` itself when none are given).

    Parameters
    ----------
    base : Gazetteer
    *paths : path
        CSV, GeoJSON or GeoNames dump files (:func:`read_places`).
    feature_classes, country_codes, min_population
        Filters for GeoNames dumps, applied while the file is streamed.

    Raises
    ------
    GazetteerError
        For the first file or row that cannot be read.
    """
    if not paths:
        return base
    filters: dict[str, Any] = {
        "feature_classes": feature_classes,
        "country_codes": country_codes,
        "min_population": min_population,
    }
    places = itertools.chain.from_iterable(_iter_places(p, **filters) for p in paths)
    return UserGazetteer(base, places)
