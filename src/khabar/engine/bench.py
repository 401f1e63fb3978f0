"""``khabar bench``: throughput per stage and end to end, memory, store size, and event-query latency.

Figures, not assertions (no test checks a timing). What is measured:

* a corpus of N articles in JSONL: the dev corpus replicated with varied ids, publication dates and a
  varied last line (so every content hash differs), plus every ``long_every``-th article a long one
  (ten dev articles of one language joined, ~20 KB); ``mix="hindi"`` uses only the ~2 KB Hindi articles;
* per stage, in one process on a sample: read, every stage that :func:`khabar.api.build_pipeline`
  returns (each call wrapped in a timer), building the Arrow rows and inserting them into DuckDB —
  articles/s and MB/s (of raw text) for each as if it ran alone on one core;
* end to end (read → process → store, as ``khabar ingest`` does) for each engine and worker count:
  articles/s, MB/s, per core, speed-up over the first run, peak RSS of the main process and of the
  largest worker, DuckDB size per 1,000 articles;
* the slowest stage under cProfile: where its time goes (top functions by own and cumulative time);
* optionally an events query benchmark over a synthetic store of M events appended in bulk
  (:meth:`Store.append_tables`) and compacted: build time, p50/p95 of
  :func:`khabar.store.queries.query_events` and the time of ``count_events`` for typical filters.
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import pstats
import random
import statistics
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from khabar.engine.lifecycle import freeze_after_load
from khabar.langpacks import load_language_packs
from khabar.model import Document, ItemError
from khabar.readers import ReadOptions, iter_documents
from khabar.resources import Resources

DEV_CORPUS = Path(__file__).resolve().parents[3] / "corpus" / "dev" / "articles"
BATCH_SIZE = 256  # as `khabar ingest`


@dataclass(slots=True)
class BenchConfig:
    articles: int = 2000
    workers: tuple[int, ...] = (1, 2)
    engines: tuple[str, ...] = ("local",)
    # dev: the whole dev corpus + long articles; a language pack's name (hindi): its ~2 KB articles only
    mix: str = "dev"
    long_every: int = 50  # every n-th article is a long one (dev mix; 0 = none)
    stage_sample: int = 500  # articles timed stage by stage (in one process)
    profile_sample: int = 200  # articles run under cProfile through the slowest stage
    events: int = 0  # synthetic events for the query benchmark (0 = skip)
    query_repeats: int = 20
    corpus_dir: Path = DEV_CORPUS
    workdir: Path | None = None  # where the corpus and stores go (default: a temporary directory)
    seed: int = 7
    # Real, unique articles (JSONL files, article files or directories) instead of the replicated dev
    # corpus: first and warm passes per language, spaCy's time on the same English text beside ours.
    corpus_files: tuple[Path, ...] = ()
    cold_start: bool = False  # time a new process: import, load, first article (and spaCy's load)
    linearity: int = 0  # base copies of a dev article on one line, doubled four times (0 = skip)
    linearity_pack: str = "hindi"  # the language pack whose first dev article the linearity row uses


# --- the corpus -----------------------------------------------------------------------------------------


@dataclass(slots=True)
class Corpus:
    path: Path
    articles: int
    bytes: int  # UTF-8 bytes of the raw texts
    by_lang: dict[str, int]
    long_articles: int


def _dev_articles(corpus_dir: Path) -> list[tuple[str, str, str]]:
    """(stem, lang, text) of every dev article; lang from the sidecar, else from the file name."""
    articles = []
    for path in sorted(corpus_dir.glob("*.txt")):
        lang = path.stem.split("_", 1)[0]
        sidecar = path.with_suffix(".json")
        if sidecar.is_file():
            lang = json.loads(sidecar.read_text(encoding="utf-8")).get("lang") or lang
        articles.append((path.stem, lang, path.read_text(encoding="utf-8")))
    if not articles:
        raise FileNotFoundError(f"{corpus_dir}: no .txt articles to build the benchmark corpus from")
    return articles


def _pack_code(name: str) -> str:
    """The code of the shipped language pack called ``name`` (``hindi`` → its code)."""
    packs = load_language_packs()
    for pack in packs:
        if pack.name.casefold() == name.casefold():
            return pack.code
    raise ValueError(f"unknown benchmark mix {name!r}: 'dev' or a language pack's name")


def build_corpus(config: BenchConfig, dest: Path) -> Corpus:
    """Write the N-article JSONL corpus (see the module docstring)."""
    dev = _dev_articles(config.corpus_dir)
    if config.mix != "dev":
        code = _pack_code(config.mix)
        base = [a for a in dev if a[1] == code and 1500 <= len(a[2].encode("utf-8")) // 3 <= 3000]
        base = base or [a for a in dev if a[1] == code]
        long_every = 0
    else:
        base, long_every = dev, config.long_every
    rng = random.Random(config.seed)
    by_lang: Counter[str] = Counter()
    size = longs = 0
    path = dest / f"bench_{config.mix}_{config.articles}.jsonl"
    start = date(2020, 1, 1)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(config.articles):
            stem, lang, text = base[i % len(base)]
            if long_every and i % long_every == long_every - 1:
                same = [a[2] for a in dev if a[1] == lang]
                text = "\n\n".join(rng.choice(same) for _ in range(10))
                stem = f"long_{lang}"
                longs += 1
            published = start + timedelta(days=rng.randrange(6 * 365))
            record = {
                "id": f"{stem}-{i:07d}",
                "text": f"{text}\n{i}",  # a varied last line: every content hash differs
                "published": published.isoformat(),
                "lang": lang,
            }
            size += len(record["text"].encode("utf-8"))
            by_lang[lang] += 1
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return Corpus(path, config.articles, size, dict(by_lang), longs)


# --- memory ---------------------------------------------------------------------------------------------


class RssSampler:
    """Samples the resident memory of this process and its descendants (peak per process)."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            for proc in [me, *me.children(recursive=True)]:
                try:
                    rss = proc.memory_info().rss
                except psutil.Error:
                    continue
                self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), rss)
            self._stop.wait(self.interval)

    @property
    def main_mib(self) -> float:
        return self.peaks.get(os.getpid(), 0) / 2**20

    @property
    def largest_worker_mib(self) -> float:
        others = [rss for pid, rss in self.peaks.items() if pid != os.getpid()]
        return max(others, default=0) / 2**20


