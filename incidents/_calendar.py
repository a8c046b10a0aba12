"""Month names of the supported languages, from CLDR (babel): one table for every parser.

Examples
--------
>>> month_numbers()["januar"], month_numbers()["января"], month_numbers()["sept"]
(1, 1, 9)
"""

from __future__ import annotations

import functools

__all__ = ["month_numbers"]


@functools.cache
def month_numbers() -> dict[str, int]:
    """Folded month name or abbreviation (trailing dot removed) -> month number.

    Wide and abbreviated names, in format and stand-alone forms, of every
    language in :data:`geo.language.SUPPORTED_LANGUAGES` ("Januar", "Jan",
    "января", "janvier", "enero"...), plus "sept".
    """
    from babel import Locale

    from geo.language import SUPPORTED_LANGUAGES
    from geo.normalize import fold

    names: dict[str, int] = {}
    for lang in SUPPORTED_LANGUAGES:
        months = Locale.parse(lang).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    names.setdefault(fold(name).rstrip("."), number)
    names.setdefault("sept", 9)
    return names
