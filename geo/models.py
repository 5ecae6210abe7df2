"""Small typed values that flow through the pipeline; offsets always index the original text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Kind = Literal["country", "admin", "city", "landmark", "region", "water", "other"]
SectionKind = Literal["main", "related"]
Role = Literal["origin", "waypoint", "destination"]
DatePrecision = Literal["day", "month", "year", "range", "unknown"]


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    title: str = ""
    published: date | None = None
    source: str = ""


@dataclass(frozen=True)
class Section:
    start: int
    end: int
    kind: SectionKind


DATELINE_LABEL = "DATELINE"
"""The label of the place in capitals that opens a wire story ("MOLD, Wales --"): a name
written in capitals, never an acronym."""

OPENER_LABEL = "OPENER"
"""The label of a known town opening a clause with no cue ("Pensacola had 4.8 inches"): a
place only when resolution finds it beside the document's other places."""


@dataclass(frozen=True)
class Mention:
    """A span of text recognised as a place name."""

    text: str
    start: int
    end: int
    label: str = "GPE"
    section: SectionKind = "main"


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry that a name could refer to."""

    name: str
    lat: float
    lon: float
    kind: Kind
    country_code: str = ""
    admin1: str = ""
    population: int = 0
    geonames_id: int | None = None
    feature_code: str = ""
    match: str = "primary"  # primary | ascii | alternate | code
    score: float = 0.0
    admin2: str = ""  # second-level division code (a US county), with country and admin1

    def rescored(self, score: float) -> Candidate:
        """The same entry with another score (as `dataclasses.replace`, several times faster:
        the resolver copies every reading it shows)."""
        return Candidate(
            self.name,
            self.lat,
            self.lon,
            self.kind,
            self.country_code,
            self.admin1,
            self.population,
            self.geonames_id,
            self.feature_code,
            self.match,
            score,
            self.admin2,
        )


@dataclass(frozen=True)
class Place:
    """A mention resolved (or not) to a gazetteer candidate."""

    mention: Mention
    chosen: Candidate | None
    confidence: float = 0.0
    alternatives: tuple[Candidate, ...] = ()
    corrected: bool = False


@dataclass(frozen=True)
class Source:
    """One sentence an event was read from: the document (its id) and the sentence's offsets
    into the story's text."""

    document: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    date: date | None
    date_text: str
    actors: tuple[str, ...]
    action: str
    event_type: str
    place: Place | None
    sentence: str
    start: int
    end: int
    section: SectionKind = "main"
    date_precision: DatePrecision = "unknown"
    role: str = ""  # origin, waypoint, destination, venue, location or "" (how the place figures)
    # every sentence that reports the event, when a story combines several documents (the first
    # is `sentence`/`start`/`end`); empty for an event of a single-document story
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Stop:
    place: str
    lat: float
    lon: float
    date: date | None
    role: Role
    kind: Kind = "city"
    country_code: str = ""


@dataclass(frozen=True)
class Route:
    actor: str
    stops: tuple[Stop, ...]
    length_km: float


@dataclass(frozen=True)
class Meeting:
    place: str
    lat: float
    lon: float
    date: date | None
    participants: tuple[str, ...]
    sentence: str = ""
    kind: Kind = "city"
    country_code: str = ""
    date_precision: DatePrecision = "day"


@dataclass(frozen=True)
class Part:
    """One document of a story combined from several: its text is `text[start:end]` of the
    story's document, below a header line."""

    id: str
    title: str
    published: date | None
    source: str
    start: int
    end: int


@dataclass
class Story:
    document: Document
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    routes: list[Route] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)  # empty for a single-document story
    # what the reader should know about how the story was made (an online geocoder that failed)
    notes: list[str] = field(default_factory=list)
