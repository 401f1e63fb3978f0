"""Build ``src/khabar/langpacks/hi/pinyin_syllables.tsv``: every Mandarin pinyin syllable, how often it
occurs in Chinese words, and the ways Hindi writes it in Devanagari.

Hindi news writes a Chinese name syllable by syllable ("चू रुइफेंग" is Zhu Ruifeng, "शी जिनपिंग" Xi
Jinping), but not letter by letter: zh, j and ch all come out as च/ज/झ, x as श, the -ng as ंग. The
linker (:mod:`khabar.text.pinyin`) splits such a word into syllables of this table and writes it in pinyin.

Source: the pinyin readings of the PyPI package ``pypinyin`` 0.55.0 (MIT licence, data from the
pinyin-data and phrase-pinyin-data projects, MIT). The wheel is read as a zip file (nothing is
installed or imported): the inventory of toneless syllables comes from its character readings, and each
syllable's count from the phrase dictionary (how many readings of characters in its ~47,000 common
phrases are that syllable), a rough measure of how common the syllable is in Chinese words and names.

Reproducible: ``pip download --no-deps -d /tmp/pp pypinyin==0.55.0`` and then
``python scripts/build_pinyin_table.py /tmp/pp/pypinyin-0.55.0-py2.py3-none-any.whl``.

The Devanagari spellings are made by the rules below (``INITIALS``, ``FINALS``), each with an example of
Hindi writing: a final is written with independent vowels (आई for "ai") whose first vowel becomes its
sign after an initial consonant (ल + आई → लाई), and a final that begins with य/व joins the initial as
a conjunct (ज + यान → ज्यान, "jian"). The nukta is kept only in फ़ (f) and ज़ (z, sometimes zh or j):
the reader drops it elsewhere, and reads candrabindu as anusvara.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/khabar/langpacks/hi/pinyin_syllables.tsv"

# pinyin initial → its Devanagari spellings, commonest first
INITIALS: dict[str, tuple[str, ...]] = {
    "zh": ("झ", "ज", "च", "ज़"),  # झांग Zhang, जंगफू Zhengfu, चू Zhu
    "ch": ("च", "छ"),  # चेन Chen
    "sh": ("श",),  # शंघाई Shanghai
    "b": ("ब",),  # बो Bo
    "p": ("प", "फ"),  # पेंग Peng
    "m": ("म",),  # माओ Mao
    "f": ("फ़", "फ"),  # फ़ेंग, फेंग Feng (फ़ is f only)
    "d": ("द", "ड"),  # देंग Deng, डिंग Ding
    "t": ("त", "ट", "थ"),  # तांग Tang, थ्येन Tian
    "n": ("न",),  # निंग Ning
    "l": ("ल",),  # ली Li
    "g": ("ग",),  # गुओ Guo
    "k": ("क", "ख"),  # केचियांग Keqiang
    "h": ("ह", "ख"),  # हू Hu
    "j": ("ज", "च", "झ", "ज़"),  # जिनपिंग Jinping, च्यांग Jiang
    "q": ("च", "छ", "क"),  # केचियांग Keqiang, छिंग Qing
    "x": ("श", "स"),  # शी Xi, शिन्हुआ Xinhua
    "r": ("र",),  # रुइफेंग Ruifeng
    "z": ("ज़", "त्स", "ज"),  # ज़ेमिन Zemin, त्सेदोंग Zedong (a bare ज mostly zh: after it)
    "c": ("त्स", "स", "च", "छ"),  # त्साई, साई Cai (स mostly s: after it)
    "s": ("स",),  # सुन Sun
    "y": ("य", ""),  # यांग Yang, ई Yi (alone only before i, ü)
    "w": ("व", ""),  # वांग Wang, ऊ Wu (alone only in wu)
    "": ("",),  # आईआई Aiai
}

# pinyin final → its Devanagari spellings in independent vowels, commonest first ("ü" after j, q, x, y
# and in lü, nü)
FINALS: dict[str, tuple[str, ...]] = {
    "a": ("आ",),  # मा Ma
    "o": ("ओ",),  # बो Bo
    "e": ("ए",),  # के Ke
    "ai": ("ऐ", "आई", "आइ"),  # साई Cai, आईआई Aiai
    "ei": ("ए", "एई", "एइ", "ई"),  # ले Lei, वेई Wei
    "ao": ("आओ", "आव", "औ", "आउ"),  # माओ Mao
    "ou": ("ओउ", "ओऊ", "आउ", "ओ", "औ"),  # झोउ Zhou, चाउ Zhou
    "an": ("आन", "अन"),  # वान Wan
    "en": ("एन", "अन"),  # चेन Chen
    "ang": ("आंग",),  # वांग Wang (अंग is eng)
    "eng": ("एंग", "अंग", "एन्ग"),  # फेंग Feng, जंगफू Zhengfu
    "ong": ("ओंग", "उंग", "ओन्ग"),  # गोंग Gong
    "er": ("अर", "एर"),  # अर Er
    "i": ("ई", "इ"),  # ली Li
    "ia": ("इया", "या"),  # जिया Jia
    "ian": ("इयान", "यान", "इयन", "येन", "इएन"),  # जियान Jian, थ्येन Tian
    "iang": ("इयांग", "यांग", "इआंग"),  # केचियांग Keqiang
    "iao": ("इयाओ", "याओ", "इआओ"),  # श्याओपिंग Xiaoping
    "ie": ("इए", "इये", "ये"),  # जिए Jie
    "in": ("इन", "ईन"),  # जिनपिंग Jinping
    "ing": ("इंग", "ईंग"),  # पिंग Ping
    "iong": ("इयोंग", "योंग"),  # श्योंग Xiong
    "iu": ("इयू", "यू", "इउ", "इयु", "यु"),  # ल्यू Liu
    "u": ("ऊ", "उ"),  # हू Hu
    "ua": ("उआ", "वा", "उवा"),  # शिन्हुआ Xinhua
    "uai": ("उआई", "वाई", "वै"),  # कुआई Kuai
    "uan": ("उआन", "वान", "उवान"),  # गुआन Guan
    "uang": ("उआंग", "वांग", "उवांग"),  # हुआंग Huang
    "ui": ("उई", "उइ", "वेई", "वे"),  # रुइफेंग Ruifeng
    "un": ("उन", "ऊन"),  # सुन Sun
    "uo": ("उओ", "ओ", "वो"),  # गुओ Guo
    "ü": ("ऊ", "उ", "यू", "यु"),  # ल्यू Lü, यू Yu
    "üe": ("उए", "यूए", "वे", "ये"),  # श्वे Xue, युए Yue
    "ün": ("उन", "ऊन", "यून", "युन"),  # युन Yun
    "üan": ("उआन", "युआन", "युवान", "वान", "वेन"),  # युआन Yuan, श्वान Xuan
}

_SIGNS = {"अ": "", "आ": "ा", "इ": "ि", "ई": "ी", "उ": "ु", "ऊ": "ू", "ए": "े", "ऐ": "ै", "ओ": "ो", "औ": "ौ"}
_INITIAL = re.compile(r"^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?)(.*)$")
_VIRAMA = "\u094d"


def toneless(syllable: str) -> str:
    """"lǜ" → "lü", "zhōng" → "zhong"."""
    text = unicodedata.normalize("NFD", syllable.casefold())
    text = "".join(c for c in text if c not in "\u0300\u0301\u0304\u030c")
    return unicodedata.normalize("NFC", text).replace("v", "ü")


def split(syllable: str) -> tuple[str, str]:
    """A syllable's initial and final, with "u" after j, q, x, y read as ü ("xue" → x + üe)."""
    match = _INITIAL.match(syllable)
    assert match is not None
    initial, final = match.groups()
    if initial in ("j", "q", "x", "y") and final.startswith("u"):
        final = "ü" + final[1:]
    return initial, final


