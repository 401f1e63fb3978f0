"""The local engine: order, per-document failures, pass-through of reader errors, worker crashes."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from khabar.engine.local import process_local
from khabar.errors import PipelineError
from khabar.model import Document, ItemError
from khabar.resources import Resources


# Module-level so that they are importable in worker processes (spawn) as well as under fork.
def fake_resources() -> Resources:
    return Resources(packs=None, kb=None)  # type: ignore[arg-type]  # the test stage needs no language packs


def failing_resources() -> Resources:
    raise FileNotFoundError("langpack missing")


def upper_stage(doc: Document) -> Document:
    if "boom" in doc.raw:
        raise ValueError("cannot handle boom")
    if "die" in doc.raw:
        os._exit(3)  # a worker killed outright, as by a crash in C code
    doc.clean = doc.raw.upper()
    doc.lang = str(os.getpid())
    return doc


def upper_factory(resources: Resources) -> Callable[[Document], Document]:
    return upper_stage


def docs(n: int) -> Iterator[Document]:
    for i in range(n):
        yield Document(id=f"d{i}", raw=f"text {i}", origin=f"file{i}.txt")


def run(items: object, **kwargs: object) -> list[Document | ItemError]:
    return list(
        process_local(
            items,  # type: ignore[arg-type]
            resources_loader=fake_resources,
            pipeline_factory=upper_factory,
            **kwargs,  # type: ignore[arg-type]
        )
    )


@pytest.mark.parametrize("workers", [1, 2])
def test_order_is_preserved(workers: int) -> None:
    results = run(docs(41), workers=workers, chunksize=3)
    assert [r.id for r in results if isinstance(r, Document)] == [f"d{i}" for i in range(41)]
    assert all(isinstance(r, Document) and r.clean == f"TEXT {i}" for i, r in enumerate(results))


def test_two_workers_run_in_other_processes() -> None:
    results = run(docs(20), workers=2, chunksize=2)
    pids = {r.lang for r in results if isinstance(r, Document)}
    assert str(os.getpid()) not in pids


@pytest.mark.parametrize("workers", [1, 2])
def test_failing_document_becomes_item_error(workers: int) -> None:
    items: list[Document | ItemError] = [
        Document(id="a", raw="fine", origin="a.txt"),
        ItemError("bad.txt", "not valid UTF-8 text (byte 0xff at offset 0)"),
        Document(id="b", raw="this goes boom", origin="b.txt"),
        Document(id="c", raw="also fine", origin=""),
        Document(id="d", raw="boom without origin", origin=""),
    ]
    results = run(items, workers=workers, chunksize=2)
    assert [type(r).__name__ for r in results] == [
        "Document",
        "ItemError",
        "ItemError",
        "Document",
        "ItemError",
    ]
    assert results[1] is items[1] or results[1] == items[1]  # reader errors pass through unchanged
    assert results[2] == ItemError("b.txt", "processing failed: ValueError: cannot handle boom")
    assert results[4] == ItemError("d", "processing failed: ValueError: cannot handle boom")
    assert results[3].clean == "ALSO FINE"  # type: ignore[union-attr]


def test_only_errors_need_no_resources() -> None:
    errors = [ItemError(f"f{i}", "empty file") for i in range(5)]
    results = list(process_local(errors, workers=2, resources_loader=failing_resources))
    assert results == errors


def test_dead_worker_only_fails_its_document() -> None:
    items = list(docs(6))
    items.insert(3, Document(id="x", raw="please die", origin="x.txt"))
    results = run(items, workers=2, chunksize=2)
    assert [getattr(r, "id", None) for r in results] == ["d0", "d1", "d2", None, "d3", "d4", "d5"]
    assert results[3] == ItemError("x.txt", "processing failed: the worker process died")


def test_input_is_consumed_lazily() -> None:
    consumed = 0

    def counting() -> Iterator[Document]:
        nonlocal consumed
        for doc in docs(10_000):
            consumed += 1
            yield doc

    stream = process_local(
        counting(), workers=2, chunksize=4, resources_loader=fake_resources, pipeline_factory=upper_factory
    )
    first = next(stream)
    assert isinstance(first, Document) and first.id == "d0"
    assert consumed <= 2 * 2 * 4 + 4  # a bounded window, not the whole input
    stream.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize("workers", [1, 2])
def test_pipeline_that_cannot_be_built_raises(workers: int) -> None:
    with pytest.raises((PipelineError, FileNotFoundError), match="langpack missing"):
        list(process_local(docs(3), workers=workers, resources_loader=failing_resources))


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError, match="workers"):
        process_local([], workers=0)
    with pytest.raises(ValueError, match="chunksize"):
        process_local([], chunksize=0)


def test_real_pipeline_two_workers() -> None:
    """The standard pipeline (khabar.api.build_pipeline) in worker processes, on the canonical example."""
    from pathlib import Path

    from khabar.readers import iter_documents

    articles = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "articles"
    inputs = [
        str(articles / "hi_00_vietnamvn_shoigu_wangyi.txt"),
        str(articles / "en_06_sputnik_pillars.txt"),
    ]
    results = list(process_local(iter_documents(inputs), workers=2))
    assert [r.id for r in results if isinstance(r, Document)] == [Path(p).stem for p in inputs]
    for doc in results:
        assert isinstance(doc, Document)
        assert doc.clean and doc.sentences
    assert "[विज्ञापन_2]" not in results[0].clean  # type: ignore[union-attr,operator]


def test_spawn_context_works(monkeypatch: pytest.MonkeyPatch) -> None:
    """Everything sent to the workers is importable, so the engine also runs where fork is unavailable."""
    import multiprocessing

    from khabar.engine import local

    monkeypatch.setattr(local, "_mp_context", lambda: multiprocessing.get_context("spawn"))
    items: list[Document | ItemError] = [*docs(5), Document(id="b", raw="boom", origin="b.txt")]
    results = run(items, workers=2, chunksize=2)
    assert [r.id if isinstance(r, Document) else r.origin for r in results] == [
        "d0",
        "d1",
        "d2",
        "d3",
        "d4",
        "b.txt",
    ]


# --- a stage that runs on a chunk at once (the parse stage's nlp.pipe batching) ----------------------
class _Upper:
    name, requires, assigns = "upper", frozenset({"raw"}), frozenset({"clean"})

    def __call__(self, doc: Document) -> Document:
        if "boom" in doc.raw:
            raise ValueError("cannot handle boom")
        doc.clean = doc.raw.upper()
        return doc


class _Batched:
    """Parses one document (``__call__``) or many at once (``run_many``, which fails on "BADBATCH")."""

    name, requires, assigns = "parse", frozenset({"clean"}), frozenset({"parses"})

    def __call__(self, doc: Document) -> Document:
        if "BADBATCH" in (doc.clean or ""):
            raise ValueError("cannot parse this one")
        doc.parses = {"x": f"{doc.clean}|{os.getpid()}|one"}
        return doc

    def run_many(self, docs: list[Document]) -> None:
        if any("BADBATCH" in (doc.clean or "") for doc in docs):
            raise ValueError("the batch failed")
        for doc in docs:
            doc.parses = {"x": f"{doc.clean}|{os.getpid()}|many of {len(docs)}"}


class _Finish:
    name, requires, assigns = "finish", frozenset({"parses"}), frozenset({"lang"})

    def __call__(self, doc: Document) -> Document:
        doc.lang = (doc.parses or {})["x"].rsplit("|", 1)[1]
        return doc


def batched_factory(resources: Resources) -> Callable[[Document], Document]:
    from khabar.pipeline import Pipeline

    return Pipeline([_Upper(), _Batched(), _Finish()])


def _ran(items: list[Document], **kwargs: object) -> list[str]:
    results = process_local(
        items,
        resources_loader=fake_resources,
        pipeline_factory=batched_factory,
        **kwargs,  # type: ignore[arg-type]
    )
    return [r.lang or "" if isinstance(r, Document) else f"error: {r.message}" for r in results]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_chunk_is_parsed_at_once(workers: int) -> None:
    got = _ran(list(docs(5)), workers=workers, chunksize=3)
    assert got == ["many of 3"] * 3 + ["many of 2"] * 2


def test_an_article_failing_before_the_shared_stage_fails_alone() -> None:
    items = [*docs(2), Document(id="b", raw="boom", origin="b.txt"), *docs(1)]
    got = _ran(items, workers=1, chunksize=4)
    assert got[2] == "error: processing failed: ValueError: cannot handle boom"
    assert got[:2] + got[3:] == ["many of 3"] * 3


def test_a_failed_batch_parses_each_article_by_itself() -> None:
    items = [*docs(2), Document(id="b", raw="badbatch", origin="b.txt"), *docs(1)]
    got = _ran(items, workers=1, chunksize=4)
    assert got == ["one", "one", "error: processing failed: ValueError: cannot parse this one", "one"]


def test_a_lone_article_is_parsed_by_itself() -> None:
    assert _ran(list(docs(1)), workers=1, chunksize=4) == ["one"]


def test_batched_parsing_gives_the_same_output_as_one_article_at_a_time() -> None:
    """The real pipeline: English articles parsed in one ``nlp.pipe`` call give the same records."""
    from pathlib import Path

    from khabar.output import to_contract
    from khabar.readers import iter_documents

    articles = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "articles"
    inputs = [str(p) for p in sorted(articles.glob("en_*.txt"))[:3]]
    apart = [to_contract(d) for d in process_local(iter_documents(inputs), chunksize=1)]  # type: ignore[arg-type]
    together = [to_contract(d) for d in process_local(iter_documents(inputs), chunksize=3)]  # type: ignore[arg-type]
    assert len(together) == 3 and together == apart
