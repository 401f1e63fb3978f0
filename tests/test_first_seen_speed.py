"""The speed-ups of the Hindi first pass (issue 13) must not change any result: each fast path is
checked against the plain computation it replaces, on random text over the characters that matter."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

from khabar.stages.segment import _script, dominant_script
from khabar.text import normalize
from khabar.text.memo import TextMemo
from khabar.text.normalize import match_key, normalize_with_map

# nasals, virama, stops, other Devanagari letters and signs, an anusvara, Latin, spaces, a nukta form
_ALPHABET = [*"ङञणनम्कगचजटडतदपबयरलवसहािीुंँ़क़aBcé ’- \u200d", "  "]


def _random_text(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(length))


def test_nasal_rule_equals_the_plain_loop() -> None:
    rng = random.Random(13)
    for _ in range(3000):
        chars = list(_random_text(rng, rng.randint(0, 14)).replace("  ", " "))
        origin = list(range(len(chars)))
        fast = normalize._nasal_to_anusvara(list(chars), list(origin))
        plain = normalize._nasal_to_anusvara_reference(list(chars), list(origin))
        assert fast == plain, "".join(chars)


def test_nasal_rule_examples() -> None:
    # हिन्दी → हिंदी; a nasal after a virama (or at the start) stays; two in a row both fold
    assert match_key("हिन्दी") == match_key("हिंदी") == "हिंदी"
    assert normalize._nasal_to_anusvara(list("न्क"), [0, 1, 2])[0] == list("न्क")
    assert "".join(normalize._nasal_to_anusvara(list("सन्न्क"), list(range(6)))[0]) == "संंक"


def test_normalisation_and_memoised_key_agree_on_random_text() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        text = _random_text(rng, rng.randint(0, 20))
        norm, mapping = normalize_with_map(text)
        assert len(mapping) == len(norm) + 1 and mapping[-1] == len(text)
        assert match_key(text) == norm.strip()
        assert match_key(text) == normalize._match_key(text)  # memo hit, same answer


def test_dominant_script_counts_like_a_per_character_scan() -> None:
    rng = random.Random(3)
    for _ in range(500):
        text = _random_text(rng, rng.randint(0, 30))
        counts = Counter(s for s in map(_script, text) if s)
        top = counts.most_common(1)
        expected = (top[0][0], top[0][1] / sum(counts.values())) if counts else (None, 0.0)
        assert dominant_script(text) == expected


def test_memo_computes_once_per_text_and_stays_bounded() -> None:
    calls: list[str] = []

    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    memo = TextMemo(upper, size=2)
    assert [memo("a"), memo("a"), memo("b")] == ["A", "A", "B"]
    assert calls == ["a", "b"]
    memo("c")  # full: cleared, then "c" kept
    assert len(memo) == 1 and memo("c") == "C" and calls == ["a", "b", "c"]


def _plain_acronym(letter_names: dict[str, str], word: str) -> str | None:
    """Transliterator.acronym as a scan of every letter name at every position."""
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        current = best[i]
        if current is None:
            continue
        for name, letter in letter_names.items():
            if word.startswith(name, i):
                candidate = [*current, letter]
                j = i + len(name)
                old = best[j]
                if old is None or len(candidate) < len(old):
                    best[j] = candidate
    letters = best[n]
    return "".join(letters) if letters is not None and len(letters) >= 2 else None


def test_acronym_reading_equals_a_scan_of_every_letter_name() -> None:
    from khabar.text.translit import _premap, default_transliterator

    tr = default_transliterator()
    names = list(tr.letter_names)
    assert tr.acronym("सीबीआई") == "cbi"
    rng = random.Random(5)
    for _ in range(1500):
        word = "".join(rng.choice(names) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.3:
            word += rng.choice("कमा")
        assert tr.acronym(word) == _plain_acronym(tr.letter_names, _premap(word)), word


def test_latin_keys_memo_returns_fresh_equal_lists() -> None:
    from khabar.text.translit import default_transliterator, latin_keys

    tr = default_transliterator()
    first = latin_keys("सीसी", tr)
    first.append("changed by the caller")
    assert latin_keys("सीसी", tr) == [*first[:-1]] == ["k", "sisi"]  # acronym "CC" folded, and phonetic


# --- session 4: fast paths of the first pass, each held to the computation it replaces ----------------


def test_translate_normalisation_equals_the_per_character_loop() -> None:
    # dropped characters (a decomposed nukta, ZWJ), expansions (ß), space runs and nasal clusters
    rng = random.Random(11)
    alphabet = [*_ALPHABET, "\u093c", "ß", "\n", "\u200b", "ﬁ"]
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        for deva, latin in ((True, True), (True, False), (False, True)):
            assert normalize._normalize(text, deva, latin) == normalize._normalize_by_char(text, deva, latin)


def test_translate_normalisation_maps_dropped_characters_back() -> None:
    text = "इज\u093cराइल के\u200d नेता"  # a decomposed nukta and a ZWJ are dropped
    norm, mapping = normalize_with_map(text)
    assert norm == "इजराइल के नेता"
    assert [text[i] for i in mapping[:-1]] == list(norm) and mapping[-1] == len(text)


def test_date_screen_never_hides_a_date() -> None:
    from dataclasses import replace

    from khabar.langpacks import load_language_packs
    from khabar.stages.dates.stage import DateRules

    for pack in load_language_packs():
        rules = DateRules.from_pack(pack)
        if rules is None:
            continue
        screen, unscreened = rules.screen
        assert screen is not None
        # the numeric a/b/year pattern (a backreference), and the ones the screen's first-character
        # class cannot lead (case-insensitive groups): those run on every text
        assert all("\\2" in p.regex.pattern or "(?i:" in p.regex.pattern for _, p in unscreened)
        unscreened_rules = replace(rules)
        object.__setattr__(unscreened_rules, "screen", (None, ()))  # every pattern on every text
        texts = [p.example for p in rules.patterns if p.example] + [
            "कोई तारीख नहीं, बस एक वाक्य.",
            "No date here at all.",
            "12.11.2024 को बैठक हुई और 2024-11-12 को भी",
            "सोमवार को, दो हफ्ते पहले 5 मई 2023 को",
        ]
        assert any(screen.search(t) is None for t in texts)  # the screen does skip date-free text
        for text in texts:
            assert rules.find(text) == unscreened_rules.find(text), text


def test_kb_reach_and_search_equal_the_plain_scoring() -> None:
    from khabar.kb import KnowledgeBase
    from khabar.kb.base import _sound_key, blend_score
    from khabar.text.translit import latin_keys

    kb = KnowledgeBase.load()
    index = kb._fuzzy or kb._build_fuzzy()
    queries = ["बारे", "हैमबर्ग", "शोइगु", "वांग यी", "नरेंद्र मोदी", "Sergey Shoygu", "Rahul", "दिल्ली", "xyzzy"]
    for query in queries:
        for folded in latin_keys(query, kb.transliterator):
            for min_score in (60.0, 80.0, 95.0):
                plain = any(
                    blend_score(folded, index.keys[row]) >= min_score
                    for row, _ in index.top(folded, 5, min_score * 0.8)
                )
                assert index.may_reach(folded, min_score) == plain, (query, min_score)
        for limit in (1, 2, 10):
            scores: dict[str, float] = {a.id: 100.0 for a in kb.lookup(query)}
            for folded in latin_keys(query, kb.transliterator):
                sound = _sound_key(folded)
                for row, _ in index.top(folded, max(limit * 5, 25), 60.0 * 0.8):
                    score = min(99.0, blend_score(folded, index.keys[row], sound, index.sounds[row]))
                    for actor_id in index.ids[row] if score >= 60.0 else ():
                        scores[actor_id] = max(score, scores.get(actor_id, 0.0))
            rank = {actor_id: i for i, actor_id in enumerate(kb.actors)}
            plain_hits = sorted(scores.items(), key=lambda item: (-item[1], rank[item[0]]))[:limit]
            assert kb._search(query, limit, 60.0) == [(a, round(s, 1)) for a, s in plain_hits], query


def test_name_similarity_equals_the_plain_formula() -> None:
    """The search's name similarity (query words split once, each word's best ratio by rapidfuzz's
    ``extractOne``) gives the same float as the formula written out with ``max`` and ``sum``."""
    from rapidfuzz import fuzz

    from khabar.kb.base import name_similarity

    def coverage(words: list[str], others: list[str]) -> float:
        total = sum(len(w) for w in words)
        if not total or not others:
            return 0.0
        return sum(len(w) * max(fuzz.ratio(w, o) for o in others) for w in words) / total

    def plain(query: str, alias: str) -> float:
        query_words, alias_words = query.split(), alias.split()
        best = max(fuzz.ratio(query, alias), fuzz.token_sort_ratio(query, alias))
        if len(alias_words) > len(query_words):
            best = max(best, 0.95 * coverage(query_words, alias_words))
        elif len(query_words) > len(alias_words):
            best = max(best, 0.8 * coverage(alias_words, query_words))
        return best

    rng = random.Random(5)
    syllables = ["ra", "hul", "gan", "dhi", "xi", "jin", "ping", "mo", "di", "q", "", "aa", "shoy", "gu"]

    def name() -> str:
        def word() -> str:
            return "".join(rng.choice(syllables) for _ in range(rng.randint(1, 3)))

        return " ".join(word() for _ in range(rng.randint(1, 4)))

    pairs = [(name(), name()) for _ in range(3000)] + [("xi jinping", "jinping"), ("a", "b c"), ("", "x y")]
    for query, alias in pairs:
        assert name_similarity(query, alias) == plain(query, alias), (query, alias)


def test_alias_scan_ends_equal_the_list_of_word_bounds() -> None:
    """The alias scan reads the positions a match may end at from the word runs, lazily; they are
    the positions after the run's start that cut no word, as a full list of them would give."""
    import re

    from khabar.kb.base import _ends_from

    rng = random.Random(11)
    for _ in range(2000):
        mask = "".join(rng.choice("0111") for _ in range(rng.randint(0, 25)))
        n = len(mask)
        runs = [m.span() for m in re.finditer("1+", mask)]
        bounds = [p for p in range(1, n + 1) if p == n or not (mask[p - 1] == "1" and mask[p] == "1")]
        for r, (start, _end) in enumerate(runs):
            assert list(_ends_from(runs, r, n)) == [p for p in bounds if p > start], (mask, r)


