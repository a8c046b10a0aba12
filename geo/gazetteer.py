"""The offline gazetteer: countries, regions, populated places and airports by name.

Names are looked up after :func:`geo.normalize.fold`, so case, accents and
hyphens do not matter, and every script the data has a transliteration in
(Latin, Cyrillic, Greek) matches. The index is built once from the data
packages (see :mod:`geo._build`) and cached in the user's cache directory;
:func:`load_gazetteer` loads it in well under a second.

Examples
--------
>>> gaz = load_gazetteer()
>>> [e.place.name for e in gaz.lookup("Alma-Ata") if e.place.kind == "city"][:1]
['Almaty']
>>> gaz.country("KZ").name
'Kazakhstan'
>>> gaz.has_prefix("nur")
True
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from geo._build import KINDS, NAME_TYPES, build_index, data_versions
from geo._index_file import FORMAT_VERSION, IndexColumns, read_header, read_index, write_index
from geo.distance import great_circle_km
from geo.errors import GazetteerError
from geo.normalize import fold
from geo.types import Kind, Place

__all__ = [
    "CACHE_ENV",
    "Gazetteer",
    "NameEntry",
    "build_cache",
    "cache_key",
    "cache_path",
    "load_gazetteer",
    "resolve_cache_dir",
]

#: environment variable overriding the cache directory (tests and CI use it)
CACHE_ENV = "INCIDENT_MAPPER_CACHE_DIR"
_FILE_NAME = f"gazetteer-v{FORMAT_VERSION}.idx"
#: hand-curated data files the index is built from (part of the cache key)


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One place a name points to, and how the name relates to it.

    Parameters
    ----------
    place : Place
        The gazetteer entry.
    name_type : str
        ``"name"`` (preferred), ``"alternate"``, ``"code"`` (IATA, ICAO,
        ISO) or ``"demonym"`` (an adjective pointing to a country).
    """

    place: Place
    name_type: str


