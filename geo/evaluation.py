"""Score a geoparser against gold corpora: recognition and resolution.

The rules follow the geoparsing literature so our numbers sit beside
published ones (EUPEG, Wang & Hu 2019; Gritta et al. 2018, 2019):

* **Recognition.** A predicted place matches a gold one when the surface
  strings are equal ignoring case and the span midpoints are at most
  :data:`MIDPOINT_TOLERANCE` characters apart. Matching is one-to-one, closest
  midpoints first. Precision, recall and F1 count the matches.
* **Resolution.** For every matched pair (end to end) or every gold place
  (gold spans), the great-circle error in km between the predicted and the
  gold point; an unresolved prediction counts as :data:`MAX_ERROR_KM`.
  Reported as Acc@161 (share of errors at most 161 km), mean and median
  error, and :func:`auc`.

Corpora are read where they lie (``../shared/eval``), never copied: see
:func:`load_corpus`. Everything here except the loaders is a pure function.

Examples
--------
>>> gold = [GoldPlace(0, 5, "Paris", 48.857, 2.352)]
>>> pred = [Prediction(0, 5, "paris", 48.85, 2.35)]
>>> result = compare(EvalDoc("demo", "0", "Paris is big.", tuple(gold)), pred)
>>> score_recognition([result]).f1
1.0
>>> score_resolution(resolution_errors([result])).acc161
1.0
"""

from __future__ import annotations

import math
import re
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path

from geo import distance
from geo.errors import DocumentError
from geo.normalize import fold

__all__ = [
    "ACCURACY_KM",
    "CORPORA",
    "EARTH_RADIUS_KM",
    "GWN_NEUTRAL_TYPES",
    "GWN_NON_TOPONYM_TYPES",
    "MAX_ERROR_KM",
    "MIDPOINT_TOLERANCE",
    "DocumentMatch",
    "EvalDoc",
    "GoldPlace",
    "Prediction",
    "RecognitionScore",
    "ResolutionScore",
    "apply_patches",
    "auc",
    "compare",
    "error_km",
    "find_peers",
    "gold_span_errors",
    "great_circle_km",
    "load_corpus",
    "match_places",
    "read_eupeg",
    "read_patches",
    "resolution_errors",
    "score_recognition",
    "score_resolution",
]

#: Corpus names :func:`load_corpus` knows, in report order.
CORPORA: tuple[str, ...] = ("lgl", "geovirus", "geowebnews", "wiktor")
#: Largest error, km: the unresolved-place penalty and the AUC scale (Gritta et al. 2018).
MAX_ERROR_KM = 20039.0
#: Acc@161: an error of at most 161 km (100 miles) counts as correct.
ACCURACY_KM = 161.0
#: Span midpoints of a match may differ by at most this many characters (EUPEG).
MIDPOINT_TOLERANCE = 10.0
#: Mean Earth radius (IUGG), as geopy's ``great_circle``.
EARTH_RADIUS_KM = 6371.009

# Folder, GeoWebNews/GeoVirus/LGL XML, EUPEG gold, patch file, peer file prefix.
_LAYOUT: dict[str, tuple[str, str | None, str, str | None, str]] = {
    "lgl": ("lgl", "lgl.xml", "LGL_gold_eupeg.txt", "lgl_patches.tsv", "LGL"),
    "geovirus": (
        "geovirus",
        "GeoVirus.xml",
        "GeoVirus_gold_eupeg.txt",
        "GeoVirus_patches.tsv",
        "GeoVirus",
    ),
    "geowebnews": ("geowebnews", "GWN.xml", "GeoWebNews_gold_eupeg.txt", None, "GeoWebNews"),
    "wiktor": ("wiktor", None, "WikToR_gold_eupeg.txt", "WikToR_patches.tsv", "WikToR"),
}

