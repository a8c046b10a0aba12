"""Recognition: find the spans of a text that name places, without a trained model.

One compiled regex finds runs of capitalised words; inside each run the
longest gazetteer names are matched word by word (pruned with
``has_prefix``, inflected last words tried through :mod:`geo._inflect`),
and the result is cached per run, so repeated runs cost a dict lookup.
Only the few runs that hold a name then pay for the context checks: cue
words, person names, sentence starts and how common the word is
(``wordfreq``, :mod:`geo._words`). Separate small scanners
(:mod:`geo._scanners`) find airports ("Almaty airport"), landmarks ("Platz
der Republik"), lower-case adjectives ("kasachischen") and names beside a
unit word, which :mod:`geo._units` reads ("the Donetsk and Luhansk
regions").

Examples
--------
>>> from geo._recognize import Recognizer
>>> from geo._memgaz import MemoryGazetteer
>>> rec = Recognizer(MemoryGazetteer.sample(), "de")
>>> [(c.text, c.kind) for c in rec.candidates("Proteste in Almaty. Auch in Aktobe.")]
[('Almaty', 'name'), ('Aktobe', 'name')]
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from geo._candidate import Candidate, big_entry, has_kind, main_population, small_towns_only
from geo._cues import Cues, cues_for, demonym_forms
from geo._inflect import (
    adjective_stems,
    de_adjective_bases,
    declinable_german_noun,
    demonym_bases,
    known_word,
    lemma,
    name_variants,
    ru_adjective_bases,
)
from geo._inside_cities import InsideCities
from geo._names import common_given_names, given_names, surnames
from geo._non_places import NonPlaces
from geo._russian import (
    ADJECTIVE_NEXT,
    ADJECTIVE_OF_PLACE,
    LOWER_WORD_NEXT,
    NOMINATIVE_ADJECTIVE,
    OBLIQUE_ADJECTIVE,
    PLACE_NOUN_STEMS,
    RUSSIAN_WORLD,
    SURNAME_ENDINGS,
    people_nouns,
    without_quoted_names,
)
from geo._scanners import scanners
from geo._tokens import COORDINATORS, WORD_NEXT, is_sentence_start, previous_words, words
from geo._translit import latin_spellings
from geo._units import UnitReader
from geo._words import common_word, very_common, zipf
from geo.gazetteer import NameEntry
from geo.normalize import fold, respelling, skeleton
from geo.types import Kind, Place

__all__ = ["Candidate", "GazetteerLike", "Recognizer", "span_candidate"]

#: below this population a place named only by an alternate name needs a cue ("in")
_ALTERNATE_ONLY_MIN = 100_000
#: a country of fewer people known by another name is a territory ("Mann", Isle of Man)
_TERRITORY = 100_000
#: in German, a noun this frequent (Zipf) naming only places under _VILLAGE people is the noun
_GERMAN_NOUN_ZIPF = 4.0
_EXONYM_CITY = 1_000_000  # from this size `_big_place_exonym` judges a city's other names
_GERMAN_TOWN_WORD = 20_000  # a German-only frequent word naming a town this big must decline
#: features after a town's name that name another thing: "Narva River", "Fergana Valley"
_FEATURES_AFTER = frozenset({"River", "Valley", "Creek", "Canyon", "Gorge"})
#: a word and an opening quote right before a match: "Fregatte „Hessen“", "groupe « Orange »"
_OPENING_QUOTES = '„"«‚‘“'
_QUOTED_AFTER_WORD = re.compile(rf"([\w-]+)[ \t\u00a0]*[{_OPENING_QUOTES}][ \t\u00a0]*$")
_KNOWN_WORD_ZIPF = 4.5  # a dictionary word this frequent is a word even inside a name
#: a word of an area's English name that makes it water ("Red Sea", "Blue Nile River")
_WATER_WORDS = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|Channel|River|Lake|Bay)\b")
_COMPOUND_PART = re.compile(r"[A-ZÀ-ÞА-ЯЁ][\w']*")  # the capitalised word after a hyphen
_COMPOUND_HEAD = re.compile(r"(?<![\w-])(\w+)-$")  # the word before a hyphen, before the match
_COMPOUND_WORD_ZIPF = 3.0  # a part this frequent is a noun ("-Staudamm"), not a name
_TITLE_MARK = re.compile(r"[!?][\"'”’“»]")  # "'Oklahoma!'", "„Mamma Mia!“": a title's end
_NUMBERED_WORD_ZIPF = 3.0  # a word this frequent before a number numbers a thing ("Terminal 3")
_NUMBER_NEXT = re.compile(r" \d+\b(?![.,:/]\d)")  # "Terminal 3", not "Gaza 2,000" or "10:30"
#: unit words after a name that make it a first-level region where it names one
#: ("Kilimanjaro Region"; not "York County", "Hamilton Township": units GeoNames lacks)
_FIRST_LEVEL_UNITS = frozenset({"region", "province", "governorate", "prefecture", "oblast"})
_EVERYDAY_WORD_ZIPF = 4.5  # "de Noël", "de Salud": a word, as written, even after a cue
_GERMAN_ARTICLE_NOUN_ZIPF = 4.5  # "der Bank": a noun after an article, whatever town it names
_VILLAGE = 10_000
#: a region this small by its towns' people does not make its name no given name
_GIVEN_NAME_REGION = 20_000
_UMLAUTS = frozenset("äöüÄÖÜ")
#: first in a sentence, a word of a lower-case lemma this frequent is the word (and an
#: English word this frequent no village of its name)
_INITIAL_WORD_ZIPF = 3.7
#: the same for an inflected form of a word ("Ливни", showers)
_INITIAL_FORM_ZIPF = 2.5
_FOREIGN_VILLAGE = 20_000  # a place abroad this small, by an alternate name only
#: how Spanish and French write the sounds English transliterations of Slavic and
#: Arabic names write "kh" and "zh": "Jersón", "Bajmut", "Zaporiyia", "Zaporijia"
_RESPELLINGS = {"es": (("kh", "j"), ("zh", "y")), "fr": (("zh", "j"),)}
#: a German noun this frequent after a cue is an idiom's ("in Brand", "nach Plan")
_GERMAN_IDIOM_ZIPF = 4.4
_DE_INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine"})
#: below this population a region named like a word is no region inside a longer name
_WORD_REGION_MIN = 50_000
#: ... and only for a word this rare in the text's language (Zipf)
_RESPELLING_MAX_ZIPF = 2.5
#: country codes written in prose; other ISO codes are acronyms ("MAC" cosmetics, not Macao)
_PROSE_CODES = frozenset({"US", "UK", "EU", "UE", "USA"})
#: the next word, past a comma: a speech verb after a name ("Jones said", "Jones, said")
#: words that make an airline of the place name after or before them (folded / as written)
_AIRLINE_BEFORE = frozenset({"air", "aerolineas"})
_AIRLINE_AFTER = frozenset({"Air", "Airways", "Airlines"})
#: nouns for a river right before its name (folded), in the five languages
_RIVER_NOUNS = frozenset(
    {"river", "fluss", "река", "реки", "реке", "реку", "рекой", "riviere", "fleuve", "rio"}
)
#: countries where each language (other than English) is spoken, whose cities news
#: names by that language's names
_HOME_COUNTRIES = {
    "de": frozenset({"DE", "AT", "CH", "LI", "LU"}),
    "fr": frozenset({"FR", "BE", "CH", "LU", "MC"}),
    "es": frozenset(
        {"ES", "MX", "AR", "CO", "PE", "VE", "CL", "EC", "GT", "CU", "BO", "DO", "HN", "PY"}
        | {"SV", "NI", "CR", "PA", "UY", "PR"}
    ),
    "ru": frozenset({"RU", "BY", "KZ", "KG"}),
}
#: a capitalised word before a big place this frequent in German is a noun, no given name
_GERMAN_COMPOUND_ZIPF = 3.0
#: endings only German nouns have: a word so ending is no given name
_GERMAN_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "ität", "nis", "tum", "ment")
#: a capitalised word rarer than this (and no form the lemmatiser knows) is a name
_UNKNOWN_WORD_ZIPF = 2.0
#: a German noun after an inflected adjective: towns under this many people, words this frequent
_ADJECTIVE_NOUN_TOWN = 50_000
#: ... and a town that has the noun as another name only, below this
_NOUN_ALTERNATE_TOWN = 1_000_000
#: linking words inside a hyphenated name, as the languages write them (also in Russian
#: transcription): "Frankfurt-am-Main", "Сан-Антонио-дель-Тачира", "Мосимбоа-да-Прая"
_NAME_LINKS = frozenset(
    {"de", "del", "da", "do", "dos", "du", "des", "la", "le", "les", "am", "an", "sur", "en"}
    | {"дель", "де", "да", "ду", "дос", "дю", "ла", "ле", "эль", "ам", "ан", "сюр", "на"}
)
#: a German article right before a word: "in der Oder"
_GERMAN_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|den|dem|des)[ \t]+$")
#: Russian adjectives' nominative endings
_RU_ADJECTIVE_ENDINGS = ("ая", "яя", "ое", "ее", "ый", "ий", "ой", "ые", "ие")
_ADJECTIVE_NOUN_ZIPF = 3.5
#: a lower-case word ending like an inflected German adjective, right before a name
_DE_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "im", "ins", "am", "vom", "zum", "zur", "beim"}
)
_DE_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:dies|jen|sein|ihr|unser|euer|welch|solch|manch|jed|kein|mein|dein|ein|all"
    r"|beid|viel|wenig|mehrer|einig)(?:e|en|er|es|em)\b"
    # nor a preposition, conjunction or adverb, nor a verb in the past ("teilte")
    r"|(?:gegen|unter|hinter|neben|wegen|zwischen|oder|aber|wieder|immer|über|seither|ohne"
    r"|gerne|heute|morgen|gestern|bereits|nachdem|sondern|wenn|denn|dann)\b|\w+te[nt]?\b)"
    r"[a-zäöüß]{2,}(?:e|en|er|es|em)[ \t]+$"
)
_SPEECH_NEXT = re.compile(r"[ \t,]{0,3}(\w+)")
#: the next two words on the line ("City Manager", "Mayor Doug")
_WORDS_NEXT = re.compile(r"[ \t]+(\w+)(?:[ \t]+(\w+))?")
#: articles that may begin a name ("The Hague", "Le Havre") or only precede one ("The
#: Rock Hill council", "La Unión Europea", no La Union, Philippines), by language: a
#: name after one that reaches further wins; in English text Spanish "Los" begins
#: names whole ("Los Angeles City")
_ARTICLES = {
    "en": frozenset({"the"}),
    "es": frozenset({"la", "el", "los", "las"}),
    "fr": frozenset({"la", "le", "l'", "les"}),
    "de": frozenset({"der", "die", "das"}),
}
#: a lower-case word this frequent is an everyday word, even if a big city's other name
_EVERYDAY_ZIPF = 5.0
#: German derives a city's adjective from another name of a city this big ("Frankfurter")
_DERIVED_FROM_ALTERNATE = 500_000
#: a Russian "-ский" adjective names a city this big ("мюнхенский"; not "кировский")
_RU_CITY_ADJECTIVE = 500_000
#: after a city's Russian adjective, a street's noun or a quoted name: no city
_RU_CITY_ADJECTIVE_NOT = re.compile(
    r"[ \t]+(?:«|\"|улиц|проспект|площад|шоссе|переул|бульвар|набережн|проезд|тупик|мост)"
)
#: a German-speaking town's "-er" adjective from this many people ("Bamberger", "Husumer")
_GERMAN_TOWN_ADJECTIVE = 20_000
_GERMAN_SPEAKING = frozenset({"DE", "AT", "CH", "LI", "LU"})
#: a capitalised word and a comma right before a position
_NAME_AND_COMMA = re.compile(r"(?<!\w)([A-ZÄÖÜ][\w-]+)[ \t]*,[ \t]*$")
#: a lower-case French article and the capitalised words after it
_FR_ARTICLE_NAME = re.compile(
    r"(?<![\w'’])(au|du|aux|des|le|la|les)[ \t]+([A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){0,2})"
)
#: French articles contracted with "à" or "de"
_FR_CONTRACTED = frozenset({"au", "du", "aux", "des"})
#: the article each form stands for, as a name of the gazetteer writes it
_FR_ARTICLE_FORMS = {
    "au": ("le ",),
    "du": ("le ",),
    "aux": ("les ",),
    "des": ("les ",),
    "le": ("le ",),
    "la": ("la ",),
    "les": ("les ",),
}
#: German place cues that stand before plural nouns as often as before names
_GERMAN_NOUN_CUES = frozenset({"von", "auf", "um", "aus"})
#: a noun this frequent after an article first in a sentence is the noun ("El Banco")
_ARTICLE_NOUN_ZIPF = 4.5
#: Spanish articles before a club's city name ("el Sevilla", "ganó al Valencia")
_CLUB_ARTICLES = frozenset({"el", "al", "del"})
#: words between a town's name and its office ("Rock Hill City Manager")
_UNIT_WORDS = frozenset({"city", "county", "town", "township", "village", "borough", "parish"})
_SAINTS = frozenset({"st", "ste", "saint", "sainte", "san", "santa", "sankt"})
#: the word right before a given name, a dot allowed ("Rep." of "Rep. Jim Jordan")
_TITLE_BEFORE = re.compile(r"(\w+)\.?[ \t]+$")
#: at most this many letters in a title abbreviated with a dot ("Gov.", "Capt.")
_TITLE_ABBREVIATION = 4
#: GeoNames writes main names in Latin letters; a name in another script is an alternate
_LATIN = re.compile(r"[\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]*")
#: a word rarer than this in the text's language is no everyday word ("Cherson", not "Hamas")
_RARE_ZIPF = 2.5
#: what makes a common noun the head of another name: "Gulf of Lava", "Gulf War"
_NAME_AFTER = re.compile(r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?[A-Z]|Wars?\b)")
#: "Stevens & Wilkinson": names joined by an ampersand are a firm
_FIRM = re.compile(r"[ \t]*&[ \t]*[A-Z]")
_FIRM_BEFORE = re.compile(r"[A-Z]\w*[ \t]*&[ \t]*$")
#: a word of the text, not in a path, a domain or a hyphenated compound ("/troy", ".pili")
_WORD_AS_WRITTEN = re.compile(r"(?<![\w/.-])\w+(?![\w/])")
#: a lower-case word right after a name (an adjective's noun: "Somali refugees")
_LOWER_NEXT = re.compile(r"[ \t]+([a-z]+)")
#: ", Texas" or ", New Mexico" after a name: maybe a qualifier ("Canadian, Texas")
_QUALIFIER_NEXT = re.compile(r",[ \t]*([A-Z][\w.]+(?:[ \t]+[A-Z][\w.]+)?)")
_AGE_AFTER = re.compile(r",[ \t]*\d{1,3}[ \t]*,")


class GazetteerLike(Protocol):
    """What recognition and resolution need from a gazetteer."""

    @property
    def max_words(self) -> int: ...

    def lookup_folded(self, folded: str) -> tuple[Any, ...]: ...

    def has_prefix(self, folded_prefix: str) -> bool: ...

    def airports_of(self, city: Any) -> tuple[Any, ...]: ...


#: party letters before a state or district: "Rep. Tim Ryan (D-Ohio)"
_PARTY_LETTERS = frozenset({"D", "R", "I"})
#: prefixes of hyphenated words that are no place ("Vice-President", "Neo-Nazi")
_WORD_PREFIXES = frozenset(
    {
        "pre",
        "post",
        "neo",
        "mid",
        "vice",
        "anti",
        "pro",
        "ex",
        "non",
        "co",
        "sub",
        "trans",
        "pan",
        "inter",
        "semi",
        "self",
        "multi",
        "ultra",
        "super",
        "pseudo",
        "quasi",
        "counter",
        "over",
        "under",
        "re",
        "un",
        "afro",
        "euro",
        "anglo",
        "franco",
        "sino",
        "indo",
        "russo",
    }
)

#: particles of family names ("Philippe de Marigny", "Ursula von der Leyen")
_PARTICLES = frozenset(
    {"de", "du", "des", "van", "von", "der", "den", "da", "di", "le", "la", "bin"}
)

_SAID_TO_BE_A_PLACE = re.compile(
    r"\s*(?:\([^)]{0,60}\)\s*)?(?:is|was|has been)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:city|town|village|hamlet|borough|township|county|parish|municipality|community"
    r"|suburb|neighbou?rhood|district|settlement|census-designated place|port|capital)\b"
)


def _place_evidence(text: str, cand: Candidate, following: Sequence[Candidate]) -> bool:
    """Whether the text says *cand* is a place: "X is a town in ...", "X, Ohio".

    Such a name stays a place even where a person of that name appears too
    ("Clinton is a city in Iowa ... named after DeWitt Clinton").

    Examples
    --------
    >>> c = Candidate(0, 7, "Clinton", "name")
    >>> _place_evidence("Clinton (pop. 26,000) is a small city in Iowa.", c, [])
    True
    >>> _place_evidence("Clinton said he was a town hall regular.", c, [])
    False
    """
    if _SAID_TO_BE_A_PLACE.match(text, cand.end):
        return True
    if following:
        nxt = following[0]
        gap = text[cand.end : nxt.start]
        return (
            gap.strip() == ","
            and "\n" not in gap
            and has_kind(nxt.entries, Kind.COUNTRY, Kind.REGION)
        )
    return False


def _frequent(word: str, lang: str) -> bool:
    """Whether *word* is an ordinary word of *lang* (not a rare name such as "Smith")."""
    return zipf(word, lang) >= 4.0


def _plausible_base(word: str, base: str) -> bool:
    """A lemma only removes or swaps an ending ("москве" -> "москва", not "land" -> "landen")."""
    if not base or len(base) > len(word) or len(base) < 3:
        return False
    common = 0
    for a, b in zip(word, base, strict=False):
        if a != b:
            break
        common += 1
    return common >= max(3, len(word) - 3)


def _entry_places(entries: Sequence[Any]) -> list[Any]:
    return [e.place for e in entries]


#: German compass words that start compounds with a country's name ("Nordsyrien"),
#: longest first
_DE_COMPASS = ("nordost", "nordwest", "sudost", "sudwest", "nord", "sud", "ost", "west", "zentral")
_DE_ADJECTIVE_ENDINGS = ("isch", "ische", "ischen", "ischer", "isches", "ischem", "er")
#: a French elided article or preposition before a word: "l'Iran", "d'Ivoire"
_ELIDED = re.compile(r"(?:[lLdD]|[qQ]u)['’](?=\w)")


@functools.cache
def _own_country_names(lang: str) -> dict[str, str]:
    """Folded CLDR names of countries in *lang* -> ISO code ("syrien" -> "SY" in German).

    Examples
    --------
    >>> _own_country_names("de")["syrien"], _own_country_names("fr")["suisse"]
    ('SY', 'CH')
    """
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(lang).territories
    except (UnknownLocaleError, ValueError):
        return {}
    return {
        fold(name): code for code, name in territories.items() if len(code) == 2 and code.isalpha()
    }


@functools.cache
def _own_demonyms(lang: str) -> frozenset[str]:
    """Folded demonyms ``geo/data/demonyms.tsv`` lists for *lang*.

    Examples
    --------
    >>> "german" in _own_demonyms("en"), "frances" in _own_demonyms("en")
    (True, False)
    """
    return frozenset(fold(form) for form in demonym_forms(lang))


#: the Arabic article as news writes it before a hyphen: "Ras al-Ain", "Deir ez-Zor"
#: ("at-" is left out: English writes "Goodspeed-at-Chester")
_ARABIC_ARTICLES = frozenset({"al", "el", "ez", "es", "ed", "ad", "ar", "as", "ash", "az", "an"})


_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]+")
#: a Russian word this frequent is not looked up in Latin letters
_TRANSLITERATED_WORD_ZIPF = 3.0
#: and its Latin spelling must have this many letters
_TRANSLITERATED_MIN_LETTERS = 5
#: a two-letter Cyrillic word this frequent in Russian is a word, not a city
_SHORT_CITY_ZIPF = 4.0


def _city_adjective_of_a_name(entries: Sequence[Any], text: str, end: int) -> bool:
    """A Russian city's adjective before a street's noun or a quoted name ("Бухарестской улице")."""
    return all(e.place.kind is Kind.CITY for e in entries) and bool(
        _RU_CITY_ADJECTIVE_NOT.match(text, end)
    )


@functools.cache
def _unit_nouns(cues: Cues) -> frozenset[str]:
    """The folded unit words of *cues* ("область", "края"), worked out once per language."""
    return frozenset(fold(w) for w, _, _ in (*cues.unit_words, *cues.unit_words_before))


def _second_level(place: Place) -> bool:
    """Whether *place* is a county or district (a region with a GeoNames id, not "region:")."""
    return place.kind is Kind.REGION and place.id.startswith("geonames:")


def _inflected_noun_not_town(word: str, entries: Sequence[Any]) -> bool:
    """A German plural or case form read as a small town's adjective ("Hörner": Horn)."""
    return all(
        e.place.kind == Kind.CITY and e.place.population < 100_000 for e in entries
    ) and lemma(word, "de") not in (None, word)


