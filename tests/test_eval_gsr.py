"""Reading and scoring the PLOVER gold-standard records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from khabar.errors import InputError
from khabar.evaluation import evaluate_plover_gsr, load_gsr

CORPUS_GSR = Path(__file__).parents[1] / "corpus" / "plover_gsr_dev.jsonl"

RECORDS = [
    {"id": "DOC-1", "event": "DOCUMENT", "eventText": "internal documentation"},
    {
        "id": "AGREE-8",
        "event": "AGREE",
        "text": "Portugal agreed to sell arms to Turkey.",
        "source": [{"actorText": "Portugal", "code": "PRT"}],
        "target": [{"actorText": "Turkey", "code": "TUR"}],
    },
    {
        "id": "DEMAND-1",
        "event": "DEMAND",
        "text": "Iraq demanded that Japan pay.",
        "source": [{"actorText": "Iraq", "code": "IRQ"}],
        "target": [{"actorText": "Japan", "code": "JAP"}],
    },
    {
        "id": "AGREE-4",
        "event": "AGREE",
        "text": "Jordan and Britain agreed to exercises.",
        "source": [{"actorText": "Jordan", "code": "JOR"}, {"actorText": "Britain", "code": "GBR"}],
        "target": "",
    },
]


@pytest.fixture
def gsr_file(tmp_path: Path) -> Path:
    path = tmp_path / "gsr.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    return path


def test_reader_skips_documentation_renames_types_and_aliases_codes(gsr_file: Path) -> None:
    records = load_gsr(gsr_file)
    assert [r.id for r in records] == ["AGREE-8", "DEMAND-1", "AGREE-4"]
    assert records[1].event == "REQUEST"  # v0.5b1 DEMAND
    assert records[1].target_codes == {"JPN"}  # CAMEO JAP
    assert records[2].source_codes == {"JOR", "GBR"} and records[2].target_codes == frozenset()


def test_reader_reads_the_whole_corpus_file() -> None:
    records = load_gsr(CORPUS_GSR)
    assert len(records) == 161
    assert {r.event for r in records} <= {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "MOBILIZE",
        "SANCTION",
        "COERCE",
        "ASSAULT",
    }


def test_reader_rejects_unknown_types(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        json.dumps({"id": "x", "event": "DANCE", "text": "They danced."}) + "\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"bad.jsonl:1.*DANCE"):
        load_gsr(path)


def _contract(plover: str | None, source: str | None, target: str | None) -> dict[str, Any]:
    entities = [
        {"id": "s", "name": "S", "type": "GPE", "country": source, "actor_code": None},
        {"id": "t", "name": "T", "type": "GPE", "country": target, "actor_code": None},
    ]
    events = [{"plover": plover, "source": "s", "target": "t", "confidence": 0.9}] if plover else []
    return {"entities": entities, "events": events}


def test_scoring_type_source_and_target(gsr_file: Path) -> None:
    answers = {
        "Portugal agreed to sell arms to Turkey.": _contract("AGREE", "PRT", "TUR"),
        "Iraq demanded that Japan pay.": _contract("ACCUSE", "IRQ", "USA"),
        "Jordan and Britain agreed to exercises.": _contract(None, None, None),
    }
    report = evaluate_plover_gsr(load_gsr(gsr_file), answers.__getitem__)
    m = report.metrics
    assert m["gsr.type_accuracy.all"] == pytest.approx(1 / 3)
    assert m["gsr.source_accuracy.all"] == pytest.approx(2 / 3)  # Jordan: no event predicted
    assert m["gsr.target_accuracy.all"] == 0.5  # two records have a gold target
    assert m["gsr.type_accuracy.all.AGREE"] == 0.5
    assert report.confusion["REQUEST"]["ACCUSE"] == 1
    assert any("type: gold REQUEST, predicted ACCUSE" in problem for _, problem, _ in report.errors)


def test_most_confident_event_is_the_one_scored(gsr_file: Path) -> None:
    def predict(text: str) -> dict[str, Any]:
        contract = _contract("AGREE", "PRT", "TUR")
        contract["events"].insert(0, {"plover": "ASSAULT", "source": "t", "target": "s", "confidence": 0.2})
        return contract

    report = evaluate_plover_gsr(load_gsr(gsr_file)[:1], predict)
    assert report.metrics["gsr.type_accuracy.all"] == 1.0 and report.metrics["gsr.source_accuracy.all"] == 1.0


def test_actor_misses_are_put_in_error_classes(gsr_file: Path) -> None:
    no_country = _contract("AGREE", None, "TUR")
    wrong = _contract("REQUEST", "IRQ", "USA")
    empty = _contract("AGREE", "JOR", "GBR")
    empty["events"][0]["source"] = None
    answers = {
        "Portugal agreed to sell arms to Turkey.": no_country,
        "Iraq demanded that Japan pay.": wrong,
        "Jordan and Britain agreed to exercises.": empty,
    }
    report = evaluate_plover_gsr(load_gsr(gsr_file), answers.__getitem__)
    assert report.actor_errors["source"] == {"actor without country": 1, "empty slot": 1}
    assert report.actor_errors["target"] == {"other country": 1}
    assert report.to_dict()["actor_errors"]["target"] == {"other country": 1}
    assert any("(empty slot)" in problem for _, problem, _ in report.errors)
