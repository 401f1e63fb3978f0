"""English words written in Devanagari: loanwords of Hindi news, which are no names.

Hindi news copy writes many English words by their sound (मोबाइल mobile, रेटिंग rating, वेबसाइट
website), and glues two of them into one word where English writes a compound or a phrase
(चार्जशीट charge+sheet, लोडशेडिंग load+shedding). Letter by letter such a word reads like an unknown
name ("Charjashit"). :class:`EnglishWords` tells them apart with the phonetic match of
:mod:`khabar.text.english_phonetic` against common English words (``langpacks/hi/english_words.tsv``,
derived from wordfreq by ``scripts/build_english_words.py``); a Devanagari word that may as well write
a name of the name lists is no loanword (ग्रीन is Green before it is "grin"; "mobile" is no name).

The file carries each word's consonant keys, so loading is a dictionary fill; the readings of a word
are made only when a Devanagari word with the same consonants is asked about.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from khabar.errors import LanguagePackError
from khabar.text.english_phonetic import Reading, devanagari_readings, english_readings, reading_cost
from khabar.text.vocabulary import _NON_INITIAL

ENGLISH_WORDS_FILE = "english_words.tsv"
# an English word of a glued pair is at least this long ("load", "sheet"): short words ("son", "man")
# end too many names by chance
_PART_MIN_LETTERS = 4
# a part of a glued Devanagari word has at least this many characters (लोड, शीट)
_PART_MIN_CHARS = 2
# how common (Zipf, English) a word must be to be read as a loanword: alone, as common as everyday
# words (mobile 4.9, rating 4.5; famous names such as neymar 3.5 are in wordfreq too); as one of two
# glued words a little rarer (load 4.6 + shedding 3.4; not kiwi 3.3 + eight, laugh + feline 3.1)
_ALONE_MIN_ZIPF = 4.0
_PART_MIN_ZIPF = 3.4
# words kept per consonant key, commonest first: a loanword of news copy is a common English word, and
# a short key ("ld": load, lead, loud, …) would otherwise cost a reading of hundreds of rare words
_PER_KEY = 12
# the separators of a word's readings stored as one string (``encode_readings``): between readings, between
# a reading's consonants and its slots, between slots, between the vowels of a slot (no reading holds them)
_READING_SEP, _PART_SEP, _SLOT_SEP, _VOWEL_SEP = "\x1c", "\x1d", "\x1e", "\x1f"


def encode_readings(readings: list[Reading]) -> str:
    """``readings`` as one string (``decode_readings`` reads it back)."""
    return _READING_SEP.join(
        r.consonants + _PART_SEP + _SLOT_SEP.join(_VOWEL_SEP.join(slot) for slot in r.slots) for r in readings
    )


def decode_readings(text: str) -> list[Reading]:
    """The readings ``encode_readings`` stored in ``text``."""
    readings: list[Reading] = []
    for stored in text.split(_READING_SEP) if text else ():
        consonants, slots = stored.split(_PART_SEP)
        vowels = tuple(tuple(slot.split(_VOWEL_SEP)) if slot else () for slot in slots.split(_SLOT_SEP))
        readings.append(Reading(consonants, vowels))
    return readings


@dataclass(slots=True)
class EnglishWords:
    """Common English words by the consonant keys of their readings, and which of them are names."""

    by_key: dict[str, list[str]] = field(default_factory=dict)  # key → words, commonest first
    names: frozenset[str] = frozenset()  # words that are also names: a word sounding like one is none
    zipf: dict[str, float] = field(default_factory=dict)
    _readings: dict[str, list[Reading]] = field(default_factory=dict)
    # English word → its readings computed ahead of time (``encode_readings``; ``readings_table``, stored by
    # ``khabar kb build`` with the mention finder's seeds): a first-seen article's loanword tests read the
    # readings of ~7 English words each, ~0.1 ms apiece to compute
    seeded_readings: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_lines(cls, lines: list[str], names: Collection[str]) -> EnglishWords:
        built = cls(names=frozenset(names))
        for number, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                expected = "expected word<TAB>zipf<TAB>keys"
                raise LanguagePackError(f"{ENGLISH_WORDS_FILE} line {number}: {expected}")
            word = parts[0]
            try:
                built.zipf[word] = float(parts[1])
            except ValueError:
                raise LanguagePackError(
                    f"{ENGLISH_WORDS_FILE} line {number}: bad Zipf {parts[1]!r}"
                ) from None
            for key in parts[2].split(","):
                same = built.by_key.setdefault(key, [])
                if len(same) < _PER_KEY or word in built.names:
                    same.append(word)  # (a name is always kept: it bars the words it sounds like)
        return built

    def _english(self, word: str) -> list[Reading]:
        readings = self._readings.get(word)
        if readings is None:
            stored = self.seeded_readings.get(word)
            readings = decode_readings(stored) if stored is not None else english_readings(word)
            self._readings[word] = readings
        return readings

    def readings_table(self, min_zipf: float = _PART_MIN_ZIPF) -> dict[str, str]:
        """The readings (``encode_readings``) of every word ``spelling`` may read with ``min_zipf`` or a
        higher bar: the names and the words of at least ``min_zipf``; a word whose readings would not
        read back the same is left out (it is computed when asked)."""
        table: dict[str, str] = {}
        for words in self.by_key.values():
            for word in words:
                if word in table or (word not in self.names and self.zipf.get(word, 0.0) < min_zipf):
                    continue
                readings = english_readings(word)
                stored = encode_readings(readings)
                if "\n" not in stored and decode_readings(stored) == readings:
                    table[word] = stored
        return table

    def spelling(self, word: str, min_letters: int = 1, min_zipf: float = _ALONE_MIN_ZIPF) -> str | None:
        """The commonest English word of at least ``min_letters`` letters and ``min_zipf`` that the
        Devanagari ``word`` writes by sound (same consonants, every vowel slot agreeing), or None;
        None too when the word may as well write a name (ग्रीन Green, not "grin"; रूट Root, not
        "route")."""
        found: str | None = None
        for reading in devanagari_readings(word):
            for english in self.by_key.get(reading.consonants, ()):
                if english not in self.names and (
                    found is not None or len(english) < min_letters or self.zipf.get(english, 0.0) < min_zipf
                ):
                    continue
                if any(
                    own.consonants == reading.consonants and reading_cost(reading, own) == 0
                    for own in self._english(english)
                ):
                    if english in self.names:
                        return None
                    found = found or english  # the list is commonest first
        return found

    def glued(self, word: str) -> tuple[str, str] | None:
        """Two English words the Devanagari ``word`` writes one after the other (चार्जशीट → charge,
        sheet), each at least ``_PART_MIN_LETTERS`` letters long, or None."""
        for cut in range(_PART_MIN_CHARS, len(word) - _PART_MIN_CHARS + 1):
            if word[cut] in _NON_INITIAL:
                continue
            first = self.spelling(word[:cut], _PART_MIN_LETTERS, _PART_MIN_ZIPF)
            if first is None:
                continue
            second = self.spelling(word[cut:], _PART_MIN_LETTERS, _PART_MIN_ZIPF)
            if second is not None:
                return first, second
        return None

    def loanword(self, word: str) -> bool:
        """Whether the Devanagari ``word`` writes a common English word or two glued together."""
        return self.spelling(word) is not None or self.glued(word) is not None


@lru_cache(maxsize=4)
def load_english_words(path: Path, names: frozenset[str]) -> EnglishWords:
    """The English words of ``path``, ``names`` among them marked as names (empty when the file does
    not exist)."""
    if not path.exists():
        return EnglishWords()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LanguagePackError(f"{path}: cannot read: {exc}") from exc
    return EnglishWords.from_lines(lines, names)
