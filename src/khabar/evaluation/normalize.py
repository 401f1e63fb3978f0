"""Text normalisation shared by every comparison the scorer makes.

Gold names and extracted names may differ in Unicode form (NFC vs NFD, Devanagari nukta letters
composed or not), in case, in whitespace and in punctuation ("Frank-Walter" vs "Frank Walter"). Both
sides go through the same function before they are compared, so these differences never count.
"""

from __future__ import annotations

import unicodedata


def normalize(text: str | None) -> str:
    """NFKC, casefold, punctuation and symbols to spaces, whitespace collapsed and stripped.

    Combining marks (Devanagari vowel signs, viramas) are kept: they are part of the word; zero-width
    format characters (ZWJ, ZWNJ, soft hyphen) are dropped.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    chars = []
    for c in text:
        category = unicodedata.category(c)
        if category == "Cf":
            continue  # zero-width joiners and marks: invisible, never a word boundary
        chars.append(" " if category[0] in "PSZC" else c)
    # NFKC again: casefold can produce sequences that are not NFKC-normal (rare, but cheap to settle).
    return " ".join(unicodedata.normalize("NFKC", "".join(chars)).split())
