"""Blind route batch 25: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS25 and MEETING_FAILS25."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 25: twelve articles written before the code was run on them. Stops and
# meetings were fixed before the first run (see test_routes_unseen for the scoring); the
# misses of the first run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, six told plainly in the order things happened (with dates
# where a journalist gives them) and six with one complication each. Plain: an Irish
# great-grandmother of 84 walking the Way of St James from Saint-Jean-Pied-de-Port over the
# Pyrenees to Roncesvalles and by Pamplona, Logroño, Burgos and León to Santiago de Compostela
# (the dateline), the French Basque country, the Rioja wine country and Galicia as regions and
# a home never named; the Olympic flame (an object as the mover) lit at Olympia, run to Athens,
# flown to Rome and carried south to Naples, by ferry to Palermo, up to Venice and Cortina
# d'Ampezzo and into Milan (the dateline), the Adriatic coast, the Grand Canal, the Dolomites
# and Lombardy as summaries; a battery-hybrid coastal express ship (a vessel as the mover) on
# its maiden voyage from Bergen by Ålesund, Trondheim, Bodø, Svolvær (in the Lofoten islands),
# Tromsø and Hammerfest to Kirkenes (the dateline), the Arctic Circle crossed and the Barents
# Sea coast followed; an African Union envoy's shuttle for Sudan, Addis Ababa to Port Sudan
# (talks with the army chief), Cairo (the Egyptian foreign minister), Jeddah (the Saudi deputy
# foreign minister), Nairobi (a delegation of the Rapid Support Forces) and back to Addis Ababa
# (the dateline), four meetings; an Eritrean rider winning the Tour du Rwanda, a race named
# after its country, from the time trial in Kigali by the stage towns Huye (once Butare),
# Rusizi, Rubavu and Musanze back to Kigali (the dateline), the Nyungwe forest, Lake Kivu and
# the Virunga volcanoes as landmarks and 'the Mur de Kigali' as a climb inside the city; a
# giant panda trucked from the Dujiangyan panda base to Chengdu, flown by a refuelling stop in
# Anchorage to Memphis (the dateline), Sichuan and southwestern China as containers.
# With one complication: told from the finish, a Yukon musher's win of the Yukon Quest, the
# lede under the arch in Fairbanks (the dateline), where her partner and daughters wait (the
# meeting), then from the start in Whitehorse by Carmacks, Pelly Crossing, Dawson City and
# Eagle (a common word) to Fairbanks, the Yukon River followed and Alaska crossed into; a
# flashback in the pluperfect, a French teacher freed by Iran landing at the Villacoublay air
# base outside Paris (the dateline), where the president waits (a meeting), her release in
# Tehran and the flight to Muscat, where she is handed over before Oman's foreign minister (a
# meeting), told after the landing; a second mover, a container ship sent round Africa from
# Shanghai by Singapore, Colombo, Port Louis (in Mauritius) and Algeciras to Rotterdam (the
# dateline), while a deckhand who breaks his leg off South Africa is flown to Cape Town and home
# to Manila by Dubai, which are no stops of the ship, the Red Sea, the Gulf of Aden and the
# Indian Ocean as the usual route and the sea crossed; background places, Pope Leo XIV's return
# to Chiclayo (the dateline), flown from Rome to Lima, where Peru's president receives him at
# the Government Palace (the meeting), with Chicago (his birthplace and a screening outside
# his childhood parish in Dolton), Trujillo (his years as a missionary), the United States,
# Buenos Aires (Argentina's bishops) and Madrid (the Spanish government) as background, and
# the flight back to Rome to come; ambiguous names, a former footballer's run down Tasmania
# from Devonport (a Devonport in England and in New Zealand) by Launceston (a town in
# Cornwall), Perth (not the West Australian capital, as the text says), Campbell Town, Ross,
# Oatlands and Brighton (the English resort, named in the text) to Hobart (the dateline), where
# the governor greets him at Government House (the meeting); future legs, New Zealand's prime
# minister in Nuku'alofa (the dateline) after Auckland and Apia (talks with Samoa's prime
# minister, a meeting) and received by the king of Tonga (a meeting), due to fly to Rarotonga
# and Niue and home to Auckland, Wellington as the government and China as background.
# Decisions (as in batches 17-24): a stop named beside its island, island group or island
# state accepts that container (Port Louis|Mauritius, Rarotonga|Cook Islands, Niue with its
# capital Alofi), a country, state or region beside a town does not (Spain, Norway, Alaska,
# Peru, Tasmania); a venue is its town (the cathedral square in Santiago de Compostela,
# the Panathenaic Stadium, the San Siro stadium, the AU headquarters,
# the Dujiangyan panda base, the Memphis Zoo, the finish arch in Fairbanks, Evin prison and the
# French embassy in Tehran, the Villacoublay air base for Paris, the Government Palace in Lima,
# the ferry terminal in Devonport, Government House in Hobart, the royal palace in
# Nuku'alofa); a place passed or run through is a stop ('climbed over the Pyrenees to
# Roncesvalles', 'ran through Perth', 'passed through Ross', 'stopped to refuel in Anchorage'),
# but a mountain range, a sea, a gulf, an ocean, a river, a lake, a forest, a canal, a circle
# of latitude or a region crossed or named in a summary is none (the Pyrenees, Galicia, the
# Adriatic coast, the Grand Canal, Lombardy, the Arctic Circle, the Lofoten islands, the
# Barents Sea coast, the Nyungwe forest, Lake Kivu, the Yukon River, Alaska, the Red Sea, the
# Gulf of Aden, the Indian Ocean, the west coast of Africa, the South Esk River); the place a
# mover sets out from is the first stop even when the lede names only the end ('left
# Saint-Jean-Pied-de-Port', 'lit ... at Olympia', 'left Bergen', 'left the Dujiangyan panda
# base', 'left Whitehorse', 'had been released from Tehran's Evin prison', 'left Shanghai',
# 'flew from Rome', 'set off from the ferry terminal in Devonport', 'flew from Auckland'); a
# stop visited twice is listed twice (Addis Ababa, Kigali, Rome, Auckland); planned legs stated
# as plans are stops ('flies back to Rome on Monday', 'is due to fly to Rarotonga', 'will then
# visit Niue', 'returning to Auckland on Saturday'), but a stay or an event to come where the
# mover already is, is none (the pilgrims' Mass, the cauldron at San Siro, the report to the
# Peace and Security Council, the quarantine in Memphis, the military hospital), and a home not
# named is no stop; the places of another mover (the deckhand's Cape Town, Dubai and Manila,
# the dogs flown home) and places only named as background or history (Chicago, Dolton,
# Trujillo, Buenos Aires, Madrid, Wellington, China, the West Australian capital, the English
# seaside resort, Canada and Alaska in the lede) are no stops. The dateline is a stop in every
# article of this batch. Talks between an envoy and an army chief, ministers or a delegation,
# a president or a king receiving a visitor, a foreign minister attending a handover, a
# president and parents waiting on a tarmac, a governor greeting a runner and a family waiting
# at a finish line are meetings; meetings not listed are not required (the planned meeting
# with the Cook Islands prime minister in Rarotonga), and finding them is no error. Crowds,
# fans, pilgrims, a police escort, schoolchildren at a zoo gate, a helicopter crew lifting a
# sailor off a ship and organisers handed a flame by unnamed runners are no meetings, and
# there is none for the pilgrim, the flame, the coastal ship, the rider, the panda and the
# container ship. Stop spellings accept the GeoNames names and plain ASCII
# ('Roncesvalles|Orreaga', 'Pamplona|Iruña', 'Logroño|Logrono', 'León|Leon', 'Olympia|Archaía
# Olympía', 'Athens|Athína', 'Rome|Roma', 'Naples|Napoli', 'Venice|Venezia', 'Milan|Milano',
# 'Ålesund|Alesund|Aalesund', 'Bodø|Bodo', 'Svolvær|Svolvaer', 'Tromsø|Tromso',
# 'Jeddah|Jiddah', 'Huye|Butare', 'Rusizi|Cyangugu|Kamembe', 'Rubavu|Gisenyi', 'Musanze|Ruhengeri',
# 'Dawson City|Dawson', 'Tehran|Tehrān', 'Muscat|Masqat', 'Rarotonga|Avarua',
# "Nuku'alofa|Nuku‘alofa").
CASES25 = [
    Case(
        "irish_pilgrim_walks_the_camino_from_saint_jean_pied_de_port_to_santiago_told_plainly",
        "Irish great-grandmother, 84, walks the Camino to Santiago\n\n"
        "SANTIAGO DE COMPOSTELA, Spain, June 20 (Reuters) - An 84-year-old Irish "
        "great-grandmother walked into the square in front of the cathedral of Santiago de "
        "Compostela on Friday, 54 days and nearly 800 km after she set out on the Way of St "
        "James. Bridget Nolan, a retired primary school teacher who took up hillwalking at 70, "
        "left Saint-Jean-Pied-de-Port, in the French Basque country, on April 28 and climbed "
        "over the Pyrenees to Roncesvalles the next day, a stage that many younger pilgrims "
        "find the hardest of the route. She reached Pamplona on May 2 and Logroño, in the "
        "heart of the Rioja wine country, a week later. A chest infection kept her in bed for "
        "three days in Burgos, where she arrived on May 19, and she rested again in León, "
        "which she reached on June 1. The last stretch, through the green hills of Galicia, "
        'took her nearly three weeks. "My knees complained every morning and I ignored them '
        'every morning," Nolan said, leaning on the hazel stick she cut before leaving home. '
        "More than 400,000 people walked at least part of the Camino last year, according to "
        "the pilgrims' office. Nolan said she would attend the pilgrims' Mass on Saturday and "
        "then rest for a week before deciding how to get home.",
        date(2025, 6, 20),
        (
            "Saint-Jean-Pied-de-Port",
            "Roncesvalles|Orreaga|Orreaga/Roncesvalles",
            "Pamplona|Iruña|Pamplona/Iruña",
            "Logroño|Logrono",
            "Burgos",
            "León|Leon",
            "Santiago de Compostela",
        ),
        (),
        actor="Bridget Nolan",
    ),
    Case(
        "olympic_flame_from_olympia_by_athens_and_an_italian_relay_to_milan_told_plainly",
        "Olympic flame reaches Milan after 10-week journey from Greece\n\n"
        "MILAN, Feb 6 (Reuters) - The Olympic flame arrived in Milan on Friday, hours before "
        "the opening ceremony of the 2026 Winter Olympics, at the end of a journey that began "
        "among the ruins of ancient Olympia more than two months ago. The flame was lit from "
        "the sun's rays at Olympia on Nov 26 and carried by Greek runners to Athens, where it "
        "was handed to Italian organisers in the marble Panathenaic Stadium on Dec 4. It was "
        "flown to Rome the same evening and set off on its Italian relay on Dec 6, carried by "
        "more than 10,000 torchbearers. The relay headed south to Naples and crossed by "
        "overnight ferry to Palermo before Christmas, then worked its way back up the Adriatic "
        "coast. It reached Venice in the second week of January and was rowed along the Grand "
        "Canal on a gondola, and on Jan 26 it arrived in Cortina d'Ampezzo, the Dolomites "
        "resort that opened the Winter Games 70 years ago to the day. The flame spent its last "
        "week crossing the lakes and valleys of Lombardy before a former ski champion carried "
        'it into Milan on Friday morning. "It has been through rain, snow and one very windy '
        'ferry crossing, and it never went out," an organising committee spokeswoman said. The '
        "cauldron will be lit at the San Siro stadium on Friday evening.",
        date(2026, 2, 6),
        (
            "Olympia|Archaía Olympía|Archaia Olympia|Ancient Olympia|Olympía",
            "Athens|Athína|Athina",
            "Rome|Roma",
            "Naples|Napoli",
            "Palermo",
            "Venice|Venezia",
            "Cortina d'Ampezzo|Cortina",
            "Milan|Milano",
        ),
        (),
        actor="Olympic flame",
    ),
    Case(
        "battery_hybrid_coastal_ship_maiden_voyage_from_bergen_to_kirkenes_told_plainly_by_day",
        "Norway's first battery-hybrid coastal express ship ends maiden voyage\n\n"
        "KIRKENES, Norway, March 16 (Reuters) - The Havbris, the first of a new class of "
        "battery-hybrid ships on Norway's coastal express route, tied up in Kirkenes on Monday "
        "at the end of its maiden voyage, almost a week and 34 port calls after leaving "
        "Bergen. The 135-metre ship, which can sail for up to four hours on its batteries "
        "alone, left Bergen on Tuesday evening with 412 passengers on board and called at "
        "Ålesund on Wednesday morning, where the crew practised switching to battery power "
        "inside the harbour. It reached Trondheim on Thursday, and early on Friday it crossed "
        "the Arctic Circle, where passengers are traditionally doused with ice water. It "
        "called at Bodø that afternoon and at Svolvær, in the Lofoten islands, late in the "
        "evening. On Saturday it docked in Tromsø, where about 2,000 people came down to the "
        "quay to see it, and on Sunday it stopped at Hammerfest before heading east along the "
        'Barents Sea coast. "In battery mode she is quiet enough that you can hear the gulls," '
        "said captain Ingrid Haugland. The operator says the ship burns 25 percent less fuel "
        "than the vessel it replaces. Two more ships of the class are due to enter service "
        "next year.",
        date(2026, 3, 16),
        (
            "Bergen",
            "Ålesund|Alesund|Aalesund",
            "Trondheim",
            "Bodø|Bodo|Bodoe",
            "Svolvær|Svolvaer",
            "Tromsø|Tromso|Tromsoe",
            "Hammerfest",
            "Kirkenes",
        ),
        (),
        actor="Havbris",
    ),
    Case(
        "au_envoy_sudan_shuttle_port_sudan_cairo_jeddah_nairobi_told_plainly_four_meetings",
        "AU envoy ends Sudan shuttle tour with no date for talks\n\n"
        "ADDIS ABABA, May 9 (Reuters) - The African Union's special envoy for Sudan returned "
        "to Addis Ababa on Saturday after a week of shuttle diplomacy between the warring "
        "sides and their foreign backers, saying both camps had agreed in principle to a "
        "humanitarian truce but not yet to a date for talks. Kwame Boateng, a former Ghanaian "
        "foreign minister, flew on Sunday to Port Sudan, the wartime seat of the army-backed "
        "government, and on Monday he met army chief General Abdel Fattah al-Burhan for three "
        "hours. On Wednesday he was in Cairo for talks with Egypt's foreign minister, and on "
        "Thursday he flew to Jeddah, where he met Saudi Arabia's deputy foreign minister. On "
        "Friday he travelled to Nairobi to meet a delegation from the paramilitary Rapid "
        "Support Forces, whose leaders have set up a rival government in the areas they hold. "
        '"Everyone tells me they want peace. Everyone also tells me the other side must move '
        'first," Boateng told reporters at the AU headquarters. The war, which broke out in '
        "April 2023, has killed tens of thousands of people and driven more than 12 million "
        "from their homes. Boateng said he would report to the AU's Peace and Security Council "
        "next week.",
        date(2026, 5, 9),
        (
            "Addis Ababa|Addis Abeba",
            "Port Sudan|Būr Sūdān|Bur Sudan",
            "Cairo|Al Qāhirah|Al Qahirah",
            "Jeddah|Jiddah|Jedda",
            "Nairobi",
            "Addis Ababa|Addis Abeba",
        ),
        ((19.62, 37.22), (30.04, 31.24), (21.54, 39.17), (-1.29, 36.82)),
        actor="Kwame Boateng",
    ),
    Case(
        "tour_du_rwanda_winner_by_the_stage_towns_from_kigali_back_to_kigali_told_plainly",
        "Eritrea's Asmerom wins Tour du Rwanda\n\n"
        "KIGALI, March 1 (Reuters) - Eritrean rider Filimon Asmerom won the Tour du Rwanda on "
        "Sunday, finishing safely in the bunch on the final circuit through Kigali after "
        "holding the yellow jersey for seven days. Asmerom, 22, was 14th in the opening time "
        "trial in Kigali last Sunday but took the lead on Monday, when he attacked on the last "
        "climb of the 120-km stage south to Huye, the university town once known as Butare. On "
        "Tuesday the race crossed the Nyungwe forest to Rusizi, on the southern tip of Lake "
        "Kivu, and on Wednesday the riders followed the lake shore north to Rubavu, where "
        "Asmerom kept his lead in a wet sprint finish. After a rest day by the lake, he "
        "climbed on Friday to Musanze, at the foot of the Virunga volcanoes, losing 20 seconds "
        "to a Rwandan rider but keeping the jersey by 41 seconds. Saturday's stage took the "
        "riders from Musanze back to Kigali, where thousands of fans lined the cobbled climb "
        'of the Mur de Kigali. "The climbs here never stop, and neither do the people shouting '
        'for you," Asmerom said. He will ride for a French team in Europe from next month.',
        date(2026, 3, 1),
        (
            "Kigali",
            "Huye|Butare",
            "Rusizi|Cyangugu|Kamembe",
            "Rubavu|Gisenyi",
            "Musanze|Ruhengeri",
            "Kigali",
        ),
        (),
        actor="Filimon Asmerom",
    ),
    Case(
        "giant_panda_trucked_to_chengdu_and_flown_by_anchorage_to_memphis_told_plainly",
        "Giant panda lands in Memphis, ending zoo's three-year wait\n\n"
        "MEMPHIS, Tenn., April 16 (Reuters) - A four-year-old giant panda named Mei Lan "
        "arrived at the Memphis Zoo on Thursday after a 30-hour journey from southwestern "
        "China, three years after the zoo sent its last panda home. Mei Lan left the "
        "Dujiangyan panda base, in the mountains of Sichuan province, by truck early on "
        "Wednesday with two Chinese keepers and a vet, and was driven about 60 km to the "
        "airport in Chengdu. There she was loaded in a steel crate, with 30 kg of bamboo, "
        "apples and steamed cornbread, onto a chartered Boeing 777 freighter. The plane "
        "stopped to refuel in Anchorage, Alaska, where keepers said she ate most of the "
        "bamboo, and landed in Memphis on Thursday morning. A police escort led her truck from "
        "the airport to the zoo, where staff and schoolchildren waved paper pandas at the "
        'gate. "She was calmer than any of us," said curator Dana Whitfield. Mei Lan will '
        "spend 30 days in quarantine before going on show in the zoo's rebuilt panda house. "
        "The loan runs for ten years, and a male panda is due to follow next spring.",
        date(2026, 4, 16),
        ("Dujiangyan", "Chengdu", "Anchorage", "Memphis"),
        (),
        actor="Mei Lan",
    ),
    Case(
        "yukon_quest_winner_told_from_the_finish_in_fairbanks_family_waits_at_the_arch",
        "Yukon musher wins 1,600-km Quest to Fairbanks\n\n"
        "FAIRBANKS, Alaska, Feb 13 (Reuters) - A musher from Canada's Yukon drove her 14 dogs "
        "under the finish arch in downtown Fairbanks early on Friday to win the Yukon Quest, "
        "the 1,600-km sled dog race between Canada and Alaska that many mushers call the "
        "hardest in the world. Marie Lavoie, 37, who runs a small tourism kennel, finished two "
        "hours and 40 minutes ahead of Alaskan Jake Ostrom. Her partner, Luc Gagnon, and their "
        "two daughters were waiting for her at the arch with a thermos of hot chocolate. "
        "Lavoie left Whitehorse with 21 other teams on Feb 1 in temperatures of minus 38 "
        "degrees Celsius. She reached Carmacks the next evening and Pelly Crossing on Feb 3, "
        "and took the lead on the long run to Dawson City, where every team must rest for 36 "
        "hours. From Dawson she crossed into Alaska and reached Eagle on Feb 8, then followed "
        "the frozen Yukon River downstream for three days before turning south over two "
        "mountain passes towards Fairbanks. Two of her dogs were flown home with sore wrists. "
        '"The dogs did the running. I did the worrying," Lavoie said. She wins 30,000 dollars '
        "and a bale of straw for her team.",
        date(2026, 2, 13),
        ("Whitehorse", "Carmacks", "Pelly Crossing", "Dawson City|Dawson", "Eagle", "Fairbanks"),
        ((64.84, -147.72),),
        actor="Marie Lavoie",
    ),
    Case(
        "french_teacher_freed_by_iran_lands_at_villacoublay_tehran_and_muscat_in_the_pluperfect",
        "French teacher freed by Iran lands home after three years in prison\n\n"
        "PARIS, Sept 17 (Reuters) - A French teacher held in Iran for more than three years on "
        "spying charges landed at the Villacoublay military air base outside Paris on "
        "Thursday, where President Emmanuel Macron and her parents were waiting on the tarmac. "
        "Hélène Marchand, 41, had been released from Tehran's Evin prison on Monday evening "
        "under a deal brokered by Oman, and had spent two nights at the French embassy in "
        "Tehran while officials completed the paperwork. On Wednesday an Omani government "
        "plane had flown her to Muscat, where she had been handed over to French diplomats at "
        "a short ceremony attended by Oman's foreign minister. A French air force jet brought "
        "her from Muscat overnight. Marchand, who looked thin but smiled as she came down the "
        'steps, hugged her mother for more than a minute before speaking. "I dreamed of this '
        "runway for three years,\" she told reporters. Iran's foreign ministry called the "
        "release a humanitarian gesture and denied any exchange of prisoners. Two other French "
        "citizens are still held in Iranian jails, the foreign ministry in Paris said. "
        "Marchand will be examined at a military hospital before going home.",
        date(2026, 9, 17),
        ("Tehran|Teheran|Tehrān", "Muscat|Masqat", "Paris|Villacoublay|Vélizy-Villacoublay"),
        ((23.59, 58.41), (48.77, 2.20)),
        actor="Hélène Marchand",
    ),
    Case(
        "container_ship_round_africa_to_rotterdam_injured_deckhand_flown_out_as_a_second_mover",
        "Container ship reaches Rotterdam after long detour round Africa\n\n"
        "ROTTERDAM, June 8 (Reuters) - The container ship Hanse Voyager docked in Rotterdam on "
        "Monday, 41 days after leaving Shanghai, at the end of a voyage round the southern tip "
        "of Africa that added about 6,000 km and ten days to the usual route through the Red "
        "Sea, which its owners still judge too dangerous. The 330-metre ship, carrying 14,000 "
        "containers of electronics, furniture and clothing, left Shanghai on April 28 and "
        "called at Singapore on May 4 and at Colombo five days later. Instead of heading west "
        "for the Gulf of Aden, it turned south-west across the Indian Ocean and stopped to "
        "take on fuel at Port Louis, in Mauritius, on May 16. Five days later, about 300 km "
        "off the South African coast, a Filipino deckhand, Ramon Dizon, broke his leg in a "
        "fall on deck. A South African air force helicopter lifted him off and flew him to a "
        "hospital in Cape Town, and he was flown home to Manila by way of Dubai last week. The "
        "ship sailed on north off the west coast of Africa and called at Algeciras, in "
        'southern Spain, on June 2 before the last leg to Rotterdam. "The long way round is '
        'slower, but nobody is shooting at us," said captain Jens Kröger. Freight rates '
        "between Asia and Europe have risen by a third since January.",
        date(2026, 6, 8),
        ("Shanghai", "Singapore", "Colombo", "Port Louis|Mauritius", "Algeciras", "Rotterdam"),
        (),
        actor="Hanse Voyager",
    ),
    Case(
        "pope_leo_returns_to_chiclayo_chicago_trujillo_buenos_aires_and_madrid_as_background",
        "Pope Leo returns to the Peruvian diocese he led for eight years\n\n"
        "CHICLAYO, Peru, Nov 15 (Reuters) - Pope Leo XIV celebrated Mass before more than "
        "300,000 people in Chiclayo on Sunday, returning as pontiff to the city in northern "
        "Peru where he served as bishop from 2015 to 2023. The first U.S.-born pope flew from "
        "Rome to Lima on Friday and was received by Peru's president at the Government Palace, "
        "where he urged the country's feuding politicians to put the poor first. On Sunday "
        "morning he flew north to Chiclayo, where crowds had camped overnight along the road "
        "from the airport. Born in Chicago, the former Robert Prevost first came to Peru as a "
        "missionary in 1985 and spent a decade in Trujillo, where he ran a seminary, before "
        "returning to the United States. In Chicago, hundreds of people watched the Mass on a "
        "giant screen outside his childhood parish in the suburb of Dolton. In Buenos Aires, "
        "Argentina's bishops renewed their invitation to visit the homeland of his "
        "predecessor, Pope Francis, and in Madrid the Spanish government said it hoped he "
        'would come next year. "He speaks like one of us, because he was one of us," said Rosa '
        "Quispe, 63, who sold him bread when he was bishop. The pope flies back to Rome on "
        "Monday.",
        date(2026, 11, 15),
        ("Rome|Roma", "Lima", "Chiclayo", "Rome|Roma"),
        ((-12.05, -77.04),),
        actor="Pope Leo XIV",
    ),
    Case(
        "run_the_length_of_tasmania_through_perth_launceston_devonport_ross_and_brighton",
        "Former footballer ends run the length of Tasmania\n\n"
        "HOBART, Australia, Oct 19 (Reuters) - Former Australian rules footballer Ben Kerrigan "
        "ran into Hobart on Monday at the end of a six-day, 300-km run down the length of "
        "Tasmania to raise money for a youth mental health charity. Kerrigan, 34, set off from "
        "the ferry terminal in Devonport on Wednesday morning and reached Launceston on "
        "Thursday night. On Friday he ran through Perth, not the West Australian capital but a "
        "village of 3,000 on the South Esk River, and on to Campbell Town, where he spent the "
        "night. On Saturday he passed through Ross, with its convict-built sandstone bridge, "
        "and stopped at Oatlands, and on Sunday he covered 60 km to Brighton, a town 25 km "
        "north of Hobart that shares its name with the English seaside resort. He finished on "
        "Monday on the lawn of Government House, where Tasmania's governor greeted him and his "
        'two children. "The hills after Ross nearly finished me, and so did the headwind," '
        "Kerrigan said. He has raised 410,000 Australian dollars, more than twice his target.",
        date(2026, 10, 19),
        (
            "Devonport",
            "Launceston",
            "Perth",
            "Campbell Town",
            "Ross",
            "Oatlands",
            "Brighton",
            "Hobart",
        ),
        ((-42.87, 147.33),),
        actor="Ben Kerrigan",
    ),
    Case(
        "nz_prime_minister_in_nukualofa_legs_to_rarotonga_niue_and_auckland_to_come",
        "New Zealand's Luxon in Tonga on Pacific tour, Cook Islands next\n\n"
        "NUKU'ALOFA, May 12 (Reuters) - New Zealand Prime Minister Christopher Luxon pledged "
        "40 million New Zealand dollars on Tuesday to help Tonga rebuild its power grid "
        "against cyclones, on the second stop of a week-long Pacific tour that will also take "
        "him to the Cook Islands, where ties with Wellington have frayed. Luxon flew from "
        "Auckland to Apia on Sunday and held talks on Monday with Samoa's prime minister on "
        "seasonal work visas. He arrived in Nuku'alofa on Monday evening and on Tuesday was "
        "received by King Tupou VI at the royal palace. On Thursday he is due to fly to "
        "Rarotonga for his first meeting with Cook Islands Prime Minister Mark Brown since New "
        "Zealand paused aid payments last year over a partnership deal the islands signed with "
        "China. He will then visit Niue on Friday before returning to Auckland on Saturday. "
        '"We are family in the Pacific, and families talk things through," Luxon told '
        "reporters in Nuku'alofa. About 80,000 people of Tongan descent live in New Zealand.",
        date(2026, 5, 12),
        (
            "Auckland",
            "Apia",
            "Nuku'alofa|Nuku‘alofa|Nukuʻalofa|Nukualofa",
            "Rarotonga|Avarua|Cook Islands",
            "Niue|Alofi",
            "Auckland",
        ),
        ((-13.83, -171.76), (-21.14, -175.20)),
        actor="Christopher Luxon",
    ),
]

ROUTE_FAILS25: dict[str, str] = {
    "olympic_flame_from_olympia_by_athens_and_an_italian_relay_to_milan_told_plainly": (
        "first run on 810797c: routes [Olympic flame: Olympia > Athens > Rome > Naples > "
        "Palermo > Venice > San Siro > Milan] meetings []"
    ),
    "au_envoy_sudan_shuttle_port_sudan_cairo_jeddah_nairobi_told_plainly_four_meetings": (
        "first run on 810797c: routes [Kwame Boateng: Port Sudan > Cairo > Jeddah > Nairobi > "
        "Addis Ababa] meetings [Addis Ababa 2026-05-09 ['Kwame Boateng']; Port Sudan 2026-05-04 "
        "['Kwame Boateng', 'Abdel Fattah al-Burhan']; Cairo 2026-05-06 ['Kwame Boateng']; "
        "Jeddah 2026-05-07 ['Kwame Boateng']; Nairobi 2026-05-08 ['Kwame Boateng']]"
    ),
    "tour_du_rwanda_winner_by_the_stage_towns_from_kigali_back_to_kigali_told_plainly": (
        "first run on 810797c: routes [Filimon Asmerom: Rusizi > Lake Kivu > Musanze > Kigali] "
        "meetings []"
    ),
    "giant_panda_trucked_to_chengdu_and_flown_by_anchorage_to_memphis_told_plainly": (
        "first run on 810797c: routes [Mei Lan: Chengdu > Anchorage > Memphis] meetings []"
    ),
    "yukon_quest_winner_told_from_the_finish_in_fairbanks_family_waits_at_the_arch": (
        "first run on 810797c: routes [Marie Lavoie: Whitehorse > Carmacks > Dawson > Eagle > "
        "Fairbanks] meetings []"
    ),
    "container_ship_round_africa_to_rotterdam_injured_deckhand_flown_out_as_a_second_mover": (
        "first run on 810797c: routes [Hanse Voyager: Shanghai > Singapore > Colombo > Indian "
        "Ocean > Cape Town > Dubai > Manila > Algeciras > Rotterdam] meetings []"
    ),
}
MEETING_FAILS25: dict[str, str] = {
    "french_teacher_freed_by_iran_lands_at_villacoublay_tehran_and_muscat_in_the_pluperfect": (
        "first run on 810797c: routes [Hélène Marchand: Tehran > France > Muscat; Emmanuel "
        "Macron: Iran > Villacoublay] meetings []"
    ),
}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS25, CASES25))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS25, CASES25))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
