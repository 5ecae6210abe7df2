"""Blind route batch 40: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS40 and MEETING_FAILS40."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 40: twelve articles written before the code was run on them. Stops and meetings
# were fixed before the first run (see test_routes_unseen for the scoring); the misses of the first
# run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, in regions they seldom visit (Mauritania's Road of Hope, the
# Papua New Guinea Highlands, the upper Paraguay River, the mountains of Timor-Leste, the Santa Fe
# Trail in Kansas, the Belgrade-Bar railway, the Faroe Islands, Mozambique's southern coast, the
# Fouta Djallon in Guinea, Kosovo, the Eastern Cape and northern Vanuatu), six told plainly in the
# order things happened (with dates where a journalist gives them) and six with one complication
# each. Plain: a Mauritanian veterinarian's vaccination convoy 'pulled out of Nouakchott' by the
# livestock market in Boutilimit ('the capital' the second time), pens outside Aleg, three days in
# Kiffa waiting for an axle and two days in Aioun el Atrouss to Nema (the dateline), where the wali
# of Hodh Ech Chargui receives her at his office (the meeting), the Route de l'Espoir a road, Brakna
# and Hodh Ech Chargui regions, the Malian border and the Atlantic coast no stops; a Lutheran
# bishop's peace walk from Wabag ('the Enga capital') by Mount Hagen, a church hall in Kundiawa, two
# days in Goroka and Kainantu to Lae (the dateline), where the governor of Morobe hosts him at his
# residence (the meeting), Enga and Morobe provinces, the Highlands Highway, the Kassam Pass and the
# Markham Valley a road, a pass and a valley, young men walking beside him no meeting; a river
# captain's last voyage, cast off from the port of Asuncion (named twice, one stay) by Concepcion,
# 'called at Vallemi', 'docked at Carmelo Peralta', a night at Fuerte Olimpo and the marshes of the
# Pantanal to Bahia Negra (the dateline, BAHIA NEGRA), the Paraguay River, Brazil (where a bridge
# leads), the Alto Paraguay department and the Chaco as a river, a country and regions, no meeting
# (the son taking over the boat is none); a pilgrim statue (an object as the mover, its escorting
# priest beside it) carried from the cathedral in Dili by Aileu, a week in Ainaro (Mount Ramelau a
# mountain), more than two weeks in Suai (a massacre of 1999 as history) to Maliana (the dateline),
# where the bishop of Maliana receives it at the cathedral door (the meeting); a retired farrier's
# mule wagon from the square in Independence, Missouri, by two nights at Council Grove, Lyons, a
# shoe lost 'outside Great Bend' and two days in Larned to Front Street in Dodge City (the
# dateline), Kansas a state, the Santa Fe Trail (a trail named after a town) a route, the Flint
# Hills and the Arkansas River hills and a river, no meeting; Tito's Blue Train (a train as the
# mover) leaving Topcider station in Belgrade by an hour in Valjevo, a night in Uzice, passport
# checks at Bijelo Polje, 'rolled slowly through ... Kolasin' and Podgorica to the port of Bar (the
# dateline), the Mala Rijeka viaduct and the Sozina mountain a bridge and a mountain, Montenegro a
# country, no meeting (a brass band on a platform is none).
# With one complication: told from the end, a Faroese trawler engineer's run, the lede at the
# harbour in Klaksvik (the dateline), where his wife and daughters wait with flags (the meeting),
# then from the start in Vagur on Suduroy by the evening ferry to Torshavn ('the capital' the second
# time), the undersea tunnel to Saltangara on Eysturoy, the mountain road to Fuglafjordur and 'ran
# through Leirvik' into the tunnel to Klaksvik (one stop, the lede and the finish being the same
# arrival), the islands and the sound no stops; a flashback in the pluperfect, a missing Mozambican
# boy back with his mother at Maputo airport (the dateline, the meeting), his ride told after the
# lede: slipped away from the Zimpeto market in Maputo, a lorry that 'had stopped for the night in
# Xai-Xai' and 'had driven on ... to Quissico', a minibus taxi to Maxixe, the ferry across the bay
# to Inhambane (four nights in the old railway station) and a flight 'from Inhambane to Maputo'; a
# second mover, a teachers' union leader marching from Conakry by a first night in Coyah, a rally in
# Kindia, Mamou, the old hill station of Dalaba and 'walked through Pita' to Labe (the dateline),
# while a second column led by his deputy marches from Nzerekore through Macenta and Gueckedou to
# Kissidougou and is stopped on the road to Faranah, which are no stops of his, the Fouta Djallon a
# plateau and the forest region a region, no meeting (reading a petition to a crowd is none);
# background places, a relic of Mother Teresa (an object as the mover, carried by two nuns) from the
# memorial house in Skopje by a mass in Tetovo, two days in Prizren, Gjakova and Peja to the
# cathedral in Pristina (the dateline, one stay from Thursday to Sunday), with Kolkata (her death),
# Dublin (the Loreto sisters), India, Oslo (the Nobel prize), Rome (her canonisation), Albania and
# Tirana (an airport named after her) as background, Kosovo a country, no meeting (crowds outside
# churches are none); ambiguous names, a retired nurse cycling from the beachfront in East London
# (the South African port, 'the British capital' named only as a description) by King William's Town
# (also called Qonce), Alice (a town named like a woman, the university of Fort Hare in it), 'rode
# through Fort Beaufort', Adelaide (not the Australian city) and two nights in Somerset East to
# Graaff-Reinet (the dateline), the Indian Ocean, the Karoo and the Eastern Cape as an ocean, a
# region and a province, Australia named only in her quote, no meeting; future legs, Vanuatu's
# health minister on a police patrol boat, sailed from Port Vila, 'called ... at Norsup, on
# Malekula' and Luganville (the dateline), where she holds talks with the president of Sanma
# province (the meeting), due to sail on to Port-Olry and Sola and to fly back to Port Vila,
# Malekula, Espiritu Santo and Vanua Lava islands, Sanma and Torba provinces.
# Decisions (as in batches 17-39): a country, state, province, department, region or island named
# beside a town is no extra stop (Mauritania, Papua New Guinea, Enga, Morobe, Paraguay, Alto
# Paraguay, East Timor, Missouri, Kansas, Montenegro, Faroe Islands, Suduroy, Eysturoy, Guinea,
# Kosovo, South Africa, Eastern Cape, Vanuatu, Malekula, Espiritu Santo, Vanua Lava, Torba), nor a
# country named only in a nationality or an adjective (Mauritanian, Malian, Paraguayan, Timorese,
# Yugoslav, Faroese, Danish, Mozambican, Guinean, Australian, British); a venue is its town (the
# livestock market in Boutilimit, the wali's office in Nema, a church hall in Kundiawa, the
# governor's residence in Lae, the port of Asuncion, the cathedral in Dili, the cathedral door in
# Maliana, the square in Independence, Front Street in Dodge City, Topcider station in Belgrade, the
# port of Bar, the harbour in Klaksvik, the Zimpeto market and the airport in Maputo, the old
# railway station in Inhambane, the stadium in Kindia, the regional stadium in Labe, the memorial
# house in Skopje, the cathedral in Pristina, the beachfront in East London, Fort Hare in Alice, the
# town hall in Graaff-Reinet); a town passed, stopped at or reached near on the way is a stop ('set
# up pens outside Aleg', 'called at Vallemi', 'docked at Carmelo Peralta', 'threw a shoe outside
# Great Bend', 'rolled slowly through the mountain town of Kolasin', 'ran through Leirvik', 'walked
# through Pita', 'carried through Gjakova and Peja', 'rode through Fort Beaufort', 'called ... at
# Norsup'), but a road, pass, valley, river, marsh, mountain, viaduct, tunnel, plateau, sea, sound,
# ocean or region crossed, followed or named in a summary is none (the Route de l'Espoir, the
# Highlands Highway, the Kassam Pass, the Markham Valley, the Paraguay River, the Pantanal, the
# Chaco, Mount Ramelau, the Santa Fe Trail, the Flint Hills, the Arkansas River, the Mala Rijeka
# viaduct, the Sozina mountain, the undersea tunnel, the Fouta Djallon, the Indian Ocean, the
# Karoo); the place a mover sets out from is the first stop even when the lede names only the end
# ('pulled out of Nouakchott', 'set out from Wabag', 'cast off from the port of Asuncion', 'left the
# cathedral in Dili', 'set out ... from the square in Independence', 'left Topcider station in
# Belgrade', 'set out ... from Vagur', 'slipped away from ... the Zimpeto market', 'set off from
# Conakry', 'set out ... from the memorial house in Skopje', 'set off ... from the beachfront in
# East London', 'sailed from Port Vila'); a stop visited twice is listed twice (Maputo, Port Vila),
# but a town named twice in one stay is one stop (Nema, Lae, Asuncion, Bahia Negra, Maliana,
# Independence, Dodge City, Bar, Klaksvik, Inhambane, Labe, Pristina, Graaff-Reinet, Luganville);
# planned legs stated as plans are stops ('The boat will sail on Saturday to Port-Olry ... and then
# north to Sola', 'due to fly back to Port Vila'), but a stay or an event to come where the mover
# already is, is none (the relic staying in Pristina until Sunday, the Blue Train's week of
# excursions from Bar, the peace talks in October, the wagon sold to a museum); the places of
# another mover (the second column's Nzerekore, Macenta, Gueckedou, Kissidougou and Faranah) and
# places named only as background, history or in a quote (Kolkata, Dublin, India, Oslo, Rome,
# Albania, Tirana, Brazil, Australia, the Suai massacre of 1999) are no stops. The dateline is a
# stop in every article of this batch.
# A wali receiving a convoy's leader, a governor hosting a bishop, a bishop receiving a statue, a
# minister's talks with a provincial president and a family waiting for a traveller (a wife and
# daughters at a harbour, a mother at an arrivals gate) are meetings. Herders, market women, young
# men from rival clans, passengers, villagers, pilgrims, rice farmers, a brass band, a friend giving
# a bed, a fisherman, a policewoman, crowds, marchers, nuns carrying a relic and nurses are no
# meetings, and there is none for the river captain, the farrier, the Blue Train, the union leader,
# the relic and the cyclist.
# Stop spellings accept the GeoNames names, plain ASCII and common variants, every common spelling
# of each stop offered ('Boutilimit|Boutilimitt', 'Aioun el Atrouss|Aioun|Ayoun el Atrouss',
# 'Néma|Nema', 'Mount Hagen|Hagen', 'Asunción|Asuncion', 'Concepción|Concepcion', 'Vallemí|Puerto
# Vallemí', 'Bahía Negra|Puerto Bahía Negra', 'Dili|Díli', 'Belgrade|Beograd', 'Užice|Uzice|Titovo
# Užice', 'Kolašin|Kolasin', 'Podgorica|Titograd', 'Bar|Antivari', 'Vágur|Vagur',
# 'Tórshavn|Torshavn', 'Saltangará|Runavík', 'Fuglafjørður|Fuglafjordur', 'Leirvík|Leirvik',
# 'Klaksvík|Klaksvik', 'Maputo|Lourenço Marques', 'Xai-Xai|João Belo', 'Labé|Labe', 'Skopje|Üsküb',
# 'Gjakova|Gjakovë|Đakovica', 'Peja|Pejë|Peć', 'Pristina|Prishtina|Priština', 'East London|eMonti',
# "King William's Town|Qonce", 'Alice|Dikeni', 'Somerset East|KwaNojoli', 'Graaff-Reinet|Graaff
# Reinet', 'Port Vila|Port-Vila', 'Port-Olry|Port Olry').
CASES40 = [
    Case(
        "vet_convoy_nouakchott_to_nema_on_the_road_of_hope_told_plainly_wali_receives",
        "Mauritanian vaccination convoy reaches Nema after nine days on the Road of Hope\n\n"
        "NEMA, Mauritania, Nov 14 (Reuters) - A convoy of government veterinarians reached Nema "
        "in Mauritania's far east on Friday after nine days and 1,100 km on the Route de "
        "l'Espoir, having vaccinated more than 180,000 camels, cattle, sheep and goats on the "
        "way. The six four-wheel drives and a refrigerated lorry, led by veterinarian Aminetou "
        "Mint Sidi, 39, pulled out of Nouakchott before dawn on Nov 6. The team spent its first "
        "day at the livestock market in Boutilimit, the old town of Koranic scholars 150 km east "
        "of the capital, and on Nov 7 it set up pens outside Aleg, where herders from the Brakna "
        "region drove their animals in from the dunes. A cracked axle held the convoy for three "
        "days in Kiffa, the biggest town on the road, while a spare part was trucked in. From "
        "there it pushed on to Aioun el Atrouss, where the vets vaccinated 40,000 animals in two "
        "days, and drove the last 250 km of sand-blown tarmac to Nema on Thursday night. On "
        "Friday morning the wali of Hodh Ech Chargui received Mint Sidi at his office and "
        "promised fuel for a second round in the camps near the Malian border. \"Here a family's "
        'whole wealth walks on four legs," she said. The road, built in the 1970s, links the '
        "Atlantic coast with the country's east.",
        date(2025, 11, 14),
        (
            "Nouakchott",
            "Boutilimit|Boutilimitt|Boutilimite",
            "Aleg",
            "Kiffa",
            "Aioun el Atrouss|Aioun|Aïoun el Atrouss|Ayoun el Atrouss|Ayoun el-Atrous|Aïoun",
            "Néma|Nema",
        ),
        ((16.62, -7.26),),
        actor="Aminetou Mint Sidi",
    ),
    Case(
        "bishops_peace_walk_wabag_to_lae_on_the_highlands_highway_told_plainly_governor_hosts",
        "Lutheran bishop ends peace walk from Enga to the coast in Lae\n\n"
        "LAE, Papua New Guinea, Aug 29 (Reuters) - A Lutheran bishop who walked for three weeks "
        "from the Highlands province of Enga, where clan fighting has killed dozens of people "
        "this year, reached the coastal city of Lae on Friday, where the governor of Morobe "
        "province hosted him at his residence. Bishop Jethro Kapi, 58, set out from Wabag, the "
        "Enga capital, on Aug 8 with a wooden cross on his shoulder and a dozen young men from "
        "rival clans walking beside him. Four days later the group reached Mount Hagen, where "
        "market women fed them sweet potatoes and greens, and on Aug 15 they slept in a church "
        "hall in Kundiawa. Kapi rested his swollen feet for two days in Goroka, and the walkers "
        "reached Kainantu on Aug 23 after a night of heavy rain. From there the Highlands "
        "Highway drops down the Kassam Pass into the Markham Valley, and the group covered the "
        'last 170 km along the valley floor in five days. "If boys from enemy villages can walk '
        "this far together, their fathers can sit down together,\" Kapi said at the governor's "
        "dinner on Friday evening. Elders of the clans are due to meet for peace talks in "
        "October, church officials said.",
        date(2025, 8, 29),
        (
            "Wabag",
            "Mount Hagen|Hagen",
            "Kundiawa",
            "Goroka",
            "Kainantu",
            "Lae",
        ),
        ((-6.72, 147.0),),
        actor="Jethro Kapi",
    ),
    Case(
        "river_captains_last_voyage_asuncion_to_bahia_negra_told_plainly",
        "Paraguayan river captain ends his last voyage at Bahia Negra\n\n"
        "BAHIA NEGRA, Paraguay, March 21 (Reuters) - Ramón Giménez tied up his wooden cargo boat "
        "at Bahía Negra on Friday at the end of his last voyage up the Paraguay River, ten days "
        "after leaving Asunción with cement, cooking oil, school desks and 40 passengers on the "
        "roof deck. Giménez, 71, who has captained the Doña Lita since 1988, cast off from the "
        "port of Asunción on March 11 and reached Concepción two days later, where most of the "
        "passengers got off and crates of oranges came aboard. On Sunday the boat called at "
        "Vallemí, the cement town on the east bank, and on Tuesday it docked at Carmelo Peralta, "
        "where a bridge across the river to Brazil is being built. Engine trouble kept the crew "
        "overnight at Fuerte Olimpo, the capital of the Alto Paraguay department, before two "
        "last days upstream past the marshes of the Pantanal to Bahía Negra. For the ranching "
        "villages of the northern Chaco, where the roads turn to mud for months each year, the "
        'boat has long been the only reliable way to move goods. "When I started, nobody up here '
        'had a telephone. Now they order on their phones and wait for me," Giménez said. His son '
        "Hugo takes over the boat next month.",
        date(2025, 3, 21),
        (
            "Asunción|Asuncion",
            "Concepción|Concepcion",
            "Vallemí|Vallemi|Puerto Vallemí|Puerto Vallemi",
            "Carmelo Peralta",
            "Fuerte Olimpo",
            "Bahía Negra|Bahia Negra|Puerto Bahía Negra|Puerto Bahia Negra",
        ),
        (),
        actor="Ramón Giménez",
    ),
    Case(
        "pilgrim_statue_dili_to_maliana_through_the_mountains_told_plainly_bishop_receives",
        "Pilgrim statue ends month-long journey through Timor-Leste in Maliana\n\n"
        "MALIANA, East Timor, May 31 (Reuters) - A pilgrim statue of Our Lady of Fatima ended a "
        "month-long journey through the mountains of Timor-Leste on Saturday, when the bishop of "
        "Maliana received it at the cathedral door in front of several thousand people. The "
        "wooden statue left the cathedral in Dili on May 3 in the back of a pickup driven by "
        "Father Agostinho Pereira, 46, who escorted it the whole way. The next day it was "
        "carried up the winding road to Aileu, where villagers walked beside the pickup for the "
        "last ten km. It spent a week in Ainaro, below Mount Ramelau, the country's highest "
        "peak, before going down to the south coast. In Suai, where dozens of people were killed "
        "in a church massacre in 1999, the statue stayed more than two weeks and was visited by "
        "some 20,000 pilgrims. On Thursday the pickup drove north along the border to Maliana, "
        'with rice farmers lining the road. "People touch the glass and cry. Many of them '
        'remember hiding in these hills," Pereira said. May is dedicated to the Virgin Mary in '
        "the Catholic calendar, and more than 95 percent of Timorese are Catholics.",
        date(2025, 5, 31),
        (
            "Dili|Díli",
            "Aileu",
            "Ainaro",
            "Suai",
            "Maliana",
        ),
        ((-8.99, 125.22),),
        actor="statue",
    ),
    Case(
        "mule_wagon_on_the_santa_fe_trail_independence_to_dodge_city_told_plainly",
        "Mule wagon reaches Dodge City on the old Santa Fe Trail\n\n"
        "DODGE CITY, Kan., Sept 26 (Reuters) - A retired farrier driving a covered wagon pulled "
        "by two mules rolled into Dodge City on Friday, 24 days and about 350 miles after "
        "leaving Independence, Missouri, on the route of the Santa Fe Trail. Dale Hornbeck, 71, "
        "who shod horses for 40 years, set out on Sept 2 from the square in Independence where "
        "wagon trains once outfitted for the trail, and crossed into Kansas the next day. He "
        "camped for two nights under the old oak at Council Grove, where traders gathered their "
        "wagons in the 1820s, and on Sept 13 he reached Lyons after a week of gravel roads west "
        "of the Flint Hills. One of his mules, Pearl, threw a shoe outside Great Bend, and "
        "Hornbeck shod her himself in a farmer's yard. He spent Sept 19 and 20 in Larned, where "
        "the trail follows the Arkansas River, and then drove the last 70 miles on county roads, "
        "sleeping in the wagon. In Dodge City he parked on Front Street beside the replicas of "
        "the cattle town's old saloons. \"My grandfather came west in a wagon. I wanted to know "
        'what his backside felt like," Hornbeck said. He plans to sell the wagon to a museum and '
        "the mules to a neighbour.",
        date(2025, 9, 26),
        (
            "Independence",
            "Council Grove",
            "Lyons",
            "Great Bend",
            "Larned",
            "Dodge City",
        ),
        (),
        actor="Dale Hornbeck",
    ),
    Case(
        "titos_blue_train_belgrade_to_bar_told_plainly_a_train_as_the_mover",
        "Tito's Blue Train runs from Belgrade to the Adriatic again\n\n"
        "BAR, Montenegro, June 14 (Reuters) - The Blue Train, the luxury train built for "
        "Yugoslav leader Josip Broz Tito, pulled into the port of Bar on Saturday after a "
        "two-day charter run from Belgrade, the first time it has crossed into Montenegro since "
        "the 1990s. The train's seven restored carriages, carrying 86 paying passengers, left "
        "Topčider station in Belgrade on Friday morning. The Blue Train stopped for an hour in "
        "Valjevo, where a brass band played on the platform, and climbed into the hills to "
        "Užice, where the passengers spent the night in hotels while the crew checked the "
        "brakes. On Saturday it halted at Bijelo Polje for passport checks, rolled slowly "
        "through the mountain town of Kolašin and crossed the Mala Rijeka viaduct, once the "
        "highest railway bridge in the world, on its way down to Podgorica. The last stretch ran "
        'through the tunnel under the Sozina mountain to the coast at Bar. "Tito rode in this '
        'carriage with Queen Elizabeth. Today a retired teacher sat in his armchair," said train '
        "manager Dragan Ilić. The Blue Train will stay in Bar for a week of excursions along the "
        "coast.",
        date(2025, 6, 14),
        (
            "Belgrade|Beograd",
            "Valjevo",
            "Užice|Uzice|Titovo Užice",
            "Bijelo Polje",
            "Kolašin|Kolasin",
            "Podgorica|Titograd",
            "Bar|Antivari",
        ),
        (),
        actor="Blue Train",
    ),
    Case(
        "faroese_runner_vagur_to_klaksvik_told_from_the_end_family_waits",
        "Faroese trawler engineer runs the length of the islands\n\n"
        "KLAKSVIK, Faroe Islands, July 5 (Reuters) - Jóannes Joensen's wife and three daughters "
        "were waiting with flags at the harbour in Klaksvík on Saturday when the 54-year-old "
        "trawler engineer ran the last kilometre of a 160-km run from the southern tip of the "
        'Faroe Islands, the first known attempt to run the length of the archipelago. "I have '
        'sailed past every one of these islands. I wanted to feel them," Joensen said as his '
        "youngest daughter put a medal round his neck. He set out before dawn on Wednesday from "
        "Vágur, on the southern island of Suðuroy, and ran north along the island to catch the "
        "evening ferry, which carried him over two hours of open sea to Tórshavn. On Thursday he "
        "ran out of the capital and through the 11-km undersea tunnel to Saltangará on Eysturoy, "
        "where he slept at a friend's house. Fog slowed him on the mountain road to Fuglafjørður "
        "on Friday, and on Saturday morning he ran through Leirvík and into the six-km tunnel "
        "under the sound, which brought him out on the edge of Klaksvík. He raised 310,000 "
        "Danish crowns for the islands' rowing clubs.",
        date(2025, 7, 5),
        (
            "Vágur|Vagur",
            "Tórshavn|Torshavn|Thorshavn",
            "Saltangará|Saltangara|Runavík|Runavik",
            "Fuglafjørður|Fuglafjordur|Fuglafjördur",
            "Leirvík|Leirvik",
            "Klaksvík|Klaksvik",
        ),
        ((62.23, -6.59),),
        actor="Jóannes Joensen",
    ),
    Case(
        "missing_boy_rides_from_maputo_to_inhambane_flashback_in_the_pluperfect_mother_waits",
        "Missing Mozambican boy flown home after nine days on the road\n\n"
        "MAPUTO, Oct 20 (Reuters) - A 10-year-old boy who disappeared from a Maputo market was "
        "back with his mother at Maputo airport on Monday, nine days after he climbed into the "
        "back of a lorry and rode more than 450 km up the coast, police said. Tomás Mabunda had "
        "slipped away from his mother's vegetable stall at the Zimpeto market on Oct 11 and had "
        "hidden under a tarpaulin on a lorry loaded with cement. The driver, who did not know he "
        "was there, had stopped for the night in Xai-Xai, where the boy had bought bread with "
        "the coins in his pocket, and had driven on the next day to Quissico. There Tomás had "
        "climbed into a minibus taxi whose driver took him for another passenger's child, and "
        "had ridden it to Maxixe. He had crossed the bay on the ferry to Inhambane and had slept "
        "for four nights in the old railway station there, until a fisherman recognised him from "
        "a radio appeal on Friday and took him to the police. On Monday a policewoman flew with "
        "him from Inhambane to Maputo, where his mother, Lurdes Mabunda, was waiting at the "
        'arrivals gate. "He told me he wanted to see where the lorries go," she said.',
        date(2025, 10, 20),
        (
            "Maputo|Lourenço Marques",
            "Xai-Xai|Xai Xai|João Belo",
            "Quissico",
            "Maxixe",
            "Inhambane",
            "Maputo|Lourenço Marques",
        ),
        ((-25.92, 32.57),),
        actor="Tomás Mabunda",
    ),
    Case(
        "teachers_march_conakry_to_labe_a_second_column_in_the_forest_region",
        "Guinean teachers' leader ends march to Labe with pay petition\n\n"
        "LABE, Guinea, Feb 21 (Reuters) - The leader of Guinea's biggest teachers' union walked "
        "into Labé on Friday at the end of a two-week march of about 430 km from the capital to "
        "demand pay rises and new classrooms. Ibrahima Sory Barry, 52, a mathematics teacher, "
        "set off from Conakry on Feb 8 with about 200 teachers and spent the first night in "
        "Coyah. The marchers held a rally at the stadium in Kindia two days later, then climbed "
        "onto the Fouta Djallon plateau to Mamou, where police briefly blocked the road. On Feb "
        "17 they reached Dalaba, the old hill station, and on Wednesday they walked through Pita "
        "in heavy dust. A second column of teachers led by Barry's deputy, Fanta Condé, set out "
        "on the same day from Nzérékoré in the forest region and marched through Macenta and "
        "Guéckédou to Kissidougou, where it ended its march on Wednesday after soldiers stopped "
        "it on the road to Faranah. In Labé, Barry read the petition to a crowd of several "
        'thousand people outside the regional stadium. "A teacher earns less than a motorbike '
        'taxi driver," he said. The union says the petition has 60,000 signatures.',
        date(2025, 2, 21),
        (
            "Conakry",
            "Coyah",
            "Kindia",
            "Mamou",
            "Dalaba",
            "Pita",
            "Labé|Labe",
        ),
        (),
        actor="Ibrahima Sory Barry",
    ),
    Case(
        "mother_teresa_relic_skopje_to_pristina_kolkata_rome_and_oslo_as_background",
        "Mother Teresa relic ends Balkan tour in Pristina on anniversary of her death\n\n"
        "PRISTINA, Kosovo, Sept 5 (Reuters) - A relic of Mother Teresa, a drop of her blood "
        "sealed in a silver reliquary, ended a week-long tour of the region where she grew up in "
        "Pristina on Friday, the anniversary of her death in Kolkata in 1997. The reliquary, "
        "carried by two nuns of her Missionaries of Charity order, set out on Aug 29 from the "
        "memorial house in Skopje, the city where she was born in 1910 as Anjezë Gonxhe "
        "Bojaxhiu. After a mass in Tetovo the next day it crossed into Kosovo and spent two days "
        "in Prizren, and on Tuesday and Wednesday it was carried through Gjakova and Peja, where "
        "crowds waited outside the churches. Mother Teresa left home at 18 to join the Loreto "
        "sisters in Dublin and spent almost 70 years in India, and she received the Nobel Peace "
        "Prize in Oslo in 1979. Pope Francis declared her a saint in Rome in 2016. Albania, "
        "where her parents' families came from, named the airport in Tirana after her. On "
        "Thursday the relic reached the cathedral in Pristina that bears her name, where it will "
        'stay until Sunday. "For us she is not only a saint. She is a neighbour who became '
        'famous," said one of the nuns.',
        date(2025, 9, 5),
        (
            "Skopje|Skopia|Üsküb",
            "Tetovo",
            "Prizren",
            "Gjakova|Gjakovë|Đakovica|Djakovica",
            "Peja|Pejë|Peć|Pec",
            "Pristina|Prishtina|Priština|Prishtinë",
        ),
        (),
        actor="relic",
    ),
    Case(
        "grandmother_cycles_east_london_to_graaff_reinet_by_alice_and_adelaide_ambiguous_names",
        "Grandmother cycles across the Eastern Cape through Alice and Adelaide\n\n"
        "GRAAFF-REINET, South Africa, April 12 (Reuters) - A 71-year-old retired nurse rode into "
        "Graaff-Reinet on Saturday after eight days and about 430 km on a borrowed mountain "
        "bike, raising money for farm schools hit by drought in the Eastern Cape. Nomonde Mqhayi "
        "set off on April 5 from the beachfront in East London, the port city on the Indian "
        "Ocean that shares nothing with the British capital but its name, and spent her first "
        "night in King William's Town, now officially called Qonce. Two days later she reached "
        "Alice, the small university town where Nelson Mandela studied at Fort Hare, and on "
        "Tuesday she rode through Fort Beaufort to Adelaide, a farming town of 12,000 people "
        "that visitors often confuse with the Australian city. A puncture and a thunderstorm "
        "kept her in Somerset East for two nights, and the last 165 km across the Karoo took two "
        'days. "People keep asking me if I cycled to Australia," Mqhayi said, laughing, as her '
        "bike was wheeled into the town hall. She has raised 240,000 rand.",
        date(2025, 4, 12),
        (
            "East London|eMonti",
            "King William's Town|King Williams Town|Qonce",
            "Alice|Dikeni",
            "Fort Beaufort",
            "Adelaide",
            "Somerset East|KwaNojoli",
            "Graaff-Reinet|Graaff Reinet",
        ),
        (),
        actor="Nomonde Mqhayi",
    ),
    Case(
        "health_minister_by_patrol_boat_at_luganville_legs_to_port_olry_sola_and_port_vila_to_come",
        "Vanuatu health minister takes medicines north by patrol boat\n\n"
        "LUGANVILLE, Vanuatu, Feb 7 (Reuters) - Vanuatu's health minister arrived in Luganville "
        "on Friday aboard a police patrol boat loaded with medicines and water tanks, halfway "
        "through a ten-day tour of northern islands battered by a cyclone last month. "
        "Marie-Louise Tabi sailed from Port Vila on Sunday and called on Tuesday at Norsup, on "
        "Malekula, where the cyclone tore the roof off the health centre and nurses are treating "
        "patients under tarpaulins. She left 400 boxes of antibiotics and a water pump there "
        "before sailing on overnight. In Luganville, Vanuatu's second town, she held talks with "
        "the president of Sanma province on Friday about rebuilding the northern hospital. The "
        "boat will sail on Saturday to Port-Olry, on the north-east tip of Espiritu Santo, and "
        "then north to Sola, the capital of Torba province on Vanua Lava, where no outside help "
        'has arrived yet. Tabi is due to fly back to Port Vila on Feb 12. "Some of these islands '
        'have had no clean water for three weeks," she said. The cyclone killed four people and '
        "damaged about 3,000 homes.",
        date(2025, 2, 7),
        (
            "Port Vila|Port-Vila",
            "Norsup",
            "Luganville",
            "Port-Olry|Port Olry",
            "Sola",
            "Port Vila|Port-Vila",
        ),
        ((-15.52, 167.16),),
        actor="Marie-Louise Tabi",
    ),
]


ROUTE_FAILS40: dict[str, str] = {
    "vet_convoy_nouakchott_to_nema_on_the_road_of_hope_told_plainly_wali_receives": (
        "first run (b0b5647): routes [Aminetou Mint Sidi: Nouakchott > Aleg > Aioun el "
        "Atrouss > Nema] meetings [Mali 2025-11-14 ['Mint Sidi']]"
    ),
    "pilgrim_statue_dili_to_maliana_through_the_mountains_told_plainly_bishop_receives": (
        "first run (b0b5647): routes [statue: Dili > Maliana; villagers: Ainaro > Aileu] "
        "meetings []"
    ),
    "mule_wagon_on_the_santa_fe_trail_independence_to_dodge_city_told_plainly": (
        "first run (b0b5647): routes [Dale Hornbeck: Independence > Lyons > Dodge City] meetings []"
    ),
    "titos_blue_train_belgrade_to_bar_told_plainly_a_train_as_the_mover": (
        "first run (b0b5647): routes [Blue Train: Valjevo > Bijelo Polje > Kolašin > Mala > "
        "Užice > Podgorica > Bar; Josip Broz Tito: Belgrade > Bar] meetings []"
    ),
    "missing_boy_rides_from_maputo_to_inhambane_flashback_in_the_pluperfect_mother_waits": (
        "first run (b0b5647): routes [Tomás Mabunda: Xai-Xai > Quissico > Maxixe > Inhambane "
        "> Maputo] meetings [Maputo 2025-10-20 ['Tomás Mabunda', 'Lurdes Mabunda']]"
    ),
    "mother_teresa_relic_skopje_to_pristina_kolkata_rome_and_oslo_as_background": (
        "first run (b0b5647): routes [Anjezë Gonxhe Bojaxhiu: Skopje > Prizren > Gjakova > "
        "Peja > Pristina] meetings []"
    ),
}

MEETING_FAILS40: dict[str, str] = {
    "vet_convoy_nouakchott_to_nema_on_the_road_of_hope_told_plainly_wali_receives": (
        "first run (b0b5647): routes [Aminetou Mint Sidi: Nouakchott > Aleg > Aioun el "
        "Atrouss > Nema] meetings [Mali 2025-11-14 ['Mint Sidi']]"
    ),
    "pilgrim_statue_dili_to_maliana_through_the_mountains_told_plainly_bishop_receives": (
        "first run (b0b5647): routes [statue: Dili > Maliana; villagers: Ainaro > Aileu] "
        "meetings []"
    ),
}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS40, CASES40))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS40, CASES40))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
