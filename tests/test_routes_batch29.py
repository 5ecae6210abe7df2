"""Blind route batch 29: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS29 and MEETING_FAILS29."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 29: twelve articles written before the code was run on them. Stops and
# meetings were fixed before the first run (see test_routes_unseen for the scoring); the misses of
# the first run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, six told plainly in the order things happened (with dates
# where a journalist gives them) and six with one complication each. Plain: Oslo's Christmas tree
# for London (an object as the mover), felled in a forest just outside Oslo, driven to the port of
# Brevik, shipped across the North Sea to Immingham and carried by lorry to London (the dateline),
# where it is raised in Trafalgar Square, Britain named only for its wartime help, England as a
# container and 'Norway spruce' a kind of tree, no meeting; Japan's emperor on a state visit to
# Mongolia, flown from Tokyo to Ulaanbaatar (the dateline), welcomed by President Khurelsukh at
# the State Palace (talks, the meeting), flown to Kharkhorin beside the ruins of the old Mongol
# capital (Karakorum, the same spot), back to Ulaanbaatar and home to Tokyo to come, the empress
# travelling with him on the same route; an Afghan rickshaw driver deported from Pakistan with his
# family, from his home on the edge of Karachi by bus through Balochistan (a province, no stop) to
# Quetta, on to Chaman, on foot across the border into Spin Boldak and by minibus to Kandahar (the
# dateline), where his brother waits at the bus station (the meeting), U.N. workers handing out
# cash being no meeting; a Tuareg salt caravan out of Agadez across the Tenere desert (no stop) to
# the oasis of Fachi, on to Bilma for the salt, back by Fachi and home to Agadez (the dateline),
# no meeting; an elephant bull collared near Kasane in Botswana and tracked by satellite by Katima
# Mulilo (Namibia), Sesheke (Zambia), the edge of Livingstone at night and the town of Victoria
# Falls (Zimbabwe) to Hwange (the dateline), the Chobe River and the Zambezi crossed or followed,
# no meeting; a World Food Programme convoy across Chad led by a Chadian logistics officer, from
# N'Djamena by Ati and Abeche, where she meets the provincial governor (a named official, the
# meeting), to Adre (the dateline) on the Sudanese border, Sudan and the refugee camps as
# background.
#
# With one complication: told from the end, a Nepali guide back from her ninth Everest ascent, the
# lede at Kathmandu airport (the dateline) where her husband and sons garland her (the meeting),
# then from the start: flown from Kathmandu to Lukla, the trek up the Khumbu valley (a region) to
# Namche Bazaar, an unnamed base camp, the summit of Mount Everest (a stop: she stood on it) and
# the helicopter flight straight back to Kathmandu, the Himalaya named in a quote; a flashback in
# the pluperfect, a North Korean woman landing in Seoul (the dateline) on a flight from Bangkok,
# her escape told after the arrival: across the frozen Yalu near Hyesan, ten months hidden in
# Shenyang, the train to Kunming, on foot across Laos (a country crossed) to the Mekong (a river),
# the surrender to police in Chiang Rai and a year in detention in Bangkok, a resettlement centre
# to come with no place, no meeting; a second mover, a NASA astronaut brought down in a Soyuz
# capsule southeast of Zhezkazgan, flown by helicopter to Karaganda and by a NASA jet by a
# refuelling stop at Prestwick to Ellington Field in Houston (the dateline), where his wife and
# daughters wait (the meeting), while the two Russian cosmonauts fly from Karaganda to the
# Chkalovsky air base outside Moscow on their way to Star City, which are no stops of the
# astronaut, the space station no place and his rehabilitation at the Johnson Space Center to come
# in Houston no new stop; background places, Spain's prime minister on a West African tour, Madrid
# to Nouakchott (an agreement with the Mauritanian president, a meeting), Banjul (a meeting with
# the Gambian president) and Dakar (the dateline, talks with the Senegalese president, a meeting)
# and the flight back to Madrid to come, with the Canary Islands, El Hierro, the coasts of Senegal
# and Mauritania, Brussels (the European Union), Rabat and Madrid again (the opposition) as
# background; ambiguous names, a teenager's charity run across southwestern Ontario from Windsor
# by Chatham, London, Woodstock, Paris and Hamilton to Toronto (the dateline), where the mayor
# greets him at city hall (the meeting), six towns that share their names with better-known places
# in England and France, London and Paris named again in a quote about the English Channel (no sea
# of his), the Grand River and Lake Ontario as features, his sister running the last block with
# him (no meeting); future legs, Pope Leo XIV in Algiers (the dateline) after flying from Rome,
# received by President Tebboune at the El Mouradia palace (the meeting), a Mass in Algiers to
# come where he already is (no new stop), due to fly to Annaba (once Hippo, Saint Augustine's see,
# which the stop accepts) and back to Rome, the Vatican named only as the source of a statement.
#
# Decisions (as in batches 17-28): a country, state, province or region named beside a town is no
# extra stop (Norway, England, Mongolia, Afghanistan, Pakistan, Balochistan, Niger, Botswana,
# Namibia, Zambia, Zimbabwe, Chad, Kazakhstan, Scotland, Algeria, Ontario), nor is a country named
# only in a headline or as the home of others (Sudan, China, Thailand); a venue is its town
# (Trafalgar Square in London, the State Palace in Ulaanbaatar, the Erdene Zuu monastery at
# Kharkhorin, the bus station in Kandahar, Kathmandu airport, Ellington Field in Houston, Nathan
# Phillips Square and city hall in Toronto, the El Mouradia palace in Algiers); a town passed,
# gone through, stopped at or landed near is a stop ('passed through the edge of Livingstone',
# 'ran through Paris', 'stopped again at Fachi', 'stopped to refuel overnight at Prestwick',
# 'landed ... southeast of the town of Zhezkazgan', 'crossed the frozen Yalu River near Hyesan',
# 'near the town of Victoria Falls'), and so is a summit reached ('stood on the summit of
# Everest'), but a sea, river, lake, valley, desert or region crossed or named in a summary is
# none (the North Sea, the Tenere, the Chobe River, the Zambezi, the Khumbu valley, the Yalu, the
# Mekong, the Grand River, Lake Ontario, the English Channel, the Canary Islands), and neither is
# a country crossed on the way to a town in the next (Namibia, Zambia, Zimbabwe, Laos); the place
# a mover sets out from is the first stop even when the lede names only the end ('felled ... in a
# forest just outside Oslo', 'left Tokyo', 'came to the family's rented room on the edge of
# Karachi', 'led the camels out of Agadez', 'fitted with the collar near Kasane', 'set off ...
# from N'Djamena', 'flew from Kathmandu to Lukla', 'had crossed ... near Hyesan', 'left Madrid',
# 'set off from the riverfront in Windsor', 'flew from Rome'); a stop visited twice is listed
# twice (Ulaanbaatar, Tokyo, Fachi, Agadez, Kathmandu, Madrid, Rome); planned legs stated as plans
# are stops ('will fly home to Tokyo', 'is due to fly back to Madrid', 'will fly east to Annaba',
# 'is due to return to Rome'), but a stay or an event to come where the mover already is, is none
# (the lights switched on in London, the Mass in Algiers, the rehabilitation in Houston, the
# resettlement centre, the food distribution at Adre), nor is a place named as background, history
# or in a quote (Britain's wartime help, the ruined Mongol capital beside Kharkhorin, the
# Himalaya, Everest's permits, London and Paris in the runner's joke, the Vatican as a source, the
# Canary Islands, El Hierro, Brussels, Rabat, the opposition in Madrid, Karachi as the children's
# birthplace); the places of another mover (the cosmonauts' Chkalovsky, Moscow and Star City) are
# no stops. The dateline is a stop in every article of this batch. Talks between heads of state or
# government, an emperor welcomed by a president, a pope received by a president, a convoy leader
# meeting a named governor, a mayor greeting a runner and a family waiting for a traveller (a
# brother, a husband and sons, a wife and daughters) are meetings; U.N. workers handing out cash,
# police, a ministry, schoolchildren, aid volunteers at a lunch, a sister running beside her
# brother, farmers and crowds are not, and there is none for the tree, the caravan, the elephant
# and the defector.
#
# Stop spellings accept the GeoNames names, plain ASCII and common variants ('Tokyo|Tōkyō',
# 'Ulaanbaatar|Ulan Bator', 'Kharkhorin|Harhorin|Karakorum', 'Spin Boldak|Spīn Būldak',
# 'Kandahar|Kandahār|Qandahār', 'Agadez|Agadès', 'Livingstone|Maramba', 'Hwange|Wankie',
# "N'Djamena|N’Djamena|Ndjamena|Fort-Lamy", 'Abéché|Abeche', 'Adré|Adre',
# 'Kathmandu|Kāthmāndu', 'Namche Bazaar|Namche Bazar|Nāmche Bāzār', 'Mount
# Everest|Everest|Sagarmatha|Chomolungma', 'Shenyang|Mukden', 'Bangkok|Krung Thep',
# 'Zhezkazgan|Zhezqazghan|Dzhezkazgan', 'Karaganda|Karagandy|Qaraghandy', 'Chatham|Chatham-Kent',
# 'Rome|Roma|Vatican City', 'Algiers|Alger|Al Jazā’ir', 'Annaba|Bône|Hippo|Hippo Regius').
CASES29 = [
    Case(
        "norway_christmas_tree_oslo_to_london_told_plainly",
        "Norway's Christmas tree for London raised in Trafalgar Square\n\n"
        "LONDON, Dec 2 (Reuters) - A 20-metre Norway spruce was hoisted into place in Trafalgar "
        "Square on Tuesday, the latest of the trees that the people of Oslo have sent to London "
        "every year since 1947 as thanks for Britain's help during World War Two. The 80-year-old "
        "tree was felled on Nov 13 in a forest just outside Oslo, at a short ceremony with "
        "schoolchildren and a brass band. The next day it was driven on a flatbed lorry to the "
        "port of Brevik, about 150 km to the southwest, where it was lashed to the deck of a "
        "cargo ship carrying timber. The ship crossed the North Sea in rough weather and docked "
        "at Immingham, on the east coast of England, on Nov 24. After a week in the port while "
        "crane crews waited for calmer winds, the tree was carried south on a lorry overnight on "
        "Sunday, escorted by police motorcyclists, and reached London shortly before dawn on "
        "Monday. Workers spent Tuesday morning fixing it upright with steel wedges and stringing "
        '500 white lights in the traditional Norwegian vertical lines. "Every year people ask us '
        'why it looks a bit thin," said a spokesman for Westminster City Council. "It is a real '
        'tree from a real forest, not a plastic one." The lights will be switched on at a '
        "ceremony on Thursday evening.",
        date(2025, 12, 2),
        ("Oslo", "Brevik", "Immingham", "London"),
        (),
        actor="tree",
    ),
    Case(
        "japanese_emperor_state_visit_to_mongolia_told_plainly",
        "Japan's emperor visits Mongolia's ancient capital on state visit\n\n"
        "ULAANBAATAR, July 11 (Reuters) - Japan's Emperor Naruhito visited a wrestling school in "
        "Ulaanbaatar on Friday, the last full day of the first state visit to Mongolia by a "
        "Japanese monarch, in a country that has sent several champions to the top ranks of sumo. "
        "The emperor and Empress Masako left Tokyo on Sunday on a government plane and landed in "
        "Ulaanbaatar that evening. On Monday they were welcomed by President Ukhnaagiin "
        "Khurelsukh with a mounted honour guard at the State Palace, where the two men held talks "
        "before the president hosted a banquet. On Tuesday the emperor laid flowers at a memorial "
        "to Japanese soldiers who died in labour camps after World War Two. On Wednesday the "
        "couple flew to Kharkhorin, near the ruins of the 13th-century capital of the Mongol "
        "empire, and toured the Erdene Zuu monastery, the country's oldest surviving Buddhist "
        "monastery, built partly with stones from the ruined city. They returned to Ulaanbaatar "
        'on Thursday and had lunch with young Japanese aid volunteers. "The people of Mongolia '
        'have been good neighbours and good friends to us," the emperor said at the banquet. The '
        "couple will fly home to Tokyo on Saturday.",
        date(2025, 7, 11),
        (
            "Tokyo|Tōkyō",
            "Ulaanbaatar|Ulan Bator|Ulaanbaatar Hot|Ulan Baator",
            "Kharkhorin|Harhorin|Kharhorin|Karakorum|Qaraqorum|Kharkhorum|Khar Khorin",
            "Ulaanbaatar|Ulan Bator|Ulaanbaatar Hot|Ulan Baator",
            "Tokyo|Tōkyō",
        ),
        ((47.92, 106.92),),
        actor="Emperor Naruhito",
    ),
    Case(
        "afghan_family_deported_karachi_to_kandahar_told_plainly",
        "Afghan family deported from Pakistan reaches Kandahar after long bus journey\n\n"
        "KANDAHAR, Afghanistan, April 17 (Reuters) - Gul Ahmad Noorzai arrived in Kandahar on "
        "Thursday with his wife, five children and three sacks of belongings, one of thousands of "
        "Afghans sent out of Pakistan this month in a campaign to expel migrants without papers. "
        "Noorzai, 46, drove a rickshaw in Karachi for nearly 30 years. Police came to the "
        "family's rented room on the edge of Karachi on April 9 and took them to a holding "
        "centre, where they slept on the floor for four nights. Early on April 13 they were put "
        "on a bus with 60 other Afghans and driven north for two days on the highway through "
        "Balochistan, reaching Quetta on the evening of April 14. After a night in a transit camp "
        "there, a second bus took them on April 15 to Chaman, and they walked across the border "
        "at dawn the next day into Spin Boldak, where U.N. workers registered them and gave them "
        "cash and a hot meal. A minibus carried them the last 100 km to Kandahar, and on Thursday "
        "morning Noorzai's older brother, Abdul Wali, was waiting for them at the city's main bus "
        'station. "My children were born in Karachi. They have never seen Afghanistan," Noorzai '
        'said. "I don\'t know where we will live." The Taliban administration says it cannot '
        "house all the returnees.",
        date(2025, 4, 17),
        (
            "Karachi",
            "Quetta",
            "Chaman",
            "Spin Boldak|Spīn Būldak|Spin Buldak|Wēsh|Wesh",
            "Kandahar|Kandahār|Qandahār|Qandahar",
        ),
        ((31.61, 65.71),),
        actor="Gul Ahmad Noorzai",
    ),
    Case(
        "tuareg_salt_caravan_agadez_to_bilma_and_back_told_plainly",
        "Camel caravan ends salt run across Niger's Tenere desert\n\n"
        "AGADEZ, Niger, Dec 11 (AFP) - A caravan of about 150 camels loaded with blocks of salt "
        "walked into Agadez on Thursday, ending a six-week round trip across the Tenere desert "
        "that fewer and fewer Tuareg herders still make each year. The caravan's leader, "
        "Alhassane Ag Moussa, 58, has made the journey every winter since he was a boy of 12. He "
        "led the camels out of Agadez on Oct 30 with nine other men, heading east through the "
        "dunes, and reached the oasis of Fachi on Nov 10, where they rested for two days and "
        "bought dates. They walked on to Bilma and arrived there on Nov 16. In Bilma the men "
        "spent a week loading the camels with cones and slabs of salt dug from the pits around "
        "the town, each animal carrying up to 120 kg. On the way back they stopped again at Fachi "
        "on Nov 25 to water the herd, and then crossed the open desert west in 16 days, "
        'travelling mostly at night to spare the animals the heat. "The trucks are faster, but a '
        'camel does not break down in the sand," Ag Moussa said. Traders in Agadez will sell the '
        "salt at markets in the south, where it is fed to cattle. Fewer than a dozen caravans "
        "made the crossing this year, down from hundreds a generation ago.",
        date(2025, 12, 11),
        ("Agadez|Agadès", "Fachi", "Bilma", "Fachi", "Agadez|Agadès"),
        (),
        actor="Alhassane Ag Moussa",
    ),
    Case(
        "collared_elephant_kasane_to_hwange_told_plainly",
        "Collared elephant bull walks through four countries to Zimbabwe\n\n"
        "HWANGE, Zimbabwe, March 20 (Reuters) - An elephant bull fitted with a satellite collar "
        "in northern Botswana has walked more than 450 km through four countries in nine weeks "
        "and turned up in Hwange, wildlife researchers said on Thursday, the longest trek they "
        "have recorded for a single animal in the region. The bull, named Kgosi by the rangers "
        "who collared him, was darted and fitted with the collar near Kasane on Jan 14. He "
        "crossed the Chobe River into Namibia a few days later, and on Jan 29 the collar placed "
        "him on the outskirts of Katima Mulilo, where farmers said he raided their maize fields. "
        "In early February he crossed into Zambia near Sesheke and followed the Zambezi east. On "
        "Feb 21 he passed through the edge of Livingstone at night, stopping traffic on the main "
        "road for nearly an hour. A week later he waded across the river above the falls into "
        "Zimbabwe and spent ten days browsing near the town of Victoria Falls, before turning "
        'south to Hwange, which he reached on Tuesday. "He seems to be looking for new ground '
        'away from the older bulls," said ecologist Tendai Moyo, who leads the tracking project. '
        '"Elephants don\'t read maps, but they remember routes their grandmothers used." '
        "Conservationists say such corridors between parks need protection as farms and roads "
        "spread.",
        date(2025, 3, 20),
        (
            "Kasane",
            "Katima Mulilo",
            "Sesheke",
            "Livingstone|Maramba",
            "Victoria Falls",
            "Hwange|Wankie",
        ),
        (),
        actor="Kgosi",
    ),
    Case(
        "food_convoy_ndjamena_to_adre_told_plainly",
        "Aid convoy reaches Chad's border with Sudan after 1,000-km drive\n\n"
        "ADRE, Chad, Feb 6 (Reuters) - A convoy of 40 World Food Programme trucks loaded with "
        "sorghum, lentils and cooking oil reached the border town of Adre on Thursday after a "
        "nine-day drive across Chad, bringing food for about 100,000 Sudanese refugees living in "
        "camps nearby. The convoy's leader, Amina Haroun, a Chadian logistics officer who has "
        "worked for the agency for 15 years, set off with the trucks from N'Djamena on Jan 28. "
        "They reached Ati two days later, after a slow crossing of sandy tracks where the tarmac "
        "had been washed away by last year's floods. On Feb 2 the convoy pulled into Abeche, the "
        "largest town in the east, where Haroun met the provincial governor, Moussa Abakar, to "
        "arrange an army escort for the last stretch. The trucks spent two days there while "
        "mechanics replaced broken axles on three of them. They set out again on Feb 5 and "
        'covered the last 170 km to Adre in a day and a half. "Every truck that arrives is a week '
        'of food for a camp," Haroun said. "Every truck that breaks down is a week without." Aid '
        "agencies say more than 700,000 refugees have crossed into Chad since the war in Sudan "
        "began in April 2023. Food distribution in the camps is due to begin on Saturday.",
        date(2025, 2, 6),
        ("N'Djamena|N’Djamena|Ndjamena|NDjamena|Fort-Lamy", "Ati", "Abéché|Abeche", "Adré|Adre"),
        ((13.83, 20.83),),
        actor="Amina Haroun",
    ),
    Case(
        "nepali_guide_everest_summit_told_from_the_end",
        "Nepali guide welcomed home after leading team to Everest summit\n\n"
        "KATHMANDU, May 27 (Reuters) - Nepali mountain guide Phurba Yangji Sherpa was garlanded "
        "with silk scarves and marigolds by her husband and two sons at Kathmandu airport on "
        "Tuesday, a week after she led a team of six foreign climbers to the summit of Mount "
        "Everest, her ninth ascent of the world's highest mountain. Sherpa, 38, is one of only a "
        "handful of women working as lead guides on the mountain, a job long held almost entirely "
        "by men. Her expedition began on April 4, when she and her clients flew from Kathmandu to "
        "Lukla, the small mountain airstrip that is the gateway to the region. They trekked for "
        "four days up the Khumbu valley to Namche Bazaar, where they spent three days getting "
        "used to the thin air, and reached base camp on April 17. After weeks of training climbs, "
        "the team left the highest camp shortly before midnight on May 19 and stood on the summit "
        'of Everest at 6:10 a.m. on May 20, under clear skies and with little wind. "I had time '
        'to look at the whole Himalaya and think of my mother," Sherpa said. The team climbed '
        "down to base camp over the next two days and was flown out by helicopter on Tuesday "
        "morning straight to Kathmandu. More than 450 climbers were given permits for Everest "
        "this spring.",
        date(2025, 5, 27),
        (
            "Kathmandu|Kāthmāndu",
            "Lukla",
            "Namche Bazaar|Namche Bazar|Nāmche Bāzār|Namche",
            "Mount Everest|Everest|Sagarmatha|Chomolungma|Qomolangma Feng",
            "Kathmandu|Kāthmāndu",
        ),
        ((27.70, 85.32),),
        actor="Phurba Yangji Sherpa",
    ),
    Case(
        "north_korean_defector_reaches_seoul_flashback_in_the_pluperfect",
        "North Korean woman reaches Seoul after escape through China and Thailand\n\n"
        "SEOUL, Oct 23 (Reuters) - A North Korean woman who fled her country 21 months ago "
        "arrived in Seoul on Thursday on a flight from Bangkok, ending a journey through three "
        "countries that she made on foot, by train and in the back of smugglers' cars, South "
        "Korea's unification ministry said. The woman, 29, who asked to be identified as Choi "
        "Song-mi to protect relatives still at home, had crossed the frozen Yalu River near "
        "Hyesan on a January night last year with the help of a broker her aunt had paid. She had "
        "spent ten months hiding in a flat in Shenyang, working in a restaurant kitchen to pay "
        "off her debt, and in November had travelled by train to Kunming, in southwestern China. "
        "There she had joined four other defectors, and a guide had led them on foot through the "
        "jungle across Laos to the Mekong, where a boat had taken them over the river into "
        "Thailand at night. They had given themselves up to police in Chiang Rai, as defectors "
        "usually do, and had been held for almost a year in an immigration detention centre in "
        'Bangkok while their papers were processed. "I did not believe it until the plane '
        'landed," Choi said in a statement released by the ministry. She will spend three months '
        "at a government resettlement centre before she is given a flat and a grant for job "
        "training.",
        date(2025, 10, 23),
        (
            "Hyesan|Hyesan-si|Hyesan-ŭp",
            "Shenyang|Mukden",
            "Kunming",
            "Chiang Rai",
            "Bangkok|Krung Thep|Krung Thep Maha Nakhon",
            "Seoul|Sŏul|Soul",
        ),
        (),
        actor="Choi Song-mi",
    ),
    Case(
        "nasa_astronaut_soyuz_landing_to_houston_second_mover",
        "NASA astronaut back in Houston after Soyuz landing on Kazakh steppe\n\n"
        "HOUSTON, April 24 (Reuters) - NASA astronaut Daniel Whitfield was back in Houston on "
        "Thursday, less than a day after a Russian Soyuz capsule brought him down from the "
        "International Space Station to the steppe of central Kazakhstan at the end of a 235-day "
        "mission. The capsule, carrying Whitfield and Russian cosmonauts Andrei Lebedev and Pavel "
        "Gorin, landed under its parachute southeast of the town of Zhezkazgan at 9:14 a.m. local "
        "time on Wednesday. Recovery teams lifted the three men out of the hatch and carried them "
        "to a medical tent, as returning crews are often unable to walk after months of "
        "weightlessness. Helicopters then flew the crew to Karaganda, where the men parted. "
        "Lebedev and Gorin boarded a Russian government plane to the Chkalovsky air base outside "
        "Moscow, on their way to the cosmonaut training centre at Star City, where they will "
        "spend several weeks in rehabilitation. Whitfield boarded a NASA jet that stopped to "
        "refuel overnight at Prestwick in Scotland before landing at Ellington Field in Houston "
        'early on Thursday, where his wife and two daughters were waiting on the tarmac. "The '
        'first thing I want is a long shower and a cheeseburger," Whitfield told NASA TV before '
        "leaving Karaganda. He will spend about 45 days in a rehabilitation programme at the "
        "Johnson Space Center.",
        date(2025, 4, 24),
        (
            "Zhezkazgan|Zhezqazghan|Jezqazğan|Dzhezkazgan|Jezkazgan",
            "Karaganda|Karagandy|Qaraghandy|Qarağandy",
            "Prestwick",
            "Houston",
        ),
        ((29.76, -95.37),),
        actor="Daniel Whitfield",
    ),
    Case(
        "spanish_prime_minister_west_africa_tour_background_places",
        "Spain's Sanchez ends West Africa tour in Dakar with migration deals\n\n"
        "DAKAR, Aug 29 (Reuters) - Spanish Prime Minister Pedro Sanchez held talks with "
        "Senegalese President Bassirou Diomaye Faye in Dakar on Friday, the last stop of a "
        "three-nation tour of West Africa aimed at slowing the flow of migrant boats to the "
        "Canary Islands. Sanchez left Madrid on Tuesday and flew first to Nouakchott, where he "
        "and Mauritanian President Mohamed Ould Ghazouani signed an agreement on seasonal work "
        "permits for Mauritanian farm labourers in Spain. On Wednesday he travelled to Banjul for "
        "a meeting with Gambian President Adama Barrow, and he arrived in Dakar on Thursday "
        "evening. More than 40,000 migrants reached the Canary Islands last year, many of them in "
        "wooden fishing boats that set out from the coasts of Senegal and Mauritania, and the "
        "small island of El Hierro has struggled to shelter the new arrivals. Brussels pledged "
        "210 million euros to Mauritania last year to tighten its border controls, and Rabat has "
        "received European money for similar patrols for years. Conservative opposition leaders "
        "in Madrid accused Sanchez of rewarding governments that fail to stop the departures. "
        '"Circular migration is good for Spain and good for Africa," Sanchez told reporters in '
        "Dakar. He is due to fly back to Madrid on Friday night.",
        date(2025, 8, 29),
        ("Madrid", "Nouakchott", "Banjul", "Dakar", "Madrid"),
        ((18.09, -15.98), (13.45, -16.58), (14.69, -17.44)),
        actor="Pedro Sanchez",
    ),
    Case(
        "teen_charity_run_across_ontario_ambiguous_names",
        "Teenager finishes charity run across southwestern Ontario\n\n"
        "TORONTO, June 14 (Reuters) - A 17-year-old high school runner reached Toronto's city "
        "hall on Saturday, ending a 370-km run across southwestern Ontario that raised more than "
        "C$120,000 for a children's cancer hospital, and was greeted by Mayor Olivia Chow in "
        "Nathan Phillips Square. Owen Mercer, whose younger sister was treated for leukaemia, set "
        "off from the riverfront in Windsor on May 31 and ran east along the old Highway 2, "
        "covering about 25 km a day. He reached Chatham on June 2 and London on June 6, where "
        "students from his old school ran the last few kilometres beside him. He stopped "
        "overnight in Woodstock on June 8 and ran through Paris, a small town on the Grand River, "
        'the next day. "People online keep asking how I got from London to Paris without crossing '
        'the English Channel," Mercer joked. He reached Hamilton on June 11, took a rest day '
        "there to ice a sore knee, and ran the last 70 km along the shore of Lake Ontario on "
        "Friday and Saturday. His sister, now 12, ran the final block with him.",
        date(2025, 6, 14),
        ("Windsor", "Chatham|Chatham-Kent", "London", "Woodstock", "Paris", "Hamilton", "Toronto"),
        ((43.65, -79.38),),
        actor="Owen Mercer",
    ),
    Case(
        "pope_leo_in_algiers_future_legs",
        "Pope Leo meets Algeria's Tebboune, will visit St Augustine's city\n\n"
        "ALGIERS, Nov 17 (Reuters) - Pope Leo XIV arrived in Algiers on Monday on the first visit "
        "by a pope to Algeria, a mostly Muslim country whose Catholic community numbers only a "
        "few thousand people. The pope flew from Rome on a chartered plane and was greeted at the "
        "airport by President Abdelmadjid Tebboune, who later received him for talks at the El "
        "Mouradia presidential palace. The two men spoke about migration, poverty and dialogue "
        "between Christians and Muslims, the Vatican said. Leo, the first pope from the "
        "Augustinian order, will celebrate Mass on Tuesday at the Basilica of Our Lady of Africa, "
        "which looks out over the bay of Algiers. On Wednesday he will fly east to Annaba, the "
        "city once known as Hippo, where Saint Augustine served as bishop for 34 years in the "
        "fourth and fifth centuries. He will pray at the basilica dedicated to the saint on a "
        "hill above the ruins of the ancient city. The pope is due to return to Rome on Thursday "
        'evening. "I come as a pilgrim to the land of Augustine," Leo told officials at the '
        "palace.",
        date(2025, 11, 17),
        (
            "Rome|Roma|Vatican City|Vatican",
            "Algiers|Alger|Al Jazā’ir|Algier|El Djazaïr",
            "Annaba|‘Annaba|Bône|Bone|Hippo|Hippo Regius",
            "Rome|Roma|Vatican City|Vatican",
        ),
        ((36.75, 3.06),),
        actor="Pope Leo XIV",
    ),
]

ROUTE_FAILS29: dict[str, str] = {
    "norway_christmas_tree_oslo_to_london_told_plainly": (
        "first run on 63dd8e8: routes [ship: Brevik > Immingham > London] meetings []"
    ),
    "north_korean_defector_reaches_seoul_flashback_in_the_pluperfect": (
        "first run on 63dd8e8: routes [Choi Song-mi: Shenyang > Kunming > Laos > Bangkok > "
        "Seoul] meetings []"
    ),
    "nasa_astronaut_soyuz_landing_to_houston_second_mover": (
        "first run on 63dd8e8: routes [Daniel Whitfield: Prestwick > Houston > Karaganda > "
        "Houston > Johnson; Andrei Lebedev: Moscow > Star City > Houston] meetings [Houston "
        "2025-04-24 ['Andrei Lebedev', 'Daniel Whitfield']]"
    ),
}
MEETING_FAILS29: dict[str, str] = {
    "nepali_guide_everest_summit_told_from_the_end": (
        "first run on 63dd8e8: routes [Yangji Sherpa: Kathmandu > Lukla > Namche Bazaar > Mount "
        "Everest > Kathmandu] meetings [Mount Everest 2025-05-20 ['Nepali guide', 'Yangji "
        "Sherpa']]"
    ),
    "spanish_prime_minister_west_africa_tour_background_places": (
        "first run on 63dd8e8: routes [Pedro Sanchez: Madrid > Nouakchott > Banjul > Dakar > "
        "Canary Islands > Madrid] meetings [Dakar 2025-08-29 ['Pedro Sanchez', 'Bassirou "
        "Diomaye Faye']; Madrid 2025-08-29 ['Pedro Sanchez', 'Bassirou Diomaye Faye']; Banjul "
        "2025-08-27 ['Adama Barrow', 'Pedro Sanchez']]"
    ),
    "teen_charity_run_across_ontario_ambiguous_names": (
        "first run on 63dd8e8: routes [Owen Mercer: Chatham > London > Woodstock > Paris > "
        "English Channel > Hamilton] meetings [Ontario 2025-06-14 ['Olivia Chow', 'high school "
        "runner', 'Teenager finishes charity']]"
    ),
}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS29, CASES29))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS29, CASES29))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
