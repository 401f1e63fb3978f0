"""English event actors on unseen Indian news (session 13, enactors): a town that only modifies an
event noun ("the Nagpur riots") names where it happened, never who did it (real pipeline)."""

from __future__ import annotations

import pytest

from english_support import events_with_status as _events
from khabar.api import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "The Meerut riots were discussed in the Rajya Sabha on Monday.",
        "The Kanpur protests against the fare hike spread to other towns.",
    ],
)
def test_a_town_modifying_an_event_noun_is_not_its_doer(extractor: Extractor, text: str) -> None:
    sources = [e[1] for e in _events(extractor, text)]
    assert "Meerut" not in sources and "Kanpur" not in sources


def test_the_body_that_protests_in_a_town_still_acts(extractor: Extractor) -> None:
    protest = _events(extractor, "The Congress staged a protest in Meerut against the fare hike.")
    assert ("PROTEST", "Indian National Congress") in [e[:2] for e in protest]
