"""Incidents from whole reports: the Almaty story in German and English, table rows.

The reports are our own sentences in the shape of the January 2022 Almaty
story. Place mentions are built by hand (real GeoNames coordinates) so these
tests judge extraction alone; the last tests run the real geoparser.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.types import Kind, Mention, Place, Precision
from incidents._sentences import split_sentences, tokenize
from incidents.extraction import extract_incidents, incidents_from_rows, merge_incidents
from incidents.types import Document, Incident, IncidentRow

ALMATY = Place("geonames:1526384", "Almaty", Kind.CITY, 43.25249, 76.9115, "KZ", "KZ.02")
KAZAKHSTAN = Place("geonames:1522867", "Kazakhstan", Kind.COUNTRY, 48.0, 68.0, "KZ")
PARIS = Place("geonames:2988507", "Paris", Kind.CITY, 48.85341, 2.3488, "FR", capital=True)
AIRPORT = Place("airport:ALA", "Almaty International Airport", Kind.AIRPORT, 43.3521, 77.0405, "KZ")

GERMAN = (
    "Almaty (dpa) - In der kasachischen Metropole Almaty lieferten sich Demonstranten und "
    "Polizisten am Mittwoch heftige Zusammenstöße rund um den Platz der Republik, wie die "
    "Agentur Interfax meldete. In der Stadt wurden nach Polizeiangaben 100 Menschen wegen "
    "Plünderungen festgenommen. Landesweit seien mehr als 3.000 Personen in Gewahrsam "
    "genommen worden, teilte das Innenministerium in Kasachstan mit. Bei den landesweiten "
    "Unruhen kamen 26 »Kriminelle« ums Leben, unter den Sicherheitskräften gab es 18 Tote. "
    "Der frühere Bankier Muchtar Abljasow, der in Paris im Exil lebt, erklärte sich zum "
    "Oppositionsführer. Truppen der OVKS eroberten am Donnerstag den Flughafen von Almaty "
    "zurück. Insgesamt schickte das Bündnis 2.500 Soldaten nach Kasachstan."
)

ENGLISH = (
    "ALMATY, Jan 7, 2022 (Example Wire) - Protesters and police clashed around Republic "
    "Square in Almaty on Wednesday, according to Interfax. Police said 100 people were "
    "arrested in the city for looting. More than 3,000 people were detained nationwide, "
    'the interior ministry said. In the unrest across the country, 26 "criminals" and 18 '
    "members of the security forces were killed. Mukhtar Ablyazov, a former banker who "
    "fled to Paris, declared himself leader of the opposition. CSTO troops retook "
    "Almaty's airport on Thursday. The alliance sent 2,500 troops to Kazakhstan in total."
)


def mention(text: str, surface: str, place: Place | None, *, nth: int = 0, **kw: object) -> Mention:
    """A hand-made mention of the *nth* occurrence of *surface* in *text*."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    kind = kw.pop("kind", place.kind if place else Kind.CITY)
    precision = kw.pop("precision", place.precision if place else None)
    return Mention(surface, start, start + len(surface), kind, place, 0.9, precision, **kw)  # type: ignore[arg-type]


def german_mentions() -> list[Mention]:
    t = GERMAN
    return [
        mention(t, "Almaty", ALMATY),
        mention(t, "kasachischen", KAZAKHSTAN, kind=Kind.DEMONYM),
        mention(t, "Almaty", ALMATY, nth=1),
        mention(
            t,
            "Platz der Republik",
            ALMATY,
            kind=Kind.LANDMARK,
            precision=Precision.WITHIN_CITY,
            unresolved="Platz der Republik",
        ),
        mention(t, "Kasachstan", KAZAKHSTAN),
        mention(t, "Paris", PARIS),
        mention(t, "Flughafen von Almaty", AIRPORT),
        mention(t, "Kasachstan", KAZAKHSTAN, nth=1),
    ]


