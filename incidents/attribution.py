"""Who said it: the outlet, the agency or official a sentence quotes.

News agencies come from :func:`incidents.agencies.agency_index` (their
aliases in every language); officials and reporting cues ("laut",
"according to", "по данным") from ``incidents/data/attribution.toml``. An
agency named in a sentence is its source; an official counts only when the
sentence attributes something ("laut Polizei", "the interior ministry
said"). A sentence that attributes without naming anyone ("it said",
"hieß es") keeps the previous sentence's source.

Examples
--------
>>> from incidents._sentences import tokenize
>>> text = "Schüsse fielen, wie ein Reporter der russischen Agentur TASS berichtete."
>>> quoted_source(tokenize(text), "de")
'TASS'
>>> quoted_source(tokenize("Laut Polizei wurden 100 Menschen festgenommen."), "de")
'police'
>>> quoted_source(tokenize("Die Polizei nahm 100 Menschen fest."), "de") is None
True
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from incidents._lexicon import Hit, PatternSet, load_data
from incidents._sentences import Token
from incidents.types import Document

__all__ = ["attributes", "outlet_of", "quoted_source"]


@functools.cache
def _agency_patterns() -> PatternSet:
    from incidents.agencies import agency_index

    table: dict[str, list[str]] = {}
    for folded, agency in agency_index().items():
        table.setdefault(agency.name, []).append(folded)
    return PatternSet(table)


@functools.cache
def _official_patterns(lang: str) -> tuple[PatternSet, dict[str, str]]:
    officials = load_data("attribution")["officials"]
    labels = {key: str(spec["label"]) for key, spec in officials.items()}
    patterns = {key: spec.get(lang, []) + spec.get("en", []) for key, spec in officials.items()}
    return PatternSet(patterns), labels


@functools.cache
def _cue_patterns(lang: str) -> PatternSet:
    cues = load_data("attribution")["cues"]
    return PatternSet({"cue": cues.get(lang, cues["de"])})


def attributes(tokens: Sequence[Token], lang: str | None) -> bool:
    """Whether the sentence attributes a statement ("laut", "said", "сообщает").

    Examples
    --------
    >>> from incidents._sentences import tokenize
    >>> attributes(tokenize("More than 3,000 people were detained, it said."), "en")
    True
    """
    return bool(_cue_patterns(lang or "de").find(tokens))


def quoted_source(tokens: Sequence[Token], lang: str | None) -> str | None:
    """The agency (canonical name) or official the sentence quotes, or None.

    Parameters
    ----------
    tokens : sequence of Token
        One sentence.
    lang : str or None
        Language of the official and cue lexicons (German when unknown).

    Returns
    -------
    str or None
        An agency's canonical name ("TASS"), else an official's label
        ("police", "Interior Ministry") when the sentence attributes.
    """
    agencies = _agency_patterns().find(tokens)
    if agencies:
        return min(agencies, key=lambda h: (h.start, -h.end)).label
    cues = _cue_patterns(lang or "de").find(tokens)
    if not cues:
        return None
    patterns, labels = _official_patterns(lang or "de")
    officials = patterns.find(tokens)
    if not officials:
        return None
    # "reporter" and "witnesses" yield to a named office in the same sentence;
    # among offices, the one nearest the reporting word speaks ("Police arrested
    # 40 people, the interior ministry said": the ministry).
    named = [h for h in officials if h.label not in {"reporter", "witnesses"}] or officials

    def distance(hit: Hit) -> int:
        return min(max(c.start - hit.end, hit.start - c.end, 0) for c in cues)

    return labels[min(named, key=lambda h: (distance(h), h.start)).label]


def outlet_of(document: Document) -> str | None:
    """The outlet as the table records it: the publisher, then photo-credit agencies.

    Examples
    --------
    >>> outlet_of(Document(id="a", text="", source="dpa", agencies=("TASS", "dpa")))
    'dpa; TASS'
    >>> outlet_of(Document(id="b", text="")) is None
    True
    """
    names: list[str] = []
    for name in (document.source, *document.agencies):
        if name and name not in names:
            names.append(name)
    return "; ".join(names) or None
