"""Everything the pipeline needs that is loaded once per process and passed in (never module globals).

Loading costs about a second (knowledge base ~0.4 s warm, spaCy's English model ~0.3 s); a process
pool loads it once per worker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar.kb import KnowledgeBase
from khabar.langpacks import BUILTIN_DIR, LanguagePacks, load_language_packs

if TYPE_CHECKING:
    from khabar.nlp_en import EnglishParser


@dataclass(slots=True)
class Resources:
    packs: LanguagePacks
    kb: KnowledgeBase
    # spaCy parser + NER for English text, shared by the mention and event stages (one parse per text)
    english_nlp: EnglishParser | None = None

    @classmethod
    def load(
        cls,
        extra_pack_dirs: tuple[Path, ...] = (),
        extra_kb_files: tuple[Path, ...] = (),
        *,
        english: bool = True,
    ) -> Resources:
        from khabar.nlp_en import EnglishParser

        packs = load_language_packs(BUILTIN_DIR, *extra_pack_dirs)
        parser = EnglishParser.load() if english else None
        if parser is not None and (pack := packs.get("en")) is not None:
            parser.masks = _dateline_patterns(pack.section("mentions"))
        return cls(packs=packs, kb=KnowledgeBase.load(extra_files=extra_kb_files), english_nlp=parser)


def _dateline_patterns(mentions: dict[str, Any]) -> tuple[re.Pattern[str], ...]:
    """The English pack's dateline patterns (checked when the mention finder loads them)."""
    patterns = mentions.get("dateline", {}).get("patterns", [])
    try:
        return tuple(re.compile(p, re.MULTILINE) for p in patterns)
    except re.error:
        return ()  # the mention finder reports the bad pattern with its file
