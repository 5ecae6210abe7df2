"""Who moves, and moves told without a travel verb, on short articles written for these tests
(real model and gazetteer)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.events import _without_title
from geo.models import Document, Story
from geo.pipeline import Pipeline, default_pipeline
from geo.routes import _one_given_name


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def parse(pipeline: Pipeline, text: str, published: date) -> Story:
    return pipeline.parse(Document("t", text, published=published))


def routes(story: Story) -> list[tuple[str, list[str]]]:
    return [(r.actor, [s.place for s in r.stops]) for r in story.routes]


def places(story: Story) -> list[list[str]]:
    return [[s.place for s in r.stops] for r in story.routes]


def test_a_verb_of_the_manner_of_moving_with_a_way_and_a_place_is_a_move(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Freight train reaches the Urals\n\nMOSCOW, Oct 8 - The freight train left Kazan on "
        "Monday and ran east to Yekaterinburg on Tuesday.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Kazan", "Yekaterinburg"]]


def test_a_verb_of_the_manner_of_moving_with_no_place_after_its_way_is_no_move(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Ferry sinks\n\nMWANZA, Oct 8 (Reuters) - Joseph Magesa travelled from Musoma to Mwanza on "
        "Monday. Passengers rushed to one side when water came in, and he swam to Nansio.",
        date(2025, 10, 8),
    )
    assert [r.actor for r in story.routes] == ["Joseph Magesa"]


def test_head_read_as_a_noun_before_its_way_is_the_move_of_the_name_before_it(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Tigers on the road\n\nREGINA, Oct 8 (CP) - The Medicine Hat Tigers boarded their bus in "
        "Medicine Hat on Monday. The Tigers head east to Brandon, then double back to Prince "
        "Albert.",
        date(2025, 10, 8),
    )
    assert routes(story) == [("Medicine Hat Tigers", ["Medicine Hat", "Brandon", "Prince Albert"])]


def test_its_trip_is_the_trip_of_its_clauses_subject_not_of_a_person_named_before(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Torch reaches Suva\n\nSUVA, Oct 10 (AP) - Prime Minister Sitiveni Rabuka received the "
        "torch at a ceremony on Friday, as the relay reached Suva on the third day of its tour. "
        "The torch had landed at Nadi on Wednesday on a flight from Port Vila.",
        date(2025, 10, 10),
    )
    assert [r.actor for r in story.routes] != ["Sitiveni Rabuka"]
    assert routes(story)[0][1] == ["Port Vila", "Nadi", "Suva"]


def test_where_a_brood_was_bred_is_its_origin(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Locusts reach India\n\nJAIPUR, Oct 8 - The desert locusts bred in Sindh province last "
        "month and crossed into India near Jaisalmer on Monday.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Sindh", "Jaisalmer"]]


def test_where_an_animal_was_tagged_is_its_origin(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Turtle reaches Bali\n\nPERTH, Oct 8 - The turtle was tagged near Exmouth on Sept. 20. "
        "It was tracked to Bali last week.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Exmouth", "Bali"]]


def test_a_thing_tagged_with_an_object_is_no_move(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Photo\n\nPERTH, Oct 8 (AAP) - Jane Doe tagged the photo in Exmouth on Monday and flew "
        "from Perth to Broome on Tuesday.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Perth", "Broome"]]


def test_a_named_traveller_who_was_somewhere_on_a_day_was_there(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Scholz in the Baltics\n\nBERLIN, Oct 8 (dpa) - German Chancellor Olaf Scholz was in "
        "Vilnius on Monday. He flew to Riga on Tuesday.",
        date(2025, 10, 8),
    )
    assert routes(story) == [("Olaf Scholz", ["Vilnius", "Riga"])]


def test_where_a_named_traveller_was_in_a_relative_clause_is_no_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Scholz in the Baltics\n\nBERLIN, Oct 8 (dpa) - German Chancellor Olaf Scholz, who was "
        "in Vilnius last year, flew from Berlin to Riga on Tuesday.",
        date(2025, 10, 8),
    )
    assert routes(story) == [("Olaf Scholz", ["Berlin", "Riga"])]


def test_a_move_told_in_the_present_of_a_plural_subject_with_a_weekday_is_to_come(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Tigers on the road\n\nREGINA, Oct 8 (CP) - The Medicine Hat Tigers boarded their bus in "
        "Medicine Hat on Monday. The Tigers head east to Brandon on Friday, then double back to "
        "Prince Albert on Sunday and close the trip in Saskatoon on Monday.",
        date(2025, 10, 8),  # a Wednesday
    )
    assert [(s.place, s.date) for s in story.routes[0].stops] == [
        ("Medicine Hat", date(2025, 10, 6)),
        ("Brandon", date(2025, 10, 10)),
        ("Prince Albert", date(2025, 10, 12)),
        ("Saskatoon", date(2025, 10, 13)),
    ]


def test_a_plural_subject_that_set_off_on_a_weekday_set_off_before(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Herders on the move\n\nKARASJOK, Oct 8 (NTB) - The herders set off from Karasjok on "
        "Monday and will reach Lakselv on Friday.",
        date(2025, 10, 8),
    )
    assert [(s.place, s.date) for s in story.routes[0].stops] == [
        ("Karasjok", date(2025, 10, 6)),
        ("Lakselv", date(2025, 10, 10)),
    ]


def test_an_armed_group_that_takes_a_town_has_moved_there(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Front moves west\n\nKYIV, Oct 8 (Reuters) - Russian forces captured Mariupol on Sunday. "
        "On Monday they broke through at Volnovakha, and on Tuesday they took the city of "
        "Donetsk.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Mariupol", "Volnovakha", "Donetsk"]]


def test_a_person_who_takes_a_state_in_a_vote_has_not_moved_there(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Senator wins\n\nWASHINGTON, Oct 8 (AP) - Senator Jane Doe took Pennsylvania on Monday "
        "and flew from Washington to Miami on Tuesday.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Washington", "Miami"]]


def test_a_halt_is_a_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Night train\n\nBEIJING, Oct 8 (Xinhua) - The night train left Beijing on Monday "
        "evening. After a two-hour halt at Datong it reached Erenhot on Tuesday morning.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Beijing", "Datong", "Erenhot"]]


def test_halting_something_somewhere_is_no_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Ash cloud\n\nROME, Oct 8 (Reuters) - Jane Doe flew from Rome to Catania on Monday. "
        "The ash cloud halted flights at Palermo on Tuesday.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Rome", "Catania"]]


@pytest.mark.xfail(
    strict=True,
    reason=(
        "merge of branches layout and movers: the layout rule that a departure dated only by the "
        "move told before it goes on from that move (5d38bd3) puts 'were carried off from Benin "
        "City' (its 'in 1897' is no date the finder reads: years before 1900 are left out) after "
        "the flight from London; each branch alone passed"
    ),
)
def test_things_carried_off_in_the_passive_move_from_there(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Bronzes return\n\nLAGOS, Oct 8 (Reuters) - Twenty bronzes arrived in Lagos on Monday "
        "aboard a flight from London. The bronzes were carried off from the royal palaces of "
        "Benin City in 1897 and kept in London. They will go on show in Lagos before moving to "
        "a new museum being built in Benin City.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Benin City", "London", "Lagos", "Benin City"]]


def test_a_place_deep_in_the_subject_phrase_is_no_stop_of_its_move(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Survivor\n\nDJIBOUTI, Oct 8 (Reuters) - Abdi Kedir left Dire Dawa on Friday. The "
        "teenager, one of 32 survivors of Sunday's sinking off Obock, was brought to Tadjourah "
        "by bus on Tuesday.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Dire Dawa", "Tadjourah"]]


def test_a_compass_word_may_stand_between_a_verb_and_its_way(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Lava\n\nLOS LLANOS, Oct 8 (AP) - The lava flow emerged from a fissure above El Paso on "
        "Sunday and crept west into Tazacorte on Tuesday.",
        date(2025, 10, 8),
    )
    assert places(story) == [["El Paso", "Tazacorte"]]


def test_a_mover_found_somewhere_was_there(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Missing hiker found\n\nROME, Oct 8 (Reuters) - Jane Doe left Milan on Monday. She was "
        "found unharmed in a hut outside Bologna on Tuesday.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Milan", "Bologna"]]


def test_a_person_told_again_by_nationality_and_role_is_the_same_mover(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Ruto in Japan\n\nTOKYO, Oct 8 (Reuters) - Kenyan President William Ruto arrived in "
        "Tokyo on Monday. The Kenyan leader flew on to Osaka on Tuesday and will return to "
        "Nairobi on Friday.",
        date(2025, 10, 8),
    )
    assert routes(story) == [("William Ruto", ["Tokyo", "Osaka", "Nairobi"])]


def test_a_role_of_another_nationality_is_another_mover(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Ruto in Japan\n\nTOKYO, Oct 8 (Reuters) - Kenyan President William Ruto arrived in "
        "Tokyo on Monday and flew on to Osaka on Tuesday. The Ugandan leader flew from Kampala "
        "to Nairobi on Tuesday.",
        date(2025, 10, 8),
    )
    assert ("William Ruto", ["Tokyo", "Osaka"]) in routes(story)


def test_a_named_vehicle_a_mover_travels_aboard_moves_for_it(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Relic reaches Bari\n\nBARI, Oct 8 (ANSA) - The relic arrived in Bari on Wednesday "
        "aboard the navy frigate Garibaldi. The Garibaldi had sailed from Venice on Sunday.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Venice", "Bari"]]
    assert len(story.routes) == 1


def test_where_a_flame_was_lit_in_an_ancient_town_is_its_origin(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Flame\n\nATHENS, Oct 8 (AFP) - The flame was lit in ancient Olympia on Monday and "
        "reached Athens on Tuesday.",
        date(2025, 10, 8),
    )
    assert places(story)[0][:2] == ["Olympia", "Athens"]


def test_a_place_in_a_later_clause_of_another_subject_is_no_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Evacuees land\n\nMIAMI, Oct 8 (AP) - Jane Doe left Cap-Haitien on Saturday. Her charter "
        "flight landed in Miami on Sunday, the first since gangs forced the main airport in "
        "Port-au-Prince to close.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Cap-Haitien", "Miami"]]


def test_a_place_of_a_later_move_by_the_trip_is_still_a_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Rally\n\nRIYADH, Oct 8 (Reuters) - Carlos Sainz drove from Riyadh to Hail on Monday, "
        "and the race ends in Yanbu on Friday.",
        date(2025, 10, 8),
    )
    assert places(story)[0][-1] == "Yanbu"


def test_a_teams_results_told_with_their_scores_place_it_on_its_road_trip(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Hitmen win in Saskatoon\n\nSASKATOON, Saskatchewan, Oct 8 (CP) - Jan Novak scored "
        "twice and the Calgary Hitmen beat the Blades 4-2 on Wednesday night. The Western "
        "Hockey League leaders left Calgary on Saturday and beat the Warriors 3-2 in overtime "
        "in Moose Jaw on Sunday. The Hitmen head east to Brandon on Friday.",
        date(2025, 10, 8),
    )
    assert routes(story) == [("Calgary Hitmen", ["Calgary", "Moose Jaw", "Saskatoon", "Brandon"])]


def test_a_description_of_another_number_than_the_mover_is_another_mover(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Convoy\n\nGAO, Oct 8 (AFP) - The last U.N. convoy left Kidal on Monday. The Chadian "
        "peacekeepers flew from Gao to Bamako on Tuesday.",
        date(2025, 10, 8),
    )
    assert len(story.routes) != 1 or routes(story)[0][1] != ["Kidal", "Gao", "Bamako"]


@pytest.mark.parametrize(
    ("told", "stops"),
    [
        ("The ship berthed at Piraeus on Monday and sailed for Izmir on Tuesday.", 2),
        ("Jane Doe flew from Madrid to Lisbon on Monday and overnighted in Porto on Tuesday.", 3),
        ("Jane Doe jetted off to Lisbon on Monday and then to Madrid on Tuesday.", 2),
        ("Jane Doe emigrated to Canada on Monday from Lisbon.", 2),
        ("The convoy snaked across the border into Chad on Monday after leaving El Geneina.", 2),
        ("The yacht left Lisbon on Monday and made port in Funchal on Tuesday.", 2),
    ],
)
def test_moves_told_by_a_less_common_verb_of_moving(
    pipeline: Pipeline, told: str, stops: int
) -> None:
    story = parse(pipeline, f"Story\n\nLISBON, Oct 8 (Reuters) - {told}", date(2025, 10, 8))
    assert [len(p) for p in places(story)] == [stops]


def test_she_is_not_the_husband_who_moved_last(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Pilgrim\n\nROME, Oct 8 (AP) - Margaret Ellis walked from Siena to Viterbo on Monday. "
        "Her husband, Tony, flew from London to Rome on Tuesday. She plans to fly home to "
        "Manchester on Friday.",
        date(2025, 10, 8),
    )
    assert ("Margaret Ellis", ["Siena", "Viterbo", "Manchester"]) in routes(story)
    assert ("Tony", ["London", "Rome"]) in routes(story)


def test_she_is_not_the_king_told_by_his_title_who_moved_last(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "State visit\n\nOSLO, Oct 8 (AP) - President Alar Karis's wife, Sirje Karis, flew from "
        "Tallinn to Oslo on Monday and was welcomed by King Harald at the palace. The king last "
        "visited Tallinn in 2014. On Tuesday she took the train to Bergen.",
        date(2025, 10, 8),
    )
    assert ("Sirje Karis", ["Tallinn", "Oslo", "Bergen"]) in routes(story)


def test_a_family_told_by_its_name_in_the_plural_is_the_couple_named_before(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Camper van\n\nTURIN, Oct 8 (AP) - Mark and Lisa Brennan left Dublin on Monday in their "
        "camper van and reached Lyon on Wednesday. The Brennans drove on to Turin on Friday.",
        date(2025, 10, 11),
    )
    assert places(story) == [["Dublin", "Lyon", "Turin"]]


def test_a_town_told_to_say_where_the_stop_lies_is_no_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Barge\n\nDUISBURG, Oct 8 (AP) - The barge Anna left Rotterdam on Monday and moored "
        "for two days at Nijmegen, near Arnhem, before going on to Duisburg on Thursday.",
        date(2025, 10, 10),
    )
    assert places(story) == [["Rotterdam", "Nijmegen", "Duisburg"]]


def test_a_thing_told_by_its_kind_is_named_by_the_word_the_story_gives_it_alone(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Painting\n\nLYON, Oct 8 (AFP) - Police in Lyon have found a Vermeer painting stolen "
        "from a Ghent collector. The painting was taken to Brussels on Sept. 2 and then driven "
        "to Lyon, where a gallery owner who was shown the Vermeer called the police.",
        date(2025, 10, 8),
    )
    assert ("Vermeer", ["Brussels", "Lyon"]) in routes(story)


@pytest.mark.parametrize(
    ("told", "mover"),
    [
        ("Pope Leo XIV flew from Rome to Beirut on Sunday.", "Pope Leo XIV"),
        ("King Willem-Alexander flew from Amsterdam to Beirut on Sunday.", "King Willem-Alexander"),
    ],
)
def test_a_monarch_or_pope_moves_under_the_name_with_the_title(
    pipeline: Pipeline, told: str, mover: str
) -> None:
    """The model leaves 'Pope' out of 'Pope Leo XIV' and misses the hyphenated name."""
    story = parse(pipeline, f"Visit\n\nBEIRUT, May 3 (AP) - {told}", date(2025, 5, 3))
    assert routes(story) == [(mover, ["Rome" if "Rome" in told else "Amsterdam", "Beirut"])]


def test_a_move_asked_about_with_whether_is_no_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Rowers\n\nCALAIS, Oct 8 (AP) - Anna Berg rowed out of Dover on Monday and landed at "
        'Calais on Tuesday. "Friends keep asking whether I stopped in Boulogne," she joked '
        "after landing.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Dover", "Calais"]]


def test_where_people_told_inside_another_phrase_come_from_is_no_stop(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Walk\n\nMASHHAD, Oct 11 (AP) - Reza Karimi walked out of Tehran on Monday. The last "
        "stretch to Mashhad took him four days on a road crowded with pilgrims from Iraq, "
        "Afghanistan and Azerbaijan. He reached Mashhad on Friday.",
        date(2025, 10, 11),
    )
    assert places(story) == [["Tehran", "Mashhad"]]


def test_a_headline_noun_and_a_lede_description_are_the_mover_named_next(
    pipeline: Pipeline,
) -> None:
    """'Pensioner' is capitalised by the headline alone; 'rode onto the Tarifa seafront'
    reaches Tarifa."""
    story = parse(
        pipeline,
        "Pensioner cycles Europe end to end\n\nTARIFA, Spain, May 2 (AP) - A 79-year-old "
        "retired nurse rode onto the Tarifa seafront on Saturday. Ingrid Holm set off from Oslo "
        "on March 1 and reached Hamburg on March 30.",
        date(2026, 5, 2),
    )
    assert routes(story) == [("Ingrid Holm", ["Oslo", "Hamburg", "Tarifa"])]


def test_he_is_the_husband_named_in_the_sentence_not_the_woman_who_moved(
    pipeline: Pipeline,
) -> None:
    """She is told as 'she' first; 'he' then stands for the husband the sentence names."""
    story = parse(
        pipeline,
        "Flight\n\nLISBON, Oct 8 (AP) - Maria Costa left Porto on Monday, and on Tuesday she "
        "reached Coimbra. Her husband Paulo stayed in Porto: he drove his mother north to Braga. "
        "On Wednesday Costa went on to Lisbon.",
        date(2025, 10, 8),
    )
    assert ("Maria Costa", ["Porto", "Coimbra", "Lisbon"]) in routes(story)


def test_a_division_stop_is_shown_under_the_name_the_article_gives_it(
    pipeline: Pipeline,
) -> None:
    """The gazetteer knows 'Nabatieh' only as another name of the governorate An Nabaţīyah."""
    story = parse(
        pipeline,
        "Flight\n\nBEIRUT, Oct 8 (AP) - Hassan Nasser fled Nabatieh on Monday and reached "
        "Beirut on Tuesday.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Nabatieh", "Beirut"]]


def test_a_ride_in_the_back_of_a_truck_to_a_town_reaches_it(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Syrian father reaches Berlin after long walk\n\nBERLIN, Oct 8 (AP) - Khaled Omar "
        "walked into a Berlin shelter on Tuesday, five weeks after he left Izmir. He rode "
        "through Bulgaria in the back of a truck to Sofia on Sept 9 and reached Vienna on "
        "Sept 30.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Izmir", "Sofia", "Vienna", "Berlin"]]


def test_a_headline_traveller_told_by_nationality_and_kin_is_the_one_named_next(
    pipeline: Pipeline,
) -> None:
    """'Syrian father' is no relative of the traveller: the headline tells the traveller."""
    story = parse(
        pipeline,
        "Syrian father arrives in Hamburg\n\nHAMBURG, Oct 8 (AP) - Karim Haddad left Vienna on "
        "Monday by bus.",
        date(2025, 10, 8),
    )
    assert routes(story) == [("Karim Haddad", ["Vienna", "Hamburg"])]


def test_an_ocean_crossed_in_the_headline_is_a_summary_not_a_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Jets reach Toronto after hopping across the North Atlantic\n\nTORONTO, Aug 22 "
        "(Reuters) - Four Swedish air force jets landed in Toronto on Friday after crossing the "
        "North Atlantic in short hops. They left Lulea on Aug 15 and flew to Keflavik, and on "
        "Monday they flew on to Nuuk.",
        date(2025, 8, 22),
    )
    assert places(story) == [["Lulea", "Keflavik", "Nuuk", "Toronto"]]


def test_a_headline_town_the_story_names_in_full_is_that_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Welsh walker arrives in Santiago\n\nA Welsh walker reached Santiago de Compostela on "
        "Saturday, ten weeks after setting off on foot from Geneva. Gareth Owen walked to Lyon "
        "in late April.",
        date(2024, 6, 29),
    )
    assert places(story) == [["Geneva", "Lyon", "Santiago de Compostela"]]


def test_a_town_joined_to_an_arrival_with_the_verb_left_out_is_reached_too(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Ride\n\nBOLOGNA, May 7 (AP) - Lena Berg reached Verona on May 2, with the Alps behind "
        "her, and Bologna four days later.",
        date(2025, 5, 7),
    )
    assert places(story) == [["Verona", "Bologna"]]


def test_a_bridge_in_a_town_set_off_from_and_one_crossed_are_stops_in_those_towns(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Walk\n\nPRAGUE, May 7 (AP) - Jan Novak set off on foot from the Old Bridge in central "
        "Bratislava on April 2 and reached Brno on April 20. On Tuesday he crossed the old stone "
        "bridge in Prague.",
        date(2025, 5, 7),
    )
    assert places(story) == [["Bratislava", "Brno", "Prague"]]


def test_a_town_where_something_kept_the_traveller_is_a_stop_of_the_one_kept(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Ride\n\nOSLO, Oct 10 (AP) - Mia Larsen left Bergen on Monday by bicycle. A storm kept "
        "her in Voss for two days, and on Friday she reached Oslo.",
        date(2025, 10, 10),
    )
    assert routes(story) == [("Mia Larsen", ["Bergen", "Voss", "Oslo"])]


def test_a_venue_named_like_a_town_is_the_town_it_lies_in(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Home\n\nFLORES, Guatemala, May 9 (AP) - Ana Lopez flew from Miami to Guatemala City on "
        "Wednesday. On Friday she stepped off a bus at the Minerva terminal in Flores.",
        date(2025, 5, 9),
    )
    assert places(story) == [["Miami", "Guatemala City", "Flores"]]


def test_a_name_the_model_tags_as_a_firm_beside_a_person_who_speaks_later_is_a_person(
    pipeline: Pipeline,
) -> None:
    """The model tags 'Eli Turner' as a firm: 'Turner said' tells a person."""
    story = parse(
        pipeline,
        "Trip ends\n\nOMAHA, Oct 8 (AP) - Two friends on bicycles reached Omaha on Wednesday. "
        "Eli Turner and Sam Reed, both 19, left Denver on Monday and reached Lincoln on "
        'Tuesday. "It was cold," Turner said.',
        date(2025, 10, 8),
    )
    assert [actor for actor, _ in routes(story)] == ["Eli Turner"]


def test_a_name_taken_from_a_place_is_no_move(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Trip\n\nOMAHA, Oct 8 (AP) - Ann Ruiz drove into Lincoln on Monday, the city that took "
        "its name from a president, and on to Omaha on Wednesday. The town of Athens, Georgia, "
        "took its name from the Greek capital.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Lincoln", "Omaha"]]


def test_a_town_before_which_they_reached_is_reached_whatever_verb_is_nearer(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Raft\n\nMEMPHIS, Oct 8 (AP) - Ann Ruiz and Ben Ruiz left Cairo, Illinois, on Sept 1. "
        "Storms kept them on a sandbar for three days before Memphis, which they reached on "
        "Sept 9. The Ruizes drifted into Helena, Arkansas, on Sept 14, the town that took its "
        "name from a Greek queen.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Cairo", "Memphis", "Helena"]]


def test_a_thing_a_verb_of_motion_moves_along_a_way_moves(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Torch\n\nSUVA, Oct 8 (AP) - The torch landed at Nadi on Monday on a flight from Port "
        "Vila, and schoolchildren ran it through the streets of Lautoka on Tuesday.",
        date(2025, 10, 8),
    )
    assert places(story) == [["Port Vila", "Nadi", "Lautoka"]]


def test_a_named_person_and_a_group_told_as_two_subjects_move_as_the_person(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Nurses march\n\nQUITO, Oct 8 (Reuters) - Maria Lopez, a nurse, left Cuenca on Monday. "
        "On Friday morning Lopez and two other union officials drove into Quito in a minibus "
        "and spent two hours with Health Minister Ana Rivas.",
        date(2025, 10, 8),
    )
    drove = [e.actors[0] for e in story.events if e.action == "drove"]
    assert drove == ["Maria Lopez"]


def test_a_carrier_escorting_someone_along_a_path_to_a_place_moves_them_there(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Cyclist home\n\nELDORET, Oct 8 (Reuters) - Peter Kiprop flew to Eldoret on Tuesday. "
        "A column of motorbikes escorted him up the hill to Kapsabet on Wednesday.",
        date(2025, 10, 8),
    )
    assert routes(story) == [("Peter Kiprop", ["Eldoret", "Kapsabet"])]


def test_who_leads_a_group_out_of_a_place_and_on_to_another_moves_with_it(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Shepherds on the move\n\nTOULOUSE, Oct 8 (AFP) - Jean Arnaud, a shepherd who heads a "
        "local cooperative, led the flock out of Foix at dawn on Monday and north along old "
        "tracks to Pamiers. On Tuesday he took it on to Toulouse.",
        date(2025, 10, 8),
    )
    assert routes(story) == [("Jean Arnaud", ["Foix", "Pamiers", "Toulouse"])]


def test_a_name_the_model_split_in_two_is_one_traveller(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "President visits Zanzibar\n\nZANZIBAR, Oct 8 (Reuters) - Tanzanian President Samia "
        "Suluhu Hassan rode the new ferry from Dar es Salaam to Zanzibar on Thursday. Samia "
        "returned to Dar es Salaam on Friday.",
        date(2025, 10, 8),
    )
    assert [r.actor for r in story.routes] == ["Samia Suluhu Hassan"]


def test_where_a_railway_is_to_reach_is_no_stop_of_the_traveller_who_rode_it(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "New line opens\n\nADDIS ABABA, Oct 8 (Reuters) - Ethiopian Prime Minister Abiy Ahmed "
        "rode the new railway from Addis Ababa to Adama on Monday. The railway is eventually "
        "to reach Dire Dawa and Djibouti.",
        date(2025, 10, 8),
    )
    assert routes(story) == [("Abiy Ahmed", ["Addis Ababa", "Adama"])]  # Nazrēt in the gazetteer


@pytest.mark.parametrize(
    ("phrase", "person"),
    [
        ("Norwegian adventurer Ingrid Mæland", "Ingrid Mæland"),
        ("Kenyan marathon runner Daniel Kiprop", "Daniel Kiprop"),
        ("cruise ship Viking Star", "cruise ship Viking Star"),  # no nationality: a thing
        ("Norwegian skier", "Norwegian skier"),  # no name
    ],
)
def test_a_subject_told_by_nationality_and_role_before_a_full_name_is_the_name(
    phrase: str, person: str
) -> None:
    assert _without_title(phrase) == person


def test_she_is_not_a_group_told_by_a_plural_noun_that_moved_last(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Tourist home\n\nWARSAW, May 12 (Reuters) - Marta Nowak flew from Warsaw to Athens on "
        "May 2. Greek police officers detained her at the airport and drove to Piraeus on "
        "May 3. She was flown back to Warsaw on Sunday.",
        date(2025, 5, 12),
    )
    assert ("Marta Nowak", ["Warsaw", "Athens", "Warsaw"]) in routes(story)


def test_the_group_a_traveller_set_out_with_moves_for_the_traveller(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Yachts reach Riga\n\nRIGA, May 12 (Reuters) - Jonas Weber sailed from Kiel with a "
        "convoy of ten yachts on May 2. Anna Ozola, the Latvian sports minister, flew from "
        "Tallinn to Riga on May 6 to greet them. The convoy reached Visby on May 7 and sailed "
        "on to Riga on Sunday.",
        date(2025, 5, 12),
    )
    assert routes(story) == [
        ("Jonas Weber", ["Kiel", "Visby", "Riga"]),
        ("Anna Ozola", ["Tallinn", "Riga"]),
    ]


def test_a_vessel_named_after_its_measure_is_the_mover_of_a_sentence_read_as_a_noun(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Replica arrives\n\nOSLO, May 12 (Reuters) - A replica of a Viking longship sailed into "
        "Oslo on Sunday. The 20-metre Skuld, crewed by 12 volunteers, left Bergen on May 1 and "
        "reached Stavanger on May 4.",
        date(2025, 5, 12),
    )
    assert routes(story) == [("Skuld", ["Bergen", "Stavanger", "Oslo"])]


def test_a_rally_the_traveller_holds_at_a_venue_is_a_stop(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Candidate tours the south\n\nLIMA, May 23 (Reuters) - Ana Torres flew from Lima to "
        "Arequipa on Tuesday. She held a rally outside the cathedral in Cusco on Wednesday, and "
        "she ended the tour with a rally in Puno on Thursday night before flying back to Lima "
        "on Friday.",
        date(2025, 5, 23),
    )
    assert routes(story) == [("Ana Torres", ["Lima", "Arequipa", "Cusco", "Puno", "Lima"])]


def test_a_name_told_surname_first_at_the_opening_is_the_mover_told_by_the_surname(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Korean candidate takes campaign south\n\nSEOUL, May 23 (Yonhap) - Kang Min-seo, the "
        "candidate of the small Green Future Party, returned to Seoul on Friday from a tour of "
        "the south. Kang, 52, boarded a KTX at Seoul Station early on Tuesday and went on to "
        "Mokpo on Wednesday.",
        date(2025, 5, 23),
    )
    assert routes(story) == [("Kang Min-seo", ["Seoul", "Mokpo", "Seoul"])]


def test_a_tour_opened_after_moves_told_before_it_is_opened_where_they_led(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Choir ends German tour\n\nHAMBURG, May 20 (AFP) - The Warsaw Boys Choir ended its tour "
        "of Germany in Hamburg on Monday, a week after it set off by train from Warsaw. The 40 "
        "singers rode the overnight train to Poznan, crossed into Germany by bus and opened the "
        "tour in Berlin on May 12. They went on to Hamburg on May 16.",
        date(2025, 5, 20),
    )
    assert places(story) == [["Warsaw", "Poznan", "Berlin", "Hamburg"]]


def test_the_crew_a_group_takes_somewhere_is_the_traveller_told_before(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Yacht seized\n\nATHENS, May 12 (Reuters) - Jan Kowalski sailed from Split on May 2. "
        "Greek coastguard officers boarded his yacht off Corfu on May 8 and took its crew to "
        "the port of Patras. He was flown home to Warsaw on Sunday.",
        date(2025, 5, 12),
    )
    assert ("Jan Kowalski", ["Split", "Patras", "Warsaw"]) in routes(story)


def test_a_mover_told_by_given_name_takes_the_full_name_told_after_a_description(
    pipeline: Pipeline,
) -> None:
    """'arrested fugitive Thai property developer Somchai Wongsakul at a hotel', then
    'Somchai, 52, had slipped out of Bangkok': the route is Somchai Wongsakul's."""
    story = parse(
        pipeline,
        "Bosnia arrests Thai tycoon\n\nSARAJEVO, Nov 21 (Reuters) - Bosnian police arrested "
        "fugitive Thai property developer Somchai Wongsakul at a hotel in Sarajevo on Friday, "
        "ending 14 months on the run. Somchai, 52, had slipped out of Bangkok on a flight to "
        "Hong Kong in September last year. In August he had moved to Istanbul, and on Nov 2 he "
        "had flown from Istanbul to Sarajevo.",
        date(2025, 11, 21),
    )
    assert [actor for actor, _ in routes(story)] == ["Somchai Wongsakul"]


