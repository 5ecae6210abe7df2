"""Blind route batch 34: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS34 and MEETING_FAILS34."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 34: twelve articles written before the code was run on them. Stops and
# meetings were fixed before the first run (see test_routes_unseen for the scoring); the misses
# of the first run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, six told plainly in the order things happened (with dates
# where a journalist gives them) and six with one complication each. Plain: a Mexican dentist
# winning the Carrera Panamericana (a vintage road race named after no place) in a 1954
# Studebaker, from the main square of Oaxaca by Puebla, Queretaro (the lead taken on a timed
# stage), 'the road to Morelia', San Luis Potosi and a night in Zacatecas to Durango (the
# dateline), the Mixteca hills, the high plateau 'north of the capital' (a capital not named),
# the Sierra Madre and the Pan-American Highway as hills, a plateau, a range and a road, no
# meeting (her brother, the navigator, rides in the same car); a Polish opposition leader's
# six-day bus tour from Gdansk (flowers at the shipyard monument and talks with the head of the
# shipyard union, the meeting) by Olsztyn, Bialystok, Lublin and Rzeszow to a rally in Krakow's
# Main Market Square (the dateline), Warsaw named only in a quote and Poland as the country; a
# Ghanaian teenager's solo flight in a light aircraft, from Accra's Kotoka airport by two days
# of storms in Douala, a refuelling stop at Pointe-Noire, Luanda and a fuel pump replaced in
# Windhoek to Cape Town (the dateline), where her father waits on the apron (the meeting), the
# Gulf of Guinea, the coast and the Namib desert followed or crossed, Africa and South Africa as
# summaries (the plane to be sold there, no journey of hers); two Dene women paddling a canoe
# down the Mackenzie River from the town of Hay River (a town named after a river, 'the town
# of' said) across the end of Great Slave Lake to Fort Providence, four days in Fort Simpson,
# two days on a gravel bar 'just below Wrigley', Tulita, Norman Wells and Fort Good Hope to
# Inuvik (the dateline), the Liard River, the Arctic Circle and the delta as a river, a circle
# of latitude and a region, Yellowknife only where the recordings will go, no meeting (the
# niece paddles the same canoe; the first named is the mover); a 280-tonne transformer (an
# object as the mover) hauled at night from the port of Townsville by two nights parked
# outside Charters Towers, Hughenden, a day of wind at Julia Creek and the main street of
# Cloncurry to Mount Isa (the dateline), the Flinders Highway and the Burdekin River as a road
# and a river, Queensland as a state and 'a South Korean company' as a nationality, no
# meeting; a 76-year-old Japanese retired nurse walking the Te Araroa trail from the lighthouse
# at Cape Reinga (a cape that is her starting point) by a week in Auckland, Wellington, the
# ferry across Cook Strait to Picton, a week in Queenstown and 'walked through Invercargill' to
# the signpost at Bluff (the dateline), where her son waits with flowers (the meeting), the
# North Island and the South Island as islands, Japan and a home not named as her origin.
# With one complication: told from the end, an Icelandic midwife's run round the Ring Road, the
# lede at the finish outside the Harpa concert hall in Reykjavik (the dateline), where her
# three children wait (the meeting), then from the start at the same spot in Reykjavik by
# Borgarnes, Akureyri, Egilsstadir, Hofn and Vik and 'through Selfoss' back to Reykjavik, the
# Ring Road a highway, the Vatnajokull glacier and the south coast landmarks, the wire's ASCII
# spellings with the Icelandic names accepted; a flashback in the pluperfect, a Japanese
# backpacker recovering in a La Paz hospital (the dateline) with his brother at his bedside (the
# meeting), his trip told after the rescue: flown from Tokyo to La Paz 'changing planes in
# Lima', a week in La Paz, a bus to Rurrenabaque, eleven days lost in the forest of the Madidi
# National Park (a park, no stop), found on the bank of the Tuichi River (a river, no stop) and
# flown out by helicopter to La Paz, Bolivia as the country; a second mover, an Omani captain
# sailing a dhow from the port of Sur by four days in Salalah, Lamu and a week in Mombasa to
# Zanzibar (the dateline), while a sailor who breaks his wrist in Salalah is flown to Muscat and
# home to Sohar, which are no stops of the captain, Oman (the country left), Somalia (a coast
# kept 300 km off), Arabia and East Africa as countries and regions, no meeting (boat builders
# coming aboard are none); background places, the mayor of Hiroshima on a tour of the United
# States and Europe, flown from Hiroshima to Tokyo and on to New York (the U.N.
# Secretary-General, a meeting), Geneva (diplomats at the Conference on Disarmament) and Vienna
# (the dateline, talks with the head of the IAEA, a meeting), due to fly home to Hiroshima, with
# Washington and Moscow (their treaty), Beijing (warheads), North Korea and Punggye-ri (a test in
# 2017), 'Three days after Hiroshima in 1945' (the bombing as an event), Nagasaki and Oslo (the
# Nobel prize) as background; ambiguous names, a Swiss widow walking the 88-temple pilgrimage
# of Shikoku from the first temple in Naruto (a town better known abroad as a cartoon ninja's
# name) through Tokushima, two storm days in the fishing town of Muroto (Cape Muroto a cape
# beside it), Kochi (with 'Kochi in India' in a quote) and Uwajima to three days in Matsuyama
# and the last temple above Sanuki (the dateline, with 'Sanuki udon' a noodle), Shikoku, the
# Pacific coast and the Inland Sea as an island, a coast and a sea, no meeting; future legs, a
# Nigerian Afrobeats singer on her first world tour, flown from Lagos to London (the opening at
# the O2 Arena), New York (two nights at Madison Square Garden, a venue holding a town's name)
# and Atlanta (the dateline, State Farm Arena), due to fly to Houston and on to Toronto and to
# return to Lagos for a Christmas concert at the Eko Hotel, Lagos named again in a quote and the
# Atlantic crossed, no meeting (crowds are none).
# Decisions (as in batches 17-33): a country, state, province, territory, island or region
# named beside a town is no extra stop (Mexico, Poland, Northwest Territories, Canada, Australia,
# Queensland, New Zealand, Japan, Bolivia, Oman, Tanzania, Shikoku, India), nor a country named
# only in a nationality or an adjective (Mexican, Polish, Ghanaian, African, South Korean,
# Japanese, Icelandic, Omani, Swiss, Nigerian, Western); a venue is its town (the main square of
# Oaxaca, the shipyard monument in Gdansk, the Main Market Square in Krakow, the university in
# Rzeszow, Kotoka airport in Accra, Cape Town International Airport, the port of Townsville, the
# main street of Cloncurry, the lighthouse at Cape Reinga, the signpost at Bluff, the Harpa
# concert hall in Reykjavik, a La Paz hospital, the old harbour of Zanzibar, the IAEA's
# headquarters in Vienna, Ryozenji temple in Naruto, Okuboji temple above Sanuki, the O2 Arena
# in London, Madison Square Garden in New York, State Farm Arena in Atlanta); a town passed,
# stopped at or reached near on the way is a stop ('landed at Pointe-Noire to refuel', 'a
# gravel bar ... just below Wrigley', 'parked outside Charters Towers', 'walked through
# Invercargill', 'through Selfoss', 'changing planes in Lima'), and a cape named as the start
# of a walk is one too (Cape Reinga), but a sea, strait, gulf, lake, river, desert, glacier,
# cape passed, park, range, plateau, highway or region crossed, followed or named in a summary is
# none (the Mixteca, the Sierra Madre, the Pan-American Highway, the Gulf of Guinea, the Namib
# desert, Great Slave Lake, the Mackenzie and the Liard, the Arctic Circle, the delta, the
# Burdekin River, the Flinders Highway, Cook Strait, the North and South Islands, the Ring Road,
# the Vatnajokull glacier, the Madidi National Park, the Tuichi River, Cape Muroto, the Pacific
# coast, the Inland Sea, the Atlantic); the place a mover sets out from is the first stop even
# when the lede names only the end ('set off from the main square of Oaxaca', 'set off from
# Gdansk', 'took off from Accra's Kotoka airport', 'pushed off from the town of Hay River',
# 'left the port' of Townsville, 'set out from the lighthouse at Cape Reinga', 'left Reykjavik',
# 'had flown from Tokyo', 'left the port of Sur', 'flew from Hiroshima', 'set off ... from
# Ryozenji ... in Naruto', 'flew from Lagos'); a stop visited twice is listed twice (Reykjavik,
# La Paz, Hiroshima, Lagos), but a town named twice in one stay is one stop (Durango, Krakow,
# Luanda, Cape Town, Inuvik, Mount Isa, Bluff, Salalah, Zanzibar, Vienna, Kochi, Sanuki,
# Atlanta); planned legs stated as plans are stops ('He flies home to Hiroshima on Friday',
# 'She will fly to Houston ... and on to Toronto ... before returning to Lagos'), but a stay or
# an event to come where the mover already is, is none (the festival of boats in Zanzibar, the
# transformer lifted onto its base, another week in hospital in La Paz, the Christmas concert's
# hotel in Lagos), and a home not named is none (the walker's 'left home in September'); the
# places of another mover (the sailor's Muscat and Sohar, the recordings' Yellowknife, the
# plane to be sold in South Africa) and places named only as background, history or in a quote
# (Warsaw, Washington, Moscow, Beijing, North Korea, Punggye-ri, Nagasaki, Oslo, the bombing of
# Hiroshima, Kochi in India, Lagos in the singer's quote, Somalia, Arabia, East Africa) are no
# stops. The dateline is a stop in every article of this batch.
# Talks between a politician and a union leader, between a mayor and the U.N.
# Secretary-General or the head of the IAEA, and a family waiting for a traveller (a father on
# an apron, a son at a signpost, children at a finish line, a brother at a hospital bedside)
# are meetings; meetings not listed are not required (the diplomats in Geneva), and finding
# them is no error. Crowds, rallies, students, fruit farmers, a drum dance, police escorts,
# schoolchildren, boat builders, a navigator, a niece in the same canoe, park rangers, an
# interpreter, friends in Auckland and concert audiences are no meetings, and there is none for
# the racing driver, the canoeist, the transformer, the dhow captain, the pilgrim and the
# singer.
# Stop spellings accept the GeoNames names, plain ASCII and common variants, every common
# spelling of each stop offered ('Oaxaca|Oaxaca de Juárez', 'Puebla|Heroica Puebla de Zaragoza',
# 'Querétaro|Queretaro|Santiago de Querétaro', 'San Luis Potosí|San Luis Potosi',
# 'Durango|Victoria de Durango', 'Gdańsk|Gdansk|Danzig', 'Białystok|Bialystok',
# 'Rzeszów|Rzeszow', 'Kraków|Krakow|Cracow', 'Pointe-Noire|Pointe Noire', 'Tulita|Fort Norman',
# 'Cape Reinga|Te Rerenga Wairua', 'Reykjavík|Reykjavik', 'Egilsstaðir|Egilsstadir',
# 'Höfn|Hofn|Höfn í Hornafirði', 'Vík|Vik|Vík í Mýrdal', 'Tokyo|Tōkyō|Tokio', 'La Paz|Nuestra
# Señora de La Paz', 'Sur|Şūr|Sūr', 'Salalah|Şalālah|Salālah', 'Zanzibar|Zanzibar City|Stone
# Town', 'Hiroshima|Hiroshima-shi', 'New York|New York City', 'Geneva|Genève|Genf',
# 'Vienna|Wien', 'Naruto|Naruto-shi', 'Kōchi|Kochi|Kōchi-shi', 'Matsuyama|Matsuyama-shi',
# 'Sanuki|Sanuki-shi').
CASES34 = [
    Case(
        "carrera_panamericana_oaxaca_to_durango_told_plainly",
        "Mexican dentist wins Carrera Panamericana in a 1954 Studebaker\n\n"
        "DURANGO, Mexico, Oct 24 (Reuters) - Mariana Villaseñor became the first woman to win "
        "the Carrera Panamericana outright on Friday, driving a 1954 Studebaker into Durango "
        "after seven days and more than 3,000 km of closed mountain roads. Villaseñor, 44, a "
        "dentist who races with her brother Jorge as navigator, set off from the main square of "
        "Oaxaca on Oct 18 among 70 vintage cars. The field climbed through the Mixteca hills to "
        "Puebla that evening, and on Sunday it crossed the high plateau north of the capital to "
        "Querétaro, where Villaseñor took the lead on a timed stage through the canyons. A "
        "broken fan belt cost her eight minutes on the road to Morelia on Monday, but she won "
        "both stages into San Luis Potosí on Tuesday. On Wednesday night the cars were parked in "
        "the colonial centre of Zacatecas, and on Thursday and Friday the last stages wound "
        'through the Sierra Madre to Durango, where thousands of people lined the streets. "The '
        'car is older than my father, and it never complained once," she said. The race, first '
        "run in 1950 to mark the opening of the Mexican stretch of the Pan-American Highway, was "
        "stopped after a string of deadly crashes in 1954 and revived in 1988.",
        date(2025, 10, 24),
        (
            "Oaxaca|Oaxaca de Juárez|Oaxaca de Juarez",
            "Puebla|Heroica Puebla de Zaragoza|Puebla de Zaragoza",
            "Querétaro|Queretaro|Santiago de Querétaro|Santiago de Queretaro",
            "Morelia",
            "San Luis Potosí|San Luis Potosi",
            "Zacatecas",
            "Durango|Victoria de Durango",
        ),
        (),
        actor="Mariana Villaseñor",
    ),
    Case(
        "polish_opposition_bus_tour_gdansk_to_krakow_told_plainly",
        "Polish opposition leader ends bus tour of eastern Poland in Krakow\n\n"
        "KRAKOW, Poland, Sept 19 (Reuters) - Polish opposition leader Tomasz Wierzbicki ended a "
        "six-day bus tour of the country's north and east in Krakow on Friday, telling a rally in "
        "the Main Market Square that his party had gathered more than 600,000 signatures for a "
        "referendum on housing costs. Wierzbicki, 47, who leads the small centre-right Home and "
        "Work party, set off from Gdansk on Sunday, where he laid flowers at the monument to the "
        "shipyard workers killed in 1970 and held talks with the head of the shipyard trade "
        "union, Marek Kowal. On Monday the campaign bus drove to Olsztyn, and on Tuesday it "
        "reached Bialystok, where about 2,000 people stood in heavy rain to hear him. He spent "
        "Wednesday in Lublin, visiting fruit farmers whose orchards were hit by a late frost, and "
        'on Thursday he answered questions from students at the university in Rzeszow. "In Warsaw '
        'they talk about Poland. Out here people talk about rent," Wierzbicki said. Opinion polls '
        "put his party at about 6 percent, just above the threshold to enter parliament. The "
        "petition must be handed to the speaker of the lower house by the end of October.",
        date(2025, 9, 19),
        (
            "Gdańsk|Gdansk|Danzig",
            "Olsztyn|Allenstein",
            "Białystok|Bialystok|Belostok",
            "Lublin",
            "Rzeszów|Rzeszow",
            "Kraków|Krakow|Cracow|Krakau",
        ),
        ((54.35, 18.65),),
        actor="Tomasz Wierzbicki",
    ),
    Case(
        "ghanaian_pilot_accra_to_cape_town_told_plainly",
        "Ghanaian teenager lands in Cape Town after solo flight down Africa's west coast\n\n"
        "CAPE TOWN, Aug 14 (AFP) - A 19-year-old Ghanaian pilot, Abena Owusu, landed a four-seat "
        "light aircraft in Cape Town on Thursday at the end of a solo flight of more than 6,000 "
        "km from Accra that she hopes will persuade more African girls to learn to fly. Owusu, "
        "who earned her licence at a flying school run by a charity, took off from Accra's Kotoka "
        "airport on Aug 4 and flew along the Gulf of Guinea to Douala, where storms kept her on "
        "the ground for two days. On Aug 7 she landed at Pointe-Noire to refuel and flew on to "
        "Luanda the same afternoon. From Luanda she followed the coast south and crossed the "
        "Namib desert to Windhoek on Aug 9, and engineers there replaced a faulty fuel pump on "
        "Monday and Tuesday. Her father, Kwaku Owusu, a retired air force mechanic, was waiting "
        "on the apron at Cape Town International Airport and hugged her as she climbed down from "
        'the wing. "He taught me to fix engines before he taught me to drive," she said. Fewer '
        "than 5 percent of licensed pilots in Africa are women, according to industry groups. The "
        "aircraft, lent by a businessman, will be sold in South Africa to pay for the trip.",
        date(2025, 8, 14),
        (
            "Accra",
            "Douala",
            "Pointe-Noire|Pointe Noire",
            "Luanda",
            "Windhoek|Windhuk",
            "Cape Town|Kaapstad|Kapstadt",
        ),
        ((-33.93, 18.42),),
        actor="Abena Owusu",
    ),
    Case(
        "canoe_down_the_mackenzie_hay_river_to_inuvik_told_plainly",
        "Two women finish 1,600-km canoe trip down the Mackenzie to record elders' stories\n\n"
        "INUVIK, Northwest Territories, Aug 8 (AP) - Two Dene women paddled a cedar-strip canoe "
        "into Inuvik on Friday at the end of a 1,600-km trip down the Mackenzie River, Canada's "
        "longest, which they made to record the stories of elders in the villages along its "
        "banks. Shirley Tsetso, 52, a teacher, and her niece Dana Kotchea, 24, pushed off from "
        "the town of Hay River on the south shore of Great Slave Lake on July 2 and crossed the "
        "western end of the lake to Fort Providence, where the river begins its run north. They "
        "spent four days in Fort Simpson, where the Liard River joins the Mackenzie, talking to "
        "elders who remember when all goods came by barge. Smoke from wildfires kept them on a "
        "gravel bar for two days just below Wrigley, and on July 22 they reached Tulita. In "
        "Norman Wells they had a cracked paddle repaired, and on July 30 they were welcomed with "
        "a drum dance at Fort Good Hope. They crossed the Arctic Circle on Aug 2 and spent the "
        'last days in the maze of channels of the delta. "The river is lower than any elder can '
        'remember, and every one of them told us so," Tsetso said. The recordings will be given '
        "to a language school in Yellowknife.",
        date(2025, 8, 8),
        (
            "Hay River",
            "Fort Providence",
            "Fort Simpson",
            "Wrigley",
            "Tulita|Fort Norman",
            "Norman Wells",
            "Fort Good Hope",
            "Inuvik",
        ),
        (),
        actor="Shirley Tsetso",
    ),
    Case(
        "transformer_townsville_to_mount_isa_told_plainly",
        "Giant transformer reaches Mount Isa after 11 nights on the road\n\n"
        "MOUNT ISA, Australia, June 12 (AP) - A 280-tonne electrical transformer rolled into "
        "Mount Isa on Thursday after an 11-night, 900-km journey from the coast on a trailer with "
        "144 wheels, the heaviest load ever moved along the Flinders Highway, Queensland road "
        "officials said. The transformer, made by a South Korean company for the mining town's "
        "new power substation, was lifted off a ship in the port of Townsville on May 30 and left "
        "the port on the night of June 1, escorted by police cars and by crews who raised power "
        "lines out of its way. It travelled only at night, at about 20 km per hour. The convoy "
        "spent two nights parked outside Charters Towers while engineers checked a bridge over "
        "the Burdekin River, and on June 5 it reached Hughenden, where schoolchildren were let "
        "out of class to watch it pass. Strong winds held it at Julia Creek for a day, and on "
        'Tuesday night it crept through the main street of Cloncurry. "We plan every metre of it, '
        'and then a kangaroo jumps out in front of you," said convoy manager Darren Mills. The '
        "transformer will be lifted onto its base next week.",
        date(2025, 6, 12),
        (
            "Townsville",
            "Charters Towers",
            "Hughenden",
            "Julia Creek",
            "Cloncurry",
            "Mount Isa",
        ),
        (),
        actor="transformer",
    ),
    Case(
        "walker_cape_reinga_to_bluff_told_plainly",
        "Japanese walker, 76, finishes trek down the length of New Zealand\n\n"
        "BLUFF, New Zealand, March 6 (AP) - Michiko Arai, a 76-year-old retired nurse from Japan, "
        "reached the signpost at Bluff on Thursday after walking 3,000 km down the length of New "
        "Zealand in five months, and found her son waiting for her there with a bunch of flowers. "
        "Arai set out from the lighthouse at Cape Reinga, at the northern tip of the North "
        "Island, on Oct 4 and followed the Te Araroa trail south along beaches, farm tracks and "
        "forest paths. She reached Auckland at the end of October and rested there for a week "
        "with friends, then walked through the farmland and the volcanic plateau of the central "
        "North Island and arrived in Wellington on Dec 20. After Christmas she crossed Cook "
        "Strait by ferry to Picton and walked south over the mountains of the South Island, where "
        "a flooded river held her up for three days. On Feb 14 she reached Queenstown and rested "
        'her knees for a week, and on Wednesday she walked through Invercargill. "Every morning '
        'my body said no and my feet said yes," Arai said. Her son, Kenji, had not seen her since '
        "she left home in September. About 600 people walk the whole trail each year.",
        date(2025, 3, 6),
        (
            "Cape Reinga|Te Rerenga Wairua",
            "Auckland",
            "Wellington",
            "Picton",
            "Queenstown",
            "Invercargill",
            "Bluff",
        ),
        ((-46.60, 168.35),),
        actor="Michiko Arai",
    ),
    Case(
        "ring_road_runner_reykjavik_told_from_the_end",
        "Icelandic midwife runs 1,330 km around the island's Ring Road\n\n"
        "REYKJAVIK, July 3 (Reuters) - Icelandic ultrarunner Sigrun Haraldsdottir crossed the "
        "finish line outside the Harpa concert hall in Reykjavik on Thursday evening, where her "
        "three children were waiting for her with a banner, 16 days after she set off to run the "
        "full length of the Ring Road, the highway that circles the island. Haraldsdottir, 45, a "
        "midwife, left Reykjavik from the same spot outside the concert hall on June 17, "
        "Iceland's national day, and spent her first night in Borgarnes. She ran north across the "
        "windswept heaths to Akureyri, where she rested with badly blistered feet on June 23. On "
        "June 26 she reached Egilsstadir in the east, and two days later she ran down the fjords "
        "to Hofn, where the Vatnajokull glacier comes almost down to the road. Sandstorms on the "
        "black plains of the south coast slowed her to a walk, and she spent the night of July 1 "
        'in Vik before running the last 190 km through Selfoss without sleeping. "The wind was '
        'against me for about 1,300 of the 1,330 kilometres," she said. The run raised 14 million '
        "kronur for a children's cancer charity.",
        date(2025, 7, 3),
        (
            "Reykjavík|Reykjavik",
            "Borgarnes",
            "Akureyri",
            "Egilsstaðir|Egilsstadir",
            "Höfn|Hofn|Höfn í Hornafirði|Hofn i Hornafirdi",
            "Vík|Vik|Vík í Mýrdal|Vik i Myrdal",
            "Selfoss",
            "Reykjavík|Reykjavik",
        ),
        ((64.15, -21.94),),
        actor="Sigrun Haraldsdottir",
    ),
    Case(
        "backpacker_lost_in_bolivia_flashback",
        "Japanese backpacker recovering after 11 days lost in Bolivian rainforest\n\n"
        "LA PAZ, Feb 27 (AFP) - A Japanese backpacker who survived 11 days lost in the rainforest "
        "of northern Bolivia was recovering in a La Paz hospital on Thursday, with his older "
        "brother at his bedside, doctors said. Daiki Morimoto, 27, had flown from Tokyo to La Paz "
        "on Jan 30, changing planes in Lima, and had spent a week in the city getting used to the "
        "altitude. On Feb 7 he had taken a bus down the mountain road to Rurrenabaque, the "
        "gateway to the Madidi National Park, and two days later he had walked alone into the "
        "forest on a trail that guides say should never be tried without them. He had lost the "
        "path in a storm on the first night. For ten days he had eaten wild fruit and drunk from "
        "streams, and he had been stung so often by wasps that his face was swollen when park "
        "rangers found him on Feb 20 on the bank of the Tuichi River. An air force helicopter had "
        'flown him out of the forest to La Paz the same night. "I thought I knew how to read a '
        'forest. I did not," Morimoto told reporters through an interpreter. Doctors said he '
        "would stay in hospital for at least another week.",
        date(2025, 2, 27),
        (
            "Tokyo|Tōkyō|Tokio",
            "Lima",
            "La Paz|Nuestra Señora de La Paz",
            "Rurrenabaque",
            "La Paz|Nuestra Señora de La Paz",
        ),
        ((-16.50, -68.15),),
        actor="Daiki Morimoto",
    ),
    Case(
        "omani_dhow_sur_to_zanzibar_second_mover",
        "Omani dhow reaches Zanzibar under sail on old monsoon route\n\n"
        "ZANZIBAR, Tanzania, Dec 20 (Reuters) - A wooden Omani dhow sailed into the old harbour "
        "of Zanzibar on Saturday, 38 days after leaving Oman, having retraced without an engine "
        "the monsoon route that for centuries carried dates, cloth and slaves between Arabia and "
        "East Africa. Captain Salim al-Araimi, 61, who learned to sail from his grandfather, left "
        "the port of Sur with a crew of 11 on Nov 12 and sailed south-west along the coast to "
        "Salalah, where the crew spent four days mending a torn mainsail. One of the sailors, "
        "Hamad al-Ghailani, broke his wrist in a fall in Salalah and was flown to Muscat for "
        "surgery, and from there he flew home to Sohar to recover. From Salalah the dhow kept 300 "
        "km off the coast of Somalia because of the risk of pirates, and on Dec 5 it reached "
        "Lamu, where boat builders came aboard to study its hull. The crew spent a week in "
        'Mombasa taking on water and food before the last leg south. "The wind does not care '
        'about our calendar," al-Araimi said. The dhow will stay in Zanzibar until a festival of '
        "traditional boats in January.",
        date(2025, 12, 20),
        (
            "Sur|Şūr|Sūr",
            "Salalah|Şalālah|Salālah",
            "Lamu",
            "Mombasa",
            "Zanzibar|Zanzibar City|Stone Town",
        ),
        (),
        actor="Salim al-Araimi",
    ),
    Case(
        "hiroshima_mayor_new_york_to_vienna_background_places",
        "Hiroshima mayor ends U.S. and European tour with call for arms talks\n\n"
        "VIENNA, Sept 24 (Reuters) - Hiroshima Mayor Takeshi Nakano ended a 10-day tour of the "
        "United States and Europe in Vienna on Wednesday with talks with Rafael Grossi, the head "
        "of the International Atomic Energy Agency, at the agency's headquarters, urging "
        "nuclear-armed states to return to arms control talks 80 years after the bombing of his "
        "city. Nakano flew from Hiroshima to Tokyo on Sept 14 and on to New York, where he "
        "addressed a U.N. conference and met Secretary-General Antonio Guterres on Sept 17. On "
        "Sept 21 he flew to Geneva to meet diplomats at the Conference on Disarmament. The last "
        "treaty limiting the arsenals of Washington and Moscow expires in February, and Beijing "
        "is building warheads faster than any other country, according to Western estimates. "
        "North Korea last tested a nuclear bomb in 2017, at Punggye-ri. Three days after "
        "Hiroshima in 1945, a second bomb destroyed much of Nagasaki, whose mayor joined "
        "survivors in Oslo last December when their group, Nihon Hidankyo, received the Nobel "
        'Peace Prize. "The survivors are now in their late eighties. We are running out of '
        'witnesses," Nakano said. He flies home to Hiroshima on Friday.',
        date(2025, 9, 24),
        (
            "Hiroshima|Hiroshima-shi",
            "Tokyo|Tōkyō|Tokio",
            "New York|New York City|NYC",
            "Geneva|Genève|Geneve|Genf|Ginevra",
            "Vienna|Wien",
            "Hiroshima|Hiroshima-shi",
        ),
        ((40.75, -73.97), (48.21, 16.37)),
        actor="Takeshi Nakano",
    ),
    Case(
        "shikoku_pilgrim_naruto_to_sanuki_ambiguous_names",
        "Swiss widow, 71, completes Shikoku's 88-temple pilgrimage on foot\n\n"
        "SANUKI, Japan, May 2 (AFP) - A 71-year-old Swiss widow rang the bell at Okuboji temple "
        "in the hills above Sanuki on Friday, the last of the 88 temples of the Shikoku "
        "pilgrimage, after walking 1,200 km around Japan's fourth-largest island in 46 days. "
        "Ursula Brunner, a retired pharmacist, set off on March 17 from Ryozenji, the first "
        "temple, in Naruto, a town that most young foreigners know only as the name of a cartoon "
        "ninja. She walked through Tokushima and down the Pacific coast to Cape Muroto, where a "
        "storm kept her for two days in the fishing town of Muroto, and she reached Kochi on "
        'April 3. "My grandchildren kept asking me how India was. Kochi in India is 7,000 km '
        'away, but the name is the same," Brunner said. From Kochi she walked west along the '
        "southern coast to Uwajima and then north to Matsuyama, where she rested for three days, "
        "before turning east along the Inland Sea. Pilgrims traditionally walk in white with a "
        "wooden staff, and many people along the way still offer them food and tea. Sanuki is "
        "better known abroad for its thick Sanuki udon noodles than for its temples.",
        date(2025, 5, 2),
        (
            "Naruto|Naruto-shi|Naruto-chō|Naruto-cho",
            "Tokushima|Tokushima-shi",
            "Muroto|Muroto-shi|Murotomisaki|Muroto-misaki",
            "Kōchi|Kochi|Kōchi-shi|Kochi-shi",
            "Uwajima|Uwajima-shi",
            "Matsuyama|Matsuyama-shi",
            "Sanuki|Sanuki-shi",
        ),
        (),
        actor="Ursula Brunner",
    ),
    Case(
        "afrobeats_singer_world_tour_future_legs",
        "Nigerian star Ayomide Bankole brings world tour to Atlanta\n\n"
        "ATLANTA, Nov 9 (AP) - Nigerian Afrobeats singer Ayomide Bankole played to a sold-out "
        "crowd of 21,000 at State Farm Arena in Atlanta on Saturday night, the third stop of her "
        "first world tour. Bankole, 27, flew from Lagos to London for the opening concert at the "
        "O2 Arena on Oct 30 and then crossed the Atlantic to play two nights at Madison Square "
        'Garden in New York on Nov 4 and 5. "In Lagos we sing like this at every wedding. Here '
        'they paid for tickets," she told the crowd in Atlanta. Her second album has been '
        "streamed more than 900 million times, and last year she became the first African woman "
        "to top the Billboard Afrobeats chart for 20 weeks in a row. She will fly to Houston for "
        "a concert on Tuesday and on to Toronto on Friday before returning to Lagos, where she "
        "plans a Christmas Day concert at the Eko Hotel.",
        date(2025, 11, 9),
        (
            "Lagos",
            "London",
            "New York|New York City|NYC",
            "Atlanta",
            "Houston",
            "Toronto",
            "Lagos",
        ),
        (),
        actor="Ayomide Bankole",
    ),
]

ROUTE_FAILS34: dict[str, str] = {
    "carrera_panamericana_oaxaca_to_durango_told_plainly": (
        "first run (ad13ae6): routes [Mariana Villaseñor: Oaxaca > Puebla > Querétaro > San "
        "Luis Potosí > Sierra Madre > Durango] meetings []"
    ),
    "polish_opposition_bus_tour_gdansk_to_krakow_told_plainly": (
        "first run (ad13ae6): routes [Tomasz Wierzbicki: Gdansk > Olsztyn > Bialystok > Lublin "
        "> Krakow > Warsaw] meetings [Gdańsk None ['Tomasz Wierzbicki']; Warsaw None ['Tomasz "
        "Wierzbicki']]"
    ),
    "canoe_down_the_mackenzie_hay_river_to_inuvik_told_plainly": (
        "first run (ad13ae6): routes [Shirley Tsetso: Hay River > Fort Good Hope; Wrigley: "
        "Norman Wells > Fort Good Hope] meetings [Fort Good Hope 2025-07-30 ['Wrigley', "
        "'Shirley Tsetso']]"
    ),
    "walker_cape_reinga_to_bluff_told_plainly": (
        "first run (ad13ae6): routes [Michiko Arai: Auckland > Wellington > Picton > Queenstown "
        "> Invercargill > Bluff] meetings [Bluff 2025-03-06 ['Michiko Arai']]"
    ),
    "omani_dhow_sur_to_zanzibar_second_mover": (
        "first run (ad13ae6): routes [Hamad al-Ghailani: Salalah > Somalia > Muscat > Sohar > "
        "Lamu; Salim al-Araimi: Sur > Salalah] meetings []"
    ),
    "hiroshima_mayor_new_york_to_vienna_background_places": (
        "first run (ad13ae6): routes [Takeshi Nakano: Hiroshima > Tokyo > Geneva > Vienna > "
        "Hiroshima] meetings [Vienna 2025-09-24 ['Takeshi Nakano', 'Rafael Grossi']; Geneva "
        "2025-09-21 ['Takeshi Nakano', 'Antonio Guterres']]"
    ),
    "shikoku_pilgrim_naruto_to_sanuki_ambiguous_names": (
        "first run (ad13ae6): routes [Ursula Brunner: Naruto > Tokushima > Muroto > Kochi > "
        "Uwajima] meetings []"
    ),
}
MEETING_FAILS34: dict[str, str] = {
    "canoe_down_the_mackenzie_hay_river_to_inuvik_told_plainly": (
        "first run (ad13ae6): routes [Shirley Tsetso: Hay River > Fort Good Hope; Wrigley: "
        "Norman Wells > Fort Good Hope] meetings [Fort Good Hope 2025-07-30 ['Wrigley', "
        "'Shirley Tsetso']]"
    ),
    "backpacker_lost_in_bolivia_flashback": (
        "first run (ad13ae6): routes [Daiki Morimoto: Tokyo > La Paz > Lima > Rurrenabaque > La "
        "Paz] meetings []"
    ),
    "hiroshima_mayor_new_york_to_vienna_background_places": (
        "first run (ad13ae6): routes [Takeshi Nakano: Hiroshima > Tokyo > Geneva > Vienna > "
        "Hiroshima] meetings [Vienna 2025-09-24 ['Takeshi Nakano', 'Rafael Grossi']; Geneva "
        "2025-09-21 ['Takeshi Nakano', 'Antonio Guterres']]"
    ),
}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS34, CASES34))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS34, CASES34))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
