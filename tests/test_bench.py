"""`khabar bench`: the corpus it builds and the figures it reports (never their values: no timings)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb
import pytest
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
        # the rows' columns, plus the actor numbers the store adds (schema 4)
        assert [c for c in columns if not c.endswith(("_actor", "_spellings"))] == SCHEMAS["events"].names
        unnumbered = "SELECT count(*) FROM events WHERE source_actor IS NULL OR target_actor IS NULL"
        assert con.execute(unnumbered).fetchone()[0] == 0
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


def _write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _dev_texts() -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {"hi": [], "en": []}
    for path in sorted(Path("corpus/dev/articles").glob("*.txt")):
        texts[path.stem.split("_", 1)[0]].append(path.read_text(encoding="utf-8"))
    return texts


def test_real_corpus_keeps_each_unique_article_once_up_to_the_limit(tmp_path: Path) -> None:
    from khabar.engine.yardstick import build_real_corpus

    texts = _dev_texts()
    records = [{"id": f"a{i}", "text": t, "lang": "hi"} for i, t in enumerate(texts["hi"][:4])]
    records.append({"id": "again", "text": texts["hi"][0], "lang": "hi"})  # same text, other id
    records.append({"id": "bad"})  # no text: the reader rejects it, the benchmark skips it
    source = _write_jsonl(tmp_path / "in.jsonl", records)
    corpus = build_real_corpus([source], tmp_path)
    assert corpus.articles == 4 and corpus.duplicates_skipped == 1
    assert corpus.by_lang == {"hi": 4}
    assert [r["text"] for r in _records(corpus.path)] == texts["hi"][:4]  # as given, not replicated
    assert build_real_corpus([source], tmp_path, limit=2).articles == 2


def test_stage_passes_report_first_and_warm_pass_per_language(tmp_path: Path) -> None:
    from khabar.api import Extractor
    from khabar.engine.yardstick import stage_passes
    from khabar.readers import ReadOptions, iter_documents

    texts = _dev_texts()
    source = _write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": "h", "text": texts["hi"][0]}, {"id": "e1", "text": texts["en"][0]},
         {"id": "e2", "text": texts["en"][1]}],
    )  # fmt: skip
    docs = list(iter_documents([str(source)], ReadOptions()))
    langs: list[str] = []
    extractor = Extractor()
    rows = stage_passes(docs, extractor.pipeline, langs_out=langs)
    assert langs == ["hi", "en", "en"]
    assert [(r["pass"], r["lang"], r["articles"]) for r in rows] == [
        ("first", "en", 2), ("first", "hi", 1), ("warm", "en", 2), ("warm", "hi", 1),
    ]  # fmt: skip
    stage_names = [stage.name for stage in extractor.pipeline.stages]
    for row in rows:
        assert list(row["stages_ms"]) == stage_names
        assert row["ms_per_article"] == pytest.approx(sum(row["stages_ms"].values()), abs=0.01)
        assert row["cpu_ms_per_article"] > 0  # this process's CPU time, beside the wall clock
    # the input documents are not changed by the passes (the warm pass sees the same input)
    assert all(doc.clean is None for doc in docs)


def test_linearity_rows_double_the_input_and_give_ratios() -> None:
    from khabar.engine.yardstick import linearity

    seen: list[str] = []
    work = [0.0]  # a fake clock: an extraction "takes" one unit per character (a linear stage)

    def extract(text: str) -> None:
        seen.append(text)
        work[0] += len(text)

    rows = linearity("एक लेख।\nदूसरी पंक्ति।", extract, base_copies=2, doublings=3, clock=lambda: work[0])
    assert [r["copies"] for r in rows] == [2, 4, 8, 16]
    assert all("\n" not in text for text in seen)  # one line
    assert [len(text) for text in seen[1:]] == [r["chars"] for r in rows]
    assert rows[0]["ratio"] is None
    assert [r["ratio"] for r in rows[1:]] == [pytest.approx(2.0, abs=0.05)] * 3  # joined by spaces: 2n+1


def test_bench_command_on_a_real_corpus_prints_passes_and_the_spacy_yardstick(tmp_path: Path) -> None:
    texts = _dev_texts()
    source = _write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": f"h{i}", "text": t} for i, t in enumerate(texts["hi"][:2])]
        + [{"id": f"e{i}", "text": t} for i, t in enumerate(texts["en"][:2])],
    )
    out = tmp_path / "bench.json"
    args = ["bench", "--corpus", str(source), "--workers", "1", "--stage-sample", "4", "--json", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    figures = json.loads(out.read_text())
    assert figures["corpus"]["mode"].startswith("real") and figures["corpus"]["articles"] == 4
    assert {(r["pass"], r["lang"]) for r in figures["passes"]} == {
        ("first", "hi"), ("first", "en"), ("warm", "hi"), ("warm", "en"),
    }  # fmt: skip
    assert figures["yardstick"]["articles"] == 2 and figures["yardstick"]["ms_per_article"] > 0
    assert all(r["ratio_to_spacy"] > 0 for r in figures["passes"])
    assert figures["yardstick"]["cpu_ms_per_article"] > 0
    assert all(r["cpu_ratio_to_spacy"] > 0 for r in figures["passes"])
    assert "ms CPU" in result.output  # the yardstick line gives both clocks
    (run,) = figures["runs"]
    assert run["articles"] == 4 and run["errors"] == 0
    assert "yardstick" in result.output and "first" in result.output


def test_bench_command_rejects_a_missing_corpus_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["bench", "--corpus", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "nope.jsonl" in result.output
