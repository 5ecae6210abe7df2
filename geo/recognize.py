"""Find place mentions: spaCy entities cleaned up, re-typed and filtered with the gazetteer."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from geo.models import Mention, Section
from geo.sections import section_at

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RETYPE_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
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
        "through",
        "outside",
        "inside",
        "around",
        "visit",
        "visited",
        "visiting",
        "visits",
        "leave",
        "left",
        "leaving",
        "reach",
        "reached",
        "enter",
        "entered",
        "entering",
    }
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
    }
)
DIRECTION_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "president", "minister", "leader", "prime", "king", "queen", "sir"}
)
_POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|’)$")
_SEGMENT_RE = re.compile(r"[^\n•|·]+")


@dataclass(frozen=True)
class _Segment:
    text: str
    start: int
    end: int


KnownKinds = Callable[[str], frozenset[str]]
"""The kinds of gazetteer places carrying a name (empty when the name is unknown)."""
CONTEXT_FREE_KINDS = frozenset({"country", "landmark"})


def recognise(doc: Doc, sections: list[Section], known: KnownKinds) -> list[Mention]:
    """Place mentions in a parsed document, in text order, without overlaps."""
    person_tokens = _person_name_tokens(doc.ents)
    mentions: list[Mention] = []
    for ent in doc.ents:
        for segment in _clean_segments(ent):
            if _is_place(ent, segment, doc, known, person_tokens):
                section = section_at(sections, segment.start).kind
                mentions.append(
                    Mention(segment.text, segment.start, segment.end, ent.label_, section)
                )
    taken = [(m.start, m.end) for m in mentions]
    for segment in _gazetteer_phrases(doc, known, person_tokens, taken):
        section = section_at(sections, segment.start).kind
        mentions.append(Mention(segment.text, segment.start, segment.end, "GAZ", section))
    return sorted(mentions, key=lambda m: m.start)


def _person_name_tokens(ents: Iterable[Span]) -> frozenset[str]:
    """Tokens of multi-word person names (Kim Jong Un -> kim, jong, un)."""
    tokens: set[str] = set()
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and "\n" not in ent.text:
            tokens.update(t.text.casefold() for t in ent if t.is_alpha)
    return frozenset(tokens)


def _clean_segments(ent: Span) -> list[_Segment]:
    """Split an entity at line breaks and bullets; strip 'the' and possessives."""
    segments = []
    for match in _SEGMENT_RE.finditer(ent.text):
        raw = match.group(0)
        text = raw.strip()
        if not text:
            continue
        start = ent.start_char + match.start() + (len(raw) - len(raw.lstrip()))
        if text.casefold().startswith("the "):
            start += 4
            text = text[4:].lstrip()
        stripped = _POSSESSIVE_RE.sub("", text).rstrip()
        if len(stripped) < 2 or not any(ch.isalpha() for ch in stripped):
            continue
        segments.append(_Segment(stripped, start, start + len(stripped)))
    return segments


def _is_place(
    ent: Span, segment: _Segment, doc: Doc, known: KnownKinds, person_tokens: frozenset[str]
) -> bool:
    words = segment.text.casefold().split()
    if segment.text.casefold() in DIRECTION_WORDS or not words:
        return False
    if ent.label_ in PLACE_LABELS:
        return not (len(words) == 1 and words[0] in person_tokens and not known(segment.text))
    kinds = known(segment.text)
    if ent.label_ not in RETYPE_LABELS or not kinds:
        return False
    if any(word in person_tokens for word in words):
        return False
    if ent.label_ == "ORG" and kinds & CONTEXT_FREE_KINDS and segment.text[:1].isupper():
        return True
    return _in_place_context(doc, segment.start, segment.end)


def _preceding_words(doc: Doc, start: int, count: int = 3) -> list[str]:
    text = doc.text[max(0, start - 60) : start]
    return re.findall(r"[\w’']+", text.casefold())[-count:]


def _in_place_context(doc: Doc, start: int, end: int) -> bool:
    """Preceded by a place preposition or place noun ("in X", "city of X"), or followed by
    ", <Place>" as in "Paris, Texas"."""
    before = _preceding_words(doc, start)
    if before and before[-1] in PLACE_PREPOSITIONS:
        return True
    if len(before) >= 2 and before[-1] == "of" and before[-2] in PLACE_NOUNS:
        return True
    if before and before[-1] in HONORIFICS:
        return False
    after = doc.text[end : end + 3]
    return after.startswith(", ") and end + 2 < len(doc.text) and doc.text[end + 2].isupper()


def _gazetteer_phrases(
    doc: Doc, known: KnownKinds, person_tokens: frozenset[str], taken: list[tuple[int, int]]
) -> list[_Segment]:
    """Capitalised phrases spaCy missed that the gazetteer knows and that sit in place context."""
    found: list[_Segment] = []
    covered = [(s, e) for s, e in taken]
    entity_tokens = {t.i for ent in doc.ents for t in ent}
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in entity_tokens or not token.is_title or token.is_sent_start:
            i += 1
            continue
        best: tuple[_Segment, int] | None = None
        for size in (4, 3, 2, 1):
            span = doc[i : i + size]
            if len(span) < size or any(t.i in entity_tokens or not t.is_title for t in span):
                continue
            text = span.text
            if any(w.casefold() in person_tokens for w in text.split()):
                continue
            if known(text) and _in_place_context(doc, span.start_char, span.end_char):
                best = (_Segment(text, span.start_char, span.end_char), size)
                break
        if best and not any(s < best[0].end and best[0].start < e for s, e in covered):
            found.append(best[0])
            covered.append((best[0].start, best[0].end))
            i += best[1]
        else:
            i += 1
    return found
