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
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest

_HOME = tempfile.mkdtemp(prefix="khabar-test-home-")
os.environ["KHABAR_HOME"] = _HOME
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)

from khabar.langpacks import LanguagePacks, load_language_packs  # noqa: E402  (after KHABAR_HOME is set)

if TYPE_CHECKING:
    from khabar.resources import Resources
    from khabar.stages.events.pattern import HindiEventFinder
    from khabar.stages.link.linker import Linker


@pytest.fixture(scope="session")
def packs() -> LanguagePacks:
    """The built-in language packs (read-only; loaded once for the whole run)."""
    return load_language_packs()


@pytest.fixture(scope="session")
def hi_finder(packs: LanguagePacks) -> HindiEventFinder:
    """The Hindi event finder with the shipped lexicon and knowledge base (for rule-level tests that give
    it entities of their own)."""
    from khabar.codes import CodeTables
    from khabar.kb import KnowledgeBase
    from khabar.stages.events.lexicon import load_lexicon
    from khabar.stages.events.pattern import HindiEventFinder

    pack = packs.get("hi")
    assert pack is not None
    lexicon = load_lexicon(pack, CodeTables.load())
    assert lexicon is not None
    return HindiEventFinder(lexicon, KnowledgeBase.load())


@pytest.fixture(scope="module")
def resources() -> Resources:
    """The shipped resources without the spaCy parsers, one per module (a module that needs parsers
    defines its own ``resources`` fixture, which takes precedence)."""
    from khabar.resources import Resources

    return Resources.load(parsers=False)


@pytest.fixture(scope="module")
def linker(resources: Resources) -> Linker:
    """The entity linker of ``resources`` (for name-spelling tests that call it word by word)."""
    from khabar.stages.link.stage import LinkStage

    return LinkStage(resources).linker


@pytest.fixture(scope="module")
def extractor() -> Any:
    """A default extractor (shipped packs and knowledge base), one per module; a module that needs
    another defines its own ``extractor`` fixture, which takes precedence."""
    from khabar.api import Extractor

    return Extractor()


EventTriple = tuple[str, "str | None", "str | None"]  # (PLOVER type, source name, target name)


@pytest.fixture(scope="module")
def english_events(extractor: Any) -> Callable[[str], list[EventTriple]]:
    """A function from an English text to its events
    as (PLOVER type, source name, target name)."""

    def run(text: str) -> list[EventTriple]:
        doc = extractor.extract(text, lang="en", id="t")
        names = {e.id: e.name for e in doc.entities}
        return [(e.plover or "", names.get(e.source or ""), names.get(e.target or "")) for e in doc.events]

    return run


HindiEvent = tuple[str, "str | None", "str | None", str]  # (CAMEO code, source name, target name, status)


@pytest.fixture(scope="module")
def hindi_events(extractor: Any) -> Callable[[str], set[HindiEvent]]:
    """A function from a Hindi text to its events as
    (CAMEO code, source name, target name, status), read from the output contract."""
    from khabar.output import to_contract

    def run(text: str) -> set[HindiEvent]:
        out = to_contract(extractor.extract(text, lang="hi"))
        names = {e["id"]: e["name"] for e in out["entities"]}
        events = out["events"]
        return {(e["cameo"], names.get(e["source"]), names.get(e["target"]), e["status"]) for e in events}

    return run
