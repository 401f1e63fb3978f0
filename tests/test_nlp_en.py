"""The shared English parser: one parse per text, whatever stage asks first."""

from __future__ import annotations

import pytest

from khabar.nlp_en import NEEDED_COMPONENTS, EnglishParser, as_parser, load_english_model


@pytest.fixture(scope="module")
def parser() -> EnglishParser:
    return EnglishParser(load_english_model())


def test_same_text_is_parsed_once(parser: EnglishParser) -> None:
    text = "Russian Defence Minister Sergei Shoigu met Chinese Foreign Minister Wang Yi in Beijing."
    first = parser(text)
    again = parser("".join(list(text)))  # an equal string that is not the same object
    assert again is first
    assert [e.text for e in first.ents]  # the parse has entities (NER ran)
    assert any(t.dep_ == "nsubj" for t in first)  # and dependencies (parser ran)
    assert any(t.lemma_ == "meet" for t in first)  # and lemmas


def test_other_text_replaces_the_memo(parser: EnglishParser) -> None:
    a = parser("Iran threatened to cut off electricity.")
    b = parser("Japan urged restraint.")
    assert a is not b
    assert b.text == "Japan urged restraint."
    assert parser("Iran threatened to cut off electricity.") is not a  # one entry only: parsed anew


def test_every_component_the_finders_read_stays_enabled(parser: EnglishParser) -> None:
    assert set(parser.pipe_names) <= set(NEEDED_COMPONENTS)
    assert {"parser", "ner", "lemmatizer", "tagger"} <= set(parser.pipe_names)


def test_as_parser_wraps_a_language_once(parser: EnglishParser) -> None:
    assert as_parser(parser) is parser
    wrapped = as_parser(parser.nlp)
    assert isinstance(wrapped, EnglishParser) and wrapped.nlp is parser.nlp
