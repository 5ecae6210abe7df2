"""Blind route batch 15: ten articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are recorded in ROUTE_FAILS15 and MEETING_FAILS15."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# kinds the earlier batches lacked: a surprise visit slipped out of another trip by plane and
# train, a rescue ship sent to a distant port, a storm told from its last landfall with a leader's
# postponed trip, a cruise ship skipping a port, a team's flight diverted across a border, a
# hostage handed over in a neighbouring capital, a leader fleeing to an air base, warships named
# after places, a leader leaving a resort summit early, a tour told by numbered legs
CASES15 = [
    Case(
        "surprise_visit_slipped_out_by_plane_and_train",
        "Japan's Kishida makes surprise visit to Kyiv\n\nKYIV, March 21 (Reuters) - Japanese "
        "Prime Minister Fumio Kishida made an unannounced visit to Ukraine on Tuesday, a day "
        "after talks with Indian Prime Minister Narendra Modi in New Delhi. Instead of flying "
        "home as planned, Kishida slipped out of New Delhi on Monday on a chartered plane to "
        "Rzeszow in south-eastern Poland and crossed the border by train overnight, arriving in "
        "Kyiv around noon. He held talks with President Volodymyr Zelenskiy at the Mariinsky "
        "Palace and then travelled to Bucha, the town outside the capital where Russian troops "
        "were accused of killing civilians, to lay flowers at a church. He is due in Warsaw on "
        "Wednesday to meet Polish Prime Minister Mateusz Morawiecki before flying back to "
        "Tokyo. Kishida was the last Group of Seven leader to visit Ukraine since Russia's "
        "invasion.",
        date(2023, 3, 21),
        (
            "New Delhi|Delhi",
            "Rzeszów|Rzeszow",
            "Kyiv|Kiev",
            "Bucha",
            "Warsaw|Warszawa",
            "Tokyo",
        ),
        ((28.61, 77.21), (50.45, 30.52)),
        actor="Fumio Kishida",
    ),
    Case(
        "rescue_ship_assigned_a_distant_port",
        "Rescue ship lands 74 migrants in Ancona after four-day voyage\n\nROME, Jan 16 (AP) - "
        "The charity rescue ship Ocean Viking disembarked 74 migrants in the Adriatic port of "
        "Ancona on Tuesday, four days after pulling them from an overloaded rubber dinghy in "
        "international waters off Libya. The migrants, most of them from Sudan and Eritrea, had "
        "set off from Zuwara, west of Tripoli, on Thursday night. SOS Mediterranee, which "
        "operates the ship, said Italian authorities had refused its request to land them in "
        "Sicily and assigned Ancona instead, some 1,500 kilometres away, forcing the ship to "
        "sail around the heel of Italy in rough seas. The Italian government says assigning "
        "northern ports spreads the burden on reception centres, while charities accuse it of "
        "keeping rescue ships out of the central Mediterranean for longer.",
        date(2024, 1, 16),
        ("Zuwara|Zuwarah|Zuwārah|Libya", "Ancona"),
        (),
    ),
    Case(
        "storm_told_from_last_landfall_leader_trip_postponed",
        "Fiona slams into Atlantic Canada\n\nHALIFAX, Nova Scotia, Sept 24 (Reuters) - Fiona, "
        "one of the most powerful storms ever to hit Canada, came ashore in eastern Nova Scotia "
        "before dawn on Saturday as a post-tropical cyclone, knocking out power to more than "
        "500,000 homes. It then crossed Cape Breton Island, tearing roofs off houses in Sydney, "
        "and by the afternoon had reached south-western Newfoundland, where waves swept several "
        "homes into the sea at Port aux Basques. The storm had passed west of Bermuda on Friday "
        "as a Category 4 hurricane. Earlier in the week Fiona killed at least eight people in "
        "the Caribbean, flooding much of Puerto Rico on Sunday and striking the Dominican "
        "Republic near Punta Cana on Monday before battering the Turks and Caicos Islands on "
        "Tuesday. Prime Minister Justin Trudeau postponed his trip to Japan for the funeral of "
        "Shinzo Abe.",
        date(2022, 9, 24),
        (
            "Puerto Rico",
            "Punta Cana|Dominican Republic",
            "Turks and Caicos Islands|Turks and Caicos",
            "Bermuda",
            "Nova Scotia",
            "Cape Breton Island|Cape Breton|Sydney",
            "Port aux Basques|Channel-Port aux Basques|Newfoundland",
        ),
        (),
    ),
    Case(
        "cruise_ship_skips_a_port_in_a_gale",
        "Gale forces cruise ship to skip Santorini\n\nATHENS, Oct 9 - A cruise ship carrying "
        "2,100 passengers was forced to skip its scheduled call at Santorini on Monday after "
        "gale-force winds made it unsafe to ferry passengers ashore by tender boat, the "
        "operator said. The Celebrity Infinity, which left Piraeus on Sunday evening, sailed on "
        "to Heraklion on Crete instead, where passengers went ashore in the afternoon. It is "
        "due in Rhodes on Tuesday morning and will call at the Turkish resort of Kusadasi on "
        "Wednesday before heading back to Piraeus on Friday, a day earlier than planned, "
        "Celebrity Cruises said. A planned stop at Mykonos was cancelled altogether. Passengers "
        "were offered a refund for excursions booked on Santorini, where the port authority "
        "banned all tender operations until Tuesday.",
        date(2023, 10, 9),
        (
            "Piraeus|Peiraiás|Peiraias",
            "Heraklion|Iraklion|Irákleion|Irakleion|Irákleio|Iraklio",
            "Rhodes|Ródos|Rodos|Rhodos",
            "Kusadasi|Kuşadası",
            "Piraeus|Peiraiás|Peiraias",
        ),
        (),
    ),
    Case(
        "team_flight_diverted_across_border_then_coach",
        "Fog diverts Arsenal flight, squad finishes trip by coach\n\nEINDHOVEN, Netherlands, "
        "Dec 12 (Reuters) - Arsenal's players arrived at their hotel in Eindhoven close to "
        "midnight on Monday after thick fog forced their charter flight from Luton to divert to "
        "Duesseldorf, the club said. The squad, which took off from the airport north of London "
        "in the early afternoon, circled for 40 minutes before the pilot gave up on landing at "
        "Eindhoven and flew across the German border instead. The players then spent two and a "
        "half hours on a coach back into the Netherlands. Manager Mikel Arteta said the delay "
        "would not be an excuse for Tuesday's final Champions League group game against PSV at "
        "the Philips Stadion. Arsenal, already sure of top spot in the group, fly back to Luton "
        "straight after the match before Sunday's league game against Brighton.",
        date(2023, 12, 12),
        (
            "Luton|London",
            "Düsseldorf|Dusseldorf|Duesseldorf",
            "Eindhoven",
            "Luton|London",
        ),
        (),
    ),
    Case(
        "hostage_handed_over_in_neighbouring_capital",
        "Freed French journalist Olivier Dubois back in France\n\nVILLACOUBLAY, France, March "
        "21 (AFP) - French journalist Olivier Dubois, who spent nearly two years as a hostage of "
        "jihadists in the Sahel, landed at the Villacoublay military air base near Paris on "
        "Tuesday, where President Emmanuel Macron was waiting on the tarmac to greet him and "
        "his family. Dubois, 48, was kidnapped in Gao in northern Mali in April 2021 by a group "
        "linked to al Qaeda, after he had gone there to interview a local commander. He was "
        "freed on Monday and handed over to the authorities in Niamey, the capital of "
        "neighbouring Niger, where he appeared thin but smiling at the airport alongside "
        "Nigerien Prime Minister Ouhoumoudou Mahamadou. A French government plane then flew him "
        "home overnight. Dubois had lived and worked in Bamako, the Malian capital, since 2015.",
        date(2023, 3, 21),
        ("Gao", "Niamey", "Villacoublay|Vélizy-Villacoublay|Paris"),
        ((48.77, 2.20),),
        actor="Olivier Dubois",
    ),
    Case(
        "ousted_leader_flees_to_an_air_base",
        "Ousted Bangladesh leader Hasina flees to India\n\nNEW DELHI, Aug 6 (Reuters) - Sheikh "
        "Hasina, who resigned as Bangladesh's prime minister on Monday after weeks of deadly "
        "protests, was at a secure location in India on Tuesday after fleeing her country by "
        "military plane. Hasina and her sister left her official residence in Dhaka by "
        "helicopter on Monday afternoon as crowds of protesters marched on it, and boarded a "
        "Bangladesh air force transport plane that landed at the Hindon air base on the "
        "outskirts of New Delhi in the evening. She was received there by India's National "
        "Security Adviser Ajit Doval, who held an hour-long meeting with her, officials said. It "
        "was not clear where she would go next. Her son, who lives in the United States, said "
        "she would not return to politics. In Dhaka, army chief General Waker-Uz-Zaman said an "
        "interim government would be formed, and the president ordered the release of "
        "opposition leader Khaleda Zia.",
        date(2024, 8, 6),
        ("Dhaka", "Hindon|Ghaziabad|New Delhi|Delhi"),
        ((28.70, 77.36),),
        actor="Sheikh Hasina",
    ),
    Case(
        "warships_named_after_places_transit_a_strait",
        "German warships sail through Taiwan Strait\n\nBERLIN, Sept 13 (Reuters) - Two German "
        "navy ships sailed through the Taiwan Strait on Friday on their way from South Korea to "
        "Indonesia, the first German warships to use the waterway in 22 years, a defence "
        "ministry spokesman said. The frigate Baden-Wuerttemberg and the supply ship Frankfurt "
        "am Main left the port of Incheon on Tuesday and are due to reach Jakarta next week. "
        "China's foreign ministry said it was monitoring the transit. The ships left their home "
        "port of Wilhelmshaven in May and sailed via the Panama Canal to Hawaii, where they took "
        "part in the RIMPAC naval exercises, before a port call in Tokyo in August. Defence "
        "Minister Boris Pistorius said in Berlin that international waters were international "
        "waters. The deployment is due to end in December.",
        date(2024, 9, 13),
        (
            "Wilhelmshaven",
            "Panama Canal|Panama",
            "Hawaii|Honolulu|Pearl Harbor",
            "Tokyo",
            "Incheon",
            "Taiwan Strait",
            "Jakarta",
        ),
        (),
    ),
    Case(
        "leader_leaves_resort_summit_early",
        "Trump to leave G7 summit early over Middle East\n\nKANANASKIS, Alberta, June 16 "
        "(Reuters) - U.S. President Donald Trump will leave the Group of Seven summit in the "
        "Canadian Rockies a day early because of the situation in the Middle East, the White "
        "House said on Monday. Trump, who left Washington on Sunday, landed in Calgary in the "
        "evening and was taken by helicopter to the mountain resort of Kananaskis, 90 km to the "
        "west, where the leaders are meeting. On Monday morning he held talks with Canadian "
        "Prime Minister Mark Carney at the Pomeroy Kananaskis Mountain Lodge before joining the "
        "other leaders for a working lunch. He will fly back to Washington after dinner on "
        "Monday and will miss Tuesday's sessions with Ukrainian President Volodymyr Zelenskiy "
        "and Mexican President Claudia Sheinbaum. Iran and Israel exchanged strikes for a "
        "fourth day.",
        date(2025, 6, 16),
        ("Washington", "Calgary", "Kananaskis", "Washington"),
        ((50.93, -115.13),),
        actor="Donald Trump",
    ),
    Case(
        "tour_told_by_numbered_legs",
        "Modi in Argentina on third leg of five-nation tour\n\nBUENOS AIRES, July 5 (Reuters) - "
        "Indian Prime Minister Narendra Modi held talks with Argentine President Javier Milei "
        "at the Casa Rosada on Saturday, the first bilateral visit by an Indian prime minister "
        "to Argentina in 57 years. Modi, who arrived on Friday evening from Trinidad and Tobago, "
        "discussed lithium, shale gas and defence cooperation with Milei. The tour began on "
        "Wednesday in Ghana, where Modi addressed parliament in Accra, before he moved on to "
        "Port of Spain, where he met Prime Minister Kamla Persad-Bissessar. He leaves for Rio de "
        "Janeiro later on Saturday to attend the BRICS summit, followed by a state visit to "
        "Brasilia on Tuesday. The final stop will be Windhoek, the capital of Namibia, on "
        "Wednesday. Argentina is a growing supplier of lithium to Indian industry.",
        date(2025, 7, 5),
        (
            "Accra|Ghana",
            "Port of Spain|Trinidad and Tobago",
            "Buenos Aires",
            "Rio de Janeiro",
            "Brasilia|Brasília",
            "Windhoek|Namibia",
        ),
        ((-34.60, -58.38), (10.66, -61.51)),
        actor="Narendra Modi",
    ),
]

# first-run misses, with their reason (first run on 03b6d6f: 0/10 routes, 0/10 with the expected
# stops as a subsequence of the route found, 3/5 meetings; the five articles without a meeting
# gave none)
ROUTE_FAILS15: dict[str, str] = {
    "ousted_leader_flees_to_an_air_base": "first run: crowds: Hindon > New Delhi > United "
    "States. 'as crowds of protesters marched on it, and boarded a ... plane that landed at the "
    "Hindon air base' gives the flight to 'crowds' (mover); 'Hindon' resolves to Hindon, "
    "England (the gazetteer has no Hindon air base; resolution); the actor is named 'Hasina', "
    "not 'Sheikh Hasina', and keeps only 'left ... Dhaka' (one stop)"
    " now: Sheikh Hasina: Dhaka > Hindon > New Delhi; mover, name and Dhaka are right, 'Hindon' "
    "still resolves to Hindon, England, so it is not merged with New Delhi (resolution/gazetteer)",
}
MEETING_FAILS15: dict[str, str] = {}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS15, CASES15))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS15, CASES15))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
