"""Language of a text, detected offline with py3langid.

The model loads on first use (about a second), so processes that never ask
pay nothing.

Examples
--------
>>> detect_language("В Алматы задержаны более трёх тысяч человек.")
'ru'
>>> detect_language("Demonstranten besetzten am Mittwoch das Rathaus in Almaty.")
'de'
>>> detect_language("Беспорядки в Алма-Ате.")
'ru'
>>> detect_language("   ") is None
True
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from typing import Any

__all__ = ["DETECTABLE_LANGUAGES", "SUPPORTED_LANGUAGES", "detect_language"]

#: Languages whose lexicons ship with incident-mapper, best supported first.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("de", "en", "ru", "fr", "es")

#: What detection may answer by default: our languages and the news languages
#: closest to them. Without the restriction short Russian texts come out as
#: Bulgarian or Belarusian and lose the Russian lexicons.
DETECTABLE_LANGUAGES: tuple[str, ...] = (
    *SUPPORTED_LANGUAGES,
    "uk",
    "it",
    "pt",
    "nl",
    "pl",
    "tr",
)


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
    languages: Collection[str] | None = DETECTABLE_LANGUAGES,
    sample: int = 4000,
) -> str | None:
    """Return the ISO 639-1 code of *text*'s language, or None for blank text.

    Parameters
    ----------
    text : str
        The document text.
    languages : collection of str, optional
        Restrict the answer to these codes (default
        :data:`DETECTABLE_LANGUAGES`; None allows all 97 of py3langid's).
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
