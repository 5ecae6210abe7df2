"""Find place mentions: spaCy entities cleaned up, re-typed and filtered with the gazetteer."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import partial

from spacy.attrs import ENT_IOB, IS_TITLE, LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from geo.models import DATELINE_LABEL, OPENER_LABEL, Mention, Section
from geo.sections import section_at
from geo.vocab import NAME_TITLES, NAMED_VESSEL_KINDS, OFFICE_WORDS, any_word_of

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RETYPE_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "DATE"})
PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "to",
        "from",
        "near",
        "via",
        "into",
        "toward",
        "towards",
        "across",
        "along",
        "throughout",
        "within",
        "through",
        "outside",
        "inside",
        "above",
        "beyond",
        "around",
        "visit",
        "visited",
        "visiting",
        "visits",
        "leave",
        "left",
        "leaving",
        "reach",
        "reaches",
        "reached",
        "reaching",
        "arriving",
        "departing",
        "depart",
        "departs",
        "departed",
        "enter",
        "entered",
        "entering",
        "fled",
        "flee",
        "flees",
        "fleeing",
        "toured",
        "touring",
        "bypassed",
        "bypassing",
        "skirted",
        "skirting",
        "crisscrossed",
        "crisscrossing",
        "traversed",
        "traversing",
        "passed",
        "passes",
        "passing",
        "captured",
        "captures",
        "capturing",
        "seized",
        "seizes",
        "seizing",
        "overran",
    }
)
# "Lyon is a city in France", "Moss, a port town south of Oslo", "Bar, Montenegro's main port"
_DEFINED_AS_PLACE_RE = re.compile(
    r"(?:\s+(?:is|was|remains|became)|,)\s+(?:a|an|the|[A-Z][\w'’-]*['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?:city|cities|town|towns|village|villages|port|capital|municipality|county|province|"
    r"region|state|country|island|district|suburb|commune|settlement|nation|kingdom|republic)"
    r"(?:\s+(?:city|town|village))?\b"
    r"(?!\s+(?:council|councillor|councilman|hall|manager|official|clerk|mayor|police)|['’])"
)
NATURAL_FEATURE_KINDS = frozenset({"region", "water", "landmark"})
BOUND_WORDS = frozenset(
    "bound headed heading head heads left leaves leaving depart departs departed departing "
    "sailed sails sailing sail set sets flew fly flies flying leave".split()
)
ARTICLES = frozenset({"the"})  # "visit a Toyota plant" names no place
# before "the": "at the Rafah crossing", but not "in the Senate", "to the Boston Globe"
ARRIVAL_WORDS = frozenset(
    "at reach reaches reached reaching enter entered entering via through across cross crossed "
    "crossing crosses".split()
)
PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "province",
        "state",
        "region",
        "capital",
        "county",
        "port",
        "district",
        "island",
        "islands",
        "republic",
        "kingdom",
        "municipality",
        "suburb",
        "border",
        "prefecture",
        "oblast",
        "territory",
        "parts",
        "outskirts",
        "suburbs",
        "coast",
        "coastline",
        "shore",
        "shores",
        "waters",
        "villages",
        "towns",
        "cities",
        "districts",
        "provinces",
        "parish",
        "parishes",
        "borough",
        "township",
        "station",
    }
)
# a place struck ("drones struck Belgorod", "the storm hit Akron", "shelling pounded Kharkiv")
IMPACT_WORDS = frozenset(
    "hit hits hitting struck strikes striking pounded pounds pounding shelled shelling bombed "
    "bombing battered batters battering lashed lashes lashing flooded flooding rocked "
    "retook retake retakes recaptured liberated besieged encircled stormed".split()
)
# before "of X": "residents of Lismore", "south of Grafton", "ordered out of Fort Nelson"
OF_PLACE_WORDS = frozenset(
    "residents people citizens inhabitants natives mayor population out north south east west "
    "northeast northwest southeast southwest government council most much governor governors "
    "premier beaches streets square squares heart edge harbour harbor".split()
)
# a club's name after its town ("Newcastle United"), the town tagged alone as a place
CLUB_INITIALS = frozenset({"FC", "F.C.", "AFC", "CF", "SC"})  # after a name: "Reading FC"
CLUB_SUFFIXES = frozenset(
    "United Rovers Wanderers Athletic Albion Hotspur Villa Rangers Celtic Argyle Orient".split()
)
# before "the capital, X": the name in apposition to a place noun
APPOSED_PLACE_NOUNS = frozenset("capital city town village port".split())
# a leading word that makes a name a place's whatever its label ("Fort Nelson", "Lake Como")
LEADING_FEATURE_WORDS = frozenset("fort port mount lake cape capo cabo punta isla lago lac".split())
# before "over X" / "past X": "the cloud drifted south over Nicolosi", "swam past Lausanne"
PASSING_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest drifted drifting drifts "
    "flew flying flies swam swimming sailed sailing passed passing moved moving headed "
    "heading rolled rolling drove driving walked walking rode".split()
)
ADVERBS_OF_WAY = frozenset(
    "inland offshore overland overnight slowly quickly directly right just close".split()
)


def _passing(words: list[str]) -> bool:
    """A verb of passing, perhaps with an adverb of way after it, before "over" or "past"
    ("drifted south over", "moved inland over", "swam past")."""
    return bool(words) and (
        words[-1] in PASSING_WORDS
        or (len(words) == 2 and words[-1] in ADVERBS_OF_WAY and words[0] in PASSING_WORDS)
    )


# "landfall between X and Y", "flights between X and Y" (not "talks between Israel and Hamas")
BETWEEN_PLACES_WORDS = frozenset(
    "landfall border flights flight trains train road highway route corridor halfway midway "
    "located lies lying situated ferry ferries buses railway rail service services link links "
    "connection connections sailing sail sails sailed flying fly flies flew shuttle shuttles "
    "shuttling commute commutes commuting line lines".split()
)
# between a place preposition and a name: "in ancient Olympia", "to neighbouring Poland"
PLACE_ADJECTIVES = frozenset(
    "ancient old historic nearby neighbouring neighboring northern southern eastern western "
    "central northeastern northwestern southeastern southwestern coastal rural remote downtown "
    "suburban mainland occupied besieged landlocked war-torn rebel-held".split()
)
DIRECTION_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
QUALIFIER_WORDS = DIRECTION_WORDS | frozenset(
    "central northern southern eastern western upper lower greater".split()
)
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "president", "minister", "leader", "prime", "king", "queen", "sir"}
)
INSTITUTION_WORDS = frozenset(
    "department university college police court council library school schools district board "
    "association government center centre hospital museum airport county city state public fire "
    "sheriff office commission authority agency utilities chamber committee assembly legislature "
    "senate house ministry army navy zoo symphony orchestra club port parks transit housing "
    "embassy consulate parliament military forces bureau service services society institute "
    "foundation administration patrol guard corps cathedral basilica".split()
)
ADDRESS_ABBREVIATIONS = frozenset(
    "st. st ave. ave rd. rd blvd. blvd ln. ln dr. dr ct. ct pl. pl hwy. hwy pkwy. pkwy "
    "mt. ft. co. corp. inc. ltd. jr. sr. no. apt. ste.".split()
)
COMMON_CAPITALISED = frozenset(
    "city white black red green blue border federal national central western eastern northern "
    "southern northeast northwest southeast southwest north south east west superior supreme "
    "story church union united general royal grand great new old first second public state "
    "county district community mount lake river valley park hill university college american "
    "christian catholic baptist methodist independent regional metropolitan international "
    "global the but and one mr mrs ms dr st saint fort star liberty victory hope unity "
    "imperial".split()
)
# Capitalised words that name no place on their own whatever the gazetteer holds: titles and
# offices ("Police officers", "Mr Robinson", "Commerce Ministry"), days and months, pronouns
# and determiners ("In My Heart", "No. 18").
NOT_PLACE_WORDS = frozenset(
    "mr mrs ms dr sr jr prof rev minister secretary commissioner president governor mayor "
    "senator chairman director chief police officer sergeant captain colonel judge justice "
    "trooper deputy detective lieutenant corporal constable "
    "commerce defence defense interior finance health education labour labor energy transport "
    "agriculture environment trade foreign home monday tuesday wednesday thursday friday "
    "saturday sunday january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter "
    "thanksgiving halloween passover hanukkah diwali day week month year night "
    "my me we no our his her their its you he she it they this that".split()
)
RESIDENT_NOUNS = frozenset(
    "man woman men women girl boy teen teenager girls boys couple family resident residents "
    "police officials official officer officers students student school schools mother father "
    "mayor council firefighters voters leaders native natives parents children child kids baby "
    "teens teacher teachers nurse doctor pastor businessman businesswoman home homes court "
    "courthouse suburb suburbs neighborhood neighbourhood neighborhoods area areas".split()
)
SCORELINE = re.compile(r"\b\d{1,2}\s?[-–]\s?\d{1,2}\b")
RESULT_VERBS = frozenset(
    "beat beats defeated defeat drew draw edged thrashed lost lose won win against hosts hosted "
    "trounced routed held holds stunned with over".split()
)
# a fixture, with or without a result: "will face Dublin", "hosts Kentucky"; and after a side
# only, "Alabama travels to", "Cincinnati visit Columbus" (whose object is the game's town)
FIXTURE_VERBS = frozenset("face faces facing host hosts hosting play plays meet meets".split())
FIXTURE_SUBJECT_VERBS = FIXTURE_VERBS | frozenset("visit visits travels travel".split())
# a side's result one step from its name: "rallied to beat", "a 45-10 rout of", "lost 21-20 to"
_GAME_RESULT_RE = re.compile(
    r"\b(?:beat|beats|defeated|defeats|edged|thrashed|trounced|routed|rout|stunned|lost|"
    r"held\s+off|holds\s+off|unbeaten|rallied|upset)\b"
)
# right before a side in a sentence with a score: "lost 21-20 to X", "held off X", "rout of X"
_SIDE_BEFORE_RE = re.compile(
    r"\b(?:(?:lost|loses|lose|fell|falls)\s+(?:\d{1,3}\s?[-–]\s?\d{1,3}\s+)?to|"
    r"(?:held|holds|hold)\s+off|rout\s+of)\s+(?:the\s+)?$"
)
# without a score, a strict result verb and the game's own words ("scored twice as Liverpool
# beat Everton") also mark a team
GAME_RESULT_VERBS = frozenset("beat beats defeated edged thrashed trounced routed stunned".split())
GAME_WORDS = re.compile(
    r"\b(?:scored|scoring|goals?|striker|midfielder|goalkeeper|quarterback|pitcher|innings?|"
    r"touchdowns?|league|playoffs?|semi-?finals?|quarter-?finals?|fixture|derby|penalty)\b",
    re.IGNORECASE,
)
AGENCY_PREFIXES = frozenset(
    "environment statistics health transport fisheries immigration industry elections heritage "
    "justice finance tourism sport visit historic infrastructure innovation parks".split()
)
# words that open a football club's name before its city ("Real Madrid", "FC Porto")
CLUB_PREFIXES = frozenset(
    "Real Atlético Atletico Athletic Sporting Dynamo Dinamo Inter Olympique Racing Borussia "
    "Lokomotiv Spartak CSKA Zenit Shakhtar Celta Deportivo Hertha Eintracht FC AC AS SC SV "
    "PSV AZ".split()
)
EMBEDDABLE_KINDS = frozenset({"country", "admin", "city"})
_POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|’)$")


def without_possessive(text: str) -> str:
    """The name without the owner's mark at its end ("Perić's" -> "Perić", "Jonas'")."""
    return _POSSESSIVE_RE.sub("", text)


# an entity's parts: split at line breaks, bullets and bars, and at a spaced dash (a dateline's
# "HALIFAX, Nova Scotia - The storm", tagged "Nova Scotia - The")
# and at "outside" ("the Hill of Crosses outside Siauliai", tagged as one name)
_SEGMENT_RE = re.compile(r"(?:(?!\s[-–—]{1,2}\s|\soutside\s)[^\n•|·])+")
_SEGMENT_NEAR_RE = re.compile(r"(?:(?!\s[-–—]{1,2}\s|\s(?:near|at|outside)\s)[^\n•|·])+")
# an organisation's span split at "in" too: "Pirapora in Minas Gerais", tagged as one
_SEGMENT_IN_RE = re.compile(r"(?:(?!\s[-–—]{1,2}\s|\s(?:near|at|in|outside)\s)[^\n•|·])+")


@dataclass(frozen=True)
class _Segment:
    text: str
    start: int
    end: int


KnownKinds = Callable[[str], frozenset[str]]
"""The kinds of gazetteer places carrying a name (empty when the name is unknown)."""
CONTEXT_FREE_KINDS = frozenset({"country", "landmark"})
# a pseudo-kind: some place of the name is a country, a first-level division, a capital or a
# large city (an institution named by a place that small is more often named after a person)
MAJOR = "major"
ADMIN1 = "admin1"  # a pseudo-kind: some place of the name is a first-level division
FORMER = "former"  # a pseudo-kind: the name is a place's former name ("Ceylon", "Upper Volta")
# institutions often named after people: "Howard University", "Merton College"
NAMESAKE_INSTITUTION_WORDS = frozenset({"university", "college", "institute"})
# the last word of a place named after a feature, which ends no person's name
FEATURE_WORDS = frozenset(
    "bay beach falls springs lake creek harbor harbour heights hills island valley".split()
)
SAINT_WORDS = frozenset({"st", "saint", "ste", "sainte"})
SAINT_INSTITUTION_WORDS = frozenset(
    "day eve church cathedral school high college hospital university academy catholic "
    "episcopal basilica abbey chapel cemetery medical students parish".split()
)
JOINING_WORDS = frozenset("of and the de la del du upon on am an der".split())
_SAINT_POSSESSIVE_RE = re.compile(r"['’]s?\s+([A-Za-z]+)")
NAMED_DIVISION_WORDS = frozenset(
    "county parish province oblast prefecture governorate krai canton".split()
)


def recognise(
    doc: Doc,
    sections: list[Section],
    known: KnownKinds,
    demonym: Callable[[str], bool] | None = None,
    common: Callable[[str], bool] | None = None,
    *,
    aliases: Callable[[str, str], bool] | None = None,
) -> list[Mention]:
    """Place mentions in a parsed document, in text order, without overlaps. With `demonym`,
    nationality and regional adjectives ("Russian officials", "European airlines", "EU
    member states"), also opening an institution's name ("the Nigerian Army"), become
    mentions labelled NORP. With `aliases` (whether some place carries both of two names), a
    place's other name given beside it ("Murten, also known as Morat") is a mention too."""
    ents = doc_entities(doc)
    person_tokens = _person_name_tokens(
        e
        for e in ents
        if e.label_ == "PERSON"
        and len(e) > 1
        and not (known(e.text) and _in_place_context(doc, e.start_char, e.end_char, known))
        and MAJOR not in known(e.text)
        and not (opens_with_a_feature_word(e) and known(e.text))  # "Lake Malawi"
        and e[0].lower_ not in PLACE_PREPOSITIONS  # "Leaving Canberra", tagged as a person
        and not _team_or_lowercase(e, known)
    )
    short_names = _particle_name_words(ents, known)
    mentions: list[Mention] = []
    absorbed: set[int] = set()
    tagged_towns: list[_Segment] = []  # tentative, after every other rule has had its say
    for found in ents:
        if found.start in absorbed:
            continue  # "Don" of "Rostov-on-Don", already taken whole
        if found.label_ == "PERSON" and found.text.casefold() in short_names:
            continue  # "Lula" after "Luiz Inacio Lula da Silva"
        if found.label_ in NON_NAME_LABELS and span_text(found).islower():
            continue  # "last week", "two days", "$5 million": no name in them
        ent = _widened_whole(doc, _hyphenated_whole(doc, found, known), known)
        absorbed.update(range(ent.start, ent.end))
        parts = _coordinated_parts(_clean_segments(ent, known), known)
        if demonym is not None and ent.label_ == "NORP":
            parts = [p for part in parts for p in _joined_demonyms(part, demonym, doc_text(doc))]
        for segment in (_named_by_place_noun(part, known) for part in parts):
            found_place = _entity_place(doc, ent, segment, known, person_tokens, demonym)
            if found_place is not None:
                mentions.append(_mention(*found_place, sections))
                continue
            merged = _merged_names(ent, segment, known, person_tokens)
            for name in merged:
                mentions.append(_mention(name, _label_in_context(doc, ent, name, known), sections))
            if not merged and _tagged_town(doc, ent, segment, known, person_tokens):
                tagged_towns.append(segment)
    datelines = _datelines(doc, known)
    mentions = _as_datelines(mentions, datelines)
    mentions.extend(_same_name_again(doc, ents, mentions, sections, person_tokens, datelines))
    taken = [(m.start, m.end) for m in mentions]
    for segment in datelines:
        if not _overlaps(taken, segment.start, segment.end):
            mentions.append(_mention(segment, DATELINE_LABEL, sections))
            taken.append((segment.start, segment.end))
    for segment in [
        *_headline_subject(doc, known, person_tokens),
        *_resident_modifiers(doc, known, person_tokens),
        *(_other_names(doc_text(doc), known, aliases) if aliases else []),
        *_what_was_names(doc_text(doc), known),
        *_told_as_towns(doc_text(doc), known, person_tokens),
        *_club_home_towns(doc_text(doc), known),
    ]:
        if not _overlaps(taken, segment.start, segment.end):
            mentions.append(_mention(segment, "GAZ", sections))
            taken.append((segment.start, segment.end))
    for segment in _gazetteer_phrases(doc, known, person_tokens, taken):
        mentions.append(_mention(segment, "GAZ", sections))
        taken.append((segment.start, segment.end))
    is_common = common or (lambda _: False)
    for segment in _clause_openers(doc, known, person_tokens, taken, is_common):
        mentions.append(_mention(segment, _opener_label(doc_text(doc), segment), sections))
        taken.append((segment.start, segment.end))
    for segment in _uncased_places(doc, known, is_common, mentions, taken):
        mentions.append(_mention(segment, "GAZ", sections))
        taken.append((segment.start, segment.end))
    # in a match report a bare town the model calls a person or a firm is mostly a club ("Molde,
    # beaten in the last 16, sent congratulations")
    if tagged_towns and _scored_results(doc):
        tagged_towns = []
    for segment in tagged_towns:
        if _overlaps(taken, segment.start, segment.end):
            continue
        if " " not in segment.text and _common_form(segment.text.casefold(), is_common):
            continue
        if _tagged_otherwise(doc, segment, taken):
            continue  # "Lincoln lived ... said of Lincoln in Springfield", "Hurricane Milton"
        mentions.append(_mention(segment, OPENER_LABEL, sections))
    text = doc_text(doc)
    mentions = [
        m
        for m in mentions
        if not _names_a_vessel(text, m.start, known)
        and not _DISEASE_AFTER_RE.match(text, m.end)  # "the Marburg virus", "Lyme disease"
        and not _THING_NAMED_AFTER_RE.match(text, m.end)  # "a Winchester rifle", "Toledo steel"
        and not _named_feature(text, m.start, m.end)  # "over the Turku archipelago"
    ]
    return _joined_names(text, sorted(mentions, key=lambda m: m.start), known)


# kinds of vessel a name may follow, warships and work boats too ("the frigate Hessen")
_VESSEL_KINDS_BEFORE_A_NAME = NAMED_VESSEL_KINDS | frozenset(
    "cutter frigate destroyer submarine carrier tug dhow".split()
)
# a vessel's name right after its kind: "the container ship Arctic Jade", "the yacht Estrela
# do Mar", "the tanker Eagle S" (not "the ferry to Calais", "the Calais ferry")
_VESSEL_BEFORE_RE = re.compile(rf"\b(?:{any_word_of(_VESSEL_KINDS_BEFORE_A_NAME)})\s+$")


