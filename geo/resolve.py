"""Choose, for each place mention, the gazetteer entry it most likely means."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from itertools import accumulate

import numpy

from geo.continents import continent_code, continent_of
from geo.models import DATELINE_LABEL, OPENER_LABEL, Candidate, Mention, Place
from geo.names import normalise

CandidateSource = Callable[[Mention], list[Candidate]]

DemonymSource = Callable[[str], str | None]

MATCH_WEIGHT = {"primary": 1.0, "ascii": 0.9, "alternate": 0.45, "code": 0.4}
POPULATION_WEIGHT = 0.6  # per decade of population
ADMIN_POPULATION_DISCOUNT = 0.6  # a division's population sums its towns: worth one decade less
LOCAL_COUNTRY_BONUS = 1.0  # "the Russian border city of X"
KIND_PRIOR = {
    "country": 1.2,
    "admin": 0.6,
    "region": 1.6,  # curated (data/supplement.csv) and carrying no population: "the Atlantic"
    "water": 1.6,  # is the ocean, not Atlantic, Iowa (pop. 7,000)
    "landmark": 2.4,  # only curated (data/supplement.csv): notable by selection
    "city": 0.0,
    "other": -0.2,
}
LABEL_KIND_WEIGHT = 1.0  # the model's label agrees with the kind (LOC for a sea or region)
LOC_POLITICAL_PENALTY = 1.5  # the model read a non-political location: a sea, not a town
_POLITICAL_KINDS = frozenset({"city", "admin", "country"})
# "the Atlantic", "the tropical Atlantic", "in the eastern Pacific": a one-word name after the
# article (and lowercase words) reads as a sea or a region, rarely as a town
ARTICLE_WATER_BONUS = 1.0
_ARTICLE_BEFORE_RE = re.compile(r"\bthe\s+(?:[a-z]+\s+){0,2}$")
LABEL_KIND_BONUS = {("LOC", "region"), ("LOC", "water"), ("FAC", "landmark"), ("ORG", "landmark")}
FEATURE_PRIOR = {"PPLC": 0.8, "PPLA": 0.3, "PPLG": 0.3, "PPLA2": 0.1, "PCLI": 0.2}
CONTAINMENT_BONUS = 3.0
TEMPERATURE = 0.5  # fitted by `geo eval --calibrate` (2-fold CV on LGL; GWN gave 0.4)
MAX_ALTERNATIVES = 5
CONFIDENCE_KM = 161.0  # confidence is the chance that the point lies within this of the truth
_CONTAINER_RE = re.compile(r"^(?:,\s*|\s+in\s+)")
_APPOSED_GAP_RE = re.compile(r",\s+the\s+")
_APPOSITION_NOUN_RE = re.compile(r"\s+(?:capital|city|town|village|port|suburb)\b")

# Joint inference: each distinct name of a section supports the candidates of the others.
# Support has four kinds; per kind, the other names' agreements (each weighted by how plausible
# the agreeing reading is) combine by noisy-or: weak hints add up, a second and third name
# still count, a hundred names in one country do not count a hundred times. Weights chosen on
# LGL and GeoWebNews by a grid with 2-fold cross-validation over documents (both LGL folds
# gained, GWN folds -0.3/+0.2 points).
CONTINENT_SHARE = 0.5  # a continent named beside a reading on it: half a country's support
COUNTRY_SUPPORT = 1.2  # in the same country as another name's reading
ADMIN1_SUPPORT = 0.9  # in a first-level division named, or the division holding a named place
ADMIN2_SUPPORT = 2.0  # the same for second-level divisions (a town in a county named)
NEAR_SUPPORT = 1.3  # within NEAR_KM of another name's reading (half within REGION_KM)
NEAR_KM = 200.0
# a neighbouring town named in the same text (Middletown beside Cromwell) adds more within
# CLOSE_KM; weight and distance from a grid (0-3; 25/50/100 km) with 2-fold cross-validation
# over documents: every fold of both corpora gained at 1.0 and 50 km (LGL +.011/+.003 acc@161)
CLOSE_SUPPORT = 1.0
CLOSE_KM = 50.0
REGION_KM = 600.0
ROUNDS = 3  # re-rankings: support from the other names' current readings
SUPPORT_TEMPERATURE = 0.6  # a reading this far below its name's best lends 1/e of its support
MIN_WEIGHT = 0.05  # readings less plausible than this give no support
MAX_READINGS = 8  # nor do readings beyond a name's most plausible ones
PER_NAME = 0.7  # one name's agreement counts at most this much; two names 0.91, three 0.97
_POINT_KINDS = frozenset({"city", "landmark", "other"})
Agreement = tuple[float, float, float, float, float]
"""Country, first-level division, second-level division, near, close: each 0 to 1."""


@dataclass
class _Name:
    """One distinct name of one section: its candidates and their document-free scores."""

    section: str
    key: str
    pool: list[Candidate]
    base: list[float]
    support: list[float]


def resolve(
    text: str,
    mentions: Sequence[Mention],
    candidates_for: CandidateSource,
    corrections: Mapping[str, Candidate] | None = None,
    demonym_of: DemonymSource | None = None,
    hints: Sequence[Mention] = (),
) -> list[Place]:
    """Resolve mentions with name-match, population and kind priors, then re-rank each name's
    candidates by the support of the other names' likely readings (joint inference). `hints`
    are names that are no places but tell where the text's places lie (a state's side in a
    match report): they lend support, also to their own sentence (`_side_reading`), and get
    no place of their own."""
    corrections = corrections or {}
    count = len(mentions)  # the hints join the joint inference and are not returned
    mentions = [*mentions, *hints]
    pools = _with_antecedents(mentions, [candidates_for(m) for m in mentions])
    pools = _venues_by_their_place(mentions, pools)
    pools = _venues_of_a_named_place(text, mentions, pools)
    pools, governing = _governments(text, mentions, pools)
    pools = _listed_with_a_division(text, mentions, pools)
    names: dict[tuple[str, str, bool, tuple[str, str, float, float] | None], _Name] = {}
    first_sense: dict[tuple[str, str, bool], _Name] = {}
    bases: list[list[float]] = []
    owner: list[_Name] = []
    anchored: set[int] = set()
    held_in: dict[int, Candidate] = {}  # a mention's container, named right after it
    stated_in: dict[int, str] = {}  # a mention's country, stated right before it
    states = _named_as_divisions(text, mentions)
    home = _dateline_division(text, mentions, pools)
    namesakes = _namesakes_told(text, mentions)  # "Cadiz ... took its name from Cádiz"
    for index, (mention, pool) in enumerate(zip(mentions, pools, strict=True)):
        container = _container_of(text, mentions, index, pools)
        qualified = _qualifier_after(text, mention, demonym_of) if demonym_of else ""
        local = qualified or (_local_country(text, mention, demonym_of) if demonym_of else "")
        translated = _translated(mention, pool)
        base = [_score(mention, c, container, local, translated) for c in pool]
        base = [b - _city_named_penalty(c, pool) for b, c in zip(base, pool, strict=True)]
        if _after_the(text, mention) and any(c.kind in _ARTICLE_KINDS for c in pool):
            base = [b + _article_bonus(c) for b, c in zip(base, pool, strict=True)]
        office = _office_level(text, mention)
        # "Washington state" written elsewhere: the bare name is the other place
        bare_state = not office and normalise(mention.text) in states
        base = [
            b + _written_level_bonus(c, qualified, office, bare_state)
            for b, c in zip(base, pool, strict=True)
        ]
        if mention.label == DATELINE_LABEL and _BARE_DATELINE_RE.match(text, mention.end):
            base = _bare_dateline_bonus(base, pool)
        held = _held_readings(text, mentions, index, pools)
        base = [b + HOLDER_BONUS * (c in held) for b, c in zip(base, pool, strict=True)]
        if _NEIGHBOUR_BEFORE_RE.search(text, max(0, mention.start - 20), mention.start):
            base = [
                b + NEIGHBOUR_DIVISION_BONUS if c.kind in _DIVISION_KINDS else b
                for b, c in zip(base, pool, strict=True)
            ]
        contained = container is not None and any(_inside(c, container) for c in pool)
        if home is not None and not (contained and container and not _in_division(container, home)):
            away = max((c.population for c in pool if not _in_division(c, home)), default=0)
            base = [
                b + HOME_DIVISION_BONUS
                if _in_division(c, home) and c.population * HOME_REACH >= away
                else b
                for b, c in zip(base, pool, strict=True)
            ]
        bases.append(base)
        # a name with its own office word ("the governor of Georgia") or its own country
        # ("Birmingham in the English Midlands") keeps its own reading
        if demonym_of and (stated := _stated_country(text, mention, demonym_of)):
            stated_in[index] = stated  # "the Indian city of Hyderabad"
        own = (office if office != "city" else "") + (f"@{qualified}" if qualified else "")
        own += "@government" if index in governing else ""  # its own sense: the capital
        own += "@namesake" if index in namesakes else ""
        sense = (mention.section, normalise(mention.text) + own, mention.label == "NORP")
        # one sense per discourse ("Paris, Texas" ... "Paris"), except that a name placed in a
        # container keeps it ("Perth, Scotland" ... "Perth, Western Australia")
        group = (*sense, _identity(container) if contained and container else None)
        name = names.get(group) if contained else first_sense.get(sense)
        if name is None:
            name = names[group] = _Name(mention.section, sense[1], pool, base, [0.0] * len(pool))
            first_sense.setdefault(sense, name)
        elif len(name.pool) == len(pool):
            name.base = [max(a, b) for a, b in zip(name.base, base, strict=True)]
        owner.append(name)
        if (
            contained
            and container is not None
            and not _LIST_GOES_ON_RE.match(text, mentions[index + 1].end)
        ):
            held_in[index] = container
        if own or contained or mention.label == OPENER_LABEL:
            # its own words place it, or (a town opening a clause with no cue) no words at
            # all: no sentence overrides the name's reading
            anchored.add(index)
    apart = _journey_ends(text, mentions, owner)
    unrelated = _namesakes(text, mentions, owner)
    _joint(list(names.values()), apart, unrelated)
    scored: list[list[float]] = []
    for index, pool in enumerate(pools):
        name = owner[index]
        if len(name.pool) == len(pool):
            scored.append([b + s for b, s in zip(name.base, name.support, strict=True)])
        else:  # the same words gave other candidates (an online look-up): no shared reading
            scored.append(bases[index])
    places = [_place(m, pool, s) for m, pool, s in zip(mentions, pools, scored, strict=True)]
    for index, container in held_in.items():
        inner = _town_in_container(places[index].chosen, pools[index], scored[index], container)
        if inner is not None:
            places[index] = _lifted(mentions[index], pools[index], scored[index], inner)
    for index, first in _told_again_bare(owner, held_in, anchored).items():
        chosen = places[first].chosen
        same = [
            i for i, c in enumerate(pools[index]) if chosen and _identity(c) == _identity(chosen)
        ]
        if same:  # "LONDON, Ontario - ... in the west end of London"
            places[index] = _lifted(mentions[index], pools[index], scored[index], same[0])
    for index, country in stated_in.items():
        inner = _in_the_stated_country(places[index].chosen, pools[index], scored[index], country)
        if inner is not None:
            places[index] = _lifted(mentions[index], pools[index], scored[index], inner)
            anchored.add(index)
    for index, place in enumerate(places):
        if index in anchored:
            continue
        city = _its_city(text, mentions[index], place, pools[index], scored[index])
        if city is not None:  # "left Chongqing": the city, not its same-named district
            places[index] = _lifted(mentions[index], pools[index], scored[index], city)
    for index, first in namesakes.items():
        town, told = places[first].chosen, places[index].chosen
        if not (town and told and _same_answer(town, told)):
            continue
        other = _another_reading(town, pools[index], scored[index])
        if other is not None:  # the namesake is by its name another place than the town
            places[index] = _lifted(mentions[index], pools[index], scored[index], other)
    by_start = _by_start(places)
    for index, (mention, pool) in enumerate(zip(mentions, pools, strict=True)):
        corrected = corrections.get(normalise(mention.text))
        if corrected is not None:
            places[index] = Place(mention, corrected, 1.0, tuple(pool[:MAX_ALTERNATIVES]), True)
        elif index not in anchored:
            lift = _local_reading(
                text, index, places, by_start, owner, scored[index], apart | unrelated
            )
            if lift is None and hints:
                lift = _side_reading(
                    text, index, places, hints, candidates_for, pool, scored[index]
                )
            if lift is not None:  # "Perth and nearby Dundee" after Perth, Western Australia
                places[index] = _lifted(mention, pool, scored[index], lift)
    return places[:count]


def _told_again_bare(
    owner: Sequence[_Name], held_in: Mapping[int, Candidate], anchored: AbstractSet[int]
) -> dict[int, int]:
    """The mentions of a name first told in its container ("Paris, Texas", "LONDON,
    Ontario") that come after it bare, each with that first mention: one sense per discourse
    gives them the reading the container gave the first, not the one the name's pooled
    support leans to."""
    bare: dict[int, int] = {}
    for index, name in enumerate(owner):
        told = [i for i in held_in if i < index and owner[i] is name]
        if told and index not in anchored:
            bare[index] = min(told)
    return bare


# a list going on after a name and the one after it: "stops in Washington, New York and Boston"
_LIST_GOES_ON_RE = re.compile(r",?\s+(?:and|or)\s+[A-Z]|,\s+[A-Z]")


def _in_the_stated_country(
    chosen: Candidate | None, pool: Sequence[Candidate], scores: list[float], country: str
) -> int | None:
    """The best reading in the country a phrase states ("the Libyan city of Tripoli"), when
    the text's other places pulled the name elsewhere: only this mention moves."""
    if chosen is None or chosen.country_code == country:
        return None
    inside = [i for i, c in enumerate(pool) if c.country_code == country]
    return max(inside, key=lambda i: scores[i]) if inside else None


def _town_in_container(
    chosen: Candidate | None, pool: Sequence[Candidate], scores: list[float], container: Candidate
) -> int | None:
    """The best town inside the container written right after the name, when the text's other
    places pulled the name to a town outside it ("research centre in Cambridge, England" in a
    story full of Massachusetts towns; "Brest, France" after Brest in Belarus): the writer who
    names the container settles which town it is. Only town for town (a state in a list,
    "Washington, Oregon", is no container's county), under its own name (not Watervliet, once
    called Washington, for "stops in Washington, New York and Boston")."""
    if chosen is None or chosen.kind != "city" or _inside(chosen, container):
        return None
    inside = [
        i
        for i, c in enumerate(pool)
        if c.kind == "city" and c.match != "alternate" and _inside(c, container)
    ]
    return max(inside, key=lambda i: scores[i]) if inside else None


def _side_reading(
    text: str,
    index: int,
    places: Sequence[Place],
    hints: Sequence[Mention],
    candidates_for: CandidateSource,
    pool: Sequence[Candidate],
    scores: list[float],
) -> int | None:
    """A reading in the first-level division a side of its sentence is named after, when the
    chosen one is in none and no place of the sentence holds it: a state's side mostly plays
    at home ("Georgia rallied to beat Tennessee 31-28 in Athens": Athens, Georgia over Athens,
    Ohio; "Florida hosts Kentucky in Gainesville")."""
    place = places[index]
    chosen = place.chosen
    if chosen is None:
        return None
    start, end = _sentence_bounds(text, place.mention.start)
    divisions = {
        (c.country_code, c.admin1)
        for hint in hints
        if start <= hint.start < end
        for c in candidates_for(hint)
        if c.feature_code == "ADM1"
    }
    if not divisions or (chosen.country_code, chosen.admin1) in divisions:
        return None
    held = any(
        other.chosen is not None and _agreement(chosen, other.chosen)[1]
        for j, other in enumerate(places)
        if j != index and start <= other.mention.start < end
    )
    if held:
        return None
    reach = max(scores) - LOCAL_REACH
    local = [
        i
        for i, c in enumerate(pool)
        if (c.country_code, c.admin1) in divisions and scores[i] >= reach
    ]
    return max(local, key=lambda i: scores[i]) if local else None


LOCAL_MARGIN = 0.5  # a reading lifted by its own sentence leads the pooled one by this much
LOCAL_REACH = 2.5  # ... when it was at most this far behind it ("Frankfurt" is no Frankfort)


# more places than this in one sentence make it a list ("Cities visited: A, B, C, ..."), whose
# names say nothing of each other's readings (and comparing each with all would be quadratic)
LIST_SENTENCE_PLACES = 60


def _by_start(places: Sequence[Place]) -> tuple[list[int], list[int]]:
    """The mentions' offsets in order, and the index of the place at each: the places of a
    sentence found by bisection, not by a scan of every place for every place."""
    order = sorted(range(len(places)), key=lambda j: places[j].mention.start)
    return [places[j].mention.start for j in order], order


def _local_reading(
    text: str,
    index: int,
    places: Sequence[Place],
    by_start: tuple[list[int], list[int]],
    owner: Sequence[_Name],
    scores: list[float],
    apart: set[tuple[int, int]],
) -> int | None:
    """A mention leaves the reading its name got from the whole text when its own sentence
    says otherwise: another place there holds, is held by or lies within CLOSE_KM of another
    reading of it, and nothing in the sentence agrees with the first one ("flew to Lincoln to
    face Nebraska" in an article that also names Auckland; "Perth and nearby Dundee" after
    Perth, Western Australia)."""
    chosen = places[index].chosen
    if chosen is None:
        return None
    start, end = _sentence_bounds(text, places[index].mention.start)
    starts, order = by_start
    others = order[bisect_left(starts, start) : bisect_left(starts, end)]
    if len(others) > LIST_SENTENCE_PLACES:  # a list of names, not a sentence telling a place
        return None
    around = [
        (places[j].chosen, owner[j].pool)
        for j in others
        if j != index
        and owner[j] is not owner[index]
        and (id(owner[index]), id(owner[j])) not in apart  # the other end of its journey
    ]
    if any(mate and _agreement(chosen, mate)[0] for mate, _ in around):
        return None
    mates = [mate for mate, its in around if mate and not _could_agree(its, chosen)]
    pool = owner[index].pool
    reach = max(scores) - LOCAL_REACH
    local = [
        i
        for i, c in enumerate(pool)
        if scores[i] >= reach
        and any(_placed_by(c, m, chosen) for m in mates)
        and not (_dwarfed(c, chosen) and _datelined(places, index))
    ]
    return max(local, key=lambda i: scores[i]) if local else None


# how much larger a city the text's reading must be for a sentence not to move the name to a
# small namesake near another place of that sentence
DWARFED_SHARE = 0.01


def _dwarfed(reading: Candidate, chosen: Candidate) -> bool:
    """The sentence's reading is a village beside the large city the whole text reads ("refuel
    at Prestwick in Scotland before landing at Ellington Field in Houston": not Houston,
    Renfrewshire, with 7,000 people, in a story datelined HOUSTON; see `_datelined`)."""
    return (
        chosen.kind == "city"
        and chosen.population >= DATELINE_CITY_POPULATION
        and reading.population < DWARFED_SHARE * chosen.population
    )


def _datelined(places: Sequence[Place], index: int) -> bool:
    """The mention's name is also the story's dateline."""
    name = normalise(places[index].mention.text)
    return any(
        p.mention.label == DATELINE_LABEL and normalise(p.mention.text) == name for p in places
    )


def _placed_by(reading: Candidate, mate: Candidate, chosen: Candidate) -> bool:
    """The mate holds the reading, is held by it or lies near it. A reading under another
    name than the one written ("Frankfort" for Frankfurt) only when the mate is that very
    place ("Madras, which she refused to call Chennai")."""
    if reading.match == "alternate" and chosen.match != "alternate":
        return _identity(reading) == _identity(mate)
    agreement = _agreement(reading, mate)
    return bool(agreement[1] or agreement[4])


def _could_agree(readings: Sequence[Candidate], reading: Candidate) -> bool:
    """One of the other place's readings shares a first-level division with `reading`: then
    it is no independent witness against it ("from Lancaster ... in York": York, England
    too)."""
    region = (reading.country_code, reading.admin1)
    return any((c.country_code, c.admin1) == region for c in readings)


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence around offset `at` (between full stops, question marks or line breaks)."""
    starts = [text.rfind(mark, 0, at) for mark in (". ", "? ", "! ", "\n")]
    ends = [i for i in (text.find(mark, at) for mark in (". ", "? ", "! ", "\n")) if i >= 0]
    return max(starts) + 1, min(ends, default=len(text))


OWN_NAME_POPULATION = 100_000
_ALL_KINDS = frozenset(KIND_PRIOR)


@dataclass(frozen=True)
class _Translation:
    """Which alternate-name readings count less because the name is some place's own name:
    those of `kinds`, smaller than `below` people."""

    kinds: frozenset[str] = frozenset()
    below: float = 0.0

    def applies(self, candidate: Candidate) -> bool:
        return (
            candidate.match == "alternate"
            and candidate.kind in self.kinds
            and candidate.population < self.below
        )


def _translated(mention: Mention, pool: Sequence[Candidate]) -> _Translation:
    """A name that is some place's own name makes other places that merely list it among their
    alternate names (translations, old names) count less: all of them for a multi-word name
    (not an abbreviated spelling such as "St. Petersburg") that is any place's own name; for
    one word that is a large place's own name, towns not more than twice its size ("Porto"
    is not Bordeaux, "Frankfurt" not Frankfort, but "Odessa", Texas leaves Odesa alone). A
    county's short form ("Lebanon" for Lebanon County) and a small town's own name ("Cologne"
    is Köln, not Cologne, Minnesota) do not count."""
    if "." in mention.text:
        return _Translation()
    if " " in mention.text:
        own_name = any(c.match == "primary" for c in pool)
        return _Translation(_ALL_KINDS, math.inf) if own_name else _Translation()
    own = max(
        (c.population for c in pool if c.match in {"primary", "ascii"}),
        default=0,
    )
    if own < OWN_NAME_POPULATION:
        return _Translation()
    return _Translation(frozenset({"city"}), 2.0 * own)


# a feature named by its kind alone ("round the Cape", "ships in the Gulf", "crossing the
# Strait") after the full name ("the Cape of Good Hope", "the Persian Gulf")
BARE_FEATURE_WORDS = frozenset(
    "bay canal cape channel delta desert estuary falls gulf harbor harbour island isthmus lagoon "
    "lake peninsula reef river sea sound strait straits valley".split()
)


def _with_antecedents(
    mentions: Sequence[Mention], pools: list[list[Candidate]]
) -> list[list[Candidate]]:
    """A bare feature word takes the readings of the document's first fuller name that holds
    the word ("the Strait" with "the Strait of Hormuz"), not those of a town called Cape or
    Gulf. Every mention of the word takes the same ones (one sense per discourse)."""
    out = list(pools)
    fuller: dict[str, list[Candidate]] = {}
    for mention, pool in sorted(zip(mentions, pools, strict=True), key=lambda p: p[0].start):
        words = normalise(mention.text).split()
        for word in BARE_FEATURE_WORDS.intersection(words) if len(words) > 1 else ():
            named = [c for c in pool if word in normalise(c.name).split()]
            if named:
                fuller.setdefault(word, named)
    for index, mention in enumerate(mentions):
        named = fuller.get(normalise(mention.text), [])
        if named:
            out[index] = named
    return out


# the last word of a venue's name: "the Pomeroy Kananaskis Mountain Lodge" (not "Chesterton
# Road", "Licking Memorial" or "the Wild Monongahela Act")
VENUE_NOUNS = frozenset(
    "airport arena base building castle cathedral center centre church college complex "
    "hall harbour harbor hospital hotel lodge mosque museum palace prison resort school "
    "square stadium station temple theater theatre tower university".split()
)


# what follows a dateline's town named alone: its date, its agency or the dash ("HOUSTON, April
# 24 (Reuters) -"), not a state, a country or a river ("VALENCIA, Spain", "FRANKFURT (ODER)")
_BARE_DATELINE_RE = re.compile(
    r",\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|\s+\((?:Reuters|AP|AFP|PA|CP|UPI|dpa|Xinhua|Bloomberg)\)|\s*[—–]\s|\s+-\s"
)
# a city that a dateline may name alone, by wire style (AP, Reuters): a large one
DATELINE_CITY_POPULATION = 500_000
DATELINE_BONUS = 2.0


def _bare_dateline_bonus(base: list[float], pool: Sequence[Candidate]) -> list[float]:
    """A dateline that names a town alone ("HOUSTON, April 24 (Reuters) -") names a large city
    that needs no state or country: the largest such reading gains, so that a village of the
    name near other places of the story (Houston in Renfrewshire, beside "Prestwick in
    Scotland") does not take it."""
    cities = [c for c in pool if c.kind == "city"]
    largest = max(cities, key=lambda c: c.population, default=None)
    if largest is None or largest.population < DATELINE_CITY_POPULATION:
        return base
    return [b + DATELINE_BONUS * (c is largest) for b, c in zip(base, pool, strict=True)]


def _listed_with_a_division(
    text: str, mentions: Sequence[Mention], pools: list[list[Candidate]]
) -> list[list[Candidate]]:
    """A name of a country that is also a first-level division, listed right beside a division
    that only one country has ("Shelters in Georgia and Alabama"), is that country's division:
    not the country Georgia."""
    out = list(pools)
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        if not _LIST_GAP_RE.fullmatch(text, first.end, second.start):
            continue
        for this, other in ((index, index + 1), (index + 1, index)):
            country = _sole_division_country(pools[other])
            same = [
                c for c in pools[this] if c.feature_code == "ADM1" and c.country_code == country
            ]
            foreign = any(c.kind == "country" and c.country_code != country for c in pools[this])
            if country and same and foreign:
                out[this] = same  # a name of a country and of a division, as Georgia (not
                # "Oaxaca State, Mexico", the country holding the division)
    return out


_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")


def _sole_division_country(pool: Sequence[Candidate]) -> str:
    """The country whose first-level division the name is, when every division reading of it
    is in that one country and it reads as no country ("Alabama"; not "Georgia")."""
    if any(c.kind == "country" for c in pool):
        return ""
    countries = {c.country_code for c in pool if c.feature_code == "ADM1"}
    return countries.pop() if len(countries) == 1 else ""


def _governments(
    text: str, mentions: Sequence[Mention], pools: list[list[Candidate]]
) -> tuple[list[list[Candidate]], set[int]]:
    """A name that speaks or acts as a government ("Washington approved emergency aid",
    "Kigali denies backing the rebels", "lawmakers asked Washington for aid") is the national
    capital of that name, whatever towns of the name the rest of the text lies near. Returns
    the pools and the positions of those names."""
    out = list(pools)
    governing: set[int] = set()
    for index, (mention, pool) in enumerate(zip(mentions, pools, strict=True)):
        capitals = [c for c in pool if c.feature_code == "PPLC" and c.match == "primary"]
        if not capitals or len(capitals) == len(pool):
            continue
        placed = _PLACE_PREPOSITION_BEFORE_RE.search(text, max(0, mention.start - 8), mention.start)
        acts = not placed and _GOVERNMENT_ACTS_RE.match(text, mention.end)  # not "The state
        # government in Victoria said": the speaker is named before it
        asked = _ASKED_BEFORE_RE.search(text, max(0, mention.start - 20), mention.start)
        if acts or (asked and _FOR_AFTER_RE.match(text, mention.end)):
            out[index] = capitals
            governing.add(index)
    return out, governing


# what a government does, right after its capital's name: "Washington approved", "Kigali denies"
_GOVERNMENT_ACTS_RE = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|denied|denies|approved|approves|announced|warned|"
    r"accused|blamed|urged|rejected|condemned|welcomed|protested|retaliated|sanctioned|"
    r"imposed|recalled|expelled|summoned)\b"
)
_PLACE_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:in|at|from|of|near|on)\s+$")
_ASKED_BEFORE_RE = re.compile(r"\b(?:asked|urged|lobbied|pressed|petitioned)\s+$")
_FOR_AFTER_RE = re.compile(r"\s+(?:for|to)\b")


