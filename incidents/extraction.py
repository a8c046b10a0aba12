"""Incidents from reports: who did what, where and when, and who said so.

:func:`extract_incidents` reads one document sentence by sentence: the cue
lexicons type the event (:mod:`incidents.events`), the counts and whom they
refer to come from :mod:`incidents._numbers`, the date from
:mod:`incidents._dates`, the site from :mod:`incidents._locate` and the
quoted agency or official from :mod:`incidents.attribution`. Each sentence
that reports an event gives at most one incident; :func:`merge_incidents`
then joins reports of the same event (same type, place and day) from
several sentences and documents.

Coding rules (ACLED's conservative reading):

* Two fatality figures for different groups in one sentence are added up
  ("26 rioters; 18 security forces" -> 44, both named in ``victims``); the
  same figure reported twice is counted once (merging takes the maximum).
* "über 3.000", "more than 3,000" record 3000 (the lower bound); vague
  words use the smallest number they can mean (dozens 12, hundreds 100,
  several 3). The qualifier is kept in ``notes``.
* Participants are recorded only for protests and riots, troops only for
  battles and deployments.
* The date is the one in the sentence nearest the event cue (a date inside
  a clause about another event is skipped), else the last date of earlier
  sentences, else the report's date with its precision; none -> None.

Examples
--------
>>> import datetime as dt
>>> from geo.types import Kind, Mention, Place, Precision
>>> from incidents.types import Document
>>> almaty = Place("geonames:1526384", "Almaty", Kind.CITY, 43.25249, 76.9115, "KZ")
>>> doc = Document(id="kz", text="Am Freitag wurden in Almaty 100 Menschen festgenommen.",
...                source="dpa", published=dt.date(2022, 1, 10), date_precision=1, lang="de")
>>> mention = Mention("Almaty", 21, 27, Kind.CITY, almaty, 0.9, Precision.CITY)
>>> [incident] = extract_incidents(doc, [mention])
>>> incident.sub_event_type, incident.location, incident.arrests, incident.event_date
('Arrests', 'Almaty', 100, datetime.date(2022, 1, 7))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from geo.distance import place_km
from geo.types import Kind, Mention, Place, Precision
from incidents._dates import DateHit, dateline, find_dates, month_start
from incidents._locate import Locator, Site
from incidents._numbers import Count, find_counts, group_hits
from incidents._sentences import Span, Token, split_sentences, tokenize
from incidents.attribution import attributes, outlet_of, quoted_source
from incidents.events import ACTOR_CUES, Cue, EventType, classify, find_cues
from incidents.types import Document, Incident, IncidentRow, Source

__all__ = ["extract_incidents", "incidents_from_rows", "merge_incidents"]

#: Event types whose casualty figures later sentences may continue.
_CONTEXT = frozenset(
    {"Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians"}
)
_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–"})
_GATHERINGS = frozenset({"Protests", "Riots"})
_MODIFIER_CUES = frozenset({"intervention", "reason"})
_PARTICIPANT_TYPES = frozenset({"Protests", "Riots"})
_TROOP_TYPES = frozenset({"Battles", "Strategic developments"})
_QUALIFIER_NOTE = {"at_least": "at least", "about": "about", "up_to": "up to"}
#: Sub-event types that say more, kept when reports of one event disagree.
_SUB_RANK = {
    "Excessive force against protesters": 3,
    "Protest with intervention": 2,
    "Peaceful protest": 1,
    "Government regains territory": 2,
    "Non-state actor overtakes territory": 2,
}
_MERGE_KM = 1.0


# --------------------------------------------------------------------------- documents


def extract_incidents(
    document: Document,
    mentions: Sequence[Mention],
    *,
    gazetteer: Any = None,
) -> list[Incident]:
    """The incidents one document reports, one per sentence that reports an event.

    Parameters
    ----------
    document : Document
        The report; ``lang`` selects the lexicons (detected when None),
        ``published``/``date_precision`` anchor relative dates.
    mentions : sequence of Mention
        Place mentions in ``document.text`` (offsets into it), e.g. from
        :func:`geo.geoparsing.geoparse`.
    gazetteer : Gazetteer, optional
        For countries, capitals and airports the text implies; loaded on
        first need when omitted.

    Returns
    -------
    list of Incident
        In text order, not merged (see :func:`merge_incidents`). Incidents
        whose place could not be resolved have ``place=None``.
    """
    text = document.text
    lang = document.lang or _language(text)
    locator = Locator(text, mentions, lang, gazetteer=gazetteer)
    outlet = outlet_of(document)
    published, date_precision = document.published, document.date_precision
    dateline_end, dateline_date = dateline(text)
    if published is None and dateline_date is not None:
        published, date_precision = dateline_date.day, 1  # the report's date, from its dateline
    incidents: list[Incident] = []
    last_date: DateHit | None = None
    last_agency: str | None = None
    context: tuple[str, str] | None = None
    gathering: tuple[EventType, Site | None] | None = None
    headlines: list[Incident] = []
    spans = split_sentences(text)
    for span in spans:
        tokens = tokenize(text, span.start, span.end)
        agency = quoted_source([t for t in tokens if t.start >= dateline_end], lang)
        if agency is None and attributes(tokens, lang):
            agency = last_agency  # "it said", "hieß es"
        cues = find_cues(tokens, lang)
        counts = find_counts(text, lang, span.start, span.end)
        groups = group_hits(tokens, lang)
        roles = _roles(groups)
        victim_roles = {
            c.role for c in counts if c.category in {"fatalities", "injured"} and c.role
        }
        event = classify(cues, roles=roles, victim_roles=victim_roles, context=context)
        locator.block([(c.start, c.end) for c in cues if c.last - c.first > 1 and not c.gap])
        dates = find_dates(
            text,
            lang,
            start=max(span.start, dateline_end),
            end=span.end,
            published=published,
            date_precision=date_precision,
        )
        date: DateHit | None = None
        if (
            event is not None
            and _only_actors(cues)
            and not dates
            and not locator.names_place(span.start, span.end)
        ):
            event = None  # "Tokayev described the protesters as terrorists": people, no event
        if event is not None:
            cue_at = event.cue.start if event.cue else None
            site = locator.locate(span.start, span.end, cue_at=cue_at)
            if site is None:
                site = locator.locate_ahead(span.end)  # a headline names its place later
            event = _fold_arrests(event, cues, site, gathering)
            date = _event_date(dates, event, cues, tokens)
            if _historical(date, published):
                event = None  # "Im Dezember 2011 hatten Sicherheitskräfte ...": background
        if event is not None:
            if date is not None:
                last_date = date
            anchored = replace(document, published=published, date_precision=date_precision)
            found = [
                _incident(
                    anchored,
                    span,
                    event,
                    site,
                    date or last_date,
                    counts,
                    _actors(groups),
                    outlet=outlet,
                    agency=agency,
                )
            ]
            for extra, extra_date in _clause_events(tokens, cues, groups, dates, event):
                found.append(
                    _incident(
                        anchored,
                        span,
                        extra,
                        site,
                        extra_date,
                        (),
                        _actors(groups),
                        outlet=outlet,
                        agency=agency,
                    )
                )
            locator.settle(site)
            if _is_headline(text, span, first=not incidents and span is spans[0]):
                headlines.extend(found)
            else:
                incidents.extend(found)
            if event.event_type in _CONTEXT:
                context = (event.event_type, event.sub_event_type)
            if event.event_type in _GATHERINGS:
                gathering = (event, site)
        elif dates and not _historical(dates[0], published):
            last_date = dates[0]
        locator.observe(span.start, span.end)
        last_agency = agency
    # A headline repeats what the body reports: keep it only when the body does not.
    body_types = {i.event_type for i in incidents}
    return [i for i in headlines if i.event_type not in body_types] + incidents


def _only_actors(cues: Sequence[Cue]) -> bool:
    """Whether the only cues name people ("the protesters"), not what they did."""
    classes = {c.cls for c in cues} - _MODIFIER_CUES
    return bool(classes) and classes <= ACTOR_CUES


def _historical(date: DateHit | None, published: dt.date | None) -> bool:
    """A date more than a year before the report: history the report recalls."""
    return date is not None and published is not None and (published - date.day).days > 366


def _fold_arrests(
    event: EventType,
    cues: Sequence[Cue],
    site: Site | None,
    gathering: tuple[EventType, Site | None] | None,
) -> EventType:
    """Arrests at the site of the report's protest or riot are part of it.

    Not when the sentence gives another reason ("wegen Plünderungen") or the
    figure is nationwide: those stay Strategic developments / Arrests.
    """
    if event.sub_event_type != "Arrests" or gathering is None or site is None:
        return event
    if any(c.cls == "reason" for c in cues) or site.how == "nationwide":
        return event
    earlier, where = gathering
    if where is None or where.place is None or site.place is None:
        return event
    if where.place.id != site.place.id:
        return event
    sub = (
        "Protest with intervention" if earlier.event_type == "Protests" else earlier.sub_event_type
    )
    return replace(event, event_type=earlier.event_type, sub_event_type=sub)


def _is_headline(text: str, span: Span, *, first: bool) -> bool:
    """The first sentence, on a line of its own without end punctuation."""
    if not first or text[span.end - 1 : span.end] in {".", "!", "?", "…"}:
        return False
    return span.end == len(text) or text[span.end : span.end + 1] == "\n"


def _clause_events(
    tokens: Sequence[Token],
    cues: Sequence[Cue],
    groups: Sequence[Any],
    dates: Sequence[DateHit],
    primary: EventType,
) -> list[tuple[EventType, DateHit]]:
    """Events of dated side clauses ("den Randalierer am Mittwoch besetzt hatten")."""
    if primary.cue is None or not dates:
        return []
    bounds = _clause_bounds(tokens)
    home = _clause_index(bounds, primary.cue.start)
    found: list[tuple[EventType, DateHit]] = []
    for n, (lo, hi) in enumerate(bounds):
        if n == home:
            continue
        clause_dates = [d for d in dates if lo <= d.start < hi]
        clause_cues = [c for c in cues if lo <= c.start < hi]
        if not clause_dates or not clause_cues:
            continue
        roles = _roles([g for g in groups if lo <= tokens[g.start].start < hi])
        event = classify(clause_cues, roles=roles)
        if event is None or (event.event_type, event.sub_event_type) == (
            primary.event_type,
            primary.sub_event_type,
        ):
            continue
        found.append((event, clause_dates[0]))
    return found


def _clause_bounds(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = tokens[0].start if tokens else 0
    for token in tokens:
        if token.text in _CLAUSE_MARKS:
            bounds.append((start, token.start))
            start = token.end
    bounds.append((start, tokens[-1].end if tokens else start))
    return bounds


def _clause_index(bounds: Sequence[tuple[int, int]], offset: int) -> int:
    for n, (_lo, hi) in enumerate(bounds):
        if offset < hi:
            return n
    return len(bounds) - 1


def _language(text: str) -> str:
    """The text's language among those with lexicons (German for a blank text)."""
    from geo.language import SUPPORTED_LANGUAGES, detect_language

    return detect_language(text, languages=SUPPORTED_LANGUAGES) or "de"


