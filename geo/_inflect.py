"""Base forms of inflected place names: German genitive, Russian cases, possessives.

Only the last word of a name is inflected in the languages handled here
("Kasachstans", "в Нур-Султане", "Москве"), so every rule rewrites the last
word of an already folded name. The rules over-generate on purpose: a form
only counts when the gazetteer knows it.

Examples
--------
>>> name_variants("москве", "ru")[:2]
('москв', 'москва')
>>> "kasachstan" in name_variants("kasachstans", "de")
True
>>> "алма ата" in name_variants("алма ате", "ru")
True
>>> name_variants("russia's", "en")
('russia',)
>>> adjective_stems("kasachischen", ("en", "e"))
('kasachisch',)
"""

from __future__ import annotations

import functools
import itertools

__all__ = [
    "adjective_stems",
    "de_adjective_bases",
    "declinable_german_noun",
    "demonym_bases",
    "known_word",
    "lemma",
    "name_variants",
    "ru_adjective_bases",
    "ru_noun_forms",
]

# Russian noun endings of the oblique cases -> endings of the nominative to try.
_RU_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ой", ("а", "я", "ая", "ый", "ий")),
    ("ей", ("я", "ь", "а")),
    ("ом", ("", "о", "а")),
    ("ем", ("", "ь", "е", "о", "й")),  # "Ниамеем" -> "Ниамей"
    ("ам", ("а", "ы", "")),
    ("ах", ("а", "ы", "и", "")),
    ("ях", ("и", "я")),  # "на Гавайях": Гавайи
    ("ов", ("ы",)),  # a plural name's genitive: "Соединённых Штатов" -> "Штаты"
    ("е", ("", "а", "я", "ь", "о", "е", "й")),  # "Семее", "Костанае": -ей, -ай
    ("ви", ("овь",)),  # a fleeting "о": "Белой Церкви" -> "Белая Церковь"
    ("и", ("я", "ь", "а", "и", "")),
    ("ы", ("а", "")),
    ("у", ("а", "", "о")),
    ("ю", ("я", "ь")),
    ("а", ("", "о", "ь")),
    ("я", ("ь", "й", "")),
)
# Russian adjective endings of the oblique cases -> nominative endings to try,
# longest first: "Нижнем Новгороде", "Кривому Рогу", "Старом Осколе",
# "Новой Каховке", "Северную Корею", "Южной Осетии"
_RU_ADJ: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ого", ("ий", "ый", "ой")),
    ("его", ("ий", "ее")),
    ("ому", ("ий", "ый", "ой")),
    ("ему", ("ий", "ее")),
    ("ыми", ("ые",)),
    ("ими", ("ие",)),
    ("ой", ("ая", "ый", "ой")),
    ("ей", ("яя",)),
    ("ую", ("ая",)),
    ("юю", ("яя",)),
    ("ом", ("ый", "ий", "ой", "ое")),
    ("ем", ("ий", "ее")),
    ("ым", ("ый", "ой")),
    ("им", ("ий",)),
    ("ых", ("ые",)),
    ("их", ("ие",)),
)


def _ru_noun_phrases(words: list[str]) -> list[str]:
    """Nominatives of a Russian name of one or two adjectives, a noun and invariable words.

    "Объединённых Арабских Эмиратах" (two adjectives), "Демократической
    Республике Конго" (a word after the noun that does not decline).

    Examples
    --------
    >>> "объединенные арабские эмираты" in _ru_noun_phrases(["объединенных", "арабских", "эмиратах"])
    True
    >>> "демократическая республика конго" in _ru_noun_phrases(
    ...     ["демократической", "республике", "конго"])
    True
    """
    out: list[str] = []
    if len(words) < 3 or len(words) > 4:
        return out
    for n_adj in (1, 2):
        if n_adj >= len(words) - 0:
            break
        bases = [ru_adjective_bases(w) for w in words[:n_adj]]
        if not all(bases):
            break
        noun, tail = words[n_adj], words[n_adj + 1 :]
        for adjectives in itertools.product(*bases):
            for form in (noun, *_apply(noun, _RU_RULES, 3)):
                out.append(" ".join([*adjectives, form, *tail]))
    return out


