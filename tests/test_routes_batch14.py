"""Blind route batch 14: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are recorded in ROUTE_FAILS14 and MEETING_FAILS14."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# kinds the earlier batches lacked: a ship's hijack told from its release, a lava flow, a
# cyclone's skirted island told after its landfalls, a front line told from its end, a diary
# with clock times, animals driven then flown, a stop in a third country on the way home,
# nested flashbacks of a diplomat, a royal visit landing at an airport town, a first foreign
# trip ending with a list of places, a border crossing by road to talks, a team stranded then
# flown home and on
CASES14 = [
    Case(
        "hijacked_carrier_held_off_somali_town",
        "Freed Bangladeshi ship docks in UAE after pirate ordeal\n\nDUBAI, April 22 (Reuters) - "
        "The Bangladeshi bulk carrier MV Abdullah docked at Al Hamriyah port in the United Arab "
        "Emirates on Sunday evening, a week after Somali pirates released the ship and its 23 "
        "crew. The vessel, carrying 55,000 tonnes of coal, had left Maputo in Mozambique on "
        "March 4 and was boarded by armed men on March 12, about 600 nautical miles east of "
        "Mogadishu. The pirates steered it to the coast of Puntland and held it at anchor off "
        "the fishing town of Eyl for a month while the owner negotiated a ransom. After its "
        "release on April 14, two European naval frigates escorted the ship out of the danger "
        "zone. The owner, KSRM Group, said all the crew were in good health and would fly home "
        "once the cargo had been unloaded.",
        date(2024, 4, 22),
        ("Maputo", "Eyl|Puntland", "Al Hamriyah|Hamriyah|Al Hamriyah Port|Sharjah"),
        (),
    ),
    Case(
        "lava_flow_through_village_to_the_sea",
        "Lava from La Palma volcano reaches the sea\n\nLOS LLANOS DE ARIDANE, Spain, Sept 29 "
        "(AP) - A river of lava from the volcano on the Spanish Canary island of La Palma "
        "reached the coast late on Tuesday, ten days after the eruption began. The flow, which "
        "emerged from a fissure on the Cumbre Vieja ridge above El Paso on Sept. 19, crept west "
        "down the mountainside before engulfing the church and most of the houses of the "
        "village of Todoque at the weekend. It then spilled over a cliff near Tazacorte on "
        "Tuesday night and poured into the sea at Playa Nueva beach, sending up plumes of steam. "
        "Authorities ordered residents of three neighbourhoods of Tazacorte to stay indoors for "
        "fear of toxic gases. More than 6,000 people have been evacuated, and flights to the "
        "island were cancelled after ash closed the airport at Santa Cruz de La Palma.",
        date(2021, 9, 29),
        ("Cumbre Vieja|El Paso", "Todoque", "Tazacorte|Playa Nueva"),
        (),
    ),
    Case(
        "cyclone_island_then_mainland_skirted_told_later",
        "Cyclone Chido slams Mozambique after devastating Mayotte\n\nMAPUTO, Dec 16 (Reuters) - "
        "Cyclone Chido made landfall in northern Mozambique on Sunday, a day after it tore "
        "through the French Indian Ocean territory of Mayotte, where officials fear hundreds of "
        "people may have died. The storm came ashore near Pemba, the capital of Cabo Delgado "
        "province, with winds of up to 260 km per hour, tearing roofs off schools and health "
        "centres. Chido had skirted the northern tip of Madagascar on Friday, sparing the "
        "island the worst of its winds. The cyclone weakened to a tropical storm as it moved "
        "inland on Monday and was forecast to cross into southern Malawi on Tuesday, the "
        "national weather service said. Aid agencies in Maputo said roads to the north were cut.",
        date(2024, 12, 16),
        ("Madagascar", "Mayotte", "Pemba", "Malawi"),
        (),
    ),
    Case(
        "front_line_through_towns_told_from_the_end",
        "Russian troops push into outskirts of Pokrovsk\n\nKYIV, Dec 16 (Reuters) - Russian "
        "assault units pushed into the southern outskirts of Pokrovsk on Monday, Ukraine's "
        "military said, bringing the front line to the edge of a town that once supplied much "
        "of the army in the Donetsk region. The advance is the culmination of a ten-month drive "
        "west that began after Russian forces captured Avdiivka in February. From there they "
        "broke through at Ocheretyne in April, took the mining town of Novohrodivka in early "
        "September and captured Selydove at the end of October after weeks of street fighting. "
        "Military analysts said Moscow would now try to cut the highway from Pokrovsk to "
        "Dnipro, while local officials urged the last 11,000 residents to leave. President "
        "Volodymyr Zelensky, speaking in Kyiv, again called on allies for more air defence "
        "systems.",
        date(2024, 12, 16),
        (
            "Avdiivka|Avdiyivka|Avdeevka|Avdeyevka",
            "Ocheretyne|Ocheretino",
            "Novohrodivka|Novogrodovka",
            "Selydove|Selidovo",
            "Pokrovsk",
        ),
        (),
    ),
    Case(
        "train_diary_clock_times_across_the_border",
        "Notebook: thirty hours on the train from Beijing to Ulaanbaatar\n\nULAANBAATAR, Oct 11 "
        "- Monday, 7.27 a.m. The K23 pulls out of Beijing Railway Station on time, half empty, "
        "its dining car already serving noodles. Monday, 2 p.m. A twenty-minute halt at "
        "Datong, where vendors sell apples and instant coffee on the platform. Monday, 9 p.m. "
        "At Erenhot, on the Chinese side of the border, the carriages are lifted one by one in "
        "a huge shed so the bogies can be swapped for the wider Mongolian gauge. It takes three "
        "hours and nobody may leave the train. Tuesday, 1 a.m. Passport checks at Zamyn-Uud, "
        "the first town in Mongolia; a guard with a torch counts the bags under our bunks. "
        "Tuesday, 7 a.m. Dawn over the Gobi, with camels grazing beside the track, and a short "
        "stop at Sainshand. Tuesday, 1.30 p.m. We pull into Ulaanbaatar, 30 hours and 1,500 km "
        "after leaving Beijing.",
        date(2023, 10, 11),
        (
            "Beijing",
            "Datong",
            "Erenhot|Erlian|Erlianhot|Erenhot Shi",
            "Zamyn-Uud|Zamyn-Üüd|Dzamïn Üüd",
            "Sainshand|Saynshand",
            "Ulaanbaatar|Ulan Bator",
        ),
        (),
    ),
    Case(
        "pandas_driven_then_flown_with_refuelling_stop",
        "Giant pandas land in San Diego\n\nSAN DIEGO, June 27 (AP) - Two giant pandas from "
        "China, Yun Chuan and Xin Bao, arrived in San Diego on Thursday, the first pandas to "
        "enter the United States in 21 years. The pair were driven overnight from the "
        "Dujiangyan panda base in Sichuan province to Chengdu's Shuangliu airport, where they "
        "were loaded onto a FedEx cargo jet on Wednesday. The plane stopped to refuel in "
        "Anchorage, Alaska, before landing at San Diego International Airport shortly after "
        "noon. The pandas were then taken by truck under police escort to the San Diego Zoo, "
        "where they will spend several weeks in quarantine before going on public view. The "
        "zoo's first pandas, Bai Yun and Gao Gao, were returned to China in 2019.",
        date(2024, 6, 27),
        ("Dujiangyan", "Chengdu", "Anchorage", "San Diego"),
        (),
    ),
    Case(
        "state_visit_third_country_on_the_way_home",
        "Lula stops in Hanoi on way home from Japan\n\nHANOI, March 28 (Reuters) - Brazilian "
        "President Luiz Inacio Lula da Silva arrived in Hanoi from Tokyo on Thursday evening, "
        "stopping in Vietnam on his way home after a state visit to Japan. On Friday he held "
        "talks with Communist Party General Secretary To Lam at the party headquarters, and "
        "the two sides agreed to raise trade to $15 billion by 2030. In Tokyo, where he landed "
        "on Monday after a 30-hour journey from Brasilia, Lula was received by Emperor Naruhito "
        "at the Imperial Palace and held talks with Prime Minister Shigeru Ishiba, who promised "
        "to open the Japanese market to Brazilian beef. Lula flies back to Brasilia on "
        "Saturday. Business leaders travelling with him signed a dozen smaller deals.",
        date(2025, 3, 28),
        ("Brasilia|Brasília", "Tokyo", "Hanoi|Ha Noi", "Brasilia|Brasília"),
        ((21.03, 105.85), (35.68, 139.76)),
    ),
    Case(
        "diplomats_converge_nested_flashback",
        "U.S., Russian top diplomats meet in Riyadh\n\nRIYADH, Feb 18 (Reuters) - U.S. Secretary "
        "of State Marco Rubio and Russian Foreign Minister Sergei Lavrov held more than four "
        "hours of talks at Diriyah Palace in the Saudi capital on Tuesday, the first sit-down "
        "between the two countries' top diplomats since Russia's invasion of Ukraine. Rubio "
        "flew into Riyadh late on Monday from Israel, where he had met Prime Minister Benjamin "
        "Netanyahu in Jerusalem on Sunday, after attending the Munich Security Conference at "
        "the weekend. Lavrov arrived from Moscow on Monday night. Ukraine was not invited. "
        "After the talks Rubio was due to travel on to Abu Dhabi, the last stop of his first "
        "trip to the Middle East as secretary of state.",
        date(2025, 2, 18),
        ("Munich|München", "Jerusalem|Israel", "Riyadh|Diriyah|Ad Diriyah", "Abu Dhabi"),
        ((24.71, 46.67), (31.78, 35.22)),
        actor="Marco Rubio",
    ),
    Case(
        "royal_state_visit_airport_town",
        "King Charles addresses Italian parliament on state visit\n\nROME, April 8 (AP) - King "
        "Charles III became the first British monarch to address the Italian parliament on "
        "Tuesday, on the first full day of a four-day state visit. The king and Queen Camilla "
        "flew into Ciampino airport from London on Monday evening. On Tuesday morning they were "
        "welcomed by President Sergio Mattarella at the Quirinale Palace, where the two heads "
        "of state held talks before a state banquet in the evening. The couple will travel on "
        "Thursday to Ravenna, the Adriatic city where the poet Dante Alighieri is buried, "
        "before flying back to London. A planned audience with Pope Francis at the Vatican was "
        "postponed because of the pontiff's health.",
        date(2025, 4, 8),
        ("London", "Rome|Ciampino", "Ravenna", "London"),
        ((41.90, 12.49),),
    ),
    Case(
        "first_foreign_trip_ends_with_a_list",
        "Iran's Pezeshkian visits Iraqi Kurdistan on first foreign trip\n\nERBIL, Iraq, Sept 12 "
        "(Reuters) - Iranian President Masoud Pezeshkian held talks with Kurdistan Region "
        "President Nechirvan Barzani in Erbil on Thursday, the first visit by an Iranian "
        "president to the region's capital. Pezeshkian flew in from Baghdad, where he had "
        "arrived from Tehran on Wednesday for talks with Prime Minister Mohammed Shia al-Sudani "
        "that ended with the signing of 14 memorandums of understanding. He is expected to "
        "visit the Shi'ite holy cities of Najaf and Karbala and the southern port city of Basra "
        "on Friday before returning to Tehran. Iraq is Iran's biggest market for gas and "
        "electricity exports, and millions of Iranian pilgrims travel to its shrines each year.",
        date(2024, 9, 12),
        ("Tehran", "Baghdad", "Erbil|Arbil", "Najaf", "Karbala", "Basra|Basrah", "Tehran"),
        ((36.19, 44.01), (33.31, 44.37)),
    ),
    Case(
        "lakeside_talks_by_road_across_the_border",
        "Serbia, Kosovo leaders back EU plan at lakeside talks\n\nOHRID, North Macedonia, March "
        "19 (Reuters) - Kosovo Prime Minister Albin Kurti and Serbian President Aleksandar "
        "Vucic agreed late on Saturday on how to implement an EU-backed plan to normalise "
        "relations, after 12 hours of talks hosted by EU foreign policy chief Josep Borrell at "
        "a hotel on the shore of Lake Ohrid. Kurti travelled by road from Pristina in the "
        "morning, crossing into North Macedonia at Hani i Elezit and passing through Skopje, "
        "while Vucic flew in from Belgrade. Borrell said the two sides had not signed the deal "
        "but had committed to it. Kurti returned to Pristina on Sunday, where opposition "
        "parties accused him of conceding too much. The European Union has made the deal a "
        "condition of both countries' progress towards membership.",
        # written dated March 18, which the Sunday return contradicts; set to March 19 after the
        # first run (an authoring slip, not a change of the expected answer)
        date(2023, 3, 19),
        (
            "Pristina|Prishtina|Priština|Prishtinë",
            "Hani i Elezit|Elez Han|Hani i Elezit Municipality",
            "Skopje",
            "Ohrid",
            "Pristina|Prishtina|Priština|Prishtinë",
        ),
        ((41.12, 20.80),),
        actor="Albin Kurti",
    ),
    Case(
        "champions_stranded_then_flown_home_and_on",
        "India's T20 champions return to heroes' welcome\n\nNEW DELHI, July 4 (Reuters) - "
        "India's Twenty20 World Cup winning cricket team landed in New Delhi early on Thursday "
        "after a 16-hour charter flight from Barbados, where they had been stranded for three "
        "days by Hurricane Beryl after winning the final in Bridgetown on Saturday. Captain "
        "Rohit Sharma and his players met Prime Minister Narendra Modi at his official "
        "residence over breakfast, before flying on to Mumbai in the afternoon for an open-top "
        "bus parade to the Wankhede Stadium, where tens of thousands of fans had gathered in "
        "the rain. The Board of Control for Cricket in India has promised the squad prize "
        "money of 1.25 billion rupees. Hundreds of fans had waited since before dawn outside "
        "the airport terminal.",
        date(2024, 7, 4),
        ("Bridgetown|Barbados", "New Delhi|Delhi", "Mumbai"),
        ((28.61, 77.21),),
    ),
]

# first-run misses, with their reason (first run: 0/12 routes, 0/12 with the expected stops as
# a subsequence of the route found, 2/6 meetings; 3/6 with the Ohrid article's date set right)
ROUTE_FAILS14: dict[str, str] = {
    "hijacked_carrier_held_off_somali_town": "first run: Maputo > Ål > United Arab Emirates. "
    "'docked at Al Hamriyah port': spaCy tags no entity there, only 'Al' is taken and resolves "
    "to Ål, Norway, and the gazetteer has no Al Hamriyah (recognition/resolution); 'steered it "
    "to the coast of Puntland and held it at anchor off the fishing town of Eyl': 'steer' moves "
    "nothing and 'at anchor off' is no stay, so Eyl is only a location of 'negotiated' (events); "
    "the gazetteer has no Puntland",
    "lava_flow_through_village_to_the_sea": "first run: La Palma del Condado > La Palma del "
    "Condado > Tazacorte. The island 'La Palma' resolves to a town in Andalusia (the gazetteer "
    "has no island of that name) and is kept twice in a row (resolution/routes); 'emerged from a "
    "fissure on the Cumbre Vieja ridge above El Paso', 'crept west', 'engulfing ... the village "
    "of Todoque', 'spilled over a cliff near Tazacorte' and 'poured into the sea' are no moves "
    "(events; Tazacorte is a stop only through 'steam' of 'plumes of steam'); 'Cumbre' is tagged "
    "NORP and Todoque ORG, neither in the gazetteer (recognition)",
    "train_diary_clock_times_across_the_border": "first run: Narrator: Beijing > Ulaanbaatar. "
    "The diary's verbless entries 'A twenty-minute halt at Datong', 'At Erenhot ... the "
    "carriages are lifted' and 'Passport checks at Zamyn-Uud' give no move ('halt' is no stay "
    "noun; events); 'Dawn over the Gobi ... and a short stop at Sainshand' makes 'Dawn' and "
    "'Gobi' the movers of the stop (mover); 'The K23 pulls out of Beijing Railway Station' is the "
    "train's, with the station unresolved (recognition); Zamyn-Uud is tagged ORG and not in "
    "the gazetteer",
    "pandas_driven_then_flown_with_refuelling_stop": "first run: Xin Bao: Anchorage > Chengdu "
    "> San Diego; Yun Chuan: China > San Diego. 'Yun Chuan and Xin Bao' are two movers and 'the "
    "pair' / 'the plane' go to the last named only (mover); the undated 'stopped to refuel in "
    "Anchorage ... before landing at San Diego' is put before Wednesday's drive to Chengdu "
    "though told after it (routes/dates); 'the Dujiangyan panda base' is tagged ORG and the "
    "gazetteer has no Dujiangyan, so the start is Sichuan, dropped for Chengdu inside it; now "
    "Yun Chuan: Chengdu > Anchorage > San Diego ('the pair' both pandas, the order right), "
    "only Dujiangyan missing",
}
MEETING_FAILS14: dict[str, str] = {}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS14, CASES14))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS14, CASES14))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
