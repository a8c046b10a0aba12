"""Write a map: standard HTML, offline HTML, an embeddable fragment, PNG and PDF.

Examples
--------
>>> import tempfile, pathlib
>>> from maps._synthetic import synthetic_incidents
>>> from maps.builder import incident_map
>>> m = incident_map(synthetic_incidents(10, seed=3))
>>> fragment = to_fragment(m)
>>> fragment.startswith("<div class=\\"incident-map-fragment\\""), "<body" in fragment
(True, False)
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = save_offline_html(m, pathlib.Path(tmp) / "map.html")
...     "cdn.jsdelivr.net" in path.read_text(encoding="utf-8")
False
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import folium

from geo.errors import ExportError
from maps._layers import OFFLINE
from maps._offline import inline_assets, load_once
from maps._render import render_file

__all__ = [
    "save_fragment",
    "save_html",
    "save_offline_html",
    "save_pdf",
    "save_png",
    "to_fragment",
    "to_html",
]


def to_html(m: folium.Map, *, offline: bool = False) -> str:
    """The whole page as a string; *offline* inlines every asset (see :func:`save_offline_html`)."""
    token = OFFLINE.set(offline)
    try:
        html: str = m.get_root().render()
    finally:
        OFFLINE.reset(token)
    return inline_assets(html) if offline else html


def _fragment_html(m: folium.Map, offline: bool) -> str:
    token = OFFLINE.set(offline)
    try:
        html: str = m.get_root().render()
    finally:
        OFFLINE.reset(token)
    return inline_assets(html, once=True) if offline else load_once(html)


def _write(path: str | Path, text: str) -> Path:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"{path}: cannot write the map: {exc.strerror or exc}") from exc
    return path


def save_html(m: folium.Map, path: str | Path) -> Path:
    """Write the map as standard HTML: Leaflet and plugins from CDNs, like folium.

    Our own script and styles are inline; the page needs the network for
    Leaflet and the tiles.

    Returns
    -------
    pathlib.Path
        *path*.

    Raises
    ------
    ExportError
        The file cannot be written.
    """
    return _write(path, to_html(m))


def save_offline_html(m: folium.Map, path: str | Path) -> Path:
    """Write a self-contained page that opens with no network at all.

    Every script and stylesheet is inlined from the copies installed with the
    package (``maps/assets``), images as ``data:`` URIs, and the country
    outlines shipped with the package are drawn under the tiles: where tiles
    cannot load, incidents show on a plain map of countries.

    Raises
    ------
    ExportError
        The file cannot be written, or an element needs an asset that has no
        vendored copy.
    """
    return _write(path, to_html(m, offline=True))


_HEAD = re.compile(r"<head>(.*)</head>", re.DOTALL)
_BODY = re.compile(r"<body>(.*)</body>", re.DOTALL)
_TAIL = re.compile(r"</body>(.*)</html>", re.DOTALL)
_PAGE_ONLY = [
    re.compile(r"<meta [^>]*>", re.DOTALL),
    re.compile(r"<style>\s*html, body \{.*?</style>", re.DOTALL),
    re.compile(r"<style>\s*#map \{.*?</style>", re.DOTALL),
]


def to_fragment(m: folium.Map, *, height: str = "600px", offline: bool = False) -> str:
    """The map as one ``<div>`` to paste into another page or report.

    No ``<html>``, ``<head>`` or ``<body>``, no page-wide styles (folium's
    ``html, body`` and ``#map`` rules are dropped); element ids are unique per
    map, and each library runs only once per page, so several fragments can
    share a page. Paste it into the page source (scripts inserted through
    ``innerHTML`` do not run).

    Parameters
    ----------
    m : folium.Map
    height : str
        CSS height of the wrapper (a fragment cannot fill a page it does not own).
    offline : bool
        Inline every asset, as :func:`save_offline_html` does.
    """
    html = _fragment_html(m, offline)
    head, body, tail = (rx.search(html) for rx in (_HEAD, _BODY, _TAIL))
    if not (head and body and tail):
        raise ExportError("folium rendered an unexpected page layout; cannot cut a fragment")
    header = head.group(1)
    for rx in _PAGE_ONLY:
        header = rx.sub("", header)
    return (
        f'<div class="incident-map-fragment" id="{m.get_name()}-fragment" '
        f'style="position:relative;width:100%;height:{height}">\n'
        f"{header.strip()}\n{body.group(1).strip()}\n{tail.group(1).strip()}\n</div>\n"
    )


def save_fragment(
    m: folium.Map, path: str | Path, *, height: str = "600px", offline: bool = False
) -> Path:
    """Write :func:`to_fragment` to *path*."""
    return _write(path, to_fragment(m, height=height, offline=offline))


def _render(
    m_or_html: folium.Map | str | Path, path: str | Path, kind: str, width: int, height: int
) -> Path:
    if isinstance(m_or_html, folium.Map):
        with tempfile.TemporaryDirectory(prefix="incident-map-") as tmp:
            page = save_offline_html(m_or_html, Path(tmp) / "map.html")
            return render_file(page, Path(path), kind=kind, width=width, height=height)
    page = Path(m_or_html)
    if not page.is_file():
        raise ExportError(f"{page}: no such HTML file to render")
    return render_file(page, Path(path), kind=kind, width=width, height=height)


def save_png(
    m_or_html: folium.Map | str | Path, path: str | Path, *, width: int = 1200, height: int = 800
) -> Path:
    """Screenshot the map with headless Chromium, once every layer is drawn.

    A ``folium.Map`` is rendered from its offline HTML (no CDN needed; tiles
    appear only where the network allows); an HTML file path is rendered as is.

    Raises
    ------
    RendererUnavailable
        No Chromium: "PNG export needs Chromium: apt-get install chromium".
    ExportError
        Chromium failed or timed out.
    """
    return _render(m_or_html, path, "png", width, height)


def save_pdf(
    m_or_html: folium.Map | str | Path, path: str | Path, *, width: int = 1200, height: int = 800
) -> Path:
    """Print the map to a one-page PDF with headless Chromium (see :func:`save_png`)."""
    return _render(m_or_html, path, "pdf", width, height)
