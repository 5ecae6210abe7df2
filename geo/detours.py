"""Detours no traveller makes: a route whose reading of an ambiguous name sends it half way
round the world between two neighbouring stops is read again, taking the reading of the same
name that lies on the way ("left Newcastle ... rode up to Tamworth ... Armidale ...
Brisbane": Newcastle and Tamworth in New South Wales, not their English namesakes)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from geopy.distance import great_circle

from geo.models import Candidate, Event, Place, Route, Stop
from geo.names import normalise

# a reading must shorten its route by this much to replace the one the text gave the name:
# a stop between two others, and the first or last stop, whose one leg may well be long
# ("moved from Santa Clara to Dallas")
DETOUR_KM = 1500.0
END_DETOUR_KM = 5000.0
MIN_STOPS = 3  # a route of two stops has no way to be on
# a reading this sure stays: its own words placed it ("Perth in Scotland", "Paris, Texas")
FIRM_CONFIDENCE = 0.9
# a reading this close to the given one is the same place told another way
SAME_PLACE_KM = 50.0
_MOVABLE_KINDS = frozenset({"city", "landmark", "other"})
# a leg by air or sea joins any two places, so its length is no evidence
_FLOWN_RE = re.compile(
    r"\b(?:fl(?:ew|y|ies|ying|own)|flights?|plane|jet|airport|airlift(?:ed)?|"
    r"sail(?:ed|s|ing)?|ship|vessel|ferry|cruise)\b",
    re.IGNORECASE,
)

# the words between a name and the country or division that holds it: "Perth, Scotland",
# "Perth in Scotland"
_CONTAINER_GAP_RE = re.compile(r",\s*|\s+in\s+")

_Point = tuple[float, float]


def reread_detours(
    text: str, places: Sequence[Place], events: Sequence[Event], routes: Sequence[Route]
) -> list[Place] | None:
    """The places with every route's far-flung readings replaced by the readings that keep
    the route on its way; None when no route has a detour to mend."""
    movable = _movable_places(text, places, events)
    named: dict[_Point, set[str]] = {}  # the names the text gives each point it reads
    for place in places:
        if place.chosen:
            point = _point(place.chosen.lat, place.chosen.lon)
            named.setdefault(point, set()).add(normalise(place.mention.text))
    moves: dict[_Point, Candidate] = {}
    for route in routes:
        moves.update(_shortest_readings(route.stops, movable, named))
    if not moves:
        return None
    return [_moved(place, moves) for place in places]


def _point(lat: float, lon: float) -> _Point:
    return round(lat, 3), round(lon, 3)


def _movable_places(
    text: str, places: Sequence[Place], events: Sequence[Event]
) -> dict[_Point, Place]:
    """The places, by the point of their reading, that a route may read again: unsure, not
    corrected by an analyst, not placed in a country or division named right after them
    ("from Perth in Scotland"), a town or site, and never reached by air or sea."""
    flown = {
        _point(e.place.chosen.lat, e.place.chosen.lon)
        for e in events
        if e.place and e.place.chosen and _FLOWN_RE.search(e.sentence)
    }
    movable: dict[_Point, Place] = {}
    for place, following in itertools.zip_longest(places, places[1:]):
        chosen = place.chosen if place else None
        if place is None or chosen is None or chosen.kind not in _MOVABLE_KINDS:
            continue
        point = _point(chosen.lat, chosen.lon)
        held = following is not None and _CONTAINER_GAP_RE.fullmatch(
            text, place.mention.end, following.mention.start
        )
        if place.corrected or place.confidence >= FIRM_CONFIDENCE or held or point in flown:
            movable.pop(point, None)
            flown.add(point)  # one sure or corrected mention holds the name's reading
            continue
        movable.setdefault(point, place)
    return movable


def _shortest_readings(
    stops: Sequence[Stop], movable: dict[_Point, Place], named: dict[_Point, set[str]]
) -> dict[_Point, Candidate]:
    """The readings of the route's movable stops that make it shortest, each move costing
    DETOUR_KM, or END_DETOUR_KM at either end (a dynamic programme over the stops in order);
    only the moved ones."""
    last = len(stops) - 1
    options = [
        _options(stop, movable, named, END_DETOUR_KM if i in (0, last) else DETOUR_KM)
        for i, stop in enumerate(stops)
    ]
    if len(stops) < MIN_STOPS or all(len(o) == 1 for o in options):
        return {}
    # best[k]: (cost, choices) of the cheapest way through this stop's k-th reading
    best = [(cost, [k]) for k, (_, cost, _) in enumerate(options[0])]
    for previous, current in itertools.pairwise(options):
        best = [
            min(
                (total + cost + _km(previous[j][0], point), [*path, k])
                for j, (total, path) in enumerate(best)
            )
            for k, (point, cost, _) in enumerate(current)
        ]
    _, path = min(best)
    return {
        _point(stop.lat, stop.lon): reading
        for stop, k, choices in zip(stops, path, options, strict=True)
        if (reading := choices[k][2]) is not None
    }


def _options(
    stop: Stop, movable: dict[_Point, Place], named: dict[_Point, set[str]], cost: float
) -> list[tuple[_Point, float, Candidate | None]]:
    """A stop's readings with the cost of taking each: its own first, free (no candidate:
    it stays as it is)."""
    own = (stop.lat, stop.lon)
    place = movable.get(_point(stop.lat, stop.lon))
    if place is None:
        return [(own, 0.0, None)]
    others = [((c.lat, c.lon), cost, c) for c in _alternatives(place, named)]
    return [(own, 0.0, None), *others]


def _alternatives(place: Place, named: dict[_Point, set[str]]) -> list[Candidate]:
    """The other readings of a place's name a route may take: towns or sites elsewhere that
    bear the very name written, and that the text does not name in another way ("returned
    to Santiago after a trip to Havana and Santiago de Cuba": not Santiago de Cuba)."""
    chosen = place.chosen
    assert chosen is not None
    here = (chosen.lat, chosen.lon)
    written = normalise(place.mention.text)
    return [
        c
        for c in place.alternatives
        if c.kind in _MOVABLE_KINDS
        and normalise(c.name) == written
        and named.get(_point(c.lat, c.lon), {written}) == {written}
        and _km((c.lat, c.lon), here) > SAME_PLACE_KM
    ]


def _moved(place: Place, moves: dict[_Point, Candidate]) -> Place:
    chosen = place.chosen
    if chosen is None or place.corrected:
        return place
    new = moves.get(_point(chosen.lat, chosen.lon))
    if new is None:
        return place
    others = tuple(c for c in place.alternatives if c is not new)
    return replace(place, chosen=new, alternatives=(new, *others))


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return float(great_circle(a, b).km)