#: vowels and "й" (the second definition this module had, which the first never outlived)
_RU_VOWELS = frozenset("аеёиоуыэюяй")
#: consonants after which Russian writes "и", not "ы"
_RU_SOFTENING = frozenset("гкхжчшщ")


def ru_noun_forms(noun: str) -> tuple[str, ...]:
    """The case forms of a Russian noun for a people, singular and plural.

    Three patterns cover the nouns news uses: "-ец" ("украинец",
    "китаец"), "-анин"/"-янин" ("россиянин") and a final consonant
    ("казах", "француз", "турок" with its fleeting "о").

    Examples
    --------
    >>> ru_noun_forms("украинец")[-5:]
    ('украинцы', 'украинцев', 'украинцам', 'украинцами', 'украинцах')
    >>> "китайцы" in ru_noun_forms("китаец"), "россиян" in ru_noun_forms("россиянин")
    (True, True)
    >>> ru_noun_forms("турок")[:3], "казахи" in ru_noun_forms("казах")
    (('турок', 'турка', 'турку'), True)
    >>> "венесуэльцев" in ru_noun_forms("венесуэлец")
    True
    """
    if noun.endswith("ец"):
        stem = noun[:-2]
        stem += "й" if stem[-1:] in _RU_VOWELS else ""
        stem += "ь" if stem.endswith("л") else ""  # "венесуэлец", "венесуэльцев"
        return (
            noun,
            *(stem + e for e in ("ца", "цу", "цем", "це", "цы", "цев", "цам", "цами", "цах")),
        )
    if noun.endswith(("анин", "янин")):
        plural = noun[:-2]
        return (
            noun,
            *(noun + e for e in ("а", "у", "ом", "е")),
            *(plural + e for e in ("е", "", "ам", "ами", "ах")),
        )
    if noun[-1:] in _RU_VOWELS:
        return (noun,)
    stem = noun[:-2] + noun[-1] if noun.endswith("ок") else noun
    many = "и" if stem[-1] in _RU_SOFTENING else "ы"
    return (
        noun,
        *(stem + e for e in ("а", "у", "ом", "е", many, "ов", "ам", "ами", "ах")),
    )


def ru_adjective_bases(word: str) -> tuple[str, ...]:
    """Nominative forms a Russian adjective in an oblique case may come from.

    Examples
    --------
    >>> ru_adjective_bases("нижнем")
    ('нижний', 'нижнее')
    >>> ru_adjective_bases("новой")
    ('новая', 'новый', 'новой')
    """
    for ending, nominatives in _RU_ADJ:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            return tuple(stem + n for n in nominatives)
    return ()


_DE_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (("es", ("",)), ("s", ("",)), ("ns", ("",)))
# the German dative plural of a name's noun: "in den Niederlanden", "Emiraten"
_DE_DATIVE: tuple[tuple[str, tuple[str, ...]], ...] = (("en", ("e",)),)


def de_adjective_bases(word: str) -> tuple[str, ...]:
    """A German adjective of a name in the nominative of each gender, or itself.

    Examples
    --------
    >>> de_adjective_bases("vereinigten"), de_adjective_bases("neu")
    (('vereinigte', 'vereinigtes', 'vereinigter'), ('neu',))
    """
    if len(word) > 4 and word.endswith(("en", "er", "es", "em")):
        stem = word[:-1]
        return (stem, stem + "s", stem + "r")
    return (word,)


def _strip_possessive(word: str) -> str | None:
    if word.endswith(("'s", "'")) and len(word) > 3:
        return word[:-2] if word.endswith("'s") else word[:-1]
    return None


