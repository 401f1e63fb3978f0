"""Benchmark pieces for real, first-seen text: a corpus of unique real articles, first and warm passes
stage by stage per language, spaCy's own time on the same text as a yardstick, cold start, and a
linearity check on one long line.

Why a yardstick: a figure like "40 ms per article" means little across machines; the ratio to
spaCy's ``en_core_web_sm`` pipeline, measured on the same machine in the same run on the same English
articles, does not depend on the machine nearly as much.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from khabar.model import Document, ItemError
from khabar.readers import ReadOptions, iter_documents


@dataclass(slots=True)
class RealCorpus:
    path: Path
    articles: int
    bytes: int
    by_lang: dict[str, int]
    duplicates_skipped: int
    sources: list[str]


def build_real_corpus(sources: Iterable[Path], dest: Path, limit: int | None = None) -> RealCorpus:
    """One JSONL file of the unique articles (by text) of ``sources`` (JSONL files, article files or
    directories, read as ``khabar ingest`` reads them), in input order, at most ``limit`` of them.

    Nothing is replicated: every article is text the pipeline's memos have not seen in this process.
    Items the readers reject are skipped here (the benchmark measures speed, not input handling).
    """
    sources = [Path(s) for s in sources]
    for source in sources:
        if not source.exists():
            raise FileNotFoundError(f"{source}: no such file or directory (bench --corpus)")
    path = dest / "bench_real.jsonl"
    seen: set[str] = set()
    by_lang: dict[str, int] = defaultdict(int)
    size = duplicates = written = 0
    with path.open("w", encoding="utf-8") as handle:
        for item in iter_documents([str(s) for s in sources], ReadOptions()):
            if isinstance(item, ItemError):
                continue
            digest = hashlib.sha256(item.raw.encode("utf-8")).hexdigest()
            if digest in seen:
                duplicates += 1
                continue
            seen.add(digest)
            record = {"id": f"{item.id}-{written:07d}", "text": item.raw, "lang": item.hint_lang}
            if item.hint_published:
                record["published"] = item.hint_published
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            size += len(item.raw.encode("utf-8"))
            by_lang[item.hint_lang or "?"] += 1
            written += 1
            if limit is not None and written >= limit:
                break
    if not written:
        raise ValueError(f"bench --corpus: no readable article in {', '.join(map(str, sources))}")
    return RealCorpus(path, written, size, dict(by_lang), duplicates, [str(s) for s in sources])


# --- stage by stage, first pass and warm pass, per language ---------------------------------------------


def stage_passes(
    docs: list[Document],
    pipeline: Any,
    passes: tuple[str, ...] = ("first", "warm"),
    langs_out: list[str] | None = None,
) -> list[dict[str, Any]]:
    """Run ``docs`` through ``pipeline`` once per pass name, timing every stage per language.

    The first pass sees every article for the first time in this process (the pipeline was just
    built); the warm pass runs the same articles again through the same pipeline, so its memos (per
    word form, per name) answer what they can. The gap between the two is the cost of first-seen text.
    Returns one row per (pass, language): ms per article for every stage and in total; the detected
    language of each document (first pass) is appended to ``langs_out`` when given.
    """
    rows = []
    for pass_name in passes:
        seconds: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        cpu: dict[str, float] = defaultdict(float)
        counts: dict[str, int] = defaultdict(int)
        for original in docs:
            doc = replace(original)
            spent: dict[str, float] = {}
            cpu_started = time.process_time()
            for stage in pipeline.stages:
                started = time.perf_counter()
                doc = stage(doc)
                spent[stage.name] = time.perf_counter() - started
            lang = doc.lang or "?"  # known only once the language stage ran: book the doc afterwards
            cpu[lang] += time.process_time() - cpu_started
            if langs_out is not None and pass_name == passes[0]:
                langs_out.append(lang)
            counts[lang] += 1
            for name, elapsed in spent.items():
                seconds[lang][name] += elapsed
        for lang, n in sorted(counts.items()):
            per_stage = {name: round(1000 * s / n, 3) for name, s in seconds[lang].items()}
            rows.append(
                {
                    "pass": pass_name,
                    "lang": lang,
                    "articles": n,
                    "ms_per_article": round(sum(per_stage.values()), 3),
                    # this process's CPU time: on a machine shared with other work the wall clock
                    # also counts the time spent waiting for a core, CPU time does not
                    "cpu_ms_per_article": round(1000 * cpu[lang] / n, 3),
                    "stages_ms": per_stage,
                }
            )
    return rows


# --- spaCy's own time on the same English text ----------------------------------------------------------


def yardstick_language() -> str:
    """The language code of the spaCy model the yardstick loads (its texts must be in it)."""
    from khabar.nlp_en import load_english_model

    return str(load_english_model().lang)


def spacy_yardstick(texts: list[str]) -> dict[str, Any]:
    """Load ``en_core_web_sm`` (its full default pipeline, freshly) and parse ``texts`` one by one:
    the model's load time and its ms per article on this machine, now."""
    from khabar.nlp_en import load_english_model

    started = time.perf_counter()
    nlp = load_english_model()
    load_s = time.perf_counter() - started
    nlp("Warm-up sentence.")  # the first call allocates; do not bill it to the first article
    started, cpu_started = time.perf_counter(), time.process_time()
    for text in texts:
        nlp(text)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return {
        "model": nlp.meta.get("name", "?"),
        "pipeline": list(nlp.pipe_names),
        "load_s": round(load_s, 3),
        "articles": len(texts),
        "ms_per_article": round(1000 * seconds / len(texts), 3) if texts else None,
        "cpu_ms_per_article": round(1000 * cpu / len(texts), 3) if texts else None,
    }


