"""English spelling of romanised Hindi names the knowledge base does not know (khabar.text.respell)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.errors import KnowledgeBaseError
from khabar.kb import KnowledgeBase
from khabar.kb.generate import DATA_DIR
from khabar.resources import Resources
from khabar.stages.link.linker import Linker
from khabar.text.respell import NAME_LIST_FILES, NAME_VOCABULARY_FILE, NameSpeller, skeleton, soft_form

COUNTS = {"Snowden": 40, "Hayden": 12, "Waseem": 30, "Wasim": 20, "Verma": 50, "Varma": 3, "Hajar": 9}
SPELLER = NameSpeller.from_counts([*COUNTS.items(), ("Agarwal", 25), ("Bijlee", 8)])


@pytest.mark.parametrize(
    ("ours", "english"),
    [("Snoden", "Snowden"), ("Heden", "Hayden"), ("Vasim", "Waseem"), ("Agraval", "Agarwal")],
)
def test_a_name_in_the_vocabulary_is_chosen(ours: str, english: str) -> None:
    assert SPELLER.respell(ours) == english


def test_lower_case_stays_lower_case() -> None:
    assert SPELLER.respell("snoden") == "snowden"


def test_an_unknown_name_keeps_our_romanisation() -> None:
    assert SPELLER.respell("Jibaklam") == "Jibaklam"  # no vocabulary word with its skeleton
    assert NameSpeller().respell("Snoden") == "Snoden"  # no vocabulary at all


def test_a_spelling_english_already_uses_is_kept() -> None:
    assert SPELLER.respell("Varma") == "Varma"  # Varma is a spelling of its own, though Verma is commoner


def test_a_final_vowel_is_not_dropped_or_added() -> None:
    assert SPELLER.respell("Hazare") == "Hazare"  # Hajar has the same consonants but no final vowel


def test_initials_and_short_words_are_left_alone() -> None:
    assert SPELLER.respell("DH") == "DH"
    assert SPELLER.respell("Li") == "Li"


def test_skeleton_and_soft_form_fold_what_hindi_and_english_write_differently() -> None:
    assert skeleton("Snowden") == skeleton("Snoden") == "sndn"
    assert skeleton("Agarwal") == skeleton("Agraval")
    assert skeleton("Sikaka") != skeleton("Sika")  # consonants are not merged across a vowel
    assert soft_form("Waseem") == soft_form("Vasim") == "vasim"


def test_a_rare_spelling_must_be_very_close() -> None:
    speller = NameSpeller.from_counts([("Shelish", 2), ("Snowden", 2)])
    assert speller.respell("Shailesh") == "Shailesh"  # one dictionary entry's odd spelling, not close enough
    assert speller.respell("Snoden") == "Snowden"


def test_a_malformed_vocabulary_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / NAME_VOCABULARY_FILE
    path.write_text("# comment\nSnowden\t4\nHayden four\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as caught:
        NameSpeller.load(path)
    assert str(path) in str(caught.value) and "line 3" in str(caught.value)
    assert len(NameSpeller.load(tmp_path / "missing.tsv")) == 0


def test_the_shipped_vocabulary_has_name_spellings_with_counts() -> None:
    speller = NameSpeller.load(DATA_DIR / NAME_VOCABULARY_FILE)
    assert len(speller) > 10_000
    assert speller.known["singh"] > speller.known.get("singhw", 0)


def test_the_linker_never_respells_a_common_word() -> None:
    kb = KnowledgeBase.build([])
    kb.speller = SPELLER
    linker = Linker(kb, common_words=["बिजली"])
    assert linker._respell("बिजली", "Bijli") == "Bijli"  # ordinary vocabulary ("electricity")
    assert Linker(kb)._respell("बिजली", "Bijli") == "Bijlee"  # as a name word it would be respelt


def test_a_common_word_keeps_the_plain_reading_english_text_writes_more() -> None:
    # अरविंद (lotus) is ordinary vocabulary; the w-after-a-consonant convention (Goswami) gives "Arwind"
    kb = KnowledgeBase.build([])
    kb.speller = NameSpeller.from_counts([("Arvind", 40), ("Ishwar", 9)])
    linker = Linker(kb, common_words=["अरविंद", "ईश्वर"])
    assert linker._respell("अरविंद", "Arwind") == "Arvind"
    assert linker._respell("ईश्वर", "Ishwar") == "Ishwar"  # the convention's spelling is the commoner


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def test_an_unknown_hindi_name_gets_the_english_spelling(extractor: Extractor) -> None:
    doc = extract_checked(
        extractor, "अमेरिकी ख़ुफ़िया एजेंसी के पूर्व कर्मचारी एडवर्ड स्नोडेन ने कहा कि वह लौटेंगे.", "2013-12-20"
    )
    names = {e.name for e in doc.entities or []}
    assert "Edward Snowden" in names, names


def test_a_far_commoner_spelling_that_sounds_the_same_replaces_a_rare_one() -> None:
    speller = NameSpeller.from_counts([("Paul", 300), ("Pol", 5), ("Verma", 300), ("Varma", 5)])
    assert speller.respell("Pol") == "Paul"  # o and au are one vowel in Hindi writing
    assert speller.respell("Varma") == "Varma"  # a and e are not: Varma is a name of its own


def test_ai_reads_as_a_only_in_longer_words() -> None:
    speller = NameSpeller.from_counts([("Caf", 50), ("Daniel", 80)])
    assert speller.respell("Kaif") == "Kaif"  # Katrina Kaif is no "Caf"
    assert speller.respell("Dainiyal") == "Daniel"


# ---------------------------------------------------------------- Indian name lists (session 5)


def test_a_listed_spelling_is_a_target_when_english_text_has_none() -> None:
    speller = NameSpeller.from_counts([("Singh", 90)], listed=[("Saxena", 4), ("Jawahar", 3), ("Navneet", 3)])
    assert speller.respell("Saksena") == "Saxena"  # x for ks
    assert speller.respell("Javahar") == "Jawahar"  # w for v
    assert speller.respell("Navnit") == "Navneet"  # ee for a long i


def test_a_listed_spelling_never_keeps_a_romanisation_as_it_is() -> None:
    # the lists hold "Vats" (a Punjabi surname) as well; English text's Watts still wins for वाट्स
    speller = NameSpeller.from_counts([("Watts", 3)], listed=[("Vats", 6)])
    assert speller.respell("Vats") == "Watts"
    assert "vats" not in speller.known


def test_a_spelling_english_text_uses_comes_before_a_listed_one() -> None:
    speller = NameSpeller.from_counts([("Farzana", 5)], listed=[("Farjana", 6)])
    assert speller.respell("Farzana") == "Farzana"
    assert speller.respell("Pharzana") == "Farzana"


@pytest.mark.parametrize(
    ("ours", "listed"),
    [
        ("Shahzad", "Shahjad"),  # ज़ is z: a census-style j is no English spelling
        ("Saqib", "Sakib"),  # क़ is q
        ("Atif", "Aatif"),  # a long a is not doubled
        ("Mausmi", "Mosmi"),  # औ stays au
        ("Lakhiya", "Lakhya"),  # a vowel is not dropped
    ],
)
def test_a_listed_spelling_must_keep_our_nukta_letters_and_vowels(ours: str, listed: str) -> None:
    speller = NameSpeller.from_counts([], listed=[(listed, 6)])
    assert speller.respell(ours) == ours


def test_listed_counts_add_to_the_vocabulary_and_are_read_from_their_files(tmp_path: Path) -> None:
    vocabulary = tmp_path / NAME_VOCABULARY_FILE
    vocabulary.write_text("# comment\nMahender\t2\n", encoding="utf-8")
    lists = tmp_path / "indian_given_names.tsv"
    lists.write_text("Mahender\t4\nSaxena\t3\n", encoding="utf-8")
    speller = NameSpeller.load(vocabulary, lists, tmp_path / "missing.tsv")
    assert speller.known == {"mahender": 2}  # the vocabulary's own count: lists are no English usage
    assert speller.respell("Mahendar") == "Mahender"  # 2 alone is a rare spelling; 6 with the list is not
    assert NameSpeller.load(vocabulary).respell("Mahendar") == "Mahendar"
    lists.write_text("Saxena three\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as caught:
        NameSpeller.load(vocabulary, lists)
    assert str(lists) in str(caught.value)


def test_the_shipped_name_lists_hold_indian_spellings() -> None:
    speller = NameSpeller.load(DATA_DIR / NAME_VOCABULARY_FILE, *(DATA_DIR / n for n in NAME_LIST_FILES))
    assert speller.respell("Saksena") == "Saxena"
    assert speller.respell("Savant") == "Sawant"
    assert speller.respell("Shahzad") == "Shahzad"


def test_candra_o_may_be_english_a_when_the_o_reading_finds_no_spelling() -> None:
    # ॉ: "Hol" is a rare vocabulary spelling, Hall a commoner one and a family name (family_names.tsv);
    # Don is common as it is; Garden is commoner than Gordan but no person's name
    kb = KnowledgeBase.build([])
    kb.speller = NameSpeller.from_counts([("Hol", 2), ("Hall", 6), ("Don", 10), ("Dan", 28), ("Garden", 19)])
    linker = Linker(kb)
    assert linker._respell("हॉल", "Hol") == "Hall"
    assert linker._respell("डॉन", "Don") == "Don"
    assert linker._respell("गॉर्डन", "Gordan") == "Gordan"


def test_the_kb_cache_key_follows_the_spelling_rules() -> None:
    import re

    from khabar.kb.cache import transliterator_key
    from khabar.text.translit import Transliterator

    plain = Transliterator()
    rao = Transliterator(devanagari_spelling=((re.compile("(?<=रा)व$"), "ओ"),))
    assert transliterator_key(plain) != transliterator_key(rao)


def test_a_rare_spelling_one_letter_off_in_a_long_name_is_taken() -> None:
    speller = NameSpeller.from_counts([("Williamson", 2)])
    assert speller.respell("Viliyamsan") == "Williamson"  # soft forms "viliamsan" / "viliamson": 0.889


def test_a_common_word_takes_a_far_commoner_spelling_of_its_long_vowels_only() -> None:
    # कपूर is camphor as well as the family name English writes Kapoor; बीच ("between") is no "Beach"
    kb = KnowledgeBase.build([])
    counts = [("Kapoor", 30), ("Beach", 40), ("Wah", 40), ("Puja", 30), ("Pooja", 35)]
    kb.speller = NameSpeller.from_counts(counts)
    linker = Linker(kb, common_words=["कपूर", "बीच", "वह", "पूजा"])
    assert linker._respell("कपूर", "Kapur") == "Kapoor"
    assert linker._respell("बीच", "Bich") == "Bich"
    assert linker._respell("वह", "Vah") == "Vah"
    assert linker._respell("पूजा", "Puja") == "Puja"  # English text writes our spelling too: not far commoner
    assert NameSpeller.from_counts([("Kapoor", 3)]).commoner("Kapur") is None  # too rare to be evidence


def test_a_listed_spelling_that_keeps_a_medial_schwa_is_reached_through_the_full_reading() -> None:
    # वंदना is spoken "Vandna" (schwa deletion) but English writes the name Vandana more often
    kb = KnowledgeBase.build([])
    kb.speller = NameSpeller.from_counts([], [("Vandana", 6), ("Vandna", 5)])
    assert kb.transliterator.full_reading("वंदना") == "Vandana"
    assert kb.transliterator.full_reading("जिनपिंग") == "Jinaping"
    linker = Linker(kb)
    assert linker._respell("वंदना", "Vandna", english_names=False) == "Vandana"  # in an Indian name
    assert linker._respell("वंदना", "Vandna") == "Vandna"  # not in an English one
    # the readings compete by count: a commoner spelling without the schwa keeps it out
    kb.speller = NameSpeller.from_counts([], [("Vandana", 2), ("Vandna", 9)])
    assert Linker(kb)._respell("वंदना", "Vandna", english_names=False) == "Vandna"
