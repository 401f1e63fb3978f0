"""A title followed by a post word is the post, not a person ("प्रधानमंत्री पद के उम्मीदवार", "the chief
minister's post"): no title-only mention, so nobody is linked as its holder. English title-only mentions
with the definite article and no country ("the chief minister said") join the person the article named
with that title; plural and indefinite uses give none."""

from __future__ import annotations

import tomllib

import pytest

from khabar.api import Extractor, build_pipeline
from khabar.langpacks import BUILTIN_DIR
from khabar.model import Document, EntityMention
from khabar.resources import Resources
from khabar.stages.mentions.pattern import HindiMentionFinder
from khabar.stages.mentions.spacy import EnglishMentionFinder

TITLE_ONLY = "title_only"


def _pack(lang: str, name: str) -> dict:
    with (BUILTIN_DIR / lang / name).open("rb") as handle:
        return tomllib.load(handle)


HI_POSTS = _pack("hi", "mentions.toml")["titles"]["post_words"]
EN_POSTS = _pack("en", "titles.toml")["title_only"]["post_words"]


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources.load()


@pytest.fixture(scope="module")
def pipeline(resources: Resources):
    return build_pipeline(resources)


def _mentions(pipeline, finder, text: str, lang: str) -> list[EntityMention]:
    doc = pipeline(Document(id="t", raw=text, origin="<test>", hint_lang=lang, hint_published="2012-06-10"))
    found = finder.find(doc)
    for m in found:
        assert doc.clean[m.start : m.end] == m.text
    return found


@pytest.mark.parametrize("word", sorted(HI_POSTS))
def test_hindi_title_before_a_post_word_is_no_person(resources: Resources, pipeline, word: str) -> None:
    example = HI_POSTS[word]
    assert word in example, f"mentions.toml [titles.post_words] {word!r}: the example must use it"
    found = _mentions(pipeline, HindiMentionFinder(resources), example, "hi")
    assert not [m for m in found if m.finder == TITLE_ONLY], (word, [(m.text, m.finder) for m in found])


def test_hindi_title_alone_is_still_a_title_only_mention(resources: Resources, pipeline) -> None:
    found = _mentions(pipeline, HindiMentionFinder(resources), "मुख्यमंत्री ने बयान जारी किया।", "hi")
    assert [m.text for m in found if m.finder == TITLE_ONLY] == ["मुख्यमंत्री"]


@pytest.mark.parametrize("word", sorted(EN_POSTS))
def test_english_title_before_a_post_word_is_no_person(resources: Resources, pipeline, word: str) -> None:
    example = EN_POSTS[word]
    assert word in example, f"titles.toml [title_only.post_words] {word!r}: the example must use it"
    found = _mentions(pipeline, EnglishMentionFinder(resources), example, "en")
    assert not [m for m in found if m.finder == TITLE_ONLY], (word, [(m.text, m.finder) for m in found])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chief minister said the state would get more funds.", ["chief minister"]),
        ("Officials said The Chief Minister would visit the site.", ["Chief Minister"]),
        ("The prime minister met farmers on Monday.", ["prime minister"]),
        # plural, indefinite, possessive-free generic uses and an unknown body after "of": none
        ("Chief ministers of states met in the capital.", []),
        ("The chief ministers met in the capital.", []),
        ("A prime minister must lead.", []),
        ("He met the head of public security on Monday.", []),
    ],
)
def test_english_title_only_with_the_definite_article(
    resources: Resources, pipeline, text: str, expected: list[str]
) -> None:
    found = _mentions(pipeline, EnglishMentionFinder(resources), text, "en")
    assert [m.text for m in found if m.finder == TITLE_ONLY] == expected


def test_english_title_only_joins_the_named_chief_minister(resources: Resources) -> None:
    text = (
        "Akhilesh Yadav visited Lucknow in Uttar Pradesh on Monday. "
        "The chief minister said the state would get more funds."
    )
    doc = Extractor(resources).extract(text, lang="en", published="2012-06-10")
    people = [e for e in doc.entities or [] if e.type == "PER"]
    assert [(e.name, [m.text for m in e.mentions]) for e in people] == [
        ("Akhilesh Yadav", ["Akhilesh Yadav", "chief minister"])
    ]


def test_english_post_is_not_linked_to_the_office_holder(resources: Resources) -> None:
    text = "In Uttar Pradesh, the fight for the chief minister's post has begun."
    doc = Extractor(resources).extract(text, lang="en", published="2012-06-10")
    assert not [e for e in doc.entities or [] if e.type == "PER"]


def _people(resources: Resources, text: str, lang: str) -> list[tuple[str, list[str]]]:
    doc = Extractor(resources).extract(text, lang=lang, published="2012-06-10")
    return [(e.name, [m.text for m in e.mentions]) for e in doc.entities or [] if e.type == "PER"]


def test_hindi_post_is_not_linked_to_the_office_holder(resources: Resources) -> None:
    # before post words, "मुख्यमंत्री" here was the Chief Minister of Uttar Pradesh in June 2012
    assert _people(resources, "उत्तर प्रदेश में मुख्यमंत्री की कुर्सी के लिए लड़ाई है।", "hi") == []
    assert _people(resources, "उत्तर प्रदेश में मुख्यमंत्री ने बयान जारी किया।", "hi") == [
        ("Akhilesh Yadav", ["मुख्यमंत्री"])
    ]


def test_english_title_only_names_the_office_holder_at_the_article_date(resources: Resources) -> None:
    text = "The chief minister said on Monday that Uttar Pradesh would get more funds for roads in Lucknow."
    assert _people(resources, text, "en") == [("Akhilesh Yadav", ["chief minister"])]