# --- per stage ------------------------------------------------------------------------------------------


@dataclass(slots=True)
class StageFigure:
    name: str
    seconds: float
    articles: int
    mb: float

    def as_dict(self, total: float) -> dict[str, Any]:
        return {
            "stage": self.name,
            "seconds": round(self.seconds, 4),
            "share": round(self.seconds / total, 4) if total else 0.0,
            "articles_per_s": round(self.articles / self.seconds, 1) if self.seconds else None,
            "mb_per_s": _significant(self.mb / self.seconds) if self.seconds else None,
            "ms_per_article": round(1000 * self.seconds / self.articles, 3) if self.articles else None,
        }


def _timed(items: Iterator[Document | ItemError], clock: list[float]) -> Iterator[Document | ItemError]:
    """The items, with the time spent producing them added to ``clock[0]``."""
    while True:
        started = time.perf_counter()
        try:
            item = next(items)
        except StopIteration:
            clock[0] += time.perf_counter() - started
            return
        clock[0] += time.perf_counter() - started
        yield item


def measure_stages(
    corpus: Path, sample: int, resources: Resources, db: Path
) -> tuple[list[StageFigure], list[Document]]:
    """Time reading, each pipeline stage, row building and storing, one process, ``sample`` articles.

    Returns the figures and the documents as read (for profiling a stage afterwards).
    """
    from khabar.api import build_pipeline
    from khabar.store import Store
    from khabar.store.tables import document_tables

    pipeline = build_pipeline(resources)
    seconds = {stage.name: 0.0 for stage in pipeline.stages}
    read_clock = [0.0]
    tables_seconds = store_seconds = 0.0
    size = 0
    originals: list[Document] = []
    done: list[Document] = []
    items = _timed(iter_documents([str(corpus)], ReadOptions()), read_clock)
    with Store(db) as store:
        for item in items:
            if isinstance(item, ItemError):
                continue
            originals.append(_copy(item))
            size += len(item.raw.encode("utf-8"))
            doc = item
            for stage in pipeline.stages:
                started = time.perf_counter()
                doc = stage(doc)
                seconds[stage.name] += time.perf_counter() - started
            done.append(doc)
            if len(done) >= BATCH_SIZE or len(originals) >= sample:
                tables_seconds, store_seconds = _store_timed(
                    store, done, document_tables, tables_seconds, store_seconds
                )
            if len(originals) >= sample:
                break
        if done:
            tables_seconds, store_seconds = _store_timed(
                store, done, document_tables, tables_seconds, store_seconds
            )
    n, mb = len(originals), size / 1e6
    figures = [StageFigure("read", read_clock[0], n, mb)]
    figures += [StageFigure(name, s, n, mb) for name, s in seconds.items()]
    figures += [
        StageFigure("rows (Arrow)", tables_seconds, n, mb),
        StageFigure("store", store_seconds, n, mb),
    ]
    return figures, originals


