"""Recognition: people, organisations and money named like places (real gazetteer).

Our own sentences; each says which words a reader takes for places.
"""

from __future__ import annotations

from typing import Any

import pytest

from geo.geoparsing import Geoparser
from geo.types import Kind


@pytest.fixture(scope="module")
def english(gazetteer: Any) -> Geoparser:
    return Geoparser(gazetteer=gazetteer, lang="en")


def _texts(parser: Geoparser, text: str) -> list[str]:
    return [m.text for m in parser.parse(text)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a census given name before a surname that is also a town
        ("The Rev. Roy Jones spoke in Macon on Sunday. Jones thanked the choir.", ["Macon"]),
        # a whole-word title ending a sentence is no title of the next word
        ("He joined the Ministry of Justice. Azerbaijan paid him.", ["Azerbaijan"]),
        ("She sat on the Court of Justice. Odessa hired her.", ["Odessa"]),
        ("Sgt. Tyler arrived from Tyler. He stayed.", ["Tyler"]),
        ("Police in Tulsa said Linda Welch was found safe. Welch is 17.", ["Tulsa"]),
        # a common word inside an organisation's name
        ("The Gainesville Chamber of Commerce met at the Superior Court.", ["Gainesville"]),
        # a given name that only a small region has (a parish of the Isle of Man)
        ("Patrick Todoran was appointed to the board in Topeka.", ["Topeka"]),
        # a currency, not the country
        ("Libya agreed a US$460 million settlement.", ["Libya"]),
        # initials of countries and regions
        ("Flights from the UAE to the DRC resumed; NSW lifted its ban.", ["UAE", "DRC", "NSW"]),
        # a city of millions by its dotted abbreviation; "N.Y." stays the state
        ("A tour traces L.A.'s spiritual diversity.", ["L.A."]),
        # organisations, newspapers and diseases named after places
        ("The United States Food and Drug Administration recalled the pills.", ["United States"]),
        (
            "Pupils at Franklin Elementary in Santa Ana fell ill, the New York Times reported.",
            ["Santa Ana"],
        ),
        ("The related Marburg virus also infects monkeys in Uganda.", ["Uganda"]),
        # "of the" inside a name
        (
            "Cases rose in the Democratic Republic of the Congo.",
            ["Democratic Republic of the Congo"],
        ),
        # a person's age after the name, but not a list of dates after a place
        ("Police in Dallas said Campbell, 42, resisted arrest.", ["Dallas"]),
        # a speech verb after a comma: "Dunn, said" is a person as "Dunn said" is
        ("Officers in Tulsa arrived late, Dunn, said.", ["Tulsa"]),
        ("Flights from Tulsa resume on 3, 4 and 5 March.", ["Tulsa"]),
        ("Cases of Marburg hemorrhagic fever rose in Angola.", ["Angola"]),
        # a common word the text calls a place; a holiday
        ("Reading is a large town in Berkshire, England.", ["Reading", "Berkshire", "England"]),
        ("Families in Tulsa gathered for Passover.", ["Tulsa"]),
        # hyphenated compounds: unknown ones split, known names whole
        ("The Paris-Henry County Arts Council met.", ["Paris", "Henry County"]),
        ("A Rock Hill-based cab company hired drivers.", ["Rock Hill"]),
        ("Flights to Nur-Sultan and Alma-Ata resumed.", ["Nur-Sultan", "Alma-Ata"]),
        ("They shop at Wal-Mart in Tulsa; the Vice-President flew on.", ["Tulsa"]),
        # month abbreviations
        ("The vote in Ohio is set for Nov. 4 and the count for Jan. 9.", ["Ohio"]),
    ],
)
def test_people_organisations_and_money_are_not_places(
    english: Geoparser, text: str, places: list[str]
) -> None:
    assert _texts(english, text) == places


def test_a_town_named_after_a_person_stays_a_town(english: Geoparser) -> None:
    text = (
        "Clinton is a city in Clinton County, Iowa. It was named after DeWitt Clinton, "
        "a governor of New York. Clinton has about 25,000 people."
    )
    found = english.parse(text)
    clintons = [m for m in found if m.text == "Clinton" and m.place is not None]
    assert [m.start for m in clintons] == [0, text.rindex("Clinton has")]
    assert {m.place.admin1_code for m in clintons if m.place} == {"US.IA"}


def test_big_places_named_like_given_names_stay_places(english: Geoparser) -> None:
    found = _texts(english, "Storms hit Charlotte on Tuesday and moved on to Georgia.")
    assert found == ["Charlotte", "Georgia"]


