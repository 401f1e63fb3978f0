"""English event precision (session 11, enprec): what the text does not assert is withheld, conditions
make an act hypothetical or a threat, a refusal to meet demands is a rejection (real pipeline)."""

from __future__ import annotations

import pytest

from english_support import events_with_status as _events
from khabar.api import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "Nancy Pelosi said she will not endorse Hakeem Jeffries.",  # denied
        "Vietnam might recognise Taiwan next year.",  # hypothetical (modal)
        "Even if Bolivia imposes sanctions on Chile, nothing will change.",  # content of a condition
    ],
)
def test_unasserted_acts_are_withheld(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


def test_asserted_acts_and_forecasts_stay(extractor: Extractor) -> None:
    assert [e[0] for e in _events(extractor, "Nancy Pelosi endorsed Hakeem Jeffries.")] == ["SUPPORT"]
    # a forecast of another body's act is a claim the gold codes (hypothetical, kept)
    got = _events(extractor, "AAP's Atishi said the ED will arrest Arvind Kejriwal tomorrow.")
    assert [(e[0], e[3]) for e in got if e[0] == "COERCE"] == [("COERCE", "hypothetical")]


def test_a_condition_makes_cooperation_hypothetical(extractor: Extractor) -> None:
    text = "If the Governor dismisses Nitish Kumar, the Janata Dal would extend support to Lalu Prasad."
    got = _events(extractor, text)
    assert not [e for e in got if e[0] == "SUPPORT"]
    got = _events(extractor, "The Janata Dal would extend support to Lalu Prasad, Sharad Yadav said.")
    assert [e[0] for e in got if e[0] == "SUPPORT"] == ["SUPPORT"]


def test_force_announced_on_a_condition_is_a_threat(extractor: Extractor) -> None:
    text = "Germany may cut off aid to Serbia if the shelling goes on, Foreign Minister Klaus Kinkel said."
    got = _events(extractor, text)
    assert [e[:3] for e in got if e[0] == "THREATEN"] == [("THREATEN", "Germany", "Serbia")]
    # with no one announcing it, the same words are a possibility (withheld)
    assert not _events(extractor, "Germany may cut off aid to Serbia if the shelling goes on.")


def test_not_meeting_demands_is_a_refusal(extractor: Extractor) -> None:
    got = _events(extractor, "Peru said it would not meet the demands of the Shining Path.")
    assert [e[:3] for e in got if e[0] == "REJECT"] == [("REJECT", "Peru", "Shining Path")]


@pytest.mark.parametrize(
    "text",
    [
        "Mamata Banerjee vowed to fight against the new policies of Narendra Modi.",  # a policy
        "The Kerala government will fight the pandemic with Cuba's help.",  # an ill
        "The editorial attacked Yogi Adityanath for the delay.",  # speech as the doer
    ],
)
def test_figurative_violence_is_no_assault(extractor: Extractor, text: str) -> None:
    assert not [e for e in _events(extractor, text) if e[0] == "ASSAULT"]


def test_violence_against_people_stays(extractor: Extractor) -> None:
    got = _events(extractor, "Houthi rebels fought Saudi troops near the border.")
    assert [e[0] for e in got] == ["ASSAULT"]


def test_a_guess_is_hypothetical(extractor: Extractor) -> None:
    assert not _events(extractor, "The Congress is likely to summon Arjun Singh tomorrow, the sources said.")
    got = _events(extractor, "The Congress summoned Arjun Singh on Monday.")
    assert got


def test_a_bare_conjunct_shares_the_negation(extractor: Extractor) -> None:
    assert not _events(extractor, "Russia did not attack or shell Ukraine.")


def test_a_protest_announced_on_a_condition_is_a_threat(extractor: Extractor) -> None:
    text = (
        "The CPI(M) will launch an agitation against Rajasthan if the decision is not reversed, "
        "Sitaram Yechury said."
    )
    got = _events(extractor, text)
    assert [e[0] for e in got] == ["THREATEN"], got
    # announced with no condition, it is a planned protest
    got = _events(extractor, "The CPI(M) will launch an agitation against Rajasthan, Sitaram Yechury said.")
    assert [(e[0], e[3]) for e in got] == [("PROTEST", "planned")], got
