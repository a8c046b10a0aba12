"""The gazetteer's cache file: one header line, then a marshalled payload.

The header names the format version, the cache key (data package versions,
curated data files, builder source) and the payload's length and CRC-32. A
file whose header, key, length or checksum does not match is refused with a
:class:`~geo.errors.GazetteerError`, and the caller rebuilds it: a cache is
never trusted blindly. Writes go to a temporary file first and are moved
into place with :func:`os.replace`, so readers never see half a file.

Loading must be fast (a second CLI process answers in well under 1.5 s), so
nothing is unpacked into a million small objects, and nothing is copied: the
payload is a row of raw sections (strings as one UTF-8 blob plus an offsets
array, :class:`PackedStrings`; numbers and small integer codes as C arrays),
the file is memory-mapped and each section is a ``memoryview`` cast to its
type. Loading costs the CRC-32 over the mapped pages and little else; the
few tables (country and region codes, airports) are one small marshal section.

Examples
--------
>>> import tempfile, pathlib
>>> from geo._build import IndexData
>>> data = IndexData()
>>> _ = data.add(id="geonames:1", name="Xé", kind=2, lat=1.0, lon=2.0, country="KZ")
>>> path = pathlib.Path(tempfile.mkdtemp()) / "t.idx"
>>> write_index(path, data, key="k1")
>>> columns = read_index(path, key="k1")
>>> columns.names.text(0), columns.country(0), columns.admin1(0), len(columns)
('Xé', 'KZ', None, 1)
>>> read_index(path, key="k2")
Traceback (most recent call last):
...
geo.errors.GazetteerError: ...t.idx: built for other data (stale cache)
"""

from __future__ import annotations

import array
import json
import marshal
import mmap
import os
import tempfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, overload

from geo._build import IndexData
from geo.errors import GazetteerError

__all__ = [
    "FORMAT_VERSION",
    "MAGIC",
    "IndexColumns",
    "PackedStrings",
    "read_header",
    "read_index",
    "write_index",
]

MAGIC = b"incident-mapper-gazetteer\n"
FORMAT_VERSION = 3


class PackedStrings(Sequence[bytes]):
    """Many strings in one UTF-8 blob; item *i* is ``blob[offsets[i]:offsets[i + 1]]``.

    Items are ``bytes`` (UTF-8 order is code point order, so a sorted
    ``PackedStrings`` can be bisected with an encoded key); :meth:`text`
    decodes one.

    Examples
    --------
    >>> packed = PackedStrings.pack(["alma ata", "almaty", "алматы"])
    >>> len(packed), packed[1], packed.text(2)
    (3, b'almaty', 'алматы')
    """

    __slots__ = ("base", "blob", "offsets")

    def __init__(self, blob: Any, offsets: Sequence[int], base: int = 0) -> None:
        # blob: bytes, or an mmap (slicing either gives bytes); base: where the items start
        self.blob = blob
        self.offsets = offsets
        self.base = base

    @classmethod
    def pack(cls, values: Iterable[str]) -> PackedStrings:
        """Pack *values* in order."""
        parts = [v.encode("utf-8") for v in values]
        offsets = array.array("I", [0])
        total = 0
        for part in parts:
            total += len(part)
            offsets.append(total)
        return cls(b"".join(parts), offsets)

    def sections(self) -> tuple[bytes, bytes]:
        """The blob and the offsets as bytes, for writing."""
        return bytes(self.blob), array.array("I", self.offsets).tobytes()

    def __len__(self) -> int:
        return len(self.offsets) - 1

    @overload
    def __getitem__(self, index: int) -> bytes: ...
    @overload
    def __getitem__(self, index: slice) -> list[bytes]: ...
    def __getitem__(self, index: int | slice) -> bytes | list[bytes]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        offsets, base = self.offsets, self.base
        return self.blob[base + offsets[index] : base + offsets[index + 1]]

    def text(self, index: int) -> str:
        """Item *index* decoded."""
        return self[index].decode("utf-8")

    def to_list(self) -> list[bytes]:
        """All items as a list (for fast bisection once lookups are many)."""
        blob, base = self.blob, self.base
        offsets = list(self.offsets)
        return [blob[base + offsets[i] : base + offsets[i + 1]] for i in range(len(offsets) - 1)]