def english_mentions() -> list[Mention]:
    t = ENGLISH
    return [
        mention(t, "ALMATY", ALMATY),
        mention(
            t,
            "Republic Square",
            ALMATY,
            kind=Kind.LANDMARK,
            precision=Precision.WITHIN_CITY,
            unresolved="Republic Square",
        ),
        mention(t, "Almaty", ALMATY),
        mention(t, "Paris", PARIS),
        mention(t, "Almaty's airport", AIRPORT),
        mention(t, "Kazakhstan", KAZAKHSTAN),
    ]


def pid(incident: Incident) -> str | None:
    """The id of an incident's place (places from the gazetteer carry more fields)."""
    return incident.place.id if incident.place else None


def by_type(incidents: list[Incident], sub_event_type: str) -> list[Incident]:
    return [i for i in incidents if i.sub_event_type == sub_event_type]


@pytest.fixture(scope="module")
def german() -> list[Incident]:
    doc = Document(
        id="de-almaty",
        text=GERMAN,
        source="dpa",
        agencies=("TASS", "dpa"),
        published=dt.date(2022, 1, 7),
        date_precision=1,
        lang="de",
    )
    return merge_incidents(extract_incidents(doc, german_mentions()))


@pytest.fixture(scope="module")
def english() -> list[Incident]:
    doc = Document(id="en-almaty", text=ENGLISH, source="Example Wire", lang="en")
    return merge_incidents(extract_incidents(doc, english_mentions()))


@pytest.mark.parametrize("story", ["german", "english"])
def test_clashes_at_the_square_are_a_riot_at_the_square(
    story: str, request: pytest.FixtureRequest
) -> None:
    incidents: list[Incident] = request.getfixturevalue(story)
    [riot] = [
        i
        for i in by_type(incidents, "Violent demonstration")
        if i.precision is not Precision.COUNTRY
    ]
    assert riot.event_type == "Riots"
    assert pid(riot) == ALMATY.id
    assert riot.precision is Precision.WITHIN_CITY
    assert riot.location in {"Platz der Republik, Almaty", "Republic Square, Almaty"}
    assert (riot.event_date, riot.time_precision) == (dt.date(2022, 1, 5), 1)
    assert riot.sources[0].agency == "Interfax"
    assert {"security forces", "protesters"} <= set(riot.actors)


@pytest.mark.parametrize("story", ["german", "english"])
def test_arrests_in_the_city_are_arrests_in_almaty(
    story: str, request: pytest.FixtureRequest
) -> None:
    incidents: list[Incident] = request.getfixturevalue(story)
    city = [i for i in by_type(incidents, "Arrests") if i.precision is Precision.CITY]
    assert [(pid(i), i.arrests) for i in city] == [(ALMATY.id, 100)]
    assert city[0].sources[0].agency == "police"


@pytest.mark.parametrize("story", ["german", "english"])
def test_nationwide_arrests_are_a_country_level_incident(
    story: str, request: pytest.FixtureRequest
) -> None:
    incidents: list[Incident] = request.getfixturevalue(story)
    [country] = [i for i in by_type(incidents, "Arrests") if i.precision is Precision.COUNTRY]
    assert pid(country) == KAZAKHSTAN.id
    assert country.arrests == 3000
    assert country.geo_precision == 4
    assert "at least 3000" in country.notes
    assert country.sources[0].agency == "Interior Ministry"


@pytest.mark.parametrize("story", ["german", "english"])
def test_deaths_of_two_groups_add_up(story: str, request: pytest.FixtureRequest) -> None:
    incidents: list[Incident] = request.getfixturevalue(story)
    [deaths] = [i for i in incidents if i.fatalities]
    assert (deaths.event_type, deaths.precision, deaths.fatalities) == (
        "Riots",
        Precision.COUNTRY,
        44,
    )
    assert deaths.victims == "26 rioters; 18 security forces"


