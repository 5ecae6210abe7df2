"""Blind route batch 51: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS51 and MEETING_FAILS51."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 51: twelve articles written before the code was run on them. Stops and meetings
# were fixed before the first run (see test_routes_unseen for the scoring); the misses of the first
# run are to be recorded when the batch is wired into a test module.
# Kinds the earlier batches lacked, in regions they seldom visit (the Lubombo plateau and the
# lowveld of Eswatini, the western mountains of Colorado, Assam, the Severn valley from the Welsh
# border to Gloucester, Hokkaido, the Alentejo, New Brunswick, Bavaria's Romantic Road, inland
# Catalonia, the Landes of Gascony, south Alabama and the Ionian coast of Greece), six told plainly
# in the order things happened (with dates where a journalist gives them) and six with one
# complication each. Plain: a water-well drilling rig led by a hydrogeologist, Thandeka Dlamini,
# that 'set off on Aug 28 from its depot in the industrial town of Matsapha', 'climbed onto the
# Lubombo plateau to Siteki' (a plateau), 'came down into the sugar cane of the lowveld at Big Bend'
# (a region; the town a stop, named like a Texan national park), 'on the banks of the Great Usutu
# river' (a river), was kept 'for a week at a school outside Lavumisa, near the border with South
# Africa' (a border and a country), 'reached Nhlangano' and made 'the short drive north-east to
# Hlatikulu' (the dateline, named twice more, one stay), where the regional administrator of
# Shiselweni receives her at the school gate (the meeting), Shiselweni a region; a paraglider pilot,
# Kyle Brennan, who 'took off on July 28 from the slopes above Telluride', 'landed two hours later
# in a hayfield outside Ridgway', 'flew north down the Uncompahgre valley to Montrose' (a valley),
# 'walked and flew east along the rim of the Black Canyon of the Gunnison to the town of Gunnison'
# (the canyon and its river none, the town a stop), 'flew north up the valley to Crested Butte',
# 'crossed the Elk Mountains on foot by Pearl Pass' (a range and a pass), 'launched again from a
# ridge above Aspen' and flew 'down the Roaring Fork valley to Carbondale and on to Glenwood
# Springs' (the dateline, named twice more, one stay; the park a venue and the Colorado River a
# river), the Rocky Mountains a range, no meeting (his girlfriend driving a pickup on the roads
# below and ranchers checking that he had not crashed are none); six hospital clowns led by a nurse,
# Priyanka Baruah, who 'left Guwahati on Feb 1' (the city's medical college a venue), spent 'three
# days in the wards of the civil hospital in Nagaon', 'crossed the Brahmaputra by the Kolia Bhomora
# bridge to Tezpur' (a river and a bridge), 'crossed back over the river and drove east through the
# tea gardens to Jorhat', played 'In Sivasagar, the old capital of the Ahom kings' (a temple a
# venue) and drove 'the last 80 km to Dibrugarh' (the dateline, named twice more, one stay; Assam
# Medical College a venue), where the college's principal receives her (the meeting), Assam a state
# also inside the college's name, 'French' an adjective; a coracle maker, Idris Pryce, who 'set off
# from the riverbank at Welshpool', 'crossed into England a day later below the Breidden hills' (a
# border and hills), 'pulled up under the English Bridge in Shrewsbury, where the river loops almost
# all the way round the town' (a bridge, one stay), 'passed under the iron bridge of 1779 at
# Ironbridge' (the bridge none, the village a stop), 'beached the coracle for a night below the
# cliff-top town of Bridgnorth', 'spent two days in Bewdley', 'moored beside the cathedral in
# Worcester', 'reached Tewkesbury, where the Avon joins the Severn' (rivers) and paddled up to 'the
# quay of Gloucester docks' (the dateline), Wales his country, the River Severn a river, no meeting
# (his grandson walking the towpath, a rowing club giving him a bed and anglers filming him are
# none); a retired mechanic, Hiroshi Tanabe, in a charcoal-burning car, who 'left Hakodate' and 'set
# off from Hakodate on Sept 22' (one stop), 'spent the first night in Oshamambe, on the shore of
# Uchiura Bay' (a bay), 'followed the coast of the bay to Tomakomai', 'reached Sapporo' (the old
# market a venue), 'After crossing the Ishikari river' (a river) 'drove north-east to Asahikawa'
# (the Daisetsuzan mountains a range), 'reached Nayoro, in the valley of the Teshio river' (a valley
# and a river) and crossed 'the Sarobetsu plain to Wakkanai' (a plain; the dateline, named three
# times more, one stay), where the mayor welcomes him outside the city hall (the meeting), Hokkaido
# an island, 'Japanese' an adjective and 'the drive home' a plan with no town; a round trip, a
# clockmaker, Joaquim Pires, who 'set off from his workshop in Évora on Oct 20', whose 'first job
# was the town-hall clock of Arraiolos', who 'drove on to Estremoz' (the keep of the castle a
# venue), worked 'In Vila Viçosa, the marble town of the dukes of Braganza' (a ducal title, not the
# town of Bragança), 'reached Elvas, near the border with Spain' (a border and a country), 'turned
# north to Portalegre, at the foot of the São Mamede hills' (hills) and made 'the drive home to
# Évora' (the dateline, named in the lede, at the start and at the end: the start and the return are
# two stops, the cathedral a venue), the Alentejo a region and Portugal a country, no meeting (a
# parish priest or a sacristan climbing each tower with him is none).
# With one complication: told from the end, a welder, Réjean Thibodeau, whose lede is his home-built
# hovercraft's arrival at Market Slip in Saint John (the dateline, named twice more, one stay;
# 'Saint John' also inside 'the Saint John River', a river), where the city's mayor waits on the
# wharf (the meeting), then from the start 'set out on May 24 from the riverbank in Edmundston'
# (named three times, one stop; 'the borders with Quebec and Maine' a province and a state), was
# carried round 'The falls at Grand Falls' and put back 'below the town' (the falls none, the town a
# stop), 'spent a night at Woodstock', 'had the craft lifted over the Mactaquac dam' (a dam),
# 'stayed three days in Fredericton, the provincial capital', 'passed the army base at Oromocto' and
# 'followed the broad lower river through its lakes and marshes to Saint John', New Brunswick a
# province and Canada a country; a flashback in the pluperfect, a retired postman, Klaus
# Hinterberger, whose lede is his last tune on a barrel organ in the courtyard of the High Castle in
# Füssen (the dateline, named once more, one stay), where the mayor waits for him with a glass of
# beer (the meeting), his walk told after the lede: 'had set off on July 19 from the square in front
# of the Residenz in Würzburg', 'had played his first full day in Rothenburg ob der Tauber', 'had
# then walked south to Dinkelsbühl', 'had spent a week in Nördlingen', 'At Donauwörth he had crossed
# the Danube' (the river none, the town a stop), 'had celebrated his birthday in Augsburg' and 'had
# pushed the cart up the Lech valley, through Landsberg am Lech and Schongau, to the foot of the
# mountains' (the Lech a valley and a river, also inside the town's name; the foot of the mountains
# is Füssen, one stop with the lede), the Romantic Road a tourist route and the Alps a range; a
# second mover, a teacher, Jordi Vilaró, pedalling his two children in a cargo bike, who 'set off on
# April 6 from Lleida', 'rode east across the irrigated plain to Tàrrega and on to Cervera' (the old
# university a venue), 'climbed the hills to Igualada', 'reached Manresa, below the jagged peaks of
# Montserrat' (a mountain), was kept 'for a day in Vic' and rode 'the last 60 km ... through the
# forests of the Guilleries to Girona' (the dateline, named three times more, one stay; the Plaça de
# la Independència a venue), where his brother waits under the arcades (the meeting), while the
# brother, Pau Vilaró, 'rode his own cargo bike up the coast from Tarragona, with nights in Sitges
# and Mataró, and along the cliffs past Blanes', which are no stops of Jordi's, Catalonia a region;
# places named only as background, a stilt-walker, Mathieu Labat, who 'left Mont-de-Marsan' and
# 'left the town hall of Mont-de-Marsan on May 18' (one stop), 'spent the first night in Morcenx',
# 'followed an old railway line through the pines to Labouheyre', 'At Pissos he crossed the Leyre
# river on a footbridge' (a river and a footbridge, the town a stop), 'reached Belin-Béliet' and
# walked 'the last 45 km into Bordeaux' (the dateline, named twice more, one stay; the Place de la
# Bourse a venue), with the Landes a region, Napoleon III's draining of the marshes in 1857, Sylvain
# Dornon's walk 'from Paris to Moscow' in 1891 and 'the jousters of Namur, in Belgium' as history
# and comparison, no meeting (a friend driving a van with spare stilts and children running beside
# him are none); ambiguous names, a line crew led by Dale Whitten, whose convoy left 'the utility's
# yard in Florence' (the Alabama city, not the Italian one), 'spent the first night in Jasper' (not
# the Alberta town), 'drove south to Clanton', 'restrung lines in Troy' (the Alabama college town,
# not Homer's city), 'moved on to Enterprise' (a town named like a common word), worked 'In Geneva,
# a few miles from the Florida line' (the Alabama town, not the Swiss city; a state line, and the
# Pea and Choctawhatchee rivers none) and 'drove west to Andalusia' (the dateline, named twice more,
# one stay; the Alabama town, not the Spanish region), the Florida Panhandle a region, Alabama and
# Florida states and Georgia and Tennessee the states of other crews, the namesakes left unnamed, no
# meeting (other crews and residents bringing barbecue and sweet tea are none); future legs, a
# former air force pilot, Stavros Lambrou, in a 1947 amphibian, who 'took off on Tuesday from the
# lake at Ioannina' (a lake), 'flew over the mountains of Epirus' (a range and a region), 'landed in
# the harbour at Igoumenitsa' and made 'the strait to Corfu' (a strait; the dateline, named twice
# more, one stay; the old port a venue), where the regional governor of the Ionian Islands receives
# him on the quay (the meeting), and who 'plans to fly south on Monday to Preveza' (the Ambracian
# Gulf a gulf), 'will then land in the lagoon at Lefkada', 'intends to spend two days at Argostoli,
# on Kefalonia' (an island) and 'to finish the tour in the harbour of Patras' (named again inside
# 'the Gulf of Patras', a gulf, one stop), Greece a country and Europe a continent named in a quote.
# Decisions (as in batches 17-50): a country, state, province, county, region, valley, plain,
# plateau or island named beside a town is no extra stop (Eswatini, Shiselweni, South Africa,
# Colorado, India, Assam, Wales, England, Japan, Hokkaido, Portugal, the Alentejo, Spain, New
# Brunswick, Quebec, Maine, Canada, Germany, Catalonia, France, the Landes, Belgium, Alabama,
# Florida, the Florida Panhandle, Georgia, Tennessee, Greece, Epirus, the Ionian Islands, Kefalonia,
# Europe, the lowveld, the Lubombo plateau, the Sarobetsu plain, the Uncompahgre, Roaring Fork and
# Lech valleys), nor a country named only in a nationality or an adjective (French, Japanese,
# American, Welsh, Portuguese, Catalan, Greek); a venue is its town (the depot in Matsapha, the
# school in Hlatikulu, the schools of Nhlangano, the park in Glenwood Springs, the medical college
# of Guwahati, the civil hospital in Nagaon, the mental hospital of Tezpur, the temple in Sivasagar,
# Assam Medical College in Dibrugarh, the English Bridge in Shrewsbury, the rowing club of Bewdley,
# the cathedral in Worcester, Gloucester docks, the old market of Sapporo, the city hall of
# Wakkanai, the workshop and the cathedral in Évora, the town hall of Arraiolos, the keep of
# Estremoz, the palace of Vila Viçosa, Market Slip in Saint John, the army base at Oromocto, the
# Residenz in Würzburg, the town hall square of Augsburg, the High Castle in Füssen, the hostel in
# Cervera, the Plaça de la Independència in Girona, the town hall of Mont-de-Marsan, the Place de la
# Bourse in Bordeaux, the utility's yard in Florence, the campus of Troy, the old port of Corfu, the
# harbours of Igoumenitsa and Patras, the lagoon at Lefkada); a town passed, stopped at or reached
# near on the way is a stop ('the slopes above Telluride', 'a hayfield outside Ridgway', 'a ridge
# above Aspen', 'a school outside Lavumisa', 'passed under the iron bridge of 1779 at Ironbridge',
# 'below the cliff-top town of Bridgnorth', 'passed the army base at Oromocto', 'through Landsberg
# am Lech and Schongau', 'the lake at Ioannina'), but a sea, bay, lake, lagoon, river, gulf, strait,
# canyon, range, mountain, pass, hill, dam, waterfall, bridge, footbridge, forest, border or state
# line crossed, followed or passed is none (the Great Usutu, the Black Canyon of the Gunnison, the
# Elk Mountains, Pearl Pass, the Colorado River, the Rocky Mountains, the Brahmaputra, the Kolia
# Bhomora bridge, the Breidden hills, the River Severn, the Avon, the iron bridge, Uchiura Bay, the
# Ishikari, the Daisetsuzan mountains, the Teshio, the São Mamede hills, the Saint John River, the
# falls at Grand Falls, the Mactaquac dam, the Danube, the Lech, the Alps, Montserrat, the
# Guilleries, the Leyre, the Pea and Choctawhatchee rivers, the Florida line, the mountains of
# Epirus, the strait to Corfu, the Ambracian Gulf, the Gulf of Patras, the borders with South
# Africa, Spain, Quebec and Maine and with Wales); the place a mover sets out from is the first stop
# even when the lede names only the end ('set off on Aug 28 from its depot in the industrial town of
# Matsapha', 'took off on July 28 from the slopes above Telluride', 'left Guwahati on Feb 1', 'set
# off from the riverbank at Welshpool', 'set off from Hakodate on Sept 22', 'set off from his
# workshop in Évora on Oct 20', 'set out on May 24 from the riverbank in Edmundston', 'had set off
# on July 19 from the square in front of the Residenz in Würzburg', 'set off on April 6 from
# Lleida', 'left the town hall of Mont-de-Marsan on May 18', 'led the convoy out of the utility's
# yard in Florence', 'took off on Tuesday from the lake at Ioannina'); a town visited twice is
# listed twice (Évora, left on Oct 20 and come home to at the end), and a town named twice in one
# stay is one stop (Hlatikulu, Glenwood Springs, Dibrugarh, Hakodate, Wakkanai, Saint John,
# Edmundston, Füssen, Girona, Mont-de-Marsan, Bordeaux, Andalusia, Corfu, Patras); planned legs
# stated as plans are stops ('plans to fly south on Monday to Preveza', 'will then land in the
# lagoon at Lefkada', 'intends to spend two days at Argostoli', 'to finish the tour in the harbour
# of Patras'), but a plan with no town is none (the drive home from Wakkanai, the return of the
# seaplanes to the islands); the places of another mover (the brother's Tarragona, Sitges, Mataró
# and Blanes, and Girona, which he reached a day early, only as the meeting place) and places named
# only as background, history or comparison (Paris, Moscow, Namur, Belgium, the dukes of Braganza)
# are no stops. The dateline is a stop in every article of this batch.
# A regional administrator receiving a drilling crew's leader at a school gate, a college principal
# receiving a troupe of hospital clowns, a mayor welcoming a charcoal-car driver outside the city
# hall, a mayor waiting on a wharf for a hovercraft pilot, a mayor waiting in a castle courtyard for
# an organ-grinder, a brother waiting under the arcades for a father and his children and a regional
# governor receiving a pilot on a quay are meetings. Teachers and pupils carrying sand and water, a
# mechanic fitting a valve, a girlfriend driving a pickup, ranchers checking on a paraglider,
# doctors, nurses and parents singing along, laughing patients, a grandson walking the towpath, a
# rowing club giving a bed, anglers filming, a charcoal merchant refilling sacks, drivers hooting,
# parish priests and sacristans climbing clock towers, American fishermen waving, friends lifting a
# hovercraft onto a trailer, schoolchildren on a riverbank, tourists and children pushing a cart, a
# friend driving a van with spare stilts, children running beside a stilt-walker, crews from other
# states and residents bringing barbecue are no meetings, and there is none for the paraglider, the
# coracle maker, the clockmaker, the stilt-walker and the line crew.
# Stop spellings accept the GeoNames names, plain ASCII and common variants and old names, every
# common spelling of each stop offered ('Matsapha|Matsapa', 'Siteki|Stegi', 'Lavumisa|Gollel',
# 'Nhlangano|Goedgegun', 'Guwahati|Gauhati', 'Nagaon|Nowgong', 'Sivasagar|Sibsagar', 'Welshpool|Y
# Trallwng|Trallwng', 'Évora|Evora', 'Vila Viçosa|Vila Vicosa', 'Grand Falls|Grand-Sault|Grand
# Falls-Grand Sault', 'Würzburg|Wurzburg|Wuerzburg', 'Dinkelsbühl|Dinkelsbuhl|Dinkelsbuehl',
# 'Nördlingen|Nordlingen|Noerdlingen', 'Donauwörth|Donauworth|Donauwoerth', 'Füssen|Fussen|Fuessen',
# 'Lleida|Lérida|Lerida', 'Tàrrega|Tarrega', 'Girona|Gerona', 'Morcenx|Morcenx-la-Nouvelle',
# 'Belin-Béliet|Belin-Beliet', 'Ioánnina|Ioannina|Yannina', 'Igoumenítsa|Igoumenitsa',
# 'Kérkyra|Kerkyra|Corfu', 'Préveza|Preveza', 'Lefkáda|Lefkada|Lefkas',
# 'Argostóli|Argostoli|Argostólion', 'Pátra|Patra|Patras').

CASES51 = [
    Case(
        "water_well_drilling_rig_matsapha_to_hlatikulu_told_plainly_administrator_receives",
        "Drilling rig brings water to schools on a month-long tour of Eswatini\n\n"
        "HLATIKULU, Eswatini, Sept 26 (Reuters) - A lorry-mounted drilling rig struck water 86 "
        "metres below the playground of a primary school in Hlatikulu on Friday, the last of 14 "
        "boreholes sunk on a month-long tour of schools in the dry south and east of Eswatini. "
        "The regional administrator of Shiselweni received the crew's leader, Thandeka Dlamini, "
        "at the school gate and drank the first cup from the new tap. Dlamini, 39, a "
        "hydrogeologist who has run the charity's rig for six years, set off on Aug 28 from its "
        "depot in the industrial town of Matsapha with a crew of five and a water bowser. The rig "
        "first climbed onto the Lubombo plateau to Siteki, where it drilled two boreholes in four "
        "days, and on Sept 4 it came down into the sugar cane of the lowveld at Big Bend, on the "
        "banks of the Great Usutu river. A broken compressor kept the crew for a week at a school "
        "outside Lavumisa, near the border with South Africa, until a mechanic could fit a new "
        "valve. On Sept 19 the rig reached Nhlangano, where it drilled three holes in the grounds "
        "of the town's secondary schools, before the short drive north-east to Hlatikulu. "
        '"Children here walk three kilometres for water before lessons. Now they will walk three '
        'metres," Dlamini said. At every stop teachers and pupils carried sand and water for the '
        "crew.",
        date(2025, 9, 26),
        (
            "Matsapha|Matsapa",
            "Siteki|Stegi",
            "Big Bend",
            "Lavumisa|Gollel",
            "Nhlangano|Goedgegun",
            "Hlatikulu",
        ),
        ((-26.97, 31.32),),
        actor="Thandeka Dlamini",
    ),
    Case(
        "hike_and_fly_paraglider_telluride_to_glenwood_springs_told_plainly",
        "Paraglider crosses Colorado's mountains on foot and on the wind\n\n"
        "GLENWOOD SPRINGS, Colo., Aug 14 (Reuters) - Kyle Brennan folded his paraglider on the "
        "grass of a park beside the Colorado River in Glenwood Springs on Thursday evening, "
        "ending an 18-day traverse of the Rocky Mountains in which he covered about 400 km, 290 "
        "of them in the air, without once riding in a car. Brennan, 33, a ski patroller, took off "
        "on July 28 from the slopes above Telluride with a 9 kg wing, a sleeping bag and a "
        "satellite tracker on his back, and landed two hours later in a hayfield outside Ridgway. "
        "The next day he flew north down the Uncompahgre valley to Montrose, and over the "
        "following four days he walked and flew east along the rim of the Black Canyon of the "
        "Gunnison to the town of Gunnison, where afternoon thunderstorms kept him on the ground "
        "for two days. From there he flew north up the valley to Crested Butte, crossed the Elk "
        "Mountains on foot by Pearl Pass, at 3,900 metres, and launched again from a ridge above "
        "Aspen on Aug 10. Two last flights took him down the Roaring Fork valley to Carbondale "
        "and on to Glenwood Springs. His girlfriend, Tess, drove a pickup along the roads below "
        "with food and a spare wing, and twice ranchers drove out into their pastures to check "
        'that he had not crashed. "The mountains choose the route. I just ask them every '
        'morning," Brennan said.',
        date(2025, 8, 14),
        (
            "Telluride",
            "Ridgway",
            "Montrose",
            "Gunnison",
            "Crested Butte",
            "Aspen",
            "Carbondale",
            "Glenwood Springs",
        ),
        (),
        actor="Kyle Brennan",
    ),
    Case(
        "hospital_clowns_tour_assam_guwahati_to_dibrugarh_told_plainly_principal_receives",
        "Hospital clowns take red noses to the children's wards of Assam\n\n"
        "DIBRUGARH, India, Feb 20 (Reuters) - Six hospital clowns in red noses and baggy trousers "
        "ended a three-week tour of the children's wards of Assam on Friday at Assam Medical "
        "College in Dibrugarh, where the college's principal received their leader, Priyanka "
        "Baruah, and let the clowns bandage his arm in front of 40 laughing patients. The troupe "
        "of actors and nursing students left Guwahati on Feb 1 in a hired minibus painted with "
        "balloons, after a first show at the city's medical college. They spent three days in the "
        "wards of the civil hospital in Nagaon, and on Feb 6 they crossed the Brahmaputra by the "
        "Kolia Bhomora bridge to Tezpur, where the mental hospital asked them to stay an extra "
        "day. The minibus then crossed back over the river and drove east through the tea gardens "
        "to Jorhat, which it reached on Feb 12. In Sivasagar, the old capital of the Ahom kings, "
        "the troupe played in a ward and on the steps of a 300-year-old temple, before the last "
        '80 km to Dibrugarh, the tea town on the upper river. "A child who laughs eats better and '
        'sleeps better. That is not a joke, it is medicine," said Baruah, 31, a nurse who learned '
        "clowning from a French troupe. Doctors, nurses and parents joined in the songs at every "
        "hospital.",
        date(2026, 2, 20),
        (
            "Guwahati|Gauhati",
            "Nagaon|Nowgong",
            "Tezpur",
            "Jorhat",
            "Sivasagar|Sibsagar",
            "Dibrugarh",
        ),
        ((27.48, 94.91),),
        actor="Priyanka Baruah",
    ),
    Case(
        "coracle_down_the_severn_welshpool_to_gloucester_told_plainly",
        "Welsh coracle maker paddles his round boat down the Severn\n\n"
        "GLOUCESTER, England, July 12 (Reuters) - Idris Pryce, one of the last men in Wales who "
        "still build coracles, paddled his round boat of willow and tarred calico up to the quay "
        "of Gloucester docks on Saturday, 21 days and about 250 km after he set off down the "
        "River Severn. Pryce, 68, built the boat last winter in the old way, and it weighs 14 kg, "
        "light enough for him to carry on his back round every weir. He set off from the "
        "riverbank at Welshpool on June 21, crossed into England a day later below the Breidden "
        "hills, and on June 25 pulled up under the English Bridge in Shrewsbury, where the river "
        "loops almost all the way round the town. He passed under the iron bridge of 1779 at "
        "Ironbridge on June 29, beached the coracle for a night below the cliff-top town of "
        "Bridgnorth and spent two days in Bewdley, where a rowing club gave him a bed. On July 6 "
        "he moored beside the cathedral in Worcester, and on July 9 he reached Tewkesbury, where "
        "the Avon joins the Severn. His grandson, Rhys, walked the towpath for most of the way "
        'with a rucksack of food, and anglers on the banks stopped to film him. "A coracle goes '
        'where the river wants. You only argue with it at the weirs," Pryce said.',
        date(2025, 7, 12),
        (
            "Welshpool|Y Trallwng|Trallwng",
            "Shrewsbury",
            "Ironbridge",
            "Bridgnorth",
            "Bewdley",
            "Worcester",
            "Tewkesbury",
            "Gloucester",
        ),
        (),
        actor="Idris Pryce",
    ),
    Case(
        "charcoal_gas_car_hakodate_to_wakkanai_told_plainly_mayor_welcomes",
        "Charcoal-burning car crosses Hokkaido to Japan's northern tip\n\n"
        "WAKKANAI, Japan, Oct 10 (Reuters) - A 1937 Datsun that runs on gas from burning charcoal "
        "chugged into Wakkanai, Japan's northernmost city, on Friday afternoon, 18 days and 630 "
        "km after it left Hakodate at the other end of the island of Hokkaido. The mayor of "
        "Wakkanai welcomed its driver, Hiroshi Tanabe, outside the city hall and gave him a sack "
        "of local charcoal for the drive home. Tanabe, 74, a retired mechanic, spent six years "
        "rebuilding the car and fitting it with a charcoal burner of the kind that kept Japanese "
        "taxis running through the fuel shortages of the war. He set off from Hakodate on Sept 22 "
        "and spent the first night in Oshamambe, on the shore of Uchiura Bay, after 110 km at an "
        "average of 25 km an hour. He followed the coast of the bay to Tomakomai, and on Sept 28 "
        "he reached Sapporo, where a charcoal merchant in the old market refilled his sacks for "
        "nothing. After crossing the Ishikari river he drove north-east to Asahikawa, where snow "
        "was already lying on the Daisetsuzan mountains, and on Oct 6 he reached Nayoro, in the "
        "valley of the Teshio river. The last 170 km took him across the Sarobetsu plain to "
        'Wakkanai. "Every 60 km I stop, open the burner and shovel in more charcoal. It is slow, '
        'but it is how my father drove," Tanabe said. Drivers stuck behind him hooted and waved.',
        date(2025, 10, 10),
        ("Hakodate", "Oshamambe", "Tomakomai", "Sapporo", "Asahikawa", "Nayoro", "Wakkanai"),
        ((45.41, 141.67),),
        actor="Hiroshi Tanabe",
    ),
    Case(
        "tower_clock_restorer_round_the_alentejo_from_evora_and_back_told_plainly",
        "Portuguese clockmaker sets the tower clocks of the Alentejo ticking again\n\n"
        "ÉVORA, Portugal, Nov 15 (Reuters) - Joaquim Pires came home to Évora on Friday after "
        "four weeks on the road restarting the stopped clocks in the church and town-hall towers "
        "of the Alentejo, and on Saturday he climbed the tower of the city's cathedral to set its "
        "clock going again, the 11th of the tour. Pires, 66, one of the last clockmakers in "
        "Portugal who repair the iron movements of tower clocks, set off from his workshop in "
        "Évora on Oct 20 in a small van loaded with gears, oil and rope. His first job was the "
        "town-hall clock of Arraiolos, the village of hand-stitched carpets, and on Oct 23 he "
        "drove on to Estremoz, where he spent four days in the keep of the castle with a clock "
        "that had not struck since 1974. In Vila Viçosa, the marble town of the dukes of "
        "Braganza, he rebuilt the striking train of the palace clock, and on Nov 3 he reached "
        "Elvas, near the border with Spain, where the clocks of two churches had stopped at the "
        "same minute. He then turned north to Portalegre, at the foot of the São Mamede hills, "
        'for the last three repairs before the drive home to Évora. "A town whose clock has '
        'stopped feels asleep. When the bell strikes again, people look up and smile," Pires '
        "said. At every stop a parish priest or a sacristan climbed the tower with him.",
        date(2025, 11, 15),
        (
            "Évora|Evora",
            "Arraiolos",
            "Estremoz",
            "Vila Viçosa|Vila Vicosa",
            "Elvas",
            "Portalegre",
            "Évora|Evora",
        ),
        (),
        actor="Joaquim Pires",
    ),
    Case(
        "hovercraft_down_the_saint_john_river_told_from_the_end_mayor_waits_at_saint_john",
        "Home-built hovercraft rides the Saint John River to the sea\n\n"
        "SAINT JOHN, New Brunswick, June 7 (Reuters) - A six-seat hovercraft built in a garage "
        "skimmed across the harbour to Market Slip in Saint John on Saturday afternoon, and the "
        "city's mayor was waiting on the wharf to shake hands with its builder and pilot, Réjean "
        "Thibodeau, at the end of the first hovercraft trip down the Saint John River from "
        "Edmundston to the sea. Thibodeau, 58, a welder who spent four winters building the "
        "craft, set out on May 24 from the riverbank in Edmundston, his home town, near the "
        "borders with Quebec and Maine. For more than 100 km below Edmundston the river is the "
        "border with Maine, and American fishermen waved from the far bank. The falls at Grand "
        "Falls, 23 metres high, were the one stretch he could not fly: friends lifted the craft "
        "onto a trailer, drove it round the gorge and put it back in below the town. He spent a "
        "night at Woodstock, had the craft lifted over the Mactaquac dam by a crane, and stayed "
        "three days in Fredericton, the provincial capital, where 300 schoolchildren came down to "
        "the riverbank to see it. On June 4 he passed the army base at Oromocto, and from there "
        'he followed the broad lower river through its lakes and marshes to Saint John. "On the '
        'water it floats, on the mud it flies. The only thing it cannot do is climb a waterfall," '
        "Thibodeau said.",
        date(2025, 6, 7),
        (
            "Edmundston",
            "Grand Falls|Grand-Sault|Grand Falls-Grand Sault",
            "Woodstock",
            "Fredericton",
            "Oromocto",
            "Saint John",
        ),
        ((45.27, -66.06),),
        actor="Réjean Thibodeau",
    ),
    Case(
        "barrel_organ_pushed_down_the_romantic_road_to_fussen_in_the_pluperfect_mayor_waits",
        "Retired postman pushes a barrel organ the length of the Romantic Road\n\n"
        "FÜSSEN, Germany, Aug 30 (Reuters) - Klaus Hinterberger turned the crank of his barrel "
        "organ for the last time this summer on Saturday in the courtyard of the High Castle in "
        "Füssen, within sight of the Alps, where the town's mayor was waiting for him with a "
        "glass of beer and a medal. Hinterberger, 72, a retired postman, had pushed the 90 kg "
        "organ on a handcart the whole length of the Romantic Road, about 400 km, playing for "
        "tourists and collecting 11,400 euros for a children's hospice. He had set off on July 19 "
        "from the square in front of the Residenz in Würzburg and had played his first full day "
        "in Rothenburg ob der Tauber, inside its medieval walls. He had then walked south to "
        "Dinkelsbühl and had spent a week in Nördlingen, where his cart lost a wheel on the "
        "cobbles. At Donauwörth he had crossed the Danube, and he had celebrated his birthday in "
        "Augsburg on Aug 12 with a concert on the town hall square. From there he had pushed the "
        "cart up the Lech valley, through Landsberg am Lech and Schongau, to the foot of the "
        "mountains. \"The organ plays 'Muss i denn' 40 times a day. My wife says she can no "
        'longer hear it. I can," Hinterberger said. Children had helped him push the cart up the '
        "steepest hills.",
        date(2025, 8, 30),
        (
            "Würzburg|Wurzburg|Wuerzburg",
            "Rothenburg ob der Tauber",
            "Dinkelsbühl|Dinkelsbuhl|Dinkelsbuehl",
            "Nördlingen|Nordlingen|Noerdlingen",
            "Donauwörth|Donauworth|Donauwoerth",
            "Augsburg",
            "Landsberg am Lech",
            "Schongau",
            "Füssen|Fussen|Fuessen",
        ),
        ((47.57, 10.70),),
        actor="Klaus Hinterberger",
    ),
    Case(
        "cargo_bike_family_lleida_to_girona_a_brother_up_the_coast_as_a_second_mover",
        "Catalan father pedals his children across Catalonia in a cargo bike\n\n"
        "GIRONA, Spain, April 18 (Reuters) - Jordi Vilaró pedalled a cargo bike carrying his two "
        "children, aged three and six, into the Plaça de la Independència in Girona on Saturday, "
        "where his brother, Pau, was waiting for them under the arcades with ice creams. Vilaró, "
        "38, a primary school teacher, rode 260 km across Catalonia in 12 days to show that a "
        "family can travel without a car. He set off on April 6 from Lleida, where the family "
        "lives, and rode east across the irrigated plain to Tàrrega and on to Cervera, where the "
        "children slept in a hostel beside the old university. On April 10 he climbed the hills "
        "to Igualada, and two days later he reached Manresa, below the jagged peaks of "
        "Montserrat. A puncture kept the family for a day in Vic, and the last 60 km took them "
        "through the forests of the Guilleries to Girona. Pau Vilaró, 35, made a trip of his own "
        "to meet them: he rode his own cargo bike up the coast from Tarragona, with nights in "
        "Sitges and Mataró, and along the cliffs past Blanes, and reached Girona a day early. "
        '"The children chose every stop. They chose by ice cream," Jordi Vilaró said.',
        date(2026, 4, 18),
        (
            "Lleida|Lérida|Lerida",
            "Tàrrega|Tarrega",
            "Cervera",
            "Igualada",
            "Manresa",
            "Vic",
            "Girona|Gerona",
        ),
        ((41.98, 2.82),),
        actor="Jordi Vilaró",
    ),
    Case(
        "stilt_walker_mont_de_marsan_to_bordeaux_paris_moscow_and_namur_as_background",
        "Stilt-walker strides through the pine forest of the Landes to Bordeaux\n\n"
        "BORDEAUX, France, May 24 (Reuters) - Mathieu Labat strode into the Place de la Bourse in "
        "Bordeaux on Saturday on stilts 1.5 metres high, in a sheepskin jacket and a beret, six "
        "days after he left Mont-de-Marsan on foot, or rather on wood. Labat, 29, a forestry "
        "worker, is one of a few dozen people in the Landes who still walk on the tall stilts "
        "that the region's shepherds used for centuries to cross the marshes and watch their "
        "flocks, until Napoleon III had the marshes drained and planted with pines in 1857. In "
        "1891 a baker from the region, Sylvain Dornon, is said to have walked on stilts from "
        "Paris to Moscow in 58 days, and the only other stilt-walkers Labat knows of are the "
        "jousters of Namur, in Belgium, who fight on stilts every September. He left the town "
        "hall of Mont-de-Marsan on May 18 and spent the first night in Morcenx, then followed an "
        "old railway line through the pines to Labouheyre. At Pissos he crossed the Leyre river "
        "on a footbridge, and on May 23 he reached Belin-Béliet, before the last 45 km into "
        "Bordeaux. A friend drove a van behind him with spare stilts, and children ran beside him "
        'in every village. "From up here you see over the hedges. My grandfather said a shepherd '
        'on stilts could see a wolf a kilometre away," Labat said.',
        date(2025, 5, 24),
        (
            "Mont-de-Marsan",
            "Morcenx|Morcenx-la-Nouvelle",
            "Labouheyre",
            "Pissos",
            "Belin-Béliet|Belin-Beliet",
            "Bordeaux",
        ),
        (),
        actor="Mathieu Labat",
    ),
    Case(
        "line_crew_florence_to_andalusia_through_troy_and_geneva_ambiguous_names",
        "Alabama line crew follows a hurricane's trail across the state\n\n"
        "ANDALUSIA, Ala., Oct 3 (Reuters) - A convoy of 12 bucket trucks from north Alabama "
        "raised the last new power pole of an eight-day repair run in Andalusia on Thursday, "
        "switching the lights back on for the final 900 homes in the town after the hurricane "
        "that came ashore on the Florida Panhandle last week. The crew's foreman, Dale Whitten, "
        "55, led the convoy out of the utility's yard in Florence on Sept 25, the morning after "
        "the storm crossed the coast. The trucks spent the first night in Jasper, where they "
        "loaded poles and wire, and on Sept 26 they drove south to Clanton, where the wind had "
        "flattened peach orchards and snapped 40 poles. For two days the crew restrung lines in "
        "Troy, between the university campus and the cotton fields, and on Sept 30 it moved on to "
        "Enterprise, the town with a monument to the boll weevil on its main street. In Geneva, a "
        "few miles from the Florida line, where the Pea and Choctawhatchee rivers meet, the crew "
        "worked through the night, and on Wednesday it drove west to Andalusia. Crews from "
        "Georgia and Tennessee worked the same towns, and residents brought barbecue and sweet "
        'tea to the trucks at every stop. "We go where the wires are down. The names on the map '
        "don't mean much after a storm,\" Whitten said.",
        date(2025, 10, 3),
        ("Florence", "Jasper", "Clanton", "Troy", "Enterprise", "Geneva", "Andalusia"),
        (),
        actor="Dale Whitten",
    ),
    Case(
        "flying_boat_at_corfu_legs_to_preveza_lefkada_argostoli_and_patras_to_come",
        "Greek pilot flies a 1947 amphibian round the Ionian ports\n\n"
        "CORFU, Greece, June 20 (Reuters) - A restored 1947 Grumman Widgeon amphibian landed in "
        "the old port of Corfu on Friday, where the regional governor of the Ionian Islands "
        "received its pilot, Stavros Lambrou, on the quay and climbed aboard for a short flight "
        "over the town. Lambrou, 51, a former air force pilot who spent nine years rebuilding the "
        "plane, wants to show that seaplanes could again link the islands with the mainland "
        "ports, as they briefly did after the war. He took off on Tuesday from the lake at "
        "Ioannina, flew over the mountains of Epirus and landed in the harbour at Igoumenitsa, "
        "before crossing the strait to Corfu on Friday morning. The flight is only half done. "
        "Lambrou plans to fly south on Monday to Preveza, at the mouth of the Ambracian Gulf, and "
        "will then land in the lagoon at Lefkada. He intends to spend two days at Argostoli, on "
        "Kefalonia, and to finish the tour in the harbour of Patras, on the mainland, at the end "
        'of the month, crossing the Gulf of Patras on the way. "The sea is our runway. We have '
        'more runway than any country in Europe," Lambrou said.',
        date(2025, 6, 20),
        (
            "Ioánnina|Ioannina|Yannina",
            "Igoumenítsa|Igoumenitsa",
            "Kérkyra|Kerkyra|Corfu",
            "Préveza|Preveza",
            "Lefkáda|Lefkada|Lefkas",
            "Argostóli|Argostoli|Argostólion",
            "Pátra|Patra|Patras",
        ),
        ((39.62, 19.92),),
        actor="Stavros Lambrou",
    ),
]

ROUTE_FAILS51: dict[str, str] = {
    "water_well_drilling_rig_matsapha_to_hlatikulu_told_plainly_administrator_receives": (
        "first run (b586b54): routes [Thandeka Dlamini: Nhlangano > Hlatikulu] meetings "
        "[Nhlangano 2025-09-26 ['Thandeka Dlamini']]"
    ),
    "hike_and_fly_paraglider_telluride_to_glenwood_springs_told_plainly": (
        "first run (b586b54): routes [Kyle Brennan: Telluride > Montrose > Black Canyon > "
        "Gunnison > Crested Butte > Carbondale > Glenwood Springs] meetings []"
    ),
    "hospital_clowns_tour_assam_guwahati_to_dibrugarh_told_plainly_principal_receives": (
        "first run (b586b54): routes [Six hospital clowns: Guwahati > Tezpur > Jorhat > "
        "Sivasagar > Dibrugarh] meetings []"
    ),
    "coracle_down_the_severn_welshpool_to_gloucester_told_plainly": (
        "first run (b586b54): routes [Idris Pryce: Welshpool > Ironbridge > Bewdley > "
        "Worcester > Tewkesbury > Gloucester] meetings []"
    ),
    "tower_clock_restorer_round_the_alentejo_from_evora_and_back_told_plainly": (
        "first run (b586b54): routes [Joaquim Pires: Évora > Estremoz > Vila Viçosa > Elvas"
        " > Portalegre > Évora] meetings []"
    ),
    "hovercraft_down_the_saint_john_river_told_from_the_end_mayor_waits_at_saint_john": (
        "first run (b586b54): routes [Réjean Thibodeau: Edmundston > Woodstock > "
        "Fredericton > Oromocto > Saint John; Market Slip: Edmundston > Saint John] "
        "meetings []"
    ),
    "barrel_organ_pushed_down_the_romantic_road_to_fussen_in_the_pluperfect_mayor_waits": (
        "first run (b586b54): routes [Klaus Hinterberger: Rothenburg ob der Tauber > "
        "Dinkelsbühl > Nördlingen > Donauwörth > Augsburg > Füssen] meetings [Füssen "
        "2025-08-30 ['Klaus Hinterberger']]"
    ),
    "cargo_bike_family_lleida_to_girona_a_brother_up_the_coast_as_a_second_mover": (
        "first run (b586b54): routes [Jordi Vilaró: Lleida > Tàrrega > Cervera > Igualada >"
        " Manresa > Girona; Pau Vilaró: Tarragona > Blanes > Girona] meetings [Girona "
        "2026-04-18 ['Jordi Vilaró', 'Pau Vilaró']]"
    ),
    "stilt_walker_mont_de_marsan_to_bordeaux_paris_moscow_and_namur_as_background": (
        "first run (b586b54): routes [Mathieu Labat: Morcenx > Labouheyre > Bordeaux > "
        "Pissos > Moscow > Belin-Béliet > Mont-de-Marsan] meetings []"
    ),
    "line_crew_florence_to_andalusia_through_troy_and_geneva_ambiguous_names": (
        "first run (b586b54): routes [Dale Whitten: Florence > Tennessee > Jasper > Clanton"
        " > Geneva > Enterprise > Andalusia] meetings [Geneva 2025-09-30 ['Pea', 'Dale "
        "Whitten']]"
    ),
    "flying_boat_at_corfu_legs_to_preveza_lefkada_argostoli_and_patras_to_come": (
        "first run (b586b54): routes [restored 1947 Grumman Widgeon amphibian: Ioannina > "
        "Igoumenitsa > Corfu; Stavros Lambrou: Preveza > Argostoli] meetings []"
    ),
}

MEETING_FAILS51: dict[str, str] = {
    "hospital_clowns_tour_assam_guwahati_to_dibrugarh_told_plainly_principal_receives": (
        "first run (b586b54): routes [Six hospital clowns: Guwahati > Tezpur > Jorhat > "
        "Sivasagar > Dibrugarh] meetings []"
    ),
    "charcoal_gas_car_hakodate_to_wakkanai_told_plainly_mayor_welcomes": (
        "first run (b586b54): routes [Hiroshi Tanabe: Hakodate > Oshamambe > Tomakomai > "
        "Sapporo > Asahikawa > Nayoro > Wakkanai; A 1937 Datsun: Hakodate > Wakkanai] "
        "meetings [Nayoro None ['Hiroshi Tanabe']]"
    ),
    "hovercraft_down_the_saint_john_river_told_from_the_end_mayor_waits_at_saint_john": (
        "first run (b586b54): routes [Réjean Thibodeau: Edmundston > Woodstock > "
        "Fredericton > Oromocto > Saint John; Market Slip: Edmundston > Saint John] "
        "meetings []"
    ),
    "line_crew_florence_to_andalusia_through_troy_and_geneva_ambiguous_names": (
        "first run (b586b54): routes [Dale Whitten: Florence > Tennessee > Jasper > Clanton"
        " > Geneva > Enterprise > Andalusia] meetings [Geneva 2025-09-30 ['Pea', 'Dale "
        "Whitten']]"
    ),
    "flying_boat_at_corfu_legs_to_preveza_lefkada_argostoli_and_patras_to_come": (
        "first run (b586b54): routes [restored 1947 Grumman Widgeon amphibian: Ioannina > "
        "Igoumenitsa > Corfu; Stavros Lambrou: Preveza > Argostoli] meetings []"
    ),
}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS51, CASES51))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS51, CASES51))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
