"""English event actors on unseen Indian news (session 13, enactors): a town that only modifies an
event noun ("the Nagpur riots") names where it happened, never who did it (real pipeline)."""

from __future__ import annotations

import pytest

from english_support import events_with_status as _events
from khabar.api import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "The Meerut riots were discussed in the Rajya Sabha on Monday.",
        "The Kanpur protests against the fare hike spread to other towns.",
    ],
)
def test_a_town_modifying_an_event_noun_is_not_its_doer(extractor: Extractor, text: str) -> None:
    sources = [e[1] for e in _events(extractor, text)]
    assert "Meerut" not in sources and "Kanpur" not in sources


def test_the_body_that_protests_in_a_town_still_acts(extractor: Extractor) -> None:
    protest = _events(extractor, "The Congress staged a protest in Meerut against the fare hike.")
    assert ("PROTEST", "Indian National Congress") in [e[:2] for e in protest]


def test_one_hurt_in_an_event_is_not_its_doer(extractor: Extractor) -> None:
    # "suffer"/"sustain" take the harm as object; their subject undergoes the event of the "in" phrase
    clash = _events(extractor, "Ram Kumar, a farmer, suffered a fracture in the clashes with the police.")
    assert "Ram Kumar" not in [e[1] for e in clash]


def test_a_body_in_a_relative_clause_of_an_act_is_not_whom_a_person_acts_for(extractor: Extractor) -> None:
    text = (
        "Sharma, who returned to New Delhi after attending the meetings of the World Bank, "
        "also denied that the loan had been cut."
    )
    denials = [e for e in _events(extractor, text) if e[0] == "REJECT"]
    assert [e[1] for e in denials] == ["Sharma"]


def test_the_owner_of_a_decision_does_its_infinitive(extractor: Extractor) -> None:
    text = "The opposition leader was asked about the World Bank decision to cut aid to Nepal."
    cuts = [e for e in _events(extractor, text) if e[2] == "Nepal"]
    assert [e[1] for e in cuts] == ["World Bank"]


def test_a_refusal_leaves_its_infinitive_to_no_owner(extractor: Extractor) -> None:
    text = "The minister criticised Pakistan's refusal to hand over the accused to India."
    assert ("Pakistan", "India") not in [e[1:3] for e in _events(extractor, text)]


def test_its_on_the_event_noun_is_not_the_persons_act(extractor: Extractor) -> None:
    text = "Chief Minister Siddaramaiah hit back at the BJP for its attack on the state government."
    assert "Siddaramaiah" not in [e[1] for e in _events(extractor, text) if e[0] == "ASSAULT"]
    own = "Foreign Minister Jaishankar, who is on his visit to Japan, met Prime Minister Kishida on Monday."
    assert ("CONSULT", "S. Jaishankar", "Japan") in [e[:3] for e in _events(extractor, own)]


def test_an_intention_higher_up_does_not_own_a_deeper_infinitive(extractor: Extractor) -> None:
    text = (
        "Reporters asked about the Centre's decision to probe the role of two traders in the conspiracy "
        "to assassinate the governor."
    )
    killings = [e for e in _events(extractor, text) if e[0] == "ASSAULT"]
    assert all(e[1] != "Government of India" for e in killings)


def test_the_title_holder_acts_not_the_state_on_the_title(extractor: Extractor) -> None:
    text = "Punjab Chief Minister Amarinder Singh on Monday accused Pakistan of sending drones."
    assert [e[:3] for e in _events(extractor, text)] == [("ACCUSE", "Amarinder Singh", "Pakistan")]


def test_a_place_phrase_of_a_noun_is_no_situation_of_the_clause(extractor: Extractor) -> None:
    text = (
        "K C Haldar and K K Goel moved adjournment motions against the escape of the chief culprit "
        "in the Meerut riots to Nepal."
    )
    riots = [e for e in _events(extractor, text) if e[0] == "PROTEST"]
    assert all(e[1] not in ("K C Haldar", "K K Goel") for e in riots)


def test_a_possessive_pronoun_on_the_intention_leaves_the_clause_subject(extractor: Extractor) -> None:
    text = "Nepal has expressed its willingness to discuss the border dispute with India."
    assert ("CONSULT", "Nepal", "India") in [e[:3] for e in _events(extractor, text)]
