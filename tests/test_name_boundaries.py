"""A role noun or rank before a Hindi name the knowledge base does not know is no part of the name
(langpacks/hi/names.toml): every entry's example names the person without the noun."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.resources import Resources
from khabar.text import match_key

PACK_FILE = Path(__file__).resolve().parents[1] / "src/khabar/langpacks/hi/names.toml"
ENTRIES = tomllib.loads(PACK_FILE.read_text(encoding="utf-8"))["noun"]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["forms"][0] for e in ENTRIES])
def test_each_entry_example_names_the_person_without_the_noun(extractor: Extractor, entry: dict) -> None:
    doc = extract_checked(extractor, entry["example"], "2015-03-01")
    forms = {match_key(f) for f in entry["forms"]}
    people = [e for e in doc.entities or [] if e.type == "PER"]
    assert people, [(e.name, e.type) for e in doc.entities or []]
    for person in people:
        for mention in person.mentions:
            assert not {match_key(w) for w in mention.text.split()} & forms, mention.text


def test_every_entry_has_an_example_with_one_of_its_forms() -> None:
    for entry in ENTRIES:
        assert any(form in entry["example"].split() for form in entry["forms"]) and entry["en"], entry


def test_a_given_name_alone_joins_the_full_name_given_later(extractor: Extractor) -> None:
    # the surname opens the story, the given name comes alone, the full name only after both
    text = (
        "सिंघल ने आरोपों से इनकार किया है। अदालत ने गिरीश को नोटिस भेजा। बाद में अभियुक्त गिरीश सिंघल ने ज़मानत की अर्ज़ी दी।"
    )
    doc = extract_checked(extractor, text, "2014-05-01")
    people = [e for e in doc.entities or [] if e.type == "PER"]
    assert [e.name for e in people] == ["Girish Singhal"], [
        (e.name, [m.text for m in e.mentions]) for e in people
    ]
    assert [m.text for m in people[0].mentions] == ["सिंघल", "गिरीश", "गिरीश सिंघल"]
