"""Language of a text, detected offline with py3langid.

The model loads on first use (about a second), so processes that never ask
pay nothing.

Examples
--------
>>> detect_language("В Алматы задержаны более трёх тысяч человек.")
'ru'
>>> detect_language("Demonstranten besetzten am Mittwoch das Rathaus in Almaty.")
'de'
>>> detect_language("   ") is None
True
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from typing import Any

__all__ = ["SUPPORTED_LANGUAGES", "detect_language"]

#: Languages whose lexicons ship with incident-mapper, best supported first.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("de", "en", "ru", "fr", "es")


@functools.cache
def _identifier(languages: tuple[str, ...] | None) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if languages:
        identifier.set_languages(list(languages))
    return identifier


def detect_language(
    text: str,
    *,
    languages: Collection[str] | None = None,
    sample: int = 4000,
) -> str | None:
    """Return the ISO 639-1 code of *text*'s language, or None for blank text.

    Parameters
    ----------
    text : str
        The document text.
    languages : collection of str, optional
        Restrict the answer to these codes (e.g. :data:`SUPPORTED_LANGUAGES`).
    sample : int
        Only the first *sample* characters are classified: news language does
        not change mid-article, and this keeps long documents cheap.
    """
    snippet = text[:sample]
    if not any(ch.isalpha() for ch in snippet):
        return None
    key = tuple(sorted(languages)) if languages else None
    code, _prob = _identifier(key).classify(snippet)
    return str(code)