def _exclaimed_title(seen: _Seen) -> bool:
    """A quoted name that ends in "!" or "?" is a title: "'Oklahoma!'", "„Bonjour Paris?“"."""
    text = seen.text
    if not _TITLE_MARK.match(text, seen.end):
        return False
    k = seen.start
    while k > 0 and text[k - 1] in " \t\u00a0":
        k -= 1
    return k > 0 and text[k - 1] in _OPENING_QUOTES + "'"


def _names_something_big(entries: Sequence[Any]) -> bool:
    """A country, region or area, or a place of 100,000 people by any name, among *entries*.

    Such a reading keeps an inflected-looking form as written ("Paris",
    "Texas"), where a form naming only small places may stand for a
    bigger place's case form.
    """
    return any(
        e.place.kind in (Kind.COUNTRY, Kind.REGION, Kind.AREA)
        or e.place.population >= _ALTERNATE_ONLY_MIN
        for e in entries
    )


def _area_after_article(prev: str, entries: Sequence[Any]) -> bool:
    """A German stop word that names a river after an article: "Hochwasser der Oder".

    *prev* is the folded word before; "oder" (or) and "seine" (his) are rivers
    only so.
    """
    return prev in _DE_ARTICLES and has_kind(entries, Kind.AREA)


def _town_population(entries: Sequence[Any]) -> int:
    """The largest population of a town under a million among *entries*, by any name.

    "Breslau" is Wrocław's German name; a city of millions by another name is
    `_big_place_exonym`'s to judge ("Dabei" is no Dubai).
    """
    return max(
        (
            e.place.population
            for e in entries
            if e.place.kind is Kind.CITY and e.place.population < _EXONYM_CITY
        ),
        default=0,
    )


def _short_city(word: str, entries: Sequence[Any]) -> bool:
    """A two-letter Cyrillic name of a city of 100,000 people: "Ош" (Osh).

    Not a Russian word ("Но", but, is also Ho, Ghana), and no Latin
    two-letter word ("Bo", "Ho", "Lü" are people more often than Bo,
    Sierra Leone, or Ho, Ghana).
    """
    return (
        _CYRILLIC_WORD.fullmatch(word) is not None and zipf(word.lower(), "ru") < _SHORT_CITY_ZIPF
    ) and any(
        e.place.kind == Kind.CITY
        and e.name_type != "code"
        and e.place.population >= _ALTERNATE_ONLY_MIN
        for e in entries
    )


def _article_joined(word: str) -> bool:
    """Whether *word* is the Arabic article joined to a capitalised word: "el-Sheikh"."""
    head, hyphen, rest = word.partition("-")
    return bool(hyphen) and head.lower() in _ARABIC_ARTICLES and rest[:1].isupper()


def _inside_arabic_name(
    chunk: str, toks: list[tuple[int, int, str]], i: int, j: int, entries: Sequence[Any]
) -> bool:
    """Whether words *i*..*j* of *chunk* are only part of a longer Arabic name.

    "Ras" in "Ras al-Ain" is no Rās, India, "Numan" in "Maarat al-Numan" no
    Numan, Nigeria: an article with its hyphen right after or before the
    match joins it to a name the gazetteer lacks. A country, a region and a
    city of 100,000 people keep their reading ("Aden al-...").
    """

    def article(k: int) -> bool:  # "al" before "-Ain", or "al-Ain" whole
        _start, end, word = toks[k]
        head, hyphen, _rest = word.partition("-")
        return head.lower() in _ARABIC_ARTICLES and (bool(hyphen) or chunk[end : end + 1] == "-")

    joined = (j + 1 < len(toks) and article(j + 1)) or (i > 0 and article(i - 1))
    named = [e for e in entries if e.name_type != "code"]  # "RAS" is Rasht's airport
    return joined and not (
        has_kind(named, Kind.COUNTRY, Kind.REGION)
        or any(e.place.population >= _ALTERNATE_ONLY_MIN for e in named)
    )