def _names_a_vessel(text: str, start: int, known: KnownKinds) -> bool:
    """The name at `start` follows a vessel's kind and, whole, is no place the gazetteer knows
    ("the container ship Arctic Jade", "the yacht Estrela do Mar"); a ship named after a
    place keeps its place reading ("the supply ship Frankfurt am Main")."""
    if not _VESSEL_BEFORE_RE.search(text, max(0, start - 40), start):
        return False
    whole = _VESSEL_NAME_RE.match(text, start)
    return whole is not None and not known(whole.group(0))


_VESSEL_NAME_RE = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:(?:do|da|de|del|di|am|of|the)\s+)?[A-Z0-9][\w'’-]*)*"
)


def _opener_label(text: str, segment: _Segment) -> str:
    """A clause opener the words after it call a settlement is a place ("Duqm, where a refinery
    opened", "Salalah, 1,000 km to the south", "Hope, a village between"); any other stays
    tentative until a place of the text stands beside it (see `resolve_openers`)."""
    settled = _SETTLEMENT_AFTER_RE.match(text, segment.end) or _PLACE_AFTER_RE.match(
        text, segment.end
    )
    return "GAZ" if settled else OPENER_LABEL


def _as_datelines(mentions: list[Mention], datelines: list[_Segment]) -> list[Mention]:
    """Mentions that are exactly a dateline's place take its label, whatever the model
    tagged them ("MOLD, Wales --", tagged as a person)."""
    spans = {(d.start, d.end) for d in datelines}
    return [replace(m, label=DATELINE_LABEL) if (m.start, m.end) in spans else m for m in mentions]


# between two mentions that are one name: "Port of Spain", "Trinidad and Tobago"
_JOINED_GAP_RE = re.compile(  # (and a possessive: "King William's" and "Town")
    r"(?:['’]s)?\s+(?:(?:and|of|&|am|an|im|der|on|upon|de|del|la|le|do|da|y|sur|en)\s+){0,2}"
)


def _joined_names(text: str, mentions: list[Mention], known: KnownKinds) -> list[Mention]:
    """Two neighbouring mentions the model split where the gazetteer knows the whole name:
    "Port" and "Spain" of "Port of Spain", "Bosnia and" and "Herzegovina", "Turks" and
    "Caicos Islands", "Frankfurt" and "Oder" of "Frankfurt an der Oder"."""
    out: list[Mention] = []
    widen = partial(_with_facility_word, text, known)
    owned = partial(_with_possessive_name, text, known)
    for mention in (owned(widen(m)) if m.label != "NORP" else m for m in mentions):
        previous = out[-1] if out else None
        if previous is not None and mention.start < previous.end:
            continue  # inside the name before it, widened ("Baja" to "Baja California")
        if previous is not None and _JOINED_GAP_RE.fullmatch(text, previous.end, mention.start):
            whole = text[previous.start : mention.end]
            if known(whole) & (EMBEDDABLE_KINDS | NATURAL_FEATURE_KINDS):
                label = previous.label if previous.label in PLACE_LABELS else mention.label
                out[-1] = replace(previous, text=whole, end=mention.end, label=label)
                continue
        out.append(_with_particle_tail(text, mention, known))
    return out


# a facility word after a name that is part of the facility's name: "the Hindon air base"
_FACILITY_AFTER_RE = re.compile(
    r"\s+(?:air\s?base|air\s+force\s+(?:base|station)|naval\s+(?:air\s+)?(?:base|station)"
    r"|(?:international\s+)?airport|military\s+airport)\b",
    re.IGNORECASE,
)


def _with_possessive_name(text: str, known: KnownKinds, mention: Mention) -> Mention:
    """A name that goes on past a possessive when the gazetteer knows the whole ("King
    William" of "King William's Town", the model's person's name)."""
    found = _POSSESSIVE_NAME_RE.match(text, mention.end)
    if found is None:
        return mention
    whole = text[mention.start : found.end()]
    if not known(whole) & EMBEDDABLE_KINDS:
        return mention
    return replace(mention, text=whole, end=found.end())


_POSSESSIVE_NAME_RE = re.compile(r"['’]s\s+[A-Z][\w'’-]+")


def _with_facility_word(text: str, known: KnownKinds, mention: Mention) -> Mention:
    """A name followed by a facility word in any case ("the Hindon air base") is the facility
    when the gazetteer knows it by the whole ("Hindon Air Base"), not a town of that name."""
    after = _FACILITY_AFTER_RE.match(text, mention.end)
    if after is None or "landmark" not in known(text[mention.start : after.end()]):
        return _with_name_words(text, known, mention)
    return replace(mention, text=text[mention.start : after.end()], end=after.end(), label="FAC")


# up to two capitalised words after a mention: "Gap" of "the Darien Gap"
_CAPITALISED_AFTER_RE = re.compile(r"[ ]([A-Z][a-z]+)(?:[ ]([A-Z][a-z]+))?")


def _with_name_words(text: str, known: KnownKinds, mention: Mention) -> Mention:
    """A mention followed by capitalised words that the gazetteer knows with it as one name
    ("Darien" and "Gap", "Kananaskis" and "Country") is that longer name."""
    after = _CAPITALISED_AFTER_RE.match(text, mention.end)
    if after is None:
        return mention
    for end in (after.end(2), after.end(1)):
        if end > 0 and known(text[mention.start : end]) & (
            EMBEDDABLE_KINDS | NATURAL_FEATURE_KINDS
        ):
            return replace(mention, text=text[mention.start : end], end=end)
    return mention


def _with_particle_tail(text: str, mention: Mention, known: KnownKinds) -> Mention:
    """A mention followed by a name particle and a capitalised word the model left out, when
    the gazetteer knows the whole: "Frankfurt" of "the supply ship Frankfurt am Main"."""
    tail = _PARTICLE_TAIL_RE.match(text, mention.end)
    ends = [tail.end(), tail.end(1)] if tail and tail.group(2) else [tail.end()] if tail else []
    if elided := _ELIDED_TAIL_RE.match(text, mention.end):
        ends.append(elided.end())  # "Cortina d'Ampezzo", its "d'Ampezzo" tagged as a person
    for end in ends:  # "Edinburgh of the Seven Seas", else "Frankfurt am Main" of "... Airport"
        whole = text[mention.start : end]
        if known(whole) & (EMBEDDABLE_KINDS | NATURAL_FEATURE_KINDS):
            return replace(mention, text=whole, end=end)
    return mention


# an elided particle and the last word of a place's name: "d'Ampezzo", "dell'Aquila"
_ELIDED_TAIL_RE = re.compile(r"\s+(?:d|l|dell|dall|all|sull)['’][A-Z][\w-]+\b")
# name particles inside a place's name, then its last word or two: "am Main", "an der Oder",
# "upon Tyne", "of the Seven Seas", "do Norte" (of "Guarantã do Norte")
_PARTICLE_TAIL_RE = re.compile(
    r"\s+(?:(?:am|an|im|der|upon|sur|en|of|the|do|da|dos|das|de|del|di)\s+){1,2}"
    r"([A-Z][\w'’-]+\b)(\s+[A-Z][\w'’-]+\b)?"
)


# lower-case words inside a person's name: "Luiz Inacio Lula da Silva", "Ursula von der Leyen"
NAME_PARTICLES = frozenset("da de di do dos das del della der den van von bin ibn al el du".split())


def _particle_name_words(ents: Iterable[Span], known: KnownKinds) -> frozenset[str]:
    """The capitalised words of person names with a lower-case particle inside ("Lula" of
    "Luiz Inacio Lula da Silva"), which the person-token test leaves out as lower case: told
    alone and tagged as a person, such a word is the short name, not a place."""
    words: set[str] = set()
    for ent in ents:
        if (
            ent.label_ != "PERSON"
            or len(ent) < 3
            or "\n" in span_text(ent)
            or known(span_text(ent))
        ):
            continue
        inner = [t for t in ent[1:-1] if not t.is_title]
        if inner and all(t.lower_ in NAME_PARTICLES for t in inner):
            words.update(t.text.casefold() for t in ent if t.is_title)
    return frozenset(words)


def _team_or_lowercase(ent: Span, known: KnownKinds) -> bool:
    """A 'person' that is no one's name: a team, a large place and a plural nickname ("Hobart
    Hurricanes"), or words in lower case ("valencia flood" in a headline)."""
    if any(t.is_alpha and not t.is_title for t in ent):
        return True
    return len(ent) == 2 and ent[-1].text.endswith("s") and MAJOR in known(ent[0].text)


_SIDES_KEY = "geo.sides"
SIDE_LABEL = "SIDE"


def side_hints(doc: Doc, sections: list[Section]) -> list[Mention]:
    """The sides `recognise` dropped that carry a first-level division's name ("Georgia
    rallied to beat Tennessee 31-28 in Athens", "Florida hosts Kentucky in Gainesville"): no
    places, but a state's side mostly plays in its state, so resolution may read them as hints
    for the places beside them (labelled SIDE_LABEL)."""
    found: dict[int, _Segment] = doc.user_data.get(_SIDES_KEY, {})
    return [_mention(segment, SIDE_LABEL, sections) for _, segment in sorted(found.items())]


def _mention(segment: _Segment, label: str, sections: list[Section]) -> Mention:
    section = section_at(sections, segment.start).kind
    return Mention(segment.text, segment.start, segment.end, label, section)


def _entity_place(
    doc: Doc,
    ent: Span,
    segment: _Segment,
    known: KnownKinds,
    person_tokens: frozenset[str],
    demonym: Callable[[str], bool] | None,
) -> tuple[_Segment, str] | None:
    """The place one part of an entity names, with the label its mention gets, if any."""
    if _saints_day_or_school(doc, segment):
        return None
    if ent.label_ == "PERSON" and _owns_a_place(doc, ent):
        return None  # "will visit St Augustine's city": the saint's, not St. Augustine, Florida
    if demonym is not None and ent.label_ in PLACE_LABELS and demonym(segment.text):
        return segment, "NORP"  # "Tongan Prime Minister", tagged as a place
    adjective = _adjective(ent, segment, demonym)
    if adjective is not None:
        capital = _capital_named_by(doc, adjective)
        return (capital, CAPITAL_LABEL) if capital else (adjective, "NORP")
    if _team_by_its_town(doc, ent, segment, known):
        return None  # "the Kansas City Chiefs", in a story about the team's stadium
    division = _opening_division(segment, known)
    if division is not None:
        return division, "ORG_PLACE"
    if ent.label_ == "NORP":  # a town misread as a nationality: "after fleeing Aleppo"
        return (segment, "GAZ") if _nationality_misread(doc, ent, segment, known) else None
    embedded = _leading_place(ent, segment, known, person_tokens)
    if embedded is not None and not _sports_side(doc, segment):  # "beat Boston College 27-24"
        return embedded, "ORG_PLACE"
    if _is_place(ent, segment, doc, known, person_tokens):
        return segment, ent.label_
    town = _before_a_figure(ent, segment, known, person_tokens)
    return (town, _label_in_context(doc, ent, town, known)) if town else None


def _team_by_its_town(doc: Doc, ent: Span, segment: _Segment, known: KnownKinds) -> bool:
    """An organisation named by a town and a plural nickname ("Kansas City Chiefs", "Detroit
    Lions") in a story about sport: a team, whose town is no place of the story there."""
    words = segment.text.split()
    if ent.label_ != "ORG" or len(words) < 2 or segment.end != ent.end_char:
        return False
    nickname = words[-1]
    if not (nickname.istitle() and nickname.isalpha() and nickname.endswith("s")):
        return False
    lowered = nickname.casefold()
    if nickname.endswith(("ss", "us")) or lowered in INSTITUTION_WORDS | PLACE_PLURALS:
        return False  # "Walker County Fairgrounds": a place of the county
    if not known(" ".join(words[:-1])) or known(segment.text):
        return False
    return _SPORT_RE.search(doc_text(doc)) is not None


# plural words that end the name of a ground or a place, not a team's nickname
PLACE_PLURALS = frozenset(
    "fairgrounds grounds gardens heights springs falls hills woods meadows commons fields lakes "
    "pines oaks acres highlands islands rapids shoals sands flats plains docks towers "
    "apartments estates villas courts".split()
)
_SPORT_RE = re.compile(
    r"\b(?:stadium|season|coach|game|games|match|league|playoffs?|championship|baseball|"
    r"football|basketball|hockey|soccer|NFL|NBA|MLB|NHL)\b"
)


# a person's place after a possessive the model took into the person's name: "St Augustine's
# city", "Mandela's home village" (not "the city of ...": "Ukraine's city of Kharkiv")
_OWNER_OF_A_PLACE_RE = re.compile(
    r"(['’]s)?\s+(?:(?:home|native|birth)\s+)?(?:city|town|village|hometown|birthplace|homeland|"
    r"grave|tomb|house|home)\b(?!\s+of\b)"
)


def _owns_a_place(doc: Doc, ent: Span) -> bool:
    """The person's entity is an owner of the place named after it ("St Augustine's city")."""
    found = _OWNER_OF_A_PLACE_RE.match(doc_text(doc), ent.end_char)
    return found is not None and (bool(found.group(1)) or ent.text.endswith(("'s", "’s")))


def _tagged_town(
    doc: Doc, ent: Span, segment: _Segment, known: KnownKinds, person_tokens: frozenset[str]
) -> bool:
    """A whole person's or firm's entity that is a known town's name and nobody's in the text,
    with no cue either way ("while Sukkur and Larkana were flooded", "Gympie and Maryborough
    have asked for help", tagged as people): tentative
    (OPENER_LABEL), kept only beside another place of the text (`resolve_openers`). Not a
    word of a longer name ("Jeep Cherokee", "Comberton Ten Sing"), nor after a title, an
    office or a figure ("20 Sherman tanks"), nor what "the" names ("the Webster"), nor before
    what a person or a firm does ("Bowen said", "Nokia shares", "Parker, 8,"), nor after a
    kinship word ("his father Zachary"), nor a sports side; a person's full name given only
    later does not block it (news names a person in full first)."""
    if ent.label_ not in OPENER_ENTITY_LABELS or (segment.start, segment.end) != (
        ent.start_char,
        ent.end_char,
    ):
        return False
    words = [t for t in ent if t.text != "-"]  # "Trois-Rivières closed its schools"
    if len(words) > 3 or not all(_may_open_a_name(t) for t in words):
        return False
    if len(ent) == 1 and _common_word(span_text(ent)):
        return False
    if any(t.lower_ in person_tokens for t in ent) and _named_person_before(doc, ent):
        return False
    previous = doc[ent.start - 1] if ent.start > 0 else None
    following = doc[ent.end] if ent.end < len(doc) else None
    if following is not None and (following.is_title or following.like_num):
        return False
    if following is not None and following.is_upper and following.is_alpha and len(following) > 1:
        return False  # a word of a club's or a firm's name: "Skellefteå AIK", "Molde FK"
    if previous is not None:
        if previous.is_title and not (previous.is_sent_start and previous.is_stop):
            return False  # "Commander Peshawar corps", not "In Jaffna"
        if previous.like_num or previous.text in {")", "&"}:
            return False
        if previous.lower_ in HONORIFICS | OFFICE_WORDS | NOT_PLACE_WORDS:
            return False
        if previous.lower_ == "the" and not (
            following is not None
            and following.is_lower
            and following.is_alpha
            and not following.is_stop
            and following.tag_ != "CC"
        ):
            return False  # "the Webster was the premiere movie theater", "the Clinton and"
    if "city" not in known(segment.text):
        return False
    text = doc_text(doc)
    if _KIN_BEFORE_RE.search(text, max(0, segment.start - 60), segment.start):
        return False  # "while his father Zachary smoked"
    if _TAGGED_NOT_TOWN_AFTER_RE.match(text, segment.end) or _PLAYER_AFTER_RE.match(
        text, segment.end
    ):
        return False
    return not _after_an_office(doc, ent.start) and not _sports_side(doc, segment)


# a figure the model ran into a name: "Biloxi 3.9", "Dothan 95" (in "Pensacola had 4.8
# inches and Biloxi 3.9")
_TRAILING_FIGURE_RE = re.compile(r"\s+-?\d+(?:[.,]\d+)?$")
_FIGURE_RE = re.compile(r"-?\d+(?:[.,]\d+)?")


def _before_a_figure(
    ent: Span, segment: _Segment, known: KnownKinds, person_tokens: frozenset[str]
) -> _Segment | None:
    """The known town before a bare figure in a person's or organisation's entity."""
    figure = _TRAILING_FIGURE_RE.search(segment.text)
    if figure is None or ent.label_ not in OPENER_ENTITY_LABELS:
        return None
    if _preceding_words(ent.doc, segment.start, 1) != ["and"]:
        return None  # a list of readings ("4.8 inches and Biloxi 3.9"), not "at Loop 286"
    head = segment.text[: figure.start()]
    if any(w.casefold() in person_tokens for w in head.split()) or "city" not in known(head):
        return None
    return _Segment(head, segment.start, segment.start + len(head))


def _label_in_context(doc: Doc, ent: Span, segment: _Segment, known: KnownKinds) -> str:
    """The entity's label for a name in place context (not a comma after it, which may be the
    entity's own list), else the tentative OPENER_LABEL (the document's other places
    decide)."""
    context = _in_place_context(
        doc, segment.start, segment.end, known, tagged=True, comma_after=False
    )
    return ent.label_ if context else OPENER_LABEL


# labels under which the model runs several names together ("Palace for Hvar and Brač"); an
# organisation's or a person's list is mostly one of firms or people ("Johnson & Johnson,
# Nestlé, Hulu")
MERGING_LABELS = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT"})


def _merged_names(
    ent: Span, segment: _Segment, known: KnownKinds, person_tokens: frozenset[str]
) -> list[_Segment]:
    """The known towns and countries inside a title, event or product entity that the model
    ran over several names and the words between them ("Palace for Hvar and Brač",
    "Gdańsk, Breslau became Wrocław and Stettin became Szczecin as Poland"); not when only
    joining words lie between ("Bank of America")."""
    if ent.label_ not in MERGING_LABELS or known(segment.text):
        return []
    runs = _capitalised_runs(ent, segment)
    text = doc_text(ent.doc)
    gaps = [text[a.end : b.start] for a, b in itertools.pairwise(runs)]
    if len(runs) < 2 or _names_institution(segment.text.split()):
        return []
    if not any(_MERGING_GAP_RE.search(gap) for gap in gaps):
        return []
    return [
        run
        for run in runs
        if known(run.text) & {"city", "country"}
        and not any(w.casefold() in person_tokens for w in run.text.split())
        and not (" " not in run.text and _common_word(run.text))
    ]


# words between two names that no single name holds: a comma, "and", a verb ("became"); not
# a joining word ("Bank of America"), a possessive ("Moody's Analytics"), a hyphen or "&"
_MERGING_GAP_RE = re.compile(
    r",|\b(?!(?:" + "|".join(sorted(JOINING_WORDS - {"and"})) + r")\b)[a-z]{2,}\b"
)


def _capitalised_runs(ent: Span, segment: _Segment) -> list[_Segment]:
    """The runs of capitalised words of one part of an entity."""
    runs: list[_Segment] = []
    open_run: list[int] = []
    for token in [*ent, None]:
        inside = token is not None and segment.start <= token.idx < segment.end
        if inside and token is not None and token.is_title and token.is_alpha:
            open_run.append(token.i)
            continue
        if open_run:
            span = ent.doc[open_run[0] : open_run[-1] + 1]
            runs.append(_segment_of(span))
            open_run = []
    return runs


CAPITAL_LABEL = "CAPITAL"  # "the Lebanese capital": the capital city of the adjective's country
_CAPITAL_AFTER_RE = re.compile(
    r"\s+capital\b(?!\s+(?:market|markets|flows?|inflows?|outflows?|investment|gains?|"
    r"spending|controls?|expenditure|requirements?|ratio|goods|punishment|city\s+of))"
)


