"""The gazetteer's cache file: one header line, then a marshalled payload.

The header names the format version, the cache key (data package versions,
curated data files, builder source) and the payload's length and CRC-32. A
file whose header, key, length or checksum does not match is refused with a
:class:`~geo.errors.GazetteerError`, and the caller rebuilds it: a cache is
never trusted blindly. Writes go to a temporary file first and are moved
into place with :func:`os.replace`, so readers never see half a file.

Examples
--------
>>> import tempfile, pathlib
>>> from geo._build import IndexData
>>> data = IndexData()
>>> _ = data.add(id="geonames:1", name="X", kind=2, lat=1.0, lon=2.0, country="KZ")
>>> path = pathlib.Path(tempfile.mkdtemp()) / "t.idx"
>>> write_index(path, data, key="k1")
>>> read_index(path, key="k1").names
['X']
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
from pathlib import Path
from typing import Any

from geo._build import IndexData
from geo.errors import GazetteerError

__all__ = ["FORMAT_VERSION", "MAGIC", "read_header", "read_index", "write_index"]

MAGIC = b"incident-mapper-gazetteer\n"
FORMAT_VERSION = 1


_SEP = "\x00"


def _join(values: list[str | None]) -> str:
    return _SEP.join(v or "" for v in values)


def _split(text: str, *, none_if_empty: bool = False) -> list[Any]:
    if not text:
        return []
    parts = text.split(_SEP)
    if none_if_empty:
        return [p or None for p in parts]
    return parts


def _payload(data: IndexData) -> bytes:
    # Strings go in as one joined string each: splitting one string is far
    # cheaper on load than unmarshalling a million small ones.
    return marshal.dumps(
        (
            _join(list(data.ids)),
            _join(list(data.names)),
            bytes(data.kinds),
            data.lat.tobytes(),
            data.lon.tobytes(),
            _join(data.country),
            _join(data.admin1),
            data.population.tobytes(),
            bytes(data.capital),
            _join(list(data.keys)),
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


def read_index(path: str | os.PathLike[str], *, key: str) -> IndexData:
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
        cols = marshal.loads(payload)
        data = IndexData(
            ids=_split(cols[0]),
            names=_split(cols[1]),
            kinds=bytearray(cols[2]),
            country=_split(cols[5], none_if_empty=True),
            admin1=_split(cols[6], none_if_empty=True),
            capital=bytearray(cols[8]),
            keys=_split(cols[9]),
            max_words=cols[12],
            airports=cols[13],
            admin1_names=cols[14],
        )
        data.lat.frombytes(cols[3])
        data.lon.frombytes(cols[4])
        data.population.frombytes(cols[7])
        data.offsets = array.array("I", cols[10])
        data.entries = array.array("I", cols[11])
    except (ValueError, EOFError, TypeError, IndexError) as exc:
        raise GazetteerError(f"{path}: corrupt gazetteer cache payload") from exc
    if not (
        len(data.ids) == len(data.lat) == len(data.population) == len(data.kinds)
        and len(data.offsets) == len(data.keys) + 1
    ):
        raise GazetteerError(f"{path}: inconsistent gazetteer cache columns")
    return data