@dataclass(slots=True)
class IndexColumns:
    """The loaded index: what :class:`geo.gazetteer.Gazetteer` reads.

    The number columns are ``memoryview`` s of the mapped file (or arrays).
    """

    ids: PackedStrings
    names: PackedStrings
    kinds: Sequence[int]
    lat: Sequence[float]
    lon: Sequence[float]
    country_table: list[str | None]
    country_codes: Sequence[int]
    admin1_table: list[str | None]
    admin1_codes: Sequence[int]
    population: Sequence[int]
    capital: Sequence[int]
    #: folded names, UTF-8, sorted
    keys: PackedStrings
    #: ``entries[offsets[i]:offsets[i + 1]]`` are the packed entries of ``keys[i]``
    offsets: Sequence[int]
    entries: Sequence[int]
    max_words: int
    airports: dict[int, tuple[int, ...]]
    admin1_names: dict[str, str]
    #: the mapped file, kept open as long as the views are used
    mapping: Any = None

    def __len__(self) -> int:
        return len(self.kinds)

    def country(self, index: int) -> str | None:
        """ISO2 code of place *index*."""
        return self.country_table[self.country_codes[index]]

    def admin1(self, index: int) -> str | None:
        """Admin1 code ("KZ.02") of place *index*."""
        return self.admin1_table[self.admin1_codes[index]]


def _table(values: Sequence[str | None]) -> tuple[list[str | None], array.array[int]]:
    table: list[str | None] = [None]
    where: dict[str | None, int] = {None: 0}
    codes = array.array("H" if len(set(values)) < 65_000 else "I")
    for value in values:
        code = where.get(value)
        if code is None:
            code = where[value] = len(table)
            table.append(value)
        codes.append(code)
    return table, codes


def _sections(data: IndexData) -> list[tuple[str, str, bytes]]:
    """``(name, typecode, raw bytes)`` of each section; typecode "" for blobs."""
    country_table, country_codes = _table(data.country)
    admin1_table, admin1_codes = _table(data.admin1)
    ids_blob, ids_offsets = PackedStrings.pack(data.ids).sections()
    names_blob, names_offsets = PackedStrings.pack(data.names).sections()
    keys_blob, keys_offsets = PackedStrings.pack(data.keys).sections()
    meta = marshal.dumps(
        (country_table, admin1_table, data.max_words, data.airports, data.admin1_names)
    )
    return [
        ("meta", "", meta),
        ("ids", "", ids_blob),
        ("ids_offsets", "I", ids_offsets),
        ("names", "", names_blob),
        ("names_offsets", "I", names_offsets),
        ("kinds", "B", bytes(data.kinds)),
        ("lat", "d", data.lat.tobytes()),
        ("lon", "d", data.lon.tobytes()),
        ("country_codes", country_codes.typecode, country_codes.tobytes()),
        ("admin1_codes", admin1_codes.typecode, admin1_codes.tobytes()),
        ("population", "q", data.population.tobytes()),
        ("capital", "B", bytes(data.capital)),
        ("keys", "", keys_blob),
        ("keys_offsets", "I", keys_offsets),
        ("offsets", "I", data.offsets.tobytes()),
        ("entries", "I", data.entries.tobytes()),
    ]


