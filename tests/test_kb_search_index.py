"""The fuzzy-search index: the same best keys as a full rapidfuzz scan, and a safe pre-check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from khabar.kb import KnowledgeBase
from khabar.kb.base import _CANDIDATES, _FuzzyIndex, blend_score

FIXTURES = Path(__file__).parent / "fixtures" / "kb"

QUERIES = [
    "shoigu",
    "sergei shoigu",
    "wang",
    "wang yi",
    "beijing china",
    "moskva",
    "videsh mantralai",
    "states",
    "new york new york",
    "a",
    "zz",
    "haimbarg",
    "st petersburg",
]
WORDS = ["शोइगु", "बीजिंग", "मास्को", "हैमबर्ग", "सम्मेलन", "वांग यी", "Shoigu", "Sergey Shoygu", "Pekin", "xyzzy"]


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KHABAR_HOME", str(tmp_path_factory.mktemp("khabar-home")))
        yield KnowledgeBase.load(data_dir=FIXTURES / "data", read_user_dir=False)


@pytest.fixture(scope="module")
def index(kb: KnowledgeBase) -> _FuzzyIndex:
    assert kb._fuzzy is not None  # built with the KB (and cached with it), never on a first search
    return kb._fuzzy


@pytest.mark.parametrize("query", QUERIES)
def test_top_finds_the_best_name_of_a_full_scan(index: _FuzzyIndex, query: str) -> None:
    """The key a full scan ranks best by ``blend_score`` (among its 100 best by WRatio, as the search
    did before blocking) is among the blocked search's 25 best: blocking loses only far-off keys."""
    full = process.extract(query, index.keys, scorer=fuzz.WRatio, limit=100, score_cutoff=48.0)
    scored = [(blend_score(query, key), key) for key, _score, _row in full]
    best = max(scored, default=(0.0, ""))
    found = index.top(query, 25, 48.0)
    assert [score for _row, score in found] == sorted((score for _row, score in found), reverse=True)
    assert all(fuzz.WRatio(query, index.keys[row]) == score for row, score in found)
    if best[0] >= 75.0:  # a real match (marginal ones, 60-70, may differ)
        assert max(blend_score(query, index.keys[row]) for row, _ in found) >= best[0] - 1e-9


@pytest.mark.parametrize("query", QUERIES)
def test_candidates_are_bounded_whatever_the_kb_size(index: _FuzzyIndex, query: str) -> None:
    assert len(index.candidates(query)) <= _CANDIDATES
    grams = {f" {query} "[i : i + 3] for i in range(len(query))}
    for row in index.candidates(query).tolist():  # every candidate shares a trigram with the query
        assert grams & {f" {index.keys[row]} "[i : i + 3] for i in range(len(index.keys[row]))}


@pytest.mark.parametrize("query", WORDS)
def test_may_score_false_means_no_hit_that_high(kb: KnowledgeBase, query: str) -> None:
    for threshold in (80.0, 92.0, 95.0):
        if not kb.may_score(query, threshold):
            hits = kb.search(query, limit=5)
            assert not hits or hits[0][1] < threshold


def test_exact_alias_may_score(kb: KnowledgeBase) -> None:
    assert kb.may_score("शोइगु", 95.0)


def test_search_is_memoised_and_returns_fresh_lists(kb: KnowledgeBase) -> None:
    first = kb.search("शोइगु", limit=2)
    first.clear()
    again = kb.search("शोइगु", limit=2)
    assert again and again[0][0].id == "sergei_shoigu"
