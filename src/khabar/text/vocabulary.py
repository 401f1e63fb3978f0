"""A language's common words (``langpacks/<code>/vocabulary.tsv``) and what they tell about glued text.

The vocabulary is derived data (see ``scripts/build_hi_vocabulary.py``): one
``word<TAB>articles<TAB>zipf`` per line (articles of a news corpus the word occurs in; its Zipf
frequency in general text, 0 where unknown), ``#`` comments. It answers two questions: is a word
ordinary vocabulary (seen in several unrelated articles), and is a token that is *not* a word
two words glued together by scraping
(``कियाअनुशासन`` = ``किया`` + ``अनुशासन``: a sub-heading glued to the next sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from khabar.errors import LanguagePackError

VOCABULARY_FILE = "vocabulary.tsv"
# A Devanagari word: letters and signs, ZWNJ/ZWJ (no danda, no digits).
DEVANAGARI_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097f\u200c\u200d]+")
_CUTS_SIZE = 100_000  # unknown words whose glue cut a splitter remembers (cleared when full)
# Signs that cannot start a word (vowel signs, virama, nukta, anusvara, candrabindu, visarga).
_NON_INITIAL = frozenset(
    [chr(c) for c in range(0x093A, 0x0950)]
    + ["\u0900", "\u0901", "\u0902", "\u0903", "\u093c"]
    + [chr(c) for c in range(0x0951, 0x0958)]
    + ["\u0962", "\u0963", "\u200c", "\u200d"]
)


Entry = tuple[int, float]  # (articles, zipf)


@lru_cache(maxsize=8)
def load_vocabulary(path: Path) -> dict[str, Entry]:
    """``word → (articles, zipf)`` of a vocabulary file (empty when the file does not exist)."""
    if not path.exists():
        return {}
    words: dict[str, Entry] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LanguagePackError(f"{path}: cannot read: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        word, articles, zipf = [*line.split("\t"), "0"][:3]
        try:
            words[word] = (int(articles), float(zipf))
        except ValueError:
            raise LanguagePackError(
                f"{path} line {number}: expected word<TAB>articles<TAB>zipf, got {line!r}"
            ) from None
    return words


def pack_vocabulary(pack: Any) -> dict[str, Entry]:
    """The vocabulary of a language pack (``{}`` for a pack without one or no pack)."""
    directory = getattr(pack, "directory", None)
    return load_vocabulary(Path(directory) / VOCABULARY_FILE) if directory is not None else {}


@dataclass(slots=True, frozen=True)
class GlueSplitter:
    """Finds the point where two words were glued together (``[glued_words]`` of segmentation.toml).

    A token that is not in the vocabulary is cut where its first part is one of ``final_words``
    (verbs that end a heading or sentence: ``किया``, ``दिया``) and the rest is at least
    ``min_rest`` characters, or where its first part is vocabulary and the rest is one of
    ``starters`` (words that open sentences: ``इसके``, ``उन्होंने``, ``हालांकि``).
    """

    vocabulary: dict[str, Entry]
    final_words: frozenset[str]
    starters: frozenset[str]
    min_rest: int = 3
    # ``split_point`` per unknown word seen (neither compared nor hashed: the splitter's facts are the rest)
    _cuts: dict[str, int | None] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def split_point(self, word: str) -> int | None:
        """Offset inside ``word`` where a second glued word starts, or None."""
        if not self.vocabulary or len(word) < 5 or word in self.vocabulary:
            return None
        for cut in range(2, len(word) - 1):
            first, rest = word[:cut], word[cut:]
            if rest[0] in _NON_INITIAL:
                continue
            if first in self.final_words and len(rest) >= self.min_rest:
                return cut
            if rest in self.starters and first in self.vocabulary:
                return cut
        return None

    def points(self, text: str, start: int, end: int) -> list[int]:
        """Positions in ``text[start:end]`` where a glued second word starts."""
        found: list[int] = []
        vocabulary, cuts = self.vocabulary, self._cuts
        if not vocabulary:
            return found  # (``split_point`` cuts nothing without a vocabulary)
        for match in DEVANAGARI_WORD.finditer(text, start, end):
            word = match.group()
            if len(word) < 5 or word in vocabulary:
                continue  # (``split_point``'s own first test, without the call: most words)
            try:
                cut = cuts[word]
            except KeyError:  # an unknown word's cut, remembered: it recurs in the article and others
                if len(cuts) >= _CUTS_SIZE:
                    cuts.clear()
                cut = cuts[word] = self.split_point(word)
            if cut is not None:
                found.append(match.start() + cut)
        return found

    def _points_by_word(self, text: str, start: int, end: int) -> list[int]:
        """:meth:`points` asking ``split_point`` of every word (the tests hold it to this)."""
        found: list[int] = []
        for match in DEVANAGARI_WORD.finditer(text, start, end):
            cut = self.split_point(match.group())
            if cut is not None:
                found.append(match.start() + cut)
        return found
