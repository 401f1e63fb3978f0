"""The Dask engine on a LocalCluster on 127.0.0.1 (2 worker processes): same output as the local engine,
a worker killed mid-run, a rerun that redoes nothing, the CLI, and nothing listening off loopback."""

from __future__ import annotations

import json
import logging
import os
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.engine.dask_engine import run_dask
from khabar.engine.local import process_local
from khabar.engine.shards import MARKER_FILE, merge_shards
from khabar.model import Document, ItemError
from khabar.readers import iter_documents
from khabar.resources import Resources
from khabar.store import Store

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "corpus" / "dev" / "articles"
LOOPBACK = {"127.0.0.1", "::1"}


# Module-level so that the workers can import them (they are pickled by reference).
def no_resources() -> Resources:
    return Resources(packs=None, kb=None)  # type: ignore[arg-type]


def slow_factory(resources: Resources) -> Callable[[Document], Document]:
    return slow_stage


def slow_stage(doc: Document) -> Document:
    time.sleep(0.15)  # long enough for a worker to be killed in the middle of a shard
    doc.clean = doc.raw
    doc.lang = "en"
    return doc


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            worker_dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as local,
        distributed.Client(local) as client,
    ):
        yield client


def _sockets_of_cluster() -> list[Any]:
    me = psutil.Process()
    found = []
    for proc in [me, *me.children(recursive=True)]:
        try:
            found.extend(proc.net_connections(kind="inet"))
        except psutil.Error:
            continue
    return found


def test_the_cluster_uses_loopback_only(cluster: Any) -> None:
    sockets = _sockets_of_cluster()
    listening = [s for s in sockets if s.status == psutil.CONN_LISTEN]
    assert listening, "the scheduler and workers listen somewhere"
    assert {s.laddr.ip for s in listening} <= LOOPBACK
    assert {s.raddr.ip for s in sockets if s.raddr} <= LOOPBACK
    assert cluster.scheduler_info()["address"].startswith("tcp://127.0.0.1:")


# Integer surrogate keys (store schema 4+): numbered in the order actors and spellings were first
# written, which differs between one local write and a merge of shards; compared by what they stand for.
_ACTOR_COLUMNS = {"actor", "source_actor", "target_actor"}
_SPELLING_COLUMNS = {"spelling", "source_spellings", "target_spellings"}


