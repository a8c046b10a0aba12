"""Our own German, English and Russian reports against their gold places (real gazetteer)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from geo.distance import great_circle_km
from geo.geoparsing import Geoparser
from geo.types import Mention

DATA = Path(__file__).parent / "data"
GOLD: list[dict[str, Any]] = json.loads((DATA / "reports_gold.json").read_text("utf-8"))["reports"]


@pytest.fixture(scope="module")
def parsed(gazetteer: Any) -> dict[str, tuple[str, list[Mention]]]:
    parser = Geoparser(gazetteer=gazetteer)
    out = {}
    for report in GOLD:
        text = (DATA / "reports" / report["file"]).read_text("utf-8")
        out[report["file"]] = (text, parser.parse(text, lang=report["lang"]))
    return out


def _cases() -> list[Any]:
    return [
        pytest.param(r["file"], place, id=f"{r['file']}:{place['text']}")
        for r in GOLD
        for place in r["places"]
    ]


@pytest.mark.parametrize(("file", "gold"), _cases())
def test_gold_place_is_found_and_resolved(
    parsed: dict[str, tuple[str, list[Mention]]], file: str, gold: dict[str, Any]
) -> None:
    text, mentions = parsed[file]
    starts = [i for i in range(len(text)) if text.startswith(gold["text"], i)]
    assert starts, f"gold text {gold['text']!r} not in {file}"
    start = starts[gold.get("nth", 1) - 1]
    found = [m for m in mentions if m.start == start and m.end == start + len(gold["text"])]
    assert found, f"{gold['text']!r} not recognised; got {[m.text for m in mentions]}"
    mention = found[0]
    assert mention.kind.value == gold["kind"]
    assert mention.precision is not None
    assert mention.precision.value == gold["precision"]
    assert mention.place is not None
    assert 0.0 < mention.confidence <= 1.0
    if "country" in gold:
        assert mention.place.country_code == gold["country"]
    if "lat" in gold:
        km = great_circle_km(mention.place.lat, mention.place.lon, gold["lat"], gold["lon"])
        assert km <= gold.get("max_km", 50), f"{mention.place} is {km:.0f} km off"
    if gold["kind"] in ("landmark", "airport") and mention.precision.value == "within city":
        assert mention.unresolved == gold["text"]


@pytest.mark.parametrize(
    ("file", "word"),
    [pytest.param(r["file"], w, id=f"{r['file']}:{w}") for r in GOLD for w in r["not_places"]],
)
def test_not_a_place(parsed: dict[str, tuple[str, list[Mention]]], file: str, word: str) -> None:
    text, mentions = parsed[file]
    assert word in text
    assert not [m for m in mentions if word in m.text.split()], word


@pytest.mark.parametrize("report", GOLD, ids=lambda r: r["file"])
def test_offsets_and_order(
    parsed: dict[str, tuple[str, list[Mention]]], report: dict[str, Any]
) -> None:
    text, mentions = parsed[report["file"]]
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("report", GOLD, ids=lambda r: r["file"])
def test_gold_spans_resolve_like_end_to_end(gazetteer: Any, report: dict[str, Any]) -> None:
    text = (DATA / "reports" / report["file"]).read_text("utf-8")
    spans = []
    for place in report["places"]:
        start = text.index(place["text"])
        spans.append((start, start + len(place["text"])))
    mentions = Geoparser(gazetteer=gazetteer).resolve(text, spans, lang=report["lang"])
    assert [(m.start, m.end) for m in mentions] == spans
    for mention, place in zip(mentions, report["places"], strict=True):
        assert mention.place is not None, place["text"]
        if "country" in place:
            assert mention.place.country_code == place["country"]
        if "lat" in place:
            assert (
                great_circle_km(mention.place.lat, mention.place.lon, place["lat"], place["lon"])
                <= 60
            )


def test_language_is_detected_when_not_given(gazetteer: Any) -> None:
    text = (DATA / "reports" / "ru_protests.txt").read_text("utf-8")
    names = [m.place.name for m in Geoparser(gazetteer=gazetteer).parse(text) if m.place]
    assert "Moscow" in names
    assert "Astana" in names
