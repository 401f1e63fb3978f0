"""The accuracy gate: the real pipeline on the dev and dev2 gold must not fall below eval/floors.toml
(dev: its [floors] table, with the PLOVER GSR; dev2: its [floors.dev2] table)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.evaluation import (
    check_floors,
    evaluate,
    evaluate_plover_gsr,
    load_floor_tables,
    load_floors,
    load_gold,
    load_gsr,
)

ROOT = Path(__file__).parents[1]
GOLD = ROOT / "corpus" / "dev" / "gold.jsonl"
DEV2 = ROOT / "corpus" / "dev2" / "gold.jsonl"
GSR = ROOT / "corpus" / "plover_gsr_dev.jsonl"
FLOORS = ROOT / "eval" / "floors.toml"


def test_every_floor_names_a_metric_the_evaluation_produces() -> None:
    """A renamed metric must not silently drop out of the gate."""
    report = evaluate(load_gold(GOLD), lambda article: {})
    gsr = evaluate_plover_gsr(load_gsr(GSR)[:3], lambda text: {})
    produced = {**report.metrics, **gsr.metrics}
    assert sorted(set(load_floors(FLOORS)) - set(produced)) == []
    dev2 = load_floor_tables(FLOORS)["dev2"]
    assert len(dev2) > 30 and sorted(set(dev2) - set(report.metrics)) == []


def test_dev_gold_articles_exist_and_types_map() -> None:
    articles = load_gold(GOLD)  # raises on an unmapped event type
    assert len(articles) == 21 and all(a.path.is_file() for a in articles)
    dev2 = load_gold(DEV2)
    assert len(dev2) == 44 and all(a.path.is_file() for a in dev2)


@pytest.fixture(scope="module")
def extractor():  # type: ignore[no-untyped-def]
    from khabar.api import Extractor

    return Extractor()


def test_scores_are_not_below_floors(extractor) -> None:  # type: ignore[no-untyped-def]
    from khabar.evaluation import pipeline_predictor, sentence_predictor

    report = evaluate(load_gold(GOLD), pipeline_predictor(extractor))
    assert report.failures == []
    gsr = evaluate_plover_gsr(load_gsr(GSR), sentence_predictor(extractor))
    violations = check_floors({**report.metrics, **gsr.metrics}, load_floors(FLOORS))
    assert [str(v) for v in violations] == []


def test_dev2_scores_are_not_below_their_floors(extractor) -> None:  # type: ignore[no-untyped-def]
    from khabar.evaluation import pipeline_predictor

    report = evaluate(load_gold(DEV2), pipeline_predictor(extractor))
    assert report.failures == []
    violations = check_floors(report.metrics, load_floors(FLOORS, "dev2"))
    assert [str(v) for v in violations] == []