@pytest.mark.parametrize("story", ["german", "english"])
def test_the_exile_in_paris_is_no_incident_site(story: str, request: pytest.FixtureRequest) -> None:
    incidents: list[Incident] = request.getfixturevalue(story)
    assert all(pid(i) != PARIS.id for i in incidents)
    assert all("Paris" not in i.location for i in incidents)


@pytest.mark.parametrize("story", ["german", "english"])
def test_retaking_the_airport_is_located_at_the_airport(
    story: str, request: pytest.FixtureRequest
) -> None:
    incidents: list[Incident] = request.getfixturevalue(story)
    [airport] = [i for i in incidents if pid(i) == AIRPORT.id]
    assert airport.sub_event_type == "Non-violent transfer of territory"
    assert airport.precision is Precision.EXACT
    assert airport.event_date == dt.date(2022, 1, 6)
    assert "CSTO" in airport.actors


@pytest.mark.parametrize("story", ["german", "english"])
def test_troops_sent_to_the_country(story: str, request: pytest.FixtureRequest) -> None:
    incidents: list[Incident] = request.getfixturevalue(story)
    [troops] = [i for i in incidents if i.troops]
    assert (troops.sub_event_type, pid(troops), troops.troops) == ("Other", KAZAKHSTAN.id, 2500)


@pytest.mark.parametrize("story", ["german", "english"])
def test_the_story_has_exactly_the_coded_incidents(
    story: str, request: pytest.FixtureRequest
) -> None:
    incidents: list[Incident] = request.getfixturevalue(story)
    assert len(incidents) == 6


def test_sources_quote_the_sentence_with_offsets(german: list[Incident]) -> None:
    for incident in german:
        for source in incident.sources:
            assert GERMAN[source.start : source.end] == source.quote
            assert source.outlet == "dpa; TASS"
            if source.place_start is not None:
                assert source.start <= source.place_start < source.place_end <= source.end  # type: ignore[operator]


def test_dateline_dates_a_report_without_a_date(english: list[Incident]) -> None:
    # "ALMATY, Jan 7, 2022": "on Wednesday" is January 5 although the document has no date
    dates = {i.event_date for i in english if i.precision is not Precision.COUNTRY}
    assert dt.date(2022, 1, 5) in dates
    assert dt.date(2022, 1, 7) not in dates


def test_month_only_report_keeps_month_precision() -> None:
    text = "In Almaty gingen Tausende Demonstranten auf die Straße."
    doc = Document(id="m", text=text, published=dt.date(2022, 1, 1), date_precision=3, lang="de")
    [incident] = extract_incidents(doc, [mention(text, "Almaty", ALMATY)])
    assert (incident.event_date, incident.time_precision) == (dt.date(2022, 1, 1), 3)
    assert (incident.event_type, incident.participants) == ("Protests", 1000)


def test_undated_report_gives_undated_incident() -> None:
    text = "Demonstranten besetzten das Rathaus in Almaty."
    [incident] = extract_incidents(
        Document(id="u", text=text, lang="de"), [mention(text, "Almaty", ALMATY)]
    )
    assert incident.event_date is None
    assert incident.time_precision is None


def test_unresolved_place_is_never_given_a_point() -> None:
    text = "In Xyzgrad wurden 40 Demonstranten festgenommen."
    doc = Document(id="x", text=text, published=dt.date(2022, 1, 7), date_precision=1, lang="de")
    [incident] = extract_incidents(doc, [mention(text, "Xyzgrad", None)])
    assert incident.place is None
    assert incident.unresolved == "Xyzgrad"
    assert incident.arrests == 40


def test_russian_report() -> None:
    text = (
        "В пятницу в Алматы протестующие захватили здание акимата. "
        "По данным МВД, по всей стране задержаны более 3 тыс. человек."
    )
    doc = Document(id="ru", text=text, published=dt.date(2022, 1, 10), date_precision=1, lang="ru")
    mentions = [mention(text, "Алматы", ALMATY)]
    incidents = extract_incidents(doc, mentions)
    riot, arrests = incidents
    assert (riot.event_type, pid(riot), riot.event_date) == (
        "Riots",
        ALMATY.id,
        dt.date(2022, 1, 7),
    )
    assert (arrests.sub_event_type, arrests.arrests) == ("Arrests", 3000)
    assert arrests.sources[0].agency == "Interior Ministry"


