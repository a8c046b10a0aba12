"""Plain text and Markdown: decoding, the metadata first line, markup stripping.

A report may start with a metadata line::

    date 2022-01 Valery Sharifulin/TASS/dpa Truppen der »Antiterroroperation« am Donnerstag in Alamaty

that is: the keyword ``date`` (or ``Datum``, ``дата``), a partial date
(``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``DD.MM.YYYY``), then optionally a
photo credit (``Photographer/AGENCY/AGENCY``, words joined by slashes) and
the photo caption. The caption is text too: the document text is
``caption + "\\n\\n" + body``, so every offset is into one string and
``text.startswith(caption)`` holds whenever a caption was read.

Examples
--------
>>> meta = parse_metadata_line(
...     "date 2022-01 Valery Sharifulin/TASS/dpa Truppen am Donnerstag in Alamaty")
>>> meta.published, meta.date_precision, meta.agencies
(datetime.date(2022, 1, 1), 3, ('TASS', 'dpa'))
>>> meta.photographer, meta.caption
('Valery Sharifulin', 'Truppen am Donnerstag in Alamaty')
>>> parse_metadata_line("Demonstranten in Almaty") is None
True
>>> strip_markdown("# Unruhen\\n\\nIn **Almaty** wurden [100](http://x) verhaftet.")
('Unruhen', 'In Almaty wurden 100 verhaftet.')
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from charset_normalizer import from_bytes

from geo.errors import DocumentError
from incidents._partial_dates import parse_partial_date, parse_written_date
from incidents.agencies import find_agency
from incidents.types import Document

__all__ = [
    "Metadata",
    "build_document",
    "dateline_agencies",
    "dateline_date",
    "decode_bytes",
    "parse_metadata_line",
    "read_text",
    "split_credit",
    "strip_markdown",
]

# Single-byte encodings news files come in, most likely first (ties go to the earlier).
_LEGACY = (
    "cp1252",
    "cp1251",
    "koi8_r",
    "cp1250",
    "iso8859_15",
    "latin_1",
    "cp866",
    "mac_cyrillic",
    "iso8859_5",
    "cp1254",
    "iso8859_2",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WORD = re.compile(r"\w+")


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def _plausibility(text: str) -> float:
    """Share of non-ASCII words that look like real words of one script.

    Wrong single-byte decodings mix scripts inside a word ("Ьber" for
    "Über") or make words of accented letters only ("Ďđčâĺň" for "Привет").
    """
    checked = good = 0
    for word in _WORD.findall(text):
        letters = [ch for ch in word if ch.isalpha()]
        if not letters or all(ch.isascii() for ch in letters):
            continue
        checked += 1
        scripts = {_script(ch) for ch in letters}
        if len(scripts) != 1:
            continue
        if scripts == {"LATIN"} and not any(ch.isascii() for ch in letters) and len(letters) > 2:
            continue
        good += 1
    return good / checked if checked else 1.0


def decode_bytes(data: bytes, path: str) -> str:
    """Decode a text file: BOM, then UTF-8, then the likeliest legacy encoding.

    Parameters
    ----------
    data : bytes
        The file content (not empty).
    path : str
        For error messages.

    Raises
    ------
    DocumentError
        NUL bytes without a UTF-16/32 BOM (a binary file), or no encoding fits.

    Examples
    --------
    >>> decode_bytes("Über 3.000 Menschen".encode("latin-1"), "a.txt")
    'Über 3.000 Menschen'
    >>> decode_bytes("Привет, Алматы".encode("cp1251"), "a.txt")
    'Привет, Алматы'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DocumentError(path, f"not valid {encoding} despite its BOM: {exc}") from exc
    if b"\x00" in data:
        raise DocumentError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken bytes (a truncated download, a bad copy): keep it UTF-8
    lenient = data.decode("utf-8", "replace")
    broken = lenient.count("\ufffd")
    non_ascii = len(lenient) - len(lenient.encode("ascii", "ignore"))
    if non_ascii - broken >= 20 * broken:
        return lenient
    matches = list(from_bytes(data, cp_isolation=list(_LEGACY)))
    if not matches:
        raise DocumentError(path, "cannot tell the text encoding (not UTF-8 or a known legacy one)")
    best_chaos = min(match.chaos for match in matches)
    candidates = [str(m) for m in matches if m.chaos <= best_chaos + 0.1]
    order = {name: rank for rank, name in enumerate(_LEGACY)}
    ranked = sorted(
        zip(candidates, (m.encoding for m in matches if m.chaos <= best_chaos + 0.1), strict=True),
        key=lambda item: (-_plausibility(item[0]), order.get(item[1], len(order))),
    )
    return ranked[0][0]


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a metadata first line says.

    Parameters
    ----------
    published : datetime.date or None
        First day of the period written.
    date_precision : int or None
        1 day, 3 month, 4 year.
    photographer : str or None
        The name before the first slash of the credit.
    agencies : tuple of str
        Canonical agency names of the credit, in order.
    caption : str
        The rest of the line ("" if none).
    """

    published: dt.date | None
    date_precision: int | None
    photographer: str | None
    agencies: tuple[str, ...]
    caption: str


_META = re.compile(r"\s*(?:date|datum|дата)\s*[:=]?\s+(?P<date>\S+)(?P<rest>.*)", re.I | re.S)
# a token: a word, or words joined by slashes ("Sharifulin/TASS/dpa", "Sharifulin / TASS")
_TOKEN = re.compile(r"[^\s/]+(?:\s*/\s*[^\s/]+)*")
_CREDIT_PREFIX = re.compile(r"(?:foto|photo|фото|bild)\s*:\s*", re.I)
_NOT_NAME = re.compile(r"[0-9,;:!?»«\"„“”()\[\]]")  # dots stay: "K. Nietfeld", "Tengrinews.kz"
_MAX_NAME_WORDS = 4


def _looks_like_name(piece: str) -> bool:
    words = piece.split()
    return 0 < len(words) <= _MAX_NAME_WORDS and not _NOT_NAME.search(piece)


def split_credit(text: str) -> tuple[str | None, tuple[str, ...], str]:
    """Split a leading photo credit off *text*.

    Parameters
    ----------
    text : str
        What follows the date on a metadata line.

    Returns
    -------
    tuple
        ``(photographer, agencies, caption)``; ``(None, (), text)`` when
        *text* does not start with a credit.

    Examples
    --------
    >>> split_credit("Valery Sharifulin/RIA Novosti Demonstranten in Almaty")
    ('Valery Sharifulin', ('RIA Novosti',), 'Demonstranten in Almaty')
    >>> split_credit("TASS/dpa Truppen in Almaty")
    (None, ('TASS', 'dpa'), 'Truppen in Almaty')
    >>> split_credit("Rund 24/7 im Einsatz")
    (None, (), 'Rund 24/7 im Einsatz')
    """
    stripped = text.strip()
    body = _CREDIT_PREFIX.sub("", stripped, count=1) if _CREDIT_PREFIX.match(stripped) else stripped
    tokens = list(_TOKEN.finditer(body))
    first = next((i for i, tok in enumerate(tokens) if "/" in tok.group()), None)
    if first is None or first >= _MAX_NAME_WORDS:
        return None, (), stripped
    last = first
    while (
        last + 1 < len(tokens)
        and "/" in tokens[last + 1].group()
        and all(_looks_like_name(p) for p in re.split(r"\s*/\s*", tokens[last + 1].group()))
    ):  # "…/dpa 24/7 im Einsatz": "24/7" is caption, not credit
        last += 1
    end = tokens[last].end()
    pieces = [p.strip() for p in re.split(r"\s*/\s*", body[tokens[0].start() : end])]
    # the last agency may run on over a few words ("…/RIA Novosti"): take the longest known one
    for extra in range(3, 0, -1):
        if last + extra < len(tokens):
            words = [tok.group() for tok in tokens[last + 1 : last + 1 + extra]]
            candidate = " ".join([pieces[-1], *words])
            if find_agency(candidate) is not None:
                pieces[-1] = candidate
                end = tokens[last + extra].end()
                break
    photographer: str | None = pieces[0]
    agency_pieces = pieces[1:]
    if photographer is not None and find_agency(photographer) is not None:
        agency_pieces = pieces
        photographer = None
    if not agency_pieces or not all(_looks_like_name(p) for p in pieces if p):
        return None, (), stripped
    known = [find_agency(p) for p in agency_pieces]
    if not any(known) and not all(len(p.split()) == 1 for p in agency_pieces):
        return None, (), stripped
    agencies = tuple(
        agency.name if agency is not None else piece
        for piece, agency in zip(agency_pieces, known, strict=True)
        if piece
    )
    return photographer or None, agencies, body[end:].strip()


def _credit_line(line: str) -> Metadata | None:
    """A first line that is only a credit and caption: every agency must be a known one."""
    photographer, agencies, caption = split_credit(line)
    if not agencies or not all(find_agency(name) for name in agencies):
        return None
    return Metadata(None, None, photographer, agencies, caption)


def parse_metadata_line(line: str) -> Metadata | None:
    """Read a metadata first line; None when *line* is not one.

    A metadata line starts with ``date`` (``Datum``, ``дата``) and a date;
    a line without that keyword counts only when it starts with a photo
    credit whose agencies are all known ones ("Name/TASS/dpa Caption").

    Parameters
    ----------
    line : str
        The first line of a report.

    Examples
    --------
    >>> parse_metadata_line("Ivan Petrov/TASS Soldaten am Flughafen").agencies
    ('TASS',)
    >>> parse_metadata_line("Reuters/Ipsos poll: most back the plan") is None
    True
    >>> parse_metadata_line("Datum 7. Januar 2022 Name/dpa Polizei").published
    datetime.date(2022, 1, 7)
    """
    match = _META.fullmatch(line)
    if match is None:
        return _credit_line(line)
    parsed = parse_partial_date(match["date"])
    rest = match["rest"]
    if parsed is None:  # a written date: "date 7. Januar 2022 ..."
        written = _WRITTEN_DATE.match(line, match.start("date"))
        parsed = parse_written_date(written["date"]) if written else None
        if written is None or parsed is None:
            return None
        rest = line[written.end() :]
    photographer, agencies, caption = split_credit(rest)
    return Metadata(parsed[0], parsed[1], photographer, agencies, caption)


# ---------------------------------------------------------------- Markdown

_FENCE = re.compile(r"^\s*(```|~~~)")
_ATX = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"~~(.+?)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])"), r"\1"),
)


def _inline(line: str) -> str:
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return line


def strip_markdown(markdown: str) -> tuple[str | None, str]:
    """Markdown to plain text; the first heading becomes the title.

    The title heading is removed from the text when it is the first block
    (like an HTML page's title); other headings stay as plain lines.

    Parameters
    ----------
    markdown : str

    Returns
    -------
    tuple of (str or None, str)
        ``(title, text)``.
    """
    out: list[str] = []
    title: str | None = None
    in_fence = False
    lines = markdown.splitlines()
    for number, raw in enumerate(lines):
        if _FENCE.match(raw):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(raw)
            continue
        heading = _ATX.match(raw)
        setext = _SETEXT.match(raw)
        if setext and out and out[-1].strip() and not _LIST.match(lines[number - 1]):
            if title is None:
                title = out[-1].strip()
                if not any(line.strip() for line in out[:-1]):
                    out.pop()
            continue
        if _RULE.match(raw) or _LINK_DEF.match(raw) or _TABLE_RULE.match(raw):
            out.append("")
            continue
        line = raw
        if heading:
            line = _inline(heading.group(1))
            if title is None:
                title = line.strip()
                if not any(text.strip() for text in out):
                    continue
            out.append(line)
            continue
        line = _LIST.sub("", _QUOTE.sub("", line))
        if line.lstrip().startswith("|"):
            line = " ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        out.append(_inline(line))
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return title or None, text


# ---------------------------------------------------------------- datelines

# "Almaty (dpa) - ...", "ALMATY, Jan 7 (Reuters) - ...", "Almaty (dpa/AFP) – ..."
_DATELINE = re.compile(r"[^\n()]{1,60}?\((?P<agencies>[^()\n]{1,60})\)\s*[-–—:.]")
# "АЛМАТЫ, 7 января. /ТАСС/."
_SLASH_DATELINE = re.compile(r"[^\n/]{1,60}?\s/(?P<agencies>[^/\n]{1,40})/")


def _outlet_name(piece: str) -> str | None:
    """A dateline's outlet: a known agency, or up to three capitalised words ("Example Wire")."""
    agency = find_agency(piece)
    if agency is not None:
        return agency.name
    words = piece.split()
    if 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) and _looks_like_name(piece):
        return piece.strip()
    return None


