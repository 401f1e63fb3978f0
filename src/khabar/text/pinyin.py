"""Chinese names written in Devanagari, read back into pinyin ("चू रुइफेंग" → Zhu Ruifeng).

Hindi news writes a Chinese name syllable by syllable, and several pinyin syllables share one
Devanagari spelling (zh, j and ch all as च/ज/झ; the final -eng as ेंग or ंग). A word is split into the
fewest syllables of the generated table ``pinyin_syllables.tsv`` (``scripts/build_pinyin_table.py``),
each syllable chosen by how common it is in Chinese words and how usual its Devanagari spelling is; the
first word of a name of several words is the family name, read as the commonest family name of
``chinese_names.toml`` it can spell. A word no syllables spell whole is no pinyin ("पॉल", "सुनील").
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from khabar.errors import LanguagePackError

if TYPE_CHECKING:
    from khabar.langpacks import LanguagePacks

TABLE_FILE = "pinyin_syllables.tsv"
SECTION = "chinese_names"
MAX_SYLLABLES = 3  # a Chinese given name has one or two syllables; a longer word is no pinyin
SPELLING_PENALTY = 1.5  # log-count a less usual Devanagari spelling of a syllable costs per rank
_FOLD = str.maketrans({"\u0901": "\u0902"})  # candrabindu as anusvara
# a nukta tells f (फ़) and z (ज़) from p and zh/j; on other letters (ख़, क़, ग़) it tells nothing here
_OTHER_NUKTA = re.compile("(?<![\u092b\u091c])\u093c")
# a syllable-final n before the next syllable's consonant, written न् or ं (शिन्हुआ Xinhua, जिंताओ
# Jintao), is the table's न; ं before ग stays the -ng
_FINAL_N = re.compile("(?:\u0928\u094d|\u0902)(?=[\u0915\u0916\u0918-\u0939])")


def fold(word: str) -> str:
    """The Devanagari form syllables are matched in: NFC, a nukta only in फ़ and ज़, candrabindu as
    anusvara, a syllable-final n as न."""
    text = _OTHER_NUKTA.sub("", unicodedata.normalize("NFD", word).translate(_FOLD))
    text = unicodedata.normalize("NFC", text)
    return _FINAL_N.sub("\u0928", text)


@dataclass(frozen=True, slots=True)
class PinyinNames:
    """Devanagari syllable spellings → (pinyin, score), and the ranked family names."""

    # folded Devanagari spelling → ((English pinyin, score), ...), best first
    syllables: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    surnames: dict[str, int] = field(default_factory=dict)  # lower-case pinyin → rank (0 commonest)
    longest: int = 0
    inventory: frozenset[str] = frozenset()  # every syllable's English spelling ("zhu", "ruifeng" not)

    @classmethod
    def parse(cls, table: str, data: dict[str, object], where: str) -> PinyinNames:
        found: dict[str, dict[str, float]] = {}
        for number, line in enumerate(table.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 4 or not parts[2].isdigit() or not parts[0].isascii():
                raise LanguagePackError(
                    f"{where}/{TABLE_FILE}:{number}: expected english, pinyin, count, spellings"
                )
            english, _pinyin, count, spellings = parts
            for rank, spelling in enumerate(spellings.split()):
                score = math.log(int(count) + 1) - SPELLING_PENALTY * rank
                options = found.setdefault(fold(spelling), {})
                options[english] = max(options.get(english, -math.inf), score)
        surnames = data.get("surnames", [])
        if not isinstance(surnames, list) or not all(isinstance(s, str) and s.isascii() for s in surnames):
            raise LanguagePackError(f"{where}/{SECTION}.toml: surnames must be a list of pinyin names")
        ranked: dict[str, int] = {}
        for rank, name in enumerate(surnames):
            ranked.setdefault(name.casefold(), rank)
        syllables = {
            key: tuple(sorted(options.items(), key=lambda kv: -kv[1])) for key, options in found.items()
        }
        inventory = frozenset(e for options in syllables.values() for e, _ in options)
        return cls(syllables, ranked, max(map(len, syllables), default=0), inventory)

    @classmethod
    def from_packs(cls, packs: LanguagePacks) -> PinyinNames:
        """The table of the first pack that ships one (empty when none does)."""
        for pack in packs:
            path = pack.directory / TABLE_FILE
            if path.is_file():
                try:
                    text = path.read_text(encoding="utf-8")
                except OSError as exc:
                    raise LanguagePackError(f"{path}: cannot read: {exc}") from exc
                return cls.parse(text, pack.section(SECTION), str(pack.where))
        return cls()

    def __bool__(self) -> bool:
        return bool(self.syllables)

    def __hash__(self) -> int:
        return id(self)

    def read(self, word: str, family: bool = False) -> str | None:
        """The pinyin of one Devanagari word ("रुइफेंग" → Ruifeng), or None when the fewest syllables
        that spell it are more than :data:`MAX_SYLLABLES` or none do. ``family``: the word is a family
        name, the commonest listed one it can spell ("चू" → Zhu, not Chu)."""
        return _read(self, fold(word), family)

    def name(self, words: list[str]) -> str | None:
        """A whole name in pinyin: the first word of several the family name, and a given name written
        as two one-syllable words joined as English writes it ("झांग जिन पिंग" → Zhang Jinping); None when a
        word is no pinyin."""
        readings = [self.read(word, family=n == 0 and len(words) > 1) for n, word in enumerate(words)]
        if any(reading is None for reading in readings):
            return None
        parts = [r for r in readings if r]
        if len(parts) == 3 and parts[0].casefold() in self.surnames and all(
            p.casefold() in self.inventory for p in parts[1:]
        ):
            parts = [parts[0], parts[1] + parts[2].casefold()]
        return " ".join(parts)

    def _splits(self, word: str) -> list[list[str]]:
        """Every way to spell ``word`` with the fewest syllables (each a folded table spelling)."""
        n = len(word)
        # best[i]: fewest syllables spelling word[i:], and the splits that reach it
        best: list[tuple[int, list[list[str]]]] = [(99, []) for _ in range(n)] + [(0, [[]])]
        for start in range(n - 1, -1, -1):
            fewest = 99
            ways: list[list[str]] = []
            for end in range(start + 1, min(n, start + self.longest) + 1):
                piece = word[start:end]
                if piece not in self.syllables or best[end][0] >= 99:
                    continue
                count = best[end][0] + 1
                if count < fewest:
                    fewest, ways = count, []
                if count == fewest:
                    ways.extend([piece, *rest] for rest in best[end][1])
            best[start] = (fewest, ways[:64])
        fewest, ways = best[0]
        return ways if fewest <= MAX_SYLLABLES else []


@lru_cache(maxsize=4096)
def _read(names: PinyinNames, word: str, family: bool) -> str | None:
    candidates: dict[str, float] = {}
    for split in names._splits(word):
        # each syllable's options, best first; the combination of the best few
        readings: list[tuple[str, float]] = [("", 0.0)]
        for piece in split:
            readings = [
                (text + option, score + value)
                for text, score in readings
                for option, value in names.syllables[piece][:6]
            ]
        for text, score in readings:
            candidates[text] = max(candidates.get(text, -math.inf), score / len(split))
    if not candidates:
        return None
    if family:
        listed = [c for c in candidates if c in names.surnames]
        if listed:
            return min(listed, key=lambda c: names.surnames[c]).capitalize()
    return max(candidates, key=lambda c: candidates[c]).capitalize()
