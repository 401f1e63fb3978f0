"""The `khabar eval` command object (the evaluation run itself is replaced by a fake)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.evaluation import command
from khabar.evaluation.gold import load_gold
from khabar.evaluation.scoring import evaluate

ROOT = Path(__file__).parents[1]
GOLD = ROOT / "corpus" / "dev" / "gold.jsonl"


@pytest.fixture
def fake_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """Score the real gold against an empty prediction (nothing extracted)."""

    def run(gold, articles_dir, lang, gsr_path):  # type: ignore[no-untyped-def]
        return evaluate(load_gold(gold, articles_dir), lambda article: {}, lang=lang), None

    monkeypatch.setattr(command, "_run", run)


def _floors(tmp_path: Path, value: float) -> Path:
    path = tmp_path / "floors.toml"
    path.write_text(f'[floors]\n"entities.recall.all" = {value:.3f}  # entity recall\n', encoding="utf-8")
    return path


def test_table_json_and_errors(fake_run: None, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = CliRunner().invoke(command.eval_command, [str(GOLD), "--json", str(out), "--errors"])
    assert result.exit_code == 0, result.output
    assert "events strict f1" in result.output and "gold \\ predicted" in result.output
    assert "12 नवंबर को रूसी सुरक्षा परिषद" in result.output  # a missed event's sentence
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["articles"] == {"all": 21, "hi": 14, "en": 7}
    assert data["metrics"]["events.strict.recall.all"] == 0.0


def test_check_floors_exit_status(fake_run: None, tmp_path: Path) -> None:
    ok = CliRunner().invoke(command.eval_command, [str(GOLD), "--check-floors", str(_floors(tmp_path, 0.0))])
    assert ok.exit_code == 0 and "at or above their floors" in ok.output
    broken = CliRunner().invoke(
        command.eval_command, [str(GOLD), "--check-floors", str(_floors(tmp_path, 0.2))]
    )
    assert broken.exit_code == command.EXIT_BELOW_FLOOR
    assert "entities.recall.all" in broken.output


def test_lower_floor_needs_reason(tmp_path: Path) -> None:
    floors = _floors(tmp_path, 0.2)
    before = floors.read_text(encoding="utf-8")
    args = [str(GOLD), "--check-floors", str(floors), "--lower-floor", "entities.recall.all=0.1"]
    refused = CliRunner().invoke(command.eval_command, args)
    assert refused.exit_code == command.EXIT_USAGE and "needs a reason" in refused.output
    assert floors.read_text(encoding="utf-8") == before
    done = CliRunner().invoke(command.eval_command, [*args, "--reason", "gold corrected"])
    assert done.exit_code == 0, done.output
    assert "lowered from 0.200: gold corrected" in floors.read_text(encoding="utf-8")


def test_bad_gold_path_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(command.eval_command, [str(tmp_path / "missing.jsonl")])
    assert result.exit_code == command.EXIT_USAGE and "cannot read gold file" in result.output


DEV2 = ROOT / "corpus" / "dev2" / "gold.jsonl"


def test_several_gold_files_each_reported_and_together(fake_run: None, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = CliRunner().invoke(command.eval_command, [str(GOLD), str(DEV2), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "khabar eval dev: 21 articles" in result.output
    assert "khabar eval dev2: 44 articles" in result.output
    assert "khabar eval dev + dev2: 65 articles" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data["sets"]) == {"dev", "dev2"}
    assert data["sets"]["dev2"]["articles"]["all"] == 44
    assert data["combined"]["articles"] == {"all": 65, "hi": 46, "en": 19}
    dev_fn = data["sets"]["dev"]["counts"]["events.strict.all"]["fn"]
    dev2_fn = data["sets"]["dev2"]["counts"]["events.strict.all"]["fn"]
    assert data["combined"]["counts"]["events.strict.all"]["fn"] == dev_fn + dev2_fn


def test_each_gold_set_is_checked_against_its_own_floors(fake_run: None, tmp_path: Path) -> None:
    floors = tmp_path / "floors.toml"
    floors.write_text(
        '[floors]\n"entities.recall.all" = 0.000\n\n[floors.dev2]\n"entities.recall.all" = 0.100\n',
        encoding="utf-8",
    )
    dev_only = CliRunner().invoke(command.eval_command, [str(GOLD), "--check-floors", str(floors)])
    assert dev_only.exit_code == 0, dev_only.output
    both = CliRunner().invoke(command.eval_command, [str(GOLD), str(DEV2), "--check-floors", str(floors)])
    assert both.exit_code == command.EXIT_BELOW_FLOOR
    assert "below floor" in both.output and "0.1000" in both.output


def test_add_floors_writes_a_table_for_a_new_gold_set(fake_run: None, tmp_path: Path) -> None:
    floors = _floors(tmp_path, 0.0)
    result = CliRunner().invoke(
        command.eval_command, [str(GOLD), str(DEV2), "--check-floors", str(floors), "--add-floors"]
    )
    assert result.exit_code == 0, result.output
    from khabar.evaluation import load_floor_tables

    tables = load_floor_tables(floors)
    assert tables["dev2"] == {"entities.recall.all": 0.0}  # the [floors] metrics, at dev2's scores
    assert "dev" not in tables  # corpus/dev keeps the [floors] table
    again = CliRunner().invoke(
        command.eval_command, [str(DEV2), "--check-floors", str(floors), "--add-floors"]
    )
    assert again.exit_code == 0 and load_floor_tables(floors) == tables  # never written twice
