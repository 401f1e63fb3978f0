"""Session 6 round 2 speed-ups (issue 13) must not change any result: the date screen led by its
first-character class matches exactly the texts the plain screen matches, and a sentence's
language is the same when pycld2 runs only where its answer is used (the plain computations are
the code as it was before, kept here)."""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest

from khabar.langpacks import load_language_packs
from khabar.stages import segment
from khabar.stages.dates.stage import DateRules, _first_char_screen, _first_chars
from khabar.stages.segment import SegmentStage

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@cache
def _dev_lines() -> tuple[str, ...]:
    paths = sorted((_CORPUS / "dev" / "articles").glob("*.txt")) + sorted(
        (_CORPUS / "dev2" / "articles").glob("*.txt")
    )
    lines = [line for p in paths for line in p.read_text(encoding="utf-8").split("\n") if line.strip()]
    # sentence-sized pieces too (a date at a piece's edge meets the lookarounds at the text's edge)
    return tuple(lines + [line[i : i + 60] for line in lines for i in range(0, len(line), 37)])


@cache
def _rules(code: str) -> DateRules:
    rules = DateRules.from_pack(load_language_packs().get(code))
    assert rules is not None
    return rules


def _plain_screen(rules: DateRules) -> re.Pattern[str]:
    """The screen as it was: its alternatives only (the fast form wraps them in a lookahead)."""
    screen = rules.screen[0]
    assert screen is not None
    match = re.fullmatch(r"\[.*?\]\(\?<=\(\?=(.*)\)\[\\s\\S\]\)", screen.pattern, re.DOTALL)
    return re.compile(match.group(1)) if match else screen


def test_hindi_screen_has_the_fast_form() -> None:
    """The Hindi pack's screen is one the analysis can lead with a class (else the test below
    compares the plain screen with itself)."""
    screen = _rules("hi").screen[0]
    assert screen is not None and screen.pattern.startswith("[")
    assert r"\d" in screen.pattern.split("]", 1)[0]


@pytest.mark.parametrize("code", ["hi", "en"])
def test_fast_screen_matches_the_same_texts(code: str) -> None:
    rules = _rules(code)
    fast, plain = rules.screen[0], _plain_screen(rules)
    assert fast is not None
    texts = list(_dev_lines())
    # random text over the characters the date words are made of, digits and separators
    words = [p.regex.pattern for p in rules.patterns]
    alphabet = sorted({c for w in words for c in w if c.isalpha() or c.isdigit()})
    alphabet += [*"0123456789 ,.-–/", " से ", " में ", " तक ", "आज", "कल", "2019", "12 "]
    rng = random.Random(7)
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    names = [*rules.months, "2020", "5", "से"]
    texts += [" ".join(rng.choice(names) for _ in range(3)) for _ in range(500)]
    hits = 0
    for text in texts:
        want = plain.search(text) is not None
        assert (fast.search(text) is not None) == want, text
        hits += want
    assert 0 < hits < len(texts)


@pytest.mark.parametrize("code", ["hi", "en"])
def test_pattern_leads_match_the_same_texts(code: str) -> None:
    """Each date pattern's lead finds a match exactly where the pattern itself does."""
    rules = _rules(code)
    led = [(lead, p.regex) for lead, p in zip(rules.leads, rules.patterns, strict=True) if lead is not None]
    assert len(led) > len(rules.patterns) // 2
    rng = random.Random(11)
    names = [*rules.months, *rules.weekdays, *rules.numbers, *rules.units, "2020", "5", "12", "से", "-", "/"]
    texts = list(_dev_lines()) + [" ".join(rng.choice(names) for _ in range(4)) for _ in range(2000)]
    for lead, regex in led:
        for text in texts:
            assert (lead.search(text) is None) == (regex.search(text) is None), (regex.pattern, text)


@pytest.mark.parametrize(
    ("regex", "chars", "empty"),
    [
        (r"(?:ab|\d)c", {"a", r"\d"}, False),
        (r"a?b", {"a", "b"}, False),
        (r"(?=x)y", {"y"}, False),
        (r"(?<!q)(?:x*)(?:[c-e]|z)", {"x", "c-e", "z"}, False),
        (r"a*", {"a"}, True),
        (r"[^a]b", None, False),
        (r".b", None, False),
        (r"(?i:a)b", None, False),
    ],
)
def test_first_chars(regex: str, chars: set[str] | None, empty: bool) -> None:
    from re import _parser

    got, can_be_empty = _first_chars(_parser.parse(regex).data)
    assert got == chars
    if chars is not None:
        assert can_be_empty == empty


def test_first_char_screen_falls_back_when_unknown() -> None:
    for regex in (r".b", r"a*", r"[^a]x|y"):
        plain = re.compile(regex)
        assert _first_char_screen(plain) is plain
    led = _first_char_screen(re.compile(r"(?<!x)(?:ab|\d+c)"))
    assert led.pattern.startswith("[")
    for text in ("ab", "xab", "12c", "x12c", "a", "c", "", "zab"):
        assert (led.search(text) is None) == (re.search(r"(?<!x)(?:ab|\d+c)", text) is None)


# ------------------------------------------------------------------ a sentence's language


def _plain_sentence_lang(
    stage: SegmentStage, sentence: str, doc_lang: str | None, doc_script: str | None
) -> str | None:
    """``SegmentStage._sentence_lang`` as it was: pycld2 on every sentence of 40 characters or more."""
    if len(sentence) < segment.MIN_LANG_CHARS:
        return None
    script, share = segment.dominant_script(sentence)
    detected = segment._detect(sentence)
    if script is not None and script != doc_script and share >= segment._SCRIPT_SHARE:
        if detected and stage.rules.script_of(detected[0]) in (script, None):
            lang = detected[0]
        else:
            lang = stage.rules.language_of(script)
        return lang if lang != doc_lang else None
    if (
        detected
        and doc_lang
        and detected[0] != doc_lang
        and len(sentence) >= segment._SAME_SCRIPT_MIN_CHARS
        and detected[1] >= segment._SAME_SCRIPT_MIN_PERCENT
    ):
        return detected[0]
    return None


def test_sentence_language_unchanged() -> None:
    stage = SegmentStage(load_language_packs())
    lines = list(_dev_lines())
    # English quoted in Hindi and the reverse, Urdu in Hindi, short and long, mixed halves
    lines += [a[: len(a) // 2] + " " + b[len(b) // 2 :] for a, b in zip(lines, reversed(lines), strict=True)]
    lines += [
        "यह एक बहुत लंबा हिंदी वाक्य है जिसमें कोई तारीख नहीं है और जो अस्सी अक्षरों से अधिक लंबा है।",
        "This is an English sentence that is long enough for pycld2 to have an opinion about it.",
        "پاکستان کے وزیر اعظم نے کہا کہ بات چیت جاری رہے گی اور دونوں ملکوں کے درمیان امن ضروری ہے",
    ]
    seen = set()
    for doc_lang, doc_script in (("hi", "DEVANAGARI"), ("en", "LATIN"), (None, None), ("hi", None)):
        for line in lines:
            want = _plain_sentence_lang(stage, line, doc_lang, doc_script)
            assert stage._sentence_lang(line, doc_lang, doc_script) == want, (doc_lang, line)
            seen.add(want)
    assert len(seen) > 2  # the test reaches sentences given another language
