"""English spelling of a romanised name word, from a vocabulary of name words as English text spells them.

Our Devanagari → Latin reading is faithful to the Hindi letters (एडवर्ड स्नोडेन → "Edward Snoden",
वसीम → "Vasim"), but English news spells the same names its own way ("Snowden", "Waseem"). The
vocabulary (``kb/data/name_vocabulary.tsv``, built by ``scripts/build_name_vocabulary.py`` from the
knowledge base's actor names, the India gazetteer and capitalised words of Indian English news) is
indexed by a coarse consonant skeleton (:func:`skeleton`) in which the letters that Hindi and English
write differently meet: vowels and vowel length (o/ow, i/ee/ea), w/v, z/j, q/k, aspirate h, doubled
letters. A word is respelt to the vocabulary spelling with the same skeleton that is closest to it
(:func:`soft_form` edit similarity) weighted by how often English text uses it; a word whose skeleton
has no close vocabulary spelling keeps our romanisation.

The index is built with the knowledge base and cached with it (``khabar kb build``), not per run.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import OSA

from khabar.errors import KnowledgeBaseError
from khabar.text.english_phonetic import PhoneticIndex

NAME_VOCABULARY_FILE = "name_vocabulary.tsv"
# Indian given and family names as Indians spell them in English (scripts/build_indian_name_lists.py):
# more spellings to respell to (Saxena, Makan, Bindra), read beside the vocabulary and summed with it
NAME_LIST_FILES = ("indian_given_names.tsv", "indian_family_names.tsv")
INDIAN_FAMILY_NAMES_FILE = NAME_LIST_FILES[1]
# English given and family names with counts from their frequency rank (US census lists,
# scripts/build_english_name_list.py): the last resort for a name word neither the vocabulary nor the
# Indian lists spell, such as an English name romanised letter by letter ("Spiyars" → Spears)
ENGLISH_NAMES_FILE = "english_names.tsv"
MIN_SIMILARITY = 0.82  # soft-form edit similarity below which a vocabulary spelling is not the same name
MIN_LENGTH = 3  # shorter words (initials, "Li", "Ma") are left as they are
MIN_COUNT = 2  # a spelling seen once (one small town) is no evidence of how English writes a name
RARE_COUNT = 5  # a spelling seen fewer times must be closer still (one dictionary entry's odd spelling)
RARE_SIMILARITY = 0.88  # Viliyamsan → Williamson (0.889); not Shailesh → Shelish (0.857)
AI_AS_A_LENGTH = 6  # words this long may read "ai" as English "a" (Chaiplin, Dainiyal)
SWITCH_RATIO = 10  # how much commoner a same-sounding spelling must be to replace one English also uses

_VOWELS = "aeiouy"
_VOWEL_GROUPS = re.compile(r"[aeiou]+")  # y is a consonant here (Luthriya: u, i, a)
_ASPIRATES = re.compile(r"([kgtdbjprlmnS])h")
_SOFT_RULES = [
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|q|c(?!h)"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"z"), "j"),
    (re.compile(r"ee|ea|ie"), "i"),
    (re.compile(r"oo|ou"), "u"),
    (re.compile(r"ay|ai|ae|ey|ei"), "e"),
    (re.compile(r"aw(?![aeiou])|au|ow(?![aeiou])"), "o"),
    (re.compile(r"w"), "v"),
    (re.compile(r"y"), "i"),
    (re.compile(r"([a-z])\1+"), r"\1"),
]


_NOT_LETTER = re.compile(r"[^a-z]")


def _letters(word: str) -> str:
    return _NOT_LETTER.sub("", word.casefold())


def soft_form(word: str) -> str:
    """A spelling with the differences of Hindi and English writing folded (vowel digraphs, w/v, z/j,
    q/c/k, doubled letters), on which closeness is measured: "Waseem" and "Vasim" → "vasim"."""
    text = _letters(word)
    for pattern, replacement in _SOFT_RULES:
        text = pattern.sub(replacement, text)
    return text


def skeleton(word: str) -> str:
    """The consonant skeleton of a Latin name word: "Snowden" and "Snoden" → "sndn", "Agarwal" and
    "Agraval" → "_grvl" (``_`` marks a word that starts with a vowel)."""
    text = _letters(word)
    text = text.replace("ph", "f").replace("ck", "k").replace("x", "ks").replace("q", "k")
    text = text.replace("sh", "S").replace("ch", "C").replace("zh", "j").replace("z", "j")
    text = _ASPIRATES.sub(r"\1", text)  # kh/gh/th/dh/bh: Hindi aspirates English often drops
    text = re.sub(r"(?<=[aeiou])w(?![aeiou])", "", text)  # "ow" in Snowden, "aw" in Shaw: a vowel
    text = re.sub(r"(?<=[aeiou])h$", "", text)  # Abdullah / अब्दुल्ला
    text = text.replace("w", "v").replace("c", "k")
    if not text:
        return ""
    lead = "_" if text[0] in _VOWELS else ""
    text = re.sub(r"(.)\1+", r"\1", text)  # doubled letters, not consonants across a vowel (Sikaka)
    return lead + re.sub(rf"[{_VOWELS}]", "", text).lower()


def _read_counts(path: Path) -> list[tuple[str, int]]:
    """``(word, count)`` of a ``word<TAB>count`` file; none when the file is missing."""
    if not path.exists():
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeBaseError(str(path), [f"cannot read file: {exc.strerror or exc}"]) from exc
    counts: list[tuple[str, int]] = []
    problems = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1].isdigit():
            problems.append(f"line {number}: expected word<TAB>count, got {line!r}")
            continue
        counts.append((parts[0], int(parts[1])))
    if problems:
        raise KnowledgeBaseError(str(path), problems[:10])
    return counts


def _vowel_pattern(word: str) -> list[str]:
    """The vowel groups of a Latin name word with the spellings of one Hindi vowel folded (ee → i,
    oo → u, iya → ia, e → a): "Navneet" and "Navnit" → [a, i]; "Mahender" and "Mahendar" → [a, a, a];
    "Luthriya" → [u, ia], "Luthra" → [u, a]."""
    text = _letters(word).replace("iya", "ia").replace("ee", "i").replace("oo", "u").replace("e", "a")
    return _VOWEL_GROUPS.findall(text)


_Y_AS_VOWEL = re.compile(r"(?<=[^aeiou])y(?![aeiou])")  # Chaudhary, Infosys: y after a consonant
_ENGLISH_AY = re.compile(r"[ae]y(?![aeiou])")  # not a glide: जायसवाल "Jayasval" / Jaiswal
_Y_GLIDE = re.compile(r"(?<=i)y(?=[aeiou])")  # Riyo / Rio, Luthriya / Luthria: the glide Hindi writes


@lru_cache(maxsize=1 << 16)  # asked of every vocabulary spelling of a skeleton, for each new word
def _full_vowels(word: str) -> int:
    """How many vowel groups of a Latin name word hold more than the short "a" (ai as English "a",
    Hindi's glides and y after a consonant folded): "Palival" 1, "Palwal" 0; "Laiko" 1, "Leko" 2."""
    # (English "ay"/"ey" is the vowel Hindi writes े: लिंडसे Lindsay)
    text = _ENGLISH_AY.sub("e", _letters(word).replace("ai", "a"))
    text = _Y_GLIDE.sub("", _Y_AS_VOWEL.sub("i", text))
    return sum(group != "a" for group in _VOWEL_GROUPS.findall(text))


def _list_spelling_fits(word: str, spelling: str) -> bool:
    """Whether a spelling only the name lists hold may replace our romanisation ``word``. The lists
    (census-style) also spell names as Hindi speakers romanise them, which English text does not: the
    z, q and f of ours come from nukta letters (ज़ क़ फ़) and stay (Shahzad, not "Shahjad"; Saqib, not
    "Sakib"), and the vowels stay ours up to how English writes one Hindi vowel (:func:`_vowel_pattern`:
    Atif, not "Aatif"; Mausmi, not "Mosmi"; Lakhiya, not "Lakhya"). What the lists add is "ee", "x",
    "w" and the like (Saksena → Saxena, Navnit → Navneet, Javahar → Jawahar, Mahendar → Mahender)."""
    own, other = _letters(word), _letters(spelling)
    if any(other.count(c) < own.count(c) for c in "zqf"):
        return False
    return _vowel_pattern(own) == _vowel_pattern(other)


def _ai_as_a(word: str) -> tuple[str, ...]:
    """Our "ai" read as English "a" (ऐ is English "e", Hayden, or "a", Chaplin, Harrison), in a word
    long enough (a short word read so meets too many others: Kaif is no Caf)."""
    if len(word) < AI_AS_A_LENGTH or "ai" not in word.casefold():
        return ()
    return (re.sub("ai", "a", word, flags=re.IGNORECASE),)


_SOFT_C = re.compile(r"c(?=[eiy])")  # Vance, Garcia, Francis: c before e/i/y is "s"
_SHORT_U = re.compile(r"(?<![aeiouy])u(?![aeiouyr])")  # Duckett, Russell, Dunn: the "u" Hindi writes अ


def _english_soft_forms(spelling: str) -> tuple[str, ...]:
    """:func:`_soft_forms` of an English name, also with "ei" as the long "i" Hindi writes ई (कीथ Keith,
    नील Neil), "ew" as the "yu" Hindi writes ्यू (मैथ्यूज Matthews), a soft c as "s" (गार्सिया Garcia)
    and a short "u" between consonants as the "a" of Hindi अ (डकेट "Daket" → Duckett; not before r:
    Murray, Burton)."""
    forms = _soft_forms(spelling)
    other = spelling.replace("ei", "i").replace("ew", "yu")
    others = (other, _SOFT_C.sub("s", other), _SHORT_U.sub("a", other))
    return tuple(dict.fromkeys((*forms, *(f for o in others if o != spelling for f in _soft_forms(o)))))


def _english_skeletons(spelling: str) -> set[str]:
    """The skeletons an English name is indexed under: its own, and with a soft c as "s" (Vance
    "vns", as Hindi वेंस reads, beside "vnk")."""
    return {skeleton(spelling), skeleton(_SOFT_C.sub("s", spelling))}


def _soft_forms(spelling: str) -> tuple[str, ...]:
    """The distinct soft forms of a vocabulary spelling, as is and with "ch" read "k" (Michael)."""
    return tuple(dict.fromkeys((soft_form(spelling), soft_form(spelling.replace("ch", "k")))))


def _spelling_score(similarity: float, count: int) -> float | None:
    """A candidate spelling's score, similarity⁴ × log count (closeness first: a frequent spelling of
    another name must not beat a rarer one of this); None when it is not close enough for its count (a
    rare spelling must be closer)."""
    if similarity < (RARE_SIMILARITY if count < RARE_COUNT else MIN_SIMILARITY):
        return None
    return similarity**4 * math.log(count + 1.5)


def _best_first(entry: tuple[str, int]) -> tuple[int, str]:
    return -entry[1], entry[0]


@dataclass(slots=True)
class NameSpeller:
    """Skeleton → vocabulary spellings with their counts; :meth:`respell` picks one for a word."""

    # (tuples, not lists: a tuple of atoms is untracked by the cyclic GC; 33,000 lists were walked by
    # every full collection)
    index: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    # casefolded spelling → its count in the vocabulary (English text; the name lists' counts are only in
    # ``index``, where they add to a vocabulary spelling's or make a listed one a candidate)
    known: dict[str, int] = field(default_factory=dict)
    # spelling → its soft forms (as is and with "ch" read "k"), computed once when the index is built
    # (cached with the knowledge base) for every spelling frequent enough to be a candidate
    soft: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # English names (``ENGLISH_NAMES_FILE``): skeleton → (spelling, count), best first, kept apart from
    # ``index`` so that they never change what the vocabulary and the Indian lists answer
    english: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    english_known: dict[str, int] = field(default_factory=dict)
    english_soft: dict[str, tuple[str, ...]] = field(default_factory=dict)  # as ``soft``
    # Indian family names (``INDIAN_FAMILY_NAMES_FILE``, casefolded): spellings :meth:`commoner` may
    # switch a known spelling to when they write one of its "a" as "e" (Varma → Verma)
    families: frozenset[str] = frozenset()
    # the English names by the sound classes of their spelling, matched from Devanagari directly
    # (:mod:`khabar.text.english_phonetic`: वैन्स → Vance, हुक → Hook)
    phonetic: PhoneticIndex = field(default_factory=PhoneticIndex)

    @classmethod
    def from_counts(
        cls,
        counts: Iterable[tuple[str, int]],
        listed: Iterable[tuple[str, int]] = (),
        english: Iterable[tuple[str, int]] = (),
        families: Iterable[str] = (),
    ) -> NameSpeller:
        """A speller of vocabulary ``counts`` (spellings English text uses) and ``listed`` counts (name lists:
        spellings to respell to, which do not by themselves keep a romanisation as it is — the lists
        also hold Hindi-style spellings, "Dikshit" beside "Dixit", "Vats" beside "Watts")."""
        speller = cls(families=frozenset(name.casefold() for name in families))
        total: dict[str, int] = {}
        for source, is_vocabulary in ((counts, True), (listed, False)):
            for word, count in source:
                folded = word.casefold()
                if len(folded) < MIN_LENGTH or not folded.isalpha() or not folded.isascii():
                    continue
                total[folded] = total.get(folded, 0) + count
                if is_vocabulary:
                    speller.known[folded] = speller.known.get(folded, 0) + count
        index: dict[str, list[tuple[str, int]]] = {}
        for folded, count in total.items():
            keys = {skeleton(folded)}
            if "ch" in folded:
                keys.add(skeleton(folded.replace("ch", "k")))  # Michael / माइकल
            for key in keys:
                index.setdefault(key, []).append((folded, count))
        speller.index = {key: tuple(sorted(entries, key=_best_first)) for key, entries in index.items()}
        for folded, count in total.items():
            if count >= MIN_COUNT:
                speller.soft[folded] = _soft_forms(folded)
        for word, count in english:
            folded = word.casefold()
            if len(folded) < MIN_LENGTH or not folded.isalpha() or not folded.isascii() or count < MIN_COUNT:
                continue
            speller.english_known[folded] = max(speller.english_known.get(folded, 0), count)
        english_index: dict[str, list[tuple[str, int]]] = {}
        for folded, count in speller.english_known.items():
            for key in _english_skeletons(folded):
                english_index.setdefault(key, []).append((folded, count))
            speller.english_soft[folded] = _english_soft_forms(folded)
        speller.english = {
            key: tuple(sorted(entries, key=_best_first)) for key, entries in english_index.items()
        }
        speller.phonetic = PhoneticIndex.build(speller.english_known.items())
        return speller

    @classmethod
    def load(cls, path: Path, *listed: Path) -> NameSpeller:
        """Read ``word<TAB>count`` lines (``#`` comments): the vocabulary ``path`` and the name lists
        ``listed`` (see :meth:`from_counts`); a missing file adds nothing (an empty speller when all are)."""
        read = {one: _read_counts(one) for one in listed}
        lists = [pair for pairs in read.values() for pair in pairs]
        english = _read_counts(path.with_name(ENGLISH_NAMES_FILE))
        families = [
            word for one, pairs in read.items() if one.name == INDIAN_FAMILY_NAMES_FILE for word, _ in pairs
        ]
        return cls.from_counts(_read_counts(path), lists, english, families)

    def __len__(self) -> int:
        return len(self.known)

    def candidates(self, word: str, readings: tuple[str, ...] | None = None) -> list[tuple[str, float]]:
        """Vocabulary spellings for ``word`` with their scores (similarity × log count), best first.
        ``readings``: other readings of the word to compare too (see :meth:`respell`)."""
        own = soft_form(word)
        owns_read = readings if readings is not None else _ai_as_a(word)
        owns = {own, *(soft_form(reading) for reading in owns_read)}
        scored = []
        final_vowel = own[-1:] in _VOWELS
        entries = self.index.get(skeleton(word), ())
        # a word the name lists spell as it is ("Kriti") takes no spelling met only by reading its "ch"
        # as "k" (Charity): that reading is for English names written with "ch" (Michael / माइकल)
        folded = word.casefold()
        listed_self = any(spelling == folded for spelling, _ in entries)
        # a vowel other than the inherent "a" that every reading writes is no vowel English drops
        # (पालीवाल "Palival" is no "Palwal")
        full_vowels = min(_full_vowels(reading) for reading in (word, *owns_read))
        for spelling, count in entries:
            if count < MIN_COUNT or (spelling[-1] in _VOWELS) != final_vowel:
                continue  # Hazare is not Hajar, Singhvi not Singhw
            if {own[-1:], spelling[-1]} == {"a", "i"}:
                continue  # nor a final "a" an "i": चंदौलिया "Chandauliya" is not the town Chandauli
            if _full_vowels(spelling) < full_vowels:
                continue
            forms = self.soft.get(spelling) or _soft_forms(spelling)
            if listed_self:
                forms = forms[:1]
            similarity = max(OSA.normalized_similarity(mine, form) for form in forms for mine in owns)
            score = _spelling_score(similarity, count)
            if score is not None:
                scored.append((spelling, score))
        scored.sort(key=lambda s: (-s[1], s[0]))
        # a spelling English text uses comes before one only the name lists hold, which is taken only
        # when it keeps what our reading says (see :func:`_list_spelling_fits`)
        vocabulary = [s for s in scored if self.known.get(s[0], 0) >= MIN_COUNT]
        # (our reading's vowels or those of another reading: वंदना "Vandna" read "Vandana" fits Vandana)
        listed = [s for s in scored if any(_list_spelling_fits(w, s[0]) for w in (word, *owns_read))]
        return vocabulary or listed

    def english_candidates(self, word: str, readings: tuple[str, ...] = ()) -> list[tuple[str, float]]:
        """English names (``ENGLISH_NAMES_FILE``) for ``word`` or one of its other ``readings`` (each
        looked up under its own skeleton: "Maithyuj" read "Maithyus" meets Matthews), scored like
        :meth:`candidates`, best first."""
        owns = dict.fromkeys((word, *readings))
        scored: dict[str, float] = {}
        for own in owns:
            mine = soft_form(own)
            final_vowel = mine[-1:] in _VOWELS
            for spelling, count in self.english.get(skeleton(own), ()):
                if (spelling[-1] in _VOWELS) != final_vowel:
                    continue
                forms = self.english_soft.get(spelling) or _english_soft_forms(spelling)
                score = _spelling_score(max(OSA.normalized_similarity(mine, form) for form in forms), count)
                if score is not None:
                    scored[spelling] = max(scored.get(spelling, 0.0), score)
        return sorted(scored.items(), key=lambda s: (-s[1], s[0]))

    def respell(
        self, word: str, readings: tuple[str, ...] | None = None, english: tuple[str, ...] | None = None
    ) -> str:
        """``word`` in the vocabulary's spelling (capitalised like ``word``), or ``word`` itself when
        the vocabulary has it as it is or has no close spelling: "Snoden" → "Snowden", "Qwxyz" → "Qwxyz".

        ``readings`` are other readings of a word the vocabulary lacks, compared too, from a caller
        that knows the word's Devanagari (ऐ read English "a": Chaiplin → Chaplin; an initial ए read
        "A": Endarsan → Anderson); by default our "ai" read "a" in a long word (:func:`_ai_as_a`).

        ``english`` (None: not asked) turns on the English names as the last resort, for a word neither
        the vocabulary nor the Indian lists spell: the word stays when it is an English name itself
        ("Sarina"), else it takes the best English name of it, its ``readings`` or these further readings
        (ज़ read "s", see the linker): "Spiyars" → Spears, "Tredwel" → Treadwell."""
        if len(word) < MIN_LENGTH or not word.isalpha() or not word.isascii() or word.isupper():
            return word
        if word.casefold() in self.known:
            # English text already spells a name this way (Varma as well as Verma); only a far commoner
            # spelling that differs in vowel digraphs or an "a" written "e" replaces it ("Pol" → Paul,
            # "Varma" → Verma)
            return self.commoner(word) or word
        best = self.candidates(word, readings)
        if not best and english is not None and word.casefold() not in self.english_known:
            own_readings = readings if readings is not None else _ai_as_a(word)
            best = self.english_candidates(word, (*own_readings, *english))
        if not best:
            return word
        spelling = best[0][0]
        return spelling[:1].upper() + spelling[1:] if word[:1].isupper() else spelling

    def commoner(self, word: str, min_count: int = RARE_COUNT) -> str | None:
        """A far commoner spelling of ``word`` (capitalised like it) that differs from it in vowel
        digraphs alone ("Pol" → Paul, "Kapur" → Kapoor) or in an "a" written "e" ("Varma" → Verma):
        at least ``SWITCH_RATIO`` times as frequent as ``word`` and at least ``min_count`` times in all.
        None when there is none. For a word that keeps its own reading otherwise (an ordinary Hindi
        word that is also a name, कपूर camphor / Kapoor)."""
        if len(word) < MIN_LENGTH or not word.isalpha() or not word.isascii() or word.isupper():
            return None
        own_count = self.known.get(word.casefold(), 0)
        own = soft_form(word)
        for spelling, count in self.index.get(skeleton(word), ()):
            if count < max(SWITCH_RATIO * own_count, min_count):
                break  # best first
            if spelling == word.casefold():
                continue
            if (self.soft.get(spelling) or _soft_forms(spelling))[0] == own or (
                spelling in self.families and a_written_e(word, spelling)
            ):
                return spelling[:1].upper() + spelling[1:] if word[:1].isupper() else spelling
        return None


def a_written_e(word: str, spelling: str) -> bool:
    """Whether ``spelling`` is ``word`` with some of its "a" written "e" and nothing else changed: the
    short अ English often writes "e" in a name (वर्मा "Varma" → Verma), which
    :meth:`NameSpeller.commoner` takes only from a far commoner spelling."""
    own, other = word.casefold(), spelling.casefold()
    if len(own) != len(other) or own == other or own[-1] != other[-1]:
        return False  # a final "e" is English spelling's silent one (Sana is no "Sene")
    return all(a == b or (a == "a" and b == "e") for a, b in zip(own, other, strict=True))
