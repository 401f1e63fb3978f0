"""Devanagari → Latin keys for cross-script name matching."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from khabar.langpacks import BUILTIN_DIR, load_language_packs
from khabar.text import latin_key, transliterate
from khabar.text.translit import Transliterator, delete_schwas


@pytest.mark.parametrize(
    ("deva", "latin"),
    [
        ("शोइगु", "shoigu"),
        ("सेर्गेई", "sergei"),
        ("वांग यी", "vang yi"),
        ("शी जिनपिंग", "shi jinping"),
        ("ट्रंप", "tramp"),
        ("ट्रम्प", "tramp"),
        ("व्लादिमीर पुतिन", "vladimir putin"),
        ("नरेंद्र मोदी", "narendra modi"),  # final schwa kept after the conjunct द्र
        ("भारत", "bharat"),
        ("अमरीका", "amrika"),  # medial schwa deleted (VC_CV)
        ("समझ", "samajh"),
        ("डॉनल्ड", "donald"),
        ("इज़राइल", "izrail"),
        ("टीएएसएस", "tass"),  # acronym spelt with letter names
        ("बीबीसी", "bbc"),
        ("न", "na"),  # one-syllable word keeps its vowel
    ],
)
def test_transliteration(deva: str, latin: str) -> None:
    assert transliterate(deva) == latin


def test_names_not_in_the_kb_give_sane_keys() -> None:
    # made-up names: plain lower-case ASCII, words kept apart, schwa rules applied
    assert transliterate("झुमरी तलैया") == "jhumri talaiya"
    assert transliterate("कटरपलटन सिंह") == "katarpaltan sinh"
    assert transliterate("ज़ोरावर फ़ख़रुद्दीन") == "zoravar fakhruddin"
    for made_up in ("क्वार्फ़ेल ज़ीबोट्स्की", "ऋतंभरा", "श्रीमती ओफ़ेलिया"):
        key = transliterate(made_up)
        assert key and key.isascii() and key == key.lower()


def test_mixed_script_and_latin_pass_through() -> None:
    assert transliterate("Wang Yi (वांग यी)") == "wang yi (vang yi)"


def test_latin_key_meets_latin_aliases() -> None:
    assert latin_key("वांग यी") == latin_key("Wang Yi")
    assert latin_key("सेर्गेई शोइगु") == latin_key("Sergey Shoygu")
    assert latin_key("फ़िलिप") == latin_key("Philip")


def test_schwa_deletion_marks_unpronounced_vowels() -> None:
    assert delete_schwas("जिनपिंग") == "जिन्पिंग्"
    assert delete_schwas("कमल") == "कमल्"
    assert delete_schwas("नरेंद्र") == "नरेंद्र"


def test_acronym_needs_two_letters() -> None:
    tr = Transliterator.from_packs(load_language_packs())
    assert tr.acronym("जी") is None
    assert tr.acronym("यूएस") == "us"
    assert tr.acronym("सेर्गेई") is None


def test_an_override_pack_reaches_the_transliterator(tmp_path: Path) -> None:
    """The transliterator is built from the packs passed in, so an override pack's letter names count."""
    pack = tmp_path / "hi"
    shutil.copytree(BUILTIN_DIR / "hi", pack)
    table = pack / "transliteration.toml"
    text = table.read_text(encoding="utf-8")
    table.write_text(text.replace("[letter_names]", '[letter_names]\n"ञञ" = "w"'), encoding="utf-8")
    shipped = Transliterator.from_packs(load_language_packs())
    overridden = Transliterator.from_packs(load_language_packs(BUILTIN_DIR, tmp_path))
    assert shipped.acronym("ञञएस") is None
    assert overridden.acronym("ञञएस") == "ws"