#: GeoWebNews types whose spans are annotated but neither gold nor a false
#: positive when predicted: people nouns ("Nigerians") and languages carry no
#: coordinates, yet naming them is not a recognition error.
GWN_NEUTRAL_TYPES = frozenset({"Demonym", "Language"})
#: GeoWebNews types that are not toponyms: a prediction there is a false positive.
GWN_NON_TOPONYM_TYPES = frozenset(
    {"Non_Toponym", "Homonym", "Literal_Expression", "Non_Lit_Expression"}
)


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """A gold place: a span of the document text and its true point.

    ``id`` is ``geonames:<id>`` where the corpus gives one (LGL, GeoWebNews),
    in the same form as :attr:`geo.types.Place.id`; ``patched`` says the point
    was corrected by :func:`apply_patches`.

    Examples
    --------
    >>> GoldPlace(10, 16, "Almaty", 43.25, 76.91).midpoint
    13.0
    """

    start: int
    end: int
    text: str
    lat: float
    lon: float
    name: str = ""
    patched: bool = False
    id: str = ""

    @property
    def midpoint(self) -> float:
        """Centre of the span, in characters."""
        return (self.start + self.end) / 2


@dataclass(frozen=True, slots=True)
class Prediction:
    """A place a system predicted: span, surface, and its point or None.

    ``name``, ``id`` and ``kind`` (a :class:`geo.types.Kind` value) describe
    the predicted place where the system says (peers give only a name).

    Examples
    --------
    >>> Prediction(0, 4, "Rome", None, None).resolved
    False
    """

    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    name: str = ""
    id: str = ""
    kind: str = ""

    @property
    def midpoint(self) -> float:
        """Centre of the span, in characters."""
        return (self.start + self.end) / 2

    @property
    def resolved(self) -> bool:
        """Whether the prediction carries a point."""
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class EvalDoc:
    """One corpus document with its gold places.

    Parameters
    ----------
    corpus : str
        Corpus name (``"lgl"`` ...).
    doc_id : str
        Line number in the corpus' EUPEG files (``eupeg_docs/<doc_id>``).
    text : str
        The document text all offsets refer to.
    gold : tuple of GoldPlace
        Places with coordinates: the recall denominator.
    neutral : tuple of (start, end, surface)
        Spans annotated as place-like but without a gold point; predictions
        matching them count neither as hits nor as false positives.
    """

    corpus: str
    doc_id: str
    text: str
    gold: tuple[GoldPlace, ...]
    neutral: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentMatch:
    """How one document's predictions line up with its gold places.

    ``pairs`` are the matches, ``missed`` the gold places nothing matched,
    ``spurious`` the false positives; predictions on neutral spans are in
    none of them.
    """

    doc: EvalDoc
    pairs: tuple[tuple[GoldPlace, Prediction], ...]
    missed: tuple[GoldPlace, ...]
    spurious: tuple[Prediction, ...]
    neutral_hits: int = 0


@dataclass(frozen=True, slots=True)
class RecognitionScore:
    """Counts and ratios of a recognition run.

    Examples
    --------
    >>> s = RecognitionScore(tp=3, fp=1, fn=3)
    >>> s.precision, s.recall, round(s.f1, 3)
    (0.75, 0.5, 0.6)
    """

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """tp / (tp + fp); NaN when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else math.nan

    @property
    def recall(self) -> float:
        """tp / (tp + fn); NaN when there is no gold."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else math.nan

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0 when both are 0)."""
        p, r = self.precision, self.recall
        if math.isnan(p) or math.isnan(r):
            return math.nan
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class ResolutionScore:
    """Error statistics of a resolution run (km; AUC lower is better).

    Examples
    --------
    >>> s = score_resolution([0.0, 100.0, 500.0, 20039.0])
    >>> s.n, s.acc161, s.median_km
    (4, 0.5, 300.0)
    """

    n: int
    acc161: float
    mean_km: float
    median_km: float
    auc: float
    errors: tuple[float, ...] = field(default=(), repr=False, compare=False)


# --------------------------------------------------------------------------- scoring


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on a sphere of radius :data:`EARTH_RADIUS_KM`.

    Examples
    --------
    >>> round(great_circle_km(0.0, 0.0, 0.0, 1.0), 1)
    111.2
    >>> great_circle_km(51.5, -0.1, 51.5, -0.1)
    0.0
    """
    return distance.great_circle_km(lat1, lon1, lat2, lon2, radius=EARTH_RADIUS_KM)


