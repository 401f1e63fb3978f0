"""Devanagari spelling variants of a looked-up name: vowel length and a dropped आ-sign.

Hindi news writes a foreign or regional name with the vowel length it hears: नितिश for the knowledge
base's नीतीश, कोलकता for कोलकाता. ``match_key`` already folds nukta, chandrabindu, a nasal consonant +
halant and zero-width joiners. When a name the mention finder read (an unknown person after a title,
a name before "ने" …) matches no alias, :func:`variant_match` tries the spellings that differ from it by
at most ``MAX_CHANGES`` of:

* a short/long vowel swap (ि/ी, ु/ू, इ/ई, उ/ऊ),
* a dropped ा inside a word (not its first or last letter), or an ा added after an inner consonant,
* ड for ढ or ढ for ड (the nukta already folded: रायगढ़ा and रायगड़ा are one Odisha district).

The variants are made of the looked-up name only, at lookup time (an earlier design, branch
``hinames8``, added every alias's variants to the match index: ~66k keys, +82 MB per process and
0.7–2.7 s more KB load). A variant counts only when it is conservative: it is an exact alias key of
one actor (the ids of one alias count as one owner; two owners among the variants: no match), every
changed word has ``MIN_WORD`` letters or more, the alias's word is no frequent word of general text
(``COMMON_ZIPF``: मोबाइल, the US city Mobile), and the word as written is no word of the language's
vocabulary as common as the alias's word or more (a commoner spelling is a word of its own, never the
name; the vocabulary also lists rarer misspellings of names, and those still match). That last test is
waived for an alias whose actor the caller says is spelt freely (:func:`span_variant_match`'s
``spelt_freely``: India's districts and towns when the run keeps a word of the alias as written,
"राजनांदगांव जिले" for the gazetteer's "राजनंदगांव जिले", or the article's places are of their state):
a district's usual spelling is a news word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from itertools import combinations

MAX_CHANGES = 2
MIN_WORD = 4  # letters (code points) in a changed word: short words have too many neighbours
# an alias word this frequent in general text (wordfreq Zipf) is an ordinary word that is also a name
# (the same figure as common_zipf of langpacks/hi/mentions.toml; कोलकाता is 4.72)
COMMON_ZIPF = 4.8

_SWAP = {"ि": "ी", "ी": "ि", "ु": "ू", "ू": "ु", "इ": "ई", "ई": "इ", "उ": "ऊ", "ऊ": "उ", "ड": "ढ", "ढ": "ड"}
_AA = "ा"
_CONSONANTS = frozenset(chr(c) for c in range(0x0915, 0x093A))  # क … ह
_NONE = (0, 0.0)


# a ``KnowledgeBase.match_index`` entry: (actor ids, demonym, case)
_Entry = tuple[tuple[str, ...], bool, str | None]


def is_devanagari(text: str) -> bool:
    deva = any("\u0900" <= ch <= "\u097f" for ch in text)
    return deva and not any(ch.isascii() and ch.isalpha() for ch in text)


def _edits(word: str) -> list[tuple[int, str]]:
    """(position, replacement) edits of one word: a vowel swap, "" for a dropped inner ा, or the
    consonant followed by ा (an ा added after an inner consonant with no vowel sign)."""
    edits: list[tuple[int, str]] = []
    for i, ch in enumerate(word):
        if ch in _SWAP:
            edits.append((i, _SWAP[ch]))
        elif ch == _AA and 1 < i < len(word) - 1:
            edits.append((i, ""))
        elif ch in _CONSONANTS and 0 < i < len(word) - 1 and word[i + 1] in _CONSONANTS:
            edits.append((i, ch + _AA))
    return edits


def word_variants(word: str, max_changes: int = MAX_CHANGES) -> Iterator[tuple[str, int]]:
    """Spellings of ``word`` with 1..max_changes edits, each with its number of edits."""
    edits = _edits(word)
    for n in range(1, max_changes + 1):
        for chosen in combinations(edits, n):
            chars = list(word)
            for position, replacement in chosen:
                chars[position] = replacement
            yield "".join(chars), n


def key_variants(
    key: str, max_changes: int = MAX_CHANGES
) -> Iterator[tuple[str, tuple[tuple[str, str], ...]]]:
    """Variants of a (normalised, space-separated) key: (variant key, ((written, changed) words))."""
    words = key.split(" ")
    per_word: list[list[tuple[str, int]]] = [
        [(w, 0)] + (list(word_variants(w, max_changes)) if len(w) >= MIN_WORD else []) for w in words
    ]

    def walk(
        i: int, budget: int, acc: list[str], changed: list[tuple[str, str]]
    ) -> Iterator[tuple[str, tuple[tuple[str, str], ...]]]:
        if i == len(words):
            if changed:
                yield " ".join(acc), tuple(changed)
            return
        for spelling, cost in per_word[i]:
            if cost <= budget:
                yield from walk(
                    i + 1, budget - cost, [*acc, spelling], changed + ([(words[i], spelling)] if cost else [])
                )

    yield from walk(0, max_changes, [], [])


def variant_match(
    key: str,
    match_index: Mapping[str, _Entry],
    vocabulary: Mapping[str, tuple[int, float]],
) -> tuple[str, ...] | None:
    """The actor ids of the one alias that a spelling variant of ``key`` (a match key the index does
    not hold) is, or None: no variant is an alias, two owners' aliases are, or a condition of the
    module docstring fails. ``vocabulary``: match key → (news articles, Zipf) of the language's words."""
    if not is_devanagari(key) or key in match_index:
        return None
    owners: dict[frozenset[str], tuple[str, ...]] = {}
    for variant, changed in key_variants(key):
        entry = match_index.get(variant)
        if entry is None or entry[1]:  # none, or a demonym
            continue
        if not _fits(changed, vocabulary):
            continue
        actor_ids = entry[0]
        owners.setdefault(frozenset(actor_ids), tuple(actor_ids))
    if len(owners) != 1:
        return None
    return next(iter(owners.values()))


