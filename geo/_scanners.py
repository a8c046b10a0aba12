"""The compiled scanners of one language's cues: airports, landmarks, units, nouns.

Built once per :class:`geo._cues.Cues` (cached) and shared by every
:class:`geo._recognize.Recognizer` of that language. Each scanner is one
regular expression, so the text is searched in C; ``literals`` name the
substrings a scanner needs, so a text without any of them skips it.

Examples
--------
>>> from geo._cues import cues_for
>>> found = scanners(cues_for("en")).airport.search("flights to Almaty airport")
>>> found.group()
'airport'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from geo._cues import Cues
from geo._tokens import CAPWORD, chunk_scanner

__all__ = ["scanners"]

#: After a word's first character: no word character before that one. The
#: same test as a leading (?<!\w), but a pattern that starts with a literal or
#: a character class lets the regex engine skip ahead in C to where it can
#: match; a leading lookbehind makes it try the whole pattern at every position.
_STARTS_WORD = r"(?<!\w.)"


#: characters to the rest of the words of `_alternation`; "" marks a word's end
_Trie = dict[str, "_Trie"]


def _alternation(words_: Sequence[str], *, capitalise: bool, word_start: bool = False) -> str:
    r"""Regex alternation of *words_* (longest first); *word_start*: only at the start of a word.

    The words are factored into a trie ("count(?:ies|y)"): the regex engine
    then tests each character once, not once for every word that shares it,
    and still tries the longest word first (the words that fit at one place
    of a text are prefixes of one another).

    Examples
    --------
    >>> _alternation(["county", "counties", "state", "states"], capitalise=False)
    '(?:count(?:ies|y)|state(?:s)?)'
    >>> print(_alternation(["port"], capitalise=True, word_start=True))
    (?:P(?<!\w.)ort|p(?<!\w.)ort)
    """
    forms: set[str] = set()
    for w in words_:
        forms.add(w)
        if capitalise:
            forms.add(w[:1].upper() + w[1:])
    trie: _Trie = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie, _STARTS_WORD if word_start else "")


def _trie_pattern(node: _Trie, after_first: str = "") -> str:
    """The regex of a trie *node* of `_alternation`; *after_first* follows its first characters."""
    branches = "|".join(
        re.escape(ch) + after_first + _trie_pattern(child)
        for ch, child in sorted(node.items())
        if ch
    )
    if "" in node:  # a word ends here: try the longer words first
        return f"(?:{branches})?" if branches else ""
    return branches if len(node) == 1 else f"(?:{branches})"


@dataclass(frozen=True, slots=True)
class _Scanners:
    literals: dict[str, tuple[str, ...]]  # scanner name -> substrings one of which it needs
    chunks: re.Pattern[str]
    airport: re.Pattern[str] | None
    landmark_before: re.Pattern[str] | None
    landmark_after: re.Pattern[str] | None
    landmark_suffix: re.Pattern[str] | None
    landmark_name: re.Pattern[str] | None
    adjective: re.Pattern[str] | None
    abbreviation: re.Pattern[str] | None  # any abbreviation, wherever it stands
    noun_name: re.Pattern[str] | None = None  # "Чёрном море", "mer Noire"
    unit_lists: tuple[tuple[re.Pattern[str], str], ...] = ()  # "Camden and Charlton counties"
    member: re.Pattern[str] | None = None  # one name of such a list
    organisation: re.Pattern[str] | None = None  # "Guardia Civil": no word of it a place


# (?<!\w.) after the first letter: see _STARTS_WORD
_ADJECTIVES = {
    # "-isch", and "deutsch", the one German country adjective without it
    "de": r"[a-zäöüß](?<!\w.)(?:[a-zäöüß]+-)?(?:[a-zäöüß]+[iy]sch|eutsch)(?:e[nmrs]?)?(?!\w)",
    "ru": r"[а-яё](?<!\w.)[а-яё]{2,}(?:ск|цк)(?:ий|ая|ое|ие|ого|ому|ой|ую|их|им|ими|ом|ых|ым|ыми|ый|ые|ой)(?!\w)",
    # a hyphenated first part: "sud-africain", "nord-coréenne"
    "fr": r"[a-zàâçéèêëîïôûùüÿ](?<!\w.)(?:[a-zàâçéèêëîïôûùüÿ]+-)?[a-zàâçéèêëîïôûùüÿ]{2,}(?:ar|ars|are|ares|ais|aise|aises|ien|ienne|iens|iennes|éen|éenne|éens|éennes|and|ande|ands|andes|que|ques|in|ine|ins|ines|yen|yenne|yens|yennes|on|onne|ons|onnes|ois|oise|ain|aine|ains|aines|an|ane|ans|anes|e|es|è|ès|kh|khs|k|ks|c|cs|z|ol|ols|i|is)(?!\w)",
    "es": r"[a-záéíóúñü](?<!\w.)[a-záéíóúñü]{2,}(?:ano|ana|anos|anas|án|anes|ol|ola|oles|olas|ón|ona|ones|onas|ar|ares|e|es|ense|enses|és|esa|eses|esas|ino|ina|inos|inas|o|a|os|as|í|íes|ís)(?!\w)",
}


def _organisation_scanner(names: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern for the organisations' names, any case, a hyphen or a space between words.

    Examples
    --------
    >>> _organisation_scanner(["Guardia Civil"]).search("la guardia civil detuvo").span()
    (3, 16)
    """
    if not names:
        return None
    forms = sorted(
        (r"[-\s]+".join(re.escape(w) for w in re.split(r"[-\s]+", name)) for name in names),
        key=len,
        reverse=True,
    )
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)", re.IGNORECASE)