def _capital_named_by(doc: Doc, adjective: _Segment) -> _Segment | None:
    """'the Lebanese capital' (not 'Chinese capital markets'): the adjective and the word."""
    found = _CAPITAL_AFTER_RE.match(doc_text(doc), adjective.end)
    if found is None or _preceding_words(doc, adjective.start, 1) != ["the"]:
        return None
    return _Segment(doc_text(doc)[adjective.start : found.end()], adjective.start, found.end())


def _overlaps(taken: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in taken)


def _same_name_again(
    doc: Doc,
    ents: list[Span],
    mentions: list[Mention],
    sections: list[Section],
    person_tokens: frozenset[str],
    datelines: Iterable[_Segment] = (),
) -> list[Mention]:
    """One sense per document: a name that spaCy itself took for a place is a place again
    where it took it for an organisation or a person without place words around it ("Moscow
    is a city in Russia. Moscow lies on the Moskva"), and so is the town of the story's
    dateline ("NAPIER, New Zealand — ... Napier's main substation"). Names made places only
    by the gazetteer are not spread (a surname the gazetteer knows, "Bell", "Welch", would
    be)."""
    places = {m.text for m in mentions if m.label in PLACE_LABELS}
    places.update(d.text.title() for d in datelines if d.text.isupper())
    taken = [(m.start, m.end) for m in mentions]
    again: list[Mention] = []
    for ent in ents:
        if ent.label_ in PLACE_LABELS or ent.label_ == "NORP" or span_text(ent) not in places:
            continue
        if _overlaps(taken, ent.start_char, ent.end_char):
            continue
        if span_text(ent).casefold() in person_tokens or _sports_side(doc, _segment_of(ent)):
            continue
        if _after_a_title(doc_text(doc), ent.start_char):
            continue  # "named after Lord Durham": the peer
        section = section_at(sections, ent.start_char).kind
        again.append(Mention(span_text(ent), ent.start_char, ent.end_char, "GAZ", section))
    home = {d.text.title() for d in datelines if d.text.isupper()}
    home = {name for name in home if name.casefold() not in person_tokens}
    again.extend(
        _untagged_again(doc, places, [*taken, *((m.start, m.end) for m in again)], sections, home)
    )
    shared = {d.text.title() for d in datelines if d.text.isupper()} - home
    again.extend(
        _home_beside_a_namesake(doc, shared, [*taken, *((m.start, m.end) for m in again)], sections)
    )
    return again


def _home_beside_a_namesake(
    doc: Doc, names: set[str], taken: list[tuple[int, int]], sections: list[Section]
) -> list[Mention]:
    """The dateline's town that a person of the story is also named after ("FLORENCE, S.C. —
    ... said Florence Grant", "said Tom Wells") where the text settles it is the town: the
    lede's first word ("— Florence opened three shelters") or a name told as a place
    ("Florence, a railway town named after ...", "think Wells is a village"), never beside
    another capitalised word of a name ("Florence Grant", "Tom Wells")."""
    text = doc_text(doc)
    found: list[Mention] = []
    for name in names:
        for match in _rx_word(name).finditer(text):
            start, end = match.span()
            if _overlaps(taken, start, end) or _beside_a_name_word(text, start, end):
                continue
            if _opens_the_lede(text, start) or _TOLD_AS_A_PLACE_RE.match(text, end):
                section = section_at(sections, start).kind
                found.append(Mention(name, start, end, "GAZ", section))
    return found


def _rx_word(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")


def _beside_a_name_word(text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after: part of a person's name ("Tom Wells")."""
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, start - 30) : start])
    after = re.match(r"\s+[A-Z]", text[end : end + 3])
    return bool(after) or (before is not None and not _opens_sentence(text, start))


def _opens_the_lede(text: str, start: int) -> bool:
    """The word right after a wire dateline's dash ("FLORENCE, S.C. — Florence opened")."""
    return bool(_LEDE_OPENING_RE.search(text[max(0, start - 120) : start]))


_LEDE_OPENING_RE = re.compile(r"^[A-Z][A-Z .'’-]+,[^\n]{0,60}?(?:—|–|--| - )\s*$", re.MULTILINE)
# a name told as a place right after it: "Florence, a railway town", "Wells is a village"
_TOLD_AS_A_PLACE_RE = re.compile(
    r"(?:,\s+(?:which\s+is\s+)?|\s+is\s+)(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:city|town|village|port|capital|hamlet|county|suburb)\b"
)


def _untagged_again(
    doc: Doc,
    places: set[str],
    taken: list[tuple[int, int]],
    sections: list[Section],
    home: set[str] | frozenset[str] = frozenset(),
) -> list[Mention]:
    """The same name where the model tagged nothing, inside a phrase ("Casa Sports, the Dakar
    club"): not opening a sentence, where a capitalised word may be anything, except the
    dateline's town (`home`) before a lowercase verb ("LIBERAL, Kan. — ... Liberal opened its
    civic center"): the story has settled what the name is."""
    text = doc_text(doc)
    found: list[Mention] = []
    taken = list(taken)  # and every occurrence of a longer name: "Licking Valley" holds "Valley"
    for name in sorted((p for p in places if p[:1].isupper()), key=lambda p: (-len(p), p)):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if (
                _whole_word(text, start, end)
                and not _overlaps(taken, start, end)
                and not _after_a_title(text, start)  # "after Lord Salisbury": a peer
            ):
                if _untagged_word(doc, text, start, end) or (
                    name in home and _home_opens_clause(doc, text, start, end)
                ):
                    section = section_at(sections, start).kind
                    found.append(Mention(name, start, end, "GAZ", section))
                taken.append((start, end))
            start = text.find(name, end)
    return found


def _after_a_title(text: str, start: int) -> bool:
    """A title of a person right before the name ("Lord Salisbury", "Sir Francis")."""
    found = _TITLE_BEFORE_RE.search(text, max(0, start - 20), start)
    return found is not None and found.group(1).casefold() in NAME_TITLES | PEERAGE_TITLES


_TITLE_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")
PEERAGE_TITLES = frozenset({"duke", "earl", "baron", "baroness", "viscount", "marquess"})


def _home_opens_clause(doc: Doc, text: str, start: int, end: int) -> bool:
    """The untagged name opens a sentence and a lowercase word follows ("Liberal opened")."""
    span = doc.char_span(start, end)
    if span is None or any(t.ent_type_ for t in span) or not _opens_sentence(text, start):
        return False
    following = doc[span.end] if span.end < len(doc) else None
    # "Reading the warnings, residents ...": a verb before its object, not the town
    return following is not None and following.is_lower and following.lower_ not in DETERMINERS


DETERMINERS = frozenset("the a an his her its their our my your this these those every".split())


def _untagged_word(doc: Doc, text: str, start: int, end: int) -> bool:
    """text[start:end] is outside the model's entities and does not open a sentence."""
    if _opens_sentence(text, start):
        return False
    span = doc.char_span(start, end)
    return span is not None and not any(t.ent_type_ for t in span)


def _whole_word(text: str, start: int, end: int) -> bool:
    """No letter, digit, apostrophe or hyphen runs on either side of text[start:end]."""
    joined = "'’-"
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in joined or after.isalnum() or after in joined)


# a place's other name given beside it: "Murten, also known as Morat", "El Fasher, also
# spelled Al-Fashir", "Grodno, or Hrodna as Belarusians write it", "Biel/Bienne",
# "Lucerne (Luzern)"
_NAME = r"(?<![\w'’-])[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){0,2}"
# and with a time or a people between: "Gyumri, known in Soviet times as Leninakan",
# "Shkodër, which Italians once called Scutari", "Bytom, once called Beuthen"
_OTHER_NAME_RE = re.compile(
    rf"({_NAME})(?:,?[ ](?:or|(?:also[ ])?known[ ]as|also[ ](?:spelled|spelt|written|called)|"
    rf"(?:better|formerly)[ ]known[ ]as|a\.?k\.?a\.?)[ ]|[ ]\(|/|"
    r",[ ](?:known[ ](?:in|during|under|to)[ ](?:[\w’'-]+[ ]){1,3}as|"
    r"(?:which|that)[ ](?:[A-Z]\w+[ ])?(?:once|formerly|still|long|also)[ ](?:called|knew[ ]as)|"
    rf"(?:once|formerly|previously)[ ](?:called|named|known[ ]as))[ ])({_NAME})\b"
)


# an old or other name after an apposition or a people who use it: "Toamasina, the port once
# called Tamatave", "Bitola, which the Ottomans called Monastir", "Tornio, its twin across the
# river, which Swedes still call Torneå", "Veles, called Titov Veles in Yugoslav times",
# "Antsiranana, still widely called Diego-Suarez", "Toliara, long Tuléar on French maps"
_OLD_NAME_RE = re.compile(
    rf"({_NAME}),[ ]"
    r"(?:(?:the|its)[ ](?:[\w'’-]+[ ]){1,5}?(?:[\w'’-]+,[ ])?)?"
    r"(?:(?:which|that)[ ](?:the[ ])?(?:[A-Z][\w'’-]+[ ]){0,2})?"
    r"(?:(?:(?:once|formerly|previously|still|long|also|widely|locally|often)[ ]){0,2}"
    r"(?:called|call|calls|named|known[ ]as|spelt|spelled)|once|formerly|long)[ ]"
    rf"({_NAME})\b"
)


# "Madras, as Chennai was known until 1996", "Kolkata, as Calcutta has officially been known"
_AS_NAME_WAS_RE = re.compile(
    rf"({_NAME}),[ ]as[ ]({_NAME})[ ](?:was|is|were|had[ ]been|has[ ]been|had|has)[ ]"
    r"(?:(?:officially|formerly|once|still|long|also|then|widely)[ ]){0,2}(?:been[ ])?"
    r"(?:known|called|named|spelt|spelled)\b"
)
# a country or town by the name it had then: "the capital of what was Ceylon until 1972",
# "born in what is now Ghana", "in what was then East Germany"
_WHAT_WAS_RE = re.compile(
    rf"\bwhat[ ](?:was|is|were)[ ](?:then[ ]|now[ ]|once[ ]|still[ ])?(?:called[ ])?({_NAME})\b"
)


def _what_was_names(text: str, known: KnownKinds) -> Iterator[_Segment]:
    """A place named in "what was X" or "what is now X": the phrase names a place as it was
    or is now called, whatever the model tagged ("the capital of what was Ceylon")."""
    for found in _WHAT_WAS_RE.finditer(text):
        name = _known_head(found.group(1), known)
        if known(name):
            yield _Segment(name, found.start(1), found.start(1) + len(name))


def _told_as_towns(
    text: str, known: KnownKinds, person_tokens: frozenset[str]
) -> Iterator[_Segment]:
    """A known town's name with an apposition that calls it a town ("Street, a shoe-making
    town two miles from Glastonbury"): a place, even when the name is a common word; not a
    person of the story of that name, nor "a city planner"."""
    for found in _TOLD_AS_TOWN_RE.finditer(text):
        name = found.group(1)
        if name.casefold() in person_tokens or "city" not in known(name):
            continue
        yield _Segment(name, found.start(1), found.end(1))


_TOLD_AS_TOWN_RE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}),\s+an?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:city|town|village|port|hamlet|suburb)\b"
    r"(?!\s+(?:planner|council|hall|official|councillor|manager|clerk|engineer|crier|dweller))"
)


def _other_names(
    text: str, known: KnownKinds, aliases: Callable[[str, str], bool]
) -> Iterator[_Segment]:
    """Both names of a place written side by side as each other's alternative (see
    `_OTHER_NAME_RE` and `_OLD_NAME_RE`), when the gazetteer knows one place by both: a writer
    who glosses a name names a place, whatever the model tagged ("Lucerne, or Luzern, could be
    next")."""
    found_both = itertools.chain(
        _OTHER_NAME_RE.finditer(text), _OLD_NAME_RE.finditer(text), _AS_NAME_WAS_RE.finditer(text)
    )
    for found in found_both:
        first, second = _known_tail(found.group(1), known), _known_head(found.group(2), known)
        if not first or not known(second) or not aliases(first, second):
            continue
        first_end = found.end(1)
        yield _Segment(first, first_end - len(first), first_end)
        yield _Segment(second, found.start(2), found.start(2) + len(second))
        third = _THIRD_NAME_RE.match(text, found.start(2) + len(second))
        name = _known_head(third.group(1), known) if third else ""
        if third and known(name) and aliases(first, name):
            yield _Segment(name, third.start(1), third.start(1) + len(name))


# a third name coordinated with the second: "Astana, known as Akmola until 1998 and as
# Nur-Sultan from 2019"
_THIRD_NAME_RE = re.compile(
    r"(?:[ ](?:until|till|before|from|in|during|under)[ ](?:[\w'’-]+[ ]){0,3}?[\w'’-]+)?,?[ ]"
    rf"(?:and|or)[ ](?:later[ ]|then[ ]|briefly[ ])?as[ ]({_NAME})\b"
)


# a club named by its home town: "FC Tobol, the Kostanay football club, opened its stadium"
_HOME_TOWN_CLUB_RE = re.compile(
    r"\bthe[ ]([A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){0,2})[ ](?:football|soccer|rugby|hockey|"
    r"ice[ ]hockey|basketball|cricket|baseball|volleyball|handball)[ ](?:club|team|side)s?\b"
)


def _club_home_towns(text: str, known: KnownKinds) -> Iterator[_Segment]:
    """The known town a club is said to be of ("the Kostanay football club", "the two La Paz
    football clubs"): the phrase names the town, whatever the model tagged."""
    for found in _HOME_TOWN_CLUB_RE.finditer(text):
        if known(found.group(1)) & {"city", "admin"}:
            yield _Segment(found.group(1), found.start(1), found.end(1))


def _known_tail(name: str, known: KnownKinds) -> str:
    """The longest run of a name's last words the gazetteer knows ("Grodno" of "In Grodno")."""
    words = name.split(" ")
    for size in range(len(words), 0, -1):
        tail = " ".join(words[-size:])
        if known(tail):
            return tail
    return ""


def _known_head(name: str, known: KnownKinds) -> str:
    """The name without its last words until the gazetteer knows it ("Ceylon" of "Ceylon
    Electricity"); a single word is kept as it is."""
    while " " in name and not known(name):
        name = name.rsplit(" ", 1)[0]
    return name


def _segment_of(ent: Span) -> _Segment:
    return _Segment(span_text(ent), ent.start_char, ent.end_char)


def opens_with_a_feature_word(ent: Span) -> bool:
    """The name opens with a capitalised feature word ("Lake Malawi", "Mount Kenya"): a
    place's name even when the model tagged it as a person's."""
    return len(ent) > 1 and ent[0].is_title and ent[0].lower_ in LEADING_FEATURE_WORDS


def _person_name_tokens(ents: Iterable[Span]) -> frozenset[str]:
    """Tokens of multi-word person names (Kim Jong Un -> kim, jong, un); a word and a figure
    ("Biloxi 3.9", tagged as a person), nor a side and its score ("beat Lazio 2-0")."""
    tokens: set[str] = set()
    for ent in ents:
        figured = _FIGURE_RE.fullmatch(ent[-1].text) is not None and len(ent) == 2
        figured = figured or SCORELINE.search(span_text(ent)) is not None
        if ent.label_ == "PERSON" and len(ent) > 1 and not figured and "\n" not in span_text(ent):
            tokens.update(t.text.casefold() for t in ent if t.is_alpha)
    return frozenset(tokens)


def _clean_segments(ent: Span, known: KnownKinds) -> list[_Segment]:
    """Split an entity at line breaks and bullets (and a name of no place at "near": "the
    Manzanillo International Terminal near Colón, Panama"); strip 'the' and possessives."""
    segments = []
    pattern = _SEGMENT_RE if ent.label_ in PLACE_LABELS else _SEGMENT_NEAR_RE
    pattern = _SEGMENT_IN_RE if ent.label_ == "ORG" else pattern  # (not "The George in")
    for match in pattern.finditer(span_text(ent)):
        raw = match.group(0)
        text = raw.strip().lstrip("-–— ")  # the part after a spaced dash
        if not text or text.casefold() in {"the", "a", "an"}:
            continue
        start = ent.start_char + match.start() + (len(raw) - len(raw.lstrip().lstrip("-–— ")))
        if text.casefold().startswith("the ") and not _capital_the(ent, text, known):
            start += 4
            text = text[4:].lstrip()
        first, _, rest = text.partition(" ")
        if (
            rest
            and first.casefold() in PLACE_PREPOSITIONS
            and (first[:1].isupper() or match.start())
        ):
            start += len(first) + 1  # "Leaving Canberra", tagged as one name
            text = rest
        prefix = _HYPHEN_PREFIX_WORD_RE.match(text)
        if prefix:  # "anti-Kremlin" tagged whole
            start += prefix.end()
            text = text[prefix.end() :]
        text = _TRAILING_DATE_RE.sub("", text)  # "Toulouse on Oct 3", tagged as one title
        stripped = _without_trailing_lowercase(_POSSESSIVE_RE.sub("", text).rstrip())
        if len(stripped) < 2 or not any(ch.isalpha() for ch in stripped):
            continue
        segments.append(_Segment(stripped, start, start + len(stripped)))
    return segments


_HYPHEN_PREFIX_WORD_RE = re.compile(r"(?:pro|anti|Pro|Anti)-(?=[A-Z])")


def _capital_the(ent: Span, text: str, known: KnownKinds) -> bool:
    """'The' written with a capital inside a sentence, as part of a known name ("in The
    Hague")."""
    return text.startswith("The ") and not ent[0].is_sent_start and bool(known(text))


def _without_trailing_lowercase(text: str) -> str:
    """'Atlantic early' (of "into the Atlantic early on Thursday") -> 'Atlantic': a name ends
    in a capitalised word."""
    words = text.split(" ")
    if words[-1] in JOINING_WORDS:
        return text  # "the City of" is a name cut short, not a name with a tail
    if len(words) > 1 and words[-1] in LOWER_FEATURE_WORDS:
        return text  # "Korean peninsula", widened to its feature word
    while len(words) > 1 and (words[-1].islower() or _MEASUREMENT_RE.match(words[-1])):
        words.pop()
    return " ".join(words)


# a reading run into a name ("Phoenix 41C"); road numbers stay ("CR 367", "Loop 286")
_MEASUREMENT_RE = re.compile(r"^-?\d+(?:\.\d+)?(?:°?[CF]|°|mm|cm|km|mi|in|%)$")


ISLAND_WORDS = frozenset({"island", "islands", "isle", "atoll"})


def _nationality_misread(doc: Doc, ent: Span, segment: _Segment, known: KnownKinds) -> bool:
    """A town the model took for a nationality: a known place right after a place preposition
    or verb, and not modifying a noun ("fleeing Aleppo", but not "in Arab culture")."""
    kinds = known(segment.text)
    if not kinds:
        return False
    if "country" in kinds or _DIVISION_AFTER_RE.match(doc_text(doc), segment.end):
        return True  # "the capital of the Seychelles", "Bauchi states"
    if _hyphen_joined(doc_text(doc), segment, known):
        return True  # "the Mombasa-bound cargo", "anti-Kremlin activists"
    following = doc[ent.end] if ent.end < len(doc) else None
    if following is not None and following.lower_ in ISLAND_WORDS:
        return True  # "the main town on Labuan island"
    before = _preceding_words(doc, segment.start)
    verb_after = following is not None and following.lower_.endswith("ing")
    if before and before[-1] in PLACE_PREPOSITIONS and {"city", MAJOR} <= kinds and verb_after:
        return True  # "spent a week in Mombasa taking on water": a large town, no people
        # (not "at Sochi music bar", a name before a noun)
    if following is not None and following.is_lower and not following.is_stop:
        return False  # "in Arab culture"
    if before and before[-1] in PLACE_PREPOSITIONS:
        return True
    if len(before) >= 2 and before[-1] == "between" and before[-2] in BETWEEN_PLACES_WORDS:
        return True  # "halted service between Cancún and Tulum"
    if before and before[-1] == "the" and kinds & NATURAL_FEATURE_KINDS:
        return True  # "crossed the Pyrenees": a range, sea or region, not a people
    if len(before) >= 2 and before[-1] == "of" and before[-2] in PLACE_NOUNS | OF_PLACE_WORDS:
        return True  # "most of Aleppo"
    return _listed_after_place(doc, segment.start, known, 0)  # "suburbs of Dionysos and Penteli"


