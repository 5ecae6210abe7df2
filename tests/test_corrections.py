"""geo.corrections: story edits round-trip, apply to a hand-made story, stored and re-applied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from geo.corrections import (
    RouteEdit,
    StoryEdits,
    apply,
    correct_place,
    edit_route,
    load_edits,
    point_candidate,
    save_edits,
)
from geo.errors import InputError
from geo.models import Candidate, Document, Event, Mention, Place, Route, Stop, Story
from geo.store import Store

TEXT = "The envoy left Amman on 3 May 2024 and arrived in Cairo on 4 May 2024."
AMMAN = Candidate("Amman", 31.95, 35.93, "city", "JO")
CAIRO = Candidate("Cairo", 30.04, 31.24, "city", "EG")
CAIRO_US = Candidate("Cairo", 37.01, -89.18, "city", "US", admin1="Illinois")


def _place(name: str, chosen: Candidate, alternatives: tuple[Candidate, ...] = ()) -> Place:
    start = TEXT.index(name)
    return Place(Mention(name, start, start + len(name)), chosen, 0.8, alternatives)


def make_story() -> Story:
    amman, cairo = _place("Amman", AMMAN), _place("Cairo", CAIRO, (CAIRO_US,))
    events = [
        Event(date(2024, 5, 3), "3 May", ("envoy",), "leave", "travel", amman, TEXT, 0, 34,
              role="origin", date_precision="day"),
        Event(date(2024, 5, 4), "4 May", ("envoy",), "arrive", "travel", cairo, TEXT, 39, 71,
              role="destination", date_precision="day"),
    ]  # fmt: skip
    route = Route(
        "envoy",
        (
            Stop("Amman", AMMAN.lat, AMMAN.lon, date(2024, 5, 3), "origin"),
            Stop("Cairo", CAIRO.lat, CAIRO.lon, date(2024, 5, 4), "destination"),
        ),
        500.0,
    )
    return Story(Document("d", TEXT, "Envoy", date(2024, 5, 8)), [amman, cairo], events, [route])


def test_edits_json_round_trip() -> None:
    edits = (
        StoryEdits()
        .drop("Cairo")
        .with_route("envoy", RouteEdit(("Cairo", "Amman"), {"Cairo": "origin"}, frozenset({"X"})))
    )
    assert StoryEdits.from_json(edits.to_json()) == edits
    assert StoryEdits.from_json(None).empty
    with pytest.raises(InputError):
        StoryEdits.from_json('{"routes": 3}')


def test_correction_replaces_the_place_in_places_events_and_routes() -> None:
    story = apply(make_story(), {"cairo": CAIRO_US})
    cairo = story.places[1]
    assert cairo.chosen == CAIRO_US and cairo.corrected and CAIRO in cairo.alternatives
    assert story.events[1].place == cairo
    assert [s.country_code or s.place for s in story.routes[0].stops][-1] in {"US", "Cairo"}
    assert story.routes[0].stops[-1].lon == pytest.approx(CAIRO_US.lon)


def test_drop_removes_the_place_and_its_stop() -> None:
    story = apply(make_story(), edits=StoryEdits().drop("CAIRO"))
    assert [p.mention.text for p in story.places] == ["Amman"]
    assert story.events[1].place is None
    assert story.routes == []  # one stop left is no route


def test_edit_route_order_roles_removal() -> None:
    route = make_story().routes[0]
    edited = edit_route(route, RouteEdit(("Cairo", "Amman"), {"Cairo": "origin"}))
    assert [(s.place, s.role) for s in edited.stops] == [("Cairo", "origin"), ("Amman", "origin")]
    assert edited.length_km > 400
    assert len(edit_route(route, RouteEdit(removed=frozenset({"Amman"}))).stops) == 1


def test_point_candidate_validates() -> None:
    c = point_candidate("Here", 10.123456, 20.5)
    assert c.match == "manual" and c.lat == 10.12346
    with pytest.raises(InputError):
        point_candidate("There", 95, 0)


def test_stored_corrections_and_edits_survive_a_refresh(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as db:
        story_id = db.save_story(make_story())
        story = correct_place(db, story_id, "Cairo", CAIRO_US)
        assert story.places[1].chosen == CAIRO_US
        edit = RouteEdit(("Amman", "Cairo"), {"Amman": "waypoint"})
        save_edits(db, story_id, StoryEdits().with_route("envoy", edit))
        loaded = db.load_story(story_id)
        assert loaded.places[1].corrected and loaded.places[1].chosen.country_code == "US"  # type: ignore[union-attr]
        assert load_edits(db, story_id).routes["envoy"] == edit
        assert db.corrections()["cairo"] == CAIRO_US