def _venues_by_their_place(
    mentions: Sequence[Mention], pools: list[list[Candidate]]
) -> list[list[Candidate]]:
    """A venue the gazetteer does not know, whose name holds a place the text names on its own
    ("talks at the Pomeroy Kananaskis Mountain Lodge" after "the resort of Kananaskis"), lies
    there: it takes that place's readings (the longest such name)."""
    known = {
        normalise(m.text): pool
        for m, pool in zip(mentions, pools, strict=True)
        if pool and m.label != "NORP" and pool[0].kind != "country"  # no "Russian Embassy"
    }
    out = list(pools)
    for index, (mention, pool) in enumerate(zip(mentions, pools, strict=True)):
        words = mention.text.split()
        if pool or mention.label != "FAC" or words[-1].casefold() not in VENUE_NOUNS:
            continue
        name = f" {normalise(mention.text)} "
        held = [k for k in known if f" {k} " in name and k != name.strip()]
        if held:
            out[index] = known[max(held, key=len)]
    return out


def _venues_of_a_named_place(
    text: str, mentions: Sequence[Mention], pools: list[list[Candidate]]
) -> list[list[Candidate]]:
    """The proper name of a venue of a place named just before it with "'s" ("took off from
    Accra's Kotoka airport", "Moscow's Vnukovo airport") lies at that place: it takes that
    place's readings, not those of a namesake of the venue's name (Kotka in Finland)."""
    out = list(pools)
    for index in range(1, len(mentions)):
        owner, mention = mentions[index - 1], mentions[index]
        if not pools[index - 1] or not _POSSESSIVE_GAP_RE.fullmatch(text, owner.end, mention.start):
            continue
        venue = _VENUE_AFTER_RE.match(text, mention.end)
        if venue and venue.group(1).casefold() in VENUE_NOUNS:
            out[index] = pools[index - 1]
    return out


