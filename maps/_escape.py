"""Escaping for untrusted text on its way into HTML and JavaScript.

Every string that comes from a document (quote, location, source, agency,
notes, URL, document id) reaches the page only through these functions: as
JSON inside a ``<script>`` (:func:`script_json`), as HTML text
(:func:`html_text`), or as a link target (:func:`safe_url`). The browser
side then inserts text with ``textContent``, never ``innerHTML``.

Examples
--------
>>> script_json({"quote": "</script><img src=x onerror=alert(1)>"})
'{"quote":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
>>> html_text("<b>'Tom' & \\"Jerry\\"</b>")
'&lt;b&gt;&#x27;Tom&#x27; &amp; &quot;Jerry&quot;&lt;/b&gt;'
>>> safe_url("javascript:alert(1)"), safe_url(" https://example.org/a?b=1 ")
('', 'https://example.org/a?b=1')
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

__all__ = ["html_text", "safe_url", "script_json"]

_SCRIPT_UNSAFE = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)
_URL = re.compile(r"^https?://[^\s/?#\\\"'<>`]+[^\s\"'<>`]*$", re.IGNORECASE)


def script_json(value: Any) -> str:
    """JSON for a ``<script>`` element: also a valid JavaScript expression.

    ``<``, ``>`` and ``&`` become ``\\u003c`` etc., so ``</script>`` or
    ``<!--`` in the data cannot end the script; U+2028/U+2029 are escaped
    because older JavaScript engines reject them in string literals.

    Parameters
    ----------
    value : Any
        Anything :func:`json.dumps` accepts; NaN and infinity are refused.

    Returns
    -------
    str
        Compact JSON text.

    Examples
    --------
    >>> script_json(["a\\u2028b", 1.5, None])
    '["a\\\\u2028b",1.5,null]'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escaped in _SCRIPT_UNSAFE:  # str.replace is far faster than str.translate
        text = text.replace(char, escaped)
    return text


def html_text(value: object) -> str:
    """Escape *value* (as ``str``) for HTML text or a quoted attribute.

    Examples
    --------
    >>> html_text("`x` <y>")
    '`x` &lt;y&gt;'
    """
    return html.escape(str(value), quote=True)


def safe_url(value: object) -> str:
    """*value* if it is an absolute http(s) URL, else ``""``.

    ``javascript:``, ``data:``, relative and malformed URLs are dropped, so
    a report cannot smuggle script into a link.

    Examples
    --------
    >>> safe_url("HTTPS://tengrinews.kz/x"), safe_url("data:text/html,x"), safe_url(None)
    ('HTTPS://tengrinews.kz/x', '', '')
    """
    if not isinstance(value, str):
        return ""
    url = value.strip()
    return url if _URL.match(url) else ""
