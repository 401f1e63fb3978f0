"""Matching normalisation and its map back to original offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.text import map_span, match_key, normalize_deva, normalize_latin, normalize_with_map


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("इज़राइल", "इजराइल"),  # nukta as combining sign
        ("\u0915\u093c\u0924\u0930", "\u0958\u0924\u0930"),  # क़तर decomposed vs precomposed
        ("ट्रंप", "ट्रम्प"),  # anusvara vs nasal + virama
        ("हिंदी", "हिन्दी"),
        ("चाँद", "चांद"),  # chandrabindu → anusvara
        ("डॉनल्ड", "डोनल्ड"),  # candra o
        ("फ़्रांस", "फ्रांस"),
    ],
)
def test_devanagari_variants_normalise_equal(left: str, right: str) -> None:
    assert normalize_deva(left) == normalize_deva(right)
    assert match_key(left) == match_key(right)


def test_zero_width_joiners_are_removed() -> None:
    assert normalize_deva("क्\u200dष") == normalize_deva("क्ष")
    assert normalize_deva("र्\u200cक") == "र्क"
    assert "\u200c" not in match_key("a\u200cb")


def test_nasal_stays_before_non_stop_and_word_initially() -> None:
    assert normalize_deva("अन्य") == "अन्य"  # न् before य is not an anusvara position
    assert normalize_deva("न्यूयॉर्क").startswith("न्यू")


def test_latin_rules() -> None:
    assert normalize_latin("Côte d’Ivoire") == "cote d'ivoire"
    assert normalize_latin("Guinea–Bissau") == "guinea-bissau"
    assert normalize_latin("  Sergey   SHOYGU ") == "sergey shoygu"
    assert match_key("Zürich") == match_key("zurich")


def test_offset_map_points_at_original_characters() -> None:
    text = "कल इज़राइल  और ट्रम्प ने"
    norm, mapping = normalize_with_map(text)
    assert len(mapping) == len(norm) + 1 and mapping[-1] == len(text)
    for word in ("इजराइल", "ट्रंप", "और"):
        start = norm.index(word)
        o_start, o_end = map_span(mapping, start, start + len(word))
        assert match_key(text[o_start:o_end]) == word
    start = norm.index("ट्रंप")
    assert text[slice(*map_span(mapping, start, start + len("ट्रंप")))] == "ट्रम्प"
    # the word-final nukta and a dropped ZWJ stay inside the original span
    text2 = "राज़\u200d है"
    norm2, mapping2 = normalize_with_map(text2)
    assert norm2.startswith("राज ")
    assert map_span(mapping2, 0, 3) == (0, 5)


def test_map_span_inside_an_expansion() -> None:
    norm, mapping = normalize_with_map("Straße")
    assert norm == "strasse"
    assert map_span(mapping, 0, len(norm)) == (0, 6)
    assert map_span(mapping, 4, 5) == (4, 5)  # first 's' of 'ß' still covers the whole 'ß'
    with pytest.raises(ValueError):
        map_span(mapping, 3, 3)


@given(st.text(alphabet=st.sampled_from(list("कखगजडनमपटरय़ंँ्िीुाेॉ \u200c\u200dabcÉé’-ß")), max_size=30))
def test_match_key_fast_path_agrees_with_mapped_normalisation(text: str) -> None:
    norm, mapping = normalize_with_map(text)
    assert match_key(text) == norm.strip()
    assert len(mapping) == len(norm) + 1
    assert mapping == sorted(mapping)