def test_respelling_with_the_built_soft_forms_equals_computing_them() -> None:
    from khabar.text.respell import NameSpeller, soft_form

    counts = [("Snowden", 40), ("Waseem", 30), ("Michael", 50), ("Mikhail", 3), ("Paul", 500), ("Pol", 20)]
    speller = NameSpeller.from_counts([*counts, ("Zed", 1)])
    assert speller.soft["michael"] == (soft_form("michael"), soft_form("mikael"))
    assert speller.soft["snowden"] == (soft_form("snowden"),)  # no "ch": one form
    assert "zed" not in speller.soft  # seen once: never a candidate, nothing to keep
    bare = NameSpeller(index=speller.index, known=speller.known)  # no table: computed per call
    for word in ["Snoden", "Vasim", "Maikal", "Pol", "Mikhail", "Qwxyz"]:
        assert speller.candidates(word) == bare.candidates(word)
        assert speller.respell(word) == bare.respell(word)


def test_two_word_group_nouns_found_through_their_first_words() -> None:
    from khabar.resources import Resources
    from khabar.stages.mentions.finder import Token
    from khabar.stages.mentions.pattern import HindiMentionFinder

    finder = HindiMentionFinder(Resources.load())
    two_word = [key for key in finder.groups.forms if " " in key]
    assert two_word, "the pack lists two-word group nouns (वायु सेना)"
    for key in two_word:
        first, second = key.split(" ", 1)
        text = f"{first} {second}"
        toks = [Token(0, len(first), first), Token(len(first) + 1, len(text), second)]
        assert finder._group_at(text, toks, 0) == (finder.groups.forms[key], 2)


