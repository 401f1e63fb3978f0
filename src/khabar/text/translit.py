"""Devanagari → Latin for matching Hindi spellings of names against Latin aliases.

``indic-transliteration`` does the letter mapping (to IAST); this module adds what it lacks for
Hindi names:

* **Schwa deletion** (an approximation of Ohala's rule for Hindi), applied on the Devanagari side by
  inserting a virama where the inherent ``a`` is not pronounced:
  - word-final inherent ``a`` is deleted (भारत → bharat), except in one-syllable words (न → na) and
    after a conjunct ending in र or य (नरेंद्र → narendra, सूर्य → surya);
  - a medial inherent ``a`` is deleted in the context V C _ C V, i.e. when the syllable's onset is a
    single consonant, the previous syllable carries a vowel, and the next syllable starts with a
    single consonant whose vowel is pronounced (जिनपिंग → jinping, अमरीका → amrika). Syllables are
    processed right to left, so two neighbouring schwas are never both deleted; a schwa carrying
    anusvara/visarga is always kept (ट्रंप → tramp). Morpheme boundaries in compounds are not known, so
    compounds come out wrong now and then; for fuzzy matching that is tolerable.
* **Acronyms** spelt with Hindi letter names (टीएएसएस → tass, बीबीसी → bbc), from the
  ``transliteration.toml`` of the packs that name this transliterator (``[plugins] transliteration =
  "devanagari"``; :meth:`Transliterator.from_packs`).
* **Plain ASCII**: IAST diacritics are simplified (ś/ṣ → sh, c → ch, ṭ → t, ā → a, ṃ → n or m before a
  labial, …), giving a readable lower-case key such as ``shoigu``, ``sergei``, ``vang yi``.

``latin_key`` then folds both sides further for fuzzy/phonetic comparison (w → v, y → i, z → j,
q → k, c → k, ph → f, doubled letters collapsed), so "Wang Yi" and वांग यी meet at ``vang i``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indic_transliteration import sanscript

from khabar.errors import LanguagePackError
from khabar.text.scripts import SCRIPTS

if TYPE_CHECKING:
    from khabar.langpacks import LanguagePacks

_VIRAMA = "\u094d"
_NUKTA = "\u093c"
_MODIFIERS = frozenset("\u0900\u0901\u0902\u0903")  # candrabindu variants, anusvara, visarga
_CANDRA = {"\u0949": "\u094b", "\u0945": "\u0947", "\u0911": "\u0913", "\u090d": "\u090f", "\u0901": "\u0902"}
_CANDRA_TABLE = str.maketrans(_CANDRA)  # one character for one: ``_premap`` by one ``str.translate``
_KEEP_FINAL_AFTER_CONJUNCT = frozenset("रय")
_DEVA_WORD = re.compile(rf"[{SCRIPTS['Deva'].block_class}]+")

# IAST → plain ASCII, longest first (applied after NFC).
_IAST_ASCII = [
    ("kṣ", "ksh"),
    ("jñ", "gy"),
    ("k͟h", "kh"),
    ("r̤h", "rh"),
    ("r̤", "r"),
    ("ch", "chh"),
    ("c", "ch"),
    ("ś", "sh"),
    ("ṣ", "sh"),
    ("ṝ", "ri"),
    ("ṛ", "ri"),
    ("ṟ", "r"),
    ("ḷ", "l"),
    ("ġ", "gh"),
    ("ẏ", "y"),
    ("ṃp", "mp"),
    ("ṃb", "mb"),
    ("ṃm", "mm"),
    ("ṃ", "n"),
    ("ṁ", "n"),
    ("ḥ", "h"),
    ("ā", "a"),
    ("ī", "i"),
    ("ū", "u"),
    ("ṭ", "t"),
    ("ḍ", "d"),
    ("ṇ", "n"),
    ("ñ", "n"),
    ("ṅ", "n"),
    ("ē", "e"),
    ("ō", "o"),
]
_IAST_PATTERN = re.compile("|".join(re.escape(src) for src, _ in _IAST_ASCII))
_IAST_TABLE = dict(_IAST_ASCII)

# Latin folding for fuzzy keys (both scripts end up here).
_KEY_RULES = [
    (re.compile(r"ph"), "f"),
    (re.compile(r"ch"), "\x00"),  # protect ch from c → k
    (re.compile(r"c"), "k"),
    (re.compile("\x00"), "ch"),
    (re.compile(r"q"), "k"),
    (re.compile(r"w"), "v"),
    (re.compile(r"y"), "i"),
    (re.compile(r"z"), "j"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"([a-z])\1+"), r"\1"),
]


def _is_consonant(ch: str) -> bool:
    return "\u0915" <= ch <= "\u0939" or "\u0958" <= ch <= "\u095f" or "\u0978" <= ch <= "\u097f"


def _is_matra(ch: str) -> bool:
    return (
        ("\u093a" <= ch <= "\u094c" and ch not in (_NUKTA, "\u093d"))
        or "\u094e" <= ch <= "\u094f"
        or ch in "\u0955\u0956\u0957\u0962\u0963"
    )


def _is_independent_vowel(ch: str) -> bool:
    return "\u0904" <= ch <= "\u0914" or ch in "\u0960\u0961" or "\u0972" <= ch <= "\u0977"


@dataclass(slots=True)
class _Syllable:
    text: str  # the Devanagari characters of the syllable
    onset: int  # number of consonants before the nucleus
    onset_end: int  # index in ``text`` just after the onset (where a virama would go)
    nucleus: str  # "schwa" | "vowel" | "none" (explicit virama) | "other"
    nasal: bool = False


def _syllables(word: str) -> list[_Syllable]:
    out: list[_Syllable] = []
    i, n = 0, len(word)
    while i < n:
        start = i
        ch = word[i]
        if _is_consonant(ch):
            consonants = 0
            while True:
                i += 1
                consonants += 1
                if i < n and word[i] == _NUKTA:
                    i += 1
                if i + 1 < n and word[i] == _VIRAMA and _is_consonant(word[i + 1]):
                    i += 1
                    continue
                break
            onset_end = i - start
            if i < n and word[i] == _VIRAMA:
                nucleus = "none"
                i += 1
            elif i < n and _is_matra(word[i]):
                nucleus = "vowel"
                i += 1
            else:
                nucleus = "schwa"
        elif _is_independent_vowel(ch):
            consonants, onset_end, nucleus = 0, 0, "vowel"
            i += 1
        else:
            out.append(_Syllable(ch, 0, 0, "other"))
            i += 1
            continue
        nasal = False
        while i < n and word[i] in _MODIFIERS:
            nasal = True
            i += 1
        out.append(_Syllable(word[start:i], consonants, onset_end, nucleus, nasal))
    return out


def delete_schwas(word: str, medial: bool = True, left_to_right: bool = False) -> str:
    """Insert a virama wherever the inherent ``a`` of a Devanagari word is not pronounced; with
    ``medial`` False only a final one (वंदना → vandana, as English spells many Indian names).

    Of two neighbouring medial schwas that could each go, Hindi (and the default right-to-left pass)
    drops the later one (अमरता → amarta); ``left_to_right`` drops the earlier one instead, as Perso-Arabic
    names are spoken, whose first syllable is closed (अफशरी → Afshari, not "Afashri"; एहतशाम → Ehtasham)."""
    syllables = _syllables(word)
    deleted = [False] * len(syllables)
    last = len(syllables) - 1
    final = syllables[last] if syllables else None
    if (
        final is not None
        and last > 0
        and final.nucleus == "schwa"
        and not final.nasal
        and not (final.onset >= 2 and final.text[final.onset_end - 1] in _KEEP_FINAL_AFTER_CONJUNCT)
    ):
        deleted[last] = True
    order = range(1, last) if left_to_right else range(last - 1, 0, -1)
    for k in order if medial else ():
        syl = syllables[k]
        if syl.nucleus != "schwa" or syl.nasal or syl.onset != 1:
            continue
        prev, nxt = syllables[k - 1], syllables[k + 1]
        if prev.nucleus not in ("schwa", "vowel") or deleted[k - 1]:
            continue
        if nxt.onset != 1 or nxt.nucleus not in ("schwa", "vowel") or deleted[k + 1]:
            continue
        deleted[k] = True
    parts = []
    for syl, gone in zip(syllables, deleted, strict=True):
        parts.append(syl.text[: syl.onset_end] + _VIRAMA + syl.text[syl.onset_end :] if gone else syl.text)
    return "".join(parts)


def iast_to_ascii(text: str) -> str:
    """Simplify IAST to lower-case plain ASCII (ś → sh, ā → a, ṃ → n/m, …)."""
    text = unicodedata.normalize("NFC", text.casefold())
    text = _IAST_PATTERN.sub(lambda m: _IAST_TABLE[m.group()], text)
    return _ascii_only(unicodedata.normalize("NFKD", text))


@dataclass(frozen=True, slots=True)
class Transliterator:
    """Devanagari → plain ASCII Latin. Build with :meth:`from_packs` (the letter names of the packs
    that name it) or :meth:`load` (one ``transliteration.toml``)."""

    letter_names: dict[str, str] = field(default_factory=dict)
    # country alpha-3 → ordered (from, to) substitutions: how Hindi renders that country's romanisation
    romanisation_variants: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # English spelling conventions for Indian names (``english_spelling``): (pattern, replacement)
    english_spelling: tuple[tuple[re.Pattern[str], str], ...] = ()
    # the same, on the Devanagari word before it is read (``devanagari_spelling``: राव → राओ, "Rao")
    devanagari_spelling: tuple[tuple[re.Pattern[str], str], ...] = ()

    @classmethod
    def from_packs(cls, packs: LanguagePacks) -> Transliterator:
        """The transliterator of the packs whose ``[plugins]`` name it (``transliteration =
        "devanagari"``), from their ``transliteration.toml`` (an override pack's replaces the shipped
        one's). Without such a pack it transliterates letters only (no acronyms, no variants)."""
        result = cls()
        for pack in packs.using("transliteration", "devanagari"):
            path = pack.directory / "transliteration.toml"
            one = cls.parse(pack.section("transliteration"), path)
            result = cls(
                letter_names={**result.letter_names, **one.letter_names},
                romanisation_variants={**result.romanisation_variants, **one.romanisation_variants},
                english_spelling=result.english_spelling + one.english_spelling,
                devanagari_spelling=result.devanagari_spelling + one.devanagari_spelling,
            )
        return result

    @classmethod
    def load(cls, path: Path) -> Transliterator:
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise LanguagePackError(f"{path}: cannot read transliteration data: {exc}") from exc
        return cls.parse(data, path)

    @classmethod
    def parse(cls, data: dict[str, Any], path: Path) -> Transliterator:
        names = data.get("letter_names", {})
        if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
            raise LanguagePackError(f"{path}: [letter_names] must map Devanagari strings to Latin letters")
        variants: dict[str, tuple[tuple[str, str], ...]] = {}
        for code, pairs in data.get("romanisation_variants", {}).items():
            if not isinstance(pairs, list) or not all(
                isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in pairs
            ):
                raise LanguagePackError(
                    f"{path}: [romanisation_variants] {code} must be a list of [from, to] pairs"
                )
            variants[code] = tuple((a, b) for a, b in pairs)
        return cls(
            letter_names={_premap(k): v for k, v in names.items()},
            romanisation_variants=variants,
            english_spelling=_spelling_rules(data, "english_spelling", path),
            devanagari_spelling=_spelling_rules(data, "devanagari_spelling", path),
        )

    def romanise_name(self, text: str, respell: Callable[[str, str], str] | None = None) -> str:
        """A display spelling of a Devanagari name close to the usual English one, capitalised:
        राम जेठमलानी → "Ram Jethmalani", डी एच गोस्वामी → "D H Goswami", सीबीआई → "CBI".

        ``respell(devanagari word, its romanisation)`` may replace the romanisation of each word (not
        of acronyms) with the English spelling of the same name (:mod:`khabar.text.respell`)."""
        words = []
        for word in text.split():
            if not _DEVA_WORD.search(word):
                words.append(word)
                continue
            # "ई." in "ई. राजेंदर": a dotted initial
            acronym = self.acronym(word) or self.letter_names.get(_premap(word).rstrip("."))
            if acronym is not None:
                words.append(acronym.upper())  # "सीबीआई" → CBI, an initial "आर" → R
                continue
            latin = self._english_spelt(word, lambda spelt: self.to_latin(spelt, acronyms=False))
            words.append(respell(word, latin) if respell is not None else latin)
        return " ".join(w for w in words if w)

    def full_reading(self, word: str) -> str:
        """A Devanagari word romanised as :meth:`romanise_name` does but with its medial schwas kept
        (वंदना → "Vandana", beside the spoken "Vandna"): the spelling English often gives an Indian name
        (:func:`delete_schwas`)."""
        def medial_kept(spelt: str) -> str:
            iast = sanscript.transliterate(
                delete_schwas(_premap(unicodedata.normalize("NFC", spelt)), medial=False),
                sanscript.DEVANAGARI,
                sanscript.IAST,
            )
            folded = unicodedata.normalize("NFKD", iast_to_ascii(iast).casefold())
            return _ascii_only(folded)

        return self._english_spelt(word, medial_kept)

    def closed_first_reading(self, word: str) -> str:
        """A Devanagari word romanised as :meth:`romanise_name` does but with the earlier of two
        neighbouring schwas dropped (:func:`delete_schwas` ``left_to_right``), as Perso-Arabic names are
        spoken: अफशरी → "Afshari", एहतशामुल → "Ehtashamul" (Hindi's reading: "Afashri", "Ehatshamul")."""

        def closed_first(spelt: str) -> str:
            deleted = delete_schwas(_premap(unicodedata.normalize("NFC", spelt)), left_to_right=True)
            return iast_to_ascii(sanscript.transliterate(deleted, sanscript.DEVANAGARI, sanscript.IAST))

        return self._english_spelt(word, closed_first)

    def _english_spelt(self, word: str, read: Callable[[str], str]) -> str:
        """One Devanagari word read by ``read`` between the pack's spelling rules (``devanagari_spelling``
        before the reading, ``english_spelling`` after it), capitalised."""
        spelt = word
        for pattern, replacement in self.devanagari_spelling:
            spelt = pattern.sub(replacement, spelt)
        latin = read(spelt)
        for pattern, replacement in self.english_spelling:
            latin = pattern.sub(replacement, latin)
        return latin[:1].upper() + latin[1:]

    def applies_to(self, text: str) -> bool:
        """Whether ``text`` has a character of the script this transliterator reads."""
        return _DEVA_WORD.search(text) is not None

    def latin_variants(self, latin: str, country: str | None) -> list[str]:
        """Respellings of a Latin name the way Hindi writers render its romanisation (Qin → chin)."""
        pairs = self.romanisation_variants.get(country or "", ())
        if not pairs:
            return []
        variant = latin.casefold()
        for old, new in pairs:
            variant = variant.replace(old, new)
        return [variant] if variant != latin.casefold() else []

    def acronym(self, word: str) -> str | None:
        """Latin letters when the word is spelt entirely with letter names (two or more), else None."""
        # once per distinct word: the mention finder, ``letters`` and ``word_to_latin`` all ask
        memo = _memos(self).acronyms
        found = memo.get(word, _UNSEEN)
        if found is _UNSEEN:
            if len(memo) >= _WORD_MEMO_SIZE:
                memo.clear()
            found = memo[word] = self._acronym(word)
        return found  # type: ignore[return-value]

    def _acronym(self, word: str) -> str | None:
        word = _premap(word)
        n = len(word)
        # best[i] = letters for word[:i] using the fewest pieces (dynamic programming over prefixes)
        best: list[list[str] | None] = [None] * (n + 1)
        best[0] = []
        by_first = _memos(self).letters_by_first
        for i in range(n):
            if best[i] is None:
                continue
            # only the letter names starting with word[i], in the table's order (ties keep the first)
            for name, letter in by_first.get(word[i], ()):
                if word.startswith(name, i):
                    candidate = [*best[i], letter]  # type: ignore[misc]
                    j = i + len(name)
                    if best[j] is None or len(candidate) < len(best[j]):  # type: ignore[arg-type]
                        best[j] = candidate
        letters = best[n]
        return "".join(letters) if letters is not None and len(letters) >= 2 else None

    def letters(self, word: str) -> str | None:
        """Latin letters when the word is spelt entirely with letter names, one or more ("ए" → a,
        "वीके" → vk), else None: the initials of a name."""
        return self.letter_names.get(_premap(word)) or self.acronym(word)

    def word_to_latin(self, word: str, acronyms: bool = True) -> str:
        # once per distinct word form: a name recurs across articles and through the KB search,
        # and reading one word costs ~0.3 ms (the acronym search and the IAST mapping)
        memo = _memos(self).words
        key = (word, acronyms)
        found = memo.get(key)
        if found is None:
            if len(memo) >= _WORD_MEMO_SIZE - 1:
                memo.clear()
            acronym = self.acronym(word) if acronyms else None
            if acronym is not None:
                found = acronym
            else:
                # a word that is no acronym reads the same both ways: ``latin_keys`` asks for both,
                # and the phonetic reading (``sanscript``) is the costly part
                found = memo.get((word, False))
                if found is None:
                    found = memo[(word, False)] = self._word_to_latin(word, False)
            memo[key] = found
        return found

    def _word_to_latin(self, word: str, acronyms: bool) -> str:
        acronym = self.acronym(word) if acronyms else None
        if acronym is not None:
            return acronym
        iast = sanscript.transliterate(delete_schwas(_premap(word)), sanscript.DEVANAGARI, sanscript.IAST)
        return iast_to_ascii(iast)

    def to_latin(self, text: str, acronyms: bool = True) -> str:
        """Plain lower-case ASCII reading of ``text``; non-Devanagari parts are ASCII-folded.

        With ``acronyms`` (default) a word spelt entirely with letter names is read as an acronym
        (टीएएसएस → tass); without, every word is read phonetically (सीसी → sisi).
        """
        text = _DEVA_WORD.sub(
            lambda m: self.word_to_latin(m.group(), acronyms), unicodedata.normalize("NFC", text)
        )
        return " ".join(_ascii_only(unicodedata.normalize("NFKD", text.casefold())).split())


_WORD_MEMO_SIZE = 100_000


def _spelling_rules(data: dict[str, Any], key: str, path: Path) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The ``[pattern, replacement]`` pairs of ``key`` in a transliteration.toml, compiled."""
    rules: list[tuple[re.Pattern[str], str]] = []
    for pair in data.get(key, []):
        try:
            if not isinstance(pair[1], str):
                raise TypeError("the replacement must be a string")
            rules.append((re.compile(pair[0]), pair[1]))
        except (re.error, IndexError, TypeError) as exc:
            raise LanguagePackError(f"{path}: {key} entry {pair!r}: {exc}") from exc
    return tuple(rules)


@dataclass(slots=True)
class _Memos:
    """What one transliterator remembers: word readings, folded keys, letter names by first character."""

    words: dict[tuple[str, bool], str]
    keys: dict[str, tuple[str, ...]]  # tuples: untracked by the cyclic GC, unlike lists
    letters_by_first: dict[str, list[tuple[str, str]]]
    acronyms: dict[str, str | None] = field(default_factory=dict)


_UNSEEN = object()  # a memo's "not computed yet" (None is an answer)


# Transliterator → its memos. The class is a frozen slots dataclass (pickled in the KB cache), so
# the memos live here, keyed by the instance's id with the instance kept alive beside it (an id is
# never reused while its memo exists); a process holds one or two transliterators.
_WORD_MEMOS: dict[int, tuple[Transliterator, _Memos]] = {}


def _memos(transliterator: Transliterator) -> _Memos:
    entry = _WORD_MEMOS.get(id(transliterator))
    if entry is None or entry[0] is not transliterator:
        if len(_WORD_MEMOS) >= 16:  # many short-lived instances (tests): start over
            _WORD_MEMOS.clear()
        by_first: dict[str, list[tuple[str, str]]] = {}
        for name, letter in transliterator.letter_names.items():
            if name:
                by_first.setdefault(name[0], []).append((name, letter))
        entry = _WORD_MEMOS[id(transliterator)] = (transliterator, _Memos({}, {}, by_first))
    return entry[1]


# word → (its phonetic reading, its acronym reading or None, its folded keys): what ``word_to_latin``
# (without acronyms), ``acronym`` and ``latin_keys`` answer for it
ReadingTable = dict[str, tuple[str, str | None, tuple[str, ...]]]


def reading_table(transliterator: Transliterator, words: list[str]) -> ReadingTable:
    """The memo entries of ``words``, computed by the memoised methods themselves (``khabar kb build``
    stores them for the vocabulary's and the KB's words; :func:`remember_readings` puts them back)."""
    return {
        word: (
            transliterator.word_to_latin(word, False),
            transliterator.acronym(word),
            tuple(latin_keys(word, transliterator)),
        )
        for word in words
    }


def remember_readings(transliterator: Transliterator, table: ReadingTable) -> None:
    """Put ``table`` (see :func:`reading_table`) into the transliterator's memos, as if it had read
    those words itself; a memo that fills up later is cleared as usual (the table's part with it)."""
    memos = _memos(transliterator)
    limit = _WORD_MEMO_SIZE * 3 // 5  # room left for the words met later
    for word, (reading, acronym, keys) in list(table.items())[:limit]:
        memos.words[(word, False)] = reading
        memos.acronyms[word] = acronym
        memos.keys[word] = keys


def _premap(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_CANDRA_TABLE)


@cache
def default_transliterator() -> Transliterator:
    """The transliterator of the packs shipped with khabar, for callers that pass none (the pipeline
    always passes the one built from its own packs, ``KnowledgeBase.transliterator``)."""
    from khabar.langpacks import load_language_packs

    return Transliterator.from_packs(load_language_packs())


def transliterate(text: str) -> str:
    """Devanagari → plain ASCII Latin with schwa deletion: शी जिनपिंग → "shi jinping"."""
    return default_transliterator().to_latin(text)


def latin_key(text: str, transliterator: Transliterator | None = None) -> str:
    """Fuzzy/phonetic comparison key for a name in Latin or Devanagari script.

    Devanagari is transliterated first; then lower-case letters and digits only, with w→v, y→i, z→j,
    q→k, c→k (ch kept), x→ks, ph→f and doubled letters collapsed: "Sergey Shoygu" → "sergei shoigu".
    """
    tr = transliterator or default_transliterator()
    return _fold(tr.to_latin(text))


def latin_keys(text: str, transliterator: Transliterator | None = None) -> list[str]:
    """Every folded key of ``text``: the acronym reading (if any) and the phonetic reading (सीसी is
    both "CC" and Sisi)."""
    tr = transliterator or default_transliterator()
    memo = _memos(tr).keys
    found = memo.get(text)
    if found is None:
        keys = [_fold(tr.to_latin(text)), _fold(tr.to_latin(text, acronyms=False))]
        found = tuple(key for key in dict.fromkeys(keys) if key)
        if len(memo) >= _WORD_MEMO_SIZE:
            memo.clear()
        memo[text] = found
    return list(found)  # a copy: callers may change theirs


def _fold(text: str) -> str:
    # what ``_KEY_RULES`` do in order, with plain string operations (the same result: tested against
    # the rules in tests/test_first_seen_cuts.py): "ph" and "c" outside "ch" first, then the
    # one-letter rules, which make no letter a later rule rewrites, then doubled letters
    text = _NOT_KEY_CHAR.sub("", text.replace("-", " "))
    if "ph" in text:
        text = text.replace("ph", "f")
    if "c" in text:
        text = "ch".join(part.replace("c", "k") for part in text.split("ch"))
    text = text.translate(_KEY_LETTERS)
    if _DOUBLED.search(text) is not None:
        text = _DOUBLED.sub(r"\1", text)
    return " ".join(text.split())


def _fold_by_rules(text: str) -> str:
    """``_fold`` as the rule list states it (the reference its faster form is tested against)."""
    text = re.sub(r"[^a-z0-9 ]+", "", text.replace("-", " "))
    for pattern, replacement in _KEY_RULES:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


_NOT_KEY_CHAR = re.compile(r"[^a-z0-9 ]+")
_KEY_LETTERS = str.maketrans({"q": "k", "w": "v", "y": "i", "z": "j", "x": "ks"})
_DOUBLED = re.compile(r"([a-z])\1+")


def _ascii_only(text: str) -> str:
    """``text`` without its non-ASCII characters (one C call, not a generator over characters)."""
    return text if text.isascii() else text.encode("ascii", "ignore").decode("ascii")


# ---------------------------------------------------------------- Latin → Devanagari (KB build time)
# Romanised names (chiefly South Asian romanisation) → a Hindi spelling. Longest letter group first;
# a consonant followed by another gets a virama, a vowel after a consonant is its sign (matra).
_LATIN_CONSONANTS = [
    ("chh", "छ"), ("ksh", "क्ष"), ("kh", "ख"), ("gh", "घ"), ("ch", "च"), ("jh", "झ"), ("th", "थ"),
    ("dh", "ध"), ("ph", "फ"), ("bh", "भ"), ("sh", "श"), ("ck", "क"), ("zh", "ज़"), ("k", "क"),
    ("g", "ग"), ("j", "ज"), ("t", "त"), ("d", "द"), ("n", "न"), ("p", "प"), ("b", "ब"), ("m", "म"),
    ("y", "य"), ("r", "र"), ("l", "ल"), ("v", "व"), ("w", "व"), ("s", "स"), ("h", "ह"), ("z", "ज़"),
    ("f", "फ़"), ("q", "क़"), ("c", "क"), ("x", "क्स"),
]
# (letters, independent vowel, vowel sign); "" = the inherent a
_LATIN_VOWELS = [
    ("aa", "आ", "ा"), ("ee", "ई", "ी"), ("ii", "ई", "ी"), ("oo", "ऊ", "ू"), ("ai", "ऐ", "ै"),
    ("au", "औ", "ौ"), ("ou", "औ", "ौ"), ("ei", "ए", "े"), ("a", "अ", ""), ("e", "ए", "े"),
    ("i", "इ", "ि"), ("o", "ओ", "ो"), ("u", "उ", "ु"),
]
_RETROFLEX = {"त": "ट", "द": "ड", "थ": "ठ", "ध": "ढ"}
_SOUTH_ASIA = frozenset({"IND", "PAK", "BGD", "NPL", "LKA", "BTN", "AFG", "MDV", "MMR"})


def _word_to_devanagari(word: str, dental: bool) -> str:
    # Hindi renderings of common name endings: -ngh (Singh → सिंह), -ah (Abdullah → अब्दुल्ला), -ia
    # (Zia → ज़िया), and a long a in a closed final syllable (Kumar → कुमार, Imran → इमरान)
    if word.endswith("ngh") and len(word) > 3:
        return _word_to_devanagari(word[:-3] + "k", dental)[:-1] + "ंह"  # k: keeps the vowel short
    word = re.sub(r"(?<=ll)ah$", "aa", word)
    word = re.sub(r"ia$", "iyaa", word)
    word = re.sub(r"(?<=.[^aeiou])a(?=[mdzr]$)", "aa", word)
    out: list[str] = []
    i, n = 0, len(word)
    previous_consonant = False
    while i < n:
        rest = word[i:]
        vowel = next((v for v in _LATIN_VOWELS if rest.startswith(v[0])), None)
        if vowel is not None:
            letters, independent, sign = vowel
            final = i + len(letters) == n
            if final and letters == "a" and previous_consonant and n > 2:
                sign = "ा"  # word-final a is long in Hindi renderings (Khaleda → खालिदा)
            if final and letters == "i" and previous_consonant:
                sign = "ी"
            out.append(sign if previous_consonant else independent)
            previous_consonant = False
            i += len(letters)
            continue
        if rest[0] == "y" and i == n - 1 and previous_consonant:  # final y after a consonant: -ी
            out.append("ी")
            break
        # n/m before another consonant: anusvara (Singh → सिंह, Ambani → अंबानी)
        following = rest[1:2]
        nasal = (rest[0] == "n" and following in tuple("kgcjtd")) or (
            rest[0] == "m" and following in ("p", "b")
        )
        if i > 0 and nasal and not previous_consonant:
            out.append("ं")
            previous_consonant = False
            i += 1
            continue
        consonant = next((c for c in _LATIN_CONSONANTS if rest.startswith(c[0])), None)
        if consonant is None:
            i += 1
            continue
        letters, deva = consonant
        if not dental:
            deva = _RETROFLEX.get(deva, deva)
        if previous_consonant:
            out.append(_VIRAMA)
        if len(letters) == 1 and i + 1 < n and word[i + 1] == letters and letters not in "aeiou":
            i += 1  # doubled letter: one consonant with a virama cluster (Mohammad → मोहम्मद)
            out.append(deva + _VIRAMA)
        out.append(deva)
        previous_consonant = True
        i += len(letters)
    return unicodedata.normalize("NFC", "".join(out))


def to_devanagari(
    text: str,
    country: str | None = None,
    transliterator: Transliterator | None = None,
    min_score: float = 85.0,
) -> str | None:
    """A Hindi (Devanagari) spelling of a romanised name, or None when none can be trusted.

    The spelling is read back with :func:`latin_key` and kept only when it scores ``min_score`` or
    more against the name's own key, so a name the letter rules cannot render (silent letters, French
    spellings) gets no spelling rather than a wrong one. South Asian names use dental t/d (Patel →
    पतेल is wrong but Amit → अमित is right; ``country`` outside South Asia gives retroflex ट/ड).
    """
    from rapidfuzz import fuzz

    words = re.findall(r"[a-z]+", text.casefold())
    if not words or any(len(w) == 1 for w in words):
        return None  # initials (G. K. Vasan) have no dependable Hindi letter names here
    dental = country is None or country in _SOUTH_ASIA
    deva = " ".join(_word_to_devanagari(w, dental) for w in words)
    if not deva.strip():
        return None
    back = latin_key(deva, transliterator)
    if fuzz.ratio(back, latin_key(text, transliterator)) < min_score:
        return None
    return deva