def _saints_day_or_school(doc: Doc, segment: _Segment) -> bool:
    """A saint's possessive before a feast or an institution ("St. Patrick's Day", "St. Mary's
    High School") names no town called after the saint ("St. Petersburg's mayor" still does)."""
    first = segment.text.split(" ", 1)[0].casefold().rstrip(".")
    if first not in SAINT_WORDS:
        return False
    found = _SAINT_POSSESSIVE_RE.match(doc_text(doc), segment.end)
    return found is not None and found.group(1).casefold() in SAINT_INSTITUTION_WORDS


def _hyphenated_whole(doc: Doc, ent: Span, known: KnownKinds) -> Span:
    """The entity widened to the hyphenated name it is part of, when the gazetteer knows that
    name: spaCy cuts "Komsomolsk-on-Amur" and "Rostov-on-Don" at the hyphens."""
    start, end = ent.start, ent.end
    while start >= 2 and doc[start - 1].text == "-" and _joined(doc, start - 2):
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and _joined(doc, end - 1):
        end += 2
    if (start, end) == (ent.start, ent.end):
        return ent
    for lo in range(start, ent.start + 1, 2):
        for hi in range(end, ent.end - 1, -2):
            if (lo, hi) != (ent.start, ent.end) and known(span_text(doc[lo:hi])):
                return Span(doc, lo, hi, label=ent.label)
    return ent


# the last word of a longer name an entity may be widened to ("the Darien Gap", "Rust Belt")
WIDENING_WORDS = FEATURE_WORDS | frozenset(
    "gap belt park pass canal strait channel peninsula desert mountains range river sea gulf "
    "coast islands plain plains basin delta reef glacier volcano airport square bridge dam "
    "forest cape point".split()
)


CUT_SHORT_WORDS = SAINT_WORDS | JOINING_WORDS | {"mt", "ft", "san", "santa", "port", "fort"}


def _widened_whole(doc: Doc, ent: Span, known: KnownKinds) -> Span:
    """The entity with the one or two capitalised words after it, when the gazetteer knows the
    longer name ("Darien" of "the Darien Gap", "Niagara" of "Niagara Falls")."""
    before = _with_name_words_before(doc, ent, known)
    if before is not None:
        return before
    for extra in (2, 1):
        end = ent.end + extra
        titled, outside = _word_flags(doc)
        if end > len(doc) or not all(titled[k] and outside[k] for k in range(ent.end, end)):
            continue
        cut_short = ent[-1].lower_.rstrip(".") in CUT_SHORT_WORDS  # "Fort St." of Fort St. John
        if doc[end - 1].lower_ not in WIDENING_WORDS and not cut_short:
            continue
        if known(span_text(doc[ent.start : end])):
            return Span(doc, ent.start, end, label=ent.label)
    joined = _joined_name(doc, ent, known) or _name_after_abbreviation(doc, ent, known)
    if joined is not None:
        return joined
    possessive = _possessive_feature_name(doc, ent, known)
    if possessive is not None:
        return possessive
    following = doc[ent.end] if ent.end < len(doc) else None
    widened = doc[ent.start : ent.end + 1]  # "the Korean peninsula"
    if (
        following is not None
        and following.text in LOWER_FEATURE_WORDS
        and known(span_text(widened))
    ):
        return Span(doc, ent.start, ent.end + 1, label="LOC")
    return ent


# words that open no place's name before a tagged one: articles ("The Athens City Council")
# and words of direction, which make a region of a place rather than another place's name
# ("South Georgia" in a weather story is most often the south of the state)
NOT_NAME_OPENERS = QUALIFIER_WORDS | JOINING_WORDS | frozenset({"a", "an", "in", "at", "to"})


def _with_name_words_before(doc: Doc, ent: Span, known: KnownKinds) -> Span | None:
    """The entity with the one or two capitalised words before it, when the gazetteer knows
    the longer name as a town, division or country ("Santos" of "flew south to General
    Santos", the model taking "General" for a title). An entity the model tags as no place
    must stand where places stand ("Prince George" opening a sentence is the prince)."""
    titled, outside = _word_flags(doc)
    for extra in (2, 1):
        start = ent.start - extra
        words = range(start, ent.start)
        if start < 0 or not all(
            titled[k] and (outside[k] or _lone_adjective(doc[k])) for k in words
        ):
            continue
        if any(doc[k].lower_ in NOT_NAME_OPENERS for k in words):
            continue
        if not known(span_text(doc[start : ent.end])) & EMBEDDABLE_KINDS:
            continue
        if ent.label_ in PLACE_LABELS:
            return Span(doc, start, ent.end, label=ent.label)
        if _in_place_context(doc, doc[start].idx, ent.end_char, known, tagged=True):
            return Span(doc, start, ent.end, label="GPE")
    return None


def _lone_adjective(token: Token) -> bool:
    """A word the model tagged on its own as a language, which may open a place's name
    ("Spanish" of "stopped in Spanish Town"; one tagged as a nationality is joined to the
    name after it by `_merged_names`)."""
    return (
        token.ent_type_ == "LANGUAGE"
        and token.ent_iob_ == "B"
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    )


def _joined_name(doc: Doc, ent: Span, known: KnownKinds) -> Span | None:
    """The entity with a joining word and one or two capitalised words after it, when the
    gazetteer knows the longer name (the model's "Rio Grande" of "Rio Grande do Sul")."""
    if ent.end + 1 >= len(doc) or doc[ent.end].text not in NAME_JOINERS:
        return None
    titled, outside = _word_flags(doc)
    for end in (ent.end + 3, ent.end + 2):
        words = range(ent.end + 1, end)
        if end > len(doc) or not all(titled[k] and outside[k] for k in words):
            continue
        if known(span_text(doc[ent.start : end])):
            return Span(doc, ent.start, end, label=ent.label)
    return None


def _name_after_abbreviation(doc: Doc, ent: Span, known: KnownKinds) -> Span | None:
    """The entity ending in an abbreviation whose dot the tokenizer split off, with the one or
    two capitalised words after the dot, when the gazetteer knows the whole ("Sault Ste" and
    "Marie" of "Sault Ste. Marie")."""
    dot = _abbreviation_dot(doc, ent)
    if dot is None:
        return None
    for end in (dot + 3, dot + 2):
        titled = end <= len(doc) and all(doc[k].is_title for k in range(dot + 1, end))
        if titled and known(span_text(doc[ent.start : end])):
            return Span(doc, ent.start, end, label=ent.label)
    return None


def _abbreviation_dot(doc: Doc, ent: Span) -> int | None:
    """Where the dot of the entity's closing abbreviation is: the token after it ("Sault Ste"
    then "."), or its own last token ("Ste.", one token, see `load_model`); None when the
    entity ends in no such word."""
    last = ent[-1]
    if last.text.endswith(".") and last.lower_[:-1] in CUT_SHORT_WORDS:
        return ent.end - 1
    dot = ent.end
    if dot + 1 >= len(doc) or doc[dot].text != "." or last.whitespace_:
        return None
    return dot if last.lower_ in CUT_SHORT_WORDS else None


def _possessive_feature_name(doc: Doc, ent: Span, known: KnownKinds) -> Span | None:
    """A name built on a possessive and a feature word ("Hawke's Bay", "Jervis's Bay",
    "Smith's Creek"), the model tagging only the first word (as a person's surname): the
    whole name, when the gazetteer knows it."""
    end = ent.end + 2
    if end > len(doc) or doc[ent.end].text not in {"'s", "’s"} or ent[-1].whitespace_:
        return None
    last = doc[end - 1]
    if not last.is_title or last.ent_iob_ == "I" or last.lower_ not in WIDENING_WORDS:
        return None
    whole = doc[ent.start : end]
    return Span(doc, ent.start, end, label=ent.label) if known(span_text(whole)) else None


# a feature word written in lower case after its name: "the Korean peninsula"
LOWER_FEATURE_WORDS = frozenset("peninsula delta basin desert plateau highlands strait".split())


def _joined(doc: Doc, i: int) -> bool:
    """Token i, the hyphen after it and the token after that are written without spaces."""
    return doc[i].whitespace_ == "" and doc[i + 1].whitespace_ == ""


def _coordinated_parts(segments: list[_Segment], known: KnownKinds) -> list[_Segment]:
    """An entity that joins places the gazetteer knows, where the whole is no place
    ("Kharkiv and Odesa", "Sydney for Samoa"; not "Trinidad and Tobago"), as one segment per
    place."""
    out: list[_Segment] = []
    for segment in segments:
        parts = _split_list(segment)
        if len(parts) < 2 and not known(segment.text):
            parts = _juxtaposed_countries(segment, known)
        joined = len(parts) >= 2 and not known(segment.text)
        if joined and _A_WAY_BETWEEN_RE.search(segment.text) and known(parts[-1].text):
            out.extend(parts)  # "the Niger Bridge into Asaba": a way, and the town it leads to
        elif len(parts) < 2 or known(segment.text) or not all(known(p.text) for p in parts):
            out.append(segment)
        else:  # "Central and South America": a lone qualifier names no place of its own
            out.extend(p for p in parts if p.text.casefold() not in QUALIFIER_WORDS)
    return out


# a preposition of a way inside a name the model ran together ("Niger Bridge into Asaba")
_A_WAY_BETWEEN_RE = re.compile(r"\s(?:into|via)\s")


# nouns for people that an adjective of descent modifies ("an Italian-American family")
PEOPLE_NOUNS = RESIDENT_NOUNS | frozenset(
    "community communities population voters people person activist activists leader leaders "
    "author writer artist actor actress singer descent heritage ancestry".split()
)
_WORD_AFTER_RE = re.compile(r"\s+([A-Za-z]+)")
_JOINED_WORD_RE = re.compile(r"-([A-Z][a-z]+)\b(?!-)")


def _joined_demonyms(
    segment: _Segment, demonym: Callable[[str], bool], text: str
) -> list[_Segment]:
    """Nationalities joined by hyphens ("Russian-Belarusian drills", "Israeli-Palestinian
    talks"), one segment per nationality when each is one, also where the model tagged only
    the first ("Polish" of "Polish-Ukrainian talks"); not a people of mixed descent
    ("African-Americans", "an Italian-American family")."""
    whole = segment
    joined = _JOINED_WORD_RE.match(text, whole.end)
    while joined is not None and demonym(joined.group(1)):
        whole = _Segment(text[whole.start : joined.end()], whole.start, joined.end())
        joined = _JOINED_WORD_RE.match(text, whole.end)
    parts = whole.text.split("-")
    if len(parts) < 2 or not all(demonym(p) for p in parts):
        return [segment]
    if parts[-1].endswith("s") and demonym(parts[-1][:-1]):
        return [segment]  # "honors accomplished African-Americans"
    following = _WORD_AFTER_RE.match(text, whole.end)
    if following is not None and following.group(1).casefold() in PEOPLE_NOUNS:
        return [segment]  # "an Italian-American family"
    out, start = [], whole.start
    for part in parts:
        out.append(_Segment(part, start, start + len(part)))
        start += len(part) + 1
    return out


def _juxtaposed_countries(segment: _Segment, known: KnownKinds) -> list[_Segment]:
    """Two countries the model ran together where a comma was left out ("Greece Italy")."""
    words = segment.text.split(" ")
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return [segment]
    for sep in re.finditer(" ", segment.text):
        head, tail = segment.text[: sep.start()], segment.text[sep.end() :]
        if "country" in known(head) and "country" in known(tail):
            return [
                _Segment(head, segment.start, segment.start + len(head)),
                _Segment(tail, segment.start + sep.end(), segment.end),
            ]
    return [segment]


def _named_by_place_noun(segment: _Segment, known: KnownKinds) -> _Segment:
    """The place in "State of Ohio", "City of Dublin", "Province of Alberta" when the whole is
    not itself a name the gazetteer knows (as "City of London" or "Republic of Korea" are)."""
    found = _PLACE_NOUN_OF_RE.match(segment.text)
    if found is None or known(segment.text) or not known(found.group(1)):
        return segment
    start = segment.start + found.start(1)
    return _Segment(found.group(1), start, start + len(found.group(1)))


_PLACE_NOUN_OF_RE = re.compile(
    r"(?:State|City|Town|Village|County|Province|Commonwealth|Municipality|Borough|Island|"
    r"Port|District|Region|Republic|Kingdom|Emirate)\s+of\s+([A-Z].+)$"
)


def _split_list(segment: _Segment) -> list[_Segment]:
    parts, begin = [], 0
    for sep in [*_LIST_SEPARATOR_RE.finditer(segment.text), None]:
        stop = sep.start() if sep else len(segment.text)
        text = segment.text[begin:stop]
        if text:
            parts.append(_Segment(text, segment.start + begin, segment.start + stop))
        begin = sep.end() if sep else stop
    return parts


# ", ", " and ", and the prepositions of a journey or a location ("Sydney for Samoa",
# "Heraklion on Crete", tagged as one name)
_LIST_SEPARATOR_RE = re.compile(r",\s+(?:and\s+)?|\s+(?:and|for|to|into|via|from|on)\s+|/")


# a relative named after the kinship noun, and the names listed with it: "her daughters
# Georgia and Victoria", "his son, Austin,", "her brother Jordan"
_KIN_BEFORE_RE = re.compile(
    r"\b(?:daughters?|sons?|brothers?|sisters?|wife|husband|widow|widower|mother|father|"
    r"grandsons?|granddaughters?|grandchildren|children|nephews?|nieces?|cousins?|twins?)"
    r",?\s+(?:[A-Z][\w'’-]+(?:,\s+|,?\s+and\s+))*$"
)


def _lower_case_place(text: str, doc: Doc, known: KnownKinds) -> bool:
    """A place written in lower case: a country, a first-level division or a large city
    ("valencia flood" in a headline), or a name the text also writes with capitals."""
    return MAJOR in known(text) or text.title() in doc_text(doc)


def _is_place(
    ent: Span, segment: _Segment, doc: Doc, known: KnownKinds, person_tokens: frozenset[str]
) -> bool:
    words = segment.text.casefold().split()
    if segment.text.casefold() in DIRECTION_WORDS or not words:
        return False
    if _KIN_BEFORE_RE.search(doc_text(doc), max(0, segment.start - 60), segment.start):
        return False  # "her daughters Georgia and Victoria survive her"
    if _names_a_structure(doc, segment):
        return False  # "rattling across the Ampera bridge": the bridge's name
    if ent.label_ in PLACE_LABELS:
        if _named_institution_before(doc, ent):
            return False
        if segment.text.islower() and not _lower_case_place(segment.text, doc, known):
            return False  # "moored for the night at the town's quay", tagged as a place
        if _sports_side(doc, segment):
            if ADMIN1 in known(segment.text):  # "Georgia rallied to beat Tennessee 31-28"
                doc.user_data.setdefault(_SIDES_KEY, {})[segment.start] = segment
            return False
        if _opens_a_firm(doc, ent):
            return False  # "a China Eastern flight", "Paris Saint-Germain"
        if len(words) == 1 and _AGE_AFTER_RE.match(doc_text(doc), segment.end):
            return False  # "Rodrigues, 68, a retired cattle hand": a person of that age
        if ent.end < len(doc) and doc[ent.end].text in CLUB_SUFFIXES:
            return False  # "Newcastle United came from two goals down"
        if _CLUB_STAFF_AFTER_RE.match(doc_text(doc), segment.end):
            return False  # "Kansas City's coach said his side had been unlucky"
        if _CLUB_APPOSITION_RE.match(doc_text(doc), segment.end):
            return False  # "Partizan Belgrade, the capital's basketball club,"
        if len(words) == 1 and words[0] in person_tokens:
            # "Tim Houston ... Houston, whose Conservatives hold 43 seats": the person again
            return bool(known(segment.text)) and not _PERSON_AFTER_RE.match(
                doc_text(doc), segment.end
            )
        return True
    kinds = known(segment.text)
    if ent.label_ not in RETYPE_LABELS and not (ent.label_ == "LANGUAGE" and MAJOR in kinds):
        return False  # a language named like a large place: "arrived in Mandalay", no tongue's
    if not kinds:
        return False
    featured = words[-1] in FEATURE_WORDS or words[0] in LEADING_FEATURE_WORDS
    if len(words) > 1 and featured and not _sports_side(doc, segment):
        return True  # "Palm Springs", "Niagara Falls" tagged as a person: no person's name
    if _major_place_as_person(ent, segment, doc, kinds):
        return True  # "São Paulo reported no arrests", tagged as a person
    if any(word in person_tokens for word in words):
        # "Bill Clinton ... Clinton, Iowa": a person's name followed by its state or country
        if "country" in kinds and _LEADER_AFTER_RE.match(doc_text(doc), segment.end):
            return True  # "Chad Ellison said ... Chad's foreign ministry": no person's
        return (
            _before_its_container(doc, segment.end, known, {"country", ADMIN1})
            or _town_before_namesake(doc, segment, kinds)
            or _located_there(doc, segment.start, segment.end, known)
        )
    if _which_not_who(ent, segment, doc):
        return True  # "Jordan, which hosts 600,000 refugees,": a person is no "which"
    if ent.label_ == "DATE" and not _undated_name(ent.text):
        return _after_place_noun_of(doc, segment)  # "in Spring 2020"; "the town of March"
    if len(words) == 1 and words[0].rstrip(".") in NOT_PLACE_WORDS:
        return False  # "Trooper Drew Ledbetter"
    if ent.label_ == "ORG" and kinds & CONTEXT_FREE_KINDS and segment.text[:1].isupper():
        return not _sports_side(doc, segment)  # "Curaçao drew 0-0 with Jamaica": the team
    if ent.label_ == "ORG" and ADMIN1 in kinds and _whole_entity(ent, segment):
        return not _sports_side(doc, segment)  # "Abu Dhabi denies", "the Basque Country's"
    if _PLACE_NOUN_OF_RE.match(segment.text):
        return True  # "the State of Ohio", a name of the state itself
    if _saint_compound(segment.text):
        return True  # "Saint-Paul", tagged as an organisation: no English word
    # a struck entity ("flooding Blantyre") is a place unless its words name a person elsewhere
    # ("Sean Bell ... four shots struck Bell"), which the person-token test above has caught
    return _in_place_context(doc, segment.start, segment.end, known, tagged=True)


def _names_a_structure(doc: Doc, segment: _Segment) -> bool:
    """The name is written before a structure's common noun in lower case, after "the" ("the
    Ampera bridge", "the Kariba dam"): it names the structure, which may lie far from any
    place of that name."""
    text = doc_text(doc)
    return bool(
        _THE_BEFORE_RE.search(text, max(0, segment.start - 5), segment.start)
        and _STRUCTURE_AFTER_RE.match(text, segment.end)
    )


_THE_BEFORE_RE = re.compile(r"\bthe\s+$")
_STRUCTURE_AFTER_RE = re.compile(r"\s+(?:bridge|dam|tunnel|viaduct|barrage|gorge|canyon)\b")


# what follows a place and never a person: ", which hosts", ", where the"
_NO_PERSON_AFTER_RE = re.compile(r",\s+(?:which|where)\s")
NAMING_WORDS = frozenset("called named dubbed nicknamed titled".split())


