"""One store, many readers: a real `khabar serve` subprocess and CLI subprocesses on the same file.

DuckDB lets one process write a file or many read it. The server holds the store only while it
answers, so the CLI's read commands and an ingest work beside it; a process that holds the file for
long gets a message that names it and says what to do, never DuckDB's bare lock error.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "corpus" / "dev" / "articles"
KHABAR = [sys.executable, "-m", "khabar.cli"]
pytestmark = pytest.mark.slow


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KHABAR, *args], capture_output=True, text=True, timeout=300, env=env or os.environ.copy()
    )


def get(url: str) -> dict:  # type: ignore[type-arg]
    with urllib.request.urlopen(url, timeout=60) as answer:
        return json.loads(answer.read())


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    folder = tmp_path_factory.mktemp("shared")
    db = str(folder / "k.duckdb")
    first = run("ingest", str(ARTICLES / "en_02_hurriyet_afp_containment.txt"), "--db", db, "--no-progress")
    assert first.returncode == 0, first.stderr
    log = folder / "serve.log"
    with log.open("w") as handle:
        server = subprocess.Popen(
            [*KHABAR, "serve", "--db", db, "--port", "0", "--log-level", "warning"],
            stdout=handle, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 240
        base = None
        while time.monotonic() < deadline and server.poll() is None:
            found = re.search(r"listening on (http://127\.0\.0\.1:\d+)/", log.read_text())
            if found:
                base = found.group(1)
                break
            time.sleep(0.2)
        text = log.read_text()
        assert base, f"the server did not start: {text}"
        # It said it was loading before it listened.
        assert text.index("loading") < text.index("listening on")
        yield db, base
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_read_commands_work_while_the_server_runs(served: tuple[str, str]) -> None:
    db, base = served
    assert get(f"{base}/api/health")["articles"] >= 1
    events = run("events", "--db", db, "--format", "jsonl", "--limit", "0")
    assert events.returncode == 0, events.stderr
    assert len(events.stdout.splitlines()) >= 1
    stats = run("stats", "--db", db, "--json")
    assert stats.returncode == 0 and json.loads(stats.stdout)["articles"] >= 1
    shown = run("show", "en_02_hurriyet_afp_containment", "--db", db)
    assert shown.returncode == 0 and "events (" in shown.stdout


def test_an_ingest_beside_the_server_is_stored_and_served(served: tuple[str, str]) -> None:
    db, base = served
    before = get(f"{base}/api/health")["articles"]
    ingest = run("ingest", str(ARTICLES / "en_04_menafn_anadolu_shoygu.txt"), "--db", db, "--no-progress")
    assert ingest.returncode == 0, ingest.stderr + ingest.stdout
    assert get(f"{base}/api/health")["articles"] == before + 1
    hits = get(f"{base}/api/search?q=Shoygu")
    assert any(item["id"] == "en_04_menafn_anadolu_shoygu" for item in hits["items"])
    again = run("ingest", str(ARTICLES / "en_04_menafn_anadolu_shoygu.txt"), "--db", db, "--no-progress")
    assert re.search(r"unchanged \(already stored\)\s*│\s*1", again.stdout)


def test_a_long_lock_gets_a_message_saying_what_to_do(tmp_path: Path) -> None:
    db = str(tmp_path / "locked.duckdb")
    assert run("ingest", str(ARTICLES / "en_02_hurriyet_afp_containment.txt"), "--db", db).returncode == 0
    env = {**os.environ, "KHABAR_LOCK_WAIT": "1"}
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({db!r}); print('held', flush=True); "
         "time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        other = str(ARTICLES / "en_06_sputnik_pillars.txt")
        for args in (("events", "--db", db), ("ingest", other, "--db", db)):
            result = run(*args, env=env)
            assert result.returncode == 2
            assert "Could not set lock" not in result.stderr
            assert f"process {holder.pid}" in result.stderr and "stop it" in result.stderr
    finally:
        holder.kill()
        holder.wait()
    # In-process, the connection of a finished command is gone: the file opens again at once.
    duckdb.connect(db, read_only=True).close()
