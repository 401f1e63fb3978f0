"""Accuracy floors: checking, raising (never lowering) and the refusal to lower without a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.evaluation import EvaluationError, check_floors, load_floors, lower_floor, update_floors
from khabar.evaluation.floors import unmeasured

FLOORS = """# header comment
[floors]
"events.lenient.f1.all" = 0.250  # lenient event F1
"entities.f1.hi" = 0.500  # entity F1, Hindi
"gsr.type_accuracy.all" = 0.100  # needs --plover-gsr
"""


@pytest.fixture
def floors_file(tmp_path: Path) -> Path:
    path = tmp_path / "floors.toml"
    path.write_text(FLOORS, encoding="utf-8")
    return path


def test_check_floors_reports_metrics_below_their_floor(floors_file: Path) -> None:
    floors = load_floors(floors_file)
    metrics = {"events.lenient.f1.all": 0.2, "entities.f1.hi": 0.5}
    violations = check_floors(metrics, floors)
    assert [(v.metric, v.floor, v.value) for v in violations] == [("events.lenient.f1.all", 0.25, 0.2)]
    assert "below its floor" in str(violations[0])
    assert unmeasured(metrics, floors) == ["gsr.type_accuracy.all"]  # not part of this run: not checked


def test_unmeasured_value_counts_as_zero(floors_file: Path) -> None:
    violations = check_floors({"entities.f1.hi": None}, load_floors(floors_file))
    assert [v.metric for v in violations] == ["entities.f1.hi"]
    assert check_floors({"x": None}, {"x": 0.0}) == []


def test_update_floors_only_raises_and_keeps_comments(floors_file: Path) -> None:
    raised = update_floors(floors_file, {"events.lenient.f1.all": 0.31279, "entities.f1.hi": 0.1})
    assert raised == [("events.lenient.f1.all", 0.25, 0.312)]  # rounded down, never up
    text = floors_file.read_text(encoding="utf-8")
    assert '"events.lenient.f1.all" = 0.312  # lenient event F1\n' in text
    assert '"entities.f1.hi" = 0.500  # entity F1, Hindi\n' in text  # not lowered
    assert text.startswith("# header comment\n")
    assert load_floors(floors_file)["events.lenient.f1.all"] == 0.312


def test_lowering_needs_a_reason(floors_file: Path) -> None:
    before = floors_file.read_text(encoding="utf-8")
    for reason in (None, "", "   "):
        with pytest.raises(EvaluationError, match="needs a reason"):
            lower_floor(floors_file, "entities.f1.hi", 0.4, reason)
    assert floors_file.read_text(encoding="utf-8") == before


def test_lowering_rewrites_one_line_with_the_reason(floors_file: Path) -> None:
    old = lower_floor(floors_file, "entities.f1.hi", 0.45, "gold fix removed two easy entities")
    assert old == 0.5
    lines = floors_file.read_text(encoding="utf-8").splitlines()
    assert lines[3] == (
        '"entities.f1.hi" = 0.450  # entity F1, Hindi | lowered from 0.500: '
        "gold fix removed two easy entities"
    )
    assert load_floors(floors_file)["entities.f1.hi"] == 0.45
    assert lines[2] == '"events.lenient.f1.all" = 0.250  # lenient event F1'


def test_lowering_refuses_raises_and_unknown_metrics(floors_file: Path) -> None:
    with pytest.raises(EvaluationError, match="not a lower floor"):
        lower_floor(floors_file, "entities.f1.hi", 0.6, "why")
    with pytest.raises(EvaluationError, match="no floor named"):
        lower_floor(floors_file, "entities.f1.xx", 0.1, "why")


def test_malformed_floors_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "f.toml"
    path.write_text('[floors]\n"a" = 1.5\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match="in \\[0, 1\\]"):
        load_floors(path)
    path.write_text("x = 1\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="no \\[floors\\] table"):
        load_floors(path)


def test_checked_in_floors_file_is_valid() -> None:
    floors = load_floors(Path(__file__).parents[1] / "eval" / "floors.toml")
    assert "events.lenient.f1.all" in floors and all(0.0 <= v <= 1.0 for v in floors.values())


def test_set_tables_are_read_raised_and_lowered_apart(floors_file: Path) -> None:
    from khabar.evaluation import add_table, load_floor_tables

    add_table(floors_file, "dev2", {"events.lenient.f1.all": 0.1234, "entities.f1.hi": None},
              ["events.lenient.f1.all", "entities.f1.hi"])
    tables = load_floor_tables(floors_file)
    assert tables["dev2"] == {"events.lenient.f1.all": 0.123}  # unmeasured metrics get no floor
    assert load_floors(floors_file, "dev2") == {"events.lenient.f1.all": 0.123}
    assert load_floors(floors_file, "other") == load_floors(floors_file)  # no table: the [floors] one
    assert update_floors(floors_file, {"events.lenient.f1.all": 0.2}, "dev2") == [
        ("events.lenient.f1.all", 0.123, 0.2)
    ]
    assert load_floors(floors_file)["events.lenient.f1.all"] == 0.25  # the [floors] line untouched
    lower_floor(floors_file, "dev2:events.lenient.f1.all", 0.15, "gold fixed")
    assert load_floor_tables(floors_file)["dev2"]["events.lenient.f1.all"] == 0.15
    assert load_floors(floors_file)["events.lenient.f1.all"] == 0.25
    with pytest.raises(EvaluationError, match="exists"):
        add_table(floors_file, "dev2", {}, [])
