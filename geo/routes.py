"""Assemble routes (who went where, in order) and meetings (where and when parties met)."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache, partial

from geopy.distance import geodesic

from geo.continents import continent_code, continent_of
from geo.dates import span_at_end
from geo.events import (
    ANIMAL_NOUNS,
    BUILT_WAYS,
    BYSTANDER_NOUNS,
    CARGO_EXCLUDED,
    CARRIERS,
    FORCE_PLURALS,
    NAME_TITLES,
    NATIONALITY_RE,
    OFFICE_NOUNS,
    PRONOUN_ACTOR,
    RELATIVE_NOUNS,
    RELATIVE_PAST_PERFECT,
    STORM_WORDS,
    TITLE_WORDS,
    WAITING_WORDS,
    YEAR_SPANS,
)
from geo.models import (
    DATELINE_LABEL,
    Candidate,
    DatePrecision,
    Event,
    Meeting,
    Place,
    Route,
    Stop,
)
from geo.names import normalise
from geo.recognize import NAME_PARTICLES
from geo.vocab import NAMED_VESSEL_KINDS, VESSEL_NOUNS, any_word_of

ROLE_ORDER = {"origin": 0, "waypoint": 1, "destination": 2}
MOVEMENT_ROLES = frozenset(ROLE_ORDER)
SPECIFICITY = {"landmark": 5, "city": 4, "other": 3, "admin": 2, "region": 1, "water": 1}
TRIP_WINDOW = timedelta(days=45)
TWIN_KM = 10.0  # towns told one after the other this close are one stop
ROUND_TRIP_WINDOW = timedelta(days=366)  # a deployment or tour that ends back home
JOURNEY_WINDOW = timedelta(days=6 * 366)  # a journey told from its end, begun years before
MEETING_WINDOW = timedelta(days=7)
BROAD_KINDS = frozenset({"country", "admin", "region", "water"})
PRESENCE_ACTIONS = frozenset({"be", "is", "was", "were", "are", "been", "stay", "remain", "attend"})
SAME_PLACE_KM = 50.0  # a venue this close to a stop is that stop (the Kremlin in Moscow)
OTHER_VENUE_KM = 100.0  # meetings this far apart are different occasions
NEIGHBOUR_KM = 20.0  # venues this far apart are in two towns (not the Kremlin and Moscow)
ARRIVAL_ROLES = frozenset({"destination", "waypoint"})
PASSAGES = frozenset({"STRT", "CNL", "CHN", "CHNM", "CHNN"})  # straits, canals, channels
# oceans, mountain ranges and deserts: their point is too far from most of them to say
# whether a stop lies near ("drove up into the Andes" from Lima, 2,300 km from the point)
VAST_FEATURES = frozenset({"OCN", "MTS", "DSRT"})
# how far from a division's point a place without division codes (a curated airbase) may lie
# and still count as inside it ("landed at Joint Base San Antonio-Lackland in Texas")
DIVISION_REACH_KM = 400.0
COUNTY_REACH_KM = 40.0


def build_routes(
    events: Sequence[Event], published: date | None, meetings: Sequence[Meeting] = ()
) -> list[Route]:
    """One route per moving actor for the trip around the publication date (two stops or more)."""
    by_actor: dict[str, list[tuple[int, Event]]] = {}
    for position, event in enumerate(events):
        if _is_movement(event):
            by_actor.setdefault(event.actors[0], []).append((position, event))
    for position, event in enumerate(events):
        if _appearance(event) and event.actors[0] in by_actor:
            by_actor[event.actors[0]].append((position, replace(event, role="waypoint")))
            by_actor[event.actors[0]].sort(key=lambda move: move[0])
    for actor, moves in by_actor.items():
        if (end := _arrival_at_the_dateline(events, moves, actor)) is not None:
            moves.append(end)  # "CZESTOCHOWA, Poland (AP) - ... On Thursday ... she arrived
            moves.sort(key=lambda move: move[0])  # for the 40th time"
        if (start := _where_it_began(events, moves, actor)) is not None:
            moves.append(start)  # "Police came to the family's room on the edge of Karachi on
            moves.sort(key=lambda move: move[0])  # April 9 ... put on a bus on April 13"
    days: dict[int, list[date]] = {}  # sentence start -> the days its events name
    placed: dict[tuple[int, tuple[str, float, float]], date] = {}  # (sentence, place) -> day
    # of something else than a move (talks held there)
    for event in events:
        if event.section == "main" and (day := _day(event)) is not None:
            days.setdefault(event.start, []).append(day)
            if event.event_type != "travel" and event.place and event.place.chosen:
                placed.setdefault((event.start, _key(event)), day)  # talks held there that day
    news = _lede_day(days, events)  # the day of an undated arrival told in the headline
    sizes = _populations(events)
    routes = []
    for actor, moves in by_actor.items():
        anchor = published or _latest_date([e for _, e in moves])
        current = _with_capture(moves, _current_trip(moves, anchor))
        current = _goals_undated(_without_unreached_goals(current))
        current = _without_headline_echoes(current)
        met = [m for m in meetings if actor in m.participants and m.date_precision == "day"]
        stops = _stops(current, days, met, placed, _placeless_days(events), news, _drifts(actor))
        coming = {_key(e) for _, e in current if _told_as_future(e)}
        after = _told_after_meetings(current, meetings, events)
        stops = _with_meeting_destination(stops, actor, meetings, anchor, coming, sizes, after)
        if not any(_HOME_FROM_RE.search(_text_before_place(e)) for _, e in current):
            stops = _to_the_meeting(stops, meetings, sizes)  # not who "went home from Uzice"
        crossed = {_key(e) for _, e in current if _CROSSING_RE.match(e.action) or _over(e)}
        crossed = crossed if _drifts(actor) else set()  # a ship's or a rally's sea is no stop
        homes = {_key(e) for _, e in current if _HOME_TO_RE.search(_text_before_place(e))}
        chosen = {_key(e): _chosen(e) for _, e in current}
        stops = _drop_containers(stops, chosen, crossed, homes)
        stops = _without_locators(
            _without_near_twins(stops, chosen, _told_inside(current)), current
        )
        stops = _without_told_containers(stops, current, events)
        stops = _country_at_the_dateline(stops, events, anchor)
        stops = _as_written(stops, current)
        if len(stops) >= 2:
            routes.append(Route(actor, tuple(stops), _length_km(stops)))
    return sorted(routes, key=lambda r: len(r.stops), reverse=True)


def _as_written(stops: list[Stop], moves: list[tuple[int, Event]]) -> list[Stop]:
    """Each stop under the name the article gives it when that is another name of the place
    than the gazetteer's own ("Esna" for Isnā, "Aktau" for Shevchenko)."""
    written = _written_names([event for _, event in moves])
    return [replace(s, place=written.get(_place_key_of(s), s.place)) for s in stops]


def _written_names(events: Sequence[Event]) -> dict[tuple[str, float, float], str]:
    """The name the article gives each place of the events, by the place's key, where that is
    another name than the gazetteer's own; a place also told by its own name keeps it."""
    written: dict[tuple[str, float, float], str] = {}
    own: set[tuple[str, float, float]] = set()
    for event in events:
        if name := _written_name(event):
            written[_key(event)] = name
        elif event.place and event.place.chosen and not event.place.mention.text.isupper():
            own.add(_key(event))  # (a dateline in capitals spells it no way)
    return {key: name for key, name in written.items() if key not in own}


def _written_name(event: Event) -> str:
    if event.place is None or event.place.chosen is None:
        return ""
    text, chosen = event.place.mention.text, event.place.chosen
    if text.isupper() or "." in text or not text[:1].isupper():
        return ""
    if text != chosen.name and normalise(text) == normalise(chosen.name):
        return text  # "Thane" as written, not the gazetteer's "Thāne"
    if chosen.match != "alternate" or chosen.kind not in {"city", "admin"}:
        return ""
    return text


_HOME_TO_RE = re.compile(r"\bhome\s+to\s+$")
_HOME_FROM_RE = re.compile(r"\bhome\s+from\s+(?:the\s+)?$")


def _text_before_place(event: Event) -> str:
    if event.place is None:
        return ""
    return event.sentence[: event.place.mention.start - event.start]


@lru_cache(maxsize=8192)
def _rx(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern built around a word of the story (a verb, a name), compiled once: the rules
    build more patterns than the `re` module's own cache keeps, which then compiles them anew
    on every call."""
    return re.compile(source, flags)


def _country_at_the_dateline(
    stops: list[Stop], events: Sequence[Event], anchor: date | None
) -> list[Stop]:
    """A country reached on the day a story is filed from one of its cities is that city
    ("BUENOS AIRES, July 5 - ... the first bilateral visit by an Indian prime minister to
    Argentina": the stop is Buenos Aires), when no finer stop in that country is told."""
    city = _dateline_city(events)
    if city is None or anchor is None:
        return stops
    inside = [s for s in stops if s.country_code == city.country_code]
    if len(inside) != 1 or inside[0].kind != "country" or inside[0].date != anchor:
        return stops
    return [_stop(city, s.role, s.date) if s is inside[0] else s for s in stops]


def _dateline_city(events: Sequence[Event]) -> Candidate | None:
    """The city a wire story is filed from: a place in capitals opening a sentence of the main
    text ("BUENOS AIRES, July 5 (Reuters) -")."""
    for event in events:
        place = event.place
        if event.section != "main" or place is None or place.chosen is None:
            continue
        if place.mention.start == event.start and place.mention.text.isupper():
            return place.chosen if place.chosen.kind == "city" else None
    return None


def _current_trip(moves: list[tuple[int, Event]], anchor: date | None) -> list[tuple[int, Event]]:
    """The movements of the trip around the anchor date: those within TRIP_WINDOW of it, or,
    when that trip ends back at a place left before the window ("returned to Portsmouth on
    Friday ... had left Portsmouth on March 3"), every movement since that departure."""
    current = [(p, e) for p, e in moves if _in_window(_nearest_day(e, anchor), anchor, TRIP_WINDOW)]
    if anchor is None:
        return current
    current = _without_history_told_beside(current, moves, anchor)
    current = _tied_to_trip(moves, _chained_back(moves, current, anchor), anchor)
    ends = [e for _, e in current if e.role == "destination"]
    starts = [
        e.date
        for _, e in moves
        if e.role == "origin"
        and e.date is not None
        and e.date_precision in {"day", "month"}
        and anchor - ROUND_TRIP_WINDOW <= e.date < anchor - TRIP_WINDOW
        and any(_comes_back_to(end, e) for end in ends)
    ]
    if not starts:
        return current
    start = max(starts)
    return [(p, e) for p, e in moves if e.date is None or start <= e.date <= anchor + TRIP_WINDOW]


def _without_history_told_beside(
    current: list[tuple[int, Event]], moves: list[tuple[int, Event]], anchor: date
) -> list[tuple[int, Event]]:
    """An undated move told in the sentence of a move a year or more before the trip is
    history too ("The first labourers reached Suriname in June 1873 aboard the Lalla Rookh,
    which had sailed from Calcutta")."""
    past = {
        (e.section, e.start)
        for _, e in moves
        if e.date is not None and anchor - e.date > ROUND_TRIP_WINDOW
    }
    return [(p, e) for p, e in current if e.date is not None or (e.section, e.start) not in past]


def _chained_back(
    moves: list[tuple[int, Event]], current: list[tuple[int, Event]], anchor: date
) -> list[tuple[int, Event]]:
    """The trip told as one journey reaches back past the window: a move dated to the day
    within TRIP_WINDOW of the trip's earliest dated move is part of it ("set out from La Gomera
    on Dec. 12", ten days before a stop the window holds), up to ROUND_TRIP_WINDOW back."""
    inside = {p for p, _ in current}
    days = [d for _, e in current if (d := _day(e)) is not None]
    if not days:
        return current
    earliest = min(days)
    for position, event in sorted(moves, key=_day_then_position, reverse=True):
        day = _day(event)
        if position in inside or day is None or day >= earliest:
            continue
        if earliest - day <= TRIP_WINDOW and anchor - day <= ROUND_TRIP_WINDOW:
            inside.add(position)
            earliest = day
    return [m for m in moves if m[0] in inside]


def _day_then_position(move: tuple[int, Event]) -> tuple[date, int]:
    return (_day(move[1]) or date.min, move[0])


def _comes_back_to(end: Event, start: Event) -> bool:
    """The arrival is at the place left, later than the departure or undated: the trip ends
    where it began (not "reached Cape Town in October, and from Cape Town it had sailed on",
    a stop reached and left in the same month)."""
    here, there = _chosen(end), _chosen(start)
    if _km(here.lat, here.lon, there.lat, there.lon) >= SAME_PLACE_KM:
        return False
    return end.date is None or start.date is None or end.date > start.date


def _with_capture(
    moves: list[tuple[int, Event]], current: list[tuple[int, Event]]
) -> list[tuple[int, Event]]:
    """A captive's way home starts where they were taken, however long ago: the last capture
    told before the trip ("was kidnapped in Gao in April 2021", then "freed on Monday and
    handed over to the authorities in Niamey"), when no other dated move comes in between."""
    inside = {p for p, _ in current}
    days = [d for _, e in current if (d := _day(e)) is not None]
    if not days:
        return current
    first = min(days)
    taken = [
        (p, e)
        for p, e in moves
        if p not in inside and _CAPTURE_RE.match(e.action) and e.date and e.date < first
    ]
    if not taken:
        return current
    when = max(e.date for _, e in taken if e.date)
    between = any(p not in inside and e.date and when < e.date < first for p, e in moves)
    if between:
        return current
    added = {p for p, e in taken if e.date == when}
    return [m for m in moves if m[0] in inside or m[0] in added]


_CAPTURE_RE = re.compile(r"(?:kidnap|abduct|seiz|arrest|detain|captur)", re.IGNORECASE)


def _tied_to_trip(
    moves: list[tuple[int, Event]], current: list[tuple[int, Event]], anchor: date
) -> list[tuple[int, Event]]:
    """The trip's moves and those outside the window that its telling ties to it (up to
    ROUND_TRIP_WINDOW away): told in the same sentence as one of its moves ("to Las Vegas on
    May 11, before ending in Santa Clara in July"), or continued by an undated move of the
    trip told right after them ("crossed into Turkey in July ... From there they travelled
    through Serbia")."""
    inside = {p for p, _ in current}
    ordered = sorted(moves, key=lambda move: move[0])
    grown = True
    while grown:
        grown = False
        sentences = {e.start for p, e in ordered if p in inside}
        pairs = zip(ordered, [*ordered[1:], None], [None, *ordered[:-1]], strict=True)
        for index, ((position, event), after, before) in enumerate(pairs):
            if position in inside:
                continue
            if not _in_window(event.date, anchor, ROUND_TRIP_WINDOW):
                start = _journey_start(ordered, index, inside, anchor)
                grown = grown or bool(start)
                inside |= start
                continue
            continued = after is not None and after[0] in inside and _continues(after[1])
            continued = continued or _leads_into(event, _next_other_move(ordered, index), inside)
            told_on = _next_leg(event, before, inside) or _back_story(event, before, inside, anchor)
            if event.start in sentences or continued or told_on:
                inside.add(position)
                grown = True
    return [m for m in moves if m[0] in inside]


def _leads_into(event: Event, after: tuple[int, Event] | None, inside: set[int]) -> bool:
    """A dated move told right before a move of the trip dated later, so told in order: a
    departure ("set out from San Sebastián de La Gomera on Dec. 12 ... Ten days later ... she
    rowed south to Mindelo") or a step of the back story ("In June Dolan had flown to Dubai.
    In August he had moved to Istanbul")."""
    if after is None or after[0] not in inside:
        return False
    if event.role != "origin" and not _is_flashback(event):
        return False
    return event.date is not None and after[1].date is not None and event.date < after[1].date


def _next_other_move(ordered: list[tuple[int, Event]], index: int) -> tuple[int, Event] | None:
    """The move told next after the one at `index` by another verb (not a place of its own
    clause: "had left Bangkok for Dubai")."""
    event = ordered[index][1]
    for move in ordered[index + 1 :]:
        if move[1].start != event.start or move[1].action != event.action:
            return move
    return None


def _journey_start(
    ordered: list[tuple[int, Event]], index: int, inside: set[int], anchor: date
) -> set[int]:
    """The places of a departure told in the past perfect, up to years back, that the move
    told next goes on from, undated or dated later: where a long journey told from its end
    began ("had sailed from Porbandar on a trawler in October 2020 ... The crew had been taken
    to Karachi", "had slipped out of Bangkok on a flight to Hong Kong in September last year.
    From Hong Kong he had flown on to Dubai")."""
    event = ordered[index][1]
    if not _sets_out_long_ago(event, anchor):
        return set()
    after = _next_other_move(ordered, index)
    continued = after is not None and after[0] in inside and _continues(after[1])
    if not (continued or _leads_into(event, after, inside)):
        return set()
    return {p for p, e in ordered if e.start == event.start and e.action == event.action}


def _sets_out_long_ago(event: Event, anchor: date) -> bool:
    """A departure told in the past perfect, dated before the anchor within JOURNEY_WINDOW."""
    if event.role != "origin" or event.date is None or not _is_flashback(event):
        return False
    return timedelta(0) < anchor - event.date <= JOURNEY_WINDOW


def _without_headline_echoes(moves: list[tuple[int, Event]]) -> list[tuple[int, Event]]:
    """A headline's undated place that the story tells again as a nearby place of another name
    ("returns to Delhi" over "landing in New Delhi", "land in Buenos Aires" over "landed at
    Ezeiza airport outside Buenos Aires") or the start of a longer name the story tells
    ("reaches Santiago" over "reached Santiago de Compostela") is that stop, not one of its
    own; a broad one is a summary (`_broad_summary`)."""
    body = [_chosen(e) for _, e in moves if not _in_headline(e)]
    written = [e.place.mention.text for _, e in moves if e.place and not _in_headline(e)]
    return [
        (p, e)
        for p, e in moves
        if not (_in_headline(e) and _day(e) is None)
        or not (
            _broad_summary(e)
            or any(w.startswith(f"{e.place.mention.text} ") for w in written if e.place)
            or any(
                c.name != _chosen(e).name
                and _km(c.lat, c.lon, _chosen(e).lat, _chosen(e).lon) < SAME_PLACE_KM
                for c in body
            )
        )
    ]


def _broad_summary(event: Event) -> bool:
    """A headline's undated sea, coast or region reached ("Skier reaches the Arctic coast"):
    a summary of the trip, not a stop of its own."""
    chosen = event.place.chosen if event.place else None
    return chosen is not None and chosen.kind in {"region", "water"}


def _lede_start(events: Sequence[Event]) -> int | None:
    """Where the lede starts: the first sentence of the main text after the headline."""
    return min((e.start for e in events if e.section == "main" and e.start > 0), default=None)


def _lede_day(days: Mapping[int, list[date]], events: Sequence[Event]) -> date | None:
    """The latest day the lede (the first sentence of the main text after the headline) names:
    the day of the story's news."""
    lede = _lede_start(events)
    return max(days.get(lede, []), default=None) if lede is not None else None


def _headline_news(event: Event) -> bool:
    """An undated arrival told in the headline, not as a goal or still to come: the news of the
    day the story is filed ("Wang Yi ends Africa tour in Nigeria")."""
    if not _in_headline(event) or _day(event) is not None or event.role == "origin":
        return False
    if _FOR_RE.search(_text_before_place(event)):
        return False  # "sets off for Antarctica": where it is going
    return not _is_goal(event) and not _told_as_future(event)


_FOR_RE = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)


def _in_headline(event: Event) -> bool:
    """Told in a headline: the article's first line, with no full stop at its end."""
    return event.start == 0 and not event.sentence.rstrip().endswith((".", "!", "?", '"', "”"))


def _next_leg(event: Event, before: tuple[int, Event] | None, inside: set[int]) -> bool:
    """A move still to come told right after a move of the trip ("They will fly to Mexico
    City for concerts in September")."""
    return before is not None and before[0] in inside and _told_as_future(event)


def _back_story(
    event: Event, before: tuple[int, Event] | None, inside: set[int], anchor: date
) -> bool:
    """A move dated to the day, week or month before the trip, told right after a move of it
    ("docked in Yokosuka on Friday ... The ship left Taranto in June")."""
    if before is None or before[0] not in inside or event.date is None:
        return False
    return event.date_precision in {"day", "month", "range"} and event.date < anchor


def _nearest_day(event: Event, anchor: date | None) -> date | None:
    """The event's day, or the day of its month or week nearest the anchor."""
    period = _period(event)
    if period is None or anchor is None:
        return event.date
    return min(max(anchor, period[0]), period[1])


def _continues(event: Event) -> bool:
    """An undated move told as what happened next, not as what is to come."""
    return event.date is None and not _told_as_future(event)


def _without_unreached_goals(moves: list[tuple[int, Event]]) -> list[tuple[int, Event]]:
    """A place the traveller was only bound for ("bound for Calais", "had been heading for
    Italy") is no stop when the trip was towed, diverted or escorted somewhere else, or
    hijacked ("was bound for Rotterdam when two men ... drove off")."""
    moves = [(p, e) for p, e in moves if not (_is_goal(e) and _given_up(e))]
    rerouted = {_key(e) for _, e in moves if _REROUTED_RE.match(e.action.casefold())}
    if not rerouted:
        return moves
    return [
        (p, e)
        for p, e in moves
        if (not _is_goal(e) or _key(e) in rerouted) and not _planned_before_rerouting(e)
    ]


def _given_up(event: Event) -> bool:
    """A goal told against what was done instead ("The grain was bound for export elevators
    near Baton Rouge, but the owners now plan to ... take it on to Memphis"): never reached."""
    assert event.place is not None
    return bool(_BUT_RE.match(event.sentence, event.place.mention.end - event.start))


_BUT_RE = re.compile(r"[^.;]{0,40}?,\s*but\b")


def _planned_before_rerouting(event: Event) -> bool:
    """'A ship carrying 600 passengers from Portsmouth to Caen was diverted to Cherbourg': the
    destination told before the verb that reroutes the trip was only planned."""
    if event.place is None or event.role != "destination":
        return False
    if not _REROUTED_RE.match(event.action.casefold()):
        return False
    return event.place.mention.end - event.start < event.sentence.find(event.action)


def _goals_undated(moves: list[tuple[int, Event]]) -> list[tuple[int, Event]]:
    """A goal's date is its departure's ("left Harwich on Friday on its way to Antarctica")."""
    return [
        (p, replace(e, date=None, date_text="", date_precision="unknown") if _is_goal(e) else e)
        for p, e in moves
    ]


_REROUTED_RE = re.compile(r"(?:tow|divert|escort|rescu|intercept|hijack)")
_GOAL_RE = re.compile(
    r"\b(?:bound\s+for|head(?:ing|ed)\s+(?:for|toward|towards)|heading\s+to|en\s+route\s+to|"
    r"on\s+(?:its|their|his|her)\s+way\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:(?:(?-i:[A-Z][\w'’-]*)\s*){0,3}(?:(?:,|\s+in)\s+)?|"  # the goal's container:
    r"(?:near|outside|in|at)\s+(?:the\s+)?)$",  # "bound for Port Said in Egypt", "bound for
    re.IGNORECASE,  # export elevators near"
)


def _is_goal(event: Event) -> bool:
    """The place is where the traveller was going, not where it went ('bound for X')."""
    if event.place is None or event.role not in ARRIVAL_ROLES:
        return False
    at = event.place.mention.start - event.start
    return bool(_GOAL_RE.search(event.sentence[max(0, at - 60) : at]))


def _chosen(event: Event) -> Candidate:
    assert event.place is not None and event.place.chosen is not None
    return event.place.chosen


def _key(event: Event) -> tuple[str, float, float]:
    chosen = _chosen(event)
    return _place_key(chosen.name, chosen.lat, chosen.lon)


def _place_key(name: str, lat: float, lon: float) -> tuple[str, float, float]:
    """A stop's identity: its name and its point to about 100 m."""
    return (name, round(lat, 3), round(lon, 3))


REMAINS_NOUNS = frozenset("body coffin casket remains ashes".split())
TAKING_ACTIONS = frozenset("take takes taking took taken board boards boarding boarded".split())
RIDDEN_NOUNS = frozenset(
    "flight flights plane jet helicopter train bus coach ferry boat taxi car shuttle".split()
)


def _without_the_vehicle_taken(event: Event) -> Event:
    """A vehicle the traveller takes or boards is no mover ("before taking a U.N. flight east
    to Goma"): the traveller named with it, or else the one told before, moves."""
    if event.action.casefold() not in TAKING_ACTIONS or not event.actors:
        return event
    words = event.actors[0].casefold().split()
    if not set(words[-2:]) & RIDDEN_NOUNS:  # "a U.N. flight east", "the night train"
        return event
    rest = event.actors[1:]
    return replace(event, actors=rest if rest else (PRONOUN_ACTOR,))


def _without_the_vehicle_driven(event: Event) -> Event:
    """A vehicle the sentence tells as driven, ridden or flown by its owner ("A retired
    engineer drove his 1972 Land Rover into Cape Town", the model taking "Land Rover" for a
    person, "drove her old Fiat into Gdańsk", "drove his wooden ox cart into Trindade") is no
    mover: the one driving it moves."""
    if not event.actors or not event.actors[0]:
        return event
    vehicle = re.escape(event.actors[0])
    driven = _rx(_DRIVEN_BEFORE + vehicle + r"\b").search(event.sentence)
    if not driven and event.actors[0].split()[-1][:1].isupper():  # a make travelled in
        driven = _rx(_TRAVELLED_IN_BEFORE + vehicle + r"\b").search(event.sentence)
    if not driven:
        return event  # (not "danced in a hall packed with families": people in a place)
    rest = event.actors[1:]
    return replace(event, actors=rest if rest else (PRONOUN_ACTOR,))


# a verb of driving a vehicle and its owner ("drove his 1972 ", "piloted her ")
_DRIVEN_BEFORE = (
    r"\b(?:dr[io]ve|drives|driving|driven|rode|rides|riding|flew|flies|flying|piloted"
    r"|pilots|piloting|steered|steers|pedal+ed|sailed|sails)\s+(?:his|her|their|its)"
    r"\s+(?:[\w'’-]+\s+){0,3}?"
)
# a vehicle travelled in, told by its make ("a 6,000-km drive to Cape Town in a 1972 ")
_TRAVELLED_IN_BEFORE = r"\b(?:in|aboard)\s+(?:a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"


def _whose_remains(event: Event, names: set[str], text: str) -> dict[str, str]:
    """The person whose body or coffin moves ("His body was flown from London to Accra"): the
    full name told last before the sentence, keyed by the noun; empty when the subject is no
    such thing."""
    if not event.actors or event.actors[0].casefold() not in REMAINS_NOUNS:
        return {}
    noun = event.actors[0]
    if not _rx(rf"\b(?:his|her|their|the)\s+{noun}\b", re.IGNORECASE).search(event.sentence):
        return {}
    described = {m.group(1) for m in _DESCRIBED_NAME_RE.finditer(text, 0, event.start)}
    people = {name for name in names if " " in name} | described
    told = {name: text.rfind(name, 0, event.start) for name in people}
    told = {name: at for name, at in told.items() if at >= 0 and name[:1].isupper()}
    return {noun: max(told, key=lambda name: told[name])} if told else {}


# a lower-case word that may describe the name after it ("singer Ismaël Ndour", "property
# developer Kittisak")
_DESCRIPTION_WORD = r"\b[a-z]{3,}\s+"
# a full name after a description, not after a word that places what follows ("flown to
# Dakar", "in West Africa")
_DESCRIBED_NAME_RE = re.compile(
    r"(?!(?:in|at|to|from|of|near|across|into|via|for|and|the)\s)"
    + _DESCRIPTION_WORD
    + r"([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)+)"
)


def carry_actors(events: Sequence[Event], text: str = "") -> list[Event]:
    """A movement or meeting told with a pronoun ("She returned to Berlin", "He will hold
    talks with Putin") or with no subject belongs to the traveller of the movement before it
    (or, at the start of a story, after it; or, before any movement, to the first party of
    the meeting the story opens with). Unfilled pronoun places are dropped. `text`, the
    story's text, names titles (see `_by_title`)."""
    given = list(events)
    names = {a for e in given for a in e.actors if a}
    apart = {p for p, e in enumerate(given) if _set_apart_after(e, names)}  # the group's own
    events = _introduced_names(_full_names([_without_the_vehicle_driven(e) for e in events]))
    carried: list[Event] = []
    mover = ""
    movers: list[str] = []  # every mover so far, in the telling
    aliases: dict[str, str] = {}  # "ship" -> the named ship that "the ship" was found to be
    met = ""  # the first named party of the first meeting, until a mover is named
    genders = _genders(names, text)  # "Her husband, Tony": Tony is a "he"
    place_names = {e.place.mention.text for e in given if e.place is not None}
    companions: dict[str, str] = {}  # "flotilla" -> who "sailed with a flotilla"
    latest = max((e.date for e in given if e.date is not None), default=None)
    for event in events:
        if event.event_type in {"travel", "meeting"} and event.section == "main":
            event = _renamed(event, _companion_of(event, companions))
            event = _renamed(event, _whose_remains(event, names, text))
            event = _without_the_vehicle_taken(event)
            same = _same_traveller(event, mover, movers, text)
            if same is not event and _generic(event.actors[0]) and not _generic(mover):
                aliases.setdefault(event.actors[0].split()[-1].casefold(), mover)
            teller = _agreeing_in_gender(same, mover, movers, genders, place_names)
            event = _fill(same, _guest(same, movers) or _guest_of(same, teller, movers) or met)
            _learn_gender(event, genders)
            if event.event_type == "travel" and event.actors and event.actors[0]:
                if not _bystanders_in_passing(event) and not _years_before(event, latest):
                    mover = event.actors[0]
                    movers.append(mover)
                    companions.update(_travelled_with(event))
            elif event.event_type == "meeting" and event.actors and not met:
                met = event.actors[0]  # "X met Y in Amman on Thursday. He flew in from Cairo"
        elif event.event_type == "protest" and event.section == "main" and not event.actors:
            event = _fill(event, mover)  # "He ended the tour with a rally in Daegu"
        carried.append(event)
    following = ""
    for index in range(len(carried) - 1, -1, -1):  # a story may open before naming the mover
        event = carried[index]
        if event.event_type == "travel" and event.section == "main":
            if event.actors and event.actors[0]:
                following = event.actors[0]
            else:
                carried[index] = _fill(event, following)
    if not movers and (lede := _lede_person(text)):  # "- Edwin Pariona, a 22-year-old
        # scissors dancer, won ... He had left his family's farm outside Puquio"
        carried = [_fill(e, lede) if _moves_unnamed(e) else e for e in carried]
    named = [_named(replace(e, actors=tuple(a for a in e.actors if a)), aliases) for e in carried]
    named = _written_in_full(named, text)
    named = _known_by_a_name(_named_in_apposition(named, text), text)
    named = _with_the_traveller_joined(_riders_of_vehicles(named))
    named = _named_things(_named_vessels(named, text), text)
    named = _headline_kinds(_headline_retold(_led_by_a_leader(named, text)), text)
    named = _kind_retold(named, text)
    named = _herd_s_keeper(_ridden_in(_driven_by(named, text)), text)
    return [
        original if position in apart else event
        for position, (event, original) in enumerate(
            zip(_by_title(named, text), given, strict=True)
        )
    ]


def _moves_unnamed(event: Event) -> bool:
    """A move of the main text told with a pronoun or no subject."""
    return event.event_type == "travel" and event.section == "main" and not any(event.actors)


def _lede_person(text: str) -> str:
    """The full name that opens a wire story's body, in an apposition ("LIMA, Aug 4 (Reuters)
    - Edwin Pariona, a 22-year-old scissors dancer, won"), when it is made of name words."""
    found = _LEDE_PERSON_RE.search(text[:600])
    if found is None or not _name_words_only(found.group(1).split()):
        return ""
    return found.group(1)


_LEDE_PERSON_RE = re.compile(
    r"\)\s+[-–—]\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?:an?|the)\s"
)


def _led_by_a_leader(events: Sequence[Event], text: str) -> list[Event]:
    """A group that moves under a named leader ("The convoy, led by owner-driver Shane Kovac",
    "left the warehouse under convoy leader Selam Gebru", "The caravan's leader, Alhassane Ag
    Moussa ... led the camels out of Agadez") is told as that leader's route, when the story
    names one leader."""
    leaders = {m.group(1) for m in _LEADER_RE.finditer(text)}
    leaders = {n for n in leaders if n.split()[0].casefold() not in NAME_TITLES | _NOT_NAMES}
    if len(leaders) != 1:
        return list(events)
    leader = leaders.pop()
    groups = {
        e.actors[0]
        for e in events
        if e.event_type == "travel"
        and e.actors
        and e.actors[0] != leader
        and e.actors[0].split()[-1].casefold() in LED_GROUP_NOUNS | LED_GROUP_VEHICLES
    }
    return [_renamed(e, dict.fromkeys(groups, leader)) for e in events] if groups else list(events)


# the kinds of group a leader takes along
LED_GROUP_NOUNS = frozenset(
    "convoy convoys caravan column trucks lorries tankers buses vehicles tractors camels horses "
    "mules herd riders cyclists marchers walkers pilgrims procession expedition fleet "
    "flotilla troupe company ensemble orchestra choir".split()
)
# a group's vehicle, which carries the group and its leader ("The troupe's bus set out")
LED_GROUP_VEHICLES = frozenset("bus van minibus coach lorry truck".split())
_LEADER_NAME = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
_LED_GROUP = "|".join(sorted(LED_GROUP_NOUNS))
# "led by owner-driver Shane Kovac", "under convoy leader Selam Gebru", "The caravan's leader,
# Alhassane Ag Moussa,", "the troupe's founder, Juana Mamani"
_LEADER_RE = re.compile(
    r"\b(?:led\s+by\s+(?:[a-z-]+\s+){0,2}|under\s+(?:[a-z-]+\s+){0,2}"
    r"(?:leader|commander)\s+|leader,\s+"
    rf"|(?:{_LED_GROUP})['’]s\s+(?:founder|director|captain|conductor|manager),\s+)" + _LEADER_NAME
)


def _headline_retold(events: Sequence[Event]) -> list[Event]:
    """A mover the headline tells by a description ("Rugby World Cup trophy arrives in Fiji")
    is the named mover the lede tells doing the same to the same place or one inside it ("The
    Webb Ellis Cup arrived in Suva on Monday"): a lede retells its headline."""
    lede = _lede_start(events)
    told = [
        e
        for e in events
        if e.event_type == "travel" and e.actors and e.place is not None and e.place.chosen
    ]
    names: dict[str, str] = {}
    for head in (e for e in told if _in_headline(e) and _told_by_a_kind(e)):
        retold = {
            e.actors[0]
            for e in told
            if e.start == lede
            and e.actors[0] != head.actors[0]
            and not _generic(e.actors[0])
            and _same_verb(e.action, head.action)
            and _within(e, head)
        }
        if len(retold) == 1:
            names[head.actors[0]] = retold.pop()
    return [_renamed(e, names) for e in events] if names else list(events)


def _headline_kinds(events: Sequence[Event], text: str) -> list[Event]:
    """A mover still told by the headline's description, its first word capitalised as
    headlines are ("Giant transformer reaches Mount Isa"), is the kind the story tells it by
    in lower case ("A 280-tonne electrical transformer rolled into Mount Isa"): the
    transformer, not "Giant transformer"."""
    names: dict[str, str] = {}
    for event in events:
        words = event.actors[0].split() if event.actors else []
        if not (_in_headline(event) and words and words[0][:1].isupper()):
            continue  # ("Bed-net convoy" is no title case, but a headline's capital too)
        kind = words[-1] if len(words) > 1 else words[0].lower()  # "Convoy ... reaches Palu"
        lower = all(w.isalpha() and w.islower() for w in words[1:]) and kind.isalpha()
        if lower and _rx(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){{0,3}}{kind}\b").search(
            text, event.end
        ):
            names[event.actors[0]] = kind
    return [_renamed(e, names) for e in events] if names else list(events)