def _fleeting_vowel(word: str) -> list[str]:
    """Nominatives with the vowel a Russian noun loses when inflected.

    "Орле", "Орла" are forms of "Орёл" (folded "орел"), whose "ё" drops out
    before an ending; "Череповце" of "Череповец".

    Examples
    --------
    >>> _fleeting_vowel("орле")
    ['орел', 'орол']
    >>> _fleeting_vowel("москве")
    []
    """
    for ending in ("ом", "ем", "а", "у", "е"):
        stem = word.removesuffix(ending)
        if (
            stem != word
            and len(stem) >= 3
            and stem[-1] not in _RU_VOWELS
            and stem[-2] not in _RU_VOWELS
            and stem[-1] in "лнркц"  # "в Череповце": Череповец
        ):
            return [f"{stem[:-1]}е{stem[-1]}", f"{stem[:-1]}о{stem[-1]}"]
    return []


def _apply(word: str, rules: tuple[tuple[str, tuple[str, ...]], ...], min_stem: int) -> list[str]:
    out: list[str] = []
    for ending, replacements in rules:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            stem = word[: len(word) - len(ending)]
            out.extend(stem + r for r in replacements if stem + r != word)
    return out


#: English demonyms of regions and cities: "Ohioans", "Iowan", "Texan",
#: "Ontarians", "Londoner", "Richmondites", "Dagestani", "Abkhaz(ia)"
_EN_DEMONYM_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ians", ("ia", "io", "a", "y", "")),
    ("ian", ("ia", "io", "a", "y", "")),
    ("ans", ("a", "", "as", "o")),
    ("an", ("a", "", "as", "o")),
    ("ers", ("",)),
    ("er", ("",)),
    ("ites", ("", "e")),
    ("ite", ("", "e")),
    ("is", ("",)),
    ("i", ("",)),
)


@functools.lru_cache(maxsize=100_000)
def demonym_bases(folded: str, lang: str | None) -> tuple[str, ...]:
    """Names a demonym of a region or city may come from, likeliest first.

    Only English, where such demonyms are derived regularly; the caller
    checks which of the names the gazetteer knows.

    Examples
    --------
    >>> demonym_bases("ohioans", "en")[:2]
    ('ohioa', 'ohio')
    >>> "texas" in demonym_bases("texan", "en"), "london" in demonym_bases("londoner", "en")
    (True, True)
    >>> demonym_bases("ohioans", "de")
    ()

    German city adjectives end in "-er" ("Kölner", "Bremer", "Münchner",
    "Dresdner", "Basler"):

    >>> demonym_bases("kolner", "de"), "munchen" in demonym_bases("munchner", "de")
    (('koln', 'kolnen', 'kolen'), True)
    >>> "zurich" in demonym_bases("zurcher", "de")
    True
    """
    if lang == "de":
        if len(folded) < 5 or not folded.endswith("er") or " " in folded:
            return ()
        stem = folded[:-2]
        # "Kölner", "Bremer" (Bremen), "Münchner" (München), "Basler" (Basel),
        # "Zürcher" (Zürich)
        forms: tuple[str, ...] = (stem, stem + "en", stem[:-1] + "en", stem[:-1] + "e" + stem[-1])
        if stem.endswith("rch"):
            forms += (stem[:-2] + "ich",)
        return tuple(dict.fromkeys(forms))
    if lang != "en" or len(folded) < 5:
        return ()
    out = _apply(folded, _EN_DEMONYM_RULES, 3)
    if folded.endswith("z"):
        out.append(folded + "ia")  # "Abkhaz" -> "Abkhazia"
    return tuple(dict.fromkeys(out))


