"""A tiny in-memory gazetteer with the lookup API of :class:`geo.gazetteer.Gazetteer`.

It lets doctests and unit tests of recognition and resolution run in
milliseconds, and lets callers geoparse against a handful of their own
places. ``MemoryGazetteer.sample()`` holds the places of the project's
example reports (Kazakhstan, January 2022) and a few well-known confusers.

Examples
--------
>>> gaz = MemoryGazetteer.sample()
>>> [e.place.name for e in gaz.lookup("Nur-Sultan")]
['Astana']
>>> gaz.has_prefix("platz der"), gaz.has_prefix("paris")
(False, True)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from geo.normalize import fold
from geo.types import Kind, Place

__all__ = ["MemoryEntry", "MemoryGazetteer"]


@dataclass(frozen=True, slots=True)
class MemoryEntry:
    """One name of a place: ``name_type`` is name, alternate, code or demonym."""

    place: Place
    name_type: str


class MemoryGazetteer:
    """Places and their names in plain dicts.

    Parameters
    ----------
    names : iterable of (name, Place, name_type)
        Every name of every place.
    airports : mapping of city id to airports, optional
    """

    def __init__(
        self,
        names: Iterable[tuple[str, Place, str]],
        airports: dict[str, tuple[Place, ...]] | None = None,
    ) -> None:
        index: dict[str, list[MemoryEntry]] = defaultdict(list)
        prefixes: set[str] = set()
        places: dict[str, Place] = {}
        for name, place, name_type in names:
            key = fold(name)
            entry = MemoryEntry(place, name_type)
            if entry not in index[key]:
                index[key].append(entry)
            parts = key.split(" ")
            prefixes.update(" ".join(parts[:k]) for k in range(1, len(parts) + 1))
            places[place.id] = place
        self._index = {k: tuple(v) for k, v in index.items()}
        self._prefixes = frozenset(prefixes)
        self._places = places
        self._airports = dict(airports or {})
        self.max_words = max((k.count(" ") + 1 for k in self._index), default=1)

    def lookup(self, name: str) -> tuple[MemoryEntry, ...]:
        """Entries whose name folds like *name*."""
        return self._index.get(fold(name), ())

    def lookup_folded(self, folded: str) -> tuple[MemoryEntry, ...]:
        """Entries of an already folded name."""
        return self._index.get(folded, ())

    def has_prefix(self, folded_prefix: str) -> bool:
        """Whether some name starts with these whole words."""
        return folded_prefix in self._prefixes

    def get(self, place_id: str) -> Place | None:
        """The place with this id, or None."""
        return self._places.get(place_id)

    def airports_of(self, city: Place) -> tuple[Place, ...]:
        """Airports serving *city*, main one first."""
        return self._airports.get(city.id, ())

    @classmethod
    def sample(cls) -> MemoryGazetteer:
        """A dozen places of the example reports and some confusers."""
        c, r, t, a = Kind.COUNTRY, Kind.REGION, Kind.CITY, Kind.AIRPORT
        kz = Place("geonames:1522867", "Kazakhstan", c, 48.0, 68.0, "KZ", population=18_276_499)
        ru = Place("geonames:2017370", "Russia", c, 60.0, 100.0, "RU", population=144_478_050)
        fr = Place("geonames:3017382", "France", c, 46.0, 2.0, "FR", population=66_987_244)
        us = Place(
            "geonames:6252001", "United States", c, 39.76, -98.5, "US", population=327_167_434
        )
        de = Place("geonames:2921044", "Germany", c, 51.5, 10.5, "DE", population=82_927_922)
        tx = Place(
            "geonames:4736286", "Texas", r, 31.25, -99.25, "US", "US.TX", "Texas", 22_875_689
        )
        almaty = Place(
            "geonames:1526384", "Almaty", t, 43.25667, 76.92861, "KZ", "KZ.02", "Almaty", 2_000_900
        )
        astana = Place(
            "geonames:1526273",
            "Astana",
            t,
            51.1801,
            71.44598,
            "KZ",
            "KZ.05",
            "Astana",
            1_078_362,
            True,
        )
        aktobe = Place(
            "geonames:610611", "Aktobe", t, 50.27969, 57.20718, "KZ", "KZ.04", "Aktobe", 500_757
        )
        shymkent = Place(
            "geonames:1518980", "Shymkent", t, 42.3, 69.6, "KZ", "KZ.10", "Shymkent", 1_002_291
        )
        taraz = Place(
            "geonames:1516905", "Taraz", t, 42.9, 71.36667, "KZ", "KZ.17", "Jambyl", 358_153
        )
        zhanaozen = Place(
            "geonames:1520316",
            "Zhanaozen",
            t,
            43.34116,
            52.86192,
            "KZ",
            "KZ.09",
            "Mangghystau",
            147_962,
        )
        paris = Place(
            "geonames:2988507",
            "Paris",
            t,
            48.85341,
            2.3488,
            "FR",
            "FR.11",
            "Ile-de-France",
            2_138_551,
            True,
        )
        paris_tx = Place(
            "geonames:4717560", "Paris", t, 33.66094, -95.55551, "US", "US.TX", "Texas", 24_782
        )
        moscow = Place(
            "geonames:524901",
            "Moscow",
            t,
            55.75222,
            37.61556,
            "RU",
            "RU.48",
            "Moscow",
            12_615_882,
            True,
        )
        auch = Place(
            "geonames:3036572", "Auch", t, 43.64652, 0.58568, "FR", "FR.76", "Occitanie", 22_173
        )
        essen = Place(
            "geonames:2928810",
            "Essen",
            t,
            51.45657,
            7.01228,
            "DE",
            "DE.07",
            "North Rhine-Westphalia",
            593_085,
        )
        berlin = Place(
            "geonames:2950159",
            "Berlin",
            t,
            52.52437,
            13.41053,
            "DE",
            "DE.16",
            "Berlin",
            3_426_354,
            True,
        )
        land = Place("geonames:3149345", "Land", t, 60.7, 10.0, "NO", population=120)
        ala = Place(
            "airport:ALA",
            "Almaty International Airport",
            a,
            43.35208,
            77.04051,
            "KZ",
            "KZ.02",
            "Almaty",
        )
        names: list[tuple[str, Place, str]] = [
            ("Kazakhstan", kz, "name"),
            ("Kasachstan", kz, "alternate"),
            ("Казахстан", kz, "alternate"),
            ("KZ", kz, "code"),
            ("Kazakh", kz, "demonym"),
            ("Kazakhstani", kz, "demonym"),
            ("kasachisch", kz, "demonym"),
            ("казахстанский", kz, "demonym"),
            ("казахский", kz, "demonym"),
            ("Russia", ru, "name"),
            ("Russland", ru, "alternate"),
            ("Россия", ru, "alternate"),
            ("Russian", ru, "demonym"),
            ("russisch", ru, "demonym"),
            ("российский", ru, "demonym"),
            ("France", fr, "name"),
            ("Frankreich", fr, "alternate"),
            ("Франция", fr, "alternate"),
            ("French", fr, "demonym"),
            ("United States", us, "name"),
            ("US", us, "code"),
            ("USA", us, "code"),
            ("Germany", de, "name"),
            ("Deutschland", de, "alternate"),
            ("Texas", tx, "name"),
            ("Almaty", almaty, "name"),
            ("Alma-Ata", almaty, "alternate"),
            ("Алматы", almaty, "alternate"),
            ("Astana", astana, "name"),
            ("Nur-Sultan", astana, "alternate"),
            ("Астана", astana, "alternate"),
            ("Нур-Султан", astana, "alternate"),
            ("Aktobe", aktobe, "name"),
            ("Aqtobe", aktobe, "alternate"),
            ("Актобе", aktobe, "alternate"),
            ("Shymkent", shymkent, "name"),
            ("Schymkent", shymkent, "alternate"),
            ("Шымкент", shymkent, "alternate"),
            ("Taraz", taraz, "name"),
            ("Тараз", taraz, "alternate"),
            ("Zhanaozen", zhanaozen, "name"),
            ("Schangaösen", zhanaozen, "alternate"),
            ("Жанаозен", zhanaozen, "alternate"),
            ("Paris", paris, "name"),
            ("Париж", paris, "alternate"),
            ("Paris", paris_tx, "name"),
            ("Moscow", moscow, "name"),
            ("Moskau", moscow, "alternate"),
            ("Москва", moscow, "alternate"),
            ("Auch", auch, "name"),
            ("Essen", essen, "name"),
            ("Berlin", berlin, "name"),
            ("Land", land, "name"),
            ("Almaty International Airport", ala, "name"),
            ("ALA", ala, "code"),
        ]
        return cls(names, airports={almaty.id: (ala,)})