def _split_elisions(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """French words with an elided article cut in two: "d'Ivoire" -> "d'", "Ivoire".

    Examples
    --------
    >>> _split_elisions([(0, 4, "Côte"), (5, 13, "d'Ivoire")])
    [(0, 4, 'Côte'), (5, 7, "d'"), (7, 13, 'Ivoire')]
    """
    out: list[tuple[int, int, str]] = []
    for start, end, word in toks:
        m = _ELIDED.match(word)
        if m is None:
            out.append((start, end, word))
        else:
            out.append((start, start + m.end(), word[: m.end()]))
            out.append((start + m.end(), end, word[m.end() :]))
    return out


def _big_place_exonym(entries: Sequence[Any], people: int = 1_000_000) -> bool:
    """Whether the name is another name of a city or region of *people* people.

    "Moskau", "Londres"; "Krim" (Crimea): frequent in the language because
    the place is.
    """
    return any(
        e.name_type == "alternate"
        and e.place.kind in (Kind.CITY, Kind.REGION)
        and e.place.population >= people
        for e in entries
    )


# A match inside a capitalised run, independent of its context:
# (start, end, first word index, last word index, entries)
_Hit = tuple[int, int, int, int, tuple[Any, ...]]


def _entry_facts(entries: Sequence[Any]) -> tuple[frozenset[Kind], int, bool]:
    """What the rules ask of a match's entries, worked out once.

    The kinds of its places other than by a demonym (what `has_kind`
    tests), the largest population it is the main name of
    (`_max_population`), and whether a demonym is among them.
    """
    return (
        frozenset(e.place.kind for e in entries if e.name_type != "demonym"),
        main_population(entries),
        any(e.name_type == "demonym" for e in entries),
    )


@dataclass(frozen=True, slots=True)
class _Match:
    """A gazetteer match of a capitalised run and what its words alone show.

    Worked out once per run and cached with it. ``start`` and ``end`` are
    offsets into the run, ``i`` and ``j`` its first and last word.
    """

    start: int
    end: int
    i: int
    j: int
    surface: str
    folded: str
    bare: str  # folded, without a possessive "'s"
    entries: tuple[Any, ...]  # the entries it may mean as written
    named: tuple[Any, ...]  # those by a name or an alternate name
    unit_next: bool  # "Laurel County": an administrative unit word follows
    kinds: frozenset[Kind]  # see _entry_facts
    max_population: int
    demonym: bool


@dataclass(slots=True)
class _Seen:
    """One gazetteer match and what the text shows around it, as ``_judge`` reads it.

    ``start`` and ``end`` are offsets into the text; ``i`` and ``j`` the first
    and last word of the match in ``toks``, the words of its capitalised run.
    """

    text: str
    base: int
    toks: list[tuple[int, int, str]]
    i: int
    j: int
    hit_words: frozenset[int]
    start: int
    end: int
    surface: str
    folded: str
    bare: str  # folded, without a possessive "'s"
    entries: tuple[Any, ...]
    unit_next: bool  # "Laurel County": an administrative unit word follows
    kinds: frozenset[Kind]  # of the entries, see _entry_facts
    max_population: int  # of the entries, see _entry_facts
    demonym: bool  # a demonym among the entries
    cue: bool = False
    prev_f: str = ""  # the word before, folded
    prev_is_cap: bool = False
    prev_in_hit: bool = False
    initial: bool = False  # first in a sentence
    country: bool = False

    @property
    def single(self) -> bool:
        """Whether the match is one word."""
        return self.i == self.j

    def has_kind(self, *kinds: Kind) -> bool:
        """Whether an entry other than a demonym is a place of one of *kinds* (`_has_kind`)."""
        return not self.kinds.isdisjoint(kinds)

    def restrict(self, entries: tuple[Any, ...]) -> None:
        """Keep only *entries*; ``country`` stays what it was for all of them."""
        self.entries = entries
        self.kinds, self.max_population, self.demonym = _entry_facts(entries)


def _written_entries(entries: tuple[Any, ...], written: str) -> tuple[Any, ...]:
    """The entries a match may mean as written; empty when none.

    Acronyms ("NATO", "FDA", "HIV") count only as country or region codes
    written in prose, as the spelled-out initials of a country or region
    ("UAE", "DRC", "NSW"), or where the place is spelled so; a code written
    in lower case is none ("Ben" is no BEN, Benin).
    """
    if written.isupper() and len(written) <= 5 and written.isalpha():
        entries = tuple(
            e
            for e in entries
            if (
                e.name_type == "code"
                and e.place.kind in (Kind.COUNTRY, Kind.REGION, Kind.AREA)
                and written in _PROSE_CODES
            )
            or (e.name_type != "code" and e.place.name.isupper())
            or (
                e.name_type == "alternate"
                and len(written) > 2
                and e.place.kind in (Kind.COUNTRY, Kind.REGION, Kind.AREA)
            )
        )
    elif any(e.name_type == "code" for e in entries):
        entries = tuple(e for e in entries if e.name_type != "code")
    if not any(e.name_type in ("name", "alternate", "demonym") for e in entries):
        # codes only: "US", "UK", "UAE"
        if not (
            written.isupper() and len(written) >= 2 and has_kind(entries, Kind.COUNTRY, Kind.AREA)
        ):
            return ()
        entries = tuple(e for e in entries if e.place.kind in (Kind.COUNTRY, Kind.AREA))
    return entries


class Recognizer:
    """Find candidate place spans in texts of one language.

    Parameters
    ----------
    gazetteer : GazetteerLike
        Names to match.
    lang : str or None
        ISO 639-1 code of the texts; English cues for unknown languages.
    include_demonyms : bool
        Also find adjectives and demonyms ("Kazakh", "kasachischen").
    """

    def __init__(
        self, gazetteer: GazetteerLike, lang: str | None, *, include_demonyms: bool = True
    ) -> None:
        self.gazetteer = gazetteer
        self.lang = lang or "en"
        self.cues = cues_for(lang)
        self.include_demonyms = include_demonyms
        self._scan = scanners(self.cues)
        self._units = UnitReader(self)
        self._inside = InsideCities(self)
        self._non_places = NonPlaces(self)
        self._max_words = max(1, int(gazetteer.max_words))
        self._fold: dict[str, str] = {}
        self._tails = frozenset(self.cues.name_tails)  # as written: "saoudite"
        self._elision = self.cues.lang == "fr"  # "l'Iran", "Côte d'Ivoire"
        self._own_countries = _own_country_names(self.lang)  # "syrien" in German: Syria
        self._chunk_cache: dict[
            str, tuple[list[tuple[int, int, str]], list[_Match], frozenset[int]]
        ] = {}
        self._entries_cache: dict[tuple[str, bool], tuple[Any, ...]] = {}
        self._persons: set[str] = set()  # names seen as persons in the current document
        self._senses: set[str] = set()  # names seen as diseases ("Marburg virus") in it
        self._lower: dict[str, bool] = {}  # words it also writes in lower case
        self._words: set[str] | None = None  # its words, as written (made when first needed)
        self._worded: set[str] = set()  # words and given names, places only if placed
        self._given: dict[str, bool] = {}

    def given_name(self, folded: str) -> bool:
        """Whether *folded* is a person's given name here ("Roy", "Linda", "Wladimir").

        The language's own list counts as is; the census list of English given
        names only where the word is no stop word or cue of the language ("in",
        "von") and no country, region or city of 100,000 people ("Charlotte",
        "Georgia", "Jordan" stay places).
        """
        if folded in self.cues.first_names:
            return True
        got = self._given.get(folded)
        if got is None:
            got = self._census_given(folded) and not any(
                e.place.kind in (Kind.COUNTRY, Kind.AREA)
                # a region of some size ("Victoria", "Kent"), not a parish of the
                # Isle of Man ("Patrick Todoran" is a person)
                or (e.place.kind is Kind.REGION and e.place.population >= _GIVEN_NAME_REGION)
                or e.place.population >= 100_000
                for e in self.entries(folded, inflect=False)
                if e.name_type == "name"  # "Julia" is an old name of Plovdiv: still a given name
            )
            self._given[folded] = got
        return got

    def _written_lower(self, text: str, folded: str) -> bool:
        """Whether *text* also writes *folded* as a lower-case word ("mercury", "honey")."""
        got = self._lower.get(folded)
        if got is None:
            got = zipf(folded, self.lang) >= 3.0  # a word of the language, not "pili" in quotes
            # nowhere in the text even inside a word: no need to split the text into words
            got = got and folded in text
            if got:
                if self._words is None:  # once per document, not a pattern per word
                    self._words = set(_WORD_AS_WRITTEN.findall(text))
                got = folded in self._words
            self._lower[folded] = got
        return got

    def _census_given(self, folded: str) -> bool:
        """Whether *folded* is on the census list of given names, even if a place too ("Nelson")."""
        return (
            len(folded) > 2
            and folded not in self.cues.stop_words
            and folded not in self.cues.place_cues
            and folded in given_names()
        )

    # -- cached primitives --------------------------------------------------
    def fold(self, word: str) -> str:
        """Fold *word*, cached."""
        got = self._fold.get(word)
        if got is None:
            got = fold(word)
            if len(self._fold) < 500_000:
                self._fold[word] = got
        return got

    def entries(self, folded: str, *, inflect: bool = True) -> tuple[Any, ...]:
        """Gazetteer entries of a folded name, trying base forms of inflected words."""
        key = (folded, inflect)
        got = self._entries_cache.get(key)
        if got is not None:
            return got
        got = tuple(self.gazetteer.lookup_folded(folded))
        got = self._own_country(folded, got)
        if got and inflect and self.cues.inflection == "de" and folded.endswith("s"):
            got = self._genitive_country(folded, got)
        elif got and inflect and self.cues.inflection == "ru" and " " not in folded:
            got = self._russian_case_of_city(folded, got)
        if not got and inflect and self.lang == "en" and folded.endswith("s"):
            # "Palestinians", "Kazakhs": the demonym in the plural
            got = tuple(
                e for e in self.gazetteer.lookup_folded(folded[:-1]) if e.name_type == "demonym"
            )
        # "Токаев", "Иванов": Russian surnames, not forms of Tokaj or Ivanovo (a
        # place ending so is found as written: "Киев", "Львов"); a name of several
        # words is no surname ("Соединённых Штатов")
        surname = (
            self.cues.inflection == "ru" and " " not in folded and folded.endswith(SURNAME_ENDINGS)
        )
        if not got and inflect and not surname:
            for form in name_variants(folded, self.cues.inflection):
                got = tuple(self.gazetteer.lookup_folded(form))
                if (
                    got
                    and len(folded) <= 3
                    and (
                        not any(big_entry(e) for e in got)
                        or zipf(folded, self.lang) >= _SHORT_CITY_ZIPF
                    )
                ):
                    # a form of three letters stands for a big city and is no
                    # word: "Уфе" is Ufa, "Бои" (battles) no form of Bo, Sierra Leone
                    got = ()
                if got and self._german_noun_form(
                    folded[:-2] if folded.endswith("es") else form, got, folded.endswith("es")
                ):
                    got = ()  # "des Dorfes": the genitive of a noun, not of Dorf, Zurich
                if got:
                    got = self._own_country(form, got)  # "Syriens"
                    if self.cues.inflection == "ru" and " " not in folded:
                        got = self._russian_case_of_city(folded, got)  # "Туле": not Тул
                    break
            if self.cues.inflection == "ru" and " " not in folded:
                got = self._russian_adjective_town(folded, got)  # "в Мирном": Mirny
            if not got and self.cues.inflection in ("ru", "de") and " " not in folded:
                base = lemma(folded, self.cues.inflection)
                if base is not None and _plausible_base(folded, fold(base)):
                    got = tuple(self.gazetteer.lookup_folded(fold(base)))
                    if got and self._german_noun_form(fold(base), got, folded.endswith("es")):
                        got = ()
            if not got and self.cues.inflection == "de" and " " not in folded:
                got = self._german_part_of(folded)  # "Nordsyrien", "Niederlanden"
            if not got and self.lang in ("en", "de") and self.include_demonyms:
                # "Ohioans", "Texan", "Londoner"; German "Kölner", "Münchner"
                got = self._derived_demonym(folded)
            if not got and self.lang != "en" and self.include_demonyms and " " not in folded:
                # a capitalised adjective first in a sentence: "Kasachische Truppen",
                # "Французские войска" (the lemmatiser reads them as nouns)
                got = self._demonym_entries(folded)
            if not got and self.cues.inflection == "ru":
                got = self._transliterated(folded)  # "Хулиака", "Синалоа", "в Дерне"
        elif not got and inflect and surname:
            # a plural city's genitive ends like a surname: "из Афин" (Афины);
            # only a big city, so "Путин" stays a person
            got = next(
                (
                    big
                    for form in (folded + "ы", folded + "и")
                    if (big := tuple(e for e in self.gazetteer.lookup_folded(form) if big_entry(e)))
                ),
                (),
            )
        if len(self._entries_cache) < 500_000:
            self._entries_cache[key] = got
        return got

    def _german_noun_form(self, base: str, got: tuple[Any, ...], es: bool = False) -> bool:
        """A German inflected form of a frequent noun that names small places only.

        *es*: the form is a genitive in "-es", which nouns take and towns'
        names do not ("des Strandes" is no Strand, Norway, a town of 12,000).
        """
        return (
            self.cues.inflection == "de"
            and " " not in base
            and all(e.place.kind == Kind.CITY and e.name_type != "demonym" for e in got)
            and main_population(got) < (_ADJECTIVE_NOUN_TOWN if es else _VILLAGE)
            # a big city's German name is frequent because of the city: "Einnahme
            # Kiews", "Rückeroberung Mossuls" are its genitive
            and not any(e.place.population >= _ALTERNATE_ONLY_MIN for e in got)
            and common_word(base, "de")
        )

    def _transliterated(self, folded: str) -> tuple[Any, ...]:
        """A big place's Latin name, for a Russian name GeoNames lacks in Cyrillic.

        "Хулиака" (Juliaca, Peru), "Синалоа", "Борно", "в Дерне" (Darnah): the
        name and its base forms, spelt in Latin letters every way Russian
        transcribes them (х as kh, h or j, к as k or c...), are looked up,
        guided by the index's prefixes; only a country, a region or a city of
        100,000 people counts (10,000 for a long name of three parts or more:
        "Сан-Антонио-дель-Тачира"), and no frequent Russian word.
        """
        if not _CYRILLIC_WORD.fullmatch(folded.replace(" ", "").replace("-", "")):
            return ()
        if zipf(folded, "ru") >= _TRANSLITERATED_WORD_ZIPF:
            return ()
        starts = getattr(self.gazetteer, "starts_name", None)
        if starts is None:
            return ()
        # a long name of three parts or more ("Сан-Антонио-дель-Тачира") is spelt by
        # chance by no other place: a town of any size
        parts = len(folded.replace("-", " ").split())
        least = _VILLAGE if parts >= 3 and len(folded) >= 12 else _ALTERNATE_ONLY_MIN
        for form in (folded, *name_variants(folded, "ru")):
            for latin in latin_spellings(form, starts):
                if len(latin) < max(_TRANSLITERATED_MIN_LETTERS, len(folded) - 1):
                    continue  # "Экрем" is no form of Acre, "Лахайна" none of Lahān
                found = tuple(
                    e
                    for e in self.gazetteer.lookup_folded(latin)
                    # a place's own name, or another spelling of it: "Nainawa" is an
                    # old name of Karbala, no spelling of Nīnawá
                    if (
                        e.name_type == "name"
                        or (e.name_type == "alternate" and respelling(latin, fold(e.place.name)))
                    )
                    and (
                        e.place.kind in (Kind.COUNTRY, Kind.REGION)
                        or (e.place.kind == Kind.CITY and e.place.population >= least)
                    )
                )
                if found:
                    return found
        return ()

    def _own_country(self, folded: str, got: tuple[Any, ...]) -> tuple[Any, ...]:
        """*got*, with folded *folded* as a name of its country if it is the text language's.

        The index keeps one type per form and place, and French "syrien",
        "italien" are adjectives; in German "Syrien", "Italien" are the
        countries, as "Suisse" is in French.
        """
        code = self._own_countries.get(folded)
        if code is None and got and self.lang != "en" and self._own_countries:
            # a country's name the text's language does not give it, where a big
            # city has that name: French "Mexico" is the city (the country is
            # "Mexique"), as German "Mexiko-Stadt" is
            countries = {e.place.country_code for e in got if e.place.kind == Kind.COUNTRY}
            if countries and any(
                e.place.kind == Kind.CITY
                and e.place.population >= _ALTERNATE_ONLY_MIN
                and e.place.country_code in countries
                for e in got
            ):
                return tuple(e for e in got if e.place.kind != Kind.COUNTRY)
        if code is None or not got:
            return got
        return tuple(
            NameEntry(e.place, "alternate")
            if e.name_type == "demonym"
            and e.place.kind == Kind.COUNTRY
            and e.place.country_code == code
            else e
            for e in got
        )

    def _german_part_of(self, folded: str) -> tuple[Any, ...]:
        """A German compound of a compass word and a country or region, or its dative plural.

        "Nordsyrien", "Ostukraine", "Nordirak" name a part of Syria, Ukraine,
        Iraq: the country, at its precision; "in den Niederlanden" is the
        Netherlands. Only countries, regions and areas: "Westberlin" is
        Berlin the Land, "Zentralbank" nothing.
        """
        forms: list[str] = []
        for prefix in _DE_COMPASS:
            rest = folded.removeprefix(prefix)
            if rest != folded and len(rest) >= 4:
                forms += [rest, *name_variants(rest, "de")]
                break
        if folded.endswith("en") and len(folded) > 5:
            forms.append(folded[:-1])
        for form in forms:
            # "Syrien" is also French for "Syrian" (a demonym of the index); a
            # German adjective is none of these ("Nordamerikanische")
            adjective = form.endswith(_DE_ADJECTIVE_ENDINGS)
            found = tuple(
                e
                for e in self.gazetteer.lookup_folded(form)
                if e.place.kind in (Kind.COUNTRY, Kind.REGION, Kind.AREA)
                and not (adjective and e.name_type == "demonym")
                # a first-level region's, not a county's: "Nordderby" is no Derby
                and not _second_level(e.place)
            )
            found = self._own_country(form, found)
            if found:
                return found
        return ()

    def _genitive_country(self, folded: str, got: tuple[Any, ...]) -> tuple[Any, ...]:
        """A German genitive of a country over a village written like it.

        "im Norden Malis" is Mali's north, not Malliß (1,400 people), which
        GeoNames also calls "Malis"; a name of a region, a country or a town
        of 100,000 people keeps its own reading ("Paris", "Texas", "Athens").
        """
        if _names_something_big(got):
            return got
        for form in name_variants(folded, "de"):
            countries = tuple(
                e for e in self.gazetteer.lookup_folded(form) if e.place.kind == Kind.COUNTRY
            )
            if countries:
                return countries
        return got

    def _russian_adjective_town(self, folded: str, got: tuple[Any, ...]) -> tuple[Any, ...]:
        """*got*, or the town an adjective-form name in an oblique case is, if bigger.

        "в Мирном" is Mirny (40,000 people), a town named like an adjective
        ("Мирный"), not Mirna, Slovenia, whose Russian name a noun's case
        ending also leads to; "в Томском" stays Tomsk's form where no bigger
        place bears an adjective of it.
        """
        bases = ru_adjective_bases(folded)
        if not bases:
            return got
        towns = tuple(
            e
            for base in bases
            for e in self.gazetteer.lookup_folded(base)
            if e.place.kind is Kind.CITY
        )
        if not towns:
            return got
        biggest = max(e.place.population for e in towns)
        if biggest > max((e.place.population for e in got), default=-1):
            return towns
        return got

    def _russian_case_of_city(self, folded: str, got: tuple[Any, ...]) -> tuple[Any, ...]:
        """*got*, with the big city a Russian case form may be of.

        "в Уфе" is Ufa (1.1 million people), though GeoNames also gives "Уфе"
        as the Russian name of Ouffet, Belgium; "в Туле" is Tula, not Toul,
        France ("Тул", a base form found first). Where the form as written, or
        the first base form found, names only places under 100,000 people,
        the cities of 100,000 or more, countries and regions its other base
        forms name join it, and the resolver weighs them all.
        """
        if _names_something_big(got) or folded.endswith(SURNAME_ENDINGS):
            return got
        for form in name_variants(folded, "ru"):
            big = tuple(e for e in self.gazetteer.lookup_folded(form) if big_entry(e))
            if big:
                return (*got, *big)
        return got

    def _chunk(self, chunk: str) -> tuple[list[tuple[int, int, str]], list[_Match], frozenset[int]]:
        """The words of a capitalised run, its matches that may be places, and their words.

        Cached per run: what its words alone show is worked out once.
        """
        cached = self._chunk_cache.get(chunk)
        if cached is not None:
            return cached
        if " " in chunk or "-" in chunk or "\t" in chunk or "'" in chunk or "’" in chunk:
            toks = words(chunk, 0, len(chunk))
        else:  # most runs are one plain word ("The", "Almaty")
            toks = [(0, len(chunk), chunk)]
        if "-" in chunk:
            toks = self._split_compounds(toks)
        if self._elision and ("'" in chunk or "’" in chunk):
            toks = _split_elisions(toks)
        hits: list[_Hit] = []
        n = len(toks)
        i = 0
        has_prefix = self.gazetteer.has_prefix
        tails = self._tails
        inflected = self._inflected_prefix
        inflects = self.cues.inflection in ("ru", "de")  # only these inflect adjectives
        articles = _ARTICLES.get(self.lang, frozenset())

        def longest(
            i: int,
        ) -> tuple[
            tuple[int, tuple[Any, ...]] | None, tuple[int, tuple[Any, ...]] | None, list[str]
        ]:
            best: tuple[int, tuple[Any, ...]] | None = None
            shorter: tuple[int, tuple[Any, ...]] | None = None
            parts: list[str] = []
            key = ""
            for j in range(i, min(n, i + self._max_words)):
                w = toks[j][2]
                part = self.fold(w)
                parts.append(part)
                # an elided article joins the next word: "cote d'ivoire"
                key = f"{key}{part}" if not key or key.endswith("'") else f"{key} {part}"
                if part.endswith("'"):
                    continue  # "Côte d'": the name goes on
                # a lower-case tail ends a name too: "Arabie saoudite"; and the
                # Arabic article before a capital: "Sharm el-Sheikh"
                if w[0].isupper() or w in tails or _article_joined(w):
                    found = self.entries(key)
                    if found:
                        shorter, best = best, (j, found)
                if j + 1 < n and not has_prefix(key) and not (inflects and inflected(parts)):
                    break
            return best, shorter, parts

        while i < n:
            word = toks[i][2]
            if not word[0].isupper():
                i += 1
                continue
            best, shorter, parts = longest(i)
            if best is not None and best[0] > i and parts[0] in articles:
                # "The Rock Hill City Council": Rock Hill, not The Rock, New South
                # Wales; a name after the article that reaches further wins, unless
                # it is a unit's ("The City of Plymouth" is Plymouth, as before)
                after = longest(i + 1)
                if (
                    after[0] is not None
                    and after[2][0] not in _UNIT_WORDS
                    and (
                        after[0][0] > best[0]
                        # the place's own name after the article, where the article
                        # makes only another name: "Les Gonaïves" is Gonaïves
                        or (
                            after[0][0] == best[0]
                            and all(e.name_type == "alternate" for e in best[1])
                            and any(e.name_type == "name" for e in after[0][1])
                            # not an airport's name ("El Prat" is Barcelona's, no Pratt)
                            and not has_kind(best[1], Kind.AIRPORT, Kind.LANDMARK)
                        )
                    )
                ):
                    i += 1
                    continue
            if (
                best is not None
                and shorter is not None
                and parts[best[0] - i] in self.cues.feature_words
                and best[0] + 1 < n
                and toks[best[0] + 1][2][0].isupper()
                and (
                    self._body_head(toks[best[0] + 1][2])
                    or not any(e.name_type == "name" for e in best[1])
                )
            ):
                # "Dublin City Council", "Alexandria City Public Schools": Dublin,
                # Alexandria; but "Mexico City Health Secretary" names Mexico City
                best = shorter
            if best is not None:
                # a lone stop word or a two-letter word is never a name ("In", "Die", "Al")
                lone = best[0] == i and (
                    (
                        parts[0] in self.cues.stop_words
                        and not (i > 0 and _area_after_article(self.fold(toks[i - 1][2]), best[1]))
                    )
                    or (len(parts[0]) < 3 and not word.isupper() and not _short_city(word, best[1]))
                )
                if not lone and not _inside_arabic_name(chunk, toks, i, best[0], best[1]):
                    hits.append((toks[i][0], toks[best[0]][1], i, best[0], best[1]))
                i = best[0] + 1
            else:
                i += 1
        hit_words = frozenset(k for h in hits for k in range(h[2], h[3] + 1))
        matches = [match for hit in hits if (match := self._match(chunk, toks, hit)) is not None]
        result = (toks, matches, hit_words)
        if len(self._chunk_cache) < 200_000:
            self._chunk_cache[chunk] = result
        return result

    def _inflected_prefix(self, parts: list[str]) -> bool:
        """Whether folded *parts* begin a name once the adjectives are nominative.

        "Нижнем" begins no name, "Нижний" begins "Нижний Новгород"; German
        "Vereinigten" begins none, "Vereinigte" begins "Vereinigte Staaten".
        """
        if self.cues.inflection == "ru":
            if any(
                self.gazetteer.has_prefix(" ".join([base, *parts[1:]]))
                for base in ru_adjective_bases(parts[0])
            ):
                return True
            # two adjectives, or an adjective and a noun, all inflected:
            # "Объединённых Арабских", "Демократической Республике"
            if not 2 <= len(parts) <= 3 or not ru_adjective_bases(parts[0]):
                return False
            options = [(p, *ru_adjective_bases(p)) for p in parts[:-1]]
            last = parts[-1]
            options.append((last, *ru_adjective_bases(last), *name_variants(last, "ru")))
            return any(
                self.gazetteer.has_prefix(" ".join(words)) for words in itertools.product(*options)
            )
        if self.cues.inflection == "de" and len(parts) <= 2:
            return any(
                list(based) != parts and self.gazetteer.has_prefix(" ".join(based))
                for based in itertools.product(*(de_adjective_bases(p) for p in parts))
            )
        return False

    def _split_compounds(self, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Split hyphenated words the gazetteer does not know into their parts.

        "Paris-Henry County", "Rock Hill-based", "Watertown-ML": the parts may
        be names; "Nur-Sultan" and "Alma-Ata" are names whole and stay whole.
        """
        out: list[tuple[int, int, str]] = []
        for start, end, word in toks:
            inner = word.strip("-")
            if "-" not in inner or not self._splittable(word):
                out.append((start, end, word))
                continue
            pos = start
            for part in word.split("-"):
                if part:
                    out.append((pos, pos + len(part), part))
                pos += len(part) + 1
        return out

    def _body_head(self, word: str) -> bool:
        """Whether capitalised *word* heads an office or body: "Council", "Times", "Inc"."""
        cues = self.cues
        return word in cues.body_heads or word in cues.name_heads or word in cues.newspaper_heads

    def _splittable(self, word: str) -> bool:
        """Whether hyphenated *word* is a compound of names, not a name or a word.

        Not: a name or the start of one ("Nur-Sultan"), a prefixed word
        ("Vice-President", "Pre-War"), a name with a linking word inside
        ("Nioro-du-Sahel"), or a brand of short parts ("Wal-Mart",
        "Coca-Cola"). Compounds of countries and demonyms split ("US-Iran",
        "Egyptian-Israeli").
        """
        folded = self.fold(word)
        if self.entries(folded) or self.gazetteer.has_prefix(folded):
            return False
        parts = [p for p in word.split("-") if p]
        if self.fold(parts[0]) in _WORD_PREFIXES:
            return False
        if any(p in _NAME_LINKS or p in self.cues.connectors for p in parts[1:-1]):
            # a linking word inside: one name ("Сан-Антонио-дель-Тачира",
            # "Мосимбоа-да-Прая", "Nioro-du-Sahel"), though the gazetteer lacks it;
            # not "Goleta-foothills-to-Carpinteria-coast"
            return False
        if len(parts) == 2 and parts[0] in _PARTY_LETTERS:
            return True  # "D-Ohio": a party and a state or district
        # "Wal-Mart" is a brand, but "US-Iran" names countries
        short = all(len(p) <= 4 and p[:1].isupper() for p in parts)
        return not short or any(
            has_kind(self.entries(self.fold(p), inflect=False), Kind.COUNTRY) for p in parts
        )

    # -- the decision per hit -----------------------------------------------
    def _cue_before(self, text: str, pos: int) -> tuple[bool, str | None]:
        prev = previous_words(text, pos, 2)
        if not prev:
            return self._listed_after_a_place(text, pos), None
        last = self.fold(prev[-1])
        pair = f"{self.fold(prev[0])} {last}" if len(prev) == 2 else ""
        cue = (last in self.cues.place_cues or pair in self.cues.place_cues) and (
            pair not in self.cues.not_cues
        )
        if cue and self.cues.nouns_capitalised and last in COORDINATORS:
            # German nouns are capitalised: "und" is a cue after a place only
            # ("Bremen und Hamburg"), not in "Frauen und Kinder", "Fenster und Türen"
            cue = len(prev) == 2 and prev[0][:1].isupper() and self._a_place(prev[0])
        return cue, last

    def _a_place(self, word: str) -> bool:
        """Whether *word* (as written) names a country, a region or a town of 10,000."""
        return any(
            e.place.kind in (Kind.COUNTRY, Kind.REGION, Kind.AREA)
            or (e.place.kind in (Kind.CITY, Kind.LANDMARK) and e.place.population >= _VILLAGE)
            for e in self.entries(self.fold(word))
            if e.name_type != "demonym"
        )

    def _listed_after_a_place(self, text: str, pos: int) -> bool:
        """German: a comma after a town's name, as in "in Schwerin, Rostock und Neubrandenburg".

        A list of places makes the next name a place too, where German would
        otherwise take a frequent city's name for a noun ("Rostock",
        "Oldenburg" are frequent in German because the cities are).
        """
        if not self.cues.nouns_capitalised:
            return False
        m = _NAME_AND_COMMA.search(text, max(0, pos - 60), pos)
        return m is not None and any(
            e.place.kind in (Kind.COUNTRY, Kind.REGION)
            or (e.place.kind == Kind.CITY and e.place.population >= _VILLAGE)
            for e in self.entries(self.fold(m.group(1)))
            if e.name_type != "demonym"
        )

    def _is_word(
        self,
        folded: str,
        initial: bool,
        max_population: int = 0,
        surface: str = "",
        after_article: bool = False,
    ) -> bool:
        """Whether a capitalised single word is more likely a word than a name here.

        *max_population* is the largest population the word is the main name
        of; *after_article*: a German article stands right before ("beim Essen").
        """
        if self.cues.nouns_capitalised:  # German: every noun is capitalised
            # a frequent noun that names villages only is the noun, though English
            # has it too ("Brand", "Café", "Plan": common_word wants it German only)
            word = (
                common_word(folded, self.lang)
                or (max_population < _VILLAGE and zipf(folded, self.lang) >= _GERMAN_NOUN_ZIPF)
                # a very frequent noun after an article ("der Bank") names towns only
                # by chance: Bānk, India, has 18,000 people, and English has "bank" too
                or (
                    after_article
                    and max_population < _ALTERNATE_ONLY_MIN
                    and zipf(folded, self.lang) >= _GERMAN_ARTICLE_NOUN_ZIPF
                )
            )
            if (
                word
                and surface
                and max_population >= _GERMAN_TOWN_WORD
                # a town under 100,000 only where the word is rare ("Passau"; not
                # "Auch", "Kamen", "Leer", "Baden", which are everyday German)
                and (
                    max_population >= _ALTERNATE_ONLY_MIN
                    or zipf(folded, self.lang) < _GERMAN_NOUN_ZIPF
                )
            ):
                # a town's own name is German-only and frequent too ("im sächsischen
                # Leipzig", "erreichte Passau"): only one that declines as a noun is a
                # word ("Halle", "Kiel"), or one after an article ("nach dem Essen")
                return after_article or declinable_german_noun(surface)
            return word
        if self.lang != "en":
            # a city of 100,000 first in a sentence stays one: "Goma, a orillas del
            # lago Kivu" is no rubber
            return (
                initial and common_word(folded, self.lang) and max_population < _ALTERNATE_ONLY_MIN
            )
        # English names are English-specific too ("Richmond"), so only frequent words count
        if initial:
            # "Media reports ...": a frequent word first in a sentence, unless a big place
            # ("Gang violence rose": a village's name, an everyday word)
            return (
                common_word(folded, "en", min_zipf=4.4)
                or (zipf(folded, "en") >= 4.6 and max_population < 100_000)
                or (
                    zipf(folded, "en") >= _INITIAL_WORD_ZIPF
                    and max_population < _VILLAGE
                    # written as a word, not a dateline's capitals ("SEOUL", "NSW")
                    and surface[1:].islower()
                    and folded not in given_names()  # frequent as names: "Ashley", "Laura"
                    and folded not in surnames()
                )
            )
        return very_common(folded, "en") and (
            common_word(folded, "en", min_zipf=4.8) or zipf(folded, "en") >= 5.0
        )

    def _german_inflected_noun(self, seen: _Seen) -> bool:
        """A frequent German noun's plural or case form that names villages only.

        "der zerstörten Brücken", "wegen neuer Zölle": Brücken in the Palatinate
        and Zwolle's German spelling are no places here; towns of 10,000
        (Bünde, Weiden) and a big place's form ("Roms") stay.
        """
        if not (
            self.cues.nouns_capitalised
            and seen.single
            and not (seen.country or seen.unit_next)
            and not seen.has_kind(Kind.AREA, Kind.LANDMARK)
        ):
            return False
        # after "den", or after a lower-case adjective when the word is only another
        # name of its places, a noun's plural even where a big place has the form:
        # "in den Bergen" (Bergen, Norway), "wegen neuer Zölle" (Zwolle)
        before = previous_words(seen.text, seen.start, 1)
        plural_phrase = bool(before) and (
            before[-1] == "den"
            or (
                before[-1].islower()
                and before[-1].endswith(("er", "en"))
                and all(e.name_type == "alternate" for e in seen.entries)
            )
        )
        if plural_phrase:
            if any(e.place.population >= _NOUN_ALTERNATE_TOWN for e in seen.entries):
                return False
        elif seen.cue or seen.max_population >= _VILLAGE or _names_something_big(seen.entries):
            return False
        base = lemma(seen.surface, "de")
        if (
            base is not None
            and base[:1].isupper()
            and zipf(base.lower(), "de") >= _GERMAN_NOUN_ZIPF
        ):
            return True
        # "den Bergen": the lemmatiser reads the verb "bergen"; the plural's stem is the noun
        return plural_phrase and any(
            seen.surface.endswith(ending)
            and zipf(seen.surface[: -len(ending)].lower(), "de") >= _GERMAN_NOUN_ZIPF
            for ending in ("en", "n")
        )

    def qualified(self, text: str, end: int) -> bool:
        """Whether a country or region follows after a comma: "Canadian, Texas"."""
        m = _QUALIFIER_NEXT.match(text, end)
        if m is None:
            return False
        first = m.group(1).split()[0]
        # "Arab, Alabama.": the full stop ends the sentence; "N.Y." keeps its own
        return any(
            has_kind(self.entries(self.fold(name), inflect=False), Kind.COUNTRY, Kind.REGION)
            for name in {m.group(1), first, m.group(1).rstrip("."), first.rstrip(".")}
        )

    def _speech_next_to(self, text: str, start: int, end: int, prev_f: str) -> bool:
        if prev_f in self.cues.speech_verbs:
            return True
        m = _SPEECH_NEXT.match(text, end)
        return m is not None and self.fold(m.group(1)) in self.cues.speech_verbs

    def _judge(
        self,
        text: str,
        base: int,
        toks: list[tuple[int, int, str]],
        match: _Match,
        hit_words: frozenset[int],
    ) -> Candidate | None:
        """Accept or reject one gazetteer match of a capitalised run.

        The rules run in a fixed order, each on what the text shows around the
        match (`_Seen`): what the words are alone, then a person around them,
        an adjective, the name they continue, a common word, an old name.
        Some rules only note a name for the whole text (persons, diseases,
        words the text writes in lower case); ``_name_candidates`` applies
        those notes after the last match.
        """
        seen = self._seen(text, base, toks, match, hit_words)
        if seen is None:
            return None
        if self._person_before(seen):
            self._persons.add(seen.folded)
            return None  # "Präsident Tokajew", "Wladimir Putin", "Jones said"
        if self._never_a_place(seen) or self._airline(seen):
            return None
        self._note_given_name(seen)
        named = match.named
        if seen.demonym:
            if self._adjective(seen):
                named = ()  # "Canadian beef": the adjective, not Canadian, Texas
            if not any(e.name_type == "name" for e in named):
                named = ()  # "Kazakh": the adjective, not a village with that alternate name
                seen.restrict(tuple(e for e in seen.entries if e.name_type == "demonym"))
            if not named:
                return (
                    Candidate(
                        seen.start, seen.end, seen.surface, "demonym", seen.entries, 0.7, seen.cue
                    )
                    if self.include_demonyms
                    else None
                )
            if not self.include_demonyms:
                seen.restrict(named)
        if self._person_around(seen):
            self._persons.add(seen.folded)
            return None  # "Mike de Kock", "Muchtar Abliasow"
        if self._name_continues(seen):
            return None  # "Jackson Smith", "Paris Hilton", "Franklin Elementary"
        if self._age_after(seen):
            self._persons.add(seen.folded)
            return None  # a person's age: "Campbell, 42, was arrested"
        if (
            self._sense_or_office(seen)
            or self._a_word(seen)
            or self._head_of_a_name(seen)
            or self._article_and_noun(seen)
        ):
            return None
        self._note_lower_case(seen)
        if self._old_village_name(seen, named) or self._ru_adjective_of_a_noun(seen):
            return None
        if seen.has_kind(Kind.LANDMARK) and not seen.single:
            # a landmark's name is no other place's translated name: "the White
            # House" is no Casablanca, whatever else the text names in Morocco
            seen.restrict(
                tuple(
                    e
                    for e in seen.entries
                    if e.place.kind is Kind.LANDMARK or e.name_type != "alternate"
                )
            )
            named = tuple(e for e in named if e in seen.entries)
        if (
            not seen.single
            and seen.has_kind(Kind.LANDMARK)
            and seen.prev_f in _ARTICLES.get(self.lang, ())
        ):
            # a building's name after an article ("la Casa Blanca", "the White House")
            # is the building, not a village named so
            landmarks = tuple(e for e in seen.entries if e.place.kind is Kind.LANDMARK)
            seen.restrict(landmarks)
            named = tuple(e for e in named if e in landmarks)
        if seen.has_kind(Kind.AREA) and seen.has_kind(Kind.REGION) and not seen.unit_next:
            # "the Red Sea", "the Blue Nile": the water, not the governorate or
            # state named after it, unless a unit word follows
            waters = tuple(
                e
                for e in seen.entries
                if e.place.kind is Kind.AREA and _WATER_WORDS.search(e.place.name)
            )
            if waters:
                seen.restrict(waters)
                named = tuple(e for e in named if e in waters)
        us_state = self._us_party_state(seen)
        if us_state:
            seen.restrict(us_state)  # "a Georgia Republican"
            named = tuple(e for e in named if e in us_state)
        if self.lang == "fr" and seen.prev_f in ("au", "aux") and seen.has_kind(Kind.REGION):
            # French puts "au" before a masculine province or country, "à" before
            # a town: "au Québec" is the province, "à Québec" its capital
            wide = tuple(e for e in seen.entries if e.place.kind is not Kind.CITY)
            seen.restrict(wide)
            named = tuple(e for e in named if e in wide)
        return self._candidate(seen, named)

    def _us_party_state(self, seen: _Seen) -> tuple[Any, ...]:
        """A US state's readings of a name next to a US party's or office's word, or ().

        "a Georgia Republican", "el senador demócrata por Georgia", "der
        Demokrat aus Georgia", "Montana Attorney General": the state, not the
        country (`party_words` in cues.toml).
        """
        parties = self.cues.party_words
        states = tuple(
            e for e in seen.entries if e.place.kind is Kind.REGION and e.place.country_code == "US"
        )
        if not (parties and states):
            return ()  # most names have no US state to choose: no look around
        after = WORD_NEXT.match(seen.text, seen.end)
        before = previous_words(seen.text, seen.start, 2)  # the party's word, a preposition
        if not (
            (after is not None and self.fold(after.group(1)) in parties)
            or (len(before) == 2 and self.fold(before[0]) in parties and before[1].islower())
        ):
            return ()
        return states

    def _ru_adjective_of_a_noun(self, seen: _Seen) -> bool:
        """A Russian adjective before a lower-case adjective or noun: an institution's name.

        "Московском государственном университете", "Уральский федеральный
        университет", "штаб Южного военного округа", "корабль Черноморского
        флота": no Moskovskiy, Ural'skiy, Yuzhnyy or Chernomorskiy. A place
        adjective before a place noun stays ("Ленинского района"), a town
        named like an adjective before anything else ("В Октябрьском прошли
        выборы"), and so does a town of 100,000 people.
        """
        if not (
            self.cues.inflection == "ru"
            and seen.single
            and not seen.demonym
            and seen.max_population < _ALTERNATE_ONLY_MIN
            and not seen.has_kind(Kind.COUNTRY, Kind.REGION, Kind.AREA, Kind.LANDMARK)
            # a big city by its Russian spelling: "в городе Селая мексиканского штата"
            and not (
                ADJECTIVE_OF_PLACE.search(seen.folded) is None
                and OBLIQUE_ADJECTIVE.search(seen.folded) is None
                and _names_something_big(seen.entries)
            )
        ):
            return False
        if ADJECTIVE_NEXT.match(seen.text, seen.end) is not None:
            # "Московском государственном", and any adjective: "Южного военного
            # округа", "Восточный экономический форум"
            return (
                ADJECTIVE_OF_PLACE.search(seen.folded) is not None
                or OBLIQUE_ADJECTIVE.search(seen.folded) is not None
                or seen.folded.endswith(NOMINATIVE_ADJECTIVE)
            )
        # a place adjective before a noun that names no place: "Черноморского флота"
        nxt = LOWER_WORD_NEXT.match(seen.text, seen.end)
        return (
            nxt is not None
            and ADJECTIVE_OF_PLACE.search(seen.folded) is not None
            and OBLIQUE_ADJECTIVE.search(seen.folded) is not None
            and not nxt.group(1).startswith(PLACE_NOUN_STEMS)
            and nxt.group(1) not in self.cues.stop_words
        )

    def _seen(
        self,
        text: str,
        base: int,
        toks: list[tuple[int, int, str]],
        match: _Match,
        hit_words: frozenset[int],
    ) -> _Seen | None:
        """The match and its surroundings, or None when it is no place here."""
        if text.startswith("$", base + match.end):
            return None  # a currency: "US$460 million", "HK$"
        seen = _Seen(
            text=text,
            base=base,
            toks=toks,
            i=match.i,
            j=match.j,
            hit_words=hit_words,
            start=base + match.start,
            end=base + match.end,
            surface=match.surface,
            folded=match.folded,
            bare=match.bare,
            entries=match.entries,
            unit_next=match.unit_next,
            kinds=match.kinds,
            max_population=match.max_population,
            demonym=match.demonym,
        )
        self._look_before(seen)
        return seen

    def _match(self, chunk: str, toks: list[tuple[int, int, str]], hit: _Hit) -> _Match | None:
        """What a match's words alone show, or None when they are no place."""
        start, end, i, j, entries = hit
        cues = self.cues
        surface = chunk[start:end]
        folded = " ".join(self.fold(t[2]) for t in toks[i : j + 1])
        # "Orange County", "Lake County": the unit word makes even a common word a name
        unit_next = (
            j + 1 < len(toks)
            and toks[j + 1][2][0].isupper()
            and self.fold(toks[j + 1][2]) in cues.admin_units
            # "Brooklyn District Attorney", "Denver District Court": a court, not a unit
            and not (
                toks[j + 1][2] == "District"
                and j + 2 < len(toks)
                and self._body_head(toks[j + 2][2])
            )
        )
        bare = folded[:-2] if folded.endswith("'s") else folded  # "the Pope's" (fold makes ’ ')
        if len(folded) < 2 or bare in cues.person_titles:
            return None  # "E", "Sen", "Gov", "the Pope's": never places by themselves
        if i > 0 and i == j and toks[i - 1][2][:1].isupper() and self._body_head(surface):
            return None  # "The New Zealand Herald", "Sunshine Project": the head of a name
        if folded in cues.feature_words and not unit_next:
            return None  # "North", "Central", "Lake" alone
        written = surface[:-2] if surface.endswith(("'s", "’s")) else surface  # "UK's"
        entries = _written_entries(entries, written)
        if not entries:
            return None
        kinds, max_population, demonym = _entry_facts(entries)
        return _Match(
            start=start,
            end=end,
            i=i,
            j=j,
            surface=surface,
            folded=folded,
            bare=bare,
            entries=entries,
            named=tuple(e for e in entries if e.name_type in ("name", "alternate")),
            unit_next=unit_next,
            kinds=kinds,
            max_population=max_population,
            demonym=demonym,
        )

    def _look_before(self, seen: _Seen) -> None:
        """Fill in the word before the match: inside the run, or in the text before it."""
        cues, i = self.cues, seen.i
        if i > 0:
            prev_word = seen.toks[i - 1][2]
            seen.prev_f = self.fold(prev_word)
            seen.prev_is_cap = prev_word[0].isupper()
            # "in Almaty", and in German "der Gebietshauptstadt Taldykorgan"; a
            # capitalised cue only first in a sentence ("In Almaty", not "Near Earth")
            seen.cue = (
                seen.prev_f in cues.place_cues
                and (
                    not seen.prev_is_cap
                    or cues.nouns_capitalised
                    or (i == 1 and is_sentence_start(seen.text, seen.base + seen.toks[0][0]))
                )
            ) or cues.is_place_noun(seen.prev_f)
            if seen.cue and cues.nouns_capitalised and seen.prev_f in COORDINATORS:
                # "und" joins a run in German: a cue after a place only ("Bremen
                # und Hamburg", not "Frauen und Kinder")
                seen.cue = i >= 2 and self._a_place(seen.toks[i - 2][2])
            seen.prev_in_hit = (i - 1) in seen.hit_words
        else:
            seen.cue, prev_f = self._cue_before(seen.text, seen.start)
            seen.prev_f = prev_f or ""
            seen.initial = is_sentence_start(seen.text, seen.start)
        # a territory of under 100,000 people known by another one-word name is
        # no country that keeps a word a name: German "ein Mann" (Isle of Man)
        seen.country = any(
            e.place.kind == Kind.COUNTRY
            and e.name_type != "demonym"
            and not (
                seen.single and e.name_type == "alternate" and 0 < e.place.population < _TERRITORY
            )
            for e in seen.entries
        )

    @staticmethod
    def _airline(seen: _Seen) -> bool:
        """An airline named after a country or city: "Air India", "Jeju Air", "Aerolíneas Argentinas"."""
        if seen.prev_is_cap and seen.prev_f in _AIRLINE_BEFORE:
            return True
        nxt = seen.j + 1
        return nxt < len(seen.toks) and seen.toks[nxt][2] in _AIRLINE_AFTER

    def _german_genitive(self, seen: _Seen) -> bool:
        """A German genitive in -s of a town (not a village): "der Bürgermeister Danzigs"."""
        folded = seen.folded
        return (
            self.cues.inflection == "de"
            and seen.single
            and folded.endswith("s")
            and not self.gazetteer.lookup_folded(folded)
            and any(
                e.place.population >= _VILLAGE or e.place.kind == Kind.REGION
                for e in self.gazetteer.lookup_folded(folded[:-1])
            )
        )

    def _person_before(self, seen: _Seen) -> bool:
        """A title, a given name, an initial or a speech verb makes a person."""
        cues, prev_f = self.cues, seen.prev_f
        if (
            (
                prev_f in cues.person_titles
                and not seen.country
                # "Президент Татарстана", "Мэр Сан-Франциско": the head of a
                # region or a big city, which stands in the genitive
                and not (
                    cues.inflection == "ru"
                    and (seen.has_kind(Kind.REGION) or _names_something_big(seen.entries))
                )
                and not self._german_genitive(seen)  # "Bürgermeister Danzigs"
            )
            or prev_f in cues.first_names
            or (
                seen.prev_is_cap
                and self.given_name(prev_f)
                and (
                    (not seen.country and seen.max_population < 1_000_000)
                    or self._titled_given_name(seen)  # "Rep. Jim Jordan"
                    or self._plain_given_name(prev_f)  # "Jim Jordan", "Michael Jordan"
                )
            )
            or (  # "Nelson Mandela": a given name that is also a region
                seen.prev_is_cap
                and self._census_given(prev_f)
                and not seen.cue
                and not seen.has_kind(Kind.COUNTRY, Kind.REGION, Kind.AREA)
                and seen.max_population < 100_000
            )
        ):
            return True  # "Präsident Tokajew", "Wladimir Putin"; but "Президент Казахстана"
        if self._title_and_given_name(seen):
            return True  # "Певица Полина Гагарина", "la jueza Florencia Mendoza"
        if self._title_country_and_name(seen):
            return True  # "Президент Парагвая Сантьяго Пенья"
        # an abbreviated title or an initial right before, across a dot: "Gov.
        # Perry", "Bill M. Harris"; a whole word before a dot ends a sentence
        # ("the Ministry of Justice. Azerbaijan has")
        text, start = seen.text, seen.start
        if seen.i == 0 and start >= 2 and text[start - 2 : start] == ". ":
            before = previous_words(text, start - 2, 1)
            if before and (
                (
                    len(before[-1]) <= _TITLE_ABBREVIATION
                    and self.fold(before[-1]) in cues.person_titles
                )
                or (len(before[-1]) == 1 and before[-1].isupper())
            ):
                return True
        return (
            not seen.cue
            and bool(cues.speech_verbs)
            and seen.max_population < 100_000
            and not seen.has_kind(Kind.COUNTRY, Kind.REGION, Kind.LANDMARK)
            # a speech verb first: the tests below look names up and compare spellings
            and self._speech_next_to(text, start, seen.end, prev_f)
            # "Астана заявила", "Moskau erklärte": a big city by another name
            # (but "Sam said", "Victoria said": given names, not Damascus or Hong Kong)
            and not (
                (
                    _big_place_exonym(seen.entries)
                    # "Khan Younis said": a town's name spelt otherwise
                    or any(
                        e.name_type == "alternate"
                        and e.place.population >= _ALTERNATE_ONLY_MIN
                        and respelling(seen.folded, self.fold(e.place.name))
                        for e in seen.entries
                    )
                )
                and not self.given_name(seen.folded)
            )
            # "said Turkish jets had struck": an adjective before its noun
            # ("сообщила Кенийская национальная комиссия": any script's lower case)
            and not (
                seen.demonym
                and (after := WORD_NEXT.match(text, seen.end)) is not None
                and after.group(1).islower()
            )
            and not self._office_after(text, seen.end)
        )  # "Jones said", "said Jones"; "Moscow said", "the Kremlin said" stay (metonymy)

    def _title_and_given_name(self, seen: _Seen) -> bool:
        """A title, then a given name or a word read as a place, then the match.

        "Певица Полина Гагарина", "la jueza Florencia Mendoza": the given name
        names a place too (Polino, Florence), so the match is no place's
        neighbour but a surname. Not a country after them ("глава МИД России").
        """
        if seen.i < 1 or seen.cue or seen.country or not seen.single or not seen.prev_is_cap:
            return False
        words = previous_words(seen.text, seen.start, 2)
        return (
            len(words) == 2
            and self.fold(words[0]) in self.cues.person_titles
            and (seen.prev_in_hit or self.given_name(self.fold(words[1])))
            and not has_kind(self.entries(self.fold(words[1])), Kind.COUNTRY, Kind.REGION)
        )

    def _title_country_and_name(self, seen: _Seen) -> bool:
        """A title, a country's name or adjective, then two capitalised words: a person.

        "Президент Парагвая Сантьяго Пенья", "la vice-présidente colombienne
        Francia Márquez": the two words name the title's holder (Santiago and
        Penha are no places here), whether the match is the first of them or
        the second.
        """
        if seen.cue:
            return False
        text = seen.text
        words = previous_words(text, seen.start, 3)
        after = _WORDS_NEXT.match(text, seen.end)
        capitalised_after = after is not None and after.group(1)[:1].isupper()
        if len(words) >= 2 and capitalised_after:  # the given name
            title, country = words[-2], words[-1]
        elif len(words) == 3 and words[-1][:1].isupper():  # the surname
            title, country = words[0], words[1]
        else:
            return False
        titles = self.cues.person_titles
        # "vice-présidente", "Ex-Präsident": the title after the hyphen
        if self.fold(title) not in titles and self.fold(title.rpartition("-")[2]) not in titles:
            return False
        entries = self.entries(self.fold(country))
        return any(e.name_type == "demonym" for e in entries) or has_kind(entries, Kind.COUNTRY)

    def _plain_given_name(self, folded: str) -> bool:
        """A given name that names no place and is no common word ("Jim", not "April", "Mark")."""
        return (
            (folded in self.cues.first_names or folded in common_given_names())
            and not common_word(folded, self.lang)
            # no place by it ("Jim" is only Jimma's airport code)
            and all(e.name_type == "code" for e in self.entries(folded, inflect=False))
        )

    def _titled_given_name(self, seen: _Seen) -> bool:
        """Whether a title stands before the given name before the match ("Rep. Jim Jordan")."""
        if seen.i < 1:
            return False
        given = seen.base + seen.toks[seen.i - 1][0]
        m = _TITLE_BEFORE.search(seen.text, max(0, given - 24), given)
        title = self.fold(m.group(1)) if m is not None else ""
        # a saint's name before a town is a parish's ("St. Joseph London")
        return title in self.cues.person_titles and title not in _SAINTS

    def _office_after(self, text: str, end: int) -> bool:
        """Whether an office or a place's staff follows: "Rock Hill (City) Manager", "Mayor"."""
        m = _WORDS_NEXT.match(text, end)
        if m is None:
            return False
        cues = self.cues
        first, second = m.group(1), m.group(2)
        word = self.fold(first)
        if word in _UNIT_WORDS and second is not None:
            first, word = second, self.fold(second)
        return (
            first in cues.body_heads
            or (first[0].isupper() and word in cues.person_titles)
            or word in cues.office_words
        )

    def _never_a_place(self, seen: _Seen) -> bool:
        """Stop words, short words, famous non-places and firms."""
        if seen.single and (
            (
                seen.folded in self.cues.stop_words
                and not _area_after_article(seen.prev_f, seen.entries)
            )
            or (
                len(seen.folded) < 3
                and not seen.surface.isupper()
                and not _short_city(seen.surface, seen.entries)
            )
        ):
            return True
        if seen.bare in self.cues.not_places and (
            not seen.cue or seen.prev_f in COORDINATORS
        ):  # "and" is no cue for them: "Nissan and Toyota"
            return True  # "the Obama administration", "a red Honda"
        if seen.bare in self.cues.never_places:
            return True  # "talks with Hamas", "a gesture to Abbas"
        if self._a_thing(seen):
            return True  # "Terminal 3", "Hurricane Helene", "die Fregatte Hessen"
        if seen.single and not seen.demonym and self._part_of_a_compound(seen):
            return True  # "Pont-Sondé", "Saale-Orla-Kreis": no village's name
        if (
            self.lang == "de"
            and seen.demonym
            and seen.single
            and _inflected_noun_not_town(seen.surface, seen.entries)
        ):
            return True  # "durch Hörner verletzt": horns, no adjective of Horn
        if (
            self.cues.inflection == "ru"
            and seen.demonym
            and _city_adjective_of_a_name(seen.entries, seen.text, seen.end)
        ):
            return True  # "на Бухарестской улице", "мадридского «Реала»": a street, a club
        if seen.prev_f in _RIVER_NOUNS and not seen.has_kind(Kind.AREA):
            # "River Severn", "над рекой Потомак", "el río Tula": a river the
            # gazetteer lacks, not the town of Severn, Maryland, or Potomac
            return True
        if self._club(seen):
            return True  # "El Sevilla ganó al Valencia"
        return bool(
            "&" in seen.text  # both patterns need one: most texts are spared the searches
            and (
                _FIRM.match(seen.text, seen.end)
                or _FIRM_BEFORE.search(seen.text, max(0, seen.start - 60), seen.start)
            )
        ) and not (
            seen.country or seen.has_kind(Kind.REGION, Kind.AREA)
        )  # "Stevens & Wilkinson", a firm

    def _part_of_a_compound(self, seen: _Seen) -> bool:
        """A small place's name that is only a part of a hyphenated name the gazetteer lacks.

        "Pont" of "Pont-Sondé" (Haiti) is no Pont-Sainte-Maxence, "Orla" of
        "Saale-Orla-Kreis" no Orla, India: a village's name or another place's
        alternate name, joined by a hyphen to a capitalised word that is no
        noun and no town or region, names a place of its own. Big places keep
        their part ("Hamburg-Altona"), and so do two places' names
        ("Greenbrier-Pocahontas County") and a party's letter ("D-Kanawha").
        """
        text, start, end = seen.text, seen.start, seen.end
        other = None
        after = _COMPOUND_PART.match(text, end + 1) if text[end : end + 1] == "-" else None
        if after is not None:  # before a name, not a noun ("Kachowka-Staudamm")
            word = after.group()
            # (a German noun may be rare in its case: "Staudamms")
            if zipf(word.lower(), self.lang) < _COMPOUND_WORD_ZIPF and not (
                self.cues.nouns_capitalised and known_word(word.lower(), self.lang)
            ):
                other = word
        before = _COMPOUND_HEAD.search(text, max(0, start - 30), start)
        if other is None and before is not None:  # after a word, not an article ("al-Bab")
            word = before.group(1)
            if word[:1].isupper() and len(word) > 1:
                other = word
        return (
            other is not None
            and not seen.has_kind(Kind.COUNTRY, Kind.REGION, Kind.AREA, Kind.LANDMARK, Kind.AIRPORT)
            and all(
                e.name_type == "alternate" or e.place.population < _VILLAGE for e in seen.entries
            )
            and not any(  # "Greenbrier-Pocahontas County": two places' names
                e.place.kind in (Kind.REGION, Kind.COUNTRY)
                or (e.place.kind is Kind.CITY and e.place.population >= _VILLAGE)
                for e in self.entries(self.fold(other))
            )
        )

    def _a_thing(self, seen: _Seen) -> bool:
        """A numbered thing, a storm, a ship, a firm or a work named like a place.

        "Terminal 3", "Hurricane Helene", "die Fregatte Hessen", "the corvette
        Amerika", "L'opérateur Orange", "die Gewerkschaft Verdi", "die Fregatte
        „Hessen“", "der Filmklassiker „Casablanca“", "'Oklahoma!'": the words
        around the name say what it names.
        """
        if (
            seen.single
            and not seen.demonym  # "the British 11-month-old"
            and _NUMBER_NEXT.match(seen.text, seen.end)
            # an everyday word that names only villages, or places by other names
            # (not "Medina 759", "Вильнюса 25 ноября")
            and not _names_something_big(seen.entries)
            and all(
                e.name_type == "alternate" or e.place.population < _VILLAGE for e in seen.entries
            )
            and zipf(seen.folded, self.lang) >= _NUMBERED_WORD_ZIPF
        ):
            return True  # "Terminal 3", "Gate 12": a numbered thing, no village abroad
        if seen.prev_f in self.cues.storm_words:
            return True  # "Hurricane Milton", "Zyklon Freddy", "typhon Rai"
        if (
            seen.single
            and seen.folded in self.cues.storm_words
            and (after := WORD_NEXT.match(seen.text, seen.end)) is not None
            and after.group(1)[:1].isupper()
        ):
            return True  # "Hurricane Helene" is no Hurricane, West Virginia
        if seen.single and (self._thing_word_quoted(seen) or _exclaimed_title(seen)):
            return True  # "die Fregatte „Hessen“", "le film « Casablanca »", "'Oklahoma!'"
        if self._vessel_word(seen.prev_f) and not seen.cue:
            return True  # "die Fregatte Hessen", "the corvette Amerika": ships
        # "L'opérateur Orange", "die Gewerkschaft Verdi": firms; "the musical Hamilton"
        return (
            seen.prev_f in self.cues.firm_words or seen.prev_f in self.cues.work_words
        ) and not (seen.cue or seen.country)

    def _vessel_word(self, folded: str) -> bool:
        """A ship's word, or in German a compound ending in one ("Atom-U-Boot", "Raketenkreuzer")."""
        vessels = self.cues.vessel_words
        return folded in vessels or (
            self.cues.nouns_capitalised and any(len(v) >= 5 and folded.endswith(v) for v in vessels)
        )

    def _thing_word_quoted(self, seen: _Seen) -> bool:
        """A ship's, firm's or work's word, then an opening quote, right before the match."""
        text, lo = seen.text, max(0, seen.start - 40)
        k = seen.start
        while k > lo and text[k - 1] in " \t\u00a0":
            k -= 1
        if k == lo or text[k - 1] not in _OPENING_QUOTES:
            return False  # most names have no quote before them: no search
        m = _QUOTED_AFTER_WORD.search(text, lo, seen.start)
        if m is None:
            return False
        word = self.fold(m.group(1))
        cues = self.cues
        return word in cues.vessel_words or word in cues.firm_words or word in cues.work_words

    def _club(self, seen: _Seen) -> bool:
        """A Spanish city after "el", "al" or "del" is its club: "ganó al Valencia".

        Spanish writes no article before a city unless it belongs to the
        city's name ("El Cairo", found as such); countries, regions and areas
        take one ("el Chad", "del Cauca", "el Sahel"), but a province named
        after its city is the city's club too ("el Sevilla").
        """
        return (
            self.lang == "es"
            and seen.prev_f in _CLUB_ARTICLES
            and not seen.country
            and not seen.has_kind(Kind.AREA, Kind.LANDMARK)
            and (
                not seen.has_kind(Kind.REGION)
                or any(
                    e.place.kind is Kind.CITY
                    and e.name_type == "name"
                    and e.place.population >= _ALTERNATE_ONLY_MIN
                    for e in seen.entries
                )
            )
            and not self.entries(self.fold(f"el {seen.surface}"))
        )

    def _note_given_name(self, seen: _Seen) -> None:
        """A lone given name of a village: a person unless a mention of it is placed."""
        if (
            seen.single
            and not seen.cue
            # "German troops": a demonym of the text's language, though Germán is
            # a given name ("Frances", a Spanish form, stays one in English)
            and not (seen.demonym and seen.folded in _own_demonyms(self.lang))
            and self._census_given(seen.folded)
            and seen.max_population < 10_000
            and not seen.has_kind(Kind.COUNTRY, Kind.REGION, Kind.AREA, Kind.LANDMARK)
            and not self.qualified(seen.text, seen.end)
        ):
            # "their first child, Hailey," "her baby son, Jack"; but "Moira is a
            # village ... Moira has a school"
            self._worded.add(seen.folded)

    def _adjective(self, seen: _Seen) -> bool:
        """Whether a demonym that is also a place's name is the adjective here."""
        low = _LOWER_NEXT.match(seen.text, seen.end)
        before_noun = low is not None and low.group(1) not in self.cues.feature_words
        # "in English", but not "minorities and English language learners":
        # "and" joins places only where no noun follows
        if seen.cue and not (seen.prev_f in COORDINATORS and before_noun):
            return False
        small = seen.max_population < 100_000 and not seen.has_kind(
            Kind.COUNTRY, Kind.REGION, Kind.AREA
        )
        return (
            # "Somali refugees", "Canadian beef": an adjective before its noun
            (before_noun or small)
            and not _SAID_TO_BE_A_PLACE.match(seen.text, seen.end)
            and not self.qualified(seen.text, seen.end)
        )

    def _person_around(self, seen: _Seen) -> bool:
        """A name particle or an unknown capitalised word before: a surname."""
        if seen.has_kind(Kind.LANDMARK):
            return False  # "Verteidiger von Asowstal", "Обстрел Запорожской АЭС": no one's name
        cues, toks, i = self.cues, seen.toks, seen.i
        # a name particle between a capitalised name and this one: "Mike de Kock";
        # a capitalised one after a given name: "Marine Le Pen"
        particle = toks[i - 1][2] if i >= 1 else ""
        if (
            i >= 2
            and seen.single
            # "Nordöstlich von Athen": a cue of two words, not a name and a particle
            and f"{self.fold(toks[i - 2][2])} {self.fold(particle)}" not in cues.place_cues
            and (
                particle in _PARTICLES
                or (
                    particle.lower() in _PARTICLES and self._census_given(self.fold(toks[i - 2][2]))
                )
            )
            and toks[i - 2][2][:1].isupper()
            and ((i - 2) not in seen.hit_words or self.given_name(self.fold(toks[i - 2][2])))
            # "Parlement du Groenland": after a capitalised common noun, a country
            # or big place is no surname ("Ministerio de Salud" holds no place either)
            and not (
                _names_something_big(seen.entries)
                and not self.given_name(self.fold(toks[i - 2][2]))
                and common_word(self.fold(toks[i - 2][2]), self.lang)
            )
            # German capitalises every noun: "Ortskern von Lahaina" is no
            # "Ursula von der Leyen" unless a given name stands before
            and not (cues.nouns_capitalised and not self.given_name(self.fold(toks[i - 2][2])))
            and not (seen.country or seen.has_kind(Kind.REGION, Kind.AREA))
            and seen.max_population < 100_000
            # "plaza Taksim de Estambul": a big city by another name is no surname
            and not _big_place_exonym(seen.entries, _ALTERNATE_ONLY_MIN)
        ):
            return True
        # a capitalised unknown word right before: a first name ("Muchtar Abliasow");
        # not one letter joined by a hyphen, a party's ("Sen. Ted Cruz (R-Texas)")
        prev_f = seen.prev_f
        party = (
            i >= 1
            and len(toks[i - 1][2]) == 1
            and seen.text[seen.base + toks[i - 1][1] : seen.base + toks[i][0]] == "-"
        )
        if (
            seen.prev_is_cap
            and not party
            and not (seen.prev_in_hit or seen.cue or seen.country or seen.unit_next)
            # German capitalises its rare compounds too: "im Großraum Los Angeles"
            # (not "Denzel Washington", "FC Bayern")
            and not (
                cues.nouns_capitalised
                and _names_something_big(seen.entries)
                and zipf(toks[i - 1][2].lower(), self.lang) >= _GERMAN_COMPOUND_ZIPF
                and not toks[i - 1][2].isupper()
                and not self.given_name(prev_f)  # "Anne Hidalgo"
            )
            and prev_f not in cues.stop_words
            and prev_f not in cues.feature_words
            and not cues.is_place_noun(prev_f)
        ):
            # (German by its written form: folding takes "Bürgermeister"'s umlaut)
            harmless = (
                common_word(prev_f, self.lang)
                or (cues.nouns_capitalised and common_word(toks[i - 1][2].lower(), self.lang))
            ) and (
                cues.nouns_capitalised or is_sentence_start(seen.text, seen.base + toks[i - 1][0])
            )
            # a German noun the lemmatiser knows in another form is no given name
            # ("Dschihadisten Timbuktu", "Separatisten Luhansk"; "Muchtar" has none)
            harmless = harmless or (
                cues.nouns_capitalised
                and (
                    lemma(toks[i - 1][2], self.cues.inflection) is not None
                    # a rare compound with a noun's suffix: "Rückeroberung Mossuls"
                    or toks[i - 1][2].endswith(_GERMAN_NOUN_SUFFIXES)
                )
            )
            # nor is a Russian word with a lower-case lemma first in a sentence
            # ("Прокуратура Татарстана", "Власти Приднестровья"), nor an acronym
            # ("МЧС Кабардино-Балкарии", "ФСБ России")
            harmless = harmless or (
                cues.inflection == "ru"
                and (self._lower_case_word(toks[i - 1][2]) or toks[i - 1][2].isupper())
            )
            # an English adjective or verb is no given name: "Republican Orange County"
            harmless = harmless or (
                not cues.nouns_capitalised
                and not self.given_name(prev_f)
                and common_word(prev_f, self.lang, min_zipf=3.3)
            )
            return not harmless
        return False

    def _name_continues(self, seen: _Seen) -> bool:
        """A capitalised word after makes a person or an organisation of the match."""
        cues, toks, i, j = self.cues, seen.toks, seen.i, seen.j
        # "Rome's Gemelli hospital": what follows a possessive is another name
        possessive = seen.surface.endswith(("'s", "’s")) or seen.text.startswith(
            ("'s", "’s"), seen.end
        )
        capital_next = j + 1 < len(toks) and toks[j + 1][2][0].isupper()
        if not possessive and capital_next:
            first_f, next_f = self.fold(toks[i][2]), self.fold(toks[j + 1][2])
            # a person: "Jackson Smith"; "Madison County Health Department" is none
            if (
                i == j
                and next_f not in cues.feature_words
                and (
                    first_f in cues.first_names
                    or (
                        self.given_name(first_f)
                        and (next_f in surnames() or not _frequent(next_f, self.lang))
                    )
                )
            ):
                return True
            # a given name that is also a country or a big place, before a
            # surname or a rare word no place has: "Israel Katz", "Paul Biya",
            # "Santiago Abascal"; not "Jordan Valley". Not in English, where
            # bodies and firms are named so ("Georgia Modular Systems", "Paris PD")
            if (
                i == j
                and self.lang != "en"
                # a comma after a town is a weak cue: "von Rom, Virginia Raggi"
                and (not seen.cue or not seen.prev_f)
                and self._census_given(first_f)
                and next_f not in cues.feature_words
                and (next_f in surnames() or not _frequent(next_f, self.lang))
                # a surname some village has is still one ("Salvador Illa",
                # "Santiago Peña", "Victoria Nuland"); not a big place after it
                and not _names_something_big(self.entries(next_f))
            ):
                return True
            # in English only a common given name that is a country, before a
            # rare word that ends the run: "Israel Katz said", "Jordan Bardella
            # told"; not "Georgia Modular Systems", "Jordan Valley"
            if (
                i == j
                # first in its run or after a title ("Defence Minister Israel Katz"):
                # not "Professional Association of Georgia Educators"
                and (i == 0 or self.fold(toks[i - 1][2]) in cues.person_titles)
                and self.lang == "en"
                and seen.country
                and not seen.cue
                and first_f in common_given_names()
                # the run ends with the surname, or the surname's possessive does
                # ("Jordan Bardella's National Rally")
                and (j + 2 == len(toks) or toks[j + 1][2].endswith(("'s", "’s")))
                and (j + 1) not in seen.hit_words
                and next_f not in cues.feature_words
                and not _frequent(next_f, self.lang)
                # a surname some town has is still one ("Smith", "Bardella")
                and small_towns_only(self.entries(next_f))
            ):
                return True
            # an organisation or a person: a rare capitalised word ("Paris Hilton")
            if (
                (j + 1) not in seen.hit_words
                and not cues.nouns_capitalised
                and not _frequent(next_f, self.lang)
                and next_f not in cues.feature_words
                and next_f not in cues.person_titles
                and not seen.country
                and not seen.has_kind(Kind.REGION)
                and not seen.cue
            ):
                return True
            # Russian writes foreign persons' names as it writes small foreign
            # towns: two such capitalised words side by side are a person ("Майя
            # Санду", "Кэти Перри"), and the second is noted as one
            if (
                i == j
                and cues.inflection == "ru"
                and not seen.cue
                and "\u0400" <= toks[j + 1][2][0] <= "\u04ff"
                # two words, not two parts of one: "на реке Вади-Дерна"
                and seen.text[seen.base + toks[j][1] : seen.base + toks[j + 1][0]] == " "
                and self._small_foreign(seen.entries)
                and self._small_foreign(self.entries(next_f), 1_000_000)
            ):
                self._persons.add(next_f)
                return True
            # German capitalises every noun, so only a word no dictionary knows
            # makes a village's name a given name: "Paweł Adamowicz"
            if (
                i == j
                and cues.nouns_capitalised
                and (j + 1) not in seen.hit_words
                and seen.max_population < _VILLAGE
                and not seen.has_kind(Kind.COUNTRY, Kind.REGION, Kind.AREA, Kind.LANDMARK)
                and zipf(toks[j + 1][2].lower(), self.lang) < _UNKNOWN_WORD_ZIPF
                and lemma(toks[j + 1][2], cues.inflection) is None
            ):
                return True
        # a river or valley the gazetteer lacks is no town named like it: "the
        # Narva River", "the Fergana Valley", as "River Severn" is none
        if (
            j + 1 < len(toks)
            and toks[j + 1][2] in _FEATURES_AFTER
            and seen.text[seen.base + toks[j][1] : seen.base + toks[j + 1][0]] == " "
            and not seen.has_kind(Kind.AREA)
            # a valley named after its region lies in it: "the Panjshir Valley"
            and not (toks[j + 1][2] == "Valley" and seen.has_kind(Kind.REGION, Kind.COUNTRY))
        ):
            return True
        # part of another name: "Franklin Elementary", "New York Times"
        return j + 1 < len(toks) and (
            toks[j + 1][2] in cues.newspaper_heads
            or (
                toks[j + 1][2] in cues.name_heads
                and not seen.has_kind(Kind.COUNTRY, Kind.REGION, Kind.AREA)
                and seen.max_population < 100_000
            )
        )

    @staticmethod
    def _small_foreign(entries: Sequence[Any], below: int = _ALTERNATE_ONLY_MIN) -> bool:
        """No place, or only towns under *below* people, villages in the Russian-speaking world."""
        return all(
            e.place.kind == Kind.CITY
            and e.place.population < below
            and (e.place.country_code not in RUSSIAN_WORLD or e.place.population < _VILLAGE)
            for e in entries
        )

    def _age_after(self, seen: _Seen) -> bool:
        """A person's age right after: "Campbell, 42, was arrested"."""
        return (
            not seen.cue
            and _AGE_AFTER.match(seen.text, seen.end) is not None
            and not seen.has_kind(Kind.COUNTRY, Kind.REGION, Kind.AREA)
            and seen.max_population < 1_000_000
        )

    def _sense_or_office(self, seen: _Seen) -> bool:
        """A disease ("Marburg virus") or an office ("Vice Minister") named after the match."""
        cues = self.cues
        if cues.sense_nouns:
            after = WORD_NEXT.match(seen.text, seen.end)
            if after is not None and self.fold(after.group(1)) in cues.sense_nouns:
                if not seen.has_kind(Kind.COUNTRY, Kind.REGION, Kind.AREA):
                    self._senses.add(seen.folded)  # "Marburg virus" ... "Marburg kills slowly"
                return True
        toks, j = seen.toks, seen.j
        return (
            seen.single
            and j + 1 < len(toks)
            and self.fold(toks[j + 1][2]) in cues.person_titles
            and not (seen.country or seen.has_kind(Kind.REGION, Kind.AREA))
            and seen.max_population < 100_000
            and zipf(seen.folded, self.lang) >= 3.3
        )  # "Vice Minister", "Deputy Mayor"

    def _head_of_a_name(self, seen: _Seen) -> bool:
        """A common noun heading a name the gazetteer lacks: "Gulf of Lava", "Gulf War".

        Only in English, for a one-word name that is also a word of the
        language and no country: "the Gulf" is the Persian Gulf, "the Gulf
        of Sagone" is not; "Gulf War veterans" name a war.
        """
        return (
            self.lang == "en"
            and seen.single
            and not seen.country
            and common_word(seen.folded, self.lang, min_zipf=3.0)
            and _NAME_AFTER.match(seen.text, seen.end) is not None
        )

    def _a_word(self, seen: _Seen) -> bool:
        """A common word: inside a longer name, or by its frequency."""
        if not seen.single:
            return False
        cues, toks, i, folded = self.cues, seen.toks, seen.i, seen.folded
        coordinated = seen.prev_f in COORDINATORS  # "Food and Drug": no place cue
        # the name before the "and": "Devon and Cornwall", "la Louisiane et la Virginie"
        before = i - 2
        if (
            not coordinated
            and i >= 3
            and self.lang != "en"  # English writes articles before few names
            and seen.prev_f in _ARTICLES.get(self.lang, ())
            and self.fold(toks[i - 2][2]) in COORDINATORS
        ):
            coordinated, before = True, i - 3
        if (
            not cues.nouns_capitalised
            and not (seen.country or (seen.cue and not coordinated) or seen.unit_next)
            and not (  # "Devon and Cornwall", but "Food and Drug"
                coordinated
                and before >= 0
                and before in seen.hit_words
                and (
                    not common_word(self.fold(toks[before][2]), self.lang, min_zipf=3.3)
                    # "la Louisiane et la Virginie": a region's name, however frequent
                    or has_kind(self.entries(self.fold(toks[before][2])), Kind.COUNTRY, Kind.REGION)
                )
            )
            and sum(1 for t in toks if t[2][:1].isupper()) >= 2
            and seen.max_population < 100_000
            # a lower-case word of French, Spanish or Russian ("Ejército Nacional" is
            # no Distrito Nacional) is a word whatever else it names
            and (
                (lower_word := self._lower_case_word(seen.surface))
                or not (
                    seen.has_kind(Kind.AREA, Kind.LANDMARK)
                    # a region of some size: "Devon and Cornwall"; not Forest,
                    # a parish of Guernsey, in "Monongahela National Forest"
                    or any(
                        e.place.kind == Kind.REGION
                        and not 0 < e.place.population < _WORD_REGION_MIN
                        for e in seen.entries
                    )
                )
            )
            # "Londres et Moscou"; English gives big cities their English names; a
            # lower-case word only if an everyday one ("Centre", not "Alepo", which
            # simplemma knows from the Aleppo pine)
            and (
                (lower_word and common_word(folded, self.lang, min_zipf=_EVERYDAY_ZIPF))
                or not (self.lang != "en" and _big_place_exonym(seen.entries))
            )
            and (
                common_word(folded, self.lang, min_zipf=3.3)
                # an English word shared with other languages: "Hot Zone", "Near Earth"
                or (self.lang == "en" and zipf(folded, "en") >= 4.0)
            )
            # elsewhere only a word the lemmatiser knows: "Ajaccio et Bastia" are
            # frequent in French only because they are French towns, but "el Ángel
            # de la Independencia" holds a word
            and (
                self.lang == "en"
                or lower_word
                or (
                    known_word(folded, self.cues.inflection)
                    and zipf(folded, self.lang) >= _KNOWN_WORD_ZIPF
                )
            )
        ):
            return True  # a word of a longer name: "Chamber of Commerce", "Superior Court"
        return (
            (
                not (seen.country or seen.cue or seen.unit_next)
                # "Mittelmeer", "Ostsee", "Pentagon": curated names
                and not seen.has_kind(Kind.AREA, Kind.LANDMARK)
                and self._is_word(
                    folded,
                    seen.initial,
                    # in German a big city's exonym counts as its own name ("Breslau")
                    max(seen.max_population, _town_population(seen.entries))
                    if self.cues.nouns_capitalised
                    else seen.max_population,
                    seen.surface,
                    seen.prev_f in _DE_ARTICLES,
                )
                and seen.max_population < 1_000_000
                # a big city's exonym ("sagte, Moskau habe", "Auch Moskau", "Moskau
                # dementierte"): frequent because the city is, not a word; first in a
                # sentence only if the lemmatiser reads it as no other word
                and (
                    self.lang == "en"
                    or not _big_place_exonym(seen.entries)
                    or (seen.initial and self._inflected_word(seen.surface))
                )
                and not _SAID_TO_BE_A_PLACE.match(seen.text, seen.end)  # "Reading is a town in"
            )
            or self._after_indefinite_article(seen)
            or self._everyday_word(seen)
            or self._initial_lower_case_word(seen)
            or self._umlaut_noun(seen)
            or self._german_inflected_noun(seen)
            or self._german_noun_after_adjective(seen)
            or self._german_repeated_noun(seen)
            or self._german_compound_noun(seen)
            or self._russian_adjective_before_noun(seen)
        )

    def _russian_adjective_before_noun(self, seen: _Seen) -> bool:
        """A capitalised Russian adjective before a lower-case one: "Центральная избирательная".

        First in a sentence an adjective is capitalised; before another
        adjective that is no unit word ("область", "край") it names no place
        of its own (Burkina Faso's Centre region is "Центральная" in Russian).
        """
        if not (
            self.cues.inflection == "ru"
            and seen.single
            and not seen.cue
            and seen.surface.endswith(_RU_ADJECTIVE_ENDINGS)
            and seen.max_population < _ALTERNATE_ONLY_MIN
            and not seen.has_kind(Kind.COUNTRY)
        ):
            return False
        # another adjective after it: a noun phrase ("Мирный расположен" may be the town)
        after = WORD_NEXT.match(seen.text, seen.end)
        if after is None or not after.group(1).islower():
            return False
        word = after.group(1)
        return word.endswith(_RU_ADJECTIVE_ENDINGS) and self.fold(word) not in _unit_nouns(
            self.cues
        )

    def _german_compound_noun(self, seen: _Seen) -> bool:
        """A frequent German noun ending a hyphenated compound: "Marburg-Virus", "Gaza-Krieg".

        The compound is a noun; its first part may be a place ("Marburg"), its
        head is none (Virú, Peru, has "Virus" among its names).
        """
        return (
            self.cues.nouns_capitalised
            and seen.single
            and seen.start > 0
            and seen.text[seen.start - 1] == "-"
            and not seen.text.startswith("-", seen.end)
            and zipf(seen.surface.lower(), "de") >= _GERMAN_NOUN_ZIPF
            and not _names_something_big(seen.entries)
            and not seen.has_kind(Kind.COUNTRY, Kind.REGION, Kind.AREA)
        )

    def _german_repeated_noun(self, seen: _Seen) -> bool:
        """A German noun said twice around "um" or "für": "Zug um Zug", "Stück für Stück".

        Examples
        --------
        >>> from geo.gazetteer import load_gazetteer
        >>> rec = Recognizer(load_gazetteer(), "de")
        >>> [c.text for c in rec.candidates("Zug um Zug fielen die Sanktionen.")]
        []
        """
        if not (self.cues.nouns_capitalised and seen.single):
            return False
        word = re.escape(seen.surface)
        return bool(
            re.match(rf"[ \t]+(?:um|für)[ \t]+{word}\b", seen.text[seen.end :])
            or re.search(rf"\b{word}[ \t]+(?:um|für)[ \t]+$", seen.text[: seen.start])
        )

    def _everyday_word(self, seen: _Seen) -> bool:
        """A French or Spanish everyday word, as written, that names only villages.

        "le marché de Noël", "el ministro de Salud": a cue stands before, but
        "noël" and "salud" are frequent words of the language, and Noel,
        Missouri, or La Salud, Cuba, are no place a reader of it means.
        """
        return (
            self.lang in ("fr", "es")
            and seen.single
            and seen.surface.isalpha()  # not "Vieux-Montréal", "Pont-Sondé"
            and seen.max_population < _VILLAGE
            and all(e.place.population < _ALTERNATE_ONLY_MIN for e in seen.entries)
            and not seen.has_kind(Kind.COUNTRY, Kind.REGION, Kind.AREA, Kind.LANDMARK)
            and common_word(seen.surface.casefold(), self.lang, min_zipf=_EVERYDAY_WORD_ZIPF)
        )

    def _umlaut_noun(self, seen: _Seen) -> bool:
        """A German word with an umlaut that only its folding gives to a small place.

        "Tausende Häuser" is no Hauser (Idaho), "Dämme" no Damme, "Zölle" no
        Zwolle: the places are written without the umlaut. A place whose name
        has one keeps it ("Lörrach"), and so do towns of 100,000 people.
        """
        return (
            self.cues.nouns_capitalised
            and seen.single
            # "von Wölfen", "auf Dämme": these cues stand before nouns as often
            and (not seen.cue or seen.prev_f in _GERMAN_NOUN_CUES)
            and any(ch in _UMLAUTS for ch in seen.surface)
            and all(not any(ch in _UMLAUTS for ch in e.place.name) for e in seen.entries)
            and not seen.has_kind(Kind.COUNTRY, Kind.AREA, Kind.LANDMARK)
            and (
                (
                    all(e.place.population < _ALTERNATE_ONLY_MIN for e in seen.entries)
                    and not seen.has_kind(Kind.REGION)
                )
                # a frequent inflected noun is no Lander, Venezuela (176,000), nor
                # "Türen" Turin, nor "Züge" the canton of Zug; "München" is a name,
                # frequent as it is
                or (
                    common_word(seen.surface.lower(), self.lang)
                    and lemma(seen.surface, "de") is not None
                )
            )
        )

    def _german_noun_after_adjective(self, seen: _Seen) -> bool:
        """A frequent German noun after an inflected adjective with no article: "auf offener Bühne".

        "gegen ausstehende Löhne" (wages) is no Löhne, a town of 40,000: a
        town given an adjective takes an article ("im benachbarten Löhne",
        "das historische Köln"), which keeps it.
        """
        return (
            self.cues.nouns_capitalised
            and seen.single
            and seen.i == 0
            and not seen.cue
            and all(e.place.population < _ADJECTIVE_NOUN_TOWN for e in seen.entries)
            and not seen.has_kind(Kind.COUNTRY, Kind.REGION, Kind.AREA, Kind.LANDMARK)
            and zipf(seen.surface.lower(), self.lang) >= _ADJECTIVE_NOUN_ZIPF
            and (m := _DE_ADJECTIVE_BEFORE.search(seen.text, max(0, seen.start - 40), seen.start))
            is not None
            and not any(
                self.fold(w) in _DE_ARTICLES for w in previous_words(seen.text, m.start(), 1)
            )
        )

    def _initial_lower_case_word(self, seen: _Seen) -> bool:
        """A frequent word of French, Spanish or Russian first in a sentence.

        "Атака беспилотников", "Пожары в Лос-Анджелесе", "Мирный житель":
        the lemmatiser gives them a lower-case lemma (Zipf 3.7 or more), and
        they name only places under 100,000 people (Ataq, Pozhar, Myrnyi).
        Rarer words stay names ("Изюм", raisins, is Izium first in a sentence),
        unless the word is an inflected form of a noun, which a name rarely
        is ("Ливни", showers, Zipf 3.2, is no Livny; "Горняки", miners).
        """
        if not (
            seen.initial
            and seen.single
            and not (seen.country or seen.cue or seen.unit_next)
            and seen.max_population < _ALTERNATE_ONLY_MIN
            and not seen.has_kind(Kind.REGION, Kind.AREA, Kind.LANDMARK)
            and not _big_place_exonym(seen.entries)
        ):
            return False
        if not self._lower_case_word(seen.surface):
            return False
        base = lemma(seen.surface, self.cues.inflection) or ""
        least = _INITIAL_WORD_ZIPF if fold(base) == seen.folded else _INITIAL_FORM_ZIPF
        # a foreign village known here only by this spelling needs less: "Дамба"
        # (a dam) is no Damba, Angola, "Торнадо" no Tornado, West Virginia
        home = _HOME_COUNTRIES.get(self.lang, frozenset())
        if home and all(
            e.name_type == "alternate"
            and e.place.country_code not in home
            and e.place.population < _FOREIGN_VILLAGE
            for e in seen.entries
        ):
            least = _INITIAL_FORM_ZIPF
        return zipf(seen.folded, self.lang) >= least

    def _article_and_noun(self, seen: _Seen) -> bool:
        """A Spanish or French article and a frequent noun first in a sentence.

        "El Banco Central", "El Consejo de Ministros": not El Banco, Colombia,
        nor El Consejo, Venezuela; "La Paz", "El Salvador", "Le Havre" name
        big places and stay.
        """
        article, _, rest = seen.surface.partition(" ")
        return (
            self.lang in ("es", "fr")
            and seen.initial
            and bool(rest)
            and " " not in rest
            and self.fold(article) in _ARTICLES.get(self.lang, ())
            and seen.max_population < _ALTERNATE_ONLY_MIN
            and not _big_place_exonym(seen.entries, _ALTERNATE_ONLY_MIN)  # "El Cairo"
            and not seen.has_kind(Kind.COUNTRY, Kind.REGION, Kind.AREA, Kind.LANDMARK)
            and zipf(self.fold(rest), self.lang) >= _ARTICLE_NOUN_ZIPF
        )

    def _after_indefinite_article(self, seen: _Seen) -> bool:
        """A German noun after an indefinite article or a very frequent one after a cue.

        A name takes no indefinite article ("in einem Café", "ein Mann"), and
        idioms put a cue before nouns ("geriet in Brand", "bat um Schutz",
        "verlief nach Plan"); only villages' names are given up so (not "ein
        neues Berlin").
        """
        return (
            self.cues.nouns_capitalised
            and seen.single
            and (
                seen.prev_f in _DE_INDEFINITE
                or (seen.cue and zipf(seen.folded, self.lang) >= _GERMAN_IDIOM_ZIPF)
            )
            # villages by any of their names ("Moskau" is another name of Moscow);
            # after an indefinite article, a frequent word's town of 50,000 too
            # ("eine Bar in Celaya" is no Bar, Montenegro)
            and all(
                e.place.population
                < (
                    # a town known by this name only as another of its names, below a
                    # million: "aus einem Tank" is no Tonk, India
                    _NOUN_ALTERNATE_TOWN
                    if seen.prev_f in _DE_INDEFINITE
                    and e.name_type == "alternate"
                    and zipf(seen.surface.lower(), "de") >= _ADJECTIVE_NOUN_ZIPF
                    else _ADJECTIVE_NOUN_TOWN
                    if seen.prev_f in _DE_INDEFINITE
                    and zipf(seen.surface.lower(), "de") >= _ADJECTIVE_NOUN_ZIPF
                    else _VILLAGE
                )
                for e in seen.entries
            )
            # a region as small as such a town too, after an indefinite article
            # ("eine Bar in Salamanca": no Bar municipality, Montenegro)
            and not seen.has_kind(Kind.COUNTRY, Kind.AREA, Kind.LANDMARK)
            and not (seen.prev_f not in _DE_INDEFINITE and seen.has_kind(Kind.REGION))
        )

    def _inflected_word(self, surface: str) -> bool:
        """Whether capitalised *surface* is a short or inflected word, or a lower-case one.

        First in a sentence, "Dabei" (lemma "dabei"), "Landen" ("Land"),
        "Fue" ("ser"), "Кота" ("кот") and words of three letters ("Bin", "Sam")
        are words, though GeoNames gives them to Dubai, London, Huế, Kota or
        Vienna as other names; "Moskau", "Kiew", "Москва" are the lemmatiser's
        own forms, so names.
        """
        return len(surface) < 4 or lemma(surface, self.cues.inflection or self.lang) is not None

    def _lower_case_word(self, surface: str) -> bool:
        """Whether the lemmatiser reads capitalised *surface* as a lower-case word.

        Only where nouns are not capitalised and not in English: simplemma
        gives "Nacional" the lemma "nacional" and "Centre" "centre", but keeps
        "Cataluña", "Krim", "Moskau" as they are.
        """
        if self.cues.nouns_capitalised or self.lang == "en" or not surface[:1].isupper():
            return False
        found = lemma(surface, self.cues.inflection)
        if found is not None and found[:1].islower():
            return True
        # an inflected form of a lower-case word, which the lemmatiser gives a
        # capital only because a city has it: "Granadas" (grenades) is no Granada
        lower = surface.lower()
        base = lemma(lower, self.cues.inflection)
        return base is not None and base[:1].islower() and base != lower

    def _note_lower_case(self, seen: _Seen) -> None:
        """A small place the text also writes as a lower-case word: a word unless placed."""
        if (
            seen.single
            and not (seen.country or seen.cue or seen.unit_next)
            and not self.cues.nouns_capitalised
            and seen.folded.isalpha()
            and seen.max_population < 100_000
            and not seen.has_kind(Kind.REGION, Kind.AREA)
            and self._written_lower(seen.text, seen.folded)
        ):
            # "Mercury poisoning" in a text about "mercury" levels: a word,
            # unless a mention of it is placed ("in Summit", "Summit is a borough")
            self._worded.add(seen.folded)

    def _old_village_name(self, seen: _Seen, named: Sequence[Any]) -> bool:
        """A word known only as an old or variant name of a small place, without a cue."""
        return (
            bool(named)
            and not seen.cue
            and all(e.name_type == "alternate" for e in named)
            and seen.folded.isascii()
            and max(e.place.population for e in named) < _ALTERNATE_ONLY_MIN
            # an airport's name without "International" ("Aden Adde Airport") is no hamlet
            and not seen.has_kind(Kind.COUNTRY, Kind.REGION, Kind.AREA, Kind.LANDMARK, Kind.AIRPORT)
            and not self.qualified(seen.text, seen.end)
            and not _SAID_TO_BE_A_PLACE.match(seen.text, seen.end)
            # a rare word spelling the place's name otherwise is no old name:
            # "Kupiansk" for Kupyansk, German "Wuhledar" for Vuhledar (but
            # "Newcomers" is no Newcomerstown)
            and not (
                zipf(seen.folded, self.lang) < _RESPELLING_MAX_ZIPF
                and any(self._respelling(seen.folded, e.place.name) for e in named)
            )
        )  # "Samples", "Thomas", "Xinhua": Hollywood, Alabama; Beulah, North Dakota

    def _respelling(self, folded: str, name: str) -> bool:
        """Whether *folded* spells a place's *name* otherwise; in German, after German rules."""
        other = self.fold(name)
        if self.lang == "de":  # "Wuhledar" for Vuhledar, "Schetissai" for Zhetysay
            return respelling(skeleton(folded), skeleton(other))
        for english, own in _RESPELLINGS.get(self.lang, ()):
            other = other.replace(english, own)  # Spanish "Bajmut" for Bakhmut
        return respelling(folded, other)

    def _candidate(self, seen: _Seen, named: Sequence[Any]) -> Candidate | None:
        """The accepted match, with its confidence and its kind (None: a firm's "X Co")."""
        confidence = 0.85
        if seen.cue:
            confidence = 0.95
        elif seen.initial:
            confidence = 0.75
        if not named:
            confidence -= 0.1
        elif all(e.name_type == "alternate" for e in named):
            confidence -= 0.05
        demonym = seen.demonym
        kind = "demonym" if demonym and not named else "name"
        stop = seen.end
        if seen.surface.endswith(("'s", "’s")) and len(seen.surface) > 3:
            stop -= 2  # "Russia's" names Russia
        elif seen.unit_next and not seen.has_kind(Kind.COUNTRY):
            stop = seen.base + seen.toks[seen.j + 1][1]  # "Laurel County": a unit we may lack
            kind = "unit"
            regions = tuple(e for e in seen.entries if e.place.kind is Kind.REGION)
            if regions and self.fold(seen.toks[seen.j + 1][2]) in _FIRST_LEVEL_UNITS:
                seen.restrict(regions)  # "Kilimanjaro Region": the region, not the mountain
        text = seen.text
        if text.startswith(" Co", stop - 3):
            if text[stop : stop + 1] != ".":
                return None  # "Knox Co Ltd": a firm; only "Knox Co." is the county
            stop += 1  # "Loudon Co.": the abbreviation's dot, which words drop
        surface = text[seen.start : stop]
        return Candidate(
            seen.start,
            stop,
            surface,
            kind,
            seen.entries,
            confidence,
            seen.cue,
            exonym=not _LATIN.fullmatch(surface)
            or (self.lang != "en" and zipf(seen.folded, self.lang) < _RARE_ZIPF)
            or (self._home_city(seen.entries) and not common_word(seen.folded, self.lang)),
        )

    def _home_city(self, entries: Sequence[Any]) -> bool:
        """A city of 100,000 where the text's language is spoken: "Nürnberg" in German.

        GeoNames names it in English (Nuremberg); its own language's name is
        an alternate name only, which says nothing against it.
        """
        home = _HOME_COUNTRIES.get(self.lang, frozenset())
        return any(
            e.place.kind == Kind.CITY
            and e.place.population >= _ALTERNATE_ONLY_MIN
            and e.place.country_code in home
            for e in entries
        )

    # -- the scanners -------------------------------------------------------
    def _name_candidates(self, text: str) -> list[Candidate]:
        self._persons = set()
        self._senses = set()
        self._lower = {}
        self._words = None
        self._worded = set()
        found: list[Candidate] = []
        for m in self._scan.chunks.finditer(text):
            chunk, base = m.group(), m.start()
            if (
                self.cues.nouns_capitalised
                and " " not in chunk
                and self.fold(chunk) in self.cues.stop_words
                and (article := _GERMAN_ARTICLE_BEFORE.search(text, max(0, base - 6), base))
            ):
                # "in der Oder": the article tells the river from "oder" (or); the
                # chunk takes it so that the stop word has its article before it
                chunk, base = text[article.start() : m.end()], article.start()
            toks, matches, hit_words = self._chunk(chunk)
            if not matches:
                continue
            for match in matches:
                cand = self._judge(text, base, toks, match, hit_words)
                if cand is not None:
                    found.append(cand)
        if self._senses:  # "Marburg virus ... Marburg kills more slowly": no cue, no place
            found = [c for c in found if c.cue or self.fold(c.text) not in self._senses]
        if self._worded:  # "mercury ... Mercury poisoning", "Jack", unless placed somewhere
            placed = {
                self.fold(c.text)
                for k, c in enumerate(found)
                if c.kind == "name" and (c.cue or _place_evidence(text, c, found[k + 1 : k + 2]))
            }
            found = [
                c
                for c in found
                if c.cue or (folded := self.fold(c.text)) not in self._worded or folded in placed
            ]
        if self._persons:  # "Nelson Mandela": a given name before a person's surname
            found = [c for c in found if not self._before_surname(text, c)]
        if self._persons:  # "Bob Jones ... Jones said", in either order
            placed = {
                self.fold(c.text)
                for k, c in enumerate(found)
                if c.kind == "name" and _place_evidence(text, c, found[k + 1 : k + 2])
            }
            found = [
                c
                for c in found
                if c.cue
                or c.kind != "name"
                or (folded := self.fold(c.text)) not in self._persons
                or folded in placed
            ]
        return found

    def _before_surname(self, text: str, cand: Candidate) -> bool:
        """Whether *cand* is a census given name right before a surname seen as a person's."""
        if cand.cue or cand.kind != "name" or has_kind(cand.entries, Kind.COUNTRY):
            return False
        folded = self.fold(cand.text)
        if not self._census_given(folded) or main_population(cand.entries) >= 100_000:
            return False
        m = WORD_NEXT.match(text, cand.end)
        return m is not None and self.fold(m.group(1)) in self._persons

    def _abbreviation_starts(self, text: str) -> list[int]:
        """Every offset where some abbreviation starts: one regex scan for them all."""
        scanner = self._scan.abbreviation
        starts: list[int] = []
        if scanner is None:
            return starts
        m = scanner.search(text)
        while m is not None:
            starts.append(m.start())
            m = scanner.search(text, m.start() + 1)
        return starts

    def _abbreviations(self, text: str) -> list[Candidate]:
        found: list[Candidate] = []
        starts = self._abbreviation_starts(text)
        if not starts:
            return found
        for abbr, name, after_comma in self.cues.abbreviations:
            # the occurrences str.find would give: left to right, none overlapping
            next_free = 0
            for pos in starts:
                if pos < next_free or not text.startswith(abbr, pos):
                    continue
                end = next_free = pos + len(abbr)
                ok = (pos == 0 or not text[pos - 1].isalnum()) and (
                    end >= len(text) or not text[end].isalnum()
                )
                if ok and after_comma:
                    ok = text[max(0, pos - 2) : pos].rstrip(" ").endswith(",")
                if ok:
                    # countries and states ("U.S.", "N.Y." is the state), else a
                    # city of millions ("L.A."), not the towns sharing its name
                    named = self.gazetteer.lookup_folded(fold(name))
                    entries = tuple(
                        e for e in named if e.place.kind in (Kind.COUNTRY, Kind.REGION)
                    ) or tuple(
                        e
                        for e in named
                        if e.place.kind is Kind.CITY and e.place.population >= 1_000_000
                    )
                    if entries:
                        found.append(Candidate(pos, end, abbr, "name", entries, 0.9, True))
        return found

    def _adjectives(self, text: str) -> list[Candidate]:
        scanner = self._scan.adjective
        if scanner is None or not self.include_demonyms:
            return []
        found: list[Candidate] = []
        for m in scanner.finditer(text):
            word, start = m.group(), m.start()
            entries = self._demonym_entries(self.fold(word))
            if not entries and "-" in word:  # "franco-allemand": the part after the hyphen
                start += word.rindex("-") + 1
                word = text[start : m.end()]
                entries = self._demonym_entries(self.fold(word))
            if not entries and self.cues.lang == "es" and word.endswith("a"):
                entries = self._feminine_like_country(self.fold(word))
            if (
                entries
                and self.cues.inflection == "ru"
                and _city_adjective_of_a_name(entries, text, m.end())
            ):
                continue  # "мадридского «Реала»": a club
            if entries:
                found.append(Candidate(start, m.end(), word, "demonym", entries, 0.65))
        if self.cues.inflection == "ru":  # "погибли трое украинцев"
            pattern, noun_of = people_nouns()
            for m in pattern.finditer(text) if pattern is not None else ():
                entries = self._demonym_entries(noun_of[m.group()])
                if entries:
                    found.append(Candidate(m.start(), m.end(), m.group(), "demonym", entries, 0.65))
        return found

    def _feminine_like_country(self, folded: str) -> tuple[Any, ...]:
        """A Spanish feminine adjective written as a country's name: "la ciudad libia".

        The builder keeps "armenia", "indonesia", "china", "libia" as the
        countries' names; written in lower case they are the masculine's
        feminine ("la provincia armenia").
        """
        masculine = self._demonym_entries(folded[:-1] + "o")
        codes = {e.place.country_code for e in masculine}
        named = any(  # by its own name or the language's ("libia", "siria")
            e.place.kind == Kind.COUNTRY
            and e.name_type in ("name", "alternate")
            and e.place.country_code in codes
            for e in self.gazetteer.lookup_folded(folded)
        )
        return masculine if named else ()

    def _demonym_entries(self, folded: str) -> tuple[Any, ...]:
        key = ("=dem=" + folded, False)
        got = self._entries_cache.get(key)
        if got is not None:
            return got
        forms = [folded, *adjective_stems(folded, self.cues.demonym_endings)]
        if self.cues.lang == "ru":
            forms += [
                s + e
                for s in adjective_stems(folded, self.cues.demonym_endings)
                for e in ("ий", "ая", "ие")
            ]
        got = ()
        for form in forms:
            hits = tuple(e for e in self.gazetteer.lookup_folded(form) if e.name_type == "demonym")
            if hits:
                got = hits
                break
        if not got and self.cues.inflection == "de":
            # "nordlibanesischen", "südsudanesisch" is South Sudan's own (found first)
            compass = next((c for c in _DE_COMPASS if folded.startswith(c)), None)
            if compass is not None and len(folded) - len(compass) >= 5:
                got = self._demonym_entries(folded[len(compass) :])
        if not got:
            got = self._derived_demonym(folded)
        self._entries_cache[key] = got
        return got

    def _russian_city_adjective(self, folded: str) -> tuple[Any, ...]:
        """The city of half a million people a Russian "-ский" adjective is made from."""
        for stem in adjective_stems(folded, self.cues.demonym_endings):
            if not stem.endswith("ск") or len(stem) < 6:
                continue
            cities = [
                e.place
                for e in self.gazetteer.lookup_folded(stem[:-2])
                if e.place.kind is Kind.CITY
                and e.name_type in ("name", "alternate")
                and e.place.population >= _RU_CITY_ADJECTIVE
            ]
            if cities:
                return (NameEntry(max(cities, key=lambda p: p.population), "demonym"),)
        return ()

    def _derived_demonym(self, folded: str) -> tuple[Any, ...]:
        """A region's, country's or big city's demonym by its ending: "Ohioans", "Londoner".

        Not a person's name that ends like one ("Susan", "Julian", "Parker").
        Russian: a big city's adjective in "-ский" ("Мюнхенской конференции",
        "лондонского суда").
        """
        if self.cues.inflection == "ru":
            return self._russian_city_adjective(folded)
        bases = demonym_bases(folded, self.lang)
        if not bases or (
            self.lang == "en" and (self._census_given(folded) or folded in surnames())
        ):
            return ()  # English names of persons: "Susan", "Julian", "Parker"
        for base in bases:
            places = [
                e.place
                for e in self.gazetteer.lookup_folded(base)
                if (
                    # German derives only cities' ("Kölner"): its countries' are curated
                    e.place.kind in (Kind.COUNTRY, Kind.REGION, Kind.AREA)
                    and e.name_type in ("name", "alternate")
                    and self.lang == "en"
                    # a first-level region's ("Ohioans"), not a district's ("Manager")
                    and not _second_level(e.place)
                )
                or (  # "Londoner", "Bostonians"; not "Julian" for Plovdiv (Julia)
                    e.place.kind == Kind.CITY
                    and e.name_type == "name"
                    and e.place.population >= 100_000
                )
                or (  # German "Bamberger", "Husumer": a German-speaking town's
                    self.lang == "de"
                    and e.place.kind == Kind.CITY
                    and e.name_type == "name"
                    and e.place.population >= _GERMAN_TOWN_ADJECTIVE
                    and e.place.country_code in _GERMAN_SPEAKING
                )
                or (  # German "Moskauer", "Frankfurter": a big city's other name
                    e.place.kind == Kind.CITY
                    and e.name_type == "alternate"
                    and self.lang != "en"
                    and e.place.population >= _DERIVED_FROM_ALTERNATE
                )
            ]
            if places:
                best = max(places, key=lambda p: (p.kind != Kind.CITY, p.population))
                return (NameEntry(best, "demonym"),)
        return ()

    def candidates(self, text: str) -> list[Candidate]:
        """All accepted candidates in *text*, sorted by start, without overlaps.

        Parameters
        ----------
        text : str
            The document.
        """
        names = self._name_candidates(text)
        # they replace what the names alone said, unless a longer name holds
        # them ("the state of Jammu and Kashmir" is no list)
        listed = [
            u
            for u in self._units.candidates(text)
            if not any(
                c.start <= u.start and u.end <= c.end and c.end - c.start > u.end - u.start
                for c in names
            )
        ]
        if listed:
            names = sorted(
                [c for c in names if not any(c.start < u.end and u.start < c.end for u in listed)]
                + listed,
                key=lambda c: c.start,
            )
        extra = (
            self._abbreviations(text)
            + self._inside.noun_names(text)
            + self._inside.airports(text, names)
            + self._inside.airports_by_name(text)
            + self._inside.landmarks(text)
            + self._adjectives(text)
        )
        taken = names
        if extra:
            self._inside.through_cities(text, extra, names)  # "Bahnhof von Novi Sad"
            priority = {"airport": 0, "landmark": 1, "unit": 2, "name": 2, "demonym": 3}
            ranked = sorted(
                names + extra, key=lambda c: (priority[c.kind], -(c.end - c.start), c.start)
            )
            taken = []
            spans: list[tuple[int, int]] = []
            for cand in ranked:
                if any(cand.start < e and s < cand.end for s, e in spans):
                    continue
                taken.append(cand)
                spans.append((cand.start, cand.end))
            taken.sort(key=lambda c: c.start)
            self._inside.landmark_cities(taken, names)
        found = self._non_places.without_clubs(
            text,
            self._non_places.without_organisations(
                text, self._non_places.without_languages(text, taken)
            ),
        )
        if self.cues.inflection == "ru" and "«" in text:
            found = without_quoted_names(text, found)
        if self.lang == "fr":
            found = self._french_articles(text, found)
        self._non_places.mark_actors(text, found)
        return found

    def _french_articles(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """Names after a French article, contracted or not: "du Mans", "les Sables-d'Olonne".

        French folds "le"/"les" into "au", "du", "aux", "des": "du Mans" is
        Le Mans, "au Cap" Le Cap (Cape Town). A name the article makes whole
        is found so. Otherwise a masculine article before a name that is a
        region or country and a city means the region: "au Québec" is the
        province, "à Québec" its capital (cities take no article).
        """
        starts = {c.start: k for k, c in enumerate(cands)}
        out = list(cands)
        for m in _FR_ARTICLE_NAME.finditer(text):
            article, name = m.group(1), m.group(2)
            start = m.start(2)
            words = name.split()
            whole: tuple[Any, ...] = ()
            end = start
            for n in range(len(words), 0, -1):
                part = " ".join(words[:n])
                for form in _FR_ARTICLE_FORMS.get(article, ()):
                    whole = tuple(
                        e
                        for e in self.entries(self.fold(f"{form}{part}"), inflect=False)
                        if e.name_type != "demonym"
                    )
                    if whole:
                        end = start + len(part)
                        break
                if whole:
                    break
            k = starts.get(start)
            if whole:
                # only where nothing was found ("du Tigré" keeps Tigray, not "le
                # Tigre", the Tigris); after "la", "le", "les" as written, not a
                # frequent noun ("ministère de la Défense" is no La Défense)
                if k is None and (
                    article in _FR_CONTRACTED or zipf(words[0].lower(), "fr") < _ARTICLE_NOUN_ZIPF
                ):
                    out.append(Candidate(start, end, text[start:end], "name", whole, 0.8, True))
            elif k is not None and article in ("au", "du"):
                cand = cands[k]
                wider = tuple(
                    e
                    for e in cand.entries
                    if e.place.kind in (Kind.REGION, Kind.COUNTRY) and e.name_type != "demonym"
                )
                if wider and has_kind(cand.entries, Kind.CITY):
                    out[k] = replace(cand, entries=wider)  # "au Québec": the province
        taken: list[Candidate] = []
        for cand in sorted(out, key=lambda c: (c.start, -(c.end - c.start))):
            if not taken or cand.start >= taken[-1].end:
                taken.append(cand)
        return taken


def span_candidate(rec: Recognizer, text: str, start: int, end: int) -> Candidate:
    """A candidate for a given (gold) span: its entries whatever the context.

    Used to resolve spans found by someone else: the span is taken as a
    place; only what it names is looked up (inflected forms, a leading
    article, airport and landmark words included).

    Examples
    --------
    >>> from geo._memgaz import MemoryGazetteer
    >>> rec = Recognizer(MemoryGazetteer.sample(), "ru")
    >>> span_candidate(rec, "в Нур-Султане", 2, 13).entries[0].place.name
    'Astana'
    """
    surface = text[start:end]
    folded = rec.fold(surface)
    for article in ("the ", "die ", "der ", "das ", "le ", "la ", "el "):
        if folded.startswith(article) and len(folded) > len(article) + 2:
            stripped = folded[len(article) :]
            if rec.entries(stripped):
                folded = stripped
                break
    entries = rec.entries(folded)
    if not entries and surface[-1:].isalpha():
        entries = rec.entries(rec.fold(surface + "."))  # "U.S", "N.Y", "Calif": the dot left out
    if entries:
        adjectives = tuple(e for e in entries if e.name_type == "demonym")
        if adjectives and small_towns_only(entries):
            entries = adjectives  # "Canadian": the adjective, not Canadian, Texas
        demonym_only = all(e.name_type == "demonym" for e in entries)
        return Candidate(start, end, surface, "demonym" if demonym_only else "name", entries, 0.9)
    demonyms = rec._demonym_entries(folded)
    if demonyms:
        return Candidate(start, end, surface, "demonym", demonyms, 0.8)
    inner = rec.candidates(surface)
    for cand in inner:
        if cand.kind in ("airport", "landmark"):
            return Candidate(start, end, surface, cand.kind, cand.entries, 0.85)
    names = [c for c in inner if c.kind == "name"]
    if names:  # a name inside the span (its whole, inflected, was looked up above)
        return Candidate(start, end, surface, "name", names[-1].entries, 0.6, part=True)
    # a county named without its unit word ("Gwinnett" -> Gwinnett County;
    # "Red River" may be the Texan county or the Louisiana parish: both, for
    # the resolver to choose from, in a fixed order)
    units = tuple(
        e
        for unit in sorted(rec.cues.admin_units)
        for e in rec.entries(f"{folded} {unit}")
        if e.place.kind is Kind.REGION
    )
    if units:
        return Candidate(start, end, surface, "unit", units, 0.6)
    toks = words(surface, 0, len(surface))
    last = rec.fold(toks[-1][2]) if len(toks) > 1 else ""
    if last in rec.cues.admin_units:  # "Laurel County": a unit of a known name
        base = rec.entries(" ".join(rec.fold(t[2]) for t in toks[:-1]))
        if base:
            return Candidate(start, end, surface, "unit", base, 0.7)
    if last in rec.cues.venue_heads:
        # "Trump Tower", "Cloverhill District Court": a venue the gazetteer
        # lacks, in the text's city, not the town of Tower or Court
        return Candidate(start, end, surface, "landmark", (), 0.6)
    # the longest known name inside the span ("Greater Almaty" -> "Almaty",
    # "European Commission" -> Europe); not a code or an abbreviation ("St
    # Patrick's" is neither ST, São Tomé, nor Sète) and not a common word
    # alone ("South Waziristan Agency" is not a town called South)
    for size in range(len(toks) - 1, 0, -1):
        for i in range(len(toks) - size + 1):
            key = " ".join(rec.fold(t[2]) for t in toks[i : i + size])
            if len(key) <= 2:
                continue
            found = tuple(e for e in rec.entries(key) if e.name_type != "code")
            if not found:
                continue
            big = any(
                e.name_type == "demonym" or e.place.kind in (Kind.COUNTRY, Kind.AREA) for e in found
            )
            if size == 1 and (
                key in rec.cues.feature_words  # "Waiheke Island" is not Iceland ("Island")
                or (not big and (key in rec.cues.stop_words or common_word(key, rec.lang)))
            ):
                continue
            return Candidate(start, end, surface, "name", found, 0.5, part=True)
    return Candidate(start, end, surface, "name", (), 0.0)
