"""South Asian and Persian names in their usual English spelling (session 10, hinames14): the earlier
of two neighbouring schwas dropped in a Perso-Arabic name (khabar.text.translit.delete_schwas
``left_to_right``), an "a" of a known spelling written "e" by a far commoner Indian family name
(khabar.text.respell.NameSpeller.commoner) and listed Perso-Arabic names (perso_arabic_names.toml)."""

from __future__ import annotations

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.resources import Resources
from khabar.stages.link.linker import Linker
from khabar.text.respell import NameSpeller, skeleton
from khabar.text.translit import default_transliterator, delete_schwas


@pytest.mark.parametrize(
    ("hindi", "hindi_reading", "closed_first"),
    [
        ("असगरी", "Asagri", "Asgari"),
        ("अकबरी", "Akabri", "Akbari"),
        ("मोहतशिम", "Mohatshim", "Mohtashim"),
        ("नसरतयार", "Nasratyar", "Nasratyar"),  # one schwa to drop either way
        ("अमरता", "Amarta", "Amrata"),  # a Hindi word: only Perso-Arabic names are read closed-first
    ],
)
def test_closed_first_reading(hindi: str, hindi_reading: str, closed_first: str) -> None:
    translit = default_transliterator()
    assert translit.romanise_name(hindi) == hindi_reading
    assert translit.closed_first_reading(hindi) == closed_first


def test_delete_schwas_keeps_its_default_direction() -> None:
    # right to left by default: the later of two neighbouring schwas goes (अमरता → amarta)
    assert delete_schwas("अमरता") == "अमर्ता"
    assert delete_schwas("अमरता", left_to_right=True) == "अम्रता"
    assert delete_schwas("भारत", left_to_right=True) == "भारत्"  # the final schwa as before


@pytest.mark.parametrize(
    ("hindi", "english"),
    [
        ("मोहतशिम क़ुरैशी", "Mohtashim Qureshi"),  # a nukta marks the run Perso-Arabic
        ("असगरी सिद्दीकी", "Asgari Siddiqui"),  # a listed name marks it
        ("साद अहमद", "Saad Ahmad"),  # a listed name
    ],
)
def test_perso_arabic_names_read_closed_first(linker: Linker, hindi: str, english: str) -> None:
    assert linker._romanise(hindi) == english


def test_an_unmarked_name_keeps_the_hindi_reading(linker: Linker) -> None:
    assert linker._romanise("अमरता सिंह") == "Amarta Singh"


def test_an_iranian_name_is_read_closed_first(resources: Resources) -> None:
    extractor = Extractor(resources)
    text = "ईरान की राजधानी तेहरान में विश्लेषक अली असगरी ने कहा कि चुनाव में कड़ा मुक़ाबला होगा."
    names = [e.name for e in extract_checked(extractor, text, "2021-05-02").entities or []]
    assert "Ali Asgari" in names, names


def test_a_far_commoner_family_name_writes_an_a_as_e() -> None:
    counts = [("Varma", 2), ("Verma", 40), ("Sana", 2), ("Sene", 40)]
    speller = NameSpeller.from_counts(counts, families=["Verma", "Sene"])
    assert speller.respell("Varma") == "Verma"
    assert speller.respell("Sana") == "Sana"  # a final "e" is English spelling's silent one
    # only the Indian family names switch a known spelling so (Jasmina is no "Jasmine")
    assert NameSpeller.from_counts(counts).respell("Varma") == "Varma"


@pytest.mark.parametrize(
    ("hindi", "english"),
    [
        ("सुनील गोरानिया", "Sunil Gorania"),  # a family name no list spells: "ia" like Bhatia, Sisodia
        ("राहुल दहिया", "Rahul Dahiya"),  # the Indian family-name list spells Dahiya so
        ("सुप्रिया सुले", "Supriya Sule"),  # a given name keeps "iya"
        ("गोरानिया", "Goraniya"),  # one word alone: no family-name position
    ],
)
def test_a_family_names_final_iya_is_written_ia(linker: Linker, hindi: str, english: str) -> None:
    assert linker._romanise(hindi) == english


def test_shr_and_sr_share_a_skeleton() -> None:
    # (the skeleton folds sh into s, so the final-a reading "Shrivastava" meets English Srivastava)
    assert skeleton("Shrivastava") == skeleton("Srivastava")


@pytest.mark.parametrize(
    ("hindi", "english"),
    [
        ("विनोद श्रीवास्तव", "Vinod Srivastava"),  # final schwa kept, श्र as English "Sr"
        ("मनोज शुक्ल", "Manoj Shukla"),
        ("अमर सिंह", "Amar Singh"),  # a spelling English text has keeps its final consonant
    ],
)
def test_a_final_schwa_english_keeps(linker: Linker, hindi: str, english: str) -> None:
    assert linker._romanise(hindi) == english
