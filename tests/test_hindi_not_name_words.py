"""Words that end or bar an unknown Hindi name ([names] tables of langpacks/hi/mentions.toml): each
entry's example names no person with the word in it; each given-name ending's example names a person
whose name starts with the word that has it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.resources import Resources
from khabar.text import match_key

PACK_FILE = Path(__file__).resolve().parents[1] / "src/khabar/langpacks/hi/mentions.toml"
NAMES = tomllib.loads(PACK_FILE.read_text(encoding="utf-8"))["names"]
BARRED = [
    (table, word, example)
    for table in ("outlet_heads", "not_name_words", "adjective_suffixes", "passive_auxiliaries", "deities")
    for word, example in NAMES[table].items()
]
GIVEN = list(NAMES["given_suffixes"].items())


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def _people(extractor: Extractor, text: str) -> list[str]:
    doc = extract_checked(extractor, text, "2015-03-01")
    return [m.text for m in doc.mentions or [] if m.type == "PER"]


@pytest.mark.parametrize(("table", "word", "example"), BARRED, ids=[f"{t}:{w}" for t, w, _ in BARRED])
def test_barred_word_is_in_no_person_name(extractor: Extractor, table: str, word: str, example: str) -> None:
    key = match_key(word)
    # the word itself, a word ending in it (an adjective suffix) or the participle before it
    words = [w for w in example.rstrip("।").split() if match_key(w).endswith(key)]
    assert words, f"{table}: the example of {word!r} has no word with it"
    if table == "passive_auxiliaries":
        index = example.split().index(words[0])
        words = [example.split()[index - 1]]
    for text in _people(extractor, example):
        assert not set(text.split()) & set(words), (table, word, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("मंत्री मुरली ईश्वर ने कहा कि काम जल्दी होगा।", "मुरली ईश्वर"),
        ("ईश्वर चंद्र विद्यासागर ने लड़कियों के स्कूल खोले।", "ईश्वर चंद्र विद्यासागर"),
    ],
)
def test_a_deity_word_inside_a_longer_name_stays_a_name_word(
    extractor: Extractor, text: str, name: str
) -> None:
    assert name in _people(extractor, text)


@pytest.mark.parametrize(("ending", "example"), GIVEN, ids=[e for e, _ in GIVEN])
def test_given_name_ending_begins_a_name(extractor: Extractor, ending: str, example: str) -> None:
    first = example.split()[0]
    assert match_key(first).endswith(match_key(ending))
    people = _people(extractor, example)
    assert any(p.split()[0] == first and len(p.split()) >= 2 for p in people), people


def test_kriti_keeps_its_indian_spelling() -> None:
    # a given name the Indian lists spell as romanised is not respelt to an English word through
    # reading its "k" as "ch" (Charity)
    from khabar.kb import KnowledgeBase

    speller = KnowledgeBase.load().speller
    assert speller.respell("Kriti") == "Kriti"
    assert speller.respell("Kurien") == "Kurien"


@pytest.mark.parametrize(
    "text",
    ["डेली टेलीग्राफ के मुताबिक दोनों नेताओं की मुलाक़ात टल गई है।", "डेक्कन हेराल्ड के मुताबिक विधायक पार्टी छोड़ेंगे।"],
)
def test_outlet_named_before_its_head_is_an_organisation(extractor: Extractor, text: str) -> None:
    doc = extract_checked(extractor, text, "2015-03-01")
    outlet = " ".join(text.split()[:2])
    assert [m.type for m in doc.mentions or [] if m.text == outlet] == ["ORG"]


def test_lone_surname_after_another_given_name_or_before_a_family_noun_is_no_mention(
    extractor: Extractor,
) -> None:
    # "राज" is a common word as well as a given name: "राज कपूर" is not Randhir Kapoor; "कपूर परिवार"
    # is the family
    text = (
        "रणधीर कपूर ने कहा कि फ़िल्म पूरी हो गई है। बाद में राज कपूर और शशि कपूर ने भी यही कहा। "
        "पूरा कपूर परिवार वहां मौजूद था।"
    )
    doc = extract_checked(extractor, text, "2015-03-01")
    lone = [m.start for m in doc.mentions or [] if m.text == "कपूर"]
    assert lone == [], lone