def _known(piece: str) -> str | None:
    agency = find_agency(piece)
    return agency.name if agency is not None else None


def dateline_agencies(text: str) -> tuple[str, ...]:
    """The agencies or outlets of a wire dateline at the start of *text*.

    Parameters
    ----------
    text : str
        Body text.

    Returns
    -------
    tuple of str
        Canonical names of known agencies, other outlets as written; empty
        without a dateline.

    Examples
    --------
    >>> dateline_agencies("ALMATY, Jan 7 (Reuters) - Troops retook the airport.")
    ('Reuters',)
    >>> dateline_agencies("Almaty (dpa/AFP) – Truppen haben den Flughafen eingenommen.")
    ('dpa', 'AFP')
    >>> dateline_agencies("АЛМАТЫ, 7 января. /ТАСС/. Военные взяли аэропорт.")
    ('TASS',)
    >>> dateline_agencies("ALMATY, Jan 7, 2022 (Example Wire) - Clashes.")
    ('Example Wire',)
    >>> dateline_agencies("Die Polizei (nicht die Armee) - so hieß es.")
    ()
    >>> dateline_agencies("Aktau (Mangistau) - Tausende protestierten.")
    ()
    """
    head = text.lstrip()[:120]
    for pattern in (_DATELINE, _SLASH_DATELINE):
        match = pattern.match(head)
        if match is None or len(head[: match.start("agencies")].split()) > _MAX_DATELINE_WORDS:
            continue
        # an unknown name counts only after a dated dateline ("ALMATY, Jan 7, 2022 (Example
        # Wire)"): "Aktau (Mangistau) -" names a region, not an outlet
        dated = any(ch.isdigit() for ch in head[: match.start("agencies")])
        pieces = re.split(r"\s*[/,]\s*", match["agencies"])
        found = [_outlet_name(p) if dated else _known(p) for p in pieces]
        if found and all(found):
            return tuple(dict.fromkeys(name for name in found if name))
    return ()