def test_sentences_keep_numbers_abbreviations_and_quotes_together() -> None:
    text = "Am 5. Januar kamen z.B. 3.000 Menschen. »Es war ruhig«, sagte er. Dann fielen Schüsse."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Am 5. Januar kamen z.B. 3.000 Menschen.",
        "»Es war ruhig«, sagte er.",
        "Dann fielen Schüsse.",
    ]
    assert [t.folded for t in tokenize("Zusammenstöße am Platz")] == [
        "zusammenstosse",
        "am",
        "platz",
    ]


# --------------------------------------------------------------------------- table rows


def test_row_with_coordinates_is_placed_there_exactly() -> None:
    row = IncidentRow(
        row_id="t.csv#1",
        location="Republic Square",
        country="KZ",
        latitude=43.238,
        longitude=76.9455,
        event_type="Riots",
        sub_event_type="Violent demonstration",
        event_date=dt.date(2022, 1, 5),
        source="Example",
    )
    [incident] = incidents_from_rows([row])
    assert incident.place is not None
    assert incident.place.point == (43.238, 76.9455)
    assert incident.place.country_code == "KZ"
    assert (incident.precision, incident.time_precision) == (Precision.EXACT, 1)
    assert incident.sources[0].outlet == "Example"


def test_rows_are_geocoded_offline_with_their_country(gazetteer) -> None:  # type: ignore[no-untyped-def]
    from geo.geocoder import OfflineGeocoder

    geocoder = OfflineGeocoder(gazetteer=gazetteer)
    rows = [
        IncidentRow(row_id="t.csv#1", location="Colombo", country="Sri Lanka", event_type="Riots"),
        IncidentRow(row_id="t.csv#2", location="Xyzzyqx Qwv", event_type="Protests"),
    ]
    found, missing = incidents_from_rows(rows, geocoder=geocoder)
    assert found.place is not None
    assert found.place.country_code == "LK"
    assert found.sub_event_type == ""  # Riots has two sub-event types: none is invented
    assert missing.place is None
    assert missing.unresolved == "Xyzzyqx Qwv"


def test_row_without_type_is_typed_from_its_description() -> None:
    row = IncidentRow(
        row_id="t.csv#3",
        location="Almaty",
        latitude=43.25,
        longitude=76.91,
        description="Police detained 20 protesters outside the akimat.",
    )
    [incident] = incidents_from_rows([row])
    assert incident.event_type == "Protests"


# --------------------------------------------------------------------------- real geoparser


GEOPARSED = (
    "In Almaty, der größten Stadt Kasachstans, lieferten sich Demonstranten und Polizisten am "
    "Mittwoch Zusammenstöße am Platz der Republik. In der Stadt wurden nach Polizeiangaben "
    "100 Menschen wegen Plünderungen festgenommen. Landesweit seien mehr als 3.000 Personen "
    "festgenommen worden, teilte das Innenministerium mit. Bei den landesweiten Unruhen kamen "
    "26 »Kriminelle« ums Leben, unter den Sicherheitskräften gab es 18 Tote. Der frühere "
    "Bankier Muchtar Abljasow, der in Paris im Exil lebt, erklärte sich zum Oppositionsführer. "
    "Truppen der OVKS brachten am Donnerstag den Flughafen von Almaty wieder unter Kontrolle."
)


@pytest.fixture(scope="module")
def geoparsed_german(gazetteer) -> list[Incident]:  # type: ignore[no-untyped-def]
    from geo.geoparsing import geoparse

    doc = Document(
        id="de-almaty",
        text=GEOPARSED,
        source="dpa",
        published=dt.date(2022, 1, 7),
        date_precision=1,
        lang="de",
    )
    mentions = geoparse(GEOPARSED, lang="de")
    return merge_incidents(extract_incidents(doc, mentions, gazetteer=gazetteer))


