"""geo.filters on hand-made stories: by country and by source, map and table alike; the URL."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, urlencode

import pytest

from geo.filters import (
    NO_SOURCE,
    country_names,
    country_options,
    filter_story,
    source_options,
)
from geo.maps import View
from geo.models import (
    Candidate,
    Document,
    Event,
    Meeting,
    Mention,
    Part,
    Place,
    Route,
    Source,
    Stop,
    Story,
)
from geo.serialize import events_frame

ARTICLES = [
    ("a", "wire", "Kim left Pyongyang for Khasan on Monday."),
    ("b", "", "Kim reached Vladivostok, where Kim met Putin on Wednesday."),
    ("c", "paper", "Floods hit Dhaka on Tuesday."),
]
CITIES = {
    "Pyongyang": (39.04, 125.76, "KP"),
    "Khasan": (42.43, 130.65, "RU"),
    "Vladivostok": (43.12, 131.89, "RU"),
    "Dhaka": (23.71, 90.41, "BD"),
}


def collection() -> Story:
    """Three documents (sources wire, none, paper) in one text, as a batch output gives them."""
    text, parts = "", []
    for doc_id, source, body in ARTICLES:
        header = f"[{doc_id}] {doc_id.upper()}\n"
        start = len(text) + len(header)
        parts.append(
            Part(doc_id, doc_id.upper(), date(2024, 1, 1), source, start, start + len(body))
        )
        text += header + body + "\n\n"
    places, events = [], []
    for part in parts:
        body = text[part.start : part.end]
        for name, (lat, lon, cc) in CITIES.items():
            at = body.find(name)
            if at < 0:
                continue
            start = part.start + at
            place = Place(
                Mention(name, start, start + len(name)), Candidate(name, lat, lon, "city", cc), 0.9
            )
            places.append(place)
            actors = ("Kim",) if "Kim" in body else ()
            events.append(
                Event(
                    date(2024, 1, 1),
                    "",
                    actors,
                    "go",
                    "movement",
                    place,
                    body,
                    part.start,
                    part.end,
                )
            )
    at = parts[2].start  # an unresolved mention in document "c": in no country
    places.append(Place(Mention("Atlantis", at, at + 5), None))
    route = Route(
        "Kim",
        tuple(
            Stop(
                name,
                CITIES[name][0],
                CITIES[name][1],
                date(2024, 1, 1),
                role,
                "city",
                CITIES[name][2],
            )
            for name, role in (
                ("Pyongyang", "origin"),
                ("Khasan", "waypoint"),
                ("Vladivostok", "destination"),
            )
        ),
        1000.0,
    )
    meeting_sentence = ARTICLES[1][2]
    meeting = Meeting(
        "Vladivostok",
        43.12,
        131.89,
        date(2024, 1, 3),
        ("Kim", "Putin"),
        meeting_sentence,
        country_code="RU",
    )
    document = Document("batch:x", text, "Batch x: 3 documents", None, "/out")
    return Story(document, places, events, [route], [meeting], parts)


def names(story: Story) -> list[str]:
    return [p.mention.text for p in story.places]


def test_no_selection_is_the_story_itself() -> None:
    story = collection()
    assert filter_story(story) is story
    assert filter_story(story, [""], []) is story


def test_options_are_the_stories_countries_and_sources() -> None:
    story = collection()
    assert country_options(story) == ["RU", "BD", "KP"]  # most places first
    assert source_options(story) == ["wire", NO_SOURCE, "paper"]
    single = Story(Document("d", "Oslo.", "Oslo news", None, ""), [])
    assert source_options(single) == ["Oslo news"]  # a single article: its title without a source


def test_country_filter_keeps_places_events_stops_and_meetings_there() -> None:
    story = collection()
    shown = filter_story(story, countries=["ru"])
    assert names(shown) == ["Khasan", "Vladivostok"]
    assert [e.place.mention.text for e in shown.events if e.place] == ["Khasan", "Vladivostok"]
    assert [s.place for s in shown.routes[0].stops] == ["Khasan", "Vladivostok"]
    assert shown.routes[0].length_km == 1000.0 and shown.meetings == story.meetings
    assert shown.document is story.document and shown.parts == story.parts
    assert names(filter_story(story, countries=["BD"])) == ["Dhaka"]
    none = filter_story(story, countries=["BD"])
    assert none.routes == [] and none.meetings == []


def test_source_filter_follows_each_document() -> None:
    story = collection()
    wire = filter_story(story, sources=["wire"])
    assert names(wire) == ["Pyongyang", "Khasan"]
    assert len(wire.events) == 2
    # the stops that document "a" reports; the meeting is reported by "b" only
    assert [s.place for s in wire.routes[0].stops] == ["Pyongyang", "Khasan"]
    assert wire.meetings == []
    unsourced = filter_story(story, sources=[NO_SOURCE])
    assert names(unsourced) == ["Vladivostok"] and len(unsourced.meetings) == 1
    both = filter_story(story, sources=["wire", "paper"])
    assert names(both) == ["Pyongyang", "Khasan", "Dhaka", "Atlantis"]


def test_country_and_source_together_and_the_event_table_agrees() -> None:
    story = collection()
    shown = filter_story(story, countries=["RU"], sources=["wire"])
    assert names(shown) == ["Khasan"]
    frame = events_frame(shown)
    assert list(frame["place"]) == ["Khasan"]
    assert len(events_frame(story)) == 4


def test_merged_events_count_for_every_document_that_reports_them() -> None:
    story = collection()
    vlad = next(e for e in story.events if e.place and e.place.mention.text == "Vladivostok")
    a, b = story.parts[0], story.parts[1]
    merged = Event(
        vlad.date,
        "",
        vlad.actors,
        vlad.action,
        vlad.event_type,
        vlad.place,
        vlad.sentence,
        vlad.start,
        vlad.end,
        sources=(
            Source(b.id, vlad.sentence, vlad.start, vlad.end),
            Source(a.id, "", a.start, a.end),
        ),
    )
    story.events = [merged]
    assert filter_story(story, sources=["wire"]).events == [merged]
    assert filter_story(story, sources=["paper"]).events == []


def test_single_article_source_filter_is_all_or_nothing() -> None:
    story = collection()
    single = Story(
        Document("d", story.document.text, "T", None, "pasted"), story.places, story.events
    )
    assert filter_story(single, sources=["pasted"]).places == story.places  # unresolved too
    assert filter_story(single, sources=["elsewhere"]).places == []


def test_placeless_events_go_only_with_a_country_filter() -> None:
    story = collection()
    at = story.parts[0].start  # in document "a" (wire)
    lone = Event(None, "", ("Kim",), "say", "statement", None, "Kim left.", at, at + 8)
    story.events = [*story.events, lone]
    assert lone in filter_story(story, sources=["wire"]).events
    assert lone not in filter_story(story, countries=["RU"]).events


def test_country_names_come_from_the_local_basemap() -> None:
    known = country_names()
    if not known:
        pytest.skip("basemap missing: run `python -m geo.assets`")
    assert known["RU"] == "Russia" and known["KP"].startswith("N")


@pytest.mark.parametrize(
    "view",
    [
        View(countries=frozenset({"RU", "KP"})),
        View(sources=frozenset({"wire", "Reuters, London", "100% news", "(no source)"})),
        View(countries=frozenset({"BD"}), sources=frozenset({"a,b,,c"}), tiles="osm"),
    ],
)
def test_filters_survive_the_share_link(view: View) -> None:
    query = urlencode(view.to_query())
    back = View.from_query({k: v[-1] for k, v in parse_qs(query).items()})
    assert back == view


def test_bad_filter_values_in_the_url_are_dropped() -> None:
    view = View.from_query({"country": "ru,RUS,<script>,1x,", "source": ",, ,"})
    assert view.countries == frozenset({"RU"}) and view.sources == frozenset()
    assert "country" not in View().to_query() and "source" not in View().to_query()
