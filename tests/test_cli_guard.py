"""The command line under stress: markup in names and text, exit codes, a locked store, and workers
that die with their parent (local pool and Dask) — each once a crash, a wrong status or a leak."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

from khabar.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "corpus" / "dev" / "articles"
KHABAR = [sys.executable, "-m", "khabar.cli"]
MARKUP_TEXT = (
    'Prime Minister Narendra Modi said, "We will [bold]win[/x] this [/] election," in New Delhi on '
    "Monday. [red]Opposition leader Rahul Gandhi criticised the government on Tuesday."
)


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_markup_in_names_and_text_is_printed_as_written(tmp_path: Path) -> None:
    batch = tmp_path / "in"
    (batch / "[x]dir[").mkdir(parents=True)
    (batch / "[x]dir[" / "x].txt").write_bytes(b"\x00 binary")  # its path contains "[/x]"
    (batch / "[bold]story.txt").write_text(MARKUP_TEXT, encoding="utf-8")
    (batch / "[bold]story.json").write_text(json.dumps({"title": "[/x] A [bold]title"}), encoding="utf-8")
    db = str(tmp_path / "k.duckdb")
    code, output = invoke("ingest", str(batch), "--db", db)
    assert code == 1, output  # one item failed; no crash in the error printer
    assert "[x]dir[/x].txt" in output and "binary file" in output
    code, output = invoke("show", "[bold]story", "--db", db, "--raw")
    assert code == 0, output
    assert "[/x] A [bold]title" in output and "[bold]win[/x] this [/] election" in output
    code, output = invoke("quotes", "--db", db)
    assert code == 0, output
    code, output = invoke("events", "--db", db)
    assert code == 0, output
    code, output = invoke("extract", str(batch / "[bold]story.txt"), "--format", "text")
    assert code == 0 and "[red]Opposition leader" in output, output


def test_exit_codes_are_documented_and_a_crash_is_status_4(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, output = invoke("--help")
    assert code == 0 and "Exit status" in output
    for line in ("0  everything went through", "1  some items failed", "2  usage or setup error",
                 "3  khabar eval", "4  internal error"):  # fmt: skip
        assert line in output
    article = tmp_path / "a.txt"
    article.write_text(MARKUP_TEXT, encoding="utf-8")
    db = str(tmp_path / "k.duckdb")
    assert invoke("ingest", str(article), "--db", db)[0] == 0

    def broken(self: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("khabar.store.Store.stats", broken)
    code, output = invoke("stats", "--db", db)
    assert code == 4 and "internal error" in output and "RuntimeError: a bug" in output


def test_over_long_articles_are_reported_not_cut(tmp_path: Path) -> None:
    article = tmp_path / "long.txt"
    article.write_text("word " * 3000, encoding="utf-8")
    code, output = invoke("extract", str(article), "--max-chars", "1000")
    assert code == 1 and "article too long (15,000 characters; the limit is 1,000" in output


def test_a_locked_store_is_a_setup_error_for_ingest_and_serve(tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    article = tmp_path / "a.txt"
    article.write_text(MARKUP_TEXT, encoding="utf-8")
    hold = f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('held', flush=True); time.sleep(120)"
    holder = subprocess.Popen([sys.executable, "-c", hold], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        ingest = subprocess.run(
            [*KHABAR, "ingest", str(article), "--db", str(db)], capture_output=True, text=True, check=False
        )
        assert ingest.returncode == 2, ingest.stderr
        assert "cannot open the store" in ingest.stderr
        serve = subprocess.run(
            [*KHABAR, "serve", "--db", str(db), "--port", "0"], capture_output=True, text=True, check=False
        )
        assert serve.returncode == 2, serve.stderr
        assert "error:" in serve.stderr
    finally:
        holder.kill()
        holder.wait()


# --- workers die with their parent -------------------------------------------------------------------


def _batch(folder: Path, copies: int) -> Path:
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    for i in range(copies):
        (folder / f"a{i:04d}.txt").write_text(f"{texts[i % len(texts)]}\n\nRef. {i}", encoding="utf-8")
    return folder


def _wait_for_children(process: subprocess.Popen[str], count: int) -> list[psutil.Process]:
    parent = psutil.Process(process.pid)
    for _ in range(600):
        children = parent.children(recursive=True)
        if len(children) >= count:
            return children
        assert process.poll() is None, "the command ended before its workers started"
        time.sleep(0.1)
    raise AssertionError("the workers never started")


def _assert_gone(children: list[psutil.Process]) -> None:
    _, alive = psutil.wait_procs(children, timeout=30)
    for process in alive:
        process.kill()
    assert not alive, f"workers outlived their parent: {alive}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux-only")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_local_workers_die_with_the_ingest(tmp_path: Path, how: signal.Signals) -> None:
    batch = _batch(tmp_path / "in", 200)
    process = subprocess.Popen(
        [*KHABAR, "ingest", str(batch), "--db", str(tmp_path / "k.db"), "--workers", "2", "--no-progress"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    children = _wait_for_children(process, 2)
    process.send_signal(how)
    process.wait(timeout=60)
    if how == signal.SIGTERM:
        assert process.returncode == 128 + signal.SIGTERM  # cleanup ran, then a clear status
    _assert_gone(children)


DASK_DRIVER = textwrap.dedent(
    """
    import json, os, time
    import psutil
    from khabar.engine.dask_engine import dask_client

    with dask_client(workers=1) as client:
        info = client.scheduler_info(n_workers=-1)
        comm = {int(info["address"].rsplit(":", 1)[1])}
        for address, worker in info["workers"].items():
            comm.add(int(address.rsplit(":", 1)[1]))
            if worker.get("nanny"):
                comm.add(int(worker["nanny"].rsplit(":", 1)[1]))
        me = psutil.Process()
        for _ in range(50):  # the listeners are closed on each node's own event loop
            listening = {
                c.laddr.port for p in [me, *me.children(recursive=True)]
                for c in p.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN
            }
            if listening <= comm:
                break
            time.sleep(0.1)
        workers = list(client.run(os.getpid).values())
        print(json.dumps({"extra": sorted(listening - comm), "workers": workers}), flush=True)
        time.sleep(300)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux-only")
def test_dask_local_cluster_serves_no_http_and_dies_with_its_driver() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", DASK_DRIVER], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert process.stdout is not None
        report = json.loads(process.stdout.readline())
        assert report["extra"] == [], f"ports beyond the Dask comms listen: {report['extra']}"
        workers = [psutil.Process(pid) for pid in report["workers"]]
        assert workers
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    _assert_gone(workers)