def _kind_retold(events: Sequence[Event], text: str) -> list[Event]:
    """A mover told by a description ("A seven-carriage hospital train", "A bronze head of a
    queen mother") that the story opens sentences with by one word of it ("The train, run by
    the health ministry", "The bronze had been taken") is that word: the story's own short
    name for it."""
    movers = {e.actors[0] for e in events if e.event_type == "travel" and e.actors}
    names: dict[str, str] = {}
    for mover in movers:
        words = mover.split()
        described = len(words) > 1 and all(w.isalpha() and w.islower() for w in words[1:])
        if not described or not words[0].isalpha():
            continue
        told = {
            w: _sentences_opened_by(w.casefold(), words[i + 1 :], text) for i, w in enumerate(words)
        }
        best = max(reversed(words), key=lambda w: told[w])
        if told[best] and best.casefold() not in movers:
            names[mover] = best.casefold()
    return [_renamed(e, names) for e in events] if names else list(events)


def _sentences_opened_by(word: str, rest: list[str], text: str) -> int:
    """How many sentences open with "The <word>", the word not followed by the rest of its
    description."""
    after = rf"(?!\s+{re.escape(rest[0])}\b)" if rest else ""
    opened = _rx(rf"(?:^|[.!?][\"”’]?\s+)The\s+{re.escape(word)}\b{after}(?![\w-])")
    return len(opened.findall(text))


def _driven_by(events: Sequence[Event], text: str) -> list[Event]:
    """The one vehicle told as the mover ("An electric bus ... pulled into Abidjan") is the
    trip of the one person the story says drove it ("Folake Adebayo, 36, the engineer who
    designed the bus, drove most of the way"), the two routes one ("Dr. Mariam Adjovi, 46,
    ... drove out of Cotonou" and "A minibus ... reached Natitingou")."""
    movers = {e.actors[0] for e in events if e.event_type == "travel" and e.actors}
    vehicles = [m for m in movers if m.split()[-1:] and m.split()[-1] in VEHICLE_KINDS]
    vehicles = vehicles or [m for m in movers if _carried_in_a_vehicle(m, text)]
    if len(vehicles) != 1:
        return list(events)
    drivers = {m.group(1) for m in _DRIVER_RE.finditer(text)} | _owners(vehicles[0], text)
    drivers = {d for d in drivers if d.split()[0].casefold() not in NAME_TITLES | _NOT_NAMES}
    if len(drivers) != 1:
        return list(events)
    renamed = {vehicles[0]: drivers.pop()}
    return [_renamed(e, renamed) for e in events]


def _carried_in_a_vehicle(mover: str, text: str) -> bool:
    """The mover is a load told in the back of a vehicle in its sentence ("A full bronze
    gamelan orchestra ... reached Denpasar on Thursday in the back of a lorry")."""
    if not mover or not mover[:1].islower():
        return False  # a name travels on its own account
    vehicle = "|".join(sorted(VEHICLE_KINDS))
    load = _rx(
        re.escape(mover) + r"\b[^.]{0,200}?\b(?:in|on)\s+the\s+back\s+of\s+"
        rf"(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(?:{vehicle})\b"
    )
    return bool(load.search(text))


def _herd_s_keeper(events: Sequence[Event], text: str) -> list[Event]:
    """Animals told with their keeper ("Thirty red Danish cows and their drover reached
    Padborg") make the trip of the one person named as a mover ("Jens Kristian Holm ... set
    out with the herd from Viborg")."""
    movers = {e.actors[0] for e in events if e.event_type == "travel" and e.actors}
    herds = [m for m in movers if m.split()[-1].casefold() in ANIMAL_NOUNS | HERD_NOUNS]
    people = [m for m in movers if _full_name(m)]
    if len(people) != 1:
        return list(events)
    kept = {h: people[0] for h in herds if _rx(re.escape(h) + _KEEPER_AFTER).search(text)}
    return [_renamed(e, kept) for e in events] if kept else list(events)


HERD_NOUNS = frozenset("herd herds flock flocks drove cattle cows calves goats camels".split())
# "... and their drover", "... and its herder"
_KEEPER_AFTER = (
    r"\s+and\s+(?:their|its|his|her)\s+(?:[\w-]+\s+)?(?:drovers?|herders?|owners?|keepers?|"
    r"handlers?|shepherds?|mushers?|riders?|herdsm[ae]n)\b"
)


def _full_name(mover: str) -> bool:
    """Two or more capitalised words ("Jens Kristian Holm")."""
    words = mover.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _owners(vehicle: str, text: str) -> set[str]:
    """The full names the text gives the vehicle as their own ("Souleymane Coulibaly's truck,
    loaded with cashew nuts, rolled ...")."""
    noun = vehicle.split()[-1]
    owner = _rx(
        r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})['’]s\s+(?:[\w-]+\s+){0,2}?"
        + re.escape(noun)
        + r"\b"
    )
    return {m.group(1) for m in owner.finditer(text)}


def _ridden_in(events: Sequence[Event]) -> list[Event]:
    """A vehicle told as a mover ("the Model T chugged into Grand Island") that a named person
    travels in or on where the story starts ("Walter Brandt ... rattled into North Platte in a
    1915 Ford Model T"): the person's trip."""
    movers = {e.actors[0] for e in events if e.event_type == "travel" and e.actors}
    vehicles = sorted(m for m in movers if m[:1].isupper())  # not "families" in "a hall
    # packed with families"
    told = {
        (e.actors[0], e.sentence)
        for e in events
        if e.event_type == "travel" and e.actors and " " in e.actors[0]  # a full name
    }
    renamed: dict[str, str] = {}
    for person, sentence in sorted(told):
        for vehicle in vehicles:
            if vehicle == person or vehicle in renamed or vehicle not in sentence:
                continue
            if _rx(RIDE_IN + re.escape(vehicle) + r"\b").search(sentence):
                renamed[vehicle] = person
    return [_renamed(e, renamed) for e in events] if renamed else list(events)


# "in a 1915 Ford Model T", "on a red Tomos moped": what one rides, up to its name
RIDE_IN = r"\b(?:in|on|aboard)\s+(?:an?|his|her|their)\s+(?:(?!with\b|of\b)[\w'’-]+\s+){0,3}"


# the vehicles a person drives: "the bus", "a 1954 Studebaker" is a name of its own
VEHICLE_KINDS = frozenset(
    "bus minibus car truck lorry van pickup jeep tractor motorcycle motorbike coach".split()
)
# "Folake Adebayo, 36, the engineer who designed the bus, drove most of the way"
_DRIVER_RE = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),(?:[^,.;]{1,80},){0,3}\s+"
    r"(?:drove|was\s+at\s+the\s+wheel|took\s+the\s+wheel)\b"
)


def _told_by_a_kind(event: Event) -> bool:
    """A mover told by a common noun, bare or after a name it belongs to ("World Cup trophy"),
    or by one capitalised word in a headline."""
    head = event.actors[0].split()[-1]
    return (head.isalpha() and head.islower()) or _headline_noun(event)


def _same_verb(one: str, other: str) -> bool:
    """Two forms of one verb as written ("arrives", "arrived"), by the stem left without an
    ending of tense or person."""
    return _VERB_ENDING_RE.sub("", one.casefold()) == _VERB_ENDING_RE.sub("", other.casefold())


_VERB_ENDING_RE = re.compile(r"(?:es|ed|s|d)$")


def _within(event: Event, headline: Event) -> bool:
    """The event's place is the headline's place or lies in the country the headline names."""
    place, broad = _chosen(event), _chosen(headline)
    if place.name == broad.name:
        return True
    return broad.kind == "country" and place.country_code == broad.country_code


def _with_the_traveller_joined(events: Sequence[Event]) -> list[Event]:
    """A place told of a pair ("Her husband, Tony, flew out to Lucca to walk the last weeks
    with her, and the couple went on together through Siena") that the parser gave to the
    one who joined is a stop of the traveller told before them too, who leads."""
    told: list[str] = []
    joined = []
    for event in events:
        if event.event_type == "travel" and event.section == "main" and event.actors:
            mover = event.actors[0]
            lead = next((m for m in reversed(told) if m != mover), "")
            if lead and _told_of_the_pair(event):
                event = replace(event, actors=(lead, *(a for a in event.actors if a != lead)))
            if mover not in told:
                told.append(mover)
        joined.append(event)
    return joined


def _told_of_the_pair(event: Event) -> bool:
    """The clause leading to the event's place, after its verb, is told of a pair or group
    ("and the couple went on together through")."""
    before = _text_before_place(event)
    verb = before.find(event.action)
    pair = _PAIR_CLAUSE_RE.search(before)
    return verb >= 0 and pair is not None and pair.start() > verb


_PAIR_CLAUSE_RE = re.compile(
    r"\b(?:the\s+(?:couple|pair|two|family|siblings)|both\s+of\s+them)\b[^,;.]*$"
)


def _travelled_with(event: Event) -> dict[str, str]:
    """The group a named mover travels with in the event's sentence ("she sailed from
    Barcelona with a flotilla of about 40 boats"): its noun -> the mover."""
    mover = event.actors[0]
    if _generic(mover) or event.place is None:
        return {}
    after = event.sentence[event.place.mention.end - event.start :]
    return {m.group(1): mover for m in _WITH_A_GROUP_RE.finditer(after)}


# "with a flotilla of", "with a convoy", "aboard the ferry" (no name: see `_riders_of_vehicles`)
_WITH_A_GROUP_RE = re.compile(
    r"\b(?:with|aboard|on\s+board)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b(?=\s+of\b|[,.;]|$)"
)


def _companion_of(event: Event, companions: Mapping[str, str]) -> dict[str, str]:
    """The mover a group told by its noun travels with ("The flotilla had spent ten days at
    Sidi Bou Said" after "she sailed ... with a flotilla"): {group -> mover}, or {}."""
    first = event.actors[0] if event.actors else ""
    if not first or not _generic(first) or not _singular(first):
        return {}
    rider = companions.get(first.split()[-1].casefold())
    return {first: rider} if rider else {}


def _genders(names: AbstractSet[str], text: str) -> dict[str, str]:
    """The pronoun ("he" or "she") of each name the story tells with a word of kin or a title
    of one sex, before it or in it ("Her husband, Tony", "his sister Maria", "Mrs Ellis",
    "King Harald")."""
    found: dict[str, str] = {}
    for name in names:
        if not name[:1].isupper():
            continue
        titled = [w for w in name.casefold().split()[:-1] if w in GENDERED_WORDS]
        if titled:  # "King Harald", "Crown Princess Victoria"
            found[name] = GENDERED_WORDS[titled[-1]]
            continue
        first = re.escape(name.split()[0])
        for match in _GENDERED_BEFORE_RE.finditer(text):
            if _rx(rf"\s*,?\s*{first}\b").match(text, match.end()):
                found[name] = GENDERED_WORDS[match.group(1).casefold()]
                break
    return found


# words of kin and titles that tell a person's sex, before the name ("her husband, Tony",
# "Emperor Naruhito")
GENDERED_WORDS = {
    **dict.fromkeys(
        "husband father son brother uncle nephew grandfather grandson boyfriend mr emperor king "
        "prince duke sultan emir sheikh pope cardinal".split(),
        "he",
    ),
    **dict.fromkeys(
        "wife mother daughter sister aunt niece grandmother granddaughter girlfriend mrs ms "
        "miss empress queen princess duchess dame countess baroness".split(),
        "she",
    ),
}
_GENDERED_BEFORE_RE = re.compile(
    r"\b(" + "|".join(GENDERED_WORDS) + r")\b\.?(?=\s*,?\s*[A-Z])", re.IGNORECASE
)


def _years_before(event: Event, latest: date | None) -> bool:
    """A move to no place dated only by a year two or more before the story's latest day
    ("where the Dacia left the assembly line in 1970"): the past of a thing, whose mover no
    later "he" stands for."""
    if event.date is None or latest is None or event.date_precision != "year" or event.place:
        return False
    return latest.year - event.date.year >= 2


def _agreeing_in_gender(
    event: Event,
    mover: str,
    movers: Sequence[str],
    genders: Mapping[str, str],
    places: AbstractSet[str] = frozenset(),
) -> str:
    """The mover a "he" or "she" of the event stands for: the last one told whose sex, when
    the story tells it, agrees ("Her husband, Tony, flew out to Lucca ... She plans to fly
    home": not Tony), and who is no place (`places`: "Washington has deported ... She
    returns to Mexico City": the minister, not Washington)."""
    if not event.actors or event.actors[0] != PRONOUN_ACTOR:
        return mover
    pronoun = _pronoun_of(event)
    if pronoun not in {"he", "she"}:
        return mover

    def agrees(name: str) -> bool:
        person = name not in places and not _plural_group(name)
        return genders.get(name, pronoun) == pronoun and person

    if agrees(mover):
        return mover
    told = next((a for a in event.actors[1:] if a in genders and agrees(a)), "")
    if told:
        return told  # "Her husband Ali stayed in Lebanon: he drove his parents to Tripoli"
    return next((m for m in reversed(movers) if agrees(m)), mover)