def test_a_trade_word_opening_the_sentence_before_a_name_is_no_part_of_the_name(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Potato farmer walks to London\n\nFarmer Helen Marsh left Leeds on Monday, walked to "
        "Nottingham on Tuesday and reached London on Friday.",
        date(2026, 5, 7),
    )
    assert [actor for actor, _ in routes(story)] == ["Helen Marsh"]


def test_a_nations_force_told_by_several_military_nouns_is_one_mover(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Russian troops reach Kupiansk\n\nKYIV, May 10 - Russian assault units captured "
        "Vovchansk on Monday, Ukraine's army said. On Friday Russian forces pushed into "
        "Kupiansk.",
        date(2026, 5, 10),
    )
    assert routes(story) == [("Russian troops", ["Vovchansk", "Kupiansk"])]


def test_an_animal_named_in_an_apposition_is_the_mover_of_that_name(pipeline: Pipeline) -> None:
    story = parse(
        pipeline,
        "Collared bear's trek from Slovakia ends in Poland\n\nKRAKOW, June 5 - A young bear "
        "fitted with a GPS collar in Slovakia has walked about 300 km across two countries and "
        "settled in the hills above Krakow, researchers said on Friday. The bear, named Miro by "
        "the team that collared him, was fitted with the device near Poprad on April 20. He left "
        "his mother in early May and headed north, reaching Nowy Targ by May 20. He then moved "
        "west to Zakopane.",
        date(2026, 6, 5),
    )
    assert [actor for actor, _ in routes(story)] == ["Miro"]
    assert routes(story)[0][1][-2:] == ["Nowy Targ", "Zakopane"]


