"""Events from sentences: a trigger word, its actors, its date and the places it governs."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.attrs import IS_ALPHA, LEMMA, LOWER
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Span, Token

from geo.dates import (
    DateMention,
    a_bare_weekday,
    explicit_days,
    find_dates,
    span_at_end,
    stay_told,
    weekday_in_the_telling,
)
from geo.models import DATELINE_LABEL, Event, Place, Section
from geo.recognize import (
    CALENDAR_WORD,
    ROYAL_TITLES,
    doc_entities,
    doc_text,
    opens_with_a_feature_word,
    span_text,
    without_possessive,
)
from geo.sections import section_at
from geo.syntax import PARSED_KEY, is_parsed
from geo.vocab import NAME_TITLES, VESSEL_NOUNS, any_word_of

TRIGGERS: dict[str, frozenset[str]] = {
    "travel": frozenset(
        [
            "take",
            "stopover",
            "layover",
            "landfall",
            "ashore",
            "aground",
            "sweep",
            "leave",
            "depart",
            "fly",
            "travel",
            "head",
            "arrive",
            "reach",
            "enter",
            "cross",
            "pass",
            "continue",
            "return",
            "visit",
            "trip",
            "journey",
            "voyage",
            "sail",
            "drive",
            "board",
            "bound",
            "land",
            "tour",
            "move",
            "sail",
            "arrival",
            "departure",
            "visit",
            "transit",
            "stop",
            "cruise",
            "ride",
            "walk",
            "hike",
            "trek",
            "transfer",
            "transport",
            "evacuate",
            "airlift",
            "deport",
            "extradite",
            "smuggle",  # "had been smuggled to Vienna": the thing, or person, goes there
            "divert",
            "flee",
            "dock",
            "disembark",
            "embark",
            "refuel",
            "steam",
        ]
    ),
    "meeting": frozenset(
        [
            "summit",
            "meet",
            "meeting",
            "talk",
            "host",
            "welcome",
            "greet",
            "receive",
            "negotiate",
            "hold",
        ]
    ),
    "attack": frozenset(
        ["attack", "strike", "bomb", "shell", "kill", "invade", "invasion", "raid", "shoot"]
    ),
    "protest": frozenset(["protest", "rally", "demonstrate", "demonstration", "march"]),
    "disaster": frozenset(
        [
            "storm",
            "hurricane",
            "typhoon",
            "cyclone",
            "flood",
            "earthquake",
            "wildfire",
            "heatwave",
        ]
    ),
    "statement": frozenset(
        [
            "say",
            "report",
            "tell",
            "announce",
            "state",
            "confirm",
            "deny",
            "cite",
            "warn",
            "express",
            "claim",
            "add",
        ]
    ),
}
ORIGIN_CUES = frozenset(
    [
        "from",
        "left",
        "leave",
        "leaving",
        "leaves",
        "departed",
        "depart",
        "departing",
        "departs",
        "fled",
        "flee",
        "flees",
        "fleeing",
    ]
)
# "stopped off Cape Town": a ship's stop at sea before a port
WAYPOINT_CUES = frozenset(["via", "through", "past", "across", "over", "near", "around", "off"])
DESTINATION_CUES = frozenset(
    "to for into onto toward towards reach reached reaching visit visited".split()
)
STOPOVER_WORDS = frozenset(
    {"stop", "stopover", "layover", "spend", "refuel", "rest", "hold", "sit", "wait", "halt"}
    | {"overnight", "overnighte"}
)
# a stop told by a synonym of "stop" that is also a verb of stopping something ("After a halt
# in Shymkent", "the train halted at Datong"; not "the airport halted flights")
HALT_WORDS = frozenset({"halt"})
# a tracker's fix that tells where a mover was: "On Tuesday its signal placed it near Gondar"
FIX_VERBS = frozenset({"place", "locate"})
FIXED_MOVERS = frozenset({"it", "him", "her", "them"})
FIX_CUES = frozenset({"in", "near", "at", "over", "off", "outside", "on"})
# a stay just beyond a town's edge is a stay there: "spent a week outside Strasbourg"
STAY_EDGE_CUES = frozenset({"outside"})
# a stay told by a pause for a time: "resting for a week in Bishkek"
RESTING_VERBS = frozenset({"rest"})
# nouns of a stay that govern the place after them themselves ("port calls in Kingston")
STAY_NOUNS = frozenset(
    "call calls stop stops stopover stopovers layover visit visits halt halts".split()
)
# "spent six weeks in Izmir": a stay on the way, when a span of time is spent
TIME_SPANS = frozenset("hour hours day days night nights week weeks month months".split())
DAY_PARTS = frozenset("weekend morning afternoon evening".split())
# "plans to spend the winter in Winnipeg": a season spent somewhere is a stay there
SEASONS = frozenset("winter summer spring autumn season harvest".split())
WEEKDAY_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
ARRIVAL_WORDS = frozenset(
    "arrive arrival land stop reach visit ashore landfall return base station dock back "
    "touch crest peak moor anchor due step disembark tie descend home berth port settle".split()
)
# "is due back in Brasilia", "was back in Kyiv": being back somewhere is a return there
BACK_LEADS = frozenset("due expected scheduled set is are was were be been".split())
ENTRY_VERBS = frozenset(["enter", "cross", "pass", "transit"])
MEDIA_WORDS = frozenset(
    "newspaper daily agency broadcaster channel radio television tv magazine paper website".split()
)
VENUE_CUES = frozenset({"in", "at", "inside", "near", "on"})
PRONOUN_ACTOR = ""  # stands for "he/she/it/they" until carry_actors names the mover
NARRATOR = "Narrator"  # the writer of a travel story told in the first person
QUOTE_MARKS = frozenset('"“”')
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
SKIP_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "DATE", "TIME"})
STORM_WORDS = frozenset(
    {"hurricane", "typhoon", "cyclone", "storm", "tropical"}
    | {"derecho", "tornado", "twister", "blizzard", "squall"}
)
# what a storm does to a place on its path: the place is a stop of the storm's route
STORM_IMPACT_VERBS = frozenset(
    "lash batter pound hit strike slam pummel drench buffet rake hammer skirt brush graze flood "
    "inundate swamp dump drop unleash soak deluge collapse flatten topple uproot wreck bury "
    "blanket whip paralyse paralyze cripple shut".split()
)
# where a storm is born ("formed over northern Italy") and where it fades ("weaken over Slovakia")
STORM_BIRTH_VERBS = frozenset({"form", "develop", "originate", "spawn"})
STORM_FADE_VERBS = frozenset({"weaken", "dissipate", "fizzle", "decay"})
# where a storm gathers strength or lingers ("had strengthened rapidly over the Gulf of Mexico")
STORM_GROWTH_VERBS = frozenset({"strengthen", "intensify", "stall", "linger", "churn"})
# verbs of going past a place without stopping there: the place is a waypoint
PASSING_VERBS = frozenset({"round", "skirt", "circumnavigate", "bypass", "thread"})
# a fire moves like a storm: where it breaks out is its origin, where it spreads its next stop
FIRE_WORDS = frozenset({"fire", "fires", "wildfire", "wildfires", "blaze", "bushfire", "inferno"})
FIRE_VERBS = frozenset({"spread", "jump", "race", "rage"})
# "began the day in Scranton", "the stage started in Embrun": where a day, week or leg begins
START_LEMMAS = frozenset({"begin", "start"})
_START_IN_RE = re.compile(
    r"^\s+(?:(?:the|his|her|their|its|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?[A-Z]"
)
# what starts somewhere without anyone going there ("talks began in Geneva", "the war started")
NOT_MOVERS = frozenset(
    "war fighting conflict crisis talk talks negotiation negotiations trial season game match "
    "show concert ceremony festival outbreak epidemic protest protests strike".split()
)
# "35 km northeast of Athens", "20 miles from the border": a place to measure from, no stop
_REFERENCE_POINT_RE = re.compile(
    r"\b(?:\d[\d,.]*|a\s+few|several|\w+ty|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s*(?:-\s*)?(?:km|kilometres?|kilometers?|miles?|mi)\s+"
    r"(?:(?:north|south|east|west)\w*\s+(?:of|from)|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ", a few kilometres from the Russian border", "just 20 miles from Kyiv": a place measured from
_REFERENCE_FROM_RE = re.compile(
    r"(?:,|\bjust|\bonly)\s+(?:about\s+|some\s+|around\s+)?(?:\d[\d,.]*|a\s+few|several|"
    r"\w+ty|two|three|four|five|six|seven|eight|nine|ten)\s*(?:-\s*)?"
    r"(?:km|kilometres?|kilometers?|miles?|mi)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "across the border from the Colombian town of Leticia": a place facing the stop
_ACROSS_FROM_RE = re.compile(
    r"\bacross\s+(?:the\s+)?(?:\w+\s+)?(?:border|river|frontier|strait|bay|water|lake|"
    r"channel|street|road)\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$",
    re.IGNORECASE,
)
# "formed east of the Philippines", "a village south of Kabul": a place to find another by
_BEARING_OF_RE = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ward)?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "has not finished in Paris", "never made it to Italy": a move denied is no stop
_NEGATED_RE = re.compile(
    r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?\w+\s+(?:\w+\s+)?(?:in|at|to|for|into|on)\s+(?:the\s+)?$"
    # "how I got from London to Paris without crossing the English Channel"
    r"|\bwithout\s+\w+ing\s+(?:(?:in|at|to|through|into|over|via|by)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# "instead of heading for the Suez Canal": a goal given up is no stop
_AVOIDED_AFTER_RE = re.compile(r"\b(?:rather\s+than|instead\s+of)\b[^.;]*$", re.IGNORECASE)
_INSTEAD_RE = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+$", re.IGNORECASE)
# "avoiding the road on to Tegal": a way not taken
_AVOIDED_RE = re.compile(
    r"\b(?:avoid|avoiding|avoided|bypass|bypassing|bypassed)\s+(?:[\w'’-]+\s+){0,5}?$",
    re.IGNORECASE,
)
# a stop or trip called off: "was forced to skip its scheduled call at Santorini", "postponed
# his trip to Japan", "A planned stop at Mykonos was cancelled"
_CALLED_OFF = r"(?:skip|miss|cancel|scrap|abandon|postpon|shelv|call\w*\s+off|scratch)\w*"
_CALLED_OFF_BEFORE_RE = re.compile(
    r"\b" + _CALLED_OFF + r"\s+(?:(?:the|a|an|its|his|her|their|our|my)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_CALLED_OFF_AFTER_RE = re.compile(
    r"[^.;,]{0,40}?\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    + _CALLED_OFF
    + r"\b",
    re.IGNORECASE,
)
STORM_VERBS = STORM_IMPACT_VERBS | STORM_BIRTH_VERBS | STORM_FADE_VERBS | STORM_GROWTH_VERBS
PLACE_NOUNS = frozenset(
    "city town village port capital region province state county district island border "
    "hometown birthplace "
    "area republic kingdom coast resort base shrine sanctuary palace cathedral temple airport "
    "station harbour harbor islands outskirts suburbs centre center heart tip prison jail camp "
    "hospital hotel stadium estate compound airstrip airfield shore shores beach waterfront "
    "quay pier cities towns villages ports territory suburb residence headquarters embassy "
    "mansion villa prefecture oblast governorate canton home house room flat apartment farm "
    "mosque church hostel warehouse depot terminal office edge gate hangar museum museums "
    "palaces street streets bridge square plaza oasis oases riverfront seafront lakefront "
    "marina hamlet settlement township monastery cottage cabin lodge chalet bungalow park "
    "garden gardens stable stables zoo cage enclosure shelter kennel kennels wharf wharves jetty "
    "berth dockyard beachfront promenade esplanade boardwalk quayside garage lay-by layby".split()
)
PRESENCE_VERBS = frozenset({"be", "stay", "remain", "attend"})
# a stop told as a noun after its order: "Its first halt was at Ekibastuz"
CALL_NOUNS = frozenset("call calls halt halts stop stops stopover".split())
# verbs that tell a movement only with the word after them: "call at", "pulled into", "set off"
PHRASE_TRIGGERS = {
    "call": frozenset({"at", "in"}),
    "pull": frozenset({"into", "in", "out"}),
    "set": frozenset({"off", "out", "sail"}),
    "cast": frozenset({"off"}),  # a boat leaving: "cast off from the harbour in Lappeenranta"
    "touch": frozenset({"down"}),
    # a balloon, rocket or aircraft leaving the ground: "38 hours after lifting off from Szeged"
    "lift": frozenset({"off"}),
    "step": frozenset({"off", "ashore", "down"}),
    # a traveller off a vehicle at the end of a ride: "got off a bus in Nakuru", "climbed
    # down from a matatu in Nakuru" (see `_off_a_vehicle_at`)
    "get": frozenset({"off"}),
    "climb": frozenset({"down", "out", "off"}),
    "escort": frozenset({"to", "into", "from", "back"}),
    "tow": frozenset({"to", "into", "from", "back"}),
    "tear": frozenset({"through", "across", "into"}),
    "rip": frozenset({"through", "across", "into"}),
    "plow": frozenset({"through", "across", "into"}),
    "barrel": frozenset({"through", "across", "into", "toward", "towards"}),
    # natural and military movers: lava "poured into the sea", troops "pushed into" a town
    "pour": frozenset({"into"}),
    "spill": frozenset({"into", "over"}),
    "creep": frozenset({"into", "toward", "towards", "through"}),
    "push": frozenset({"into", "through", "toward", "towards", "off"}),  # (a boat: "pushed
    # off from the beach at Les Escoumins")
    "advance": frozenset({"into", "on", "toward", "towards"}),
    # a quiet departure or crossing: "slipped out of New Delhi", "slipped across the border"
    "slip": frozenset({"out", "away", "into", "across"}),
    # a captive or suspect passed on somewhere: "handed over to the authorities in Niamey"
    "hand": frozenset({"over"}),
    # boats made fast at a quay: "the boats tied up in Belem on Monday"
    "tie": frozenset({"up"}),
    "drop": frozenset({"anchor"}),  # "dropped anchor at Nkhata Bay"
    "make": frozenset({"fast"}),  # a boat moored: "made fast for the night at Svishtov"
    # a ship through a canal's locks: "locked through at Iffezheim", "locked down through the
    # Soo Locks" (see `_locked_through`)
    "lock": frozenset({"through"}),
    # a stay forced on the way: "were held up for three days in Manaus", "sat out a week of
    # fog in Tromso", "waited out the gale in Kirkwall"
    "hold": frozenset({"up"}),
    "sit": frozenset({"out"}),
    # a tagged animal, a drifting buoy or a ship followed by its signal: "was tracked past
    # Valparaiso", "tracked across the Bay of Biscay"
    "track": frozenset({"past", "across", "through", "over", "along", "off", "into", "to"}),
    "wait": frozenset({"out"}),
    # coming to light somewhere: "turned up at their farm outside Builth Wells on Monday";
    # a change of heading: "turned west on the road to Djougou", "turned back at Mopti"
    "turn": frozenset(
        "up north south east west northeast northwest southeast southwest inland upstream "
        "downstream upriver downriver back onto".split()
    ),
    "show": frozenset({"up"}),
    # wheels and bodies moved along: "rolled her scooter into Sydney", "tanks rolled through
    # the town", "the walrus hauled itself onto a pontoon at Arendal"
    "roll": frozenset({"into", "through", "across", "toward", "towards"}),
    "haul": frozenset({"onto", "ashore"}),
    # slow or laboured movement: "the train crawled on to Kalgoorlie", "inched into port"
    **dict.fromkeys(
        ("crawl", "inch", "limp", "trundle", "chug", "edge"),
        frozenset({"on", "into", "toward", "towards", "through", "across", "along"}),
    ),
}
# verbs of the manner of moving that tell a move only as verbs with a way after them, a
# compass word allowed between ("the train ran north to Ulan Bator", "the convoy rolled
# into Gao", "then double back to Prince Albert"; not "ran the company", "a road swing")
MANNER_OF_MOTION_VERBS = frozenset(
    "run roll rumble speed rush hurry dash zoom glide stream surge wander stroll trudge plod "
    "cycle pedal jog sprint gallop motor taxi float veer swing turn double snake wind weave "
    "meander coast freewheel slide puff lumber clatter rattle squeeze roar trot canter amble "
    "hobble saunter".split()
)
# verbs that tell where a mover's life or tracked journey began, told in the passive or with
# no object ("the locusts bred in Sindh", "was tagged at Point Pelee", "the flame was lit in
# Olympia", "chicks hatched on the island"): the place is the route's origin
BEGINNING_VERBS = frozenset({"breed", "hatch", "tag", "light", "release", "emerge"})
# a tracked animal's start told by the device put on it: "was caught and fitted with the
# device near Kocevje", "was collared in the Abruzzo" (in the passive, as the verbs above)
BEGINNING_VERBS |= frozenset({"fit", "collar"})
BEGINNING_CUES = frozenset({"in", "at", "near", "off", "on", "outside", "above", "below"})
# a beginning told with no object ("bred in", "the flow emerged from a fissure")
BROOD_VERBS = frozenset({"breed", "hatch", "emerge"})
# an armed group that takes a place has moved there ("Russian forces captured Avdiivka",
# "rebels seized the town of Goma", "broke through at Ocheretyne"); told of a group of
# fighters, not "took the train", "won Pennsylvania"
CONQUEST_VERBS = frozenset("capture recapture take retake seize overrun storm liberate".split())
# the plural nouns a nation's armed force is told by ("Russian forces", "Israeli commandos")
FORCE_PLURALS = frozenset(
    "forces troops units soldiers fighters brigades battalions marines paratroopers "
    "commandos".split()
)
ARMED_GROUP_NOUNS = FORCE_PLURALS | frozenset(
    "force army armies rebels militants insurgents militia militias militiamen jihadists "
    "brigade battalion separatists guerrillas gunmen tanks".split()
)
WAY_PARTICLES = frozenset("to into toward towards through across along past onto".split())
# words of direction that may stand between a verb of motion and its way ("ran north to")
COMPASS_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west northward southward eastward westward northwards southwards "
    "eastwards westwards inland upstream downstream upriver downriver back".split()
)
# verbs that move what they govern ("flew the suspect to", "took him to", "towed the ship")
TRANSPORT_LEMMAS = frozenset(
    "take fly move drive tow escort transfer transport evacuate airlift deport extradite carry "
    "bring blow smuggle".split()
)
# verbs of carrying that tell a move only with an object and a way ("carried him north to
# Maniitsoq", "brought the migrants to Lampedusa"; not "carried out strikes")
CARRYING_VERBS = frozenset({"carry", "bring", "escort", "blow"})  # "a tailwind blew him to"
AWAY_WORDS = frozenset({"to", "from", "into", "back", "out", "onto"})
# verbs of leading a group somewhere, the leader going along ("led the column out of Agen")
LEADING_VERBS = frozenset({"lead", "guide"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
# the traveller told before, as the one received, greeted or joined ("Biden received him")
GUEST_PRONOUNS = OBJECT_PRONOUNS - {"it"}
# small craft one or two people ride or fly ("kept the microlight on the ground at Midelt")
SMALL_CRAFT_NOUNS = frozenset(
    "microlight ultralight glider seaplane floatplane airship bicycle bike scooter jeep "
    "jeepney kayak canoe dinghy raft narrowboat motorboat kiteboard paddleboard surfboard "
    "sailboard".split()
)
VEHICLE_NOUNS = (
    VESSEL_NOUNS
    | SMALL_CRAFT_NOUNS
    | frozenset(
        "train plane flight jet helicopter bus car boat aircraft route road way path trip tour "
        "journey step detour cruiser coach airliner sleeper lorry truck van taxi minibus pickup "
        "motorbike motorcycle matatu rickshaw tram".split()
    )
)
TRIP_NOUNS = frozenset(
    "trip tour visit journey voyage cruise mission leg run race swim expedition crossing "
    "relay series tournament".split()
)
# parts of a trip: "the last stage from Preston" starts a leg, not the trip
LEG_NOUNS = frozenset("stage leg section stretch lap".split())
OPENING_WORDS = frozenset("first opening initial".split())
# a band or team plays where it stops ("played in Dublin, Madrid and Copenhagen"), a candidate
# campaigns there ("had campaigned in Detroit and East Lansing")
PERFORMING_VERBS = frozenset({"play", "perform", "campaign", "dance", "sing"})
# where someone was held, the traveller was: "was seized in the Strait of Hormuz", "his
# arrest in Manila" (told in the passive or owned, not "forces seized the town")
CUSTODY_LEMMAS = frozenset(
    {"seize", "seizure", "arrest", "detain", "detention", "capture", "kidnap", "abduct"}
)
# where a ship or convoy was attacked, the passive's subject was: "was attacked off Hodeidah"
VICTIM_LEMMAS = frozenset({"attack", "hijack", "intercept", "strike", "hit", "target"})
# work a ship does in port: "had loaded crude in Basra"
PORT_WORK_LEMMAS = frozenset({"load", "unload", "offload", "pick"})  # "picked up trucks at X"
# a team's result told with its score was played where it is placed ("a 2-1 defeat by
# Liverpool at Lincoln Financial Field in Philadelphia")
RESULT_NOUNS = frozenset({"defeat", "win", "victory", "draw", "loss", "triumph"})
# a game's result told by a verb with its score after it: the team played where it is placed
# ("beat the Warriors 3-2 in overtime in Moose Jaw", "drew 1-1 at Anfield")
RESULT_VERBS = frozenset("beat defeat edge rout thrash upset win lose draw".split())
# the part of a game a result came in: "won 3-2 in overtime in Moose Jaw"
GAME_TIME_NOUNS = frozenset("overtime shootout penalties tiebreak tiebreaker".split())
_SCORE_AFTER_RE = re.compile(r"^[^.;:]{0,40}?\b\d{1,2}\s*[-–]\s*\d{1,2}\b")
_SCORE_BEFORE_RE = re.compile(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\s*$")
_TRIP_START_RE = re.compile(
    r"\b(?:began|begun|begin|begins|beginning|started|start|starts|starting|"
    r"kick(?:s|ed|ing)?\s+off|launch(?:es|ed|ing)?|open(?:s|ed|ing)?)\b"
)
_TRIP_CLOSE_RE = re.compile(
    r"\b(?:clos|end|finish|conclud|wrap|complet)\w*(?:\s+up)?\s+"
    r"(?:the\s+|their\s+|its\s+|his\s+|her\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$"
    # "played the last concert of her farewell tour in Puerto Montt"
    r"|\b(?:last|final|closing)\s+(?:[\w-]+\s+){0,2}of\s+(?:the|their|its|his|her|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
# "before ending in Santa Clara", "wraps up in Manila": where a trip ends
_TRIP_END_RE = re.compile(
    r"\b(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?|conclud(?:es|ed|ing)|wrap(?:s|ped|ping)?\s+up)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:on|at|in)\s+(?:the|a)\s+(?:[\w-]+\s+){1,2}?)?"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)  # (a venue in the town: "end the trip on the beach at Bengkulu")
LEAVE_LEMMAS = frozenset({"leave", "depart"})
BOARDING_LEMMAS = frozenset({"board"})  # "boarded the train at Przemysl": a departure
_AREA_AFTER_RE = re.compile(r"\s+(?:states|countries|nations|region|republics)\b")
PORT_CALLS = frozenset({"call", "put"})
# "put in at Ponta Delgada", "went on to Brazzaville": verbs that move only with these words
# after them and a place name next
_PUT_IN_RE = re.compile(r"^\s+in\s+(?:at|to)\s+(?:the\s+)?[A-Z]")
_GO_TO_RE = re.compile(r"^\s+(?:on\s+|back\s+|home\s+)?(?:to|into)\s+(?:the\s+)?[A-Z]")
# a traveller's public appearance places them: "speaking to union workers in Youngstown",
# "addressed the parliament in Kyiv"
APPEARING_VERBS = frozenset({"speak", "address", "celebrate"})
# a traveller's public appearance told by its noun, held or given by the traveller or told as
# a step of the trip: "held his first rally outside the station in Daejeon", "ended the tour
# with a rally in Daegu", "After a second concert in Mary" (not "a rally in Dhaka drew
# thousands", whose rally is the subject)
APPEARANCE_NOUNS = frozenset(
    {"rally", "concert", "speech", "recital", "gig", "hall", "lecture", "sermon", "performance"}
)  # "hall": "held a town hall in Sulphur Springs"
HOLDING_VERBS = frozenset({"hold", "give", "stage", "deliver", "play", "address", "headline"})
# nouns of one stretch of a trip, with the way after them: "the leg to Aarhus", "a short run
# to Tornio", "the 150-km hop to Turku"
LEG_WORDS = frozenset({"leg", "stage", "run", "hop", "dash", "climb", "trek", "sprint"})
LEG_WAYS = frozenset({"to", "from", "into"})
# a way told as the subject of the time it took the traveller ("The road east to Ekibastuz,
# a coal town, took him nine hours on Monday")
WAY_TAKEN_NOUNS = frozenset({"road", "drive", "ride", "walk", "climb", "crossing", "journey"})
_TOOK_SOMEONE_RE = re.compile(r"[^.;]{0,120}?\btook\s+(?:him|her|them|us|me)\b", re.IGNORECASE)
RITE_VERBS = frozenset({"celebrate", "lay"})  # "celebrated Mass in Lisbon", "laid a wreath"
# what is laid at a memorial by who came there: "laid a wreath at the war memorial"
WREATH_WORDS = frozenset({"wreath", "wreaths", "flowers", "a", "the", "floral"})
# verbs of carrying that are also common nouns: moves only as verbs ("were bussed from
# Khartoum", "were ferried to Lampedusa")
VEHICLE_VERBS = frozenset({"bus", "buss", "ferry", "shuttle", "truck", "jet"})
# ways of moving that are also common nouns or other senses ("a row over", "the swim"): moves
# only as verbs ("swam past Lausanne", "drifted over Catania", "were deployed from Virginia",
# a flood "cresting in Dresden")
MOTION_VERBS = frozenset(
    {"swim", "wade", "row", "paddle", "drift", "deploy", "redeploy", "crest", "peak", "moor"}
    | {"anchor", "wad"}  # the model's lemma of "waded"
    | {"descend"}  # "swarms of locusts descended on the outskirts of Jaipur"
    | {"berth"}  # a ship made fast: "berthed at Piraeus", as "docked at"
    | {"overnight", "overnighte"}  # a night's stay on the way: "overnighted in Porto" (the
    # model's lemma)
    | {"emigrate", "immigrate", "migrate", "relocate"}  # a move to live elsewhere
    | {"roll"}  # "rolled up the ramp of Constitution Hill", "tanks rolled into Kherson"
    | {"portage"}  # a boat carried past a dam or rapids: "portaged around the dam at X"
)
# a verb's senses of making or undoing, with these particles and an object: "rolled out a
# vaccine in Kenya", "rolled back price controls"
UNDOING_PARTICLES = frozenset({"out", "back"})
# verbs of staying put on the way: "camped at Rungis", "waited two days in Inverness for a
# spare part", "sheltered in Kirkwall", "hid in the museum at closing time"
STAYING_VERBS = frozenset(
    "camp wait shelter bivouac overwinter hide sleep lodge graze park".split()
)
# verbs of taking on a load where the loader stands: "had collected a load of cooking oil at
# the port of Mombasa", "loaded 40 tonnes of maize at Kisumu", "picked up mail in Tromso"
LOADING_VERBS = frozenset("collect load pick fetch".split())
# ground a herd grazes where it stays: "The cows grazed the heath outside Karup"
GRAZED_GROUND = frozenset("heath heaths meadow meadows pasture pastures field fields grass".split())
# verbs of an act the doer is present at, told at a venue in a town ("sang in a concert hall
# in Vanadzor")
ACTS_AT_A_VENUE = PERFORMING_VERBS | APPEARING_VERBS | STAYING_VERBS | {"shoot"}
STAY_PLACE_CUES = frozenset({"in", "at", "near", "outside", "on", "inside"})
# a part of the traveller's own vehicle or gear that fails on the way: "his frame cracked on a
# pothole outside Tamale", "her engine seized in Split", "its rudder snapped off Mindelo"
BREAKDOWN_LEMMAS = frozenset("crack seize snap burst overheat puncture jam".split())
VEHICLE_PARTS = frozenset(
    "engine frame axle tyre tire wheel chain gearbox clutch brake brakes spring radiator "
    "battery sail mast rudder propeller motor pump hull fork pedal pedals derailleur "
    "suspension exhaust windscreen windshield gasket".split()
)
# verbs that keep someone somewhere for a time: "Heavy rain kept her in Nagoya for two days"
KEEPING_VERBS = frozenset({"keep", "strand", "trap", "hold"})
# a change of vehicle on the way: "changed planes in Doha", "switched trains at Hamm"
CHANGING_VERBS = frozenset({"change", "switch"})
CHANGED_VEHICLES = frozenset(
    "plane planes train trains bus buses flight flights aircraft ship ships boat boats crews "
    "crew horses locomotives engines drivers pilots".split()
)
# the end of a migration or a search for a home: "settled in the mountains above Trento"
# (not "settled the dispute", with an object)
SETTLING_VERBS = frozenset({"settle"})
# nouns a welcome or greeting is given to when no person is named ("welcomed the leaders")
HUMAN_NOUNS = frozenset(
    "leader leaders delegation delegations guest guests visitor visitors president minister "
    "counterpart counterparts king queen pope prince princess chancellor premier envoy envoys "
    "official officials team delegate delegates head heads ambassador ambassadors".split()
)
# who leads a group, told after the group's name ("the troupe's founder")
GROUP_LEADER_NOUNS = frozenset(
    "founder founders captain coach manager director owner chairman chairwoman".split()
)
HOSTING_LEMMAS = frozenset({"welcome", "greet", "host", "receive"})
# a relative or friend who comes to the traveller: "where his daughter Camille joined him"
JOINING_LEMMAS = frozenset({"join"})
# a relative waiting for the traveller: "where his mother was waiting for them"
WAITING_LEMMAS = frozenset({"wait"})
# what a host waits to do: "was waiting to greet them", "waiting to shake their hands"
WELCOMING_LEMMAS = HOSTING_LEMMAS | frozenset({"shake", "meet", "hug", "embrace", "congratulate"})
# a reunion with relatives: "into the arms of his mother", "hugged her daughters"
REUNION_LEMMAS = frozenset({"arm", "arms", "hug", "embrace", "reunite"})
KIN_NOUNS = frozenset(
    "mother father parents wife husband son daughter daughters sons brother sister "
    "grandmother grandfather family uncle aunt cousin fiancee fiancé fiancée "
    "child children kids grandchildren brothers sisters granddaughter grandson "
    "granddaughters grandsons grandparents nephew niece nephews nieces partner".split()
)
# who waits for a traveller of their own: relatives, and friends ("His childhood friend
# Kairat Bekov ... was waiting for him at the old harbour")
WAITING_COMPANIONS = KIN_NOUNS | frozenset(
    "friend friends comrade comrades colleague colleagues classmate classmates teammate "
    "teammates fiance fiancee fiancé fiancée girlfriend boyfriend".split()
)
# the traveller's relatives travel on their own
RELATIVE_NOUNS = frozenset(
    "brother brothers sister sisters wife husband son sons daughter daughters mother father "
    "parents cousin cousins uncle aunt nephew niece spouse".split()
)
CALLING_ON_LEMMAS = frozenset({"meet", "visit"})  # "flew in to meet her", "visited him"
# a mover seen somewhere: "was last seen at Crosshaven", "photographed her breaching off"
SIGHTING_LEMMAS = frozenset({"spot", "sight", "see", "photograph", "film", "find", "discover"})
SIGHTING_ADVERBS = frozenset({"first", "last", "later", "again", "then", "also", "briefly"})
SIGHTING_CUES = frozenset({"off", "near", "in", "at", "on", "over", "outside", "around"})
SEEN_PRONOUN = "<pronoun>"  # the object of a sighting is "her", "him", "it" or "them"
# the lemmas a greeting of the traveller opens with (`_guest_pronoun`, `_welcomed`)
GREETING_LEMMAS = HOSTING_LEMMAS | JOINING_LEMMAS | CALLING_ON_LEMMAS
SIGNING_LEMMAS = frozenset({"sign"})
# a person name right before a title is a nationality adjective ("Lithuanian President X")
TITLE_WORDS = frozenset(
    "president prime foreign minister chancellor king queen leader premier defence defense "
    "secretary envoy ambassador counterpart official officials army navy".split()
)
# subjects that go along with the traveller before them ("the ship", "the delegation"), unless
# they name bystanders
BYSTANDER_NOUNS = frozenset(
    "officials people residents forecasters police authorities witnesses experts analysts "
    "crowds locals reporters critics observers fans supporters spectators families onlookers "
    "villagers neighbours neighbors".split()
)
# words between a preposition and its place that do not change its role ("in southern Italy")
_QUALIFIER_RE = re.compile(
    r"(?:north|south|east|west)\w*|central|coastal|neighbou?ring|nearby|downtown|rural|remote"
    r"|ancient|historic"
)
SYNTAX_TYPES = frozenset({"travel", "meeting"})
_PARAGRAPH_RE = re.compile(r"\n\s*\n|\n\s*[•·*-]\s")


CUE_WORDS = ORIGIN_CUES | WAYPOINT_CUES | DESTINATION_CUES | VENUE_CUES


@dataclass(frozen=True)
class _Trigger:
    token: Token
    event_type: str
    # the place a sentence opens with, where the traveller was ("In Pristina ... he urged")
    there: Place | None = field(default=None, compare=False)


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """spaCy's sentences, split again at blank lines and bullets (headlines, teasers)."""
    spans: list[tuple[int, int]] = []
    for sent in doc.sents:
        start = sent.start_char
        for brk in _PARAGRAPH_RE.finditer(span_text(sent)):
            end = sent.start_char + brk.start()
            if doc_text(doc)[start:end].strip():
                spans.append(_trim(doc_text(doc), start, end))
            start = sent.start_char + brk.end()
        if doc_text(doc)[start : sent.end_char].strip():
            spans.append(_trim(doc_text(doc), start, sent.end_char))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def canonical_people(doc: Doc) -> dict[str, str]:
    """Map every person-name form to its fullest form in the document (Kim -> Kim Jong Un);
    of two full names as long, the one told first ("Abena Owusu ... her father, Kwaku Owusu
    ... Owusu said": Abena), so that the reading never hangs on the order of a set."""
    first_told: dict[str, int] = {}
    for e in doc_entities(doc):
        if e.label_ == "PERSON" and "\n" not in e.text and not opens_with_a_feature_word(e):
            # (not "Lake Malawi", whose "Malawi" names no one)
            first_told.setdefault(_clean_name(e.text), e.start_char)
    aged = _aged_names(doc)
    for name, at in aged.items():
        if not any(name in told or _a_title_before(told, name) for told in first_told):
            first_told.setdefault(name, at)  # (not when told in full: "Gul Ahmad Noorzai",
            # "Father Geraldo Pimenta" of the told "Geraldo Pimenta"; but "Amra Hodzic" of
            # the model's "Hodzic", "Anselmo da Rosa Pereira" of its "Rosa Pereira")
    canon: dict[str, str] = dict(_split_names(doc))
    canon.update(_trade_word_openings(doc))
    untold = len(doc_text(doc))  # (a name only joined from parts sorts after those told)
    names = sorted(
        {*first_told, *canon.values()}, key=lambda n: (-len(n), first_told.get(n, untold), n)
    )
    for name in names:
        if name in canon:
            continue
        canon[name] = name
        for short in names:
            words = short.split()
            full = name.split()
            if short not in canon and len(words) == 1 and words[0] in (full[0], full[-1]):
                canon[short] = name
            elif short not in canon and len(words) > 1 and _aged_tail(short, name, aged):
                canon[short] = name  # "Rosa Pereira", the model's, of "Anselmo da Rosa
                # Pereira, a 64-year-old cattle hand"
    return canon


def _aged_names(doc: Doc) -> dict[str, int]:
    """Names told with an age ("Swartbooi, 47, a farmworker"), the model's tags aside, and the
    full names ending in one ("Johannes Swartbooi"), by where each is first told."""
    text = doc_text(doc)
    aged = {m.group(1): m.start() for m in _AGED_NAME_RE.finditer(text)}
    found: dict[str, int] = {}
    for surname in aged:
        full = _rx_full_name(surname)
        for match in full.finditer(text):
            words = match.group(1).split(" ")
            while len(words) > 1 and words[0].casefold() in TRADE_WORDS | NAME_TITLES:
                words = words[1:]  # "Driver Wilber Quispe"
            if len(words) > 1 and words[0] not in MONTH_WORDS:
                found.setdefault(" ".join(words), match.start())
        found.setdefault(surname, aged[surname])
    return found


def _aged_tail(short: str, name: str, aged: dict[str, int]) -> bool:
    """The short name ends the longer one, a name told with an age."""
    return name in aged and name != short and name.endswith(f" {short}")


def _a_title_before(told: str, name: str) -> bool:
    """The name is a full name the model tagged with one more capitalised word before it
    ("Father" of "Father Geraldo Pimenta")."""
    extra = name.removesuffix(told).strip()
    return " " in told and name.endswith(told) and bool(extra) and " " not in extra


def _rx_full_name(surname: str) -> re.Pattern[str]:
    given = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+"
    particle = r"(?:(?:da|de|do|dos|das|di|van|von|der|den|al|el|bin|ibn|la|le)\s)?"
    return re.compile(
        rf"(?<![\w'’-])((?:{given}[- ]{particle}){{1,3}}" + re.escape(surname) + r")\b"
    )  # ("Anselmo da Rosa Pereira")


# a name, its age and a description in lower case: "Swartbooi, 47, a farmworker", "Amra
# Hodzic, a 33-year-old riding instructor"
_AGED_NAME_RE = re.compile(
    r"\b([A-Z][a-z'’-]{2,}),\s+(?:\d{1,3},(?=\s+[a-z])|an?\s+\d{1,3}-year-old\b)"
)
MONTH_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec On In At The".split()
)


def _trade_word_openings(doc: Doc) -> dict[str, str]:
    """A person's name tagged with the trade word opening its sentence ("Fisherman Ramesh
    Solanki") -> the name without it."""
    return {
        _clean_name(e.text): _clean_name(e[1:].text)
        for e in doc_entities(doc)
        if e.label_ == "PERSON" and len(e) >= 3 and _common_noun_opening(e[0])
    }


def _split_names(doc: Doc) -> dict[str, str]:
    """Each part of a name the model tagged as two people side by side ("Samia Suluhu" and
    "Hassan" of "President Samia Suluhu Hassan") -> the whole name."""
    people = [e for e in doc_entities(doc) if e.label_ == "PERSON" and "\n" not in e.text]
    joined: dict[str, str] = {}
    for first, second in itertools.pairwise(people):
        if first.end != second.start or first.text.endswith(("'s", "’s")):
            continue
        if any(t.is_lower for t in first):
            continue  # "Tuareg trader" before "Ibrahim Ag Alhassane": a description
        whole = f"{first.text} {second.text}"
        joined[_clean_name(first.text)] = joined[_clean_name(second.text)] = _clean_name(whole)
    return joined


def _clean_name(text: str) -> str:
    """The name without an owner's mark or an opening "The" the model ran into it ("The Nusa
    Sehat, run by a charity, sailed")."""
    return _OPENING_THE_RE.sub("", re.sub(r"(?:'s|’s)$", "", text.strip()))


_OPENING_THE_RE = re.compile(r"^The\s+(?=[A-Z])")


def extract_events(
    doc: Doc, places: Sequence[Place], sections: list[Section], published: date | None
) -> list[Event]:
    """One event per (trigger, place) pair; triggers without a place are kept too
    (statements excepted). "The next day" counts from the last day-precise date before it in
    the same section of the article."""
    people = _people_of(doc)
    events: list[Event] = []
    anchors: dict[str, date | None] = {}  # section kind -> last day-precise date so far
    in_sentence = _places_between(places)
    doc.user_data[_PLACED_KEY] = _places_between(places)
    named: set[str] = set()  # the people named so far
    introduced = ""  # a person named for the first time in the sentence before, who did nothing
    told: list[DateMention] | None = None  # the dates the text names by month and day
    for start, end in sentence_spans(doc):
        section = section_at(sections, start).kind
        dates = find_dates(doc_text(doc)[start:end], published, start, anchors.get(section))
        if anchors.get(section) and any(a_bare_weekday(d) for d in dates):
            told = explicit_days(doc_text(doc), published) if told is None else told
            dates = [weekday_in_the_telling(d, anchors.get(section), told) for d in dates]
        sentence = doc_text(doc)[start:end]
        anchors[section] = _clock_after(sentence, start, dates, anchors.get(section))
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        sentence_places = in_sentence(start, end)
        made = _sentence_events(span, sentence_places, dates, people, section, introduced)
        events.extend(made)
        introduced = _introduction(span, people, named, made, sentence_places)
    doc.user_data.pop(_TRIGGERS_KEY, None)  # used once
    return events


def _clock_after(
    sentence: str, start: int, dates: list[DateMention], anchor: date | None
) -> date | None:
    """The day the telling has reached after the sentence (which starts at `start` in the
    text): its last day, or the day before it, moved on by a stay the sentence tells after
    that day ("there Pasa had spent more than a week", so "two days later" is nine days on,
    not two)."""
    days = [d for d in dates if d.value is not None and d.precision == "day"]
    clock = days[-1].value if days else anchor
    if clock is None:
        return None
    stay = stay_told(sentence, days[-1].end - start if days else 0)
    return clock + stay if stay is not None else clock


def _group_set_apart(token: Token, span: Span, actors: list[tuple[int, str]]) -> str:
    """The common noun a sentence opens with, when the people it names come only after a
    contrast told after the verb ("The convoy will drive on to Lyon, but Martin said he would
    stay in Dijon": the convoy goes on, not Martin); "" otherwise."""
    text = doc_text(span.doc)
    opening = _GROUP_OPENING_RE.fullmatch(text, span.start_char, token.idx)
    if opening is None or not actors:
        return ""
    contrast = _CONTRAST_RE.search(text, token.idx, span.end_char)
    if contrast is None or any(span.doc[i].idx < contrast.end() for i, _ in actors):
        return ""
    return opening.group(1)


_GROUP_OPENING_RE = re.compile(r"The\s+([a-z]+)\s+(?:[a-z]+\s+){0,2}")
_CONTRAST_RE = re.compile(r",\s*(?:but|while|whereas)\s+(?=[A-Z])")


def _introduction(
    span: Span,
    people: dict[str, str],
    named: set[str],
    made: Sequence[Event],
    places: Sequence[Place],
) -> str:
    """The one person a sentence names for the first time, when it tells no event and no
    words of theirs ("Among the passengers was Rachel Lavoie, a nurse from Ohio."), or the
    one person it names as the subject opening its last clause, who leads none of its events
    ("They reached Dodoma on April 25, and there Karen Hill fell ill."): the "she" or "he"
    that opens the next sentence is that person. Adds the sentence's people to `named`."""
    at_places = {p.mention.start for p in places}
    ents = [
        e
        for e in _ents_in(span)
        if e.label_ == "PERSON"
        and "\n" not in e.text
        and not _name_of_a_thing(e)
        and not _an_animal_s_name(e)  # "One of his mules, Pearl, threw a shoe": no "he"
        and e.start_char not in at_places  # "They reached Dodoma", Dodoma told as a person
    ]
    here = {people.get(_clean_name(e.text), _clean_name(e.text)) for e in ents}
    new = here - named
    named |= here
    if _SPEECH_RE.search(span_text(span)):
        return ""
    if len(here) > 1 and not made and ents[0].start == span.start and ents[0].label_ == "PERSON":
        # "Luzia Juruna, 52, met Justice Helena Barros in her chambers": the one opening it
        return people.get(_clean_name(ents[0].text), _clean_name(ents[0].text))
    if len(here) != 1:
        return ""
    if made and not _opens_the_last_clause(ents[-1], made, next(iter(here))):
        return ""
    if not made and len(new) != 1:
        return ""
    text = doc_text(span.doc)
    cut = _TITLE_CUT_RE.search(text, max(0, span.start_char - 8), span.start_char)
    if cut and cut.group(1).casefold() in NAME_TITLES | SHORT_TITLES:
        return ""  # "..., said Lt. | Paul Henderson, a police spokesman.": cut at a title
    return next(iter(here))


def _opens_the_last_clause(ent: Span, made: Sequence[Event], person: str) -> bool:
    """The person opens the sentence's last clause ("..., and there Obi came down with a
    fever.") and leads none of its events."""
    if any(e.actors[:1] == (person,) for e in made):
        return False
    text, sentence = doc_text(ent.doc), ent.sent
    lead = text[sentence.start_char : ent.start_char]
    rest = text[ent.end_char : sentence.end_char]
    return bool(_LAST_CLAUSE_LEAD_RE.search(lead)) and not _CLAUSE_BREAK_RE.search(rest)


# the opening of a last clause before its subject: ", and there", "; then", ", but"
_LAST_CLAUSE_LEAD_RE = re.compile(r"(?:,\s*(?:and|but)|;)\s+(?:(?:there|then)\s+)?$")
_CLAUSE_BREAK_RE = re.compile(r"[,;]\s+(?:and|but|while)\b|;")


def _name_of_a_thing(ent: Span) -> bool:
    """A person's name that names a thing ("laid flowers at the Terry Fox monument", "the
    Nelson Mandela bridge", "A Garratt steam locomotive"): after an article and before a word
    in lower case, nobody is there."""
    doc = ent.doc
    at = ent.start
    while at > 0 and doc[at - 1].pos_ == "ADJ" and doc[at - 1].is_lower and ent.start - at < 2:
        at -= 1  # "the medieval Olavinlinna castle"
    before = doc[at - 1].lower_ if at > 0 else ""
    after = doc[ent.end] if ent.end < len(doc) else None
    return before in {"the", "a", "an"} and after is not None and after.is_lower and after.is_alpha


def _an_animal_s_name(ent: Span) -> bool:
    """A name told after an animal and a comma ("One of his mules, Pearl", "his lead dog,
    Rex"): read on the tokens, as the sentence may not be parsed."""
    doc, at = ent.doc, ent.start
    return at >= 2 and doc[at - 1].text == "," and doc[at - 2].lower_ in ANIMAL_NOUNS


ANIMAL_NOUNS = frozenset(
    f"{animal}{plural}"
    for animal in (
        "mule horse pony mare stallion donkey camel dog husky ox bull cow goat sheep elephant "
        "cat falcon pigeon parrot".split()
    )
    for plural in ("", "s")
) | {"oxen", "ponies", "huskies", "sheep"}


def _untagged_holder_of_the_office(subject: Token, actors: list[tuple[int, str]]) -> str:
    """The name closing an office's title with its portfolio ("Minister of State for Health
    Aoife Brennan", "Secretary for Trade Niamh Kelly"), when the model tagged no person
    there: two capitalised words or more after the portfolio."""
    if subject.lemma_.casefold() not in PORTFOLIO_HOLDERS:
        return ""
    if any(subject.left_edge.i <= i <= subject.right_edge.i for i, _ in actors):
        return ""
    for prep in (t for t in subject.subtree if t.dep_ == "prep" and t.lower_ in {"for", "of"}):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            words = [t for t in obj.lefts if t.dep_ == "compound"] + [obj]
            while words and words[0].lower_ in PORTFOLIO_WORDS | {"and", "state"}:
                words = words[1:]
            if len(words) >= 2 and all(t.text.istitle() for t in words):
                return " ".join(t.text for t in words)
    return ""


PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", "commissioner", "envoy"})
PORTFOLIO_WORDS = frozenset(
    "trade health finance defence defense justice education agriculture energy culture "
    "transport environment foreign home interior labour labor affairs industry tourism "
    "commerce economy development security immigration".split()
)


def _named_body(subject: Token) -> bool:
    """A subject that names a club, company or other body: an organisation's name, or a
    name the model tagged as nothing ("Feyenoord were held to a draw")."""
    return (
        subject.pos_ == "PROPN"
        and subject.ent_type_ in {"ORG", ""}
        and subject.text[:1].isupper()
        and not subject.text.isupper()
    )


def _team_told_as_a_person(ent: Span) -> bool:
    """A club the model tagged as a person: told after a noun of teams ("Indonesian champions
    Persib Bandung", "their rivals Buriram United") or ending in a word of club names
    ("Buriram United", "Hearts FC")."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(0, ent.start - 2) : ent.start]]
    return any(w in TEAM_NOUNS for w in before) or ent[-1].text in CLUB_NAME_WORDS


TEAM_NOUNS = frozenset(
    "champions club clubs side team teams rivals opponents holders hosts visitors "
    "runners-up".split()
)
CLUB_NAME_WORDS = frozenset(
    "United FC AFC CF SC Rovers Wanderers Athletic Albion Hotspur Rangers Olympique".split()
)


def _names_a_day(ent: Span) -> bool:
    """A person's name before "Day" or "Eve": a holiday ("St Patrick's Day", "Martin Luther
    King Day", "St Andrew's Eve"), nobody taking part in the story."""
    doc = ent.doc
    end = ent.end + (ent.end < len(doc) and doc[ent.end].lower_ in {"'s", "’s"})
    return end < len(doc) and doc[end].text in {"Day", "Eve", "Day's"}


def _names_a_place_or_thing(ent: Span) -> bool:
    """A name told as a person's that names a place or a thing: after "the" and before a
    word in lower case that is no verb ("flew to the Chkalovsky air base", "lifted off from
    the Zeppelin hangar", "crossed the Drina into Bosnia"), not a lower-case word the model
    took for a name ("the lorry crossed")."""
    if _a_stretch_of_a_river(ent):
        return True
    if not _name_of_a_thing(ent) or not ent.text[:1].isupper():
        return False
    return ent.doc[ent.end].pos_ not in {"VERB", "AUX"}


def _a_stretch_of_a_river(ent: Span) -> bool:
    """ "a fixture on the lower Danube", "the upper Mekong": a river told by its stretch,
    never a person."""
    doc, at = ent.doc, ent.start
    return at >= 2 and doc[at - 1].lower_ in STRETCH_WORDS and doc[at - 2].lower_ == "the"


STRETCH_WORDS = frozenset({"lower", "upper", "middle"})


_TITLE_CUT_RE = re.compile(r"\b([A-Z][a-z]{0,3})\.\s*$")  # "Lt." (not "Hill.", a name)
# short titles NAME_TITLES lacks ("Maj.", "Supt.")
SHORT_TITLES = frozenset("maj pvt cpl adm det insp supt st fr brig".split())
_SPEECH_RE = re.compile(r"\b(?:said|says|told|tells|added|according|asked|quoted)\b")
_HE_OR_SHE_RE = re.compile(r"(?:He|She)\s")


def _sentence_events(
    span: Span,
    places: list[Place],
    dates: list[DateMention],
    people: dict[str, str],
    section: str,
    introduced: str = "",
) -> list[Event]:
    """The events of one sentence; `introduced` is a person the sentence before named for the
    first time (see `_introduction`)."""
    worth_a_guess = is_parsed(span) or bool(dates)
    if not (worth_a_guess or _may_greet(span)):
        return []  # no trigger there can greet a guest (see `_greeting`): skip the scan
    triggers = sorted(_sentence_triggers(span, places), key=lambda t: t.token.i)  # (in the
    # telling: the passes over the words find them out of order)
    if not triggers:
        return []
    if not (worth_a_guess or _greeting(triggers)):
        return []  # an unparsed sentence without place or date: nothing worth a guess
    actors = _actors(span, people, places)
    welcomed = any(t.event_type == "meeting" and _welcomed(t.token) for t in triggers)
    if not (worth_a_guess or actors or welcomed):
        return []  # a greeting with nobody named to greet; but "Novak, 29, was received by
        # the city's mayor" welcomes the traveller told before, even with no person tagged
    dates = [d for d in dates if not _in_dateline(doc_text(span.doc), span.start_char, d)]
    dates = [d for d in dates if not _describes_a_place(doc_text(span.doc), places, d)]
    dates = [d for d in dates if not _inside_a_place_name(places, d)]
    owned_dates = _assign_dates(triggers, dates, doc_text(span.doc))
    by_trigger = _places_by_trigger(span.doc, triggers, places)
    events: list[Event] = []
    for trigger in triggers:
        when = _set_out_before(span, trigger, dates) or owned_dates.get(trigger.token.i)
        when = when or _counted_back(span, trigger, dates)
        when = when or _date_of_the_verb_of(trigger, owned_dates)  # "on Monday held talks"
        attached = by_trigger[trigger.token.i]
        if not attached and trigger.event_type == "statement":
            continue
        if trigger.event_type == "travel" and _a_thing_bound_for(trigger.token):
            continue  # "the sacks were stacked into a refrigerated box bound for Europe"
        if trigger.event_type == "travel" and _others_before(trigger.token, span):
            continue  # "Many have relatives in Cairo, and some had flown there": not the mover
        who = _order_actors(actors, trigger) or _subject_phrase(trigger.token, span)
        if _played_somewhere(trigger.token):
            who = (PRONOUN_ACTOR,)  # "the second Test will be played in Pune": the team's stop
        elif trigger.event_type in {"travel", "meeting"} and _narrated(trigger.token, span):
            who = (NARRATOR, *who)  # "We set sail from Bergen": the writer travels
        elif trigger.event_type in {"travel", "meeting"} and (
            bound := _pronoun_bound_in_sentence(trigger.token, span, actors)
        ):
            who = (bound, *(n for n in who if n != bound))  # "Ariel Henry ... has been stuck in
            # Puerto Rico since he was barred from landing in the Dominican Republic"
        elif trigger.event_type == "travel" and (
            noun := _main_noun_of_pronoun(trigger.token, span)
        ):
            who = (noun, *who)  # "The remains had been kept in Khe Sanh until Monday, when
            # they were driven to Da Nang": they are the remains
        elif trigger.event_type == "travel" and _pronoun_after_a_named_object(
            trigger.token, span, actors
        ):
            who = (introduced or PRONOUN_ACTOR, *who[1:])  # "10 days after the fall of Bashar
            # Assad, he pulled up outside it in a minibus loaded with mattresses": he moves
        elif trigger.event_type == "travel" and lemma_of(trigger.token) in BREAKDOWN_LEMMAS:
            who = (_part_owner(trigger.token),)  # "his frame cracked": his stop, not the frame's
        elif trigger.event_type == "travel" and (cargo := _sent_by_carrier(trigger.token, span)):
            who = (cargo,)  # "the frame travelled north by bus through Atakpamé": a thing sent
        elif trigger.there is not None and _companion_subject(trigger.token, span):
            who = (PRONOUN_ACTOR,)  # "At Sekadau the nephew sold the rice": the party was there
        elif trigger.event_type in {"travel", "meeting"} and _pronoun_subject(trigger.token, span):
            who = (introduced or PRONOUN_ACTOR, *who)  # "He will travel to Manila": filled by
            # carry_actors, or the person the sentence before introduced
            if introduced and not _HE_OR_SHE_RE.match(span_text(span)):
                who = (PRONOUN_ACTOR, *who[1:])  # not "It" or "They", nor a pronoun further on
        elif trigger.event_type == "travel" and _signal_subject(trigger.token) is not None:
            who = (PRONOUN_ACTOR,)  # "his signal has come from the slopes east of Trento": he
        elif trigger.event_type == "travel" and (seen := _sighted_object(trigger.token)):
            who = (
                (PRONOUN_ACTOR,) if seen == SEEN_PRONOUN else (seen,)
            )  # "photographed her breaching
            # off Mancora": she was there, not the crew who took the picture
        elif trigger.event_type == "travel" and (kept := _kept_one(trigger.token)):
            who = (PRONOUN_ACTOR,) if kept == SEEN_PRONOUN else (kept,)  # "Heavy rain kept
            # her in Nagoya": she stayed there, not the rain
        elif trigger.event_type == "travel" and (
            group := _group_set_apart(trigger.token, span, actors)
        ):
            who = (group,)  # "The caravan will go on to Puebla, but Reyes said she would ..."
        elif trigger.event_type == "travel":
            who = _mover_first(who, trigger, span, actors, people)
            if (
                trigger.token.pos_ == "NOUN"
                and who
                and any(_a_town_named(p, who[0]) for p in places)
            ):
                who = (PRONOUN_ACTOR, *who[1:])  # "Savanna-la-Mar, on the south-west coast,
                # drew the biggest crowd of the tour": the town is where, not who (but
                # "Liverpool travel on to Pittsburgh": a club named after its town)
            if attached:  # a thing brought nowhere named is no mover ("bringing the front
                # line to the edge of a town": the units that pushed on still move)
                who = _carried_first(who, trigger.token, span, people)
        elif trigger.event_type == "meeting" and (
            _guest_pronoun(trigger.token)
            or trigger.token.lemma_.casefold() in WAITING_LEMMAS | REUNION_LEMMAS
        ):
            who = (PRONOUN_ACTOR, *who)  # "De Croo greeted him on the tarmac": the traveller
        elif trigger.event_type == "meeting":
            who = _with_passive_guest(who, trigger.token, span, people)
        if trigger.event_type in {"travel", "meeting"}:
            who = _group_first(who, trigger.token, span)
            who = _without_place_words(who, places, people)
        previous: Event | None = None
        made: list[Event] = []
        listed: DateMention | None = None  # the last date told right after one of its places
        for place in attached or [None]:  # type: ignore[list-item]
            own = _date_after(place, dates, doc_text(span.doc)) if place else None
            listed = own or listed
            event = _event(span, trigger, place, own or _later(listed, when), who, section)
            if own is None and event.role == "origin" and _end_of_the_trip(trigger.token):
                event = replace(event, date=None, date_text="", date_precision="unknown")
            if previous is not None and _listed_after(span.doc, previous, event):
                event = replace(event, role=previous.role)  # "to Serbia and Hungary"
            made.append(event)
            previous = event
        described = _described_by_arrival(span, trigger, places, made)
        if described is not None:  # "Baghdad, where he had arrived from Tehran"
            made.append(
                replace(_event(span, trigger, described, when, who, section), role="destination")
            )
        there = _place_there(span, trigger, places, made)
        if there is not None:  # "flew in from the Rwandan capital and is due to return there"
            made.append(
                replace(_event(span, trigger, there, when, who, section), role="destination")
            )
        venue = _implied_venue(span, trigger, made, events, places)
        if venue is not None:
            placed = [e for e in made if e.place is not None]
            made = [*placed, replace(made[0], place=venue, role="venue")]
        events.extend(_finer_venue(span, e, places) if e.role == "venue" else e for e in made)
    return events


def _end_of_the_trip(token: Token) -> bool:
    """The trigger names a whole trip whose end the sentence dates ("swam to the island on
    Wednesday, the end of a six-week trek from ... Karasjok"): its start is not that day."""
    lead = doc_text(token.doc)[max(0, token.idx - 50) : token.idx]
    return bool(_END_OF_A_TRIP_RE.search(lead))


_END_OF_A_TRIP_RE = re.compile(
    r"\b(?:end|close|finish|last\s+day)\s+of\s+(?:a|an|the|their|his|her|its)\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _place_there(
    span: Span, trigger: _Trigger, places: list[Place], made: list[Event]
) -> Place | None:
    """The place a move "there" goes to: the last place named before it in its sentence ("flew
    in from the Rwandan capital on Tuesday and is due to return there on Thursday"), when the
    move has no destination of its own."""
    token = trigger.token
    if trigger.event_type != "travel" or token.lemma_ in LEAVE_LEMMAS:
        return None
    if any(e.role in {"destination", "waypoint"} for e in made if e.place is not None):
        return None
    if not _THERE_RE.match(doc_text(span.doc), token.idx + len(token.text)):
        return None
    before = [p for p in places if p.chosen is not None and p.mention.end <= token.idx]
    return max(before, key=lambda p: p.mention.start, default=None)


_THERE_RE = re.compile(r"\s+(?:back\s+)?there\b(?!\s+(?:is|are|was|were|will|would)\b)")


# a word for a language or a nationality, by its ending ("Greenlandic", "Faroese", "Estonian")
_LANGUAGE_WORD_RE = re.compile(r"[A-Z][a-z]{2,}(?:ic|ian|ese|ish)")


def _without_place_words(
    who: tuple[str, ...], places: list[Place], people: dict[str, str]
) -> tuple[str, ...]:
    """A subject that is only words of a place's name in the sentence, or the whole name, is no
    mover: the parser took "Main" of "the supply ship Frankfurt am Main left the port of
    Incheon" for it, and "Cape Cod" of "Great white shark tagged off Cape Cod turns up"."""
    if who and who[0] in people.values() and any(who[0] == p.mention.text for p in places):
        return who[1:]  # the model's person, read as a place in the sentence ("Cape Cod")
    if who and _LANGUAGE_WORD_RE.fullmatch(who[0]):
        return who[1:]  # a language or nationality word ("adding a few words in Greenlandic")
    if not who or not who[0] or who[0] in people.values():
        return who
    words = who[0].split()
    for place in places:
        inside = place.mention.text.split()
        if len(inside) > len(words) and any(
            inside[i : i + len(words)] == words for i in range(len(inside) - len(words) + 1)
        ):
            return who[1:]
    return who


def _described_by_arrival(
    span: Span, trigger: _Trigger, places: list[Place], made: list[Event]
) -> Place | None:
    """The place a "where" clause describes, when the clause tells an arrival, or a move from
    somewhere, that names no place of arrival ("flew in from Baghdad, where he had arrived
    from Tehran", "began in Nis, where she had flown from Budapest"): it ends there."""
    if trigger.event_type != "travel":
        return None
    from_somewhere = any(e.role == "origin" for e in made)
    if trigger.token.lemma_.casefold() not in ARRIVAL_WORDS and not from_somewhere:
        return None
    if any(e.role == "destination" for e in made):
        return None
    text = doc_text(span.doc)
    before = [p for p in places if p.mention.end <= trigger.token.idx]
    if not before or not _WHERE_LEAD_RE.fullmatch(text[before[-1].mention.end : trigger.token.idx]):
        return None
    return before[-1]


# a "where" clause's opening up to its verb: "Baghdad, where he had arrived"
_WHERE_CLAUSE_RE = re.compile(r",\s*where\s+(?:[\w'’]+\s+){0,3}$")
_WHERE_LEAD_RE = re.compile(r"\s*" + _WHERE_CLAUSE_RE.pattern.removesuffix("$"))


def _counted_back(span: Span, trigger: _Trigger, dates: list[DateMention]) -> DateMention | None:
    """The day of a trigger told a span of time after the sentence's day ("met Netanyahu in
    Jerusalem on Wednesday, a day after talks in Cairo": Tuesday)."""
    text = doc_text(span.doc)
    lead = text[max(span.start_char, trigger.token.idx - 50) : trigger.token.idx]
    after = _SPAN_AFTER_RE.search(lead)
    days = [d for d in dates if d.precision == "day" and d.value is not None]
    if after is None or not days or days[0].start > trigger.token.idx:
        return None
    if any(d.start > trigger.token.idx for d in dates):
        return None  # "after holding talks in St Petersburg on Saturday": a day of its own
    back = span_at_end(_AND_DISTANCE_RE.sub("", lead[: after.start()]) + " ")
    if back is None and trigger.event_type == "meeting":
        back = timedelta(days=1)  # "after attending the BRICS summit in Johannesburg"
    if back is None or days[0].value is None:
        return None
    start = trigger.token.idx - len(lead) + after.start()
    return DateMention(after.group(0), start, start, days[0].value - back, "day")


def _set_out_before(span: Span, trigger: _Trigger, dates: list[DateMention]) -> DateMention | None:
    """The day a trip told by its length after the arrival's day set out ("reached Ölgii on
    Friday after a 15-day drive from Ulaanbaatar": 15 days before that Friday)."""
    text = doc_text(span.doc)
    lead = text[max(span.start_char, trigger.token.idx - 50) : trigger.token.idx]
    found = _LONG_TRIP_RE.search(lead)
    days = [d for d in dates if d.precision == "day" and d.value and d.start < trigger.token.idx]
    if found is None or not days or trigger.token.pos_ != "NOUN":
        return None
    back = span_at_end(f"{found.group(1)} {found.group(2)}s ")
    value = days[-1].value
    if back is None or value is None:
        return None
    start = trigger.token.idx - len(lead) + found.start()
    return DateMention(found.group(0), start, start, value - back, "day")


# a trip's length told as its adjective after "after": "after a 15-day drive"
_LONG_TRIP_RE = re.compile(
    r"\bafter\s+(?:a|an|the|its|his|her|their)\s+(\d{1,2}|[a-z]+)-(day|week|month)\s+$",
    re.IGNORECASE,
)


# the distance told beside a span of time: "two weeks and 600 km after leaving Durban"
_AND_DISTANCE_RE = re.compile(
    r"\s+and\s+(?:(?:about|some|nearly|almost|over|more\s+than)\s+)?[0-9][0-9,.]*\s*"
    r"(?:km|kilometres|kilometers|miles)$"
)
_SPAN_AFTER_RE = re.compile(r"\safter\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _later(listed: DateMention | None, when: DateMention | None) -> DateMention | None:
    """A place told after places with days of their own goes on from the last of them, not
    back to the verb's day ("rode through Florence on May 29 and Rome on June 2, then followed
    the coast south to Naples")."""
    if listed is None or when is None or listed.value is None or when.value is None:
        return when
    return listed if listed.value > when.value else when


def _date_after(place: Place, dates: list[DateMention], text: str) -> DateMention | None:
    """The date told right after a place, perhaps after its region: "to Las Vegas on May 11",
    "to Glendale, Arizona, on May 7"."""
    for when in dates:
        gap = text[place.mention.end : when.start]
        if when.start >= place.mention.end and _PLACE_DATE_GAP_RE.fullmatch(gap):
            return when
    return None


_PLACE_DATE_GAP_RE = re.compile(r"(?:\s*,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*,?\s*(?:on\s+)?")


def _in_dateline(text: str, start: int, when: DateMention) -> bool:
    """The date of a wire story's dateline ("MOSCOW, July 24 (Reuters) -") is when it was
    filed, not when anything in the sentence happened."""
    lead = text[start : when.start]
    after = text[when.end : when.end + 20]
    return bool(_DATELINE_LEAD_RE.fullmatch(lead) and _DATELINE_TAIL_RE.match(after))


_DATELINE_LEAD_RE = re.compile(r"[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s*")
_DATELINE_TAIL_RE = re.compile(r"\s*(?:\([^)]{1,15}\)\s*)?[-–—]")


def _a_town_named(place: Place, name: str) -> bool:
    """The place is a town told by exactly that name (not "Americans" for the United States)."""
    chosen = place.chosen
    return place.mention.text == name and chosen is not None and chosen.kind == "city"


def _inside_a_place_name(places: list[Place], when: DateMention) -> bool:
    """The date's words are part of a place's name ("in May Pen", read as "in May")."""
    return any(p.mention.start < when.end and when.start < p.mention.end for p in places)


def _describes_a_place(text: str, places: list[Place], when: DateMention) -> bool:
    """The date is told in a phrase set after a place to describe it ("docked in Alesund, the
    art nouveau town rebuilt after a fire in 1904"), not when anyone went there."""
    before = [p for p in places if p.mention.end <= when.start]
    if before and _APPOSITION_RE.fullmatch(gap := text[before[-1].mention.end : when.start]):
        return not _TRIP_WORDS_RE.search(gap)  # not "flew in from Mexico City, the last leg
        # of a journey home that began a week ago in Majuro": the trip's day
    if _in_a_which_clause(text, before, when):
        return True  # "rode to Hastings, which, like its neighbour Waterloo, was founded two
        # centuries ago"; not "Bo, which he reached on March 10"
    if len(before) < 2:  # a place named inside the description, before its relative clause:
        return False  # "left Gaziantep, the Turkish city where they had lived since 2013"
    gap = text[before[-2].mention.end : when.start]
    return bool(_APPOSITION_RE.fullmatch(gap) and _RELATIVE_WORD_RE.search(gap))


def _in_a_which_clause(text: str, before: list[Place], when: DateMention) -> bool:
    """The date closes a "which" clause set after a place, in which no one travels."""
    for place in reversed(before):
        gap = text[place.mention.end : when.start]
        if _WHICH_OF_THE_PLACE_RE.fullmatch(gap):
            return not (_TRIP_WORDS_RE.search(gap) or _PERSON_PRONOUN_RE.search(gap))
    return False


_TRIP_WORDS_RE = re.compile(r"\b(?:" + "|".join(sorted(LEG_NOUNS | TRIP_NOUNS)) + r")\b")
_RELATIVE_WORD_RE = re.compile(r"\b(?:where|which|that|who|whose|when)\b")
# a relative clause on a place, up to the date told in it: "Hastings, which, like its
# neighbour Waterloo, was founded"
_WHICH_OF_THE_PLACE_RE = re.compile(r"\s*,\s*which\b[^;.]*")
_PERSON_PRONOUN_RE = re.compile(r"\b(?:he|she|they|we|I|you)\b", re.IGNORECASE)


_APPOSITION_RE = re.compile(r"\s*,\s*(?:the|a|an)\s[^,;.]*")


def _implied_venue(
    span: Span, trigger: _Trigger, made: list[Event], earlier: list[Event], places: list[Place]
) -> Place | None:
    """Where a meeting told without its own venue happens: "Vilnius, where he met …",
    "In Berlin, he held talks …", "flew to Tokyo for talks with …"."""
    if trigger.event_type != "meeting" or any(e.role == "venue" for e in made):
        return None
    text = doc_text(span.doc)
    at = trigger.token.idx
    before = [p for p in places if p.mention.end <= at and p.chosen is not None]
    if before:
        gap = text[before[-1].mention.end : at]
        if re.match(r"[^,.;]{0,30},?\s*where\b[^.;]*$", gap) and not _ERRAND_AFTER_RE.search(gap):
            return _finer_of_pair(text, before)  # "Paris on Sunday, where"; not "from
            # Monterrey, where he works in a factory, to meet her": the errand is elsewhere
    for place in before[:1]:
        lead = text[span.start_char : place.mention.start]
        gap = text[place.mention.end : at]
        if re.fullmatch(r"(?:In|At)\s+(?:the\s+)?", lead) and (
            re.match(r"\s*,?\s*(?:\w+\s+){0,3}$", gap)
            or (len(before) == 1 and not re.search(r"[;:]", gap))
        ):
            return place  # "In Manila, Blinken met …", "In Mombasa he visited … and met …"
    lead = text[max(0, at - 40) : at]
    purpose = re.search(r"\bfor\s+(?:[a-z-]+\s+){0,2}$", lead)
    errand = re.search(r"\bto\s+$", lead)  # "flew to Moscow on Friday to meet Putin"
    if purpose or errand:
        goals = [
            e.place
            for e in earlier
            if e.event_type == "travel"
            and (e.role == "destination" or (e.role == "waypoint" and e.start == span.start_char))
            and e.place is not None
            and e.place.mention.start < at
            and (purpose or e.start == span.start_char)
        ]
        if goals and goals[-1].chosen is not None:
            return goals[-1]  # "flown to Tokyo for talks with …", "stopped in London for talks"
    return None


_ERRAND_AFTER_RE = re.compile(r",\s+(?:in\s+order\s+)?to\s+$")


def _finer_venue(span: Span, event: Event, places: list[Place]) -> Event:
    """A venue given as the division a place named just before it lies in is that place
    ("the Vostochny Cosmodrome in the Amur region, where ... the two leaders held talks"):
    the most specific place wins."""
    venue = event.place
    if venue is None or venue.chosen is None or venue.chosen.kind not in _AROUND_KINDS:
        return event
    before = [p for p in places if p.mention.end <= venue.mention.start and p.chosen is not None]
    finer = _finer_of_pair(doc_text(span.doc), [*before, venue]) if before else venue
    return event if finer is venue else replace(event, place=finer)


def _finer_of_pair(text: str, before: list[Place]) -> Place:
    """The last place named, or the place it locates when it is a country or division ("the
    island of Sal in Cape Verde, where", "Kingston, Jamaica, where")."""
    last = before[-1]
    if len(before) < 2 or last.chosen is None or last.chosen.kind not in _AROUND_KINDS:
        return last
    finer = before[-2]
    gap = text[finer.mention.end : last.mention.start]
    if finer.chosen is None or finer.chosen.kind == "country" or not _IN_PAIR_RE.fullmatch(gap):
        return last
    if last.chosen.kind == "admin" and finer.chosen.kind == "admin":
        return last
    return finer


# kinds of place that hold a finer one named just before them ("Sal in Cape Verde", "the
# Vostochny Cosmodrome in the Amur region", "a village on the Amur")
_AROUND_KINDS = frozenset({"country", "admin", "region", "water"})
_IN_PAIR_RE = re.compile(r"\s*(?:,|\bin(?:\s+the)?)\s*")


def _places_between(places: Sequence[Place]) -> Callable[[int, int], list[Place]]:
    """A look-up of the places whose mention starts in [start, end), in text order, that
    stays fast for documents with thousands of places."""
    ordered = sorted(places, key=lambda p: p.mention.start)
    starts = [p.mention.start for p in ordered]

    def between(start: int, end: int) -> list[Place]:
        return ordered[bisect_left(starts, start) : bisect_left(starts, end)]

    return between


def syntax_sentences(doc: Doc, places: Sequence[Place]) -> list[Span]:
    """Sentences whose events depend on the parse: a place and a movement or meeting trigger
    (the parse decides stop roles, subjects and pronoun travellers; other events take their
    actors from the names in the sentence and their role from the words before the place)."""
    in_sentence = _places_between(places)
    found = []
    kept: dict[tuple[int, int], tuple[list[int], list[_Trigger]]] = {}
    for sent in doc.sents:
        inside = in_sentence(sent.start_char, sent.end_char)
        if not inside:
            if (
                _told_waiting_or_joining(sent)
                or _talks_held(sent)
                or _received_by_an_official(sent)
            ):
                found.append(sent)  # "His parents were waiting on the tarmac", "held talks
                # with Shilongo": a meeting, placed by the story
            continue
        triggers = _triggers(sent, inside)
        kept[(sent.start, sent.end)] = ([id(p) for p in inside], triggers)
        if any(t.event_type in SYNTAX_TYPES for t in triggers) or _told_waiting_or_joining(sent):
            found.append(sent)  # (the kin's wait is told by the parse: "... beside the river")
    doc.user_data[_TRIGGERS_KEY] = kept
    return found


def _told_waiting_or_joining(sent: Span) -> bool:
    """A sentence without a place that may tell the traveller's relatives or an official
    waiting for them, or someone joining them (`_waits_for_the_traveller`,
    `_joins_the_traveller` decide on the parse): worth parsing."""
    return _tells_both(sent, _WAITING_HASHES, _COMPANION_HASHES | _OFFICIAL_HASHES) or _tells_both(
        sent, _JOINED_HASHES, _GUEST_HASHES
    )  # (or an official: "The mayor was waiting for him beside the green"; or anyone joining
    # the traveller: "His daughter joined him at the station")


def _tells_both(sent: Span, some: frozenset[int], others: frozenset[int]) -> bool:
    """The sentence holds a word of each set (by LOWER hash, read from the document's arrays:
    no Token per word)."""
    lower, _, _ = _word_table(sent.doc)
    words = set(lower[sent.start : sent.end])
    return bool(words & some) and bool(words & others)


def _talks_held(sent: Span) -> bool:
    """A sentence without a place that tells talks held ("held talks with Shilongo about the
    region's shortage of paramedics"): worth parsing for the meeting."""
    return _tells_both(sent, _HELD_HASHES, _TALKS_HASHES)


def _received_by_an_official(sent: Span) -> bool:
    """A sentence without a place that may tell an official receiving the traveller ("Earlier
    that day the city's mayor received the troupe's founder ... at city hall"): worth parsing
    for the meeting."""
    return _tells_both(sent, _RECEIVED_HASHES, _OFFICIAL_HASHES)


# who holds an office and so may host or welcome a traveller ("the mayor", "President X")
OFFICE_HOLDERS = frozenset(
    "mayor governor president minister king queen prince princess pope premier chancellor "
    "emperor sultan emir ambassador envoy champion leader".split()
)
_RECEIVED_HASHES = frozenset(
    get_string_id(w) for w in ("received", "receives", "welcomed", "welcomes", "hosted", "hosts")
)
_OFFICIAL_HASHES = frozenset(
    get_string_id(w)
    for w in OFFICE_HOLDERS
    | frozenset(
        "chief prefect regent bishop archbishop oba akim wali rector principal dean director "
        "commissioner chairman chairwoman".split()
    )
)
_HELD_HASHES = frozenset(get_string_id(w) for w in ("held", "hold", "holds", "holding"))
_TALKS_HASHES = frozenset(get_string_id(w) for w in ("talks", "meeting", "meetings"))


WAITING_WORDS = frozenset({"wait", "waits", "waited", "waiting"})
_WAITING_HASHES = frozenset(get_string_id(w) for w in WAITING_WORDS)
_COMPANION_HASHES = frozenset(get_string_id(w) for w in WAITING_COMPANIONS)
_JOINED_HASHES = frozenset(get_string_id(w) for w in ("joined", "joins"))
_GUEST_HASHES = frozenset(get_string_id(w) for w in GUEST_PRONOUNS)


_TRIGGERS_KEY = "geo.triggers"  # per sentence: the ids of its places and its triggers


def _sentence_triggers(span: Span, places: list[Place]) -> list[_Trigger]:
    """The sentence's triggers, as `syntax_sentences` found them when the parser has not
    changed the sentence since (and its places are the same)."""
    kept = span.doc.user_data.get(_TRIGGERS_KEY, {}).get((span.start, span.end))
    if kept is not None and not is_parsed(span) and kept[0] == [id(p) for p in places]:
        return kept[1]
    return _triggers(span, places)


def _listed_after(doc: Doc, previous: Event, event: Event) -> bool:
    """The place follows the previous one in a list ("Port Moresby, Dili and Singapore")."""
    if previous.place is None or event.place is None or event.role not in {"location", ""}:
        return False
    text = doc_text(doc)
    if text.startswith(("'s", "’s"), event.place.mention.end):
        return False  # "Pokrovsk on Monday, Ukraine's military said": an owner, no stop
    if _SAYS_AFTER_RE.match(text, event.place.mention.end):
        return False  # "in the Middle East, the White House said": the speaker, no place
    gap = text[previous.place.mention.end : event.place.mention.start]
    if _SETTING_OF_A_PLACE_RE.search(text, previous.place.mention.start, event.place.mention.start):
        return False  # "Kokopo, on the island of New Britain": where Kokopo lies
    return bool(_LIST_GAP_RE.fullmatch(gap))


# a speech verb right after a name: the name is the speaker ("the White House said")
_SAYS_AFTER_RE = re.compile(r"\s+(?:said|says|told|announced|added|confirmed|stated)\b")
# between two listed places, perhaps after the first one's date: "Lesbos on Sunday and", or
# before a description of the second: "Karbala and the southern port city of"
_LIST_GAP_RE = re.compile(
    r"(?:\s+(?:on|in)\s+" + CALENDAR_WORD + r"(?:\s+\d{1,2})?)?"
    r"\s*(?:,|,?\s*(?:and|or))\s*(?:the\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(sorted(PLACE_NOUNS)) + r")\s+of\s+)?"
)


def _pronoun_subject(token: Token, span: Span) -> bool:
    """The trigger's grammatical subject (through coordinated and subordinate verbs) is a
    personal pronoun: he, she, it, they. In a sentence left unparsed, the pronoun right
    before the verb and its auxiliaries ("On Wednesday she will meet")."""
    if not is_parsed(span):
        return _pronoun_before(token, span)
    head = token
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "attr"}:
        head = token.head  # "He had begun the tour in Abu Dhabi"
    for _ in range(5):
        for child in _subjects(head, span)[:1]:
            return child.lower_ in SUBJECT_PRONOUNS
        if (
            head.dep_ not in {"conj", "advcl", "xcomp", "pcomp", "prep", "relcl", "acomp"}
            and not _loose_coordinate(head)
        ) or head.head is head:
            return False
        head = _shared_head(head)
    return False


def _shared_head(token: Token) -> Token:
    """The verb whose subject a verb hung on it shares: its head, except for a verb joined by
    ", and" to a subordinate clause, which goes on with the main clause ("left Dhaka as crowds
    marched on it, and boarded a plane": Hasina boarded, not the crowds)."""
    head = token.head
    if token.dep_ != "conj" or head.dep_ != "advcl" or head.head is head:
        return head
    if not any(c.dep_ == "mark" and c.i < head.i for c in head.children):
        return head
    cc = [c for c in token.children if c.dep_ == "cc" and c.i < token.i]
    cc = cc or [c for c in head.children if c.dep_ == "cc" and c.i < token.i]
    before = token.doc[cc[-1].i - 1] if cc and cc[-1].i > 0 else None
    if before is not None and before.text == ",":
        return head.head
    end = cc[-1].i if cc else token.i
    closed = any(t.text == "," for t in token.doc[head.i + 1 : end])  # "as most Indonesians
    # call Surakarta, on June 5 and drove east": the clause closed before the verb's time
    return head.head if closed and lemma_of(head) in NAMING_VERBS else head


# verbs of what a place is called, in an aside ("as most Indonesians call Surakarta")
NAMING_VERBS = frozenset({"call", "know", "name", "spell"})


def _narrated(token: Token, span: Span) -> bool:
    """The trigger's subject is "we" or "I" outside a quotation: a first-person travel story
    ("By breakfast we had docked in Alesund", "I boarded the night train in Belgrade"), not a
    speaker quoted ("'We will fly to Kyiv,' he said")."""
    if not is_parsed(span) or any(mark in span_text(span) for mark in QUOTE_MARKS):
        return False
    if _quote_open_before(span):
        return False  # '... go south. "I left my mother in Hyesan.': the quote opened before
    if _ATTRIBUTED_RE.search(span_text(span)):
        return False  # "We will not leave Kyiv, Zelenskiy said": a speaker, unquoted
    subject = _subject_token(token, span)
    return subject is not None and subject.lower_ in {"we", "i"}


def _quote_open_before(span: Span) -> bool:
    """A quotation opened before the sentence, in its paragraph, and not closed before it (the
    parser may leave the opening mark at the end of the sentence before)."""
    text = doc_text(span.doc)
    start = span.start_char
    lead = text[max(0, start - 400) : start]
    lead = _PARAGRAPH_RE.split(lead)[-1]
    if lead.count('"') % 2:
        return True
    return lead.rfind("“") > lead.rfind("”")


_ATTRIBUTED_RE = re.compile(
    r",\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,5}(?:said|says|told|added|wrote|posted)\b"
)


def _loose_coordinate(token: Token) -> bool:
    """A verb the parser hung on the verb before it without a conjunction ("flew to Luanda
    ..., then went on to Brazzaville"): it shares that verb's subject."""
    return token.dep_ == "dep" and token.pos_ == "VERB" and token.head.pos_ == "VERB"


def _pronoun_after_a_named_object(token: Token, span: Span, actors: list[tuple[int, str]]) -> bool:
    """In a sentence left unparsed, the person named last before the trigger is the object of
    a preposition ("after the fall of Bashar Assad") and a "he" or "she" follows that name
    before the trigger: the pronoun, not the person, is the subject."""
    if is_parsed(span):
        return False
    before = [i for i, _ in actors if span.start <= i < token.i]
    if not before:
        return False
    doc = span.doc
    named = max(before)
    while named > span.start and doc[named - 1].is_title:
        named -= 1  # "after the death of Pope Francis"
    if named == 0 or doc[named - 1].lower_ not in OBJECT_PREPOSITIONS:
        return False
    return any(t.lower_ in {"he", "she"} and not t.ent_type_ for t in doc[named + 1 : token.i])


OBJECT_PREPOSITIONS = frozenset("of after before since by with for from against under".split())


def _pronoun_before(token: Token, span: Span) -> bool:
    index = token.i - 1
    while index >= span.start and span.doc[index].lower_ in AUXILIARIES:
        index -= 1
    return index >= span.start and span.doc[index].lower_ in SUBJECT_PRONOUNS


def _others_before(token: Token, span: Span) -> bool:
    """The verb's subject, right before it and its auxiliaries, is a part of a group told by
    a quantifier ("some had flown there", "others were taken to Cairo"): some of the people,
    not the traveller of the story."""
    index = token.i - 1
    while index >= span.start and span.doc[index].lower_ in AUXILIARIES:
        index -= 1
    return index >= span.start and span.doc[index].lower_ in QUANTIFIER_SUBJECTS


# "some" or "others" of a group, not the group ("Many had crossed at X" is the caravan)
QUANTIFIER_SUBJECTS = frozenset("some others few".split())
AUXILIARIES = frozenset(
    "will would shall should may might can could is was are were has have had also then later "
    "to due expected set going not never already".split()
)


def _event(
    span: Span,
    trigger: _Trigger,
    place: Place | None,
    when: DateMention | None,
    actors: tuple[str, ...],
    section: str,
) -> Event:
    event_type = trigger.event_type
    role = _role(span.doc, trigger, place) if place is not None else ""
    if role == "location" and event_type == "statement":
        role = ""
    return Event(
        date=when.value if when else None,
        date_text=when.text if when else "",
        actors=actors,
        action=trigger.token.text,
        event_type=event_type,
        place=place,
        sentence=span_text(span),
        start=span.start_char,
        end=span.end_char,
        section="related" if section == "related" else "main",
        date_precision=when.precision if when else "unknown",
        role=role,
    )


def _cue_words() -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case words, lemmas) that can open a cue in `_triggers`: every branch there tests
    one of these first, so other words are skipped at once (a branch added there must add its
    words here)."""
    words = TIME_SPANS | CALL_NOUNS | {"followed", "back", "due", "home", "wound", "stood"}
    lemmas = (
        SIGNING_LEMMAS
        | PRESENCE_VERBS
        | STORM_VERBS
        | PERFORMING_VERBS
        | APPEARING_VERBS
        | VEHICLE_VERBS
        | MOTION_VERBS
        | PORT_WORK_LEMMAS
        | CUSTODY_LEMMAS
        | VICTIM_LEMMAS
        | RESULT_NOUNS
        | RESULT_VERBS
        | PASSING_VERBS
        | START_LEMMAS
        | FIRE_VERBS
        | TRIP_NOUNS
        | LEG_NOUNS
        | frozenset(PHRASE_TRIGGERS)
        | RESTING_VERBS
        | CARRYING_VERBS
        | LEADING_VERBS
        | JOINING_LEMMAS
        | WAITING_LEMMAS
        | REUNION_LEMMAS
        | HOSTING_LEMMAS
        | SIGHTING_LEMMAS
        | FIX_VERBS
        | MANNER_OF_MOTION_VERBS
        | BEGINNING_VERBS
        | CONQUEST_VERBS
        | HALT_WORDS
        | SETTLING_VERBS
        | STAYING_VERBS
        | LOADING_VERBS
        | CHANGING_VERBS
        | APPEARANCE_NOUNS
        | {"port"}
        | {"be", "put", "go", "spend", "break"}
        | KEEPING_VERBS
        | LEG_WORDS  # "a short run to Tornio"
        | WAY_TAKEN_NOUNS  # "The road east to Ekibastuz ... took him"
        | {"lay"}  # "laid a wreath"
        | BREAKDOWN_LEMMAS  # "his frame cracked outside Tamale"
    )
    triggered = frozenset().union(*TRIGGERS.values())
    return words | triggered, lemmas | triggered


def _cue_positions(span: Span) -> list[int]:
    """Indices of the span's words that can open a cue: alphabetic, and in `_cue_words` or a
    gerund after "after". Read from the document's arrays, so no Token is made for the other
    words (this scan runs over every sentence with a place)."""
    lower, lemma, alpha = _word_table(span.doc)
    strings = span.doc.vocab.strings
    remembered = _CUE_BY_HASH.get
    found = []
    for i in range(span.start, span.end):
        if not alpha[i]:
            continue
        cue = remembered((lower[i], lemma[i]))
        if cue is None:
            cue = _cues(lower[i], lemma[i], strings)
        if (
            cue
            or (i and lower[i - 1] == _AFTER)
            or _SIGNALS & set(lower[max(0, i - 3) : i])
            or (i + 2 < span.end and lower[i + 2] == _WAY and lower[i + 1] in _POSSESSIVES)
        ):
            found.append(i)
    return found


_AFTER = get_string_id("after")
_WAY = get_string_id("way")
_POSSESSIVES = frozenset(get_string_id(w) for w in "her his their its our my your".split())
_SIGNALS = frozenset(get_string_id(w) for w in ("signal", "signals", "tracker", "transmitter"))
_CUE_BY_HASH: dict[tuple[int, int], bool] = {}  # (LOWER, LEMMA) hashes -> may open a cue


def _cues(lower: int, lemma: int, strings: StringStore) -> bool:
    known = _CUE_BY_HASH.get((lower, lemma))
    if known is None:
        if len(_CUE_BY_HASH) > CUE_CACHE:
            _CUE_BY_HASH.clear()
        words, lemmas = _CUE_WORDS
        known = strings[lower] in words or strings[lemma].casefold() in lemmas
        _CUE_BY_HASH[(lower, lemma)] = known
    return known


def _word_table(doc: Doc) -> tuple[list[int], list[int], list[bool]]:
    """LOWER and LEMMA hashes and IS_ALPHA of every token, kept until the parser changes the
    lemmas (`parse_sentences` records every sentence it parses)."""
    state = len(doc.user_data.get(PARSED_KEY) or ())
    kept = doc.user_data.get(_WORDS_KEY)
    if kept is None or kept[0] != state:
        table = doc.to_array([LOWER, LEMMA, IS_ALPHA])
        columns = (table[:, 0].tolist(), table[:, 1].tolist(), table[:, 2].astype(bool).tolist())
        kept = doc.user_data[_WORDS_KEY] = (state, *columns)
    return kept[1], kept[2], kept[3]


_WORDS_KEY = "geo.words"
CUE_CACHE = 200_000  # distinct (word, lemma) pairs remembered


def _triggers(span: Span, places: list[Place]) -> list[_Trigger]:
    inside = {i for p in places for i in range(p.mention.start, p.mention.end)}
    found = []
    doc = span.doc
    for i in _cue_positions(span):  # every cue opens with a word of `_cue_words`
        token = doc[i]
        if token.idx not in inside and _stay_after(token):
            found.append(_Trigger(token, "travel"))  # "after two days in Hanoi"
            continue
        if token.idx not in inside and (_port_of_call(token) or _followed_by(token)):
            found.append(_Trigger(token, "travel"))  # "Its first port of call is New York"
            continue
        if token.idx in inside or token.ent_type_ in SKIP_ENTITY_TYPES:
            continue
        if lemma_of(token) in SIGNING_LEMMAS and _signed_with_someone(token):
            found.append(_Trigger(token, "meeting"))  # "signing a pact with Kim in Pyongyang"
            continue
        if _back_somewhere(token):
            found.append(_Trigger(token, "travel"))  # "is due back in Brasilia on Tuesday"
            continue
        if token.lemma_.casefold() in JOINING_LEMMAS and _joins_the_traveller(token):
            found.append(_Trigger(token, "meeting"))  # "where his daughter joined him"
            continue
        if token.lemma_.casefold() in WAITING_LEMMAS and _waits_for_the_traveller(token):
            found.append(_Trigger(token, "meeting"))  # "his father was waiting on the apron"
            continue
        if token.lemma_.casefold() in REUNION_LEMMAS and _reunites_with_kin(token):
            found.append(_Trigger(token, "meeting"))  # "into the arms of his mother"
            continue
        if token.lemma_.casefold() in SIGHTING_LEMMAS and _sighted(token):
            found.append(_Trigger(token, "travel"))  # "was last seen at Crosshaven"
            continue
        if token.lemma_.casefold() == "receive" and _receives_someone(token):
            found.append(_Trigger(token, "meeting"))  # "was received by the city's mayor"
            continue
        if token.lemma_.casefold() == "visit" and _joins_the_traveller(token):
            found.append(_Trigger(token, "meeting"))  # "the premier visited him in hospital"
            continue
        lemma = token.lemma_.casefold()
        word = token.text.casefold()
        if _was_there(token, span):
            found.append(_Trigger(token, "travel"))  # "in the evening we were in Tromso"
            continue
        if _attended_before(token):
            found.append(_Trigger(token, "travel"))  # "after attending the Munich conference"
            continue
        if _staying_since(token):
            found.append(_Trigger(token, "travel"))  # "has been staying in Urgup since Saturday"
            continue
        if _stayed_for_a_while(token):
            found.append(_Trigger(token, "travel"))  # "stayed on in Broome for three weeks"
            continue
        if _is_presence(token):
            found.append(_Trigger(token, "other"))
            continue
        if lemma in STORM_VERBS and _may_be_verb(token, span) and _storm_context(token, span):
            found.append(_Trigger(token, "travel"))  # "after lashing Taiwan"
            continue
        if lemma == "shoot" and _may_be_verb(token, span) and _films(token):
            found.append(_Trigger(token, "travel"))  # "shot its first scenes ... in Awka": the
            continue  # crew was there
        if lemma in PERFORMING_VERBS and _may_be_verb(token, span) and not _music_played(token):
            found.append(_Trigger(token, "travel"))  # "played in Dublin"
            continue
        if lemma in BREAKDOWN_LEMMAS and _own_part_broke(token):
            found.append(_Trigger(token, "travel"))  # "his frame cracked on a pothole outside
            continue  # Tamale": its rider was there
        if lemma == "hold" and _a_tour_event_held(token):
            found.append(_Trigger(token, "travel"))  # "The first clinic was held in a church
            continue  # hall in Bohicon": the touring team was there
        if _makes_its_way(token):
            found.append(_Trigger(token, "travel"))  # "piped her way down the main street of
            continue  # Lacombe", "elbowed their way into Kherson"
        if lemma == "lay" and _lays_a_wreath(token):
            found.append(_Trigger(token, "travel"))  # "laid a wreath on Shark Island in
            continue  # Lüderitz": the one who laid it was there
        if lemma in APPEARING_VERBS and _may_be_verb(token, span):
            found.append(_Trigger(token, "travel"))  # "speaking to union workers in Youngstown"
            continue
        if lemma in CARRYING_VERBS and _carried_away(token, span):
            found.append(_Trigger(token, "travel"))  # "then carried him north to Maniitsoq"
            continue
        if lemma in LEADING_VERBS and _leads_along(token, span):
            found.append(_Trigger(token, "travel"))  # "led the column out of Agen to Cahors"
            continue
        if lemma in VEHICLE_VERBS | MOTION_VERBS and _may_be_verb(token, span):
            if _rolled_out(token):
                continue
            found.append(_Trigger(token, "travel"))  # "had been bussed from Khartoum"
            continue
        if _moves_with_particle(token, span):
            found.append(_Trigger(token, "travel"))  # "put in at Ponta Delgada", "went on to"
            continue
        if _begins_somewhere(token, span, places):
            found.append(_Trigger(token, "travel"))  # "the locusts bred in Sindh"
            continue
        if lemma in APPEARANCE_NOUNS and _appears_somewhere(token, span):
            found.append(_Trigger(token, "travel"))  # "held his first rally ... in Daejeon"
            continue
        if lemma in HALT_WORDS and not any(c.dep_ == "dobj" for c in token.children):
            found.append(_Trigger(token, "travel"))  # "After a halt in Shymkent"
            continue
        stood = token.lower_ == "stood"  # "he stood on the bridge in Narva" (as the parse
        # may leave it unlemmatised)
        if (lemma in STAYING_VERBS or stood) and _stays_somewhere(token, span, places):
            found.append(_Trigger(token, "travel"))  # "waited two days in Inverness"
            continue
        if lemma in LOADING_VERBS and _loads_somewhere(token, span, places):
            found.append(_Trigger(token, "travel"))  # "collected a load at the port of X"
            continue
        if lemma in CHANGING_VERBS and _changes_vehicle(token, span):
            found.append(_Trigger(token, "travel"))  # "changed planes in Doha"
            continue
        if lemma in SETTLING_VERBS and _settles_somewhere(token, span, places):
            found.append(_Trigger(token, "travel"))  # "settled in the mountains above Trento"
            continue
        if _conquers(token, span, places):
            found.append(_Trigger(token, "travel"))  # "Russian forces captured Avdiivka"
            continue
        if _moves_by_manner(token, span, places):
            found.append(_Trigger(token, "travel"))  # "the convoy rolled into Gao"
            continue
        if lemma in PORT_WORK_LEMMAS and _may_be_verb(token, span):
            found.append(_Trigger(token, "travel"))  # "which had loaded crude in Basra"
            continue
        if lemma in CUSTODY_LEMMAS | VICTIM_LEMMAS and _held_somewhere(token):
            found.append(_Trigger(token, "travel"))  # "a day after his arrest in Manila"
            continue
        if lemma in RESULT_VERBS and _may_be_verb(token, span) and _score_after(token):
            found.append(_Trigger(token, "travel"))  # "beat the Warriors 3-2 in Moose Jaw"
            continue
        if lemma in RESULT_NOUNS and _after_a_score(token):
            found.append(_Trigger(token, "travel"))  # "a 2-1 defeat ... in Philadelphia"
            continue
        if _told_by_a_signal(token, span):
            found.append(_Trigger(token, "travel"))  # "his signal has come from the slopes"
            continue
        if lemma in FIX_VERBS and _fixes_a_mover(token):
            found.append(_Trigger(token, "travel"))  # "its signal placed it near Bahir Dar"
            continue
        if lemma == "spend" and _spent_with_a_person(token):
            found.append(_Trigger(token, "meeting"))  # "spent three hours with President X"
        if lemma == "spend" and (_spends_time(token) or _spends_years(token)):
            found.append(_Trigger(token, "travel"))  # "spent six weeks in Izmir"
            continue
        if lemma in RESTING_VERBS and _may_be_verb(token, span) and _rests_somewhere(token, span):
            found.append(_Trigger(token, "travel"))  # "resting for a week in Bishkek"
            continue
        if lemma in PASSING_VERBS and _may_be_verb(token, span):
            found.append(_Trigger(token, "travel"))  # "rounded Cape Horn"
            continue
        if lemma in START_LEMMAS and _may_be_verb(token, span) and _starts_somewhere(token):
            found.append(_Trigger(token, "travel"))  # "began the week in Port Moresby"
            continue
        if _fire_moves(token, span):
            found.append(_Trigger(token, "travel"))  # "broke out near Varnavas", "spread to"
            continue
        if lemma == "run" and _next_lower(token) in {"off", "away"} and _may_be_verb(token, span):
            found.append(_Trigger(token, "travel"))  # an escape: "ran off at a service
            continue  # station at Gretna", "ran away from the camp in Kakuma"
        particles = PHRASE_TRIGGERS.get(lemma)
        if particles is not None:
            following = _next_lower(token)
            led = following in particles or _way_after(token) in particles  # "crept west into"
            led = led or (lemma in OBJECT_FIRST_PHRASE_VERBS and _carried_on(token, particles))
            held = lemma == "hold" and following == "for" and _for_a_while(token)
            led = led or held or _locked_through(token) or _slipped_a_tether(token)
            if lemma in ALIGHTING_ONLY_LEMMAS and not _OFF_A_VEHICLE_AFTER_RE.match(
                doc_text(doc), token.idx + len(token.text)
            ):
                led = False  # "People rushed to one side to get off": no ride told
            if led and (lemma != "hold" or _delayed(token)):
                found.append(_Trigger(token, "travel"))
                continue
            if not any(lemma in words for words in TRIGGERS.values()) and lemma not in LEG_WORDS:
                continue  # "held talks" goes on to the meeting words, "the long climb to" to
                # the legs
        if lemma == "port" and _made_port(token):
            found.append(_Trigger(token, "travel"))  # "made port in Funchal", as "landfall"
            continue
        if lemma in WAY_TAKEN_NOUNS and _a_way_that_took_someone(token):
            found.append(_Trigger(token, "travel"))  # "The road east to Ekibastuz ... took him
            continue  # nine hours on Monday"
        if lemma in LEG_WORDS and token.pos_ != "VERB" and _way_after(token) in LEG_WAYS:
            found.append(_Trigger(token, "travel"))  # "for the transatlantic leg to Aarhus",
            # "it was a short run to Tornio", "the 150-km hop to Turku"
            continue
        if lemma in TRIP_NOUNS and lemma not in TRIGGERS["travel"] and _trip_started(token):
            found.append(_Trigger(token, "travel"))  # "had begun the mission in Budapest"
            continue
        if _after_doing_somewhere(token) and not any(lemma in w for w in TRIGGERS.values()):
            found.append(_Trigger(token, "travel"))  # "after leading a session in New York"
            continue
        if lemma in KEEPING_VERBS and _kept_somewhere(token, span):
            found.append(_Trigger(token, "travel"))  # "Heavy rain kept her in Nagoya"
            continue
        if _only_invited(token):
            continue  # "renewed their invitation to visit the homeland of Pope Francis"
        if lemma == "march" and token.pos_ == "VERB" and _way_after(token) in MARCHED_WAYS:
            found.append(_Trigger(token, "travel"))  # "marched into Thessaloniki", "marched
            continue  # over the mountains to Edessa": a way, not (only) a protest
        for event_type, words in TRIGGERS.items():
            if lemma in words or word in words:
                if event_type == "meeting" and lemma == "hold" and not _holds_talks(token):
                    break
                if event_type == "meeting" and lemma in HOSTING_LEMMAS and not _hosts(token):
                    break
                if event_type == "meeting" and lemma == "receive" and not _receives_a_guest(token):
                    break  # "received a letter", "received aid": no guest
                if event_type == "meeting" and lemma == "negotiate" and not _negotiates_with(token):
                    break  # "while the owner negotiated a ransom": one party, no meeting
                if event_type == "meeting" and lemma == "talk" and _talks_about(token):
                    break  # "In Warsaw they talk about Poland": speaking of, no meeting
                if event_type == "meeting" and lemma == "meet" and _whom_one_met(token):
                    break  # "Nobody I met in Havana has been to Cuba": who, not a meeting
                if event_type == "statement" and token.pos_ in {"NOUN", "PROPN"}:
                    break  # "the Baltic states", "a report"
                if lemma == "steam" and token.pos_ in {"NOUN", "ADJ"}:
                    break  # "a steam locomotive", "steam power"
                if lemma == "shoot" and _films(token):
                    break  # "shot its first scenes at a roadside market in Awka"
                if lemma == "fly" and _flies_a_thing(token):
                    break  # "taught him to fly eagles", "flew a kite": no flight taken
                if lemma == "fly" and _flying_as_a_kind(token):
                    break  # "took off from a flying club field at Kenitra": a kind of club
                if lemma == "head" and token.pos_ == "NOUN" and not _head_told_as_noun(token):
                    break  # "the two heads of state"
                if lemma == "head" and _heads_a_body(token):
                    break  # "who heads a local farmers' union": leads it, goes nowhere
                if lemma == "leave" and _left_in_a_state(token):
                    break  # "Low water left the boat stuck", "leaving thousands homeless"
                if lemma == "summit" and _summit_of_a_peak(token, places):
                    break  # "reached the summit of Mount Kilimanjaro": a mountain's top
                if event_type == "travel" and _names_an_office(token):
                    break  # "Finland's transport minister", "a travel agent": no move
                found.append(_Trigger(token, event_type))
                break
    found += _fronted_place_verb(span, places, found)
    moves = found + _moves_by_direction(span, places, found)
    moves += _stays_for_a_span(span, places, moves)
    return [
        t
        for t in moves
        if not (t.event_type == "travel" and (_told_of_a_way(t.token, span) or _named_for(t.token)))
        and not _refused(t.token)
    ]


def _refused(token: Token) -> bool:
    """A move or meeting denied, declined or refused, or called off ("could not land in
    Gander", "The Houthi leaders in Sanaa declined to receive him", "refused to meet the
    organisers", "cancelled his visit to Kyiv"): it did not happen."""
    if token.pos_ == "VERB" and any(_denies(c) for c in token.children):
        return True  # "The plane could not land in Gander": no stop there
    head = token.head
    if token.dep_ == "xcomp" and head.pos_ == "VERB":
        return lemma_of(head) in REFUSAL_LEMMAS
    if token.dep_ == "dobj" and head.pos_ == "VERB":
        return lemma_of(head) in CALLING_OFF_LEMMAS
    return _wrongly_believed(token)


def _wrongly_believed(token: Token) -> bool:
    """A move someone thought had happened ("My grandchildren thought I had gone to Syria",
    "Police thought the suspect had fled to Mexico"): told as a belief in the past about an
    earlier time, the writer's way of saying it did not happen. "Officials think the boat
    left Libya" stays, a claim."""
    head = token.head
    if token.dep_ != "ccomp" or head.tag_ != "VBD" or lemma_of(head) not in MISTAKEN_LEMMAS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in token.children)


def _denies(child: Token) -> bool:
    """A negation of the verb ("not", "n't", "never"), but not "not only"."""
    if child.dep_ != "neg" and child.lower_ != "never":
        return False
    following = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
    return following is None or following.lower_ not in {"only", "just", "merely"}


REFUSAL_LEMMAS = frozenset({"decline", "refuse"})
CALLING_OFF_LEMMAS = frozenset({"cancel", "scrap", "abandon"})
MISTAKEN_LEMMAS = frozenset({"think", "imagine", "assume", "dream", "pretend"})


def _named_for(token: Token) -> bool:
    """'took its name from the ancient Egyptian capital', 'got its name from': a name's
    origin, no move."""
    return lemma_of(token) in {"take", "get", "draw", "derive"} and any(
        c.dep_ == "dobj" and c.lower_ in {"name", "names", "title"} for c in token.children
    )


_CUE_WORDS = _cue_words()
# the top of a mountain reached: "reached the summit of Mount Kilimanjaro"
TOP_NOUNS = frozenset({"summit", "top", "peak"})
# a mountain after "summit": "the summit of Mount Kilimanjaro", "the summit of the volcano"
_MOUNTAIN_AFTER_RE = re.compile(
    r"s?\s+of\s+(?:Mount|Mt\.?|Mont|Monte|the\s+(?:mountain|peak|volcano|hill))\b"
)
# GeoNames feature codes of a mountain's top
PEAK_CODES = frozenset({"MT", "MTS", "PK", "PKS", "VLC", "HLL", "HLLS"})
_OF_THE_RE = re.compile(r"\s+of\s+(?:the\s+)?")


def _summit_of_a_peak(token: Token, places: list[Place]) -> bool:
    """'summit' told of a mountain, by its word ("the summit of Mount Kilimanjaro", "of the
    volcano") or by the gazetteer ("stood on the summit of Everest"): its top, no meeting."""
    text = doc_text(token.doc)
    end = token.idx + len(token.text)
    if _MOUNTAIN_AFTER_RE.match(text, end):
        return True
    joint = _OF_THE_RE.match(text, end)
    if joint is None:
        return False
    return any(
        p.mention.start == joint.end()
        and p.chosen is not None
        and p.chosen.feature_code in PEAK_CODES
        for p in places
    )


def _kept_one(token: Token) -> str:
    """Who a verb of keeping keeps ("kept her", "stranded the climbers"): SEEN_PRONOUN for a
    personal pronoun, else the person's name ("" when it keeps no one)."""
    if lemma_of(token) not in KEEPING_VERBS:
        return ""
    kept = next((c for c in token.children if c.dep_ == "dobj"), None)
    if kept is None:
        return ""
    held_up = any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
    if lemma_of(token) == "hold" and not (_for_a_while(token) or held_up):
        return ""  # "she finally held him again in Veracruz": an embrace, no stay
    if kept.lower_ in GUEST_PRONOUNS or (kept.lower_ == "it" and _for_a_while(token)):
        return SEEN_PRONOUN  # "Strong winds held it at Julia Creek for a day": the load
    if kept.lemma_.casefold() in RECEIVED_GROUPS | VEHICLE_NOUNS and _told_as_the(kept):
        return SEEN_PRONOUN  # "Engine trouble kept the crew overnight at Fuerte Olimpo", "A
        # derailment ahead held the train for three hours at Ngaoundal"
    if kept.ent_type_ == "PERSON" or (kept.pos_ == "PROPN" and _a_person_s_name(kept)):
        return kept.text  # (or a surname read as a town: "held Lima for two days in Ji-Paraná")
    return ""


def _told_as_the(noun: Token) -> bool:
    """The noun comes with "the" or a possessive ("the crew", "her team"): a group told
    before."""
    return any(c.dep_ in {"det", "poss"} and c.lower_ != "a" for c in noun.children)


def _for_a_while(token: Token) -> bool:
    """A span of hours, nights, days or weeks told after the verb in its sentence."""
    text = doc_text(token.doc)
    end = token.sent.end_char if token.doc.has_annotation("SENT_START") else len(text)
    return bool(_FOR_A_WHILE_RE.search(text, token.idx, end))


_FOR_A_WHILE_RE = re.compile(
    r"\bfor\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)"
    r"\s+(?:more\s+)?(?:hours?|nights?|days?|weeks?)|(?:most|much|all|part)\s+of\s+the\s+"
    r"(?:day|night|morning|afternoon|week))\b",
    re.IGNORECASE,
)  # (or "for most of the day")


def _kept_somewhere(token: Token, span: Span) -> bool:
    """A verb of keeping that keeps someone in a place ("Heavy rain kept her in Nagoya"); before
    the parse, a person or pronoun after it and "in", "at" or "on" soon after (to select the
    sentence for parsing: "kept them off the road for six hours in Liuzhou")."""
    if is_parsed(span):
        return bool(_kept_one(token)) and _stays_in(token)
    following = token.doc[token.i + 1 : min(token.i + 10, span.end)]
    a_while = bool(_FOR_A_WHILE_RE.search(span.text))
    held_up = len(following) > 1 and following[1].lower_ == "up"  # "held him up outside Tegal"
    if lemma_of(token) == "hold" and not (a_while or held_up):
        return False
    kept = len(following) > 0 and (
        following[0].lower_ in GUEST_PRONOUNS
        or following[0].ent_type_ == "PERSON"
        or (following[0].lower_ == "it" and a_while)
        or (
            following[0].lower_ in {"the", "his", "her", "its", "their"}
            and len(following) > 1
            and following[1].lower_ in RECEIVED_GROUPS | VEHICLE_NOUNS
        )  # "kept the crew overnight at", "held the train for three hours at"
    )
    return kept and any(t.lower_ in STAY_PREPOSITIONS for t in following[1:])


STAY_PREPOSITIONS = frozenset({"in", "at", "on", "outside", "near"})


def _stays_in(token: Token) -> bool:
    """The verb has a place phrase of staying: "kept her in Nagoya", "stranded them at Lukla",
    "held him up outside Tegal"; or on the time it kept them ("held it for a day at
    Mahalapye", parsed as "a day at Mahalapye")."""
    heads = [token] + [
        o for c in token.children if c.lower_ == "for" for o in c.children if o.dep_ == "pobj"
    ]
    heads += [  # "kept them two nights in Kraljevo", the place on the time
        c for c in token.children if c.dep_ in {"dobj", "npadvmod"} and c.lower_ in TIME_SPANS
    ]
    return any(
        c.dep_ == "prep" and c.lower_ in STAY_PREPOSITIONS for head in heads for c in head.children
    )


def _only_invited(token: Token) -> bool:
    """A move told as what an invitation, offer or plea asks for: no move of anyone yet."""
    head = token.head
    return token.dep_ in {"acl", "xcomp"} and head.lemma_.casefold() in INVITATION_NOUNS


INVITATION_NOUNS = frozenset({"invitation", "offer", "plea", "appeal", "request"})


def _only_if(token: Token) -> bool:
    """A move in a clause opened by "whether" or "if" is asked about or supposed, not told
    ("Everyone asks whether I stopped in Italy", "if he flies on to Kyiv")."""
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in token.children)


def _next_lower(token: Token) -> str:
    """The next word in lower case ("" at the end of the text)."""
    return token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""


# phrase verbs whose object may stand before the word that makes them a move ("rolled her
# scooter into Sydney", "hauled itself onto a pontoon", "towed the barge to Rotterdam")
OBJECT_FIRST_PHRASE_VERBS = frozenset({"roll", "haul", "tow", "escort"})


def _carried_on(token: Token, particles: frozenset[str]) -> bool:
    """The verb has an object and then one of its move words as its own preposition."""
    children = list(token.rights)
    objects = [c for c in children if c.dep_ == "dobj"]
    return bool(objects) and any(
        c.dep_ == "prep" and c.lower_ in particles and c.i > objects[0].i for c in children
    )


def _talks_about(token: Token) -> bool:
    """The verb "talk" with what is spoken of and no one spoken with ("they talk about
    Poland", "talked about the war"), not "talked with the president about trade"."""
    if token.pos_ != "VERB":
        return False
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    return "about" in preps and not preps & {"with", "to"}


def _path_then_way(token: Token) -> bool:
    """A path and then a way after a verb of motion ("coasted down the mountain road into
    Semarang"): a path word right after it, "to" or "into" within a few words."""
    if _next_lower(token) not in PATH_WORDS or token.i + 2 >= len(token.doc):
        return False
    if token.doc[token.i + 2].lower_ in {"to", "into"}:
        return False  # "was turned over to Bogota police": handed over, no path
    following = token.doc[token.i + 3 : token.i + 3 + WAY_SEARCH_WORDS]
    return any(t.lower_ in {"to", "into"} for t in following)


def _way_after(token: Token) -> str:
    """The word after the token in lower case, past one compass word ("ran north to": "to";
    "double back to": "to") or one word of order ("called next at": "at")."""
    following = _next_lower(token)
    if following in COMPASS_WORDS | ORDER_ADVERBS and token.i + 2 < len(token.doc):
        return token.doc[token.i + 2].lower_  # (or one word of order: "called next at")
    if following == "on" and (after := _past_a_day(token.doc, token.i + 2)) is not None:
        return after.lower_  # "called on Tuesday at Norsup": "at"
    return following


# words of order between a verb and its particle: "called next at Wewak", "put briefly in"
ORDER_ADVERBS = frozenset({"next", "first", "then", "briefly", "again", "later", "finally"})


def _past_a_day(doc: Doc, start: int) -> Token | None:
    """The word after the day told from `start` ("Tuesday", "Feb 4"), or None when no day
    is told there."""
    end = start
    while end < len(doc) and doc[end].ent_type_ == "DATE" and end - start < 4:
        end += 1
    return doc[end] if start < end < len(doc) else None


def _noun_before_a_verb_told_as_noun(token: Token) -> Token | None:
    """The subject the parser joined as a compound to a verb it took for a noun ("The Tigers
    head east": "Tigers"), or None."""
    if token.dep_ in {"conj", "appos"} and token.head.pos_ == "NOUN" and token.pos_ == "VERB":
        token = token.head  # "The Tigers head east to Brandon, then double back to ..."
    if token.pos_ != "NOUN" or token.lemma_.casefold() != "head" or not _head_told_as_noun(token):
        return None
    compounds = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}]
    return compounds[-1] if compounds else None


def _begins_somewhere(token: Token, span: Span, places: list[Place]) -> bool:
    """A verb of beginning in the passive or, for a brood, with no object, a place soon after
    it ("were tagged at Point Pelee", "bred in Pakistan's Sindh province"; not "tagged the
    photo", "bred cattle")."""
    if lemma_of(token) not in BEGINNING_VERBS or not _may_be_verb(token, span):
        return False
    if any(c.dep_ == "dobj" for c in token.children):
        return False
    if not (_told_in_the_passive(token, span) or lemma_of(token) in BROOD_VERBS):
        return False
    return _place_soon_after(token, places)


# what a tracked animal or object carries that tells where it is
SIGNAL_NOUNS = frozenset({"signal", "signals", "tracker", "transmitter"})


def _told_by_a_signal(token: Token, span: Span) -> bool:
    """A verb whose subject is the signal of a tracked mover, owned by a pronoun ("his
    signal has come from forested slopes east of Trento", "her signal was coming from the sea
    off Ancud"): the mover was there. Before the parse, such a signal among the three words
    before the verb."""
    before = span.doc[max(span.start, token.i - 3) : token.i]
    signals = [t for t in before if t.lower_ in SIGNAL_NOUNS]
    if not signals or not _may_be_verb(token, span):
        return False
    if not is_parsed(span):
        return True
    signal = _signal_subject(token)
    return signal is not None and token.lemma_.casefold() not in FIX_VERBS


def _signal_subject(verb: Token) -> Token | None:
    """The verb's subject when it is a signal owned by "his", "her", "its" or "their"."""
    for subject in verb.children:
        owned = any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in subject.children)
        if subject.dep_ == "nsubj" and subject.lower_ in SIGNAL_NOUNS and owned:
            return subject
    return None


def _appears_somewhere(token: Token, span: Span) -> bool:
    """A noun of a public appearance with "in", "at", "outside" or "near" after it, held or
    given by the verb's subject or told after "with" or "after" ("ended the tour with a rally
    in Daegu"); before the parse, any such noun (the parse will tell)."""
    if _next_lower(token) not in {"in", "at", "outside", "near"}:
        return False
    if not is_parsed(span):
        return True
    if token.pos_ != "NOUN":
        return False
    if token.dep_ == "dobj":
        return lemma_of(token.head) in HOLDING_VERBS
    return token.dep_ == "pobj" and token.head.lower_ in {"with", "after"}


def _flies_a_thing(token: Token) -> bool:
    """ "fly" with a bird, kite, drone or flag as its object ("taught him to fly eagles", "flew
    the flag"), which the flier does not ride."""
    if not token.pos_:  # before the parse: the thing right after the verb
        return bool(_FLOWN_THING_AFTER_RE.match(doc_text(token.doc), token.idx + len(token.text)))
    return any(c.dep_ == "dobj" and c.lemma_.casefold() in FLOWN_THINGS for c in token.children)


FLOWN_THINGS = frozenset(
    "eagle eagles falcon falcons hawk hawks kite kites drone drones flag flags bird birds "
    "pigeon pigeons banner banners".split()
)
_FLOWN_THING_AFTER_RE = re.compile(
    rf"\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+)?(?:{'|'.join(sorted(FLOWN_THINGS))})\b",
    re.IGNORECASE,
)


def _films(token: Token) -> bool:
    """ "shoot" in the sense of filming: its object, or its subject in the passive, is what a
    camera takes ("shot its first scenes", "a scene was shot in the rain")."""
    if not token.pos_:  # before the parse: what is filmed soon after the verb, or before it
        after = doc_text(token.doc)[token.idx + len(token.text) : token.idx + 60]
        before = doc_text(token.doc)[max(0, token.idx - 40) : token.idx]
        return bool(_FILMED_AFTER_RE.match(after) or _FILMED_BEFORE_RE.search(before))
    told = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(c.lemma_.casefold() in FILMED_THINGS for c in told)


FILMED_THINGS = frozenset(
    "scene scenes film films footage video videos photo photos picture pictures episode "
    "episodes sequence sequences take takes movie documentary commercial".split()
)
_FILMED_WORDS = "|".join(sorted(FILMED_THINGS))
_FILMED_AFTER_RE = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_FILMED_WORDS})\b", re.IGNORECASE)
_FILMED_BEFORE_RE = re.compile(rf"\b(?:{_FILMED_WORDS})\s+(?:was|were)\s+$", re.IGNORECASE)


def _a_way_that_took_someone(token: Token) -> bool:
    """A way noun leading "to" a place, in a clause that says how long it took the traveller
    ("The road east to Ekibastuz, a coal town ..., took him nine hours on Monday")."""
    if token.pos_ not in {"NOUN", ""} or _way_after(token) != "to":
        return False
    rest = doc_text(token.doc)[token.idx + len(token.text) : token.sent.end_char]
    return bool(_TOOK_SOMEONE_RE.match(rest))


def _loads_somewhere(token: Token, span: Span, places: list[Place]) -> bool:
    """A verb of loading with an object and its place soon after "at" or "in" ("collected a
    load of cooking oil at the port of Mombasa", "picked up mail in Tromso"; not "picked the
    winner", "load it on the lorry")."""
    if not _may_be_verb(token, span):
        return False
    if is_parsed(span):
        if not any(c.dep_ == "dobj" for c in token.children):
            return False
        if token.lemma_.casefold() == "pick" and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in token.children
        ):
            return False
    following = token.doc[token.i + 1 : min(token.i + 10, span.end)]
    for cue in (t for t in following if t.lower_ in {"at", "in"}):
        if _leads_to_a_place(cue, places) if is_parsed(span) else _place_soon_after(cue, places):
            return True
    return False


def _stays_somewhere(token: Token, span: Span, places: list[Place]) -> bool:
    """A verb of staying with no object, its place soon after a preposition of place, past a
    span of time ("waited two days in Inverness"; not "waited for the results")."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not _may_be_verb(token, span) or any(c.lower_ not in GRAZED_GROUND for c in objects):
        return False
    following = token.doc[token.i + 1 : min(token.i + 6, span.end)]
    for cue in (t for t in following if t.lower_ in STAY_PLACE_CUES | SHELTER_CUES):
        before_cue = [t for t in following if t.i < cue.i]
        if any(t.lower_ in {"for", "to"} and not _a_while_after(t) for t in before_cue):
            return False  # (not "waited for the results"; "camped for two nights at" stays)
        if _leads_to_a_place(cue, places) if is_parsed(span) else _place_soon_after(cue, places):
            return True  # "camped on Sunday night at Albury": past the time told first
        if cue.lower_ in SHELTER_CUES and _a_town_at_the_shelter(cue, places):
            return True  # "camped for two nights under the old oak at Council Grove"
    return False


# what one stays under or beside: "camped under the old oak at Council Grove"
SHELTER_CUES = frozenset({"under", "beside", "by", "behind"})


def _a_while_after(word: Token) -> bool:
    """ "for" told with a span of time ("for two nights", "for a week")."""
    if word.lower_ != "for":
        return False
    after = word.doc[word.i + 1 : min(word.i + 4, len(word.doc))]
    return any(t.lower_ in TIME_SPANS or t.ent_type_ in {"DATE", "TIME"} for t in after)


def _a_town_at_the_shelter(cue: Token, places: list[Place]) -> bool:
    """A place soon after the shelter, after "at" or "in" ("under the old oak at Council
    Grove")."""
    after = cue.doc[cue.i + 1 : min(cue.i + 7, cue.sent.end)]
    starts = {p.mention.start for p in places}
    return any(
        t.lower_ in {"at", "in"} and t.i + 1 < len(t.doc) and t.doc[t.i + 1].idx in starts
        for t in after
    )


def _changes_vehicle(token: Token, span: Span) -> bool:
    """ "changed planes", "switched trains": a verb of changing whose object is a vehicle."""
    if not _may_be_verb(token, span) or token.i + 1 >= span.end:
        return False
    return token.doc[token.i + 1].lower_ in CHANGED_VEHICLES


def _settles_somewhere(token: Token, span: Span, places: list[Place]) -> bool:
    """A verb of settling with no object and a place soon after it."""
    if not _may_be_verb(token, span) or any(c.dep_ == "dobj" for c in token.children):
        return False
    return _next_lower(token) in {"in", "at", "near", "on", "down"} and _place_soon_after(
        token, places
    )


def _told_in_the_passive(token: Token, span: Span) -> bool:
    """The verb is in the passive, or joined to one that is ("was caught and fitted with the
    device": "fitted"); before the parse, a passive auxiliary among the words before it."""
    if not is_parsed(span):
        before = span.doc[max(span.start, token.i - 4) : token.i]
        return any(t.lower_ in PASSIVE_AUXILIARIES for t in before)
    verbs = [token, token.head] if token.dep_ == "conj" else [token]
    return any(_parsed_as_passive(v) for v in verbs) or _after_a_passive_auxiliary(token)


def _place_soon_after(token: Token, places: list[Place]) -> bool:
    """A place begins within `WAY_REACH` characters after the token."""
    end = token.idx + len(token.text)
    return any(end < p.mention.start <= end + WAY_REACH for p in places)


def _conquers(token: Token, span: Span, places: list[Place]) -> bool:
    """An armed group taking a place or breaking through at one, told in the active voice
    ("Russian forces captured Avdiivka", "they broke through at Ocheretyne")."""
    lemma = lemma_of(token)
    breaks_through = lemma == "break" and _next_lower(token) == "through"
    if not (lemma in CONQUEST_VERBS or breaks_through) or not _may_be_verb(token, span):
        return False
    if _parsed_as_passive(token) or not _place_soon_after(token, places):
        return False
    return not is_parsed(span) or _armed_subject(token, span)  # unparsed: the parse will tell


def _armed_subject(token: Token, span: Span) -> bool:
    """The verb's subject is an armed group, or "they" after one ("From there they broke
    through")."""
    subject = _subject_token(token, span)
    if subject is not None and subject.lower_ == "they":
        subject = _antecedent_group(subject)
    return subject is not None and subject.lower_ in ARMED_GROUP_NOUNS


def _antecedent_group(pronoun: Token) -> Token | None:
    """The last plural subject before a "they" in the sentences before it (up to two)."""
    sentence = pronoun.sent
    start = sentence.start
    for _ in range(2):
        if start == 0:
            break
        start = pronoun.doc[start - 1].sent.start
    subjects = [
        t
        for t in pronoun.doc[start : pronoun.i]
        if t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ in {"NNS", "NNPS"}
    ]
    return subjects[-1] if subjects else None


def _moves_by_manner(token: Token, span: Span, places: list[Place]) -> bool:
    """A verb of the manner of moving followed by its way and a place soon after ("rolled
    into Gao", "ran north to Erenhot"; not "rushed to one side")."""
    wound = _wound_as_a_verb(token)
    if not wound and (
        lemma_of(token) not in MANNER_OF_MOTION_VERBS or not _may_be_verb(token, span)
    ):
        return False
    way = wound or _way_after(token) in WAY_PARTICLES or _under_a_structure(token)
    way = way or _object_then_way(token) is not None
    way = way or _path_then_way(token)
    way = way or _passes_overhead(token)
    return way and _place_soon_after(token, places)


def _under_a_structure(token: Token) -> bool:
    """'slid under the Blue Water Bridge at Port Huron': a way under a bridge or an arch (not
    "is still run under the peace accord")."""
    text = doc_text(token.doc)
    return bool(_UNDER_A_STRUCTURE_RE.match(text, token.idx + len(token.text)))


_UNDER_A_STRUCTURE_RE = re.compile(
    r"\s+(?:under|beneath)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,3}?"
    r"(?:bridges?|arch|arches|archway|overpass|viaduct|span|gates?|cliffs|walls|towers?)\b",
    re.IGNORECASE,
)


def _wound_as_a_verb(token: Token) -> bool:
    """'the bus wound down the river valleys to Gjirokastër': the past of "wind" that the
    tagger takes for the noun "wound"; no article or owner before it ("his wound")."""
    if token.lower_ != "wound" or _next_lower(token) not in WOUND_WAYS:
        return False
    before = token.doc[token.i - 1] if token.i else None
    return before is None or before.pos_ not in {"DET", "PRON", "ADJ", "NUM"}


WOUND_WAYS = frozenset("down up through along across past over around round into to".split())


# movers in the air, which pass over what lies below: "were floating above Klagenfurt" (the
# verbs of manner among them make the trigger; any of them sets the role)
AIRBORNE_LEMMAS = frozenset({"float", "glide", "soar", "hover", "drift"})


def _passes_overhead(token: Token) -> bool:
    """A verb of moving through the air with "over" or "above" after it."""
    return lemma_of(token) in AIRBORNE_LEMMAS and _way_after(token) in {"over", "above"}


def _object_then_way(token: Token) -> Token | None:
    """The object a verb of motion moves along a way ("schoolchildren ran it through the
    streets of Lautoka": "it"), a pronoun or a noun right after the verb, then its way."""
    doc = token.doc
    if token.i + 2 >= len(doc):
        return None
    moved = doc[token.i + 1]
    if moved.lower_ in OBJECT_PRONOUNS and doc[token.i + 2].lower_ in WAY_PARTICLES:
        return moved
    return None


WAY_REACH = 50  # characters from a verb of motion to the place its way leads to


def _head_told_as_noun(token: Token) -> bool:
    """ "head" tagged as a noun that is the verb of a move: a way follows it, past a compass
    word ("The Tigers head east to Brandon"; not "the heads of state", "head of the UN")."""
    return _way_after(token) in {"to", "for", "into", "toward", "towards", "home"} and (
        _next_lower(token) != "to" or token.i == 0 or token.doc[token.i - 1].lower_ != "the"
    )


# the prepositions that give a move its goal, whatever the verb: "skied into Kangerlussuaq",
# "was driven up to Iten", "climbed onto the ice", "led the column ... to Cahors"
DIRECTION_WORDS = frozenset({"to", "into", "onto", "toward", "towards"})
DIRECTION_REACH = 4  # words from the preposition to the place it leads to (unparsed text)
# verbs that take such a preposition with nobody going anywhere, grouped by meaning: words
# told or sent to someone, goods and rights traded or given, links and comparisons, amounts
# that change, and acts done to a person or a body
STILL_VERBS = frozenset(
    "speak talk say tell write send call phone email text report reply respond explain "
    "complain appeal apply announce listen signal broadcast tweet present introduce "
    "recommend refer promise pledge vow propose suggest address wave speak".split()
    + "sell buy export import supply deliver donate give lend loan pay owe grant award offer "
    "hand trade rent lease sign sell transfer".split()
    + "compare link connect relate belong attribute tie liken limit restrict extend expand "
    "increase rise fall drop cut reduce raise lower double grow amount total equal add point "
    "adapt switch open close cost keep hold accord know be have do".split()
    + "admit invite appoint elect name nominate promote assign dedicate commit object react "
    "happen occur matter surrender lose win contribute".split()
)
# the objects a mover takes along on its own way ("led the column", "drove his tractor into
# Land's End", "followed the lake shore north to Karongi", "walked 600 km to")
TAKEN_ALONG_NOUNS = VEHICLE_NOUNS | frozenset(
    "column convoy caravan herd flock fleet crew team group procession squad tractor bike "
    "bicycle motorbike horse horses camel camels sled sledge canoe kayak raft km kilometres "
    "kilometers miles metres".split()
)
# ways built on the ground: what they reach they only lead to ("Tanzania's railway is to
# reach Mwanza", "that line stops short of the Ugandan border")
BUILT_WAYS = frozenset(
    "road roads line lines railway railways highway highways motorway pipeline pipelines "
    "bridge tunnel canal corridor".split()
)
# a verb's subject, by its lemma, that leads somewhere without moving: a built way, a rail, a
# river or a cable ("the river flows into", "the cable runs to")
WAY_SUBJECTS = BUILT_WAYS | frozenset({"rail", "river", "cable"})
# subjects of a verb of direction that are no movers: built ways, borders and abstract things
# that reach a place without travelling ("the new line runs to Mwanza", "exports to China")
STILL_SUBJECTS = WAY_SUBJECTS | frozenset(
    "route routes border path link service exports imports trade prices aid money funds talks "
    "deal".split()
)


def _told_of_a_way(token: Token, span: Span) -> bool:
    """A verb of moving whose subject is a road, railway or other built way: it tells where
    the way leads, not a move ("the railway is eventually to reach Mwanza")."""
    if not is_parsed(span) or token.pos_ != "VERB":
        return False
    subject = _subject_token(token, span)
    return subject is not None and subject.lemma_.casefold() in WAY_SUBJECTS


def _moves_by_direction(span: Span, places: list[Place], found: list[_Trigger]) -> list[_Trigger]:
    """Verbs that no branch of `_triggers` took, told with a preposition of direction whose
    object is a place: the verb is a move, unless it tells words, goods or links ("spoke to",
    "sold to", "linked to") or its subject is a way or an abstract thing ("the line runs to")."""
    taken = {t.token.i for t in found}
    moves = []
    for preposition in _direction_words(span):
        verb = _verb_of_direction(preposition, span, places)
        if verb is not None and verb.i not in taken and _moves_itself(verb, span):
            moves.append(_Trigger(verb, "travel"))
            taken.add(verb.i)
    return moves


def _stays_for_a_span(span: Span, places: list[Place], found: list[_Trigger]) -> list[_Trigger]:
    """Verbs no branch took whose mover was somewhere for a span of hours, days, weeks or
    months ("had worked in a textile workshop in Istanbul for five months", "was held at the
    border for three days"): a stay there. Years tell a home, not a stay on the way."""
    if not is_parsed(span):
        return _span_before_the_parse(span, places)
    taken = {t.token.i for t in found}
    stays = []
    for verb in {s.head for s in span if s.lower_ == "for" and _a_span_of_time(s)}:
        if verb.i in taken or verb.pos_ != "VERB" or not _placed_at(verb, places):
            continue
        lemma = lemma_of(verb)
        if lemma in STILL_VERBS or any(lemma in words for words in TRIGGERS.values()):
            continue
        subject = _subject_token(verb, span)
        if subject is not None and _a_mover(subject):
            stays.append(_Trigger(verb, "travel"))
            taken.add(verb.i)
    return stays


def _span_before_the_parse(span: Span, places: list[Place]) -> list[_Trigger]:
    """Before the parse: "for" with a counted span after it, in a sentence with a place after
    "in" or "at", is worth parsing (the trigger stands on "for" until the parse finds the
    verb)."""
    words = [t.lower_ for t in span]
    if not any(
        _in_a_place(t, places) and t.i > span.start and t.nbor(-1).lower_ in {"in", "at"}
        for t in span
    ):
        return []
    for i, word in enumerate(words[:-2]):
        counted = words[i + 1] in SPAN_COUNTS or span[i + 1].like_num
        if word == "for" and counted and words[i + 2] in TIME_SPANS - {"hour", "hours"}:
            return [_Trigger(span[i], "travel")]
    return []


def _a_span_of_time(preposition: Token) -> bool:
    """ "for five months", "for several days", "for a week": counted days to months (not
    "for World Youth Day")."""
    return any(
        c.dep_ == "pobj"
        and c.pos_ == "NOUN"
        and c.lower_ in TIME_SPANS - {"hour", "hours"}
        and any(m.dep_ == "nummod" or m.lower_ in SPAN_COUNTS for m in c.children)
        for c in preposition.children
    )


SPAN_COUNTS = frozenset({"a", "an", "several", "few", "some", "many"})


def _placed_at(verb: Token, places: list[Place]) -> bool:
    """The verb has "in" or "at" leading to a place, perhaps through the noun of a place
    named in it ("in a textile workshop in Istanbul")."""
    for cue in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
        if _leads_to_a_place(cue, places):
            return True
        things = [o for o in cue.children if o.dep_ == "pobj"]
        inner = [p for t in things for p in t.children if p.dep_ == "prep" and p.lower_ == "in"]
        if any(_leads_to_a_place(p, places) for p in inner):
            return True
    return False


def _direction_words(span: Span) -> list[Token]:
    """The span's prepositions of direction ("out of" counts as "of" after "out")."""
    return [
        t
        for t in span
        if t.lower_ in DIRECTION_WORDS or (t.lower_ == "of" and t.i and t.nbor(-1).lower_ == "out")
    ]


def _verb_of_direction(preposition: Token, span: Span, places: list[Place]) -> Token | None:
    """The verb a preposition of direction leading to a place depends on: its nearest verb
    above it, through nouns of time, distance or terrain and their prepositions ("led the
    column out of Agen at dawn ... and north along back roads to Cahors": "led"), not through
    a noun that owns the direction ("resumed its flight to Anchorage"); before the parse, the
    word before it."""
    if not is_parsed(span):
        return _word_before_a_way(preposition, span, places)
    if preposition.dep_ != "prep" or not _leads_to_a_place(preposition, places):
        return None
    head = preposition.head
    for _ in range(6):
        if head.pos_ == "VERB":
            return head
        if head.pos_ in {"NOUN", "PROPN", "NUM"} and not _passed_through(head):
            return None
        if head.dep_ not in CLIMBED_DEPENDENCIES or head.head is head:
            return None
        head = head.head
    return None


def _word_before_a_way(preposition: Token, span: Span, places: list[Place]) -> Token | None:
    """Before the parse: the word before a preposition of direction that a place soon
    follows, unless a verb of words, trade or carrying stands shortly before it ("has brought
    major drought relief to North Georgia": the carrying branch would take such a move)."""
    ahead = span.doc[preposition.i + 1 : preposition.i + 1 + DIRECTION_REACH]
    if preposition.i == span.start or not any(_in_a_place(t, places) for t in ahead):
        return None
    behind = span.doc[max(span.start, preposition.i - 6) : preposition.i]
    if any(lemma_of(t) in STILL_VERBS | TRANSPORT_LEMMAS | CARRYING_VERBS for t in behind):
        return None  # this takes the auxiliary "have" (in STILL_VERBS) too: "had come to
        # Mwanza" alone selects no parse. Letting auxiliaries through lost the batch-19 ferry
        # (its route takes that lede move and the later return to Mwanza as one arrival)
    return preposition.nbor(-1)


# the links a preposition of direction climbs to reach its verb: "to" under "dawn" under "at"
# under "led"; "to" under "escarpment" under "up" under "escorted"
CLIMBED_DEPENDENCIES = frozenset("prep pobj npadvmod conj advmod appos prt".split())
# nouns a move's words pass through on the way to its verb: when it went, how far and over
# what ground ("at dawn ... to Cahors", "35 km up the escarpment to Iten")
TERRAIN_NOUNS = frozenset(
    "road roads escarpment valley valleys coast shore shores river mountains mountain hills "
    "hill slopes slope pass desert dunes sea ocean lake border woods forest plain plains steppe "
    "highway motorway track trail sandbar sandbars sandbank sandbanks shoal shoals reef "
    "rocks".split()
)
DISTANCE_NOUNS = frozenset("km kilometres kilometers miles metres meters".split())
TIME_NOUNS = TIME_SPANS | DAY_PARTS | frozenset("dawn dusk noon midnight night".split())


def _on_the_way_to(noun: Token, verb: Token) -> bool:
    """The noun a place's preposition hangs on is one of time, distance or terrain that the
    verb's way passes through ("escorted him 35 km up the escarpment to Iten")."""
    head = noun
    for _ in range(6):
        if head.i == verb.i:
            return True
        if head.pos_ in {"NOUN", "PROPN", "NUM"} and not _passed_through(head):
            return False
        if head.dep_ not in CLIMBED_DEPENDENCIES or head.head is head:
            return False
        head = head.head
    return False


def _passed_through(noun: Token) -> bool:
    """A noun of time, distance or terrain, or a date, between a verb and its way."""
    lemma = noun.lemma_.casefold()
    return (
        noun.ent_type_ in {"DATE", "TIME", "QUANTITY", "CARDINAL"}
        or lemma in TERRAIN_NOUNS | DISTANCE_NOUNS | TIME_NOUNS
        or noun.lower_ in TERRAIN_NOUNS | DISTANCE_NOUNS | TIME_NOUNS
    )


def _leads_to_a_place(preposition: Token, places: list[Place]) -> bool:
    """The preposition's object is a place, or a noun of a place that a place is named in or
    of ("to the port of Ashdod", "into his family's house in Veraval"; not "onto boats and
    slipways around Ireland", "to Raytown police", "to California's first bond sale")."""
    for thing in (c for c in preposition.children if c.dep_ == "pobj"):
        if _names_a_place(thing, places):
            return True
        if thing.lemma_.casefold() in PLACE_NOUNS | TERRAIN_NOUNS and any(
            _names_a_place(o, places)
            for p in thing.children
            if p.dep_ == "prep" and p.lower_ in {"of", "in", "at", "near", "outside"}
            for o in p.children
            if o.dep_ == "pobj"
        ):
            return True
    return False


def _names_a_place(noun: Token, places: list[Place]) -> bool:
    """The noun is (the head of) a place's name, or a noun a place's name stands beside
    ("the capital Dodoma")."""
    return _in_a_place(noun, places) or any(
        c.dep_ == "appos" and _in_a_place(c, places) for c in noun.children
    )


def _in_a_place(token: Token, places: list[Place]) -> bool:
    return any(p.mention.start <= token.idx < p.mention.end for p in places)


def _moves_itself(verb: Token, span: Span) -> bool:
    """The verb of a direction moves its subject (or, in the passive, a thing sent): it is no
    verb of words, trade or links, its subject no way or abstract thing, and any object is
    what the mover takes along or a person taken."""
    lemma = lemma_of(verb)
    if lemma in STILL_VERBS or any(lemma in words for words in TRIGGERS.values()):
        return False
    if not is_parsed(span):
        return verb.is_alpha  # the parse will tell
    if not verb.is_alpha or verb.dep_ in {"amod", "compound", "acl"}:
        return False  # "camels swayed into Timbuktu" as the parser reads a lede: not told of
        # the noun (a participle after a noun tells what was done to it)
    subject = _subject_token(verb, span)
    if subject is None or not _a_mover(subject):
        return False
    if _comes_to_receive(verb):
        return False
    return all(_taken_along(o, verb) for o in verb.children if o.dep_ == "dobj")


# nouns of those who travel: people, groups, animals and vehicles ("the couple", "the herd",
# "the tractor"); not "the classical education", "drought relief", "fuel prices"
MOVER_NOUNS = (
    HUMAN_NOUNS
    | KIN_NOUNS
    | RELATIVE_NOUNS
    | ARMED_GROUP_NOUNS
    | frozenset(
        "man men woman women boy boys girl girls child children family families couple people "
        "person team crew group convoy column caravan migrants migrant refugees refugee "
        "pilgrims pilgrim tourists tourist passengers passenger travellers traveller travelers "
        "traveler walkers walker hikers hiker riders rider cyclists cyclist runners runner "
        "sailors sailor fishermen fisherman farmers farmer trader traders survivor survivors "
        "students student fleet flotilla herd flock pack swarm swarms animal animals bird "
        "birds wolf bear whale seal stork camel camels horse horses ship vessel boat yacht "
        "tractor lorry truck train locomotive plane helicopter balloon".split()
    )
    | SMALL_CRAFT_NOUNS
    | NAME_TITLES
)
MOVER_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
NO_MOVER_TYPES = frozenset(
    "GPE LOC FAC ORG NORP DATE TIME MONEY PERCENT QUANTITY CARDINAL EVENT LAW".split()
)


def _a_mover(subject: Token) -> bool:
    """A subject that can travel: a person or a name, a pronoun, or a noun of people,
    animals or vehicles; a relative pronoun stands for the noun it follows."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "Laborde, who led the column ...": Laborde
    if subject.lower_ in MOVER_PRONOUNS or subject.ent_type_ == "PERSON":
        return True
    if subject.pos_ == "PROPN" and _a_person_s_name(subject):
        return True  # "Dlamini, 29, ... climbed": the model's organisation, a person before
    if subject.pos_ == "PROPN":
        return subject.ent_type_ not in NO_MOVER_TYPES
    return subject.lemma_.casefold() in MOVER_NOUNS or subject.lower_ in MOVER_NOUNS


def _comes_to_receive(verb: Token) -> bool:
    """A host's way to the traveller: the verb's purpose is a welcome ("King Harald came out
    to the old airfield at Kjeller to greet them"), which is a meeting, not the host's trip."""
    return any(
        c.dep_ in {"xcomp", "advcl"} and lemma_of(c) in HOSTING_LEMMAS for c in verb.children
    )


def _makes_its_way(verb: Token) -> bool:
    """Any verb with "one's way" for its object tells a move by its manner ("piped her way
    down the main street", "elbowed their way into"); not "got his way" (prevailed)."""
    if verb.pos_ != "VERB" or lemma_of(verb) in {"get", "have", "pave", "lose"}:
        return False
    return any(
        c.dep_ == "dobj" and c.lower_ == "way" and any(g.dep_ == "poss" for g in c.children)
        for c in verb.children
    )


def _sent_by_carrier(token: Token, span: Span) -> str:
    """The thing a verb of moving carries by a carrier ("the frame travelled north by bus",
    "the parcel went by courier"): the subject, a common noun no one is and no vehicle, is
    the mover; "" for none."""
    if not is_parsed(span):
        return ""
    subject = _subject_token(token, span)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or subject.tag_ != "NN":
        return ""  # (one thing: not "the singers return to Tbilisi by bus")
    if subject.dep_ != "nsubj" or _people_by_their_doing(subject):
        return ""  # (not "the refugees were taken by bus")
    if subject.lemma_.casefold() in CARGO_EXCLUDED:
        return ""
    carriers = [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "by"
        for o in c.children
        if o.dep_ == "pobj" and o.lemma_.casefold() in CARRIERS
    ]
    return subject.lower_ if carriers else ""


# what carries a thing sent: "by bus", "by courier", "by post"
CARRIERS = VEHICLE_NOUNS | frozenset("courier post mail air sea road rail ferry truck".split())


def _companion_subject(token: Token, span: Span) -> bool:
    subject = _subject_token(token, span) if is_parsed(span) else None
    return subject is not None and _a_companion(subject)


def _a_companion(subject: Token) -> bool:
    """A relative of the traveller told as "the nephew" or "his wife": one of the party."""
    if subject.lemma_.casefold() not in KIN_NOUNS | RELATIVE_NOUNS:
        return False
    return any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "his", "her", "their"}
        for c in subject.children
    )


def _a_thing_bound_for(token: Token) -> bool:
    """ "bound for" told of a thing no one rides ("a refrigerated box bound for Europe", "a
    container bound for Rotterdam"): the thing's way, not the mover's."""
    if token.lower_ != "bound" or token.dep_ != "acl" or token.head.pos_ != "NOUN":
        return False
    noun = token.head.lemma_.casefold()
    return noun not in MOVER_NOUNS | VEHICLE_NOUNS | TRIP_NOUNS and token.head.ent_type_ == ""


def _taken_along(thing: Token, verb: Token) -> bool:
    """A verb's object that goes with its subject or is taken by it: a vehicle or a group
    ("led the column"), a distance ("walked 600 km"), a person ("escorted him"), or the way
    a verb of following takes ("followed the coast south to Naples", "made his way to")."""
    lemma = thing.lemma_.casefold()
    if lemma_of(verb) in WAY_FOLLOWING_VERBS and thing.pos_ in {"NOUN", "PROPN"}:
        return True  # whatever is followed is the way: "followed the Ziz gorges south to",
        # "followed the vineyards south to Drăgășani"
    if lemma in FOLLOWED_WAY_NOUNS or ROAD_NUMBER_RE.fullmatch(thing.text):
        return lemma_of(verb) in WAY_TAKING_VERBS  # "followed the N3 to Ladysmith"
    if lemma in COMPASS_WORDS and any(ROAD_NUMBER_RE.fullmatch(c.text) for c in thing.lefts):
        return lemma_of(verb) in WAY_TAKING_VERBS  # "followed the N10 north", parsed as
        # "north" the object and the road its compound
    return (
        lemma in TAKEN_ALONG_NOUNS or thing.lower_ in PERSON_PRONOUNS or thing.ent_type_ == "PERSON"
    )


PERSON_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
# the ways a verb of direction may take as its object and follow ("followed the coast", "made
# his way"), and the verbs that take them
FOLLOWED_WAY_NOUNS = TERRAIN_NOUNS | frozenset("way route path course shore coast".split())
# a road told by its number: "the N3", "the A9", "I-80", "the M1"
ROAD_NUMBER_RE = re.compile(r"[A-Z]{1,2}-?[0-9]{1,3}")
WAY_TAKING_VERBS = frozenset("follow retrace trace take make find wind pick hug".split())
# those of them that take whatever they govern as the way ("followed the vineyards south to")
WAY_FOLLOWING_VERBS = frozenset("follow retrace hug".split())


def _flying_as_a_kind(token: Token) -> bool:
    """ "flying" before a noun it tells the kind of ("a flying club", "the flying school"), not
    a trip ("a flying visit to Kyiv")."""
    head = token.head
    return (
        token.lower_ == "flying"
        and token.dep_ in {"amod", "compound"}
        and head.i > token.i
        and head.lemma_.casefold() not in TRIP_NOUNS
    )


def _heads_a_body(token: Token) -> bool:
    """ "head" as a verb with an object and no way: leading a body of people ("heads a local
    farmers' union", "headed the delegation"), not a move ("headed the convoy to Goma" is one,
    with its way)."""
    if token.pos_ != "VERB" or _way_after(token) in WAY_PARTICLES | {"for", "home"}:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    ways = [c for c in token.children if c.dep_ in {"prep", "advmod"} and c.lower_ in HEADINGS]
    return bool(objects) and not ways and objects[0].ent_type_ not in {"GPE", "LOC", "FAC"}


HEADINGS = WAY_PARTICLES | {"for", "home", "back", "out", "off"}


def _moves_with_particle(token: Token, span: Span) -> bool:
    """'put in at Ponta Delgada', 'went on to Brazzaville', 'will go to Paris': a verb that
    tells a move only when a place name follows its particle (not "went on to win")."""
    patterns = {"put": _PUT_IN_RE, "go": _GO_TO_RE}
    pattern = patterns.get(token.lemma_.casefold())
    if pattern is None or not _may_be_verb(token, span):
        return False
    return bool(pattern.match(doc_text(token.doc)[token.idx + len(token.text) :][:60]))


def _after_doing_somewhere(token: Token) -> bool:
    """'after leading a yoga session at the UN headquarters in New York': what the traveller
    did at a place before the move told; the place comes within the phrase."""
    if token.i == 0 or token.doc[token.i - 1].lower_ != "after":
        return False
    if not (token.tag_ == "VBG" or (not token.tag_ and token.lower_.endswith("ing"))):
        return False
    phrase = doc_text(token.doc)[token.idx : token.idx + 80]
    return bool(_DOING_AT_RE.match(phrase))


_DOING_AT_RE = re.compile(r"\w+ing\s+(?:[\w'’-]+\s+){0,6}?(?:in|at)\s+(?:the\s+)?[A-Z]")


def _port_of_call(token: Token) -> bool:
    """'Its first port of call is New York', 'Its first call was at Bima', 'Its first halt
    was at Ekibastuz': the port named after it is a stop."""
    if token.lower_ not in CALL_NOUNS:
        return False
    text = doc_text(token.doc)
    lead = text[max(0, token.idx - 8) : token.idx].casefold()
    if lead.endswith(("port of ", "ports of ")):
        return True
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    return before in CALL_ORDER_WORDS and bool(_CALL_AT_RE.match(text, token.idx + len(token)))


# what tells a ship's call apart from a telephone's: "its first call", "a shorter call"
CALL_ORDER_WORDS = frozenset(
    "first second third fourth fifth next last final brief short shorter long longer".split()
)
_CALL_AT_RE = re.compile(r"\s+(?:(?:was|is|will\s+be|would\s+be)\s+)?(?:at|in)\s+(?:the\s+)?[A-Z]")


def _followed_by(token: Token) -> bool:
    """'New York, followed by Fort Lauderdale and Rio de Janeiro': an itinerary's next stops."""
    following = _next_lower(token)
    return token.lower_ == "followed" and following == "by"


# where a stay was, told as parts of a town: "in the old people's homes of Kannur"
_IN_THE_PARTS_OF_RE = re.compile(r"\bin\s+the\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+s\s+of\s+$")


def _stay_by_its_length(token: Token, word: str) -> bool:
    """A stay told by its length (`_stay_after`: "rested for four days in") at a place after a
    word of staying ("in the fields outside Aswan")."""
    return token.lower_ in TIME_SPANS and word in STAY_PLACE_CUES and _stay_after(token)


def _stay_after(token: Token) -> bool:
    """'after two days in Hanoi', 'after a week in Paris', 'rested for two days in Sarria': a
    stay told by its length."""
    if token.lower_ not in TIME_SPANS or token.i + 1 >= len(token.doc):
        return False
    before = doc_text(token.doc)[max(0, token.idx - 30) : token.idx].casefold()
    following = token.doc[token.i + 1].lower_
    return following in {"in", "at"} and bool(_STAY_LEAD_RE.search(before))


_STAY_LEAD_RE = re.compile(
    r"\b(?:after|(?:stay|stayed|rested|rest|paused)\s+for)\s+(?:a|an|\w+)\s+$"
)


def lemma_of(token: Token) -> str:
    return token.lemma_.casefold()


def _signed_with_someone(token: Token) -> bool:
    """'signed a pact with Kim Jong Un', 'signing an accord with the Israeli premier': an
    agreement signed with another party is a meeting with them."""
    if token.i + 1 >= len(token.doc) or token.doc[token.i + 1].pos_ not in {"DET", "ADJ", "NOUN"}:
        return False
    window = token.doc[token.i + 1 : min(token.i + 12, token.sent.end)]
    withs = [t.i for t in window if t.lower_ == "with"]
    if not withs:
        return False
    after = token.doc[withs[0] + 1 : min(withs[0] + 7, token.sent.end)]
    return any(t.ent_type_ == "PERSON" or t.lemma_.casefold() in HUMAN_NOUNS for t in after)


def _held_somewhere(token: Token) -> bool:
    """'was seized in', 'was arrested at', 'his arrest in': the one held is the subject or
    the owner, and the place follows."""
    following = _next_lower(token)
    if following not in {"in", "at", "off", "near"}:
        return False
    if not token.pos_:  # a sentence not parsed yet: the passive's auxiliary before it
        return _after_a_passive_auxiliary(token)
    if token.pos_ == "NOUN":
        return any(c.dep_ == "poss" for c in token.children)
    return _parsed_as_passive(token)


PASSIVE_AUXILIARIES = frozenset("was were been is are be being".split())


def _parsed_as_passive(verb: Token) -> bool:
    """The parse gives the verb a passive auxiliary ("was seized", "were welcomed")."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _after_a_passive_auxiliary(token: Token) -> bool:
    """The word before is a passive's auxiliary ("was seized"): the passive read from the
    words alone, as before the parse."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in PASSIVE_AUXILIARIES


def _after_a_score(token: Token) -> bool:
    """'a 2-1 defeat', 'their 3-0 win': a game's result, told with its score."""
    return bool(_SCORE_BEFORE_RE.search(doc_text(token.doc)[max(0, token.idx - 12) : token.idx]))


def _made_port(token: Token) -> bool:
    """'made port in Funchal', 'makes port at Horta': a ship's arrival."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.lemma_.casefold() == "make"


def _score_after(token: Token) -> bool:
    """'beat the Warriors 3-2', 'won 4-1': a game's result, its score told after the verb."""
    after = doc_text(token.doc)[token.idx + len(token.text) : token.idx + 80]
    return bool(_SCORE_AFTER_RE.match(after))


def _back_somewhere(token: Token) -> bool:
    """'due back in Brasilia', 'was back at the Kremlin', 'is due in Gqeberha on Sunday', 'and
    be home in Auckland in a year', a sentence opening "Back in Papeete": a return or arrival
    told without its verb."""
    if token.lower_ not in {"back", "due", "home"} or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1].lower_
    if token.is_sent_start and token.text == "Back" and following in {"in", "at"}:
        return True  # "Back in Papeete on Thursday, Marchetti told the assembly"
    if token.i == 0:
        return False
    before = token.doc[token.i - 1].lower_
    return before in BACK_LEADS and following in {"in", "at"}


def _played_somewhere(token: Token) -> bool:
    """A match or show that is played or held somewhere (passive): who plays it travels; not
    songs played there ("whose hits are still played at weddings across West Africa")."""
    if token.lemma_.casefold() == "hold" and _a_tour_event_held(token):
        return True  # "The first clinic was held in a church hall in Bohicon"
    if _a_tour_event_was_there(token):
        return True  # "Their first shows were in Tokmok"
    passive = _parsed_as_passive(token) or any(c.dep_ == "nsubjpass" for c in token.children)
    return token.lemma_.casefold() in PERFORMING_VERBS and passive and not _music_played(token)


def _own_part_broke(token: Token) -> bool:
    """The verb tells a part of someone's own vehicle failing ("his frame cracked", "Perić's
    engine seized", "the boat's rudder snapped", "a tyre had burst": the traveller's)."""
    before = doc_text(token.doc)[max(0, token.idx - 40) : token.idx]
    return bool(_OWN_PART_RE.search(before))


_OWN_PART_RE = re.compile(
    r"(?:\b(?:his|her|its|their|[Aa]n?|[Tt]he)|[A-Z][\w'’-]*['’]s?)\s+(?:[\w'’-]+\s+)?"
    rf"(?:{any_word_of(VEHICLE_PARTS)})\s+(?:had\s+)?$"
)


def _part_owner(token: Token) -> str:
    """Who owns the part that broke: a name before "'s" ("Perić's engine"), else the
    traveller told by a pronoun (PRONOUN_ACTOR)."""
    before = doc_text(token.doc)[max(0, token.idx - 40) : token.idx]
    found = _OWN_PART_RE.search(before)
    owner = found.group(0).split()[0] if found else ""
    if not owner[:1].isupper() or owner.casefold() in {"a", "an", "the"}:
        return PRONOUN_ACTOR  # "his frame cracked", "A tyre burst": the traveller's
    return without_possessive(owner)


def _a_tour_event_held(token: Token) -> bool:
    """One of a tour's events told by its order and held somewhere ("The first clinic was
    held in a church hall", "the next concert will be held in"): who runs the tour was there."""
    before = doc_text(token.doc)[max(0, token.idx - 60) : token.idx]
    return bool(_TOUR_EVENT_HELD_RE.search(before))


# events a touring party holds, told by their order: "the first clinic was held"
TOUR_EVENT_NOUNS = frozenset(
    "clinic clinics concert concerts show shows screening screenings performance performances "
    "session sessions workshop workshops class classes service services mass rally rallies "
    "exhibition exhibitions lecture lectures camp camps night nights stop stops dance dances "
    "hearing hearings".split()
)


def _whom_one_met(token: Token) -> bool:
    """'met' in a clause that tells of the people it describes ("Nobody I met in Havana",
    "the farmers she met along the way"): no meeting of parties."""
    return token.dep_ == "relcl" and token.head.lower_ in MET_DESCRIBED


# whom a "met" clause may describe: "nobody I met", "the people she met"
MET_DESCRIBED = frozenset(
    "nobody everybody everyone anyone someone people everybody farmers villagers locals "
    "strangers".split()
)


def _a_tour_event_was_there(token: Token) -> bool:
    """One of a tour's events told by its order as being somewhere ("Their first shows were
    in Tokmok", "Its first concert, the same evening, was in the main square of ...")."""
    if token.lower_ not in {"was", "were"} or _next_lower(token) not in {"in", "at"}:
        return False
    before = doc_text(token.doc)[max(0, token.idx - 80) : token.idx]
    return bool(_TOUR_EVENT_BE_RE.search(before))


# one of a tour's events told by its order: "The first clinic", "Their next shows"
_TOUR_EVENT_TOLD = (
    r"\b(?:first|second|third|fourth|fifth|next|last|final|opening|closing|another)\s+"
    rf"(?:[\w'’-]+\s+)?(?:{any_word_of(TOUR_EVENT_NOUNS)})"
)
_TOUR_EVENT_BE_RE = re.compile(
    _TOUR_EVENT_TOLD + r"(?:,[^,.;]{1,40},|\s+on\s+the\s+(?:road|tour|trip|way))?\s+$",
    re.IGNORECASE,
)  # ("The first night on the road was in Spanish Town")
_TOUR_EVENT_HELD_RE = re.compile(
    _TOUR_EVENT_TOLD + r"\s+(?:was|were|is|are|will\s+be|had\s+been|has\s+been)\s+$",
    re.IGNORECASE,
)


def _music_played(token: Token) -> bool:
    """Songs, not players, are what the verb moves ("his hits are played across Africa")."""
    return any(c.dep_ == "nsubjpass" and c.lemma_ in MUSIC_NOUNS for c in token.children)


MUSIC_NOUNS = frozenset("hit song music record track tune anthem album single melody".split())


def _starts_somewhere(token: Token) -> bool:
    """'began the day in Scranton', 'started in Embrun': a traveller's day, week or leg that
    begins at a place, unless what begins does not move ("talks began in Geneva")."""
    if not _START_IN_RE.match(doc_text(token.doc)[token.idx + len(token.text) :][:40]):
        return False
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return not any(c.lemma_.casefold() in NOT_MOVERS or c.lower_ in NOT_MOVERS for c in subjects)


def _fire_moves(token: Token, span: Span) -> bool:
    """A fire that breaks out at a place or spreads to one, in a sentence about a fire."""
    lemma = token.lemma_.casefold()
    if lemma != "break" and lemma not in FIRE_VERBS:
        return False  # the cheap test first: the sentence scan below runs per verb
    if not _may_be_verb(token, span) or not any(t.lower_ in FIRE_WORDS for t in span):
        return False
    following = _next_lower(token)
    return (lemma == "break" and following == "out") or lemma in FIRE_VERBS


def _may_be_verb(token: Token, span: Span) -> bool:
    """A verb, or a word of a sentence not parsed yet (the parse will tell)."""
    return token.pos_ == "VERB" or not is_parsed(span)


def _delayed(token: Token) -> bool:
    """'were held up' in the passive: a traveller kept somewhere, not 'held up a banner'."""
    before = token.doc[token.i - 1].lower_ if token.i else ""
    return before in PASSIVE_AUXILIARIES | {"got", "get"}


def _fixed_mover(token: Token) -> Token | None:
    """The pronoun a verb of fixing a position places somewhere ("the signal placed her in a
    village near Gondar": her), when a preposition of place follows it."""
    if token.pos_ in {"NOUN", "PROPN"} or token.i + 2 >= len(token.doc):
        return None
    mover, cue = token.doc[token.i + 1], token.doc[token.i + 2]
    if mover.lower_ in FIXED_MOVERS and cue.lower_ in FIX_CUES:
        return mover
    return None


def _fixes_a_mover(token: Token) -> bool:
    return _fixed_mover(token) is not None


def _spent_with_a_person(token: Token) -> bool:
    """Time spent with a named person or an office holder ("spent three hours with President
    Hassan Sheikh Mohamud at Villa Somalia"): a meeting; not "with his family", "with cousins"."""
    if token.pos_ != "VERB":
        return False
    doc = token.doc
    end = min(token.i + 8, token.sent.end)
    for w in range(token.i + 1, end):
        if doc[w].lower_ == "with":
            company = doc[w + 1 : min(w + 4, len(doc))]
            return any(t.ent_type_ == "PERSON" or t.lower_ in TITLE_WORDS for t in company)
    return False


def _three_after(token: Token) -> Span:
    """The (up to) three words after the token."""
    return token.doc[token.i + 1 : min(token.i + 4, len(token.doc))]


def _spends_time(token: Token) -> bool:
    """'spent six weeks', 'spending the night', 'spent Tuesday in Port Vila': time spent
    somewhere, not money."""
    following = token.doc[token.i + 1 : min(token.i + 5, len(token.doc))]  # "spent its first
    # three days"
    spans = TIME_SPANS | DAY_PARTS | SEASONS
    if any(t.lower_ in spans or t.text in WEEKDAY_NAMES for t in following):
        return True
    if following and following[0].ent_type_ == "DATE" and following[0].text[:1].isupper():
        return True  # "spent Sept 19 and 20 in Larned"
    before = token.doc[max(0, token.i - 4) : token.i]
    passive = len(before) > 0 and before[-1].lower_ in {"was", "were"}
    return passive and any(t.lower_ in spans for t in before)  # "The last night was spent in"


def _rests_somewhere(token: Token, span: Span) -> bool:
    """'resting for a week in Bishkek', 'rested in Linz on Tuesday', 'rested his legs for a
    day in Kendal': a pause for a time, or in a place ("the case rests on", "rested his hopes
    on" are no stays). Before the parse, a time or "in"/"at" soon after (the parse decides)."""
    if not is_parsed(span):
        soon = token.doc[token.i + 1 : min(token.i + 7, span.end)]
        return any(t.lower_ in {"in", "at"} or t.lower_ in TIME_SPANS for t in soon)
    return _spends_time(token) or any(
        child.dep_ == "prep"
        and (
            child.lower_ in {"in", "at"}
            or (child.lower_ == "for" and any(g.lower_ in TIME_SPANS for g in child.children))
        )
        for child in token.children
    )


# spans of time a home is lived in: "had spent two years in a cage near Kharkiv"
YEAR_SPANS = frozenset("year years decade decades".split())


def _spends_years(token: Token) -> bool:
    """'spent two years', 'had spent a decade': where the mover lived, no stop of the trip
    (its role is "location"), but where a trip told without its start began."""
    return any(t.lower_ in YEAR_SPANS for t in _three_after(token))


def _storm_context(token: Token, span: Span) -> bool:
    """A storm verb in a sentence about a storm, or a storm's fading over a place ("expect it
    to weaken over Slovakia")."""
    following = _next_lower(token)
    fades = token.lemma_.casefold() in STORM_FADE_VERBS and following == "over"
    return fades or _about_a_storm(span) or _storm_told_as_it(token, span)


def _storm_told_as_it(token: Token, span: Span) -> bool:
    """ "It looped back and struck Quelimane" right after a sentence about a storm, or after
    sentences that tell it as "it" since one: "it" is the storm."""
    if span.start == 0 or not any(t.lower_ == "it" for t in span.doc[span.start : token.i]):
        return False
    before = span.doc[span.start - 1].sent
    for _ in range(3):
        if _about_a_storm(before):
            return True
        if before.start == 0 or not any(t.lower_ == "it" for t in before[:4]):
            return False
        before = span.doc[before.start - 1].sent
    return False


def _about_a_storm(span: Span) -> bool:
    """The sentence speaks of a storm ("Typhoon Gaemi ... after lashing Taiwan") or names one
    that the article calls a storm ("Hurricane Milton ... Milton had skirted")."""
    names = _storm_names(span.doc)
    return any(t.lower_ in STORM_WORDS or t.text in names for t in span)


def _storm_names(doc: Doc) -> frozenset[str]:
    """The names after a storm word in the document ("Hurricane Milton" -> Milton)."""
    cached = doc.user_data.get("geo.storm_names")
    if not isinstance(cached, frozenset):
        storm_ids = {doc.vocab.strings[w] for w in STORM_WORDS}
        lowers = doc.to_array(LOWER)
        cached = frozenset(
            doc[i + 1].text
            for i in range(len(doc) - 1)
            if int(lowers[i]) in storm_ids and doc[i + 1].pos_ == "PROPN"
        ) | frozenset(m.group(1) for m in _NAMED_STORM_RE.finditer(doc_text(doc)))
        doc.user_data["geo.storm_names"] = cached
    return cached


# a name described as a storm right after it: "Fiona, one of the most powerful storms ever to
# hit Canada", "Otis, a Category 5 hurricane"
_NAMED_STORM_RE = re.compile(
    r"\b([A-Z][a-z]+),\s+(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:storms?|hurricanes?|typhoons?|cyclones?)\b"
)


def _started_after_moving(trip: Token) -> bool:
    """The verb that starts the trip is coordinated after a move of the same subject ("rode
    the overnight train to Mashhad ... and opened the tour in Ashgabat")."""
    verb = trip.head if trip.pos_ == "NOUN" else trip
    for _ in range(4):
        if verb.dep_ != "conj" or verb.head is verb:
            return False
        verb = verb.head
        if verb.i < trip.i and lemma_of(verb) in MOVING_LEMMAS:
            return True
    return False


def _trip_started(token: Token) -> bool:
    """A trip noun that is the object of a verb of starting or ending ("began the mission",
    "closed the European leg")."""
    return bool(_TRIP_START_RE.search(_lead_of(token))) or _trip_closed(token)


def _trip_closed(token: Token) -> bool:
    """A trip noun that is the object of a verb of ending ("finished a charity run")."""
    return bool(_TRIP_CLOSE_RE.search(_lead_of(token)))


def _lead_of(token: Token) -> str:
    """The 40 characters before the token, in lower case: where its verb would be."""
    return doc_text(token.doc)[max(0, token.idx - 40) : token.idx].casefold()


def _place_root(doc: Doc, place: Place) -> Token | None:
    """The syntactic head of the place's words (None when they cover no token)."""
    span = doc.char_span(place.mention.start, place.mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) > 0 else None


def _hangs_on(doc: Doc, place: Place, trigger: _Trigger) -> bool:
    """The place's phrase hangs on the trigger, perhaps through a place before it ("run at Old
    Trafford in Manchester"), or on the verb the trigger is the object of ("close the trip
    against the Blades in Saskatoon"), not on some other word ("the foreign ministry in
    Beijing")."""
    token = _place_root(doc, place)
    if token is None:
        return False
    targets = {trigger.token.i}
    if trigger.token.dep_ == "dobj":
        targets.add(trigger.token.head.i)  # "close the trip ... in Saskatoon": on "close"
    for _ in range(6):
        if token.head is token or (token.head.pos_ == "VERB" and token.head.i not in targets):
            return False
        token = token.head
        if token.i in targets:
            return True
        if token.pos_ == "NOUN":
            return False
    return False


def _starts_a_later_leg(doc: Doc, place: Place) -> bool:
    """'from Preston' hangs on a leg of the trip that is not its first ("the last stage from
    Preston"): the traveller passed there."""
    governor = _preposition_governor(doc, place)
    if governor is None or governor.lemma_.casefold() not in LEG_NOUNS:
        return False
    return not any(c.lower_ in OPENING_WORDS for c in governor.children)


def _attended_before(token: Token) -> bool:
    """'after attending the Munich Security Conference': an event attended on the way, a stop
    at the place that opens its name (or named after it)."""
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    return (
        token.lemma_.casefold() == "attend" and token.lower_.endswith("ing") and before == "after"
    )


# the words after "marched" that make it a move along a way
MARCHED_WAYS = WAY_PARTICLES | frozenset({"from", "over", "out", "on", "back", "up", "down"})


def _date_of_the_verb_of(trigger: _Trigger, owned: dict[int, DateMention]) -> DateMention | None:
    """The date of the verb a noun trigger is the object of ("on Monday held talks in
    Papeete": Monday is the talks' day too)."""
    token = trigger.token
    if token.pos_ != "NOUN" or token.dep_ != "dobj":
        return None
    return owned.get(token.head.i)


def _lays_a_wreath(token: Token) -> bool:
    """'laid a wreath', 'laid flowers', 'lays a floral wreath': a rite at a memorial."""
    words = [t.lower_ for t in token.doc[token.i + 1 : token.i + 4]]
    return (
        bool(words)
        and set(words[:2]) <= WREATH_WORDS
        and bool({"wreath", "wreaths", "flowers"} & set(words))
    )


def _names_an_office(token: Token) -> bool:
    """A noun of moving set before a noun of an office, trade or body ("transport minister",
    "travel agent", "tour operator"): part of a title, no move."""
    head = token.head
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "compound"
        and head.pos_ == "NOUN"
        and lemma_of(head) in OFFICE_NOUNS_AFTER
    )


# what a noun of moving names a part of when set before it: "transport minister"
OFFICE_NOUNS_AFTER = frozenset(
    "minister ministry secretary department agency agent operator company firm authority "
    "union workers worker industry sector official officials spokesman spokeswoman".split()
)


def _left_in_a_state(token: Token) -> bool:
    """'left the boat stuck on a sandbank', 'leaving tens of thousands homeless': "leave" with
    an object and the state it is left in, no departure."""
    children = list(token.children)
    return any(c.dep_ == "dobj" for c in children) and any(
        c.dep_ in {"oprd", "acomp"} and c.i > token.i for c in children
    )


def _rolled_out(token: Token) -> bool:
    """'rolled out a vaccine', 'rolled back price controls': no move."""
    children = list(token.children)
    return (
        token.lemma_.casefold() == "roll"
        and any(c.dep_ == "prt" and c.lower_ in UNDOING_PARTICLES for c in children)
        and any(c.dep_ == "dobj" for c in children)
    )


def _is_presence(token: Token) -> bool:
    """'would be in Vladivostok', 'stayed at', 'attend the forum in'."""
    if token.lemma_.casefold() not in PRESENCE_VERBS or token.dep_ in {"aux", "auxpass"}:
        return False  # not "had been detained in Ashdod"
    if any(_port_of_call(t) for t in token.doc[max(0, token.i - 2) : token.i]):
        return False  # "Its first call was at Bima", "will be at": the call is the trigger
    following = [t.text.casefold() for t in token.doc[token.i + 1 : token.i + 3]]
    return token.lemma_.casefold() == "attend" or bool({"in", "at"} & set(following))


def _staying_since(token: Token) -> bool:
    """'He has been staying in Urgup since Saturday': a stop reached on that day."""
    if token.lemma_.casefold() != "stay" or token.dep_ in {"aux", "auxpass"}:
        return False
    return bool(_STAYING_SINCE_RE.match(doc_text(token.doc), token.idx + len(token.text)))


_STAYING_SINCE_RE = re.compile(r"\s+(?:in|at)\s+[^.;,]{1,60}?\s+since\s+[A-Z]")


def _stayed_for_a_while(token: Token) -> bool:
    """'Ron stayed on in Broome for almost three weeks', 'stayed in Kars for ten days': a
    stay on the way, told by its length after the place."""
    if token.lemma_.casefold() != "stay" or token.dep_ in {"aux", "auxpass"}:
        return False
    return bool(_STAYED_FOR_RE.match(doc_text(token.doc), token.idx + len(token.text)))


_STAYED_FOR_RE = re.compile(
    r"\s+(?:on\s+)?(?:in|at)\s+[^.;,]{1,50}?\s+for\s+(?:(?:almost|nearly|about|over|another|"
    r"more\s+than)\s+)?(?:a|an|\w+)\s+(?:day|night|week|month)s?\b"
)


def _was_there(token: Token, span: Span) -> bool:
    """'In the evening we were in Tromso', 'A day earlier she had been in Athens': a
    traveller's being somewhere, told as what came next in the narrative or as back story (a
    main clause in the simple past or past perfect, outside a quotation), is a stop."""
    if token.lemma_.casefold() != "be" or _next_lower(token) not in {"in", "at"}:
        return False
    if _a_tour_event_was_there(token):
        return True  # "Its first concert, the same evening, was in the main square of X"
    if _quoted_at(token, span) or _quote_open_before(span):
        return False  # not '"We were in Tromso," she said', but the sentence the parser ran
        # on into a quote after it ('She was in Utica ... "No windmills," she said')
    if not is_parsed(span):  # to select the sentence for parsing: "she had been in", "we were in"
        return token.lower_ in {"was", "were", "been"} and (
            _traveller_before(token, span) or _name_before(token, span)
        )
    if token.dep_ not in {"ROOT", "conj"}:
        return False
    had_been = token.tag_ == "VBN" and any(c.lower_ == "had" for c in token.children)
    if token.tag_ != "VBD" and not had_been:
        return False
    subject = _subject_token(token, span)
    if subject is not None and subject.lower_ in TRAVELLER_PRONOUNS:
        return True
    named = any(_a_persons_name(c, span) for c in _subjects(token, span))
    return named or _name_before(token, span)  # "Scholz was in Vilnius"


def _quoted_at(token: Token, span: Span) -> bool:
    """The token lies inside a quotation opened in its sentence: an odd count of quotation
    marks before it."""
    before = doc_text(span.doc)[span.start_char : token.idx]
    return sum(before.count(mark) for mark in QUOTE_MARKS) % 2 == 1


# a sentence that opens with the place its traveller was at: "In Pristina on Wednesday he"
_FRONTED_PLACE_RE = re.compile(r"(?:(?:On|Late|Early)\s+[\w ]{3,20}?,?\s+)?(?:In|At)\s+$")


def _fronted_place_verb(span: Span, places: list[Place], found: list[_Trigger]) -> list[_Trigger]:
    """The main verb of a sentence that opens with the place its traveller was at ("In
    Pristina on Wednesday he urged ..."), as a trigger, when no move is told there."""
    if not places:
        return []
    travels = [t for t in found if t.event_type == "travel"]
    if travels and not is_parsed(span):
        return []  # (a sentence with a move is parsed anyway)
    if any(t.token.i == span.root.i for t in travels):
        return []  # "In Tayan the boat called at the market": the move places it
    if is_parsed(span):
        verbs = [span.root]
    else:  # the word after the traveller's pronoun or name, to select the sentence for parsing
        verbs = [t for t in span if t.i > span.start and t.is_alpha and t.is_lower][:4]
    for verb in verbs:
        if verb.lemma_.casefold() in TRIGGERS["meeting"]:
            continue  # "In Abuja he met President Tinubu": the meeting places him there
        if (there := _there_by_a_fronted_place(verb, span, places)) is not None:
            return [_Trigger(verb, "travel", there)]
    return []


def _there_by_a_fronted_place(token: Token, span: Span, places: list[Place]) -> Place | None:
    """The place a sentence opens with, when its main verb's subject is a traveller's pronoun
    or a person's name ("In Pristina on Wednesday he urged Kosovo's prime minister ...", "In
    Pristina, Wadephul urged ..."): the traveller was there, on the sentence's day. Not in a
    quotation; the caller leaves out verbs of meeting and sentences that tell a move."""
    if not places or (is_parsed(span) and token.pos_ not in {"VERB", "AUX"}):
        return None
    first = min(places, key=lambda p: p.mention.start)
    text = doc_text(span.doc)
    if not _FRONTED_PLACE_RE.fullmatch(text, span.start_char, first.mention.start):
        return None
    if _quoted_at(token, span) or _quote_open_before(span):
        return None
    if not is_parsed(span):  # to select the sentence for parsing
        told = _traveller_before(token, span) or _name_before(token, span)
        return first if token.i > span.start + 2 and told else None
    if token.dep_ != "ROOT" or token.lemma_.casefold() in PRESENCE_VERBS:
        return None
    subject = _subject_token(token, span)
    if subject is not None and subject.lower_ in TRAVELLER_PRONOUNS:
        return first
    if subject is not None and _a_companion(subject):
        return first  # "At Sekadau the nephew sold the last of the rice": his party was there
    named = any(_a_persons_name(c, span) for c in _subjects(token, span))
    return first if named else None


def _a_persons_name(token: Token, span: Span) -> bool:
    """The token lies in a person's name of the sentence."""
    return any(e.label_ == "PERSON" and e.start <= token.i < e.end for e in _ents_in(span))


def _name_before(token: Token, span: Span) -> bool:
    """A person's name right before the verb and its auxiliaries ("Scholz was in Vilnius")."""
    index = token.i - 1
    while index >= span.start and span.doc[index].lower_ in AUXILIARIES:
        index -= 1
    return index >= span.start and _a_persons_name(span.doc[index], span)


TRAVELLER_PRONOUNS = frozenset({"we", "i", "he", "she", "they"})


def _traveller_before(token: Token, span: Span) -> bool:
    """A personal pronoun right before the verb and its auxiliaries ("she had been")."""
    index = token.i - 1
    while index >= span.start and span.doc[index].lower_ in AUXILIARIES:
        index -= 1
    return index >= span.start and span.doc[index].lower_ in TRAVELLER_PRONOUNS


def _hosts(token: Token) -> bool:
    """A welcome or greeting given to people ("welcomed the leaders", "was greeted by Putin"),
    not to a thing ("welcomed the delivery")."""
    sentence = token.sent
    if any(t.ent_type_ == "PERSON" for t in sentence if t.i != token.i):
        return True
    following = token.doc[token.i + 1 : min(token.i + 5, sentence.end)]
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if len(following) and following[0].lower_ in GUEST_PRONOUNS and not purpose:
        return True  # "the city's mayor welcomed them at the Arch of Galerius"; not "flew
        # to Riga to greet them", a welcome still to come
    if len(following) and following[0].is_title and _a_person_s_name(following[0]):
        return True  # "the Oba of Benin received Eze and her cast": named in another sentence
    after = [t.lemma_.casefold() for t in following]
    if token.tag_ == "VBN" or any(word in HUMAN_NOUNS | RECEIVED_GROUPS for word in after):
        return True
    verb = token.pos_ in {"VERB", ""}  # (not "to a welcome of drums, dancers and fans")
    return verb and any(_people_by_their_doing(t) for t in following)  # "hosted the singers"


def _people_by_their_doing(word: Token) -> bool:
    """A plural noun of people named by what they do ("singers", "surgeons", "cyclists",
    "musicians"), not a thing ("dinners", "papers")."""
    lemma = word.lemma_.casefold()
    plural = word.tag_ == "NNS" or (not word.tag_ and word.lower_ == lemma + "s")  # (untagged
    # before the parse)
    return plural and lemma.endswith(AGENT_ENDINGS) and lemma not in THINGS_ENDING_LIKE_AGENTS


AGENT_ENDINGS = ("er", "or", "ist", "ian", "eon")
THINGS_ENDING_LIKE_AGENTS = frozenset(
    "dinner supper paper center quarter water number letter order matter power border "
    "corridor monitor sensor motor tractor container trailer computer shelter chamber reactor "
    "tower river meteor harbor barrier banner poster folder sticker flyer flier charter".split()
)


def _receives_a_guest(token: Token) -> bool:
    """A host receives a person ("Biden received him at the White House", "received the
    visiting president", "was received by King Charles"), not a thing ("received a letter")."""
    if token.pos_ not in {"VERB", ""}:  # (untagged before the parse)
        return False
    doc = token.doc
    after = _three_after(token)
    if not after:
        return False
    if after[0].lower_ in GUEST_PRONOUNS or after[0].ent_type_ == "PERSON":
        return True
    if after[0].pos_ in {"PROPN", ""} and _a_person_s_name(after[0]):
        return True  # "received Adjovi and her nurses", the surname tagged as a place
    if after[0].lower_ == "by":  # "was received by King Charles"
        return any(t.ent_type_ == "PERSON" or t.lower_ in HUMAN_NOUNS for t in after[1:])
    if len(after) == 3 and after[0].lower_ == "the" and after[2].tag_ == "POS":
        whose = after[2].i + 1  # "received the troupe's founder, Juana Mamani"
        return whose < len(doc) and doc[whose].lower_ in HUMAN_NOUNS | GROUP_LEADER_NOUNS
    return (
        after[0].lower_ == "the"
        and any(  # not "received the King's Baton"
            t.lower_ in HUMAN_NOUNS and (t.i + 1 == len(doc) or doc[t.i + 1].tag_ != "POS")
            for t in after[1:]
        )
    )


def _sighted(token: Token) -> bool:
    """A mover seen somewhere, told in the passive ("was first spotted in March off Valentia
    Island", "was last seen on Sept. 2 at Crosshaven") or with the mover as the object
    ("photographed her breaching off Mancora", "photographed the animal ... in Hofn"): it was
    there. Not "was seen as a threat", "was seen by millions", "saw Putin off"."""
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    before_two = doc[token.i - 2].lower_ if token.i > 1 else ""
    passive = _after_a_passive_auxiliary(token) or (
        before in SIGHTING_ADVERBS and before_two in PASSIVE_AUXILIARIES
    )
    if not passive:
        return _sighted_object(token) != ""
    for word in doc[token.i + 1 : min(token.i + 5, len(doc))]:
        if word.lower_ in {"as", "to", "by", "with", "that", "for", "and"}:
            return False
        if word.lower_ in SIGHTING_CUES:
            return True
    return False


def _sighted_object(token: Token) -> str:
    """The mover an active verb of sighting (not "see") has for its object: a pronoun
    ("photographed her"), filled by the traveller, or a noun after "the" ("photographed the
    animal")."""
    doc = token.doc
    if token.lemma_.casefold() not in SIGHTING_LEMMAS - {"see"} or token.i + 1 >= len(doc):
        return ""  # not "would see the house in Homs"
    if doc[token.i - 1].lower_ in PASSIVE_AUXILIARIES:
        return ""
    following = doc[token.i + 1]
    if following.lower_ in OBJECT_PRONOUNS:
        return SEEN_PRONOUN
    if following.lower_ == "the" and token.i + 2 < len(doc) and doc[token.i + 2].is_lower:
        return doc[token.i + 2].text if doc[token.i + 2].is_alpha else ""
    return ""


def _receives_someone(token: Token) -> bool:
    """A reception of or by a person: "was received by the city's mayor", "was received by
    President Macron", "received the baton from champion Josua Tuilevu", "the king received
    him"; not a thing received ("received a letter", "was received with applause")."""
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ in {"the", "a", "an"}:
        return False  # "the received wisdom" (the tagger may not have run: no part of speech)
    end = min(token.i + 16, token.sent.end)
    following = doc[token.i + 1 : end]
    stop = next((t.i for t in following if t.is_punct), end)
    following = doc[token.i + 1 : stop]  # the clause
    first = following[0].lower_ if len(following) else ""
    if first in GUEST_PRONOUNS:
        return True
    if first in {"by", "from"} or any(t.lower_ == "from" for t in following):
        at = next(t.i for t in following if t.lower_ in {"by", "from"})
        after = doc[at + 1 : min(at + 6, token.sent.end)]
        if len(after) and after[0].lower_ in GUEST_PRONOUNS:
            return True  # "received the lantern from him at the Piratini Palace"
        return any(t.ent_type_ == "PERSON" or t.lemma_.casefold() in OFFICE_HOLDERS for t in after)
    if len(following) > 1 and first in {"the", "a", "an", "his", "her", "their"}:
        noun = following[1]
        if noun.lemma_.casefold() in RECEIVED_GROUPS or noun.lower_ in RECEIVED_GROUPS:
            return True  # "received the crews at his office", "received the delegation"
    return bool(len(following)) and following[0].ent_type_ == "PERSON"


# people received as a body: "the governor received the crews"
RECEIVED_GROUPS = frozenset(
    "players squad team teammates crew delegation entourage crews marchers walkers riders "
    "cyclists pilgrims travellers travelers visitors guests athletes runners sailors "
    "volunteers".split()
)
# nouns of movers, vehicles and trips: never a thing sent
CARGO_EXCLUDED = MOVER_NOUNS | VEHICLE_NOUNS | TRIP_NOUNS | HUMAN_NOUNS | RECEIVED_GROUPS


# people a reception is given by: "was received by the mayor"
def _negotiates_with(token: Token) -> bool:
    """A negotiation is a meeting with a counterpart: "negotiated with the pirates", "Kurti
    and Vucic negotiated", not "the owner negotiated a ransom"."""
    window = token.doc[token.i + 1 : min(token.i + 8, token.sent.end)]
    if any(t.lower_ == "with" for t in window):
        return True
    return any(c.dep_ == "nsubj" and c.conjuncts for c in token.children)


def _holds_talks(token: Token) -> bool:
    following = [t.lemma_.casefold() for t in token.doc[token.i + 1 : token.i + 4]]
    return "talk" in following or "meeting" in following or "summit" in following


def _ents_in(span: Span) -> list[Span]:
    """`span.ents` without its scan over every entity of the document (quadratic on long
    articles): the document's entities are listed once and looked up by position."""
    doc = span.doc
    ents = doc_entities(doc)
    starts = doc.user_data.get("geo.ent_starts")
    if not isinstance(starts, list):
        starts = doc.user_data["geo.ent_starts"] = [e.start for e in ents]
    found = []
    for i in range(bisect_left(starts, span.start), len(ents)):
        if ents[i].start >= span.end:
            break
        if ents[i].end <= span.end:
            found.append(ents[i])
    return found


def _credit_line(doc: Doc, ent: Span) -> bool:
    """The agency a dateline credits ("COTONOU, Nov 10 (Reuters) - Twenty-six treasures"):
    the source of the story, never one of its actors."""
    text = doc_text(doc)
    return text[ent.start_char - 1 : ent.start_char] == "(" and bool(
        _CREDIT_END_RE.match(text, ent.end_char)
    )


_CREDIT_END_RE = re.compile(r"\)\s*[-–—]")
# a person told as someone's relative or aide: "Agus's brother", "Kim's younger sister"
_OWNS_A_PERSON_RE = re.compile(
    r"['’]s\s+(?:\w+\s+)?(?:brothers?|sisters?|wife|husband|sons?|daughters?|mother|father|"
    r"family|parents|children|widow|spouse|partner|cousins?|uncle|aunt|nephews?|nieces?|"
    r"friends?|aides?|lawyers?|spokes(?:man|woman|person)|bodyguards?|deput(?:y|ies)|"
    r"assistants?|colleagues?|grand(?:son|daughter|father|mother)s?)\b"
)


def _actors(span: Span, people: dict[str, str], places: list[Place]) -> list[tuple[int, str]]:
    """People in the sentence (by position), under their fullest name; names that are places
    here or that name a newspaper or agency ("Chosun Ilbo newspaper") are left out."""
    found: list[tuple[int, str]] = []
    for ent in _ents_in(span):
        if ent.label_ != "PERSON" or "\n" in ent.text or _names_a_place_or_thing(ent):
            continue
        if ent[0].lower_ == "the":
            continue  # "crossed the Pha Din pass", the article tagged with the name: no person
        if opens_with_a_feature_word(ent):
            continue  # "tagged off Cape Cod", "Lake Malawi", tagged as people
        if any(p.mention.start < ent.end_char and ent.start_char < p.mention.end for p in places):
            continue
        if _credit_line(span.doc, ent) or _OWNS_A_PERSON_RE.match(doc_text(span.doc), ent.end_char):
            continue  # "Agus's brother ... left by bus": the brother moves
        if _kin_in_apposition(ent):
            continue  # "Princess Aiko, the only child of Emperor Naruhito, arrived": she does
        if _names_a_day(ent):
            continue  # "a St Patrick's Day tour", "on Martin Luther King Day": a holiday
        if _an_animal_s_name(ent):
            continue  # "led the mare, Zora, out of a stable": the rider moves
        if _team_told_as_a_person(ent):
            continue  # "held to a draw by Indonesian champions Persib Bandung": a club
        following = span.doc[ent.end].lower_ if ent.end < len(span.doc) else ""
        if following in MEDIA_WORDS or (len(ent) == 1 and following in TITLE_WORDS):
            continue
        name = people.get(_clean_name(ent.text), _clean_name(ent.text))
        name = _holder_of_the_title(ent, people) or name  # a headline's "Pope"
        if ent.start > 0 and span.doc[ent.start - 1].lower_ in STORM_WORDS:
            name = f"{span.doc[ent.start - 1].text} {name}"
        if name not in (n for _, n in found):
            found.append((ent.start, name))
    holders = _office_holders(span.doc, people)
    for token in span if holders else ():  # "The king and Queen Camilla flew": the king
        holder = _holder_of(token, holders)
        if holder and holder not in (n for _, n in found):
            found.append((token.i, holder))
    for token in span:  # "Marles met ...": a subject the model missed, named as a person elsewhere
        if not (token.dep_ == "nsubj" or _opening_name(token, span)) or token.ent_type_ == "PERSON":
            continue
        name = people.get(token.text, "") or _full_name_ending(token.text, people)
        if " " not in name:
            continue
        if any(p.mention.start <= token.idx < p.mention.end for p in places):
            continue
        if name not in (n for _, n in found):
            found.append((token.i, name))
    return sorted(found)


def _people_of(doc: Doc) -> dict[str, str]:
    """`canonical_people` of the document, kept with it."""
    kept = doc.user_data.get(_PEOPLE_KEY)
    if not isinstance(kept, dict):
        kept = doc.user_data[_PEOPLE_KEY] = canonical_people(doc)
    return kept


_PEOPLE_KEY = "geo.people"


def _a_person_s_name(word: Token) -> bool:
    """The word is a person's name in the document, or the last word of one ("Dlamini" of
    "Sibusiso Dlamini")."""
    return word.text in _names_and_surnames(word.doc)


def _names_and_surnames(doc: Doc) -> frozenset[str]:
    """Every name `_people_of` knows and the last word of each full name, kept with the
    document (asked for each verb of direction)."""
    kept = doc.user_data.get(_SURNAMES_KEY)
    if not isinstance(kept, frozenset):
        people = _people_of(doc)
        surnames = {name.rsplit(" ", 1)[-1] for name in people.values()}
        kept = doc.user_data[_SURNAMES_KEY] = frozenset(people) | surnames
    return kept


_SURNAMES_KEY = "geo.surnames"


def _noun_of_a_relative_clause(pronoun: Token) -> Token | None:
    """The plural common noun a relative pronoun subject stands for ("families who arrived"),
    people in no particular; None for a name ("Laborde, who led") or a relative."""
    if pronoun.lower_ not in {"who", "which", "that"} or pronoun.head.dep_ != "relcl":
        return None
    noun = pronoun.head.head
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lower_ in KIN_NOUNS | RELATIVE_NOUNS:
        return None  # (not "His mother, Anne, who had flown in": her own move, told of her)
    return noun


def _feature_named(token: Token) -> bool:
    """The word ends a name that opens with a feature word ("Cape Cod", "Lake Malawi")."""
    first = token.doc[token.left_edge.i]
    return token.pos_ == "PROPN" and opens_with_a_feature_word(token.doc[first.i : token.i + 1])


def _opening_name(token: Token, span: Span) -> bool:
    """A proper noun opening the sentence that the parse made its root ("Dauletov, 71, set
    off from Shymkent": the age's commas hid the verb): the subject it was."""
    if token.pos_ != "PROPN":
        return False
    if token.i == span.start and token.dep_ == "ROOT":
        return True
    first = token.left_edge.i  # "KIMBERLEY, ... (Reuters) - Johannes Swartbooi ran", the name
    # made an apposition of the dateline's town (or the root, or the dash made its child)
    doc = token.doc
    named_from = min([c.i for c in token.lefts if c.dep_ == "compound"] + [token.i])
    after_dash = doc[first].text in DATELINE_DASHES or (
        named_from > 0 and doc[named_from - 1].text in DATELINE_DASHES
    )
    return token.dep_ in {"appos", "ROOT"} and after_dash


DATELINE_DASHES = frozenset({"-", "–", "—"})


# a nationality opening a compound adjective: "Japanese-funded", "Chinese-built"
_COMPOUND_AFTER_RE = re.compile(r"-[a-z]")


def _kin_in_apposition(ent: Span) -> bool:
    """The person is named in an apposition that tells whose relative someone else is ("the
    only child of Emperor Naruhito", "the widow of the late king"): not the one acting."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of":
        return False
    noun = prep.head
    return noun.dep_ == "appos" and noun.lower_ in KIN_OF_NOUNS


# what an apposition calls someone with "of" another ("the eldest son of", "the widow of")
KIN_OF_NOUNS = frozenset(
    "child son daughter wife husband widow widower brother sister mother father grandson "
    "granddaughter niece nephew heir cousin".split()
)


# offices told as "the king" after their holder was named with them ("King Charles III")
OFFICE_NOUNS = frozenset(
    "king queen emperor empress pope president prince princess chancellor premier".split()
)


def _office_holders(doc: Doc, people: dict[str, str]) -> list[tuple[int, str, str]]:
    """(position, office, name) of every person named with an office before or opening the
    name ("King Charles III", "Queen Camilla"), listed once per document."""
    cached = doc.user_data.get("geo.holders")
    if isinstance(cached, list):
        return cached
    found = []
    for ent in _ents_in(doc[0 : len(doc)]):
        if ent.label_ != "PERSON" or "\n" in ent.text:
            continue
        before = doc[ent.start - 1] if ent.start > 0 else None
        if len(ent) > 1 and ent[0].lower_ in OFFICE_NOUNS:
            office = ent[0].lower_
        elif before is not None and before.is_title and before.lower_ in OFFICE_NOUNS:
            office = before.lower_
        else:
            continue
        if _FORMER_HOLDER_RE.search(doc_text(doc), max(0, ent.start_char - 30), ent.start_char):
            continue  # "his predecessor, Pope Francis": not who holds the office now
        name = _clean_name(ent.text)
        found.append((ent.start, office, people.get(name, name)))
    doc.user_data["geo.holders"] = found
    return found


_FORMER_HOLDER_RE = re.compile(r"\b(?:predecessor|successor|late|former)\b[\s,]*(?:the\s+)?$")


def _holder_of_the_title(ent: Span, people: dict[str, str]) -> str:
    """An office told alone as a name ("Pope makes one-day trip", "Pope Francis" tagged as
    two names) stands for the one person named with it in the document."""
    if len(ent) != 1 or ent[0].lower_ not in OFFICE_NOUNS:
        return ""
    named = {
        name for _, office, name in _office_holders(ent.doc, people) if office == ent[0].lower_
    }
    return named.pop() if len(named) == 1 else ""


def _holder_of(token: Token, holders: list[tuple[int, str, str]]) -> str:
    """The person "the king" or "the president" stands for: the last one named with that
    office before it (not "the king of Sweden", who is named there)."""
    if token.lower_ not in OFFICE_NOUNS or not token.text.islower() or token.ent_type_:
        return ""
    if token.i == 0 or token.doc[token.i - 1].lower_ != "the" or _next_lower(token) == "of":
        return ""
    named = [name for i, office, name in holders if office == token.lower_ and i < token.i]
    return named[-1] if named else ""


def _full_name_ending(word: str, people: dict[str, str]) -> str:
    """The one full name of the story that begins or ends with the word ("Zelenskiy" of
    "Volodymyr Zelenskiy"), when the model tagged the word alone as no person."""
    if not word[:1].isupper():
        return ""
    fits = {n for n in people.values() if " " in n and word in (n.split()[0], n.split()[-1])}
    return fits.pop() if len(fits) == 1 else ""


def _order_actors(actors: list[tuple[int, str]], trigger: _Trigger) -> tuple[str, ...]:
    """The subject (nearest person before the trigger) first, then the others."""
    before = [a for a in actors if a[0] < trigger.token.i]
    after = [a for a in actors if a[0] >= trigger.token.i]
    ordered = sorted(before, key=lambda a: trigger.token.i - a[0]) + after
    return tuple(name for _, name in ordered)


def _mover_first(
    who: tuple[str, ...],
    trigger: _Trigger,
    span: Span,
    actors: list[tuple[int, str]],
    people: dict[str, str],
) -> tuple[str, ...]:
    """The traveller is the grammatical subject, not a person named after the verb ("travelled
    to Paris, where he met Emmanuel Macron"; "The ship called at Gdansk"); "the couple" is the
    two people last named together as a subject."""
    if not is_parsed(span):
        return who
    subject = _subject_token(trigger.token, span) or _owner_as_subject(trigger.token, span)
    if subject is not None and _trip_told_by_that(subject, trigger.token):
        subject = _owner_as_subject(trigger.token.head, span)  # "the last leg of a trip
        # that began in Namibia": the trip of the main clause's subject, not the object's
    if subject is None and _participle_of_the_mover_before(trigger.token, actors):
        return (PRONOUN_ACTOR, *who)  # "crossing into North Macedonia at Hani i Elezit and
        # passing through Skopje, while Vucic flew in": Skopje is the crossing traveller's
    if subject is None or _anyone_of_a_kind(subject):
        return who  # "Every second man in Kurzeme once drove one of these": nobody in particular
    subject = _whose_owner(subject, subject.head, span) or subject
    pair = _pair_named_before(subject, people) if subject.lower_ in PAIR_NOUNS else ()
    if pair:
        others = (n for n in who if n not in pair and n.split()[-1] != subject.text)
        return (*pair, *others)  # "The couple will travel to X"
    aged = _aged_person_named_before(subject, people) if subject.pos_ == "NOUN" else ""
    if aged:  # "Etienne Bouchard ... and on Friday the 61-year-old retired teacher walked into
        # Thunder Bay": news names the person just told again by age
        return (aged, *(n for n in who if n != aged))
    if holder := _untagged_holder_of_the_office(subject, actors):
        return (holder, *(n for n in who if n != holder))  # "Minister of State for Health
        # Aoife Brennan flew", the name untagged by the model
    if not actors and who[:1] in {(), (PRONOUN_ACTOR,)} and _named_body(subject):
        return (_phrase(subject, span) or subject.text, *who[1:])  # "Eintracht Frankfurt
        # were held to a 2-2 draw in Jakarta": the club, subject of the verb the draw is of
    if not actors:
        return who
    inside = [n for i, n in actors if subject.left_edge.i <= i <= subject.right_edge.i]
    inside = inside or _named_with_the_group(subject, actors)
    if inside:
        name = inside[0]
    elif subject.text.isupper() or (
        subject.pos_ == "PROPN" and any(i < subject.i for i, _ in actors)
    ):
        return who  # a dateline ("MANILA, March 19 -"), a name the person before it bears
    elif subject.lower_ in SUBJECT_PRONOUNS:
        return (PRONOUN_ACTOR, *who)  # "He ... met Macron at Ajaccio airport before flying
        # back to Rome": the one told before, not the object
    elif subject.pos_ in {"NOUN", "PROPN"} or _mover_tagged_as_adjective(subject):
        phrase = _phrase(subject, span)
        if not phrase:
            return who
        name = people.get(phrase, _without_title(phrase))
    else:
        return who
    return (name, *(n for n in who if n != name))


def _anyone_of_a_kind(subject: Token) -> bool:
    """A subject told with "every", "each", "no" or "any" ("every second man", "no driver")."""
    return subject.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in {"every", "each", "no", "any"} for c in subject.children
    )


def _named_with_the_group(subject: Token, actors: list[tuple[int, str]]) -> list[str]:
    """The person named before "and" as another subject of the verb than the group nearest
    to it ("Laborde and two other union officials drove into Paris", which the parser reads
    as two subjects): the named one travels, with the group."""
    named: list[str] = []
    for other in subject.head.children:
        if other.dep_ not in {"nsubj", "nsubjpass"} or other.i >= subject.left_edge.i:
            continue
        between = subject.doc[other.i + 1 : subject.left_edge.i]
        if [t.lower_ for t in between if not t.is_punct] == ["and"]:
            named += [n for i, n in actors if other.left_edge.i <= i <= other.right_edge.i]
    return named


def _aged(subject: Token) -> bool:
    """The subject is told by its age ("the 84-year-old patriarch")."""
    lead = doc_text(subject.doc)[subject.left_edge.idx : subject.idx]
    return bool(_AGED_RE.search(lead))


_AGED_RE = re.compile(r"\b\d{1,3}-year-old\b")


def _aged_person_named_before(subject: Token, people: dict[str, str]) -> str:
    """The person last named as a subject before a subject told by its age ("Ecumenical
    Patriarch Bartholomew celebrated ... The 84-year-old patriarch flew from Istanbul"; not
    "the village they called Gelveri"), "" when none is."""
    if not _aged(subject):
        return ""
    named = [
        e
        for e in _ents_in(subject.doc[0 : subject.left_edge.i])
        if e.label_ == "PERSON"
        and "\n" not in e.text
        and not _credit_line(subject.doc, e)
        and (e.root.dep_ in {"nsubj", "nsubjpass"} or _whose_kin(e))
    ]
    if not named:
        return ""
    name = _clean_name(named[-1].text)
    name = people.get(name, name)
    return name if " " in name else ""  # a full name; not a headline's "Carpenter walking"


def _whose_kin(name: Span) -> bool:
    """The name owns a relative ("Jóannes Joensen's wife and three daughters were waiting
    ... when the 54-year-old trawler engineer ran"): the one the family waits for."""
    return name.root.dep_ == "poss" and name.root.head.lemma_.casefold() in KIN_NOUNS


def _pronoun_bound_in_sentence(token: Token, span: Span, actors: list[tuple[int, str]]) -> str:
    """The person a "he" or "she" subject of the trigger stands for when the sentence's main
    clause names them as its subject (see `_main_subject_named`); "" otherwise."""
    if not actors or not is_parsed(span):
        return ""
    subject = _subject_token(token, span)
    return _main_subject_named(subject, actors) if subject is not None else ""


def _main_subject_named(pronoun: Token, actors: list[tuple[int, str]]) -> str:
    """The person named as the subject of the main clause that the pronoun's clause hangs on
    ("Ariel Henry has been stuck in Puerto Rico since he was barred from landing"), or of the
    verb of saying whose report it is ("Park Soo-min, 31, said she waded across the river")."""
    if pronoun.lower_ not in {"he", "she"}:
        return ""
    verb = pronoun.head
    for _ in range(3):
        told = verb.dep_ == "ccomp" and verb.head.lemma_.casefold() in SAYING_LEMMAS
        if (verb.dep_ not in {"advcl", "conj"} and not told) or verb.head is verb:
            return ""
        verb = verb.head
        for child in verb.children:
            if child.dep_ not in {"nsubj", "nsubjpass"} or child.i > pronoun.i:
                continue
            named = [n for i, n in actors if child.left_edge.i <= i <= child.i]
            if named:
                return named[-1]
    return ""


SAYING_LEMMAS = frozenset({"say", "tell"})


def _main_noun_of_pronoun(token: Token, span: Span) -> str:
    """The common noun that is the subject of the main clause a "they" or "it" subject's
    clause hangs on, through a relative or adverbial clause and a preposition ("The remains
    ... had been kept at an office until Monday, when they were driven to Da Nang")."""
    if not is_parsed(span):
        return ""
    pronoun = _subject_token(token, span)
    if pronoun is None or pronoun.lower_ not in {"they", "it"} or pronoun.head.i != token.i:
        return ""
    plural = pronoun.lower_ == "they"
    verb = token
    for _ in range(4):
        if verb.dep_ not in {"relcl", "advcl", "pobj", "prep"} or verb.head.i == verb.i:
            return ""
        verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        for child in _subjects(verb, span):
            if child.i > pronoun.i or child.pos_ != "NOUN" or (child.tag_ == "NNS") != plural:
                return ""
            return _phrase(child, span)
        return ""
    return ""


def _participle_of_the_mover_before(token: Token, actors: list[tuple[int, str]]) -> bool:
    """A participle with no subject of its own and no person named before it in the
    sentence goes on with the traveller told before, not with a person named after it."""
    return token.tag_ == "VBG" and all(i > token.i for i, _ in actors)


PAIR_NOUNS = frozenset({"couple", "pair", "duo"})


def _pair_named_before(token: Token, people: dict[str, str]) -> tuple[str, ...]:
    """The two people last named together as a subject before the token ("The king and Queen
    Camilla flew ...", "Two giant pandas, Yun Chuan and Xin Bao, arrived ..."), for "the
    couple" or "the pair"."""
    pairs = _named_pairs(token.doc[0 : token.i], people)
    return pairs[-1] if pairs else ()


def _named_pairs(span: Span, people: dict[str, str]) -> list[tuple[str, ...]]:
    """The names of every subject in the span made of two people joined by "and" ("The king
    and Queen Camilla") or holding two such names ("Two giant pandas, Yun Chuan and Xin
    Bao,"), in text order (sentences are parsed as needed: nothing is kept)."""
    holders = _office_holders(span.doc, people)
    found: list[tuple[str, ...]] = []
    for token in span:
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        names = _joined_names(token, people, holders) or _two_named_inside(token, people)
        if len(names) == 2:
            found.append(names)
    return found


def _joined_names(
    token: Token, people: dict[str, str], holders: list[tuple[int, str, str]]
) -> tuple[str, ...]:
    """The names of a word and the words joined to it by "and", when each names a person."""
    names = []
    for word in (token, *token.conjuncts):
        name = _holder_of(word, holders)
        if not name and word.ent_type_ == "PERSON":
            ent = next((e for e in _ents_in(word.sent) if e.start <= word.i < e.end), None)
            name = people.get(_clean_name(ent.text), _clean_name(ent.text)) if ent else ""
        if not name:
            return ()
        names.append(name)
    return tuple(dict.fromkeys(names))


def _two_named_inside(subject: Token, people: dict[str, str]) -> tuple[str, ...]:
    """The two people named, joined by "and", inside a subject's phrase ("Two giant pandas
    from China, Yun Chuan and Xin Bao,")."""
    doc = subject.doc
    inside = doc[subject.left_edge.i : subject.right_edge.i + 1]
    named = [e for e in _ents_in(inside) if e.label_ == "PERSON"]
    if len(named) != 2 or doc_text(doc)[named[0].end_char : named[1].start_char] != " and ":
        return ()
    return tuple(people.get(_clean_name(e.text), _clean_name(e.text)) for e in named)


def _with_passive_guest(
    who: tuple[str, ...], token: Token, span: Span, people: dict[str, str]
) -> tuple[str, ...]:
    """Who is welcomed, greeted or hosted in the passive takes part in the meeting: "The
    Swedish couple flew in ... and were welcomed by King Willem-Alexander"."""
    hosted = token.lemma_.casefold() in HOSTING_LEMMAS
    if not _parsed_as_passive(token) or not hosted or not is_parsed(span):
        return who
    subject = _subject_token(token, span)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return who
    pair = _pair_named_before(subject, people) if subject.lower_ in PAIR_NOUNS else ()
    if pair:
        return (*who, *(n for n in pair if n not in who))  # "The couple ... were welcomed by"
    phrase = _phrase(subject, span)
    if not phrase or subject.lower_ in BYSTANDER_NOUNS:
        return who
    name = people.get(phrase, phrase)
    inside = [n for n in who if n in phrase or phrase in n]
    return who if inside else (*who, name)


def _guest_pronoun(token: Token) -> bool:
    """A welcome or greeting given to "him", "her" or "them", or someone joining, meeting or
    visiting them ("her husband flew out to meet her"): the traveller told before."""
    following = _next_lower(token)
    hosting = token.lemma_.casefold() in GREETING_LEMMAS
    return hosting and (following in GUEST_PRONOUNS or _a_group_next(token))


def _a_group_next(token: Token) -> bool:
    """The words after the token are "the crews", "the marchers", "their team": a body of
    travellers, the guests of a welcome."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in {"the", "their", "his", "her"}:
        return False
    return doc[token.i + 2].lower_ in RECEIVED_GROUPS


def _joins_the_traveller(token: Token) -> bool:
    """Someone joins the traveller told as "him", "her" or "them" ("where his daughter Camille
    joined him for a week"): a meeting; not "joined the army", nor "was joined by supporters"."""
    return (
        token.pos_ in {"VERB", ""}  # (before the parse too, to select the sentence: "His
        # daughter joined him at the station")
        and not _after_a_passive_auxiliary(token)
        and _next_lower(token) in GUEST_PRONOUNS
    )


def _waits_for_the_traveller(token: Token) -> bool:
    """A relative of the traveller waits for them ("al-Khatib's mother was waiting for them at
    her sister's flat", "His father, Mark, ... was waiting on the apron"): a meeting with the
    traveller where they arrive; not a stranger ("where a broker was waiting for her")."""
    if not token.pos_:  # before the parse: to select the sentence ("The mayor of Almería was
        # waiting for him beside the green")
        return _next_lower(token) in WAITING_WORDS_AFTER
    if token.pos_ != "VERB":
        return False
    if any(c.dep_ == "xcomp" and lemma_of(c) in WELCOMING_LEMMAS for c in token.children):
        return True  # "the vice-chancellor was waiting to shake their hands": a welcome
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and _holds_an_office(subject):
        return True  # "President Duma Boko was waiting on the platform": a host's welcome
    if subject is None or not {subject.lemma_.casefold(), subject.lower_} & WAITING_COMPANIONS:
        subject = _kin_before_a_subjectless_verb(token)  # (or one with a wrong subject)
    if subject is None:
        return False  # "His parents were waiting": the lemma "parent" is no kin word alone
    kin = [subject, subject.head] if subject.dep_ == "conj" else [subject]  # "Joensen's wife
    # and three daughters were waiting"
    return any(
        c.dep_ == "poss" and (c.lower_ in POSSESSIVE_PRONOUNS or c.pos_ == "PROPN")
        for word in kin
        for c in word.children
    )


# the words after "waiting" of one who waits for someone or somewhere
WAITING_WORDS_AFTER = frozenset("for on at in beside outside by under with".split())


def _holds_an_office(subject: Token) -> bool:
    """The subject is an office holder ("the mayor", "President Duma Boko"), not a stranger
    ("a broker")."""
    if subject.lemma_.casefold() in OFFICE_HOLDERS:
        return subject.pos_ == "NOUN"
    return subject.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in OFFICE_HOLDERS for c in subject.children
    )


def _kin_before_a_subjectless_verb(token: Token) -> Token | None:
    """The relative told before a verb the parse gave no subject or another one ("In Falmouth,
    a Georgian port ..., her grandmother Icilda Gordon, 84, who raised her, was waiting"),
    when no other verb than a relative clause's stands between them."""
    for word in reversed(token.doc[token.sent.start : token.i]):
        if word.pos_ == "VERB" and word.dep_ not in {"relcl", "acl", "aux", "auxpass"}:
            return None
        if word.dep_ in {"poss", "pobj", "dobj"}:
            continue  # "left his mother's house in Beira ... and waited four hours": a place
        if {word.lemma_.casefold(), word.lower_} & WAITING_COMPANIONS:
            return word
    return None


def _reunites_with_kin(token: Token) -> bool:
    """The traveller meets their own relatives again: "walked ... into the arms of his mother
    and two daughters", "hugged her sons", "was reunited with his daughter" (not "arms of the
    state", "embraced the plan")."""
    doc = token.doc
    if token.pos_ == "VERB" and _hugged_by_kin(token):
        return True  # "her mother, Louise, waded into the water to hug her"
    if token.pos_ == "NOUN":
        if token.lower_ != "arms" or _next_lower(token) != "of":
            return False
        start = token.i + 2
    elif token.pos_ == "VERB" or (not token.pos_ and token.lower_ != "arms"):  # (untagged
        # before the parse)
        start = token.i + 1 + (_next_lower(token) == "with")  # "was reunited with his daughter"
    else:
        return False
    words = doc[start : min(start + 3, len(doc))]
    return (
        len(words) >= 2
        and words[0].lower_ in POSSESSIVE_PRONOUNS
        and any(w.lemma_.casefold() in MET_AGAIN or w.lower_ in MET_AGAIN for w in words[1:])
    )


def _hugged_by_kin(token: Token) -> bool:
    """The traveller's own relatives, told as the subject, hug or embrace them: "her mother,
    Louise, waded into the water to hug her", "his wife embraced him on the platform" (the
    parser may leave the relative without a verb, as the conjunct of the traveller)."""
    if not any(c.dep_ == "dobj" and c.lower_ in GUEST_PRONOUNS for c in token.children):
        return False
    verb = token.head if token.dep_ in {"advcl", "xcomp", "conj"} else token
    start = max(verb.sent.start, verb.i - 12)
    return any(
        word.lemma_.casefold() in WAITING_COMPANIONS
        and word.dep_ not in {"pobj", "dobj", "poss"}
        and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in word.children)
        for word in token.doc[start : verb.i]
    )


# whom a traveller is reunited with: kin, friends, and an animal's owner ("a dog ... was
# reunited with his owner")
MET_AGAIN = WAITING_COMPANIONS | frozenset({"owner", "owners"})


def _may_greet(span: Span) -> bool:
    """Whether some word of the span has the lemma of a greeting (`_guest_pronoun`,
    `_welcomed`): read from the document's arrays, no Token per word."""
    _, lemma, _ = _word_table(span.doc)
    strings = span.doc.vocab.strings
    return any(strings[lemma[i]].casefold() in GREETING_LEMMAS for i in range(span.start, span.end))


def _greeting(triggers: list[_Trigger]) -> bool:
    """A host greets the traveller, in a sentence that names no place ("Prime Minister
    Alexander De Croo greeted him on the tarmac", "He was welcomed by President Ruto at State
    House"): with the host named, a meeting where the traveller arrived."""
    return any(
        t.event_type == "meeting" and (_guest_pronoun(t.token) or _welcomed(t.token))
        for t in triggers
    )


def _welcomed(token: Token) -> bool:
    """'He was welcomed by President William Ruto': a passive welcome or greeting."""
    return token.lemma_.casefold() in HOSTING_LEMMAS and _after_a_passive_auxiliary(token)


def _owner_as_subject(token: Token, span: Span) -> Token | None:
    """'Pope Francis met the king ..., the first day of his visit to Belgium': a trip noun
    owned by a pronoun, or by no one ("held talks in Riyadh, the second leg of a four-day
    tour"), is the trip of the subject of the sentence's main verb."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    owned = any(c.lower_ in POSSESSIVE_PRONOUNS for c in owners)
    unowned_trip = not owners and token.lemma_.casefold() in TRIP_NOUNS
    if token.pos_ != "NOUN" or not (owned or unowned_trip):
        return None
    subjects = _subjects(_clause_verb(token), span) or _subjects(token.sent.root, span)
    return subjects[0] if subjects else None


def _clause_verb(token: Token) -> Token:
    """The nearest verb above the token, the verb of its clause ("as the relay reached Suva
    on the third day of its tour": "reached"); the sentence's root when there is none."""
    head = token.head
    for _ in range(8):
        if head.pos_ in {"VERB", "AUX"} or head.head is head:
            return head
        head = head.head
    return token.sent.root


POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})


def _trip_told_by_that(subject: Token, verb: Token) -> bool:
    """The verb's subject is "that" or "which" of a relative clause on a trip noun ("a trip
    that began in Namibia")."""
    trip = verb.head
    return (
        subject.lower_ in {"that", "which"}
        and verb.dep_ == "relcl"
        and trip.lemma_.casefold() in TRIP_NOUNS
    )


def _carried_first(
    who: tuple[str, ...], token: Token, span: Span, people: dict[str, str]
) -> tuple[str, ...]:
    """Who is carried somewhere travels, not the carrier: "police flew a suspect to X", "a
    plane took him to Miami", "tugs towed the freighter from X" (a vehicle ridden, "took the
    train to Kyiv", is no traveller)."""
    carried = _carried_object(token, span)
    if carried is None and lemma_of(token) in MANNER_OF_MOTION_VERBS:
        carried = _object_then_way(token)  # "ran it through the streets of Lautoka"
    if carried is None:
        return who
    if carried.lower_ in OBJECT_PRONOUNS:
        return (PRONOUN_ACTOR, *who)
    name = people.get(_clean_name(carried.text), "") if carried.ent_type_ == "PERSON" else ""
    name = name or _phrase(carried, span)
    return (name, *(n for n in who if n != name)) if name else who


def _carried_away(token: Token, span: Span) -> bool:
    """A carrying verb with an object and a way other than "out" ("carried him north to"),
    or in the passive with a way ("were carried off from the royal palaces of Abomey"), not a
    participle describing a vehicle ("a ship carrying 600 passengers from Portsmouth")."""
    if not is_parsed(span):  # to select the sentence for parsing: "were carried off from",
        # "escorted him up the escarpment to Iten"
        if _after_a_passive_auxiliary(token) and _next_lower(token) in AWAY_WORDS | {"off"}:
            return True
        return _way_soon_after(token)
    if token.dep_ == "acl":
        return False
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return False
    return _carried_object(token, span) is not None or _carried_in_the_passive(token)


def _way_soon_after(token: Token) -> bool:
    """A way ("to", "from", "up the escarpment") among the few words after a verb, past its
    object: a cheap sign, before the parse, that the verb may carry its object somewhere."""
    following = token.doc[token.i + 1 : token.i + 1 + WAY_SEARCH_WORDS]
    return any(t.lower_ in AWAY_WORDS | PATH_WORDS for t in following)


WAY_SEARCH_WORDS = 6


def _leads_along(token: Token, span: Span) -> bool:
    """A verb of leading with an object and a way ("led the column out of Agen", "guided the
    group down to the valley"): its subject goes along; not "led by", "led the talks"."""
    if not is_parsed(span):
        return _way_soon_after(token)  # to select the sentence for parsing
    if token.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in token.children):
        return False
    return any(_leads_away(c) for c in token.children)


def _carried_in_the_passive(token: Token) -> bool:
    """A carrying verb in the passive with a way ("were carried off from", "was brought to
    Lampedusa"): its subject moves."""
    way = any(
        c.dep_ in {"prep", "prt"} and c.lower_ in AWAY_WORDS | {"off"} for c in token.children
    )
    return _parsed_as_passive(token) and way


def _carried_object(token: Token, span: Span) -> Token | None:
    """The direct object of a verb that moves something to or from a place, when it is not a
    vehicle ridden or a place crossed."""
    if token.lemma_.casefold() not in TRANSPORT_LEMMAS or token.pos_ != "VERB":
        return None
    if not any(_leads_away(c) for c in token.children):
        return None
    for child in token.children:
        if child.dep_ == "dobj" and span.start <= child.i < span.end:
            lemma = child.lemma_.casefold()
            if child.ent_type_ in {"GPE", "LOC", "FAC"} or lemma in VEHICLE_NOUNS | PLACE_NOUNS:
                return None
            if lemma in WAY_SUBJECTS:
                return None  # "had driven up the highway through Nairobi": the way taken
            if lemma in TOWED_THINGS:
                return None  # "towed his caravan into Kununurra": who tows goes along
            if child.like_num:
                return None  # "beat a selection 3-0", the score parsed as what flew
            return child
    return None


def _leads_away(child: Token) -> bool:
    """A verb's word that tells a way to or from somewhere: "to", "from", "back", or a path
    that ends at a place ("escorted him up the escarpment to Iten")."""
    if child.dep_ not in {"prep", "advmod", "prt"}:
        return False
    if child.lower_ in AWAY_WORDS:
        return True
    return child.lower_ in PATH_WORDS and any(
        t.dep_ == "prep" and t.lower_ in {"to", "into"} for t in child.subtree
    )


# what a traveller tows behind their own vehicle, and so goes along with
TOWED_THINGS = frozenset("caravan caravans trailer trailers camper horsebox".split())
# words of a path a way may follow before its end ("up the escarpment to Iten")
PATH_WORDS = frozenset("up down along across through over past around".split())


def _noun_trigger_as_object(token: Token) -> bool:
    """A noun trigger that is the object of its verb ("began the trip", "made landfall", the
    tagger's adjective "landfall" too)."""
    return token.pos_ in {"NOUN", "ADJ"} and token.dep_ in {"dobj", "attr", "pobj"}


def _subject_token(token: Token, span: Span) -> Token | None:
    """The subject of a trigger verb, through coordinated, subordinate and prepositional
    verbs ("called at Helsinki before sailing to Copenhagen"), and of the verb whose object
    a noun trigger is ("began the trip in Rome"); a participle's is the noun it describes
    ("$6 billion in Iranian funds transferred from South Korea")."""
    head = token
    if token.lemma_.casefold() in FIX_VERBS and (fixed := _fixed_mover(token)) is not None:
        return fixed  # "its signal placed it near Gondar": it was there, not the signal
    if (named := _noun_before_a_verb_told_as_noun(token)) is not None:
        return named  # "The Tigers head east to Brandon": the Tigers
    if _noun_trigger_as_object(token):
        head = token.head  # "began the trip", "three days after a visit to Kyiv"
    if _describes_a_noun(token, span):
        return token.head
    for _ in range(5):
        for child in _subjects(head, span)[:1]:
            if _dateline_word(child, span):  # "NAMPULA, Mozambique, ... - Cyclone Nyasha tore"
                return _appos_after_the_dash(child, span)
            return child
        coordinated = head.dep_ in {"conj", "advcl", "xcomp", "pcomp", "prep", "acomp"}
        if not (coordinated or _loose_coordinate(head)) or head.head is head:
            return None
        head = _reported_move(head, span) or _shared_head(head)
    return None


def _reported_move(verb: Token, span: Span) -> Token | None:
    """The move a verb is joined to, when the parser joined it to the verb of showing or
    saying that reports that move ("Tracking data showed the lorry crossed into Germany ...
    and passed Leipzig": the lorry passed Leipzig, not the data)."""
    head = verb.head
    if verb.dep_ != "conj" or head.lemma_.casefold() not in REPORTING_LEMMAS:
        return None
    told = [c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i and _subjects(c, span)]
    return told[-1] if told else None


# verbs that report a move told in their complement clause ("data showed the lorry crossed")
REPORTING_LEMMAS = frozenset("show say report indicate suggest reveal confirm".split())


def _describes_a_noun(token: Token, span: Span) -> bool:
    """A past participle set after a noun it describes: "funds transferred from Seoul"; not
    an occasion, which cannot move ("to attend the BRICS summit, followed by a state visit to
    Brasilia": the traveller goes on)."""
    head = token.head
    if _sentence_read_as_a_noun(token, span):
        return True
    return (
        token.tag_ == "VBN"
        and token.dep_ == "acl"
        and head.pos_ == "NOUN"
        and span.start <= head.i < span.end
        and head.lemma_.casefold() not in OCCASION_NOUNS
    )


def _sentence_read_as_a_noun(token: Token, span: Span) -> bool:
    """The parser read the sentence as one noun phrase, its verbs describing the noun ("The
    20-metre Skuld, crewed by 12 volunteers, left Bergen": "left" hung on "Skuld"): the
    noun is the verb's subject."""
    head = token.head
    return (
        token.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i < token.i
        and span.start <= head.i < span.end
        and any(c.dep_ == "dobj" or c.dep_ == "prep" for c in token.children)
    )


# what happens somewhere, never a mover: "the summit, followed by a state visit to Brasilia"
OCCASION_NOUNS = (
    TRIP_NOUNS
    | TRIGGERS["meeting"]
    | frozenset(
        "talks conference ceremony funeral forum celebration commemoration festival session "
        "dinner lunch banquet reception game match event parade rally election vote".split()
    )
)


def _subject_phrase(token: Token, span: Span) -> tuple[str, ...]:
    """The grammatical subject of a trigger verb when no person is named ("the storm",
    "the foreign minister"), following coordinated verbs back to their head; a participle's
    noun ("Iranian funds transferred from South Korea")."""
    if _describes_a_noun(token, span):
        phrase = _phrase(token.head, span)
        return (phrase,) if phrase else ()
    if (named := _noun_before_a_verb_told_as_noun(token)) is not None:
        phrase = _phrase(named, span)
        return (phrase,) if phrase else ()
    head = token
    if _noun_trigger_as_object(token):
        head = token.head  # "made landfall": the subject of "made"
        if (
            token.lemma_ in LEG_NOUNS
            and token.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.head.pos_ in {"VERB", "AUX"}
        ):
            head = head.head  # "will lead the fleet out ... for the leg to Aarhus": of "lead"
    elif token.dep_ in {"advmod", "prt"} and token.head.pos_ in {"VERB", "AUX"}:
        head = token.head  # "came ashore": the subject of "came"
    head = _relative_clause_verb_before(head)
    for _ in range(3):
        subject = _subject_of(head, span) or _object_controller(head, span)
        if subject or head.dep_ not in {"conj", "advcl", "xcomp", "acomp"} or head.head is head:
            return subject
        head = _shared_head(head)
    return ()


def _relative_clause_verb_before(verb: Token) -> Token:
    """The verb of a relative clause that a participle after "after" or "before" hangs on
    ("Dyrrachium, where travellers from Brindisi landed after crossing from Italy"): the
    crossing is the travellers', whose clause it ends; else the verb itself."""
    preposition = verb.head
    if verb.dep_ == "pcomp" and preposition.dep_ == "prep" and preposition.head.dep_ == "relcl":
        return preposition.head
    return verb


def _object_controller(verb: Token, span: Span) -> tuple[str, ...]:
    """The object of the verb an infinitive depends on, who is the one to move ("told its
    citizens to leave the capital", "urged residents to flee", "invited Putin to visit")."""
    if verb.dep_ != "xcomp" or verb.head is verb:
        return ()
    for child in verb.head.children:
        if child.dep_ == "dobj" and child.pos_ in {"NOUN", "PROPN"} and child.i < verb.i:
            phrase = _phrase(child, span)
            return (phrase,) if phrase else ()
    return ()


def _subjects(head: Token, span: Span) -> list[Token]:
    """The verb's subjects in the sentence, nearest first (a dateline the parser took for a
    second subject, "MIAMI, Oct 10 (Reuters) - Hurricane Milton moved", comes last)."""
    found = [
        _noun_before_a_verb_told_as_noun(c) or c  # "The Tigers head east ..., then double"
        for c in head.children
        if c.dep_ in {"nsubj", "nsubjpass"}
        and span.start <= c.i < span.end
        and not _object_of_the_preposition(c, head)
    ]
    return sorted(found, key=lambda c: abs(head.i - c.i))


def _subject_of(head: Token, span: Span) -> tuple[str, ...]:
    for child in _subjects(head, span):
        if _dateline_word(child, span):  # "NEW DELHI, July 4 (Reuters) - India's ... team"
            return _noun_before(head, span) or _told_after_the_dash(child, span)
        if child.lower_ in RELATIVE_PRONOUNS and _relative_of_the_traveller(head):
            phrase = _phrase(head.head, span)  # "Her father, who had travelled with her":
            if phrase:  # the father travelled, on his own
                return (_without_title(phrase),)
        if _feature_named(child):
            return ()  # "tagged off Cape Cod turns up": the parse's subject is a place
        if child.lower_ in TIME_SPANS | DAY_PARTS:
            return ()  # "The last night was spent in Païta": the time, no mover
        if (noun := _noun_of_a_relative_clause(child)) is not None:
            phrase = _phrase(noun, span)  # "families who arrived from Ukraine"
            return (phrase,) if phrase else ()
        if child.pos_ in {"NOUN", "PROPN"} or _mover_tagged_as_adjective(child):
            owner = _whose_owner(child, head, span)
            phrase = _phrase(owner or child, span)
            if phrase:
                return (_without_title(phrase),)
    return ()


def _mover_tagged_as_adjective(word: Token) -> bool:
    """A mover's noun the tagger took for an adjective ("A Garratt steam locomotive ...
    steamed into Gaborone", "When the locomotive came to a halt")."""
    return word.pos_ == "ADJ" and word.lemma_.casefold() in MOVER_NOUNS


def _relative_of_the_traveller(verb: Token) -> bool:
    """The verb tells, in a relative clause, what a relative of the traveller did ("Her
    father and coach, who had travelled with her from Budapest, went home"): the relative
    is its subject, not the traveller a pronoun in it names."""
    noun = verb.head
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
    return (
        verb.dep_ == "relcl"
        and noun.pos_ == "NOUN"
        and noun.lower_ in RELATIVE_NOUNS
        and not negated  # "al-Khatib's mother, who never left Syria": no move of hers
    )


def _object_of_the_preposition(subject: Token, verb: Token) -> bool:
    """A "subject" the parser gave a gerund right after a preposition is that preposition's
    object ("spent a week at Taoudenni loading the salt": Taoudenni does not load; the
    caravan does)."""
    if verb.dep_ != "pcomp" or subject.left_edge.i == 0:
        return False
    before = subject.doc[subject.left_edge.i - 1]
    return before.dep_ == "prep" and before.i == verb.head.i


def _whose_owner(subject: Token, verb: Token, span: Span) -> Token | None:
    """The noun a relative clause with "whose" tells about: the subject's owner ("Team
    Holcim-PRB, whose crew had won the previous leg": the team, not some crew told before)."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "whose" for c in subject.children):
        return None
    owner = verb.head
    return owner if owner.pos_ in {"NOUN", "PROPN"} and span.start <= owner.i < span.end else None


def _without_title(phrase: str) -> str:
    """A full name after a title or trade word the model joined to it ("Skipper Charlie
    Enright sailed into Newport", "Captain Rohit Sharma"), perhaps qualified ("Ecumenical
    Patriarch Bartholomew"): the person is the name."""
    words = phrase.split()
    if (name := _name_after_nationality_and_role(words)) is not None:
        return name
    if (name := _name_after_trade(words)) is not None:
        return name
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return phrase
    if words[0].casefold().rstrip(".") in NAME_TITLES:
        return " ".join(words[1:])
    if words[1].casefold() in NAME_TITLES:
        return " ".join(words[2:])  # "Ecumenical Patriarch Bartholomew", "Grand Mufti Hamdan"
    return phrase


def _name_after_trade(words: list[str]) -> str | None:
    """The full name after a trade of two words or more that opens the sentence ("Truck
    driver Héctor Ledesma steered ...", "Sewing machine operator Rokeya Begum"): the person is
    the name."""
    lower = [i for i, w in enumerate(words) if w.islower()]
    if not lower or lower != list(range(1, lower[-1] + 1)):
        return None
    trade = words[lower[-1]].casefold()
    if trade not in NAME_TITLES and not _TRADE_ENDING_RE.search(trade):
        return None
    name = words[lower[-1] + 1 :]
    if len(name) < 2 or not all(w[:1].isupper() for w in name):
        return None
    return " ".join(name)


_TRADE_ENDING_RE = re.compile(r"(?:er|or|ist|man|woman|ian|ant|ent)$")


def _name_after_nationality_and_role(words: list[str]) -> str | None:
    """The full name after a nationality and a role in lower case ("Norwegian adventurer
    Ingrid Mæland skied into Kangerlussuaq"): the person is the name."""
    roles = [i for i, w in enumerate(words) if w.islower()]
    if not roles or roles[0] != 1 or not NATIONALITY_RE.fullmatch(words[0]):
        return None
    name = words[roles[-1] + 1 :]
    if len(name) < 2 or not all(w[:1].isupper() for w in name):
        return None
    return " ".join(name)


# an adjective of nationality by its ending ("Kenyan", "Chinese", "British", "Norwegian")
NATIONALITY_RE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ch|ic)")


def _told_after_the_dash(dateline: Token, span: Span) -> tuple[str, ...]:
    """The subject the parser hung on a dateline taken for the subject, after its dash
    ("HALIFAX, Nova Scotia, Sept 24 (Reuters) - Fiona, one of the most powerful storms ...,
    came ashore")."""
    told = _appos_after_the_dash(dateline, span)
    phrase = _phrase(told, span) if told is not None else ""
    return (_without_title(phrase),) if phrase else ()


def _appos_after_the_dash(dateline: Token, span: Span) -> Token | None:
    """The noun the parser set in apposition to a dateline word, after the dateline's dash."""
    dashes = [t.i for t in span if t.text in DASHES]
    if not dashes:
        return None
    for child in dateline.children:
        if child.dep_ == "appos" and child.i > dashes[0] and child.pos_ in {"NOUN", "PROPN"}:
            return child
    return None


def _dateline_word(token: Token, span: Span) -> bool:
    """A word of the dateline opening the sentence, which the parser may take for the
    subject: a dateline is never a mover."""
    if token.text.isupper() and len(token.text) > 1 and token.i - span.start < 4:
        return True
    if _before_the_dateline_dash(token, span):
        return True  # "NAMPULA, Mozambique, Feb 13 (Reuters) - Cyclone Nyasha tore"
    doc = token.doc
    return 0 < token.i < len(doc) - 2 and _credit_line(doc, doc[token.i : token.i + 1])


def _before_the_dateline_dash(token: Token, span: Span) -> bool:
    """The word stands between a dateline's town in capitals and the dash that ends the
    dateline (the country or state told after the town)."""
    opening = span.doc[span.start]
    if not (opening.text.isupper() and len(opening.text) > 1) or token.i <= span.start:
        return False
    for word in span.doc[span.start : min(span.end, span.start + DATELINE_TOKENS)]:
        if word.text in DASHES:
            return token.i < word.i
    return False


DATELINE_TOKENS = 16  # "ST. JOHN'S, Newfoundland and Labrador, Sept. 24 (Reuters) -" fits
DASHES = frozenset({"-", "–", "—"})


def _noun_before(head: Token, span: Span) -> tuple[str, ...]:
    """The noun phrase right before a verb ("... World Cup winning cricket team landed"),
    when the parser gave the verb no subject of its own."""
    i = head.i - 1
    while i > span.start and span.doc[i].pos_ in {"ADV", "AUX", "PART"}:
        i -= 1
    noun = span.doc[i]
    phrase = _phrase(noun, span) if noun.pos_ == "NOUN" and i > span.start else ""
    return (phrase,) if phrase else ()


# a group that goes with its leader: "Captain Rohit Sharma and his players met ..."
GROUP_NOUNS = frozenset("players squad team teammates crew delegation entourage".split())


def _group_first(who: tuple[str, ...], token: Token, span: Span) -> tuple[str, ...]:
    """A subject of a leader and "his players" or "her delegation": the group is the mover or
    party, to be matched with the group told before (the leader goes along)."""
    if not is_parsed(span):
        return who
    subject = _subject_token(token, span)
    if subject is None:
        return who
    for group in subject.conjuncts:
        owned = any(c.lower_ in POSSESSIVE_PRONOUNS for c in group.children)
        if group.lower_ in GROUP_NOUNS and owned and span.start <= group.i < span.end:
            return (group.lower_, *who)
    return who


def _phrase(subject: Token, span: Span) -> str:
    """A subject noun with the words before it in its phrase ("container ship"), at most 60
    characters."""
    if subject.lower_ in COMPASS_WORDS:  # "had driven the wreath north", parsed as "north"
        nouns = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}]
        subject = nouns[-1] if nouns else subject
    owners = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
    words = [
        t
        for t in subject.subtree
        if (t.dep_ not in {"det", "poss", "punct", "case"} or _word_hyphen(t))
        and (t.ent_type_ != "QUANTITY" or t.i == subject.i)  # "The 24-metre Hafgufa"
        and t.i not in owners
        and span.start <= t.i < span.end
        and not t.is_space
    ]
    breaks = [t.i for t in subject.subtree if t.i < subject.i and _breaks_phrase(t)]
    opening = max(breaks, default=-1)
    kept = [t for t in words if opening < t.i <= subject.i and not _measure_word(t, subject)]
    if len(kept) >= 3 and _common_noun_opening(kept[0]):
        kept = kept[1:]  # "Fisherman Ramesh Solanki": the person is Ramesh Solanki
    kept = _name_after_its_kind(kept, subject)
    phrase = "".join(
        ("" if i == 0 or _word_hyphen(t) or _word_hyphen(kept[i - 1]) else " ") + t.text
        for i, t in enumerate(kept)
    )  # "bed-net convoy", "World Cup-winning squad"
    return phrase if len(phrase) <= 60 else ""


def _name_after_its_kind(words: list[Token], subject: Token) -> list[Token]:
    """ "The Bulgarian pusher tug Vitosha", "the research vessel Polarstern": a name told after
    its kind in lower case is the mover's name alone."""
    if subject.pos_ != "PROPN" or not subject.text[:1].isupper():
        return words
    at = len(words)
    while at > 0 and (words[at - 1].text[:1].isupper() or words[at - 1].is_digit):
        at -= 1
    if at == 0 or words[at - 1].pos_ not in {"NOUN", "ADJ"} or not words[at - 1].is_lower:
        return words  # (the tagger takes some kinds for adjectives: "The steamer Suvi")
    return words[at:]


def _word_hyphen(token: Token) -> bool:
    """A hyphen glued between two words ("bed-net"), no dash of a dateline."""
    doc = token.doc
    if token.text != "-" or token.whitespace_ or token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return before.is_alpha and after.is_alpha and not before.whitespace_


def _common_noun_opening(token: Token) -> bool:
    """A word capitalised only because it opens the sentence (or the text after a dateline's
    dash), before a name, that the story writes elsewhere in lower case as a noun ("Fisherman
    Ramesh Solanki ... Gujarat fisherman home"): a trade word, no part of the name."""
    opens = token.is_sent_start or (token.i > 0 and _breaks_phrase(token.doc[token.i - 1]))
    if not opens or not token.text.istitle() or not token.nbor(1).text.istitle():
        return False
    if token.text in ROYAL_TITLES:
        return False  # "King Willem-Alexander ... the king": a monarch is named with the title
    word = token.lower_
    if word in TRADE_WORDS:
        return True  # "Driver Francisca Lima, 41, pulled out of"
    return any(
        t.pos_ == "NOUN" and t.text.islower() and word in {t.lower_, t.lemma_} for t in token.doc
    )


# trades told before a name as if titles ("Driver Francisca Lima"), no part of the name
TRADE_WORDS = frozenset(
    "driver farmer farmworker fisherman pilot nurse midwife teacher trucker miner herder "
    "shepherd drover engineer mechanic cyclist runner rider walker sailor skipper courier "
    "postman pharmacist photographer volunteer student pilgrim trader vendor carpenter chef "
    "surgeon paramedic ranger guide porter monk nun shearer".split()
)
# nouns of people, whose "from X" tells where they come from, not where a move of theirs
# starts ("The retired shearers from Victoria had been touring Western Australia")
PERSON_KINDS = (
    TRADE_WORDS
    | KIN_NOUNS
    | frozenset(
        "man woman person people couple pensioner retiree tourist traveller traveler nomad "
        "veteran backpacker".split()
    )
)


def _breaks_phrase(token: Token) -> bool:
    """A dateline's date or agency ends before the subject: "BOGOTA, Oct 29 (AP) - Colombian
    police" is "Colombian police" (not the hyphen of "A 42-wagon train")."""
    if _measure_hyphen(token) or _word_hyphen(token):
        return False
    return token.ent_type_ in {"DATE", "TIME"} or token.text in {"-", "–", "—", "(", ")", ":"}


def _measure_hyphen(token: Token) -> bool:
    """The hyphen of a measure: a number glued to a noun ("42-wagon", "40-seat")."""
    if token.text != "-" or token.whitespace_ or token.i == 0:
        return False
    number = token.doc[token.i - 1]
    return number.like_num and not number.whitespace_


def _measure_word(token: Token, subject: Token) -> bool:
    """A word of a measure told before a noun ("42-wagon", "40-seat"): no part of its name."""
    if token.i == subject.i:
        return False
    doc = token.doc
    if _measure_hyphen(token):
        return True
    if token.like_num and token.i + 1 < len(doc) and _measure_hyphen(doc[token.i + 1]):
        return True
    return token.i >= 1 and _measure_hyphen(doc[token.i - 1])


_SINCE_RE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _assign_dates(
    triggers: list[_Trigger], dates: list[DateMention], text: str = ""
) -> dict[int, DateMention]:
    """The date of each trigger (see `_dates_by_position`); a move joined to a dated one by
    "and" with no date of its own shares it ("fled Lhasa in 1959 after a failed uprising and
    crossed into India near Tawang")."""
    owned = _dates_by_position(triggers, dates, text)  # (triggers in the telling: see
    # `_sentence_events`)
    for trigger in triggers:
        if _joined_to_a_dated_move(trigger, triggers, owned):
            owned[trigger.token.i] = owned[trigger.token.head.i]
    return owned


def _joined_to_a_dated_move(
    trigger: _Trigger, triggers: list[_Trigger], owned: dict[int, DateMention]
) -> bool:
    token = trigger.token
    return (
        token.i not in owned
        and token.dep_ == "conj"
        and token.head.i in owned
        and trigger.event_type == "travel"
        and _type_of(triggers, token.head.i) == "travel"
    )


def _dates_by_position(
    triggers: list[_Trigger], dates: list[DateMention], text: str = ""
) -> dict[int, DateMention]:
    """Each date phrase belongs to the nearest trigger before it, or to the trigger that
    follows it closely in the same clause ("on Wednesday she visited Riga"); triggers left
    without one share the sentence's single non-statement date."""
    owned: dict[int, DateMention] = {}
    leftovers = []
    for when in dates:
        before = [t for t in triggers if t.token.idx < when.start]
        after = [t for t in triggers if t.token.idx >= when.end]
        owner = before[-1] if before else triggers[0]
        if (
            not before
            and _PRESENT_PERFECT_RE.search(text, when.end, owner.token.idx)
            and not _SINCE_RE.search(text, max(0, when.start - 7), when.start)
        ):
            continue  # "A whale fitted with a tag in March has reached Ecuador": the present
            # perfect takes no past date, which is the tagging's (but "Since Feb. 20 his
            # signal has come from": the state began then)
        if not before and _in_a_relative_clause_before(text, when, owner):
            continue  # "Quispe, who governed the Puno region until 2022, was flown ... on
            # Wednesday night": the year is the relative clause's
        if before and _OWN_CLAUSE_RE.search(text[owner.token.idx : when.start]):
            continue  # "before moving out over the Ionian Sea, after the volcano erupted late on"
        if before and not after and _opens_a_clause_of_its_own(text, when):
            continue  # "to Azul, where it spent a night ..., and on Thursday it covered the last
            # 300 km": the day of a doing told with no move's word
        if before and _long_ago_where(text, owner, when):
            continue  # "were driven to the regional hospital, where the insulin ran out three
            # weeks ago": the time of what happened at the place before
        if after and _leads_into(text, when, after[0]) and after[0].token.i not in owned:
            owner = after[0]
        if after and _DAY_OF_RE.fullmatch(text[when.end : after[0].token.idx]):
            owner = after[0]  # "after a Saturday stop in Atlanta", "Monday's talks"
        elif _POSSESSIVE_RE.match(text, when.end):
            continue  # "fly back to Luton straight after the match before Sunday's league
            # game": the day of another occasion, not of the move
        if owner.token.i in owned and _closer_before(owned[owner.token.i], when, owner):
            leftovers.append(owned[owner.token.i])  # "since he set off in April, and on
            # Friday he walked into Thunder Bay": the date next to the verb is its own
        elif owner.token.i in owned:
            leftovers.append(when)
            continue
        owned[owner.token.i] = when
    free = [d for i, d in owned.items() if _type_of(triggers, i) != "statement"] + leftovers
    arrival_told_aside = not leftovers and all(
        _told_aside(text, t) for t in triggers if t.token.i in owned
    )
    if len({(d.value, d.precision) for d in free}) == 1:  # a dateline's day told again
        if _owned_by_other_tense(text, triggers, owned, free[0]):
            return owned  # "The yacht, which had sailed in early June, then carried him"
        if not leftovers and all(
            _in_relative_clause(text, t) for t in triggers if t.token.i in owned
        ):
            return owned  # "flew in from Mexico City, the last leg of a journey that began a
            # week ago in Majuro": the day of the journey's start, not of the flight
        for trigger in triggers:
            if trigger.token.i in owned or trigger.event_type == "statement":
                continue
            if arrival_told_aside and trigger.event_type == "travel":
                continue  # "flew in from Baghdad, where he had arrived from Tehran on Wednesday"
            if _opens_a_later_clause(text, free[0], trigger, triggers):
                continue  # "drove west to Alba Iulia, ..., and on Sunday he took the motorway
                # north to Cluj": Sunday is the later clause's
            if _dated_in_a_where_clause(text, trigger, free[0]):
                continue  # "went south to Fulton, where Winston Churchill gave his speech in
                # 1946": the year is of what happened there
            if not (_told_after_or_before(text, trigger) or _pluperfect(text, trigger)):
                owned[trigger.token.i] = free[0]
    return owned


def _dated_in_a_where_clause(text: str, trigger: _Trigger, when: DateMention) -> bool:
    """The date is told after the trigger in a "where" clause with a subject of its own."""
    if trigger.token.idx >= when.start:
        return False
    between = text[trigger.token.idx : when.start]
    clause = _OTHER_WHERE_RE.search(between)
    return clause is not None and not re.search(r"[.;]", between[clause.end() :])


_OTHER_WHERE_RE = re.compile(r",\s*where\s+(?!(?:he|she|it|they|we|I)\b)", re.IGNORECASE)


def _opens_a_later_clause(
    text: str, when: DateMention, trigger: _Trigger, triggers: list[_Trigger]
) -> bool:
    """The date opens a clause joined after the trigger's (", and on Sunday he took") and
    leads into that clause's own move; a month or a year ("and in November had travelled")
    may hold both."""
    if trigger.token.idx >= when.start or when.precision != "day":
        return False
    after = [t for t in triggers if t.token.idx >= when.end]
    return bool(after and _joined_before(text, when)) and _leads_into(text, when, after[0])


def _opens_a_clause_of_its_own(text: str, when: DateMention) -> bool:
    """The day opens a clause joined after the others with its own pronoun subject and verb
    (", and on Thursday it covered")."""
    return _joined_before(text, when) and bool(_PRONOUN_CLAUSE_RE.match(text, when.end))


def _joined_before(text: str, when: DateMention) -> bool:
    """The date follows ", and", ", but" or ";" (perhaps with "then" and "on")."""
    return bool(_JOINED_CLAUSE_LEAD_RE.search(text[max(0, when.start - 20) : when.start]))


_PRONOUN_CLAUSE_RE = re.compile(r",?\s+(?:he|she|it|they|we)\s+[a-z]+ed\b")
_JOINED_CLAUSE_LEAD_RE = re.compile(r"(?:,\s*(?:and|but)|;)\s+(?:then\s+)?(?:on\s+)?$")


def _in_relative_clause(text: str, trigger: _Trigger) -> bool:
    """The trigger opens a relative clause ("a journey that began", "the ship, which sailed")."""
    lead = text[max(0, trigger.token.idx - 20) : trigger.token.idx]
    return bool(_RELATIVE_LEAD_RE.search(lead))


_RELATIVE_LEAD_RE = re.compile(r"\b(?:that|which)\s+(?:had\s+|has\s+)?$")


_PRESENT_PERFECT_RE = re.compile(r"\b(?:has|have)\s+(?:(?:\w+ly|just|now|already)\s+)?$")


def _in_a_relative_clause_before(text: str, when: DateMention, trigger: _Trigger) -> bool:
    """The date stands in a relative or participle clause set off by commas that closes
    before the trigger ("X, who governed the region until 2022, was flown", "Kerttu, built in
    1907, tied up")."""
    lead = text[max(0, when.start - 80) : when.start]
    gap = text[when.end : trigger.token.idx]
    return bool(_RELATIVE_OPEN_RE.search(lead)) and bool(_CLAUSE_CLOSE_RE.match(gap))


# (or a participle's: "The wood-fired steamer Kerttu, built in 1907, tied up")
_RELATIVE_OPEN_RE = re.compile(
    r",\s*(?:[^,;.]{0,40}?\b(?:who|which)|[a-z]+ed|built|born|made|begun|drawn|sunk|won|"
    r"written)\s+[^,;.]*$"
)  # (", a trumpeter who has led the band since his father died in 1998, left")
_CLAUSE_CLOSE_RE = re.compile(r"[^,;.]*,\s+(?:[\w'’-]+\s+){0,3}$")


def _closer_before(held: DateMention, when: DateMention, owner: _Trigger) -> bool:
    """Both dates stand before the trigger that opens the sentence's moves, and the new one is
    the nearer: it is the move's own date, the one before it belongs to another verb."""
    return held.end <= when.start and when.end <= owner.token.idx


# a clause with its own subject and verb between a trigger and a date: the date is the clause's
_OWN_CLAUSE_RE = re.compile(
    r",\s*(?:after|before|when|as|while|since)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:\w+\s+){0,2}?"
    r"(?:he|she|it|they|\w+)\s+\w+ed\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _long_ago_where(text: str, owner: _Trigger, when: DateMention) -> bool:
    """The date is told, counted back or as a month or a year, in a clause of what happened
    at the owner's place ("to the hospital, where the insulin ran out three weeks ago", "to
    Taliwang, whose only vaccine fridge had broken down in June"); a
    day there is the mover's ("to San Gabriel, where the temperature fell to 6 C on Saturday
    night"), and so is any date of the mover told again ("where it was seen in May")."""
    counted_back = when.precision != "day" or _AGO_RE.search(when.text) is not None
    return counted_back and bool(_WHAT_HAPPENED_THERE_RE.search(text[owner.token.idx : when.start]))


_AGO_RE = re.compile(r"\bago\b|\bearlier\b|\bbefore\b", re.IGNORECASE)
_WHAT_HAPPENED_THERE_RE = re.compile(
    r",\s*(?:(?:several|some|many|most|all|one|two|three)\s+of\s+)?(?:where|whose|which)\s+"
    r"(?!(?:he|she|it|they|we|I)\s)(?:[\"“”]?[\w'’-]+[\"“”]?\s+){2,12}$",
    re.IGNORECASE,
)
_DAY_OF_RE = re.compile(r"(?:['’]s)?\s{1,2}")
_POSSESSIVE_RE = re.compile(r"['’]s\s")


def _told_after_or_before(text: str, trigger: _Trigger) -> bool:
    """The trigger is told in an 'after ...' or 'before ...' phrase, at another time than the
    sentence's date ("reached Tapachula on Thursday after a journey that began in Caracas")."""
    lead = text[max(0, trigger.token.idx - 80) : trigger.token.idx]
    return bool(_AFTER_BEFORE_LEAD_RE.search(lead))


_AFTER_BEFORE_LEAD_RE = re.compile(r"\b(?:after|before)\s+(?:[\w'’-]+\s+){0,8}$", re.IGNORECASE)


def _owned_by_other_tense(
    text: str, triggers: list[_Trigger], owned: dict[int, DateMention], when: DateMention
) -> bool:
    """The date belongs to a move told in the past perfect in a relative clause: the main
    clause's moves happened at another time ("The yacht, which had sailed in early June,
    then carried him north"; but "had left Delhi on Tuesday and flew to Brunei" shares it)."""
    return any(
        owned.get(t.token.i) is when
        and t.event_type == "travel"
        and _RELATIVE_PAST_PERFECT_RE.search(text[max(0, t.token.idx - 40) : t.token.idx])
        for t in triggers
    )


# "The yacht, which had sailed ...": a past perfect in a relative clause (routes.py reads it too)
RELATIVE_PAST_PERFECT = r",\s*(?:which|who)\s+had\s+(?:\w+ly\s+)?"
_RELATIVE_PAST_PERFECT_RE = re.compile(RELATIVE_PAST_PERFECT + "$")


def _pluperfect(text: str, trigger: _Trigger) -> bool:
    """'He had arrived from Berlin overnight and flies home on Sunday', 'held talks ... on
    Monday, the first stop of a tour that will also take him to Serbia': a move in the past
    perfect or the future does not share the day of another verb of its sentence."""
    lead = text[max(0, trigger.token.idx - 30) : trigger.token.idx]
    return bool(_OTHER_TENSE_RE.search(lead))


_OTHER_TENSE_RE = re.compile(
    r"\b(?:had|will|would|shall)\s+(?:\w+\s+)?(?:been\s+|be\s+)?$", re.IGNORECASE
)


# what may stand before a date that opens a clause: "On Friday ...", "and then on Friday",
# "and since June 20 his signal has come", "and on Nov 2 he had flown" (a day of the month
# leaves its "on" out of the date phrase)
_CLAUSE_LEAD_RE = re.compile(r"(?:^|[.,;:\n]|\band|\bthen)\s*(?:since\s+|on\s+)?$", re.IGNORECASE)


def _leads_into(text: str, when: DateMention, trigger: _Trigger) -> bool:
    """A date phrase that opens the clause of the next trigger: only a subject between them."""
    gap = text[when.end : trigger.token.idx]
    lead = text[max(0, when.start - 14) : when.start]
    opens_clause = when.start == 0 or bool(_CLAUSE_LEAD_RE.search(lead))
    return opens_clause and len(gap) <= 25 and not re.search(r"[,;:]|\band\b|\bbut\b", gap)


def _told_aside(text: str, trigger: _Trigger) -> bool:
    """The trigger opens a "where" clause in the past perfect: its date is not that of the
    sentence's other moves ("flew in from Baghdad, where he had arrived from Tehran on
    Wednesday"; but "driven to Chengdu, where they were loaded onto a jet on Wednesday")."""
    lead = text[max(0, trigger.token.idx - 40) : trigger.token.idx]
    return bool(_WHERE_CLAUSE_RE.search(lead)) and _pluperfect(text, trigger)


def _type_of(triggers: list[_Trigger], index: int) -> str:
    return next(t.event_type for t in triggers if t.token.i == index)


def _places_by_trigger(
    doc: Doc, triggers: list[_Trigger], places: list[Place]
) -> dict[int, list[Place]]:
    """Each place goes to its nearest trigger, except that a place listed right after another
    one, with no trigger between them, goes with it ("visit the holy cities of Najaf and
    Karbala and the southern port city of Basra on Friday before returning to Tehran")."""
    by_trigger: dict[int, list[Place]] = {t.token.i: [] for t in triggers}
    text = doc_text(doc)
    previous: tuple[Place, _Trigger] | None = None
    placed: list[tuple[Place, _Trigger]] = []
    for place in places:
        trigger = _nearest_trigger(doc, triggers, place)
        trigger = _past_a_closed_clause(doc, triggers, trigger, place) or trigger
        if (reaching := _reaching_after(doc, triggers, place)) is not None:
            trigger = reaching  # "for three days before Vicksburg, which they reached on"
        elif previous is not None and _listed_without_trigger(text, triggers, previous[0], place):
            trigger = previous[1]
        elif trigger.event_type != "travel" and _ON_TO_RE.search(
            text, max(0, place.mention.start - 30), place.mention.start
        ):
            trigger = _travel_before(triggers, place) or trigger
        elif trigger.event_type != "travel" and (
            same := _AND_SAME_CUE_RE.search(
                text, max(0, place.mention.start - 30), place.mention.start
            )
        ):
            trigger = _coordinate_stop(text, same.group(1), place, placed) or trigger
        by_trigger[trigger.token.i].append(place)
        placed.append((place, trigger))
        previous = (place, trigger)
    return by_trigger


def _past_a_closed_clause(
    doc: Doc, triggers: list[_Trigger], nearest: _Trigger, place: Place
) -> _Trigger | None:
    """The trigger the place hangs on by the parse, when the nearest one sits in a relative
    clause that closes before the place ("had driven ... through Nairobi, where he had spent a
    night at a truck stop, to the border post at Malaba": Malaba is the drive's)."""
    clause = nearest.token
    while clause.dep_ != "relcl" and clause.head is not clause and clause.dep_ != "ROOT":
        clause = clause.head
    if clause.dep_ != "relcl" or clause.right_edge.idx >= place.mention.start:
        return None
    named = doc.char_span(place.mention.start, place.mention.end, alignment_mode="expand")
    if named is None or len(named) == 0:
        return None
    verb = _verb_above(named.root)
    if verb is None or _listed_on(named.root, verb):
        return None  # "Almaty, which the couple reached on June 14, and Tashkent on June 18"
    return next((t for t in triggers if t.token.i == verb.i), None)


def _listed_on(token: Token, verb: Token) -> bool:
    """The token hangs on the verb through a list of names ("Almaty, ..., and Tashkent"; not
    a way joined to the verb's, "went south to Fulton, ..., and on to California")."""
    while token.i != verb.i and token.head is not token:
        if token.dep_ == "conj" and token.pos_ in {"NOUN", "PROPN"}:
            return True
        token = token.head
    return False


def _reaching_after(doc: Doc, triggers: list[_Trigger], place: Place) -> _Trigger | None:
    """The verb of arrival of the ", which they reached" clause right after the place."""
    return next(
        (t for t in triggers if _reached_in_a_relative_clause(doc, t, place)),
        None,
    )


# "stopped in London for talks with Starmer and in Abu Dhabi": a second place under one verb
_AND_SAME_CUE_RE = re.compile(r"\band\s+(in|at|to)\s+(?:the\s+)?\Z")


def _coordinate_stop(
    text: str, cue: str, place: Place, placed: list[tuple[Place, _Trigger]]
) -> _Trigger | None:
    """The travel trigger of the last place before this one told after the same preposition:
    "and in X" coordinates X with it across a meeting phrase between them ("stopped in London
    for talks with the prime minister and in Abu Dhabi")."""
    for earlier, trigger in reversed(placed):
        lead = text[max(0, earlier.mention.start - 12) : earlier.mention.start]
        if re.search(rf"\b{cue}\s+(?:the\s+)?\Z", lead):
            return trigger if trigger.event_type == "travel" else None
    return None


# a leg with no verb of its own: "flew to Lima for the APEC summit and on to Rio de Janeiro",
# "rode on to Kintampo, where he waited out a dust storm, and then to Kumasi"
_ON_TO_RE = re.compile(
    r"(?:\band|,)\s+(?:(?:then|finally|later|next)\s+(?:on\s+)?|on\s+)to\s+(?:the\s+)?\Z"
)


def _travel_before(triggers: list[_Trigger], place: Place) -> _Trigger | None:
    """The last travel trigger before the place: the verb a leg told as "and on to X" goes on
    from, past a meeting word between them ("flew to Lima for the summit and on to Rio")."""
    before = [t for t in triggers if t.event_type == "travel" and t.token.idx < place.mention.start]
    return max(before, key=lambda t: t.token.idx) if before else None


def _listed_without_trigger(
    text: str, triggers: list[_Trigger], previous: Place, place: Place
) -> bool:
    start, end = previous.mention.end, place.mention.start
    if any(start <= t.token.idx < end for t in triggers):
        return False
    return bool(_LIST_GAP_RE.fullmatch(text[start:end]))


# a clause of its own opening between a place and a later trigger: "and will", "but was"
_NEW_CLAUSE_RE = re.compile(
    r"\b(?:and|but)\s+(?:then\s+)?(?:will|would|shall|is|are|was|were|has|have|had)\b"
)


def _in_a_clause_of_another_subject(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The place hangs on a verb after the trigger that is not the trigger, has its own
    subject told by a noun, and does not hold the trigger ("his visit to Paris" hangs on
    "began", which holds the visit)."""
    named = doc.char_span(place.mention.start, place.mention.end, alignment_mode="expand")
    if named is None or len(named) == 0 or not named.root.dep_:
        return False
    verb = _verb_above(named.root)
    token = trigger.token
    if verb is None or verb.i == token.i or verb.i < token.i:
        return False
    if verb.left_edge.i <= token.i <= verb.right_edge.i:
        return False
    if lemma_of(verb) in MOVING_LEMMAS:
        return False  # "and the couple went on together through Siena": a move all the same
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    inside = range(named.start, named.end)
    return any(
        c.pos_ in {"NOUN", "PROPN"}
        and c.i > token.i
        and c.i not in inside
        and lemma_of(c) not in TRIP_NOUNS | LEG_NOUNS | VEHICLE_NOUNS  # "the race ends in Yanbu"
        for c in subjects
    )


# verbs whose place is a move's, whoever their subject
MOVING_LEMMAS = (
    TRIGGERS["travel"]
    | frozenset(PHRASE_TRIGGERS)
    | MOTION_VERBS
    | MANNER_OF_MOTION_VERBS
    | VEHICLE_VERBS
    | START_LEMMAS
    | {"go", "come", "put", "land", "end", "finish", "conclude", "close", "open"}
)


def _verb_above(token: Token) -> Token | None:
    """The nearest verb the token hangs on, or None."""
    head = token.head
    for _ in range(8):
        if head.pos_ in {"VERB", "AUX"}:
            return head
        if head.head is head:
            return None
        head = head.head
    return None


def _in_a_later_clause(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """A clause with its own subject and a finite verb ("and more flights are being") opens
    between the trigger and the place (not a pronoun, which may be the traveller again)."""
    if place.mention.start <= trigger.token.idx:
        return False
    between = doc_text(doc)[trigger.token.idx : place.mention.start]
    return bool(_OWN_SUBJECT_CLAUSE_RE.search(between))


_OWN_SUBJECT_CLAUSE_RE = re.compile(
    r",\s*(?:and|but|while|whereas)\s+(?!(?:then|he|she|they|it|we|i)\b)(?:[\w'’-]+\s+){1,4}?"
    r"(?:is|are|was|were|will|would|has|have|had)\b"
)


# a clause about the place after it: "in Manaus, where drought had left the river shallow"
_WHERE_NEXT_RE = re.compile(r"\s*,\s*where\b")
# the verb after the place opens the next clause: ", and re-entered", ", then headed"
_NEXT_VERB_RE = re.compile(r"\s*,\s*(?:and\s+|but\s+)?(?:then\s+)?(?:\w+-)?")


def _opens_a_clause(between: str) -> bool:
    """A clause of its own starts between a place and a verb after it ("on their way to Star
    City, while Alvarez flew west": the place is the cosmonauts')."""
    return bool(
        _NEW_CLAUSE_RE.search(between)
        or _WHERE_NEXT_RE.match(between)
        or _NEXT_VERB_RE.fullmatch(between)
        or _CONTRASTED_SUBJECT_RE.match(between)
    )


# a contrasted clause with a subject of its own: ", while Alvarez", ", whereas the crew"
_CONTRASTED_SUBJECT_RE = re.compile(r"\s*,\s*(?:while|whereas)\s+(?!\w+ing\b)\w")


def _nearest_trigger(doc: Doc, triggers: list[_Trigger], place: Place) -> _Trigger:
    """Prefer the closest trigger before the place; statements only when nothing else fits."""
    position = place.mention.start

    text = doc_text(doc)

    def distance(trigger: _Trigger) -> float:
        gap = position - trigger.token.idx
        penalty = 0.0 if gap > 0 else 40.0
        if gap < 0 and _opens_a_clause(text[place.mention.end : trigger.token.idx]):
            penalty += 100.0  # "a flight from Auckland and will travel to Cordoba", "over
            # the mountains to Talas, and re-entered Kazakhstan"
        if trigger.event_type == "statement":
            penalty += 60.0
        return abs(gap) + penalty

    return min(triggers, key=distance)


def _starts_trip(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    low = min(trigger.token.idx, place.mention.start)
    window = doc_text(doc)[max(0, low - 40) : place.mention.start].casefold()
    return bool(_TRIP_START_RE.search(window))


def _governing_word(doc: Doc, place: Place) -> str:
    """The preposition or verb that introduces a place, looking through a descriptive phrase:
    "to the Russian border city of Khasan" -> "to", "at a truck stop on the edge of Tbilisi"
    -> "on", "at the border gate outside Kilis" -> "at"."""
    lead = doc_text(doc)[max(0, place.mention.start - 80) : place.mention.start]
    before = re.findall(r"[\w']+", lead.rsplit("\n", 1)[-1])  # not the headline's last word
    words = [w.casefold() for w in before]
    while words and (
        words[-1] in {"the", "a", "an"}
        or _QUALIFIER_RE.fullmatch(words[-1])
        or words[-1].endswith(("'s", "’s"))  # "landfall on China's Hainan island"
    ):
        words.pop()
    if words[-2:] == ["out", "of"]:
        return "from"  # "had flown out of Rzeszow" (not the "at" of "a surgeon at a teaching
        # hospital, drove out of Cotonou")
    if (
        len(words) >= 2
        and words[-1] in {"of", "in", "at", "outside"}  # "at the border gate outside Kilis"
        and words[-2] not in STAY_NOUNS  # "made port calls in Kingston": the calls' place
        and any(w in PLACE_NOUNS | TOP_NOUNS | BORDER_POINTS for w in _with_pairs(words[-5:-1]))
    ):  # "from a maximum-security prison in Combita", "to an airstrip at Wadi Seidna"
        lead_words = words[-8:-1]
        for at in range(len(lead_words) - 1, -1, -1):
            if lead_words[at - 1 : at + 1] == ["out", "of"] and at > 0:
                return "from"  # "pulled out of the port city of Moçâmedes"
            if lead_words[at] in CUE_WORDS:
                return lead_words[at]
    if words[-3:] == ["by", "way", "of"]:
        return "via"  # "will return south by way of Carlisle"
    if words[-3:] == ["as", "far", "as"]:
        return "to"  # "let him ride in his cab as far as Erzincan"
    if (
        len(words) >= 2
        and words[-1] in RELATIVE_POSITIONS
        and not _GROUND_OF_A_NAME_RE.search(lead)
    ):
        ground = words[-5:-1]  # "spent several days in the woods above Villach": in
        if any(w in PLACE_NOUNS or w in TERRAIN_NOUNS for w in ground):
            for word in reversed(words[-8:-1]):
                if word in CUE_WORDS:
                    return word
    return words[-1] if words else ""


def _with_pairs(words: list[str]) -> list[str]:
    """The words and each two of them joined by a hyphen ("lay", "by", "lay-by")."""
    return words + [f"{a}-{b}" for a, b in itertools.pairwise(words)]


# the points of a border crossing, told before the town they lie at ("to the border post at
# Malaba", "at the checkpoint outside Kilis")
BORDER_POINTS = frozenset({"post", "checkpoint"})
# words that set ground beside a named place ("the woods above Villach", "the hills below
# Lhasa"): the preposition before that ground tells the place's role
RELATIVE_POSITIONS = frozenset({"above", "below", "beyond", "overlooking"})
# such ground set after a name it describes: "rested near Belen, in the hills above
# Iskenderun" (Belen is the stop, Iskenderun tells where it lies)
_GROUND_OF_A_NAME_RE = re.compile(r"[A-Z][\w'’.-]*\s*,\s*(?:in|on|at)\s+the\s+(?:[\w-]+\s+){1,3}$")


def _left_a_place_there(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The place says where the place left lies ("had left the camps at Cox's Bazar", "left
    the port in Gdansk"): the object of the departure is a place noun."""
    governor = _preposition_governor(doc, place)
    if governor is None:
        return False
    if _left_a_thing_set_there(governor, trigger.token):
        return True
    if governor.i == trigger.token.i:  # "left the camps | at Cox's Bazar", the parser's way
        left = [c for c in governor.children if c.dep_ == "dobj" and c.idx < place.mention.start]
    else:
        left = [governor] if governor.dep_ == "dobj" and governor.head.i == trigger.token.i else []
    return any(c.lemma_.casefold() in PLACE_NOUNS for c in left)


def _left_a_thing_set_there(governor: Token, leaving: Token) -> bool:
    """What was left is set on or in something in the place ("left its nest on a barn roof
    in Tykocin", "left the boat at a jetty in Kep"): a chain of places on, in or at leads
    from the object of the departure down to the town, so the town was left."""
    hops = 0
    while governor.dep_ == "pobj" and governor.head.lower_ in SETTING_CUES and hops < 3:
        governor = governor.head.head
        hops += 1
    if governor.i == leaving.i:  # "left its nest | on a barn roof", the parser's way
        return hops > 0 and any(c.dep_ == "dobj" for c in leaving.children)
    return hops > 0 and governor.dep_ == "dobj" and governor.head.i == leaving.i


SETTING_CUES = frozenset({"on", "in", "at", "inside", "under"})


def _done_after_leaving(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The place is where the traveller did something in a clause joined by "and" to a
    departure told before it: a stop on the way ("set out from Timbuktu in January and
    watered the camels at Araouane", "left Lyon at dawn and had lunch in Macon")."""
    if trigger.token.lemma_.casefold() not in LEAVE_LEMMAS | {"set"}:
        return False
    governor = _preposition_governor(doc, place)
    if governor is None or governor.pos_ != "VERB" or governor.dep_ != "conj":
        return False
    return governor.head.i == trigger.token.i and governor.i > trigger.token.i


def _preposition_governor(doc: Doc, place: Place) -> Token | None:
    """The word the place's preposition hangs on ("war" of "the war in Ukraine"), if the place
    is a preposition's object."""
    root = _place_root(doc, place)
    if root is None or root.dep_ != "pobj" or root.head.dep_ != "prep":
        return None
    return root.head.head


# what a traveller crosses on the way to a place
# nouns of a way that leads to its place: "the road to Copán", "the tunnel to Saltangará"
WAY_NOUNS = frozenset(
    "way route path course road highway track trail tunnel bridge causeway motorway freeway"
    " expressway valley gorge canyon coast".split()
)
CROSSED_NOUNS = frozenset(
    "sea strait channel border frontier river ocean bay gulf lake desert mountains line".split()
)


def _governed_by_other_noun(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The place's preposition hangs on some other noun ("the war in Ukraine"), not on the
    trigger or a place word ("city of")."""
    governor = _preposition_governor(doc, place)
    if governor is None or governor.i == trigger.token.i or governor.pos_ not in {"NOUN"}:
        return False
    if _visited_thing(governor, trigger):
        return False  # "touring a battery plant in Lordstown", "speaking to workers in X"
    lemma = governor.lemma_.casefold()
    if lemma in WAY_NOUNS:
        return False  # "on its way to Antarctica", "drove down the winding road to Copán",
        # "ran through the undersea tunnel to Saltangará"
    if lemma in COMPASS_WORDS:
        return False  # "walked west to Uwajima and then north to Matsuyama": its heading
    if lemma in TIME_SPANS and governor.head.i == trigger.token.i:
        return False  # "spent Saturday's rest day in Riyadh", "spent the night in Abu Simbel"
    if lemma in GAME_TIME_NOUNS:
        return False  # "beat the Warriors 3-2 in overtime in Moose Jaw": the game's place
    span_of = governor.head.head if governor.head.lower_ == "of" else governor
    if span_of.lemma_.casefold() in TIME_SPANS and span_of.head.i == trigger.token.i:
        return False  # "sat out a week of fog in Tromso": the week was spent there
    if lemma in CROSSED_NOUNS:
        return False  # "to cross the sea to Ehime prefecture", "crossed the border into Chad"
    if lemma in VEHICLE_NOUNS and lemma_of(trigger.token) in BOARDING_LEMMAS:
        return False  # "boarded the river cruiser in Passau"
    if lemma_of(trigger.token) in CHANGING_VERBS and governor.head.i == trigger.token.i:
        return False  # "changed crews in Luena": the change was made there
    if lemma in VEHICLE_NOUNS - ROAD_NOUNS and _rides_with(governor, trigger.token):
        return False  # "slipped out of New Delhi on a chartered plane to Rzeszow"
    if _part_of_a_vehicle(governor) and _rides_with(governor, trigger.token):
        return False  # "rode in the back of a lorry to Ipiales"
    if lemma in PLACE_NOUNS or governor.lower_ in PLACE_NOUNS:
        return False  # "the northern suburbs of Dionysos"
    if lemma in BORDER_POINTS:
        return False  # "to the border post at Busia": the post is in the town
    if lemma_of(trigger.token) in STORM_IMPACT_VERBS and governor.head.i == trigger.token.i:
        return False  # "collapsing a hog barn outside Worthington": what the storm hit there
    if governor.lower_ in TERRAIN_NOUNS and _told_by_position(doc, place):
        return False  # "stuck on a sandbar just below Nikopol": the ground lies by the town
    if _moved_object(governor, trigger.token):
        return False  # "drove her team of 12 dogs into Kirkenes"
    if _path_of(governor, trigger.token):
        return False  # "escorted him up the escarpment to Iten": the path ends there
    if _time_of(governor, trigger.token):
        return False  # "led the column out at dawn on Monday and north to Cahors": no time
        # has a way; the parser hung it on the time told before it
    if _on_the_way_to(governor, trigger.token):
        return False  # "led the column ... at dawn ... along back roads to Cahors"
    if lemma_of(trigger.token) in LEAVE_LEMMAS and _left_a_thing_set_there(governor, trigger.token):
        return False  # "left its nest on a barn roof in Tykocin"
    return not any(lemma in words for words in TRIGGERS.values())


def _slipped_a_tether(token: Token) -> bool:
    """'had slipped his chain in Kars', 'slipped her lead': an animal's escape, where its
    trip began."""
    words = [t.lower_ for t in token.doc[token.i + 1 : token.i + 3]]
    return (
        lemma_of(token) == "slip"
        and len(words) == 2
        and words[0] in POSSESSIVE_PRONOUNS
        and words[1] in TETHERS
    )


TETHERS = frozenset("chain chains lead leash collar rope tether moorings harness".split())


def _locked_through(token: Token) -> bool:
    """'locked down through the Soo Locks', 'locked up through': a ship passing locks."""
    doc, at = token.doc, token.i
    words = [t.lower_ for t in doc[at + 1 : at + 3]]
    return (
        lemma_of(token) == "lock" and words[:1] in (["down"], ["up"]) and words[1:] == ["through"]
    )


ALIGHTING_LEMMAS = frozenset({"step", "get", "climb"})
# verbs that tell a move only as leaving a vehicle named right after them ("got off a bus")
ALIGHTING_ONLY_LEMMAS = frozenset({"get"})
_OFF_A_VEHICLE_AFTER_RE = re.compile(
    r"\s+off\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(VEHICLE_NOUNS))})\b",
    re.IGNORECASE,
)


def _off_a_vehicle_at(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The traveller left a vehicle at the place, told right before it ("stepped down from a
    bus at", "got off a matatu in")."""
    between = doc_text(doc)[trigger.token.idx : place.mention.start]
    off = _OFF_A_VEHICLE_RE.match(between)
    return off is not None and off.group(1).casefold() in VEHICLE_NOUNS


_OFF_A_VEHICLE_RE = re.compile(
    r"\w+\s+(?:down\s+|out\s+)?(?:off|from|of)\s+(?:the|a|an|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(\w+)\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _purpose_of_a_stop(verb: Token) -> bool:
    """The verb tells what a stop was made for ("stopping to take on water", "stopped to
    refuel"): the stop was made where the verb's place is."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and lemma_of(head) in STOPOVER_WORDS


def _told_by_position(doc: Doc, place: Place) -> bool:
    """The place's own preposition sets ground beside it ("below Nikopol", "above Villach")."""
    before = doc_text(doc)[max(0, place.mention.start - 20) : place.mention.start].split()
    return bool(before) and before[-1].casefold() in RELATIVE_POSITIONS


def _path_of(noun: Token, trigger: Token) -> bool:
    """The noun is the path the trigger's move follows ("up the escarpment", "along back
    roads", "over the mountains")."""
    way = noun.head
    return noun.dep_ == "pobj" and way.lower_ in PATH_WORDS and way.head.i == trigger.i


def _time_of(noun: Token, trigger: Token) -> bool:
    """The noun is a time of the trigger's move ("at dawn", "on Monday morning")."""
    timely = noun.ent_type_ in {"DATE", "TIME"} or noun.lemma_.casefold() in TIMES_OF_DAY
    way = noun.head
    return timely and noun.dep_ == "pobj" and way.dep_ == "prep" and way.head.i == trigger.i


TIMES_OF_DAY = TIME_SPANS | DAY_PARTS | frozenset("dawn dusk daybreak nightfall noon".split())


_NEAR_BORDER_RE = re.compile(r"(?:['’]s)?\s+(?:border|frontier)\b")


# prepositions of a way in: after a mover's object they still tell where the mover went
INTO_WORDS = frozenset({"into", "onto"})


def _moved_object(governor: Token, trigger: Token) -> bool:
    """The noun of the place's "into" is the trigger's direct object, or inside it: what the
    traveller drives, steers or leads in with them ("drove her team of 12 dogs into X")."""
    preposition = next((c for c in governor.children if c.lower_ in INTO_WORDS), None)
    if preposition is None or trigger.pos_ != "VERB":
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return any(o.left_edge.i <= governor.i <= o.right_edge.i for o in objects)


def _called_off(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """A stop, visit or trip that is skipped, cancelled or postponed is not made: the noun
    is the object of such a verb ("was forced to skip its scheduled call at Santorini",
    "postponed his trip to Japan") or the subject of it in the passive ("A planned stop at
    Mykonos was cancelled altogether")."""
    token = trigger.token
    if token.pos_ != "NOUN" or place.mention.start < token.idx:
        return False
    text = doc_text(doc)
    if _CALLED_OFF_BEFORE_RE.search(text[max(0, token.idx - 40) : token.idx]):
        return True
    return bool(_CALLED_OFF_AFTER_RE.match(text, place.mention.end))


# where some of a group come from: "most of them from", "many of whom are from"
_PART_OF_THEM_FROM_RE = re.compile(
    r"\b(?:most|many|some|all|both|half|several|none|one|two|three|dozens|hundreds)\s+of\s+"
    r"(?:them|whom)\s+(?:are\s+|were\s+|came\s+|come\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _in_the_speaker(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The place names where the subject of a verb of saying is, and the trigger is not that
    verb ("India's embassy in Tehran has told its citizens to leave the capital")."""
    governor = _preposition_governor(doc, place)
    if governor is None or governor.dep_ != "nsubj" or governor.pos_ != "NOUN":
        return False
    verb = governor.head
    return verb.i != trigger.token.i and lemma_of(verb) in TRIGGERS["statement"]


def _home_in_apposition(doc: Doc, trigger: _Trigger, place: Place, lead: str) -> bool:
    """'from X', 'in X' inside an apposition told before the verb describes a person, not
    where the move starts or the meeting is ("Margaret Ellis, a retired teacher from Leeds,
    crossed the English Channel", "His daughter, a nurse in Bergen, flew up to join him")."""
    if place.mention.end > trigger.token.idx or not _APPOSED_FROM_RE.search(lead):
        return False
    return bool(_APPOSITION_END_RE.match(doc_text(doc), place.mention.end))


# ", a retired teacher from", ", a lawyer in": not ", a day after arriving in"
_APPOSED_FROM_RE = re.compile(
    r",\s+(?:a|an)\s+(?:(?!(?:day|days|week|weeks|after|before|since)\b)[\w'’-]+\s+){0,3}"
    r"(?!(?:day|week|after|before|since)\b)[\w'’-]*[^\Wg\d_]\s+(?:from|in|at)\s+(?:the\s+)?$"
)
_APPOSITION_END_RE = re.compile(r"\s*(?:,|\s+who\b)")


def _describes_the_subject(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The place's preposition hangs on the subject, which it describes, when the move tells
    an origin of its own ("The migrants, most of them from Sudan and Eritrea, had set off from
    Zuwara"); a vehicle or a trip keeps its place ("The flight from Doha landed in Kabul")."""
    governor = _preposition_governor(doc, place)
    if governor is None or governor.i == trigger.token.i:
        return False
    if governor.dep_ not in {"nsubj", "nsubjpass"} or governor.pos_ not in {"NOUN", "ADJ", "PRON"}:
        return False
    lemma = governor.lemma_.casefold()
    if lemma in VEHICLE_NOUNS | PLACE_NOUNS or any(lemma in w for w in TRIGGERS.values()):
        return False
    own_origin = any(
        c.dep_ == "prep" and c.lower_ in {"from", "out"} for c in trigger.token.children
    )
    if not own_origin and not _aged(governor) and lemma not in PERSON_KINDS:
        return False  # the move has no origin of its own: "A cloud of ash from Mount Etna
        # drifted south over Nicolosi" starts there
    return governor.head.i == trigger.token.i or trigger.token.head.i == governor.head.i


def _deep_in_the_subject(doc: Doc, trigger: _Trigger, place: Place, word: str) -> bool:
    """The place lies, after a word other than "from", deep inside the verb's subject phrase
    (in an apposition or a phrase within it), not on its head ("migrants in Libya")."""
    if word in ORIGIN_CUES or place.mention.start > trigger.token.idx:
        return False
    named = doc.char_span(place.mention.start, place.mention.end, alignment_mode="expand")
    subject = _subject_token(trigger.token, trigger.token.sent)
    if named is None or len(named) == 0 or subject is None or subject.i > trigger.token.i:
        return False
    root = named.root
    inside = subject.left_edge.i <= root.i <= subject.right_edge.i
    return inside and root.head.i != subject.i and root.head.head.i != subject.i


def _in_a_relative_clause(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The place belongs to a relative clause of another verb, which the trigger is not part
    of ("Her son, who lives in the United States, said she would not return to politics")."""
    governor = _preposition_governor(doc, place) or _governor_of_the_noun_qualified(doc, place)
    while governor is not None and governor.pos_ in {"NOUN", "ADP"} and governor.dep_ != "ROOT":
        governor = governor.head  # "who grew up on a farm near Lyon": up to "grew"
    if governor is None or governor.pos_ != "VERB" or governor.i == trigger.token.i:
        return False
    if (
        governor.dep_ == "advcl"
        and governor.head.dep_ == "relcl"
        and governor.head.i != trigger.token.i
    ):
        governor = governor.head  # "a village its inhabitants called Gelveri until they were
        # sent to Greece": the relative clause's own clause
    if governor.dep_ != "relcl" or (
        lemma_of(governor) in TRIGGERS["travel"] and not _named_for(governor)
    ):
        return False  # not "the city that took its name from the Egyptian capital": no move
    return not governor.left_edge.i <= trigger.token.i <= governor.right_edge.i


def _governor_of_the_noun_qualified(doc: Doc, place: Place) -> Token | None:
    """The word the preposition of the noun the place qualifies hangs on ("took" of "took its
    name from the ancient Egyptian capital")."""
    root = _place_root(doc, place)
    if root is None or root.dep_ not in {"amod", "compound"}:
        return None
    noun = root.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    return noun.head.head


def _near_a_named_place(doc: Doc, place: Place) -> bool:
    """'near X' tells where a named place before it lies ("the Villacoublay military air base
    near Paris"): that place is the stop, X only its neighbourhood."""
    governor = _preposition_governor(doc, place)
    if governor is None or governor.pos_ != "NOUN" or governor.lemma_.casefold() not in PLACE_NOUNS:
        return False
    between = doc.user_data.get(_PLACED_KEY)
    if between is None:
        return False
    start = governor.left_edge.idx
    if any(p.mention.end <= governor.idx for p in between(start, governor.idx)):
        return True
    named = governor.head  # "Livingstone, the tourist town near the Victoria Falls"
    return governor.dep_ == "appos" and bool(between(named.idx, named.idx + len(named)))


_PLACED_KEY = "geo.places_between"  # the places of the document, looked up by position


_YEAR_AFTER_RE = re.compile(r"\s+(?:19|20)\d\d\s+[A-Za-z]")  # "Paris 2024 organisers"


def _passes_by_bearing(lemma: str, lead: str) -> bool:
    """A verb of passing right before a bearing ("passed west of Bermuda", "skirted east of
    Jamaica"), or a storm's landfall or centre told by one ("came ashore just east of Port
    Hedland"): the place is passed, not only a point to measure from."""
    passing = lemma in PASSING_VERBS or lemma == "pass"
    return (passing and bool(_PASSED_BEARING_RE.search(lead))) or bool(
        _LANDFALL_BEARING_RE.search(lead)
    )


_PASSED_BEARING_RE = re.compile(
    r"\b(?:pass|skirt|round|bypass)\w*\s+(?:just\s+)?(?:north|south|east|west)\w*\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


# a storm's landfall or centre told by a bearing from a town: "came ashore just east of Port
# Hedland", "By Saturday night its centre was west of Nullagine": it went by there
_LANDFALL_BEARING_RE = re.compile(
    r"\b(?:ashore|landfall|(?:centre|center|eye)\s+(?:was|is|were|passed|moved))\s+"
    r"(?:just\s+|directly\s+|to\s+the\s+)?(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a start told by a place around a town: "from their winter grazing on the plateau around",
# "from a camp near" (lower-case words only, no other move between)
_FROM_AROUND_RE = re.compile(
    r"(?<!\bshelter )(?<!\bsheltered )(?<!\bsheltering )(?<!\bshelters )(?<!\bsafe )"
    r"(?<!\bhid )(?<!\bhiding )(?<!\bprotected )"  # "sheltered from a hailstorm in a barn"
    r"\bfrom\s+(?:(?!(?:and|then|before|after|to|into|toward|towards|for|via|until)\b)"
    r"[a-z'’-]+\s+){1,7}(?:around|near|outside)\s+(?:the\s+)?$"
)


# where a ship runs aground: "on a sandbar above", "off", "near"
GROUND_CUES = frozenset({"on", "near", "off", "above", "below", "at", "in", "outside", "by"})


# a move that ends at a point told by its bearing from a town: "came ashore about 20 km west
# of", "touched down southeast of the town of", "was taken to a beach north of"
_ARRIVAL_BY_BEARING_RE = re.compile(
    r"\b(?:to\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,2}?|(?:at|in)\s+(?:a|an)\s+(?:[\w-]+\s+){1,2}?|"
    r"ashore\s+|landfall\s+|land(?:s|ed|ing)?\s+|(?:touch(?:es|ed|ing)?|set|came)\s+down\s+)"
    # "landed under its parachute southeast of the town of Zhezkazgan"
    r"(?:(?:under|by|on|with)\s+(?:its|a|an|the|their|his|her)\s+[\w-]+\s+)?"
    r"(?:(?:about|some|around|roughly|just|nearly|almost)\s+)?"
    r"(?:(?:\d[\d,.]*|a\s+few|several|\w+ty|two|three|four|five|six|seven|eight|nine|ten)\s*"
    r"(?:-\s*)?(?:km|kilometres?|kilometers?|miles?)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:north|south|east|west))?\s+of\s+"
    r"(?:the\s+(?:(?:town|city|village|port)\s+of\s+)?)?$",
    re.IGNORECASE,
)


# ways, not vehicles: "an Afghan teenager's road to Calais" is no ride
ROAD_NOUNS = frozenset("route road way path trip tour journey step detour".split())


def _part_of_a_vehicle(noun: Token) -> bool:
    """A noun told as part of a vehicle: "the back of a lorry", "the deck of a ferry"."""
    vehicles = VEHICLE_NOUNS - ROAD_NOUNS
    return any(
        c.lower_ == "of" and any(g.lemma_.casefold() in vehicles for g in c.children)
        for c in noun.children
    )


def _rides_with(vehicle: Token, verb: Token) -> bool:
    """The vehicle is how the verb's traveller moves: its object or the object of one of its
    prepositions ("took a train to Kyiv", "left on a plane to Rzeszow"), or of a part of it
    ("rode in the back of a truck to Sofia")."""
    while (
        vehicle.dep_ == "pobj" and vehicle.head.lower_ == "of" and vehicle.head.head.pos_ == "NOUN"
    ):
        vehicle = vehicle.head.head
    head = vehicle.head
    if vehicle.dep_ == "dobj":
        return head.i == verb.i
    return vehicle.dep_ == "pobj" and head.dep_ == "prep" and head.head.i == verb.i


_WISH_RE = re.compile(
    r"\b(?:hop|want|wish|dream|seek|tr(?:y|ie|yi)|meant|supposed)\w*\s+(?:of\s+|to\s+)$",
    re.IGNORECASE,
)


def _wished(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """'many hope to reach the United States', 'the boat that was meant to take him to Yemen':
    a goal only wished for, unless it is given a time like a planned stop ("They hope to
    reach Belem by November")."""
    lead = doc_text(doc)[max(0, trigger.token.idx - 30) : trigger.token.idx]
    after = doc_text(doc)[place.mention.end : place.mention.end + 60]
    return bool(_WISH_RE.search(lead)) and not _TIMED_RE.match(after)


# where a mover stayed until the move told next: "in Khe Sanh until Monday, when they were"
_UNTIL_WHEN_RE = re.compile(r"\s+until\s+[^,.;]{1,40},\s+when\s+(?:[\w'’-]+\s+){1,3}")


def _habitual(doc: Doc, trigger: _Trigger) -> bool:
    """A move told as what happens as a rule is background, no move of the traveller ("Storks
    usually take the western route over Gibraltar", "thousands of migrants a year take the
    route through Yemen", "about 200 defectors reach the South each year")."""
    text = doc_text(doc)
    lead = text[max(0, trigger.token.idx - 40) : trigger.token.idx]
    end = trigger.token.idx + len(trigger.token.text)
    after = re.split(r"[.;:!?]", text[end : end + 80], maxsplit=1)[0]
    return bool(_HABITUAL_LEAD_RE.search(lead) or _HABITUAL_AFTER_RE.search(after))


_HABITUAL_LEAD_RE = re.compile(
    r"(?:\b(?:usually|typically|normally|often|generally|traditionally|regularly)\s+"
    r"|\ba\s+year\s+|\b(?:each|every|per)\s+year\s+)$"
)
_HABITUAL_AFTER_RE = re.compile(r"\b(?:each|every|per)\s+(?:year|summer|winter|spring|autumn)\b")


# "by November", "in early May", "on Friday" right after the place (perhaps after a phrase)
_TIMED_RE = re.compile(
    r"(?:\s+[a-z]+){0,6}?\s+(?:by|in|on|before)\s+(?:early\s+|late\s+|mid-?)?" + CALENDAR_WORD
)


def _purpose_of_a_plan(token: Token) -> bool:
    """'on an expedition to paddle the river to the Atlantic', 'a plan to fly to Mars': a move
    that a plan or venture is for, not one made."""
    head = token.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return token.dep_ == "acl" and infinitive and head.lemma_.casefold() in INTENT_NOUNS


# words that open what a move is for: "a tour aimed at slowing ...", "talks designed to"
AIM_WORDS = frozenset({"aimed", "designed", "meant", "intended", "seeking"})


def _in_the_aim_of_the_move(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The place hangs on a verb of what the move is for, not on the move ("a three-nation tour
    aimed at slowing the flow of migrant boats to the Canary Islands"): the aim's place."""
    governor = _preposition_governor(doc, place)
    if governor is None or governor.i == trigger.token.i or governor.pos_ != "VERB":
        return False
    node = governor
    while node.head.i != node.i and node.i != trigger.token.i:
        if node.lower_ in AIM_WORDS and node.head.i == trigger.token.i:
            return True
        node = node.head
    return False


INTENT_NOUNS = frozenset(
    "expedition plan bid attempt effort quest project mission goal aim dream ambition request "
    "permission proposal offer".split()
)
VISITING_LEMMAS = APPEARING_VERBS | {"tour", "visit", "inspect"}


def _visited_thing(noun: Token, trigger: _Trigger) -> bool:
    """The noun is what a visit or appearance is made to: the object of the trigger verb or
    of its preposition ("touring a plant", "speaking to union workers")."""
    verb = trigger.token
    if verb.lemma_.casefold() not in VISITING_LEMMAS or verb.pos_ != "VERB":
        return False
    head = noun.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def _places_bystanders(doc: Doc, place: Place) -> bool:
    """The place's preposition hangs on bystanders ("officials in Kyiv")."""
    governor = _preposition_governor(doc, place)
    if governor is None:
        return False
    return governor.lower_ in BYSTANDER_NOUNS or f"{governor.lemma_.casefold()}s" in BYSTANDER_NOUNS


def _is_region(place: Place) -> bool:
    return place.chosen is not None and place.chosen.kind == "region"


def _ends_trip_at(doc: Doc, place: Place) -> bool:
    """'before ending in Santa Clara', 'wraps up the tour in Manila'."""
    return bool(
        _TRIP_END_RE.search(doc_text(doc)[max(0, place.mention.start - 60) : place.mention.start])
    )


def _passage_crossed(trigger: _Trigger, place: Place) -> bool:
    """A place crossed that is a stop of the route: not an open sea, unless a storm's."""
    return not _open_sea(place) or _about_a_storm(trigger.token.sent)


def _open_sea(place: Place) -> bool:
    """A sea, ocean or gulf a ship crosses on the way ("crossed the Atlantic to Montevideo") is
    no stop; a strait, canal or channel is, and so is any sea on a storm's path."""
    chosen = place.chosen
    return chosen is not None and chosen.kind == "water" and chosen.feature_code not in PASSAGES


PASSAGES = frozenset({"STRT", "CNL", "CHN", "CHNM", "CHNN"})  # straits, canals, channels


def _tours(trigger: _Trigger) -> bool:
    """'touring a battery plant in Lordstown': a site visited on a tour, as 'visited'."""
    return trigger.token.lemma_.casefold() == "tour" and trigger.token.pos_ == "VERB"


def _reached_in_a_gap(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """A place joined to a verb of arrival, or of going to a place, with its verb left out
    ("She reached Shizuoka on March 21, and Hamamatsu four days later", "crossed Kazakhstan
    to Almaty ..., and Tashkent on June 18"): reached too."""
    root, verb = _place_root(doc, place), trigger.token
    if root is None or root.dep_ != "conj" or verb.pos_ != "VERB":
        return False
    if root.head.i != verb.i:  # "reached" told in a relative clause of the verb's place
        return (
            verb.dep_ == "relcl" and root.head in verb.ancestors and lemma_of(verb) in ARRIVAL_WORDS
        )
    goes_to = any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in verb.children)
    return lemma_of(verb) in ARRIVAL_WORDS or goes_to


def _home_of_others(doc: Doc, place: Place) -> bool:
    """The place says where people told inside another phrase come from ("on a road crowded
    with pilgrims from Iran, Pakistan and Bahrain"), not where the mover set out from."""
    root = _place_root(doc, place)
    if root is None:
        return False
    while root.dep_ == "conj" and root.head != root:
        root = root.head  # "Pakistan" of "from Iran, Pakistan and Bahrain"
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "from":
        return False
    people = preposition.head
    if people.lemma_.casefold() in VEHICLE_NOUNS:
        return False  # "set off with the trucks from N'Djamena": the vehicles went with them
    return people.tag_ == "NNS" and people.dep_ == "pobj"


def _names_a_noun(doc: Doc, place: Place) -> bool:
    """The country or division qualifies a common noun ("U.S. agents", "the Singapore
    minister") rather than being where someone goes."""
    if place.chosen is None or place.chosen.kind not in {"country", "admin"}:
        return False  # "the Rafah crossing", "the Mariupol steel plant" are places
    span = doc.char_span(place.mention.start, place.mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    head = root.head
    if root.dep_ not in {"compound", "amod", "nmod"} or head.pos_ != "NOUN" or head in span:
        return False
    lemma = head.lemma_.casefold()
    return lemma not in PLACE_NOUNS and not any(lemma in words for words in TRIGGERS.values())


# the setting of the place named before it: "Kokopo, on the island of ", "Mwanza, on the
# southern shore of "
_SETTING_OF_A_PLACE_RE = re.compile(
    r"\b[A-Z][\w'’-]+,\s+(?:on|in|off)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:island|coast|shores?"
    r"|banks?|edge|peninsula|tip)\s+of\s+(?:the\s+)?$"
)
# a place noun and the name it introduces, after a nationality ("French ... territory of X")
_NAMED_PLACE_AFTER_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:" + "|".join(sorted(PLACE_NOUNS)) + r")\s+of\s+(?:the\s+)?[A-Z]",
    re.IGNORECASE,
)


# what talks are about: "met Tinubu to discuss security in the Sahel", "talks about the war in"
_TOPIC_RE = re.compile(
    r"\b(?:discuss(?:es|ed|ing)?|about|address(?:es|ed|ing)?|regarding|concerning|focus(?:ed|ing)?"
    r"\s+on)\b",
    re.IGNORECASE,
)


def _topic_between(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """A place told after the talks' topic word is what they are about, not where they are,
    unless a venue ("at the Kremlin") comes between them."""
    text, start = doc_text(doc), trigger.token.idx + len(trigger.token.text)
    topics = list(_TOPIC_RE.finditer(text, start, place.mention.start))
    return bool(topics) and not _AT_RE.search(text, topics[-1].end(), place.mention.start)


_AT_RE = re.compile(r"\bat\b")


# the people a stay was spent with, then its place: "with cousins in Azaz"
_WITH_HOSTS_IN_RE = re.compile(r"\bwith\s+(?:[\w'’-]+\s+){1,3}(?:in|at)\s+(?:the\s+)?$")


def lead_of_place(doc: Doc, place: Place) -> str:
    """The 40 characters before the place."""
    return doc_text(doc)[max(0, place.mention.start - 40) : place.mention.start]


def _at_the_dateline(doc: Doc, place: Place) -> bool:
    """The place is the dateline's, written in capitals at the start of a line."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, place.mention.start) + 1
    return place.mention.text.isupper() and not text[line_start : place.mention.start].strip()


def _conquered(token: Token, place: Place) -> bool:
    """The place is what a verb of conquest takes or breaks through at, told right after it
    ("captured Selydove", "took the mining town of Novohrodivka")."""
    lemma = lemma_of(token)
    if lemma not in CONQUEST_VERBS and not (lemma == "break" and _next_lower(token) == "through"):
        return False
    between = doc_text(token.doc)[token.idx + len(token.text) : place.mention.start]
    return bool(_CONQUERED_GAP_RE.fullmatch(between)) and _armed_subject(token, token.sent)


# words between a verb of conquest and the place it takes: none, "through at", "the mining
# town of"
_CONQUERED_GAP_RE = re.compile(
    r"\s+(?:through\s+(?:at|in|near)\s+|the\s+(?:[\w-]+\s+){0,3}?of\s+(?:the\s+)?)?"
)


def _crossed_the_finish(token: Token) -> bool:
    """A race's end told by its line: "crossed the finish line", "crossed the line"."""
    if token.lemma_.casefold() != "cross":
        return False
    line = next((c for c in token.children if c.dep_ == "dobj"), None)
    if line is None or line.lemma_.casefold() not in {"line", "finish"}:
        return False
    return line.lemma_.casefold() == "finish" or any(
        c.lower_ in {"finish", "finishing"} for c in line.children
    )


def _told_again_as_the_town(doc: Doc, trigger: _Trigger, place: Place) -> str:
    """The preposition of the trigger's "the town" ("the ship anchored off the town"), when
    the place is the one town its sentence names before the trigger; "" for none."""
    verb = trigger.token
    if place.mention.start > verb.idx or verb.pos_ != "VERB" or not is_parsed(verb.sent):
        return ""
    towns = [p for p in _places_before_in_sentence(doc, verb) if _a_town(p)]
    if towns != [place]:
        return ""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ in {"pobj", "pcomp", "advmod"}):
            if _the_town_again(noun):
                return prep.lower_
            if noun.lower_ == "there" and prep.lower_ == "from":
                return "from"  # "was built at the dockyard in Monkey Bay and sailed from there"
    return ""


def _the_town_again(noun: Token) -> bool:
    """'the town' told alone, not naming its town after it ("the eastern city of Joensuu")."""
    return (
        noun.lower_ in SETTLEMENT_NOUNS
        and any(d.lower_ == "the" for d in noun.lefts)
        and not any(c.dep_ in {"prep", "appos"} for c in noun.rights)
    )


def _a_town(place: Place) -> bool:
    return place.chosen is not None and place.chosen.kind == "city"


def _places_before_in_sentence(doc: Doc, verb: Token) -> list[Place]:
    placed = doc.user_data.get(_PLACED_KEY)
    if placed is None:
        return []
    return list(placed(verb.sent.start_char, verb.idx))


# "the town" told again for the one town named before: "anchored off the town"
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "port", "harbour", "harbor"})
_ROLE_OF_WAY = {"to": "destination", "into": "destination", "from": "origin"}


def _role(doc: Doc, trigger: _Trigger, place: Place) -> str:
    """Origin, waypoint, destination, venue or location, from the words around the place."""
    word = _governing_word(doc, place)
    if _AREA_AFTER_RE.match(doc_text(doc)[place.mention.end : place.mention.end + 20]):
        return "location"  # "the Baltic states", "the Gulf countries": a vague area
    if place.mention.label == "NORP" and _COMPOUND_AFTER_RE.match(doc_text(doc), place.mention.end):
        return "location"  # "will visit a Japanese-funded children's hospital": whose money
    if place.mention.start < trigger.token.idx and _in_a_fronted_for(doc, place):
        return "location"  # "For the ranching villages of the northern Chaco, ... the boat
        # has been the only way to move goods": whom it serves, no goal
    if trigger.event_type != "travel":
        if _home_in_apposition(doc, trigger, place, lead_of_place(doc, place)):
            return "location"  # "His daughter, a nurse in Bergen, flew up to join him"
        if _in_a_clause_of_another_subject(doc, trigger, place):
            return "location"  # "was waiting for him at the town's airport, five weeks after
            # a broken hip split the couple up in Broome"
        if word in VENUE_CUES and not _places_bystanders(doc, place):
            return "location" if word != "at" and _topic_between(doc, trigger, place) else "venue"
        return "location"  # "officials in Kyiv were watching the talks"
    if _only_if(trigger.token):
        return "location"  # "Everyone asks whether I stopped in Italy": asked, not told
    if trigger.there is place:
        return "waypoint"  # "In Pristina on Wednesday he urged Kosovo's prime minister"
    if way := _told_again_as_the_town(doc, trigger, place):
        return _ROLE_OF_WAY.get(way, "waypoint")  # "Because Aitape has no deep-water wharf,
        # the ship anchored off the town": off Aitape
    if _passes_overhead(trigger.token) and place.mention.start > trigger.token.idx:
        return "waypoint"  # "by early afternoon they were floating above Klagenfurt"
    if _crossed_the_finish(trigger.token) and place.mention.start > trigger.token.idx:
        return "destination"  # "crossed the finish line outside the concert hall in Reykjavik"
    if _stay_by_its_length(trigger.token, word) and place.mention.start > trigger.token.idx:
        return "waypoint"  # "rested for four days in the fields outside Aswan"
    if trigger.token.lemma_.casefold() == "spend" and _spends_years(trigger.token):
        return "location"  # "had spent two years in a cage near Kharkiv": a home
    if _home_of_others(doc, place):
        return "location"  # "a road crowded with pilgrims from Iran": where they come from
    if _reached_in_a_gap(doc, trigger, place):
        return "destination"  # "reached Shizuoka on March 21 ... and Hamamatsu four days later"
    lemma = trigger.token.lemma_.casefold()
    lead = doc_text(doc)[max(0, place.mention.start - 40) : place.mention.start]
    if _YEAR_AFTER_RE.match(doc_text(doc), place.mention.end):
        return "location"  # "handed over to the Paris 2024 organisers": an event's name
    if _passes_by_bearing(lemma, lead):
        return "waypoint"  # "The storm had passed west of Bermuda": it went by there
    if _signal_subject(trigger.token) is not None and place.mention.start > trigger.token.idx:
        return "waypoint"  # "his signal has come from forested slopes east of Trento"
    if place.mention.start > trigger.token.idx and _AVOIDED_AFTER_RE.search(
        doc_text(doc), trigger.token.idx, place.mention.start
    ):
        return "location"  # "were seen over Brasov ..., before coming down at dawn rather
        # than risk being carried out over the Black Sea": a way not taken
    if lemma in SIGHTING_LEMMAS and place.mention.start < trigger.token.idx:
        return "location"  # "A fishing crew from Paita photographed her": the crew's home
    if lemma in SIGHTING_LEMMAS and word in SIGHTING_CUES:
        return "waypoint"  # "was last seen at Crosshaven", "spotted off Valentia Island"
    if lemma == "aground" and place.mention.start > trigger.token.idx and word in GROUND_CUES:
        return "destination"  # "ran aground on a sandbar just above Cairo": it stopped there
        # (not "near Cairo as the Mississippi falls")
    if _ARRIVAL_BY_BEARING_RE.search(
        doc_text(doc), max(0, place.mention.start - 80), place.mention.start
    ):
        return "destination"  # "touched down southeast of the town of Zhezkazgan", "taken by
        # pickup to a beach north of Obock": the move ends by the town it is measured from
    if _FROM_AROUND_RE.search(doc_text(doc), max(0, place.mention.start - 90), place.mention.start):
        return "origin"  # "a trek from their winter grazing on the plateau around Karasjok"
    if any(r.search(lead) for r in (_REFERENCE_POINT_RE, _REFERENCE_FROM_RE, _BEARING_OF_RE)):
        return "location"  # "about 35 km northeast of Athens", "east of the Philippines"
    if _ACROSS_FROM_RE.search(doc_text(doc), max(0, place.mention.start - 90), place.mention.start):
        return "location"  # "crossed at Tabatinga, across the border from ... Leticia"
    if _UNTIL_WHEN_RE.fullmatch(doc_text(doc), place.mention.end, trigger.token.idx):
        return "origin"  # "had been kept in Khe Sanh until Monday, when they were driven"
    if lemma in RESULT_VERBS | RESULT_NOUNS and _at_the_dateline(doc, place):
        return "waypoint"  # "REGINA, Saskatchewan (CP) - ... the Tigers beat the Regina Pats
        # 5-2 on Wednesday night": a game told with no place of its own was played there
    if _conquered(trigger.token, place):
        return "destination"  # "captured Avdiivka", "broke through at Ocheretyne"
    if lemma in STORM_BIRTH_VERBS or (lemma == "break" and word in VENUE_CUES):
        return "origin"  # "the storm had formed over northern Italy", "broke out near Varnavas"
    after_place = doc_text(doc)[place.mention.end : place.mention.end + 20]
    if place.mention.label == "NORP" and _NEAR_BORDER_RE.match(after_place):
        return "location"  # "outside Uruguaiana, on the Argentine border": the town's
    if lemma in BEGINNING_VERBS and word in BEGINNING_CUES | ORIGIN_CUES:
        return "origin"  # "the locusts bred in Sindh", "was tagged near Leamington"
    if _NEGATED_RE.search(doc_text(doc)[max(0, place.mention.start - 50) : place.mention.start]):
        return "location"  # "the first time that the Tour has not finished in Paris"
    if _INSTEAD_RE.search(doc_text(doc)[max(0, trigger.token.idx - 30) : trigger.token.idx]):
        return "location"  # "instead of heading for the Suez Canal"
    if _AVOIDED_RE.search(lead):
        return "location"  # "turned south, avoiding the road on to Tegal"
    if _called_off(doc, trigger, place):
        return "location"  # "skip its scheduled call at Santorini", "stop ... was cancelled"
    if _in_a_clause_of_another_subject(doc, trigger, place):
        return "location"  # "landed in Miami ..., since gangs forced the main airport in
        # Port-au-Prince to close": the gangs' clause, not the flight's
    if _in_a_later_clause(doc, trigger, place):
        return "location"  # "told its citizens to leave the capital, and more flights are
        # being arranged through Armenia": the place is another subject's
    if _habitual(doc, trigger):
        return "location"  # "more than 100,000 migrants a year take the route through Yemen"
    if _wished(doc, trigger, place) or _purpose_of_a_plan(trigger.token):
        return "location"  # "many hope to reach the United States", "an expedition to paddle"
    if lemma in TRIP_NOUNS and trigger.token.pos_ == "NOUN" and _is_region(place):
        return "location"  # "his first trip to Southeast Asia": the trip's scope
    after = doc_text(doc)[place.mention.end : place.mention.end + 80].casefold()
    if re.match(r"\s*,?\s*where\b[^.]*\b(?:enter|cross|pass|transit)(?:s|es|ed|ing)?\b", after):
        return "waypoint"
    if _reached_in_a_relative_clause(doc, trigger, place):
        return "destination"  # "over the mountains to Tbilisi, which she reached on July 21"
    if place.mention.label == "NORP" and _NAMED_PLACE_AFTER_RE.match(after):
        return "location"  # "the French Indian Ocean territory of Mayotte": Mayotte is the stop
    if _SETTING_OF_A_PLACE_RE.search(lead):
        return "location"  # "cross the Bismarck Sea to Kokopo, on the island of New Britain":
        # where the stop lies, no stop of its own
    near = word == "near" or lead.endswith("outside ")
    if near and _near_a_named_place(doc, place):
        return "location"  # "landed at the Villacoublay military air base near Paris",
        # "touched down at Maiquetia airport outside Caracas"
    nationality = place.mention.label == "NORP" and word in {"on", "at", "along"}
    if (word == "near" or nationality) and _NEAR_BORDER_RE.match(after):
        return "location"  # "near the Russian border": close to the country, not in it
    if _in_the_speaker(doc, trigger, place):
        return "location"  # "India's embassy in Tehran has told its citizens to leave"
    if _deep_in_the_subject(doc, trigger, place, word):
        return "location"  # "The 19-year-old, one of 32 survivors of Sunday's sinking off
        # Obock, was brought to the capital": the place tells who moves, not where
    if _describes_the_subject(doc, trigger, place) or _PART_OF_THEM_FROM_RE.search(lead):
        return "location"  # "The migrants, most of them from Sudan, had set off from Zuwara",
        # "The students, most of them from Kashmir, were taken by bus to the border"
    if word in {"from", "in", "at"} and _home_in_apposition(doc, trigger, place, lead):
        return "location"  # "Margaret Ellis, a retired teacher from Leeds, crossed to Calais"
    if _in_a_participle_of_another_noun(doc, trigger, place):
        return "location"  # "ended a tour ..., pressing her neighbours to care for migrants
        # sent back from the United States": the migrants' way, not the tour's
    alights = lemma in ALIGHTING_LEMMAS and word in {"in", "at"}
    if alights and _off_a_vehicle_at(doc, trigger, place):
        return "destination"  # "climbed down from a matatu in Nakuru": the ride ended there
    if (way := _along_a_way_there(doc, trigger, place)) and lemma in RITE_VERBS:
        return "destination"  # "laid a wreath on Shark Island in Lüderitz": there, as at a stop
    if way in LEAVING_PATH_WORDS:
        return "origin"  # "pulled out of a warehouse yard in Korhogo"
    if way:  # "rolled up the ramp of the city hall in Bloemfontein", "steered his truck down
        return "destination" if way == "to" else "waypoint"  # to the terminals at Itaituba"
    if lemma == "take" and _next_lower(trigger.token) == "off" and word in {"at", "in"}:
        return "origin"  # "took off from a flying club field at Masterton", the parse hanging
        # "at Masterton" on the verb
    if _in_a_relative_clause(doc, trigger, place):
        return "location"  # "Her son, who lives in the United States, said she would not
        # return", "Rousseau, who grew up on a farm near Lyon, plans to fly home"
    if word == "from" and _source_of_an_abstract_noun(doc, place):
        return "location"  # "under pressure from Thailand and China, the group freed him"
    if word in ORIGIN_CUES and _starts_a_later_leg(doc, place):
        return "waypoint"  # "was joined for the last stage from Preston"
    if word in ORIGIN_CUES:
        return "origin"
    if word in WAYPOINT_CUES:
        return "waypoint"
    if lemma in FIX_VERBS and word in FIX_CUES:
        return "waypoint"  # "its signal placed it in wetlands outside Gondar": a point passed
    if lemma in STOPOVER_WORDS and word == "of" and _IN_THE_PARTS_OF_RE.search(lead):
        return "waypoint"  # "spent four days in the old people's homes of Kannur"
    if lemma in STOPOVER_WORDS and word in STAY_EDGE_CUES:
        return "waypoint"  # "spent three days camping outside Strasbourg": a stay at its edge
    stood = trigger.token.lower_ == "stood"
    if (lemma in STAYING_VERBS or stood) and word in STAY_PLACE_CUES:
        return "waypoint"  # "camped outside Cahors", "sheltered on Lampedusa"
    if word in {"in", "at"} and _stayed_for_a_while(trigger.token):
        return "waypoint"  # "stayed on in Broome for almost three weeks"
    if lemma in LOADING_VERBS and word in {"at", "in"}:
        return "waypoint"  # "collected a load of cooking oil at the port of Mombasa"
    if word in {"in", "at"} and any(
        c.lower_ == "for" and _a_span_of_time(c) for c in trigger.token.children
    ):
        return "waypoint"  # "had worked in a textile workshop in Istanbul for five months"
    if lemma == "attend" and word in {trigger.token.lower_, "in", "at"}:
        return "waypoint"  # "after attending the Munich Security Conference"
    if _after_doing_somewhere(trigger.token) and word in {"in", "at"}:
        return "waypoint"  # "after leading a yoga session at the UN headquarters in New York"
    if word in {"in", "at"} and _slipped_a_tether(trigger.token):
        return "origin"  # "Pasa had slipped his chain in Kars on Feb 2"
    if word in {"in", "at"} and _purpose_of_a_stop(trigger.token):
        return "waypoint"  # "before stopping to take on water at Bibala": the stop's place
    if lemma == "make" and word in {"in", "at"} and _next_lower(trigger.token) == "fast":
        return "waypoint"  # "made fast for Wednesday night at Svishtov": moored there
    if lemma == "hand" and word in {"in", "at"} and place.mention.start > trigger.token.idx:
        return "destination"  # "handed over to the authorities in Niamey": taken there
    if lemma in STOPOVER_WORDS | {"stay"} and _WITH_HOSTS_IN_RE.search(lead):
        return "waypoint"  # "spent the first night with cousins in Azaz": stayed there
    if lemma in STORM_IMPACT_VERBS and word == "on":
        return "waypoint"  # "dropped 300 mm of rain on Tacloban": the rain's, the storm's
    if lemma in BREAKDOWN_LEMMAS and word in STAY_PLACE_CUES:
        return "waypoint"  # "his frame cracked on a pothole outside Tamale": stopped there
    acts = lemma in ACTS_AT_A_VENUE or (lemma == "hold" and _a_tour_event_held(trigger.token))
    acts = acts or _a_tour_event_was_there(trigger.token)  # "was in the main hall of Uzgen"
    if acts and _at_a_venue_in_the_town(doc, trigger, place):
        return "waypoint"  # "sang in a concert hall in Vanadzor": the singer was there
    if _governed_by_other_noun(doc, trigger, place) or _names_a_noun(doc, place):
        return "location"  # "a visit, his first since the war in Ukraine began", "to U.S. agents"
    if _in_the_aim_of_the_move(doc, trigger, place):
        return "location"  # "a tour aimed at slowing the flow of boats to the Canary Islands"
    passes = lemma in {"transit", "pass"} and word == trigger.token.lower_
    passes = passes or (lemma in PASSING_VERBS and word != "to")  # ("threaded between the
    # islands to Labuan Bajo": reached there)
    if lemma in STORM_IMPACT_VERBS or passes:
        return "waypoint"  # "after lashing Taiwan", "battered Jamaica", "rounded Cape Horn"
    if lemma == "cross" and word == trigger.token.lower_ and _passage_crossed(trigger, place):
        return "waypoint"  # "after crossing the Strait of Messina", "crossed the Alps"
    stays = STOPOVER_WORDS | PORT_CALLS | PERFORMING_VERBS | TIME_SPANS | RESULT_NOUNS
    stays |= RESULT_VERBS
    stays |= APPEARING_VERBS | APPEARANCE_NOUNS | STAYING_VERBS | CHANGING_VERBS
    stays |= CUSTODY_LEMMAS | VICTIM_LEMMAS | PORT_WORK_LEMMAS | KEEPING_VERBS
    if lemma in {"be", "stay"} and word in {"in", "at"}:
        return "waypoint"  # "we were in Tromso", "has been staying in Urgup since Saturday"
    if lemma in STOPOVER_WORDS | PORT_CALLS and word in {"was", "is", "be", "were", "will"}:
        return "waypoint"  # "Our last stop was Budapest", "Its first port of call is New York"
    if lemma == "follow" and word == "by":
        return "waypoint"  # "followed by Fort Lauderdale and Rio de Janeiro"
    if lemma in RITE_VERBS and word in {"in", "at"}:
        return "destination"  # "celebrated the liturgy on Sunday in a church in Guzelyurt": he
        # was there, as at a stop reached (not a stop on the way to the places listed before)
    if lemma in stays and (word in {"in", "at"} or (word == "on" and lemma in STOPOVER_WORDS)):
        return "waypoint"  # "after a two-day stop in Seoul", "a stopover on the island of Sal"
    if word == "on" and word in PHRASE_TRIGGERS.get(lemma, ()):
        return "destination"  # "were advancing on the northern suburb of Penteli"
    if word == "on" and lemma in ARRIVAL_WORDS:
        return "destination"  # "made landfall on the island of Rhodes", "landed on Crete"
    if word == "on" and _ends_trip_at(doc, place):
        return "destination"  # "to end the trip on the beach at Bengkulu"
    if word in {"in", "at"}:
        if lemma in ENTRY_VERBS and word == "at":
            return "waypoint"
        if word == "at" and _into_somewhere(trigger.token) and _at_the_move(doc, trigger, place):
            return "waypoint"  # "slipped into the Parana River at Posadas": the way in
        if lemma in LEAVE_LEMMAS and place.mention.end <= trigger.token.idx:
            return "origin"  # "trained in Madrid before leaving for Germany"
        if lemma in LEAVE_LEMMAS and _left_a_place_there(doc, trigger, place):
            return "origin"  # "had left the camps at Cox's Bazar"
        if lemma in BOARDING_LEMMAS and place.mention.start > trigger.token.idx:
            return "origin"  # "boarded the train at Przemysl"
        if lemma in TRIP_NOUNS and _starts_trip(doc, trigger, place):
            if _started_after_moving(trigger.token):
                return "waypoint"  # "rode the train to Mashhad, crossed into Turkmenistan by
                # bus and opened the tour in Ashgabat": reached there, not left from
            return "origin"  # "a tour that began in Seoul", "began the trip in Rome"
        if lemma in START_LEMMAS and place.mention.start > trigger.token.idx:
            return "origin"  # "began the day in Scranton"
        if lemma in ARRIVAL_WORDS or _ends_trip_at(doc, place) or _tours(trigger):
            return "destination"
        if lemma in {"turn", "show"} and _next_lower(trigger.token) == "up":
            return "destination"  # "turned up at their hill farm outside Builth Wells"
        if lemma == "run" and _next_lower(trigger.token) in {"off", "away"}:
            return "origin"  # "ran off at a service station at Gretna": left from there
        if lemma in TRIP_NOUNS and _trip_closed(trigger.token) and _hangs_on(doc, place, trigger):
            return "destination"  # "finished a 350 km charity run at Old Trafford in Manchester"
        if _done_after_leaving(doc, trigger, place):
            return "waypoint"  # "set out from Timbuktu and watered the camels at Araouane"
        if lemma == "cross" and _in_what_was_visited(doc, trigger, place):
            return "waypoint"  # "crossed the Sanjo Ohashi bridge in Kyoto": was there
        return "location"
    if word in DESTINATION_CUES:
        return "destination"
    if word == "of" and (path := _through_a_part_of(doc, trigger, place)):
        return "destination" if path in INTO_WORDS else "waypoint"  # "crawled through the
        # factory traffic of Choloma": the way went through the town
    if lemma in VISITING_LEMMAS | APPEARANCE_NOUNS and _in_what_was_visited(doc, trigger, place):
        return "waypoint"  # "toured a closed hospital in Palestine", "held a town hall in X"
    if lemma in TRIP_NOUNS and _town_doing_for_the_trip(doc, trigger, place):
        return "waypoint"  # "Savanna-la-Mar, on the south-west coast, drew the biggest crowd
        # of the tour": a stop of the tour
    return "location"


def _town_doing_for_the_trip(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The town is the subject of the verb whose object tells of the trip."""
    root = _place_root(doc, place)
    if root is None or root.dep_ != "nsubj" or place.chosen is None:
        return False
    if trigger.token.pos_ != "NOUN" or place.mention.label == DATELINE_LABEL:
        return False  # "a couple ... who were touring the Great Plains"; "KYIV, March 21
        # (Reuters) - Kishida made an unannounced visit"
    verb = root.head
    return place.chosen.kind == "city" and any(
        c.dep_ == "dobj" and c.left_edge.i <= trigger.token.i <= c.right_edge.i
        for c in verb.children
    )


def _in_a_fronted_for(doc: Doc, place: Place) -> bool:
    """The place is inside a phrase opening its sentence with "For" ("For the villages of
    the Chaco, the boat is ...")."""
    token = doc.char_span(place.mention.start, place.mention.end, alignment_mode="expand")
    if token is None:
        return False
    sentence = token.sent
    return bool(_FRONTED_FOR_RE.fullmatch(doc_text(doc), sentence.start_char, place.mention.start))


_FRONTED_FOR_RE = re.compile(r"For\s+[^,;:.]*")


def _through_a_part_of(doc: Doc, trigger: _Trigger, place: Place) -> str:
    """The path word of the trigger whose noun the place's "of" hangs on ("through the
    factory traffic of Choloma", "into the centre of Lyon"); "" for none."""
    if place.chosen is None or place.chosen.kind != "city":
        return ""  # not "walked over the mountains of the South Island"
    of = _preposition_of(doc, place)
    if of is None or of.lower_ != "of" or of.head.dep_ != "pobj":
        return ""
    path = of.head.head
    if path.lower_ in {"on", "at"} and path.head.dep_ == "pobj":
        path = path.head.head  # "onto a beach on the southern edge of Olbia"
    if path.lower_ not in PATH_WORDS | INTO_WORDS or path.head.i != trigger.token.i:
        return ""
    return path.lower_


def _preposition_of(doc: Doc, place: Place) -> Token | None:
    """The word the place's words hang on, mostly its preposition ("from", "at")."""
    root = _place_root(doc, place)
    return root.head if root is not None else None


def _source_of_an_abstract_noun(doc: Doc, place: Place) -> bool:
    """The place is where pressure, calls or criticism come from ("under pressure from
    Thailand", "calls from Washington"), not where anyone set out."""
    preposition = _preposition_of(doc, place)
    if preposition is None or preposition.lower_ != "from":
        return False
    noun = preposition.head
    return noun.pos_ == "NOUN" and lemma_of(noun) in ABSTRACT_SOURCE_NOUNS


ABSTRACT_SOURCE_NOUNS = frozenset(
    "pressure criticism call demand threat opposition objection complaint warning request "
    "order appeal invitation offer condemnation praise backing support".split()
)


def _in_a_participle_of_another_noun(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The place hangs on a participle that describes a noun ("migrants sent back from the
    United States"), neither of which is the trigger."""
    preposition = _preposition_of(doc, place)
    if preposition is None or preposition.dep_ != "prep":
        return False
    verb = preposition.head
    if verb.dep_ in {"advmod", "prt"}:
        verb = verb.head  # "sent back from"
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or trigger.token in {verb, verb.head}:
        return False
    if verb.sent.root.pos_ not in {"VERB", "AUX"}:
        return False  # "A caravan of 200 camels swayed into Timbuktu": the verb misread
    return verb.head.pos_ == "NOUN" and trigger.token.i not in {t.i for t in verb.subtree}


def _at_the_move(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The place hangs on "at" that hangs on the trigger itself ("slipped into the river at
    Passau"; not "dipped them in the sea at Brest ... walked into Lyon")."""
    preposition = _preposition_of(doc, place)
    if preposition is None or preposition.lower_ != "at":
        return False
    held = preposition.head  # the trigger, or what it goes into ("into the river at Posadas")
    return held == trigger.token or (held.head.lower_ == "into" and held.head.head == trigger.token)


def _into_somewhere(token: Token) -> bool:
    """The mover goes into somewhere ("slipped into the Parana River", "drove into Germany"):
    a town "at" which it did so is where the mover was, the way in. Not a thing it moves
    ("waves swept several homes into the sea at Port aux Basques")."""
    children = list(token.children)
    if any(child.dep_ == "dobj" for child in children):
        return False
    return any(child.dep_ == "prep" and child.lower_ == "into" for child in children)


def _reached_in_a_relative_clause(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The trigger is a verb of arrival in the clause after the place that "which" opens."""
    lead = _WHICH_THEY_REACHED_RE.match(doc_text(doc), place.mention.end)
    return (
        lead is not None
        and lead.end() == trigger.token.idx
        and lemma_of(trigger.token) in ARRIVAL_WORDS | {"enter"}
    )


# ", which she reached", ", which the convoy had entered"
_WHICH_THEY_REACHED_RE = re.compile(
    r",\s+which\s+(?:he|she|they|it|we|the\s+[\w-]+)\s+(?:had\s+|finally\s+)?"
)


def _along_a_way_there(doc: Doc, trigger: _Trigger, place: Place) -> str:
    """The path word ("up", "through", "to") of a way a verb of moving takes that lies in the
    place ("walked up the steps of the Capitol in Washington"): the mover was there; "" for
    none. A rite's place ("laid a wreath on Shark Island in Lüderitz") counts too."""
    if trigger.token.pos_ != "VERB":
        return ""
    between = doc_text(doc)[trigger.token.idx + len(trigger.token.text) : place.mention.start]
    if found := _ALONG_A_WAY_RE.fullmatch(between):
        way = found.group(1).casefold()
    else:
        paths = WAY_PATH_WORDS | RITE_PLACE_WORDS if lemma_of(trigger.token) in RITE_VERBS else None
        paths = paths or WAY_PATH_WORDS | LEAVING_PATH_WORDS
        way = _way_of_the_verb_lies_there(doc, trigger, place, paths)
    if way and _carries_off_a_thing(trigger.token):
        return ""  # "waves swept several homes into the sea at Port aux Basques"
    return way


def _carries_off_a_thing(verb: Token) -> bool:
    """The verb moves its object, a thing its subject, no mover, does not take along ("waves
    swept several homes into the sea"): the way is the object's."""
    subject = _subject_token(verb, verb.sent)
    if subject is None or _a_mover(subject):
        return False
    return any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and not _taken_along(c, verb) for c in verb.children
    )


def _way_of_the_verb_lies_there(
    doc: Doc, trigger: _Trigger, place: Place, paths: frozenset[str]
) -> str:
    """The parse hangs the place ("in Kitwe") on the way the verb's mover takes ("drove a
    three-wheeler they built through the gates of the university in Kitwe", "steered his
    truck down to the grain terminals on the river at Itaituba"): the path word under the
    verb, reached through nouns and their prepositions from "in" or "at" and the place."""
    token = _place_root(doc, place)
    if token is None or token.dep_ != "pobj" or token.head.lower_ not in {"in", "at", "of"}:
        return ""
    if token.head.lower_ == "of" and (
        place.chosen is None
        or place.chosen.kind != "city"
        or token.head.head.head.lower_ in paths  # "into the colonial town of Ouro Preto": see
        # `_through_a_part_of`
    ):
        return ""  # "onto a beach on the southern edge of Olbia", not "the mountains of Peru"
    word = token.head.head
    for _ in range(6):
        if word.dep_ == "prep" and word.lower_ in paths:
            return word.lower_ if _verb_or_its_object_clause(word.head, trigger.token) else ""
        if word.dep_ not in {"pobj", "prep"} or word.head is word:
            return ""
        word = word.head
    return ""


def _verb_or_its_object_clause(head: Token, verb: Token) -> bool:
    """The head is the verb, or a relative clause on its object that the parser hung the way
    on ("drove a three-wheeler they built ... through the gates")."""
    if head.i == verb.i:
        return True
    if head.dep_ in {"prt", "advmod"} and head.head.i == verb.i:
        return True  # "steered his truck down to the grain terminals"
    noun = head.head
    return head.dep_ == "relcl" and noun.dep_ == "dobj" and noun.head.i == verb.i


WAY_PATH_WORDS = frozenset(
    "up down along across through over onto into under beneath past around to below beside "
    "alongside".split()
)
# a way out of a place in the town: "pulled out of a warehouse yard in Korhogo"
LEAVING_PATH_WORDS = frozenset({"from", "out"})
# where a rite is done, up to the town: "laid a wreath on Shark Island in Lüderitz"
RITE_PLACE_WORDS = frozenset({"on", "at", "in", "near"})


def _at_a_venue_in_the_town(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The verb's act is at a venue the text places in the town: "sang in a concert hall in
    Vanadzor", "played at the old theatre in Kolda", "played the patron saint's festival in
    Palpa"."""
    if place.mention.start < trigger.token.idx:
        return False
    between = doc_text(doc)[trigger.token.idx + len(trigger.token.text) : place.mention.start]
    return bool(_VENUE_IN_TOWN_RE.fullmatch(between) or _PLAYED_IN_TOWN_RE.fullmatch(between))


_VENUE_IN_TOWN_RE = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,6}?(?:in|at|inside)\s+(?:the|a|an|its|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:in|at|of)\s+"
)


# an occasion or a venue performed at, or a town played, told as the verb's object: "played
# the patron saint's festival in", "a theatre in", "played the college town of"
_PLAYED_IN_TOWN_RE = re.compile(
    r"(?:\s+[^,;.]{0,60}?\s+and)?"  # "played the college town of Middlebury on Sept 21 and a
    # theatre in Burlington"
    r"\s+(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?(?:festival|wedding|fair|"
    r"concert|show|gig|carnival|fiesta|ceremony|match|game|theatre|theater|hall|club|arena|"
    r"stadium|venue)s?\s+(?:in|at)\s+(?:the\s+)?"
    r"|\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:town|city|village)\s+of\s+"  # "played the college
    # town of Middlebury"
)


# the parts of a town a way goes along, told "of" the town ("down the main street of Lacombe")
TOWN_PARTS = frozenset(
    "street streets square avenue boulevard road high-street harbour harbor waterfront quay quays "
    "promenade seafront riverfront outskirts centre center heart suburbs gates bridge".split()
)


_ALONG_A_WAY_RE = re.compile(
    r"\s+(?:(?:her|his|their|its|our|my)\s+"  # "rode her kiteboard onto a beach on the
    rf"(?:{any_word_of(VEHICLE_NOUNS)})\s+|\w+\s+)?"  # southern edge of Olbia"
    r"(?:(?:her|his|their|its|our|my)\s+way\s+)?"
    r"(up|down|along|across|through|over|onto|into|under|beneath|past|around)\s+"
    r"(?:the|a|an|its|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,5}?"
    rf"(?:[\w'’-]+\s+(?:in|at)|(?:{any_word_of(TOWN_PARTS)})\s+of)\s+"
)


def _in_what_was_visited(doc: Doc, trigger: _Trigger, place: Place) -> bool:
    """The place closes the phrase of what the trigger visits or holds: "toured a closed
    hospital in Palestine", "a town hall in Sulphur Springs"."""
    between = doc_text(doc)[trigger.token.idx + len(trigger.token.text) : place.mention.start]
    return bool(_VISITED_THING_RE.fullmatch(between))


_VISITED_THING_RE = re.compile(
    r"\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}(?:in|at)\s+"
)
