"""Counts in sentences: language-aware figures, vague words, categories and groups."""

from __future__ import annotations

import pytest

from incidents._numbers import find_counts, parse_number


@pytest.mark.parametrize(
    ("raw", "lang", "value"),
    [
        ("3.000", "de", 3000),
        ("2,500", "en", 2500),
        ("3 000", "ru", 3000),
        ("3\u00a0000", "ru", 3000),
        ("2,5", "de", 2),
        ("1.5", "en", 1),
        ("12.345.678", "de", 12345678),
        ("3.000", None, 3000),
        ("2,5", None, 2),
        ("100", "en", 100),
    ],
)
def test_parse_number(raw: str, lang: str | None, value: int) -> None:
    assert parse_number(raw, lang) == value


def test_separators_follow_the_language() -> None:
    # German writes a decimal comma: "3,000" is three; English groups thousands with it
    assert (parse_number("3,000", "de"), parse_number("3,000", "en")) == (3, 3000)
    assert parse_number("3.000,5", "en") is None  # not an English number


def counts(text: str, lang: str) -> list[tuple[str, int]]:
    return [(c.category, c.value) for c in find_counts(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Über 3.000 Menschen wurden festgenommen.", "de", [("arrests", 3000)]),
        ("Festgenommen wurden 100 Personen.", "de", [("arrests", 100)]),
        ("Die Polizei nahm 40 Menschen fest.", "de", [("arrests", 40)]),
        ("Die Zahl der Toten stieg auf 164.", "de", [("fatalities", 164)]),
        ("Russland schickte 2.500 Soldaten.", "de", [("troops", 2500)]),
        ("18 Soldaten wurden getötet.", "de", [("fatalities", 18)]),
        ("Tausende Demonstranten zogen durch die Stadt.", "de", [("participants", 1000)]),
        ("Zehntausende Menschen protestierten.", "de", [("participants", 10000)]),
        ("Dutzende wurden verletzt.", "de", [("injured", 12)]),
        ("More than 3,000 people were detained.", "en", [("arrests", 3000)]),
        ("Dozens of protesters were detained.", "en", [("arrests", 12)]),
        ("Hundreds of people were injured.", "en", [("injured", 100)]),
        ("Several people were killed.", "en", [("fatalities", 3)]),
        ("A policeman was killed.", "en", [("fatalities", 1)]),
        ("Tens of thousands of people marched.", "en", [("participants", 10000)]),
        ("Более 3 тыс. человек задержаны.", "ru", [("arrests", 3000)]),
        ("Около 2,5 тысячи миротворцев прибыли.", "ru", [("troops", 2500)]),
        ("Погибли 18 силовиков.", "ru", [("fatalities", 18)]),
        ("Десятки человек ранены.", "ru", [("injured", 12)]),
    ],
)
def test_counts(text: str, lang: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Am 5. Januar 2022 um 14 Uhr kamen die Demonstranten.", "de"),
        ("Eine 45-jährige Frau sprach mit Demonstranten.", "de"),
        ("The price rose by 50 percent in 2022.", "en"),
        ("Police were killed in a raid.", "en"),
        ("Протесты начались 2 января.", "ru"),
    ],
)
def test_times_ages_shares_and_articles_are_not_counts(text: str, lang: str) -> None:
    assert counts(text, lang) == []


def test_range_records_the_lower_bound() -> None:
    assert counts("Between 10 and 15 people were killed, 20-30 injured.", "en") == [
        ("fatalities", 10),
        ("injured", 20),
    ]
    assert counts("10 bis 15 Menschen wurden verletzt.", "de") == [("injured", 10)]


def test_qualifiers() -> None:
    [over] = find_counts("Mehr als 3.000 Menschen wurden festgenommen.", "de")
    [about] = find_counts("Rund 100 Menschen wurden festgenommen.", "de")
    [up_to] = find_counts("Up to 50 people were arrested.", "en")
    [bare] = find_counts("50 people were arrested.", "en")
    assert (over.qualifier, about.qualifier, up_to.qualifier, bare.qualifier) == (
        "at_least",
        "about",
        "up_to",
        None,
    )


def test_who_the_counts_refer_to() -> None:
    text = "26 »Kriminelle« wurden getötet, unter den Einsatzkräften gab es 18 Tote."
    assert [(c.value, c.group, c.role) for c in find_counts(text, "de")] == [
        (26, "rioters", "rioters"),
        (18, "security forces", "state"),
    ]
    text = '26 "criminals" and 18 members of the security forces were killed.'
    assert [(c.value, c.group) for c in find_counts(text, "en")] == [
        (26, "rioters"),
        (18, "security forces"),
    ]
    [civilians] = find_counts("Drei Zivilisten wurden verletzt.", "de")
    assert (civilians.value, civilians.category, civilians.group) == (3, "injured", "civilians")


def test_offsets_point_at_the_figure() -> None:
    text = "Intro. Mehr als 3.000 Menschen wurden festgenommen."
    [count] = find_counts(text, "de", start=7)
    assert text[count.start : count.end] == "3.000"


def test_german_verb_at_the_end_of_the_clause_still_names_the_count() -> None:
    text = "Rund 100 Menschen wurden in der Stadt wegen Plünderungen festgenommen, teilte die Polizei mit."
    [count] = find_counts(text, "de")
    assert (count.category, count.value, count.qualifier) == ("arrests", 100, "about")
    assert count.group is None  # the police speak; they are not the people arrested