def test_reach_table_answers_may_score_like_the_search_index() -> None:
    from khabar.kb import KnowledgeBase
    from khabar.text.translit import latin_keys

    kb = KnowledgeBase.load()
    index = kb._fuzzy or kb._build_fuzzy()
    table = kb._reach_table
    assert len(table) > 10_000, "the KB carries may_score's answers for the Hindi vocabulary"
    # vocabulary words (some near a KB name: बर्लिन, दिल्ली) and words of no vocabulary
    words = [w for w in ("बर्लिन", "दिल्ली", "सरकार", "बारे", "लोगों", "हैमबर्ग", "मुंबई") if w in table]
    words += random.Random(7).sample(sorted(table), 150)
    extra = kb.reach_table(["हैमबर्गर्स", "xyzzy", "Hamburg"])  # computed the same way for any word
    for word, pairs in [*((w, table[w]) for w in words), *extra.items()]:
        for min_score in (0.0, 50.0, 60.0, 80.0, 90.0, 95.0, 99.0):
            plain = any(index.may_reach(folded, min_score) for folded in latin_keys(word, kb.transliterator))
            assert index.reached(pairs, min_score) == plain, (word, min_score)
    reached = [w for w in words if index.reached(table[w], 95.0)]
    assert len(reached) < len(words)  # both answers occur among the sampled words
    for word in words[:40]:
        kb._reach_memo.clear()
        with_table = kb.may_score(word, 95.0)
        kb._reach_memo.clear()
        saved, kb._reach_table = kb._reach_table, {}
        try:
            assert kb.may_score(word, 95.0) == with_table, word
        finally:
            kb._reach_table = saved


