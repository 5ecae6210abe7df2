"""Routes and meetings on short articles written for these tests (real model and gazetteer)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import spacy
from spacy.tokens import Doc, Span

from geo.events import (
    _name_of_a_thing,
    _names_a_place_or_thing,
    _opens_a_clause,
    _without_title,
    canonical_people,
)
from geo.models import Candidate, Document, Event, Meeting, Stop, Story
from geo.pipeline import Pipeline, default_pipeline
from geo.routes import (
    _day,
    _headline_news,
    _in_headline,
    _lede_day,
    _named_vessels,
    _place_key,
    _with_meeting_destination,
    _without_near_twins,
    _written_in_full,
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def parse(pipeline: Pipeline, text: str, published: date) -> Story:
    return pipeline.parse(Document("t", text, published=published))


def stops(story: Story) -> list[tuple[str, date | None]]:
    return [(s.place, s.date) for s in story.routes[0].stops]


def routes_by_actor(story: Story) -> list[tuple[str, list[str]]]:
    """Each route's actor and the places of its stops, in order."""
    return [(r.actor, [s.place for s in r.stops]) for r in story.routes]


def route_places(story: Story) -> list[str]:
    """The places of the story's longest route, in order."""
    return [s.place for s in story.routes[0].stops]


def test_flashback_orders_by_time_not_text(pipeline: Pipeline) -> None:
    text = (
        "Delegation reaches Vladivostok\n\nThe delegation crossed into Russia on Wednesday after "
        "it had left Pyongyang early on Tuesday. It arrived in Vladivostok on Thursday."
    )
    story = parse(pipeline, text, date(2024, 5, 10))
    assert stops(story) == [("Pyongyang", date(2024, 5, 7)), ("Vladivostok", date(2024, 5, 9))]


def test_multi_capital_tour_with_return(pipeline: Pipeline) -> None:
    text = (
        "Minister ends four-capital tour\n\nForeign Minister Annalena Baerbock flew from Berlin "
        "to Warsaw on Monday. On Tuesday she travelled to Vilnius, and on Wednesday she visited "
        "Riga. She returned to Berlin on Thursday."
    )
    story = parse(pipeline, text, date(2024, 5, 10))
    route = story.routes[0]
    assert route.actor == "Annalena Baerbock"
    assert [s.place for s in route.stops] == ["Berlin", "Warsaw", "Vilnius", "Riga", "Berlin"]
    assert route.stops[3].date == date(2024, 5, 8)
    assert route.length_km > 1500


def test_storm_path(pipeline: Pipeline) -> None:
    text = (
        "Storm batters coast\n\nHurricane Ian made landfall near Fort Myers on Wednesday, moved "
        "across Orlando on Thursday and headed to Charleston, where it came ashore on Friday."
    )
    story = parse(pipeline, text, date(2022, 10, 1))
    assert story.routes[0].actor == "Hurricane Ian"
    assert route_places(story) == ["Fort Myers", "Orlando", "Charleston"]


def test_voyage_through_a_canal(pipeline: Pipeline) -> None:
    text = (
        "Tanker reaches Singapore\n\nThe tanker left Rotterdam on March 1, passed through the "
        "Suez Canal on March 12 and arrived in Singapore on March 20."
    )
    story = parse(pipeline, text, date(2024, 3, 21))
    assert stops(story) == [
        ("Rotterdam", date(2024, 3, 1)),
        ("Suez Canal", date(2024, 3, 12)),
        ("Singapore", date(2024, 3, 20)),
    ]


def test_meeting_at_a_venue_prefers_the_venue(pipeline: Pipeline) -> None:
    text = (
        "Leaders meet\n\nPresident Emmanuel Macron hosted Chancellor Olaf Scholz at the Elysee "
        "Palace in Paris on Tuesday for talks on defence."
    )
    story = parse(pipeline, text, date(2024, 5, 10))
    meeting = story.meetings[0]
    assert meeting.kind == "landmark" and meeting.date == date(2024, 5, 7)
    assert {"Emmanuel Macron", "Olaf Scholz"} <= set(meeting.participants)
    assert abs(meeting.lat - 48.87) < 0.05 and abs(meeting.lon - 2.32) < 0.05


def test_background_place_is_not_a_stop(pipeline: Pipeline) -> None:
    text = (
        "Envoy in Beijing\n\nThe envoy flew from Moscow to Beijing on Monday, while officials in "
        "Kyiv were watching the visit closely."
    )
    story = parse(pipeline, text, date(2024, 5, 10))
    assert route_places(story) == ["Moscow", "Beijing"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Blinken lands in Tokyo\n\nU.S. Secretary of State Antony Blinken arrived in Tokyo on "
            "Sunday after a two-day stop in Seoul, where he met South Korean President Yoon Suk "
            "Yeol. He will travel to Manila on Tuesday before returning to Washington.",
            date(2024, 3, 18),
            ["Seoul", "Tokyo", "Manila", "Washington"],
        ),
        (
            "Cargo ship reaches port\n\nThe container ship departed from Shanghai on June 2 and "
            "sailed via Singapore to the Suez Canal, reaching Rotterdam on July 3.",
            date(2024, 7, 4),
            ["Shanghai", "Singapore", "Suez Canal", "Rotterdam"],
        ),
        (
            "Pope begins Asia trip\n\nPope Francis left Rome on Monday and flew to Jakarta, the "
            "first stop of a 12-day trip that will also take him to Port Moresby, Dili and "
            "Singapore.",
            date(2024, 9, 3),
            ["Rome", "Jakarta", "Port Moresby", "Dili", "Singapore"],
        ),
    ],
)
def test_stopovers_lists_and_undated_stops_keep_the_telling(
    pipeline: Pipeline, text: str, published: date, expected: list[str]
) -> None:
    story = parse(pipeline, text, published)
    assert route_places(story) == expected


def test_pronoun_traveller_and_meeting_before_moving_on(pipeline: Pipeline) -> None:
    text = (
        "Modi visits Moscow\n\nIndian Prime Minister Narendra Modi arrived in Moscow on Monday "
        "for a two-day visit, his first since the war in Ukraine began. He will hold talks with "
        "President Vladimir Putin at the Kremlin on Tuesday before flying to Vienna."
    )
    story = parse(pipeline, text, date(2024, 7, 8))
    assert len(story.routes) == 1 and story.routes[0].actor == "Narendra Modi"
    places = route_places(story)
    assert "Ukraine" not in places and places[0] == "Moscow" and places[-1] == "Vienna"
    meeting = story.meetings[0]
    assert meeting.place == "Kremlin" and {"Narendra Modi", "Vladimir Putin"} <= set(
        meeting.participants
    )


def test_a_stop_told_after_after_comes_first_and_a_continent_is_no_stop(
    pipeline: Pipeline,
) -> None:
    text = (
        "Minister in Africa\n\nThe Norwegian foreign minister arrived in Nairobi on Friday, two "
        "days after a visit to Addis Ababa, on a tour of Africa. She will fly on to Accra."
    )
    story = parse(pipeline, text, date(2024, 5, 10))
    assert route_places(story) == ["Addis Ababa", "Nairobi", "Accra"]


def test_a_traveller_flying_in_ends_at_the_meeting(pipeline: Pipeline) -> None:
    text = (
        "Talks in Qatar\n\nNegotiators from both sides met at a hotel in Doha on Thursday. The "
        "American envoy Steve Witkoff had flown in from Washington on Wednesday."
    )
    story = parse(pipeline, text, date(2024, 5, 10))
    route = next(r for r in story.routes if r.actor == "Steve Witkoff")
    assert route.stops[0].place == "Washington" and route.stops[-1].role == "destination"
    assert abs(route.stops[-1].lat - 25.29) < 0.3 and abs(route.stops[-1].lon - 51.53) < 0.3


def test_a_long_round_trip_keeps_its_departure(pipeline: Pipeline) -> None:
    text = (
        "Research ship home\n\nThe research ship Polarstern returned to Bremerhaven on Monday. "
        "The vessel had left Bremerhaven on January 10 and called at Cape Town."
    )
    story = parse(pipeline, text, date(2024, 5, 10))
    assert route_places(story) == ["Bremerhaven", "Cape Town", "Bremerhaven"]


def test_a_back_story_told_after_the_lede_goes_on_in_text_order(pipeline: Pipeline) -> None:
    text = (
        "Yacht home after Pacific voyage\n\nThe yacht Kiwi Spirit returned to Auckland on Sunday. "
        "It had set out from Auckland in March and sailed to Noumea, then rounded Cape York to "
        "Darwin. It later called at Bali before heading home."
    )
    story = parse(pipeline, text, date(2024, 9, 16))
    assert route_places(story) == [
        "Auckland",
        "Noumea",
        "Darwin",
        "Bali",
        "Auckland",
    ]


def test_whom_a_vehicle_carries_is_the_traveller(pipeline: Pipeline) -> None:
    text = (
        "Suspect moved to Arequipa\n\nPolice flew the suspect from Lima to Cusco on Monday. A "
        "military plane then took him to Arequipa on Tuesday."
    )
    story = parse(pipeline, text, date(2024, 9, 17))
    assert [(r.actor.casefold(), [s.place for s in r.stops]) for r in story.routes] == [
        ("suspect", ["Lima", "Cusco", "Arequipa"])
    ]


def test_a_meeting_without_a_place_is_where_the_traveller_has_got_to(pipeline: Pipeline) -> None:
    text = (
        "Minister in Indonesia\n\nThe Australian foreign minister Penny Wong held talks in Hanoi "
        "on Monday and arrived in Indonesia on Tuesday. On Wednesday she will meet President "
        "Prabowo Subianto."
    )
    story = parse(pipeline, text, date(2024, 11, 19))
    later = [m for m in story.meetings if m.date == date(2024, 11, 20)]
    assert [m.place for m in later] == ["Indonesia"]


def test_a_storm_forms_crosses_and_fades(pipeline: Pipeline) -> None:
    text = (
        "Storm heads for Greece\n\nStorm Daniel formed over the Adriatic Sea on Monday and swept "
        "across Corfu on Tuesday. Meteorologists expect it to weaken over Albania on Wednesday."
    )
    story = parse(pipeline, text, date(2023, 9, 5))
    assert route_places(story) == ["Adriatic Sea", "Corfu", "Albania"]


def test_a_port_only_bound_for_is_no_stop_of_a_towed_ship(pipeline: Pipeline) -> None:
    text = (
        "Freighter towed to Brest\n\nThe freighter left Rotterdam on Monday bound for New York. "
        "After an engine fire it was towed to Brest on Wednesday, officials in Paris said."
    )
    story = parse(pipeline, text, date(2024, 2, 8))
    assert route_places(story) == ["Rotterdam", "Brest"]


def test_a_region_as_a_trips_scope_and_a_bystanders_city_are_no_stop_or_venue(
    pipeline: Pipeline,
) -> None:
    text = (
        "Premier in Brazil\n\nThe Chinese premier arrived in Brasilia on Monday on his first trip "
        "to Latin America, after three days in Lima. He held talks with President Lula on "
        "Tuesday. Officials in Washington followed the talks closely."
    )
    story = parse(pipeline, text, date(2024, 11, 19))
    assert route_places(story) == ["Lima", "Brasilia"]
    assert [m.place for m in story.meetings] == ["Brasilia"]  # as the article spells it


def test_a_stop_left_again_after_going_elsewhere_is_a_second_visit(pipeline: Pipeline) -> None:
    text = (
        "Envoy in East Africa\n\nThe UN envoy flew from Geneva to Nairobi on Monday and "
        "travelled to Mombasa on Wednesday. She left Nairobi for Addis Ababa on Friday."
    )
    story = parse(pipeline, text, date(2024, 5, 11))
    assert route_places(story) == [
        "Geneva",
        "Nairobi",
        "Mombasa",
        "Nairobi",
        "Addis Ababa",
    ]


def test_a_departure_flown_in_from_is_a_stop_not_a_round_trip(pipeline: Pipeline) -> None:
    text = (
        "Envoy in Amman\n\nU.S. envoy John Kerry met King Abdullah in Amman on Thursday. He "
        "flew in from Cairo, where he had held talks. He arrived in Cairo on Tuesday from Paris."
    )
    story = parse(pipeline, text, date(2024, 5, 9))
    assert route_places(story) == ["Paris", "Cairo", "Amman"]


def test_a_described_mover_is_the_one_named_next(pipeline: Pipeline) -> None:
    text = (
        "Runner finishes\n\nA British runner reached Edinburgh on Sunday. John Smith, 40, set "
        "off from London on May 1 and passed through York on May 20."
    )
    story = parse(pipeline, text, date(2024, 6, 2))
    route = story.routes[0]
    assert route.actor == "John Smith"
    assert [s.place for s in route.stops] == ["London", "York", "Edinburgh"]


def test_a_verb_with_its_particle_and_a_meeting_before_the_stops_to_come(
    pipeline: Pipeline,
) -> None:
    text = (
        "Minister in Rome\n\nForeign Minister Annalena Baerbock held talks with Italian "
        "Foreign Minister Antonio Tajani in Rome on Monday. She will go on to Madrid and "
        "Lisbon."
    )
    story = parse(pipeline, text, date(2024, 5, 6))
    assert route_places(story) == ["Rome", "Madrid", "Lisbon"]


def places(story: Story) -> list[str]:
    return route_places(story)


def test_first_person_narrator_is_a_mover(pipeline: Pipeline) -> None:
    text = (
        "By rail across the Balkans\n\nI boarded the night train in Belgrade just before nine. "
        "At noon I stepped off in Bar, on the Adriatic. From there I took a bus along the coast "
        "to Kotor."
    )
    assert places(parse(pipeline, text, date(2024, 6, 1))) == ["Belgrade", "Bar", "Kotor"]


def test_ports_of_call_listed_as_an_itinerary(pipeline: Pipeline) -> None:
    text = (
        "Liner sets off\n\nThe liner Aurora left Lisbon on Sunday on a Mediterranean cruise. "
        "Its first port of call is Barcelona, followed by Naples and Valletta."
    )
    story = parse(pipeline, text, date(2024, 1, 8))
    assert places(story) == ["Lisbon", "Barcelona", "Naples", "Valletta"]


def test_what_was_done_after_a_place_comes_before(pipeline: Pipeline) -> None:
    text = (
        "Lula in Luanda\n\nLUANDA, Aug 25 (Reuters) - Brazilian President Luiz Inacio Lula da "
        "Silva arrived in Luanda on Friday for talks with Angolan President Joao Lourenco, after "
        "attending the BRICS summit in Johannesburg. Lula will travel on to Sao Tome on Saturday."
    )
    story = parse(pipeline, text, date(2023, 8, 25))
    assert places(story)[:2] == ["Johannesburg", "Luanda"]


def test_a_passive_welcome_without_a_known_venue_is_met_at_the_arrival(
    pipeline: Pipeline,
) -> None:
    text = (
        "King Charles in Kenya\n\nNAIROBI, Oct 31 (AP) - Britain's King Charles arrived in "
        "Nairobi on Tuesday for a four-day state visit. He was welcomed by President William "
        "Ruto at State House. On Thursday the king will travel to Mombasa."
    )
    story = parse(pipeline, text, date(2023, 10, 31))
    assert [(m.place, m.date) for m in story.meetings] == [("Nairobi", date(2023, 10, 31))]


def test_moving_on_after_a_named_place(pipeline: Pipeline) -> None:
    text = (
        "Biden in Kyiv\n\nKYIV, Feb 20 (Reuters) - U.S. President Joe Biden made a surprise "
        "visit to Kyiv on Monday. Biden had left Washington in secret on Saturday night, flying "
        "to Rzeszow in Poland. After Kyiv he travelled on to Warsaw."
    )
    story = parse(pipeline, text, date(2023, 2, 20))
    assert places(story) == ["Washington", "Rzeszow", "Kyiv", "Warsaw"]


def test_talks_a_day_before_the_sentences_day(pipeline: Pipeline) -> None:
    text = (
        "Blinken in Jerusalem\n\nTEL AVIV, Feb 7 (Reuters) - U.S. Secretary of State Antony "
        "Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday, a day "
        "after talks in Cairo with Egyptian President Abdel Fattah al-Sisi."
    )
    story = parse(pipeline, text, date(2024, 2, 7))
    assert ("Cairo", date(2024, 2, 6)) in [(m.place, m.date) for m in story.meetings]


def test_a_meeting_after_leaving_the_town_of_another_is_placed_apart(pipeline: Pipeline) -> None:
    text = (
        "Erdogan hosts Zelenskiy\n\nISTANBUL, July 7 (Reuters) - Turkish President Tayyip "
        "Erdogan hosted Ukrainian President Volodymyr Zelenskiy at the Vahdettin Mansion on "
        "Friday. Zelenskiy flew in from Bratislava, where he had held talks with Slovak "
        "President Zuzana Caputova on Thursday."
    )
    story = parse(pipeline, text, date(2023, 7, 7))
    met = {(m.place, m.date) for m in story.meetings}
    assert ("Istanbul", date(2023, 7, 7)) in met
    assert ("Bratislava", date(2023, 7, 6)) in met


def test_a_lede_meeting_at_a_base_unknown_falls_to_the_dateline(pipeline: Pipeline) -> None:
    text = (
        "Summit in Alaska\n\nANCHORAGE, Aug 15 (AP) - Presidents Donald Trump and Vladimir "
        "Putin met at Joint Base Elmendorf-Richardson on Friday. Putin had flown in from Magadan."
    )
    story = parse(pipeline, text, date(2025, 8, 15))
    assert [m.place for m in story.meetings] == ["Anchorage"]


def test_earlier_in_the_day_is_that_day_before_the_move_told(pipeline: Pipeline) -> None:
    text = (
        "Kishida in Kyiv\n\nPrime Minister Fumio Kishida travelled by train from Poland to Kyiv "
        "on Tuesday, where he held talks with President Volodymyr Zelenskiy. Earlier in the day "
        "he had visited Bucha. He had flown from New Delhi to Rzeszow on Monday."
    )
    story = parse(pipeline, text, date(2023, 3, 21))
    assert places(story) == ["New Delhi", "Rzeszow", "Bucha", "Kyiv"]


def test_a_place_the_talks_are_about_is_not_where_they_meet(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "In Abuja he met President Bola Tinubu on Tuesday to discuss security in the Sahel. "
        "Leaders held talks about the war in Gaza at the Kremlin in Moscow.",
        date(2024, 1, 26),
    )
    assert sorted(m.place for m in story.meetings) == ["Abuja", "Kremlin"]


def test_a_sea_the_model_calls_a_firm_is_a_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "The storm made landfall near Mananjary in Madagascar on February 21 and moved out into "
        "the Mozambique Channel on February 23.",
        date(2023, 3, 13),
    )
    assert route_places(story) == ["Mananjary", "Mozambique Channel"]


def test_a_storm_told_as_it_strikes_a_town(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "The storm hit Vilanculos in southern Mozambique on February 24. Weeks later it looped "
        "back and struck Quelimane on March 11 before moving inland into Malawi on March 12.",
        date(2023, 3, 13),
    )
    assert route_places(story) == ["Vilankulo", "Quelimane", "Malawi"]


def test_slow_movement_and_crossing_a_sea_to_a_prefecture(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "The train left Adelaide on Monday and crawled on to Kalgoorlie on Tuesday.",
        date(2024, 1, 31),
    )
    assert route_places(story) == ["Adelaide", "Kalgoorlie"]
    story = parse(
        pipeline, "The typhoon crossed the sea to Ehime prefecture on Saturday.", date(2024, 9, 1)
    )
    events = [e for e in story.events if e.place and e.place.mention.text == "Ehime"]
    assert events and events[0].role == "destination"


def test_a_wire_credit_is_no_mover(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Statues return home\n\nCOTONOU, Nov 10 (Reuters) - Twenty-six royal statues arrived in "
        "Cotonou on Wednesday aboard a cargo flight from Paris.",
        date(2021, 11, 10),
    )
    assert all("Reuters" not in e.actors for e in story.events)
    assert route_places(story) == ["Paris", "Cotonou"]


def test_a_relative_clause_flashback_does_not_date_the_main_clause(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "The king flew from Copenhagen to Nuuk on Saturday. The royal yacht, which had sailed "
        "from Denmark in early June, then carried him north to Maniitsoq and on to Sisimiut. "
        "He reached Ilulissat on Thursday.",
        date(2024, 7, 5),
    )
    names = route_places(story)
    assert names[:2] == ["Copenhagen", "Nuuk"]
    assert names.index("Maniitsoq") < names.index("Ilulissat")


def test_a_team_driven_into_a_town_and_a_border_only_near(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Musher Hanne Eriksen left Alta on Saturday and reached Karasjok on Sunday. She drove her "
        "team of 12 dogs into Kirkenes on Tuesday, near the Russian border.",
        date(2024, 3, 12),
    )
    assert route_places(story) == ["Alta", "Karasjok", "Kirkenes"]


def test_stays_told_by_resting_and_by_a_delay(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "The boats set off from Iquitos on Oct. 16. They were held up for three days in Manaus, "
        "where drought had left the river too shallow, and tied up in Belem on Monday.",
        date(2025, 11, 10),
    )
    assert route_places(story) == ["Iquitos", "Manaus", "Belem"]


def test_background_places_of_other_people_are_no_stops(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Mathilde Rousseau, who grew up on a farm near Lyon, set out from Almaty in June and "
        "crossed at Tabatinga, across the border from the Colombian town of Leticia. Rousseau's "
        "brother left by bus for Solo.",
        date(2024, 9, 2),
    )
    names = [s.place for r in story.routes if r.actor == "Mathilde Rousseau" for s in r.stops]
    assert "Lyon" not in names and "Leticia" not in names and "Surakarta" not in names


def test_a_meeting_at_a_country_named_beside_its_capital(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Lai arrives in Guam\n\nTaiwan President Lai Ching-te arrived in Guam on Wednesday. Lai "
        "flew in from Funafuti, the capital of Tuvalu, where he held talks with Prime Minister "
        "Feleti Teo on Tuesday.",
        date(2024, 12, 4),
    )
    assert [m.place for m in story.meetings] == ["Funafuti"]


def test_a_mountain_top_reached_is_no_summit_meeting(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Dan Whitfield flew from London to Moshi last week and reached the summit of Mount "
        "Kilimanjaro on Thursday.",
        date(2023, 2, 18),
    )
    assert story.meetings == []
    assert route_places(story) == ["London", "Moshi", "Mount Kilimanjaro"]


def test_a_region_told_as_the_container_of_a_stop_is_no_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "The president left Moscow on Monday and landed in Blagoveshchensk in Russia's Far East "
        "on Tuesday.",
        date(2024, 6, 5),
    )
    assert "Russian Far East" not in route_places(story)


def test_the_way_told_after_a_same_day_arrival_follows_the_departure(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "A Russian drone flew into Lithuania from Belarus and crashed near Ukmerge on Monday, the "
        "army said. It entered Lithuanian airspace near Varena shortly after midnight.",
        date(2024, 6, 5),
    )
    places = route_places(story)
    assert places.index("Belarus") < places.index("Varena") < places.index("Ukmerge")


def test_a_move_there_and_a_move_joined_to_a_flashback(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "The envoy held talks in Amman on Wednesday. He flew in from Cairo on Tuesday and is due "
        "to return there on Friday. Last week he had travelled from Beirut to Damascus and "
        "crossed into Egypt at Arish before driving on to Cairo.",
        date(2024, 5, 17),
    )
    assert route_places(story) == [
        "Beirut",
        "Damascus",
        "Arish",
        "Cairo",
        "Amman",
        "Cairo",
    ]
    story = parse(
        pipeline,
        "The envoy held talks in Amman on Wednesday. He flew in from Cairo on Tuesday. Last week "
        "he had travelled from Beirut to Damascus and crossed into Egypt at Arish before driving "
        "on to Cairo.",
        date(2024, 5, 17),
    )
    assert route_places(story) == [
        "Beirut",
        "Damascus",
        "Arish",
        "Cairo",
        "Amman",
    ]


def test_some_of_a_group_is_not_the_traveller(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "The convoy reached Aswan on Friday after leaving Khartoum on Monday. Many have "
        "relatives in Cairo, and some had flown there from Port Sudan.",
        date(2024, 5, 17),
    )
    assert route_places(story) == ["Khartoum", "Aswan"]


def test_she_after_a_person_introduced_is_that_person(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "A chartered bus carrying 40 pilgrims reached Lourdes on Sunday. Among the passengers "
        "was Maria Costa, a teacher from Porto. She left Porto by train on Friday.",
        date(2024, 5, 13),
    )
    assert story.routes[0].actor == "Maria Costa"


def test_a_title_before_a_full_name_is_no_part_of_it() -> None:
    assert _without_title("Skipper Charlie Enright") == "Charlie Enright"
    assert _without_title("Captain Cook") == "Captain Cook"  # no full name after it
    assert _without_title("Skipper crew") == "Skipper crew"


def test_a_leg_to_a_place_and_a_crew_told_by_whose(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "KIEL, May 10 (Reuters) - Skipper Tom Hale sailed into Kiel on Wednesday to win the "
        "second leg, nine days after setting off from Lisbon. Anna Berg, skipper of Team Nord, "
        "whose crew had won the previous leg from Bergen to Lisbon, said the Germans had sailed "
        "well. Hale will lead the fleet out of Kiel again on May 21 for the leg to Gdansk.",
        date(2024, 5, 10),
    )
    assert story.routes[0].actor == "Tom Hale"
    assert route_places(story) == ["Lisbon", "Kiel", "Gdansk"]


