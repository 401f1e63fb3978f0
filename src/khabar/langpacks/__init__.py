"""Language packs: per-language lexicons and patterns as data files, one folder per language.

A pack is a folder holding ``pack.toml`` (``code``, ``name``, ``script`` and a ``[plugins]`` table
naming the engines that read the language, see :mod:`khabar.plugins`) and any number of other TOML
files (``cleaning.toml``, ``segmentation.toml``, …). This module only finds and parses them; each
stage turns the sections it needs into its own typed rules (see e.g. ``khabar.stages.clean``).
Adding a language is adding a folder plus tests, not editing the engine.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.errors import LanguagePackError
from khabar.plugins import KINDS, Plugin, lookup
from khabar.text.scripts import SCRIPTS, ScriptFacts

BUILTIN_DIR = Path(__file__).parent
# The language of canonical names, titles and roles in khabar's output (``Entity.name`` is English
# whatever the article's language): the key of the canonical form in the packs' data files.
OUTPUT_LANGUAGE = "en"


@dataclass(slots=True)
class LanguagePack:
    code: str  # ISO 639-1, e.g. "hi"
    name: str
    script: str  # ISO 15924, e.g. "Deva"
    directory: Path
    # plug-in kind → registry name (``[plugins]`` of pack.toml), and the engines used instead when
    # khabar runs without parsers (``[without_parser]``, see ``Resources.load(parsers=False)``)
    plugins: dict[str, str] = field(default_factory=dict)
    without_parser: dict[str, str] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict, repr=False)  # all of pack.toml
    _sections: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)

    @property
    def where(self) -> str:
        return str(self.directory / "pack.toml")

    def plugin(self, kind: str, *, parsed: bool = True) -> Plugin | None:
        """The plug-in of ``kind`` this pack names (None when it names none); with ``parsed=False``
        the one it names for runs without a parser, when it names one."""
        name = self.plugins.get(kind)
        if not parsed and kind in self.without_parser:
            name = self.without_parser[kind]
        return lookup(kind, name, self.where) if name else None

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
    # the shipped script facts plus the scripts.toml of any pack (a new language's own script)
    scripts: ScriptFacts = SCRIPTS

    def __iter__(self) -> Iterator[LanguagePack]:
        return iter(self.packs.values())

    def __contains__(self, code: object) -> bool:
        return code in self.packs

    def get(self, code: str | None) -> LanguagePack | None:
        return self.packs.get(code) if code else None

    @property
    def codes(self) -> list[str]:
        return sorted(self.packs)

    def using(self, kind: str, name: str) -> list[LanguagePack]:
        """The packs whose ``[plugins]`` name ``name`` for ``kind``."""
        return [pack for pack in self if pack.plugins.get(kind) == name]

    def only_user(self, kind: str, name: str) -> LanguagePack:
        """The one pack using plug-in ``name`` (for engines built outside a pipeline, e.g. in tests)."""
        users = self.using(kind, name)
        if len(users) != 1:
            found = ", ".join(p.code for p in users) or "none"
            raise LanguagePackError(f"expected one pack using the {kind} plug-in {name!r}, found {found}")
        return users[0]


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise LanguagePackError(f"{path}: not valid TOML: {exc}") from exc
    except OSError as exc:
        raise LanguagePackError(f"{path}: cannot read: {exc}") from exc


def _plugin_table(meta: dict[str, Any], key: str, where: Path) -> dict[str, str]:
    table = meta.get(key, {})
    if not isinstance(table, dict) or not all(isinstance(v, str) and v for v in table.values()):
        raise LanguagePackError(f"{where}: [{key}] must map plug-in kinds to plug-in names")
    unknown = set(table) - set(KINDS)
    if unknown:
        raise LanguagePackError(f"{where}: [{key}] names unknown plug-in kinds {sorted(unknown)}")
    for kind, name in table.items():
        lookup(kind, name, str(where))  # an unknown name fails when the pack loads, not mid-batch
    return dict(table)


def load_pack(directory: Path) -> LanguagePack:
    where = directory / "pack.toml"
    meta = _read_toml(where)
    missing = {"code", "name", "script"} - meta.keys()
    if missing:
        raise LanguagePackError(f"{where}: missing keys {sorted(missing)}")
    return LanguagePack(
        code=meta["code"],
        name=meta["name"],
        script=meta["script"],
        directory=directory,
        plugins=_plugin_table(meta, "plugins", where),
        without_parser=_plugin_table(meta, "without_parser", where),
        meta=meta,
    )


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
    scripts = SCRIPTS
    for pack in packs.values():
        path = pack.directory / "scripts.toml"
        if path.is_file():
            scripts = scripts.merged(_read_toml(path), str(path))
    return LanguagePacks(packs, scripts)
