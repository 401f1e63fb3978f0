"""A fuzz batch: a few hundred corrupt items of every kind mixed with good articles, through the CLI
(local engine) and the shard path of the Dask engine. Every good article is stored, every bad item is
reported exactly once, nothing crashes, and the exit status is 1.

The batch is built by benchmarks/fuzz_batch.py (which runs the issue's full 2,151-item batch).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from click.testing import CliRunner

from khabar.api import build_pipeline
from khabar.cli import main
from khabar.engine.budget import Budget
from khabar.engine.shards import merge_shards, plan_shards, process_shard, write_plan
from khabar.readers import ReadOptions
from khabar.store import Store
from server_support import ROOT, resources


def _fuzz_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_batch", ROOT / "benchmarks" / "fuzz_batch.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("fuzz_batch", module)
    spec.loader.exec_module(module)
    return module


FUZZ = _fuzz_module()


def _stored_and_reported(db: Path) -> tuple[set[str], list[str]]:
    with Store(db, read_only=True) as store:
        ids = {row[0] for row in store.con.execute("SELECT id FROM articles").fetchall()}
        origins = [row[0] for row in store.con.execute("SELECT origin FROM ingest_errors").fetchall()]
    return ids, origins


def test_fuzz_batch_through_the_cli_and_the_shards(tmp_path: Path) -> None:
    batch = FUZZ.build_batch(tmp_path / "batch", good=12, bad=324)  # every corrupt kind, 12 times
    assert len(batch.bad_origins) >= 300
    # -- the local engine, through the command line
    db = tmp_path / "local.duckdb"
    args = ["ingest", str(batch.root), "--db", str(db), "--max-bytes", str(FUZZ.MAX_BYTES),
            "--max-chars", str(FUZZ.MAX_CHARS), "--no-progress"]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 1, result.output
    stored, reported = _stored_and_reported(db)
    assert batch.good_ids <= stored, f"articles lost: {sorted(batch.good_ids - stored)}"
    assert sorted(reported) == sorted(batch.bad_origins)  # every bad item, once
    # a second run stores nothing new and records no error twice
    assert CliRunner().invoke(main, args).exit_code == 1
    assert sorted(_stored_and_reported(db)[1]) == sorted(batch.bad_origins)
    # -- the Dask engine's shard path (what each Dask task runs), then the merge
    options = ReadOptions(max_bytes=FUZZ.MAX_BYTES)
    plan = plan_shards([str(batch.root)], 64, options)
    shards = tmp_path / "shards"
    write_plan(plan, shards)
    pipeline = build_pipeline(resources())
    for spec in plan.shards:
        process_shard(spec, shards, lambda: pipeline, options, Budget(max_chars=FUZZ.MAX_CHARS))
    with Store(tmp_path / "dask.duckdb") as store:
        merged = merge_shards(shards, store)
    assert not merged.incomplete
    stored, reported = _stored_and_reported(tmp_path / "dask.duckdb")
    assert batch.good_ids <= stored, f"articles lost: {sorted(batch.good_ids - stored)}"
    assert sorted(reported) == sorted(batch.bad_origins)