@functools.lru_cache(maxsize=200_000)
def name_variants(folded: str, lang: str | None) -> tuple[str, ...]:
    """Candidate base forms of a folded name whose last word may be inflected.

    Parameters
    ----------
    folded : str
        A name folded with :func:`geo.normalize.fold`.
    lang : str or None
        Language of the text.

    Returns
    -------
    tuple of str
        Forms to look up, most likely first; empty when no rule applies.
    """
    head, _, last = folded.rpartition(" ")
    prefix = f"{head} " if head else ""
    lasts: list[str] = []
    whole: list[str] = []
    bare = _strip_possessive(last)
    if bare is not None:
        lasts.append(bare)
        last = bare
    if lang == "ru":
        # the last part of a hyphenated name is short: "Алма-Ате", "Алма-Аты"
        # a stem of two letters is enough: "Уфе", "Оше" (the recogniser
        # keeps such short names to big cities)
        lasts.extend(_apply(last, _RU_RULES, 2))
        lasts.extend(_fleeting_vowel(last))
        if head:  # an adjective before the noun is inflected too: "Южной Корее"
            first, _, rest = folded.partition(" ")
            rests = (rest, *_apply(rest, _RU_RULES, 3))
            for base_first in ru_adjective_bases(first):
                whole.extend(f"{base_first} {v}" for v in rests)
            if rest.startswith("на "):  # only the first part of "Ростове-на-Дону" is
                whole.extend(f"{v} {rest}" for v in _apply(first, _RU_RULES, 3))
            elif " " not in rest:  # a noun and its adjective: "Петропавловске-Камчатском"
                bases = ru_adjective_bases(rest)
                whole.extend(f"{v} {b}" for v in _apply(first, _RU_RULES, 3) for b in bases)
            whole.extend(_ru_noun_phrases(folded.split(" ")))
    elif lang == "de":
        lasts.extend(_apply(last, _DE_RULES, 3))
        if head and head.count(" ") < 2:  # adjectives: "den Vereinigten Arabischen Emiraten"
            nouns = (last, *_apply(last, _DE_DATIVE, 3))
            for adjectives in itertools.product(*(de_adjective_bases(w) for w in head.split())):
                whole.extend(f"{' '.join(adjectives)} {v}" for v in nouns)
    seen: dict[str, None] = {}
    for full in [prefix + form for form in lasts] + whole:
        if full != folded:
            seen.setdefault(full, None)
    return tuple(seen)


def adjective_stems(word: str, endings: tuple[str, ...]) -> tuple[str, ...]:
    """Forms of an adjective with one inflection ending removed (longest first)."""
    return tuple(word[: -len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= 3)


@functools.lru_cache(maxsize=100_000)
def lemma(word: str, lang: str | None) -> str | None:
    """The lemma simplemma gives *word*, or None when it is the word itself.

    Examples
    --------
    >>> lemma("Almaty", None) is None  # no language, no lemma
    True
    """
    if not lang:
        return None
    try:
        import simplemma

        found = simplemma.lemmatize(word, lang=lang)
    except (ValueError, KeyError, TypeError):  # unsupported language
        return None
    return None if found == word else str(found)


@functools.lru_cache(maxsize=20_000)
def known_word(word: str, lang: str | None) -> bool:
    """Whether simplemma's dictionary of *lang* holds lower-case *word*.

    The dictionary holds some names too ("toledo"), so callers pair it
    with the word's frequency.

    Examples
    --------
    >>> known_word("independencia", "es"), known_word("bastia", "fr")
    (True, False)
    """
    if not lang:
        return False
    try:
        import simplemma

        return bool(simplemma.is_known(word, lang=lang))
    except (ValueError, KeyError, TypeError):  # unsupported language
        return False


@functools.lru_cache(maxsize=20_000)
def declinable_german_noun(word: str) -> bool:
    """Whether simplemma knows a declined form of capitalised *word* ("Hallen", "Kiele").

    A German common noun has plural or case forms the lemmatiser leads back
    to it, and a noun made of a verb has the verb's participle ("Essen",
    "essend"); a city's name has neither, though wordfreq finds "Leipzig"
    as German-only and frequent as "Halle".

    Examples
    --------
    >>> [declinable_german_noun(w) for w in ("Halle", "Essen", "Leipzig", "Bremen")]
    [True, True, False, False]
    """
    if any(lemma(word + ending, "de") == word for ending in ("e", "en", "n", "es", "er")):
        return True
    lower = word.lower()
    return lower.endswith("en") and lemma(lower + "d", "de") == lower
