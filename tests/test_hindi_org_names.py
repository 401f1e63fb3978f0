"""Hindi names of parties and bodies as Hindi copy writes them (kb/data/actors: the aliases added for
spellings the gold of corpus/dev2 showed the KB missing, and the bodies it lacked). Every alias added
has a sentence here in which it must name its actor, by the English Wikipedia title."""

from __future__ import annotations

import pytest

from khabar.api import Extractor
from khabar.resources import Resources

EXAMPLES = [
    # (sentence, the actor's name)
    ("अफ़ग़ानिस्तान में नेटो की मौजूदगी पर बहस हुई.", "NATO"),
    ("राष्ट्रपति ने नैटो के कमांडर से बात की.", "NATO"),
    ("नवाज़ शरीफ़ की पाकिस्तान मुस्लिम लीग(नून) ने रैली की.", "Pakistan Muslim League (N)"),
    ("पीएमएल (एन) के वरिष्ठ नेता ने कहा कि संकट गहरा है.", "Pakistan Muslim League (N)"),
    ("संकट कम करने के लिए मुस्लिम लीग (एन) को क़दम उठाने होंगे.", "Pakistan Muslim League (N)"),
    ("पाकिस्तान मुस्लिम लीग (क़ायदे आज़म) पिछली सरकार में थी.", "Pakistan Muslim League (Q)"),
    ("कराची में मुत्तहिदा क़ौमी मूवमेंट ने हड़ताल बुलाई.", "Muttahida Qaumi Movement"),
    ("पेशावर में अवामी नेशनल पार्टी की रैली पर हमला हुआ.", "Awami National Party"),
    ("जमीयत-उलेमा-इस्लाम(फ़ज़ल) ने गठबंधन छोड़ा.", "Jamiat Ulema-e-Islam (F)"),
    ("अंतिम संस्कार में तेलगूदेशम पार्टी के विधायक भी शामिल थे.", "Telugu Desam Party"),
    ("अन्ना हज़ारे मार्क्सवादी कम्युनिस्ट पार्टी के नेताओं से मिले.", "Communist Party of India (Marxist)"),
    ("जद-यू अध्यक्ष ने बैठक बुलाई.", "Janata Dal (United)"),
    ("राष्ट्रीय लोकदल के नेता ने समर्थन दिया.", "Rashtriya Lok Dal"),
    ("तेलंगाना राष्ट्र समिति ने विरोध किया.", "Bharat Rashtra Samithi"),
    ("वाम मोर्चे ने बंद का समर्थन किया.", "Left Front (West Bengal)"),
    ("श्रीनगर में हुर्रियत कान्फ्रेंस ने बंद बुलाया.", "All Parties Hurriyat Conference"),
    ("आंध्र प्रदेश में जन सेना पार्टी के एक विधायक को गिरफ्तार किया गया.", "Jana Sena Party"),
    ("ट्राई के पूर्व चेयरमैन से पूछताछ हुई.", "Telecom Regulatory Authority of India"),
    ("नियंत्रक एवं महालेखा परीक्षक (सीएजी) ने रिपोर्ट दी.", "Comptroller and Auditor General of India"),
    ("मुस्लिम पर्सनल लॉ बोर्ड ने फ़ैसले का विरोध किया.", "All India Muslim Personal Law Board"),
    ("शिया सेंट्रल वक़्फ़ बोर्ड ने अदालत में हलफ़नामा दिया.", "Uttar Pradesh Shia Central Waqf Board"),
    ("सुन्नी वक़्फ़ बोर्ड ने प्रस्ताव ठुकरा दिया.", "Uttar Pradesh Sunni Central Waqf Board"),
    ("ग्राम सभाओं ने वेदांता के खनन प्रस्ताव को ख़ारिज कर दिया.", "Vedanta Resources"),
    ("स्नोडेन ने नेशनल सिक्योरिटी एजेंसी की जानकारी लीक की.", "National Security Agency"),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


@pytest.mark.parametrize(("sentence", "name"), EXAMPLES, ids=[n for _, n in EXAMPLES])
def test_the_hindi_name_finds_its_actor(extractor: Extractor, sentence: str, name: str) -> None:
    doc = extractor.extract(sentence, lang="hi", published="2013-05-01")
    names = [e.name for e in doc.entities or []]
    assert name in names, names


def test_hurriyat_is_no_longer_the_turkish_paper(extractor: Extractor) -> None:
    doc = extractor.extract("कश्मीर में हुर्रियत ने बंद बुलाया.", lang="hi", published="2016-07-01")
    names = [e.name for e in doc.entities or []]
    assert "All Parties Hurriyat Conference" in names and "Hürriyet" not in names


def test_a_country_alias_names_its_actor_only_in_a_story_about_that_country(extractor: Extractor) -> None:
    us_story = (
        "अमरीका में राष्ट्रपति बराक ओबामा ने वॉशिंगटन में कहा कि व्हाइट हाउस समिति के सुझावों पर विचार करेगा. "
        "समिति ने कहा कि एनएसए फ़ोन कंपनियों से आंकड़े न ले."
    )
    doc = extractor.extract(us_story, lang="hi", published="2013-12-19")
    assert "National Security Agency" in [e.name for e in doc.entities or []]
    indian_story = "दिल्ली में प्रधानमंत्री नरेंद्र मोदी ने बैठक की. एनएसए अजीत डोभाल भी बैठक में थे."
    doc = extractor.extract(indian_story, lang="hi", published="2019-08-01")
    assert "National Security Agency" not in [e.name for e in doc.entities or []]