def _learn_gender(event: Event, genders: dict[str, str]) -> None:
    """A named traveller told with "he" or "she" before the verb ("Zeinab Haidar spent four
    days on the road ... and on Friday she finally reached Homs") is of that sex from then on,
    unless a word of kin or a title told it first."""
    pronoun = _pronoun_of(event)
    if event.event_type != "travel" or pronoun not in {"he", "she"} or not event.actors:
        return
    name = event.actors[0]
    if name[:1].isupper() and name.split()[-1][:1].isupper() and not _plural_group(name):
        genders.setdefault(name, pronoun)


def _plural_group(name: str) -> bool:
    """A mover told by a plural common noun ("Israeli commandos"), which no "he" or "she"
    stands for."""
    words = name.split()
    return bool(words) and words[-1].islower() and words[-1].isalpha() and not _singular(name)


def _pronoun_of(event: Event) -> str:
    """The personal pronoun written last before the event's verb in its sentence, in lower
    case ("" when there is none)."""
    found = _PERSONAL_PRONOUN_RE.findall(event.sentence[: _verb_offset(event)])
    return found[-1].casefold() if found else ""


_PERSONAL_PRONOUN_RE = re.compile(r"\b(he|she|they|it|He|She|They|It)\b")


def _guest_of(event: Event, mover: str, movers: Sequence[str]) -> str:
    """The traveller a pronoun of a meeting stands for: the mover told last, unless that one
    is the meeting's other party, who cannot meet themselves ("His father, Mark, who had flown
    in from Brisbane, was waiting on the apron": the son told before)."""
    if event.event_type != "meeting" or not event.actors or event.actors[0] != PRONOUN_ACTOR:
        return mover
    if mover not in event.actors[1:]:
        return mover
    return next((m for m in reversed(movers) if m != mover), mover)


def _bystanders_in_passing(event: Event) -> bool:
    """A move without a place by bystanders told by a common noun ("police stopped letting
    lorries through"), or a group's that only names where it happens ("Farmers banged pots to
    drive them off in Jaipur's western suburbs"), leaves the traveller the story follows as
    the one a later "he" or "the swarms" stands for ("... he plans to cross to Vladikavkaz")."""
    words = event.actors[0].split()
    if event.role == "location" and _generic(event.actors[0]) and not _singular(words[-1]):
        return True  # "Farmers banged pots to drive them off in Jaipur's suburbs": no move
    if event.place is None and _in_a_who_clause(event):
        return True  # "met Omani Foreign Minister Badr Albusaidi, who has carried messages to
        # the Houthis for years": what the one met does, not a move of the story's
    if (
        words
        and words[-1] in BYSTANDER_NOUNS
        and _rx(rf"\b{words[-1]}\s+who\b").search(event.sentence)
    ):
        return True  # "a church hall packed with families who arrived from Ukraine"
    if _others_where(event):
        return True
    return event.place is None and bool(words) and words[-1] in BYSTANDER_NOUNS


def _others_where(event: Event) -> bool:
    """The mover, told by a common noun with a home of its own, opens a "where" clause set
    after a place ("The road ran from Dyrrachium, where travellers from Brindisi landed"):
    people of that place's story, not the traveller (but "Pocatello, where the drivers spent
    the day": the convoy's own)."""
    first = event.actors[0] if event.actors else ""
    if not first or not _generic(first):
        return False
    who = re.escape(first)
    told = _rx(rf",\s+where\s+(?:the\s+|many\s+|some\s+)?{who}\s+from\s+[A-Z]")
    return bool(told.search(event.sentence))


def _in_a_who_clause(event: Event) -> bool:
    """The event's verb is told in a relative clause ("who has carried messages")."""
    verb = re.escape(event.action)
    return bool(
        _rx(rf",\s+who\s+(?:(?:has|have|had|is|was)\s+)?(?:\w+ly\s+)?{verb}\b").search(
            event.sentence
        )
    )


def _riders_of_vehicles(events: Sequence[Event]) -> list[Event]:
    """A named vehicle that a mover travels aboard ("The Olympic flame arrived in Marseille
    aboard the three-masted ship Belem") makes its moves for that mover ("The Belem set sail
    from Piraeus"): the one it carries travels, as with "a plane took him to Miami"."""
    movers = {e.actors[0] for e in events if e.event_type == "travel" and e.actors}
    riders: dict[str, str] = {}
    for event in events:
        if event.event_type != "travel" or not event.actors or event.actors[0] in riders:
            continue
        for vehicle in movers - {event.actors[0]}:
            if (
                vehicle[:1].isupper()
                and _ABOARD_RE.search(event.sentence)
                and _rx(_ABOARD_RE.pattern + re.escape(vehicle) + r"\b").search(event.sentence)
            ):
                riders.setdefault(vehicle, event.actors[0])
    riders = {v: r for v, r in riders.items() if r not in riders}  # no chain of vehicles
    return [_renamed(e, riders) for e in events] if riders else list(events)


_ABOARD_RE = re.compile(r"\b(?:aboard|on\s+board)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?")


def _known_by_a_name(events: Sequence[Event], text: str) -> list[Event]:
    """The one mover told only by a description ("Tagged humpback", "the walrus") is the
    name the story gives it ("The female, known to researchers as Valentina", "a walrus
    nicknamed Wally", "dubbed Freya"), when the story gives one such name and no mover bears
    it."""
    places = {e.place.mention.text for e in events if e.place and e.place.chosen}
    movers = {e.actors[0] for e in events if e.event_type == "travel" and e.actors}
    described = [
        m
        for m in movers
        if _description(m) and m.split()[-1] not in PEOPLE_NOUNS and not _another(m)
    ]
    kinds = "|".join(re.escape(m.split()[-1]) for m in described)
    named = _rx(rf"\b(?:{kinds})\s+{_NAMED}") if kinds else None  # "dog named Pasa"
    found = [*_KNOWN_AS_RE.finditer(text), *(named.finditer(text) if named else ())]
    names = {m.group(1) for m in found} - places  # not "the port city of Moçâmedes, still
    # widely known as Namibe"
    if len(names) != 1 or len(described) != 1 or names & movers:
        return list(events)
    return [_renamed(e, {described[0]: next(iter(names))}) for e in events]


def _named_in_apposition(events: Sequence[Event], text: str) -> list[Event]:
    """A mover told by a description that the story names in an apposition ("The wolf, named
    Kaspar by the team that collared him,", "the lorry, nicknamed Big Bertha,") is the one
    of that name, even when the name moves on its own too, and so is a mover the headline
    tells by one capitalised word ("Seal turns up in Flensburg ... A tagged grey seal,
    nicknamed Ole by rangers,"); not "was named captain"."""
    movers = {e.actors[0] for e in events if e.event_type == "travel" and e.actors}
    headline = {e.actors[0] for e in events if _headline_noun(e)}  # "Seal turns up in X"
    names: dict[str, str] = {}
    for mover in movers:
        described = _description(mover) or mover in headline
        if not described or mover.split()[-1].casefold() in PEOPLE_NOUNS or _another(mover):
            continue  # "A second tagged seal": another of the kind
        noun = re.escape(mover.split()[-1].casefold())
        found = {m.group(1) for m in _rx("(?i:" + noun + ")" + _APPOSITION_NAME).finditer(text)}
        if len(found) == 1:
            names[mover] = next(iter(found))
    if not names:
        return list(events)
    return [_renamed(e, names) for e in events]


# the name an apposition gives a noun: "wolf, named Kaspar", "boat, called the Sirius"
_APPOSITION_NAME = (
    r",\s+(?:(?:which|who)\s+(?:is|was)\s+)?(?:named|called|nicknamed|dubbed)\s+"
    r"([A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*(?:\s+[A-Z][a-z'’-]+)?)\b"
)


# "known to researchers as Valentina", "nicknamed Wally", "dubbed Freya"
_NAME_GIVEN = r"\s+[\"“]?([A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*(?:\s+[A-Z][a-z'’-]+)?)\b"
_KNOWN_AS_RE = re.compile(
    r"\b(?:known\s+(?:to\s+(?:[\w'’-]+\s+){1,3})?as|nicknamed|dubbed)" + _NAME_GIVEN
)
_NAMED = "named" + _NAME_GIVEN  # after the mover's own noun: "a Kangal shepherd dog named Pasa"


def _written_in_full(events: Sequence[Event], text: str) -> list[Event]:
    """A mover named by one word that the story first writes as a longer name opening a
    sentence ("- María Elena Reyes had carried ...", then "Reyes left Tegucigalpa") is that
    full name, when the model found no person there (see `_full_names` for those it found)."""
    movers = {e.actors[0] for e in events if e.event_type == "travel" and e.actors}
    found: dict[str, str] = {}
    for mover in movers:
        if given := _given_name_before(mover, text):
            found[mover] = f"{given} {mover}"  # "Belgian rider Lennert Van Damme"
            continue
        if whole := _particle_name_in_full(mover, text):
            found[mover] = whole  # "Du Plessis, 67," after "Hennie du Plessis wobbled into"
            continue
        if " " in mover or not mover[:1].isupper() or not mover.isalpha():
            continue
        first = _rx(rf"\b{re.escape(mover)}\b").search(text)
        if first is None:
            continue
        lead = _FULL_NAME_LEAD_RE.search(text, max(0, first.start() - 40), first.start())
        if lead is None:
            tail = _name_after_opening(text, first) or _name_after_description(text, first)
            if tail:
                found[mover] = f"{mover} {tail}"  # "- Choi Young-jin, the candidate ..."
            elif given := _one_given_name(mover, text):
                found[mover] = f"{given} {mover}"  # "The United Nations special envoy for
            continue  # Yemen, Anders Lindqvist, ended ... Lindqvist flew from Amman"
        words = lead.group(1).split()
        if _name_words_only(words):
            found[mover] = " ".join([*words, mover])
    if not found:
        return list(events)
    return [replace(e, actors=tuple(found.get(a, a) for a in e.actors)) for e in events]


def _particle_name_in_full(mover: str, text: str) -> str:
    """The full name the story writes for a surname with a particle that opens a sentence
    capitalised ("Du Plessis, 67," and "Hennie du Plessis wobbled into Clarens")."""
    words = mover.split()
    if len(words) != 2 or words[0].casefold() not in NAME_PARTICLES or not words[0].istitle():
        return ""
    particle, rest = words[0].casefold(), re.escape(words[1])
    found = _rx(rf"\b([A-Z][a-z'’-]+)\s+{particle}\s+{rest}\b").search(text)
    if found is None or not _may_be_a_given_name(found.group(1)):
        return ""
    return f"{found.group(1)} {particle} {words[1]}"


def _given_name_before(mover: str, text: str) -> str:
    """The given name the story first writes before a mover named by a surname of two
    capitalised words, after a description in lower case ("Belgian rider Lennert Van
    Damme", later "Van Damme took the leader's jersey")."""
    words = mover.split()
    if len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return ""
    found = _rx(r"\b([a-z]{3,}) ([A-Z][a-z'’-]+) " + re.escape(mover) + r"\b").search(text)
    if found is None or found.group(1) in _NO_DESCRIPTION_WORDS:
        return ""  # "Minister of State for Trade Ciaran Mulvihill": a portfolio, no given name
    return found.group(2) if _may_be_a_given_name(found.group(2)) else ""


# lower-case words before a name that end no description of the person
_NO_DESCRIPTION_WORDS = frozenset(
    "for and the with from into onto over than that this said says told about after before".split()
)


def _may_be_a_given_name(word: str) -> bool:
    """No title, office, common opening word or nationality ("Minister", "On", "Swedish")."""
    return _name_words_only([word]) and not NATIONALITY_RE.fullmatch(word)


def _one_given_name(surname: str, text: str) -> str:
    """The one capitalised word the story writes right before a surname, when it is no
    title, office, nationality or common word that opens a sentence ("Anders Lindqvist")."""
    found = {
        m.group(1)
        for m in _rx(rf"(?<![\w.])([A-Z][a-z'’-]+) {re.escape(surname)}\b").finditer(text)
    }
    if len(found) != 1:
        return ""
    given = found.pop()
    return given if _may_be_a_given_name(given) else ""


def _name_after_opening(text: str, first: re.Match[str]) -> str:
    """The name words after a one-word name that opens a sentence or the story's body, up to
    the comma of an apposition ("- Choi Young-jin, the presidential candidate"): the rest of
    the full name, told surname first."""
    if not _OPENING_RE.search(text, max(0, first.start() - 3), first.start()):
        return ""
    return _rest_of_name(_NAME_TAIL_RE.match(text, first.end()))


def _name_after_description(text: str, first: re.Match[str]) -> str:
    """The name words after a one-word name first told after a description in lower case
    ("arrested fugitive Thai property developer Kittisak Rattanaporn at a hotel", later
    "Kittisak had slipped out of Bangkok"): the rest of the full name, told given name first."""
    if not _DESCRIPTION_BEFORE_RE.search(text, max(0, first.start() - 30), first.start()):
        return ""
    return _rest_of_name(_NAME_WORDS_AFTER_RE.match(text, first.end()))


def _rest_of_name(tail: re.Match[str] | None) -> str:
    """The name words a pattern found after a one-word name, unless one is a title or a
    common word."""
    if tail is None:
        return ""
    words = tail.group(1).split()
    return " ".join(words) if _name_words_only(words) else ""


def _name_words_only(words: list[str]) -> bool:
    """No word is a title, an office or a common word that opens a sentence."""
    return not any(w.casefold() in NAME_TITLES | TITLE_WORDS | _NOT_NAMES for w in words)


_DESCRIPTION_BEFORE_RE = re.compile(_DESCRIPTION_WORD + "$")
_NAME_WORDS_AFTER_RE = re.compile(r"((?:\s+[A-Z][a-z'’]+(?:-[a-z]+)?){1,2})(?=\s+[a-z]|[,.;:])")
_OPENING_RE = re.compile(r"(?:^|[.!?]\s+|\s[-–—]\s+|\n)$")
_NAME_TAIL_RE = re.compile(r"((?:\s+[A-Z][a-z'’]+(?:-[a-z]+)?){1,2}),")


