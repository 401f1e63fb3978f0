"""English events on Indian police and court copy, session 7 (enevents8): summons, custody, possessed
arrest nouns, police bookings, refused acts, forecasts versus threats, "will not be spared" warnings and
generic "he or she" (real pipeline)."""

from __future__ import annotations

from typing import Any

from khabar.api import Extractor


def test_asked_to_appear_before_an_agency_is_a_summons(english_events: Any) -> None:
    got = english_events(
        "The Central Bureau of Investigation asked Manish Sisodia to appear before it on Monday."
    )
    assert ("ACCUSE", "Central Bureau of Investigation", "Manish Sisodia") in got
    assert not [e for e in got if e[0] == "REQUEST"]


def test_court_direction_to_act_stays_a_request(english_events: Any) -> None:
    got = english_events("The Supreme Court directed the Centre to report on the matter within four weeks.")
    assert [e[0] for e in got] == ["REQUEST"]


def test_possessor_of_an_arrest_noun_is_arrested(english_events: Any) -> None:
    got = english_events("Kejriwal's arrest by the Enforcement Directorate was condemned by the Congress.")
    assert ("COERCE", "Enforcement Directorate", "Kejriwal") in got
    assert not [e for e in got if e[0] == "COERCE" and e[1] == "Kejriwal"]


def test_police_booking_needs_no_legal_word(english_events: Any) -> None:
    got = english_events("Ramesh Kohli was booked by the Rampur Police for hate speech.")
    assert [e for e in got if e[0] == "ACCUSE" and e[2] == "Ramesh Kohli"]
    assert not [
        e
        for e in english_events("The Congress booked Ramesh Kohli for its rally in Rampur.")
        if e[0] == "ACCUSE"
    ]


def test_sent_to_judicial_custody_is_an_arrest(english_events: Any) -> None:
    got = english_events("The Delhi High Court sent Ramesh Kohli to judicial custody till April 15.")
    assert ("COERCE", "Delhi High Court", "Ramesh Kohli") in got


def test_refused_bail_is_not_also_granted(english_events: Any) -> None:
    got = english_events("The Supreme Court refused to grant bail to Manish Sisodia.")
    assert ("REJECT", "Supreme Court", "Manish Sisodia") in got
    assert not [e for e in got if e[0] == "CONCEDE"]


def test_other_party_forecast_of_an_arrest_is_no_threat(extractor: Extractor) -> None:
    doc = extractor.extract(
        'AAP\'s Saurabh Bhardwaj said, "The CBI will arrest Manish Sisodia tomorrow."', lang="en", id="t"
    )
    coded = [(e.plover, e.status) for e in doc.events]
    assert ("COERCE", "hypothetical") in coded
    assert not [c for c in coded if c[0] == "THREATEN"]


def test_own_body_announcing_an_attack_still_threatens(english_events: Any) -> None:
    got = english_events("Hamas spokesman Abu Obeida said Hamas would attack Israel again.")
    assert ("THREATEN", "Hamas", "Israel") in got


def test_will_not_be_spared_is_a_threat_by_the_speaker(english_events: Any) -> None:
    got = english_events("Amit Shah said the guilty will not be spared.")
    assert ("THREATEN", "Amit Shah", None) in got


def test_conjoined_say_verb_borrows_its_subject(english_events: Any) -> None:
    got = english_events(
        "Yogi Adityanath termed the murder an act of terror and said those involved will not be spared."
    )
    assert [e for e in got if e[0] == "THREATEN" and e[1] == "Yogi Adityanath"]


def test_past_not_spared_is_no_threat(english_events: Any) -> None:
    assert not [e for e in english_events("The militants did not spare Ramesh Kohli.") if e[0] == "THREATEN"]


def test_he_or_she_names_no_one(english_events: Any) -> None:
    got = english_events(
        "Ram Jethmalani pleaded for her release. "
        "If the person is in confinement, that he or she be released on bail."
    )
    assert not [e for e in got if e[2] == "Ram Jethmalani"]


def test_not_sparing_an_effort_is_no_threat(english_events: Any) -> None:
    got = english_events(
        "Amit Shah said the government would not spare any effort to help the flood victims."
    )
    assert not [e for e in got if e[0] == "THREATEN"]
