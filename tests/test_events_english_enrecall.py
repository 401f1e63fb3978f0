"""English acts that were found in no sentence (session 14, enrecall): an allegation whose "that" clause
names the accused only deep inside or as a passive's agent, an inquiry commission or committee set up
by a government, and both directions of a mutual act ("exchange of fire between X and Y") kept apart
(real pipeline). Also phrasal verbs of reprimand, repression and detention, and attacks in words."""

from __future__ import annotations

import pytest

from english_support import events_with_status as _events
from khabar.api import Extractor


def test_an_allegation_accuses_the_body_its_clause_names(extractor: Extractor) -> None:
    text = (
        "Akhilesh Yadav criticised the arrests, alleging that farmers are being jailed because they "
        "campaigned against the Bharatiya Janata Party."
    )
    found = [e[:3] for e in _events(extractor, text)]
    assert ("ACCUSE", "Akhilesh Yadav", "Bharatiya Janata Party") in found


def test_an_allegation_accuses_the_passive_agent_not_the_place(extractor: Extractor) -> None:
    text = "Mamata Banerjee alleged that votes in Nandigram were looted by the Bharatiya Janata Party."
    found = [e[:3] for e in _events(extractor, text) if e[0] == "ACCUSE"]
    assert found == [("ACCUSE", "Mamata Banerjee", "Bharatiya Janata Party")]


def test_an_allegation_names_no_place_as_the_accused(extractor: Extractor) -> None:
    text = "Sharad Pawar alleged that the riots had broken out in Pune district."
    assert all(e[2] is None or "Pune" not in e[2] for e in _events(extractor, text))


def test_an_inquiry_committee_investigates_what_it_looks_into(extractor: Extractor) -> None:
    text = (
        "The Maharashtra government constituted an inquiry committee headed by Justice Ramesh Kulkarni "
        "to look into the lathicharge by the Mumbai Police."
    )
    found = [e[:3] for e in _events(extractor, text) if e[0] == "ACCUSE"]
    assert found == [("ACCUSE", "Government of Maharashtra", "Mumbai Police")]


def test_a_committee_with_no_inquiry_investigates_nothing(extractor: Extractor) -> None:
    text = "The Bihar government formed a committee headed by Nitish Kumar to look into flood relief."
    assert [e for e in _events(extractor, text) if e[0] == "ACCUSE"] == []


def test_a_mutual_exchange_of_fire_is_coded_both_ways(extractor: Extractor) -> None:
    text = "The exchange of fire between India and Pakistan continued for three hours on Tuesday."
    found = sorted(e[:3] for e in _events(extractor, text))
    assert found == [("ASSAULT", "India", "Pakistan"), ("ASSAULT", "Pakistan", "India")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # Indian English phrasal verbs of reprimand, and the reprimand verbs of the CAMEO dictionary
        (
            "The Supreme Court pulled up the Government of Uttar Pradesh for the delay.",
            "Supreme Court",
            "Government of Uttar Pradesh",
        ),
        (
            "The Delhi High Court came down heavily on the Delhi Police over the probe.",
            "Delhi High Court",
            "Delhi Police",
        ),
        (
            "The Election Commission reprimanded Azam Khan for his remarks.",
            "Election Commission of India",
            "Azam Khan",
        ),
        # an attack in words is no assault
        (
            "Mamata Banerjee launched a scathing attack on the Bharatiya Janata Party in Kolkata.",
            "Mamata Banerjee",
            "Bharatiya Janata Party",
        ),
    ],
)
def test_reprimands_and_attacks_in_words_are_criticism(
    extractor: Extractor, text: str, source: str, target: str
) -> None:
    found = [e[:3] for e in _events(extractor, text)]
    assert ("ACCUSE", source, target) in found
    assert all(e[0] != "ASSAULT" and e[0] != "RETREAT" for e in found)


def test_phrasal_verbs_in_their_other_sense_code_nothing(extractor: Extractor) -> None:
    assert _events(extractor, "The Tata Motors bus pulled up outside the Pune railway station.") == []
    assert _events(extractor, "Onion prices came down in Nashik on Monday.") == []


def test_police_rounding_people_up_detain_them(extractor: Extractor) -> None:
    found = _events(extractor, "The Rajasthan Police rounded up Rakesh Meena and his associates in Jaipur.")
    assert [e[:3] for e in found] == [("COERCE", "Rajasthan Police", "Rakesh Meena")]


def test_cracking_down_on_a_group_represses_it(extractor: Extractor) -> None:
    text = "The Assam government cracked down on the United Liberation Front of Asom."
    assert [e[:3] for e in _events(extractor, text)] == [
        ("COERCE", "Government of Assam", "United Liberation Front of Asom")
    ]
