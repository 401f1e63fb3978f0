"""A phonetic match from a Devanagari name word to the English spellings of the same name.

Hindi writes an English name by its sound, and English spells that sound its own way: वैन्स is Vance
(ै for the /æ/ English writes "a", a silent final e), हुक is Hook (ु for "oo"), कार्नी is Carney (a
final ी for "-ey"). The letter-by-letter reading ("Vens", "Huk") is then no English spelling, and an
edit distance between readings misses such pairs. Here both sides are read into the same sound
classes instead:

* consonants: the Devanagari letter's class (aspirates with their plain letter, ट/त as t, ड/द as d,
  ज़ and English z as s, श and English sh as S, च and English ch as C, ज and English j/soft g as J,
  व and English w before a vowel as v); English spelling rules give the English side (soft c, silent
  gh/kn/wr, doubled letters, m before p/b as the anusvara's n);
* vowels: one slot between each two consonants (and at the edges). A Hindi slot is the vowel signs
  written there (ै "AE", ॉ "AW", ू/ु "U", ी/ि "I", …) or the inherent vowel, which Hindi may or may not
  sound; an English slot is the vowel letters there, which may be read as a set of Hindi vowels
  (English "a" as आ, ै, ए, ॉ or the inherent vowel; "ey" as ी or े; "oo" as ू/ु …).

A Devanagari word matches an English name when their consonant keys are the same and every vowel
slot agrees (:func:`slot_cost`); the most frequent such English name wins (see :class:`PhoneticIndex`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

# Devanagari consonants (NFD: a nukta letter is the letter and U+093C) → English sound class
_CONSONANTS = {
    "क": "k", "ख": "k", "ग": "g", "घ": "g", "ङ": "n",
    "च": "C", "छ": "C", "ज": "J", "झ": "J", "ञ": "n",
    "ट": "t", "ठ": "t", "ड": "d", "ढ": "d", "ण": "n",
    "त": "t", "थ": "t", "द": "d", "ध": "d", "न": "n",
    "प": "p", "फ": "f", "ब": "b", "भ": "b", "म": "m",
    "य": "y", "र": "r", "ल": "l", "ळ": "l", "व": "v",
    "श": "S", "ष": "S", "स": "s", "ह": "h",
}  # fmt: skip
# a nukta changes the class of these (ज़ z as English s/z; फ़ stays f, क़ ख़ ग़ stay k/g)
_NUKTA_CONSONANTS = {"ज": "s", "ड": "r", "ढ": "r"}
# vowel signs and independent vowels → Hindi vowel class
_VOWELS = {
    "\u093e": "A", "आ": "A",
    "\u093f": "i", "\u0940": "I", "इ": "i", "ई": "I",
    "\u0941": "U", "\u0942": "U", "उ": "U", "ऊ": "U",
    "\u0947": "E", "ए": "E",
    "\u0948": "AE", "ऐ": "AE", "\u0945": "AE", "ऍ": "AE",
    "\u094b": "O", "ओ": "O",
    "\u094c": "AU", "औ": "AU",
    "\u0949": "AW", "ऑ": "AW",
    "अ": "@",
}  # fmt: skip
_SCHWA = "@"  # the inherent vowel: sounded or not, and any unstressed English vowel
_HALANT = "\u094d"
_NUKTA = "\u093c"
_NASALS = ("\u0902", "\u0901")  # anusvara, candrabindu: a nasal consonant (कैंपबेल Campbell)

# English vowel letters (longest first) → the Hindi vowel classes that may write them
_ENGLISH_VOWELS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (spelling, frozenset(classes.split()))
    for spelling, classes in (
        ("eau", "O"),
        ("ee", "I i"),
        ("ea", "I i E"),
        ("ie", "I i AI"),
        ("ei", "I i E AI"),
        ("ey", "I i E"),
        ("ay", "E"),
        ("ai", "E AE"),
        ("ae", "E AE I i @"),  # Michael
        ("oo", "U"),
        ("ou", "AU U O AW @"),
        ("ow", "O AU"),
        ("oa", "O"),
        ("oe", "O"),
        ("oi", "OY AW"),
        ("oy", "OY AW"),
        ("au", "AW O A"),
        ("aw", "AW O A"),
        ("ew", "U"),
        ("eu", "U"),
        ("ue", "U"),
        ("ui", "U"),
        ("ia", "I i"),
        ("ya", "AI"),  # Bryan, as ब्रायन
        ("eo", "AW O I i"),
        ("io", "I i"),
        ("a", "A AE E AW @"),
        ("e", "E AE I @"),  # long ी for the e of Peter, not short ि (Bell is no बिल)
        ("i", "I i AI"),  # an unstressed "i" is still ि (हैमिल्टन), not the inherent vowel
        ("o", "O AW A U @"),
        ("u", "U A @"),
        ("y", "I i AI"),
        ("w", "U O"),
    )
)
# Hindi vowel sequences of one slot read as one English vowel: ाइ is the "i" of Mike, ॉय the "oy"
_HINDI_DIPHTHONGS = {("A", "I"): "AI", ("AW", "I"): "OY", ("O", "I"): "OY"}
# an English word-final vowel letter is written with one Hindi vowel only: final "a" ा (Lanza), final
# "o" ो (Romero); not ै/े as inside a word (Papa is no पेपे, Anguiano no अंगना)
_FINAL_VOWELS = {"a": frozenset({"A"}), "o": frozenset({"O"}), "e": frozenset({"E", "I"})}

# English consonant spellings, longest first, with the sound classes they stand for
_ENGLISH_CONSONANTS = (
    ("tch", "C"), ("sch", "S"), ("ch", "C"), ("sh", "S"), ("ph", "f"), ("th", "t"),
    ("ck", "k"), ("dg", "J"), ("qu", "kv"), ("wh", "v"), ("zh", "J"),
    ("x", "ks"), ("q", "k"), ("z", "s"), ("j", "J"), ("w", "v"),
    ("b", "b"), ("d", "d"), ("f", "f"), ("g", "g"), ("h", "h"), ("k", "k"), ("l", "l"),
    ("m", "m"), ("n", "n"), ("p", "p"), ("r", "r"), ("s", "s"), ("t", "t"), ("v", "v"), ("y", "y"),
    ("c", "k"),
)  # fmt: skip
_ENGLISH_VOWEL_LETTERS = "aeiouy"


# Particles before a family name, as the European names they come from write them (not respelt by
# sound: डू प्लेसिस is "du Plessis", not "Dewey …")
PARTICLES = {
    "डी": "de",  # एबी डी विलियर्स → AB de Villiers
    "डे": "de",  # रॉबर्ट डे नीरो → Robert De Niro
    "डू": "du",  # फ़ाफ़ डू प्लेसिस → Faf du Plessis
    "डु": "du",  # डु प्लेसिस → du Plessis
    "दि": "Di",  # निनो दि मैट्टेओ → Nino Di Matteo (Italian writes it capitalised)
    "डि": "Di",  # डि मारिया → Di Maria
    "वॉन": "von",  # उर्सुला वॉन डेर लेयेन → Ursula von der Leyen
    "फ़ॉन": "von",  # फ़ॉन ब्राउन → von Braun
    "वैन": "van",  # वैन गॉग → van Gogh
    "वान": "van",  # रॉबिन वान पर्सी → Robin van Persie
}


@dataclass(frozen=True, slots=True)
class Reading:
    """A word read into consonant classes with the vowel slot before, between and after them:
    ``len(slots) == len(consonants) + 1``."""

    consonants: str
    slots: tuple[tuple[str, ...], ...]


def _merge_y(consonants: list[str], slots: list[list[str]]) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """Drop a y that is not word-initial (डैनियल "Daniel", मैथ्यू "Matthew", ब्रायन "Bryan": Hindi
    writes a glide English spells as a vowel), joining the slots on either side of it."""
    out_c: list[str] = []
    out_s: list[list[str]] = [slots[0]]
    for index, consonant in enumerate(consonants):
        glide = slots[index] or slots[index + 1][:1] in (["U"], ["u"])  # not न्य of शिन्या
        if consonant == "y" and index > 0 and glide:
            # after a written vowel the glide is the second half of a diphthong (टायलर Tyler, बॉयल Boyle)
            glide = ["I"] if out_s[-1] and out_s[-1][-1] not in (_SCHWA, "I", "i") else []
            out_s[-1] = out_s[-1] + glide + slots[index + 1]
            continue
        out_c.append(consonant)
        out_s.append(list(slots[index + 1]))
    return "".join(out_c), tuple(tuple(s) for s in out_s)


def devanagari_readings(word: str) -> list[Reading]:
    """The sound classes of a Devanagari word (none when a letter is not one this reads), and with a
    final ज as English s (मैथ्यूज Matthews: Hindi writes the voiced final s with ज)."""
    reading = devanagari_reading(word)
    if reading is None:
        return []
    readings = [reading]
    if reading.consonants.endswith("J") and not reading.slots[-1]:
        readings.append(Reading(reading.consonants[:-1] + "s", reading.slots))
    return readings


def devanagari_reading(word: str) -> Reading | None:
    """The sound classes of a Devanagari word, None when a letter is not one this reads. The
    word-final inherent vowel is not sounded (वैन्स "Vens", हुक "Huk"); a final य after a vowel is the
    glide English writes "y" or "i" in (मलॉय Malloy)."""
    text = unicodedata.normalize("NFD", word)
    consonants: list[str] = []
    slots: list[list[str]] = [[]]
    index = 0
    while index < len(text):
        char = text[index]
        if char in _CONSONANTS:
            sound = _CONSONANTS[char]
            if index + 1 < len(text) and text[index + 1] == _NUKTA:
                sound = _NUKTA_CONSONANTS.get(char, sound)
                index += 1
            if consonants and consonants[-1] == sound and not slots[-1]:
                slots.pop()  # a doubled consonant is one English letter or two (जिम्मी Jimmy)
            else:
                consonants.append(sound)
            slots.append([])
            following = text[index + 1] if index + 1 < len(text) else ""
            if following == _HALANT:
                index += 1
            elif following not in _VOWELS or following in "अआइईउऊएऐओऔऑऍ":
                slots[-1].append(_SCHWA)
        elif char in _VOWELS:
            slots[-1].append(_VOWELS[char])
        elif char in _NASALS:
            consonants.append("n")
            slots.append([])
        elif char not in ("\u0903", "\u200c", "\u200d"):  # visarga, joiners
            return None
        index += 1
    if not consonants:
        return None
    if slots[-1] == [_SCHWA]:
        slots[-1] = []
    return Reading(*_merge_y(consonants, slots))


def _silent_final_e(word: str) -> str:
    """An English word without its silent final e (Vance, Gayle, James; not Dee, Lee or Joe)."""
    match = re.search(r"(?<=[^aeiouy])e(s?)$", word)
    if not match or not re.search(r"[aeiouy]", word[: match.start()]) or len(word) <= 3:
        return word
    stem = word[: match.start()]
    # the "magic" e: one vowel letter before one consonant is long (Kate as केट, Marlene's "ee" is no
    # inherent vowel, Jones as जोंस), written here with the digraph of that long vowel
    magic = re.search(r"(?:^|[^aeiouy])([aeiou])[^aeiouyw]$", stem)
    if magic:
        long_vowel = {"a": "ay", "e": "ee", "i": "y", "o": "oa", "u": "oo"}[magic.group(1)]
        stem = stem[: magic.start(1)] + long_vowel + stem[magic.end(1) :]
    return stem + match.group(1)


def english_readings(spelling: str) -> list[Reading]:
    """The sound classes of an English name spelling: one reading, and another where a spelling is
    read two ways (ch as C or k: Michael; g before e/i/y as J or g: George, Gibson)."""
    word = re.sub(r"[^a-z]", "", spelling.casefold())
    word = re.sub(r"^(kn|gn|wr|ps)", lambda m: m.group(1)[1], word)
    word = re.sub(r"mb$", "m", word)
    word = re.sub(r"(?<=[aeiou])gh|gh$", "", word)  # Hugh, Leigh, Knight
    word = re.sub(r"c(?=[eiy])", "s", word)  # soft c: Vance, Francis
    words = [word]
    if "ch" in word:
        words.append(word.replace("ch", "k"))  # Michael, Buchanan, Christopher
    if re.search(r"g(?=[eiy])", word):
        words.append(re.sub(r"g(?=[eiy])", "j", word))  # George, Roger
    readings = (_english_reading(_silent_final_e(w)) for w in words)
    return [r for r in readings if r is not None]


def _english_reading(word: str) -> Reading | None:
    consonants: list[str] = []
    slots: list[list[str]] = [[]]
    index = 0
    while index < len(word):
        rest = word[index:]
        # y is a consonant only before a vowel at the start (Young); else a vowel (Tyler, Bryan, Carney)
        starts_vowel = rest[0] in "aeiou" or (
            rest[0] == "y" and not (index == 0 and rest[1:2] in tuple("aeiou"))
        )
        # w after a vowel is part of it (Shaw, Snowden, Matthew); h after a vowel and before no vowel
        # is silent (John, Sarah)
        if rest[0] == "w" and index > 0 and word[index - 1] in "aeo":
            slots[-1].append("w")
            index += 1
            continue
        if rest[0] == "h" and index > 0 and word[index - 1] in "aeiouy" and rest[1:2] not in tuple("aeiouy"):
            index += 1
            continue
        if starts_vowel:
            slots[-1].append(rest[0])
            index += 1
            continue
        for spelling, sounds in _ENGLISH_CONSONANTS:
            if rest.startswith(spelling):
                for sound in sounds:
                    if consonants and consonants[-1] == sound and not slots[-1]:
                        continue  # doubled letters: Malloy, Russell
                    if sound in "pb" and consonants and consonants[-1] == "m" and not slots[-1]:
                        consonants[-1] = "n"  # Campbell, as Hindi writes it with an anusvara
                    consonants.append(sound)
                    slots.append([])
                index += len(spelling)
                break
        else:
            return None
    if not consonants:
        return None
    joined = [tuple(_english_vowel_groups("".join(slot))) for slot in slots]
    return Reading(*_merge_y(consonants, [list(s) for s in joined]))


def _english_vowel_groups(letters: str) -> list[str]:
    """The vowel letters of one slot as English vowel spellings (longest first): "oo", "ey", "a"."""
    groups: list[str] = []
    index = 0
    while index < len(letters):
        for spelling, _ in _ENGLISH_VOWELS:
            if letters.startswith(spelling, index):
                groups.append(spelling)
                index += len(spelling)
                break
        else:
            index += 1
    return groups


_ENGLISH_VOWEL_CLASSES = dict(_ENGLISH_VOWELS)


def _hindi_slot(vowels: tuple[str, ...]) -> tuple[str, ...]:
    """A Hindi slot's vowels with the inherent vowel beside a written one dropped (डैनियल "iya": I)
    and two-vowel spellings of one English vowel joined (माइक ाइ: AI)."""
    written = [v for v in vowels if v != _SCHWA]
    if not written:
        return (_SCHWA,) if vowels else ()
    pair = tuple(v.upper() if v == "i" else v for v in written)
    if len(pair) == 2 and pair in _HINDI_DIPHTHONGS:
        return (_HINDI_DIPHTHONGS[(pair[0], pair[1])],)
    if len(pair) == 2 and pair[0] == pair[1] == "I":
        return ("I",)  # डैनियल: ि + the glide before the inherent vowel, English "ie"
    return tuple(written)


def _may_write(own: str, english: str, final: bool) -> bool:
    if final and english in _FINAL_VOWELS:
        return own in _FINAL_VOWELS[english]
    return own in _ENGLISH_VOWEL_CLASSES.get(english, frozenset())


def slot_cost(
    hindi: tuple[str, ...],
    english: tuple[str, ...],
    final: bool = False,
    silent: bool = True,
    initial: bool = False,
) -> int:
    """0 when a Hindi vowel slot may write an English one, else 1. The inherent vowel may stand for
    an English "a", "e", "o" or "u", or for none when Hindi leaves it unsounded (``silent``: after an
    earlier vowel, गोल्डवाटर Goldwater; not in रहाणे, no "Rhona"); a written Hindi vowel needs an
    English vowel that it may write (``final``: the word's last slot); a cluster meets no vowel."""
    return _own_slot_cost(_hindi_slot(hindi), english, final, silent, initial)


def _own_slot_cost(
    own: tuple[str, ...], english: tuple[str, ...], final: bool, silent: bool, initial: bool
) -> int:
    """:func:`slot_cost` of a Hindi slot already read by :func:`_hindi_slot` (``own``)."""
    if not english:
        return 0 if not own or (own == (_SCHWA,) and silent) else 1
    if initial and own == (_SCHWA,):
        return 0 if english[0] in ("a", "u") else 1  # अ begins "Albert", "Umbrella", never an "o"
    if not own:
        return 1
    if len(own) == len(english):
        pairs = list(zip(own, english, strict=True))
    elif len(own) == 2 and len(english) == 1 and len(english[0]) == 2:
        pairs = list(zip(own, english[0], strict=True))  # गार्सिया: ि + ा for the "ia" of Garcia
    else:
        return 1
    last = len(pairs) - 1
    return 0 if all(_may_write(v, e, final and i == last) for i, (v, e) in enumerate(pairs)) else 1


def reading_cost(hindi: Reading, english: Reading) -> int | None:
    """The number of vowel slots in which two readings disagree; None when their consonants differ."""
    if hindi.consonants != english.consonants:
        return None
    cost = 0
    last = len(hindi.slots) - 1
    sounded = False  # whether a vowel came before: only then may an inherent vowel go unsounded
    for index, (own, other) in enumerate(zip(hindi.slots, english.slots, strict=True)):
        cost += slot_cost(own, other, final=index == last, silent=sounded, initial=index == 0)
        sounded = sounded or bool(own)
    return cost


def _cost_within(
    slots: tuple[tuple[str, ...], ...], owns: tuple[tuple[str, ...], ...], english: Reading, max_cost: int
) -> int | None:
    """:func:`reading_cost` of a Hindi reading (its ``slots``, each also read by :func:`_hindi_slot`:
    ``owns``) and an English reading of the same consonants, or None as soon as it passes ``max_cost``
    (:meth:`PhoneticIndex.matches` compares one word's reading with every name of its consonants)."""
    cost = 0
    last = len(slots) - 1
    sounded = False
    for index, (own, other) in enumerate(zip(slots, english.slots, strict=True)):
        cost += _own_slot_cost(owns[index], other, index == last, sounded, index == 0)
        if cost > max_cost:
            return None
        sounded = sounded or bool(own)
    return cost


@dataclass(slots=True)
class PhoneticIndex:
    """English name spellings with their counts, indexed by the consonant key of their readings."""

    index: dict[str, list[tuple[str, int, Reading]]] = field(default_factory=dict)

    @classmethod
    def build(cls, names: Iterable[tuple[str, int]]) -> PhoneticIndex:
        built = cls()
        for spelling, count in names:
            for reading in english_readings(spelling):
                built.index.setdefault(reading.consonants, []).append((spelling, count, reading))
        for entries in built.index.values():
            entries.sort(key=lambda e: (-e[1], e[0]))
        return built

    def matches(self, word: str, max_cost: int = 0) -> list[tuple[str, int]]:
        """English spellings the Devanagari ``word`` may write, with their counts, most frequent first
        among those of the lowest cost (at most ``max_cost`` disagreeing vowel slots)."""
        best: dict[str, tuple[int, int]] = {}
        for reading in devanagari_readings(word):
            entries = self.index.get(reading.consonants, ())
            owns = tuple(_hindi_slot(slot) for slot in reading.slots) if entries else ()
            for spelling, count, english in entries:
                # (reading_cost: the index holds only readings of the same consonants)
                cost = _cost_within(reading.slots, owns, english, max_cost)
                if cost is None:
                    continue
                if spelling not in best or best[spelling] > (cost, -count):
                    best[spelling] = (cost, -count)
        ranked = sorted(best.items(), key=lambda item: (item[1], item[0]))
        return [(spelling, -key[1]) for spelling, key in ranked]
