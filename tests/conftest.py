"""Fixtures shared across test modules.

The whole run is isolated from the user's home: ``KHABAR_HOME`` (user actor files and caches, see
:mod:`khabar.home`) points at a fresh temporary directory before any test module is imported, so
neither a user's own actors nor a stale cache can change what the tests see.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

_HOME = tempfile.mkdtemp(prefix="khabar-test-home-")
os.environ["KHABAR_HOME"] = _HOME
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)

from khabar.langpacks import LanguagePacks, load_language_packs  # noqa: E402  (after KHABAR_HOME is set)


@pytest.fixture(scope="session")
def packs() -> LanguagePacks:
    """The built-in language packs (read-only; loaded once for the whole run)."""
    return load_language_packs()

