"""Hindi event actors of session 14 (hiactors18): a को-object put before its ने-agent still is the target
when a time's को ("बुधवार को") stands between the agent and the verb; a third-person subject pronoun
opening a clause with no agent of its own ("वे … की आलोचना कर रहे थे") is the person last acting; a
possessive pronoun holding the genitive of a compound postposition ("उनके ख़िलाफ़") is the person named
before; a family is a group only as a named person's ("X का परिवार" → "X's family"), and "उनका परिवार"
soon after is that same family. Sentences written for these tests, run through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from khabar.api import Extractor


def _of_root(found: Any, root: str) -> list[tuple[str | None, str | None]]:
    return sorted(
        ((source, target) for cameo, source, target, _ in found if cameo.startswith(root)),
        key=lambda pair: (pair[0] or "", pair[1] or ""),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "पटना में राजद नेता तेजस्वी यादव को पुलिस ने बुधवार को हिरासत में ले लिया.",
        "पटना में राजद नेता तेजस्वी यादव को बुधवार को पुलिस ने गिरफ़्तार कर लिया.",
        "पटना में राजद नेता तेजस्वी यादव को पुलिस ने गिरफ़्तार कर लिया.",
    ],
)
def test_a_fronted_object_is_the_target_whatever_time_word_follows_the_agent(
    hindi_events: Any, sentence: str
) -> None:
    arrests = _of_root(hindi_events(sentence), "17")
    assert arrests and all(target == "Tejashwi Yadav" for _, target in arrests)


def test_a_plural_pronoun_subject_is_the_person_last_acting(hindi_events: Any) -> None:
    found = hindi_events(
        "भोपाल में मंगलवार को कांग्रेस नेता दिग्विजय सिंह ने रैली की. वे भाजपा की नीतियों की आलोचना कर रहे थे."
    )
    assert ("Digvijaya Singh", "Bharatiya Janata Party") in _of_root(found, "11")


def test_a_pronoun_pointing_at_a_noun_is_no_subject(hindi_events: Any) -> None:
    # "वे लोग": "those people", not "they": the critics are unnamed, no one is made the source
    found = hindi_events(
        "भोपाल में मंगलवार को कांग्रेस नेता दिग्विजय सिंह ने रैली की. वे लोग भाजपा की नीतियों की आलोचना कर रहे थे."
    )
    assert all(source != "Digvijaya Singh" for source, _ in _of_root(found, "11"))


def test_a_pronoun_in_someones_own_account_is_left_alone(hindi_events: Any) -> None:
    # a witness's "they" (with हमें, a first-person word) is not the story's last actor
    found = hindi_events(
        "काबुल में पूर्व क़ैदी अब्दुल वहीद ने पत्रकारों से बात की. और वो हमें हर रोज़ सज़ा देते थे, उन्होंने बताया."
    )
    assert all(source != "Abdul Wahid" for source, _ in _of_root(found, "17"))


def test_the_genitive_of_a_compound_postposition_in_a_pronoun(hindi_events: Any) -> None:
    found = hindi_events(
        "मुंबई में शिवसेना नेता उद्धव ठाकरे ने गुरुवार को केंद्र सरकार पर किसानों की अनदेखी का आरोप लगाया. "
        "इसके जवाब में भाजपा ने उनके ख़िलाफ़ प्रदर्शन किया."
    )
    assert ("Bharatiya Janata Party", "Uddhav Thackeray") in _of_root(found, "14")


def _entities(extractor: Extractor, text: str) -> dict[str, str]:
    doc = extractor.extract(text, lang="hi", published="2021-03-10")
    return {e.name: e.type for e in doc.entities or []}


def test_a_named_persons_family_is_a_group_of_people(extractor: Extractor) -> None:
    text = "लखनऊ में पत्रकार सिद्दीक़ कप्पन का परिवार शनिवार को मुख्यमंत्री योगी आदित्यनाथ से मिला."
    found = _entities(extractor, text)
    families = [name for name in found if name.endswith("'s family")]
    assert len(families) == 1 and found[families[0]] == "PER"
    assert found.get(families[0].removesuffix("'s family")) == "PER"  # the person stays an entity


def test_a_family_of_no_one_named_is_no_actor(extractor: Extractor) -> None:
    found = _entities(extractor, "दिल्ली में कई भारतीय परिवार शनिवार को मुख्यमंत्री से मिले.")
    assert not any("family" in name.lower() for name in found)


def test_the_family_named_before_meets_under_a_pronoun(hindi_events: Any) -> None:
    found = hindi_events(
        "कैप्टन विनोद मेहरा पिछले साल से जेल में बंद हैं. विनोद मेहरा का परिवार उनकी रिहाई की कोशिश कर रहा है. "
        "उनका परिवार पिछले हफ़्ते विदेश मंत्री सुषमा स्वराज से मिला था."
    )
    meetings = _of_root(found, "04")
    assert len(meetings) == 1
    source, target = meetings[0]
    assert source is not None and source.endswith("'s family") and target == "Sushma Swaraj"


def test_a_plural_noun_before_the_pronoun_may_be_whom_it_means(hindi_events: Any) -> None:
    # "उनके ख़िलाफ़" after "लापरवाह अफ़सरों": the officers, not the minister named before
    found = hindi_events(
        "लखनऊ में गृह मंत्री अमित शाह ने बुधवार को बैठक की. मुख्यमंत्री योगी आदित्यनाथ ने कहा कि लापरवाह अफ़सरों के "
        "तबादले काफ़ी नहीं हैं, उनके ख़िलाफ़ सख़्त कार्रवाई होनी चाहिए."
    )
    assert all(target != "Amit Shah" for _, target in _of_root(found, "02"))


@pytest.mark.parametrize(
    "sentence",
    [
        "इस्लामाबाद में बुधवार को प्रधानमंत्री शहबाज़ शरीफ़ ने भारतीय समूह को धमाके की साजिश रचने का आरोप लगाया.",
        "लाहौर में गुरुवार को पाकिस्तान ने भारतीय तत्वों पर धमाके की साजिश का आरोप लगाया.",
    ],
)
def test_a_demonyms_unnamed_group_is_its_country(hindi_events: Any, sentence: str) -> None:
    accusations = _of_root(hindi_events(sentence), "11")
    assert accusations and all(target == "India" for _, target in accusations)


def test_a_bare_party_noun_as_agent_is_the_party_named_last(hindi_events: Any) -> None:
    found = hindi_events(
        "चेन्नई में डीएमके ने राज्यपाल आरएन रवि के ख़िलाफ़ प्रदर्शन किया. पार्टी ने उन पर विधेयक रोकने का आरोप लगाया."
    )
    assert ("Dravida Munnetra Kazhagam", "R. N. Ravi") in _of_root(found, "11")


def test_a_pronoun_subject_may_carry_a_group_and_a_possessive_is_the_one_acted_on(hindi_events: Any) -> None:
    # वे: the activists of the sentence before (not the person named last); उनके इस्तीफ़े: his resignation
    found = hindi_events(
        "जयपुर में भाजपा कार्यकर्ताओं ने मुख्यमंत्री अशोक गहलोत के ख़िलाफ़ नारेबाज़ी की. वे उनके इस्तीफ़े की मांग कर रहे थे."
    )
    demands = _of_root(found, "104")
    assert len(demands) == 1 and demands[0][1] == "Ashok Gehlot"
    assert demands[0][0] is not None and "Activists" in demands[0][0]


def test_a_possessive_right_before_a_criticism_is_its_target(hindi_events: Any) -> None:
    found = hindi_events("दिल्ली में बुधवार को कांग्रेस नेता राहुल गांधी ने भाषण दिया. भाजपा ने उनकी आलोचना की.")
    assert ("Bharatiya Janata Party", "Rahul Gandhi") in _of_root(found, "11")


def test_a_correlative_possessive_names_no_one_before(hindi_events: Any) -> None:
    # "जो लोग … उनकी": those people (unnamed), not the minister named in the sentence before
    found = hindi_events(
        "दिल्ली में बुधवार को मंत्री पीयूष गोयल ने उद्यमियों से बात की. जो लोग कुछ नया कर रहे हैं मैं उनकी तारीफ़ करती हूँ."
    )
    assert all(target != "Piyush Goyal" for _, target in _of_root(found, "05"))
