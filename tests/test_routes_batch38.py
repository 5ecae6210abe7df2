"""Blind route batch 38: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS38 and MEETING_FAILS38."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 38: twelve articles written before the code was run on them. Stops and meetings
# were fixed before the first run (see test_routes_unseen for the scoring); the misses of the first
# run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, in regions they seldom visit (the Pamirs, the Amazon's soy
# highway, the Senegal River, the head of the Gulf of Bothnia, the Lika highlands, Lesotho's
# mountains, New Caledonia, the Ecuadorean highlands, Sumatra, Namibia, central Ohio and
# Saskatchewan), six told plainly in the order things happened (with dates where a journalist gives
# them) and six with one complication each. Plain: a Tajik engineer driving an electric car from
# Dushanbe ('the capital' in the lede) by a night in Danghara, Kulob, 'limped into Qalai Khumb' and
# a day's charging there to Khorog (the dateline, named again as the car's home for a month), where
# the governor of Gorno-Badakhshan receives him at his office (the meeting), the Pamir Highway, a
# pass, the Panj river and Afghanistan as a road, a pass, a river and the country across it; a
# 71-year-old trucker's last run in a 1979 Mercedes-Benz truck, loaded in Nova Mutum, 'rolled past
# the silos of Lucas do Rio Verde without stopping', a night in Sorriso, the brakes checked in
# Sinop, a night in Guarantã do Norte and 'was towed into Novo Progresso' to the grain terminals at
# Itaituba (the dateline), the BR-163, the Tapajos and the Amazon as a highway and rivers, Mato
# Grosso and Pará as states, the collector who is to buy the truck not placed, no meeting; a river
# boat of 1952 (a boat named Yaye Dior as the mover) leaving the quay at Saint-Louis by the lock of
# the Diama dam, a night moored at Rosso 'on the Senegalese bank', a call at Richard-Toll (a
# governor's château) and two days of sandbanks to the old French fort at Podor (the dateline), the
# Senegal River as a river, Mauritania (where lorries queue for the ferry) as the country across it,
# no meeting (the captain is quoted, pensioners are passengers); a Finnish grandmother on a kicksled
# setting off from the market square in Oulu by Simo, three blizzard days in Kemi, Tornio, 'crossed
# the border into Haparanda on foot' and two nights in Kalix to the harbour at Luleå (the dateline,
# in the wire's ASCII spelling LULEA), where her sister waits on the ice (the meeting), the Gulf of
# Bothnia and the coast road as a gulf and a road, a home not named as her start; a retired postman
# leading a donkey named Mile out of Ban Jelačić Square in Zagreb by Karlovac, Ogulin, two nights in
# Gospić, Knin and Sinj to the seafront promenade of Split (the dateline), the Lika highlands, the
# Velebit range and the Adriatic as a region, a range and a sea, a village near Split not named, no
# meeting (tourists photographing the donkey are none; the donkey goes with its owner, the first
# named, who is the mover); a film graduate driving a mobile cinema truck from Maseru by
# Teyateyaneng, Leribe (the town also called Hlotse) and Butha-Buthe over the Moteng and Tlaeeng
# passes to Mokhotlong (the dateline), where the district's principal chief hosts the crew at his
# homestead (the meeting), Lesotho, Africa, 'the southern districts' and the European Union as a
# country, a continent, a region and a funder.
# With one complication: told from the end, a Kanak nurse running the length of New Caledonia, the
# lede at the finish in the Place des Cocotiers in Nouméa (the dateline), where her mother waits
# under the flame trees (the meeting), then from the start at the village hall in Poum by Koumac, a
# rest day in Koné, Bourail, 'ran through La Foa' and a last night in Païta to Nouméa again (one
# stop, the lede and the finish being the same arrival), Grande Terre as the island; a flashback in
# the pluperfect, a church bell of 1821 (an object as the mover) ringing again in Guamote (the
# dateline), its trail told after the lede: taken from the tower in Guamote, 'had driven it north
# ... to Riobamba', 'had then sold it ... to a scrap metal dealer in Ambato', 'had trucked it to
# Latacunga' where police seize it, then in the simple past 'carried back to Guamote', the
# Pan-American Highway a road, no meeting (the parish priest quoted and farmers in the square are
# none); a second mover, a nurse riding a motorbike home for Eid from Medan by Pematangsiantar, a
# night in Parapat (Lake Toba a lake), Balige, a night in Tarutung and two rainy nights in
# Padangsidempuan across the equator to her mother's house in Bukittinggi (the dateline), where her
# mother waits at the gate (the meeting), while her brother flies from Batam to Pekanbaru and takes
# a bus from Pekanbaru, which are no stops of hers, Sumatra and West Sumatra as an island and a
# province; background places, a German lawmaker leading a delegation that arrives in Windhoek
# (talks with the Namibian president at State House, a meeting), drives to Okahandja (talks with
# Herero traditional leaders, a meeting), spends a night in Otjiwarongo, visits a memorial in
# Swakopmund and flies south to Lüderitz (the dateline, spelled LUDERITZ in the dateline; the wreath
# on Shark Island, an island in the town's bay), with the Waterberg plateau (a battle of 1904),
# Berlin (the skulls, the decision and the government's offer), Bremen (the merchant's home), Adolf
# Lüderitz (a man the town is named after), West Germany and Israel (payments after 1952) as
# background; ambiguous names, an Ohio farmer of 82 driving a 1948 tractor from Athens (the Ohio
# university town, not the Greek capital) by a night in Logan (not the Utah city), Lancaster (not
# the English or the Pennsylvania one), Circleville, London (the Madison County seat, not the
# British capital), a fuel line mended in Urbana (not the Illinois city) and a rest day in
# Bellefontaine to the fairgrounds in Lima (the dateline, not the Peruvian capital, named again as
# his birthplace and in a quote), the Hocking Hills, the Scioto, U.S. 33, 'the capital' (Columbus,
# not named and skirted) and the state's highest point as hills, a river, a road, a city passed by
# and a hill, no meeting (a Sunday school class, a deputy's escort and a grandson following in a
# pickup are none); future legs, the Mounties' Musical Ride (a troupe of horses and riders as the
# mover) trucked from its stables in Ottawa to two shows in Kindersley and on to Weyburn (the
# dateline), due to drive north to Humboldt, then to Melfort and to end the prairie tour in Nipawin
# before the horses are trucked back to Ottawa, the Maritimes (an autumn tour of a region) and
# Saskatchewan as regions, no meeting (crowds are none).
# Decisions (as in batches 17-37): a country, state, province, region or island named beside a town
# is no extra stop (Tajikistan, Gorno-Badakhshan, Brazil, Mato Grosso, Pará, Senegal, Sweden,
# Croatia, Lesotho, Grande Terre, Ecuador, Indonesia, Sumatra, West Sumatra, Namibia, Ohio,
# Saskatchewan), nor a country named only in a nationality or an adjective (Tajik, Chinese, Finnish,
# Swedish, Senegalese, French, Kanak, Ecuadorean, German, Namibian, Canadian); a venue is its town
# (the governor's office in Khorog, the grain terminals at Itaituba, a workshop in Sinop, the quay
# at Saint-Louis, the château of Richard-Toll, the old French fort at Podor, the market square in
# Oulu, the harbour at Luleå, Ban Jelačić Square in Zagreb, the fortress of Knin, the seafront
# promenade of Split, a school yard in Teyateyaneng, the sports ground of Leribe, the chief's
# homestead in Mokhotlong, the Place des Cocotiers in Nouméa, the village hall in Poum, the church
# tower of Guamote, a garage in Riobamba, a dealer's yard in Ambato, a mosque in Tarutung, the
# mother's house in Bukittinggi, State House in Windhoek, Shark Island in Lüderitz, the Allen County
# fairgrounds in Lima, Main Street in London); a town passed, stopped at or reached near on the way
# is a stop ('rolled past the silos of Lucas do Rio Verde without stopping', 'was towed into Novo
# Progresso', 'moored at Rosso', 'called at Richard-Toll', 'limped into Qalai Khumb', 'crossed the
# border into Haparanda', 'ran through La Foa', 'crossed the Scioto at Circleville', 'A fuel line
# split outside Urbana'), but a sea, gulf, lake, river, dam, range, pass, plateau, highland,
# highway, island or border crossed, followed or named is none (the Pamir Highway, the Panj, the
# BR-163, the Tapajos, the Amazon, the Senegal River, the Diama dam, the Gulf of Bothnia, the Lika,
# the Velebit, the Adriatic, the Moteng and Tlaeeng passes, Grande Terre, the Pan-American Highway,
# Lake Toba, the equator, the Waterberg plateau, the Hocking Hills, the Scioto, U.S. 33, the state's
# highest point), and a capital skirted and not named is none ('skirted the capital to the west');
# the place a mover sets out from is the first stop even when the lede names only the end ('left
# Dushanbe', 'loaded ... in Nova Mutum', 'left the quay at Saint-Louis', 'set off from the market
# square in Oulu', 'led the donkey ... out of Ban Jelačić Square in Zagreb', 'left Maseru', 'started
# ... from the village hall in Poum', 'took it down from the tower' of the church in Guamote, 'left
# the city' of Medan, 'arrived in Windhoek', 'set out ... from Athens', 'trucked ... from their
# stables in Ottawa'); a stop visited twice is listed twice (Guamote, Ottawa), but a town named
# twice in one stay is one stop (Khorog, Itaituba, Sinop, Podor, Kemi, Luleå, Split, Gospić, Knin,
# Mokhotlong, Nouméa, Bukittinggi, Lüderitz, Lima, Weyburn); planned legs stated as plans are stops
# ('will be loaded again for the drive north to Humboldt', 'goes on to Melfort', 'ends its prairie
# tour in Nipawin', 'trucked back to Ottawa'), but a stay to come where the mover already is, is
# none (a month of tests in Khorog, a week at Podor, the fair in Lima), and so are places not named
# (the collector's, the field near Split, the southern districts of Lesotho, the foundry's, home),
# tours of a region (the Maritimes) and the places of another mover (the brother's Batam and
# Pekanbaru, the lorries' Mauritania, the beans' barge down the Amazon); places named only as
# background, history, comparison, a birthplace or in a quote (Afghanistan, Mauritania, the
# Waterberg, Berlin, Bremen, West Germany, Israel, the Athens, London and Lima of the farmer's
# quote) are no stops. The dateline is a stop in every article of this batch.
# A regional governor receiving a driver at his office, a sister waiting on the ice of a harbour, a
# district chief hosting a film crew at his homestead, a mother waiting under flame trees at a
# finish, a mother waiting at the gate of the family house, and a lawmaker's talks with a president
# and with traditional leaders are meetings; meetings not listed are not required, and finding them
# is no error. A cousin's garage, a crowd at a hotel, a workshop friend, a mechanic, a captain,
# pensioners on a boat, a friend's flat, tourists, a farmer's barn, technicians, audiences, a mayor
# firing a starting pistol, schoolchildren, a running club, a foundry worker, police, a parish
# priest, travellers at a mosque, a brother arriving an hour later, a Sunday school class, a
# sheriff's deputy, a farm equipment dealer, a grandson in a pickup and crowds at a horse show are
# no meetings, and there is none for the trucker, the river boat, the donkey walker, the bell, the
# tractor and the Musical Ride.
# Stop spellings accept the GeoNames names, plain ASCII and common variants, every common spelling
# of each stop offered ('Dushanbe|Dyushambe|Stalinabad', 'Kulob|Kŭlob|Kulyab|Kulyob', 'Qalai
# Khumb|Qalaikhumb|Qal'ai Khumb|Kalaikhum', 'Khorog|Khorugh', 'Guarantã do Norte|Guaranta do Norte',
# 'Saint-Louis|Saint Louis|Ndar', 'Rosso|Rosso-Sénégal', 'Richard-Toll|Richard Toll',
# 'Oulu|Uleåborg', 'Tornio|Torneå', 'Haparanda|Haaparanta', 'Luleå|Lulea|Luulaja', 'Zagreb|Agram',
# 'Gospić|Gospic', 'Split|Spalato', 'Leribe|Hlotse', 'Butha-Buthe|Botha-Bothe', 'Koné|Kone',
# 'Païta|Paita', 'Nouméa|Noumea', 'Ambato|San Juan de Ambato', 'Pematangsiantar|Pematang Siantar',
# 'Parapat|Prapat', 'Padangsidempuan|Padang Sidempuan|Padangsidimpuan', 'Bukittinggi|Bukit
# Tinggi|Fort de Kock', 'Windhoek|Windhuk', 'Lüderitz|Luderitz|Lüderitzbucht').
CASES38 = [
    Case(
        "electric_car_over_the_pamirs_dushanbe_to_khorog_told_plainly_governor_receives",
        "Tajik engineer drives electric car over the Pamirs to Khorog\n\n"
        "KHOROG, Tajikistan, Aug 14 (Reuters) - A Tajik engineer drove a Chinese-built electric "
        "car into Khorog on Thursday after a six-day, 600-km trip from the capital along the Pamir "
        "Highway, and the governor of the Gorno-Badakhshan region received him at his office that "
        "evening to hear how the batteries had held up. Firdavs Nazarov, 34, who works for the "
        "state power company, left Dushanbe on Saturday morning with a folding solar panel and two "
        "spare charging cables in the boot. He spent the first night in Danghara, charging the car "
        "from a socket in a cousin's garage, and on Sunday drove on to Kulob, where a small crowd "
        "gathered at a hotel to watch it being plugged into the kitchen supply. The hardest "
        "stretch came on Monday, a climb over a 2,200-metre pass and a long descent to the Panj "
        "river, which marks the border with Afghanistan. He limped into Qalai Khumb that night "
        "with 4 percent charge left and waited a full day while a small hydropower station fed the "
        "car enough current. From there the road follows the river upstream for 240 km, much of it "
        'unpaved, and he rolled into Khorog at dusk. "Going downhill the car charges itself. Going '
        'uphill you pray," Nazarov said. The car will stay in Khorog for a month of tests by the '
        "regional power company, which hopes to build chargers along the highway next year.",
        date(2025, 8, 14),
        (
            "Dushanbe|Dyushambe|Stalinabad",
            "Danghara|Dangara|Danghara Shahri",
            "Kulob|Kŭlob|Kulyab|Kulyob",
            "Qalai Khumb|Qalaikhumb|Qal'ai Khumb|Kalaikhum|Kalai-Khumb|Qalai-Khumb",
            "Khorog|Khorugh",
        ),
        ((37.49, 71.55),),
        actor="Firdavs Nazarov",
    ),
    Case(
        "veteran_trucker_last_run_up_the_br_163_nova_mutum_to_itaituba_told_plainly",
        "Veteran trucker's last run takes 1979 Mercedes up Brazil's soy highway\n\n"
        "ITAITUBA, Brazil, May 22 (Reuters) - Valdir Schneider, 71, steered his 1979 Mercedes-Benz "
        "truck down to the grain terminals on the Tapajos river at Itaituba on Thursday, ending a "
        "last 1,100-km run along the BR-163 highway, which he first drove when much of it was a "
        "dirt track. Schneider loaded 14 tonnes of soybeans in Nova Mutum, in Mato Grosso state, "
        "on May 13, and that afternoon rolled past the silos of Lucas do Rio Verde without "
        "stopping. He spent the night in Sorriso, which calls itself the country's soy capital, "
        "and on Wednesday had the brakes checked at a workshop in Sinop run by a friend from his "
        "early years on the road. Two days of rain slowed him further north, and after a night in "
        "Guarantã do Norte he crossed into Pará state on Saturday. On Sunday a leaf of the rear "
        "spring snapped in a pothole and the truck was towed into Novo Progresso, where a mechanic "
        "welded it overnight. The last 380 km, through cattle pasture and patches of forest, took "
        'four days. "In 1981 this was mud up to the axles and we slept under the trucks for a week '
        'at a time," Schneider said. "Now the asphalt is so smooth the young drivers fall asleep." '
        "The beans will go by barge down the Tapajos and the Amazon, and the truck, which has "
        "covered an estimated 4 million km, is to be sold to a collector.",
        date(2025, 5, 22),
        (
            "Nova Mutum",
            "Lucas do Rio Verde",
            "Sorriso",
            "Sinop",
            "Guarantã do Norte|Guaranta do Norte",
            "Novo Progresso",
            "Itaituba",
        ),
        (),
        actor="Valdir Schneider",
    ),
    Case(
        "restored_river_boat_up_the_senegal_saint_louis_to_podor_told_plainly",
        "Restored river boat reaches Podor after week on the Senegal River\n\n"
        "PODOR, Senegal, Dec 6 (Reuters) - The Yaye Dior, a river boat built in a French yard in "
        "1952 and rescued from a mudbank a decade ago, tied up below the old French fort at Podor "
        "on Saturday, the first passenger boat to make the trip up the Senegal River from the "
        "coast this year. The boat left the quay at Saint-Louis on Monday morning with 32 "
        "passengers, most of them Senegalese pensioners on a trip organised by a retired teachers' "
        "union, and passed through the lock of the Diama dam before noon. It spent Monday night "
        "moored at Rosso, on the Senegalese bank, while lorries queued in the dark for the ferry "
        "across the river to Mauritania. On Wednesday the Yaye Dior called at Richard-Toll, where "
        "the passengers walked through the sugar cane fields to the château a French governor "
        "built in the 1820s, and it stayed there the night while the engineer replaced a cracked "
        "fuel line. Two days of sandbanks followed, the crew sounding the channel with long poles "
        "and twice running the bow aground, before the boat came round the last bend and blew its "
        'whistle below the fort. "The river is lower every year, but she still floats," said the '
        "captain, Mamadou Sow, whose father piloted boats on the same stretch. The boat will stay "
        "at Podor for a week before a return trip with a new group of passengers.",
        date(2025, 12, 6),
        (
            "Saint-Louis|Saint Louis|Ndar",
            "Rosso|Rosso-Sénégal|Rosso Senegal",
            "Richard-Toll|Richard Toll",
            "Podor",
        ),
        (),
        actor="Yaye Dior",
    ),
    Case(
        "kicksled_round_the_gulf_of_bothnia_oulu_to_lulea_told_plainly_sister_waits",
        "Finnish grandmother kicksleds round top of Gulf of Bothnia to Sweden\n\n"
        "LULEA, Sweden, Feb 21 (Reuters) - A 67-year-old Finnish grandmother pushed a wooden "
        "kicksled into the harbour at Luleå on Friday, 18 days and 330 km after leaving home, and "
        "her younger sister, who married a Swede 40 years ago, was waiting on the ice with a "
        "thermos of coffee. Aino Heikkilä set off from the market square in Oulu on Feb 3, towing "
        "her bags on a small trailer behind the sled. She reached Simo two days later after a "
        "night in a fisherman's hut and then kicked her way up the frozen coast road to Kemi, "
        "where she waited out three days of a blizzard at a friend's flat by the icebreaker "
        "harbour. From Kemi it was a short run to Tornio, and on Feb 13 she crossed the border "
        'into Haparanda on foot, pushing the sled over a bridge, "and lost an hour without '
        'noticing," she said of the time difference. The Swedish side brought the worst of the '
        "cold, 31 degrees below zero on the morning she left Kalix, where she had spent two nights "
        "at a church guesthouse. She followed a snowmobile track along the coast for the last two "
        'days. "My knees are 67 but the rest of me is about 40," Heikkilä said. Her sister, Marja '
        "Lundgren, said she had told her to take the bus.",
        date(2025, 2, 21),
        (
            "Oulu|Uleåborg",
            "Simo",
            "Kemi",
            "Tornio|Torneå",
            "Haparanda|Haaparanta",
            "Kalix",
            "Luleå|Lulea|Luulaja",
        ),
        ((65.58, 22.15),),
        actor="Aino Heikkilä",
    ),
    Case(
        "postman_walks_a_donkey_from_zagreb_to_split_told_plainly",
        "Retired postman and his donkey walk from Zagreb to the Adriatic\n\n"
        "SPLIT, Croatia, Sept 27 (Reuters) - A retired postman and his donkey walked onto the "
        "seafront promenade in Split on Saturday, 22 days and about 420 km after leaving the "
        "capital, and tourists queued to photograph the animal, which wore a straw hat. Ivan "
        "Perić, 63, led the donkey, a six-year-old named Mile, out of Ban Jelačić Square in Zagreb "
        "on Sept 5, carrying a tent and a sack of oats on its back. They reached Karlovac after "
        "three days on back roads and rested there for a day by the river. The next leg, through "
        "forest, took them to Ogulin, where Perić said Mile refused to cross a railway bridge and "
        "they spent an afternoon finding a ford. They climbed into the Lika highlands and stopped "
        "for two nights in Gospić, sheltering from a thunderstorm in a farmer's barn. South of "
        "Gospić the road crosses the Velebit range, and the pair slept in the open twice before "
        "coming down to Knin, under its hilltop fortress, on Sept 19. From Knin they followed an "
        "old cart track to Sinj, where Mile was shown the stables of the horses ridden in the "
        'town\'s summer tournament and was, Perić said, "deeply unimpressed". The last day was '
        'the hottest. "He carried my bags and I carried his apples. That was the deal," Perić '
        "said. A farmer from a village near Split has offered Mile a field for the winter.",
        date(2025, 9, 27),
        (
            "Zagreb|Agram",
            "Karlovac",
            "Ogulin",
            "Gospić|Gospic",
            "Knin",
            "Sinj",
            "Split|Spalato",
        ),
        (),
        actor="Ivan Perić",
    ),
    Case(
        "mobile_cinema_truck_up_lesotho_maseru_to_mokhotlong_told_plainly_chief_hosts",
        "Mobile cinema brings first film nights to Lesotho's mountain towns\n\n"
        "MOKHOTLONG, Lesotho, July 11 (Reuters) - A truck fitted with a folding screen, a "
        "projector and a diesel generator climbed into Mokhotlong on Friday at the end of a "
        "two-week tour of Lesotho's northern towns, and the principal chief of the district hosted "
        "its crew at his homestead with a dinner of mutton and maize porridge. Palesa Mohale, 31, "
        "a film graduate who drives the truck herself, left Maseru on June 27 with two technicians "
        "and a box of 40 films, most of them dubbed into Sesotho. The first screening, in a school "
        "yard in Teyateyaneng two nights later, drew about 600 people, many wrapped in blankets "
        "against the winter cold. The truck moved on to Leribe, where it showed films three nights "
        "running in the town's sports ground, and on July 4 reached Butha-Buthe, close to the "
        "border, where a power cut left the generator as the only light in town. From there the "
        "road climbs over the Moteng and Tlaeeng passes, at more than 3,200 metres among the "
        "highest roads in southern Africa, and snow closed it for a day before the truck crawled "
        'up in low gear. "Half the audience tonight has never seen a film on a big screen," Mohale '
        "said before the last showing. The tour was paid for by a European Union culture fund, and "
        "she hopes to take the truck to the southern districts next year.",
        date(2025, 7, 11),
        (
            "Maseru",
            "Teyateyaneng",
            "Leribe|Hlotse",
            "Butha-Buthe|Botha-Bothe|Butha Buthe",
            "Mokhotlong",
        ),
        ((-29.29, 29.07),),
        actor="Palesa Mohale",
    ),
    Case(
        "run_down_new_caledonia_told_from_the_finish_in_noumea_mother_waits",
        "Kanak runner finishes length of New Caledonia in 10 days\n\n"
        "NOUMEA, Nov 11 (Reuters) - Célia Gowé ran into the Place des Cocotiers in central Nouméa "
        "on Tuesday evening, ten days after setting off from the northern tip of Grande Terre, and "
        "her mother, who had not seen her since the start, was waiting under the flame trees with "
        "a garland of frangipani. The 29-year-old nurse ran about 430 km to raise money for a "
        "dialysis unit, the first woman known to have run the length of the main island. She "
        "started on Nov 1 from the village hall in Poum, where the mayor fired a starting pistol "
        "borrowed from the school, and ran along the west coast road to Koumac on the first day. "
        "Two days of heavy rain followed on the way south to Koné, where she rested for a day with "
        "blistered feet. On Nov 7 she crossed the plain of cattle stations to Bourail, stopping "
        "for an hour at its beach, and on Saturday she ran through La Foa, where schoolchildren "
        "lined the road with banners. The last night was spent in Païta, 25 km short of the "
        'capital, because she wanted to finish in "daylight and in front of everyone", she said. '
        'Her running club said the run had raised more than 9 million Pacific francs. "My legs are '
        'finished, but my heart is full," Gowé said.',
        date(2025, 11, 11),
        (
            "Poum",
            "Koumac",
            "Koné|Kone",
            "Bourail",
            "La Foa",
            "Païta|Paita",
            "Nouméa|Noumea",
        ),
        ((-22.27, 166.45),),
        actor="Célia Gowé",
    ),
    Case(
        "stolen_church_bell_back_in_guamote_flashback_in_the_pluperfect",
        "Stolen church bell rings again in Ecuadorean highland town\n\n"
        "GUAMOTE, Ecuador, Oct 19 (Reuters) - The bronze bell of the church in Guamote rang again "
        "on Sunday for the first time since March, when thieves took it down from the tower in the "
        "night, and hundreds of indigenous farmers in ponchos crowded the square to hear it. The "
        "300-kg bell, cast in 1821, had been lowered from the tower with ropes and loaded onto a "
        "pickup truck in the early hours of March 9, police said. The thieves had driven it north "
        "along the Pan-American Highway to Riobamba, where they had hidden it for a month in a "
        "garage, and had then sold it for about $900 to a scrap metal dealer in Ambato. The dealer "
        "had kept it in his yard until August, when he had trucked it to Latacunga, intending to "
        "sell it to a foundry that melts down copper and bronze. A foundry worker recognised the "
        "bell from photographs on social media and called the police, who seized it on Sept 30. It "
        "was carried back to Guamote on Friday on the back of a police truck, escorted by two "
        'patrol cars, and hoisted into the tower on Saturday. "We thought we would never hear it '
        'again," said the parish priest, Father Segundo Guamán. Three men have been charged with '
        "theft and the dealer with receiving stolen goods.",
        date(2025, 10, 19),
        (
            "Guamote",
            "Riobamba",
            "Ambato|San Juan de Ambato",
            "Latacunga",
            "Guamote",
        ),
        (),
        actor="bell",
    ),
    Case(
        "lebaran_motorbike_ride_medan_to_bukittinggi_brother_flies_in_as_a_second_mover",
        "Nurse rides motorbike 700 km across Sumatra to be home for Lebaran\n\n"
        "BUKITTINGGI, Indonesia, March 29 (Reuters) - A nurse who rode a 125cc motorbike for five "
        "days down the spine of Sumatra reached her mother's house in Bukittinggi on Saturday, two "
        "days before the Eid al-Fitr holiday, and her mother was waiting at the gate with a plate "
        "of rendang. Rahmi Yusnita, 29, who works at a hospital in Medan, left the city before "
        "dawn on Tuesday and rode through the palm oil estates to Pematangsiantar by mid-morning. "
        "She spent the first night in Parapat, on the shore of Lake Toba, and on Wednesday "
        "followed the lake south to Balige, where she stopped to change a punctured tyre. The road "
        "then climbs through the hills to Tarutung, where she slept at a mosque with other "
        "travellers heading home, and on Thursday she rode the long descent to Padangsidempuan in "
        "heavy rain, staying two nights there until it eased. The last day, 330 km, took her "
        "across the equator and into West Sumatra. Her brother, Fadli, who works in a shipyard in "
        "Batam, had the shorter trip: he flew from Batam to Pekanbaru on Friday and took an "
        "overnight bus from Pekanbaru, arriving at the house an hour after his sister. Millions of "
        'Indonesians travel to their home towns for the holiday, a tradition known as mudik. "On a '
        'plane you arrive tired. On a motorbike you arrive with stories," Rahmi said.',
        date(2025, 3, 29),
        (
            "Medan",
            "Pematangsiantar|Pematang Siantar|Siantar",
            "Parapat|Prapat",
            "Balige",
            "Tarutung",
            "Padangsidempuan|Padang Sidempuan|Padangsidimpuan",
            "Bukittinggi|Bukit Tinggi|Fort de Kock",
        ),
        ((-0.31, 100.37),),
        actor="Rahmi Yusnita",
    ),
    Case(
        "german_mps_namibia_genocide_tour_windhoek_to_luderitz_background_places",
        "German lawmakers end Namibia tour at former camp on Shark Island\n\n"
        "LUDERITZ, Namibia, June 6 (Reuters) - A delegation of German lawmakers laid a wreath on "
        "Shark Island in Lüderitz on Friday, the site of a camp where thousands of Herero and Nama "
        "prisoners died between 1905 and 1907, at the end of a week-long tour of places linked to "
        "the killings. Katrin Behrendt, who leads the delegation, arrived in Windhoek on Sunday "
        "and held talks with the Namibian president at State House on Monday. On Tuesday she drove "
        "to Okahandja for talks with Herero traditional leaders, who told her that the 2021 "
        "agreement between the two governments had been negotiated without them. The delegation "
        "spent Tuesday night in Otjiwarongo, near the Waterberg plateau where German troops "
        "defeated the Herero in 1904, and on Thursday visited a memorial to forced labourers in "
        "Swakopmund before flying south. Historians compare the extermination order issued that "
        "year with later genocides, and the skulls of victims were taken to Berlin for racial "
        "research and returned only in several batches since 2011. Lüderitz itself is named after "
        'Adolf Lüderitz, a tobacco merchant from Bremen who bought the bay in 1883. "We cannot '
        'undo what was decided in Berlin," Behrendt said. Herero leaders have pointed to the '
        "payments West Germany made to Israel after 1952 and say Berlin's offer of 1.1 billion "
        "euros over 30 years is too little.",
        date(2025, 6, 6),
        (
            "Windhoek|Windhuk",
            "Okahandja",
            "Otjiwarongo",
            "Swakopmund",
            "Lüderitz|Luderitz|Lüderitzbucht",
        ),
        ((-22.57, 17.08), (-21.98, 16.92)),
        actor="Katrin Behrendt",
    ),
    Case(
        "vintage_tractor_across_ohio_athens_to_lima_through_london_ambiguous_names",
        "Ohio farmer, 82, drives 1948 tractor from Athens to Lima\n\n"
        "LIMA, Ohio, Aug 2 (AP) - Dale Hostetler spent eight days at 12 miles an hour on the seat "
        "of a 1948 John Deere tractor, and on Saturday he rolled into the Allen County fairgrounds "
        "in Lima to show it off. The 82-year-old retired farmer, who grew up on a dairy farm "
        "outside Lima, set out on July 26 from Athens, the university town where he has lived "
        "since 1975. He spent the first night in Logan, in the Hocking Hills, and on Sunday "
        "puttered up U.S. 33 to Lancaster, where a Sunday school class brought him lemonade. He "
        "crossed the Scioto at Circleville, the town of the annual Pumpkin Show, and on Tuesday "
        "skirted the capital to the west to reach London, the Madison County seat, where a "
        "sheriff's deputy escorted him down Main Street with the lights flashing. A fuel line "
        "split outside Urbana on Wednesday, and a farm equipment dealer there fixed it overnight. "
        "On Thursday he climbed into Bellefontaine, near the highest point in the state, and "
        "rested the tractor for a day. \"I've driven from Athens to London to Lima and I never "
        'needed a passport," Hostetler said. His grandson followed in a pickup with a spare tire '
        "and a cooler. The tractor, which he bought for $40 in 1961, will be shown at the fair "
        "through next week.",
        date(2025, 8, 2),
        (
            "Athens",
            "Logan",
            "Lancaster",
            "Circleville",
            "London",
            "Urbana",
            "Bellefontaine",
            "Lima",
        ),
        (),
        actor="Dale Hostetler",
    ),
    Case(
        "rcmp_musical_ride_saskatchewan_tour_at_weyburn_future_legs",
        "Mounties' Musical Ride gallops through Saskatchewan towns\n\n"
        "WEYBURN, Saskatchewan, July 18 (Reuters) - Thirty-two horses and riders of the Royal "
        "Canadian Mounted Police's Musical Ride performed in Weyburn on Friday night before a "
        "crowd of about 4,000, the second stop of a summer tour of small Saskatchewan towns. The "
        "black horses were trucked in early July from their stables in Ottawa, a 3,000-km trip "
        "that took four days with overnight rests for the animals, and opened the tour with two "
        "shows in Kindersley last weekend. The troupe then drove across the province to Weyburn, "
        "where riders in red serge rode the charge, the ride's best-known figure, with lances "
        'lowered. "People here remember their grandparents taking them to see it," said the '
        "ride's officer in charge, Superintendent Jo-Anne Fraser. On Monday the horses will be "
        "loaded again for the drive north to Humboldt, where the ride performs on Wednesday. It "
        "then goes on to Melfort for two shows next weekend and ends its prairie tour in Nipawin "
        "on July 30, after which the horses will be trucked back to Ottawa for a week's rest "
        "before the autumn tour of the Maritimes. The ride, first performed in 1887, tours about "
        "40 communities a year.",
        date(2025, 7, 18),
        (
            "Ottawa",
            "Kindersley",
            "Weyburn",
            "Humboldt",
            "Melfort",
            "Nipawin",
            "Ottawa",
        ),
        (),
        actor="Musical Ride",
    ),
]
ROUTE_FAILS38: dict[str, str] = {
    "electric_car_over_the_pamirs_dushanbe_to_khorog_told_plainly_governor_receives": (
        "first run (cf9359e): routes [Firdavs Nazarov: Dushanbe > Danghara > Kulob > Khorog] "
        "meetings [Khorog 2025-08-14 ['Firdavs Nazarov', 'governor']]"
    ),
    "veteran_trucker_last_run_up_the_br_163_nova_mutum_to_itaituba_told_plainly": (
        "first run (cf9359e): routes [Valdir Schneider: Nova Mutum > Sorriso > Guarantã > "
        "Novo Progresso] meetings []"
    ),
    "postman_walks_a_donkey_from_zagreb_to_split_told_plainly": (
        "first run (cf9359e): routes [retired postman: Knin > Split > Gospić > Karlovac > "
        "Ogulin > Sinj] meetings []"
    ),
    "mobile_cinema_truck_up_lesotho_maseru_to_mokhotlong_told_plainly_chief_hosts": (
        "first run (cf9359e): routes [Palesa Mohale: Maseru > Leribe > Butha-Buthe] meetings []"
    ),
    "run_down_new_caledonia_told_from_the_finish_in_noumea_mother_waits": (
        "first run (cf9359e): routes [Célia Gowé: Poum > Koumac > Koné > La Foa > Nouméa] "
        "meetings [Nouméa 2025-11-11 ['Célia Gowé']]"
    ),
    "stolen_church_bell_back_in_guamote_flashback_in_the_pluperfect": (
        "first run (cf9359e): routes [] meetings []"
    ),
    "lebaran_motorbike_ride_medan_to_bukittinggi_brother_flies_in_as_a_second_mover": (
        "first run (cf9359e): routes [Rahmi Yusnita: Pematangsiantar > Parapat > Balige > "
        "Tarutung > Bukittinggi; Fadli: Batam > Pekanbaru > Bukittinggi] meetings "
        "[Bukittinggi 2025-03-29 ['Rahmi Yusnita', 'mother']]"
    ),
    "german_mps_namibia_genocide_tour_windhoek_to_luderitz_background_places": (
        "first run (cf9359e): routes [Katrin Behrendt: Windhoek > Okahandja > Otjiwarongo] "
        "meetings [Windhoek 2025-06-02 ['Katrin Behrendt']; Okahandja 2025-06-03 ['Katrin "
        "Behrendt']]"
    ),
    "vintage_tractor_across_ohio_athens_to_lima_through_london_ambiguous_names": (
        "first run (cf9359e): routes [Dale Hostetler: Athens > Lancaster > Scioto > "
        "Circleville > London > Bellefontaine > London > Lima; 1948 tractor: Athens > Lima] "
        "meetings []"
    ),
    "rcmp_musical_ride_saskatchewan_tour_at_weyburn_future_legs": (
        "first run (cf9359e): routes [Musical Ride: Weyburn > Ottawa > Ottawa > Melfort > "
        "Humboldt > Nipawin] meetings []"
    ),
}
MEETING_FAILS38: dict[str, str] = {}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS38, CASES38))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS38, CASES38))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
