"""Normalisation for matching names across spelling variants, with a map back to the original text.

Matching runs over normalised text; every offset reported to the rest of khabar refers to the ORIGINAL
text. ``normalize_with_map`` therefore returns, with the normalised string, the original index of each
normalised character (plus a final sentinel equal to ``len(original)``); ``map_span`` turns a
normalised ``[start, end)`` into the exact original ``[start, end)``.

Rules (each touches a disjoint set of characters, so one pass serves every script):

Devanagari
  * canonical decomposition, then the nukta (U+093C) is dropped: क़→क, ख़→ख, ग़→ग, ज़→ज, फ़→फ, and also
    ड़→ड, ढ़→ढ. Writers drop or add the nukta freely in foreign names (इज़राइल / इजराइल); keeping ड़
    apart from ड would buy little for name matching and cost matches on inconsistent spellings.
  * chandrabindu → anusvara (ँ→ं); candra vowels → plain ones (ॉ→ो, ऑ→ओ, ॅ→े, ऍ→ए), because
    English o/a sounds are written both ways (डॉनल्ड / डोनाल्ड).
  * a nasal consonant + virama before a stop (क…म) → anusvara, so ट्रम्प = ट्रंप and हिन्दी = हिंदी.
    Only after a Devanagari letter (never word-initially: न्यू stays न्यू).
  * ZWJ / ZWNJ / ZWSP / word joiner / BOM / soft hyphen are dropped.
Latin (and any script)
  * compatibility decomposition (NFKD), combining diacritics (U+0300 block and its extensions) dropped,
    case folded; typographic apostrophes → ``'``, dashes and hyphens → ``-``.
All scripts
  * any run of whitespace → one space.

Devanagari vowel signs, virama and anusvara are combining marks too but are NOT dropped: only the
generic diacritic blocks are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from khabar.text.scripts import SCRIPTS

NUKTA = "\u093c"
VIRAMA = "\u094d"
ANUSVARA = "\u0902"
CHANDRABINDU = "\u0901"
_DEVA_NASALS = frozenset("ङञणनम")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_DEVA_MAP = {
    CHANDRABINDU: ANUSVARA,
    "\u0949": "\u094b",  # ॉ → ो
    "\u0945": "\u0947",  # ॅ → े
    "\u0911": "\u0913",  # ऑ → ओ
    "\u090d": "\u090f",  # ऍ → ए
}
_APOSTROPHES = frozenset("'’‘‛ʼʹ`´′＇")
_HYPHENS = frozenset("-‐‑‒–—―−﹘﹣－")
# Combining diacritical marks (generic blocks only; Indic vowel signs are kept).
_DIACRITIC_RANGES = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F))


def _is_diacritic(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _DIACRITIC_RANGES)


_DEVANAGARI = SCRIPTS["Deva"]  # the script whose anusvara and nasal consonants are folded


def _is_deva(ch: str) -> bool:
    return _DEVANAGARI.contains(ch)


def _is_deva_stop(ch: str) -> bool:
    # क (U+0915) … म (U+092E): the five stop rows, where anusvara and a homorganic nasal are interchangeable.
    return "\u0915" <= ch <= "\u092e"


@cache
def _char_norm(ch: str, deva: bool = True, latin: bool = True) -> str:
    """Normalised form of one original character ('' when dropped). Pure, so memoised."""
    if ch in _ZERO_WIDTH:
        return ""
    if ch.isspace():
        return " "
    if latin and ch in _APOSTROPHES:
        return "'"
    if latin and ch in _HYPHENS:
        return "-"
    decomposed = unicodedata.normalize("NFKD" if latin else "NFD", ch)
    if latin:
        decomposed = unicodedata.normalize("NFKD", decomposed.casefold())
    out = []
    for part in decomposed:
        if deva and part == NUKTA:
            continue
        if deva and part in _DEVA_MAP:
            out.append(_DEVA_MAP[part])
        elif latin and _is_diacritic(part):
            continue
        elif part.isspace():
            out.append(" ")
        else:
            out.append(part)
    return "".join(out)


@dataclass(slots=True)
class _OneForOne:
    """What one rule set does to each character seen: a ``str.translate`` table of those that give
    one character or none, and the others (expanded: ß → ss)."""

    seen: set[str] = field(default_factory=set)
    table: dict[int, str] = field(default_factory=dict)
    dropped: set[str] = field(default_factory=set)  # nukta, zero-width characters
    dropped_re: re.Pattern[str] | None = None  # a class of ``dropped``
    other: set[str] = field(default_factory=set)


_TABLES: dict[tuple[bool, bool], _OneForOne] = {}  # (deva, latin) → its characters


def _one_for_one(text: str, deva: bool, latin: bool) -> tuple[str, list[int]] | None:
    """``text`` normalised, with its map (without the sentinel), when every character gives one or
    none and no two spaces meet (nothing expanded or collapsed), else None. Most texts are, and are
    normalised by one ``str.translate``."""
    rules = _TABLES.get((deva, latin))
    if rules is None:
        rules = _TABLES[(deva, latin)] = _OneForOne()
    present = set(text)
    for ch in present.difference(rules.seen):
        norm = _char_norm(ch, deva, latin)
        if len(norm) > 1:
            rules.other.add(ch)
        else:
            rules.table[ord(ch)] = norm
            if not norm:
                rules.dropped.add(ch)
                rules.dropped_re = re.compile("[" + "".join(map(re.escape, sorted(rules.dropped))) + "]")
        rules.seen.add(ch)
    if not rules.other.isdisjoint(present):
        return None
    out = text.translate(rules.table)
    if "  " in out:
        return None
    if len(out) == len(text):
        return out, list(range(len(text)))
    origin: list[int] = []
    kept = 0  # text[kept:] is not mapped yet
    for match in rules.dropped_re.finditer(text):  # type: ignore[union-attr]
        origin.extend(range(kept, match.start()))
        kept = match.end()
    origin.extend(range(kept, len(text)))
    return out, origin


def _normalize(text: str, deva: bool, latin: bool) -> tuple[str, list[int]]:
    simple = _one_for_one(text, deva, latin)
    if simple is not None:
        norm, norm_origin = simple
        if deva and VIRAMA in norm:
            norm_chars, norm_origin = _nasal_to_anusvara(list(norm), norm_origin)
            norm = "".join(norm_chars)
        norm_origin.append(len(text))
        return norm, norm_origin
    return _normalize_by_char(text, deva, latin)


def _normalize_by_char(text: str, deva: bool, latin: bool) -> tuple[str, list[int]]:
    """:func:`_normalize` one character at a time (any text; the tests hold the fast path to it)."""
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        norm = _char_norm(ch, deva, latin)
        if len(norm) == 1:  # most characters: one out for one in
            if norm == " " and chars and chars[-1] == " ":
                continue  # collapse whitespace runs
            chars.append(norm)
            origin.append(index)
            continue
        for part in norm:
            if part == " " and chars and chars[-1] == " ":
                continue
            chars.append(part)
            origin.append(index)
    if deva and VIRAMA in chars:
        chars, origin = _nasal_to_anusvara(chars, origin)
    origin.append(len(text))
    return "".join(chars), origin


# a nasal consonant with a virama before a stop: where the anusvara rule may apply (lookahead, so that
# "न्न्क" yields both nasals)
_NASAL_BEFORE_STOP_RE = re.compile(f"[{''.join(sorted(_DEVA_NASALS))}](?={VIRAMA}[\u0915-\u092e])")


def _nasal_to_anusvara(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """Nasal + virama before a stop of the same text → anusvara (the virama dropped), when the letter
    before is Devanagari and no virama. ``chars`` holds one character per item. Only the places the
    regex finds are looked at; the rest is copied in slices."""
    out_chars: list[str] = []
    out_origin: list[int] = []
    copied = 0  # chars[:copied] are in the output
    for match in _NASAL_BEFORE_STOP_RE.finditer("".join(chars)):
        i = match.start()
        if i < copied or i == 0:
            continue
        # the output's last character: the anusvara of a replacement just before, else chars[i - 1]
        before = ANUSVARA if copied == i and out_chars and out_chars[-1] == ANUSVARA else chars[i - 1]
        if _is_deva(before) and before != VIRAMA:
            out_chars.extend(chars[copied:i])
            out_origin.extend(origin[copied:i])
            out_chars.append(ANUSVARA)
            out_origin.append(origin[i])
            copied = i + 2  # drop the virama; the stop is copied with the rest
    if not copied:
        return chars, origin
    out_chars.extend(chars[copied:])
    out_origin.extend(origin[copied:])
    return out_chars, out_origin


def _nasal_to_anusvara_reference(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """The plain loop :func:`_nasal_to_anusvara` must equal (kept for the tests)."""
    out_chars: list[str] = []
    out_origin: list[int] = []
    i = 0
    n = len(chars)
    while i < n:
        ch = chars[i]
        if (
            ch in _DEVA_NASALS
            and i + 2 < n
            and chars[i + 1] == VIRAMA
            and _is_deva_stop(chars[i + 2])
            and out_chars
            and _is_deva(out_chars[-1])
            and out_chars[-1] != VIRAMA
        ):
            out_chars.append(ANUSVARA)
            out_origin.append(origin[i])
            i += 2  # drop the virama; the stop is copied on the next turn
            continue
        out_chars.append(ch)
        out_origin.append(origin[i])
        i += 1
    return out_chars, out_origin


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise ``text`` for matching (all rules) and map each normalised index to an original index.

    The returned list has ``len(normalised) + 1`` entries: entry ``i`` is the index in ``text`` of the
    character that produced normalised character ``i``; the last entry is ``len(text)``.
    Use :func:`map_span` to convert a normalised span to an original one.
    """
    return _normalize(text, deva=True, latin=True)


