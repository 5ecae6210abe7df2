"""Syntax only where it is needed.

spaCy's NER runs over the whole text. The tagger and dependency parser (with their shared
token-to-vector layer) cost more than the NER itself, and only a minority of sentences hold
something they decide: a trigger word next to a place. Those sentences are parsed as small
documents of their own and their analyses copied back; every other sentence keeps a flat tree
(first token as root) that preserves its boundaries. Lemmas come from the model's own rule
tables, guided by the tag where one exists.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import cast

import numpy
from spacy.attrs import DEP, HEAD, IS_LOWER, IS_SPACE, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

SYNTAX_PIPES = ("tok2vec", "tagger", "parser")
ATTRS = [HEAD, DEP, TAG, POS, LEMMA]
PARSED_KEY = "geo.parsed"
TERMINATORS = frozenset({".", "!", "?", "...", "…"})
CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
# Penn Treebank tags to universal parts of speech (only the classes the extractors ask about
# need to be right; the rest map to X)
PENN_UPOS = {
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "PRP": "PRON",
    "PRP$": "PRON",
    "WP": "PRON",
    "JJ": "ADJ",
    "JJR": "ADJ",
    "JJS": "ADJ",
    "RB": "ADV",
    "RBR": "ADV",
    "RBS": "ADV",
    "IN": "ADP",
    "DT": "DET",
    "CC": "CCONJ",
    "CD": "NUM",
    "MD": "AUX",
    ".": "PUNCT",
    ",": "PUNCT",
    ":": "PUNCT",
    "HYPH": "PUNCT",
}
LEMMA_POS = {"NOUN": "noun", "VERB": "verb", "ADJ": "adj", "ADV": "adv"}
GUESS_CACHE = 200_000  # distinct words remembered
BASE_TAGS = frozenset({"NN", "VB", "VBP", "JJ", "RB"})


def ner_only(nlp: Language) -> list[str]:
    """Components to disable for the whole-text pass: everything but the NER."""
    return [name for name in nlp.pipe_names if name != "ner"]


class Lemmatiser:
    """English lemmas from the model's lemmatizer tables (exceptions, index of base forms,
    suffix rules); without a part of speech, the verb reading is tried before the noun."""

    def __init__(self, nlp: Language) -> None:
        tables = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        self.exceptions: dict[str, dict[str, list[str]]] = {}
        self.index: dict[str, frozenset[str]] = {}
        self.rules: dict[str, list[tuple[str, str]]] = {}
        for pos in LEMMA_POS.values():
            self.exceptions[pos] = tables.get_table("lemma_exc").get(pos, {})
            self.index[pos] = frozenset(tables.get_table("lemma_index").get(pos, ()))
            rules = tables.get_table("lemma_rules").get(pos, ())
            self.rules[pos] = [(old, new) for old, new in rules]
        self.lemma = lru_cache(maxsize=100_000)(self._lemma)
        self._guessed: dict[int, int] = {}  # LOWER hash -> lemma hash, without a tag
        self._tagged: dict[tuple[int, int], tuple[int, int]] = {}  # (LOWER, TAG) -> (POS, LEMMA)

    def tagged(self, lower: int, tag: int, strings: StringStore) -> tuple[int, int]:
        """(universal part of speech, lemma) hashes for a word's LOWER and TAG hashes."""
        key = (lower, tag)
        found = self._tagged.get(key)
        if found is None:
            if len(self._tagged) > GUESS_CACHE:
                self._tagged.clear()
            tag_text = strings[tag]
            lemma = self.lemma(strings[lower], tag_text)
            found = self._tagged[key] = (strings.add(upos(tag_text)), strings.add(lemma))
        return found

    def guessed_lemmas(self, doc: Doc) -> numpy.ndarray:
        """Untagged lemma hashes for every token, looked up once per distinct word."""
        strings = doc.vocab.strings
        guessed = self._guessed
        out = []
        for key in doc.to_array([LOWER]).tolist():
            lemma = guessed.get(key)
            if lemma is None:
                if len(guessed) > GUESS_CACHE:
                    guessed.clear()
                lemma = guessed[key] = strings.add(self.lemma(strings[key], ""))
            out.append(lemma)
        return numpy.array(out, dtype="uint64")

    def _lemma(self, word: str, tag: str) -> str:
        if tag:
            pos = LEMMA_POS.get(upos(tag), "")
            if not pos:
                return word
            if tag in BASE_TAGS:  # irregular forms still need their exception ("are")
                return str(self.exceptions[pos].get(word, [word])[0])
            return self._by_pos(word, pos, guess=False) or word
        return self._by_pos(word, "verb") or self._by_pos(word, "noun") or word

    def _by_pos(self, word: str, pos: str, guess: bool = True) -> str:
        """An exception, else a suffix rule's result that is a known base form (the last
        rule that applies wins, as in spaCy), else (not when guessing) the first result."""
        exceptions = self.exceptions[pos]
        if word in exceptions:
            return str(exceptions[word][0])
        index = self.index[pos]
        known = ""
        unknown = ""
        for old, new in self.rules[pos]:
            if word.endswith(old) and len(word) > len(old) - len(new):
                form = word[: len(word) - len(old)] + new
                if form in index:
                    known = form
                elif form and not unknown:
                    unknown = form
        if known or guess:
            return known or (word if word in index else "")
        return unknown


