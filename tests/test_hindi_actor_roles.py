"""Hindi event actors of session 12: a standing denial of accusations in general ("आरोपों से इनकार करती
रही है") takes no earlier accuser as its target, while "इन आरोपों" still points back to one; in "A से B
से बात करके … की अपील" A is the one asked and the talk with B is asked for, not done; "इन पार्टियों ने"
stands for the parties named before, not a group of their supporters. Sentences written for these tests,
run through the whole pipeline."""

from __future__ import annotations

from typing import Any

ACCUSATION = "कांग्रेस ने राजनाथ सिंह पर घूस लेने का आरोप लगाया। "


def test_a_standing_denial_of_accusations_names_no_accuser(hindi_events: Any) -> None:
    found = hindi_events(ACCUSATION + "राजनाथ सिंह अपने ऊपर लगे आरोपों को ख़ारिज करते रहे हैं।")
    rejections = [(source, target) for cameo, source, target, _ in found if cameo.startswith("12")]
    assert rejections == [("Rajnath Singh", None)]


def test_a_standing_denial_of_these_accusations_answers_their_maker(hindi_events: Any) -> None:
    found = hindi_events(ACCUSATION + "राजनाथ सिंह इन आरोपों को ख़ारिज करते रहे हैं।")
    assert ("120", "Rajnath Singh", "Indian National Congress", "occurred") in found


def test_a_single_denial_answers_the_latest_accuser(hindi_events: Any) -> None:
    found = hindi_events(ACCUSATION + "राजनाथ सिंह ने आरोपों से इनकार किया।")
    assert any(
        cameo.startswith("12") and source == "Rajnath Singh" and target == "Indian National Congress"
        for cameo, source, target, _ in found
    )


def test_the_first_of_two_se_phrases_is_the_one_appealed_to(hindi_events: Any) -> None:
    found = hindi_events(
        "सांसद संजय निरुपम ने विदेश मंत्री सलमान ख़ुर्शीद से चीन के राष्ट्रपति शी जिनपिंग से बात करके "
        "मछुआरों की रिहाई सुनिश्चित कराने की अपील की।"
    )
    appeals = [(source, target) for cameo, source, target, _ in found if cameo.startswith("02")]
    assert appeals == [("Sanjay Nirupam", "Salman Khurshid")]
    # the talk with Xi is what Khurshid is asked to do: no meeting of Nirupam's
    assert not any(cameo.startswith("04") for cameo, _, _, _ in found)


def test_one_se_phrase_before_a_conjunctive_is_met_and_appealed_to(hindi_events: Any) -> None:
    found = hindi_events("संजय निरुपम ने सलमान ख़ुर्शीद से मिलकर मछुआरों की रिहाई की अपील की।")
    assert any(
        cameo.startswith("02") and source == "Sanjay Nirupam" and target == "Salman Khurshid"
        for cameo, source, target, _ in found
    )


def test_these_parties_are_not_the_supporters_named_with_them(hindi_events: Any) -> None:
    found = hindi_events(
        "पाकिस्तान के कराची में एमक्यूएम और एएनपी के उम्मीदवार और उनके समर्थकों पर हमले हुए हैं. "
        "इन पार्टियों ने सुरक्षा एजेंसियों की आलोचना की है."
    )
    critics = {source for cameo, source, _, _ in found if cameo == "111"}
    assert critics == {"Muttahida Qaumi Movement", "Awami National Party"}
