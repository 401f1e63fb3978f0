"""Session 11's cuts of the Hindi per-article cost (issue 13) change no result: each faster form is held to
the computation it replaces."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from khabar.kb.base import _word_mask, _word_runs
from khabar.langpacks import load_language_packs
from khabar.stages.clean import _DUPLICATE_FOLD, _duplicate_key, _duplicate_key_by_rules
from khabar.stages.language import _script_counts_by_char, script_counts
from khabar.stages.metadata import MetadataStage
from khabar.stages.segment import SegmentStage, dominant_script
from khabar.text.vocabulary import GlueSplitter
from metadata_support import plain_datelines

# letters of several scripts, their marks, digits, punctuation, joiners, a private-use character
_ALPHABET = "कखगािीुँंःक़ ।॥abcAZéßİ ١٢ابپ中文гдЖ  ,.1२\u200c\u200d\u00ad\U000f0001ক্ষ😀"

_SENTENCES = [
    "",
    "१२३, ४५६ — !",
    "प्रधानमंत्री नरेंद्र मोदी ने कहा, 'हम तैयार हैं।'",
    "The minister said भारत तैयार है.",
    "abc कखग",  # a tie: three letters each, the first script's first letter comes first
    "कखग abc",
    "ق ل م x y z क",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_script_counts_equal_the_character_loop(text: str) -> None:
    plain = _script_counts_by_char(text)
    fast = script_counts(text)
    assert fast == plain
    assert list(fast.items()) == list(plain.items())  # the same order (ties go to the first)


def test_script_counts_equal_the_character_loop_on_random_strings() -> None:
    rng = random.Random(11)
    for _ in range(5_000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30)))
        fast = script_counts(text)
        assert list(fast.items()) == list(_script_counts_by_char(text).items()), text


def test_word_runs_equal_the_word_mask_runs() -> None:
    """The alias scan's word runs by one regex over the text equal the "1" runs of the word mask."""
    rng = random.Random(12)
    alphabet = [*_ALPHABET, "_", "-", "'", "\x00", "\t", "\n", "ǅ", "Ⅻ", "½"]
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        expected = [run.span() for run in re.finditer("1+", _word_mask(text))]
        assert _word_runs(text) == expected, text


@pytest.mark.parametrize(
    "clean",
    [
        "नई दिल्ली, 12 मार्च 2024\nसरकार ने आज नई योजना की घोषणा की। 2023 में यह पहली बार हुआ था।",
        "NEW DELHI, Nov 12, 2024 (PTI) The minister said on Tuesday that talks would go on.",
        "Updated: 2016-09-06 12:30:28\nBody text of the story, with 14/08/2021 inside it.",
        "अपडेटेड 5 जनवरी 2022 10:15 am\nजन सुनवाई 2022 में होगी।",
        "Posted 03.04.2019, 18:05 by the desk\nNothing else here from 1999.",
        "no year at all here\nnor here",
    ],
)
def test_datelines_equal_the_unscreened_scan(clean: str) -> None:
    stage = MetadataStage(load_language_packs(), today=date(2026, 1, 1))
    assert stage.datelines(clean) == plain_datelines(stage, clean)


def test_duplicate_key_equals_the_rules() -> None:
    """The repeated-line key: folded only where a folded character is, whitespace runs by str.split."""
    rng = random.Random(14)
    folded = "".join(map(chr, _DUPLICATE_FOLD))
    alphabet = [*"ab कि AB\t\n\r\v\f\u00a0\u2003\u3000\u2028\x1c\x1d\x1e\x1f\x85ßİ", *folded]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert _duplicate_key(text) == _duplicate_key_by_rules(text), repr(text)
    assert _duplicate_key("  “ख़बर” – आज  ") == '"ख़बर" - आज'


def test_glue_points_equal_asking_every_word() -> None:
    """The glued-word points: the vocabulary test before the call and a memo of unknown words' cuts."""
    splitter = GlueSplitter(
        {"सरकार": (1, 1.0), "कहा": (1, 1.0), "योजना": (1, 1.0)},
        frozenset({"किया", "दिया"}),
        frozenset({"इसके", "उन्होंने"}),
    )
    texts = [
        "सरकार ने योजना शुरू कियाउन्होंने कहा कि सरकारइसके लिए तैयार है।",
        "कियाउन्होंने फिर कियाउन्होंने, दियाहमने और योजनाइसके",  # a recurring glued word: the memo's answer
        "abc 123 क ख",
        "",
    ]
    for text in texts:
        for start, end in [(0, len(text)), (3, max(3, len(text) - 2))]:
            assert splitter.points(text, start, end) == splitter._points_by_word(text, start, end)
    assert splitter.points(texts[0], 0, len(texts[0])) != []
    empty = GlueSplitter({}, frozenset({"किया"}), frozenset({"इसके"}))
    assert empty.points(texts[0], 0, len(texts[0])) == empty._points_by_word(texts[0], 0, len(texts[0])) == []


def test_own_script_shortcut_gives_the_plain_answer() -> None:
    """A sentence whose characters are all letters of the document's script or no letters is told so by
    one regex; ``_sentence_lang`` answers as if it had counted the scripts."""
    stage = SegmentStage(load_language_packs())
    sentences = [
        "प्रधानमंत्री ने आज संसद में कहा कि सरकार इस योजना को अगले साल तक पूरा कर लेगी।",
        "सरकार ने कहा कि The minister said that talks with the neighbours would go on this year.",
        "The minister said that talks with the neighbours would go on this year, officials added.",
        "१२३४५६७८९०, १२३४५६७८९० — १२३४५६७८९०, १२३४५६७८९० … १२३४५६७८९० ।",
        "सरकार ने कहा कि 中文中文中文中文中文中文中文中文中文中文中文中文",
    ]
    for doc_lang, doc_script in [("hi", "DEVANAGARI"), ("en", "LATIN"), (None, None)]:
        for _ in range(2):  # the second round finds the characters learnt in the first
            for sentence in sentences:
                script, _ = dominant_script(sentence)
                own = stage._own_scripts.get(doc_script)
                if own is not None and own.holds(sentence):
                    assert script in (doc_script, None), sentence
                got = stage._sentence_lang(sentence, doc_lang, doc_script)
                fresh = SegmentStage(load_language_packs())._sentence_lang(sentence, doc_lang, doc_script)
                assert got == fresh, sentence
    assert stage._own_scripts["DEVANAGARI"].holds(sentences[0])
    assert not stage._own_scripts["DEVANAGARI"].holds(sentences[1])