def auc(errors: Sequence[float]) -> float:
    """Area under the log error curve, as Gritta et al. (2018) define it.

    The errors are sorted ascending and scaled, ``y_i = ln(1 + e_i) /
    ln(MAX_ERROR_KM)`` (their code's ``np.log(20039)``), errors capped at
    :data:`MAX_ERROR_KM`; the area under ``y`` over ``x_i = i / (n - 1)``
    follows by the trapezoid rule. 0 is perfect, 1 (to 6 decimals) every place
    at the maximal error. One error gives its own ``y``.

    Examples
    --------
    >>> auc([0.0, 0.0])
    0.0
    >>> round(auc([20039.0, 20039.0]), 4)
    1.0
    >>> round(auc([0.0, 20039.0]), 3)
    0.5
    """
    if not errors:
        return math.nan
    scale = math.log(MAX_ERROR_KM)
    ys = [math.log1p(min(max(e, 0.0), MAX_ERROR_KM)) / scale for e in sorted(errors)]
    if len(ys) == 1:
        return ys[0]
    area = sum((a + b) / 2 for a, b in pairwise(ys))
    return area / (len(ys) - 1)


def score_resolution(errors: Sequence[float]) -> ResolutionScore:
    """Acc@161, mean and median error and AUC of a list of errors in km.

    Examples
    --------
    >>> score_resolution([10.0, 200.0]).mean_km
    105.0
    >>> math.isnan(score_resolution([]).acc161)
    True
    """
    if not errors:
        nan = math.nan
        return ResolutionScore(0, nan, nan, nan, nan)
    within = sum(1 for e in errors if e <= ACCURACY_KM)
    return ResolutionScore(
        n=len(errors),
        acc161=within / len(errors),
        mean_km=statistics.fmean(errors),
        median_km=statistics.median(errors),
        auc=auc(errors),
        errors=tuple(errors),
    )


def error_km(gold: GoldPlace, predicted: Prediction | None) -> float:
    """Error of one prediction; :data:`MAX_ERROR_KM` when it has no point.

    Examples
    --------
    >>> g = GoldPlace(0, 5, "Paris", 48.86, 2.35)
    >>> error_km(g, None)
    20039.0
    >>> round(error_km(g, Prediction(0, 5, "Paris", 33.66, -95.56)))
    7783
    """
    if predicted is None or predicted.lat is None or predicted.lon is None:
        return MAX_ERROR_KM
    return great_circle_km(gold.lat, gold.lon, predicted.lat, predicted.lon)


