"""Everything the pipeline needs that is loaded once per process and passed in (never module globals)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from khabar.langpacks import LanguagePacks, load_language_packs


@dataclass(slots=True)
class Resources:
    packs: LanguagePacks

    @classmethod
    def load(cls, extra_pack_dirs: tuple[Path, ...] = ()) -> Resources:
        from khabar.langpacks import BUILTIN_DIR

        return cls(packs=load_language_packs(BUILTIN_DIR, *extra_pack_dirs))
