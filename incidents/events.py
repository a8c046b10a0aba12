"""Event typing: ACLED event and sub-event types from multilingual cue lexicons.

The cue words live in ``incidents/data/events.toml`` (German, English,
Russian), each naming a *class* (protest, riot, clash, arrest, loot, kill,
regain...). Modifier classes change how cues count: ``irrealis`` (calls,
orders, threats) and ``reason`` ("wegen Plünderungen", "for looting")
silence the cues that follow them; ``ignore`` removes words that only look
like cues ("Protestbewegung").

:func:`classify` combines the classes of one sentence into one ACLED type
by these rules, first match wins (ACLED codebook, 2023):

1. suicide bomb, air/drone strike, shelling, grenade, remote explosive;
2. ``regain`` -> Battles / Government regains territory;
   ``capture`` -> Non-state actor overtakes territory (Riots / Violent
   demonstration when protesters or rioters are the ones taking it);
3. sexual violence, abduction -> Violence against civilians;
4. protest + riot, clash, looting or arson -> Riots / Violent demonstration;
   protest + killing or shooting -> Protests / Excessive force against
   protesters; protest + intervention or arrests -> Protest with
   intervention; protest alone -> Peaceful protest;
5. riot -> Riots / Violent demonstration; mob -> Riots / Mob violence;
6. clash, shooting or attack: Riots / Violent demonstration when rioters or
   protesters take part or the report is about riots; Violence against
   civilians / Attack when the counted victims are civilians; else
   Battles / Armed clash (an attack with no armed opponent named is an
   Attack);
7. arrest -> Strategic developments / Arrests; looting or arson ->
   Looting/property destruction; agreement, base, disrupted weapons use;
8. killing or injuries alone take the type of the report's last violent
   event (the report's "the unrest"), else Violence against civilians /
   Attack;
9. troops deployed -> Strategic developments / Other.

Examples
--------
>>> from incidents._sentences import tokenize
>>> cues = find_cues(tokenize("Tausende Demonstranten protestierten, die Polizei setzte Tränengas ein."), "de")
>>> sorted({c.cls for c in cues})
['intervention', 'protest']
>>> classify(cues).sub_event_type
'Protest with intervention'
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from incidents._lexicon import PatternSet, load_data
from incidents._sentences import Token

__all__ = ["EVENT_TYPES", "Cue", "EventType", "classify", "find_cues"]

#: ACLED event types and their sub-event types.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

_MODIFIERS = frozenset({"intervention", "irrealis", "reason", "ignore"})
_SILENCE_WINDOW = {"irrealis": 8, "reason": 3}
_REASON_SILENCES = frozenset({"loot", "arson", "riot", "protest", "kill", "attack"})
_VIOLENT_TYPES = frozenset(
    {"Battles", "Riots", "Explosions/Remote violence", "Violence against civilians"}
)


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word of a class found at tokens ``[first, last)``, chars ``[start, end)``."""

    cls: str
    first: int
    last: int
    start: int
    end: int
    weight: float


@dataclass(frozen=True, slots=True)
class EventType:
    """An ACLED type for a sentence and how sure the cues make it (0..1)."""

    event_type: str
    sub_event_type: str
    weight: float
    classes: frozenset[str]
    cue: Cue | None = None


@functools.cache
def _events() -> dict[str, Any]:
    return load_data("events")


@functools.cache
def _patterns(lang: str) -> PatternSet:
    cues = _events()["cues"]
    return PatternSet(cues.get(lang, cues["de"]))


def find_cues(tokens: Sequence[Token], lang: str | None) -> list[Cue]:
    """Event cues in a sentence's tokens, after modifiers are applied.

    Parameters
    ----------
    tokens : sequence of Token
        One sentence (see :func:`incidents._sentences.tokenize`).
    lang : str or None
        Lexicon language; German when unknown or unsupported.

    Returns
    -------
    list of Cue
        In text order; silenced and ignored cues are left out, modifier
        cues (``intervention``) are kept.

    Examples
    --------
    >>> from incidents._sentences import tokenize
    >>> [c.cls for c in find_cues(tokenize("100 people were arrested for looting."), "en")]
    ['arrest']
    >>> [c.cls for c in find_cues(tokenize("He called for protests."), "en")]
    []
    """
    classes = _events()["classes"]
    hits = _patterns(lang or "de").find(tokens)
    ignored = {i for h in hits if h.label == "ignore" for i in range(h.start, h.end)}
    silenced: set[int] = set()
    for hit in hits:
        window = _SILENCE_WINDOW.get(hit.label)
        if window:
            silenced.update(range(hit.end, hit.end + window))
    cues: list[Cue] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if hit.label in {"irrealis", "reason", "ignore"} or hit.start in ignored:
            continue
        if hit.start in silenced and _silencer(hits, hit) is not None:
            continue
        cues.append(
            Cue(
                cls=hit.label,
                first=hit.start,
                last=hit.end,
                start=tokens[hit.start].start,
                end=tokens[hit.end - 1].end,
                weight=float(classes[hit.label].get("weight", 0.0)),
            )
        )
    return cues


