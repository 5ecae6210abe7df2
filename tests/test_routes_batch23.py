"""Blind route batch 23: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS23 and MEETING_FAILS23."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 23: twelve articles written before the code was run on them. Stops and
# meetings were fixed before the first run (see test_routes_unseen for the scoring); the misses
# of the first run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, six told plainly in the order things happened (with dates
# where a journalist gives them) and six with one complication each. Plain: a tigress rescued
# from a shelled private zoo near Kharkiv and trucked west by Kyiv and Lviv to a quarantine stop
# at Poznan zoo and on to a big-cat sanctuary in Almere (the dateline), Poland and Germany
# crossed as containers and Ukraine named again as the charity's field; a Belgian students'
# solar car winning the race across the Australian outback from Darwin by Katherine, past
# Tennant Creek, by Alice Springs and Coober Pedy and through Port Augusta to Victoria Square in
# Adelaide (the dateline), a Dutch rival as background; the Kenyan president's Caribbean tour,
# Nairobi, Bridgetown (talks with Mia Mottley), Kingston (talks with Andrew Holness),
# Port-au-Prince (the dateline, a speech to Kenyan police officers) and the flight home to
# Nairobi to come, Kenya named only in 'an embassy in Kenya' and 'the flag of Kenya'; a yacht
# carrying cocaine tracked by satellite from Fortaleza by Mindelo and Ponta Delgada to Vigo (the
# dateline), intercepted off Galicia and its crew arrested; a Ugandan pensioner driving a 1972
# Land Rover from Kampala by Kigali, Mwanza, Mbeya, Lilongwe, Lusaka and Windhoek to Cape Town
# (the dateline), where his daughter waits at a petrol station on the edge of the city (the
# meeting), Rwanda, Malawi, Lake Victoria and 'the Zambian and Namibian bush' as containers; an
# osprey ringed as a chick near Oakham and seen again at Gernika, Tarifa, Joal-Fadiouth and Tanji
# (the dateline), the English Midlands, the Basque Country, the Petite Cote, Africa and West
# Africa as containers.
# With one complication: an ambiguous name, an indigenous march from Trinidad (the capital of
# Beni department in Bolivia, not the Caribbean island or the Cuban town) by San Ignacio de
# Moxos (one of many San Ignacios), San Borja (also a district of Lima), Yucumo and Caranavi to
# La Paz (the dateline; a La Paz in Mexico too), where the march leader meets President Luis
# Arce at the government palace (the meeting); told from the end, a highlife guitarist's
# funeral, the lede at his burial in Techiman (the dateline), then his death in a London
# hospital, the body flown to Accra to lie in state, the cortege to Kumasi and on to Techiman,
# Britain (where he moved in 1982) as background; a flashback in the pluperfect, a fugitive
# arrested in Tangier (the dateline), his escape told after the arrest (broken free in Milan,
# driven to Genoa, the ferry to Barcelona, the bus to Algeciras, the ferry to Tangier), a court
# in Tangier to come (no new stop); a second mover, the South African president's trip to the
# BRICS summit, Pretoria, Brasilia (talks with Lula at the Planalto palace, the meeting), Rio de
# Janeiro (the dateline) and home to Pretoria to come, while his foreign minister goes to Buenos
# Aires and Montevideo, which are no stops of the president; future legs, the WHO chief in Goma
# (the dateline), flown from Geneva to Kinshasa (talks with the health minister) and on to Goma
# (talks with the governor), due to fly to Beni, drive to Butembo and return by Kinshasa to
# Geneva; an organisation as the mover, the Red Arrows, the RAF's aerobatic team, from RAF
# Waddington by Keflavik, Nuuk and Goose Bay to Halifax and Toronto (the dateline), the North
# Atlantic crossed in a summary and weekend displays in Toronto to come.
# Decisions (as in batches 17-22): a stop named beside its county, region, island group or
# island state accepts that container (Oakham|Rutland, Gernika|Basque Country, Mindelo|Cape
# Verde, Ponta Delgada|Azores, Trinidad|Beni, Waddington|Lincolnshire, Nuuk|Greenland,
# Goose Bay|Labrador), a country beside a town does not (Brazil, Iceland, Tanzania, Ghana);
# a venue is its town (Poznan zoo, Victoria Square, the Kenyan police base at Port-au-Prince,
# the National Theatre in Accra, Kejetia market in Kumasi, the government palace in La Paz,
# the Planalto palace in Brasilia, a treatment centre on the edge of Goma, RAF Waddington,
# a petrol station on the edge of Cape Town); a place passed or driven through is a stop
# ('passed Tennant Creek', 'drove through Port Augusta'), but a country or region only
# crossed or named in a summary is none ('crossed into Poland', 'the last leg across Germany',
# 'crossed into Rwanda', 'crossed into Malawi', 'carried his coffin across Ghana', 'crossed
# to Africa', 'off the coast of Galicia', 'across the North Atlantic', 'across the Australian
# outback', 'out of the lowlands'); the place a mover sets out from is the first stop even
# when the lede names only the end ('had broken free in Milan', 'died in a London hospital',
# 'flew out of Pretoria', 'left their base at RAF Waddington'); a stop visited twice is
# listed twice (Nairobi, Pretoria, Kinshasa, Geneva); planned legs stated as plans are stops
# ('is due to fly home to Nairobi', 'will fly home to Pretoria', 'will fly north to Beni',
# 'travel by road to Butembo', 'is due back in Kinshasa', 'will return to Geneva'), but an
# event to come where the mover already is, is none (the court in Tangier, the air show in
# Toronto, the summit in Rio, the outdoor enclosure in Almere); the places of another mover
# (the foreign minister's Buenos Aires and Montevideo) and places only named as background
# (Britain, Ukraine and Kenya as countries, the Brazilian police, Italy and Morocco as
# the officials' countries) are no stops. The dateline is a stop in every article of this
# batch. Talks between leaders (Ruto with Mottley and with Holness, Ramaphosa with Lula,
# Tedros with the health minister and with the governor), a march leader received by the
# president and a daughter waiting for her father are meetings; meetings not listed are not
# required (Ruto's speech to the police officers, the summit in Rio, which opens after the
# article, the foreign minister's talks in Buenos Aires and Montevideo), and finding them is no
# error. Arrests (Vigo, Tangier), mourners at a funeral, a crowd watching an air display and
# keepers letting a tigress out are no meetings, and there is none for the tigress, the solar
# car, the yacht, the osprey, the guitarist, the fugitive and the Red Arrows. Stop spellings
# accept the GeoNames names and plain ASCII ('Kyiv|Kiev', 'Poznań|Poznan', 'Almere|Almere Stad',
# 'Gernika-Lumo|Gernika|Guernica', 'Joal-Fadiouth|Joal-Fadiout|Joal', 'Brasília|Brasilia',
# 'Geneva|Genève|Geneve', 'Keflavík|Keflavik', 'Happy Valley-Goose Bay|Goose Bay').
CASES23 = [
    Case(
        "rescued_tigress_trucked_from_kharkiv_to_a_dutch_sanctuary_told_plainly_with_dates",
        "Tigress rescued from Ukrainian zoo reaches Dutch sanctuary\n\n"
        "ALMERE, Netherlands, April 11 (Reuters) - A Bengal tigress rescued from a shell-damaged "
        "private zoo in eastern Ukraine arrived at a big-cat sanctuary in the Netherlands on "
        "Friday after a week-long, 2,600-km journey by road, animal welfare workers said. The "
        "nine-year-old tigress, named Zorya by her keepers, had spent two years in a cage near "
        "Kharkiv, where shelling last winter blew out the zoo's windows and cut its heating. On "
        "April 5 vets sedated her and loaded her crate onto a truck, which drove her west to Kyiv "
        "overnight. After a day's rest at the city zoo she was taken on to Lviv on April 7, and "
        "the next morning the truck crossed into Poland, where veterinary and customs checks at "
        "the border took nine hours. Zorya spent two nights in a quarantine enclosure at Poznan "
        "zoo before the last leg across Germany. She was let into an indoor enclosure at the "
        'sanctuary in Almere on Friday afternoon and was eating within an hour. "She walked out, '
        'sniffed the straw and lay down as if she had always lived here," said keeper Anouk de '
        "Vries. The charity that runs the sanctuary has moved more than 40 big cats out of "
        "Ukraine since 2022. Zorya will join two other tigers in an outdoor enclosure next month.",
        date(2025, 4, 11),
        ("Kharkiv", "Kyiv|Kiev", "Lviv|L'viv|Lvov", "Poznań|Poznan", "Almere|Almere Stad"),
        (),
        actor="Zorya",
    ),
    Case(
        "solar_car_race_from_darwin_to_adelaide_told_plainly_by_day_towns_passed_through",
        "Belgian students' solar car wins race across the Australian outback\n\n"
        "ADELAIDE, Oct 26 (Reuters) - A solar-powered car built by Belgian university students "
        "crossed the finish line in Adelaide on Thursday to win the World Solar Challenge, a "
        "3,000-km race across the Australian outback, for the third time in a row. The "
        "single-seater, called Helios 9, set off from Darwin on Sunday morning with 31 rivals "
        "from 20 countries. It reached Katherine, the first of the control stops where teams must "
        "halt for 30 minutes, before lunch and covered almost 700 km on the first day. On Monday "
        "it passed Tennant Creek and camped beside the highway north of Alice Springs, which it "
        "reached early on Tuesday. Clear skies let the team run at close to 90 km an hour through "
        "the desert, and the car pulled into Coober Pedy, the opal-mining town where many "
        "residents live underground, on Wednesday afternoon. A gusty crosswind slowed it on the "
        "last morning, but it drove through Port Augusta shortly before 11 a.m. on Thursday and "
        'rolled into Victoria Square in the centre of Adelaide at 3.40 p.m. "The sun did the '
        'work, we just tried to stay out of its way," said driver Lotte Vermeulen, 22, one of '
        "four students who took turns at the wheel. A Dutch team finished second, 40 minutes "
        "behind. The cars must run on sunlight alone, apart from a small battery charged before "
        "the start.",
        date(2023, 10, 26),
        (
            "Darwin",
            "Katherine",
            "Tennant Creek",
            "Alice Springs",
            "Coober Pedy",
            "Port Augusta",
            "Adelaide",
        ),
        (),
        actor="Helios 9",
    ),
    Case(
        "kenyan_president_caribbean_tour_told_plainly_two_prime_ministers_flight_home_to_come",
        "Kenya's Ruto ends Caribbean tour with visit to police mission in Haiti\n\n"
        "PORT-AU-PRINCE, May 20 (Reuters) - Kenyan President William Ruto visited Kenyan police "
        "officers serving in Haiti on Tuesday, the last stop of a six-day tour of the Caribbean "
        "aimed at building trade and diplomatic ties with the region. Ruto left Nairobi on "
        "Thursday and flew overnight to Bridgetown, where on Friday he held talks with Barbados "
        "Prime Minister Mia Mottley on direct flights and a joint fund to help small states adapt "
        "to climate change. On Sunday he flew on to Kingston and met Jamaican Prime Minister "
        "Andrew Holness, who said his government would open an embassy in Kenya next year. In "
        "Port-au-Prince on Tuesday, Ruto was taken by helicopter from the airport to the base of "
        "the Kenyan-led security mission, where he spoke to about 400 officers who have spent "
        'months fighting the armed gangs that control most of the capital. "You are carrying the '
        'flag of Kenya in a hard place, and Kenya is proud of you," he told them. Ruto is due to '
        "fly home to Nairobi on Wednesday.",
        date(2025, 5, 20),
        ("Nairobi", "Bridgetown", "Kingston", "Port-au-Prince", "Nairobi"),
        ((13.10, -59.62), (17.99, -76.79)),
        actor="William Ruto",
    ),
    Case(
        "cocaine_yacht_tracked_from_fortaleza_to_vigo_told_plainly_island_port_calls",
        "Spanish police seize cocaine on yacht tracked across the Atlantic\n\n"
        "VIGO, Spain, Nov 14 (Reuters) - Spanish customs officers boarded a sailing yacht off the "
        "coast of Galicia on Thursday and found 1.2 tonnes of cocaine hidden under its "
        "floorboards, ending a five-week surveillance operation that followed the boat across the "
        "Atlantic, police said. The 15-metre yacht Estrela do Mar left Fortaleza, in "
        "north-eastern Brazil, on Oct 9 with three men on board, according to a police statement. "
        "Investigators, tipped off by Brazilian federal police, tracked it by satellite as it "
        "sailed north-east to Mindelo, in Cape Verde, where it docked on Oct 21 to take on water "
        "and fuel. It then headed north and called at Ponta Delgada, in the Azores, on Nov 6, and "
        "the crew spent two nights ashore there. A customs patrol boat intercepted the yacht "
        "early on Thursday and escorted it into Vigo, where the three crew members, two "
        'Brazilians and a Spaniard, were arrested. "It is a route we see more and more: small '
        'boats, long crossings, big loads," a police spokesman said. The cocaine would have sold '
        "for about 40 million euros on the street, the statement said.",
        date(2024, 11, 14),
        ("Fortaleza", "Mindelo|Cape Verde|Cabo Verde", "Ponta Delgada|Azores", "Vigo"),
        (),
        actor="Estrela do Mar",
    ),
    Case(
        "pensioner_drives_a_land_rover_from_kampala_to_cape_town_told_plainly_daughter_waits",
        "Ugandan pensioner ends 6,000-km drive to Cape Town in a 1972 Land Rover\n\n"
        "CAPE TOWN, March 8 (Reuters) - A 71-year-old retired Ugandan engineer drove his 1972 "
        "Land Rover into Cape Town on Saturday, seven weeks after leaving Kampala, to keep a "
        "promise he made to his late wife. Joseph Ssempala set off from Kampala on Jan 18 with "
        "spare parts piled on the passenger seat and crossed into Rwanda the next day, spending "
        "three nights in Kigali. He then drove east to Mwanza, on the southern shore of Lake "
        "Victoria, where a broken leaf spring kept him waiting a week for a new one. On Feb 4 he "
        "reached Mbeya, in Tanzania's southern highlands, and from there he crossed into Malawi "
        "and spent four days in Lilongwe with a friend from his university days. He reached "
        "Lusaka on Feb 15 and then drove west for more than a week through the Zambian and "
        "Namibian bush to Windhoek, where he rested before the last 1,500 km south. His daughter, "
        "Grace Nansubuga, who lives in Cape Town, was waiting for him at a petrol station on the "
        'edge of the city. "My wife and I always said we would drive to the bottom of Africa. '
        'She could not come, so I brought her photograph," Ssempala said. The Land Rover used 14 '
        "litres of oil and two sets of tyres on the way.",
        date(2025, 3, 8),
        (
            "Kampala",
            "Kigali",
            "Mwanza",
            "Mbeya",
            "Lilongwe",
            "Lusaka",
            "Windhoek",
            "Cape Town",
        ),
        ((-33.92, 18.42),),
        actor="Joseph Ssempala",
    ),
    Case(
        "ringed_osprey_seen_again_from_rutland_to_the_gambian_coast_told_plainly_with_dates",
        "Osprey ringed as a chick in England turns up on the Gambian coast\n\n"
        "TANJI, Gambia, Feb 3 (Reuters) - A young osprey ringed at a nest in the English Midlands "
        "has been photographed on the coast of Gambia, the last in a chain of sightings that has "
        "let ornithologists follow her first journey south, a British wildlife trust said on "
        "Monday. The female, known to volunteers as Maple, hatched in May on a nesting platform "
        "near Oakham, in Rutland, where she was fitted with a blue leg ring in July. She left the "
        "nest at the end of August, and on Sept 2 a birdwatcher photographed her catching a "
        "mullet in the estuary at Gernika, in Spain's Basque Country. On Sept 15 she was seen "
        "over the beach at Tarifa, at the southern tip of Europe, before she crossed to Africa. "
        "Nothing more was heard until Nov 20, when a fisheries officer reported her perched on "
        "the mast of a boat at Joal-Fadiouth, on Senegal's Petite Cote. Last week a Gambian bird "
        "guide photographed her on the beach at Tanji, a fishing village where she now spends her "
        'days. "Most young ospreys vanish into Africa and we never learn where they went. Four '
        "sightings on one journey is very rare,\" said the trust's osprey officer, Helen Marsh. "
        "Only about one young osprey in three survives its first migration. Maple is expected to "
        "stay in West Africa for about two years before she returns to breed.",
        date(2025, 2, 3),
        (
            "Oakham|Rutland",
            "Gernika-Lumo|Gernika|Guernica|Basque Country",
            "Tarifa",
            "Joal-Fadiouth|Joal-Fadiout|Joal",
            "Tanji|Tanje",
        ),
        (),
        actor="Maple",
    ),
    Case(
        "lowland_march_to_la_paz_through_towns_with_namesakes_president_receives_the_leader",
        "Bolivian lowland indigenous march reaches La Paz after five weeks on foot\n\n"
        "LA PAZ, Sept 19 (Reuters) - About 800 indigenous marchers from Bolivia's Amazon lowlands "
        "walked into La Paz on Thursday after a 35-day, 600-km trek up the Andes to demand titles "
        "to their ancestral forest, and their leader was received by President Luis Arce. The "
        "march, led by Moxeño leader Nazaria Tayo, 52, set out from Trinidad, the capital of "
        "Beni department, on Aug 15. Four days later the marchers reached San Ignacio de Moxos, "
        "where they rested for the town's patron saint festival, and on Aug 30 they walked into "
        "San Borja, where cattle ranchers blocked the road against them for a night. From there "
        "they followed the highway west to Yucumo and began the long climb out of the lowlands, "
        "reaching Caranavi, in the coca-growing Yungas valleys, on Sept 10. Villagers handed out "
        "oranges and bread along the road. Tayo, who has walked with a stick since she fell on "
        'the climb, met Arce at the government palace on Thursday evening for three hours. "We '
        'have walked from the heat to the cold to be heard," she said. Arce promised a decree on '
        "land titles within 30 days. It was the largest lowland march since 2011.",
        date(2024, 9, 19),
        (
            "Trinidad|Beni",
            "San Ignacio de Moxos|San Ignacio",
            "San Borja",
            "Yucumo",
            "Caranavi",
            "La Paz",
        ),
        ((-16.50, -68.15),),
        actor="Nazaria Tayo",
    ),
    Case(
        "highlife_guitarist_buried_in_his_home_town_told_from_the_burial_coffin_flown_from_london",
        "Ghana buries highlife guitarist Kwame Adu in his home town\n\n"
        "TECHIMAN, Ghana, June 22 (Reuters) - Thousands of mourners sang his songs in the streets "
        "of Techiman on Saturday as highlife guitarist Kwame Adu was buried in the town where he "
        "was born 84 years ago, ending a week-long farewell that carried his coffin across Ghana. "
        "Adu, whose 1970s hits are still played at weddings across West Africa, died in a London "
        "hospital on May 30 after a long illness. His body was flown from London to Accra on June "
        "15 and lay in state at the National Theatre on Tuesday and Wednesday, while musicians "
        "played through the night outside. On Thursday a cortege of some 200 vehicles carried the "
        "coffin north to Kumasi, where it stopped for an hour at Kejetia market, in which Adu had "
        "played for tips as a teenager. The cortege reached Techiman on Friday evening, and the "
        'coffin was taken to the family house for a last night of prayers. "He left this town '
        'with one guitar and came back a king," said his nephew, Yaw Boateng. Adu moved to '
        "Britain in 1982 but never gave up his Ghanaian passport. A memorial concert is planned "
        "for August.",
        date(2024, 6, 22),
        ("London", "Accra", "Kumasi", "Techiman"),
        (),
        actor="Kwame Adu",
    ),
    Case(
        "fugitive_arrested_in_tangier_escape_from_milan_by_ferries_told_in_the_pluperfect",
        "Italian fugitive who escaped from prison van arrested in Tangier\n\n"
        "TANGIER, Morocco, Oct 3 (Reuters) - Moroccan police arrested an Italian drug trafficker "
        "in a rented flat in Tangier on Thursday, five weeks after he escaped from a prison van "
        "in northern Italy, Italian and Moroccan officials said. Davide Ferraresi, 44, who is "
        "serving 18 years for cocaine trafficking, had broken free in Milan on Aug 27 when armed "
        "accomplices rammed the van taking him from jail to a court hearing. He had been driven "
        "to Genoa the same night and had hidden for ten days in a flat near the port, "
        "investigators said. On Sept 7 he had boarded an overnight ferry to Barcelona with a "
        "forged Slovenian identity card. From Barcelona he had travelled south by bus to "
        "Algeciras, and on Sept 14 he had taken a passenger ferry across to Tangier, where he had "
        "rented the flat under a false name. Police traced him through a mobile phone his brother "
        'used to call him. "He thought the sea was a wall behind him. It was not," an Italian '
        "police official said. Ferraresi will be held in Tangier until a Moroccan court rules on "
        "Italy's request for his extradition.",
        date(2024, 10, 3),
        ("Milan|Milano", "Genoa|Genova", "Barcelona", "Algeciras", "Tangier|Tanger|Tangiers"),
        (),
        actor="Davide Ferraresi",
    ),
    Case(
        "president_talks_in_brasilia_before_the_rio_summit_foreign_minister_as_a_second_mover",
        "Ramaphosa holds talks with Lula in Brasilia before BRICS summit in Rio\n\n"
        "RIO DE JANEIRO, July 5 (Reuters) - South African President Cyril Ramaphosa arrived in "
        "Rio de Janeiro on Saturday for a summit of the BRICS group of emerging economies, after "
        "two days of talks in Brasilia with Brazilian President Luiz Inacio Lula da Silva. "
        "Ramaphosa flew out of Pretoria on Wednesday night and landed in the Brazilian capital "
        "early on Thursday. On Friday he and Lula signed agreements on critical minerals and "
        "vaccine production at the Planalto palace and held a joint news conference. Foreign "
        "Minister Ronald Lamola, who usually travels with the president, went instead to Buenos "
        "Aires for talks with Argentina's government on Thursday, and on Friday he flew on to "
        "Montevideo, where he met Uruguay's foreign minister. Lamola is expected to join the "
        "president in Rio on Sunday. The two-day summit opens on Sunday at the city's Museum of "
        "Modern Art, and leaders are expected to discuss trade and reform of the International "
        "Monetary Fund and the U.N. Security Council. Ramaphosa will fly home to Pretoria on "
        "Tuesday, his office said.",
        date(2025, 7, 5),
        ("Pretoria", "Brasília|Brasilia", "Rio de Janeiro", "Pretoria"),
        ((-15.79, -47.88),),
        actor="Cyril Ramaphosa",
    ),
    Case(
        "who_chief_in_goma_two_meetings_future_legs_to_beni_butembo_kinshasa_and_geneva",
        "WHO chief visits Ebola zone in eastern Congo, heads for epicentre\n\n"
        "GOMA, Democratic Republic of Congo, Feb 14 (Reuters) - World Health Organization chief "
        "Tedros Adhanom Ghebreyesus arrived in Goma on Wednesday to see the response to an Ebola "
        "outbreak that has killed 46 people in eastern Congo since December. Tedros flew from "
        "Geneva to Kinshasa on Monday and met Health Minister Roger Kamba there on Tuesday before "
        "taking a U.N. flight east to Goma. On Wednesday he held talks with the governor of North "
        "Kivu province and visited a treatment centre on the edge of the city, where he spoke to "
        "nurses and to two patients who had recovered. On Thursday he will fly north to Beni, "
        "where most of the cases have been recorded, and then travel by road to Butembo to meet "
        "religious and community leaders, whose help is needed to trace the contacts of the sick. "
        'He is due back in Kinshasa on Saturday and will return to Geneva on Sunday. "This '
        'outbreak can be stopped, but only if people trust the health workers," Tedros said. '
        "More than 8,000 health workers and contacts of patients have been vaccinated since "
        "January.",
        date(2024, 2, 14),
        (
            "Geneva|Genève|Geneve",
            "Kinshasa",
            "Goma",
            "Beni",
            "Butembo",
            "Kinshasa",
            "Geneva|Genève|Geneve",
        ),
        ((-4.32, 15.31), (-1.68, 29.22)),
        actor="Tedros Adhanom Ghebreyesus",
    ),
    Case(
        "red_arrows_hop_the_north_atlantic_to_toronto_an_air_force_team_as_the_mover",
        "Red Arrows reach Toronto after hopping across the North Atlantic\n\n"
        "TORONTO, Aug 22 (Reuters) - The Red Arrows, the Royal Air Force's aerobatic team, landed "
        "in Toronto on Friday to begin a six-week tour of North America, after crossing the North "
        "Atlantic in a chain of short hops in their small single-engine Hawk jets. The team's "
        "nine red jets and a transport plane carrying 60 engineers and spare parts left their "
        "base at RAF Waddington, in Lincolnshire, on Aug 15 and flew to Keflavik in Iceland, "
        "where low cloud kept them on the ground for two days. On Monday they flew on to Nuuk, "
        "the capital of Greenland, and on Tuesday they went on to Goose Bay, in Labrador, their "
        'first stop in Canada. "The Hawk has short legs, so the Atlantic becomes a '
        'stepping-stone puzzle," said the team leader, Squadron Leader Tom Bennett. The jets '
        "reached Halifax on Wednesday and flew a display over the harbour that evening, watched "
        "by some 50,000 people. The team will perform at the Canadian International Air Show on "
        "Saturday and Sunday. The tour is part of a British government campaign to promote trade, "
        "and the RAF said it would cost about 3 million pounds.",
        date(2025, 8, 22),
        (
            "Waddington|Lincolnshire",
            "Keflavík|Keflavik",
            "Nuuk|Greenland",
            "Happy Valley-Goose Bay|Goose Bay|Labrador",
            "Halifax",
            "Toronto",
        ),
        (),
        actor="Red Arrows",
    ),
]

ROUTE_FAILS23: dict[str, str] = {
    "rescued_tigress_trucked_from_kharkiv_to_a_dutch_sanctuary_told_plainly_with_dates": (
        "first run on d7225ef: routes [Bengal tigress: Kyiv > Lviv > Poland > The Netherlands] "
        "meetings []"
    ),
    "solar_car_race_from_darwin_to_adelaide_told_plainly_by_day_towns_passed_through": (
        "first run on d7225ef: routes [Lotte Vermeulen: Darwin > Katherine > Tennant Creek > "
        "Coober Pedy > Adelaide > Port Augusta] meetings []"
    ),
    "cocaine_yacht_tracked_from_fortaleza_to_vigo_told_plainly_island_port_calls": (
        "first run on d7225ef: routes [Mar: Fortaleza > Mindelo > Ponta Delgada; Spanish "
        "customs officers: Atlantic Ocean > Galicia; Azores: Ponta Delgada > Vigo] meetings []"
    ),
    "ringed_osprey_seen_again_from_rutland_to_the_gambian_coast_told_plainly_with_dates": (
        "first run on d7225ef: routes [Maple: Oakham > Gambia > Gernika-Lumo > Tarifa > Africa] "
        "meetings []"
    ),
    "lowland_march_to_la_paz_through_towns_with_namesakes_president_receives_the_leader": (
        "first run on d7225ef: routes [Nazaria Tayo: Trinidad > Beni > San Borja > Caranavi] "
        "meetings [La Paz 2024-09-19 ['Luis Arce', 'leader']]"
    ),
    "fugitive_arrested_in_tangier_escape_from_milan_by_ferries_told_in_the_pluperfect": (
        "first run on d7225ef: routes [] meetings []"
    ),
    "president_talks_in_brasilia_before_the_rio_summit_foreign_minister_as_a_second_mover": (
        "first run on d7225ef: routes [Cyril Ramaphosa: Pretoria > Brasília > Montevideo > Rio "
        "de Janeiro > Pretoria; Ronald Lamola: Buenos Aires > Montevideo] meetings [Brasília "
        "2025-07-03 ['Cyril Ramaphosa', 'Luiz Inacio Lula da Silva']; Rio de Janeiro 2025-07-05 "
        "['Luiz Inacio Lula da Silva', 'Cyril Ramaphosa']; Buenos Aires 2025-07-03 ['Ronald "
        "Lamola', 'Luiz Inacio Lula da Silva']; Montevideo 2025-07-04 ['Cyril Ramaphosa', 'Luiz "
        "Inacio Lula da Silva', 'Ronald Lamola']]"
    ),
}
MEETING_FAILS23: dict[str, str] = {
    "kenyan_president_caribbean_tour_told_plainly_two_prime_ministers_flight_home_to_come": (
        "first run on d7225ef: routes [William Ruto: Nairobi > Bridgetown > Kingston > "
        "Port-au-Prince > Nairobi] meetings [Bridgetown 2025-05-16 ['William Ruto', 'Mia "
        "Mottley']; Kenya 2026-01-01 ['William Ruto', 'Andrew Holness']]"
    ),
}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS23, CASES23))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS23, CASES23))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