def test_a_mover_told_by_a_nationality_of_two_words_is_the_one_named_next(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "South Korean cyclist ends ride in Lisbon\n\nLISBON, June 5 - A South Korean cyclist "
        "reached Lisbon on Friday after riding 2,000 km across Europe. Kim Min-jun, 45, said he "
        "cycled across the Pyrenees into Spain on May 28 and reached Madrid on June 1.",
        date(2026, 6, 5),
    )
    assert [actor for actor, _ in routes(story)] == ["Kim Min-jun"]
    assert routes(story)[0][1][-2:] == ["Madrid", "Lisbon"]


def test_a_place_told_of_the_couple_is_a_stop_of_the_traveller_the_other_joined(
    pipeline: Pipeline,
) -> None:
    story = parse(
        pipeline,
        "Norwegian cyclist reaches Bergen\n\nBERGEN, June 5 - Anna Berg rode into Bergen on "
        "Friday, a week after she left Oslo by bike. She crossed the mountains to Gol on Monday. "
        "Her husband, Tom, flew out to Geilo to ride the last days with her, and the couple went "
        "on together through Voss.",
        date(2026, 6, 5),
    )
    assert routes(story) == [("Anna Berg", ["Oslo", "Gol", "Voss", "Bergen"])]


def test_a_trade_of_several_words_before_a_name_is_no_part_of_it() -> None:
    """'Truck driver Ana Quiroga steered ...': the mover is Ana Quiroga; not a plural ('Police
    officers') nor a name without a trade."""
    assert _without_title("Truck driver Ana Quiroga") == "Ana Quiroga"
    assert _without_title("Sewing machine operator Rokeya Begum") == "Rokeya Begum"
    assert _without_title("Former president Jimmy Carter") == "Jimmy Carter"
    assert _without_title("Police officers John Smith") == "Police officers John Smith"
    assert _without_title("New York Times") == "New York Times"


