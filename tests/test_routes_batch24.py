"""Blind route batch 24: twelve articles written before the code was run on them.

Stops and meetings were fixed before the first run (see test_routes_unseen for the scoring);
the misses of the first run are to be recorded in ROUTE_FAILS24 and MEETING_FAILS24."""

from __future__ import annotations

from datetime import date

import pytest
from test_routes_unseen import Case, check_meetings, check_route, marked, pipeline

from geo.pipeline import Pipeline

__all__ = ["pipeline"]  # the fixture, imported so pytest finds it here

# Blind route batch 24: twelve articles written before the code was run on them. Stops and
# meetings were fixed before the first run (see test_routes_unseen for the scoring); the
# misses of the first run are to be recorded when the batch is wired into a test module.
#
# Kinds the earlier batches lacked, six told plainly in the order things happened (with dates
# where a journalist gives them) and six with one complication each. Plain: a New Zealand sailor
# alone through the Northwest Passage, from Ilulissat (on the coast of Greenland) by Pond Inlet,
# Resolute (on Cornwallis Island), Gjoa Haven (on King William Island, where Amundsen once
# wintered: history, no other place), Cambridge Bay and past Tuktoyaktuk to Nome (the dateline),
# the flight home to Auckland to come, Baffin Bay crossed and 'the Arctic coast of Canada' and
# 'the top of Alaska' as summaries; a restored paddle steamer (a vessel as the mover) up the
# Nile from Luxor by Esna (its lock), Edfu and Kom Ombo (a day's halt for a paddle wheel) to
# Aswan (the dateline); a girl from Tristan da Cunha taken to London for heart surgery, from
# Edinburgh of the Seven Seas (a name that holds Edinburgh) by fishing boat to Cape Town and
# by air through Johannesburg to London (the dateline), where her aunt meets her at Heathrow
# (the meeting), the aunt's Southampton and Britain as background; the Bayeux Tapestry (an
# object named after its town) by lorry from its museum in Bayeux to the ferry at Ouistreham
# (north of Caen), across to Portsmouth and on to the British Museum in London (the dateline),
# Normandy, France and the conquest of England as containers and history; the Springboks
# (a team as the mover) home from the World Cup final in Paris, landing in Johannesburg,
# received by the president at the Union Buildings in Pretoria (the meeting), then Soweto,
# Durban, East London (the London everyone knows is elsewhere) and Cape Town (the dateline),
# New Zealand named only as the beaten team; a truckers' protest convoy from Melbourne by
# Wangaratta, Albury (just across the border in New South Wales), Gundagai and Yass to Canberra
# (the dateline), where the minister declines to meet the organisers (no meeting).
# With one complication: told from the finish, an Irish nurse's charity drive in an old Nissan
# Micra, the lede at Ulaanbaatar (the dateline), then from the start in Prague by Istanbul,
# Tbilisi, the ferry from Baku to Aktau and Samarkand, with the Balkans, Turkey's Black Sea
# coast, the Caspian Sea, Kazakhstan, the Altai mountains and western Mongolia crossed or
# named in summaries and a flight home to an unnamed home; a flashback in the pluperfect,
# a stowaway cat found in a container at Tauranga (the dateline), its voyage told after the
# find (it had slipped in at a warehouse in Ho Chi Minh City, had been shipped to Singapore
# and moved onto a larger vessel), then driven to quarantine in Auckland; a second mover, a
# British kayaker down the Congo River from Kisangani by Yangambi, Bumba, Lisala and Mbandaka
# to Kinshasa (the dateline), while his Nigerian partner falls ill at Bumba and is flown to
# Bunia and Kampala and home to Lagos, which are no stops of the kayaker; background places, the
# Dalai Lama flown from Dharamshala by Chandigarh to Leh (the dateline), received by Ladakh's
# lieutenant governor at the airport (the meeting), with Beijing and Washington reacting and
# his flight of 1959 from Lhasa into India near Tawang, a journey 66 years old and no part
# of this route; ambiguous names, a Democratic Senate candidate's bus tour of East Texas from
# Texarkana (on the Arkansas line) by Paris, Sulphur Springs, Tyler, Athens and Palestine to
# Lufkin (the dateline), three towns that share their names with a European capital, a Greek
# capital and a Middle Eastern territory, rallies and town halls but no meeting; future legs,
# the Flying Scotsman (a locomotive as the mover) at Edinburgh (the dateline) after York,
# Newcastle and Berwick-upon-Tweed, due to go north by Aviemore to Inverness and back south
# by Carlisle to York, Scotland crossed into and the Highlands named as a region.
# Decisions (as in batches 17-23): a stop named beside its island, region or state accepts that
# container (Ilulissat|Greenland, Resolute|Cornwallis Island, Gjoa Haven|King William Island,
# Albury|New South Wales; Edinburgh of the Seven Seas accepts Tristan da Cunha, the island
# whose only settlement it is), a country named beside a town is no extra stop (Vietnam,
# Britain, India, Scotland); a venue is its town (Heathrow airport, Great Ormond Street
# Hospital, the British Museum, a secure depot outside Portsmouth, the Union Buildings, Cape
# Town's city hall, Parliament House, the Temple of Horus at Edfu, the temple at Kom Ombo, the
# Port of Tauranga, a quarantine facility in Auckland, Leh airport, Waverley station); a place
# passed or passed through is a stop ('past Tuktoyaktuk', 'passed through Berwick-upon-Tweed',
# 'rode through East London', 'picked up more trucks at Wangaratta'), but a sea, a river, a
# channel or a region crossed or named in a summary is none (Baffin Bay, 'a narrow channel',
# the Arctic coast of Canada, the top of Alaska, the South Atlantic, Normandy, the Balkans,
# Turkey's Black Sea coast, the Caspian Sea, Kazakhstan, the Altai, western Mongolia, the Congo
# River, the equator, Ladakh, Scotland, the Highlands, the Tyne, East Texas); the place a mover
# sets out from is the first stop even when the lede names only the end ('left Ilulissat',
# 'left Luxor', 'left Edinburgh of the Seven Seas', 'left its museum in Bayeux', 'flew home
# from Paris', 'left a truck stop on the northern edge of Melbourne', 'set off from Prague',
# 'had slipped into the container ... in Ho Chi Minh City', 'pushed off from the riverbank
# at Kisangani', 'flew from Dharamshala', 'started the tour ... in Texarkana', 'left York');
# a stop visited twice is listed twice (York); planned legs stated as plans are stops ('fly
# home to Auckland', 'is due to head north to Inverness, stopping to take on water at Aviemore',
# 'will return south by way of Carlisle, reaching York again'), but a stay or an event to come
# where the mover already is, is none (the yacht wintering in Nome, the surgery in London, the
# tapestry on show in London, the convoy staying in Canberra, the Micra's auction in Ulaanbaatar,
# the cat's month in quarantine, the teachings at Leh, early voting), and a flight home to a
# home not named is no stop (the nurse's); the places of another mover (the partner's Bunia,
# Kampala and Lagos; Bumba is a stop of both) and places only named as background or history
# (Amundsen's winters at Gjoa Haven add nothing, the aunt's Southampton, the conquest of
# England, New Zealand as the beaten team, Beijing and Washington reacting, Lhasa and Tawang
# in 1959, the Arkansas line) are no stops. The dateline is a stop in every article of this
# batch. A president receiving a team, a lieutenant governor receiving a spiritual leader at
# an airport and an aunt meeting a girl at an airport are meetings; a minister who declines
# to meet is no meeting, nor are crowds, fans at an airport, rallies, town halls, a speech,
# police checks or dock workers finding a cat, and there is none for the yacht, the steamer,
# the tapestry, the convoy, the rally car, the cat, the kayaker, the candidate and the
# locomotive. Stop spellings accept the GeoNames names and plain ASCII ('Esna|Isna|Isnā',
# 'Edfu|Idfu|Idfū', 'Kom Ombo|Kawm Umbu|Kawm Umbū', 'Gjoa Haven|Gjøa Haven', 'Prague|Praha',
# 'Istanbul|İstanbul', 'Aktau|Aqtau', 'Samarkand|Samarqand', 'Ulaanbaatar|Ulan Bator', 'Ho
# Chi Minh City|Saigon', 'Dharamshala|Dharamsala|McLeod Ganj', 'Newcastle upon Tyne|Newcastle').
CASES24 = [
    Case(
        "solo_sailor_through_the_northwest_passage_from_ilulissat_to_nome_told_plainly_with_dates",
        "New Zealand sailor completes solo Northwest Passage in 46 days\n\n"
        "NOME, Alaska, Sept 12 (Reuters) - A New Zealand sailor tied up in Nome on Friday "
        "after taking her 11-metre aluminium yacht alone through the Northwest Passage, the "
        "ice-strewn sea route across the top of North America, in 46 days. Mere Tainui, 58, a "
        "former ferry skipper, left Ilulissat, on the west coast of Greenland, on July 28, "
        "steering between icebergs calved from the glacier south of the town. She crossed "
        "Baffin Bay in five days and dropped anchor off Pond Inlet on Aug 3, where she waited "
        "a week for the ice to loosen further west. On Aug 11 she sailed on to Resolute, on "
        "Cornwallis Island, and then turned south down a narrow channel still choked with "
        "floes. She reached Gjoa Haven, on King William Island, where Roald Amundsen spent two "
        "winters more than a century ago, on Aug 22, and three days later she tied up in "
        "Cambridge Bay to fix a broken autopilot. The last stretch took her along the Arctic "
        'coast of Canada, past Tuktoyaktuk on Sept 2, and round the top of Alaska. "The ice '
        'decides your timetable up there, not you," Tainui said on the dock. Only a few dozen '
        "sailors have made the passage single-handed. She will leave the yacht in Nome for the "
        "winter and fly home to Auckland next week.",
        date(2025, 9, 12),
        (
            "Ilulissat|Greenland",
            "Pond Inlet",
            "Resolute|Cornwallis Island",
            "Gjoa Haven|Gjøa Haven|King William Island",
            "Cambridge Bay",
            "Tuktoyaktuk",
            "Nome",
            "Auckland",
        ),
        (),
        actor="Mere Tainui",
    ),
    Case(
        "restored_paddle_steamer_up_the_nile_from_luxor_to_aswan_told_plainly_by_day",
        "Restored paddle steamer ends first Nile voyage in four decades\n\n"
        "ASWAN, Egypt, Nov 21 (Reuters) - A paddle steamer that carried tourists on the Nile "
        "in the 1920s tied up in Aswan on Thursday at the end of its first voyage in more than "
        "40 years, after a restoration that took five years. The Lotus Queen, a 45-metre "
        "steamer with 22 wood-panelled cabins, left Luxor on Sunday morning with 38 passengers "
        "on board. It sailed upriver to Esna, where it waited three hours to pass through the "
        "lock beside the barrage, and moored for the night at the town's quay. On Monday it "
        "reached Edfu, where passengers rode in horse-drawn carriages to the Temple of Horus, "
        "and on Tuesday evening it tied up below the temple at Kom Ombo, which stands on a "
        "bend of the river. A faulty paddle wheel kept the boat at Kom Ombo for most of "
        'Wednesday before it made the last 45 km to Aswan. "She is slower than the modern '
        'cruise boats, and that is the point," said captain Hassan Abdel Moneim, whose '
        "grandfather worked on the boat as a deckhand. The owners, an Egyptian hotel group, "
        "plan to run weekly cruises until April.",
        date(2024, 11, 21),
        (
            "Luxor",
            "Esna|Isna|Isnā",
            "Edfu|Idfu|Idfū",
            "Kom Ombo|Kawm Umbu|Kawm Umbū",
            "Aswan|Aswān",
        ),
        (),
        actor="Lotus Queen",
    ),
    Case(
        "tristan_da_cunha_girl_by_fishing_boat_and_plane_to_london_told_plainly_aunt_waits",
        "Tristan da Cunha girl reaches London for heart surgery after a week at sea\n\n"
        "LONDON, Jan 30 (Reuters) - A 12-year-old girl from Tristan da Cunha, the world's most "
        "remote inhabited island, arrived in London on Friday for heart surgery after an "
        "11-day journey that began with a week on a fishing boat across the South Atlantic. "
        "Doctors at the island's small hospital found a hole in Chloe Glass's heart in "
        "December, but the island has no airstrip, and the nearest heart surgeons are in Cape "
        "Town, 2,800 km to the east. On Jan 19 she and her mother left Edinburgh of the Seven "
        "Seas, the island's only settlement, aboard a fishing vessel that also carried the "
        "season's first catch of crawfish. Rough seas stretched the crossing to seven days, "
        "and the boat docked in Cape Town on Jan 26. Specialists there advised that the "
        "operation be done in Britain, and on Thursday the pair flew to Johannesburg and "
        "boarded an overnight flight to London. Her aunt, Susan Repetto, who lives in "
        'Southampton, met them at Heathrow airport early on Friday. "She was seasick for four '
        'days and never complained once," her mother, Marie Glass, said. Chloe is due to be '
        "operated on at Great Ormond Street Hospital next week. Tristan da Cunha, a British "
        "overseas territory, has about 230 residents.",
        date(2026, 1, 30),
        ("Edinburgh of the Seven Seas|Tristan da Cunha", "Cape Town", "Johannesburg", "London"),
        ((51.47, -0.45),),
        actor="Chloe Glass",
    ),
    Case(
        "bayeux_tapestry_by_lorry_and_ferry_to_london_told_plainly_an_object_named_for_its_town",
        "Bayeux Tapestry reaches London under armed escort\n\n"
        "LONDON, Sept 18 (Reuters) - The Bayeux Tapestry arrived at the British Museum in "
        "London on Friday after a three-day journey from Normandy under armed guard, the first "
        "time the 70-metre embroidery has left France in more than 900 years. Conservators "
        "spent a month rolling the fragile linen around a padded drum before it left its "
        "museum in Bayeux on Wednesday morning in a climate-controlled lorry, escorted by "
        "French gendarmes. The lorry drove about 40 km to the ferry port at Ouistreham, on the "
        "coast north of Caen, where it was loaded onto an overnight ferry to Portsmouth. "
        "British police took over the escort when the ferry docked early on Thursday, and the "
        "lorry spent the day in a secure depot outside Portsmouth while experts checked the "
        "temperature and humidity readings from the crossing. It set off for London before "
        'dawn on Friday and reached the museum shortly after 7 a.m. "Every bump in the road '
        'was a worry," said curator Sophie Lemaire, who rode in the cab. The tapestry, which '
        "tells the story of the Norman conquest of England in 1066, will go on show next month "
        "and stay until July.",
        date(2026, 9, 18),
        ("Bayeux", "Ouistreham", "Portsmouth", "London"),
        (),
        actor="Bayeux Tapestry",
    ),
    Case(
        "springboks_trophy_tour_from_paris_to_cape_town_told_plainly_the_president_receives_them",
        "Springboks end trophy tour in Cape Town after five-day celebration\n\n"
        "CAPE TOWN, Nov 5 (Reuters) - Tens of thousands of fans lined the streets of Cape Town "
        "on Sunday as South Africa's Springboks paraded the Webb Ellis Cup through the city, "
        "the last stop of a five-day victory tour after their fourth rugby World Cup title. "
        "The squad flew home from Paris, where they beat New Zealand 12-11 in the final, and "
        "landed in Johannesburg early on Tuesday to a welcome from thousands of fans at the "
        "airport. On Thursday an open-top bus carried the players through Pretoria, where "
        "President Cyril Ramaphosa received them at the Union Buildings, and in the afternoon "
        "through the streets of Soweto. On Friday they flew to Durban, where the bus needed "
        "three hours to cover 10 km along the beachfront. On Saturday they rode through East "
        "London, in the Eastern Cape, where schools closed early so that children could see "
        'the trophy. "I took my children out of school for this, and I am not sorry," said '
        "Thandiwe Mokoena, 34, who waited five hours outside the city hall. Most of the "
        "players will now take a month's holiday before returning to their clubs.",
        date(2023, 11, 5),
        ("Paris", "Johannesburg", "Pretoria", "Soweto", "Durban", "East London", "Cape Town"),
        ((-25.74, 28.21),),
        actor="Springboks",
    ),
    Case(
        "truck_convoy_from_melbourne_to_canberra_told_plainly_the_minister_declines_to_meet",
        "Truck convoy reaches Canberra in protest at road-user charge\n\n"
        "CANBERRA, Feb 12 (Reuters) - About 300 trucks rolled into Canberra on Wednesday at "
        "the end of a four-day convoy from Melbourne to protest against a new per-kilometre "
        "charge on heavy vehicles, slowing traffic around Parliament House to a crawl. The "
        "convoy, led by owner-driver Shane Kovac in a red prime mover, left a truck stop on "
        "the northern edge of Melbourne on Sunday morning with about 80 vehicles. It picked up "
        "more trucks at Wangaratta and camped on Sunday night at Albury, just across the "
        "border in New South Wales. On Monday the drivers pulled into Gundagai, where local "
        "farmers cooked them a barbecue, and on Tuesday they stopped at Yass, 60 km from the "
        "capital, where police checked every vehicle for roadworthiness. On Wednesday police "
        "kept the trucks to a car park near the lake, and the federal transport minister "
        'declined to meet the organisers. "We move the food, the fuel and everything else, and '
        'they want to tax every kilometre," Kovac told a crowd of about 1,000 people. The '
        "charge, due to start in July, would add about 4,000 Australian dollars a year to the "
        "cost of running a long-haul truck, the industry says. Kovac said the convoy would "
        "stay until Friday.",
        date(2025, 2, 12),
        ("Melbourne", "Wangaratta", "Albury|New South Wales", "Gundagai", "Yass", "Canberra"),
        (),
        actor="Shane Kovac",
    ),
    Case(
        "charity_rally_micra_from_prague_to_ulaanbaatar_told_from_the_finish",
        "Irish nurse drives 27-year-old Micra from Prague to Mongolia for charity\n\n"
        "ULAANBAATAR, Aug 23 (Reuters) - An Irish nurse drove a 27-year-old Nissan Micra into "
        "Ulaanbaatar on Saturday, finishing a 15,000-km charity rally across two continents "
        "with a cracked windscreen, one working headlight and a roof rack held on with fence "
        "wire. Niamh Gallagher, 31, who drove alone, was the 46th of 120 cars to reach the "
        "finish line of the Steppe Run, a loose annual race with no set route that raises "
        "money for children's charities. She set off from Prague on July 12, crossed the "
        "Balkans in four days and spent two nights in Istanbul while a garage welded the car's "
        "rear suspension. From there she drove along Turkey's Black Sea coast and over the "
        "mountains to Tbilisi, which she reached on July 21. A week later she took a cargo "
        "ferry across the Caspian Sea from Baku to Aktau, where she waited two days for the "
        "ship to be unloaded. She reached Samarkand on Aug 5 and then drove for nearly three "
        "weeks through Kazakhstan and over the Altai mountains into western Mongolia, where "
        'the roads gave way to dirt tracks. "The car was never going to make it, so nobody '
        'told the car," Gallagher said. The Micra will be sold at auction in Ulaanbaatar and '
        "the money given to a school for deaf children. Gallagher flies home on Wednesday.",
        date(2025, 8, 23),
        (
            "Prague|Praha",
            "Istanbul|İstanbul",
            "Tbilisi",
            "Baku",
            "Aktau|Aqtau",
            "Samarkand|Samarqand",
            "Ulaanbaatar|Ulan Bator",
        ),
        (),
        actor="Niamh Gallagher",
    ),
    Case(
        "stowaway_cat_found_at_tauranga_its_voyage_from_ho_chi_minh_city_told_in_the_pluperfect",
        "Stowaway cat survives 19 days in container from Vietnam\n\n"
        "TAURANGA, New Zealand, Oct 24 (Reuters) - Dock workers at the Port of Tauranga found "
        "a thin but healthy ginger cat inside a shipping container of rattan furniture on "
        "Tuesday, 19 days after it had been sealed in at a warehouse in Vietnam, New Zealand's "
        "biosecurity agency said on Friday. The young male, whom port staff named Biscuit, had "
        "slipped into the container while workers were loading it in Ho Chi Minh City on Oct "
        "2, according to the exporter, who later noticed that a cat that lived around the "
        "warehouse was missing. The container had been trucked to the port the same evening "
        "and had been loaded onto a feeder ship that had carried it to Singapore, where it had "
        "been lifted onto a larger vessel bound for New Zealand. Biscuit had survived by "
        "licking condensation from the steel walls and had probably caught moths, a vet said. "
        '"He walked out, looked at us and asked for breakfast," said crane operator Tama '
        "Ngata. On Thursday Biscuit was driven to a quarantine facility in Auckland, where he "
        "will stay for at least a month while he is tested for rabies and other diseases. More "
        "than 40 people have offered to adopt him.",
        date(2025, 10, 24),
        ("Ho Chi Minh City|Saigon", "Singapore", "Tauranga", "Auckland"),
        (),
        actor="Biscuit",
    ),
    Case(
        "congo_river_kayak_descent_partner_flown_out_with_malaria_as_a_second_mover",
        "British kayaker ends 1,700-km Congo River descent alone\n\n"
        "KINSHASA, March 20 (Reuters) - A former British soldier paddled into Kinshasa on "
        "Thursday at the end of a seven-week, 1,700-km kayak journey down the Congo River, "
        "finishing alone after his expedition partner fell ill with malaria halfway. Tom "
        "Ashworth, 41, and Nigerian photographer Emeka Obi pushed off from the riverbank at "
        "Kisangani on Jan 30 and spent their first two nights at Yangambi, where a forest "
        "research station let them camp in its grounds. They reached Bumba on Feb 14, and "
        "there Obi came down with a high fever. He was flown by a missionary aircraft to Bunia "
        "and then on to Kampala, where he spent ten days in hospital before flying home to "
        "Lagos. Ashworth paddled on alone, sleeping in fishing villages, and reached Lisala on "
        "Feb 20 and Mbandaka, which lies almost on the equator, on March 3. The last stretch, "
        "where the river widens to more than 10 km in places and barges loaded with timber "
        'churn past, took him more than two weeks. "There were days I spoke more to the fish '
        'than to people," Ashworth said. Obi, now recovered, plans to publish his photographs '
        "in a book next year. The pair are raising money for a malaria charity.",
        date(2025, 3, 20),
        ("Kisangani", "Yangambi", "Bumba", "Lisala", "Mbandaka", "Kinshasa"),
        (),
        actor="Tom Ashworth",
    ),
    Case(
        "dalai_lama_flies_to_leh_beijing_washington_and_the_1959_flight_as_background",
        "Dalai Lama arrives in Ladakh for month-long stay; China objects\n\n"
        "LEH, India, July 12 (Reuters) - The Dalai Lama arrived in Leh on Saturday to begin a "
        "month-long stay in the Himalayan region of Ladakh, a week after celebrations of his "
        "90th birthday at which he said the institution he heads would continue after his "
        "death. The Tibetan spiritual leader flew from Dharamshala, the hill town where he has "
        "lived in exile since 1960, to Chandigarh on Friday and spent the night there before "
        "flying on to Leh. Ladakh's lieutenant governor received him at the airport, and "
        "thousands of people in traditional dress lined the road to his summer residence "
        "outside the town, where he is expected to give teachings and rest until mid-August, "
        "his office said. In Beijing, a foreign ministry spokesman said the choice of his "
        "successor must be approved by the central government and urged India not to let him "
        'use its territory for "separatist activities". The Dalai Lama fled Lhasa in 1959 '
        "after a failed uprising against Chinese rule and crossed into India near Tawang, a "
        "town now claimed by China. In Washington, a State Department spokesman said the "
        "United States supported the right of Tibetans to choose their religious leaders "
        "without interference.",
        date(2025, 7, 12),
        ("Dharamshala|Dharamsala|McLeod Ganj", "Chandigarh", "Leh"),
        ((34.16, 77.58),),
        actor="Dalai Lama",
    ),
    Case(
        "senate_candidate_bus_tour_of_east_texas_through_paris_athens_and_palestine",
        "Democratic Senate hopeful takes bus tour through deep-red East Texas\n\n"
        "LUFKIN, Texas, Oct 16 (Reuters) - Democratic U.S. Senate candidate Rosa Villarreal "
        "ended a five-day bus tour of East Texas in Lufkin on Friday, betting that small-town "
        "voters who rarely see a Democrat will at least hear her out. Villarreal, a former "
        "county judge, started the tour on Monday in Texarkana, on the Arkansas line, and "
        "drove west to Paris, where about 200 people crowded into a barbecue restaurant off "
        "the courthouse square. On Tuesday she held a town hall in Sulphur Springs, and on "
        "Wednesday morning her bus pulled into Tyler, the biggest city of the tour, for a "
        "rally at a community college. That afternoon she spoke to farmers at a feed store in "
        "Athens, and on Thursday she toured a closed hospital in Palestine, one of several "
        'rural hospitals in the region that have shut in the past decade. "Nobody from my '
        'party has stopped in some of these towns in 30 years," Villarreal told about 300 '
        "people at a union hall in Lufkin. Polls show her trailing her Republican opponent by "
        "eight points in a state that has not elected a Democrat to the Senate since 1988. "
        "Early voting begins on Monday.",
        date(2026, 10, 16),
        ("Texarkana", "Paris", "Sulphur Springs", "Tyler", "Athens", "Palestine", "Lufkin"),
        (),
        actor="Rosa Villarreal",
    ),
    Case(
        "flying_scotsman_at_edinburgh_legs_to_inverness_and_back_to_york_to_come",
        "Flying Scotsman steams into Edinburgh, Highlands next\n\n"
        "EDINBURGH, May 14 (Reuters) - The Flying Scotsman, the world's best-known steam "
        "locomotive, pulled into Edinburgh's Waverley station on Wednesday to cheers from "
        "hundreds of rail enthusiasts, halfway through a week-long tour that will take it to "
        "the Highlands for the first time in a decade. The 102-year-old engine left York on "
        "Monday morning hauling 11 restored carriages and spent the night in Newcastle, where "
        "crowds lined the bridges over the Tyne to watch it cross. After a day of maintenance "
        "it set off north on Wednesday morning, passed through Berwick-upon-Tweed shortly "
        "before 11 a.m. and crossed into Scotland soon afterwards. On Friday it is due to head "
        "north to Inverness, stopping to take on water at Aviemore, and after two days in "
        "Inverness it will return south by way of Carlisle, reaching York again next Tuesday. "
        '"Every town along the line wants to see her, and we can\'t stop at all of them," said '
        "driver Graham Pickles, who has driven the engine for 14 years. Tickets for the trip, "
        "which cost up to 600 pounds, sold out within an hour.",
        date(2025, 5, 14),
        (
            "York",
            "Newcastle upon Tyne|Newcastle",
            "Berwick-upon-Tweed",
            "Edinburgh",
            "Aviemore",
            "Inverness",
            "Carlisle",
            "York",
        ),
        (),
        actor="Flying Scotsman",
    ),
]