def write_index(path: str | os.PathLike[str], data: IndexData, *, key: str) -> None:
    """Write *data* to *path* atomically (temporary file + :func:`os.replace`)."""
    path = Path(path)
    table: dict[str, list[object]] = {}
    parts: list[bytes] = []
    size = 0
    for name, typecode, raw in _sections(data):
        pad = -size % 8  # keep every section 8-byte aligned for memoryview.cast
        parts.append(b"\0" * pad)
        size += pad
        table[name] = [size, len(raw), typecode]
        parts.append(raw)
        size += len(raw)
    payload = b"".join(parts)
    header = {
        "format": FORMAT_VERSION,
        "key": key,
        "length": len(payload),
        "crc32": zlib.crc32(payload),
        "places": len(data.ids),
        "names": len(data.keys),
        "sections": table,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(MAGIC)
                fh.write(json.dumps(header, sort_keys=True).encode("ascii") + b"\n")
                fh.write(payload)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot write the gazetteer cache ({exc})") from exc


def read_header(path: str | os.PathLike[str]) -> dict[str, object]:
    """The header of a cache file, without reading the payload.

    Raises
    ------
    GazetteerError
        When the file is missing, is not a gazetteer cache or has a bad header.
    """
    try:
        with open(path, "rb") as fh:
            return _parse_header(path, fh.read(len(MAGIC)), fh.readline(4096))
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read the gazetteer cache ({exc})") from exc


def _parse_header(path: str | os.PathLike[str], magic: bytes, line: bytes) -> dict[str, object]:
    if magic != MAGIC:
        raise GazetteerError(f"{path}: not a gazetteer cache (bad magic)")
    try:
        header = json.loads(line)
    except ValueError as exc:
        raise GazetteerError(f"{path}: corrupt gazetteer cache header") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT_VERSION:
        raise GazetteerError(f"{path}: gazetteer cache of another format")
    return header


def read_index(path: str | os.PathLike[str], *, key: str) -> IndexColumns:
    """Map and verify a cache file written by :func:`write_index`.

    Raises
    ------
    GazetteerError
        When the file is missing, corrupt, truncated or built for other data.
    """
    try:
        with open(path, "rb") as fh:
            header = _parse_header(path, fh.read(len(MAGIC)), fh.readline(65536))
            if header.get("key") != key:
                raise GazetteerError(f"{path}: built for other data (stale cache)")
            start = fh.tell()
            size = os.fstat(fh.fileno()).st_size
            if size - start != header.get("length") or size == start:
                raise GazetteerError(f"{path}: corrupt or truncated gazetteer cache")
            mapping = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read the gazetteer cache ({exc})") from exc
    view = memoryview(mapping)
    if zlib.crc32(view[start:]) != header.get("crc32"):
        raise GazetteerError(f"{path}: corrupt or truncated gazetteer cache")
    try:
        table = header["sections"]
        assert isinstance(table, dict)

        def section(name: str) -> Any:
            offset, length, typecode = table[name]
            raw = view[start + offset : start + offset + length]
            return raw.cast(typecode) if typecode else raw

        def strings(name: str) -> PackedStrings:
            return PackedStrings(mapping, section(name + "_offsets"), start + table[name][0])

        country_table, admin1_table, max_words, airports, admin1_names = marshal.loads(
            section("meta")
        )
        columns = IndexColumns(
            ids=strings("ids"),
            names=strings("names"),
            kinds=section("kinds"),
            lat=section("lat"),
            lon=section("lon"),
            country_table=country_table,
            country_codes=section("country_codes"),
            admin1_table=admin1_table,
            admin1_codes=section("admin1_codes"),
            population=section("population"),
            capital=section("capital"),
            keys=strings("keys"),
            offsets=section("offsets"),
            entries=section("entries"),
            max_words=max_words,
            airports=airports,
            admin1_names=admin1_names,
            mapping=mapping,
        )
    except (ValueError, EOFError, TypeError, IndexError, KeyError, AssertionError) as exc:
        raise GazetteerError(f"{path}: corrupt gazetteer cache payload") from exc
    n = len(columns.kinds)
    if not (
        len(columns.ids) == len(columns.names) == len(columns.lat) == len(columns.lon) == n
        and len(columns.population) == len(columns.country_codes) == len(columns.capital) == n
        and len(columns.offsets) == len(columns.keys) + 1
    ):
        raise GazetteerError(f"{path}: inconsistent gazetteer cache columns")
    return columns
