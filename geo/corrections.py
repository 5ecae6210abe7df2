"""The analyst's corrections, as data applied to a Story (no Streamlit).

Two kinds, both kept in the store so that a re-run keeps them:

- **Place corrections** (workspace-wide, `Store.save_correction`): "this name means that
  candidate". The resolver applies them on every parse (`Pipeline.parse(document, corrections)`),
  so they also serve later articles of the workspace. `apply` applies them to a stored story
  without re-parsing it (fast, also for large batch stories).
- **Story edits** (`StoryEdits`, `Store.save_edits`): places dropped as false, and per route the
  order, roles and removal of stops. They belong to one story.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TYPE_CHECKING, Any, cast

from geo.combine import reparse
from geo.errors import InputError
from geo.gazetteer import haversine_km
from geo.models import Candidate, Event, Place, Role, Route, Stop, Story
from geo.names import normalise
from geo.routes import build_meetings, build_routes

if TYPE_CHECKING:
    from geo.pipeline import Pipeline
    from geo.store import Store

ROLES: tuple[Role, ...] = ("origin", "waypoint", "destination")
MANUAL_MATCH = "manual"  # Candidate.match of a point the analyst placed on the map
DEFAULT_WORKSPACE = "default"


@dataclass(frozen=True)
class RouteEdit:
    """The analyst's version of one actor's route: stop order, roles, removed stops."""

    order: tuple[str, ...] = ()
    roles: Mapping[str, Role] = field(default_factory=dict)
    removed: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StoryEdits:
    dropped: frozenset[str] = frozenset()  # normalised mention texts dropped as false places
    routes: Mapping[str, RouteEdit] = field(default_factory=dict)  # actor -> edit

    @property
    def empty(self) -> bool:
        return not self.dropped and not self.routes

    def drop(self, mention_text: str) -> StoryEdits:
        return replace(self, dropped=self.dropped | {normalise(mention_text)})

    def restore(self, mention_text: str) -> StoryEdits:
        return replace(self, dropped=self.dropped - {normalise(mention_text)})

    def with_route(self, actor: str, edit: RouteEdit) -> StoryEdits:
        return replace(self, routes={**self.routes, actor: edit})

    def to_json(self) -> str:
        return json.dumps(
            {
                "dropped": sorted(self.dropped),
                "routes": {
                    actor: {
                        "order": list(e.order),
                        "roles": dict(e.roles),
                        "removed": sorted(e.removed),
                    }
                    for actor, e in sorted(self.routes.items())
                },
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str | None) -> StoryEdits:
        if not text:
            return cls()
        try:
            data = json.loads(text)
            routes = {
                str(actor): RouteEdit(
                    order=tuple(str(n) for n in e.get("order", [])),
                    roles={
                        str(k): cast(Role, v) for k, v in e.get("roles", {}).items() if v in ROLES
                    },
                    removed=frozenset(str(n) for n in e.get("removed", [])),
                )
                for actor, e in data.get("routes", {}).items()
            }
            return cls(frozenset(str(d) for d in data.get("dropped", [])), routes)
        except (ValueError, AttributeError, TypeError) as exc:
            raise InputError(f"stored story edits are not valid: {exc}") from exc


def point_candidate(name: str, lat: float, lon: float, country_code: str = "") -> Candidate:
    """A place the analyst put on the map by hand."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"not a point on Earth: {lat!r}, {lon!r}")
    return Candidate(
        name=name.strip() or "Unnamed place",
        lat=round(lat, 5),
        lon=round(lon, 5),
        kind="other",
        country_code=country_code,
        match=MANUAL_MATCH,
        score=1.0,
    )


# --- applying ----------------------------------------------------------------------------------


def _corrected(place: Place, corrections: Mapping[str, Candidate]) -> Place:
    chosen = corrections.get(normalise(place.mention.text))
    if chosen is None or (place.corrected and place.chosen == chosen):
        return place
    pool = [a for a in (place.chosen, *place.alternatives) if a is not None and a != chosen]
    return Place(place.mention, chosen, 1.0, tuple(pool), True)


