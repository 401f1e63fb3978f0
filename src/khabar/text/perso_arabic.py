"""South Asian English spelling of Perso-Arabic (Muslim) names romanised from Hindi.

Hindi copy writes these names by sound, often without the nukta (क for क़, ज for ज़), and our
letter-by-letter reading follows it: वसीम → "Vasim", कुरैशी → "Kureshi", सिद्दीकी → "Siddiki",
यासूब → "Yasub". Indian and Pakistani English news writes Waseem, Qureshi, Siddiqui, Yasoob. The pack
file ``perso_arabic_names.toml`` lists the names with their usual spelling (matched up to the
differences of Hindi and English writing, :func:`khabar.text.respell.soft_form`), Devanagari words no
rule reaches (सैयद → Syed) and compound suffixes (अकबरुद्दीन → Akbar + uddin). A name run with a
Perso-Arabic mark (a listed name, or a क़ ख़ ग़ letter) spells a long ई or ऊ in its closed last syllable
"ee" / "oo" (Urdu convention: Yasoob, Tauseef) in a word English text does not spell otherwise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from khabar.errors import LanguagePackError
from khabar.text.respell import skeleton, soft_form

if TYPE_CHECKING:
    from khabar.langpacks import LanguagePacks

SECTION = "perso_arabic_names"
ENGLISH_SECTION = "english_names"  # English given names as Hindi writes them (माइकल → Michael)
_NUKTA = "\u093c"
# क़ ख़ ग़ (decomposed): letters of Perso-Arabic words only (ज़ and फ़ also write English z and f)
_MARK_LETTERS = ("\u0915" + _NUKTA, "\u0916" + _NUKTA, "\u0917" + _NUKTA)
# a long ई / ऊ sign before the last consonant of the word: a closed last syllable (वसीम, यासूब)
_LONG_VOWELS = ("\u0940", "\u0942", "\u0908", "\u090a")  # ी ू ई ऊ
_CLOSED_LONG = re.compile(r"([\u0940\u0942])[\u0915-\u0939]\u093c?$")
_VOWEL_RUN = re.compile(r"[aeiouy]+")
_MIN_IRANIAN_CONSONANTS = 2
_LATIN_CLOSED = {
    "\u0940": (re.compile(r"i([^aeiouy]+)$"), r"ee\1"),
    "\u0942": (re.compile(r"u([^aeiouy]+)$"), r"oo\1"),
}


def match_key(latin: str) -> str:
    """The form in which a romanised word meets a listed name: "Vasim" and "Waseem" → "vasim",
    "Siddiki" and "Siddiqui" → "sidiki" (``qu`` is one sound in Siddiqui, Farooqui)."""
    return soft_form(latin.casefold().replace("qu", "q"))


@dataclass(frozen=True, slots=True)
class PersoArabicNames:
    """The names, spellings and suffixes of the packs' ``perso_arabic_names.toml``."""

    by_key: dict[str, tuple[str, ...]] = field(default_factory=dict)  # match key → listed spellings
    spellings: dict[str, str] = field(default_factory=dict)  # Devanagari word (NFD) → spelling
    suffixes: tuple[tuple[str, str], ...] = ()  # (Devanagari suffix, Latin), longest first
    # English given names (``english_names.toml``): spelt like ``spellings``, but no Perso-Arabic mark
    english: dict[str, str] = field(default_factory=dict)
    # Iranian names in the spelling of English news of Iran (``iranian``): consonant skeleton → spellings
    iranian: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def parse(cls, data: dict[str, Any], where: str) -> PersoArabicNames:
        names = data.get("names", [])
        if not isinstance(names, list) or not all(isinstance(n, str) and n.isascii() for n in names):
            raise LanguagePackError(f"{where}: names must be a list of Latin spellings")
        tables = {}
        for key in ("spellings", "suffixes"):
            table = data.get(key, {})
            if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
                raise LanguagePackError(f"{where}: [{key}] must map Devanagari strings to Latin strings")
            tables[key] = {unicodedata.normalize("NFD", k): v for k, v in table.items()}
        by_key: dict[str, tuple[str, ...]] = {}
        for name in names:
            by_key[match_key(name)] = (*by_key.get(match_key(name), ()), name)
        suffixes = sorted(tables["suffixes"].items(), key=lambda kv: -len(kv[0]))
        iranian_names = data.get("iranian", [])
        if not isinstance(iranian_names, list) or not all(
            isinstance(n, str) and n.isascii() for n in iranian_names
        ):
            raise LanguagePackError(f"{where}: iranian must be a list of Latin spellings")
        iranian: dict[str, tuple[str, ...]] = {}
        for name in iranian_names:
            iranian[skeleton(name)] = (*iranian.get(skeleton(name), ()), name)
        return cls(by_key, tables["spellings"], tuple(suffixes), iranian=iranian)

    @classmethod
    def parse_english(cls, data: dict[str, Any], where: str) -> dict[str, str]:
        """The ``[spellings]`` of an ``english_names.toml``: Devanagari word (NFD) → English spelling."""
        table = data.get("spellings", {})
        if not isinstance(table, dict) or not all(isinstance(v, str) and v.isascii() for v in table.values()):
            raise LanguagePackError(f"{where}: [spellings] must map Devanagari words to Latin spellings")
        return {unicodedata.normalize("NFD", k): v for k, v in table.items()}

    @classmethod
    def from_packs(cls, packs: LanguagePacks) -> PersoArabicNames:
        """The data of every pack that has a ``perso_arabic_names.toml`` (a later pack's entries win)."""
        result = cls()
        for pack in packs:
            english = pack.section(ENGLISH_SECTION)
            if english:
                table = cls.parse_english(english, f"{pack.where}/{ENGLISH_SECTION}.toml")
                result = cls(
                    result.by_key, result.spellings, result.suffixes, result.english | table, result.iranian
                )
            data = pack.section(SECTION)
            if not data:
                continue
            one = cls.parse(data, f"{pack.where}/{SECTION}.toml")
            suffixes = dict(result.suffixes) | dict(one.suffixes)
            result = cls(
                {k: (*result.by_key.get(k, ()), *v) for k, v in one.by_key.items()}
                | {k: v for k, v in result.by_key.items() if k not in one.by_key},
                result.spellings | one.spellings,
                tuple(sorted(suffixes.items(), key=lambda kv: -len(kv[0]))),
                result.english,
                {k: (*result.iranian.get(k, ()), *v) for k, v in one.iranian.items()}
                | {k: v for k, v in result.iranian.items() if k not in one.iranian},
            )
        return result

    def __bool__(self) -> bool:
        return bool(self.by_key or self.spellings or self.suffixes or self.english or self.iranian)

    def fixed(self, word: str) -> str | None:
        """The listed spelling of a Devanagari word no rule reaches (सैयद → Syed, माइकल → Michael),
        else None."""
        nfd = unicodedata.normalize("NFD", word)
        return self.spellings.get(nfd) or self.english.get(nfd)

    def listed(self, latin: str, word: str = "") -> str | None:
        """The listed spelling of the name a romanised word reads ("Vasim" → Waseem), else None. With
        the Devanagari ``word``, a spelling's "ee" / "oo" must stand for a long vowel the word writes:
        हाफ़िज़ (short i) is Hafiz, not the listed Hafeez (हफ़ीज़)."""
        if len(latin) < 3:
            return None
        long_vowels = sum(word.count(sign) for sign in _LONG_VOWELS) if word else None
        for spelling in self.by_key.get(match_key(latin), ()):
            if long_vowels is None or spelling.count("ee") + spelling.count("oo") <= long_vowels:
                return spelling
        return None

    def iranian_spelling(self, latin: str) -> str | None:
        """The listed Iranian spelling of a romanised word of an Iranian name, else None: the same
        consonants (:func:`khabar.text.respell.skeleton`: Hindi's ज is Persian ज़ as often as ज, so
        "Jibkalam" is Zibakalam; वैजी "Veiji" is Vaezi) and at most one vowel more or fewer (a compound's
        schwa Hindi drops). Two consonants at least, and one listed name only for that skeleton."""
        key = skeleton(latin)
        if len(key.lstrip("_")) < _MIN_IRANIAN_CONSONANTS:
            return None
        found = self.iranian.get(key, ())
        if len(found) != 1:
            return None
        runs = len(_VOWEL_RUN.findall(latin.casefold()))
        return found[0] if abs(len(_VOWEL_RUN.findall(found[0].casefold())) - runs) <= 1 else None

    def split_suffix(self, word: str) -> tuple[str, str, str] | None:
        """``(stem, Devanagari suffix, Latin suffix)`` of a compound name word (अकबरुद्दीन → अकबर,
        ुद्दीन, "uddin"), else None."""
        nfd = unicodedata.normalize("NFD", word)
        for suffix, latin in self.suffixes:
            stem = nfd[: -len(suffix)]
            if nfd.endswith(suffix) and len(stem) >= 2:
                return unicodedata.normalize("NFC", stem), suffix, latin
        return None

    def marks(self, word: str, latin: str) -> bool:
        """Whether a word marks its name run as Perso-Arabic: a क़ ख़ ग़ letter, a listed name or spelling,
        a compound suffix."""
        nfd = unicodedata.normalize("NFD", word)
        return (
            any(letter in nfd for letter in _MARK_LETTERS)
            or unicodedata.normalize("NFD", word) in self.spellings
            or self.listed(latin) is not None
            or self.split_suffix(word) is not None
        )


