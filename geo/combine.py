"""Stories across articles: several parsed articles about one trip combined into one story.

The combined story has one text, each article under a header line `[id] title`, one after the
other (`Story.parts` says where each sits), and every offset indexes that text. An event that
several articles report is one event: events are merged when they are of the same type, share an
actor (the same person under a shorter name too: "Kim" and "Kim Jong Un"), happen at the same place
(the same gazetteer entry, or within `SAME_PLACE_KM`) and on compatible dates (the same day, or a
day inside a month, week or year that another article gives). Each merged event keeps every
sentence that reported it (`Event.sources`). Routes and meetings are then rebuilt from the merged
events, so a stop told in a later article's flashback takes its place in time.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from geo.errors import InputError
from geo.gazetteer import haversine_km
from geo.inputs import document_id
from geo.models import Document, Event, Mention, Part, Place, Source, Story
from geo.names import normalise
from geo.routes import build_meetings, build_routes

if TYPE_CHECKING:
    from geo.models import Candidate
    from geo.pipeline import Pipeline
    from geo.store import Store

__all__ = [
    "SAME_PLACE_KM",
    "canonical_actors",
    "combine",
    "combine_stored",
    "merge_events",
    "parse_combined",
    "part_documents",
    "reparse",
]

SAME_PLACE_KM = 25.0  # two resolved places closer than this are one place
TITLE_CHARS = 200
_WEAK_ROLES = frozenset({"", "location"})  # a place that is only "there" takes another's role


def combine(stories: Sequence[Story], *, title: str = "", story_id: str = "") -> Story:
    """One story from several (single or already combined): the articles' texts one after the
    other, their places, their events merged across articles, and routes and meetings rebuilt.

    Articles are laid out by publication date (undated last, otherwise in the given order); an
    article that two inputs share (same id and text) is taken once. The story is published on the
    latest article's date; `title` defaults to the articles' titles joined.
    """
    if not stories:
        raise InputError("nothing to combine: give at least one story")
    layout = _Layout(stories)
    places: list[Place] = []
    events: list[Event] = []
    for index, story in enumerate(stories):
        moved: dict[int, Place] = {}
        for place in story.places:
            shifted = layout.place(index, place)
            if shifted is not None:
                moved[id(place)] = shifted
                places.append(shifted)
        for event in story.events:
            shifted_event = layout.event(index, event, moved)
            if shifted_event is not None:
                events.append(shifted_event)
    places.sort(key=lambda p: p.mention.start)  # text order (stable within a sentence)
    events.sort(key=lambda e: e.start)
    canon = canonical_actors(a for e in events for a in e.actors)
    events = merge_events(
        [replace(e, actors=tuple(dict.fromkeys(canon.get(a, a) for a in e.actors))) for e in events]
    )
    published = max((p.published for p in layout.parts if p.published), default=None)
    meetings = build_meetings(events, published, places)
    routes = build_routes(events, published, meetings)
    text = layout.text
    document = Document(
        id=story_id or document_id(text),
        text=text,
        title=title.strip() or _title(layout.parts),
        published=published,
        source="; ".join(dict.fromkeys(p.source for p in layout.parts if p.source)),
    )
    return Story(document, places, events, routes, meetings, list(layout.parts))


def part_documents(story: Story) -> list[Document]:
    """The documents a story is made of: its parts' texts, or the story's own document."""
    if not story.parts:
        return [story.document]
    text = story.document.text
    return [
        Document(p.id, text[p.start : p.end], p.title, p.published, p.source) for p in story.parts
    ]


def parse_combined(
    pipeline: Pipeline,
    documents: Iterable[Document],
    corrections: Mapping[str, Candidate] | None = None,
    *,
    title: str = "",
    story_id: str = "",
) -> Story:
    """Parse each document (with the workspace's place corrections) and combine the stories."""
    stories = list(pipeline.parse_many(documents, corrections))
    return combine(stories, title=title, story_id=story_id)


def reparse(
    pipeline: Pipeline, story: Story, corrections: Mapping[str, Candidate] | None = None
) -> Story:
    """Parse a story's text again: each document of a combined story on its own, then combined
    again under the same id and title (the layout, hence every offset, stays the same)."""
    if not story.parts:
        return pipeline.parse(story.document, corrections)
    return parse_combined(
        pipeline,
        part_documents(story),
        corrections,
        title=story.document.title,
        story_id=story.document.id,
    )


def combine_stored(store: Store, story_ids: Sequence[str], title: str = "") -> str:
    """Combine stored stories (as corrected) into a new stored story; returns its id."""
    unique = list(dict.fromkeys(story_ids))
    if len(unique) < 2:
        raise InputError("choose at least two stories to combine")
    return store.save_story(combine([store.load_story(i) for i in unique], title=title))


# --- actors ------------------------------------------------------------------------------------


def canonical_actors(names: Iterable[str]) -> dict[str, str]:
    """Each actor name -> the name to use for it across articles: the fullest name that begins
    or ends with it ("Kim" -> "Kim Jong Un", "Wong" -> "Penny Wong") when exactly one fits, else
    its own; names equal but for case, accents and punctuation become one (the first seen)."""
    names = list(names)
    shown: dict[str, str] = {}
    for name in names:
        key = normalise(name)
        if key:
            shown.setdefault(key, name)
    words = {key: tuple(key.split()) for key in shown}
    by_edge: dict[str, list[str]] = {}  # first or last word -> the names, longest first
    target: dict[str, str] = {}
    for key in sorted(shown, key=lambda k: len(words[k]), reverse=True):
        longer = {
            k
            for k in by_edge.get(words[key][0], []) + by_edge.get(words[key][-1], [])
            if len(words[k]) > len(words[key]) and _ends(words[k], words[key])
        }
        fullest = {target[k] for k in longer}
        target[key] = fullest.pop() if len(fullest) == 1 else key
        for edge in {words[key][0], words[key][-1]}:
            by_edge.setdefault(edge, []).append(key)
    return {name: shown[target[normalise(name)]] for name in names if normalise(name)}


def _ends(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """The shorter name's words begin or end the longer name."""
    n = len(shorter)
    return longer[:n] == shorter or longer[-n:] == shorter


# --- layout: the articles' texts one after the other ------------------------------------------


class _Layout:
    """Where each input story's articles sit in the combined text, and offsets moved there."""

    def __init__(self, stories: Sequence[Story]) -> None:
        found = [(i, part) for i, story in enumerate(stories) for part in _parts(story)]
        found.sort(key=lambda pair: pair[1].published is None)  # stable: undated last
        found.sort(key=lambda pair: pair[1].published or date.max)
        pieces: list[str] = []
        offset = 0
        seen: dict[tuple[str, str], str] = {}
        taken: set[str] = set()
        self.parts: list[Part] = []
        # per input story: (old start, old end, new start, new part id), in old-offset order
        self._moves: dict[int, list[tuple[int, int, int, str]]] = {
            i: [] for i in range(len(stories))
        }
        for index, part in found:
            text = stories[index].document.text[part.start : part.end]
            if (part.id, text) in seen:  # the same article twice: taken once
                continue
            new_id = _unique_id(part.id, taken)
            seen[(part.id, text)] = new_id
            header = f"[{new_id}] {part.title}".rstrip() + "\n"
            start = offset + len(header)
            self.parts.append(replace(part, id=new_id, start=start, end=start + len(text)))
            self._moves[index].append((part.start, part.end, start, new_id))
            piece = header + text + "\n\n"
            pieces.append(piece)
            offset += len(piece)
        for moves in self._moves.values():
            moves.sort()
        self.text = "".join(pieces)

    def _where(self, index: int, offset: int) -> tuple[int, str] | None:
        """The new offset and article id of an offset of input story `index`."""
        for old_start, old_end, new_start, part_id in self._moves[index]:
            if old_start <= offset <= old_end:
                return new_start + offset - old_start, part_id
        return None

    def _mention(self, index: int, mention: Mention) -> Mention | None:
        where = self._where(index, mention.start)
        if where is None:
            return None
        return replace(mention, start=where[0], end=where[0] + mention.end - mention.start)

    def place(self, index: int, place: Place) -> Place | None:
        mention = self._mention(index, place.mention)
        return None if mention is None else replace(place, mention=mention)

    def event(self, index: int, event: Event, moved: Mapping[int, Place]) -> Event | None:
        """The event with its offsets, place and sources moved; None when its article was
        dropped as a repeat."""
        own = event.sources or (Source("", event.sentence, event.start, event.end),)
        sources = []
        for source in own:
            where = self._where(index, source.start)
            if where is not None:
                start, part_id = where
                sources.append(
                    Source(part_id, source.sentence, start, start + source.end - source.start)
                )
        if not sources:
            return None
        place = event.place
        if place is not None:
            place = moved.get(id(place)) or self.place(index, place)
        first = sources[0]
        return replace(
            event,
            place=place,
            start=first.start,
            end=first.end,
            sentence=first.sentence,
            sources=tuple(sources),
        )


def _parts(story: Story) -> list[Part]:
    if story.parts:
        return story.parts
    doc = story.document
    return [Part(doc.id, doc.title, doc.published, doc.source, 0, len(doc.text))]


def _unique_id(wanted: str, taken: set[str]) -> str:
    """The article's own id, or with a -2, -3... when another article has it already."""
    base = wanted or "doc"
    found, n = base, 1
    while found in taken:
        n += 1
        found = f"{base}-{n}"
    taken.add(found)
    return found


def _title(parts: Sequence[Part]) -> str:
    titles = [p.title or p.id for p in parts]
    joined = " + ".join(dict.fromkeys(titles))
    return joined if len(joined) <= TITLE_CHARS else joined[: TITLE_CHARS - 1] + "…"


# --- merging events ----------------------------------------------------------------------------


def merge_events(events: Sequence[Event]) -> list[Event]:
    """Events that report the same thing made one (see the module's docstring), in the order of
    their first report; each keeps the sources of all."""
    merged: list[Event] = []
    by_actor: dict[tuple[str, str, str], list[int]] = {}
    for event in events:
        keys = [(event.event_type, event.section, normalise(a)) for a in event.actors]
        candidates = sorted({i for key in keys for i in by_actor.get(key, [])})
        home = next((i for i in candidates if _same(merged[i], event)), None)
        if home is None:
            home = len(merged)
            merged.append(event)
        else:
            merged[home] = _merged(merged[home], event)
        for key in [(event.event_type, event.section, normalise(a)) for a in merged[home].actors]:
            if home not in by_actor.setdefault(key, []):
                by_actor[key].append(home)
    return merged


def _same(a: Event, b: Event) -> bool:
    """Same type, a shared actor, the same place, compatible roles and dates."""
    if a.event_type != b.event_type or a.section != b.section:
        return False
    if not {normalise(x) for x in a.actors} & {normalise(x) for x in b.actors}:
        return False
    if a.role != b.role and not {a.role, b.role} & _WEAK_ROLES:
        return False
    if a.place is None or b.place is None:
        # without a place, only the same action on the same known day
        return (
            a.place is None
            and b.place is None
            and a.action.casefold() == b.action.casefold()
            and a.date is not None
            and a.date == b.date
            and a.date_precision == b.date_precision == "day"
        )
    return _same_place(a.place, b.place) and _dates_overlap(a, b)


def _same_place(a: Place, b: Place) -> bool:
    x, y = a.chosen, b.chosen
    if x is None or y is None:
        return x is None and y is None and normalise(a.mention.text) == normalise(b.mention.text)
    if x.geonames_id is not None and x.geonames_id == y.geonames_id:
        return True
    if x.kind != y.kind and "country" in (x.kind, y.kind):
        return False  # a country and a city in it are not one place, however near
    return haversine_km(x.lat, x.lon, y.lat, y.lon) <= SAME_PLACE_KM


def _span(event: Event) -> tuple[date, date] | None:
    """The days the event's date stands for: one day, a week, a month or a year."""
    when, precision = event.date, event.date_precision
    if when is None:
        return None
    if precision == "range":
        return when, when + timedelta(days=6)
    if precision == "month":
        return when.replace(day=1), when.replace(day=calendar.monthrange(when.year, when.month)[1])
    if precision == "year":
        return date(when.year, 1, 1), date(when.year, 12, 31)
    return when, when


def _dates_overlap(a: Event, b: Event) -> bool:
    """An undated report fits any date; dated reports must share a day."""
    x, y = _span(a), _span(b)
    return x is None or y is None or (x[0] <= y[1] and y[0] <= x[1])


def _merged(base: Event, other: Event) -> Event:
    """`base` with the other report's sources, actors, a more precise date and a movement role."""
    sources = tuple({(s.document, s.start): s for s in (*base.sources, *other.sources)}.values())
    actors = tuple(dict.fromkeys((*base.actors, *other.actors)))
    merged = replace(base, sources=sources, actors=actors)
    if _narrower(other, base):
        merged = replace(
            merged,
            date=other.date,
            date_text=other.date_text,
            date_precision=other.date_precision,
        )
    if base.role in _WEAK_ROLES and other.role not in _WEAK_ROLES:
        merged = replace(merged, role=other.role)
    if base.place is not None and base.place.chosen is None and other.place is not None:
        merged = replace(merged, place=other.place)
    return merged


def _narrower(a: Event, b: Event) -> bool:
    x, y = _span(a), _span(b)
    if x is None:
        return False
    return y is None or (x[1] - x[0]) < (y[1] - y[0])