def _roles(groups: Sequence[Any]) -> set[str]:
    from incidents._lexicon import load_data

    table = load_data("events")["groups"]
    return {str(table[g.label]["role"]) for g in groups}


def _actors(groups: Sequence[Any]) -> tuple[str, ...]:
    from incidents._lexicon import load_data

    table = load_data("events")["groups"]
    labels: list[str] = []
    for group in groups:
        spec = table[group.label]
        if spec["role"] != "civilians" and spec["label"] not in labels:
            labels.append(str(spec["label"]))
    return tuple(labels)


def _event_date(
    dates: Sequence[DateHit], event: EventType, cues: Sequence[Any], tokens: Sequence[Token]
) -> DateHit | None:
    """The sentence's date for *event*: skip dates in clauses about another event."""
    if not dates:
        return None
    primary = event.cue
    if primary is None:
        return dates[0]
    primary_clause = _clause_of(tokens, primary.start)
    kept: list[DateHit] = []
    for hit in dates:
        clause = _clause_of(tokens, hit.start)
        others = [
            c
            for c in cues
            if _clause_of(tokens, c.start) == clause and c.weight > 0 and c.cls != primary.cls
        ]
        if clause != primary_clause and others:
            continue
        kept.append(hit)
    if not kept:
        return None
    return min(kept, key=lambda h: abs(h.start - primary.start))