def test_real_geoparser_story_keeps_paris_out(geoparsed_german: list[Incident]) -> None:
    assert geoparsed_german
    assert all(i.place is None or i.place.country_code != "FR" for i in geoparsed_german)


def test_real_geoparser_story_counts(geoparsed_german: list[Incident]) -> None:
    country = [i for i in geoparsed_german if i.precision is Precision.COUNTRY]
    assert {i.place.country_code for i in country if i.place} == {"KZ"}
    assert 3000 in {i.arrests for i in country}
    assert 44 in {i.fatalities for i in country}
    assert any(i.arrests == 100 and i.place and i.place.name == "Almaty" for i in geoparsed_german)


def test_real_geoparser_story_airport(geoparsed_german: list[Incident]) -> None:
    airports = [i for i in geoparsed_german if i.place and i.place.kind is Kind.AIRPORT]
    assert [(i.place.id, i.event_date) for i in airports if i.place] == [
        ("airport:ALA", dt.date(2022, 1, 6))
    ]


# --------------------------------------------------------------------------- coding rules


def extract_de(text: str, mentions: list[Mention], lang: str = "de") -> list[Incident]:
    doc = Document(id="r", text=text, published=dt.date(2022, 1, 7), date_precision=1, lang=lang)
    return merge_incidents(extract_incidents(doc, mentions))


def test_arrests_at_a_protest_belong_to_the_protest() -> None:
    text = "In Almaty protestierten am Donnerstag Hunderte Menschen. Die Polizei nahm 30 Demonstranten fest."
    [incident] = extract_de(text, [mention(text, "Almaty", ALMATY)])
    assert (incident.sub_event_type, incident.arrests, incident.participants) == (
        "Protest with intervention",
        30,
        100,
    )


def test_tear_gas_after_a_protest_makes_it_a_protest_with_intervention() -> None:
    text = "Tausende Menschen demonstrierten am Donnerstag in Almaty. Die Polizei setzte Tränengas ein."
    [incident] = extract_de(text, [mention(text, "Almaty", ALMATY)])
    assert incident.sub_event_type == "Protest with intervention"
    assert len(incident.sources) == 2


def test_a_protest_that_turns_violent_is_one_riot() -> None:
    text = "Tausende Menschen demonstrierten am Donnerstag in Almaty. Später stürmten Demonstranten das Rathaus."
    [incident] = extract_de(text, [mention(text, "Almaty", ALMATY)])
    assert (incident.event_type, incident.event_date) == ("Riots", dt.date(2022, 1, 6))


def test_history_the_report_recalls_is_no_incident() -> None:
    text = (
        "In Almaty versammelten sich am Donnerstag Demonstranten. Im Dezember 2011 hatten "
        "Sicherheitskräfte in Almaty das Feuer eröffnet, 14 Menschen wurden getötet."
    )
    mentions = [mention(text, "Almaty", ALMATY), mention(text, "Almaty", ALMATY, nth=1)]
    [incident] = extract_de(text, mentions)
    assert (incident.event_type, incident.fatalities) == ("Protests", None)


def test_a_side_clause_with_its_own_date_is_its_own_event() -> None:
    text = (
        "Den Flughafen von Almaty, den Randalierer am Mittwoch besetzt hatten, brachten "
        "Soldaten am Donnerstag wieder unter Kontrolle."
    )
    incidents = extract_de(text, [mention(text, "Flughafen von Almaty", AIRPORT)])
    assert sorted((i.event_type, i.event_date.day) for i in incidents if i.event_date) == [
        ("Riots", 5),
        ("Strategic developments", 6),
    ]