def match_places(
    gold: Sequence[GoldPlace | Prediction],
    predicted: Sequence[Prediction],
    *,
    tolerance: float = MIDPOINT_TOLERANCE,
) -> list[tuple[int, int]]:
    """Pair gold and predicted spans one to one: same surface, close midpoints.

    Candidate pairs have case-insensitively equal surfaces and midpoints at
    most *tolerance* characters apart; they are taken closest first (ties by
    position), each gold and each prediction at most once.

    Returns
    -------
    list of (gold index, predicted index)
        Sorted by gold index.

    Examples
    --------
    >>> g = [GoldPlace(0, 5, "Paris", 0, 0), GoldPlace(40, 45, "Paris", 0, 0)]
    >>> p = [Prediction(41, 46, "PARIS", 0, 0), Prediction(60, 65, "Paris", 0, 0)]
    >>> match_places(g, p)
    [(1, 0)]
    """
    by_text: dict[str, list[int]] = {}
    for j, p in enumerate(predicted):
        by_text.setdefault(p.text.casefold(), []).append(j)
    candidates: list[tuple[float, int, int]] = []
    for i, g in enumerate(gold):
        for j in by_text.get(g.text.casefold(), ()):
            distance = abs(g.midpoint - predicted[j].midpoint)
            if distance <= tolerance:
                candidates.append((distance, i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _distance, i, j in candidates:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def compare(doc: EvalDoc, predicted: Sequence[Prediction]) -> DocumentMatch:
    """Match a document's predictions against its gold and neutral spans.

    Examples
    --------
    >>> doc = EvalDoc("demo", "0", "Rome and Americans",
    ...               (GoldPlace(0, 4, "Rome", 41.9, 12.5),), ((9, 18, "Americans"),))
    >>> m = compare(doc, [Prediction(0, 4, "Rome", 41.9, 12.5),
    ...                   Prediction(9, 18, "Americans", 39.8, -98.6),
    ...                   Prediction(5, 8, "and", 1.0, 1.0)])
    >>> len(m.pairs), len(m.spurious), m.neutral_hits
    (1, 1, 1)
    """
    pairs = match_places(doc.gold, predicted)
    matched_pred = {j for _i, j in pairs}
    matched_gold = {i for i, _j in pairs}
    rest = [p for j, p in enumerate(predicted) if j not in matched_pred]
    neutral = [GoldPlace(s, e, t, 0.0, 0.0) for s, e, t in doc.neutral]
    neutral_pairs = match_places(neutral, rest) if neutral else []
    neutral_pred = {j for _i, j in neutral_pairs}
    return DocumentMatch(
        doc=doc,
        pairs=tuple((doc.gold[i], predicted[j]) for i, j in pairs),
        missed=tuple(g for i, g in enumerate(doc.gold) if i not in matched_gold),
        spurious=tuple(p for j, p in enumerate(rest) if j not in neutral_pred),
        neutral_hits=len(neutral_pred),
    )


def score_recognition(matches: Iterable[DocumentMatch]) -> RecognitionScore:
    """Pool true positives, false positives and misses over documents.

    Examples
    --------
    >>> doc = EvalDoc("demo", "0", "Oslo", (GoldPlace(0, 4, "Oslo", 59.9, 10.7),))
    >>> score_recognition([compare(doc, [])]).recall
    0.0
    """
    tp = fp = fn = 0
    for m in matches:
        tp += len(m.pairs)
        fp += len(m.spurious)
        fn += len(m.missed)
    return RecognitionScore(tp, fp, fn)


def resolution_errors(matches: Iterable[DocumentMatch]) -> list[float]:
    """Error in km of every matched pair (end-to-end resolution).

    Examples
    --------
    >>> doc = EvalDoc("demo", "0", "Oslo", (GoldPlace(0, 4, "Oslo", 59.9, 10.7),))
    >>> resolution_errors([compare(doc, [Prediction(0, 4, "Oslo", None, None)])])
    [20039.0]
    """
    return [error_km(g, p) for m in matches for g, p in m.pairs]


def gold_span_errors(doc: EvalDoc, predicted: Sequence[Prediction | None]) -> list[float]:
    """Errors of a resolver given the gold spans, aligned with ``doc.gold``.

    Raises
    ------
    ValueError
        When *predicted* does not have one entry per gold place.

    Examples
    --------
    >>> doc = EvalDoc("demo", "0", "Oslo", (GoldPlace(0, 4, "Oslo", 59.9, 10.7),))
    >>> gold_span_errors(doc, [None])
    [20039.0]
    """
    if len(predicted) != len(doc.gold):
        raise DocumentError(
            f"{doc.corpus}/{doc.doc_id}",
            f"{len(predicted)} resolutions for {len(doc.gold)} gold spans",
        )
    return [error_km(g, p) for g, p in zip(doc.gold, predicted, strict=True)]


# --------------------------------------------------------------------------- reading


def read_eupeg(path: str | Path) -> list[list[Prediction]]:
    """Read an EUPEG result or gold file: line *i* lists the places of document *i*.

    Places are separated by ``||`` and fields by ``,,``: ``normalised name,,
    surface,,lat,,lon,,start,,end`` (extra fields are ignored). Fields that
    are not numbers leave the place unresolved.

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
    ...     _ = fh.write("Paris,,Paris,,48.85,,2.35,,0,,5||\\n\\n")
    >>> docs = read_eupeg(fh.name); os.unlink(fh.name)
    >>> len(docs), docs[0][0].lat, docs[1]
    (2, 48.85, [])
    """
    path = Path(path)
    try:
        content = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DocumentError(str(path), f"cannot read EUPEG file: {exc}") from exc
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    docs: list[list[Prediction]] = []
    for lineno, line in enumerate(lines, 1):
        places: list[Prediction] = []
        for record in line.rstrip("\r").split("||"):
            if not record.strip():
                continue
            fields = record.split(",,")
            if len(fields) < 6:
                raise DocumentError(str(path), f"line {lineno}: malformed place {record!r}")
            try:
                start, end = int(fields[4]), int(fields[5])
            except ValueError as exc:
                raise DocumentError(str(path), f"line {lineno}: bad offsets in {record!r}") from exc
            places.append(
                Prediction(start, end, fields[1], _float(fields[2]), _float(fields[3]), fields[0])
            )
        docs.append(places)
    return docs


def _float(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


_PATCH_LINE = re.compile(
    r"^(?P<name>.*?)\s*\t\s*(?P<lat>[-+.\d]+)\s*,\s*(?P<lon>[-+.\d]+)\s*\t\s*"
    r"(?P<nlat>[-+.\d]+)\s*,\s*(?P<nlon>[-+.\d]+)\s*$"
)


def read_patches(path: str | Path) -> dict[str, list[tuple[float, float, float, float]]]:
    """Read Kulkarni et al. (2020) coordinate corrections.

    Each line is ``name \\t lat , lon (dataset) \\t lat , lon (corrected)``.

    Returns
    -------
    dict
        Folded name -> list of ``(lat, lon, new_lat, new_lon)``.
    """
    path = Path(path)
    patches: dict[str, list[tuple[float, float, float, float]]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DocumentError(str(path), f"cannot read patches: {exc}") from exc
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        m = _PATCH_LINE.match(line)
        if m is None:
            raise DocumentError(str(path), f"line {lineno}: not a patch line: {line!r}")
        patches.setdefault(fold(m["name"]), []).append(
            (float(m["lat"]), float(m["lon"]), float(m["nlat"]), float(m["nlon"]))
        )
    return patches


def apply_patches(
    docs: Sequence[EvalDoc],
    patches: Mapping[str, Sequence[tuple[float, float, float, float]]],
    *,
    tolerance: float = 1e-3,
) -> tuple[list[EvalDoc], int]:
    """Correct gold points where a patch names the place and its dataset point.

    A gold place is patched when its ``name`` (or, failing that, its surface)
    folds to a patch name and its point equals the patch's dataset point
    within *tolerance* degrees.

    Returns
    -------
    (list of EvalDoc, int)
        The documents, and how many gold places were corrected.

    Examples
    --------
    >>> doc = EvalDoc("demo", "0", "Akron", (GoldPlace(0, 5, "Akron", 41.0814, -81.519, "Akron"),))
    >>> fixed, n = apply_patches([doc], {"akron": [(41.0814, -81.519, 41.07, -81.52)]})
    >>> n, fixed[0].gold[0].lat
    (1, 41.07)
    """
    out: list[EvalDoc] = []
    count = 0
    for doc in docs:
        gold: list[GoldPlace] = []
        changed = False
        for g in doc.gold:
            fixed = _patched(g, patches, tolerance)
            if fixed is not g:
                changed = True
                count += 1
            gold.append(fixed)
        out.append(replace(doc, gold=tuple(gold)) if changed else doc)
    return out, count


def _patched(
    g: GoldPlace,
    patches: Mapping[str, Sequence[tuple[float, float, float, float]]],
    tolerance: float,
) -> GoldPlace:
    for key in dict.fromkeys((fold(g.name), fold(g.text))):
        for lat, lon, new_lat, new_lon in patches.get(key, ()):
            if abs(lat - g.lat) <= tolerance and abs(lon - g.lon) <= tolerance:
                return replace(g, lat=new_lat, lon=new_lon, patched=True)
    return g


def _eupeg_texts(folder: Path, limit: int | None) -> list[str]:
    docs_dir = folder / "eupeg_docs"
    if not docs_dir.is_dir():
        raise DocumentError(str(docs_dir), "corpus documents folder is missing")
    count = sum(1 for p in docs_dir.iterdir() if p.name.isdigit())
    if limit is not None:
        count = min(count, limit)
    texts = []
    for i in range(count):
        path = docs_dir / str(i)
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise DocumentError(str(path), f"cannot read document: {exc}") from exc
    return texts


def _aligned(text: str, start: int, end: int, surface: str) -> tuple[int, int] | None:
    """The offsets of *surface* at or next to ``start`` (off-by-one tolerant)."""
    for shift in (0, -1, 1, -2, 2):
        s, e = start + shift, end + shift
        if s >= 0 and text[s:e] == surface:
            return s, e
    return None


def _geonames_id(raw: str) -> str:
    return f"geonames:{raw}" if raw.isdigit() else ""


def _xml_articles(path: Path) -> list[ET.Element]:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise DocumentError(str(path), f"cannot parse corpus XML: {exc}") from exc
    return root.findall(".//article")


def _check_text(path: Path, i: int, xml_text: str, text: str) -> None:
    if xml_text.rstrip() != text.rstrip():
        raise DocumentError(str(path), f"article {i} differs from eupeg_docs/{i}")


def _load_lgl(path: Path, texts: list[str], corpus: str) -> list[EvalDoc]:
    docs = []
    for i, (art, text) in enumerate(zip(_xml_articles(path), texts, strict=False)):
        _check_text(path, i, art.findtext("text") or "", text)
        gold: list[GoldPlace] = []
        neutral: list[tuple[int, int, str]] = []
        for top in art.iter("toponym"):
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            surface = top.findtext("phrase") or text[start:end]
            tag = top.find("gaztag")
            lat = _float(tag.findtext("lat") or "") if tag is not None else None
            lon = _float(tag.findtext("lon") or "") if tag is not None else None
            if tag is None or lat is None or lon is None:
                neutral.append((start, end, surface))
            else:
                name = tag.findtext("name") or surface
                gid = tag.get("geonameid", "").strip()
                gold.append(GoldPlace(start, end, surface, lat, lon, name, id=_geonames_id(gid)))
        docs.append(EvalDoc(corpus, str(i), text, tuple(gold), tuple(neutral)))
    return docs


def _load_geovirus(path: Path, texts: list[str], corpus: str) -> list[EvalDoc]:
    # GeoVirus.xml offsets are one too high (1-based); _aligned finds the surface.
    docs = []
    for i, (art, text) in enumerate(zip(_xml_articles(path), texts, strict=False)):
        _check_text(path, i, art.findtext("text") or "", text)
        gold: dict[tuple[int, int], GoldPlace] = {}
        for loc in art.iter("location"):
            surface = loc.findtext("name") or ""
            start, end = int(loc.findtext("start") or 0), int(loc.findtext("end") or 0)
            span = _aligned(text, start, end, surface)
            lat, lon = _float(loc.findtext("lat") or ""), _float(loc.findtext("lon") or "")
            if span is None or lat is None or lon is None:
                raise DocumentError(str(path), f"article {i}: bad location {surface!r} at {start}")
            page = (loc.findtext("page") or "").rsplit("/", 1)[-1].replace("_", " ")
            gold.setdefault(span, GoldPlace(span[0], span[1], surface, lat, lon, page or surface))
        docs.append(EvalDoc(corpus, str(i), text, tuple(gold.values())))
    return docs


def _load_geowebnews(path: Path, texts: list[str], corpus: str) -> list[EvalDoc]:
    docs = []
    for i, (art, text) in enumerate(zip(_xml_articles(path), texts, strict=False)):
        _check_text(path, i, art.findtext("text") or "", text)
        gold: list[GoldPlace] = []
        neutral: list[tuple[int, int, str]] = []
        for top in art.iter("toponym"):
            kind = (top.findtext("type") or "").strip()
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            if not 0 <= start < end <= len(text):
                continue  # a few spans have negative offsets: they cannot be located
            surface = text[start:end]
            lat = _float(top.findtext("latitude") or "")
            lon = _float(top.findtext("longitude") or "")
            if kind in GWN_NON_TOPONYM_TYPES:
                continue
            if lat is None or lon is None or kind in GWN_NEUTRAL_TYPES:
                neutral.append((start, end, surface))
                continue
            name = (top.findtext("normalisedName") or "").strip() or surface
            gid = _geonames_id((top.findtext("geonamesID") or "").strip())
            gold.append(GoldPlace(start, end, surface, lat, lon, name, id=gid))
        docs.append(EvalDoc(corpus, str(i), text, tuple(gold), tuple(neutral)))
    return docs


def _load_eupeg_gold(path: Path, texts: list[str], corpus: str) -> list[EvalDoc]:
    lines = read_eupeg(path)
    docs = []
    for i, text in enumerate(texts):
        gold = []
        for p in lines[i] if i < len(lines) else []:
            span = _aligned(text, p.start, p.end, p.text)
            if span is None or p.lat is None or p.lon is None:
                raise DocumentError(str(path), f"line {i + 1}: bad place {p.text!r} at {p.start}")
            gold.append(GoldPlace(span[0], span[1], p.text, p.lat, p.lon, p.name))
        docs.append(EvalDoc(corpus, str(i), text, tuple(gold)))
    return docs


def load_corpus(
    name: str,
    root: str | Path,
    *,
    limit: int | None = None,
    patches: bool = True,
) -> list[EvalDoc]:
    """Load a corpus from ``<root>/corpora/<name>`` (root is ``../shared/eval``).

    Texts come from ``eupeg_docs/<i>`` (the texts the peers' offsets refer
    to). Gold comes from the richer XML where there is one (checked to hold
    the same texts), else from the EUPEG gold file (WikToR):

    * LGL: toponyms with a ``gaztag``; those without one are neutral.
    * GeoVirus: every location (its XML offsets are one too high: corrected).
    * GeoWebNews: every toponym with coordinates (literal and associative:
      Literal, Mixed, Coercion, Literal/Embedded modifiers, Metonymic,
      Non_Literal_Modifier, Embedded_Non_Lit); Demonym and Language spans and
      toponyms without coordinates are neutral; Non_Toponym, Homonym and the
      common-noun expressions are not places. Spans with offsets outside the
      text (five, in article 19) are dropped.
    * WikToR: the page's own place, every occurrence.

    Parameters
    ----------
    name : str
        One of :data:`CORPORA`.
    root : str or Path
        The ``eval`` folder holding ``corpora/`` and ``peers/``.
    limit : int, optional
        Only the first *limit* documents.
    patches : bool
        Apply Kulkarni et al. (2020) coordinate corrections where they match.

    Raises
    ------
    DocumentError
        When a file is missing or its content is inconsistent.
    """
    if name not in _LAYOUT:
        raise DocumentError(name, f"unknown corpus; choose from {', '.join(CORPORA)}")
    folder_name, xml_name, eupeg_name, patch_name, _prefix = _LAYOUT[name]
    folder = Path(root) / "corpora" / folder_name
    texts = _eupeg_texts(folder, limit)
    if name == "lgl":
        docs = _load_lgl(folder / str(xml_name), texts, name)
    elif name == "geovirus":
        docs = _load_geovirus(folder / str(xml_name), texts, name)
    elif name == "geowebnews":
        docs = _load_geowebnews(folder / str(xml_name), texts, name)
    else:
        docs = _load_eupeg_gold(folder / eupeg_name, texts, name)
    if len(docs) != len(texts):
        raise DocumentError(str(folder), f"{len(docs)} gold documents for {len(texts)} texts")
    if patches and patch_name is not None:
        patch_file = Path(root) / "corpora" / "patches" / patch_name
        if patch_file.is_file():
            docs, _count = apply_patches(docs, read_patches(patch_file))
    return docs


def find_peers(root: str | Path, name: str) -> dict[str, Path]:
    """Peer output files for corpus *name*: ``peers/<Corpus>_<System>.txt``.

    Returns
    -------
    dict
        System name -> file, sorted by system name; empty when there are none.
    """
    if name not in _LAYOUT:
        raise DocumentError(name, f"unknown corpus; choose from {', '.join(CORPORA)}")
    prefix = _LAYOUT[name][4] + "_"
    folder = Path(root) / "peers"
    if not folder.is_dir():
        return {}
    found = {
        p.stem[len(prefix) :]: p
        for p in folder.iterdir()
        if p.suffix == ".txt" and p.name.startswith(prefix)
    }
    return dict(sorted(found.items()))
