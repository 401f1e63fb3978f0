"""Iranian names written in Hindi: Persian spelling conventions in an article about Iran
(khabar.text.perso_arabic.persian_vowels) and a misspelt family name of a knowledge-base person of the
article's country (Linker._surname_close)."""

from __future__ import annotations

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.resources import Resources
from khabar.text.perso_arabic import PersoArabicNames, persian_final_gh, persian_vowels


@pytest.mark.parametrize(
    ("hindi", "reading", "persian"),
    [
        ("महमूद", "Mahmud", "Mahmoud"),  # a long ू is "ou"
        ("मसूद", "Masood", "Masoud"),
        ("रूहानी", "Ruhani", "Rouhani"),
        ("मिस्बाह", "Misbah", "Mesbah"),  # a short ि in a closed syllable is "e"
        ("सादिक", "Sadiq", "Sadeq"),
        ("मोहसिन", "Mohsin", "Mohsen"),  # (हामिद → Hamed too: Hamid is also Persian, left)
        ("जिबकलम", "Jibaklam", "Jibaklam"),  # an open syllable keeps "i"
        ("मुस्तफ़ा", "Mustafa", "Mostafa"),  # a short ु is "o"
        ("इस्माइल", "Ismail", "Esmail"),  # a word-initial इ is "E"
        ("जलीली", "Jalili", "Jalili"),  # long ी
        ("रईसी", "Raisi", "Raisi"),  # ई after a vowel: the vowels do not pair up, nothing changes
        ("हुसैन", "Husain", "Hosein"),  # ै as "ei"
        ("ज़ैनब", "Zainab", "Zeinab"),
    ],
)
def test_persian_vowels(hindi: str, reading: str, persian: str) -> None:
    assert persian_vowels(hindi, reading) == persian


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def _entities(extractor: Extractor, text: str) -> dict[str, str | None]:
    doc = extract_checked(extractor, text, "2021-05-02")
    return {e.name: e.kb_id for e in doc.entities or []}


def test_an_iranian_name_in_an_article_about_iran(extractor: Extractor) -> None:
    text = "ईरान की राजधानी तेहरान में विश्लेषक मसूद करीमी ने कहा कि चुनाव में कड़ा मुक़ाबला होगा."
    assert "Masoud Karimi" in _entities(extractor, text)


def test_an_indian_name_in_an_article_about_iran_keeps_its_spelling(extractor: Extractor) -> None:
    text = "ईरान की राजधानी तेहरान में भारतीय पत्रकार विक्रम मिश्रा ने कहा कि बातचीत अच्छी रही."
    names = _entities(extractor, text)
    assert "Vikram Mishra" in names, names


def test_the_same_name_outside_iran_keeps_the_south_asian_spelling(extractor: Extractor) -> None:
    text = "लखनऊ में विश्लेषक मसूद करीमी ने कहा कि चुनाव में कड़ा मुक़ाबला होगा."
    assert "Masoud Karimi" not in _entities(extractor, text)


def test_a_misspelt_family_name_of_a_person_of_the_article_country(extractor: Extractor) -> None:
    # रहानी for रूहानी: the given name is his, the family name two letters off, the story is Iran's
    text = "ईरान में राष्ट्रपति चुनाव से पहले हसन रहानी ने तेहरान में एक रैली को संबोधित किया."
    assert _entities(extractor, text).get("Hassan Rouhani") == "hassan_rouhani"


def test_no_misspelt_family_name_link_outside_the_person_country(extractor: Extractor) -> None:
    text = "लखनऊ में हसन रहानी ने एक रैली को संबोधित किया."
    assert "Hassan Rouhani" not in _entities(extractor, text)


@pytest.mark.parametrize(
    ("latin", "spelt"),
    [("Sadeq", "Sadegh"), ("Rafeq", "Rafegh"), ("Taqi", "Taqi"), ("Qasem", "Qasem"), ("Iraq", "Iragh")],
)
def test_a_final_q_of_an_iranian_name_is_gh(latin: str, spelt: str) -> None:
    assert persian_final_gh(latin) == spelt


def test_a_listed_iranian_name_by_its_consonants() -> None:
    names = PersoArabicNames.parse({"iranian": ["Zibakalam", "Vaezi", "Hassani", "Hosseini"]}, "test")
    assert names.iranian_spelling("Jibkalam") == "Zibakalam"  # ज for ज़, a compound's schwa dropped
    assert names.iranian_spelling("Veiji") == "Vaezi"  # ै for the ā'e of واعظی
    assert names.iranian_spelling("Husaini") is None  # two listed names share the consonants
    assert names.iranian_spelling("Vajipeyi") is None  # other consonants
    assert names.iranian_spelling("Ji") is None  # too short to tell


def test_an_unknown_iranian_surname_takes_the_listed_spelling(extractor: Extractor) -> None:
    text = "ईरान की राजधानी तेहरान में मंत्री अली वैजी ने कहा कि चुनाव में कड़ा मुक़ाबला होगा."
    names = _entities(extractor, text)
    assert "Ali Vaezi" in names, names


def test_the_listed_iranian_spelling_stays_out_of_other_stories(extractor: Extractor) -> None:
    text = "लखनऊ में मंत्री अली वैजी ने कहा कि चुनाव में कड़ा मुक़ाबला होगा."
    assert "Ali Vaezi" not in _entities(extractor, text)
