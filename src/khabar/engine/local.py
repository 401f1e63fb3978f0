"""The local engine: run the pipeline over a stream of documents, in-process or in a process pool.

Results come back in input order and the input is consumed lazily through a bounded window of chunks,
so a batch of any size holds at most ``2 × workers × chunksize`` documents in flight. An exception
while processing one document turns that document into an :class:`ItemError`; the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

from khabar.engine.budget import ArticleTimeout, Budget, BudgetExceeded, run_within, time_limit
from khabar.engine.lifecycle import die_with_parent, freeze_after_load
from khabar.model import Document, ItemError
from khabar.resources import Resources

Item = Document | ItemError
PipelineFn = Callable[[Document], Document]
PipelineFactory = Callable[[Resources], PipelineFn]
# Pending chunks per worker: enough to keep every worker busy while results are being consumed.
_CHUNKS_PER_WORKER = 2


def _default_factory(resources: Resources) -> PipelineFn:
    from khabar.api import build_pipeline

    return build_pipeline(resources)


def process_local(
    items: Iterable[Document | ItemError],
    *,
    workers: int = 1,
    resources_loader: Callable[[], Resources] = Resources.load,
    chunksize: int = 4,
    pipeline_factory: PipelineFactory | None = None,
    budget: Budget | None = None,
) -> Iterator[Document | ItemError]:
    """Run the pipeline on each Document; ItemErrors pass through unchanged, all in input order.

    ``pipeline_factory`` builds the per-document function from the resources (default: the standard
    pipeline, :func:`khabar.api.build_pipeline`). With ``workers > 1`` each worker process loads the
    resources and builds the pipeline once. A pipeline that cannot be built raises (a wiring error,
    not a bad document) with the first document, whatever the number of workers: the loader's or the
    factory's own exception, e.g. :class:`~khabar.errors.PipelineError`. ``budget`` bounds each
    article's size and processing time (default: :class:`~khabar.engine.budget.Budget`'s defaults).
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    factory = pipeline_factory or _default_factory
    budget = budget or Budget()
    if workers == 1:
        return _process_inline(items, resources_loader, factory, budget, chunksize)
    return _process_pool(items, workers, resources_loader, factory, chunksize, budget)


def _process_one(pipeline: PipelineFn, item: Item, budget: Budget | None = None, spent: float = 0.0) -> Item:
    if isinstance(item, ItemError):
        return item
    try:
        return run_within(pipeline, item, budget or Budget(), spent)
    except BudgetExceeded as exc:
        return ItemError(item.origin or item.id, str(exc))
    except Exception as exc:  # one bad document must not stop the batch
        return _failed(item, f"{type(exc).__name__}: {exc}")


def _stages_between(stages: Sequence[Any], skip: Any = None) -> PipelineFn:
    def run(doc: Document) -> Document:
        for stage in stages:
            if stage is not skip:
                doc = stage(doc)
        return doc

    return run


def _process_chunk(pipeline: PipelineFn, chunk: list[Item], budget: Budget | None = None) -> list[Item]:
    """Each item of ``chunk`` as :func:`_process_one` would give it. A pipeline with a stage that can
    run on several documents at once (``run_many``: the parse stage, spaCy's ``nlp.pipe``) runs in
    three parts: the stages before it per article, that stage once for the chunk, the rest per article.
    Each article's time budget covers its own parts (the shared one is bounded by the same limit on
    its own); when the shared part fails or runs out of time, every article of the chunk runs that
    stage by itself, so one bad article still fails alone. Output is the same either way."""
    budget = budget or Budget()
    stages: Sequence[Any] = getattr(pipeline, "stages", ())
    at = next((k for k, stage in enumerate(stages) if hasattr(stage, "run_many")), None)
    if at is None or sum(isinstance(item, Document) for item in chunk) < 2:
        return [_process_one(pipeline, item, budget) for item in chunk]
    head, shared = _stages_between(stages[:at]), stages[at]
    spent: dict[int, float] = {}
    staged: list[Item] = []
    for item in chunk:
        started = time.perf_counter()
        staged.append(_process_one(head, item, budget))
        spent[id(item)] = time.perf_counter() - started
    docs = [item for item in staged if isinstance(item, Document)]
    done = False
    if len(docs) >= 2:
        try:
            with time_limit(budget.seconds):
                shared.run_many(docs)
            done = True
        except (ArticleTimeout, Exception):  # each article parses by itself below, within its budget
            done = False
    tail = _stages_between(stages[at:], skip=shared if done else None)
    return [
        item if isinstance(item, ItemError) else _process_one(tail, item, budget, spent[id(item)])
        for item in staged
    ]


def _failed(doc: Document, reason: str) -> ItemError:
    return ItemError(doc.origin or doc.id, f"processing failed: {reason}")


def _process_inline(
    items: Iterable[Item],
    loader: Callable[[], Resources],
    factory: PipelineFactory,
    budget: Budget,
    chunksize: int = 1,
) -> Iterator[Item]:
    pipeline: PipelineFn | None = None  # built on the first document: a stream of errors needs none
    for chunk in _chunks(items, chunksize):
        if pipeline is None and any(isinstance(item, Document) for item in chunk):
            pipeline = factory(loader())
        yield from chunk if pipeline is None else _process_chunk(pipeline, chunk, budget)


