"""Session 10's cuts of the Hindi first-seen cost (issue 13) change no result: each faster form is held to
the computation it replaces (the folded Latin keys, the ASCII filter, the linker's per-word respelling
memo, the stop-word and suffix tests)."""

from __future__ import annotations

import random

import pytest

from khabar.kb import KnowledgeBase
from khabar.model import EntityMention
from khabar.stages.link.linker import Linker
from khabar.stages.mentions.pattern import _has_suffix
from khabar.stages.mentions.titles import TitleLexicon
from khabar.text.respell import NameSpeller
from khabar.text.translit import _ascii_only, _fold, _fold_by_rules, latin_keys


@pytest.mark.parametrize(
    "text",
    [
        "",
        "shri narendra modi",
        "chhachha phuphi",  # ch runs and ph
        "cch ccch chc",  # c before and after a protected ch
        "xerox quizz wyzzy",  # the one-letter rules and doubled letters they make ("ks" + "s")
        "al-qaida  sheikh-- zayed",  # hyphens, doubled spaces
        "Modi ÄÖ 2024 ‐ ji.",  # capitals and other characters the first pass removes
    ],
)
def test_fold_equals_the_rule_list(text: str) -> None:
    assert _fold(text) == _fold_by_rules(text)


def test_fold_equals_the_rule_list_on_random_strings() -> None:
    rng = random.Random(13)
    alphabet = "abcdefghijklmnopqrstuvwxyz    -chphxqwyz.1\x00É"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert _fold(text) == _fold_by_rules(text), text


def test_ascii_only_drops_exactly_the_non_ascii_characters() -> None:
    for text in ["", "plain text", "naïve café", "रा म", "e\u0301 ok", "\ud800 lone surrogate"]:
        assert _ascii_only(text) == "".join(ch for ch in text if ch.isascii())


def test_latin_keys_of_devanagari_names_are_unchanged_in_form() -> None:
    # the keys the KB search compares: folded, both readings of an acronym-like word
    assert latin_keys("नरेंद्र मोदी") == ["narendra modi"]
    assert "sisi" in latin_keys("सीसी")


def test_the_respelling_memo_answers_like_respelling() -> None:
    kb = KnowledgeBase.build([])
    kb.speller = NameSpeller.from_counts([("Arvind", 40), ("Ishwar", 9), ("Bijlee", 8), ("Kapoor", 30)])
    memoised = Linker(kb, common_words=["अरविंद", "ईश्वर", "कपूर"])
    plain = Linker(kb, common_words=["अरविंद", "ईश्वर", "कपूर"])
    words = [("अरविंद", "Arwind"), ("ईश्वर", "Ishwar"), ("बिजली", "Bijli"), ("कपूर", "Kapur"), ("राम", "Ram")]
    for _ in range(2):  # the second round is answered from the memo
        for word, latin in words:
            for english_names in (True, False):
                expected = plain._respell_word(word, latin, english_names)
                assert memoised._respell(word, latin, english_names) == expected
    assert len(memoised._respelt) == 2 * len(words)


def test_stop_word_endings_and_suffixes_test_every_ending() -> None:
    lexicon = TitleLexicon("hi", stop=frozenset({"और"}), not_endings=("ता", "कर"))
    assert lexicon.is_stop("और") and lexicon.is_stop("करता") and lexicon.is_stop("जाकर")
    assert not lexicon.is_stop("राम")
    assert not TitleLexicon("hi").is_stop("राम")  # no endings at all
    # a suffix counts with two or more letters before it, whichever of the listed suffixes it is
    assert _has_suffix("चिंताजनक", ("जनक", "कारी"))
    assert not _has_suffix("जनक", ("जनक",))
    assert _has_suffix("क्रांतिकारी", ("जनक", "कारी"))
    assert not _has_suffix("राम", ("जनक", "कारी"))
    assert not _has_suffix("राम", ())


def test_the_seat_screen_passes_every_text_a_seat_cue_matches() -> None:
    from khabar.langpacks import load_language_packs
    from khabar.stages.mentions.seats import load_seat_cues, seat_mentions

    checked = 0
    for pack in load_language_packs():
        table = pack.section("mentions").get("seats")
        cues = load_seat_cues(pack.section("mentions"), "pack")
        if cues is None or not table:
            continue
        assert cues.screen is not None
        patterns = [p for p in (cues.after, cues.after_plural, cues.before) if p is not None]
        # each cue word's own example (the pack's tables), and each cue word alone after a place
        for kind in ("after", "after_housed", "after_plural", "before"):
            for word, example in table.get(kind, {}).items():
                for text in (str(example), f"Rampur {word}", f"रामपुर {word}"):
                    if any(p.search(text) for p in patterns):
                        checked += 1
                        assert cues.screen.search(text) is not None, text
        # a text with no cue word: no seat, and the mentions come back as they were
        text = "रामपुर में मौसम आज साफ़ रहेगा।"
        mentions = [EntityMention(start=0, end=6, text="रामपुर", type="GPE")]
        assert seat_mentions(cues, KnowledgeBase.build([]), text, mentions, [(0, len(text))]) is mentions
    assert checked >= 10
