"""The Hindi mention finder's word table (``khabar.stages.mentions.word_table``): the memos' answers
for the pack's vocabulary, made once with the KB and loaded into a new finder's memos, must be the
answers the finder computes itself, and a finder using them must find the same mentions."""

from __future__ import annotations

import random

import pytest

from khabar.resources import Resources
from khabar.stages.mentions import word_table
from khabar.stages.mentions.pattern import HindiMentionFinder
from khabar.text.vocabulary import pack_vocabulary


@pytest.fixture(scope="module")
def finders() -> tuple[Resources, HindiMentionFinder, HindiMentionFinder]:
    resources = Resources.load()
    assert resources.kb.source_key, "the KB loaded through the cache carries its cache key"
    fast = HindiMentionFinder(resources)
    saved = resources.kb.source_key
    resources.kb.source_key = ""  # a KB with no key: the finder fills its memos as it goes
    try:
        plain = HindiMentionFinder(resources)
    finally:
        resources.kb.source_key = saved
    return resources, fast, plain


def test_table_answers_equal_the_finders_own(finders) -> None:  # type: ignore[no-untyped-def]
    _, fast, plain = finders
    assert len(plain._is_plain) == 0 and len(fast._is_plain) > 20_000
    words = sorted(fast._is_plain)
    sample = random.Random(9).sample(words, 600) + ["सरकार", "मोदी", "सीबीआई", "जर्मनों", "श्री", "वीके"]
    for word in sample:
        for name in word_table.WORD_MEMOS:
            assert getattr(fast, name)[word] == getattr(plain, name)[word], (name, word)
        key = plain._key[word]
        if key:
            for name in word_table.KEY_MEMOS:
                assert getattr(fast, name)[key] == getattr(plain, name)[key], (name, word)
    # the table holds answers of every kind, not only the defaults
    assert any(fast._is_plain[w] for w in words) and not all(fast._is_plain[w] for w in words)
    assert any(fast._acronym[w] for w in words) and any(fast._letters[w] for w in words)


def test_table_is_computed_by_the_finder_and_keyed_by_its_inputs(finders, tmp_path) -> None:  # type: ignore[no-untyped-def]
    resources, fast, plain = finders
    pack = resources.packs.get("hi")
    assert pack is not None
    words = list(pack_vocabulary(pack))[:300]
    table = word_table.compute(plain, words)
    for name, answers in table.items():
        memo = getattr(fast, name)
        assert all(memo[word] == value for word, value in answers.items()), name
    key = word_table.table_key(fast, pack.directory)
    assert key and key == word_table.table_key(plain, pack.directory)
    assert word_table.table_key(fast, tmp_path) != key  # another pack directory, another table
    saved = resources.kb.source_key
    resources.kb.source_key = ""
    try:
        assert word_table.table_key(fast, pack.directory) is None
        assert word_table.load(fast, pack.directory, words) == {}
    finally:
        resources.kb.source_key = saved


def test_finder_with_the_table_finds_the_same_mentions(finders) -> None:  # type: ignore[no-untyped-def]
    from test_first_seen_speed import _dev_hindi_documents

    from khabar.api import build_pipeline

    resources, fast, plain = finders
    pipeline = build_pipeline(resources)
    docs = 0
    for doc in _dev_hindi_documents():
        for stage in pipeline.stages:
            if stage.name == "mentions":
                break
            doc = stage(doc)
        assert fast.find(doc) == plain.find(doc), doc.id
        docs += 1
    assert docs >= 40
