"""Blind route batch 32: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS32 and MEETING_FAILS32."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 32: twelve articles written before the code was run on them. Stops and
# meetings were fixed before the first run (see test_routes_unseen for the scoring); the misses
# of the first run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, six told plainly in the order things happened (with dates
# where a journalist gives them) and six with one complication each. Plain: a white stork
# nicknamed Ferdl (an animal as the mover) flying home in spring from the wetlands near Kosti
# on the White Nile, by Aswan (four days in the fields outside it), Eilat, Adana and Istanbul
# (the Bosporus crossed above it) and a pylon near Szeged to its nest on the church roof in
# Marchegg (the dateline), Sudan, Hungary and Austria as containers, the Sinai desert, the White
# Nile and the Balkans crossed or followed, no meeting; a Belgian rider winning the Tour of
# Turkey (a race named after a country), from the opening stage in Antalya by Alanya, Fethiye,
# Marmaris and Bodrum to the sprint in Kusadasi and the final circuit in Istanbul (the
# dateline), the Mediterranean coast and the Bosporus as landmarks and his Colombian and
# Italian rivals as nationalities, no meeting; a Canadian snowboarder's ski trip and
# evacuation, Calgary to Tokyo, on to Sapporo, by bus to Niseko, by ambulance back to a hospital
# in Sapporo and by air ambulance with a refuelling stop in Anchorage home to Calgary (the
# dateline), where his parents wait on the tarmac (the meeting), Japan and Alaska as containers;
# a World Food Programme convoy led by an Ethiopian former schoolteacher, from Addis Ababa by
# Kombolcha, Woldia and Alamata (Tigray crossed into) to Mekele (the dateline), where she hands
# the papers to the head of Tigray's interim administration (the meeting), the Amhara highlands
# and the escarpment as regions; the Philippine migrant workers secretary's Gulf tour, Manila to
# Riyadh (talks with the Saudi minister), Kuwait City (the interior minister), Doha (the labour
# minister) and Dubai (the dateline, an agreement signed with the UAE's minister), four
# meetings, and the flight home to Manila to come; a battery-powered cruise ship (a vessel as
# the mover, told plainly) on its maiden voyage down the Yangtze from Chongqing by Fengdu,
# Wanzhou and Badong to Yichang (the dateline), the Three Gorges, the Shennong stream and the
# dam's locks as landmarks and eastern China as a region, no meeting.
# With one complication: told from the end, a Scottish vet's ride on horseback, the lede at the
# bazaar in Osh (the dateline), then from the start in Almaty, into Kyrgyzstan through the
# Karkara valley, a week in Karakol, over a pass to Naryn (named twice), west to Kazarman and
# down to Jalal-Abad, Lake Issyk-Kul a lake and a flight home to a home not named, no meeting;
# a flashback in the pluperfect, a looted tomb relief (an object as the mover) on show at the
# Egyptian Museum in Cairo (the dateline), its trail told after the return: cut from a tomb
# near Minya in 2013, smuggled to Dubai, sold to a gallery in Hamburg, shipped to Paris (named
# twice), sold to a collector in New York and flown back to Cairo, Middle Egypt a region and
# the removal of President Morsi history, no meeting; a second mover, a Japanese cellist's
# European tour, Tokyo to Vienna, by train to Prague, on to Leipzig and to Hamburg (the
# dateline), while her cello, left in a Prague taxi, is driven to Plzen by the taxi driver and
# from Plzen to Hamburg by a courier, which are no stops of hers, no meeting (a courier handing
# back a case is none); background places, the U.N. envoy for Yemen, from his office in Amman
# to Riyadh (talks with the Saudi defence minister, a meeting), Muscat (talks with the Omani
# foreign minister, a meeting) and Aden (the dateline, talks with the head of the Presidential
# Leadership Council, a meeting), the return to Amman to come, with Sanaa (where the Houthi
# leaders refuse to see him), Stockholm (the 2018 deal), Washington and Hodeidah (strikes),
# Tehran (a reaction) and the Red Sea as background; ambiguous names, a retired teacher's
# walk along the Appalachian Trail from Springer Mountain (in Georgia, the US state) by
# Damascus (a Virginia town, with Syria named in a joke), Harpers Ferry, the town of Delaware
# Water Gap (named after a river gap, beside the state of Delaware's name) and Hanover (the
# New Hampshire college town, with "the German city of the same name" in a question) to the
# summit of Mount Katahdin and a steak dinner in Millinocket (the dateline), the Great Smoky
# Mountains, the Potomac and the Delaware River crossed, New Jersey and Maine crossed into, no
# meeting; future legs, Japan's Princess Aiko flown from Tokyo to Vientiane (the dateline),
# talks with the Lao president at the presidential palace (the meeting), due to fly to Luang
# Prabang and to return to Tokyo, the Mekong a river and That Luang a stupa in Vientiane.
# Decisions (as in batches 17-31): a country, state or region named beside a town is no extra
# stop (Austria, Sudan, Hungary, Alberta, Alaska, Japan, Ethiopia, Tigray, China, Kyrgyzstan,
# Georgia, Virginia, West Virginia, Pennsylvania, New Hampshire, Maine, Laos), nor is a country
# or state crossed into on the way to a town in it ('crossed into Tigray' before Alamata,
# 'crossed into Kyrgyzstan through the Karkara valley' before Karakol, 'crossed the Delaware
# River into New Jersey', 'crossed into Maine'), nor a country named only in a nationality or
# an organisation (Belgian, Colombian, Italian, Canadian, Japanese, Saudi, Qatari, Omani,
# Scottish, Czech, the Japanese Red Cross, the Gewandhaus Orchestra); a venue is its town (the
# parish church in Marchegg, a hospital in Sapporo, the tarmac at Calgary, a WFP warehouse in
# Addis Ababa, the consulate in Dubai, the bazaar in Osh, the Egyptian Museum in Cairo, the
# Elbphilharmonie in Hamburg, the presidential palace and Wattay airport in Vientiane, the
# That Luang stupa); a town passed over, rested outside or reached near is a stop ('near
# Kosti', 'the fields outside Aswan', 'over the date palms of Eilat', 'the cotton fields around
# Adana', 'crossed the Bosporus above Istanbul', 'a pylon near Szeged'), and so is a summit the
# mover stood on ('reached the summit of Mount Katahdin'), but a river, lake, sea, stream,
# desert, mountain range, valley, gorge, pass, escarpment or region crossed or named in a
# summary is none (the White Nile, the Sinai desert, the Balkans, the Mediterranean coast, the
# Amhara highlands, the Yangtze, the Three Gorges, the Shennong stream, the Karkara valley, Lake
# Issyk-Kul, the Great Smoky Mountains, the Potomac, the Delaware River, the Mekong, the Gulf,
# Middle Egypt); the place a mover sets out from is the first stop even when the lede names
# only the end ('set off from the wetlands near Kosti', 'started ... in Antalya', 'flew from
# Calgary', 'left a WFP warehouse in Addis Ababa', 'flew from Manila', 'left Chongqing', 'set
# off from Almaty', 'had cut the panel from a rock tomb near Minya', 'flew from Tokyo', 'flew
# from his office in Amman', 'left Springer Mountain'); a stop visited twice is listed twice
# (Sapporo, Calgary, Manila, Amman, Tokyo), but a town named twice in one stay is one stop
# (Naryn, Paris, Cairo in the lede and at the end, Alamata in a quote); planned legs stated
# as plans are stops ('He is due to fly home to Manila on Friday', 'Lindqvist returns to Amman
# on Friday', 'is due to fly north to Luang Prabang', 'will return to Tokyo on Saturday'), but
# an event to come where the mover already is, is none (the visits in Vientiane on Wednesday),
# and a flight home to a home not named is no stop (the rider's); an event named after a place
# is no stop by itself (the Tour of Turkey), nor a trail or an organisation holding a place
# name (the Appalachian Trail, the Appalachian Trail Conservancy, the Presidential Leadership
# Council); the places of another mover (the cello's and the taxi driver's Plzen, the
# courier's drive to Hamburg) and places named only as background, history or in a quote
# (Sanaa, Stockholm, Washington, Hodeidah, Tehran, the Red Sea, Syria in a joke and the German
# city of the same name in a question) are no stops. The dateline is a stop in every article
# of this batch. Talks between a minister, an envoy or a princess and a minister, a president
# or a council head, a convoy leader handing papers to a regional leader who thanks the
# drivers, an agreement signed by two ministers and parents waiting on a tarmac for a
# traveller are meetings; meetings not listed are not required, and finding them is no error.
# Crowds, traders clapping, schoolchildren waving flags, soldiers checking loads, ski
# patrollers, a blacksmith, a courier, a taxi driver, police holding a case and a student
# asking a question are no meetings, and there is none for the stork, the rider, the cruise
# ship, the horsewoman, the relief, the cellist and the hiker.
# Stop spellings accept the GeoNames names, plain ASCII and common variants
# ('Kūstī|Kosti|Kusti', 'Aswan|Aswān|Assuan', 'Eilat|Elat|Ēlat|Eylat', 'Istanbul|İstanbul',
# 'Kuşadası|Kusadasi', 'Tokyo|Tōkyō|Tokio', 'Niseko|Niseko-chō|Niseko-cho', 'Addis
# Ababa|Ādīs Ābeba|Addis Abeba', 'Weldiya|Woldia|Woldiya|Waldia', 'Alamata|Alamat’a',
# "Mek’ele|Mek'ele|Mekele|Mekelle|Makale", 'Riyadh|Ar Riyāḑ', 'Kuwait City|Kuwait|Al
# Kuwayt', 'Doha|Ad Dawḩah', 'Dubai|Dubayy', 'Chongqing|Chungking', 'Wanzhou|Wanxian',
# 'Yichang|Ichang', 'Almaty|Alma-Ata', 'Karakol|Przhevalsk',
# 'Jalal-Abad|Dzhalal-Abad|Jalalabad', 'Minya|Al Minyā|El Minya', 'Cairo|Al Qāhirah',
# 'Vienna|Wien', 'Prague|Praha', 'Amman|‘Ammān', 'Muscat|Masqaţ|Masqat', 'Aden|‘Adan',
# "Harpers Ferry|Harper's Ferry", 'Mount Katahdin|Katahdin', 'Vientiane|Viangchan',
# 'Luang Prabang|Louangphabang').
CASES32 = [
    Case(
        "stork_kosti_to_marchegg_told_plainly",
        "Austrian stork back on its church roof after 5,000-km flight from Sudan\n\n"
        "MARCHEGG, Austria, April 4 (AP) - A white stork fitted with a solar-powered GPS "
        "tracker landed on its nest on the roof of the parish church in Marchegg on Friday, 34 "
        "days after leaving its winter quarters in Sudan, Austrian bird researchers said. The "
        "nine-year-old male, named Ferdl by the town's schoolchildren, set off from the "
        "wetlands near Kosti on the White Nile on March 1 and followed the river north for "
        "almost two weeks. He rested for four days in the fields outside Aswan before crossing "
        "the Sinai desert, and on March 17 his tag placed him over the date palms of Eilat. "
        "From there he flew north with tens of thousands of other storks and reached the "
        "cotton fields around Adana on March 23. On March 27 he crossed the Bosporus above "
        "Istanbul, where the birds ride the warm air that rises off the city. Headwinds held "
        "him up for two days over the Balkans, and he spent the night of April 1 on an "
        'electricity pylon near Szeged in southern Hungary. "Every year he comes back within '
        'a week of the same date, and every year the whole town waits," said Hannah Berger of '
        "BirdLife Austria, which has tagged 40 storks since 2018. Ferdl's mate, who carries no "
        "tracker, had not returned by Friday evening.",
        date(2025, 4, 4),
        (
            "Kūstī|Kosti|Kusti|Kuusti",
            "Aswan|Aswān|Assuan|Aswân",
            "Eilat|Elat|Ēlat|Eylat|Eilot",
            "Adana",
            "Istanbul|İstanbul|Constantinople",
            "Szeged",
            "Marchegg",
        ),
        (),
        actor="Ferdl",
    ),
    Case(
        "tour_of_turkey_rider_antalya_to_istanbul_told_plainly",
        "Belgium's Van Damme wins Tour of Turkey as race ends in Istanbul\n\n"
        "ISTANBUL, April 27 (Reuters) - Belgian rider Lennert Van Damme won the Tour of Turkey "
        "on Sunday, finishing safely in the bunch on the final circuit around Istanbul to take "
        "his first stage-race title by 14 seconds. The eight-day race started on the "
        "Mediterranean coast in Antalya on April 20, where Van Damme, 24, was fourth in the "
        "opening sprint. The peloton rode east to Alanya on Monday, and after a long bus "
        "transfer the riders raced into Fethiye on Tuesday. Van Damme took the leader's "
        "turquoise jersey on Wednesday with a solo attack on the last climb before Marmaris "
        "and defended it on Thursday's hilly stage to Bodrum, where crosswinds split the "
        "field. On Friday he was second in the sprint in Kusadasi, and on Saturday the teams "
        'flew to Istanbul for two circuit races along the Bosporus. "My legs were empty on '
        'Thursday, but my team rode like lions," Van Damme said. Colombian Julian Pardo '
        "finished second overall, 14 seconds behind, and Italian Marco Ferri was third.",
        date(2025, 4, 27),
        (
            "Antalya",
            "Alanya",
            "Fethiye",
            "Marmaris",
            "Bodrum",
            "Kuşadası|Kusadasi|Kuşadasi",
            "Istanbul|İstanbul|Constantinople",
        ),
        (),
        actor="Lennert Van Damme",
    ),
    Case(
        "snowboarder_evacuated_from_niseko_told_plainly",
        "Canadian snowboarder flown home from Japan after breaking his back\n\n"
        "CALGARY, Alberta, Jan 31 (Reuters) - A Canadian snowboarder who broke his back in a "
        "fall at a Japanese ski resort landed in Calgary on an air ambulance on Friday, ending "
        "a trip that was meant to be the holiday of his life. Dylan Fraser, 24, a carpenter, "
        "flew from Calgary to Tokyo on Jan 5 with two friends, took a domestic flight on to "
        "Sapporo the next day and travelled by bus to the resort town of Niseko. On Jan 11 he "
        "landed badly after jumping off a ridge in deep powder and was carried down the "
        "mountain on a sled by ski patrollers. An ambulance took him to a hospital in Sapporo, "
        "where surgeons fused three vertebrae. After almost three weeks in the hospital he was "
        "lifted onto a chartered jet on Friday with a doctor and a nurse on board. The plane "
        "stopped to refuel in Anchorage, Alaska, and landed in Calgary on Friday morning local "
        "time. His parents were waiting beside an ambulance on the tarmac and rode with him to "
        'Foothills Medical Centre. "He moved his toes for us on a video call from his '
        'hospital bed, and that was the best moment of our lives," said his mother, Karen '
        "Fraser. The flight cost 140,000 Canadian dollars, most of it raised by friends "
        "online.",
        date(2025, 1, 31),
        (
            "Calgary",
            "Tokyo|Tōkyō|Tokio",
            "Sapporo|Sapporo-shi",
            "Niseko|Niseko-chō|Niseko-cho",
            "Sapporo|Sapporo-shi",
            "Anchorage",
            "Calgary",
        ),
        ((51.05, -114.07),),
        actor="Dylan Fraser",
    ),
    Case(
        "aid_convoy_addis_ababa_to_mekele_told_plainly",
        "Aid convoy reaches Tigray capital after five-day drive from Addis Ababa\n\n"
        "MEKELE, Ethiopia, June 13 (Reuters) - A convoy of 42 trucks carrying wheat, cooking "
        "oil and medicines reached Mekele on Friday after a five-day, 780-km drive from Addis "
        "Ababa, the first large food delivery to the capital of Tigray in two months, the World "
        "Food Programme said. The trucks left a WFP warehouse in Addis Ababa early on Monday "
        "under convoy leader Selam Gebru, a former schoolteacher who has led aid columns to the "
        "north since 2021. They drove up through the Amhara highlands and stopped on Tuesday "
        "night at Kombolcha, where two trucks with broken axles were unloaded and their sacks "
        "shared out among the others. On Wednesday the column climbed the escarpment to "
        "Woldia, and on Thursday it crossed into Tigray and spent the night at Alamata, where "
        'soldiers checked every load. "At Alamata the children ran beside the trucks for a '
        'kilometre," Gebru said. In Mekele she handed the delivery papers to the head of the '
        "region's interim administration, Tadesse Werede, who thanked the drivers at the "
        "warehouse gate. Aid agencies say about a million people in Tigray still depend on "
        "food handouts after the war of 2020 to 2022.",
        date(2025, 6, 13),
        (
            "Addis Ababa|Ādīs Ābeba|Addis Abeba|Adis Abeba",
            "Kombolcha|Kombolch’a|Kombolch'a|Kombolcia",
            "Weldiya|Woldia|Woldiya|Waldia|Weldya",
            "Alamata|Alamat’a|Alamat'a",
            "Mek’ele|Mek'ele|Mekele|Mekelle|Makale|Mäkele",
        ),
        ((13.50, 39.47),),
        actor="Selam Gebru",
    ),
    Case(
        "philippine_labour_secretary_gulf_tour_told_plainly",
        "Philippine migrant workers chief ends Gulf tour with deal in Dubai\n\n"
        "DUBAI, Oct 16 (Reuters) - Philippine Migrant Workers Secretary Ramon Villanueva ended "
        "a week-long tour of the Gulf in Dubai on Thursday, pressing four governments to "
        "enforce rules on rest days, wages and passports for the roughly 2 million Filipinos "
        "who work in the region. Villanueva flew from Manila to Riyadh on Oct 8 and held talks "
        "the next day with Saudi Human Resources Minister Faisal al-Harbi on a minimum wage for "
        "domestic workers. On Oct 12 he travelled to Kuwait City, where he met Interior "
        "Minister Sheikh Nasser al-Sabah, whose ministry runs the shelters where runaway maids "
        "wait for exit permits. In Doha on Tuesday he held talks with Qatari Labour Minister "
        "Ali al-Kuwari and visited a shelter run by the Philippine embassy. He flew on to "
        "Dubai on Wednesday, and on Thursday he signed an agreement on recruitment fees with "
        "the UAE's human resources minister, Mariam al-Mazrouei. \"A worker who cannot keep "
        'her own passport is not free," Villanueva told Filipino community leaders at the '
        "consulate. He is due to fly home to Manila on Friday.",
        date(2025, 10, 16),
        (
            "Manila",
            "Riyadh|Ar Riyāḑ|Ar Riyad|Riyad",
            "Kuwait City|Kuwait|Al Kuwayt|Madīnat al Kuwayt",
            "Doha|Ad Dawḩah|Ad Dawhah",
            "Dubai|Dubayy",
            "Manila",
        ),
        ((24.69, 46.72), (29.37, 47.98), (25.29, 51.53), (25.20, 55.27)),
        actor="Ramon Villanueva",
    ),
    Case(
        "yangtze_cruise_ship_chongqing_to_yichang_told_plainly",
        "Battery-powered cruise ship ends maiden Yangtze voyage in Yichang\n\n"
        "YICHANG, China, May 9 (Reuters) - The Yangtze Aurora, billed by its owners as the "
        "largest battery-powered cruise ship in China, docked in Yichang on Friday at the end "
        "of a four-day maiden voyage down the Yangtze River through the Three Gorges. The "
        "150-metre ship left Chongqing on Monday evening with 420 passengers, most of them "
        "retired couples from eastern China, and sailed through the night without a sound from "
        "its engines, passengers said. On Tuesday morning it called at Fengdu, where "
        "passengers climbed to the temples of the so-called ghost city on the hill above the "
        "river, and that evening it moored at Wanzhou to charge its batteries from a new shore "
        "station. On Wednesday it entered the first of the gorges, and on Thursday morning it "
        "stopped at Badong, where passengers boarded smaller boats for a trip up the Shennong "
        "stream. The ship was lowered through the five-step locks beside the dam on Thursday "
        'night and reached Yichang shortly after dawn. "Ten years ago you could not hear '
        'yourself speak on deck. Now you hear the birds," said Zhou Lihua, 67, a retired '
        "engineer. The company plans to put two more electric ships on the route next year.",
        date(2025, 5, 9),
        (
            "Chongqing|Chungking|Chongqing Shi",
            "Fengdu|Feng-tu|Mingshan",
            "Wanzhou|Wanxian|Wan Xian|Wanzhou Qu",
            "Badong|Pa-tung|Xinling",
            "Yichang|Ichang|I-ch’ang|I-ch'ang",
        ),
        (),
        actor="Yangtze Aurora",
    ),
    Case(
        "horseback_ride_almaty_to_osh_told_from_the_end",
        "Scottish rider ends 1,100-km horseback journey across Kyrgyzstan in Osh\n\n"
        "OSH, Kyrgyzstan, Sept 12 (AFP) - Fiona MacLeod rode into Osh on a grey mare called "
        "Altyn on Thursday, ending a 54-day journey on horseback from Kazakhstan across the "
        "mountains of Kyrgyzstan, the longest solo ride through the country by a foreign woman "
        "that local officials know of. Traders at the city's bazaar clapped as she led the mare "
        'and a packhorse through the crowd. "My knees are finished, but the horses are fitter '
        'than when we started," said MacLeod, 46, a Scottish vet. She set off from Almaty on '
        "July 20 with the two horses, bought from a farmer on the edge of the city, and "
        "crossed into Kyrgyzstan through the Karkara valley. She rested for a week in Karakol, "
        "at the eastern end of Lake Issyk-Kul, then rode south over a 3,800-metre pass to "
        "Naryn, where a blacksmith reshod both horses. From Naryn she followed shepherds' "
        "trails west for three weeks to Kazarman, a village cut off by snow for half the "
        "year, and came down through the walnut forests to Jalal-Abad on Sept 8. She plans to "
        "give the horses to a riding school in Osh and fly home next week.",
        date(2024, 9, 12),
        (
            "Almaty|Alma-Ata|Alma Ata|Almaty Qalasy",
            "Karakol|Przhevalsk|Przheval’sk|Przheval'sk",
            "Naryn",
            "Kazarman",
            "Jalal-Abad|Dzhalal-Abad|Jalalabad|Djalal-Abad|Jalal-Abad Shaary",
            "Osh",
        ),
        (),
        actor="Fiona MacLeod",
    ),
    Case(
        "looted_tomb_relief_minya_to_cairo_flashback",
        "Looted Egyptian tomb relief returns home after a decade abroad\n\n"
        "CAIRO, Nov 20 (Reuters) - A painted limestone relief of a royal scribe, hacked from "
        "the wall of an ancient tomb in Middle Egypt 12 years ago, went on display at the "
        "Egyptian Museum in Cairo on Thursday after investigators traced it through three "
        "countries and two auction houses. Looters had cut the panel from a rock tomb near "
        "Minya in August 2013, in the chaos that followed the army's removal of President "
        "Mohamed Morsi, officials said. It had been smuggled out of the country hidden in a "
        "shipment of furniture and had reached Dubai by the end of that year. A dealer there "
        "had sold it to a gallery in Hamburg, which had shipped it to Paris in 2016 with forged "
        "export papers. An auction house in Paris had sold it in 2017 to a collector in New "
        "York for $1.3 million, and it had hung in his apartment for six years before "
        "prosecutors seized it in 2023. It had been flown back to Cairo in a padded crate "
        "earlier this month. \"This man sat at the pharaoh's side 4,000 years ago, and now he "
        "is home,\" said Hisham Fawzy, a senior official of Egypt's antiquities council. The "
        "collector, who was not charged, said he had bought the relief in good faith.",
        date(2025, 11, 20),
        (
            "Minya|Al Minyā|Al Minya|El Minya|Minia|El-Minya",
            "Dubai|Dubayy",
            "Hamburg",
            "Paris",
            "New York|New York City|Manhattan",
            "Cairo|Al Qāhirah|Al Qahirah|El Cairo",
        ),
        (),
        actor="relief",
    ),
    Case(
        "cellist_european_tour_second_mover",
        "Japanese cellist reunited with 300-year-old cello in time for Hamburg finale\n\n"
        "HAMBURG, Oct 19 (AP) - Japanese cellist Hana Sato closed her European tour in Hamburg "
        "on Sunday on the 18th-century cello she had left in the boot of a Prague taxi eight "
        "days earlier, after a Czech taxi driver, the police and a courier brought it back to "
        "her. Sato, 31, flew from Tokyo to Vienna on Oct 5 and opened the tour with two "
        "recitals there. She took the train to Prague on Oct 10, and after her concert on Oct "
        "11 she forgot the instrument, insured for 2.5 million euros, in a taxi outside her "
        "hotel. The driver, who had not noticed the case, drove home to Plzen at the end of "
        "his shift and found it there two days later. Sato had meanwhile travelled on to "
        "Leipzig, where she played on Oct 14 on a cello lent by the Gewandhaus Orchestra. The "
        "driver handed the case to the police in Plzen, and on Friday a specialist courier "
        "drove it through the night to Hamburg. Sato had arrived in Hamburg by train on "
        'Thursday. "When I opened the case and smelled the old wood, I cried," she said after '
        "the concert at the Elbphilharmonie. The driver, Pavel Dvorak, said he would accept no "
        "reward but two concert tickets.",
        date(2025, 10, 19),
        (
            "Tokyo|Tōkyō|Tokio",
            "Vienna|Wien",
            "Prague|Praha",
            "Leipzig",
            "Hamburg",
        ),
        (),
        actor="Hana Sato",
    ),
    Case(
        "un_yemen_envoy_shuttle_background_places",
        "U.N. envoy ends Gulf shuttle in Aden with plea for prisoner swap\n\n"
        "ADEN, Feb 6 (Reuters) - The United Nations special envoy for Yemen, Anders Lindqvist, "
        "ended a week of shuttle diplomacy in Aden on Thursday, urging the government and the "
        "Houthi movement to agree a prisoner exchange before the holy month of Ramadan. "
        "Lindqvist flew from his office in Amman to Riyadh on Sunday for talks with Saudi "
        "Defence Minister Prince Khalid bin Salman, whose country has backed the government "
        "since 2015. On Tuesday he was in Muscat, where he met Omani Foreign Minister Badr "
        "Albusaidi, who has carried messages to the Houthis for years. The Houthi leaders in "
        "Sanaa declined to receive him this time, their spokesman said. In Aden on Thursday he "
        'held talks with Rashad al-Alimi, head of the Presidential Leadership Council. "Every '
        'family that waits for a son in a prison deserves an answer," Lindqvist told reporters '
        "at the airport. A prisoner deal agreed in Stockholm in 2018 has been only partly "
        "carried out. Washington struck Houthi targets around the port of Hodeidah again last "
        "month after attacks on ships in the Red Sea, and Tehran has condemned the strikes. "
        "Lindqvist returns to Amman on Friday.",
        date(2025, 2, 6),
        (
            "Amman|‘Ammān|Ammān|'Amman",
            "Riyadh|Ar Riyāḑ|Ar Riyad|Riyad",
            "Muscat|Masqaţ|Masqat|Maskat",
            "Aden|‘Adan|Adan|'Adan",
            "Amman|‘Ammān|Ammān|'Amman",
        ),
        ((24.69, 46.72), (23.59, 58.41), (12.78, 45.04)),
        actor="Anders Lindqvist",
    ),
    Case(
        "appalachian_trail_hiker_ambiguous_names",
        "Retired teacher, 71, finishes Appalachian Trail on top of Katahdin\n\n"
        "MILLINOCKET, Maine, Sept 25 (AP) - Linda Harwood reached the summit of Mount Katahdin "
        "on Thursday, six months and ten days after she set out to walk the 3,500-km "
        "Appalachian Trail, and celebrated that evening with a steak dinner in Millinocket. The "
        "71-year-old retired teacher left Springer Mountain in Georgia on March 15 and walked "
        "north through the Great Smoky Mountains in a spring snowstorm. In early May she "
        "reached Damascus, Virginia, a town of 800 where the trail runs down the main street. "
        '"My grandchildren thought I had gone to Syria," she said. She crossed the Potomac at '
        "Harpers Ferry, West Virginia, on June 30, and in late July she walked through the town "
        "of Delaware Water Gap, Pennsylvania, and crossed the Delaware River into New Jersey. "
        "In New Hampshire she spent three days resting a sore knee in Hanover, the home of "
        "Dartmouth College, where a student asked whether she had walked from the German city "
        "of the same name. She crossed into Maine in September. About one in four hikers who "
        "set out to walk the whole trail each year finish it, according to the Appalachian "
        "Trail Conservancy.",
        date(2025, 9, 25),
        (
            "Springer Mountain",
            "Damascus",
            "Harpers Ferry|Harper's Ferry|Harper’s Ferry",
            "Delaware Water Gap",
            "Hanover",
            "Mount Katahdin|Katahdin",
            "Millinocket",
        ),
        (),
        actor="Linda Harwood",
    ),
    Case(
        "princess_aiko_laos_future_legs",
        "Japan's Princess Aiko arrives in Laos on first official trip abroad\n\n"
        "VIENTIANE, Nov 18 (Reuters) - Japan's Princess Aiko, the only child of Emperor "
        "Naruhito, arrived in Vientiane on Tuesday on her first official visit abroad, marking "
        "70 years of diplomatic ties between Japan and Laos. The 23-year-old princess, who "
        "works for the Japanese Red Cross, flew from Tokyo on a government plane and was "
        "greeted at Wattay airport by Lao officials and schoolchildren waving paper flags. That "
        "afternoon she held talks with President Thongloun Sisoulith at the presidential "
        "palace, and in the evening she attended a state banquet in her honour. On Wednesday "
        "she will visit a Japanese-funded children's hospital and lay flowers at the That "
        "Luang stupa. On Thursday she is due to fly north to Luang Prabang, the former royal "
        "capital on the Mekong, where she will watch the morning alms-giving by Buddhist monks "
        "and visit a weaving school. She will return to Tokyo on Saturday, the Imperial "
        "Household Agency said.",
        date(2025, 11, 18),
        (
            "Tokyo|Tōkyō|Tokio",
            "Vientiane|Viangchan|Vientiane Capital|Viang Chan",
            "Luang Prabang|Louangphabang|Luang Phabang|Louang Phabang",
            "Tokyo|Tōkyō|Tokio",
        ),
        ((17.97, 102.61),),
        actor="Princess Aiko",
    ),
]

ROUTE_FAILS32: dict[str, str] = {
    "stork_kosti_to_marchegg_told_plainly": (
        "first run (b758098): routes [Ferdl: Kosti > Adana > Bosphorus > Szeged > Marchegg] "
        "meetings []"
    ),
    "tour_of_turkey_rider_antalya_to_istanbul_told_plainly": (
        "first run (b758098): routes [peloton: Alanya > Fethiye; Van Damme: Bodrum > Istanbul] "
        "meetings []"
    ),
    "looted_tomb_relief_minya_to_cairo_flashback": (
        "first run (b758098): routes [Looted Egyptian tomb relief: Dubai > Cairo] meetings []"
    ),
    "appalachian_trail_hiker_ambiguous_names": (
        "first run (b758098): routes [Linda Harwood: Syria > Damascus > Potomac > Harpers Ferry "
        "> West Virginia > Delaware Water Gap > New Jersey > New Hampshire > Hanover > "
        "Dartmouth > Millinocket] meetings []"
    ),
}
MEETING_FAILS32: dict[str, str] = {
    "aid_convoy_addis_ababa_to_mekele_told_plainly": (
        "first run (b758098): routes [Selam Gebru: Kombolcha > Woldia > Mek'ele > Alamata; Aid "
        "convoy: Addis Ababa > Mek'ele] meetings []"
    ),
}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS32, CASES32))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS32, CASES32))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
