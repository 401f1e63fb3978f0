"""The English first-pass speed-ups (issue 13, session 7) must not change any result: each fast path is
held to the plain computation it replaces, on the English dev articles (the plain computations are the
code as it was before, kept here)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from khabar.stages.events.cameo_verbs import TARGET_MARKERS, CameoVerbs, VerbPattern, load_cameo_verbs
from khabar.stages.events.lexicon import LexEntry

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@cache
def _english_texts() -> tuple[str, ...]:
    paths = sorted((_CORPUS / "dev" / "articles").glob("en_*.txt")) + sorted(
        (_CORPUS / "dev2" / "articles").glob("en_*.txt")
    )
    return tuple(p.read_text(encoding="utf-8") for p in paths)


@pytest.fixture(scope="module")
def parses() -> list[Any]:
    from khabar.nlp_en import SpacyParser

    parser = SpacyParser.load()  # the model is a dependency: a missing one fails, never skips
    texts = _english_texts()
    assert len(texts) >= 15
    return [parser(t) for t in texts]


# ------------------------------------------------------------------ the CAMEO verb dictionary


class _PlainVerbs:
    """``CameoVerbs.entry`` as it was: every pattern item checked on the tokens, forms read from spaCy
    at every check."""

    def __init__(self, verbs: CameoVerbs) -> None:
        self.v = verbs

    def entry(self, token: Any, sentence: Any = None) -> LexEntry | None:
        v = self.v
        if token.pos_ != "VERB":
            return None
        found = v.verbs.get(token.lemma_.lower()) or v.verbs.get(token.lower_)
        if found is None:
            return None
        block, default = found
        if sentence is not None and any(p.search(sentence.text) for p in v.discards):
            return None
        right = [t for t in token.subtree if t.i > token.i]
        left = [t for t in (sentence or token.sent) if t.i < token.i]
        best: VerbPattern | None = None
        for pattern in v.patterns.get(block, ()):
            if (best is None or pattern.size > best.size) and self._matches(pattern, left, right):
                best = pattern
        code = best.code if best is not None else default
        code = v._known(code)
        if code is None or code.startswith(v.skipped_roots):
            return None
        preps = best.prepositions if best is not None else ()
        return LexEntry(
            cameo=code,
            forms=((token.lemma_.lower(),),),
            target=tuple(dict.fromkeys((*preps, *TARGET_MARKERS))),
            confidence=v.confidence,
            requires_source=True,
            requires_target=True,
            origin=f"CAMEO.2.0.txt {block}" + (f" line {best.line}" if best is not None else ""),
        )

    def _matches(self, pattern: VerbPattern, left: list[Any], right: list[Any]) -> bool:
        return all(self._item(i, left) for i in pattern.before) and all(
            self._item(i, right) for i in pattern.after
        )

    def _item(self, item: Any, tokens: list[Any]) -> bool:
        kind = item[0]
        if kind == "w" or kind == "s":
            return any(self._word(item, t) for t in tokens)
        if kind == "p":
            words = item[1]
            for i in range(len(tokens) - len(words) + 1):
                if all(self._word(w, tokens[i + k]) for k, w in enumerate(words)):
                    return True
            return False
        for t in tokens:
            if t.lower_ == item[1] and t.dep_ in ("prep", "agent", "dative", "prt", "aux", "mark"):
                inside = [s for s in t.subtree if s.i > t.i]
                if all(self._item(sub, inside) for sub in item[2]):
                    return True
        return False

    def _word(self, item: Any, token: Any) -> bool:
        forms = (token.lower_, token.lemma_.lower())
        if item[0] == "s":
            words = self.v.synsets.get(item[1], frozenset())
            return any(f in words for f in forms)
        if item[0] == "p":
            return False
        word, stem = item[1], item[2]
        return any(f == word or (stem and len(word) >= 4 and f.startswith(word)) for f in forms)


def test_dictionary_entries_match_the_plain_pattern_check(parses: list[Any]) -> None:
    fast = load_cameo_verbs()
    plain = _PlainVerbs(load_cameo_verbs())
    coded = checked = 0
    for parsed in parses:
        for sentence in parsed.sents:
            for token in sentence:
                if token.pos_ != "VERB":
                    continue
                expected = plain.entry(token, sentence)
                assert fast.entry(token, sentence) == expected, (token.text, sentence.text)
                assert fast.entry(token) == plain.entry(token), token.text  # the token's own sentence
                checked += 1
                coded += expected is not None
    assert checked > 300 and coded > 50, (checked, coded)


def test_the_discard_memo_answers_per_sentence() -> None:
    verbs = load_cameo_verbs()
    plain = _PlainVerbs(verbs)  # the memo must never carry one sentence's answer to another
    texts = ["India won the Asian Games gold.", "India won the election.", "India won the Asian Games gold."]
    for text in texts * 2:
        assert verbs.discarded(text) == any(p.search(text) for p in plain.v.discards)
    assert verbs.discarded(texts[0]) and not verbs.discarded(texts[1])


# ------------------------------------------------------------------ the states of a country


def test_state_names_match_the_scan_of_every_actor() -> None:
    from khabar.kb import india
    from khabar.resources import Resources
    from khabar.stages.mentions import national

    kb = Resources.load().kb
    countries = {"IND", "PAK", "USA", "NPL", "BGD", "LKA", "CHN", "GBR", ""}
    countries |= {a.country for a in list(kb)[:3000] if a.country}
    for country in sorted(countries):
        plain = {
            actor.name.casefold(): actor.name
            for actor in kb
            if actor.id.startswith("place:")
            and actor.country == country
            and actor.type == "GPE"
            and not india.is_below_state(actor.id)
        }
        fast = national.state_names(kb, country)
        assert fast == plain and list(fast) == list(plain), country
    assert len(national.state_names(kb, "IND")) > 20


# ------------------------------------------------------------------ the date screen


def _plain_find(rules: Any, text: str) -> list[Any]:
    """``DateRules.find`` with neither screen nor leads: every pattern run on the text."""
    candidates = []
    for order, pattern in enumerate(rules.patterns):
        for match in pattern.regex.finditer(text):
            if match.end() == match.start():
                continue
            expression = rules._expression(pattern, match)
            if expression is not None:
                candidates.append(
                    (match.start() - match.end(), order, match.start(), match.end(), expression)
                )
    candidates.sort(key=lambda c: c[:3])
    taken: list[tuple[int, int, Any]] = []
    for _length, _order, start, end, expression in candidates:
        if all(end <= s or start >= e for s, e, _x in taken):
            taken.append((start, end, expression))
    return sorted(taken, key=lambda t: t[0])


@pytest.mark.parametrize("code", ["en", "hi"])
def test_dates_found_as_by_every_pattern(code: str) -> None:
    """The screen leaves out patterns it cannot lead (English: the case-insensitive ones) and runs them
    on every sentence: the dates found are those of running every pattern."""
    import random

    from khabar.langpacks import load_language_packs
    from khabar.stages.dates.stage import DateRules

    rules = DateRules.from_pack(load_language_packs().get(code))
    assert rules is not None
    screen, unscreened = rules.screen
    assert screen is not None and screen.pattern.startswith("[")  # led by a class
    if code == "en":
        assert len(unscreened) > 1
    paths = sorted((_CORPUS / "dev" / "articles").glob("*.txt")) + sorted(
        (_CORPUS / "dev2" / "articles").glob("*.txt")
    )
    texts = [line for p in paths for line in p.read_text(encoding="utf-8").split("\n") if line.strip()]
    rng = random.Random(5)
    words = [*rules.months, *rules.weekdays, *rules.numbers, *rules.units, "2020", "12", "ago", "later"]
    words += ["about", "In", "on", "last", "the", "from now", "earlier", "/", "-", "से", "पहले"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    found = 0
    for text in texts:
        fast = [(f.start, f.end, f.expression) for f in rules.find(text)]
        assert fast == _plain_find(rules, text), text
        found += bool(fast)
    assert found > 50


# ------------------------------------------------------------------ the line-break component


def _plain_line_breaks(doc: Any) -> Any:
    """The component as it was: one look at every token."""
    after_break = False
    for token in doc:
        if token.is_space and "\n" in token.text:
            after_break = True
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        after_break = False
    return doc


def test_line_breaks_mark_the_sentence_starts_of_the_plain_loop() -> None:
    import random

    from khabar.nlp_en import line_breaks, load_english_model

    nlp = load_english_model()
    rng = random.Random(3)
    pieces = ["a", "Word", ".", " ", "  ", "\n", "\n\n", " \n ", "\t", "\r\n", "\u00a0", "x\ny", "(", '"']
    texts = [*_english_texts(), "", "\n", "\n\nA", "A\n", "A \n\n B\nC"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(2000)]
    marked = 0
    for text in texts:
        plain, fast = _plain_line_breaks(nlp.make_doc(text)), line_breaks(nlp.make_doc(text))
        want = [t.is_sent_start for t in plain]
        assert [t.is_sent_start for t in fast] == want, repr(text)
        marked += want.count(True)
    assert marked > 1000