def test_a_count_of_people_is_no_name_for_the_described_mover(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "A wooden boat carrying 200 refugees left Sittwe on Friday and landed in Sabang on "
        "Sunday. More than 1,000 Rohingya have landed in Aceh since last week.",
        date(2023, 11, 20),
    )
    assert story.routes[0].actor == "wooden boat"


def test_a_home_town_in_an_apposition_is_no_origin(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Tom Hale, a retired teacher from Leeds, crossed the Channel by ferry to Calais on Monday "
        "and walked on to Arras on Wednesday.",
        date(2024, 5, 10),
    )
    assert route_places(story) == ["Calais", "Arras"]


def test_a_move_reported_by_data_and_a_hijacked_lorrys_goal(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "A lorry bound for Antwerp was hijacked near Lyon on Monday. Tracking data showed the "
        "lorry crossed into Germany near Freiburg that night and passed Nuremberg before "
        "entering the Czech Republic on Tuesday.",
        date(2023, 11, 22),
    )
    assert [r.actor for r in story.routes] == ["lorry"]
    assert route_places(story) == ["Lyon", "Freiburg", "Nuremberg"]


def test_he_in_a_clause_on_a_main_clause_naming_a_person_is_that_person(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Nurse Anna Berg left Lyon on Sunday and landed in Lisbon on Monday. Prime Minister Ali "
        "Hassan, who has promised to resign, has been stuck in Madrid since he was barred from "
        "landing in Rabat on his way home from Cairo.",
        date(2024, 3, 18),
    )
    routes = {r.actor: [s.place for s in r.stops] for r in story.routes}
    assert routes["Anna Berg"] == ["Lyon", "Lisbon"]


def test_a_state_in_a_list_of_stops_is_no_container(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "The crown prince left Riyadh on Monday for a tour of the United States. After stops in "
        "Washington, New York and Boston, he flew to Los Angeles on Friday.",
        date(2024, 5, 10),
    )
    assert "New York" in route_places(story)


def test_a_place_noun_left_at_a_town_and_an_office_in_a_town(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "The refugees had left the camps at Cox's Bazar two weeks earlier and reached Sabang on "
        "Sunday.",
        date(2024, 5, 10),
    )
    assert route_places(story) == ["Cox's Bazar", "Sabang"]  # the town, not its district
    story = parse(
        pipeline,
        "The new arrivals left Sabang on Monday and were taken by bus to a former immigration "
        "office in Banda Aceh on Tuesday.",
        date(2024, 5, 10),
    )
    assert route_places(story) == ["Sabang", "Banda Aceh"]


def test_the_traveller_told_again_by_age_and_a_day_spent_somewhere(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Spain's Carlos Sainz took the lead on Monday after a run from Hail to Riyadh. The "
        "61-year-old Audi driver spent Saturday's rest day in Buraidah and drove on to Riyadh on "
        "Sunday.",
        date(2024, 1, 15),
    )
    assert [r.actor for r in story.routes] == ["Carlos Sainz"]
    assert "Buraidah" in route_places(story)


def test_a_fronted_after_phrase_before_an_arrival_comes_after_the_departure(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "The choir left Oslo on May 2 and, after a stopover in Doha, landed in Perth the next day.",
        date(2024, 5, 10),
    )
    assert route_places(story) == ["Oslo", "Doha", "Perth"]


def test_a_round_trip_told_on_its_return_with_a_stop_passed_both_ways(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "A convoy of lorries rolled into Agadez on Saturday, ending a round trip across the "
        "desert. The convoy set out from Agadez in early December and refuelled at Arlit before "
        "the long drive north. The convoy spent three days at Tamanrasset unloading the grain, "
        "and came back the same way, stopping again at Arlit.",
        date(2024, 2, 10),
    )
    assert route_places(story) == ["Agadez", "Arlit", "Tamanrasset", "Arlit", "Agadez"]


def test_a_habitual_move_and_a_goal_the_boat_was_meant_to_reach_are_no_stops(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Samuel Okoro left Niamey on Monday and reached Agadez on Wednesday. The lorry that was "
        "meant to take him to Sabha broke down. Thousands of migrants a year take the road "
        "through Agadez to Libya, and many smugglers usually drive on to Tripoli.",
        date(2024, 5, 10),
    )
    assert [r.actor for r in story.routes] == ["Samuel Okoro"]
    assert route_places(story) == ["Niamey", "Agadez"]


def test_she_told_by_her_own_report_and_i_inside_her_quote_are_the_traveller(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Maria Lopez, 40, said she waded across the Rio Bravo into Ciudad Juarez on Monday. She "
        'was then driven to Chihuahua. "I left my sons in Chihuahua. I miss them," she said. On '
        "Friday she took a bus to Monterrey.",
        date(2024, 5, 10),
    )
    assert [r.actor for r in story.routes] == ["Maria Lopez"]
    assert route_places(story)[-3:] == ["Ciudad Juarez", "Chihuahua", "Monterrey"]


def test_a_relative_who_joins_the_traveller_is_a_meeting(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Anna Berg walked from Lyon to Dijon on Monday and reached Strasbourg on Friday, where "
        "her son Paul joined her for a week. She was joined by hundreds of runners in Colmar. "
        "Paul joined the army in 2019.",
        date(2024, 5, 10),
    )
    assert [(m.place, set(m.participants)) for m in story.meetings] == [
        ("Strasbourg", {"Anna Berg", "Paul"})
    ]


def test_a_subject_told_by_age_is_the_person_named_before_and_from_is_a_home(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Jean Morel has worn out three pairs of shoes since he set off, and on Friday the "
        "58-year-old carpenter from Brest walked into Lyon. He had left Dijon on Monday.",
        date(2024, 5, 10),
    )
    assert [r.actor for r in story.routes] == ["Jean Morel"]
    assert route_places(story) == ["Dijon", "Lyon"]


def test_the_date_next_to_the_verb_is_the_moves_own(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Jean Morel has worn out three pairs of shoes since he dipped them in the sea at Brest "
        "in March, and on Friday he walked into Lyon. He passed through Dijon on Tuesday.",
        date(2024, 5, 10),
    )
    assert stops(story) == [("Dijon", date(2024, 5, 7)), ("Lyon", date(2024, 5, 10))]


def test_a_place_kept_until_the_move_is_its_origin(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "The rescued dogs had been kept at a shelter in Nantes until Monday, when they were driven "
        "to Paris. On Tuesday they were flown to Montreal.",
        date(2024, 5, 10),
    )
    assert route_places(story) == ["Nantes", "Paris", "Montreal"]


def test_a_storms_landfall_and_centre_by_a_bearing_and_people_it_is_not(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Cyclone Zelia came ashore just east of Broome on Friday. By Saturday night its centre "
        "was west of Fitzroy Crossing, and it passed just north of Halls Creek on Sunday. Mining "
        "companies flew workers out of camps around Kununurra.",
        date(2024, 2, 12),
    )
    assert route_places(story) == ["Broome", "Fitzroy Crossing", "Halls Creek"]


def test_a_flight_told_from_its_landing_by_hours_and_a_placeless_day(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "A Dutch gas balloon landed in a field near Poltava on Sunday morning, 40 hours after "
        "lifting off from Lviv. The two pilots drifted east on Friday night and passed over "
        "Rivne soon after midnight, then rode a westerly wind to Zhytomyr by Saturday morning.",
        date(2024, 9, 8),
    )
    assert route_places(story) == ["Lviv", "Rivne", "Zhytomyr", "Poltava"]


def test_a_where_clause_closed_before_an_errand_is_no_meeting_venue(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Anna Berg reached Marseille on Friday. Her son Paul travelled by train from Lyon, where "
        "he works in a bank, to meet her.",
        date(2024, 5, 10),
    )
    assert all(m.place != "Lyon" for m in story.meetings)


def test_a_title_told_alone_is_the_named_mover_and_escorting_moves_the_guest(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Grand Mufti Hamdan celebrated prayers at the old mosque in Konya on Sunday. The elderly "
        "mufti flew from Ankara to Kayseri on Friday and was met at the airport by the governor, "
        "who escorted him to Nevsehir. Hamdan returns to Ankara on Tuesday.",
        date(2024, 6, 23),
    )
    assert [r.actor for r in story.routes] == ["Hamdan"]
    assert route_places(story)[:3] == ["Ankara", "Kayseri", "Nevsehir"]


def test_a_stay_since_a_day_a_rite_celebrated_somewhere_and_a_relative_clause_aside(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Grand Mufti Hamdan celebrated prayers on Sunday at a mosque in Konya, a city that its "
        "Greek families called Iconium until they were sent to Greece in 1923. The mufti flew "
        "from Ankara to Kayseri on Friday and has been staying in Nevsehir since Saturday. He "
        "returns to Ankara on Tuesday.",
        date(2024, 6, 23),
    )
    assert [r.actor for r in story.routes] == ["Hamdan"]
    assert route_places(story) == ["Ankara", "Kayseri", "Nevsehir", "Konya", "Ankara"]


def test_a_stay_outside_a_town_and_a_trackers_fix_are_stops(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "WARSAW, Nov 6 - A tagged wolf named Luna left Zagan on Aug. 19. She then rested for two "
        "days near Gorlitz, before heading south to spend a week hunting in the forests outside "
        "Liberec. On Tuesday her collar placed her in a marsh outside Brno.",
        date(2025, 11, 6),
    )
    assert len(story.routes) == 1
    assert route_places(story) == ["Zagan", "Gorlitz", "Liberec", "Brno"]


def test_leaving_a_thing_set_in_a_town_leaves_the_town(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "SEOUL, May 2 - The sailor left his boat at a jetty in Kep on Monday and flew to Bangkok.",
        date(2025, 5, 2),
    )
    assert route_places(story) == ["Kep", "Bangkok"]


def test_a_season_to_be_spent_somewhere_and_a_name_of_a_monument_before_he(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "LYON, Oct 10 - Marc Dupont rode into Lyon on Friday, a week after leaving Dijon on his "
        "bicycle. On the way into the city Dupont laid a wreath at the Jean Moulin memorial, "
        "where the hero was arrested in 1943. He plans to spend the winter in Marseille.",
        date(2025, 10, 10),
    )
    assert [r.actor for r in story.routes] == ["Marc Dupont"]
    assert route_places(story) == ["Dijon", "Lyon", "Marseille"]


@pytest.mark.parametrize(
    ("words", "named_thing"),
    [
        ("laid flowers at the Terry Fox monument".split(), True),
        ("Among the passengers was Terry Fox , a runner".split(), False),
    ],
)
def test_a_persons_name_before_a_noun_names_a_thing(words: list[str], named_thing: bool) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words)
    start = words.index("Terry")
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]
    assert _name_of_a_thing(doc.ents[0]) is named_thing


def test_a_groups_legs_told_against_a_members_own_way_home_are_the_groups(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "DIJON, May 9 - Sophie Martin left Lisbon on April 20 with a convoy of volunteer "
        "doctors and reached Bordeaux on April 30. The convoy held clinics in Poitiers and "
        "reached Dijon on Thursday. The convoy will go on to Basel and end in Munich on May 20, "
        "but Martin said she would fly home to Portugal from Dijon.",
        date(2025, 5, 9),
    )
    martin = next(r for r in story.routes if r.actor.endswith("Martin"))
    places = [s.place for s in martin.stops]
    assert "Basel" not in places and "Munich" not in places
    assert places[-1] == "Portugal"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "LIMA, May 2 - Rosa Inés Quispe had walked for days. Quispe left Cusco.",
            "Rosa Inés Quispe",
        ),
        ("LIMA, May 2 - On Friday Quispe left Cusco.", "Quispe"),
        ("LIMA, May 2 - President Quispe left Cusco.", "Quispe"),
    ],
)
def test_a_one_word_mover_first_written_in_full_takes_the_full_name(text: str, actor: str) -> None:
    moved = Event(None, "", ("Quispe",), "left", "travel", None, "Quispe left Cusco.", 0, 0)
    assert _written_in_full([moved], text)[0].actors == (actor,)


def test_a_waypoint_told_as_the_next_leg_stays_after_the_stops_before_it(
    pipeline: Pipeline,
) -> None:
    text = (
        "Minister tours quake zone\n\nInterior Minister Ali Yerlikaya flew from Ankara to "
        "Malatya and was met by the governor. The two then boarded a helicopter and flew over "
        "Adiyaman before landing in Gaziantep, where they visited a tent camp."
    )
    story = parse(pipeline, text, date(2023, 2, 10))
    assert route_places(story) == ["Ankara", "Malatya", "Adiyaman", "Gaziantep"]


def test_a_placeless_move_of_bystanders_leaves_he_to_the_traveller(pipeline: Pipeline) -> None:
    text = (
        "Drivers wait at snowbound pass\n\nTruck driver Oleksandr Bondar left Lviv on Monday "
        "and reached Chop on Wednesday, hours after police stopped letting trucks through. "
        "When the road reopens he plans to drive on to Budapest."
    )
    story = parse(pipeline, text, date(2025, 1, 9))
    assert [r.actor for r in story.routes] == ["Oleksandr Bondar"]
    assert route_places(story) == ["Lviv", "Chop", "Budapest"]


def test_the_country_of_a_port_never_reached_is_no_stop_either(pipeline: Pipeline) -> None:
    text = (
        "Navy escorts stricken freighter\n\nThe cargo ship Nordic Bay left Rotterdam on Monday "
        "with grain bound for Cape Town in South Africa. It was towed to Brest on Tuesday."
    )
    story = parse(pipeline, text, date(2025, 3, 5))
    assert route_places(story) == ["Rotterdam", "Brest"]


def test_a_leg_told_as_and_on_to_across_a_meeting_word_is_a_stop(pipeline: Pipeline) -> None:
    text = (
        "Chancellor back from Asia\n\nChancellor Olaf Scholz left Berlin on Monday and flew to "
        "Tokyo for talks with the prime minister and on to Seoul for a trade conference. He "
        "returned to Berlin on Friday."
    )
    story = parse(pipeline, text, date(2024, 5, 10))
    assert route_places(story) == ["Berlin", "Tokyo", "Seoul", "Berlin"]


def test_a_second_place_under_one_verb_across_a_meeting_phrase_is_a_stop(
    pipeline: Pipeline,
) -> None:
    text = (
        "Minister ends Gulf tour\n\nForeign Minister Penny Wong left Canberra on Monday. On the "
        "way home she stopped in Doha for talks with the emir and in Muscat, where she met the "
        "sultan. She returned to Canberra on Saturday."
    )
    story = parse(pipeline, text, date(2024, 5, 11))
    assert route_places(story) == ["Canberra", "Doha", "Muscat", "Canberra"]


def test_a_host_who_receives_the_traveller_and_talks_at_a_stop_are_meetings(
    pipeline: Pipeline,
) -> None:
    text = (
        "Premier back from Europe\n\nPremier Li Qiang flew to Berlin on Monday, and Chancellor "
        "Olaf Scholz received him at the chancellery on Tuesday. On the way home he stopped in "
        "Vienna for talks with Chancellor Karl Nehammer and in Bratislava, where he visited a "
        "car plant. Li received a letter from the unions."
    )
    story = parse(pipeline, text, date(2024, 5, 10))
    places = {m.place for m in story.meetings}
    assert "Vienna" in places
    assert any(abs(m.lat - 52.52) < 0.3 and abs(m.lon - 13.40) < 0.3 for m in story.meetings)


def test_a_stop_told_by_its_edge_is_a_stop_unless_a_named_place_lies_there(
    pipeline: Pipeline,
) -> None:
    text = (
        "Trucker reaches Warsaw\n\nLorry driver Petro Kovalenko left Kyiv on Monday and crossed "
        "into Poland at the border gate outside Medyka on Tuesday. After a night at a truck "
        "stop on the edge of Lublin, he reached Warsaw on Wednesday."
    )
    story = parse(pipeline, text, date(2025, 1, 9))
    assert route_places(story) == ["Kyiv", "Medyka", "Lublin", "Warsaw"]


def test_a_family_told_after_a_named_man_a_description_s_date_and_a_stay_with_cousins(
    pipeline: Pipeline,
) -> None:
    text = (
        "Family drives home to Syria\n\nOmar al-Rashid left Mersin, the Turkish port where he "
        "had worked since 2014, on Monday with his wife and sons. The family spent the first "
        "night with cousins in Antakya and reached Idlib on Tuesday."
    )
    story = parse(pipeline, text, date(2025, 3, 5))
    assert story.routes[0].actor == "Omar al-Rashid"  # a name, though "al-" is lower case
    assert stops(story) == [
        ("Mersin", date(2025, 3, 3)),  # not 2014, the date of the port's description
        ("Antakya", date(2025, 3, 4)),  # where they spent the night with cousins
        ("Idlib", date(2025, 3, 4)),
    ]


def test_a_person_named_in_a_time_phrase_before_he_is_no_mover(pipeline: Pipeline) -> None:
    text = (
        "Family drives home\n\nOn Wednesday evening, two weeks after the death of Pope "
        "Francis, he pulled up outside the church in a van loaded with chairs."
    )
    story = parse(pipeline, text, date(2025, 5, 8))
    loaded = [e for e in story.events if e.action == "loaded"]
    assert loaded and all("Francis" not in a for e in loaded for a in e.actors)


def test_a_relative_waiting_for_the_traveller_is_a_meeting_where_they_arrive(
    pipeline: Pipeline,
) -> None:
    text = (
        "Young sailor reaches Hobart\n\nSixteen-year-old Tom Keller sailed his yacht into "
        "Hobart on Tuesday, a week after leaving Sydney. His mother, Anne, who had flown in "
        "from Melbourne the day before, was waiting on the dock with a cake. Keller will sail "
        "on to Adelaide on Friday."
    )
    story = parse(pipeline, text, date(2025, 2, 5))
    assert [(m.place, set(m.participants)) for m in story.meetings] == [
        ("Hobart", {"Tom Keller", "Anne"})
    ]


def test_home_to_the_city_of_the_airport_left_ends_the_route(pipeline: Pipeline) -> None:
    """The airport's city is where the route starts (Brisbane is the city now, not its
    same-named council area) and, told again as home, where it ends."""
    text = (
        "Veteran pilot lands in Sydney\n\nRetired pilot Gwen Harper left Archerfield airport in "
        "Brisbane on Monday in her restored Tiger Moth and landed in Sydney on Wednesday. She "
        "will fly home to Brisbane on Saturday."
    )
    story = parse(pipeline, text, date(2025, 4, 3))
    assert route_places(story) == ["Brisbane", "Sydney", "Brisbane"]


def test_a_destination_reached_again_after_a_dated_move_elsewhere_is_a_second_stop(
    pipeline: Pipeline,
) -> None:
    text = (
        "Envoy brings truce draft to Juba\n\nKenyan envoy Raila Odinga arrived in Juba on "
        "Thursday after two days of talks in Khartoum. Odinga, who had flown to the Sudanese "
        "capital from Nairobi on Tuesday, met President Salva Kiir. He is due back in Khartoum "
        "on Friday and will then return to Nairobi."
    )
    story = parse(pipeline, text, date(2025, 2, 13))
    assert route_places(story) == ["Nairobi", "Khartoum", "Juba", "Khartoum", "Nairobi"]


def test_hours_spent_with_a_president_are_a_meeting_where_the_traveller_arrived(
    pipeline: Pipeline,
) -> None:
    text = (
        "Envoy in Kigali\n\nAngolan Foreign Minister Tete Antonio arrived in Kigali on "
        "Thursday. Antonio, who had flown to Kinshasa from Luanda on Tuesday, spent two hours "
        "with President Paul Kagame. He spent the evening with his staff."
    )
    story = parse(pipeline, text, date(2025, 2, 13))
    assert [m.place for m in story.meetings] == ["Kigali"]


def test_swarms_that_descend_on_a_town_and_villagers_who_drive_them_off_there(
    pipeline: Pipeline,
) -> None:
    text = (
        "Locusts reach Multan\n\nSwarms of desert locusts descended on the outskirts of Multan "
        "on Monday. They had reached Bahawalpur last Thursday. Villagers beat drums to drive "
        "them off in Multan's eastern suburbs. The swarms are expected to reach Lahore by the "
        "weekend."
    )
    story = parse(pipeline, text, date(2020, 5, 25))
    assert route_places(story) == ["Bahawalpur", "Multan", "Lahore"]


def test_the_day_a_trip_began_told_in_a_relative_clause_is_not_the_last_legs(
    pipeline: Pipeline,
) -> None:
    text = (
        "Rower home in Lisbon\n\nLISBON, June 12 (AP) - Rower Ana Costa walked into the "
        "arrivals hall at Lisbon's airport on Thursday. Costa, 33, flew in from Madrid, the "
        "last leg of a journey home that began a week ago in Bridgetown and went through "
        "Miami."
    )
    story = parse(pipeline, text, date(2025, 6, 12))
    assert route_places(story)[:3] == ["Bridgetown", "Miami", "Madrid"]


@pytest.mark.parametrize(
    ("reunion", "met"),
    [
        ("walked into the arms of her father and two sons", True),
        ("hugged his daughters", True),
        ("embraced the new plan", False),
    ],
)
def test_a_reunion_with_the_travellers_own_relatives_is_a_meeting(
    pipeline: Pipeline, reunion: str, met: bool
) -> None:
    text = (
        "Climber home\n\nMountaineer Sofia Lindqvist landed in Stockholm on Friday after two "
        f"months in Nepal and {reunion} at the airport."
    )
    story = parse(pipeline, text, date(2025, 6, 14))
    assert [m.place for m in story.meetings] == (["Stockholm"] if met else [])


def test_a_relative_who_flies_in_to_meet_her_meets_the_traveller_where_she_is_now(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Rower reaches Norway\n\nBERGEN, Norway, June 3 (Reuters) - British rower Emma Carlisle "
        "rowed into Bergen on Tuesday, ending a crossing of the North Sea. Carlisle left "
        "Aberdeen in May, called at Lerwick and sailed on to Kirkwall to sit out a gale. Her "
        "brother, Tom, who flew from London to meet her, was waiting on the pier.",
        date(2025, 6, 3),
    )
    meeting = story.meetings[0]
    assert meeting.place == "Bergen"  # not Kirkwall, told last but in the back story
    assert set(meeting.participants) == {"Emma Carlisle", "Tom"}


def test_a_visit_to_him_is_a_meeting_where_he_was_taken_last(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Miner rescued\n\nJOHANNESBURG, July 9 - Sipho Dlamini, trapped for three days, was "
        "flown from Rustenburg to Pretoria on Monday and taken by ambulance to Johannesburg on "
        "Tuesday. President Cyril Ramaphosa, who flew in from Cape Town, visited him on "
        "Wednesday.",
        date(2025, 7, 9),
    )
    assert [(m.place, m.date) for m in story.meetings] == [("Johannesburg", date(2025, 7, 9))]
    assert "Sipho Dlamini" in story.meetings[0].participants


def test_a_place_in_an_apposition_of_the_one_who_joins_is_no_venue(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Skier ends trek\n\nTROMSO, March 4 - Skier Anna Berg reached Tromso on Monday after a "
        "month on the plateau. She set off from Kiruna on Feb 2. Her son Erik, a teacher in "
        "Stavanger, flew north to join her for the last day.",
        date(2025, 3, 4),
    )
    assert [m.place for m in story.meetings] == ["Tromso"]  # as the article spells it


def test_landing_at_a_bearing_from_a_town_stops_at_the_town(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Balloon lands\n\nVIENNA, Sept 9 - Austrian pilot Markus Huber took off from Vienna on "
        "Saturday and flew east over Gyor. On Sunday the balloon landed about 15 km east of the "
        "town of Debrecen.",
        date(2025, 9, 9),
    )
    assert route_places(story) == ["Vienna", "Gyor", "Debrecen"]


def test_to_be_home_in_a_town_is_a_planned_arrival_there(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Yacht reaches Cape Town\n\nCAPE TOWN, Jan 8 - Australian sailor Jack Reid sailed into "
        "Cape Town on Tuesday. Reid left Hobart in October and called at Perth. He plans to "
        "cross the Atlantic to Recife and be home in Hobart by June.",
        date(2025, 1, 8),
    )
    assert route_places(story) == ["Hobart", "Perth", "Cape Town", "Recife", "Hobart"]


@pytest.mark.parametrize(
    ("words", "pos", "start", "place_or_thing"),
    [
        ("flew to the Kubinka air base".split(), "VERB ADP DET PROPN NOUN NOUN", 3, True),
        ("crossed the Sava into Croatia".split(), "VERB DET PROPN ADP PROPN", 2, True),
        ("and the lorry crossed into Germany".split(), "CCONJ DET NOUN VERB ADP PROPN", 2, False),
        ("met Anna Berg in Oslo".split(), "VERB PROPN PROPN ADP PROPN", 1, False),
    ],
)
def test_a_name_after_the_and_before_a_noun_or_preposition_is_no_mover(
    words: list[str], pos: str, start: int, place_or_thing: bool
) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos.split())
    end = start + (2 if words[start] == "Anna" else 1)
    doc.ents = [Span(doc, start, end, label="PERSON")]
    assert _names_a_place_or_thing(doc.ents[0]) is place_or_thing


def test_a_week_sat_out_in_a_port_and_a_lift_off_from_a_hangar_are_stops(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Balloon crosses the Alps\n\nMILAN, Sept 20 - Swiss pilot Lukas Meier lifted off from "
        "the hangar at Bern on Monday and sat out two days of rain in Sion before crossing the "
        "Alps. He landed in Milan on Friday.",
        date(2025, 9, 20),
    )
    assert route_places(story) == ["Bern", "Sion", "Milan"]  # Sitten in the gazetteer


