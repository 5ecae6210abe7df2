"""Blind route batch 27: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS27 and MEETING_FAILS27."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 27: twelve articles written before the code was run on them. Stops and
# meetings were fixed before the first run (see test_routes_unseen for the scoring); the
# misses of the first run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, six told plainly in the order things happened (with dates
# where a journalist gives them) and six with one complication each. Plain: the Dutch king's
# state visit to Vietnam, flown out of Amsterdam to Hanoi (talks with the president at the
# Presidential Palace, the meeting), then Hue, by road over the mountains to Da Nang, flown to
# Can Tho in the Mekong Delta (a region, no stop) and on to Ho Chi Minh City (the dateline),
# Queen Maxima travelling with him on the same route; an 81-year-old driving Route 66 in its
# centenary year in the car he bought new, from Chicago by St. Louis, Tulsa (his birthplace,
# where he stays two nights: a stop), Amarillo, Albuquerque, Flagstaff (a day's repair) and
# Barstow to the pier at Santa Monica (the dateline), New Mexico crossed into and the Mojave
# Desert named as a container, no meeting (his granddaughter rides with him); an Iraqi pilgrim
# walking to Karbala (the dateline) for Arbaeen, from Basra by Nasiriyah, Samawah ('walked
# through'), Diwaniyah and Najaf, Iran and Pakistan only as the home countries of other
# pilgrims and the year 680 as history, no meeting (a tribe serving meals is none); India's
# prime minister on a three-nation tour, New Delhi to Amman (received by the king, a
# meeting), Addis Ababa (talks with the prime minister, a meeting) and Muscat (the dateline,
# talks with the sultan at Al Alam Palace, a meeting), flying back to New Delhi the same night
# (a planned leg, a stop); an Argentine tennis player's clay-court swing, Monte Carlo,
# Barcelona, Madrid and Rome to Paris (the dateline), tournaments named after a country (the
# Italian Open, the French Open) and a venue in Paris (Roland Garros), no meeting (a final
# against an opponent is none); a Nigerian businessman driving from Lagos to London (the
# dateline), by Accra, Abidjan, Dakar, Nouakchott, Marrakesh and Madrid, welcomed by the high
# commissioner at Nigeria House (the meeting), Benin, Togo, Liberia, Sierra Leone, Guinea and
# France crossed as countries, the Strait of Gibraltar, the Atlantic and the Channel Tunnel
# crossed or followed, and Lagos named again in a quote.
# With one complication: told from the end, a 72-year-old walking the old Tokaido highway,
# the lede at the bridge in Kyoto (the dateline) where her grandson waits (the meeting), then
# from the start at the Nihonbashi bridge in Tokyo by Odawara, Shizuoka, Hamamatsu and Nagoya,
# Mount Fuji and 'the mountains' as landmarks; a flashback in the pluperfect, a Ukrainian
# marine freed in a prisoner exchange, the lede at a hospital in Chernihiv (the dateline) where
# his wife holds him (the meeting), his capture in Mariupol, the camp at Olenivka (in 'the
# Donetsk region', a container) and the detention centre in Taganrog told in the pluperfect,
# Belarus crossed and the border unnamed, Kyiv (orders) and Moscow (no comment) as background;
# a second mover, a Lebanese mother fleeing Israeli strikes from Nabatieh by Sidon and Beirut,
# on foot across the border (unnamed) to Damascus and by bus to Homs (the dateline), where her
# sister waits (the meeting), while her husband drives his parents to Tripoli and goes on to
# Halba, which are no stops of hers; background places, Brazil's president touring the
# Amazon before the climate summit, Brasilia to Manaus, Santarem and Belem (the dateline),
# talks with Colombia's president in Belem (the meeting), with Paris (the agreement),
# Washington (its withdrawal), Baku (last year's talks), Beijing and Brussels (negotiators)
# and Sharm el-Sheikh (the 2022 summit) as background, the Rio Negro, the Tapajos and the
# Amazon as rivers; ambiguous names, a Venezuelan baker walking to Bogota (the dateline), from
# Valencia (Venezuela's, not Spain's) across the Simon Bolivar bridge into Cucuta, by
# Pamplona (a Spanish city's namesake, named again in a quote), Bucaramanga, Socorro (a New
# Mexico city's namesake, named in the text) and Tunja, his cousin waiting at the bus terminal
# (the meeting); future legs with a vehicle as the mover, the solar-powered plane SolarWing at
# Varanasi (the dateline) after Abu Dhabi, Muscat and Ahmedabad, due to fly on to Mandalay and
# Chongqing, the Gulf of Oman and the Arabian Sea crossed, a Pacific crossing without a place,
# the Ganges as a river.
# Decisions (as in batches 17-26): a country, state or region named beside a town is no extra
# stop (Vietnam, the Mekong Delta, Illinois, New Mexico, Iraq, Jordan, Ethiopia, Oman, Japan,
# Ukraine, the Donetsk region, Russia, Lebanon, Syria, Brazil, Venezuela, Colombia, India,
# Myanmar, China); a venue is its town (the Presidential Palace in Hanoi, the citadel in Hue,
# the Santa Monica pier, the shrine in Karbala, the royal palace in Amman, Al Alam Palace in
# Muscat, Roland Garros in Paris, Nigeria House in London, the Sanjo Ohashi bridge in Kyoto,
# the Nihonbashi bridge in Tokyo, the Azovstal steelworks in Mariupol, the camp at Olenivka,
# the hospital in Chernihiv, a school classroom in Sidon, the sister's flat in Homs, a riverside
# hotel in Belem, the bus terminal in Bogota); a town passed through or stayed at on the way is
# a stop ('walked through Samawah', 'rested for a day' in Diwaniyah, 'kept them in
# Flagstaff', 'kept her in Nagoya'), but a sea, a strait, a gulf, a river, a tunnel, a pass, a
# desert or a region crossed or named in a summary is none (the Strait of Gibraltar, the
# Channel Tunnel, the Atlantic, the Gulf of Oman, the Arabian Sea, the Mojave Desert, the
# Andes, the Rio Negro, the Ganges, 'over the mountains'), and neither is a country crossed on
# the way to a town in the next (Benin, Togo, Liberia, Sierra Leone, Guinea, France, Belarus);
# the place a mover sets out from is the first stop even when the lede names only the end
# ('flew out of Amsterdam', 'set off from Chicago', 'left Basra', 'left New Delhi', 'left
# Lagos', 'set off on foot from the Nihonbashi bridge in central Tokyo', 'had been captured in
# Mariupol', 'fled Nabatieh', 'flew from Brasilia', 'left his home in Valencia', 'took off from
# Abu Dhabi'); a stop visited twice is listed twice (New Delhi); planned legs stated as plans
# are stops ('was due to fly back to New Delhi', 'is due to fly on to Mandalay ... and then ...
# to Chongqing'), but a stay or an event to come where the mover already is, is none (the
# first match in Paris, the cousin's flat in Bogota, the wait in Chongqing for the rains), and
# a home not named is none (the car shipped home, which is the car's move anyway); the places
# of another mover (the husband's Tripoli and Halba, other pilgrims' Iran and Pakistan) and
# places only named as background, history or in a quote (Paris, Washington, Baku, Beijing,
# Brussels and Sharm el-Sheikh for the president, Kyiv and Moscow for the marine, the Spanish
# Pamplona and New Mexico's Socorro, the border in Lagos and the frost before Pamplona in
# quotes) are no stops. The dateline is a stop in every article of this batch. Talks between
# leaders (a king and a president, a prime minister with a king, a prime minister and a
# sultan, two presidents), a high commissioner welcoming a traveller and a family member
# waiting for a traveller (a grandson, a wife, a sister, a cousin) are meetings; crowds,
# pilgrims, a tribe serving meals, a tennis final, truck drivers giving rides, a stranger
# paying for a ticket and people watching a plane land are not, and there is none for the
# Route 66 driver, the pilgrim, the tennis player and the solar plane.
# Stop spellings accept the GeoNames names and plain ASCII and common variants
# ('Hanoi|Ha Noi|Hà Nội', 'Hue|Huế', 'Da Nang|Đà Nẵng|Danang', 'Can Tho|Cần Thơ', 'Ho Chi Minh
# City|Saigon|Thành Phố Hồ Chí Minh', 'St. Louis|Saint Louis|St Louis', 'Basra|Basrah|Al
# Başrah', 'Nasiriyah|An Nāşirīyah', 'Samawah|As Samāwah', 'Diwaniyah|Ad Dīwānīyah',
# 'Najaf|An Najaf', 'Karbala|Karbalāʼ', 'New Delhi|Delhi', 'Amman|ʿAmmān', 'Addis Ababa|Addis
# Abeba', 'Muscat|Masqat', 'Monte Carlo|Monte-Carlo|Monaco', 'Rome|Roma',
# 'Marrakesh|Marrakech', 'Tokyo|Tōkyō', 'Kyoto|Kyōto', 'Mariupol|Mariupolʼ',
# 'Olenivka|Olenovka', 'Chernihiv|Chernigov', 'Nabatieh|Nabatîyé et Tahta', 'Sidon|Saida|Şaydā',
# 'Beirut|Bayrūt', 'Damascus|Dimashq', 'Homs|Ḩimş', 'Brasília|Brasilia', 'Santarém|Santarem',
# 'Belém|Belem', 'Cúcuta|Cucuta', 'Socorro|El Socorro', 'Bogotá|Bogota', 'Abu Dhabi|Abū Z̧aby',
# 'Ahmedabad|Ahmadābād', 'Varanasi|Vārānasi|Benares', 'Chongqing|Chungking').
CASES27 = [
    Case(
        "dutch_king_state_visit_to_vietnam_hanoi_to_ho_chi_minh_city_told_plainly",
        "Dutch king ends Vietnam state visit in Ho Chi Minh City\n\n"
        "HO CHI MINH CITY, Nov 21 (Reuters) - King Willem-Alexander of the Netherlands ended "
        "a five-day state visit to Vietnam in Ho Chi Minh City on Friday, opening a "
        "Dutch-Vietnamese centre for climate adaptation and meeting young entrepreneurs at a "
        "start-up hub. The king and Queen Maxima flew out of Amsterdam on Sunday and landed "
        "in Hanoi on Monday morning. They were welcomed with a 21-gun salute at the "
        "Presidential Palace, where the king held talks with President Luong Cuong on water "
        "management, offshore wind and port investment, and the two sides signed nine "
        "agreements. On Tuesday the royal couple flew to Hue, the former imperial capital, "
        "and walked through the restored citadel with Dutch conservation experts. On "
        "Wednesday they drove south over the mountains to Da Nang to visit a factory that "
        "builds wind turbine blades for a Dutch company. On Thursday they flew to Can Tho, "
        "in the Mekong Delta, where rising seas and sinking land are pushing salt water into "
        "rice fields, and toured a pilot project run by Dutch engineers. They arrived in Ho "
        'Chi Minh City late on Thursday. "Vietnam and the Netherlands both know how to live '
        'with water, and how dangerous it can be," the king said at a state banquet. Trade '
        "between the two countries reached $11 billion last year.",
        date(2025, 11, 21),
        (
            "Amsterdam",
            "Hanoi|Ha Noi|Hà Nội",
            "Hue|Huế|Thành Phố Huế",
            "Da Nang|Đà Nẵng|Danang|Thành Phố Đà Nẵng",
            "Can Tho|Cần Thơ|Thành Phố Cần Thơ",
            "Ho Chi Minh City|Saigon|Thành Phố Hồ Chí Minh|Thanh Pho Ho Chi Minh|Ho Chi Minh",
        ),
        ((21.04, 105.83),),
        actor="King Willem-Alexander",
    ),
    Case(
        "route_66_centenary_drive_chicago_to_santa_monica_told_plainly_by_day",
        "Octogenarian drives Route 66 end to end in highway's centenary year\n\n"
        "SANTA MONICA, Calif., May 2 (AP) - An 81-year-old retired mechanic rolled onto the "
        "Santa Monica pier on Saturday in the turquoise 1957 Chevrolet he bought new, "
        "completing a 3,900-km drive along Route 66 in the highway's 100th year. Earl "
        "Whitaker set off from Chicago on April 18, from the corner near the lake where the "
        "old road begins, with his granddaughter Kayla reading the maps. They reached St. "
        "Louis on April 20 and Tulsa, where Whitaker was born, on April 23, and spent two "
        "nights there so he could show her the street where he grew up. After a night in "
        "Amarillo on April 26, they crossed into New Mexico and reached Albuquerque on April "
        "28. A cracked radiator hose kept them in Flagstaff for a day, and they spent their "
        "last night on the road in Barstow, on the edge of the Mojave Desert, on May 1. "
        '"Whole stretches of the road are gone, but the diners and the motels with the neon '
        'signs are still there," Whitaker said. More than 200 owners of classic cars are '
        "expected to drive the route this year, and towns along it are holding festivals "
        'through the summer. Whitaker said he had no plans to do it again. "Once is enough '
        'at my age," he said.',
        date(2026, 5, 2),
        (
            "Chicago",
            "St. Louis|Saint Louis|St Louis",
            "Tulsa",
            "Amarillo",
            "Albuquerque",
            "Flagstaff",
            "Barstow",
            "Santa Monica",
        ),
        (),
        actor="Earl Whitaker",
    ),
    Case(
        "arbaeen_pilgrim_walks_from_basra_to_karbala_told_plainly_with_dates",
        "Iraqi pilgrim, 63, completes 500-km walk from Basra to Karbala\n\n"
        "KARBALA, Iraq, Aug 14 (Reuters) - Hussein Kadhim walked into Karbala on Thursday "
        "with blistered feet, a black flag over his shoulder and 17 days of road behind him, "
        "one of millions of Shi'ite pilgrims converging on the city for Arbaeen. The "
        "63-year-old retired oil worker left Basra on July 29 with two of his nephews, "
        "following the highway north past date palms and oil flares. They reached Nasiriyah "
        "on Aug 2 and slept in a tent put up by a local tribe that serves free meals to "
        "pilgrims. On Aug 5 they walked through Samawah, and on Aug 8 they reached "
        "Diwaniyah, where Kadhim rested for a day because of a swollen knee. From there the "
        "group turned west to Najaf, arriving on Aug 11 to pray at the shrine of Imam Ali. "
        "The last 80 km, from Najaf to Karbala along a road lined with thousands of roadside "
        'kitchens and first-aid tents, took three days. "Every step is worth it," Kadhim '
        "said outside the gold-domed shrine, his voice hoarse. Iraqi officials expect more "
        "than 20 million visitors this year, including several million from Iran and "
        "Pakistan. Arbaeen marks 40 days after the killing of Imam Hussein, the grandson of "
        "the Prophet Mohammad, in the year 680.",
        date(2025, 8, 14),
        (
            "Basra|Basrah|Al Başrah|Al Basrah|Al Baṣrah",
            "Nasiriyah|Nasiriya|Nassiriya|An Nāşirīyah|An Nāṣirīyah|An Nasiriyah",
            "Samawah|Samawa|As Samāwah|As Samawah",
            "Diwaniyah|Diwaniya|Ad Dīwānīyah|Ad Diwaniyah|Al Diwaniyah",
            "Najaf|An Najaf|Al Najaf",
            "Karbala|Karbalāʼ|Karbala'|Kerbala|Kerbela",
        ),
        (),
        actor="Hussein Kadhim",
    ),
    Case(
        "modi_three_nation_tour_amman_addis_ababa_muscat_told_plainly_three_meetings",
        "Modi wraps up three-nation tour in Oman with trade pact\n\n"
        "MUSCAT, Dec 18 (Reuters) - Indian Prime Minister Narendra Modi held talks with "
        "Sultan Haitham bin Tariq in Muscat on Thursday, the last stop of a four-day tour "
        "that also took him to Jordan and Ethiopia. Modi left New Delhi on Monday and flew "
        "to Amman, where he was received by King Abdullah II at the royal palace. The two "
        "leaders discussed trade, fertiliser supplies and regional security, and agreed to "
        "raise bilateral trade to $5 billion within five years. On Tuesday Modi flew on to "
        "Addis Ababa for his first visit to Ethiopia, where he held talks with Prime "
        "Minister Abiy Ahmed and addressed the country's parliament. India is one of the "
        "largest foreign investors in Ethiopia, mainly in farming and textiles. Modi arrived "
        "in Muscat on Wednesday evening. At Al Alam Palace on Thursday he and the sultan "
        "signed an economic partnership agreement that removes tariffs on most Indian "
        'exports to Oman. "Oman is a trusted friend, and today that friendship has a new '
        'foundation," Modi told reporters. He was due to fly back to New Delhi on Thursday '
        "night.",
        date(2025, 12, 18),
        (
            "New Delhi|Delhi",
            "Amman|ʿAmmān|Ammān",
            "Addis Ababa|Addis Abeba|Ādīs Ābeba",
            "Muscat|Masqat",
            "New Delhi|Delhi",
        ),
        ((31.95, 35.93), (9.03, 38.74), (23.59, 58.41)),
        actor="Narendra Modi",
    ),
    Case(
        "tennis_player_clay_court_swing_from_monte_carlo_to_paris_told_plainly",
        "Ledesma arrives in Paris on clay-court winning run\n\n"
        "PARIS, May 22 (AFP) - Argentina's Tomas Ledesma arrived in Paris on Thursday as one "
        "of the favourites for the French Open, after a six-week swing through the European "
        "clay-court season that brought him two titles and a semi-final. The 24-year-old "
        "began his clay season in Monte Carlo in early April, losing a tight quarter-final "
        "in three sets. He then travelled to Barcelona, where he won his first ATP 500 "
        "title, beating a Spanish teenager in the final. In Madrid he reached the "
        "semi-finals before a back spasm forced him to retire in the second set. After a "
        "week of rest he flew to Rome and won the Italian Open on Sunday without dropping a "
        'set, a run that lifted him to fifth in the world rankings. "I feel at home on this '
        'surface, the way I did as a boy," Ledesma said after a practice session on the '
        "outside courts at Roland Garros. He will open his campaign against a qualifier on "
        "Monday. No Argentine man has won the title since 2004.",
        date(2025, 5, 22),
        (
            "Monte Carlo|Monte-Carlo|Monaco",
            "Barcelona",
            "Madrid",
            "Rome|Roma",
            "Paris",
        ),
        (),
        actor="Tomas Ledesma",
    ),
    Case(
        "nigerian_drives_from_lagos_to_london_told_plainly_high_commissioner_welcomes_him",
        "Nigerian businessman drives from Lagos to London in 41 days\n\n"
        "LONDON, Aug 30 (Reuters) - A Nigerian businessman who drove from Lagos to London in "
        "a second-hand Toyota Land Cruiser arrived in the British capital on Saturday, 41 "
        "days and about 11,000 km after he set off, and was welcomed by Nigeria's high "
        "commissioner at Nigeria House. Chidi Okafor, 39, left Lagos on July 20 and crossed "
        "Benin and Togo to reach Accra on July 23. He drove on to Abidjan, where he waited "
        "four days for a visa, then followed the coast through Liberia, Sierra Leone and "
        "Guinea to Dakar, which he reached on Aug 8. Four days later he was in Nouakchott, "
        "and after a long run up the desert road along the Atlantic he reached Marrakesh on "
        "Aug 19. He took a ferry across the Strait of Gibraltar, drove to Madrid on Aug 24, "
        "crossed France in two days and took the train through the Channel Tunnel on Friday. "
        "Okafor, who sells solar panels, said he wanted to show that West Africa's roads "
        'could link its economies. "The worst road was not in the desert. It was the traffic '
        'at the border in Lagos," he said. He plans to ship the car home.',
        date(2025, 8, 30),
        (
            "Lagos",
            "Accra",
            "Abidjan",
            "Dakar",
            "Nouakchott",
            "Marrakesh|Marrakech",
            "Madrid",
            "London",
        ),
        ((51.51, -0.13),),
        actor="Chidi Okafor",
    ),
    Case(
        "tokaido_walk_told_from_the_end_in_kyoto_grandson_waits_at_the_bridge",
        "Grandmother, 72, finishes walk along Japan's old Tokaido road\n\n"
        "KYOTO, April 12 (Reuters) - A 72-year-old retired schoolteacher crossed the Sanjo "
        "Ohashi bridge in Kyoto on Saturday to finish a 500-km walk along the Tokaido, the "
        "old highway that linked the shoguns' capital with the imperial city for more than "
        "two centuries. Her grandson, a university student, was waiting at the end of the "
        "bridge with a bunch of cherry blossoms. Keiko Tanabe set off on foot from the "
        "Nihonbashi bridge in central Tokyo on March 10, carrying a 6-kg pack and a notebook "
        "for the stamps she collected at each of the 53 old post stations. In the first week "
        "she walked down the coast to Odawara, then climbed the steep stone path over the "
        "mountains, where snow still lay in the shade. She reached Shizuoka on March 21, "
        "with Mount Fuji behind her most of the way, and Hamamatsu four days later. Heavy "
        'rain kept her in Nagoya for two days in early April. "My knees complained, but my '
        'heart never did," Tanabe said. She plans to write a guide for older walkers. About '
        "300 people a year walk the whole route, according to a walkers' association.",
        date(2025, 4, 12),
        (
            "Tokyo|Tōkyō",
            "Odawara",
            "Shizuoka",
            "Hamamatsu",
            "Nagoya",
            "Kyoto|Kyōto",
        ),
        ((35.01, 135.77),),
        actor="Keiko Tanabe",
    ),
    Case(
        "freed_ukrainian_marine_home_in_chernihiv_captivity_told_in_the_pluperfect",
        "Freed Ukrainian marine home after three years in Russian captivity\n\n"
        "CHERNIHIV, Ukraine, June 13 (Reuters) - Ukrainian marine Andriy Kovalchuk held his "
        "wife's face in both hands in a hospital corridor in Chernihiv on Friday, three days "
        "after he was freed in a prisoner exchange with Russia, and for a long time neither "
        "of them spoke. Kovalchuk, 34, had been captured in Mariupol in May 2022, when the "
        "last defenders of the Azovstal steelworks laid down their arms on orders from Kyiv. "
        "He had been taken by bus to the prison camp at Olenivka, in the occupied part of "
        "the Donetsk region, where he spent four months in an overcrowded barracks. In the "
        "autumn of that year he had been moved to a detention centre in Taganrog, in "
        "southern Russia, where he said guards beat prisoners every day. On Tuesday he had "
        "been driven with 83 other prisoners through Belarus to the Ukrainian border and "
        "handed over to Ukrainian officials, who brought the men to Chernihiv by bus. "
        'Doctors say he lost 30 kg in captivity. "I dreamed about this corridor for three '
        "years,\" his wife Olena said. Ukraine's coordination headquarters for prisoners of "
        "war said more than 5,000 Ukrainians have been freed in exchanges since 2022. Moscow "
        "did not comment on the exchange.",
        date(2025, 6, 13),
        (
            "Mariupol|Mariupolʼ|Mariupol'|Mariupil",
            "Olenivka|Olenovka",
            "Taganrog",
            "Chernihiv|Chernigov",
        ),
        ((51.49, 31.29),),
        actor="Andriy Kovalchuk",
    ),
    Case(
        "lebanese_mother_flees_to_homs_husband_to_tripoli_as_a_second_mover",
        "Lebanese mother reaches sister in Homs after fleeing Israeli strikes\n\n"
        "HOMS, Syria, Oct 4 (Reuters) - Zeinab Haidar spent four days on the road with her "
        "three children after Israeli air strikes hit her neighbourhood in Nabatieh, in "
        "southern Lebanon, and on Friday she finally reached her sister's flat in Homs, "
        "where the two women wept in the stairwell. Haidar, 35, fled Nabatieh on Monday in a "
        "neighbour's van, heading north along the coast road to Sidon, where the family "
        "slept in a school classroom with 40 other people. On Tuesday they went on to "
        "Beirut, but the shelters were full, and on Wednesday they took a shared taxi over "
        "the mountains towards the Syrian border. A strike had cratered the road at the "
        "crossing, so they walked across carrying their bags, and a bus took them to "
        "Damascus that night. On Friday morning they rode another bus north to Homs. Her "
        "husband Ali stayed in Lebanon: he drove his elderly parents north to Tripoli, where "
        "they are sheltering with relatives, and then went on to Halba, in the Akkar region, "
        'to look for work. "I don\'t know when we will see him again," Haidar said. The '
        "United Nations says more than 300,000 people have crossed from Lebanon into Syria "
        "in two weeks.",
        date(2024, 10, 4),
        (
            "Nabatieh|Nabatiyeh|Nabatiye|Nabatîyé et Tahta|Nabatieh et Tahta|"
            "An Nabaţīyah at Taḩtā|An Nabatiyah",
            "Sidon|Saida|Saïda|Sayda|Şaydā",
            "Beirut|Bayrūt|Beyrouth",
            "Damascus|Dimashq",
            "Homs|Ḩimş|Hims",
        ),
        ((34.73, 36.71),),
        actor="Zeinab Haidar",
    ),
    Case(
        "lula_amazon_tour_to_belem_paris_baku_and_washington_as_background",
        "Lula tours the Amazon, meets Petro in Belem ahead of climate summit\n\n"
        "BELEM, Brazil, Oct 30 (Reuters) - Brazilian President Luiz Inacio Lula da Silva "
        "held talks with Colombian President Gustavo Petro in Belem on Thursday, ending a "
        "three-day tour of the Amazon ahead of the U.N. climate summit the city will host "
        "next month. Lula flew from Brasilia to Manaus on Tuesday and visited a riverside "
        "community on the Rio Negro whose wells ran dry in last year's drought. On Wednesday "
        "he travelled to Santarem, where the Tapajos meets the Amazon, and announced a fund "
        "to restore degraded pasture, before flying on to Belem that night. At a riverside "
        "hotel on Thursday, Lula and Petro agreed to press rich countries to pay into a new "
        'fund for standing forests. "The Amazon is not a museum, it is home to 30 million '
        'people," Lula said. The summit comes ten years after the Paris agreement, from '
        "which Washington withdrew again this year. Last year's talks in Baku ended with a "
        "finance deal that poorer countries called far too small, and negotiators from "
        "Beijing and Brussels were in Belem this week working on draft texts. Lula first "
        "promised to end illegal deforestation at the 2022 summit in Sharm el-Sheikh, weeks "
        "after winning the election.",
        date(2025, 10, 30),
        (
            "Brasília|Brasilia",
            "Manaus",
            "Santarém|Santarem",
            "Belém|Belem",
        ),
        ((-1.46, -48.49),),
        actor="Luiz Inacio Lula da Silva",
    ),
    Case(
        "venezuelan_walks_from_valencia_to_bogota_through_pamplona_and_socorro_ambiguous_names",
        "Venezuelan baker reaches Bogota after three weeks on foot\n\n"
        "BOGOTA, March 7 (AP) - Yorman Castillo reached Bogota on Friday after three weeks "
        "on the road from Venezuela, most of it on foot, and his cousin was waiting for him "
        "at the bus terminal with a thermos of coffee. Castillo, 27, a baker, left his home "
        "in Valencia, Venezuela's third-largest city, on Feb 14 and rode buses west to the "
        "border, crossing the Simon Bolivar bridge into Cucuta on foot on Feb 16. From there "
        "he walked up into the Andes to Pamplona, a cold mountain town that shares its name "
        "with the Spanish city famous for its bull runs, where a church gave him a blanket. "
        "On Feb 23 he reached Bucaramanga, and a week later Socorro, a colonial town whose "
        "name also belongs to a small city in New Mexico. Truck drivers gave him rides on "
        "the long climb to Tunja, which he reached on March 5. A stranger paid for a bus "
        "ticket for the last 140 km to Bogota. His cousin, who came to Colombia in 2019, "
        'will put him up in her flat in the south of the city until he finds work. "I had '
        'never seen frost before Pamplona," Castillo said. Colombia is home to about 2.8 '
        "million Venezuelans.",
        date(2025, 3, 7),
        (
            "Valencia",
            "Cúcuta|Cucuta|San José de Cúcuta",
            "Pamplona",
            "Bucaramanga",
            "Socorro|El Socorro",
            "Tunja",
            "Bogotá|Bogota",
        ),
        ((4.66, -74.11),),
        actor="Yorman Castillo",
    ),
    Case(
        "solar_plane_at_varanasi_legs_to_mandalay_and_chongqing_to_come_vehicle_as_mover",
        "Solar-powered plane lands in Varanasi, next hop to Mandalay\n\n"
        "VARANASI, India, March 19 (Reuters) - A solar-powered aircraft on a round-the-world "
        "flight landed in Varanasi on Wednesday evening after a 13-hour hop from Ahmedabad, "
        "the third leg of a journey its team hopes will show that long-distance flight "
        "without fuel is possible. SolarWing, a single-seat plane with a wingspan wider than "
        "a jumbo jet's and the weight of a family car, took off from Abu Dhabi on March 3. "
        "It crossed the Gulf of Oman to Muscat on the first leg and then made a 16-hour "
        "flight across the Arabian Sea to Ahmedabad, where haze kept it on the ground for "
        "ten days. Its two Swiss pilots take turns at the controls and sleep in 20-minute "
        "naps on the long legs. SolarWing is due to fly on to Mandalay in Myanmar early next "
        "week and then across the mountains to Chongqing in China, where it will wait out "
        'the spring rains. The team has not fixed dates for the Pacific crossing. "Every '
        'sunrise is a refuelling stop," one of the pilots told reporters on the tarmac. '
        "Thousands of people lined the banks of the Ganges to watch the plane circle the "
        "city before landing.",
        date(2025, 3, 19),
        (
            "Abu Dhabi|Abū Z̧aby|Abu Zaby",
            "Muscat|Masqat",
            "Ahmedabad|Ahmadabad|Ahmadābād",
            "Varanasi|Vārānasi|Benares|Banaras",
            "Mandalay",
            "Chongqing|Chungking",
        ),
        (),
        actor="SolarWing",
    ),
]

ROUTE_FAILS27: dict[str, str] = {
    "nigerian_drives_from_lagos_to_london_told_plainly_high_commissioner_welcomes_him": (
        "first run on 562385a: routes [Chidi Okafor: Lagos > Accra > Abidjan > Liberia > Sierra "
        "Leone > Guinea > Dakar > Nouakchott > Marrakesh > Strait of Gibraltar > Madrid > "
        "France; Land Cruiser: Lagos > London] meetings [London 2025-08-30 ['Land Cruiser', "
        "'Nigerian businessman']]"
    ),
    "freed_ukrainian_marine_home_in_chernihiv_captivity_told_in_the_pluperfect": (
        "first run on 562385a: routes [Andriy Kovalchuk: Mariupol > Olenivka > Taganrog > "
        "Belarus > Chernihiv] meetings []"
    ),
    "lula_amazon_tour_to_belem_paris_baku_and_washington_as_background": (
        "first run on 562385a: routes [Luiz Inacio Lula da Silva: Brasília > Manaus > Rio Negro "
        "> Santarém > Belém > Sharm el-Sheikh] meetings [Belém 2025-10-30 ['Luiz Inacio Lula da "
        "Silva', 'Gustavo Petro']; Belém None ['Luiz Inacio Lula da Silva']; Santarém "
        "2025-10-29 ['Tapajos', 'Luiz Inacio Lula da Silva']; Belém 2025-01-01 ['Luiz Inacio "
        "Lula da Silva']; Belém 2025-01-01 ['Luiz Inacio Lula da Silva']; Baku 2024-01-01 "
        "['Luiz Inacio Lula da Silva']; Sharm el-Sheikh None ['Luiz Inacio Lula da Silva']]"
    ),
    "solar_plane_at_varanasi_legs_to_mandalay_and_chongqing_to_come_vehicle_as_mover": (
        "first run on 562385a: routes [SolarWing: Abu Dhabi > Muscat > Arabian Sea > Ahmedabad "
        "> Chongqing > Mandalay; powered aircraft: Ahmedabad > Varanasi] meetings []"
    ),
}
MEETING_FAILS27: dict[str, str] = {
    "freed_ukrainian_marine_home_in_chernihiv_captivity_told_in_the_pluperfect": (
        "first run on 562385a: routes [Andriy Kovalchuk: Mariupol > Olenivka > Taganrog > "
        "Belarus > Chernihiv] meetings []"
    ),
    "lebanese_mother_flees_to_homs_husband_to_tripoli_as_a_second_mover": (
        "first run on 562385a: routes [Zeinab Haidar: An Nabaţīyah > Sidon > Beirut > Damascus "
        "> Tripoli > Halba > Homs; more than 300,000 people: Lebanon > Syria] meetings []"
    ),
}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS27, CASES27))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS27, CASES27))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
