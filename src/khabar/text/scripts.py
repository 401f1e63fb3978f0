"""Script facts: which characters of a writing system are word characters, sentence marks or digits,
and which script a character is in — from one data file, ``langpacks/scripts.toml``.

Every regular expression or punctuation set of the engine that depends on a script is built from the
constants below (``WORD_CHARS``, ``TERMINATORS``, ``DANDA_MARKS`` …), so the Devanagari range and
the danda are written down once. The constants describe the scripts shipped with khabar; a language
pack can add a script with its own ``scripts.toml`` (merged by :func:`khabar.langpacks.load_language_packs`
into ``LanguagePacks.scripts``, which the language and segment stages read). Letters of a new script
that Unicode counts as letters are word characters everywhere already (Python's ``\\w``).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from khabar.errors import LanguagePackError

SHIPPED = Path(__file__).resolve().parent.parent / "langpacks" / "scripts.toml"


def _class(ranges: tuple[tuple[str, str], ...]) -> str:
    """A regex character-class body for ``ranges`` (``\\u0900-\\u0963…``)."""
    return "".join(
        re.escape(lo) if lo == hi else f"{re.escape(lo)}-{re.escape(hi)}" for lo, hi in ranges
    )


@dataclass(frozen=True, slots=True)
class Script:
    code: str  # ISO 15924
    name: str
    blocks: tuple[tuple[str, str], ...] = ()  # Unicode ranges of the script (first, last)
    word_ranges: tuple[tuple[str, str], ...] = ()  # word characters beyond Python's \w
    stops: str = ""  # the script's own sentence marks (danda, double danda)
    digits: str = ""
    syllabic_initials: bool = False  # a single letter with its vowel signs can be an initial

    def contains(self, char: str) -> bool:
        return any(lo <= char <= hi for lo, hi in self.blocks)

    @property
    def block_class(self) -> str:
        return _class(self.blocks)

    @property
    def word_class(self) -> str:
        return _class(self.word_ranges)


@dataclass(frozen=True, slots=True)
class ScriptFacts:
    scripts: dict[str, Script]
    unicode_names: tuple[tuple[str, str], ...]  # Unicode name prefix → ISO 15924 code, first match wins
    stops: str = ""  # shared sentence marks (. ! ?)
    stop_stand_ins: str = ""
    word_joiners: tuple[tuple[str, str], ...] = ()
    clause_marks: str = ""
    quotes: str = ""
    brackets: str = ""
    dashes: str = ""
    ellipsis: str = ""
    _by_block: tuple[Script, ...] = field(default=(), repr=False)

    def __getitem__(self, code: str) -> Script:
        return self.scripts[code]

    def script_of_block(self, char: str) -> Script | None:
        """The script whose blocks hold ``char`` (None for a character of no script with blocks)."""
        for script in self._by_block:
            if script.contains(char):
                return script
        return None

    def script_of_name(self, char: str) -> str | None:
        """ISO 15924 code from the character's Unicode name (``DEVANAGARI LETTER KA`` → Deva)."""
        name = unicodedata.name(char, "")
        for prefix, code in self.unicode_names:
            if name.startswith(prefix):
                return code
        return None

    def unicode_word(self, code: str) -> str | None:
        """The first word of the Unicode names of a script's characters (Deva → ``DEVANAGARI``)."""
        return next((prefix.split(" ")[0] for prefix, c in self.unicode_names if c == code), None)

    def merged(self, other: dict[str, Any], origin: str) -> ScriptFacts:
        """These facts plus a pack's ``scripts.toml`` (its scripts and name prefixes first)."""
        extra = _parse(other, origin, base=self)
        scripts = {**self.scripts, **extra.scripts}
        names = (*extra.unicode_names, *(p for p in self.unicode_names if p not in extra.unicode_names))
        return replace(self, scripts=scripts, unicode_names=names, _by_block=_with_blocks(scripts))

    # ---- derived character sets (strings, for ``in`` tests and regex classes)
    @property
    def own_stops(self) -> str:
        """Every script's own sentence marks (danda, double danda)."""
        return "".join(dict.fromkeys("".join(s.stops for s in self.scripts.values())))

    @property
    def word_chars(self) -> str:
        """Regex class body: word characters of every script, with joiners (``[{word_chars}]+``)."""
        return r"\w" + self.letter_chars.removeprefix(r"\w") + _class(self.word_joiners)

    @property
    def letter_chars(self) -> str:
        """Regex class body: word characters of every script, without joiners."""
        return r"\w" + "".join(s.word_class for s in self.scripts.values())

    @property
    def block_chars(self) -> str:
        """Regex class body: every character of the scripts with blocks (letters and their marks)."""
        return "".join(s.block_class for s in self.scripts.values())