def join(initial: str, final: str) -> str:
    """An initial's spelling and a final's independent-vowel spelling as one written syllable."""
    if not initial:
        return final
    if final[:1] in _SIGNS:
        return initial + _SIGNS[final[0]] + final[1:]
    return initial + _VIRAMA + final  # ज + यान → ज्यान


def spellings(syllable: str) -> list[str]:
    """Every Devanagari spelling of a toneless syllable by the rules above ("feng" → फेंग फंग फेन्ग)."""
    initial, final = split(syllable)
    finals = FINALS.get(final)
    if finals is None:
        return []
    heads = INITIALS[initial]
    # y and w stand alone only before i/ü (यी or ई "yi", इंग "ying") and in wu (ऊ)
    if (initial == "y" and not final.startswith(("i", "ü"))) or (initial == "w" and final != "u"):
        heads = tuple(h for h in heads if h)
    # an initial y/w is not written twice (यू, not य्यू), nor is a vowel-less final alone (वान is wan)
    forms = (
        join(head, tail)
        for head in heads
        for tail in finals
        if not (head == "य" and tail[0] in "यव") and (head or tail[0] in _SIGNS)
    )
    return list(dict.fromkeys(forms))


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        readings = json.loads(archive.read("pypinyin/pinyin_dict.json"))
        phrases = json.loads(archive.read("pypinyin/phrases_dict.json"))
    inventory = set()
    for value in readings.values():
        for reading in value.split(","):
            syllable = toneless(reading)
            # syllables of Mandarin words (no interjections such as hm, ng, ê)
            if re.fullmatch(r"(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouü][a-zü]*", syllable):
                inventory.add(syllable)
    counts: Counter[str] = Counter()
    for readings_of_phrase in phrases.values():
        for options in readings_of_phrase:
            counts[toneless(options[0])] += 1
    rows = []
    for syllable in sorted(inventory):
        forms = spellings(syllable)
        if not forms or counts[syllable] == 0:
            continue
        rows.append(f"{syllable.replace('ü', 'u')}\t{syllable}\t{counts[syllable]}\t{' '.join(forms)}")
    header = (
        "# Mandarin pinyin syllables: English spelling<TAB>pinyin<TAB>count in common Chinese phrases<TAB>\n"
        "# Devanagari spellings (space-separated). Generated by scripts/build_pinyin_table.py from\n"
        "# pypinyin 0.55.0 (MIT; pinyin-data and phrase-pinyin-data, MIT): do not edit by hand, change\n"
        "# the rules there.\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} syllables → {OUT}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build_pinyin_table.py pypinyin-0.55.0-py2.py3-none-any.whl")
    main(sys.argv[1])
