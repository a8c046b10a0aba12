"""OfflineGeocoder: the issue's names within 5 km, ranking, qualifiers, fallbacks."""

from __future__ import annotations

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.distance import great_circle_km
from geo.errors import GeocoderError
from geo.gazetteer import Gazetteer, NameEntry
from geo.geocoder import (
    OfflineGeocoder,
    parse_query,
    rank_places,
    score_entry,
    split_airport,
    split_connector,
)
from geo.types import Kind, Place

# Reference points from public sources (Wikipedia / GeoNames), not from our index.
ALMATY = (43.2567, 76.9286)
ALMATY_AIRPORT = (43.3521, 77.0405)
ASTANA = (51.1694, 71.4491)
KAZAKHSTAN = (48.0, 68.0)  # GeoNames' country point, not the capital
PARIS = (48.8566, 2.3522)
PARIS_TEXAS = (33.6609, -95.5555)
MOSCOW = (55.7558, 37.6173)
SPRINGFIELD_IL = (39.7817, -89.6501)
SANTA_MARIA_CA = (34.9530, -120.4357)


@pytest.fixture(scope="module")
def geocoder(gazetteer: Gazetteer) -> OfflineGeocoder:
    return OfflineGeocoder(gazetteer=gazetteer)


def _geocode(geocoder: OfflineGeocoder, query: str, **kwargs: object) -> Location:
    location = geocoder.geocode(query, **kwargs)  # type: ignore[arg-type]
    assert isinstance(location, Location), f"nothing for {query!r}"
    return location


def _km(location: Location, point: tuple[float, float]) -> float:
    return great_circle_km(location.latitude, location.longitude, *point)


@pytest.mark.parametrize(
    ("query", "point", "kind"),
    [
        ("Almaty", ALMATY, "city"),
        ("Alma-Ata", ALMATY, "city"),
        ("Алматы", ALMATY, "city"),
        ("Kasachstan", KAZAKHSTAN, "country"),
        ("Paris", PARIS, "city"),
        ("Paris, Texas", PARIS_TEXAS, "city"),
        ("Paris, TX", PARIS_TEXAS, "city"),
        ("Moskau", MOSCOW, "city"),
        ("Москва", MOSCOW, "city"),
        ("Flughafen Almaty", ALMATY_AIRPORT, "airport"),
        ("Almaty airport", ALMATY_AIRPORT, "airport"),
        ("аэропорт Алматы", ALMATY_AIRPORT, "airport"),
        ("Almaty International Airport", ALMATY_AIRPORT, "airport"),
        ("ALA", ALMATY_AIRPORT, "airport"),
        ("Nur-Sultan", ASTANA, "city"),
        ("Astana", ASTANA, "city"),
        ("Almaty, Kasachstan", ALMATY, "city"),
        ("Springfield, Illinois", SPRINGFIELD_IL, "city"),
        ("Springfield, Ill.", SPRINGFIELD_IL, "city"),
        ("Springfield, IL, USA", SPRINGFIELD_IL, "city"),
    ],
)
def test_issue_names_within_5_km(
    geocoder: OfflineGeocoder, query: str, point: tuple[float, float], kind: str
) -> None:
    location = _geocode(geocoder, query)
    assert _km(location, point) < 5, location.raw
    assert location.raw["kind"] == kind
    assert location.raw["unresolved"] is None


def test_airport_is_not_the_city_centre(geocoder: OfflineGeocoder) -> None:
    airport = _geocode(geocoder, "Flughafen Almaty")
    city = _geocode(geocoder, "Almaty")
    assert airport.raw["id"] == "airport:ALA"
    assert airport.raw["precision"] == "exact"
    assert great_circle_km(airport.latitude, airport.longitude, city.latitude, city.longitude) > 5


def test_paris_prefers_france(geocoder: OfflineGeocoder) -> None:
    assert _geocode(geocoder, "Paris").raw["country_code"] == "FR"
    assert _geocode(geocoder, "Paris", country_codes=["US"]).raw["admin1"] == "US.TX"


def test_raw_fields(geocoder: OfflineGeocoder) -> None:
    raw = _geocode(geocoder, "Almaty").raw
    assert raw["id"] == "geonames:1526384"
    assert raw["country_code"] == "KZ"
    assert raw["admin1"] == "KZ.02"
    assert raw["precision"] == "city"
    assert raw["population"] > 1_000_000
    assert {"name", "kind", "admin1_name", "unresolved"} <= raw.keys()


