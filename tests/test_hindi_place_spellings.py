"""Indian districts and towns as Hindi news spells them, when the gazetteer spells them otherwise
(``khabar.kb.variants``: ड/ढ, the freely spelt place waiver)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.kb.india import is_below_state
from khabar.kb.variants import span_variant_match, word_variants
from khabar.resources import Resources


class _Entry(NamedTuple):
    actor_ids: tuple[str, ...]
    demonym: bool = False
    case: str | None = None


def _prefixes(index: dict[str, _Entry]) -> set[str]:
    return {" ".join(key.split(" ")[:n]) for key in index for n in range(1, len(key.split(" ")) + 1)}


def _indian(ids: tuple[str, ...], kept: bool) -> bool:
    """India's districts and towns beside a word kept as written (the finder also takes them alone
    in an article of their state)."""
    return kept and all(is_below_state(i) for i in ids)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def places(extractor: Extractor, text: str) -> dict[str, str]:
    doc = extract_checked(extractor, text, "2021-05-01")
    return {m.text: e.name for e in doc.entities or [] if e.type in ("GPE", "LOC") for m in e.mentions}


def test_da_and_dha_are_one_letter_in_a_place_name() -> None:
    # nukta folded by match_key: रायगढ़ा → रायगढा
    assert "रायगडा" in {v for v, _ in word_variants("रायगढा")}
    assert "कुडप्पा" in {v for v, _ in word_variants("कुढप्पा")}


def test_a_news_spelling_of_a_district_matches_beside_a_word_kept_as_written() -> None:
    index = {"राजनंदगांव जिले": _Entry(("place:in_cg_rajnandgaon_district",)), "नीतीश": _Entry(("nitish",))}
    vocabulary = {"राजनांदगांव": (0, 3.25)}  # the news spelling is a word of the vocabulary
    run = ["राजनांदगांव", "जिले", "के"]
    # without the waiver, the commoner spelling as written is a word of its own: no match
    assert span_variant_match(run, _prefixes(index), index, vocabulary) is None
    found = span_variant_match(run, _prefixes(index), index, vocabulary, spelt_freely=_indian)
    assert found == (2, ("place:in_cg_rajnandgaon_district",))
    # the waiver needs a word of the alias kept as written, and a place of India's gazetteer
    alone = {"राजनंदगांव": _Entry(("place:in_cg_rajnandgaon",))}
    assert (
        span_variant_match(["राजनांदगांव"], _prefixes(alone), alone, vocabulary, spelt_freely=_indian) is None
    )
    person = {"नीतीश कुमार": _Entry(("nitish",))}
    written = {"नितिश": (3, 3.5)}
    assert (
        span_variant_match(["नितिश", "कुमार"], _prefixes(person), person, written, spelt_freely=_indian)
        is None
    )
    # a frequent word of general text as written stays itself even for a place
    assert (
        span_variant_match(run, _prefixes(index), index, {"राजनांदगांव": (200, 5.2)}, spelt_freely=_indian)
        is None
    )


def test_districts_in_running_text_with_their_news_spelling(extractor: Extractor) -> None:
    found = places(extractor, "छत्तीसगढ़ के राजनांदगांव जिले में किसानों ने धरना दिया.")
    assert found.get("राजनांदगांव जिले") == "Rajnandgaon district", found
    found = places(extractor, "ओडिशा के रायगढ़ा ज़िले में पुलिस ने दो लोगों को गिरफ़्तार किया.")
    assert found.get("रायगढ़ा ज़िले") == "Rayagada district", found


def test_an_unknown_village_before_a_settlement_noun_in_a_state_story(extractor: Extractor) -> None:
    found = places(extractor, "झारखंड के गुमला में पुलिस ने टोटाम्बी गांव में छापा मारा.")
    assert found.get("टोटाम्बी") is not None, found
    found = places(extractor, "ओडिशा के कोरापुट ज़िले के बंधुगांव थाना क्षेत्र में मुठभेड़ हुई.")
    assert "बंधुगांव" in found, found


def test_no_village_of_an_ordinary_word_a_name_or_a_foreign_story(extractor: Extractor) -> None:
    # an ordinary word before इलाके, a person's name before थाने, and no Indian state named
    assert set(places(extractor, "बिहार के पहाड़ी इलाके में बारिश हुई.")) == {"बिहार"}
    assert "शर्मा" not in places(extractor, "राजस्थान के जयपुर में सुरेश शर्मा थाने पहुंचे.")
    assert places(extractor, "फ्रांस के लोगों ने बोरसेल गांव में प्रदर्शन किया.").get("बोरसेल") is None
    # an acronym before थाने is the station of a police force, no place
    assert "जीआरपी" not in places(extractor, "उत्तर प्रदेश के आगरा में जीआरपी थाने की टीम पहुंची.")


def test_an_unknown_place_inside_a_named_district_before_a_locative(extractor: Extractor) -> None:
    found = places(extractor, "मध्य प्रदेश के बालाघाट के परसवाड़ा में पुलिस ने छापा मारा.")
    assert "परसवाड़ा" in found, found
    # an ordinary word after the district stays none ("बालाघाट के जंगलों में")
    assert set(places(extractor, "मध्य प्रदेश के बालाघाट के जंगलों में मुठभेड़ हुई.")) == {"मध्य प्रदेश", "बालाघाट"}


def test_a_district_alone_in_its_news_spelling_in_a_story_of_its_state(extractor: Extractor) -> None:
    text = "छत्तीसगढ़ के मुख्यमंत्री खैरागढ़ पहुंचे. राजनांदगांव की जनता ने स्वागत किया."
    assert "राजनांदगांव" in places(extractor, text)
    # a story naming places of another state only: the vocabulary's word is not read as the place
    other = "महाराष्ट्र के नागपुर में सभा हुई. राजनांदगांव की जनता ने स्वागत किया."
    assert "राजनांदगांव" not in places(extractor, other)
