"""Everything the pipeline needs that is loaded once per process and passed in (never module globals).

Loading costs about a second (knowledge base ~0.4 s warm, spaCy's English model ~0.3 s); a process
pool loads it once per worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

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

        return cls(
            packs=load_language_packs(BUILTIN_DIR, *extra_pack_dirs),
            kb=KnowledgeBase.load(extra_files=extra_kb_files),
            english_nlp=EnglishParser.load() if english else None,
        )
