"""A mixed batch of good and corrupt input items, and a run of it through both engines.

``build_batch`` writes ``good`` articles (the dev corpus texts, each made unique) and ``bad`` corrupt
items of every kind khabar must survive — a deeply nested sidecar, deeply nested JSONL lines, a file
name that is not UTF-8, a path with ``[/x]`` in it, binary and undecodable bytes, empty and
punctuation-only files, malformed sidecars and JSONL records, an empty ``.jsonl``, a FIFO, a broken
link, over-size and over-budget articles, the same text under a second id — and returns what a correct
run must report: the id of every good article and the origin of every bad item.

Run as a script it builds the issue's batch (201 good, 2,151 items in all), ingests it with
``--engine local`` and ``--engine dask``, and prints items tried, crashes, articles lost, bad items
reported (once each) and the worst per-item time::

    .venv/bin/python benchmarks/fuzz_batch.py [--good 201] [--bad 1950] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpus" / "dev" / "articles"
# Limits the batch is run with (small, so that the over-size items stay small too).
MAX_BYTES = 100_000
MAX_CHARS = 50_000
DEEP = 2_000  # nesting levels of the "[[[[…]]]]" items (about 4 KB)


@dataclass
class Batch:
    root: Path
    good_ids: set[str] = field(default_factory=set)
    bad_origins: list[str] = field(default_factory=list)  # one per corrupt item, as khabar names it

    @property
    def items(self) -> int:
        return len(self.good_ids) + len(self.bad_origins)


def _printable(path: Path) -> str:
    """The origin khabar prints for a path (undecodable bytes as \\xNN)."""
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")


def _dev_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]


def build_batch(root: Path, good: int = 201, bad: int = 1950) -> Batch:
    """Write the batch under ``root`` (created) and return what a correct run reports."""
    root.mkdir(parents=True, exist_ok=True)
    batch = Batch(root)
    texts = _dev_texts()
    first_good_text: list[str] = []

    def good_text(i: int) -> str:
        return f"{texts[i % len(texts)]}\n\nRef. {i}"  # unique: every content hash differs

    # -- good articles: same file names in different folders, odd names, and JSONL lines -----------
    jsonl_good: list[tuple[int, str]] = []
    for i in range(good):
        text = good_text(i)
        if not first_good_text:
            first_good_text.append(text)
        if i % 10 == 9:  # every tenth in a JSONL file
            jsonl_good.append((i, text))
            continue
        if i == 1:
            path = root / "odd" / os.fsdecode(b"caf\xe9-good.txt")  # a Latin-1 name: still an article
        elif i == 2:
            path = root / "odd" / "[bold]good.txt"
        else:
            path = root / "good" / f"g{i % 7}" / f"story{i // 7}.txt"  # story3.txt in several folders
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        relative = path.relative_to(root)
        batch.good_ids.add(_printable(relative.with_suffix("")))
    # -- corrupt items ------------------------------------------------------------------------------
    bad_dir = root / "zz_bad"  # walked after the good ones: a copied text is the second, not the first
    bad_dir.mkdir(exist_ok=True)
    jsonl_bad_lines: list[bytes] = []

    def file(name: str | bytes, data: bytes, *, sidecar: bytes | None = None, folder: Path = bad_dir) -> None:
        path = folder / (os.fsdecode(name) if isinstance(name, bytes) else name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if sidecar is not None:
            path.with_suffix(".json").write_bytes(sidecar)
        batch.bad_origins.append(_printable(path))

    deep = b"[" * DEEP + b"]" * DEEP
    article = b"A short article about a meeting in Delhi. "
    kinds: list[Callable[[int], None]] = [
        lambda n: file(f"nested{n}.txt", article, sidecar=deep),
        lambda n: jsonl_bad_lines.append(b'{"text": "x", "title": ' + deep + b"}"),
        lambda n: file(b"bin\xff" + str(n).encode() + b".txt", b"\x00\x01\x02 binary \x00"),
        lambda n: file(f"[x]dir{n}[/x].txt", b"\xc3\x28 not utf-8 \xa0\xa1"),  # a folder "[x]dir{n}["
        lambda n: file(f"[bold]blank{n}.txt", b"   \n\t\n"),
        lambda n: file(f"nul{n}.txt", b"text\x00with\x00nuls"),
        lambda n: file(f"latin{n}.txt", b"caf\xe9 au lait \xff"),
        lambda n: file(f"empty{n}.txt", b""),
        lambda n: file(f"emoji{n}.txt", "!!! 😀 … 123 ??? 🎉".encode()),
        lambda n: file(f"badjson{n}.txt", article, sidecar=b'{"title": "unterminated'),
        lambda n: file(f"arrayjson{n}.txt", article, sidecar=b'["not", "an", "object"]'),
        lambda n: file(f"typejson{n}.txt", article, sidecar=b'{"title": 5}'),
        lambda n: jsonl_bad_lines.append(b'{"text": "unterminated'),
        lambda n: jsonl_bad_lines.append(b'["an array"]'),
        lambda n: jsonl_bad_lines.append(b'{"title": "no text field"}'),
        lambda n: jsonl_bad_lines.append(b'{"text": 42}'),
        lambda n: jsonl_bad_lines.append(b'{"text": "\\ud800 lone surrogate"}'),
        lambda n: jsonl_bad_lines.append(b'{"text": "...!!!"}'),
        lambda n: file(f"empty{n}.jsonl", b""),
        lambda n: file(f"notext{n}.html", b"<html><body><script>var x = 1;</script></body></html>"),
        lambda n: file(f"huge{n}.txt", b"a" * (MAX_BYTES + 10)),
        lambda n: file(f"long{n}.txt", b"word " * (MAX_CHARS // 5 + 100)),
        lambda n: _broken_link(bad_dir / f"dangling{n}.txt", batch),
        lambda n: file(f"dup{n}.txt", first_good_text[0].encode("utf-8")),  # same text, another id
        lambda n: file(f"utf16{n}.jsonl", "\ufeff{}\n".encode("utf-16-le")),
        lambda n: file(f"binjson{n}.txt", article, sidecar=b"\x00\x00\x00"),
        lambda n: _fifo(bad_dir / f"fifo{n}.txt", batch),
    ]
    for n in range(bad):
        kinds[n % len(kinds)](n)
    # JSONL: good lines and bad lines interleaved in one file
    lines: list[bytes] = []
    path = root / "mixed.jsonl"
    good_iter = iter(jsonl_good)
    bad_iter = iter(jsonl_bad_lines)
    while True:
        progressed = False
        for _ in range(5):
            line = next(bad_iter, None)
            if line is not None:
                lines.append(line)
                batch.bad_origins.append(f"{_printable(path)}:{len(lines)}")
                progressed = True
        entry = next(good_iter, None)
        if entry is not None:
            record = {"text": entry[1], "id": f"line-{entry[0]}"}
            lines.append(json.dumps(record, ensure_ascii=False).encode())
            batch.good_ids.add(f"line-{entry[0]}")
            progressed = True
        if not progressed:
            break
    path.write_bytes(b"\n".join(lines) + b"\n")
    return batch


def _broken_link(path: Path, batch: Batch) -> None:
    path.symlink_to(path.with_name("nowhere-" + path.name))
    batch.bad_origins.append(_printable(path))


def _fifo(path: Path, batch: Batch) -> None:
    if not hasattr(os, "mkfifo"):
        return
    os.mkfifo(path)
    batch.bad_origins.append(_printable(path))


# --- the run ----------------------------------------------------------------------------------------


def run_engine(batch: Batch, engine: str, workers: int, workdir: Path) -> dict[str, object]:
    """Ingest the batch with one engine in a subprocess; the figures the issue asks for."""
    db = workdir / f"{engine}.duckdb"
    command = [
        sys.executable, "-m", "khabar.cli", "ingest", str(batch.root), "--db", str(db),
        "--engine", engine, "--workers", str(workers), "--max-bytes", str(MAX_BYTES),
        "--max-chars", str(MAX_CHARS), "--no-progress",
    ]  # fmt: skip
    if engine == "dask":
        command += ["--shard-dir", str(workdir / "shards")]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, errors="replace", check=False)
    seconds = time.perf_counter() - started
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        stored = {row[0] for row in con.execute("SELECT id FROM articles").fetchall()}
        errors = [row[0] for row in con.execute("SELECT origin FROM ingest_errors").fetchall()]
    reported = set(errors)
    crashed = done.returncode not in (0, 1) or "Traceback" in done.stderr
    return {
        "engine": engine,
        "items tried": batch.items,
        "exit status": done.returncode,
        "crashes": int(crashed),
        "good stored": len(batch.good_ids & stored),
        "articles lost": len(batch.good_ids - stored),
        "bad items": len(batch.bad_origins),
        "bad reported": len(set(batch.bad_origins) & reported),
        "bad not reported": len(set(batch.bad_origins) - reported),
        "error rows (once each)": f"{len(errors)} rows, {len(reported)} origins",
        "seconds": round(seconds, 1),
        "stderr tail": done.stderr.strip().splitlines()[-1:] if crashed else [],
    }


def worst_item_seconds(batch: Batch) -> tuple[float, str]:
    """Read and process the batch in one process, timing every item; the slowest and its origin."""
    from khabar.api import build_pipeline
    from khabar.engine.budget import Budget
    from khabar.engine.local import process_local
    from khabar.model import ItemError
    from khabar.readers import ReadOptions, iter_documents
    from khabar.resources import Resources

    # Load everything first (resources, the English model, every stage's lazy tables) with one
    # article of each dev language, so that loading is not counted as an item's time.
    pipeline = build_pipeline(Resources.load())
    for path in sorted(DEV.glob("*.txt"))[::5]:
        warm = next(iter(iter_documents([str(path)])))
        if not isinstance(warm, ItemError):
            pipeline(warm)
    options = ReadOptions(max_bytes=MAX_BYTES)
    worst, where = 0.0, ""
    last = time.perf_counter()
    items = process_local(
        iter_documents([str(batch.root)], options),
        budget=Budget(max_chars=MAX_CHARS),
        resources_loader=lambda: None,  # type: ignore[arg-type,return-value]
        pipeline_factory=lambda _resources: pipeline,
    )
    for item in items:
        now = time.perf_counter()
        if now - last > worst:
            worst, where = now - last, item.origin
        last = now
    return worst, where


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--good", type=int, default=201)
    parser.add_argument("--bad", type=int, default=1950)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engines", default="local,dask")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="khabar-fuzz-") as tmp:
        workdir = Path(tmp)
        batch = build_batch(workdir / "batch", args.good, args.bad)
        print(f"batch: {batch.items} items ({len(batch.good_ids)} good, {len(batch.bad_origins)} corrupt)")
        for engine in args.engines.split(","):
            figures = run_engine(batch, engine, args.workers, workdir)
            print(json.dumps(figures, ensure_ascii=False))
        worst, where = worst_item_seconds(batch)
        print(f"worst per-item time (one process, read + process, resources loaded): {worst:.2f} s ({where})")


if __name__ == "__main__":
    main()
