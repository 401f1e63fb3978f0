"""Hindi accusation, assault and support triggers of session 13 (hievents23): an accusation with an
adjective before आरोप ("पर गंभीर आरोप लगाए"), a blow struck ("पर वार किया"), taking a side, solidarity,
anti-X characterisations, words dismissed in speech, and a feeling about someone's deed felt by a dative
("X को ख़ुशी/मलाल है कि Y ने …"). Sentences written for these tests."""

from __future__ import annotations

from hindi_support import actor_pairs, find_events
from khabar.stages.events.common import Candidate
from khabar.stages.events.pattern import HindiEventFinder

KNOWN = {
    "सुरेश यादव": ("suresh", "PER", "IND"),
    "रमेश चौधरी": ("ramesh", "PER", "IND"),
    "गीता देवी": ("geeta", "PER", "IND"),
    "समाजवादी पार्टी": ("sp", "ORG", "IND"),
    "राज्य सरकार": ("stategov", "ORG", "IND"),
    "नगर निगम": ("corp", "ORG", "IND"),
}


def _find(hi_finder: HindiEventFinder, text: str) -> list[Candidate]:
    return find_events(hi_finder, text, KNOWN)


def test_an_adjective_before_the_accusation_keeps_its_light_verb(hi_finder: HindiEventFinder) -> None:
    for text in (
        "सुरेश यादव ने राज्य सरकार पर गंभीर आरोप लगाए हैं.",
        "सुरेश यादव ने राज्य सरकार पर एक बड़ा आरोप लगाया.",
        "सुरेश यादव ने राज्य सरकार के ख़िलाफ़ गंभीर आरोप लगाए.",
        "सुरेश यादव ने राज्य सरकार पर घोटाले का आरोप जड़ दिया.",
    ):
        assert actor_pairs(_find(hi_finder, text), "112") == {("suresh", "stategov")}, text
    # the headline's verbless accusation still works
    text = "सुरेश यादव का बड़ा आरोप, कहा- राज्य सरकार ने किसानों को ठगा."
    assert actor_pairs(_find(hi_finder, text), "112") == {("suresh", "stategov")}


def test_a_blow_struck_at_someone_is_an_assault(hi_finder: HindiEventFinder) -> None:
    text = "हमलावरों ने रमेश चौधरी पर कुल्हाड़ी से वार किया."
    assert actor_pairs(_find(hi_finder, text), "182") == {(None, "ramesh")}
    # a weekday is no blow
    assert not _find(hi_finder, "रमेश चौधरी हर सोमवार को बाज़ार जाते हैं.")


def test_taking_a_side_and_solidarity_are_support(hi_finder: HindiEventFinder) -> None:
    text = "समाजवादी पार्टी ने विवाद में सुरेश यादव का पक्ष लिया."
    assert actor_pairs(_find(hi_finder, text), "051") == {("sp", "suresh")}
    text = "रमेश चौधरी ने सुरेश यादव के प्रति एकजुटता जताई."
    assert actor_pairs(_find(hi_finder, text), "051") == {("ramesh", "suresh")}
    # stating one's own case is no side taken
    assert not actor_pairs(_find(hi_finder, "राज्य सरकार ने अदालत में अपना पक्ष रखा."), "051")


def test_calling_someone_anti_people_is_criticism(hi_finder: HindiEventFinder) -> None:
    text = "सुरेश यादव ने राज्य सरकार को किसान विरोधी बताया."
    assert actor_pairs(_find(hi_finder, text), "111") == {("suresh", "stategov")}
    text = "गीता देवी ने नगर निगम को निकम्मा करार दिया."
    assert actor_pairs(_find(hi_finder, text), "111") == {("geeta", "corp")}


def test_dismissing_someones_words_in_speech_criticises_them(hi_finder: HindiEventFinder) -> None:
    text = "रमेश चौधरी कहते हैं, ''सुरेश यादव के बयानों का कोई महत्व नहीं है.''"
    assert actor_pairs(_find(hi_finder, text), "111") == {("ramesh", "suresh")}
    # the narrator's words judge nothing
    assert not actor_pairs(_find(hi_finder, "सुरेश यादव के बयानों का कोई महत्व नहीं निकला."), "111")


def test_a_feeling_about_a_deed_judges_its_doer(hi_finder: HindiEventFinder) -> None:
    text = "रमेश चौधरी को ख़ुशी है कि राज्य सरकार ने कर्ज़ माफ़ कर दिया."
    assert actor_pairs(_find(hi_finder, text), "051") == {("ramesh", "stategov")}
    text = "गीता देवी को मलाल है कि नगर निगम ने उनकी कोई मदद नहीं की."
    assert actor_pairs(_find(hi_finder, text), "111") == {("geeta", "corp")}
    # a third-person dative pronoun is resolved later
    text = "इसीलिए उन्हें शिकायत है कि राज्य सरकार ने पैसा रोक दिया."
    assert actor_pairs(_find(hi_finder, text), "111") == {("@pronoun", "stategov")}


def test_a_feeling_with_no_doer_or_no_one_feeling_it_is_none(hi_finder: HindiEventFinder) -> None:
    # grief at a death blames no one: the genitive is no doer
    text = "रमेश चौधरी को मलाल है कि सुरेश यादव का असमय निधन हो गया."
    assert not actor_pairs(_find(hi_finder, text), "111")
    # the first person feels it: no one named
    assert not actor_pairs(_find(hi_finder, "मुझे ख़ुशी है कि राज्य सरकार ने कर्ज़ माफ़ किया."), "051")
    # no dative before the feeling
    text = "इस बात की ख़ुशी है कि राज्य सरकार ने कर्ज़ माफ़ किया."
    assert not actor_pairs(_find(hi_finder, text), "051")


def test_i_in_an_opinion_holders_words_is_the_holder(hi_finder: HindiEventFinder) -> None:
    # "Suresh Yadav says: 'I talked to the corporation many times'": I is Suresh Yadav, not an earlier agent
    text = "रमेश चौधरी ने राज्य सरकार पर आरोप लगाया. सुरेश यादव कहते हैं, ''मैंने नगर निगम से कई बार बात की.''"
    assert actor_pairs(_find(hi_finder, text), "04") == {("suresh", "corp")}


def test_blame_verbs_found_by_probing_the_codebook(hi_finder: HindiEventFinder) -> None:
    text = "सुरेश यादव ने नगर निगम पर गंदगी के लिए दोषारोपण किया."
    assert actor_pairs(_find(hi_finder, text), "112") == {("suresh", "corp")}
    text = "गीता देवी ने राज्य सरकार की नाकामियां गिनाईं."
    assert actor_pairs(_find(hi_finder, text), "111") == {("geeta", "stategov")}
    text = "समाजवादी पार्टी ने राज्य सरकार को आड़े हाथ लिया."
    assert actor_pairs(_find(hi_finder, text), "111") == {("sp", "stategov")}
    text = "रमेश चौधरी ने नगर निगम को हड़ताल के नतीजों को लेकर चेताया."
    assert actor_pairs(_find(hi_finder, text), "130") == {("ramesh", "corp")}
    # a thing's shortcomings name no one; an advisory warns no one
    assert not actor_pairs(_find(hi_finder, "रमेश चौधरी ने नई योजना की कमियां गिनाईं."), "111")
    assert not actor_pairs(_find(hi_finder, "रमेश चौधरी ने चेताया कि गर्मी और बढ़ेगी."), "130")
