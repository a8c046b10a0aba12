"""Geoparsing throughput (MB/s, one core) against geotext, on the same news-like text.

The text is a few MB of news articles: the shared evaluation corpora
(``../shared/eval``: LGL, GeoVirus, GeoWebNews) when present, else the
project's own test reports repeated. Both parsers get the same list of
documents, one document per call, in the same process pinned to one core,
after a warm-up (cold starts are reported apart). Ours detects the
language of every document (as ``incident-map geoparse`` does) and resolves
every mention; geotext only matches names and gives country codes.

Writes ``docs/benchmarks/geoparse.md``.

Usage::

    python benchmarks/bench_geoparse.py [--mb 3] [--repeat 3] [--out docs/benchmarks/geoparse.md]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
from _machine import machine_markdown  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval" / "corpora"


def _corpus_texts() -> tuple[list[str], str]:
    texts: list[str] = []
    for rel, tag in (
        ("lgl/lgl.xml", "text"),
        ("geovirus/GeoVirus.xml", "text"),
        ("geowebnews/GWN.xml", "text"),
    ):
        path = SHARED / rel
        if not path.exists():
            continue
        root = ET.parse(path).getroot()
        texts.extend(el.text for el in root.iter(tag) if el.text and el.text.strip())
    if texts:
        return texts, "LGL, GeoVirus and GeoWebNews articles (../shared/eval)"
    reports = sorted((ROOT / "tests" / "geo" / "data" / "reports").glob("*.txt"))
    return [p.read_text("utf-8") for p in reports], "the project's own test reports (de, en, ru)"


def build_documents(mb: float) -> tuple[list[str], str]:
    """Documents totalling about *mb* MB of UTF-8, and where they come from."""
    base, source = _corpus_texts()
    docs: list[str] = []
    size = 0
    target = int(mb * 1_000_000)
    while size < target:
        for text in base:
            docs.append(text)
            size += len(text.encode("utf-8"))
            if size >= target:
                break
    return docs, source


def _time(func: Callable[[str], object], docs: list[str], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for doc in docs:
            func(doc)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=3.0, help="MB of text to parse")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (median reported)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks" / "geoparse.md")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    docs, source = build_documents(args.mb)
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1_000_000

    t0 = time.perf_counter()
    from geo.geoparsing import Geoparser

    ours = Geoparser()
    ours.parse(docs[0])
    cold_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    try:
        from geotext import GeoText
    except ImportError:
        GeoText = None
    if GeoText is not None:
        GeoText(docs[0])
    cold_geotext = time.perf_counter() - t0

    # warm-up: fill caches the way a long-running process has them
    for doc in docs[: min(len(docs), 200)]:
        ours.parse(doc)
    ours_s = _time(ours.parse, docs, args.repeat)
    mentions = sum(len(ours.parse(d)) for d in docs[:500])
    rows = [
        f"| incident-mapper `Geoparser().parse` | {mb / ours_s:.2f} | {ours_s:.2f} | {cold_ours:.2f} |"
    ]
    ratio = ""
    if GeoText is not None:
        geotext_s = _time(GeoText, docs, args.repeat)
        rows.append(
            f"| geotext 0.4 `GeoText(text)` | {mb / geotext_s:.2f} | {geotext_s:.2f} | {cold_geotext:.2f} |"
        )
        ratio = (
            f"\nincident-mapper / geotext throughput: **{geotext_s / ours_s:.2f}x** "
            f"(target >= 1.5x).\n"
        )
    else:
        ratio = "\ngeotext is not installed here (`pip install geotext`): no comparison.\n"
    text = "\n".join(
        [
            "## Geoparsing throughput",
            "",
            machine_markdown(),
            "",
            f"{len(docs):,} documents, {mb:.2f} MB of UTF-8 from {source}; one process pinned to one "
            f"core, one document per call, median of {args.repeat} runs after a warm-up. Ours detects "
            f"each document's language and resolves every mention "
            f"({mentions / min(len(docs), 500):.1f} mentions per document); geotext matches names only.",
            "",
            "| parser | MB/s | seconds | cold start s |",
            "|---|---:|---:|---:|",
            *rows,
            ratio,
            "Reproduce: `python benchmarks/bench_geoparse.py` (part of `make bench`).",
            "",
        ]
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(re.sub(r"\n{3,}", "\n\n", text))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
