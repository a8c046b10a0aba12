"""Hand-written test reports against the incidents a careful coder records.

Every report in ``reports/`` is run through :func:`incidents.pipeline.extract`
and compared with ``reports/expected.toml``: each expected incident must match
a distinct row of the table, no row may sit in a place the report names only
in passing (``not_locations``), and there may be at most ``max_incidents``
rows. The expectations are those of a human coder following ACLED's
codebook, not of any program.

``expected.toml`` holds one ``[[report]]`` per file, or per entry
(``file = "wire.jsonl#2"``: the second line of a JSON Lines file or the
second ``<item>`` or ``<entry>`` of a feed), with optional ``lang``, ``not_locations`` (no
row may be located at these names), ``max_incidents`` and ``note``; under it,
``[[report.incident]]`` tables with ``event_type`` and optional
``sub_event_type``, ``location``, ``country_code``, ``lat``/``lon`` (matched
within 25 km), ``precision`` (exact, within city, city, region, country: at
country precision only the country code is compared), ``event_date``
(``YYYY-MM-DD``, or ``YYYY-MM`` for any day of that month),
``time_precision``, the counts ``fatalities``, ``arrests``, ``injured``,
``troops``, ``participants``, and ``agency`` (named in the row's agency or
source).

The matching helpers at the top are pure and tested on hand-made frames at
the bottom, so a failing report test means the pipeline disagrees with the
coder, not that the harness is broken.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd
import pytest

from geo.distance import great_circle_km
from geo.normalize import fold

REPORTS = Path(__file__).resolve().parent / "reports"
EXPECTED = REPORTS / "expected.toml"

#: Distance within which an incident's point matches the coder's coordinates.
TOLERANCE_KM = 25.0

#: ACLED event types and their sub-event types (ACLED codebook, 2023).
ACLED_TYPES: dict[str, frozenset[str]] = {
    "Battles": frozenset(
        {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}
    ),
    "Explosions/Remote violence": frozenset(
        {
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        }
    ),
    "Violence against civilians": frozenset(
        {"Sexual violence", "Attack", "Abduction/forced disappearance"}
    ),
    "Protests": frozenset(
        {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}
    ),
    "Riots": frozenset({"Violent demonstration", "Mob violence"}),
    "Strategic developments": frozenset(
        {
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        }
    ),
}

PRECISIONS = ("exact", "within city", "city", "region", "country")
#: ACLED geo_precision of each precision, for tables that carry only the number.
GEO_PRECISION = {"exact": 1, "within city": 1, "city": 1, "region": 3, "country": 4}
COUNTS = ("fatalities", "arrests", "injured", "troops", "participants")
REPORT_KEYS = frozenset({"file", "lang", "not_locations", "max_incidents", "incident", "note"})
INCIDENT_KEYS = frozenset(
    {
        "event_type",
        "sub_event_type",
        "location",
        "country_code",
        "lat",
        "lon",
        "precision",
        "event_date",
        "time_precision",
        "agency",
        "note",
        *COUNTS,
    }
)
#: Columns that may hold the gazetteer name of an incident's place.
PLACE_NAME_COLUMNS = ("place_name", "place")
_ID_SEPARATORS = re.compile(r"[;|,\s]+")
_MONTH = re.compile(r"^\d{4}-\d{2}$")


# --------------------------------------------------------------------------- helpers


def load_reports(path: Path = EXPECTED) -> list[dict[str, Any]]:
    """The ``[[report]]`` tables of *path*, with their keys checked.

    Examples
    --------
    >>> reports = load_reports()
    >>> all("file" in report for report in reports)
    True
    """
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    reports: list[dict[str, Any]] = data["report"]
    for report in reports:
        unknown = set(report) - REPORT_KEYS
        if unknown:
            raise ValueError(f"{report.get('file')}: unknown report keys {sorted(unknown)}")
        for incident in report.get("incident", []):
            unknown = set(incident) - INCIDENT_KEYS
            if unknown:
                raise ValueError(f"{report['file']}: unknown incident keys {sorted(unknown)}")
    return reports


def missing(value: object) -> bool:
    """Whether a table cell holds no value (None, NaN, NaT, pd.NA, empty string).

    Examples
    --------
    >>> missing(None), missing(float("nan")), missing(pd.NA), missing(0), missing("")
    (True, True, True, False, True)
    """
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple)):
        return False
    try:
        return bool(pd.isna(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return False


def doc_ids(value: object) -> set[str]:
    """The document ids of a ``doc_id`` cell, each reduced to ``<file name>[#n]``.

    A merged incident may list several ids (a list, or a string joined by
    ``;``, ``|``, ``,`` or spaces); ids may carry a folder prefix.

    Examples
    --------
    >>> sorted(doc_ids("reports/en_wire.jsonl#2; en_feed.xml#1"))
    ['en_feed.xml#1', 'en_wire.jsonl#2']
    >>> doc_ids(["a/b.txt"])
    {'b.txt'}
    """
    if missing(value):
        return set()
    parts: Iterable[object] = (
        value if isinstance(value, (list, tuple, set)) else _ID_SEPARATORS.split(str(value))
    )
    ids = set()
    for part in parts:
        text = str(part).strip().replace("\\", "/")
        if text:
            ids.add(PurePosixPath(text).name)
    return ids


def rows_of(frame: pd.DataFrame, key: str) -> pd.DataFrame:
    """Rows of *frame* that come from report *key* (``file`` or ``file#n``).

    Examples
    --------
    >>> frame = pd.DataFrame({"doc_id": ["w.jsonl#1", "w.jsonl#2", "x.txt"]})
    >>> rows_of(frame, "w.jsonl#2").index.tolist(), rows_of(frame, "w.jsonl").index.tolist()
    ([1], [0, 1])
    """

    def belongs(value: object) -> bool:
        ids = doc_ids(value)
        if "#" in key:
            return key in ids
        return any(i == key or i.startswith(key + "#") for i in ids)

    mask = frame["doc_id"].map(belongs).astype(bool)  # bool even when empty
    return frame.loc[mask]


def _names(row: Mapping[str, Any]) -> list[str]:
    names = [str(row.get("location") or "")]
    names += [str(row[c]) for c in PLACE_NAME_COLUMNS if not missing(row.get(c))]
    return [fold(n) for n in names if n]


def _precision(row: Mapping[str, Any]) -> str | None:
    value = row.get("precision")
    if not missing(value):
        return str(getattr(value, "value", value))
    return None


def _same_date(expected: object, actual: object) -> bool:
    if missing(actual):
        return False
    day = pd.Timestamp(actual).date()  # type: ignore[arg-type]
    text = expected.isoformat() if isinstance(expected, dt.date) else str(expected)
    if _MONTH.match(text):
        return day.strftime("%Y-%m") == text
    return day == dt.date.fromisoformat(text)


def _same_number(expected: object, actual: object) -> bool:
    if missing(actual):
        return False
    try:
        return float(actual) == float(expected)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _has_agency(expected: str, row: Mapping[str, Any]) -> bool:
    pattern = re.compile(rf"(?<!\w){re.escape(fold(expected))}(?!\w)")
    for column in ("agency", "source"):
        value = row.get(column)
        if not missing(value) and pattern.search(fold(str(value))):
            return True
    return False


def _located(exp: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
    if "country_code" in exp and str(row.get("country_code") or "").upper() != exp["country_code"]:
        return False
    if exp.get("precision") == "country":
        return True
    if "lat" in exp:
        lat, lon = row.get("latitude"), row.get("longitude")
        if missing(lat) or missing(lon):
            return False
        return great_circle_km(exp["lat"], exp["lon"], float(lat), float(lon)) <= TOLERANCE_KM  # type: ignore[arg-type]
    return fold(exp["location"]) in _names(row)


def row_matches(exp: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
    """Whether table *row* records the expected incident *exp*.

    Same event type (and sub-event type when given); the point within
    :data:`TOLERANCE_KM` of the coder's coordinates, or, without them, the
    same country and location name (the country alone at country
    precision); every other given field equal. ``event_date = "YYYY-MM"``
    matches any day of that month; ``agency`` must be named in the row's
    ``agency`` (or ``source``) field.

    Examples
    --------
    >>> row = {"event_type": "Protests", "sub_event_type": "Peaceful protest",
    ...        "location": "Aktau", "country_code": "KZ", "latitude": 43.66,
    ...        "longitude": 51.17, "event_date": pd.Timestamp("2022-01-04")}
    >>> row_matches({"event_type": "Protests", "location": "Aktau", "lat": 43.65,
    ...              "lon": 51.2, "event_date": "2022-01-04"}, row)
    True
    >>> row_matches({"event_type": "Riots", "location": "Aktau"}, row)
    False
    """
    if row.get("event_type") != exp["event_type"]:
        return False
    if "sub_event_type" in exp and row.get("sub_event_type") != exp["sub_event_type"]:
        return False
    if not _located(exp, row):
        return False
    if "precision" in exp:
        actual = _precision(row)
        if actual is not None:
            if actual != exp["precision"]:
                return False
        elif not _same_number(GEO_PRECISION[exp["precision"]], row.get("geo_precision")):
            return False
    if "event_date" in exp and not _same_date(exp["event_date"], row.get("event_date")):
        return False
    if "time_precision" in exp and not _same_number(
        exp["time_precision"], row.get("time_precision")
    ):
        return False
    for count in COUNTS:
        if count in exp and not _same_number(exp[count], row.get(count)):
            return False
    return "agency" not in exp or _has_agency(exp["agency"], row)


def assign(
    expected: Sequence[Mapping[str, Any]],
    rows: Sequence[Mapping[str, Any]],
    matches: Callable[[Mapping[str, Any], Mapping[str, Any]], bool] = row_matches,
) -> list[int | None]:
    """Give every expected incident a distinct matching row (maximum bipartite matching).

    Returns, per expected incident, the index of its row or None. Order of
    the expectations does not matter: an incident that fits two rows leaves
    the other to one that fits only that.

    Examples
    --------
    >>> same = lambda e, r: e["t"] == r["t"]
    >>> assign([{"t": 1}, {"t": 1}, {"t": 2}], [{"t": 1}, {"t": 2}], same)
    [0, None, 1]
    """
    fits = [[j for j, row in enumerate(rows) if matches(exp, row)] for exp in expected]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(expected)):
        augment(i, set())
    result: list[int | None] = [None] * len(expected)
    for j, i in owner.items():
        result[i] = j
    return result


def describe(exp: Mapping[str, Any]) -> str:
    """One line naming an expected incident, for failure messages.

    Examples
    --------
    >>> describe({"event_type": "Riots", "location": "Almaty", "event_date": "2022-01-05"})
    'Riots at Almaty on 2022-01-05'
    """
    text = f"{exp['event_type']}"
    if "sub_event_type" in exp:
        text += f"/{exp['sub_event_type']}"
    text += f" at {exp.get('location', exp.get('country_code'))}"
    if "event_date" in exp:
        text += f" on {exp['event_date']}"
    extras = [f"{k}={exp[k]}" for k in (*COUNTS, "precision", "agency") if k in exp]
    return text + (f" ({', '.join(extras)})" if extras else "")


def check_report(report: Mapping[str, Any], frame: pd.DataFrame) -> list[str]:
    """Every way *frame* (the report's rows) differs from what the coder records.

    Examples
    --------
    >>> frame = pd.DataFrame({"event_type": ["Protests"], "location": ["Paris"],
    ...                       "country_code": ["FR"], "latitude": [48.85], "longitude": [2.35]})
    >>> check_report({"file": "x.txt", "not_locations": ["Paris"]}, frame)[0]
    'a row is located at Paris, which the report mentions only in passing'
    """
    rows = [dict(row) for _, row in frame.iterrows()]
    problems = []
    expected = report.get("incident", [])
    for exp, found in zip(expected, assign(expected, rows), strict=True):
        if found is None:
            problems.append(f"no row for: {describe(exp)}")
    for name in report.get("not_locations", []):
        if any(fold(name) in _names(row) for row in rows):
            problems.append(
                f"a row is located at {name}, which the report mentions only in passing"
            )
    limit = report.get("max_incidents")
    if limit is not None and len(rows) > limit:
        problems.append(f"{len(rows)} rows, at most {limit} expected")
    if problems:
        first = ("event_type", "sub_event_type", "location", "latitude", "longitude", "event_date")
        columns = [c for c in (*first, *COUNTS, "precision", "agency") if c in frame]
        problems.append("rows:\n" + frame[columns].to_string())
    return problems


# --------------------------------------------------------------------------- the reports

REPORT_LIST = load_reports()


@cache
def _extracted(file: str) -> pd.DataFrame:
    from incidents.pipeline import extract

    return pd.DataFrame(extract([REPORTS / file]))


@pytest.mark.parametrize("report", REPORT_LIST, ids=[r["file"] for r in REPORT_LIST])
def test_report(report: dict[str, Any]) -> None:
    file = report["file"].split("#")[0]
    frame = _extracted(file)
    problems = check_report(report, rows_of(frame, report["file"]))
    assert not problems, f"{report['file']}:\n" + "\n".join(problems)


def _csv_to_xlsx(source: Path, target: Path) -> None:
    import csv

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    with source.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            sheet.append(row)
    book.save(target)


def test_an_excel_table_gives_the_incidents_of_the_same_csv(tmp_path: Path) -> None:
    # The same rows as world_places.csv, as an Excel workbook (built here:
    # no binary fixture in the repository), must give the same incidents.
    from incidents.pipeline import extract

    report = next(r for r in REPORT_LIST if r["file"] == "world_places.csv")
    workbook = tmp_path / "world_places.xlsx"
    _csv_to_xlsx(REPORTS / "world_places.csv", workbook)
    frame = pd.DataFrame(extract([workbook]))
    assert check_report(report, rows_of(frame, "world_places.xlsx")) == []


# --------------------------------------------------------------------------- the expectations themselves


def test_every_report_file_has_expectations_and_exists() -> None:
    listed = {r["file"].split("#")[0] for r in REPORT_LIST}
    present = {
        p.name for p in REPORTS.iterdir() if p.suffix not in {".toml"} and p.name != "README.md"
    }
    assert listed == present
    assert len(REPORT_LIST) >= 30


def test_expectations_follow_the_acled_taxonomy() -> None:
    for report in REPORT_LIST:
        assert report.get("lang") in {"de", "en", "ru", "fr", "es"}, report["file"]
        for exp in report.get("incident", []):
            assert exp["event_type"] in ACLED_TYPES, report["file"]
            if "sub_event_type" in exp:
                assert exp["sub_event_type"] in ACLED_TYPES[exp["event_type"]], report["file"]
            assert ("lat" in exp) == ("lon" in exp), report["file"]
            assert "location" in exp or exp.get("precision") == "country", report["file"]
            assert exp.get("precision", "city") in PRECISIONS, report["file"]
            if "event_date" in exp:
                text = str(exp["event_date"])
                assert _MONTH.match(text) or dt.date.fromisoformat(text), report["file"]
                assert (_MONTH.match(text) is not None) == (exp.get("time_precision") == 3), (
                    f"{report['file']}: a month-only date goes with time_precision 3"
                )


def test_jsonl_and_feed_reports_name_existing_entries() -> None:
    for report in REPORT_LIST:
        if "#" in report["file"]:
            file, n = report["file"].split("#")
            path = REPORTS / file
            if path.suffix == ".jsonl":
                lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
                assert 1 <= int(n) <= len(lines), report["file"]
            else:
                text = path.read_text(encoding="utf-8")
                entries = text.count("<item>") + text.count("<entry>")
                assert 1 <= int(n) <= entries, report["file"]


# --------------------------------------------------------------------------- the matcher


def _frame(**columns: Any) -> pd.DataFrame:
    return pd.DataFrame(columns)


ALMATY = {"lat": 43.25, "lon": 76.92}


def test_matcher_accepts_a_faithful_table_and_names_what_is_missing() -> None:
    report = {
        "file": "de_x.txt",
        "not_locations": ["Paris"],
        "max_incidents": 3,
        "incident": [
            {"event_type": "Riots", "location": "Almaty", "country_code": "KZ", **ALMATY,
             "event_date": "2022-01-06", "agency": "TASS", "precision": "within city"},
            {"event_type": "Strategic developments", "sub_event_type": "Arrests",
             "country_code": "KZ", "precision": "country", "arrests": 3000},
        ],
    }  # fmt: skip
    frame = _frame(
        event_type=["Strategic developments", "Riots"],
        sub_event_type=["Arrests", "Violent demonstration"],
        location=["Kazakhstan", "Republic Square, Almaty"],
        country_code=["KZ", "KZ"],
        latitude=[48.0, 43.238],
        longitude=[68.0, 76.945],
        precision=["country", "within city"],
        event_date=pd.to_datetime(["2022-01-07", "2022-01-06"]),
        arrests=[3000.0, float("nan")],
        agency=[None, "TASS; Interfax"],
        doc_id=["de_x.txt", "de_x.txt"],
    )
    assert check_report(report, frame) == []

    wrong = frame.assign(
        event_date=pd.to_datetime(["2022-01-07", "2022-01-05"]), arrests=[300.0, float("nan")]
    )
    problems = check_report(report, wrong)
    assert len(problems) == 3  # two unmatched incidents and the rows dump
    assert problems[0].startswith("no row for: Riots at Almaty on 2022-01-06")
    assert "arrests=3000" in problems[1]


def test_matcher_uses_each_row_once_and_checks_distance_and_bounds() -> None:
    exp = {"event_type": "Riots", "location": "Almaty", **ALMATY}
    airport = {"event_type": "Riots", "location": "Almaty airport", "lat": 43.3521, "lon": 77.0405,
               "precision": "exact"}  # fmt: skip
    one_row = _frame(
        event_type=["Riots"], location=["Almaty"], country_code=["KZ"],
        latitude=[43.25], longitude=[76.91], precision=["city"], doc_id=["r.txt"],
    )  # fmt: skip
    report = {"file": "r.txt", "incident": [exp, airport], "max_incidents": 0}
    problems = check_report(report, one_row)
    assert problems[0] == "no row for: Riots at Almaty airport (precision=exact)"
    assert problems[1] == "1 rows, at most 0 expected"

    # 25 km tolerance: Taldykorgan (about 190 km away) is not Almaty
    far = one_row.assign(latitude=[45.0156], longitude=[78.3739])
    assert not row_matches(exp, dict(far.iloc[0]))
    # month-only expectations match any day of that month, not another month
    month = {"event_type": "Riots", "location": "Almaty", "event_date": "2022-01"}
    assert row_matches(month, {**dict(one_row.iloc[0]), "event_date": pd.Timestamp("2022-01-31")})
    assert not row_matches(
        month, {**dict(one_row.iloc[0]), "event_date": pd.Timestamp("2022-02-01")}
    )


def test_rows_of_separates_the_lines_of_a_jsonl_file() -> None:
    frame = _frame(
        doc_id=["wire.jsonl#1", "wire.jsonl#12", "sub/wire.jsonl#2; wire.jsonl#1", "other.txt"],
    )
    assert rows_of(frame, "wire.jsonl#1").index.tolist() == [0, 2]
    assert rows_of(frame, "wire.jsonl#2").index.tolist() == [2]
    assert rows_of(frame, "wire.jsonl").index.tolist() == [0, 1, 2]
    assert rows_of(frame, "other.txt").index.tolist() == [3]
    empty = rows_of(frame.iloc[:0], "other.txt")
    assert list(empty.columns) == ["doc_id"]
    assert empty.empty
