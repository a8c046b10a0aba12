"""Resolution with the document as context, against the real gazetteer.

Each text is our own sentence about well-known facts; the expectations are
the places a reader of the sentence would name.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from geo._recognize import Candidate
from geo._resolve import _airport_senses, _chains, _Context, _paired, _pool
from geo.distance import great_circle_km
from geo.gazetteer import NameEntry
from geo.geoparsing import Geoparser
from geo.types import Kind, Place, Precision


@pytest.fixture(scope="module")
def parser(gazetteer: Any) -> Geoparser:
    return Geoparser(gazetteer=gazetteer, lang="en")


def _where(parser: Geoparser, text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (m.text, m.place.kind.value if m.place else None, m.place.admin1_code if m.place else None)
        for m in parser.parse(text)
    ]


def test_qualifier_chain_picks_the_state_and_its_town(parser: Geoparser) -> None:
    found = _where(parser, "Springfield is a city in Effingham County, Georgia, United States.")
    assert found[:3] == [
        ("Springfield", "city", "US.GA"),
        ("Effingham County", "region", "US.GA"),
        ("Georgia", "region", "US.GA"),
    ]


def test_a_region_named_in_the_same_sentence_beats_population(parser: Geoparser) -> None:
    text = (
        "Dundee is a small town in Polk County, Florida. "
        "Its founders named it after Dundee in Scotland."
    )
    first, *_, last = [m for m in parser.parse(text) if m.text == "Dundee"]
    assert first.place is not None
    assert first.place.admin1_code == "US.FL"
    assert last.place is not None
    assert last.place.country_code == "GB"


def test_the_region_the_text_is_about_outweighs_one_mention(parser: Geoparser) -> None:
    text = (
        "Lexington is a city in Virginia. Lexington lies west of Richmond, Virginia. "
        "Lexington hosts the Virginia Military Institute. It was named after "
        "Lexington, Massachusetts."
    )
    lexingtons = [
        m.place.admin1_code for m in parser.parse(text) if m.text == "Lexington" and m.place
    ]
    assert lexingtons == ["US.VA", "US.VA", "US.VA", "US.MA"]


def test_a_country_in_the_same_sentence_does_not_pull_a_country_name_to_a_town(
    parser: Geoparser,
) -> None:
    found = parser.parse("China's commerce ministry said it would answer US tariffs on steel.")
    assert [(m.text, m.place.kind if m.place else None) for m in found] == [
        ("China", Kind.COUNTRY),
        ("US", Kind.COUNTRY),
    ]


def test_region_point_is_the_middle_of_its_extent(gazetteer: Any) -> None:
    texas = gazetteer.region("US.TX")
    # GeoNames puts Texas at 31.25 N, 99.25 W; the mean of its towns lies east, near Waco
    assert great_circle_km(texas.lat, texas.lon, 31.25, -99.25) < 100
    queensland = gazetteer.region("AU.04")
    assert great_circle_km(queensland.lat, queensland.lon, -20.0, 145.0) < 200


def test_region_point_lies_on_one_of_its_places(gazetteer: Any) -> None:
    # the middle of Florida's box is in the Gulf of Mexico, 200 km from GeoNames' point
    florida = gazetteer.region("US.FL")
    assert great_circle_km(florida.lat, florida.lon, 28.13, -81.63) < 161
    assert any(
        p.kind is Kind.CITY and p.admin1_code == "US.FL" and p.point == florida.point
        for p in gazetteer
    )


def test_continents_seas_and_areas_across_countries(parser: Geoparser) -> None:
    text = (
        "The EU sent aid to Africa after boats sank in the Mediterranean. "
        "Fighting flared again in Darfur and in South Ossetia."
    )
    found = {m.text: m for m in parser.parse(text)}
    assert found.keys() >= {"EU", "Africa", "Mediterranean", "Darfur", "South Ossetia"}
    for name in ("EU", "Africa", "Mediterranean"):
        assert found[name].kind == Kind.AREA
        assert found[name].precision == Precision.AREA
        assert found[name].place is not None
        assert found[name].place.country_code is None
    # areas inside one country are regions of it
    assert found["Darfur"].place is not None
    assert (found["Darfur"].kind, found["Darfur"].place.country_code) == (Kind.REGION, "SD")
    assert found["South Ossetia"].place is not None
    assert found["South Ossetia"].place.country_code == "GE"


def test_area_names_in_other_languages(gazetteer: Any) -> None:
    german = Geoparser(gazetteer=gazetteer, lang="de").parse(
        "Flüchtlinge ertranken im Mittelmeer; die Europäische Union beriet in Brüssel."
    )
    assert [(m.text, m.kind) for m in german if m.kind == Kind.AREA] == [
        ("Mittelmeer", Kind.AREA),
        ("Europäische Union", Kind.AREA),
    ]
    russian = Geoparser(gazetteer=gazetteer, lang="ru").parse(
        "Учения прошли в Южной Осетии и на Ближнем Востоке."
    )
    assert [m.place.name for m in russian if m.place] == ["South Ossetia", "Middle East"]


def test_adjectives_of_areas_are_demonyms_of_the_area(gazetteer: Any) -> None:
    english = Geoparser(gazetteer=gazetteer, lang="en").parse(
        "European ministers met African leaders in Nairobi."
    )
    assert [(m.text, m.kind, m.precision) for m in english][:2] == [
        ("European", Kind.DEMONYM, Precision.AREA),
        ("African", Kind.DEMONYM, Precision.AREA),
    ]
    german = Geoparser(gazetteer=gazetteer, lang="de").parse(
        "Die europäischen Staaten schickten Hilfe nach Kenia."
    )
    assert german[0].place is not None
    assert (german[0].text, german[0].place.name) == ("europäischen", "Europe")


def test_a_qualified_name_keeps_its_sense_in_the_whole_text(parser: Geoparser) -> None:
    text = (
        "Springfield is a small city in Effingham County, Georgia. "
        "Effingham County has many farms. Effingham County grew fast. "
        "Springfield is the seat of its government."
    )
    found = [(m.text, m.place.admin1_code) for m in parser.parse(text) if m.place]
    assert ("Effingham County", "US.GA") in found
    assert {code for name, code in found if name in ("Springfield", "Effingham County")} == {
        "US.GA"
    }


def test_bare_mentions_take_the_sense_of_the_located_ones(parser: Geoparser) -> None:
    text = (
        "Arlington is a city in Gilliam County, Oregon. Some say it was named after "
        "Arlington, Virginia. Arlington lies on the Columbia. Arlington has a school."
    )
    found = [m.place.admin1_code for m in parser.parse(text) if m.text == "Arlington" and m.place]
    assert found == ["US.OR", "US.VA", "US.OR", "US.OR"]


def test_a_county_takes_the_state_the_text_names(parser: Geoparser) -> None:
    text = (
        "Franklin County is a county located in the U.S. state of Iowa. "
        "The county seat of Franklin County is Hampton."
    )
    counties = [m.place.admin1_code for m in parser.parse(text) if m.text == "Franklin County"]
    assert counties == ["US.IA", "US.IA"]


def test_gold_spans_resolve_as_the_recogniser_does(parser: Geoparser) -> None:
    text = "La Porte is a city in Harris County, Texas, east of Houston."
    (parsed, *_) = parser.parse(text)
    (given,) = parser.resolve(text, [(0, 8)])
    assert parsed.place is not None
    assert given.place is not None
    assert (given.place.name, given.place.admin1_code) == ("La Porte", "US.TX")
    assert given.place.id == parsed.place.id


def test_a_second_round_lets_a_resolved_ambiguity_speak(parser: Geoparser) -> None:
    # first guesses: "Georgia" the country, so only "Texas" names a US state and
    # pulls Atlanta to Atlanta, Texas; once "Georgia" is the state, Atlanta is
    text = (
        "ATLANTA - Officials across Georgia said on Monday that Atlanta would host the "
        "meeting. A delegation from Texas attended. Georgia officials welcomed them to Atlanta."
    )
    atlantas = {
        m.place.admin1_code for m in parser.parse(text) if m.place and m.text.lower() == "atlanta"
    }
    assert atlantas == {"US.GA"}


def test_english_counties_and_short_names_of_russian_republics(parser: Geoparser) -> None:
    found = {
        m.text: m.place
        for m in parser.parse("Floods hit Oxfordshire and Lancashire; unrest spread in Dagestan.")
    }
    assert found["Oxfordshire"] is not None
    assert (found["Oxfordshire"].kind, found["Oxfordshire"].admin1_code) == (Kind.REGION, "GB.ENG")
    assert found["Oxfordshire"].country_code == "GB"
    assert found["Lancashire"] is not None
    assert found["Dagestan"] is not None
    assert (found["Dagestan"].kind, found["Dagestan"].country_code) == (Kind.REGION, "RU")


def test_a_described_town_the_gazetteer_lacks_lies_in_its_county(parser: Geoparser) -> None:
    # Cleveland, Utah (about 500 people) is below the gazetteer's threshold:
    # the text places it in Emery County, so it is not Cleveland, Ohio
    text = "Cleveland is a town in Emery County, Utah. Cleveland has one school."
    first, *_, last = [m for m in parser.parse(text) if m.text == "Cleveland"]
    for mention in (first, last):
        assert mention.place is not None
        assert mention.place.name == "Emery County"
        assert mention.precision == Precision.REGION
        assert mention.unresolved == "Cleveland"


def test_a_qualified_town_the_gazetteer_has_stays_itself(parser: Geoparser) -> None:
    found = parser.parse("Paris, Texas held a fair; Dundee in Scotland did too.")
    paris, dundee = found[0], found[2]
    assert paris.place is not None
    assert (paris.place.admin1_code, paris.unresolved) == ("US.TX", None)
    assert dundee.place is not None
    assert dundee.place.country_code == "GB"


def test_a_list_of_states_is_no_chain_of_qualifiers(parser: Geoparser) -> None:
    found = _where(parser, "Flu was reported in Arkansas, Colorado, Delaware, Idaho and Maine.")
    assert [kind for _, kind, _ in found] == ["region"] * 5
    assert [code for _, _, code in found] == ["US.AR", "US.CO", "US.DE", "US.ID", "US.ME"]


def test_a_country_beats_its_namesake_town_in_a_text_about_the_town_s_state(
    parser: Geoparser,
) -> None:
    text = (
        "A professor at a university in Houston, Texas said the tariffs that target "
        "China will hurt Texas farmers. Trade with China fell."
    )
    chinas = [m for m in parser.parse(text) if m.text == "China"]
    assert len(chinas) == 2
    assert all(m.place is not None and m.place.kind == Kind.COUNTRY for m in chinas)
    # an explicit qualifier still makes the town
    (town, _) = parser.parse("China, Texas is a small town.")
    assert town.place is not None
    assert (town.place.kind, town.place.admin1_code) == (Kind.CITY, "US.TX")


def test_a_gold_span_adjective_is_the_country(parser: Geoparser) -> None:
    text = "Canadian beef is safe, officials in Ottawa said."
    (found,) = parser.resolve(text, [(0, 8)])
    assert found.place is not None
    assert (found.kind, found.place.country_code) == (Kind.DEMONYM, "CA")


def test_a_gold_span_county_without_its_unit_word_is_the_county(parser: Geoparser) -> None:
    text = "Deputies in Gwinnett and Oconee arrested two men."
    found = parser.resolve(text, [(12, 20), (25, 31)])
    assert [(m.place.name, m.place.admin1_code) for m in found if m.place] == [
        ("Gwinnett County", "US.GA"),
        ("Oconee County", "US.GA"),
    ]


@pytest.mark.parametrize(
    ("text", "abbr", "admin1"),
    [
        ("The mill in Kelowna, B.C., closed on Monday.", "B.C.", "CA.02"),
        ("The mill in Vancouver, BC, closed on Monday.", "BC", "CA.02"),
        ("The mill in Guelph, Ont., closed on Monday.", "Ont.", "CA.08"),
    ],
)
def test_canadian_province_abbreviations_after_a_town(
    parser: Geoparser, text: str, abbr: str, admin1: str
) -> None:
    town, province = parser.parse(text)
    assert province.text == abbr
    assert province.place is not None
    assert province.place.admin1_code == admin1
    assert town.place is not None
    assert town.place.admin1_code == admin1


def test_a_province_abbreviation_needs_a_comma_before_it(parser: Geoparser) -> None:
    assert [m.text for m in parser.parse("The fort was built in 500 B.C. by traders.")] == []


def test_two_ambiguous_names_side_by_side_mean_those_readings(parser: Geoparser) -> None:
    # Paris, Tennessee is the seat of Henry County, Tennessee; bigger namesakes
    # of each lie in Texas and Georgia
    found = _where(parser, "Paris and Henry County are proud of their courthouse.")
    assert found == [("Paris", "city", "US.TN"), ("Henry County", "region", "US.TN")]


def test_towns_named_like_countries_do_not_pair_up(parser: Geoparser) -> None:
    # Peru and Mexico are also neighbouring towns in Indiana
    text = (
        "The US president will attend the summit in Peru and then visit Mexico, "
        "officials in Washington said."
    )
    found = {m.text: m.place.kind if m.place else None for m in parser.parse(text)}
    assert (found["Peru"], found["Mexico"]) == (Kind.COUNTRY, Kind.COUNTRY)


def test_a_territory_short_name_weighs_as_a_small_region(parser: Geoparser) -> None:
    # "Norfolk" is an alternate name of Norfolk Island (1,800 people)
    (norfolk,) = parser.parse("Teachers in Norfolk went on strike.")
    assert norfolk.place is not None
    assert norfolk.place.name == "Norfolk"
    assert norfolk.place.country_code != "NF"
    (island,) = parser.parse("Norfolk Island is a remote territory.")
    assert island.place is not None
    assert island.place.country_code == "NF"


def test_gaza_is_the_gaza_strip(parser: Geoparser) -> None:
    (gaza,) = [m for m in parser.parse("Aid trucks reached Gaza on Monday.") if m.text == "Gaza"]
    assert gaza.place is not None
    assert gaza.place.country_code == "PS"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Fighting in Congo killed dozens.", "Congo", "CD"),
        ("Talks with Korea resumed.", "Korea", "KR"),
        ("Brazzaville is the capital of the Republic of Congo.", "Republic of Congo", "CG"),
    ],
)
def test_two_countries_by_one_name_is_the_bigger(
    parser: Geoparser, text: str, name: str, code: str
) -> None:
    (found,) = [m for m in parser.parse(text) if m.text == name]
    assert found.place is not None
    assert found.place.country_code == code


def test_a_russian_town_then_its_state_in_the_nominative(gazetteer: Any) -> None:
    text = "В Леоне, штат Гуанахуато, обнаружено массовое захоронение."
    found = Geoparser(gazetteer=gazetteer, lang="ru").parse(text)
    assert [m.place.country_code if m.place else None for m in found] == ["MX", "MX"]


def test_a_sea_is_the_water_not_the_governorate_named_after_it(parser: Geoparser) -> None:
    text = "Tankers waited off Port Said, avoiding the Suez Canal after attacks in the Red Sea."
    (sea,) = [m for m in parser.parse(text) if m.text == "Red Sea"]
    assert sea.place is not None
    assert sea.place.id == "area:red-sea"


def test_a_list_of_states_means_states(parser: Geoparser) -> None:
    # California, Missouri and Oregon, Ohio are towns; Missouri and Ohio are in the list
    text = "Cases were found in Alabama, Arizona, California, Missouri, Ohio, Oregon and Utah."
    found = {m.text: m.place for m in parser.parse(text)}
    assert all(p is not None and p.kind is Kind.REGION for p in found.values())
    assert found["California"].admin1_code == "US.CA"
    assert found["Oregon"].admin1_code == "US.OR"


def test_a_list_of_countries_means_countries(parser: Geoparser) -> None:
    text = "Ministers of Azerbaijan, Georgia, Armenia and Turkey met in Texas."
    found = {m.text: m.place for m in parser.parse(text)}
    assert found["Georgia"] is not None
    assert found["Georgia"].kind is Kind.COUNTRY


@pytest.mark.parametrize(
    "text",
    [
        "The sick cow came from a Washington state farm.",
        "Floods hit upstate New York.",
        "Floods hit the state of New York.",
        "Jobs moved from western states such as Oregon.",
    ],
)
def test_a_name_called_a_state_is_the_state(parser: Geoparser, text: str) -> None:
    (found,) = parser.parse(text)
    assert found.place is not None
    assert found.place.kind is Kind.REGION


def test_without_the_word_state_the_city_stays(parser: Geoparser) -> None:
    (found,) = parser.parse("Floods hit New York on Monday.")
    assert found.place is not None
    assert found.place.kind is Kind.CITY


def test_a_german_bundesstaat_is_the_state(gazetteer: Any) -> None:
    found = Geoparser(gazetteer=gazetteer, lang="de").parse("Im US-Bundesstaat New York regnet es.")
    assert [(m.text, m.place.kind if m.place else None) for m in found][-1] == (
        "New York",
        Kind.REGION,
    )


def test_a_gold_span_venue_lies_in_the_texts_city(parser: Geoparser) -> None:
    text = "Police in New York closed Trump Tower after the protest."
    (tower,) = parser.resolve(text, [(26, 37)])
    assert tower.kind is Kind.LANDMARK
    assert tower.place is not None
    assert tower.place.name == "New York City"
    assert (tower.precision, tower.unresolved) == (Precision.WITHIN_CITY, "Trump Tower")


def test_a_gold_span_venue_without_a_city_stays_unresolved(parser: Geoparser) -> None:
    (court,) = parser.resolve("The Cloverhill District Court heard the case.", [(4, 29)])
    assert court.place is None


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Drones struck the South Waziristan Agency again.", "South Waziristan Agency"),
        ("He works for SB Smith Electrical.", "SB Smith Electrical"),
    ],
)
def test_a_gold_span_is_not_placed_by_a_code_or_common_word_inside_it(
    parser: Geoparser, text: str, span: str
) -> None:
    start = text.index(span)
    (found,) = parser.resolve(text, [(start, start + len(span))])
    # neither a town called South nor SB, the Solomon Islands
    assert found.place is None or found.place.name not in {"South", "Solomon Islands"}


def test_a_gold_span_with_a_demonym_inside_is_its_place(parser: Geoparser) -> None:
    (found,) = parser.resolve("The European Commission met.", [(4, 23)])
    assert found.place is not None
    assert found.place.name == "Europe"


def test_a_gold_span_abbreviation_without_its_dot(parser: Geoparser) -> None:
    text = "He lives in Buffalo, N.Y and works in the U.S"
    found = parser.resolve(text, [(21, 24), (42, 45)])
    assert [m.place.name if m.place else None for m in found] == ["New York", "United States"]


def test_names_listed_after_states_such_as_are_states(parser: Geoparser) -> None:
    text = "Jobs left western states such as California or Washington for Texas."
    found = {m.text: m.place for m in parser.parse(text)}
    assert found["Washington"] is not None
    assert found["Washington"].admin1_code == "US.WA"


def test_a_gold_span_named_like_two_counties_offers_both(gazetteer: Any) -> None:
    from geo._recognize import Recognizer, span_candidate

    text = "Floods on the Red River reached Alexandria."
    cand = span_candidate(Recognizer(gazetteer, "en"), text, 14, 23)
    units = {(e.place.name, e.place.admin1_code) for e in cand.entries}
    assert {("Red River County", "US.TX"), ("Red River Parish", "US.LA")} <= units


def _town(gid: str, lat: float, lon: float, admin1: str, kind: Kind = Kind.CITY) -> Place:
    return Place(f"geonames:{gid}", gid, kind, lat, lon, admin1[:2], admin1_code=admin1)


def test_a_reading_near_readings_of_two_names_outweighs_one_near_one() -> None:
    # Alexandria, Minnesota lies between Brandon and Osakis, Minnesota; a bigger
    # Alexandria, Virginia has only one other name's reading nearby
    alexandria = [
        (5.2, _town("va", 38.80, -77.05, "US.VA")),
        (4.1, _town("mn", 45.89, -95.38, "US.MN")),
    ]
    brandon = [
        (4.0, _town("brandon-md", 38.85, -77.00, "US.MD")),
        (3.0, _town("brandon-mn", 45.97, -95.60, "US.MN")),
    ]
    osakis = [(3.2, _town("osakis", 45.87, -95.15, "US.MN"))]
    pools = [_pool(frozenset(), p) for p in (alexandria, brandon, osakis)]
    bonus = _paired(["alexandria", "brandon", "osakis"], pools)[0]
    assert bonus["geonames:mn"] > bonus["geonames:va"] + 1.1  # more than the population gap


def test_a_province_named_after_its_city_does_not_stop_the_town_vouching() -> None:
    city = _town("alexandria", 31.20, 29.92, "EG.06")
    province = Place(
        "region:EG.06", "Alexandria", Kind.REGION, 31.0, 29.8, "EG", admin1_code="EG.06"
    )
    assert _pool(frozenset(), [(6.6, city), (6.4, province)]).vouches
    state = Place(
        "region:US.WA", "Washington", Kind.REGION, 47.4, -120.5, "US", admin1_code="US.WA"
    )
    town = _town("washington-pa", 40.17, -80.25, "US.PA")
    assert not _pool(frozenset(), [(6.4, state), (4.1, town)]).vouches


def test_an_airport_named_by_its_short_name_is_the_airport(parser: Geoparser) -> None:
    found = parser.parse("The flight from Heathrow landed at Schiphol two hours late.")
    assert [(m.text, m.place.id if m.place else None) for m in found] == [
        ("Heathrow", "airport:LHR"),  # not Heathrow, Florida
        ("Schiphol", "airport:AMS"),
    ]
    assert {m.precision for m in found} == {Precision.EXACT}


def test_a_province_named_alone_is_the_province(parser: Geoparser) -> None:
    found = _where(parser, "Floods hit Pangasinan and Nueva Ecija after the typhoon.")
    assert found == [("Pangasinan", "region", "PH.01"), ("Nueva Ecija", "region", "PH.03")]


def test_a_city_named_like_its_province_is_still_the_city(parser: Geoparser) -> None:
    (perugia,) = parser.parse("Students marched in Perugia on Friday.")
    assert perugia.place is not None
    assert perugia.place.kind is Kind.CITY


def test_towns_of_one_state_speak_for_it(parser: Geoparser) -> None:
    # Moorhead and Bemidji lie in Minnesota, 150 km apart, and so does an Albany
    # (the text names no state); without them Albany is New York's capital
    text = "Farmers in Moorhead and Bemidji said prices fell. Buyers in Albany agreed."
    assert _where(parser, text)[-1] == ("Albany", "city", "US.MN")
    assert _where(parser, "Buyers in Albany agreed.") == [("Albany", "city", "US.NY")]


def test_sa_in_a_south_african_text_is_south_africa(parser: Geoparser) -> None:
    text = "Eskom cut power in Durban again; SA has had blackouts all year."
    start = text.index("SA")
    (found,) = parser.resolve(text, [(start, start + 2)])
    assert found.place is not None
    assert found.place.country_code == "ZA"  # not Saudi Arabia, ISO code SA


def test_arab_is_the_arab_world_not_arab_alabama(parser: Geoparser) -> None:
    (arab, cairo) = parser.parse("Arab leaders met in Cairo.")
    assert arab.place is not None
    assert (arab.place.name, arab.precision) == ("Arab world", Precision.AREA)
    assert cairo.place is not None
    # the town of Arab keeps its name where the text says so
    found = _where(parser, "He was born in Arab, Alabama.")
    assert found[0] == ("Arab", "city", "US.AL")


@pytest.mark.parametrize(
    ("text", "iata"),
    [
        ("Flights resumed at the Aden Adde Airport.", "MGQ"),  # without "International"
        ("Smoke rose over Bole Airport on Monday.", "ADD"),  # not Bole (Bortala) airport
        ("Schiphol reopened on Monday.", "AMS"),  # nothing else in the text is Dutch
    ],
)
def test_an_airport_by_its_everyday_name(parser: Geoparser, text: str, iata: str) -> None:
    (found,) = parser.parse(text)
    assert found.place is not None
    assert found.place.id == f"airport:{iata}"


def test_a_gold_span_is_not_placed_by_a_feature_word_inside_it(parser: Geoparser) -> None:
    # "Island" is German for Iceland; the island itself is not in the gazetteer
    text = "Ferries to Waiheke Island were cancelled."
    start = text.index("Waiheke")
    (found,) = parser.resolve(text, [(start, start + len("Waiheke Island"))])
    assert found.place is None or found.place.country_code != "IS"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # oblasts, not their capitals
        (
            "Shelling was reported in the Donetsk and Luhansk regions.",
            [("Donetsk", "region", "UA.05"), ("Luhansk", "region", "UA.14")],
        ),
        (
            "Troops shelled the Kherson and Zaporizhzhia oblasts.",
            [("Kherson", "region", "UA.08"), ("Zaporizhzhia", "region", "UA.26")],
        ),
        # counties named without "County", each in the state the text names
        (
            "Volunteers from Camden and Charlton counties in Georgia joined.",
            [
                ("Camden", "region", "US.GA"),
                ("Charlton", "region", "US.GA"),
                ("Georgia", "region", "US.GA"),
            ],
        ),
        (
            "Roads closed in Becker, Clay, Otter Tail and Wilkin counties.",
            [(n, "region", "US.MN") for n in ("Becker", "Clay", "Otter Tail", "Wilkin")],
        ),
        # a county the gazetteer has by its own name
        (
            "Kent and Essex counties were flooded.",
            [("Kent", "region", "GB.ENG"), ("Essex", "region", "GB.ENG")],
        ),
    ],
)
def test_names_listed_before_a_plural_unit_word_are_that_unit(
    parser: Geoparser, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _where(parser, text) == expected


def test_a_list_starts_after_a_name_that_is_no_such_unit(parser: Geoparser) -> None:
    # Georgia is a state (and a country), not a county: the list is Nassau and Baker
    text = "Crews came from Georgia and Nassau and Baker counties in Florida."
    assert _where(parser, text)[1:] == [
        ("Nassau", "region", "US.FL"),
        ("Baker", "region", "US.FL"),
        ("Florida", "region", "US.FL"),
    ]


def test_a_town_in_two_listed_counties_lies_in_the_state_of_both(parser: Geoparser) -> None:
    # Franklin County is in many states, Pickaway County only in Ohio
    text = "Harrisburg is a village in Franklin and Pickaway counties."
    found = parser.parse(text)
    assert [m.place.admin1_code for m in found if m.place] == ["US.OH"] * 3


def test_a_unit_list_drops_common_words_before_it_but_not_feature_words(
    parser: Geoparser,
) -> None:
    text = "Small Hitchcock and Hayes counties in Nebraska gained people."
    assert _where(parser, text)[:2] == [
        ("Hitchcock", "region", "US.NE"),
        ("Hayes", "region", "US.NE"),
    ]
    # "South Coast" is a name of its own, not the Tanzanian region "Coast"
    found = parser.parse("Eden is a town in the South Coast region of New South Wales.")
    assert all(m.place is None or m.place.country_code == "AU" for m in found)


def test_the_gulf_is_the_persian_gulf(parser: Geoparser) -> None:
    (gulf, bahrain) = parser.parse("Two tankers were attacked in the Gulf, off Bahrain.")
    assert gulf.place is not None
    # not Gulf Province, Papua New Guinea
    assert (gulf.place.name, gulf.precision) == ("Persian Gulf", Precision.AREA)
    assert bahrain.place is not None
    coast = parser.parse("The storm hit the Gulf Coast of Texas.")[0]
    assert coast.place is not None
    assert coast.place.name == "Gulf Coast"


@pytest.mark.parametrize(
    "text",
    [
        "The village lies on the Gulf of Sagone in Corsica.",  # a gulf the gazetteer lacks
        "Gulf War veterans marched on Monday.",  # a war
    ],
)
def test_a_common_noun_heading_another_name_is_no_place(parser: Geoparser, text: str) -> None:
    assert all(m.text != "Gulf" for m in parser.parse(text))


def test_a_curated_region_holds_the_towns_near_it(parser: Geoparser) -> None:
    # Berkshire (areas.tsv) has no admin1 code: it holds what lies within 100 km
    windsor = parser.parse("The castle stands in Windsor, Berkshire.")[0]
    assert windsor.place is not None
    assert (windsor.place.name, windsor.place.country_code) == ("Windsor", "GB")
    assert windsor.precision is Precision.CITY


def test_an_airport_named_in_full_locates_its_towns_bare_mentions(parser: Geoparser) -> None:
    text = (
        "Manhattan gets new flights. Service from Manhattan Regional Airport starts in "
        "August, and the route from Manhattan to Dallas is new."
    )
    found = [(m.text, m.place.admin1_code) for m in parser.parse(text) if m.place]
    assert [code for name, code in found if name == "Manhattan"] == ["US.KS", "US.KS"]


@pytest.mark.parametrize(("country", "sense"), [("GB", "town:gb"), ("US", None)])
def test_an_airport_speaks_for_its_town_only_in_the_texts_country(
    country: str, sense: str | None
) -> None:
    # "Dundee Airport" is Scotland's in our data; in a text about New York it
    # says nothing about which Dundee the text's bare "Dundee" is
    airport = Place("airport:DND", "Dundee Airport", Kind.AIRPORT, 56.45, -3.03, "GB")
    scottish = Place("town:gb", "Dundee", Kind.CITY, 56.46, -2.97, "GB", population=150_000)
    american = Place("town:us", "Dundee", Kind.CITY, 42.52, -76.98, "US", population=1_700)
    cands = [
        Candidate(0, 6, "Dundee", "name"),
        Candidate(20, 34, "Dundee Airport", "name", (NameEntry(airport, "name"),)),
    ]
    rankings = [[(1.0, american), (0.5, scottish)], [(1.0, airport)]]
    resolved: list[tuple[Place | None, float, tuple[Place, ...]]] = [
        (american, 0.9, (scottish,)),
        (airport, 0.9, ()),
    ]
    ctx = _Context(())
    ctx.countries[country] = 3.0
    evidenced: dict[str, Counter[str]] = {}
    _airport_senses(cands, ["dundee", "dundee airport"], rankings, resolved, evidenced, ctx)
    assert evidenced == ({} if sense is None else {"dundee": Counter({sense: 1})})


def test_a_list_ending_in_and_is_no_chain_of_qualifiers(parser: Geoparser) -> None:
    # Saipan is in the Northern Mariana Islands, not "Saipan, Guam"
    text = "The team flew to Saipan, Guam, Alaska, Hawaii and Florida."
    saipan = parser.parse(text)[0]
    assert saipan.place is not None
    assert saipan.place.country_code == "MP"
    # a chain without "and" still qualifies
    found = _where(parser, "Springfield, Illinois, United States, is a city.")
    assert found[0] == ("Springfield", "city", "US.IL")


def test_a_pair_joined_by_and_takes_the_level_both_share(parser: Geoparser) -> None:
    # Wales is also a village in South Yorkshire, England, which "England" favoured
    found = _where(parser, "The number of officers in England and Wales has fallen.")
    assert found == [("England", "region", "GB.ENG"), ("Wales", "region", "GB.WLS")]
    # a comma is a qualifier, not a pair: Washington, Georgia is the town
    assert _where(parser, "He lives in Washington, Georgia.")[0] == ("Washington", "city", "US.GA")


def test_a_gold_span_known_only_by_a_far_small_town_inside_lies_in_the_texts_city(
    parser: Geoparser,
) -> None:
    text = "A farmer from Meadow Grove sold cattle at the market in Norfolk, Nebraska."
    grove, _ = parser.resolve(text, [(14, 26), (56, 63)])
    # not Grove, England: a place the gazetteer lacks, near the text's town
    assert grove.place is not None
    assert (grove.place.name, grove.place.admin1_code) == ("Norfolk", "US.NE")
    assert (grove.kind, grove.precision, grove.unresolved) == (
        Kind.LANDMARK,
        Precision.WITHIN_CITY,
        "Meadow Grove",
    )


@pytest.mark.parametrize(
    ("text", "span", "city", "town"),
    [
        # a big city inside a span is meant, however far the text's other city
        (
            "The Seoul Central District Court met while protesters marched in Busan.",
            "Seoul Central District Court",
            "Busan",
            "Seoul",
        ),
        # a small town near the text's city is meant too
        (
            "Anglers fished the Elkhorn River near Norfolk, Nebraska.",
            "Elkhorn River",
            "Norfolk",
            "Elkhorn",
        ),
    ],
)
def test_a_gold_span_keeps_a_big_or_nearby_town_inside_it(
    parser: Geoparser, text: str, span: str, city: str, town: str
) -> None:
    spans = [(text.index(s), text.index(s) + len(s)) for s in (span, city)]
    found = parser.resolve(text, spans)
    assert found[1].place is not None
    assert found[1].place.name == city
    assert found[0].place is not None
    assert (found[0].place.name, found[0].kind) == (town, Kind.CITY)


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # a local paper names no country; its money does
        ("Mansfield council will vote on a $765,000 repair package.", "US.TX"),
        ("Mansfield council will vote on a repair package.", "GB.ENG"),
        ("Richmond council approved a C$2 million budget for roads.", "CA.02"),
        ("Lancaster council approved a £2 million budget for roads.", "GB.ENG"),
        ("Lancaster council approved a budget for roads.", "US.CA"),
    ],
)
def test_the_texts_currency_votes_for_its_country(
    parser: Geoparser, text: str, admin1: str
) -> None:
    (town,) = parser.parse(text)
    assert town.place is not None
    assert town.place.admin1_code == admin1


def test_a_currency_weighs_less_than_a_big_city(parser: Geoparser) -> None:
    # money is one vote, not the whole text: not Perth Amboy, New Jersey
    (perth,) = parser.parse("Perth council approved a $2 million budget.")
    assert perth.place is not None
    assert (perth.place.name, perth.place.country_code) == ("Perth", "AU")


def test_a_description_away_from_a_place_does_not_put_the_name_inside_it(
    parser: Geoparser,
) -> None:
    text = (
        "Kingston is the capital of Jamaica. "
        "Kingston is the largest English-speaking city south of the United States."
    )
    found = [m for m in parser.parse(text) if m.text == "Kingston"]
    # not "somewhere in the United States" (the country's point)
    assert [m.place.country_code if m.place else None for m in found] == ["JM", "JM"]


def test_a_description_in_a_part_of_a_region_keeps_the_region(parser: Geoparser) -> None:
    # "north-east of" is a part of the county, not a place outside it
    cleveland = parser.parse("Cleveland is a town in the north-east of Emery County, Utah.")[0]
    assert cleveland.place is not None
    assert (cleveland.place.name, cleveland.unresolved) == ("Emery County", "Cleveland")


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # a firm, not a village of 0 people in Afghanistan
        (
            "The city council of Arlington, Texas, approved a drilling site on Tuesday. "
            "Titan, which has not drilled in the city before, plans twenty wells near Dallas.",
            "Titan",
        ),
        (
            "The swannery in Abbotsbury raised money from visitors who came from Paris and Berlin.",
            "Abbotsbury",
        ),
    ],
)
def test_a_small_town_alone_in_its_country_is_no_place(
    parser: Geoparser, text: str, dropped: str
) -> None:
    found = [m.text for m in parser.parse(text)]
    assert dropped not in found
    assert len(found) >= 2  # the places elsewhere stay
    # a gold span is a place all the same
    start = text.index(dropped)
    (given,) = parser.resolve(text, [(start, start + len(dropped))])
    assert given.place is not None
    assert given.place.population < 10_000


@pytest.mark.parametrize(
    "text",
    [
        # one place elsewhere is not enough to call the town a stray
        "The swannery in Abbotsbury raised money from visitors who came from Paris.",
        # its country's money, a town and a region of its country, a qualifier
        "The swannery in Abbotsbury raised A$20,000 from visitors who came from Paris and Berlin.",
        "The swannery in Abbotsbury near Sydney raised money from visitors who came from "
        "Paris and Berlin.",
        "Abbotsbury, New South Wales, welcomed visitors from Paris and Berlin.",
    ],
)
def test_a_small_town_with_support_in_the_text_stays(parser: Geoparser, text: str) -> None:
    abbotsbury = [m for m in parser.parse(text) if m.text == "Abbotsbury"]
    assert [m.place.country_code if m.place else None for m in abbotsbury] == ["AU"]


def test_an_airport_around_a_gold_span_locates_the_town(parser: Geoparser) -> None:
    # the span is the town inside the airport's name; the airport still tells
    # which Manhattan the text means, as it does end to end
    text = (
        "The airline will add a service from Manhattan Regional Airport. "
        "The new route from Manhattan to Dallas starts in August."
    )
    first = text.index("Manhattan")
    second = text.index("Manhattan", first + 1)
    given = parser.resolve(text, [(first, first + 9), (second, second + 9)])
    assert [m.place.admin1_code if m.place else None for m in given] == ["US.KS", "US.KS"]
    assert [m.place.admin1_code if m.place else None for m in parser.parse(text)][-2] == "US.KS"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # other forms of both a city's and its oblast's names mean the city
        ("de", "Auch in Karaganda und Aqtöbe gab es Proteste.", ["Karagandy", "Aktobe"]),
        ("en", "Protests took place in Karaganda.", ["Karagandy"]),
        # a unit word still makes the region
        ("en", "Miners struck in the Karaganda region.", ["Karaganda Oblast"]),
        # the region's own name stays the region
        ("en", "New York is a state; Albany is its capital.", ["New York", "Albany"]),
        # a city named longer with much of its region's people: the city
        (
            "en",
            "Floods hit Santiago, in the Dominican Republic.",
            ["Santiago de los Caballeros", "Dominican Republic"],
        ),
        (
            "en",
            "Roadblocks isolated Santa Cruz in eastern Bolivia.",
            ["Santa Cruz de la Sierra", "Bolivia"],
        ),
    ],
)
def test_a_city_and_its_region_called_alike_is_the_city(
    gazetteer: Any, lang: str, text: str, expected: list[str]
) -> None:
    found = Geoparser(gazetteer=gazetteer, lang=lang).parse(text)
    assert [m.place.name if m.place else None for m in found] == expected


def test_a_lonely_small_town_is_kept_for_the_country_the_caller_names(gazetteer: Any) -> None:
    text = "Protesters gathered in Kegen; Russia and China called for calm."
    plain = Geoparser(gazetteer=gazetteer, lang="en").parse(text)
    assert "Kegen" not in [m.text for m in plain]
    biased = Geoparser(gazetteer=gazetteer, lang="en", country_bias=("kz",)).parse(text)
    kegen = [m for m in biased if m.text == "Kegen"]
    assert [m.place.country_code if m.place else None for m in kegen] == ["KZ"]


def test_a_towns_own_name_beats_a_citys_old_name(parser: Geoparser) -> None:
    # Engels (Russia, 196,000 people) was Pokrovsk until 1931; Pokrovsk,
    # Ukraine (60,000), has it as its name
    found = parser.parse("Civilians were evacuated from Pokrovsk.")
    assert [(m.text, m.place.country_code if m.place else None) for m in found] == [
        ("Pokrovsk", "UA")
    ]


def test_a_capital_by_its_old_name_gets_no_capitals_weight(parser: Geoparser) -> None:
    # Hong Kong (7.4 million people, capital=True) was "Victoria"; the Australian
    # state of 12 million has the name as its own
    found = parser.parse("Bushfires spread across Victoria.")
    assert [(m.text, m.place.country_code if m.place else None) for m in found] == [
        ("Victoria", "AU")
    ]


def test_a_city_by_its_name_without_marks_needs_no_support(parser: Geoparser) -> None:
    # "Hama" is GeoNames' other name of Ḩamāh (460,000 people): its name
    # without the marks, not an old name that needs its country in the text
    found = parser.parse("Rebel fighters entered Hama after a rapid advance.")
    assert [(m.text, m.place.country_code if m.place else None) for m in found] == [("Hama", "SY")]


def test_a_region_named_after_its_town_leaves_the_name_to_the_town(parser: Geoparser) -> None:
    # Batken (27,700 people) and its region (228,000) share the name: the
    # town is meant, as with Almaty and Aktobe
    found = parser.parse("Border guards exchanged fire near Batken.")
    assert [(m.text, m.kind) for m in found] == [("Batken", "city")]


def test_a_pair_of_capitals_is_read_as_capitals(parser: Geoparser) -> None:
    # "Washington and London": the capitals, not Washington, Tyne and Wear
    found = parser.parse("Washington and London announced new sanctions.")
    assert [(m.text, m.place.country_code if m.place else None) for m in found] == [
        ("Washington", "US"),
        ("London", "GB"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region named after its big city is the city in a list, as alone
        (
            "Students clashed with police in Dhaka, Chittagong and Rangpur.",
            [("Dhaka", Kind.CITY), ("Chittagong", Kind.CITY), ("Rangpur", Kind.CITY)],
        ),
        ("Heavy rains lashed Mombasa and Kisumu.", [("Mombasa", Kind.CITY), ("Kisumu", Kind.CITY)]),
        # states stay states
        (
            "Storms hit Alaska, Alabama, Arizona and Oregon.",
            [(s, Kind.REGION) for s in ("Alaska", "Alabama", "Arizona", "Oregon")],
        ),
    ],
)
def test_a_list_of_cities_named_like_their_regions(
    gazetteer: Any, text: str, expected: list[tuple[str, Kind]]
) -> None:
    found = Geoparser(gazetteer=gazetteer, lang="en").parse(text)
    assert [(m.text, m.place.kind if m.place else None) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Im Élysée-Palast in Paris unterzeichneten die Präsidenten ein Abkommen.", "de"),
        ("The presidents met at the Élysée Palace in Paris.", "en"),
    ],
)
def test_a_landmark_in_a_city_does_not_make_the_city_its_namesake_region(
    gazetteer: Any, text: str, lang: str
) -> None:
    # "in Paris" after a building is the city, not the département named like it
    found = Geoparser(gazetteer=gazetteer, lang=lang).parse(text)
    assert [(m.text, m.place.id if m.place else None) for m in found][-1] == (
        "Paris",
        "geonames:2988507",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the airport named before "Airport", not "Airport in London"
        (
            "Flights resumed at Heathrow Airport in London.",
            [("Heathrow Airport", "airport:LHR"), ("London", "geonames:2643743")],
        ),
        # a city's airport is never an air force's airfield (RAF Northolt)
        ("Flights resumed at the airport in London.", [("airport in London", "airport:LHR")]),
    ],
)
def test_the_airport_a_text_means(parser: Geoparser, text: str, expected: list[Any]) -> None:
    found = parser.parse(text)
    assert [(m.text, m.place.id if m.place else None) for m in found] == expected


def test_a_city_by_another_spelling_of_its_namesake_prefecture_is_the_city(
    parser: Geoparser,
) -> None:
    # GeoNames calls the prefecture "Marrakech" and the city "Marrakesh": the
    # province named beside it must not pull the name to the prefecture
    found = _where(parser, "The quake struck Al Haouz province, south of Marrakech.")
    assert found[-1] == ("Marrakech", "city", "MA.07")


@pytest.mark.parametrize(
    ("lang", "text", "surface", "place_id"),
    [
        # lists are joined by "и", "y", "und", "et" too: a list of countries
        (
            "ru",
            "Из мексиканской Тапачулы тысячи мигрантов из Гондураса, Гватемалы и Венесуэлы"
            " двинулись колонной к границе с США.",
            "Гватемалы",
            "geonames:3595528",
        ),
        # a name only other languages' alternates give: the region before the village
        # Kuban', the city before the province named after it
        ("ru", "На Кубани из-за ливней затопило Туапсе и Сочи.", "Кубани", "region:RU.38"),
        (
            "fr",
            "Une grève a paralysé les ports d'Anvers et de Zeebrugge.",
            "Anvers",
            "geonames:2803138",
        ),
    ],
)
def test_lists_and_names_other_languages_give(
    gazetteer: Any, lang: str, text: str, surface: str, place_id: str
) -> None:
    found = {m.text: m for m in Geoparser(gazetteer=gazetteer, lang=lang).parse(text)}
    place = found[surface].place
    assert place is not None
    assert place.id == place_id


@pytest.mark.parametrize(
    "text",
    [
        "Paris, Lyon and Nice",
        "Paris, Lyon und Nice",
        "Paris, Lyon и Nice",
        "Paris, Lyon et Nice",
        "Paris, Lyon y Nice",
        "Paris, Lyon e Nice",
    ],
)
def test_lists_are_joined_in_each_language(text: str) -> None:
    cands = []
    for name in ("Paris", "Lyon", "Nice"):
        start = text.index(name)
        cands.append(Candidate(start, start + len(name), name, "name"))
    assert _chains(cands, text) == [[0, 1, 2]]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("de", "Der Stadtrat von Paris im US-Bundesstaat Texas tagte.", "Paris"),
        ("fr", "Le conseil de Paris, dans l'État du Texas, a voté.", "Paris"),
        ("es", "El concejo de París, en el estado de Texas, votó.", "París"),
        ("en", "The council of Paris in the state of Texas voted.", "Paris"),
    ],
)
def test_a_town_in_a_state_named_in_words(
    gazetteer: Any, lang: str, text: str, surface: str
) -> None:
    found = {m.text: m for m in Geoparser(gazetteer=gazetteer, lang=lang).parse(text)}
    place = found[surface].place
    assert place is not None
    assert (place.country_code, place.admin1_code) == ("US", "US.TX")


def test_a_town_the_gazetteer_names_only_in_latin_falls_back_to_its_state(gazetteer: Any) -> None:
    # Russian names Paris, Texas, as it names Paris: the state is what the text says
    text = "Городской совет Парижа в американском штате Техас назначил выборы."
    found = {m.text: m for m in Geoparser(gazetteer=gazetteer, lang="ru").parse(text)}
    assert found["Парижа"].place is not None
    assert found["Парижа"].place.id == "region:US.TX"
    assert found["Парижа"].precision == Precision.REGION


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # the gazetteer lacks Palma, Mozambique: the province the text names, not Majorca
        (
            "es",
            "Insurgentes atacaron la ciudad de Palma, en la provincia de Cabo Delgado.",
            "Palma",
        ),
        ("ru", "Повстанцы атаковали город Пальма в провинции Кабу-Делгаду.", "Пальма"),
    ],
)
def test_a_town_in_a_province_named_in_words_falls_back_to_it(
    gazetteer: Any, lang: str, text: str, surface: str
) -> None:
    found = {m.text: m for m in Geoparser(gazetteer=gazetteer, lang=lang).parse(text)}
    assert found[surface].place is not None
    assert found[surface].place.id == "region:MZ.01"
    assert found[surface].precision == Precision.REGION


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Police arrested six people in Hong Kong.", "geonames:1819729"),
        ("Singapore hanged a man.", "geonames:1880252"),
    ],
)
def test_a_city_state_is_its_city(parser: Geoparser, text: str, place_id: str) -> None:
    # the city holds nearly all of the territory's people: an incident there is in it
    (found,) = parser.parse(text)
    assert found.place is not None
    assert (found.place.id, found.precision) == (place_id, Precision.CITY)