_POSSESSIVE_GAP_RE = re.compile(r"(?:'s|’s|')\s+")
_VENUE_AFTER_RE = re.compile(r"\s+([a-z]+)\b")


def _lifted(mention: Mention, pool: Sequence[Candidate], scores: list[float], best: int) -> Place:
    """The place with reading `best` put LOCAL_MARGIN ahead of the others."""
    lifted = list(scores)
    lifted[best] = max(lifted) + LOCAL_MARGIN
    return _place(mention, pool, lifted)


def _place(mention: Mention, pool: Sequence[Candidate], scores: Sequence[float]) -> Place:
    if not pool:
        return Place(mention, None, 0.0, ())
    rounded = [round(s, 4) for s in scores]
    order = sorted(range(len(pool)), key=rounded.__getitem__, reverse=True)
    weights = [math.exp((rounded[i] - rounded[order[0]]) / TEMPERATURE) for i in order]
    best = pool[order[0]]
    # the chance that the point is right (within CONFIDENCE_KM): a city and its own district
    # at the same spot are one answer, not two rivals
    near = sum(
        w
        for w, i in zip(weights, order, strict=True)
        if w > 1e-4 and (i == order[0] or _same_answer(best, pool[i]))
    )
    confidence = near / sum(weights)
    # only the readings shown carry their score (a copy each: the slow part for long pools)
    shown = [pool[i].rescored(rounded[i]) for i in order[: 1 + MAX_ALTERNATIVES]]
    return Place(mention, shown[0], round(confidence, 3), tuple(shown[1:]))