def _clause_of(tokens: Sequence[Token], offset: int) -> int:
    clause = 0
    for token in tokens:
        if token.start >= offset:
            break
        if token.text in {",", ";", ":", "—", "–"}:
            clause += 1
    return clause


def _incident(
    document: Document,
    span: Span,
    event: EventType,
    site: Site | None,
    date: DateHit | None,
    counts: Sequence[Count],
    actors: tuple[str, ...],
    *,
    outlet: str | None,
    agency: str | None,
) -> Incident:
    event_date, time_precision = _resolve_date(document, date)
    fatalities, victims = _people(counts, "fatalities")
    injured, _ = _people(counts, "injured")
    arrests = _largest(counts, "arrests")
    participants = _largest(counts, "participants")
    troops = _largest(counts, "troops")
    if event.event_type not in _PARTICIPANT_TYPES:
        participants = None
    if event.event_type not in _TROOP_TYPES:
        troops = None
    notes = [
        f"{_QUALIFIER_NOTE[c.qualifier]} {c.value} {c.category}"
        for c in counts
        if c.qualifier in _QUALIFIER_NOTE
    ]
    mention = site.mention if site else None
    if site is not None and site.how in {"previous", "anaphora"}:
        notes.append(f"location from context ({site.how})")
    if site is not None and site.place is None:
        notes.append(f"location not in gazetteer: {site.location}")
    source = Source(
        doc_id=document.id,
        quote=document.text[span.start : span.end],
        start=span.start,
        end=span.end,
        outlet=outlet,
        agency=agency,
        url=document.url,
        place_start=site.anchor[0] if site and site.anchor else None,
        place_end=site.anchor[1] if site and site.anchor else None,
        published=document.published,
    )
    place_confidence = site.confidence if site and site.place is not None else 0.0
    return Incident(
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        place=site.place if site else None,
        location=site.location if site else "",
        precision=site.precision if site else Precision.COUNTRY,
        event_date=event_date,
        time_precision=time_precision,
        fatalities=fatalities,
        injured=injured,
        arrests=arrests,
        participants=participants,
        troops=troops,
        victims=victims,
        actors=actors,
        confidence=round(place_confidence * event.weight, 3),
        sources=(source,),
        mention=mention,
        unresolved=(site.unresolved or (site.location if site.place is None else None))
        if site
        else None,
        notes="; ".join(notes),
    )


