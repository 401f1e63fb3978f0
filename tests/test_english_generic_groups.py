"""English loose groups of people ("residents", "Indian students") are entities only when an event or
a quote involves them; institutions and bodies of a name of their own are always kept (real pipeline)."""

from __future__ import annotations

from typing import Any

import pytest

from khabar.api import Extractor


@pytest.fixture(scope="module")
def extract() -> Any:
    extractor = Extractor()
    return lambda text: extractor.extract(text, lang="en", id="t")


def _names(doc: Any) -> set[str]:
    return {e.name.casefold() for e in doc.entities or []}


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("The new bridge in Kerala will help farmers reach the market faster.", "farmers"),
        ("Prices of onions in Mumbai rose again, hurting traders across the city.", "traders"),
        ("The hostel in Delhi houses many students during the winter term.", "students"),
        ("Officials said Kenyan soldiers were seen near the border town of Mandera.", "kenyan soldiers"),
    ],
)  # fmt: skip
def test_a_group_nothing_refers_to_is_dropped(extract: Any, text: str, dropped: str) -> None:
    names = _names(extract(text))
    assert dropped not in names
    assert names  # the place stays


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Kenyan government announced a new scheme for farmers in Nakuru.", "kenyan government"),
        ("The hospital said Cambridge University in Britain will host the meeting.", "cambridge university"),
    ],
)  # fmt: skip
def test_institutions_and_bodies_with_a_name_are_kept(extract: Any, text: str, kept: str) -> None:
    assert kept in _names(extract(text))


def test_a_group_that_acts_is_kept(extract: Any) -> None:
    doc = extract("Angry villagers in Bihar attacked a police post on Sunday night.")
    group = next(e for e in doc.entities or [] if "villagers" in e.name.casefold())
    assert any(group.id in (ev.source, ev.target) for ev in doc.events or [])


def test_a_name_ends_before_an_open_bracket(extract: Any) -> None:
    # spaCy may stop a name inside a reserved-seat marker: the marker is no part of the name
    doc = extract("Polling will be held in Chunar, Mirzapur and Iglas (SC) on Monday.")
    assert not any("(" in e.name for e in doc.entities or [])


def test_a_faction_letter_closes_the_name_and_an_abbreviation_stays_out(extract: Any) -> None:
    doc = extract(
        "Militants of the NSCN(K) attacked an army convoy near Digboi in Assam. "
        "The World Council on City Data (WCCD) met in Pune."
    )
    names = {e.name for e in doc.entities or []}
    assert "NSCN(K)" in names
    assert "World Council On City Data" in names
