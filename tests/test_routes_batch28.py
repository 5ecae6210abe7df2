"""Blind route batch 28: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS28 and MEETING_FAILS28."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 28: twelve articles written before the code was run on them. Stops and
# meetings were fixed before the first run (see test_routes_unseen for the scoring); the
# misses of the first run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, six told plainly in the order things happened (with dates
# where a journalist gives them) and six with one complication each. Plain: an Iraqi pensioner
# walking to the Arbaeen pilgrimage from Basra by Nasiriyah, Diwaniyah (a day's rest) and Najaf
# (prayers at the shrine of Imam Ali) to Karbala (the dateline), where his son waits at the gate
# of the shrine of Imam Hussein (the meeting), the marshes crossed and Iran, Pakistan and
# Bahrain named only as the other pilgrims' homes; a young great white shark tagged off
# Chatham (the dateline; Cape Cod as the region) and tracked by its satellite tag off Montauk
# (at the tip of Long Island), Cape Hatteras, Charleston and Jacksonville to the waters off Key
# West, a trip back north in spring with no place named; the Dutch king's state visit to Chile,
# flown from Amsterdam to Santiago, where President Boric welcomes him at La Moneda (the
# meeting), on to Valparaiso and flown north to Antofagasta (the dateline), the flight home to
# Amsterdam to come, the Atacama as a desert and Rotterdam's port named only as a future buyer;
# a French explorer's solo walk down the length of Madagascar, from Antsiranana by Ambanja,
# Antananarivo, Antsirabe (gone through), Fianarantsoa and past Ihosy to Tolagnaro (the
# dateline, also named Fort Dauphin), no meeting; a Sami herder's spring reindeer migration
# from the pastures outside Karasjok by Lakselv (at the head of the Porsanger fjord) and a camp
# at Olderfjord, the herd swum across the sound to the island of Mageroya (the dateline), the
# Finnmark plateau, the fjord and the sound crossed, no meeting; a shipment of nuclear waste
# (a cargo as the mover) by rail from the terminal at Valognes, through Caen, a stop at Reims
# to change locomotives, Metz, across the border at Forbach to Karlsruhe, and by lorry to
# Philippsburg (the dateline), Normandy and northern France as regions and Germany and France
# as countries, no meeting.
# With one complication: told from the end, a hijacked Tunisian domestic flight, the lede at
# the surrender in Palermo (the dateline), then from the start: the take-off from Djerba, an
# hour circling over Tunis, a refuelling stop at Malta's Luqa airport and the landing in
# Palermo; the passengers' flight home to Tunis to come is another mover's; a flashback in the
# pluperfect, a looted Benin bronze (an object as the mover) back in Benin City (the dateline),
# its trail told after the arrival: taken from the palace in Benin City in 1897, shipped to
# London and sold, bought by a surgeon from Edinburgh and given to a museum there, flown to
# Lagos and driven to Benin City, a ceremony with the Oba to come where the bronze already is;
# a second mover, a Venezuelan mother walking with her daughter from Barquisimeto (by bus to the
# border) by Cucuta, Bogota, Ipiales, Quito and Tumbes to Lima (the dateline), while her husband
# flies from Caracas by Panama City to Santiago, Chile, which are no stops of hers; background
# places, India's foreign minister on a Central Asian tour, New Delhi to Astana (talks with
# President Tokayev, a meeting), Bishkek and Tashkent (the dateline, talks with President
# Mirziyoyev, a meeting), with Pakistan, Moscow, Beijing, Kashgar, Chabahar, Karachi, Islamabad
# and a summit in Samarkand in 2022 as background; ambiguous names, a retired teacher's kayak
# trip along the Erie Canal from Buffalo by Lockport, Rochester, Syracuse (named after the
# Sicilian city, named), Rome (Italy named), Utica (an ancient city in Tunisia, named) and
# Amsterdam (its windmills missed) to Albany (the dateline), the Niagara Escarpment and the
# Hudson River as features, no meeting; future legs with a vehicle named after a person as the
# mover, the French aircraft carrier Charles de Gaulle docked in Singapore (the dateline) after
# Toulon, the Suez Canal, Djibouti, the Arabian Sea and Kochi, due to sail to Jakarta and home by
# Djibouti to Toulon, no meeting.
# Decisions (as in batches 17-26): a country, state or region named beside a town is no extra
# stop (Iraq, Massachusetts, North Carolina, South Carolina, Florida, Chile, Madagascar, Norway,
# Germany, Tunisia, Nigeria, Colombia, Peru, Ecuador, Kyrgyzstan, Uzbekistan, New York), nor is
# a country named only in a headline (Indonesia), but a stop named beside its island accepts the
# island ('Montauk|Long Island', Luqa beside Malta accepts 'Malta'); a venue is its town (the
# shrine of Imam Hussein in Karbala, La Moneda in Santiago, the pilot plant at Antofagasta, the
# beach at Tolagnaro, the rail terminal at Valognes, the former power station at Philippsburg,
# Palermo airport, Luqa airport, the royal palace in Benin City, the university museum in
# Edinburgh, a church shelter in Lima, the ramp on the Hudson in Albany, Changi naval base in
# Singapore); a town passed, gone through or stopped at is a stop ('passed Jacksonville', 'went
# south through Antsirabe', 'past Ihosy', 'passed through Caen', 'stopped at Reims', 'crossed
# into Germany at Forbach', 'circled over Tunis', 'rested for a day in Diwaniyah'), but a sea,
# strait, canal, river, fjord, plateau, desert, escarpment or region crossed or named in a
# summary is none (the marshes, Cape Cod, the Atacama, the Finnmark plateau, the Porsanger fjord,
# the sound, Normandy, northern France, the Suez Canal, the Arabian Sea, the Niagara Escarpment,
# the Hudson River, southern Colombia, the coast of Ecuador); the place a mover sets out from is
# the first stop even when the lede names only the end ('set out from Basra', 'tagged ... off
# Chatham', 'left Amsterdam', 'set off from Antsiranana', 'set out ... from the winter pastures
# outside Karasjok', 'left the rail terminal at Valognes', 'took off from Djerba', 'had been
# taken from the royal palace in Benin City', 'took a bus from Barquisimeto', 'left New Delhi',
# 'pushed off from Buffalo', 'left its home port of Toulon'); a stop visited twice is listed
# twice (Amsterdam, Benin City, Djibouti, Toulon); planned legs stated as plans are stops ('will
# fly home to Amsterdam', 'will sail on to Jakarta', 'calling at Djibouti again', 'is due back in
# Toulon'), but a stay or an event to come where the mover already is, is none (the herd's
# summer on Mageroya, the storage hall at Philippsburg, the hijacker's questioning in Palermo,
# the ceremony with the Oba, the job hunt in Lima, the shore leave in Singapore), nor is a return
# 'north in the spring' with no place; the places of another mover (the husband's Caracas,
# Panama City and Santiago, Chile; the passengers' flight home to Tunis; the pilgrims from Iran,
# Pakistan and Bahrain) and places only named as background or history (Rotterdam's port,
# Moscow, Beijing, Kashgar, Chabahar, Karachi, Islamabad, Samarkand in 2022, Italy, Sicily,
# Tunisia for Utica, the windmills of the Netherlands, museums in Germany and the United States)
# are no stops. The dateline is a stop in every article of this batch (Chatham as the first
# stop). A son waiting for a pilgrim, a president welcoming a king and talks between a foreign
# minister and presidents are meetings; meetings not listed are not required (the talks in
# Bishkek with unnamed officials), and finding them is no error. Crowds, tourists on a cruise
# ship, police removing protesters, police arresting a hijacker, drummers and chiefs lining a
# street and a palace official are no meetings, and there is none for the shark, the explorer,
# the herder, the shipment, the hijacker, the bronze, the mother, the kayaker and the carrier.
# Stop spellings accept the GeoNames names, plain ASCII and common variants ('Basra|Basrah|Al
# Başrah', 'Nasiriyah|An Nāşirīyah', 'Diwaniyah|Ad Dīwānīyah', 'Najaf|An Najaf',
# 'Karbala|Karbalā’', 'Cape Hatteras|Hatteras', 'Santiago|Santiago de Chile',
# 'Valparaíso|Valparaiso', 'Antsiranana|Diego-Suarez', 'Antananarivo|Tananarive',
# 'Tôlanaro|Tolagnaro|Taolagnaro|Fort Dauphin', 'Karasjok|Kárášjohka', 'Lakselv|Leavdnja',
# 'Olderfjord|Leaibevuotna', 'Magerøya|Mageroya', 'Reims|Rheims', 'Djerba|Jerba|Houmt Souk',
# 'Luqa|Malta', 'Cúcuta|Cucuta|San José de Cúcuta', 'Bogotá|Bogota', 'New Delhi|Delhi',
# 'Astana|Nur-Sultan|Akmola', 'Tashkent|Toshkent', 'Kochi|Cochin').
CASES28 = [
    Case(
        "iraqi_pilgrim_walks_basra_to_karbala_told_plainly",
        "Iraqi pensioner walks 500 km from Basra to Karbala for Arbaeen\n\n"
        "KARBALA, Iraq, Aug 14 (Reuters) - Abbas Jabbar, a 71-year-old retired fisherman, "
        "walked into Karbala on Thursday after 17 days on foot from his home city of Basra, one "
        "of millions of Shi'ite pilgrims converging on the city for Arbaeen, among the largest "
        "religious gatherings in the world. Jabbar set out from Basra on July 28 with a walking "
        "stick, a small rucksack and a photograph of his late wife pinned to his shirt. He "
        "followed the highway north along the edge of the marshes and reached Nasiriyah on Aug "
        "2, where volunteers in roadside tents gave him tea, rice and a blanket for the night. "
        "He rested for a day in Diwaniyah on Aug 7 to let his blisters heal, and on Aug 11 he "
        "reached Najaf, where he prayed at the shrine of Imam Ali. The last 80 km to Karbala "
        "took him three days on a road crowded with pilgrims from Iran, Pakistan and Bahrain. "
        "His son Mustafa was waiting for him on Thursday at the gate of the shrine of Imam "
        "Hussein, and the two walked the last steps together. "
        '"Every year I tell myself it is the last time," Jabbar said. "Then the summer comes '
        'and my feet start walking." Officials expect more than 20 million pilgrims in Karbala '
        "by the weekend.",
        date(2025, 8, 14),
        (
            "Basra|Basrah|Al Başrah|Al Basrah",
            "Nasiriyah|An Nāşirīyah|An Nasiriyah|Nasiriya",
            "Diwaniyah|Ad Dīwānīyah|Ad Diwaniyah|Diwaniya",
            "Najaf|An Najaf|Al Najaf",
            "Karbala|Karbalā’|Karbalā'|Karbala'",
        ),
        ((32.62, 44.03),),
        actor="Abbas Jabbar",
    ),
    Case(
        "great_white_shark_tagged_off_cape_cod_to_key_west_told_plainly",
        "Great white shark tagged off Cape Cod turns up near Key West\n\n"
        "CHATHAM, Mass., Jan 22 (AP) - A young great white shark tagged off Cape Cod last "
        "summer has swum more than 2,500 km down the U.S. East Coast and surfaced near Key West, "
        "researchers said on Wednesday, a rare glimpse of where the animals spend the winter. "
        "The 3.9-metre female, named Juniper by a class of fourth-graders, was fitted with a "
        "satellite tag on Aug 19 from a boat a kilometre off Chatham, where seal colonies draw "
        "white sharks every summer. Her tag pinged off Montauk, at the eastern tip of Long "
        "Island, on Oct 30, and again off Cape Hatteras, North Carolina, on Nov 21. She lingered "
        "for nearly two weeks off Charleston, South Carolina, in December, the data show. On "
        "Jan 9 she passed Jacksonville, Florida, and on Monday her fin broke the surface long "
        "enough for the tag to send a signal from the waters off Key West. "
        '"She is doing exactly what we suspected the young females do," said marine biologist '
        "Dana Whitcomb, who led the tagging team. The tag transmits only when the shark's "
        "dorsal fin is out of the water, so weeks can pass without a signal. Juniper is "
        "expected to head back north in the spring.",
        date(2025, 1, 22),
        (
            "Chatham",
            "Montauk|Long Island",
            "Cape Hatteras|Hatteras",
            "Charleston",
            "Jacksonville",
            "Key West",
        ),
        (),
        actor="Juniper",
    ),
    Case(
        "dutch_king_state_visit_to_chile_told_plainly",
        "Dutch king ends Chile visit in Antofagasta with hydrogen pledge\n\n"
        "ANTOFAGASTA, Chile, April 11 (Reuters) - King Willem-Alexander of the Netherlands "
        "wrapped up a state visit to Chile in the northern port of Antofagasta on Friday, "
        "touring a pilot plant that makes hydrogen with power from solar farms in the Atacama "
        "desert. The king and Queen Máxima left Amsterdam on Monday and landed in Santiago "
        "early on Tuesday. That morning they were welcomed by President Gabriel Boric at the La "
        "Moneda palace, where the two governments signed agreements on green hydrogen, water "
        "management and port logistics. On Wednesday the royal couple travelled to Valparaiso, "
        "the country's main port and the seat of its Congress, and rode one of the city's "
        "century-old funiculars before a lunch with Dutch and Chilean shipping companies. They "
        "flew north to Antofagasta on Thursday evening with a trade mission of 40 Dutch firms. "
        "The port of Rotterdam hopes to import Chilean hydrogen from 2030. "
        '"Chile has the sun and the wind, and we have the harbour and the buyers," the king '
        "told business leaders. The royal couple will fly home to Amsterdam on Saturday.",
        date(2025, 4, 11),
        (
            "Amsterdam",
            "Santiago|Santiago de Chile",
            "Valparaíso|Valparaiso",
            "Antofagasta",
            "Amsterdam",
        ),
        ((-33.44, -70.65),),
        actor="King Willem-Alexander",
    ),
    Case(
        "french_explorer_walks_length_of_madagascar_told_plainly",
        "French explorer completes solo walk down the length of Madagascar\n\n"
        "TOLAGNARO, Madagascar, Oct 30 (AFP) - French explorer Claire Vasseur reached the "
        "southern port of Tolagnaro on Thursday, ending a 1,600-km solo walk from the northern "
        "tip of Madagascar that took her through rainforest, highland rice terraces and spiny "
        "desert scrub. Vasseur, 34, set off from Antsiranana on July 21 and spent the first "
        "weeks crossing the humid north, reaching Ambanja on Aug 3. She followed the mountainous "
        "spine of the island and walked into Antananarivo on Sept 6, where she rested for a "
        "week, restocked her food and had a tooth pulled. From the capital she went south "
        "through Antsirabe, a town known for its hot springs and rickshaws, and reached "
        "Fianarantsoa on Oct 1. The last stretch, across the dry south and past Ihosy, was the "
        "hardest, she said, with temperatures above 40 C and villages 50 km apart. "
        '"Some days I saw more lemurs than people," Vasseur told AFP on the beach at '
        "Tolagnaro, also known as Fort Dauphin. She carried a 22-kg pack and slept in village "
        "huts, in her tent and twice in a police station. She plans to publish a book about "
        "the walk next year.",
        date(2025, 10, 30),
        (
            "Antsiranana|Diego-Suarez|Diego Suarez",
            "Ambanja",
            "Antananarivo|Tananarive",
            "Antsirabe",
            "Fianarantsoa",
            "Ihosy",
            "Tôlanaro|Tolanaro|Tolagnaro|Taolagnaro|Taolanaro|Fort Dauphin|Fort-Dauphin",
        ),
        (),
        actor="Claire Vasseur",
    ),
    Case(
        "sami_reindeer_migration_karasjok_to_mageroya_told_plainly",
        "Sami herders swim reindeer to Arctic summer island\n\n"
        "MAGEROYA, Norway, May 22 (Reuters) - About 2,000 reindeer swam across a cold Arctic "
        "sound to the island of Mageroya on Wednesday, the last leg of a spring migration that "
        "Sami herder Nils Anders Eira's family has followed for generations. Eira, 52, and his "
        "two sons set out with the herd from the winter pastures outside Karasjok on April 20, "
        "driving the animals north across the Finnmark plateau on snowmobiles and on foot. They "
        "reached the coast at Lakselv, at the head of the Porsanger fjord, on May 4, and let "
        "the herd graze for a week on the first patches of bare ground. The family then "
        "followed the fjord north and camped at Olderfjord on May 15. On Wednesday morning they "
        "guided the reindeer into the water at the narrowest point of the sound, and 40 "
        "minutes later the first animals climbed ashore on Mageroya, where the herd will graze "
        "until September. Tourists on a passing cruise ship stopped to watch. "
        '"The reindeer know the way better than we do," Eira said. "We just make sure nobody '
        'gets left behind." Herders say warmer winters have made the snow crust harder to dig '
        "through and the sea crossing less predictable.",
        date(2025, 5, 22),
        (
            "Karasjok|Kárášjohka",
            "Lakselv|Leavdnja",
            "Olderfjord|Leaibevuotna",
            "Magerøya|Mageroya|Magerøy",
        ),
        (),
        actor="Nils Anders Eira",
    ),
    Case(
        "nuclear_waste_shipment_valognes_to_philippsburg_told_plainly",
        "Nuclear waste shipment reaches German storage site after trip from France\n\n"
        "PHILIPPSBURG, Germany, Nov 19 (Reuters) - A shipment of four containers of highly "
        "radioactive waste reached the site of a former nuclear power station at Philippsburg "
        "in southwestern Germany on Wednesday, ending a 1,200-km journey from Normandy that "
        "drew small protests along the way. The waste, produced by German reactors and "
        "reprocessed in France in the 1990s, is being returned under an agreement between the "
        "two countries. The shipment left the rail terminal at Valognes on Monday afternoon "
        "under heavy police guard and passed through Caen in the evening. It crossed northern "
        "France overnight, stopped at Reims early on Tuesday to change locomotives, and went on "
        "to Metz, where police removed about 30 protesters who had chained themselves to the "
        "tracks. The shipment crossed into Germany at Forbach on Tuesday evening and reached "
        "Karlsruhe before dawn on Wednesday. There the containers were lifted onto lorries and "
        "driven under escort to Philippsburg, about 30 km to the north. "
        '"Every one of these shipments reminds us that nobody yet knows where this waste will '
        'finally go," said an anti-nuclear campaigner in Karlsruhe. The containers will be kept '
        "in a storage hall at the site until a permanent repository is found.",
        date(2025, 11, 19),
        ("Valognes", "Caen", "Reims|Rheims", "Metz", "Forbach", "Karlsruhe", "Philippsburg"),
        (),
        actor="shipment",
    ),
    Case(
        "hijacked_tunisian_flight_ends_in_palermo_told_from_the_end",
        "Hijacker surrenders in Palermo after diverting Tunisian flight\n\n"
        "PALERMO, Italy, March 6 (Reuters) - A man who hijacked a Tunisian domestic flight with "
        "63 people on board surrendered to Italian police at Palermo airport on Thursday after "
        "a six-hour standoff, and all passengers and crew were freed unharmed, Italian "
        "officials said. The hijacker, whom Tunisian officials named as Walid Hamdi, 29, had "
        "told the crew he was carrying a grenade, which turned out to be fake. He was led off "
        "the aircraft in handcuffs shortly after 4 p.m. and taken away for questioning. The "
        "flight took off from Djerba at 8.10 a.m. bound for Tunis. About 30 minutes later "
        "Hamdi forced his way to the cockpit door and demanded to be flown to Europe. The pilots "
        "circled over Tunis for almost an hour while they talked to him, and then, short of "
        "fuel, were allowed to land at Malta's Luqa airport, where Hamdi let 12 women and "
        "children off the plane while it was refuelled. The aircraft took off again at 11.40 "
        "a.m. and landed in Palermo just after 1 p.m. "
        '"The captain kept everyone calm, he kept talking to us the whole time," one passenger '
        "told Italian television. Tunisia's transport ministry said it would send a plane to "
        "bring the passengers home to Tunis on Friday.",
        date(2025, 3, 6),
        (
            "Djerba|Jerba|Houmt Souk|Houmt Essouk|Ḩawmat as Sūq",
            "Tunis",
            "Luqa|Malta|Il-Luqa",
            "Palermo",
        ),
        (),
        actor="Walid Hamdi",
    ),
    Case(
        "looted_benin_bronze_returns_to_benin_city_flashback_in_the_pluperfect",
        "Looted Benin bronze returns home after 128 years\n\n"
        "BENIN CITY, Nigeria, Feb 13 (Reuters) - A bronze head of a 16th-century queen mother, "
        "looted by British soldiers in 1897, arrived back in Benin City on Thursday in a wooden "
        "crate carried through streets lined with drummers and chiefs wearing red coral beads. "
        "The bronze had been taken from the royal palace in Benin City when a British punitive "
        "expedition burned much of the city, and had been shipped to London, where it was sold "
        "at auction in 1899 with hundreds of other objects. It had later been bought by a "
        "surgeon from Edinburgh, whose family gave it to a university museum there in 1958. "
        "After three years of talks, the museum had agreed last spring to give it back. On "
        "Monday the bronze had been flown from Edinburgh to Lagos, and on Wednesday it had been "
        "driven to Benin City under police escort, a journey of about 300 km. "
        '"It has been away for four generations," said a palace official. "Our grandfathers\' '
        'grandfathers were the last to see it." The head will be presented to the Oba of Benin '
        "at a ceremony on Saturday. Museums in Germany and the United States have returned "
        "hundreds of Benin bronzes since 2022, but thousands remain abroad.",
        date(2025, 2, 13),
        ("Benin City", "London", "Edinburgh", "Lagos", "Benin City"),
        (),
        actor="bronze",
    ),
    Case(
        "venezuelan_mother_walks_to_lima_while_husband_flies_to_chile_second_mover",
        "Venezuelan mother reaches Lima after 3,000-km journey on foot\n\n"
        "LIMA, Sept 25 (Reuters) - Yusmary Rondón pushed a stroller carrying her two-year-old "
        "daughter into a church shelter in northern Lima on Thursday, 55 days after she left "
        "her home in Venezuela with $40 and a backpack full of nappies. Rondón, 27, took a bus "
        "from Barquisimeto to the border on Aug 1 and walked across a bridge into Cúcuta, "
        "Colombia, on Aug 3. She slept in parks and bus shelters on the way to Bogota, which "
        "she reached on Aug 19, and rode through southern Colombia in the back of a lorry to "
        "Ipiales, on the Ecuadorean border, on Aug 30. She spent four days in Quito with other "
        "Venezuelan families before walking and hitchhiking down the coast of Ecuador to "
        "Tumbes, Peru's northernmost city, which she reached on Sept 16. Her husband, Jhonny, "
        "took a different route. He flew from Caracas to Panama City in June and then on to "
        "Santiago, Chile, where he works on a building site and sends money when he can. "
        '"He says come to Chile, but I am tired of walking," Rondón said. She plans to stay in '
        "Lima and look for work as a cook. More than 1.5 million Venezuelans live in Peru, "
        "according to the United Nations.",
        date(2025, 9, 25),
        (
            "Barquisimeto",
            "Cúcuta|Cucuta|San José de Cúcuta",
            "Bogotá|Bogota",
            "Ipiales",
            "Quito",
            "Tumbes",
            "Lima",
        ),
        (),
        actor="Yusmary Rondón",
    ),
    Case(
        "indian_foreign_minister_central_asia_tour_background_places",
        "India's Jaishankar ends Central Asia tour in Tashkent\n\n"
        "TASHKENT, June 12 (Reuters) - Indian External Affairs Minister Subrahmanyam Jaishankar "
        "held talks with Uzbek President Shavkat Mirziyoyev in Tashkent on Thursday, the last "
        "stop of a three-nation tour of Central Asia aimed at opening trade routes that bypass "
        "Pakistan. Jaishankar left New Delhi on Sunday and arrived in Astana on Monday, where "
        "he met Kazakh President Kassym-Jomart Tokayev to discuss uranium supplies for Indian "
        "reactors. On Tuesday he flew to Bishkek for a day of talks on medicines and on medical "
        "colleges, which draw thousands of Indian students to Kyrgyzstan every year. He reached "
        "Tashkent on Wednesday evening. The region has long been courted by Moscow, which still "
        "dominates its security arrangements, and by Beijing, whose railway from Kashgar to "
        "Uzbekistan is under construction. Jaishankar and Mirziyoyev discussed shipping goods "
        "through Iran's Chabahar port, which an Indian company operates, rather than through "
        "Karachi. Islamabad has not commented on the tour. Jaishankar was last in Uzbekistan in "
        "2022, when he accompanied Prime Minister Narendra Modi to a summit in Samarkand. "
        '"Central Asia is our extended neighbourhood," he told reporters in Tashkent.',
        date(2025, 6, 12),
        ("New Delhi|Delhi", "Astana|Nur-Sultan|Akmola", "Bishkek", "Tashkent|Toshkent"),
        ((51.17, 71.45), (41.30, 69.27)),
        actor="Subrahmanyam Jaishankar",
    ),
    Case(
        "kayaking_the_erie_canal_from_buffalo_to_albany_ambiguous_names",
        "Retired teacher paddles the Erie Canal on its 200th birthday\n\n"
        "ALBANY, N.Y., Oct 26 (AP) - A retired science teacher paddled her kayak into Albany "
        "on Sunday, 200 years to the day after the Erie Canal opened, finishing a 580-km trip "
        "along the waterway that first linked the Great Lakes to the Atlantic. Margaret "
        "Kowalski, 68, pushed off from Buffalo on Sept 28, heading east as the first canal boat "
        "did in 1825, and reached Lockport on Sept 30, where she was lowered through the "
        "flight of locks that carries the canal down the Niagara Escarpment. She paddled into "
        "Rochester on Oct 4 and Syracuse, named after the ancient Greek city in Sicily, on Oct "
        '10. "Everyone asks whether I stopped in Italy," she joked after reaching Rome on Oct '
        "14, the town where digging on the canal began in 1817. She was in Utica, which took "
        "its name from an ancient city in what is now Tunisia, two days later, and reached "
        'Amsterdam on Oct 22. "No windmills, but the kindest people on the whole canal," she '
        "said. On Sunday she climbed out of her kayak at a boat ramp on the Hudson River in "
        "Albany as a small crowd cheered. Kowalski raised more than $30,000 for adult literacy "
        "programmes along the way.",
        date(2025, 10, 26),
        (
            "Buffalo",
            "Lockport",
            "Rochester",
            "Syracuse",
            "Rome",
            "Utica",
            "Amsterdam",
            "Albany",
        ),
        (),
        actor="Margaret Kowalski",
    ),
    Case(
        "french_carrier_charles_de_gaulle_in_singapore_future_legs",
        "French carrier Charles de Gaulle docks in Singapore, heads for Indonesia\n\n"
        "SINGAPORE, Feb 18 (Reuters) - The French aircraft carrier Charles de Gaulle docked at "
        "Changi naval base in Singapore on Tuesday, halfway through a five-month deployment that "
        "is taking it farther into Asian waters than at any time in its 24 years of service. "
        "The nuclear-powered carrier left its home port of Toulon on Nov 28 with two frigates "
        "and a supply ship, passed through the Suez Canal and called at Djibouti, where France "
        "keeps its largest military base in Africa, in mid-December. In January it spent two "
        "weeks on exercises with the Indian navy in the Arabian Sea and put in at Kochi for "
        "five days of shore leave. The Charles de Gaulle will sail on to Jakarta next week for "
        "exercises with the Indonesian navy, and will then turn west, calling at Djibouti again "
        "on the way home. It is due back in Toulon at the end of April. "
        '"Our presence here shows that France is a nation of the Indian and Pacific oceans," '
        "the task force commander told reporters on the flight deck. The carrier's Rafale jets "
        "will fly with Singapore's air force while the ship is in port.",
        date(2025, 2, 18),
        ("Toulon", "Djibouti", "Kochi|Cochin", "Singapore", "Jakarta", "Djibouti", "Toulon"),
        (),
        actor="Charles de Gaulle",
    ),
]

ROUTE_FAILS28: dict[str, str] = {
    "great_white_shark_tagged_off_cape_cod_to_key_west_told_plainly": (
        "first run on 562385a: routes [animals: Barnstable County > Key West > Jacksonville] "
        "meetings []"
    ),
    "french_explorer_walks_length_of_madagascar_told_plainly": (
        "first run on 562385a: routes [Claire Vasseur: Antsiranana > Ambanja > Antananarivo > "
        "Antsirabe > Fianarantsoa > Tolagnaro] meetings []"
    ),
    "sami_reindeer_migration_karasjok_to_mageroya_told_plainly": (
        "first run on 562385a: routes [] meetings []"
    ),
    "nuclear_waste_shipment_valognes_to_philippsburg_told_plainly": (
        "first run on 562385a: routes [Nuclear waste shipment: Valognes > Caen > Reims > Metz > "
        "Forbach > Philippsburg] meetings []"
    ),
    "hijacked_tunisian_flight_ends_in_palermo_told_from_the_end": (
        "first run on 562385a: routes [a.m.: Palermo > Djerba; Walid Hamdi: Malta > Palermo] "
        "meetings [Palermo None ['Walid Hamdi', 'a.m.']]"
    ),
    "looted_benin_bronze_returns_to_benin_city_flashback_in_the_pluperfect": (
        "first run on 562385a: routes [bronze head: Edinburgh > London > Lagos > Benin City > "
        "Benin City] meetings []"
    ),
    "french_carrier_charles_de_gaulle_in_singapore_future_legs": (
        "first run on 562385a: routes [Charles de Gaulle: Toulon > Suez Canal > Djibouti > "
        "Arabian Sea > Kochi > Changi > Singapore > Jakarta > Toulon] meetings [Singapore "
        "2025-01-01 ['Charles de Gaulle']]"
    ),
}
MEETING_FAILS28: dict[str, str] = {
    "hijacked_tunisian_flight_ends_in_palermo_told_from_the_end": (
        "first run on 562385a: routes [a.m.: Palermo > Djerba; Walid Hamdi: Malta > Palermo] "
        "meetings [Palermo None ['Walid Hamdi', 'a.m.']]"
    ),
    "french_carrier_charles_de_gaulle_in_singapore_future_legs": (
        "first run on 562385a: routes [Charles de Gaulle: Toulon > Suez Canal > Djibouti > "
        "Arabian Sea > Kochi > Changi > Singapore > Jakarta > Toulon] meetings [Singapore "
        "2025-01-01 ['Charles de Gaulle']]"
    ),
}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS28, CASES28))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS28, CASES28))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
