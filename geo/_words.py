"""How common a word is in a language (``wordfreq``): a word or a name?

A town called Auch, Essen or Reading must not be found in every German or
English sentence, and a person called Pack is no Austrian village; the
recogniser asks these questions of every capitalised word that matches a
name, so the answers are cached.

Examples
--------
>>> common_word("auch", "de"), common_word("paris", "de")
(True, False)
>>> zipf("the", "en") > 7
True
"""

from __future__ import annotations

import functools
import statistics

__all__ = ["common_word", "median_other", "very_common", "zipf"]

#: Languages whose word frequencies decide whether a word is common in general.
_REFERENCE_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl")


@functools.lru_cache(maxsize=100_000)
def zipf(word: str, lang: str) -> float:
    """The Zipf frequency of *word* in *lang* (``wordfreq``), cached: every rule asks it."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, lang))


@functools.lru_cache(maxsize=100_000)
def median_other(word: str, lang: str) -> float:
    """The median frequency of *word* in the reference languages other than *lang*.

    Cached apart from :func:`common_word`, whose thresholds differ by caller.
    """
    from wordfreq import zipf_frequency

    values = [zipf_frequency(word, other) for other in _REFERENCE_LANGS if other != lang]
    return statistics.median(values) if values else 0.0


@functools.lru_cache(maxsize=200_000)
def common_word(word: str, lang: str, *, min_zipf: float = 3.8) -> bool:
    """Whether folded *word* is a common word of *lang* rather than a name.

    A word counts as common when it is frequent in *lang* and clearly more
    frequent there than in other languages: "auch", "stadt", "essen" in
    German, "reading" in English; "paris" or "china" are frequent
    everywhere because they are names.

    Examples
    --------
    >>> common_word("auch", "de"), common_word("paris", "de")
    (True, False)
    """
    frequency = zipf(word, lang)
    if frequency < min_zipf:
        return False
    if not word.isascii() and lang in ("ru", "uk", "bg"):
        return frequency >= 4.5
    # English words leak into every language's corpus, so a smaller margin says "word"
    margin = 0.85 if lang == "en" else 1.4
    return frequency >= 5.8 or frequency - median_other(word, lang) >= margin


def very_common(word: str, lang: str) -> bool:
    """Frequent enough to be a word even in the middle of an English sentence ("Center").

    Examples
    --------
    >>> very_common("center", "en"), very_common("zentrum", "de")
    (True, False)
    """
    return lang == "en" and zipf(word, lang) >= 4.8