def _resolve_date(document: Document, hit: DateHit | None) -> tuple[dt.date | None, int | None]:
    if hit is not None:
        return hit.day, hit.precision
    if document.published is None:
        return None, None
    precision = document.date_precision or 1
    if precision >= 3:
        return month_start(document.published), 3
    return document.published, precision


def _people(counts: Sequence[Count], category: str) -> tuple[int | None, str | None]:
    """Total and victims: distinct groups add up, a figure without a group is a total."""
    found = [c for c in counts if c.category == category]
    if not found:
        return None, None
    by_group: dict[str, int] = {}
    for count in found:
        if count.group:
            by_group[count.group] = max(by_group.get(count.group, 0), count.value)
    ungrouped = max((c.value for c in found if not c.group), default=0)
    total = max(sum(by_group.values()), ungrouped)
    victims = "; ".join(f"{n} {group}" for group, n in by_group.items()) or None
    return total, victims


def _largest(counts: Sequence[Count], category: str) -> int | None:
    values = [c.value for c in counts if c.category == category]
    return max(values) if values else None


# --------------------------------------------------------------------------- merging


def merge_incidents(incidents: Iterable[Incident]) -> list[Incident]:
    """Join reports of the same event: same event type, place and day.

    Sub-event types must agree too, except for gatherings: protests and riots
    at one place on one day are one gathering (a peaceful protest later
    dispersed is a protest with intervention; one that turned violent, a riot).
    Places are the same when their ids are equal or their points lie within
    1 km; days are the same when equal, or when one date is of month
    precision and the other falls in that month (week precision: within
    its week). Counts take the maximum reported (a figure repeated by
    several sources is not added up); sources are all kept; confidence is
    the maximum; the finer place and date win.

    Parameters
    ----------
    incidents : iterable of Incident

    Returns
    -------
    list of Incident
        In order of first report.

    Examples
    --------
    >>> import datetime as dt
    >>> from geo.types import Kind, Place, Precision
    >>> almaty = Place("geonames:1526384", "Almaty", Kind.CITY, 43.25249, 76.9115, "KZ")
    >>> a = Incident("Riots", "Violent demonstration", almaty, "Almaty", Precision.CITY,
    ...              dt.date(2022, 1, 5), 1, fatalities=8, confidence=0.5)
    >>> b = Incident("Riots", "Violent demonstration", almaty, "Almaty", Precision.CITY,
    ...              dt.date(2022, 1, 5), 1, fatalities=10, confidence=0.7)
    >>> [(m.fatalities, m.confidence) for m in merge_incidents([a, b])]
    [(10, 0.7)]
    """
    merged: list[Incident] = []
    for incident in incidents:
        for n, kept in enumerate(merged):
            if _same_event(kept, incident):
                merged[n] = _combine(kept, incident)
                break
        else:
            merged.append(incident)
    return merged