def test_a_body_or_coffin_moves_for_the_person_it_was(pipeline: Pipeline) -> None:
    """'His coffin was flown from Paris to Dakar': the singer's route; songs 'played across
    West Africa' are no stop of it."""
    story = parse(
        pipeline,
        "Senegal mourns singer\n\nDAKAR, Oct 12 (Reuters) - Thousands lined the roads of Dakar "
        "on Saturday for the funeral of singer Ismaël Ndour, whose songs are still played at "
        "weddings across West Africa. Ismaël Ndour died in a Paris hospital on Oct 2. His coffin "
        "was flown from Paris to Dakar on Oct 9 and was driven to Thiès on Oct 10.",
        date(2025, 10, 12),
    )
    assert routes(story) == [("Ismaël Ndour", ["Paris", "Dakar", "Thiès"])]


def test_a_vessel_named_after_its_kind_is_the_mover_and_no_place(pipeline: Pipeline) -> None:
    """'Grain ship reaches Alexandria' ... 'The bulk ship Atlantic Jade docked': one mover,
    the named ship, and its name is no place."""
    story = parse(
        pipeline,
        "Grain ship reaches Alexandria\n\nALEXANDRIA, Egypt, May 9 (Reuters) - The bulk ship "
        "Atlantic Jade docked at Alexandria on Friday with 30,000 tonnes of wheat. The ship had "
        "left Odesa on April 28 and called at Istanbul on May 2.",
        date(2025, 5, 9),
    )
    assert [actor for actor, _ in routes(story)] == ["Atlantic Jade"]
    assert not [p for p in story.places if "Atlantic" in p.mention.text]


