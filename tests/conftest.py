"""Fixtures shared across test modules."""

from __future__ import annotations

import pytest

from khabar.langpacks import LanguagePacks, load_language_packs


@pytest.fixture(scope="session")
def packs() -> LanguagePacks:
    """The built-in language packs (read-only; loaded once for the whole run)."""
    return load_language_packs()
