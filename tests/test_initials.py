"""Hindi names written with initials ("वीके सिंह", "ए राजा", "सी पी जोशी", "ई. राजेंदर"): the letter names
of transliteration.toml read as initials before a surname, named as English Wikipedia titles write them
("V. K. Singh"), linked to the knowledge base by that English form ("A. Raja"); offices and
organisations spelt in letter names ("एसपी", "सीबीआई") and letter names that are words ("के") stay out."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.kb.base import KnowledgeBase, initials_spellings
from khabar.kb.model import Actor
from khabar.model import Document
from khabar.resources import Resources
from khabar.stages.link.linker import _spaced_initials

PACK = Path(__file__).resolve().parents[1] / "src/khabar/langpacks/hi"
HOMOGRAPHS = tomllib.loads((PACK / "mentions.toml").read_text(encoding="utf-8"))["titles"][
    "initial_homographs"
]
LETTERS = tomllib.loads((PACK / "transliteration.toml").read_text(encoding="utf-8"))["letter_names"]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def _people(doc: Document) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in doc.entities or [] if e.type == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("पूर्व सेनाध्यक्ष वीके सिंह ने कहा कि यह ग़लत है।", "V. K. Singh", "वीके सिंह"),
        ("पूछताछ में आरके चंदौलिया ने सहयोग किया।", "R. K. Chand", "आरके चंदौलिया"),
        ("अदालत ने पीपी पांडे को नोटिस भेजा।", "P. P. Pand", "पीपी पांडे"),
        ("एन सी सक्सेना ने रिपोर्ट सौंपी।", "N. C. S", "एन सी सक्सेना"),
        ("सभा में ई. राजेंदर ने भाषण दिया।", "E. Rajend", "ई. राजेंदर"),
        # after a person's title the letters of an office are initials too: DIG D. G. Vanzara
        ("डीआईजी डीजी वंज़ारा को गिरफ़्तार किया गया।", "D. G. Vanzara", "डीजी वंज़ारा"),
        ("मेट्रोपॉलिटन मजिस्ट्रेट एसपी तमंग की रिपोर्ट आई।", "S. P. Tamang", "एसपी तमंग"),
    ],
)
def test_initials_before_a_surname_name_a_person(
    extractor: Extractor, text: str, name: str, mention: str
) -> None:
    people = _people(extract_checked(extractor, text, "2014-05-01"))
    found = [n for n, mentions in people.items() if mention in mentions]
    assert found and found[0].startswith(name), people


def test_a_known_person_with_initials_links_to_the_knowledge_base(extractor: Extractor) -> None:
    doc = extract_checked(extractor, "सीबीआई ने पूर्व दूरसंचार मंत्री ए राजा को पूछताछ के लिए बुलाया।", "2011-01-01")
    raja = [e for e in doc.entities or [] if e.type == "PER"]
    assert [(e.name, e.kb_id is not None) for e in raja] == [("A. Raja", True)]
    orgs = [e.name for e in doc.entities or [] if e.type == "ORG"]
    assert "Central Bureau of Investigation" in orgs


@pytest.mark.parametrize(
    "text",
    [
        "एसपी ने बताया कि जांच जारी है।",  # an office, no one's initials
        "एनआईए ने मामला दर्ज किया।",  # an organisation
        "आईपीएल मैच में टीवी चैनल पर बहस हुई।",  # acronyms before ordinary words
        "एमएलसी ने सदन में सवाल उठाया।",  # three letters in one word: an acronym
        "ये टीवी लचीली स्क्रीन वाले हैं।",  # "टीवी": an ordinary word of news copy
        "इसमें 2 जीबी के मेमोरी साइज़ेस हैं।",  # "के" joins single letters, not an acronym
        "उनका जहाज़ 'एमटी ओसियन सेंचुरियन' टोगो में रुका।",  # a quoted name of a thing
    ],
)
def test_offices_and_acronyms_are_no_initials(extractor: Extractor, text: str) -> None:
    people = _people(extract_checked(extractor, text, "2014-05-01"))
    assert not any("." in name for name in people), people


def test_an_office_in_letters_before_a_full_name_stays_an_office(extractor: Extractor) -> None:
    doc = extract_checked(extractor, "डीएम अनिल कुमार ने गांव का दौरा किया।", "2014-05-01")
    assert list(_people(doc)) == ["Anil Kumar"]


@pytest.mark.parametrize("word", list(HOMOGRAPHS), ids=list(HOMOGRAPHS))
def test_each_homograph_example_names_no_one_by_the_letter(extractor: Extractor, word: str) -> None:
    example = HOMOGRAPHS[word]
    assert f" {word} " in f" {example} ", (word, example)
    letter = LETTERS[word].upper()
    people = _people(extract_checked(extractor, example, "2014-05-01"))
    assert not any(name.startswith(f"{letter}. ") for name in people), people
    assert not any(any(m.split()[0] == word for m in mentions) for mentions in people.values()), people


def test_every_homograph_is_a_letter_name() -> None:
    assert set(HOMOGRAPHS) <= set(LETTERS)


@pytest.mark.parametrize(
    ("name", "spelled"),
    [
        ("VK Singh", "V. K. Singh"),
        ("C P Joshi", "C. P. Joshi"),
        ("E. Rajendar", "E. Rajendar"),
        ("M.V. Ramana Naidu", "M. V. Ramana Naidu"),
        ("P.Chidambaram", "P. Chidambaram"),
        ("Narendra Modi", "Narendra Modi"),
        ("Mr NTR", "Mr NTR"),  # the last word is the name, never initials
    ],
)
def test_initials_are_spelt_as_english_titles_write_them(name: str, spelled: str) -> None:
    assert _spaced_initials(name) == spelled


def test_pha_is_f_unless_english_text_writes_ph() -> None:
    from khabar.stages.link.linker import _f_for_ph

    known = {"phule": 3}
    assert _f_for_ph("Aphashri", known) == "Afashri"
    assert _f_for_ph("Ruipheng", known) == "Ruifeng"
    assert _f_for_ph("Phule", known) == "Phule"  # attested with "ph"
    assert _f_for_ph("Singh", known) == "Singh"


# ---------------------------------------------------------------- Latin initials without dots or spaces
@pytest.mark.parametrize(
    ("spelling", "others"),
    [
        ("C. P. Joshi", ("C P Joshi", "CP Joshi", "C.P. Joshi")),
        ("M.V. Ramana Naidu", ("M. V. Ramana Naidu", "M V Ramana Naidu", "MV Ramana Naidu")),
        ("A R Antulay", ("A. R. Antulay", "AR Antulay", "A.R. Antulay")),
        ("A. Raja", ()),  # one initial: "A Raja" would meet the article "a"
        ("UN Security Council", ()),  # glued capitals without dots are an acronym, not initials
        ("Joshi", ()),
    ],
)
def test_initials_spellings(spelling: str, others: tuple[str, ...]) -> None:
    assert initials_spellings(spelling) == others


def test_kb_person_with_dotted_initials_is_found_however_written() -> None:
    person = Actor(id="tp", type="PER", name="T. R. Pillai")
    party = Actor(id="ab", type="ORG", name="A.B. Front")
    kb = KnowledgeBase.build([person, party])
    for written in ("T R Pillai", "TR Pillai", "T.R. Pillai", "T. R. Pillai"):
        assert [a.id for a in kb.lookup(written)] == ["tp"], written
    assert kb.lookup("AB Front") == []  # organisations keep their own spelling


@pytest.mark.parametrize("written", ["C P Joshi", "CP Joshi"])
def test_latin_initials_without_dots_link_in_hindi_text(extractor: Extractor, written: str) -> None:
    doc = extract_checked(extractor, f"विधानसभा अध्यक्ष {written} ने सदन की कार्यवाही स्थगित कर दी।", "2019-07-02")
    assert written in _people(doc).get("C. P. Joshi", [])
