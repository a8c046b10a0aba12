"""Find the place names in a report and put each on the map: the public API.

Recognition works without a trained model (gazetteer matching filtered by
capitalisation, word frequency, cue words, person-name context and
inflection; see ``docs/geoparsing.md``); resolution ranks each name's
places with the whole document as context.

Examples
--------
>>> from geo._memgaz import MemoryGazetteer
>>> parser = Geoparser(gazetteer=MemoryGazetteer.sample(), lang="de")
>>> for m in parser.parse("Der Bankier Muchtar Abliasow floh aus Almaty nach Paris."):
...     print(m.text, m.kind.value, m.place.country_code, m.precision.value)
Almaty city KZ city
Paris city FR city
>>> [m.place.name for m in parser.resolve("Flughafen Almaty", [(0, 16)])]
['Almaty International Airport']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo._candidate import has_kind
from geo._recognize import GazetteerLike, Recognizer, span_candidate
from geo._resolve import resolve as _resolve
from geo.errors import ConfigError
from geo.types import Kind, Mention

__all__ = ["Geoparser", "geoparse", "guess_language", "resolve_spans"]

#: Characters of a document the language detector reads: enough for news.
_DETECT_SAMPLE = 600
_WORD = re.compile(r"\w+")
#: Very frequent function words: a clear majority of them settles the language
#: of a news text in microseconds; py3langid decides the rest.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "was",
            "that",
            "for",
            "with",
            "on",
            "said",
            "by",
            "from",
            "at",
            "as",
            "are",
            "were",
            "has",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "nicht",
            "mit",
            "den",
            "ist",
            "von",
            "sich",
            "auf",
            "für",
            "ein",
            "eine",
            "dem",
            "im",
            "zu",
            "des",
            "wurde",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "les",
            "et",
            "des",
            "du",
            "un",
            "une",
            "est",
            "pour",
            "que",
            "dans",
            "sur",
            "au",
            "qui",
            "par",
            "pas",
            "été",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "y",
            "del",
            "que",
            "por",
            "con",
            "una",
            "para",
            "se",
            "es",
            "al",
            "fue",
            "como",
            "su",
        ]
    ),
    "ru": frozenset(
        [
            "и",
            "в",
            "на",
            "не",
            "что",
            "с",
            "по",
            "из",
            "за",
            "это",
            "как",
            "к",
            "о",
            "от",
            "для",
            "был",
            "была",
        ]
    ),
}


def _languages_of(table: dict[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    """Invert *table*: each word to the languages it votes for, in the table's order."""
    out: dict[str, tuple[str, ...]] = {}
    for code, words in table.items():
        for word in words:
            out[word] = (*out.get(word, ()), code)
    return out


#: word -> languages: one dict lookup a word instead of one set test per language
_LANGUAGES_OF = _languages_of(_FUNCTION_WORDS)


def guess_language(text: str) -> str | None:
    """The language of *text*: function-word vote, else :func:`geo.language.detect_language`.

    Examples
    --------
    >>> guess_language("Die Polizei hat in der Stadt und auf dem Platz mit den Leuten gesprochen.")
    'de'
    """
    votes = dict.fromkeys(_FUNCTION_WORDS, 0)
    languages_of = _LANGUAGES_OF.get
    for word in _WORD.findall(text[:_DETECT_SAMPLE].lower()):
        for code in languages_of(word, ()):
            votes[code] += 1
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= 5 and top >= 3 * second:
        return best
    from geo.language import detect_language

    return detect_language(text, sample=_DETECT_SAMPLE)