def _same_answer(best: Candidate, other: Candidate) -> bool:
    return other is best or _km(best.lat, best.lon, other.lat, other.lon) <= CONFIDENCE_KM


def _plausibility(scores: Sequence[float]) -> list[float]:
    """How plausible each reading of a name is beside its best one (1 for the best): a close
    second reading still lends support, so two names that are each other's evidence (Richmond
    and Madison County, Kentucky) can rise together from second place."""
    if not scores:
        return []
    top = max(scores)
    return [math.exp((s - top) / SUPPORT_TEMPERATURE) for s in scores]


# before a journey's start and its end: "sailed from Southampton ... bound for New York"
_ORIGIN_BEFORE_RE = re.compile(r"\b(?:from|left|leaving|leaves|departed|departing)\s+(?:the\s+)?$")
# a voyage by sea or air, which crosses regions and oceans
_VOYAGE_RE = re.compile(
    r"\b(?:sail|sails|sailed|sailing|voyage|cruise|liner|ship|ships|shipped|ferry|freighter|"
    r"tanker|flew|fly|flies|flight|flights|airlifted|airport|airline|airlines|plane|jet|"
    r"bound\s+for)\b",
    re.IGNORECASE,
)
_DESTINATION_BEFORE_RE = re.compile(r"\b(?:to|for|towards?)\s+(?:the\s+)?$")


def _journey_ends(
    text: str, mentions: Sequence[Mention], owner: Sequence[_Name]
) -> set[tuple[int, int]]:
    """Pairs of names (by id) that are where one voyage by sea or air set out from and where it
    went, in one sentence ("sailed from Southampton on Monday bound for New York"): such a
    journey joins two places wherever they are, so a country or region in common is no
    evidence (only lying within CLOSE_KM, as a ferry hop from Dover to Calais). Trips by land
    mostly stay in a region ("commuters from Reading travel to London")."""
    pairs: set[tuple[int, int]] = set()
    for a, origin in enumerate(mentions):
        if not _ORIGIN_BEFORE_RE.search(text, max(0, origin.start - 20), origin.start):
            continue
        start, end = _sentence_bounds(text, origin.start)
        if not _VOYAGE_RE.search(text, start, end):
            continue  # "commuters from Reading travel to London": a trip within a region
        for b in range(a + 1, len(mentions)):
            goal = mentions[b]
            if goal.start >= end:
                break
            if _DESTINATION_BEFORE_RE.search(text, max(0, goal.start - 20), goal.start):
                first, second = id(owner[a]), id(owner[b])
                pairs.update({(first, second), (second, first)})
                break
    return pairs


# words after which a namesake is told: "Tamworth, a namesake of a market town in
# Staffordshire", "Ipswich, which was named after an English town", "not to be confused with"
_NAMESAKE_OF_RE = re.compile(
    r"\b(?:namesakes?\s+(?:of|in)|named\s+(?:after|for)|not\s+to\s+be\s+confused\s+with"
    r"|(?:took|takes|take|taking|got|gets)\s+its\s+name\s+from)\b",
    re.IGNORECASE,
)
_NAMESAKE_AFTER_RE = re.compile(r"\s+namesakes?\b", re.IGNORECASE)  # "its English namesake"
_PHRASE_BREAK_RE = re.compile(r"[,;:()\u2013\u2014]")


