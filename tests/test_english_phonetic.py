"""English names written in Hindi, matched by sound (khabar.text.english_phonetic): the Devanagari word and
each English spelling are read into the same consonant classes and vowel slots, so that वैन्स-like
spellings (ै for English "a", a silent final e) meet their English names, and the commonest one wins."""

from __future__ import annotations

import pytest

from khabar.resources import Resources
from khabar.stages.link.linker import Linker
from khabar.stages.link.stage import LinkStage
from khabar.text.english_phonetic import PhoneticIndex, devanagari_reading, english_readings, reading_cost


def _index() -> PhoneticIndex:
    names = [
        ("harris", 1333), ("campbell", 434), ("matthews", 118), ("garcia", 1111), ("george", 1250),
        ("jorge", 114), ("hook", 8), ("hooks", 9), ("lance", 81), ("evans", 416), ("cooper", 300),
        ("taylor", 900), ("tyler", 200), ("boyle", 40), ("bell", 200), ("grant", 250), ("jay", 131),
        ("carney", 20), ("brooks", 300),
    ]  # fmt: skip
    return PhoneticIndex.build(names)


@pytest.mark.parametrize(
    ("hindi", "english"),
    [
        ("हैरिस", "harris"),  # ै for the English "a" of Harry: हैरिस ने कहा
        ("कैंपबेल", "campbell"),  # the anusvara for m before b: नील कैंपबेल
        ("मैथ्यूज", "matthews"),  # ्यू for "ew", a final ज for the voiced s: सैम मैथ्यूज
        ("गार्सिया", "garcia"),  # a soft c as स: मारिया गार्सिया
        ("जॉर्ज", "george"),  # a soft g as ज, ॉ for "eo": जॉर्ज हैरिसन
        ("हुक", "hook"),  # ु for "oo": जेम्स हुक
        ("कूपर", "cooper"),  # ू for "oo", the unsounded final inherent vowel: बेन कूपर
        ("टेलर", "taylor"),  # े for "ay", ट for English t: रॉस टेलर
        ("बॉयल", "boyle"),  # ॉय for "oy", a silent final e: डैनी बॉयल
        ("ब्रुक्स", "brooks"),  # a cluster, ु for "oo": हैरी ब्रुक्स
    ],
)
def test_an_english_name_as_hindi_writes_it_is_matched(hindi: str, english: str) -> None:
    assert _index().matches(hindi)[0][0] == english


def test_the_commonest_name_of_the_same_sound_wins() -> None:
    # टायलर may be Tyler or Taylor? ाय is the "i" of Tyler only: Taylor's "ay" is े
    assert [s for s, _ in _index().matches("टायलर")] == ["tyler"]


def test_a_vowel_hindi_writes_otherwise_is_no_match() -> None:
    # बेल is Bell; बिल (Bill) is not, though its consonants are the same
    assert _index().matches("बिल") == []
    # a cluster: ग्रांट has no vowel between g and r; the inherent vowel of गरांट is sounded (no vowel
    # before it: Hindi drops it only after one), and ि is a vowel English "Grant" does not write
    assert _index().matches("ग्रांट") == [("grant", 250)]
    assert _index().matches("गरांट") == []
    assert _index().matches("गिरांट") == []


def test_readings() -> None:
    reading = devanagari_reading("कार्टर")
    assert reading is not None and reading.consonants == "krtr"
    # a silent final e and a soft c: Vance-like spellings read "vns"
    assert {r.consonants for r in english_readings("Pence")} == {"pns"}
    # ch read two ways: Michael (k) and Chester (C)
    assert {r.consonants for r in english_readings("Michael")} == {"mCl", "mkl"}
    hindi, english = devanagari_reading("पेंस"), english_readings("Pence")[0]
    assert hindi is not None and reading_cost(hindi, english) == 0


@pytest.fixture(scope="module")
def linker() -> Linker:
    return LinkStage(Resources.load(parsers=False)).linker


@pytest.mark.parametrize(
    ("hindi", "english"),
    [
        ("माइक पेंस", "Mike Pence"),  # soft c, silent e: माइक पेंस ने कहा
        ("जेनिफ़र हडसन", "Jennifer Hudson"),  # short u as अ
        ("जे कार्टर", "Jay Carter"),  # a letter's name as the given name it sounds
    ],
)
def test_an_unknown_english_name_in_hindi_is_spelt_as_english_writes_it(
    linker: Linker, hindi: str, english: str
) -> None:
    assert linker._romanise(hindi) == english


def test_an_initial_stays_an_initial(linker: Linker) -> None:
    assert linker._romanise("जे. कार्टर").startswith("J")
    assert not linker._romanise("जे. कार्टर").startswith("Jay")
    assert linker._romanise("जे के रोलिंग").startswith("J K")


def test_a_particle_before_a_family_name_is_spelt_as_europeans_write_it(linker: Linker) -> None:
    # फ़ाफ़ डू प्लेसिस ने शतक बनाया: "du", not a given name "Dewey" matched by sound
    assert linker._romanise("फ़ाफ़ डू प्लेसिस").split()[1] == "du"


def test_an_english_given_name_indian_christians_share_leaves_the_name_english(linker: Linker) -> None:
    # डैनियल is on the Indian name lists (as Paul and Thomas are): कूपर is still matched as Cooper
    assert linker._romanise("डैनियल कूपर") == "Daniel Cooper"
    # बॉबी is listed as "Bobi": its sound is the common English Bobby
    assert linker._romanise("बॉबी ब्राउन") == "Bobby Brown"
    # an Indian family name keeps the name Indian
    assert linker._romanise("रीता बहुगुणा") == "Rita Bahuguna"


def test_no_match_by_sound_without_an_english_sign(linker: Linker) -> None:
    # नीलू is no English name: गेल keeps its reading (not Gail)
    assert linker._romanise("नीलू गेल") == "Neelu Gel"


def test_a_letter_before_a_name_english_does_not_write_stays_an_initial(linker: Linker) -> None:
    assert linker._romanise("जे जयललिता").startswith("J ")


def test_a_letter_between_initials_is_no_particle(linker: Linker) -> None:
    # के डी शर्मा-style initials: डी after an initial is the letter D, not "de"
    assert " de " not in linker._romanise("एल डी मेयर")
