"""Blind route batch 16: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS16 and MEETING_FAILS16."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# kinds the earlier batches lacked: a leader's armoured train to a summit at a launch site with
# the legs after it announced and an old trip to the same city as background, a rally driver's
# stages told from the middle with a rest day and a loop, a pilgrim's walk told from its end
# with a spouse joining for the last weeks and a home town as background, a refugee bus convoy
# up the Nile with an overnight halt and a border wait, a mediator between two capitals with a
# flashback to a rebel-held city and an earlier meeting of the two presidents elsewhere, a
# transcontinental train held up by a washout, a typhoon told with dates and forecast legs, a
# yacht race leg into a home port with the previous leg sailed by a rival, a hijacked lorry
# tracked across three countries that never reached its destination, a stray drone crossing
# a border, an evacuee flown out by helicopter and charter flight with a leader stuck
# elsewhere, a refugee boat pushed back from one town before landing at another
CASES16 = [
    Case(
        "leader_armoured_train_to_a_launch_site_legs_after_announced",
        "Putin hosts North Korea's Kim at space launch centre\n\nVOSTOCHNY COSMODROME, Russia, "
        "Sept 13 (Reuters) - Russian President Vladimir Putin welcomed North Korean leader Kim "
        "Jong Un at the Vostochny Cosmodrome in Russia's Far East on Wednesday, showing him round "
        "the launch site before talks that Washington fears will lead to an arms deal. Kim left "
        "Pyongyang on Sunday evening aboard his armoured green train and crossed into Russia at "
        "the border station of Khasan early on Tuesday, before heading north for more than a day "
        "along the Trans-Siberian railway. Putin flew in from Vladivostok, where he had addressed "
        "an economic forum on Tuesday. The two leaders held more than four hours of talks, "
        'including a one-on-one session, and Kim raised a toast to Russia\'s "sacred fight". '
        "After the summit Kim will travel on to Komsomolsk-on-Amur, where Sukhoi fighter jets "
        "are built, and then to Vladivostok to inspect the Pacific Fleet, the Kremlin said. It "
        "was not clear when he would return to North Korea. Kim's only other trip to Russia was "
        "also to Vladivostok, in 2019.",
        date(2023, 9, 13),
        (
            "Pyongyang",
            "Khasan",
            "Vostochny Cosmodrome|Vostochny|Tsiolkovsky|Tsiolkovskiy|Uglegorsk",
            "Komsomolsk-on-Amur|Komsomol'sk-na-Amure|Komsomolsk-na-Amure",
            "Vladivostok",
        ),
        ((51.88, 128.33),),
        actor="Kim Jong Un",
    ),
    Case(
        "rally_driver_stages_told_from_the_middle_rest_day_and_loop",
        "Sainz takes Dakar lead as rally reaches Hail\n\nHAIL, Saudi Arabia, Jan 15 (Reuters) - "
        "Spain's Carlos Sainz took the overall lead of the Dakar Rally on Monday after finishing "
        "second on the eighth stage, a 458-km run through the dunes from Al Duwadimi to Hail. The "
        "61-year-old Audi driver spent Saturday's rest day in Riyadh, where the bivouac was set "
        "up after the 48-hour marathon stage, and drove back west to Al Duwadimi on Sunday. "
        "Sainz, a three-time winner, started the race in AlUla on Jan. 5 and survived a heavy "
        "landing on the fourth stage into Hofuf that damaged his car's suspension. Saudi driver "
        "Yazeed Al-Rajhi, who led after the first week, crashed out during the marathon stage. "
        "The route loops around Hail on Tuesday before heading back to AlUla on Wednesday, and "
        "the race ends in Yanbu on the Red Sea coast on Friday. Qatar's Nasser Al-Attiyah, the "
        "defending champion, trails by 26 minutes.",
        date(2024, 1, 15),
        (
            "AlUla|Al-'Ula|Al 'Ula|Al Ula|Al-Ula|Al ‘Ulā",
            "Hofuf|Al Hufuf|Al-Hofuf|Al Hofuf|Hufuf|Al-Hasa|Al Mubarraz",
            "Riyadh|Ar Riyad|Ar Riyāḑ",
            "Al Duwadimi|Ad Dawadimi|Ad Dawādimī|Al Dawadmi|Dawadmi|Duwadimi",
            "Hail|Ha'il|Ḩā'il|Ḩāʼil|Hayil",
            "AlUla|Al-'Ula|Al 'Ula|Al Ula|Al-Ula|Al ‘Ulā",
            "Yanbu|Yanbu' al Bahr|Yanbu al Bahr|Yanbu`|Yanbu‘",
        ),
        (),
        actor="Carlos Sainz",
    ),
    Case(
        "pilgrim_walk_told_from_the_end_spouse_joins_for_last_weeks",
        "British grandmother completes 2,000-km pilgrimage to Rome\n\nROME, Aug 3 (AP) - A "
        "68-year-old British grandmother walked into St. Peter's Square on Saturday, four months "
        "after setting off on foot from Canterbury Cathedral, completing the Via Francigena "
        "pilgrim route. Margaret Ellis, a retired teacher from Leeds, crossed the English Channel "
        "by ferry to Calais in early April and walked through the vineyards around Reims and on "
        "to Besancon before crossing the Alps into Aosta in mid-June. Her husband, Tony, flew out "
        "to Lucca to walk the last three weeks with her, and the couple went on together through "
        "Siena and Viterbo. Ellis, who raised 40,000 pounds for a dementia charity, said her feet "
        'had held up better than her boots: she went through four pairs. "The hardest day was '
        'the climb to the pass in the snow," she said. She plans to fly home to Manchester on '
        "Tuesday, and her daughter will drive her from the airport back to Leeds.",
        date(2024, 8, 3),
        (
            "Canterbury",
            "Calais",
            "Reims|Rheims",
            "Besançon|Besancon",
            "Aosta|Aoste",
            "Lucca",
            "Siena",
            "Viterbo",
            "Rome|Roma|Vatican City|Vatican",
            "Manchester",
            "Leeds",
        ),
        (),
        actor="Margaret Ellis",
    ),
    Case(
        "refugee_bus_convoy_up_the_nile_overnight_halt_border_wait",
        "Sudanese families reach Egypt after four-day bus journey\n\nASWAN, Egypt, April 28 "
        "(Reuters) - A convoy of 14 buses carrying about 700 people fleeing the fighting in "
        "Khartoum reached the Egyptian city of Aswan on Friday, four days after leaving the "
        "Sudanese capital. The convoy, organised by a Sudanese community group, drove north on "
        "Monday along the Nile through Shendi to Atbara, where it stopped overnight to refuel, "
        "and reached the border town of Wadi Halfa on Wednesday. The passengers then waited more "
        "than 30 hours at the border crossing before Egyptian officials let the buses through on "
        "Thursday evening. They spent the night in Abu Simbel and set off again at dawn. Most of "
        "the passengers are women, children and elderly people, as men of military age need "
        "visas to enter Egypt. Many have relatives in Cairo, and some had flown there from "
        "Khartoum before the fighting shut the city's airport. The World Health Organization "
        "says the fighting has killed more than 500 people.",
        date(2023, 4, 28),
        ("Khartoum", "Shendi", "Atbara", "Wadi Halfa", "Abu Simbel", "Aswan"),
        (),
    ),
    Case(
        "mediator_between_two_capitals_flashback_to_rebel_held_city",
        "Qatari mediator shuttles between Kigali and Kinshasa\n\nKINSHASA, March 26 (Reuters) - "
        "Qatar's minister of state Mohammed Al-Khulaifi held talks with Congolese President Felix "
        "Tshisekedi in Kinshasa on Wednesday, a day after meeting Rwandan President Paul Kagame "
        "in Kigali, as Doha pressed on with its efforts to end the fighting in eastern Congo. "
        "Al-Khulaifi flew in from the Rwandan capital on Tuesday night and is due to return there "
        "on Thursday with Congo's reply to a draft ceasefire text, two diplomats said. Last week "
        "he had travelled from Doha to Goma, the city seized by M23 rebels in January, to meet "
        "the rebel leaders, and crossed into Rwanda by road at Gisenyi before driving on to "
        "Kigali. Tshisekedi and Kagame met in Doha on March 18, for the first time since the "
        "rebel advance, and called for an immediate ceasefire. The United Nations says the "
        "conflict has displaced more than 7 million people.",
        date(2025, 3, 26),
        ("Doha", "Goma", "Gisenyi|Rubavu", "Kigali", "Kinshasa", "Kigali"),
        ((-4.32, 15.31), (-1.95, 30.06), (-1.68, 29.23), (25.29, 51.53)),
        actor="Mohammed Al-Khulaifi",
    ),
    Case(
        "transcontinental_train_held_by_a_washout",
        "Indian Pacific reaches Perth 18 hours late after washout\n\nPERTH, Jan 31 (AAP) - The "
        "Indian Pacific pulled into Perth late on Wednesday, 18 hours behind schedule, after a "
        "washout on the transcontinental line left the train and its 200 passengers stranded in "
        "the desert west of the South Australian border. The train left Sydney on Sunday "
        "afternoon and stopped at Broken Hill on Monday morning for a tour of the outback mining "
        "town before reaching Adelaide that evening. Crews repaired 40 metres of track overnight "
        "on Tuesday, and the train crawled on to Kalgoorlie, where passengers were given dinner "
        "in the goldfields town's hotels before the final leg. Journey Beyond, which runs the "
        "service, said passengers would be offered a partial refund. Freight trains between the "
        "eastern states and Perth were also held up, and supermarkets warned of shortages of "
        "fresh produce across Western Australia.",
        date(2024, 1, 31),
        ("Sydney", "Broken Hill", "Adelaide", "Kalgoorlie|Kalgoorlie-Boulder", "Perth"),
        (),
    ),
    Case(
        "typhoon_crawls_told_with_dates_and_forecast_legs",
        "Typhoon Shanshan crawls across Kyushu, heads for Shikoku\n\nTOKYO, Aug 30 (Reuters) - "
        "Typhoon Shanshan inched across Japan's southern main island of Kyushu on Friday, "
        "dumping record rain and forcing millions to seek shelter, a day after it came ashore "
        "near Satsumasendai in Kagoshima prefecture shortly before 8 a.m. on Thursday. The storm "
        "moved north through Kumamoto overnight and by Friday afternoon was over Oita on the "
        "island's east coast, moving at about 10 km an hour, the Japan Meteorological Agency "
        "said. It is forecast to cross the sea to Ehime prefecture on Saturday and to reach "
        "Wakayama on Sunday before weakening. Before hitting Kyushu, Shanshan had passed close "
        "to Amami on Tuesday. At least five people have died, including three members of a "
        "family buried by a landslide in Gamagori, in central Japan, on Wednesday, far from the "
        "storm's centre. Toyota suspended production at its factories, and hundreds of flights "
        "from Fukuoka and Kagoshima were cancelled.",
        date(2024, 8, 30),
        (
            "Amami|Amami Islands|Amami-Oshima|Amami-Ōshima",
            "Satsumasendai|Satsuma-Sendai",
            "Kumamoto",
            "Oita|Ōita",
            "Ehime",
            "Wakayama",
        ),
        (),
    ),
    Case(
        "yacht_race_leg_into_home_port_previous_leg_sailed_by_a_rival",
        "American crew wins Ocean Race leg into home port\n\nNEWPORT, Rhode Island, May 10 "
        "(Reuters) - Skipper Charlie Enright sailed into his home port of Newport on Wednesday to "
        "win the fourth leg of The Ocean Race, 17 days after setting off from Itajai in southern "
        "Brazil. Enright's boat, 11th Hour Racing Team, took the lead off the Brazilian coast in "
        "the first week and held off the chasing boats in light winds off the U.S. East Coast. "
        "Kevin Escoffier, skipper of Team Holcim-PRB, whose crew had won the previous leg from "
        "Cape Town to Itajai around Cape Horn, said the Americans had sailed a perfect race. "
        "Thousands of spectators lined the shore to greet the boats. Enright, who grew up in "
        "Bristol, Rhode Island, will lead the fleet out of Newport again on May 21 for the "
        "transatlantic leg to Aarhus in Denmark. Enright called it the best day of his sailing "
        "life.",
        date(2023, 5, 10),
        ("Itajaí|Itajai", "Newport", "Aarhus|Århus"),
        (),
        actor="Charlie Enright",
    ),
    Case(
        "hijacked_lorry_tracked_across_borders_never_reached_its_port",
        "Hijacked lorry of Champagne found empty in Poland\n\nWARSAW, Nov 22 (Reuters) - Polish "
        "police have found a lorry that was carrying 18,000 bottles of Champagne when it was "
        "hijacked near Reims last week, abandoned and empty in a car park outside Poznan, police "
        "said on Wednesday. The lorry had been loaded at a warehouse in Epernay on Tuesday last "
        "week and was bound for Rotterdam when two men posing as police officers stopped it at a "
        "motorway services, tied up the driver and drove off, French prosecutors said. The "
        "driver was found unharmed in a lay-by hours later. Tracking data showed the lorry "
        "crossed into Germany near Saarbruecken that night and passed Leipzig before entering "
        "Poland at Frankfurt an der Oder on Thursday. Investigators believe the cargo, worth "
        "about 700,000 euros, was unloaded somewhere in Germany. The haulage company is based in "
        "Kaunas in Lithuania.",
        date(2023, 11, 22),
        (
            "Épernay|Epernay",
            "Reims|Rheims",
            "Saarbrücken|Saarbrucken|Saarbruecken",
            "Leipzig",
            "Frankfurt (Oder)|Frankfurt an der Oder|Frankfurt/Oder|Frankfurt",
            "Poznań|Poznan",
        ),
        (),
    ),
    Case(
        "stray_drone_crosses_a_border_and_crashes",
        "Russian drone crashes in Latvia after crossing from Belarus\n\nRIGA, Sept 8 (Reuters) - "
        "A Russian military drone that flew into Latvia from Belarus crashed in a field near the "
        "eastern town of Rezekne early on Saturday, the Latvian armed forces said. The drone, "
        "believed to be one of dozens of Shahed-type attack drones launched overnight at "
        "targets in Ukraine, strayed north across Belarus and entered Latvian airspace near "
        "Kraslava shortly after 2 a.m. It flew about 70 km further north before coming down, "
        "the military said. No one was hurt. "
        "Soldiers cordoned off the wreckage, which did not appear to carry explosives. Prime "
        "Minister Evika Silina said in Riga that Latvia would ask NATO allies for more air "
        "defence systems. Poland and Romania have reported several similar incursions over the "
        "past year.",
        date(2024, 9, 8),
        ("Belarus", "Krāslava|Kraslava", "Rēzekne|Rezekne"),
        (),
    ),
    Case(
        "evacuee_helicopter_then_charter_flight_then_home",
        "Americans fleeing Haiti land in Miami on first charter flight\n\nMIAMI, March 18 (AP) - "
        "A charter flight carrying more than 30 U.S. citizens who fled gang violence in Haiti "
        "landed in Miami on Sunday, the first evacuation flight arranged by the State Department "
        "since gangs forced the main airport in Port-au-Prince to close. Among the passengers "
        "was Rachel Lavoie, a nurse from Ohio who had worked at a clinic in the Haitian capital "
        "for six years. She left Port-au-Prince by helicopter on Saturday for Cap-Haitien, on "
        "Haiti's north coast, and spent the night at a mission guesthouse there before boarding "
        'the flight. "I left everything," she said at the airport. She will fly on to Columbus '
        "on Tuesday to stay with her sister. Other passengers made a 10-hour drive north over "
        "roads controlled by gangs. Prime Minister Ariel Henry, who has promised to resign, has "
        "been stuck in Puerto Rico since he was barred from landing in the Dominican Republic on "
        "his way home from Kenya. The State Department said more flights would leave "
        "Cap-Haitien this week.",
        date(2024, 3, 18),
        (
            "Port-au-Prince",
            "Cap-Haïtien|Cap-Haitien|Cap Haitien|Okap",
            "Miami",
            "Columbus",
        ),
        (),
        actor="Rachel Lavoie",
    ),
    Case(
        "refugee_boat_pushed_back_from_one_town_lands_at_another",
        "Rohingya boat lands in Aceh after villagers push it back to sea\n\nBANDA ACEH, "
        "Indonesia, Nov 20 (Reuters) - A wooden boat carrying about 250 Rohingya refugees came "
        "ashore near Lhokseumawe in Indonesia's Aceh province on Sunday, three days after "
        "villagers in Bireuen, about 60 km further west along the coast, gave the passengers "
        "food and fuel but pushed the boat back out to sea. The refugees, many of them women and "
        "children, told officials they had left the camps at Cox's Bazar in Bangladesh two weeks "
        "earlier and had hoped to reach Malaysia. Local officials said the new arrivals would be "
        "taken by bus on Tuesday to a former immigration office in Banda Aceh, the provincial "
        "capital. More than 1,000 Rohingya have landed in Aceh since last week, the U.N. refugee "
        "agency UNHCR said, and some residents say they can no longer cope. About a million "
        "Rohingya live in the Bangladesh camps, most of them having fled Myanmar in 2017.",
        date(2023, 11, 20),
        ("Cox's Bazar|Cox’s Bazar|Cox's Bāzār", "Bireuen", "Lhokseumawe", "Banda Aceh"),
        (),
    ),
]

# first-run misses (first run on 332e0ed: 0/12 routes in strict order, 12/12 meetings), with
# what the run gave and, since branch routes16 (7/12 routes), what still fails
ROUTE_FAILS16: dict[str, str] = {
    "rally_driver_stages_told_from_the_middle_rest_day_and_loop": (
        "first run: routes [Carlos Sainz: Caluula > Al Hufūf > Ha'il > Yanbu > Caluula] "
        "meetings []; now ... > Caluula > Riyadh (the rest day is his). The gazetteer lacks "
        "AlUla (read as Caluula, Somalia) and Al Duwadimi (gazetteer); 'The route loops around "
        "Hail on Tuesday before heading back to AlUla on Wednesday', told in the present on a "
        "Monday, is dated to the days before (dates)"
    ),
    "pilgrim_walk_told_from_the_end_spouse_joins_for_last_weeks": (
        "first run: routes [Margaret Ellis: Leeds > Calais > Reims > Besançon > Aosta > St. "
        "Peter's Square; Tony: Siena > Viterbo > Lucca > Manchester > Leeds] meetings []; now "
        "Margaret Ellis: Reims > Calais > Besançon > Aosta (her home town Leeds is no origin). "
        "'Canterbury Cathedral' is not recognised (recognition); a four-month walk told from "
        "its end is cut by the 45-day trip window; the husband who 'flew out to Lucca to walk "
        "the last three weeks with her' keeps Lucca, Siena and Viterbo, and 'She plans to fly "
        "home' goes to him, the last mover (no gender); 'walked into St. Peter's Square' is the "
        "square, not Rome (events, routes); now Canterbury > Calais > Reims > Besançon > Aosta "
        "> Siena > Viterbo > St. Peter's Square > Manchester > Leeds: the couple's places are "
        "hers and the April crossing stays in April; Lucca, told only as the husband's flight, "
        "is missing"
    ),
    "hijacked_lorry_tracked_across_borders_never_reached_its_port": (
        "first run: routes [lorry: Reims > Saarbrücken > Rotterdam; Tracking data: Leipzig > "
        "Frankfurt (Oder)] meetings []; now lorry: Reims > Épernay > Saarbrücken > Leipzig > "
        "Frankfurt (Oder). 'hijacked near Reims last week', told in the lede and dated by its "
        "week only, keeps its place before the loading on 'Tuesday last week'; 'found ... "
        "abandoned and empty in a car park outside Poznan' is no move (events, routes)"
    ),
    "refugee_boat_pushed_back_from_one_town_lands_at_another": (
        "first run: routes [] meetings []; now Rohingya boat: Cox's Bazar > Lhokseumawe > "
        "Banda Aceh. 'three days after villagers in Bireuen ... pushed the boat back out to "
        "sea': the boat's stop at Bireuen is told only through what others did to it there "
        "(events)"
    ),
}
MEETING_FAILS16: dict[str, str] = {}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS16, CASES16))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS16, CASES16))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
