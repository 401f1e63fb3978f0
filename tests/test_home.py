"""Where khabar keeps user data and caches: one directory the user sets (KHABAR_HOME)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from khabar.home import cache_dir, khabar_home, user_kb_dir
from khabar.kb.generate import DATA_DIR, cache_key, load_generated


def test_the_suite_runs_outside_the_users_home() -> None:
    home = Path(os.environ["KHABAR_HOME"])  # set by conftest before khabar is imported
    assert khabar_home() == home and Path.home() not in home.parents
    assert cache_dir() == home / "cache" and user_kb_dir() == home / "kb"


def test_home_defaults_to_the_xdg_data_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KHABAR_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert khabar_home() == tmp_path / "khabar"


def test_generated_actors_are_cached_in_khabar_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KHABAR_HOME", str(tmp_path))
    first = load_generated(DATA_DIR, 5_000_000, ("fr",))
    cached = list((tmp_path / "cache").glob("kb-generated-*.pickle"))
    assert len(cached) == 1 and cache_key(DATA_DIR, 5_000_000, ("fr",)) in cached[0].name
    again = load_generated(DATA_DIR, 5_000_000, ("fr",))  # read back from the cache
    assert [a.id for a in again.actors] == [a.id for a in first.actors]


def test_the_cache_key_covers_the_code_that_builds_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    import khabar.kb.generate as generate

    before = cache_key(DATA_DIR, 100_000, ("fr",))
    real = Path.read_bytes

    def edited(path: Path) -> bytes:
        data = real(path)
        return data + b"\n# edited" if path == Path(generate.__file__) else data

    monkeypatch.setattr(Path, "read_bytes", edited)
    assert cache_key(DATA_DIR, 100_000, ("fr",)) != before
