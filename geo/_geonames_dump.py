"""Read GeoNames dump files (``KZ.txt``, ``cities15000.txt``, ``allCountries.zip``).

The files of https://download.geonames.org/export/dump/ are tab-separated,
UTF-8, one place a line, 19 columns: geonameid, name, asciiname,
alternatenames (comma-separated), latitude, longitude, feature class,
feature code, country code, cc2, admin1..admin4 codes, population,
elevation, dem, timezone, modification date. A ``.zip`` holds the ``.txt``
of the same name (and a ``readme.txt``, which is ignored).

Rows are streamed: a 1.5 GB ``allCountries.txt`` is read line by line and
only the rows that are kept become places.

What is kept, and as which :class:`~geo.types.Kind`:

========================  ===========================================================
feature                   kept as
========================  ===========================================================
A: PCLI PCLD PCLF PCLS    ``country`` (independent, dependent, freely associated,
PCLIX PCL TERR            semi-independent political entities, territories)
A: ADM1                   ``region``, with the main gazetteer's id ``region:<CC>.<A1>``
                          so it replaces the built-in region instead of doubling it
A: ADM2                   ``region`` (as the built-in US counties)
P: PPL* (all but below)   ``city``; PPLC is flagged as the capital
P: PPLX                   ``landmark`` (a section of a populated place: a district)
S: AIRP AIRB AIRF         ``airport``
S: every other code       ``landmark`` (squares, buildings, stations, stadiums...)
L: PRK                    ``landmark`` (parks)
R: ST RSTN RSTP           ``landmark`` (streets, railway stations and stops)
========================  ===========================================================

Alternate names that are links, numbers or codes (all-capital ASCII of up
to four letters: IATA, ICAO and ISO codes) are left out: the built-in index
knows those as codes, and as plain names they would match abbreviations in
news text.

Skipped: historical, abandoned or destroyed entries (feature codes ending in
``H`` such as PPLH, ADM1H, PCLH, and PPLQ, PPLCH), other administrative
levels (ADM3-5, ADMD: they double the towns they are named after), other
areas (L: regions, localities), roads and railways as lines, and by default
hydrography (H), hypsography (T), undersea (U) and vegetation (V)
features: a river, lake or mountain range as one "exact" point would claim
a precision it does not have, and their names (rivers named as their
towns) add ambiguity to news text. Ask for them with *feature_classes*
(e.g. ``"APSLRHT"``); they are then kept as landmarks.

Every place has the id ``geonames:<geonameid>`` (the main gazetteer uses the
same ids, so a dump entry replaces the built-in one; see
:class:`geo.places.UserGazetteer`) except first-level regions, see above.
``admin1_code`` is ``<CC>.<admin1>`` as in the main gazetteer.

Examples
--------
>>> import pathlib, tempfile
>>> row = ["9999901", "Test Square", "Test Square", "Testplatz,Тестовая площадь",
...        "43.2383", "76.9453", "S", "SQR", "KZ", "", "02", "", "", "", "0", "",
...        "780", "Asia/Almaty", "2026-11-26"]
>>> path = pathlib.Path(tempfile.mkdtemp()) / "KZ.txt"
>>> _ = path.write_text("\\t".join(row) + "\\n", encoding="utf-8")
>>> is_geonames_dump(path)
True
>>> [(p.id, p.kind.value, p.admin1_code, names) for p, names in read_geonames_dump(path)]
[('geonames:9999901', 'landmark', 'KZ.02', ('Test Square', 'Testplatz', 'Тестовая площадь'))]
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from geo.errors import GazetteerError
from geo.types import Kind, Place

__all__ = [
    "DEFAULT_FEATURE_CLASSES",
    "dump_kind",
    "is_geonames_dump",
    "read_geonames_dump",
]

#: Number of tab-separated columns in a GeoNames dump row.
COLUMNS = 19
#: Feature classes read unless asked otherwise (see the module docstring).
DEFAULT_FEATURE_CLASSES = frozenset("APSLR")

_COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"})
_REGION_CODES = frozenset({"ADM1", "ADM2"})
_AIRPORT_CODES = frozenset({"AIRP", "AIRB", "AIRF"})
_SKIPPED_PLACES = frozenset({"PPLQ", "PPLH", "PPLCH"})
_LANDMARK_CODES = {"L": frozenset({"PRK"}), "R": frozenset({"ST", "RSTN", "RSTP"})}
_OPT_IN_CLASSES = frozenset("HTUV")


def dump_kind(feature_class: str, feature_code: str) -> Kind | None:
    """The kind a GeoNames feature is kept as, or None when it is skipped.

    Examples
    --------
    >>> dump_kind("P", "PPLA"), dump_kind("P", "PPLX"), dump_kind("S", "AIRP")
    (<Kind.CITY: 'city'>, <Kind.LANDMARK: 'landmark'>, <Kind.AIRPORT: 'airport'>)
    >>> dump_kind("A", "ADM3"), dump_kind("P", "PPLH"), dump_kind("H", "STM")
    (None, None, <Kind.LANDMARK: 'landmark'>)
    """
    if feature_class == "A":
        if feature_code in _COUNTRY_CODES:
            return Kind.COUNTRY
        return Kind.REGION if feature_code in _REGION_CODES else None
    if feature_class == "P":
        if feature_code in _SKIPPED_PLACES:
            return None
        return Kind.LANDMARK if feature_code == "PPLX" else Kind.CITY
    if feature_class == "S":
        if feature_code in _AIRPORT_CODES:
            return Kind.AIRPORT
        return None if feature_code.endswith("H") else Kind.LANDMARK
    if feature_class in _LANDMARK_CODES:
        return Kind.LANDMARK if feature_code in _LANDMARK_CODES[feature_class] else None
    if feature_class in _OPT_IN_CLASSES:  # only read when asked for (feature_classes)
        return None if feature_code.endswith("H") else Kind.LANDMARK
    return None


def _zip_member(archive: zipfile.ZipFile, path: Path) -> str:
    """``KZ.txt`` in ``KZ.zip``; else the one ``.txt`` that is not the readme."""
    names = [n for n in archive.namelist() if n.lower().endswith(".txt")]
    wanted = f"{path.stem}.txt".lower()
    for name in names:
        if Path(name).name.lower() == wanted:
            return name
    data = [n for n in names if Path(n).name.lower() != "readme.txt"]
    if len(data) != 1:
        raise GazetteerError(f"{path}: no GeoNames {path.stem}.txt in this zip file")
    return data[0]


@contextmanager
def _open_text(path: Path) -> Iterator[IO[str]]:
    """The dump as a text stream, from a ``.txt`` or inside a ``.zip``."""
    if path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise GazetteerError(f"{path}: not a zip file ({exc})") from exc
        with archive, archive.open(_zip_member(archive, path)) as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    else:
        with path.open(encoding="utf-8", newline="\n") as fh:
            yield fh


def is_geonames_dump(path: str | os.PathLike[str]) -> bool:
    """Whether *path* is a ``.txt`` or ``.zip`` whose first row has the 19 GeoNames columns."""
    path = Path(path)
    if path.suffix.lower() not in (".txt", ".zip"):
        return False
    try:
        with _open_text(path) as fh:
            for line in fh:
                if line.strip() and not line.startswith("#"):
                    return len(line.rstrip("\r\n").split("\t")) == COLUMNS
    except (OSError, UnicodeDecodeError, GazetteerError, zipfile.BadZipFile):
        return False
    return False


def read_geonames_dump(
    path: str | os.PathLike[str],
    *,
    feature_classes: Iterable[str] | None = None,
    country_codes: Iterable[str] | None = None,
    min_population: int = 0,
) -> Iterator[tuple[Place, tuple[str, ...]]]:
    """Stream the places of a GeoNames dump, each with its names (main name first).

    Parameters
    ----------
    path : path
        A ``.txt`` dump or a ``.zip`` holding one.
    feature_classes : iterable of str, optional
        GeoNames feature classes to read (``"PS"`` or ``["P", "S"]``);
        default :data:`DEFAULT_FEATURE_CLASSES`. Rows of other classes are
        skipped before they are parsed.
    country_codes : iterable of str, optional
        Keep only these ISO countries (for ``allCountries``).
    min_population : int
        Keep populated places (class P) of at least this population.

    Yields
    ------
    (Place, names)
        Names are the name, the ASCII name and the alternate names, each once.

    Raises
    ------
    GazetteerError
        Naming the file and line for a row without 19 columns, a bad id,
        a bad coordinate or an empty name, and for a file that cannot be read.
    """
    path = Path(path)
    classes = (
        frozenset(c.strip().upper() for c in feature_classes if c.strip())
        if feature_classes is not None
        else DEFAULT_FEATURE_CLASSES
    )
    countries = frozenset(c.upper() for c in country_codes) if country_codes else None
    n = 0
    try:
        with _open_text(path) as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip() or line.startswith("#"):
                    continue
                found = _row(path, n, line, classes, countries, min_population)
                if found is not None:
                    yield found
    except (OSError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
        raise GazetteerError(f"{path}, near line {n + 1}: cannot read ({exc})") from exc


def _row(
    path: Path,
    n: int,
    line: str,
    classes: frozenset[str],
    countries: frozenset[str] | None,
    min_population: int,
) -> tuple[Place, tuple[str, ...]] | None:
    cols = line.rstrip("\r\n").split("\t")
    where = f"{path}, line {n}"
    if len(cols) != COLUMNS:
        raise GazetteerError(
            f"{where}: a GeoNames dump row has {COLUMNS} tab-separated columns, "
            f"this one has {len(cols)}"
        )
    feature_class, feature_code, country = cols[6], cols[7], cols[8].strip().upper()
    if feature_class not in classes or (countries is not None and country not in countries):
        return None
    kind = dump_kind(feature_class, feature_code)
    if kind is None:
        return None
    name = cols[1].strip()
    if not name or not cols[0].strip().isdigit():
        raise GazetteerError(f"{where}: no name or no numeric geonameid")
    try:
        lat, lon = float(cols[4]), float(cols[5])
        population = int(cols[14] or 0)
    except ValueError as exc:
        raise GazetteerError(f"{where} ({name}): bad number ({exc})") from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerError(f"{where} ({name}): coordinates out of range")
    if feature_class == "P" and population < min_population:
        return None
    admin1 = f"{country}.{cols[10].strip()}" if country and cols[10].strip() else None
    place_id = f"geonames:{int(cols[0])}"
    if feature_code == "ADM1" and admin1:
        place_id = f"region:{admin1}"  # the main gazetteer's id for first-level regions
    place = Place(
        id=place_id,
        name=name,
        kind=kind,
        lat=lat,
        lon=lon,
        country_code=country if len(country) == 2 else None,
        admin1_code=admin1 if kind is not Kind.COUNTRY else None,
        population=population,
        capital=feature_code == "PPLC",
    )
    alternates = (a.strip() for a in cols[3].split(",") if _usable_name(a.strip()))
    names = tuple(dict.fromkeys(x for x in (name, cols[2].strip(), *alternates) if x))
    return place, names


def _usable_name(name: str) -> bool:
    """Not a link, a number or a code (IATA, ICAO, ISO: the built-in index has those as codes).

    Examples
    --------
    >>> [_usable_name(n) for n in ("Almaty", "ALA", "UAAA", "050000", "https://x.org", "Oz")]
    [True, False, False, False, False, True]
    """
    if not name or "://" in name or name.replace(" ", "").isdigit():
        return False
    return not (len(name) <= 4 and name.isascii() and name.isalpha() and name.isupper())