def test_a_name_after_a_family_particle_is_a_surname(english: Geoparser) -> None:
    assert _texts(english, "The colt, trained by Mike de Kock, won in Dubai.") == ["Dubai"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a frequent word first in a sentence, a village's old name, an acronym
        ("Samples from the ducks were sent to Weybridge.", ["Weybridge"]),
        # ... but a rare respelling of a town's name is the town (GeoNames: Kupyansk)
        ("Ukrainian forces retook Kupiansk on Saturday.", ["Ukrainian", "Kupiansk"]),
        ("Media reports say the virus reached Cairo.", ["Cairo"]),
        ("Peter Lichtenthal, MAC global manager, spoke in Athens.", ["Athens"]),
        # "according to" is no place cue; agencies and dailies are named after places
        ("According to Xinhua News Agency, cases rose in Hebei.", ["Hebei"]),
        ("Doctors in Nairobi told Agence France-Presse and China Daily.", ["Nairobi"]),
        # "X City" before an office: the city; before a body: the city's short name
        ("Mexico City Health Secretary Armando Ahued spoke.", ["Mexico City"]),
        ("The Dublin City Council met on Monday.", ["Dublin"]),
        ("The Brooklyn District Attorney indicted four men.", ["Brooklyn"]),
        ("The Madison County Health Department warned drivers.", ["Madison County"]),
        # names with a lower-case word and possessives before another name
        ("The forum met in Dar es Salaam, Tanzania.", ["Dar es Salaam", "Tanzania"]),
        ("The Pope left Rome's Gemelli hospital today.", ["Rome"]),
        # people: country codes are capitals, given names that are regions too
        ("According to Ben Gale and Ken May, the kitchen in Fresno was closed.", ["Fresno"]),
        ("Nelson Mandela spoke at a concert in Johannesburg.", ["Johannesburg"]),
        ("Dr. Julia Peters, a director in Auckland, spoke.", ["Auckland"]),
        ("Carlos Soratti, Vice Minister of Health, spoke in Buenos Aires.", ["Buenos Aires"]),
        # titles with a possessive, the heads of names, a disease's name used alone
        ("Crowds in Rome waited for news of the Pope's health.", ["Rome"]),
        ("The New Zealand Herald and the Sunshine Project reported it.", []),
        ("Marburg virus was found in Angola. Marburg kills slowly.", ["Angola"]),
        # the possessive of a country code
        ("It is the UK's biggest fair and the EU's largest market.", ["UK", "EU"]),
        # a word the text also writes in lower case, unless a mention is placed
        ("Fish in Ohio carry mercury. Mercury poisoning is rare.", ["Ohio"]),
        (
            "Summit is a borough in New Jersey. Summit hosts a summit.",
            ["Summit", "New Jersey", "Summit"],
        ),
        # letters without a decomposition, as English news spells them
        ("Vets in Pulawy and Dogubayazit were alerted.", ["Pulawy", "Dogubayazit"]),
        # two counties joined by "and"
        ("Devon and Cornwall police were alerted.", ["Devon", "Cornwall"]),
        # famous people and brands, firms, a child's given name
        ("The Obama administration sent aid to Haiti.", ["Haiti"]),
        ("El Niño brought rain to Peru.", ["Peru"]),
        ("Teens in a red Honda drove to Tulsa.", ["Tulsa"]),
        ("Design firm Stevens & Wilkinson sued Columbia.", ["Columbia"]),
        ("Their first child, Jack, was born in Tulsa.", ["Tulsa"]),
        (
            "Moira is a village in County Down. Moira has a school.",
            ["Moira", "County Down", "Moira"],
        ),
    ],
)
def test_words_agencies_and_offices_named_like_places(
    english: Geoparser, text: str, places: list[str]
) -> None:
    assert _texts(english, text) == places