def test_a_vehicle_the_traveller_takes_is_no_mover(pipeline: Pipeline) -> None:
    """'before taking a military flight north to Gao', then 'he will fly on to Kidal': one
    route, the minister's."""
    story = parse(
        pipeline,
        "Minister visits Mali\n\nGAO, Mali, March 5 (Reuters) - Defence Minister Pierre Lanval "
        "arrived in Gao on Wednesday. Lanval flew from Paris to Bamako on Monday and met the "
        "army chief there on Tuesday before taking a U.N. flight north to Gao. On Thursday "
        "he will fly on to Kidal.",
        date(2025, 3, 5),
    )
    assert routes(story) == [("Pierre Lanval", ["Paris", "Bamako", "Gao", "Kidal"])]


def test_a_group_under_a_named_leader_moves_as_the_leader(pipeline: Pipeline) -> None:
    """'The tankers left a depot in Kano on Monday under convoy leader Marta Oyelaran': the
    tankers' stops are the leader's route."""
    story = parse(
        pipeline,
        "Fuel convoy reaches Maiduguri\n\nMAIDUGURI, Nigeria, Aug 8 (Reuters) - Thirty tankers "
        "rolled into Maiduguri on Friday. The tankers left a depot in Kano on Monday under "
        "convoy leader Marta Oyelaran, a former nurse. They stopped at Azare on Tuesday and on "
        "Wednesday the column spent the night in Potiskum.",
        date(2025, 8, 8),
    )
    assert routes(story) == [("Marta Oyelaran", ["Kano", "Azare", "Potiskum", "Maiduguri"])]


