"""The distributed engine: the same pipeline on a Dask cluster, one task per shard, resumable.

The input is planned into shards (:mod:`khabar.engine.shards`); each task processes one shard on a
worker and writes its Parquet files and completion marker into the shard directory, which every worker
must see (a local disk for a LocalCluster, a shared file system for a real cluster). Finished shards are
skipped, so a rerun after a crash (of the driver, a worker or the whole cluster) does only what is
missing; :func:`khabar.engine.shards.merge_shards` then loads the shards into DuckDB.

A worker loads the language resources and builds the pipeline once, at its first document, through a
worker plugin (per-worker state owned by the worker, not a module global). A worker that dies mid-shard
loses nothing: its shard was never published, and the scheduler runs the task again elsewhere.

Without a scheduler address a LocalCluster is started on 127.0.0.1 with no dashboard: nothing listens on
another interface and nothing is contacted outside the machine.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import dask
from distributed.diagnostics.plugin import WorkerPlugin

from khabar.engine.budget import Budget
from khabar.engine.lifecycle import die_with_parent
from khabar.engine.shards import (
    ShardError,
    ShardPlan,
    ShardResult,
    ShardSpec,
    is_complete,
    plan_shards,
    process_shard,
    remove_stale_temporaries,
    write_plan,
)
from khabar.model import Document
from khabar.readers import ReadOptions
from khabar.resources import Resources

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

PipelineFn = Callable[[Document], Document]
PipelineFactory = Callable[[Resources], PipelineFn]
PLUGIN_PREFIX = "khabar-pipeline"
DEFAULT_SHARD_SIZE = 256


def _default_factory(resources: Resources) -> PipelineFn:
    from khabar.api import build_pipeline

    return build_pipeline(resources)


class PipelinePlugin(WorkerPlugin):
    """A Dask worker plugin holding the worker's pipeline, built on first use (thread-safe).

    Its name is derived from the loader and the factory, so a long-lived cluster keeps the loaded
    pipeline from one job to the next and a job with another pipeline gets its own plugin.
    """

    # A plugin already on the cluster under the same name (same recipe) is kept, pipelines and all.
    idempotent = True

    def __init__(self, loader: Callable[[], Resources], factory: PipelineFactory) -> None:
        import cloudpickle

        self.loader = loader
        self.factory = factory
        recipe = hashlib.sha256(cloudpickle.dumps((loader, factory))).hexdigest()[:16]
        self.name = f"{PLUGIN_PREFIX}-{recipe}"
        self._pipeline: PipelineFn | None = None
        self._lock: threading.Lock | None = None

    def setup(self, worker: object) -> None:
        self._pipeline = None
        self._lock = threading.Lock()

    def teardown(self, worker: object) -> None:
        self._pipeline = None

    def pipeline(self) -> PipelineFn:
        assert self._lock is not None, "the plugin runs only after setup() on a worker"
        with self._lock:
            if self._pipeline is None:
                self._pipeline = self.factory(self.loader())
            return self._pipeline

    def __getstate__(self) -> dict[str, object]:
        # Only the recipe travels to the workers; each builds its own pipeline.
        return {"loader": self.loader, "factory": self.factory, "name": self.name}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.loader = state["loader"]  # type: ignore[assignment]
        self.factory = state["factory"]  # type: ignore[assignment]
        self.name = str(state["name"])
        self._pipeline = None
        self._lock = None


class DieWithParentPlugin(WorkerPlugin):
    """Makes each worker process of a LocalCluster die with the driver that started it (Linux)."""

    name = "khabar-die-with-parent"
    idempotent = True

    def __init__(self, parent_pid: int) -> None:
        self.parent_pid = parent_pid

    def setup(self, worker: object) -> None:
        die_with_parent(self.parent_pid)


def _run_shard_task(
    spec: ShardSpec, shard_dir: str, options: ReadOptions, plugin_name: str, budget: Budget | None = None
) -> ShardResult:
    """The task run on a worker (module-level, so that it pickles by reference)."""
    from distributed import get_worker

    plugin: Any = get_worker().plugins[plugin_name]  # a _PipelinePlugin
    return process_shard(spec, Path(shard_dir), plugin.pipeline, options, budget)


@dataclass(slots=True)
class DaskRunReport:
    shard_dir: Path
    planned: int = 0  # shards in the plan
    skipped: int = 0  # complete before this run
    processed: int = 0  # written by this run
    items: int = 0  # input items (files, JSONL lines) in the plan
    articles: int = 0  # articles written by this run
    errors: int = 0  # item errors in the shards written by this run
    seconds: float = 0.0
    workers: int = 0
    results: list[ShardResult] = field(default_factory=list)
    # (shard name, reason) of shards whose task failed; the others are done and can be merged
    failed: list[tuple[str, str]] = field(default_factory=list)


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2) -> Iterator[Client]:
    """A client of the given scheduler, or of a new LocalCluster on 127.0.0.1 (closed on exit)."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=30)
        except OSError as exc:
            raise ShardError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        with client:
            yield client
        return
    # No HTTP routes on the scheduler or the workers (Dask would serve /info, /json, /metrics … without
    # authentication even with the dashboard off); the listeners themselves are closed below.
    with dask.config.set({"distributed.scheduler.http.routes": [], "distributed.worker.http.routes": []}):
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,  # the pipeline is CPU-bound Python: one process per core
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            worker_dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    with cluster, Client(cluster) as client:
        _close_http_servers(cluster, client)
        client.register_plugin(DieWithParentPlugin(os.getpid()))
        yield client


