"""Story <-> JSON round trips, the JSON Schema contract, and the typed frames."""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.errors import InputError
from geo.models import (
    Candidate,
    Document,
    Event,
    Meeting,
    Mention,
    Place,
    Route,
    Stop,
    Story,
)
from geo.serialize import (
    EVENT_COLUMNS,
    PLACE_COLUMNS,
    events_frame,
    places_frame,
    story_from_json,
    story_to_json,
)

DOCS = Path(__file__).resolve().parents[1] / "docs"
SCHEMA = json.loads((DOCS / "parse.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

TEXT = (
    "Putin flew from Moscow to Vladivostok on 12 September 2023. "
    "He met Kim Jong Un at the Vostochny Cosmodrome. Somewhere in Narnia, nothing happened."
)


def sample_story() -> Story:
    moscow = Candidate("Moscow", 55.7558, 37.6173, "city", "RU", "Moscow", geonames_id=524901)
    vlad = Candidate("Vladivostok", 43.1155, 131.8855, "city", "RU", "Primorye", 0, 2013348)
    vostochny = Candidate("Vostochny Cosmodrome", 51.884, 128.334, "landmark", "RU")
    places = [
        Place(
            Mention("Moscow", 16, 22),
            moscow,
            0.92,
            (
                Candidate(
                    "Moscow",
                    46.7324,
                    -117.0002,
                    "city",
                    "US",
                    "Idaho",
                    geonames_id=5601538,
                    score=0.1,
                ),
            ),
        ),
        Place(Mention("Vladivostok", 26, 37), vlad, 0.88, corrected=True),
        Place(Mention("Vostochny Cosmodrome", 86, 106, label="FAC"), vostochny, 0.7),
        Place(Mention("Narnia", 120, 126, section="related"), None),
    ]
    events = [
        Event(
            date(2023, 9, 12),
            "12 September 2023",
            ("Vladimir Putin",),
            "fly",
            "travel",
            places[1],
            TEXT[:59],
            0,
            59,
            date_precision="day",
        ),
        Event(
            None,
            "",
            ("Vladimir Putin", "Kim Jong Un"),
            "meet",
            "meeting",
            places[2],
            TEXT[60:107],
            60,
            107,
        ),
        Event(None, "", (), "happen", "other", places[3], TEXT[108:], 108, len(TEXT), "related"),
        Event(None, "", ("Nobody",), "wait", "other", None, "", 0, 0),
    ]
    route = Route(
        "Vladimir Putin",
        (
            Stop("Moscow", 55.7558, 37.6173, None, "origin"),
            Stop("Vladivostok", 43.1155, 131.8855, date(2023, 9, 12), "destination"),
        ),
        6430.5,
    )
    kim_putin = ("Vladimir Putin", "Kim Jong Un")
    meeting = Meeting("Vostochny Cosmodrome", 51.884, 128.334, None, kim_putin, TEXT[60:107])
    doc = Document("doc-1", TEXT, "Putin meets Kim", date(2023, 9, 13), "test")
    return Story(doc, places, events, [route], [meeting])


def without_text(story: Story) -> Story:
    d = story.document
    return Story(
        Document(d.id, "", d.title, d.published, ""),
        story.places,
        story.events,
        story.routes,
        story.meetings,
    )


# -------------------------------------------------------------------------------------------------
# hand-built


def test_round_trip_hand_built() -> None:
    story = sample_story()
    data = story_to_json(story)
    again = story_from_json(json.loads(json.dumps(data)))
    assert again == without_text(story)
    assert story_to_json(again) == data


def test_round_trip_with_text() -> None:
    story = sample_story()
    data = story_to_json(story, include_text=True)
    assert data["text"] == TEXT and data["source"] == "test"
    VALIDATOR.validate(data)
    assert story_from_json(data) == story


def test_event_place_is_the_story_place_object() -> None:
    again = story_from_json(story_to_json(sample_story()))
    assert again.events[0].place is again.places[1]


def test_json_shape() -> None:
    data = story_to_json(sample_story())
    VALIDATOR.validate(data)
    assert list(data) == [
        "id",
        "title",
        "published",
        "places",
        "events",
        "routes",
        "meetings",
        "attribution",
    ]
    assert data["published"] == "2023-09-13"
    assert "GeoNames" in data["attribution"]
    narnia = data["places"][3]
    assert narnia["name"] is None and narnia["lat"] is None and narnia["confidence"] == 0
    assert narnia["section"] == "related"
    moscow = data["places"][0]
    assert moscow["alternatives"] == [
        {
            "name": "Moscow",
            "lat": 46.7324,
            "lon": -117.0002,
            "kind": "city",
            "country_code": "US",
            "admin1": "Idaho",
            "geonames_id": 5601538,
            "population": 0,
            "score": 0.1,
        }
    ]
    assert data["places"][1]["corrected"] is True
    first = data["events"][0]
    assert first["date"] == "2023-09-12" and first["place"] == "Vladivostok"
    assert first["confidence"] == 0.88 and first["place_index"] == 1
    assert data["events"][2]["place"] is None and data["events"][2]["confidence"] == 0
    assert data["routes"][0]["stops"][1] == {
        "place": "Vladivostok",
        "lat": 43.1155,
        "lon": 131.8855,
        "date": "2023-09-12",
        "role": "destination",
        "kind": "city",
        "country_code": "",
    }
    assert data["meetings"][0]["participants"] == ["Vladimir Putin", "Kim Jong Un"]


def test_event_place_outside_places_is_rebuilt() -> None:
    story = sample_story()
    odd = Place(Mention("Kremlin", 0, 5), Candidate("Kremlin", 55.75, 37.62, "landmark"), 0.5)
    story.events.append(Event(None, "", (), "speak", "statement", odd, "x", 0, 5))
    data = story_to_json(story)
    assert data["events"][-1]["place_index"] is None
    again = story_from_json(data)
    rebuilt = again.events[-1].place
    assert rebuilt is not None and rebuilt.chosen is not None
    assert (rebuilt.chosen.name, rebuilt.chosen.lat, rebuilt.confidence) == ("Kremlin", 55.75, 0.5)
    assert story_to_json(again) == data


def test_empty_story() -> None:
    story = Story(Document("", ""))
    data = story_to_json(story)
    VALIDATOR.validate(data)
    assert data["published"] is None and data["places"] == []
    assert story_from_json(data) == story


def _mutate(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("published",), "13/09/2023"),
        (("published",), 20230913),
        (("places",), "Moscow"),
        (("places", 0, "lat"), None),
        (("places", 0, "lat"), float("nan")),
        (("places", 0, "kind"), "planet"),
        (("places", 0, "start"), "16"),
        (("places", 0, "section"), "sidebar"),
        (("events", 0, "place_index"), 99),
        (("events", 0, "actors"), [1, 2]),
        (("events", 0, "date_precision"), "hour"),
        (("routes", 0, "stops", 0, "role"), "stopover"),
        (("meetings", 0), "Vostochny"),
    ],
)
def test_bad_json_raises_input_error(path: tuple[Any, ...], value: Any) -> None:
    data = _mutate(story_to_json(sample_story()), path, value)
    with pytest.raises(InputError):
        story_from_json(data)