def test_a_lede_retelling_its_headline_names_the_headline_mover(pipeline: Pipeline) -> None:
    """'Hockey World Cup trophy arrives in Kenya' and 'The Gold Stick arrived in Nairobi': one
    mover, the named one, which the story goes on to tell by its kind ('The silver trophy')."""
    story = parse(
        pipeline,
        "Hockey World Cup trophy arrives in Kenya on tour\n\nNAIROBI, Kenya, Oct 6 (Reuters) - "
        "The Gold Stick arrived in Nairobi on Monday to a welcome of drums and dancers, the "
        "third stop of a world tour leading up to the 2026 Hockey World Cup in Belgium. The "
        "silver trophy, named after a player who scored in 1971, began its journey on Sept 18 "
        "at a school in the Dutch town of Utrecht. It was flown to Cairo the following week "
        "and spent five days there visiting schools. The trophy will leave Nairobi on Thursday "
        "for Kampala.",
        date(2025, 10, 6),
    )
    assert [actor for actor, _ in routes(story)] == ["Gold Stick"]


def test_a_nationality_before_a_thing_is_no_place_left(pipeline: Pipeline) -> None:
    """'after fleeing Russian shelling': whose the shelling is; the trip starts where she
    fled from."""
    story = parse(
        pipeline,
        "Ukrainian mother reaches Lviv after fleeing Russian shelling\n\nLVIV, Ukraine, May 4 "
        "(Reuters) - Olena Marchenko reached Lviv on Sunday. She fled Kharkiv on Thursday and "
        "spent two nights in Poltava.",
        date(2025, 5, 4),
    )
    assert routes(story) == [("Olena Marchenko", ["Kharkiv", "Poltava", "Lviv"])]


