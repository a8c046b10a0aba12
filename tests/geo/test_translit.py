"""German (Duden) spellings of Russian place names, and the gazetteer names made of them."""

from __future__ import annotations

from typing import Any

import pytest

from geo._build import _a_word
from geo._translit import german_from_russian
from geo.geoparsing import Geoparser


@pytest.mark.parametrize(
    ("russian", "german"),
    [
        ("Андижан", "Andischan"),  # ж
        ("Ургенч", "Urgentsch"),  # ч
        ("Хорог", "Chorog"),  # х
        ("Щучинск", "Schtschutschinsk"),  # щ
        ("Николаев", "Nikolajew"),  # е after a vowel, в
        ("Ейск", "Jeisk"),  # е first in a word
        ("Запорожье", "Saporoschje"),  # ь before a vowel
        ("Харьков", "Charkow"),  # ь elsewhere
        ("Лисаковск", "Lissakowsk"),  # с between vowels
        ("Одесса", "Odessa"),
        ("Аксай", "Axai"),  # кс
        ("Нижний Новгород", "Nischni Nowgorod"),  # ий at a word's end
        ("Пугачёв", "Pugatschow"),  # ё after a hushing letter
        ("Ростов-на-Дону", "Rostow-na-Donu"),  # capitals where the name has them
        ("Усть-Каменогорск", "Ust-Kamenogorsk"),
    ],
)
def test_duden_spelling(russian: str, german: str) -> None:
    assert german_from_russian(russian) == german


@pytest.mark.parametrize("name", ["Қонаев", "Київ", "Almaty", ""])
def test_other_scripts_and_alphabets_have_no_german_spelling(name: str) -> None:
    # Kazakh and Ukrainian letters are not Russian; Latin is not Cyrillic
    assert german_from_russian(name) is None


def test_spellings_that_are_words_are_not_added() -> None:
    assert _a_word("Glas")  # Glazov, Russia; German for glass
    assert _a_word("Now")  # Nov, Tajikistan
    assert not _a_word("Balchasch")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "In Andischan, Termes und Urgentsch blieb es ruhig.",
            [("Andischan", "UZ"), ("Termes", "UZ"), ("Urgentsch", "UZ")],
        ),
        (
            "In Balchasch und Schachtinsk streikten Arbeiter.",
            [("Balchasch", "KZ"), ("Schachtinsk", "KZ")],
        ),
        ("Unruhen gab es in Chorog.", [("Chorog", "TJ")]),
        # a German word is not a town made of a transliteration (Glazov)
        ("Er trank ein Glas Wasser.", []),
    ],
)
def test_german_reports_name_central_asian_towns(
    gazetteer: Any, text: str, places: list[tuple[str, str]]
) -> None:
    found = Geoparser(gazetteer=gazetteer, lang="de").parse(text)
    assert [(m.text, m.place.country_code if m.place else None) for m in found] == places
