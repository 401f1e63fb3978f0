"""Ingest throughput: the dev corpus replicated to N articles, read → process → store, per worker count.

Prints a table and writes JSON (``--json``). Figures, not assertions: run it by hand or in a
benchmark job, never as a test.

    .venv/bin/python benchmarks/ingest_throughput.py --articles 10000 --workers 1 2
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from khabar.engine.local import process_local
from khabar.model import Document, ItemError
from khabar.readers import iter_documents
from khabar.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "dev" / "articles"


def build_corpus(n: int, dest: Path, seed: int = 7) -> tuple[Path, int]:
    """Write N articles as JSONL: dev articles with varied ids and a varied tail so hashes differ."""
    sources = sorted(CORPUS.glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sources]
    rng = random.Random(seed)
    path = dest / f"bench_{n}.jsonl"
    size = 0
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            stem, text = texts[i % len(texts)]
            day = 1 + rng.randrange(28)
            record = {
                "id": f"{stem}-{i}",
                "text": f"{text}\n{i}",
                "published": f"2024-{1 + rng.randrange(12):02d}-{day:02d}",
            }
            line = json.dumps(record, ensure_ascii=False)
            size += len(line.encode("utf-8"))
            handle.write(line + "\n")
    return path, size


def run(corpus: Path, db: Path, workers: int) -> dict[str, float]:
    started = time.perf_counter()
    processed = errors = 0
    batch: list[Document] = []
    with Store(db) as store:
        for item in process_local(iter_documents([str(corpus)]), workers=workers, chunksize=16):
            if isinstance(item, ItemError):
                errors += 1
                continue
            processed += 1
            batch.append(item)
            if len(batch) >= 256:
                store.write(batch)
                batch.clear()
        if batch:
            store.write(batch)
    seconds = time.perf_counter() - started
    return {"workers": workers, "articles": processed, "errors": errors, "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="khabar-bench-") as tmp:
        corpus, size = build_corpus(args.articles, Path(tmp))
        results = []
        for workers in args.workers:
            db = Path(tmp) / f"bench_w{workers}.duckdb"
            figures = run(corpus, db, workers)
            figures["mb_per_s"] = size / 1e6 / figures["seconds"]
            figures["articles_per_s"] = figures["articles"] / figures["seconds"]
            figures["db_kb_per_1000"] = db.stat().st_size / 1024 / max(figures["articles"], 1) * 1000
            results.append(figures)
        # ru_maxrss is in KiB on Linux: the parent (reader + store) and the largest child (a worker).
        peak_parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        peak_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    base = results[0]["articles_per_s"]
    print(f"corpus: {args.articles} articles, {size / 1e6:.1f} MB (dev corpus replicated)")
    print(f"{'workers':>7} {'articles/s':>11} {'MB/s':>7} {'seconds':>8} {'speed-up':>8} {'DB KB/1000':>10}")
    for r in results:
        print(
            f"{r['workers']:>7} {r['articles_per_s']:>11.1f} {r['mb_per_s']:>7.2f} {r['seconds']:>8.1f} "
            f"{r['articles_per_s'] / base:>8.2f} {r['db_kb_per_1000']:>10.0f}"
        )
    print(f"peak RSS: main process {peak_parent:.0f} MiB, largest worker {peak_child:.0f} MiB")
    if args.json:
        payload = {"corpus_mb": size / 1e6, "runs": results, "peak_rss_mib": [peak_parent, peak_child]}
        args.json.write_text(json.dumps(payload, indent=2))
    if any(r["errors"] for r in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