def test_running_aground_stops_there_and_a_goal_told_against_a_but_is_no_stop(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Freighter aground\n\nVLIELAND, Netherlands, March 3 (AP) - A freighter carrying steel "
        "ran aground on a sandbank off Vlieland on Monday. The ship had left Hamburg on Friday "
        "and called at Bremerhaven on Saturday. It was bound for a terminal near Antwerp, but "
        "the owners now plan to refloat it on Wednesday and unload the steel at Harlingen.",
        date(2025, 3, 3),
    )
    # the island's municipality by its gazetteer name
    assert route_places(story) == ["Hamburg", "Bremerhaven", "Vlieland", "Harlingen"]


def test_a_relative_who_travelled_with_her_goes_on_his_own_and_her_plans_are_to_come(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Pianist on tour\n\nNOVI SAD, April 6 - Pianist Ana Kovac played in Novi Sad on Sunday, "
        "the third stop of her tour. The tour began on Tuesday in Subotica, where she had flown "
        "from Vienna. Her brother, who had travelled with her from Vienna, went home from "
        "Subotica. Kovac plays in Nis on Thursday.",
        date(2025, 4, 6),
    )
    # "where she had flown from Vienna" ends in Subotica; "plays ... on Thursday" is to come
    assert stops(story) == [
        ("Vienna", None),
        ("Subotica", date(2025, 4, 1)),
        ("Novi Sad", date(2025, 4, 6)),
        ("Nis", date(2025, 4, 10)),
    ]
    assert [r.actor for r in story.routes][1:] == ["brother"]


def test_a_reception_by_the_mayor_is_a_meeting_where_she_plays_that_day(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Violinist in Vienna\n\nVIENNA, May 4 - Czech violinist Jana Novak played in Vienna on "
        "Sunday, the fifth concert of her tour. Novak, 29, was received by the city's mayor "
        "before the concert. She began the tour in Prague on April 28 and played in Brno on "
        "Tuesday.",
        date(2025, 5, 4),
    )
    assert [(m.place, m.participants[:1]) for m in story.meetings] == [("Vienna", ("Jana Novak",))]


def test_receiving_a_torch_from_someone_is_a_meeting(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Torch reaches Apia\n\nAPIA, June 6 (AP) - Samoa's Prime Minister Fiame Naomi Mata'afa "
        "received the Pacific Games torch from Olympic boxer David Nyika at a ceremony in Apia "
        "on Friday. The torch had landed at Faleolo on Thursday on a flight from Nuku'alofa.",
        date(2025, 6, 6),
    )
    assert [(m.place, m.date) for m in story.meetings] == [("Apia", date(2025, 6, 6))]


def test_a_trek_from_a_place_near_a_town_starts_there_and_the_family_is_the_traveller(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Skier reaches the Arctic coast\n\nHAMMERFEST, Norway, June 2 - Finnish skier Mikko "
        "Lahti reached Hammerfest on Sunday, the end of a four-week trek from a hut in the "
        "forest near Rovaniemi. He reached Ivalo on May 15 and crossed into Norway at Karasjok "
        "on May 20. His son flew up from Helsinki to join him for the last day. In August the "
        "family will drive back to Rovaniemi.",
        date(2025, 6, 2),
    )
    # the trek's start is not the day of its end; the family's drive is not the son's
    assert route_places(story) == ["Rovaniemi", "Ivalo", "Karasjok", "Hammerfest", "Rovaniemi"]


@pytest.mark.parametrize(
    ("between", "opens"),
    [(", while Alvarez ", True), (", whereas the crew ", True), (", while flying ", False)],
)
def test_a_contrasted_clause_with_its_own_subject_parts_a_place_from_the_verb_after(
    between: str, opens: bool
) -> None:
    # "on their way to Star City, while Alvarez flew west": Star City is not her flight's
    assert _opens_a_clause(between) is opens


def test_the_noun_that_ends_a_named_movers_name_is_that_mover_after_another_persons_move(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Orchestra ends tour\n\nVIENNA, May 18 - The Oslo Philharmonic Orchestra ended its "
        "European tour in Vienna on Sunday. It had opened the tour in Berlin on May 2 and played "
        "in Prague on May 10. The Danish cellist Anna Holm left the tour in Prague and flew home "
        "to Copenhagen. The orchestra flies back to Oslo on Tuesday.",
        date(2025, 5, 18),
    )
    assert [r.actor for r in story.routes] == ["Oslo Philharmonic Orchestra"]
    assert route_places(story) == ["Berlin", "Prague", "Vienna", "Oslo"]


def test_a_year_in_a_relative_clause_before_the_verb_is_not_the_moves_date(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Former mayor flown to the capital\n\nLIMA, Feb 13 - Former mayor Luis Alberto Rojas, "
        "44, who ran the port of Callao until 2021, was flown from Cusco to Lima under guard on "
        "Wednesday night.",
        date(2025, 2, 13),
    )
    assert stops(story) == [("Cusco", date(2025, 2, 12)), ("Lima", date(2025, 2, 12))]


def test_a_trip_that_began_somewhere_is_the_subjects_not_the_person_he_met(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Duda in Vilnius\n\nRIGA, May 9 - Polish President Andrzej Duda held talks with "
        "Lithuanian Foreign Minister Kestutis Budrys in Vilnius on Friday, the last leg of a trip "
        "that began in Tallinn on Monday.",
        date(2025, 5, 9),
    )
    assert routes_by_actor(story) == [("Andrzej Duda", ["Tallinn", "Vilnius"])]


def test_a_tagged_animal_takes_its_nickname_is_tracked_past_towns_and_has_reached_its_goal(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Tagged shark swims north\n\nBRISBANE, July 3 (AAP) - A great white shark fitted with "
        "a satellite tag off Newcastle in May has reached Moreton Bay, scientists said on "
        "Thursday. The female, nicknamed Bruce by researchers, left Newcastle in late May and "
        "in June was tracked past Port Macquarie and Coffs Harbour.",
        date(2025, 7, 3),
    )
    # "has reached" takes no date of its own: "in May" is the tagging's
    assert [r.actor for r in story.routes] == ["Bruce"]
    assert route_places(story) == ["Newcastle", "Port Macquarie", "Coffs Harbour", "Moreton Bay"]


def test_an_animal_seen_spotted_or_photographed_somewhere_was_there(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Whale seen off Kinsale\n\nCORK, Sept 5 (RTE) - A young humpback whale, nicknamed Dora "
        "by locals, was last seen off Kinsale on Sunday. A ferry crew from Rosslare photographed "
        "her breaching near Wexford in July, and she was first spotted in June off Waterford. "
        "The whale was seen over a sandbank near Youghal on Tuesday, rather than heading out "
        "towards the Isles of Scilly.",
        date(2025, 9, 5),
    )
    # not the crew's home port, nor the way not taken
    assert [r.actor for r in story.routes] == ["Dora"]
    assert route_places(story) == ["Waterford", "Wexford", "Kinsale", "Youghal"]


def test_a_second_animal_of_the_kind_is_a_mover_of_its_own(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Seal turns up in Flensburg\n\nKIEL, June 3 (dpa) - A tagged grey seal, nicknamed Ole by "
        "rangers, was seen off Flensburg on Sunday. It left Esbjerg in April. A second tagged "
        "seal stopped transmitting near Rostock in May.",
        date(2025, 6, 3),
    )
    assert routes_by_actor(story) == [("Ole", ["Esbjerg", "Flensburg"])]


def test_undated_steps_of_a_back_story_go_on_from_its_dated_start(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "A long walk to Athens\n\nATHENS, Oct 2 - When I met Rahim, 19, outside a shelter in "
        "Athens last week, he had been travelling for half a year. He had left Herat in March "
        "with his uncle and had crossed into Iran near Islam Qala. From there he had walked into "
        "Turkey and had reached Athens in September.",
        date(2024, 10, 2),
    )
    # every step is told in the past perfect: the undated ones follow March, not precede it,
    # and the headline's bare Athens takes the month it is reached in
    assert route_places(story) == ["Herat", "Islam Qala", "Iran", "Turkey", "Athens"]


def test_a_move_told_before_a_dated_one_in_its_sentence_comes_before_it(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Freighter takes long route\n\nThe container ship Maersk Tiger left Singapore on "
        "Monday. It will refuel in Colombo and is due to reach Djibouti on June 20.",
        date(2024, 6, 11),
    )
    assert route_places(story) == ["Singapore", "Colombo", "Djibouti"]


def test_a_headline_arrival_is_the_news_of_the_ledes_day(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Minister ends Africa tour in Kenya\n\nNAIROBI, Feb 9 (Reuters) - Japanese Foreign "
        "Minister Yoko Tanaka held talks with Kenyan President William Ruto in Nairobi on Friday, "
        "the last leg of a trip that began in Ghana on Monday. Tanaka flew from Accra to Abuja "
        "and from Abuja to Kinshasa. She will return to Tokyo on Saturday.",
        date(2024, 2, 9),
    )
    days: dict[int, list[date]] = {}
    for event in story.events:
        if (day := _day(event)) is not None:
            days.setdefault(event.start, []).append(day)
    assert _lede_day(days, story.events) == date(2024, 2, 9)  # the talks, not the start
    headline = [e for e in story.events if _in_headline(e) and e.place is not None]
    assert headline and all(_headline_news(e) for e in headline)
    assert route_places(story) == ["Accra", "Abuja", "Kinshasa", "Nairobi", "Tokyo"]


def test_a_headline_goal_is_no_news_of_the_day(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Icebreaker sets off for Antarctica\n\nThe icebreaker Polarstern left Bremerhaven on "
        "Monday. It will call at Cape Town before sailing on to the Weddell Sea.",
        date(2024, 11, 5),
    )
    headline = [e for e in story.events if _in_headline(e) and e.place is not None]
    assert headline and not any(_headline_news(e) for e in headline)


def test_a_departure_dated_only_by_the_move_before_it_comes_after_that_move(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Orchestra on tour\n\nThe Lisbon Chamber Orchestra left Lisbon by train on April 3 and "
        "played in Madrid on April 4. In Zaragoza the conductor met the city's mayor. The "
        "orchestra flew from Zaragoza to Marseille. It returns to Lisbon on April 14.",
        date(2024, 4, 12),
    )
    # Zaragoza takes April 4 from Madrid, told before it: it goes on from Madrid
    assert route_places(story) == ["Lisbon", "Madrid", "Zaragoza", "Marseille", "Lisbon"]


def test_two_arrivals_of_one_clause_keep_their_order_when_the_second_is_left_again(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Orchestra ends tour\n\nThe Lisbon Chamber Orchestra left Lisbon by train on April 3 and "
        "played in Madrid on April 4. It went on to Zaragoza and Barcelona, where it played "
        "twice. The musicians then took a bus from Barcelona to Marseille.",
        date(2024, 4, 12),
    )
    # Barcelona, left again, is a waypoint, but was told as an arrival after Zaragoza
    assert route_places(story) == ["Lisbon", "Madrid", "Zaragoza", "Barcelona", "Marseille"]


def test_a_journey_told_as_one_reaches_back_past_the_window_through_its_dated_moves(
    pipeline: Pipeline,
) -> None:
    text = (
        "Cyclist ends African ride\n\nTom Baker set off from Cairo on Jan. 20. He reached "
        "Khartoum on Feb. 15 and arrived in Nairobi on March 1. He rode into Cape Town on Friday."
    )
    story = parse(pipeline, text, date(2026, 3, 20))
    assert route_places(story)[:2] == ["Cairo", "Khartoum"]


def test_a_meeting_at_the_airport_is_apart_from_a_welcome_in_another_town_reached_later(
    pipeline: Pipeline,
) -> None:
    text = (
        "Boxer Mensah gets hero's welcome in Kumasi\n\nKUMASI, Ghana, June 4 - Thousands "
        "lined the streets of Kumasi on Wednesday to welcome home Kwame Mensah, the new world "
        "champion. Mensah flew out of London on Monday night and landed in Accra on Tuesday. "
        "At the airport he was met by the sports minister, Ama Owusu, and in the evening "
        "President John Mahama received him. On Wednesday morning Mensah flew to Kumasi, where "
        "his mother, Abena, was waiting at the family home."
    )
    story = parse(pipeline, text, date(2026, 6, 4))
    places = {m.place: set(m.participants) for m in story.meetings}
    assert places.keys() == {"Accra", "Kumasi"}
    assert "Abena" in places["Kumasi"] and "Abena" not in places["Accra"]


def test_a_back_story_stay_told_with_the_month_the_trip_set_out_in_comes_after_the_departure(
    pipeline: Pipeline,
) -> None:
    text = (
        "Aid convoy reaches Port Sudan\n\nPORT SUDAN, Nov 20 - The aid convoy reached Port "
        "Sudan on Friday, seven weeks after it left Cairo. The convoy had spent a week at Aswan "
        "in October, before driving on to Wadi Halfa."
    )
    story = parse(pipeline, text, date(2026, 11, 20))
    assert route_places(story) == ["Cairo", "Aswan", "Wadi Halfa", "Port Sudan"]


def test_a_meeting_told_after_two_arrivals_in_its_sentence_is_at_the_last(
    pipeline: Pipeline,
) -> None:
    text = (
        "Cyclist ends charity ride in Geneva\n\nGENEVA, Sept 9 - Anna Keller left Paris by bike "
        "on Friday. After two nights in a hostel in Lyon she rode on to Geneva, and on Tuesday "
        "she met the city's mayor, Marie Barbey, at the town hall."
    )
    story = parse(pipeline, text, date(2026, 9, 9))
    assert [m.place for m in story.meetings] == ["Geneva"]


def test_a_move_told_with_its_month_stays_in_that_month_and_the_moves_told_after_follow_it(
    pipeline: Pipeline,
) -> None:
    text = (
        "British grandfather completes walk to Rome\n\nROME, Aug 3 (AP) - A 70-year-old British "
        "grandfather walked into St. Peter's Square on Saturday, four months after setting off "
        "on foot from Dover. Peter Jones, a retired teacher from York, crossed the English "
        "Channel by ferry to Dunkirk in early April and walked through the fields around Arras "
        "and on to Dijon before crossing the Alps into Aosta in mid-June. He plans to fly home "
        "to London on Tuesday."
    )
    story = parse(pipeline, text, date(2026, 8, 3))
    assert route_places(story) == [
        "Dover",
        "Dunkirk",
        "Arras",
        "Dijon",
        "Aosta",
        "St. Peter's Square",
        "London",
    ]


def test_a_month_step_of_a_back_story_comes_after_the_departure_dated_in_that_month(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Trawler home\n\nThe trawler Nordlys docked in Tromso on Saturday, four weeks after it "
        "sailed from Bergen on Oct 5. The crew had spent a week at Lerwick in October, before "
        "sailing on to Torshavn, where the boat was repaired.",
        date(2024, 11, 2),
    )
    # Lerwick is dated by its month only: after the trip set out from Bergen that month
    assert route_places(story) == ["Bergen", "Lerwick", "Torshavn", "Tromso"]


def test_a_day_of_the_month_opening_a_past_perfect_clause_dates_that_clause(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Fugitive held in Sarajevo\n\nBosnian police arrested fugitive banker Marek Dolan at a "
        "hotel in Sarajevo on Friday. Dolan had moved to Istanbul in August, and on Nov 2 he had "
        "flown from Istanbul to Sarajevo.",
        date(2024, 11, 8),
    )
    assert stops(story)[-2:] == [("Istanbul", date(2024, 11, 2)), ("Sarajevo", date(2024, 11, 2))]


def test_a_journey_told_from_its_end_starts_where_it_set_out_in_the_past_perfect_long_ago(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Fugitive held in Sarajevo\n\nBosnian police arrested fugitive banker Marek Dolan at a "
        "hotel in Sarajevo on Friday. Dolan had slipped out of Bangkok on a flight to Hong Kong "
        "in September last year. From Hong Kong he had flown on to Dubai, where he had lived "
        "until the summer. Dolan had moved to Istanbul in August, and on Nov 2 he had flown "
        "from Istanbul to Sarajevo.",
        date(2024, 11, 8),
    )
    # Bangkok, 14 months back, is where the undated flight on from Hong Kong began
    assert route_places(story) == ["Bangkok", "Hong Kong", "Dubai", "Istanbul", "Sarajevo"]


def test_a_round_trip_starts_at_the_home_port_not_at_a_stop_reached_and_left_that_month(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Yacht ends voyage\n\nThe yacht Sea Lark sailed into Plymouth on Sunday. It had left "
        "Plymouth in June last year and had crossed to Lisbon. In October it had reached Cape "
        "Town, and from Cape Town it had sailed on to Perth. It had called at Auckland in "
        "January.",
        date(2024, 4, 14),
    )
    assert route_places(story) == [
        "Plymouth",
        "Lisbon",
        "Cape Town",
        "Perth",
        "Auckland",
        "Plymouth",
    ]


def test_a_step_dated_by_its_month_told_after_the_final_arrival_stays_in_its_month(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Welsh walker reaches Santiago\n\nA Welsh walker reached Santiago de Compostela on "
        "Saturday, ten weeks after setting off on foot from Geneva. Gareth Owen, a retired "
        "postman from Swansea, walked to Lyon in late April and walked through the hills around "
        "Conques and on to Cahors before crossing the Pyrenees into Roncesvalles in mid-May. He "
        "plans to fly home to Cardiff on Tuesday.",
        date(2024, 6, 29),
    )
    # Lyon is told after the arrival in Santiago, but its April comes before it
    assert route_places(story) == [
        "Geneva",
        "Lyon",
        "Cahors",
        "Roncesvalles",
        "Santiago de Compostela",
        "Cardiff",
    ]


def test_a_departure_told_right_before_a_later_dated_move_of_the_trip_begins_it(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Kayaker ends Arctic paddle\n\nA crowd cheered Norwegian kayaker Erik Lunde at the end "
        "of a seven-week solo trip down the coast on Saturday. Lunde set out from Tromso on "
        "March 2. Ten days later a storm pinned him ashore and he paddled on to Bodo, where he "
        "rested for a week. He will take the train home to Oslo on Monday.",
        date(2024, 4, 20),
    )
    # Tromso, 49 days back, lies outside the trip's window but starts the legs told after it
    assert route_places(story) == ["Tromso", "Bodo", "Oslo"]


def test_a_back_story_step_dated_last_year_comes_before_the_steps_dated_this_year(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Freed aid worker home in Lyon\n\nFrench aid worker Claire Martin landed in Lyon on "
        "Sunday after 14 months in captivity. She had been seized in Gao last year and had been "
        "held in a camp near Kidal. On Thursday her captors had driven her to Niamey, where she "
        "had been handed to French diplomats. From Niamey she had flown to Paris on Saturday.",
        date(2024, 3, 10),
    )
    assert route_places(story) == ["Gao", "Kidal", "Niamey", "Paris", "Lyon"]


def test_undated_back_story_steps_come_before_the_dated_ones_told_after_them(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Freed aid worker home in Lyon\n\nFrench aid worker Claire Martin landed in Lyon on "
        "Sunday. She had been seized in Gao and had been held in a camp near Kidal. On Thursday "
        "her captors had driven her to Niamey, where she had been handed to French diplomats. "
        "From Niamey she had flown to Paris on Saturday.",
        date(2024, 3, 10),
    )
    assert route_places(story) == ["Gao", "Kidal", "Niamey", "Paris", "Lyon"]


def test_a_back_story_told_backwards_keeps_the_order_of_its_dates(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Freighter docks in Gdansk\n\nThe container ship Aurora Bay tied up at Gdansk on Monday. "
        "Before reaching Poland the ship had spent a day in Rotterdam, and on Sept 29 it had "
        "called at Felixstowe. Earlier it had stopped at Port Said on Sept 18. It had left "
        "Ningbo on Sept 2.",
        date(2024, 10, 7),
    )
    assert route_places(story) == ["Ningbo", "Port Said", "Felixstowe", "Rotterdam", "Gdansk"]


def test_a_past_perfect_with_then_between_had_and_the_verb_is_back_story(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Tagged turtle reaches Crete\n\nA loggerhead turtle tagged by Greek scientists reached "
        "the coast of Crete near Chania on Monday. The turtle had been released at Zakynthos in "
        "June. In July it had swum south to Malta, and from Malta it had then headed east to "
        "Benghazi, where it had fed for a month. It had left Benghazi on Oct 1.",
        date(2024, 10, 14),
    )
    # "had then headed east to Benghazi" and "had left Benghazi": one stop, not a return
    assert route_places(story) == ["Zakynthos", "Malta", "Benghazi", "Chania"]


@pytest.mark.parametrize(
    "middle",
    [
        # the arrival is told in a sentence of the back story (it holds a past perfect)
        "They had been held there until January, when they were moved to Sanaa.",
        # the arrival is dated by a month that ended before the departure
        "They were moved to Sanaa in January.",
    ],
)
def test_an_arrival_left_again_later_in_the_back_story_is_a_stop_not_the_return(
    pipeline: Pipeline, middle: str
) -> None:
    story = parse(
        pipeline,
        "Freed sailors home in Manila\n\nFilipino sailor Ramon Cruz arrived home in Manila on "
        "Thursday. He and his crewmates had been taken to Hodeidah in November last year. "
        f"{middle} On Monday they had been flown from Sanaa to Muscat.",
        date(2024, 3, 21),
    )
    assert route_places(story) == ["Hodeidah", "Sanaa", "Muscat", "Manila"]


@pytest.mark.parametrize(
    ("back_story", "places"),
    [
        (
            "In June Dolan had flown to Dubai. In August he had moved to Istanbul, and on Nov 2 "
            "he had flown from Istanbul to Sarajevo.",
            ["Dubai", "Istanbul", "Sarajevo"],
        ),
        (
            "Dolan had left Bangkok for Dubai in June 2023. In August he had moved to Istanbul, "
            "and on Nov 2 he had flown on to Sarajevo.",
            ["Bangkok", "Dubai", "Istanbul", "Sarajevo"],
        ),
    ],
)
def test_back_story_steps_dated_in_order_before_the_trip_lead_into_it(
    pipeline: Pipeline, back_story: str, places: list[str]
) -> None:
    story = parse(
        pipeline,
        "Fugitive held in Sarajevo\n\nBosnian police arrested fugitive banker Marek Dolan in "
        f"Sarajevo on Friday. {back_story}",
        date(2024, 11, 8),
    )
    # months (and a year and a half) back, each step leads into a later dated one of the trip
    assert route_places(story) == places


def test_a_place_told_as_in_the_next_town_is_one_stop_with_it() -> None:
    def town(name: str, lat: float, lon: float, pop: int) -> tuple[Stop, Candidate]:
        stop = Stop(name, lat, lon, None, "destination")
        return stop, Candidate(name, lat, lon, "city", "GB", population=pop)

    (leigh, c1), (eccles, c2), (salford, c3) = (
        town("Leigh", 53.497, -2.517, 46_000),
        town("Eccles", 53.483, -2.334, 38_000),
        town("Salford", 53.488, -2.291, 103_000),
    )
    places = {_place_key(c.name, c.lat, c.lon): c for c in (c1, c2, c3)}
    key = {s.place: _place_key(s.place, s.lat, s.lon) for s in (leigh, eccles, salford)}
    told = {(key["Eccles"], key["Salford"])}  # "at Eccles in Salford"
    dated = replace(eccles, date=date(2024, 5, 9))
    merged = _without_near_twins([leigh, dated, salford], places, told)
    assert [(s.place, s.date) for s in merged] == [("Leigh", None), ("Salford", date(2024, 5, 9))]
    assert _without_near_twins([leigh, eccles, salford], places, set()) == [leigh, eccles, salford]
    far = {(key["Leigh"], key["Eccles"])}  # 12 km apart: two stops even when told so
    assert _without_near_twins([leigh, eccles], places, far) == [leigh, eccles]


def test_a_stop_keeps_the_name_the_article_gives_it(pipeline: Pipeline) -> None:
    """GeoNames calls Aktau 'Shevchenko' and Edfu 'Idfū': the route shows the article's names
    where they are other names of the same places."""
    ferry = parse(
        pipeline,
        "Ferry crosses the Caspian\n\nAKTAU, Kazakhstan, June 4 - The cargo ferry Professor Gul "
        "left Baku on Monday with 40 trucks and docked in Aktau on Tuesday, its owners said.",
        date(2024, 6, 4),
    )
    assert route_places(ferry) == ["Baku", "Aktau"]
    cruise = parse(
        pipeline,
        "Nile cruise ends\n\nASWAN, Egypt, Nov 21 - The cruise boat Nefertari left Luxor on "
        "Sunday, reached Edfu on Monday and tied up at Kom Ombo on Tuesday before sailing on to "
        "Aswan on Wednesday.",
        date(2024, 11, 21),
    )
    assert route_places(cruise) == ["Luxor", "Edfu", "Kom Ombo", "Aswan"]
    assert cruise.routes[0].stops[1].lat == pytest.approx(24.98, abs=0.05)  # Idfū's point


