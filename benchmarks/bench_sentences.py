"""Geoparsing accuracy on hand-written news sentences in five languages.

The sentences are in ``benchmarks/sentences/<lang>.tsv`` (de, en, ru, fr, es),
one sentence a row under the header ``set<TAB>sentence<TAB>expected``:

``set``
    ``dev`` (sentences that were used to find bugs which were then fixed),
    ``heldout`` (written after those fixes; some of their failures were
    fixed afterwards, so they are held out only for what was not) or
    ``heldout2`` (80 a language, written a session later by writers who saw
    neither the geoparser's code nor its output, after every rule the first
    two sets prompted) or ``heldout3`` (80 a language again, written the same
    way late in that session, half of it regional news of the language's
    countries) or ``heldout4`` (80 a language, written the same way at the
    end of that session, after every rule; the next session fixed what it
    showed) or ``heldout5`` (80 a language, written the same way at the start
    of that next session, half humanitarian reports and local news, and
    scored once on the rules of b4cf7c4; the same session then fixed what it
    showed) or ``heldout6`` (80 a language, written the same way during that
    session, conflict and protest events, and scored once on 2661276; the
    session then fixed what it showed) or ``heldout7`` (80 a language,
    written the same way late in that session, mixed wire news, and scored
    once on e40f232; the session then fixed what it showed) or ``heldout8``
    (80 a language, written the same way late in that session, six news
    beats, regions with their towns, and scored once on f758e83; the session
    then fixed what it showed) or ``heldout9`` (80 a language, written the
    same way at that session's very end, short incident reports, and scored
    once on its final rules; the next session fixed what it showed) or
    ``heldout10`` (80 a language less four repeats, written the same way at
    the start of that next session, a wire agency's daily digest, and scored
    once on its final rules; the session then fixed what it showed) or
    ``heldout11`` (80 a language, written the same way late in that session,
    background sentences with several places each, and scored once on its
    final rules; the session then fixed what it showed) or ``heldout12`` (80
    a language less two repeats, written the same way at that session's end,
    regional and local news, and scored once on its final rules; the next
    session fixed what it showed) or ``heldout13`` (80 a language, written the
    same way at the start of that next session, humanitarian and
    conflict-monitoring reports with towns that share their names, and scored
    once on 2b5e24b; the session then fixed what it showed) or ``heldout14``
    (80 a language less one repeat, written the same way during that session,
    foreign and economic news, and scored once on 492df26; the session then
    fixed what it showed) or ``heldout15`` (80 a language less one repeat,
    written the same way late in that session, news from Eastern Europe, the
    Caucasus, Central Asia and Latin America, and scored once on its final
    rules; the next session fixed what it showed) or ``heldout16`` (80 a
    language, written the same way during that next session, weather,
    disasters, transport, sport, culture and tourism, and scored once on
    51195f4 and on that session's starting code 67d9b69; the session then
    fixed what it showed) or ``heldout17`` (80 a language, written the same
    way at that session's end, everyday wire news, and scored once on its
    final rules, 9e31282, and on its starting code; no rule has been fitted
    to it).
``sentence``
    The sentence exactly as written (no tabs).
``expected``
    A JSON list with one object per place name the sentence contains:

    ``surface`` (str)
        The text of the name in the sentence.
    ``kind`` (str or list of str)
        ``point`` (city, town, airport, landmark), ``region``, ``country``,
        ``demonym``, ``area`` (sea, river, mountains, a region across
        countries) or ``any`` (anything may be found here, nothing is
        required). A list gives readings that are all accepted.
    ``country_code`` (str, list of str or null)
        ISO code(s) of the right country; a list accepts any of them. An
        area across borders, which has no country, passes it when ``area``
        is among the kinds (a lake the gold places in Peru and Bolivia).
    ``lat``, ``lon`` (float or null)
        Reference point for ``point``, ``region`` and ``area``.
    ``optional`` (bool)
        Finding nothing here is fine, and so is finding something wrong.
    ``km`` (number, rare)
        A tighter tolerance for a ``point`` (airports and landmarks).
    ``admin1`` (str, rare)
        The region's ``<CC>.<admin1>`` code: it must be this region.
    ``name`` (str, rare)
        The resolved place's name must contain this (case-insensitive).

A sentence with no place has ``[]``. Names that must not be found (people,
organisations) are not listed: any prediction that matches no expected
surface counts as spurious.

Matching: each expected surface is looked up in the sentence
(case-insensitive, whole words preferred, repeated surfaces take successive
occurrences), and every prediction whose span overlaps it belongs to it, so
a prediction may contain the surface, equal it or lie inside it (a
prediction inside a surface nested in a longer one, "russe" in "région
russe de Koursk", belongs to the inner one only). The
expected place is right when each of its predictions (a name split in two
gives two) passes one of its kinds:

- ``point``: the place is a city, airport or landmark, within ``km`` (default
  50 km) of the reference point (a city's adjective, "Wiener", "Londoner",
  resolved to the city counts);
- ``region``: the place is a region in the right country, of the same admin1
  when ``admin1`` is given, else within 350 km of the reference point;
- ``country``: the mention and the place are a country, the right one;
- ``demonym``: the mention is a demonym of the right country;
- ``area``: the mention or the place is an area, within 350 km of the
  reference point when there is one;
- ``any``: always.

A prediction that overlaps no expected surface is spurious, except a part of
a city resolved to a city already matched (precision "within city", e.g.
"Marktplatz in Mannheim"). A sentence is fully right when no expected place
is missing or wrong and nothing is spurious.

Writes ``docs/benchmarks/sentences.md``; ``--errors`` also writes every problem
as a TSV row (lang, set, sentence, surface, problem, got, expected).

Usage::

    python benchmarks/bench_sentences.py [--out docs/benchmarks/sentences.md] [--errors FILE]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
from _machine import machine_markdown  # noqa: E402

DATA = HERE / "sentences"
LANGS = ("de", "en", "ru", "fr", "es")
SETS = (
    "dev",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
)
POINT_KM = 50.0
REGION_KM = 350.0
POINT_KINDS = {"city", "airport", "landmark"}


@dataclass
class Case:
    """One sentence and the places it names."""

    lang: str
    set: str
    sentence: str
    expected: list[dict[str, Any]]


@dataclass
class Score:
    """Counts for one language and set."""

    sentences: int = 0
    fully_right: int = 0
    expected: int = 0
    found: int = 0
    right: int = 0
    spurious: int = 0
    problems: list[tuple[str, ...]] = field(default_factory=list)


def load_cases(lang: str, data: Path = DATA) -> list[Case]:
    """Read ``<data>/<lang>.tsv``.

    Parameters
    ----------
    lang : str
        Language code, also the file name.
    data : Path
        Folder of the TSV files.

    Returns
    -------
    list of Case
    """
    lines = (data / f"{lang}.tsv").read_text("utf-8").splitlines()
    if lines[0].split("\t") != ["set", "sentence", "expected"]:
        raise ValueError(f"{lang}.tsv: unexpected header {lines[0]!r}")
    cases = []
    for line in lines[1:]:
        if line.strip():
            st, sentence, expected = line.split("\t")
            cases.append(Case(lang, st, sentence, json.loads(expected)))
    return cases


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    r = math.radians
    x = (
        math.sin(r(lat2 - lat1) / 2) ** 2
        + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(x))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _lower_in_place(text: str) -> str:
    """*text* in lower case, character for character ("İstanbul" keeps its length).

    Examples
    --------
    >>> len(_lower_in_place("İstanbul")) == len("İstanbul")
    True
    """
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def locate(sentence: str, surface: str, taken: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """Span of *surface* in *sentence*, skipping spans already taken.

    Parameters
    ----------
    sentence, surface : str
        Case is ignored; whole-word occurrences are preferred.
    taken : sequence of (int, int)
        Spans of the expected places located before this one.

    Returns
    -------
    tuple of int
        ``(start, end)``.
    """
    low, sub = _lower_in_place(sentence), _lower_in_place(surface)
    spans = [(m.start(), m.start() + len(sub)) for m in re.finditer(re.escape(sub), low)]
    if not spans:
        raise ValueError(f"{surface!r} is not in {sentence!r}")
    words = [
        (s, e)
        for s, e in spans
        if not (s > 0 and low[s - 1].isalnum()) and not (e < len(low) and low[e].isalnum())
    ]
    spans = words or spans
    for ok in (
        lambda s, e: all(e <= a or s >= b for a, b in taken),
        lambda s, e: (s, e) not in taken,
    ):
        free = [(s, e) for s, e in spans if ok(s, e)]
        if free:
            return free[0]
    return spans[0]


def judge(mention: Any, exp: dict[str, Any]) -> str | None:
    """Why *mention* is not the expected place, or None when it is.

    Parameters
    ----------
    mention : geo.types.Mention
        A prediction overlapping the expected surface.
    exp : dict
        One object of the ``expected`` column.

    Returns
    -------
    str or None
        The first reason found, over all accepted kinds.
    """
    kinds = _as_list(exp["kind"])
    if "any" in kinds:
        return None
    place = mention.place
    if place is None:
        return "unresolved"
    ccs = _as_list(exp.get("country_code"))
    # an area across borders has no country: the gold's list says where it lies,
    # and the kind and the distance judge it ("Lake Titicaca", PE/BO)
    borderless = place.country_code is None and str(place.kind) == "area" and "area" in kinds
    if ccs and place.country_code not in ccs and not borderless:
        return "wrong country"
    name = exp.get("name")
    if name and name.lower() not in place.name.lower():
        return "wrong place (name)"
    lat, lon = exp.get("lat"), exp.get("lon")
    dist = km(lat, lon, place.lat, place.lon) if lat is not None and lon is not None else None
    reasons = []
    for kind in kinds:
        reason = _judge_kind(kind, str(mention.kind), str(place.kind), place.admin1_code, exp, dist)
        if reason is None:
            return None
        reasons.append(reason)
    return reasons[0]


def _judge_kind(
    kind: str,
    mkind: str,
    pkind: str,
    admin1: str | None,
    exp: dict[str, Any],
    dist: float | None,
) -> str | None:
    if kind == "point":
        # a demonym only as a city's own adjective ("Wiener Polizei"), not a country's
        if pkind not in POINT_KINDS or (mkind == "demonym" and pkind != "city"):
            return f"wrong kind ({mkind}/{pkind})"
        limit = float(exp.get("km") or POINT_KM)
        return None if dist is None or dist <= limit else f"wrong place ({dist:.0f} km off)"
    if kind == "region":
        if pkind != "region":
            return f"wrong kind ({mkind}/{pkind})"
        if exp.get("admin1"):
            return None if admin1 == exp["admin1"] else f"wrong region ({admin1})"
        return None if dist is None or dist <= REGION_KM else f"wrong region ({dist:.0f} km off)"
    if kind == "country":
        return (
            None if mkind == "country" and pkind == "country" else f"wrong kind ({mkind}/{pkind})"
        )
    if kind == "demonym":
        return None if mkind == "demonym" else f"wrong kind ({mkind}/{pkind})"
    if kind == "area":
        if "area" not in (mkind, pkind):
            return f"wrong kind ({mkind}/{pkind})"
        return None if dist is None or dist <= REGION_KM else f"wrong area ({dist:.0f} km off)"
    raise ValueError(f"unknown kind {kind!r}")


def describe(mention: Any) -> str:
    """What a prediction resolved to, in one line."""
    p = mention.place
    if p is None:
        return f"{mention.text!r} {mention.kind} unresolved"
    return (
        f"{mention.text!r} -> {p.name} ({p.country_code}, {mention.kind}/{p.kind}, "
        f"{p.lat:.2f},{p.lon:.2f}, {mention.precision})"
    )


def _want(exp: dict[str, Any]) -> str:
    parts = ["|".join(_as_list(exp["kind"])), "/".join(_as_list(exp.get("country_code")))]
    if exp.get("lat") is not None:
        parts.append(f"{exp['lat']},{exp['lon']}")
    parts += [f"{k}={exp[k]}" for k in ("km", "admin1", "name") if exp.get(k)]
    return " ".join(p for p in parts if p) + (" (optional)" if exp.get("optional") else "")


def _owners(start: int, end: int, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indices of the expected spans a prediction belongs to.

    A prediction overlaps a span; when it lies inside a span nested in a
    longer one ("russe" in "région russe de Koursk"), only the inner one.
    """
    hit = {k for k, (a, b) in enumerate(spans) if start < b and end > a}
    inner = {
        k
        for k in hit
        for q in hit
        if q != k
        and spans[k][0] <= spans[q][0]
        and spans[q][1] <= spans[k][1]
        and spans[q] != spans[k]
        and spans[q][0] <= start
        and end <= spans[q][1]
    }
    return hit - inner