def test_countries_first(geocoder: OfflineGeocoder) -> None:
    assert _geocode(geocoder, "Georgia").raw["kind"] == "country"
    assert _geocode(geocoder, "Mexico").raw["kind"] == "country"
    assert _geocode(geocoder, "Georgia", country_codes=["US"]).raw["id"] == "region:US.GA"


@pytest.mark.parametrize("query", ["kasachisch", "Kazakh", "казахстанский"])
def test_demonym_is_its_country(geocoder: OfflineGeocoder, query: str) -> None:
    location = _geocode(geocoder, query)
    assert location.raw["kind"] == "country"
    assert location.raw["country_code"] == "KZ"
    assert location.raw["matched"] == "demonym"


@pytest.mark.parametrize(
    ("query", "code"), [("Großbritannien", "GB"), ("Moldau", "MD"), ("U.S.", "US"), ("США", "US")]
)
def test_everyday_country_names(geocoder: OfflineGeocoder, query: str, code: str) -> None:
    location = _geocode(geocoder, query)
    assert location.raw["kind"] == "country"
    assert location.raw["country_code"] == code


@pytest.mark.parametrize(
    ("query", "region"),
    [
        ("Jambyl Region", "KZ.17"),
        ("Gebiet Almaty", "KZ.01"),
        ("the Almaty region", "KZ.01"),
        ("State of Texas", "US.TX"),
        ("Schottland", "GB.SCT"),
        ("Krim", "UA.11"),
    ],
)
def test_regions_by_name_and_region_word(
    geocoder: OfflineGeocoder, query: str, region: str
) -> None:
    location = _geocode(geocoder, query)
    assert location.raw["kind"] == "region"
    assert location.raw["id"] == f"region:{region}"
    assert location.raw["precision"] == "region"


def test_springfield_prefers_the_biggest(geocoder: OfflineGeocoder, gazetteer: Gazetteer) -> None:
    cities = [
        e.place
        for e in gazetteer.lookup("Springfield")
        if e.place.kind is Kind.CITY and e.name_type == "name"
    ]
    assert len(cities) > 5
    biggest = max(cities, key=lambda p: p.population)
    assert _geocode(geocoder, "Springfield").raw["id"] == biggest.id
    in_australia = max((p for p in cities if p.country_code == "AU"), key=lambda p: p.population)
    assert _geocode(geocoder, "Springfield", country_codes="AU").raw["id"] == in_australia.id
    ma = _geocode(geocoder, "Springfield, Massachusetts")
    assert ma.raw["admin1"] == "US.MA"


def test_santa_maria(geocoder: OfflineGeocoder, gazetteer: Gazetteer) -> None:
    named = [
        e.place
        for e in gazetteer.lookup("Santa Maria")
        if e.place.kind is Kind.CITY and e.name_type == "name"
    ]
    assert len(named) > 50
    best = _geocode(geocoder, "Santa Maria")
    assert best.raw["population"] == max(p.population for p in named)
    assert _km(_geocode(geocoder, "Santa Maria", country_codes=["US"]), SANTA_MARIA_CA) < 5
    assert _km(_geocode(geocoder, "Santa Maria, California"), SANTA_MARIA_CA) < 5


def test_us_counties(geocoder: OfflineGeocoder) -> None:
    county = _geocode(geocoder, "Laurel County, Kentucky")
    assert county.raw["kind"] == "region"
    assert county.raw["admin1"] == "US.KY"
    assert _km(county, (37.11, -84.12)) < 40  # Laurel County, KY
    springfield = _geocode(geocoder, "Springfield, Clark County, Ohio")
    assert springfield.raw["admin1"] == "US.OH"
    assert _km(springfield, (39.92, -83.81)) < 5


def test_several_results(geocoder: OfflineGeocoder) -> None:
    found = geocoder.geocode("Springfield", exactly_one=False, limit=3)
    assert isinstance(found, list)
    assert len(found) == 3
    populations = [loc.raw["population"] for loc in found]
    assert populations == sorted(populations, reverse=True)
    assert len({loc.raw["id"] for loc in found}) == 3


