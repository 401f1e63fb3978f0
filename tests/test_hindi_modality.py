"""The modality of a Hindi trigger's clause (session 14, himodal; khabar.stages.events.hindi_modality):
subjunctive, imperative and prohibited acts, yes/no questions, planned acts under a condition or a belief,
acts only named as allowed, needed or compared, and acts in the clause of a denial. Sentences written for
these tests, run through the whole pipeline."""

from __future__ import annotations

from typing import Any

from khabar.stages.events.hindi_modality import HindiModality
from khabar.stages.events.hindi_verbs import HindiMorphology
from khabar.text import match_key

Found = set[tuple[str, str | None, str | None, str]]


def _codes(found: Found, root: str) -> set[str]:
    return {cameo for cameo, _, _, _ in found if cameo.startswith(root)}


# ---------------------------------------------------------------- mood
def test_a_wished_act_in_the_subjunctive_is_no_event(hindi_events: Any) -> None:
    assert not _codes(hindi_events("अमरीका चाहता है कि भारत रूस की निंदा करे।"), "11")


def test_a_wished_release_in_the_subjunctive_is_no_event(hindi_events: Any) -> None:
    # "रिहा करे" (may release): no release; a refusal to yield (08) is kept only when denied
    assert not _codes(hindi_events("कांग्रेस चाहती है कि सरकार राहुल गांधी को रिहा करे।"), "08")


def test_a_possible_act_in_the_subjunctive_is_no_event(hindi_events: Any) -> None:
    assert not _codes(hindi_events("इस बात की संभावना है कि रूस यूक्रेन पर हमला करे।"), "19")


def test_a_prohibited_act_is_no_event(hindi_events: Any) -> None:
    assert not _codes(hindi_events("राहुल गांधी ने समर्थकों से कहा कि वे भाजपा का विरोध मत करें।"), "11")
    assert not _codes(hindi_events('उन्होंने कहा, "पाकिस्तान पर हमला मत करो।"'), "19")


def test_a_realis_act_keeps_its_status(hindi_events: Any) -> None:
    found = hindi_events("कांग्रेस ने भाजपा की निंदा की।")
    assert ("111", "Indian National Congress", "Bharatiya Janata Party", "occurred") in found
    found = hindi_events("कांग्रेस कल भाजपा के ख़िलाफ़ प्रदर्शन करेगी।")
    assert any(c.startswith("14") and status == "planned" for c, _, _, status in found)


# ---------------------------------------------------------------- questions
def test_a_yes_no_question_asserts_no_act(hindi_events: Any) -> None:
    assert not _codes(hindi_events("क्या भारत पाकिस्तान पर हमला करेगा?"), "19")
    assert not _codes(hindi_events("क्या मोदी ने ओबामा से मुलाक़ात की?"), "04")


def test_a_question_after_a_comma_leaves_the_act_before_it(hindi_events: Any) -> None:
    found = hindi_events("राहुल गांधी ने मोदी की आलोचना की, क्या यह सही है?")
    assert ("111", "Rahul Gandhi", "Narendra Modi", "occurred") in found


# ---------------------------------------------------------------- conditions and beliefs
def test_the_planned_consequence_of_a_condition_is_no_event(hindi_events: Any) -> None:
    assert not _codes(hindi_events("यदि चीन ने भारत पर हमला किया तो अमरीका भारत का समर्थन करेगा।"), "05")


def test_a_planned_act_upon_a_condition_is_no_event(hindi_events: Any) -> None:
    assert not _codes(hindi_events("चुनाव हारने पर कांग्रेस भाजपा पर धांधली का आरोप लगाएगी।"), "11")


def test_a_noun_ending_like_an_infinitive_is_no_condition(hindi_events: Any) -> None:
    found = hindi_events("माओवादी कल थाने पर हमला करेंगे।")
    assert any(c.startswith("19") and status == "planned" for c, _, _, status in found)


