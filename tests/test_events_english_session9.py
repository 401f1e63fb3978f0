"""English events in Indian copy, session 9 (enevents11): a relative "who" is about the name right before
it, an appeal turned down is made to whoever refuses it, a counted subject spaCy hangs on "around",
force in an infinitive of purpose is intended, an assurance of a fact is no promise, and an agentless
casualty joins the sentence's violence with no victim (real pipeline)."""

from __future__ import annotations

from typing import Any

from khabar.api import Extractor


def test_who_after_a_name_is_that_person_however_attached(english_events: Any) -> None:
    got = english_events(
        "CPM leader Basudeb Acharia spoke in the Lok Sabha. Back in the LS, the uproar was led by Acharia "
        "who denounced the Government of India move saying every state had some problem."
    )  # spaCy hangs the clause on "uproar"
    assert ("ACCUSE", "Basudeb Acharia", "Government of India") in got


def test_who_after_a_place_modifying_the_noun_stays_with_the_noun(english_events: Any) -> None:
    got = english_events("The leader of Kerala, who met the Prime Minister, denounced the Centre.")
    assert not [e for e in got if e[1] == "Kerala"]


def test_refused_appeal_is_made_to_the_refuser(english_events: Any) -> None:
    got = english_events(
        "CPM's Basudeb Acharia sought the suspension of the question hour, but was denied a chance by "
        "Speaker Meira Kumar."
    )
    assert ("REQUEST", "Basudeb Acharia", "Meira Kumar") in got
    assert ("REJECT", "Meira Kumar", "Basudeb Acharia") in got


def test_counted_subject_under_around_acts(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Sources said that around 25-30 Pakistani terrorists have been hiding in the forests of the "
        "Poonch sector to launch attacks on Indian security forces.",
        lang="en",
        id="t",
    )
    names = {e.id: e.name for e in doc.entities}
    got = [(e.plover, names.get(e.source or ""), e.status) for e in doc.events]
    assert [g for g in got if g[0] == "ASSAULT" and g[1] and "Terrorists" in g[1].title()]
    # hiding in order to attack: the aim, not an attack that took place
    assert all(g[2] == "intended" for g in got if g[0] == "ASSAULT")


def test_force_done_outright_stays_occurred(extractor: Extractor) -> None:
    doc = extractor.extract("The Delhi Police arrested Ramesh Kohli in Mumbai.", lang="en", id="t")
    assert [e.status for e in doc.events if e.plover == "COERCE"] == ["occurred"]


def test_assurance_of_a_fact_is_no_promise(english_events: Any) -> None:
    got = english_events(
        "The Government of India today assured both Houses of Parliament that there was no scope for "
        "the imposition of President's Rule."
    )
    assert not [e for e in got if e[0] == "AGREE"]
    promised = english_events(
        "Home Minister P. Chidambaram assured the Rajya Sabha that the Government of India would "
        "not impose President's Rule."
    )
    assert [e for e in promised if e[0] == "AGREE"]


def test_casualty_joins_the_violence_of_its_when_clause(english_events: Any) -> None:
    got = english_events("Two jawans were killed when Naxalites triggered an IED blast in Dantewada.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1] == "Naxalites" and e[2]]
    assert not [e for e in got if e[0] == "ASSAULT" and (e[1] is None or e[2] is None)]


def test_purpose_of_force_already_used_stays_occurred(extractor: Extractor) -> None:
    doc = extractor.extract(
        "The Delhi Police fired tear gas shells to disperse the protesters.", lang="en", id="t"
    )
    assert doc.events and all(e.status == "occurred" for e in doc.events)


def test_protest_as_well_joins_the_earlier_protests_target(english_events: Any) -> None:
    told = (
        "Members of the National Conference protested against the Government of Jammu and Kashmir in the "
        "Assembly. Independent MLA Engineer Abdul Rashid protested {}."
    )
    joined = english_events(told.format("as well"))
    assert ("PROTEST", "Engineer Rashid", "Government of Jammu and Kashmir") in joined
    alone = english_events(told.format("outside the Secretariat"))
    assert ("PROTEST", "Engineer Rashid", None) in alone