def _namesakes(
    text: str, mentions: Sequence[Mention], owner: Sequence[_Name]
) -> set[tuple[int, int]]:
    """Pairs of names (by id): a name and the places later in its sentence that tell of its
    namesake; they hold or lie by the namesake, so they are no evidence for the name, nor it
    for them ("rode on to Tamworth, a namesake of a market town in Staffordshire", "Warwick,
    whose English namesake has a castle"; not "Hamilton, not to be confused with the town in
    Scotland, after leaving Toronto", nor "Boston welcomed its larger namesake as the
    Lincolnshire market town began ...")."""
    pairs: set[tuple[int, int]] = set()
    for a, first in enumerate(mentions):
        _, end = _sentence_bounds(text, first.start)
        told = [b for b, m in enumerate(mentions) if first.end <= m.start < end and b != a]
        for cue in _NAMESAKE_OF_RE.finditer(text, first.end, end):
            stop = _PHRASE_BREAK_RE.search(text, cue.end(), end)
            phrase_end = stop.start() if stop else end
            told_of = [b for b in told if cue.end() <= mentions[b].start < phrase_end]
            pairs.update(_pairs(owner, a, told_of))
        named_before = [b for b in told if _NAMESAKE_AFTER_RE.match(text, mentions[b].end)]
        pairs.update(_pairs(owner, a, named_before))
    return pairs


def _namesakes_told(text: str, mentions: Sequence[Mention]) -> dict[int, int]:
    """Mentions told right after a namesake cue that bear the name of a place named before
    them ("Cadiz ... took its name from Cádiz, the Andalusian port") -> that first mention:
    the place the town is named after, which is not the town."""
    first_of: dict[str, int] = {}
    found: dict[int, int] = {}
    for index, mention in enumerate(mentions):
        name = normalise(mention.text)
        gap = text[max(0, mention.start - 40) : mention.start]
        cue = _NAMESAKE_OF_RE.search(gap)
        if cue is not None and name in first_of and not _PHRASE_BREAK_RE.search(gap, cue.end()):
            found[index] = first_of[name]
        else:
            first_of.setdefault(name, index)
    return found


def _another_reading(
    town: Candidate, pool: Sequence[Candidate], scores: Sequence[float]
) -> int | None:
    """The best reading of a namesake that is not the town named after it."""
    others = [i for i, c in enumerate(pool) if not _same_answer(town, c)]
    return max(others, key=scores.__getitem__) if others else None


def _pairs(owner: Sequence[_Name], a: int, others: Sequence[int]) -> set[tuple[int, int]]:
    """Both orders of the name of `a` with each other name (by id)."""
    mine = owner[a]
    return {
        pair
        for b in others
        if owner[b] is not mine
        for pair in ((id(mine), id(owner[b])), (id(owner[b]), id(mine)))
    }


def _joint(
    names: Sequence[_Name],
    apart: set[tuple[int, int]] | None = None,
    unrelated: set[tuple[int, int]] | None = None,
) -> None:
    """A few rounds of re-ranking: every name's candidates get the support of the other names'
    readings, weighted by how plausible each reading is now; names `apart` (pairs of ids, the
    two ends of a journey) lend each other only closeness, `unrelated` ones nothing."""
    apart, unrelated = apart or set(), unrelated or set()
    if len(names) < 2:
        return
    most = COUNTRY_SUPPORT + ADMIN1_SUPPORT + ADMIN2_SUPPORT + NEAR_SUPPORT + CLOSE_SUPPORT
    # only candidates that all the support there is could lift to the top are worth scoring
    contenders = [
        [i for i, b in enumerate(name.base) if b >= max(name.base) - most] for name in names
    ]
    starts = [0, *accumulate(len(kept) for kept in contenders)]
    pool = [name.pool[i] for name, kept in zip(names, contenders, strict=True) for i in kept]
    table = _Agreements(pool)
    owners = numpy.repeat(numpy.arange(len(names)), [len(kept) for kept in contenders])
    whole = numpy.array([[(id(a), id(b)) not in apart for b in names] for a in names])
    heard = _witnesses(names) & numpy.array(
        [[(id(a), id(b)) not in unrelated for b in names] for a in names], dtype=bool
    )
    heard, whole = heard[owners], whole[owners]
    previous: list[list[tuple[int, float]]] = []
    for _ in range(ROUNDS):
        readings = []  # per name: (contender, plausibility) of its likeliest readings
        for name, kept, start in zip(names, contenders, starts[:-1], strict=True):
            weights = _plausibility([name.base[i] + name.support[i] for i in kept])
            ranked = sorted(zip(weights, range(start, start + len(kept)), strict=True))
            top = reversed(ranked[-MAX_READINGS:])
            readings.append([(k, round(w, 3)) for w, k in top if w >= MIN_WEIGHT])
        if readings == previous:
            break
        previous = readings
        support = table.support(readings, heard, whole).tolist()
        for name, kept, start in zip(names, contenders, starts[:-1], strict=True):
            name.support = [0.0] * len(name.pool)
            for k, i in enumerate(kept, start):
                name.support[i] = support[k]


def _witnesses(names: Sequence[_Name]) -> numpy.ndarray:
    """name x name: whether the second name's readings count for the first's candidates. Names
    of one section do, except variants of one name that share a candidate ("Arlington", "South
    Arlington"; "Douglas", "Douglas County"): their readings are no evidence for each other."""
    places = [{_identity(c) for c in name.pool} for name in names]
    return numpy.array(
        [
            [b.section == a.section and not places[i] & places[j] for j, b in enumerate(names)]
            for i, a in enumerate(names)
        ]
    )


class _Agreements:
    """`_agreement` of every contending reading of a document with every other, as arrays
    (kind x reading x reading; kinds: country, first- and second-level division, near, close).
    Support is the hot loop of resolution."""

    def __init__(self, readings: Sequence[Candidate]) -> None:
        ids: dict[str, int] = {"": -1}
        country, admin1, admin2 = (
            numpy.array([ids.setdefault(getattr(c, field), len(ids)) for c in readings], dtype=int)
            for field in ("country_code", "admin1", "admin2")
        )
        level = numpy.array([_level(c) for c in readings], dtype=int)
        same_country = _same(country)
        mine, theirs = level[:, None], level[None, :]
        # one holds the other (a town in a named state, a state holding a named county) or
        # two counties of one state; two towns of one state are left to distance
        held = same_country & _same(admin1) & (numpy.minimum(mine, theirs) < 3)
        held &= (mine != 1) | (theirs != 1)
        # a town in a named county, a county holding a named town
        county = held & _same(admin2) & ((mine == 2) | (theirs == 2))
        county &= (mine != 1) & (theirs != 1)
        near, close = _nearness(readings)
        shared = same_country + CONTINENT_SHARE * _on_continent(readings)
        self.kinds = numpy.stack([shared, held, county, near, close]).astype(float)

    def support(
        self,
        readings: Sequence[Sequence[tuple[int, float]]],
        heard: numpy.ndarray,
        whole: numpy.ndarray,
    ) -> numpy.ndarray:
        """Per contender: per kind of agreement, each other name's best agreement (weighted by
        that reading's plausibility, at most PER_NAME), combined over the names by noisy-or; a
        name not `whole` with the contender's (the other end of a journey) counts only when
        close. `heard` and `whole` are contender x name."""
        voices = [j for j, reading in enumerate(readings) if reading]
        miss = numpy.ones(self.kinds.shape[:2])
        if voices:
            columns = [k for j in voices for k, _ in readings[j]]
            weights = numpy.array([w for j in voices for _, w in readings[j]])
            firsts = [0, *accumulate(len(readings[j]) for j in voices[:-1])]
            weighted = self.kinds[:, :, columns] * weights
            best = numpy.maximum.reduceat(weighted, firsts, axis=2).transpose(2, 0, 1)
            # "sailed from Southampton bound for New York": no region in common
            best[:, :4] *= whole[:, voices].T[:, None, :]
            factors = numpy.where(heard[:, voices].T[:, None, :], 1.0 - PER_NAME * best, 1.0)
            miss = numpy.multiply.reduce(factors, axis=0)  # name by name, in order
        return (
            COUNTRY_SUPPORT * (1.0 - miss[0])
            + ADMIN1_SUPPORT * (1.0 - miss[1])
            + ADMIN2_SUPPORT * (1.0 - miss[2])
            + NEAR_SUPPORT * (1.0 - miss[3])
            + CLOSE_SUPPORT * (1.0 - miss[4])
        )