class Gazetteer:
    """Places by folded name, id, country or region code.

    Build one with :func:`load_gazetteer`; the constructor takes the columns
    of an already loaded index.

    Parameters
    ----------
    data : IndexColumns
        The index columns.
    path : Path, optional
        The cache file it was loaded from (for :meth:`info`).
    """

    #: lookups served from the packed keys before they are unpacked into a list
    UNPACK_AFTER = 2000

    def __init__(self, data: IndexColumns, *, path: Path | None = None) -> None:
        self._data = data
        self.path = path
        self._places: list[Place | None] = [None] * len(data)
        self._results: dict[str, tuple[NameEntry, ...]] = {}
        self._index_of: dict[str, int] = {}
        self._by_id: dict[str, int] | None = None
        self._by_country: dict[str, int] | None = None
        self._by_region: dict[str, int] | None = None
        self._airport_rows: list[int] | None = None
        # Bisection starts on the packed keys (no load cost, ~10 µs a lookup);
        # after UNPACK_AFTER lookups they become a list (~1 µs a lookup).
        self._keys: Sequence[bytes] = data.keys
        self._bisections = 0

    # -- places -------------------------------------------------------------------
    def _place(self, index: int) -> Place:
        place = self._places[index]
        if place is None:
            d = self._data
            admin1 = d.admin1(index)
            place = Place(
                id=d.ids.text(index),
                name=d.names.text(index),
                kind=KINDS[d.kinds[index]],
                lat=d.lat[index],
                lon=d.lon[index],
                country_code=d.country(index),
                admin1_code=admin1,
                admin1_name=d.admin1_names.get(admin1) if admin1 else None,
                population=d.population[index],
                capital=bool(d.capital[index]),
            )
            self._places[index] = place
            self._index_of[place.id] = index
        return place

    def __len__(self) -> int:
        return len(self._data)

    def __reduce__(self) -> tuple[Any, tuple[str | None]]:
        # The index is a memory-mapped file: a pickled gazetteer (a process
        # started with "spawn") loads it again from the same cache folder.
        return (_load_from, (str(self.path.parent) if self.path else None,))

    def __iter__(self) -> Iterator[Place]:
        return (self._place(i) for i in range(len(self._data)))

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self):,} places, {len(self._data.keys):,} names>"

    # -- names --------------------------------------------------------------------
    def lookup(self, name: str) -> tuple[NameEntry, ...]:
        """Places called *name* (folded first); ``()`` when unknown.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> [e.name_type for e in gaz.lookup("ALA") if e.place.id == "airport:ALA"]
        ['code']
        >>> gaz.lookup("Xyzzyqx")
        ()
        """
        return self.lookup_folded(fold(name))

    def _row(self, key: bytes) -> int:
        """Index of *key* in the sorted keys, or -1."""
        self._bisections += 1
        if self._bisections == self.UNPACK_AFTER:
            self._keys = self._data.keys.to_list()
        keys = self._keys
        row = bisect_left(keys, key)
        return row if row < len(keys) and keys[row] == key else -1

    def lookup_folded(self, folded: str) -> tuple[NameEntry, ...]:
        """Same as :meth:`lookup` for an already folded name (the hot path)."""
        found = self._results.get(folded)
        if found is not None:
            return found
        row = self._row(folded.encode("utf-8"))
        if row < 0:
            return ()
        d = self._data
        codes = d.entries[d.offsets[row] : d.offsets[row + 1]]
        found = tuple(NameEntry(self._place(c >> 2), NAME_TYPES[c & 3]) for c in codes)
        self._results[folded] = found
        return found

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and bool(self.lookup(name))

    def has_prefix(self, folded_prefix: str) -> bool:
        """Whether some name is, or starts with, these whole folded words.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> gaz.has_prefix("nur"), gaz.has_prefix("nur sultan"), gaz.has_prefix("nur sul")
        (True, True, False)
        """
        if folded_prefix in self._results:
            return True
        if self._row(folded_prefix.encode("utf-8")) >= 0:
            return True
        return self.starts_name(folded_prefix + " ")

    def starts_name(self, folded_start: str) -> bool:
        """Whether some folded name starts with these characters (not only whole words).

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> gaz.starts_name("juliac"), gaz.starts_name("qqqx")
        (True, False)
        """
        key = folded_start.encode("utf-8")
        keys = self._keys
        row = bisect_left(keys, key)
        return row < len(keys) and keys[row].startswith(key)

    @property
    def max_words(self) -> int:
        """The number of words in the longest name."""
        return self._data.max_words

    # -- ids and codes ----------------------------------------------------------------
    def get(self, place_id: str) -> Place | None:
        """The place with this id (``"geonames:1526384"``), or None."""
        index = self._index_of.get(place_id)
        if index is None:
            if self._by_id is None:
                ids = self._data.ids
                self._by_id = {ids.text(i): i for i in range(len(ids))}
            index = self._by_id.get(place_id)
        return None if index is None else self._place(index)

    def _kind_index(self, kind: Kind) -> dict[str, int]:
        d = self._data
        code = KINDS.index(kind)
        column = d.country if kind is Kind.COUNTRY else d.admin1
        out: dict[str, int] = {}
        for i, k in enumerate(d.kinds):
            if k == code:
                value = column(i)
                if value and (kind is Kind.COUNTRY or d.ids[i].startswith(b"region:")):
                    out[value] = i
            elif k > code:
                break  # places are stored countries, regions, cities, airports
        return out

    def country(self, code: str) -> Place | None:
        """The country with this ISO 3166-1 alpha-2 code, or None.

        Examples
        --------
        >>> load_gazetteer().country("kz").capital
        False
        """
        if self._by_country is None:
            self._by_country = self._kind_index(Kind.COUNTRY)
        index = self._by_country.get(code.upper())
        return None if index is None else self._place(index)

    def region(self, admin1_code: str) -> Place | None:
        """The first-level region ``"<CC>.<admin1>"`` (``"KZ.02"``), or None."""
        if self._by_region is None:
            self._by_region = self._kind_index(Kind.REGION)
        index = self._by_region.get(admin1_code)
        return None if index is None else self._place(index)

    def airports_of(self, city: Place) -> tuple[Place, ...]:
        """Airports serving *city* (same name within 40 km), international first.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> almaty = gaz.get("geonames:1526384")
        >>> [a.id for a in gaz.airports_of(almaty)]
        ['airport:ALA']
        """
        index = self._index_of.get(city.id)
        if index is None:
            if self.get(city.id) is None:
                return ()
            index = self._index_of[city.id]
        return tuple(self._place(i) for i in self._data.airports.get(index, ()))

    def airports(self) -> tuple[Place, ...]:
        """Every airport of the index (built once, on first use).

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> len(gaz.airports()) > 1000
        True
        """
        if self._airport_rows is None:
            code = KINDS.index(Kind.AIRPORT)
            self._airport_rows = [i for i, k in enumerate(self._data.kinds) if k == code]
        return tuple(self._place(i) for i in self._airport_rows)

    def airports_near(self, lat: float, lon: float, km: float = 60.0) -> tuple[Place, ...]:
        """Airports within *km* of a point, nearest first.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> [a.id for a in gaz.airports_near(43.70, -79.40, 30)][:2]
        ['airport:YTZ', 'airport:YYZ']
        """
        near = []
        for place in self.airports():
            dist = great_circle_km(lat, lon, place.lat, place.lon)
            if dist <= km:
                near.append((dist, place))
        near.sort(key=lambda pair: pair[0])
        return tuple(place for _, place in near)

    def info(self) -> dict[str, Any]:
        """Path, size, counts per kind and data versions, for ``gazetteer info``."""
        counts = {kind.value: 0 for kind in KINDS}
        for k in self._data.kinds:
            counts[KINDS[k].value] += 1
        size = self.path.stat().st_size if self.path and self.path.exists() else None
        return {
            "path": str(self.path) if self.path else None,
            "size_bytes": size,
            "places": len(self),
            "names": len(self._data.keys),
            "kinds": counts,
            "data_versions": data_versions(),
            "format": FORMAT_VERSION,
        }


