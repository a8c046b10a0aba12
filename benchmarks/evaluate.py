"""``make eval``: score incident-mapper's geoparser and the published peers on public corpora.

Reads the corpora and peer outputs in ``../shared/eval`` (never copied into
the project), runs our geoparser end to end and with the gold spans, scores
everything with :mod:`geo.evaluation`, and writes a Markdown report.

Usage::

    python benchmarks/evaluate.py --out docs/evaluation.md \\
        [--corpus lgl,geovirus,geowebnews,wiktor] [--limit N] [--errors errors.tsv] \\
        [--shared PATH] [--workers 2] [--no-ours]

Exits 0 with a message, leaving the report untouched, when the corpora are absent.
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import math
import multiprocessing
import os
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from _machine import machine_markdown  # noqa: E402

from geo.evaluation import (  # noqa: E402
    ACCURACY_KM,
    CORPORA,
    MAX_ERROR_KM,
    DocumentMatch,
    EvalDoc,
    GoldPlace,
    Prediction,
    RecognitionScore,
    ResolutionScore,
    compare,
    error_km,
    find_peers,
    gold_span_errors,
    great_circle_km,
    load_corpus,
    read_eupeg,
    resolution_errors,
    score_recognition,
    score_resolution,
)
from geo.normalize import fold  # noqa: E402

TITLES = {
    "lgl": "LGL (Lieberman et al. 2010, US local news)",
    "geovirus": "GeoVirus (Gritta et al. 2018, WikiNews disease outbreaks)",
    "geowebnews": "GeoWebNews (Gritta et al. 2019, global news)",
    "wiktor": "WikToR (Gritta et al. 2018, Wikipedia leads about ambiguous names)",
}
#: Gold-span Acc@161 targets (share) and end-to-end F1 targets, from issue 3.
GOLD_SPAN_TARGETS = {"lgl": 0.88, "geowebnews": 0.95, "geovirus": 0.88, "wiktor": 0.75}
F1_TARGETS = {"lgl": 0.75, "geovirus": 0.92, "geowebnews": 0.78}
#: Corpora annotating one place per document: precision (and F1) is meaningless there.
RECALL_ONLY = frozenset({"wiktor"})
#: Corpora whose gold includes adjectival demonyms ("Russian" in "Russian troops"):
#: elsewhere our DEMONYM-kind mentions are left out of the end-to-end predictions.
DEMONYMS_ANNOTATED = frozenset({"lgl", "geowebnews", "wiktor"})
#: Kinds of place whose point is a convention (centroid, capital, largest city).
AREAS = frozenset({"country", "region"})
#: Published gold-span Acc@161 (%, not rescored): Gritta et al. 2018 Table 1; Mordecai 3 README.
PUBLISHED = {
    "lgl": [("CamCoder", 76.0), ("Edinburgh Geoparser", 76.0), ("Mordecai 3", 82.7)],
    "geovirus": [("CamCoder", 82.0), ("Edinburgh Geoparser", 78.0)],
    "wiktor": [("CamCoder", 65.0), ("Edinburgh Geoparser", 42.0)],
    "geowebnews": [("Mordecai 3", 94.1)],
}


# ----------------------------------------------------------------- running our geoparser


@dataclass(frozen=True, slots=True)
class Job:
    """One document for a worker: its text and the gold spans and points."""

    corpus: str
    doc_id: str
    text: str
    spans: tuple[tuple[int, int], ...]
    points: tuple[tuple[float, float], ...]


@dataclass(slots=True)
class Outcome:
    """Our geoparser's answers for one document."""

    corpus: str
    doc_id: str
    parsed: list[tuple[Prediction, str]] = field(default_factory=list)  # (prediction, kind)
    resolved: list[Prediction | None] = field(default_factory=list)
    # Distance from the gold point to the nearest candidate we considered, per gold span.
    nearest_km: list[float | None] = field(default_factory=list)
    error: str = ""
    seconds: float = 0.0


_GEOPARSER: Any = None