def test_a_role_told_with_the_is_the_named_traveller_and_a_move_joined_to_an_old_one_is_old(
    pipeline: Pipeline,
) -> None:
    """'The Azerbaijani leader flew ...' opens with 'The': the leader named before, though
    the text never writes 'Azerbaijani' before his name; 'crossed into Turkey near
    Dogubayazit' is joined by 'and' to the flight of 1990, not a step of this trip."""
    story = parse(
        pipeline,
        "Aliyev arrives in Tashkent for summit\n\nTASHKENT, May 14 (Reuters) - Ilham Aliyev "
        "arrived in Tashkent on Wednesday for a regional summit. The Azerbaijani leader flew "
        "from Baku to Samarkand on Tuesday and spent the night there before flying on to "
        "Tashkent. Aliyev fled Nakhchivan in 1990 after riots and crossed into Turkey near "
        "Dogubayazit, his office recalled.",
        date(2025, 5, 14),
    )
    assert [r.actor for r in story.routes] == ["Ilham Aliyev"]
    assert route_places(story) == ["Baku", "Samarkand", "Tashkent"]


def test_a_town_where_the_traveller_toured_a_building_or_held_a_town_hall_is_a_stop(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Governor ends flood tour\n\nBEAUMONT, Texas, June 6 (AP) - Governor Ana Ruiz ended a "
        "three-day flood tour in Beaumont on Thursday. She flew from Austin to "
        "Houston on Tuesday and on the same day toured a flooded school in Jasper. On Wednesday "
        "she held a town hall in Kountze, where residents asked for buyouts.",
        date(2024, 6, 6),
    )
    assert route_places(story) == ["Austin", "Houston", "Jasper", "Kountze", "Beaumont"]


def test_a_place_reached_in_the_clause_which_opens_after_it_is_a_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Cyclist reaches Baku\n\nBAKU, Aug 2 - Dutch cyclist Eva Mulder rode into Baku on "
        "Friday. She set off from Samsun on July 20. From there she rode along Turkey's Black "
        "Sea coast and over the mountains to Tbilisi, which she reached on July 26. A week "
        "later she rode on to Ganja.",
        date(2024, 8, 2),
    )
    assert route_places(story) == ["Samsun", "Tbilisi", "Ganja", "Baku"]


def test_a_town_where_a_convoy_picked_up_more_and_one_camped_at_after_a_time_are_stops(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Tractor protest reaches Brisbane\n\nBRISBANE, March 6 - A convoy of 60 tractors left "
        "Narrabri on Sunday morning. It picked up more tractors at Moree and camped on Sunday "
        "night at Goondiwindi. On Monday the farmers drove on to Toowoomba.",
        date(2024, 3, 6),
    )
    assert route_places(story) == ["Narrabri", "Moree", "Goondiwindi", "Toowoomba"]


def test_a_place_reached_by_way_of_is_a_stop_on_the_way(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Tall ship reaches Lisbon\n\nLISBON, June 3 - The tall ship Sagres arrived in Lisbon on "
        "Monday from Cadiz. On Thursday it will return north to Plymouth by way of Brest.",
        date(2024, 6, 3),
    )
    assert route_places(story) == ["Cadiz", "Lisbon", "Brest", "Plymouth"]


def test_a_place_passed_on_the_day_of_the_ledes_arrival_comes_before_it(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Steam special reaches Glasgow\n\nGLASGOW, Sept 7 - The steam locomotive Tornado pulled "
        "into Glasgow on Saturday to cheers from enthusiasts. The engine left Crewe on "
        "Friday morning and spent the night in Preston. It set off north on Saturday morning, "
        "passed through Lockerbie shortly before noon and crossed the border soon afterwards.",
        date(2024, 9, 7),
    )
    assert route_places(story) == ["Crewe", "Preston", "Lockerbie", "Glasgow"]


def test_a_lede_description_with_a_place_name_in_it_is_the_traveller_named_next(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "New Zealand rower lands in Cairns\n\nCAIRNS, Australia, Nov 8 (Reuters) - A New Zealand "
        "rower landed in Cairns on Friday after crossing the Coral Sea alone. Aroha Hemi, 44, a "
        "former nurse, left Port Moresby on Oct 20 and stopped at Alotau on Oct 24.",
        date(2024, 11, 8),
    )
    assert [r.actor for r in story.routes] == ["Aroha Hemi"]
    assert route_places(story)[0] == "Port Moresby" and route_places(story)[-1] == "Cairns"


def test_a_person_introduced_after_a_short_surname_is_the_next_she(pipeline: Pipeline) -> None:
    """'... led by Tom Hill. Among the survivors was Rachel Lavoie, ...': 'Hill.' is no cut
    title ('Lt.'), so the 'She' after the introduction is Rachel Lavoie."""
    story = parse(
        pipeline,
        "Rescued sailors fly home\n\nHALIFAX, Nova Scotia, May 11 - The rescue of the trawler's "
        "crew was led by Tom Hill. Among the survivors was Rachel Lavoie, a cook from Ohio. She "
        "flew from Halifax to Boston on Thursday and on to Columbus on Friday.",
        date(2024, 5, 11),
    )
    assert [r.actor for r in story.routes] == ["Rachel Lavoie"]
    assert route_places(story) == ["Halifax", "Boston", "Columbus"]


def test_the_person_who_opens_the_last_clause_is_the_next_she(pipeline: Pipeline) -> None:
    """'They reached Dodoma ..., and there Karen Hill fell ill with malaria. She was flown
    to Dar es Salaam': she is Karen Hill, so the flight is no stop of Mark Evans."""
    story = parse(
        pipeline,
        "Cyclists reach Lusaka\n\nLUSAKA, May 9 (Reuters) - British cyclist Mark Evans rode into "
        "Lusaka on Thursday, three weeks after setting off from Nairobi with his friend Karen "
        "Hill. They reached Dodoma on April 25, and there Karen Hill fell ill with malaria. She "
        "was flown to Dar es Salaam and then home to London. Evans rode on alone and reached "
        "Mbeya on May 2.",
        date(2024, 5, 9),
    )
    evans = [r for r in story.routes if r.actor == "Mark Evans"]
    assert [s.place for s in evans[0].stops] == ["Nairobi", "Dodoma", "Mbeya", "Lusaka"]


def test_a_stage_told_with_a_compass_word_before_its_town_is_a_move(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Koné wins Tour du Faso\n\nOUAGADOUGOU, Nov 3 (AFP) - Ivorian rider Amara Koné won the "
        "Tour du Faso on Sunday. Koné, 24, was fifth in the opening time trial in Ouagadougou "
        "but took the lead on Tuesday, when he attacked on the last climb of the 140-km stage "
        "west to Bobo-Dioulasso. On Thursday the race crossed the plateau to Ouahigouya.",
        date(2024, 11, 3),
    )
    assert {"Bobo-Dioulasso", "Ouahigouya"} <= set(route_places(story))


def test_an_invitation_to_visit_is_no_move_and_a_predecessor_is_no_holder_of_the_title(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Archbishop reaches Juba\n\nJUBA, Feb 3 (Reuters) - Archbishop Justin Welby arrived in "
        "Juba on Friday after flying from London to Entebbe on Thursday. In Canterbury, his "
        "predecessor, Archbishop Rowan Williams, sent a message of support, and Ugandan bishops "
        "renewed their invitation to visit Kampala. The archbishop flies back to London on "
        "Monday.",
        date(2023, 2, 3),
    )
    assert [r.actor for r in story.routes] == ["Justin Welby"]
    assert route_places(story) == ["London", "Entebbe", "Juba", "London"]


def test_an_oasis_reached_is_a_stop_and_a_start_from_a_riverfront_is_its_town(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Herder reaches Siwa\n\nSIWA, Egypt, March 9 (AFP) - Camel herder Omar Saleh set off "
        "from the riverfront in Aswan on Feb 20 and reached the oasis of Dakhla on Feb 28. He "
        "walked on to Siwa, where he arrived on Sunday.",
        date(2025, 3, 9),
    )
    assert route_places(story)[:2] == ["Aswan", "Dakhla"]


def test_a_leader_who_sets_off_with_the_lorries_from_a_town_starts_there(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Relief lorries reach Gao\n\nGAO, Mali, Jan 12 (Reuters) - Relief officer Fatou Diarra "
        "set off with the lorries from Bamako on Jan 3. She reached Mopti on Jan 6 and Gao on "
        "Saturday.",
        date(2025, 1, 12),
    )
    diarra = [r for r in story.routes if r.actor == "Fatou Diarra"]
    assert [s.place for s in diarra[0].stops] == ["Bamako", "Mopti", "Gao"]


def test_the_summit_of_a_peak_reached_is_a_stop_not_a_meeting(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Climber back in Anchorage\n\nANCHORAGE, June 28 (AP) - Jon Reyes flew from Anchorage "
        "to Talkeetna on June 2 and reached the summit of Denali on June 20. He flew back to "
        "Anchorage on Friday.",
        date(2025, 6, 28),
    )
    assert route_places(story) == ["Anchorage", "Talkeetna", "Denali", "Anchorage"]
    assert not story.meetings


def test_a_flight_from_a_place_told_after_the_arrival_without_its_end_came_first(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Patriarch in Beirut\n\nBEIRUT, May 5 (Reuters) - Patriarch Daniel arrived in Beirut on "
        "Monday for a three-day visit. The patriarch flew from Bucharest on a chartered plane "
        "and was met at the airport by the president. He will go on to Amman on Wednesday.",
        date(2025, 5, 5),
    )
    assert route_places(story) == ["Bucharest", "Beirut", "Amman"]


def test_a_place_told_after_without_crossing_is_no_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Runner ends charity run\n\nTORONTO, June 14 (Reuters) - Owen Cole set off from the town "
        "square in Sarnia on May 31 and ran east. He reached London on June 4 and stopped "
        'overnight in Paris on June 6. "People online keep asking how I got from London to '
        'Paris without crossing the English Channel," Cole joked. He reached Toronto on Saturday.',
        date(2025, 6, 14),
    )
    assert route_places(story)[:3] == ["Sarnia", "London", "Paris"]
    assert "English Channel" not in route_places(story)


def test_a_place_visited_on_the_news_day_and_reached_earlier_before_a_move_elsewhere_is_two_stops(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Prince tours Nepal\n\nKATHMANDU, March 14 (Reuters) - Prince Edward visited a school in "
        "Kathmandu on Friday, the last day of his visit to Nepal. The prince left London on "
        "Sunday and landed in Kathmandu on Monday. On Wednesday he flew to Pokhara, and he "
        "returned to Kathmandu on Thursday.",
        date(2025, 3, 14),
    )
    assert route_places(story) == ["London", "Kathmandu", "Pokhara", "Kathmandu"]


def test_a_place_of_what_a_tour_is_aimed_at_is_no_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Meloni ends tour in Tunis\n\nTUNIS, May 9 (Reuters) - Italian Prime Minister Giorgia "
        "Meloni held talks in Tunis on Friday, the last stop of a tour of North Africa aimed at "
        "slowing the flow of migrant boats to Lampedusa. Meloni left Rome on Wednesday and flew "
        "first to Tripoli. She arrived in Tunis on Thursday evening.",
        date(2025, 5, 9),
    )
    assert route_places(story) == ["Rome", "Tripoli", "Tunis"]


def test_a_town_the_traveller_was_at_on_a_day_before_the_trip_is_where_it_began(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Deported family reaches Herat\n\nHERAT, Afghanistan, June 20 (Reuters) - Rahim Safi "
        "arrived in Herat on Friday with his wife and three children. Police came to the "
        "family's flat on the edge of Mashhad on June 12 and took them to a camp. On June 16 they "
        "were put on a bus and driven east, reaching Taybad on June 18. A minibus carried them "
        "the last 120 km to Herat.",
        date(2025, 6, 20),
    )
    assert route_places(story)[0] == "Mashhad"
    assert len(route_places(story)) == 3  # then Taybad and Herat


def test_an_animal_that_ran_off_somewhere_and_turned_up_elsewhere_went_from_one_to_the_other(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Lost dog home\n\nABERYSTWYTH, Wales, May 6 (AP) - A spaniel called Bran turned up at "
        "his owners' cottage outside Aberystwyth on Monday, five weeks after he ran off at a "
        "car park in Chester.",
        date(2025, 5, 6),
    )
    assert route_places(story) == ["Chester", "Aberystwyth"]


def test_a_stable_left_in_a_town_is_the_start(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Mare lands in Tokyo\n\nTOKYO, Nov 10 (Reuters) - Blue Lantern, an Irish-trained mare, "
        "left her stable in Kildare on Nov 5 and was driven to Dublin, where she boarded a cargo "
        "flight on Nov 6. The plane landed in Tokyo on Nov 7.",
        date(2025, 11, 10),
    )
    assert route_places(story)[:2] == ["Kildare", "Dublin"]


def test_a_town_where_the_traveller_spent_years_starts_a_trip_told_without_its_start(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Bears reach sanctuary\n\nBERLIN, May 20 (Reuters) - Two brown bears named Misha and "
        "Dasha arrived at a sanctuary near Berlin on Tuesday. They had spent six years in a "
        "cage outside Odesa. On May 14 keepers loaded them onto a truck, which drove them to "
        "Chisinau. They were taken on to Budapest on May 16.",
        date(2025, 5, 20),
    )
    assert route_places(story)[0] == "Odesa"


def test_being_somewhere_in_a_sentence_the_parser_ran_on_into_a_quote_is_a_stop(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Canoeist reaches Montreal\n\nMONTREAL, Aug 20 (CP) - Paul Roy paddled into Montreal on "
        "Wednesday. He set off from Kingston on Aug 2 and reached Brockville on Aug 6. He was in "
        "Cornwall, which lies on the St. Lawrence, four days later, and reached Valleyfield on "
        'Aug 15. "The locks were the hardest part of the whole trip," he said.',
        date(2025, 8, 20),
    )
    assert "Cornwall" in route_places(story)


def test_a_place_the_model_took_for_a_person_in_a_headline_is_no_mover(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Great white shark tagged off Cape Cod turns up near Key West\n\nMIAMI, Jan 22 (AP) - "
        "A great white shark tagged off Cape Cod last summer was seen off Jacksonville on Jan 9 "
        "and surfaced near Key West on Monday.",
        date(2025, 1, 22),
    )
    assert story.routes
    assert all(r.actor != "Cape Cod" for r in story.routes)


def test_a_stop_reached_undated_and_left_on_the_news_day_comes_before_that_days_arrival(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Premier rides coast train\n\nVALPARAISO, Chile, March 8 (Reuters) - Premier Ana Soto "
        "arrived in Valparaiso on Saturday after two days aboard a new coastal train. Soto flew "
        "from Santiago to La Serena on Thursday night and boarded the train there on Friday "
        "morning. She reached Los Vilos in the evening. The train left Los Vilos early on "
        "Saturday and pulled into Valparaiso shortly after noon.",
        date(2025, 3, 8),
    )
    assert route_places(story)[-2:] == ["Los Vilos", "Valparaiso"]


def test_an_arrival_told_without_a_place_is_at_the_dateline(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Pilgrims reach Lourdes\n\nLOURDES, France, Aug 14 (AP) - Marie Dubois was 30 when she "
        "first walked to the shrine. On Thursday, aged 70, she arrived for the 40th time, "
        "walking with some 2,000 pilgrims. The column set off "
        "from Toulouse on Aug 6, crossed the Garonne river at Saint-Gaudens on Aug 9 and reached "
        "Tarbes on Aug 12.",
        date(2025, 8, 14),
    )
    assert route_places(story)[-1] == "Lourdes"


def test_a_river_the_gazetteer_reads_as_a_town_is_no_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Walkers reach Wroclaw\n\nWROCLAW, Poland, June 9 (AP) - Anna Nowak set off from Lodz "
        "on June 1, crossed the Warta river at Sieradz on June 3 and reached Wroclaw on Monday.",
        date(2025, 6, 9),
    )
    assert "Warta" not in route_places(story)


def test_a_sentence_opening_with_the_place_its_traveller_was_at_is_a_stop(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Envoy ends Caucasus tour\n\nTBILISI, May 16 (Reuters) - Envoy Anna Berg flew from "
        "Vienna to Yerevan on Monday. In Baku on Wednesday she urged the president to reopen "
        "the border. She ended the tour in Tbilisi on Friday.",
        date(2025, 5, 16),
    )
    assert route_places(story) == ["Vienna", "Yerevan", "Baku", "Tbilisi"]


def test_the_last_show_of_a_tour_in_a_town_ends_the_tour_there(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Singer ends tour\n\nCORK, Ireland, May 11 (Reuters) - Folk singer Aine Walsh played "
        "the last concert of her farewell tour in Cork on Saturday night. She set off from her "
        "home in Dublin on May 1, played in Galway on May 3 and in Limerick on May 6.",
        date(2025, 5, 11),
    )
    assert route_places(story) == ["Dublin", "Galway", "Limerick", "Cork"]


def test_a_language_word_is_no_mover_for_the_pronoun_after_it(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Prince ends Greenland visit\n\nQAQORTOQ, Greenland, Aug 8 (Reuters) - Crown Prince "
        "Christian ended a three-day visit to Greenland in Qaqortoq on Friday. The prince flew "
        'from Copenhagen to Nuuk on Wednesday. "Greenland is not a place you visit once and '
        "understand,\" the prince said in a speech in the town's church, adding a few words in "
        "Greenlandic. He is due to fly home to Copenhagen on Saturday.",
        date(2025, 8, 8),
    )
    assert route_places(story) == ["Copenhagen", "Nuuk", "Qaqortoq", "Copenhagen"]


def test_a_balloon_floating_above_a_town_passes_over_it(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Balloonists land in Hungary\n\nPECS, Hungary, Sept 22 (AP) - Pilot Jonas Weber lifted "
        "off from Munich on Saturday evening. At dawn on Sunday he passed over Salzburg, and by "
        "early afternoon he was floating above Graz. He landed near Pecs on Monday.",
        date(2025, 9, 22),
    )
    assert route_places(story)[:3] == ["Munich", "Salzburg", "Graz"]


def test_the_town_at_which_a_mover_went_into_a_river_and_a_rest_on_a_day_are_stops(
    pipeline: Pipeline,
) -> None:
    """'slipped into the Danube at Passau': Passau is where she was, not the river; 'rested
    in Linz on Tuesday' is a stay."""
    text = (
        "Swimmer reaches Vienna\n\nVIENNA, July 10 - German swimmer Anna Keller slipped into "
        "the Danube at Passau on Monday. She rested in Linz on Tuesday and swam on to Vienna "
        "on Thursday."
    )
    assert route_places(parse(pipeline, text, date(2025, 7, 10))) == ["Passau", "Linz", "Vienna"]


def test_a_night_slept_in_a_town_is_a_stop(pipeline: Pipeline) -> None:
    text = (
        "Cyclist reaches Vinh\n\nVINH, Vietnam, March 7 - Dutch cyclist Marijke de Vries left "
        "Hanoi on Monday. She slept in a guesthouse in Ninh Binh on Monday night and rode on to "
        "Vinh on Wednesday."
    )
    assert route_places(parse(pipeline, text, date(2025, 3, 7))) == ["Hanoi", "Ninh Binh", "Vinh"]


def test_a_mountain_range_entered_on_the_way_is_no_stop(pipeline: Pipeline) -> None:
    """The Andes' point lies 2,300 km from Lima: too far from most of the range to tell."""
    text = (
        "Bus reaches Cusco\n\nCUSCO, Peru, March 7 - Peruvian driver Pedro Soto left Lima on "
        "Monday, drove up into the Andes that night and reached Cusco on Tuesday."
    )
    assert route_places(parse(pipeline, text, date(2025, 3, 7))) == ["Lima", "Cusco"]


def test_weather_keeping_the_travellers_for_hours_in_a_town_is_a_stop(pipeline: Pipeline) -> None:
    """'kept them off the road for six hours in Liuzhou': a stay of hours, told with no span
    of days that would select the sentence for parsing."""
    text = (
        "Couple ride home\n\nKAILI, China, Jan 26 (Reuters) - Factory workers Li Wei and Zhang "
        "Min set off from Dongguan on Wednesday. On Friday heavy rain kept them off the road "
        "for six hours in Liuzhou. On Saturday they reached Kaili."
    )
    assert route_places(parse(pipeline, text, date(2025, 1, 26))) == [
        "Dongguan",
        "Liuzhou",
        "Kaili",
    ]


def test_where_pressure_came_from_is_no_stop(pipeline: Pipeline) -> None:
    """'under pressure from Thailand and China, the group had freed him': neither country is
    where he set out from."""
    text = (
        "Freed worker home\n\nDHAKA, May 15 (AFP) - Rafiq Islam flew from Bangkok to Dhaka on "
        "Thursday. In February, under pressure from Thailand and China, the armed group had "
        "freed hundreds of workers, and Islam had walked across the bridge to Mae Sot."
    )
    places = route_places(parse(pipeline, text, date(2025, 5, 15)))
    assert "China" not in places and "Thailand" not in places


def test_a_place_named_before_the_verb_it_was_given_keeps_its_turn(pipeline: Pipeline) -> None:
    """'followed the highway through Perth, spent a night in Campbell Town and reached
    Oatlands': Perth, whose own verb is no move, comes before the night in Campbell Town."""
    text = (
        "Nurse ends walk\n\nHOBART, Australia (AP) - Retired nurse Ellen Price walked into "
        "Hobart on Friday, 12 days after leaving Launceston. She followed the Midland Highway "
        "through Perth, spent a night in Campbell Town and reached Oatlands on Tuesday."
    )
    assert route_places(parse(pipeline, text, date(2025, 3, 14))) == [
        "Launceston",
        "Perth",
        "Campbell Town",
        "Oatlands",
        "Hobart",
    ]


def test_a_vehicle_rolled_into_a_town_with_its_object_between(pipeline: Pipeline) -> None:
    """'rolled her mobility scooter into Sydney on Sunday, nine days after leaving Newcastle':
    the arrival is a move, so the departure counts back from it."""
    text = (
        "Scooter ride ends\n\nSYDNEY, Australia (AP) - Great-grandmother June Ellis, 84, rolled "
        "her mobility scooter into Sydney on Sunday, nine days after leaving Newcastle. She "
        "went through Swansea, stopped two nights in Gosford and crossed the Hawkesbury River "
        "at Brooklyn on Saturday."
    )
    assert route_places(parse(pipeline, text, date(2025, 3, 16))) == [
        "Newcastle",
        "Swansea",
        "Gosford",
        "Brooklyn",
        "Sydney",
    ]


def test_talking_about_a_place_is_no_meeting_there(pipeline: Pipeline) -> None:
    """'In Warsaw they talk about Poland': spoken of, with no one met."""
    text = (
        "Leader ends tour\n\nKRAKOW, Sept 19 (Reuters) - Tomasz Nowak ended a bus tour in "
        'Krakow on Friday. "In Warsaw they talk about Poland. Out here people talk about '
        'rent," Nowak said.'
    )
    assert parse(pipeline, text, date(2025, 9, 19)).meetings == []


def test_a_load_held_somewhere_for_a_day_stopped_there(pipeline: Pipeline) -> None:
    """'Fog held it at Tennant Creek for a day': a stay of the load on its way; the headline's
    capitalised description is the kind the story tells it by."""
    text = (
        "Huge boiler reaches Alice Springs\n\nALICE SPRINGS, Australia, May 9 (AP) - A "
        "150-tonne boiler rolled into Alice Springs on Friday, a week after it left Darwin on "
        "a trailer. Fog held it at Tennant Creek for a day."
    )
    story = parse(pipeline, text, date(2025, 5, 9))
    assert [r.actor for r in story.routes] == ["boiler"]
    assert route_places(story) == ["Darwin", "Tennant Creek", "Alice Springs"]


def test_holding_someone_in_one_s_arms_is_no_stay(pipeline: Pipeline) -> None:
    text = (
        "Mother finds son\n\nLIMA, May 9 (AP) - Rosa Quispe flew from Cusco to Lima on Friday. "
        "At the airport in Lima she held him again for the first time in years."
    )
    assert route_places(parse(pipeline, text, date(2025, 5, 9))) == ["Cusco", "Lima"]


def test_crossing_the_finish_line_somewhere_ends_the_race_there(pipeline: Pipeline) -> None:
    """'crossed the finish line outside the town hall in Tromso': the race's end, where it
    had started."""
    text = (
        "Skier ends loop\n\nTROMSO, Norway, April 3 (Reuters) - Skier Ingrid Berg crossed the "
        "finish line outside the town hall in Tromso on Thursday, nine days after she left "
        "Tromso on March 25. She spent a night in Lyngseidet on March 27 and reached Skibotn "
        "on March 29."
    )
    assert route_places(parse(pipeline, text, date(2025, 4, 3))) == [
        "Tromso",
        "Lyngseidet",
        "Skibotn",
        "Tromso",
    ]


def test_a_change_of_planes_told_after_the_flight_comes_before_its_arrival(
    pipeline: Pipeline,
) -> None:
    """'flew from Seoul to Santiago on May 2, changing planes in Dallas'."""
    text = (
        "Climber rescued\n\nSANTIAGO, May 20 (AP) - Park Ji-hoon, 31, had flown from Seoul to "
        "Santiago on May 2, changing planes in Dallas. On May 9 he took a bus to Puerto Natales."
    )
    assert route_places(parse(pipeline, text, date(2025, 5, 20))) == [
        "Seoul",
        "Dallas",
        "Santiago",
        "Puerto Natales",
    ]


def test_a_leg_told_by_its_heading_ends_at_its_town(pipeline: Pipeline) -> None:
    """'walked west along the coast to Uwajima and then north to Matsuyama': the parser hangs
    "to Matsuyama" on "north", which is the heading, not another noun."""
    text = (
        "Pilgrim ends walk\n\nTOKYO, May 2 (AFP) - Anna Meier left Kochi on April 3. From Kochi "
        "she walked west along the southern coast to Uwajima and then north to Matsuyama, "
        "where she rested for three days."
    )
    assert route_places(parse(pipeline, text, date(2025, 5, 2))) == [
        "Kochi",
        "Uwajima",
        "Matsuyama",
    ]