def _on_continent(readings: Sequence[Candidate]) -> numpy.ndarray:
    """Pairs of a continent and a reading in one of its countries, either way round."""
    ids: dict[str, int] = {}
    whole = numpy.array([ids.setdefault(continent_code(c) or "", len(ids)) for c in readings])
    part = numpy.array([ids.setdefault(continent_of(c.country_code), len(ids)) for c in readings])
    none = ids.get("", -1)
    pairs = (whole[:, None] == part[None, :]) & (whole[:, None] != none)
    return pairs | pairs.T


def _same(codes: numpy.ndarray) -> numpy.ndarray:
    """Pairs with the same code, not empty (-1)."""
    return (codes[:, None] == codes[None, :]) & (codes[:, None] >= 0)


def _nearness(readings: Sequence[Candidate]) -> tuple[numpy.ndarray, numpy.ndarray]:
    """`_near` for every pair: (near, close)."""
    lat = numpy.array([c.lat for c in readings])
    lon = numpy.array([c.lon for c in readings])
    point = numpy.array([_pointlike(c) for c in readings], dtype=bool)
    p1, p2 = numpy.radians(lat)[:, None], numpy.radians(lat)[None, :]
    dlat, dlon = p2 - p1, numpy.radians(lon[None, :] - lon[:, None])
    a = numpy.sin(dlat / 2) ** 2 + numpy.cos(p1) * numpy.cos(p2) * numpy.sin(dlon / 2) ** 2
    km = 12742.0 * numpy.arcsin(numpy.minimum(1.0, numpy.sqrt(a)))
    valid = point[:, None] & point[None, :]
    valid &= numpy.abs(lat[:, None] - lat[None, :]) * 111.2 <= REGION_KM
    near = numpy.where(km <= NEAR_KM, 1.0, numpy.where(km <= REGION_KM, 0.5, 0.0)) * valid
    return near, (valid & (km <= CLOSE_KM)).astype(float)


def _agreement(candidate: Candidate, other: Candidate) -> tuple[float, float, float, float, float]:
    """How `other` (another name's reading) agrees with `candidate`: same country; containment
    in a first- or second-level division (either way round); distance."""
    if not candidate.country_code or candidate.country_code != other.country_code:
        return _continent_share(candidate, other), 0.0, 0.0, *_near(candidate, other)
    admin1 = admin2 = 0.0
    mine, theirs = _level(candidate), _level(other)
    # one holds the other (a town in a named state, a state holding a named county) or two
    # counties of one state; two towns of one state are left to distance
    held = candidate.admin1 and candidate.admin1 == other.admin1
    if held and min(mine, theirs) < 3 and (mine, theirs) != (1, 1):
        admin1 = 1.0
        # a town in a named county, a county holding a named town
        if candidate.admin2 and candidate.admin2 == other.admin2 and 2 in (mine, theirs):
            admin2 = 1.0 if 1 not in (mine, theirs) else 0.0
    return 1.0, admin1, admin2, *_near(candidate, other)


def _continent_share(candidate: Candidate, other: Candidate) -> float:
    """CONTINENT_SHARE when one is a continent and the other lies on it ("a tour of Europe"
    and Vienna), else 0."""
    for whole, part in ((candidate, other), (other, candidate)):
        code = continent_code(whole)
        if code and code == continent_of(part.country_code):
            return CONTINENT_SHARE
    return 0.0


def _identity(c: Candidate) -> tuple[str, str, float, float]:
    return c.kind, c.name, c.lat, c.lon


def _level(candidate: Candidate) -> int:
    """1 for a first-level division, 2 for a second-level one, 3 for anything smaller."""
    if candidate.kind != "admin":
        return 3
    return 2 if candidate.admin2 else 1


def _near(candidate: Candidate, other: Candidate) -> tuple[float, float]:
    """(near, close): 1 within NEAR_KM, half within REGION_KM; and 1 within CLOSE_KM."""
    if abs(candidate.lat - other.lat) * 111.2 > REGION_KM:
        return 0.0, 0.0
    if not (_pointlike(candidate) and _pointlike(other)):
        return 0.0, 0.0
    km = _km(candidate.lat, candidate.lon, other.lat, other.lon)
    near = 1.0 if km <= NEAR_KM else 0.5 if km <= REGION_KM else 0.0
    return near, 1.0 if km <= CLOSE_KM else 0.0


def _pointlike(candidate: Candidate) -> bool:
    return candidate.kind in _POINT_KINDS or (candidate.kind == "admin" and bool(candidate.admin2))


# GeoNames leaves many seats of government without a population (Karawang, Brebes): such a
# town is at least a middling one, not a hamlet beside its own district
_SEAT_POPULATION = {"PPLC": 100_000, "PPLA": 50_000, "PPLA2": 20_000}


def _score(
    mention: Mention,
    candidate: Candidate,
    container: Candidate | None,
    local_country: str = "",
    translated: _Translation | None = None,
) -> float:
    """The document-free score: name match, population, kind, and what the mention's own
    surroundings say ("Paris, Texas"; "the Russian city of").

    `translated`: kinds of places that get half the population weight when they merely list
    the phrase among their alternate names (a translation: "White House" for Casablanca),
    because the phrase is some place's own name (see `_translated`)."""
    decades = math.log10(
        1 + max(candidate.population, _SEAT_POPULATION.get(candidate.feature_code, 0))
    )
    if candidate.kind == "admin":
        decades = max(decades - 1, 0)
    if translated is not None and translated.applies(candidate):
        decades /= 2
    score = 2.0 * MATCH_WEIGHT.get(candidate.match, 0.5) + POPULATION_WEIGHT * decades
    score += KIND_PRIOR.get(candidate.kind, 0.0)
    score += FEATURE_PRIOR.get(candidate.feature_code, 0.0)
    if (mention.label, candidate.kind) in LABEL_KIND_BONUS:
        score += LABEL_KIND_WEIGHT
    elif mention.label == "LOC" and candidate.kind in _POLITICAL_KINDS:
        score -= LOC_POLITICAL_PENALTY
    if candidate.match == "code" and not mention.text.replace(".", "").isupper():
        score -= 3.0  # "Ind." is Indiana, not India's ISO code
    if container is not None and _inside(candidate, container):
        # a writer who adds the state gives the town's own name, not a translation or an old
        # name ("Washington, New York and Boston" is no Watervliet, alias Washington)
        score += CONTAINMENT_BONUS * (0.5 if candidate.match == "alternate" else 1.0)
    if local_country and candidate.country_code == local_country:
        score += LOCAL_COUNTRY_BONUS
    return score


# "in neighbouring Quintana Roo", "to neighbouring Poland": a division or a country beside the
# text's own, not a village inside it
NEIGHBOUR_DIVISION_BONUS = 1.5
_DIVISION_KINDS = frozenset({"admin", "country"})
# a place in the first-level division of the dateline ("SPRINGFIELD, Ohio (WDTN) —"): local
# news is mostly about its own state
HOME_DIVISION_BONUS = 0.6
# ... when it is a close call: the home reading has at least a twentieth of the people of the
# largest other (no Louisville, Ohio for the Louisville of "COLUMBUS, Ohio (AP)" sports news)
HOME_REACH = 20
_DATELINE_END_RE = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:—|–|--|-\s|:)")
DATELINE_REACH = 300  # characters from the text's start (a headline may come first)


def _dateline_division(
    text: str, mentions: Sequence[Mention], pools: Sequence[Sequence[Candidate]]
) -> tuple[str, str] | None:
    """The first-level division of a wire dateline written with its state ("SPRINGFIELD,
    Ohio (WDTN) —", "COLUMBUS, Ohio --"): the town in capitals, the division after a comma,
    then the agency in brackets or a dash."""
    for index, mention in enumerate(mentions[:-1]):
        if mention.start > DATELINE_REACH:
            break
        if not (mention.text.isupper() and len(mention.text) > 2):
            continue
        following = mentions[index + 1]
        if not re.fullmatch(r",\s*", text[mention.end : following.start]):
            continue
        if not _DATELINE_END_RE.match(text, following.end):
            continue
        container = _container_of(text, mentions, index, pools)
        if container is not None and container.feature_code == "ADM1":
            return container.country_code, container.admin1
    return None


def _in_division(candidate: Candidate, division: tuple[str, str]) -> bool:
    return candidate.kind != "country" and (candidate.country_code, candidate.admin1) == division


