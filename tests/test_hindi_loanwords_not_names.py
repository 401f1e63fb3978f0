"""English loanwords and frequent Hindi words are no names: a cued run of English words written in
Devanagari (one word, or two glued: चार्जशीट charge+sheet) is no person, a frequent Hindi word before a
locative is no misspelt place, and alone it is no small city of a country the article names nowhere
else. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from hindi_support import mention_texts
from khabar.api import Extractor
from khabar.resources import Resources
from khabar.text.english_words import EnglishWords, load_english_words

WORDS_FILE = Path(__file__).resolve().parents[1] / "src/khabar/langpacks/hi/english_words.tsv"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


@pytest.fixture(scope="module")
def words() -> EnglishWords:
    return load_english_words(WORDS_FILE, frozenset({"green", "root", "james", "smith"}))


@pytest.mark.parametrize(
    ("word", "english"),
    [("मोबाइल", "mobile"), ("वेबसाइट", "website"), ("रेटिंग", "rating"), ("स्कूल", "school")],
)
def test_a_loanword_reads_as_its_english_word(words: EnglishWords, word: str, english: str) -> None:
    assert words.spelling(word) == english
    assert words.loanword(word)


@pytest.mark.parametrize(("word", "pair"), [("लोडशेडिंग", ("load", "shedding")), ("वेबपेज", ("webb", "page"))])
def test_two_glued_loanwords(words: EnglishWords, word: str, pair: tuple[str, str]) -> None:
    found = words.glued(word)
    assert found is not None and found[0][:3] == pair[0][:3] and found[1] == pair[1]


@pytest.mark.parametrize("word", ["ग्रीन", "रूट", "जेम्स", "मायावती", "सुखराम"])
def test_a_word_that_may_write_a_name_is_no_loanword(words: EnglishWords, word: str) -> None:
    assert not words.loanword(word)  # Green and Root are names too; Indian names are no English words


@pytest.mark.parametrize(
    "text",
    [
        "गर्मियों में लोडशेडिंग ने किसानों की फ़सल बर्बाद कर दी.",
        "अदालत में दाखिल चार्जशीट के मुताबिक आरोपी अफ़सर रिश्वत लेता था.",
    ],
)
def test_cued_loanwords_are_no_person(extractor: Extractor, text: str) -> None:
    assert mention_texts(extractor, text, "PER") == []


def test_a_cued_name_stays(extractor: Extractor) -> None:
    assert "अन्ना हज़ारे" in mention_texts(extractor, "रविवार को अन्ना हज़ारे ने अनशन का ऐलान किया.", "PER")


@pytest.mark.parametrize(
    "text",
    [
        "भारी दबाव में सरकार ने अपना फ़ैसला बदल दिया.",  # दबाव is no Davao
        "उन्होंने इस पत्र में अपनी मांगें लिखीं.",  # पत्र is no Patras
        "कंपनी ने नए मोबाइल फ़ोन बाज़ार में उतारे.",  # no Mobile, Alabama
    ],
)
def test_a_frequent_word_is_no_place(extractor: Extractor, text: str) -> None:
    assert mention_texts(extractor, text, "GPE") == []


def test_the_city_stays_where_its_country_is_named(extractor: Extractor) -> None:
    text = "अमरीका के अलबामा राज्य के मोबाइल शहर में तूफ़ान आया."
    assert "मोबाइल" in mention_texts(extractor, text, "GPE")


@pytest.mark.parametrize(
    "text",
    ["मैंने आज तक किसी से मदद नहीं मांगी.", "आज तक इस गांव में बिजली नहीं पहुंची."],
)
def test_a_name_of_function_words_is_the_phrase(extractor: Extractor, text: str) -> None:
    assert mention_texts(extractor, text, "ORG") == []  # "until today", no TV channel


def test_the_phrase_in_quotes_and_a_name_of_names_stay(extractor: Extractor) -> None:
    assert mention_texts(extractor, "टीवी चैनल 'आज तक' ने यह ख़बर दिखाई.", "ORG") == ["आज तक"]
    assert mention_texts(extractor, "भारत सरकार ने नई नीति का ऐलान किया.", "ORG") == ["भारत सरकार"]


def test_the_stored_keys_are_the_readings_of_today() -> None:
    """english_words.tsv stores each word's consonant keys: rebuild it (scripts/build_english_words.py)
    when the readings of khabar.text.english_phonetic change."""
    from khabar.text.english_phonetic import english_readings

    lines = WORDS_FILE.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line[:1] != "#"]
    for word, _zipf, keys in rows[::97]:
        assert keys == ",".join(sorted({r.consonants for r in english_readings(word)})), word
