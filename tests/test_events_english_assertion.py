"""English events the text does not assert: questions, prevented and asked-for acts, wishes with no one
saying them, generic people, trying rather than asking, tours of one's own country (real pipeline)."""

from __future__ import annotations

import pytest

from english_support import events_with_status as _events
from khabar.api import Extractor


def test_a_direct_question_asserts_no_event(extractor: Extractor) -> None:
    assert _events(extractor, "Why has Russia not attacked Ukraine?") == []
    # the same words as a statement are an event
    assert [e[0] for e in _events(extractor, "Russia attacked Ukraine.")] == ["ASSAULT"]


def test_asking_whether_is_a_question_not_an_appeal(extractor: Extractor) -> None:
    got = _events(extractor, "Rahul Gandhi asked whether the Election Commission was consulted.")
    assert not [e for e in got if e[0] == "REQUEST"]
    got = _events(extractor, "Rahul Gandhi asked the Election Commission to postpone the polls.")
    assert [e[:3] for e in got if e[0] == "REQUEST"] == [
        ("REQUEST", "Rahul Gandhi", "Election Commission of India")
    ]


def test_a_prevented_act_is_denied(extractor: Extractor) -> None:
    got = _events(extractor, "Israel postponed talks with Hamas.")
    assert not [e for e in got if e[0] == "CONSULT"]  # denied: withheld
    # a release held back is a refusal to yield, by whoever holds it back
    got = _events(extractor, "Israel delayed the release of Palestinian prisoners.")
    assert [e[:2] for e in got] == [("REJECT", "Israel")]
    got = _events(extractor, "Israel released Palestinian prisoners.")
    assert [(e[0], e[3]) for e in got] == [("RETREAT", "occurred")]


def test_an_act_demanded_in_the_subjunctive_did_not_happen(extractor: Extractor) -> None:
    got = _events(extractor, "The Congress demanded that Amit Shah be arrested by the CBI.")
    assert not [e for e in got if e[0] == "COERCE"]  # hypothetical: withheld


def test_a_wish_nobody_voices_is_no_appeal(extractor: Extractor) -> None:
    got = _events(extractor, "The CBI should investigate Manish Sisodia.")
    assert not [e for e in got if e[0] == "REQUEST"]
    assert all(e[3] == "hypothetical" for e in got)
    # said by someone, it is that person's appeal
    got = _events(extractor, "Rahul Gandhi said the CBI should investigate Manish Sisodia.")
    assert [e[:2] for e in got if e[0] == "REQUEST"] == [("REQUEST", "Rahul Gandhi")]


def test_generic_people_take_part_in_no_event(extractor: Extractor) -> None:
    got = _events(extractor, "J. Jayalalithaa sought the death penalty for those convicted of rape.")
    assert not [e for e in got if e[0] == "ACCUSE"]


def test_seeking_to_do_is_trying_not_asking(extractor: Extractor) -> None:
    assert not [e for e in _events(extractor, "Iran seeks to avoid a war with Israel.") if e[0] == "REQUEST"]
    got = _events(extractor, "Iran sought help from Russia.")
    assert [e[:3] for e in got if e[0] == "REQUEST"] == [("REQUEST", "Iran", "Russia")]


def test_a_tour_at_home_visits_no_one(extractor: Extractor) -> None:
    assert not [
        e for e in _events(extractor, "Mr Jai Pal Singh arrived at Thakur Dwara.") if e[0] == "CONSULT"
    ]
    got = _events(extractor, "Narendra Modi visited China on Monday.")
    assert [e[:3] for e in got if e[0] == "CONSULT"] == [("CONSULT", "Narendra Modi", "China")]


def test_captured_data_is_no_attack(extractor: Extractor) -> None:
    got = _events(extractor, "Sudhir Mungantiwar wants to use the data captured by Tata Trusts.")
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_the_content_of_a_condition_is_hypothetical(extractor: Extractor) -> None:
    got = _events(extractor, "If you believe that Russia attacked Ukraine, you are wrong.")
    assert not [e for e in got if e[0] == "ASSAULT"]  # hypothetical: withheld


def test_armed_fighting_needs_an_enemy(extractor: Extractor) -> None:
    got = _events(
        extractor, "Parkash Singh Badal said the party would fight to protect the interests of Punjab."
    )
    assert not [e for e in got if e[0] == "ASSAULT"]
    got = _events(extractor, "Houthi rebels fought Saudi troops near the border.")
    assert [e[0] for e in got] == ["ASSAULT"]


def test_a_deed_committed_is_no_commitment(extractor: Extractor) -> None:
    assert not [e for e in _events(extractor, "Rajesh Pawar committed suicide in Mumbai.") if e[0] == "AGREE"]


