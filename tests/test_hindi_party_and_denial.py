"""Hindi event arguments and triggers of session 6: "X की पार्टी" as X's party (from the knowledge
base, only when the document names that party), a clause-initial उन्हें as the object of a far verb,
"X का साथ देना" (support), "नाराज़गी ज़ाहिर करना", and "X से इनकार" (the light verb is इनकार's: an
act denied, not done). Sentences written for these tests, run through the whole pipeline."""

from __future__ import annotations

from typing import Any


def test_a_persons_party_acts_as_the_party_named_in_the_story(hindi_events: Any) -> None:
    text = (
        "समाजवादी पार्टी राज्य की सबसे बड़ी विपक्षी पार्टी है। अखिलेश यादव की पार्टी ने विधानसभा में भाजपा की आलोचना की।"
    )
    found = hindi_events(text)
    assert ("111", "Samajwadi Party", "Bharatiya Janata Party", "occurred") in found
    assert not any(source == "Akhilesh Yadav" for _, source, _, _ in found)


def test_coordinated_parties_each_act_not_their_leaders(hindi_events: Any) -> None:
    text = (
        "पाकिस्तान तहरीक-ए-इंसाफ़ ने लाहौर में रैली की। "
        "नवाज़ शरीफ़ की पीएमएल(नून) और इमरान ख़ान की पार्टी ने सरकार की नाकामी को चुनावी मुद्दा बनाया है।"
    )
    sources = {source for cameo, source, _, _ in hindi_events(text) if cameo == "111"}
    assert sources == {"Pakistan Muslim League (N)", "Pakistan Tehreek-e-Insaf"}


def test_a_persons_party_as_the_target(hindi_events: Any) -> None:
    text = "समाजवादी पार्टी राज्य की सबसे बड़ी विपक्षी पार्टी है। भाजपा ने अखिलेश यादव की पार्टी की आलोचना की।"
    assert ("111", "Bharatiya Janata Party", "Samajwadi Party", "occurred") in hindi_events(text)


def test_no_party_is_made_up_when_the_story_does_not_name_it(hindi_events: Any) -> None:
    found = hindi_events("भाजपा ने अखिलेश यादव की पार्टी की आलोचना की।")
    assert not any("Samajwadi Party" in (source, target) for _, source, target, _ in found)


def test_a_clause_initial_dative_pronoun_is_the_object_of_a_far_verb(hindi_events: Any) -> None:
    text = "अखिलेश यादव बुधवार को लखनऊ पहुंचे। उन्हें पुलिस ने हवाई अड्डे पर दो घंटे तक रोकने के बाद गिरफ़्तार कर लिया।"
    assert any(cameo == "173" and target == "Akhilesh Yadav" for cameo, _, target, _ in hindi_events(text))


def test_another_dative_phrase_keeps_the_fronted_pronoun_off(hindi_events: Any) -> None:
    text = "अखिलेश यादव बुधवार को लखनऊ पहुंचे। उन्हें उत्तर प्रदेश पुलिस ने कार्यकर्ताओं को हवाई अड्डे पर गिरफ़्तार कर लिया।"
    assert not any(target == "Akhilesh Yadav" for _, _, target, _ in hindi_events(text))


def test_standing_by_someone_is_support_but_together_with_is_not(hindi_events: Any) -> None:
    assert ("051", "Shiv Sena", "Bharatiya Janata Party", "occurred") in hindi_events(
        "शिवसेना ने संसद में भाजपा का साथ दिया।"
    )
    together = hindi_events("शिवसेना ने भाजपा के साथ दिए गए बयान पर कुछ नहीं कहा।")
    assert not any(cameo == "051" for cameo, _, _, _ in together)


def test_displeasure_made_known_is_criticism(hindi_events: Any) -> None:
    found = hindi_events("शिवसेना ने भाजपा के फ़ैसले पर नाराज़गी ज़ाहिर की।")
    assert ("110", "Shiv Sena", "Bharatiya Janata Party", "occurred") in found


def test_an_attack_denied_did_not_happen(hindi_events: Any) -> None:
    found = hindi_events("पाकिस्तान ने भारत पर हमले से इनकार किया।")
    assert ("190", "Pakistan", "India", "denied") in found
    assert not any(cameo.startswith("19") and status == "occurred" for cameo, _, _, status in found)


def test_denying_the_matter_is_no_talk(hindi_events: Any) -> None:
    # "बात से इनकार": the matter denied; the light verb is इनकार's, not बात's (no meeting)
    found = hindi_events("भारत ने पाकिस्तान से इस बात से इनकार किया कि सीमा पर गोलीबारी हुई।")
    assert not any(cameo.startswith("04") for cameo, _, _, _ in found)


def test_an_english_gloss_in_parentheses_does_not_part_noun_and_light_verb(hindi_events: Any) -> None:
    found = hindi_events("भारत ने पाकिस्तान की आलोचना (criticism) की।")
    assert ("111", "India", "Pakistan", "occurred") in found


def test_a_bare_noun_agent_is_the_organisation_named_last_with_that_head(hindi_events: Any) -> None:
    text = "उत्तर प्रदेश शिया सेंट्रल वक़्फ़ बोर्ड की बैठक हुई। बोर्ड ने सुप्रीम कोर्ट से अपील की।"
    found = hindi_events(text)
    assert ("020", "Uttar Pradesh Shia Central Waqf Board", "Supreme Court of India", "occurred") in found


def test_a_bare_noun_with_no_organisation_of_that_head_stays_unnamed(hindi_events: Any) -> None:
    text = "उत्तर प्रदेश शिया सेंट्रल वक़्फ़ बोर्ड की बैठक हुई। कंपनी ने सुप्रीम कोर्ट से अपील की।"
    assert not any(source for cameo, source, _, _ in hindi_events(text) if cameo == "020")


def test_a_listed_subject_is_not_taken_into_the_object_named_right_after_it(hindi_events: Any) -> None:
    # "अमरीका, ब्रिटेन और फ़्रांस सीरिया पर": the list is the subject; सीरिया alone is attacked
    found = hindi_events("अमरीका, ब्रिटेन और फ़्रांस सीरिया पर हमला कर चुके हैं।")
    assert {(source, target) for cameo, source, target, _ in found if cameo == "190"} == {
        ("United States", "Syria"),
        ("United Kingdom", "Syria"),
        ("France", "Syria"),
    }


def test_a_bare_party_criticised_is_the_party_named_last(hindi_events: Any) -> None:
    text = "भाजपा ने राम जेठमलानी को निलंबित किया। उस दौरान उन्होंने पार्टी नेतृत्व की काफी आलोचना की थी।"
    assert ("111", "Ram Jethmalani", "Bharatiya Janata Party", "occurred") in hindi_events(text)


def test_a_zero_width_joiner_inside_a_pronoun_does_not_hide_it(hindi_events: Any) -> None:
    # "उन्\u200dहोंने" (with a ZWJ, as BBC Hindi writes it) is the same agent pronoun as "उन्होंने"
    text = "भाजपा ने राम जेठमलानी को निलंबित किया। उस दौरान उन्\u200dहोंने पार्टी की काफी आलोचना की थी।"
    assert ("111", "Ram Jethmalani", "Bharatiya Janata Party", "occurred") in hindi_events(text)


def test_any_party_is_no_party_named_before(hindi_events: Any) -> None:
    text = "भाजपा चुनाव जीत गई। अखिलेश यादव ने कहा कि वे किसी भी पार्टी का समर्थन नहीं करेंगे।"
    assert not any(target == "Bharatiya Janata Party" for _, _, target, _ in hindi_events(text))
