"""Per-language cue lexicons from ``geo/data/cues.toml``, folded once and cached.

Examples
--------
>>> cues = cues_for("de")
>>> "bei" in cues.place_cues, "prasident" in cues.person_titles
(True, True)
>>> cues_for("xx").lang
'en'
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from geo.normalize import fold

__all__ = ["Cues", "cues_for", "demonym_forms"]

_FALLBACK = "en"


@dataclass(frozen=True, slots=True)
class Cues:
    """The hand-written lexicons of one language (folded word sets)."""

    lang: str
    place_cues: frozenset[str]
    stop_words: frozenset[str]
    person_titles: frozenset[str]
    first_names: frozenset[str]
    airport_words: tuple[str, ...]
    airport_links: frozenset[str]
    landmark_before: tuple[str, ...]
    landmark_after: tuple[str, ...]
    landmark_suffixes: tuple[str, ...]
    landmark_names: frozenset[str]
    connectors: tuple[str, ...]
    feature_words: frozenset[str]
    demonym_endings: tuple[str, ...]
    inflection: str
    capitalisation: str
    admin_units: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    abbreviations: tuple[tuple[str, str, bool], ...] = ()  # (abbreviation, name, after comma only)
    place_nouns: tuple[str, ...] = ()  # endings of nouns in apposition: "Gebietshauptstadt X"
    name_heads: frozenset[str] = frozenset()  # "Franklin Elementary": as written, capitalised
    newspaper_heads: frozenset[str] = frozenset()  # "New York Times"
    body_heads: frozenset[str] = frozenset()  # "Dublin City Council": as written
    office_words: frozenset[str] = frozenset()  # "manager", "officials": folded; a place's staff
    not_cues: frozenset[str] = frozenset()  # "according to": folded two-word phrases
    not_places: frozenset[str] = frozenset()  # "Obama", "Honda": folded, famous non-places
    never_places: frozenset[str] = frozenset()  # "Hamas": folded, non-places even after a cue
    #: names of bodies and firms that begin with or hold a place's name ("Guardia
    #: Civil", "Banco Santander"): as written; no word of theirs is a place
    organisations: tuple[str, ...] = ()
    name_tails: tuple[str, ...] = ()  # "saoudite": lower-case words inside names, as written
    noun_after: tuple[str, ...] = ()  # "Чёрном море": lower-case nouns ending a name
    noun_before: tuple[str, ...] = ()  # "mer Noire": lower-case nouns starting a name
    sense_nouns: frozenset[str] = frozenset()  # "Marburg virus": folded
    venue_heads: frozenset[str] = frozenset()  # "Trump Tower": folded; a given span is a venue
    language_cues: frozenset[str] = frozenset()  # "speaks", "auf": folded; before a language
    language_nouns: frozenset[str] = frozenset()  # "teacher", "Sprache", "языке": folded; after
    language_nouns_before: frozenset[str] = frozenset()  # "langue", "idioma": folded; before
    force_nouns: frozenset[str] = frozenset()  # "troops", "армия": folded; a demonym by one acts
    storm_words: frozenset[str] = frozenset()  # "Hurricane", "Zyklon": folded; a storm's name after
    vessel_words: frozenset[str] = frozenset()  # "Fregatte", "frigate": folded; a ship's name after
    firm_words: frozenset[str] = frozenset()  # "Konzern", "opérateur": folded; a firm's name after
    work_words: frozenset[str] = frozenset()  # "film", "Roman": folded; a work's title after
    party_words: frozenset[str] = frozenset()  # "Republican", "demócrata": folded; a US state's
    # unit words around names ("Camden and Charlton counties", "Gebiet Donezk"):
    # (as written, folded singular, plural?) and where they stand: "after" the
    # names, "before" them (with a link word: "régions de"), or after Russian
    # adjectives ("Донецкой области")
    unit_words: tuple[tuple[str, str, bool], ...] = ()
    unit_position: str = "after"
    # where unit_position is "adjective": unit words also standing before one
    # name in the nominative ("в провинции Идлиб", "в штате Техас")
    unit_words_before: tuple[tuple[str, str, bool], ...] = ()
    unit_links: tuple[str, ...] = ()

    def is_place_noun(self, folded: str) -> bool:
        """Whether *folded* is a noun that names what the next word is ("Metropole")."""
        return bool(self.place_nouns) and folded.endswith(self.place_nouns)

    @property
    def nouns_capitalised(self) -> bool:
        """Whether every noun is capitalised (German), so capitals prove little."""
        return self.capitalisation == "nouns"


@functools.cache
def _table() -> dict[str, dict[str, object]]:
    raw = resources.files("geo").joinpath("data/cues.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


def _folded(words: object) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in words) if isinstance(words, list) else frozenset()


def _raw(words: object) -> tuple[str, ...]:
    return tuple(str(w) for w in words) if isinstance(words, list) else ()


@functools.cache
def cues_for(lang: str | None) -> Cues:
    """Return the cue lexicons of *lang* (English ones for an unknown language).

    Parameters
    ----------
    lang : str or None
        ISO 639-1 code.

    Returns
    -------
    Cues
    """
    table = _table()
    code = lang if lang in table else _FALLBACK
    row = table[code]
    endings = sorted(_raw(row.get("demonym_endings")), key=len, reverse=True)
    return Cues(
        lang=code,
        place_cues=_folded(row.get("place_cues")),
        stop_words=_folded(row.get("stop_words")),
        person_titles=_folded(row.get("person_titles")),
        first_names=_folded(row.get("first_names")),
        airport_words=_raw(row.get("airport_words")),
        airport_links=_folded(row.get("airport_links")),
        landmark_before=_raw(row.get("landmark_before")),
        landmark_after=_raw(row.get("landmark_after")),
        landmark_suffixes=_raw(row.get("landmark_suffixes")),
        landmark_names=_folded(row.get("landmark_names")),
        connectors=_raw(row.get("connectors")),
        feature_words=_folded(row.get("feature_words")),
        demonym_endings=tuple(endings),
        inflection=str(row.get("inflection", code)),
        capitalisation=str(row.get("capitalisation", "proper")),
        admin_units=_folded(row.get("admin_units")),
        speech_verbs=_folded(row.get("speech_verbs")),
        abbreviations=_abbreviations(row.get("abbreviations")),
        place_nouns=tuple(sorted(_folded(row.get("place_nouns")))),
        name_heads=frozenset(_raw(row.get("name_heads"))),
        newspaper_heads=frozenset(_raw(row.get("newspaper_heads"))),
        body_heads=frozenset(_raw(row.get("body_heads"))),
        office_words=_folded(row.get("office_words")),
        not_cues=_folded(row.get("not_cues")),
        not_places=_folded(row.get("not_places")),
        never_places=_folded(row.get("never_places")),
        organisations=_raw(row.get("organisations")),
        name_tails=_raw(row.get("name_tails")),
        noun_after=_raw(row.get("noun_after")),
        noun_before=_raw(row.get("noun_before")),
        sense_nouns=_folded(row.get("sense_nouns")),
        venue_heads=_folded(row.get("venue_heads")),
        language_cues=_folded(row.get("language_cues")),
        language_nouns=_folded(row.get("language_nouns")),
        language_nouns_before=_folded(row.get("language_nouns_before")),
        force_nouns=_folded(row.get("force_nouns")),
        storm_words=_folded(row.get("storm_words")),
        vessel_words=_folded(row.get("vessel_words")),
        party_words=_folded(row.get("party_words")),
        firm_words=_folded(row.get("firm_words")),
        work_words=_folded(row.get("work_words")),
        unit_words=_units(row.get("unit_words"), False) + _units(row.get("unit_plurals"), True),
        unit_position=str(row.get("unit_position", "after")),
        unit_words_before=_units(row.get("unit_words_before"), False),
        unit_links=_raw(row.get("unit_links")),
    )


def _units(table: object, plural: bool) -> tuple[tuple[str, str, bool], ...]:
    if not isinstance(table, dict):
        return ()
    return tuple(sorted((str(k), fold(str(v)), plural) for k, v in table.items()))


def _abbreviations(table: object) -> tuple[tuple[str, str, bool], ...]:
    if not isinstance(table, dict):
        return ()
    out = [(str(k).lstrip(","), str(v), str(k).startswith(",")) for k, v in table.items()]
    return tuple(sorted(out, key=lambda t: -len(t[0])))


@functools.cache
def demonym_forms(lang: str) -> tuple[str, ...]:
    """The forms ``geo/data/demonyms.tsv`` lists for *lang*, as written.

    Examples
    --------
    >>> "German" in demonym_forms("en"), "украинец" in demonym_forms("ru")
    (True, True)
    """
    from geo._build import _data_rows

    return tuple(
        form.strip()
        for _code, row_lang, forms in _data_rows("demonyms.tsv")
        if row_lang == lang
        for form in forms.split(",")
        if form.strip()
    )
