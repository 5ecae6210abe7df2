"""Choose, for each place mention, the gazetteer entry it most likely means."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from geo.models import Candidate, Mention, Place
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
    "region": 0.8,
    "water": 0.8,
    "landmark": 2.4,  # only curated (data/supplement.csv): notable by selection
    "city": 0.0,
    "other": -0.2,
}
LABEL_KIND_BONUS = {("LOC", "region"), ("LOC", "water"), ("FAC", "landmark"), ("ORG", "landmark")}
FEATURE_PRIOR = {"PPLC": 0.8, "PPLA": 0.3, "PPLG": 0.3, "PPLA2": 0.1, "PCLI": 0.2}
COUNTRY_COHERENCE = 0.9
ADMIN_COHERENCE = 0.6
CONTAINMENT_BONUS = 3.0
ANCHOR_CONFIDENCE = 0.5
NEAR_KM = 200.0
REGION_KM = 600.0
NEAR_BONUS = 0.9
ANCHOR_IN_ADMIN_BONUS = 1.2
TEMPERATURE = 0.5  # fitted by `geo eval --calibrate` (2-fold CV on LGL; GWN gave 0.4)
MAX_ALTERNATIVES = 5
_CONTAINER_RE = re.compile(r"^(?:,\s*|\s+in\s+)")


@dataclass(frozen=True)
class _Anchor:
    key: str
    lat: float
    lon: float
    country_code: str
    admin1: str


@dataclass(frozen=True)
class _Context:
    countries: frozenset[str]
    admins: frozenset[tuple[str, str]]
    local_country: str = ""
    anchors: tuple[_Anchor, ...] = ()  # towns the document is sure of


def resolve(
    text: str,
    mentions: Sequence[Mention],
    candidates_for: CandidateSource,
    corrections: Mapping[str, Candidate] | None = None,
    demonym_of: DemonymSource | None = None,
) -> list[Place]:
    """Resolve mentions with name-match, population and kind priors plus document coherence."""
    corrections = corrections or {}
    pools = [candidates_for(m) for m in mentions]
    empty = _Context(frozenset(), frozenset())
    first = [_rank(m, pool, empty, None) for m, pool in zip(mentions, pools, strict=True)]
    contexts = {
        section: _document_context([p for p in first if p.mention.section == section])
        for section in {m.section for m in mentions}
    }
    places = []
    for index, (mention, pool) in enumerate(zip(mentions, pools, strict=True)):
        corrected = corrections.get(normalise(mention.text))
        if corrected is not None:
            places.append(Place(mention, corrected, 1.0, tuple(pool[:MAX_ALTERNATIVES]), True))
            continue
        container = _container_of(text, mentions, index, first)
        own = _without_self(contexts[mention.section], first[index])
        own = replace(
            own, anchors=tuple(a for a in own.anchors if a.key != normalise(mention.text))
        )
        if demonym_of is not None:
            own = replace(own, local_country=_local_country(text, mention, demonym_of))
        places.append(_rank(mention, pool, own, container))
    return places


def _rank(
    mention: Mention, pool: list[Candidate], context: _Context, container: Candidate | None
) -> Place:
    if not pool:
        return Place(mention, None, 0.0, ())
    # a multi-word name (not an abbreviated spelling such as "St. Petersburg") that is some
    # place's own name
    translated = (
        " " in mention.text and "." not in mention.text and any(c.match == "primary" for c in pool)
    )
    scored = sorted(
        (
            replace(c, score=round(_score(mention, c, context, container, translated), 4))
            for c in pool
        ),
        key=lambda c: c.score,
        reverse=True,
    )
    weights = [math.exp((c.score - scored[0].score) / TEMPERATURE) for c in scored]
    confidence = weights[0] / sum(weights)
    return Place(mention, scored[0], round(confidence, 3), tuple(scored[1 : 1 + MAX_ALTERNATIVES]))


def _score(
    mention: Mention,
    candidate: Candidate,
    context: _Context,
    container: Candidate | None,
    translated: bool = False,
) -> float:
    """`translated`: the phrase is some place's own name, so a big city that merely lists it
    among its alternate names (a translation: "White House" for Casablanca) gets half the
    population weight."""
    decades = math.log10(1 + max(candidate.population, 0))
    if candidate.kind == "admin":
        decades = max(decades - 1, 0)
    if translated and candidate.match == "alternate":
        decades /= 2
    score = 2.0 * MATCH_WEIGHT.get(candidate.match, 0.5) + POPULATION_WEIGHT * decades
    score += KIND_PRIOR.get(candidate.kind, 0.0)
    score += FEATURE_PRIOR.get(candidate.feature_code, 0.0)
    if (mention.label, candidate.kind) in LABEL_KIND_BONUS:
        score += 0.3
    if candidate.kind != "country" and _country_in_context(candidate.country_code, context):
        score += COUNTRY_COHERENCE
    if (candidate.country_code, candidate.admin1) in context.admins and candidate.kind != "admin":
        score += ADMIN_COHERENCE
    score += _proximity_bonus(candidate, context.anchors)
    if candidate.match == "code" and not mention.text.replace(".", "").isupper():
        score -= 3.0  # "Ind." is Indiana, not India's ISO code
    if container is not None and _inside(candidate, container):
        score += CONTAINMENT_BONUS
    if context.local_country and candidate.country_code == context.local_country:
        score += LOCAL_COUNTRY_BONUS
    return score


def _country_in_context(code: str, context: _Context) -> bool:
    """Named in the document as a country or division, or holding a town it is sure of."""
    return code in context.countries or any(a.country_code == code for a in context.anchors)


def _local_country(text: str, mention: Mention, demonym_of: DemonymSource) -> str:
    """A demonym just before the mention, in the same clause: "the Russian border city of"."""
    window = text[max(0, mention.start - 40) : mention.start]
    window = re.split(r"[.;:\n]", window)[-1]
    for word in reversed(re.findall(r"[A-Z][a-z]+", window)):
        code = demonym_of(word)
        if code:
            return code
    return ""


def _proximity_bonus(candidate: Candidate, anchors: Sequence[_Anchor]) -> float:
    """Towns near the other places the document is sure of are the likelier reading; so is
    the division that holds them."""
    if not anchors:
        return 0.0
    if candidate.kind == "admin":
        inside = any(
            (a.country_code, a.admin1) == (candidate.country_code, candidate.admin1)
            for a in anchors
        )
        return ANCHOR_IN_ADMIN_BONUS if inside else 0.0
    if candidate.kind not in {"city", "landmark", "other"}:
        return 0.0
    nearest = min(_km(candidate.lat, candidate.lon, a.lat, a.lon) for a in anchors)
    if nearest <= NEAR_KM:
        return NEAR_BONUS
    if nearest <= REGION_KM:
        return NEAR_BONUS / 2
    return 0.0


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


def _document_context(places: Sequence[Place]) -> _Context:
    """Countries and first-level divisions that the document names with some confidence."""
    countries = set()
    admins = set()
    anchors = []
    for place in places:
        chosen = place.chosen
        if chosen is None or place.confidence < 0.5:
            continue
        if chosen.kind in {"city", "landmark"} and place.confidence >= ANCHOR_CONFIDENCE:
            anchors.append(
                _Anchor(
                    normalise(place.mention.text),
                    chosen.lat,
                    chosen.lon,
                    chosen.country_code,
                    chosen.admin1,
                )
            )
        if chosen.kind == "country":
            countries.add(chosen.country_code)
        elif chosen.kind == "admin":
            countries.add(chosen.country_code)
            admins.add((chosen.country_code, chosen.admin1))
    # one anchor per distinct town: a name repeated a thousand times is still one town
    return _Context(frozenset(countries), frozenset(admins), anchors=tuple(dict.fromkeys(anchors)))


def _without_self(context: _Context, place: Place) -> _Context:
    """A mention must not vote for its own reading (Georgia the state vs the country)."""
    chosen = place.chosen
    if chosen is None or chosen.kind not in {"country", "admin"}:
        return context
    return replace(
        context,
        countries=context.countries - {chosen.country_code},
        admins=context.admins - {(chosen.country_code, chosen.admin1)},
    )


def _container_of(
    text: str, mentions: Sequence[Mention], index: int, first: Sequence[Place]
) -> Candidate | None:
    """The country or division named right after a mention: "Paris, Texas", "Perth in Scotland"."""
    if index + 1 >= len(mentions):
        return None
    mention, following = mentions[index], mentions[index + 1]
    gap = text[mention.end : following.start]
    if len(gap) > 5 or not _CONTAINER_RE.match(gap):
        return None
    chosen = first[index + 1].chosen
    if chosen is not None and chosen.kind in {"country", "admin"}:
        return chosen
    return None
