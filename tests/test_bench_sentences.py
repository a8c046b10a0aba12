"""The sentence benchmark (benchmarks/bench_sentences.py): its data and its scoring."""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import pytest

from geo.types import Kind, Mention, Place, Precision

ROOT = Path(__file__).resolve().parents[1]
KINDS = {"point", "region", "country", "demonym", "area", "any"}


@pytest.fixture(scope="module")
def bench() -> types.ModuleType:
    name = "_bench_sentences_script"
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "bench_sentences.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["de", "en", "ru", "fr", "es"])
def test_every_sentence_names_its_expected_places(bench: types.ModuleType, lang: str) -> None:
    cases = bench.load_cases(lang)
    assert {case.set for case in cases} == set(bench.SETS)
    for case in cases:
        taken: list[tuple[int, int]] = []
        for exp in case.expected:
            assert set(bench._as_list(exp["kind"])) <= KINDS, (case.sentence, exp)
            start, end = bench.locate(case.sentence, exp["surface"], taken)
            assert case.sentence[start:end].lower() == exp["surface"].lower()
            taken.append((start, end))


ALMATY = Place("geonames:1526384", "Almaty", Kind.CITY, 43.25, 76.91, "KZ")
ASTANA = Place("geonames:1526273", "Astana", Kind.CITY, 51.17, 71.43, "KZ")
KAZAKHSTAN = Place("geonames:1522867", "Kazakhstan", Kind.COUNTRY, 48.0, 68.0, "KZ")


def _mention(sentence: str, surface: str, kind: Kind, place: Place | None) -> Mention:
    start = sentence.index(surface)
    return Mention(surface, start, start + len(surface), kind, place, 0.9, Precision.CITY)


def _score(bench: types.ModuleType, sentence: str, mentions: list[Mention]) -> object:
    expected = [
        {"surface": "Almaty", "kind": "point", "country_code": "KZ", "lat": 43.25, "lon": 76.92},
        {"surface": "kasachischen", "kind": "demonym", "country_code": "KZ", "optional": True},
    ]
    case = bench.Case("de", "heldout", sentence, expected)
    score = bench.Score()
    bench.score_case(case, mentions, score)
    return score


def test_a_right_point_makes_the_sentence_fully_right(bench: types.ModuleType) -> None:
    sentence = "In Almaty griffen die kasachischen Truppen ein."
    score = _score(bench, sentence, [_mention(sentence, "Almaty", Kind.CITY, ALMATY)])
    assert (score.fully_right, score.found, score.right, score.spurious) == (1, 1, 1, 0)


def test_a_far_point_and_a_spurious_place_are_counted(bench: types.ModuleType) -> None:
    sentence = "In Almaty griffen die kasachischen Truppen ein, sagte Kasachstan."
    mentions = [
        _mention(sentence, "Almaty", Kind.CITY, ASTANA),  # 973 km off
        _mention(sentence, "Kasachstan", Kind.COUNTRY, KAZAKHSTAN),  # not expected
    ]
    score = _score(bench, sentence, mentions)
    assert (score.fully_right, score.found, score.right, score.spurious) == (0, 1, 0, 1)
    assert [p[4] for p in score.problems] == ["wrong place (973 km off)", "spurious"]


def test_an_any_surface_may_be_left_unfound(bench: types.ModuleType) -> None:
    # "any": anything may be found there and nothing is required (an outlet's place word)
    sentence = "Die Washington Post berichtete aus Almaty."
    expected = [
        {"surface": "Washington", "kind": "any", "country_code": "US", "lat": None, "lon": None},
        {"surface": "Almaty", "kind": "point", "country_code": "KZ", "lat": 43.25, "lon": 76.92},
    ]
    score = bench.Score()
    mention = _mention(sentence, "Almaty", Kind.CITY, ALMATY)
    bench.score_case(bench.Case("de", "heldout", sentence, expected), [mention], score)
    assert (score.fully_right, score.expected, score.right, score.problems) == (1, 1, 1, [])


def test_an_area_across_borders_needs_no_country(bench: types.ModuleType) -> None:
    # the gold lists the countries a lake lies in; the area itself has none
    sentence = "Boote kenterten auf dem Titicacasee."
    lake = Place("area:lake-titicaca", "Lake Titicaca", Kind.AREA, -15.8, -69.4, None)
    expected = [
        {
            "surface": "Titicacasee",
            "kind": "area",
            "country_code": ["PE", "BO"],
            "lat": -15.9,
            "lon": -69.3,
        },
    ]
    score = bench.Score()
    mention = _mention(sentence, "Titicacasee", Kind.AREA, lake)
    bench.score_case(bench.Case("de", "heldout", sentence, expected), [mention], score)
    assert (score.fully_right, score.right) == (1, 1)
    # a city of another country is still wrong, and so is a far area
    far = Place("area:lake-chad", "Lake Chad", Kind.AREA, 13.0, 14.5, None)
    score = bench.Score()
    mention = _mention(sentence, "Titicacasee", Kind.AREA, far)
    bench.score_case(bench.Case("de", "heldout", sentence, expected), [mention], score)
    assert score.problems[0][4].startswith("wrong area")


def test_a_citys_adjective_is_that_city(bench: types.ModuleType) -> None:
    # "Almatyer" resolved to Almaty as a demonym passes a point; a country's does not
    sentence = "Die Almatyer Polizei griff ein."
    expected = [
        {"surface": "Almatyer", "kind": "point", "country_code": "KZ", "lat": 43.25, "lon": 76.92},
    ]
    for place, right in ((ALMATY, 1), (KAZAKHSTAN, 0)):
        score = bench.Score()
        mention = _mention(sentence, "Almatyer", Kind.DEMONYM, place)
        bench.score_case(bench.Case("de", "heldout", sentence, expected), [mention], score)
        assert score.right == right
