"""Hindi appeals said without an appeal noun, demands named as nouns, inquiries and expulsions (session 12,
hievents22): misspelt आह्वान, a passive subjunctive in someone's reported words ("कहा कि … की जाए"),
"X को … करना होगा" in speech, "X की मांग पर", inquiry and review bodies set up with a word between
purpose and body, and membership ended with समाप्त. Sentences written for these tests."""

from __future__ import annotations

from hindi_support import actor_pairs, find_events
from khabar.stages.events.common import Candidate
from khabar.stages.events.pattern import HindiEventFinder

KNOWN = {
    "भाजपा": ("bjp", "ORG", "IND"),
    "कांग्रेस": ("inc", "ORG", "IND"),
    "किसान मोर्चा": ("skm", "ORG", "IND"),
    "उत्तराखंड सरकार": ("uk_gov", "ORG", "IND"),
    "पाकिस्तान": ("pak", "GPE", "PAK"),
    "भारत": ("ind", "GPE", "IND"),
    "हाई कोर्ट": ("hc", "ORG", "IND"),
    "ममता बनर्जी": ("mamata", "PER", "IND"),
    "अशोक गहलोत": ("gehlot", "PER", "IND"),
    "सुरेश वर्मा": ("verma", "PER", "IND"),
}


def _find(hi_finder: HindiEventFinder, text: str) -> list[Candidate]:
    return find_events(hi_finder, text, KNOWN)


def test_misspelt_call_is_an_appeal(hi_finder: HindiEventFinder) -> None:
    text = "ममता बनर्जी ने कार्यकर्ताओं को सड़कों पर उतरने का आवाह्नन किया।"
    assert actor_pairs(_find(hi_finder, text), "020") == {("mamata", None)}
    text = "कांग्रेस ने जनता से शांति बनाए रखने का आह्वाहन किया।"
    assert actor_pairs(_find(hi_finder, text), "020") == {("inc", None)}


def test_passive_subjunctive_in_reported_words_is_the_speakers_appeal(hi_finder: HindiEventFinder) -> None:
    text = "हाई कोर्ट ने कहा कि इस मामले की सुनवाई रोज़ाना की जाए।"
    assert actor_pairs(_find(hi_finder, text), "020") == {("hc", None)}
    text = "अशोक गहलोत ने कहा कि किसानों को पूरा मुआवज़ा दिया जाए।"
    assert actor_pairs(_find(hi_finder, text), "020") == {("gehlot", None)}
    # a condition ("अगर … जाए तो") or a question ("कैसे किया जाए") asks for nothing
    text = "अशोक गहलोत ने कहा कि अगर समय पर पानी दिया जाए तो फ़सल बच सकती है।"
    assert not actor_pairs(_find(hi_finder, text), "020")
    text = "अशोक गहलोत ने कहा कि किसान नहीं जानते कि इस बीज का इस्तेमाल कैसे किया जाए।"
    assert not actor_pairs(_find(hi_finder, text), "020")
    # the narrator's own words ask no one
    assert not actor_pairs(_find(hi_finder, "इस सड़क को अगले साल चौड़ा किया जाए या नहीं, यह तय नहीं है।"), "020")


def test_having_to_act_in_speech_is_an_appeal_to_the_one_with_ko(hi_finder: HindiEventFinder) -> None:
    text = "अशोक गहलोत ने कहा कि भारत को इस पर जल्द फ़ैसला करना होगा।"
    assert actor_pairs(_find(hi_finder, text), "020") == {("gehlot", "ind")}
    # the writer's analysis with no speaker is no appeal, nor advice with no one named to act
    assert not actor_pairs(_find(hi_finder, 'अशोक गहलोत ने कहा, "अब सबको मिलकर और मेहनत करनी होगी."'), "020")
    assert not actor_pairs(_find(hi_finder, "पाकिस्तान को अब अपनी नीति बदलनी होगी।"), "020")


def test_a_demand_named_as_a_noun_has_its_maker_and_no_addressee(hi_finder: HindiEventFinder) -> None:
    text = "किसान मोर्चा की इस मांग पर उत्तराखंड सरकार ने कोई जवाब नहीं दिया।"
    assert actor_pairs(_find(hi_finder, text), "100") == {("skm", None)}


def test_inquiry_and_review_bodies_set_up(hi_finder: HindiEventFinder) -> None:
    text = "उत्तराखंड सरकार ने भूस्खलन की जांच के लिए एक समिति का गठन किया।"
    assert actor_pairs(_find(hi_finder, text), "090") == {("uk_gov", None)}
    text = "हाई कोर्ट ने इस मामले में एसआईटी का गठन किया।"
    assert actor_pairs(_find(hi_finder, text), "090") == {("hc", None)}
    text = "भाजपा ने चुनाव में हार की समीक्षा के लिए एक समिति का गठन किया।"
    assert actor_pairs(_find(hi_finder, text), "090") == {("bjp", None)}
    # founding a body for another purpose is no inquiry
    assert not actor_pairs(_find(hi_finder, "भाजपा ने युवा मोर्चा की एक नई समिति का गठन किया।"), "090")


def test_membership_ended_with_samapt_is_an_expulsion(hi_finder: HindiEventFinder) -> None:
    text = "भाजपा ने विधायक सुरेश वर्मा की प्राथमिक सदस्यता समाप्त कर दी।"
    assert actor_pairs(_find(hi_finder, text), "172") == {("bjp", "verma")}


def test_a_resolution_passed_by_a_body_is_its_appeal(hi_finder: HindiEventFinder) -> None:
    text = "उत्तराखंड विधानसभा ने केंद्र सरकार से पहाड़ी राज्य का दर्जा देने का प्रस्ताव पारित किया।"
    known = {**KNOWN, "उत्तराखंड विधानसभा": ("uk_assembly", "ORG", "IND"), "केंद्र सरकार": ("goi", "ORG", "IND")}
    assert actor_pairs(find_events(hi_finder, text, known), "020") == {("uk_assembly", "goi")}
    # in the passive the body is named with में
    text = "उत्तराखंड विधानसभा में भूमि क़ानून पर एक प्रस्ताव पास किया गया।"
    assert actor_pairs(find_events(hi_finder, text, known), "020") == {("uk_assembly", None)}
    # a motion of thanks calls for nothing
    text = "उत्तराखंड विधानसभा में राज्यपाल के अभिभाषण पर धन्यवाद प्रस्ताव पारित किया गया।"
    assert not actor_pairs(find_events(hi_finder, text, known), "020")


def test_a_legal_battle_against_someone_is_a_lawsuit(hi_finder: HindiEventFinder) -> None:
    text = "किसान मोर्चा ने उत्तराखंड सरकार के खिलाफ लंबी कानूनी लड़ाई लड़ी।"
    assert actor_pairs(_find(hi_finder, text), "115") == {("skm", "uk_gov")}