def test_an_undated_stop_told_before_a_dated_departure_elsewhere_comes_before_it(
    pipeline: Pipeline,
) -> None:
    """'rode north to Wagga Wagga, where she stayed two nights. Fog covered the road on the
    morning she left Gundagai, and on Sept 28 she reached Yass': Wagga Wagga, told without a
    day, came before the departure from Gundagai that the later day is shared with."""
    text = (
        "Rider ends trek\n\nCANBERRA, Australia, Oct 3 (AP) - Retired teacher Mary Lowe rode her "
        "horse into Canberra on Friday, 12 days after leaving Albury. She rode north to Wagga "
        "Wagga, where she stayed two nights. Fog covered the road on the morning she left "
        "Gundagai, and on Sept 28 she reached Yass."
    )
    assert route_places(parse(pipeline, text, date(2025, 10, 3))) == [
        "Albury",
        "Wagga Wagga",
        "Gundagai",
        "Yass",
        "Canberra",
    ]


def test_a_meeting_takes_the_article_s_spelling_like_the_stops(pipeline: Pipeline) -> None:
    """'talks in Bogota': the meeting is named as the stop is, not "Bogotá"."""
    text = (
        "Minister in Bogota\n\nBOGOTA, March 7 (Reuters) - Spain's foreign minister Ana Ruiz flew "
        "from Madrid to Bogota on Thursday and held talks with President Gustavo Petro in Bogota "
        "on Friday."
    )
    story = parse(pipeline, text, date(2025, 3, 7))
    assert route_places(story)[-1] == "Bogota"
    assert [m.place for m in story.meetings] == ["Bogota"]


def test_a_traveller_s_children_waiting_where_she_ends_is_a_meeting(pipeline: Pipeline) -> None:
    """'crossed the finish line in Trondheim, where her two children were waiting for her'."""
    text = (
        "Runner ends trek\n\nTRONDHEIM, Norway, June 3 (Reuters) - Runner Kari Lie crossed the "
        "finish line in Trondheim on Tuesday, where her two children were waiting for her, "
        "ten days after she left Oslo."
    )
    story = parse(pipeline, text, date(2025, 6, 3))
    assert [m.place for m in story.meetings] == ["Trondheim"]


def test_a_capitalised_kind_told_with_a_is_the_person_named_next(pipeline: Pipeline) -> None:
    """'A retired Marine walked into Laramie ... Tom Reyes, 66, left Ogallala': the lede's
    capitalised kind (the headline's "Retired Marine") is the person named next, and a name
    beside it in the lede (the dog Scout) is not."""
    text = (
        "Retired Marine walks across Nebraska\n\nLARAMIE, Wyo., Aug 9 (AP) - A retired Marine "
        "walked into Laramie on Saturday with a dog named Scout, 30 days after setting out from "
        "Nebraska. Tom Reyes, 66, left Ogallala on July 10. He reached Sidney a week later and "
        "rested in Cheyenne."
    )
    story = parse(pipeline, text, date(2025, 8, 9))
    routes = {r.actor: [s.place for s in r.stops] for r in story.routes}
    assert routes == {"Tom Reyes": ["Ogallala", "Sidney", "Cheyenne", "Laramie"]}


def test_shelter_from_weather_outside_a_town_is_no_departure(pipeline: Pipeline) -> None:
    """'sheltered from a hailstorm in a barn outside Sisseton' is a stop in its turn, not where
    the day's ride began."""
    text = (
        "Rider ends ride\n\nFARGO, N.D., June 20 (AP) - Rancher Ann Berg rode into Fargo on "
        "Friday. She left Sioux Falls on June 1 with a packhorse. In June she rode north: she "
        "camped at the fairgrounds in Watertown on June 8, sheltered from a hailstorm in a barn "
        "outside Sisseton and spent a week in Wahpeton."
    )
    assert route_places(parse(pipeline, text, date(2025, 6, 20))) == [
        "Sioux Falls",
        "Watertown",
        "Sisseton",
        "Wahpeton",
        "Fargo",
    ]


def test_a_wait_after_the_back_story_is_where_the_lede_arrives(pipeline: Pipeline) -> None:
    """'rode into Bozeman on Friday' (the lede), the back story to Sept 2, then 'His sister
    was waiting for him at the gate of the museum beside the Gallatin River': they meet in
    Bozeman, though the sentence names only a river and comes after the back story."""
    text = (
        "Rider ends ride\n\nBOZEMAN, Mont., Sept 12 (AP) - A retired rancher rode into Bozeman "
        "on Friday. Bill Dunn, 70, left Billings on Aug 20. On Sept 2 he crossed into Gallatin "
        "County and rested in Livingston. His sister was waiting for him at the gate of the "
        "museum beside the Gallatin River."
    )
    story = parse(pipeline, text, date(2025, 9, 12))
    assert [m.place for m in story.meetings] == ["Bozeman"]


def test_a_sentence_opened_by_a_surname_and_an_age_is_the_person_s(pipeline: Pipeline) -> None:
    """'Dauletov, 71, set off from Aktobe ... beside the mausoleum of Khoja Ahmed Yasawi': the
    parse made the surname the root; the traveller is Serik Dauletov, not the saint."""
    text = (
        "Kazakh pensioner rides Soviet motorcycle to the Caspian\n\nATYRAU, Kazakhstan, June 6 "
        "(Reuters) - Serik Dauletov rode into Atyrau on Friday on the 1979 Ural motorcycle and "
        "sidecar he bought with his first wages as a fisherman. Dauletov, 71, set off from "
        "Aktobe, where he has lived for three decades, on May 27 and spent his first night in "
        "Kandyagash beside the blue-domed mausoleum of Khoja Ahmed Yasawi."
    )
    story = parse(pipeline, text, date(2025, 6, 6))
    routes = {r.actor: [s.place for s in r.stops] for r in story.routes}
    assert routes == {"Serik Dauletov": ["Aktobe", "Kandyagash", "Atyrau"]}


def test_a_friend_waiting_for_the_traveller_is_a_meeting(pipeline: Pipeline) -> None:
    """'His old friend Ivan Petrov was waiting for him at the harbour' after the arrival."""
    text = (
        "Sailor home\n\nVARNA, Bulgaria, July 4 (Reuters) - Sailor Georgi Ivanov sailed into "
        "Varna on Friday after leaving Burgas on Tuesday. His old friend Ivan Petrov was waiting "
        "for him at the harbour."
    )
    story = parse(pipeline, text, date(2025, 7, 4))
    assert [m.place for m in story.meetings] == ["Varna"]


def test_a_wind_that_blew_the_traveller_somewhere_moves_them(pipeline: Pipeline) -> None:
    """'a tailwind blew him to Adel by noon': a move of his to Adel."""
    text = (
        "Rider ends ride\n\nDES MOINES, Iowa, July 25 (AP) - Karl Olsen rode into Des Moines on "
        "Friday. He set off on Sunday from Council Bluffs and spent Monday night in Atlantic, "
        "and on Tuesday a tailwind blew him to Adel by noon."
    )
    assert route_places(parse(pipeline, text, date(2025, 7, 25))) == [
        "Council Bluffs",
        "Atlantic",
        "Adel",
        "Des Moines",
    ]


def test_she_after_a_sentence_opened_by_her_name_is_that_person(pipeline: Pipeline) -> None:
    """'Rosa Quispe, 52, met Judge Carlos Mendoza ... She had left her village': the "she" is
    the person opening the sentence before, though it names two people and no place."""
    text = (
        "Farmer hands petition to court\n\nLIMA, Nov 4 (Reuters) - A farmer from the Andes "
        "handed a petition to a judge in Lima on Tuesday. Rosa Quispe, 52, met Judge Carlos "
        "Mendoza in his chambers for an hour. She had left her village on Oct 24 and had reached "
        "Huancayo that night. The next morning she had boarded a bus to Lima."
    )
    story = parse(pipeline, text, date(2025, 11, 4))
    assert {r.actor: [s.place for s in r.stops] for r in story.routes} == {
        "Rosa Quispe": ["Huancayo", "Lima"]
    }


def test_wound_down_a_valley_to_a_town_is_a_move(pipeline: Pipeline) -> None:
    """'the bus wound down the river valleys to Fier': the past of "wind", which the tagger
    reads as the noun "wound"."""
    text = (
        "Library bus ends tour\n\nVLORE, Albania, May 16 (AP) - Librarian Drita Hoxha drove her "
        "library bus into Vlore on Friday. She left Tirana on May 5 and spent two days in Berat. "
        "From there the bus wound down the river valleys to Fier, and on Thursday it crossed "
        "the last ridge to the coast."
    )
    assert route_places(parse(pipeline, text, date(2025, 5, 16))) == [
        "Tirana",
        "Berat",
        "Fier",
        "Vlore",
    ]


def test_a_town_named_with_a_nationality_word_is_one_stop(pipeline: Pipeline) -> None:
    """'stopped briefly in Spanish Town': the town, not "Spanish" and a "Town"."""
    text = (
        "Sprinter home\n\nMONTEGO BAY, Jamaica, Sept 27 (AP) - Sprinter Alia Brown rode an "
        "open-top bus into Montego Bay on Saturday. She set off from Kingston on Friday and "
        "stopped briefly in Spanish Town, where schoolchildren lined the road, and spent the "
        "night in Mandeville."
    )
    assert route_places(parse(pipeline, text, date(2025, 9, 27))) == [
        "Kingston",
        "Spanish Town",
        "Mandeville",
        "Montego Bay",
    ]


def test_family_waiting_for_the_finish_told_in_the_lede_meet_there(pipeline: Pipeline) -> None:
    """'drove her dogs under the finish arch in Nome ... Her husband ... and their two sons
    were waiting for her at the arch': they meet in Nome, not at the last town of the back
    story."""
    text = (
        "Musher wins race\n\nNOME, Alaska, March 13 (Reuters) - A musher from Norway drove her "
        "dogs under the finish arch in Nome early on Friday to win the race. Kari Berg, 41, "
        "finished an hour ahead. Her husband, Ole Berg, and their two sons were waiting for her "
        "at the arch with coffee. Berg left Anchorage on March 2. She reached Unalakleet on "
        "March 10."
    )
    story = parse(pipeline, text, date(2026, 3, 13))
    assert [m.place for m in story.meetings] == ["Nome"]


def test_a_relative_waiting_after_a_long_apposition_is_a_meeting(pipeline: Pipeline) -> None:
    """'In Ocho Rios, a port town on the north coast, her grandmother Mavis Brown, 84, who
    raised her, was waiting': the parse gives the wait another subject."""
    text = (
        "Runner home\n\nOCHO RIOS, Jamaica, Sept 27 (AP) - Runner Alia Brown ran into Ocho Rios "
        "on Saturday. She set off from Kingston on Friday and spent the night in Linstead. In "
        "Ocho Rios, a port town on the north coast, her grandmother Mavis Brown, 84, who raised "
        "her, was waiting at the foot of the clock tower."
    )
    story = parse(pipeline, text, date(2025, 9, 27))
    assert [m.place for m in story.meetings] == ["Ocho Rios"]


def test_a_meeting_in_a_town_near_a_stop_is_a_stop_of_its_own(pipeline: Pipeline) -> None:
    """'met her old coach in Falmouth' (30 km from Montego Bay, a stop): Falmouth is a stop."""
    text = (
        "Cyclist home\n\nMONTEGO BAY, Jamaica, Sept 27 (AP) - Cyclist Alia Brown rode into "
        "Montego Bay on Saturday after setting off from Kingston on Thursday. On Friday she "
        "spent the night in Mandeville, and on Saturday she met her old coach in Falmouth "
        "before the last ride along the coast."
    )
    assert route_places(parse(pipeline, text, date(2025, 9, 27))) == [
        "Kingston",
        "Mandeville",
        "Falmouth",
        "Montego Bay",
    ]


def test_a_vehicle_driven_by_its_owner_is_no_mover(pipeline: Pipeline) -> None:
    """'drove his 1968 Land Rover into Durban', 'a drive to Durban in a 1968 Land Rover': the
    model's "Land Rover" person is the vehicle; the driver, named next, moves."""
    text = (
        "Kenyan pensioner ends 3,000-km drive to Durban in a 1968 Land Rover\n\nDURBAN, March 8 "
        "(Reuters) - A 70-year-old retired Kenyan teacher drove his 1968 Land Rover into Durban "
        "on Saturday, five weeks after leaving Nairobi. Peter Mwangi set off from Nairobi on "
        "Feb 1 and spent two nights in Arusha. He then drove south to Dodoma and on Feb 20 he "
        "reached Lusaka."
    )
    story = parse(pipeline, text, date(2025, 3, 8))
    assert {r.actor: [s.place for s in r.stops] for r in story.routes} == {
        "Peter Mwangi": ["Nairobi", "Arusha", "Dodoma", "Lusaka", "Durban"]
    }


def test_the_one_vehicle_is_the_trip_of_the_person_who_drove_it(pipeline: Pipeline) -> None:
    """'A solar bus ... pulled into Dakar ... Aminata Traore, 34, the engineer who designed the
    bus, drove most of the way': the route is hers."""
    text = (
        "Solar bus completes run\n\nDAKAR, March 21 (AFP) - A solar bus built by a Bamako "
        "start-up pulled into Dakar on Friday at the end of a six-day test drive. Aminata "
        "Traore, 34, the engineer who designed the bus, drove most of the way with two "
        "mechanics. They left Bamako on Sunday and reached Kayes on Tuesday. On Thursday the "
        "bus rolled west to Tambacounda."
    )
    story = parse(pipeline, text, date(2025, 3, 21))
    assert {r.actor: [s.place for s in r.stops] for r in story.routes} == {
        "Aminata Traore": ["Bamako", "Kayes", "Tambacounda", "Dakar"]
    }


def test_a_ship_tied_up_at_a_wharf_in_a_town_is_there(pipeline: Pipeline) -> None:
    """'tied up at the main wharf in Suva on Thursday': the wharf is a place noun, and the
    ship's arrival ends there."""
    text = (
        "Hospital ship in Suva\n\nSUVA, Fiji, Oct 9 (AFP) - The hospital ship Mercy Star tied up "
        "at the main wharf in Suva on Thursday. It left Apia on Sept 20 and spent a week at "
        "Nukualofa."
    )
    assert route_places(parse(pipeline, text, date(2025, 10, 9))) == ["Apia", "Nukualofa", "Suva"]


def test_the_island_a_stop_lies_on_is_no_stop(pipeline: Pipeline) -> None:
    """'sail to Rabaul, on the island of New Britain, and then to Kavieng': New Britain tells
    where Rabaul lies (and is no Connecticut town on the way)."""
    text = (
        "Hospital ship sails on\n\nLAE, Oct 9 (AFP) - The hospital ship Mercy Star left Lae on "
        "Thursday. Next week it will sail to Rabaul, on the island of New Britain, and then to "
        "Kavieng."
    )
    assert route_places(parse(pipeline, text, date(2025, 10, 9))) == ["Lae", "Rabaul", "Kavieng"]


def test_a_measure_before_the_mover_is_no_part_of_it_and_crews_change_at_a_stop(
    pipeline: Pipeline,
) -> None:
    """'A 30-wagon train' is the train; 'changed crews in Otjiwarongo' is a stop there."""
    text = (
        "Ore train reaches port\n\nWALVIS BAY, Namibia, Nov 28 (Reuters) - A 30-wagon train "
        "carrying zinc ore pulled into the port of Walvis Bay on Friday. The train left Tsumeb "
        "on Nov 20. It changed crews in Otjiwarongo and again in Okahandja, and on Nov 26 it "
        "reached Windhoek."
    )
    story = parse(pipeline, text, date(2025, 11, 28))
    assert {r.actor: [s.place for s in r.stops] for r in story.routes} == {
        "train": ["Tsumeb", "Otjiwarongo", "Okahandja", "Windhoek", "Walvis Bay"]
    }


def test_coasting_resting_and_being_held_up_on_the_way_are_stops(pipeline: Pipeline) -> None:
    """'coasted down the mountain road into Salatiga', 'rested his legs for a day in Kendal',
    'a broken chain held him up outside Batang': three stops of the ride."""
    text = (
        "Pedicab driver ends ride\n\nJAKARTA, Aug 14 (Reuters) - Pedicab driver Budi Santoso "
        "pedalled into Jakarta on Thursday. He set off from Solo on July 29. Two days later he "
        "coasted down the mountain road into Salatiga, where motorbike taxi drivers escorted him "
        "to the coast road. He rested his legs for a day in Kendal, and on Aug 7 a broken chain "
        "held him up outside Batang."
    )
    assert route_places(parse(pipeline, text, date(2025, 8, 14))) == [
        "Solo",
        "Salatiga",
        "Kendal",
        "Batang",
        "Jakarta",
    ]


def test_a_headline_kind_with_a_hyphen_is_the_kind_the_story_tells(pipeline: Pipeline) -> None:
    """'Bed-net convoy reaches Zwedru' ... 'A convoy of eight trucks': the convoy, not the "net
    convoy" left after the hyphen."""
    text = (
        "Bed-net convoy reaches Zwedru\n\nZWEDRU, Liberia, Sept 4 (Reuters) - A convoy of eight "
        "trucks reached Zwedru on Thursday. The convoy left Kakata on Aug 27 and reached Ganta "
        "on Aug 28."
    )
    story = parse(pipeline, text, date(2025, 9, 4))
    assert [r.actor for r in story.routes] == ["convoy"]


def test_a_ship_named_with_the_model_s_opening_the_is_named_without_it(
    pipeline: Pipeline,
) -> None:
    """'The Nusa Sehat, run by a charity, sailed from Surabaya': the ship is "Nusa Sehat"."""
    text = (
        "Hospital ship ends voyage\n\nKUPANG, Indonesia, Aug 21 (Reuters) - A floating hospital "
        "docked in Kupang on Thursday. The Nusa Sehat, run by a charity, sailed from Surabaya on "
        "July 9 and anchored off Maumere on Aug 1."
    )
    story = parse(pipeline, text, date(2025, 8, 21))
    assert [r.actor for r in story.routes] == ["Nusa Sehat"]


def test_a_storm_after_a_dateline_with_its_country_is_the_mover(pipeline: Pipeline) -> None:
    """'BEIRA, Mozambique, Jan 20 (Reuters) - Cyclone Tamsin tore across central Mozambique':
    the country of the dateline, which the parser makes the subject, moves nowhere; the
    cyclone does, and the rain it dumps on a town puts the town on its path."""
    text = (
        "Cyclone Tamsin floods Zimbabwe\n\nBEIRA, Mozambique, Jan 20 (Reuters) - Cyclone Tamsin "
        "tore across central Mozambique this week. The storm made landfall near Beira late on "
        "Friday and passed over Chimoio on Saturday. On Sunday it crossed into Zimbabwe near "
        "Mutare and dumped 150 mm of rain on Chipinge."
    )
    story = parse(pipeline, text, date(2026, 1, 20))
    assert {r.actor: [s.place for s in r.stops] for r in story.routes} == {
        "Cyclone Tamsin": ["Beira", "Chimoio", "Mutare", "Chipinge"]
    }


def test_landfall_tagged_as_an_adjective_keeps_the_storm_as_its_subject(
    pipeline: Pipeline,
) -> None:
    """'Typhoon Odette made landfall near Surigao' (the tagger's adjective "landfall"): the
    typhoon is the mover, and 'dropped 300 mm of rain on Tacloban' is a stop."""
    text = (
        "Typhoon Odette made landfall near Surigao on Thursday. The storm dropped 300 mm of rain "
        "on Tacloban on Friday and dumped more rain on Ormoc on Saturday."
    )
    story = parse(pipeline, text, date(2021, 12, 20))
    assert {r.actor: [s.place for s in r.stops] for r in story.routes} == {
        "Typhoon Odette": ["Surigao", "Tacloban", "Ormoc"]
    }


def test_a_ship_s_calls_told_by_their_order_are_stops(pipeline: Pipeline) -> None:
    """'Its first call was at Bima', 'a shorter call at Larantuka', 'Her last call will be in
    Atapupu': ports of call, not a presence of "the first call"."""
    text = (
        "The hospital ship Harapan Sehat sailed from Semarang on June 2. Its first call was at "
        "Sumbawa Besar, where doctors treated 900 patients. It made a shorter call at Ende on "
        "June 20 and reached Kupang on Thursday."
    )
    assert route_places(parse(pipeline, text, date(2025, 7, 3))) == [
        "Semarang",
        "Sumbawa Besar",
        "Ende",
        "Kupang",
    ]


def test_a_journey_told_after_an_arrival_two_weeks_after_leaving_goes_on_from_the_start(
    pipeline: Pipeline,
) -> None:
    """'rolled up the ramp of the town hall in Bloemfontein on Friday, two weeks and 500 km
    after leaving the beachfront in Port Elizabeth': the start is Port Elizabeth (the
    beachfront is a place left), the way up the ramp puts him in Bloemfontein, and the next
    sentences, undated, go on from the start; 'Nkosi, 34, who ..., climbed' is the racer (the
    model's organisation), and 'followed the N10 north to Cradock' is a move of its own."""
    text = (
        "BLOEMFONTEIN, Oct 17 (Reuters) - Wheelchair racer Thabo Nkosi rolled up the ramp of the "
        "city hall in Bloemfontein on Friday, two weeks and 500 km after leaving the beachfront "
        "in Port Elizabeth. Nkosi, 34, who lost the use of his legs in a mine accident, climbed "
        "for three days to Somerset East and then followed the N10 north to Cradock. On Oct 12 "
        "he reached Colesberg."
    )
    assert route_places(parse(pipeline, text, date(2025, 10, 17))) == [
        "Port Elizabeth",
        "Somerset East",
        "Cradock",
        "Colesberg",
        "Bloemfontein",
    ]


def test_a_headline_s_one_word_kind_is_the_story_s_and_a_host_receiving_crews_meets_them(
    pipeline: Pipeline,
) -> None:
    """'Convoy of ambulances reaches Goma' ... 'A convoy of nine ambulances': the convoy;
    'the governor ... received the crews at his office' is a meeting there."""
    text = (
        "Convoy of ambulances reaches Goma\n\nGOMA, Congo, May 9 (Reuters) - A convoy of nine "
        "ambulances rolled into Goma on Friday. The governor of North Kivu, Jean Mbala, "
        "received the crews at his office. The convoy left Kisangani on April 28 and reached "
        "Butembo on May 6."
    )
    story = parse(pipeline, text, date(2025, 5, 9))
    assert {r.actor: [s.place for s in r.stops] for r in story.routes} == {
        "convoy": ["Kisangani", "Butembo", "Goma"]
    }
    assert [m.place for m in story.meetings] == ["Goma"]


def test_a_boat_left_stuck_by_low_water_leaves_nowhere(pipeline: Pipeline) -> None:
    """'Low water left the barge stuck on a sandbank below Ibotirama': no departure, and not
    low water as the mover; the barge goes on."""
    text = (
        "The barge Tereza left Pirapora on June 2 and tied up at Januária on June 5. Low water "
        "left the barge stuck on a sandbank for a day below Ibotirama, and on June 10 it reached "
        "Xique-Xique."
    )
    story = parse(pipeline, text, date(2025, 6, 12))
    assert [r.actor for r in story.routes] == ["Tereza"]
    left = [e for e in story.events if e.action == "left"]
    assert [(e.place.mention.text if e.place else None) for e in left] == ["Pirapora"]


def test_a_way_taken_inside_a_town_puts_the_mover_there(pipeline: Pipeline) -> None:
    """'paddled it under the Hennepin Avenue bridge in Minneapolis', 'drove the tractor they
    rebuilt through the gates of the fairground in Des Moines' (the parse hangs the way on
    the relative clause): the town is a stop; but 'waves swept homes into the sea at X' is
    no way of the storm's."""
    text = (
        "Karen Holm left Brainerd on Aug 30 and paddled her canoe under the Hennepin Avenue "
        "bridge in Minneapolis on Sept 12."
    )
    assert route_places(parse(pipeline, text, date(2025, 9, 13))) == ["Brainerd", "Minneapolis"]
    text = (
        "Two farmers left Ames on Monday and on Wednesday drove the tractor they rebuilt through "
        "the gates of the state fairground in Des Moines."
    )
    assert route_places(parse(pipeline, text, date(2025, 8, 15))) == ["Ames", "Des Moines"]


def test_a_host_waiting_to_shake_hands_meets_the_travellers(pipeline: Pipeline) -> None:
    """'where the rector, Professor Ama Boateng, was waiting to shake their hands': a
    meeting at the town they drove into."""
    text = (
        "KUMASI, Ghana, Oct 17 (Reuters) - Two engineering students drove a solar buggy into "
        "Kumasi on Friday, where the rector, Professor Ama Boateng, was waiting to shake their "
        "hands. Kofi Mensah, 23, and Yaw Owusu, 22, left Accra on Oct 12 and reached Nkawkaw on "
        "Oct 14."
    )
    story = parse(pipeline, text, date(2025, 10, 17))
    assert [m.place for m in story.meetings] == ["Kumasi"]
    assert {r.actor: [s.place for s in r.stops] for r in story.routes} == {
        "Kofi Mensah": ["Accra", "Nkawkaw", "Kumasi"]
    }