def score_case(case: Case, mentions: Sequence[Any], score: Score) -> None:
    """Judge one sentence's predictions and add them to *score*.

    Parameters
    ----------
    case : Case
    mentions : sequence of geo.types.Mention
        ``Geoparser().parse(case.sentence, lang=case.lang)``.
    score : Score
        Updated in place, problems included.
    """
    taken: list[tuple[int, int]] = []
    for exp in case.expected:
        taken.append(locate(case.sentence, exp["surface"], taken))
    owners = [_owners(m.start, m.end, taken) for m in mentions]
    used = {i for i, own in enumerate(owners) if own}
    problems: list[tuple[str, str, str, str]] = []
    counted = 0
    for k, exp in enumerate(case.expected):
        hits = [i for i, own in enumerate(owners) if k in own]
        # "any" requires nothing (see the module docstring): not finding it is fine
        optional = bool(exp.get("optional")) or "any" in _as_list(exp["kind"])
        if not optional:
            score.expected += 1
            score.found += bool(hits)
        if not hits:
            if not optional:
                problems.append((exp["surface"], "missing", "nothing", _want(exp)))
            continue
        bad = [(r, i) for i in hits if (r := judge(mentions[i], exp)) is not None]
        if not bad:
            counted += not optional
            continue
        label = "optional-wrong (not counted)" if optional else bad[0][0]
        problems.append((exp["surface"], label, describe(mentions[bad[0][1]]), _want(exp)))
    matched = {mentions[i].place.id for i in used if mentions[i].place is not None}
    for i, m in enumerate(mentions):
        if i in used:
            continue
        if str(m.precision) == "within city" and m.place is not None and m.place.id in matched:
            continue
        score.spurious += 1
        problems.append((m.text, "spurious", describe(m), "no place"))
    score.right += counted
    score.sentences += 1
    score.fully_right += not any(not p[1].startswith("optional") for p in problems)
    score.problems += [(case.lang, case.set, case.sentence, *p) for p in problems]


