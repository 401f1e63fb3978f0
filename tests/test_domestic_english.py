"""Indian English domestic news (real pipeline): national names read in an Indian article, the police of
the story's state, legal and domestic events with passives, coordinated targets and phone calls."""

from __future__ import annotations

from typing import Any

import pytest

from khabar.api import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _run(extractor: Extractor, text: str) -> tuple[Any, list[tuple[str, str, str | None, str | None]]]:
    doc = extractor.extract(text, lang="en", id="t")
    names = {e.id: e.name for e in doc.entities}
    events = [
        (e.plover or "", e.cameo, names.get(e.source or ""), names.get(e.target or "")) for e in doc.events
    ]
    return doc, events


def test_national_names_only_in_an_indian_article(extractor: Extractor) -> None:
    doc, _ = _run(
        extractor,
        "The BJP and the AIADMK walked out of the Lok Sabha. Congress leader Shashi Tharoor said the Centre "
        "had ignored the states.",
    )
    names = {e.name for e in doc.entities}
    assert {"Indian National Congress", "Government of India"} <= names
    doc, _ = _run(extractor, "The US Senate met on Tuesday. Congress passed the budget in Washington.")
    assert "Indian National Congress" not in {e.name for e in doc.entities}


def test_the_police_of_the_state_the_story_is_about(extractor: Extractor) -> None:
    _, events = _run(
        extractor,
        "CHENNAI: Tension gripped Madurai in Tamil Nadu on Monday. The Tamil Nadu government ordered an "
        "inquiry. The police arrested Murugan Selvam after the clash.",
    )
    assert ("COERCE", "173", "Tamil Nadu Police", "Murugan Selvam") in events


def test_passive_arrest_with_and_without_agent(extractor: Extractor) -> None:
    _, events = _run(
        extractor, "NEW DELHI: Rohit Malhotra was arrested by the Central Bureau of Investigation."
    )
    assert ("COERCE", "173", "Central Bureau of Investigation", "Rohit Malhotra") in events
    _, events = _run(extractor, "NEW DELHI: Rohit Malhotra was arrested in Delhi on Monday, the CBI said.")
    arrests = [e for e in events if e[1] == "173"]
    assert arrests and all(e[3] == "Rohit Malhotra" for e in arrests)


def test_every_coordinated_target_gets_the_event(extractor: Extractor) -> None:
    _, events = _run(
        extractor,
        "MUMBAI: The Enforcement Directorate arrested Sameer Kulkarni, Deepak Joshi and Anil Pawar "
        "on Friday.",
    )
    targets = {e[3] for e in events if e[1] == "173" and e[2] == "Enforcement Directorate"}
    assert targets == {"Sameer Kulkarni", "Deepak Joshi", "Anil Pawar"}


def test_bail_granted_and_got(extractor: Extractor) -> None:
    _, events = _run(extractor, "The Delhi High Court granted bail to Umar Siddiqui on Tuesday.")
    assert ("CONCEDE", "081", "Delhi High Court", "Umar Siddiqui") in events
    _, events = _run(extractor, "Umar Siddiqui got bail from the Delhi High Court on Tuesday.")
    assert ("CONCEDE", "081", "Delhi High Court", "Umar Siddiqui") in events


def test_a_case_registered_against_someone_is_a_charge(extractor: Extractor) -> None:
    _, events = _run(
        extractor, "LUCKNOW: The Uttar Pradesh Police registered an FIR against Pankaj Tripathi."
    )
    assert ("ACCUSE", "115", "Uttar Pradesh Police", "Pankaj Tripathi") in events


def test_calling_a_person_is_a_phone_call_not_an_appeal(extractor: Extractor) -> None:
    _, events = _run(extractor, "Nitish Kumar called Lalu Prasad Yadav on Sunday.")
    assert [e[1] for e in events] == ["041"]
    _, events = _run(extractor, "Nitish Kumar called on Lalu Prasad Yadav to quit.")
    assert [e[1] for e in events] == ["020"]