# offices that say which level a name is: "the governor of Georgia", "Georgia's president"
OFFICE_BONUS = 2.0
_DIVISION_OFFICE = (
    r"governor|lieutenant governor|state senate|state senator|state legislature|state "
    r"house|state capitol|state troopers?|state police|attorney general|secretary of state|"
    r"legislature|general assembly|statehouse|(?:state|regional|provincial) government"
)
_COUNTRY_OFFICE = (
    r"president|prime minister|foreign minister|defen[cs]e minister|ambassador|embassy|"
    r"parliament|king|queen|foreign ministry|national team|army|armed forces"
)
_OFFICE_BEFORE_RE = {
    "admin": re.compile(r"\b(?:" + _DIVISION_OFFICE + r")\s+of\s+(?:the\s+)?$", re.I),
    "country": re.compile(r"\b(?:" + _COUNTRY_OFFICE + r")\s+(?:of|to)\s+(?:the\s+)?$", re.I),
}
_OFFICE_AFTER_RE = {
    # "Victoria's governor", "Victoria, where the state government is struggling"
    "admin": re.compile(r"(?:'s|’s|,\s+where\s+the)?\s+(?:" + _DIVISION_OFFICE + r")\b", re.I),
    "country": re.compile(r"(?:'s|’s)\s+(?:" + _COUNTRY_OFFICE + r")\b", re.I),
}


# "Washington state", "Kano state" (lowercase: "Ohio State" is a university)
_STATE_AFTER_RE = re.compile(
    r"\s+state\b(?!\s+(?:department|media|television|news|visit|dinner|funeral|secretary|"
    r"officials?|of\b))"
)


def _written_level_bonus(
    candidate: Candidate, qualified: str, office: str, bare_state: bool
) -> float:
    """What the words around a mention say of a reading: a country adjective after it is as
    good as a container ("in the English Midlands"), an office names the level ("the governor
    of Georgia"), and a bare name beside "X state" elsewhere is not the state."""
    bonus = 0.0
    if qualified and candidate.country_code == qualified:
        bonus += CONTAINMENT_BONUS - LOCAL_COUNTRY_BONUS
    if bare_state and _level_of(candidate) == "admin":
        bonus -= OFFICE_BONUS
    if office and _office_fits(candidate, office):
        bonus += OFFICE_BONUS
    return bonus


_NEIGHBOUR_BEFORE_RE = re.compile(r"\bneighbou?ring\s+$", re.I)
# "in Kagoshima prefecture", "Sindh province": the division, not its capital
_DIVISION_AFTER_RE = re.compile(r"\s+(?:prefecture|province|oblast|governorate)\b")
# "the Egyptian city of Aswan", "the border town of Wadi Halfa": a town, not its division
_TOWN_NOUN_BEFORE_RE = re.compile(r"\b(?:city|town|village|port|suburb)\s+of\s+$", re.I)
# "Cuba, a town of 3,000", "Lebanon, the county seat": an apposition calls it a town
_TOWN_APPOSED_AFTER_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:city|town|village|hamlet|suburb|county\s+seat)"
    r"\b(?!\s+(?:council|hall|manager|mayor|official|officials|police)\b)"
)


def _office_level(text: str, mention: Mention) -> str:
    """'admin' or 'country' when an office names the level of the place, 'city' after a town
    noun ("the city of Aswan"), else ''; a neighbouring place is a country ("crossed from
    neighbouring Niger")."""
    if _STATE_AFTER_RE.match(text, mention.end) or _DIVISION_AFTER_RE.match(text, mention.end):
        return "admin"
    before = text[max(0, mention.start - 40) : mention.start]
    if _NEIGHBOUR_BEFORE_RE.search(before):
        return "country"
    if _TOWN_NOUN_BEFORE_RE.search(before) or _TOWN_APPOSED_AFTER_RE.match(text, mention.end):
        return "city"
    for level in ("admin", "country"):
        if _OFFICE_BEFORE_RE[level].search(before) or _OFFICE_AFTER_RE[level].match(
            text, mention.end
        ):
            return level
    return ""


def _office_fits(candidate: Candidate, office: str) -> bool:
    """The reading is of the level the office names; a governor's division may be of the
    second level (a province of the Philippines: "Quezon Governor")."""
    if office == "admin":
        return candidate.kind == "admin"
    if office == "city":
        return candidate.kind in _POINT_KINDS
    return _level_of(candidate) == office


# a division written with its division word: "Niger State", "Kano state", "Sindh Province"
_DIVISION_WORD_RE = re.compile(r"\s+(?:State|Province|Region|Oblast|Governorate|Prefecture)$")


def _named_as_divisions(text: str, mentions: Sequence[Mention]) -> set[str]:
    """Names the text writes as divisions ("Washington state", "Niger State"): elsewhere the
    bare name ("from neighbouring Niger") is the other place."""
    states = {normalise(m.text) for m in mentions if _STATE_AFTER_RE.match(text, m.end)}
    for mention in mentions:
        found = _DIVISION_WORD_RE.search(mention.text)
        if found is not None:
            states.add(normalise(mention.text[: found.start()]))
    return states


def _level_of(candidate: Candidate) -> str:
    if candidate.kind == "admin" and candidate.feature_code == "ADM1":
        return "admin"
    return "country" if candidate.kind == "country" else ""


def _after_the(text: str, mention: Mention) -> bool:
    """A one-word name after "the" and at most two lowercase words ("the tropical Atlantic")."""
    if " " in mention.text.strip():
        return False
    return _ARTICLE_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start) is not None


_ARTICLE_KINDS = frozenset({"water", "region"})


def _article_bonus(candidate: Candidate) -> float:
    if candidate.kind in _ARTICLE_KINDS:
        return ARTICLE_WATER_BONUS
    return -ARTICLE_WATER_BONUS if candidate.kind == "city" else 0.0


_QUALIFIER_AFTER_RE = re.compile(r",?\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?([A-Z][a-z]+)")


def _qualifier_after(text: str, mention: Mention, demonym_of: DemonymSource) -> str:
    """A country named by an adjective right after the name: "Birmingham in the English
    Midlands", "Hyderabad in southern Pakistani Sindh"."""
    found = _QUALIFIER_AFTER_RE.match(text, mention.end)
    return (demonym_of(found.group(1)) or "") if found else ""


def _local_country(text: str, mention: Mention, demonym_of: DemonymSource) -> str:
    """A demonym just before the mention, in the same clause: "the Russian border city of"."""
    window = text[max(0, mention.start - 40) : mention.start]
    window = re.split(r"[.;:\n]", window)[-1]
    for word in reversed(re.findall(r"[A-Z][a-z]+", window)):
        code = demonym_of(word)
        if code:
            return code
    return ""


def _stated_country(text: str, mention: Mention, demonym_of: DemonymSource) -> str:
    """The country a phrase right before the mention states as the place's ("the Indian city
    of Hyderabad", "the Italian port of Genoa"): the name is that country's, whatever the
    rest of the text says of the same name."""
    found = _STATED_RE.search(text, max(0, mention.start - 60), mention.start)
    return (demonym_of(found.group(1)) or "") if found else ""


_STATED_RE = re.compile(
    r"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:city|town|capital|port|village|province|state|region)\s+of\s+$"
)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), fast enough for the scoring loop."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _inside(candidate: Candidate, container: Candidate) -> bool:
    if container.kind == "country":
        return candidate.country_code == container.country_code
    if container.kind == "admin":
        return (candidate.country_code, candidate.admin1) == (
            container.country_code,
            container.admin1,
        )
    return False


def _container_gap(gap: str) -> bool:
    """The words between a name and its container: ", " or " in " ("Paris, Texas")."""
    return len(gap) <= 5 and bool(_CONTAINER_RE.match(gap))


def _container_of(
    text: str, mentions: Sequence[Mention], index: int, pools: Sequence[Sequence[Candidate]]
) -> Candidate | None:
    """The country or division named right after a mention: "Paris, Texas", "Perth in Scotland"."""
    if index + 1 >= len(mentions):
        return None
    mention, following = mentions[index], mentions[index + 1]
    gap = text[mention.end : following.start]
    apposed = _APPOSED_GAP_RE.fullmatch(gap) and _APPOSITION_NOUN_RE.match(text, following.end)
    if not apposed and not _container_gap(gap):
        return None  # "Paris, Texas", "Perth in Scotland", "Victoria, the British Columbia capital"
    pool = pools[index + 1]
    if not pool:
        return None
    translated = _translated(following, pool)
    holding = [c for c in pool if _holds_a_reading(c, pools[index])]
    chosen = max(holding or pool, key=lambda c: _score(following, c, None, "", translated))
    if chosen.kind in {"country", "admin"}:
        return chosen
    return None


CITY_SHARE = 0.1  # a division whose same-named city holds this share of its people


