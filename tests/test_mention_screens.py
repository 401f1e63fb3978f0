"""Session 12's screens in the Hindi mention finder (issue 13) change no result: each screen only skips a
word where the computation it stands before finds nothing."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from khabar.kb.base import AliasMatch
from khabar.kb.variants import skeleton, word_options
from khabar.resources import Resources
from khabar.stages.mentions.pattern import HindiMentionFinder, _tokenize

# sentences written for these tests: names before cues, outlets, places before locatives and settlement
# nouns, titles, initials, misspelt names (vowel length), English words
_SENTENCES = [
    "कल शाम राजेश कुमार वर्मा ने कहा कि सरकार जल्द फैसला करेगी।",
    "विदेश मंत्री सुषमा स्वराज ने अमरीका के विदेश मंत्री से बात की।",
    "डेली टेलीग्राफ ने लिखा कि हैमबर्ग में बैठक हुई और लोग सिरसी गांव पहुंचे।",
    "मुख्यमंत्री नितिश कुमार पटना में बोले, कोलकता में भी रैली होगी।",
    "वी के सिंह और ए राजा के बयान पर कांग्रेस ने सवाल उठाए।",
    "पुलिस अधीक्षक मनोज तिवारी ने बताया कि कोपरा थाने में मामला दर्ज हुआ।",
    "अपोलो हॉस्पिटल ने कहा कि मरीज़ की हालत स्थिर है, जॉन वास कहते हैं।",
    "चीनी पक्ष ने भारत-चीन सीमा पर शांति की बात की; दोनों नेता मिले।",
    "संयुक्त राष्ट्र महासभा में पाकिस्तानी प्रधानमंत्री इमरान ख़ान ने भाषण दिया।",
    "श्री शोइगु ने मास्को में कहा कि रूस तैयार है।",
]


@pytest.fixture(scope="module")
def finder(resources: Resources) -> HindiMentionFinder:
    return HindiMentionFinder(resources)


def _shuffled_sentences(seed: int, count: int) -> Iterator[str]:
    """Word salads of the sentences' words: names, cues and postpositions in unusual orders."""
    words = " ".join(_SENTENCES).replace("।", " ").replace(",", " ").split()
    rng = random.Random(seed)
    for _ in range(count):
        yield " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))


def _alias_starts(finder: HindiMentionFinder, text: str) -> dict[int, tuple[int, AliasMatch]]:
    toks = _tokenize(text)
    start_tok = {t.start: k for k, t in enumerate(toks)}
    end_tok = {t.end: k for k, t in enumerate(toks)}
    starts: dict[int, tuple[int, AliasMatch]] = {}
    for match in finder.kb.find_alias_matches(text):
        if match.start in start_tok and match.end in end_tok:
            starts[start_tok[match.start]] = (end_tok[match.end] + 1, match)
    return starts


def test_every_spelling_variant_keeps_the_words_skeleton() -> None:
    rng = random.Random(15)
    letters = "कखगडढतनमरलसहािीुूेैोौंइईउऊअआ"
    for _ in range(3_000):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 9)))
        for spelling, _cost in word_options(word):
            assert skeleton(spelling) == skeleton(word), (word, spelling)


def test_begins_alias_screen_answers_like_every_spelling(finder: HindiMentionFinder) -> None:
    prefixes = finder.kb.prefixes
    for text in [*_SENTENCES, *_shuffled_sentences(16, 50)]:
        for tok in _tokenize(text):
            key = finder._key(tok.text)
            plain = any(spelling in prefixes for spelling, _ in word_options(key))
            assert finder._begins_alias[key] == plain, tok.text


def test_word_screens_skip_only_words_where_the_finders_find_nothing(finder: HindiMentionFinder) -> None:
    """``_sentence``'s screens (title first words, a locative or settlement noun next) and those of
    ``_cued_name`` and ``_outlet_name`` drop a word only where the step returns nothing."""
    key, lex = finder._key, finder.lexicon
    firsts = finder._cue_firsts
    assert firsts is not None
    for text in [*_SENTENCES, *_shuffled_sentences(17, 300)]:
        toks = _tokenize(text)
        starts = _alias_starts(finder, text)
        for i, tok in enumerate(toks):
            if key(tok.text) not in finder._title_first_words:
                assert finder._title_at(toks, i) is None
            after = key(toks[i + 1].text) if i + 1 < len(toks) else None
            if after not in lex.place_after and after not in finder._place_kinds:
                assert finder._place_before_locative(toks, i, starts, 0, 0) is None
                assert finder._place_before_kind(toks, i, starts, 0, 0) is None
            screened = finder._cued_name(text, toks, i, starts)
            finder._cue_firsts = None  # the unscreened computation
            try:
                assert finder._cued_name(text, toks, i, starts) == screened, (text, i)
            finally:
                finder._cue_firsts = firsts
            if not any(key(t.text) in finder._outlet_heads for t in toks[i + 1 : i + 3]):
                assert finder._outlet_name(text, toks, i, starts) == i


def test_groups_found_after_the_first_group_word(finder: HindiMentionFinder) -> None:
    """``_groups`` starts at the first word a group noun may begin at and skips a sentence with none."""
    text = "कल शाम दिल्ली में पाकिस्तानी आतंकवादियों के हमले के बाद किसानों ने प्रदर्शन किया।"
    groups = [(m.text, m.title) for m in finder._sentence(text, 0, 0) if m.finder == "group"]
    assert groups == [("पाकिस्तानी आतंकवादियों", "Pakistani Terrorists"), ("किसानों", "Indian Farmers")]
    none = "कल शाम उसने कहा कि वह आएगा।"
    assert finder._groups(none, _tokenize(none), 0, 0, {}, []) == []


def test_given_name_screen_skips_only_words_no_two_word_run_begins_at(finder: HindiMentionFinder) -> None:
    """``_given_name_run`` needs a run of two or more name words: where the next word can continue
    none (``_second_name_word``), the run it would look for is shorter."""
    limit = finder.lexicon.max_name_tokens
    for text in [*_SENTENCES, *_shuffled_sentences(19, 300)]:
        toks = _tokenize(text)
        starts = _alias_starts(finder, text)
        for i in range(len(toks)):
            if not finder._second_name_word(toks, i):
                assert finder._unknown_name(text, toks, i, starts, limit) - i < 2, (text, i)
