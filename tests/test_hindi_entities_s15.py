"""Hindi names of institutions written as English words in Devanagari (session 15, hinames23): the
institution vocabulary of langpacks/hi/loanwords.toml (every entry's example is checked by
tests/test_loanwords.py), a name continued after "ऑफ़" over several words and further joiners, a name
most of whose words are English words spelt as those words whatever found it, and knowledge-base names
that follow the English Wikipedia title."""

from __future__ import annotations

import pytest

from hindi_support import entity_name_types
from khabar.api import Extractor
from khabar.resources import Resources


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # English words before a head the table now knows, spelt as English (not "Fauren Intelijens …")
        (
            "अदालत के बाद फ़ॉरेन इंटेलिजेंस सर्विलांस कोर्ट ने निगरानी की मंज़ूरी दी।",
            "Foreign Intelligence Surveillance Court",
        ),
        ("पाकिस्तान में चुनाव से पहले नेश्नल एसेंबली को भंग कर दिया गया।", "National Assembly of Pakistan"),
        ("शहर में होमलैंड सिक्योरिटी डिपार्टमेंट ने चेतावनी जारी की।", "Homeland Security Department"),
        ("कर्मचारियों ने कहा कि जेट एयरवेज़ ने वेतन नहीं दिया।", "Jet Airways"),
        # after "ऑफ़" the name goes on over several words and another joiner
        (
            "लोगों ने एसोसिएशन ऑफ़ फ़ॉर्मर डिटेनीज़ फ़्राम इराक़ के नाम से संगठन बनाया।",
            "Association of Former Detainees from Iraq",
        ),
        ("छात्रों ने नेशनल काउंसिल फ़ॉर टीचर एजुकेशन के दफ़्तर पर धरना दिया।", "National Council for Teacher Education"),
    ],
)
def test_a_name_of_english_words_is_found_whole_and_spelt_in_english(
    extractor: Extractor, text: str, name: str
) -> None:
    assert (name, "ORG") in entity_name_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "कंपनी ने टास्क फ़ोर्स बनाने की घोषणा की।",  # a common noun of loanwords
        "उन्होंने प्रेस कॉन्फ्रेंस में यह बात कही।",
        "सरकारी टेलीविज़न ने यह ख़बर दिखाई।",  # an ordinary adjective before the head
        "भारतीय टेलीविज़न पर भी यह दिखाया गया।",
        "ब्रिटिश कंपनी ने सौदा किया।",
        "शहर के मेडिकल कॉलेज में हड़ताल है।",  # only a word of the body's kind before the head
        "वह सोशल नेटवर्क पर सक्रिय है।",
    ],
)
def test_loanwords_that_name_no_institution_are_no_organisation(extractor: Extractor, text: str) -> None:
    assert not {name for name, kind in entity_name_types(extractor, text) if kind == "ORG"}


def test_a_television_network_written_in_english_words_is_an_organisation(extractor: Extractor) -> None:
    found = entity_name_types(extractor, "मेक्सिको सेंट्रल टेलीविज़न के मुताबिक़ बाढ़ में कई लोग मारे गए।")
    assert ("Mexico Central Television", "ORG") in found


def test_the_chinese_defence_ministry_has_its_english_wikipedia_title(extractor: Extractor) -> None:
    # Wikipedia: "Ministry of National Defense of the People's Republic of China"
    found = entity_name_types(extractor, "चीनी रक्षा मंत्रालय ने अभ्यास की घोषणा की।")
    assert ("Ministry of National Defense of the People's Republic of China", "ORG") in found
