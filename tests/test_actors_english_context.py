"""English actors placed by their context: groups named with a place ("Kashmir separatists"),
unnamed local groups placed by their sentence, demonyms on event nouns, and the readings spaCy gets
wrong that the knowledge base can correct (real pipeline)."""

from __future__ import annotations

from typing import Any

import pytest

from english_support import entity_written
from khabar.api import Extractor


@pytest.fixture(scope="module")
def extract() -> Any:
    extractor = Extractor()
    return lambda text: extractor.extract(text, lang="en", id="t")


_entity = entity_written


def _written(doc: Any) -> set[str]:
    return {(doc.clean or "")[m.start : m.end] for e in doc.entities for m in e.mentions}


@pytest.mark.parametrize(
    ("sentence", "written", "country", "sector"),
    [
        # a place name before the group noun: the place becomes part of the group
        ("The army said Darfur rebels attacked a convoy near Nyala.", "Darfur rebels", "SDN", "REB"),
        # a place the group is in
        ("Protesters in Baghdad burned tyres outside the ministry.", "Protesters", "IRQ", "CVL"),
        # where the clause happened ("in Tel Aviv" on the verb)
        ("A suicide bomber killed nine people at a bus station in Tel Aviv.", "people", "ISR", "CVL"),
        # the one country the sentence names
        # (the students act: a loose group nothing involves is pruned, tests/test_english_generic_groups.py)
        ("Kenyan police used tear gas on stone-throwing students who attacked a police post.",
         "stone-throwing students", "KEN", "EDU"),
        # a compound gives the sector, the demonym the country; "army" alone is no group
        ("Bolivia expelled four Chilean army officers on Monday.", "Chilean army officers", "CHL", "MIL"),
        # an ethnic group is counted where the sentence places it
        ("Police arrested two ethnic Hungarians at a rally in northern Serbia.", "ethnic Hungarians",
         "SRB", None),
    ],
)  # fmt: skip
def test_group_country_from_context(
    extract: Any, sentence: str, written: str, country: str, sector: str | None
) -> None:
    entity = _entity(extract(sentence), written)
    assert (entity.country, entity.sector) == (country, sector)


def test_unnamed_group_in_a_sentence_of_two_countries_stays_unplaced(extract: Any) -> None:
    doc = extract("Turkish troops and Syrian rebels clashed with fighters near the border.")
    assert "fighters" not in _written(doc)


def test_singular_demonstrative_is_no_group(extract: Any) -> None:
    doc = extract("According to this media, Russian officials arrived in Beijing.")
    assert "media" not in _written(doc)
    assert _entity(doc, "Russian officials").country == "RUS"


def test_region_is_a_place_of_its_own_in_its_country(extract: Any) -> None:
    doc = extract("The British government sent more troops to Northern Ireland.")
    region = _entity(doc, "Northern Ireland")
    assert (region.name, region.country) == ("Northern Ireland", "GBR")
    assert region.id != _entity(doc, "British government").id


def test_demonym_on_an_event_noun_names_the_country(extract: Any) -> None:
    doc = extract("Greece rejected Turkish mediation in the dispute.")
    assert _entity(doc, "Turkish").kb_id == "country:TUR"
    doc = extract("Greek elections were held on Sunday.")
    assert "Greek" not in _written(doc)  # not an event noun: no mention


def test_spacy_person_reading_drops_a_town_of_the_same_name(extract: Any) -> None:
    doc = extract("The Bush administration said on Friday that Iraq must comply.")
    bush = _entity(doc, "Bush")
    assert (bush.type, bush.country) == ("PER", "USA")


def test_demonym_read_as_a_person_is_no_entity(extract: Any) -> None:
    doc = extract("President Yoweri Museveni has barred Ugandan opposition leaders from travelling.")
    assert "Ugandan" not in {e.name for e in doc.entities}
    assert _entity(doc, "Ugandan opposition leaders").country == "UGA"


def test_bracketed_acronym_after_a_name_is_not_a_person(extract: Any) -> None:
    doc = extract("Kosovo Municipalities Association (AKK) officials met the mayor on Friday.")
    assert all(e.type != "PER" for e in doc.entities if "AKK" in e.name or e.name.startswith("Annegret"))


@pytest.mark.parametrize(
    ("sentence", "written", "country", "sector"),
    [
        ("Thousands of farmers marched to parliament in New Delhi.", "farmers", "IND", "AGR"),
        ("Gunmen killed six soldiers at a checkpoint near Peshawar on Friday.", "Gunmen", "PAK", "UAF"),
    ],
)  # fmt: skip
def test_occupational_groups_take_the_sentence_country(
    extract: Any, sentence: str, written: str, country: str, sector: str
) -> None:
    entity = _entity(extract(sentence), written)
    assert (entity.country, entity.sector) == (country, sector)


def test_title_after_an_unknown_organisation_takes_its_country(extract: Any) -> None:
    doc = extract("U.S. National Security Council spokesman John Kirby spoke to reporters.")
    assert _entity(doc, "John Kirby").country == "USA"
    doc = extract("On Monday spokesman John Kirby spoke to reporters.")
    assert _entity(doc, "John Kirby").country is None  # "On Monday" is no organisation


def test_title_apposed_before_the_name_is_the_persons(extract: Any) -> None:
    doc = extract("A State Department spokesman, Matthew Miller, said the talks had ended.")
    miller = _entity(doc, "Matthew Miller")
    assert (miller.country, miller.sector) == ("USA", "GOV")
    assert not [e for e in doc.entities if e.type == "PER" and e is not miller]  # no second, unnamed person


def test_bracketed_acronym_takes_the_name_it_abbreviates(extract: Any) -> None:
    # "PTI" is also the Press Trust of India in the knowledge base: here it is the party, everywhere
    doc = extract(
        "Imran Khan's party, Pakistan Tehreek-e-Insaf (PTI), rejected the result. "
        "PTI spokesman Zulfi Bukhari said the vote was rigged."
    )
    party = _entity(doc, "PTI")
    assert party.name == "Pakistan Tehreek-e-Insaf" and party.country == "PAK"
    assert _entity(doc, "Zulfi Bukhari").country == "PAK"


def test_word_of_an_attached_title_is_no_organisation(extract: Any) -> None:
    doc = extract("Four policemen were killed, Interior Minister Mohsin Naqvi told reporters.")
    assert "Interior" not in {e.name for e in doc.entities}


def test_news_agency_in_the_dateline_does_not_stop_the_context(extract: Any) -> None:
    doc = extract("ISLAMABAD (AFP) - Pakistani police arrested 400 supporters of Imran Khan on Tuesday.")
    assert _entity(doc, "supporters").country == "PAK"


def test_members_of_an_organisation_are_that_organisation(extract: Any) -> None:
    doc = extract("Supporters of the Awami League staged rallies in Dhaka.")
    assert "Supporters" not in _written(doc)


def test_institution_owned_by_a_country_is_not_another_countrys_namesake(extract: Any) -> None:
    doc = extract("Israel's Supreme Court ruled on Wednesday that the funding must stop.")
    court = _entity(doc, "Supreme Court")
    assert court.country == "ISR" and court.kb_id is None  # not the Supreme Court of the United States
    doc = extract("The U.N. Security Council demanded an immediate ceasefire.")
    assert _entity(doc, "U.N. Security Council").kb_id == "unsc"


def test_acronym_of_a_name_spelled_out_elsewhere_is_that_name(extract: Any) -> None:
    doc = extract("The RSF denied the claims. The Rapid Support Forces said its fighters held the city.")
    assert _entity(doc, "RSF").name == "Rapid Support Forces"
