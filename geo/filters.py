"""Filter a story by country and by source, so the map and the event table show the same subset.

A *country* is a place's ISO 3166-1 alpha-2 code (`Candidate.country_code`); a *source* is where a
document came from: the `source` of each document of a combined or batch story (`Story.parts`),
else the story's own document source (or its title). Empty selections filter nothing.

`filter_story` keeps
- the places in a chosen country and in a document of a chosen source (an unresolved place is in
  no country: it goes when a country is chosen);
- the events whose place is in a chosen country and that a document of a chosen source reports
  (an event without a place goes when a country is chosen);
- the route stops in a chosen country that a kept source reports (the route keeps its actor and
  length; the map draws it when two stops are left) and the meetings in a chosen country that a
  kept source reports.

Routes and meetings carry no document of their own: a stop is reported by the movement events of
its actor at its coordinates, a meeting by the events with its sentence (else at its place). One
that no event supports cannot be placed in a source and is kept.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import lru_cache

from geo.errors import DataMissingError
from geo.models import Event, Meeting, Part, Place, Route, Story

__all__ = [
    "NO_SOURCE",
    "country_names",
    "country_options",
    "filter_story",
    "source_options",
]

NO_SOURCE = "(no source)"


def _part_label(part: Part) -> str:
    return part.source.strip() or NO_SOURCE


def _story_label(story: Story) -> str:
    doc = story.document
    return doc.source.strip() or doc.title.strip() or NO_SOURCE


class _Sources:
    """The source of any offset, document id or event of a story."""

    def __init__(self, story: Story) -> None:
        self.single = "" if story.parts else _story_label(story)
        parts = sorted(story.parts, key=lambda p: p.start)
        self._starts = [p.start for p in parts]
        self._parts = parts
        self._by_id = {p.id: _part_label(p) for p in parts}

    def at(self, offset: int) -> str:
        if self.single:
            return self.single
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return NO_SOURCE
        return _part_label(self._parts[i])  # a document's header line counts as the one before

    def of_event(self, event: Event) -> frozenset[str]:
        if self.single:
            return frozenset((self.single,))
        found = {self._by_id[s.document] for s in event.sources if s.document in self._by_id}
        return frozenset(found) if found else frozenset((self.at(event.start),))


def source_options(story: Story) -> list[str]:
    """The story's sources, most places first (then by name)."""
    sources = _Sources(story)
    counts: Counter[str] = Counter()
    if sources.single:
        counts[sources.single] = 1
    for part in story.parts:
        counts[_part_label(part)] += 0
    for place in story.places:
        if place.chosen is not None:
            counts[sources.at(place.mention.start)] += 1
    return [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def country_options(story: Story) -> list[str]:
    """Country codes of the story's resolved places, route stops and meetings, most places
    first (then by code)."""
    counts: Counter[str] = Counter()
    for place in story.places:
        if place.chosen is not None and place.chosen.country_code:
            counts[place.chosen.country_code.upper()] += 1
    for route in story.routes:
        for stop in route.stops:
            if stop.country_code:
                counts[stop.country_code.upper()] += 0
    for meeting in story.meetings:
        if meeting.country_code:
            counts[meeting.country_code.upper()] += 0
    return [code for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


@lru_cache(maxsize=1)
def country_names() -> Mapping[str, str]:
    """ISO code -> country name, from the local Natural Earth basemap ({} when it is missing)."""
    from geo.maps import countries_geojson

    try:
        features = countries_geojson()["features"]
    except DataMissingError:
        return {}
    names: dict[str, str] = {}
    for feature in features:
        props = feature.get("properties", {})
        code, name = str(props.get("iso_a2") or ""), str(props.get("name") or "")
        if len(code) == 2 and name:
            names.setdefault(code.upper(), name)
    return names


def _key(lat: float, lon: float) -> tuple[float, float]:
    return (round(lat, 4), round(lon, 4))


def filter_story(story: Story, countries: Iterable[str] = (), sources: Iterable[str] = ()) -> Story:
    """The story with only what lies in `countries` and comes from `sources` (see the module).

    Returns the story itself when both are empty; otherwise a new Story with the same document,
    parts and notes (the text and every offset stay valid).
    """
    wanted_countries = frozenset(c.upper() for c in countries if c)
    wanted_sources = frozenset(s for s in sources if s)
    if not wanted_countries and not wanted_sources:
        return story
    where = _Sources(story)

    def country_ok(code: str | None) -> bool:
        return not wanted_countries or (code or "").upper() in wanted_countries

    def sources_ok(found: Iterable[str]) -> bool:
        return not wanted_sources or not wanted_sources.isdisjoint(found)

    def place_ok(place: Place | None) -> bool:
        """In a chosen country (a place not resolved, or none, is in no country)."""
        if not wanted_countries:
            return True
        return (
            place is not None and place.chosen is not None and country_ok(place.chosen.country_code)
        )

    places = [p for p in story.places if place_ok(p) and sources_ok((where.at(p.mention.start),))]
    event_sources = [where.of_event(e) for e in story.events]
    events = [
        e
        for e, found in zip(story.events, event_sources, strict=True)
        if place_ok(e.place) and sources_ok(found)
    ]
    routes = story.routes
    meetings = story.meetings
    if wanted_sources:
        routes, meetings = _by_source(story, event_sources, sources_ok)
    routes = [
        replace(r, stops=tuple(s for s in r.stops if country_ok(s.country_code))) for r in routes
    ]
    return replace(
        story,
        places=places,
        events=events,
        routes=[r for r in routes if r.stops],
        meetings=[m for m in meetings if country_ok(m.country_code)],
    )


def _by_source(
    story: Story,
    event_sources: list[frozenset[str]],
    sources_ok: Callable[[Iterable[str]], bool],
) -> tuple[list[Route], list[Meeting]]:
    """Route stops and meetings that an event of a kept source reports (or that none reports)."""
    by_stop: dict[tuple[str, tuple[float, float]], set[str]] = {}
    by_sentence: dict[str, set[str]] = {}
    by_point: dict[tuple[float, float], set[str]] = {}
    for event, reported in zip(story.events, event_sources, strict=True):
        by_sentence.setdefault(event.sentence.strip(), set()).update(reported)
        chosen = event.place.chosen if event.place else None
        if chosen is None:
            continue
        point = _key(chosen.lat, chosen.lon)
        by_point.setdefault(point, set()).update(reported)
        for actor in event.actors:
            by_stop.setdefault((actor, point), set()).update(reported)
    routes = []
    for route in story.routes:
        stops = []
        for stop in route.stops:
            found = by_stop.get((route.actor, _key(stop.lat, stop.lon)))
            if found is None or sources_ok(found):
                stops.append(stop)
        routes.append(replace(route, stops=tuple(stops)))
    meetings = []
    for meeting in story.meetings:
        found = by_sentence.get(meeting.sentence.strip()) if meeting.sentence.strip() else None
        if found is None:
            found = by_point.get(_key(meeting.lat, meeting.lon))
        if found is None or sources_ok(found):
            meetings.append(meeting)
    return routes, meetings
