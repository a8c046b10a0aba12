"""German (Duden), French and Spanish spellings of post-Soviet place names, and the names made of them."""

from __future__ import annotations

from typing import Any

import pytest

from geo._build import _a_word, _german_spellings, _romance_spellings
from geo._translit import german_from_cyrillic, german_from_russian, romance_from_russian
from geo.geoparsing import Geoparser
from geo.types import Kind


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


@pytest.mark.parametrize(
    ("ukrainian", "german"),
    [
        ("Київ", "Kyjiw"),  # и is y, ї is ji
        ("Харків", "Charkiw"),  # і
        ("Запоріжжя", "Saporischschja"),
        ("Миколаїв", "Mykolajiw"),
        ("Вугледар", "Wuhledar"),  # г is h
        ("Енергодар", "Enerhodar"),  # е first in a word stays e
        ("Сєвєродонецьк", "Sjewjerodonezk"),  # є is je
        ("Лисичанськ", "Lyssytschansk"),  # с between vowels
        ("Хмельницький", "Chmelnyzkyj"),  # й is j, also at the end
        ("Слов'янськ", "Slowjansk"),  # the apostrophe goes
        ("Часів Яр", "Tschassiw Jar"),
        ("Кривий Ріг", "Krywyj Rih"),
    ],
)
def test_ukrainian_duden_spelling(ukrainian: str, german: str) -> None:
    assert german_from_cyrillic(ukrainian, "uk") == german


@pytest.mark.parametrize(
    ("kazakh", "german"),
    [
        ("Сәтбаев", "Sätbajew"),  # ә
        ("Үштөбе", "Üschtöbe"),  # ү, ө
        ("Қонаев", "Konajew"),  # қ
        ("Жетісай", "Schetissai"),  # і is a vowel for the ss rule
        ("Жаңаөзен", "Schangaösen"),  # ң
        ("Шымкент", "Schymkent"),  # Russian letters as in Russian
    ],
)
def test_kazakh_duden_spelling(kazakh: str, german: str) -> None:
    assert german_from_cyrillic(kazakh, "kk") == german


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("Қонаев", "ru"),  # Kazakh letters are not Russian
        ("Київ", "ru"),  # nor are Ukrainian ones
        ("Шымкент", "uk"),  # nor is ы Ukrainian
        ("Київ", "kk"),  # nor is ї Kazakh
        ("Almaty", "ru"),  # Latin is not Cyrillic
        ("", "ru"),
    ],
)
def test_other_scripts_and_alphabets_have_no_german_spelling(name: str, lang: str) -> None:
    assert german_from_cyrillic(name, lang) is None


def test_russian_is_the_default_alphabet() -> None:
    assert german_from_russian("Николаев") == german_from_cyrillic("Николаев") == "Nikolajew"


@pytest.mark.parametrize(
    ("name", "country", "spellings"),
    [
        ("Вугледар", "UA", {"Wugledar", "Wuhledar"}),  # Russian and Ukrainian tables
        ("Сәтбаев", "KZ", {"Sätbajew"}),  # only Kazakh reads it
        ("Вугледар", "RU", {"Wugledar"}),  # a Russian town: Russian only
        ("Глаз", "RU", set()),  # "Glas" is a German word
    ],
)
def test_a_towns_german_spellings_follow_its_country(
    name: str, country: str, spellings: set[str]
) -> None:
    assert _german_spellings(name, country) == spellings


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
        # Kazakh towns spelt after their Kazakh names
        (
            "Auch in Sätbajew und Schetissai wurde gestreikt.",
            [("Sätbajew", "KZ"), ("Schetissai", "KZ")],
        ),
        # a German word is not a town made of a transliteration (Glazov)
        ("Er trank ein Glas Wasser.", []),
    ],
)
def test_german_reports_name_central_asian_towns(
    gazetteer: Any, text: str, places: list[tuple[str, str]]
) -> None:
    found = Geoparser(gazetteer=gazetteer, lang="de").parse(text)
    assert [(m.text, m.place.country_code if m.place else None) for m in found] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # Ukrainian towns in today's German spelling; Mykolajiw is the city of
        # 470,000 its oblast is named after, not Mykolaivka in the oblast of
        # Wuhledar, though Миколаїв names both
        (
            "Angriffe auf Mykolajiw, Wuhledar und Lyssytschansk.",
            [("Mykolajiw", "UA.16"), ("Wuhledar", "UA.05"), ("Lyssytschansk", "UA.14")],
        ),
        # a German spelling of a town of 14,000 without a cue: no old village name
        ("Angriffe auf Wuhledar.", [("Wuhledar", "UA.05")]),
        # the town, though the oblast answers to the same German name
        ("Die Armee beschoss Cherson am Morgen.", [("Cherson", "UA.08")]),
    ],
)
def test_german_reports_name_ukrainian_towns(
    gazetteer: Any, text: str, places: list[tuple[str, str]]
) -> None:
    found = Geoparser(gazetteer=gazetteer, lang="de").parse(text)
    assert [(m.text, m.place.admin1_code if m.place else None) for m in found] == places
    assert all(m.place and m.place.kind is Kind.CITY for m in found)


