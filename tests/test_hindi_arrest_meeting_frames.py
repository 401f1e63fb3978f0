"""Hindi arrests, demands, strikes and meetings in other frames (session 11, hievents20): having to go to
jail, a resignation or help asked for with मांगना, a strike called with बुलाना, talks or a phone call
between two sides told with the participle before the noun (both sides needed), and an act's object
put before its agent ("X की Y ने हत्या कर दी"). Sentences written for these tests."""

from __future__ import annotations

from hindi_support import actor_pairs, find_events
from khabar.stages.events.common import Candidate
from khabar.stages.events.pattern import HindiEventFinder

KNOWN = {
    "भाजपा": ("bjp", "ORG", "IND"),
    "कांग्रेस": ("inc", "ORG", "IND"),
    "तृणमूल कांग्रेस": ("tmc", "ORG", "IND"),
    "माओवादियों": ("maoists", "ORG", "IND"),
    "चरमपंथियों": ("militants", "ORG", "IND"),
    "भारत": ("ind", "GPE", "IND"),
    "चीन": ("chn", "GPE", "CHN"),
    "असम": ("assam", "GPE", "IND"),
    "केंद्र सरकार": ("goi", "ORG", "IND"),
    "आज़म ख़ान": ("azam", "PER", "IND"),
    "रघुवीर": ("raghuveer", "PER", "IND"),
    "अशोक गहलोत": ("gehlot", "PER", "IND"),
    "सोनिया गांधी": ("sonia", "PER", "IND"),
    "शरद पवार": ("pawar", "PER", "IND"),
    "जो बाइडन": ("biden", "PER", "USA"),
    "इमैनुएल मैक्रों": ("macron", "PER", "FRA"),
}


def _find(hi_finder: HindiEventFinder, text: str) -> list[Candidate]:
    return find_events(hi_finder, text, KNOWN)


def test_having_to_go_to_jail_is_a_detention_of_the_one_with_ko(hi_finder: HindiEventFinder) -> None:
    text = "घोटाले के एक मामले में आज़म ख़ान को जेल जाना पड़ा।"
    assert actor_pairs(_find(hi_finder, text), "173") == {(None, "azam")}
    text = "पूर्व मंत्री रघुवीर को दो साल जेल में रहना पड़ा था।"
    assert actor_pairs(_find(hi_finder, text), "173") == {(None, "raghuveer")}
    # no one named with को: no event
    assert not actor_pairs(_find(hi_finder, "कई लोगों को जेल जाना पड़ा।"), "173")


def test_a_resignation_or_help_asked_for_with_the_verb_itself(hi_finder: HindiEventFinder) -> None:
    text = "भाजपा ने कल अशोक गहलोत से इस्तीफ़ा मांगा।"
    assert actor_pairs(_find(hi_finder, text), "1041") == {("bjp", "gehlot")}
    text = "बाढ़ के बाद असम ने केंद्र सरकार से आर्थिक मदद मांगी है।"
    assert actor_pairs(_find(hi_finder, text), "023") == {("assam", "goi")}


def test_a_strike_called_with_bulana(hi_finder: HindiEventFinder) -> None:
    text = "कांग्रेस ने महंगाई के विरोध में भारत बंद बुलाया।"
    assert actor_pairs(_find(hi_finder, text), "143") == {("inc", None)}


def _sides(candidates: list[Candidate], root: str) -> set[str]:
    """The participants of an act between two sides (no agent: both are targets until coded)."""
    return {t for s, t in actor_pairs(candidates, root) if s is None and t is not None}


def test_talks_and_calls_between_two_sides_told_with_a_participle(hi_finder: HindiEventFinder) -> None:
    assert _sides(_find(hi_finder, "भारत और चीन के बीच हुई बातचीत बेनतीजा रही।"), "046") == {"ind", "chn"}
    text = "सोनिया गांधी और शरद पवार के बीच हुई मुलाक़ात पर सबकी नज़र है।"
    assert _sides(_find(hi_finder, text), "040") == {"sonia", "pawar"}
    text = "जो बाइडन और इमैनुएल मैक्रों के बीच फ़ोन पर बातचीत हुई।"
    assert _sides(_find(hi_finder, text), "041") == {"biden", "macron"}
    text = "जो बाइडन और इमैनुएल मैक्रों के बीच हुई टेलीफ़ोन बातचीत में यूक्रेन पर चर्चा हुई।"
    assert _sides(_find(hi_finder, text), "041") == {"biden", "macron"}


def test_a_talk_between_sides_needs_both_sides(hi_finder: HindiEventFinder) -> None:
    # the other side is no entity: half a pair is no meeting
    assert not actor_pairs(_find(hi_finder, "भारत और एक पड़ोसी के बीच हुई बातचीत बेनतीजा रही।"), "04")
    # "के बीच" of a time or a mood (amid) names no side
    assert not actor_pairs(_find(hi_finder, "तनाव के बीच हुई बातचीत में भारत ने अपनी बात रखी।"), "04")