def upos(tag: str) -> str:
    if tag.startswith("VB"):
        return "VERB"
    return PENN_UPOS.get(tag, "X")


def split_sentences(doc: Doc, lemmatiser: Lemmatiser) -> None:
    """Sentence boundaries from punctuation and line breaks, stored as flat trees, with
    untagged lemmas."""
    doc.user_data[PARSED_KEY] = []
    if not len(doc):
        return
    starts = sentence_starts(doc)
    array = numpy.zeros((len(doc), len(ATTRS)), dtype="uint64")
    root = doc.vocab.strings.add("ROOT")
    dep = doc.vocab.strings.add("dep")
    bounds = [*starts, len(doc)]
    heads = numpy.zeros(len(doc), dtype="int64")
    for start, end in pairwise(bounds):
        array[start, 1] = root
        heads[start + 1 : end] = start - numpy.arange(start + 1, end)
        array[start + 1 : end, 1] = dep
    array[:, 0] = heads.astype("uint64")  # negative offsets wrap; from_array reads them signed
    array[:, 4] = lemmatiser.guessed_lemmas(doc)
    doc.from_array(ATTRS, cast(Ints2d, array))


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices that open a sentence: after . ! ? (and any closing quotes or brackets
    that follow), and after a line break that ends a line (see `_line_break_ends`)."""
    strings = doc.vocab.strings
    table = doc.to_array([ORTH, IS_SPACE, IS_LOWER])
    terminators = {strings.add(t) for t in TERMINATORS}
    closers = {strings.add(t) for t in CLOSERS}
    orth = table[:, 0].tolist()
    space = table[:, 1].tolist()
    starts = [0]
    ending = False
    for i in range(len(doc) - 1):
        if space[i]:
            ending = ending or _line_break_ends(doc, i, table)
        elif orth[i] in terminators:
            ending = True
        elif orth[i] not in closers:
            ending = False
        following = orth[i + 1]
        if ending and following not in closers and following not in terminators:
            starts.append(i + 1)
            ending = False
    return starts


RUN_ON = frozenset({",", "-", "—", "–", "("})


def _line_break_ends(doc: Doc, i: int, table: numpy.ndarray) -> bool:
    """A blank line always ends a sentence; a single line break does when the line before
    does not run on (no lower-case word, comma or dash at its end)."""
    text = doc[i].text
    if "\n" not in text:
        return False
    if text.count("\n") > 1 or i == 0:
        return True
    return not (table[i - 1, 2] or doc[i - 1].text in RUN_ON)


def parse_sentences(nlp: Language, sentences: Sequence[Span], lemmatiser: Lemmatiser) -> None:
    """Tag and parse these sentences (of any documents) and copy the results back."""
    todo = [s for s in sentences if not is_parsed(s)]
    if not todo:
        return
    small = _as_small_docs(todo)
    for name in SYNTAX_PIPES:
        small = list(nlp.get_pipe(name).pipe(small, batch_size=64))  # type: ignore[attr-defined]
    by_doc: dict[int, list[tuple[Span, Doc]]] = {}
    for sentence, parsed in zip(todo, small, strict=True):
        by_doc.setdefault(id(sentence.doc), []).append((sentence, parsed))
    for pairs in by_doc.values():
        _copy_back(pairs, lemmatiser)


def _as_small_docs(sentences: Sequence[Span]) -> list[Doc]:
    """Each sentence as a document of its own (words and spaces read from the arrays of the
    document it is in)."""
    tables: dict[int, numpy.ndarray] = {}
    small = []
    for sentence in sentences:
        doc = sentence.doc
        table = tables.get(id(doc))
        if table is None:
            table = tables[id(doc)] = doc.to_array([ORTH, SPACY])
        rows = table[sentence.start : sentence.end].tolist()
        words = [doc.vocab.strings[orth] for orth, _ in rows]
        small.append(Doc(doc.vocab, words=words, spaces=[bool(space) for _, space in rows]))
    return small


def _copy_back(pairs: Iterable[tuple[Span, Doc]], lemmatiser: Lemmatiser) -> None:
    pairs = list(pairs)
    doc = pairs[0][0].doc
    array = doc.to_array(ATTRS)
    strings = doc.vocab.strings
    for sentence, parsed in pairs:
        rows = parsed.to_array([HEAD, DEP, TAG, LOWER])
        array[sentence.start : sentence.end, :3] = rows[:, :3]
        tagged = [lemmatiser.tagged(lower, tag, strings) for tag, lower in rows[:, 2:].tolist()]
        array[sentence.start : sentence.end, 3:5] = tagged
        doc.user_data[PARSED_KEY].append((sentence.start, sentence.end))
    doc.from_array(ATTRS, cast(Ints2d, array))


def is_parsed(span: Span) -> bool:
    """Whether the sentence was given a real parse (documents analysed by the full spaCy
    pipeline count as parsed throughout)."""
    parsed = span.doc.user_data.get(PARSED_KEY)
    return parsed is None or any(s < span.end and span.start < e for s, e in parsed)
