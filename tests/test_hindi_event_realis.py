"""Hindi acts the text does not assert (session 11, hiprec): the narrator's negation, modal, future,
questioned and alternative negations, speculation, attempts at verbal conflict, appeals the speaker
addresses to his own side, acts named only as threatened or feared, and "X के मुताबिक़" (according to
X) as no agent. A denial voiced by someone stays, with status denied. Sentences written for these
tests, run through the whole pipeline."""

from __future__ import annotations

from typing import Any


def _codes(found: set[tuple[str, str | None, str | None, str]], root: str) -> set[str]:
    return {cameo for cameo, _, _, _ in found if cameo.startswith(root)}


def test_the_narrators_negation_is_no_event(hindi_events: Any) -> None:
    assert not _codes(hindi_events("भाजपा ने कभी कांग्रेस की आलोचना नहीं की।"), "11")


def test_a_denial_in_reported_speech_stays_denied(hindi_events: Any) -> None:
    found = hindi_events("रूस ने कहा कि उसने यूक्रेन पर हमला नहीं किया।")
    assert ("190", "Russia", "Ukraine", "denied") in found


def test_a_negation_with_a_modal_is_no_denial_and_no_event(hindi_events: Any) -> None:
    found = hindi_events("मोदी ने कहा कि भाजपा कांग्रेस का समर्थन नहीं कर सकती।")
    assert not _codes(found, "05")


def test_a_questioned_negation_is_no_event(hindi_events: Any) -> None:
    found = hindi_events("भाजपा ने सवाल पूछा कि कांग्रेस ने चीन का विरोध क्यों नहीं किया।")
    assert not _codes(found, "11")


def test_the_negation_of_an_infinitive_before_the_trigger_is_its_own(hindi_events: Any) -> None:
    # "ऐसा ना करने के लिए कहा" (asked not to do so): the request was made
    found = hindi_events("भाजपा ने कांग्रेस से ऐसा ना करने के लिए कहा।")
    assert ("020", "Bharatiya Janata Party", "Indian National Congress", "occurred") in found


def test_a_reason_clause_keeps_its_negation(hindi_events: Any) -> None:
    found = hindi_events("भाजपा ने कांग्रेस का प्रस्ताव ठुकरा दिया क्योंकि वह उससे सहमत नहीं थी।")
    assert any(cameo.startswith("12") and status == "occurred" for cameo, _, _, status in found)


def test_speculation_before_the_clause_is_no_event(hindi_events: Any) -> None:
    found = hindi_events("विशेषज्ञों के अनुसार यह भी हो सकता है कि रूस यूक्रेन पर हमला कर दे।")
    assert not _codes(found, "19")


def test_an_attempt_to_criticise_is_no_criticism(hindi_events: Any) -> None:
    found = hindi_events("विश्लेषकों ने इसे कांग्रेस को ख़ारिज करने की कोशिश के तौर पर देखा।")
    assert not _codes(found, "12")


def test_an_appeal_to_the_speakers_own_side_is_none(hindi_events: Any) -> None:
    assert not _codes(hindi_events('राहुल गांधी ने कहा, "हमें चीन से बातचीत करनी चाहिए."'), "02")
    found = hindi_events("राहुल गांधी ने कहा कि सरकार को चीन से बातचीत करनी चाहिए।")
    assert any(cameo == "020" and source == "Rahul Gandhi" for cameo, source, _, _ in found)


def test_a_threatened_attack_named_by_a_genitive_is_not_done(hindi_events: Any) -> None:
    assert not _codes(hindi_events("रूस ने अमरीकी हमले की धमकी का विरोध किया।"), "19")
    assert ("190", "United States", "Syria", "occurred") in hindi_events("अमरीका ने सीरिया पर हमला किया।")


def test_according_to_the_police_names_no_agent(hindi_events: Any) -> None:
    found = hindi_events("मॉस्को के एक स्कूल में गोलीबारी हुई। पुलिस के मुताबिक़ बंदूकधारी ने एक शिक्षक की हत्या कर दी।")
    assert not any(source and "police" in source.lower() for _, source, _, _ in found)


def test_a_should_have_judgement_is_no_appeal(hindi_events: Any) -> None:
    found = hindi_events("राहुल गांधी ने कहा कि सरकार को बहुत पहले चीन से बातचीत करनी चाहिए थी।")
    assert not _codes(found, "02")


def test_the_purpose_of_coming_is_no_act(hindi_events: Any) -> None:
    found = hindi_events("कांग्रेस के कार्यकर्ता भाजपा का विरोध करने के लिए सड़क पर जमा हुए।")
    assert not _codes(found, "11")
    assert not _codes(hindi_events("कांग्रेस के नेता मोदी का स्वागत करने के लिए हवाई अड्डे पहुंचे।"), "05")
