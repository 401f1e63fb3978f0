"""English event senses and unasserted appeals (session 12, enevents14): a verb in another sense codes
nothing (by its object or its particle), indirect questions and reporters' questions are no appeals, a
negative determiner denies the act, speech makes an attack verbal (real pipeline)."""

from __future__ import annotations

import pytest

from english_support import events_with_status as _events
from khabar.api import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "Justice Menon, who hails from Kerala, recused himself from the Bench.",  # origin, no praise
        "The Centre sanctioned Rs 240 crore for rural roads in Bihar.",  # a sum approved, no sanction
        "A loan of Rs 12 lakh was sanctioned by the State Bank of India to Ramesh Yadav.",
        "Nursing colleges recognised by the Gujarat Government may apply for the grant.",  # accredited
        "Gujarat hopes to meet by 2030 the target set by the World Bank.",  # an aim reached
        "The murder case was handed over to the Central Bureau of Investigation.",  # a case moved
        "The farmers of Sonpur dispersed after an assurance from the Bihar government.",  # they went home
    ],
)
def test_verbs_in_another_sense_code_nothing(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


def test_the_same_verbs_in_their_event_sense_stay(extractor: Extractor) -> None:
    got = _events(extractor, "The European Union sanctioned Belarus over the election.")
    assert [e[:3] for e in got] == [("SANCTION", "European Union", "Belarus")]
    dispersed = "The Odisha Police dispersed the protesters outside the Assembly in Bhubaneswar."
    got = _events(extractor, dispersed)
    assert [e[0] for e in got] == ["COERCE"]
    fired = "The Tamil Nadu Police fired teargas shells to disperse mobs blocking the highway."
    got = _events(extractor, fired)
    assert "COERCE" in [e[0] for e in got]  # the object read through spaCy's participle clause


def test_indirect_questions_are_no_appeals(extractor: Extractor) -> None:
    asked = "Sharad Pawar asked why the Maharashtra government was delaying the loan waiver."
    assert _events(extractor, asked) == []
    appeal = "Sharad Pawar asked the Maharashtra government to announce the loan waiver."
    assert [e[0] for e in _events(extractor, appeal)] == ["REQUEST"]


def test_a_reporters_question_is_no_appeal(extractor: Extractor) -> None:
    text = "When asked by reporters about the alliance, Mayawati said that the party would contest alone."
    assert not [e for e in _events(extractor, text) if e[0] == "REQUEST"]
    # a named asker keeps the appeal
    named = "When asked by Speaker Om Birla to withdraw the remark, Kalyan Banerjee refused."
    assert ("REQUEST", "Om Birla") in [e[:2] for e in _events(extractor, named)]


def test_a_negative_determiner_denies_the_act(extractor: Extractor) -> None:
    assert _events(extractor, "No shots were fired by the Assam Rifles at the Naga rebels.") == []
    assert _events(extractor, "No one was arrested by the Jharkhand Police after the clash.") == []
    # "no" inside a compound modifier ("a no-confidence motion", "a no first-use pact") denies nothing
    got = _events(extractor, "Pakistan signed a no first-use agreement with India.")
    assert "AGREE" in [e[0] for e in got]


def test_an_attack_made_in_a_speech_is_criticism(extractor: Extractor) -> None:
    got = _events(extractor, "In his speech at the rally, Akhilesh Yadav attacked the Bahujan Samaj Party.")
    assert [e[:3] for e in got] == [("ACCUSE", "Akhilesh Yadav", "Bahujan Samaj Party")]
    got = _events(extractor, "Naxalites attacked the CRPF camp in Sukma.")
    assert [e[0] for e in got] == ["ASSAULT"]


def test_talks_initiated_are_the_initiators(extractor: Extractor) -> None:
    got = _events(extractor, "China initiated talks with Britain and Portugal over the two territories.")
    assert {e[:3] for e in got} == {("CONSULT", "China", "United Kingdom"), ("CONSULT", "China", "Portugal")}


def test_a_stance_held_is_no_act(extractor: Extractor) -> None:
    held = "The Akali Dal is in broad agreement with the Haryana government on the canal."
    assert _events(extractor, held) == []
    got = _events(extractor, "The Akali Dal signed an agreement with the Haryana government on the canal.")
    assert "AGREE" in [e[0] for e in got]
    got = _events(extractor, "Bangladesh is in talks with Myanmar on the return of the refugees.")
    assert [e[:3] for e in got] == [("CONSULT", "Bangladesh", "Myanmar")]


def test_the_possessor_of_an_assassination_is_its_victim(extractor: Extractor) -> None:
    got = _events(extractor, "The commission probed Benazir Bhutto's assassination by the Taliban.")
    assert ("ASSAULT", "Taliban", "Benazir Bhutto") in [e[:3] for e in got]


def test_the_content_of_an_indirect_question_is_no_event(extractor: Extractor) -> None:
    text = "Asked what Nepal expected from China in return for the treaty, Sher Bahadur Deuba said nothing."
    assert not [e for e in _events(extractor, text) if e[0] in ("AGREE", "REQUEST")]


def test_a_report_on_an_act_is_not_its_authors_act(extractor: Extractor) -> None:
    text = "Pranab Mukherjee tabled the report on Benazir Bhutto's assassination in the House."
    got = [e for e in _events(extractor, text) if e[0] == "ASSAULT"]
    assert [e[1:3] for e in got] == [(None, "Benazir Bhutto")]
