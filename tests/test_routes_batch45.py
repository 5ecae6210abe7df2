"""Blind route batch 45: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS45 and MEETING_FAILS45."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 45: twelve articles written before the code was run on them. Stops and meetings
# were fixed before the first run (see test_routes_unseen for the scoring); the misses of the first
# run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, in regions they seldom visit (the Nacala corridor of northern
# Mozambique, the southern Prairies, Flores, the north of Bosnia, Rondônia, the south of Senegal,
# the Northern Cape, the Adrar of Mauritania, Route 13 in Laos, the Paraguayan Chaco, Middle
# Tennessee and eastern Iowa), six told plainly in the order things happened (with dates where a
# journalist gives them) and six with one complication each. Plain: an ophthalmologist driving a
# mobile eye clinic in a converted lorry 'out of the provincial hospital compound in Nampula' by
# three days in Ribáuè, 'climbed into the hills to Malema', 'pulled into Cuamba' (Niassa a
# province), a broken spring in Mandimba (Malawi only a border) and Lichinga (the dateline), where
# the provincial governor receives her at the provincial hospital (the meeting), the lorry's month
# in Lichinga a stay where it already is; an Alberta clipper (a storm as the mover) that 'came down
# off the Rockies' (a range), 'first struck Medicine Hat', 'crossed into Saskatchewan' (a province)
# to Swift Current, Moose Jaw, Regina (schools and the airport shut), 'swept over the Manitoba
# boundary', buried Brandon and 'roared into Winnipeg' (the dateline), the Trans-Canada Highway a
# road and the Prairies a region, 'northwestern Ontario' only a region in a forecast, no meeting (a
# meteorologist quoted and city crews are none); a retired teacher cycling the Trans-Flores highway
# from 'the harbour at Labuan Bajo' by Ruteng (three days, one stay), Bajawa, Ende, two nights in
# Maumere and Larantuka (the dateline), where the regent of East Flores receives him and hosts a
# dinner (the meeting), Flores an island and East Flores a regency; a riding instructor riding a
# mare from a stable 'on the bank of the Una in Bihac' (the Una a river) by two nights in Sanski
# Most, 'followed the Sana valley north to Prijedor', a farrier in Banja Luka, two days in Doboj and
# the main square of Tuzla (the dateline), Bosnia a country, the entities a division and the war
# history, no meeting (a farrier is none); an electric lorry's driver from 'a nut cooperative's
# warehouse in Rio Branco' (Acre a state) across the Madeira (a river) to Porto Velho, Ariquemes,
# two days in Ji-Paraná, Cacoal and Vilhena (the dateline), the Chapada dos Parecis a plateau,
# Rondônia a state, the BR-364 a road and the nuts' onward shipping no leg of hers, no meeting
# (truckers are none); a kora master's farewell tour by minibus from Ziguinchor (the Casamance a
# region) by three nights in Kolda, Vélingara, three days in Tambacounda and Kédougou (the dateline,
# the town where he was born), Mali and Guinea only borders, his plan to stay and teach in Kédougou
# no leg, no meeting (grandsons on the same bus and pupils are none).
# With one complication: told from the end, a farmworker's run across the Northern Cape, the lede at
# the rim of the Big Hole in Kimberley (the dateline), where his wife and daughters wait (the
# meeting), then from the start in Springbok (Namaqualand and Bushmanland regions, the N14 a road)
# by Pofadder, two days in Upington (the Orange a river), Groblershoop and Prieska to the arrival
# already told in Kimberley (one stop); a flashback in the pluperfect, a Spanish nurse recovering in
# a hospital in Nouadhibou (the dateline), where the Spanish consul visits him at his bedside (the
# meeting), his trip told after the lede: 'had flown from Barcelona to Nouakchott' (his home town
# the first stop, 'the capital' a second name for the same stay), 'had taken a bus north to Atar'
# (the Adrar a region), 'had cycled ... to Choum' and had ridden the ore train to Nouadhibou (one
# stay with the lede), the mines in the north and the coast no places named; a second mover, a
# retired road engineer cycling Route 13 from the Patuxai monument in Vientiane by Phonhong
# (GeoNames' Muang Phôn-Hông), Vang Vieng (the Nam Song a river), two days in Kasi and a pass not
# named to Luang Prabang (the dateline), while his partner, hurt on the climb, is driven across the
# Friendship Bridge to a hospital in Udon Thani and flies home to Pakse, which are no stops of his,
# Thailand a country and the railway to China a comparison, no meeting; background places, a
# Paraguayan president's tour of the Chaco, driving out of Asunción to Villa Hayes (a pipeline
# opened), flying to Loma Plata (talks with the Mennonite cooperative leaders, the meeting) and
# Filadelfia (the dateline, a quote said there in the same stay), with Manitoba, Canada and the
# Soviet Union (the Mennonites' origins), Porto Murtinho, Mariscal Estigarribia, Salta, Antofagasta
# and Iquique (the corridor's course), Bolivia and Boquerón (the Chaco War), La Paz and Brasília
# (governments), Portugal and Luxembourg (comparisons) as background; ambiguous names, a retired
# mail carrier riding a Tennessee Walking Horse (a breed holding a state's name) from her barn in
# Lebanon (not the country), by a weekend outside Manchester (not England's city), 'doubled back
# west to Tullahoma', Winchester (not England's city), the Cumberland Plateau (a plateau) and
# Cleveland (not Ohio's city) to her sister's drive in Athens (the dateline, not Greece's capital),
# where her sister waits on the porch (the meeting), 'riding from Lebanon to Athens' in her quote
# the same towns and no new stop, the horse to be trailered home a plan with no place named; future
# legs, Union Pacific's Big Boy steam locomotive (a locomotive as the mover) leaving its steam shop
# in Cheyenne, crossing Nebraska (a state), 'steamed over the Missouri into Council Bluffs', a night
# on display in Boone and Cedar Rapids (the dateline), with the planned legs 'will cross the
# Mississippi at Clinton and run on to Rochelle, Ill.', 'before reaching Chicago' and 'due back in
# Cheyenne' as stops, the Wasatch mountains and a museum in California its history, no meeting
# (crowds and farmers are none).
# Decisions (as in batches 17-44): a country, state, province, region, island or regency named
# beside a town is no extra stop (Mozambique, Niassa, Manitoba, Saskatchewan, Indonesia, East
# Flores, Bosnia and Herzegovina, Brazil, Acre, Rondônia, Senegal, the Casamance, South Africa, the
# Northern Cape, Namaqualand, Mauritania, the Adrar, Laos, Thailand, Paraguay, the Chaco, Tennessee,
# Iowa, Nebraska, Wyo., Ill.), nor a country named only in a nationality or an adjective (Dutch,
# Lao, Spanish, Paraguayan, Mennonite, Chilean); a venue is its town (the provincial hospital in
# Nampula and in Lichinga, the harbour at Labuan Bajo, the regent's office in Larantuka, a stable in
# Bihac, the main square of Tuzla, a warehouse in Rio Branco, a depot by the river port of Porto
# Velho, the youth centre in Kolda, the prefecture's yard in Vélingara, the Big Hole in Kimberley, a
# hospital in Nouadhibou, the Patuxai monument in Vientiane, a church camp outside Manchester, a
# farrier's in Tullahoma, a friend's barn in Winchester, the steam shop in Cheyenne, the railroad
# park in Rochelle); a town stopped at or passed on the way is a stop ('pulled into Cuamba', 'a
# broken spring held the lorry for a day in Mandimba', 'buried Brandon', 'coasted down into Bajawa',
# 'a fault in a roadside charger held Lima ... in Ji-Paraná', 'rattled east to Vélingara', 'ran into
# Prieska', 'had cycled ... to Choum', 'spent the first night in Phonhong', 'a weekend at a church
# camp outside Manchester', 'came down into Cleveland', 'spent a night on display in Boone'), but a
# sea, lake, river, bridge, pass, plateau, range, desert, road, highway or region crossed, followed
# or named is none (the Rockies, the Trans-Canada Highway, the Prairies, the Trans-Flores highway,
# the Una and the Sana, the Madeira, the Chapada dos Parecis, the BR-364, the N14, the Orange River,
# Bushmanland, the Adrar, Route 13, the Nam Song, the Friendship Bridge, the Remanso bridge, the
# Cumberland Plateau, the Wasatch, the Missouri, the Mississippi); the place a mover sets out from
# is the first stop even when the lede names only the end ('drove the lorry out of the provincial
# hospital compound in Nampula', 'first struck Medicine Hat', 'set off from the harbour at Labuan
# Bajo', 'led the mare ... out of a stable ... in Bihac', 'pulled out of a ... warehouse in Rio
# Branco', 'set out by minibus from Ziguinchor', 'started ... in Springbok', 'had flown from
# Barcelona', 'set off from the Patuxai monument in Vientiane', 'drove out of Asunción', 'after
# leaving her own barn in Lebanon', 'left the railroad's steam shop in Cheyenne'); a stop visited
# twice is listed twice (Cheyenne), but a town named twice in one stay is one stop (Lichinga,
# Ruteng, Tuzla, Vilhena, Kédougou, Kimberley, Nouakchott and 'the capital', Atar, Nouadhibou, Kasi,
# Luang Prabang, Filadelfia, Athens, Cedar Rapids), and a town named both in the lede and at the end
# of a story told from the end is one stop (Kimberley); planned legs stated as plans are stops
# ('will cross the Mississippi at Clinton and run on to Rochelle, Ill.', 'before reaching Chicago on
# Aug 12', 'is due back in Cheyenne'), but a stay to come where the mover already is, is none (a
# month in Lichinga, the kora master staying in Kédougou, the rest for Dolly in Athens), nor is a
# plan with no place named (the horse trailered home, the nuts shipped on); the places of another
# mover (the partner's Udon Thani and Pakse, the nuts' onward lorry) and places named only as
# background, history, origins, comparisons or in a quote (Malawi, Mali, Guinea, Manitoba, Canada,
# the Soviet Union, Porto Murtinho, Mariscal Estigarribia, Salta, Antofagasta, Iquique, Bolivia,
# Boquerón, La Paz, Brasília, Portugal, Luxembourg, 'Lebanon to Athens' in a quote, California) are
# no stops. The dateline is a stop in every article of this batch.
# A provincial governor receiving a surgeon, a regent receiving a cyclist and hosting a dinner, a
# wife and daughters waiting at a finish, a consul at a hospital bedside, a president's talks with
# cooperative leaders and a sister waiting on a porch are meetings; meetings not listed are not
# required, and finding them is no error. Crowds, queues of patients, police, city crews, a
# meteorologist, villagers, a mechanic, a farrier, truckers, a youth centre audience, pupils,
# grandsons on the same bus, a brass band, railway workers, a riding club escort, farmers and a crew
# chief quoted are no meetings, and there is none for the storm, the rider in Bosnia, the lorry
# driver, the kora master, the Lao engineer and the locomotive.
# Stop spellings accept the GeoNames names, plain ASCII and common variants ('Ribáuè|Ribaue',
# 'Lichinga|Vila Cabral', 'Bihać|Bihac', 'Banja Luka|Banjaluka', 'Ji-Paraná|Ji-Parana',
# 'Vélingara|Velingara', 'Kédougou|Kedougou', 'Vientiane|Viangchan', 'Phonhong|Phon Hong|Muang
# Phôn-Hông', 'Kasi|Muang Kasi', 'Luang Prabang|Louangphabang', 'Asunción|Asuncion').
CASES45 = [
    Case(
        "mobile_eye_clinic_nampula_to_lichinga_told_plainly_governor_receives",
        "Mobile eye clinic ends two-week road trip across northern Mozambique\n\n"
        "LICHINGA, Mozambique, May 16 (Reuters) - A mobile eye clinic built into a converted "
        "lorry reached Lichinga on Friday at the end of a two-week trip across northern "
        "Mozambique in which its team removed cataracts from more than 400 people, the health "
        "ministry said. Ophthalmologist Celeste Namashulua, 39, who leads the team, drove the "
        "lorry out of the provincial hospital compound in Nampula on May 2 and headed west along "
        "the railway line. The team spent its first three days in Ribáuè, where queues formed "
        "before dawn outside the operating room in the back of the truck. On May 6 the lorry "
        "climbed into the hills to Malema, and two days later it crossed into Niassa province "
        "and pulled into Cuamba, a railway junction town, where the surgeons worked through a "
        "weekend of rain. A broken spring held the lorry for a day in Mandimba, close to the "
        "border with Malawi, before the last climb up the plateau on Thursday. In Lichinga the "
        "provincial governor, Elina Massengele, received Namashulua at the provincial hospital "
        'and promised fuel for a second trip next year. "Some of these patients have been blind '
        'for ten years because the nearest surgeon was 300 kilometres away," Namashulua said. '
        "Mozambique has fewer than 30 eye surgeons for about 33 million people, according to the "
        "World Health Organization. The lorry, donated by a Dutch charity, will stay in Lichinga "
        "for a month while its generator is overhauled.",
        date(2025, 5, 16),
        ("Nampula", "Ribáuè|Ribaue", "Malema", "Cuamba", "Mandimba", "Lichinga|Vila Cabral"),
        ((-13.31, 35.24),),
        actor="Celeste Namashulua",
    ),
    Case(
        "alberta_clipper_medicine_hat_to_winnipeg_told_plainly_a_storm_as_the_mover",
        "Alberta clipper races across the Prairies, closing highways and schools\n\n"
        "WINNIPEG, Manitoba, Jan 22 (CP) - A fast-moving winter storm of the kind forecasters "
        "call an Alberta clipper roared into Winnipeg on Wednesday evening with gusts of up to "
        "90 km/h, three days after it came down off the Rockies, closing long stretches of the "
        "Trans-Canada Highway and cutting power to thousands of homes across the southern "
        "Prairies. The storm first struck Medicine Hat before dawn on Monday, where the "
        "temperature fell 18 degrees in three hours and freezing fog grounded flights. By Monday "
        "afternoon it had crossed into Saskatchewan and was whipping snow across Swift Current, "
        "where police pulled more than 40 vehicles out of ditches. Moose Jaw lost power for six "
        "hours that night, and on Tuesday morning the storm shut schools, government offices and "
        "the airport in Regina. It swept over the Manitoba boundary during the night and buried "
        "Brandon under 25 cm of drifting snow by midday on Wednesday. \"It's not the amount of "
        "snow that makes a clipper dangerous. It's the wind behind it,\" said Environment Canada "
        "meteorologist Natalie Kowalchuk. City crews in Winnipeg had spread 4,000 tonnes of salt "
        "and sand by Wednesday night, and Manitoba Hydro said about 11,000 customers were "
        "without electricity. Forecasters expected the storm to lose strength over the lakes and "
        "forests of northwestern Ontario on Thursday.",
        date(2025, 1, 22),
        ("Medicine Hat", "Swift Current", "Moose Jaw", "Regina", "Brandon", "Winnipeg"),
        (),
        actor="Alberta clipper",
    ),
    Case(
        "retired_teacher_cycles_flores_labuan_bajo_to_larantuka_told_plainly_regent_receives",
        "Retired teacher cycles the length of Flores to raise money for village libraries\n\n"
        "LARANTUKA, Indonesia, Aug 29 (Reuters) - Yohanes Bata, a 64-year-old retired "
        "schoolteacher, rode an old steel bicycle into Larantuka on Friday after 12 days and "
        "almost 700 km on the Trans-Flores highway, a road that twists over the volcanic spine "
        "of the island. Bata, who taught at a primary school for 38 years, set off from the "
        "harbour at Labuan Bajo on Aug 18 with two panniers of books and a tent. He pushed his "
        "bike up the long climb to Ruteng on the second day, and rain kept him in the cool hill "
        "town for two more. On Aug 23 he coasted down into Bajawa, where villagers in handwoven "
        "ikat cloth came out to cheer, and two days later he reached Ende on the south coast. He "
        "spent two nights in Maumere, where a mechanic replaced his chain free of charge, before "
        "the last ride east along the coast on Thursday and Friday. The regent of East Flores, "
        "Yosef Lewar Kelen, received Bata at his office in Larantuka and hosted him at a dinner "
        "with the town's teachers. \"Children here walk two hours to school, and when they get "
        'there, there are no books," Bata said. His ride raised 180 million rupiah, enough for '
        "30 small libraries. Flores, an island of about two million people, is one of the "
        "poorest parts of Indonesia.",
        date(2025, 8, 29),
        ("Labuan Bajo", "Ruteng", "Bajawa", "Ende", "Maumere", "Larantuka"),
        ((-8.35, 122.98),),
        actor="Yohanes Bata",
    ),
    Case(
        "horseback_ride_across_northern_bosnia_bihac_to_tuzla_told_plainly",
        "Bosnian rider crosses the north of the country on horseback for landmine victims\n\n"
        "TUZLA, Bosnia and Herzegovina, June 6 (AFP) - Amra Hodzic, a 33-year-old riding "
        "instructor, trotted her grey mare into the main square of Tuzla on Friday at the end of "
        "a 350-km ride across northern Bosnia to raise money for people maimed by landmines left "
        "over from the 1992-95 war. Hodzic led the mare, Zora, out of a stable on the bank of "
        "the Una in Bihac on May 25 and rode east over the hills to Sanski Most, where she spent "
        "two nights. On May 28 she followed the Sana valley north to Prijedor, and on the last "
        "day of May she rode into Banja Luka, where a farrier put new shoes on the mare. Heat "
        "forced her to ride before dawn on the long stretch east, and on June 3 she reached "
        "Doboj, where she rested for two days while Zora's swollen fetlock healed. She set off "
        'again on Thursday morning and covered the last 60 km in a single day. "Zora does not '
        'know about entities or borders. She only knows grass and water," Hodzic said, speaking '
        "of the two halves into which the country was split after the war. Deminers say about 2 "
        "percent of Bosnia's territory is still suspected of holding mines. The ride raised "
        "about 40,000 convertible marks, which will pay for artificial limbs.",
        date(2025, 6, 6),
        ("Bihać|Bihac", "Sanski Most", "Prijedor", "Banja Luka|Banjaluka", "Doboj", "Tuzla"),
        (),
        actor="Amra Hodzic",
    ),
    Case(
        "electric_lorry_down_the_br_364_rio_branco_to_vilhena_told_plainly",
        "Electric lorry crosses the Amazon's BR-364 highway on a charging test\n\n"
        "VILHENA, Brazil, Sept 12 (Reuters) - An electric lorry loaded with 20 tonnes of Brazil "
        "nuts rolled into Vilhena on Friday after a 1,200-km test drive down the BR-364 highway "
        "from the far western state of Acre, the longest trip yet by a battery-powered heavy "
        "truck in the Amazon, its maker said. Driver Francisca Lima, 41, pulled out of a nut "
        "cooperative's warehouse in Rio Branco on Sept 3 and drove east through cattle country, "
        "crossing the Madeira on a new bridge and reaching Porto Velho the next evening. The "
        "lorry spent a night charging at a depot by the river port, and on Sept 6 it reached "
        "Ariquemes, where a crowd of truckers gathered to look under its hood and found no "
        "engine. A fault in a roadside charger held Lima for two days in Ji-Paraná, and on "
        "Wednesday she drove on through the coffee farms to Cacoal. The last leg, climbing onto "
        "the plateau of the Chapada dos Parecis, ate more battery than expected, and she arrived "
        'in Vilhena with 6 percent left. "Diesel drivers told me I would be pushing it the last '
        '100 kilometres," Lima said. The BR-364, paved in the 1980s, carries most of the soy and '
        "beef that leaves Rondônia. The nuts will be shipped from Vilhena by a diesel lorry.",
        date(2025, 9, 12),
        ("Rio Branco", "Porto Velho", "Ariquemes", "Ji-Paraná|Ji-Parana", "Cacoal", "Vilhena"),
        (),
        actor="Francisca Lima",
    ),
    Case(
        "kora_master_farewell_tour_ziguinchor_to_kedougou_told_plainly",
        "Kora master, 78, ends farewell tour of southern Senegal in Kédougou\n\n"
        "KEDOUGOU, Senegal, March 14 (AFP) - The kora player Lamine Sissokho, 78, gave the last "
        "concert of his farewell tour on Friday night under a mango tree in Kédougou, the town "
        "near the borders with Mali and Guinea where he was born, ending two weeks on the road "
        "across the south of Senegal. Sissokho, who has played the 21-string harp for more than "
        "60 years, set out by minibus from Ziguinchor, the largest city of the Casamance, on Feb "
        "28 with two grandsons and three koras. He played three nights in a row in Kolda, where "
        "the crowd spilled out of the youth centre into the street. On March 6 the minibus "
        "rattled east to Vélingara, where he taught a class of 40 young players in the yard of "
        "the prefecture, and on Sunday it reached Tambacounda, the hot crossroads town where he "
        "spent three days resting his fingers. The last leg south, on a new road through the "
        'hills, took most of Thursday. "The kora has carried me everywhere. Now I bring it '
        'home," Sissokho said before the concert. He plans to stay in Kédougou and teach. His '
        "grandsons, who play with him, will tour on their own next year.",
        date(2025, 3, 14),
        ("Ziguinchor", "Kolda", "Vélingara|Velingara", "Tambacounda", "Kédougou|Kedougou"),
        (),
        actor="Lamine Sissokho",
    ),
    Case(
        "farmworker_runs_across_the_northern_cape_told_from_the_end_wife_waits",
        "Farmworker finishes run across the Northern Cape to pay for boreholes\n\n"
        "KIMBERLEY, South Africa, Oct 31 (Reuters) - Johannes Swartbooi ran the last few metres "
        "of a 900-km run across the Northern Cape to the rim of the Big Hole in Kimberley on "
        "Friday, where his wife, Magdalena, and their three daughters were waiting for him with "
        "a jug of cold water. Swartbooi, 47, a farmworker who trains on gravel farm roads before "
        "sunrise, ran to raise money for boreholes in villages hit by drought. He started 18 "
        "days earlier, on Oct 13, in Springbok, in the copper hills of Namaqualand, and ran east "
        "along the N14 through the heat of Bushmanland to Pofadder in three days. He reached "
        "Upington, on the Orange River, on Oct 19 and rested there for two days with a strained "
        "calf. From there he followed the river south-east to Groblershoop, and on Oct 25 he ran "
        "into Prieska, where the town's brass band played him down the main street. The last 240 "
        'km, across flat scrub where he saw more sheep than cars, took him five days. "I ran '
        'where my grandfather walked looking for work," Swartbooi said. The Northern Cape is '
        "South Africa's largest province and its least populated. The run raised about 600,000 "
        "rand, enough for four boreholes.",
        date(2025, 10, 31),
        ("Springbok", "Pofadder", "Upington", "Groblershoop", "Prieska", "Kimberley"),
        ((-28.73, 24.76),),
        actor="Johannes Swartbooi",
    ),
    Case(
        "spanish_cyclist_on_the_iron_ore_train_to_nouadhibou_flashback_in_the_pluperfect",
        "Spanish cyclist recovering in Mauritania after riding the iron-ore train\n\n"
        "NOUADHIBOU, Mauritania, Nov 20 (AFP) - A Spanish cyclist who fell ill after riding on "
        "top of one of the longest trains in the world was recovering in a hospital in "
        "Nouadhibou on Thursday, where the Spanish consul visited him at his bedside. Marc Puig, "
        "29, a nurse from Barcelona, had flown from Barcelona to Nouakchott on Nov 3 with a "
        "folding bicycle in his luggage. He had spent three days in the capital and had then "
        "taken a bus north to Atar, the old caravan town of the Adrar, where he had put the bike "
        "together. From Atar he had cycled 120 km across the stony desert to Choum, a railway "
        "village, and on the night of Nov 12 he had climbed with his bike onto an open wagon of "
        "the iron-ore train as it stopped there on its way to the coast. The 14-hour ride in the "
        "dust and the freezing desert night had left him with a chest infection and a high fever "
        "by the time the train reached Nouadhibou, and railway workers had carried him to the "
        'hospital. "I had read about the train for years. Nobody tells you how cold it gets," '
        "Puig said. The consul, Javier Ortega, said Puig was expected to be discharged next "
        "week. The trains, up to 2.5 km long, carry ore from the mines in the north to the port.",
        date(2025, 11, 20),
        ("Barcelona", "Nouakchott", "Atar", "Choum", "Nouadhibou"),
        ((20.94, -17.04),),
        actor="Marc Puig",
    ),
    Case(
        "engineer_cycles_route_13_vientiane_to_luang_prabang_partner_to_udon_thani_second_mover",
        "Lao engineer, 66, rides the road he built while his partner heads home hurt\n\n"
        "LUANG PRABANG, Laos, Feb 21 (Reuters) - Bounmy Phommachanh, a 66-year-old retired road "
        "engineer, pedalled into Luang Prabang on Friday after riding north from Vientiane on "
        "Route 13, the mountain highway he helped to widen in the 1990s, to raise money for a "
        "school for the deaf. Bounmy set off from the Patuxai monument in Vientiane on Feb 14 "
        "with his old friend and fellow engineer Somphone Keosavang, 68. They spent the first "
        "night in Phonhong and the second in Vang Vieng, among the limestone peaks beside the "
        "Nam Song. On Feb 17, on the climb towards Kasi, Somphone's brakes failed on a bend and "
        "he fell, breaking his collarbone. A pickup drove him back down the valley and across "
        "the Friendship Bridge to a hospital in Udon Thani in Thailand, and from there he flew "
        "home to Pakse on Thursday. Bounmy reached Kasi alone that evening and waited two days "
        "there for news of his friend. He then crossed the high pass beyond it, where morning "
        "fog cut the road to a few metres, and rode the last 130 km down through the mountains "
        'in two days. "I built these bends. I did not know they were so steep," he said. The new '
        "railway to China now takes travellers between the two cities in under two hours.",
        date(2025, 2, 21),
        (
            "Vientiane|Viangchan|Vientiane Capital",
            "Phonhong|Phon Hong|Muang Phôn-Hông|Muang Phon-Hong",
            "Vang Vieng|Vangvieng",
            "Kasi|Muang Kasi",
            "Luang Prabang|Louangphabang|Luang Phabang",
        ),
        (),
        actor="Bounmy Phommachanh",
    ),
    Case(
        "paraguayan_president_in_the_chaco_villa_hayes_to_filadelfia_chaco_war_as_background",
        "Paraguay's president tours the Chaco as the bioceanic road nears completion\n\n"
        "FILADELFIA, Paraguay, July 17 (Reuters) - Paraguayan President Hernán Villalba ended a "
        "three-day tour of the Chaco in Filadelfia on Thursday, inspecting the last unpaved "
        "stretch of a highway that is meant to link the Atlantic and Pacific coasts of South "
        "America. Villalba drove out of Asunción on Tuesday across the Remanso bridge to Villa "
        "Hayes, where he opened a water pipeline, and then flew north to Loma Plata, where he "
        "held talks with the leaders of the Mennonite cooperatives that produce most of the "
        "country's milk. The Mennonites came to the Chaco from Manitoba in Canada in 1927 and "
        "from the Soviet Union in 1930, and their grandchildren still speak German at home. The "
        "corridor will run from Porto Murtinho in Brazil through Mariscal Estigarribia and Salta "
        'in Argentina to the Chilean ports of Antofagasta and Iquique. "Our grandfathers fought '
        'Bolivia for this land, and now we will sell through it," Villalba said in Filadelfia, '
        "recalling the Chaco War of 1932-35, whose first great battle was fought at the fort of "
        "Boquerón. Officials in La Paz and Brasília have promised to finish their parts by 2027. "
        "The Chaco covers more than 60 percent of Paraguay but holds less than 3 percent of its "
        "people, a region bigger than Portugal with fewer people than Luxembourg.",
        date(2025, 7, 17),
        (
            "Asunción|Asuncion|Nuestra Señora de la Asunción",
            "Villa Hayes",
            "Loma Plata",
            "Filadelfia",
        ),
        ((-22.37, -59.82),),
        actor="Hernán Villalba",
    ),
    Case(
        "walking_horse_ride_across_tennessee_lebanon_to_athens_ambiguous_names_sister_waits",
        "Retired mail carrier rides a walking horse across Tennessee to her sister's door\n\n"
        "ATHENS, Tenn., May 9 (AP) - Deborah Pruitt, a 59-year-old retired mail carrier, rode a "
        "Tennessee Walking Horse named Dolly up her sister's gravel drive in Athens on Friday, "
        "two weeks and 260 miles after leaving her own barn in Lebanon, and found her sister, "
        "Ruth, waiting on the porch with a pitcher of sweet tea. Pruitt, who delivered mail on "
        "the same rural route for 31 years, rode south-east out of Lebanon on April 25 and spent "
        "her first weekend at a church camp outside Manchester. She doubled back west to "
        "Tullahoma to have a loose shoe fixed at a farrier's, then rode south to Winchester, "
        "where thunderstorms kept her in a friend's barn for three days. From there she crossed "
        "the Cumberland Plateau on back roads and came down into Cleveland on Tuesday, where a "
        'local riding club escorted her through town. "Everybody kept joking that I was riding '
        'from Lebanon to Athens and asking if I had my passport," Pruitt said. Her sister, a '
        "retired nurse, had not seen her since Christmas. Pruitt said she would rest Dolly for a "
        "month and then have the horse trailered home. Tennessee Walking Horses are known for a "
        "smooth, four-beat running walk.",
        date(2025, 5, 9),
        ("Lebanon", "Manchester", "Tullahoma", "Winchester", "Cleveland", "Athens"),
        ((35.44, -84.59),),
        actor="Deborah Pruitt",
    ),
    Case(
        "big_boy_steam_locomotive_at_cedar_rapids_legs_to_clinton_rochelle_and_chicago_to_come",
        "Big Boy steam locomotive draws crowds in Cedar Rapids on its Midwest tour\n\n"
        "CEDAR RAPIDS, Iowa, Aug 6 (AP) - Union Pacific's Big Boy No. 4014, the largest steam "
        "locomotive still running, hissed to a stop in Cedar Rapids on Wednesday, where about "
        "15,000 people crowded the tracks to see it on the 12th day of a tour of the Midwest. "
        "The 1.2-million-pound engine, built in 1941 to haul freight over the Wasatch mountains, "
        "left the railroad's steam shop in Cheyenne, Wyo., on July 26 and crossed Nebraska in "
        "three days, pausing at grade crossings where farmers parked their combines to watch. It "
        "steamed over the Missouri into Council Bluffs on July 30, and on Saturday it spent a "
        "night on display in Boone. On Friday it will cross the Mississippi at Clinton and run "
        "on to Rochelle, Ill., for a weekend of displays beside the town's railroad park, before "
        'reaching Chicago on Aug 12. It is due back in Cheyenne in early September. "Kids who '
        "have never seen a steam engine stand there with their mouths open, and so do their "
        "grandparents,\" said Mark Hollis, who leads the railroad's steam crew. The locomotive "
        "was restored between 2013 and 2019 after half a century in a museum in California.",
        date(2025, 8, 6),
        (
            "Cheyenne",
            "Council Bluffs",
            "Boone",
            "Cedar Rapids",
            "Clinton",
            "Rochelle",
            "Chicago",
            "Cheyenne",
        ),
        (),
        actor="Big Boy",
    ),
]

ROUTE_FAILS45: dict[str, str] = {
    "alberta_clipper_medicine_hat_to_winnipeg_told_plainly_a_storm_as_the_mover": (
        "first run (1cb28d7): routes [storm: Medicine Hat > Swift Current > Manitoba] meetings []"
    ),
    "horseback_ride_across_northern_bosnia_bihac_to_tuzla_told_plainly": (
        "first run (1cb28d7): routes [Zora: Sanski Most > Prijedor > Banja Luka] meetings []"
    ),
    "engineer_cycles_route_13_vientiane_to_luang_prabang_partner_to_udon_thani_second_mover": (
        "first run (1cb28d7): routes [Bounmy Phommachanh: Vientiane > Phonhong > Vang Vieng "
        "> Udon Thani > Pakse > Kasi > Luang Prabang] meetings []"
    ),
    "walking_horse_ride_across_tennessee_lebanon_to_athens_ambiguous_names_sister_waits": (
        "first run (1cb28d7): routes [Deborah Pruitt: Lebanon > Manchester > Tullahoma > "
        "Winchester > Cleveland] meetings [Lebanon 2025-05-09 ['Deborah Pruitt', 'Ruth']]"
    ),
    "big_boy_steam_locomotive_at_cedar_rapids_legs_to_clinton_rochelle_and_chicago_to_come": (
        "first run (1cb28d7): routes [engine: Nebraska > Missouri > Council Bluffs > Boone > "
        "Clinton > Rochelle > Chicago > Cheyenne] meetings []"
    ),
}

MEETING_FAILS45: dict[str, str] = {
    "walking_horse_ride_across_tennessee_lebanon_to_athens_ambiguous_names_sister_waits": (
        "first run (1cb28d7): routes [Deborah Pruitt: Lebanon > Manchester > Tullahoma > "
        "Winchester > Cleveland] meetings [Lebanon 2025-05-09 ['Deborah Pruitt', 'Ruth']]"
    ),
}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS45, CASES45))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS45, CASES45))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
