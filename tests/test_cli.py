"""The command line end to end: extract, ingest (with a broken file in the batch), show, stats."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "corpus" / "dev" / "articles"
SEED = ARTICLES / "hi_00_vietnamvn_shoigu_wangyi.txt"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_extract_seed_fills_the_document_level_contract() -> None:
    code, output = run("extract", str(SEED), "--format", "jsonl")
    assert code == 0
    record = json.loads(output.strip().splitlines()[-1])
    raw = SEED.read_text(encoding="utf-8")
    assert record["id"] == "hi_00_vietnamvn_shoigu_wangyi"
    assert record["lang"] == "hi"
    removed = {r["kind"]: r for r in record["removed"] if r["kind"] != "whitespace"}
    assert raw[removed["ad"]["start"] : removed["ad"]["end"]] == "[विज्ञापन_2]"
    assert raw[removed["comment_counter"]["start"] : removed["comment_counter"]["end"]] == "टिप्पणी (0)"
    assert "[विज्ञापन_2]" not in record["text"] and "टिप्पणी (0)" not in record["text"]
    assert (
        record["original_url"].startswith("https://thanhnien.vn/")
        and "thanhnien" in removed["source"]["text"]
    )
    # The sidecar gives only a day; the URL id adds the time of day, and the basis says so.
    assert record["published"] == "2024-11-12"
    assert record["published_at"] == "2024-11-12T16:49:38"
    line4 = raw.splitlines()[3]
    captions = [record["text"][s["start"] : s["end"]] for s in record["sentences"] if s["kind"] == "caption"]
    assert captions == [line4]


def test_extract_prints_one_object_per_article_and_keeps_ids(tmp_path: Path) -> None:
    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text(
        json.dumps({"id": "own-id", "text": "Modi met Putin in Moscow on Tuesday."})
        + "\n{not json\n"
        + json.dumps({"text": "दूसरा लेख। यह हिंदी में है।"})
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["extract", str(jsonl), str(SEED)])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["id"] for r in lines] == ["own-id", "batch:3", "hi_00_vietnamvn_shoigu_wangyi"]
    assert result.exit_code == 1  # the malformed line is reported, the rest printed
    assert "batch.jsonl:2" in result.stderr


def test_ingest_batch_with_a_broken_file_stores_the_rest_and_is_idempotent(tmp_path: Path) -> None:
    corpus = tmp_path / "articles"
    shutil.copytree(ARTICLES, corpus)
    (corpus / "broken.txt").write_bytes(b"Kiev \xfa\xfb not utf-8 \x80\x81 text")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "k.duckdb"

    code, output = run("ingest", str(corpus), "--db", str(db), "--no-progress")
    assert code == 1
    assert "broken.txt" in output and "empty.txt" in output
    code, stats_json = run("stats", "--db", str(db), "--json")
    stats = json.loads(stats_json)
    assert stats["articles"] == 21
    assert stats["by_lang"] == {"hi": 14, "en": 7}
    assert stats["ingest_errors"] == 2

    code, output = run("ingest", str(corpus / "hi_00_vietnamvn_shoigu_wangyi.txt"), "--db", str(db))
    assert code == 0 and "unchanged (already stored) │ 1" in output
    assert json.loads(run("stats", "--db", str(db), "--json")[1])["articles"] == 21

    code, output = run("show", "hi_00_vietnamvn_shoigu_wangyi", "--db", str(db), "--raw")
    assert code == 0
    assert "⟦ad: [विज्ञापन_2]⟧" in output and "⟦comment_counter: टिप्पणी (0)⟧" in output
    assert "caption" in output and "original_url" in output


@pytest.mark.parametrize("args", [["show", "nope"], ["stats"]])
def test_missing_store_is_a_clear_error(tmp_path: Path, args: list[str]) -> None:
    result = CliRunner().invoke(main, [*args, "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no such store" in result.stderr


def test_show_unknown_id_suggests_near_ids(tmp_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    run("ingest", str(SEED), "--db", str(db))
    result = CliRunner().invoke(main, ["show", "hi_00_vietnamvn", "--db", str(db)])
    assert result.exit_code == 2
    assert "hi_00_vietnamvn_shoigu_wangyi" in result.stderr
