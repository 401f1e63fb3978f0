"""Long-lived lookup data is held in containers the cyclic GC untracks (issue 13).

A full collection walks every tracked object; the knowledge base's 83,500 match entries and the name
speller's 33,000 index rows were once named tuples and lists, which stay tracked forever. Plain tuples of
atoms are untracked at their first collection: these tests fail if such data goes back to a tracked type.
No timing is asserted.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest

from khabar.engine.local import process_local
from khabar.kb import KnowledgeBase
from khabar.kb.variants import word_options
from khabar.model import Document
from khabar.resources import Resources
from khabar.text.respell import NameSpeller
from khabar.text.translit import _memos, default_transliterator, latin_keys


def _tracked_share(values: list[object]) -> float:
    # a tuple is untracked when a collection finds its items untracked: an outer tuple may need a
    # second pass after its inner ones
    gc.collect()
    gc.collect()
    return sum(gc.is_tracked(v) for v in values) / max(1, len(values))


def test_match_index_entries_are_untracked_tuples() -> None:
    kb = KnowledgeBase.load()
    entries = list(kb.match_index.values())
    assert len(entries) > 1000
    assert all(type(e) is tuple and len(e) == 3 for e in entries)
    assert _tracked_share(entries) == 0.0
    # the alias scan reads them as (actor ids, demonym, case)
    found = kb.find_alias_matches("नरेंद्र मोदी और रूसी राजदूत")
    assert found and all(isinstance(m.actor_ids, list) and m.actor_ids for m in found)
    assert any(m.demonym for m in found)


def test_speller_index_rows_are_untracked_and_best_first() -> None:
    counts = [("Michael", 50), ("Mikhail", 3), ("Mickael", 50), ("Paul", 500), ("Pol", 20)]
    speller = NameSpeller.from_counts(counts, english=[("Matthews", 40), ("Mathews", 40)])
    rows = [*speller.index.values(), *speller.english.values()]
    assert rows and all(type(row) is tuple for row in rows)
    assert _tracked_share(list(rows)) == 0.0
    for row in rows:  # most frequent first, then alphabetical: what the list's sort gave
        assert list(row) == sorted(row, key=lambda e: (-e[1], e[0]))


def test_word_options_and_latin_keys_memo_values_are_untracked() -> None:
    word = "राजनाथ"
    options = word_options(word)
    assert options[0] == (word, 0) and len(options) > 1
    assert _tracked_share([options]) == 0.0
    assert word_options("राज") == (("राज", 0),)  # a short word: itself only
    tr = default_transliterator()
    first = latin_keys("सीसी", tr)
    first.append("changed")  # the caller's copy: the memo keeps its own tuple
    assert latin_keys("सीसी", tr) == first[:-1]
    assert _tracked_share(list(_memos(tr).keys.values())) == 0.0


def _freeze_count_stage(doc: Document) -> Document:
    doc.clean = str(gc.get_freeze_count())  # what the worker process froze after loading
    return doc


def _freeze_count_factory(resources: Resources) -> Callable[[Document], Document]:
    return _freeze_count_stage


def _no_resources() -> Resources:
    return Resources(packs=None, kb=None)  # type: ignore[arg-type]  # the stage needs none


@pytest.mark.parametrize("workers", [1, 2])
def test_a_pool_worker_freezes_what_it_loaded_the_caller_is_left_alone(workers: int) -> None:
    before = gc.get_freeze_count()
    docs = [Document(id=f"d{i}", raw="text", origin=f"f{i}") for i in range(3)]
    results = list(
        process_local(
            iter(docs),
            workers=workers,
            resources_loader=_no_resources,
            pipeline_factory=_freeze_count_factory,
        )
    )
    counts = [int(r.clean) for r in results if isinstance(r, Document)]
    assert len(counts) == 3
    if workers > 1:
        assert all(count > 0 for count in counts)  # the worker's own process: frozen after the load
    assert gc.get_freeze_count() == before  # the library call itself never freezes its caller
