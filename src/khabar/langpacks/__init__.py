"""Language packs: per-language lexicons and patterns as data files, one folder per language.

A pack is a folder holding ``pack.toml`` (``code``, ``name``, ``script``) and any number of other
TOML files (``cleaning.toml``, ``segmentation.toml``, …). This module only finds and parses them;
each stage turns the sections it needs into its own typed rules (see e.g. ``khabar.stages.clean``).
Adding a language is adding a folder plus tests, not editing the engine.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.errors import LanguagePackError

BUILTIN_DIR = Path(__file__).parent


@dataclass(slots=True)
class LanguagePack:
    code: str  # ISO 639-1, e.g. "hi"
    name: str
    script: str  # ISO 15924, e.g. "Deva"
    directory: Path
    _sections: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)

    def section(self, name: str) -> dict[str, Any]:
        """Parsed content of ``NAME.toml`` in the pack (empty when the pack has no such file)."""
        if name not in self._sections:
            path = self.directory / f"{name}.toml"
            self._sections[name] = _read_toml(path) if path.exists() else {}
        return self._sections[name]


@dataclass(slots=True)
class LanguagePacks:
    """All loaded packs, by language code. Loaded once per process and passed in."""

    packs: dict[str, LanguagePack]

    def __iter__(self) -> Iterator[LanguagePack]:
        return iter(self.packs.values())

    def __contains__(self, code: object) -> bool:
        return code in self.packs

    def get(self, code: str | None) -> LanguagePack | None:
        return self.packs.get(code) if code else None

    @property
    def codes(self) -> list[str]:
        return sorted(self.packs)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise LanguagePackError(f"{path}: not valid TOML: {exc}") from exc
    except OSError as exc:
        raise LanguagePackError(f"{path}: cannot read: {exc}") from exc


def load_pack(directory: Path) -> LanguagePack:
    meta = _read_toml(directory / "pack.toml")
    missing = {"code", "name", "script"} - meta.keys()
    if missing:
        raise LanguagePackError(f"{directory / 'pack.toml'}: missing keys {sorted(missing)}")
    return LanguagePack(code=meta["code"], name=meta["name"], script=meta["script"], directory=directory)


def load_language_packs(*directories: Path) -> LanguagePacks:
    """Load every pack folder under the given directories (default: the packs shipped with khabar).

    A later directory's pack replaces a built-in one with the same code, so users can override.
    """
    roots = directories or (BUILTIN_DIR,)
    packs: dict[str, LanguagePack] = {}
    for root in roots:
        if not root.is_dir():
            raise LanguagePackError(f"{root}: language pack directory not found")
        for candidate in sorted(root.iterdir()):
            if (candidate / "pack.toml").is_file():
                pack = load_pack(candidate)
                packs[pack.code] = pack
    if not packs:
        raise LanguagePackError(f"no language packs found in {', '.join(map(str, roots))}")
    return LanguagePacks(packs)