def test_a_place_near_which_a_town_lies_is_no_stop(pipeline: Pipeline) -> None:
    """'left Kasane, the safari town near the Chobe river, on May 3': the town is left, not
    what it lies near (Victoria Falls, 'the tourist town near the Victoria Falls')."""
    text = (
        "Thandi Dube left Livingstone, the tourist town near the Victoria Falls, on May 3 and "
        "reached Choma on May 4 and Lusaka on May 7."
    )
    assert route_places(parse(pipeline, text, date(2025, 5, 9))) == [
        "Livingstone",
        "Choma",
        "Lusaka",
    ]


def test_a_date_told_of_a_town_in_a_which_clause_is_not_the_visit_s(pipeline: Pipeline) -> None:
    """'rode east to Kent, which, like its neighbour York, was founded two centuries ago': the
    founding dates the town, not the ride; 'Bo, which he reached on March 10' dates it."""
    text = (
        "Dr Ibrahim Kamara set off from Freetown on March 8 and rode east along the peninsula to "
        "Kent, which, like its neighbour York, was founded two centuries ago. He spent the next "
        "night in Waterloo and rode inland to Bo, which he reached on March 10."
    )
    assert route_places(parse(pipeline, text, date(2025, 3, 14))) == [
        "Freetown",
        "Kent",
        "Waterloo",
        "Bo",
    ]


def test_a_troupe_dances_somewhere_and_families_who_arrived_are_others(
    pipeline: Pipeline,
) -> None:
    """'they danced that evening in Vegreville' is a stop; 'a hall packed with families who
    arrived from Ukraine' tells the families' move, not the troupe's."""
    text = (
        "Olena Bilyk led the troupe out of Edmonton on July 25, and they danced that evening in "
        "Vegreville. The bus went on to Saskatoon on July 28, where the troupe danced in a hall "
        "packed with families who arrived from Ukraine after 2022. On July 31 it crossed the "
        "wheat fields to Yorkton."
    )
    assert route_places(parse(pipeline, text, date(2025, 8, 1))) == [
        "Edmonton",
        "Vegreville",
        "Saskatoon",
        "Yorkton",
    ]


def test_marching_into_a_town_is_a_move_and_others_landing_somewhere_are_not_ours(
    pipeline: Pipeline,
) -> None:
    """'marched over the mountains to Edessa' is a move, not only a protest; 'Dyrrachium,
    where travellers from Brindisi landed after crossing from Italy' is the travellers'; the
    mayor 'welcomed them' where they marched in."""
    text = (
        "THESSALONIKI, Greece, Sept 28 (AFP) - Hikers dressed as legionaries led by Goran "
        "Petrov marched into Thessaloniki on Sunday, and the city's mayor welcomed them at the "
        "White Tower. Petrov's group set off from Ohrid on Sept 17, spent two days in Bitola and "
        "marched over the mountains to Edessa on Sept 25. The road once ran from Dyrrachium, "
        "where travellers from Brindisi landed after crossing from Italy, to Constantinople."
    )
    story = parse(pipeline, text, date(2025, 9, 28))
    routes = [[s.place for s in r.stops] for r in story.routes]
    assert ["Ohrid", "Bitola", "Edessa", "Thessaloniki"] in routes
    assert [m.place for m in story.meetings] == ["Thessaloniki"]


def test_a_thing_driven_north_is_named_without_the_compass_word_and_smuggled_somewhere(
    pipeline: Pipeline,
) -> None:
    """'had driven the wreath north to Vidin' (the parse's "north" with "wreath" as its
    compound): the wreath, not "wreath north"; 'it had been smuggled to Bucharest' is a move."""
    text = (
        "Stolen gold wreath back on show in Vratsa after trip across Europe\n\nVRATSA, "
        "Bulgaria, Nov 7 (Reuters) - A gold wreath stolen from the museum in Vratsa went back on "
        "display there on Friday. The thieves had broken in through a skylight on the night of "
        "Oct 3 and had driven the wreath north to Vidin before dawn. On Oct 9 it had been "
        "smuggled to Bucharest."
    )
    story = parse(pipeline, text, date(2025, 11, 7))
    driven = [e for e in story.events if e.action == "driven"]
    assert [e.actors[0] for e in driven] == ["wreath"]
    smuggled = [e for e in story.events if e.action == "smuggled"]
    assert [e.place.mention.text for e in smuggled if e.place] == ["Bucharest"]


def test_a_minister_named_by_a_word_of_moving_makes_no_move_of_the_town(
    pipeline: Pipeline,
) -> None:
    """'In Tampere, Finland's transport minister met the crew': a meeting at Tampere, not a
    "transport" move that swallows the town."""
    text = (
        "The airship Aurora left Oulu on June 2 and landed in Tampere on June 4. In Tampere, "
        "Finland's transport minister met the crew on the airfield."
    )
    story = parse(pipeline, text, date(2025, 6, 5))
    assert not any(e.action == "transport" for e in story.events)
    assert [m.place for m in story.meetings] == ["Tampere"]


def test_talks_held_on_a_day_and_a_sentence_opening_back_in_a_town(pipeline: Pipeline) -> None:
    """'on Monday held talks in Nouméa' dates the talks, so the visit is a stop of its own
    before the other islands; 'Back in Nouméa on Thursday, she told' is the return."""
    text = (
        "NOUMEA, Nov 20 (AFP) - Minister Claire Dubois flew from Paris on Saturday and on Monday "
        "held talks in Nouméa with the territory's president. On Tuesday she flew to Lifou and "
        "on Wednesday to Koné. Back in Nouméa on Thursday, Dubois told the assembly that more "
        "money would come."
    )
    story = parse(pipeline, text, date(2025, 11, 20))
    assert route_places(story) == ["Paris", "Nouméa", "Lifou", "Koné", "Nouméa"]


def test_a_vehicle_told_as_the_mover_is_the_trip_of_who_rides_in_it(pipeline: Pipeline) -> None:
    """'Ray Dunn ... rolled into Ogallala in a 1929 Ford Model A' ... 'the Model A chugged into
    Kearney': one route, Ray Dunn's."""
    text = (
        "OGALLALA, Neb., June 14 (AP) - Ray Dunn, a retired farmer, rattled into Ogallala on "
        "Friday in a 1929 Ford Model A, five days after leaving Lincoln. He spent the first night "
        "in York. Repaired overnight, the Model A chugged into Kearney on Wednesday."
    )
    story = parse(pipeline, text, date(2025, 6, 14))
    assert {r.actor: [s.place for s in r.stops] for r in story.routes} == {
        "Ray Dunn": ["Lincoln", "York", "Kearney", "Ogallala"]
    }


def test_short_hops_nights_spent_and_ways_to_a_place_in_a_town_are_stops(
    pipeline: Pipeline,
) -> None:
    """'it was a short hop to Tornio' (a noun of one stretch), 'The last night was spent in
    Païta' (the passive, its time no mover), 'steered the truck down to the grain terminals
    on the river at Santarém' and 'tied up below the old fort at Bakel' (a way that ends in
    the town): each a stop."""
    text = (
        "Aino Lahti left Oulu on Feb 10 and reached Kemi on Feb 12. From Kemi it was a short hop "
        "to Tornio, and on Feb 14 she reached Kalix. The last night was spent in Råneå. On Feb "
        "17 she steered the truck down to the old harbour on the river at Luleå, ending a "
        "400-km run."
    )
    assert route_places(parse(pipeline, text, date(2025, 2, 18))) == [
        "Oulu",
        "Kemi",
        "Tornio",
        "Kalix",
        "Råneå",
        "Luleå",
    ]
    text = (
        "The Yaye Dior left Saint-Louis on Nov 30 and called at Rosso on Dec 2. On Dec 6 it tied "
        "up below the old French fort at Bakel."
    )
    assert route_places(parse(pipeline, text, date(2025, 12, 7))) == [
        "Saint-Louis",
        "Rosso",
        "Bakel",
    ]


def test_laying_a_wreath_somewhere_puts_the_traveller_there(pipeline: Pipeline) -> None:
    """'laid a wreath at the memorial on the hill in Keetmanshoop': the delegation was there,
    the last stop of its tour."""
    text = (
        "A delegation of German lawmakers left Windhoek on June 2 and spent June 4 in Mariental. "
        "On Friday the delegation laid a wreath at the memorial on the hill in Keetmanshoop."
    )
    assert route_places(parse(pipeline, text, date(2025, 6, 7))) == [
        "Windhoek",
        "Mariental",
        "Keetmanshoop",
    ]


def test_a_way_made_by_any_verb_and_the_parts_of_a_town(pipeline: Pipeline) -> None:
    """'danced her way down the main street of Olsztyn' (any verb with one's way moves, and a
    town's street told with "of" puts the mover in the town); 'crawled through the rush-hour
    traffic of Iława' passes the town."""
    text = (
        "Marta Nowak left Gdańsk on May 2 and reached Elbląg on May 4. On May 5 her bus crawled "
        "through the rush-hour traffic of Iława, and on May 6 she danced her way down the main "
        "street of Olsztyn."
    )
    assert route_places(parse(pipeline, text, date(2025, 5, 7))) == [
        "Gdańsk",
        "Elbląg",
        "Iława",
        "Olsztyn",
    ]


def test_a_leg_told_as_and_then_to(pipeline: Pipeline) -> None:
    """'rode on to Mopti, where he waited out a harmattan dust storm, and then to Gao': Gao is
    the next leg's end, not the storm's place."""
    text = (
        "Amadou Diallo left Ségou on March 3 on his bicycle. He rode on to Mopti, where he "
        "waited out a harmattan dust storm, and then to Gao, where a cycling club escorted him "
        "through the city."
    )
    assert route_places(parse(pipeline, text, date(2025, 3, 12))) == ["Ségou", "Mopti", "Gao"]


def test_a_performance_at_a_venue_in_a_town_is_a_stop(pipeline: Pipeline) -> None:
    """'the quartet played in a concert hall in Kutaisi': the players were there; 'the mayor
    hosted the musicians at the town hall' in Zugdidi is a meeting, whose stop comes before
    the waypoint dated after it."""
    text = (
        "A string quartet led by Levan Beridze left Batumi on Oct 1. In Zugdidi on Oct 2 the "
        "mayor hosted the musicians at the town hall. On Oct 4 the quartet played in a concert "
        "hall in Kutaisi, and on Oct 6 it drove to Gori."
    )
    story = parse(pipeline, text, date(2025, 10, 7))
    assert route_places(story) == ["Batumi", "Zugdidi", "Kutaisi", "Gori"]
    assert [m.place for m in story.meetings] == ["Zugdidi"]


def test_a_breakdown_held_it_for_a_time_there(pipeline: Pipeline) -> None:
    """'A cracked brake hanger held it for a day at Mochudi while a fitter drove up' (the parse
    hangs the place on the day): the train stopped there, not the fitter."""
    text = (
        "The old train left Lobatse on Sept 20 and reached Gaborone on Sept 21. A cracked brake "
        "hanger held it for a day at Mochudi while a fitter drove up from the capital with a "
        "spare. On Sept 25 it steamed into Mahalapye."
    )
    assert route_places(parse(pipeline, text, date(2025, 9, 26))) == [
        "Lobatse",
        "Gaborone",
        "Mochudi",
        "Mahalapye",
    ]


def test_an_office_holder_waiting_on_the_platform_meets_the_traveller(pipeline: Pipeline) -> None:
    """'Governor Ana Sousa was waiting on the platform': a welcome where the train halted;
    'a stranger was waiting' is none."""
    text = (
        "The steam train left Huambo on May 3. When the train came to a halt in Kuito on May 5, "
        "Governor Ana Sousa was waiting on the platform."
    )
    story = parse(pipeline, text, date(2025, 5, 6))
    assert [m.place for m in story.meetings] == ["Kuito"]
    text = "The steam train left Huambo on May 3. In Kuito on May 5 a stranger was waiting."
    assert not parse(pipeline, text, date(2025, 5, 6)).meetings


def test_an_after_phrase_ends_at_then(pipeline: Pipeline) -> None:
    """'reached Keminmaa two days later after a night in a hut and then walked up the road to
    Tervola': Tervola is not told as coming before the hut night; the telling orders them."""
    text = (
        "Eero Salo left Rovaniemi on Feb 3. He reached Keminmaa two days later after a night in "
        "a hut and then walked up the frozen road to Tervola."
    )
    assert route_places(parse(pipeline, text, date(2025, 2, 10))) == [
        "Rovaniemi",
        "Keminmaa",
        "Tervola",
    ]


def test_the_road_to_a_town_leads_there(pipeline: Pipeline) -> None:
    """'drove down the winding road to Siguatepeque, where ...': the town is the drive's end,
    not the road's name."""
    text = (
        "Rosa Mejía left Tegucigalpa on Monday and drove down the winding road to Siguatepeque, "
        "where she slept. On Wednesday she reached San Pedro Sula."
    )
    assert route_places(parse(pipeline, text, date(2025, 3, 7))) == [
        "Tegucigalpa",
        "Siguatepeque",
        "San Pedro Sula",
    ]


def test_a_trip_told_by_its_length_after_the_arrival_set_out_that_long_before(
    pipeline: Pipeline,
) -> None:
    """'reached Khovd, the capital of the westernmost province, on Friday after a 12-day drive
    from Darkhan': Darkhan on the 12th day before, not on the Friday, so before the Thursday
    stop at Tosontsengel."""
    text = (
        "KHOVD, Mongolia, Aug 29 (Reuters) - A clinic truck reached Khovd, the capital of the "
        "westernmost province, on Friday after a 12-day drive from Darkhan, and its nurses began "
        "work at once. On Thursday it skirted the lake to Tosontsengel."
    )
    assert route_places(parse(pipeline, text, date(2025, 8, 29))) == [
        "Darkhan",
        "Tosontsengel",
        "Khovd",
    ]


def test_a_stay_told_in_a_sentence_of_its_own_keeps_its_place_in_the_telling(
    pipeline: Pipeline,
) -> None:
    """'He rested for a day in Ahero, where a tyre was patched' after the arrivals told before
    it: a stop between them and the lede's final arrival, not a point passed at the start."""
    text = (
        "KISUMU, Kenya, June 13 (Reuters) - Otieno Were hauled his cart onto the lakeside road "
        "of Kisumu on Friday, 12 days after he set out. He left Nairobi on June 1. On the second "
        "day he reached Naivasha, and he walked into Nakuru on June 5, spending two nights with "
        "a cousin. From there he turned west, pulled into Kericho after three days of climbs, "
        "and then let the cart run down the hills. He rested for a day in Ahero, where a tyre "
        "was patched, before the flat last stretch."
    )
    assert route_places(parse(pipeline, text, date(2025, 6, 13))) == [
        "Nairobi",
        "Naivasha",
        "Nakuru",
        "Kericho",
        "Ahero",
        "Kisumu",
    ]


def test_a_host_receives_the_driver_by_her_surname_where_her_minibus_arrived(
    pipeline: Pipeline,
) -> None:
    """'the governor of Turkana, John Ekal, received Akinyi and her helpers at the county
    offices in Lodwar' (the surname tagged as a place): a meeting at Lodwar, which the minibus
    Grace Akinyi drove reached."""
    text = (
        "LODWAR, Kenya, May 9 (Reuters) - A minibus fitted out as a library reached Lodwar on "
        "Friday, ending a week-long trip. Grace Akinyi, 38, a librarian from Nairobi, drove out "
        "of Kitale on May 2 with two helpers. On Tuesday the minibus reached Lokichar. On Friday "
        "afternoon the governor of Turkana, John Ekal, received Akinyi and her helpers at the "
        "county offices in Lodwar."
    )
    story = parse(pipeline, text, date(2025, 5, 9))
    assert route_places(story) == ["Kitale", "Lokichar", "Lodwar"]
    assert [m.place for m in story.meetings] == ["Lodwar"]


def test_a_thing_bound_for_a_place_is_not_the_mover_s_goal(pipeline: Pipeline) -> None:
    """'the sacks were loaded into a refrigerated container bound for Hamburg': the
    container's way, not a stop of the truck's driver."""
    text = (
        "Mirna Castro left Quetzaltenango on Monday with 200 sacks of coffee. On Wednesday her "
        "truck reached Puerto Barrios, where the sacks were loaded into a refrigerated container "
        "bound for Hamburg."
    )
    assert route_places(parse(pipeline, text, date(2025, 3, 7))) == [
        "Quetzaltenango",
        "Puerto Barrios",
    ]


def test_a_companion_s_deed_at_a_fronted_town_places_the_party_there(pipeline: Pipeline) -> None:
    """'At Kintampo the nephew sold the last of the yams, and on May 9 the trotro rolled into
    Tamale': the nephew travels with the driver, so the party was at Kintampo first."""
    text = (
        "Kofi Boateng left Kumasi on May 3 in his trotro with his wife and a nephew. The trotro "
        "spent two days at Techiman. At Kintampo the nephew sold the last of the yams, and on "
        "May 9 the trotro rolled into Tamale."
    )
    assert route_places(parse(pipeline, text, date(2025, 5, 10))) == [
        "Kumasi",
        "Techiman",
        "Kintampo",
        "Tamale",
    ]


def test_a_large_town_read_as_a_people_before_a_verb_is_a_stop(pipeline: Pipeline) -> None:
    """'spent a week in Mombasa taking on water' (the model's nationality): a large town after
    "in", with a verb after it, is the place."""
    text = (
        "The dhow Fath al-Khair left Sur on Jan 5. The crew spent a week in Mombasa taking on "
        "water and food before the last leg south to Zanzibar."
    )
    assert route_places(parse(pipeline, text, date(2025, 2, 10))) == ["Sur", "Mombasa", "Zanzibar"]


def test_a_tour_event_held_somewhere_by_its_order_is_a_stop(pipeline: Pipeline) -> None:
    """'The first screening was held in a school yard in Kasungu': the touring truck's team
    was there; 'A rally was held in Parakou' (no order of a tour) tells no stop."""
    text = (
        "Chikondi Banda drove the cinema truck out of Lilongwe on Aug 2. The first screening was "
        "held in a school yard in Kasungu, and on Aug 6 the truck moved on to Mzuzu. A rally was "
        "held in Karonga."
    )
    assert route_places(parse(pipeline, text, date(2025, 8, 10))) == [
        "Lilongwe",
        "Kasungu",
        "Mzuzu",
    ]


def test_a_thing_sent_by_bus_is_not_the_traveller(pipeline: Pipeline) -> None:
    """'the wheel travelled west by bus through Aflao and Keta': a thing sent to the cyclist,
    whose own route keeps Accra, Winneba and Cape Coast."""
    text = (
        "Ama Owusu left Accra on June 2 on her bicycle and reached Winneba on June 3. A friend "
        "sent a new wheel from a shop in Lomé, and the wheel travelled west by bus through Aflao "
        "and Keta, arriving in Winneba on June 5. Owusu rode on to Cape Coast."
    )
    story = parse(pipeline, text, date(2025, 6, 10))
    owusu = next(r for r in story.routes if r.actor == "Ama Owusu")
    assert [s.place for s in owusu.stops] == ["Accra", "Winneba", "Cape Coast"]


def test_a_part_of_one_s_own_vehicle_breaking_somewhere_is_a_stop(pipeline: Pipeline) -> None:
    """'his axle snapped on a bridge outside Singida': the rider was there that day."""
    text = (
        "Juma Said left Dodoma on Sept 2 on his motorbike. On Sept 4 his axle snapped on a "
        "bridge outside Singida. He reached Nzega on Sept 7."
    )
    assert route_places(parse(pipeline, text, date(2025, 9, 10))) == [
        "Dodoma",
        "Singida",
        "Nzega",
    ]


def test_a_maker_s_name_before_a_vehicle_is_no_person_and_a_grandfather_travels_alone(
    pipeline: Pipeline,
) -> None:
    """'A Beyer steam locomotive ... steamed into Mahikeng' (the maker's name tagged as a
    person, the noun as an adjective): the locomotive moves, not the premier waiting on the
    platform, and 'My grandfather rode ... to the mines in Johannesburg' is his own move."""
    text = (
        "MAHIKENG, South Africa, Oct 3 (Reuters) - A Beyer steam locomotive built in Manchester "
        "in 1948 steamed into Mahikeng station on Friday, four days after leaving Kimberley. The "
        "locomotive spent a night at Vryburg. When the locomotive came to a halt in Mahikeng, "
        'Premier Lazarus Mokgosi was waiting on the platform. "My grandfather rode behind these '
        'engines to the mines in Johannesburg," he said.'
    )
    story = parse(pipeline, text, date(2025, 10, 3))
    assert routes_by_actor(story) == [("locomotive", ["Kimberley", "Vryburg", "Mahikeng"])]
    assert [m.place for m in story.meetings] == ["Mahikeng"]


def test_a_camp_under_a_tree_at_a_town_and_days_spent_there_are_stops(pipeline: Pipeline) -> None:
    """'camped for two nights under the big cottonwood at Emporia' and 'spent Sept 12 and 13
    in Hutchinson': stays on the way, each a stop."""
    text = (
        "Ruth Ames set out from Topeka on Sept 2 with her mule wagon. She camped for two nights "
        "under the big cottonwood at Emporia, and on Sept 9 she reached Newton. She spent Sept "
        "12 and 13 in Hutchinson before driving on to Kinsley."
    )
    assert route_places(parse(pipeline, text, date(2025, 9, 16))) == [
        "Topeka",
        "Emporia",
        "Newton",
        "Hutchinson",
        "Kinsley",
    ]


def test_a_call_with_its_day_between_the_verb_and_the_port(pipeline: Pipeline) -> None:
    """'called on Tuesday at Auki, on Malaita': a port of call, the day told between."""
    text = (
        "Health Minister Joseph Sade sailed from Honiara on Sunday and called on Tuesday at Auki, "
        "on Malaita, where floods damaged the hospital. On Friday he reached Gizo."
    )
    assert route_places(parse(pipeline, text, date(2025, 2, 8))) == ["Honiara", "Auki", "Gizo"]


def test_a_family_waiting_for_a_traveller_told_by_his_age(pipeline: Pipeline) -> None:
    """'Peter Kenilorea's wife and two sons were waiting on the wharf in Gizo ... when the
    61-year-old fisherman paddled in': a meeting with him, the man whose family it is."""
    text = (
        "GIZO, Solomon Islands, Feb 7 (Reuters) - Peter Kenilorea's wife and two sons were "
        "waiting on the wharf in Gizo on Friday when the 61-year-old fisherman paddled in after "
        "a 300-km trip. He set out from Honiara on Jan 30 and spent a night at Munda."
    )
    story = parse(pipeline, text, date(2025, 2, 7))
    # Munda is not in the gazetteer, whose only "Munda" is an old name of Montilla, Spain,
    # which a story told wholly in the Solomon Islands does not mean
    assert route_places(story) == ["Honiara", "Gizo"]
    assert [(m.place, m.participants[:1]) for m in story.meetings] == [
        ("Gizo", ("Peter Kenilorea",))
    ]


def test_a_deputy_named_by_whose_deputy_travels_alone(pipeline: Pipeline) -> None:
    """'A second column of teachers led by Barry's deputy, Awa Traoré, set out ... from Kayes':
    the deputy's column, not Barry, set out from Kayes."""
    text = (
        "Ibrahima Barry set off from Bamako on Feb 20 and reached Mopti on Feb 26. A second "
        "column of teachers led by Barry's deputy, Awa Traoré, set out on the same day from "
        "Kayes and marched through Nioro to Diéma."
    )
    story = parse(pipeline, text, date(2025, 3, 9))
    barry = next(r for r in story.routes if r.actor == "Ibrahima Barry")
    assert [s.place for s in barry.stops] == ["Bamako", "Mopti"]


def test_trouble_that_kept_the_crew_somewhere_is_a_stop(pipeline: Pipeline) -> None:
    """'Engine trouble kept the crew overnight at Porto Murtinho': the barge stopped there,
    before the last stretch to Concepción."""
    text = (
        "Captain Rui Amaral cast off from Corumbá on May 3 and the barge called at Ladário the "
        "next day. Engine trouble kept the crew overnight at Porto Murtinho, before the last "
        "stretch downstream to Concepción."
    )
    assert route_places(parse(pipeline, text, date(2025, 5, 10))) == [
        "Corumbá",
        "Ladário",
        "Porto Murtinho",
        "Concepción",
    ]


def test_a_fronted_for_phrase_names_whom_a_trip_serves_no_goal(pipeline: Pipeline) -> None:
    """'For the ranching villages of the northern Chaco, the boat has long been the only way
    to move goods': the Chaco is whom the boat serves, not a stop after Bahía Negra."""
    text = (
        "Ramón Giménez cast off from Asunción on March 11 and reached Concepción two days later. "
        "On Tuesday the boat docked at Carmelo Peralta, and on Thursday it tied up at Bahía "
        "Negra. For the ranching villages of the northern Chaco, the boat has long been the only "
        "way to move goods."
    )
    assert route_places(parse(pipeline, text, date(2025, 3, 21))) == [
        "Asunción",
        "Concepción",
        "Carmelo Peralta",
        "Bahía Negra",
    ]


