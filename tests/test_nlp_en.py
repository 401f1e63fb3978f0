"""The English parser plug-in: what it keeps of spaCy, and one parse per document, in ``doc.parses``."""

from __future__ import annotations

import pytest

from khabar.nlp_en import NEEDED_COMPONENTS, EnglishParser, as_parser, load_english_model


@pytest.fixture(scope="module")
def parser() -> EnglishParser:
    return EnglishParser(load_english_model())


def test_the_parse_has_what_the_engines_read(parser: EnglishParser) -> None:
    first = parser("Russian Defence Minister Sergei Shoigu met Chinese Foreign Minister Wang Yi in Beijing.")
    assert [e.text for e in first.ents]  # the parse has entities (NER ran)
    assert any(t.dep_ == "nsubj" for t in first)  # and dependencies (parser ran)
    assert any(t.lemma_ == "meet" for t in first)  # and lemmas


def test_the_pipeline_parses_each_document_once_into_a_declared_field() -> None:
    from khabar.api import Extractor
    from khabar.resources import Resources

    resources = Resources.load()
    calls: list[str] = []
    parse = resources.parsers["en"]
    resources.parsers["en"] = lambda text: calls.append(text) or parse(text)
    doc = Extractor(resources).extract("Joe Biden met Xi Jinping in Beijing on Tuesday.", lang="en")
    assert len(calls) == 1  # the mention finder and the event engine read the same parse
    assert doc.parses is not None and doc.parses["en"].text == doc.clean
    assert doc.events, "the event engine read the parse"


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

    parser = Resources.load().parsers.get("en")
    assert parser is not None
    text = "WASHINGTON, April 2 (Reuters) - Joe Biden and Xi Jinping spoke by phone on Tuesday."
    doc = parser(text)
    assert len(doc.text) == len(text)
    assert "Reuters" not in doc.text and doc.text.endswith("spoke by phone on Tuesday.")
    biden = next(t for t in doc if t.text == "Biden")
    assert text[biden.idx : biden.idx + 5] == "Biden" and biden.dep_ == "nsubj"