def _close_http_servers(cluster: LocalCluster, client: Client) -> None:
    """Stop the HTTP listeners Dask starts on the scheduler and every worker of a local cluster."""
    scheduler = cluster.scheduler
    if scheduler is not None and getattr(scheduler, "http_server", None) is not None:
        cluster.sync(_stop_http, scheduler)
    client.run(_stop_worker_http)


async def _stop_http(node: object) -> None:
    node.http_server.stop()  # type: ignore[attr-defined]


def _stop_worker_http(dask_worker: object) -> None:
    server = getattr(dask_worker, "http_server", None)
    if server is not None:
        dask_worker.loop.add_callback(server.stop)  # type: ignore[attr-defined]


def run_dask(
    inputs: Sequence[str],
    shard_dir: Path,
    *,
    scheduler: str | None = None,
    client: Client | None = None,
    workers: int = 2,
    shard_size: int = DEFAULT_SHARD_SIZE,
    options: ReadOptions | None = None,
    resources_loader: Callable[[], Resources] = Resources.load,
    pipeline_factory: PipelineFactory | None = None,
    on_shard: Callable[[ShardResult], None] | None = None,
    budget: Budget | None = None,
) -> DaskRunReport:
    """Process the inputs into Parquet shards under ``shard_dir``, skipping shards already complete.

    Give a ``client`` (its cluster is used and left running), or a ``scheduler`` address, or neither
    for a LocalCluster of ``workers`` processes on 127.0.0.1. ``on_shard`` is called in the driver as
    each shard finishes (for progress). A shard whose task fails (e.g. it killed every worker it ran
    on) is listed in ``report.failed`` and the others go on: the finished shards can be merged, and a
    rerun tries the failed ones again.
    """
    started = time.perf_counter()
    options = options or ReadOptions()
    plan = plan_shards(list(inputs), shard_size, options)
    write_plan(plan, shard_dir)
    remove_stale_temporaries(shard_dir)
    report = DaskRunReport(shard_dir=shard_dir, planned=len(plan.shards), items=plan.items)
    todo = [spec for spec in plan.shards if not is_complete(shard_dir, spec)]
    report.skipped = len(plan.shards) - len(todo)
    if todo:
        plugin = PipelinePlugin(resources_loader, pipeline_factory or _default_factory)
        budget = budget or Budget()
        if client is not None:
            _submit(client, plugin, todo, shard_dir, options, report, on_shard, budget)
        else:
            with dask_client(scheduler, workers) as own:
                _submit(own, plugin, todo, shard_dir, options, report, on_shard, budget)
        # Every shard of the run is done: what a killed attempt left half-written goes now, not at
        # the next run
        remove_stale_temporaries(shard_dir)
    report.seconds = time.perf_counter() - started
    return report


def _submit(
    client: Client,
    plugin: PipelinePlugin,
    todo: list[ShardSpec],
    shard_dir: Path,
    options: ReadOptions,
    report: DaskRunReport,
    on_shard: Callable[[ShardResult], None] | None,
    budget: Budget,
) -> None:
    from distributed import as_completed

    client.register_plugin(plugin, name=plugin.name)
    report.workers = len(client.scheduler_info(n_workers=-1)["workers"])
    futures = client.map(
        _run_shard_task,
        todo,
        shard_dir=str(shard_dir.resolve()),
        options=options,
        plugin_name=plugin.name,
        budget=budget,
        key=[f"khabar-{spec.name}" for spec in todo],
    )
    try:
        for future in as_completed(futures):
            try:
                result: ShardResult = future.result()
            except Exception as exc:  # one failed shard never takes the finished ones down
                name = str(future.key).removeprefix("khabar-")
                report.failed.append((name, f"{type(exc).__name__}: {exc}"))
                continue
            report.results.append(result)
            if not result.skipped:
                report.processed += 1
                report.articles += result.articles
                report.errors += result.errors
            else:
                report.skipped += 1
            if on_shard is not None:
                on_shard(result)
    finally:
        client.cancel(futures)


__all__ = ["DEFAULT_SHARD_SIZE", "DaskRunReport", "PipelinePlugin", "ShardPlan", "dask_client", "run_dask"]
