"""Blind route batch 50: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS50 and MEETING_FAILS50."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 50: twelve articles written before the code was run on them. Stops and meetings
# were fixed before the first run (see test_routes_unseen for the scoring); the misses of the first
# run are to be recorded when the batch is wired into a test module.
# Kinds the earlier batches lacked, in regions they seldom visit (the Leeds and Liverpool Canal
# through Lancashire and Yorkshire, East and West Flanders, Neuquén and the pampas of Buenos Aires
# province, Sardinia's east coast, Kerala, the Middle and High Atlas of Morocco, Friesland,
# Andalusia, Vermont, Tuscany and Umbria, Jamaica's south and west coasts and Costa Rica), six told
# plainly in the order things happened (with dates where a journalist gives them) and six with one
# complication each. Plain: a horse-drawn narrowboat skippered by Helen Ashworth that 'set off from
# Stanley Dock in Liverpool' (Liverpool also inside 'the Leeds and Liverpool Canal', a canal, one
# stop), 'spent its third night moored in the centre of Wigan', 'reached Blackburn', 'In Burnley the
# crew rested', was hauled 'through a tunnel 1.5 km long under the watershed' (a tunnel, unnamed) on
# 'the old border between Lancashire and Yorkshire' (counties), 'came down the locks into Skipton'
# (the castle a venue), 'followed the River Aire east' (a river), 'passed the old mills outside
# Keighley', 'worked down the staircase of five locks at Bingley' and tied up at Granary Wharf in
# Leeds (the dateline, also inside the canal's name and in 'The Lord Mayor of Leeds', one stay),
# where the Lord Mayor welcomes her (the meeting), the Pennines a range; a showman, Marc Verstraete,
# whose carousel 'pulled out of Roeselare' (his winter yard there, one stop), 'opened first at the
# summer fair in Kortrijk' (the belfry a venue), 'crossed the Scheldt into Oudenaarde' (a river),
# turned 'outside the town hall of Aalst', was held up 'in Dendermonde', 'the last stop before the
# finale was Lokeren' (the Durme a river) and the Grote Markt of Sint-Niklaas (the dateline, named
# twice, one stay), Flanders a region, no meeting (his sons, hired hands and grandmothers riding the
# horses are none); a palaeontologist, Lucía Ferreyra, riding with a lorry of titanosaur bones that
# 'left the municipal museum of Plaza Huincul, in Neuquén province' (a province), spent 'the first
# night in the city of Neuquén' (the city, a stop), 'crossed the Río Negro' (a river that also names
# a province), drove 'through the apple and pear orchards of the valley to Choele Choel', 'reached
# Bahía Blanca' (the national university a venue), 'turned north-east across the pampas to Azul' (a
# police compound) and 'covered the last 300 km to the capital' (Buenos Aires, the dateline, named
# twice more as 'the capital'; the museum in Parque Centenario a venue), where the city's culture
# minister receives her (the meeting), 'Patagonian' an adjective; a kitesurfer, Giulia Serra, who
# 'set off from the Poetto beach in Cagliari', 'rounded Capo Carbonara' (a cape) 'and came ashore in
# the harbour of Villasimius', spent 'two days at Muravera' (the Flumendosa a river), was carried
# '70 km north to Tortolì' (a fishermen's shed there), 'crossed the Gulf of Orosei' (a gulf) 'and
# landed at Orosei' (the town, a stop), 'reached the beach below Siniscola' and 'rode into the Gulf
# of Olbia' to a beach on the edge of Olbia (the dateline), Sardinia an island, no meeting (her
# brother in a dinghy following offshore and fishermen lending a shed are none); a barber, Rajan
# Kuttappan, who 'left Kasaragod' (his shop there, one stop), spent 'four days in the old people's
# homes of Kannur', 'rode south along the coast road to Kozhikode', 'reached Thrissur', 'crossed the
# bridges over the backwaters into Kochi' (bridges and backwaters), had 'A puncture outside
# Alappuzha', 'two nights in Kollam' and 'the last 70 km to the capital' (Thiruvananthapuram, the
# dateline), where the social justice minister receives him at the state secretariat (the meeting),
# Kerala a state and the ride along Tamil Nadu's coast next year a plan with no town; a microlight
# pilot, Youssef Bennani, who 'took off from a flying club field at Kenitra', 'followed the Sebou
# river inland to Meknes', 'climbed over the first ridges of the Middle Atlas to Ifrane' (three days
# flying out of its airfield, one stay), was kept 'on the ground for a day at Midelt' (Jebel Ayachi
# a mountain), 'followed the Ziz gorges south to Errachidia', 'flew west along the foot of the
# mountains to Ouarzazate' and 'crossed the High Atlas by the Tizi n'Tichka pass' to 'a dirt strip
# outside Marrakesh' (the dateline), the Atlantic coast and the desert a coast and a desert, no
# meeting (a friend following by road with fuel is none).
# With one complication: told from the end, a dairy farmer on skates, Sietse de Vries, whose lede is
# his arrival on the Bonkevaart canal in Leeuwarden (the dateline), where his wife waits on the ice
# (the meeting), then from the start 'left Leeuwarden at 6.40 a.m.', 'skated south to Sneek',
# 'crossed the Frisian lakes to Stavoren, on the shore of the IJsselmeer' (lakes), 'turned north
# along the coast to Workum', 'reached Harlingen, the port on the Wadden Sea' (a sea), 'skated
# inland to Franeker', 'pushed on in the dusk to Dokkum' and 'the last 25 km back to Leeuwarden' (a
# round trip, Leeuwarden listed twice), the Elfstedentocht or Eleven Cities Tour a race whose other
# cities are not named, and the milking on Saturday a plan with no place; a flashback in the
# pluperfect, a golf coach, Álvaro Pineda, whose lede is his last putt on a course on the edge of
# Almería (the dateline), where the mayor waits beside the green (the meeting), his round told after
# the lede: 'had teed off on Oct 1 from the sand of the beach at Huelva', 'had reached Seville on
# Oct 4' (the Guadalquivir and the Triana bridge a river and a bridge), 'had then played east
# through the olive groves to Écija and on to Córdoba', 'A storm had kept him for two days in Jaén',
# 'had climbed into Granada' (the Alhambra a venue), 'had played across the high plain to Guadix'
# and 'down through the desert to the sea' (Almería, one stop with the lede), Andalusia a region; a
# second mover, a stage magician, Walter Pratt, who 'left his home in Brattleboro', gave his first
# show 'in Bennington', 'climbed through the Green Mountains to Rutland' (a range), 'played the
# college town of Middlebury', a theatre 'in Burlington, on Lake Champlain' (a lake), 'turning east
# to Montpelier' and 'on to St. Johnsbury' (the dateline, its music hall a venue), no meeting (his
# wife and assistant rides in the van, audiences are none), while his former apprentice, Derek Hale,
# tours 'across the Connecticut River in New Hampshire, playing Keene, Concord and Laconia', which
# are no stops of his; background places, a knife-grinder, Gino Buttolo, who 'set off on Sept 4 from
# Lucca', 'rode first to Pisa', spent 'three days climbing to Volterra', 'a week in Siena', 'reached
# Montepulciano', 'crossed into Umbria along the shore of Lake Trasimeno' (a lake), spent 'two days
# in Perugia' and rode 'the last 25 km to Assisi' (the dateline; the Sacred Convent a venue), where
# the custodian of the convent receives him (the meeting), with the Val Resia and Friuli (his home
# valley and region), Trieste, Vienna, Budapest and Odessa (where the men of his valley once took
# their trade), Hannibal's battle of 217 BC, Francis born in Assisi in 1181 (a man, the same town)
# and Naples and Palermo (a comparison) as background, Tuscany and Umbria regions; ambiguous names,
# a sound system selector, Devon Campbell (a man named like an English county), who 'loaded the
# lorry in Kingston', played 'in Spanish Town, the old colonial capital', 'beside the Rio Minho in
# May Pen' (a river), 'climbed into the hills to Mandeville', 'came down to Black River, the town at
# the mouth of the river of the same name' (the town, a stop; the river none), Savanna-la-Mar,
# 'drove north round the western tip of the island to Montego Bay' (a town named like a bay) and
# 'made the short drive east to Falmouth' (the dateline, named twice, one stay; the Cornish port it
# was named after left unnamed and Cornwall only a county of origin), the towns' better-known
# namesakes elsewhere (Kingston in Ontario, Mandeville in Louisiana, Falmouth in England and
# Massachusetts) left unnamed, no meeting (a local rival that beats the system in a sound clash and
# crowds are none); future legs, a retired Belgian, Luc Janssens, and his wife in an amphibious car,
# who 'crossed the border from Nicaragua' (a border), spent their 'first night in Costa Rica in
# Cañas' (Guanacaste a province), 'drove the car down a boat ramp into the Gulf of Nicoya at
# Puntarenas' (a gulf) and 'climbed the mountain road into the Central Valley to San José' (the
# dateline; the National Theatre a venue), where the tourism minister receives them (the meeting),
# and who 'plan to leave on Monday for Cartago' (the Irazú volcano a mountain), 'then drive on to
# Turrialba' (the Reventazón a river), 'intend to cross the mountains to Limón' and 'to sail the car
# south along the shore to Cahuita', 'crossing into Panama in April' a country, Mexico and Central
# America a country and a region named in a summary.
# Decisions (as in batches 17-49): a country, state, province, county, region, valley, plain or
# island named beside a town is no extra stop (England, Lancashire, Yorkshire, Belgium, Flanders,
# Neuquén province, Patagonia, the pampas, Italy, Sardinia, India, Kerala, Tamil Nadu, Morocco, the
# Netherlands, Spain, Andalusia, Vermont, New Hampshire, Tuscany, Umbria, Friuli, the Val Resia,
# Jamaica, Cornwall, Costa Rica, Guanacaste, the Central Valley, Nicaragua, Mexico, Central America,
# Panama), nor a country named only in a nationality or an adjective (Belgian, Argentine,
# Patagonian, Moroccan, Frisian, Spanish, Etruscan, Slovenian, Roman, Jamaican, Georgian,
# Caribbean); a venue is its town (Stanley Dock in Liverpool, Granary Wharf in Leeds, the castle in
# Skipton, the belfry in Kortrijk, the town hall of Aalst, the Grote Markt of Sint-Niklaas, the
# museum of Plaza Huincul, the national university in Bahía Blanca, the police compound in Azul, the
# museum in Parque Centenario in Buenos Aires, the Poetto beach in Cagliari, the harbour of
# Villasimius, the campsite at Muravera, the old people's homes of Kannur, the state secretariat in
# Thiruvananthapuram, the flying club field at Kenitra, the airfield of Ifrane, the Bonkevaart in
# Leeuwarden, the golf course in Almería, the Triana bridge in Seville, the Alhambra in Granada, the
# opera house in Rutland, the music hall of St. Johnsbury, the Sacred Convent in Assisi, the yard in
# Kingston, the waterfront of Black River, the square of Falmouth, the boat ramp at Puntarenas, the
# National Theatre in San José); a town passed, stopped at or reached near on the way is a stop
# ('passed the old mills outside Keighley', 'A puncture outside Alappuzha', 'a dirt strip outside
# Marrakesh', 'the beach below Siniscola', 'a beach on the southern edge of Olbia', 'a golf course
# on the edge of Almería'), but a sea, lake, river, canal, gulf, cape, gorge, pass, range, mountain,
# volcano, tunnel, bridge, backwater, desert or border crossed, followed or passed is none (the
# Pennines, the Leeds and Liverpool Canal, the tunnel under the watershed, the River Aire, the
# Scheldt, the Durme, the Río Negro, Capo Carbonara, the Flumendosa, the Gulf of Orosei, the Gulf of
# Olbia, the backwaters of Kochi, the Sebou, the Middle and High Atlas, Jebel Ayachi, the Ziz
# gorges, the Tizi n'Tichka pass, the Frisian lakes, the IJsselmeer, the Wadden Sea, the
# Guadalquivir, the desert before Almería, the Green Mountains, Lake Champlain, the Connecticut
# River, Lake Trasimeno, the Rio Minho, the river Black River, the Gulf of Nicoya, the Irazú
# volcano, the Reventazón, the border with Nicaragua); the place a mover sets out from is the first
# stop even when the lede names only the end ('set off from Stanley Dock in Liverpool', 'pulled out
# of Roeselare', 'left the municipal museum of Plaza Huincul', 'set off from the Poetto beach in
# Cagliari', 'left Kasaragod', 'took off from a flying club field at Kenitra', 'left Leeuwarden at
# 6.40 a.m.', 'had teed off ... from the sand of the beach at Huelva', 'left his home in
# Brattleboro', 'set off on Sept 4 from Lucca', 'loaded the lorry in Kingston', 'crossed the border
# from Nicaragua' and 'spent their first night in Costa Rica in Cañas'); a town visited twice is
# listed twice (Leeuwarden, left at dawn and skated back to at night), and a town named twice in one
# stay is one stop (Liverpool, Leeds, Roeselare, Sint-Niklaas, Buenos Aires, Olbia, Kasaragod,
# Thiruvananthapuram, Almería, St. Johnsbury, Assisi, Falmouth, San José); planned legs stated as
# plans are stops ('plan to leave on Monday for Cartago', 'then drive on to Turrialba', 'intend to
# cross the mountains to Limón', 'to sail the car south along the shore to Cahuita'), but a plan
# with no town is none (Tamil Nadu's coast next year, the milking on Saturday morning, the crossing
# into Panama, the bones going on show in March where they already are); the places of another mover
# (the apprentice's Keene, Concord and Laconia) and places named only as background, history,
# comparison or a home valley (the Val Resia, Friuli, Trieste, Vienna, Budapest, Odessa, Hannibal's
# Lake Trasimeno battle, Francis's birth in Assisi, Naples, Palermo, Cornwall) are no stops. The
# dateline is a stop in every article of this batch.
# A Lord Mayor welcoming a narrowboat's skipper on a wharf, a city minister receiving a
# palaeontologist at a museum, a state minister receiving a barber at the secretariat, a wife
# waiting for a skater on the ice, a mayor waiting for a golfer beside the last green, a convent's
# custodian receiving a knife-grinder in the cloister and a tourism minister receiving a couple in
# front of a theatre are meetings. Volunteers walking a towpath, a farrier, a showman's sons and
# hired hands, grandmothers and their grandchildren on the carousel, a crane lifting crates,
# university engineers checking them, a brother following a kitesurfer in a dinghy, fishermen
# lending a shed, old people having their hair cut, a friend following a microlight by road, a baker
# opening early, a caddie pushing a cart, a magician's wife and assistant, audiences, a rival
# magician touring elsewhere, butchers queuing at a grinding wheel, crowds at a dance, a rival sound
# system in a clash and a wife waving from the back seat of the car are no meetings, and there is
# none for the showman, the kitesurfer, the microlight pilot, the magician and the sound system.
# Stop spellings accept the GeoNames names, plain ASCII and common variants, every common spelling
# of each stop offered ('Roeselare|Roulers', 'Kortrijk|Courtrai', 'Oudenaarde|Audenarde',
# 'Aalst|Alost', 'Dendermonde|Termonde', 'Sint-Niklaas|Sint Niklaas|Saint-Nicolas',
# 'Neuquén|Neuquen', 'Bahía Blanca|Bahia Blanca', 'Tortolì|Tortoli', 'Kāsaragod|Kasaragod|Kasargod',
# 'Kannur|Cannanore', 'Kozhikode|Calicut', 'Thrissur|Trichur', 'Kochi|Cochin', 'Alappuzha|Alleppey',
# 'Kollam|Quilon', 'Thiruvananthapuram|Trivandrum', 'Kenitra|Kénitra', 'Meknes|Meknès',
# 'Errachidia|Er Rachidia|Ksar es Souk', 'Marrakesh|Marrakech', 'Leeuwarden|Ljouwert',
# 'Sneek|Snits', 'Stavoren|Starum', 'Workum|Warkum', 'Harlingen|Harns', 'Franeker|Frjentsjer',
# 'Sevilla|Seville', 'Écija|Ecija', 'Córdoba|Cordoba|Cordova', 'Jaén|Jaen', 'Almería|Almeria',
# 'Saint Johnsbury|St. Johnsbury|St Johnsbury', 'Savanna-la-Mar|Savanna la Mar', 'Cañas|Canas', 'San
# José|San Jose', 'Limón|Limon|Puerto Limón|Puerto Limon').

CASES50 = [
    Case(
        "horse_drawn_narrowboat_liverpool_to_leeds_told_plainly_lord_mayor_receives",
        "Horse-drawn narrowboat works the Leeds and Liverpool Canal over the Pennines\n\n"
        "LEEDS, England, June 14 (Reuters) - A wooden narrowboat built in 1934 and pulled by a "
        "shire horse named Duke tied up at Granary Wharf in Leeds on Saturday, 26 days after it "
        "left Liverpool, the first horse-drawn boat in more than 60 years to work the whole 204 km "
        "of the Leeds and Liverpool Canal across the Pennines. The Lord Mayor of Leeds welcomed "
        "the boat's skipper, Helen Ashworth, on the wharf and fed the horse a carrot. Ashworth, "
        "52, a former lock-keeper, set off from Stanley Dock in Liverpool on May 19 with two "
        "volunteers who took turns walking the towpath beside the horse. The boat spent its third "
        "night moored in the centre of Wigan, below the flight of 21 locks that lifts the canal "
        "out of the town, and on May 27 it reached Blackburn. In Burnley the crew rested for two "
        "days while a farrier reshod Duke. At the summit of the canal, on the old border between "
        "Lancashire and Yorkshire, they led the horse over the hill, as boatmen did a century ago, "
        "while the boat was hauled by hand through a tunnel 1.5 km long under the watershed. On "
        "June 5 it came down the locks into Skipton, where it spent a weekend below the castle. "
        "From there it followed the River Aire east, passed the old mills outside Keighley and on "
        'June 11 worked down the staircase of five locks at Bingley. "He knows every bridge better '
        "than I do. He stops at each one and waits for me to tell him it's all right,\" Ashworth "
        "said of the horse, who will spend the rest of the summer at grass.",
        date(2025, 6, 14),
        ("Liverpool", "Wigan", "Blackburn", "Burnley", "Skipton", "Keighley", "Bingley", "Leeds"),
        ((53.80, -1.55),),
        actor="Helen Ashworth",
    ),
    Case(
        "funfair_showman_moves_his_carousel_roeselare_to_sint_niklaas_told_plainly",
        "Belgian showman hauls his 1920s carousel from fair to fair across Flanders\n\n"
        "SINT-NIKLAAS, Belgium, Sept 8 (Reuters) - Marc Verstraete's carousel, with its 36 "
        "hand-carved wooden horses and a dance organ built in 1924, turned for the last time this "
        "summer on Sunday night on the Grote Markt of Sint-Niklaas, the end of a six-week round of "
        "town fairs that began at his winter yard in Roeselare. Verstraete, 61, is the fourth "
        "generation of his family to run the carousel, and it takes him, his two sons and three "
        "hired hands four days to take it down, move it and put it up again. The convoy of two "
        "lorries and three caravans pulled out of Roeselare on July 24, and the carousel opened "
        "first at the summer fair in Kortrijk, where it turned for ten days in the shadow of the "
        "belfry. On Aug 6 the lorries crossed the Scheldt into Oudenaarde, and a week later the "
        "horses were going round outside the town hall of Aalst. A burst hydraulic hose held up "
        "the rebuild in Dendermonde for two days, and the last stop before the finale was Lokeren, "
        "where the fair on the banks of the Durme lasts only five days. A ride costs 3 euros, and "
        'on a good Saturday the carousel sells 1,800 of them. "Grandmothers come and tell me they '
        'rode these horses as girls. Then they put their grandchildren on the same horse," '
        "Verstraete said. In winter his sons repaint the horses by hand.",
        date(2025, 9, 8),
        (
            "Roeselare|Roulers",
            "Kortrijk|Courtrai",
            "Oudenaarde|Audenarde",
            "Aalst|Alost",
            "Dendermonde|Termonde",
            "Lokeren",
            "Sint-Niklaas|Sint Niklaas|Saint-Nicolas",
        ),
        (),
        actor="Marc Verstraete",
    ),
    Case(
        "titanosaur_bones_trucked_plaza_huincul_to_buenos_aires_told_plainly_minister_receives",
        "Argentine palaeontologist escorts a titanosaur's bones 1,300 km to the capital\n\n"
        "BUENOS AIRES, Nov 21 (Reuters) - A thigh bone taller than a man and 40 other fossils of a "
        "giant plant-eating dinosaur reached Buenos Aires on Thursday on a flatbed lorry, at the "
        "end of a 1,300 km journey from the Patagonian oil town where they were dug up, with the "
        "palaeontologist who found them riding in the cab the whole way. The city's culture "
        "minister received Lucía Ferreyra at the natural sciences museum in Parque Centenario, "
        "where the bones of the 30-metre titanosaur will go on show in March. Ferreyra, 44, left "
        "the municipal museum of Plaza Huincul, in Neuquén province, on Nov 14 with the fossils "
        "wrapped in plaster jackets and foam and strapped into 12 wooden crates. The lorry spent "
        "the first night in the city of Neuquén, where a crane lifted two more crates aboard. It "
        "crossed the Río Negro and drove east through the apple and pear orchards of the valley to "
        "Choele Choel, and on Nov 17 it reached Bahía Blanca, where engineers at the national "
        "university checked the crates for cracks after 700 km of potholes. From there the lorry "
        "turned north-east across the pampas to Azul, where it spent a night inside the police "
        "compound, and on Thursday it covered the last 300 km to the capital at 60 km an hour. "
        '"Ninety million years under the ground, and my worry was a pothole," Ferreyra said. The '
        "dinosaur was found in 2019 by a shepherd looking for a lost goat.",
        date(2025, 11, 21),
        (
            "Plaza Huincul",
            "Neuquén|Neuquen",
            "Choele Choel",
            "Bahía Blanca|Bahia Blanca",
            "Azul",
            "Buenos Aires",
        ),
        ((-34.61, -58.38),),
        actor="Lucía Ferreyra",
    ),
    Case(
        "kitesurfer_up_the_east_coast_of_sardinia_cagliari_to_olbia_told_plainly",
        "Kitesurfer rides the wind the length of Sardinia's east coast\n\n"
        "OLBIA, Italy, May 30 (Reuters) - Giulia Serra rode her kiteboard onto a beach on the "
        "southern edge of Olbia on Friday afternoon, 11 days after she set off from the Poetto "
        "beach in Cagliari, and became the first person known to have kitesurfed the 300 km of "
        "Sardinia's east coast. Serra, 27, a physiotherapist, could sail only when the sirocco or "
        "the mistral blew hard enough, and a motor dinghy with her brother and four spare kites "
        "followed her offshore. On the first day, May 19, she rounded Capo Carbonara and came "
        "ashore in the harbour of Villasimius. A calm then kept her for two days at Muravera, "
        "where she slept at a campsite near the mouth of the Flumendosa river. On May 23 a strong "
        "sirocco carried her 70 km north to Tortolì, where fishermen lent her a shed to dry her "
        "kites, and after three days of waiting for the wind to turn she crossed the Gulf of "
        "Orosei, whose limestone cliffs offer no beach for 40 km, and landed at Orosei after seven "
        "hours on the board. She reached the beach below Siniscola on May 28, and on Friday she "
        'rode into the Gulf of Olbia between the ferries. "Out there you cannot stop. If the wind '
        'dies under the cliffs, you swim," Serra said. She has raised 40,000 euros for a '
        "children's hospital.",
        date(2025, 5, 30),
        ("Cagliari", "Villasimius", "Muravera", "Tortolì|Tortoli", "Orosei", "Siniscola", "Olbia"),
        (),
        actor="Giulia Serra",
    ),
    Case(
        "travelling_barber_cycles_kasaragod_to_thiruvananthapuram_told_plainly_minister_receives",
        "Kerala barber cycles the length of the state to cut old people's hair for free\n\n"
        "THIRUVANANTHAPURAM, India, Feb 20 (Reuters) - Rajan Kuttappan pedalled into "
        "Thiruvananthapuram on Friday with a folding chair, a mirror and a tin box of scissors and "
        "combs tied behind the saddle of his bicycle, 28 days after he set out from the northern "
        "tip of Kerala to give free haircuts to old people who live alone. Kerala's social justice "
        "minister received him at the state secretariat, where he gave the last of his 1,140 "
        "haircuts, to a retired clerk of 91, in the minister's office. Kuttappan, 58, has run a "
        "one-chair barber's shop in Kasaragod for 35 years, and his son kept it open while he was "
        "away. He left Kasaragod on Jan 23 and spent four days in the old people's homes of "
        "Kannur, then rode south along the coast road to Kozhikode, where he stayed a week and cut "
        "the hair of 300 people in a single fishing ward. On Feb 6 he reached Thrissur, in time "
        "for a temple festival, and three days later he crossed the bridges over the backwaters "
        "into Kochi. A puncture outside Alappuzha cost him half a day, and he spent two nights in "
        'Kollam before the last 70 km to the capital. "Many of these people have no one to touch '
        "them. A haircut is also a conversation,\" he said. A barbers' union in Tamil Nadu has "
        "asked him to ride along its coast next year.",
        date(2026, 2, 20),
        (
            "Kāsaragod|Kasaragod|Kasargod",
            "Kannur|Cannanore",
            "Kozhikode|Calicut",
            "Thrissur|Trichur",
            "Kochi|Cochin",
            "Alappuzha|Alleppey",
            "Kollam|Quilon",
            "Thiruvananthapuram|Trivandrum",
        ),
        ((8.49, 76.95),),
        actor="Rajan Kuttappan",
    ),
    Case(
        "microlight_pilot_flies_kenitra_to_marrakesh_over_the_atlas_told_plainly",
        "Moroccan pilot flies a microlight over the Atlas to photograph dying cedars\n\n"
        "MARRAKESH, Morocco, April 12 (Reuters) - Youssef Bennani brought his open-cockpit "
        "microlight down on a dirt strip outside Marrakesh on Saturday, ending a nine-day flight "
        "across the Middle and High Atlas to photograph the cedar forests that drought and bark "
        "beetles have been killing for a decade. Bennani, 49, an agronomist who has flown for 20 "
        "years, took off from a flying club field at Kenitra, on the Atlantic coast, on April 4 "
        "and followed the Sebou river inland to Meknes, where he spent the night with the aircraft "
        "tied down against the wind. On April 6 he climbed over the first ridges of the Middle "
        "Atlas to Ifrane, and from its small airfield he spent three days flying low over the "
        "cedars, mapping the grey patches of dead trees with a camera fixed under the wing. Gusts "
        "kept the microlight on the ground for a day at Midelt, below the snows of Jebel Ayachi, "
        "and on April 10 he followed the Ziz gorges south to Errachidia, on the edge of the "
        "desert. The next day he flew west along the foot of the mountains to Ouarzazate, and on "
        "Saturday he crossed the High Atlas by the Tizi n'Tichka pass, at 2,260 metres, with the "
        "engine at full power. A friend followed him by road in a van with fuel and spare parts. "
        '"From up there you see the forest dying in a way nobody on the ground can," Bennani said. '
        "His photographs will go to the national water and forests agency.",
        date(2025, 4, 12),
        (
            "Kenitra|Kénitra",
            "Meknes|Meknès",
            "Ifrane",
            "Midelt",
            "Errachidia|Er Rachidia|Ksar es Souk",
            "Ouarzazate",
            "Marrakesh|Marrakech",
        ),
        (),
        actor="Youssef Bennani",
    ),
    Case(
        "ice_skater_skates_the_eleven_cities_round_from_leeuwarden_told_from_the_end_wife_waits",
        "Frisian dairy farmer skates the 200 km Eleven Cities route on natural ice\n\n"
        "LEEUWARDEN, Netherlands, Jan 17 (Reuters) - Sietse de Vries glided under the last bridge "
        "on the Bonkevaart canal in Leeuwarden at 9.40 p.m. on Friday and into the arms of his "
        "wife, Anneke, who had waited for him on the ice for three hours with a flask of hot "
        "chocolate, 15 hours after he set off from the same spot. The 54-year-old dairy farmer is "
        "thought to be the first person since 1997 to skate the whole route of the Elfstedentocht, "
        "the Eleven Cities Tour, on natural ice. The race itself was not called, because the ice "
        "was too thin in places to carry 16,000 skaters, but after ten nights of hard frost De "
        "Vries decided to try it alone. He left Leeuwarden at 6.40 a.m. in the dark with a head "
        "torch and skated south to Sneek, where a baker opened early to give him coffee. Through "
        "the morning he crossed the Frisian lakes to Stavoren, on the shore of the IJsselmeer, and "
        "turned north along the coast to Workum, where he had to walk 200 metres round a stretch "
        "of open water. He reached Harlingen, the port on the Wadden Sea, in the middle of the "
        "afternoon, skated inland to Franeker and, with his legs cramping, pushed on in the dusk "
        "to Dokkum, the northernmost of the eleven cities, before the last 25 km back to "
        'Leeuwarden. "Every Frisian boy dreams of it. I am 54 and I have finally done it," he '
        "said. He will be back milking his 90 cows on Saturday morning.",
        date(2026, 1, 17),
        (
            "Leeuwarden|Ljouwert",
            "Sneek|Snits",
            "Stavoren|Starum",
            "Workum|Warkum",
            "Harlingen|Harns",
            "Franeker|Frjentsjer",
            "Dokkum",
            "Leeuwarden|Ljouwert",
        ),
        ((53.20, 5.80),),
        actor="Sietse de Vries",
    ),
    Case(
        "golfer_plays_one_ball_across_andalusia_huelva_to_almeria_in_the_pluperfect_mayor_waits",
        "Spanish golfer holes out after a 500 km round across Andalusia\n\n"
        "ALMERÍA, Spain, Oct 24 (Reuters) - Álvaro Pineda sank a three-metre putt on the 18th "
        "green of a golf course on the edge of Almería on Thursday evening, ending a round that "
        "had lasted 23 days, covered about 500 km and taken 11,206 strokes. The mayor of Almería "
        "was waiting for him beside the green with a bottle of cava and a trophy made from an old "
        "driver. Pineda, 36, a golf coach, played the round to raise money for a children's cancer "
        "ward. He had teed off on Oct 1 from the sand of the beach at Huelva, and with a caddie "
        "pushing a cart of water and balls behind him he had played along farm tracks, dry "
        "riverbeds and the hard shoulders of country roads. He had reached Seville on Oct 4 and "
        "had driven the ball across the Guadalquivir from the Triana bridge. He had then played "
        "east through the olive groves to Écija and on to Córdoba, where he had lost 14 balls in "
        "the reeds along the river. A storm had kept him for two days in Jaén, and on Oct 17 he "
        "had climbed into Granada, below the walls of the Alhambra. From there he had played "
        'across the high plain to Guadix and down through the desert to the sea. "The hardest '
        'shots were in the olive groves. Every tree is a hazard," Pineda said. He had used 380 '
        "balls.",
        date(2025, 10, 24),
        (
            "Huelva",
            "Sevilla|Seville",
            "Écija|Ecija",
            "Córdoba|Cordoba|Cordova",
            "Jaén|Jaen",
            "Granada",
            "Guadix",
            "Almería|Almeria",
        ),
        ((36.84, -2.46),),
        actor="Álvaro Pineda",
    ),
    Case(
        "magician_tours_vermont_brattleboro_to_st_johnsbury_a_rival_in_new_hampshire_second_mover",
        "Vermont magician takes his farewell show round the state's town halls\n\n"
        "ST. JOHNSBURY, Vt., Oct 5 (Reuters) - Walter Pratt pulled a white rabbit from a top hat "
        "for the last time on Saturday night in the music hall of St. Johnsbury, ending a "
        "three-week farewell tour of Vermont's town halls and opera houses after 61 years as a "
        "stage magician. Pratt, 79, who performs as the Great Walterini, left his home in "
        "Brattleboro on Sept 13 in a 1998 camper van with his wife, Joan, who has been his "
        "assistant since 1969, and the rabbit, the sixth to do the act. The first show was in "
        "Bennington the next evening, and the van then climbed through the Green Mountains to "
        "Rutland, where the opera house sold out two nights. He played the college town of "
        "Middlebury on Sept 21 and a theatre in Burlington, on Lake Champlain, the following "
        "weekend, before turning east to Montpelier, the smallest state capital in the country, "
        "and on to St. Johnsbury. At the same time his former apprentice, Derek Hale, was on a "
        "tour of his own across the Connecticut River in New Hampshire, playing Keene, Concord and "
        'Laconia with a show that, Pratt says, borrows three of his tricks. "I taught him the '
        "linking rings in 1994. He does them well. I'd just like a postcard now and then,\" Pratt "
        "said. The rabbit, named Houdini, retires with him.",
        date(2025, 10, 5),
        (
            "Brattleboro",
            "Bennington",
            "Rutland",
            "Middlebury",
            "Burlington",
            "Montpelier",
            "Saint Johnsbury|St. Johnsbury|St Johnsbury",
        ),
        (),
        actor="Walter Pratt",
    ),
    Case(
        "knife_grinder_cycles_lucca_to_assisi_val_resia_and_vienna_as_background_friars_receive",
        "One of Italy's last travelling knife-grinders pedals from Lucca to Assisi\n\n"
        "ASSISI, Italy, Oct 3 (Reuters) - Gino Buttolo sharpened the kitchen knives of the friars "
        "of the Sacred Convent in Assisi on Friday, the last stop of a month-long ride through "
        "Tuscany and Umbria on a bicycle that drives a grinding wheel when he lifts it onto its "
        "stand. The custodian of the convent received him in the cloister and blessed the bicycle "
        "on the eve of the feast of St Francis. Buttolo, 71, is one of perhaps a dozen travelling "
        "knife-grinders left in Italy. He comes from the Val Resia, a valley in Friuli near the "
        "Slovenian border whose men for two centuries pushed their grinding wheels across the "
        "Habsburg empire, to Trieste, Vienna and Budapest; his grandfather walked as far as "
        "Odessa. He set off on Sept 4 from Lucca, where he has spent his summers since 1979, and "
        "rode first to Pisa. He spent three days climbing to Volterra, the Etruscan town of "
        "alabaster carvers, and a week in Siena, where the butchers of the old town queued at his "
        "wheel. On Sept 22 he reached Montepulciano, and he crossed into Umbria along the shore of "
        "Lake Trasimeno, where Hannibal destroyed a Roman army in 217 BC, before two days in "
        'Perugia and the last 25 km to Assisi, the town where Francis was born in 1181. "In Naples '
        'and Palermo they do it from vans now," Buttolo said. "A knife should be sharpened by a '
        'man who arrives on a bicycle."',
        date(2025, 10, 3),
        ("Lucca", "Pisa", "Volterra", "Siena", "Montepulciano", "Perugia", "Assisi"),
        ((43.07, 12.62),),
        actor="Gino Buttolo",
    ),
    Case(
        "sound_system_kingston_to_falmouth_by_mandeville_and_black_river_ambiguous_names",
        "Jamaican sound system plays its way round the island's towns\n\n"
        "FALMOUTH, Jamaica, Aug 2 (Reuters) - The speaker boxes of the Thunderclap sound system, "
        "stacked three metres high on the back of a lorry, shook the Georgian square of Falmouth "
        "late on Friday night, the last dance of a three-week tour of the towns of Jamaica's south "
        "and west coasts. Its selector and owner, Devon Campbell, 44, loaded the lorry in Kingston "
        "on July 11, after a farewell dance in the yard where the system has played since his "
        "father built it in 1979. The first night on the road was in Spanish Town, the old "
        "colonial capital, and the next weekend the crew played beside the Rio Minho in May Pen. "
        "The lorry then climbed into the hills to Mandeville, the cool market town where a power "
        "cut stopped the dance at 2 a.m., and on July 22 it came down to Black River, the town at "
        "the mouth of the river of the same name, where Campbell played until dawn on the "
        "waterfront. Savanna-la-Mar, on the south-west coast, drew the biggest crowd of the tour, "
        "about 4,000 people. The system then drove north round the western tip of the island to "
        "Montego Bay, where it lost a sound clash on July 29 to a local rival, and on Friday it "
        "made the short drive east to Falmouth, the port whose name came from Cornwall with the "
        'sugar planters. "Every town has its own crowd. In the hills they want old songs, by the '
        'sea they want new ones," Campbell said.',
        date(2025, 8, 2),
        (
            "Kingston",
            "Spanish Town",
            "May Pen",
            "Mandeville",
            "Black River",
            "Savanna-la-Mar|Savanna la Mar",
            "Montego Bay",
            "Falmouth",
        ),
        (),
        actor="Devon Campbell",
    ),
    Case(
        "amphibious_car_couple_at_san_jose_legs_to_cartago_turrialba_limon_and_cahuita_to_come",
        "Belgian couple's amphibious car crosses Costa Rica by road and by sea\n\n"
        "SAN JOSE, Costa Rica, March 6 (Reuters) - Luc Janssens and his wife, Marie, drove their "
        "1964 Amphicar, a convertible that floats, into the square in front of the National "
        "Theatre in San José on Friday, where Costa Rica's tourism minister received them and took "
        "the wheel for a lap of the square. The retired couple, both 68, have driven and sailed "
        "the car 5,000 km from Mexico through Central America. They crossed the border from "
        "Nicaragua on Feb 20 and spent their first night in Costa Rica in Cañas, in the cattle "
        "country of Guanacaste. On Feb 24 Janssens drove the car down a boat ramp into the Gulf of "
        "Nicoya at Puntarenas and sailed it for two hours along the shore while Marie waved from "
        "the back seat, and the next day they climbed the mountain road into the Central Valley to "
        "San José. The trip is far from over. The couple plan to leave on Monday for Cartago, the "
        "old colonial capital below the Irazú volcano, and then drive on to Turrialba, where they "
        "hope to float the car on a quiet stretch of the Reventazón river. They intend to cross "
        "the mountains to Limón, on the Caribbean coast, and to sail the car south along the shore "
        'to Cahuita before crossing into Panama in April. "It is a bad car and a bad boat, but it '
        'is both," Janssens said.',
        date(2026, 3, 6),
        (
            "Cañas|Canas",
            "Puntarenas",
            "San José|San Jose",
            "Cartago",
            "Turrialba",
            "Limón|Limon|Puerto Limón|Puerto Limon",
            "Cahuita",
        ),
        ((9.93, -84.08),),
        actor="Luc Janssens",
    ),
]

ROUTE_FAILS50: dict[str, str] = {
    "horse_drawn_narrowboat_liverpool_to_leeds_told_plainly_lord_mayor_receives": (
        "first run (9e4bf56): routes [Helen Ashworth: Liverpool > Wigan > Blackburn > "
        "Burnley > Skipton; Duke: Liverpool > Leeds > Skipton] meetings [Skipton None "
        "['Helen Ashworth', 'Duke']]"
    ),
    "funfair_showman_moves_his_carousel_roeselare_to_sint_niklaas_told_plainly": (
        "first run (9e4bf56): routes [convoy: Roeselare > Oudenaarde] meetings []"
    ),
    "microlight_pilot_flies_kenitra_to_marrakesh_over_the_atlas_told_plainly": (
        "first run (9e4bf56): routes [Youssef Bennani: Meknes > Ifrane > Ouarzazate] meetings []"
    ),
    "golfer_plays_one_ball_across_andalusia_huelva_to_almeria_in_the_pluperfect_mayor_waits": (
        "first run (9e4bf56): routes [Álvaro Pineda: Huelva > Seville > Écija > Jaén > "
        "Granada > Guadix] meetings []"
    ),
    "knife_grinder_cycles_lucca_to_assisi_val_resia_and_vienna_as_background_friars_receive": (
        "first run (9e4bf56): routes [Gino Buttolo: Lucca > Pisa > Siena > Volterra > "
        "Assisi > Trieste > Vienna > Budapest > Montepulciano] meetings [Assisi 2025-10-03 "
        "['Gino Buttolo', 'St Francis']]"
    ),
    "amphibious_car_couple_at_san_jose_legs_to_cartago_turrialba_limon_and_cahuita_to_come": (
        "first run (9e4bf56): routes [Luc Janssens: Mexico > Nicaragua > Cañas > Central "
        "Valley > San José > Cartago > Turrialba > Limón > Cahuita > Panama] meetings [San "
        "José 2026-03-06 ['Luc Janssens', 'Marie']]"
    ),
}

MEETING_FAILS50: dict[str, str] = {}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS50, CASES50))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS50, CASES50))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