def urdu_vowels(word: str, latin: str) -> str:
    """``latin`` with the long ई / ऊ of the Devanagari ``word``'s closed last syllable written "ee" /
    "oo", as Urdu names are spelt in English (यासूब "Yasub" → Yasoob, वसीम "Vasim" → "Vaseem");
    ``latin`` itself when the word has none or the reading does not end that way."""
    found = _CLOSED_LONG.search(unicodedata.normalize("NFD", word))
    if found is None:
        return latin
    pattern, replacement = _LATIN_CLOSED[found.group(1)]
    return pattern.sub(replacement, latin)


# Iranian (Persian) names keep their own English spelling conventions (:func:`persian_vowels`)
_DEVA_I_U = re.compile("[\u093f\u0940\u0941\u0942\u0907\u0908\u0909\u090a]")  # ि ी ु ू इ ई उ ऊ
_LATIN_I_U = re.compile(r"(?<![aeo])(?:ee|oo|i|u)(?![aeo])", re.IGNORECASE)  # a pure i/u vowel
_LONG_U = ("\u0942", "\u090a")  # ू ऊ
_SHORT_U = ("\u0941", "\u0909")  # ु उ
_SHORT_I = ("\u093f", "\u0907")  # ि इ
_SIGNS = "\u093f\u0940\u0941\u0942"  # the dependent forms ि ी ु ू
_CLOSED_AFTER = re.compile(r"[b-df-hj-np-tv-z](?:[b-df-hj-np-tv-z]|$)", re.IGNORECASE)


