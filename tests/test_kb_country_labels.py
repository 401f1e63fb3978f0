"""Country labels: CLDR's English display name, with its bracketed gloss dropped and an endonym in the
country's own letters replaced by the curated English exonym (country_extra_aliases.toml)."""

from __future__ import annotations

import pytest

from khabar.kb import KnowledgeBase
from khabar.kb.generate import english_label


@pytest.mark.parametrize(
    ("cldr", "curated", "label"),
    [
        ("Myanmar (Burma)", ["Burma", "Myanmar"], "Myanmar"),  # a gloss in brackets is no part of it
        ("Türkiye", ["Turkey", "Türkiye", "Turkiye"], "Turkey"),  # endonym → English exonym
        ("Côte d’Ivoire", ["Ivory Coast", "आइवरी कोस्ट"], "Ivory Coast"),
        ("Réunion", [], "Réunion"),  # no curated exonym: as CLDR writes it
        ("United States", ["US", "America"], "United States"),  # an English name stays
        ("Cocos (Keeling) Islands", [], "Cocos (Keeling) Islands"),  # brackets inside the name stay
        ("Curaçao", ["the Curaçao", "CW"], "Curaçao"),  # abbreviations and "the …" forms are no label
    ],
)
def test_english_label(cldr: str, curated: list[str], label: str) -> None:
    assert english_label(cldr, curated) == label


def test_built_labels() -> None:
    kb = KnowledgeBase.load()
    assert kb.get("country:TUR").name == "Turkey"  # type: ignore[union-attr]
    assert kb.get("country:MMR").name == "Myanmar"  # type: ignore[union-attr]
    assert kb.get("country:IND").name == "India"  # type: ignore[union-attr]