def _init_worker() -> None:
    global _GEOPARSER
    from geo.geoparsing import Geoparser

    _GEOPARSER = Geoparser()
    getattr(_GEOPARSER, "gazetteer", None)  # load a lazily loaded gazetteer now, once


def _prediction(mention: Any) -> Prediction:
    place = mention.place
    if place is None:
        return Prediction(mention.start, mention.end, mention.text, None, None)
    return Prediction(
        mention.start,
        mention.end,
        mention.text,
        place.lat,
        place.lon,
        place.name,
        place.id,
        str(place.kind),
    )


def _run_job(job: Job) -> Outcome:
    out = Outcome(job.corpus, job.doc_id)
    started = time.perf_counter()
    try:
        mentions = _GEOPARSER.parse(job.text, lang="en")
        out.parsed = [(_prediction(m), str(m.kind)) for m in mentions]
        if job.spans:
            resolved = _GEOPARSER.resolve(job.text, list(job.spans), lang="en")
            if len(resolved) != len(job.spans):
                raise ValueError(f"resolve returned {len(resolved)} for {len(job.spans)} spans")
            lookup = getattr(getattr(_GEOPARSER, "gazetteer", None), "lookup", None)
            for m, (lat, lon), (start, end) in zip(resolved, job.points, job.spans, strict=True):
                out.resolved.append(None if m is None else _prediction(m))
                candidates = [] if m is None else [m.place, *m.alternatives]
                if lookup is not None:
                    candidates += [entry.place for entry in lookup(job.text[start:end])]
                dists = [great_circle_km(lat, lon, p.lat, p.lon) for p in candidates if p]
                out.nearest_km.append(min(dists) if dists else None)
    except Exception as exc:  # a failing document must not sink the whole run
        out.error = f"{type(exc).__name__}: {exc}"
        out.parsed, out.resolved, out.nearest_km = [], [], []
    out.seconds = time.perf_counter() - started
    return out


