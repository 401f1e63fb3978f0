"""English event precision on real text (session 15, enprec): a news medium reporting, a dateline and a
photo credit are no actors; a course decided on and a first-person exhortation are no acts (real
pipeline; sentences written for these tests)."""

from __future__ import annotations

import pytest

from english_support import events_with_status as _events
from khabar.api import Extractor


def test_a_reporting_medium_stands_in_for_no_one(extractor: Extractor) -> None:
    text = (
        "Iran on Monday condemned the Israeli attack on Lebanon, warning that it would fuel instability "
        "in the region, Iranian state media reported."
    )
    got = _events(extractor, text)
    assert ("ACCUSE", "Iran", "Israel", "occurred") in got
    assert not [e for e in got if e[1] is not None and "Media" in e[1]]


@pytest.mark.parametrize(
    "text",
    [
        # a dateline the mentions stage finds (blanked out of the parse)
        "Guwahati: Three soldiers were killed in an ambush near Digboi early on Saturday.",
        # a dateline with a date before the colon
        "SHILLONG, March 4: Three soldiers were killed in an ambush near Digboi early on Saturday.",
    ],
)
def test_a_dateline_place_is_no_actor(extractor: Extractor, text: str) -> None:
    got = _events(extractor, text)
    assert not [
        e
        for e in got
        if e[1] in ("Guwahati", "Shillong", "SHILLONG") or e[2] in ("Guwahati", "Shillong", "SHILLONG")
    ]


def test_a_media_credit_in_brackets_is_no_actor(extractor: Extractor) -> None:
    text = "A drone view showed people gathering in Gaza during the arrival of the freed prisoners(REUTERS)"
    assert not [e for e in _events(extractor, text) if "Reuters" in (e[1] or "", e[2] or "")]


@pytest.mark.parametrize(
    "text",
    [
        "The state BJP has decided to highlight the achievements of the NDA government in the campaign.",
        "The Congress has decided to announce its candidates for the Lok Sabha elections in advance.",
        '"We have also decided to post constables at all kiosks," said Deputy Commissioner Arun Kumar.',
    ],
)
def test_a_decided_course_is_no_act(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“We should recall the liberation of Jaffna from LTTE control”, Wickremanayake said.",
        "Along with our faith, we must protect our mother tongue, said Governor J. J. Singh.",
    ],
)
def test_a_first_person_exhortation_is_no_appeal(extractor: Extractor, text: str) -> None:
    assert not [e for e in _events(extractor, text) if e[0] == "REQUEST"]


def test_an_appeal_to_another_body_stays(extractor: Extractor) -> None:
    got = _events(extractor, "The Centre must withdraw the new farm laws, Rakesh Tikait said.")
    assert [e[:2] for e in got if e[0] == "REQUEST"] == [("REQUEST", "Rakesh Tikait")]


def test_a_finite_verb_joined_to_a_decided_course_stays(extractor: Extractor) -> None:
    text = (
        "The Congress has decided to announce its candidates early and asked the Pradesh Congress "
        "Committees to send their lists."
    )
    assert [e[0] for e in _events(extractor, text)] == ["REQUEST"]


def test_the_condemner_is_never_the_condemned_acts_agent(extractor: Extractor) -> None:
    got = _events(extractor, "The CPI(M) strongly condemned the police firing on farmers in Mandsaur.")
    assert not [e for e in got if e[0] == "ASSAULT" and e[1] == "Communist Party of India (Marxist)"]
    assert [e[:2] for e in got if e[0] == "ACCUSE"] == [("ACCUSE", "Communist Party of India (Marxist)")]


def test_condemning_an_act_targets_its_agent(extractor: Extractor) -> None:
    got = _events(
        extractor, "Farooq Abdullah today condemned the killing of three civilians by militants in Doda."
    )
    assert [e[:3] for e in got if e[0] == "ACCUSE"] == [("ACCUSE", "Farooq Abdullah", "Militants")]


def test_the_place_of_a_tour_is_no_visitor(extractor: Extractor) -> None:
    text = (
        "Mr Fatchett, who has just returned from a tour of southeast Asia, said India and Pakistan must talk."
    )
    assert not [e for e in _events(extractor, text) if e[1] == "Asia"]
