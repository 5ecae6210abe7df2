"""Stories across articles: two short articles written for these tests about one minister's tour,
parsed with the real model and gazetteer, combined, stored in an SQLite file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from geo import corrections
from geo.combine import canonical_actors, combine, combine_stored, merge_events
from geo.models import Candidate, Document, Event, Mention, Place, Story
from geo.pipeline import Pipeline, default_pipeline
from geo.serialize import events_frame, story_from_json, story_to_json
from geo.store import Store

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = jsonschema.Draft202012Validator(
    json.loads((ROOT / "docs" / "parse.schema.json").read_text(encoding="utf-8"))
)

# Two articles about one tour, written for these tests. tour_hanoi.txt, published on Wednesday
# 6 March 2024: Hanoi on Tuesday, Bangkok ahead on Thursday. tour_bangkok.txt, published on Friday
# 8 March: Bangkok reached, a flashback to the tour's first days, and an unrelated trip.
FIXTURES = Path(__file__).parent / "fixtures"
FIRST = (FIXTURES / "tour_hanoi.txt").read_text(encoding="utf-8")
SECOND = (FIXTURES / "tour_bangkok.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


@pytest.fixture(scope="module")
def articles(pipeline: Pipeline) -> tuple[Story, Story]:
    first = pipeline.parse(Document("first", FIRST, "Wong arrives in Hanoi", date(2024, 3, 6)))
    second = pipeline.parse(Document("second", SECOND, "Wong reaches Bangkok", date(2024, 3, 8)))
    return first, second


@pytest.fixture(scope="module")
def story(articles: tuple[Story, Story]) -> Story:
    return combine(articles)


def place_of(event: Event) -> str | None:
    return event.place.chosen.name if event.place and event.place.chosen else None


def test_an_event_both_articles_report_keeps_both_sentences(story: Story) -> None:
    bangkok = [
        e
        for e in story.events
        if place_of(e) == "Bangkok" and e.date == date(2024, 3, 7) and e.event_type == "travel"
    ]
    assert len(bangkok) == 1
    sources = bangkok[0].sources
    assert {s.document for s in sources} == {"first", "second"}
    assert any("will travel to Bangkok" in s.sentence for s in sources)
    assert any("arrived in Bangkok on Thursday" in s.sentence for s in sources)
    first = sources[0]
    assert (bangkok[0].sentence, bangkok[0].start, bangkok[0].end) == (
        first.sentence,
        first.start,
        first.end,
    )
    for event in story.events:  # every source points at its sentence in the combined text
        for source in event.sources:
            assert story.document.text[source.start : source.end] == source.sentence
    for place in story.places:
        text = story.document.text[place.mention.start : place.mention.end]
        assert text == place.mention.text


def test_route_is_rebuilt_from_both_articles_in_time_order(story: Story) -> None:
    assert len(story.routes) == 1
    route = story.routes[0]
    assert route.actor == "Penny Wong"
    assert [(s.place, s.date) for s in route.stops] == [
        ("Canberra", date(2024, 3, 3)),  # the later article's flashback opens the route
        ("Manila", date(2024, 3, 3)),
        ("Hanoi", date(2024, 3, 5)),
        ("Bangkok", date(2024, 3, 7)),
    ]
    assert story.document.published == date(2024, 3, 8)
    assert [p.id for p in story.parts] == ["first", "second"]


def test_unrelated_events_are_not_merged(story: Story) -> None:
    to_bangkok = [e for e in story.events if place_of(e) == "Bangkok" and e.event_type == "travel"]
    albanese = [e for e in to_bangkok if "Anthony Albanese" in e.actors]
    assert albanese and all(len(e.sources) == 1 and "Penny Wong" not in e.actors for e in albanese)
    last_year = [e for e in to_bangkok if e.date == date(2023, 6, 1)]
    assert len(last_year) == 1 and len(last_year[0].sources) == 1  # another visit, another time
    assert {(m.place, m.date) for m in story.meetings} == {
        ("Hanoi", date(2024, 3, 5)),
        ("Manila", date(2024, 3, 4)),  # "the next day" after Sunday, in the second article
    }


def test_the_order_of_the_articles_given_does_not_matter(articles: tuple[Story, Story]) -> None:
    first, second = articles
    assert story_to_json(combine([second, first])) == story_to_json(combine([first, second]))


def test_an_article_given_twice_is_taken_once(story: Story, articles: tuple[Story, Story]) -> None:
    again = combine([story, articles[1]])
    assert [p.id for p in again.parts] == ["first", "second"]
    assert len(again.places) == len(story.places)
    assert story_to_json(again)["events"] == story_to_json(story)["events"]


def test_json_round_trip_and_schema(story: Story) -> None:
    data = story_to_json(story)
    SCHEMA.validate(data)
    assert [d["id"] for d in data["documents"]] == ["first", "second"]
    merged = [e for e in data["events"] if len(e.get("sources", [])) > 1]
    assert merged
    rebuilt = story_from_json(data, text=story.document.text)
    assert rebuilt.parts == story.parts
    assert [e.sources for e in rebuilt.events] == [e.sources for e in story.events]


def test_event_table_counts_sources(story: Story) -> None:
    frame = events_frame(story)
    assert frame["n_sources"].max() >= 2
    assert "first; second" in set(frame["documents"]) or "second; first" in set(frame["documents"])


def test_store_keeps_the_documents_and_corrections_still_apply(
    tmp_path: Path, articles: tuple[Story, Story], pipeline: Pipeline
) -> None:
    with Store(tmp_path / "store.sqlite") as store:
        ids = [store.save_story(a) for a in articles]
        combined_id = combine_stored(store, ids, "Wong's tour")
        loaded = store.load_story(combined_id)
        assert loaded.document.title == "Wong's tour"
        assert [p.title for p in loaded.parts] == ["Wong arrives in Hanoi", "Wong reaches Bangkok"]
        assert [s.place for s in loaded.routes[0].stops] == [
            "Canberra",
            "Manila",
            "Hanoi",
            "Bangkok",
        ]
        assert any(len(e.sources) == 2 for e in loaded.events)
        summary = next(s for s in store.list_stories("reaches Bangkok") if s.id == combined_id)
        assert summary.n_documents == 2

        spot = Candidate("Manila Bay landing", 14.55, 120.95, "other", "PH")
        corrected = corrections.correct_place(store, combined_id, "Manila", spot)
        assert "Manila Bay landing" in [s.place for s in corrected.routes[0].stops]
        reopened = store.load_story(combined_id)
        assert reopened.parts == loaded.parts
        assert "Manila Bay landing" in [s.place for s in reopened.routes[0].stops]

        again = corrections.reprocess(pipeline, store, combined_id)
        assert again.document.title == "Wong's tour" and again.parts == loaded.parts
        assert "Manila Bay landing" in [s.place for s in again.routes[0].stops]


def test_combining_needs_two_stories(tmp_path: Path, articles: tuple[Story, Story]) -> None:
    from geo.errors import InputError

    with Store(tmp_path / "store.sqlite") as store:
        only = store.save_story(articles[0])
        with pytest.raises(InputError):
            combine_stored(store, [only, only])


# --- the rules, on events written by hand ------------------------------------------------------


def test_actor_names_across_articles() -> None:
    canon = canonical_actors(["Kim", "Kim Jong Un", "Wong", "Penny Wong", "penny wong", "Putin"])
    assert canon["Kim"] == "Kim Jong Un"
    assert canon["Wong"] == canon["penny wong"] == "Penny Wong"
    assert canon["Putin"] == "Putin"
    ambiguous = canonical_actors(["Kim", "Kim Jong Un", "Kim Yo Jong"])
    assert ambiguous["Kim"] == "Kim"  # two people could be meant: left alone


def event(
    place: tuple[str, float, float, str] | None,
    when: date | None,
    precision: str = "day",
    actor: str = "Penny Wong",
    role: str = "destination",
) -> Event:
    where = None
    if place is not None:
        name, lat, lon, kind = place
        where = Place(Mention(name, 0, len(name)), Candidate(name, lat, lon, kind), 0.9)  # type: ignore[arg-type]
    return Event(
        date=when,
        date_text="",
        actors=(actor,),
        action="arrived",
        event_type="travel",
        place=where,
        sentence=f"{actor} at {place[0] if place else 'nowhere'}",
        start=0,
        end=10,
        date_precision=precision if when else "unknown",  # type: ignore[arg-type]
        role=role,
    )


HANOI = ("Hanoi", 21.0245, 105.84117, "city")
NOI_BAI = ("Noi Bai airport", 21.2187, 105.8042, "landmark")  # 22 km from the centre
HAIPHONG = ("Haiphong", 20.8449, 106.6881, "city")
VIETNAM = ("Vietnam", 16.0, 106.0, "country")


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        (event(HANOI, date(2024, 3, 5)), event(HANOI, date(2024, 3, 5)), True),
        (event(HANOI, date(2024, 3, 5)), event(NOI_BAI, date(2024, 3, 5)), True),
        (event(HANOI, date(2024, 3, 5)), event(HANOI, None), True),
        (event(HANOI, date(2024, 3, 5)), event(HANOI, date(2024, 3, 1), "month"), True),
        (event(HANOI, date(2024, 3, 5)), event(HANOI, date(2024, 3, 4), "range"), True),
        (event(HANOI, date(2024, 3, 5)), event(HANOI, date(2024, 3, 6)), False),
        (event(HANOI, date(2024, 3, 5)), event(HANOI, date(2024, 4, 1), "month"), False),
        (event(HANOI, date(2024, 3, 5)), event(HAIPHONG, date(2024, 3, 5)), False),
        (event(HANOI, date(2024, 3, 5)), event(VIETNAM, date(2024, 3, 5)), False),
        (event(HANOI, date(2024, 3, 5)), event(HANOI, date(2024, 3, 5), actor="Marcos"), False),
        (event(HANOI, date(2024, 3, 5)), event(HANOI, date(2024, 3, 5), role="origin"), False),
        (event(HANOI, date(2024, 3, 5)), event(HANOI, date(2024, 3, 5), role="location"), True),
        (event(None, date(2024, 3, 5)), event(None, date(2024, 3, 5)), True),
        (event(None, None), event(None, None), False),
    ],
)
def test_when_two_reports_are_one_event(a: Event, b: Event, merged: bool) -> None:
    assert len(merge_events([a, b])) == (1 if merged else 2)


def test_a_merged_event_takes_the_most_precise_date_and_the_movement_role() -> None:
    vague = event(HANOI, date(2024, 3, 1), "month", role="location")
    exact = event(HANOI, date(2024, 3, 5))
    (merged,) = merge_events([vague, exact])
    assert (merged.date, merged.date_precision, merged.role) == (
        date(2024, 3, 5),
        "day",
        "destination",
    )
