"""English events, session 10 (enevents13): a definite description of a person the story has made a
victim or a suspect ("the deceased", "the underworld don") is that person (real pipeline)."""

from __future__ import annotations

from typing import Any


def test_the_deceased_is_the_person_killed_earlier(english_events: Any) -> None:
    got = english_events(
        "Ramesh Yadav was killed in the attack, and his cousin Mohan Lal was injured. "
        "The Ludhiana Police has registered a case against a shopkeeper, Baldev Singh, "
        "who allegedly attacked the deceased with a sword."
    )
    assert ("ASSAULT", "Baldev Singh", "Ramesh Yadav") in got, got
    assert ("ASSAULT", "Baldev Singh", None) not in got, got


def test_a_criminal_description_is_the_person_sentenced_before(english_events: Any) -> None:
    got = english_events(
        "A special court in Lucknow on Monday awarded ten-year rigorous imprisonment to the gangster "
        "Mukhtar Hussain in a land-grab case. Special judge Anil Mehra held the gangster guilty of "
        "forgery on 3 May."
    )
    assert [e for e in got if e[0] == "ACCUSE" and e[1] == "Anil Mehra" and e[2] == "Mukhtar Hussain"], got


def test_a_description_with_no_story_person_names_no_one(english_events: Any) -> None:
    got = english_events("The Jaipur Police arrested the suspect on Tuesday.")
    assert all(e[2] is None or e[2] != "Jaipur Police" for e in got), got
    got = english_events(
        "The Pune Police arrested Vikas Rao on Monday. The accused were produced before a court."
    )
    assert ("COERCE", "Pune Police", "Vikas Rao") in got, got


def test_a_description_split_by_the_parser_is_still_read(english_events: Any) -> None:
    got = english_events(
        "A special court in Pune on Friday awarded life imprisonment to the gangster Iqbal Mirza. "
        "Special judge Sunita Rao held the underworld don guilty of murder on 4 June."
    )
    assert [e for e in got if e[0] == "ACCUSE" and e[1] == "Sunita Rao" and e[2] == "Iqbal Mirza"], got


def test_the_fir_is_filed_by_the_police_that_filed_it_before(english_events: Any) -> None:
    got = english_events(
        "The Mandi Police registered a case against Harish Thakur under Section 420 of the IPC. "
        "Mr Ramesh Chand is also named in the FIR."
    )
    assert ("ACCUSE", "Mandi Police", "Ramesh Chand") in got, got
    assert ("ACCUSE", None, "Ramesh Chand") not in got, got


def test_a_headline_participle_is_a_passive(english_events: Any) -> None:
    got = english_events("Satyendar Rana arrested.\n\nThe Haryana Police arrested Satyendar Rana on Monday.")
    assert ("COERCE", "Haryana Police", "Satyendar Rana") in got, got
    assert not [e for e in got if e[1] == "Satyendar Rana"], got


def test_regretting_what_a_named_actor_did_is_disapproval(english_events: Any) -> None:
    got = english_events("Sheikh Hasina regretted that Myanmar had not taken back the refugees.")
    assert [
        e for e in got if e[0] == "ACCUSE" and e[1] == "Sheikh Hasina" and (e[2] or "").startswith("Myanmar")
    ], got
    own = english_events(
        "Amit Shah met Ravi Shankar. Ravi Shankar regretted that he could not attend the rally."
    )
    assert not [e for e in own if e[0] == "ACCUSE"], own


def test_the_patient_of_a_regretted_passive_is_not_blamed(english_events: Any) -> None:
    got = english_events("Sukhbir Badal lamented that Punjab had been excluded from the projects.")
    assert not [e for e in got if e[0] == "ACCUSE"], got
