"""News and photo agencies: the hand-written list in ``incidents/data/agencies.toml``.

Read photo credits with it ("Valery Sharifulin/TASS/dpa") and attribute
statements to agencies ("gegenüber der Nachrichtenagentur Reuters").
Names are compared with :func:`geo.normalize.fold`, so case, accents and
hyphens do not matter.

Examples
--------
>>> tass = find_agency("агентство ТАСС")
>>> tass.name, tass.country
('TASS', 'RU')
>>> find_agency("nachrichtenagentur reuters").name
'Reuters'
>>> find_agency("Almaty") is None
True
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from geo.errors import ConfigError
from geo.normalize import fold

__all__ = ["Agency", "agency_index", "find_agency", "load_agencies"]


@dataclass(frozen=True, slots=True)
class Agency:
    """A news or photo agency.

    Parameters
    ----------
    name : str
        Canonical name as it goes into the incident table ("TASS", "dpa").
    aliases : tuple of str
        Other ways reports write it ("ТАСС", "Nachrichtenagentur Reuters").
    kind : str
        ``"news"`` (a wire service) or ``"photo"`` (a picture agency).
    country : str or None
        ISO 3166-1 alpha-2 of its seat.
    """

    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "news"
    country: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)


def _parse(data: dict[str, object], origin: str) -> tuple[Agency, ...]:
    entries = data.get("agency")
    if not isinstance(entries, list):
        raise ConfigError(f"{origin}: expected [[agency]] tables")
    agencies: list[Agency] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise ConfigError(f"{origin}: agency #{number} has no name")
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ConfigError(f"{origin}: aliases of {entry['name']!r} must be a list of strings")
        agencies.append(
            Agency(
                name=entry["name"],
                aliases=tuple(aliases),
                kind=str(entry.get("kind", "news")),
                country=entry.get("country"),
            )
        )
    return tuple(agencies)


@functools.cache
def _load_packaged() -> tuple[Agency, ...]:
    text = resources.files("incidents").joinpath("data/agencies.toml").read_text("utf-8")
    return _parse(tomllib.loads(text), "incidents/data/agencies.toml")


def load_agencies(path: str | Path | None = None) -> tuple[Agency, ...]:
    """Load the agency list (the packaged one, or a TOML file of the same shape).

    Parameters
    ----------
    path : str or Path, optional
        A TOML file with ``[[agency]]`` tables (``name``, ``aliases``,
        ``kind``, ``country``); the packaged list when omitted (cached).

    Returns
    -------
    tuple of Agency

    Raises
    ------
    ConfigError
        The file is not valid TOML or an entry lacks a name.

    Examples
    --------
    >>> "dpa" in {agency.name for agency in load_agencies()}
    True
    """
    if path is None:
        return _load_packaged()
    try:
        data = tomllib.loads(Path(path).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read agency list: {exc}") from exc
    return _parse(data, str(path))


@functools.cache
def agency_index() -> dict[str, Agency]:
    """Folded name or alias -> agency, for the packaged list.

    Examples
    --------
    >>> agency_index()["интерфакс"].name
    'Interfax'
    """
    index: dict[str, Agency] = {}
    for agency in load_agencies():
        for name in agency.names:
            index.setdefault(fold(name), agency)
    return index


def find_agency(name: str) -> Agency | None:
    """The agency called *name* (any alias, any case), or None.

    Parameters
    ----------
    name : str
        A name as written in a report.
    """
    return agency_index().get(fold(name))