def _chars(value: Any, origin: str, key: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "".join(value)
    raise LanguagePackError(f"{origin}: {key} must be a string or a list of strings")


def _ranges(value: Any, origin: str, key: str) -> tuple[tuple[str, str], ...]:
    def is_range(r: Any) -> bool:
        return isinstance(r, list) and len(r) == 2 and all(isinstance(c, str) and len(c) == 1 for c in r)

    if not isinstance(value, list) or not all(is_range(r) for r in value):
        raise LanguagePackError(f"{origin}: {key} must be a list of [first, last] characters")
    return tuple((lo, hi) for lo, hi in value)


def _with_blocks(scripts: dict[str, Script]) -> tuple[Script, ...]:
    return tuple(s for s in scripts.values() if s.blocks)


def _parse(data: dict[str, Any], origin: str, base: ScriptFacts | None = None) -> ScriptFacts:
    common = data.get("common", {})
    scripts: dict[str, Script] = {}
    for code, raw in data.get("scripts", {}).items():
        where = f"{origin} [scripts.{code}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            raise LanguagePackError(f"{where}: needs a name")
        scripts[code] = Script(
            code=code,
            name=raw["name"],
            blocks=_ranges(raw.get("blocks", []), where, "blocks"),
            word_ranges=_ranges(raw.get("word_ranges", []), where, "word_ranges"),
            stops=_chars(raw.get("stops", ""), where, "stops"),
            digits=_chars(raw.get("digits", ""), where, "digits"),
            syllabic_initials=bool(raw.get("syllabic_initials", False)),
        )
    names = data.get("unicode_names", {})
    if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
        raise LanguagePackError(f"{origin}: [unicode_names] must map Unicode name prefixes to script codes")

    def shared(key: str) -> str:
        if key in common:
            return _chars(common[key], origin, key)
        return str(getattr(base, key)) if base is not None else ""

    return ScriptFacts(
        scripts=scripts,
        unicode_names=tuple(names.items()),
        stops=shared("stops"),
        stop_stand_ins=shared("stop_stand_ins"),
        word_joiners=_ranges(common["word_joiners"], origin, "word_joiners")
        if "word_joiners" in common
        else (base.word_joiners if base else ()),
        clause_marks=shared("clause_marks"),
        quotes=shared("quotes"),
        brackets=shared("brackets"),
        dashes=shared("dashes"),
        ellipsis=shared("ellipsis"),
        _by_block=_with_blocks(scripts),
    )


def load_script_facts(path: Path = SHIPPED) -> ScriptFacts:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LanguagePackError(f"{path}: cannot read script facts: {exc}") from exc
    return _parse(data, str(path))


# The shipped facts, read once at import like a Unicode table (the file is part of the code, not
# user data). Packs that add scripts reach the stages through ``LanguagePacks.scripts``.
SCRIPTS = load_script_facts()

OWN_STOPS = SCRIPTS.own_stops  # "।॥": sentence marks of the scripts themselves (danda, double danda)
DANDA_MARKS = OWN_STOPS + SCRIPTS.stop_stand_ins  # "।॥|": the danda as written or typed
TERMINATORS = OWN_STOPS + SCRIPTS.stops + SCRIPTS.stop_stand_ins  # every character that ends a sentence
WORD_CHARS = SCRIPTS.word_chars  # regex class body: letters, vowel signs, digits, joiners of every script
LETTER_CHARS = SCRIPTS.letter_chars  # the same without the joiners
BLOCK_CHARS = SCRIPTS.block_chars  # regex class body: every character of the non-Latin scripts' blocks
QUOTES = SCRIPTS.quotes
BRACKETS = SCRIPTS.brackets
DASHES = SCRIPTS.dashes
ELLIPSIS = SCRIPTS.ellipsis
CLAUSE_MARKS = SCRIPTS.clause_marks
