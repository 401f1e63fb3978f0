"""Generic agents named by their country (kb/data/agents.toml): every entry's own example sentence,
the article's country for unqualified national bodies, and an explicit qualifier winning over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.api import Extractor
from khabar.errors import KnowledgeBaseError
from khabar.kb.agents import AgentKind, agent_name, load_agents
from khabar.resources import Resources

# A story about Pakistan: enough Pakistani names for the article's country to be Pakistan.
PAKISTAN = "पाकिस्तान में आम चुनाव हो रहे हैं. कराची, लाहौर और पेशावर में रैलियां हुईं. "


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def actors(extractor: Extractor, text: str) -> dict[str, str | None]:
    doc = extractor.extract(text, lang="hi", published="2013-05-01")
    return {e.name: e.actor_code for e in doc.entities or []}


EXAMPLES = [
    (kind.kind, country, name, kind.examples[country])
    for kind in load_agents().values()
    for country, name in kind.names.items()
]


@pytest.mark.parametrize(
    ("kind", "country", "name", "example"), EXAMPLES, ids=[f"{k}-{c}" for k, c, _, _ in EXAMPLES]
)
def test_every_entry_is_found_in_its_example(
    extractor: Extractor, kind: str, country: str, name: str, example: str
) -> None:
    found = actors(extractor, example)
    assert name in found, f"{kind}/{country}: {found}"
    assert (found[name] or "").startswith(country)


def test_default_patterns_fill_the_demonym_or_the_country() -> None:
    police = AgentKind("police", "COP", "{demonym} police", {"AFG": "Afghan National Police"}, {})
    assert agent_name(police, "AFG", "Afghan", "Afghanistan") == "Afghan National Police"
    assert agent_name(police, "NPL", "Nepali", "Nepal") == "Nepali police"
    assert agent_name(police, "XXX", None, "Nowhere") is None  # no adjective: no name
    government = AgentKind("government", "GOV", "Government of {country}", {}, {})
    assert agent_name(government, "PAK", "Pakistani", "Pakistan") == "Government of Pakistan"


def test_a_malformed_entry_names_the_file_and_the_entry(tmp_path: Path) -> None:
    bad = tmp_path / "agents.toml"
    bad.write_text(
        '[police]\nsector = "COP"\n[police.names]\nAFG = "Afghan National Police"\n', encoding="utf-8"
    )
    with pytest.raises(KnowledgeBaseError) as caught:
        load_agents(bad)
    assert "agents.toml" in str(caught.value) and "AFG" in str(caught.value)


def test_national_bodies_of_the_country_the_article_is_about(extractor: Extractor) -> None:
    found = actors(
        extractor,
        PAKISTAN + "चुनाव आयोग ने नतीजे घोषित किए. अंतरिम सरकार ने सुरक्षा बढ़ाई. "
        "चरमपंथियों ने एक रैली पर हमला किया. विपक्षी पार्टियों ने धांधली का आरोप लगाया.",
    )
    assert found.get("Election Commission of Pakistan") == "PAKGOV"
    assert found.get("Government of Pakistan") == "PAKGOV"
    assert found.get("Pakistani militants") == "PAKREB"
    assert found.get("Pakistani opposition parties") == "PAKOPP"
    assert "Election Commission of India" not in found


def test_a_qualifier_in_the_text_wins_over_the_article_country(extractor: Extractor) -> None:
    found = actors(extractor, PAKISTAN + "भारत के चुनाव आयोग ने भी पर्यवेक्षक भेजे.")
    assert "Election Commission of India" in found
    assert "Election Commission of Pakistan" not in found


def test_in_an_indian_story_the_bodies_stay_indian(extractor: Extractor) -> None:
    found = actors(
        extractor, "दिल्ली, मुंबई और लखनऊ में मतदान हुआ. चुनाव आयोग ने कहा कि मतदान शांतिपूर्ण रहा."
    )
    assert "Election Commission of India" in found


def test_rights_groups_belong_to_no_country(extractor: Extractor) -> None:
    found = actors(extractor, "मानवाधिकार संगठनों ने अदालत के फ़ैसले की निंदा की.")
    assert "human rights groups" in found


def test_a_city_police_is_named_after_the_city(extractor: Extractor) -> None:
    found = actors(extractor, "बीजिंग की पुलिस ने दो पत्रकारों को हिरासत में लिया.")
    assert "Beijing Police" in found


def test_namesake_places_are_decided_by_the_other_places(extractor: Extractor) -> None:
    found = actors(extractor, PAKISTAN + "पंजाब में पीपीपी ने अनौपचारिक गठबंधन किया है.")
    assert "Punjab, Pakistan" in found and "Punjab" not in found
    found = actors(extractor, "पंजाब के मुख्यमंत्री ने अमृतसर और लुधियाना में कहा कि किसानों को मुआवज़ा मिलेगा.")
    assert "Punjab" in found and "Punjab, Pakistan" not in found


def test_a_district_town_with_a_namesake_in_another_state_carries_its_state(extractor: Extractor) -> None:
    found = actors(extractor, "छत्तीसगढ़ के बिलासपुर में नक्सलियों के ख़िलाफ़ बैठक हुई.")
    assert "Bilaspur, Chhattisgarh" in found
    found = actors(extractor, "हिमाचल प्रदेश के बिलासपुर में भूस्खलन हुआ.")
    assert "Bilaspur, Himachal Pradesh" in found


def test_bodies_within_a_party_or_a_city_police(extractor: Extractor) -> None:
    found = actors(extractor, "भाजपा के संसदीय बोर्ड ने मंगलवार को पार्टी के एक सांसद को निष्कासित किया.")
    assert found.get("BJP Parliamentary Board") == "INDPTY"
    assert "Bharatiya Janata Party" in found  # the party stays an entity of its own
    found = actors(extractor, "मुंबई क्राइम ब्रांच ने दो संदिग्धों को गिरफ़्तार किया.")
    assert found.get("Mumbai Crime Branch") == "INDCOP"


def test_a_state_legislature_and_a_provincial_government(extractor: Extractor) -> None:
    assert "Rajasthan Legislative Assembly" in actors(extractor, "राजस्थान विधानसभा में विपक्ष ने बहिर्गमन किया.")
    found = actors(extractor, "छत्तीसगढ़ के कांकेर में विरोध हुआ. विधानसभा में कई दिनों तक यह मामला छाया रहा.")
    assert "Chhattisgarh Legislative Assembly" in found
    # "विधानसभा चुनावों": the elections, no assembly acting
    assert not any("Assembly" in n for n in actors(extractor, "उत्तर प्रदेश में विधानसभा चुनावों की तैयारी है."))
    found = actors(extractor, PAKISTAN + "एमक्यूएम केंद्र और सिंध की प्रांतीय सरकार में सहयोगी है.")
    assert "Government of Sindh" in found and "Sindh" in found


def test_english_group_nouns_take_the_same_names() -> None:
    english = Extractor(Resources.load())
    doc = english.extract("Afghan police arrested three suspects in Kabul on Monday.", lang="en")
    assert "Afghan National Police" in {e.name for e in doc.entities or []}
    doc = english.extract("The Egyptian army removed the president in Cairo.", lang="en")
    assert "Egyptian Armed Forces" in {e.name for e in doc.entities or []}


def test_generic_words_before_a_named_organisation_describe_it(extractor: Extractor) -> None:
    found = actors(extractor, "फ़ैसले के बाद विपक्षी दल कांग्रेस ने सरकार पर आरोप लगाया.")
    assert "Indian National Congress" in found and "Opposition parties" not in found


def test_bare_agents_take_the_article_country(extractor: Extractor) -> None:
    # "सरकार" and "सेना" alone in a national Indian story (Union bodies named more than a state's places):
    # the Union's government and army
    found = actors(
        extractor,
        "प्रधानमंत्री नरेंद्र मोदी और रक्षा मंत्रालय ने छत्तीसगढ़ के लिए नई योजना बनाई. "
        "सरकार ने कहा कि सेना वहां प्रशिक्षण केंद्र बनाएगी.",
    )
    assert found.get("Government of India") == "INDGOV"
    assert "Indian Army" in found
    assert "Government of Chhattisgarh" not in found


def test_bare_government_in_a_story_about_one_state_is_the_states(extractor: Extractor) -> None:
    found = actors(
        extractor,
        "राजस्थान के जयपुर, जोधपुर और उदयपुर में चुनाव प्रचार तेज़ है. सरकार ने किसानों का कर्ज़ माफ़ किया.",
    )
    assert found.get("Government of Rajasthan") == "INDGOV"
    assert "Government of India" not in found


def test_bare_government_takes_the_country_the_last_sentence_named(extractor: Extractor) -> None:
    found = actors(
        extractor,
        "दिल्ली, मुंबई और लखनऊ में प्रार्थना सभाएं हुईं. दक्षिण अफ्रीका के राष्ट्रपति जैकब ज़ूमा ने बयान दिया."
        "सरकार ने कहा कि मंडेला की सेहत में सुधार है.",
    )
    assert "Government of South Africa" in found
    assert "Government of India" not in found


def test_a_state_named_outranks_a_towns_namesake_state(extractor: Extractor) -> None:
    # अमरावती is only known as Maharashtra's Amravati: the state the dateline names decides the police
    found = actors(
        extractor, "अमरावती (आंध्र प्रदेश): आंध्र प्रदेश में एक विधायक को गिरफ्तार किया गया. पुलिस ने बताया कि जांच जारी है."
    )
    assert "Andhra Pradesh Police" in found
    assert "Maharashtra Police" not in found


def test_the_head_word_follows_the_body_of_the_article_country(extractor: Extractor) -> None:
    found = actors(
        extractor,
        "काबुल, कंधार और हेरात में महिलाओं के साथ भेदभाव हो रहा है. मानवाधिकार आयोग ने जांच की मांग की. "
        "आयोग ने कहा कि पुलिस ने कार्रवाई नहीं की.",
    )
    assert "Afghanistan Independent Human Rights Commission" in found
    assert "National Human Rights Commission of India" not in found


# session 9, hiorgs13: organisations named with their owner, party or country
def test_bodies_sharing_a_head_noun_are_each_named(extractor: Extractor) -> None:
    found = actors(extractor, "भारत के गृह और विदेश मंत्रालय ने संयुक्त बयान जारी किया.")
    assert "Ministry of Home Affairs (India)" in found
    assert "Ministry of External Affairs (India)" in found
    found = actors(
        extractor, "बीजिंग, शंघाई और ग्वांगझोउ में चर्चा हुई. चीन के विदेश और रक्षा मंत्रालय ने आरोपों को नकारा."
    )
    assert "Ministry of Foreign Affairs of China" in found
    assert "Ministry of National Defense of the People's Republic of China" in found


def test_a_states_government_named_with_its_ruling_party(extractor: Extractor) -> None:
    found = actors(extractor, "बिहार की जनता दल (यूनाइटेड) की सरकार ने और केरल की कांग्रेस की सरकार ने विरोध किया.")
    assert "Government of Kerala" in found
    assert "Indian National Congress" in found


def test_bare_communist_party_in_a_one_party_state(extractor: Extractor) -> None:
    china = "बीजिंग, शंघाई और ग्वांगझोउ में विरोध प्रदर्शन हुए. कम्युनिस्ट पार्टी ने बैठक बुलाई."
    assert "Communist Party of China" in actors(extractor, china)
    india = "दिल्ली, मुंबई और कोलकाता में विरोध प्रदर्शन हुए. कम्युनिस्ट पार्टी ने बैठक बुलाई."
    assert "Communist Party of China" not in actors(extractor, india)


def test_an_organisation_code_is_no_country_of_an_army(extractor: Extractor) -> None:
    found = actors(
        extractor,
        "काहिरा, अलेक्ज़ेंड्रिया और मीन्या में प्रदर्शन हुए. संयुक्त राष्ट्र मानवाधिकार उच्चायुक्त नवी पिल्लै ने "
        "फ़ैसले की निंदा की. सेना ने सत्ता संभाली.",
    )
    assert not any(name.endswith("of UNO") for name in found), found


def test_a_daily_after_loanwords_is_an_outlet_not_delhi(extractor: Extractor) -> None:
    found = actors(extractor, "बीजिंग में इकोनॉमिक इन्फॉर्मेशन डेली में छपी रिपोर्ट के मुताबिक़ दाम बढ़े.")
    assert "Delhi" not in found
