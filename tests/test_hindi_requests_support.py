"""Hindi demands, support, talks and agreement in frames beyond "X ने Y से … की" (session 9, hievents14):
a demand or plea put before someone (के सामने/समक्ष), taking or standing on someone's side (पक्ष में,
के साथ है), talks held between two sides, agreement to someone's proposal, and coordinated partners of a
symmetric act that needs a partner. Sentences written for these tests."""

from __future__ import annotations

from hindi_support import actor_pairs, find_events
from khabar.stages.events.common import Candidate
from khabar.stages.events.pattern import HindiEventFinder

KNOWN = {
    "भाजपा": ("bjp", "ORG"),
    "कांग्रेस": ("inc", "ORG"),
    "शिवसेना": ("shs", "ORG"),
    "राज्यपाल रामनाथ": ("gov", "PER"),
    "अखिलेश यादव": ("akhilesh", "PER"),
    "मायावती": ("mayawati", "PER"),
    "भारत": ("india", "GPE"),
    "जापान": ("japan", "GPE"),
    "ऑस्ट्रेलिया": ("australia", "GPE"),
}


def _find(hi_finder: HindiEventFinder, text: str) -> list[Candidate]:
    return find_events(hi_finder, text, KNOWN)


_pairs = actor_pairs


def test_a_demand_put_before_someone_is_addressed_to_him(hi_finder: HindiEventFinder) -> None:
    text = "कांग्रेस ने राज्यपाल रामनाथ के सामने विधानसभा भंग करने की मांग रखी।"
    assert _pairs(_find(hi_finder, text), "10") == {("inc", "gov")}
    # a sum claimed with no one named ("… की मांग रखी थी": damages in a private dispute) is no event
    assert _pairs(_find(hi_finder, "अखिलेश यादव ने हर्जाने के तौर पर दो करोड़ रुपये की मांग रखी थी।"), "10") == set()


def test_a_plea_before_someone(hi_finder: HindiEventFinder) -> None:
    text = "शिवसेना ने राज्यपाल रामनाथ के समक्ष किसानों को राहत देने की गुहार लगाई।"
    assert _pairs(_find(hi_finder, text), "02") == {("shs", "gov")}


def test_taking_someones_side_supports_him_but_a_verdict_does_not(hi_finder: HindiEventFinder) -> None:
    text = "शिवसेना ने विश्वास मत में भाजपा के पक्ष में मतदान किया।"
    assert _pairs(_find(hi_finder, text), "05") == {("shs", "bjp")}
    assert _pairs(_find(hi_finder, "अदालत का फ़ैसला भाजपा के पक्ष में आया।"), "05") == set()


def test_standing_with_someone_at_the_end_of_the_clause(hi_finder: HindiEventFinder) -> None:
    assert _pairs(_find(hi_finder, "मायावती इस लड़ाई में अखिलेश यादव के साथ खड़ी हैं।"), "05") == {
        ("mayawati", "akhilesh")
    }
    # a fixture or a companion: no named subject, or more words after the copula
    assert _pairs(_find(hi_finder, "भारत का अगला मुक़ाबला ऑस्ट्रेलिया के साथ है।"), "05") == set()
    assert _pairs(_find(hi_finder, "मायावती अखिलेश यादव के साथ थीं जब हादसा हुआ।"), "05") == set()


def test_talks_held_between_two_sides(hi_finder: HindiEventFinder) -> None:
    # no agent: both sides are targets, paired into one event when coded
    found = [c for c in _find(hi_finder, "भारत और जापान के बीच रक्षा सौदे पर वार्ता हुई।") if c.cameo == "046"]
    assert found and not found[0].sources and set(found[0].targets) == {"india", "japan"}


def test_agreement_to_someones_proposal(hi_finder: HindiEventFinder) -> None:
    text = "मायावती ने अखिलेश यादव के प्रस्ताव पर रज़ामंदी दे दी।"
    assert _pairs(_find(hi_finder, text), "03") == {("mayawati", "akhilesh")}


def test_coordinated_partners_of_a_formal_agreement(hi_finder: HindiEventFinder) -> None:
    # no "के साथ" phrase: the two subjects are the partners (the candidate keeps both as sources)
    found = [c for c in _find(hi_finder, "भारत और जापान ने असैन्य परमाणु समझौता किया।") if c.cameo == "057"]
    assert found and set(found[0].sources) == {"india", "japan"}
    # one party alone with no partner named is still no agreement
    assert not [c for c in _find(hi_finder, "भारत ने असैन्य परमाणु समझौता किया।") if c.cameo == "057"]
