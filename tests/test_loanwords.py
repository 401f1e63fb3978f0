"""Organisations named with English loanwords in Devanagari (langpacks/hi/loanwords.toml): every entry's
example names an organisation that is found as an ORG and spelt with the entry's English word."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.errors import LanguagePackError
from khabar.resources import Resources
from khabar.stages.mentions.loanwords import Loanwords

PACK_FILE = Path(__file__).resolve().parents[1] / "src/khabar/langpacks/hi/loanwords.toml"
ENTRIES = tomllib.loads(PACK_FILE.read_text(encoding="utf-8"))["word"]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def orgs(extractor: Extractor, text: str) -> list[str]:
    doc = extract_checked(extractor, text, "2015-03-01")
    return [e.name for e in doc.entities or [] if e.type == "ORG"]


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["forms"][0] for e in ENTRIES])
def test_each_entry_example_names_an_organisation_in_english(extractor: Extractor, entry: dict) -> None:
    found = orgs(extractor, entry["example"])
    assert any(entry["en"] in name.split() or entry["en"] in name for name in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("पाकिस्तान पीपल्स पार्टी ने सरकार बनाई।", "Pakistan Peoples Party"),
        ("मानवाधिकार वॉच ने गिरफ़्तारियों की निंदा की।", "Human Rights Watch"),
        ("पत्रिका द इकनॉमिस्ट ने लिखा कि सुधार धीमे हैं।", "The Economist"),
        ("चर्च ऑफ़ इंग्लैंड ने निवेश वापस ले लिया।", "Church of England"),
    ],
)
def test_the_whole_name_is_one_organisation(extractor: Extractor, text: str, name: str) -> None:
    assert name in orgs(extractor, text)


def test_a_place_at_the_start_of_a_party_name_is_not_the_actor(extractor: Extractor) -> None:
    doc = extract_checked(extractor, "पाकिस्तान मुस्लिम लीग ने संसद में प्रस्ताव रखा।", "2013-05-01")
    assert not [e for e in doc.entities or [] if e.type == "GPE"], [e.name for e in doc.entities or []]


def test_a_head_alone_or_after_ordinary_words_is_no_name(extractor: Extractor) -> None:
    assert orgs(extractor, "पार्टी ने बैठक बुलाई।") == []
    assert orgs(extractor, "सत्तारूढ़ पार्टी ने बैठक बुलाई।") == []


def test_a_known_organisation_keeps_its_knowledge_base_identity(extractor: Extractor) -> None:
    doc = extract_checked(extractor, "कांग्रेस पार्टी ने प्रदर्शन किया।", "2015-03-01")
    assert any(e.kb_id for e in doc.entities or [] if e.type == "ORG"), [e.name for e in doc.entities or []]


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"forms": [], "en": "Party", "example": "x"}, "forms"),
        ({"forms": ["पार्टी"], "en": "", "example": "पार्टी"}, "en must"),
        ({"forms": ["पार्टी"], "en": "Party", "role": "tail", "example": "पार्टी"}, "role"),
        ({"forms": ["पार्टी"], "en": "Party", "example": "कोई वाक्य"}, "example"),
    ],
)
def test_a_malformed_entry_is_named(entry: dict, problem: str) -> None:
    with pytest.raises(LanguagePackError) as caught:
        Loanwords.from_pack({"word": [entry]}, "hi/loanwords.toml")
    assert "hi/loanwords.toml" in str(caught.value) and problem in str(caught.value)


def test_the_end_of_an_organisation_name_is_that_organisation(extractor: Extractor) -> None:
    doc = extract_checked(
        extractor, "पाकिस्तान पीपल्स पार्टी ने सरकार बनाई। बाद में पीपल्स पार्टी ने गठबंधन तोड़ दिया।", "2013-05-01"
    )
    # (the bare "सरकार" is the Government of Pakistan, an actor of its own)
    parties = [e for e in doc.entities or [] if e.type == "ORG" and "Party" in e.name]
    assert [e.name for e in parties] == ["Pakistan Peoples Party"]
    assert len(parties[0].mentions) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the other words of an organisation named with loanwords are English words by their sound
        ("ज़िले के कोऑपरेटिव बैंक ने किसानों का कर्ज़ माफ़ कर दिया।", "Cooperative Bank"),
        ("शहर के एस्ट्रानॉमी क्लब ने ग्रहण देखने का इंतज़ाम किया।", "Astronomy Club"),
        ("ग्रेटर नोएडा अथॉरिटी ने नक्शा पास कर दिया।", "Greater Noida Authority"),
        # a Hindi word of such a name keeps its reading (मुत्तहिदा, क़ौमी)
        ("मुत्तहिदा क़ौमी मूवमेंट ने हड़ताल का आह्वान किया।", "Muttahida Qaumi Movement"),
    ],
)
def test_the_english_words_of_an_organisation_are_spelt_in_english(
    extractor: Extractor, text: str, name: str
) -> None:
    doc = extract_checked(extractor, text, "2014-05-01")
    names = {e.name for e in doc.entities or [] if e.type == "ORG"}
    assert name in names, names