def test_an_adjective_is_the_country_unless_the_text_places_it(english: Geoparser) -> None:
    found = english.parse("Canadian beef is safe, a rancher from Canadian, Texas said.")
    kinds = [(m.text, m.kind.value, m.place.country_code if m.place else None) for m in found]
    assert kinds[0] == ("Canadian", "demonym", "CA")
    assert kinds[1] == ("Canadian", "city", "US")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # common English words inside longer names
        ("The book The Hot Zone was set at the Near Earth Object Program.", []),
        # a capitalised cue word inside a name is no cue
        ("In Almaty and at the Near Earth Object Program.", ["Almaty"]),
    ],
)
def test_common_words_inside_names_are_not_places(
    english: Geoparser, text: str, words: list[str]
) -> None:
    assert _texts(english, text) == words


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A Kurdish militia spokesman spoke.", "Kurdistan"),
        ("Korean mothers are strict, he said.", "Korean Peninsula"),
        ("The Philippine Sports Commission met.", "Philippines"),
        ("Sinhalese nationalists marched.", "Sri Lanka"),
        ("Maori leaders welcomed the ruling.", "New Zealand"),
        # countryinfo also calls Macao's people Chinese and Réunion's French
        ("Tariffs on Chinese steel rose.", "China"),
        ("A French bulldog died.", "France"),
        ("The Scottish team won.", "Scotland"),
        # Filipino is also the language of the Northern Mariana Islands
        ("Filipino workers went on strike.", "Philippines"),
    ],
)
def test_adjectives_of_peoples_and_peninsulas(english: Geoparser, text: str, target: str) -> None:
    (found,) = english.parse(text)
    assert found.kind.value == "demonym"
    assert found.place is not None
    assert found.place.name == target


def test_an_adjective_before_its_noun_is_the_country(english: Geoparser) -> None:
    found = english.parse("Somali refugees fled; fighting hit the Somali region.")
    assert [(m.kind.value, m.place.country_code if m.place else None) for m in found] == [
        ("demonym", "SO"),
        ("region", "ET"),
    ]


def test_a_landmark_named_after_its_city_lies_in_that_city(english: Geoparser) -> None:
    found = english.parse("A swan died at the Dresden Zoo, German media reported.")
    zoo = next(m for m in found if m.text == "Dresden Zoo")
    assert zoo.place is not None
    assert zoo.place.country_code == "DE"
    assert zoo.precision.value == "within city"
    # a street named after a city lies in the city the text places it in
    street = english.parse("He walked down Moscow Street in Tbilisi.")[0]
    assert street.place is not None
    assert street.place.name == "Tbilisi"


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        (
            "Ebola spread in the Democratic Republic of Congo.",
            "Democratic Republic of Congo",
            "country",
            "CD",
        ),
        ("Ebola spread in the Republic of Congo.", "Republic of Congo", "country", "CG"),
        ("Floods hit Sumatra again.", "Sumatra", "region", "ID"),
        ("Troops landed on Mindanao.", "Mindanao", "region", "PH"),
        ("The Soviet Union made the vaccine.", "Soviet Union", "area", None),
        ("Four died in the West Midlands.", "West Midlands", "region", "GB"),
        ("Cases rose in Nyanza Province.", "Nyanza Province", "region", "KE"),
        ("Ebola hit Kasai Occidental again.", "Kasai Occidental", "region", "CD"),
        ("The army retook most towns in eastern Ghouta.", "Ghouta", "region", "SY"),
    ],
)
def test_long_country_names_islands_and_former_unions(
    english: Geoparser, text: str, name: str, kind: str, country: str | None
) -> None:
    found = english.parse(text)
    assert [m.text for m in found] == [name]
    place = found[0].place
    assert place is not None
    assert (found[0].kind.value, place.country_code) == (kind, country)


@pytest.mark.parametrize(
    ("text", "target", "precision"),
    [
        ("Ohioans voted on Tuesday.", "Ohio", "region"),
        ("A Texan won the race.", "Texas", "region"),
        ("New Yorkers cheered.", "New York", "region"),
        ("A Londoner won.", "London", "city"),
        ("Abkhaz forces withdrew.", "Abkhazia", "region"),
    ],
)
def test_demonyms_of_regions_and_cities(
    english: Geoparser, text: str, target: str, precision: str
) -> None:
    (found,) = english.parse(text)
    assert found.kind.value == "demonym"
    assert found.place is not None
    assert (found.place.name, found.precision.value) == (target, precision)


def test_names_ending_like_demonyms_stay_names(english: Geoparser) -> None:
    found = english.parse("Julian Parker met Susan Baker.")
    assert [m.kind.value for m in found if m.kind.value == "demonym"] == []


def test_a_uk_nation_adjective_places_its_towns(english: Geoparser) -> None:
    # Harare was once called Salisbury; "English" says which Salisbury
    found = english.parse("Two people fell ill in the English city of Salisbury.")
    assert [(m.text, m.place.name if m.place else None) for m in found] == [
        ("English", "England"),
        ("Salisbury", "Salisbury"),
    ]
    assert found[1].place is not None
    assert found[1].place.country_code == "GB"


