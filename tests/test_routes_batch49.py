"""Blind route batch 49: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS49 and MEETING_FAILS49."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 49: twelve articles written before the code was run on them. Stops and meetings
# were fixed before the first run (see test_routes_unseen for the scoring); the misses of the first
# run are to be recorded when the batch is wired into a test module.
# Kinds the earlier batches lacked, in regions they seldom visit (the Olt valley of Romania, the
# Missouri through the Dakotas, the Maharlika highway from Luzon to Mindanao, the Drina between
# Bosnia and Serbia, the Kyrgyz Tian Shan, Baffin Island and Nunavut, Armenia from Shirak to Syunik,
# Mato Grosso do Sul and Goiás, southern Manitoba, Java's north coast, the east of New Zealand's
# North Island and the Uzbek south), six told plainly in the order things happened (with dates where
# a journalist gives them) and six with one complication each. Plain: a shepherd, Nicolae Dobrotă,
# who 'set out from Jina' (Transylvania a region) with 1,100 sheep, 'grazed its way east along the
# foothills to Săliște', 'reached Tălmaciu, at the mouth of the Olt gorge' (a gorge), 'came down
# five days later into Râmnicu Vâlcea', 'followed the vineyards south to Drăgășani', 'the harvested
# maize fields around Balș' and 'the last 30 km of flat plain to Caracal' (the dateline, named
# twice, one stay), the Carpathians a range, the Danube a river, the Bărăgan his grandfather's old
# plain and the walk back 'up to the mountains' in April a plan with no place, no meeting (a priest
# blessing the sheep and police holding up the traffic are none); a paddleboarder, Megan Hollister,
# who 'pushed off from a boat ramp in Bismarck' (North Dakota a state), crossed Lake Oahe (a
# reservoir) to Mobridge, 'carried her board round the Oahe Dam' (a dam) into Pierre, where the
# governor receives her at the Capitol (the meeting), three stormbound days in Chamberlain, Yankton
# ('below the last of the big dams'), 'the 125 km to Sioux City, Iowa' and the last week 'past the
# farms of western Iowa' to the Omaha riverfront (the dateline, named in the lede); a retired
# jeepney driver, Romeo Dizon, who 'left Manila before dawn' (named twice, one stay), 'the first
# night in Lucena', 'pushed on through the coconut country to Naga', 'reached Matnog, at the
# southern tip of Luzon' (an island), the ferry 'across the San Bernardino Strait to Samar' (a
# strait and an island), 'down the island's west coast to Catbalogan', 'rattled across the San
# Juanico Bridge into Tacloban' (a bridge), 'A second ferry from the southern end of Leyte landed
# him in Surigao' (Leyte an island) and 'three more days through the hills of Mindanao to reach
# Davao' (the dateline), where his brother waits at the gate of their parents' house (the meeting);
# a swimming coach, Dino Kovačević, who 'waded into the river at Foča', swam 'the first day to
# Goražde', 'reached Višegrad' (the Ottoman bridge a venue), 'was driven round each of them' (two
# dams) 'before he swam into Bajina Bašta, on the Serbian bank', 'covered 40 km to Ljubovija' and
# crossed 'the still lake above the Zvornik dam' to the quay in Zvornik (the dateline, named also as
# the town where he teaches, one stay), the Drina a river, Bosnia and Serbia countries, no meeting
# (a crowd on a bridge and a kayaker paddling beside him are none); a beekeeper, Kubanychbek Asanov,
# who 'pulled out of Tokmok' (the Chuy valley a valley), 'the clover fields around Kemin', 'a tyre
# burst at the edge of Balykchy, at the western end of Lake Issyk-Kul' (a lake), 'reached Kochkor
# the next morning', 'crawled over the Dolon pass' (a pass) 'and came down into Naryn' and 'the last
# 45 km south to At-Bashy' (the dateline, named twice), the Tian Shan mountains and the Boom gorge a
# gorge, no meeting; a circuit court led by Justice Karen Whitford that 'left Iqaluit', held its
# first hearings 'in the community hall in Pangnirtung', 'flew north along the coast to Clyde
# River', 'touched down in Pond Inlet', 'crossed to Igloolik' and 'hopped back south to Iqaluit'
# (the dateline, the first and last stop, a round trip listed twice), Baffin Island an island, no
# meeting (lawyers, a clerk and interpreters travelling with her, and the accused, are none).
# With one complication: told from the end, a blind music teacher on a tandem, Anahit Grigoryan,
# whose lede is her arrival in the central square of Goris (the dateline), where her mother waits
# for her under the plane trees (the meeting), then from the start 'set out from Gyumri', 'rode 40
# km east that afternoon to Spitak', 'reached Vanadzor', 'over the pass to Dilijan', 'through the
# tunnel to the town of Sevan and along the western shore of the lake to Martuni' (the lake left
# unnamed), 'the climb over the 2,410-metre Selim pass and the long descent to Yeghegnadzor' (a
# pass) and 'coasted down the hairpins into Goris' (one stop with the lede), the plateau of Syunik a
# region; a flashback in the pluperfect, a Terena chief, Valdir Marcolino, whose lede is the handing
# over of his seeds at the national seed bank in Brasília (the dateline), where the minister of
# indigenous peoples receives him (the meeting), his journey told after the lede: 'had left his
# village outside Miranda' (the Pantanal a wetland, Mato Grosso do Sul a state), 'A neighbour had
# driven him first to Aquidauana', 'had then taken a night bus to Campo Grande', 'had boarded a bus
# north-east across the soya fields into Goiás' (a state) 'and had stopped in Jataí', 'had spent two
# nights in Rio Verde', 'had reached Goiânia' and 'had finally caught the three-hour bus to
# Brasília' (one stop with the lede); a second mover, a curling skip, Brenda Olafson, who 'left
# Virden with her team' (the farm 'near Virden' the same stay), 'their first bonspiel, in Brandon',
# 'drove south to Boissevain, near the American border', 'reached the semi-finals in Morden',
# 'arrived in Steinbach wrapped in sleeping bags' and 'drove north to Gimli' (the dateline, named
# also in 'the Gimli bonspiel', one stay), no meeting (the rink she beat in the final is none),
# while the rival rink of Joanne Beaulieu 'had driven more than 700 km south', 'stopping to curl in
# The Pas, spending a night in Swan River and picking up their lead, a nurse, in Dauphin', from
# their home town Flin Flon, which are no stops of hers; background places, a lion dance troupe led
# by Hendra Gunawan that 'set out with 24 dancers and drummers from Jakarta' (Glodok, its Chinatown,
# a venue), 'stopped next in Cirebon and Tegal', 'reached Semarang', where the mayor receives the
# dancers at the Sam Poo Kong temple (the meeting; Zheng He's landing at Semarang in 1405 the same
# town, one stop), 'danced among the old merchant houses of Lasem', 'at the Kwan Sing Bio temple in
# Tuban' and 'driving on to Surabaya' (the dateline), with Zheng He's Nanjing, Calicut, Hormuz and
# Malindi, Fujian and Guangdong as the migrants' provinces, the Indies, the grandfather's Medan and
# Penang and Singapore as a comparison; ambiguous names, a shearing gang boss, Tama Ngatai, who
# 'left Hamilton, the Waikato city named after a naval captain', sheared 'on farms outside
# Cambridge, a quiet town of horse studs on the Waikato river', 'drove south to Taupō, on the shore
# of the lake', 'crossed the ranges to Napier, the art deco city named after a British general',
# 'five days in the woolsheds around Hastings, which takes its name from Warren Hastings' (a man),
# 'drove on to Dannevirke, the town founded by Danish settlers' and 'came down the valley to
# Masterton' (the dateline, named twice, one stay), the towns' better-known namesakes left unnamed,
# the Waikato a region and a river and the Golden Shears a contest, no meeting (the world champion
# he shears against in the final is none); future legs, a chef, Bakhtiyor Yusupov, who 'left the
# capital' (Tashkent, his home city, named once), 'cooked first in Gulistan, in the cotton country
# south-west of the capital', 'two days later in Jizzakh' and 'arrived in Samarkand' (the dateline;
# the Registan square a venue), where the regional governor meets him beside the cauldron (the
# meeting), and who 'plans to leave on Monday and cross the mountains to Shahrisabz', 'then drive
# south-west to Qarshi' and 'intends to finish on Oct 30 in Termez, on the Afghan border', Tamerlane
# a man.
# Decisions (as in batches 17-48): a country, state, province, territory, region, valley, plateau or
# island named beside a town is no extra stop (Romania, Transylvania, North Dakota, South Dakota,
# Iowa, the Philippines, Luzon, Samar, Leyte, Mindanao, Bosnia and Herzegovina, Serbia, Kyrgyzstan,
# the Chuy valley, Nunavut, Baffin Island, Armenia, Syunik, Brazil, the Pantanal, Mato Grosso do
# Sul, Goiás, Manitoba, Indonesia, Java, the Indies, Fujian, Guangdong, New Zealand, the Waikato,
# Uzbekistan), nor a country named only in a nationality or an adjective (Soviet, Kyrgyz, Serbian,
# Ottoman, American, Icelandic, Chinese, African, British, Danish, Afghan, Uzbek); a venue is its
# town (the stubble fields outside Caracal, the village square of Săliște, the ring road of Râmnicu
# Vâlcea, the boat ramp in Bismarck, the Capitol in Pierre, the Omaha riverfront, a petrol station
# in Tacloban, the gate of the parents' house in Davao, the quay in Zvornik, the town's bridge in
# Goražde, the Ottoman bridge in Višegrad, the clover fields around Kemin, a meadow above At-Bashy,
# the community hall in Pangnirtung, the school gym in Clyde River, the central square of Goris, a
# roadside motel in Yeghegnadzor, the national seed bank in Brasília, a cousin's house in Campo
# Grande, the federal university in Jataí, curling club lounges, Glodok in Jakarta, the Sam Poo Kong
# temple in Semarang, the Kwan Sing Bio temple in Tuban, the woolsheds around Hastings, the Registan
# square in Samarkand); a town passed, stopped at or reached near on the way is a stop ('a tyre
# burst at the edge of Balykchy', 'the harvested maize fields around Balș', 'farms outside
# Cambridge', 'his village outside Miranda', 'the stubble fields outside Caracal'), but a sea, lake,
# reservoir, river, strait, gorge, pass, range, mountain, plateau, dam, tunnel, bridge, road or
# border crossed, followed or passed is none (the Carpathians, the Olt gorge, the Danube, Lake Oahe,
# the Oahe Dam, the Missouri, the San Bernardino Strait, the San Juanico Bridge, the Drina, the dams
# below Višegrad and above Zvornik, the Boom gorge, Lake Issyk-Kul, the Dolon pass, the Tian Shan,
# the Selim pass, the tunnel to Sevan, the lake of Sevan and of Taupō, the ranges before Napier, the
# Waikato river, the mountains before Shahrisabz, the Afghan border, the American border); the place
# a mover sets out from is the first stop even when the lede names only the end ('set out from
# Jina', 'pushed off from a boat ramp in Bismarck', 'left Manila before dawn', 'waded into the river
# at Foča', 'pulled out of Tokmok', 'left Iqaluit', 'set out from Gyumri', 'had left his village
# outside Miranda', 'left Virden with her team', 'set out with 24 dancers and drummers from
# Jakarta', 'left Hamilton', 'left the capital' for Tashkent); a town visited twice is listed twice
# (Iqaluit, left on Feb 3 and flown back to on Feb 14), and a town named twice in one stay is one
# stop (Caracal, Omaha, Manila, Davao, Zvornik, At-Bashy, Goris, Brasília, Virden, Gimli, Semarang,
# Surabaya, Masterton, Samarkand); planned legs stated as plans are stops ('plans to leave on Monday
# and cross the mountains to Shahrisabz', 'then drive south-west to Qarshi', 'intends to finish on
# Oct 30 in Termez'), but a stay or an event to come where the mover already is, is none (the sheep
# wintering near Caracal, the open final in Masterton on Saturday night, the van kept for next
# winter, the board sold at an auction, the beekeeper staying in the valley until the first frost),
# and a plan with no place is none (the walk back up to the mountains in April); the places of
# another mover (the rival rink's Flin Flon, The Pas, Swan River and Dauphin) and places named only
# as background, history, comparison or a home town (the Bărăgan, Nanjing, Calicut, Hormuz, Malindi,
# Medan, Penang, Singapore, Warren Hastings, Tamerlane) are no stops. The dateline is a stop in
# every article of this batch.
# A governor receiving a paddleboarder at the Capitol, a brother waiting at the gate of the family
# house, a mother waiting in a town square, a minister receiving a chief at the seed bank, a mayor
# receiving lion dancers at a temple and a regional governor meeting a chef beside his cauldron are
# meetings. A priest blessing a flock, police holding up the traffic, a crowd on a bridge, a kayaker
# paddling alongside, lawyers and interpreters travelling with a judge, the accused at a hearing, a
# cousin riding as a pilot, a neighbour giving a lift, an old woman giving seeds, agronomists
# checking them, a rival rink met in a final, a nephew as a relief driver, passengers at a petrol
# station and a world champion in a final are no meetings, and there is none for the shepherd, the
# swimmer, the beekeeper, the circuit court, the curling rink and the shearing gang.
# Stop spellings accept the GeoNames names, plain ASCII and common variants, every common spelling
# of each stop offered ('Săliște|Saliste|Sălişte', 'Tălmaciu|Talmaciu', 'Râmnicu Vâlcea|Ramnicu
# Valcea|Rîmnicu Vîlcea|Rimnicu Vilcea', 'Drăgășani|Dragasani|Drăgăşani', 'Balș|Bals|Balş',
# 'Lucena|Lucena City', 'Naga|Naga City', 'Catbalogan|Catbalogan City', 'Tacloban|Tacloban City',
# 'Surigao|Surigao City', 'Davao|Davao City', 'Foča|Foca|Srbinje', 'Goražde|Gorazde',
# 'Višegrad|Visegrad', 'Bajina Bašta|Bajina Basta', 'Tokmok|Tokmak|Tokmoq',
# 'Balykchy|Balykchi|Balikchi|Rybachye', 'Kochkor|Kochkorka', 'At-Bashy|At-Bashi|Atbashy|At Bashy',
# 'Gyumri|Giumri|Leninakan', 'Vanadzor|Kirovakan', 'Yeghegnadzor|Eghegnadzor', 'Jataí|Jatai',
# 'Goiânia|Goiania', 'Brasília|Brasilia', 'Taupō|Taupo', 'Tashkent|Toshkent', 'Gulistan|Guliston',
# 'Jizzakh|Jizzax|Dzhizak|Djizak', 'Samarkand|Samarqand', 'Shahrisabz|Shakhrisabz', 'Qarshi|Karshi',
# 'Termez|Termiz|Tirmiz').

CASES49 = [
    Case(
        "transhumance_flock_jina_to_caracal_told_plainly",
        "Romanian shepherd walks 1,100 sheep from the Carpathians to the Danube plain\n\n"
        "CARACAL, Romania, Oct 31 (Reuters) - Nicolae Dobrotă drove 1,100 sheep into the stubble "
        "fields outside Caracal on Thursday, 18 days after he left his village in the foothills of "
        "the Carpathians, keeping alive a seasonal migration that his family has made on foot for "
        "at least five generations. Dobrotă, 57, set out from Jina, a shepherds' village in "
        "Transylvania, on Oct 12 with three hired hands, six dogs and two donkeys carrying the "
        "cheese-making gear. The flock grazed its way east along the foothills to Săliște, where "
        "the priest blessed the animals in the village square, and on Oct 15 it reached Tălmaciu, "
        "at the mouth of the Olt gorge. Rather than risk the lorries on the main road, the men "
        "took the old shepherds' paths above the river and came down five days later into Râmnicu "
        "Vâlcea, where police held up the traffic for 20 minutes while the sheep crossed the ring "
        "road. From there the flock followed the vineyards south to Drăgășani, spent two days on "
        "the harvested maize fields around Balș and crossed the last 30 km of flat plain to "
        'Caracal. "My grandfather walked them 500 km to the Bărăgan. Now every year there is '
        'another motorway, another fence," Dobrotă said. The sheep will winter on rented land near '
        "the town, and in April he will walk them back up to the mountains.",
        date(2025, 10, 31),
        (
            "Jina",
            "Săliște|Saliste|Sălişte",
            "Tălmaciu|Talmaciu",
            "Râmnicu Vâlcea|Ramnicu Valcea|Rîmnicu Vîlcea|Rimnicu Vilcea",
            "Drăgășani|Dragasani|Drăgăşani",
            "Balș|Bals|Balş",
            "Caracal",
        ),
        (),
        actor="Nicolae Dobrotă",
    ),
    Case(
        "paddleboarder_down_the_missouri_bismarck_to_omaha_told_plainly_governor_receives",
        "Paddleboarder stands her way 1,100 km down the Missouri to Omaha\n\n"
        "OMAHA, Neb., July 9 (Reuters) - Megan Hollister stepped off her paddleboard onto the "
        "Omaha riverfront on Wednesday, 37 days and about 1,100 km after she pushed off from a "
        "boat ramp in Bismarck, North Dakota, to raise money for research into the muscle disease "
        "that killed her father. The 34-year-old physical therapist paddled standing up for most "
        "of the trip, kneeling only when the wind raised whitecaps on the reservoirs behind the "
        "river's dams. She spent her first week crossing the upper end of Lake Oahe and reached "
        "Mobridge, South Dakota, on June 10, sunburnt and two days behind schedule. Ten days later "
        "she carried her board round the Oahe Dam and paddled into Pierre, the state capital, "
        "where the governor received her at the Capitol and pledged the state's support for her "
        "cause. A thunderstorm kept her off the water for three days in Chamberlain, and on June "
        "30 she reached Yankton, below the last of the big dams. From there the Missouri runs "
        "free, and she covered the 125 km to Sioux City, Iowa, in two days before drifting down "
        "the channel past the farms of western Iowa for the last week. \"The river doesn't care "
        "that you're tired. You keep paddling or the wind pushes you back upstream,\" Hollister "
        "said. She has raised $180,000 and plans to sell the board at a charity auction.",
        date(2025, 7, 9),
        ("Bismarck", "Mobridge", "Pierre", "Chamberlain", "Yankton", "Sioux City", "Omaha"),
        ((44.37, -100.35),),
        actor="Megan Hollister",
    ),
    Case(
        "retired_jeepney_driver_manila_to_davao_by_road_and_ferry_told_plainly_brother_waits",
        "Retired Manila driver takes his jeepney home to Davao by road and ferry\n\n"
        "DAVAO, Philippines, Jan 25 (Reuters) - For 34 years Romeo Dizon drove the same "
        "chrome-covered jeepney through the traffic of Manila, and on Saturday he drove it into "
        "Davao, 1,500 km to the south, rather than sell it for scrap after the government stopped "
        "renewing the franchises of the old diesel jeepneys. Dizon, 63, left Manila before dawn on "
        "Jan 14 with his nephew as a relief driver and a spare gearbox tied to the roof, and spent "
        "the first night in Lucena. The next day he pushed on through the coconut country to Naga, "
        "where he stopped to have the brakes relined. On Jan 17 he reached Matnog, at the southern "
        "tip of Luzon, and waited a day for a place on the ferry across the San Bernardino Strait "
        "to Samar. He drove down the island's west coast to Catbalogan and on Jan 20 rattled "
        "across the San Juanico Bridge into Tacloban, where passengers at a petrol station asked "
        "him for a ride for old times' sake. A second ferry from the southern end of Leyte landed "
        "him in Surigao on Jan 22, and it took him three more days through the hills of Mindanao "
        "to reach Davao, where his younger brother Ernesto, whom he had not seen in 11 years, was "
        "waiting at the gate of their late parents' house. \"She is old, like me. We will both "
        'retire here," Dizon said of the jeepney.',
        date(2025, 1, 25),
        (
            "Manila",
            "Lucena|Lucena City",
            "Naga|Naga City",
            "Matnog",
            "Catbalogan|Catbalogan City",
            "Tacloban|Tacloban City",
            "Surigao|Surigao City",
            "Davao|Davao City",
        ),
        ((7.07, 125.61),),
        actor="Romeo Dizon",
    ),
    Case(
        "swimming_coach_swims_the_drina_foca_to_zvornik_told_plainly",
        "Swimming coach swims 240 km down the Drina to his home town\n\n"
        "ZVORNIK, Bosnia and Herzegovina, Aug 22 (Reuters) - Dino Kovačević climbed out of the "
        "Drina onto the quay in Zvornik on Friday evening, ten days after he waded into the river "
        "at Foča, having swum about 240 km down the green river that forms much of the border "
        "between Bosnia and Serbia. Kovačević, 39, who teaches children to swim in Zvornik, set "
        "off at dawn on Aug 13 in a wetsuit, towing an orange buoy that held his water and phone, "
        "and the current carried him 40 km on the first day to Goražde, where a crowd on the "
        "town's bridge cheered him in. On Aug 15 he reached Višegrad and swam beneath the arches "
        "of the Ottoman bridge made famous by Ivo Andrić's novel. Below the town the river backs "
        "up behind two hydroelectric dams, and he was driven round each of them before he swam "
        "into Bajina Bašta, on the Serbian bank, on Aug 18. The next day he covered 40 km to "
        "Ljubovija with a kayaker from the local club paddling beside him, and cramp in his left "
        "leg kept him there for a day. He spent the last two days crossing the still lake above "
        "the Zvornik dam. \"In the lakes you swim and swim and the trees on the bank don't move. "
        'That is the hard part," he said. He lost 4 kg on the way.',
        date(2025, 8, 22),
        (
            "Foča|Foca|Srbinje",
            "Goražde|Gorazde",
            "Višegrad|Visegrad",
            "Bajina Bašta|Bajina Basta",
            "Ljubovija",
            "Zvornik",
        ),
        (),
        actor="Dino Kovačević",
    ),
    Case(
        "kyrgyz_beekeeper_trucks_his_hives_tokmok_to_at_bashy_told_plainly",
        "Kyrgyz beekeeper trucks his hives up to the summer meadows by night\n\n"
        "AT-BASHY, Kyrgyzstan, July 4 (Reuters) - Kubanychbek Asanov set down the last of his 160 "
        "beehives on a meadow above At-Bashy before sunrise on Friday, a month after he set out "
        "from the Chuy valley, moving his bees higher into the Tian Shan as the flowers came into "
        "bloom. Beekeepers move their hives at night, when the bees are inside, and Asanov, 51, "
        "has made the trip every summer since 1998 in an old Soviet lorry. He pulled out of Tokmok "
        "on the night of June 2, and by dawn the hives stood in the clover fields around Kemin, "
        "where they stayed for two weeks. On June 17 he drove up through the Boom gorge, and a "
        "tyre burst at the edge of Balykchy, at the western end of Lake Issyk-Kul, so that he had "
        "to change it in the dark with the bees humming behind him. He reached Kochkor the next "
        "morning, and the hives spent ten days there among fields of pink sainfoin, which gives "
        "Kyrgyz honey its white colour. On June 28 the lorry crawled over the Dolon pass, at 3,030 "
        "metres, and came down into Naryn, where he waited five days for the rain to stop. On "
        'Thursday night he drove the last 45 km south to At-Bashy. "The bees know the way better '
        'than I do," he said. He will stay in the valley until the first frost in September.',
        date(2025, 7, 4),
        (
            "Tokmok|Tokmak|Tokmoq",
            "Kemin",
            "Balykchy|Balykchi|Balikchi|Rybachye",
            "Kochkor|Kochkorka",
            "Naryn",
            "At-Bashy|At-Bashi|Atbashy|At Bashy",
        ),
        (),
        actor="Kubanychbek Asanov",
    ),
    Case(
        "arctic_circuit_court_flies_from_iqaluit_round_four_hamlets_and_back_told_plainly",
        "Arctic circuit court flies 2,500 km to hold hearings in four hamlets\n\n"
        "IQALUIT, Nunavut, Feb 15 (Reuters) - A judge, two lawyers, a court clerk and two "
        "Inuktitut interpreters landed back in Iqaluit on Friday after a 12-day circuit of Baffin "
        "Island and beyond, carrying the Nunavut Court of Justice to hamlets that have no "
        "courthouse. Justice Karen Whitford, 56, who has sat on the territory's court since 2016, "
        "left Iqaluit on Monday, Feb 3, on a chartered twin-engine plane loaded with files, a "
        "portable sound system and the court's flag. The first hearings were held in the community "
        "hall in Pangnirtung, where she heard 14 cases in two days, most of them assaults and "
        "breaches of bail. On Feb 5 the party flew north along the coast to Clyde River, where a "
        "blizzard kept the plane on the ground for three days and the court sat in the school gym "
        "between classes. They touched down in Pond Inlet on Feb 10, with the temperature at minus "
        "41, and two days later crossed to Igloolik, where the last trial of the circuit, a "
        "dispute over a stolen snowmobile, ended in a guilty plea. On Friday the plane hopped back "
        'south to Iqaluit, 800 km away, with two hours of daylight to spare. "Justice has to come '
        'to people. Up here, that means an airplane," Whitford said. Between them the hamlets had '
        "41 cases on the list, and 37 were heard.",
        date(2025, 2, 15),
        ("Iqaluit", "Pangnirtung", "Clyde River", "Pond Inlet", "Igloolik", "Iqaluit"),
        (),
        actor="Karen Whitford",
    ),
    Case(
        "blind_rider_on_a_tandem_gyumri_to_goris_told_from_the_end_mother_waits",
        "Blind music teacher and her cousin ride a tandem the length of Armenia\n\n"
        "GORIS, Armenia, Sept 20 (Reuters) - Anahit Grigoryan has been blind since birth, and on "
        "Saturday afternoon she rode into the central square of Goris on the back seat of a tandem "
        "bicycle, where her mother was waiting for her under the plane trees with a bunch of "
        "flowers and a bottle of the town's mulberry vodka. The 29-year-old music teacher and her "
        "cousin and pilot, Tigran Petrosyan, had crossed Armenia from north to south in eight "
        "days, about 450 km and three mountain passes, to raise money for braille textbooks. They "
        "set out from Gyumri, the country's second city, on Sept 13 and rode 40 km east that "
        "afternoon to Spitak, the town rebuilt after the 1988 earthquake. On Sept 14 they reached "
        "Vanadzor, and the next day they climbed through the forests and over the pass to Dilijan, "
        "where they rested for a day. On Sept 17 they rode through the tunnel to the town of Sevan "
        "and along the western shore of the lake to Martuni. The hardest day came next, the climb "
        "over the 2,410-metre Selim pass and the long descent to Yeghegnadzor, where they slept in "
        "a roadside motel. On Friday and Saturday they crossed the high plateau of Syunik and "
        'coasted down the hairpins into Goris. "On the descents I just hold on and trust Tigran. '
        'On the climbs he has to trust me to pedal," Grigoryan said. The ride has raised 4 million '
        "drams.",
        date(2025, 9, 20),
        (
            "Gyumri|Giumri|Leninakan",
            "Spitak",
            "Vanadzor|Kirovakan",
            "Dilijan",
            "Sevan",
            "Martuni",
            "Yeghegnadzor|Eghegnadzor",
            "Goris",
        ),
        ((39.51, 46.34),),
        actor="Anahit Grigoryan",
    ),
    Case(
        "terena_chief_carries_seeds_to_brasilia_bus_trip_from_miranda_in_the_pluperfect",
        "Terena chief carries his people's seeds 1,300 km by bus to Brazil's seed bank\n\n"
        "BRASÍLIA, Sept 10 (Reuters) - A Terena chief who carried 40 varieties of maize, bean and "
        "squash seeds 1,300 km across central Brazil by bus handed them on Tuesday to the national "
        "seed bank in Brasília, where the minister of indigenous peoples received him and promised "
        "that the seeds would be kept for his grandchildren. Valdir Marcolino, 61, had left his "
        "village outside Miranda, in the Pantanal state of Mato Grosso do Sul, on Aug 28, with the "
        "seeds packed in gourds and glass jars inside two cool boxes. A neighbour had driven him "
        "first to Aquidauana, where an old woman had given him the seeds of a red maize that "
        "nobody else still grew. He had then taken a night bus to Campo Grande, the state capital, "
        "and had spent four days in a cousin's house sorting and labelling every variety. On Sept "
        "2 he had boarded a bus north-east across the soya fields into Goiás and had stopped in "
        "Jataí, where agronomists at the federal university had checked the seeds for fungus. He "
        "had spent two nights in Rio Verde with a Terena family who work on a soya farm, had "
        "reached Goiânia on Sept 6 and had finally caught the three-hour bus to Brasília on "
        'Monday. "The farms around us plant one kind of soya. Our grandparents planted forty kinds '
        'of maize. We cannot lose them," Marcolino said.',
        date(2025, 9, 10),
        (
            "Miranda",
            "Aquidauana",
            "Campo Grande",
            "Jataí|Jatai",
            "Rio Verde",
            "Goiânia|Goiania",
            "Brasília|Brasilia",
        ),
        ((-15.79, -47.88),),
        actor="Valdir Marcolino",
    ),
    Case(
        "curling_rink_bonspiel_tour_virden_to_gimli_a_rival_rink_from_flin_flon_as_a_second_mover",
        "Four farm women curl their way across southern Manitoba\n\n"
        "GIMLI, Manitoba, Feb 3 (Reuters) - Brenda Olafson's rink of four farm women in their "
        "fifties won the Gimli bonspiel on Sunday, the last stop of a month on the road in a 2004 "
        "minivan, sleeping in curling club lounges and motels across southern Manitoba. Olafson, "
        "57, who grows canola and wheat with her husband near Virden, left Virden with her team on "
        "Jan 2 and lost the final of their first bonspiel, in Brandon, on Jan 5. They drove south "
        "to Boissevain, near the American border, where they won their first title of the winter "
        "on Jan 12, and a week later reached the semi-finals in Morden. On Jan 21 the van's heater "
        "failed on the highway east, and they arrived in Steinbach wrapped in sleeping bags, in "
        "time to win the bonspiel there. On Thursday they drove north to Gimli, the Icelandic "
        "fishing town where Olafson's grandparents settled, and on Sunday they beat a rink from "
        "Flin Flon 7-5 in the final. The Flin Flon rink, skipped by Joanne Beaulieu, had driven "
        "more than 700 km south to get there, stopping to curl in The Pas, spending a night in "
        'Swan River and picking up their lead, a nurse, in Dauphin. "We have 1,100 km on the van '
        'and three trophies in the back," Olafson said. The four women plan to keep the van for '
        "next winter.",
        date(2025, 2, 3),
        ("Virden", "Brandon", "Boissevain", "Morden", "Steinbach", "Gimli"),
        (),
        actor="Brenda Olafson",
    ),
    Case(
        "lion_dance_troupe_jakarta_to_surabaya_zheng_he_history_as_background_mayor_receives",
        "Lion dancers follow the old Chinese ports of Java's north coast\n\n"
        "SURABAYA, Indonesia, Feb 13 (Reuters) - The lion dancers of the Singa Mas troupe leapt "
        "between poles three metres high before 20,000 people at the Cap Go Meh festival in "
        "Surabaya on Wednesday, the end of a two-week tour of Java's north coast that followed, "
        "their leader says, the ports where Chinese traders settled six centuries ago. Hendra "
        "Gunawan, 48, set out with 24 dancers and drummers from Jakarta on Jan 29, the first day "
        "of the Lunar New Year, after dancing through Glodok, the capital's Chinatown. The "
        "troupe's two buses stopped next in Cirebon and Tegal, and on Feb 4 they reached Semarang, "
        "where the mayor received the dancers at the Sam Poo Kong temple. The temple honours Zheng "
        "He, the Ming admiral who sailed from Nanjing with more than 200 ships, reached Calicut, "
        "Hormuz and the African coast at Malindi, and is said to have landed at Semarang in 1405. "
        "The lion dance came to the Indies with migrants from Fujian and Guangdong, and under "
        "Suharto it was banned in public from 1967 until Abdurrahman Wahid lifted the ban in 2000. "
        "Gunawan's grandfather kept his lion's head hidden in a rice store in Medan for 30 years. "
        "The troupe danced among the old merchant houses of Lasem on Feb 7 and at the Kwan Sing "
        "Bio temple in Tuban two days later before driving on to Surabaya. The best troupes in the "
        'world, Gunawan says, are in Penang and Singapore, "but nobody has a coast like ours."',
        date(2025, 2, 13),
        ("Jakarta", "Cirebon", "Tegal", "Semarang", "Lasem", "Tuban", "Surabaya"),
        ((-6.99, 110.42),),
        actor="Hendra Gunawan",
    ),
    Case(
        "shearing_gang_hamilton_to_masterton_by_cambridge_napier_and_hastings_ambiguous_names",
        "Shearing gang works its way south to the Golden Shears\n\n"
        "MASTERTON, New Zealand, March 1 (Reuters) - Tama Ngatai drove his gang's van into "
        "Masterton on Tuesday with five shearers, three wool handlers and 11,000 sheep shorn along "
        "the way, in time for the Golden Shears, the best-known shearing contest in the world, "
        "which ends on Saturday. Ngatai, 28, left Hamilton, the Waikato city named after a naval "
        "captain killed in the land wars, on Feb 10, and spent three days shearing on farms "
        "outside Cambridge, a quiet town of horse studs on the Waikato river. On Feb 14 the gang "
        "drove south to Taupō, on the shore of the lake, and two days later crossed the ranges to "
        "Napier, the art deco city named after a British general. They spent five days in the "
        "woolsheds around Hastings, which takes its name from Warren Hastings, a governor-general "
        "of the 18th century, and on Feb 22 they drove on to Dannevirke, the town founded by "
        "Danish settlers, for three days of shearing in the hill country, where Ngatai shore 612 "
        "lambs in a day, a record for the gang. On Tuesday they came down the valley to Masterton. "
        '"Our hands are hard now. That\'s the best training there is," Ngatai said. He shears in '
        "the open final on Saturday night against the world champion.",
        date(2025, 3, 1),
        ("Hamilton", "Cambridge", "Taupō|Taupo", "Napier", "Hastings", "Dannevirke", "Masterton"),
        (),
        actor="Tama Ngatai",
    ),
    Case(
        "plov_cauldron_at_samarkand_legs_to_shahrisabz_qarshi_and_termez_to_come_governor_meets",
        "Uzbek chef takes his giant plov cauldron on the road for charity\n\n"
        "SAMARKAND, Uzbekistan, Oct 18 (Reuters) - Bakhtiyor Yusupov stirred 800 kg of rice, "
        "carrots and mutton in a cauldron two metres across on Samarkand's Registan square on "
        "Saturday and served plov to 2,000 people, the fourth stop of a tour on which he cooks for "
        "free to raise money for children's heart operations. The regional governor came to taste "
        "it and met Yusupov beside the cauldron, promising to match the donations collected in the "
        "city. Yusupov, 45, a chef from Tashkent, left the capital on Oct 10 with the cauldron "
        "chained to a flatbed lorry and a second lorry carrying firewood and 20 helpers. He cooked "
        "first in Gulistan, in the cotton country south-west of the capital, on Oct 12, and two "
        "days later in Jizzakh, where the wind blew the fire out twice. He arrived in Samarkand on "
        "Thursday. The tour is far from over. Yusupov plans to leave on Monday and cross the "
        "mountains to Shahrisabz, the birthplace of Tamerlane, and then drive south-west to "
        "Qarshi. He intends to finish on Oct 30 in Termez, on the Afghan border, where he says the "
        "cauldron will be given to a children's home. \"Plov is the dish you cook when people "
        'gather. I wanted to make people gather," he said. UNESCO added Uzbek plov to its list of '
        "intangible heritage in 2016.",
        date(2025, 10, 18),
        (
            "Tashkent|Toshkent",
            "Gulistan|Guliston",
            "Jizzakh|Jizzax|Dzhizak|Djizak",
            "Samarkand|Samarqand",
            "Shahrisabz|Shakhrisabz",
            "Qarshi|Karshi",
            "Termez|Termiz|Tirmiz",
        ),
        ((39.65, 66.96),),
        actor="Bakhtiyor Yusupov",
    ),
]

ROUTE_FAILS49: dict[str, str] = {
    "retired_jeepney_driver_manila_to_davao_by_road_and_ferry_told_plainly_brother_waits": (
        "first run (74721d9): routes [Romeo Dizon: Manila > Lucena > Naga > Matnog > "
        "Catbalogan > Tacloban > Davao; DAVAO: Surigao > Davao] meetings []"
    ),
    "kyrgyz_beekeeper_trucks_his_hives_tokmok_to_at_bashy_told_plainly": (
        "first run (74721d9): routes [Kubanychbek Asanov: Tokmok > Balykchy > Kochkor > "
        "Naryn > At-Bashy > Tian Shan] meetings []"
    ),
    "blind_rider_on_a_tandem_gyumri_to_goris_told_from_the_end_mother_waits": (
        "first run (74721d9): routes [teacher: Gyumri > Spitak > Vanadzor > Dilijan > Sevan "
        "> Martuni > Goris] meetings [Goris 2025-09-20 ['teacher', 'mother']]"
    ),
    "curling_rink_bonspiel_tour_virden_to_gimli_a_rival_rink_from_flin_flon_as_a_second_mover": (
        "first run (74721d9): routes [Brenda Olafson: Virden > Boissevain > Morden > "
        "Steinbach > Gimli; Joanne Beaulieu: The Pas > Swan River > Dauphin] meetings []"
    ),
    "lion_dance_troupe_jakarta_to_surabaya_zheng_he_history_as_background_mayor_receives": (
        "first run (74721d9): routes [Zheng He: Nanjing > Medan > Calicut > Hormuz > Malindi "
        "> Semarang > Surabaya; Hendra Gunawan: Jakarta > Cirebon > Tegal > Semarang] "
        "meetings []"
    ),
    "shearing_gang_hamilton_to_masterton_by_cambridge_napier_and_hastings_ambiguous_names": (
        "first run (74721d9): routes [Tama Ngatai: Hamilton > Waikato > Cambridge > Taupō > "
        "Napier > Hastings > Dannevirke > Masterton] meetings []"
    ),
    "plov_cauldron_at_samarkand_legs_to_shahrisabz_qarshi_and_termez_to_come_governor_meets": (
        "first run (74721d9): routes [Bakhtiyor Yusupov: Tashkent > Samarkand > Shahrisabz > "
        "Qarshi] meetings [Samarkand 2025-10-18 ['Bakhtiyor Yusupov']]"
    ),
}

MEETING_FAILS49: dict[str, str] = {
    "retired_jeepney_driver_manila_to_davao_by_road_and_ferry_told_plainly_brother_waits": (
        "first run (74721d9): routes [Romeo Dizon: Manila > Lucena > Naga > Matnog > "
        "Catbalogan > Tacloban > Davao; DAVAO: Surigao > Davao] meetings []"
    ),
    "lion_dance_troupe_jakarta_to_surabaya_zheng_he_history_as_background_mayor_receives": (
        "first run (74721d9): routes [Zheng He: Nanjing > Medan > Calicut > Hormuz > Malindi "
        "> Semarang > Surabaya; Hendra Gunawan: Jakarta > Cirebon > Tegal > Semarang] "
        "meetings []"
    ),
}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS49, CASES49))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS49, CASES49))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