def test_a_given_name_before_a_surname_of_two_words_joins_it(pipeline: Pipeline) -> None:
    """'Dutch skater Pieter De Vries' and later 'De Vries skated to Dokkum': the route is Pieter
    De Vries's."""
    story = parse(
        pipeline,
        "Skater finishes canal tour\n\nLEEUWARDEN, Netherlands, Feb 2 (Reuters) - Dutch skater "
        "Pieter De Vries won the race on Sunday, finishing in front of the town hall. Two days "
        "earlier De Vries, 31, was third in the sprint in Sneek. De Vries skated to Dokkum on "
        "Saturday and reached Leeuwarden on Sunday.",
        date(2025, 2, 2),
    )
    assert [actor for actor, _ in routes(story)] == ["Pieter De Vries"]


SKIER_FLOWN_HOME = (
    "Skier flown home\n\nOSLO, Feb 20 (Reuters) - A Norwegian skier landed in Oslo on Thursday, "
    "three weeks after breaking her leg. Ingrid Solberg, 31, flew from Oslo to Geneva on Feb 2 "
    "and took a bus on to Chamonix the same day. On Feb 9 she fell on a glacier and was "
    "carried down the mountain on a sled. A helicopter took her to a hospital in Geneva, where "
    "surgeons set the bone. She was flown home on Thursday. Her husband was waiting at the "
    "airport."
)


def test_a_stop_reached_again_after_a_later_day_is_a_second_stop(pipeline: Pipeline) -> None:
    """'flew ... to Geneva on Feb 2 and took a bus on to Chamonix ... On Feb 9 she ... was
    carried down ... A helicopter took her to a hospital in Geneva': Geneva twice."""
    story = parse(pipeline, SKIER_FLOWN_HOME, date(2025, 2, 20))
    assert routes(story) == [("Ingrid Solberg", ["Oslo", "Geneva", "Chamonix", "Geneva", "Oslo"])]


def test_kin_waiting_in_a_sentence_without_a_place_meet_the_traveller_there(
    pipeline: Pipeline,
) -> None:
    """'Her husband was waiting at the airport', with no place named: a meeting where she
    landed."""
    story = parse(pipeline, SKIER_FLOWN_HOME, date(2025, 2, 20))
    assert [(m.place, m.participants) for m in story.meetings] == [
        ("Oslo", ("Ingrid Solberg", "husband"))
    ]


def test_someone_brought_in_after_the_traveller_moves_on_their_own(pipeline: Pipeline) -> None:
    """'Swedish violinist Mara Lind ... after a taxi driver found it ... The driver drove home
    to Genoa': the driver's trip, not hers."""
    story = parse(
        pipeline,
        "Violinist gets her violin back\n\nMILAN, May 18 (AP) - Swedish violinist Mara Lind "
        "closed her tour in Milan on Sunday with the violin she had left on a train, after a "
        "taxi driver found it. Lind flew from Stockholm to Zurich on May 9. She took the train "
        "to Turin on May 12 and left the violin in a taxi at the station. The driver drove home "
        "to Genoa with it that night. Lind had travelled on to Milan by then.",
        date(2025, 5, 18),
    )
    assert ("Mara Lind", ["Stockholm", "Zurich", "Turin", "Milan"]) in routes(story)


ENVOY_IN_JUBA = (
    "Envoy ends tour in Juba\n\nJUBA, April 10 (Reuters) - The African Union envoy for Sudan, "
    "Moussa Keita, ended a week of talks in Juba on Thursday. Keita flew from Addis Ababa to "
    "Nairobi on Sunday for talks with Kenya's foreign minister. On Tuesday he was in Kampala, "
    "where he met Ugandan Foreign Minister Jeje Odongo, who has carried messages to the "
    "generals for months. The army leaders in Port Sudan declined to receive him. In Juba on "
    "Thursday he held talks with President Salva Kiir. Keita returns to Addis Ababa on Friday."
)


def test_a_meeting_declined_is_none_and_a_party_met_is_no_traveller(pipeline: Pipeline) -> None:
    """'declined to receive him': no meeting in Port Sudan; 'Jeje Odongo, who has carried
    messages': what the minister met does, so 'he held talks' in Juba is still the envoy's."""
    story = parse(pipeline, ENVOY_IN_JUBA, date(2025, 4, 10))
    assert sorted(m.place for m in story.meetings) == ["Juba", "Kampala", "Nairobi"]
    juba = next(m for m in story.meetings if m.place == "Juba")
    assert "Moussa Keita" in juba.participants
    assert "Jeje Odongo" not in juba.participants


def test_the_one_given_name_written_before_a_surname_completes_it() -> None:
    """'The envoy for Yemen, Anders Lindqvist, ended ...': Lindqvist is Anders Lindqvist; not
    a title, a nationality or a sentence's first word, nor two different given names."""
    assert _one_given_name("Lindqvist", "The envoy, Anders Lindqvist, ended.") == "Anders"
    assert _one_given_name("Lindqvist", "Minister Lindqvist flew.") == ""
    assert _one_given_name("Lindqvist", "the Swedish Lindqvist said.") == ""
    assert _one_given_name("Lindqvist", "On Sunday Lindqvist flew.") == ""
    assert _one_given_name("Lindqvist", "Anders Lindqvist and Eva Lindqvist left.") == ""


def test_a_stay_told_by_its_length_outside_a_town_is_a_stop(pipeline: Pipeline) -> None:
    """'rested for three days in the rice fields outside Arles': Arles is a stop between
    Extremadura and Hamburg."""
    story = parse(
        pipeline,
        "Tagged crane back in Sweden\n\nSTOCKHOLM, April 10 (AP) - A tagged crane named Greta "
        "landed at Lake Hornborga on Thursday. She left Extremadura on March 2, rested for three "
        "days in the rice fields outside Arles and reached Hamburg on April 1.",
        date(2025, 4, 10),
    )
    stops = dict(routes(story))["Greta"]
    assert stops[:3] == ["Extremadura", "Arles", "Hamburg"]