class Geoparser:
    """Finds and resolves place names; one instance serves many documents.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to :func:`geo.gazetteer.load_gazetteer` (loaded on first use).
    lang : str, optional
        ISO 639-1 code of the documents; detected per document when None.
    country_bias : sequence of str
        ISO country codes whose places are preferred when names are ambiguous.
    include_demonyms : bool
        Report adjectives and demonyms ("Kazakh", "kasachischen") as
        :attr:`Kind.DEMONYM` mentions of their country.
    min_confidence : float
        Drop mentions whose confidence is lower (0..1).
    """

    def __init__(
        self,
        *,
        gazetteer: GazetteerLike | None = None,
        lang: str | None = None,
        country_bias: Sequence[str] = (),
        include_demonyms: bool = True,
        min_confidence: float = 0.0,
    ) -> None:
        if not 0.0 <= min_confidence <= 1.0:
            raise ConfigError(f"min_confidence must be between 0 and 1, not {min_confidence!r}")
        if isinstance(country_bias, str):
            raise ConfigError("country_bias must be a sequence of ISO codes, not one string")
        self._gazetteer = gazetteer
        self.lang = lang
        self.country_bias = tuple(c.upper() for c in country_bias)
        self.include_demonyms = include_demonyms
        self.min_confidence = min_confidence
        self._recognizers: dict[str, Recognizer] = {}

    @property
    def gazetteer(self) -> GazetteerLike:
        """The gazetteer in use (the default one is loaded on first use)."""
        if self._gazetteer is None:
            from geo.gazetteer import load_gazetteer

            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def _recognizer(self, text: str, lang: str | None) -> Recognizer:
        code = lang or self.lang
        if code is None:
            code = guess_language(text) or "en"
        rec = self._recognizers.get(code)
        if rec is None:
            rec = Recognizer(self.gazetteer, code, include_demonyms=self.include_demonyms)
            self._recognizers[code] = rec
        return rec

    def parse(self, text: str, *, lang: str | None = None) -> list[Mention]:
        """Find and resolve every place name in *text*.

        Parameters
        ----------
        text : str
            The document.
        lang : str, optional
            Overrides the parser's language for this document.

        Returns
        -------
        list of Mention
            Sorted by start offset; unresolvable landmarks have ``place=None``.
        """
        if not text:
            return []
        rec = self._recognizer(text, lang)
        mentions = _resolve(
            rec.candidates(text),
            text,
            self.gazetteer,
            country_bias=self.country_bias,
            prune=True,
        )
        if self.min_confidence > 0:
            mentions = [m for m in mentions if m.confidence >= self.min_confidence]
        return mentions

    def resolve(
        self, text: str, spans: Sequence[tuple[int, int]], *, lang: str | None = None
    ) -> list[Mention]:
        """Resolve given spans of *text* (gold spans, or another recogniser's).

        Parameters
        ----------
        text : str
            The document.
        spans : sequence of (start, end)
            Character offsets; each is taken to name a place.
        lang : str, optional
            Overrides the parser's language for this document.

        Returns
        -------
        list of Mention
            One per span, in the same order; ``place`` is None where nothing fits.
        """
        for start, end in spans:
            if not 0 <= start < end <= len(text):
                raise ConfigError(
                    f"span ({start}, {end}) is outside the text of length {len(text)}"
                )
        if not spans:
            return []
        rec = self._recognizer(text, lang)
        found = rec.candidates(text)
        # a span the recogniser found itself keeps what it knows there (its
        # entries in the whole text's light); others are looked up alone
        same = {(c.start, c.end): c for c in found if c.kind == "name"}
        order = sorted(range(len(spans)), key=lambda k: spans[k])
        cands = [same.get(spans[k]) or span_candidate(rec, text, *spans[k]) for k in order]
        # the other places of the text vote for the context too, and so does an
        # airport around a span ("Manhattan" of "Manhattan Regional Airport"
        # tells which Manhattan the text's bare mentions are)
        given = set(spans)
        context = [
            c
            for c in found
            if not any(c.start < e and s < c.end for s, e in spans)
            or ((c.start, c.end) not in given and has_kind(c.entries, Kind.AIRPORT))
        ]
        resolved = _resolve(
            cands, text, self.gazetteer, country_bias=self.country_bias, context=context
        )
        out: list[Mention | None] = [None] * len(spans)
        for k, mention in zip(order, resolved, strict=True):
            out[k] = mention
        return [m for m in out if m is not None]


def geoparse(
    text: str,
    *,
    lang: str | None = None,
    gazetteer: GazetteerLike | None = None,
    country_bias: Sequence[str] = (),
) -> list[Mention]:
    """Find and resolve the place names in *text* (see :class:`Geoparser`).

    Examples
    --------
    >>> from geo._memgaz import MemoryGazetteer
    >>> [m.text for m in geoparse("В Алматы и Москве.", gazetteer=MemoryGazetteer.sample(), lang="ru")]
    ['Алматы', 'Москве']
    """
    return Geoparser(gazetteer=gazetteer, lang=lang, country_bias=country_bias).parse(text)


def resolve_spans(
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    lang: str | None = None,
    gazetteer: GazetteerLike | None = None,
) -> list[Mention]:
    """Resolve given spans of *text*; one mention per span (see :meth:`Geoparser.resolve`).

    Examples
    --------
    >>> from geo._memgaz import MemoryGazetteer
    >>> text = "Paris, Texas"
    >>> gaz = MemoryGazetteer.sample()
    >>> [m.place.admin1_code for m in resolve_spans(text, [(0, 5), (7, 12)], gazetteer=gaz, lang="en")]
    ['US.TX', 'US.TX']
    """
    return Geoparser(gazetteer=gazetteer, lang=lang).resolve(text, spans)
