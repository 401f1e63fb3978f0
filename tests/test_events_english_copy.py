"""English events in sport, film and market copy: an event needs a political actor there (real pipeline;
the word lists are ``[words] *_words`` and ``copy_actor_sectors`` of the English events pack)."""

from __future__ import annotations

import pytest

from khabar.api import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _events(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extractor.extract(text, lang="en", id="t")
    names = {e.id: e.name for e in doc.entities}
    return [(e.plover or "", names.get(e.source or ""), names.get(e.target or "")) for e in doc.events]


PLOT = "In the climax, Arjun Mehra shot Vikram Sood and fled to the mountains."
REVIEW = (
    "The new film stars the actor Rohan Kapoor opposite the actress Meera Joshi. "
    + PLOT
    + " The songs are forgettable and the movie drags in its second half."
)


def test_a_film_plot_codes_no_event(extractor: Extractor) -> None:
    assert _events(extractor, REVIEW) == []
    # the same sentence in a news story is an attack
    news = "Police said that " + PLOT[len("In the climax, ") :]
    assert [e[0] for e in _events(extractor, news)] == ["ASSAULT"]


def test_a_politician_in_film_copy_keeps_the_event(extractor: Extractor) -> None:
    text = REVIEW + " Prime Minister Narendra Modi praised the film's director Kiran Rao."
    assert [e[:2] for e in _events(extractor, text)] == [("SUPPORT", "Narendra Modi")]


def test_countries_in_a_match_report_are_teams(extractor: Extractor) -> None:
    report = (
        "Bangladesh beat India by six wickets in the second ODI at Dhaka. "
        "The Bangladesh bowlers restricted the Indian batsmen to 186 runs."
    )
    assert [e for e in _events(extractor, report) if e[0] in ("ASSAULT", "COERCE")] == []
    # outside the match's sentences a country is still a state, and a minister a political actor
    report += " India protested to Bangladesh over the treatment of its fans."
    assert [e[:3] for e in _events(extractor, report)] == [("PROTEST", "India", "Bangladesh")]


def test_a_passing_word_of_sport_makes_no_copy(extractor: Extractor) -> None:
    text = (
        "Wrestlers protested at Jantar Mantar against Brij Bhushan Sharan Singh. "
        "Ravi Dahiya accused Vinod Tomar of harassment."
    )
    assert ("ACCUSE", "Ravi Dahiya", "Vinod Tomar") in _events(extractor, text)
