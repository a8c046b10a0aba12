"""The opt-in online fallback of the pipeline: a post-pass over the gathered documents.

Workers never go online. After every document has been processed, in the
parent process, :func:`place_online` collects the incidents the offline
gazetteer could not place well:

- no place at all: a site whose name the gazetteer lacks ("Republic Square"
  in a report naming no city), or a table row whose location it lacks; the
  name is asked as written;
- a coarser place than the name: "Platz der Republik" put at Almaty's point
  (``within city``), a county put at its region; the name is asked with its
  place as qualifier ("Platz der Republik, Almaty") and in its country.

Each distinct ``(query, country hint)`` is asked once, through
:class:`geo.online.CachedGeocoder` (a disk cache and one request a second),
so a second run asks nothing. An answer is used only when it is finer than
what the incident had, in the hinted country, and for a part of a city
within :data:`NEAR_KM` of that city. Names that are not the site of any
incident are not sent: they would not change the table, and each costs a
second.

A placed incident keeps its location text; its place gets the service's
point, an id ``<service>:<osm type>/<osm id>`` (``nominatim:way/123``), a
precision from the answer's type (``city`` when the type is unknown), a
confidence of at most :data:`ONLINE_CONFIDENCE` (below what offline matches
get), and its notes say which service placed it.

Examples
--------
>>> from geopy.location import Location
>>> raw = {"osm_type": "way", "osm_id": 4, "class": "place", "type": "square",
...        "name": "Republic Square", "address": {"country_code": "kz"}}
>>> place, precision = online_place(Location("Republic Square, Almaty", (43.24, 76.95), raw),
...                                 service="nominatim", query="Republic Square, Almaty")
>>> place.id, place.kind.value, precision.value, place.country_code
('nominatim:way/4', 'landmark', 'exact', 'KZ')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from geo.distance import place_km
from geo.errors import GeocoderError
from geo.types import Kind, Place, Precision
from incidents.types import Incident

if TYPE_CHECKING:
    from incidents.pipeline import DocumentResult

__all__ = [
    "NEAR_KM",
    "ONLINE_CONFIDENCE",
    "OnlineReport",
    "answer_precision",
    "online_place",
    "place_online",
]

#: Confidence of an incident placed online: below offline matches (lowest on the
#: example and test reports: 0.326).
ONLINE_CONFIDENCE = 0.3
#: An answer for a part of a city must lie this near the city's point.
NEAR_KM = 50.0
#: ... and one for a part of a region this near the region's point.
_REGION_KM = 500.0

_FINENESS = {
    Precision.EXACT: 0,
    Precision.WITHIN_CITY: 1,
    Precision.CITY: 2,
    Precision.REGION: 3,
    Precision.COUNTRY: 4,
}
_KIND = {
    Precision.COUNTRY: Kind.COUNTRY,
    Precision.REGION: Kind.REGION,
    Precision.CITY: Kind.CITY,
    Precision.EXACT: Kind.LANDMARK,
}
# Nominatim's addresstype/type of an answer, and Photon's "type"
_TYPES = {
    "country": Precision.COUNTRY,
    "state": Precision.REGION,
    "region": Precision.REGION,
    "province": Precision.REGION,
    "state_district": Precision.REGION,
    "county": Precision.REGION,
    "city": Precision.CITY,
    "town": Precision.CITY,
    "village": Precision.CITY,
    "hamlet": Precision.CITY,
    "municipality": Precision.CITY,
    "isolated_dwelling": Precision.CITY,
    "suburb": Precision.EXACT,
    "quarter": Precision.EXACT,
    "neighbourhood": Precision.EXACT,
    "city_block": Precision.EXACT,
    "square": Precision.EXACT,
    "district": Precision.EXACT,  # Photon: a part of a city
    "locality": Precision.EXACT,
    "street": Precision.EXACT,
    "house": Precision.EXACT,
}
# Nominatim classes of things with an address inside a town: amenities, buildings...
_EXACT_CLASSES = frozenset(
    {
        "aeroway",
        "amenity",
        "building",
        "highway",
        "historic",
        "leisure",
        "man_made",
        "military",
        "office",
        "railway",
        "shop",
        "tourism",
    }
)


@dataclass(frozen=True, slots=True)
class OnlineReport:
    """What the online post-pass did.

    Parameters
    ----------
    service : str
    asked : int
        Distinct queries made (answered from the cache or the service).
    placed : int
        Incidents given an online point.
    error : str or None
        The service failure that stopped the post-pass (the rest stays offline).
    """

    service: str
    asked: int = 0
    placed: int = 0
    error: str | None = None


def _raw_fields(raw: dict[str, Any]) -> dict[str, Any]:
    """Photon answers are GeoJSON features: their fields are in ``properties``."""
    props = raw.get("properties")
    return props if isinstance(props, dict) else raw


def answer_precision(raw: dict[str, Any]) -> Precision:
    """The precision of an online answer from its type; ``city`` when unknown.

    Examples
    --------
    >>> answer_precision({"class": "boundary", "type": "administrative", "addresstype": "state"})
    <Precision.REGION: 'region'>
    >>> answer_precision({"properties": {"type": "district"}}).value
    'exact'
    >>> answer_precision({}).value
    'city'
    """
    fields = _raw_fields(raw)
    for key in ("addresstype", "type"):
        found = _TYPES.get(str(fields.get(key) or ""))
        if found is not None:
            return found
    if fields.get("class") in _EXACT_CLASSES or fields.get("osm_key") in _EXACT_CLASSES:
        return Precision.EXACT
    rank = fields.get("place_rank")
    if isinstance(rank, int):
        if rank <= 4:
            return Precision.COUNTRY
        if rank <= 12:
            return Precision.REGION
        return Precision.CITY if rank <= 20 else Precision.EXACT
    return Precision.CITY


def online_place(location: Any, *, service: str, query: str) -> tuple[Place, Precision]:
    """A :class:`~geo.types.Place` and its precision from a geopy ``Location``.

    The id says where it came from: ``<service>:<osm type>/<osm id>``, else
    ``<service>:<query>``.
    """
    raw: dict[str, Any] = location.raw if isinstance(location.raw, dict) else {}
    fields = _raw_fields(raw)
    precision = answer_precision(raw)
    osm_type, osm_id = fields.get("osm_type"), fields.get("osm_id")
    ref = f"{osm_type}/{osm_id}" if osm_type and osm_id is not None else query
    address = raw.get("address")
    if not isinstance(address, dict):
        address = {}
    code = str(address.get("country_code") or fields.get("countrycode") or "").upper()
    kind = _KIND.get(precision, Kind.LANDMARK)
    if "aerodrome" in (fields.get("type"), fields.get("osm_value")):
        kind = Kind.AIRPORT
    place = Place(
        id=f"{service}:{ref}",
        name=str(fields.get("name") or query.split(",")[0].strip() or location.address),
        kind=kind,
        lat=float(location.latitude),
        lon=float(location.longitude),
        country_code=code if len(code) == 2 else None,
    )
    return place, precision


def _query(incident: Incident, fallback_country: str | None) -> tuple[str, str | None] | None:
    """What to ask for an incident, and in which country; None when it is placed well."""
    if incident.place is None:
        name = (incident.unresolved or incident.location).strip()
        return (name, fallback_country) if name else None
    if not incident.unresolved or incident.precision is Precision.EXACT:
        return None
    return f"{incident.unresolved}, {incident.place.name}", incident.place.country_code


def _fits(incident: Incident, place: Place, precision: Precision, country: str | None) -> bool:
    """Finer than what the incident has, in the hinted country, near its coarse place."""
    if country and place.country_code and place.country_code != country:
        return False
    if incident.place is None:
        return True
    if _FINENESS[precision] >= _FINENESS[incident.precision]:
        return False
    if incident.precision is Precision.COUNTRY:
        return True
    limit = _REGION_KM if incident.precision is Precision.REGION else NEAR_KM
    return place_km(place, incident.place) <= limit


def _document_country(result: DocumentResult, bias: Sequence[str]) -> str | None:
    """The country most of a document's placed incidents lie in, else the first bias."""
    codes = Counter(
        i.place.country_code for i in result.incidents if i.place and i.place.country_code
    )
    if codes:
        return codes.most_common(1)[0][0]
    return bias[0].upper() if bias else None


