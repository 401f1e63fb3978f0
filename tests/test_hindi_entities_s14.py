"""Hindi places and people of session 14 (hinames22): buildings and sites named before their kind noun
([facility_kinds] of langpacks/hi/mentions.toml), geographic regions of the knowledge base
(kb/data/places.toml: forests, glaciers, lines of control, regions of India), a common English word in
capitals beside other capitals (a web page's furniture) that is no place, and people named only by an
office whom nothing in the story involves (the prune stage)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hindi_support import entity_name_types, mention_texts
from khabar.api import Extractor
from khabar.model import Document, Entity, EntityMention, Mention, Quote
from khabar.resources import Resources
from khabar.stages.mentions.finder import TITLE_ONLY
from khabar.stages.prune import PruneStage

PACK_FILE = Path(__file__).resolve().parents[1] / "src/khabar/langpacks/hi/mentions.toml"
FACILITIES = [
    (kind, entry["example"])
    for kind, entry in tomllib.loads(PACK_FILE.read_text(encoding="utf-8"))["facility_kinds"].items()
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


@pytest.mark.parametrize(("kind", "example"), FACILITIES, ids=[k for k, _ in FACILITIES])
def test_a_facility_kind_names_the_building_before_it(extractor: Extractor, kind: str, example: str) -> None:
    places = mention_texts(extractor, example, "LOC")
    assert any(place.endswith(" " + kind) and place != kind for place in places), (kind, places)


@pytest.mark.parametrize(
    "text",
    [
        "गांव की पुरानी मस्जिद की मरम्मत हुई।",  # an adjective before the kind noun
        "बच्चे फुटबॉल स्टेडियम में खेलते हैं।",  # a common noun
        "लोगों ने इस मंदिर में पूजा की।",  # a demonstrative
        "उसे जेल भेज दिया गया।",  # a pronoun, nothing named
        "राजा ने आलीशान महल बनवाया।",  # an adjective of splendour ([facility_describers])
        "मजदूर मलबा भरकर स्टेडियम ले गए।",  # a conjunctive participle
        "उड़ान अंतराष्ट्रीय हवाई अड्डे से चली।",  # a misspelt kind word, no name before it
    ],
)
def test_a_kind_noun_after_common_words_names_no_building(extractor: Extractor, text: str) -> None:
    assert not mention_texts(extractor, text, "LOC")


def test_the_building_is_named_by_its_reading(extractor: Extractor) -> None:
    names = entity_name_types(extractor, "दंगाइयों ने कोटवाली मस्जिद के बाहर पथराव किया।")
    assert ("Kotwali Masjid", "LOC") in names, names


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("सुरक्षा बलों और माओवादियों के बीच अबूझमाड़ के जंगलों में मुठभेड़ हुई।", "Abujhmarh"),
        ("पूर्वोत्तर भारत के कई राज्यों में बाढ़ आई है।", "Northeast India"),
        ("सियाचिन में हिमस्खलन से दो जवान लापता हो गए।", "Siachen Glacier"),
        ("सेना ने कहा कि नियंत्रण रेखा पर रात भर गोलीबारी हुई।", "Line of Control"),
        ("बुंदेलखंड में सूखे से किसान परेशान हैं।", "Bundelkhand"),
        ("पर्यटक कश्मीर घाटी में लौट आए हैं।", "Kashmir Valley"),
    ],
)
def test_a_geographic_region_is_a_loc(extractor: Extractor, text: str, region: str) -> None:
    names = entity_name_types(extractor, text)
    assert (region, "LOC") in names, names


def test_a_common_english_word_in_capitals_beside_capitals_is_no_place(extractor: Extractor) -> None:
    text = "मुख्यमंत्री ने बैठक बुलाई। SCROLL TO CONTINUE READING उन्होंने अफ़सरों से रिपोर्ट मांगी।"
    names = entity_name_types(extractor, text)
    assert not any(name == "Reading" for name, _ in names), names


def _title_doc(quotes: list[Quote]) -> Document:
    # "कांग्रेस के सांसद भी पहुंचे … मोदी ने कहा": an office nobody holds by name, and a known person
    doc = Document(id="t", raw="")
    doc.mentions = [
        EntityMention(0, 18, "कांग्रेस के सांसद", type="PER", finder=TITLE_ONLY),
        EntityMention(40, 44, "मोदी", type="PER", kb_ids=("modi",), finder="kb"),
    ]
    doc.entities = [
        Entity("e1", "PER", "Member of Parliament", mentions=[Mention(0, 18, "कांग्रेस के सांसद")]),
        Entity("e2", "PER", "Narendra Modi", mentions=[Mention(40, 44, "मोदी")], kb_id="modi"),
    ]
    doc.events, doc.quotes = [], quotes
    return doc


def test_a_person_named_only_by_an_office_nothing_involves_is_dropped() -> None:
    doc = PruneStage()(_title_doc([]))
    assert [e.id for e in doc.entities or []] == ["e2"]


def test_a_person_named_only_by_an_office_who_speaks_is_kept() -> None:
    doc = PruneStage()(_title_doc([Quote(50, 60, speaker="e1", direct=False)]))
    assert [e.id for e in doc.entities or []] == ["e1", "e2"]
