"""English false events on unseen Indian news (session 13, enprecision): verb senses by their object
(a seller's offer, sharing one's own story), verbs and nouns in another sense ("according to",
"gearing up", "led to", "a heart attack"), CAMEO dictionary blocks whose header code is no event
(leading, thinking), consumer-business copy, a future act no one is named to carry out,
and an act one is only pressed to do (real pipeline)."""

from __future__ import annotations

import pytest

from english_support import events_with_status as _events
from khabar.api import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # a seller's goods and terms, a worshipper's offering: no intent to cooperate
        "Punjab National Bank offers a 7.4 per cent interest rate to senior citizens.",
        "The Khadi store in Ranchi is offering a wide range of handloom products this month.",
        "Chief Minister Nitish Kumar offered prayers at the Mahavir Mandir in Patna.",
        # telling, and sharing one's own memories, is no cooperation
        "Sachin Tendulkar shared his memories of the 2011 final with Mahendra Singh Dhoni.",
        # attribution, getting ready and causing
        "The Indian government is set to revise its visa rules, according to the US State Department.",
        "The Samajwadi Party is gearing up for the Lok Sabha elections in Uttar Pradesh.",
        # an illness, no assault
        "Former Union minister Ram Vilas Paswan had a heart attack on Tuesday.",
        # a future act with no one named to do it
        "The Union Government will be requested to amend the Motor Vehicles Act.",
        # pressed to act, not acting
        "Pakistan is under pressure to condemn the attack on the Indian convoy.",
    ],
)
def test_non_events_code_nothing(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


def test_the_same_verbs_in_their_event_sense_stay(extractor: Extractor) -> None:
    offered = _events(extractor, "Russia offered its help to Nepal after the earthquake.")
    assert [e[:3] for e in offered] == [("AGREE", "Russia", "Nepal")]
    attacked = _events(extractor, "Maoists attacked a police camp in Dantewada on Monday.")
    assert [e[0] for e in attacked] == ["ASSAULT"]
    condemned = _events(extractor, "Pakistan condemned the attack on the Indian convoy.")
    assert ("ACCUSE", "Pakistan") in [e[:2] for e in condemned]
    # a planned visit with its visitor named stays (the gold codes scheduled visits)
    visit = _events(extractor, "Prime Minister Narendra Modi will visit Japan next week.")
    assert [(e[0], e[1], e[2], e[3]) for e in visit] == [("CONSULT", "Narendra Modi", "Japan", "planned")]


def test_a_dictionary_verb_of_thinking_codes_nothing(extractor: Extractor) -> None:
    thinking = "The Karnataka government is thinking about the Bengaluru Metropolitan Authority."
    assert _events(extractor, thinking) == []


def test_consumer_business_copy_keeps_only_political_actors(extractor: Extractor) -> None:
    story = (
        "Bharti Airtel agreed to merge its telecom business with Tata Teleservices. The deal adds 40 million "
        "subscribers to Airtel and raises its revenue, and customers will keep their numbers."
    )
    assert _events(extractor, story) == []
    # the same act outside such copy stays
    plain = "Bharti Airtel agreed to merge its mobile business with Tata Teleservices on Monday."
    assert [e[:3] for e in _events(extractor, plain)] == [("AGREE", "Bharti Airtel", "Tata Teleservices")]
