"""Merging reports of the same event from several sentences and documents."""

from __future__ import annotations

import datetime as dt

from geo.types import Kind, Place, Precision
from incidents.extraction import merge_incidents
from incidents.types import Incident, Source

ALMATY = Place("geonames:1526384", "Almaty", Kind.CITY, 43.25249, 76.9115, "KZ")
# the same town from another gazetteer, 300 m away
ALMATY_USER = Place("user:almaty", "Almaty", Kind.CITY, 43.2550, 76.9120, "KZ")
AKTAU = Place("geonames:610611", "Aktau", Kind.CITY, 43.65, 51.19972, "KZ")
KAZAKHSTAN = Place("geonames:1522867", "Kazakhstan", Kind.COUNTRY, 48.0, 68.0, "KZ")
DAY = dt.date(2022, 1, 5)


def incident(
    event_type: str = "Riots",
    sub: str = "Violent demonstration",
    place: Place = ALMATY,
    day: dt.date | None = DAY,
    precision: int | None = 1,
    doc: str = "a",
    **kw: object,
) -> Incident:
    where = Precision.COUNTRY if place.kind is Kind.COUNTRY else Precision.CITY
    source = Source(doc_id=doc, quote=f"{event_type} in {place.name}", start=0, end=10)
    return Incident(
        event_type,
        sub,
        place,
        place.name,
        kw.pop("where", where),
        day,
        precision,  # type: ignore[arg-type]
        sources=(source,),
        **kw,  # type: ignore[arg-type]
    )


def test_same_event_from_two_documents_merges_with_all_sources() -> None:
    a = incident(doc="a", fatalities=8, confidence=0.5, actors=("protesters",))
    b = incident(doc="b", fatalities=10, confidence=0.7, actors=("police",))
    [merged] = merge_incidents([a, b])
    assert merged.fatalities == 10  # the largest figure reported, not 18
    assert merged.confidence == 0.7
    assert [s.doc_id for s in merged.sources] == ["a", "b"]
    assert merged.actors == ("protesters", "police")


def test_places_within_a_kilometre_are_the_same() -> None:
    assert len(merge_incidents([incident(), incident(place=ALMATY_USER)])) == 1
    assert len(merge_incidents([incident(), incident(place=AKTAU)])) == 2


def test_different_days_and_types_stay_apart() -> None:
    other_day = incident(day=DAY + dt.timedelta(days=1))
    arrests = incident("Strategic developments", "Arrests", arrests=100)
    assert len(merge_incidents([incident(), other_day, arrests])) == 3


def test_different_strategic_developments_stay_apart() -> None:
    arrests = incident("Strategic developments", "Arrests", place=KAZAKHSTAN, arrests=3000)
    troops = incident("Strategic developments", "Other", place=KAZAKHSTAN, troops=2500)
    assert len(merge_incidents([arrests, troops])) == 2


def test_month_precision_overlaps_days_of_that_month() -> None:
    month = incident(day=dt.date(2022, 1, 1), precision=3, doc="m")
    [merged] = merge_incidents([month, incident(doc="d")])
    assert (merged.event_date, merged.time_precision) == (DAY, 1)  # the finer date wins
    february = incident(day=dt.date(2022, 2, 1), precision=3)
    assert len(merge_incidents([february, incident()])) == 2


def test_a_protest_that_turned_violent_is_one_riot() -> None:
    protest = incident("Protests", "Peaceful protest", participants=1000)
    riot = incident("Riots", "Violent demonstration", injured=20)
    [merged] = merge_incidents([protest, riot])
    assert (merged.event_type, merged.sub_event_type) == ("Riots", "Violent demonstration")
    assert (merged.participants, merged.injured) == (1000, 20)


def test_protest_sub_types_keep_the_most_telling() -> None:
    peaceful = incident("Protests", "Peaceful protest")
    dispersed = incident("Protests", "Protest with intervention", arrests=30)
    [merged] = merge_incidents([peaceful, dispersed])
    assert merged.sub_event_type == "Protest with intervention"
    assert merged.arrests == 30


def test_finer_place_wins() -> None:
    city = incident()
    square = incident(where=Precision.WITHIN_CITY, doc="b")
    square = Incident(
        **{
            **{f: getattr(square, f) for f in square.__dataclass_fields__},
            "location": "Republic Square, Almaty",
        }
    )
    [merged] = merge_incidents([city, square])
    assert (merged.precision, merged.location) == (Precision.WITHIN_CITY, "Republic Square, Almaty")


def test_country_level_and_town_level_stay_apart() -> None:
    assert len(merge_incidents([incident(place=KAZAKHSTAN), incident()])) == 2


def test_unlocated_incidents_merge_only_by_their_name() -> None:
    a = Incident("Riots", "Violent demonstration", None, "Xyzgrad", Precision.CITY, DAY, 1)
    b = Incident("Riots", "Violent demonstration", None, "Xyzgrad", Precision.CITY, DAY, 1)
    c = Incident("Riots", "Violent demonstration", None, "", Precision.CITY, DAY, 1)
    d = Incident("Riots", "Violent demonstration", None, "", Precision.CITY, DAY, 1)
    assert len(merge_incidents([a, b, c, d])) == 3


def test_order_of_first_report_is_kept() -> None:
    first, second = incident(place=AKTAU), incident()
    assert [i.place for i in merge_incidents([first, second, incident(place=AKTAU)])] == [
        AKTAU,
        ALMATY,
    ]