def map_span(mapping: list[int], start: int, end: int) -> tuple[int, int]:
    """Original ``[start, end)`` for the normalised ``[start, end)`` (``mapping`` from normalize_with_map).

    The end extends over characters dropped right after the match (a word-final nukta, a ZWJ), so the
    original span covers the whole written word.
    """
    if not 0 <= start < end < len(mapping):
        raise ValueError(f"span [{start}, {end}) outside normalised text of length {len(mapping) - 1}")
    original_start = mapping[start]
    original_end = mapping[end]
    if original_end <= mapping[end - 1]:
        # ``end`` falls inside the expansion of one original character (e.g. 'ß' → 'ss').
        original_end = mapping[end - 1] + 1
    return original_start, original_end


def normalize_deva(text: str) -> str:
    """Devanagari rules only (nukta, chandrabindu, candra vowels, nasal+virama, zero-width, spaces)."""
    return _normalize(text, deva=True, latin=False)[0].strip()


def normalize_latin(text: str) -> str:
    """Latin rules only (NFKD, diacritics stripped, casefold, apostrophes/hyphens unified, spaces)."""
    return _normalize(text, deva=False, latin=True)[0].strip()


_MATCH_KEYS: dict[str, str] = {}  # match_key per text seen (words and short phrases repeat across articles)
_MATCH_KEYS_SIZE = 100_000  # cleared when full: memory stays bounded on any input


def match_key(text: str) -> str:
    """Key for exact alias lookup, any script (equal to ``normalize_with_map(text)[0].strip()``).

    The Devanagari and Latin rule sets touch disjoint characters, so applying both is the same as
    picking the rules by each character's script; mixed-script names work too.
    """
    try:
        return _MATCH_KEYS[text]
    except KeyError:
        pass
    key = _match_key(text)
    if len(_MATCH_KEYS) >= _MATCH_KEYS_SIZE:
        _MATCH_KEYS.clear()
    if len(text) <= 200:  # a whole sentence or document is not worth keeping
        _MATCH_KEYS[text] = key
    return key


def _match_key(text: str) -> str:
    # Fast path (no offset map): building the indexes normalises tens of thousands of aliases.
    joined = " ".join("".join([_char_norm(ch) for ch in text]).split())
    if VIRAMA not in joined:
        return joined
    chars, _ = _nasal_to_anusvara(list(joined), [0] * len(joined))
    return "".join(chars)