def run_ours(docs: Sequence[EvalDoc], workers: int) -> dict[tuple[str, str], Outcome]:
    """Run the geoparser on every document, *workers* processes each loading it once."""
    jobs = [
        Job(
            d.corpus,
            d.doc_id,
            d.text,
            tuple((g.start, g.end) for g in d.gold),
            tuple((g.lat, g.lon) for g in d.gold),
        )
        for d in docs
    ]
    results: dict[tuple[str, str], Outcome] = {}
    total = len(jobs)
    report_every = max(1, total // 20)
    if workers <= 1:
        _init_worker()
        iterator: Iterable[Outcome] = map(_run_job, jobs)
        _consume(iterator, results, total, report_every)
    else:
        fork = "fork" in multiprocessing.get_all_start_methods()
        if fork:
            # Load once here; the forked workers share the loaded gazetteer's pages.
            _init_worker()
        ctx = multiprocessing.get_context("fork" if fork else "spawn")
        with ctx.Pool(workers, initializer=None if fork else _init_worker) as pool:
            _consume(pool.imap_unordered(_run_job, jobs, chunksize=4), results, total, report_every)
    return results


def _consume(
    outcomes: Iterable[Outcome],
    results: dict[tuple[str, str], Outcome],
    total: int,
    report_every: int,
) -> None:
    for n, outcome in enumerate(outcomes, 1):
        results[(outcome.corpus, outcome.doc_id)] = outcome
        if n % report_every == 0 or n == total:
            print(f"  geoparsed {n}/{total} documents", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------ scoring


@dataclass(slots=True)
class Row:
    """One line of a corpus table."""

    system: str
    setting: str
    recognition: RecognitionScore | None
    resolution: ResolutionScore
    #: Acc@161 against the gold before the coordinate patches (sensitivity).
    unpatched_acc161: float = math.nan


@dataclass(slots=True)
class CorpusReport:
    """Everything the report says about one corpus."""

    name: str
    docs: list[EvalDoc]
    raw_docs: list[EvalDoc]
    rows: list[Row] = field(default_factory=list)
    ours_e2e: list[DocumentMatch] = field(default_factory=list)
    ours_gold: list[tuple[EvalDoc, list[Prediction | None], list[float | None]]] = field(
        default_factory=list
    )
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _our_predictions(corpus: str, outcome: Outcome) -> list[Prediction]:
    keep_demonyms = corpus in DEMONYMS_ANNOTATED
    return [p for p, kind in outcome.parsed if keep_demonyms or kind != "demonym"]


def _raw_index(
    docs: Sequence[EvalDoc], raw_docs: Sequence[EvalDoc]
) -> list[dict[tuple[str, int, int], GoldPlace]]:
    return [
        {(g.name, g.start, g.end): r for g, r in zip(d.gold, rd.gold, strict=True)}
        for d, rd in zip(docs, raw_docs, strict=True)
    ]


def score_corpus(
    name: str,
    docs: list[EvalDoc],
    raw_docs: list[EvalDoc],
    ours: dict[tuple[str, str], Outcome] | None,
    peers: dict[str, Path],
) -> CorpusReport:
    """Score ours (end to end and gold spans) and every peer on one corpus.

    *raw_docs* is the same corpus without the coordinate patches, for the
    sensitivity column.
    """
    report = CorpusReport(name, docs, raw_docs)
    raw = _raw_index(docs, raw_docs)

    def with_raw(matches: list[DocumentMatch]) -> float:
        return score_resolution(
            [
                error_km(raw[i][(g.name, g.start, g.end)], p)
                for i, m in enumerate(matches)
                for g, p in m.pairs
            ]
        ).acc161

    if ours is not None:
        errors: list[float] = []
        raw_errors: list[float] = []
        for i, doc in enumerate(docs):
            outcome = ours[(doc.corpus, doc.doc_id)]
            report.seconds += outcome.seconds
            if outcome.error:
                report.failures.append(f"{doc.doc_id}: {outcome.error}")
            report.ours_e2e.append(compare(doc, _our_predictions(name, outcome)))
            resolved = outcome.resolved or [None] * len(doc.gold)
            nearest = outcome.nearest_km or [None] * len(doc.gold)
            errors.extend(gold_span_errors(doc, resolved))
            raw_errors.extend(gold_span_errors(raw_docs[i], resolved))
            report.ours_gold.append((doc, resolved, nearest))
        report.rows.append(
            Row(
                "incident-mapper",
                "end to end",
                score_recognition(report.ours_e2e),
                score_resolution(resolution_errors(report.ours_e2e)),
                with_raw(report.ours_e2e),
            )
        )
        report.rows.append(
            Row(
                "incident-mapper",
                "gold spans",
                None,
                score_resolution(errors),
                score_resolution(raw_errors).acc161,
            )
        )
    for system, path in peers.items():
        predicted = read_eupeg(path)
        matches = [
            compare(doc, predicted[int(doc.doc_id)] if int(doc.doc_id) < len(predicted) else [])
            for doc in docs
        ]
        report.rows.append(
            Row(
                system,
                "end to end (EUPEG output)",
                score_recognition(matches),
                score_resolution(resolution_errors(matches)),
                with_raw(matches),
            )
        )
    return report


# ------------------------------------------------------------------------------ writing


def _pct(x: float) -> str:
    return "–" if math.isnan(x) else f"{100 * x:.1f}"


def _ratio(x: float) -> str:
    return "–" if math.isnan(x) else f"{x:.3f}"


def _km(x: float) -> str:
    return "–" if math.isnan(x) else f"{x:,.0f}"


def _table(report: CorpusReport) -> list[str]:
    recall_only = report.name in RECALL_ONLY
    lines = [
        "| system | setting | P | R | F1 | scored places | Acc@161 % | mean km | median km | AUC "
        "| Acc@161 % unpatched |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in report.rows:
        rec = row.recognition
        p = r = f = "–"
        if rec is not None:
            r = _ratio(rec.recall)
            if not recall_only:
                p, f = _ratio(rec.precision), _ratio(rec.f1)
        res = row.resolution
        name = f"**{row.system}**" if row.system == "incident-mapper" else row.system
        lines.append(
            f"| {name} | {row.setting} | {p} | {r} | {f} | {res.n:,} | {_pct(res.acc161)} | "
            f"{_km(res.mean_km)} | {_km(res.median_km)} | {_ratio(res.auc)} | "
            f"{_pct(row.unpatched_acc161)} |"
        )
    return lines


def _cause(g: GoldPlace, p: Prediction | None, near: float | None) -> str | None:
    """Why a gold-span resolution is over 161 km off, or None when it is not.

    One of ``unresolved``, ``same place`` (the gold's place at a distant
    representative point), ``ranking`` (a place of the name near the gold
    point was available) and ``coverage`` (none was).
    """
    if error_km(g, p) <= ACCURACY_KM:
        return None
    if p is None or not p.resolved:
        return "unresolved"
    if (g.id and p.id == g.id) or (
        p.kind in AREAS and fold(p.name) in {fold(g.name), fold(g.text)}
    ):
        return "same place"
    if near is not None and near <= ACCURACY_KM:
        return "ranking"
    return "coverage"


def _breakdown(report: CorpusReport) -> collections.Counter[str]:
    """Our gold-span errors over 161 km by cause; ``total`` counts every gold place."""
    counts: collections.Counter[str] = collections.Counter()
    for doc, resolved, nearest in report.ours_gold:
        for g, p, near in zip(doc.gold, resolved, nearest, strict=True):
            counts["total"] += 1
            cause = _cause(g, p, near)
            if cause is not None:
                counts["wrong"] += 1
                counts[cause] += 1
    return counts


def _diagnosis(report: CorpusReport) -> list[str]:
    """Why gold-span resolutions are wrong, and what recognition misses most."""
    lines: list[str] = []
    if not report.ours_gold:
        return lines
    c = _breakdown(report)
    if c["wrong"]:
        lines.append(
            f"Gold-span errors over {ACCURACY_KM:.0f} km: {c['wrong']:,} of {c['total']:,}: "
            f"{c['unresolved']:,} left unresolved; {c['same place']:,} the same place (the "
            "gold's GeoNames id, or a country or region of the gold's name) at a "
            "representative point far from the gold's (centroid against capital or largest "
            f"city, or a patch moving a country to its capital); {c['ranking']:,} ranking "
            "(the gazetteer has a place of that name, or the resolver considered one, within "
            f"{ACCURACY_KM:.0f} km of the gold point, but another was chosen); "
            f"{c['coverage']:,} coverage (no place of that name within {ACCURACY_KM:.0f} km "
            "of the gold point in the gazetteer: missing place or name form)."
        )
    both = e2e_ok = gold_ok = 0
    for m, (doc, resolved, _near) in zip(report.ours_e2e, report.ours_gold, strict=True):
        answer = {(g.start, g.end): p for g, p in zip(doc.gold, resolved, strict=True)}
        for g, p in m.pairs:
            both += 1
            e2e_ok += error_km(g, p) <= ACCURACY_KM
            gold_ok += error_km(g, answer[(g.start, g.end)]) <= ACCURACY_KM
    if both:
        lines.append(
            f"On the {both:,} gold places both runs scored (those recognised end to end), "
            f"Acc@161 is {100 * e2e_ok / both:.1f} % end to end and {100 * gold_ok / both:.1f} % "
            "with gold spans: a gap means resolution depends on which other names the "
            "resolver sees in the document."
        )
    missed = collections.Counter(g.text for m in report.ours_e2e for g in m.missed)
    spurious = collections.Counter(p.text for m in report.ours_e2e for p in m.spurious)
    if missed:
        top = ", ".join(f"{t} ({n})" for t, n in missed.most_common(12))
        lines.append(f"Most missed gold names end to end: {top}.")
    if spurious and report.name not in RECALL_ONLY:
        top = ", ".join(f"{t} ({n})" for t, n in spurious.most_common(12))
        lines.append(f"Most frequent false positives: {top}.")
    return lines


def _targets(reports: dict[str, CorpusReport]) -> tuple[list[str], list[str]]:
    lines = [
        "| target | corpus | ours | target | met | margin |",
        "|---|---|---:|---:|:---:|---:|",
    ]
    unmet: list[str] = []
    for name in CORPORA:
        report = reports.get(name)
        ours = (
            {r.setting: r for r in report.rows if r.system == "incident-mapper"} if report else {}
        )
        if name in GOLD_SPAN_TARGETS:
            goal = GOLD_SPAN_TARGETS[name]
            row = ours.get("gold spans")
            value = row.resolution.acc161 if row else math.nan
            reason = _resolution_reason(report) if report else ""
            lines.append(_target_line("gold-span Acc@161 %", name, value, goal, 100, unmet, reason))
        if name in F1_TARGETS:
            goal = F1_TARGETS[name]
            row = ours.get("end to end")
            rec = row.recognition if row else None
            value = rec.f1 if rec else math.nan
            reason = ""
            if rec is not None and not math.isnan(value):
                weaker = "precision" if rec.precision < rec.recall else "recall"
                reason = (
                    f"Recognition: precision {rec.precision:.3f}, recall {rec.recall:.3f} "
                    f"({rec.fp:,} false positives, {rec.fn:,} misses); {weaker} limits it."
                )
            lines.append(_target_line("end-to-end F1", name, value, goal, 1, unmet, reason))
    return lines, unmet


def _resolution_reason(report: CorpusReport) -> str:
    c = _breakdown(report)
    if not c["wrong"]:
        return ""
    parts = [
        f"{100 * c[k] / c['wrong']:.0f} % {label}"
        for k, label in (
            ("ranking", "ranking"),
            ("coverage", "gazetteer coverage or name form"),
            ("same place", "the same place at a distant representative point"),
            ("unresolved", "unresolved"),
        )
    ]
    bound = 100 * (c["total"] - c["wrong"] + c["same place"]) / c["total"]
    return (
        f"Of {c['wrong']:,} misses: {', '.join(parts)}. Counting the same-place cases as "
        f"correct would give {bound:.1f} %."
    )


def _target_line(
    label: str, name: str, value: float, goal: float, scale: int, unmet: list[str], reason: str = ""
) -> str:
    fmt = (lambda x: f"{x * 100:.1f}") if scale == 100 else (lambda x: f"{x:.3f}")
    if math.isnan(value):
        return f"| {label} | {name} | – | {fmt(goal)} | not run | – |"
    met = value >= goal
    margin = value - goal
    sign = "+" if margin >= 0 else "−"
    margin_text = f"{sign}{fmt(abs(margin))}"
    if not met:
        why = f" {reason}" if reason else ""
        unmet.append(f"{label} on {name}: {fmt(value)} against {fmt(goal)} ({margin_text}).{why}")
    return f"| {label} | {name} | {fmt(value)} | {fmt(goal)} | {'yes' if met else 'no'} | {margin_text} |"


def _commit() -> str:
    try:
        out = subprocess.run(
            [
                "git",
                "-C",
                str(ROOT),
                "log",
                "-1",
                "--format=%h %cd",
                "--date=format:%Y-%m-%d %H:%M",
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        )
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "geo"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.stdout.strip() + (" (with uncommitted changes in geo/)" if dirty else "")


def render(
    reports: dict[str, CorpusReport],
    *,
    command: str,
    seconds: float,
    workers: int,
    ours_note: str,
    limit: int | None,
) -> str:
    """The Markdown report."""
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Geoparsing evaluation",
        "",
        "Generated by `make eval`; do not edit by hand.",
        "",
        machine_markdown(),
        "",
        f"- Run: {now}, {seconds:,.0f} s wall clock with {workers} worker process(es).",
        f"- Command: `{command}`",
        f"- Code: commit {_commit()}.",
        f"- Our geoparser: {ours_note}",
    ]
    if limit is not None:
        lines.append(f"- **Partial run**: only the first {limit} documents of each corpus.")
    target_lines, unmet = _targets(reports)
    lines += ["", "## Targets (issue 3)", "", *target_lines]
    for name in CORPORA:
        report = reports.get(name)
        if report is None:
            continue
        gold = sum(len(d.gold) for d in report.docs)
        patched = sum(g.patched for d in report.docs for g in d.gold)
        neutral = sum(len(d.neutral) for d in report.docs)
        lines += ["", f"## {TITLES[name]}", ""]
        facts = f"{len(report.docs):,} documents, {gold:,} gold places with coordinates"
        if patched:
            moved = sum(
                great_circle_km(g.lat, g.lon, r.lat, r.lon) > ACCURACY_KM
                for d, rd in zip(report.docs, report.raw_docs, strict=True)
                for g, r in zip(d.gold, rd.gold, strict=True)
            )
            facts += (
                f" ({patched:,} with coordinates corrected by the Kulkarni et al. patches, "
                f"{moved:,} of them by more than {ACCURACY_KM:.0f} km)"
            )
        if neutral:
            facts += f", {neutral:,} neutral spans (see the rules)"
        lines.append(facts + ".")
        if report.ours_e2e:
            chars = sum(len(d.text) for d in report.docs)
            if report.seconds:
                lines.append(
                    f"Our geoparser took {report.seconds:,.1f} s of worker time for parse and "
                    f"resolve ({chars / 1e6 / report.seconds:.2f} MB/s of text for both)."
                )
        if name in RECALL_ONLY:
            lines.append(
                "Only the page's own place is annotated, so precision and F1 are not "
                "meaningful here: recall and resolution only."
            )
        lines += ["", *_table(report)]
        if name in PUBLISHED:
            pub = "; ".join(f"{s} {v:.1f}" for s, v in PUBLISHED[name])
            lines += [
                "",
                f"Published gold-span Acc@161 % (as published, not rescored here): {pub}.",
            ]
        diagnosis = _diagnosis(report)
        if diagnosis:
            lines += ["", *diagnosis]
        if report.failures:
            lines += [
                "",
                f"{len(report.failures)} document(s) failed in our geoparser and count as empty, "
                f"e.g. {report.failures[0]}",
            ]
    lines += ["", "## Closing note", ""]
    if unmet:
        lines.append("Targets not met, and what limits each:")
        lines += [f"- {u}" for u in unmet]
        lines.append(
            "\nThe per-corpus notes above list the most missed names and false positives, and "
            "compare end-to-end with gold-span resolution on the same places."
        )
    else:
        lines.append("All targets are met.")
    lines += ["", RULES]
    return "\n".join(lines) + "\n"


RULES = f"""## Rules

- **Texts and gold.** Document *i* is `corpora/<corpus>/eupeg_docs/<i>`, the text the peers'
  offsets refer to. Gold comes from the corpus XML where there is one (the script checks that it
  holds the same texts): LGL toponyms with a GeoNames tag; every GeoVirus location (its XML
  offsets are one too high and are corrected by locating the name at most two characters away);
  GeoWebNews as below; WikToR from its EUPEG gold file (every occurrence of the page's own place).
  Spans whose offsets fall outside the text are dropped (five in GeoWebNews article 19, two of
  them with coordinates). GeoVirus' EUPEG gold file lacks three places of article 45 that its
  XML has; we score all 2,170.
- **Coordinate patches.** Before scoring, the Kulkarni et al. (2020) corrections for LGL, GeoVirus
  and WikToR replace a gold point where the patch names the place (gold name, page title or
  surface, folded) and its dataset point agrees within 0.001°. Peers are scored against the same
  patched gold. Most patches refine a point by metres, and some fix real errors (WikToR's
  "San Juan, Texas" had its longitude's sign flipped), but some move a country to its capital
  (Wikipedia's coordinates: "United States" from 40, −100 to Washington, 1,970 km); a system
  that puts the United States at its centre is then wrong by the patch. The last column, "Acc@161 % unpatched", scores the
  same answers against the gold as published, to show how much the patches weigh; the targets
  use the patched gold.
- **Recognition.** A prediction matches a gold place when the surfaces are equal ignoring case
  and the span midpoints are at most 10 characters apart (EUPEG's rule; it also absorbs the
  off-by-one offsets of some peer outputs). Matching is one to one, closest midpoints first.
  Precision = matches / predictions, recall = matches / gold places with coordinates.
- **Neutral spans.** Spans annotated as places but without a gold point (LGL toponyms without a
  GeoNames tag; GeoWebNews Demonym and Language spans and toponyms without coordinates) are not
  in the recall denominator, and a prediction matching one counts neither as a hit nor as a false
  positive.
- **GeoWebNews policy.** Gold = every toponym with coordinates, literal and associative (Gritta
  et al. 2019): Literal, Mixed, Coercion, Literal_Modifier, Embedded_Literal, Metonymic
  ("Moscow said"), Non_Literal_Modifier (incl. adjectives such as "Russian" in "Russian
  troops") and Embedded_Non_Lit ("Zimbabwe" in "Air Zimbabwe"). Reason: an incident map
  needs to know which country "the Turkish army" or "Moscow said" refers to, so we count
  metonymy and adjectival modifiers as places, and GeoWebNews gives them coordinates.
  Non_Toponym, Homonym, Literal_Expression and Non_Lit_Expression (common nouns such as
  "backyard") are not places: predicting them is a false positive. The same gold scores
  every system.
- **Our demonyms.** Our geoparser marks adjectives and demonyms with kind `demonym`. LGL
  and GeoWebNews annotate adjectival place references; GeoVirus does not, so there our
  `demonym` mentions are left out of the end-to-end predictions (peers output no kinds).
- **Resolution.** Error = great-circle distance (sphere of radius 6371.009 km) between
  predicted and gold points. A predicted place without coordinates (unresolved) counts as
  {MAX_ERROR_KM:,.0f} km. Acc@161 = share of errors at most 161 km. AUC (Gritta et al. 2018):
  sort the n errors ascending, scale each to y = ln(1 + e) / ln({MAX_ERROR_KM:,.0f}) (errors
  capped at {MAX_ERROR_KM:,.0f} km), and take the trapezoid-rule area under y over x = i / (n − 1):
  0 is perfect, 1 is every place at the maximal error. End to end, resolution is scored on the
  matched pairs only; with gold spans, every gold place is scored.
- **Peers.** `peers/<Corpus>_<System>.txt` are end-to-end EUPEG outputs (their own recognition),
  scored here with the same code against the same gold. Gold-span figures exist for peers only
  as published; they are cited as such, not rescored.
"""


def write_errors(path: Path, reports: dict[str, CorpusReport]) -> int:
    """Write our misses, false positives and wrong resolutions as TSV; return the row count."""
    header = [
        "corpus",
        "doc",
        "type",
        "start",
        "end",
        "surface",
        "gold_name",
        "gold_id",
        "gold_lat",
        "gold_lon",
        "pred_name",
        "pred_lat",
        "pred_lon",
        "pred_id",
        "error_km",
        "cause",
    ]
    rows: list[list[Any]] = []

    def add(
        c: str, d: str, t: str, g: GoldPlace | None, p: Prediction | None, err: str, cause: str = ""
    ) -> None:
        span: GoldPlace | Prediction | None = g if g is not None else p
        assert span is not None
        rows.append(
            [
                c,
                d,
                t,
                span.start,
                span.end,
                span.text,
                g.name if g else "",
                g.id if g else "",
                f"{g.lat:.5f}" if g else "",
                f"{g.lon:.5f}" if g else "",
                p.name if p else "",
                f"{p.lat:.5f}" if p and p.lat is not None else "",
                f"{p.lon:.5f}" if p and p.lon is not None else "",
                p.id if p else "",
                err,
                cause,
            ]
        )

    for name, report in reports.items():
        for m in report.ours_e2e:
            d = m.doc.doc_id
            for g in m.missed:
                add(name, d, "missed", g, None, "")
            for p in m.spurious:
                add(name, d, "false_positive", None, p, "")
            for g, p in m.pairs:
                err = error_km(g, p)
                if err > ACCURACY_KM:
                    add(name, d, "wrong_end_to_end", g, p, f"{err:.1f}")
        for doc, resolved, nearest in report.ours_gold:
            for g, answer, near in zip(doc.gold, resolved, nearest, strict=True):
                cause = _cause(g, answer, near)
                if cause is not None:
                    err = f"{error_km(g, answer):.1f}"
                    add(name, doc.doc_id, "wrong_gold_span", g, answer, err, cause)
    rows.sort(key=lambda r: (CORPORA.index(r[0]), int(r[1]), int(r[3]), r[2]))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows(rows)
    return len(rows)


# ------------------------------------------------------------------------------ main


def _shared_root(arg: Path | None) -> Path:
    base = arg if arg is not None else ROOT.parent / "shared" / "eval"
    if (base / "corpora").is_dir():
        return base
    if (base / "eval" / "corpora").is_dir():
        return base / "eval"
    return base


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=(
            "Score our geoparser and the published peers on LGL, GeoVirus, GeoWebNews and "
            "WikToR, and write a Markdown report."
        ),
        epilog=(
            "--errors writes a TSV with one row per problem of ours: columns corpus, doc, type "
            "(missed | false_positive | wrong_end_to_end | wrong_gold_span, the last two for "
            "errors over 161 km), start, end, surface, gold_name, gold_id, gold_lat, gold_lon, pred_name, "
            "pred_lat, pred_lon, pred_id, error_km. Offsets index eupeg_docs/<doc>."
        ),
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "docs" / "evaluation.md",
        help="Markdown report to write (default docs/evaluation.md)",
    )
    parser.add_argument(
        "--corpus",
        default=",".join(CORPORA),
        help=f"comma-separated corpora (default: {','.join(CORPORA)})",
    )
    parser.add_argument("--limit", type=int, default=None, help="first N documents per corpus")
    parser.add_argument("--errors", type=Path, default=None, help="write our errors to this TSV")
    parser.add_argument(
        "--shared",
        type=Path,
        default=None,
        help="the shared eval folder (or its parent); default ../shared/eval",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=min(2, os.cpu_count() or 1),
        help="processes running the geoparser (each loads it once)",
    )
    parser.add_argument("--no-ours", action="store_true", help="score the peers only")
    args = parser.parse_args(argv)

    root = _shared_root(args.shared)
    if not (root / "corpora").is_dir():
        print(f"evaluation corpora not found at {root}: skipping (report left untouched)")
        return 0
    names = [n.strip() for n in args.corpus.split(",") if n.strip()]
    unknown = [n for n in names if n not in CORPORA]
    if unknown:
        parser.error(f"unknown corpus {', '.join(unknown)}; choose from {', '.join(CORPORA)}")

    started = time.perf_counter()
    corpora = {}
    raw_corpora = {}
    for name in names:
        corpora[name] = load_corpus(name, root, limit=args.limit)
        raw_corpora[name] = load_corpus(name, root, limit=args.limit, patches=False)
        print(f"{name}: {len(corpora[name])} documents", file=sys.stderr)

    ours: dict[tuple[str, str], Outcome] | None = None
    ours_note = "not run (--no-ours)."
    if not args.no_ours:
        try:
            import geo.geoparsing  # noqa: F401
        except ImportError as exc:
            ours_note = f"not available ({exc}); only the peers are scored."
            print(f"warning: {ours_note}", file=sys.stderr)
        else:
            all_docs = [d for name in names for d in corpora[name]]
            ours = run_ours(all_docs, args.workers)
            ours_note = (
                '`geo.geoparsing.Geoparser()` with default options, `parse(text, lang="en")` '
                'end to end and `resolve(text, gold spans, lang="en")` with gold spans.'
            )

    reports = {
        name: score_corpus(name, corpora[name], raw_corpora[name], ours, find_peers(root, name))
        for name in names
    }
    seconds = time.perf_counter() - started
    shown = ["python benchmarks/evaluate.py", *(argv if argv is not None else sys.argv[1:])]
    text = render(
        reports,
        command=" ".join(shown),
        seconds=seconds,
        workers=args.workers if ours is not None else 0,
        ours_note=ours_note,
        limit=args.limit,
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(args.out.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(args.out)
    print(f"wrote {args.out} in {seconds:.0f} s")
    if args.errors is not None and ours is not None:
        n = write_errors(args.errors, reports)
        print(f"wrote {n} error rows to {args.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
