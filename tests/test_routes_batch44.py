"""Blind route batch 44: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS44 and MEETING_FAILS44."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 44: twelve articles written before the code was run on them. Stops and meetings
# were fixed before the first run (see test_routes_unseen for the scoring); the misses of the first
# run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, in regions they seldom visit (Lombok and Sumbawa, Colombia's
# Caribbean coast, the upper Midwest, the Finnish lake country, the interior of Guinea-Bissau,
# northern Namibia and the Caprivi strip, the Uruguay River, the east coast of Sri Lanka, western
# Cambodia, Estonia, south Georgia and the Peruvian altiplano), six told plainly in the order things
# happened (with dates where a journalist gives them) and six with one complication each. Plain: a
# midwife riding a motorbike with polio vaccine, who 'pulled out of the provincial health office in
# Mataram' by a night in Selong, the ferry across the Alas Strait (a strait, no stop), a detour to
# Taliwang, the villages around Sumbawa Besar, two days in Dompu and Bima (the dateline), where the
# mayor receives her at the town hall (the meeting), Lombok and Sumbawa as islands and West Nusa
# Tenggara a province; a vallenato accordionist and his band in a painted chiva bus (the
# accordionist the mover), leaving Valledupar by the plaza of San Juan del Cesar, the Sierra Nevada
# (a range) to Riohacha, Santa Marta, 'crawled through the banana town of Ciénaga' (the killings of
# 1928 history in the same town), a dance hall in Barranquilla (the Magdalena a river) and Cartagena
# (the dateline), the bus to be shipped home on a lorry (a plan with no place), no meeting; a
# derecho (a storm as the mover) that 'took shape ... near Mitchell, S.D.', reached Sioux Falls (the
# Big Sioux a river), a hog barn 'outside Worthington', Interstate 90 (a road), Mankato, Rochester
# (Minnesota's, not New York's) and La Crosse (the dateline, La Crosse County holding the town's
# name), South Dakota, Minnesota and Wisconsin as states, the Mississippi a river and the bluffs a
# landscape, no meeting (an emergency manager quoted is none); a wood-fired steamer (a ship as the
# mover, named Kerttu) casting off from the harbour in Lappeenranta by 'the narrow sound at
# Puumala', a call at Savonlinna (the castle of Olavinlinna a venue in it), the open water of
# Haukivesi (a lake), islands where wood was loaded, the canal at Varkaus, a jetty in Leppävirta and
# the passenger harbour of Kuopio (the dateline), Lake Saimaa a lake, no meeting (villagers rowing
# out with fish are none); a bronze statue of Amílcar Cabral (an object as the mover) lifted off a
# ship at the port of Bissau ('left the capital', one stay), 'crept through Nhacra', two nights
# beside the market in Mansôa, a day held 'outside Bambadinca' (the Geba a river) and Bafatá (the
# dateline, where Cabral was born), where the regional governor receives the convoy and hosts the
# sculptor and Cabral's nephew (the meeting); a convoy of twelve ambulances (the convoy the mover)
# driven off a ship at Walvis Bay by a night in Swakopmund, the Spitzkoppe (a mountain) to Usakos,
# Otjiwarongo, two nights in Grootfontein, Rundu (the Kavango a river), the Bwabwata National Park
# (a park) and a night at a police camp (no town) to Katima Mulilo (the dateline), where the
# governor of the Zambezi region receives the drivers and holds talks with the convoy's leader (the
# meeting), Japan named only as the donor.
# With one complication: told from the end, a retired driver's restored 1956 bus, the lede at Plaza
# Independencia in Montevideo (the dateline), where his granddaughter waits at the kerb (the
# meeting), then from the start in Bella Unión by a night in Salto, Paysandú, Fray Bentos (the
# meat-packing plant and the world wars as history), two days in Mercedes, Colonia del Sacramento
# and 'the last run east along the River Plate to the capital' (one stop with the lede, the River
# Plate an estuary), the transport museum to come no place; a flashback in the pluperfect, a retired
# schoolmaster walking the Pada Yatra pilgrimage, the lede at Kataragama (the dateline) where he
# arrives for the festival, his walk told after it: 'had set out from the Nallur temple in Jaffna',
# 'had followed the A9 highway south to Kilinochchi', 'had reached Trincomalee', 'had spent four
# nights in Batticaloa', 'had walked through Kalmunai' and 'had waited two days in Pottuvil' before
# crossing the forests of the Yala park (a park, no stop), the east coast a coast, no meeting (a
# former pupil who nursed him is a host, no meeting to score); a second mover, a monk leading a
# peace walk from a pagoda in Sisophon by four days in Battambang, Pursat (the Tonle Sap a lake), a
# week around Kampong Chhnang and Phnom Penh (the dateline, the Royal Palace a venue in it), while a
# column of nuns walks from Kampot through Takeo to join them, which are no stops of his, the Thai
# border a border and the walks of 1992 history, no meeting (the two columns joining, farmers and
# refugees are none); background places, Finland's president on a state visit, by ferry from
# Helsinki to Tallinn (talks with the Estonian president, the meeting), the university in Tartu (the
# treaties of 1920 signed there history in the same stop), the bridge in Narva and a wind-turbine
# factory in Pärnu (the dateline), with the flight home to Helsinki on Saturday a planned leg, and
# Moscow (a treaty), Ivangorod (a fortress seen across the river), Imatra and Lappeenranta (a
# comparison in a quote), Vilnius and Riga (the human chain of 1989), Kyiv (past trips), Sweden and
# Germany (exports) and the Gulf of Finland as background; ambiguous names, an engineering student
# riding a unicycle from Rome (Georgia's, not Italy's capital) by two nights in Madison (not
# Wisconsin's capital), 'rode on through Sparta', Dublin (not Ireland's capital; the Oconee a
# river), a night in Vienna (not Austria's capital) and two days in Albany (not New York's capital)
# to Cairo (the dateline, not Egypt's capital), where her grandmother waits outside the courthouse
# (the meeting), Italy, Greece, Ireland, Austria and Egypt named only in her quote and Georgia Tech
# a university named after the state; future legs, an astronomer driving a mobile planetarium from
# Arequipa over the Patapampa pass (a pass, no stop) to three nights in Chivay (the Colca valley a
# valley) and across the altiplano to Juliaca (the dateline), due to drive on to Puno (Lake Titicaca
# a lake), Ilave and Juli and to end the tour at Desaguadero, the Bolivian border, a university in
# Lima and the Amazon named only as a workshop and a hope.
# Decisions (as in batches 17-43): a country, state, province, region or island named beside a town
# is no extra stop (Indonesia, Lombok, Sumbawa, West Nusa Tenggara, Colombia, S.D., South Dakota,
# Minnesota, Wisconsin, Finland, Guinea-Bissau, Namibia, the Zambezi region, Uruguay, Sri Lanka,
# Cambodia, Estonia, Ga., Georgia, Peru), nor a country named only in a nationality or an adjective
# (Indonesian, Finnish, Bissau-Guinean, Portuguese, Sri Lankan, Thai, Estonian, Soviet, Russian,
# Bolivian); a venue is its town (the provincial health office in Mataram, a mosque school in
# Selong, the town hall of Bima, the plaza of San Juan del Cesar, a dance hall in Barranquilla, the
# harbour in Lappeenranta, Olavinlinna castle in Savonlinna, the jetty in Leppävirta, Kuopio's
# passenger harbour, the port of Bissau, the market in Mansôa, the port of Walvis Bay, the regional
# hospitals of Rundu and Katima Mulilo, Plaza Independencia in Montevideo, the old railway station
# in Salto, the Nallur temple in Jaffna, a pagoda in Sisophon, the Royal Palace in Phnom Penh, the
# university in Tartu, the bridge in Narva, a factory in Pärnu, the courthouse in Cairo); a town
# passed, stopped at or reached near on the way is a stop ('detoured south to Taliwang', 'the
# villages around Sumbawa Besar', 'crawled through the banana town of Ciénaga', 'near Mitchell',
# 'outside Worthington', 'toward Mankato', 'threaded the narrow sound at Puumala', 'locked through
# the canal at Varkaus', 'crept through Nhacra', 'held ... outside Bambadinca', 'walked through
# Kalmunai', 'a week around Kampong Chhnang', 'rode on through Sparta'), but a sea, strait, gulf,
# estuary, lake, river, range, mountain, pass, valley, park, forest, road, highway or region
# crossed, followed or named in a summary is none (the Alas Strait, the Sierra Nevada, the
# Magdalena, the Big Sioux River, Interstate 90, the Mississippi, Lake Saimaa, Haukivesi, the Geba,
# the Spitzkoppe, the Kavango, the Bwabwata National Park, the Uruguay River, the River Plate, the
# A9 highway, the Yala park, the east coast, the Tonle Sap, National Road 5, the Gulf of Finland,
# the Oconee River, the Patapampa pass, the Colca valley, the altiplano, Lake Titicaca, the Amazon);
# the place a mover sets out from is the first stop even when the lede names only the end ('pulled
# out of the provincial health office in Mataram', 'left Valledupar', 'took shape ... near
# Mitchell', 'cast off from the harbour in Lappeenranta', 'left the capital' Bissau, 'driven off a
# ship at Walvis Bay', 'set out ... from Bella Unión', 'had set out from the Nallur temple in
# Jaffna', 'set out ... from a pagoda in Sisophon', 'crossed the Gulf of Finland from Helsinki',
# 'set out from Rome', 'set off from Arequipa'); a stop visited twice is listed twice (Helsinki),
# but a town named twice in one stay is one stop (Bima, Cartagena, La Crosse, Kuopio, Bafatá, Katima
# Mulilo, Montevideo, Kataragama, Phnom Penh, Pärnu, Cairo, Juliaca, Chivay) and a lede at the end
# and a last leg to the same arrival are one stop ('the last run ... to the capital', Montevideo);
# planned legs stated as plans are stops ('Korpela flies home to Helsinki on Saturday', 'will drive
# on to Puno ... and then to Ilave and Juli, before the tour ends at Desaguadero'), but a plan with
# no place or where the mover already is, is none (the bus shipped home on a lorry, a transport
# museum, the festival's end in Kataragama, the band's concert in Cartagena, the voyage repeated
# every summer); the places of another mover (the nuns' Kampot and Takeo) and places named only as
# background, history, a comparison or in a quote (the killings of 1928 in Ciénaga, the Mayo Clinic,
# Japan, the world wars, Moscow, Ivangorod, Imatra, Lappeenranta in the president's quote, Vilnius,
# Riga, Kyiv, Sweden, Germany, Italy, Greece, Ireland, Austria, Egypt, Georgia Tech, Lima, the
# Bolivian border) are no stops. The dateline is a stop in every article of this batch.
# A mayor receiving a midwife, a governor receiving a statue's convoy and hosting its sculptor, a
# governor holding talks with a convoy's leader, talks between two presidents, and a family waiting
# for a traveller (a granddaughter at the kerb, a grandmother outside a courthouse) are meetings;
# meetings not listed are not required, and finding them is no error. Crowds, villagers, farmers,
# police escorts, engineers, students, a diner owner, a former pupil, schoolchildren, the police
# asking a band to stop, a second column of nuns joining a walk and an emergency manager quoted are
# no meetings, and there is none for the vallenato band, the derecho, the steamer, the pilgrim, the
# monks' walk and the planetarium.
# Stop spellings accept the GeoNames names, plain ASCII and common variants, every common spelling
# of each stop offered ('Bima|Raba', 'Ciénaga|Cienaga', 'Cartagena|Cartagena de Indias',
# 'Lappeenranta|Villmanstrand', 'Savonlinna|Nyslott', 'Leppävirta|Leppavirta|Leppaevirta',
# 'Mansôa|Mansoa', 'Bafatá|Bafata', 'Walvis Bay|Walvisbaai', 'Bella Unión|Bella Union',
# 'Paysandú|Paysandu', 'Colonia del Sacramento|Colonia', 'Jaffna|Yalpanam', 'Sisophon|Serei
# Saophoan', 'Battambang|Baat Dambang', 'Pursat|Pouthisat', 'Kampong Chhnang|Kampong Chhnaeng',
# 'Helsinki|Helsingfors', 'Tallinn|Reval', 'Tartu|Dorpat', 'Pärnu|Parnu|Paernu').
CASES44 = [
    Case(
        "midwife_rides_vaccine_across_sumbawa_mataram_to_bima_told_plainly_mayor_receives",
        "Indonesian midwife rides polio vaccine across Lombok and Sumbawa by motorbike\n\n"
        "BIMA, Indonesia, Aug 14 (Reuters) - An Indonesian midwife rode into Bima on Thursday at "
        "the end of a nine-day, 500-km trip across the islands of Lombok and Sumbawa on a 125cc "
        "motorbike, with polio vaccine packed in two cold boxes strapped behind her seat. Baiq "
        "Nurhayati, 39, pulled out of the provincial health office in Mataram on Aug 6 and spent "
        "her first night in Selong, in the east of Lombok, where she vaccinated 300 children at a "
        "mosque school. The next morning she rode onto the ferry across the Alas Strait and "
        "detoured south to Taliwang, whose only vaccine fridge had broken down in June. On "
        "Saturday and Sunday she worked the villages around Sumbawa Besar, the island's largest "
        "town, and after a day lost to rain she crossed the hills to Dompu on Tuesday, where she "
        'spent two days at the district clinics. "The boxes stay cold for 40 hours. The road does '
        'not always agree," she said. In Bima the mayor received her at the town hall and promised '
        "solar fridges for four clinics in the eastern highlands. Health officials say vaccination "
        "rates in West Nusa Tenggara fell below 70 percent during the pandemic and have been slow "
        "to recover.",
        date(2025, 8, 14),
        ("Mataram", "Selong", "Taliwang", "Sumbawa Besar", "Dompu", "Bima|Raba"),
        ((-8.46, 118.73),),
        actor="Baiq Nurhayati",
    ),
    Case(
        "vallenato_band_chiva_bus_valledupar_to_cartagena_told_plainly",
        "Vallenato band tours Colombia's Caribbean coast in a painted country bus\n\n"
        "CARTAGENA, Colombia, Nov 8 (Reuters) - The vallenato accordionist Eliécer Ospino and his "
        "five-man band pulled into Cartagena on Saturday aboard a 1974 chiva, a wooden-bodied "
        "country bus painted yellow, blue and red, at the end of a week-long tour of Colombia's "
        "Caribbean coast. Ospino, 67, a two-time king of the Vallenato Legend Festival, left "
        "Valledupar, the home of the music, last Sunday and played his first night in the plaza of "
        "San Juan del Cesar. On Monday the chiva wound around the eastern flank of the Sierra "
        "Nevada to Riohacha, where the band played on the seafront until the police asked it to "
        "stop at 2 a.m. Two days later the bus rolled into Santa Marta, and on Thursday it crawled "
        "through the banana town of Ciénaga, halting for an hour so that Ospino could lay flowers "
        "at the monument to the striking workers shot there in 1928. On Friday night the band "
        "played a dance hall in Barranquilla, after the radiator boiled over twice on the coast "
        'road and once more on the bridge over the Magdalena. "A chiva is slower than a donkey, '
        "but a donkey cannot carry a drum kit,\" Ospino said. The band closes the city's music "
        "festival on Sunday night, and the bus will be shipped home on a lorry.",
        date(2025, 11, 8),
        (
            "Valledupar",
            "San Juan del Cesar",
            "Riohacha",
            "Santa Marta",
            "Ciénaga|Cienaga",
            "Barranquilla",
            "Cartagena|Cartagena de Indias",
        ),
        (),
        actor="Eliécer Ospino",
    ),
    Case(
        "derecho_from_mitchell_to_la_crosse_told_plainly_a_storm_as_the_mover",
        "Derecho races from South Dakota to Wisconsin, leaving 400,000 without power\n\n"
        "LA CROSSE, Wis., June 18 (Reuters) - A fast-moving wall of thunderstorms known as a "
        "derecho tore some 350 miles across South Dakota, Minnesota and Wisconsin on Tuesday, "
        "flattening barns, snapping power lines and leaving more than 400,000 homes without "
        "electricity, utilities said on Wednesday. The derecho took shape in the early afternoon "
        "near Mitchell, S.D., where a gust of 92 mph peeled the roof off a grain elevator, and "
        "reached Sioux Falls about an hour later, bringing down hundreds of old elms along the Big "
        "Sioux River. It crossed into Minnesota shortly after 4 p.m., collapsing a hog barn "
        "outside Worthington, and raced east along Interstate 90 before bending north-east toward "
        "Mankato, where a 19-year-old man was killed by a falling tree. Around 7 p.m. it struck "
        "Rochester, Minnesota, where the Mayo Clinic ran on generators for 20 minutes, and it "
        "reached La Crosse on the Mississippi just before 9 p.m., tearing the steeple from a "
        "downtown church. The line of storms weakened over the bluffs of western Wisconsin before "
        'midnight. "It came through like a freight train, and it didn\'t slow down for anybody," '
        "said Keith Brandt, the emergency manager of La Crosse County. The National Weather "
        "Service said it was the strongest derecho in the region since 2022.",
        date(2025, 6, 18),
        ("Mitchell", "Sioux Falls", "Worthington", "Mankato", "Rochester", "La Crosse"),
        (),
        actor="derecho",
    ),
    Case(
        "wood_fired_steamer_lappeenranta_to_kuopio_told_plainly_a_ship_as_the_mover",
        "Century-old steamer sails the length of Finland's lake country\n\n"
        "KUOPIO, Finland, July 11 (Reuters) - The wood-fired steamer Kerttu, built in 1907, tied "
        "up at Kuopio's passenger harbour on Friday, ending the first voyage by steam from the "
        "southern tip of Lake Saimaa to Kuopio in more than half a century. The 24-metre boat cast "
        "off from the harbour in Lappeenranta on Monday morning with 38 passengers and three "
        "tonnes of birch logs stacked on deck, and threaded the narrow sound at Puumala that "
        "evening. On Tuesday it called at Savonlinna, where passengers went ashore to visit the "
        "medieval Olavinlinna castle, and on Wednesday it crossed the open water of Haukivesi, the "
        "crew putting in twice at islands to load more wood. On Thursday morning the Kerttu locked "
        "through the canal at Varkaus, an old paper-mill town, and that night it moored at the "
        'jetty in Leppävirta, where villagers rowed out with smoked vendace. "The engine is older '
        "than the republic, so we don't rush it,\" said the captain, Aila Ruokonen, 58. The "
        "volunteers who spent 11 years restoring the boat hope to repeat the voyage every summer.",
        date(2025, 7, 11),
        (
            "Lappeenranta|Villmanstrand",
            "Puumala",
            "Savonlinna|Nyslott",
            "Varkaus",
            "Leppävirta|Leppavirta|Leppaevirta",
            "Kuopio",
        ),
        (),
        actor="Kerttu",
    ),
    Case(
        "cabral_statue_by_lorry_from_bissau_to_bafata_told_plainly_governor_receives",
        "Statue of Amílcar Cabral reaches his birthplace after slow ride inland\n\n"
        "BAFATA, Guinea-Bissau, Sept 12 (Reuters) - A four-metre bronze statue of the independence "
        "leader Amílcar Cabral was unveiled in Bafatá on Friday, the 101st anniversary of his "
        "birth in the town, after a four-day journey on a flatbed lorry from the coast. The "
        "statue, cast in a foundry abroad and paid for by a collection among Bissau-Guinean "
        "emigrants, was lifted off a cargo ship at the port of Bissau on Monday and left the "
        "capital that afternoon under police escort. Crowds lined the road as the lorry crept "
        "through Nhacra, and it spent two nights parked beside the market in Mansôa while the "
        "police cleared the road ahead. On Wednesday the convoy was held for most of the day "
        "outside Bambadinca while engineers checked a bridge over the Geba river, and it rolled "
        "into Bafatá after dark on Thursday. The regional governor, Aliu Baldé, received the "
        "convoy at the edge of town and on Friday hosted Cabral's nephew and the sculptor, Nelson "
        'Tavares, at a lunch after the unveiling. "He walked these streets as a boy. Now he stands '
        'in them," Baldé said. Cabral, who led the war against Portuguese rule, was killed in '
        "1973, months before independence was declared.",
        date(2025, 9, 12),
        ("Bissau", "Nhacra", "Mansôa|Mansoa", "Bambadinca", "Bafatá|Bafata"),
        ((12.17, -14.66),),
        actor="statue",
    ),
    Case(
        "ambulance_convoy_walvis_bay_to_katima_mulilo_told_plainly_governor_receives",
        "Convoy of donated ambulances reaches Namibia's far north-east\n\n"
        "KATIMA MULILO, Namibia, Oct 17 (Reuters) - A convoy of 12 new ambulances donated by "
        "Japan reached Katima Mulilo on Friday, eight days and some 1,400 km after the vehicles "
        "were driven off a ship at Walvis Bay. The white four-wheel-drive vehicles, led by the "
        "health ministry's transport chief, Ndapewa Shilongo, left the port on Oct 10 and stopped "
        "for the night in Swakopmund, where two of them were fitted with radios. The next day the "
        "convoy climbed inland past the granite domes of the Spitzkoppe to Usakos, leaving the "
        "first ambulance at the district hospital, and on Sunday it drove north to Otjiwarongo, "
        "where two more were handed over. After two nights in Grootfontein waiting for a missing "
        "batch of stretchers, it reached Rundu on the Kavango river on Wednesday and left three "
        "vehicles at the regional hospital. The last six crossed the Bwabwata National Park on "
        "Thursday, their drivers watching for elephants on the road, and after a night at a "
        "police camp they arrived in Katima Mulilo on Friday morning. The governor of the Zambezi "
        "region, Rosalia Mwilima, received the drivers at the regional hospital and held talks "
        "with Shilongo about the region's shortage of paramedics. \"Some patients here wait a "
        'whole day for a ride to a clinic," Mwilima said.',
        date(2025, 10, 17),
        (
            "Walvis Bay|Walvisbaai",
            "Swakopmund",
            "Usakos",
            "Otjiwarongo",
            "Grootfontein",
            "Rundu",
            "Katima Mulilo",
        ),
        ((-17.50, 24.27),),
        actor="convoy",
    ),
    Case(
        "1956_bus_bella_union_to_montevideo_told_from_the_end_granddaughter_waits",
        "Retired driver brings a 1956 bus home to Montevideo along the Uruguay River\n\n"
        "MONTEVIDEO, Dec 6 (Reuters) - Héctor Pereyra, 78, parked a restored 1956 Leyland bus "
        "beside Plaza Independencia in Montevideo on Saturday, where his granddaughter Valentina "
        'was waiting at the kerb with a thermos of mate and a banner reading "Welcome home, '
        "Abuelo\". It was the end of an eight-day, 850-km drive down Uruguay's western edge in the "
        "bus he drove for 31 years on the country's first long-distance route, now painted again "
        "in its old green and cream.\n\n"
        "Pereyra set out on Nov 29 from Bella Unión, the sugar town at the country's northern tip, "
        "and spent his first night in Salto, where the bus was parked outside the old railway "
        "station. On Monday he drove on to Paysandú, and on Tuesday he reached Fray Bentos, whose "
        "meat-packing plant once fed armies in two world wars. A cracked brake hose kept him two "
        "days in Mercedes, and on Friday he took the road south to Colonia del Sacramento before "
        "the last run east along the River Plate to the capital, with a police car clearing the "
        'way for the final kilometres. "She still pulls to the left, like me," Pereyra said. The '
        "bus will be given to a transport museum next year.",
        date(2025, 12, 6),
        (
            "Bella Unión|Bella Union",
            "Salto",
            "Paysandú|Paysandu",
            "Fray Bentos",
            "Mercedes",
            "Colonia del Sacramento|Colonia",
            "Montevideo",
        ),
        ((-34.90, -56.19),),
        actor="Héctor Pereyra",
    ),
    Case(
        "pada_yatra_pilgrim_jaffna_to_kataragama_walk_told_in_the_pluperfect",
        "Sri Lankan pensioner finishes 54-day pilgrimage on foot to Kataragama\n\n"
        "KATARAGAMA, Sri Lanka, July 22 (Reuters) - A 71-year-old retired schoolmaster from the "
        "north walked into the temple town of Kataragama on Tuesday, one of the first of the "
        "thousands of pilgrims expected this week for the Esala festival, after 54 days on the "
        "road. Sivaguru Thambirajah had set out from the Nallur temple in Jaffna on May 30 with a "
        "walking stick, two changes of clothes and a small brass lamp. He had followed the A9 "
        "highway south to Kilinochchi, where he slept at a Hindu temple, and had then turned east "
        "to the coast. By mid-June he had reached Trincomalee, and he had spent four nights in "
        "Batticaloa, where a fever forced him to rest at the home of a former pupil. He had walked "
        "through Kalmunai in heavy rain and had waited two days in Pottuvil for a larger group to "
        "form before crossing the forests of the Yala park, where elephants and leopards make "
        'walking alone unsafe. "My knees complained every day. My heart did not," he said. The '
        "pilgrimage on foot, known as the Pada Yatra, has followed the east coast for centuries "
        "and drew large crowds again after the civil war ended in 2009. The festival ends on Aug "
        "9.",
        date(2025, 7, 22),
        (
            "Jaffna|Yalpanam",
            "Kilinochchi",
            "Trincomalee",
            "Batticaloa",
            "Kalmunai",
            "Pottuvil",
            "Kataragama",
        ),
        (),
        actor="Sivaguru Thambirajah",
    ),
    Case(
        "monks_peace_walk_sisophon_to_phnom_penh_a_column_from_kampot_as_a_second_mover",
        "Buddhist peace walk against land mines ends in Phnom Penh\n\n"
        "PHNOM PENH, May 7 (Reuters) - About 300 Buddhist monks, nuns and lay people led by the "
        "Venerable Sok Chanthou walked into Phnom Penh on Wednesday at the end of a three-week "
        "peace walk across western Cambodia, calling for an end to the land-mine accidents that "
        "still kill and maim dozens of people a year. The 64-year-old monk set out on April 16 "
        "from a pagoda in Sisophon, near the Thai border, and led the column south along National "
        "Road 5 to Battambang, where the walkers rested for four days and visited a school for "
        "mine-clearers. From there they followed the road east along the edge of the Tonle Sap "
        "lake to Pursat, where farmers handed out water and rice, and they spent a week around "
        "Kampong Chhnang, the river town known for its clay pots. A second column of about 80 "
        "nuns, led by the Venerable Ouk Sophea, set off from Kampot on the south coast on April 28 "
        "and walked north through Takeo, joining the main walk only outside the Royal Palace on "
        'Wednesday. "Every step is for a leg that was lost," Sok Chanthou said. The walks, known '
        "as Dhammayietra, were begun in 1992 by the monk Maha Ghosananda to help refugees return "
        "home after two decades of war.",
        date(2025, 5, 7),
        (
            "Sisophon|Serei Saophoan",
            "Battambang|Baat Dambang",
            "Pursat|Pouthisat",
            "Kampong Chhnang|Kampong Chhnaeng",
            "Phnom Penh",
        ),
        (),
        actor="Sok Chanthou",
    ),
    Case(
        "finnish_president_estonia_visit_helsinki_to_parnu_background_places",
        "Finnish president ends Estonia visit on the Baltic coast\n\n"
        "PARNU, Estonia, Oct 3 (Reuters) - Finnish President Mikael Korpela ended a four-day state "
        "visit to Estonia in the seaside town of Pärnu on Friday, telling students that the two "
        'countries now shared "one sea, one border and one alliance". Korpela crossed the Gulf of '
        "Finland from Helsinki on the morning ferry on Tuesday and held talks in Tallinn with "
        "Estonian President Alar Karis on air defence and the protection of undersea cables, "
        "several of which were damaged in 2024. On Wednesday he visited the university in Tartu, "
        "where Estonia and Soviet Russia signed their peace treaty in 1920 and where Finland "
        "signed its own with Moscow months later. On Thursday he stood on the bridge in Narva, "
        'looking across the river at the fortress of Ivangorod on the Russian bank. "In Narva I '
        'see what Imatra or Lappeenranta would feel like with a closed border," he said. He '
        "recalled the human chain of 1989 that ran from Vilnius through Riga, and the trips both "
        "presidents made to Kyiv last spring. In Pärnu he toured a wind-turbine factory that "
        "exports to Sweden and Germany. Korpela flies home to Helsinki on Saturday.",
        date(2025, 10, 3),
        (
            "Helsinki|Helsingfors",
            "Tallinn|Reval",
            "Tartu|Dorpat",
            "Narva",
            "Pärnu|Parnu|Paernu",
            "Helsinki|Helsingfors",
        ),
        ((59.44, 24.75),),
        actor="Mikael Korpela",
    ),
    Case(
        "unicycle_across_georgia_from_rome_to_cairo_ambiguous_names_grandmother_waits",
        "Student unicycles across Georgia from Rome to Cairo\n\n"
        "CAIRO, Ga., April 26 (Reuters) - A 22-year-old engineering student rode a unicycle into "
        "Cairo on Saturday, ending a 15-day, 330-mile trip from Rome to Cairo that never left the "
        "state of Georgia, and fell into the arms of her grandmother, who was waiting outside the "
        "county courthouse with a cardboard sign. Destiny Hollis, who rides a 36-inch wheel, set "
        "out from Rome, the old river town in the state's north-west, on April 12 and pedalled "
        "south-east on back roads to Madison, where she spent two nights at a bed-and-breakfast "
        "nursing a sprained wrist. She rode on through Sparta, a town of 1,300 people, and reached "
        "Dublin on the Oconee River on April 18. After a night in Vienna, where a diner owner fed "
        "her pecan pie, she wobbled into Albany in a thunderstorm and waited two days for the "
        "roads to dry. \"People kept asking if I'd seen Italy, Greece, Ireland, Austria and Egypt. "
        'I said no, just south Georgia, one wheel at a time," Hollis said. Her grandmother, Mae '
        "Hollis, 81, who has lived in Cairo since 1963, said she had been worried sick the whole "
        "way. Hollis, a student at Georgia Tech, raised $14,000 for a children's hospital.",
        date(2025, 4, 26),
        ("Rome", "Madison", "Sparta", "Dublin", "Vienna", "Albany", "Cairo"),
        ((30.88, -84.20),),
        actor="Destiny Hollis",
    ),
    Case(
        "mobile_planetarium_at_juliaca_legs_to_puno_ilave_juli_and_desaguadero_to_come",
        "Mobile planetarium takes the stars to Peru's high plains\n\n"
        "JULIACA, Peru, Oct 18 (Reuters) - A lorry carrying an inflatable planetarium dome has "
        "drawn more than 6,000 schoolchildren in four days in Juliaca, the busy market city of the "
        "Andean high plains, on the first tour of its kind in southern Peru. The astronomer Wilber "
        "Mamani, 41, who drives the lorry himself, set off from Arequipa on Oct 11 and crossed the "
        "Patapampa pass, at nearly 4,900 metres, on his way to Chivay in the Colca valley, where "
        "he spent three nights showing the dome to children from farming villages. From Chivay he "
        'took the gravel road across the altiplano and rolled into Juliaca on Tuesday. "At this '
        'altitude the sky is already a planetarium. We just add the names," Mamani said. On Monday '
        "the lorry will drive on to Puno, on the shore of Lake Titicaca, and then to Ilave and "
        "Juli, before the tour ends at Desaguadero on the Bolivian border on Oct 31. Mamani, who "
        "built the projector with students from a university in Lima, hopes to take the dome to "
        "the Amazon next year.",
        date(2025, 10, 18),
        ("Arequipa", "Chivay", "Juliaca", "Puno", "Ilave", "Juli", "Desaguadero"),
        (),
        actor="Wilber Mamani",
    ),
]

ROUTE_FAILS44: dict[str, str] = {
    "ambulance_convoy_walvis_bay_to_katima_mulilo_told_plainly_governor_receives": (
        "first run (a3e7783): routes [Ndapewa Shilongo: Swakopmund > Usakos > Otjiwarongo > "
        "Grootfontein > Rundu > Katima Mulilo] meetings []"
    ),
    "pada_yatra_pilgrim_jaffna_to_kataragama_walk_told_in_the_pluperfect": (
        "first run (a3e7783): routes [Sivaguru Thambirajah: Jaffna > Kilinochchi > Kalmunai "
        "> Trincomalee > Batticaloa > Kataragama] meetings []"
    ),
    "monks_peace_walk_sisophon_to_phnom_penh_a_column_from_kampot_as_a_second_mover": (
        "first run (a3e7783): routes [Maha Ghosananda: Sisophon > Battambang > Pursat > "
        "Kampong Chhnang > Kampot > Takeo] meetings []"
    ),
}

MEETING_FAILS44: dict[str, str] = {}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS44, CASES44))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS44, CASES44))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