def test_a_town_where_it_happened_is_no_fallback_target(extractor: Extractor) -> None:
    got = _events(extractor, "Militants carried out human rights violations in the Kashmir Valley.")
    assert not [e for e in got if e[2] and "Valley" in e[2]]
    # a city abroad stands for its country (the coder's reading of CAMEO)
    got = _events(extractor, "Russia shelled residential areas in Kharkiv on Sunday.")
    assert [e[:3] for e in got] == [("ASSAULT", "Russia", "Kharkiv")]


def test_air_strikes_are_attacks_not_labour_strikes(extractor: Extractor) -> None:
    got = _events(extractor, "Israel launched air strikes on Lebanon on Sunday.")
    assert [e[:3] for e in got] == [("ASSAULT", "Israel", "Lebanon")]
    got = _events(extractor, "Ravi Kumar called a strike against the Punjab government.")
    assert [e[0] for e in got] == ["PROTEST"]


def test_who_draws_or_faces_an_act_undergoes_it(extractor: Extractor) -> None:
    got = _events(extractor, "Rahul Gandhi's remarks drew criticism from the BJP.")
    assert [e[:3] for e in got] == [("ACCUSE", "Bharatiya Janata Party", "Rahul Gandhi")]
    got = _events(extractor, "Ukraine received military aid from the United States.")
    assert [e[:3] for e in got] == [("AID", "United States", "Ukraine")]
    # a light verb keeps its subject as the agent
    got = _events(extractor, "The BJP launched an attack on Rahul Gandhi.")
    assert [e[1:3] for e in got] == [("Bharatiya Janata Party", "Rahul Gandhi")]


def test_a_warning_against_someones_conduct_is_criticism(extractor: Extractor) -> None:
    text = "Mamata Banerjee warned the Election Commission against ignoring the complaints."
    # the act warned against did not happen: no rejection of the complaints
    got = _events(extractor, text)
    assert [e[:3] for e in got] == [("ACCUSE", "Mamata Banerjee", "Election Commission of India")]
    # against a thing, not an act of the warned party, it stays a threat
    got = _events(extractor, "Pakistan warned India against any misadventure.")
    assert [e[:3] for e in got] == [("THREATEN", "Pakistan", "India")]


def test_it_in_a_participle_clause_is_the_body_addressed(extractor: Extractor) -> None:
    got = _events(extractor, "Mamata Banerjee wrote to the Election Commission, accusing it of bias.")
    assert [e[:3] for e in got] == [("ACCUSE", "Mamata Banerjee", "Election Commission of India")]
    # "him" is still the person named last
    got = _events(extractor, "Sitaram Yechury met Manmohan Singh, accusing him of betrayal.")
    assert ("ACCUSE", "Sitaram Yechury", "Manmohan Singh") in [e[:3] for e in got]


def test_a_protest_in_a_legislature_is_aimed_at_the_government(extractor: Extractor) -> None:
    text = "The Government of India tabled a bill. Samajwadi Party members stormed the well of the Lok Sabha."
    got = _events(extractor, text)
    assert [e[:3] for e in got] == [("PROTEST", "Samajwadi Party", "Government of India")]
    # with no government named, the house stays the target (nothing to stand in for it)
    got = _events(extractor, "Samajwadi Party members stormed the well of the Lok Sabha.")
    assert [e[:3] for e in got] == [("PROTEST", "Samajwadi Party", "Lok Sabha")]


@pytest.mark.parametrize(
    "text",
    [
        "Kapil Sibal pleaded for the release of Satyendar Jain on bail.",  # "for" phrase of a plea
        "Shehbaz Sharif urged the United Nations to condemn India.",  # "to" complement of an appeal
        "The Samajwadi Party demanded the arrest and dismissal of Ajay Mishra.",  # object and conjunct
    ],
)
def test_the_act_an_appeal_asks_for_is_not_coded(extractor: Extractor, text: str) -> None:
    types = [e[0] for e in _events(extractor, text)]
    assert types and set(types) == {"REQUEST"}, types


def test_a_clause_inside_the_asked_for_phrase_keeps_its_own_event(extractor: Extractor) -> None:
    text = "The Congress demanded the arrest of Ajay Mishra, who met Amit Shah in Delhi."
    events = _events(extractor, text)
    assert {e[0] for e in events} == {"REQUEST", "CONSULT"}


@pytest.mark.parametrize(
    "text",
    [
        "Had India acted earlier, the United States would have pressured Pakistan.",
        "The CBI should have arrested Nirav Modi, Rahul Gandhi said.",  # a reproach, not an appeal
    ],
)
def test_a_modal_with_a_perfect_is_counterfactual(extractor: Extractor, text: str) -> None:
    events = _events(extractor, text)
    # hypothetical, so withheld (an appeal by Rahul Gandhi would be coded as occurred)
    assert events == [], events
