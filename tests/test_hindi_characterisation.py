"""Hindi characterisations as events (session 6, hievents7): "X ने Y को अवैध बताया" criticises Y,
"X ने Y को महान नेता / सच्चा दोस्त बताया / करार दिया" praises Y, only when an actor is characterised;
and a quoted name as the agent ("पत्रिका 'द इकनॉमिस्ट' ने"). Sentences written for these tests, run
through the whole pipeline."""

from __future__ import annotations

import pytest

from khabar.api import Extractor
from khabar.output import to_contract


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _events(extractor: Extractor, text: str) -> set[tuple[str, str | None, str | None]]:
    """(CAMEO code, source name, target name) of every event found in ``text``."""
    out = to_contract(extractor.extract(text, lang="hi"))
    names = {e["id"]: e["name"] for e in out["entities"]}
    return {(e["cameo"], names.get(e["source"]), names.get(e["target"])) for e in out["events"]}


def test_calling_an_actors_act_illegal_criticises_the_actor(extractor: Extractor) -> None:
    found = _events(extractor, "कांग्रेस ने भाजपा के फ़ैसले को असंवैधानिक बताया।")
    assert ("111", "Indian National Congress", "Bharatiya Janata Party") in found


def test_calling_a_thing_wrong_names_no_one_criticised(extractor: Extractor) -> None:
    found = _events(extractor, "कांग्रेस ने इस फ़ैसले को असंवैधानिक बताया।")
    assert not any(cameo == "111" for cameo, _, _ in found)


def test_calling_a_leader_a_true_friend_is_praise(extractor: Extractor) -> None:
    found = _events(extractor, "नरेंद्र मोदी ने व्लादिमीर पुतिन को भारत का सच्चा दोस्त बताया।")
    assert ("051", "Narendra Modi", "Vladimir Putin") in found


def test_a_quoted_name_is_the_agent(extractor: Extractor) -> None:
    text = "अमरीकी अख़बार 'न्यूयॉर्क टाइम्स' ने नरेंद्र मोदी को दुनिया का सबसे लोकप्रिय नेता करार दिया।"
    found = _events(extractor, text)
    assert any(cameo == "051" and target == "Narendra Modi" and source for cameo, source, target in found)


def test_calling_an_actor_responsible_accuses_it_but_not_a_thing(extractor: Extractor) -> None:
    found = _events(extractor, "कांग्रेस ने भाजपा को दंगों के लिए ज़िम्मेदार बताया।")
    assert ("112", "Indian National Congress", "Bharatiya Janata Party") in found
    found = _events(extractor, "कांग्रेस ने नई नीति को महंगाई के लिए ज़िम्मेदार बताया।")
    assert not any(cameo == "112" for cameo, _, _ in found)
