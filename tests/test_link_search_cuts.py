"""Session 14's cuts of the linker's first-seen cost (issue 13) change no result: the unknown-name search
asks for its best hit only, ``name_similarity`` skips a coverage that cannot win, and the KB remembers
the romanisations of words its built table lacks. Each faster form is held to the form it replaces."""

from __future__ import annotations

import random

from rapidfuzz import fuzz

from khabar.kb import KnowledgeBase
from khabar.kb.base import _coverage, name_similarity
from khabar.kb.model import Actor
from khabar.resources import Resources
from khabar.text.respell import NameSpeller


def _full_name_similarity(query: str, alias: str) -> float:
    """``name_similarity`` as written before the cut: every coverage computed."""
    query_words, alias_words = query.split(), alias.split()
    best = max(fuzz.ratio(query, alias), fuzz.token_sort_ratio(query, alias))
    if len(alias_words) > len(query_words):
        best = max(best, 0.95 * _coverage(query_words, alias_words))
    elif len(query_words) > len(alias_words):
        best = max(best, 0.8 * _coverage(alias_words, query_words))
    return best


def test_name_similarity_equals_the_form_with_every_coverage() -> None:
    pairs = [
        ("jinping", "xi jinping"),  # the query found in a longer alias
        ("xi jinping", "xi jinping"),  # equal: the ratio is 100, no coverage needed
        ("narendra modi", "narendra damodardas modi"),
        ("sunil kumar yadav", "sunil yadav"),  # a shorter alias
        ("a", "a b"),
        ("", "modi"),
    ]
    for query, alias in pairs:
        assert name_similarity(query, alias) == _full_name_similarity(query, alias), (query, alias)
    rng = random.Random(14)
    syllables = ["ra", "ma", "ji", "sh", "an", "ku", "de", "vi", "o", "x"]
    for _ in range(3_000):
        words = [
            " ".join("".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(n))
            for n in (rng.randint(1, 4), rng.randint(1, 4))
        ]
        assert name_similarity(words[0], words[1]) == _full_name_similarity(words[0], words[1]), words


def test_the_best_hit_of_a_search_is_the_same_for_limits_up_to_five() -> None:
    kb = Resources.load().kb
    # names written for this test: spelling variants of known people, unknown people, a place
    queries = [
        "नरेंद्र मोदी",
        "नरेन्द्र मोदि",
        "हसन रूहानी",
        "शी चिनफिंग",
        "रमेश कुमार वर्मा",
        "सुनीता देवी यादव",
        "Vladimir Putn",
        "जॉन स्मिथ",
        "अब्दुल करीम खान",
    ]
    # limits 1 to 5 score the same 25 best hits by WRatio (``max(limit * 5, 25)``); a larger limit
    # scores more of them and may find another best
    for query in queries:
        best = kb._search(query, 5, 60.0)[:1]
        assert kb._search(query, 1, 60.0) == best, query
        assert kb._search(query, 2, 60.0)[:1] == best, query


def test_romanise_word_remembers_exactly_what_it_would_compute() -> None:
    kb = KnowledgeBase.build([Actor("p1", "PER", "Ram Prasad", aliases=("राम प्रसाद",))])
    kb.speller = NameSpeller.from_counts([("Sunil", 40), ("Kapoor", 30)])
    words = ["सुनील", "कपूर", "झुनझुनवाला", "सुनील"]
    first = [kb.romanise_word(w) for w in words]
    assert first == [kb._romanise(w) for w in words]
    assert kb._romanise_memo[2]["झुनझुनवाला"] == first[2]
    # another speller: the memo made with the old one is not read
    kb.speller = NameSpeller.from_counts([("Suneel", 90)])
    assert kb.romanise_word("सुनील") == kb._romanise("सुनील")
    assert kb._romanise_memo[1] is kb.speller
