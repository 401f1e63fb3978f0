"""English events, session 9 round 3 (enevents12): a demonym before "government" in a story about
another country names that country's government, "called on X" with no act asked of X is a visit,
standing for re-election asks no one for anything, and a strike by gunmen is an attack (real pipeline)."""

from __future__ import annotations

from typing import Any


def test_foreign_demonym_government_is_not_the_story_government(english_events: Any) -> None:
    got = english_events(
        "New Delhi, May 3. The Indian government feared that the violence could spread. The Indian "
        "government urged the Nepalese government to protect the refugees. The Nepalese government "
        "responded by promising steps. However, the Nepalese government also accused the Indian "
        "government of interfering in its internal affairs."
    )
    accusations = [e for e in got if e[0] == "ACCUSE"]
    assert accusations, got
    assert all(e[1] != "Government of India" for e in accusations), got
    assert any(e[2] == "Government of India" for e in accusations), got


def test_called_on_a_person_without_an_asked_act_is_a_visit(english_events: Any) -> None:
    got = english_events(
        "Governor Ramesh Bais called on Chief Minister Hemant Soren at his residence on Friday."
    )
    assert ("CONSULT", "Ramesh Bais", "Hemant Soren") in got
    assert not [e for e in got if e[0] == "REQUEST"]
    appeal = english_events("Sharad Pawar called on Uddhav Thackeray to withdraw the order.")
    assert [e for e in appeal if e[0] == "REQUEST" and e[1] == "Sharad Pawar"], appeal


def test_seeking_re_election_is_no_request(english_events: Any) -> None:
    got = english_events("Ashok Gehlot resigned from the party and will seek re-election from Sardarpura.")
    assert not [e for e in got if e[0] == "REQUEST"], got


def test_strike_by_gunmen_is_an_attack_not_a_labour_strike(english_events: Any) -> None:
    got = english_events("The deadly strike by gunmen on the Sopore police station shocked the valley.")
    assert not [e for e in got if e[0] == "PROTEST"], got
    labour = english_events(
        "The All India Bank Employees Association called a strike against the Government of India."
    )
    assert [e for e in labour if e[0] == "PROTEST"], labour


def test_speaker_is_not_the_agent_of_a_participle_on_its_noun(english_events: Any) -> None:
    got = english_events(
        "Speaking about the costly operation, with 221 soldiers killed and 482 wounded, Ali Jan Aurakzai "
        "said he was summoned by General Pervez Musharraf."
    )
    assert not [e for e in got if e[0] == "ASSAULT" and e[1] == "Ali Jan Aurakzai"], got