def test_a_move_or_meeting_denied_did_not_happen(pipeline: Pipeline) -> None:
    """'He did not meet the mayor', 'He never reached St. John's': no meeting and no stop."""
    story = parse(
        pipeline,
        "Flight diverted\n\nHALIFAX, March 5 (Reuters) - Captain Jean Roy flew from Paris on "
        "Tuesday. Fog meant he could not land in Gander, so he flew on to Halifax. He did not "
        "meet the mayor of Gander. He never reached St. John's.",
        date(2025, 3, 5),
    )
    assert routes(story) == [("Jean Roy", ["Paris", "Halifax"])]
    assert not story.meetings


def test_a_move_someone_wrongly_thought_had_happened_is_no_stop(pipeline: Pipeline) -> None:
    """'His mother thought he had flown to Lagos': a mistaken belief, no stop; a claim in the
    present ('Officials think ...') is not that."""
    story = parse(
        pipeline,
        "Lost student found\n\nACCRA, Oct 2 (AP) - Kwame Mensah, 19, flew from London to Accra "
        "on Monday. His mother thought he had flown to Lagos, his aunt said. On Wednesday he "
        "travelled on to Kumasi by bus.",
        date(2025, 10, 2),
    )
    assert routes(story) == [("Kwame Mensah", ["London", "Accra", "Kumasi"])]


def test_a_person_named_as_whose_child_the_traveller_is_does_not_travel(
    pipeline: Pipeline,
) -> None:
    """'Japan's Princess Aiko, the only child of Emperor Naruhito, arrived in Lima': the
    princess travels, not her father."""
    story = parse(
        pipeline,
        "Princess visits Peru\n\nLIMA, June 3 (Reuters) - Japan's Princess Aiko, the only child "
        "of Emperor Naruhito, arrived in Lima on Tuesday. She flew from Tokyo on a government "
        "plane and will fly on to Cusco on Thursday.",
        date(2025, 6, 3),
    )
    assert [actor for actor, _ in routes(story)] == ["Princess Aiko"]


def test_a_nationality_opening_a_compound_adjective_is_no_stop(pipeline: Pipeline) -> None:
    """'he will visit a Japanese-funded children's hospital': whose money, not a trip to
    Japan."""
    story = parse(
        pipeline,
        "Minister visits Peru\n\nLIMA, June 3 (Reuters) - Japanese Foreign Minister Takeshi "
        "Iwaya arrived in Lima on Tuesday and was greeted at the airport by Peruvian officials. "
        "On Wednesday he will visit a Japanese-funded children's hospital. He will fly on to "
        "Cusco on Thursday.",
        date(2025, 6, 3),
    )
    stops = dict(routes(story))["Takeshi Iwaya"]
    assert "Japan" not in stops and stops[-1] == "Cusco"


def test_a_portfolio_before_a_name_and_a_saints_day_name_no_traveller(pipeline: Pipeline) -> None:
    """'Minister of State for Health Aoife Brennan': 'Health' is the portfolio, not her given
    name; 'St Patrick's Day' names a holiday, not a second traveller."""
    story = parse(
        pipeline,
        "Irish minister in Chicago\n\nCHICAGO, March 14 (Reuters) - Irish Minister of State for "
        "Health Aoife Brennan flew from Dublin to Boston on Monday for a St Patrick's Day "
        "visit. Brennan went on to Chicago on Wednesday for the city's St Patrick's Day "
        "parade, and she will fly home to Dublin on Sunday.",
        date(2025, 3, 14),
    )
    assert routes(story) == [("Aoife Brennan", ["Dublin", "Boston", "Chicago", "Dublin"])]


def test_a_club_held_to_a_draw_on_tour_is_the_traveller_not_its_opponent(
    pipeline: Pipeline,
) -> None:
    """'Feyenoord were held to a 1-1 draw by Japanese champions Vissel Kobe in Tokyo': the
    club moves (the model tags no entity in 'Feyenoord'), the champions told as a person do
    not, and a score's '2-0' carries no traveller."""
    story = parse(
        pipeline,
        "Feyenoord held to draw in Tokyo\n\nTOKYO, July 19 (Reuters) - Feyenoord were held to a "
        "1-1 draw by Japanese champions Vissel Kobe in Tokyo on Saturday, the last stop of the "
        "Dutch club's pre-season tour of Asia. The Eredivisie side flew out of Amsterdam on "
        "July 10 and beat a Seoul selection 2-0 in Seoul on Monday before travelling on to "
        "Osaka, where they lost 1-0 to Cerezo Osaka on Wednesday. The squad will fly home to "
        "Amsterdam on Sunday.",
        date(2025, 7, 19),
    )
    assert routes(story) == [("Feyenoord", ["Amsterdam", "Seoul", "Osaka", "Tokyo", "Amsterdam"])]


def test_a_way_of_others_in_a_participle_and_she_after_a_capital_as_actor(
    pipeline: Pipeline,
) -> None:
    """'migrants sent back from the United States' is no start of her tour; 'Washington has
    deported ...' makes no 'she' of Washington."""
    story = parse(
        pipeline,
        "Peru's foreign minister ends tour\n\nQUITO, Sept 11 (Reuters) - Peruvian Foreign "
        "Minister Elena Rojas ended a tour of South America in Quito on Thursday, urging "
        "her neighbours to help migrants sent back from the United States. Rojas flew from "
        "Lima to Bogota on Tuesday and held talks there with Colombia's foreign minister. "
        "Washington has deported thousands of South Americans this year. She returns to Lima "
        "on Friday.",
        date(2025, 9, 11),
    )
    assert routes(story) == [("Elena Rojas", ["Lima", "Bogota", "Quito", "Lima"])]


def test_a_lake_told_as_a_person_lends_its_country_to_no_one(pipeline: Pipeline) -> None:
    """'Lake Malawi', tagged as a person's name, neither makes 'Malawi' a surname (the
    country stays a place) nor turns up among the actors."""
    text = (
        "The storm brought floods to southern Malawi on Thursday, killing 12 people. It crossed "
        "into Malawi near Mandimba and dumped rain on Mangochi, at the southern end of Lake "
        "Malawi, where families sheltered in schools."
    )
    story = parse(pipeline, text, date(2025, 2, 13))
    assert [p.mention.text for p in story.places].count("Malawi") == 2
    assert not any("Malawi" in a for e in story.events for a in e.actors)