def test_the_capital_of_x_is_a_place_cue(english: Geoparser) -> None:
    # "Radio Pyongyang said" reads like a person's name; "the capital of" says place
    text = "Bird flu hit farms in the capital of Pyongyang. Radio Pyongyang said culls began."
    found = [m for m in english.parse(text) if m.text == "Pyongyang"]
    assert found
    assert found[0].place is not None
    assert found[0].place.country_code == "KP"


def test_latin_is_no_demonym_of_the_vatican(english: Geoparser) -> None:
    assert english.parse("Latin music fans danced.") == []


def test_a_state_abbreviation_is_the_state_not_its_city(english: Geoparser) -> None:
    (state,) = english.parse("Sales rose in N.Y. last year.")
    assert state.place is not None
    assert (state.text, state.place.kind) == ("N.Y.", Kind.REGION)


@pytest.mark.parametrize(
    "text",
    [
        # a language, not English, Indiana (a town of 600)
        "The sign is written in English.",
        "Classes are taught in English and French.",
        # "and" joins places only where no noun follows
        "The plan helps minorities and English language learners.",
    ],
)
def test_a_language_named_like_a_small_town_is_no_town(english: Geoparser, text: str) -> None:
    found = english.parse(text)
    assert all(m.place is None or m.place.kind is not Kind.CITY for m in found)


def test_a_small_town_named_like_a_language_is_found_where_named_so(english: Geoparser) -> None:
    found = english.parse("He moved to English, Indiana, in May.")
    assert found[0].place is not None
    assert (found[0].place.name, found[0].place.admin1_code) == ("English", "US.IN")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a party letter before a state is no first name ...
        ("Sen. Ted Cruz (R-Texas) spoke to reporters.", "Texas"),
        # ... and splits from a short state name
        ("Rep. Tim Ryan (D-Ohio) visited a plant.", "Ohio"),
    ],
)
def test_a_party_and_state_tag_names_the_state(english: Geoparser, text: str, state: str) -> None:
    found = [m.place.name for m in english.parse(text) if m.place is not None]
    assert found == [state]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a speech verb, a town's office or staff makes it the town, not a surname
        ("“It creates jobs,” said Rock Hill City Manager Carey Smith.", ["Rock Hill"]),
        ("“It creates jobs,” said Rock Hill Mayor Doug Echols.", ["Rock Hill"]),
        ("The plan creates jobs, said Rock Hill officials.", ["Rock Hill"]),
        # without one the surname rule holds
        ("The plan creates jobs, said Hill.", []),
        ("The plan creates jobs, Hill said on Monday.", []),
    ],
)
def test_a_towns_office_after_a_speech_verb_names_the_town(
    english: Geoparser, text: str, expected: list[str]
) -> None:
    assert _texts(english, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The Rock" (New South Wales) loses to the longer name after the article
        ("The Rock Hill City Council met on Monday.", ["Rock Hill"]),
        # names that begin with the article stay whole
        ("The Dalles lies on the river.", ["The Dalles"]),
        # a unit's name after it does not take over ("City of Plymouth")
        ("The City of Plymouth is landlocked.", ["Plymouth"]),
        # Spanish "Los" is no article here: not Angeles City in the Philippines
        ("They gave to no Los Angeles City political campaign.", ["Los Angeles"]),
    ],
)
def test_a_longer_name_after_the_article_wins(
    english: Geoparser, text: str, expected: list[str]
) -> None:
    assert _texts(english, text) == expected