def test_a_verbal_attack_by_a_politician_is_criticism(extractor: Extractor) -> None:
    _, events = _run(extractor, "Akhilesh Yadav attacked Yogi Adityanath over unemployment on Monday.")
    assert ("ACCUSE", "111", "Akhilesh Yadav", "Yogi Adityanath") in events


def test_the_government_of_a_state_story_and_of_a_national_one(extractor: Extractor) -> None:
    _, events = _run(
        extractor,
        "LUCKNOW: Chief Minister Yogi Adityanath spoke in Uttar Pradesh. Congress attacked the government "
        "over crime in Uttar Pradesh.",
    )
    assert ("ACCUSE", "111", "Indian National Congress", "Government of Uttar Pradesh") in events
    _, events = _run(
        extractor,
        "The Lok Sabha and the Rajya Sabha were adjourned. SP leader Mulayam Singh Yadav attacked the "
        "government over the move, saying it hurt West Bengal.",
    )
    assert ("ACCUSE", "111", "Mulayam Singh Yadav", "Government of India") in events


def test_names_the_small_model_leaves_unlabelled(extractor: Extractor) -> None:
    _, events = _run(extractor, "The arrest of Rohit Malhotra by the CBI angered the AAP.")
    assert ("COERCE", "173", "Central Bureau of Investigation", "Rohit Malhotra") in events


def test_releasing_a_manifesto_and_a_campaign_tour_are_no_events(extractor: Extractor) -> None:
    _, events = _run(extractor, "NEW DELHI: The BJP released its manifesto for the Bihar polls on Sunday.")
    assert not [e for e in events if e[0] == "RETREAT"]
    _, events = _run(extractor, "Rahul Gandhi visited Mysuru in Karnataka during the yatra.")
    assert not [e for e in events if e[1].startswith("042")]
    _, events = _run(extractor, "Narendra Modi visited Moscow on Monday.")
    assert ("CONSULT", "042", "Narendra Modi", "Moscow") in events


def test_a_name_read_as_an_organisation_is_a_person_by_its_context(extractor: Extractor) -> None:
    doc, events = _run(
        extractor,
        "CPM’s Basudeb Acharia sought the suspension of the question hour. The uproar was led by Acharia "
        "who denounced the government move. The police registered a case against a tyre shop owner, "
        "Giani, who allegedly attacked the teacher.",
    )
    types = {e.name: e.type for e in doc.entities}
    assert types.get("Basudeb Acharia") == "PER"
    assert types.get("Giani") == "PER"
    assert "Acharia" not in types  # the surname alone is the same person
    # the member named after his party's possessive acts, not the party
    assert any(e[2] == "Basudeb Acharia" for e in events if e[0] == "REQUEST")
    # plural titles before "who" stay no one's name
    doc, _ = _run(extractor, "They called in the two Foreign Secretaries, who joined the talks.")
    assert "PER" not in {e.type for e in doc.entities if "Secretaries" in e.name}


def test_a_bench_acts_for_the_court_the_article_named(extractor: Extractor) -> None:
    _, events = _run(
        extractor,
        "The Madras High Court stayed the expansion of Sterlite Copper. A bench of Justices M. Sundar and "
        "Anitha Sumanth directed the Centre to submit a report. The trial court had convicted Ravi Kumar.",
    )
    assert any(e[0] == "REQUEST" and e[2] == "Madras High Court" for e in events)
    # another court, named by its kind, is not the one named before
    assert not any(e[1] == "116" and e[2] == "Madras High Court" for e in events)


def test_a_comma_list_among_those_who_were_granted_bail(extractor: Extractor) -> None:
    _, events = _run(
        extractor,
        "Varavara Rao, Sudha Bharadwaj, Vernon Gonsalves, and Mahesh Raut are among the accused who were "
        "granted bail earlier.",
    )
    bailed = {e[3] for e in events if e[1] == "081"}
    assert {"Varavara Rao", "Sudha Bharadwaj", "Vernon Gonsalves", "Mahesh Raut"} <= bailed
    # "the accused" is a noun here, no accusation
    assert not [e for e in events if e[1] == "112"]


