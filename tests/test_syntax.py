"""Syntax on demand (geo/syntax.py) with the real model: lemmas, sentences, partial parses."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from geo.pipeline import default_pipeline
from geo.syntax import Lemmatiser, is_parsed, ner_only, parse_sentences, split_sentences


@pytest.fixture(scope="module")
def nlp() -> Language:
    return default_pipeline().nlp


@pytest.fixture(scope="module")
def lemmas(nlp: Language) -> Lemmatiser:
    return Lemmatiser(nlp)


def ner_doc(nlp: Language, text: str, lemmas: Lemmatiser) -> Doc:
    doc = nlp(text, disable=ner_only(nlp))
    split_sentences(doc, lemmas)
    return doc


@pytest.mark.parametrize(
    ("word", "tag", "lemma"),
    [
        ("left", "VBD", "leave"),
        ("flew", "VBD", "fly"),
        ("talks", "NNS", "talk"),
        ("cities", "NNS", "city"),
        ("are", "VBP", "be"),
        ("visiting", "VBG", "visit"),
        ("met", "", "meet"),
        ("headed", "", "head"),
        ("news", "", "news"),
        ("kremlin", "NNP", "kremlin"),
    ],
)
def test_lemmas_follow_the_model_tables(
    lemmas: Lemmatiser, word: str, tag: str, lemma: str
) -> None:
    assert lemmas.lemma(word, tag) == lemma


def test_lemmas_agree_with_spacys_own_lemmatizer(nlp: Language, lemmas: Lemmatiser) -> None:
    text = (
        "The ministers travelled to Hanoi, where they held talks. Storms swept the islands "
        "and ships were leaving the ports as officials arrived in the cities."
    )
    doc = nlp(text)
    words = [t for t in doc if t.is_alpha and t.pos_ in {"NOUN", "VERB"}]
    agree = sum(lemmas.lemma(t.lower_, t.tag_) == t.lemma_.lower() for t in words)
    assert agree == len(words)


def test_sentences_split_at_punctuation_quotes_and_blank_lines(
    nlp: Language, lemmas: Lemmatiser
) -> None:
    text = 'He said "we left." Then he went home.\n\nKim arrives in Russia\nThe train stopped.'
    doc = ner_doc(nlp, text, lemmas)
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences == [
        'He said "we left."',
        "Then he went home.",
        "Kim arrives in Russia",
        "The train stopped.",
    ]


def test_a_wrapped_line_does_not_end_a_sentence(nlp: Language, lemmas: Lemmatiser) -> None:
    doc = ner_doc(nlp, "The minister met the\npresident in Hanoi.", lemmas)
    assert len([s for s in doc.sents if s.text.strip()]) == 1


def test_only_the_chosen_sentences_are_parsed(nlp: Language, lemmas: Lemmatiser) -> None:
    text = "Kim left Pyongyang on Sunday. The weather was mild. He arrived in Khasan."
    doc = ner_doc(nlp, text, lemmas)
    entities = [(e.text, e.label_) for e in doc.ents]
    first, second, third = list(doc.sents)
    parse_sentences(nlp, [first, third], lemmas)
    assert is_parsed(first) and is_parsed(third) and not is_parsed(second)
    assert doc[1].lemma_ == "leave" and doc[1].dep_ == "ROOT" and doc[0].dep_ == "nsubj"
    assert all(t.dep_ in {"ROOT", "dep"} for t in second)  # a flat tree keeps its boundary
    assert [(e.text, e.label_) for e in doc.ents] == entities  # the NER is left alone
    assert [s.text for s in doc.sents] == [first.text, second.text, third.text]


def test_parsing_twice_keeps_the_first_parse(nlp: Language, lemmas: Lemmatiser) -> None:
    doc = ner_doc(nlp, "Kim left Pyongyang. Putin flew to Vladivostok.", lemmas)
    first, second = list(doc.sents)
    parse_sentences(nlp, [first], lemmas)
    parse_sentences(nlp, [first, second], lemmas)
    assert doc[1].dep_ == "ROOT" and doc[5].lemma_ == "fly"


def test_empty_document(nlp: Language, lemmas: Lemmatiser) -> None:
    doc = ner_doc(nlp, "", lemmas)
    assert list(doc.sents) == [] or all(not s.text.strip() for s in doc.sents)


def test_a_parsed_sentence_gets_what_the_whole_pipeline_gives_it(
    nlp: Language, lemmas: Lemmatiser
) -> None:
    """Tags, heads, labels and lemmas copied back from the sentence's own small document
    match spaCy's full pipeline run on that sentence alone."""
    first = "Rain fell all night."
    second = "The ministers flew from Hanoi to Manila on Monday and met the president."
    doc = ner_doc(nlp, f"{first} {second}", lemmas)
    sentence = list(doc.sents)[1]
    parse_sentences(nlp, [sentence], lemmas)
    full = nlp(second)
    ours = [(t.text, t.tag_, t.dep_, t.head.i - sentence.start, t.lemma_) for t in sentence]
    theirs = [(t.text, t.tag_, t.dep_, t.head.i, lemmas.lemma(t.lower_, t.tag_)) for t in full]
    assert ours == theirs
    assert [t.pos_ for t in sentence][:3] == ["DET", "NOUN", "VERB"]
