"""Event typing: cue lexicons per language and the rules that combine them."""

from __future__ import annotations

import pytest

from incidents._sentences import tokenize
from incidents.events import EVENT_TYPES, classify, find_cues


def typed(text: str, lang: str, **kw: object) -> tuple[str, str] | None:
    event = classify(find_cues(tokenize(text), lang), **kw)  # type: ignore[arg-type]
    return (event.event_type, event.sub_event_type) if event else None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Tausende Demonstranten zogen friedlich durch die Innenstadt.",
            "de",
            ("Protests", "Peaceful protest"),
        ),
        (
            "Die Polizei setzte Tränengas gegen die Kundgebung ein.",
            "de",
            ("Protests", "Protest with intervention"),
        ),
        (
            "Bei der Kundgebung erschossen Polizisten zwei Demonstranten.",
            "de",
            ("Protests", "Excessive force against protesters"),
        ),
        ("Es kam zu schweren Ausschreitungen.", "de", ("Riots", "Violent demonstration")),
        ("Demonstranten stürmten das Rathaus.", "de", ("Riots", "Violent demonstration")),
        (
            "Geschäfte wurden geplündert.",
            "de",
            ("Strategic developments", "Looting/property destruction"),
        ),
        ("100 Menschen wurden festgenommen.", "de", ("Strategic developments", "Arrests")),
        ("Armee und Rebellen lieferten sich Gefechte.", "de", ("Battles", "Armed clash")),
        (
            "Ein Selbstmordattentäter sprengte sich in die Luft.",
            "de",
            ("Explosions/Remote violence", "Suicide bomb"),
        ),
        ("Protesters rallied outside parliament.", "en", ("Protests", "Peaceful protest")),
        (
            "Riot police dispersed the rally with water cannon.",
            "en",
            ("Protests", "Protest with intervention"),
        ),
        ("Rioters looted shops and set cars on fire.", "en", ("Riots", "Violent demonstration")),
        (
            "A drone strike hit the convoy.",
            "en",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "A roadside bomb exploded near the market.",
            "en",
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        (
            "Gunmen abducted three aid workers.",
            "en",
            ("Violence against civilians", "Abduction/forced disappearance"),
        ),
        ("The two sides agreed a ceasefire.", "en", ("Strategic developments", "Agreement")),
        ("Police arrested 20 people for looting.", "en", ("Strategic developments", "Arrests")),
        ("Протестующие вышли на митинг.", "ru", ("Protests", "Peaceful protest")),
        ("В городе начались массовые беспорядки.", "ru", ("Riots", "Violent demonstration")),
        (
            "Мародеры разграбили магазины.",
            "ru",
            ("Strategic developments", "Looting/property destruction"),
        ),
        ("Полиция задержала 50 человек.", "ru", ("Strategic developments", "Arrests")),
        ("Произошли столкновения между армией и боевиками.", "ru", ("Battles", "Armed clash")),
        (
            "Артиллерия обстреляла село.",
            "ru",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
    ],
)
def test_sentence_types(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Oppositionelle rief zu Protesten auf.", "de"),
        ("Es gab keine Festnahmen.", "de"),
        ("Die Protestbewegung wählte einen neuen Sprecher.", "de"),
        ("Der Präsident verhängte den Ausnahmezustand wegen der Unruhen.", "de"),
        ("The opposition called for protests on Friday.", "en"),
        ("No one was arrested.", "en"),
        ("The president authorised troops to shoot to kill.", "en"),
        ("Возбуждены уголовные дела о массовых беспорядках.", "ru"),
        ("The weather was cold.", "en"),
    ],
)
def test_no_event(text: str, lang: str) -> None:
    assert typed(text, lang) is None


def test_stun_grenades_are_an_intervention_not_a_grenade_attack() -> None:
    assert typed("Police fired stun grenades at the protest.", "en") == (
        "Protests",
        "Protest with intervention",
    )


def test_regaining_control_is_a_battle_only_with_fighting() -> None:
    assert typed("Truppen brachten den Flughafen wieder unter Kontrolle.", "de") == (
        "Strategic developments",
        "Non-violent transfer of territory",
    )
    assert typed("Nach heftigen Gefechten eroberte die Armee den Flughafen zurück.", "de") == (
        "Battles",
        "Government regains territory",
    )


def test_clashes_involving_protesters_are_riots() -> None:
    text = "Zusammenstöße zwischen Sicherheitskräften und Demonstranten."
    assert typed(text, "de") == ("Riots", "Violent demonstration")
    assert typed("Zusammenstöße zwischen Armee und Milizen.", "de") == ("Battles", "Armed clash")
    assert typed("Es kam zu Zusammenstößen.", "de", roles={"rioters"}) == (
        "Riots",
        "Violent demonstration",
    )


def test_deaths_alone_continue_the_report_event() -> None:
    text = "Dabei kamen 18 Menschen ums Leben."
    assert typed(text, "de") == ("Violence against civilians", "Attack")
    assert typed(text, "de", context=("Riots", "Violent demonstration")) == (
        "Riots",
        "Violent demonstration",
    )
    assert typed(
        text, "de", context=("Riots", "Violent demonstration"), victim_roles={"civilians"}
    ) == (
        "Violence against civilians",
        "Attack",
    )


def test_seizure_by_a_crowd_is_a_riot() -> None:
    assert typed("Crowds seized the airport.", "en", roles={"crowd"}) == (
        "Riots",
        "Violent demonstration",
    )
    assert typed("Rebels seized the town.", "en") == (
        "Battles",
        "Non-state actor overtakes territory",
    )


def test_cue_offsets_and_weights() -> None:
    text = "Demonstranten wurden festgenommen."
    cues = find_cues(tokenize(text), "de")
    assert [(c.cls, text[c.start : c.end]) for c in cues] == [
        ("protesters", "Demonstranten"),
        ("arrest", "festgenommen"),
    ]
    assert all(0 < c.weight <= 1 for c in cues)


def test_every_class_maps_to_an_acled_type() -> None:
    from incidents._lexicon import load_data

    for spec in load_data("events")["classes"].values():
        if "event_type" in spec:
            assert spec["sub_event_type"] in EVENT_TYPES[spec["event_type"]]
