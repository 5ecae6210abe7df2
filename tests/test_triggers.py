"""Moves and stays told with verbs the trigger lexicon does not list: the grammar of the
sentence (a preposition of direction, a stay in the ground beside a town, a device fitted, a
signal, an appearance) tells them (short articles written for these tests; real model and
gazetteer)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.models import Document, Story
from geo.pipeline import Pipeline, default_pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def route_of(pipeline: Pipeline, text: str, published: date, actor: str = "") -> list[str]:
    """The places of the route of `actor` (or of the first route), in order."""
    story: Story = pipeline.parse(Document("t", text, published=published))
    routes = [r for r in story.routes if not actor or r.actor == actor]
    return [s.place for s in routes[0].stops] if routes else []


def test_any_verb_with_a_way_into_a_place_is_a_move(pipeline: Pipeline) -> None:
    text = (
        "Skier finishes crossing\n\nNorwegian skier Kari Dahl left Narvik on March 2. She "
        "snowshoed into Kiruna on Sunday after eight days alone in the mountains."
    )
    assert route_of(pipeline, text, date(2025, 3, 11), "Kari Dahl") == ["Narvik", "Kiruna"]


def test_a_way_told_after_a_time_of_day_still_leads_from_its_verb(pipeline: Pipeline) -> None:
    text = (
        "Farmers' convoy on the road\n\nPaul Roux, who chairs a growers' union, led the convoy "
        "out of Rodez at dawn on Monday and along minor roads to Albi, where it camped for the "
        "night."
    )
    assert route_of(pipeline, text, date(2025, 2, 5), "Paul Roux") == ["Rodez", "Albi"]


def test_words_and_goods_sent_to_a_place_are_no_move(pipeline: Pipeline) -> None:
    text = (
        "Minister ends visit\n\nTrade minister Lena Holm flew from Oslo to Lima on Monday. On "
        "Tuesday she wrote to Trujillo and talked by video to Arequipa. Her ministry exports "
        "to Cusco."
    )
    assert route_of(pipeline, text, date(2025, 2, 5), "Lena Holm") == ["Oslo", "Lima"]


def test_where_a_railway_is_to_reach_is_no_stop_of_its_rider(pipeline: Pipeline) -> None:
    text = (
        "President opens line\n\nPresident Grace Mwangi rode the new train from Nairobi to "
        "Naivasha on Friday. The railway is eventually to reach Kisumu and Busia."
    )
    assert route_of(pipeline, text, date(2025, 2, 8), "Grace Mwangi") == ["Nairobi", "Naivasha"]


def test_a_stay_in_the_woods_above_a_town_is_a_stop_there(pipeline: Pipeline) -> None:
    text = (
        "Bear on the move\n\nThe bear, named Bruno by rangers, left the Tatra mountains in "
        "April. In May he spent several days in the woods above Brasov, and in June he moved "
        "west to Sibiu."
    )
    assert route_of(pipeline, text, date(2025, 7, 1), "Bruno") == ["Brasov", "Sibiu"]


def test_ground_beside_a_town_named_after_another_only_places_it(pipeline: Pipeline) -> None:
    text = (
        "Stork reaches Africa\n\nA stork named Ola flew from Tykocin to Istanbul on Aug. 25. It "
        "rested for two days near Edirne, in the hills above Kirklareli, and on Sept. 2 it flew "
        "on to Aswan."
    )
    stops = route_of(pipeline, text, date(2025, 9, 10), "Ola")
    assert stops == ["Tykocin", "Istanbul", "Edirne", "Aswan"]


def test_a_device_fitted_where_an_animal_was_caught_starts_its_route(
    pipeline: Pipeline,
) -> None:
    text = (
        "Lynx crosses the Alps\n\nA lynx named Mira was caught and fitted with a collar near "
        "Bovec on Nov. 2. She reached Tolmin on Dec. 5 and settled in the hills above Gorizia "
        "in January."
    )
    assert route_of(pipeline, text, date(2025, 2, 1), "Mira") == ["Bovec", "Tolmin", "Gorizia"]


def test_a_signal_coming_from_near_a_town_places_its_owner_there(pipeline: Pipeline) -> None:
    text = (
        "Tagged wolf heads north\n\nA wolf named Oskar was collared at Elverum on June 3. He "
        "walked north to Tynset by June 20, and since July 5 his signal has come from the forest "
        "east of Roros, researchers said."
    )
    assert route_of(pipeline, text, date(2025, 7, 10), "Oskar") == ["Elverum", "Tynset", "Roros"]


def test_rallies_held_on_a_campaign_tour_are_its_stops(pipeline: Pipeline) -> None:
    text = (
        "Candidate tours the west\n\nCandidate Marc Olier left Paris by train on Tuesday and "
        "held his first rally outside the town hall in Nantes. On Wednesday he drove to Rennes, "
        "and he ended the tour with a rally in Brest on Thursday."
    )
    assert route_of(pipeline, text, date(2025, 5, 23), "Marc Olier") == [
        "Paris",
        "Nantes",
        "Rennes",
        "Brest",
    ]


def test_a_stay_told_by_a_verb_of_waiting_or_camping_is_a_stop(pipeline: Pipeline) -> None:
    waited = (
        "Pensioner on tour\n\nPensioner Tom Reid left Inverness on Monday. On Tuesday he waited "
        "in Perth for a spare part. On Friday he reached Carlisle."
    )
    stops = route_of(pipeline, waited, date(2025, 6, 14), "Tom Reid")
    assert stops == ["Inverness", "Perth", "Carlisle"]
    camped = (
        "Farmers on the road\n\nFarmer Paul Roux left Agen on Monday and camped outside Cahors "
        "on Tuesday night. On Wednesday he reached Limoges."
    )
    assert route_of(pipeline, camped, date(2025, 6, 12)) == ["Agen", "Cahors", "Limoges"]


def test_a_change_of_planes_is_a_stop_on_the_way(pipeline: Pipeline) -> None:
    text = (
        "Runner flies home\n\nRunner Daniel Kiprop flew out of Frankfurt on Monday. That night "
        "he changed planes in Istanbul. On Tuesday he landed in Nairobi."
    )
    stops = route_of(pipeline, text, date(2025, 6, 12), "Daniel Kiprop")
    assert stops == ["Frankfurt am Main", "Istanbul", "Nairobi"]


def test_a_thing_that_cannot_travel_and_a_place_naming_a_body_are_no_moves(
    pipeline: Pipeline,
) -> None:
    text = (
        "Minister ends visit\n\nTrade minister Lena Holm flew from Oslo to Lima on Monday. On "
        "Tuesday cheap salmon came back to Santiago, and her complaint was turned over to "
        "Bogota police."
    )
    assert route_of(pipeline, text, date(2025, 2, 5), "Lena Holm") == ["Oslo", "Lima"]


def test_a_hometown_left_is_where_the_route_begins(pipeline: Pipeline) -> None:
    text = (
        "Defector reaches Seoul\n\nTeacher Mina Cho fled her hometown of Hyesan on Jan. 3 and "
        "reached Seoul on Feb. 20."
    )
    assert route_of(pipeline, text, date(2025, 3, 1), "Mina Cho") == ["Hyesan", "Seoul"]


def test_a_stay_of_days_at_a_place_is_a_stop_whatever_the_verb(pipeline: Pipeline) -> None:
    text = (
        "Refugee reaches Greece\n\nAli Rahimi left Kabul on June 2. He worked in a bakery in "
        "Izmir for three days to pay a smuggler. On June 20 he reached Athens."
    )
    assert route_of(pipeline, text, date(2024, 6, 25), "Ali Rahimi") == ["Kabul", "Izmir", "Athens"]


def test_a_named_day_after_for_is_no_stay(pipeline: Pipeline) -> None:
    text = (
        "Pope arrives in Lisbon\n\nPope Leo landed in Lisbon on Wednesday for World Youth Day, "
        "flying in from Rome."
    )
    story = pipeline.parse(Document("t", text, published=date(2023, 8, 2)))
    landed = [e.role for e in story.events if e.action == "landed"]
    assert landed == ["destination"]
