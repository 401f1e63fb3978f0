"""English actors, session 14 (enactors2): loose groups named as English names them and typed as people,
and a subject "it" resolved to a body, never a person (real pipeline; sentences written for these tests)."""

from __future__ import annotations

from english_support import events_with_status as _events
from khabar.api import Extractor


def _entity_types(extractor: Extractor, text: str) -> dict[str, str]:
    doc = extractor.extract(text, lang="en", id="t")
    return {e.name: e.type for e in doc.entities}


VILLAGE = (
    "As many as 300 persons from Rampur village marched to the police station to lodge their protest on "
    "Monday. They raised slogans against the police and demanded the arrest of the accused."
)


def test_people_from_a_named_village_are_its_villagers(extractor: Extractor) -> None:
    events = _events(extractor, VILLAGE)
    assert ("PROTEST", "Rampur villagers") in [e[:2] for e in events]
    # "They" in the next sentence are the same people
    assert ("REQUEST", "Rampur villagers") in [e[:2] for e in events]


def test_a_loose_group_of_individuals_is_typed_as_people(extractor: Extractor) -> None:
    assert _entity_types(extractor, VILLAGE).get("Rampur villagers") == "PER"


def test_a_participle_names_the_group_of_athletes(extractor: Extractor) -> None:
    text = "Led by their coach, the protesting wrestlers met Union Sports Minister Anurag Thakur on Thursday."
    events = _events(extractor, text)
    consults = [e[1:3] for e in events if e[0] == "CONSULT"]
    assert consults == [("Protesting Wrestlers", "Anurag Thakur")]
    assert _entity_types(extractor, text).get("Protesting Wrestlers") == "PER"


def test_an_armed_group_stays_an_organisation(extractor: Extractor) -> None:
    text = "Pakistani militants attacked an army camp in Uri on Sunday, killing four soldiers."
    types = _entity_types(extractor, text)
    assert all(t != "PER" for name, t in types.items() if "militants" in name.casefold())


def test_the_accused_of_the_one_named_case_are_one_group(extractor: Extractor) -> None:
    text = (
        "The special court on Monday heard the bail pleas in the Bhima Koregaon case. The National "
        "Investigation Agency had filed a chargesheet against the accused in 2019."
    )
    events = _events(extractor, text)
    assert ("National Investigation Agency", "Bhima Koregaon case accused") in [e[1:3] for e in events]


def test_the_accused_of_two_cases_stay_unnamed(extractor: Extractor) -> None:
    text = (
        "The court heard the Bhima Koregaon case and the Malegaon case on Monday. The National "
        "Investigation Agency had filed a chargesheet against the accused in 2019."
    )
    assert not any("case accused" in name for name in _entity_types(extractor, text))


def test_a_subject_it_is_the_body_named_before_not_a_person(extractor: Extractor) -> None:
    text = (
        "The Samajwadi Party held a meeting in Lucknow on Sunday with Akhilesh Yadav in the chair. It "
        "demanded the resignation of the state's home minister."
    )
    requests = [e for e in _events(extractor, text) if e[0] == "REQUEST"]
    assert requests and all(e[1] == "Samajwadi Party" for e in requests)


def test_a_subject_it_after_a_person_or_a_thing_names_no_one(extractor: Extractor) -> None:
    text = (
        "Rahul Gandhi spoke at a rally of the Congress in Delhi on Monday. It demanded the resignation of "
        "the home minister. The new report was released by the Congress on Tuesday. It provides an account "
        "of the riots."
    )
    requests = [e for e in _events(extractor, text) if e[0] == "REQUEST"]
    assert all(e[1] not in ("Rahul Gandhi", "Sonia Gandhi") for e in requests)


def test_a_sentence_opening_they_is_no_pair_of_persons_named_before(extractor: Extractor) -> None:
    text = (
        "The statements said the Goans offered satyagraha in Marmagoa on Monday, led by Pandit Pant and Ram "
        "Manohar Lohia. They carried the Indian flag and demanded the release of the prisoners."
    )
    requests = [e for e in _events(extractor, text) if e[0] == "REQUEST"]
    assert all(e[1] not in ("Pandit Pant", "Ram Manohar Lohia") for e in requests)


def test_a_sentence_opening_they_is_the_group_named_before(extractor: Extractor) -> None:
    text = (
        "Traffic was stopped near Ludhiana on Monday as the protesting farmers blocked the highway for six "
        "hours. They demanded a higher support price from the state government."
    )
    requests = [e for e in _events(extractor, text) if e[0] == "REQUEST"]
    assert [e[1] for e in requests] == ["Protesting Farmers"]


def test_an_expletive_it_before_a_that_clause_is_no_actor(extractor: Extractor) -> None:
    text = (
        "The Left parties will press for a debate on prices in the Rajya Sabha. At a meeting of their "
        "leaders, it was agreed that there would be joint protests in the House."
    )
    assert not [e for e in _events(extractor, text) if e[0] == "AGREE"]
