"""The speed-ups of the Hindi first pass (issue 13) must not change any result: each fast path is
checked against the plain computation it replaces, on random text over the characters that matter."""

from __future__ import annotations

import random
from collections import Counter

from khabar.stages.mentions.pattern import _Memo
from khabar.stages.segment import _script, dominant_script
from khabar.text import normalize
from khabar.text.normalize import match_key, normalize_with_map

# nasals, virama, stops, other Devanagari letters and signs, an anusvara, Latin, spaces, a nukta form
_ALPHABET = [*"ङञणनम्कगचजटडतदपबयरलवसहािीुंँ़क़aBcé ’- \u200d", "  "]


def _random_text(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(length))


def test_nasal_rule_equals_the_plain_loop() -> None:
    rng = random.Random(13)
    for _ in range(3000):
        chars = list(_random_text(rng, rng.randint(0, 14)).replace("  ", " "))
        origin = list(range(len(chars)))
        fast = normalize._nasal_to_anusvara(list(chars), list(origin))
        plain = normalize._nasal_to_anusvara_reference(list(chars), list(origin))
        assert fast == plain, "".join(chars)


def test_nasal_rule_examples() -> None:
    # हिन्दी → हिंदी; a nasal after a virama (or at the start) stays; two in a row both fold
    assert match_key("हिन्दी") == match_key("हिंदी") == "हिंदी"
    assert normalize._nasal_to_anusvara(list("न्क"), [0, 1, 2])[0] == list("न्क")
    assert "".join(normalize._nasal_to_anusvara(list("सन्न्क"), list(range(6)))[0]) == "संंक"


def test_normalisation_and_memoised_key_agree_on_random_text() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        text = _random_text(rng, rng.randint(0, 20))
        norm, mapping = normalize_with_map(text)
        assert len(mapping) == len(norm) + 1 and mapping[-1] == len(text)
        assert match_key(text) == norm.strip()
        assert match_key(text) == normalize._match_key(text)  # memo hit, same answer


def test_dominant_script_counts_like_a_per_character_scan() -> None:
    rng = random.Random(3)
    for _ in range(500):
        text = _random_text(rng, rng.randint(0, 30))
        counts = Counter(s for s in map(_script, text) if s)
        top = counts.most_common(1)
        expected = (top[0][0], top[0][1] / sum(counts.values())) if counts else (None, 0.0)
        assert dominant_script(text) == expected


def test_memo_computes_once_per_text_and_stays_bounded() -> None:
    calls: list[str] = []

    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    memo = _Memo(upper, size=2)
    assert [memo("a"), memo("a"), memo("b")] == ["A", "A", "B"]
    assert calls == ["a", "b"]
    memo("c")  # full: cleared, then "c" kept
    assert len(memo) == 1 and memo("c") == "C" and calls == ["a", "b", "c"]


def _plain_acronym(letter_names: dict[str, str], word: str) -> str | None:
    """Transliterator.acronym as a scan of every letter name at every position."""
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        current = best[i]
        if current is None:
            continue
        for name, letter in letter_names.items():
            if word.startswith(name, i):
                candidate = [*current, letter]
                j = i + len(name)
                old = best[j]
                if old is None or len(candidate) < len(old):
                    best[j] = candidate
    letters = best[n]
    return "".join(letters) if letters is not None and len(letters) >= 2 else None


def test_acronym_reading_equals_a_scan_of_every_letter_name() -> None:
    from khabar.text.translit import _premap, default_transliterator

    tr = default_transliterator()
    names = list(tr.letter_names)
    assert tr.acronym("सीबीआई") == "cbi"
    rng = random.Random(5)
    for _ in range(1500):
        word = "".join(rng.choice(names) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.3:
            word += rng.choice("कमा")
        assert tr.acronym(word) == _plain_acronym(tr.letter_names, _premap(word)), word


def test_latin_keys_memo_returns_fresh_equal_lists() -> None:
    from khabar.text.translit import default_transliterator, latin_keys

    tr = default_transliterator()
    first = latin_keys("सीसी", tr)
    first.append("changed by the caller")
    assert latin_keys("सीसी", tr) == [*first[:-1]] == ["k", "sisi"]  # acronym "CC" folded, and phonetic
