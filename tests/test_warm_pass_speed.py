"""The warm-pass speed-ups (issue 13, session 6) must not change any result: each fast path is held to
the plain computation it replaces, on the dev articles and on random text over the characters that
matter (the plain computations are the code as it was before, kept here)."""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from khabar.kb import KnowledgeBase
from khabar.kb.base import AliasMatch, _case_ok, _MatchEntry, _word_mask
from khabar.langpacks import load_language_packs
from khabar.model import Span
from khabar.stages.quotes import candidates
from khabar.stages.quotes.rules import QuoteRules, load_quote_rules
from khabar.text.normalize import map_span, normalize_with_map

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@cache
def _dev_texts() -> tuple[str, ...]:
    paths = sorted((_CORPUS / "dev" / "articles").glob("*.txt")) + sorted(
        (_CORPUS / "dev2" / "articles").glob("*.txt")
    )
    return tuple(p.read_text(encoding="utf-8") for p in paths)


def _dev_lines() -> list[str]:
    return [line for text in _dev_texts() for line in text.split("\n") if line.strip()]


def _random_texts(alphabet: list[str], count: int, seed: int, longest: int = 40) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


# ------------------------------------------------------------------ the KB's alias scan


def _plain_alias_matches(kb: KnowledgeBase, text: str) -> list[AliasMatch]:
    """``find_alias_matches`` as it was: a scan over every position, one step per boundary."""
    norm, mapping = normalize_with_map(text)
    matches: list[AliasMatch] = []
    n = len(norm)
    word = _word_mask(norm)
    bounds: list[int] = []
    last = 1
    for run in re.finditer("1+", word):
        bounds.extend(range(last, run.start() + 1))
        last = run.end()
    bounds.extend(range(last, n))
    bounds.append(n)
    position = 0
    while position < n:
        following = bisect_right(bounds, position)
        if word[position] != "1":
            position = bounds[following]
            continue
        candidates_: list[tuple[int, _MatchEntry]] = []
        limit = min(n, position + kb.max_key_length)
        for k in range(following, len(bounds)):
            end = bounds[k]
            if end > limit:
                break
            piece = norm[position:end]
            if piece not in kb.prefixes:
                break
            entry = kb.match_index.get(piece)
            if entry is not None:
                candidates_.append((end, entry))
        chosen = None
        for end, (actor_ids, demonym, case) in reversed(candidates_):
            start_o, end_o = map_span(mapping, position, end)
            if _case_ok(case, text[start_o:end_o]):
                chosen = AliasMatch(start_o, end_o, list(actor_ids), demonym)
                position = end
                break
        if chosen is None:
            position = bounds[following]
        else:
            matches.append(chosen)
    return matches


def test_alias_scan_by_word_runs_equals_the_scan_of_every_position() -> None:
    kb = KnowledgeBase.load()
    words = ["चीन", "चीनी", "भारत", "नरेंद्र", "मोदी", "पीएमएल", "(एन)", "अमेरिका", "के", "ने", "शोइगु"]
    words += ["India", "Modi", "U.S.", "US", "us", "New", "Delhi", "the", "BJP", "Congress", "Party"]
    separators = [" ", " ", ", ", "-", "।", ".", "(", ")", "\n", "", "\u200d", '"']
    rng = random.Random(61)
    texts = [*_dev_lines(), "", " ", "चीन", "चीनी", " चीन ", "पीएमएल (एन) ने", "((चीन))"]
    for _ in range(1500):
        parts = [rng.choice(words) + rng.choice(separators) for _ in range(rng.randint(0, 8))]
        texts.append("".join(parts))
    texts += _random_texts([*"चीनभारत (एन)USus.", "मोदी", "  "], 500, 62)
    found = 0
    for text in texts:
        fast = kb.find_alias_matches(text)
        assert fast == _plain_alias_matches(kb, text), text
        found += len(fast)
    assert found > 1000  # the texts do hold names


# ------------------------------------------------------------------ quotes in marks


