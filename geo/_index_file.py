"""The gazetteer's cache file: one header line, then a marshalled payload.

The header names the format version, the cache key (data package versions,
curated data files, builder source) and the payload's length and CRC-32. A
file whose header, key, length or checksum does not match is refused with a
:class:`~geo.errors.GazetteerError`, and the caller rebuilds it: a cache is
never trusted blindly. Writes go to a temporary file first and are moved
into place with :func:`os.replace`, so readers never see half a file.

Loading must be fast (a second CLI process answers in well under 1.5 s), so
nothing is unpacked into a million small objects: strings are stored as one
UTF-8 blob plus an offsets array (:class:`PackedStrings`), repeated values
(country and region codes) as small integer codes into a table, numbers as
arrays. Reading is then a few ``memcpy`` calls.

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
import os
import tempfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

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
FORMAT_VERSION = 2


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

    __slots__ = ("blob", "offsets")

    def __init__(self, blob: bytes, offsets: array.array[int]) -> None:
        self.blob = blob
        self.offsets = offsets

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
        offsets = self.offsets
        return self.blob[offsets[index] : offsets[index + 1]]

    def text(self, index: int) -> str:
        """Item *index* decoded."""
        return self[index].decode("utf-8")

    def to_list(self) -> list[bytes]:
        """All items as a list (for fast bisection once lookups are many)."""
        blob, offsets = self.blob, self.offsets
        return [blob[offsets[i] : offsets[i + 1]] for i in range(len(offsets) - 1)]


@dataclass(slots=True)
class IndexColumns:
    """The loaded index: what :class:`geo.gazetteer.Gazetteer` reads."""

    ids: PackedStrings
    names: PackedStrings
    kinds: bytes
    lat: array.array[float]
    lon: array.array[float]
    country_table: list[str | None]
    country_codes: array.array[int]
    admin1_table: list[str | None]
    admin1_codes: array.array[int]
    population: array.array[int]
    capital: bytes
    #: folded names, UTF-8, sorted
    keys: PackedStrings
    #: ``entries[offsets[i]:offsets[i + 1]]`` are the packed entries of ``keys[i]``
    offsets: array.array[int]
    entries: array.array[int]
    max_words: int
    airports: dict[int, tuple[int, ...]]
    admin1_names: dict[str, str]

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


def _payload(data: IndexData) -> bytes:
    ids = PackedStrings.pack(data.ids)
    names = PackedStrings.pack(data.names)
    keys = PackedStrings.pack(data.keys)
    country_table, country_codes = _table(data.country)
    admin1_table, admin1_codes = _table(data.admin1)
    return marshal.dumps(
        (
            ids.blob,
            ids.offsets.tobytes(),
            names.blob,
            names.offsets.tobytes(),
            bytes(data.kinds),
            data.lat.tobytes(),
            data.lon.tobytes(),
            country_table,
            country_codes.typecode,
            country_codes.tobytes(),
            admin1_table,
            admin1_codes.typecode,
            admin1_codes.tobytes(),
            data.population.tobytes(),
            bytes(data.capital),
            keys.blob,
            keys.offsets.tobytes(),
            data.offsets.tobytes(),
            data.entries.tobytes(),
            data.max_words,
            data.airports,
            data.admin1_names,
        )
    )


def write_index(path: str | os.PathLike[str], data: IndexData, *, key: str) -> None:
    """Write *data* to *path* atomically (temporary file + :func:`os.replace`)."""
    path = Path(path)
    payload = _payload(data)
    header = {
        "format": FORMAT_VERSION,
        "key": key,
        "length": len(payload),
        "crc32": zlib.crc32(payload),
        "places": len(data.ids),
        "names": len(data.keys),
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


def _array(typecode: str, raw: bytes) -> array.array[int]:
    out = array.array(typecode)
    out.frombytes(raw)
    return out


def read_index(path: str | os.PathLike[str], *, key: str) -> IndexColumns:
    """Read and verify a cache file written by :func:`write_index`.

    Raises
    ------
    GazetteerError
        When the file is missing, corrupt, truncated or built for other data.
    """
    try:
        with open(path, "rb") as fh:
            header = _parse_header(path, fh.read(len(MAGIC)), fh.readline(4096))
            if header.get("key") != key:
                raise GazetteerError(f"{path}: built for other data (stale cache)")
            payload = fh.read()
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read the gazetteer cache ({exc})") from exc
    if len(payload) != header.get("length") or zlib.crc32(payload) != header.get("crc32"):
        raise GazetteerError(f"{path}: corrupt or truncated gazetteer cache")
    try:
        c = marshal.loads(payload)
        lat: array.array[float] = array.array("d")
        lat.frombytes(c[5])
        lon: array.array[float] = array.array("d")
        lon.frombytes(c[6])
        columns = IndexColumns(
            ids=PackedStrings(c[0], _array("I", c[1])),
            names=PackedStrings(c[2], _array("I", c[3])),
            kinds=c[4],
            lat=lat,
            lon=lon,
            country_table=c[7],
            country_codes=_array(c[8], c[9]),
            admin1_table=c[10],
            admin1_codes=_array(c[11], c[12]),
            population=_array("q", c[13]),
            capital=c[14],
            keys=PackedStrings(c[15], _array("I", c[16])),
            offsets=_array("I", c[17]),
            entries=_array("I", c[18]),
            max_words=c[19],
            airports=c[20],
            admin1_names=c[21],
        )
    except (ValueError, EOFError, TypeError, IndexError) as exc:
        raise GazetteerError(f"{path}: corrupt gazetteer cache payload") from exc
    n = len(columns.kinds)
    if not (
        len(columns.ids) == len(columns.names) == len(columns.lat) == len(columns.lon) == n
        and len(columns.population) == len(columns.country_codes) == len(columns.capital) == n
        and len(columns.offsets) == len(columns.keys) + 1
    ):
        raise GazetteerError(f"{path}: inconsistent gazetteer cache columns")
    return columns
