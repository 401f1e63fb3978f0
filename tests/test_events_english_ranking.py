"""English events: the main event outranks its modifiers, refusals, relative clauses on a coordination,
reported facts versus commitments, title phrases with a name, places named in the knowledge base."""

from __future__ import annotations

from typing import Any

import pytest

from khabar.api import Extractor
from khabar.model import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _run(extractor: Extractor, text: str) -> tuple[Document, dict[str, Any]]:
    doc = extractor.extract(text, lang="en", id="t")
    return doc, {e.id: e for e in doc.entities}


def _named(doc: Document, entities: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    def name(entity_id: str | None) -> str | None:
        return entities[entity_id].name if entity_id in entities else None

    return [(e.plover or "", name(e.source), name(e.target)) for e in doc.events]


def test_main_verb_outranks_a_participle_modifier(extractor: Extractor) -> None:
    doc, _ = _run(
        extractor,
        "The United States on Wednesday vetoed a Security Council resolution censuring its military "
        "sweep of the Nicaraguan ambassador's home in Panama.",
    )
    assert max(doc.events, key=lambda e: e.confidence).plover == "REJECT"


def test_refusal_is_coded_and_the_refused_act_is_not(extractor: Extractor) -> None:
    doc, entities = _run(
        extractor, "Israeli President Moshe Katsav has refused to meet Jordan's King Abdullah II in Tel Aviv."
    )
    plovers = {p for p, _, _ in _named(doc, entities)}
    assert "REJECT" in plovers
    assert "CONSULT" not in plovers


def test_singular_relative_clause_is_about_the_nearest_conjunct(extractor: Extractor) -> None:
    doc, entities = _run(
        extractor,
        "Beijing is stuck between an alliance of Russia and North Korea, which has sent soldiers to Ukraine.",
    )
    senders = {s for p, s, _ in _named(doc, entities) if p == "AID"}
    assert senders == {"North Korea"}


def test_reported_fact_keeps_the_country_and_commitment_is_the_speakers(extractor: Extractor) -> None:
    doc, entities = _run(
        extractor,
        "Wang Yi said that China supports Russia's work as the rotating chair of BRICS. "
        "China is willing to strengthen strategic communication with Russia, Wang Yi said.",
    )
    got = _named(doc, entities)
    assert ("SUPPORT", "China", "Russia") in got
    assert any(p == "AGREE" and s == "Wang Yi" and t == "Russia" for p, s, t in got)


def test_title_phrase_with_a_name_is_the_person(extractor: Extractor) -> None:
    doc, entities = _run(
        extractor,
        "Wang Yi said in a meeting with secretary of the Russian Federation Security Council Sergei "
        "Shoigu on Tuesday in St. Petersburg.",
    )
    assert ("CONSULT", "Wang Yi", "Sergei Shoigu") in _named(doc, entities)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran threatened to shell Iraqi towns in retaliation for an air raid.", "IRN", "IRQ"),
        ("European Community foreign ministers demanded the withdrawal of Serbian forces.", "EUR", None),
        ("Israel reimposed blockades in the West Bank on Friday.", "ISR", "PSE"),
    ],
)  # fmt: skip
def test_argument_countries(extractor: Extractor, text: str, source: str, target: str | None) -> None:
    doc, entities = _run(extractor, text)
    best = max(doc.events, key=lambda e: e.confidence)
    assert entities[best.source].country == source
    if target is not None:
        assert best.target is not None and entities[best.target].country == target
