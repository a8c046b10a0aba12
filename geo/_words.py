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
import math
import re
import statistics
import unicodedata

__all__ = ["common_word", "median_other", "very_common", "zipf"]

#: Languages whose word frequencies decide whether a word is common in general.
_REFERENCE_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl")


#: languages whose word lists a plain lower-case word is looked up in directly
#: (wordfreq only lower-cases and NFC-normalises such a word in these)
_PLAIN_LANGS = frozenset({*_REFERENCE_LANGS, "ru", "uk", "bg"})
_PLAIN = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=100_000)
def zipf(word: str, lang: str) -> float:
    """The Zipf frequency of *word* in *lang* (``wordfreq``), cached: every rule asks it.

    A plain lower-case word is looked up in wordfreq's table directly, with
    wordfreq's own rounding: its tokenizer, a regex run per call, costs more
    than the rest of recognising the word; anything else goes through
    ``zipf_frequency``.

    Examples
    --------
    >>> zipf("stadt", "de") == __import__("wordfreq").zipf_frequency("stadt", "de")
    True
    """
    from wordfreq import get_frequency_dict, zipf_frequency

    if lang in _PLAIN_LANGS and _PLAIN.fullmatch(word) and word == word.casefold():
        if not unicodedata.is_normalized("NFC", word):
            return float(zipf_frequency(word, lang))
        freq = get_frequency_dict(lang).get(word)
        if freq is None:
            return 0.0
        digits = math.floor(-math.log(freq, 10))  # wordfreq: 3 significant digits
        return round(math.log(round(freq, digits + 3), 10) + 9, 2)
    return float(zipf_frequency(word, lang))


@functools.lru_cache(maxsize=100_000)
def median_other(word: str, lang: str) -> float:
    """The median frequency of *word* in the reference languages other than *lang*.

    Cached apart from :func:`common_word`, whose thresholds differ by caller.
    """
    values = [zipf(word, other) for other in _REFERENCE_LANGS if other != lang]
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