# -- the cache -----------------------------------------------------------------------
def resolve_cache_dir(cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """The cache directory: argument, else ``$INCIDENT_MAPPER_CACHE_DIR``, else platformdirs."""
    if cache_dir is not None:
        return Path(cache_dir)
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("incident-mapper"))


def cache_path(cache_dir_: str | os.PathLike[str] | None = None) -> Path:
    """Where the index file lives."""
    return resolve_cache_dir(cache_dir_) / _FILE_NAME


def cache_key() -> str:
    """What the cache must have been built from: data versions, curated files, builder, folding."""
    digest = hashlib.sha256()
    digest.update(json.dumps(data_versions(), sort_keys=True).encode())
    geo = resources.files("geo")
    digest.update(geo.joinpath("_build.py").read_bytes())
    digest.update(geo.joinpath("normalize.py").read_bytes())  # how names are folded
    digest.update(geo.joinpath("_translit.py").read_bytes())  # German spellings it adds
    digest.update(geo.joinpath("_words.py").read_bytes())  # which spellings are words
    # every curated table the builder reads (geo/data/*.tsv), in a stable order
    for entry in sorted(geo.joinpath("data").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".tsv"):
            digest.update(entry.name.encode() + entry.read_bytes())
    return f"v{FORMAT_VERSION}-{digest.hexdigest()[:24]}"


@contextlib.contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """An exclusive lock beside *path*, so parallel processes build once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock, atomic replace still holds
        yield
        return
    with open(path.with_suffix(".lock"), "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def build_cache(
    cache_dir_: str | os.PathLike[str] | None = None,
    *,
    rebuild: bool = False,
    log: Callable[[str], None] | None = None,
) -> tuple[Path, IndexColumns, bool]:
    """Load the cached index, building it when missing, stale, corrupt or *rebuild*.

    Returns
    -------
    tuple
        ``(path, data, built)``; *built* tells whether it was (re)built now.
    """
    path = cache_path(cache_dir_)
    key = cache_key()
    if not rebuild:
        with contextlib.suppress(GazetteerError):
            return path, read_index(path, key=key), False
    with _build_lock(path):
        if not rebuild:  # another process may have built it while we waited
            with contextlib.suppress(GazetteerError):
                return path, read_index(path, key=key), False
        if log is not None and path.exists():
            try:
                read_header(path)
                log(f"rebuilding {path}")
            except GazetteerError as exc:
                log(f"rebuilding: {exc}")
        write_index(path, build_index(log=log), key=key)
        for old in path.parent.glob("gazetteer-v*.idx"):
            if old != path:  # an index of an older format: never read again
                with contextlib.suppress(OSError):
                    old.unlink()
        return path, read_index(path, key=key), True


def _load_from(folder: str | None) -> Gazetteer:
    return load_gazetteer(cache_dir=folder)


_LOADED: dict[Path, Gazetteer] = {}
_LOAD_LOCK = threading.Lock()


def load_gazetteer(
    *, cache_dir: str | os.PathLike[str] | None = None, rebuild: bool = False
) -> Gazetteer:
    """The gazetteer, loaded once per process and cache directory.

    Parameters
    ----------
    cache_dir : path, optional
        Where the index is cached; default ``$INCIDENT_MAPPER_CACHE_DIR`` or
        the user cache directory (``platformdirs``).
    rebuild : bool
        Build the index anew even if a valid cache exists.

    Returns
    -------
    Gazetteer

    Raises
    ------
    GazetteerError
        When the index can neither be loaded nor built (data package missing,
        cache directory not writable).

    Examples
    --------
    >>> load_gazetteer() is load_gazetteer()
    True
    """
    path = cache_path(cache_dir)
    with _LOAD_LOCK:
        if not rebuild and path in _LOADED:
            return _LOADED[path]
        path, data, _built = build_cache(cache_dir, rebuild=rebuild)
        gazetteer = Gazetteer(data, path=path)
        _LOADED[path] = gazetteer
        return gazetteer
