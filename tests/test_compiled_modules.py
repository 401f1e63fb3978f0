"""The compiled extensions (scripts/build_compiled.sh): the manifest guard (khabar/_compiled.py) removes
a stale build and keeps a current one; the steps the build once broke run."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hindi_support import extract_checked
from khabar import _compiled
from khabar.api import Extractor


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


# Passages written for this test, each reaching a step of the Hindi mention finder where a name was once
# re-bound to a value of another type: in the mypyc build that raised TypeError (two owners before a
# group noun: "tuple or None object expected; got EntityMention"), in Python it ran. Each runs the same
# in both builds now; mypy's "assignment" and "no-redef" checks (pyproject.toml) keep it so.
_REBINDING_PASSAGES = {
    # a place, "और", a place, then a genitive group noun: the second owner is looked up
    "two owners": "भारत और चीन की सेनाओं ने सीमा पर संयुक्त अभ्यास किया। बिहार और झारखंड की पुलिस ने छापे मारे।",
    # a party's own people (the party's sector, which may be None, names the group's)
    "party people": "कांग्रेस कार्यकर्ताओं ने प्रदर्शन किया और भाजपा समर्थकों ने नारे लगाए।",
    # an acronym read before the article spells it out
    "acronym first": "एनआईए ने बताया कि जांच जारी है। राष्ट्रीय जांच एजेंसी (एनआईए) के अधिकारी ने कहा कि आरोपी फरार है।",
}


@pytest.mark.parametrize("name", sorted(_REBINDING_PASSAGES))
def test_steps_that_once_rebound_a_name_run_in_either_build(extractor: Extractor, name: str) -> None:
    doc = extract_checked(extractor, _REBINDING_PASSAGES[name], "2024-05-01")
    texts = {m.text for m in doc.mentions or []}
    expected = {"two owners": {"भारत", "चीन", "बिहार", "झारखंड"}, "acronym first": {"एनआईए"}}
    assert texts >= expected.get(name, set()) and texts, name  # two owners: each place a mention of its own


# KHABAR_PURE_PYTHON=1 makes khabar's own modules load from their .py sources (for line tracing and
# profiling, which see nothing inside an extension); other packages keep their extensions. Checked in a
# fresh interpreter, where nothing is imported yet: with the build installed, the compiled modules
# named by the manifest come back as Python; numpy's C core still loads.
_SOURCES_PROBE = r"""
import json
import numpy._core._multiarray_umath as numpy_core
from khabar import _compiled
print(json.dumps({"compiled": _compiled.compiled_modules(), "numpy": numpy_core.__file__}))
"""


@pytest.mark.parametrize("wanted", ["1", ""])
def test_pure_python_switch_loads_sources_and_only_khabars(wanted: str) -> None:
    env = {**os.environ, _compiled.PURE_PYTHON_ENV: wanted}
    done = subprocess.run(
        [sys.executable, "-c", _SOURCES_PROBE], env=env, capture_output=True, text=True, check=True
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["numpy"].endswith(".so")
    built = _compiled.MANIFEST.exists()
    if wanted:
        assert found["compiled"] == []
    else:
        assert bool(found["compiled"]) == built  # the build, where installed, is what runs by default
