"""Short forms an article defines in brackets: "Pakistan Peoples Party (PPP)", "पाकिस्तान पीपुल्स
पार्टी (पीपीपी)". The bracket names the entity just before it when it is an acronym of that name (its
initials) or one of the entity's known short forms; the finders then read every later use of the short
form as a mention of that entity. Shared by the Hindi and English mention finders."""

from __future__ import annotations

import re
from collections.abc import Iterable

# an opening bracket right after a name (at most one space between), one word, the closing bracket
BRACKETED_WORD = re.compile(r" ?\(\s?([^\s()]{2,12})\s?\)")
# words an acronym leaves out ("Communist Party of India" → CPI, "Tehreek-e-Insaf" → TI)
_CONNECTORS = frozenset({"of", "and", "the", "for", "in", "on", "e", "i", "ul", "al", "el", "de", "&"})
_BRACKETED_PART = re.compile(r"\([^()]*\)")
_WORD_SPLIT = re.compile(r"[\s\-–‐]+")


# The letters a romanised Devanagari word may begin with when an English word that begins with the
# given letter is spelt in Devanagari: vowels are written by sound (एलायंस Alliance, यूनिवर्सिटी
# University), c by k or s (कमेटी Committee, सेंटर Centre), g and j share ज (जनरल General), x is एक्स
_SPELT_INITIALS: dict[str, str] = {
    "a": "aeo",
    "e": "eai",
    "i": "iae",
    "o": "oa",
    "u": "uay",
    "c": "cks",
    "k": "kcq",
    "q": "kq",
    "s": "sc",
    "g": "gj",
    "j": "jgz",
    "z": "zj",
    "f": "fp",
    "p": "pf",
    "w": "wv",
    "v": "vw",
    "x": "ex",
    "y": "yu",
}


def initials_spelt(acronym: str, romanised_words: list[str]) -> bool:
    """Whether ``acronym`` (Latin letters) is the initials of a name whose words, romanised from
    Devanagari, are ``romanised_words`` ("nfa" of Neshnal Fishriz Elayans: National Fisheries Alliance)."""
    if len(acronym) != len(romanised_words) or len(acronym) < 2:
        return False
    return all(
        word[:1].casefold() in _SPELT_INITIALS.get(letter, letter)
        for letter, word in zip(acronym.casefold(), romanised_words, strict=True)
    )


def latin_initials(name: str) -> set[str]:
    """The acronyms a Latin-script name may be written as, upper case: its capitalised words'
    initials and every word's but connectors' ("Pakistan Tehreek-e-Insaf" → PTI, "Communist party of
    India" → CPI); a bracketed part of the name is left out ("PPP (Pakistan)")."""
    words = [w for w in _WORD_SPLIT.split(_BRACKETED_PART.sub(" ", name)) if w]
    if len(words) < 2:
        return set()
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    plain = "".join(w[0] for w in words if w.casefold() not in _CONNECTORS)
    return {found.upper() for found in (capitals, plain) if len(found) >= 2}


def abbreviates(acronym: str, names: Iterable[str]) -> bool:
    """Whether ``acronym`` (Latin letters, any case) is the initials or a listed short form of one
    of ``names`` (an entity's English name and aliases; names in other scripts are skipped)."""
    wanted = acronym.upper()
    for name in names:
        if not name.isascii():
            continue
        short = _BRACKETED_PART.sub(" ", name).strip().upper()  # "PPP (Pakistan)": a short form
        if short == wanted or wanted in latin_initials(name):
            return True
    return False
