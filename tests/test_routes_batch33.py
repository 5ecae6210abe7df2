"""Blind route batch 33: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS33 and MEETING_FAILS33."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 33: twelve articles written before the code was run on them. Stops and
# meetings were fixed before the first run (see test_routes_unseen for the scoring); the misses
# of the first run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, six told plainly in the order things happened (with dates
# where a journalist gives them) and six with one complication each. Plain: an Argentine
# open-water swimmer (a person in a river) down the Parana from Posadas by Corrientes (two
# days' shelter from a storm), Goya, Reconquista and three nights at her home in Rosario to
# Tigre (the dateline), where her two sons wait on a rowing club's pier (the meeting), the
# Parana River and its delta as a river and a region; a Peruvian bus driver on the first run of
# a bus route across South America, from Lima by Cusco, Puerto Maldonado, Rio Branco (Brazil
# crossed into, Acre only in a description), a hotel night in Porto Velho and Cuiaba to Sao
# Paulo (the dateline), the Andes, the Pacific coast and Mato Grosso as a range, a coast and a
# region, no meeting; a blind British ski mountaineer on the Haute Route (a route named after
# no place) from Chamonix by a lift up from the village of Argentiere, Champex and a taxi to
# Verbier, two days on glaciers to Arolla and a storm day in a hut above it, into Zermatt (the
# dateline), Switzerland crossed into, the Alps a range and the Matterhorn a mountain skied
# beneath, not stood on, no meeting (his guide skis the same route; no meeting either); a young
# walrus nicknamed Bram (an animal as the mover) seen on the sea wall at Den Helder, on a jetty
# at Helgoland (an island, 'a German island in the North Sea' its only description),
# asleep on a trawler in Esbjerg, on the breakwater at Hirtshals and on a pontoon at Arendal
# (the dateline), the North Sea, Jutland, the Skagerrak as sea, region and strait, no meeting;
# an Irish minister of state's St Patrick's Day tour of South America, Dublin to Sao Paulo (two
# days with companies, no meeting required), Montevideo (Uruguay's vice president, a meeting),
# a ferry over the River Plate (a river that is also a football club's name) to Buenos Aires
# (the dateline, talks with the Argentine foreign minister at the San Martin Palace, a meeting)
# and the flight home to Dublin to come; a North Dakota beekeeper hauling hives to the almond
# bloom, from his home yard in Jamestown (named with its state: not the Virginia or New York
# Jamestown) by a refuelling stop in Billings, a blown tyre outside Pocatello and a truck stop
# in Winnemucca to Modesto (the dateline), North Dakota, Montana, Idaho, Nevada, California,
# the Central Valley and the Sierra Nevada as states, a region and a range, no meeting.
# With one complication: told from the end, a Chinese factory worker and his wife riding a
# motorbike home for the Lunar New Year, the lede at his mother's gate in a village outside
# Kaili (the dateline, the meeting), then from the start in Dongguan by Zhaoqing, Wuzhou (Guangxi
# crossed into) and six hours of rain in Liuzhou, up into the mountains of Guizhou, Guangdong,
# Guangxi and Guizhou as provinces, the wife on the same route (the first named, Yang, is the
# mover); a flashback in the pluperfect, a Sri Lankan freed from a scam compound in Myanmar,
# the lede at Colombo's airport (the dateline) where his wife and daughter meet him (the
# meeting), his journey told after the arrival: flown from Colombo to Bangkok, driven to Mae Sot,
# taken by boat across the Moei River to a compound outside Myawaddy, walked back over the
# Friendship Bridge to Mae Sot, held there, bussed to Bangkok and flown home, Thailand, Myanmar
# and China as countries (pressure, a border), men meeting him at Bangkok airport no meeting
# that is required; a second mover, a Pakistani truck driver leading a convoy of mangoes from
# a packing house in Multan by a day's rest at Abbottabad, Gilgit and the customs post at Sost
# over the Khunjerab Pass (a pass, no stop) to the Chinese customs at Tashkurgan and Kashgar (the
# dateline), while a second consignment goes by sea from Karachi to Shanghai, which are no stops
# of the driver, the Karakoram mountains and the Karakoram Highway as a range and a road, no
# meeting (customs officers sealing containers are none); background places, Mexico's foreign
# minister on a Central America tour, Mexico City to Guatemala City (talks at the National
# Palace, a meeting), San Salvador (a meeting) and Tegucigalpa (the dateline, a meeting), the
# flight back to Mexico City to come, with Washington and the United States (deportations,
# tariffs), Tapachula (last year's caravan), the Darien jungle, Colombia and Panama (crossings),
# Havana and Caracas (refusing flights) and Los Angeles (a 2022 declaration) as background;
# ambiguous names, a retired postman riding a postie bike from Newcastle (the New South Wales
# city, with the English one on the Tyne named in a quote) by Tamworth (a Staffordshire town
# too, named), Armidale (in the region called New England, as is the highway), Tenterfield,
# Warwick (its English namesake's castle named) and Ipswich (named after an English town) to
# Brisbane (the dateline), Queensland crossed into and the Hunter a river, no meeting; future
# legs with an organisation named after its city as the mover, Eintracht Frankfurt on a
# pre-season tour, flown out of Frankfurt to Singapore (a game), Kuala Lumpur (a game) and
# Jakarta (the dateline, a draw with Persib Bandung, a club named after a city that is no stop),
# due to fly to Bangkok to play Buriram United (another club named after a town) and to return
# to Frankfurt, Werder Bremen a club, Southeast Asia a region, no meeting (football matches and
# opponents are none).
# Decisions (as in batches 17-32): a country, state, province or region named beside a town is
# no extra stop (Argentina, Peru, Brazil, Acre, Mato Grosso, Switzerland, Norway, Germany,
# North Dakota, Montana, Idaho, Nevada, California, China, Guangdong, Guangxi, Guizhou,
# Thailand, Myanmar, Pakistan, Honduras, Australia, Queensland, New South Wales,
# Staffordshire), nor is a country or province crossed into on the way to a town in it
# ('crossed into Brazil' before Rio Branco, 'crossed into Switzerland over a glacier' before
# Champex, 'crossed into Guangxi' before Wuzhou, 'crossed into Queensland' before Warwick), nor
# a country named only in a nationality, an adjective or an organisation (Argentine, Peruvian,
# British, Dutch, Danish, Norwegian, Irish, Brazilian, Uruguay's vice president, Chinese
# customs, Pakistani exporters, Sri Lankans, Thai police, Mexican, Guatemalan, Salvadoran,
# Honduran, Indonesian, Malaysian, Thai, German, the Bundesliga, the Irish trade agency); a
# venue is its town (a rowing club's pier at Tigre, Sao Paulo's bus terminal, the San Martin
# Palace in Buenos Aires, a truck stop in Winnemucca, the family's gate outside Kaili, Colombo's
# airport, an immigration centre in Mae Sot, a packing house in Multan, the National Palace in
# Guatemala City, Newcastle's and Brisbane's main post offices, the harbour at Arendal); a town
# passed, reached near or stopped at on the way is a stop ('slipped into the Parana River at
# Posadas', 'a storm kept her for two days in Corrientes', 'rode a lift up from the village of
# Argentiere', 'stopped to refuel in Billings', 'blew a tire outside Pocatello', 'kept them off
# the road for six hours in Liuzhou', 'a compound outside Myawaddy', 'rode through Ipswich'),
# but a river, sea, strait, pass, mountain, range, jungle, bridge, highway or region crossed,
# followed or named in a summary is none (the Parana River, the delta, the Andes, the Pacific
# coast, the Alps, the Matterhorn, the North Sea, Jutland, the Skagerrak, the River Plate, the
# Sierra Nevada, the Central Valley, the Moei River, the Friendship Bridge, the Karakoram
# Highway, the Khunjerab Pass, the Darien jungle, the New England Highway, New England, the
# Hunter, the Tyne, Southeast Asia); the place a mover sets out from is the first stop even
# when the lede names only the end ('set off from the beach below the Posadas waterfront',
# 'left Lima', 'set off from Chamonix', 'left his home yard in Jamestown', 'set off from
# Dongguan', 'had flown from Colombo to Bangkok', 'loaded his truck at a packing house in
# Multan', 'flew from Mexico City', 'set off from the city's main post office' in Newcastle,
# 'flew out of Frankfurt'); a stop visited twice is listed twice (Dublin, Mae Sot, Bangkok,
# Colombo, Mexico City, Frankfurt), but a town named twice in one stay is one stop (Tigre,
# Posadas, Verbier, Zermatt in the lede and at the end, Kaili, Kashgar, Tegucigalpa,
# Newcastle, Jakarta); planned legs stated as plans are stops ('He is due to fly home to
# Dublin on Wednesday', 'She returns to Mexico City on Friday', 'The squad will fly to Bangkok
# on Thursday ... and will return to Frankfurt on Sunday'), but an event to come where the
# mover already is, is none (the almond bloom in Modesto, the holiday visits around Kaili); an
# organisation or club named after a place is the mover's name, not a stop by itself
# (Eintracht Frankfurt, whose city is a stop because the squad flies out of it and back), and
# the clubs it plays (Persib Bandung, Buriram United, Werder Bremen) name no stop; the places
# of another mover (the sea consignment's Karachi and Shanghai; the guide's and the wife's
# routes are the mover's own and add nothing) and places named only as background, history,
# description or in a quote (Acre, Washington, the United States, Tapachula, Colombia, Panama,
# Havana, Caracas, Los Angeles, England, Staffordshire, the English Warwick, Tamworth and
# Ipswich, Newcastle on the Tyne) are no stops; Rosario, named as her home, is a stop because
# she stays there. The dateline is a stop in every article of this batch.
# Talks between a minister and a vice president or a foreign minister, a family waiting for a
# traveller (two sons on a pier, a mother at a gate, a wife and daughter at an airport) are
# meetings; meetings not listed are not required (the business days in Sao Paulo, the men who
# met the Sri Lankans at Bangkok's airport), and finding them is no error. Crowds, fishermen
# escorting a swimmer, volunteers guarding a walrus, a fisheries agency, traffic police handing
# out tea, customs officers, a mechanic, a guide, opponents in a football match and fellow
# passengers are no meetings, and there is none for the bus driver, the skier, the walrus, the
# beekeeper, the mango driver, the postman and the football club.
# Stop spellings accept the GeoNames names, plain ASCII and common variants ('Cusco|Cuzco',
# 'Cuiabá|Cuiaba', 'São Paulo|Sao Paulo', 'Chamonix-Mont-Blanc|Chamonix',
# 'Argentière|Argentiere', 'Champex|Champex-Lac', 'Helgoland|Heligoland', 'Dongguan|Tung-kuan',
# 'Zhaoqing|Shiuhing', 'Wuzhou|Wuchow', 'Liuzhou|Liuchow', 'Kaili|K’ai-li', 'Bangkok|Krung
# Thep', 'Myawaddy|Myawadi', 'Multan|Multān', 'Abbottabad|Abbottābād', 'Sost|Sust',
# 'Tashkurgan|Taxkorgan|Tashkorgan', 'Kashgar|Kashi|Kaxgar', 'Mexico City|Ciudad de México',
# 'Guatemala City|Ciudad de Guatemala|Guatemala', 'Frankfurt am Main|Frankfurt',
# 'Jakarta|Djakarta').
CASES33 = [
    Case(
        "swimmer_posadas_to_tigre_told_plainly",
        "Argentine swimmer ends 1,300-km swim down the Parana at Tigre\n\n"
        "TIGRE, Argentina, March 28 (AFP) - Argentine open-water swimmer Lucia Ferreyra waded "
        "ashore at Tigre on Friday, 40 days after she slipped into the Parana River at "
        "Posadas, and became the first woman known to have swum the whole Argentine stretch of "
        "the river. Ferreyra, 38, a physical education teacher, set off from the beach below "
        "the Posadas waterfront on Feb 16 and swam eight to ten hours a day beside a support "
        "boat carrying her coach, a doctor and her food. A storm kept her for two days in "
        "Corrientes at the end of February. On March 8 she reached Goya, where fishermen "
        "escorted her into the port in their boats, and on March 14 she swam into Reconquista "
        "with an ear infection that cost her another day. She spent three nights at her home "
        "in Rosario from March 20, then swam the last 300 km through the islands and channels "
        'of the delta. "The current did half the work, and the mosquitoes did the rest," she '
        "said. Her two sons were waiting on the pier of a rowing club at Tigre with a banner, "
        "and she hugged them before she had taken off her goggles. The swim raised 18 million "
        "pesos for a children's hospital.",
        date(2025, 3, 28),
        (
            "Posadas",
            "Corrientes",
            "Goya",
            "Reconquista",
            "Rosario",
            "Tigre",
        ),
        ((-34.43, -58.58),),
        actor="Lucia Ferreyra",
    ),
    Case(
        "bus_driver_lima_to_sao_paulo_told_plainly",
        "Peruvian bus ends first run of 5,700-km route from Lima to Sao Paulo\n\n"
        "SAO PAULO, Oct 24 (Reuters) - A Peruvian long-distance coach pulled into Sao Paulo's "
        "main bus terminal on Friday morning at the end of the first run of what its operator "
        "calls the longest scheduled bus route in the Americas, a seven-day, 5,700-km trip "
        "from the Pacific coast. Driver Wilber Quispe, 52, who shared the wheel with two "
        "colleagues, left Lima with 31 passengers on the evening of Oct 17 and drove through "
        "the night up into the Andes. The bus reached Cusco on Saturday afternoon, and on "
        "Sunday it crossed passes higher than 4,700 metres before dropping down into the "
        "rainforest to Puerto Maldonado. On Monday it crossed into Brazil and reached Rio "
        "Branco, the capital of Acre state, that evening. The passengers slept in a hotel in "
        "Porto Velho on Tuesday night, and the bus then drove for almost 24 hours across the "
        "cattle ranches and soy fields of Mato Grosso to Cuiaba, which it reached on Thursday "
        'morning. "At every stop people asked me if I was crazy," said Quispe, who has driven '
        "buses for 30 years. A one-way ticket costs 1,450 soles, about $390, more than most "
        "flights. The company plans two departures a week from January.",
        date(2025, 10, 24),
        (
            "Lima",
            "Cusco|Cuzco|Qosqo|Cuscu",
            "Puerto Maldonado",
            "Rio Branco",
            "Porto Velho",
            "Cuiabá|Cuiaba",
            "São Paulo|Sao Paulo",
        ),
        (),
        actor="Wilber Quispe",
    ),
    Case(
        "blind_skier_chamonix_to_zermatt_told_plainly",
        "Blind British skier completes Haute Route from Chamonix to Zermatt\n\n"
        "ZERMATT, Switzerland, April 17 (AP) - A blind British ski mountaineer reached Zermatt "
        "on Thursday after eight days on the Haute Route from Chamonix, the classic "
        "high-level traverse of the Alps, following the voice of a guide who skied a few "
        "metres ahead of him. Tom Ashworth, 41, a software tester who lost his sight to a "
        "genetic eye disease in his twenties, set off from Chamonix with his guide, Pierre "
        "Morel, on April 10. They rode a lift up from the village of Argentiere that morning "
        "and crossed into Switzerland over a glacier in the afternoon, sleeping in a mountain "
        "hut near the border. On April 11 they skied down to Champex, and the next day they "
        "took a taxi to Verbier to avoid a valley with no snow. From Verbier they climbed for "
        "two days over passes and glaciers and reached Arolla on April 14. A storm kept them "
        "in a hut above the village for a day, and on Thursday they crossed the last three "
        'passes and skied down beneath the north face of the Matterhorn into Zermatt. "I '
        'could hear the snow change under my skis, and Pierre never stopped talking," '
        "Ashworth said. He has raised 60,000 pounds for a charity that trains guide dogs.",
        date(2025, 4, 17),
        (
            "Chamonix-Mont-Blanc|Chamonix|Chamonix Mont Blanc",
            "Argentière|Argentiere",
            "Champex|Champex-Lac|Champex Lac",
            "Verbier",
            "Arolla",
            "Zermatt",
        ),
        (),
        actor="Tom Ashworth",
    ),
    Case(
        "walrus_den_helder_to_arendal_told_plainly",
        "Wandering walrus turns up in Norway after tour of North Sea harbours\n\n"
        "ARENDAL, Norway, Sept 5 (Reuters) - A young walrus that has drawn crowds in three "
        "countries since early August hauled itself onto a boat pontoon in the harbour at "
        "Arendal on Friday, and Norwegian officials asked people to keep at least 50 metres "
        "away. The animal, a male nicknamed Bram by Dutch media, was first seen on Aug 3 lying "
        "on the sea wall at Den Helder, hundreds of kilometres south of where walruses usually "
        "live. On Aug 9 it turned up at Helgoland, a German island in the North Sea, where it "
        "slept for four days on a jetty used by ferries while volunteers kept tourists back. "
        "Fishermen in Esbjerg found it asleep on the deck of a trawler on Aug 21, and the "
        "Danish fisheries agency closed part of the harbour for two days. Bram then swam north "
        "along the coast of Jutland and was photographed on the breakwater at Hirtshals on Aug "
        '29 before crossing the Skagerrak. "He is healthy and eating well, but he is tired, '
        'and every time a boat comes too close he has to move," said marine biologist Ingrid '
        "Solberg. Walruses rarely stray this far south, and most of them find their own way "
        "home, she said.",
        date(2025, 9, 5),
        (
            "Den Helder|Helder",
            "Helgoland|Heligoland",
            "Esbjerg",
            "Hirtshals",
            "Arendal",
        ),
        (),
        actor="Bram",
    ),
    Case(
        "irish_minister_st_patricks_tour_told_plainly",
        "Irish minister ends St Patrick's Day tour of South America in Buenos Aires\n\n"
        "BUENOS AIRES, March 18 (Reuters) - Irish Minister of State for Trade Ciaran "
        "Mulvihill ended a week-long St Patrick's Day tour of South America in Buenos Aires on "
        "Tuesday with talks with Argentine Foreign Minister Lucas Montero at the San Martin "
        "Palace on beef, whiskey and a long-delayed trade deal with the European Union. "
        "Mulvihill flew from Dublin to Sao Paulo on March 11 and spent two days with Irish "
        "companies and Brazilian investors. On March 13 he flew on to Montevideo, where he met "
        "Uruguay's vice president, Ana Laura Silveira, and opened a new office of the Irish "
        "trade agency. On March 15 he crossed the River Plate by ferry to Buenos Aires, and on "
        "Monday he walked at the head of the city's St Patrick's Day parade with thousands of "
        "Argentines of Irish descent, who make up the largest such community in the "
        'Spanish-speaking world. "There is more green on these streets today than in some '
        'towns at home," Mulvihill said. He is due to fly home to Dublin on Wednesday.',
        date(2025, 3, 18),
        (
            "Dublin|Baile Átha Cliath",
            "São Paulo|Sao Paulo",
            "Montevideo",
            "Buenos Aires|Ciudad Autónoma de Buenos Aires",
            "Dublin|Baile Átha Cliath",
        ),
        ((-34.90, -56.19), (-34.60, -58.38)),
        actor="Ciaran Mulvihill",
    ),
    Case(
        "beekeeper_jamestown_to_modesto_told_plainly",
        "North Dakota beekeeper trucks 4,000 hives to California almond bloom\n\n"
        "MODESTO, Calif., Feb 12 (AP) - Dale Lindgren's bees spent the winter in North Dakota "
        "and will spend the spring in California. The 58-year-old beekeeper arrived in Modesto "
        "before dawn on Tuesday with the last of eight trucks carrying 4,000 hives, which will "
        "pollinate almond orchards in the Central Valley when the trees bloom later this "
        "month. Lindgren left his home yard in Jamestown, North Dakota, on the night of Feb 6, "
        "driving the lead truck himself. The convoy travels mostly at night, when the bees are "
        "calm and the roads are empty. It stopped to refuel in Billings, Montana, on Friday "
        "morning, and on Saturday one truck blew a tire outside Pocatello, Idaho, where the "
        "drivers spent the day waiting for a mechanic. On Sunday night they parked at a truck "
        "stop in Winnemucca, Nevada, and hosed down the nets over the hives to keep the bees "
        'cool. They crossed the Sierra Nevada on Monday night. "Every hive I bring in alive '
        'is money in the bank," said Lindgren, who loses about a third of his bees each year '
        "to mites and cold. Almond growers rent about 2.5 million hives a year, most of the "
        "honeybee colonies in the United States.",
        date(2025, 2, 12),
        (
            "Jamestown",
            "Billings",
            "Pocatello",
            "Winnemucca",
            "Modesto",
        ),
        (),
        actor="Dale Lindgren",
    ),
    Case(
        "motorbike_dongguan_to_kaili_told_from_the_end",
        "Chinese factory couple ride motorbike 1,000 km home for Lunar New Year\n\n"
        "KAILI, China, Jan 26 (Reuters) - Yang Guangming's mother was waiting at the gate of "
        "the family's wooden house in a village outside Kaili on Saturday evening when her son "
        "and his wife rode up on a mud-spattered motorbike, ending a four-day, 1,000-km ride "
        "home for the Lunar New Year from the factory where they work in southern China. "
        '"She cried, and then she told me I was too thin," said Yang, 34, who assembles phone '
        "chargers. The couple set off from Dongguan early on Wednesday with a bag of presents "
        "and a new rice cooker strapped behind them, among tens of thousands of migrant "
        "workers who ride home from Guangdong province each winter. They spent the first night "
        "in a cheap hotel in Zhaoqing, and on Thursday they crossed into Guangxi and stopped in "
        "Wuzhou, where traffic police were handing out free ginger tea and maps at a rest "
        "station for motorcyclists. On Friday heavy rain kept them off the road for six hours "
        "in Liuzhou. On Saturday they rode up into the mountains of Guizhou, where snow lay "
        "beside the road. Yang's wife, Luo Mei, said the bike had cost less than two train "
        "tickets and would let them visit relatives in other villages during the holiday.",
        date(2025, 1, 26),
        (
            "Dongguan|Dongguan Shi|Tung-kuan|Dongguancheng",
            "Zhaoqing|Zhaoqing Shi|Chao-ch’ing|Chao-ch'ing|Shiuhing",
            "Wuzhou|Wuzhou Shi|Wu-chou|Wuchow",
            "Liuzhou|Liuzhou Shi|Liu-chou|Liuchow",
            "Kaili|Kaili Shi|K’ai-li|K'ai-li",
        ),
        ((26.58, 107.98),),
        actor="Yang Guangming",
    ),
    Case(
        "scam_compound_survivor_colombo_flashback",
        "Sri Lankan freed from Myanmar scam compound returns home\n\n"
        "COLOMBO, May 15 (AFP) - Nuwan Perera walked out of the arrivals hall at Colombo's "
        "airport on Thursday into the arms of his wife and four-year-old daughter, seven months "
        "after he had left for Thailand to take what he thought was a job in computing. "
        "Perera, 29, had answered an advertisement on social media and had flown from Colombo "
        "to Bangkok in October with three other Sri Lankans. Men who met them at the airport "
        "had driven them north-west to Mae Sot, on the border with Myanmar, and that night they "
        "had been taken by boat across the Moei River to a walled compound outside Myawaddy. "
        "For five months he had been forced to work 16 hours a day cheating strangers online "
        "with fake investment schemes, and he had been beaten when he missed his targets. In "
        "February, under pressure from Thailand and China, the armed group that controls the "
        "area had freed hundreds of foreigners, and Perera had walked across the Friendship "
        "Bridge back to Mae Sot. He was held there in an immigration centre for almost three "
        "months while officials checked his papers. Last week Thai police took the group by "
        "bus to Bangkok, and on Thursday they flew home on a flight paid for by the "
        'government. "I only want to sleep in my own bed," he said.',
        date(2025, 5, 15),
        (
            "Colombo|Kolamba",
            "Bangkok|Krung Thep|Krung Thep Maha Nakhon|Bangkok Metropolis",
            "Mae Sot|Amphoe Mae Sot",
            "Myawaddy|Myawadi|Myawaddy Town|Myawadi Town",
            "Mae Sot|Amphoe Mae Sot",
            "Bangkok|Krung Thep|Krung Thep Maha Nakhon|Bangkok Metropolis",
            "Colombo|Kolamba",
        ),
        ((6.93, 79.85),),
        actor="Nuwan Perera",
    ),
    Case(
        "mango_trucks_multan_to_kashgar_second_mover",
        "First Pakistani mango convoy reaches Kashgar over the Karakoram\n\n"
        "KASHGAR, China, June 30 (Reuters) - Twelve refrigerated trucks carrying 220 tonnes of "
        "Pakistani mangoes reached Kashgar on Monday after an eight-day, 1,900-km drive over "
        "the Karakoram mountains, the largest shipment of the fruit ever sent to China by "
        "road, Pakistani exporters said. Lead driver Ghulam Haider, 46, loaded his truck at a "
        "packing house in Multan on June 22 and drove north through the night. After a day's "
        "rest at Abbottabad, the convoy turned onto the Karakoram Highway, where a landslide "
        "held it up for a day, and it reached Gilgit on June 25. At Sost, the last Pakistani "
        "town before the border, customs officers sealed the containers on June 27, and the "
        "next morning the trucks climbed over the Khunjerab Pass, at 4,693 metres one of the "
        "highest paved border crossings in the world. Chinese customs cleared the cargo at "
        'Tashkurgan on Sunday, and the trucks drove down to Kashgar on Monday. "The mangoes '
        'were colder than we were," Haider said. A second consignment of 300 tonnes, sent by '
        "sea from Karachi on the same day the trucks left Multan, is not expected to reach "
        "Shanghai before the middle of July. Exporters hope to send 40 truckloads a season if "
        "the road stays open.",
        date(2025, 6, 30),
        (
            "Multan|Multān",
            "Abbottabad|Abbottābād|Abbotābād|Abbotabad",
            "Gilgit",
            "Sost|Sust",
            "Tashkurgan|Taxkorgan|Tashkorgan|Tashqurghan|Tashikuergan|Taxkorgan Tajik",
            "Kashgar|Kashi|Kaxgar|Kashgar Shi|Kashi Shi|Kashkar",
        ),
        (),
        actor="Ghulam Haider",
    ),
    Case(
        "mexican_foreign_minister_central_america_background_places",
        "Mexico's foreign minister ends Central America tour in Honduras\n\n"
        "TEGUCIGALPA, Sept 11 (Reuters) - Mexican Foreign Minister Lorena Anaya ended a "
        "three-day tour of Central America in Tegucigalpa on Thursday, pressing her neighbours "
        "to share the cost of caring for migrants sent back from the United States. Anaya flew "
        "from Mexico City to Guatemala City on Tuesday and held talks at the National Palace "
        "with Guatemalan Foreign Minister Carlos Ramirez on a joint plan for their shared "
        "border. On Wednesday she was in San Salvador, where she met Salvadoran Foreign "
        "Minister Rebeca Arias, and on Thursday she held talks in Tegucigalpa with her "
        "Honduran counterpart, Jorge Funes. Washington has deported more than 200,000 Central "
        "Americans this year and has threatened tariffs on countries that refuse to take their "
        "citizens back. Last October a caravan of several thousand migrants set out on foot "
        "from Tapachula before Mexican police broke it up, and the number of people crossing "
        "the Darien jungle from Colombia into Panama has fallen by nine-tenths since 2023. "
        "Havana and Caracas refuse to accept deportation flights, Anaya said. A regional "
        "migration declaration signed in Los Angeles in 2022 has been largely forgotten. She "
        "returns to Mexico City on Friday.",
        date(2025, 9, 11),
        (
            "Mexico City|Ciudad de México|Ciudad de Mexico",
            "Guatemala City|Ciudad de Guatemala|Guatemala",
            "San Salvador",
            "Tegucigalpa",
            "Mexico City|Ciudad de México|Ciudad de Mexico",
        ),
        ((14.63, -90.51), (13.69, -89.19), (14.08, -87.21)),
        actor="Lorena Anaya",
    ),
    Case(
        "postie_bike_newcastle_to_brisbane_ambiguous_names",
        "Retired postman rides postie bike up New England Highway to Brisbane\n\n"
        "BRISBANE, Australia, Oct 3 (AP) - Retired postman Kevin Doyle rode his 1992 postie "
        "bike into Brisbane on Friday, 11 days and 800 km after leaving Newcastle, raising "
        "40,000 Australian dollars for a children's cancer charity. Doyle, 71, who delivered "
        "letters in Newcastle for 38 years, set off from the city's main post office on Sept "
        "22 and rode inland along the New England Highway at a steady 60 km per hour. "
        '"People in England keep writing to tell me Newcastle is on the Tyne. Ours is on the '
        'Hunter," he said. He climbed over the range to Tamworth, the country music capital '
        "and a namesake of a market town in Staffordshire, where he stayed two nights. Frost "
        "covered his seat on the morning he left Armidale, in the high country Australians "
        "call New England, and on Sept 28 he reached Tenterfield. He crossed into Queensland on "
        "Sept 30 and rested for a day in Warwick, whose English namesake has a famous castle. "
        '"Ours has a rodeo instead," Doyle said. On Thursday he rode through Ipswich, which '
        "like Newcastle was named after an English town, and on Friday afternoon he parked "
        "outside Brisbane's main post office.",
        date(2025, 10, 3),
        (
            "Newcastle",
            "Tamworth",
            "Armidale",
            "Tenterfield",
            "Warwick",
            "Ipswich",
            "Brisbane",
        ),
        (),
        actor="Kevin Doyle",
    ),
    Case(
        "eintracht_frankfurt_asia_tour_future_legs",
        "Eintracht Frankfurt held to draw in Jakarta on Asian tour\n\n"
        "JAKARTA, July 22 (Reuters) - Eintracht Frankfurt were held to a 2-2 draw by "
        "Indonesian champions Persib Bandung in front of 60,000 fans in Jakarta on Tuesday, the "
        "third stop of the German club's pre-season tour of Southeast Asia. The Bundesliga "
        "side flew out of Frankfurt on July 13 and beat a Singapore Premier League selection "
        "3-0 in Singapore last Wednesday before travelling on to Kuala Lumpur, where they lost "
        "1-0 to a Malaysian all-star team on Saturday. Coach Jonas Albrecht used 24 players in "
        'Jakarta and gave two teenagers their first game for the club. "The heat and the '
        'humidity are hard on the legs, but that is the point of coming here," Albrecht said. '
        "The squad will fly to Bangkok on Thursday to play Thai champions Buriram United on "
        "Saturday and will return to Frankfurt on Sunday, three weeks before the opening "
        "league game against Werder Bremen.",
        date(2025, 7, 22),
        (
            "Frankfurt am Main|Frankfurt",
            "Singapore",
            "Kuala Lumpur",
            "Jakarta|Djakarta|Jakarta Raya|DKI Jakarta",
            "Bangkok|Krung Thep|Krung Thep Maha Nakhon|Bangkok Metropolis",
            "Frankfurt am Main|Frankfurt",
        ),
        (),
        actor="Eintracht Frankfurt",
    ),
]

ROUTE_FAILS33: dict[str, str] = {
    "blind_skier_chamonix_to_zermatt_told_plainly": (
        "first run (093cfbd): routes [Tom Ashworth: Chamonix > Verbier > Zermatt] meetings []"
    ),
    "walrus_den_helder_to_arendal_told_plainly": (
        "first run (093cfbd): routes [Bram: Norway > Den Helder > Helgoland > Hirtshals > "
        "Skagerrak] meetings []"
    ),
    "scam_compound_survivor_colombo_flashback": (
        "first run (093cfbd): routes [Nuwan Perera: Colombo > Bangkok > Mae Sot > Myawaddy > "
        "China > Colombo; Sri Lankan: Myanmar > Colombo] meetings [Colombo 2025-05-15 ['Nuwan "
        "Perera']]"
    ),
    "mango_trucks_multan_to_kashgar_second_mover": (
        "first run (093cfbd): routes [Ghulam Haider: Multan > Gilgit > Karachi > Kashgar > "
        "Multan] meetings []"
    ),
}
MEETING_FAILS33: dict[str, str] = {}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS33, CASES33))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS33, CASES33))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