# --- cold start -----------------------------------------------------------------------------------------

_COLD_START = """
import time
t0, c0 = time.perf_counter(), time.process_time()
import khabar.api
ex = khabar.api.Extractor()
t1, c1 = time.perf_counter(), time.process_time()
doc = ex.extract({text!r}, lang={lang!r})
t2, c2 = time.perf_counter(), time.process_time()
print(t1 - t0, t2 - t1, len(doc.entities or []), c1 - c0, c2 - c1)
"""

_SPACY_LOAD = """
import time
t0, c0 = time.perf_counter(), time.process_time()
from khabar.nlp_en import load_english_model
load_english_model()
print(time.perf_counter() - t0, time.process_time() - c0)
"""


def cold_start(text: str, lang: str) -> dict[str, Any]:
    """A new Python process: import khabar, load every resource, extract one article (with a name the
    KB does not know). Beside it, a new process that only imports spaCy and loads its model."""

    def run(code: str) -> list[float]:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=600
        )
        return [float(x) for x in done.stdout.split()]

    load_s, first_s, entities, load_cpu, first_cpu = run(_COLD_START.format(text=text, lang=lang))
    spacy_s, spacy_cpu = run(_SPACY_LOAD)
    total, total_cpu = load_s + first_s, load_cpu + first_cpu
    return {
        "lang": lang,
        "load_s": round(load_s, 3),
        "first_article_s": round(first_s, 3),
        "total_s": round(total, 3),
        "entities": int(entities),
        "spacy_model_load_s": round(spacy_s, 3),
        "ratio_to_spacy_load": round(total / spacy_s, 2) if spacy_s else None,
        # CPU seconds of each new process: what a busy machine does not inflate
        "total_cpu_s": round(total_cpu, 3),
        "spacy_model_load_cpu_s": round(spacy_cpu, 3),
        "cpu_ratio_to_spacy_load": round(total_cpu / spacy_cpu, 2) if spacy_cpu else None,
    }


# --- linearity ------------------------------------------------------------------------------------------


def linearity(
    base_text: str,
    extract: Callable[[str], object],
    base_copies: int = 2,
    doublings: int = 4,
    clock: Callable[[], float] = time.perf_counter,
) -> list[dict[str, Any]]:
    """One article repeated on a single line (no newline anywhere), doubling the size ``doublings``
    times from ``base_copies`` copies; each row gives the time and its ratio to the previous row
    (2.0 is linear, 4.0 quadratic)."""
    line = " ".join(base_text.split())
    rows: list[dict[str, Any]] = []
    extract(line)  # warm: the first row should not carry the memos' first fill
    previous = 0.0
    for step in range(doublings + 1):
        copies = base_copies * 2**step
        text = " ".join([line] * copies)
        started = clock()
        extract(text)
        seconds = clock() - started
        rows.append(
            {
                "copies": copies,
                "chars": len(text),
                "seconds": round(seconds, 3),
                "ratio": round(seconds / previous, 2) if step and previous > 0 else None,
            }
        )
        previous = seconds
    return rows