def _rank(entry: tuple[int, float]) -> tuple[float, int]:
    return entry[1], entry[0]


# the skeleton of a spelling: short and long vowels folded into one, ड/ढ into ड and every ा dropped; each
# edit of ``_edits`` keeps it, so every variant of a word has the word's own skeleton
_SKELETON = str.maketrans({"ी": "ि", "ू": "ु", "ई": "इ", "ऊ": "उ", "ढ": "ड", _AA: None})


def skeleton(word: str) -> str:
    """``word`` with the differences :func:`word_variants` makes folded away: a variant of a word that
    is some set's member has its skeleton among the skeletons of that set."""
    return word.translate(_SKELETON)


def word_options(word: str) -> tuple[tuple[str, int], ...]:
    """``word`` itself (0 edits) and its variants with their edits (none for a short word). A tuple
    of atoms, which the cyclic GC untracks (callers memoise it per word)."""
    if len(word) < MIN_WORD:
        return ((word, 0),)
    return ((word, 0), *word_variants(word))


def span_variant_match(
    words: list[str],
    prefixes: AbstractSet[str],
    match_index: Mapping[str, _Entry],
    vocabulary: Mapping[str, tuple[int, float]],
    options: Callable[[str], tuple[tuple[str, int], ...]] = word_options,
    spelt_freely: Callable[[tuple[str, ...], bool], bool] | None = None,
) -> tuple[int, tuple[str, ...]] | None:
    """The longest run of ``words`` (match keys of consecutive words, the first where a match would
    start) that a spelling variant makes an alias of one actor: (number of words, actor ids), or None.
    The scan follows the index's word-boundary ``prefixes``, so a run is only extended while some
    variant of it begins an alias; the conditions of :func:`variant_match` hold for the run found.
    ``options``: :func:`word_options`, or a memoised copy of it (the same words recur).
    ``spelt_freely``: whether an alias's actor ids are of a place whose spelling varies, given whether
    some word of the run is kept as written (the module docstring's waiver), or None."""
    found: dict[int, dict[frozenset[str], tuple[str, ...]]] = {}

    def walk(i: int, budget: int, acc: str, changed: tuple[tuple[str, str], ...]) -> None:
        if i == len(words):
            return
        word = words[i]
        for spelling, cost in options(word):
            if cost > budget:
                continue
            key = f"{acc} {spelling}" if acc else spelling
            if key not in prefixes:
                continue
            now = changed + (((word, spelling),) if cost else ())
            entry = match_index.get(key)
            if now and entry is not None and not entry[1]:  # [1]: demonym
                # (``len(now) <= i``: some word of the run kept as written)
                free = spelt_freely is not None and spelt_freely(tuple(entry[0]), len(now) <= i)
                if not _fits(now, vocabulary, free):
                    entry = None
            if now and entry is not None and not entry[1]:
                found.setdefault(i + 1, {}).setdefault(frozenset(entry[0]), tuple(entry[0]))
            walk(i + 1, budget - cost, key, now)

    walk(0, MAX_CHANGES, "", ())
    for length in sorted(found, reverse=True):
        owners = found[length]
        exact = " ".join(words[:length])
        if exact in match_index:
            return None  # the words as written are an alias: the ordinary match has it
        if len(owners) == 1:
            return length, next(iter(owners.values()))
    return None


def _fits(
    changed: tuple[tuple[str, str], ...], vocabulary: Mapping[str, tuple[int, float]], free: bool = False
) -> bool:
    """No alias word is a frequent word, nor (unless ``free``) the word as written a commoner one; a
    freely spelt word as written is still no frequent word of general text."""
    return not any(
        vocabulary.get(alias, _NONE)[1] >= COMMON_ZIPF
        or (
            written in vocabulary
            and (
                vocabulary[written][1] >= COMMON_ZIPF
                if free
                else _rank(vocabulary[written]) >= _rank(vocabulary.get(alias, _NONE))
            )
        )
        for written, alias in changed
    )
