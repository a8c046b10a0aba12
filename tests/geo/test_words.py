"""Word frequencies (geo._words): the direct table lookup must agree with wordfreq."""

from __future__ import annotations

import pytest
from wordfreq import top_n_list, zipf_frequency

from geo._words import common_word, zipf
from geo.normalize import fold


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "ru", "it", "nl", "pt", "pl", "uk"])
def test_zipf_agrees_with_wordfreq(lang: str) -> None:
    # frequent words, their folded forms (accents gone: often missing from
    # the table), place names and words no table has
    words = top_n_list(lang, 3000)
    sample = {*words, *(fold(w) for w in words), "almaty", "kasachstans", "qwzxv", "donezk"}
    differ = {w: (zipf(w, lang), zipf_frequency(w, lang)) for w in sample}
    differ = {w: pair for w, pair in differ.items() if pair[0] != pair[1]}
    assert not differ


def test_common_words_and_names() -> None:
    assert common_word("auch", "de")
    assert not common_word("paris", "de")
    assert common_word("reading", "en")