def _same_event(a: Incident, b: Incident) -> bool:
    if {a.event_type, b.event_type} <= _GATHERINGS:
        pass  # one gathering, peaceful in one sentence and violent in the next
    elif (a.event_type, a.sub_event_type) != (b.event_type, b.sub_event_type):
        return False
    return _same_place(a, b) and _same_time(a, b)


def _same_place(a: Incident, b: Incident) -> bool:
    if a.place is None or b.place is None:
        return a.place is None and b.place is None and bool(a.location) and a.location == b.location
    if a.place.id == b.place.id:
        return True
    if (a.precision is Precision.COUNTRY) != (b.precision is Precision.COUNTRY):
        return False
    return place_km(a.place, b.place) <= _MERGE_KM


def _period(incident: Incident) -> tuple[dt.date, dt.date] | None:
    day = incident.event_date
    if day is None:
        return None
    if incident.time_precision == 3:
        nxt = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return month_start(day), nxt - dt.timedelta(days=1)
    if incident.time_precision == 2:
        return day, day + dt.timedelta(days=6)
    return day, day


def _same_time(a: Incident, b: Incident) -> bool:
    pa, pb = _period(a), _period(b)
    if pa is None or pb is None:
        return pa is None and pb is None
    if a.time_precision in (None, 1) and b.time_precision in (None, 1):
        return pa == pb
    return pa[0] <= pb[1] and pb[0] <= pa[1]


def _finer(a: Incident, b: Incident) -> Incident:
    rank = {
        Precision.EXACT: 0,
        Precision.WITHIN_CITY: 1,
        Precision.CITY: 2,
        Precision.REGION: 3,
        Precision.COUNTRY: 4,
        Precision.AREA: 5,
    }
    return b if rank[b.precision] < rank[a.precision] else a


