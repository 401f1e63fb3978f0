"""CPU milliseconds per article of a first pass and a warm pass over a JSONL file, in one process.

The A/B harness of issue 13's first-seen figures: run it for two code versions in alternate processes
(another version through ``PYTHONPATH=/path/to/other/src``, with its own KB cache built by ``khabar kb
build``) and compare the CPU times, which the load of a shared machine moves much less than the wall
clock::

    for round in 1 2 3; do
        PYTHONPATH=/tmp/base/src .venv/bin/python benchmarks/first_pass_cpu.py hi150.jsonl
        .venv/bin/python benchmarks/first_pass_cpu.py hi150.jsonl
    done

Prints one JSON object: ``{"first": ms, "warm": ms, "articles": n}``. ``--freeze``: ``gc.freeze()``
after loading, as a worker of the local engine does (``engine.lifecycle.freeze_after_load``; called
directly here so that an older version under ``PYTHONPATH`` is measured the same way).
"""

from __future__ import annotations

import gc
import json
import sys
import time
from dataclasses import replace

from khabar.api import build_pipeline
from khabar.model import Document
from khabar.readers import ReadOptions, iter_documents
from khabar.resources import Resources


def main(path: str, freeze: bool = False) -> dict[str, float]:
    docs = [d for d in iter_documents([path], ReadOptions()) if isinstance(d, Document)]
    if not docs:
        raise SystemExit(f"{path}: no readable articles")
    pipeline = build_pipeline(Resources.load())
    if freeze:
        gc.freeze()
    result: dict[str, float] = {}
    for name in ("first", "warm"):
        started = time.process_time()
        for original in docs:
            doc = replace(original)
            for stage in pipeline.stages:
                doc = stage(doc)
        result[name] = round(1000 * (time.process_time() - started) / len(docs), 2)
    result["articles"] = len(docs)
    return result


if __name__ == "__main__":
    args = sys.argv[1:]
    freeze = "--freeze" in args
    paths = [a for a in args if a != "--freeze"]
    if len(paths) != 1:
        raise SystemExit("usage: first_pass_cpu.py ARTICLES.jsonl [--freeze]")
    print(json.dumps(main(paths[0], freeze)))
