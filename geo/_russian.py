"""Russian: adjective and noun forms, nouns for peoples, names in quotation marks.

The Russian lexicon the recogniser (:mod:`geo._recognize`) reads beside
``geo/data/cues.toml``: case endings of place adjectives ("Московском
государственном университете" is an institution, "Ленинского района" a
place), the stems of nouns that keep a place adjective a place, the case
forms of the nouns for peoples ("погибли трое украинцев"), surname endings,
and the short names in «» that name clubs and firms, not places.

Examples
--------
>>> PLACE_NOUN_STEMS[:3]
('район', 'округ', 'област')
>>> bool(ADJECTIVE_OF_PLACE.search("московском"))
True
"""

from __future__ import annotations

import functools
import re

from geo._candidate import Candidate, has_kind
from geo._cues import demonym_forms
from geo._inflect import ru_noun_forms
from geo._scanners import _alternation
from geo.types import Kind

__all__ = [
    "ADJECTIVE_NEXT",
    "ADJECTIVE_OF_PLACE",
    "LOWER_WORD_NEXT",
    "NOMINATIVE_ADJECTIVE",
    "OBLIQUE_ADJECTIVE",
    "PLACE_NOUN_STEMS",
    "RUSSIAN_WORLD",
    "SURNAME_ENDINGS",
    "people_nouns",
    "without_quoted_names",
]

#: a Russian adjective of place ("-ский", "-цкий" in any case and gender)
ADJECTIVE_OF_PLACE = re.compile(
    r"(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими|ым|ые|ых|ыми)$"
)
#: a lower-case adjective next: "Московском государственном (университете)"
ADJECTIVE_NEXT = re.compile(
    r"[ \t]+[а-яё]+(?:ий|ый|ой|ого|его|ому|ему|им|ым|ом|ем|ая|яя|ую|юю|ое|ее|ие|ые|их|ых|ими|ыми)"
    r"(?!\w)"
)
#: any Russian adjective ending in an oblique case: "Южного (военного округа)"
OBLIQUE_ADJECTIVE = re.compile(r"(?:ого|его|ому|ему|ой|ей|ую|юю|ым|им|ых|их|ыми|ими)$")
NOMINATIVE_ADJECTIVE = ("ый", "ий", "ая", "ое", "ые", "ие")
#: a lower-case noun next ("Черноморского флота"), and the stems of place nouns that
#: keep a place adjective a place ("Ленинского района", "Киевского вокзала" is a
#: station; as stems they keep a few other words too, which errs towards a place)
LOWER_WORD_NEXT = re.compile(r"[ \t]+([а-яё]+)(?!\w)")
PLACE_NOUN_STEMS = (
    "район",
    "округ",
    "област",
    "кра",
    "регион",
    "республик",
    "город",
    "сел",
    "поселк",
    "посёлк",
    "деревн",
    "станиц",
    "улиц",
    "проспект",
    "площад",
    "мост",
    "вокзал",
    "аэропорт",
    "мор",
    "озер",
    "рек",
    "залив",
    "гор",
    "хребт",
    "бассейн",
    "направлени",
    "границ",
    "побережь",
    "полуостров",
    "остров",
    "степ",
    "долин",
    "шоссе",
    "трасс",
)


@functools.cache
def people_nouns() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern of the case forms of Russian nouns for peoples, and each form's noun.

    The nouns are ``demonyms.tsv``'s Russian forms that are no adjectives
    ("украинец", "россиянин", "казах"); Russian writes them in lower case
    ("погибли трое украинцев").

    Examples
    --------
    >>> pattern, noun_of = people_nouns()
    >>> noun_of[pattern.search("погибли трое украинцев").group()]
    'украинец'
    """
    noun_of: dict[str, str] = {}
    for form in demonym_forms("ru"):
        if not form.endswith(_ADJECTIVE_ENDINGS) and not form.endswith(("ы", "и")):
            for case in ru_noun_forms(form):
                noun_of.setdefault(case, form)
    if not noun_of:
        return None, noun_of
    # capitalised too: first in a sentence ("Армяне бежали")
    words = _alternation(list(noun_of), capitalise=True)
    for case, form in list(noun_of.items()):
        noun_of[case[:1].upper() + case[1:]] = form
    return re.compile(rf"(?<!\w){words}(?!\w)"), noun_of


#: nominative endings of Russian adjectives (the nouns for peoples are the other forms)
_ADJECTIVE_ENDINGS = (*NOMINATIVE_ADJECTIVE, "ой")

#: a short name in Russian quotation marks: a club, firm, paper, storm or ship
_QUOTED_NAME = re.compile(r"«([^«»\n.!?]{1,60})»")
#: at most this many words make a quoted name, not a quoted sentence
_QUOTED_NAME_WORDS = 4


def without_quoted_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop candidates inside a short name in «»: «Ливерпуль», Банк «Санкт-Петербург».

    Russian news puts the names of clubs, firms, newspapers, storms and
    operations in quotation marks, never a place's; a quoted sentence
    (more than four words) may name places and keeps them.

    Examples
    --------
    >>> c = Candidate(14, 23, "Ливерпуля", "name")
    >>> without_quoted_names("Полузащитник «Ливерпуля» ушёл", [c])
    []
    """
    spans = [
        m.span(1)
        for m in _QUOTED_NAME.finditer(text)
        if len(m.group(1).split()) <= _QUOTED_NAME_WORDS
    ]
    if not spans:
        return cands
    # a landmark of the gazetteer keeps its quotes: больница «Аш-Шифа»
    return [
        c
        for c in cands
        if has_kind(c.entries, Kind.LANDMARK)
        or not any(s <= c.start and c.end <= e for s, e in spans)
    ]


#: endings of Russian surnames in the nominative (folded: "ё" is "е"), which the
#: inflection rules and the lemmatiser read as forms of places
SURNAME_ENDINGS = ("ов", "ев", "ин", "ын")

#: countries whose towns Russian news names by their Russian names
RUSSIAN_WORLD = frozenset({"RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM", "AZ", "AM", "GE", "MD"})
