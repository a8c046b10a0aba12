"""Recognition in Russian, French and Spanish: names with a lower-case noun (real gazetteer).

Our own sentences; each names a sea or gulf the way that language writes it.
"""

from __future__ import annotations

from typing import Any

import pytest

from geo.geoparsing import Geoparser
from geo.types import Kind


@pytest.mark.parametrize(
    ("lang", "text", "surface", "area"),
    [
        ("ru", "Корабль затонул в Чёрном море у берегов Крыма.", "Чёрном море", "Black Sea"),
        ("ru", "Учения прошли на Каспийском море.", "Каспийском море", "Caspian Sea"),
        ("fr", "Un navire a coulé en mer Noire, près de la Crimée.", "mer Noire", "Black Sea"),
        ("fr", "Des pétroliers traversent le golfe Persique.", "golfe Persique", "Persian Gulf"),
        ("es", "Un barco se hundió en el mar Negro.", "mar Negro", "Black Sea"),
        ("es", "La tormenta llegó al golfo de México.", "golfo de México", "Gulf of Mexico"),
    ],
)
def test_seas_named_with_a_lower_case_noun(
    gazetteer: Any, lang: str, text: str, surface: str, area: str
) -> None:
    found = Geoparser(gazetteer=gazetteer, lang=lang).parse(text)
    sea = next(m for m in found if m.text == surface)
    assert sea.kind == Kind.AREA
    assert sea.place is not None
    assert sea.place.name == area
    assert text[sea.start : sea.end] == surface


def test_a_lower_case_noun_alone_is_no_place(gazetteer: Any) -> None:
    text = "Le navire a pris la mer hier soir depuis Marseille."
    found = Geoparser(gazetteer=gazetteer, lang="fr").parse(text)
    assert [m.text for m in found] == ["Marseille"]


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("de", "Kasachische Truppen sicherten den Flughafen.", "KZ"),
        ("de", "Französische Diplomaten reisten ab.", "FR"),
        ("ru", "Французские дипломаты уехали.", "FR"),
    ],
)
def test_a_capitalised_adjective_first_in_a_sentence(
    gazetteer: Any, lang: str, text: str, country: str
) -> None:
    found = Geoparser(gazetteer=gazetteer, lang=lang).parse(text)
    assert found[0].kind is Kind.DEMONYM
    assert found[0].place is not None
    assert found[0].place.country_code == country