_MAX_DATELINE_WORDS = 8
_MONTH_DATE = (
    r"(?:\d{1,2}\.?\s+(?:de\s+)?)?[^\W\d_]{3,10}\.?\s+(?:de\s+)?(?:\d{1,2},?\s+)?\d{4}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}"
)
_WRITTEN_DATE = re.compile(rf"(?P<date>{_MONTH_DATE})(?:\s*(?:года|г\.))?")
_DATE_LINE = re.compile(
    r"(?:"
    r"(?P<place>[^\W\d][^\n,.:;!?()]{0,40}),\s*"  # "Taldykorgan, " / "Пример Новости, "
    r"|(?:stand|published|updated|veröffentlicht|aktualisiert|опубликовано|обновлено|publié le|"
    r"publié|mis à jour|publicado|actualizado)\s*:?\s*"
    r")?"
    rf"(?P<date>{_MONTH_DATE})"
    r"(?:\s*(?:года|г\.))?"
    r"\s*(?=$|[-–—(/:.])",
    re.I,
)


def dateline_date(text: str) -> tuple[dt.date, int] | None:
    """The date of a dateline in the first lines of *text*, as ``(date, precision)``.

    Accepted: ``Place, <date> -`` (or ``.``, ``(``), ``Stand: <date>``,
    ``Published <date>``, or a line that is only a date; the date must
    write its year. Only the first three non-empty lines are looked at.

    Examples
    --------
    >>> dateline_date("Taldykorgan, 5. Januar 2022 - Demonstranten stürzten ein Denkmal.")
    (datetime.date(2022, 1, 5), 1)
    >>> dateline_date("Title\\n\\nPublished 17 August 2020\\n\\nText.")
    (datetime.date(2020, 8, 17), 1)
    >>> dateline_date("Жанаозен, 3 января 2022 года.\\n\\nТекст.")
    (datetime.date(2022, 1, 3), 1)
    >>> dateline_date("On 5 January 2022 protesters gathered.") is None
    True
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:3]
    for line in lines:
        match = _DATE_LINE.match(line[:200])
        if match is None:
            continue
        if (
            match["place"] is None
            and match.start("date") == 0
            and match.end() < len(line.rstrip(" ."))
        ):
            continue  # a sentence starting with a date is about the event, not the report
        parsed = parse_written_date(match["date"])
        if parsed is not None:
            return parsed
    return None


# ---------------------------------------------------------------- documents


def _outlet(agencies: tuple[str, ...]) -> str | None:
    """The credit's last news agency: the one that distributed the report."""
    for name in reversed(agencies):
        agency = find_agency(name)
        if agency is None or agency.kind == "news":
            return name
    return None