@pytest.mark.parametrize(
    ("query", "unresolved"),
    [
        ("Platz der Republik, Almaty", "Platz der Republik"),
        ("Republic Square in Almaty", "Republic Square"),
        ("площадь Республики в Алматы", "площадь Республики"),
    ],
)
def test_within_city_fallback(geocoder: OfflineGeocoder, query: str, unresolved: str) -> None:
    location = _geocode(geocoder, query)
    assert location.raw["id"] == "geonames:1526384"
    assert location.raw["precision"] == "within city"
    assert location.raw["unresolved"] == unresolved
    assert _km(location, ALMATY) < 5


def test_unknown_place_in_a_country_says_so(geocoder: OfflineGeocoder) -> None:
    location = _geocode(geocoder, "Xyzzyqx, Kasachstan")
    assert location.raw["kind"] == "country"
    assert location.raw["precision"] == "country"
    assert location.raw["unresolved"] == "Xyzzyqx"


def test_nothing_found(geocoder: OfflineGeocoder) -> None:
    assert geocoder.geocode("Xyzzyqx Plobb") is None
    assert geocoder.geocode("") is None
    assert geocoder.geocode(" , ") is None
    assert geocoder.geocode("Almaty", country_codes=["FR"]) is None


def test_is_a_geopy_geocoder_that_stays_offline(geocoder: OfflineGeocoder) -> None:
    assert isinstance(geocoder, Geocoder)
    with pytest.raises(GeocoderError, match="no network"):
        geocoder.adapter.get_json("https://example.org", timeout=1, headers={})
    with pytest.raises(NotImplementedError):
        geocoder.reverse("43.25, 76.91")


# -- pure helpers -------------------------------------------------------------------
def test_parse_query() -> None:
    assert parse_query("Paris, Texas").main == "Paris"
    assert parse_query("a,b , c").qualifiers == ("b", "c")
    assert parse_query("").main == ""


def test_split_connector() -> None:
    assert split_connector("Platz der Republik in Almaty") == ("Platz der Republik", "Almaty")
    assert split_connector("Square near Central Station") == ("Square", "Central Station")
    assert split_connector("in Almaty") is None
    assert split_connector("Almaty in") is None


def test_split_airport() -> None:
    assert split_airport("Aéroport de Lyon") == "Lyon"
    assert split_airport("Flughafen") is None
    assert split_airport("Paris") is None


def _place(pid: str, kind: Kind, pop: int, *, cc: str = "US", capital: bool = False) -> Place:
    return Place(
        id=pid,
        name=pid,
        kind=kind,
        lat=0.0,
        lon=0.0,
        country_code=cc,
        population=pop,
        capital=capital,
    )


def test_scores_order_kinds() -> None:
    country = NameEntry(_place("c", Kind.COUNTRY, 1000), "alternate")
    city = NameEntry(_place("x", Kind.CITY, 5_000_000), "name")
    capital = NameEntry(_place("k", Kind.CITY, 1_000_000, capital=True), "name")
    region = NameEntry(_place("r", Kind.REGION, 8_000_000), "name")
    demonym = NameEntry(_place("d", Kind.COUNTRY, 10_000_000), "demonym")
    code = NameEntry(_place("a", Kind.AIRPORT, 0), "code")

    def score(entry: NameEntry, code_query: bool = False) -> float:
        return score_entry(entry, code_query=code_query)

    assert score(country) > score(city) > score(region)
    assert score(capital) > score(NameEntry(_place("y", Kind.CITY, 1_500_000), "name"))
    assert score(demonym) < score(NameEntry(_place("z", Kind.CITY, 100_000), "name"))
    assert score(code, code_query=True) > score(code)


def test_rank_places_filters_and_dedups() -> None:
    us = _place("us", Kind.CITY, 10, cc="US")
    fr = _place("fr", Kind.CITY, 1000, cc="FR")
    entries = [NameEntry(us, "alternate"), NameEntry(us, "name"), NameEntry(fr, "name")]
    ranked = rank_places(entries)
    assert [e.place.id for _s, e in ranked] == ["fr", "us"]
    assert ranked[1][1].name_type == "name"  # the best match of a place wins
    assert [e.place.id for _s, e in rank_places(entries, country_codes=["us"])] == ["us"]
    assert rank_places(entries, kinds=[Kind.AIRPORT]) == []
