"""Everything the pipeline needs that is loaded once per process and passed in (never module globals).

Loading costs about a second (knowledge base ~0.4 s warm, spaCy's English model ~0.3 s); a process
pool loads it once per worker.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.errors import LanguagePackError
from khabar.kb import KnowledgeBase
from khabar.langpacks import BUILTIN_DIR, LanguagePacks, load_language_packs
from khabar.text.translit import Transliterator

# A parser plug-in: the clean text → its parse (e.g. a spaCy ``Doc``), see :mod:`khabar.plugins`.
Parser = Callable[[str], Any]


@dataclass(slots=True)
class Resources:
    packs: LanguagePacks
    kb: KnowledgeBase
    # language code → the parser its pack names (``[plugins] parser``); the parse stage runs it once
    # per document and the engines read ``Document.parses``
    parsers: dict[str, Parser] = field(default_factory=dict)

    @classmethod
    def load(
        cls,
        extra_pack_dirs: tuple[Path, ...] = (),
        extra_kb_files: tuple[Path, ...] = (),
        *,
        parsers: bool = True,
    ) -> Resources:
        """The shipped packs, then those in the directories of ``$KHABAR_PACKS`` and ``extra_pack_dirs``
        (a pack there adds a language, or replaces the shipped pack of its code), the knowledge base
        (plus any pack's ``actors.toml``), and — unless ``parsers=False`` — the parser of every pack
        that names one. Without parsers, packs use the engines of their ``[without_parser]`` table."""
        packs = load_language_packs(BUILTIN_DIR, *extra_pack_dirs_from_env(), *extra_pack_dirs)
        loaded: dict[str, Parser] = {}
        for pack in packs:
            plugin = pack.plugin("parser")
            if parsers and plugin is not None:
                loaded[pack.code] = plugin.load(pack.where)(pack)
        kb = KnowledgeBase.load(
            extra_files=(*_pack_actor_files(packs), *extra_kb_files),
            match_languages=tuple(packs.codes),
            transliterator=_transliterator(packs),
        )
        return cls(packs=packs, kb=kb, parsers=loaded)


def extra_pack_dirs_from_env() -> list[Path]:
    """The directories of extra language packs named by ``$KHABAR_PACKS`` (separated like ``PATH``)."""
    value = os.environ.get("KHABAR_PACKS", "")
    return [Path(part) for part in value.split(os.pathsep) if part.strip()]


def _pack_actor_files(packs: LanguagePacks) -> list[Path]:
    """The actor files a pack brings (``actors.toml`` beside its pack.toml: a new language's names)."""
    return [path for pack in packs if (path := pack.directory / "actors.toml").is_file()]


def _transliterator(packs: LanguagePacks) -> Transliterator:
    """The transliterator the packs name (``[plugins] transliteration``), built from those packs."""
    named = {pack.plugins["transliteration"]: pack for pack in packs if "transliteration" in pack.plugins}
    if len(named) > 1:
        raise LanguagePackError(f"the packs name several transliterators ({', '.join(sorted(named))})")
    if not named:
        return Transliterator()
    pack = next(iter(named.values()))
    built: Transliterator = pack.plugin("transliteration").load(pack.where)(packs)  # type: ignore[union-attr]
    return built