def _silencer(hits: Sequence[Any], hit: Any) -> str | None:
    for other in hits:
        window = _SILENCE_WINDOW.get(other.label)
        if not window or not other.end <= hit.start < other.end + window:
            continue
        if other.label == "irrealis" or hit.label in _REASON_SILENCES:
            return str(other.label)
    return None


def classify(
    cues: Sequence[Cue],
    *,
    roles: Collection[str] = (),
    victim_roles: Collection[str] = (),
    context: tuple[str, str] | None = None,
) -> EventType | None:
    """Combine a sentence's cues into one ACLED event type (rules in the module doc).

    Parameters
    ----------
    cues : sequence of Cue
        From :func:`find_cues`.
    roles : collection of str
        Roles of the groups the sentence names (state, rioters, protesters,
        civilians, external).
    victim_roles : collection of str
        Roles of the groups the counted dead or injured belong to.
    context : (str, str), optional
        Event and sub-event type of the report's last violent event (rules 6, 8).

    Returns
    -------
    EventType or None
        None when the sentence reports no event.

    Examples
    --------
    >>> from incidents._sentences import tokenize
    >>> cues = find_cues(tokenize("Zusammenstöße zwischen Polizei und Demonstranten"), "de")
    >>> classify(cues, roles={"state", "protesters"}).event_type
    'Riots'
    >>> classify(find_cues(tokenize("Armee und Rebellen lieferten sich Gefechte"), "de")).sub_event_type
    'Armed clash'
    """
    by_class: dict[str, Cue] = {}
    for cue in cues:
        best = by_class.get(cue.cls)
        if best is None or cue.weight > best.weight:
            by_class[cue.cls] = cue
    present = frozenset(by_class)
    if not present - _MODIFIERS:
        return None
    crowd = bool({"rioters", "protesters"} & set(roles))

    def make(event_type: str, sub: str, *classes: str) -> EventType:
        used = [by_class[c] for c in classes if c in by_class]
        weight = max((c.weight for c in used), default=0.5)
        cue = max(used, key=lambda c: c.weight) if used else None
        return EventType(event_type, sub, round(weight, 3), present, cue)

    for cls in ("suicide", "airstrike", "shell", "grenade", "explosive"):
        if cls in present:
            spec = _events()["classes"][cls]
            return make(spec["event_type"], spec["sub_event_type"], cls)
    if "regain" in present:
        return make("Battles", "Government regains territory", "regain")
    if "capture" in present:
        if crowd or {"protest", "riot"} & present:
            return make("Riots", "Violent demonstration", "capture", "riot", "protest")
        return make("Battles", "Non-state actor overtakes territory", "capture")
    if "sexual" in present:
        return make("Violence against civilians", "Sexual violence", "sexual")
    if "abduct" in present:
        return make("Violence against civilians", "Abduction/forced disappearance", "abduct")
    if "protest" in present:
        if {"riot", "clash", "loot", "arson", "mob"} & present:
            return make("Riots", "Violent demonstration", "riot", "clash", "protest")
        if {"kill", "shoot"} & present:
            return make(
                "Protests", "Excessive force against protesters", "protest", "kill", "shoot"
            )
        if {"intervention", "arrest"} & present:
            return make(
                "Protests", "Protest with intervention", "protest", "intervention", "arrest"
            )
        return make("Protests", "Peaceful protest", "protest")
    if "riot" in present:
        return make("Riots", "Violent demonstration", "riot")
    if "mob" in present:
        return make("Riots", "Mob violence", "mob")
    if {"clash", "shoot", "attack"} & present:
        classes = ("clash", "shoot", "attack")
        if crowd or (context is not None and context[0] == "Riots"):
            return make("Riots", "Violent demonstration", *classes)
        if "civilians" in victim_roles or ("clash" not in present and "attack" in present):
            return make("Violence against civilians", "Attack", *classes)
        return make("Battles", "Armed clash", *classes)
    for cls in ("arrest", "loot", "arson", "agreement", "base", "disrupted"):
        if cls in present:
            spec = _events()["classes"][cls]
            return make(spec["event_type"], spec["sub_event_type"], cls)
    if {"kill", "injure"} & present:
        if context is not None and context[0] in _VIOLENT_TYPES and "civilians" not in victim_roles:
            return make(context[0], context[1], "kill", "injure")
        return make("Violence against civilians", "Attack", "kill", "injure")
    if "deploy" in present:
        return make("Strategic developments", "Other", "deploy")
    return None