def test_not_an_object() -> None:
    with pytest.raises(InputError):
        story_from_json([])  # type: ignore[arg-type]


# -------------------------------------------------------------------------------------------------
# generated

texts = st.text(max_size=12)
offsets = st.integers(min_value=0, max_value=10_000)
lats = st.floats(-90, 90, allow_nan=False)
lons = st.floats(-180, 180, allow_nan=False)
dates = st.none() | st.dates()
kinds = st.sampled_from(["country", "admin", "city", "landmark", "region", "water", "other"])
sections = st.sampled_from(["main", "related"])
unit = st.floats(0, 1, allow_nan=False)
geonames_ids = st.none() | st.integers(min_value=1, max_value=2**31)

# Only the fields the JSON carries (population, feature_code, match are not part of it).
alternatives = st.builds(
    Candidate,
    name=texts,
    lat=lats,
    lon=lons,
    kind=kinds,
    country_code=texts,
    admin1=texts,
    geonames_id=geonames_ids,
    score=st.floats(-1e6, 1e6, allow_nan=False),
)
chosen = st.builds(
    Candidate,
    name=texts,
    lat=lats,
    lon=lons,
    kind=kinds,
    country_code=texts,
    admin1=texts,
    geonames_id=geonames_ids,
)
mentions = st.builds(Mention, text=texts, start=offsets, end=offsets, label=texts, section=sections)


@st.composite
def places_st(draw: st.DrawFn) -> Place:
    c = draw(st.none() | chosen)
    return Place(
        mention=draw(mentions),
        chosen=c,
        confidence=draw(unit) if c is not None else 0.0,
        alternatives=tuple(draw(st.lists(alternatives, max_size=3))),
        corrected=draw(st.booleans()),
    )


