"""Stories to and from the public JSON object (`docs/parse.schema.json`) and typed pandas frames.

`story_to_json` is what `geo parse` prints and what the store and batch outputs keep;
`story_from_json` rebuilds the Story. The round trip keeps every value the JSON carries (offsets,
confidence, alternatives, corrections). The JSON leaves out, and a rebuilt Story therefore lacks:
the document text and source (unless `include_text=True`), and the gazetteer details
`feature_code` and `match` of every candidate, plus the chosen candidate's `score` and population.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from geo.errors import InputError
from geo.models import (
    Candidate,
    DatePrecision,
    Document,
    Event,
    Kind,
    Meeting,
    Mention,
    Part,
    Place,
    Role,
    Route,
    SectionKind,
    Source,
    Stop,
    Story,
)

if TYPE_CHECKING:  # pandas is imported where a frame is built: `parse --jsonl` never needs it
    import pandas as pd

__all__ = [
    "ATTRIBUTION",
    "EVENT_COLUMNS",
    "PLACE_COLUMNS",
    "events_frame",
    "places_frame",
    "story_from_json",
    "story_to_json",
]

ATTRIBUTION = (
    "Place data: GeoNames (https://www.geonames.org/), CC BY 4.0. "
    "Boundaries: Natural Earth (https://www.naturalearthdata.com/), public domain."
)

KINDS: frozenset[str] = frozenset(
    {"country", "admin", "city", "landmark", "region", "water", "other"}
)
SECTIONS: frozenset[str] = frozenset({"main", "related"})
ROLES: frozenset[str] = frozenset({"origin", "waypoint", "destination"})
PRECISIONS: frozenset[str] = frozenset({"day", "month", "year", "range", "unknown"})

# Column -> (pandas dtype, description). `docs/event-table.md` shows the same tables; a test checks
# that the frames carry exactly these columns and dtypes.
EVENT_COLUMNS: dict[str, tuple[str, str]] = {
    "date": (
        "datetime64[ns]",
        "day of the event at midnight; NaT when unknown (or outside 1678-2261)",
    ),
    "date_text": ("string", "the date as written in the text ('' when none)"),
    "date_precision": ("string", "day | month | year | range | unknown"),
    "place": ("string", "name of the resolved place; <NA> when none or unresolved"),
    "lat": ("float64", "latitude in degrees (WGS84); NaN when no place"),
    "lon": ("float64", "longitude in degrees (WGS84); NaN when no place"),
    "actors": ("string", "actors joined with '; ' ('' when none)"),
    "action": ("string", "the action (usually the verb lemma)"),
    "event_type": ("string", "event category"),
    "sentence": ("string", "the sentence the event was read from"),
    "start": ("int64", "character offset of the sentence start in the document text"),
    "end": ("int64", "character offset just past the sentence end"),
    "section": ("string", "main | related"),
    "confidence": ("float64", "confidence of the event's place resolution, 0..1 (0 when none)"),
    "documents": (
        "string",
        "ids of the documents that report the event, joined with '; ' (the story's own id "
        "for a single-document story)",
    ),
    "n_sources": ("int64", "number of sentences that report the event (1 unless combined)"),
}

PLACE_COLUMNS: dict[str, tuple[str, str]] = {
    "mention": ("string", "the place name as written in the text"),
    "start": ("int64", "character offset of the mention start in the document text"),
    "end": ("int64", "character offset just past the mention end"),
    "name": ("string", "gazetteer name of the chosen place; <NA> when unresolved"),
    "lat": ("float64", "latitude in degrees (WGS84); NaN when unresolved"),
    "lon": ("float64", "longitude in degrees (WGS84); NaN when unresolved"),
    "kind": ("string", "country | admin | city | landmark | region | water | other; <NA> if none"),
    "country_code": ("string", "ISO 3166-1 alpha-2 code ('' when not known); <NA> if unresolved"),
    "admin1": ("string", "first-level division ('' when not known); <NA> when unresolved"),
    "geonames_id": ("Int64", "GeoNames id; <NA> when unresolved or not from GeoNames"),
    "confidence": ("float64", "resolution confidence, 0..1 (0 when unresolved)"),
    "section": ("string", "main | related"),
    "corrected": ("bool", "True when an analyst chose the place by hand"),
    "n_alternatives": ("int64", "number of other candidates kept for the mention"),
}


# --------------------------------------------------------------------------------------------
# Story -> JSON


def _date_str(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _candidate_json(c: Candidate) -> dict[str, Any]:
    return {
        "name": c.name,
        "lat": c.lat,
        "lon": c.lon,
        "kind": c.kind,
        "country_code": c.country_code,
        "admin1": c.admin1,
        "geonames_id": c.geonames_id,
        "population": c.population,
        "score": c.score,
    }


def _place_json(p: Place) -> dict[str, Any]:
    m, c = p.mention, p.chosen
    return {
        "mention": m.text,
        "start": m.start,
        "end": m.end,
        "label": m.label,
        "name": c.name if c else None,
        "lat": c.lat if c else None,
        "lon": c.lon if c else None,
        "kind": c.kind if c else None,
        "country_code": c.country_code if c else None,
        "admin1": c.admin1 if c else None,
        "geonames_id": c.geonames_id if c else None,
        "confidence": p.confidence if c else 0.0,
        "section": m.section,
        "corrected": p.corrected,
        "alternatives": [_candidate_json(a) for a in p.alternatives],
    }


class _PlaceIndex:
    """Where each place sits in the story's list: by identity first, then by equal value
    (a rebuilt Place), each found in constant time."""

    def __init__(self, places: Sequence[Place]) -> None:
        self._by_id = {id(p): i for i, p in enumerate(places)}
        self._by_value: dict[Place, int] = {}
        for i, p in enumerate(places):
            self._by_value.setdefault(p, i)

    def __call__(self, place: Place) -> int | None:
        found = self._by_id.get(id(place))
        return found if found is not None else self._by_value.get(place)


def _event_json(e: Event, index_of: _PlaceIndex) -> dict[str, Any]:
    p = e.place
    c = p.chosen if p else None
    out: dict[str, Any] = {
        "date": _date_str(e.date),
        "date_text": e.date_text,
        "date_precision": e.date_precision,
        "place": c.name if c else None,
        "place_index": index_of(p) if p else None,
        "lat": c.lat if c else None,
        "lon": c.lon if c else None,
        "actors": list(e.actors),
        "action": e.action,
        "event_type": e.event_type,
        "sentence": e.sentence,
        "start": e.start,
        "end": e.end,
        "section": e.section,
        "role": e.role,
        "confidence": p.confidence if (p and c) else 0.0,
    }
    if e.sources:
        out["sources"] = [
            {"document": s.document, "sentence": s.sentence, "start": s.start, "end": s.end}
            for s in e.sources
        ]
    return out


def _part_json(part: Part) -> dict[str, Any]:
    return {
        "id": part.id,
        "title": part.title,
        "published": _date_str(part.published),
        "source": part.source,
        "start": part.start,
        "end": part.end,
    }


def _route_json(r: Route) -> dict[str, Any]:
    return {
        "actor": r.actor,
        "stops": [
            {
                "place": s.place,
                "lat": s.lat,
                "lon": s.lon,
                "date": _date_str(s.date),
                "role": s.role,
                "kind": s.kind,
                "country_code": s.country_code,
            }
            for s in r.stops
        ],
        "length_km": r.length_km,
    }


def _meeting_json(m: Meeting) -> dict[str, Any]:
    return {
        "place": m.place,
        "lat": m.lat,
        "lon": m.lon,
        "date": _date_str(m.date),
        "participants": list(m.participants),
        "sentence": m.sentence,
        "kind": m.kind,
        "country_code": m.country_code,
        "date_precision": m.date_precision,
    }


def story_to_json(
    story: Story, *, include_text: bool = False, attribution: str = ATTRIBUTION
) -> dict[str, Any]:
    """The public JSON object of a story (see `docs/cli-json.md`); only JSON types inside.

    With `include_text` the object also carries the document's `text` and `source`.
    """
    doc = story.document
    index_of = _PlaceIndex(story.places)
    out: dict[str, Any] = {
        "id": doc.id,
        "title": doc.title,
        "published": _date_str(doc.published),
        "places": [_place_json(p) for p in story.places],
        "events": [_event_json(e, index_of) for e in story.events],
        "routes": [_route_json(r) for r in story.routes],
        "meetings": [_meeting_json(m) for m in story.meetings],
        "attribution": attribution,
    }
    if story.parts:
        out["documents"] = [_part_json(part) for part in story.parts]
    if story.notes:
        out["notes"] = list(story.notes)
    if include_text:
        out["text"] = doc.text
        out["source"] = doc.source
    return out


# --------------------------------------------------------------------------------------------
# JSON -> Story


def _str(d: Mapping[str, Any], key: str, default: str | None = None) -> str:
    v = d.get(key, default)
    if not isinstance(v, str):
        raise InputError(f"{key!r} must be a string, got {v!r}")
    return v


def _opt_str(d: Mapping[str, Any], key: str) -> str | None:
    v = d.get(key)
    if v is not None and not isinstance(v, str):
        raise InputError(f"{key!r} must be a string or null, got {v!r}")
    return v


def _int(d: Mapping[str, Any], key: str) -> int:
    v = d.get(key)
    if not isinstance(v, int) or isinstance(v, bool):
        raise InputError(f"{key!r} must be an integer, got {v!r}")
    return v


def _opt_int(d: Mapping[str, Any], key: str) -> int | None:
    if d.get(key) is None:
        return None
    return _int(d, key)


def _float(d: Mapping[str, Any], key: str, default: float | None = None) -> float:
    v = d.get(key, default)
    if not isinstance(v, int | float) or isinstance(v, bool) or not math.isfinite(v):
        raise InputError(f"{key!r} must be a finite number, got {v!r}")
    return float(v)


def _bool(d: Mapping[str, Any], key: str, default: bool = False) -> bool:
    v = d.get(key, default)
    if not isinstance(v, bool):
        raise InputError(f"{key!r} must be true or false, got {v!r}")
    return v


def _choice(d: Mapping[str, Any], key: str, allowed: frozenset[str], default: str) -> str:
    v = d.get(key, default)
    if v not in allowed:
        raise InputError(f"{key!r} must be one of {sorted(allowed)}, got {v!r}")
    return cast(str, v)


def _date(d: Mapping[str, Any], key: str) -> date | None:
    v = d.get(key)
    if v is None:
        return None
    if not isinstance(v, str):
        raise InputError(f"{key!r} must be a YYYY-MM-DD string or null, got {v!r}")
    try:
        return date.fromisoformat(v)
    except ValueError as exc:
        raise InputError(f"{key!r} is not a YYYY-MM-DD date: {v!r}") from exc


def _list(d: Mapping[str, Any], key: str) -> list[Any]:
    v = d.get(key, [])
    if not isinstance(v, list):
        raise InputError(f"{key!r} must be a list, got {type(v).__name__}")
    return v


def _obj(v: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(v, Mapping):
        raise InputError(f"{what} must be an object, got {type(v).__name__}")
    return v


def _str_list(d: Mapping[str, Any], key: str) -> tuple[str, ...]:
    items = _list(d, key)
    if not all(isinstance(x, str) for x in items):
        raise InputError(f"{key!r} must be a list of strings")
    return tuple(items)


def _candidate_from(d: Mapping[str, Any], *, score: float = 0.0) -> Candidate:
    return Candidate(
        name=_str(d, "name"),
        lat=_float(d, "lat"),
        lon=_float(d, "lon"),
        kind=cast(Kind, _choice(d, "kind", KINDS, "other")),
        country_code=_str(d, "country_code", ""),
        admin1=_str(d, "admin1", ""),
        geonames_id=_opt_int(d, "geonames_id"),
        population=_int(d, "population") if "population" in d else 0,
        score=_float(d, "score", score),
    )


def _place_from(d: Mapping[str, Any]) -> Place:
    mention = Mention(
        text=_str(d, "mention"),
        start=_int(d, "start"),
        end=_int(d, "end"),
        label=_str(d, "label", "GPE"),
        section=cast(SectionKind, _choice(d, "section", SECTIONS, "main")),
    )
    chosen = None
    if d.get("name") is not None:
        chosen = Candidate(
            name=_str(d, "name"),
            lat=_float(d, "lat"),
            lon=_float(d, "lon"),
            kind=cast(Kind, _choice(d, "kind", KINDS, "other")),
            country_code=_opt_str(d, "country_code") or "",
            admin1=_opt_str(d, "admin1") or "",
            geonames_id=_opt_int(d, "geonames_id"),
        )
    alternatives = tuple(
        _candidate_from(_obj(a, "an alternative")) for a in _list(d, "alternatives")
    )
    return Place(
        mention=mention,
        chosen=chosen,
        confidence=_float(d, "confidence", 0.0),
        alternatives=alternatives,
        corrected=_bool(d, "corrected"),
    )


def _event_from(d: Mapping[str, Any], places: Sequence[Place]) -> Event:
    start, end = _int(d, "start"), _int(d, "end")
    section = cast(SectionKind, _choice(d, "section", SECTIONS, "main"))
    place: Place | None = None
    index = _opt_int(d, "place_index")
    if index is not None:
        if not 0 <= index < len(places):
            raise InputError(f"'place_index' {index} is outside the {len(places)} places")
        place = places[index]
    elif d.get("place") is not None:
        # An event place that is not one of the story's mentions: rebuild what the JSON carries.
        name = _str(d, "place")
        place = Place(
            mention=Mention(text=name, start=start, end=end, section=section),
            chosen=Candidate(name=name, lat=_float(d, "lat"), lon=_float(d, "lon"), kind="other"),
            confidence=_float(d, "confidence", 0.0),
        )
    return Event(
        date=_date(d, "date"),
        date_text=_str(d, "date_text", ""),
        actors=_str_list(d, "actors"),
        action=_str(d, "action", ""),
        event_type=_str(d, "event_type", ""),
        place=place,
        sentence=_str(d, "sentence", ""),
        start=start,
        end=end,
        section=section,
        date_precision=cast(DatePrecision, _choice(d, "date_precision", PRECISIONS, "unknown")),
        role=_str(d, "role", ""),
        sources=tuple(_source_from(_obj(s, "a source")) for s in _list(d, "sources")),
    )


def _source_from(d: Mapping[str, Any]) -> Source:
    return Source(
        document=_str(d, "document"),
        sentence=_str(d, "sentence", ""),
        start=_int(d, "start"),
        end=_int(d, "end"),
    )


def _part_from(d: Mapping[str, Any]) -> Part:
    start, end = _int(d, "start"), _int(d, "end")
    if not 0 <= start <= end:
        raise InputError(f"a document's span {start}..{end} is not a span of the text")
    return Part(
        id=_str(d, "id"),
        title=_str(d, "title", ""),
        published=_date(d, "published"),
        source=_str(d, "source", ""),
        start=start,
        end=end,
    )


def _route_from(d: Mapping[str, Any]) -> Route:
    stops = []
    for raw in _list(d, "stops"):
        s = _obj(raw, "a stop")
        stops.append(
            Stop(
                place=_str(s, "place"),
                lat=_float(s, "lat"),
                lon=_float(s, "lon"),
                date=_date(s, "date"),
                role=cast(Role, _choice(s, "role", ROLES, "waypoint")),
                kind=cast(Kind, _choice(s, "kind", KINDS, "city")),
                country_code=_str(s, "country_code", ""),
            )
        )
    return Route(actor=_str(d, "actor"), stops=tuple(stops), length_km=_float(d, "length_km", 0.0))


def _meeting_from(d: Mapping[str, Any]) -> Meeting:
    return Meeting(
        place=_str(d, "place"),
        lat=_float(d, "lat"),
        lon=_float(d, "lon"),
        date=_date(d, "date"),
        participants=_str_list(d, "participants"),
        sentence=_str(d, "sentence", ""),
        kind=cast(Kind, _choice(d, "kind", KINDS, "city")),
        country_code=_str(d, "country_code", ""),
        date_precision=cast(DatePrecision, _choice(d, "date_precision", PRECISIONS, "day")),
    )


def story_from_json(d: Mapping[str, Any], *, text: str | None = None) -> Story:
    """Rebuild a Story from `story_to_json` output; raises InputError on malformed input.

    `text` supplies the document text when the object does not carry it (the store keeps it apart).
    """
    d = _obj(d, "a story")
    places = [_place_from(_obj(p, "a place")) for p in _list(d, "places")]
    document = Document(
        id=_str(d, "id", ""),
        text=text if text is not None else _str(d, "text", ""),
        title=_str(d, "title", ""),
        published=_date(d, "published"),
        source=_str(d, "source", ""),
    )
    return Story(
        document=document,
        places=places,
        events=[_event_from(_obj(e, "an event"), places) for e in _list(d, "events")],
        routes=[_route_from(_obj(r, "a route")) for r in _list(d, "routes")],
        meetings=[_meeting_from(_obj(m, "a meeting")) for m in _list(d, "meetings")],
        parts=[_part_from(_obj(p, "a document")) for p in _list(d, "documents")],
        notes=list(_str_list(d, "notes")),
    )


# --------------------------------------------------------------------------------------------
# Frames


_NS_MIN = date(1677, 9, 21)  # pd.Timestamp.min.date()
_NS_MAX = date(2262, 4, 11)  # pd.Timestamp.max.date()


def _in_ns_range(d: date | None) -> bool:
    """datetime64[ns] spans 1677-09-22 .. 2262-04-11; other days become NaT in the frames."""
    return d is not None and _NS_MIN < d < _NS_MAX


def _frame(columns: Mapping[str, tuple[str, str]], data: Mapping[str, list[Any]]) -> pd.DataFrame:
    import pandas as pd

    series = {}
    for name, (dtype, _) in columns.items():
        values = data[name]
        if dtype == "datetime64[ns]":
            stamps = [pd.Timestamp(v) if _in_ns_range(v) else pd.NaT for v in values]
            series[name] = pd.Series(stamps, dtype="datetime64[ns]").dt.normalize()
        else:
            series[name] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(series, columns=list(columns))


def events_frame(story: Story) -> pd.DataFrame:
    """One row per event, with the columns and dtypes of `EVENT_COLUMNS`."""
    data: dict[str, list[Any]] = {name: [] for name in EVENT_COLUMNS}
    for e in story.events:
        c = e.place.chosen if e.place else None
        row = {
            "date": e.date,
            "date_text": e.date_text,
            "date_precision": e.date_precision,
            "place": c.name if c else None,
            "lat": c.lat if c else math.nan,
            "lon": c.lon if c else math.nan,
            "actors": "; ".join(e.actors),
            "action": e.action,
            "event_type": e.event_type,
            "sentence": e.sentence,
            "start": e.start,
            "end": e.end,
            "section": e.section,
            "confidence": e.place.confidence if (e.place and c) else 0.0,
            "documents": "; ".join(dict.fromkeys(s.document for s in e.sources))
            if e.sources
            else story.document.id,
            "n_sources": len(e.sources) or 1,
        }
        for name, value in row.items():
            data[name].append(value)
    return _frame(EVENT_COLUMNS, data)


def places_frame(story: Story) -> pd.DataFrame:
    """One row per place mention, with the columns and dtypes of `PLACE_COLUMNS`."""
    data: dict[str, list[Any]] = {name: [] for name in PLACE_COLUMNS}
    for p in story.places:
        m, c = p.mention, p.chosen
        row = {
            "mention": m.text,
            "start": m.start,
            "end": m.end,
            "name": c.name if c else None,
            "lat": c.lat if c else math.nan,
            "lon": c.lon if c else math.nan,
            "kind": c.kind if c else None,
            "country_code": c.country_code if c else None,
            "admin1": c.admin1 if c else None,
            "geonames_id": c.geonames_id if c else None,
            "confidence": p.confidence if c else 0.0,
            "section": m.section,
            "corrected": p.corrected,
            "n_alternatives": len(p.alternatives),
        }
        for name, value in row.items():
            data[name].append(value)
    return _frame(PLACE_COLUMNS, data)
