"""Recognition and resolution rules on a tiny in-memory gazetteer (fast, no index)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo._inflect import name_variants
from geo._memgaz import MemoryGazetteer
from geo._recognize import Recognizer
from geo._tokens import is_sentence_start, previous_words
from geo._words import common_word
from geo.errors import ConfigError
from geo.geoparsing import Geoparser, geoparse, guess_language, resolve_spans
from geo.types import Kind, Precision

GAZ = MemoryGazetteer.sample()


def texts(text: str, lang: str) -> list[str]:
    return [m.text for m in Geoparser(gazetteer=GAZ, lang=lang).parse(text)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Auch die Polizei kam. Das Land ist groß.", "de", []),
        ("Er wohnt in Auch und arbeitet in Essen.", "de", ["Auch", "Essen"]),
        ("Essen gab es nicht.", "de", []),
        ("Kasachstans Regierung trat zurück.", "de", ["Kasachstans"]),
        ("Wladimir Putin und Präsident Tokajew.", "de", []),
        ("Der Bankier Muchtar Abliasow floh nach Paris.", "de", ["Paris"]),
        ("В Москве и Нур-Султане, в Казахстане.", "ru", ["Москве", "Нур-Султане", "Казахстане"]),
        ("Jackson Smith met Almaty officials.", "en", ["Almaty"]),
        ("Mr Paris said so.", "en", []),
        ("Russia's army moved in.", "en", ["Russia"]),
    ],
)
def test_recognition_rules(text: str, lang: str, expected: list[str]) -> None:
    assert texts(text, lang) == expected


def test_surname_is_remembered_as_a_person() -> None:
    # "Essen" is first a person's surname, then it must not become the city
    text = "Ruth Essen spoke. Later Essen left."
    assert texts(text, "en") == []


def test_demonyms_and_their_switch() -> None:
    text = "kasachischen Einsatzkräften und russische Soldaten"
    mentions = Geoparser(gazetteer=GAZ, lang="de").parse(text)
    assert [(m.text, m.kind, m.place.country_code if m.place else None) for m in mentions] == [
        ("kasachischen", Kind.DEMONYM, "KZ"),
        ("russische", Kind.DEMONYM, "RU"),
    ]
    assert all(m.precision == Precision.COUNTRY and m.confidence < 0.8 for m in mentions)
    off = Geoparser(gazetteer=GAZ, lang="de", include_demonyms=False).parse(text)
    assert off == []


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Demonstranten besetzten den Flughafen in Almaty.", "de", "Flughafen in Almaty"),
        ("Troops retook Almaty airport.", "en", "Almaty airport"),
        ("Troops retook the airport of Almaty.", "en", "airport of Almaty"),
        ("Аэропорт Алматы закрыт.", "ru", "Аэропорт Алматы"),
    ],
)
def test_airport_of_a_city(text: str, lang: str, surface: str) -> None:
    (mention,) = Geoparser(gazetteer=GAZ, lang=lang).parse(text)
    assert mention.text == surface
    assert mention.kind == Kind.AIRPORT
    assert mention.place is not None
    assert mention.place.id == "airport:ALA"
    assert mention.precision == Precision.EXACT


def test_airport_of_a_city_without_airport_data_is_within_city() -> None:
    (mention,) = Geoparser(gazetteer=GAZ, lang="en").parse("Flights left Aktobe airport.")
    assert mention.kind == Kind.AIRPORT
    assert mention.place is not None
    assert mention.place.name == "Aktobe"
    assert mention.precision == Precision.WITHIN_CITY
    assert mention.unresolved == "Aktobe airport"


@pytest.mark.parametrize(
    ("text", "lang", "landmark"),
    [
        ("Schüsse auf dem Platz der Republik in Almaty.", "de", "Platz der Republik"),
        ("Crowds filled Republic Square in Almaty.", "en", "Republic Square"),
        # the city's possessive is the city, not part of the landmark's name
        ("Crowds filled Almaty's Republic Square.", "en", "Republic Square"),
        ("В Алматы на площади Республики стреляли.", "ru", "площади Республики"),
        (
            "Almaty war ruhig. Später kam es zu Schüssen am Platz der Republik.",
            "de",
            "Platz der Republik",
        ),
    ],
)
def test_landmark_resolves_to_the_containing_city(text: str, lang: str, landmark: str) -> None:
    mentions = Geoparser(gazetteer=GAZ, lang=lang).parse(text)
    found = [m for m in mentions if m.kind == Kind.LANDMARK]
    assert [m.text for m in found] == [landmark]
    assert found[0].place is not None
    assert found[0].place.name == "Almaty"
    assert found[0].precision == Precision.WITHIN_CITY
    assert found[0].unresolved == landmark


def test_landmark_without_any_city_stays_unresolved() -> None:
    (mention,) = Geoparser(gazetteer=GAZ, lang="en").parse("Crowds filled Republic Square.")
    assert mention.kind == Kind.LANDMARK
    assert mention.place is None
    assert mention.precision is None


def test_context_and_population() -> None:
    parser = Geoparser(gazetteer=GAZ, lang="en")
    kz = parser.parse("Ablyazov left Almaty in Kazakhstan for Paris.")
    assert [m.place.country_code for m in kz if m.place] == ["KZ", "KZ", "FR"]
    texas = parser.parse("Storms in Texas. Paris was flooded.")
    assert texas[-1].place is not None
    assert texas[-1].place.country_code == "US"
    qualifier = parser.parse("Paris, Texas")
    assert qualifier[0].place is not None
    assert qualifier[0].place.admin1_code == "US.TX"
    assert qualifier[0].confidence > 0.5
    biased = Geoparser(gazetteer=GAZ, lang="en", country_bias=["US"]).parse("Rain in Paris.")
    plain = parser.parse("Rain in Paris.")
    assert plain[0].place is not None
    assert plain[0].place.country_code == "FR"
    assert biased[0].place is not None
    assert biased[0].place.country_code == "FR"
    assert plain[0].alternatives
    assert plain[0].alternatives[0].country_code == "US"


def test_bare_country_name_is_the_country() -> None:
    (mention,) = Geoparser(gazetteer=GAZ, lang="en").parse("Floods in France.")
    assert mention.kind == Kind.COUNTRY
    assert mention.precision == Precision.COUNTRY


def test_resolve_gold_spans_keeps_order_and_reports_unknowns() -> None:
    text = "Zhanaozen, Nowhereville and Almaty"
    spans = [(28, 34), (0, 9), (11, 23)]
    mentions = resolve_spans(text, spans, lang="en", gazetteer=GAZ)
    assert [(m.start, m.end) for m in mentions] == spans
    assert [m.place.name if m.place else None for m in mentions] == ["Almaty", "Zhanaozen", None]
    with pytest.raises(ConfigError):
        resolve_spans(text, [(5, 100)], lang="en", gazetteer=GAZ)


def test_bad_options_raise_config_error() -> None:
    with pytest.raises(ConfigError):
        Geoparser(gazetteer=GAZ, min_confidence=2)
    with pytest.raises(ConfigError):
        Geoparser(gazetteer=GAZ, country_bias="KZ")


def test_min_confidence_drops_weak_mentions() -> None:
    text = "Kazakh police in Almaty."
    every = Geoparser(gazetteer=GAZ, lang="en").parse(text)
    strong = Geoparser(gazetteer=GAZ, lang="en", min_confidence=0.6).parse(text)
    assert len(strong) < len(every)
    assert all(m.confidence >= 0.6 for m in strong)


def test_geoparse_function_and_empty_text() -> None:
    assert geoparse("", gazetteer=GAZ, lang="en") == []
    assert [m.text for m in geoparse("Nach Moskau.", gazetteer=GAZ, lang="de")] == ["Moskau"]


def test_helpers() -> None:
    assert "москва" in name_variants("москве", "ru")
    assert "астана" in name_variants("астаны", "ru")
    assert name_variants("almaty", "en") == ()
    assert common_word("stadt", "de")
    assert not common_word("almaty", "de")
    assert previous_words("flog nach Paris", 10) == ["flog", "nach"]
    assert is_sentence_start("Gut. Auch", 5)
    assert not is_sentence_start("gut Auch", 4)
    assert guess_language("The police said that the protest in the city was over and done.") == "en"


def test_recognizer_caches_runs() -> None:
    rec = Recognizer(GAZ, "en")
    first = rec.candidates("Rally in Almaty.")
    assert rec.candidates("Rally in Almaty.") == first
    assert "Almaty" in rec._chunk_cache


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AaKkzZ éП-, .\n'Almaty")), max_size=60))
def test_offsets_always_slice_the_text(text: str) -> None:
    for m in Geoparser(gazetteer=GAZ, lang="en").parse(text):
        assert text[m.start : m.end] == m.text
        assert 0.0 <= m.confidence <= 1.0