def _plain_find_marked(text: str, rules: QuoteRules) -> list[candidates._Marked]:
    """``find_marked`` as it was: ``_mark_at`` at every character, the closing mark sought one
    character at a time."""
    found: list[candidates._Marked] = []
    openers = {o: c for o, c in rules.mark_pairs}
    ws, terminators = candidates._WS, candidates._TERMINATORS
    line_start = 0
    for line in text.split("\n"):
        i, n = 0, len(line)
        while i < n:
            mark = candidates._mark_at(line, i, openers)
            if mark is None:
                i += 1
                continue
            opener, closer = mark
            before = line[i - 1] if i else " "
            after = line[i + len(opener)] if i + len(opener) < n else " "
            straight = closer == opener
            k = i - 1
            while k >= 0 and line[k] in ws:
                k -= 1
            spaced = after in ws and (k < 0 or line[k] not in ",:")
            if before.isalnum() or (straight and (spaced or before in terminators)):
                i += len(opener)
                continue
            j = i + len(opener)
            close = -1
            limit = min(n, j + rules.max_quote_chars) if rules.max_quote_chars else n
            while j < limit:
                if line.startswith(closer, j):
                    nxt = line[j + len(closer)] if j + len(closer) < n else " "
                    glued = nxt.isalnum() and closer in candidates._APOSTROPHES and line[j - 1].isalnum()
                    if not glued and line[j - 1] not in ws:
                        close = j
                        break
                    if (
                        straight
                        and rules.spaced_closers
                        and candidates._spaced_closer(line, i + len(opener), j, closer)
                    ):
                        close = j
                        break
                j += 1
            if close < 0 and limit < n:
                i += len(opener)
                continue
            end = close if close >= 0 else n
            close_end = close + len(closer) if close >= 0 else n
            while close >= 0 and close_end < n and line[close_end] == "'" and closer == "'":
                close_end += 1
            start_c, end_c = candidates._strip_span(line, i + len(opener), end, ws + ",")
            if end_c > start_c:
                found.append(
                    candidates._Marked(
                        line_start + i,
                        line_start + close_end - 1 if close >= 0 else -1,
                        Span(line_start + start_c, line_start + end_c),
                    )
                )
            i = close_end
        line_start += len(line) + 1
    return found


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_marked_quotes_by_opener_search_equal_the_scan_of_every_character(lang: str) -> None:
    rules = load_quote_rules(load_language_packs())[lang]
    alphabet = [*"\"'“”‘’«»ab कहा.,:।  ", "\n", "''", '""', "a'", "है."]
    texts = list(_dev_texts()) + _random_texts(alphabet, 3000, 13)
    found = 0
    for limit in (rules.max_quote_chars, 0, 6):
        variant = replace(rules, max_quote_chars=limit)
        for text in texts:
            fast = candidates.find_marked(text, variant)
            assert fast == _plain_find_marked(text, variant), (limit, text)
            found += len(fast)
    assert found > 500


def test_opener_search_without_openers_finds_nothing() -> None:
    assert candidates._opener_search(())('a "b" c', 0) is None


# ------------------------------------------------------------------ reporting cues


def test_cue_screens_never_miss_a_cue() -> None:
    """A cue pattern is tried on a sentence only where its screen (the pattern without its leading
    ``(?<!\\S)``) finds something: the screen must find something wherever the pattern does."""
    all_rules = load_quote_rules(load_language_packs())
    texts = [p.example for rules in all_rules.values() for p in rules.patterns] + _dev_lines()
    texts += [t.replace(" ", "") for t in texts[:50]]  # glued words: the lookbehind matters
    cut = 0
    for rules in all_rules.values():
        for pattern in rules.patterns:
            screen = candidates._screen(pattern.regex)
            if screen != pattern.regex.search:
                cut += 1
            for text in texts:
                if pattern.regex.search(text):
                    assert screen(text), (pattern.name, text)
    assert cut >= 10  # most patterns begin with the lookbehind


# ------------------------------------------------------------------ datelines