def test_unknown_name_memo_equals_the_run_and_follows_the_sentence() -> None:
    from khabar.resources import Resources
    from khabar.stages.mentions.finder import Token
    from khabar.stages.mentions.pattern import HindiMentionFinder

    finder = HindiMentionFinder(Resources.load())

    def tokens(text: str) -> list[Token]:
        out, start = [], 0
        for word in text.split(" "):
            out.append(Token(start, start + len(word), word))
            start += len(word) + 1
        return out

    for text in ("सादिक जिबकलम ने कहा कि", "राम जेठमलानी से मिले", "वी के बिरदी और सुनील कटलाम को"):
        toks = tokens(text)
        starts: dict = {}
        for i in range(len(toks)):
            for limit in (1, 3):
                run = finder._unknown_name_run(text, toks, i, starts, limit)
                assert finder._unknown_name(text, toks, i, starts, limit) == run
                assert finder._unknown_name(text, toks, i, starts, limit) == run  # from the memo
    # a new token list (the next sentence) is not answered from the last one's memo
    first, second = "सादिक जिबकलम ने", "और फिर वह"
    assert finder._unknown_name(first, tokens(first), 0, {}, 3) == 2
    assert finder._unknown_name(second, tokens(second), 0, {}, 3) == 0


# --- session 5: fewer romanisations and per-word checks, each held to what it replaces ----------------


def test_romanisation_table_answers_like_romanising() -> None:
    from khabar.kb import KnowledgeBase
    from khabar.text.respell import NameSpeller

    kb = KnowledgeBase.load()
    transliterator, speller, table = kb._romanised
    assert transliterator is kb.transliterator and speller is kb.speller
    assert len(table) > 20_000, "the KB carries the romanisation of the Hindi vocabulary"
    words = [w for w in ("सुनील", "राम", "आसमान", "सरकार", "मोदी") if w in table]
    words += random.Random(5).sample(sorted(table), 300)
    for word in words:
        assert table[word] == kb._romanise(word) == kb.romanise_word(word), word
    assert kb.romanise_word("जेठमलानी") == kb._romanise("जेठमलानी")  # no vocabulary word: computed
    # another speller in the KB (as a test may set): the table made with the old one is not used
    saved = kb.speller
    kb.speller = NameSpeller.from_counts([("Aasmaan", 50)])
    try:
        assert kb.romanise_word("आसमान") == kb._romanise("आसमान") == "Aasmaan"
    finally:
        kb.speller = saved


def test_word_readings_and_memos_equal_the_plain_computation() -> None:
    from khabar.text import translit
    from khabar.text.translit import Transliterator, default_transliterator

    tr = default_transliterator()
    names = list(tr.letter_names)
    rng = random.Random(17)
    words = ["सीबीआई", "सीसी", "राहुल", "कॉलेज", "ऑफ़", "ॲ", "वीके", "ए"]
    words += [
        "".join(rng.choice([*names, "क", "म", "ा", "ॉ", "ॅ", "ँ"]) for _ in range(rng.randint(1, 4)))
        for _ in range(400)
    ]
    fresh = Transliterator(tr.letter_names, tr.romanisation_variants, tr.english_spelling)
    for word in words:
        # ``_premap`` by str.translate is the per-character mapping
        plain_premap = "".join(
            translit._CANDRA.get(ch, ch) for ch in translit.unicodedata.normalize("NFC", word)
        )
        assert translit._premap(word) == plain_premap, word
        assert tr.acronym(word) == tr._acronym(word) == tr.acronym(word), word  # memo hit, same answer
        for acronyms in (True, False):  # either reading asked first
            assert tr.word_to_latin(word, acronyms) == tr._word_to_latin(word, acronyms), word
            assert fresh.word_to_latin(word, not acronyms) == tr._word_to_latin(word, not acronyms), word


