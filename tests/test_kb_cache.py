"""Where the built knowledge base is cached: the shipped KB prebuilt in the package data, any other KB
under ``$KHABAR_HOME``, both keyed by data and code (khabar.kb.cache)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import khabar.kb.cache as kb_cache
from khabar.kb import KnowledgeBase
from khabar.langpacks import LanguagePacks
from khabar.text.translit import Transliterator

FIXTURES = Path(__file__).parent / "fixtures" / "kb"


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("KHABAR_HOME", str(tmp_path / "home"))
    # a package cache of its own, so the test never writes into the installed package
    monkeypatch.setattr(kb_cache, "PACKAGE_CACHE_DIR", tmp_path / "package-cache")
    return tmp_path / "home"


def _user_actor(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "mine.toml"
    path.write_text(
        '[[actor]]\nid = "test_person"\ntype = "PER"\nname = "Testa Personova"\ncountry = "IND"\n',
        encoding="utf-8",
    )
    return path


def test_the_prebuilt_cache_is_tried_before_the_users(home: Path) -> None:
    assert kb_cache.cache_paths("abc") == [
        kb_cache.PACKAGE_CACHE_DIR / "kb-abc.pickle",
        home / "cache" / "kb-abc.pickle",
    ]


def test_a_kb_with_user_files_is_cached_in_khabar_home_not_in_the_package(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _user_actor(home / "kb")
    first = KnowledgeBase.load(data_dir=FIXTURES / "data", generated=False)
    assert "test_person" in first
    assert len(list((home / "cache").glob("kb-*.pickle"))) == 1
    assert not kb_cache.PACKAGE_CACHE_DIR.exists()  # only ``khabar kb build`` writes there

    def no_build(*args: Any, **kwargs: Any) -> KnowledgeBase:
        raise AssertionError("the cached KB should have been loaded")

    monkeypatch.setattr(KnowledgeBase, "_load_files", no_build)
    again = KnowledgeBase.load(data_dir=FIXTURES / "data", generated=False)
    assert sorted(a.id for a in again) == sorted(a.id for a in first)
    assert again._fuzzy is not None  # the search index came with it


def test_kb_build_writes_the_package_cache_without_the_users_files(home: Path) -> None:
    _user_actor(home / "kb")
    package = kb_cache.PACKAGE_CACHE_DIR
    shipped = KnowledgeBase.load(
        data_dir=FIXTURES / "data", generated=False, read_user_dir=False, rebuild_into=package
    )
    assert "test_person" not in shipped
    assert len(list(kb_cache.PACKAGE_CACHE_DIR.glob("kb-*.pickle"))) == 1


def _captured_options(monkeypatch: pytest.MonkeyPatch, **load: Any) -> tuple[Any, ...]:
    seen: list[tuple[Any, ...]] = []

    def capture(
        files: list[Path], imported: list[Path], data_dir: Path, options: str, *a: Any, **k: Any
    ) -> Any:
        seen.append((tuple(files), tuple(imported), data_dir, options))
        return None

    with monkeypatch.context() as patch:
        patch.setattr(kb_cache, "load_cached", capture)
        KnowledgeBase.load(read_user_dir=False, **load)
    return seen[0]


def test_the_pipelines_kb_is_the_one_kb_build_prebuilds(
    home: Path, monkeypatch: pytest.MonkeyPatch, packs: LanguagePacks
) -> None:
    """Resources.load passes its packs' languages and transliterator: with the shipped packs that is
    the key ``khabar kb build`` (no arguments) writes, so the pipeline never builds the KB itself."""
    default = _captured_options(monkeypatch)
    pipeline = _captured_options(
        monkeypatch, match_languages=tuple(packs.codes), transliterator=Transliterator.from_packs(packs)
    )
    assert pipeline == default
    other = _captured_options(monkeypatch, transliterator=Transliterator(letter_names={"क": "x"}))
    assert other[3] != default[3]  # search keys made with other letter names are another KB