# names joined in a list: "Camden and Charlton", "Donezk und Luhansk", "Донецкой и Луганской"
_LIST_JOINER = r"(?:,?[ \t]+(?:and|or|&|und|oder|et|ou|y|o|и)[ \t]+|,[ \t]+|[ \t]*/[ \t]*)"
_ARABIC_ARTICLE = r"(?:a[dlnrstz]|ash|e[dlnrsz]|u[dl])-"
_RU_ADJECTIVE = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?"


def _class_then(pattern: str, behind: str) -> str:
    """*pattern*, which starts with a character class, with lookbehind *behind* after the class.

    The pattern then starts with the class, so the regex engine skips in C to
    where it can match (see `_STARTS_WORD`); *behind* looks back past the
    class's one character.
    """
    end = pattern.index("]") + 1
    return f"{pattern[:end]}{behind}{pattern[end:]}"


def _unit_scanner(
    cues: Cues,
) -> tuple[tuple[tuple[re.Pattern[str], str], ...], re.Pattern[str] | None]:
    """Names with a unit word around them, each with where the word stands, and one name.

    A language whose unit words follow the names may also put them before,
    with a link word ("the province of Idlib"); one whose words stand before
    them may put an adjective between ("la région russe de Belgorod").
    """
    forms = [w for w, _, _ in cues.unit_words]
    if not forms and not cues.unit_words_before:
        return (), None
    units = _alternation(forms, capitalise=True)
    if cues.unit_position == "adjective":
        member = _RU_ADJECTIVE
    else:
        # a lower-case Arabic article may join the words: "Deir ez-Zor province"
        member = rf"{CAPWORD}(?:[ \t]+(?:{_ARABIC_ARTICLE})?{CAPWORD}){{0,3}}"
    links = "|".join(
        re.escape(w) + ("" if w.endswith(("'", "’")) else r"[ \t]+")
        for w in sorted(cues.unit_links, key=len, reverse=True)
    )

    def names(link: str, first: str = member) -> str:
        return rf"(?P<names>{first}(?:{_LIST_JOINER}{link}{member})*)"

    found: list[tuple[re.Pattern[str], str]] = []
    if cues.unit_words_before:  # "в провинции Идлиб": one name, as written
        before_units = _alternation([w for w, _, _ in cues.unit_words_before], capitalise=False)
        pattern = rf"(?<!\w)(?P<unit>{before_units})[ \t]+(?P<names>{member})(?!\w)"
        found.append((re.compile(pattern), "before"))
    # (without unit words of their own, an empty alternation would match anywhere)
    if forms and cues.unit_position == "before":  # "Gebiet Donezk", "régions de Donetsk"
        link = rf"(?:(?:[^\W\d_A-Z]+[ \t]+)?(?:{links}))?" if links else ""
        pattern = rf"(?<!\w)(?P<unit>{units})[ \t]+{link}{names(f'(?:{links})?' if links else '')}"
        found.append((re.compile(pattern), "before"))
    elif forms:  # "Camden and Charlton counties", "в Донецкой и Луганской областях"
        # no word character or dot before the first name: (?<![\w.]) before its capital
        first = _class_then(member, r"(?<![\w.].)")
        pattern = rf"{names('', first)}[ \t]+(?P<unit>{units})(?!\w)"
        found.append((re.compile(pattern), cues.unit_position))
        if links:  # "the province of Idlib", "the regions of Kherson and Zaporizhzhia"
            pattern = rf"(?<!\w)(?P<unit>{units})[ \t]+(?:{links}){names('')}"
            found.append((re.compile(pattern), "before"))
    return tuple(found), re.compile(member)