def _table_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row but the ingestion time, in a stable order, actor and spelling numbers
    replaced by the actor key and the spelling they number."""
    with Store(db, read_only=True) as store:
        actor_key = dict(store.con.execute("SELECT actor, key FROM actors").fetchall())
        spelling = {
            number: (actor_key.get(actor), text, kind)
            for actor, text, kind, number in store.con.execute(
                "SELECT actor, text, kind, spelling FROM actor_spellings"
            ).fetchall()
        }

        def resolve(column: str, value: Any) -> Any:
            if column in _ACTOR_COLUMNS:
                return actor_key.get(value)
            if column in _SPELLING_COLUMNS:
                if isinstance(value, list):
                    return tuple(sorted(map(str, (spelling.get(v) for v in value))))
                return spelling.get(value)
            return value

        names = ("articles", "removed_spans", "sentences", "entities", "mentions", "quotes", "events")
        rows = {}
        for name in names:
            columns = [
                c[0] for c in store.con.execute(f"DESCRIBE {name}").fetchall() if c[0] != "ingested_at"
            ]
            select = ", ".join(f'"{c}"' for c in columns)
            table = store.con.execute(f"SELECT {select} FROM {name}").fetchall()
            resolved = [tuple(resolve(c, v) for c, v in zip(columns, row, strict=True)) for row in table]
            rows[name] = sorted(resolved, key=repr)
        return rows


def test_same_output_as_the_local_engine(cluster: Any, tmp_path: Path) -> None:
    # Every other dev article (Hindi and English, with sidecars), to keep the test short.
    inputs = [str(path) for path in sorted(DEV.glob("*.txt"))[::2]]
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    processed = list(process_local(iter_documents(inputs), workers=1))
    assert not [item for item in processed if isinstance(item, ItemError)]
    with Store(local_db) as store:
        store.write([item for item in processed if isinstance(item, Document)])
    report = run_dask(inputs, tmp_path / "shards", client=cluster, shard_size=3)
    assert report.planned == 4 and report.processed == 4 and report.errors == 0
    assert len({r.pid for r in report.results}) == 2  # both workers took part
    with Store(dask_db) as store:
        merged = merge_shards(tmp_path / "shards", store)
    assert merged.stored == len(processed) and not merged.incomplete
    local_rows, dask_rows = _table_rows(local_db), _table_rows(dask_db)
    assert len(local_rows["articles"]) == len(processed)
    differing = [name for name in local_rows if local_rows[name] != dask_rows[name]]
    assert not differing, f"tables that differ between the engines: {differing}"


def _jsonl(path: Path, n: int) -> Path:
    path.write_text("\n".join(json.dumps({"id": f"doc{i:03d}", "text": f"article {i}"}) for i in range(n)))
    return path


def _kill_a_busy_worker(client: Any, shard_dir: Path) -> int:
    """Wait for the first finished shard, then SIGKILL a worker that is processing one."""
    deadline = time.monotonic() + 60
    while not any(shard_dir.glob(f"shard-*/{MARKER_FILE}")):
        assert time.monotonic() < deadline, "no shard finished"
        time.sleep(0.05)
    while time.monotonic() < deadline:
        busy = [address for address, keys in client.processing().items() if keys]
        if busy:
            pids = client.run(os.getpid, workers=busy[:1])
            pid = next(iter(pids.values()))
            os.kill(pid, signal.SIGKILL)
            return pid
        time.sleep(0.05)
    raise AssertionError("no worker was busy")


def test_a_killed_worker_loses_and_duplicates_nothing(cluster: Any, tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", 48)
    shard_dir = tmp_path / "shards"
    killed: list[int] = []
    with _Background() as background:
        background.start(lambda: killed.append(_kill_a_busy_worker(cluster, shard_dir)))
        report = run_dask(
            [str(source)],
            shard_dir,
            client=cluster,
            shard_size=4,
            resources_loader=no_resources,
            pipeline_factory=slow_factory,
        )
    assert killed, "a worker was killed during the run"
    assert report.planned == 12 and report.processed + report.skipped == 12
    with Store(tmp_path / "k.duckdb") as store:
        merged = merge_shards(shard_dir, store)
        ids = [row[0] for row in store.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    assert not merged.incomplete and not merged.errors
    assert ids == [f"doc{i:03d}" for i in range(48)]  # none lost, none twice
    assert len(list(shard_dir.glob(f"shard-*/{MARKER_FILE}"))) == 12
    assert not list(shard_dir.glob(".shard-*"))  # no half-written shard left behind


def test_a_rerun_redoes_nothing_and_a_lost_shard_is_redone(cluster: Any, tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", 10)
    shard_dir = tmp_path / "shards"
    kwargs: dict[str, Any] = {
        "client": cluster,
        "shard_size": 3,
        "resources_loader": no_resources,
        "pipeline_factory": slow_factory,
    }
    first = run_dask([str(source)], shard_dir, **kwargs)
    markers = {p: p.stat().st_mtime_ns for p in shard_dir.glob(f"shard-*/{MARKER_FILE}")}
    second = run_dask([str(source)], shard_dir, **kwargs)
    assert (first.processed, second.processed, second.skipped) == (4, 0, 4)
    assert {p: p.stat().st_mtime_ns for p in markers} == markers  # nothing rewritten
    lost = sorted(markers)[1]
    lost.unlink()  # as if the job had died before this shard was published
    third = run_dask([str(source)], shard_dir, **kwargs)
    assert (third.processed, third.skipped) == (1, 3)
    assert lost.exists()


def test_cli_ingest_with_dask_then_merge_again(cluster: Any, tmp_path: Path) -> None:
    address = cluster.scheduler_info()["address"]
    db, shards = tmp_path / "k.duckdb", tmp_path / "shards"
    files = [str(DEV / "hi_00_vietnamvn_shoigu_wangyi.txt"), str(tmp_path / "missing.txt")]
    args = ["ingest", *files, "--engine", "dask", "--scheduler", address, "--db", str(db)]
    args += ["--shard-dir", str(shards)]
    runner = CliRunner()
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output  # the missing file is reported, the article stored
    assert "missing.txt" in result.output and "stored (new or changed)" in result.output
    with Store(db, read_only=True) as store:
        assert store.find_ids("hi_00") == ["hi_00_vietnamvn_shoigu_wangyi"]
        errors = store.con.execute("SELECT count(*) FROM ingest_errors").fetchone()[0]
    again = runner.invoke(main, ["merge", str(shards), "--db", str(db)])
    assert "0 shard(s)" in again.output and "1 merged before" in again.output
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == errors == 1
    usage = runner.invoke(main, ["ingest", files[0], "--scheduler", address, "--db", str(db)])
    assert usage.exit_code == 2 and "need --engine dask" in usage.output


class _Background:
    """Runs one function in a thread for the length of a with-block; re-raises its failure."""

    def __enter__(self) -> _Background:
        import threading

        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._threading = threading
        return self

    def start(self, func: Callable[[], None]) -> None:
        def target() -> None:
            try:
                func()
            except BaseException as exc:
                self._error = exc

        self._thread = self._threading.Thread(target=target, daemon=True)
        self._thread.start()

    def __exit__(self, *exc: object) -> None:
        if self._thread is not None:
            self._thread.join(timeout=60)
        if self._error is not None:
            raise self._error
