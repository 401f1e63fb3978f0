"""Perso-Arabic names in South Asian English spelling (khabar.text.perso_arabic, hi pack
perso_arabic_names.toml), used by the linker for names the knowledge base does not know."""

from __future__ import annotations

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.errors import LanguagePackError
from khabar.langpacks import load_language_packs
from khabar.resources import Resources
from khabar.stages.link.linker import Linker
from khabar.text.perso_arabic import PersoArabicNames, match_key, urdu_vowels

NAMES = PersoArabicNames.parse(
    {
        "names": ["Waseem", "Hafeez", "Siddiqui", "Qasim"],
        "spellings": {"सैयद": "Syed"},
        "suffixes": {"ुद्दीन": "uddin"},
    },
    "test",
)


def test_a_listed_name_is_found_up_to_how_hindi_writes_it() -> None:
    assert match_key("Vasim") == match_key("Waseem")
    assert NAMES.listed("Vasim") == "Waseem"
    assert NAMES.listed("Siddiki") == "Siddiqui"  # "qu" is one sound
    assert NAMES.listed("Kasim") == "Qasim"  # क for क़: the list gives the q back
    assert NAMES.listed("Vinod") is None


def test_a_listed_long_vowel_needs_a_long_vowel_in_the_hindi_word() -> None:
    assert NAMES.listed("Hafiz", "हफ़ीज़") == "Hafeez"
    assert NAMES.listed("Hafiz", "हाफ़िज़") is None  # short i: Hafiz, another name


def test_spellings_and_suffixes() -> None:
    assert NAMES.fixed("सैयद") == "Syed"
    assert NAMES.split_suffix("अकबरुद्दीन") == ("अकबर", "ुद्दीन", "uddin")
    assert NAMES.split_suffix("दीन") is None
    assert NAMES.marks("क़ासिम", "Qasim") and NAMES.marks("वसीम", "Vasim")
    assert not NAMES.marks("सुनील", "Sunil")


def test_urdu_vowels_only_in_a_closed_last_syllable() -> None:
    assert urdu_vowels("यासूब", "Yasub") == "Yasoob"
    assert urdu_vowels("वसीम", "Vasim") == "Vaseem"
    assert urdu_vowels("जलीली", "Jalili") == "Jalili"  # open syllables: Persian Jalili
    assert urdu_vowels("जिलानी", "Jilani") == "Jilani"


def test_bad_pack_data_names_the_file() -> None:
    with pytest.raises(LanguagePackError, match=r"bad\.toml"):
        PersoArabicNames.parse({"names": "Waseem"}, "bad.toml")
    with pytest.raises(LanguagePackError, match=r"bad\.toml"):
        PersoArabicNames.parse({"spellings": {"सैयद": 3}}, "bad.toml")


def test_the_shipped_list_is_read_from_the_hindi_pack() -> None:
    names = PersoArabicNames.from_packs(load_language_packs())
    assert names.listed("Vasim", "वसीम") == "Waseem"
    assert names.fixed("सैयद") == "Syed"


@pytest.mark.parametrize(
    ("hindi", "english"),
    [
        ("वसीम बरेलवी", "Waseem Barelwi"),  # a listed name (the vocabulary has Wasim)
        ("सैयद अकबरुद्दीन", "Syed Akbaruddin"),  # a listed word; a compound's stem read by itself
        ("सनाउल्ला", "Sanaullah"),  # a suffix after a vowel
        ("यासूब अब्बास", "Yasoob Abbas"),  # Urdu "oo" in a marked run, a word English text lacks
        ("अब्दुल बारी सिद्दीकी", "Abdul Bari Siddiqui"),
        ("फ़ज़लुद्दीन अयाज़", "Fazluddin Ayaz"),  # the compound as its own reading writes it
        ("सईद जलीली", "Saeed Jalili"),
    ],
)
def test_unknown_perso_arabic_names_get_the_south_asian_spelling(
    linker: Linker, hindi: str, english: str
) -> None:
    assert linker._romanise(hindi) == english


