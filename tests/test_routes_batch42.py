"""Blind route batch 42: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS42 and MEETING_FAILS42."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 42: twelve articles written before the code was run on them. Stops and meetings
# were fixed before the first run (see test_routes_unseen for the scoring); the misses of the first
# run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, in regions they seldom visit (Route 13 in southern Laos, the
# lower Danube in Bulgaria, the north-eastern steppe of Kazakhstan, the Moçâmedes Railway in
# southern Angola, the carters' road of Goiás, the shea belt of northern Ghana, the length of Togo,
# eastern Paraguay, the Gudbrandsdal valley and the west coast of Norway, Mozambique, the farm towns
# of northern and central Indiana and the Solomon Islands), six told plainly in the order things
# happened (with dates where a journalist gives them) and six with one complication each. Plain: a
# coffee cooperative's truck (its driver the mover) that 'pulled out of the warehouse in Paksong' by
# customs and a market in Pakse, Route 13 (a road) and the Mekong (a river), a night in Savannakhet,
# 'limped into Thakhek' with a split hose, 'rolled through Paksan' and Vientiane (the dateline),
# where the deputy minister of agriculture receives the growers at the ministry (the meeting), the
# Bolaven Plateau a plateau and Thailand a country named in a quote; a pusher tug (a ship as the
# mover) casting off from the grain quay at Vidin by an anchorage 'off Lom', a call at Oryahovo (the
# Romanian bank no place), two days on a sandbar 'just below Nikopol', a night at Svishtov and the
# western port of Ruse (the dateline), the Danube a river, no meeting (the crew are none); a
# hospital train (a train as the mover) leaving the main station in Astana by three days on a siding
# at Ekibastuz, four days in Pavlodar (the Irtysh a river), Semey ('the former Semipalatinsk', the
# old test grounds no place) and Ust-Kamenogorsk (the dateline, 'Oskemen' its Kazakh name, one
# stop), where the governor of the East Kazakhstan region meets the doctors on the platform and
# holds talks with the chief doctor (the meeting), the treatment of patients there until Tuesday no
# new stop; the first through train of the Moçâmedes Railway (a train as the mover, the railway
# named after a town) pulling out of Moçâmedes ('still widely known as Namibe', one stop) by water
# at Bibala, Lubango, a halt at Quipungo, four hours held at Cuchi and Menongue (the dateline), the
# Atlantic coast, the Namib desert, the escarpment, the Cunene River and Cuando Cubango province as
# a coast, a desert, a slope, a river and a province, no meeting (passengers and vendors are none);
# a retired cattle hand driving an ox cart from the church square of Itapuranga by a blacksmith in
# Itaberaí, three days of rain in Inhumas, a night beside a petrol station at Goianira and Trindade
# (the dateline, the basilica in it), Goiás a state and Brazil a country, no meeting (his grandson
# walks beside the cart, the pilgrims and the procession to come are none); a lorry of shea butter
# (its driver the mover) leaving the warehouse in Bolgatanga by a yard in Tamale, a checkpoint at
# Kintampo, a night in Techiman, 'crawled through Kumasi' and Tema port (the dateline), the Upper
# East region, the savannah and the coast as a region, a landscape and a coast, the container ship
# to come (the cargo's voyage, no leg of the lorry) no stop, no meeting.
# With one complication: told from the end, a Togolese teacher's run the length of the country, the
# lede at the finish at the Independence Monument in Lomé (the dateline), where his mother breaks
# through the crowd and holds him (the meeting), then from the start in Dapaong by the stadium in
# Kara, a rest day in Sokodé, the hills to Atakpamé, a church hall in Tsévié and back to the arrival
# in Lomé (one stop, the lede and the finish being the same arrival), Burkina Faso a country across
# a border; a flashback in the pluperfect, a missing boy found at the bus terminal in Ciudad del
# Este (the dateline), where his mother holds him at the police station (the meeting), his trip told
# after the lede: 'had left his grandmother's house in Asunción', 'had taken a bus to Caacupé' and
# slept at the basilica, 'had taken him as far as Coronel Oviedo', 'had spent three nights at the
# market' in Caaguazú and 'had reached Ciudad del Este' (one stay with the lede), the Itaipú dam a
# dam he wanted to see and no stop, the mother's overnight bus no leg of his; a second mover, a
# retired man riding a 1962 moped from Oslo by nights in Hamar and Lillehammer, a fouled spark plug
# in Otta, Dombås, the Dovrefjell plateau (a plateau), a night in Oppdal and Nidaros Cathedral in
# Trondheim (the dateline), where his twin brother waits on the steps (the meeting), with a train
# home to Oslo on Thursday as a planned leg, while the brother rides from Bergen through Førde and
# Ålesund to Kristiansund, which are no stops of his, Lake Mjøsa and the Gudbrandsdal valley a lake
# and a valley; background places, Portugal's president on a state visit, flown from Lisbon to
# Maputo (talks with President Daniel Chapo, the meeting), Beira, Quelimane, a university in Nampula
# and the island town of Ilha de Moçambique (the dateline), due to fly back to Lisbon on Saturday,
# with Calicut (Vasco da Gama's voyage of 1498), Lusaka (the accords of 1974), Lisbon as the seat of
# the old dictatorship (history, no extra stop), Cabo Delgado, Mocímboa da Praia and Palma (the
# insurgency), Cyclone Idai, Goa and Macau (in a quote), Stone Town in Zanzibar and Mombasa (a
# comparison) as background; ambiguous names, a retired librarian's bookmobile from Valparaiso (not
# the Chilean port) by Bremen (not the German port), two days outside the courthouse in Warsaw (not
# Poland's capital), Rochester (not the cities in New York or Kent), Frankfort (not Frankfurt in
# Germany) and Lebanon (not the country) to Brazil (the dateline, not the country, one stay with 'in
# Brazil' in the lede and in her quote), Lake Michigan and Lake Manitou lakes, Fort Wayne, Poland,
# Rio, New York, Kent and Germany named only as namesakes or in children's questions, Clay County a
# county, no meeting (a doctor donating books is none); future legs, a government ship carrying
# ballot boxes from the main wharf in Honiara by a call at Tulagi and the wharf in Auki (the
# dateline), due to sail on to Kirakira, Buala and Gizo and to return to Honiara, Nggela, Malaita,
# Makira and Santa Isabel as islands, the Central, Malaita and Western provinces as provinces,
# Australia, New Zealand, Taiwan and China named only as countries, no meeting (police and electoral
# officers are none).
# Decisions (as in batches 17-41): a country, state, province, region or island named beside a town
# is no extra stop (Laos, Bulgaria, Kazakhstan, East Kazakhstan, Angola, Cuando Cubango, Goiás,
# Brazil, Ghana, Upper East, Togo, Paraguay, Norway, Mozambique, Indiana, Clay County, Solomon
# Islands, Malaita, Makira, Santa Isabel, Western province), nor a country named only in a
# nationality or an adjective (Lao, Bulgarian, Romanian, Soviet, Chinese, Togolese, Paraguayan,
# Norwegian, Portuguese, Chilean, Brazilian, Syrian); a venue is its town (the warehouse in Paksong,
# the ministry in Vientiane, the grain quay at Vidin, the western port of Ruse, the main station in
# Astana, the platform in Ust-Kamenogorsk, the church square of Itapuranga, the basilica in
# Trindade, Tema port, the Independence Monument in Lomé, the stadium in Kara, the bus terminal and
# the police station in Ciudad del Este, the basilica in Caacupé, Nidaros Cathedral in Trondheim,
# the ruined palace on the island, the courthouse in Warsaw, the library in Brazil, the wharves of
# Honiara and Auki); a town passed, stopped at or reached near on the way is a stop ('off Lom', 'a
# sandbar just below Nikopol', 'rolled through Paksan', 'crawled through Kumasi', 'ran through
# Tsévié', 'parked outside the courthouse in Warsaw'), but a sea, river, lake, valley, plateau,
# desert, escarpment, dam, road or region crossed, followed or named is none (the Bolaven Plateau,
# Route 13, the Mekong, the Danube, the Irtysh, the Namib desert, the Cunene River, the savannah,
# Lake Mjøsa, the Gudbrandsdal valley, the Dovrefjell plateau, the Itaipú dam, Lake Michigan, Lake
# Manitou); the place a mover sets out from is the first stop even when the lede names only the end
# ('pulled out of the warehouse in Paksong', 'cast off from the old grain quay at Vidin', 'left the
# main station in Astana', 'pulled out of the port city of Moçâmedes', 'set out from the church
# square of Itapuranga', 'left the co-operative's warehouse in Bolgatanga', 'had started ... in
# Dapaong', 'had left his grandmother's house in Asunción', 'left Oslo', 'flew from Lisbon', 'set
# off ... from Valparaiso', 'left the main wharf in Honiara'); a stop visited twice is listed twice
# (Oslo, Lisbon, Honiara), but a town named twice in one stay is one stop (Vientiane, Ruse,
# Ust-Kamenogorsk, Menongue, Trindade, Tema, Lomé, Ciudad del Este, Trondheim, the island, Brazil,
# Auki), and a lede naming the end of a journey is the same stop as the arrival told at the end
# (Lomé, Ciudad del Este, Trondheim); planned legs stated as plans are stops ('will take the train
# home to Oslo', 'flies back to Lisbon on Saturday', 'is due to sail ... for Kirakira ... then north
# to Buala ... before crossing to Gizo ... It will then return to Honiara'), but a stay or an event
# to come where the mover already is, is none (patients treated in Ust-Kamenogorsk until Tuesday,
# Sunday's procession in Trindade, the bus stored until spring), and a leg of the cargo and not of
# the vehicle is none (the shea butter's container ship); the places of another mover (the brother's
# Bergen, Førde, Ålesund and Kristiansund) and places named only as background, history, namesakes
# or in a quote (Thailand, Calicut, Lusaka, Cabo Delgado, Mocímboa da Praia, Palma, Goa, Macau,
# Stone Town, Zanzibar, Mombasa, Chile, Germany, Poland, Fort Wayne, New York, Kent, Frankfurt, Rio,
# Taiwan, China, Australia, New Zealand, Burkina Faso) are no stops. The dateline is a stop in every
# article of this batch.
# A deputy minister receiving growers at his ministry, a regional governor meeting doctors on a
# platform and holding talks with their chief, a mother holding her son at a finish line and at a
# police station, a twin brother waiting on cathedral steps and talks between two presidents are
# meetings; meetings not listed are not required, and finding them is no error. Customs officers, a
# crew, miners and patients, passengers and vendors, a blacksmith, a grandson walking beside a cart,
# pilgrims, police at a checkpoint, schoolchildren, a cousin on a motorbike, a vendor, a truck
# driver, a terminal cleaner, children at a bookmobile, a doctor donating books, electoral officers
# and police are no meetings, and there is none for the tug, the Angolan train, the ox cart, the
# shea lorry, the bookmobile and the ballot ship.
# Stop spellings accept the GeoNames names, plain ASCII and common variants, every common spelling
# of each stop offered ('Paksong|Pakxong', 'Pakse|Pakxe', 'Savannakhet|Kaysone Phomvihane',
# 'Thakhek|Thakhèk|Tha Khaek', 'Paksan|Pakxan', 'Vientiane|Viangchan', 'Oryahovo|Oriahovo',
# 'Svishtov|Sistova', 'Ruse|Rousse|Russe', 'Astana|Nur-Sultan|Akmola|Tselinograd',
# 'Semey|Semipalatinsk', 'Ust-Kamenogorsk|Oskemen|Öskemen', 'Moçâmedes|Mocamedes|Namibe',
# 'Lubango|Sá da Bandeira', 'Menongue|Serpa Pinto', 'Itaberaí|Itaberai', 'Bolgatanga|Bolga',
# 'Dapaong|Dapango', 'Kara|Lama-Kara', 'Sokodé|Sokode', 'Atakpamé|Atakpame', 'Tsévié|Tsevie',
# 'Lomé|Lome', 'Asunción|Asuncion', 'Caacupé|Caacupe', 'Caaguazú|Caaguazu', 'Ciudad del Este|Puerto
# Presidente Stroessner', 'Oslo|Christiania|Kristiania', 'Dombås|Dombas',
# 'Trondheim|Trondhjem|Nidaros', 'Lisbon|Lisboa', 'Maputo|Lourenço Marques', 'Ilha de
# Moçambique|Ilha de Mocambique|Mozambique Island|Island of Mozambique').
CASES42 = [
    Case(
        "coffee_truck_paksong_to_vientiane_up_route_13_told_plainly_minister_receives",
        "Lao coffee growers truck their own harvest up Route 13 to Vientiane\n\n"
        "VIENTIANE, Laos, Dec 12 (Reuters) - A truck carrying 18 tonnes of green coffee from the "
        "Bolaven Plateau reached Vientiane on Thursday, ending a four-day, 700-km haul that a "
        "southern growers' cooperative hopes will let it sell to the capital's roasters without "
        "middlemen. The cooperative's driver, Khamphone Sisavath, 52, pulled out of the warehouse "
        "in Paksong before dawn on Monday with two farmers squeezed into the cab. The road down "
        "off the plateau was slick with mist, and he reached Pakse by mid-morning, where customs "
        "officers checked the export papers and the farmers bought new tarpaulins at the Dao "
        "Heuang market. From there the truck turned north on Route 13, which follows the Mekong "
        "for most of the way. It spent Monday night in Savannakhet, parked behind a rice mill, "
        "and on Tuesday afternoon it limped into Thakhek with a split radiator hose that took "
        "half of Wednesday to replace. On Thursday morning it rolled through Paksan without "
        "stopping except for fuel and a bowl of noodles. In Vientiane that afternoon the deputy "
        "minister of agriculture, Phet Phommachanh, received the growers at the ministry and "
        'tasted the first cups brewed from their beans. "Before, the traders from Thailand came '
        'up to the plateau and named the price," said one of the farmers, Noy Keomany, 38. "Now '
        'we carry the coffee ourselves and we name it." The cooperative plans to send a second '
        "truck in February, after the last of the late-ripening cherries are picked.",
        date(2024, 12, 12),
        (
            "Paksong|Pakxong",
            "Pakse|Pakxe|Pakxé",
            "Savannakhet|Savannakhét|Kaysone Phomvihane",
            "Thakhek|Thakhèk|Thakhaek|Tha Khaek",
            "Paksan|Pakxan|Pakxanh",
            "Vientiane|Viangchan",
        ),
        ((17.97, 102.60),),
        actor="Khamphone Sisavath",
    ),
    Case(
        "pusher_tug_vidin_to_ruse_down_the_danube_told_plainly_a_ship_as_the_mover",
        "Half-century-old Danube pusher tug makes her last run before the breakers\n\n"
        "RUSE, Bulgaria, Sept 27 (Reuters) - The Bulgarian pusher tug Vitosha, built in 1974 and "
        "for half a century a fixture on the lower Danube, tied up in Ruse on Friday at the end "
        "of her last commercial voyage, six days after leaving Vidin with four barges of "
        "fertiliser lashed to her bow. She cast off from the old grain quay at Vidin on Saturday "
        "morning under Captain Stoyan Petkov, 63, who has commanded her for 22 years, and dropped "
        "anchor that evening off Lom, where a fifth barge loaded with sunflower seed was added to "
        "the tow. On Monday she called at Oryahovo to take on a river pilot, waiting an hour "
        "while the car ferry crossed to the Romanian bank ahead of her. The summer drought had "
        "left the river at one of its lowest levels in decades, and the Vitosha spent two days "
        "stuck on a sandbar just below Nikopol before a dredger cut a channel for her. She made "
        "fast for Wednesday night at Svishtov, under the hill where the town's university stands, "
        "and on Friday afternoon she nosed into the western port of Ruse, sounding her horn three "
        'times. "She has never let me down, not even in the ice of 2012," Petkov said as the crew '
        "coiled the ropes for the last time. The tug, whose two Soviet-built engines burn 600 "
        "litres of diesel a day, will be cut up for scrap next month. Her owner has ordered a "
        "smaller, Dutch-built replacement.",
        date(2024, 9, 27),
        (
            "Vidin",
            "Lom",
            "Oryahovo|Oriahovo|Orjahovo",
            "Nikopol",
            "Svishtov|Svištov|Sistova",
            "Ruse|Rousse|Russe",
        ),
        (),
        actor="Vitosha",
    ),
    Case(
        "hospital_train_astana_to_ust_kamenogorsk_told_plainly_governor_receives",
        "Kazakhstan's hospital train ends north-eastern tour in Ust-Kamenogorsk\n\n"
        "UST-KAMENOGORSK, Kazakhstan, June 14 (Reuters) - A seven-carriage hospital train "
        "carrying cardiologists, dentists, eye surgeons and a mammography unit pulled into "
        "Ust-Kamenogorsk on Friday after a two-week run across the northern steppe in which its "
        "doctors examined more than 4,000 patients. The train, run by the health ministry and the "
        "state railway, left the main station in Astana on May 31. Its first halt was at "
        "Ekibastuz, the coal town, where it stood for three days on a siding beside the mine "
        "offices and miners queued in their work clothes for heart scans. It then moved on to "
        "Pavlodar on the Irtysh, where the eye surgeons carried out 160 cataract operations in "
        "four days in a carriage fitted as a theatre. A long overnight run took it to Semey, the "
        "former Semipalatinsk, where the doctors screened villagers who grew up downwind of the "
        'old Soviet nuclear test grounds. "Some of them had not seen a cardiologist in ten '
        "years,\" said the train's chief doctor, Aigul Nurpeisova. In Ust-Kamenogorsk, which "
        "Kazakhs call Oskemen, the governor of the East Kazakhstan region met the doctors on the "
        "platform on Friday morning and held talks with Nurpeisova about opening a permanent "
        "heart unit at the regional hospital. The train's staff will treat patients in the city "
        "until Tuesday. The ministry says a second train, now being fitted out, will serve the "
        "western oil regions from next year.",
        date(2024, 6, 14),
        (
            "Astana|Nur-Sultan|Akmola|Tselinograd",
            "Ekibastuz|Ekibastūz",
            "Pavlodar",
            "Semey|Semipalatinsk|Semei",
            "Ust-Kamenogorsk|Oskemen|Öskemen|Ust Kamenogorsk",
        ),
        ((49.97, 82.61),),
        actor="train",
    ),
    Case(
        "first_through_train_on_the_mocamedes_railway_to_menongue_told_plainly",
        "First through passenger train in two years crosses southern Angola to Menongue\n\n"
        "MENONGUE, Angola, Aug 8 (Reuters) - The first passenger train to run the whole 756-km "
        "length of the Moçâmedes Railway in two years reached Menongue late on Thursday, 38 hours "
        "after leaving the Atlantic coast, its eight carriages packed with traders, students and "
        "sacks of dried fish. The train, hauled by a Chinese-built diesel locomotive, pulled out "
        "of the port city of Moçâmedes, still widely known as Namibe, at six o'clock on Wednesday "
        "morning and crossed the stony edge of the Namib desert before stopping to take on water "
        "at Bibala. It then climbed the escarpment in a long series of curves and reached "
        "Lubango, the largest city in the south, in the early afternoon, where several hundred "
        "more passengers crowded aboard and vendors sold grilled corn through the windows. After "
        "dark it halted briefly at Quipungo and crossed the Cunene River on an iron bridge. On "
        "Thursday morning the train was held for four hours at Cuchi while a maintenance crew cut "
        "up a tree that had fallen across the track in a storm, and it rolled slowly into "
        'Menongue, capital of Cuando Cubango province, shortly before midnight. "By road it takes '
        'three days and costs twice as much," said Joana Kalei, a fish trader travelling with 20 '
        "sacks. The railway, wrecked during the civil war and rebuilt by a Chinese company, has "
        "run only freight on its eastern section since floods in 2022. The operator plans two "
        "trains a week.",
        date(2024, 8, 8),
        (
            "Moçâmedes|Mocamedes|Namibe",
            "Bibala",
            "Lubango|Sá da Bandeira|Sa da Bandeira",
            "Quipungo",
            "Cuchi",
            "Menongue|Serpa Pinto",
        ),
        (),
        actor="train",
    ),
    Case(
        "ox_cart_pilgrim_itapuranga_to_trindade_for_the_divino_pai_eterno_told_plainly",
        "Ox cart creaks into Trindade after nine days on the road for Brazil's carters' "
        "pilgrimage\n\n"
        "TRINDADE, Brazil, July 3 (Reuters) - Sebastião Rodrigues drove his wooden ox cart into "
        "Trindade on Wednesday behind eight oxen with brass bells on their yokes, one of more "
        "than 300 carts to reach the town this week for the festival of the Divino Pai Eterno, "
        "the largest gathering of ox carts in Brazil. Rodrigues, 68, a retired cattle hand, set "
        "out from the church square of Itapuranga, his home town in the state of Goiás, on June "
        "24, with his grandson Mateus, 15, walking beside the team with a goad. The cart's solid "
        "wheels, cut from a single trunk, sing as they turn, a sound carters call the cart's "
        "prayer. They made about 25 km a day, sleeping under the cart, and on the third day "
        "reached Itaberaí, where a blacksmith refitted an iron tyre that had worked loose. Three "
        "days of unseasonal rain kept them in Inhumas, where the parish let the oxen graze on the "
        "football pitch. On Monday they rolled on to Goianira and slept beside a petrol station "
        "on the highway, and on Wednesday they joined a column of carts that stretched for two "
        'kilometres into Trindade, where pilgrims threw flower petals from the pavements. "My '
        'father brought me on this road when I was six," Rodrigues said, unyoking the oxen behind '
        'the basilica. "Now I bring my grandson." The carts will take part in Sunday\'s '
        "procession, organisers said.",
        date(2024, 7, 3),
        (
            "Itapuranga",
            "Itaberaí|Itaberai",
            "Inhumas",
            "Goianira",
            "Trindade",
        ),
        (),
        actor="Sebastião Rodrigues",
    ),
    Case(
        "shea_butter_truck_bolgatanga_to_tema_told_plainly",
        "Northern Ghana women's shea co-operative trucks first export load to Tema\n\n"
        "TEMA, Ghana, Feb 19 (Reuters) - A lorry carrying 22 tonnes of shea butter made by hand "
        "by 1,400 women in Ghana's Upper East region rolled through the gates of Tema port on "
        "Wednesday, the first export load the co-operative has sent without going through a "
        "trader in the south. The lorry left the co-operative's warehouse in Bolgatanga on Sunday "
        "morning after the women sang and prayed over the drums. By the afternoon it was in "
        "Tamale, where it picked up 300 more drums from a sister group and spent the night in a "
        "fenced yard. On Monday the driver, Abdul-Rahman Issah, took the long road south through "
        "the savannah to Kintampo, where police at a checkpoint held the lorry for two hours over "
        "a missing stamp, and he pushed on after dark to Techiman, the market town, to sleep. "
        "Heavy traffic on Tuesday meant he crawled through Kumasi for most of the afternoon, and "
        'he reached the coast only on Wednesday morning. "We used to sell the nuts for almost '
        "nothing and watch others make the money,\" said the co-operative's chairwoman, Mariama "
        'Atanga. "Now the butter leaves our hands finished." The butter, used in chocolate and '
        "cosmetics, will be loaded on a container ship next week. Ghana is one of the world's "
        "largest exporters of shea, and the government has promised to fund more processing in "
        "the north.",
        date(2025, 2, 19),
        (
            "Bolgatanga|Bolga",
            "Tamale",
            "Kintampo",
            "Techiman",
            "Kumasi",
            "Tema",
        ),
        (),
        actor="Abdul-Rahman Issah",
    ),
    Case(
        "runner_dapaong_to_lome_told_from_the_finish_mother_waits",
        "Togolese runner ends 650-km run the length of the country in his mother's arms\n\n"
        "LOMÉ, Togo, Nov 24 (Reuters) - Kossi Agbeko's mother had been waiting at the "
        "Independence Monument in Lomé since noon on Sunday, and when her son ran the last few "
        "hundred metres of a 650-km run from the far north of Togo she broke through the crowd "
        "and held him for a long time before either of them spoke. Agbeko, 29, a physical "
        "education teacher, ran the length of the country in 13 days to raise money for a school "
        "library. He had started on Nov. 11 in Dapaong, near the border with Burkina Faso, where "
        "he teaches, running 50 km a day on the shoulder of the national highway with a cousin "
        "following on a motorbike with water. On the fourth day he reached Kara, where "
        "schoolchildren ran the last kilometre with him into the stadium. Blisters forced a rest "
        "day in Sokodé, and he limped out of the town on bandaged feet before the road climbed "
        "into the hills towards Atakpamé, which he reached on the tenth day. On Saturday he ran "
        'through Tsévié, less than 40 km from the coast, and slept in a church hall there. "The '
        'last day I was not running with my legs, I was running with my head," he said. He raised '
        "about 9 million CFA francs, enough to stock the library with 3,000 books. His mother, "
        "Ablavi, a seamstress, said she had not slept for two weeks.",
        date(2024, 11, 24),
        (
            "Dapaong|Dapango",
            "Kara|Lama-Kara",
            "Sokodé|Sokode",
            "Atakpamé|Atakpame",
            "Tsévié|Tsevie",
            "Lomé|Lome",
        ),
        ((6.13, 1.22),),
        actor="Kossi Agbeko",
    ),
    Case(
        "missing_boy_found_in_ciudad_del_este_his_trip_from_asuncion_in_the_pluperfect",
        "Missing Paraguayan boy found selling chipa 330 km from home\n\n"
        "CIUDAD DEL ESTE, Paraguay, March 7 (Reuters) - A 13-year-old boy who vanished from "
        "Asunción eight days ago was back with his mother on Friday after police found him "
        "selling chipa, the cheese bread sold on every Paraguayan bus, at the bus terminal in "
        "Ciudad del Este. His mother, Liz Benítez, had come on the overnight bus, and she held "
        "him for a long time in the corridor of the police station in the city's centre. The boy, "
        "Matías, told officers he had left his grandmother's house in Asunción on Feb. 27 with "
        "50,000 guaraníes and a backpack, because he wanted to see the Itaipú dam, which he had "
        "read about at school. He had taken a bus to Caacupé and had slept on the steps of the "
        "basilica, where a vendor had given him his first basket of chipa to sell. A truck driver "
        "had then taken him as far as Coronel Oviedo, and from there he had walked and ridden in "
        "the backs of pickups to Caaguazú, where he had spent three nights at the market and sold "
        'enough bread to pay for the bus. He had reached Ciudad del Este on Tuesday. "He is a '
        'clever boy, too clever," his mother said. Police said a terminal cleaner recognised him '
        "from a photograph shared on social media. A children's welfare officer will visit the "
        "family next week.",
        date(2025, 3, 7),
        (
            "Asunción|Asuncion",
            "Caacupé|Caacupe",
            "Coronel Oviedo",
            "Caaguazú|Caaguazu",
            "Ciudad del Este|Puerto Presidente Stroessner",
        ),
        ((-25.51, -54.61),),
        actor="Matías",
    ),
    Case(
        "twin_brothers_moped_rides_to_trondheim_one_by_the_valleys_one_by_the_coast_second_mover",
        "Norwegian twins, 72, meet at Trondheim cathedral after separate moped rides\n\n"
        "TRONDHEIM, Norway, July 29 (NTB) - Olav Haugen rode a 1962 Tempo moped up to the west "
        "front of Nidaros Cathedral in Trondheim on Monday evening, seven days after leaving "
        "Oslo, and found his twin brother already waiting for him on the cathedral steps. The "
        "brothers, 72, made the same ride as teenagers in 1969. This summer they chose separate "
        "routes and a bet of a bottle of aquavit on who would arrive first. Olav left Oslo on "
        "July 22 and followed the old main road north along Lake Mjøsa, spending his first night "
        "in Hamar and his second in Lillehammer. He puttered up the Gudbrandsdal valley to Otta, "
        "where a fouled spark plug cost him a morning, and on to Dombås, the railway junction at "
        "the head of the valley. On Saturday he crossed the Dovrefjell plateau in sleet, stopped "
        "for the night in Oppdal and rode down the last 120 km into Trondheim. His brother Arne "
        "had set off the same day from Bergen on a matching moped and rode the fjord roads north "
        'through Førde and Ålesund to Kristiansund, taking five ferries. "He had more ferries, so '
        'he had more rests," Olav said. "That is the only reason he won." The brothers will take '
        "the train home to Oslo together on Thursday with the mopeds in the luggage van.",
        date(2024, 7, 29),
        (
            "Oslo|Christiania|Kristiania",
            "Hamar",
            "Lillehammer",
            "Otta",
            "Dombås|Dombas",
            "Oppdal",
            "Trondheim|Trondhjem|Nidaros",
            "Oslo|Christiania|Kristiania",
        ),
        ((63.43, 10.40),),
        actor="Olav Haugen",
    ),
    Case(
        "portuguese_president_mozambique_visit_ends_on_the_island_history_as_background",
        "Portugal's president ends Mozambique visit on the island that gave the country its "
        "name\n\n"
        "ILHA DE MOÇAMBIQUE, Mozambique, May 16 (Reuters) - Portugal's president ended a five-day "
        "state visit to Mozambique on Friday on Ilha de Moçambique, the small coral island that "
        "gave the country its name, where Vasco da Gama anchored in 1498 on his way to Calicut "
        "and where the poet Luís de Camões lived in poverty in the 1560s. The visit, the first by "
        "a Portuguese head of state in six years, comes weeks before the 50th anniversary of "
        "independence, which followed the Lusaka accords of 1974 and the fall of the dictatorship "
        "in Lisbon. The president flew from Lisbon on Monday and held talks in Maputo with "
        "President Daniel Chapo on debt relief and on the insurgency in Cabo Delgado province, "
        "where militants seized the port of Mocímboa da Praia in 2020 and attacked Palma the "
        "following year. On Tuesday he flew to Beira, still rebuilding after Cyclone Idai, and on "
        "Wednesday to Quelimane, where he opened a Portuguese-funded water works. On Thursday he "
        "visited a university in Nampula and on Friday drove 180 km east and across the causeway "
        'bridge to the island. "Like Goa and Macau, this island was a door between worlds," he '
        "said in the ruined palace of the governors. He compared its old stone town with Stone "
        "Town in Zanzibar and with Mombasa. The president flies back to Lisbon on Saturday.",
        date(2025, 5, 16),
        (
            "Lisbon|Lisboa",
            "Maputo|Lourenço Marques",
            "Beira",
            "Quelimane",
            "Nampula",
            "Ilha de Moçambique|Ilha de Mocambique|Mozambique Island|Island of "
            "Mozambique|Moçambique",
            "Lisbon|Lisboa",
        ),
        ((-25.97, 32.58),),
        actor="president",
    ),
    Case(
        "bookmobile_across_indiana_by_valparaiso_bremen_warsaw_and_brazil_ambiguous_names",
        "Indiana bookmobile ends tour of towns named after far-off places in Brazil\n\n"
        "BRAZIL, Ind., Oct 5 (AP) - A 1961 school bus painted sky blue and fitted with shelves "
        "for 4,000 books ended a two-week tour of Indiana towns that share their names with far "
        "more famous places on Saturday in Brazil, the Clay County seat that has never had a "
        "Brazilian mayor. Retired librarian Doris Kettering, 71, set off on Sept. 21 from "
        "Valparaiso, the college town near Lake Michigan that is no relation to the Chilean port, "
        "and drove east across the farm country to Bremen, a town of 4,500 settled by Germans who "
        "named it after the German port. She spent two days parked outside the courthouse in "
        "Warsaw, where children asked whether Poland was near Fort Wayne, and then drove "
        "south-west to Rochester, on Lake Manitou, which shares its name with cities in New York "
        "and in Kent. After a week of rain she reached Frankfort, which spells its name "
        "differently from Frankfurt in Germany, and then Lebanon, where a Syrian-born doctor "
        'donated 200 books in Arabic. "Every town told me it was the original," Kettering said in '
        'Brazil, where the bus was parked beside the library. "In a way they are right. Nobody '
        'here has been to Rio." She said she lent more than 1,100 books and took back all but 31. '
        "The bus goes into storage until spring.",
        date(2024, 10, 5),
        (
            "Valparaiso",
            "Bremen",
            "Warsaw",
            "Rochester",
            "Frankfort",
            "Lebanon",
            "Brazil",
        ),
        (),
        actor="Doris Kettering",
    ),
    Case(
        "ballot_ship_at_auki_legs_to_kirakira_buala_gizo_and_honiara_to_come",
        "Ballot boxes reach Malaita as Solomon Islands ship begins island-by-island run\n\n"
        "AUKI, Solomon Islands, April 3 (Reuters) - A government ship loaded with 640 sealed "
        "ballot boxes and 300,000 ballot papers tied up at the wharf in Auki on Wednesday, the "
        "second stop on a two-week voyage to supply polling stations on half a dozen islands for "
        "the April 17 general election. The ship, the Kalia, left the main wharf in Honiara on "
        "Monday with a police escort aboard and called on Tuesday at Tulagi, the small island "
        "port off Nggela that was the colonial capital until the Second World War, where boxes "
        "for the Central province were unloaded. In Auki, capital of the populous Malaita "
        "province, electoral officers and police spent the day counting boxes onto trucks bound "
        'for 180 polling stations. "If one box goes missing, one village does not vote," said the '
        "voyage's electoral officer, Jennifer Fa'abasua. The Kalia is due to sail on Thursday "
        "night for Kirakira, on Makira, and then north to Buala, on Santa Isabel, before crossing "
        "to Gizo in Western province, where canoes will carry boxes to the outer islands. It will "
        "then return to Honiara to collect the ballots after polling day. Australia and New "
        "Zealand have sent aircraft and patrol boats to help with the logistics of the vote, the "
        "first national election since the country switched its diplomatic ties from Taiwan to "
        "China in 2019.",
        date(2024, 4, 3),
        (
            "Honiara",
            "Tulagi",
            "Auki",
            "Kirakira",
            "Buala",
            "Gizo",
            "Honiara",
        ),
        (),
        actor="Kalia",
    ),
]

ROUTE_FAILS42: dict[str, str] = {
    "ox_cart_pilgrim_itapuranga_to_trindade_for_the_divino_pai_eterno_told_plainly": (
        "first run (3d5db4b): routes [Mateus: Itapuranga > Itaberaí > Inhumas > Goianira > "
        "Trindade] meetings []"
    ),
    "shea_butter_truck_bolgatanga_to_tema_told_plainly": (
        "first run (3d5db4b): routes [Abdul-Rahman Issah: Bolgatanga > Kintampo > Techiman > "
        "Kumasi > Tema] meetings []"
    ),
    "runner_dapaong_to_lome_told_from_the_finish_mother_waits": (
        "first run (3d5db4b): routes [Kossi Agbeko: Tsévié > Kara > Atakpamé > Lomé] "
        "meetings [Lomé 2024-11-24 ['km', 'Kossi Agbeko']]"
    ),
    "missing_boy_found_in_ciudad_del_este_his_trip_from_asuncion_in_the_pluperfect": (
        "first run (3d5db4b): routes [truck driver: Asunción > Caacupé > Caaguazú > Ciudad "
        "del Este] meetings []"
    ),
    "twin_brothers_moped_rides_to_trondheim_one_by_the_valleys_one_by_the_coast_second_mover": (
        "first run (3d5db4b): routes [Olav Haugen: Oslo > Hamar > Oppdal > Trondheim; Arne: "
        "Bergen > Førde > Ålesund > Kristiansund; Nidaros Cathedral: Oslo > Trondheim] "
        "meetings [Trondheim 2024-07-27 ['Norwegian twins', 'Nidaros Cathedral', 'Olav "
        "Haugen']]"
    ),
    "portuguese_president_mozambique_visit_ends_on_the_island_history_as_background": (
        "first run (3d5db4b): routes [Daniel Chapo: Mocímboa da Praia > Lisbon > Beira > "
        "Quelimane > Nampula > Maputo > Ilha de Moçambique > Calicut > Lisbon] meetings "
        "[Maputo None ['Daniel Chapo', 'Palma']]"
    ),
    "bookmobile_across_indiana_by_valparaiso_bremen_warsaw_and_brazil_ambiguous_names": (
        "first run (3d5db4b): routes [Doris Kettering: Valparaiso > Germany > Bremen > "
        "Rochester > Frankfort] meetings []"
    ),
    "ballot_ship_at_auki_legs_to_kirakira_buala_gizo_and_honiara_to_come": (
        "first run (3d5db4b): routes [Kalia: Honiara > Tulagi > Auki > Buala > Gizo > "
        "Honiara] meetings []"
    ),
}

MEETING_FAILS42: dict[str, str] = {
    "coffee_truck_paksong_to_vientiane_up_route_13_told_plainly_minister_receives": (
        "first run (3d5db4b): routes [Khamphone Sisavath: Paksong > Pakse > Savannakhet > "
        "Thakhek > Paksan > Vientiane] meetings []"
    ),
    "missing_boy_found_in_ciudad_del_este_his_trip_from_asuncion_in_the_pluperfect": (
        "first run (3d5db4b): routes [truck driver: Asunción > Caacupé > Caaguazú > Ciudad "
        "del Este] meetings []"
    ),
}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS42, CASES42))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS42, CASES42))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