def test_a_us_county_abbreviated_in_a_headline(english: Geoparser) -> None:
    text = "A Loudon Co. man was arrested in Knoxville on Friday."
    loudon, knoxville = english.parse(text)
    assert (loudon.text, knoxville.text) == ("Loudon Co.", "Knoxville")
    assert loudon.place is not None
    assert (loudon.place.name, loudon.place.admin1_code) == ("Loudon County", "US.TN")
    # a given span with its dot is the county too
    (given,) = english.resolve(text, [(loudon.start, loudon.end)])
    assert given.place is not None
    assert given.place.name == "Loudon County"
    # without the dot, "Co" is a firm's
    assert _texts(english, "Knox Co is a firm.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title and a given name make a person even of a country or a big city
        ("Rep. Jim Jordan (R-Ohio) met them.", ["Ohio"]),
        ("Gen. Sam Houston led the army.", []),
        # a saint's name before a town is a parish's, not a title
        ("The team from St. Joseph London finished second.", ["St. Joseph", "London"]),
    ],
)
def test_a_titled_given_name_makes_a_person_of_any_name(
    english: Geoparser, text: str, expected: list[str]
) -> None:
    assert _texts(english, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common given name that names no place makes a person of a country too
        ("Republicans backed Jim Jordan for speaker in Washington.", ["Washington"]),
        ("Bill Holland wrote the report.", []),
        # not a rare given name ("Viva", "Sierra"), nor one that is a word ("April")
        ("Crowds sang Viva Cuba in the streets.", ["Cuba"]),
        ("In April Jordan signed the deal.", ["Jordan"]),
    ],
)
def test_a_common_given_name_makes_a_person_of_a_country(
    english: Geoparser, text: str, expected: list[str]
) -> None:
    assert _texts(english, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country named like a common given name, before a rare word that ends the name
        ("Jordan Bardella told supporters in Perpignan.", ["Perpignan"]),
        ("Defence Minister Israel Katz ordered the army to prepare.", []),
        ("Israel Adesanya lost his title in Sydney.", ["Sydney"]),
        # not before a feature word, nor inside a longer name, nor after a cue
        ("Troops moved into the Jordan Valley.", ["Jordan"]),
        ("Tim Callahan spoke for the Professional Association of Georgia Educators.", ["Georgia"]),
        ("He flew to Israel Monday.", ["Israel"]),
    ],
)
def test_a_country_named_like_a_given_name_before_a_surname(
    english: Geoparser, text: str, expected: list[str]
) -> None:
    assert _texts(english, text) == expected


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Kurdish forces clashed with troops in Qamishli, Syria.", "Qamishli", "Al Qāmishlī"),
        ("The RSF besieged Fasher, the capital of North Darfur.", "Fasher", "El Fasher"),
    ],
)
def test_arab_towns_named_without_their_article(
    gazetteer: Any, text: str, surface: str, name: str
) -> None:
    found = {m.text: m for m in Geoparser(gazetteer=gazetteer, lang="en").parse(text)}
    assert found[surface].place is not None
    assert found[surface].place.name == name


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # never places, even after a cue: not Hamm, Germany, or Fort Abbas, Pakistan
        (
            "en",
            "She refused to talk to Hamas, and Israel offered a gesture to Abbas in Ramallah.",
            ["Israel", "Ramallah"],
        ),
        ("de", "Israel verhandelte mit Hamas über Gaza.", ["Israel", "Gaza"]),
        # "and" is no cue for a famous non-place; "in Duma" still is one
        ("en", "Sales of Nissan and Toyota rose in Ohio.", ["Ohio"]),
        ("en", "Rescuers worked in Duma, near Damascus.", ["Duma", "Damascus"]),
    ],
)
def test_famous_non_places(gazetteer: Any, lang: str, text: str, found: list[str]) -> None:
    assert [m.text for m in Geoparser(gazetteer=gazetteer, lang=lang).parse(text)] == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # the Arabic article with its hyphen joins a name ...
        ("en", "Fighting flared in Deir ez-Zor overnight.", [("Deir ez-Zor", "SY")]),
        ("de", "Kämpfe in Deir ez-Zor.", [("Deir ez-Zor", "SY")]),
        ("es", "Hubo combates en Deir ez Zor.", [("Deir ez Zor", "SY")]),  # no hyphen
        ("en", "Tourists left Sharm el-Sheikh.", [("Sharm el-Sheikh", "EG")]),
        # ... and a small place's name is only part of a longer one we lack:
        # not Rās, India, Ābu, India, or Numan, Nigeria
        ("en", "Clashes in Ras al-Ain, Abu al-Duhur and Maarat al-Numan.", []),
        # English "-at-" is no article: Goodspeed-at-Chester is in Chester
        (
            "en",
            "The company opened Goodspeed-at-Chester in Connecticut.",
            [("Chester", "US"), ("Connecticut", "US")],
        ),
    ],
)
def test_names_with_the_arabic_article(
    gazetteer: Any, lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    mentions = Geoparser(gazetteer=gazetteer, lang=lang).parse(text)
    assert [(m.text, m.place.country_code if m.place else None) for m in mentions] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a common word ending a longer name is a word, though a small region
        # has it as its name (Forest, a parish of Guernsey, 1,600 people)
        ("Protections for the Monongahela National Forest were signed.", ["Monongahela"]),
        ("The Texas Forest Service sent planes.", ["Texas"]),
    ],
)
def test_a_tiny_regions_word_inside_a_name_is_a_word(
    gazetteer: Any, text: str, found: list[str]
) -> None:
    assert [m.text for m in Geoparser(gazetteer=gazetteer, lang="en").parse(text)] == found