ROUTE_FAILS24: dict[str, str] = {
    "solo_sailor_through_the_northwest_passage_from_ilulissat_to_nome_told_plainly_with_dates": (
        "first run on 75ee82f: routes [Mere Tainui: Ilulissat > Pond Inlet > Gjoa Haven > "
        "Cambridge Bay > Tuktoyaktuk > Auckland; New Zealand sailor: Le Passage > Nome] "
        "meetings []"
    ),
    "tristan_da_cunha_girl_by_fishing_boat_and_plane_to_london_told_plainly_aunt_waits": (
        "first run on 75ee82f: routes [Tristan da Cunha girl: Edinburgh > Cape Town > "
        "Johannesburg > London] meetings [Heathrow Airport 2026-01-30 ['Tristan da Cunha girl', "
        "'Susan Repetto']]"
    ),
    "bayeux_tapestry_by_lorry_and_ferry_to_london_told_plainly_an_object_named_for_its_town": (
        "first run on 75ee82f: routes [Bayeux Tapestry: Normandy > France > London; "
        "Conservators: Bayeux > Ouistreham > Portsmouth; British police: Portsmouth > London] "
        "meetings []"
    ),
    "springboks_trophy_tour_from_paris_to_cape_town_told_plainly_the_president_receives_them": (
        "first run on 75ee82f: routes [Springboks: Paris > Johannesburg > Pretoria > Durban > "
        "East London > Cape Town] meetings [Pretoria 2023-11-02 ['Springboks', 'Cyril "
        "Ramaphosa']]"
    ),
    "stowaway_cat_found_at_tauranga_its_voyage_from_ho_chi_minh_city_told_in_the_pluperfect": (
        "first run on 75ee82f: routes [port staff: Singapore > Ho Chi Minh City > Tauranga] "
        "meetings []"
    ),
    "congo_river_kayak_descent_partner_flown_out_with_malaria_as_a_second_mover": (
        "first run on 75ee82f: routes [Tom Ashworth: Bumba > Bunia > Kampala > Lagos > Lisala > "
        "Mbandaka > Kinshasa] meetings []"
    ),
    "flying_scotsman_at_edinburgh_legs_to_inverness_and_back_to_york_to_come": (
        "first run on 75ee82f: routes [Flying Scotsman: York > Newcastle upon Tyne > Edinburgh "
        "> Highlands > Berwick-Upon-Tweed > Inverness > York; Waverley: Edinburgh > Highlands] "
        "meetings []"
    ),
}
MEETING_FAILS24: dict[str, str] = {
    "truck_convoy_from_melbourne_to_canberra_told_plainly_the_minister_declines_to_meet": (
        "first run on 75ee82f: routes [Truck convoy: Melbourne > Gundagai > Yass] meetings "
        "[Gundagai 2025-02-12 ['Truck convoy']]"
    ),
}


@pytest.mark.parametrize("case", marked(ROUTE_FAILS24, CASES24))
def test_route_order(pipeline: Pipeline, case: Case) -> None:
    check_route(pipeline, case)


@pytest.mark.parametrize("case", marked(MEETING_FAILS24, CASES24))
def test_meeting_place(pipeline: Pipeline, case: Case) -> None:
    check_meetings(pipeline, case)
