"""Hindi names the knowledge base does not know: found from their context, bounded by ordinary words,
spelt close to the usual English spelling."""

from __future__ import annotations

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.resources import Resources
from khabar.text.translit import default_transliterator


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def names(extractor: Extractor, text: str) -> dict[str, str]:
    doc = extract_checked(extractor, text, "2013-06-01")
    return {e.name: e.type for e in doc.entities or []}


def test_a_name_before_an_agent_cue_is_a_person(extractor: Extractor) -> None:
    found = names(extractor, "इस बारे में प्रोफ़ेसर नहीं, बल्कि रमाकांत गोड़बोले ने कहा कि वह चुनाव लड़ेंगे.")
    assert found.get("Ramakant Godbole") == "PER" or any(
        n.startswith("Ramakant") and t == "PER" for n, t in found.items()
    )


def test_ordinary_words_never_extend_a_name(extractor: Extractor) -> None:
    # "कहते" (say), "रहते हुए" (while being) follow the name; they are not part of it
    found = names(extractor, "राजनीति विज्ञान के प्रोफ़ेसर सादिक जिबकलम कहते हैं कि मुकाबला कड़ा है.")
    assert any("Jibaklam" in n or "Jibkalam" in n for n in found), found
    assert not any("Kahte" in n for n in found)


def test_one_known_word_before_ne_is_no_name(extractor: Extractor) -> None:
    found = names(extractor, "इस बीच टीचर ने स्कूल बंद कर दिया.")
    assert not [n for n, t in found.items() if t == "PER"]


def test_two_known_but_infrequent_words_before_ne_are_a_name(extractor: Extractor) -> None:
    found = names(extractor, "बैठक के बाद अन्ना हज़ारे ने पत्रकारों से बात की.")
    assert any(n.startswith("Anna") and t == "PER" for n, t in found.items()), found


@pytest.mark.parametrize(
    ("hindi", "english"),
    [("डीएच गोस्वामी", "DH Goswami"), ("यशवंत", "Yashwant"), ("सिंह", "Singh"), ("सिंघवी", "Singhvi")],
)
def test_display_spelling_follows_english_conventions(hindi: str, english: str) -> None:
    assert default_transliterator().romanise_name(hindi) == english
