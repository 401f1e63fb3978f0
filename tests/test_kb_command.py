"""The `kb` click group: search and import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.kb.command import kb_group

FIXTURES = Path(__file__).parent / "fixtures" / "kb"


@pytest.fixture()
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KHABAR_HOME", str(tmp_path / "home"))
    return tmp_path / "home" / "kb"


def test_import_valid_file_then_search_it(
    user_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    result = runner.invoke(kb_group, ["import", str(FIXTURES / "users.csv")])
    assert result.exit_code == 0, result.output
    assert (user_dir / "users.csv").read_bytes() == (FIXTURES / "users.csv").read_bytes()
    assert "imported 2 actor(s)" in result.output

    data = ["--data-dir", str(FIXTURES / "data")]
    result = runner.invoke(kb_group, ["search", "जेन डो", "--json", "--limit", "3", *data])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[0]["id"] == "jane_doe"
    assert rows[0]["actor_code"] == "INDGOV" and rows[0]["current_role"] == "Governor of Somewhere"
    assert rows[0]["score"] == 100.0 and len(rows) <= 3

    text = runner.invoke(kb_group, ["search", "Jane Doe", *data]).output
    assert "jane_doe" in text and "code=INDGOV" in text


def test_import_invalid_file_fails_with_errors(user_dir: Path) -> None:
    result = CliRunner().invoke(kb_group, ["import", str(FIXTURES / "bad" / "bad_actors.toml")])
    assert result.exit_code == 1
    assert "missing required field 'name'" in result.output
    assert "'FOO' is not a CAMEO sector code" in result.output
    assert not user_dir.exists()


def test_import_to_dest_and_conflict(tmp_path: Path, user_dir: Path) -> None:
    dest = tmp_path / "elsewhere"
    runner = CliRunner()
    assert (
        runner.invoke(kb_group, ["import", str(FIXTURES / "users.jsonl"), "--dest", str(dest)]).exit_code == 0
    )
    assert (dest / "users.jsonl").exists()
    clash = tmp_path / "clash.json"
    clash.write_text(json.dumps([{"id": "john_roe", "type": "PER", "name": "Other"}]), encoding="utf-8")
    result = runner.invoke(kb_group, ["import", str(clash), "--dest", str(dest)])
    assert result.exit_code == 1 and "already defined" in result.output
    assert not (dest / "clash.json").exists()
