"""Blind route batch 22: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS22 and MEETING_FAILS22."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 22: twelve articles written before the code was run on them. Stops and
# meetings were fixed before the first run (see test_routes_unseen for the scoring); the misses
# of the first run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, six told plainly in the order things happened (with dates
# where a journalist gives them) and six with one complication each. Plain: a leatherback turtle
# tagged on its nesting beach at Awala-Yalimapo in French Guiana and tracked by satellite past
# Barbados and Bermuda into the Gulf of Maine and to the waters off Halifax (the dateline), the
# Gulf Stream and Dalhousie University as no stops; a French pilot flying a 1930s biplane along
# the old Latécoère airmail route, Toulouse, Alicante, Casablanca, Agadir, Tarfaya (where
# Saint-Exupéry once ran the airfield: background, no other place), a sandstorm halt in
# Nouadhibou, Saint-Louis and Dakar, where the transport minister welcomes her at the old Yoff
# airfield (the meeting); a Kansas custom-harvest crew following the wheat from its home yard in
# Hays south to Vernon, Texas, north to Enid, back home to Hays, then Holdrege, Lemmon and Minot
# (the dateline), the states named only as containers or in a summary; a garment worker's Eid
# journey home in Bangladesh, Gazipur by bus to Dhaka's river terminal, the night launch to
# Barisal, a bus to Patuakhali and a rickshaw to Kalapara, where her mother and son wait at the
# roadside (the meeting); a Spanish search-and-rescue team leader flown out of the Torrejón air
# base to Adana after the 2023 Turkish earthquake, bussed to Antakya, moved to Kahramanmaraş,
# driven to Gaziantep and flown back to Torrejón, where the interior minister waits on the
# tarmac (the meeting), Turkey and Syria as background; a Swedish activist going overland to the
# Baku climate talks, Stockholm, Hamburg, Vienna, Istanbul, Batumi and Tbilisi by train and bus
# and the one flight to Baku, where she hands a letter to the COP29 president (the meeting), the
# trains between Vienna and Istanbul unnamed.
# With one complication: a container ship's Arctic voyage told from its arrival in Gdansk, the
# earlier legs in the pluperfect backwards (Rotterdam, then Felixstowe, then Ningbo and the
# Bering Strait), the Suez Canal named only as the usual route and the Northern Sea Route as a
# sea lane; a Thai property tycoon arrested in Sarajevo, his flight from Bangkok through Hong
# Kong, Dubai and Istanbul told in the pluperfect after the arrest, an extradition hearing in
# Sarajevo to come (no new stop); a Danube river cruise ship stranded by low water at Komárno,
# its legs from Passau by Melk, Vienna and Bratislava, with a second mover, the passengers,
# bussed on to Budapest, which is no stop of the ship; a Guinean opposition leader back from
# exile, Paris to Dakar to Conakry, where he meets the military ruler (the meeting), a planned
# trip home to Labé, and background places: the French foreign ministry in Paris (his first stop
# named again) and the State Department in Washington reacting, a march in Kankan in 2021, an
# ECOWAS summit in Abuja to come; a truck driver hauling a telescope mirror across Argentina
# through towns whose names are shared with bigger or better-known places abroad (Santa Rosa,
# San Luis, Mendoza, San Juan), met by the governor at the entrance to San Juan (the meeting); a
# British racehorse in quarantine at Werribee before the Melbourne Cup, Newmarket by road to
# Liège, the flight by Dubai to Melbourne, and future legs: vanned to Flemington, flown to Hong
# Kong and home to Newmarket.
# Decisions (as in batches 17-21): a stop named beside its container accepts the container
# (French Guiana for Awala-Yalimapo; Antakya also accepts Hatay, its province), and a venue is
# its town (the Yoff airfield, Sadarghat, the Torrejón air base, the presidential palace,
# Werribee racecourse); a place passed close to is a stop ('passed east of Barbados', 'swimming
# past Bermuda', 'passed through the Bering Strait'), and so is a sea area the tracked animal is
# in ('her signal came from the Gulf of Maine'), but a current ridden (the Gulf Stream), a sea
# lane (the Northern Sea Route) and a canal named as the usual route (the Suez Canal) are not;
# the place a traveller sets out from is the first stop even when the lede names only the end
# ('left his yard in Hays', 'had slipped out of Bangkok', 'had left Ningbo'); a stop visited
# twice is listed twice (Hays, Torrejón, Newmarket); planned legs stated as plans are stops ('He
# plans to travel to his home town of Labé on Sunday', 'is due to be vanned to Flemington', 'is
# to fly to Hong Kong ... and then return to Newmarket'), but a hearing or a wait to come
# without a journey is none (the extradition court in Sarajevo, the mirror kept in San Juan
# until its dome is built); a country or state named only as a container or in a summary ('began
# in Texas', 'in Georgia', 'across Argentina', 'before reaching Poland', 'southern Turkey') is
# no extra stop; a place of another mover (the passengers' Budapest) and a place only named as
# background (Paris and Washington reacting, Kankan, Abuja, Dhaka's suburbs, the Atlantic,
# Senegal's schools) are no stops, and a race named after a city is no stop by itself ('the
# Melbourne Cup'; Melbourne is a stop because the plane lands there). A minister welcoming a
# pilot or a rescue team at an airfield, talks between an opposition leader and a military
# ruler, a governor meeting a driver at the city's entrance, a family waiting for a traveller
# and an activist handing a letter to a conference president are meetings; an arrest by unnamed
# officers is no meeting, and there is none for the turtle, the harvest crew, the container
# ship, the cruise ship and the racehorse. Stop spellings accept the GeoNames names and plain
# ASCII ('Gdańsk|Gdansk', 'Kahramanmaraş|Kahramanmaras', 'Liège|Liege',
# 'Barisal|Barisāl|Barishal', 'Komárno|Komarno', Komárom across the river).
CASES22 = [
    Case(
        "leatherback_turtle_tracked_from_french_guiana_to_nova_scotia_told_plainly_with_dates",
        "Leatherback turtle tagged in French Guiana reaches Nova Scotia\n\n"
        "HALIFAX, Nova Scotia, Sept 24 (Reuters) - A female leatherback turtle fitted with a "
        "satellite tag on a nesting beach in French Guiana has swum more than 6,000 km north to "
        "feed on jellyfish off Nova Scotia, Canadian and French researchers said on Wednesday. "
        "The turtle, which the team named Maripa, laid her last clutch of eggs of the season at "
        "Awala-Yalimapo, a beach village in the west of the territory, on June 28, when "
        "biologists glued the transmitter to her shell. She swam out into open water in early "
        "July and passed east of Barbados on July 19. By mid-August she was swimming past "
        "Bermuda, riding the warm water of the Gulf Stream, and on Sept 6 her signal came from "
        "the Gulf of Maine. She reached the waters south of Halifax on Sept 21 and has been "
        'feeding there since. "She is doing exactly what leatherbacks have done for a hundred '
        'million years, and she does it without a map," said marine biologist Claire Thibodeau '
        "of Dalhousie University. Leatherbacks, the largest living turtles, can weigh more than "
        "500 kg, and their numbers in the Atlantic have fallen sharply because of fishing nets. "
        "Researchers expect Maripa to stay in Canadian waters until October before she heads "
        "south again.",
        date(2025, 9, 24),
        ("Awala-Yalimapo|French Guiana", "Barbados", "Bermuda", "Gulf of Maine", "Halifax"),
        (),
        actor="Maripa",
    ),
    Case(
        "vintage_biplane_flies_the_old_airmail_route_to_dakar_told_plainly_minister_meets",
        "French pilot flies vintage biplane along old airmail route to Dakar\n\n"
        "DAKAR, Oct 12 (AFP) - A French pilot landed a restored 1930s biplane in Dakar on "
        "Sunday, completing a nine-day, 4,200-km flight along the route that Latécoère airmail "
        "pilots opened between France and West Africa a century ago. Claire Vasseur, 41, took "
        "off from Toulouse on Oct 3 in an open-cockpit Stampe with a sack of 2,000 letters and "
        "flew over the mountains to Alicante, where she spent the night. On Oct 5 she flew on to "
        "Casablanca, and the next day she went on to Agadir. Headwinds slowed her over the "
        "desert, and on Oct 7 she landed at Tarfaya, where the young Antoine de Saint-Exupéry "
        "once ran a lonely airfield. A sandstorm then kept her on the ground in Nouadhibou for "
        "two days. She reached Saint-Louis, the old colonial capital at the mouth of the Senegal "
        "river, on Saturday afternoon. In Dakar she was welcomed at the old Yoff airfield by "
        'Transport Minister Ousmane Ndiaye, who took the sack of letters from her. "My hands '
        'froze over the mountains and cooked over the desert," Vasseur said. The letters, '
        "written by French schoolchildren, will be handed out in schools across Senegal next "
        "week.",
        date(2025, 10, 12),
        (
            "Toulouse",
            "Alicante|Alacant",
            "Casablanca",
            "Agadir",
            "Tarfaya",
            "Nouadhibou",
            "Saint-Louis|Saint Louis",
            "Dakar",
        ),
        ((14.69, -17.45),),
        actor="Claire Vasseur",
    ),
    Case(
        "custom_harvest_crew_follows_the_wheat_from_texas_to_north_dakota_told_plainly_home_twice",
        "Kansas harvest crew reaches North Dakota at end of wheat run\n\n"
        "MINOT, N.D., Aug 19 (AP) - Dale Kessler's three combines were cutting spring wheat "
        "north of Minot on Tuesday, the last stop of a harvest run that began in Texas in May "
        "and has followed the ripening grain north across six states. Kessler, 58, a "
        "third-generation custom harvester, and his crew of six left his yard in Hays, Kansas, "
        "on May 24, hauling the machines south on flatbed trucks. They started cutting near "
        "Vernon, Texas, on May 27 and stayed two weeks. On June 10 they moved north to Enid, "
        "Oklahoma, where hail flattened some of the fields they had been hired to cut. The crew "
        "was back in Hays by June 24, harvesting for neighbours until the middle of July, and "
        "then drove north to Holdrege, Nebraska. On Aug 1 they reached Lemmon, on South Dakota's "
        'border with North Dakota, and on Aug 12 they pulled into Minot. "You chase the weather '
        'and you chase the price, and some years you catch neither," Kessler said. Wheat prices '
        "are near five-year lows, and the number of custom crews has roughly halved since the "
        "1990s. Kessler's crew will cut sunflowers around Minot until late September.",
        date(2025, 8, 19),
        ("Hays", "Vernon", "Enid", "Hays", "Holdrege", "Lemmon", "Minot"),
        (),
        actor="Dale Kessler",
    ),
    Case(
        "garment_worker_goes_home_for_eid_by_bus_launch_and_rickshaw_told_plainly_mother_waits",
        "Bangladesh's Eid exodus: a garment worker's 24-hour journey home\n\n"
        "KALAPARA, Bangladesh, March 29 (Reuters) - Rokeya Begum had not seen her son for a "
        "year. On Thursday afternoon, with her Eid bonus sewn into the lining of her bag, the "
        "27-year-old sewing machine operator left the garment factory in Gazipur where she works "
        "and joined the millions of people streaming out of the capital region for the Eid "
        "al-Fitr holiday. A crowded bus took her to Dhaka's Sadarghat river terminal, where she "
        "waited four hours on the jetty before squeezing onto the deck of an overnight launch. "
        "The three-deck ferry docked in Barisal at dawn on Friday. From there she rode a bus to "
        "Patuakhali and then shared an auto-rickshaw for the last stretch to Kalapara, where her "
        "mother, Amena Khatun, and her six-year-old son were waiting at the roadside on Friday "
        'afternoon. "He has grown so much, I did not know whether to laugh or cry," she said. '
        "Authorities expect about 10 million people to leave Dhaka and its industrial suburbs "
        "before the holiday, which begins on Monday. Begum has to be back at her machine on "
        "April 6.",
        date(2025, 3, 29),
        (
            "Gazipur|Gāzīpur",
            "Dhaka",
            "Barisal|Barisāl|Barishal",
            "Patuakhali|Patuākhāli",
            "Kalapara|Kalāpāra",
        ),
        ((21.99, 90.24),),
        actor="Rokeya Begum",
    ),
    Case(
        "rescue_team_leader_flown_to_the_turkish_earthquake_and_back_told_plainly_minister_waits",
        "Spanish rescue team home from Turkey after ten days in the rubble\n\n"
        "MADRID, Feb 17 (Reuters) - A Spanish urban search-and-rescue team that pulled six "
        "people alive from collapsed buildings in southern Turkey returned home on Thursday "
        "night after ten days in the earthquake zone. Javier Ortega, the fire officer who led "
        "the 54-member team, flew out of the Torrejón air base outside Madrid with his "
        "firefighters, four search dogs and 12 tonnes of equipment on Feb 6, hours after the "
        "first earthquake. Their plane landed in Adana that night, and buses took them four "
        'hours south-east to Antakya, where whole streets of apartment blocks had fallen. "We '
        'worked by the light of generators and listened for tapping," Ortega said. On Feb 12 '
        "Ortega and his team moved north to Kahramanmaraş, near the epicentre, and searched a "
        "collapsed hospital for three days. On Wednesday they were driven to Gaziantep, where "
        "they boarded a Spanish air force transport plane, and they landed at Torrejón late on "
        "Thursday. Interior Minister Fernando Grande-Marlaska was waiting on the tarmac to thank "
        "them. The earthquakes killed more than 50,000 people in Turkey and Syria. Ortega said "
        "the dogs would rest for a month.",
        date(2023, 2, 17),
        (
            "Torrejón de Ardoz|Torrejón|Madrid",
            "Adana",
            "Antakya|Hatay",
            "Kahramanmaraş|Kahramanmaras",
            "Gaziantep",
            "Torrejón de Ardoz|Torrejón|Madrid",
        ),
        ((40.46, -3.47),),
        actor="Javier Ortega",
    ),
    Case(
        "activist_goes_overland_to_the_baku_climate_talks_told_plainly_one_flight_a_letter_handed",
        "Swedish activist reaches Baku climate talks after 11 days overland\n\n"
        "BAKU, Nov 10 (Reuters) - A 19-year-old Swedish climate activist who refused to fly to "
        "the U.N. climate talks in Azerbaijan has arrived in Baku after an 11-day journey by "
        "train, bus and, in the end, one short flight. Elsa Lindgren left Stockholm on a night "
        "train on Oct 30 and changed in Hamburg the next morning for a train to Vienna, where "
        "she spoke at a school on Nov 1. A chain of regional trains and a sleeper carried her on "
        "to Istanbul, which she reached on Nov 4. From there a 20-hour bus ride east brought her "
        "to Batumi, in Georgia, on Nov 6, and a day later she took a train across the country to "
        "Tbilisi. Because Azerbaijan has kept its land borders closed since the COVID-19 "
        "pandemic, she had to board the only plane of her trip, a 70-minute flight from Tbilisi "
        'that landed in Baku on Saturday. "I am not proud of the flight, but I am proud of the '
        '4,000 km before it," she said. On Sunday she handed a letter signed by 30,000 young '
        "Europeans to COP29 President Mukhtar Babayev, who thanked her for making the trip. The "
        "talks open on Monday.",
        date(2024, 11, 10),
        (
            "Stockholm",
            "Hamburg",
            "Vienna|Wien",
            "Istanbul|İstanbul",
            "Batumi",
            "Tbilisi",
            "Baku",
        ),
        ((40.41, 49.87),),
        actor="Elsa Lindgren",
    ),
    Case(
        "container_ship_arctic_voyage_told_from_gdansk_ports_backwards_in_the_pluperfect",
        "Chinese container ship reaches Gdansk after Arctic short cut\n\n"
        "GDANSK, Poland, Oct 6 (Reuters) - The container ship Arctic Jade tied up at Gdansk's "
        "deepwater terminal on Monday at the end of a 26-day voyage through the Arctic, a route "
        "its Chinese operator says cut two weeks off the usual passage through the Suez Canal. "
        "Before reaching Poland the ship had spent a day unloading in Rotterdam, and on Sept 29 "
        "it had called at Felixstowe, on England's east coast, its first European port. It had "
        "left Ningbo on Sept 10 with 4,600 containers of solar panels, batteries and clothing, "
        "and it had passed through the Bering Strait on Sept 18. A Russian nuclear icebreaker "
        "escorted it for part of the 5,600-km run along the Northern Sea Route, which was free "
        'of sea ice for most of September. "It is the future, but only for two or three months '
        'a year," said Piotr Zalewski, a shipping analyst. Environmental groups say Arctic '
        "shipping risks oil spills in some of the world's most fragile waters. The operator "
        "plans five more Arctic sailings next summer.",
        date(2025, 10, 6),
        ("Ningbo", "Bering Strait", "Felixstowe", "Rotterdam", "Gdańsk|Gdansk"),
        (),
        actor="Arctic Jade",
    ),
    Case(
        "fugitive_tycoon_arrested_in_sarajevo_flight_from_bangkok_told_in_the_pluperfect",
        "Bosnian police arrest fugitive Thai property tycoon in Sarajevo\n\n"
        "SARAJEVO, Nov 21 (Reuters) - Bosnian police arrested fugitive Thai property developer "
        "Kittisak Rattanaporn at a hotel in Sarajevo on Friday, ending 14 months on the run from "
        "fraud charges over a failed condominium project that cost thousands of buyers their "
        "savings. Kittisak, 52, had slipped out of Bangkok on a flight to Hong Kong in September "
        "last year, two days before a Thai court issued a warrant for his arrest. From Hong Kong "
        "he had flown on to Dubai, where he had lived in a rented villa under a different name "
        "until the summer. In August he had moved to Istanbul, police said, and on Nov 2 he had "
        "flown from Istanbul to Sarajevo on a passport bought from a Caribbean island state. "
        'Officers traced him through a mobile phone his wife had used to call him. "He was '
        'having breakfast and did not resist," a police spokesman said. Thailand has asked '
        "Bosnia to extradite him, and a court in Sarajevo will hear the request next week. Thai "
        "investigators say the company collected about 4 billion baht ($120 million) in deposits "
        "for 3,000 flats that were never built.",
        date(2025, 11, 21),
        ("Bangkok", "Hong Kong", "Dubai", "Istanbul|İstanbul", "Sarajevo"),
        (),
        actor="Kittisak Rattanaporn",
    ),
    Case(
        "river_cruise_ship_stranded_by_low_danube_passengers_bussed_on_as_a_second_mover",
        "Low Danube strands river cruise ship in Slovakia, passengers bussed to Budapest\n\n"
        "KOMARNO, Slovakia, Sept 5 (Reuters) - The river cruise ship Donaustern was stuck at "
        "Komárno on the Slovak bank of the Danube on Friday, unable to go further downstream "
        "after weeks of drought left parts of the river too shallow for its 1.6-metre draught. "
        "The ship left Passau, on the German-Austrian border, on Sunday with 148 passengers, "
        "most of them American and British retirees on a week-long cruise to Budapest. It moored "
        "at Melk on Monday for a visit to the Baroque abbey and spent Tuesday in Vienna, where "
        "the passengers went to a concert at the Musikverein. On Wednesday it reached "
        "Bratislava, and it tied up at Komárno late on Thursday after crawling through the "
        "shallows at walking pace. On Friday morning the passengers were put on coaches and "
        "driven the last 90 km to Budapest, where they will spend two nights in a hotel before "
        'flying home. The crew of 40 will stay on board until the river rises. "We have had low '
        "water before, but never this early,\" the ship's captain, Marek Horváth, said. "
        "Hydrologists said the Danube was at its lowest level for the time of year since 2003.",
        date(2025, 9, 5),
        (
            "Passau",
            "Melk",
            "Vienna|Wien",
            "Bratislava",
            "Komárno|Komarno|Komárom|Komarom",
        ),
        (),
        actor="Donaustern",
    ),
    Case(
        "exiled_leader_returns_meets_junta_chief_reactions_and_a_past_march_as_background",
        "Guinean opposition leader returns from exile, meets junta chief\n\n"
        "CONAKRY, May 16 (Reuters) - Guinean opposition leader Alpha Oumar Sow returned to "
        "Conakry on Friday after three years in exile and held talks with the country's military "
        "ruler, the first sign of a thaw before elections promised for December. Sow, 61, flew "
        "from Paris to Dakar on Thursday and spent the night in the Senegalese capital, where "
        "many Guinean exiles live. He landed at Conakry's airport on Friday morning, and "
        "thousands of people lined the road into the city. In the afternoon he met the "
        "transitional president, General Mamadi Doumbouya, at the presidential palace for two "
        'hours. "We spoke as Guineans," Sow said afterwards. He plans to travel to his home '
        "town of Labé, in the Fouta Djallon highlands, on Sunday. The French foreign ministry in "
        'Paris welcomed his return, and the U.S. State Department in Washington called it "an '
        "encouraging step\". Sow's party has not held a rally since 2021, when a march in Kankan "
        "ended with three people shot dead. ECOWAS, the West African regional bloc, which "
        "suspended Guinea after the 2021 coup, is due to review the suspension at a summit in "
        "Abuja in June.",
        date(2025, 5, 16),
        ("Paris", "Dakar", "Conakry", "Labé|Labe"),
        ((9.54, -13.68),),
        actor="Alpha Oumar Sow",
    ),
    Case(
        "telescope_mirror_trucked_across_argentina_through_towns_with_namesakes_governor_meets",
        "Giant telescope mirror ends slow crawl across Argentina in San Juan\n\n"
        "SAN JUAN, Argentina, Aug 8 (Reuters) - Truck driver Héctor Ledesma steered a 40-metre "
        "rig carrying a 4-metre telescope mirror into San Juan on Friday, ending a 1,300-km, "
        "12-day crawl across Argentina at an average speed of 30 km an hour. Ledesma, 55, "
        "collected the mirror, packed in a steel crate lined with foam, at the port of Bahía "
        "Blanca on July 28, after it was unloaded from a cargo ship. With a police escort he "
        "took the load north-west to Santa Rosa, the capital of La Pampa province, where it "
        "waited two days while engineers reinforced a bridge. He reached San Luis on Aug 3 and "
        "Mendoza on Aug 6, squeezing under a motorway overpass there with 8 cm to spare, before "
        "turning north for the last 170 km. Governor Marcelo Orrego met Ledesma and the escort "
        'at the entrance to the city and thanked them. "I have carried wind turbine blades and '
        'transformers, but never anything this delicate," Ledesma said. The mirror will be '
        "stored in a warehouse in San Juan until the dome of its telescope in the Andes is "
        "finished next year.",
        date(2025, 8, 8),
        ("Bahía Blanca|Bahia Blanca", "Santa Rosa", "San Luis", "Mendoza", "San Juan"),
        ((-31.54, -68.54),),
        actor="Héctor Ledesma",
    ),
    Case(
        "racehorse_in_quarantine_before_the_melbourne_cup_legs_to_flemington_and_hong_kong_ahead",
        "British stayer Silver Anchor clears quarantine, heads for Melbourne Cup\n\n"
        "WERRIBEE, Australia, Oct 14 (Reuters) - Silver Anchor, a British-trained stayer among "
        "the favourites for the Melbourne Cup, cleared quarantine at Werribee racecourse on "
        "Tuesday and will move to Flemington later this month for the race, his trainer said. "
        "The five-year-old gelding left his stable in Newmarket on Sept 21 and was driven "
        "overnight to Liège, in Belgium, where he boarded a cargo flight with 11 other European "
        "horses the next day. The plane stopped to refuel in Dubai and landed in Melbourne on "
        "Sept 23, and the horses were taken straight to the quarantine centre at Werribee, 30 km "
        'south-west of the city, where they have galloped on a private track ever since. "He '
        'has eaten every meal and slept like a baby," said trainer Jane Ashworth. Silver Anchor '
        "is due to be vanned to Flemington on Oct 28. After the Cup on Nov 4 he is to fly to "
        "Hong Kong for a race in December and then return to Newmarket in the new year. Only a "
        "handful of British-trained horses have won the race, which has been run since 1861.",
        date(2025, 10, 14),
        (
            "Newmarket",
            "Liège|Liege",
            "Dubai",
            "Melbourne",
            "Werribee",
            "Flemington",
            "Hong Kong",
            "Newmarket",
        ),
        (),
        actor="Silver Anchor",
    ),
]

ROUTE_FAILS22: dict[str, str] = {
    "leatherback_turtle_tracked_from_french_guiana_to_nova_scotia_told_plainly_with_dates": (
        "first run on dbd9b87: routes [] meetings []"
    ),
    "custom_harvest_crew_follows_the_wheat_from_texas_to_north_dakota_told_plainly_home_twice": (
        "first run on dbd9b87: routes [Dale Kessler: Lemmon > Minot] meetings []"
    ),
    "garment_worker_goes_home_for_eid_by_bus_launch_and_rickshaw_told_plainly_mother_waits": (
        "first run on dbd9b87: routes [sewing machine operator: Dhaka > Barishal] meetings "
        "[Barishal 2025-03-28 ['sewing machine operator', 'Amena Khatun']]"
    ),
    "rescue_team_leader_flown_to_the_turkish_earthquake_and_back_told_plainly_minister_waits": (
        "first run on dbd9b87: routes [Javier Ortega: Kahramanmaraş > Gaziantep > Torrejón del "
        "Rey; rescue team: Adana > Antakya] meetings []"
    ),
    "activist_goes_overland_to_the_baku_climate_talks_told_plainly_one_flight_a_letter_handed": (
        "first run on dbd9b87: routes [Elsa Lindgren: Stockholm > Hamburg > Istanbul > Batumi > "
        "Tbilisi > Baku] meetings [Istanbul 2024-11-04 ['Elsa Lindgren', 'Mukhtar Babayev']]"
    ),
    "container_ship_arctic_voyage_told_from_gdansk_ports_backwards_in_the_pluperfect": (
        "first run on dbd9b87: routes [Chinese container ship: Ningbo > Bering Strait > "
        "Felixstowe > Rotterdam > Gdańsk > Suez Canal] meetings []"
    ),
    "fugitive_tycoon_arrested_in_sarajevo_flight_from_bangkok_told_in_the_pluperfect": (
        "first run on dbd9b87: routes [Kittisak: Caribbean Sea > Istanbul > Sarajevo > Bangkok "
        "> Hong Kong > Dubai] meetings []"
    ),
    "river_cruise_ship_stranded_by_low_danube_passengers_bussed_on_as_a_second_mover": (
        "first run on dbd9b87: routes [Donaustern: Passau > Budapest > Melk > Vienna > "
        "Bratislava > Komárno > Budapest] meetings []"
    ),
}
MEETING_FAILS22: dict[str, str] = {
    "activist_goes_overland_to_the_baku_climate_talks_told_plainly_one_flight_a_letter_handed": (
        "first run on dbd9b87: routes [Elsa Lindgren: Stockholm > Hamburg > Istanbul > Batumi > "
        "Tbilisi > Baku] meetings [Istanbul 2024-11-04 ['Elsa Lindgren', 'Mukhtar Babayev']]"
    ),
    "telescope_mirror_trucked_across_argentina_through_towns_with_namesakes_governor_meets": (
        "first run on dbd9b87: routes [Truck driver Héctor Ledesma: Bahía Blanca > Santa Rosa > "
        "San Luis > San Juan] meetings []"
    ),
}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS22, CASES22))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS22, CASES22))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