def _store_timed(
    store: Any, docs: list[Document], tables_fn: Callable[..., Any], tables_s: float, store_s: float
) -> tuple[float, float]:
    started = time.perf_counter()
    tables = tables_fn(docs)
    middle = time.perf_counter()
    store.insert_tables(tables, replace_ids=[d.id for d in docs])
    ended = time.perf_counter()
    docs.clear()
    return tables_s + middle - started, store_s + ended - middle


def _copy(doc: Document) -> Document:
    from dataclasses import replace

    return replace(doc)


def profile_stage(
    stage_name: str, docs: list[Document], resources: Resources, top: int = 20
) -> dict[str, Any]:
    """Run ``docs`` through the pipeline with cProfile on only the named stage; its hottest functions."""
    from khabar.api import build_pipeline

    pipeline = build_pipeline(resources)
    profiler = cProfile.Profile()
    seconds = 0.0
    for original in docs:
        doc = _copy(original)
        for stage in pipeline.stages:
            if stage.name == stage_name:
                started = time.perf_counter()
                profiler.enable()
                doc = stage(doc)
                profiler.disable()
                seconds += time.perf_counter() - started
            else:
                doc = stage(doc)
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, function), (_cc, calls, own, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append(
            {
                "function": f"{_short_path(filename)}:{line}({function})",
                "calls": calls,
                "own_s": round(own, 4),
                "cumulative_s": round(cumulative, 4),
            }
        )
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(top)
    return {
        "stage": stage_name,
        "articles": len(docs),
        "seconds": round(seconds, 3),
        "by_own_time": sorted(rows, key=lambda r: -r["own_s"])[:top],
        "by_cumulative_time": sorted(rows, key=lambda r: -r["cumulative_s"])[:top],
        "report": text.getvalue(),
    }


def _short_path(filename: str) -> str:
    for marker in ("site-packages/", "src/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


# --- end to end -----------------------------------------------------------------------------------------


def run_local(corpus: Path, db: Path, workers: int) -> dict[str, Any]:
    """read → process (process pool) → store, as `khabar ingest` does."""
    from khabar.engine.local import process_local
    from khabar.store import Store

    started = time.perf_counter()
    processed = errors = 0
    batch: list[Document] = []
    with RssSampler() as rss, Store(db) as store:
        items = process_local(iter_documents([str(corpus)]), workers=workers, chunksize=16)
        for item in items:
            if isinstance(item, ItemError):
                errors += 1
                continue
            processed += 1
            batch.append(item)
            if len(batch) >= BATCH_SIZE:
                store.write(batch)
                batch.clear()
        if batch:
            store.write(batch)
    seconds = time.perf_counter() - started
    return {
        "engine": "local",
        "workers": workers,
        "articles": processed,
        "errors": errors,
        "seconds": seconds,
        "peak_rss_main_mib": rss.main_mib,
        "peak_rss_worker_mib": rss.largest_worker_mib if workers > 1 else rss.main_mib,
    }


def run_dask_engine(corpus: Path, db: Path, shard_dir: Path, workers: int) -> dict[str, Any]:
    """Shards on a LocalCluster (127.0.0.1) of ``workers`` processes, then the merge into DuckDB."""
    from khabar.engine.dask_engine import run_dask
    from khabar.engine.shards import merge_shards
    from khabar.store import Store

    started = time.perf_counter()
    with RssSampler() as rss:
        report = run_dask([str(corpus)], shard_dir, workers=workers)
        processed_at = time.perf_counter()
        with Store(db) as store:
            merged = merge_shards(shard_dir, store)
    seconds = time.perf_counter() - started
    return {
        "engine": "dask",
        "workers": workers,
        "articles": merged.stored + merged.unchanged,
        "errors": len(merged.errors),
        "seconds": seconds,
        "shards": report.planned,
        "merge_seconds": round(seconds - (processed_at - started), 3),
        "peak_rss_main_mib": rss.main_mib,
        "peak_rss_worker_mib": rss.largest_worker_mib,
    }


# --- the events query benchmark -------------------------------------------------------------------------

_CAMEO = [  # (code, PLOVER, quad class, Goldstein)
    ("010", "OTHER", 1, 0.0),
    ("020", "AGREE", 1, 3.0),
    ("036", "CONSULT", 1, 4.0),
    ("040", "CONSULT", 1, 1.0),
    ("042", "CONSULT", 1, 1.9),
    ("043", "CONSULT", 1, 2.8),
    ("046", "CONSULT", 1, 7.0),
    ("051", "SUPPORT", 1, 3.4),
    ("057", "AGREE", 1, 8.0),
    ("061", "COOPERATE", 2, 6.4),
    ("071", "AID", 2, 7.4),
    ("111", "ACCUSE", 3, -2.0),
    ("112", "ACCUSE", 3, -2.0),
    ("120", "REJECT", 3, -4.0),
    ("130", "THREATEN", 3, -4.4),
    ("138", "THREATEN", 3, -7.0),
    ("141", "PROTEST", 3, -6.5),
    ("163", "SANCTION", 4, -8.0),
    ("172", "SANCTION", 4, -5.0),
    ("173", "ARREST", 4, -5.0),
    ("190", "ASSAULT", 4, -10.0),
    ("193", "ASSAULT", 4, -10.0),
]
_COUNTRIES = [
    "RUS",
    "CHN",
    "USA",
    "IND",
    "PAK",
    "UKR",
    "IRN",
    "ISR",
    "TUR",
    "DEU",
    "FRA",
    "GBR",
    "JPN",
    "KOR",
    "PRK",
    "VNM",
    "BRA",
    "ZAF",
    "EGY",
    "SAU",
]


def build_event_store(db: Path, n_events: int, seed: int = 7, events_per_article: int = 10) -> dict[str, Any]:
    """A store with ``n_events`` synthetic events (and their articles, entities and mentions)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from khabar.store import Store
    from khabar.store.tables import SCHEMAS

    rng = np.random.default_rng(seed)
    n_articles = max(1, n_events // events_per_article)
    actors = [("Sergei Shoigu", "शोइगु", "RUS"), ("Wang Yi", "वांग यी", "CHN")]
    actors += [(f"Actor {k}", f"नेता {k}", _COUNTRIES[k % len(_COUNTRIES)]) for k in range(498)]
    names = pa.array([a[0] for a in actors])
    hindi = pa.array([a[1] for a in actors])
    countries = pa.array([a[2] for a in actors])
    codes = pa.array([f"{a[2]}GOV" for a in actors])
    kb_ids = pa.array([f"kb:{k}" for k in range(len(actors))])
    started = time.perf_counter()
    epoch_day = (date(2015, 1, 1) - date(1970, 1, 1)).days
    with Store(db) as store:
        con = store.con
        chunk = 100_000  # articles per chunk
        for first in range(0, n_articles, chunk):
            count = min(chunk, n_articles - first)
            ids = pa.array([f"a{first + i:09d}" for i in range(count)])
            days = rng.integers(0, 11 * 365, count)
            published = pa.array((epoch_day + days) * 86_400_000_000, pa.int64()).cast(pa.timestamp("us"))
            articles = pa.table(
                {
                    "id": ids,
                    "content_hash": ids,
                    "url": pc.binary_join_element_wise("https://example.org/", ids, ""),
                    "outlet": pa.array(rng.choice(["tass", "xinhua", "pti", "afp"], count)),
                    "lang": pa.array(rng.choice(sorted(load_language_packs().codes, reverse=True), count)),
                    "raw": pa.array(["…"] * count),
                    "published": published,
                }
            )
            # Three entities per article; events pick their source and target among them.
            entity_actor = rng.integers(0, len(actors), (count, 3))
            entity_actor[: count // 20, 0] = 0  # Shoigu in about one article in twenty
            ent_article = np.repeat(np.arange(count), 3)
            ent_actor = entity_actor.reshape(-1)
            ent_ids = pa.array(np.tile(["e0", "e1", "e2"], count))
            entities = pa.table(
                {
                    "article_id": pc.take(ids, ent_article),
                    "entity_id": ent_ids,
                    "type": pa.array(["PER"] * (3 * count)),
                    "name": pc.take(names, ent_actor),
                    "kb_id": pc.take(kb_ids, ent_actor),
                    "actor_code": pc.take(codes, ent_actor),
                    "country": pc.take(countries, ent_actor),
                    "mention_count": pa.array(np.full(3 * count, 2, dtype=np.int32)),
                }
            )
            mention_rows = np.repeat(np.arange(3 * count), 2)
            # Each entity is mentioned twice: its English name and a Devanagari spelling.
            mention_actor = ent_actor[mention_rows]
            mention_text = pc.if_else(
                pa.array(np.arange(6 * count) % 2 == 0),
                pc.take(names, mention_actor),
                pc.take(hindi, mention_actor),
            )
            mentions = pa.table(
                {
                    "article_id": pc.take(entities["article_id"], mention_rows),
                    "entity_id": pc.take(ent_ids, mention_rows),
                    "start": pa.array(rng.integers(0, 2000, 6 * count, dtype=np.int32)),
                    "end": pa.array(rng.integers(2000, 2100, 6 * count, dtype=np.int32)),
                    "text": mention_text,
                }
            )
            m = count * events_per_article
            ev_article = np.repeat(np.arange(count), events_per_article)
            src = rng.integers(0, 3, m)
            tgt = (src + rng.integers(1, 3, m)) % 3
            src_actor = entity_actor[ev_article, src]
            tgt_actor = entity_actor[ev_article, tgt]
            kind = rng.integers(0, len(_CAMEO), m)
            ev_days = days[ev_article] - rng.integers(0, 3, m)
            date_start = pa.array(epoch_day + ev_days, pa.int32()).cast(pa.date32())
            events = pa.table(
                {
                    "article_id": pc.take(ids, ev_article),
                    "idx": pa.array(np.tile(np.arange(events_per_article, dtype=np.int32), count)),
                    "cameo": pc.take(pa.array([c[0] for c in _CAMEO]), kind),
                    "plover": pc.take(pa.array([c[1] for c in _CAMEO]), kind),
                    "quad_class": pc.take(pa.array([c[2] for c in _CAMEO], pa.int32()), kind),
                    "goldstein": pc.take(pa.array([c[3] for c in _CAMEO]), kind),
                    "source": pc.take(pa.array(["e0", "e1", "e2"]), src),
                    "source_name": pc.take(names, src_actor),
                    "source_kb_id": pc.take(kb_ids, src_actor),
                    "source_code": pc.take(codes, src_actor),
                    "source_country": pc.take(countries, src_actor),
                    "target": pc.take(pa.array(["e0", "e1", "e2"]), tgt),
                    "target_name": pc.take(names, tgt_actor),
                    "target_kb_id": pc.take(kb_ids, tgt_actor),
                    "target_code": pc.take(codes, tgt_actor),
                    "target_country": pc.take(countries, tgt_actor),
                    "date": pc.strftime(date_start.cast(pa.timestamp("s")), "%Y-%m-%d"),
                    "date_start": date_start,
                    "date_precision": pa.array(["day"] * m),
                    "status": pc.take(
                        pa.array(["occurred", "occurred", "occurred", "planned", "intended"]),
                        rng.integers(0, 5, m),
                    ),
                    "trigger_start": pa.array(rng.integers(0, 2000, m, dtype=np.int32)),
                    "trigger_end": pa.array(rng.integers(2000, 2010, m, dtype=np.int32)),
                    "trigger_text": pc.take(
                        pa.array(["मुलाकात", "met", "criticised", "आलोचना"]), rng.integers(0, 4, m)
                    ),
                    "sentence": pa.array(rng.integers(0, 30, m, dtype=np.int32)),
                    "evidence": pa.array(["[]"] * m),
                    "confidence": pa.array(rng.random(m)),
                    "lang": pc.take(articles["lang"], ev_article),
                    "published": pc.take(published, ev_article),
                }
            )
            tables = {"articles": articles, "entities": entities, "mentions": mentions, "events": events}
            # As a bulk import would: actor numbers assigned, rows appended (no story clustering).
            store.append_tables({name: _conform(table, SCHEMAS[name]) for name, table in tables.items()})
        con.execute("CHECKPOINT")
        loaded = time.perf_counter()
        store.compact()  # the events sorted newest first, as a store is after `khabar ingest`
        counted = store.con.execute("SELECT count(*) FROM event_counts").fetchone()
    done = time.perf_counter()
    return {
        "events": n_events,
        "articles": n_articles,
        "build_seconds": round(done - started, 1),
        "load_seconds": round(loaded - started, 1),
        "compact_seconds": round(done - loaded, 1),
        "db_mib": round(db.stat().st_size / 2**20, 1),
        "event_count_rows": counted[0] if counted else 0,  # rows of the per-month counts (count_events)
    }


def _conform(table: Any, schema: Any) -> Any:
    """The table with every column of ``schema`` (missing ones null), in schema order and types."""
    import pyarrow as pa

    columns = [
        table[f.name].cast(f.type) if f.name in table.column_names else pa.nulls(table.num_rows, f.type)
        for f in schema
    ]
    return pa.Table.from_arrays(columns, schema=schema)


def typical_event_filters() -> dict[str, Any]:
    from khabar.store.queries import EventFilter

    return {
        "latest (no filter)": EventFilter(),
        "country RUS": EventFilter(country="RUS"),
        "CAMEO 04 in 2024": EventFilter(cameo="04", date_from=date(2024, 1, 1), date_to=date(2024, 12, 31)),
        "PLOVER ACCUSE, occurred": EventFilter(plover="ACCUSE", status="occurred"),
        "actor Shoigu (names and mentions)": EventFilter(actor="Shoigu"),
        "actor शोइगु, CAMEO 04": EventFilter(actor="शोइगु", cameo="04"),
        "actor Shoigu, country UKR": EventFilter(actor="Shoigu", country="UKR"),
        "actor शोइगु in 2023": EventFilter(
            actor="शोइगु", date_from=date(2023, 1, 1), date_to=date(2023, 12, 31)
        ),
        # few matches (0.02 %): the page cannot come from the newest events
        "actor वांग यी, ACCUSE, occurred": EventFilter(actor="वांग यी", plover="ACCUSE", status="occurred"),
        "date range (March 2022)": EventFilter(date_from=date(2022, 3, 1), date_to=date(2022, 3, 31)),
        "country CHN, ASSAULT, 2023": EventFilter(
            country="CHN", plover="ASSAULT", date_from=date(2023, 1, 1), date_to=date(2023, 12, 31)
        ),
    }


def bench_event_queries(db: Path, repeats: int = 20, limit: int = 100) -> list[dict[str, Any]]:
    """p50/p95 latency of query_events (first page of ``limit`` rows) and count_events per filter."""
    from khabar.store import Store
    from khabar.store.queries import count_events, query_events

    results = []
    with Store(db, read_only=True) as store:
        for label, flt in typical_event_filters().items():
            for _ in range(2):  # warm the buffer pool
                query_events(store.con, flt, limit=limit)
            times = []
            for _ in range(repeats):
                started = time.perf_counter()
                rows = query_events(store.con, flt, limit=limit)
                times.append(1000 * (time.perf_counter() - started))
            counts = []
            for _ in range(max(1, repeats // 4)):
                started = time.perf_counter()
                matched = count_events(store.con, flt)
                counts.append(1000 * (time.perf_counter() - started))
            count_ms = statistics.median(counts)
            results.append(
                {
                    "filter": label,
                    "rows": len(rows),
                    "matching": matched,
                    "p50_ms": round(statistics.median(times), 1),
                    "p95_ms": round(_percentile(times, 95), 1),
                    "count_ms": round(count_ms, 1),
                }
            )
    return results


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


# --- the whole benchmark --------------------------------------------------------------------------------


@dataclass(slots=True)
class BenchResult:
    config: dict[str, Any]
    machine: dict[str, Any]
    corpus: dict[str, Any]
    stages: list[dict[str, Any]] = field(default_factory=list)
    slowest_stage: str | None = None
    profile: dict[str, Any] | None = None
    runs: list[dict[str, Any]] = field(default_factory=list)
    queries: dict[str, Any] | None = None
    passes: list[dict[str, Any]] = field(default_factory=list)  # real corpus: first/warm per language
    yardstick: dict[str, Any] | None = None  # spaCy en_core_web_sm on the same English articles
    cold_start: list[dict[str, Any]] = field(default_factory=list)
    linearity: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "passes": self.passes,
            "yardstick": self.yardstick,
            "cold_start": self.cold_start,
            "linearity": self.linearity,
            "config": self.config,
            "machine": self.machine,
            "corpus": self.corpus,
            "stages": self.stages,
            "slowest_stage": self.slowest_stage,
            "profile": self.profile,
            "runs": self.runs,
            "queries": self.queries,
        }


def _machine() -> dict[str, Any]:
    import platform

    import psutil

    return {
        "cpus": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


@contextmanager
def _workdir(config: BenchConfig) -> Iterator[Path]:
    if config.workdir is not None:
        config.workdir.mkdir(parents=True, exist_ok=True)
        yield config.workdir
        return
    with tempfile.TemporaryDirectory(prefix="khabar-bench-") as tmp:
        yield Path(tmp)


def run_benchmark(config: BenchConfig, log: Callable[[str], None] = lambda _m: None) -> BenchResult:
    """Everything in the module docstring; ``log`` receives one line per step (progress)."""
    with _workdir(config) as work:
        if config.corpus_files:
            return _run_real(config, work, log)
        corpus = build_corpus(config, work)
        result = BenchResult(
            config=dict(_config_items(config)),
            machine=_machine(),
            corpus={
                "articles": corpus.articles,
                "mb": round(corpus.bytes / 1e6, 3),
                "mean_kb": round(corpus.bytes / 1e3 / max(corpus.articles, 1), 2),
                "by_lang": corpus.by_lang,
                "long_articles": corpus.long_articles,
            },
        )
        if config.stage_sample > 0 and config.articles > 0:
            log(f"stages: {min(config.stage_sample, corpus.articles)} articles in one process")
            started = time.perf_counter()
            resources = Resources.load()
            load_seconds = time.perf_counter() - started
            freeze_after_load()  # as a worker does (engine/local.py): the bench's process is ours
            figures, docs = measure_stages(
                corpus.path, config.stage_sample, resources, work / "stages.duckdb"
            )
            total = sum(f.seconds for f in figures)
            result.stages = [f.as_dict(total) for f in figures]
            pipeline_figures = [f for f in figures if f.name not in ("read", "rows (Arrow)", "store")]
            slowest = max(pipeline_figures or figures, key=lambda f: f.seconds)
            result.slowest_stage = slowest.name
            result.machine["resources_load_seconds"] = round(load_seconds, 2)
            if config.profile_sample > 0:
                log(f"profile: stage {slowest.name!r} on {min(config.profile_sample, len(docs))} articles")
                result.profile = profile_stage(slowest.name, docs[: config.profile_sample], resources)
            del docs, resources
        _end_to_end(config, corpus, work, result, log)
        _extras(config, work, result, log)
        return result


def _end_to_end(
    config: BenchConfig, corpus: Corpus, work: Path, result: BenchResult, log: Callable[[str], None]
) -> None:
    for engine in config.engines:
        for workers in config.workers:
            log(f"end to end: engine {engine}, {workers} worker(s), {corpus.articles} articles")
            db = work / f"e2e_{engine}_{workers}.duckdb"
            db.unlink(missing_ok=True)
            if engine == "dask":
                run = run_dask_engine(corpus.path, db, work / f"shards_{workers}", workers)
            else:
                run = run_local(corpus.path, db, workers)
            run["db_bytes"] = db.stat().st_size
            result.runs.append(_derived(run, corpus))
    if result.runs:
        base = result.runs[0]["articles_per_s"]
        for run in result.runs:
            run["speed_up"] = round(run["articles_per_s"] / base, 2) if base else None


def _extras(config: BenchConfig, work: Path, result: BenchResult, log: Callable[[str], None]) -> None:
    """The optional rows: event queries, cold start, linearity."""
    from khabar.engine import yardstick

    if config.events > 0:
        log(f"queries: building a store of {config.events:,} synthetic events")
        db = work / "events.duckdb"
        db.unlink(missing_ok=True)
        built = build_event_store(db, config.events, seed=config.seed)
        log("queries: timing typical filters")
        load_average = [round(x, 2) for x in os.getloadavg()]
        result.queries = {
            **built,
            "load_average": load_average,
            "results": bench_event_queries(db, config.query_repeats),
        }
    if config.cold_start:
        for lang, text in _cold_start_texts(config.corpus_dir).items():
            log(f"cold start: a new process, {lang} article with an unknown name")
            result.cold_start.append(yardstick.cold_start(text, lang))
    if config.linearity > 0:
        from khabar.api import Extractor

        code = _pack_code(config.linearity_pack)
        texts = [text for _stem, lang, text in _dev_articles(config.corpus_dir) if lang == code]
        if not texts:
            raise ValueError(f"linearity: no {config.linearity_pack} article in {config.corpus_dir}")
        log(f"linearity: one line of {config.linearity}× a {config.linearity_pack} article, doubled 4 times")
        extractor = Extractor()
        result.linearity = yardstick.linearity(texts[0], extractor.extract, config.linearity)


# A made-up name no curated list knows, in Latin and Devanagari letters, put before the first
# article: whatever its language, the first extraction pays for an unknown-name search.
_UNKNOWN_NAMES = "Zorawar Talpade / ज़ोरावर तलपड़े"


def _cold_start_texts(corpus_dir: Path) -> dict[str, str]:
    """The first dev article of each language, after the made-up name line."""
    texts: dict[str, str] = {}
    for _stem, lang, text in _dev_articles(corpus_dir):
        texts.setdefault(lang, f"{_UNKNOWN_NAMES}\n{text}")
    return texts


def _run_real(config: BenchConfig, work: Path, log: Callable[[str], None]) -> BenchResult:
    """The benchmark on real, unique articles (``config.corpus_files``)."""
    from khabar.api import build_pipeline
    from khabar.engine import yardstick

    real = yardstick.build_real_corpus(config.corpus_files, work, limit=config.articles)
    corpus = Corpus(real.path, real.articles, real.bytes, real.by_lang, 0)
    result = BenchResult(
        config=dict(_config_items(config)),
        machine=_machine(),
        corpus={
            "mode": "real (unique articles, first seen)",
            "sources": real.sources,
            "articles": real.articles,
            "duplicates_skipped": real.duplicates_skipped,
            "mb": round(real.bytes / 1e6, 3),
            "mean_kb": round(real.bytes / 1e3 / max(real.articles, 1), 2),
            "by_lang": real.by_lang,
            "long_articles": 0,
        },
    )
    if config.stage_sample > 0:
        docs = [d for d in iter_documents([str(real.path)], ReadOptions()) if isinstance(d, Document)]
        docs = docs[: config.stage_sample]
        log(f"stages: {len(docs)} articles in one process, first pass then warm pass")
        started = time.perf_counter()
        resources = Resources.load()
        result.machine["resources_load_seconds"] = round(time.perf_counter() - started, 2)
        freeze_after_load()  # as a worker does (engine/local.py): the bench's process is ours
        langs: list[str] = []
        result.passes = yardstick.stage_passes(docs, build_pipeline(resources), langs_out=langs)
        del resources
        model_lang = yardstick.yardstick_language()
        same = [d.raw for d, lang in zip(docs, langs, strict=True) if lang == model_lang]
        if same:
            log(f"yardstick: spaCy's small model on the same {len(same)} articles in its language")
            result.yardstick = yardstick.spacy_yardstick(same)
            spacy_ms = result.yardstick["ms_per_article"]
            spacy_cpu = result.yardstick["cpu_ms_per_article"]
            for row in result.passes:
                row["ratio_to_spacy"] = round(row["ms_per_article"] / spacy_ms, 3) if spacy_ms else None
                row["cpu_ratio_to_spacy"] = (
                    round(row["cpu_ms_per_article"] / spacy_cpu, 3) if spacy_cpu else None
                )
    _end_to_end(config, corpus, work, result, log)
    _extras(config, work, result, log)
    return result


def _significant(value: float, digits: int = 3) -> float:
    """``value`` to ``digits`` significant digits: a slow run on a tiny corpus is 0.000412 MB/s, not 0.0."""
    return float(f"{value:.{digits}g}")


def _config_items(config: BenchConfig) -> Iterator[tuple[str, Any]]:
    """The configuration as JSON-ready pairs (paths as strings)."""
    for name in config.__slots__:
        value = getattr(config, name)
        if isinstance(value, Path):
            value = str(value)
        elif isinstance(value, tuple) and any(isinstance(v, Path) for v in value):
            value = [str(v) for v in value]
        yield name, value


def _derived(run: dict[str, Any], corpus: Corpus) -> dict[str, Any]:
    seconds = run["seconds"]
    articles = run["articles"]
    return {
        **run,
        "seconds": round(seconds, 2),
        "articles_per_s": round(articles / seconds, 2) if seconds else None,
        "mb_per_s": _significant(corpus.bytes / 1e6 / seconds) if seconds else None,
        "articles_per_s_per_core": round(articles / seconds / run["workers"], 2) if seconds else None,
        "db_kib_per_1000_articles": round(run["db_bytes"] / 1024 / max(articles, 1) * 1000, 1),
        "peak_rss_main_mib": round(run["peak_rss_main_mib"], 1),
        "peak_rss_worker_mib": round(run["peak_rss_worker_mib"], 1),
    }