# --- worker side -------------------------------------------------------------------------------------
# The pipeline lives in a module-level variable, set once by the pool initializer in each worker
# process. This is the one place global state is acceptable: the worker process exists only to run
# this pipeline, the variable is never set in the parent, and it saves reloading the resources (language
# packs, knowledge base) for every chunk.
_worker_pipeline: PipelineFn | None = None
_worker_init_error: BaseException | None = None


class _WorkerInitFailed(Exception):
    """Carries the exception that stopped a worker from building the pipeline back to the parent."""


def _init_worker(loader: Callable[[], Resources], factory: PipelineFactory, parent_pid: int) -> None:
    global _worker_pipeline, _worker_init_error
    die_with_parent(parent_pid)  # a killed parent must not leave ~250 MB workers behind
    try:
        _worker_pipeline = factory(loader())
    except Exception as exc:  # reported with the first task, where the parent re-raises it
        _worker_init_error = exc
    else:
        freeze_after_load()  # the worker process is ours: its GC need not walk the resources again


def _run_chunk(chunk: list[Item], budget: Budget | None = None) -> list[Item]:
    if _worker_pipeline is None:
        raise _WorkerInitFailed(_worker_init_error)
    return _process_chunk(_worker_pipeline, chunk, budget)


# --- parent side -------------------------------------------------------------------------------------


def _mp_context() -> multiprocessing.context.BaseContext:
    # fork is much faster to start on Linux; everything submitted is importable, so spawn works too.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class _Pool:
    """A process pool that can be rebuilt when a worker dies (e.g. killed by a crash in C code)."""

    def __init__(
        self, workers: int, loader: Callable[[], Resources], factory: PipelineFactory, budget: Budget
    ) -> None:
        self._args = (workers, loader, factory)
        self.budget = budget
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        workers, loader, factory = self._args
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=_mp_context(),
            initializer=_init_worker,
            initargs=(loader, factory, os.getpid()),
        )

    def rebuild(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._new()

    def submit(self, chunk: list[Item]) -> Future[list[Item]]:
        return self.executor.submit(_run_chunk, chunk, self.budget)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def kill(self) -> None:
        """Stop at once (the batch was abandoned): terminate the workers instead of waiting for them."""
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        for process in processes:
            process.terminate()
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.join(timeout=5)


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _process_pool(
    items: Iterable[Item],
    workers: int,
    loader: Callable[[], Resources],
    factory: PipelineFactory,
    chunksize: int,
    budget: Budget,
) -> Iterator[Item]:
    window = workers * _CHUNKS_PER_WORKER
    pool: _Pool | None = None
    pending: deque[tuple[list[Item], Future[list[Item]]]] = deque()
    try:
        for chunk in _chunks(items, chunksize):
            if pool is None:
                if not any(isinstance(item, Document) for item in chunk):
                    yield from chunk  # only errors so far: no need to start the workers yet
                    continue
                pool = _Pool(workers, loader, factory, budget)
            pending.append((chunk, pool.submit(chunk)))
            # Block on the oldest chunk when the window is full; otherwise only take finished ones.
            while pending and (len(pending) >= window or pending[0][1].done()):
                yield from _collect(pool, pending)
        while pending:
            assert pool is not None
            yield from _collect(pool, pending)
    except BaseException:  # interrupted, SIGTERM, or the consumer stopped reading: do not wait
        if pool is not None:
            pool.kill()
            pool = None
        raise
    finally:
        if pool is not None:
            pool.close()


def _collect(pool: _Pool, pending: deque[tuple[list[Item], Future[list[Item]]]]) -> Iterator[Item]:
    """Yield the results of the oldest pending chunk."""
    chunk, future = pending[0]
    try:
        results = future.result()
    except BrokenProcessPool:
        # A worker died; every pending chunk is lost. Rerun them one document at a time on a fresh
        # pool so that only the document that kills its worker becomes an error.
        lost = [item for lost_chunk, _ in pending for item in lost_chunk]
        pending.clear()
        pool.rebuild()
        yield from _isolate(pool, lost)
        return
    except _WorkerInitFailed as exc:  # the same exception as workers=1 would raise
        raise exc.args[0] from None
    except Exception as exc:  # e.g. a result that cannot be pickled back: the chunk fails, not the batch
        pending.popleft()
        reason = f"{type(exc).__name__}: {exc}"
        yield from (item if isinstance(item, ItemError) else _failed(item, reason) for item in chunk)
        return
    pending.popleft()
    yield from results


def _isolate(pool: _Pool, items: list[Item]) -> Iterator[Item]:
    for item in items:
        if isinstance(item, ItemError):
            yield item
            continue
        try:
            yield from pool.submit([item]).result()
        except BrokenProcessPool:
            pool.rebuild()
            yield _failed(item, "the worker process died")