def _ask(geocoder: Any, service: str, query: str, country: str | None) -> Any:
    options: dict[str, Any] = {}
    if service == "nominatim":
        options["addressdetails"] = True  # the answer's country code, to check the hint
        if country:
            options["country_codes"] = [country.lower()]
    return geocoder.geocode(query, **options)


def place_online(
    results: Sequence[DocumentResult],
    geocoder: Any,
    *,
    service: str,
    country_bias: Sequence[str] = (),
) -> tuple[list[DocumentResult], OnlineReport]:
    """Give incidents the offline gazetteer could not place well an online point.

    Parameters
    ----------
    results : sequence of DocumentResult
        The documents' results, before merging.
    geocoder : CachedGeocoder
        From :func:`geo.online.online_geocoder` (cache and rate limiter).
    service : str
        Its name ("nominatim", "photon"): ids, notes and query options.
    country_bias : sequence of str
        Country hint for documents that place nothing offline.

    Returns
    -------
    (list of DocumentResult, OnlineReport)
        The results with re-sited incidents (and the names placed online
        taken out of ``unresolved``), and what was done.
    """
    service = service.lower()
    wanted: dict[tuple[int, int], tuple[str, str | None]] = {}
    for n, result in enumerate(results):
        if result.error is not None:
            continue
        country = _document_country(result, country_bias)
        for k, incident in enumerate(result.incidents):
            question = _query(incident, country)
            if question is not None:
                wanted[(n, k)] = question
    answers: dict[tuple[str, str | None], tuple[Place, Precision, str] | None] = {}
    error = None
    for query, country in dict.fromkeys(wanted.values()):
        try:
            found = _ask(geocoder, service, query, country)
        except GeocoderError as exc:  # the service is down: keep the offline result
            error = str(exc)
            break
        if found is not None:
            place, precision = online_place(found, service=service, query=query)
            answers[(query, country)] = (place, precision, str(found.address))
        else:
            answers[(query, country)] = None
    out = list(results)
    placed = 0
    for (n, k), key in wanted.items():
        answer = answers.get(key)
        incident = out[n].incidents[k]
        if answer is None or not _fits(incident, answer[0], answer[1], key[1]):
            continue
        moved = _resite(incident, *answer, service=service)
        result = out[n]
        incidents = (*result.incidents[:k], moved, *result.incidents[k + 1 :])
        unresolved = result.unresolved
        if incident.place is None:
            unresolved = tuple(u for u in unresolved if u != incident.location)
        out[n] = replace(result, incidents=incidents, unresolved=unresolved)
        placed += 1
    report = OnlineReport(service=service, asked=len(answers), placed=placed, error=error)
    return out, report


def _resite(
    incident: Incident, place: Place, precision: Precision, address: str, *, service: str
) -> Incident:
    confidence = ONLINE_CONFIDENCE
    if incident.place is not None:
        confidence = min(incident.confidence, ONLINE_CONFIDENCE)
    note = f"placed by {service} (online): {address}"
    return replace(
        incident,
        place=place,
        precision=precision,
        confidence=confidence,
        unresolved=None,
        notes="; ".join(n for n in (incident.notes, note) if n),
    )
