"""English casualty sentences: who did it and who underwent it (session 6). The killed or injured are the
target, the agent of the event they were hurt in (its "by" phrase or owner) the source; a stance modifier
("anti-Syria") names no one (real pipeline)."""

from __future__ import annotations

from typing import Any


def test_agent_of_the_shelling_is_the_source_not_the_target(english_events: Any) -> None:
    got = english_events("Two civilians were killed in shelling by Pakistani troops along the border.")
    assert got and all(e[0] == "ASSAULT" and e[1] == "Pakistani Troops" for e in got)
    assert not [e for e in got if e[2] == "Pakistani Troops"]


def test_the_injured_undergo_the_firing_and_are_never_its_agent(english_events: Any) -> None:
    got = english_events("Three policemen were injured in firing by militants in Anantnag.")
    assert got and all(e[1] != "Jammu and Kashmir Police" for e in got)
    assert ("ASSAULT", "Militants", "Jammu and Kashmir Police") in got


def test_named_victims_are_the_target_not_the_town(english_events: Any) -> None:
    got = english_events(
        "Ten Army soldiers and six BSF constables were killed in the attack in Kupwara on Sunday."
    )
    targets = {e[2] for e in got}
    assert "Kupwara" not in targets
    assert {"Indian Army", "Border Security Force"} <= targets
    assert all(e[1] is None for e in got)  # the victims attack no one


def test_owner_of_the_attack_is_the_source(english_events: Any) -> None:
    got = english_events("Five Indian soldiers were killed in a Pakistani attack.")
    assert ("ASSAULT", "Pakistan", "Indian Soldiers") in got


def test_stance_modifier_names_no_actor(english_events: Any) -> None:
    got = english_events(
        "A prominent anti-Syria journalist has been killed in a car bomb explosion in Beirut."
    )
    assert not [e for e in got if "Syria" in (e[1] or "") or "Syria" in (e[2] or "")]


def test_state_in_a_persons_description_is_not_the_target(english_events: Any) -> None:
    got = english_events(
        "The CBI registered a case against former Haryana chief minister Bhupinder Singh Hooda."
    )
    assert ("ACCUSE", "Central Bureau of Investigation", "Bhupinder Singh Hooda") in got
    assert not [e for e in got if e[2] == "Haryana"]


def test_participle_noun_after_a_number_is_no_accusation(english_events: Any) -> None:
    assert not [
        e for e in english_events("The Supreme Court acquitted the three accused.") if e[0] == "ACCUSE"
    ]


def test_judge_for_agency_cases_acts_for_no_agency(english_events: Any) -> None:
    got = english_events("The special CBI court judge R. K. Sharma held Suresh Kalmadi guilty.")
    assert ("ACCUSE", "R. K. Sharma", "Suresh Kalmadi") in got
    assert not [e for e in got if e[1] == "Central Bureau of Investigation"]


def test_a_date_gives_a_physical_attack_no_grounds(english_events: Any) -> None:
    got = english_events("Ramesh Yadav attacked Suresh Pal with a sword on Monday.")
    assert got == [("ASSAULT", "Ramesh Yadav", "Suresh Pal")]


def test_who_died_in_the_attack_did_not_attack(english_events: Any) -> None:
    got = english_events("Gunmen attacked the village on Monday. Suresh Pal died in the attack.")
    assert not [e for e in got if e[1] == "Suresh Pal"]


def test_pronoun_undergoing_an_act_is_not_the_last_agent(english_events: Any) -> None:
    got = english_events(
        "Judge R. K. Sharma held Ravi Malhotra guilty of forgery on Monday. "
        "He was also sentenced to seven years in prison."
    )
    assert not [e for e in got if e[2] == "R. K. Sharma"]
    assert ("COERCE", None, "Ravi Malhotra") in got


def test_a_weapon_is_never_the_target(english_events: Any) -> None:
    got = english_events("Missiles were fired at Israel by Hezbollah on Monday.")
    assert got and all(e[1] == "Hezbollah" and e[2] != "Missiles" for e in got)
    assert ("ASSAULT", "Israeli Warplanes", "Gaza") in english_events(
        "Israeli warplanes struck Gaza on Monday."
    )


def test_each_coordinated_name_before_a_plural_noun_acts(english_events: Any) -> None:
    got = english_events("BJP and Shiv Sena members raised slogans against the government in the Assembly.")
    sources = {e[1] for e in got if e[0] == "PROTEST"}
    assert {"Bharatiya Janata Party", "Shiv Sena"} <= sources


def test_second_described_object_misparsed_as_a_verb_conjunct(english_events: Any) -> None:
    got = english_events(
        "The CBI has questioned a number of people, and arrested AAP member Vijay Malhotra and "
        "businessman Anil Gupta."
    )
    assert ("COERCE", "Central Bureau of Investigation", "Vijay Malhotra") in got
    assert ("COERCE", "Central Bureau of Investigation", "Anil Gupta") in got


def test_the_other_side_of_an_encounter_killed_them(english_events: Any) -> None:
    got = english_events(
        "Three terrorists were killed in an encounter with security forces in Kupwara district."
    )
    assert got and all(e[1] == "Indian security forces" and e[2] == "Terrorists" for e in got)


def test_a_town_is_never_the_agent_of_the_event_they_died_in(english_events: Any) -> None:
    got = english_events("Five Maoists were killed in an exchange of fire with the police in Dantewada.")
    assert not [e for e in got if e[1] == "Dantewada"]


def test_what_follows_a_state_in_a_description_names_no_body(english_events: Any) -> None:
    got = english_events(
        "Pakistani forces attacked Ravi Malhotra, a farmer of Jammu and Kashmir, located near the border "
        "with Pakistan."
    )
    assert not [e for e in got if e[2] == "Pakistan"]


def test_subject_of_resorted_to_does_the_noun_event(english_events: Any) -> None:
    got = english_events("The Delhi Police resorted to a lathicharge on students of Jamia Millia Islamia.")
    assert ("ASSAULT", "Delhi Police", "Jamia Millia Islamia") in got