def _which_not_who(ent: Span, segment: _Segment, doc: Doc) -> bool:
    """A name tagged as a person that ", which" or ", where" follows, not one that a naming
    word introduces ("a cartoon character called Pepe, which ...")."""
    if ent.label_ != "PERSON" or not _NO_PERSON_AFTER_RE.match(doc_text(doc), segment.end):
        return False
    before = _preceding_words(doc, segment.start, 1)
    return not (before and before[-1] in NAMING_WORDS)


def _town_before_namesake(doc: Doc, segment: _Segment, kinds: frozenset[str]) -> bool:
    """A town after a place preposition before any person of that name is introduced ("barns
    outside Hugo ... Hugo Alvarez, a student, said"): news gives a person's full name first,
    so a lone word before it is not yet that person."""
    before = _preceding_words(doc, segment.start, 1)
    if "city" not in kinds or not before or before[-1] not in PLACE_PREPOSITIONS:
        return False
    after = doc.char_span(segment.end, segment.end, alignment_mode="expand")
    following = doc[after.end] if after is not None and after.end < len(doc) else None
    if following is not None and following.is_lower and not following.is_stop:
        return False  # "suspect in Ravenel cocaine case": the person's name as a modifier
    words = set(segment.text.casefold().split())
    return not any(
        e.label_ == "PERSON" and e.start_char < segment.start and words & {t.lower_ for t in e}
        for e in doc_entities(doc)
    )


def _whole_entity(ent: Span, segment: _Segment) -> bool:
    """The segment is all of the entity but an article and a possessive ("the Basque
    Country's"), in two or more capitalised words: a first-level division tagged as an
    organisation is the division standing for its government ("Abu Dhabi denies arming the
    RSF", "Gilgit-Baltistan"), not part of a firm's name."""
    words = [t for t in ent if t.lower_ not in {"the", "'s", "’s"}]
    if not words or words[0].idx != segment.start:
        return False
    if words[-1].idx + len(words[-1]) != segment.end:
        return False
    # a one-word name may be anything ("Eastern", "Delta", "500 BC", "a Grad missile")
    names = [t for t in words if t.text != "-"]
    return len(names) > 1 and all(t.is_title and t.is_alpha for t in names)


SEASON_WORDS = frozenset(
    "spring summer autumn fall winter christmas easter ramadan day days week weeks month "
    "months year years night morning evening afternoon weekend".split()
)


def _after_place_noun_of(doc: Doc, segment: _Segment) -> bool:
    """'the town of March': one capitalised word right after "city/town/village of"."""
    before = _preceding_words(doc, segment.start, 2)
    one_word = " " not in segment.text and segment.text[:1].isupper()
    return one_word and len(before) == 2 and before[-1] == "of" and before[-2] in PLACE_NOUNS


def _undated_name(text: str) -> bool:
    """Words the model tagged as a date that hold no date: capitalised words only ("four
    years" is a date), and no digit, month, day or season."""
    words = text.split()
    return all(
        word[:1].isupper()
        and not any(ch.isdigit() for ch in word)
        and word.casefold() not in NOT_PLACE_WORDS | SEASON_WORDS
        for word in words
    )


def _major_place_as_person(ent: Span, segment: _Segment, doc: Doc, kinds: frozenset[str]) -> bool:
    """A two-word or longer "person" whose whole name is a large place's, without a title."""
    if ent.label_ != "PERSON" or MAJOR not in kinds:
        return False
    if len(segment.text.split()) < 2 and not _acts_as_a_place(doc, segment):
        return False
    before = _preceding_words(doc, segment.start, 1)
    return not (before and before[-1] in HONORIFICS | NOT_PLACE_WORDS)


def _acts_as_a_place(doc: Doc, segment: _Segment) -> bool:
    """A one-word name told before a place it lies in ("The storm brushed Cancún in Mexico"):
    a person is seldom told "in" a capitalised name other than a month's."""
    after = doc_text(doc)[segment.end : segment.end + 40]
    return bool(_IN_A_NAME_AFTER_RE.match(after))


_IN_A_NAME_AFTER_RE = re.compile(
    r"\s+in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Spring|Summer|Autumn|Fall|Winter)\b)(?:the\s+)?[A-Z][\w-]*\b(?!['’]s)"
)  # not "play Valencia in Spain's La Liga"


def remember_text(doc: Doc, text: str) -> None:
    """Give `doc_text` the text the Doc was made from (spaCy's tokens keep every character,
    so it is `doc.text` without building it again from the tokens)."""
    doc.user_data["geo.text"] = text


# titles of monarchs and popes, capitalised, before a name the model may miss
ROYAL_TITLES = frozenset(
    "King Queen Emperor Empress Pope Prince Princess Sultan Emir Grand Duke Duchess".split()
)


def add_titled_people(doc: Doc) -> None:
    """Name monarchs and popes with their title, as news does: a person's entity right after
    a royal title the model left out takes it in ("Pope" of "Pope Leo XIV"), and a hyphenated
    name after such a title that the model missed, cut at the hyphen into words it took for
    common nouns, is a person ("King Willem-Alexander"); so is a name of two or three words
    the model tags as a firm, beside a person, whose last word speaks alone later ("Eli Turner
    and Marcus Bell ... Turner said"). To be called before any entity of the Doc is read
    (`doc_entities` and `_word_flags` cache them)."""
    ents = list(doc.ents)
    found = _people_tagged_as_firms(doc, ents) + _first_names_left_out(doc, ents)
    if _ROYAL_TITLE_RE.search(doc_text(doc)):  # most texts have none: no walk over the words
        found += _titled_people(doc, ents)
    if found:
        doc.set_ents(found, default="unmodified")


_ROYAL_TITLE_RE = re.compile(r"\b(?:" + "|".join(sorted(ROYAL_TITLES)) + r")\b")


def _titled_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """The people named after a royal title: the person's entity with the title taken in, or
    a hyphenated name the model missed."""
    person_at = {e.start: e for e in ents if e.label_ == "PERSON"}
    found = []
    for token in doc:
        if token.text not in ROYAL_TITLES or token.ent_iob_ != "O" or token.i + 1 >= len(doc):
            continue
        following = doc[token.i + 1]
        if following.ent_iob_ == "B" and following.i in person_at:
            found.append(Span(doc, token.i, person_at[following.i].end, label="PERSON"))
        elif (end := _hyphenated_name_end(doc, token.i + 1)) > token.i + 1:
            found.append(Span(doc, token.i, end, label="PERSON"))
    return found


def _people_tagged_as_firms(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names the model tags as firms that are people's: two or three capitalised words whose
    last one is told later with an age ("Ibrahim Ag Alhassane ... Ag Alhassane, 54,"), or
    beside a person's name ("Eli Turner and Marcus Bell") and speaking alone later in the text
    ("Turner said"). `ents` are the Doc's entities."""
    found = []
    for at, ent in enumerate(ents):
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or not all(t.is_title for t in ent):
            continue
        if any(t.lower_ in INSTITUTION_WORDS | {"state"} for t in ent):
            continue  # "Youngstown State University President David Sweet"
        last = re.escape(ent[-1].text)
        if _rx_age_after(last).search(doc_text(doc), ent.end_char):
            found.append(Span(doc, ent.start, ent.end, label="PERSON"))  # "Ag Alhassane, 54,"
            continue
        if not any(_side_by_side(ent, other) for other in ents[max(0, at - 1) : at + 2]):
            continue
        first = re.escape(ent[0].text)
        speaks = re.compile(rf"(?<!{first} )\b{last}\s+(?:said|says|told)\b")
        if speaks.search(doc_text(doc), ent.end_char):
            found.append(Span(doc, ent.start, ent.end, label="PERSON"))
    return found


def _rx_age_after(last: str) -> re.Pattern[str]:
    """The name's last word told later with an age in apposition ("Ag Alhassane, 54, set out"):
    only people have one."""
    return re.compile(rf"\b{last}\s*,\s*(?:aged\s+)?\d{{1,3}}\s*,")


# words before a name that describe or entitle the person, never a first name
_NOT_FIRST_NAMES = NAME_TITLES | OFFICE_WORDS | HONORIFICS | {t.casefold() for t in ROYAL_TITLES}


def _first_names_left_out(doc: Doc, ents: list[Span]) -> list[Span]:
    """People's names with the first word the model left out, after a common noun that
    describes them ("mountain guide Phurba Yangji Sherpa": "Yangji Sherpa" tagged): a
    capitalised word outside any entity between that noun and a name of two words or more,
    taken in. Titles and offices
    ("said President Joe Biden") and days stay out."""
    found = []
    for ent in ents:
        if ent.label_ != "PERSON" or ent.start < 2 or len(ent) < 2:
            continue  # one word tagged a person may be a town ("for Rodeo Gainesville")
        first, before = doc[ent.start - 1], doc[ent.start - 2]
        if not (first.is_title and first.is_alpha and first.ent_iob_ == "O"):
            continue
        if not (before.is_lower and before.is_alpha) or before.is_stop:
            continue  # after a common noun, not "of Kazakhstan Arystan Kakikenov"
        if first.lower_ in _NOT_FIRST_NAMES:
            continue
        if re.fullmatch(CALENDAR_WORD, first.text):
            continue  # "arrived on Sunday Ali Khan", as the model may leave it
        found.append(Span(doc, ent.start - 1, ent.end, label="PERSON"))
    return found


def _side_by_side(ent: Span, other: Span) -> bool:
    """Another entity, a person's name, within two words of the entity ("X and Marcus Bell")."""
    if other is ent or other.label_ != "PERSON":
        return False
    return 0 <= other.start - ent.end <= 2 or 0 <= ent.start - other.end <= 2


def _hyphenated_name_end(doc: Doc, start: int) -> int:
    """The end of a name of capitalised words joined by a hyphen ("Willem-Alexander") opening
    at `start` outside the model's entities (`start` when there is none)."""
    end = start
    while end + 2 < len(doc) and doc[end].is_title and doc[end].ent_iob_ == "O":
        hyphen, after = doc[end + 1], doc[end + 2]
        joined = hyphen.text == "-" and not doc[end].whitespace_ and not hyphen.whitespace_
        if not (joined and after.is_title and after.ent_iob_ == "O"):
            break
        end += 2
    return end + 1 if end > start else start


def doc_entities(doc: Doc) -> list[Span]:
    """`doc.ents`, built once per Doc (spaCy builds every entity span again on each access).
    Callers must not change the list; the recogniser never sets `doc.ents`."""
    ents = doc.user_data.get("geo.ents")
    if not isinstance(ents, list):
        ents = doc.user_data["geo.ents"] = list(doc.ents)
    return ents


def _word_flags(doc: Doc) -> tuple[list[bool], list[bool]]:
    """Per token: capitalised (IS_TITLE), and outside the model's entities (IOB "O"); read
    once per Doc from its arrays, so no Token object is made per word."""
    flags = doc.user_data.get("geo.flags")
    if not isinstance(flags, tuple):
        table = doc.to_array([IS_TITLE, ENT_IOB])
        flags = (table[:, 0].astype(bool).tolist(), (table[:, 1] == _IOB_OUTSIDE).tolist())
        doc.user_data["geo.flags"] = flags
    return flags


_IOB_OUTSIDE = 2  # spaCy's ENT_IOB: 0 unset, 1 I, 2 O, 3 B


def span_text(span: Span) -> str:
    """`span.text` cut from the document's text, built once (spaCy joins the tokens anew on
    every access)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc (spaCy rebuilds the string on every access, which made
    per-mention look-ups quadratic on long articles)."""
    text = doc.user_data.get("geo.text")
    if not isinstance(text, str):
        text = doc.user_data["geo.text"] = doc.text
    return text


def _sports_side(doc: Doc, segment: _Segment) -> bool:
    """'Liverpool beat Chelsea 2-1': a team next to a result verb in a sentence with a score
    (or next to a strict result verb in a sentence about a game)."""
    text = doc_text(doc)
    start = max(text.rfind(".", 0, segment.start), text.rfind("\n", 0, segment.start)) + 1
    end_candidates = [
        i for i in (text.find(".", segment.end), text.find("\n", segment.end)) if i >= 0
    ]
    sentence = text[start : min(end_candidates) if end_candidates else len(text)]
    beside = {*_words_after(text, segment.end), *_words_before(text, segment.start)}
    scored = SCORELINE.search(sentence) is not None
    if scored and beside & RESULT_VERBS:
        return True
    game = GAME_WORDS.search(sentence) is not None
    results = _scored_results(doc)
    if not (scored or game or results):
        return False  # no game here: the common case, kept cheap
    played = _GAME_RESULT_RE.search(sentence) is not None
    if not scored and played and beside & GAME_RESULT_VERBS and game:
        return True
    in_play = (scored and played) or results >= 2 or (game and (results >= 1 or played))
    return in_play and _side_in_play(text, segment, scored and played)


def _side_in_play(text: str, segment: _Segment, result: bool) -> bool:
    """A side one step from a result or a fixture, in a sentence with a score and a result
    ("Georgia rallied from 14 points down to beat Tennessee 31-28", "lost 21-20 to Toledo",
    "held off Washington 24-17"), in a game's sentence ("beat Galway in the semi-final and will
    face Dublin in the final", or with one result in the text), or in a match report (two
    results with scores): the subject opening the sentence or the object of a fixture verb
    ("Alabama travels to Baton Rouge to face LSU", "Florida hosts Kentucky"). The caller has
    checked that the sentence is about a game (`result`: it has a score and a result)."""
    if result and _SIDE_BEFORE_RE.search(text, max(0, segment.start - 40), segment.start):
        return True  # "lost 21-20 to Toledo", "held off Washington"
    after = _words_after(text, segment.end)
    opens = _opens_sentence(text, segment.start) and bool(after) and after[0].islower()
    if result and opens:
        return True  # "Georgia rallied from 14 points down to beat Tennessee 31-28"
    before = _words_before(text, segment.start)
    if before and before[-1] in FIXTURE_VERBS:
        return True  # "will face Dublin", "Florida hosts Kentucky"
    return opens and after[0] in FIXTURE_SUBJECT_VERBS  # "Alabama travels to Baton Rouge"


def _opens_sentence(text: str, start: int) -> bool:
    """Nothing but white space between the sentence's end before it and `start`, or a clause
    joined by ", and" / ", while" / ", but" ("..., and Florida hosts Kentucky")."""
    stop = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    return not text[stop + 1 : start].strip() or bool(_CLAUSE_JOIN_RE.search(text, stop + 1, start))


_CLAUSE_JOIN_RE = re.compile(r"(?:,\s+(?:and|while|but|whereas)|;)\s+$")


def _scored_results(doc: Doc) -> int:
    """The scores in sentences with a result: two make a round-up or a match report; one
    makes a sentence with a game's words ("next weekend for the derby") about sides."""
    cached = doc.user_data.get("geo.scored_results")
    if isinstance(cached, int):
        return cached
    text = doc_text(doc)
    results = 0
    for found in SCORELINE.finditer(text):
        start = max(text.rfind(". ", 0, found.start()), text.rfind("\n", 0, found.start())) + 1
        end = text.find(". ", found.end())
        if _GAME_RESULT_RE.search(text, start, end if end >= 0 else len(text)):
            results += 1
    doc.user_data["geo.scored_results"] = results
    return results


def _words_after(text: str, end: int) -> list[str]:
    """The word after a name, and the one after that when the first is a team's nickname
    ("Dallas Cowboys beat") or a relative pronoun (", who beat")."""
    words = re.findall(r"[A-Za-z]+", text[end : end + 40])[:3]
    if words and words[0] in {"who", "which"}:
        return [w.casefold() for w in words[1:2]]  # "The Faroe Islands, who beat Czechia"
    if text.startswith(",", end):
        words = words[:1]  # "In Ann Arbor, Michigan held off": a new name after the comma
    return [w.casefold() for w in (words[:2] if words and words[0][0].isupper() else words[:1])]


def _words_before(text: str, start: int) -> list[str]:
    """The word before a name, and the one before that when the first is "the"."""
    words = re.findall(r"[a-z]+", text[max(0, start - 30) : start].casefold())[-2:]
    return words if words[-1:] == ["the"] else words[-1:]


def _opens_a_firm(doc: Doc, ent: Span) -> bool:
    """The place is followed at once by a one-word organisation the model split from it."""
    if ent.end >= len(doc) or not ent[-1].whitespace_:
        return False
    after = doc[ent.end]
    if after.ent_iob_ != "B" or after.ent_type_ != "ORG":
        return False
    if after.is_upper or after.lower_ in INSTITUTION_WORDS:
        return False  # "New Mexico GOP", "Iowa House": the place's own bodies
    return ent.end + 1 >= len(doc) or doc[ent.end + 1].ent_iob_ != "I"


def _named_institution_before(doc: Doc, ent: Span) -> bool:
    """'Environment Canada', 'Statistics Canada', 'Tourism Australia': an agency, not a place;
    'Real Madrid', 'Dynamo Kyiv', 'AC Milan': a club."""
    if ent.start == 0:
        return False
    before = doc[ent.start - 1]
    return (before.is_title and before.lower_ in AGENCY_PREFIXES) or before.text in CLUB_PREFIXES


def _preceding_words(doc: Doc, start: int, count: int = 3) -> list[str]:
    text = doc_text(doc)[max(0, start - 60) : start]
    return re.findall(r"[\w’']+", text.casefold())[-count:]


def _storm_is_over(text: str, start: int, before: list[str]) -> bool:
    """'was over X' in a sentence about a storm: where the storm is."""
    if len(before) < 2 or before[-1] != "over" or before[-2] not in {"was", "is", "were", "are"}:
        return False
    return bool(_STORM_BEFORE_RE.search(text, max(0, start - 200), start))


# a storm told in the sentence before "was over X" ("The storm moved north ... was over Oita")
_STORM_BEFORE_RE = re.compile(
    r"\b(?:storm|typhoon|hurricane|cyclone|depression)\b[^.!?]*$", re.IGNORECASE
)
_SAINT_COMPOUND_RE = re.compile(r"(?:Saint|Sainte|St|Ste|San|Santa)-[A-Z]")
_COUNTRY_BRACKET_RE = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*\($")


def _saint_compound(text: str) -> bool:
    """'Saint-Pierre', 'Sainte-Marie': a hyphenated saint's name is no English word."""
    return bool(_SAINT_COMPOUND_RE.match(text))


def _after_its_country_in_brackets(text: str, start: int, known: KnownKinds) -> bool:
    """'Brazil (Paraná)', the outbreak reports' "Country (Region)": the name in brackets."""
    found = _COUNTRY_BRACKET_RE.search(text, max(0, start - 50), start)
    return found is not None and "country" in known(found.group(1))


def _after_a_persons_name(doc: Doc, start: int) -> bool:
    """'<person> of X': X is where the person is from or what they govern; also with the
    person's age between commas, as news gives it ("Florence Whitley, 82, of Douglas")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    name_end = doc[span.start - 2]
    if (
        span.start >= 5
        and name_end.text == ","
        and doc[span.start - 3].like_num
        and doc[span.start - 4].text == ","
    ):
        name_end = doc[span.start - 5]  # "<person>, 82, of X"
    return name_end.ent_type_ == "PERSON" and doc[span.start - 1].ent_iob_ != "I"


def _apposed_to_place_noun(doc: Doc, start: int, before: list[str]) -> bool:
    """'the provincial capital, Padang', 'the port city, Sihanoukville': a name set off by a
    comma after "the (...) capital/city/town"."""
    if len(before) < 2 or before[-1] not in APPOSED_PLACE_NOUNS or "the" not in before[-3:-1]:
        return False
    return doc_text(doc)[max(0, start - 2) : start] == ", "


def _feature_after_the(
    doc: Doc, start: int, end: int, before: list[str], known: KnownKinds | None
) -> bool:
    """A sea, region or landmark the gazetteer knows, after a place preposition and an article."""
    if known is None or len(before) < 2:
        return False
    if before[-1] not in ARTICLES or before[-2] not in PLACE_PREPOSITIONS:
        return False
    return bool(known(doc_text(doc)[start:end]) & NATURAL_FEATURE_KINDS)


def _in_place_context(
    doc: Doc,
    start: int,
    end: int,
    known: KnownKinds | None = None,
    depth: int = 0,
    *,
    tagged: bool = False,
    comma_after: bool = True,
) -> bool:
    """Preceded by a place preposition or place noun ("in X", "city of X"), followed by
    ", <Place>" as in "Paris, Texas", or (with `known`) the next item of a list of places in
    such a context ("called at Helsinki, Tallinn and Gdansk"). For a span the model `tagged` as
    an entity, also the object of a verb of striking ("drones struck Belgorod") and a name
    before a division word ("Kozhikode district"); a bare capitalised word there ("Northern
    region") is no name. Without `comma_after`, ", <Capitalised>" after it is no container (in a
    list the model ran together: "Nestlé, Hulu, Jos. A. Bank")."""
    if (
        known is not None
        and depth < 6
        and _listed_after_place(doc, start, known, depth, tagged=tagged, comma_after=comma_after)
    ):
        return True
    before = _preceding_words(doc, start)
    if before and (before[-1] in PLACE_PREPOSITIONS or (tagged and before[-1] in IMPACT_WORDS)):
        return True
    if before and before[-1] in STREET_WORDS and doc_text(doc)[start - 2 : start] == ", ":
        return True  # "of 1935 Orchard St., Alexandria"
    if _listed_before_place(doc, end):
        return True  # "between Harare and the UK", "Qamishli and other towns"
    text_of_doc = doc_text(doc)
    if known is not None and _hyphen_joined(
        text_of_doc, _Segment(text_of_doc[start:end], start, end), known
    ):
        return True  # "a Kyiv-bound train", "Pro-Moscow separatists"
    if known is not None and _LEADER_AFTER_RE.match(text_of_doc, end):
        return bool(known(text_of_doc[start:end]) & {"country", "admin"})  # "Togo's president"
    if known is not None and _CAPITAL_AFTER_RE.match(text_of_doc, end):
        return bool(known(text_of_doc[start:end]) & {"country", ADMIN1})  # "the Bahia capital"
    if _TOWN_OFFICE_AFTER_RE.match(text_of_doc, end):
        return True  # "Lismore's mayor"
    if known is not None and _after_its_country_in_brackets(text_of_doc, start, known):
        return True  # "Dengue - Brazil (Paraná):"
    if before and before[-1] == "of" and _after_a_persons_name(doc, start):
        return True  # "Tarcísio de Freitas of São Paulo", "Galen Miller of Palestine"
    if len(before) >= 2 and before[-1] in {"over", "past"} and _passing(before[-3:-1]):
        return True  # "drifted south over Nicolosi", "swam past Lausanne", "moved inland over"
    if _storm_is_over(text_of_doc, start, before):
        return True  # "The storm moved north ... and by Friday afternoon was over Oita"
    if len(before) >= 2 and before[-1] == "between" and before[-2] in BETWEEN_PLACES_WORDS:
        return True  # "made landfall between Cox's Bazar and Sittwe"
    if _apposed_to_place_noun(doc, start, before):
        return True  # "the provincial capital, Padang, sent ..."
    if len(before) >= 2 and before[-1] in PLACE_ADJECTIVES and before[-2] in PLACE_PREPOSITIONS:
        return True  # "lit in ancient Olympia", "shelling in nearby Kerkrade"
    if len(before) >= 2 and before[-1] == "for" and before[-2] in BOUND_WORDS:
        return True  # "bound for Calais", "left Nairobi for Mombasa"
    if len(before) >= 2 and before[-1] in ARTICLES and before[-2] in ARRIVAL_WORDS:
        return True  # "reaching the Kerem Shalom crossing", "at the Rafah crossing"
    if _feature_after_the(doc, start, end, before, known):
        return True  # "moved out into the Mozambique Channel", tagged as a firm
    if len(before) >= 2 and before[-1] == "of" and before[-2] in PLACE_NOUNS | OF_PLACE_WORDS:
        return True
    if before and before[-1] in HONORIFICS:
        return False
    text = doc_text(doc)
    if known is not None and _renamed(text, start, end, known):
        return True  # "was renamed Kaliningrad", "Danzig became Gdańsk", "Saigon was renamed"
    if _DEFINED_AS_PLACE_RE.match(text, end) or _CALLED_AS_PLACE_RE.match(text, end):
        return True  # "Lyon is a city in France", "Donostia, as the city is called in Basque"
    if _SITED_AFTER_RE.match(text, end):
        return True  # "Bury, near Manchester", "Deal, on the Kent coast"
    if not tagged and _TOWN_NOUN_AFTER_RE.match(text, end):
        return True  # "Sunamganj town has been cut off", untagged
    if known is not None and _in_container_after(text, end, known, bare=not tagged):
        return True  # "Halle, in Saxony-Anhalt, won"; "the Aurangabad in Bihar" (untagged)
    if tagged and _DIVISION_AFTER_RE.match(text, end):
        return True  # "Kerala's Kozhikode district", "Ondo and Bauchi states"
    if tagged and before and before[-1] in ARTICLES and _CROSSING_AFTER_RE.match(text, end):
        return known is not None and "city" in known(text[start:end])  # "the Adre crossing"
    after = text[end : end + 3]
    if not (comma_after and after.startswith(", ") and end + 2 < len(text)):
        return False
    return text[end + 2].isupper() and not _described_by_possessive(text, end)


# ", Spain's largest bank": an apposition through a possessive, which names no container;
# ", France's third-largest city" still describes a place
_POSSESSIVE_APPOSITION_RE = re.compile(
    r",\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+((?:[\w-]+\s+){0,3}[\w-]+)"
)


def _described_by_possessive(text: str, end: int) -> bool:
    """', <Name>'s <words>' follows, none of them a place noun."""
    found = _POSSESSIVE_APPOSITION_RE.match(text, end)
    return found is not None and not set(found.group(1).casefold().split()) & PLACE_NOUNS


# a town's new or old name: "was renamed Kaliningrad the next year", "Danzig became Gdańsk,",
# "is now Lviv in Ukraine"; "Saigon was renamed"
_RENAMED_BEFORE_RE = re.compile(r"\b(?:renamed|became|becomes|become|is\s+now|was\s+now)\s+$")
_NAME_ENDS_RE = re.compile(
    r"(?:[.,;:!?)]|\s+(?:and|in|as|the|when|after|before|until|by|from|on)\b|\s*$)"
)
_RENAMED_AFTER_RE = re.compile(r"\s+(?:was|were|has\s+been|had\s+been)\s+renamed\b")


def _renamed(text: str, start: int, end: int, known: KnownKinds) -> bool:
    """A known town or country named as what a place was renamed or became (or "is", after a
    place opening the sentence), or as the subject of "was renamed"; the name ends there
    ("became Chelsea manager" is no place)."""
    if not known(text[start:end]) & {"city", "country"}:
        return False
    if _RENAMED_AFTER_RE.match(text, end):
        return True
    if _NAME_ENDS_RE.match(text, end) is None:
        return False
    if _RENAMED_BEFORE_RE.search(text, max(0, start - 12), start):
        return True
    return _IS_BEFORE_RE.search(text, max(0, start - 4), start) is not None and _place_subject(
        text, start, known
    )


_IS_BEFORE_RE = re.compile(r"\bis\s+$")
_SUBJECT_RE = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def _place_subject(text: str, start: int, known: KnownKinds) -> bool:
    """The sentence opens with a known town or country ("Pressburg, where Habsburg kings were
    crowned, is Bratislava"): what it "is" names the same place today."""
    stop = text.rfind(". ", 0, start)
    opening = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    subject = _SUBJECT_RE.match(text, opening)
    return subject is not None and bool(known(subject.group(0)) & {"city", "country"})


# a name glossed as what a place is called: "Donostia, as the city is called in Basque,"
_CALLED_AS_PLACE_RE = re.compile(
    r",\s+as\s+(?:the|this)\s+(?:city|town|village|port|region|island|country)\s+is\s+"
    r"(?:now\s+|also\s+|locally\s+)?(?:called|known|named)\b"
)
# a border crossing named after its town: "kept the Adre crossing open"
_CROSSING_AFTER_RE = re.compile(r"\s+(?:border\s+)?(?:crossing|checkpoint|border\s+post)s?\b")
_DIVISION_AFTER_RE = re.compile(
    r"\s+(?:district|districts|province|provinces|region|county|state|states|oblast|"
    r"governorate|prefecture|municipality|riding|constituency|ward|"
    r"(?:regional|provincial)\s+(?:government|council|assembly|parliament))\b"
)
CALENDAR_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?=\s+\d|$))"
)
_TRAILING_DATE_RE = re.compile(r"\s+(?:on|in)\s+" + CALENDAR_WORD + r"(?:\s+\d{1,2})?$")
_LIST_ITEM_RE = re.compile(
    r"([A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*){0,3})"
    r"(?:\s+(?:on|in)\s+" + CALENDAR_WORD + r"(?:\s+\d{1,2})?)?"  # "Lesbos on Sunday and"
    r"(?:\s+-?\d[\w.°%]*)?"  # "Phoenix 41C, Las Vegas 39C"
    r"(?:,\s+|,?\s+(?:and|or)\s+)$"
)