def test_a_spoken_conditional_violent_act_is_still_a_threat(hindi_events: Any) -> None:
    found = hindi_events('लालू यादव ने कहा, "अगर किसानों पर कोई ख़तरा आया, तो राजद दुकानों पर आग लगा देंगे."')
    assert _codes(found, "13")


def test_a_believed_forecast_is_no_event(hindi_events: Any) -> None:
    assert not _codes(hindi_events("मुझे लगता है कि चीन भारत पर हमला करेगा।"), "19")
    assert not _codes(hindi_events("विशेषज्ञों का मानना है कि रूस यूक्रेन पर हमला करेगा।"), "19")


def test_a_forecast_someone_states_stays_planned(hindi_events: Any) -> None:
    found = hindi_events("कांग्रेस ने कहा कि वह भाजपा का समर्थन करेगी।")
    assert any(c == "051" and status == "planned" for c, _, _, status in found)


# ---------------------------------------------------------------- acts only named
def test_an_act_only_allowed_or_compared_to_is_no_event(hindi_events: Any) -> None:
    assert not _codes(hindi_events("राजनयिकों को अमरीकी छात्र से मिलने की इजाज़त दी गई।"), "04")
    assert not _codes(hindi_events("भारत को पाकिस्तान से बातचीत करने की ज़रूरत है।"), "04")
    assert not _codes(hindi_events("ये कश्मीर को पाकिस्तान के हवाले करने जैसा बयान है।"), "06")


# ---------------------------------------------------------------- denials
def test_an_act_in_the_clause_of_a_denial_is_denied(hindi_events: Any) -> None:
    found = hindi_events("भारत ने इस बात से इनकार किया कि उसकी सेना ने पाकिस्तान पर हमला किया।")
    assert any(c.startswith("19") and status == "denied" for c, _, _, status in found)
    assert not any(c.startswith("19") and status == "occurred" for c, _, _, status in found)


# ---------------------------------------------------------------- the mechanism on its own
def _modality(lists: dict[str, list[str]]) -> HindiModality:
    morphology = HindiMorphology.from_data(
        {
            "classes": {
                "consonant": {"perfective": ["ा", "े"], "subjunctive": ["े", "ें"], "conjunctive": [""]},
                "long_a": {"perfective": ["या", "ए"], "subjunctive": ["ए"]},
                "vowel": {"subjunctive": [""], "conjunctive": [""], "imperative": ["ं"]},
            },
            "irregular": {"कर": {"perfective": ["किया", "किए"]}},
        }
    )
    paradigms = [morphology.paradigm(stem) for stem in ("कर", "मार", "लगा", "दे")]
    return HindiModality.build(lambda name: frozenset(lists.get(name, [])), paradigms, match_key)


def test_only_forms_of_no_other_slot_are_irrealis() -> None:
    modality = _modality({})
    assert {"करे", "करें", "दें"} <= modality.irrealis
    # "मारे" (killed), "लगाए" (put) are perfective too; "दे" is the stem (conjunctive) too
    assert not {"मारे", "लगाए", "दे"} & modality.irrealis


def test_the_verb_chain_starts_at_the_trigger() -> None:
    modality = _modality({})
    verbs = frozenset({"करे", "कर", "दें", "किया"})
    assert modality.irrealis_mood(["निंदा", "करे"], 1, verbs)
    assert modality.irrealis_mood(["रिहा", "कर", "दें"], 1, verbs)
    assert not modality.irrealis_mood(["निंदा", "की", "और", "करे"], 0, verbs | {"की"})


# ---------------------------------------------------------------- futures of होना and obligations
def test_a_future_of_hona_is_planned(hindi_events: Any) -> None:
    found = hindi_events("भारत और चीन के बीच अगले हफ़्ते बातचीत होगी।")
    assert any(c.startswith("04") and status == "planned" for c, _, _, status in found)


def test_an_obligation_is_no_event(hindi_events: Any) -> None:
    assert not _codes(hindi_events("एलेक्स ने कहा कि लीग को क्लबों से बातचीत करनी होगी।"), "04")