def build_document(
    text: str,
    *,
    doc_id: str,
    path: str | None = None,
    markdown: bool = False,
    metadata: bool = True,
) -> Document:
    """A document from decoded text: metadata line, Markdown, caption + body.

    Parameters
    ----------
    text : str
        The whole file or string.
    doc_id : str
    path : str, optional
    markdown : bool
        Strip Markdown and take the first heading as title.
    metadata : bool
        Read a metadata first line when there is one.

    Returns
    -------
    Document
        *lang* is left None (the caller detects it). ``agencies`` are those
        of the photo credit and of a wire dateline ("Almaty (dpa) - ...");
        ``source`` is the dateline's agency, else the credit's last news
        agency, else None.

    Examples
    --------
    >>> doc = build_document("date 2022-01-07 Name/dpa Polizei in Almaty\\n\\nText.",
    ...                      doc_id="a.txt")
    >>> doc.text, doc.caption, doc.source, doc.date_precision
    ('Polizei in Almaty\\n\\nText.', 'Polizei in Almaty', 'dpa', 1)
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    first, _, rest = text.partition("\n")
    meta = parse_metadata_line(first) if metadata else None
    body = rest if meta is not None else text
    title = None
    if markdown:
        title, body = strip_markdown(body)
    body = body.strip()
    caption = meta.caption.strip() if meta is not None and meta.caption.strip() else None
    credited = meta.agencies if meta is not None else ()
    wire = dateline_agencies(body)
    published = (meta.published, meta.date_precision) if meta and meta.published else None
    published = published or dateline_date(body)
    if caption is not None:
        body = f"{caption}\n\n{body}" if body else caption
    return Document(
        id=doc_id,
        text=body,
        title=title,
        source=_outlet(wire) or _outlet(credited),
        agencies=tuple(dict.fromkeys((*credited, *wire))),
        published=published[0] if published else None,
        date_precision=published[1] if published else None,
        path=path,
        caption=caption,
    )


def read_text(
    data: bytes, *, doc_id: str, path: str, markdown: bool = False
) -> Iterator[Document | DocumentError]:
    """Reader for ``.txt`` (and, with *markdown*, ``.md``) files."""
    try:
        text = decode_bytes(data, path)
    except DocumentError as exc:
        yield exc
        return
    document = build_document(text, doc_id=doc_id, path=path, markdown=markdown)
    if not document.text.strip():
        yield DocumentError(path, "no text (only whitespace or metadata)")
        return
    yield document
