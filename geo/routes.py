"""Assemble routes (who went where, in order) and meetings (where and when parties met)."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from geopy.distance import geodesic

from geo.events import PRONOUN_ACTOR
from geo.models import Candidate, DatePrecision, Event, Meeting, Route, Stop

ROLE_ORDER = {"origin": 0, "waypoint": 1, "destination": 2}
MOVEMENT_ROLES = frozenset(ROLE_ORDER)
SPECIFICITY = {"landmark": 5, "city": 4, "other": 3, "admin": 2, "region": 1, "water": 1}
TRIP_WINDOW = timedelta(days=45)
MEETING_WINDOW = timedelta(days=7)
BROAD_KINDS = frozenset({"country", "admin", "region", "water"})
PRESENCE_ACTIONS = frozenset({"be", "is", "was", "were", "are", "been", "stay", "remain", "attend"})


def build_routes(
    events: Sequence[Event], published: date | None, meetings: Sequence[Meeting] = ()
) -> list[Route]:
    """One route per moving actor for the trip around the publication date (two stops or more)."""
    by_actor: dict[str, list[tuple[int, Event]]] = {}
    for position, event in enumerate(events):
        if _is_movement(event):
            by_actor.setdefault(event.actors[0], []).append((position, event))
    routes = []
    for actor, moves in by_actor.items():
        anchor = published or _latest_date([e for _, e in moves])
        current = [(p, e) for p, e in moves if _in_window(e.date, anchor, TRIP_WINDOW)]
        stops = _stops(current)
        stops = _with_meeting_destination(stops, actor, meetings, anchor)
        stops = _drop_containers(stops)
        if len(stops) >= 2:
            routes.append(Route(actor, tuple(stops), _length_km(stops)))
    return sorted(routes, key=lambda r: len(r.stops), reverse=True)


def carry_actors(events: Sequence[Event]) -> list[Event]:
    """A movement or meeting told with a pronoun ("She returned to Berlin", "He will hold
    talks with Putin") or with no subject belongs to the traveller of the movement before it
    (or, at the start of a story, after it). Unfilled pronoun places are dropped."""
    carried: list[Event] = []
    mover = ""
    for event in events:
        if event.event_type in {"travel", "meeting"} and event.section == "main":
            event = _fill(event, mover)
            if event.event_type == "travel" and event.actors and event.actors[0]:
                mover = event.actors[0]
        carried.append(event)
    following = ""
    for index in range(len(carried) - 1, -1, -1):  # a story may open before naming the mover
        event = carried[index]
        if event.event_type == "travel" and event.section == "main":
            if event.actors and event.actors[0]:
                following = event.actors[0]
            else:
                carried[index] = _fill(event, following)
    return [replace(e, actors=tuple(a for a in e.actors if a)) for e in carried]


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
        and event.place is not None
        and event.place.chosen is not None
    )


def _latest_date(events: Sequence[Event]) -> date | None:
    dated = [e.date for e in events if e.date and e.date_precision == "day"]
    return max(dated) if dated else None


def _in_window(when: date | None, anchor: date | None, window: timedelta) -> bool:
    return when is None or anchor is None or abs(when - anchor) <= window


@dataclass
class _StopDraft:
    candidate: Candidate
    role: str
    date: date | None
    position: int


def _stops(moves: list[tuple[int, Event]]) -> list[Stop]:
    drafts: dict[tuple[str, float, float], _StopDraft] = {}
    for position, event in moves:
        assert event.place is not None and event.place.chosen is not None
        chosen = event.place.chosen
        key = (chosen.name, round(chosen.lat, 3), round(chosen.lon, 3))
        draft = drafts.get(key)
        if draft is not None and draft.role == "origin" and event.role == "destination":
            key = (f"{chosen.name} (return)", key[1], key[2])  # back where the trip began
            draft = drafts.get(key)
        if draft is None:
            drafts[key] = _StopDraft(chosen, event.role, event.date, position)
            continue
        if ROLE_ORDER[event.role] < ROLE_ORDER[draft.role]:
            draft.role = event.role
        if event.date and (draft.date is None or event.date < draft.date):
            draft.date = event.date
    ordered = []
    for role in ROLE_ORDER:
        ordered += _by_time_then_text([d for d in drafts.values() if d.role == role])
    return [_stop(d.candidate, d.role, d.date) for d in ordered]


def _by_time_then_text(drafts: list[_StopDraft]) -> list[_StopDraft]:
    """Text order, with the dated stops re-ordered by date among themselves: an undated stop
    keeps its place in the telling, a flashback moves back in time."""
    in_text = sorted(drafts, key=lambda d: d.position)
    slots = [i for i, d in enumerate(in_text) if d.date is not None]
    dated = sorted((in_text[i] for i in slots), key=lambda d: (d.date, d.position))
    for slot, draft in zip(slots, dated, strict=True):
        in_text[slot] = draft
    return in_text


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
    stops: list[Stop], actor: str, meetings: Sequence[Meeting], anchor: date | None
) -> list[Stop]:
    """A traveller who meets someone ends the trip at the meeting place."""
    for meeting in meetings:
        if actor not in meeting.participants or not meeting.place:
            continue
        if not _in_window(meeting.date, anchor, TRIP_WINDOW):
            continue
        if any(s.place == meeting.place for s in stops):
            continue
        final = Stop(
            meeting.place,
            meeting.lat,
            meeting.lon,
            meeting.date,
            "destination",
            meeting.kind,
            meeting.country_code,
        )
        later = [
            i
            for i, s in enumerate(stops)
            if i > 0
            and s.role == "destination"
            and s.date
            and meeting.date
            and s.date >= meeting.date
        ]
        at = later[0] if later else len(stops)  # you meet, then move on
        return [*stops[:at], final, *stops[at:]]
    return stops


def _drop_containers(stops: list[Stop]) -> list[Stop]:
    """A country or division stop adds nothing when a precise stop lies in that country;
    a region or sea, when one lies within 1,000 km of its representative point."""
    precise = [s for s in stops if s.kind not in BROAD_KINDS]
    return [stop for stop in stops if not any(_covers(stop, other) for other in precise)]


def _covers(broad: Stop, precise: Stop) -> bool:
    if broad.kind in {"country", "admin"}:
        return bool(broad.country_code) and broad.country_code == precise.country_code
    if broad.kind in BROAD_KINDS:
        return _distance_km(broad, precise) < 1000
    return False


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


def build_meetings(events: Sequence[Event], published: date | None) -> list[Meeting]:
    """Meetings clustered by date; each placed at the most specific place that the text gives,
    else where a participant is said to be, else where a participant travels to."""
    mentions = [e for e in events if e.event_type == "meeting" and e.section == "main"]
    clusters = _cluster_meetings(mentions, published)
    drafts = [_meeting(c, events, published) for c in clusters]
    return [m for m in drafts if m is not None]


def _cluster_meetings(mentions: Sequence[Event], published: date | None) -> list[_MeetingCluster]:
    clusters: list[_MeetingCluster] = []
    undated = []
    for event in mentions:
        if event.date is None:
            undated.append(event)
            continue
        home = next((c for c in clusters if _same_occasion(c, event)), None)
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


def _same_occasion(cluster: _MeetingCluster, event: Event) -> bool:
    """Near in time, and not placed in two different countries (a tour's talks in Manila and
    in Hanoi are two meetings)."""
    assert event.date is not None
    for other in cluster.events:
        if other.date is None or _other_country(other, event):
            continue
        if "year" in (other.date_precision, event.date_precision):
            if other.date.year == event.date.year:
                return True
        elif abs(other.date - event.date) <= MEETING_WINDOW:
            return True
    return False


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
    if published is None:
        return max(clusters, key=lambda c: len(c.events))
    return min(clusters, key=lambda c: min(abs(d - published) for d in c.dates))


def _meeting(
    cluster: _MeetingCluster, events: Sequence[Event], published: date | None
) -> Meeting | None:
    when, precision = _cluster_date(cluster)
    participants = cluster.participants
    place = _most_specific([e for e in cluster.events if e.role == "venue"])
    if place is None or SPECIFICITY.get(place.kind, 0) < SPECIFICITY["city"]:
        hosted = _where_participant_is(events, participants, when or published)
        if hosted is not None and (place is None or _rank(hosted) > _rank(place)):
            place = hosted
    if place is None:
        return None
    return Meeting(
        place.name,
        place.lat,
        place.lon,
        when,
        participants,
        cluster.events[0].sentence,
        place.kind,
        place.country_code,
        precision,
    )


def _cluster_date(cluster: _MeetingCluster) -> tuple[date | None, DatePrecision]:
    days = [e.date for e in cluster.events if e.date and e.date_precision == "day"]
    if days:
        return Counter(days).most_common(1)[0][0], "day"
    dated = [e for e in cluster.events if e.date is not None]
    return (dated[0].date, dated[0].date_precision) if dated else (None, "unknown")


def _rank(candidate: Candidate) -> int:
    return SPECIFICITY.get(candidate.kind, 0)


def _most_specific(events: Sequence[Event]) -> Candidate | None:
    chosen = [e.place.chosen for e in events if e.place and e.place.chosen]
    return max(chosen, key=_rank) if chosen else None


def _where_participant_is(
    events: Sequence[Event], participants: tuple[str, ...], when: date | None
) -> Candidate | None:
    """Where a participant is said to be ('Putin would be in Vladivostok') or travels to."""
    found = []
    for event in events:
        if event.section != "main" or not event.place or not event.place.chosen:
            continue
        if not event.actors or event.actors[0] not in participants:
            continue
        if not _in_window(event.date, when, TRIP_WINDOW):
            continue
        is_presence = event.action.casefold() in PRESENCE_ACTIONS and event.role == "venue"
        if is_presence or (event.event_type == "travel" and event.role == "destination"):
            found.append(event.place.chosen)
    return max(found, key=_rank) if found else None