def test_german_transliteration_rules_do_not_respell_english_words(gazetteer: Any) -> None:
    # in English, "Diwnoje" (a Polish spelling, here of a hamlet we lack) is no
    # respelling of Divnoye, Stavropol: "w" is "v" only in German
    found = Geoparser(gazetteer=gazetteer, lang="en").parse(
        "Nearby Diwnoje Nowoje is a railway station in Kaliningrad Oblast, Russia."
    )
    assert [m.text for m in found] == ["Kaliningrad Oblast", "Russia"]


@pytest.mark.parametrize(
    ("russian", "french", "spanish"),
    [
        ("Нижний Тагил", "Nijni Taguil", "Nizhni Taguil"),  # ий at the end, г before и
        ("Хорог", "Khorog", "Jorog"),  # х
        ("Сухуми", "Soukhoumi", "Sujumi"),  # у
        ("Чита", "Tchita", "Chita"),  # ч
        ("Екатеринбург", "Iekaterinbourg", "Yekaterinburg"),  # е first in a word
        ("Якутск", "Iakoutsk", "Yakutsk"),  # я first in a word
        ("Оймякон", "Oïmiakon", "Oimiakon"),  # й, я after a consonant
        ("Восточный", "Vostotchny", "Vostochni"),  # ый at the end
        ("Южно-Сахалинск", "Ioujno-Sakhalinsk", "Yuzhno-Sajalinsk"),  # ж, ю, capitals kept
        ("Геленджик", "Guelendjik", "Guelendzhik"),  # г before е
        ("Пугачёв", "Pougatchov", "Pugachov"),  # ё after a hushing letter
    ],
)
def test_french_and_spanish_spelling(russian: str, french: str, spanish: str) -> None:
    assert romance_from_russian(russian, "fr") == french
    assert romance_from_russian(russian, "es") == spanish


def test_no_romance_spelling_of_other_alphabets_or_of_words() -> None:
    assert romance_from_russian("Миколаїв", "fr") is None  # Ukrainian ї
    assert romance_from_russian("Paris", "es") is None
    assert _romance_spellings(["Мода"]) == set()  # "moda" is a Spanish word


@pytest.mark.parametrize(
    ("lang", "text", "surface", "country"),
    [
        ("fr", "Un immeuble s'est effondré à Nijni Taguil, dans l'Oural.", "Nijni Taguil", "RU"),
        ("es", "Un alud sepultó viviendas cerca de Jorog.", "Jorog", "TJ"),
        ("es", "Hubo un apagón en Sujumi, la capital de Abjasia.", "Sujumi", "GE"),
    ],
)
def test_french_and_spanish_spellings_are_names_of_their_towns(
    gazetteer: Any, lang: str, text: str, surface: str, country: str
) -> None:
    found = {m.text: m for m in Geoparser(gazetteer=gazetteer, lang=lang).parse(text)}
    assert found[surface].place is not None
    assert found[surface].place.country_code == country
    assert found[surface].place.kind == Kind.CITY
