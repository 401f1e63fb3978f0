"""English names written in Hindi: the speller's last resort of English given and family names (US census
lists, kb/data/english_names.tsv) for a word neither the name vocabulary nor the Indian lists spell, kept
off Indian names; and an ordinary Hindi word that romanises to an English given name ("स्तन", breast →
"Stan") beginning no name unless written as Hindi writes English names."""

from __future__ import annotations

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.model import Document
from khabar.resources import Resources
from khabar.stages.link.linker import Linker
from khabar.text.respell import NameSpeller


def _speller() -> NameSpeller:
    english = [("Spears", 27), ("Sarina", 8), ("Serena", 26), ("Sharkie", 90)]
    return NameSpeller.from_counts([("Sharkey", 40)], english=english)


def test_an_english_name_is_the_last_resort() -> None:
    speller = _speller()
    assert speller.respell("Spiyars", (), ()) == "Spears"
    # not asked for English names: the romanisation stays (the finder's given-name test asks for none)
    assert speller.respell("Spiyars") == "Spiyars"
    # a vocabulary spelling still comes first, and the English list never adds to the vocabulary's answers
    assert speller.respell("Sharke", (), ()) == "Sharkey"


def test_english_vowel_spellings_hindi_writes_otherwise() -> None:
    speller = NameSpeller.from_counts([], english=[("Keith", 300), ("Kieth", 50), ("Matthews", 118)])
    assert speller.respell("Kith", (), ()) == "Keith"  # ई for English "ei", not the rarer "Kieth"
    assert speller.respell("Mathyuj", (), ("Mathyus",)) == "Matthews"  # ्यू for English "ew"


def test_a_romanisation_that_is_an_english_name_stays() -> None:
    assert _speller().respell("Sarina", (), ()) == "Sarina"


def test_english_names_are_read_from_the_knowledge_base_data() -> None:
    speller = Resources.load(parsers=False).kb.speller
    assert speller.english_known.get("treadwell", 0) >= 2
    assert speller.respell("Tredwel", (), ()) == "Treadwell"


@pytest.mark.parametrize(
    ("hindi", "english"),
    [("ब्रिटनी स्पियर्स", "Spears"), ("जैसिका चैस्टेन", "Chastain"), ("एलिस ट्रेडवेल", "Treadwell")],
)
def test_english_names_letter_by_letter_are_respelt(linker: Linker, hindi: str, english: str) -> None:
    assert linker._romanise(hindi).endswith(english)


def test_an_indian_name_keeps_its_reading(linker: Linker) -> None:
    # बबीता is an Indian given name: मरकाम is no census "Marcum"
    assert linker._romanise("बबीता मरकाम") == "Babita Markam"


@pytest.fixture(scope="module")
def extractor(resources: Resources) -> Extractor:
    return Extractor(resources)


def _people(doc: Document) -> list[str]:
    return [m.text for e in doc.entities or [] if e.type == "PER" for m in e.mentions]


def test_an_ordinary_word_with_a_dental_t_is_no_english_given_name(extractor: Extractor) -> None:
    doc = extract_checked(extractor, "डॉक्टरों ने कहा कि स्तन हटवाने का फ़ैसला कठिन था।", "2014-05-01")
    assert not any(m.startswith("स्तन") for m in _people(doc)), _people(doc)


def test_an_english_given_name_as_hindi_writes_it_still_begins_a_name(extractor: Extractor) -> None:
    doc = extract_checked(extractor, "मैच में टिम ब्रेसनेन की गेंदबाज़ी अच्छी रही।", "2014-05-01")
    assert any("ब्रेसनेन" in m for m in _people(doc)), _people(doc)


def _places(doc: Document) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in doc.entities or [] if e.type in ("GPE", "LOC")}


def test_an_unknown_word_before_a_locative_is_the_city_an_organisation_shares_a_name_with(
    extractor: Extractor,
) -> None:
    # the event dictionaries give an Iraqi body the alias Kirkuk: before "में" the city is meant
    doc = extract_checked(extractor, "रविवार को किरकुक में एक धमाका हुआ।", "2014-06-01")
    assert "Kirkuk" in _places(doc), _places(doc)


def test_an_ordinary_word_before_a_locative_stays_no_place(extractor: Extractor) -> None:
    doc = extract_checked(extractor, "अदालत ने किसानों के हक़ में फ़ैसला दिया।", "2014-06-01")
    assert not any("हक़" in texts for texts in _places(doc).values()), _places(doc)


def test_an_age_adjective_is_no_part_of_the_name_after_it(extractor: Extractor) -> None:
    doc = extract_checked(extractor, "कानपुर की 19 वर्षीया रुख़साना ने कहा कि वह पढ़ना चाहती है।", "2014-06-01")
    people = _people(doc)
    assert any("रुख़साना" in m for m in people), people
    assert not any("वर्षीया" in m for m in people), people


def test_a_soft_c_and_a_short_u_as_hindi_writes_them() -> None:
    # गार्सिया "Garsiya": c before i is "s"; डकेट "Daket", रसेल "Rasel": English short u is Hindi अ
    english = [("Garcia", 500), ("Duckett", 30), ("Russell", 200), ("Murray", 300)]
    speller = NameSpeller.from_counts([], english=english)
    assert speller.respell("Garsiya", english=()) == "Garcia"
    assert speller.respell("Daket", english=()) == "Duckett"
    assert speller.respell("Rasel", english=()) == "Russell"
    assert speller.respell("Marre", english=()) == "Marre"  # no "a" for a u before r (Murray)
