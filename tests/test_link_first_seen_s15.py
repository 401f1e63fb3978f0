"""Session 15's cuts of the link stage's per-article cost (issue 13) change no result: an office's roles
carry their dates parsed once, the linker's person search skips the sound score of hits that cannot be
taken, the phonetic matcher reads a Devanagari word's vowel slots once, and the respeller remembers
each spelling's count of full vowels. Each faster form is held to the form it replaces."""

from __future__ import annotations

import datetime as dt
import random

from khabar.kb.model import Role
from khabar.resources import Resources
from khabar.stages.link.linker import _covers, _role_bounds
from khabar.text.english_phonetic import PhoneticIndex, devanagari_readings, reading_cost
from khabar.text.respell import _full_vowels


def test_role_bounds_answer_what_covers_answers() -> None:
    roles = [
        Role("Prime Minister", start="2014-05-26"),  # current
        Role("Minister", start="2009", end="2014-05-26"),  # full end: the hand-over day is not his
        Role("Governor", start="2001-03", end="2004-07"),  # partial end: its last day is his
        Role("Adviser"),  # no dates
        Role("Speaker", start="1999-12-31", end="2000"),
    ]
    rng = random.Random(15)
    spans = [(dt.date(2014, 5, 26), dt.date(2014, 5, 26)), (dt.date(2014, 5, 25), dt.date(2014, 5, 25))]
    spans += [(dt.date(2004, 7, 31), dt.date(2004, 8, 1)), (dt.date.min, dt.date(2000, 1, 1))]
    for _ in range(2_000):
        first = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randint(0, 11_000))
        spans.append((first, first + dt.timedelta(days=rng.randint(0, 900))))
    for role in roles:
        bounds = _role_bounds(role)
        assert bounds is not None
        for span in spans:
            assert _covers(bounds, span) == role.covers(*span), (role, span)


def test_a_role_whose_date_does_not_parse_has_no_bounds() -> None:
    # the linker then asks Role.covers, which raises as it did
    assert _role_bounds(Role("Minister", start="May 2014")) is None
    assert _role_bounds(Role("Minister", start="2014", end="soon")) is None


def test_the_person_hit_is_the_first_search_hit_when_it_may_be_taken() -> None:
    kb = Resources.load().kb
    # names written for this test: spelling variants of known people, unknown people, initials
    queries = [
        "नरेंद्र मोदी",
        "नरेन्द्र मोदि",
        "हसन रूहानी",
        "रमेश कुमार वर्मा",
        "सुनीता देवी यादव",
        "जॉन स्मिथ",
        "अब्दुल करीम खान",
        "राहुल गांधी",
        "Vladimir Putn",
        "M. K. Stalin",
    ]
    for accept in (60.0, 80.0, 91.9):
        for query in queries:
            hits = kb._search(query, 1, 60.0)
            found = kb.best_hit(query, accept)
            if found is not None:
                assert hits and (found[0].id, found[1]) == hits[0], (query, accept)
            # (scores come rounded to one decimal: a raw score just below ``accept`` may read as it)
            elif hits:
                assert hits[0][1] < accept + 0.05, (query, accept)
            # the linker's case: every first hit of 92 or more is found
            if hits and hits[0][1] >= 92.0:
                assert found is not None


def _plain_matches(index: PhoneticIndex, word: str, max_cost: int = 0) -> list[tuple[str, int]]:
    """``PhoneticIndex.matches`` as written before the cut: ``reading_cost`` of every entry."""
    best: dict[str, tuple[int, int]] = {}
    for reading in devanagari_readings(word):
        for spelling, count, english in index.index.get(reading.consonants, ()):
            cost = reading_cost(reading, english)
            if cost is None or cost > max_cost:
                continue
            if spelling not in best or best[spelling] > (cost, -count):
                best[spelling] = (cost, -count)
    ranked = sorted(best.items(), key=lambda item: (item[1], item[0]))
    return [(spelling, -key[1]) for spelling, key in ranked]


def test_phonetic_matches_equal_the_plain_comparison() -> None:
    index = Resources.load().kb.speller.phonetic
    # English names as Hindi writes them (mine), and Hindi words that are no English name
    words = ["वैन्स", "हुक", "मैथ्यूज", "डैनियल", "गार्सिया", "माइकल", "जिम्मी", "कार्नी", "ब्रैड", "पॉल"]
    words += ["टायलर", "बॉयल", "शिन्या", "गोल्डवाटर", "रहाणे", "किताब", "सरकार", "मलॉय", "जेम्स", "केट"]
    rng = random.Random(15)
    letters = "कगजटडतदनपबमयरलवसहाि ीुूेैोौंॉ्"
    for _ in range(1_500):
        words.append("".join(rng.choice(letters) for _ in range(rng.randint(2, 7))).replace(" ", ""))
    for word in words:
        for max_cost in (0, 1, 2):
            assert index.matches(word, max_cost) == _plain_matches(index, word, max_cost), (word, max_cost)


def test_full_vowels_remembered_equal_computed() -> None:
    words = ["Palival", "Palwal", "Laiko", "Leko", "Chaudhary", "Lindsay", "Riyo", "Luthriya", "Jayasval"]
    for word in words + words:
        assert _full_vowels(word) == _full_vowels.__wrapped__(word), word