def _located_there(doc: Doc, start: int, end: int, known: KnownKinds, depth: int = 0) -> bool:
    """Right after a word that can only place something ("in", "at", "near", "outside",
    "residents of", "schools in"), or joined by "and" to a known name that is: a town that
    shares its name with a person of the story ("residents of Homer and Seward ... Homer
    Castillo, a deckhand"; "Schools in Palmer and Wasilla ... trooper Dana Palmer"). Not
    before an owner's mark or another capitalised word ("at Carter's home", "at George
    Washington High School")."""
    text = doc_text(doc)
    if _OWNED_OR_LONGER_RE.match(text, end):
        return False
    if _LOCATED_BEFORE_RE.search(text, max(0, start - 40), start):
        return True
    found = _AND_ITEM_RE.search(text, max(0, start - 60), start)
    if found is None or depth >= 4 or not known(found.group(1)):
        return False
    return _located_there(doc, found.start(1), found.end(1), known, depth + 1)


_OWNED_OR_LONGER_RE = re.compile(r"(?:'|’|\s+[A-Z])")
_AND_ITEM_RE = re.compile(r"\b([A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*){0,2})\s+and\s+$")


# "said of Lincoln", "from Palmer", "to Seward": words that also take people are left out,
# but not a journey from somewhere ("came from Moreno by train", "drove in from Pilar")
_LOCATED_BEFORE_RE = re.compile(
    r"(?:\b(?:in|at|near|outside|around)|\b(?:residents?|people|schools?|towns?|villages?|"
    r"cities|communities)\s+(?:of|in)|\b(?:came|comes|come|drove|drives|flew|flies|"
    r"travell?ed|commuted|commutes|rode|walked|moved)\s+(?:(?:in|over|down|up)\s+)?from)\s+$"
)


def _listed_after_place(
    doc: Doc,
    start: int,
    known: KnownKinds,
    depth: int,
    *,
    tagged: bool = False,
    comma_after: bool = True,
) -> bool:
    """The name before ", " or " and " is a known place that the model tagged as one or that is
    itself in place context."""
    text = doc_text(doc)
    found = _LIST_ITEM_RE.search(text[max(0, start - 60) : start])
    if found is None:
        return False
    name = found.group(1)
    name_start = start - (len(found.group(0)))
    name_end = name_start + len(name)
    if not known(name):
        return False
    return _tagged_place(doc, name_start, name_end) or _in_place_context(
        doc, name_start, name_end, known, depth + 1, tagged=tagged, comma_after=comma_after
    )


STREET_WORDS = frozenset(
    "st ave rd blvd ln pkwy hwy street avenue road boulevard lane drive highway".split()
)
_NEXT_LIST_ITEM_RE = re.compile(
    r"(?:\s+-?\d[\w.°%]*)?(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?(?=[A-Z])"
)
_OTHER_PLACES_RE = re.compile(
    r",?\s+and\s+(?:other|nearby|neighbou?ring|surrounding)\s+(?:towns|cities|villages|places|"
    r"areas|countries|communities|regions|provinces|states|districts|suburbs)\b"
)
# "Chelsea and England defender": a club beside a national side
_PLAYER_AFTER_RE = re.compile(
    r"\s+(?:defender|midfielder|striker|forward|goalkeeper|keeper|captain|coach|manager|winger|"
    r"international|player|players|team|squad|star|boss)\b"
)


# what follows a person's name and no place's: ", who", ", whose", "said"
_PERSON_AFTER_RE = re.compile(r",\s+(?:who|whose)\b|\s+(?:said|says|told)\b")
# a person's age told after the name: "Rodrigues, 68, a retired cattle hand"
_AGE_AFTER_RE = re.compile(r",\s+\d{1,3},\s")


# a disease named after a place: "the Marburg virus", "Lyme disease", "Lassa fever"
_DISEASE_AFTER_RE = re.compile(r"\s+(?:virus|viruses|disease|fever)\b")
# a feature named after a town, written after it in lower case: "the Turku archipelago"
_FEATURE_AFTER_RE = re.compile(
    r"\s+(?:archipelago|delta|estuary|fjord|lagoon|peninsula|skerries)\b"
)


def _named_feature(text: str, start: int, end: int) -> bool:
    """'the Turku archipelago', 'the Stockholm archipelago': the feature, not the town."""
    return text[max(0, start - 4) : start] == "the " and bool(_FEATURE_AFTER_RE.match(text, end))