@st.composite
def stories(draw: st.DrawFn) -> Story:
    places = draw(st.lists(places_st(), max_size=5))
    place_choice = st.sampled_from(places) if places else st.nothing()
    events = draw(
        st.lists(
            st.builds(
                Event,
                date=dates,
                date_text=texts,
                actors=st.lists(texts, max_size=3).map(tuple),
                action=texts,
                event_type=texts,
                place=st.none() | place_choice,
                sentence=texts,
                start=offsets,
                end=offsets,
                section=sections,
                date_precision=st.sampled_from(["day", "month", "year", "range", "unknown"]),
            ),
            max_size=4,
        )
    )
    stops = st.builds(
        Stop,
        place=texts,
        lat=lats,
        lon=lons,
        date=dates,
        role=st.sampled_from(["origin", "waypoint", "destination"]),
    )
    routes = draw(
        st.lists(
            st.builds(
                Route,
                actor=texts,
                stops=st.lists(stops, max_size=4).map(tuple),
                length_km=st.floats(0, 50_000, allow_nan=False),
            ),
            max_size=2,
        )
    )
    meetings = draw(
        st.lists(
            st.builds(
                Meeting,
                place=texts,
                lat=lats,
                lon=lons,
                date=dates,
                participants=st.lists(texts, max_size=3).map(tuple),
                sentence=texts,
            ),
            max_size=2,
        )
    )
    doc = Document(id=draw(texts), text="", title=draw(texts), published=draw(dates))
    return Story(doc, places, events, routes, meetings)


@settings(max_examples=150, deadline=None)
@given(stories())
def test_generated_round_trip(story: Story) -> None:
    data = story_to_json(story)
    VALIDATOR.validate(data)
    wire = json.loads(json.dumps(data, allow_nan=False))
    again = story_from_json(wire)
    assert again == story
    assert story_to_json(again) == data


@settings(max_examples=50, deadline=None)
@given(stories())
def test_generated_frames_keep_dtypes(story: Story) -> None:
    check_frame(events_frame(story), EVENT_COLUMNS, len(story.events))
    check_frame(places_frame(story), PLACE_COLUMNS, len(story.places))


# -------------------------------------------------------------------------------------------------
# frames


def check_frame(frame: pd.DataFrame, columns: dict[str, tuple[str, str]], rows: int) -> None:
    assert list(frame.columns) == list(columns)
    assert len(frame) == rows
    for name, (dtype, _) in columns.items():
        assert frame[name].dtype == pd.Series([], dtype=dtype).dtype, name


def test_frames_have_declared_dtypes() -> None:
    story = sample_story()
    check_frame(events_frame(story), EVENT_COLUMNS, 4)
    check_frame(places_frame(story), PLACE_COLUMNS, 4)


def test_empty_frames_have_declared_dtypes() -> None:
    story = Story(Document("", ""))
    check_frame(events_frame(story), EVENT_COLUMNS, 0)
    check_frame(places_frame(story), PLACE_COLUMNS, 0)


def test_events_frame_values() -> None:
    ev = events_frame(sample_story())
    assert ev.loc[0, "date"] == pd.Timestamp("2023-09-12")
    assert pd.isna(ev.loc[1, "date"])
    assert ev.loc[1, "actors"] == "Vladimir Putin; Kim Jong Un"
    assert ev.loc[0, "place"] == "Vladivostok" and ev.loc[0, "confidence"] == 0.88
    assert pd.isna(ev.loc[2, "place"]) and math.isnan(ev.loc[2, "lat"])
    assert ev.loc[2, "section"] == "related"
    assert ev.loc[3, "actors"] == "Nobody"


def test_dates_outside_the_frame_range_are_nat() -> None:
    story = Story(Document("", ""))
    story.events.append(Event(date(1, 1, 1), "year 1", (), "x", "other", None, "", 0, 0))
    story.events.append(Event(date(9999, 12, 31), "", (), "x", "other", None, "", 0, 0))
    assert events_frame(story)["date"].isna().all()


def test_places_frame_values() -> None:
    pl = places_frame(sample_story())
    assert pl.loc[0, "geonames_id"] == 524901 and pl.loc[0, "n_alternatives"] == 1
    assert pd.isna(pl.loc[2, "geonames_id"])
    assert pd.isna(pl.loc[3, "name"]) and pl.loc[3, "confidence"] == 0.0
    assert bool(pl.loc[1, "corrected"]) is True
    assert pl.loc[2, "kind"] == "landmark"


def test_schema_doc_lists_every_column() -> None:
    doc = (DOCS / "event-table.md").read_text(encoding="utf-8")
    for columns in (EVENT_COLUMNS, PLACE_COLUMNS):
        for name, (dtype, _) in columns.items():
            assert f"| `{name}` | `{dtype}` |" in doc, name
