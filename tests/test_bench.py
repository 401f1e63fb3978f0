"""`khabar bench`: the corpus it builds and the figures it reports (never their values: no timings)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb
from click.testing import CliRunner

from khabar.cli import main
from khabar.engine.bench import BenchConfig, bench_event_queries, build_corpus, build_event_store
from khabar.store.tables import SCHEMAS


def _records(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_corpus_has_varied_ids_dates_and_content_with_long_articles(tmp_path: Path) -> None:
    corpus = build_corpus(BenchConfig(articles=120, long_every=40), tmp_path)
    records = _records(corpus.path)
    assert len(records) == corpus.articles == 120
    assert len({r["id"] for r in records}) == 120
    assert len({hashlib.sha256(r["text"].encode()).hexdigest() for r in records}) == 120
    assert len({r["published"] for r in records}) > 20
    assert corpus.long_articles == 3
    sizes = sorted(len(r["text"].encode()) for r in records)
    assert sizes[-1] > 5 * sizes[len(sizes) // 2]  # the long ones are several articles long
    assert set(corpus.by_lang) == {"hi", "en"}


def test_hindi_mix_is_short_hindi_articles_only(tmp_path: Path) -> None:
    corpus = build_corpus(BenchConfig(articles=30, mix="hindi"), tmp_path)
    records = _records(corpus.path)
    assert corpus.by_lang == {"hi": 30} and corpus.long_articles == 0
    assert all(r["lang"] == "hi" for r in records)
    assert all(len(r["text"].encode()) < 12_000 for r in records)


def test_synthetic_event_store_has_the_store_layout_and_answers_queries(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    built = build_event_store(db, 5_000)
    assert built["events"] == 5_000 and built["articles"] == 500
    con = duckdb.connect(str(db), read_only=True)
    try:
        columns = [row[0] for row in con.execute("DESCRIBE events").fetchall()]
        assert columns == SCHEMAS["events"].names
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 5_000
        # every event's source is one of its article's entities
        orphans = con.execute(
            "SELECT count(*) FROM events e LEFT JOIN entities n "
            "ON n.article_id = e.article_id AND n.entity_id = e.source WHERE n.entity_id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        con.close()
    results = bench_event_queries(db, repeats=2)
    by_filter = {r["filter"]: r for r in results}
    assert by_filter["latest (no filter)"]["matching"] == 5_000
    assert 0 < by_filter["actor Shoigu (names and mentions)"]["matching"] < 5_000
    assert all({"p50_ms", "p95_ms", "count_ms", "rows"} <= set(r) for r in results)


def test_bench_command_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    profile = tmp_path / "profile.txt"
    args = ["bench", "-n", "6", "--workers", "1", "--stage-sample", "4", "--profile-sample", "2"]
    args += ["--events", "2000", "--json", str(out), "--profile-out", str(profile)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    figures = json.loads(out.read_text())
    assert figures["corpus"]["articles"] == 6
    stages = [row["stage"] for row in figures["stages"]]
    assert stages[0] == "read" and stages[-2:] == ["rows (Arrow)", "store"]
    assert {"clean", "segment"} <= set(stages)  # every stage of build_pipeline is timed
    assert figures["slowest_stage"] in stages
    assert figures["profile"]["by_own_time"] and profile.read_text().strip()
    (run,) = figures["runs"]
    for key in ("articles_per_s", "mb_per_s", "articles_per_s_per_core", "peak_rss_main_mib",
                "peak_rss_worker_mib", "db_kib_per_1000_articles", "speed_up"):  # fmt: skip
        assert run[key] is not None and run[key] > 0, key
    assert run["articles"] == 6 and run["errors"] == 0
    assert figures["queries"]["events"] == 2000 and len(figures["queries"]["results"]) >= 4
    assert "end to end" in result.output and "per stage" in result.output