def test_headline_takes_its_place_from_the_body_and_yields_to_it() -> None:
    text = "Demonstranten stürzen Denkmal\n\nIn Almaty rissen Demonstranten am Mittwoch ein Denkmal vom Sockel."
    [incident] = extract_de(text, [mention(text, "Almaty", ALMATY)])
    assert (incident.event_type, pid(incident)) == ("Riots", ALMATY.id)
    assert incident.sources[0].quote.startswith("In Almaty")


def test_a_speakers_seat_is_not_the_site() -> None:
    text = (
        "Soldaten brachten am Donnerstag den Flughafen von Almaty wieder unter Kontrolle, "
        "wie das Ministerium in Paris mitteilte."
    )
    mentions = [mention(text, "Flughafen von Almaty", AIRPORT), mention(text, "Paris", PARIS)]
    [incident] = extract_de(text, mentions)
    assert pid(incident) == AIRPORT.id


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Des milliers de manifestants ont envahi samedi la résidence du président à Almaty.",
            "fr",
            ("Riots", dt.date(2022, 1, 1)),
        ),
        (
            "La policía detuvo el jueves a 66 manifestantes en Almaty.",
            "es",
            ("Protests", dt.date(2022, 1, 6)),
        ),
    ],
)
def test_french_and_spanish(text: str, lang: str, expected: tuple[str, dt.date]) -> None:
    [incident] = extract_de(text, [mention(text, "Almaty", ALMATY)], lang=lang)
    assert (incident.event_type, incident.event_date) == expected
    assert pid(incident) == ALMATY.id


def test_language_is_detected_when_the_document_does_not_say() -> None:
    text = "Police arrested 40 protesters in Almaty on Thursday, the interior ministry said."
    doc = Document(id="en", text=text, published=dt.date(2022, 1, 7), date_precision=1)
    [incident] = extract_incidents(doc, [mention(text, "Almaty", ALMATY)])
    # arrested protesters: a protest met with arrests (English lexicons were used)
    assert (incident.sub_event_type, incident.arrests) == ("Protest with intervention", 40)
    assert incident.event_date == dt.date(2022, 1, 6)
    assert incident.sources[0].agency == "Interior Ministry"


def test_the_capital_is_the_capital_of_the_country_named(gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Die Lage in Kasachstan bleibt angespannt. In der Hauptstadt versammelten sich am Freitag Demonstranten."
    doc = Document(id="c", text=text, published=dt.date(2022, 1, 7), date_precision=1, lang="de")
    [incident] = extract_incidents(
        doc, [mention(text, "Kasachstan", KAZAKHSTAN)], gazetteer=gazetteer
    )
    assert incident.place is not None
    assert (incident.place.country_code, incident.place.capital) == ("KZ", True)
    assert incident.precision is Precision.CITY
    source = incident.sources[0]
    assert text[source.place_start : source.place_end] == "Hauptstadt"  # type: ignore[misc]


def test_a_sea_or_continent_is_never_the_site() -> None:
    text = "Gunmen shot dead 40 migrants on a boat in the Mediterranean on Friday."
    sea = Place("area:mediterranean-sea", "Mediterranean Sea", Kind.AREA, 35.0, 18.0)
    doc = Document(id="sea", text=text, lang="en", published=dt.date(2023, 6, 17))
    (incident,) = extract_incidents(doc, [mention(text, "Mediterranean", sea)])
    assert incident.place is None
    assert incident.precision is not Precision.AREA
    assert incident.fatalities == 40


def test_an_area_adjective_is_no_country_of_the_context() -> None:
    text = "Gunmen shot dead 40 European tourists on Friday."
    europe = Place("geonames:6255148", "Europe", Kind.AREA, 48.69, 9.14)
    doc = Document(id="eu", text=text, lang="en", published=dt.date(2023, 6, 17))
    demonym = mention(text, "European", europe, kind=Kind.DEMONYM, precision=Precision.AREA)
    (incident,) = extract_incidents(doc, [demonym])
    assert incident.place is None
