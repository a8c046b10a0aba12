"""Event typing: ACLED event and sub-event types from multilingual cue lexicons.

The cue words live in ``incidents/data/events.toml`` (German, English,
Russian), each naming a *class* (protest, riot, clash, arrest, loot, kill,
regain...). Modifier classes change how cues count: ``irrealis`` (calls,
orders, threats), ``negation`` ("keine Festnahmen"), ``reason`` ("wegen
Plünderungen", "for looting"), ``background`` ("after days of protests")
and ``during`` ("в ходе беспорядков задержаны", with arrests) silence the
cues that follow them; ``nonevent`` ("state of emergency", "уголовные
дела") silences the sentence; ``ignore`` removes words that only look like
cues ("Protestbewegung", "riot police").

:func:`classify` combines the classes of one sentence into one ACLED type
by these rules, first match wins (ACLED codebook, 2023):

1. suicide bomb, air/drone strike, shelling, grenade, remote explosive;
2. ``regain`` -> Battles / Government regains territory when the sentence
   reports fighting, else Strategic developments / Non-violent transfer of
   territory;
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
   event or gathering (the report's "the unrest"), else Violence against
   civilians / Attack;
9. troops deployed -> Strategic developments / Other;
10. tear gas or dispersal alone, after a protest or riot, is that gathering
    (a protest becomes a Protest with intervention).

Examples
--------
>>> from incidents._sentences import tokenize
>>> cues = find_cues(tokenize("Tausende Demonstranten protestierten, die Polizei setzte Tränengas ein."), "de")
>>> sorted({c.cls for c in cues})
['intervention', 'protest', 'protesters']
>>> classify(cues).sub_event_type
'Protest with intervention'
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import Any

from incidents._lexicon import PatternSet, load_data
from incidents._sentences import Token

__all__ = ["ACTOR_CUES", "EVENT_TYPES", "Cue", "EventType", "classify", "find_cues"]

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

_MODIFIERS = frozenset(
    {"intervention", "irrealis", "reason", "ignore", "negation", "background", "during", "nonevent"}
)
#: Actor nouns ("protesters") type a protest, but alone they may only name people.
ACTOR_CUES = frozenset({"protesters"})
#: How many tokens after it a modifier silences.
_SILENCE_WINDOW = {"irrealis": 8, "reason": 3, "negation": 3, "background": 4, "during": 3}
_REASON_SILENCES = frozenset({"loot", "arson", "riot", "protest", "kill", "attack"})
_GATHERING_CUES = frozenset({"protest", "protesters", "riot", "clash", "mob"})
_BACKGROUND_SILENCES = frozenset({"protest", "protesters", "riot", "mob"})
#: Modifiers reported with the cues (they type nothing, but callers use them).
_KEPT_MODIFIERS = frozenset({"intervention", "reason"})
_GATHERINGS = frozenset({"Protests", "Riots"})
#: How sure tear gas or dispersal alone makes us that the report's gathering is meant.
_INTERVENTION_WEIGHT = 0.6
#: Event types a later sentence's bare casualty figures can belong to.
_CONTEXT_TYPES = frozenset(
    {"Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians"}
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
    gap: bool = False  # a pattern with "...": other words lie inside it


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
    ['arrest', 'reason']
    >>> [c.cls for c in find_cues(tokenize("He called for protests."), "en")]
    []
    """
    classes = _events()["classes"]
    found = _patterns(lang or "de").find_outer(tokens)
    ignored = {i for h in found if h.label == "ignore" for i in range(h.start, h.end)}
    hits = [h for h in found if h.start not in ignored]
    if any(h.label == "nonevent" for h in hits):
        return []
    arrests = any(h.label == "arrest" for h in hits)
    cues: list[Cue] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if hit.label in _MODIFIERS and hit.label not in _KEPT_MODIFIERS:
            continue
        if _silenced(hits, hit, arrests=arrests):
            continue
        cues.append(
            Cue(
                cls=hit.label,
                first=hit.start,
                last=hit.end,
                start=tokens[hit.start].start,
                end=tokens[hit.end - 1].end,
                weight=float(classes[hit.label].get("weight", 0.0)),
                gap="..." in hit.pattern,
            )
        )
    return cues


def _silenced(hits: Sequence[Any], hit: Any, *, arrests: bool) -> bool:
    for other in hits:
        window = _SILENCE_WINDOW.get(other.label)
        if not window or not other.start < hit.start < other.end + window:
            continue  # silences what follows it, and what a gap pattern encloses
        label = other.label
        if label in {"irrealis", "negation"}:
            return True
        if label == "reason" and hit.label in _REASON_SILENCES:
            return True
        if label == "background" and hit.label in _BACKGROUND_SILENCES:
            return True
        if label == "during" and arrests and hit.label in _GATHERING_CUES:
            return True
    return False


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
    if "protesters" in present:
        present = present | {"protest"}
        by_class.setdefault("protest", by_class["protesters"])
    after_gathering = context is not None and context[0] in _GATHERINGS
    if not present - _MODIFIERS and not ("intervention" in present and after_gathering):
        return None
    crowd = bool({"rioters", "protesters", "crowd"} & set(roles))
    fighting = bool({"clash", "shoot", "kill", "attack"} & present)

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
        if fighting:
            return make("Battles", "Government regains territory", "regain")
        return make("Strategic developments", "Non-violent transfer of territory", "regain")
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
        if context is not None and context[0] in _CONTEXT_TYPES and "civilians" not in victim_roles:
            return make(context[0], context[1], "kill", "injure")
        return make("Violence against civilians", "Attack", "kill", "injure")
    if "deploy" in present:
        return make("Strategic developments", "Other", "deploy")
    if "intervention" in present and context is not None and context[0] in _GATHERINGS:
        sub = "Protest with intervention" if context[0] == "Protests" else context[1]
        return replace(make(context[0], sub, "intervention"), weight=_INTERVENTION_WEIGHT)
    return None
