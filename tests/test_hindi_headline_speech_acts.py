"""Hindi speech acts in other frames (session 11, hievents19): headline word order with the verb before
its noun ("X ने Y पर साधा निशाना, कहा- …", "X ने की Y की तारीफ"), a headline's nominal act with its
doer's genitive before the target ("X का Y पर तंज"), criticism idioms, name-calling with कहना,
welcoming someone's decision, and the ने-agent of a damning act in someone's words. Sentences written
for these tests."""

from __future__ import annotations

from hindi_support import actor_pairs, find_events
from khabar.stages.events.common import Candidate
from khabar.stages.events.pattern import HindiEventFinder

KNOWN = {
    "भाजपा": ("bjp", "ORG", "IND"),
    "कांग्रेस": ("inc", "ORG", "IND"),
    "मायावती": ("maya", "PER", "IND"),
    "अखिलेश यादव": ("akhilesh", "PER", "IND"),
    "नीतीश कुमार": ("nitish", "PER", "IND"),
    "रूस": ("rus", "GPE", "RUS"),
    "यूक्रेन": ("ukr", "GPE", "UKR"),
}


def _find(hi_finder: HindiEventFinder, text: str) -> list[Candidate]:
    return find_events(hi_finder, text, KNOWN)


def test_headline_verb_before_its_noun(hi_finder: HindiEventFinder) -> None:
    text = "अखिलेश यादव ने भाजपा पर साधा निशाना, कहा- किसान परेशान हैं।"
    assert actor_pairs(_find(hi_finder, text), "111") == {("akhilesh", "bjp")}
    text = "मायावती ने भाजपा पर लगाया आरोप, कहा- दलितों की अनदेखी हुई।"
    assert actor_pairs(_find(hi_finder, text), "112") == {("maya", "bjp")}
    # an adjective between the verb and its noun
    text = "कांग्रेस ने भाजपा पर लगाए गंभीर आरोप।"
    assert actor_pairs(_find(hi_finder, text), "112") == {("inc", "bjp")}
    # the verb right after the agent, the target phrase between it and the noun
    text = "नीतीश कुमार ने की अखिलेश यादव की तारीफ, कहा- वे मेहनती हैं।"
    assert actor_pairs(_find(hi_finder, text), "051") == {("nitish", "akhilesh")}


def test_headline_order_needs_a_clause_end_after_the_noun(hi_finder: HindiEventFinder) -> None:
    # "की" right before the noun is a genitive, and the noun does not end its clause
    text = "मायावती की तारीफ से भाजपा नाराज़ हो गई।"
    assert not actor_pairs(_find(hi_finder, text), "051")
    # a performance, not a protest, with its adjective before the noun
    text = "भाजपा ने किया शानदार प्रदर्शन, कई सीटें जीतीं।"
    assert not actor_pairs(_find(hi_finder, text), "14")


def test_headline_noun_with_the_doer_before_the_target(hi_finder: HindiEventFinder) -> None:
    text = "मायावती का कांग्रेस पर तंज, कहा- दलितों को वोट बैंक समझा।"
    assert actor_pairs(_find(hi_finder, text), "111") == {("maya", "inc")}
    # the status is the act's, not that of the words said after कहा
    found = [c for c in _find(hi_finder, "अखिलेश यादव का भाजपा पर पलटवार, कहा- जनता जवाब देगी।")]
    assert [(c.cameo, c.status) for c in found] == [("111", "occurred")]
    # an armed attack in the same order keeps its doer
    text = "रूस का यूक्रेन पर हमला।"
    assert actor_pairs(_find(hi_finder, text), "19") == {("rus", "ukr")}
    # no doer named: no criticism
    assert not actor_pairs(_find(hi_finder, "तंज के बाद सदन में हंगामा हुआ।"), "111")


def test_criticism_idioms_and_name_calling(hi_finder: HindiEventFinder) -> None:
    text = "मायावती ने कांग्रेस पर भड़ास निकाली।"
    assert actor_pairs(_find(hi_finder, text), "111") == {("maya", "inc")}
    text = "अखिलेश यादव ने भाजपा की खिंचाई की।"
    assert actor_pairs(_find(hi_finder, text), "111") == {("akhilesh", "bjp")}
    text = "कांग्रेस ने भाजपा को आईना दिखाया।"
    assert actor_pairs(_find(hi_finder, text), "111") == {("inc", "bjp")}
    text = "अखिलेश यादव ने नीतीश कुमार को अहंकारी कहा।"
    assert actor_pairs(_find(hi_finder, text), "111") == {("akhilesh", "nitish")}
    text = "कांग्रेस ने भाजपा के खिलाफ बयान दिया।"
    assert actor_pairs(_find(hi_finder, text), "111") == {("inc", "bjp")}


