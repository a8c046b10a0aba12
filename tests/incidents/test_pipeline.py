"""The pipeline: inputs of every kind, worker processes, Dask, filters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from incidents.distributed import run_dask
from incidents.pipeline import Options, extract, run

TOWNS = ["Almaty", "Aktobe", "Shymkent", "Taraz", "Aktau", "Oral", "Kyzylorda", "Atyrau"]


def reports(n: int) -> list[str]:
    return [
        f"Police in {TOWNS[i % len(TOWNS)]} detained {10 + i} protesters on 6 January 2022, "
        "Interfax reported."
        for i in range(n)
    ]


def test_worker_processes_give_the_same_table_as_one_process() -> None:
    texts = reports(20)  # above the threshold where workers start
    one = extract(texts, lang="en", workers=1)
    two = extract(texts, lang="en", workers=2)
    columns = ["event_type", "location", "arrests", "event_date", "place_id"]
    assert len(one) == len(TOWNS)
    assert (
        one[columns]
        .sort_values("place_id")
        .reset_index(drop=True)
        .equals(two[columns].sort_values("place_id").reset_index(drop=True))
    )


def test_dask_runs_the_same_pipeline() -> None:
    texts = reports(10)
    local = run(texts, options=Options(lang="en"), workers=1)
    dask = run_dask(texts, options=Options(lang="en"), npartitions=3, scheduler="synchronous")
    assert sorted(dask.table["location"]) == sorted(local.table["location"])
    assert dask.n_read == local.n_read == 10


def test_paths_texts_and_errors_are_accounted_for(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(reports(1)[0], encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run([good, str(empty), "Protesters rallied in Aktobe on 4 January 2022."], workers=1)
    assert result.n_read == 2
    assert [e.path for e in result.errors] == [str(empty)]
    assert {"Almaty", "Aktobe"} <= set(result.table["location"])


def test_filters_by_type_date_and_confidence() -> None:
    texts = [
        "Police in Almaty detained 30 people on 6 January 2022.",
        "Protesters rallied in Aktobe on 4 January 2022.",
    ]
    protests = extract(texts, lang="en", types=["Protests"], workers=1)
    assert set(protests["location"]) == {"Aktobe"}
    late = extract(texts, lang="en", since=dt.date(2022, 1, 5), workers=1)
    assert set(late["location"]) == {"Almaty"}
    assert extract(texts, lang="en", min_confidence=1.01, workers=1).empty


def test_unknown_input_type_is_refused() -> None:
    with pytest.raises(TypeError, match="path or text"):
        extract([42], workers=1)  # type: ignore[list-item]