def _route_length(stops: Sequence[Stop]) -> float:
    return round(sum(haversine_km(a.lat, a.lon, b.lat, b.lon) for a, b in pairwise(stops)), 1)


def edit_route(route: Route, edit: RouteEdit) -> Route:
    """The route with the analyst's order, roles and removals (unknown stops keep their place)."""
    kept = [s for s in route.stops if s.place not in edit.removed]
    rank = {name: i for i, name in enumerate(edit.order)}
    ordered = sorted(enumerate(kept), key=lambda t: (rank.get(t[1].place, len(rank) + t[0]), t[0]))
    stops = tuple(replace(s, role=edit.roles.get(s.place, s.role)) for _, s in ordered)
    return Route(route.actor, stops, _route_length(stops))


def apply(
    story: Story,
    corrections: Mapping[str, Candidate] | None = None,
    edits: StoryEdits | None = None,
) -> Story:
    """The story with place corrections and story edits applied; routes and meetings rebuilt
    from the corrected events when anything changed."""
    corrections = corrections or {}
    edits = edits or StoryEdits()
    places: list[Place] = []
    replaced: dict[tuple[int, int], Place | None] = {}
    for place in story.places:
        key = (place.mention.start, place.mention.end)
        if normalise(place.mention.text) in edits.dropped:
            replaced[key] = None
            continue
        new = _corrected(place, corrections)
        if new is not place:
            replaced[key] = new
        places.append(new)
    changed = bool(replaced)
    events: list[Event] = story.events
    if changed:
        events = []
        for event in story.events:
            if event.place is not None:
                key = (event.place.mention.start, event.place.mention.end)
                if key in replaced:
                    event = replace(event, place=replaced[key])
            events.append(event)
    published = story.document.published
    meetings = build_meetings(events, published, story.places) if changed else story.meetings
    rebuild = changed or bool(edits.routes)  # stored routes may lack stops an edit brings back
    routes = build_routes(events, published, meetings) if rebuild else story.routes
    routes = [
        edit_route(r, edits.routes[r.actor]) if r.actor in edits.routes else r for r in routes
    ]
    routes = [r for r in routes if len(r.stops) >= 2]
    return Story(story.document, places, events, routes, meetings, story.parts)


# --- stored ------------------------------------------------------------------------------------


def load_edits(store: Store, story_id: str) -> StoryEdits:
    return StoryEdits.from_json(store.edits(story_id))


def correct_place(
    store: Store,
    story_id: str,
    mention_text: str,
    candidate: Candidate,
    workspace: str = DEFAULT_WORKSPACE,
) -> Story:
    """Remember the candidate for this name (workspace-wide) and re-save the story with it."""
    store.save_correction(mention_text, candidate, workspace)
    return refresh(store, story_id, workspace)


def save_edits(store: Store, story_id: str, edits: StoryEdits) -> Story:
    store.save_edits(story_id, edits.to_json())
    return refresh(store, story_id)


def refresh(store: Store, story_id: str, workspace: str = DEFAULT_WORKSPACE) -> Story:
    """Apply the stored corrections and edits to the stored story and save it (no re-parse)."""
    edits = load_edits(store, story_id)
    story = apply(store.load_story(story_id), store.corrections(workspace), edits)
    store.save_story(story)
    return story


def reprocess(
    pipeline: Pipeline, store: Store, story_id: str, workspace: str = DEFAULT_WORKSPACE
) -> Story:
    """Parse the stored document again (each document of a combined story, combined again),
    with the workspace's corrections and the story's edits."""
    corrections = store.corrections(workspace)
    parsed = reparse(pipeline, store.load_story(story_id), corrections)
    story = apply(parsed, corrections, load_edits(store, story_id))
    store.save_story(story)
    return story


def to_jsonable(edits: StoryEdits) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(edits.to_json())
    return data
