"""Hindi criticism said, not named (session 12, hispeech): a damning predicate in someone's words ("X
कहते हैं, '… अमानवीय था'", "X का तर्क है कि यह क़ानून असंवैधानिक है") is X's criticism (CAMEO 111), of the
named subject or genitive owner of what is judged, else of no one; nothing in the narrator's words, a
description ("अवैध हथियार"), a negation, a condition, a question, or a judgement of a pronoun's deed.
Sentences written for these tests."""

from __future__ import annotations

from hindi_support import actor_pairs, find_events
from khabar.model import Event, Span
from khabar.stages.events.coding import EventCoder
from khabar.stages.events.common import Candidate
from khabar.stages.events.pattern import HindiEventFinder

KNOWN = {
    "रामलाल शर्मा": ("ramlal", "PER", "IND"),
    "मानवाधिकार आयोग": ("nhrc", "ORG", "IND"),
    "सुरेश यादव": ("suresh", "PER", "IND"),
    "पुलिस": ("police", "ORG", "IND"),
    "भाजपा सरकार": ("bjpgov", "ORG", "IND"),
    "मायावती": ("maya", "PER", "IND"),
    "ओडिशा": ("odisha", "GPE", "IND"),
}


def _find(hi_finder: HindiEventFinder, text: str) -> list[Candidate]:
    return find_events(hi_finder, text, KNOWN)


def test_a_damning_predicate_in_a_quotation_is_the_speakers_criticism(hi_finder: HindiEventFinder) -> None:
    text = "पूर्व सांसद रामलाल शर्मा कहते हैं, ''किसानों पर लाठियां बरसाना पूरी तरह अमानवीय था.''"
    assert actor_pairs(_find(hi_finder, text), "111") == {("ramlal", None)}
    # held as an argument: "the commission argues that this law is unconstitutional"
    text = "मानवाधिकार आयोग का तर्क है कि यह क़ानून पूरी तरह असंवैधानिक है."
    assert actor_pairs(_find(hi_finder, text), "111") == {("nhrc", None)}
    # "… is no less than exploitation"
    text = "मानवाधिकार आयोग का कहना है कि ऐसी जांच किसी शोषण से कम नहीं है."
    assert actor_pairs(_find(hi_finder, text), "111") == {("nhrc", None)}


def test_the_judged_owner_or_subject_is_the_target(hi_finder: HindiEventFinder) -> None:
    text = "विपक्ष के नेता सुरेश यादव ने कहा कि पुलिस की यह कार्रवाई अवैध थी."
    assert actor_pairs(_find(hi_finder, text), "111") == {("suresh", "police")}
    text = "मायावती ने कहा कि भाजपा सरकार का यह कदम शर्मनाक है."
    assert actor_pairs(_find(hi_finder, text), "111") == {("maya", "bjpgov")}


def test_a_place_in_the_speakers_own_description_is_not_judged(hi_finder: HindiEventFinder) -> None:
    # "Ramlal Sharma of Odisha says: 'what happened in the camp was cruel'": Odisha is not criticised
    text = "ओडिशा के किसान नेता रामलाल शर्मा कहते हैं, ''शिविर में जो हुआ वह क्रूर था.''"
    assert actor_pairs(_find(hi_finder, text), "111") <= {("ramlal", None)}
    assert not [p for p in actor_pairs(_find(hi_finder, text), "111") if p[1] == "odisha"]


def test_no_judgement_without_a_voice_or_as_a_description(hi_finder: HindiEventFinder) -> None:
    # the narrator's own words
    assert not actor_pairs(_find(hi_finder, "पुलिस की यह कार्रवाई अवैध थी."), "111")
    # "illegal weapons were seized": a description, not a predicate
    text = "सुरेश यादव ने बताया कि तलाशी में अवैध हथियार बरामद किए गए."
    assert not actor_pairs(_find(hi_finder, text), "111")


def test_no_judgement_when_negated_conditional_or_asked(hi_finder: HindiEventFinder) -> None:
    text = "रामलाल शर्मा ने कहा कि पुलिस की यह कार्रवाई अवैध नहीं थी."
    assert not actor_pairs(_find(hi_finder, text), "111")
    text = "रामलाल शर्मा ने कहा कि अगर यह कार्रवाई अवैध है तो अदालत फ़ैसला करेगी."
    assert not actor_pairs(_find(hi_finder, text), "111")
    text = "रामलाल शर्मा ने पूछा कि क्या यह कार्रवाई अवैध थी?"
    assert not actor_pairs(_find(hi_finder, text), "111")


def test_a_pronouns_deed_judged_names_no_one_here(hi_finder: HindiEventFinder) -> None:
    # "'What they did to us was against humanity'": they were named before; no criticism of no one
    text = "रामलाल शर्मा कहते हैं, ''उन्होंने हमारे साथ जो किया वह मानवता के ख़िलाफ़ था.''"
    assert not actor_pairs(_find(hi_finder, text), "111")


def _statement(source: str | None, target: str | None, sentence: int) -> Event:
    return Event("111", "ACCUSE", 3, -2.0, source, target, Span(0, 1), sentence)


def test_target_less_judgements_by_one_holder_are_separate_statements() -> None:
    # "the commission argues the test is exploitation (s3) … it calls the test against the law (s6)"
    assert EventCoder._separate_acts(_statement("nhrc", None, 3), _statement("nhrc", None, 6), "body", "body")
    # a restatement that leaves the holder unnamed still joins the one told before
    assert not EventCoder._separate_acts(_statement("nhrc", "x", 3), _statement(None, "x", 6), "body", "body")


def test_not_acceptable_to_us_is_the_speakers_rejection(hi_finder: HindiEventFinder) -> None:
    text = "सुरेश यादव ने कहा कि भाजपा सरकार का यह प्रस्ताव हमें मंज़ूर नहीं है."
    assert actor_pairs(_find(hi_finder, text), "12") == {("suresh", "bjpgov")}
    # someone else's stance reported: no rejection by the speaker
    text = "सुरेश यादव ने कहा कि भाजपा सरकार को यह प्रस्ताव मंज़ूर नहीं है."
    assert not actor_pairs(_find(hi_finder, text), "12")


def test_a_praising_predicate_praises_the_owner(hi_finder: HindiEventFinder) -> None:
    text = "मायावती ने कहा कि भाजपा सरकार का यह कदम सचमुच सराहनीय है."
    assert actor_pairs(_find(hi_finder, text), "051") == {("maya", "bjpgov")}
    # a description, not a predicate
    text = "मायावती ने कहा कि सराहनीय काम करने वालों को भाजपा सरकार इनाम देगी."
    assert not actor_pairs(_find(hi_finder, text), "051")


def test_a_relative_jo_judges_the_clause_before(hi_finder: HindiEventFinder) -> None:
    # "… Mayawati, for her part, talks of a new office in Lucknow, which we do not accept"
    text = "सुरेश यादव कहते हैं, ''मायावती तो लखनऊ में नया दफ़्तर बनाने की बात करती हैं जो हमें स्वीकार नहीं है.''"
    assert actor_pairs(_find(hi_finder, text), "12") == {("suresh", "maya")}
