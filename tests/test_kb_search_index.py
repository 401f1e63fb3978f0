"""The fuzzy-search index: the same best keys as a full rapidfuzz scan, and a safe pre-check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from khabar.kb import KnowledgeBase
from khabar.kb.base import _FuzzyIndex

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
    kb.search("warm-up")
    assert kb._fuzzy is not None
    return kb._fuzzy


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize(("limit", "cutoff"), [(25, 48.0), (3, 48.0), (25, 80.0)])
def test_top_equals_a_full_scan(index: _FuzzyIndex, query: str, limit: int, cutoff: float) -> None:
    full = process.extract(query, index.keys, scorer=fuzz.WRatio, limit=limit, score_cutoff=cutoff)
    assert index.top(query, limit, cutoff) == [(i, score) for _choice, score, i in full]


@pytest.mark.parametrize("query", QUERIES)
def test_bounds_never_understate_wratio(index: _FuzzyIndex, query: str) -> None:
    bounds = index.bounds(query)
    for row, key in enumerate(index.keys):
        assert fuzz.WRatio(query, key) <= bounds[row]


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
