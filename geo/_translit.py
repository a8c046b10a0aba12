"""Latin spellings of Cyrillic place names: German (Duden) and any a gazetteer knows.

German news writes the towns of Russia, Ukraine and Central Asia in its
own transliteration ("Andischan", "Balchasch", "Mykolajiw", "Wuhledar",
"Sätbajew"), which GeoNames often lacks while it has the Cyrillic forms
("Андижан", "Миколаїв", "Сәтбаев"). No maintained package transliterates
into German, so this is the Duden table of the German dictionaries:

* Russian: the table most German papers used for every post-Soviet town
  until 2022 ("Charkow", "Saporoschje");
* Ukrainian: the one they use for Ukrainian towns since ("Charkiw",
  "Saporischschja"): "г" is "h", "и" is "y", "і" is "i", "ї" is "ji";
* Kazakh: the Russian table with Kazakh letters as German writes them
  ("ө" "ö", "ү" "ü", "ә" "ä", "қ" "k", "ғ" "g", "ң" "ng").

Examples
--------
>>> german_from_cyrillic("Андижан")
'Andischan'
>>> german_from_cyrillic("Запорожье")
'Saporoschje'
>>> german_from_cyrillic("Запоріжжя", "uk")
'Saporischschja'
>>> german_from_cyrillic("Сәтбаев", "kk")
'Sätbajew'
>>> german_from_cyrillic("Ростов-на-Дону")
'Rostow-na-Donu'
>>> german_from_cyrillic("Қонаев") is None  # Kazakh letters: not Russian
True
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

__all__ = [
    "ALPHABETS",
    "german_from_cyrillic",
    "german_from_russian",
    "latin_spellings",
    "romance_from_russian",
]

_RUSSIAN = {
    "а": "a",
    "б": "b",
    "в": "w",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "jo",
    "ж": "sch",
    "з": "s",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "ch",
    "ц": "z",
    "ч": "tsch",
    "ш": "sch",
    "щ": "schtsch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "ju",
    "я": "ja",
}
_UKRAINIAN = {
    **{k: v for k, v in _RUSSIAN.items() if k not in "ёъыэ"},
    "г": "h",
    "ґ": "g",
    "е": "e",  # "є" is "je"; "е" is "e" even first in a word ("Енергодар")
    "є": "je",
    "и": "y",
    "і": "i",
    "ї": "ji",
    "й": "j",
}
#: the Ukrainian apostrophe before a soft vowel, dropped: "Слов'янськ" -> "Slowjansk"
_APOSTROPHES = str.maketrans("", "", "'’ʼ")
_KAZAKH = {
    **_RUSSIAN,
    "ә": "ä",
    "ғ": "g",
    "қ": "k",
    "ң": "ng",
    "ө": "ö",
    "ұ": "u",
    "ү": "ü",
    "һ": "h",
    "і": "i",
}
#: each alphabet's letters, by language code
ALPHABETS: Mapping[str, Mapping[str, str]] = {"ru": _RUSSIAN, "uk": _UKRAINIAN, "kk": _KAZAKH}
_VOWELS = frozenset("аеёиоуыэюяєіїәөұү")
_AFTER_HUSHING = frozenset("жчшщ")  # "ё" after them is "o": "Пугачёв" -> "Pugatschow"


def german_from_cyrillic(name: str, lang: str = "ru") -> str | None:
    """The German (Duden) spelling of *name* in the alphabet of *lang*, or None.

    None when *name* has a letter outside that alphabet (or no Cyrillic
    letter at all). Rules shared by the three: "с" between vowels is "ss"
    ("Лисаковск", "Черкаси"); "кс" is "x" ("Аксай"). Russian and Kazakh: "е"
    is "je" at the start of a word and after a vowel, "ъ" or "ь" ("Ейск" ->
    "Jeisk", "Николаев" -> "Nikolajew"); "ь" before a vowel is "j"
    ("Запорожье"); "ий" and "ый" at the end of a word are "i" and "y"
    ("Нижний" -> "Nischni"). Ukrainian: "й" is "j", and "ьо" is "jo".

    Parameters
    ----------
    name : str
        A place name in Cyrillic.
    lang : {"ru", "uk", "kk"}
        Whose alphabet and rules: Russian, Ukrainian or Kazakh.

    Examples
    --------
    >>> german_from_cyrillic("Миколаїв", "uk"), german_from_cyrillic("Николаев")
    ('Mykolajiw', 'Nikolajew')
    >>> german_from_cyrillic("Үштөбе", "kk")
    'Üschtöbe'
    """
    letters = ALPHABETS[lang]
    ukrainian = lang == "uk"
    if ukrainian:
        name = name.translate(_APOSTROPHES)
    lower = name.lower()
    if not lower or not any(ch in letters and ch.isalpha() for ch in lower):
        return None
    if any(ch.isalpha() and ch not in letters for ch in lower):
        return None
    out: list[str] = []
    n = len(lower)
    i = 0
    while i < n:
        ch = lower[i]
        prev = lower[i - 1] if i else ""
        nxt = lower[i + 1] if i + 1 < n else ""
        word_start = not prev.isalpha()
        if ch not in letters:
            out.append(ch)
        elif not ukrainian and ch == "е" and (word_start or prev in _VOWELS or prev in "ъь"):
            out.append("je")
        elif ch == "ё" and prev in _AFTER_HUSHING:
            out.append("o")
        elif ch == "ь" and nxt in _VOWELS:
            out.append("j" if nxt not in "еёюяєї" else "")
        elif ch == "с" and prev in _VOWELS and nxt in _VOWELS:
            out.append("ss")
        elif ch == "к" and nxt == "с":
            out.append("x")
            i += 1
        elif not ukrainian and ch in "иы" and nxt == "й" and not lower[i + 2 : i + 3].isalpha():
            out.append(letters[ch])
            i += 1
        else:
            out.append(letters[ch])
        i += 1
    text = "".join(out)
    # capitals where the name has them ("Ростов-на-Дону": Rostow-na-Donu)
    return "".join(
        part.capitalize() if src[:1].isupper() else part
        for part, src in zip(_split_words(text), _split_words(name), strict=True)
    )


def german_from_russian(name: str) -> str | None:
    """The German spelling of a Russian-alphabet *name* (``german_from_cyrillic(name, "ru")``).

    Examples
    --------
    >>> german_from_russian("Лисаковск")
    'Lissakowsk'
    """
    return german_from_cyrillic(name, "ru")


_RUSSIAN_LETTERS = frozenset(_RUSSIAN)
#: French news spellings of Russian letters (Le Monde, AFP): "Nijni Taguil", "Severo-Kourilsk"
_FRENCH = {
    **_RUSSIAN,
    "в": "v",
    "е": "e",
    "ё": "io",
    "ж": "j",
    "з": "z",
    "й": "ï",
    "у": "ou",
    "х": "kh",
    "ц": "ts",
    "ч": "tch",
    "ш": "ch",
    "щ": "chtch",
    "ю": "iou",
    "я": "ia",
}
#: Spanish news spellings of Russian letters (EFE): "Jorog", "Sujumi", "Oimiakon"
_SPANISH = {
    **_FRENCH,
    "ж": "zh",
    "й": "i",
    "у": "u",
    "х": "j",
    "ч": "ch",
    "ш": "sh",
    "щ": "sch",
    "ю": "iu",
}
#: Spanish "y" before a soft vowel at a word's start or after a vowel: "Yeisk", "Yakutsk"
_SPANISH_Y = {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya"}
_FRONT = frozenset("еиыэяё")  # "г" before them is "gu" in both: "Taguil", "Guelendjik"


def romance_from_russian(name: str, lang: str) -> str | None:
    """The French or Spanish news spelling of a Russian-alphabet *name*, or None.

    French: "ж" "j", "х" "kh", "ч" "tch", "ш" "ch", "у" "ou", "я" "ia", "е"
    "ie" at a word's start and after a vowel, "с" between vowels "ss".
    Spanish: "ж" "zh", "х" "j", "ч" "ch", "ш" "sh", "у" "u", "я" "ia" (and
    "ya", "ye", "yu" at a word's start and after a vowel). Both: "г" before
    a front vowel is "gu", "ий" and "ый" at a word's end "i" and "y" (French)
    or "i" (Spanish). None for a name with a letter Russian lacks.

    Parameters
    ----------
    name : str
        A place name in Cyrillic.
    lang : {"fr", "es"}

    Examples
    --------
    >>> romance_from_russian("Нижний Тагил", "fr"), romance_from_russian("Хорог", "es")
    ('Nijni Taguil', 'Jorog')
    >>> romance_from_russian("Оймякон", "es"), romance_from_russian("Восточный", "fr")
    ('Oimiakon', 'Vostotchny')
    """
    letters = _FRENCH if lang == "fr" else _SPANISH
    lower = name.lower()
    if not any(ch in _RUSSIAN_LETTERS for ch in lower):
        return None
    if any(ch.isalpha() and ch not in _RUSSIAN_LETTERS for ch in lower):
        return None
    out: list[str] = []
    n = len(lower)
    for i, ch in enumerate(lower):
        prev = lower[i - 1] if i else ""
        nxt = lower[i + 1] if i + 1 < n else ""
        soft_start = not prev.isalpha() or prev in _VOWELS or prev in "ъь"
        word_end = not lower[i + 2 : i + 3].isalpha()
        if ch not in letters:
            out.append(ch)
        elif ch in "иы" and nxt == "й" and word_end:
            out.append("y" if ch == "ы" and lang == "fr" else "i")
        elif ch == "й" and not nxt.isalpha() and prev in "иы":
            continue  # written with its vowel: "Nijni", "Vostotchny"
        elif ch == "ё" and prev in _AFTER_HUSHING:
            out.append("o")
        elif lang == "es" and ch in _SPANISH_Y and soft_start:
            out.append(_SPANISH_Y[ch])
        elif lang == "fr" and ch == "е" and soft_start:
            out.append("ie")
        elif ch == "с" and lang == "fr" and prev in _VOWELS and nxt in _VOWELS:
            out.append("ss")
        elif ch == "г" and nxt in _FRONT:
            out.append("gu")
        else:
            out.append(letters[ch])
    text = "".join(out)
    return "".join(
        part.capitalize() if src[:1].isupper() else part
        for part, src in zip(_split_words(text), _split_words(name), strict=True)
    )


def _split_words(text: str) -> list[str]:
    """*text* cut before and after every run of letters, keeping the separators."""
    parts: list[str] = []
    current = ""
    for ch in text:
        if current and ch.isalpha() != current[-1].isalpha():
            parts.append(current)
            current = ""
        current += ch
    if current:
        parts.append(current)
    return parts


#: how Russian writes the sounds of Latin names: each Cyrillic letter (folded,
#: "ё" as "е") with the Latin letters it may stand for, most usual first
_LATIN_OF_RUSSIAN: dict[str, tuple[str, ...]] = {
    "а": ("a",),
    "б": ("b",),
    "в": ("v", "w"),
    "г": ("g", "h"),
    "д": ("d", "dh"),
    "е": ("e", "ye", "ie"),
    "ж": ("zh", "j", "g"),
    "з": ("z", "s"),
    "и": ("i", "y", "ee"),
    "й": ("y", "i", ""),
    "к": ("k", "c", "q", "ck"),
    "л": ("l", "ll"),
    "м": ("m",),
    "н": ("n", "nn"),
    "о": ("o", "au", "ou"),
    "п": ("p",),
    "р": ("r", "rr"),
    "с": ("s", "ss", "c"),
    "т": ("t", "tt"),
    "у": ("u", "ou", "oo", "w"),
    "ф": ("f", "ph"),
    "х": ("kh", "h", "j", "x"),
    "ц": ("ts", "c", "z", "tz"),
    "ч": ("ch", "tch"),
    "ш": ("sh", "ch"),
    "щ": ("shch", "sch"),
    "ъ": ("",),
    "ы": ("y", "i"),
    "ь": ("", "i", "y"),
    "э": ("e", "a"),
    "ю": ("yu", "iu", "u"),
    "я": ("ya", "ia", "a"),
    " ": (" ",),
    "-": (" ",),
}
#: at most this many spellings are followed at once
_SPELLINGS_KEPT = 64


def latin_spellings(name: str, has_prefix: Callable[[str], bool]) -> list[str]:
    """The Latin spellings of folded Cyrillic *name* that a gazetteer may hold.

    Each letter may stand for several Latin ones ("Хулиака": "khuliaka",
    "juliaca"...); only spellings some name of the gazetteer starts with
    (*has_prefix*, on folded names) are followed, so the search stays small.

    Parameters
    ----------
    name : str
        A folded Russian name (lower case, "ё" as "е").
    has_prefix : callable
        Whether a folded name of the gazetteer starts with a string.

    Returns
    -------
    list of str
        Complete spellings, most usual letters first; empty for a letter
        outside the Russian alphabet.

    Examples
    --------
    >>> names = {"juliaca", "sinaloa", "culiacan"}
    >>> starts = lambda p: any(n.startswith(p) for n in names)
    >>> latin_spellings("хулиака", starts), latin_spellings("кульякан", starts)
    (['juliaca'], ['culiacan'])
    >>> latin_spellings("синалоа", starts), latin_spellings("москва", starts)
    (['sinaloa'], [])
    """
    spellings = [""]
    for letter in name:
        options = _LATIN_OF_RUSSIAN.get(letter)
        if options is None:
            return []
        grown = {
            spelt + latin: None
            for spelt in spellings
            for latin in options
            if has_prefix(spelt + latin)
        }
        spellings = list(grown)[:_SPELLINGS_KEPT]
        if not spellings:
            return []
    return spellings
