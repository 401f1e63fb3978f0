"""Session 8's cuts of the Hindi steady-state cost (issue 13) change no result: each is held to the plain
computation it replaces, over the dev and dev2 Hindi articles processed one after another in one
process (so that anything kept from one article to the next is exercised)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from khabar.model import Document
from khabar.readers import ReadOptions, iter_documents
from khabar.resources import Resources
from khabar.text.memo import TextMemo

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources.load()


@pytest.fixture(scope="module")
def segmented(resources: Resources) -> list[Document]:
    """The Hindi dev and dev2 articles, through the stages before the mention stage."""
    from khabar.api import build_pipeline

    paths = sorted((_CORPUS / "dev" / "articles").glob("hi_*.txt")) + sorted(
        (_CORPUS / "dev2" / "articles").glob("hi*.txt")
    )
    docs = [d for d in iter_documents([str(p) for p in paths], ReadOptions()) if isinstance(d, Document)]
    assert len(docs) >= 40
    out = []
    pipeline = build_pipeline(resources)
    for doc in docs:
        for stage in pipeline.stages:
            if stage.name == "mentions":
                break
            doc = stage(doc)
        out.append(doc)
    return out


class _KeptMemo(TextMemo[object]):
    """A memo that is never cleared (the token memo before session 8 kept 2,000 texts across articles)."""

    __slots__ = ()

    def clear(self) -> None:
        pass


def test_token_memo_kept_per_article_changes_no_mention(
    resources: Resources, segmented: list[Document]
) -> None:
    from khabar.stages.mentions.pattern import HindiMentionFinder, _tokenize

    fast = HindiMentionFinder(resources)
    plain = HindiMentionFinder(resources)
    plain._tokens = _KeptMemo(_tokenize)  # type: ignore[assignment]
    for doc in segmented:
        assert fast.find(doc) == plain.find(doc), doc.id
        assert not fast._tokens  # nothing of the article is kept for the next one
    assert len(plain._tokens) > 500  # the plain finder did keep (and reuse) the texts


def test_group_noun_screen_changes_no_mention(resources: Resources, segmented: list[Document]) -> None:
    from khabar.stages.mentions.pattern import GROUP, HindiMentionFinder, _tokenize

    fast = HindiMentionFinder(resources)
    plain = HindiMentionFinder(resources)
    # the plain loop, which asks ``_group_at`` at every word: a screen holding the key of every word of
    # the articles (a real frozenset: the attribute of the compiled finder takes no other type)
    plain._group_starts = fast._group_starts | frozenset(
        fast._key(tok.text)
        for doc in segmented
        for sentence in doc.sentences or []
        for tok in _tokenize((doc.clean or "")[sentence.start : sentence.end])
    )
    groups = 0
    for doc in segmented:
        found = fast.find(doc)
        assert found == plain.find(doc), doc.id
        groups += sum(m.finder == GROUP for m in found)
    assert groups >= 20  # the articles do hold group actors


def test_cue_screens_looked_up_once_per_article_find_every_cue(
    resources: Resources, segmented: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quote cue patterns' screens, looked up once per article, find the same quotes as trying
    every pattern on every sentence with no screen at all."""
    from khabar.stages.quotes import candidates
    from khabar.stages.quotes.stage import QuoteStage

    stage = QuoteStage(resources.packs)
    fast = [stage.candidates(doc) for doc in segmented]
    monkeypatch.setattr(candidates, "_screen", lambda regex: lambda _body: True)
    plain = [stage.candidates(doc) for doc in segmented]
    assert fast == plain
    assert sum(map(len, fast)) >= 40  # the articles do hold quotes


def test_led_caption_patterns_match_the_same_lines(resources: Resources) -> None:
    """Each caption pattern led by its first characters (``led_search``) matches in exactly the lines
    the pattern does: the dev and dev2 lines and caption-like lines with every case and the
    characters case-insensitive matching also takes ("ſ", "İ", the Kelvin sign)."""
    import random

    from khabar.stages.dates.stage import led_search
    from khabar.stages.segment import SegmentStage

    captions = SegmentStage(resources.packs).rules.captions
    led = {p.pattern: led_search(p) for p in captions}
    assert sum(led[p.pattern] is not p and p.flags & re.IGNORECASE for p in captions) >= 3
    lines = [
        line
        for folder in ("dev", "dev2")
        for path in sorted((_CORPUS / folder / "articles").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    made = [
        "Photo: Reuters",
        "FILE PHOTO: a man",
        "(AP Photo/Evan Vucci)",
        "Picture by John",
        "Xinhua Photo",
        "फोटो: पीटीआई",
        "(तस्वीर: रॉयटर्स)",
        "photo : x",
        "/ Reuters",
        "ANI Images.",
        "Image courtesy of X",
    ]
    rng = random.Random(5)
    odd = {"s": "ſ", "i": "İ", "k": "\u212a", "S": "ſ", "I": "ı"}
    for text in list(made):
        made.append(text.swapcase())
        made.append("".join(odd.get(c, c) if rng.random() < 0.5 else c for c in text))
        made.append("अब " + text.upper() + " में")
    for pattern in captions:
        for line in lines + made:
            assert bool(pattern.search(line)) == bool(led[pattern.pattern].search(line)), (pattern, line)
    assert any(p.search(line) for p in captions for line in made)


def test_case_insensitive_lead_class_takes_what_the_pattern_takes() -> None:
    """The lead of a ``(?i)`` pattern is the set of characters the case-insensitive class of its
    first characters takes, over every code point (not only the plane it was read from)."""
    from khabar.stages.dates.stage import led_search

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for pattern, first in [
        (r"(?i)\b(?:Reuters|AFP|Sputnik|Getty Images)\s*Photo", "RrAaSsGg"),
        (r"(?i)(?:file )?photo\s*:", "FfPp"),
        (r"(?i)\bimage by\b", "Ii"),
    ]:
        led = led_search(re.compile(pattern))
        lead = led.pattern.removeprefix("(?i)(?-i:").split("])(?<=", 1)[0] + "]"
        assert set(re.findall(lead, every)) == set(re.findall(f"(?i)[{first}]", every)), pattern
        if "s" in first:
            assert "ſ" in re.findall(lead, every)  # (long s: "REUTERſ" matches the pattern too)


def test_inline_leftover_screens_change_no_cleaning(resources: Resources) -> None:
    """The inline cleaning rules run only on lines their led screen matches: the same clean text and
    removed spans as running every rule on every line."""
    from khabar.stages.clean import CleanStage

    stage = CleanStage(resources.packs)
    fast = stage.cleaner
    assert sum(s is not None for s in fast._inline_screens) >= 3
    texts = [
        path.read_text(encoding="utf-8")
        for folder in ("dev", "dev2")
        for path in sorted((_CORPUS / folder / "articles").glob("*.txt"))
    ]
    texts.append(
        "पहली पंक्ति [विज्ञापन] यहाँ\nALSO READ: more &nbsp; here <b>bold</b> text\n"
        "ये भी पढ़ें: कुछ और\nThank you for reading this post. [ AD_2 ] Read more : x\n(This story has "
        "not been edited by staff)\nLast line &amp; <!-- note --> end"
    )
    plain = CleanStage(resources.packs).cleaner
    plain._inline_screens = [None] * len(plain.inline_rules)
    removed = 0
    for text in texts:
        a, b = fast.clean(text), plain.clean(text)
        assert a == b
        removed += len(a.removed)
    assert removed >= 10  # the texts do hold leftovers