def test_a_small_town_near_the_meeting_s_town_is_not_in_it(pipeline: Pipeline) -> None:
    """'paddled past Kabelvåg ... waiting for her on the quay in Svolvær': Svolvær, 6 km on
    and the larger of two small towns, is a town of its own and the trip's end."""
    text = (
        "Kari Nilsen paddled her kayak out of Bodø on June 1 and crossed the Vestfjord to "
        "Stamsund on June 3. On Friday she paddled past Henningsvær and Kabelvåg. Her parents "
        "were waiting for her on the quay in Svolvær on Saturday."
    )
    story = parse(pipeline, text, date(2025, 6, 7))
    assert route_places(story) == ["Bodø", "Stamsund", "Kabelvåg", "Svolvær"]
    assert [m.place for m in story.meetings] == ["Svolvær"]


def test_a_tunnel_to_a_town_leads_there(pipeline: Pipeline) -> None:
    """'pedalled out of Bergen and through the long tunnel to Voss': the tunnel ends at Voss,
    a stop, as a road to a town does."""
    text = (
        "On Monday the riders pedalled out of Bergen and through the long tunnel to Voss, where "
        "they slept in a school, and on Tuesday they climbed to Geilo."
    )
    assert route_places(parse(pipeline, text, date(2025, 6, 12))) == ["Bergen", "Voss", "Geilo"]
    text = (
        "Ola Berg ran out of Odda on Monday and through the old tunnel to Tyssedal on Eidfjord's "
        "side. On Tuesday he reached Eidfjord."
    )
    assert route_places(parse(pipeline, text, date(2025, 6, 12))) == [
        "Odda",
        "Tyssedal",
        "Eidfjord",
    ]


def test_an_animal_s_name_is_not_the_he_of_the_next_sentence(pipeline: Pipeline) -> None:
    """'His lead horse, Duke, threw a shoe ... He spent two nights in Lindsborg': he is the
    driver, not the horse."""
    text = (
        "Earl Hornbeck, 68, set out from Abilene on June 2 with his horses. His lead horse, Duke, "
        "threw a shoe, and Hornbeck shod him himself. He spent two nights in Lindsborg and drove "
        "into McPherson on June 12."
    )
    story = parse(pipeline, text, date(2025, 6, 13))
    assert routes_by_actor(story) == [("Earl Hornbeck", ["Abilene", "Lindsborg", "McPherson"])]


def test_a_lorry_s_owner_leaving_a_yard_and_a_burst_tyre(pipeline: Pipeline) -> None:
    """'Ibrahim Sawadogo's lorry ... rolled into Lomé': his trip; 'pulled out of a depot yard
    in Ouagadougou' starts it there, and 'by mid-afternoon a tyre had burst ... outside
    Koupéla' is a stop of that day, not a flashback."""
    text = (
        "Ibrahim Sawadogo's lorry, loaded with 25 tonnes of onions, rolled into Lomé on Friday. "
        "He pulled out of a depot yard in Ouagadougou before dawn on Tuesday, and by "
        "mid-afternoon a tyre had burst on a pothole outside Koupéla. He reached Fada N'Gourma "
        "after dark and slept in the cab. On Wednesday he crossed into Togo at Dapaong."
    )
    story = parse(pipeline, text, date(2025, 3, 14))
    assert routes_by_actor(story) == [
        ("Ibrahim Sawadogo", ["Ouagadougou", "Koupéla", "Fada N'Gourma", "Dapaong", "Lomé"])
    ]
    text = "Ibrahim Sawadogo drove out of Ouagadougou on Tuesday. A tyre burst outside Koupéla."
    story = parse(pipeline, text, date(2025, 3, 14))
    assert routes_by_actor(story) == [("Ibrahim Sawadogo", ["Ouagadougou", "Koupéla"])]


def test_a_car_s_past_and_a_car_driven_are_no_movers(pipeline: Pipeline) -> None:
    """'drove her old Fiat into Gdańsk': she moves; 'where the little red Fiat 126p left the
    factory line in 1979' is the car's past, and the next "she" is still the driver."""
    text = (
        "Maria Kowalczyk, 77, drove her old Fiat into Gdańsk on Saturday. She set off on Sept 1 "
        "from Tychy, where the little red Fiat 126p left the factory line in 1979. She spent the "
        "first night in Częstochowa and drove on to Łódź the next day."
    )
    story = parse(pipeline, text, date(2024, 9, 8))
    assert routes_by_actor(story) == [
        ("Maria Kowalczyk", ["Tychy", "Częstochowa", "Łódź", "Gdańsk"])
    ]


def test_a_day_opening_a_later_clause_is_not_the_first_clause_s(pipeline: Pipeline) -> None:
    """'walked north to Myślenice, sleeping in a barn, and on Sunday he walked the old road
    north to Kraków': Sunday is the walk to Kraków, the lede's arrival; Myślenice came before."""
    text = (
        "Tomasz Nowak walked into Kraków on Sunday. He set out from Zakopane on Sept 2 and spent "
        "two nights in Nowy Targ. From Nowy Targ he walked north to Myślenice, sleeping in a "
        "barn, and on Sunday he walked the old road north to Kraków."
    )
    assert route_places(parse(pipeline, text, date(2024, 9, 9))) == [
        "Zakopane",
        "Nowy Targ",
        "Myślenice",
        "Kraków",
    ]


def test_mountains_named_like_a_town_are_no_stop(pipeline: Pipeline) -> None:
    """'rode over the Rodna mountains to Borșa': the range, not the town of Rodna."""
    text = (
        "Ioana Rusu cycled out of Bistrița on June 3. The next day she rode north up the Someș "
        "valley to Năsăud, and on June 5 she rode over the Rodna mountains to Borșa."
    )
    assert route_places(parse(pipeline, text, date(2024, 6, 8))) == ["Bistrița", "Năsăud", "Borșa"]


def test_a_grandson_told_by_name_waiting_meets_the_traveller(pipeline: Pipeline) -> None:
    """'where his grandson Themba was waiting for him': a relative's welcome, a meeting."""
    text = (
        "Sipho Ndlovu drove his pickup into Polokwane, where his grandson Themba was waiting for "
        "him outside the library."
    )
    story = parse(pipeline, text, date(2024, 5, 8))
    assert [(m.place, set(m.participants)) for m in story.meetings] == [
        ("Polokwane", {"Sipho Ndlovu", "Themba"})
    ]


def test_a_call_told_next_and_a_town_told_again_as_the_town(pipeline: Pipeline) -> None:
    """'She called next at Koumac' is a call after Koné; 'Because the port of Lamu has no
    deep-water berth, the ship anchored off the town': off Lamu, a stop."""
    text = (
        "The supply ship Tasman Star left Nouméa on May 2 and sailed north to Koné. She called "
        "next at Koumac."
    )
    assert route_places(parse(pipeline, text, date(2024, 5, 8))) == ["Nouméa", "Koné", "Koumac"]
    text = (
        "The cargo ship Kilwa Star left Dar es Salaam on May 2 and sailed north to Tanga. Because "
        "the port of Lamu has no deep-water berth, the ship anchored off the town on May 6. Then "
        "she sailed on to Kismayo."
    )
    assert route_places(parse(pipeline, text, date(2024, 5, 8))) == [
        "Dar es Salaam",
        "Tanga",
        "Lamu",
        "Kismayo",
    ]


def test_by_nightfall_goes_on_from_a_flashback_and_a_reunion_is_a_meeting(
    pipeline: Pipeline,
) -> None:
    """'By nightfall she had reached Vaasa' goes on from the day of the stops told before it,
    before Sunday's Kristinestad; 'was reunited with her son' is a meeting."""
    text = (
        "A 79-year-old woman who went out to buy milk on Saturday morning was found in Pori on "
        "Sunday evening, police said. Liisa Korhonen had left her flat in Oulu at about 8 a.m. "
        "She had driven south through Raahe and had stopped for coffee in Kokkola. By nightfall "
        "she had reached Vaasa. On Sunday morning she had driven on to Kristinestad. She was "
        "reunited with her son at the police station in Pori."
    )
    story = parse(pipeline, text, date(2024, 3, 5))
    assert route_places(story) == ["Oulu", "Raahe", "Kokkola", "Vaasa", "Kristinestad", "Pori"]
    assert [m.place for m in story.meetings] == ["Pori"]


def test_a_tour_s_events_told_by_their_order_as_being_somewhere(pipeline: Pipeline) -> None:
    """'Its first performance, the same evening, was in the main hall of Uzgen. Their next
    shows were in Jalal-Abad': the troupe was there."""
    text = (
        "The Ballet Kyrgyzstan troupe left Osh by bus on June 3. Its first performance, the same "
        "evening, was in the main hall of Uzgen. Their next shows were in Jalal-Abad."
    )
    assert route_places(parse(pipeline, text, date(2024, 6, 20))) == ["Osh", "Uzgen", "Jalal-Abad"]


def test_a_weekday_of_a_trip_told_in_order_falls_before_the_next_date(pipeline: Pipeline) -> None:
    """'left Ruse ... on April 6 ... reached Pleven on Tuesday. On April 12 the singers moved
    on': that Tuesday is April 9, not the last Tuesday before publication (April 16)."""
    text = (
        "The choir left Ruse by bus on April 6 and sang that evening in Svishtov. It reached "
        "Pleven on Tuesday. On April 12 the singers moved on to Lovech, and they returned to Ruse "
        "on Friday."
    )
    story = parse(pipeline, text, date(2024, 4, 21))
    assert route_places(story) == ["Ruse", "Svishtov", "Pleven", "Lovech", "Ruse"]
    pleven = next(s for r in story.routes for s in r.stops if s.place == "Pleven")
    assert pleven.date == date(2024, 4, 9)


def test_an_anchor_dropped_is_a_stop_and_sailing_from_there_starts_in_the_town(
    pipeline: Pipeline,
) -> None:
    """'was built at the naval dockyard in Mombasa and sailed from there': from Mombasa;
    'She dropped anchor at Lamu on May 4': a stop."""
    text = (
        "The 30-metre Mtafiti, whose name means researcher in Swahili, was built at the naval "
        "dockyard in Mombasa and sailed from there on May 2 with six scientists aboard. She "
        "dropped anchor at Lamu on May 4. On May 6 she reached Kismayo."
    )
    assert route_places(parse(pipeline, text, date(2024, 5, 8))) == ["Mombasa", "Lamu", "Kismayo"]


def test_out_of_a_town_after_a_description_with_a_place_noun_is_the_start(
    pipeline: Pipeline,
) -> None:
    """'a surgeon at a district hospital, drove out of Kumasi': Kumasi is where he set out,
    not a place the "at" of the description governs."""
    text = (
        "Dr. Kwame Mensah, 52, a surgeon at a district hospital, drove out of Kumasi on March 3 "
        "with two nurses."
    )
    story = parse(pipeline, text, date(2025, 3, 10))
    assert [(e.place.mention.text, e.role) for e in story.events if e.place] == [
        ("Kumasi", "origin")
    ]


def test_turning_onto_a_heading_is_a_move(pipeline: Pipeline) -> None:
    """'From Techiman the ambulance turned north on the old road to Kintampo': a leg."""
    text = (
        "From Techiman the ambulance turned north on the old road to Kintampo, where a tyre burst."
    )
    assert route_places(parse(pipeline, text, date(2025, 3, 10))) == ["Techiman", "Kintampo"]


def test_the_people_one_met_somewhere_are_no_meeting(pipeline: Pipeline) -> None:
    """'"Everyone I met in Jujuy offered me tea"': who she met tells of people, no meeting."""
    text = 'Ana Ruiz rode into Salta on Friday. "Everyone I met in Jujuy offered me tea," she said.'
    assert parse(pipeline, text, date(2024, 8, 16)).meetings == []


def test_a_cart_or_wagon_driven_is_no_mover(pipeline: Pipeline) -> None:
    """'drove his old hay wagon into Lancaster': the driver moves, not the wagon."""
    text = "Peter Hanley drove his old hay wagon into Lancaster on Sunday."
    story = parse(pipeline, text, date(2024, 6, 10))
    assert [e.actors for e in story.events if e.place] == [("Peter Hanley",)]


def test_a_halt_told_by_its_order_is_a_stop(pipeline: Pipeline) -> None:
    """'Its first halt was at Kokshetau': the train stopped there, before Petropavl."""
    text = (
        "The clinic train left Astana on May 31. Its first halt was at Kokshetau, where it stood "
        "for two days. It then moved on to Petropavl."
    )
    assert route_places(parse(pipeline, text, date(2024, 6, 14))) == [
        "Astana",
        "Kokshetau",
        "Petropavl",
    ]


def test_a_vessel_named_after_its_kind_and_a_river_told_by_its_stretch(
    pipeline: Pipeline,
) -> None:
    """'The Dutch dredger Marijke, built in 1981 and for forty years a workhorse on the upper
    Rhine': the mover is Marijke, not a person 'Rhine'; a night 'aground on a shoal just above
    Emmerich' and 'made fast ... at Wesel' are stops."""
    text = (
        "The Dutch dredger Marijke, built in 1981 and for forty years a workhorse on the upper "
        "Rhine, reached "
        "Duisburg on Friday, five days after leaving Arnhem. She spent a night aground on a "
        "shoal just above Emmerich before the tide lifted her. She made fast for Wednesday "
        "night at Wesel, and on Friday she nosed into Duisburg."
    )
    story = parse(pipeline, text, date(2024, 10, 4))
    assert routes_by_actor(story)[0] == ("Marijke", ["Arnhem", "Emmerich", "Wesel", "Duisburg"])


def test_a_train_known_by_the_town_s_other_name_and_its_stops(pipeline: Pipeline) -> None:
    """'the port city of Nacala, still known as X' names the town, not the train; 'pulled out
    of the port city of' is the start; 'stopping to take on water at Cuamba' and 'was held for
    three hours at Lichinga' are stops; 'The train' retold names the mover of 'A
    nine-carriage mail train'."""
    text = (
        "A nine-carriage mail train reached Lichinga late on Friday. The train pulled out of "
        "the port city of Nacala, still widely known as Nacala-Porto, on Wednesday morning and "
        "crossed the plateau before stopping to take on water at Cuamba. On Friday morning it "
        "was held for three hours at Mandimba while a crew cleared the line, and it rolled "
        "into Lichinga before midnight."
    )
    story = parse(pipeline, text, date(2024, 5, 10))
    actor, places = routes_by_actor(story)[0]
    assert actor == "train"
    assert places == ["Nacala", "Cuamba", "Mandimba", "Lichinga"]


def test_a_ship_s_lakes_are_no_stops_and_its_locks_and_bridges_are(pipeline: Pipeline) -> None:
    """A freighter 'steamed east across Lake Ontario' (no stop, as a storm's sea would be),
    'locked up through the Welland Canal at St. Catharines' and 'slid under the Peace Bridge
    at Fort Erie'; 'Every sailor in Hamilton once worked one of these' is nobody's trip."""
    text = (
        "The bulk carrier Algoma Spirit loaded grain at Hamilton on Monday and steamed east "
        "across Lake Ontario. She locked up through the Welland Canal at St. Catharines on "
        'Tuesday. "Every sailor in Oshawa once worked one of these," her master said. On '
        "Wednesday she slid under the Peace Bridge at Fort Erie, and on Friday the freighter "
        "reached Cleveland."
    )
    story = parse(pipeline, text, date(2025, 10, 10))
    assert routes_by_actor(story)[0] == (
        "Algoma Spirit",
        ["Hamilton", "St. Catharines", "Fort Erie", "Cleveland"],
    )


def test_a_train_held_a_comrade_waiting_and_a_day_long_ago_at_the_place(
    pipeline: Pipeline,
) -> None:
    """'A rockslide ahead held the train for two hours at Dong Hoi' is a stop; 'his old
    comrade ... was waiting for him' in the last town is a meeting there; 'where the road
    washed out two years ago' dates nothing of the trip."""
    text = (
        "Tran Van Hoa left Hanoi on Monday and reached Vinh on Tuesday. A rockslide ahead held "
        "the train for two hours at Dong Hoi on Wednesday. In Hue his old comrade Le Van Tam "
        "was waiting for him at the station, where the roof blew off two years ago."
    )
    story = parse(pipeline, text, date(2025, 3, 7))
    assert routes_by_actor(story)[0] == ("Tran Van Hoa", ["Hanoi", "Vinh", "Dong Hoi", "Hue"])
    (meeting,) = story.meetings
    assert meeting.place == "Hue" and (meeting.date is None or meeting.date.year == 2025)


def test_a_herd_s_keeper_named_after_it_and_a_dog_named_by_its_kind(pipeline: Pipeline) -> None:
    """'Forty black sheep and their shepherd reached Ruthin' then 'Gareth Lloyd Evans ... set
    out with the flock from the market square in Bala on Aug 4' (the entity the model ran on
    into 'on Aug'): the shepherd's trip, with 'grazed the meadows outside Wrexham for two
    days'; and a dog 'named Mot' is Mot, not a donkey's owner."""
    text = (
        "Forty black sheep and their shepherd reached Ruthin on Friday after a week on the old "
        "drovers' road. Gareth Lloyd Evans, 61, set out with the flock from the market square "
        "in Bala on Aug 4. The sheep grazed the meadows outside Wrexham for two days, and the "
        "flock walked on to Ruthin."
    )
    story = parse(pipeline, text, date(2025, 8, 8))
    assert routes_by_actor(story)[0] == ("Gareth Lloyd Evans", ["Bala", "Wrexham", "Ruthin"])
    text = (
        "A sheepdog named Mot was reunited with his owner in Dolgellau on Friday. Mot had "
        "slipped his lead in Bala on Monday and ridden in a lorry as far as Aberystwyth."
    )
    story = parse(pipeline, text, date(2025, 8, 8))
    assert routes_by_actor(story)[0] == ("Mot", ["Bala", "Aberystwyth", "Dolgellau"])
    assert [m.place for m in story.meetings] == ["Dolgellau"]


def test_a_stay_moves_the_clock_of_the_telling_on(pipeline: Pipeline) -> None:
    """'there she spent more than a week' before 'two days later': the day after the stay,
    not two days after the last date told; 'over the weekend of Aug 30' is Aug 30."""
    text = (
        "Ines Duarte left Evora on May 2 and walked to Beja, and there she spent more than a "
        "week helping at a clinic. Two days later she reached Mertola. She rested in Tavira "
        "over the weekend of May 17."
    )
    story = parse(pipeline, text, date(2025, 5, 30))
    dated = dict(stops(story))
    assert dated["Mertola"] is not None and dated["Mertola"] >= date(2025, 5, 11)
    assert dated["Tavira"] == date(2025, 5, 17)


def test_a_storm_told_as_it_and_what_it_wrecks_on_the_way(pipeline: Pipeline) -> None:
    """A tornado 'reached Joplin about an hour later' then, as 'It', 'crossed into Missouri,
    flattening a barn outside Carthage' and 'struck Springfield': stops in the telling, the
    barn's town too."""
    text = (
        "A tornado touched down near Miami, Okla., on Monday and reached Joplin about an hour "
        "later. It crossed into Missouri shortly after 5 p.m., flattening a barn outside "
        "Carthage. Around 7 p.m. it struck Springfield, and it reached Lebanon before dark."
    )
    story = parse(pipeline, text, date(2025, 5, 20))
    assert routes_by_actor(story)[0] == (
        "tornado",
        ["Miami", "Joplin", "Carthage", "Springfield", "Lebanon"],
    )


def test_a_boat_casts_off_threads_a_sound_and_a_meeting_on_the_day_it_is_filed(
    pipeline: Pipeline,
) -> None:
    """'cast off from the harbour in Mikkeli' is the start, 'threaded the narrow sound at
    Puumala' a stop, 'built in 1911' dates no move; a lunch hosted 'on Friday' with no place,
    in a story filed from Kuopio that Friday, was in Kuopio; a wait 'for most of the day
    outside Varkaus' is a stop."""
    text = (
        "KUOPIO, Finland, July 11 (Reuters) - The steamer Suvi, built in 1911, tied up in Kuopio "
        "on Friday. The boat cast off from the harbour in Mikkeli on Monday and threaded the "
        "narrow sound at Puumala that evening. On Thursday it was held for most of the day "
        "outside Varkaus while divers checked a lock. The mayor, Petri Niskanen, on Friday "
        "hosted the captain, Aila Ruokonen, at a lunch."
    )
    story = parse(pipeline, text, date(2025, 7, 11))
    assert routes_by_actor(story)[0] == ("Suvi", ["Mikkeli", "Puumala", "Varkaus", "Kuopio"])
    assert [(m.place, m.date) for m in story.meetings] == [("Kuopio", date(2025, 7, 11))]


def test_a_visit_with_a_stand_on_a_bridge_talks_held_and_background_clauses(
    pipeline: Pipeline,
) -> None:
    """'held talks in Riga ..., some of which were signed in 2019' are talks of that day;
    'he stood on the old bridge in Daugavpils' is a stop; 'the Baltic coast' names no town;
    a placeless 'held talks with Ozola' in a sentence of its own is still a meeting, placed
    where the traveller is that day."""
    text = (
        "Lithuanian President Ona Vaitkute ended a visit to Latvia on the Baltic coast on "
        "Friday. She crossed from Vilnius on Tuesday and held talks in Riga with Latvian "
        "leaders on energy deals, some of which were signed in 2019. On Wednesday she visited "
        "Jelgava. On Thursday she stood on the old bridge in Daugavpils, looking at the river. "
        "On Friday she reached Liepaja, where the mayor, Anna Ozola, welcomed her. She held "
        "talks with Ozola on port investment."
    )
    story = parse(pipeline, text, date(2025, 10, 3))
    assert routes_by_actor(story)[0] == (
        "Ona Vaitkute",
        ["Vilnius", "Riga", "Jelgava", "Daugavpils", "Liepaja"],
    )
    met = [(m.place, m.date) for m in story.meetings]
    assert ("Riga", date(2025, 9, 30)) in met and ("Liepaja", date(2025, 10, 3)) in met


def test_a_name_the_model_missed_told_with_an_age_and_a_trade_before_a_name(
    pipeline: Pipeline,
) -> None:
    """'ACCRA, ... - Kwabena Asamoah Darko ran ...' with 'Darko, 52, a cocoa farmer' later
    (the model tags neither): the runner is Kwabena Asamoah Darko; 'Driver Esi Mensah, 41,'
    is Esi Mensah; 'held Mensah for two days in Techiman' keeps her there."""
    text = (
        "ACCRA, Ghana, Oct 31 (Reuters) - Kwabena Asamoah Darko ran into Accra on Friday after "
        "a 600-km run from Tamale. Darko, 52, a cocoa farmer, set off from Tamale on Oct 20 and "
        "reached Kintampo two days later."
    )
    story = parse(pipeline, text, date(2025, 10, 31))
    assert routes_by_actor(story)[0] == ("Kwabena Asamoah Darko", ["Tamale", "Kintampo", "Accra"])
    text = (
        "Driver Esi Mensah, 41, pulled out of a depot in Kumasi on Sept 3 and drove north. A "
        "broken charger held Mensah for two days in Techiman, and on Sept 8 she reached Tamale."
    )
    story = parse(pipeline, text, date(2025, 9, 12))
    assert routes_by_actor(story)[0] == ("Esi Mensah", ["Kumasi", "Techiman", "Tamale"])


def test_moves_found_out_of_order_are_dated_and_told_in_the_telling(pipeline: Pipeline) -> None:
    """'On May 6 the van climbed into the hills to Gurue, and two days later it crossed into
    Niassa province and pulled into Cuamba': May 6 is the climb's, May 8 the arrival's (the
    climb is found in a later pass over the words); a stay 'spent its first three days in
    Ribaue' and 'spent two nights in Mandimba' told after a dated arrival keep the telling."""
    text = (
        "Dr Ana Mucavele drove the van out of Nampula on May 2. The team spent its first three "
        "days in Ribaue. On May 6 the van climbed into the hills to Gurue, and two days later "
        "it crossed into Niassa province and pulled into Cuamba. It spent two nights in "
        "Mandimba before the last ride west on Thursday, and on Friday it reached Lichinga."
    )
    story = parse(pipeline, text, date(2025, 5, 16))
    dated = dict(stops(story))
    assert dated["Gurue"] == date(2025, 5, 6) and dated["Cuamba"] == date(2025, 5, 8)
    assert route_places(story) == ["Nampula", "Ribaue", "Gurue", "Cuamba", "Mandimba", "Lichinga"]


def test_a_storm_roars_in_buries_and_shuts_and_a_rider_leads_a_named_mare(
    pipeline: Pipeline,
) -> None:
    """A blizzard that 'roared into Fargo', 'shut schools in Bismarck' and 'buried Jamestown'
    passes each; 'led the mare, Bella, out of a barn in Dickinson' is the rider's start, not a
    trip of Bella's."""
    text = (
        "A blizzard roared into Fargo on Wednesday evening, two days after it came down off the "
        "Rockies. The storm first struck Dickinson on Monday. On Tuesday morning the storm shut "
        "schools in Bismarck, and it buried Jamestown under 30 cm of snow by Wednesday."
    )
    story = parse(pipeline, text, date(2025, 1, 22))
    assert routes_by_actor(story)[0] == (
        "blizzard",
        ["Dickinson", "Bismarck", "Jamestown", "Fargo"],
    )
    text = (
        "Karen Olsen, 52, led the mare, Bella, out of a barn in Dickinson on May 5 and rode east "
        "to Bismarck, where she spent two nights. On May 9 she reached Jamestown."
    )
    story = parse(pipeline, text, date(2025, 5, 12))
    assert [actor for actor, _ in routes_by_actor(story)] == ["Karen Olsen"]


