"""Dates in sentences, resolved against the report's date."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents._dates import dateline, find_date, find_dates, month_start

FRIDAY = dt.date(2022, 1, 7)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Am Freitag kam es zu Protesten.", "de", dt.date(2022, 1, 7)),
        ("Am Donnerstag kam es zu Protesten.", "de", dt.date(2022, 1, 6)),
        ("Am Samstag kam es zu Protesten.", "de", dt.date(2022, 1, 1)),
        ("Am Mittwochabend fielen Schüsse.", "de", dt.date(2022, 1, 5)),
        ("In der Nacht zum Donnerstag fielen Schüsse.", "de", dt.date(2022, 1, 5)),
        ("Gestern wurden 100 Menschen festgenommen.", "de", dt.date(2022, 1, 6)),
        ("Heute blieb es ruhig.", "de", dt.date(2022, 1, 7)),
        ("Vorgestern blieb es ruhig.", "de", dt.date(2022, 1, 5)),
        ("Protesters gathered on Thursday.", "en", dt.date(2022, 1, 6)),
        ("Police fired tear gas yesterday.", "en", dt.date(2022, 1, 6)),
        ("В пятницу прошли митинги.", "ru", dt.date(2022, 1, 7)),
        ("В среду прошли митинги.", "ru", dt.date(2022, 1, 5)),
        ("Вчера прошли митинги.", "ru", dt.date(2022, 1, 6)),
        ("В ночь на четверг прошли митинги.", "ru", dt.date(2022, 1, 5)),
    ],
)
def test_relative_days(text: str, lang: str, day: dt.date) -> None:
    hit = find_date(text, lang, published=FRIDAY, date_precision=1)
    assert hit is not None
    assert (hit.day, hit.precision) == (day, 1)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Am 5. Januar stürmten Demonstranten das Rathaus.", "de", dt.date(2022, 1, 5)),
        ("Am 28. Dezember begannen die Proteste.", "de", dt.date(2021, 12, 28)),
        ("On January 6 troops arrived.", "en", dt.date(2022, 1, 6)),
        ("On 6 January troops arrived.", "en", dt.date(2022, 1, 6)),
        ("Troops arrived on Jan. 6, 2021.", "en", dt.date(2021, 1, 6)),
        ("6 января прибыли миротворцы.", "ru", dt.date(2022, 1, 6)),
        ("Report of 2022-01-04.", "en", dt.date(2022, 1, 4)),
        ("Bericht vom 04.01.2022.", "de", dt.date(2022, 1, 4)),
    ],
)
def test_explicit_dates(text: str, lang: str, day: dt.date) -> None:
    hit = find_date(text, lang, published=FRIDAY)
    assert hit is not None
    assert (hit.day, hit.precision) == (day, 1)


def test_offsets_cover_the_expression() -> None:
    text = "Demonstranten kamen am 5. Januar 2022."
    hit = find_date(text, "de", published=FRIDAY)
    assert hit is not None
    assert text[hit.start : hit.end] == "5. Januar 2022"


def test_weekdays_need_a_report_date_of_day_precision() -> None:
    assert find_date("Am Freitag kam es zu Protesten.", "de") is None
    month_only = dt.date(2022, 1, 1)
    assert (
        find_date("Am Freitag kam es zu Protesten.", "de", published=month_only, date_precision=3)
        is None
    )


def test_explicit_day_without_year_needs_a_report_date() -> None:
    assert find_date("Am 5. Januar kam es zu Protesten.", "de") is None
    assert find_date("Am 5. Januar 2022 kam es zu Protesten.", "de") is not None


def test_this_month_keeps_month_precision() -> None:
    hit = find_date(
        "Protests began earlier this month.", "en", published=dt.date(2022, 1, 1), date_precision=3
    )
    assert hit is not None
    assert (hit.day, hit.precision) == (dt.date(2022, 1, 1), 3)


def test_last_week_is_week_precision() -> None:
    hit = find_date("Last week the police arrested 20 people.", "en", published=FRIDAY)
    assert hit is not None
    assert (hit.day, hit.precision) == (dt.date(2021, 12, 27), 2)


def test_no_date() -> None:
    assert find_dates("Demonstranten zogen durch die Stadt.", "de", published=FRIDAY) == []


def test_all_dates_in_order() -> None:
    text = (
        "Den Flughafen, den Randalierer am Mittwoch besetzt hatten, räumten Soldaten am Donnerstag."
    )
    assert [h.day.day for h in find_dates(text, "de", published=FRIDAY)] == [5, 6]


def test_dateline() -> None:
    text = "ALMATY, Jan 7, 2022 (Example Wire) - Protesters gathered."
    end, hit = dateline(text)
    assert hit is not None
    assert hit.day == FRIDAY
    assert text[end:].strip() == "Protesters gathered."
    assert dateline("Almaty (dpa) - Demonstranten versammelten sich.")[1] is None
    _end, hit = dateline(
        "Aufruhr\n\nTaldykorgan, 5. Januar 2022 - Demonstranten stürzten ein Denkmal."
    )
    assert hit is not None
    assert hit.day == dt.date(2022, 1, 5)
    assert dateline("Demonstranten versammelten sich am Freitag.") == (0, None)


def test_month_start() -> None:
    assert month_start(dt.date(2022, 2, 28)) == dt.date(2022, 2, 1)
