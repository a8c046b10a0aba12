"""``incident-map geocode``: one place name -> coordinates, offline (your places first)."""

from __future__ import annotations

import json
from typing import Any

import click

from incident_mapper.cli.options import (
    country_option,
    lang_option,
    online_options,
    places_option,
)

__all__ = ["format_line", "geocode", "location_record"]

_FIELDS = (
    "name",
    "lat",
    "lon",
    "kind",
    "country_code",
    "admin1",
    "admin1_name",
    "precision",
    "id",
    "population",
    "unresolved",
)


def location_record(raw: dict[str, Any]) -> dict[str, Any]:
    """The JSON fields of one result, from a Location's ``raw``.

    Examples
    --------
    >>> rec = location_record({"name": "Almaty", "lat": 43.25, "lon": 76.91, "id": "x"})
    >>> rec["name"], rec["precision"]
    ('Almaty', None)
    """
    return {key: raw.get(key) for key in _FIELDS}


def format_line(record: dict[str, Any]) -> str:
    """One readable line for a result.

    Examples
    --------
    >>> print(format_line({"name": "Almaty", "admin1_name": "Almaty", "country_code": "KZ",
    ...     "lat": 43.25249, "lon": 76.9115, "kind": "city", "precision": "city",
    ...     "id": "geonames:1526384", "population": 1977011, "unresolved": None}))
    Almaty, Almaty (KZ) 43.2525, 76.9115  city  geonames:1526384  pop 1,977,011
    """
    where = record["name"]
    if record.get("admin1_name"):
        where += f", {record['admin1_name']}"
    if record.get("country_code"):
        where += f" ({record['country_code']})"
    line = f"{where} {record['lat']:.4f}, {record['lon']:.4f}  {record['kind']}  {record['id']}"
    if record.get("population"):
        line += f"  pop {record['population']:,}"
    if record.get("precision") and record["precision"] != record["kind"]:
        line += f"  precision: {record['precision']}"
    if record.get("unresolved"):
        line += f"  (not found: {record['unresolved']!r})"
    return line


@click.command(
    "geocode",
    epilog="""\b
Examples:
    incident-map geocode Almaty
    incident-map geocode "Paris, Texas" --json
    incident-map geocode "Flughafen Almaty"
    incident-map geocode Springfield --country US --limit 3
    incident-map geocode "Platz der Republik" --places places.csv
    incident-map geocode "Kibera" --online nominatim --user-agent "my-map/1.0 (me@example.org)"
""",
)
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (a list with --limit).")
@country_option
@lang_option
@click.option(
    "--limit",
    type=click.IntRange(1, 100),
    default=None,
    help="Print up to N candidates, best first.",
)
@places_option
@online_options
def geocode(
    query: str,
    as_json: bool,
    country: tuple[str, ...],
    lang: str | None,
    limit: int | None,
    places: tuple[str, ...],
    online: str | None,
    user_agent: str | None,
) -> None:
    """Geocode QUERY (a place name, optionally "Name, Region/Country") offline.

    Places from --places files are looked up before the gazetteer, as in
    extract and map; a place listed in a CSV or GeoJSON file comes before
    same-named gazetteer places (GeoNames dump rows are ranked like the
    gazetteer's own). Nothing is sent over the network unless --online is
    given, and then only for a name neither has. Exit status 1 when nothing
    matches.
    """
    # The same resolver as geo.geocoder.OfflineGeocoder, without importing
    # geopy (0.3 s of a second process's start-up); `lang` needs no handling:
    # names match in every language.
    from geo._query import QueryResolver, resolution_raw
    from geo.errors import GazetteerError, IncidentMapperError
    from geo.gazetteer import load_gazetteer

    if online and not user_agent:
        raise click.UsageError("--online needs --user-agent naming your application")
    try:
        gazetteer: Any = load_gazetteer()
    except IncidentMapperError as exc:
        raise click.ClickException(str(exc)) from exc
    if places:
        from geo.places import with_places

        try:
            gazetteer = with_places(gazetteer, *places)
        except GazetteerError as exc:
            raise click.BadParameter(str(exc), param_hint="--places") from exc
    try:
        found = QueryResolver(gazetteer).resolve(query, country_codes=country or None)
    except IncidentMapperError as exc:
        raise click.ClickException(str(exc)) from exc
    if places:  # places listed by hand first; dump rows rank like the gazetteer's own
        found.sort(key=lambda r: not r.place.id.startswith("user:"))
    if not found and online and user_agent:
        record = _online_record(query, online, user_agent, country, lang)
        if record is not None:
            click.echo(json.dumps(record, ensure_ascii=False) if as_json else format_line(record))
            return
    if not found:
        click.echo(f"No place found for {query!r}.", err=True)
        raise SystemExit(1)
    records = [location_record(resolution_raw(r)) for r in found[: limit or 1]]
    if as_json:
        payload: Any = records if limit is not None else records[0]
        click.echo(json.dumps(payload, ensure_ascii=False))
    else:
        for record in records:
            click.echo(format_line(record))


def _online_record(
    query: str,
    service: str,
    user_agent: str,
    country: tuple[str, ...],
    lang: str | None,
) -> dict[str, Any] | None:
    """Ask an online service, through the disk cache and rate limiter of geo.online."""
    from geo.errors import IncidentMapperError
    from geo.online import online_geocoder

    try:
        geocoder = online_geocoder(service, user_agent=user_agent)
        options: dict[str, Any] = {}
        if country and service.lower() == "nominatim":
            options["country_codes"] = [c.lower() for c in country]
        if lang:
            options["language"] = lang
        found = geocoder.geocode(query, **options)
    except IncidentMapperError as exc:
        raise click.ClickException(str(exc)) from exc
    if found is None:
        return None
    return {
        "name": found.address,
        "lat": found.latitude,
        "lon": found.longitude,
        "kind": "online",
        "country_code": None,
        "admin1": None,
        "admin1_name": None,
        "precision": None,
        "id": f"{service.lower()}:{query}",
        "population": None,
        "unresolved": None,
    }
