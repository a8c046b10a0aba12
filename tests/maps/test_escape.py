"""Untrusted text cannot leave its JSON string or its link."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from maps._escape import html_text, safe_url, script_json


@given(st.text())
def test_script_json_round_trips_and_cannot_close_a_script(text):
    out = script_json({"q": text})
    assert json.loads(out) == {"q": text}
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in out


def test_html_text_escapes_quotes_and_tags():
    assert html_text("<img src=x onerror='a'>") == "&lt;img src=x onerror=&#x27;a&#x27;&gt;"


def test_safe_url_only_http():
    assert safe_url("https://a.example/x?y=1") == "https://a.example/x?y=1"
    for bad in (
        "javascript:alert(1)",
        "data:text/html,<b>",
        "//evil.example",
        "https://",
        "ftp://x",
        'https://x/"><b>',
    ):
        assert safe_url(bad) == ""
