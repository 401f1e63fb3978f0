"""English collective actors: demonym + group noun, plural demonyms, ethnic groups placed where they
live, "a French minister", and organisations whose name carries their country (real pipeline)."""

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


@pytest.mark.parametrize(
    ("sentence", "written", "country", "sector"),
    [
        ("Sudanese rebels shelled the town of Juba on Sunday.", "Sudanese rebels", "SDN", "REB"),
        ("Croatian authorities failed to uphold property rights.", "Croatian authorities", "HRV", "GOV"),
        ("Liberian riot police used tear gas on demonstrators.", "Liberian riot police", "LBR", "COP"),
        ("Doctors said that 168 Liberians were deported on Monday.", "Liberians", "LBR", None),
        ("Ethnic Albanians in south Serbia are demanding a U.N. presence.", "Ethnic Albanians", "SRB", None),
    ],
)  # fmt: skip
def test_group_mentions_become_entities_with_country(
    extract: Any, sentence: str, written: str, country: str, sector: str | None
) -> None:
    entity = _entity(extract(sentence), written)
    assert (entity.country, entity.sector) == (country, sector)


def test_indefinite_title_is_a_new_person_of_that_country(extract: Any) -> None:
    doc = extract("A French minister threatened today to impose import restrictions against German goods.")
    entity = _entity(doc, "French minister")
    assert (entity.type, entity.country) == ("PER", "FRA")


def test_unknown_organisation_takes_the_country_in_its_name(extract: Any) -> None:
    doc = extract(
        "The Latvian Constitutional Court cancelled restrictions on the use of the Russian language."
    )
    assert _entity(doc, "Latvian Constitutional Court").country == "LVA"


def test_demonym_inside_a_title_is_no_group(extract: Any) -> None:
    doc = extract("Chinese Foreign Minister Wang Yi met Russian officials in Beijing.")
    names = {e.name for e in doc.entities}
    assert "Chinese Foreign" not in " ".join(names)
    assert _entity(doc, "Russian officials").country == "RUS"


def test_historical_leaders_have_their_country(extract: Any) -> None:
    doc = extract("President Francois Mitterand gave a warm welcome to Libyan leader Muammar Gaddafi.")
    assert _entity(doc, "Francois Mitterand").country == "FRA"
    assert _entity(doc, "Muammar Gaddafi").country == "LBY"