def _city_named_penalty(candidate: Candidate, pool: Sequence[Candidate]) -> float:
    return KIND_PRIOR["admin"] if _named_for_its_city(candidate, pool) else 0.0


def _named_for_its_city(candidate: Candidate, pool: Sequence[Candidate]) -> bool:
    """A division named after a city inside it, which holds a good share of its people (the
    canton of Zürich, the province of Catania): news mostly means the city, so the division
    loses its kind prior."""
    if candidate.kind != "admin" or not candidate.population:
        return False
    return any(_its_own_city(candidate, c) for c in pool)


def _its_city(
    text: str, mention: Mention, place: Place, pool: Sequence[Candidate], scores: Sequence[float]
) -> int | None:
    """The city a chosen division is named after (see `_named_for_its_city`), when the words
    after the name do not call it a division ("Chongqing municipality" stays): the other
    names' support for a division holding their towns (Wanzhou in Chongqing's district) says
    no more than that the city is near them."""
    chosen = place.chosen
    if chosen is None or chosen.kind != "admin" or _CALLED_A_DIVISION_RE.match(text, mention.end):
        return None
    cities = [i for i, c in enumerate(pool) if _its_own_city(chosen, c)]
    return max(cities, key=scores.__getitem__) if cities else None


# "Chongqing municipality", "Lagos State", "Catania province": the division itself
_CALLED_A_DIVISION_RE = re.compile(
    r"\s+(?:prefecture|province|oblast|governorate|municipality|district|county|region|state)\b",
    re.I,
)


def _its_own_city(division: Candidate, city: Candidate) -> bool:
    """A city inside `division` that gives it its name and holds a good share of its people
    or is a seat of government."""
    return (
        city.kind == "city"
        and _division_named_after(division, city)
        and _inside(city, division)
        and (not division.admin2 or city.admin2 in {division.admin2, ""})  # ("" for Toronto)
        and (city.population >= CITY_SHARE * division.population or _seat(city))
    )


def _division_named_after(division: Candidate, city: Candidate) -> bool:
    """The division bears the city's name, alone or with its kind ("Pokrovsk Raion",
    "Kabupaten Karawang", "Provincia di Catania"), accents folded ("İstanbul")."""
    division_name, city_name = normalise(division.name), normalise(city.name)
    return division_name == city_name or f" {city_name} " in f" {division_name} "


def _seat(city: Candidate) -> bool:
    """The seat of a division (GeoNames PPLA..PPLA4) or a national capital."""
    return city.feature_code.startswith("PPLA") or city.feature_code == "PPLC"


HOLDER_BONUS = 1.5  # "Goose Bay in Labrador": the Labrador that holds a Goose Bay
REGION_HOLDS_KM = 600.0  # a curated region (no division codes) holds what lies this close


def _held_readings(
    text: str, mentions: Sequence[Mention], index: int, pools: Sequence[Sequence[Candidate]]
) -> list[Candidate]:
    """The readings of a container named right after a name ("Goose Bay in Labrador", "Paris,
    Texas") that hold one of that name's readings: a country, a first-level division, or a
    curated region of the same country near it (Labrador the region, not the Queensland town)."""
    if index == 0:
        return []
    before, mention = mentions[index - 1], mentions[index]
    if not _container_gap(text[before.end : mention.start]):
        return []
    inner = pools[index - 1]
    return [c for c in pools[index] if _holds_a_reading(c, inner) or _region_holds(c, inner)]


def _region_holds(region: Candidate, pool: Sequence[Candidate]) -> bool:
    return region.kind == "region" and any(
        c.country_code == region.country_code
        and _km(c.lat, c.lon, region.lat, region.lon) <= REGION_HOLDS_KM
        for c in pool
        if c.kind != "region"
    )


def _holds_a_reading(container: Candidate, pool: Sequence[Candidate]) -> bool:
    """A country or division with one of the readings of the name before it inside: "Pa." is
    Pennsylvania after "Lebanon," (a town there), not Chongqing's old name. Only countries and
    first-level divisions: in a list ("Cleveland, Columbus") no county holds the town before."""
    top_level = container.kind == "country" or container.feature_code == "ADM1"
    return top_level and any(_inside(c, container) for c in pool)


OPENER_ALIAS = 100_000  # an opener read under another place's name: only a large place's


def resolve_openers(
    text: str,
    mentions: Sequence[Mention],
    candidates_for: CandidateSource,
    corrections: Mapping[str, Candidate] | None = None,
    demonym_of: DemonymSource | None = None,
    hints: Sequence[Mention] = (),
) -> list[Place]:
    """`resolve`, keeping a tentative mention (a known town opening a clause with no cue, such
    as "Pensacola had 4.8 inches") only when another place of the text stands beside it: a
    first-level division shared, or within NEAR_KM; a reading under an alternate name only for
    a large place. The text is resolved again without the others, which then lend no support;
    the kept ones take the label "GAZ"."""
    places = resolve(text, mentions, candidates_for, corrections, demonym_of, hints)
    doubtful = {
        i
        for i, place in enumerate(places)
        if place.mention.label == OPENER_LABEL and not _beside_another(place, places)
    }
    if doubtful:
        kept = [m for i, m in enumerate(mentions) if i not in doubtful]
        places = resolve(text, kept, candidates_for, corrections, demonym_of, hints)
    return [_settled(_without_a_foreign_alias(place, places)) for place in places]


def _without_a_foreign_alias(place: Place, places: Sequence[Place]) -> Place:
    """A small place read only under an alternate name, in a country no other place of the
    text lies in, while the text's other places lie in one country ("crossed into Savo and
    parked in ... Iisalmi", Savona's old name, in a story told wholly in Finland): no reading."""
    reading = place.chosen
    if reading is None or reading.match != "alternate" or reading.population >= OPENER_ALIAS:
        return place
    county = reading.kind == "admin" and reading.feature_code != "ADM1"  # "Transylvania" as
    # Transylvania County, North Carolina, in a story told in Romania
    if place.corrected or not (reading.kind in {"city", "other"} or county):
        return place
    others = Counter(
        p.chosen.country_code
        for p in places
        if p.chosen is not None and p is not place and p.chosen.country_code
    )
    if not others:
        return place
    country, count = others.most_common(1)[0]
    if country == reading.country_code or reading.country_code in others:
        return place
    if count < FOREIGN_ALIAS_SUPPORT or count < ONE_COUNTRY_SHARE * sum(others.values()):
        return place
    return replace(place, chosen=None, confidence=0.0, alternatives=())


FOREIGN_ALIAS_SUPPORT = 4  # places of the text's one country that make it the text's country
ONE_COUNTRY_SHARE = 0.8  # the share of the text's other places that lie in that country


def _settled(place: Place) -> Place:
    if place.mention.label != OPENER_LABEL:
        return place
    return replace(place, mention=replace(place.mention, label="GAZ"))


def _beside_another(place: Place, places: Sequence[Place]) -> bool:
    """Whether a tentative mention stays: a firm place under another name stands beside its
    reading; for a small place's alternate name, the text must also give the same name that
    reading firmly elsewhere (one sense per text)."""
    reading, name = place.chosen, normalise(place.mention.text)
    if reading is None:
        return False
    if reading.match == "alternate" and reading.population < OPENER_ALIAS:
        # "Area" is an alternate name of Mundelein; "Saigon" of a city of millions; but "flee
        # Marathon, Nea Makri and Rafina ... Marathon, where": the name the text gave it firmly
        return _firm_elsewhere(reading, name, places) and _beside_others(reading, name, places)
    return _beside_others(reading, name, places)


def _beside_others(reading: Candidate, name: str, places: Sequence[Place]) -> bool:
    """Some place of the text, firm and under another name, stands beside the reading."""
    return any(
        other.chosen is not None
        and other.mention.label != OPENER_LABEL
        and normalise(other.mention.text) != name
        and _beside(reading, other.chosen)
        for other in places
    )


def _firm_elsewhere(reading: Candidate, name: str, places: Sequence[Place]) -> bool:
    """The text names the same place under the same name where it is no tentative mention."""
    return any(
        other.chosen is not None
        and other.mention.label != OPENER_LABEL
        and normalise(other.mention.text) == name
        and _identity(other.chosen) == _identity(reading)
        for other in places
    )


def _beside(reading: Candidate, other: Candidate) -> bool:
    """In the same first-level division, within NEAR_KM, or (a country, or a capital speaking
    for its country: "Canberra sent the transport minister to meet the plane in Darwin") in the
    same country."""
    if reading.kind == "country" or reading.feature_code == "PPLC":
        return reading.country_code == other.country_code
    same_division = bool(reading.admin1) and (reading.country_code, reading.admin1) == (
        other.country_code,
        other.admin1,
    )
    return same_division or _near(reading, other)[0] == 1.0
