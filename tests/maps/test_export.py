"""Building and writing maps (no browser needed)."""

from __future__ import annotations

import base64
import gzip
import json
import re

import folium
import pytest

import maps
from geo.errors import ConfigError, ExportError, RendererUnavailable
from maps import _render
from tests.maps.conftest import XSS_QUOTE


@pytest.fixture(scope="module")
def kz_map():  # type: ignore[no-untyped-def]
    from tests.maps.conftest import kazakhstan_incidents

    return maps.incident_map(kazakhstan_incidents(), heatmap=True)


def test_builds_a_folium_map_that_jupyter_displays(kz_map):
    assert isinstance(kz_map, folium.Map)
    assert "iframe" in kz_map._repr_html_()


def test_standard_html_never_contains_raw_report_text(kz_map):
    html = maps.to_html(kz_map)
    assert "<img src=x" not in html
    assert "</script><script>window.__xss" not in html
    assert "\\u003c/script\\u003e\\u003cscript\\u003ewindow.__xss=1" in html
    assert "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js" in html
    assert "bootstrap" not in html
    assert "font-awesome" not in html.lower()
    assert "IncidentMap.build(" in html
    assert "GeoNames" in html


def test_base_layers_heatmap_and_plugins(kz_map):
    html = maps.to_html(kz_map)
    assert "tile.openstreetmap.org" in html
    assert "World_Imagery" in html
    assert '"Heatmap"' in html or "Heatmap" in html
    assert "L.control.fullscreen" in html
    assert "L.Control.MiniMap" in html


def test_offline_html_has_no_external_script_or_style(kz_map, tmp_path):
    path = maps.save_offline_html(kz_map, tmp_path / "offline.html")
    html = path.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+href=\"http", html)
    assert "iso_a2" in html  # the country outlines background
    assert "iso_a2" not in maps.to_html(kz_map)


def test_fragment_is_embeddable(kz_map, make_incidents):
    fragment = maps.to_fragment(kz_map, height="400px")
    assert fragment.startswith('<div class="incident-map-fragment"')
    for page_only in ("<html", "<body", "<head", "html, body {", "#map {"):
        assert page_only not in fragment
    other = maps.to_fragment(maps.incident_map(make_incidents(5)))
    ids = set(re.findall(r'id="(map_[0-9a-f]+)"', fragment))
    assert ids
    assert ids.isdisjoint(re.findall(r'id="(map_[0-9a-f]+)"', other))


def test_large_maps_embed_compressed_data(make_incidents):
    m = maps.incident_map(make_incidents(50, seed=1), compress=True)
    html = maps.to_html(m)
    packed = re.search(r'"gz:([A-Za-z0-9+/=]+)"', html)
    assert packed
    data = json.loads(gzip.decompress(base64.b64decode(packed.group(1))))
    assert data["n"] == 50


def test_unknown_tiles_and_bad_colours_are_config_errors(kz):
    with pytest.raises(ConfigError, match="tile provider"):
        maps.incident_map(kz, tiles=["No.Such.Tiles"])
    with pytest.raises(ConfigError):
        maps.incident_map(kz, colors={"Riots": "javascript:x"})


def test_keyed_provider_without_key_falls_back(kz):
    html = maps.to_html(maps.incident_map(kz, tiles=["CartoDB.Positron"]))
    assert "World_Light_Gray_Base" in html
    assert "apikey" not in html.lower()


def test_unwritable_path_is_an_export_error(kz_map, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="cannot write"):
        maps.save_html(kz_map, blocker / "map.html")


def test_png_without_chromium_says_how_to_install(kz_map, tmp_path, monkeypatch):
    monkeypatch.setattr(_render, "find_chromium", lambda: None)
    with pytest.raises(RendererUnavailable, match="apt-get install chromium"):
        maps.save_png(kz_map, tmp_path / "map.png")


def test_quote_survives_as_data(kz_map):
    html = maps.to_html(kz_map)
    encoded = json.dumps(XSS_QUOTE, ensure_ascii=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        encoded = encoded.replace(char, escaped)
    assert encoded in html


def test_template_syntax_in_report_text_is_not_evaluated(kz):
    kz = kz.copy()
    kz.loc[0, "quote"] = "{{ 7*7 }} {% raw %} {# x #}"
    html = maps.to_html(maps.incident_map(kz))
    assert "{{ 7*7 }} {% raw %} {# x #}" in html
