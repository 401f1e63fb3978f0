"""Unknown names closer to their usual English spelling (session 13, hispell): a story about a state
whose language keeps the inherent vowel Hindi drops (Telugu, Tamil, Kannada, Malayalam, Odia) spells its
unknown names with the medial schwas kept (Linker._inherent_a_name), and a knowledge-base place's
doubled consonant that the Devanagari does not write is not taken for a name word (_doubles_unwritten);
the speller takes no spelling that drops a vowel other than the short "a" (respell._full_vowels)."""

from __future__ import annotations

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.resources import Resources
from khabar.stages.link.linker import Linker, _doubles_unwritten
from khabar.text.respell import NameSpeller, _full_vowels


@pytest.mark.parametrize(
    ("hindi", "latin", "spelling", "unwritten"),
    [
        ("हसन", "Hasan", "Hassan", True),  # one स: Hasan, as the Arabic given name is spelt
        ("हस्सान", "Hassan", "Hassan", False),  # the same spelling
        ("मुसद्दिक", "Musadik", "Musaddik", False),  # द्द writes the doubling
        ("कमल", "Kamal", "Kamala", False),  # not a doubled letter
        ("गोपाल", "Gopal", "Goppal Nagar", False),  # a several-word alias is not one word's spelling
    ],
)
def test_doubles_unwritten(hindi: str, latin: str, spelling: str, unwritten: bool) -> None:
    assert _doubles_unwritten(hindi, latin, spelling) is unwritten


def test_a_given_name_that_is_a_town_keeps_its_single_consonant(linker: Linker) -> None:
    # हसन names the Karnataka town Hassan in the knowledge base; as a given name it is Hasan
    assert linker._romanise("हसन अंसारी") == "Hasan Ansari"


@pytest.mark.parametrize(
    ("hindi", "hindi_reading", "english"),
    [
        ("नरसिम्हुलु", "Narsimhulu", "Narasimhulu"),  # Telugu -ulu name: the schwa after र is spoken
        ("अंजनेयुलु", "Anjneyulu", "Anjaneyulu"),
        ("करपा", "Karpa", "Karapa"),  # a village name of Odisha in the same way
        ("वेंकटेश्वरलु", "Venkteshwarlu", "Venkateshwarlu"),  # but no vowel before the final -lu
    ],
)
def test_inherent_vowel_kept_in_a_southern_story(
    linker: Linker, hindi: str, hindi_reading: str, english: str
) -> None:
    assert linker._romanise(hindi) == hindi_reading
    assert linker._inherent_a_name(hindi, hindi_reading) == english


def test_known_spellings_and_ordinary_words_stay(linker: Linker) -> None:
    # a spelling English text uses (Rajendar) and an ordinary word (कमल, lotus) keep Hindi's reading
    assert linker._inherent_a_name("राजेंदर कमल", "Rajendar Kamal") == "Rajendar Kamal"


def test_the_story_state_decides(resources: Resources) -> None:
    extractor = Extractor(resources)
    south = (
        "तेलंगाना के वारंगल ज़िले में किसान नेता नरसिम्हुलु ने कहा कि फ़सल का दाम नहीं मिला. "
        "तेलंगाना सरकार ने जांच का आदेश दिया है."
    )
    names = [e.name for e in extract_checked(extractor, south, "2022-03-04").entities or []]
    assert "Narasimhulu" in names, names
    north = (
        "बिहार के गया ज़िले में किसान नेता नरसिम्हुलु ने कहा कि फ़सल का दाम नहीं मिला. बिहार सरकार ने जांच का आदेश दिया है."
    )
    names = [e.name for e in extract_checked(extractor, north, "2022-03-04").entities or []]
    assert "Narsimhulu" in names, names


@pytest.mark.parametrize(
    ("hindi", "english"),
    [
        ("रमेश तिवारी", "Ramesh Tiwari"),  # तिवारी is Hindi vocabulary; English writes it Tiwari
        ("सुमन मुखर्जी", "Suman Mukherjee"),
        ("बिजली विभाग", "Bijli Vibhag"),  # ordinary words no family name spells stay as read
        ("कमल नाथ", "Kamal Nath"),  # a reading English text uses stays
    ],
)
def test_a_vocabulary_word_that_is_a_family_name_takes_the_listed_spelling(
    linker: Linker, hindi: str, english: str
) -> None:
    assert linker._romanise(hindi) == english


@pytest.mark.parametrize(
    ("hindi", "english"),
    [
        ("जसविंदर कौर", "Jasvinder Kaur"),  # given names in इंदर / ेंदर are "-inder" / "-ender"
        ("सुरेंदर यादव", "Surender Yadav"),
        ("सिकंदर", "Sikandar"),  # English text writes Sikandar: it stays
    ],
)
def test_inder_given_names(linker: Linker, hindi: str, english: str) -> None:
    assert linker._romanise(hindi) == english


@pytest.mark.parametrize(
    ("reading", "full"),
    [
        ("Palival", 1),  # पालीवाल: the ी is a vowel English keeps
        ("Palwal", 0),
        ("Laiko", 1),  # ै as English "a"
        ("Riyo", 1),  # the glide Hindi writes after इ
        ("Jayasval", 0),  # ...and after आ: Jaiswal
        ("Lindsay", 2),  # English "ay", Hindi े
        ("Chaudhary", 2),  # a final y after a consonant
    ],
)
def test_full_vowels(reading: str, full: int) -> None:
    assert _full_vowels(reading) == full


def test_a_written_vowel_is_not_dropped_for_a_vocabulary_spelling() -> None:
    speller = NameSpeller.from_counts([("Palwal", 40), ("Bandra", 40), ("Tiwari", 40)])
    assert speller.respell("Palival") == "Palival"  # पालीवाल is no town Palwal
    assert speller.respell("Bindra") == "Bindra"  # बिंद्रा is no Bandra
    assert speller.respell("Tivari") == "Tiwari"  # the same vowels: respelt as before