def _dev_hindi_documents() -> list:
    from khabar.model import Document
    from khabar.readers import ReadOptions, iter_documents

    root = Path(__file__).resolve().parents[1] / "corpus"
    paths = sorted((root / "dev" / "articles").glob("hi_*.txt")) + sorted(
        (root / "dev2" / "articles").glob("hi*.txt")
    )
    return [d for d in iter_documents([str(p) for p in paths], ReadOptions()) if isinstance(d, Document)]


def _finder_module_as_python() -> ModuleType:
    """``khabar.stages.mentions.pattern`` run from its ``.py`` source under another name, so the tests
    below can replace a finder's memos and methods even when the installed module is a compiled native
    class (scripts/build_compiled.sh), which refuses that. The finder under test stays the installed one."""
    if _PYTHON_COPY in sys.modules:
        return sys.modules[_PYTHON_COPY]
    from khabar.stages.mentions import pattern

    # (a compiled module's file is pattern.cpython-311-*.so: its source is the pattern.py beside it)
    spec = importlib.util.spec_from_file_location(_PYTHON_COPY, Path(pattern.__file__).parent / "pattern.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[_PYTHON_COPY] = module  # (dataclasses look their module up while it runs)
    spec.loader.exec_module(module)
    return module


_PYTHON_COPY = "khabar.stages.mentions._pattern_as_python"


def test_python_copy_of_the_finder_is_python() -> None:
    from khabar.stages.mentions import pattern

    copy = _finder_module_as_python()
    assert str(copy.__file__).endswith(".py") and copy is not pattern
    plain = copy.HindiMentionFinder.__new__(copy.HindiMentionFinder)
    plain._may_begin_name = lambda _word: True  # a Python instance takes any attribute


def test_person_finder_screens_change_no_mention() -> None:
    """The mentions loop's per-word screen (``_may_begin_name``), ``_initials_name``'s letter-name test
    before ``_in_name``, ``_recurring_pair``'s order of tests and the pair counts kept only for
    unknown first words: the finder's mentions equal those of the plain order on the dev articles."""
    from collections import Counter
    from itertools import pairwise

    from khabar.api import build_pipeline
    from khabar.resources import Resources
    from khabar.stages.mentions.finder import iter_sentences
    from khabar.stages.mentions.pattern import HindiMentionFinder

    python = _finder_module_as_python()
    _DEVA_NAME_RE, _PAIR_MIN = python._DEVA_NAME_RE, python._PAIR_MIN

    resources = Resources.load()
    docs = []
    pipeline = build_pipeline(resources)
    for doc in _dev_hindi_documents():
        for stage in pipeline.stages:
            if stage.name == "mentions":
                break
            doc = stage(doc)
        docs.append(doc)
    assert len(docs) >= 40
    fast = HindiMentionFinder(resources)  # the installed finder (compiled when built)
    plain = python.HindiMentionFinder(resources)  # its source run as Python: its methods can be replaced
    plain._may_begin_name = lambda _word: True

    def plain_initials(text, toks, i, alias_starts, after_title=False):  # type: ignore[no-untyped-def]
        if i > 0 and not after_title and i < len(toks) and plain._in_name(text, toks, i, alias_starts):
            return i  # the old order: _in_name before the letter-name test
        return type(plain)._initials_name(plain, text, toks, i, alias_starts, after_title)

    def plain_pair(text, toks, i, alias_starts):  # type: ignore[no-untyped-def]
        if i + 1 >= len(toks) or text[toks[i].end : toks[i + 1].start] != " " or i + 1 in alias_starts:
            return i
        first, second = toks[i], toks[i + 1]
        if i > 0 and plain._in_name(text, toks, i, alias_starts):
            return i
        key = plain._key(first.text)
        if (
            key in plain._known_words
            or not plain._name_word_form(first.text)
            or not plain._is_given(first.text)
        ):
            return i
        if not _DEVA_NAME_RE.match(second.text) or plain._is_stop(second.text) or plain._title(second.text):
            return i
        if all_pairs.get((key, plain._key(second.text)), 0) < _PAIR_MIN:
            return i
        if plain._word_follows(text, toks, i + 2) and plain._name_word_form(toks[i + 2].text):
            return i
        return i + 2

    plain._initials_name = plain_initials
    plain._recurring_pair = plain_pair
    finders: Counter[str] = Counter()
    for doc in docs:
        all_pairs = Counter(
            (plain._key(a.text), plain._key(b.text))
            for _, _, text in iter_sentences(doc)
            for a, b in pairwise(plain._tokens(text))
            if text[a.end : b.start] == " "
        )
        found = fast.find(doc)
        assert found == plain.find(doc), doc.id
        finders.update(m.finder for m in found)
    # the screened finders do find names in these articles
    assert all(finders[name] for name in ("initials", "name_cue", "given_name")), finders


def test_stepping_over_plain_words_changes_no_mention() -> None:
    """The mentions loop steps over a word its steps would all pass by (``_plain_word``) after one
    lookup: the finder's mentions equal those of the loop that tries every step at every word."""
    from khabar.api import build_pipeline
    from khabar.resources import Resources
    from khabar.stages.mentions.pattern import HindiMentionFinder

    resources = Resources.load()
    pipeline = build_pipeline(resources)
    fast = HindiMentionFinder(resources)  # the installed finder (compiled when built)
    plain = _finder_module_as_python().HindiMentionFinder(resources)  # its memo can be replaced
    plain._is_plain = lambda _word: False
    for doc in _dev_hindi_documents():
        for stage in pipeline.stages:
            if stage.name == "mentions":
                break
            doc = stage(doc)
        assert fast.find(doc) == plain.find(doc), doc.id
    assert sum(fast._is_plain.values()) > 300  # word forms stepped over


def test_splitter_regex_scan_equals_the_per_character_scan() -> None:
    from khabar.langpacks import load_language_packs
    from khabar.stages.segment import CLOSERS, SegmentationRules, Splitter, _cut_at, _tidy

    class PlainSplitter(Splitter):
        def split_line(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
            spans: list[tuple[int, int]] = []
            sentence_start = position = start
            while position < end:  # a test per character, as before
                if text[position] not in self.terminators:
                    position += 1
                    continue
                run_end = position
                while run_end < end and text[run_end] in self.terminators:
                    run_end += 1
                close_end = run_end
                while close_end < end and text[close_end] in CLOSERS:
                    close_end += 1
                if self._is_boundary(text, start, end, sentence_start, position, run_end, close_end):
                    spans.append((sentence_start, close_end))
                    sentence_start = close_end
                position = close_end
            spans.append((sentence_start, end))
            if self.glue is not None:
                spans = _cut_at(spans, self.glue.points(text, start, end))
            return _tidy(text, spans)

    rules = SegmentationRules.from_packs(load_language_packs())
    pieces = ["राम ने कहा", "।", "?", "!", ".", "|", "..", " ", '"', "”", ")", "Mr", "Dr.", "5.5", "नई दिल्ली"]
    rng = random.Random(23)
    for lang in ("hi", "en", None):
        fast, plain = Splitter(rules, lang), PlainSplitter(rules, lang)
        for _ in range(800):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
            start = rng.randint(0, min(3, len(text)))
            assert fast.split_line(text, start, len(text)) == plain.split_line(text, start, len(text)), text


def test_trigger_forms_tried_by_word_pairs_equal_trying_every_form(hi_finder) -> None:  # type: ignore[no-untyped-def]
    """The event finder tries a sentence's multi-word forms only where their first two words stand
    side by side: its triggers equal those of trying every form at every word, in rank order."""
    from khabar.stages.events.pattern import _key, _Match, tokenize

    finder = hi_finder

    def plain(tokens):  # type: ignore[no-untyped-def]
        words = [_key(t.text) for t in tokens]
        found, taken = [], set()
        for form, entry in finder._forms:
            n = len(form)
            for i in range(len(words) - n + 1):
                if tuple(words[i : i + n]) != form or any(j in taken for j in range(i, i + n)):
                    continue
                last = i + n - 1
                if entry.verbs:
                    verb_at = finder._light_verb(words, last + 1, entry)
                    if verb_at is None:
                        continue
                    last = verb_at
                same_form = finder._entries_by_form[form]
                others = tuple(e for e in same_form if e is not entry and (not e.verbs or entry.verbs))
                found.append(_Match(entry, i, last, others))
                taken.update(range(i, i + n))
        return sorted(found, key=lambda m: m.first)

    multi = 0
    for doc in _dev_hindi_documents()[:30]:
        for sentence in re.split(r"(?<=[।.?!])\s+", doc.raw):
            tokens = tokenize(sentence)
            fast = finder._triggers(tokens)
            assert fast == plain(tokens), sentence
            multi += sum(m.last > m.first for m in fast)
    assert multi > 10  # multi-word forms and light verbs were found
