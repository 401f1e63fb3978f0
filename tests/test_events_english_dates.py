"""Dates of English events: perfect tenses take no story date, a relative clause's date is its own
verb's, "this evening" is today and a bare "earlier" names no day (khabar.stages.events.dependency,
khabar.stages.events.coding, langpacks/en/dates.toml)."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2024-03-07"  # a Thursday


def _dated(extractor: Any, text: str) -> dict[str, tuple[str | None, str]]:
    """Trigger word → (date, status) of each event."""
    doc = extractor.extract(text, lang="en", id="t", published=PUBLISHED)
    return {doc.clean[e.trigger.start : e.trigger.end]: (e.date, e.status) for e in doc.events}


def test_simple_past_takes_the_story_date_but_a_present_perfect_does_not(extractor: Any) -> None:
    events = _dated(
        extractor,
        "Police arrested Ravi Kumar in Lucknow on Tuesday. "
        "The Samajwadi Party condemned the Uttar Pradesh government. "
        "The Congress has criticised the Uttar Pradesh government.",
    )
    assert events["arrested"][0] == "2024-03-05"
    assert events["condemned"][0] == "2024-03-05"
    assert events["criticised"][0] is None


def test_past_perfect_is_a_flashback_unless_reported(extractor: Any) -> None:
    events = _dated(
        extractor,
        "Police arrested Ravi Kumar in Lucknow on Tuesday. "
        "The Samajwadi Party had condemned the Uttar Pradesh government. "
        "Akhilesh Yadav said the police had arrested Suresh Pal.",
    )
    assert events["condemned"][0] is None
    # "said … had arrested": the speaker's past shifted back, part of the episode
    assert events["arrested"][0] == "2024-03-05"


def test_a_date_in_a_relative_clause_belongs_to_its_own_verb(extractor: Any) -> None:
    events = _dated(
        extractor,
        "The Bombay High Court on Tuesday granted bail to Rona Wilson, who was arrested by the "
        "Pune Police in June 2018.",
    )
    assert events["bail"][0] == "2024-03-05"
    assert events["arrested"][0] == "2018-06"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Narendra Modi met Nawaz Sharif in Kathmandu this evening.", "2024-03-07"),
        ("Narendra Modi met Nawaz Sharif in Kathmandu earlier.", None),
    ],
)
def test_parts_of_today_and_a_bare_earlier(extractor: Any, sentence: str, expected: str | None) -> None:
    events = _dated(extractor, "Police arrested Ravi Kumar in Lucknow on Tuesday. " + sentence)
    assert events["met"][0] == expected


def test_a_relative_clause_on_the_event_word_dates_it(extractor: Any) -> None:
    events = _dated(
        extractor,
        "Police arrested Ravi Kumar in Lucknow on Tuesday. "
        "The Army said militants were killed in the assault that began on March 2 near Pulwama.",
    )
    assert events["killed"][0] == "2024-03-02"  # the killing happened in that assault


def test_a_date_in_the_triggers_own_relative_clause_is_its_date(extractor: Any) -> None:
    events = _dated(
        extractor,
        "Police arrested Ravi Kumar in Lucknow on Tuesday. "
        "Ravi Kumar, who met Akhilesh Yadav on March 1, was later released.",
    )
    assert events["met"][0] == "2024-03-01"