# one or two capitalised words opening a sentence or the story's body right before a name
_FULL_NAME_LEAD_RE = re.compile(r"(?:^|[.!?]\s+|\s[-–—]\s+|\n)((?:[A-Z][^\W\d_A-Z]+\s+){1,2})$")
_NOT_NAMES = frozenset(
    "the a an on in at after before but and then when while monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)


def _by_title(events: Sequence[Event], text: str) -> list[Event]:
    """A mover told by a common noun that the story writes as a title before a named mover's
    name is that person ("Ecumenical Patriarch Bartholomew celebrated ... The 84-year-old
    patriarch flew from Istanbul ... Bartholomew returns to Istanbul on Tuesday")."""
    movers = {e.actors[0] for e in events if e.event_type == "travel" and e.actors}
    titled = {m for m in movers if m.islower() and m.split()[-1].isalpha()}
    names = [m for m in movers if m[:1].isupper()]
    if not titled or not names or not text:
        return list(events)
    found: dict[str, str] = {}
    for described in titled:
        title = described.split()[-1].capitalize()  # "the elderly mufti": "Mufti"
        fits = [n for n in names if _rx(rf"\b{title}\s+{re.escape(n)}\b").search(text)]
        if len(fits) == 1:
            found[described] = fits[0]
    return [_renamed(e, found) for e in events] if found else list(events)


def _named_vessels(events: Sequence[Event], text: str) -> list[Event]:
    """A vessel the story names after its kind ("The container ship Arctic Jade tied up",
    "The 15-metre yacht Estrela do Mar left Fortaleza") is the mover told by that kind alone
    ("Chinese container ship reaches Gdansk", "the ship") or by a part of its name ("Mar")."""
    found: dict[str, set[str]] = {}
    for match in _NAMED_VESSEL_RE.finditer(text):
        found.setdefault(match.group(1).casefold(), set()).add(match.group(2))
    if not found:
        return list(events)
    names = {noun: next(iter(named)) for noun, named in found.items() if len(named) == 1}
    renamed: dict[str, str] = {}
    for actor in {a for e in events for a in e.actors if a}:
        head = actor.split()[-1].casefold()
        if head in names and _generic(actor):
            renamed[actor] = names[head]
        whole = [n for n in names.values() if n != actor and f" {actor} " in f" {n} "]
        if len(whole) == 1:
            renamed[actor] = whole[0]
    return [_renamed(e, renamed) for e in events]


def _named_things(events: Sequence[Event], text: str) -> list[Event]:
    """A thing told by its kind alone ("The violin ... was taken from Vienna") that the story
    names by one capitalised word before that kind and by that word alone ("a Stradivarius
    violin", "a dealer who was offered the Stradivarius") is the mover of that name. Not a
    nationality ("a Russian tanker") nor a place of the story ("an Atlantic storm")."""
    places = {e.place.mention.text for e in events if e.place and e.place.chosen}
    renamed: dict[str, str] = {}
    for actor in {a for e in events for a in e.actors if a}:
        if not (actor.isalpha() and actor.islower()):
            continue
        kinded = _rx(rf"\b(?:[Aa]n?|[Tt]he)\s+([A-Z][\w'’-]+)\s+{actor}\b").finditer(text)
        names = {
            name
            for name in {m.group(1) for m in kinded}
            if name not in places
            and not NATIONALITY_RE.fullmatch(name)
            and _rx(rf"\bthe\s+{re.escape(name)}\b(?!\s+{actor}\b)").search(text)
        }
        if len(names) == 1:
            renamed[actor] = names.pop()
    return [_renamed(e, renamed) for e in events]


_NAMED_VESSEL_RE = re.compile(  # (on one line: not a headline's "ferry" and the dateline)
    rf"\b({any_word_of(NAMED_VESSEL_KINDS)})[^\S\n]+"
    r"([A-Z][\w'’-]*(?:[^\S\n]+(?:(?:do|da|de|del|di)[^\S\n]+)?[A-Z0-9][\w'’-]*)*)"
)


def _introduced_names(events: Sequence[Event]) -> list[Event]:
    """A mover first told by a description ("A blind Irish pilgrim reached Santiago", "The
    storm had strengthened") is the one named next as a mover, when no named mover came
    before it and the name is new to the story ("Declan Murphy, 58, walked ...", "Helene ...
    is forecast to reach Tennessee"). Only a single mover: "About 2,000 migrants" stay."""
    described: list[str] = []
    told_in: set[int] = set()  # the sentences that tell a described mover
    kinds = {a for e in events for a in e.actors[:1] if _one_of_a_kind(a, e.sentence)}
    seen: set[str] = set()
    place_names = {e.place.mention.text for e in events if e.place is not None}
    for event in events:
        first = event.actors[0] if event.actors else ""
        if event.event_type == "travel" and event.section == "main" and first:
            told_as_one = _description(first, place_names) or _headline_noun(event)
            told_as_one = told_as_one or first in kinds
            if told_as_one and not _relative(first):
                described.append(first)  # not "her brother", who travels on his own
                told_in.add(event.start)
            elif event.start in told_in:
                seen.update(event.actors)  # "A retired Mountie rode ... on a horse named
                # Duke, 79 days after setting out": a name beside the description is another
            elif first[:1].isupper() and first.split()[-1][:1].isupper():
                if (
                    described
                    and event.place is not None
                    and event.role not in MOVEMENT_ROLES
                    and not _a_move_of_its_trigger(event, events)
                ):
                    seen.update(event.actors)
                    continue  # "Trudeau postponed his trip to Japan": no move of his
                if first in seen or not described or not _proper_name(first, events):
                    break
                named = {d: first for d in described if _singular(d) or _told_pair(d, event)}
                return [_renamed(e, named) for e in events]
        seen.update(event.actors)
    return list(events)


def _told_pair(description: str, event: Event) -> bool:
    """A pair told by their number ("Two Zambian engineering students drove ...") and then
    named together as the subject ("Mutale Chanda, 23, and Brian Phiri, 22, left"): the pair
    travels as the first one named."""
    named = [a for a in event.actors if a[:1].isupper() and len(a.split()) > 1]
    return description.split()[0].casefold() in PAIR_WORDS and len(named) == 2


PAIR_WORDS = frozenset({"two", "both"})


def _one_of_a_kind(actor: str, sentence: str) -> bool:
    """A mover written with capitals that its sentence tells with an indefinite article ("A
    retired Mountie rode into Fort Macleod", the headline's "Retired Mountie"): a noun of a
    kind written with a capital, no name."""
    words = actor.split()
    if not words or not all(w.isalpha() and w[:1].isupper() for w in words):
        return False  # ("A Brittany Ferries ship" is told by its common noun: `_description`)
    kind = r"\s+".join(re.escape(w) for w in words)
    return bool(_rx(rf"\b[Aa]n?\s+(?:[\w'’-]+\s+){{0,3}}(?i:{kind})\b").search(sentence))


def _headline_noun(event: Event) -> bool:
    """A mover told in the headline by one capitalised word ("Octogenarian drives Route 66
    end to end"): a headline's capitals make no name of a common noun."""
    words = event.actors[0].split() if event.actors else []
    return event.start == 0 and len(words) == 1 and words[0].istitle() and words[0].isalpha()


def _a_move_of_its_trigger(event: Event, events: Sequence[Event]) -> bool:
    """The same verb of the same mover moves them to another place of its sentence ("waded
    across the frozen Yalu river ... into Changbai"): a move of theirs."""
    return any(
        e.start == event.start
        and e.action == event.action
        and e.actors[:1] == event.actors[:1]
        and e.role in MOVEMENT_ROLES
        for e in events
    )


def _proper_name(name: str, events: Sequence[Event]) -> bool:
    """The name is one of several capitalised words ("Marco Ferri") or is written with a
    capital inside a sentence, not only at its start, where a common word is capitalised too
    ("Hundreds of other foreigners fled"); a count of people ("More than 1,000 Rohingya") is
    no name."""
    if any(ch.isdigit() for ch in name):
        return False  # "More than 1,000 Rohingya": a count of people, no name
    if len(name.split()) > 1:
        return True
    return any(
        _rx(rf"(?<![.!?\n])\s{re.escape(name)}\b").search(e.sentence) for e in events if e.sentence
    )


def _description(actor: str, place_names: AbstractSet[str] = frozenset()) -> bool:
    """A mover told by a common noun phrase ('blind Irish pilgrim', 'storm', or 'New Zealand
    sailor' when the story names New Zealand as a place), not one that holds a name of
    several words ('Brittany Ferries ship')."""
    words = actor.split()
    head = words[-1] if words else ""
    named_inside = any(
        a[:1].isupper() and b[:1].isupper() and not NATIONALITY_RE.fullmatch(b)
        for a, b in itertools.pairwise(words)
    )  # "North Korean woman" is told by a nationality of two words, no name
    if named_inside:
        named_inside = " ".join(w for w in words if w[:1].isupper()) not in place_names
    head_word = head.replace("-", "")  # "great-grandmother"
    return (
        head_word.isalpha() and head.islower() and head not in BYSTANDER_NOUNS and not named_inside
    )


def _singular(actor: str) -> bool:
    head = actor.split()[-1]
    return not head.endswith("s") or head.endswith(("ss", "us"))


def _renamed(event: Event, names: Mapping[str, str]) -> Event:
    if not event.actors or event.actors[0] not in names:
        return event
    name = names[event.actors[0]]
    return replace(event, actors=(name, *(a for a in event.actors[1:] if a != name)))


_CARRIER_WORDS = "(?:" + "|".join(sorted(CARRIERS)) + ")"  # "by bus", as events reads it


def _a_thing(actor: str) -> bool:
    """One word for one thing, no mover's noun ("frame", not "singers" or "group")."""
    word = actor.casefold()
    return " " not in word and not word.endswith("s") and word not in CARGO_EXCLUDED


def _generic(actor: str) -> bool:
    """A mover told by a common noun ("the ship", "Container ship" in a headline)."""
    words = actor.split()  # "Ahmad al-Khatib" is a name: a capital after a hyphen counts
    return bool(words) and not any(p[:1].isupper() for w in words[1:] for p in w.split("-"))


def _named(event: Event, aliases: dict[str, str]) -> Event:
    """A common-noun mover told before the name ("A container ship ... docked in Rotterdam",
    then "The Maersk Hangzhou left Singapore ... the ship then sailed south") is the named one
    that the same noun stands for later."""
    if not event.actors or not aliases or event.event_type not in {"travel", "meeting"}:
        return event
    first = event.actors[0]
    named = aliases.get(first.split()[-1].casefold()) if _generic(first) else None
    if named is None or named == first:
        return event
    return replace(event, actors=(named, *(a for a in event.actors[1:] if a != named)))


def _full_names(events: Sequence[Event]) -> list[Event]:
    """An actor named by part of a longer actor name of the story takes that name (Haikui ->
    Typhoon Haikui, Wang -> Wang Yi) when only one name fits."""
    names = {a for e in events for a in e.actors if a}
    longer: dict[str, str] = {}
    for name in names:
        fits = [n for n in names if n != name and _part_of(name, n)]
        if len(fits) == 1:
            longer[name] = fits[0]
    longer.update(_families(events))
    if not longer:
        return list(events)
    return [replace(e, actors=tuple(longer.get(a, a) for a in e.actors)) for e in events]


def _families(events: Sequence[Event]) -> dict[str, str]:
    """A family told by its name in the plural ("The van Dijks reached Istanbul", "the
    Joneses") is the first person of that name the story tells ("Pieter and Anneke van Dijk
    left Beijing"), who leads the couple's route."""
    told = list(dict.fromkeys(a for e in events for a in e.actors if a))
    found: dict[str, str] = {}
    for name in told:
        words = name.split()
        if not words or not words[-1][:1].isupper() or not words[-1].endswith("s"):
            continue
        if not any(_rx(rf"\b[Tt]he\s+{re.escape(name)}\b").search(e.sentence) for e in events):
            continue  # "the van Dijks", not "Williams" of a "John William"
        singulars = {words[-1][:-1], words[-1][:-2] if words[-1].endswith("es") else ""}
        family = " ".join(words[:-1])
        person = next(
            (
                n
                for n in told
                if n != name
                and len(n.split()) > len(words)
                and n.split()[-1] in singulars
                and " ".join(n.split()[-len(words) : -1]) == family
            ),
            None,
        )
        if person is not None:
            found[name] = person
    return found


def _part_of(short: str, full: str) -> bool:
    words, whole = short.split(), full.split()
    if not words or len(words) >= len(whole) or not short[:1].isupper():
        return False
    return any(whole[i : i + len(words)] == words for i in range(len(whole) - len(words) + 1))


def _same_traveller(event: Event, mover: str, movers: Sequence[str] = (), text: str = "") -> Event:
    """A subject told by a common noun ("the ship", "the storm", "the delegation") is the
    traveller before it, or, when that one is a mover of another kind told by a common noun
    ("Passengers were taken by coach ... The ship will sail back"), the last mover told by the
    same noun; bystanders ("officials", "residents") are not."""
    if not mover or not event.actors:
        return event
    first = event.actors[0]
    words = first.split()
    if words and first != mover and _aged_description(first, event.sentence):
        return replace(event, actors=(mover, *(a for a in event.actors[1:] if a != mover)))
    if (
        first != mover
        and _nationality_and_role(first)
        and (_named_with(first, mover, text) or _told_with_the(first, event.sentence, mover, text))
    ):
        return replace(event, actors=(mover, *(a for a in event.actors[1:] if a != mover)))
    if not words or first == mover:
        return event
    if (force := _same_force(first, movers)) and force != first:
        return replace(event, actors=(force, *(a for a in event.actors[1:] if a != force)))
    if any(w[:1].isupper() for w in words) and not (
        _definite_description(first, event.sentence) and _agrees_in_number(first, mover)
    ):
        return event  # a name, or a description of another number than the mover's
    if _others_where(event):
        return event  # "Dyrrachium, where travellers from Brindisi landed": others, then
    if _rx(rf"\b(?:[Mm]y|[Oo]ur)\s+{re.escape(first)}\b").search(event.sentence):
        return event  # "My grandfather rode behind these engines to the mines": the speaker's
    if words[-1].casefold() in BYSTANDER_NOUNS | RELATIVE_NOUNS or _another(first):
        return event  # "Agus's brother ... left by bus for Solo", "A second tagged whale
        # ... stopped transmitting off Coquimbo": another traveller
    if _a_way(first):
        return event  # "Tanzania's railway is eventually to reach Mwanza": no traveller
    if _a_thing(first) and _rx(
        rf"\b{re.escape(first)}\s+(?:[\w'’-]+\s+){{0,3}}?by\s+{_CARRIER_WORDS}\b"
    ).search(event.sentence):
        return event  # "the frame travelled north by bus": a thing sent, not the traveller
    if len(words) == 1 and _introduced_after(words[0], mover, text[: event.start]):
        return event  # "Hana Sato ... after a Czech taxi driver ... brought it back to her.
        # ... The driver ... drove home to Plzen": another person, told as new after her
    if words[-1].casefold() in PEOPLE_NOUNS and _storm(mover):
        return event  # "Cyclone Kara ... The miners flew staff out of Tom Price": people
        # are no storm
    if _relative(mover):  # "Eira's daughter ... flew up to
        # join them ... the family will walk the herd back": not the daughter's walk
        mover = next((m for m in reversed(movers) if not _relative(m)), mover)
    mover = _same_noun_mover(words[-1], mover, movers)
    if mover in event.actors[1:] and _plural_group(mover):  # "Israeli commandos ... took its
        # crew to the port of Ashdod": the crew the group carries is the traveller before it
        mover = next((m for m in reversed(movers) if m not in event.actors), "")
        if not mover:
            return event
    return replace(event, actors=(mover, *(a for a in event.actors[1:] if a != mover)))


def _introduced_after(noun: str, mover: str, told: str) -> bool:
    """The story brought in someone new by the noun ("a Czech taxi driver") after it named
    the mover, and never gave the mover that noun ("cellist Hana Sato")."""
    if not mover[:1].isupper() or noun.casefold() not in NAME_TITLES | PEOPLE_NOUNS:
        return False
    named = told.find(mover)
    if named < 0:
        return False
    new = _rx(rf"\b(?:[Aa]n?)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(noun)}\b").search(told, named)
    if new is None:
        return False
    own = _rx(
        rf"\b{re.escape(noun)}\s+{re.escape(mover)}\b|{re.escape(mover)},\s+(?:\d+,\s+)?"
        rf"(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(noun)}\b",
        re.IGNORECASE,
    )
    return own.search(told) is None


def _same_force(actor: str, movers: Sequence[str]) -> str:
    """The armed force of one nation told before by another of its names ("Russian troops
    push into Pokrovsk ... Russian assault units pushed ... Russian forces captured
    Avdiivka"): one mover, the first told."""
    if not _armed_force(actor):
        return ""
    nation = actor.split()[0]
    return next((m for m in movers if _armed_force(m) and m.split()[0] == nation), "")


def _armed_force(actor: str) -> bool:
    """A nation's armed force told by its nationality and a military noun ("Russian forces",
    "Israeli assault units")."""
    words = actor.split()
    return (
        len(words) >= 2
        and bool(NATIONALITY_RE.fullmatch(words[0]))
        and all(w.islower() for w in words[1:])
        and words[-1] in FORCE_NOUNS
    )


# the nouns a nation's armed force is told by, its infantry and columns too
FORCE_NOUNS = FORCE_PLURALS | frozenset({"infantry", "columns"})


def _definite_description(actor: str, sentence: str) -> bool:
    """A subject told by "the", names that qualify it and a common noun ("The Western Hockey
    League leaders boarded their bus"): a description of a mover, not a name of its own."""
    words = actor.split()
    if len(words) < 2 or not words[-1].islower() or not words[-1].isalpha():
        return False
    if NATIONALITY_RE.fullmatch(words[0]):
        return False  # "The Ugandan leader": see `_nationality_and_role`
    return bool(_rx(rf"(?:^|[.;]\s+|\s[-–—]\s+)The\s+{re.escape(actor)}\b").search(sentence))


def _agrees_in_number(description: str, mover: str) -> bool:
    """A description can tell the mover again: both singular or both plural when the mover is
    a description too ("Last U.N. convoy" is no "last U.N. peacekeepers"); a name's number is
    not told by its ending ("Calgary Hitmen")."""
    if not mover.split()[-1].islower():
        return True
    return _singular(description) == _singular(mover)


def _nationality_and_role(actor: str) -> bool:
    """A single person told by a nationality and a role ("Kenyan leader", "the French envoy"),
    as news tells again the person just named; not a group ("Israeli commandos", "Polish
    crew")."""
    words = actor.split()
    if len(words) < 2 or not NATIONALITY_RE.fullmatch(words[0]) or not _singular(actor):
        return False
    roles = (OFFICE_NOUNS | TITLE_WORDS | NAME_TITLES) - {"officials", "army", "navy"}
    return all(w.islower() for w in words[1:]) and words[-1].casefold() in roles | ROLE_NOUNS


# nouns of a person's role that news tells a named person again by ("the Kenyan leader")
ROLE_NOUNS = frozenset("leader diplomat monarch envoy strongman statesman veteran".split())


def _named_with(description: str, mover: str, text: str) -> bool:
    """The story writes the description's nationality before the mover's name ("Kenyan
    President William Ruto" for "the Kenyan leader")."""
    if _generic(mover):
        return False
    nationality = re.escape(description.split()[0])
    named = rf"\b{nationality}\s+(?:[\w.'’-]+\s+){{0,3}}{re.escape(mover)}"
    return bool(_rx(named).search(text))


def _told_with_the(description: str, sentence: str, mover: str, text: str) -> bool:
    """A sentence opening with "The" and the description ("The Tibetan spiritual leader flew
    from Dharamshala") tells again the named traveller before it."""
    opening = rf"(?:^|[.;]\s+)The\s+{re.escape(description)}\b"
    if _generic(mover) or not _rx(opening).search(sentence):
        return False
    return not _named_with_another_nationality(description, mover, text)


def _named_with_another_nationality(description: str, mover: str, text: str) -> bool:
    """ "Kenyan President William Ruto" is no "Ugandan leader"."""
    told = {
        word
        for found in re.finditer(re.escape(mover), text)
        for word in text[max(0, found.start() - 40) : found.start()].split()[-4:]
        if NATIONALITY_RE.fullmatch(word)
    }
    return bool(told) and description.split()[0] not in told


def _a_way(actor: str) -> bool:
    """The subject is a way, which lies where it goes rather than travels ("Tanzania's railway
    is eventually to reach Mwanza", "that line stops short of the border")."""
    words = actor.split()
    return bool(words) and words[-1].islower() and words[-1] in BUILT_WAY_NOUNS


# ways that reach or stop somewhere without moving, by the last word of a subject
BUILT_WAY_NOUNS = BUILT_WAYS | frozenset({"railroad"})


def _another(mover: str) -> bool:
    """The mover is told as one more of its kind ("second tagged whale", "another boat")."""
    return mover.split()[0].casefold() in ANOTHER_WORDS


ANOTHER_WORDS = frozenset("second third fourth another other".split())


def _relative(mover: str) -> bool:
    """The mover is told as a relative of the traveller ("his daughter"), not as a traveller
    of some nationality ("Venezuelan mother reaches Lima")."""
    words = mover.split()
    described = len(words) > 1 and NATIONALITY_RE.fullmatch(words[0]) is not None
    return words[-1].casefold() in RELATIVE_NOUNS and not described


def _set_apart_after(event: Event, movers: AbstractSet[str]) -> bool:
    """The group's move is told against a traveller's own in a clause after it ("The convoy
    will drive on to Lyon, but Martin said he would stay in Dijon"): the group goes there
    alone."""
    if event.place is None or not _generic(event.actors[0] if event.actors else ""):
        return False
    at = event.place.mention.end - event.start
    contrast = _CONTRAST_RE.search(event.sentence, at)
    if contrast is None:
        return False
    named = event.sentence[contrast.end() :].split()[:1]
    return bool(named) and any(named[0] in m.split() for m in movers)


_CONTRAST_RE = re.compile(r",\s*(?:but|while|whereas)\s+(?=[A-Z])")


# people moved or moving on their own, never a storm told before them
PEOPLE_NOUNS = frozenset(
    "staff workers employees crews families evacuees tourists passengers travellers travelers "
    "miners students children patients".split()
)


def _drifts(mover: str) -> bool:
    """A storm, or a cloud, plume or slick borne by wind or sea: the seas it crosses are on
    its path as much as the towns it reaches (not a ship's or a traveller's)."""
    return any(w.casefold() in DRIFTING_WORDS for w in mover.split())


DRIFTING_WORDS = STORM_WORDS | frozenset("cloud clouds plume smoke ash slick haze swarm".split())


def _storm(mover: str) -> bool:
    """The mover is a storm by its name ("Tropical Cyclone Kara", "the storm")."""
    return any(w.casefold() in STORM_WORDS for w in mover.split())


def _aged_description(actor: str, sentence: str) -> bool:
    """The subject is told by its age, as news tells the person just named again ("Spain's
    Carlos Sainz took the lead ... The 61-year-old Audi driver spent the rest day in Riyadh")."""
    if not actor.split()[-1].islower():
        return False  # "The 39-year-old Nowitzki played": a name of its own
    return bool(_rx(rf"\b[Tt]he\s+\d{{1,3}}-year-old\s+{re.escape(actor)}\b").search(sentence))


def _same_noun_mover(noun: str, mover: str, movers: Sequence[str]) -> str:
    """The mover that "the <noun>" stands for: `mover`, unless it is told by another common
    noun and an earlier mover was described by a phrase ending in this one ("A Brittany
    Ferries ship"; a bare "emperor" in a headline is no such description)."""
    head = noun.casefold()
    if mover.split()[-1].casefold() == head:
        return mover
    # also after a named mover ("The orchestra ... returns to Tehran" after a soloist's own
    # flight: the "Tehran Symphony Orchestra" told before her)
    same = [m for m in movers if len(m.split()) > 1 and m.split()[-1].casefold() == head]
    return same[-1] if same else mover


def _guest(event: Event, movers: Sequence[str]) -> str:
    """The traveller that "him", "her" or "them" of a meeting stands for: the last mover that
    is not a named party of it ("Her husband, who flew from Auckland to meet her": not the
    husband, whose flight was told last, but the sailor before him)."""
    if event.event_type != "meeting" or event.actors[:1] != (PRONOUN_ACTOR,):
        return ""
    return next((m for m in reversed(movers) if m not in event.actors), "")


def _fill(event: Event, mover: str) -> Event:
    if not mover:
        return event
    if not event.actors:
        return replace(event, actors=(mover,))
    if event.actors[0] == PRONOUN_ACTOR:
        rest = tuple(a for a in event.actors[1:] if a != mover)
        return replace(event, actors=(mover, *rest))
    return event


def _is_movement(event: Event) -> bool:
    return (
        event.event_type == "travel"
        and event.section == "main"
        and event.role in MOVEMENT_ROLES
        and bool(event.actors)
        and not _a_way(event.actors[0])
        and event.place is not None
        and event.place.chosen is not None
        and not _feature_read_as_a_town(event)
        and not _nationality_of_a_thing(event)
    )


def _nationality_of_a_thing(event: Event) -> bool:
    """A nationality word before the thing it qualifies ("after fleeing Israeli strikes") is
    whose the thing is, no place left or reached."""
    place = event.place
    if place is None or place.mention.label != "NORP":
        return False
    if not NATIONALITY_RE.fullmatch(place.mention.text):
        return False  # "across the northern Philippines earlier": the model's NORP for a name
    return bool(_LOWER_WORD_AFTER_RE.match(event.sentence, place.mention.end - event.start))


_LOWER_WORD_AFTER_RE = re.compile(r"\s+[a-z]")


def _feature_read_as_a_town(event: Event) -> bool:
    """A name told with "river" after it that the gazetteer read as no water ("crossed the
    Pilica river at Nowe Miasto": the town of Pilica lies 60 km away) is no stop; nor is one
    told with "mountains" or "valley" after it that it read as a town ("made it over the
    Făgăraș mountains to Sibiu": not the town of Făgăraș)."""
    place = event.place
    if place is None or place.chosen is None or place.chosen.kind == "water":
        return False
    at = place.mention.end - event.start
    if _RIVER_AFTER_RE.match(event.sentence, at):
        return True
    lead = event.sentence[: place.mention.start - event.start]
    if place.chosen.kind == "city" and _CROSSING_RE.match(event.action) and lead.endswith("the "):
        return not _CROSSING_POINT_RE.match(event.sentence, at)  # "crossing the Madeira on a
        # new bridge": a river, not a town (but "crossed the Rafah crossing")
    return place.chosen.kind == "city" and bool(_LAND_FEATURE_AFTER_RE.match(event.sentence, at))


_RIVER_AFTER_RE = re.compile(r"\s+river\b")
_CROSSING_POINT_RE = re.compile(
    r"\s+(?:crossing|border|bridge|checkpoint|post|frontier|gate|pass|station)\b"
)
_LAND_FEATURE_AFTER_RE = re.compile(
    r"\s+(?:mountains|hills|range|valley|gorge|plateau|desert|forest|peninsula|coast|coastline)\b"
)


# verbs of arriving told with no place: "she arrived for the 40th time"
PLACELESS_ARRIVALS = frozenset({"arrive", "arrived", "arrives", "arriving", "landed", "lands"})


def _arrival_at_the_dateline(
    events: Sequence[Event], moves: list[tuple[int, Event]], actor: str
) -> tuple[int, Event] | None:
    """An arrival on a day told without a place ("On Thursday, aged 68, she arrived for the
    40th time"), where the traveller reaches no other place that day, is at the dateline's
    town, the place the story is filed from."""
    dateline = next(
        (e for e in events if e.place is not None and e.place.mention.label == DATELINE_LABEL),
        None,
    )
    if dateline is None or dateline.place is None or dateline.place.chosen is None:
        return None
    if dateline.place.chosen.kind not in {"city", "admin"}:
        return None  # a country or a region is no place arrived at
    reached = {d for _, e in moves if e.role in ARRIVAL_ROLES and (d := _day(e)) is not None}
    for position, event in enumerate(events):
        if (
            event.place is None
            and event.event_type == "travel"
            and event.section == "main"
            and event.actors[:1] == (actor,)
            and event.action.casefold() in PLACELESS_ARRIVALS
            and (day := _day(event)) is not None
            and day not in reached
            and not _is_flashback(event)
            and not _told_as_future(event)
        ):
            arrival = replace(
                dateline,
                role="destination",
                actors=event.actors,
                action=event.action,
                date=event.date,
                date_text=event.date_text,
                date_precision=event.date_precision,
            )
            return position, arrival
    return None


def _where_it_began(
    events: Sequence[Event], moves: list[tuple[int, Event]], actor: str
) -> tuple[int, Event] | None:
    """A trip told without a town it left: the last town the traveller is told to be at on a
    day before every dated move ("Police came to the family's rented room on the edge of
    Karachi on April 9 ... put on a bus on April 13 ... reaching Quetta"), or else the town
    where it spent years ("had spent two years in a cage near Kharkiv"), is where it began."""
    if any(e.role == "origin" and _town(e) for _, e in moves):
        return None
    first = min((d for _, e in moves if (d := _day(e)) is not None), default=None)
    if first is None:
        return None
    here = {_key(e) for _, e in moves if e.place is not None and e.place.chosen is not None}
    stays = [
        (position, event)
        for position, event in enumerate(events)
        if event.event_type == "travel"
        and event.role == "location"
        and event.section == "main"
        and event.actors[:1] == (actor,)
        and _town(event)
        and _key(event) not in here
    ]
    dated = [
        (position, event)
        for position, event in stays
        if (day := _day(event)) is not None and day < first and not _is_flashback(event)
    ]
    homes = [(p, e) for p, e in stays if _day(e) is None and _YEARS_SPENT_RE.search(e.sentence)]
    found = dated or homes  # "had spent two years in a cage near Kharkiv"
    return (found[-1][0], replace(found[-1][1], role="origin")) if found else None


# years spent somewhere: where the traveller lived before the trip
_YEARS_SPENT_RE = re.compile(rf"\bspen[dt]\w*\s+(?:\w+\s+){{0,2}}(?:{any_word_of(YEAR_SPANS)})\b")


def _town(event: Event) -> bool:
    """The event's place is a town."""
    return (
        event.place is not None
        and event.place.chosen is not None
        and event.place.chosen.kind == "city"
    )


def _appearance(event: Event) -> bool:
    """A rally a traveller holds at a venue ("held his first rally outside the station in
    Daejeon"): the traveller was there, a stop on the way."""
    return (
        event.event_type == "protest"
        and event.section == "main"
        and event.role == "venue"
        and bool(event.actors)
        and event.place is not None
        and event.place.chosen is not None
    )


def _latest_date(events: Sequence[Event]) -> date | None:
    dated = _days_told(events)
    return max(dated) if dated else None


def _in_window(when: date | None, anchor: date | None, window: timedelta) -> bool:
    return when is None or anchor is None or abs(when - anchor) <= window


@dataclass
class _StopDraft:
    candidate: Candidate
    role: str
    day: date | None
    position: int
    flashback: bool = False
    lean: int = 0  # -1: told as coming before the other moves of its sentence; +1: after
    hint: date | None = None  # an undated stop's likely day (its sentence's, its meeting's)
    sentence: int = 0  # where its sentence starts: text order between sentences
    clause: int = 0  # where its verb stands: text order between the verbs of a sentence
    told: date | None = None  # an undated stop's day by its telling (see _told_days)
    carried: bool = False  # `told` is carried over from the move told before it
    pluperfect: bool = False  # its sentence tells a move in the past perfect
    came_in: bool = False  # left on the last leg into the story's place ("flew in from X")
    on_the_way: bool = False  # told after the arrival as how it got there, on the same day
    before_leaving: bool = False  # told before a departure from elsewhere that gives its day
    next_leg: bool = False  # a waypoint told as what came next ('then', 'later')
    told_role: str = "waypoint"  # the role it was first told in (`role` is merged)
    period: tuple[date, date] | None = None  # the month or week it is dated by, if any
    back_story: bool = False  # first told in a sentence with a past perfect in it
    left_then: bool = False  # its day is the day it was left ("reached Merida ... The train
    # left Merida early on Saturday"): first among the stops of that day


def _stops(
    moves: list[tuple[int, Event]],
    days: dict[int, list[date]],
    meetings: Sequence[Meeting] = (),
    placed: Mapping[tuple[int, tuple[str, float, float]], date] | None = None,
    placeless: Mapping[int, list[tuple[int, date]]] | None = None,
    news: date | None = None,
    drifting: bool = False,
) -> list[Stop]:
    """The stops of one traveller, each place once (twice for a return to the start or a
    stop left again after going elsewhere in between); a storm's (`drifting`) are passed in
    the telling, whatever verb reaches them. `days`
    holds the days each sentence names (by its start), `meetings` the traveller's meetings
    on a known day: an undated stop where the traveller met someone took that day. An undated
    stop whose place has a day in an event of another kind in its sentence ("began the week in
    Port Moresby, where he held talks ... on Monday") takes that day (`placed`, by sentence and
    place). An undated arrival told in the headline is the news of `news`, the day the lede
    names."""
    drafts: dict[tuple[str, float, float], _StopDraft] = {}
    last = len(moves) + max((p for p, _ in moves), default=0)
    on_the_way: set[int] = set()
    before_leaving: set[int] = set()
    told = _told_days(moves, on_the_way, placeless, before_leaving)
    on_the_way |= _passed_on_the_lede_day(moves)
    if news is not None:
        for position, event in moves:
            if position not in told and _headline_news(event):
                told[position] = (news, False)
    for position, event in moves:
        told_day, carried = told.get(position, (None, False))
        key = _key(event)
        draft = drafts.get(key)
        if draft is not None and _is_return(draft, event):
            back = (f"{key[0]} (return)", key[1], key[2])
            if draft.role == "origin":
                key, draft = back, drafts.get(back)
                position += last  # the trip ends where it began (unless dates say otherwise)
            else:  # the return was told first: the draft told earlier is the return
                drafts[back] = drafts.pop(key)
                drafts[back].position += last
                draft = None
        role = event.role
        if draft is not None and _left_again(draft, event, moves):
            key, role = (f"{key[0]} (again)", key[1], key[2]), "waypoint"
            draft = drafts.get(key)
        elif draft is not None and (
            _reached_again(draft, event, moves, meetings)
            or _back_after_elsewhere(draft, event, moves)
            or _stopped_again(draft, event, moves, position)
            or _reached_on_a_later_telling(draft, event, moves, days)
        ):
            key = (f"{key[0]} (again)", key[1], key[2])
            draft = drafts.get(key)
        if draft is None:
            lean, hint = _lean(event, moves, days.get(event.start, []))
            drafts[key] = _StopDraft(
                _chosen(event),
                role,
                _day(event),
                position,
                _is_flashback(event),
                lean,
                hint,
                event.start,
                _clause_offset(event),
                told_day,
                carried,
                came_in=_came_in_from(event),
                on_the_way=position in on_the_way,
                before_leaving=position in before_leaving,
                next_leg=role == "waypoint" and (_moves_on(event) or _a_stay_alone(event, moves)),
                told_role=role,
                period=_period(event),
                back_story=bool(_HAD_DONE_RE.search(event.sentence)),
            )
            continue
        if draft.day is None and draft.told is None and told_day is not None:
            draft.told, draft.carried = told_day, carried  # first told bare, then in the story
            draft.sentence, draft.clause = event.start, _clause_offset(event)
        if {draft.role, event.role} == {"origin", "destination"}:
            draft.role = "waypoint"  # arrived, then left again: a stop on the way
        elif ROLE_ORDER[event.role] < ROLE_ORDER[draft.role]:
            draft.role = event.role
        if draft.day is None and draft.hint is None and not draft.lean:
            _retell(draft, event, moves, days)
        if draft.day is None and event.role == "origin" and _day(event) is not None:
            draft.left_then = True
        draft.day = _merged_day(draft, event)
    back_story = {
        e.start
        for _, e in moves
        if (_is_flashback(e) and not _background_of_the_subject(e)) or _told_earlier(e)
    }
    for draft in drafts.values():
        draft.pluperfect = draft.sentence in back_story
    for draft in drafts.values():
        here = _place_key(draft.candidate.name, draft.candidate.lat, draft.candidate.lon)
        same = (placed or {}).get((draft.sentence, here))
        if draft.day is None and draft.hint is None and (draft.told is None or draft.carried):
            if same is not None:
                draft.day = same
            elif draft.told is None or not draft.pluperfect:  # a move of a back story told
                # on from its past perfect keeps that day, not the day of a meeting nearby
                draft.hint = _meeting_day(draft.candidate, meetings)
        elif draft.day is None and draft.flashback and same is not None:
            draft.day = same  # "had spent a day in Port Moresby, where he co-hosted ... on Monday"
    in_roles = sorted(drafts.values(), key=partial(_rank_in_roles, drifting=drifting))
    return [_stop(d.candidate, d.role, d.day) for d in _by_time_then_text(in_roles)]


def _rank_in_roles(draft: _StopDraft, drifting: bool = False) -> tuple[int, int]:
    """Origins, then waypoints, then destinations, each in the telling; a waypoint told as
    what came next ("flew to Sukkur ... The two then boarded a helicopter and circled over
    Jacobabad") ranks with the destinations, so it stays after the stops told before it, and
    so does every waypoint of a storm ("reached Sioux Falls about an hour later ... collapsing
    a hog barn outside Worthington")."""
    waypoint_on = (draft.next_leg or drifting) and draft.role == "waypoint"
    role = ROLE_ORDER["destination"] if waypoint_on else ROLE_ORDER[draft.role]
    return role, draft.position


def _left_again(draft: _StopDraft, event: Event, moves: list[tuple[int, Event]]) -> bool:
    """A stop reached on one day and left on a later one, with a move elsewhere dated between:
    the traveller came back to it ("flew to Sydney on Oct 18 ... a day in Canberra on Monday
    before leaving Sydney for Samoa on Tuesday")."""
    left = _day(event)
    if event.role != "origin" or draft.role == "origin" or draft.day is None or left is None:
        return False
    here = _place_key(draft.candidate.name, draft.candidate.lat, draft.candidate.lon)
    return any(
        draft.day < day < left for _, e in moves if (day := _day(e)) is not None and _key(e) != here
    )


def _reached_again(
    draft: _StopDraft,
    event: Event,
    moves: list[tuple[int, Event]],
    meetings: Sequence[Meeting],
) -> bool:
    """A stop reached (and left again), reached once more on a later day after a move or a
    meeting elsewhere in between ("arrived in Beirut on Tuesday ... flew in from Beirut ...
    met Netanyahu in Jerusalem on Thursday ... will return to Beirut on Friday"; "had flown
    to the Ethiopian capital on Tuesday ... arrived in Mogadishu on Thursday ... is due back
    in Addis Ababa on Friday"), or once before, when the later visit is told first ("visited a
    school in Ulaanbaatar on Friday ... landed in Ulaanbaatar on Sunday ... flew to Kharkhorin
    on Wednesday")."""
    again = _day(event)
    if event.role != "destination" or draft.role not in ARRIVAL_ROLES or draft.day is None:
        return False
    if again is None or again == draft.day:
        return False
    first, last = sorted((draft.day, again))  # the visit told first may be the later one
    here = draft.candidate
    elsewhere = [d for _, e in moves if (d := _day(e)) is not None and _chosen(e) != here]
    elsewhere += [
        m.date
        for m in meetings
        if m.date is not None and _km(m.lat, m.lon, here.lat, here.lon) >= SAME_PLACE_KM
    ]
    return any(first < day < last for day in elsewhere)


def _reached_on_a_later_telling(
    draft: _StopDraft,
    event: Event,
    moves: list[tuple[int, Event]],
    days: Mapping[int, list[date]],
) -> bool:
    """An undated arrival at a stop reached on a known day, told after a move elsewhere and
    after a sentence of a later day ("took a flight on to Sapporo the next day and travelled
    by bus to Niseko. On Jan 11 he landed badly ... An ambulance took him to a hospital in
    Sapporo"): the stop is reached again. `days` holds the days each sentence names."""
    if event.role != "destination" or _day(event) is not None or draft.day is None:
        return False
    if draft.role not in ARRIVAL_ROLES or _is_flashback(event):
        return False  # "He had been moved to Bogota from Combita last week": the back story
    first = draft.day
    if not any(draft.sentence < at < event.start and max(d) > first for at, d in days.items()):
        return False
    here = draft.candidate
    return any(
        (draft.sentence, draft.clause) < (e.start, _clause_offset(e))
        and e.start < event.start
        and (d := _day(e)) is not None
        and d >= first
        and e.role in ARRIVAL_ROLES
        and _chosen(e) != here
        for _, e in moves
    )


def _back_after_elsewhere(draft: _StopDraft, event: Event, moves: list[tuple[int, Event]]) -> bool:
    """An undated move "back to" a stop reached on a known day, told after a move elsewhere
    on a later day ("landed in Buenos Aires on Monday ... will travel to Cordoba on Wednesday
    ... After the match the squad flies back to Buenos Aires"): the stop is reached again."""
    if event.role != "destination" or _day(event) is not None or draft.day is None:
        return False
    if not _goes_back(event):
        return False
    here = draft.candidate
    return any(
        e.start < event.start
        and (d := _day(e)) is not None
        and d > draft.day
        and _chosen(e) != here
        for _, e in moves
    )


def _stopped_again(
    draft: _StopDraft, event: Event, moves: list[tuple[int, Event]], position: int
) -> bool:
    """A stop told "again" after a move elsewhere told since the first visit is a second
    visit ("watered the camels at Araouane ... spent a week at Taoudenni ... and came back
    the same way, stopping again at Araouane")."""
    if event.role not in ARRIVAL_ROLES:
        return False
    action = re.escape(event.action)
    if not _rx(rf"\b{action}\s+again\b").search(event.sentence):
        return False
    here = draft.candidate
    return any(
        draft.position < p < position and _is_movement(e) and _chosen(e) != here for p, e in moves
    )


def _goes_back(event: Event) -> bool:
    """'flies back to Buenos Aires', 'flew back to Rome', 'had taken a bus back to Kampala':
    a move back to a place."""
    action = re.escape(event.action)
    return bool(_rx(rf"\b{action}\s+(?:[\w'’-]+\s+){{0,3}}?back\s+to\b").search(event.sentence))


def _retell(
    draft: _StopDraft, event: Event, moves: list[tuple[int, Event]], days: dict[int, list[date]]
) -> None:
    """A stop first told bare (a headline's "hits China after Taiwan") is placed where it is
    told again with a day or as coming after or before the other moves of its sentence."""
    lean, hint = _lean(event, moves, days.get(event.start, []))
    if _day(event) is not None or lean:
        draft.sentence, draft.clause = event.start, _clause_offset(event)
        draft.lean, draft.hint = lean, hint


def _told_days(
    moves: list[tuple[int, Event]],
    on_the_way: set[int] | None = None,
    placeless: Mapping[int, list[tuple[int, date]]] | None = None,
    before_leaving: set[int] | None = None,
) -> dict[int, tuple[date, bool]]:
    """The day the telling puts each undated move on (by position), and whether it is carried over
    from the move told before it. A month apart from every dated day orders by itself ("crossed into
    Turkey in July", arrived in Berlin in November); a flashback comes before the first day of the
    present trip, or goes on from a dated move of the back story told before it; a move told before
    a dated one in its sentence comes on or before that day; an undated move told after a move of
    the back-story (one before the trip's last day) goes on with that back-story ("had set out from
    Cadiz ... then rounded Cape Horn to Valparaiso. It later called at Honolulu"; a move told in the
    past perfect carries its day into a later sentence only when that one moves on with 'later' or
    'then', not "had left the Algerian port on Thursday night ... They were taken to Cagliari"), and
    one told in a later sentence than the lede's final arrival tells how the traveller got there, on
    the day before that arrival, or, when the trip is told to have left on the arrival's day ("A
    drone that flew into Latvia from Belarus crashed near Rezekne on Saturday ... It entered Latvian
    airspace near Kraslava"), on that day between the departure and the arrival (its position is
    added to `on_the_way`); one told as still to come goes after the trip's last day."""
    on_the_way = set() if on_the_way is None else on_the_way
    before_leaving = set() if before_leaving is None else before_leaving
    dated = [d for _, e in moves if (d := _day(e)) is not None]
    present = [d for _, e in moves if (d := _day(e)) is not None and not _is_flashback(e)]
    before_all = min(present) - timedelta(days=1) if present else date.min
    start = _departure_day(moves, present)
    set_out = _set_out(moves)
    latest = max(dated, default=None)
    found: dict[int, tuple[date, bool]] = {}
    previous: date | None = None
    main_day: date | None = None  # the day of the last move not told in an "after ..." phrase
    told_in = -1  # where the sentence of the move before starts
    told_back = False  # the move before is told in the past perfect
    aside = False  # the move before is told in an "after ..." phrase
    final = _final_arrival(moves, latest)
    departed = max(
        (d for _, e in moves if e.role == "origin" and (d := _day(e)) and latest and d <= latest),
        default=None,
    )
    ordered = sorted(moves, key=lambda move: move[0])
    for index, (position, event) in enumerate(ordered):
        day = _day(event)
        if day is None:
            same_day = previous if _told_earlier(event) else None  # "Earlier in the day he"
            own = _period_apart(event, dated) or same_day or _day_of_a_verb_before(event, placeless)
            if own is None and _is_flashback(event):
                own = _back_story_day(previous, before_all)
                ahead = _next_back_story_day(ordered[index + 1 :])
                own = min(own, ahead) if ahead is not None else own
                own = _not_before_the_start(event, own, start)
            goes_on = not told_back or event.start == told_in or _moves_on(event)
            goes_on = goes_on or bool(_BY_THEN_RE.match(event.sentence))  # "By nightfall he
            # had reached Jyväskylä": on from the move before
            if own is not None:
                found[position] = (own, False)
            elif _came_in_from(event) and (came := _arrived_before(ordered[:index])):
                found[position] = (came, True)  # "walked into the arrivals hall at Tepic's
                # airport on Thursday ... flew in from Mexico City": left it that day
            elif (ahead := _day_of_a_clause_after(event, ordered)) is not None:
                found[position] = (ahead, True)  # on or before a day told later in its sentence
                if final is not None and ahead == latest:
                    on_the_way.add(position)  # before the lede's arrival of that day ("drove
                    # west to Alba Iulia, ..., and on Sunday he took the motorway to Cluj")
            elif latest and _told_as_future(event):
                found[position] = (latest + timedelta(days=1), True)  # still to come
            elif (left := _day_at_place_left(event, ordered)) is not None:
                found[position] = (left, True)  # "After Kyiv he travelled on to Warsaw"
            elif aside and main_day and _moves_on(event):
                found[position] = (main_day, True)  # "landed in Delhi on Thursday after
                # winning the final in Bridgetown on Saturday ... before flying on to Mumbai"
            elif previous and latest and previous < latest and goes_on:
                found[position] = (previous, True)
            elif previous and previous == latest and _goes_back(event):
                found[position] = (previous, True)  # "After the match the squad flies back"
            elif previous and previous == latest and _moves_on(event):
                found[position] = (previous, True)  # "came ashore in Nova Scotia on Saturday
                # ... It then crossed Cape Breton Island": on from the last day
            elif latest and _tells_how_it_got_there(event, final):
                following = _next_known_day(ordered[index + 1 :], set_out)
                way = min(latest - timedelta(days=1), following or latest)
                if departed is not None and way < departed:  # left and arrived the same day:
                    way = departed  # on the way that day, after the departure
                    on_the_way.add(position)
                elif way == following and _left_elsewhere_next(event, ordered[index + 1 :]):
                    before_leaving.add(position)  # "rode to Tamworth ... he left Armidale on
                    # Sept 28": Tamworth came before that departure
                found[position] = (way, True)
            elif aside and main_day:
                found[position] = (main_day, True)  # "made landfall on Sunday, a day after it
                # tore through Mayotte ... The storm came ashore near Pemba"
        if position in found:
            told_day, carried = found[position]
            found[position] = (_within_own_period(event, told_day, set_out), carried)
        if _background_of_the_subject(event):
            continue  # "The yacht, which had sailed from Denmark in early June, then carried
            # him north to Maniitsoq": the main clause goes on from the move told before
        previous = day or found.get(position, (None, False))[0]
        aside = _told_after(event)
        main_day = main_day if aside else previous
        told_in, told_back = event.start, _is_flashback(event) or (aside and not _set_out_in(event))
    return _guesses_before_told_months(ordered, found)


def _set_out_in(event: Event) -> bool:
    """A departure told in an "after ..." phrase ("arrived on Wednesday, two weeks after
    leaving Durban"): the trip's start, from which the telling goes on."""
    return event.role == "origin" and _day(event) is not None


def _guesses_before_told_months(
    ordered: list[tuple[int, Event]], found: dict[int, tuple[date, bool]]
) -> dict[int, tuple[date, bool]]:
    """A day guessed for an undated move (carried from the moves around it) comes no later
    than the day of a move told after it in its own month, not as back story ("crossing the
    mountains to Pamplona ... He passed through Burgos and Leon in May")."""
    capped = dict(found)
    cap: date | None = None
    for position, event in reversed(ordered):
        if position not in found:
            continue
        day, carried = found[position]
        if carried and _period(event) is None and cap is not None and day > cap:
            capped[position] = (cap, carried)
        elif _period(event) is not None and not _is_flashback(event):
            cap = day if cap is None else min(cap, day)
    return capped


def _day_of_a_clause_after(event: Event, moves: list[tuple[int, Event]]) -> date | None:
    """The day of the first dated move told after the undated one in its sentence, when none
    is told before it there: the clauses go in order, so it came on or before that day ("is
    expected to stop at Port Louis ..., round the Cape and arrive at Zeebrugge around Feb.
    20")."""
    at = _verb_offset(event)
    told = sorted(
        (_verb_offset(e), day)
        for _, e in moves
        if e.start == event.start and (day := _day(e)) is not None and e.action != event.action
    )
    if not told or told[0][0] < at:
        return None
    return told[0][1]


def _next_back_story_day(later: list[tuple[int, Event]]) -> date | None:
    """The day of the next dated step of the back story (a move in the past perfect), when the
    dated steps told after it go forward in time: an undated step told before them came no
    later ("had been seized in Gao ... On Thursday her captors had driven her to Niamey ... she
    had flown to Paris on Saturday"), but not in a chain told backwards ("had spent a day in
    Rotterdam, and on Sept 29 it had called at Felixstowe. It had left Ningbo on Sept 10")."""
    days = [d for _, e in later if (d := _day(e)) is not None and _is_flashback(e)]
    if not days or days != sorted(days):
        return None
    return days[0]


def _within_own_period(event: Event, day: date, set_out: date | None) -> date:
    """A day the telling gives a move dated by its month, week or year, kept inside that period
    ("had spent ten days at Sidi Bou Said in September": not before September 1), and
    not before the trip set out when it did so in that month or week ("sailed from Bergen on
    Oct 5 ... had spent a week at Lerwick in October": after Bergen)."""
    period = _period(event) or _year_of(event)
    if period is None:
        return day
    if set_out is not None and period[0] <= set_out <= period[1]:
        return min(max(day, set_out), period[1])
    return min(max(day, period[0]), period[1])


def _year_of(event: Event) -> tuple[date, date] | None:
    """The first and last day of an event dated by its year ("seized in Gao last year")."""
    if event.date is None or event.date_precision != "year":
        return None
    return date(event.date.year, 1, 1), date(event.date.year, 12, 31)


def _set_out(moves: list[tuple[int, Event]]) -> date | None:
    """The day the trip set out: its first day told outside a flashback, when a departure is
    told on it."""
    present = [(d, e) for _, e in moves if (d := _day(e)) is not None and not _is_flashback(e)]
    if not present:
        return None
    first = min(d for d, _ in present)
    return first if any(d == first and e.role == "origin" for d, e in present) else None


def _back_story_day(previous: date | None, before_all: date) -> date:
    """An undated move told in the past perfect goes on from the move told before it when that
    one is back story too, dated before the present trip or with no present trip dated ("had
    left Kabul in December ... had crossed into Iran"); else it comes before the trip's first
    day."""
    if previous is not None and (previous <= before_all or before_all == date.min):
        return previous
    return before_all


def _not_before_the_start(event: Event, day: date, start: date | None) -> date:
    """A move of the back story told with its month or week ("had spent ten days at Sidi Bou
    Said in September") comes no earlier than that period's first day, nor before the trip's
    departure when that falls inside it ("five weeks after she sailed from Barcelona", on
    September 1): a stop of the trip, not a stay before it."""
    period = _period(event)
    if period is None:
        return day
    if start is not None and period[0] <= start <= period[1]:
        return max(day, start)
    return max(day, period[0])


def _departure_day(moves: list[tuple[int, Event]], present: Sequence[date]) -> date | None:
    """The day the trip set out: an origin dated to its first day."""
    first = min(present, default=None)
    departures = [e for _, e in moves if e.role == "origin" and _day(e) == first]
    return first if departures else None


def _arrived_before(told: list[tuple[int, Event]]) -> date | None:
    """The day of the last dated arrival told before: the one a later "flew in from X" came
    into (see `_came_in_from`)."""
    days = [d for _, e in told if e.role == "destination" and (d := _day(e)) is not None]
    return days[-1] if days else None


def _placeless_days(events: Sequence[Event]) -> dict[int, list[tuple[int, date]]]:
    """(where its verb stands, day) of each dated move told without a place, by the start of
    its sentence ("drifted east across the border on Friday night")."""
    found: dict[int, list[tuple[int, date]]] = {}
    for event in events:
        day = _day(event)
        if event.event_type == "travel" and event.place is None and day is not None:
            found.setdefault(event.start, []).append((event.sentence.find(event.action), day))
    return found


def _day_of_a_verb_before(
    event: Event, placeless: Mapping[int, list[tuple[int, date]]] | None
) -> date | None:
    """The day of a dated move without a place told just before the undated move in its
    sentence: the move goes on from it ("drifted east across the border on Friday night and
    passed over Arad soon after midnight": Friday)."""
    at = event.sentence.find(event.action)
    before = [(o, d) for o, d in (placeless or {}).get(event.start, []) if 0 <= o < at]
    return max(before)[1] if before else None


def _background_of_the_subject(event: Event) -> bool:
    """A move told in the past perfect in a relative clause about the sentence's subject
    ("The Dannebrog, which had sailed from Denmark in early June, then carried him")."""
    action = re.escape(event.action)
    return bool(_rx(rf"{RELATIVE_PAST_PERFECT}{action}\b").search(event.sentence))


def _day_at_place_left(event: Event, moves: list[tuple[int, Event]]) -> date | None:
    """The last day the traveller is told to be at the place a sentence opens with ("After
    Kyiv he travelled on to Warsaw", "From Marseille, the relay will travel ...")."""
    opening = _AFTER_PLACE_RE.match(event.sentence)
    if opening is None:
        return None
    name = opening.group(1)
    days = [
        day
        for _, e in moves
        if e.place is not None
        and name in (e.place.mention.text, _chosen(e).name)
        and (day := _day(e)) is not None
    ]
    return max(days, default=None)


_AFTER_PLACE_RE = re.compile(r"\s*(?:After|From)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _told_after(event: Event) -> bool:
    """The move is told in an "after ..." phrase: back story of its sentence ("landed in
    Bengaluru on Monday ..., a week after completing a two-Test series in Galle")."""
    action = re.escape(event.action)
    return bool(_rx(rf"\bafter\s+(?:[\w'’-]+\s+){{0,8}}?{action}\b").search(event.sentence))


def _left_elsewhere_next(event: Event, moves: list[tuple[int, Event]]) -> bool:
    """The first move told later with a day of its own is a departure from another place."""
    dated = next((e for _, e in moves if _day(e) is not None), None)
    return dated is not None and dated.role == "origin" and _key(dated) != _key(event)


def _next_known_day(moves: list[tuple[int, Event]], set_out: date | None) -> date | None:
    """The day of the first move told later that has one of its own, or the first day of its
    month it can fall on ("crossing the mountains to Pamplona in the first week. He passed
    through Burgos and Leon in May": Pamplona goes no later than May)."""
    for _, event in moves:
        if (known := _day(event)) is not None:
            return known
        if _period(event) is not None:
            return _within_own_period(event, date.min, set_out)
    return None


def _a_stay_alone(event: Event, moves: list[tuple[int, Event]]) -> bool:
    """A stay "in" or "at" a town told in a sentence of its own, after the arrivals told
    before it ("He rested for a day in Brickaville, where a tyre was patched"): a stop of the
    telling, not a point passed on the way to them."""
    if not _STAY_IN_RE.search(_text_before_place(event)) or _told_as_future(event):
        return False  # (not "The ship will call at Punta Arenas", a plan)
    if any(e.start == event.start and e is not event and _another_way(e) for _, e in moves):
        return False  # (not "which loaded a cargo at Ras Laffan", told beside other moves;
        # a move to no place beside it is no other stop: "before the last ride east", nor are
        # other stays in towns: "In Versailles ... she painted the courthouse, and in Lebanon")
    lede = min(e.start for _, e in moves)  # (not the lede's final arrival: "He spent the
    # first night in York" after "rattled into Ogallala on Friday" is the start of the trip)
    return any(
        lede < e.start < event.start and e.role == "destination" and not _told_as_future(e)
        for _, e in moves
    )


_STAY_IN_RE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _another_way(event: Event) -> bool:
    """A move with a place that is not one more stay "in" or "at" a town."""
    if not event.place:
        return False
    return not (_town(event) and _STAY_IN_RE.search(_text_before_place(event)))


def _moves_on(event: Event) -> bool:
    """The move is told as what came next ('It later called at Honolulu', 'After Kyiv he
    travelled on to Warsaw')."""
    at = event.sentence.find(event.action)
    after = event.sentence[at + len(event.action) :] if at >= 0 else ""
    lead = event.sentence[: max(at, 0)]
    return bool(_MOVES_ON_RE.search(lead) or _AFTER_A_PLACE_RE.match(lead) or _ON_RE.match(after))


_AFTER_A_PLACE_RE = re.compile(r"\s*After\s+(?:the\s+)?[A-Z]")
_ON_RE = re.compile(r"\s+(?:on\s+(?:to|towards?|for)|next|later)\b")  # "called next at"


def _final_arrival(moves: list[tuple[int, Event]], latest: date | None) -> Event | None:
    """The lede's arrival when it is on the trip's last day ('reached Tapachula on Thursday')."""
    lede = _lede_arrival(moves)
    return lede[1] if lede is not None and _day(lede[1]) == latest else None


def _lede_arrival(moves: list[tuple[int, Event]]) -> tuple[int, Event] | None:
    """The first dated move told, when it is an arrival."""
    first = next((m for m in sorted(moves, key=lambda m: m[0]) if _day(m[1]) is not None), None)
    return first if first is not None and first[1].role == "destination" else None


def _passed_on_the_lede_day(moves: list[tuple[int, Event]]) -> set[int]:
    """Places passed on the day of the arrival a lede tells first, told later in the story
    ("pulled into Edinburgh on Wednesday ... set off north on Wednesday morning, passed
    through Berwick-upon-Tweed"): on the way to that arrival, before it."""
    found = _lede_arrival(moves)
    if found is None:
        return set()
    lede = found[1]
    return {
        p
        for p, e in moves
        if e.start > lede.start and e.role == "waypoint" and _day(e) == _day(lede)
    }


def _tells_how_it_got_there(event: Event, final: Event | None) -> bool:
    """An undated move told in a later sentence than the final arrival, without a word that
    moves the story on ('then', 'later'), tells how the traveller got there ("reached
    Tapachula on Thursday ... They crossed into Colombia at Cucuta")."""
    if final is None or event.start <= final.start:
        return False
    return not _moves_on(event)


_MOVES_ON_RE = re.compile(r"\b(?:then|later|afterwards|next|subsequently|from there)\b", re.I)


def _period(event: Event) -> tuple[date, date] | None:
    """The first and last day of an event dated by its month ("in July") or week ("last
    week")."""
    if event.date is None or event.date_precision not in {"month", "range"}:
        return None
    if event.date_precision == "range":
        return event.date, event.date + timedelta(days=6)
    following = (event.date.replace(day=28) + timedelta(days=4)).replace(day=1)
    return event.date, following - timedelta(days=1)


def _period_apart(event: Event, dated: Sequence[date]) -> date | None:
    """The first day of the event's month or week, when no dated move falls in it."""
    period = _period(event)
    if period is None or any(period[0] <= d <= period[1] for d in dated):
        return None
    return period[0]


def _told_as_future(event: Event) -> bool:
    """'will continue to Moscow', 'is due to fly on to Madrid', 'is expected to reach', 'will
    hold talks on Tuesday before flying to Vienna': a future word before the verb, with no
    sentence break between them."""
    action = re.escape(event.action)
    return bool(_rx(rf"{_FUTURE_LEAD}[^.;:]*?\b{action}\b").search(event.sentence))


_FUTURE_LEAD = (
    r"\b(?:will|would|shall|'ll|(?:is|are|was|were)\s+(?:due|expected|set|scheduled|"
    r"going|to)|(?:plans?|hopes?|aims?|intends?)\s+to|expects?\s+\w+\s+to)\s+(?:to\s+)?"
)


def _verb_offset(event: Event) -> int:
    """Where the event's verb stands in its sentence: the last time it is written before the
    place ("crossed the Atlantic to Montevideo, then rounded Cape Horn to Valparaiso")."""
    if event.place is None:
        return 0
    before = event.sentence[: event.place.mention.start - event.start]
    found = before.rfind(event.action)
    return found if found >= 0 else max(event.sentence.find(event.action), 0)


def _clause_offset(event: Event) -> int:
    """Where the clause that tells the move begins in its sentence: at its verb, or at the
    place when the verb only follows it ("followed the highway through Perth, spent a night
    in Campbell Town and reached Oatlands": Perth, whose verb was taken to be "reached",
    comes first)."""
    verb = _verb_offset(event)
    if event.place is None:
        return verb
    return min(verb, event.place.mention.start - event.start)


def _meeting_day(place: Candidate, meetings: Sequence[Meeting]) -> date | None:
    days = [
        m.date
        for m in meetings
        if m.date is not None and _km(place.lat, place.lon, m.lat, m.lon) < SAME_PLACE_KM
    ]
    return min(days) if days else None


def _merged_day(draft: _StopDraft, event: Event) -> date | None:
    """A place told twice keeps its first day (the arrival at a stop, the departure from an
    origin), but a destination keeps its last: "bound for Vienna" on the day of departure,
    "pulled into Vienna" on the day of arrival."""
    day = _day(event)
    if day is None or draft.day is None:
        return draft.day or day
    if draft.role == "destination" and event.role == "destination":
        return max(day, draft.day)
    return min(day, draft.day)


def _lean(
    event: Event, moves: list[tuple[int, Event]], days: list[date]
) -> tuple[int, date | None]:
    """A move told after "after" comes before the other moves of its sentence ("flew to Moscow
    on Friday, three days after a visit to Kyiv"), one told after "before" comes after them
    ("before flying to Vienna"); an undated one takes the day before the first day its
    sentence names (after) or the last one (before)."""
    others = [e for _, e in moves if e.start == event.start and e.action != event.action]
    if not others:
        return 0, None
    if _changed_on_the_way(event, others):
        return -1, None  # "had flown from Tokyo to La Paz, changing planes in Lima"
    action = re.escape(event.action)
    after_or_before = (  # (not past "then": "after a night in a hut and then kicked her way")
        rf"\b(after|before)\s+{_CLOCK_AHEAD}(?:(?!then\b)[\w'’-]+\s+){{0,8}}?{action}\b"
    )
    found = _rx(after_or_before, re.IGNORECASE).search(event.sentence)
    found = found or _place_in_after_phrase(event)
    if found is None:
        return 0, None
    lean = -1 if found.group(1).casefold() == "after" else 1
    if _day(event) is not None or not days:
        return lean, None
    if lean < 0 and (left := _left_before_the_arrival(event, others, found.start())):
        return lean, left  # "evacuated from Khartoum reached Port Sudan ... after a drive via X"
    if lean < 0:  # "a day after his arrest in Manila", "a week after completing a series"
        return lean, min(days) - _span_before(event.sentence, found.start())
    return lean, max(days)


def _changed_on_the_way(event: Event, others: list[Event]) -> bool:
    """A change of vehicle told as a participle after the flight it breaks ("flew from Tokyo
    to La Paz on Jan 30, changing planes in Lima"): on the way, before the arrival."""
    if event.role != "waypoint" or not _CHANGING_RE.fullmatch(event.action):
        return False
    at = event.sentence.find(event.action)
    return any(0 <= event.sentence.find(e.action) < at for e in others)


_CHANGING_RE = re.compile(r"chang(?:ing|ed)|switch(?:ing|ed)", re.IGNORECASE)


def _span_before(sentence: str, at: int) -> timedelta:
    """The time told right before "after" ("a week after", "three days after"), else a day."""
    return span_at_end(sentence[max(0, at - 30) : at]) or timedelta(days=1)


def _left_before_the_arrival(event: Event, others: list[Event], after: int) -> date | None:
    """The day of a departure of the sentence, when the "after ..." phrase follows an arrival's
    verb, not the departure's: what came before the arrival came after leaving ("foreigners
    evacuated from Khartoum reached Port Sudan on Monday after a drive via Atbara"; not "left
    Singapore on Monday after a stop in Colombo")."""
    verbs = [(event.sentence.rfind(e.action, 0, after), e) for e in others]
    verbs = [(at, e) for at, e in verbs if at >= 0]
    if not verbs:
        return None
    last_verb = max(at for at, _ in verbs)
    departs = all(e.role == "origin" for at, e in verbs if at == last_verb)
    if departs and not _fronted_before_arrival(event, others, after):
        return None  # a verb that governs an arrival too ("evacuees from Kabul landed at X")
    left = [d for e in others if e.role == "origin" and (d := _day(e)) is not None]
    return max(left) if left else None


def _fronted_before_arrival(event: Event, others: list[Event], after: int) -> bool:
    """The "after ..." phrase opens a new clause joined by "and" and stands before that clause's
    arrival verb, so it tells what came between the departure and the arrival ("left Oslo on
    May 2 and, after a stopover in Doha, landed in Perth": Doha after Oslo), not what came
    before the departure ("left Singapore on Monday after a stop in Colombo")."""
    if not _AND_BEFORE_RE.search(event.sentence[:after]):
        return False
    return any(
        e.role == "destination" and event.sentence.find(e.action, after) > after for e in others
    )


_AND_BEFORE_RE = re.compile(r"\band\s*,?\s*$")


def _place_in_after_phrase(event: Event) -> re.Match[str] | None:
    """The place is named inside an "after ..." or "before ..." phrase of its own, though its
    event hangs on another verb ("arrived in Hanoi ..., hours after signing a pact with Kim
    in Pyongyang")."""
    if event.place is None:
        return None
    lead = event.sentence[: event.place.mention.start - event.start]
    return _AFTER_PHRASE_RE.search(lead)


# "after midnight", "before dawn", "after 10 p.m.": a time of day, not an earlier event
_CLOCK_AHEAD = r"(?!(?:midnight|noon|dark|dawn|dusk|sunset|sunrise|nightfall|daybreak)\b|\d)"
_AFTER_PHRASE_RE = re.compile(  # (ended by "then": "after a night in a hut and then kicked")
    rf"\b(after|before)\s+{_CLOCK_AHEAD}(?:(?!\bthen\b)[^,;:.()]){{0,100}}$", re.IGNORECASE
)


def _by_time_then_text(drafts: list[_StopDraft]) -> list[_StopDraft]:
    """Origins, waypoints, destinations in the telling, with the dated stops re-ordered by date
    among themselves (same day: origins first, then a stop of a sentence told in the past
    perfect, then what the text says came before or after, then by the role first told and
    text): an undated stop keeps its place, a flashback ("had sailed from Portsmouth") moves
    back before the first dated stop, and an undated stop told "after" or "before" a dated
    move takes that move's day."""
    days = [d.day for d in drafts if d.day is not None and not d.flashback]
    before_all = min(days) - timedelta(days=1) if days else date.min

    def when(draft: _StopDraft) -> date | None:
        if draft.day or (draft.told and not draft.carried):
            return draft.day or draft.told
        if draft.flashback:
            return before_all
        hint = None if draft.role == "origin" else draft.hint  # "a journey that began in X"
        return hint or draft.told

    def key(draft: _StopDraft) -> tuple[date, int, int, int, int, int, int, int, int]:
        day = when(draft)
        assert day is not None
        left = draft.role == "origin" or draft.left_then
        origin = 0 if left and not _left_later(draft) else 1
        # "had flown to Pyongyang early on Wednesday"; told as the way to the same day's arrival
        earlier = 0 if draft.pluperfect or draft.on_the_way else 1
        role = ROLE_ORDER[draft.told_role]  # "went on to Zaragoza and Barcelona", then left
        # Barcelona: both arrivals of one clause, in the telling (a "via" stays before)
        return (
            day,
            0 if draft.before_leaving else 1,
            origin,
            earlier,
            draft.sentence,
            draft.lean,
            draft.clause,
            role,
            draft.position,
        )

    slots = [i for i, d in enumerate(drafts) if when(d) is not None]
    dated = sorted((drafts[i] for i in slots), key=key)
    ordered = list(drafts)
    for slot, draft in zip(slots, dated, strict=True):
        ordered[slot] = draft
    return ordered


def _left_later(draft: _StopDraft) -> bool:
    """A departure whose day is only carried over from the move told before it goes on from
    that move, not first on its day ("In Tashkent he met ... the orchestra flew from Tashkent
    to Almaty"), unless it is the last leg in ("flew in from Beijing") or told as coming
    before ("after a journey from Brasilia")."""
    return draft.day is None and draft.carried and not draft.came_in and draft.lean >= 0


def _day(event: Event) -> date | None:
    """The event's date when it names a day ("later this month" does not order stops)."""
    return event.date if event.date_precision == "day" else None


def _days_told(events: Sequence[Event]) -> list[date]:
    """The days the events name, in their order, each as often as told."""
    return [day for e in events if (day := _day(e)) is not None]


def _is_return(draft: _StopDraft, event: Event) -> bool:
    """The place is left and later reached again (a round trip), in whichever order the text
    tells the two: an arrival told after the departure that is neither a flashback nor dated
    before it, or a departure told after the arrival that is dated before it or told as a
    flashback ("returned to Stockholm on Tuesday ... had set sail from Stockholm on June 1").
    Otherwise a place both reached and left is a stop on the way."""
    day = _day(event)
    if draft.role == "origin" and event.role == "destination":
        if draft.day is not None and (period := _period(event)) and period[1] < draft.day:
            return False  # reached "last week", left on Tuesday: a stop on the way
        if draft.came_in and draft.day is None and not _told_as_future(event):
            return False  # "flew in from Beirut ... He arrived in Beirut on Tuesday"
        if _is_flashback(event) or _goes_on_in_flashback(event):
            return False
        return day is None or draft.day is None or day >= draft.day
    if draft.role == "destination" and event.role == "origin":
        if _reached_before_leaving(draft, event):
            return False  # "were moved to Sanaa in January ... had been flown from Sanaa on
            # Monday": a stop on the way
        dated_before = day is not None and draft.day is not None and day < draft.day
        if draft.day is not None and (period := _period(event)) and period[1] < draft.day:
            dated_before = True  # "swayed into Timbuktu on Sunday ... set out from Timbuktu
            # in mid-January": left in a month that ended before the arrival
        told_back = _is_flashback(event) and not draft.flashback and not draft.back_story
        return dated_before or told_back
    return False


def _reached_before_leaving(draft: _StopDraft, event: Event) -> bool:
    """The arrival told first ended, by its day or the last day of its month, before the
    departure told after it began."""
    reached = draft.day or (draft.period[1] if draft.period else None)
    period = _period(event)
    left = _day(event) or (period[0] if period else None)
    return reached is not None and left is not None and reached < left


def _came_in_from(event: Event) -> bool:
    """An undated departure told as the last leg into the story's place, whose arrival the
    sentence leaves unsaid ("Hochstein flew in from Beirut", "arrived from Riyadh"): an
    arrival at that place told elsewhere came before it, not after as a return."""
    if event.role != "origin" or event.place is None or _day(event) is not None:
        return False
    at = event.place.mention.start - event.start
    lead = event.sentence[max(0, at - 40) : at]
    if _rx(rf"\b{re.escape(event.action)}\s+in\s+from\s+(?:the\s+)?$").search(lead):
        return True
    return _flew_from_alone(event, lead, at + len(event.place.mention.text))


# a leg with its end named after the place left: "flew from Rome to Algiers"
_LEG_END_AFTER_RE = re.compile(r"[^,;.]{0,60}?\b(?:to|into|for|towards?|via)\s+(?:the\s+)?[A-Z]")


def _flew_from_alone(event: Event, lead: str, end: int) -> bool:
    """A flight or journey from a place, told without where it went ("The pope flew from Rome
    on a chartered plane", after "arrived in Algiers on Monday"): the way in to the arrival
    told before it."""
    if event.action.casefold() not in JOURNEY_FROM_VERBS:
        return False
    if not _rx(rf"\b{re.escape(event.action)}\s+from\s+(?:the\s+)?$").search(lead):
        return False
    return not _LEG_END_AFTER_RE.match(event.sentence, end)


# verbs of a whole journey told from where it began
JOURNEY_FROM_VERBS = frozenset(
    "flew flown travelled traveled came journeyed sailed drove driven".split()
)


# what may stand between "had" and its verb: "had earlier flown", "had then headed east"
_HAD_ADVERB = r"(?:\w+ly\s+|(?:earlier|already|then|later|first|also|since|once)\s+)?"


def _is_flashback(event: Event) -> bool:
    """Told in the past perfect ("had sailed", "had earlier flown"), not as what was done by a
    time the story has reached ("By breakfast we had docked in Alesund")."""
    if _BY_THEN_RE.match(event.sentence):
        return False
    action = re.escape(event.action)
    had = _rx(rf"\bhad\s+{_HAD_ADVERB}(?:been\s+)?{action}\b").search(event.sentence)
    if had is None:
        had = _flashback_before_a_gerund(event)
    if had is None:
        return False
    return not _BY_A_TIME_RE.search(event.sentence[max(0, had.start() - 40) : had.start()])


def _flashback_before_a_gerund(event: Event) -> re.Match[str] | None:
    """The past perfect a gerund after "before" goes on from ("had driven on to Kampala and
    north to Gulu before reaching Juba on Sept 8": reaching Juba is back story too). An
    undated one goes on with the flashback by `_goes_on_in_flashback`."""
    if not event.action.endswith("ing") or _day(event) is None:
        return None
    at = _rx(rf"\bbefore\s+{re.escape(event.action)}\b").search(event.sentence)
    return _HAD_DONE_RE.search(event.sentence[: at.start()]) if at else None


def _goes_on_in_flashback(event: Event) -> bool:
    """An undated move joined by "and", "then" or "before" to a move told in the past perfect
    before it in its sentence goes on with that flashback ("Last week he had travelled from
    Doha to Goma ... and crossed into Rwanda at Gisenyi before driving on to Kigali")."""
    if _day(event) is not None or _BY_THEN_RE.match(event.sentence):
        return False
    at = event.sentence.find(event.action)
    if at <= 0 or not _JOINED_RE.search(event.sentence[:at]):
        return False
    had = _HAD_DONE_RE.search(event.sentence[:at])
    return had is not None and not _BY_A_TIME_RE.search(
        event.sentence[max(0, had.start() - 40) : had.start()]
    )


_JOINED_RE = re.compile(r"\b(?:and|then|before)\s+(?:then\s+)?$")
_HAD_DONE_RE = re.compile(
    rf"\bhad\s+{_HAD_ADVERB}(?:been\s+)?"
    r"(?!(?:to|a|an|the|no|some|his|her|its|their|talks|been)\b)[a-z]+\b"
)


# "and by the afternoon had reached Newfoundland": done by a time of the story, no flashback
_BY_A_TIME_RE = re.compile(  # "by nightfall they had", "by mid-morning a tyre had"
    r"\bby\s+(?:the\s+|that\s+|this\s+)?(?:mid-?|late\s+|early\s+)?(?:afternoon|evening|"
    r"morning|night|noon|midnight|nightfall|dawn|daybreak|then|\w+day)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


_BY_THEN_RE = re.compile(r"\s*By\s+(?!far\b)")


def _told_earlier(event: Event) -> bool:
    """Told as having happened earlier the same day ("was flown from Tehran to Muscat earlier
    on Friday" after "landed near Brussels on Friday night")."""
    return bool(_EARLIER_SAME_DAY_RE.search(event.sentence))


_EARLIER_SAME_DAY_RE = re.compile(
    r"\bearlier\s+(?:on\s+\w+day|that\s+day|in\s+the\s+day|the\s+same\s+day|"
    r"(?:that|this)\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def _stop(candidate: Candidate, role: str, when: date | None) -> Stop:
    return Stop(
        candidate.name,
        candidate.lat,
        candidate.lon,
        when,
        role,  # type: ignore[arg-type]
        candidate.kind,
        candidate.country_code,
    )


def _with_meeting_destination(
    stops: list[Stop],
    actor: str,
    meetings: Sequence[Meeting],
    anchor: date | None,
    coming: AbstractSet[tuple[str, float, float]],
    sizes: Mapping[tuple[str, float, float], int],
    told_after: Mapping[str, AbstractSet[tuple[str, float, float]]] | None = None,
) -> list[Stop]:
    """A traveller who meets someone where the route has no stop ends the trip at the meeting
    place, or comes there before the stops dated after the meeting and the undated ones still
    to come (`coming`, by place key: "held talks in Warsaw on Thursday ... He will go on to
    Paris and Berlin"); each such meeting adds its stop ("talks in St Petersburg on Saturday",
    "met on Sunday on the island of Valaam")."""
    for meeting in meetings:
        if actor not in meeting.participants or not meeting.place:
            continue
        if not _in_window(meeting.date, anchor, TRIP_WINDOW):
            continue
        if _at_a_stop(stops, meeting, sizes):
            continue  # the venue lies in a stop already (talks at the Kremlin, in Moscow)
        country = _country_stop_of(stops, meeting)
        if country is not None and _refined_by(stops, country, meeting):
            stops[country] = replace(
                _meeting_stop(meeting), date=stops[country].date, role=stops[country].role
            )
            continue  # "a tour that took him to Nigeria ... In Abuja he met"
        if country is not None:  # "ended a visit to the Netherlands on Thursday", a meeting
            stops = [s for i, s in enumerate(stops) if i != country]  # in Amsterdam on Tuesday
        final = _meeting_stop(meeting)
        later = [
            i
            for i, s in enumerate(stops)
            if s.date
            and meeting.date
            and (
                s.date > meeting.date  # "played in Kutaisi on Oct 4" after Oct 2's welcome
                or (s.role == "destination" and i > 0 and s.date == meeting.date)
            )
        ] + [
            i
            for i, s in enumerate(stops)
            if s.date is None and s.role != "origin" and _place_key_of(s) in coming
        ]  # "flew in from New Delhi ... will fly back to New Delhi": the start is no goal
        later += _next_told_after(stops, meeting, (told_after or {}).get(meeting.sentence, set()))
        later.sort()
        at = later[0] if later else len(stops)  # you meet, then move on
        stops = [*stops[:at], final, *stops[at:]]
    return stops


def _told_after_meetings(
    moves: list[tuple[int, Event]], meetings: Sequence[Meeting], events: Sequence[Event]
) -> dict[str, set[tuple[str, float, float]]]:
    """For each meeting's sentence, the places of the undated moves told after it as what came
    next ("In Benin City on March 11 the Oba received Eze ... The bus then went on to
    Ibadan"), by place key."""
    found: dict[str, set[tuple[str, float, float]]] = {}
    for meeting in meetings:
        told = [e.start for e in events if e.sentence == meeting.sentence]
        if not told:
            continue
        found[meeting.sentence] = {
            _key(e)
            for _, e in moves
            if e.start > told[0]
            and _day(e) is None
            and _moves_on(e)
            and not _is_flashback(e)
            and not _earlier_day_told_after(e, moves, meeting.date)
        }
    return found


def _earlier_day_told_after(
    event: Event, moves: list[tuple[int, Event]], when: date | None
) -> bool:
    """A move told after the event is dated before `when` (the trip told from its end: "From
    there he followed the river to Groblershoop, and on Oct 25 he ran into Prieska")."""
    return when is None or any(
        e.start >= event.start and (d := _day(e)) is not None and d < when for _, e in moves
    )


def _next_told_after(
    stops: Sequence[Stop], meeting: Meeting, keys: AbstractSet[tuple[str, float, float]]
) -> list[int]:
    """The first undated stop told after the meeting as what came next, when the stop before it
    is dated before the meeting: the meeting comes first."""
    for i, stop in enumerate(stops):
        if stop.date is None and _place_key_of(stop) in keys and i > 0:
            before = stops[i - 1].date
            if before is not None and meeting.date is not None and before <= meeting.date:
                return [i]
    return []


def _refined_by(stops: Sequence[Stop], country: int, meeting: Meeting) -> bool:
    """The meeting is where in the country the stop was, on its day. An undated country told
    after stops dated later than a meeting dated to the day (the visit "to the two South
    American countries" in the lede) gives way to the meeting, which then takes its place
    among the stops by that day."""
    stop = stops[country]
    if stop.date is None and meeting.date is not None and meeting.date_precision == "day":
        day = meeting.date
        if any(s.date is not None and s.date > day for s in stops[:country]):
            return False
    return not _on_other_days(stop, meeting)


def _on_other_days(stop: Stop, meeting: Meeting) -> bool:
    """Both are dated, to different days: the meeting is no refinement of the stop's day."""
    dated = stop.date is not None and meeting.date is not None
    return dated and meeting.date_precision == "day" and stop.date != meeting.date


def _place_key_of(stop: Stop) -> tuple[str, float, float]:
    return _place_key(stop.place, stop.lat, stop.lon)


def _country_stop_of(stops: Sequence[Stop], meeting: Meeting) -> int | None:
    """The index of the one country stop that holds a finer meeting place."""
    if SPECIFICITY.get(meeting.kind, 0) < SPECIFICITY["city"] or not meeting.country_code:
        return None
    found = [
        i
        for i, s in enumerate(stops)
        if s.kind == "country" and s.country_code == meeting.country_code and s.role != "origin"
    ]  # (a run "from the southern tip of the Faroe Islands" did not start at the meeting)
    return found[0] if len(found) == 1 else None


def _meeting_stop(meeting: Meeting) -> Stop:
    """The meeting place as the end of a traveller's trip."""
    return Stop(
        meeting.place,
        meeting.lat,
        meeting.lon,
        meeting.date,
        "destination",
        meeting.kind,
        meeting.country_code,
    )


def _at_a_stop(
    stops: Sequence[Stop], meeting: Meeting, sizes: Mapping[tuple[str, float, float], int]
) -> bool:
    """The meeting place lies in a stop already (talks at the Kremlin, in Moscow), and is not
    another town near it (Falmouth, 30 km from Montego Bay); a country or region stop holds
    no town by lying near it (the Faroes' middle, 33 km from Klaksvik)."""
    return any(
        _km(s.lat, s.lon, meeting.lat, meeting.lon) < SAME_PLACE_KM
        and not _broad_stop_by_a_town(s, meeting)
        and not _another_town(s, meeting, sizes)
        and not _left_and_came_back(s, meeting, stops)
        for s in stops
    )


def _broad_stop_by_a_town(stop: Stop, meeting: Meeting) -> bool:
    """A country or region stop near a town meeting of another name."""
    broad = SPECIFICITY.get(stop.kind, 0) < SPECIFICITY["city"]
    town = SPECIFICITY.get(meeting.kind, 0) >= SPECIFICITY["city"]
    return broad and town and normalise(stop.place) != normalise(meeting.place)


_MEETING_TO_COME_RE = re.compile(r"\bto\s+(?:greet|meet|welcome|receive)\b")


def _left_and_came_back(stop: Stop, meeting: Meeting, stops: Sequence[Stop]) -> bool:
    """The stop is a later return to the meeting's town, with stops elsewhere between ("held
    talks in Papeete on Monday ... flew to Uturoa on Tuesday ... Back in Papeete on
    Thursday"): the meeting is a visit of its own."""
    if stop.date is None or meeting.date is None or stop.date <= meeting.date:
        return False
    if not any(o.date is not None and o.date <= meeting.date for o in stops):
        return False  # a meeting dated before the trip set out tells no visit of it
    if _MEETING_TO_COME_RE.search(meeting.sentence):
        return False  # "flew to Riga on May 6 to greet them": they meet on the arrival
    return any(
        other.date is not None
        and meeting.date < other.date < stop.date
        and _km(other.lat, other.lon, stop.lat, stop.lon) >= SAME_PLACE_KM
        for other in stops
    )


NEIGHBOUR_TOWN_KM = 15.0  # two towns of other names this far apart are two places


def _another_town(
    stop: Stop, meeting: Meeting, sizes: Mapping[tuple[str, float, float], int]
) -> bool:
    """Two towns of other names: far apart, or farther apart than the larger one reaches
    (Klaksvik's 5,000 people reach 2 km, not to Leirvik 6 km away; Paris reaches
    Villacoublay, 14 km out)."""
    if not (stop.kind == meeting.kind == "city"):
        return False
    if normalise(stop.place) == normalise(meeting.place):
        return False
    km = _km(stop.lat, stop.lon, meeting.lat, meeting.lon)
    if km > NEIGHBOUR_TOWN_KM:
        return True
    people = max(
        sizes.get(_place_key(meeting.place, meeting.lat, meeting.lon), 0),
        sizes.get(_place_key_of(stop), 0),
    )
    return bool(people) and km > _reach_km(people)


def _reach_km(people: int) -> float:
    """How far a town of so many people spreads from its point: its area grows with its
    people, so its radius with their square root (2 km at 5,000, 17 km at two million)."""
    return max(2.0, 0.012 * math.sqrt(people))


def _populations(events: Sequence[Event]) -> dict[tuple[str, float, float], int]:
    """The population of each place the events name, by place key."""
    return {
        _key(event): event.place.chosen.population
        for event in events
        if event.place is not None and event.place.chosen is not None
    }


def _to_the_meeting(
    stops: list[Stop],
    meetings: Sequence[Meeting],
    sizes: Mapping[tuple[str, float, float], int],
) -> list[Stop]:
    """A traveller whose destination the text leaves unsaid ("had flown in from Washington on
    Monday", "travelled from Kyiv via Warsaw") came to the story's meeting, when it took place
    within MEETING_WINDOW after the last day of the route."""
    if not stops or any(s.role == "destination" for s in stops):
        return stops
    last = max((s.date for s in stops if s.date is not None), default=None)
    for meeting in meetings:
        if meeting.date and last and not timedelta(0) <= meeting.date - last <= MEETING_WINDOW:
            continue
        if SPECIFICITY.get(meeting.kind, 0) < SPECIFICITY["city"]:
            continue
        if _at_a_stop(stops, meeting, sizes):
            continue
        return [*stops, _meeting_stop(meeting)]
    return stops


_CROSSING_RE = re.compile(r"cross", re.IGNORECASE)


def _over(event: Event) -> bool:
    """A place passed over or across ("moving out over the Ionian Sea"): crossed."""
    if event.place is None or event.role != "waypoint":
        return False
    lead = event.sentence[: event.place.mention.start - event.start]
    return bool(_OVER_RE.search(lead))


_OVER_RE = re.compile(r"\b(?:over|across)\s+(?:the\s+)?$", re.IGNORECASE)


def _drop_containers(
    stops: list[Stop],
    places: dict[tuple[str, float, float], Candidate],
    crossed: AbstractSet[tuple[str, float, float]] = frozenset(),
    homes: AbstractSet[tuple[str, float, float]] = frozenset(),
) -> list[Stop]:
    """A country or division stop adds nothing when a precise stop lies inside it (but see
    `_home_again` for the keys in `homes`, places told after "home to"); a region or
    sea, when one lies within 1,000 km of its representative point, unless it is reached or
    left on a day of its own (a storm formed over a sea on Monday, ashore on Tuesday). A
    strait, canal or channel is a passage on the way, as precise as a port, and so is a sea
    a storm or a cloud crossed ("then crossed the Gulf of Tonkin", by the keys in `crossed`).
    `places` holds the gazetteer entry of each stop (by name and rounded point) where one is
    known."""

    def place(stop: Stop) -> Candidate | None:
        return places.get(_place_key_of(stop))

    def broad(stop: Stop) -> bool:
        found = place(stop)
        passage = found is not None and found.feature_code in PASSAGES
        sea_crossed = stop.kind == "water" and _place_key_of(stop) in crossed
        return stop.kind in BROAD_KINDS and not (passage or sea_crossed)

    precise = [s for s in stops if not broad(s)]
    return [
        s
        for at, s in enumerate(stops)
        if not (broad(s) and _covered(s, precise, stops, place))
        or (_place_key_of(s) in homes and _home_again(at, stops, place))
    ]


def _without_near_twins(
    stops: list[Stop],
    places: dict[tuple[str, float, float], Candidate],
    told_inside: AbstractSet[tuple[tuple[str, float, float], tuple[str, float, float]]],
) -> list[Stop]:
    """A place told as in the town after it ("finished at Old Trafford in Manchester"), when the
    two lie within `TWIN_KM` of each other, is one stop with that town: the larger keeps it."""
    kept: list[Stop] = []
    for stop in stops:
        last = kept[-1] if kept else None
        told = last is not None and (_place_key_of(last), _place_key_of(stop)) in told_inside
        if last is None or not told or _distance_km(last, stop) > TWIN_KM:
            kept.append(stop)
            continue
        larger = max((last, stop), key=lambda s: _population(s, places))
        kept[-1] = replace(larger, date=larger.date or last.date or stop.date)
    return kept


def _without_locators(stops: list[Stop], moves: list[tuple[int, Event]]) -> list[Stop]:
    """A town told only to say where the stop before it lies ("ten days at Sidi Bou Said,
    near Tunis") is no stop of its own; nor is a venue's name read as a town ("stepped off a
    bus at the Minerva terminal in Quetzaltenango"): the town it lies in is the stop."""
    locators = _told_between(moves, {" near ", ", near "})
    venues = {(b, a) for a, b in _told_between(moves, _VENUE_GAPS)}
    kept: list[Stop] = []
    for stop in stops:
        key = _place_key_of(stop)
        if kept and (_place_key_of(kept[-1]), key) in locators:
            continue
        if kept and (key, _place_key_of(kept[-1])) in venues:
            kept[-1] = replace(stop, date=stop.date or kept[-1].date)
            continue
        kept.append(stop)
    return kept


# a venue's noun between its name and the town it lies in: "the Minerva terminal in"
_VENUE_GAPS = frozenset(
    f" {noun} {word} "
    for noun in "terminal station airport hotel stadium palace bridge square market".split()
    for word in ("in", "at")
)


def _told_inside(
    moves: list[tuple[int, Event]],
) -> set[tuple[tuple[str, float, float], tuple[str, float, float]]]:
    """Pairs of places the text tells as one in the other: "X in Y", "X, Y" in one sentence."""
    return _told_between(moves, {" in ", ", "})


def _told_between(
    moves: list[tuple[int, Event]], gaps: AbstractSet[str]
) -> set[tuple[tuple[str, float, float], tuple[str, float, float]]]:
    """Pairs of places of consecutive moves told in one sentence with one of `gaps` between."""
    pairs = set()
    for (_, a), (_, b) in itertools.pairwise(moves):
        if a.place is None or b.place is None or a.start != b.start:
            continue
        between = a.sentence[a.place.mention.end - a.start : b.place.mention.start - a.start]
        if between in gaps:
            pairs.add((_key(a), _key(b)))
    return pairs


def _population(stop: Stop, places: dict[tuple[str, float, float], Candidate]) -> int:
    found = places.get(_place_key_of(stop))
    return found.population if found else 0


def _home_again(at: int, stops: list[Stop], place: Callable[[Stop], Candidate | None]) -> bool:
    """A country told as home ("home to Honduras") that ends a route after a stop abroad is a
    way home, not a container of the stop the route left it from ("left Tegucigalpa ... would
    take him home to Honduras from Veracruz": Tegucigalpa > ... > Veracruz > Honduras); so is
    a division ("took off from Archerfield airport in Brisbane ... and home to Brisbane by the
    end of the month", the city resolved as its council area) after a stop outside it."""
    stop = stops[at]
    if at != len(stops) - 1 or at < 2:
        return False
    if stop.kind == "admin":
        earlier = stops[: at - 1]
        home = any(_inside(s, stop, place) for s in earlier)
        return home and not _inside(stops[at - 1], stop, place)
    if stop.kind != "country" or not stop.country_code:
        return False
    before = stops[at - 1]
    if before.kind == "country" or before.country_code in {"", stop.country_code}:
        return False
    return any(s.country_code == stop.country_code for s in stops[: at - 1])


def _covered(
    broad: Stop,
    precise: list[Stop],
    stops: list[Stop],
    place: Callable[[Stop], Candidate | None],
) -> bool:
    if broad.kind == "country":
        finer = [s for s in stops if s.kind != "country"]
        return bool(broad.country_code) and any(broad.country_code == s.country_code for s in finer)
    if broad.kind == "admin":
        return any(_inside(p, broad, place) for p in precise)
    found = place(broad)
    if found is not None and found.feature_code == "CONT":  # "heads to central Africa"
        return any(continent_of(p.country_code) == continent_code(found) for p in precise)
    vast = found is not None and found.feature_code in VAST_FEATURES
    near = precise if vast else [p for p in precise if _distance_km(broad, p) < 1000]
    if broad.date is None:
        return bool(near)
    return any(p.date is None or p.date == broad.date for p in near)


def _without_told_containers(
    stops: list[Stop], moves: list[tuple[int, Event]], events: Sequence[Event]
) -> list[Stop]:
    """A region or division told only as the container of another stop of the route, right
    after it ("welcomed Kim at the Vostochny Cosmodrome in Russia's Far East", "came ashore
    near Satsumasendai in Kagoshima prefecture"), is where that stop lies, no stop of its own
    (however far its representative point is from the stop)."""
    broad = {_place_key_of(s) for s in stops if s.kind in {"region", "admin"}}
    if not broad:
        return stops
    by_key = {_place_key_of(s): s for s in stops}
    places = {_key(e): _chosen(e) for _, e in moves}
    mentions: dict[int, list[tuple[int, tuple[str, float, float] | None]]] = {}  # ends, keys
    for event in events:
        if event.place is not None:
            key = _key(event) if event.place.chosen is not None else None
            mentions.setdefault(event.start, []).append((event.place.mention.end, key))
    inside: set[tuple[str, float, float]] = set()  # told as a container
    alone: set[tuple[str, float, float]] = set()  # told otherwise
    for _, event in moves:
        key = _key(event)
        if key in broad:
            told = _told_as_container(event, mentions.get(event.start, []), by_key, places)
            (inside if told else alone).add(key)
    return [s for s in stops if _place_key_of(s) not in inside - alone]


def _told_as_container(
    event: Event,
    mentions: list[tuple[int, tuple[str, float, float] | None]],
    stops: Mapping[tuple[str, float, float], Stop],
    places: Mapping[tuple[str, float, float], Candidate],
) -> bool:
    """The event's place is named right after another stop of the route that lies inside it
    ("X in Y", "X, Y"; not a list: "stops in Washington, New York and Boston")."""
    assert event.place is not None
    start, outer = event.place.mention.start, stops.get(_key(event))
    for inner_end, key in mentions:
        inner = stops.get(key) if key is not None else None
        if inner is None or outer is None or key == _key(event) or inner_end > start:
            continue
        gap = event.sentence[inner_end - event.start : start - event.start]
        if _CONTAINER_GAP_RE.fullmatch(gap) and _inside(
            inner, outer, lambda s: places.get(_place_key_of(s))
        ):
            return True
    return False


# between a place and its container: "X in Y", "X, Y", "X in Russia's Y", "X in the Y"
_CONTAINER_GAP_RE = re.compile(
    r"(?:\s+in|,)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|’s)\s+)?(?:(?:north|south|east|west)\w*\s+)?"
)


def _inside(stop: Stop, division: Stop, place: Callable[[Stop], Candidate | None]) -> bool:
    """The stop lies in the division: same country, and the same first- (and for a
    second-level division, second-) level codes where the gazetteer gives them."""
    if not division.country_code or stop.country_code != division.country_code:
        return False
    outer, inner = place(division), place(stop)
    if outer is None or not outer.admin1:
        return True
    if inner is None or not inner.admin1:  # a curated row without codes, or a stop added from
        # a meeting (no gazetteer row here): near the division's point
        reach = COUNTY_REACH_KM if outer.feature_code == "ADM2" else DIVISION_REACH_KM
        return _distance_km(stop, division) < reach
    if outer.admin1 != inner.admin1:
        return False
    return outer.feature_code != "ADM2" or not outer.admin2 or outer.admin2 == inner.admin2


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return float(geodesic((lat1, lon1), (lat2, lon2)).km)


def _distance_km(a: Stop, b: Stop) -> float:
    return float(geodesic((a.lat, a.lon), (b.lat, b.lon)).km)


def _length_km(stops: Sequence[Stop]) -> float:
    legs = itertools.pairwise(stops)
    return round(sum(_distance_km(a, b) for a, b in legs), 1)


@dataclass
class _MeetingCluster:
    events: list[Event] = field(default_factory=list)

    @property
    def dates(self) -> list[date]:
        return [e.date for e in self.events if e.date is not None]

    @property
    def participants(self) -> tuple[str, ...]:
        counts = Counter(name for e in self.events for name in e.actors)
        return tuple(name for name, _ in counts.most_common())


def build_meetings(
    events: Sequence[Event], published: date | None, places: Sequence[Place] = ()
) -> list[Meeting]:
    """Meetings clustered by date; each placed at the most specific place that the text gives,
    else where a participant is said to be, else where a participant travels to, else, on the
    day of publication, where the story is filed from (its dateline among `places`)."""
    mentions = [
        _dated_by_arrival(_placed_by_arrival(_named_after_a_place(e, events), events), events)
        for e in _without_venue_siblings(events)
        if e.event_type == "meeting" and e.section == "main" and not _vessels_only(e)
    ]
    clusters = _cluster_meetings(mentions, published, events)
    drafts = [_meeting(c, events, published) for c in clusters]
    if clusters and not any(drafts):  # no meeting placed by the text: on the day of
        # publication, where the story is filed from
        drafts = [_meeting(c, events, published, _filed_from(places)) for c in clusters]
    written = _written_names(events)  # "Brasilia" as the article spells it, as its stops are
    return [
        _with_travellers(
            replace(m, place=written.get(_place_key(m.place, m.lat, m.lon), m.place)), events
        )
        for m in drafts
        if m is not None
    ]


SHIP_PREFIXES = frozenset({"MV", "MS", "MT", "SS", "RMS", "HMS", "USS", "INS", "HMAS"})
# what a party that is a ship ends with ("the tanker", "the Houthi boats", "a naval flotilla")
SHIP_NOUNS = VESSEL_NOUNS | frozenset("boat carrier cruiser flotilla fleet boats ships".split())


def _named_after_a_place(event: Event, events: Sequence[Event]) -> Event:
    """A venue the gazetteer lacks that bears the name of a place the story's traveller went
    to is in that place ("talks ... at the Pomeroy Kananaskis Mountain Lodge", after "was taken
    by helicopter to the mountain resort of Kananaskis")."""
    place = event.place
    if event.role != "venue" or place is None or place.chosen is not None:
        return event
    words = place.mention.text.split()
    for other in events:
        known = other.place
        if known is None or known.chosen is None or other.role not in ARRIVAL_ROLES:
            continue
        name = known.mention.text.split()
        if len(name) < len(words) and any(
            words[i : i + len(name)] == name for i in range(len(words) - len(name) + 1)
        ):
            return replace(event, place=known)
    return event


def _vessels_only(event: Event) -> bool:
    """A meeting whose only parties are ships ("MV Abdullah", "the tanker"), as a carried
    mover filled in for a subject: a vessel meets no one."""
    return bool(event.actors) and all(_vessel(actor) for actor in event.actors)


def _vessel(actor: str) -> bool:
    words = actor.split()
    return bool(words) and (words[0] in SHIP_PREFIXES or words[-1].casefold() in SHIP_NOUNS)


def _without_venue_siblings(events: Sequence[Event]) -> list[Event]:
    """A meeting told with a venue is held there: the other places its trigger governs (the
    nationality of "talks with South Korean officials") are not where another meeting was.
    A meeting word without a place beside one with a place ("hold" of "will hold talks with
    Putin at the Kremlin") is the same meeting: its people join it."""
    meetings = [e for e in events if e.event_type == "meeting"]
    placed = {(e.start, e.action) for e in meetings if _venue(e)}
    with_place = {e.start for e in meetings if e.place is not None}
    people: dict[int, list[str]] = {}
    for event in meetings:
        if event.place is None and event.start in with_place:
            people.setdefault(event.start, []).extend(event.actors)
    kept = []
    for event in events:
        if event.event_type != "meeting":
            kept.append(event)
        elif event.place is None and event.start in with_place:
            continue
        elif _venue(event) or (event.start, event.action) not in placed:
            joined = [a for a in people.get(event.start, []) if a not in event.actors]
            kept.append(replace(event, actors=(*event.actors, *dict.fromkeys(joined))))
    return kept


def _venue(event: Event) -> Candidate | None:
    return event.place.chosen if event.place and event.role == "venue" else None


def _arrivals(events: Sequence[Event], lat: float, lon: float) -> list[Event]:
    """Movements that reach a point within SAME_PLACE_KM."""
    return [
        e
        for e in events
        if e.event_type == "travel"
        and e.section == "main"
        and e.role in ARRIVAL_ROLES
        and e.actors
        and e.place is not None
        and e.place.chosen is not None
        and _km(e.place.chosen.lat, e.place.chosen.lon, lat, lon) < SAME_PLACE_KM
    ]


def _placed_by_arrival(event: Event, events: Sequence[Event]) -> Event:
    """A meeting told without a venue in the sentence of an arrival took place there ("had
    arrived in Nairobi on Tuesday, when he was welcomed by President Ruto"; "flew to Nuuk on
    Saturday and was welcomed by Greenland's premier", whose country is no venue)."""
    if _venue(event) is not None or event.action not in event.sentence:
        return event
    trigger = event.start + event.sentence.index(event.action)
    arrivals = [
        other
        for other in events
        if other.event_type == "travel"
        and other.start == event.start
        and other.role in ARRIVAL_ROLES
        and other.place is not None
        and other.place.chosen is not None
        and other.place.mention.start < trigger  # not "... before flying to Vienna"
        and not _background_of_the_subject(other)  # "X, who had flown to Y on Tuesday,
        # spent three hours with the president": not in Y
    ]
    if arrivals:  # the last one told before the meeting: "After two nights in Barcelona he
        # went on to Valencia, and on Monday he met two officers"
        last = max(arrivals, key=lambda e: e.place.mention.start if e.place else 0)
        return replace(event, place=last.place, role="venue")
    return _placed_by_last_arrival(event, events)


def _placed_by_last_arrival(event: Event, events: Sequence[Event]) -> Event:
    """An undated meeting told without a venue right after a participant's arrival (not a
    flashback), with no move told in between, took place where they arrived ("arrived in
    Nuku'alofa on Thursday ... Marles met Tongan Prime Minister Siaosi Sovaleni"). A move told
    in the past perfect in between is back story ("He had flown out of Rzeszow on Friday"); of
    the last sentence's moves, its arrival counts ("touched down in X after a stopover in Y").
    """
    if not event.actors or event.date is not None:
        return event
    before = [
        e
        for e in events
        if e.event_type == "travel"
        and e.section == "main"
        and e.start < event.start
        and e.role in MOVEMENT_ROLES
        and e.actors[:1] == event.actors[:1]
        and e.place is not None
        and e.place.chosen is not None
        and not _is_flashback(e)
        and not _told_earlier(e)
    ]
    if not before:
        return event
    told_last = [e for e in before if e.start == before[-1].start]
    last = next((e for e in reversed(told_last) if e.role == "destination"), told_last[-1])
    waits = event.action.casefold() in WAITING_WORDS
    if waits and (present := _lede_arrival_after(last, before)) is not None:
        return replace(event, place=present.place, role="venue")
    told_between = any(
        last.end <= e.start < event.start
        for e in events
        if e.event_type == "travel" and not (_is_flashback(e) or _told_earlier(e))
    )
    if not _arrived_at(last) or _told_as_future(last) or _is_flashback(last):
        return event
    if told_between or _in_the_back_story(last, before):
        return event
    return replace(event, place=last.place, role="venue")


def _lede_arrival_after(last: Event, before: Sequence[Event]) -> Event | None:
    """The lede's arrival, on a later day than the last move the story told before someone's
    wait for the traveller ("A retired Mountie rode into Fort Macleod on Friday ... He crossed
    into Alberta on Sept 9 and rested ... His wife ... were waiting for him"): they wait
    where the journey ends, the story's news."""
    told = _day(last)
    lede = _lede_start(before)
    if told is None or lede is None:
        return None
    present = [
        e
        for e in before
        if e.start == lede
        and _arrived_at(e)
        and (_day(e) or told) > told
        and not _told_as_future(e)
    ]
    return present[-1] if present else None


def _last_day(event: Event) -> date:
    """The last day the event's date may mean (of its month or week)."""
    assert event.date is not None
    return (_period(event) or (event.date, event.date))[1]


def _in_the_back_story(last: Event, before: Sequence[Event]) -> bool:
    """An arrival, undated or dated only by a month before the lede's day, told after the
    telling went back in time: a move dated to a day told first (the lede's "sailed into
    Richards Bay on Monday"), then one dated before it ("left Auckland in April"), and none
    told after that back at or past the first day. The arrival ("ran for shelter to
    Tolanaro") is part of the back story, not where the traveller is when a meeting told
    after it happens ("her husband ... was waiting on the quay")."""
    if _day(last) is not None:
        return False  # an arrival told with its own day is placed by it
    for at, lede in enumerate(before):
        day = _day(lede)
        if day is None or (last.date is not None and _last_day(last) >= day):
            continue
        went_back = [
            e
            for e in before[at + 1 :]
            if lede.start < e.start <= last.start and e.date is not None and _last_day(e) < day
        ]
        if went_back and not any(
            e.date is not None and e.date >= day and e.start > went_back[0].start for e in before
        ):
            return True
    return False


def _arrived_at(event: Event) -> bool:
    """The move ends at its place, or lands or arrives near it ("landed at Melsbroek military
    airport near Brussels")."""
    landed_near = event.role == "waypoint" and bool(_ARRIVAL_VERB_RE.match(event.action))
    return event.role == "destination" or landed_near


_ARRIVAL_VERB_RE = re.compile(r"(?:land|arriv|touch|dock)", re.IGNORECASE)


def _dated_by_arrival(event: Event, events: Sequence[Event]) -> Event:
    """A meeting told without a date at a venue the traveller reached on a known day ("In
    Manila, Blinken met …" after "arrived in Manila on Tuesday") took place that day."""
    venue = _venue(event)
    if event.date is not None or venue is None:
        return event
    days = [e for e in _arrivals(events, venue.lat, venue.lon) if e.date_precision == "day"]
    if venue.kind == "city":  # not the day of another town 47 km off (Tuan Giao for a meeting
        days = [e for e in days if not _another_town_s(e, venue)]  # in Dien Bien Phu)
    mine = [e for e in days if set(e.actors) & set(event.actors)]
    for arrival in mine or days:
        return replace(event, date=arrival.date, date_text=arrival.date_text, date_precision="day")
    return event


def _another_town_s(arrival: Event, town: Candidate) -> bool:
    """The arrival is at a town of another name more than TWIN_KM from the town."""
    reached = arrival.place.chosen if arrival.place else None
    if reached is None or reached.kind != "city" or reached.name == town.name:
        return False
    return _km(reached.lat, reached.lon, town.lat, town.lon) > TWIN_KM


def _with_travellers(meeting: Meeting, events: Sequence[Event]) -> Meeting:
    """The traveller who came to the meeting place that day takes part in the meeting."""
    found = list(meeting.participants)
    for arrival in _arrivals(events, meeting.lat, meeting.lon):
        dated = arrival.date and meeting.date and arrival.date_precision == "day"
        if dated and arrival.date != meeting.date:
            continue
        if arrival.actors[0] not in found:
            found.append(arrival.actors[0])
    return replace(meeting, participants=tuple(found))


def _cluster_meetings(
    mentions: Sequence[Event], published: date | None, events: Sequence[Event] = ()
) -> list[_MeetingCluster]:
    clusters: list[_MeetingCluster] = []
    undated = []
    for event in mentions:
        if event.date is None:
            venue = _venue(event)
            home = next((c for c in clusters if venue and _near_venue(c, venue)), None)
            if home is not None:
                home.events.append(event)
            elif venue is not None and _specific(venue):
                clusters.append(_MeetingCluster([event]))
            else:
                undated.append(event)
            continue
        home = next((c for c in clusters if _same_occasion(c, event, events)), None)
        if home is None:
            home = _MeetingCluster()
            clusters.append(home)
        home.events.append(event)
    if undated:
        current = _current_cluster(clusters, published)
        if current is None:
            current = _MeetingCluster()
            clusters.append(current)
        current.events.extend(undated)
    return sorted(clusters, key=lambda c: len(c.events), reverse=True)


def _same_occasion(cluster: _MeetingCluster, event: Event, events: Sequence[Event] = ()) -> bool:
    """Near in time, not placed in two different countries (a tour's talks in Manila and in
    Hanoi are two meetings), and no participant gone to another country in between (talks in
    Hanoi on Monday, in Indonesia from Tuesday: a meeting on Wednesday is another one)."""
    assert event.date is not None
    for other in cluster.events:
        if other.date is None or _other_country(other, event) or _apart(other, event):
            continue
        if _told_by_its_town(other, cluster):
            continue
        if other.place is None or other.place.chosen is None:
            told_with = [o for o in cluster.events if o.start == other.start and _placing(o)]
            if any(_other_country(o, event) for o in told_with):
                continue  # "talks with Argentine President Milei at the Casa Rosada" (unknown)
                # and "the BRICS summit" in Rio de Janeiro are two occasions
        if _moved_between(other, event, events) or _left_the_venue(other, event, events):
            continue
        if "year" in (other.date_precision, event.date_precision):
            if other.date.year == event.date.year:
                return True
        elif abs(other.date - event.date) <= MEETING_WINDOW:
            return True
    return False


def _told_by_its_town(mention: Event, cluster: _MeetingCluster) -> bool:
    """A mention placed only in a country (or not placed) on the day of the cluster's meeting
    at a town ("welcome home ... Kenya" and "lined the main street of Iten" on Wednesday): that
    meeting, which decides whether another is the same occasion ("At the airport he was met
    by the minister" in Nairobi the day before, and then "took a flight to Eldoret")."""
    venue = _venue(mention)
    if venue is not None and _specific(venue):
        return False
    return any(
        o.date == mention.date and (v := _venue(o)) is not None and _specific(v)
        for o in cluster.events
    )


def _placing(event: Event) -> bool:
    """The event's place tells where its sentence happens: a venue, or the dateline opening
    it ("BUENOS AIRES, July 5 (Reuters) -"), not a nationality or a place talked about."""
    place = event.place
    if place is None or place.chosen is None:
        return False
    dateline = place.mention.start == event.start and place.mention.text.isupper()
    return event.role == "venue" or dateline


def _left_the_venue(a: Event, b: Event, events: Sequence[Event]) -> bool:
    """Two meetings on two days, one placed, and a participant left that place ("hosted
    Zelenskiy on Friday. Zelenskiy flew in from Bratislava, where he had held talks ... on
    Thursday"): two occasions."""
    if {a.date_precision, b.date_precision} != {"day"} or a.date == b.date:
        return False
    venue = _venue(a) or _venue(b)
    if venue is None:
        return False
    people = set(a.actors) | set(b.actors)
    return any(
        e.event_type == "travel"
        and e.role == "origin"
        and e.actors[:1]
        and e.actors[0] in people
        and e.place is not None
        and e.place.chosen is not None
        and _km(e.place.chosen.lat, e.place.chosen.lon, venue.lat, venue.lon) < SAME_PLACE_KM
        for e in events
    )


def _moved_between(a: Event, b: Event, events: Sequence[Event]) -> bool:
    """A participant of either meeting arrived, after the earlier day and by the later one,
    in a country other than where the placed one of the two meetings is (with neither placed,
    where the earlier one's participants were that day)."""
    if a.date is None or b.date is None or {a.date_precision, b.date_precision} != {"day"}:
        return False
    if a.date == b.date:
        return False
    first, last = sorted((a.date, b.date))
    people = set(a.actors) | set(b.actors)
    placed = next((m.place.chosen for m in (a, b) if m.place and m.place.chosen), None)
    if placed is None:  # where the participants were on the earlier day
        earlier = min((a, b), key=lambda m: m.date or date.min)
        placed = _where_participant_is(events, earlier.actors, first, earlier.start, True)
    if placed is None:
        return False
    if _went_to_the_later_venue(a, b, people, events):
        return True
    if _in_towns_apart(a, b, events):
        return True
    return any(
        c.country_code != placed.country_code
        for c in _arrivals_between(people, events, first, last)
    )


def _in_towns_apart(a: Event, b: Event, events: Sequence[Event]) -> bool:
    """The traveller was in two towns far apart on the two days, by the moves told ("landed
    in Tokyo on Monday ... received by the emperor" that afternoon, and "meeting business
    leaders from the Kansai region" in Osaka on Friday)."""
    if _told_after(a) or _told_after(b):
        return False  # "leaving Vladivostok ... after talks": the talks told before, elsewhere
    found = []
    for meeting in (a, b):
        town = meeting.place.chosen if meeting.place is not None else None
        if town is None or SPECIFICITY.get(town.kind, 0) < SPECIFICITY["city"]:
            town = _where_participant_is(events, meeting.actors, meeting.date, meeting.start, True)
        if town is None or SPECIFICITY.get(town.kind, 0) < SPECIFICITY["city"]:
            return False
        found.append(town)
    return _km(found[0].lat, found[0].lon, found[1].lat, found[1].lon) > OTHER_VENUE_KM


def _went_to_the_later_venue(
    a: Event, b: Event, people: AbstractSet[str], events: Sequence[Event]
) -> bool:
    """Two meetings in two towns of one country, with a participant's arrival between their
    days nearer the later venue ("welcomed at the Royal Palace in Amsterdam on Tuesday ... On
    Wednesday the two kings travelled to The Hague, where they met Prime Minister Rutte")."""
    earlier, later = sorted((a, b), key=lambda m: m.date or date.min)
    x, y = _venue(earlier), _venue(later)
    if x is None or y is None or not (_specific(x) and _specific(y)):
        return False
    if _km(x.lat, x.lon, y.lat, y.lon) <= NEIGHBOUR_KM:
        return False
    assert earlier.date is not None and later.date is not None
    return any(
        _km(c.lat, c.lon, y.lat, y.lon) < _km(c.lat, c.lon, x.lat, x.lon)
        for c in _arrivals_between(people, events, earlier.date, later.date)
    )


def _arrivals_between(
    people: AbstractSet[str], events: Sequence[Event], first: date, last: date
) -> list[Candidate]:
    """Where one of the people arrived after day `first` and by day `last`."""
    return [
        e.place.chosen
        for e in events
        if e.event_type == "travel"
        and e.role == "destination"
        and e.actors[:1]
        and e.actors[0] in people
        and (day := _day(e)) is not None
        and first < day <= last
        and e.place is not None
        and e.place.chosen is not None
    ]


def _specific(place: Candidate) -> bool:
    return _rank(place) >= SPECIFICITY["city"]


def _apart(a: Event, b: Event) -> bool:
    """Two venues far apart, both a town or finer (talks in Vilnius, then in Tallinn), or on
    two days, a town and an island or other area that is no division ("holding talks in St
    Petersburg on Saturday", "met on Sunday on the island of Valaam")."""
    x, y = _venue(a), _venue(b)
    if x is None or y is None or _km(x.lat, x.lon, y.lat, y.lon) <= OTHER_VENUE_KM:
        return False
    if _specific(x) and _specific(y):
        return True
    two_days = a.date_precision == b.date_precision == "day" and a.date != b.date
    areas = {x.kind, y.kind} <= {"region", "water", "landmark", "city", "other"}
    return two_days and areas and (_specific(x) or _specific(y))


def _near_venue(cluster: _MeetingCluster, venue: Candidate) -> bool:
    return any(
        (v := _venue(e)) is not None and _km(v.lat, v.lon, venue.lat, venue.lon) < OTHER_VENUE_KM
        for e in cluster.events
    )


def _other_country(a: Event, b: Event) -> bool:
    x = a.place.chosen if a.place else None
    y = b.place.chosen if b.place else None
    return bool(x and y and x.country_code and y.country_code and x.country_code != y.country_code)


def _current_cluster(
    clusters: list[_MeetingCluster], published: date | None
) -> _MeetingCluster | None:
    """The cluster nearest the publication date (undated mentions speak of the news of the day)."""
    if not clusters:
        return None
    dated = [c for c in clusters if c.dates]
    if published is None or not dated:
        return max(clusters, key=lambda c: len(c.events))
    return min(dated, key=lambda c: min(abs(d - published) for d in c.dates))


def _meeting(
    cluster: _MeetingCluster,
    events: Sequence[Event],
    published: date | None,
    filed_from: Candidate | None = None,
) -> Meeting | None:
    when, precision = _cluster_date(cluster)
    if when is None:
        when, precision = _day_told_before(cluster, events)
    participants = cluster.participants
    place = _most_specific([e for e in cluster.events if e.role == "venue"])
    dateline = _dateline_place(cluster)
    if place is None and dateline is not None and when is not None and when == published:
        place = dateline  # "BUENOS AIRES, July 5 - Modi held talks with Milei at the Casa
        # Rosada on Saturday": filed from where they met that day, not where he went next
    if place is not None and SPECIFICITY.get(place.kind, 0) < SPECIFICITY["city"]:
        place = _city_told_with(place, cluster, events) or place
    if place is None:  # "drove under the finish arch in Fairbanks ... Her partner and
        # their two daughters were waiting for her at the arch"
        place = _waited_where_the_trip_went(cluster, events)
    if place is None or SPECIFICITY.get(place.kind, 0) < SPECIFICITY["city"]:
        told_at = min(e.start for e in cluster.events)
        hosted = _where_participant_is(
            events, participants, when or published, told_at, by_then_only=place is not None
        )
        if hosted is not None and (place is None or _finer_inside(hosted, place)):
            place = hosted
    if dateline is not None and (place is None or _rank(place) < SPECIFICITY["city"]):
        place = dateline if place is None or _near_or_inside(dateline, place) else place
    if place is None and when is not None and when == published:
        place = filed_from  # "on Friday hosted Cabral's nephew ... at a lunch", in a story
        # filed from Bafatá that Friday
    if place is None:
        return None
    told = _told_at_venue(cluster, place)
    when, precision = _venue_day(cluster, told) or (when, precision)
    return Meeting(
        place.name,
        place.lat,
        place.lon,
        when,
        participants,
        (told or cluster.events[0]).sentence,
        place.kind,
        place.country_code,
        precision,
    )


def _waited_where_the_trip_went(
    cluster: _MeetingCluster, events: Sequence[Event]
) -> Candidate | None:
    """The one town the lede takes the traveller to, for a meeting told only as someone
    waiting for them ("drove her 14 dogs under the finish arch in downtown Fairbanks ... Her
    partner ... and their two daughters were waiting for her at the arch"): they waited where
    the story's news is."""
    if not all(e.action.casefold() in WAITING_WORDS for e in cluster.events):
        return None
    lede = _lede_start(events)
    travellers = set(cluster.participants)
    towns = {
        _place_key(e.place.chosen.name, e.place.chosen.lat, e.place.chosen.lon): e.place.chosen
        for e in events
        if e.start == lede
        and e.event_type == "travel"
        and e.actors[:1]
        and e.actors[0] in travellers
        and e.role != "origin"
        and e.place is not None
        and e.place.chosen is not None
        and e.place.chosen.kind == "city"
    }
    return next(iter(towns.values())) if len(towns) == 1 else None


def _city_told_with(
    venue: Candidate, cluster: _MeetingCluster, events: Sequence[Event]
) -> Candidate | None:
    """The town that a broad venue describes in an apposition ("flew in from Funafuti, the
    capital of Tuvalu, where he held talks": Funafuti, not Tuvalu)."""
    text_of = {e.start: e.sentence for e in cluster.events}
    for event in cluster.events:
        if event.role != "venue" or event.place is None or event.place.chosen != venue:
            continue
        for other in events:
            if other.start != event.start or other.place is None or other.place.chosen is None:
                continue
            town = other.place.chosen
            if SPECIFICITY.get(town.kind, 0) < SPECIFICITY["city"]:
                continue
            if not _near_or_inside(town, venue):
                continue
            gap = text_of[event.start][
                other.place.mention.end - event.start : event.place.mention.start - event.start
            ]
            if _APPOSED_VENUE_RE.fullmatch(gap):
                return town
    return None


# a town's apposition that names its country or region: ", the capital of", ", a port in"
_APPOSED_VENUE_RE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}(?:of|in)\s+(?:the\s+)?")


def _finer_inside(hosted: Candidate, venue: Candidate) -> bool:
    """A participant's place is finer than the meeting's broad venue and, when that venue is
    an island, division or region, inside its country ("met on the island of Sal" is not
    Buenos Aires, reached the same day; a country may be only where the party came from)."""
    inside = venue.kind == "country" or hosted.country_code == venue.country_code
    return _rank(hosted) > _rank(venue) and inside and _in_division_codes(hosted, venue)


def _near_or_inside(city: Candidate, area: Candidate) -> bool:
    """The city lies in the area's country (an admin area or country named as a venue), and in
    the area itself when the area is a division with codes."""
    in_country = bool(area.country_code) and city.country_code == area.country_code
    return in_country and _in_division_codes(city, area)


def _in_division_codes(city: Candidate, area: Candidate) -> bool:
    """The city is not in another division than the area, by the gazetteer's codes: a town
    in another county of the province is not in the county the meeting was placed in
    ("Montreal, where his daughter joined him": not Quebec City, 250 km away, reached the
    same month)."""
    if area.kind != "admin" or not area.admin1 or not city.admin1:
        return True
    if area.feature_code == "ADM1":
        return city.admin1 == area.admin1
    if area.feature_code == "ADM2" and area.admin2 and city.admin2:
        return (city.admin1, city.admin2) == (area.admin1, area.admin2)
    return True


def _filed_from(places: Sequence[Place]) -> Candidate | None:
    """The town the story is filed from, by its dateline."""
    for place in places:
        if place.chosen is not None and place.mention.label == DATELINE_LABEL:
            return place.chosen if place.chosen.kind in {"city", "landmark", "other"} else None
    return None


def _day_told_before(
    cluster: _MeetingCluster, events: Sequence[Event]
) -> tuple[date | None, DatePrecision]:
    """An undated meeting told right after a sentence dated to the day, with no past perfect
    of its own, was that day ("walked through the gates of the university in Harare on Friday
    ... The university's vice-chancellor received him in his office")."""
    told_at = min(e.start for e in cluster.events)
    if any(_HAD_DONE_RE.search(e.sentence) for e in cluster.events):
        return None, "unknown"
    before = [e for e in events if e.start < told_at and e.section == "main"]
    if not before:
        return None, "unknown"
    last = max(e.start for e in before)
    told = [e for e in before if e.start == last]
    if any(_day(e) is None for e in told if e.event_type == "travel"):
        return None, "unknown"  # "... to Chandigarh on Friday ... before flying on to Leh"
    days = {d for e in told if (d := _day(e)) is not None}
    return (days.pop(), "day") if len(days) == 1 else (None, "unknown")


def _dateline_place(cluster: _MeetingCluster) -> Candidate | None:
    """A meeting told in a wire story's lede with no place of its own was where the story is
    filed from ("BEIJING, April 14 (Reuters) - ... met Xi Jinping at the Great Hall of the
    People", a venue the gazetteer lacks)."""
    for event in cluster.events:
        place = event.place
        if place is None or place.chosen is None or place.mention.start != event.start:
            continue
        if place.mention.text.isupper() and place.chosen.kind in {"city", "landmark", "other"}:
            return place.chosen
    return None


def _cluster_date(cluster: _MeetingCluster) -> tuple[date | None, DatePrecision]:
    days = _days_told(cluster.events)
    if days:
        return Counter(days).most_common(1)[0][0], "day"
    dated = [e for e in cluster.events if e.date is not None]
    return (dated[0].date, dated[0].date_precision) if dated else (None, "unknown")


def _told_at_venue(cluster: _MeetingCluster, place: Candidate) -> Event | None:
    """The mention that names the venue the meeting is placed at."""
    return next((e for e in cluster.events if _venue(e) == place), None)


def _venue_day(cluster: _MeetingCluster, venue: Event | None) -> tuple[date, DatePrecision] | None:
    """The day told with the venue, when the cluster's mentions give several ("after talks" in
    a lede dated by its Sunday; "at the cosmodrome, where ... held talks on Wednesday")."""
    days = set(_days_told(cluster.events))
    if venue is None or venue.date not in days or len(days) < 2:
        return None
    return venue.date, "day"


def _rank(candidate: Candidate) -> int:
    return SPECIFICITY.get(candidate.kind, 0)


def _most_specific(events: Sequence[Event]) -> Candidate | None:
    chosen = [e.place.chosen for e in events if e.place and e.place.chosen]
    return max(chosen, key=_rank) if chosen else None


def _where_participant_is(
    events: Sequence[Event],
    participants: tuple[str, ...],
    when: date | None,
    told_at: int = -1,
    by_then_only: bool = False,
) -> Candidate | None:
    """Where a participant is said to be ('Putin would be in Vladivostok') or travels to; not a
    place in another country that the traveller had left by the meeting day (talks in Brunei
    on Tuesday, in Singapore from Wednesday: a meeting on Thursday is in Singapore), nor one
    told after the meeting (from `told_at` on) as reached later ("Later on Friday he was to
    travel to Leuven"). An arrival by the meeting day comes before one after it; with
    `by_then_only` (the meeting has a broad venue of its own, an island or a region), an
    arrival after it is not considered ("returned to Minsk on Monday" after Sunday's talks on
    Valaam)."""
    found: list[_Whereabouts] = []
    for event in events:
        if event.section != "main" or not event.place or not event.place.chosen:
            continue
        if not event.actors or event.actors[0] not in participants:
            continue
        if not _in_window(event.date, when, TRIP_WINDOW):
            continue
        is_presence = event.action.casefold() in PRESENCE_ACTIONS and event.role == "venue"
        is_arrival = event.event_type == "travel" and event.role == "destination"
        if is_arrival and told_at >= 0 and _reached_later(event, told_at, when):
            continue
        if is_arrival and _next_leg_after(event, when, told_at):
            continue  # "met Xi in Beijing on Friday ... On Saturday he flies on to Abu Dhabi"
        if is_arrival and _left_again_by(event, events, when):
            continue  # arrived in Shanghai on Wednesday, "flew in from Shanghai" on Thursday
        stop_that_day = (
            event.event_type == "travel"
            and event.role == "waypoint"
            and when is not None
            and _day(event) == when
            and bool(_STAY_ACTION_RE.match(event.action))
        )
        if is_presence or stop_that_day or (is_arrival and not _moved_on(event, events, when)):
            same_day = when is not None and event.date == when
            by_then = when is None or event.date is None or event.date <= when
            if by_then_only and not by_then:
                continue
            found.append(_Whereabouts(same_day, by_then, event, event.place.chosen))
    best = max(
        found,
        key=lambda f: (
            f.rank >= SPECIFICITY["city"],
            f.same_day,
            f.by_then,
            f.event.role != "waypoint",  # a stop on the day ("played in Sarajevo on Sunday")
            f.rank,  # counts only where no arrival or stay is told for it
            _by_day(f.event, when),
        ),
        default=None,
    )
    if best is None:
        return None
    alike = [
        f for f in found if f.standing == best.standing and _same_day_after(f.event, best.event)
    ]
    return alike[-1].place if alike else best.place


@dataclass(frozen=True)
class _Whereabouts:
    """A place a participant is told at or reaching, and how it stands for the meeting day."""

    same_day: bool  # told on the meeting day
    by_then: bool  # told by the meeting day, or undated
    event: Event
    place: Candidate

    @property
    def rank(self) -> int:
        return _rank(self.place)

    @property
    def standing(self) -> tuple[bool, bool, int]:
        return self.same_day, self.by_then, self.rank


def _by_day(arrival: Event, when: date | None) -> date:
    """Of two arrivals by the meeting day, the later was the last ("flown to Pretoria on
    Monday and taken to Johannesburg on Tuesday", visited on Wednesday)."""
    day = _day(arrival)
    return day if day is not None and when is not None and day <= when else date.min


def _same_day_after(arrival: Event, first: Event) -> bool:
    """Two arrivals told in one sentence on one day: the one told second came after ("took
    him to Nansio, where he spent the night ... before he was brought back to Mwanza by boat
    on Friday")."""
    day = _day(first)
    if day is None or _day(arrival) != day or arrival.start != first.start:
        return False
    if arrival.place is None or first.place is None:
        return False
    between = arrival.sentence[
        first.place.mention.end - first.start : arrival.place.mention.start - arrival.start
    ]
    if _THEN_RE.search(between):
        return True
    # the day is told after the second arrival only: the first was on the way to it ("took
    # them to Camargo, ..., and the bus pulled into Tarija on Friday evening")
    after = arrival.place.mention.end - arrival.start
    return (
        first.place.mention.start < arrival.place.mention.start
        and bool(arrival.date_text)
        and arrival.sentence.find(arrival.date_text, after) >= 0
        and arrival.sentence.find(arrival.date_text) >= after
    )  # not "arrived in Singapore, ... a tour that took him to Brunei first"


_THEN_RE = re.compile(r"\b(?:before|then|later|afterwards|next)\b")


# a stay or show at a stop, not a pass or a leg: "played in Sarajevo on Sunday"
_STAY_ACTION_RE = re.compile(
    r"(?:play|perform|sang|sing|spoke|speak|spen|stay|stopp|rest|appear|held|walk)", re.IGNORECASE
)


def _next_leg_after(arrival: Event, when: date | None, told_at: int) -> bool:
    """An arrival told after the meeting and dated after its day: a later leg of the trip."""
    day = _day(arrival)
    return day is not None and when is not None and day > when and arrival.start >= told_at >= 0


def _left_again_by(arrival: Event, events: Sequence[Event], when: date | None) -> bool:
    """The traveller left the place of this arrival after reaching it and by `when`."""
    day, here = _day(arrival), _chosen(arrival)
    if day is None or when is None:
        return False
    return any(
        e.event_type == "travel"
        and e.role == "origin"
        and e.actors[:1] == arrival.actors[:1]
        and (left := _day(e)) is not None
        and day <= left <= when
        and e.place is not None
        and e.place.chosen is not None
        and _km(e.place.chosen.lat, e.place.chosen.lon, here.lat, here.lon) < SAME_PLACE_KM
        for e in events
    )


def _reached_later(arrival: Event, told_at: int, when: date | None = None) -> bool:
    """An arrival told after the meeting as what came next ("Later on Friday he was to travel
    to Leuven"), not one dated before the meeting's day (a trip told from its end: "the bus
    pulled into Tarija on Friday evening" before Sunday's reception)."""
    if arrival.start <= told_at:
        return False
    if (day := _day(arrival)) is not None and when is not None and day < when:
        return False
    at = arrival.sentence.find(arrival.action)
    return bool(_MOVES_ON_RE.search(arrival.sentence[: max(at, 0)]))


def _moved_on(arrival: Event, events: Sequence[Event], when: date | None) -> bool:
    """The traveller reached another country after this arrival and on or before `when`."""
    day = _day(arrival)
    if day is None or when is None:
        return False
    here = _chosen(arrival).country_code
    return any(
        e.event_type == "travel"
        and e.role == "destination"
        and e.actors[:1] == arrival.actors[:1]
        and (later := _day(e)) is not None
        and day < later <= when
        and e.place is not None
        and e.place.chosen is not None
        and e.place.chosen.country_code != here
        for e in events
    )
