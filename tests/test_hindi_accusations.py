"""Hindi criticism, accusations and rejections said in someone's words (session 9): opinions held by a plain
subject ("X कहते/मानते हैं, '…'"), carried through an open quotation; accusations in the passive (a case
name is no actor, a far clause-initial "उन पर" is the accused only when a person is named just before, a
passive accusation in reported speech is not the speaker's). Sentences written for these tests."""

from __future__ import annotations

from hindi_support import actor_pairs, find_events
from khabar.stages.events.common import Candidate
from khabar.stages.events.pattern import HindiEventFinder

KNOWN = {
    "भाजपा": ("bjp", "ORG"),
    "कांग्रेस": ("inc", "ORG"),
    "चुनाव आयोग": ("eci", "ORG"),
    "उत्तर प्रदेश": ("up", "GPE"),
    "मायावती": ("mayawati", "PER"),
    "अखिलेश यादव": ("akhilesh", "PER"),
    "ममता बनर्जी": ("mamata", "PER"),
}


def _find(hi_finder: HindiEventFinder, text: str) -> list[Candidate]:
    return find_events(hi_finder, text, KNOWN)


_pairs = actor_pairs


def test_a_plain_subject_saying_holds_the_judgement_in_the_quote(hi_finder: HindiEventFinder) -> None:
    # "Akhilesh Yadav says, 'The BJP is misleading the farmers.'" — no ने, still his criticism
    text = 'अखिलेश यादव कहते हैं, "भाजपा किसानों को गुमराह कर रही है."'
    assert _pairs(_find(hi_finder, text), "11") == {("akhilesh", "bjp")}


def test_believes_that_with_a_judging_predicate(hi_finder: HindiEventFinder) -> None:
    text = "मायावती मानती हैं कि कांग्रेस पूरी तरह भ्रष्ट है."
    assert _pairs(_find(hi_finder, text), "11") == {("mayawati", "inc")}


def test_the_holder_is_carried_through_an_open_quotation_and_no_further(hi_finder: HindiEventFinder) -> None:
    # the judgement is in the quotation's second sentence; the sentence after it is the narrator's
    text = 'ममता बनर्जी कहती हैं, "हम चुनाव जीतेंगे. भाजपा झूठ बोल रही है." कांग्रेस झूठ बोल रही है.'
    assert _pairs(_find(hi_finder, text), "11") == {("mamata", "bjp")}


def test_a_judgement_in_the_narrators_words_is_no_event(hi_finder: HindiEventFinder) -> None:
    assert _pairs(_find(hi_finder, "भाजपा किसानों को गुमराह कर रही है."), "11") == set()
    # a pronoun holder ("वो कहते हैं") is no one named: no event
    assert _pairs(_find(hi_finder, 'वो कहते हैं, "भाजपा जनता को गुमराह कर रही है."'), "11") == set()


def test_accusations_called_baseless_in_speech_reject_the_accuser(hi_finder: HindiEventFinder) -> None:
    text = "भाजपा लगातार ये कहती आई है कि कांग्रेस के आरोप निराधार हैं."
    found = [c for c in _find(hi_finder, text) if c.cameo.startswith("12")]
    assert _pairs(found, "12") == {("bjp", "inc")}
    # "has been saying all along": no one day's act, so the story's date is not its date
    assert all(c.retrospective for c in found)


def test_a_damning_genitive_act_in_speech_criticises_its_owner(hi_finder: HindiEventFinder) -> None:
    text = "कांग्रेस ने कहा कि चुनाव आयोग का पक्षपातपूर्ण रवैया लोकतंत्र के लिए ख़तरा है."
    assert _pairs(_find(hi_finder, text), "11") == {("inc", "eci")}


def test_a_quoted_case_name_is_no_accuser(hi_finder: HindiEventFinder) -> None:
    # "Against him there was also the accusation of hiding the truth in the 'Uttar Pradesh riots' case"
    text = "अखिलेश यादव पिछले महीने दिल्ली आए थे. उन पर 'उत्तर प्रदेश दंगा' मामले में सच्चाई छिपाने का आरोप भी लगा था."
    assert _pairs(_find(hi_finder, text), "112") == {(None, "@pronoun")}


def test_a_far_pronoun_with_no_person_named_before_is_no_target(hi_finder: HindiEventFinder) -> None:
    # the person "उन" points to is no mention here (an unknown name): the coder would reach further back
    text = (
        "कल एक मालिक की सुरक्षा कर्मियों ने पिटाई कर दी. "
        "उन पर एक महिला दर्शक के साथ बदतमीजी करने का आरोप लगाया गया था."
    )
    assert all("@pronoun" not in c.targets for c in _find(hi_finder, text) if c.cameo.startswith("112"))


def test_a_passive_accusation_in_reported_speech_is_not_the_speakers(hi_finder: HindiEventFinder) -> None:
    text = "अखिलेश यादव ने कहा कि मायावती पर भ्रष्टाचार का आरोप है."
    assert ("akhilesh", "mayawati") not in _pairs(_find(hi_finder, text), "112")


def test_the_owner_of_a_plain_subject_is_not_the_target(hi_finder: HindiEventFinder) -> None:
    # "Some students of Uttar Pradesh began opposing these pictures": UP owns the students, not the pictures
    text = "उत्तर प्रदेश के कुछ छात्र इन तस्वीरों का विरोध करने लगे हैं."
    assert all("up" not in c.targets for c in _find(hi_finder, text))
    # a demonstrative right after the genitive belongs to the owned act: "condemned this attack of the BJP"
    assert _pairs(_find(hi_finder, "कांग्रेस ने भाजपा के इस हमले की निंदा की."), "11") == {("inc", "bjp")}


def test_a_third_person_pronoun_judged_in_a_quote_is_someone_named_before(
    hi_finder: HindiEventFinder,
) -> None:
    # the finder leaves "वो" (he/she) to the coder as "@pronoun"; the speaker's own "मैं/हम" never is
    text = 'मायावती के बयान पर सवाल उठे. अखिलेश यादव कहते हैं, "वो जनता को गुमराह कर रही हैं."'
    assert _pairs(_find(hi_finder, text), "11") == {("akhilesh", "@pronoun")}
    assert _pairs(_find(hi_finder, 'अखिलेश यादव कहते हैं, "हम जनता को गुमराह नहीं करते."'), "11") == set()