def _persian_ei(word: str, latin: str) -> str:
    """ै read "ai" as the "ei" of Iranian names (हुसैन → Hossein's "ei", ज़ैनब → Zeinab), when every "ai"
    of the reading is one ै of the word."""
    nfc = unicodedata.normalize("NFC", word)
    if "\u0948" not in nfc or nfc.count("\u0948") != latin.casefold().count("ai"):
        return latin
    return latin.replace("ai", "ei").replace("Ai", "Ei")


def persian_vowels(word: str, latin: str) -> str:
    """``latin`` in the English spelling of Iranian names, whose short vowels are e and o (Persian has
    no short i or u): a long ू is "ou" (महमूद "Mahmud" → Mahmoud, नूरी → Nouri), a short ु "o"
    (मुस्तफ़ा → Mostafa, मुख़बिर → Mokhber; with ै as "ei", हुसैन → Hossein's "Hosein"), a word-initial
    इ "E" (इस्माइल → Esmail) and a short ि in a
    closed syllable "e" (मिस्बाह → Mesbah, सादिक → Sadeq, मोहसिन → Mohsen; जिबकलम keeps its open "Ji").
    The i/u vowels of the reading are matched to the word's in order; ``latin`` itself when they do
    not pair up."""
    # an independent vowel after the first letter follows another vowel ("ai" of इस्माइल): no pure i/u
    latin = _persian_ei(word, latin)
    signs = [
        m.group()
        for m in _DEVA_I_U.finditer(unicodedata.normalize("NFC", word))
        if m.start() == 0 or m.group() in _SIGNS
    ]
    vowels = list(_LATIN_I_U.finditer(latin))
    if not signs or len(signs) != len(vowels):
        return latin
    out, last = [], 0
    for sign, vowel in zip(signs, vowels, strict=True):
        text = vowel.group()
        if sign in _LONG_U and text.casefold() in ("u", "oo"):
            text = "ou"
        elif sign in _SHORT_U and text.casefold() == "u":
            text = "o"
        elif (
            sign in _SHORT_I
            and text.casefold() == "i"
            and (vowel.start() == 0 or _CLOSED_AFTER.match(latin, vowel.end()))
        ):
            text = "e"
        if vowel.group()[0].isupper():
            text = text.capitalize()
        out.append(latin[last : vowel.start()] + text)
        last = vowel.end()
    return "".join(out) + latin[last:]


# a final q of an Iranian name (ق, Hindi क/क़) is "gh" in Iranian English: सादिक → Sadegh, not "Sadeq"
_FINAL_Q = re.compile(r"(?<=[aeiou])q$", re.IGNORECASE)


def persian_final_gh(latin: str) -> str:
    """``latin`` with a word-final "q" after a vowel written "gh", as Iran's English spells the Persian
    ق (Sadegh, Rafigh, Tavfigh); a "q" elsewhere stays (Taqi)."""
    return _FINAL_Q.sub("gh", latin)