@functools.cache
def scanners(cues: Cues) -> _Scanners:
    """The scanners of *cues*' language (cached: cues are frozen and hashable)."""
    cap = CAPWORD
    run = rf"{cap}(?:[ \t]+{cap}){{0,3}}"
    conn = "|".join(re.escape(c) for c in cues.connectors)
    gap = rf"(?:[ \t]+(?:{conn}))*[ \t]+" if conn else r"[ \t]+"
    lower_lang = cues.lang in ("ru", "fr", "es")
    airport = (
        re.compile(
            rf"(?:{_alternation(cues.airport_words, capitalise=True, word_start=True)})(?!\w)"
        )
        if cues.airport_words
        else None
    )
    # German capitalises every noun: after "Platz der" take one name, or an
    # adjective and a name ("Platz des Himmlischen Friedens"), never the next
    # noun ("Platz der Republik Schüsse")
    landmark_run = rf"(?:{cap}(?:en|er|es)[ \t]+)?{cap}" if cues.nouns_capitalised else run
    before = (
        re.compile(
            rf"(?:{_alternation(cues.landmark_before, capitalise=lower_lang, word_start=True)}){gap}{landmark_run}"
        )
        if cues.landmark_before
        else None
    )
    after = (
        re.compile(
            rf"(?:{_alternation(cues.landmark_after, capitalise=False, word_start=True)})(?!\w)"
        )
        if cues.landmark_after
        else None
    )
    suffix = (
        re.compile(
            # "Alexanderplatz", and hyphenated: "Amir-Timur-Platz", "Karl-Marx-Allee"
            rf"{cap[: cap.index(']') + 1]}{_STARTS_WORD}\w{{2,}}(?:-\w+)*"
            rf"(?:{_alternation(cues.landmark_suffixes, capitalise=False)}"
            rf"|-(?:{_alternation(cues.landmark_suffixes, capitalise=True)}))(?!\w)"
        )
        if cues.landmark_suffixes
        else None
    )
    names = (
        re.compile(
            rf"(?:{_alternation(sorted(cues.landmark_names), capitalise=True, word_start=True)})(?!\w)"
        )
        if cues.landmark_names
        else None
    )
    adjective = re.compile(_ADJECTIVES[cues.lang]) if cues.lang in _ADJECTIVES else None
    noun_forms: list[str] = []
    if cues.noun_after:  # Russian: "Чёрном море"
        after_nouns = _alternation(cues.noun_after, capitalise=False)
        # up to three words before it: "Tan Son Nhat airport", "Чёрном море"
        noun_forms.append(rf"{cap}(?:[ \t]+{cap}){{0,2}}[ \t]+(?:{after_nouns})(?!\w)")
    if cues.noun_before:  # French, Spanish: "mer Noire", "golfo de México"
        before_nouns = _alternation(cues.noun_before, capitalise=False, word_start=True)
        # "montagnes de l'Atlas", "mar de la China Meridional"
        link = r"(?:(?:de|du|del|des)[ \t]+|d'|de[ \t]+l'|de[ \t]+la[ \t]+)?"
        # up to three words: "cabo de Buena Esperanza", "mar de China Meridional"
        noun_forms.append(rf"(?:{before_nouns})[ \t]+{link}{cap}(?:[ \t]+{cap}){{0,2}}")
    noun_name = re.compile("|".join(noun_forms)) if noun_forms else None
    unit_lists, member = _unit_scanner(cues)

    def lits(words_: Sequence[str], *, capitalise: bool) -> tuple[str, ...]:
        out = set(words_)
        if capitalise:
            out |= {w[:1].upper() + w[1:] for w in words_}
        # a text that holds "states" holds "state": one search for both
        return tuple(sorted(w for w in out if not any(o != w and o in w for o in out)))

    literals = {
        "airport": lits(cues.airport_words, capitalise=True),
        "landmark_before": lits(cues.landmark_before, capitalise=lower_lang),
        "landmark_after": lits(cues.landmark_after, capitalise=False),
        "landmark_suffix": lits(cues.landmark_suffixes, capitalise=True),
        "landmark_name": lits(sorted(cues.landmark_names), capitalise=True),
        "noun_name": lits([*cues.noun_after, *cues.noun_before], capitalise=False),
        "unit_list": lits(
            [w for w, _, _ in (*cues.unit_words, *cues.unit_words_before)], capitalise=True
        ),
    }
    return _Scanners(
        organisation=_organisation_scanner(cues.organisations),
        literals=literals,
        chunks=chunk_scanner(cues.connectors, tails=cues.name_tails),
        airport=airport,
        landmark_before=before,
        landmark_after=after,
        landmark_suffix=suffix,
        landmark_name=names,
        adjective=adjective,
        noun_name=noun_name,
        unit_lists=unit_lists,
        member=member,
        abbreviation=(
            re.compile("|".join(re.escape(abbr) for abbr, _, _ in cues.abbreviations))
            if cues.abbreviations
            else None
        ),
    )