@pytest.mark.parametrize(
    ("hindi", "english"),
    [("सुनील कुमार", "Sunil Kumar"), ("अनूप जलोटा", "Anup Jalota"), ("हाफ़िज़ अब्दुल क़य्यूम", "Hafiz Abdul Qayyum")],
)
def test_other_names_are_left_as_they_were(linker: Linker, hindi: str, english: str) -> None:
    assert linker._romanise(hindi) == english


def test_a_linker_without_the_list_reads_letter_by_letter(linker: Linker) -> None:
    plain = Linker(linker.kb)
    assert plain._romanise("वसीम बरेलवी") != "Waseem Barelwi"


@pytest.mark.parametrize(
    ("hindi", "english"),
    [("माइकल क्लार्क", "Michael Clark"), ("जेम्स स्मिथ", "James Smith"), ("ऐडम स्मिथ", "Adam Smith")],
)
def test_english_given_names_as_hindi_writes_them(linker: Linker, hindi: str, english: str) -> None:
    assert linker._romanise(hindi) == english


@pytest.mark.parametrize(
    ("hindi", "english"),
    [("रॉजर मूर", "Roger Moore"), ("गैरथ इवान्स", "Gareth Evans"), ("अलेक्स हार्टली", "Alex Hartley")],
)
def test_english_family_names_as_hindi_writes_them(linker: Linker, hindi: str, english: str) -> None:
    # every word of an unknown name is looked up, the family name too ("Rojar Mur" letter by letter)
    assert linker._romanise(hindi) == english


def test_an_english_name_is_no_perso_arabic_mark(linker: Linker) -> None:
    names = PersoArabicNames.from_packs(load_language_packs())
    assert names.fixed("माइकल") == "Michael"
    assert not names.marks("माइकल", "Maikal")


def test_aa_i_is_two_vowels_not_english_a(linker: Linker) -> None:
    # ऐ may be English "a" (Chaplin); आ + ई is not (मथाई Mathai, not the vocabulary's "Matha")
    assert linker._romanise("वलसम्मा मथाई").endswith("Mathai")


def test_an_extracted_speaker_gets_the_spelling(resources: Resources) -> None:
    doc = extract_checked(
        Extractor(resources), "शिया वक़्फ़ बोर्ड के अध्यक्ष वसीम रिज़वी ने कहा कि वह अदालत जाएंगे.", "2017-11-20"
    )
    names = {e.name for e in doc.entities or []}
    assert "Waseem Rizvi" in names, names


def test_an_initial_e_may_be_english_a(linker: Linker) -> None:
    # Hindi writes English "A" as ए (एलेक्स Alex, एशियन Asian); "E" stays where English writes it
    assert linker._romanise("एलेक्स हॉर्न") == "Alex Horn"
    assert linker._romanise("एडवर्ड") == "Edward"


def test_an_ordinary_word_that_is_a_listed_name_is_that_name(linker: Linker) -> None:
    names = PersoArabicNames.from_packs(load_language_packs())
    with_word = Linker(linker.kb, common_words=["अक़बर", "बिजली"], perso_arabic=names)
    assert with_word._romanise("अक़बर ख़ान") == "Akbar Khan"  # not "Aqbar"
    assert with_word._romanise("बिजली ख़ान") == "Bijli Khan"  # no listed name: the word keeps its reading


def test_romanising_is_remembered_per_text_with_the_same_answer(linker: Linker) -> None:
    names = ["सईद जलीली", "अनूप जलोटा", "एलेक्स हॉर्न", "सईद जलीली"]
    first = [linker._romanise(text) for text in names]
    assert first == [linker._romanise_text(text) for text in names]  # the memo answers as computing does
    assert first == [linker._romanise(text) for text in names]
    assert set(linker._romanise) >= set(names)


def test_a_persian_yab_compound_keeps_the_listed_name(linker: Linker) -> None:
    # -याब after a listed name (Zafar, whose ज Hindi copy often writes without the nukta)
    assert linker._romanise("जफ़रयाब अंसारी") == "Zafaryab Ansari"
