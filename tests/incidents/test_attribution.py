"""Who said it: agencies and officials quoted in a sentence, and the outlet."""

from __future__ import annotations

import pytest

from incidents._sentences import tokenize
from incidents.attribution import attributes, outlet_of, quoted_source
from incidents.types import Document


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("Schüsse fielen, wie ein Reporter der russischen Agentur TASS berichtete.", "de", "TASS"),
        ("Das sagte ein Sprecher gegenüber der Nachrichtenagentur Reuters.", "de", "Reuters"),
        ("Laut Polizei wurden 100 Menschen festgenommen.", "de", "police"),
        ("Nach Polizeiangaben wurden 100 Menschen festgenommen.", "de", "police"),
        (
            "Über 3.000 Menschen seien festgenommen worden, teilte das Innenministerium mit.",
            "de",
            "Interior Ministry",
        ),
        ("Protesters stormed the building, according to Interfax.", "en", "Interfax"),
        (
            "More than 3,000 people were detained, the interior ministry said.",
            "en",
            "Interior Ministry",
        ),
        ("The defence ministry said the airport was secured.", "en", "Defence Ministry"),
        ("Слышна стрельба, сообщает ТАСС.", "ru", "TASS"),
        ("По данным МВД, задержаны 7939 человек.", "ru", "Interior Ministry"),
        ("Как сообщает Интерфакс, аэропорт захвачен.", "ru", "Interfax"),
    ],
)
def test_quoted_source(text: str, lang: str, source: str) -> None:
    assert quoted_source(tokenize(text), lang) == source


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Polizei nahm 100 Menschen fest.", "de"),  # the police acts, nobody is quoted
        ("Police dispersed the crowd.", "en"),
        ("Полиция разогнала митинг.", "ru"),
        ("Demonstranten zogen durch die Stadt.", "de"),
    ],
)
def test_actors_are_not_sources(text: str, lang: str) -> None:
    assert quoted_source(tokenize(text), lang) is None


def test_a_named_office_wins_over_a_reporter() -> None:
    text = "Ein Reporter sah Schüsse, teilte das Innenministerium mit."
    assert quoted_source(tokenize(text), "de") == "Interior Ministry"


def test_attributes() -> None:
    assert attributes(tokenize("More than 3,000 were detained, it said."), "en")
    assert attributes(tokenize("Insgesamt seien 3.000 festgenommen worden, hieß es."), "de")
    assert not attributes(tokenize("Demonstranten zogen durch die Stadt."), "de")


def test_outlet_joins_publisher_and_photo_credits() -> None:
    doc = Document(id="a", text="", source="dpa", agencies=("TASS", "dpa"))
    assert outlet_of(doc) == "dpa; TASS"
    assert outlet_of(Document(id="b", text="", agencies=("AP",))) == "AP"
    assert outlet_of(Document(id="c", text="")) is None


def test_the_office_nearest_the_reporting_word_speaks() -> None:
    text = "Police arrested 40 people in the capital, the interior ministry said."
    assert quoted_source(tokenize(text), "en") == "Interior Ministry"
    text = "Laut Polizei nahmen Soldaten des Verteidigungsministeriums 40 Menschen fest."
    assert quoted_source(tokenize(text), "de") == "police"
