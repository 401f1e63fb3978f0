"""The compiled extensions' manifest (khabar/_compiled.py): a stale one is removed, a current one kept."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from khabar import _compiled


def _package(tmp_path: Path, recorded_source: bytes) -> tuple[Path, Path, Path]:
    """A fake ``src/khabar``: one source, its extension, a manifest recording ``recorded_source``."""
    package = tmp_path / "khabar"
    package.mkdir()
    source = package / "hot.py"
    source.write_text("def f() -> int:\n    return 1\n")
    product = package / "hot.cpython-311-x86_64-linux-gnu.so"
    product.write_bytes(b"\x7fELF")
    manifest = package / "_compiled.txt"
    digest = hashlib.sha256(recorded_source).hexdigest()
    manifest.write_text(f"source {digest} khabar/hot.py\nproduct khabar/{product.name}\n")
    return manifest, source, product


def test_extension_of_an_unchanged_source_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    manifest, _source, product = _package(tmp_path, b"def f() -> int:\n    return 1\n")
    monkeypatch.setattr(_compiled, "MANIFEST", manifest)
    assert _compiled.drop_stale() is False
    assert product.exists() and manifest.exists()


def test_extension_of_an_edited_source_is_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    manifest, source, product = _package(tmp_path, b"def f() -> int:\n    return 0\n")
    monkeypatch.setattr(_compiled, "MANIFEST", manifest)
    with pytest.warns(UserWarning, match="build_compiled.sh"):
        assert _compiled.drop_stale() is True
    assert not product.exists() and not manifest.exists()
    assert source.exists()  # the Python module runs in its place


def test_no_manifest_means_nothing_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_compiled, "MANIFEST", tmp_path / "_compiled.txt")
    assert _compiled.drop_stale() is False
    assert _compiled.compiled_modules() == []