def test_an_agency_court_is_not_the_agency(extractor: Extractor) -> None:
    _, events = _run(
        extractor,
        "MUMBAI: The Bombay High Court heard the plea on Monday. On Tuesday the special NIA court granted "
        "Mahesh Raut interim bail for 18 days.",
    )
    bail = [e for e in events if e[1] == "081"]
    assert bail and all(e[2] != "National Investigation Agency" for e in bail)


def test_the_nearer_name_of_two_subjects_and_a_verbal_target_on_an_issue(extractor: Extractor) -> None:
    _, events = _run(
        extractor,
        "When the matter came up before the Vacation Bench judge Justice Rathnakala, Jayalalithaa's counsel "
        "Ram Jethmalani pleaded for suspending the sentence.",
    )
    assert any(e[0] == "REQUEST" and e[2] == "Ram Jethmalani" for e in events)
    _, events = _run(
        extractor,
        "LUCKNOW: Chief Minister Yogi Adityanath was seen targeting the Congress on the issue of "
        "Article 370.",
    )
    assert any(e[1] == "111" and e[2] == "Yogi Adityanath" for e in events)
    assert not [e for e in events if e[0] == "ASSAULT"]


def test_unnamed_people_are_no_actor_and_their_village_neither(extractor: Extractor) -> None:
    doc, events = _run(
        extractor,
        "CHENNAI: The Tamil Nadu government ordered an inquiry into the firing in which 12 people were "
        "killed. As many as 500 persons from Melwan village marched to the police post.",
    )
    assert "People" not in {e.name for e in doc.entities}
    assert not [e for e in events if e[2] == "Melwan" or e[3] == "People"]
    # people placed by where their clause happened still stand for that country (a loose group of
    # individuals: typed PER since session 14, as the gold types such groups)
    doc, _ = _run(extractor, "Thousands of people blocked streets in Hong Kong to demand reforms.")
    assert any(e.type == "PER" and "eople" in e.name and e.country == "HKG" for e in doc.entities)


def test_government_as_a_modifier_or_any_government_names_none(extractor: Extractor) -> None:
    doc, _ = _run(
        extractor,
        "BENGALURU: The Karnataka High Court adjourned the plea. October 7 is also a government holiday. "
        "The court said no state government could be dismissed without a floor test.",
    )
    assert not [e for e in doc.entities if e.name.startswith("Government of")]
    doc, _ = _run(
        extractor, "SRINAGAR: National Conference members shouted anti-government slogans in Jammu."
    )
    assert any(e.name.startswith("Government of") for e in doc.entities)


def test_a_story_whose_only_known_place_is_a_district_is_in_its_state(extractor: Extractor) -> None:
    _, events = _run(
        extractor,
        "An irate mob ransacked the police post near Indora in Kangra district. The police has registered a "
        "case against Giani, who attacked the teacher.",
    )
    assert ("ACCUSE", "115", "Himachal Pradesh Police", "Giani") in events


def test_an_appeal_at_a_hearing_is_made_to_the_court_named_before(extractor: Extractor) -> None:
    _, events = _run(
        extractor,
        "BENGALURU: The Karnataka High Court adjourned the bail plea of J. Jayalalithaa. At the hearing, "
        "her counsel Ram Jethmalani pleaded for suspending the sentence.",
    )
    assert ("REQUEST", "020", "Ram Jethmalani", "Karnataka High Court") in events
    # outside court proceedings, no court is guessed
    _, events = _run(extractor, "NEW DELHI: The Supreme Court met. Later, Rahul Gandhi sought a meeting.")
    assert not [e for e in events if e[3] == "Supreme Court of India"]
