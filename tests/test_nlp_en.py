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


def test_a_line_break_starts_a_sentence(parser: EnglishParser) -> None:
    # Without the rule spaCy reads the headline and the first paragraph as one sentence and makes
    # "spoke" a complement of "hold", losing its subject.
    doc = parser("Biden, Xi hold phone call\n\nU.S. President Joe Biden and Xi Jinping spoke by phone.")
    spoke = next(t for t in doc if t.text == "spoke")
    assert spoke.dep_ == "ROOT"
    assert any(c.dep_ == "nsubj" for c in spoke.children)


def test_dateline_is_blanked_before_parsing_with_offsets_kept() -> None:
    from khabar.resources import Resources

    parser = Resources.load().english_nlp
    assert parser is not None
    text = "WASHINGTON, April 2 (Reuters) - Joe Biden and Xi Jinping spoke by phone on Tuesday."
    doc = parser(text)
    assert len(doc.text) == len(text)
    assert "Reuters" not in doc.text and doc.text.endswith("spoke by phone on Tuesday.")
    biden = next(t for t in doc if t.text == "Biden")
    assert text[biden.idx : biden.idx + 5] == "Biden" and biden.dep_ == "nsubj"
