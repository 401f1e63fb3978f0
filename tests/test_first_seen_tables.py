"""Tables built with the KB for the Hindi first pass (issue 13): each answer is what the plain
computation gives, and a table is used only with the objects it was made with."""

from __future__ import annotations

import random

import pytest

from khabar.kb import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def test_search_table_answers_like_searching(kb: KnowledgeBase) -> None:
    from khabar.kb.base import PLACE_QUESTION
    from khabar.stages.mentions.pattern import _PLACE_SCORE

    reach, limit, min_score = PLACE_QUESTION
    assert reach == _PLACE_SCORE, "the table answers the mention finder's place test"
    transliterator, index, table = kb._searched
    assert transliterator is kb.transliterator and index is kb._fuzzy
    assert len(table) > 1_000, "the KB carries the place test's searches of the Hindi vocabulary"
    keys = [k for k in (("दिल्ली", limit, min_score), ("पश्चिम", limit, min_score)) if k in table]
    keys += random.Random(11).sample(sorted(table), 80)
    for key in keys:
        word, key_limit, key_score = key
        assert (key_limit, key_score) == (limit, min_score)
        assert kb.may_score(word, reach), word  # only words the place test goes on to search
        assert table[key] == tuple(kb._search(word, limit, min_score)), word
        kb._search_memo.clear()
        assert [(a.id, s) for a, s in kb.search(word, limit=limit)] == list(table[key]), word


def test_search_table_spares_the_search_and_follows_the_kb(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from khabar.kb.base import PLACE_QUESTION

    _reach, limit, min_score = PLACE_QUESTION
    _transliterator, _index, table = kb._searched
    word = sorted(table)[0][0]
    calls: list[str] = []
    plain = KnowledgeBase._search

    def counted(self: KnowledgeBase, query: str, limit: int, min_score: float) -> list[tuple[str, float]]:
        calls.append(query)
        return plain(self, query, limit, min_score)

    monkeypatch.setattr(KnowledgeBase, "_search", counted)
    kb._search_memo.clear()
    kb.search(word, limit=limit, min_score=min_score)
    assert calls == []  # answered by the table
    kb.search(word, limit=limit + 1, min_score=min_score)
    assert calls == [word]  # another question: searched
    # a KB whose search index was replaced (as a test may do) no longer uses the table
    saved = kb._searched
    kb._searched = (saved[0], None, saved[2])
    try:
        kb._search_memo.clear()
        kb.search(word, limit=limit, min_score=min_score)
        assert calls == [word, word]
    finally:
        kb._searched = saved
        kb._search_memo.clear()
