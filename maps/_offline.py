"""Inline every script and stylesheet of a rendered map from the vendored assets.

``assets/MANIFEST.json`` (written by ``assets/build.sh``) says which CDN URL
each vendored file stands in for. Images a stylesheet refers to become
``data:`` URIs. A CDN reference with no vendored copy is an error, never
silently left for the network.

Examples
--------
>>> html = '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"></script>'
>>> out = inline_assets(html)
>>> out.startswith("<script>/* @preserve"), "cdn.jsdelivr" in out
(True, False)
"""

from __future__ import annotations

import base64
import functools
import json
import re
from pathlib import Path

from geo.errors import ExportError

__all__ = ["asset_for_url", "inline_assets", "load_once"]

ASSETS = Path(__file__).parent / "assets"
_SCRIPT = re.compile(r'<script src="(https?://[^"]+)"></script>')
_LINK = re.compile(r'<link rel="stylesheet" href="(https?://[^"]+)"\s*/?>')
_CSS_URL = re.compile(r"url\(\s*(['\"]?)([^'\")]+)\1\s*\)")
_MIME = {".png": "image/png", ".svg": "image/svg+xml", ".gif": "image/gif", ".cur": "image/x-icon"}


@functools.cache
def _url_map() -> dict[str, Path]:
    try:
        manifest = json.loads((ASSETS / "MANIFEST.json").read_text(encoding="utf-8"))
    except OSError as exc:
        raise ExportError(f"{ASSETS / 'MANIFEST.json'}: missing; run `make assets`") from exc
    urls: dict[str, Path] = {}
    for package in manifest["packages"]:
        for entry in package["files"]:
            for url in entry.get("replaces", []):
                urls[url] = ASSETS / entry["path"]
    return urls


def asset_for_url(url: str) -> Path | None:
    """The vendored file that stands in for CDN *url*, or None."""
    return _url_map().get(url)


def _data_uri(path: Path) -> str:
    mime = _MIME.get(path.suffix.lower(), "application/octet-stream")
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _css(path: Path) -> str:
    text = path.read_text(encoding="utf-8")

    def replace(match: re.Match[str]) -> str:
        target = match.group(2).strip()
        if target.startswith(("data:", "#")) or "://" in target:
            return match.group(0)
        image = (path.parent / target.split("?")[0].split("#")[0]).resolve()
        if not image.is_file():
            return match.group(0)
        return f'url("{_data_uri(image)}")'

    return re.sub(r"</(style)", r"<\\/\1", _CSS_URL.sub(replace, text), flags=re.IGNORECASE)


def _asset(url: str) -> Path:
    path = asset_for_url(url)
    if path is None or not path.is_file():
        raise ExportError(
            f"offline HTML: no vendored copy of {url}; add it to maps/assets/build.py "
            "and run `make assets`, or leave out the element that needs it"
        )
    return path


def _once(url: str, code: str) -> str:
    """*code* run only by the first fragment on a page that loads *url*."""
    key = json.dumps(url).replace("<", "\\u003c")
    return (
        f"<script>if (!(window.__incidentMapLibs = window.__incidentMapLibs || {{}})[{key}]) {{"
        f"window.__incidentMapLibs[{key}] = 1;\n{code}\n}}</script>"
    )


def load_once(html: str) -> str:
    """Make each CDN ``<script src>`` load only once per page (for embedded fragments).

    A second copy of Leaflet would replace ``window.L`` under the first map.
    """

    def script(match: re.Match[str]) -> str:
        tag = json.dumps(f'<script src="{match.group(1)}"></script>').replace("<", "\\u003c")
        return _once(match.group(1), f"document.write({tag});")

    return _SCRIPT.sub(script, html)


def inline_assets(html: str, *, once: bool = False) -> str:
    """*html* with its CDN ``<script src>`` and stylesheet ``<link>`` tags inlined.

    With *once*, each library runs only in the first fragment that brings it.
    """

    def script(match: re.Match[str]) -> str:
        code = _asset(match.group(1)).read_text(encoding="utf-8")
        code = re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)
        if once:
            return _once(match.group(1), code)
        return "<script>" + code + "</script>"

    def link(match: re.Match[str]) -> str:
        return "<style>" + _css(_asset(match.group(1))) + "</style>"

    return _LINK.sub(link, _SCRIPT.sub(script, html))