# an apposition that calls the name a club or a team
_CLUB_APPOSITION_RE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:club|team|franchise)\b(?!['’])"
    # a band named after a place: "Europe, the Swedish band behind", "Texas, a band from
    # Glasgow" (not "In Hamburg, Germany, a band played")
    r"|,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:band|(?:rock|pop|country|folk|metal|punk"
    r"|jazz)\s+(?:group|act|duo|trio))\s+(?:from|behind|whose|formed|known|best)\b"
    # and of two sides named together: "Bolívar and The Strongest, the two La Paz football clubs"
    r"|\s+(?:and|&)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+(?:the|both)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:clubs|teams|franchises)\b(?!['’])"
)
# a club's staff or players after its city's possessive
_CLUB_STAFF_AFTER_RE = re.compile(
    r"['’]s\s+(?:head\s+)?(?:coach|manager|captain|goalkeeper|keeper|striker|midfielder|"
    r"defender|quarterback|pitcher|winger|squad|lineup|line-up)\b"
)


_HYPHEN_PLACE_SUFFIX_RE = re.compile(
    r"-(?:based|bound|born|led|backed|headquartered|listed|registered|flagged)\b"
)
_HYPHEN_PLACE_PREFIX_RE = re.compile(r"\b(?:pro|anti|Pro|Anti)-$")
_TOWN_OFFICE_AFTER_RE = re.compile(
    r"(?:'s|’s)\s+(?:mayor|city council|town council|police chief|city hall|residents)\b"
)
_LEADER_AFTER_RE = re.compile(
    r"(?:'s|’s)\s+(?:president|prime minister|government|army|military|parliament|"
    r"(?:foreign|interior|defen[cs]e|health|finance)\s+(?:minister|ministry)|king|queen|governor|"
    r"capital)\b"
)


def _hyphen_joined(text: str, segment: _Segment, known: KnownKinds) -> bool:
    """Joined by a hyphen to a word that makes it a place ("Kyiv-bound", "pro-Moscow"), when it
    is a country, a landmark or a large place under its own name ("Hamas-led" is no Hamm)."""
    joined = _HYPHEN_PLACE_SUFFIX_RE.match(text, segment.end) or _HYPHEN_PLACE_PREFIX_RE.search(
        text, max(0, segment.start - 6), segment.start
    )
    return bool(joined) and bool(known(segment.text) & (CONTEXT_FREE_KINDS | {MAJOR}))


def _listed_before_place(doc: Doc, end: int) -> bool:
    """The next item of the list is a place the model tagged ("Harare and the UK"), or the
    list goes on with other places ("Qamishli and other towns")."""
    text = doc_text(doc)
    if _OTHER_PLACES_RE.match(text, end):
        return True
    found = _NEXT_LIST_ITEM_RE.match(text, end)
    if found is None or _described_by_possessive(text, end):
        return False  # "Santander, Spain's largest bank": no list
    span = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
    if span is None or not _opens_entity(doc, span.start):
        return False
    first = doc[span.start]
    last = span.start
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return first.ent_type_ in PLACE_LABELS and not _PLAYER_AFTER_RE.match(
        text, doc[last].idx + len(doc[last])
    )


def _opens_entity(doc: Doc, index: int) -> bool:
    """The token opens an entity, or follows the "the" that opens it ("the Tiwi Islands")."""
    if doc[index].ent_iob_ == "B":
        return True
    before = doc[index - 1] if index else None
    return before is not None and before.lower_ == "the" and before.ent_iob_ == "B"


def _tagged_place(doc: Doc, start: int, end: int) -> bool:
    """The model itself tagged exactly this span as a place ("Melbourne and Geelong")."""
    span = doc.char_span(start, end)
    return span is not None and any(
        e.label_ in PLACE_LABELS and e.start == span.start and e.end == span.end for e in span.ents
    )


def _adjective(
    ent: Span, segment: _Segment, demonym: Callable[[str], bool] | None
) -> _Segment | None:
    """A nationality or regional adjective: the whole NORP entity, an organisation named by
    one ("EU", "European Union"), or the adjective opening an institution's name; also one the
    model took for a person's name before a common noun ("Kazakh herders crossed")."""
    if demonym is None:
        return None
    if ent.label_ == "PERSON" and len(ent) == 1 and _before_a_noun(ent) and demonym(segment.text):
        return segment
    if ent.label_ not in {"NORP", "ORG"}:
        return None
    if demonym(segment.text):
        text = doc_text(ent.doc)
        if _CULTURE_AFTER_RE.match(text, segment.end) or _a_language(text, segment):
            return None
        return segment
    words = segment.text.split()
    if ent.label_ != "ORG" or not _names_institution(words):
        return None
    for size in (2, 1):
        head = " ".join(words[:size])
        if size < len(words) and demonym(head) and segment.text.startswith(head):
            return _Segment(head, segment.start, segment.start + len(head))
    return None


def _before_a_noun(ent: Span) -> bool:
    """The next word looks like a common noun: lowercase, no stop word, no verb of what a
    person does ("said", "told"), no past or present participle (the model gives no parts of
    speech here)."""
    if ent.end >= len(ent.doc):
        return False
    word = ent.doc[ent.end]
    if not (word.is_lower and word.is_alpha) or word.is_stop or word.lower_.endswith(("ed", "ing")):
        return False
    return _NOT_TOWN_AFTER_RE.match(doc_text(ent.doc), ent.end_char) is None


# a language: "the German-speaking minority", "French speakers", "translated into Arabic"
_SPEAKING_AFTER_RE = re.compile(r"[\s-]+(?:speaking|speakers?|language|translation)\b")
_LANGUAGE_BEFORE_RE = re.compile(r"\b(?:in|into|from)\s+$")
_LANGUAGE_AFTER_RE = re.compile(r"\s*(?:[,.;:)]|\s(?:for|to|and|or|with|on|at|by|as)\b)")


def _a_language(text: str, segment: _Segment) -> bool:
    """A nationality word used for a language: before "-speaking" or "speakers", or on its own
    after "in" ("signs in French for shoppers"), where a country would be named by its noun."""
    if _SPEAKING_AFTER_RE.match(text, segment.end):
        return True
    before = text[max(0, segment.start - 8) : segment.start]
    return bool(_LANGUAGE_BEFORE_RE.search(before) and _LANGUAGE_AFTER_RE.match(text, segment.end))


# a thing named after a place, the name its first word: "Stockholm syndrome", "a Winchester
# rifle", "Toledo steel" (not "Hamilton steel mills"), "Aleppo pepper"
_THING_NAMED_AFTER_RE = re.compile(
    r"\s+(?:syndrome|rifles?|muskets?|carbines?|peppers?|crystal|"
    r"steel(?!\s+(?:mills?|works|plants?|industry|makers?|producers?|workers|jobs|town|city)\b)"
    # trees, hats and furniture: "the Sitka spruce", "Panama hats", "The Chesterfield sofa"
    r"|spruces?|firs?|pines?|oaks?|poplars?|larch|cypress|hats?|sofas?|chairs?|chest|"
    r"telescope|consensus|"
    r"(?:(?!(?:will|would|could|should|might|must|can|not|also|then|and|but|did|does|has|have|"
    r"had|was|were)\b)[a-z]{3,}\s+){0,2}(?:scale|score|chart)"  # "the Edinburgh postnatal
    # depression scale", "the Bristol stool chart" (not "Texas will chart a course")
    # a group named after the town of its trial: "the Guildford Four", "the Chicago Seven"
    r"|(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Martyrs)(?!\s+[A-Z]|-)"  # (not "the
    # Arlington Boys Club"; nor "Boys": "the Harrow Boys", a gang, gold in GeoWebNews)
    r")\b"
)
# "Turkish coffee", "French fries", "Chinese food": a style or a product, no place
_CULTURE_AFTER_RE = re.compile(
    r"\s+(?:coffee|tea|delight|bath|baths|cuisine|food|dish|dishes|fries|pastry|pastries|"
    r"restaurant|restaurants|wine|wines|beer|cheese|carpet|carpets|rug|rugs|dance|recipe|"
    r"language|accent|dialect|toast|dressing|horn|bulldog|poodle|shepherd|breakfast)\b"
)


# an event held at the place that opens its name ("the Boston Marathon", "Tokyo Olympics")
EVENT_WORDS = frozenset(
    "marathon olympics olympic games festival expo fair summit regatta championships "
    "triathlon carnival biennale derby conference".split()
)


def _names_event(words: list[str]) -> bool:
    return len(words) >= 2 and any(w.casefold() in EVENT_WORDS for w in words[1:])


def _names_institution(words: list[str]) -> bool:
    """Two words or more, an institutional one after the first ("Ohio Supreme Court")."""
    return len(words) >= 2 and any(w.casefold() in INSTITUTION_WORDS for w in words[1:])


def _leading_place(
    ent: Span, segment: _Segment, known: KnownKinds, person_tokens: frozenset[str]
) -> _Segment | None:
    """The place that opens an institution's name: "Ohio Supreme Court" -> Ohio,
    "Huntsville Fire Department" -> Huntsville. A place at the end ("Environment Canada"), a
    name without an institutional word, and a place's former name, which institutions keep
    after the place has taken another ("the Ceylon Electricity Board"), stay an
    organisation."""
    if ent.label_ not in {"ORG", "FAC", "EVENT"}:
        return None
    words = segment.text.split()
    event = _names_event(words) and not _names_institution(words)
    if not (_names_institution(words) or event):
        return None
    for size in (3, 2, 1):
        head = words[:size]
        if len(head) >= len(words) or any(w.casefold() in person_tokens for w in head):
            continue
        if not _proper_head(head):
            continue
        text = " ".join(head)
        kinds = known(text)
        if FORMER in kinds:
            continue
        if MAJOR not in kinds and (event or _after_a_person(words[size:])):
            continue  # "Howard University", "Francis Crick Institute", "Garden Festival"
        joins = words[size].casefold() in {"of", "and", "&"}
        if kinds & EMBEDDABLE_KINDS and not joins and segment.text.startswith(text):
            return _Segment(text, segment.start, segment.start + len(text))
    return None


# words between a town and its college that keep the college the town's ("Youngstown State
# University", "Gwinnett Technical College")
COLLEGE_DESCRIPTORS = frozenset(
    "state technical community medical regional junior polytechnic national public christian "
    "baptist methodist catholic county city area".split()
)


def _after_a_person(rest: list[str]) -> bool:
    """The rest of an institution's name after a head word makes it a namesake: a university or
    college right after it ("Howard University") or after another name word ("Francis Crick
    Institute"), not after descriptors ("Youngstown State University")."""
    lowered = [w.casefold() for w in rest]
    found = next((i for i, w in enumerate(lowered) if w in NAMESAKE_INSTITUTION_WORDS), None)
    if found is None:
        return False
    between = lowered[:found]
    return not between or not all(w in COLLEGE_DESCRIPTORS for w in between)


def _proper_head(words: list[str]) -> bool:
    """Words that can open a place name inside an institution's name: alphabetic (dots allowed,
    as in U.S.), and not a common capitalised word ("Federal", "City", "White")."""
    if not all(w.replace(".", "").isalpha() for w in words):
        return False
    return not (len(words) == 1 and _common_word(words[0]))


def _common_word(word: str) -> bool:
    key = word.casefold().rstrip(".")
    return key in COMMON_CAPITALISED or key in NOT_PLACE_WORDS


def headline_sentences(doc: Doc, known: KnownKinds) -> list[Span]:
    """Sentences that may open with a town before a resident noun ("Lancaster woman wins"):
    the check in `_headline_subject` needs their parts of speech, so only sentences with such
    an opening, tagged or not, are worth parsing."""
    return [s for s in doc.sents if any(True for _ in _town_openings(s, known))]


# capital letters, also with accents ("SAN SEBASTIÁN", "ŁÓDŹ")
_CAPS = "A-ZÀ-ÖØ-ÞĀ-Ž"
_CAPITAL = f"[{_CAPS}]"
_DATELINE_RE = re.compile(
    r"(?:^|\n|[.!?]\s|\b(?:19|20)\d\d\s)[ \t]{0,4}"
    rf"({_CAPITAL}[{_CAPS}'.\-]+(?:[ /]{_CAPITAL}[{_CAPS}'.\-]+){{0,3}})"
    r"(?=(?:, ?[A-Z][\w.]*(?: [A-Z][\w.]*)?)? ?(?:\([A-Za-z ]{2,20}\) ?)?(?:--|—|–|-\s|\(|,|:\s))"
)
# "Muscat: The 10th Muscat International Film Festival ..." opening an article or paragraph
_TITLE_DATELINE_RE = re.compile(r"(?:^|\n)[ \t]{0,4}([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\s")


def _datelines(doc: Doc, known: KnownKinds) -> list[_Segment]:
    """The place in capitals that opens a wire story: "COLUMBUS, Ohio (AP) --", "BEIRUT --"."""
    found = []
    text_of_doc = doc_text(doc)
    for match in [*_DATELINE_RE.finditer(text_of_doc), *_TITLE_DATELINE_RE.finditer(text_of_doc)]:
        offset = match.start(1)
        for part in match.group(1).split("/"):  # "KANO/ABUJA, Nigeria (Reuters) -"
            text = part.rstrip(".")
            if len(text) >= 3 and known(text) & EMBEDDABLE_KINDS:
                found.append(_Segment(text, offset, offset + len(text)))
            offset += len(part) + 1
    return found


def _resident_modifiers(
    doc: Doc, known: KnownKinds, person_tokens: frozenset[str]
) -> list[_Segment]:
    """A town used as a modifier before a resident noun, after a determiner or lower-case
    word: "a Lancaster mother", "two Decatur men"."""
    found = []
    resident_words = {doc.vocab.strings.add(word) for word in RESIDENT_NOUNS}
    lowers = doc.to_array([LOWER]).ravel().tolist()  # no Token object per word
    for index in range(1, len(doc)):
        if lowers[index] not in resident_words or not doc[index - 1].is_title:
            continue
        token = doc[index]
        for size in (2, 1):
            first = token.i - size
            if first < 1:
                continue
            span = doc[first : token.i]
            before = doc[first - 1]
            if not (before.is_lower or before.is_punct) or before.is_sent_end:
                continue
            words = [t.text for t in span]
            if (
                all(t.is_title and not t.is_stop for t in span)
                and _proper_head(words)
                and not any(w.casefold() in person_tokens for w in words)
                and known(span_text(span)) & EMBEDDABLE_KINDS
            ):
                found.append(_segment_of(span))
                break
    return found


def _headline_subject(doc: Doc, known: KnownKinds, person_tokens: frozenset[str]) -> list[_Segment]:
    """Sentence-initial towns before a resident noun: "Lancaster woman wins award"."""
    found = []
    for sent in doc.sents:
        for span in _town_openings(sent, known):
            if all(t.pos_ in {"PROPN", "NOUN"} for t in span) and not any(
                t.lower_ in person_tokens for t in span
            ):
                found.append(_segment_of(span))
                break
    return found


def _first_word(sent: Span) -> int:
    """The index of the sentence's first token that is not white space (its last otherwise)."""
    first = sent.start
    while first < sent.end - 1 and sent.doc[first].is_space:
        first += 1
    return first


def _town_openings(sent: Span, known: KnownKinds) -> Iterator[Span]:
    """Openings of three, two or one capitalised words (no stop word), longest first, that the
    gazetteer knows as a town or division and that a resident noun follows; any part of
    speech."""
    doc = sent.doc
    first = _first_word(sent)
    for size in (3, 2, 1):
        if first + size >= sent.end:
            continue
        if doc[first + size].lower_ not in RESIDENT_NOUNS:
            continue
        span = doc[first : first + size]
        if (
            all(t.is_title and not t.is_stop for t in span)
            and _proper_head([t.text for t in span])
            and known(span_text(span)) & EMBEDDABLE_KINDS
        ):
            yield span


def _named_division(text: str, known: KnownKinds) -> bool:
    """A division written with its own division word ("Avoyelles Parish", "Colfax County"):
    a place wherever it stands, also opening a sentence or an office's name."""
    head, _, last = text.rpartition(" ")
    return bool(head) and last.casefold() in NAMED_DIVISION_WORDS and "admin" in known(text)


def _opening_division(segment: _Segment, known: KnownKinds) -> _Segment | None:
    """A named division that opens an entity of any label: "Rapides Parish Fire District"
    (tagged as a person), "Avoyelles Parish deputies" (as a nationality)."""
    words = segment.text.split()
    for size in range(min(len(words), 4), 1, -1):
        text = " ".join(words[:size])
        if _named_division(text, known) and segment.text.startswith(text):
            return _Segment(text, segment.start, segment.start + len(text))
    return None


_CONTAINER_AFTER_RE = re.compile(r",\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


_SITED_AFTER_RE = re.compile(
    r"(?:\s+(?:is|are|was|were|lies|lie|sits|sit)\s+(?:in|on|near)\s+(?:the\s+)?[A-Z]|"
    r",\s+(?:on|by)\s+the\s+(?:shores?|banks?|coast|edge)\s+of\b|"
    # "Deal, on the Kent coast", "Bury, near Manchester", "Reading, just 40 minutes from London"
    r",\s+(?:on|by)\s+the\s+[A-Z][\w'’-]*\s+(?:coast|shore|border)\b|"
    # "Swansea, on the drier east coast,", "Bend, on the dry side of the mountains,"
    r",\s+on\s+the\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:coast|shore|side|bank|outskirts|slopes|"
    r"river|estuary|delta|plain)\b(?!\s+(?:of\s+)?(?:the\s+)?(?:argument|debate|issue|story))|"
    r",\s+(?:near|outside|(?:just\s+|due\s+)?(?:north|south|east|west|northeast|northwest|"
    r"southeast|southwest)\s+of)\s+(?:the\s+)?[A-Z]|"
    r",\s+(?:(?:just|only|about|some|around)\s+)?(?:\d+|a\s+few|an?)\s+(?:minutes?|hours?|"
    r"miles?|km|kilometres?|kilometers?)(?:'s?)?\s+(?:\w+\s+){0,2}?(?:from|of|outside)\s+"
    r"(?:the\s+)?[A-Z]|"
    # "Queenstown, 35 km to the south, was ..."
    r",\s+(?:(?:just|only|about|some|around)\s+)?\d+\s*(?:miles?|km|kilometres?|kilometers?)\s+"
    r"(?:to\s+the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)\b)"
)


def _placed_after(doc: Doc, end: int, known: KnownKinds) -> bool:
    """What follows places the name: its container ("Syracuse, New York", "Halle, in
    Saxony-Anhalt,"), where it lies ("Christchurch and Greymouth are in New Zealand": also its
    list partner's), a shore ("Queenstown, on the shore of Lake Wakatipu") or an apposition
    that calls it a place ("Progreso, the state's main port,")."""
    text = doc_text(doc)
    if _before_its_container(doc, end, known) or _SITED_AFTER_RE.match(text, end):
        return True
    if _in_container_after(text, end, known) or _TOWN_NOUN_AFTER_RE.match(text, end):
        return True
    defined = _DEFINED_AS_PLACE_RE.match(text, end)  # not "Plus, the state reduced funding"
    if defined and text.startswith(",", end) and _APPOSITION_CLOSED_RE.match(text, defined.end()):
        return True
    partner = re.match(r"\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?", text[end:])
    if partner is None:
        return False
    after = end + partner.end()  # "Cascavel and Toledo, the main towns of western Paraná"
    return bool(_SITED_AFTER_RE.match(text, after) or _DEFINED_AS_PLACE_RE.match(text, after))


# a name with its own place noun after it: "Sunamganj town has been cut off", "Sylhet city"
_TOWN_NOUN_AFTER_RE = re.compile(r"\s+(?:town|city|village)\b(?!['’-])")
# what closes an apposition: "Progreso, the state's main port, suspended", "..., the capital of"
_APPOSITION_CLOSED_RE = re.compile(
    r"\s*[,;.]|\s+(?:in|of|on|near|north|south|east|west|where|which|that|whose|beside|by|at|"
    r"with|along|across|outside|known|famed|famous|built|founded|best)\b"
)
# ", in Saxony-Anhalt,", ", in Mexico's Colima state": the container after a comma and "in"
_IN_CONTAINER_AFTER_RE = re.compile(
    r"(,)?\s+in\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
)


def _in_container_after(text: str, end: int, known: KnownKinds, *, bare: bool = False) -> bool:
    """The name is followed by ", in <known division or country>" ("Halle, in Saxony-Anhalt,
    won"; "Manzanillo, in Mexico's Colima state,"), the longest known run of its words; with
    `bare`, also by " in <first-level division or country>" without the comma ("The
    Aurangabad in Bihar is not to be confused")."""
    found = _IN_CONTAINER_AFTER_RE.match(text, end)
    if found is None or not (found.group(1) or bare):
        return False
    kinds = {"admin", "country"} if found.group(1) else {ADMIN1, "country"}
    words = found.group(2).split()
    for size in range(len(words), 0, -1):
        name = _POSSESSIVE_RE.sub("", " ".join(words[:size]))
        if known(name) & kinds:
            return True
    return False


def _before_its_container(
    doc: Doc, end: int, known: KnownKinds, kinds: frozenset[str] | set[str] = frozenset()
) -> bool:
    """The name is followed by ", <division or country>" ("Syracuse, New York")."""
    found = _CONTAINER_AFTER_RE.match(doc_text(doc), end)
    return found is not None and bool(known(found.group(1)) & (kinds or {"admin", "country"}))


def _hyphen_compound(doc: Doc, i: int) -> Span | None:
    """The hyphenated word that starts at token i ("Port-au-Prince"), when there is one."""
    j = i
    while j + 2 < len(doc) and doc[j + 1].text == "-" and _joined(doc, j):
        j += 2
    return doc[i : j + 1] if j > i else None


NON_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def _gazetteer_phrases(
    doc: Doc, known: KnownKinds, person_tokens: frozenset[str], taken: list[tuple[int, int]]
) -> list[_Segment]:
    """Capitalised phrases spaCy missed that the gazetteer knows and that sit in place context
    (or that name a division with its division word)."""
    found: list[_Segment] = []
    covered = [(s, e) for s, e in taken]
    entity_tokens = {
        i
        for ent in doc_entities(doc)
        if ent.label_ not in NON_NAME_LABELS  # "Cave Spring", its "Spring" tagged as a date
        for i in range(ent.start, ent.end)
    }
    titled = _word_flags(doc)[0]
    office_words = {doc.vocab.strings.add(word) for word in DIVISION_OFFICES}
    lowers = doc.to_array([LOWER]).ravel().tolist()
    offices = [i for i, lower in enumerate(lowers) if lower in office_words]
    i = 0
    while i < len(doc):
        if not titled[i] or (
            i in entity_tokens
            and not (
                any(i < k <= i + 3 for k in offices) and _division_before_office(doc, i, known)
            )
        ):
            i += 1
            continue
        token = doc[i]
        best: tuple[_Segment, int] | None = None
        compound = _hyphen_compound(doc, i)  # "Port-au-Prince": lowercase parts inside
        if (
            compound is not None
            and known(compound.text)
            and not entity_tokens & set(range(compound.start, compound.end))
        ):
            start, end = compound.start_char, compound.end_char
            if _saint_compound(compound.text) or _in_place_context(doc, start, end, known):
                best = (_Segment(compound.text, start, end), len(compound))
        office = None
        if not best and any(i < k <= i + 3 for k in offices):
            office = _division_before_office(doc, i, known)
        if office is not None:
            best = (_segment_of(office), len(office))
        for size in () if best else (4, 3, 2, 1):
            last = i + size - 1  # a name ends with a capitalised word outside the entities
            if last >= len(titled) or not titled[last] or last in entity_tokens:
                continue
            span = doc[i : i + size]
            if not _capitalised_name(span, entity_tokens):
                continue
            text = span_text(span)
            if _named_division(text, known):
                best = (_Segment(text, span.start_char, span.end_char), size)
                break
            joined = size > 2 and any(t.text in NAME_JOINERS for t in span)  # "Foz do Iguaçu"
            if (
                (token.is_sent_start or _opens_body(doc_text(doc), token.idx))
                and not joined
                and (token.is_stop or not _placed_after(doc, span.end_char, known))
            ):
                continue  # "Reading is ...", but "Syracuse, New York, and ..."
            if any(w.casefold() in person_tokens for w in text.split()) and not (
                known(text) and _located_there(doc, span.start_char, span.end_char, known)
            ):
                continue
            if i and doc[i - 1].text in CLUB_PREFIXES:
                continue  # "a new stadium for FC Sion": the club
            if _club_after(doc, i + size):
                continue  # "Reading FC said its stadium ...": the club
            if _after_an_office(doc, i):
                continue  # "General Secretary To Lam": a name the model missed
            if text.casefold() in ADDRESS_ABBREVIATIONS:
                continue  # "1935 Orchard St., Alexandria": a street, not Sète
            if _head_of_a_longer_name(doc, span):
                continue  # "welcomed them at the Arch of Galerius": a monument, not Arch
            if size == 1 and text.casefold().rstrip(".") in NOT_PLACE_WORDS:
                continue
            if text.casefold() in QUALIFIER_WORDS and _runs_on_into_a_name(
                doc, span.end, titled, entity_tokens
            ):
                continue  # "crossing the Western Ghats": "Western" opens a longer name
            if known(text) and _runs_into_a_known_name(doc, span.end, titled, entity_tokens, known):
                best = None  # "crossed the Sierra Nevada": two names run together are one
                i = _end_of_run(doc, span.end, titled, entity_tokens) - 1  # the gazetteer lacks
                break
            if known(text) and (
                joined or _in_place_context(doc, span.start_char, span.end_char, known)
            ):
                best = (_Segment(text, span.start_char, span.end_char), size)
                break
        if best and not _overlaps(covered, best[0].start, best[0].end):
            found.append(best[0])
            covered.append((best[0].start, best[0].end))
            i += best[1]
        else:
            i += 1
    return found


def _head_of_a_longer_name(doc: Doc, span: Span) -> bool:
    """A word after "the" that opens a name with "of" and a capitalised word ("the Arch of
    Galerius", "the Temple of Artemis"): the monument's name, not a town the word names."""
    if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    return bool(_OF_A_NAME_RE.match(doc_text(doc), span.end_char))


_OF_A_NAME_RE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _runs_into_a_known_name(
    doc: Doc, end: int, titled: list[bool], entity_tokens: AbstractSet[int], known: KnownKinds
) -> bool:
    """A known name runs on, with no comma, into another word the gazetteer knows, outside the
    model's entities ("the Sierra Nevada"): one longer name, not two places."""
    if not _runs_on_into_a_name(doc, end, titled, entity_tokens):
        return False
    return doc[end].is_alpha and bool(known(doc[end].text))


def _end_of_run(doc: Doc, end: int, titled: list[bool], entity_tokens: AbstractSet[int]) -> int:
    """The index after the capitalised words outside the entities that start at `end`."""
    while end < len(doc) and titled[end] and end not in entity_tokens:
        end += 1
    return end


def _runs_on_into_a_name(
    doc: Doc, end: int, titled: list[bool], entity_tokens: AbstractSet[int]
) -> bool:
    """The word after a phrase is capitalised in the same sentence and outside the model's
    entities, so the phrase may be the start of a longer name the gazetteer does not know."""
    if end >= len(doc) or not titled[end] or end in entity_tokens:
        return False
    return bool(doc[end - 1].whitespace_) and not doc[end].is_sent_start


def _opens_body(text: str, start: int) -> bool:
    """The word at `start` is the first after a dateline's dash ("FRIBOURG, Switzerland —
    Voters in Fribourg"): capitalised by its position, as a sentence's first word is, though
    the model does not start a sentence there."""
    dash = _DASH_BEFORE_RE.search(text, max(0, start - 4), start)
    if dash is None:
        return False
    line_break = text.rfind("\n", 0, dash.start())
    found = _DATELINE_RE.match(text, max(line_break, 0))
    return found is not None and dash.start() - found.end(1) <= DATELINE_TAIL


_DASH_BEFORE_RE = re.compile(r"(?:—|–|--|-)\s+$")


DATELINE_TAIL = 40  # ", Switzerland (Reuters) " between a dateline's town and its dash


# an office after the place it governs: "Nova Scotia Premier Tim Houston", "Texas Gov. Abbott"
DIVISION_OFFICES = frozenset("premier governor gov gov. lieutenant-governor".split())


def _division_before_office(doc: Doc, i: int, known: KnownKinds) -> Span | None:
    """A first-level division of one to three capitalised words at token i right before a
    capitalised office of a division's head ("Nova Scotia Premier Tim Houston", the model
    tagging "Nova" as a person): the office's place, not part of a name. Entities inside the
    words may not run past them."""
    for size in (3, 2, 1):
        end = i + size
        if end >= len(doc) or doc[end].lower_ not in DIVISION_OFFICES or not doc[end].is_title:
            continue
        span = doc[i:end]
        if not all(t.is_title and t.is_alpha for t in span) or doc[i].ent_iob_ == "I":
            continue
        if doc[end].ent_iob_ == "I" or ADMIN1 not in known(span.text):
            continue
        return span
    return None


# labels under which the model hides a town that opens a clause ("Pensacola had 4.8 inches")
OPENER_ENTITY_LABELS = frozenset({"PERSON", "ORG", "PRODUCT"})
# what a firm or a person does, not a town: "Nokia shares fell", "Sherman said", "Mason
# charged with"
_DOES_AFTER = (
    r"\s+(?:shares|stock|stocks|profits?|revenues?|earnings)\b|"
    r"(?:\s+(?:also|then|later|now|still|only|\w+ly))?\s+(?:said|says|told|added|asked|wrote|"
    r"argued|explained|noted|replied|recalled|charged|arrested|sentenced|pleaded|convicted|"
    r"indicted|resigns|resigned)\b"
)
_NOT_TOWN_AFTER_RE = re.compile(rf"(?:{_DOES_AFTER}|['’,])")
# and in the middle of a clause, where a comma may go on with a list: also a government, a
# school's graduates or a person's age ("the Clinton administration", "Parker, 8, has")
_TAGGED_NOT_TOWN_AFTER_RE = re.compile(
    rf"(?:{_DOES_AFTER}|\s+(?:administrations?|presidency|graduates?|alumni|alumnus)\b|"
    r",\s+(?:who|whose|\d{1,3},))"
)
# a verb or an adjective before its object or phrase: "Reading the figures", "Nice as it is"
# what follows a town and no person or firm, though it opens with a comma or a possessive:
# "Thames, at the foot of the Coromandel Peninsula, escaped", "Palmerston North's airport
# closed"
_PLACE_AFTER_RE = re.compile(
    r"(?:,\s+(?:at|on|near|by)\s+the\s+(?:foot|edge|mouth|head|tip|end|shores?|banks?|coast|"
    r"heart|confluence)\s+of\b|['’]s\s+(?:(?:international\s+)?airport|port|harbou?r|"
    r"city\s+cent(?:re|er)|downtown|outskirts|suburbs|streets|main\s+(?:road|street|square|"
    r"hospital|bridge)|(?:[\w-]+\s+)?(?:residents|farmers|growers|producers|vineyards|"
    r"wineries|fishermen|hospitals|schools|shops|factories|mines))\b|"  # "Mendoza's wine producers"
    r",\s+where\s)"  # "Marathon, where the Athenians beat the Persians"
)
# an apposition that calls it a settlement ("Hope, a village between Mold and Wrexham", "Spa,
# the resort that"; not "Smith, a city councillor"): a town even when a common word
_SETTLEMENT_AFTER_RE = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:city|town|village|hamlet|port|resort|suburb|"
    r"island|capital|municipality|borough|oasis)(?:,|\s+(?:that|which|where|whose|of|on|in|"
    r"near|between|at|by|outside|north|south|east|west|known|famous)\b)|"
    # or by its distance from the places of the story: "Salalah, 1,000 km to the south"
    r"(?:about\s+|some\s+|nearly\s+|roughly\s+)?\d[\d,.]*\s*(?:km|kilomet(?:re|er)s|miles)\s+"
    r"(?:to\s+the\s+)?(?:north|south|east|west|up|down|away|from|inland|along)"
    r"(?:-?(?:east|west))?)"
)
_NOT_TOWN_NEXT_WORDS = frozenset(
    "the a an this that these those his her their its our my your as of to on at with by "
    "for from up down out off it them him me us you".split()
)
CLAUSE_JOINERS = frozenset({"but", "while", "whereas", "and"})
MAX_FRONTED = 5  # "Farther inland, Montgomery reached": words of a fronted phrase


def _club_after(doc: Doc, end: int) -> bool:
    """The word at token `end` makes the name before it a club's ("Reading FC", "Oldham
    Athletic")."""
    return end < len(doc) and doc[end].text in CLUB_SUFFIXES | CLUB_INITIALS


def _clause_openers(
    doc: Doc,
    known: KnownKinds,
    person_tokens: frozenset[str],
    taken: list[tuple[int, int]],
    common: Callable[[str], bool],
) -> list[_Segment]:
    """Known towns that open a sentence or a clause with no cue ("Pensacola had 4.8 inches",
    "Farther inland, Montgomery reached 97", "but Houma saw flooding") and their list partner
    ("Gaya and Nawada reported"): tentative (OPENER_LABEL), never overlapping a mention. A
    common English word ("Reading", "Mobile") only for a large place; not a name the text
    also uses, elsewhere inside a clause, for no place ("about Lincoln", "Delta Air Lines")."""
    found: list[_Segment] = []
    starts = _clause_starts(doc)
    opening = {doc[i].idx for i in starts}
    people = [e for e in doc_entities(doc) if e.label_ == "PERSON" and len(e) > 1]
    for index in starts:
        if not _may_open_a_name(doc[index]):
            continue  # no town at `index` (see `_town_at`): skip the costly look-arounds
        # "In the Western Cape, George recorded": after a fronted place, a first name the text
        # gives a person elsewhere ("George Mahlangu") does not block the town; nor does a
        # person named only later ("Callan will get ... Paddy Callan, who chairs"): a surname
        # stands alone after the full name, not before it
        fronted = index > 0 and doc[index - 1].text == "," and _fronted_place(doc, index, taken)
        later = [(e.start_char, e.end_char) for e in people if e.start_char > doc[index].idx]
        named_later = {t.lower_ for e in people if e.start_char > doc[index].idx for t in e}
        named_before = {t.lower_ for e in people if e.start_char <= doc[index].idx for t in e}
        blocking = person_tokens - (named_later - named_before)
        span = _town_at(doc, index, known, frozenset() if fronted else blocking)
        if span is not None and _overlaps(taken, span.start_char, span.end_char):
            span = _partner_of(doc, span, known, person_tokens)  # found by another rule
            if span is not None:
                opening.add(span.start_char)
        while span is not None and not _overlaps(taken, span.start_char, span.end_char):
            if _club_after(doc, span.end):
                break  # "Reading FC said": the club
            if (
                _common_form(span.text.casefold(), common)
                and MAJOR not in known(span.text)
                and not _SETTLEMENT_AFTER_RE.match(doc_text(doc), span.end_char)
            ):
                break
            if _named_otherwise(doc, span, [*taken, *later], opening):
                break
            found.append(_segment_of(span))
            taken.append((span.start_char, span.end_char))
            span = _partner_of(doc, span, known, person_tokens)
            if span is not None:
                opening.add(span.start_char)
    return found


def _partner_of(
    doc: Doc, span: Span, known: KnownKinds, person_tokens: frozenset[str]
) -> Span | None:
    """The town or district joined to an opener by "and" ("Gaya and Nawada reported", "Sylhet
    and Sunamganj were worst hit")."""
    partner = span.end + 1
    if partner >= len(doc) or doc[span.end].lower_ != "and":
        return None
    return _town_at(doc, partner, known, person_tokens, PARTNER_KINDS)


def _fronted_place(doc: Doc, index: int, taken: list[tuple[int, int]]) -> bool:
    """The clause at token `index` follows a fronted phrase of place that opens its sentence
    with a preposition ("In the Western Cape, ...")."""
    first = _first_word(doc[index].sent)
    if doc[first].lower_ not in {"in", "at", "across", "near"}:
        return False
    return _overlaps(taken, doc[first].idx, doc[index - 1].idx)


def _named_otherwise(doc: Doc, span: Span, taken: list[tuple[int, int]], opening: set[int]) -> bool:
    """The name occurs elsewhere inside a clause and is no place there: a person, a firm, a
    name's first word ("Lincoln's profile", "Delta Air Lines")."""
    for found in re.finditer(r"\b" + re.escape(span.text) + r"\b", doc_text(doc)):
        at = found.start()
        if at != span.start_char and at not in opening and not _overlaps(taken, at, found.end()):
            return True
    return False


def _tagged_otherwise(doc: Doc, segment: _Segment, taken: list[tuple[int, int]]) -> bool:
    """The name occurs elsewhere inside an entity of the model's that is no place mention: a
    person's or a firm's name again, a storm's ("Hurricane Milton"); not a person's full name
    given only later ("Bowen escaped with heavy rain ... spokesman Tom Bowen said": news names
    a person in full first)."""
    for found in re.finditer(r"\b" + re.escape(segment.text) + r"\b", doc_text(doc)):
        at = found.start()
        if at == segment.start or _overlaps(taken, at, found.end()):
            continue
        span = doc.char_span(at, found.end(), alignment_mode="expand")
        if span is None or not any(t.ent_type_ for t in span):
            continue
        later_person = at > segment.start and span[0].ent_type_ == "PERSON"
        if not (later_person and _in_full_name(span[0])):
            return True
    return False


def _in_full_name(token: Token) -> bool:
    """The token is a word of a person's name of two words or more."""
    if token.ent_type_ != "PERSON":
        return False
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start > 1


def _named_person_before(doc: Doc, ent: Span) -> bool:
    """A person's name of two words or more sharing a word with the entity starts before it."""
    first = doc.user_data.get(_FIRST_NAMED_KEY)
    if not isinstance(first, dict):
        first = {}
        for other in doc_entities(doc):
            if other.label_ == "PERSON" and len(other) > 1:
                for token in other:
                    first.setdefault(token.lower_, other.start)
        doc.user_data[_FIRST_NAMED_KEY] = first
    return any(first.get(t.lower_, ent.start) < ent.start for t in ent)


_FIRST_NAMED_KEY = "geo.first_named"  # a word of a person's full name -> its first token


def _clause_starts(doc: Doc) -> list[int]:
    """Token indices that open a sentence, a clause after ", but", or the main clause after a
    short fronted phrase ("Farther inland, ...")."""
    starts = []
    is_comma = doc.to_array(ORTH) == doc.vocab.strings[","]
    for sent in doc.sents:
        first = _first_word(sent)
        starts.append(first)
        commas = [int(i) + sent.start for i in is_comma[sent.start : sent.end].nonzero()[0]]
        if commas and commas[0] - first <= MAX_FRONTED and commas[0] + 1 < sent.end:
            starts.append(commas[0] + 1)
        starts.extend(
            i + 2 for i in commas if i + 2 < sent.end and doc[i + 1].lower_ in CLAUSE_JOINERS
        )
    return starts


PARTNER_KINDS = frozenset({"city", "admin"})


def _may_open_a_name(token: Token) -> bool:
    """A capitalised word of letters, no stop word: each word of a town `_town_at` finds."""
    return token.is_title and token.is_alpha and not token.is_stop


def _town_at(
    doc: Doc,
    index: int,
    known: KnownKinds,
    person_tokens: frozenset[str],
    kinds: frozenset[str] = frozenset({"city"}),
) -> Span | None:
    """The known town (or place of `kinds`) of one to three capitalised words at token
    `index`, the whole name there (no capitalised word after it), outside the model's places,
    and no person's or firm's."""
    for size in (3, 2, 1):
        span = doc[index : index + size]
        following = doc[span.end] if span.end < len(doc) else None
        if len(span) < size or (following is not None and following.is_title):
            continue
        if not all(_may_open_a_name(t) for t in span):
            continue
        if following is not None and following.lower_ in _NOT_TOWN_NEXT_WORDS:
            return None
        if any(t.ent_type_ and t.ent_type_ not in OPENER_ENTITY_LABELS for t in span):
            continue
        words = [t.lower_ for t in span]
        text = doc_text(doc)
        settlement = _SETTLEMENT_AFTER_RE.match(text, span.end_char) is not None
        if any(w in person_tokens for w in words):
            continue
        if size == 1 and _common_word(words[0]) and not settlement:
            continue
        if (
            _NOT_TOWN_AFTER_RE.match(text, span.end_char)
            and not (settlement or _PLACE_AFTER_RE.match(text, span.end_char))
        ) or _PLAYER_AFTER_RE.match(text, span.end_char):
            return None
        if known(span.text) & kinds and not _sports_side(doc, _segment_of(span)):
            return span
    return None


# offices before a person's name ("Prime Minister Shigeru Ishiba")
OFFICE_WORDS = frozenset(
    "minister secretary president governor mayor senator chairman chairwoman chancellor premier "
    "king queen emperor prince princess pope general ambassador envoy".split()
)


def _after_an_office(doc: Doc, start: int) -> bool:
    """Whether the capitalised words running up to `start` hold an office ("General Secretary
    To Lam"): what follows is the holder's name, not a place."""
    i = start - 1
    while i >= 0 and doc[i].is_title and not doc[i + 1].is_sent_start:
        if doc[i].lower_ in OFFICE_WORDS:
            return True
        i -= 1
    return False


# lower-case words inside place names: "Rio Grande do Sul", "Newcastle upon Tyne"
NAME_JOINERS = frozenset("do da dos das de del della di du des upon am y".split())


# an Arabic article joined by a hyphen to the word after it: "Deir ez-Zor", "Ras al-Khaimah"
ARTICLES_BEFORE_HYPHEN = frozenset("al el ez es ed ad ar as an en ash az".split())


def _capitalised_name(span: Span, entity_tokens: set[int]) -> bool:
    """Words outside the model's entities, each capitalised or (inside) a joining word."""
    last = len(span) - 1
    return not any(
        t.i in entity_tokens or not (t.is_title or (0 < k < last and _joining(t)))
        for k, t in enumerate(span)
    )


def _joining(token: Token) -> bool:
    """A lower-case word or hyphen that joins the parts of a name ("do", the "ez-" of "Deir
    ez-Zor")."""
    if token.text in NAME_JOINERS:
        return True
    doc = token.doc
    if token.text in ARTICLES_BEFORE_HYPHEN:
        return token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_
    if token.text == "-" and token.i > 0 and not token.whitespace_:
        return doc[token.i - 1].text in ARTICLES_BEFORE_HYPHEN and not doc[token.i - 1].whitespace_
    return False


UNCASED_PLACE_KINDS = frozenset({"country", MAJOR})
# quick tests for text worth the sentence-by-sentence look: three words in capitals in a row,
# or a line or sentence opening in lower case
_SHOUTING_RE = re.compile(r"\b[A-Z]{2,}\W+[A-Z]{2,}\W+[A-Z]{2,}\b")
_WHISPERING_RE = re.compile(r"(?:^|\n|[.!?]\s)\s*[a-z]")
# nouns that are also large cities' names, which the adjective and verb tables do not catch
UNCASED_NOUNS = frozenset(
    "independence providence concord paradise enterprise victoria mesa derby bath sale hull "
    "chester wells liberty union harmony hope".split()
)
# before a name in text without capitals: "flood warnings for york and leeds"
UNCASED_CUES = PLACE_PREPOSITIONS | {"for", "and", "of", "nears", "hits", "on"}


def _uncased_places(
    doc: Doc,
    known: KnownKinds,
    common: Callable[[str], bool],
    mentions: list[Mention],
    taken: list[tuple[int, int]],
) -> list[_Segment]:
    """Places in a sentence written all in capitals or all in lower case, where the model
    finds no names: a name already found elsewhere in the text, or a country, first-level
    division or large city that is no common English word ("MANILA", "york and leeds")."""
    text = doc_text(doc)
    if not (_SHOUTING_RE.search(text) or _WHISPERING_RE.search(text)):
        return []
    found_names = {m.text.casefold() for m in mentions}
    found: list[_Segment] = []
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha and len(t) > 1]
        shouting = len(words) >= 3 and all(t.is_upper for t in words)
        whispering = len(words) >= 4 and all(t.is_lower for t in words)
        if not (shouting or whispering):
            continue
        i = sent.start
        while i < sent.end:
            size = _uncased_name_at(doc, i, sent.end, known, common, found_names, whispering)
            span = doc[i : i + size] if size else None
            if span is not None and not _overlaps(taken, span.start_char, span.end_char):
                found.append(_segment_of(span))
                taken.append((span.start_char, span.end_char))
            i += size or 1
    return found


def _uncased_name_at(
    doc: Doc,
    i: int,
    end: int,
    known: KnownKinds,
    common: Callable[[str], bool],
    found_names: set[str],
    whispering: bool,
) -> int:
    """The length in tokens of the place name starting at token i, or 0."""
    if whispering and (i == 0 or doc[i - 1].lower_ not in UNCASED_CUES):
        return 0
    for size in (3, 2, 1):
        span = doc[i : i + size]
        if span.end > end or not all(t.is_alpha for t in span):
            continue
        text = span.text.casefold()
        if text in found_names:
            return size
        if len(text) < 4 or text in UNCASED_NOUNS:
            continue
        if any(t.is_stop or _common_form(t.lower_, common) for t in span):
            continue
        if known(span.text) & UNCASED_PLACE_KINDS:
            return size
    return 0


def _common_form(word: str, common: Callable[[str], bool]) -> bool:
    """The word or its stem is a common English word ("reading", "split", "mobile")."""
    stems = [word]
    for suffix, endings in (("ing", ("", "e")), ("ed", ("", "e")), ("s", ("",))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stems.extend(word[: -len(suffix)] + ending for ending in endings)
    return any(common(stem) for stem in stems)