def test_dateline_screen_skips_only_lines_without_a_date() -> None:
    from datetime import date

    from khabar.stages.metadata import MetadataStage
    from metadata_support import plain_datelines

    stage = MetadataStage(load_language_packs(), today=date(2026, 12, 6))

    lines = [
        "12 नवंबर 2024",
        "१२ नवंबर २०२४",
        "November 12, 2024 10:03 AM",
        "NEW DELHI, Nov. 12, 2024 (PTI)",
        "2016-09-06 12:30:28 cri",
        "12/11/2024",
        "12.11.2024, 10:30",
        "Updated: 08:27, September 11, 2024",
        "12 नवंबर",
        "मई 3, 24",
        "no date",
    ]
    texts = [*_dev_texts(), "\n".join(lines), *lines]
    dated = 0
    for text in texts:
        fast = stage.datelines(text)
        assert fast == plain_datelines(stage, text), text
        dated += bool(fast)
    assert dated >= 5


# ------------------------------------------------------------------ tokens


def test_tokens_are_immutable_values_equal_to_their_fields() -> None:
    from khabar.stages.events.pattern import _TOKEN, Token, tokenize
    from khabar.stages.mentions.finder import Token as WordToken
    from khabar.stages.mentions.pattern import _TOKEN_RE, _tokenize

    for line in _dev_lines()[:200]:
        assert [(t.text, t.start, t.end) for t in tokenize(line, 7)] == [
            (m.group(), m.start() + 7, m.end() + 7) for m in _TOKEN.finditer(line)
        ]
        assert [(t.start, t.end, t.text) for t in _tokenize(line)] == [
            (m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(line)
        ]
    token = tokenize("मोदी ने कहा")[0]
    assert token == Token("मोदी", 0, 4) and hash(token) == hash(Token("मोदी", 0, 4))
    assert type(token) is Token and type(_tokenize("मोदी")[0]) is WordToken
    with pytest.raises(AttributeError):
        token.start = 3  # type: ignore[misc]


# ------------------------------------------------------------------ the search index's candidates


def _plain_candidates(index: Any, query: str) -> Any:
    """``_FuzzyIndex._candidates`` as it was: the best by Dice through a full ``lexsort``."""
    import numpy as np

    from khabar.kb import base

    assert isinstance(index, base._FuzzyIndex)
    query_grams = base._trigrams(query)
    spans = sorted((index.grams[g] for g in query_grams if g in index.grams), key=lambda ab: ab[1] - ab[0])
    rare = [ab for ab in spans if ab[1] - ab[0] <= base._COMMON_GRAM]
    spans = rare if len(rare) >= base._MIN_GRAMS else spans[: base._MIN_GRAMS]
    if not spans:
        return np.zeros(0, dtype=np.int64)
    hits = np.concatenate([index.postings[a:b] for a, b in spans])
    rows, counts = np.unique(hits, return_counts=True)
    if len(rows) <= base._CANDIDATES:
        return rows
    dice = counts / (index.sizes[rows] + len(query_grams))
    order = np.lexsort((rows, -dice))[: base._CANDIDATES]
    return np.sort(rows[order])


def test_search_candidates_by_partition_equal_the_full_sort(monkeypatch: pytest.MonkeyPatch) -> None:
    from khabar.kb import base

    rng = random.Random(5)
    # a small index of look-alike keys (many equal Dice values), cut to a few candidates
    syllables = ["ra", "ma", "sin", "gh", "ku", "mar", "sha", "dev", " "]
    keys = sorted(
        {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 6))).strip() for _ in range(600)}
    )
    keys = [k for k in keys if k]
    small = base._FuzzyIndex.build(keys, [(f"a{i}",) for i in range(len(keys))])
    queries = keys[:80] + ["".join(rng.choice(syllables) for _ in range(4)) for _ in range(200)]
    for limit in (1, 3, 7, 40):
        monkeypatch.setattr(base, "_CANDIDATES", limit)
        for query in queries:
            fast, plain = small._candidates(query), _plain_candidates(small, query)
            assert fast.dtype == plain.dtype and fast.tolist() == plain.tolist(), (limit, query)
    monkeypatch.undo()
    kb = KnowledgeBase.load()
    index = kb._fuzzy or kb._build_fuzzy()
    for query in [
        "narendra modi",
        "shoigu",
        "wang yi",
        "dilli",
        "rahul gandhi",
        "amit shah",
        "sargey lavrov",
    ]:
        fast, plain = index._candidates(query), _plain_candidates(index, query)
        assert fast.dtype == plain.dtype and fast.tolist() == plain.tolist(), query
