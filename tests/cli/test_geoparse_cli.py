"""``incident-map geoparse`` through click's CliRunner, on the real gazetteer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from incident_mapper.cli import cli

REPORTS = Path(__file__).parent.parent / "geo" / "data" / "reports"
FIELDS = {
    "doc",
    "text",
    "start",
    "end",
    "name",
    "lat",
    "lon",
    "kind",
    "country_code",
    "precision",
    "confidence",
    "id",
}


@pytest.fixture(scope="module")
def runner(gazetteer: Any) -> CliRunner:  # the fixture builds/loads the gazetteer once
    return CliRunner()


def test_jsonl_has_one_object_per_mention(runner: CliRunner) -> None:
    path = REPORTS / "de_almaty.txt"
    result = runner.invoke(cli, ["geoparse", str(path), "--lang", "de"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    assert all(set(r) >= FIELDS for r in rows)
    text = path.read_text("utf-8")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)
    by_text = {r["text"]: r for r in rows}
    assert by_text["Almaty"]["country_code"] == "KZ"
    assert by_text["Flughafen in Almaty"]["kind"] == "airport"
    assert by_text["Platz der Republik"]["unresolved"] == "Platz der Republik"
    assert "Auch" not in by_text


def test_stdin_and_table(runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["geoparse", "-", "--format", "table", "--lang", "ru"], input="Протесты в Москве.\n"
    )
    assert result.exit_code == 0, result.output
    assert "Moscow" in result.stdout
    assert "<stdin>" in result.stdout


def test_unreadable_file_is_named_and_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Proteste in Köln".encode("latin-1"))
    good = REPORTS / "en_london.txt"
    result = runner.invoke(cli, ["geoparse", str(bad), str(good), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "latin1.txt" in result.stderr
    assert "missing.txt" in result.stderr
    assert "London" in result.stdout  # the good file is still processed


def test_country_bias_option_and_bad_usage(runner: CliRunner) -> None:
    ok = runner.invoke(
        cli, ["geoparse", "-", "--country", "US", "--lang", "en"], input="Rain in Paris."
    )
    assert ok.exit_code == 0
    assert json.loads(ok.stdout.splitlines()[0])["country_code"] in ("US", "FR")
    assert runner.invoke(cli, ["geoparse", "-", "--bogus"], input="x").exit_code == 2
    assert runner.invoke(cli, ["geoparse", "-", "--country", "USA"], input="x").exit_code == 2


def test_a_feed_is_read_into_its_documents(runner: CliRunner, tmp_path: Path) -> None:
    feed = tmp_path / "desk.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Desk</title>'
        "<item><title>Clashes</title><guid>a</guid><pubDate>Mon, 10 Aug 2020 06:00:00 +0000</pubDate>"
        "<description>Riot police in Minsk fired stun grenades.</description></item>"
        "<item><title>Floods</title><guid>b</guid><pubDate>Tue, 11 Aug 2020 06:00:00 +0000</pubDate>"
        "<description>Floods hit Tbilisi on Tuesday.</description></item>"
        "</channel></rss>",
        "utf-8",
    )
    result = runner.invoke(cli, ["geoparse", str(feed), "--lang", "en"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    # one document per item; the markup and the dates ("Mon", "Tue") are no text
    assert [(r["text"], r["country_code"]) for r in rows] == [("Minsk", "BY"), ("Tbilisi", "GE")]
    assert rows[0]["doc"] != rows[1]["doc"]
    assert all(r["doc"].startswith(str(feed)) or "desk.xml" in r["doc"] for r in rows)