def test_welcoming_a_decision_endorses_its_owner(hi_finder: HindiEventFinder) -> None:
    text = "कांग्रेस ने नीतीश कुमार के फैसले का स्वागत किया।"
    assert actor_pairs(_find(hi_finder, text), "051") == {("inc", "nitish")}
    assert not actor_pairs(_find(hi_finder, text), "04")


def test_damning_act_of_a_ne_agent_in_reported_speech(hi_finder: HindiEventFinder) -> None:
    text = "मायावती ने कहा कि भाजपा ने देश को धोखा दिया है।"
    assert actor_pairs(_find(hi_finder, text), "111") == {("maya", "bjp")}
    # the narrator's own sentence is no one's judgement
    assert not actor_pairs(_find(hi_finder, "भाजपा ने देश को धोखा दिया है।"), "111")


def test_headline_subject_after_its_verb(hi_finder: HindiEventFinder) -> None:
    text = "भाजपा पर बरसे अखिलेश यादव, कहा- किसान परेशान हैं।"
    assert actor_pairs(_find(hi_finder, text), "111") == {("akhilesh", "bjp")}
    text = "कांग्रेस पर भड़कीं मायावती, कहा- दलितों को धोखा मिला।"
    assert actor_pairs(_find(hi_finder, text), "111") == {("maya", "inc")}
    # a name after the verb that does not end the clause is no subject
    text = "भाजपा पर बरसे और अखिलेश यादव के साथ चले गए।"
    assert ("akhilesh", "bjp") not in actor_pairs(_find(hi_finder, text), "111")


def test_headline_accusation_with_the_accused_after_the_dash(hi_finder: HindiEventFinder) -> None:
    text = "मायावती का बड़ा आरोप, कहा- भाजपा ने दलितों को ठगा।"
    assert actor_pairs(_find(hi_finder, text), "112") == {("maya", "bjp")}
    text = "अखिलेश यादव का आरोप- कांग्रेस ने किसानों को ठगा।"
    assert actor_pairs(_find(hi_finder, text), "112") == {("akhilesh", "inc")}
    text = "कांग्रेस का भाजपा पर आरोप, कहा- चुनाव में धांधली हुई।"
    assert actor_pairs(_find(hi_finder, text), "112") == {("inc", "bjp")}
    # an accusation no one is named making is no headline accusation
    assert not actor_pairs(_find(hi_finder, "हत्या के आरोप में दो लोग पकड़े गए।"), "112")


def test_rejecting_accusations_no_one_named_made(hi_finder: HindiEventFinder) -> None:
    # the latest accusation before "इन आरोपों" was made by no one named: the rejection has no target
    text = (
        "मायावती ने भाजपा पर धांधली का आरोप लगाया। बाद में कांग्रेस पर भी घोटाले का आरोप लगाया गया। "
        "कांग्रेस ने इन आरोपों का खंडन किया।"
    )
    assert actor_pairs(_find(hi_finder, text), "12") == {("inc", None)}
    # … while one a named accuser made is rejected as that accuser's
    text = "मायावती ने कांग्रेस पर घोटाले का आरोप लगाया। कांग्रेस ने इन आरोपों का खंडन किया।"
    assert actor_pairs(_find(hi_finder, text), "12") == {("inc", "maya")}


def test_headline_order_serves_every_light_verb_entry(hi_finder: HindiEventFinder) -> None:
    # not only speech acts: a threat and a demand in headline order
    text = "रूस ने यूक्रेन को दी धमकी, कहा- जवाब मिलेगा।"
    assert actor_pairs(_find(hi_finder, text), "13") == {("rus", "ukr")}
    text = "मायावती ने कांग्रेस से मांगा समर्थन।"
    assert actor_pairs(_find(hi_finder, text), "02") == {("maya", "inc")}
