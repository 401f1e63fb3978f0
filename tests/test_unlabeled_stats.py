"""benchmarks/unlabeled_stats.py: coverage statistics on unannotated JSONL, with negatives split out."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpus" / "dev" / "articles"


@pytest.fixture(scope="module")
def stats_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "unlabeled_stats", ROOT / "benchmarks" / "unlabeled_stats.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_counts_negatives_apart_and_skips_a_broken_line(
    stats_module: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hindi = (DEV / "hi_00_vietnamvn_shoigu_wangyi.txt").read_text(encoding="utf-8")
    corpus = tmp_path / "mix.jsonl"
    rows = [
        {"id": "politics", "text": hindi, "lang": "hi", "category": "international"},
        {
            "id": "cricket",
            "text": "विराट कोहली ने शतक बनाया और भारत ने मैच जीता।",
            "lang": "hi",
            "category": "sport",
        },
    ]
    corpus.write_text(
        json.dumps(rows[0], ensure_ascii=False)
        + "\n{not json\n"
        + json.dumps(rows[1], ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    out, sample = tmp_path / "stats.json", tmp_path / "sample.md"
    assert (
        stats_module.main([str(corpus), "--json", str(out), "--sample", str(sample), "--sample-size", "3"])
        == 0
    )
    assert "mix.jsonl:2: not JSON" in capsys.readouterr().err
    stats = json.loads(out.read_text(encoding="utf-8"))
    hi = stats["hi"]
    assert hi["articles"] == 2 and hi["negative_articles"] == 1
    # the canonical dev article reports meetings; its events are counted with the non-negative rows
    assert hi["events_per_other_article"] >= 1
    assert hi["events_per_article"] == pytest.approx(
        (hi["events_per_other_article"] + hi["events_per_negative_article"]) / 2, abs=1e-3
    )
    text = sample.read_text(encoding="utf-8")
    assert "## hi:" in text and "`politics`" in text


def test_a_missing_corpus_file_is_a_usage_error(stats_module: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        stats_module.main([str(tmp_path / "absent.jsonl")])
    assert exit_info.value.code == 2
