"""Language stage: the document's language (ISO 639-1) and dominant script (ISO 15924).

The reader's ``hint_lang`` wins. Otherwise pycld2 decides; when it is not reliable (short or mixed
text) the dominant script, if it covers more than half of the letters, picks the language pack
written in that script. The script is counted from the characters themselves, independently of
pycld2, so it is known even when the language is not.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pycld2

from khabar.langpacks import LanguagePacks
from khabar.model import Document
from khabar.text.scripts import SCRIPTS, ScriptFacts

UNDETERMINED = "und"
# ISO 15924 for text without letters (digits, punctuation, symbols: Unicode's "Common" script).
COMMON_SCRIPT = "Zyyy"

# Width variants name the script after this word ("FULLWIDTH LATIN CAPITAL LETTER A").
_WIDTH_WORDS = ("FULLWIDTH ", "HALFWIDTH ")

# Old or regional codes pycld2 returns → ISO 639-1.
_CLD2_CODES = {"iw": "he", "jw": "jv", "in": "id", "ji": "yi", "mo": "ro", "zh-Hant": "zh"}
# C0/C1 control characters (but tab and newlines) and lone surrogates, which pycld2 rejects.
_CLD2_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_LANG_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")


def script_of(char: str, scripts: ScriptFacts = SCRIPTS) -> str | None:
    """ISO 15924 code of a letter or combining mark, or None for other characters or unknown scripts
    (the first words of its Unicode name, looked up in the script facts' ``[unicode_names]``)."""
    if not unicodedata.category(char).startswith(("L", "M")):
        return None
    name = unicodedata.name(char, "")
    for word in _WIDTH_WORDS:
        name = name.removeprefix(word)
    for prefix, code in scripts.unicode_names:
        if name.startswith(prefix):
            return code
    return None


# script_of per character seen, per script facts (held with them: an id is only unique while they live)
_SCRIPT_OF: dict[int, tuple[ScriptFacts, dict[str, str | None]]] = {}


def script_counts(text: str, scripts: ScriptFacts = SCRIPTS) -> Counter[str]:
    """Letters (and their vowel signs and other marks) per script."""
    held = _SCRIPT_OF.get(id(scripts))
    if held is None or held[0] is not scripts:
        held = _SCRIPT_OF[id(scripts)] = (scripts, {})
    known = held[1]
    counts: Counter[str] = Counter()
    for char, n in Counter(text).items():  # name lookups once per distinct character, memoised
        try:
            code = known[char]
        except KeyError:
            code = known[char] = script_of(char, scripts)
        if code:
            counts[code] += n
    return counts


def _script_counts_by_char(text: str, scripts: ScriptFacts = SCRIPTS) -> Counter[str]:
    """:func:`script_counts` without its memo (the tests hold it to this)."""
    counts: Counter[str] = Counter()
    for char, n in Counter(text).items():
        code = script_of(char, scripts)
        if code:
            counts[code] += n
    return counts


def dominant_script(text: str, scripts: ScriptFacts = SCRIPTS) -> tuple[str, bool]:
    """The script with most letters and whether it holds a majority; ``Zyyy`` when there are none."""
    counts = script_counts(text, scripts)
    if not counts:
        return COMMON_SCRIPT, False
    code, n = counts.most_common(1)[0]
    return code, n * 2 > sum(counts.values())


def normalize_lang(tag: str | None) -> str | None:
    """``"pt-BR"``, ``"FR_ca"`` → ``"pt"``, ``"fr"``; None for an empty or malformed tag."""
    match = _LANG_TAG.match((tag or "").strip())
    return match.group(1).lower() if match else None


def detect_cld2(text: str) -> tuple[str | None, bool]:
    """pycld2's top language as ISO 639-1 (or its own code when there is none) and its reliability.

    Never raises: text pycld2 cannot take is cleaned first, and a remaining failure counts as unknown.
    """
    safe = _CLD2_UNSAFE.sub(" ", text).encode("utf-8", "ignore").decode("utf-8")
    try:
        reliable, _, details = pycld2.detect(safe, isPlainText=True)
    except (pycld2.error, ValueError, UnicodeError):
        return None, False
    code = details[0][1] if details else "un"
    if code in ("un", "xxx", "") or code.startswith("xx-"):  # xx-Runr: "some language in this script"
        return None, False
    code = _CLD2_CODES.get(code, code.split("-")[0])
    return code, bool(reliable)


class LanguageStage:
    """Fills ``lang`` (ISO 639-1, ``"und"`` if unknown) and ``script`` (ISO 15924)."""

    name = "language"
    requires = frozenset({"clean", "hint_lang"})
    assigns = frozenset({"lang", "script"})

    def __init__(self, packs: LanguagePacks) -> None:
        self.scripts = packs.scripts
        # script → pack codes written in it, from the packs' own metadata
        self._packs_by_script: dict[str, list[str]] = {}
        for pack in packs:
            self._packs_by_script.setdefault(pack.script, []).append(pack.code)

    def __call__(self, doc: Document) -> Document:
        text = doc.clean or ""
        doc.script, majority = dominant_script(text, self.scripts)
        hinted = normalize_lang(doc.hint_lang)
        if hinted:
            doc.lang = hinted
            return doc
        guess, reliable = detect_cld2(text) if text.strip() else (None, False)
        if reliable and guess:
            doc.lang = guess
            return doc
        doc.lang = self._from_script(doc.script, guess) if majority else UNDETERMINED
        return doc

    def _from_script(self, script: str, guess: str | None) -> str:
        """The pack written in ``script``; with several, pycld2's unreliable guess if it is one of them."""
        candidates = self._packs_by_script.get(script, [])
        if guess in candidates:
            return guess
        return candidates[0] if len(candidates) == 1 else UNDETERMINED