def run(langs: Sequence[str]) -> dict[tuple[str, str], Score]:
    """Parse every sentence and score it, per (set, language)."""
    from geo.geoparsing import Geoparser

    parser = Geoparser()
    scores: dict[tuple[str, str], Score] = {}
    for lang in langs:
        for case in load_cases(lang):
            score = scores.setdefault((case.set, lang), Score())
            score_case(case, parser.parse(case.sentence, lang=lang), score)
    return scores


def _pct(num: int, den: int) -> str:
    return f"{100 * num / den:.0f} %" if den else "-"


def table(scores: dict[tuple[str, str], Score], st: str, langs: Sequence[str]) -> list[str]:
    """Markdown table for one set: a row per language and a total."""
    lines = [
        "| language | sentences | fully right | % | expected places | found | right | % right | spurious |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    total = Score()
    for lang in langs:
        s = scores.get((st, lang))
        if s is None:
            continue
        for name in ("sentences", "fully_right", "expected", "found", "right", "spurious"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
        lines.append(_row(lang, s))
    lines.append(_row("**all**", total))
    return lines


def _row(label: str, s: Score) -> str:
    return (
        f"| {label} | {s.sentences} | {s.fully_right} | {_pct(s.fully_right, s.sentences)} | "
        f"{s.expected} | {s.found} | {s.right} | {_pct(s.right, s.expected)} | {s.spurious} |"
    )


def markdown(scores: dict[tuple[str, str], Score], langs: Sequence[str], command: str) -> str:
    """The whole report."""
    doc = (__doc__ or "").split("Matching:", 1)[1].split("Writes ``", 1)[0].strip()
    parts = [
        "## Geoparsing accuracy on news sentences",
        "",
        machine_markdown(),
        "",
        "Hand-written news sentences (`benchmarks/sentences/<lang>.tsv`), each parsed alone "
        "with `Geoparser().parse(sentence, lang=<lang>)` and no network. **dev**: sentences "
        "used to find bugs that were then fixed; **heldout**: written after those fixes and "
        "first scored before any change they prompted (German 124 of 158 fully right, English "
        "92 of 116, Russian 74 of 92, French 56 of 71, Spanish 66 of 70, judged by each "
        "sweep's own script); some of their failures were fixed since, so they are held out "
        "only for the rest. **heldout2**: 80 sentences a language written a session later "
        "by writers who saw neither the geoparser's code nor its output, scored first on the "
        "code of 8af3a20 (German 55 of 80 fully right, English 54, Russian 40, French 60, "
        "Spanish 48: 257 of 400, 64 %, by this script); changes they prompted are named in "
        "docs/geoparsing.md. **heldout3**: 80 more a language, written the same way later in "
        "that session (half regional news), scored first on the code of 53a7a11: 278 of 400 "
        "(70 %; German 51, English 58, Russian 56, French 54, Spanish 59), where the code of "
        "8af3a20 made 262 (66 %). **heldout4**: 80 more a language, written at that session's "
        "end, scored first on d6fcaa0: 276 of 400 (69 %; German 56, English 55, Russian 49, "
        "French 54, Spanish 62), where 8af3a20 made 251 (63 %); the next session fixed what "
        "it showed. **heldout5**: 80 more a language, written the same way at the start of "
        "that next session (humanitarian reports, local news, camps, crossings, districts, "
        "rivers), and scored once on b4cf7c4, before the changes it prompted: 242 of 400 (60 %; German 49, "
        "English 56, Russian 43, French 50, Spanish 44), where that session's starting code "
        "(f3ffb92) made 225 (56 %) and 8af3a20 made 202 (50 %); the session then fixed what "
        "it showed. **heldout6**: 80 more a language, written the same way during that "
        "session (conflict and protest events, places inside cities, demonyms), scored once "
        "on 2661276, before the changes it prompted: 323 of 400 (81 %; German 64, "
        "English 69, Russian 58, French 64, Spanish 68), where b4cf7c4 made 319 (80 %), "
        "f3ffb92 304 (76 %) and 8af3a20 271 (68 %). **heldout7**: 80 more a language, "
        "written the same way at that session's end (mixed wire news, routes and lists, "
        "names of persons, firms and ships that hold a place's name), scored once on "
        "e40f232, before the changes it prompted: 282 of 400 (70 %; German 56, English "
        "56, Russian 59, French 57, Spanish 54), where 2661276 made 274 (68 %), f3ffb92 256 "
        "(64 %) and 8af3a20 221 (55 %). **heldout8**: 80 more a language, written the same "
        "way late in that session (six news beats, regions with their towns), scored once "
        "on f758e83, before the changes it prompted: 311 of 400 (78 %; German 64, English "
        "59, Russian 57, French 67, Spanish 64), where e40f232 made 304 (76 %), f3ffb92 282 "
        "(70 %) and 8af3a20 245 (61 %). **heldout9**: 80 more a language, written the same "
        "way at that session's very end (short incident reports), scored once on its final "
        "rules (ed4bca9) and fitted to by none: 310 of 400 (78 %; German 59, English 64, "
        "Russian 56, French 65, Spanish 66), where f758e83 made 308 (77 %), f3ffb92 281 "
        "(70 %) and 8af3a20 254 (64 %). Since the same session a "
        "surface of kind `any` left unfound is no error, as its definition says (heldout4 "
        "then: 279 on d6fcaa0, 253 on 8af3a20). **heldout10**: 80 more a language (396 "
        "after four sentences that repeated earlier sets' word for word were left out), "
        "written the same way at the start of the next session (a wire agency's daily "
        "digest: a third regional news of the language's own countries, spellings usual in "
        "the language, routes and lists, places inside cities, traps), and scored once on "
        "that session's final rules (9c6d320; fitted to by none): 317 of 396 (80 "
        "%; German 62 of 78, English 58 of 79, Russian 59, French 73 of 79, Spanish 65), "
        "where that session's starting code (b0ffba9) made 304 (77 %), f3ffb92 275 (69 %) "
        "and 8af3a20 247 (62 %). Since that session an area across borders, which has no "
        "country, passes the gold's country list, and a city's adjective resolved to the "
        "city passes a point (heldout9 then: 312 on b0ffba9, where the old scorer gave "
        "310); the session then fixed what heldout10 showed. **heldout11**: 80 more a "
        "language, written the same way late in that session (background sentences of wire "
        "reports, 20-45 words, two to five places with directions, distances and routes: "
        "1,467 places), scored once on its final rules (fec9caa) and fitted to by none: 257 "
        "of 400 (64 %, 88 % of places; German 55, English 49, Russian 46, French 54, "
        "Spanish 53), where b0ffba9 made 237 (59 %, 86 %), f3ffb92 198 (50 %) and 8af3a20 "
        "172 (43 %); the session then fixed what it showed. **heldout12**: 80 more a "
        "language (398 after two repeats were left out), written the same way at that "
        "session's end (lead sentences of regional and local news, places inside cities, "
        "towns with their counties, traps: 716 places), scored once on its final rules "
        "(b069709) and fitted to by none: 313 of 398 (79 %, 90 % of places; German 64, "
        "English 60, Russian 64 of 78, French 62, Spanish 63), where b0ffba9 made 301 (76 %, "
        "87 %), f3ffb92 279 (70 %) and 8af3a20 259 (65 %); the next session fixed what it "
        "showed. **heldout13**: 80 more a language, written the same way at the start of "
        "that session (humanitarian situation reports and conflict monitoring: villages "
        "with their districts, border crossings and camps, towns that share their names "
        "with better-known places: 979 places), scored once on 2b5e24b: 301 of 400 (75 %, "
        "91 % of places), where that session's starting code (3cb15cc) made 300 (75 %), "
        "b0ffba9 286, f3ffb92 257 and 8af3a20 220; the session then fixed what it showed. "
        "**heldout14**: 80 more a language (399 after one repeat was left out), written the "
        "same way during that session (foreign and economic news: summits, trade, energy, "
        "shipping, ports and mines, regions of large countries, exonyms and city "
        "adjectives: 1,005 places), scored once on 492df26: 293 of 399 (73 %, 91 % of "
        "places; German 65, English 58 of 79, Russian 53, French 56, Spanish 61), where "
        "3cb15cc made 287 (72 %, 90 %), b0ffba9 273 (68 %), f3ffb92 248 (62 %) and 8af3a20 "
        "216 (54 %); the session then fixed what it showed. **heldout15**: 80 more a "
        "language (399 after one repeat was left out), written the same way late in that "
        "session (wire news from Eastern Europe, the Caucasus, Central Asia, Siberia and "
        "Mongolia, and from Latin America and the Caribbean: exonyms, cases, city "
        "adjectives, stadiums, clubs: 831 places), scored once on that session's final "
        "rules (a7672ef) and fitted to by none: 300 of 399 (75 %, 89 % of places; German "
        "58 of 79, English 62, Russian 60, French 59, Spanish 61), where 3cb15cc made 297 "
        "(74 %, 89 %), b0ffba9 282 (71 %), f3ffb92 248 (62 %) and 8af3a20 229 (57 %); "
        "the next session fixed what it showed. **heldout16**: 80 more a language, "
        "written the same way during that next session, blind to its rules (weather and "
        "disasters, transport accidents, sport, culture and tourism: rivers, glaciers, "
        "islands, national parks, stadiums, stations and airports, clubs and firms named "
        "after places: 764 places), scored once on 51195f4: 232 of 400 (58 %, 78 % of "
        "places; German 53, English 38, Russian 48, French 41, Spanish 52), where that "
        "session's starting code (67d9b69) made 228 (57 %, 77 %); the session then fixed "
        "what it showed. **heldout17**: 80 more a language, written the same way at that "
        "session's end (everyday wire news: crime and courts, elections, health, business "
        "and labour, migration, protests, with places inside cities and people, firms, "
        "papers, parties and clubs named like places: 581 places), scored once on that "
        "session's final rules (9e31282) and fitted to by none: 332 of 400 (83 %, 93 % of "
        "places; German 68, English 64, Russian 69, French 66, Spanish 65), where its "
        "starting code (67d9b69) made 329 (82 %, 92 %). "
        "Expected places count optional spans out; *found* means a "
        "prediction overlaps the expected surface, *right* that it also passes the rules below.",
        "",
    ]
    for st in SETS:
        parts += [f"### {st}", "", *table(scores, st, langs), ""]
    parts += [
        "### Rules",
        "",
        "Matching: " + re.sub(r"``", "`", doc),
        "",
        "### Data format",
        "",
        "One row per sentence: `set<TAB>sentence<TAB>expected`, where `expected` is a JSON "
        "list of objects `{surface, kind, country_code, lat, lon, optional}` (plus, rarely, "
        "`km`, `admin1`, `name`). `kind` is `point`, `region`, `country`, `demonym`, `area` "
        "or `any`, or a list of accepted readings; see the docstring of "
        "`benchmarks/bench_sentences.py`.",
        "",
        f"Reproduce: `{command}`.",
        "",
    ]
    return "\n".join(parts)


def write_errors(path: Path, scores: dict[tuple[str, str], Score]) -> int:
    """Write every problem as a TSV row; return how many."""
    rows = [p for s in scores.values() for p in s.problems]
    head = ("lang", "set", "sentence", "surface", "problem", "got", "expected")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in (head, *rows):
            fh.write("\t".join(c.replace("\t", " ") for c in row) + "\n")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks" / "sentences.md")
    parser.add_argument("--errors", type=Path, help="also write every problem to this TSV")
    parser.add_argument("--lang", nargs="*", default=list(LANGS), help="languages to run")
    args = parser.parse_args(argv)
    scores = run(args.lang)
    command = "python benchmarks/bench_sentences.py" + (
        f" --lang {' '.join(args.lang)}" if list(args.lang) != list(LANGS) else ""
    )
    text = markdown(scores, args.lang, command)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    print(f"wrote {args.out}")
    if args.errors:
        n = write_errors(args.errors, scores)
        print(f"wrote {n} problems to {args.errors}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
