"""Reading reports: formats, encodings, metadata lines, ids, and errors that never stop the rest."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from geo.errors import ConfigError, DocumentError
from incidents._text import decode_bytes, parse_metadata_line, split_credit, strip_markdown
from incidents.agencies import find_agency, load_agencies
from incidents.documents import document_from_text, read_document, read_documents
from incidents.types import Document, IncidentRow

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "reports"
BAD = DATA / "bad"

ALMATY_CAPTION = "Truppen der »Antiterroroperation« am Donnerstag in Alamaty"


def _by_id(results: list[object]) -> dict[str, Document]:
    return {r.id: r for r in results if isinstance(r, Document)}


@pytest.fixture(scope="module")
def folder_results() -> list[Document | IncidentRow | DocumentError]:
    return list(read_documents(REPORTS))


# ---------------------------------------------------------------- folders and ids


def test_folder_is_read_recursively_sorted_without_hidden_files(folder_results) -> None:
    files = []
    for result in folder_results:
        name = Path(result.path).relative_to(REPORTS).as_posix()
        if name not in files:
            files.append(name)
    assert files == [
        "almaty_de.txt",
        "incidents_de.csv",
        "incidents_en.tsv",
        "sub/feed.atom",
        "sub/feed.rss",
        "sub/lines.jsonl",
        "sub/page_de.html",
        "sub/report_de_latin1.txt",
        "sub/report_ru_cp1251.txt",
        "unrest_en.md",
    ]


def test_ids_are_relative_to_the_given_folder_and_entry_numbers(folder_results) -> None:
    ids = [
        r.id if isinstance(r, Document) else r.row_id
        for r in folder_results
        if not isinstance(r, DocumentError)
    ]
    assert ids == [
        "reports/almaty_de.txt",
        "reports/incidents_de.csv#1",
        "reports/incidents_de.csv#2",
        "reports/incidents_en.tsv#1",
        "reports/sub/feed.atom#1",
        "reports/sub/feed.rss#1",
        "reports/sub/feed.rss#2",
        "reports/sub/lines.jsonl#1",
        "reports/sub/lines.jsonl#6",
        "reports/sub/page_de.html",
        "reports/sub/report_de_latin1.txt",
        "reports/sub/report_ru_cp1251.txt",
        "reports/unrest_en.md",
    ]


def test_ids_do_not_depend_on_the_working_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    absolute = [getattr(r, "id", None) for r in read_documents(REPORTS / "sub")]
    monkeypatch.chdir(REPORTS)
    relative = [getattr(r, "id", None) for r in read_documents("sub")]
    assert absolute == relative
    assert "sub/page_de.html" in absolute


def test_a_file_given_directly_is_named_by_its_file_name() -> None:
    (doc,) = read_documents(REPORTS / "almaty_de.txt")
    assert doc.id == "almaty_de.txt"
    assert doc.path == str(REPORTS / "almaty_de.txt")


def test_not_recursive_reads_only_the_top_folder() -> None:
    paths = {Path(r.path).parent for r in read_documents(REPORTS, recursive=False)}
    assert paths == {REPORTS}


def test_errors_come_in_order_and_never_stop_the_rest() -> None:
    results = list(read_documents([BAD, REPORTS / "almaty_de.txt", BAD / "missing.txt"]))
    reasons = [(Path(r.path).name, r.reason) for r in results if isinstance(r, DocumentError)]
    assert [name for name, _ in reasons] == [
        "binary.txt",
        "blank.txt",
        "catalog.xml",
        "empty.txt",
        "malformed.csv",
        "no_location.csv",
        "noise.txt",
        "report.docx",
        "missing.txt",
    ]
    assert isinstance(results[-2], Document)
    assert results[-2].id == "almaty_de.txt"
    reason = dict(reasons)
    assert "NUL" in reason["binary.txt"]
    assert reason["empty.txt"] == "file is empty"
    assert "not an RSS or Atom feed" in reason["catalog.xml"]
    assert "line 3" in reason["malformed.csv"]
    assert "'Datum', 'Beschreibung', 'Quelle'" in reason["no_location.csv"]
    assert "encoding" in reason["noise.txt"]
    assert "'.docx'" in reason["report.docx"]
    assert reason["missing.txt"] == "no such file or folder"


def test_every_error_names_its_file() -> None:
    for result in read_documents(BAD):
        assert isinstance(result, DocumentError)
        assert str(BAD) in str(result)


def test_files_over_max_bytes_are_refused_and_the_others_read() -> None:
    size = (REPORTS / "almaty_de.txt").stat().st_size
    results = list(
        read_documents([REPORTS / "almaty_de.txt", REPORTS / "unrest_en.md"], max_bytes=size - 1)
    )
    assert isinstance(results[0], DocumentError)
    assert "too big" in results[0].reason
    assert f"{size - 1:,}" in results[0].reason
    assert isinstance(results[1], Document)


# ---------------------------------------------------------------- plain text and metadata


def test_metadata_first_line_gives_date_credit_caption(folder_results) -> None:
    doc = _by_id(folder_results)["reports/almaty_de.txt"]
    assert doc.published == dt.date(2022, 1, 1)
    assert doc.date_precision == 3
    assert doc.agencies == ("TASS", "dpa")
    assert doc.source == "dpa"
    assert doc.caption == ALMATY_CAPTION
    assert doc.text.startswith(ALMATY_CAPTION + "\n\nBei Zusammenstößen")
    assert "date 2022-01" not in doc.text
    assert doc.lang == "de"


@pytest.mark.parametrize(
    ("line", "published", "precision", "agencies", "caption"),
    [
        ("date 2022-01-07 Name/AP Caption here", dt.date(2022, 1, 7), 1, ("AP",), "Caption here"),
        ("date 2022 Caption without credit", dt.date(2022, 1, 1), 4, (), "Caption without credit"),
        (
            "Date: 07.01.2022 Anna Muster / Reuters / dpa Polizei",
            dt.date(2022, 1, 7),
            1,
            ("Reuters", "dpa"),
            "Polizei",
        ),
        (
            "date 2022-01 Ivan Petrov/RIA Novosti/dpa Soldaten",
            dt.date(2022, 1, 1),
            3,
            ("RIA Novosti", "dpa"),
            "Soldaten",
        ),
        (
            "date 2022-01 Ivan Petrov/РИА Новости Солдаты",
            dt.date(2022, 1, 1),
            3,
            ("RIA Novosti",),
            "Солдаты",
        ),
        (
            "дата 2022-01-05 Фото: Иван Петров/ТАСС Митинг",
            dt.date(2022, 1, 5),
            1,
            ("TASS",),
            "Митинг",
        ),
        (
            "date 2022-01 Protest 24/7 in Almaty",
            dt.date(2022, 1, 1),
            3,
            (),
            "Protest 24/7 in Almaty",
        ),
        ("date 2022-01 TASS/dpa Truppen", dt.date(2022, 1, 1), 3, ("TASS", "dpa"), "Truppen"),
        (
            "date 2022-01 Max Muster/Lokalblatt Brand",
            dt.date(2022, 1, 1),
            3,
            ("Lokalblatt",),
            "Brand",
        ),
    ],
)
def test_metadata_lines(line, published, precision, agencies, caption) -> None:
    meta = parse_metadata_line(line)
    assert meta is not None
    assert (meta.published, meta.date_precision, meta.agencies, meta.caption) == (
        published,
        precision,
        agencies,
        caption,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Demonstranten in Almaty",
        "date unknown Almaty",
        "date 2022-13 Almaty",
        "Update 2022-01-07: Almaty",
        "",
    ],
)
def test_lines_that_are_not_metadata(line) -> None:
    assert parse_metadata_line(line) is None


def test_not_metadata_first_line_stays_text() -> None:
    doc = document_from_text("date 2022-13 is not a month\nBody.", lang="en")
    assert doc.text == "date 2022-13 is not a month\nBody."
    assert doc.published is None
    assert doc.caption is None


def test_a_credit_sentence_with_many_words_before_the_slash_is_caption() -> None:
    assert split_credit("Die Lage in der Stadt und/oder im Umland bleibt ruhig") == (
        None,
        (),
        "Die Lage in der Stadt und/oder im Umland bleibt ruhig",
    )


def test_photo_agency_is_not_the_outlet() -> None:
    doc = document_from_text("date 2022-01 Name/dpa/picture alliance Polizei\nText.", lang="de")
    assert doc.agencies == ("dpa", "picture alliance")
    assert doc.source == "dpa"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("В Алматы задержаны более трёх тысяч человек, сообщает агентство ТАСС.", "cp1251"),
        ("В Алматы задержаны более трёх тысяч человек, сообщает агентство ТАСС.", "koi8_r"),
        ("Привет, Алматы", "cp1251"),
        ("Über 3.000 Menschen wurden festgenommen, heißt es aus Almaty.", "latin-1"),
        ("Straße", "latin-1"),
        ("Größere Ausschreitungen in Köln – „Ärger“ über die Polizei", "cp1252"),
        ("Über 3.000 Menschen wurden festgenommen.", "utf-8"),
        ("Über 3.000 Menschen wurden festgenommen.", "utf-8-sig"),
        ("Задержаны 100 человек.", "utf-16"),
    ],
)
def test_decode_bytes(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "x.txt") == text


def test_legacy_encoded_files_come_out_right(folder_results) -> None:
    docs = _by_id(folder_results)
    german = docs["reports/sub/report_de_latin1.txt"]
    assert german.text.startswith(
        "Über 3.000 Menschen wurden in Kasachstan festgenommen, heißt es."
    )
    assert "Die Straßen rund um den Platz der Republik" in german.text
    russian = docs["reports/sub/report_ru_cp1251.txt"]
    assert russian.caption == "Бойцы ОДКБ в аэропорту Алматы"
    assert russian.agencies == ("RIA Novosti",)
    assert "В Алматы задержаны более трёх тысяч человек." in russian.text
    assert (german.lang, russian.lang) == ("de", "ru")


def test_utf16_with_bom_is_text_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("Протест в Алматы.".encode("utf-16"))
    assert read_document(path).text == "Протест в Алматы."


# ---------------------------------------------------------------- Markdown


def test_markdown_file(folder_results) -> None:
    doc = _by_id(folder_results)["reports/unrest_en.md"]
    assert doc.title == "Troops retake Almaty airport"
    assert doc.text.startswith(
        "Almaty, 7 January 2022. Troops of the CSTO retook the airport of\nAlmaty"
    )
    for markup in ("#", "*", "[", "](", "> ", "- About", "https://"):
        assert markup not in doc.text
    assert "About 2,500 CSTO troops arrived." in doc.text
    assert "more than 3,000 people were detained nationwide" in doc.text


@pytest.mark.parametrize(
    ("markdown", "title", "text"),
    [
        ("Title\n=====\n\nBody _text_ here.", "Title", "Body text here."),
        (
            "Intro line.\n\n## Later heading\n\nMore.",
            "Later heading",
            "Intro line.\n\nLater heading\n\nMore.",
        ),
        (
            "```\ncode # not a heading\n```\nsnake_case_name stays",
            None,
            "code # not a heading\nsnake_case_name stays",
        ),
        (
            "![photo](a.jpg) Caption with `code` and ~~old~~ new.",
            None,
            "Caption with code and old new.",
        ),
        ("| Ort | Tote |\n|---|---|\n| Almaty | 18 |", None, "Ort Tote\n\nAlmaty 18"),
        ("1. First\n2. Second\n\n---\n\n[ref]: http://x", None, "First\nSecond"),
    ],
)
def test_strip_markdown(markdown, title, text) -> None:
    assert strip_markdown(markdown) == (title, text)


# ---------------------------------------------------------------- HTML, feeds, JSON Lines


def test_html_page_main_text_and_metadata(folder_results) -> None:
    doc = _by_id(folder_results)["reports/sub/page_de.html"]
    assert doc.title == "Festnahmen in Almaty"
    assert doc.source == "Tagesblatt"
    assert doc.author == "Anna Beispiel"
    assert doc.url == "https://tagesblatt.example/almaty-festnahmen"
    assert (doc.published, doc.date_precision) == (dt.date(2022, 1, 9), 1)
    assert doc.text.startswith("In Almaty sind nach Angaben des Innenministeriums")
    assert "über 3.000 Menschen festgenommen" in doc.text
    for boilerplate in ("Startseite", "Impressum", "<p>"):
        assert boilerplate not in doc.text


def test_tiny_html_page_falls_back_to_its_text(tmp_path: Path) -> None:
    path = tmp_path / "tiny.htm"
    path.write_text("<html><body><p>Protest in Aktau.</p></body></html>", encoding="utf-8")
    assert read_document(path, lang="en").text == "Protest in Aktau."


def test_rss_entries(folder_results) -> None:
    docs = _by_id(folder_results)
    first, second = docs["reports/sub/feed.rss#1"], docs["reports/sub/feed.rss#2"]
    assert first.title == "Protest in Aktobe"
    assert (
        first.text
        == "Hundreds of people gathered on the main square of Aktobe on Wednesday to protest against fuel prices."
    )
    assert first.url == "https://steppe.example/aktobe-protest"
    assert (first.published, first.date_precision) == (dt.date(2022, 1, 5), 1)
    assert first.source == second.source == "Steppe News"
    assert second.text == "A curfew was declared in Almaty & the surrounding region."


def test_atom_entry(folder_results) -> None:
    doc = _by_id(folder_results)["reports/sub/feed.atom#1"]
    assert doc.text == "В Алматы задержаны более ста человек, сообщает агентство ТАСС."
    assert (doc.title, doc.source, doc.url) == (
        "Задержания в Алматы",
        "Лента новостей",
        "https://lenta.example/1",
    )
    assert doc.published == dt.date(2022, 1, 7)
    assert doc.lang == "ru"


def test_xml_feed_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "news.xml"
    path.write_bytes((REPORTS / "sub" / "feed.rss").read_bytes())
    assert [r.id for r in read_documents(path)] == ["news.xml#1", "news.xml#2"]


def test_jsonl_good_and_bad_lines(folder_results) -> None:
    docs = _by_id(folder_results)
    first = docs["reports/sub/lines.jsonl#1"]
    assert (first.title, first.url, first.source, first.lang) == (
        "Rally dispersed",
        "https://example.org/1",
        "Example Wire",
        "en",
    )
    assert (first.published, first.date_precision) == (dt.date(2022, 1, 4), 1)
    last = docs["reports/sub/lines.jsonl#6"]
    assert (last.published, last.date_precision, last.source) == (
        dt.date(2022, 1, 1),
        4,
        "Tengrinews",
    )
    errors = [r for r in folder_results if isinstance(r, DocumentError) and "lines.jsonl" in r.path]
    assert [e.reason.split(":")[0] for e in errors] == ["line 3", "line 4", "line 5"]
    assert "next week" in errors[2].reason


def test_record_language_wins_over_the_argument(tmp_path: Path) -> None:
    path = tmp_path / "a.ndjson"
    lines = [{"text": "Polizei in Almaty.", "lang": "de"}, {"text": "Polizei in Almaty."}]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    assert [d.lang for d in read_documents(path, lang="ru")] == ["de", "ru"]


# ---------------------------------------------------------------- incident tables


def test_german_csv_rows(folder_results) -> None:
    rows = [r for r in folder_results if isinstance(r, IncidentRow) and "incidents_de" in r.row_id]
    assert len(rows) == 2
    almaty, aktau = rows
    assert (almaty.location, almaty.country, almaty.event_date, almaty.date_precision) == (
        "Almaty",
        "Kasachstan",
        dt.date(2022, 1, 6),
        1,
    )
    assert (almaty.latitude, almaty.longitude, almaty.fatalities, almaty.source) == (
        43.2389,
        76.9456,
        18,
        "dpa",
    )
    assert almaty.description == "Zusammenstöße am Platz der Republik"
    assert (aktau.event_date, aktau.date_precision, aktau.latitude, aktau.fatalities) == (
        dt.date(2022, 1, 1),
        3,
        None,
        None,
    )
    errors = [
        r for r in folder_results if isinstance(r, DocumentError) and "incidents_de" in r.path
    ]
    assert [e.reason for e in errors] == [
        "row 3 has no location",
        "row 4 latitude 95.0 is outside -90..90",
    ]


def test_tsv_rows(folder_results) -> None:
    (row,) = [
        r for r in folder_results if isinstance(r, IncidentRow) and "incidents_en" in r.row_id
    ]
    assert (row.location, row.event_type, row.fatalities, row.latitude, row.longitude) == (
        "Almaty Airport",
        "Strategic developments",
        0,
        43.3521,
        77.0405,
    )


def test_excel_table(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Standort", "LAT", "Länge", "Datum", "Fatalities", "Sonstiges"])
    sheet.append(["Almaty", 43.25, 76.91, dt.datetime(2022, 1, 6), 18, "x"])
    sheet.append(["Aktobe", None, None, "2022-01", None, None])
    sheet.append(["Shymkent", None, None, "7. Januar 2022", None, None])
    sheet.append(["Taraz", None, None, "yesterday", None, None])
    book.save(tmp_path / "table.xlsx")
    results = list(read_documents(tmp_path / "table.xlsx"))
    almaty, aktobe, shymkent, bad = results
    assert (
        almaty.row_id,
        almaty.location,
        almaty.latitude,
        almaty.event_date,
        almaty.fatalities,
    ) == (
        "table.xlsx#1",
        "Almaty",
        43.25,
        dt.date(2022, 1, 6),
        18,
    )
    assert (aktobe.event_date, aktobe.date_precision) == (dt.date(2022, 1, 1), 3)
    assert (shymkent.event_date, shymkent.date_precision) == (dt.date(2022, 1, 7), 1)
    assert isinstance(bad, DocumentError)
    assert bad.reason == "row 4 date 'yesterday' is not a date"


def test_a_broken_workbook_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    (result,) = read_documents(tmp_path / "broken.xlsx")
    assert isinstance(result, DocumentError)
    assert "Excel" in result.reason


# ---------------------------------------------------------------- single documents and strings


def test_read_document_refuses_files_with_several_records() -> None:
    with pytest.raises(DocumentError, match="not one document"):
        read_document(REPORTS / "sub" / "feed.rss")
    with pytest.raises(DocumentError, match="file is empty"):
        read_document(BAD / "empty.txt")


def test_document_from_text_ids_are_content_hashes() -> None:
    one = document_from_text("Protest in Almaty.", lang="en")
    assert one.id == document_from_text("Protest in Almaty.", lang="en").id
    assert one.id != document_from_text("Protest in Aktau.", lang="en").id
    assert one.id.startswith("text:")
    assert document_from_text("Protest.", id="mine", lang="en").id == "mine"


def test_document_from_text_overrides_and_detects() -> None:
    doc = document_from_text(
        "date 2022-01 Name/TASS Caption\nДемонстранты собрались на площади.",
        published=dt.date(2022, 1, 6),
        source="Example",
    )
    assert (doc.published, doc.date_precision, doc.source, doc.agencies) == (
        dt.date(2022, 1, 6),
        1,
        "Example",
        ("TASS",),
    )
    assert doc.lang == "ru"


# ---------------------------------------------------------------- agencies


def test_agency_list_has_the_wire_services_and_their_aliases() -> None:
    names = {agency.name for agency in load_agencies()}
    for name in (
        "AFP",
        "AP",
        "dpa",
        "Reuters",
        "TASS",
        "RIA Novosti",
        "Interfax",
        "Sputnik",
        "EPA",
        "Anadolu",
        "Xinhua",
        "KazTAG",
        "Tengrinews",
    ):
        assert name in names
    for alias, name in [
        ("Nachrichtenagentur Reuters", "Reuters"),
        ("агентство ТАСС", "TASS"),
        ("ТАСС", "TASS"),
        ("Интерфакс", "Interfax"),
        ("itar-tass", "TASS"),
    ]:
        assert find_agency(alias).name == name


def test_no_alias_names_two_agencies() -> None:
    from geo.normalize import fold

    owners: dict[str, str] = {}
    for agency in load_agencies():
        for name in agency.names:
            assert "/" not in name, name  # a slash would split photo credits
            assert owners.setdefault(fold(name), agency.name) == agency.name, name


def test_custom_agency_file(tmp_path: Path) -> None:
    path = tmp_path / "agencies.toml"
    path.write_text('[[agency]]\nname = "Lokalblatt"\naliases = ["LB"]\n', encoding="utf-8")
    (agency,) = load_agencies(path)
    assert (agency.name, agency.aliases, agency.kind) == ("Lokalblatt", ("LB",), "news")
    path.write_text('[[agency]]\naliases = ["LB"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="has no name"):
        load_agencies(path)
    path.write_text("[[agency]\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_agencies(path)


def test_packaged_agency_file_is_valid_toml() -> None:
    data = tomllib.loads(
        (Path(__file__).parents[2] / "incidents" / "data" / "agencies.toml").read_text("utf-8")
    )
    assert len(data["agency"]) == len(load_agencies())


def test_dot_folder_ids_match_named_folder_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    named = [getattr(r, "id", None) for r in read_documents(REPORTS / "sub")]
    monkeypatch.chdir(REPORTS / "sub")
    dotted = [getattr(r, "id", None) for r in read_documents(".")]
    assert dotted == named


def test_wire_dateline_names_the_outlet_and_stays_in_the_text() -> None:
    doc = document_from_text(
        "Almaty (dpa) - Bei Zusammenstößen wurden 18 Polizisten getötet.", lang="de"
    )
    assert doc.source == "dpa"
    assert doc.agencies == ("dpa",)
    assert doc.text.startswith("Almaty (dpa) - Bei")


def test_dateline_agency_is_the_outlet_and_credit_agencies_are_kept() -> None:
    doc = document_from_text(
        "date 2022-01-07 Name/TASS/dpa Soldaten am Flughafen\nALMATY, 7. Januar (AFP) – Truppen nahmen den Flughafen ein.",
        lang="de",
    )
    assert doc.agencies == ("TASS", "dpa", "AFP")
    assert doc.source == "AFP"
    assert doc.caption == "Soldaten am Flughafen"


def test_russian_slash_dateline() -> None:
    doc = document_from_text(
        "АЛМАТЫ, 7 января. /ТАСС/. Военные ОДКБ взяли аэропорт под охрану.", lang="ru"
    )
    assert (doc.source, doc.agencies) == ("TASS", ("TASS",))


def test_credit_line_without_date_keyword() -> None:
    doc = document_from_text(
        "Valery Sharifulin/TASS/dpa Truppen in Alamaty\nDer Flughafen ist frei.", lang="de"
    )
    assert (doc.published, doc.agencies, doc.caption) == (
        None,
        ("TASS", "dpa"),
        "Truppen in Alamaty",
    )
    assert doc.text == "Truppen in Alamaty\n\nDer Flughafen ist frei."


@pytest.mark.parametrize(
    "first_line",
    [
        "Reuters/Ipsos poll: most Kazakhs back the plan",
        "Almaty/Moskau (dpa) - Nach den Unruhen",
        "Rund 24/7 im Einsatz",
    ],
)
def test_first_lines_that_only_look_like_credits_stay_text(first_line: str) -> None:
    doc = document_from_text(f"{first_line}\nSecond line.", lang="en")
    assert doc.caption is None
    assert doc.text == f"{first_line}\nSecond line."


def test_html_author_that_is_an_agency(tmp_path: Path) -> None:
    page = (REPORTS / "sub" / "page_de.html").read_text("utf-8").replace("Anna Beispiel", "dpa")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    doc = read_document(tmp_path / "p.html")
    assert (doc.agencies, doc.source) == (("dpa",), "Tagesblatt")


def test_legacy_encoded_html_page(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1251"><title>Задержания</title></head>'
        "<body><article><p>В Алматы задержаны более трёх тысяч человек, сообщает агентство Интерфакс. "
        "Военные ОДКБ охраняют аэропорт города.</p></article></body></html>"
    )
    (tmp_path / "ru.html").write_bytes(html.encode("cp1251"))
    doc = read_document(tmp_path / "ru.html")
    assert "В Алматы задержаны более трёх тысяч человек" in doc.text
    assert doc.lang == "ru"


_WORD = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=2, max_size=10)
_NAMES = sorted({agency.name for agency in load_agencies()})


@settings(max_examples=60, deadline=None)
@given(
    photographer=st.lists(_WORD, min_size=1, max_size=3).map(" ".join),
    agencies=st.lists(st.sampled_from(_NAMES), min_size=1, max_size=3),
    caption=st.lists(_WORD | st.sampled_from(["»", "«", "24/7", "3.000", "-"]), max_size=12).map(
        " ".join
    ),
)
def test_any_credit_line_splits_into_credit_and_caption(
    photographer: str, agencies: list[str], caption: str
) -> None:
    assume(find_agency(photographer) is None)
    assume(not caption.split() or find_agency(f"{agencies[-1]} {caption.split()[0]}") is None)
    meta = parse_metadata_line(f"date 2022-01-07 {photographer}/{'/'.join(agencies)} {caption}")
    assert meta is not None
    assert meta.agencies == tuple(agencies)
    assert meta.photographer == photographer
    assert meta.caption == caption


@given(
    text=st.text(
        alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)),
        min_size=1,
    )
)
def test_any_utf8_text_decodes_unchanged(text: str) -> None:
    assert decode_bytes(text.encode("utf-8"), "x.txt") == text


@pytest.mark.parametrize(
    ("text", "published", "precision"),
    [
        (
            "Taldykorgan, 5. Januar 2022 - Demonstranten stürzten ein Denkmal.",
            dt.date(2022, 1, 5),
            1,
        ),
        ("ALMATY, Jan 7, 2022 (Example Wire) - Clashes.", dt.date(2022, 1, 7), 1),
        ("Tiflis, 8 de marzo de 2023. La policía dispersó a miles.", dt.date(2023, 3, 8), 1),
        ("Colombo, 10 juillet 2022 - Des milliers de manifestants.", dt.date(2022, 7, 10), 1),
        (
            "Нур-Султан, 10 января 2022 года.\n\nМВД сообщило о задержаниях.",
            dt.date(2022, 1, 10),
            1,
        ),
        ("Headline\n\nStand: 6. Januar 2022\n\nText.", dt.date(2022, 1, 6), 1),
        ("Almaty, im Januar 2022 - Text.", None, None),
        ("Almaty, Januar 2022 - Monatsrückblick.", dt.date(2022, 1, 1), 3),
        ("On 5 January 2022 protesters gathered in Almaty.", None, None),
        ("Am Mittwoch, 5. Januar 2022, stürmten Demonstranten das Rathaus.", None, None),
        (
            "Protest in Almaty.\nSecond line.\nThird line.\nAlmaty, 5. Januar 2022 - late.",
            None,
            None,
        ),
    ],
)
def test_dateline_date_gives_a_publication_date(
    text: str, published: dt.date | None, precision: int | None
) -> None:
    doc = document_from_text(text, lang="de")
    assert (doc.published, doc.date_precision) == (published, precision)


def test_metadata_date_wins_over_dateline_date() -> None:
    doc = document_from_text(
        "date 2022-01 Name/dpa Caption\nAlmaty, 5. Januar 2022 - Text.", lang="de"
    )
    assert (doc.published, doc.date_precision) == (dt.date(2022, 1, 1), 3)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("ALMATY, Jan 7, 2022 (Example Wire) - Clashes.", "Example Wire"),
        ("Aktau (Mangistau) - Tausende protestierten.", None),
        ("Berlin (AP) - Text.", "AP"),
    ],
)
def test_dateline_outlets(text: str, source: str | None) -> None:
    assert document_from_text(text, lang="de").source == source


def test_hidden_files_are_read_when_named_and_lock_files_skipped(tmp_path: Path) -> None:
    (tmp_path / ".notes.txt").write_text("Protest in Aktau.", encoding="utf-8")
    (tmp_path / "~$table.xlsx").write_bytes(b"lock")
    (tmp_path / "a.txt").write_text("Protest in Almaty.", encoding="utf-8")
    assert [r.id for r in read_documents(tmp_path, lang="en")] == [f"{tmp_path.name}/a.txt"]
    assert [r.id for r in read_documents(tmp_path / ".notes.txt", lang="en")] == [".notes.txt"]


def test_utf8_with_a_broken_byte_stays_utf8() -> None:
    text = (
        "Über 3.000 Menschen wurden in Almaty festgenommen, heißt es. " * 3 + "В Алматы задержаны."
    )
    data = text.encode("utf-8")
    broken = data[:10] + b"\xff" + data[10:]
    decoded = decode_bytes(broken, "x.txt")
    assert decoded.replace("\ufffd", "") == text


def test_readme_and_licence_in_a_folder_are_not_reports_but_are_read_when_named(
    tmp_path: Path,
) -> None:
    (tmp_path / "README.md").write_text("# Reports\n\nProtest in Aktau.", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("Protest in Aktau.", encoding="utf-8")
    (tmp_path / "readme_almaty.txt").write_text("Protest in Almaty.", encoding="utf-8")
    ids = [r.id for r in read_documents(tmp_path, lang="en")]
    assert ids == [f"{tmp_path.name}/readme_almaty.txt"]
    assert [r.id for r in read_documents(tmp_path / "README.md", lang="en")] == ["README.md"]