def test_a_surname_the_model_tagged_alone_takes_the_full_name_told_with_an_age(
    pipeline: Pipeline,
) -> None:
    """'Ilse Brandvold, a 41-year-old ferry pilot, ...' when the model tags only the surname
    (set here by hand): 'Brandvold' stands for Ilse Brandvold; a full name the model tagged
    ('Tomas Berg') is not replaced by the longer 'Father Tomas Berg' of 'Father Tomas Berg,
    a 70-year-old priest'."""
    text = (
        "Ilse Brandvold, a 41-year-old ferry pilot, sailed into Tromso. Brandvold left Bodo. "
        "Father Tomas Berg, a 70-year-old priest, met her."
    )
    doc = pipeline.nlp(text)
    spans = [(text.index("Brandvold,"), "Brandvold"), (text.index("Tomas"), "Tomas Berg")]
    doc.ents = [doc.char_span(at, at + len(name), label="PERSON") for at, name in spans]
    people = canonical_people(doc)
    assert people["Brandvold"] == "Ilse Brandvold"
    assert people["Tomas Berg"] == "Tomas Berg" and "Father Tomas Berg" not in people


def test_a_name_with_a_particle_a_clause_before_the_verb_and_a_stay_kept(
    pipeline: Pipeline,
) -> None:
    """'Joaquim dos Santos Ferreira, a 58-year-old drover' is the mover (not the model's
    'Santos Ferreira'); 'Ferreira, a trumpeter who has led the band since his father died in
    1998, left Bage on July 5' left on July 5; 'A lame horse kept them two nights in Pelotas'
    is a stop; 'trotted into Rio Grande'; 'the mayor received the flag from him' meets him;
    'on the Uruguayan border' is no stop."""
    text = (
        "RIO GRANDE, Brazil, July 12 (Reuters) - Joaquim dos Santos Ferreira, a 58-year-old "
        "drover, trotted into Rio Grande on Friday. Ferreira, a trumpeter who has led the band "
        "since his father died in 1998, left Bage, on the Uruguayan border, on July 5 and rode "
        "east to Pelotas. A lame horse kept them two nights in Pelotas. On Friday the mayor "
        "received the flag from him at the city hall."
    )
    story = parse(pipeline, text, date(2025, 7, 12))
    actor, places = routes_by_actor(story)[0]
    assert places == ["Bage", "Pelotas", "Rio Grande"]
    assert actor == "Joaquim dos Santos Ferreira"
    assert dict(stops(story))["Bage"] == date(2025, 7, 5)
    assert [m.place for m in story.meetings] == ["Rio Grande"]


def test_the_lede_s_subject_the_parse_hung_on_the_dateline_and_a_boat_pushed_off(
    pipeline: Pipeline,
) -> None:
    """'GASPE, Quebec, Aug 22 (Reuters) - Marie Gagnon, a 31-year-old nurse, paddled into
    ...' with her mother waiting: the paddler, untagged by the model and parsed as the root or
    an apposition of the dateline, is the mover, not the mother; 'pushed off from the beach at
    Rimouski' is her start."""
    text = (
        "GASPE, Quebec, Aug 22 (Reuters) - Marie Gagnon, a 31-year-old nurse, paddled into the "
        "harbour at Gaspe on Friday after 20 days alone in a sea kayak, and her mother, Lucie, "
        "waded into the water to hug her. Gagnon pushed off from the beach at Rimouski on Aug "
        "2. She reached Matane after two days of fog, and on Aug 12 she pulled into Cap-Chat."
    )
    story = parse(pipeline, text, date(2025, 8, 22))
    assert routes_by_actor(story)[0] == (
        "Marie Gagnon",
        ["Rimouski", "Matane", "Cap-Chat", "Gaspe"],
    )


def test_a_trucker_s_trip_in_the_past_perfect_loads_passes_a_border_post_and_goes_back(
    pipeline: Pipeline,
) -> None:
    """'had loaded diesel at the depot in Eldoret' is a stop; 'had driven up the highway
    through Kitale, where he had slept at a truck stop, to the border post at Busia' is the
    driver's (not the highway's) and reaches Busia; 'before reaching Kampala on Feb 14' is back
    story; 'had taken a bus back to Jinja' comes after Kampala; 'climbed down from a matatu in
    Nakuru' ends the ride there, where 'his daughter ... ran across the yard to hug him'; the
    railway's history of 1901 (Kisumu, and Voi in its clause) is no stop."""
    text = (
        "NAKURU, Kenya, March 20 (Reuters) - Peter Mwangi, a 51-year-old tanker driver, climbed "
        "down from a matatu in Nakuru on Thursday, and his daughter, Grace, ran across the yard "
        "to hug him. Mwangi had loaded 30,000 litres of diesel at the depot in Eldoret on Feb 10 "
        "and had driven up the highway through Kitale, where he had slept at a truck stop, to "
        "the border post at Busia. He had crossed into Uganda on Feb 12 and had driven on to "
        "Jinja before reaching Kampala on Feb 14. Police had impounded the tanker there, and "
        "Mwangi had taken a bus back to Jinja, where a cousin lent him money. The first railway "
        "workers reached Kisumu in December 1901 aboard a train, which had steamed from Voi."
    )
    story = parse(pipeline, text, date(2025, 3, 20))
    actor, places = routes_by_actor(story)[0]
    assert actor == "Peter Mwangi"
    assert places == ["Eldoret", "Kitale", "Busia", "Jinja", "Kampala", "Jinja", "Nakuru"]
    assert [m.place for m in story.meetings] == ["Nakuru"]


def test_a_caravan_towed_a_stay_told_by_its_length_and_a_wife_waiting_at_the_end(
    pipeline: Pipeline,
) -> None:
    """Who 'towed his caravan into Darwin' is the mover; 'stayed on in Tennant Creek for almost
    two weeks, then set off' starts the trip there; 'The retired farmers from Tasmania' come
    from Tasmania, which is no stop; the wife waits 'at the city's airport' (Darwin), not in
    the clause 'after a fall split the couple up in Tennant Creek'."""
    text = (
        "DARWIN, Australia, Aug 14 (Reuters) - When Keith Lawson, 71, towed his caravan into "
        "Darwin on Thursday, his wife Marjorie was waiting for him at the city's airport, four "
        "weeks after a fall split the couple up in Tennant Creek. The retired farmers from "
        "Tasmania had been touring the Northern Territory since May. Keith stayed on in Tennant "
        "Creek for almost two weeks, then set off north alone on Aug 1. He stopped first at "
        "Elliott and spent two nights at Katherine."
    )
    story = parse(pipeline, text, date(2025, 8, 14))
    assert routes_by_actor(story) == [
        ("Keith Lawson", ["Tennant Creek", "Elliott", "Katherine", "Darwin"])
    ]
    assert [(m.place, m.participants) for m in story.meetings] == [
        ("Darwin", ("Keith Lawson", "Marjorie"))
    ]


def _stop(place: str, day: date | None, role: str, kind: str = "city", cc: str = "") -> Stop:
    return Stop(place, 0.0, float(len(place)), day, role, kind, cc)  # type: ignore[arg-type]


def test_a_meeting_dated_to_the_day_takes_its_day_s_place_from_an_undated_country() -> None:
    """An undated country told after stops dated later than a meeting there gives way to the
    meeting, which comes by its day; told in a list before the dated stops, it is refined in
    place."""
    meeting = Meeting("Tegucigalpa", 14.1, -87.2, date(2025, 5, 6), ("Matos",), country_code="HN")
    late = [
        _stop("Lisbon", date(2025, 5, 6), "origin"),
        _stop("Danli", date(2025, 5, 7), "destination"),
        _stop("Leon", date(2025, 5, 8), "waypoint"),
        _stop("Honduras", None, "destination", "country", "HN"),
        _stop("Managua", date(2025, 5, 9), "destination"),
    ]
    found = _with_meeting_destination(late, "Matos", [meeting], date(2025, 5, 9), set(), {})
    assert [s.place for s in found] == ["Lisbon", "Tegucigalpa", "Danli", "Leon", "Managua"]
    listed = [
        _stop("Cabo Verde", None, "destination", "country", "CV"),
        _stop("Honduras", None, "destination", "country", "HN"),
        _stop("Angola", None, "destination", "country", "AO"),
        _stop("Washington", date(2025, 5, 9), "destination"),
    ]
    found = _with_meeting_destination(listed, "Matos", [meeting], date(2025, 5, 9), set(), {})
    assert [s.place for s in found] == ["Cabo Verde", "Tegucigalpa", "Angola", "Washington"]


def test_a_load_in_the_back_of_a_lorry_is_its_driver_s_trip(pipeline: Pipeline) -> None:
    """'A carved racing canoe reached Kisumu ... in the back of a lorry' that 'Omar Bakari, 61,
    ... drove himself' is his trip; 'as most fishermen call the old town' names no mover; 'The
    road west to Thika took him two days' reaches Thika; 'pulled into a lay-by outside Nakuru'
    stops at Nakuru."""
    text = (
        "KISUMU, Kenya, July 18 (Reuters) - A carved racing canoe reached Kisumu on Friday in the "
        "back of a lorry, a week after it left Malindi for the lake regatta. Omar Bakari, 61, "
        "whose family has built boats for five generations, drove the lorry himself. They pulled "
        "out of his yard in Malindi, as most fishermen call the old town, on July 11 and drove "
        "north-west to Garissa. The road west to Thika took him two days on Monday, and on "
        "Wednesday he pulled into a lay-by outside Nakuru for the night."
    )
    story = parse(pipeline, text, date(2025, 7, 18))
    assert routes_by_actor(story) == [
        ("Omar Bakari", ["Malindi", "Garissa", "Thika", "Nakuru", "Kisumu"])
    ]


def test_a_troupe_s_bus_is_its_director_s_trip_and_a_reception_earlier_that_day(
    pipeline: Pipeline,
) -> None:
    """'The troupe's bus' is the trip of 'the troupe's director, Rosa Quispe'; 'Earlier that
    day the city's governor received the troupe's director' is a meeting where she was that
    day, though the arrival is told after it ('the bus pulled into Sucre on Friday evening');
    'took them to Aiquile, ..., and the bus pulled into Sucre on Friday evening' reached Sucre
    after Aiquile."""
    text = (
        "SUCRE, Bolivia, Oct 20 (Reuters) - A troupe of ten Andean dancers ended a two-week tour "
        "in Sucre on Sunday night. Earlier that day the city's governor received the troupe's "
        "director, Rosa Quispe, 52, at his office. The troupe's bus set out from La Paz on Oct 6, "
        "and its first show was in Oruro two days later. On Oct 12 it drove east to Cochabamba, "
        "and the long road south then took them to Aiquile, where they danced in the square, and "
        "the bus pulled into Sucre on Friday evening."
    )
    story = parse(pipeline, text, date(2025, 10, 20))
    assert routes_by_actor(story) == [
        ("Rosa Quispe", ["La Paz", "Oruro", "Cochabamba", "Aiquile", "Sucre"])
    ]
    assert [(m.place, m.date) for m in story.meetings] == [("Sucre", date(2025, 10, 19))]


def test_a_year_in_a_where_clause_dates_no_move_and_stays_told_in_a_town(
    pipeline: Pipeline,
) -> None:
    """'went east to Paris, where Mark Twain's uncle kept a store in 1850, and on to Monroe
    City': both are the painter's, undated; 'In Palmyra she painted the courthouse' is a stay
    told in the order of the telling, after the moves told before it."""
    text = (
        "HANNIBAL, Missouri, Sept 6 (Reuters) - Dana Lutz finished her fifth mural on Saturday "
        "in Hannibal. Lutz set out in July from Boonville, where she painted a steamboat. She "
        "then drove north to Moberly. From there she went east to Paris, where Mark Twain's "
        "uncle kept a store in 1850, and on to Monroe City. In Palmyra she painted the "
        "courthouse. The last leg took her north to Hannibal."
    )
    story = parse(pipeline, text, date(2025, 9, 6))
    assert routes_by_actor(story) == [
        ("Dana Lutz", ["Boonville", "Moberly", "Paris", "Monroe City", "Palmyra", "Hannibal"])
    ]


def test_meetings_on_days_the_traveller_was_in_towns_far_apart_are_two(
    pipeline: Pipeline,
) -> None:
    """A reception in Seoul on the day of landing and shipbuilders met in Busan four days later
    are two meetings, though neither names a town of its own in the same way."""
    text = (
        "BUSAN, South Korea, April 11 (Reuters) - Norway's King Harald wrapped up a five-day "
        "state visit to South Korea in Busan on Friday, meeting shipbuilders from the Gyeongsang "
        "region. The king flew out of Oslo on Sunday and landed in Seoul on Monday morning. That "
        "afternoon he was received by President Lee Jae-myung at the presidential office. On "
        "Wednesday he travelled on to Gyeongju, and he arrived in Busan late on Thursday."
    )
    story = parse(pipeline, text, date(2025, 4, 11))
    assert sorted((m.place, m.date) for m in story.meetings) == [
        ("Busan", date(2025, 4, 11)),
        ("Seoul", date(2025, 4, 7)),
    ]


def test_scenes_shot_a_bridge_run_into_a_town_and_a_governor_receiving_by_surname(
    pipeline: Pipeline,
) -> None:
    """'shot their first scenes ... at a roadside market in Uyo' is a stop, no attack; 'crossed
    the Imo River Bridge into Owerri' reaches Owerri; 'the governor received Obi' (named in full
    in another sentence) is a meeting in Enugu, which comes before 'The van then went on to
    Makurdi'."""
    text = (
        "ABUJA, Nigeria, May 16 (Reuters) - A theatre company of 15 actors rolled into Abuja on "
        "Friday after ten days on the road from Calabar. Director Ifeoma Obi, 44, said the tour "
        "was about roads. The company's van left Calabar on May 6, and the actors shot their "
        "first scenes two days later at a roadside market in Uyo. On May 9 they drove on to Aba, "
        "and the next morning the van crossed the Imo River Bridge into Owerri. In Enugu on May "
        "12 the governor received Obi and her actors at his lodge. The van then went on to "
        "Makurdi, and on Friday it crawled into Abuja."
    )
    story = parse(pipeline, text, date(2025, 5, 16))
    assert route_places(story) == [
        "Calabar", "Uyo", "Aba", "Owerri", "Enugu", "Makurdi", "Abuja"
    ]  # fmt: skip
    assert [(m.place, m.date) for m in story.meetings] == [("Enugu", date(2025, 5, 12))]
    assert not [e for e in story.events if e.event_type == "attack"]


def test_a_trip_told_only_after_a_lede_that_names_the_traveller_without_a_move(
    pipeline: Pipeline,
) -> None:
    """'- Rosa Huaman, a 30-year-old harpist ..., won the regional harp contest' tells no move,
    so 'She had left her village outside Andahuaylas' is hers; 'had played the patron saint's
    festival in Curahuasi' and 'spent the harvest working in the fields outside Limatambo' are
    stops."""
    text = (
        "CUSCO, Peru, Sept 2 (Reuters) - Rosa Huaman, a 30-year-old harpist from the highlands "
        "of Apurimac, won the regional harp contest on Sunday night in Cusco. For Huaman it was "
        "the end of a long road. She had left her village outside Andahuaylas last November with "
        "her brother. The two had ridden in the back of a lorry to Abancay, where she had played "
        "for tips in the market. In December they had played the patron saint's festival in "
        "Curahuasi, and they had then spent the harvest working in the fields outside Limatambo. "
        "In August they had finally caught a bus to Cusco."
    )
    story = parse(pipeline, text, date(2025, 9, 2))
    assert routes_by_actor(story) == [
        ("Rosa Huaman", ["Andahuaylas", "Abancay", "Curahuasi", "Limatambo", "Cusco"])
    ]


def test_a_bridge_s_name_a_square_parked_in_a_long_climb_and_a_trip_s_planned_end(
    pipeline: Pipeline,
) -> None:
    """'the Ampera bridge' names no town; 'parked in the main square of Prabumulih' and 'made
    the long climb to Lahat' are stops; 'intends to end the trip on the beach at Bengkulu' is
    the last; 'Van Wyk, 58,' is 'Marike van Wyk'."""
    text = (
        "BENGKULU, Indonesia, Nov 5 (Reuters) - Marike van Wyk, a Dutch nurse, is riding an old "
        "scooter across southern Sumatra. Van Wyk, 58, left Palembang on Saturday, rattling "
        "across the Ampera bridge at dawn. On Monday she parked in the main square of Prabumulih "
        "for the night, and on Tuesday she made the long climb to Lahat. She intends to end the "
        "trip on the beach at Bengkulu."
    )
    story = parse(pipeline, text, date(2025, 11, 5))
    assert routes_by_actor(story) == [
        ("Marike van Wyk", ["Palembang", "Prabumulih", "Lahat", "Bengkulu"])
    ]
    assert "Ampera" not in {p.mention.text for p in story.places}


def test_a_small_place_read_only_by_another_name_abroad_is_left_unread(
    pipeline: Pipeline,
) -> None:
    """'crossed into Savo' in a story told wholly in Finland is no reading of Savona, Italy
    (which GeoNames also calls Savo)."""
    text = (
        "OULU, Finland, Sept 26 (Reuters) - A mobile library towed by a tractor reached Oulu on "
        "Friday. Its driver, Pekka Laine, left Jyvaskyla on Sept 20 and spent two nights in "
        "Kuopio. On Sept 23 he crossed into Savo and stopped in Iisalmi, and on Thursday he "
        "reached Kajaani before the last leg to Oulu."
    )
    story = parse(pipeline, text, date(2025, 9, 26))
    savo = next(p for p in story.places if p.mention.text == "Savo")
    assert savo.chosen is None
    assert route_places(story) == ["Jyvaskyla", "Kuopio", "Iisalmi", "Kajaani", "Oulu"]


def test_an_official_s_reception_told_after_the_arrival_and_a_wait_at_an_uncle_s_house(
    pipeline: Pipeline,
) -> None:
    """'The university's vice-chancellor received her in his office', told right after the
    arrival in Lusaka, is a meeting there; 'left her uncle's house in Chipata ... and waited
    three hours' is no relative waiting for her."""
    text = (
        "LUSAKA, Feb 14 (Reuters) - Chanda Mwale walked through the gates of the University of "
        "Zambia in Lusaka on Friday, five days after she set out from Chipata. The university's "
        "vice-chancellor received her in his office. Mwale left her uncle's house in Chipata on "
        "Feb 9 and waited three hours at a fuel station before a lorry driver took her to Petauke."
    )
    story = parse(pipeline, text, date(2025, 2, 14))
    assert [m.place for m in story.meetings] == ["Lusaka"]
    assert route_places(story) == ["Chipata", "Petauke", "Lusaka"]


def test_a_region_and_a_gorge_read_abroad_in_a_story_told_in_one_country(
    pipeline: Pipeline,
) -> None:
    """'his village in Transylvania' is no reading of Transylvania County, North Carolina, in a
    story told in Romania, and 'the Olt gorge' names the gorge, no town."""
    text = (
        "SIBIU, Romania, Oct 12 (Reuters) - Shepherd Ion Popa set out with 800 sheep from his "
        "village in Transylvania on Oct 1. He drove the flock through the Olt gorge to Talmaciu, "
        "then south to Ramnicu Valcea and Dragasani, and on Sunday he reached Caracal."
    )
    story = parse(pipeline, text, date(2025, 10, 12))
    read = {p.mention.text: p.chosen for p in story.places}
    assert read["Transylvania"] is None and "Olt" not in read
    assert routes_by_actor(story) == [
        ("Ion Popa", ["Sibiu", "Talmaciu", "Ramnicu Valcea", "Dragasani", "Caracal"])
    ]


def test_a_vessel_s_name_is_never_the_dateline_after_a_headline() -> None:
    """A headline that ends in 'ferry' and the capitals of the dateline below it name no
    vessel ('ferry' then 'DAVAO')."""
    text = (
        "Driver takes his jeepney home by road and ferry\n\nDAVAO, Philippines, Jan 25 (Reuters) "
        "- A second ferry landed him in Surigao."
    )
    moved = Event(None, "", ("second ferry",), "landed", "travel", None, text, 0, 0)
    assert _named_vessels([moved], text)[0].actors == ("second ferry",)


def test_a_followed_way_a_flying_club_and_a_craft_kept_on_the_ground(pipeline: Pipeline) -> None:
    """Whatever a mover follows is the way ('followed the canyons west to', 'followed the
    orchards north to'); 'a flying club field at Ohakea' is where a flight took off, not a
    flight; 'kept the glider on the ground for a day at Taupo' is a stop."""
    text = (
        "NAPIER, New Zealand, Jan 30 (Reuters) - Glider pilot Aroha Tane took off from a flying "
        "club field at Masterton on Jan 20 and followed the orchards north to Hastings. Fog kept "
        "the glider on the ground for a day at Taupo, and on Jan 27 she followed the canyons "
        "east to Wairoa."
    )
    story = parse(pipeline, text, date(2025, 1, 30))
    assert routes_by_actor(story) == [("Aroha Tane", ["Masterton", "Hastings", "Taupo", "Wairoa"])]


def test_a_board_ridden_onto_a_beach_at_a_town_s_edge_and_a_cape_rounded(
    pipeline: Pipeline,
) -> None:
    """'rounded Capo Testa' names a cape, no person who goes on to travel; 'rode her board onto
    a beach on the northern edge of Alghero' ends the ride there."""
    text = (
        "ALGHERO, Italy, June 9 (Reuters) - Sara Piras set off from the beach at Bosa on June 2. "
        "On June 4 she rounded Capo Testa and came ashore at Stintino. On Monday she rode her "
        "kiteboard onto a beach on the northern edge of Alghero."
    )
    story = parse(pipeline, text, date(2025, 6, 9))
    assert routes_by_actor(story) == [("Sara Piras", ["Bosa", "Stintino", "Alghero"])]


def test_days_spent_in_the_homes_of_a_town_and_a_day_told_in_a_clause_of_its_own(
    pipeline: Pipeline,
) -> None:
    """'spent three days in the old people's homes of Ponnani' is a stay there; 'and on Friday it
    covered the last 90 km' dates the clause it opens, not the night in Tirur before it."""
    text = (
        "KOCHI, India, March 7 (Reuters) - The mobile library of Anil Kumar left Kozhikode on "
        "March 1. Kumar spent three days in the old people's homes of Ponnani. From there the van "
        "turned north-east to Tirur, where it spent a night, and on Friday it covered the last "
        "90 km to the city."
    )
    story = parse(pipeline, text, date(2025, 3, 7))
    places = route_places(story)
    assert places[:3] == ["Kozhikode", "Ponnani", "Tirur"]
    tirur = next(e for e in story.events if e.place and e.place.mention.text == "Tirur")
    assert tirur.date is None


def test_a_wait_for_a_traveller_selects_its_sentence_and_a_date_inside_a_town_s_name(
    pipeline: Pipeline,
) -> None:
    """'The mayor of Nerja was waiting for him beside the green' is a meeting in a sentence with
    no other cue; 'in May Pen' is no date of May; 'the next weekend' is told from the story's
    last date, not the publication's."""
    text = (
        "NERJA, Spain, Oct 24 (Reuters) - Luis Romero walked into Nerja on Thursday. The mayor of "
        "Nerja was waiting for him beside the green.\n\nKINGSTON, Aug 2 (Reuters) - The band left "
        "Kingston on July 11. The next weekend the crew played in May Pen."
    )
    story = parse(pipeline, text, date(2025, 10, 24))
    assert [m.place for m in story.meetings] == ["Nerja"]
    may_pen = next(e for e in story.events if e.place and e.place.mention.text == "May Pen")
    assert may_pen.date is None


def test_a_college_town_and_a_theatre_played_and_a_town_that_drew_the_tour_s_crowd(
    pipeline: Pipeline,
) -> None:
    """'played the college town of Oberlin ... and a theatre in Sandusky' are two stops; 'The
    first night on the road was in Elyria' is one; 'Norwalk drew the biggest crowd of the tour'
    is a stop of the tour, not a mover; GeoNames' '(village)' is not part of a town's name."""
    text = (
        "TOLEDO, Ohio, Sept 30 (Reuters) - Carl Brandt, a magician, left Cleveland on Sept 10. The "
        "first night on the road was in Elyria. He played the college town of Oberlin on Sept 14 "
        "and a theatre in Sandusky the following weekend. Norwalk drew the biggest crowd of the "
        "tour, and on Sept 28 he drove west to Toledo."
    )
    story = parse(pipeline, text, date(2025, 9, 30))
    assert routes_by_actor(story) == [
        ("Carl Brandt", ["Cleveland", "Elyria", "Oberlin", "Sandusky", "Norwalk", "Toledo"])
    ]


def test_an_official_s_wait_and_a_daughter_joining_in_sentences_that_name_no_place(
    pipeline: Pipeline,
) -> None:
    """'The governor was waiting for him on the quay' and 'His daughter joined him at the
    station' name no place, yet each is a meeting where the traveller had arrived."""
    waited = parse(
        pipeline,
        "KAZAN, Russia, Oct 24 (Reuters) - Ilya Petrov rowed into Kazan on Thursday. The "
        "governor was waiting for him on the quay.",
        date(2025, 10, 24),
    )
    joined = parse(
        pipeline,
        "PERM, Russia, Oct 24 (Reuters) - Ilya Petrov rowed into Perm on Thursday. His daughter "
        "joined him at the station.",
        date(2025, 10, 24),
    )
    assert [(m.place, m.date) for m in waited.meetings] == [("Kazan", date(2025, 10, 23))]
    assert [(m.place, m.date) for m in joined.meetings] == [("Perm", date(2025, 10, 23))]