def _max(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def _combine(a: Incident, b: Incident) -> Incident:
    where = _finer(a, b)
    when = b if (b.time_precision or 9) < (a.time_precision or 9) else a
    event_type, sub = a.event_type, a.sub_event_type
    if a.event_type != b.event_type:  # a protest that turned into a riot is a riot
        event_type, sub = (
            (a.event_type, sub) if a.event_type == "Riots" else (b.event_type, b.sub_event_type)
        )
    elif _SUB_RANK.get(b.sub_event_type, 0) > _SUB_RANK.get(a.sub_event_type, 0):
        sub = b.sub_event_type
    elif _SUB_RANK.get(b.sub_event_type, 0) == _SUB_RANK.get(a.sub_event_type, 0):
        sub = a.sub_event_type if a.confidence >= b.confidence else b.sub_event_type
    victims = a.victims if (a.fatalities or 0) >= (b.fatalities or 0) else b.victims
    sources = a.sources + tuple(s for s in b.sources if s not in a.sources)
    notes = "; ".join(dict.fromkeys(n for n in (*a.notes.split("; "), *b.notes.split("; ")) if n))
    return replace(
        a,
        event_type=event_type,
        sub_event_type=sub,
        place=where.place,
        location=where.location,
        precision=where.precision,
        mention=where.mention,
        unresolved=where.unresolved,
        event_date=when.event_date,
        time_precision=when.time_precision,
        fatalities=_max(a.fatalities, b.fatalities),
        injured=_max(a.injured, b.injured),
        arrests=_max(a.arrests, b.arrests),
        participants=_max(a.participants, b.participants),
        troops=_max(a.troops, b.troops),
        victims=victims or a.victims or b.victims,
        actors=tuple(dict.fromkeys((*a.actors, *b.actors))),
        confidence=max(a.confidence, b.confidence),
        sources=sources,
        notes=notes,
    )


# --------------------------------------------------------------------------- table rows


def incidents_from_rows(rows: Iterable[IncidentRow], *, geocoder: Any = None) -> list[Incident]:
    """Incidents from table rows that already name their place.

    A row with ``latitude``/``longitude`` is placed there (precision exact,
    as given). Otherwise ``location`` is geocoded offline, restricted to the
    row's ``country`` when given; a row whose place cannot be found keeps
    ``place=None`` and says so in ``unresolved``: it is never guessed.

    Parameters
    ----------
    rows : iterable of IncidentRow
    geocoder : geopy-compatible geocoder, optional
        Default :class:`geo.geocoder.OfflineGeocoder`; its ``raw`` carries
        the place's id, kind and precision.

    Returns
    -------
    list of Incident
        One per row, in order. A row without an event type is typed from
        its description, else recorded as Strategic developments / Other.

    Examples
    --------
    >>> row = IncidentRow(row_id="t.csv#1", location="Somewhere", latitude=43.2,
    ...                   longitude=76.9, event_type="Protests", sub_event_type="Peaceful protest")
    >>> [i] = incidents_from_rows([row])
    >>> i.place.point, i.precision.value
    ((43.2, 76.9), 'exact')
    """
    incidents: list[Incident] = []
    for row in rows:
        if geocoder is None and (row.latitude is None or row.longitude is None or row.country):
            geocoder = _default_geocoder()
        site = _row_site(row, geocoder)
        event_type, sub = _row_type(row)
        quote = row.description or row.location
        source = Source(
            doc_id=row.path or row.row_id.split("#")[0],
            quote=quote,
            start=0,
            end=len(quote),
            outlet=row.source,
            url=row.url,
            published=row.event_date,
        )
        place, precision, location, unresolved, confidence = site or (
            None,
            Precision.CITY,
            row.location,
            row.location,
            0.0,
        )
        incidents.append(
            Incident(
                event_type=event_type,
                sub_event_type=sub,
                place=place,
                location=location,
                precision=precision,
                event_date=row.event_date,
                time_precision=(row.date_precision or 1) if row.event_date else None,
                fatalities=row.fatalities,
                confidence=confidence,
                sources=(source,),
                unresolved=unresolved,
                notes="" if place is not None else f"location not in gazetteer: {row.location}",
            )
        )
    return incidents


def _row_type(row: IncidentRow) -> tuple[str, str]:
    if row.event_type:
        if row.sub_event_type:
            return row.event_type, row.sub_event_type
        from incidents.events import EVENT_TYPES

        subs = EVENT_TYPES.get(row.event_type, ())
        return row.event_type, (subs[0] if len(subs) == 1 else "")
    if row.description:
        from geo.language import detect_language

        lang = detect_language(row.description, languages=("de", "en", "ru")) or "en"
        event = classify(find_cues(tokenize(row.description), lang))
        if event is not None:
            return event.event_type, event.sub_event_type
    return "Strategic developments", "Other"


_PlaceFix = tuple[Place | None, Precision, str, str | None, float]


def _row_site(row: IncidentRow, geocoder: Any) -> _PlaceFix | None:
    if row.latitude is not None and row.longitude is not None:
        code = _country_code(row.country, geocoder) if row.country else None
        place = Place(
            id=f"user:{row.row_id}",
            name=row.location,
            kind=Kind.LANDMARK,
            lat=float(row.latitude),
            lon=float(row.longitude),
            country_code=code,
        )
        return place, Precision.EXACT, row.location, None, 1.0
    geocoder = geocoder or _default_geocoder()
    codes = None
    if row.country:
        code = _country_code(row.country, geocoder)
        codes = [code] if code else None
    location = geocoder.geocode(row.location, country_codes=codes)
    if location is None:
        return None
    raw = location.raw
    place = _place_from_raw(raw, location)
    precision = Precision(raw.get("precision") or place.precision.value)
    unresolved = raw.get("unresolved")
    label = f"{unresolved}, {place.name}" if unresolved else place.name
    return place, precision, label, unresolved, 0.9 if not unresolved else 0.7


def _default_geocoder() -> Any:
    from geo.geocoder import OfflineGeocoder

    return OfflineGeocoder()


def _country_code(country: str, geocoder: Any) -> str | None:
    text = country.strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    geocoder = geocoder or _default_geocoder()
    location = geocoder.geocode(text)
    if location is None:
        return None
    raw = location.raw
    if raw.get("kind") == Kind.COUNTRY.value and raw.get("country_code"):
        return str(raw["country_code"])
    return None


def _place_from_raw(raw: dict[str, Any], location: Any) -> Place:
    return Place(
        id=str(raw.get("id") or f"user:{location.address}"),
        name=str(raw.get("name") or location.address),
        kind=Kind(raw.get("kind") or Kind.CITY.value),
        lat=float(raw.get("lat", location.latitude)),
        lon=float(raw.get("lon", location.longitude)),
        country_code=raw.get("country_code"),
        admin1_code=raw.get("admin1"),
        admin1_name=raw.get("admin1_name"),
        population=int(raw.get("population") or 0),
        capital=bool(raw.get("capital")),
    )