def test_an_object_put_before_its_agent(hi_finder: HindiEventFinder) -> None:
    text = "तृणमूल कांग्रेस के नेता रघुवीर की चरमपंथियों ने गोली मारकर हत्या कर दी।"
    assert actor_pairs(_find(hi_finder, text), "18") == {("militants", "raghuveer")}
    text = "आज़म ख़ान का माओवादियों ने अपहरण कर लिया।"
    assert actor_pairs(_find(hi_finder, text), "181") == {("maoists", "azam")}
    # an unnamed agent: the victim's party before it is no agent
    text = "तृणमूल कांग्रेस के नेता रघुवीर की अज्ञात बदमाशों ने गोली मारकर हत्या कर दी।"
    assert actor_pairs(_find(hi_finder, text), "18") == {(None, "raghuveer")}
    # the act names its own object after ने: the genitive before qualifies the agent
    text = "कांग्रेस की सरकार ने भाजपा की आलोचना की।"
    assert actor_pairs(_find(hi_finder, text), "11") == {("inc", "bjp")}


def test_the_owner_of_an_unnamed_agent_in_reported_words(hi_finder: HindiEventFinder) -> None:
    # "the police said that the Maoists' men attacked": the Maoists act, not the unnamed speaker
    text = "पुलिस ने बताया कि माओवादियों के हथियारबंद दस्ते ने भाजपा के दफ़्तर पर हमला किया।"
    assert actor_pairs(_find(hi_finder, text), "19") == {("maoists", "bjp")}


def test_missiles_fired_at_someone(hi_finder: HindiEventFinder) -> None:
    text = "चीन ने भारत की चौकियों पर मिसाइलें दागीं।"
    assert actor_pairs(_find(hi_finder, text), "195") == {("chn", "ind")}
    # a launch with no one aimed at is no attack
    assert not actor_pairs(_find(hi_finder, "चीन ने समुद्र में दो मिसाइलें दागीं।"), "19")


def test_victims_named_before_the_attack_they_died_in(hi_finder: HindiEventFinder) -> None:
    text = "भाजपा के तीन कार्यकर्ता माओवादियों के हमले में मारे गए।"
    assert actor_pairs(_find(hi_finder, text), "19") == {("maoists", "bjp")}
    assert actor_pairs(_find(hi_finder, text), "1823") == {("maoists", "bjp")}
    # an accident is no killing
    assert not actor_pairs(_find(hi_finder, "भाजपा के तीन कार्यकर्ता सड़क हादसे में मारे गए।"), "18")


def test_a_burnt_effigy_is_a_protest_only(hi_finder: HindiEventFinder) -> None:
    for text in (
        "कांग्रेस के कार्यकर्ताओं ने अशोक गहलोत का पुतला फूंका।",
        "कांग्रेस के कार्यकर्ताओं ने अशोक गहलोत के पुतले को आग लगा दी।",
    ):
        found = _find(hi_finder, text)
        assert actor_pairs(found, "14") == {("inc", "gehlot")}
        assert not actor_pairs(found, "17")  # no property destroyed
    # the office itself set on fire is destruction
    text = "कांग्रेस के कार्यकर्ताओं ने भाजपा के दफ़्तर को आग लगा दी।"
    assert actor_pairs(_find(hi_finder, text), "1712") == {("inc", "bjp")}


def test_blown_up_with_explosives_and_retired_by_force(hi_finder: HindiEventFinder) -> None:
    text = "माओवादियों ने भाजपा के दफ़्तर को बम से उड़ा दिया।"
    assert actor_pairs(_find(hi_finder, text), "183") == {("maoists", "bjp")}
    assert not _find(hi_finder, "भाजपा ने कांग्रेस का मज़ाक उड़ाया।")
    text = "केंद्र सरकार ने अधिकारी रघुवीर को जबरन सेवानिवृत्त कर दिया।"
    assert actor_pairs(_find(hi_finder, text), "172") == {("goi", "raghuveer")}


def test_a_noun_with_its_own_light_verb_stays_inside_another_window(hi_finder: HindiEventFinder) -> None:
    # "बात" (talk) may take "हो" three words on, but "सहमत हो" is the agreement's own verb group
    text = "भारत और चीन इस बात पर सहमत हो गए हैं।"
    assert actor_pairs(_find(hi_finder, text), "031") == {("ind", None), ("chn", None)}


def test_a_party_with_a_body_noun_before_ne_is_the_agent(hi_finder: HindiEventFinder) -> None:
    text = "कांग्रेस प्रतिनिधिमंडल ने भाजपा की आलोचना की।"
    assert actor_pairs(_find(hi_finder, text), "111") == {("inc", "bjp")}
    text = "भाजपा नेतृत्व ने कांग्रेस की आलोचना की।"
    assert actor_pairs(_find(hi_finder, text), "111") == {("bjp", "inc")}


def test_an_mla_or_mp_alone_as_the_agent_is_the_one_named_before(hi_finder: HindiEventFinder) -> None:
    text = "कांग्रेस के विधायक रघुवीर ने थाने का दौरा किया। इसके बाद विधायक ने भाजपा के ख़िलाफ़ धरना दिया।"
    assert actor_pairs(_find(hi_finder, text), "14") == {("@pronoun", "bjp")}
