"""Session 12's cuts of the Hindi events stage (issue 13) change no result: each faster form is held to the
computation it replaces."""

from __future__ import annotations

import random
from itertools import pairwise
from typing import TYPE_CHECKING

import pytest

from khabar.stages.events.hindi_clauses import split_glued
from khabar.stages.events.pattern import _QUOTES, _key, tokenize, tokenize_within, word_positions

if TYPE_CHECKING:
    from khabar.stages.events.pattern import HindiEventFinder

# Devanagari letters and signs, Latin, digits, hyphens, stops, quotes, joiners inside words, spaces
_ALPHABET = [
    *"कखगािीुँंःक़ड़",
    *"abcXYZ019२",
    "-",
    ".",
    "।",
    ",",
    "'",
    "“",
    "”",
    "\u200c",
    "\u200d",
    "\u00ad",
    " ",
    "\n",
]

# sentences written for these tests (not taken from the corpora)
_SENTENCES = [
    "गृह मंत्री ने कहा कि सरकार किसानों से बातचीत करेगी।",
    "विपक्ष के नेता ने सरकार की नीतियों की कड़ी आलोचना की।",
    "दोनों देशों के विदेश मंत्रियों ने दिल्ली में मुलाक़ात की और व्यापार पर समझौते पर हस्ताक्षर किए।",
    "पुलिस ने बताया कि हमलावरों ने गांव पर हमला किया.दो लोग घायल हुए।",
    "मुख्यमंत्री का कहना है कि राज्य में 'शांति' बनी रहेगी।",
    "सांसद ने साधा निशाना, कहा- सरकार विफल रही।",
    "उन्‍होंने अदालत के फ़ैसले का स्वागत किया।",
    "",
    "डॉ. शर्मा ने कहा, “हम तैयार हैं।”",
]


def test_tokenize_within_equals_tokenizing_the_slice() -> None:
    rng = random.Random(12)
    for _ in range(3_000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert tokenize_within(text, start, end) == tokenize(text[start:end], start), (text, start, end)
    for sentence in _SENTENCES:
        text = "शीर्षक। " + sentence + " अंत"
        start = len("शीर्षक। ")
        assert tokenize_within(text, start, start + len(sentence)) == tokenize(sentence, start)


def test_word_positions_equal_enumerating() -> None:
    rng = random.Random(13)
    for _ in range(2_000):
        words = [rng.choice("abcde") for _ in range(rng.randint(0, 12))]
        word = rng.choice("abcdef")
        assert word_positions(words, word) == [i for i, w in enumerate(words) if w == word]


def test_form_ranks_equal_looking_up_every_word_and_pair(hi_finder: HindiEventFinder) -> None:
    """The forms tried in a sentence, found by set intersections, equal the word-by-word look-up."""
    finder = hi_finder

    def plain(words: list[str]) -> list[int]:
        ranks = [r for word in dict.fromkeys(words) for r in finder._ranks_by_first.get(word, ())]
        for pair in set(pairwise(words)):
            ranks.extend(finder._ranks_by_pair.get(pair, ()))
        return sorted(ranks)

    tried = 0
    for sentence in _SENTENCES:
        words = [_key(t.text) for t in tokenize(sentence)]
        assert finder._form_ranks(words) == plain(words), sentence
        tried += len(plain(words))
    assert tried > 5  # the sentences hold trigger forms


def test_inverted_triggers_tried_only_at_their_nouns(hi_finder: HindiEventFinder) -> None:
    """Trying the headline reading only where a noun that may end it stands finds what trying every
    word does (the reading needs such a noun at the word tried)."""
    finder = hi_finder
    for sentence in _SENTENCES:
        words = [_key(t.text) for t in tokenize(sentence)]
        assert all(
            words[i] in finder._inverted_nouns
            for m in finder._inverted_triggers(words, set())
            for i in [m.last]
        )
    words = [_key(t.text) for t in tokenize("सांसद ने सरकार पर साधा निशाना, कहा- …")]
    assert finder._inverted_triggers(words, set())  # the headline order is still read


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_run_screens_skip_only_scans_that_find_nothing(hi_finder: HindiEventFinder, sentence: str) -> None:
    """A run whose word set holds none of a scan's words gets the answer the scan gives it."""
    from khabar.stages.events.common import MentionIndex

    finder = hi_finder
    mentions = MentionIndex([])
    for run in split_glued(tokenize(sentence), finder.abbreviations):
        present = {t.text for t in run}
        if finder.lex.say_verbs.isdisjoint(present):
            assert finder._reported(run, mentions) == ([], None)
        if finder.opinion_nouns.isdisjoint(present) and finder.opinion_verbs.isdisjoint(present):
            assert finder._opinion(run, mentions) is None
        if finder.agent_markers.isdisjoint(present):
            assert finder._person_agent(run, mentions) is None
        if _QUOTES.isdisjoint(present):
            assert not [t for t in run if t.text in _QUOTES]
        if not finder._triggers(run):
            assert finder._find(run, 0, mentions, [], None) == []


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_a_sentence_without_a_full_stop_is_one_run(hi_finder: HindiEventFinder, sentence: str) -> None:
    if "." in sentence:
        assert len(split_glued(tokenize(sentence), hi_finder.abbreviations)) >= 1
        return
    tokens = tokenize(sentence)
    assert split_glued(tokens, hi_finder.abbreviations) == ([tokens] if tokens else [])


def test_since_screen_finds_every_since_word() -> None:
    """The events stage's per-article screen of "since" words (no look-arounds) finds something in
    every text where the full pattern does."""
    from khabar.langpacks import load_language_packs
    from khabar.stages.events.stage import EventStage

    stage = EventStage(load_language_packs())
    assert stage.since_screens.keys() == stage.since.keys()
    for lang, pattern in stage.since.items():
        screen = stage.since_screens[lang]
        for text in ("", "वर्ष 2019 के बाद से वह यहां हैं।", "He has led since 2019.", "बादसे", "sincere"):
            if pattern.search(text):
                assert screen.search(text), (lang, text)


def test_usable_sentences_equal_asking_each_sentence(packs) -> None:  # type: ignore[no-untyped-def]
    """Skipped lines ("read also" lines) decided once per line equal deciding it per sentence."""
    from khabar.model import Document
    from khabar.stages.quotes.candidates import _Lines, _usable_sentences
    from khabar.stages.quotes.rules import _norm_words, load_quote_rules
    from khabar.stages.segment import SegmentStage

    rules = load_quote_rules(packs)["hi"]
    prefix = rules.skip_line_prefixes[0] if rules.skip_line_prefixes else "ये भी पढ़ें"
    clean = f"मंत्री ने कहा कि वे आएंगे। वे कल आएंगे।\n{prefix} - कोई और ख़बर। दूसरी बात।\nअंतिम वाक्य यहां है।"
    doc = SegmentStage(packs)(Document(id="t", raw=clean, clean=clean, lang="hi"))
    lines = _Lines(clean)
    plain = [
        i
        for i, s in enumerate(doc.sentences or [])
        if s.kind != "caption"
        and not any(
            _norm_words(clean[lines.start(s.start) : lines.start(s.start) + 40]).startswith(p)
            for p in rules.skip_line_prefixes
        )
    ]
    assert _usable_sentences(doc, rules, lines) == plain
