"""What the Hindi mention finder's per-word memos answer for the pack's vocabulary, made once and cached.

A first-seen article asks the finder's word memos (``_is_plain``, ``_may_begin_name``, ``_acronym``, …:
pure functions of the word, the pack and the knowledge base) about a few hundred words it has not
seen yet; most are words of the pack's ``vocabulary.tsv``. Their answers for every vocabulary word
(~24,000 words, ~1 s to compute) are kept in a pickle beside the KB cache (``$KHABAR_HOME/cache``,
or the package cache written by ``khabar kb build``) and loaded into the memos when the finder is
made, so that an article's first pass looks them up instead of computing them.

The cache key covers everything the answers depend on: the KB's own cache key (its data, the
transliterator and the KB code), every file of the pack's directory and the source of the modules
that compute them. A KB built without the cache (``KnowledgeBase.build``, the tests) has no key:
its finder fills the memos as it goes, as before. A table that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar.home import cache_dir
from khabar.kb.cache import PACKAGE_CACHE_DIR
from khabar.kb.generate import write_pickle
from khabar.text import match_key

if TYPE_CHECKING:
    from khabar.stages.mentions.pattern import HindiMentionFinder

TABLE_VERSION = "1"
# memos asked with the word as written
WORD_MEMOS: tuple[str, ...] = (
    "_key",
    "_is_plain",
    "_may_begin_name",
    "_name_word_form",
    "_acronym",
    "_letters",
    "_is_stop",
    "_is_honorific",
    "_is_former",
)
# memos asked with the word's match key
KEY_MEMOS: tuple[str, ...] = ("_begins_alias", "_begins_changed")
_ROOT = Path(__file__).resolve().parent.parent.parent
_CODE_GLOBS = ("stages/mentions/*.py", "text/*.py", "kb/variants.py", "kb/base.py", "langpacks/*.py")


def table_key(finder: HindiMentionFinder, directory: Path | None) -> str | None:
    """Hash of every input of the finder's word answers; None when the KB has no cache key."""
    kb_key = getattr(finder.kb, "source_key", "")
    if not kb_key or directory is None:
        return None
    digest = hashlib.sha256(f"{TABLE_VERSION}|{kb_key}|{directory.resolve()}".encode())
    paths = sorted(p for p in directory.rglob("*") if p.is_file())
    paths += sorted(p for pattern in _CODE_GLOBS for p in _ROOT.glob(pattern))
    for path in paths:
        digest.update(f"|{path.name}|".encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"-")
    return digest.hexdigest()[:24]


def compute(finder: HindiMentionFinder, words: list[str]) -> dict[str, dict[str, Any]]:
    """Each memo's answer for each of ``words`` (KEY_MEMOS for the words' match keys), computed by
    the finder's own functions."""
    keys = sorted({match_key(w) for w in words} - {""})
    table: dict[str, dict[str, Any]] = {}
    for name in WORD_MEMOS:
        fn = getattr(finder, name).fn
        table[name] = {w: fn(w) for w in words}
    for name in KEY_MEMOS:
        fn = getattr(finder, name).fn
        table[name] = {k: fn(k) for k in keys}
    return table


def load(finder: HindiMentionFinder, directory: Path | None, words: list[str]) -> dict[str, dict[str, Any]]:
    """The finder's cached word table (built and cached on a miss); ``{}`` when it has no key."""
    key = table_key(finder, directory)
    if key is None or not words:
        return {}
    name = f"hi-words-{key}.pickle"
    for path in (PACKAGE_CACHE_DIR / name, cache_dir() / name):
        try:
            with path.open("rb") as handle:
                cached = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            continue
        if isinstance(cached, dict):
            return cached
    table = compute(finder, words)
    write_pickle(table, cache_dir() / name)
    return table


def fill(finder: HindiMentionFinder, table: dict[str, dict[str, Any]]) -> None:
    """Put the table's answers into the finder's memos (answers the memos already hold are kept)."""
    for name, answers in table.items():
        memo = getattr(finder, name, None)
        if memo is not None and len(answers) + len(memo) < memo.size:
            held = dict(memo)
            memo.update(answers)
            memo.update(held)


def prebuild(directory: Path) -> list[Path]:
    """Write the word table of every pack whose mention finder is the Hindi pattern finder into
    ``directory`` (``khabar kb build``: the package cache), removing tables of older inputs there."""
    from khabar.resources import Resources
    from khabar.stages.mentions.pattern import HindiMentionFinder
    from khabar.text.vocabulary import pack_vocabulary

    resources = Resources.load(parsers=False)
    written: list[Path] = []
    for pack in resources.packs:
        plugin = pack.plugin("mentions", parsed=True)
        if plugin is None or plugin.load(pack.where) is not HindiMentionFinder:
            continue
        finder = HindiMentionFinder(resources, pack)
        key = table_key(finder, pack.directory)
        if key is None:
            continue
        path = directory / f"hi-words-{key}.pickle"
        if path.exists() or write_pickle(compute(finder, list(pack_vocabulary(pack))), path):
            written.append(path)
    for old in directory.glob("hi-words-*.pickle"):
        if old not in written:
            old.unlink(missing_ok=True)  # tables of older data or code
    return written
