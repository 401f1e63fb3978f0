"""Hindi judgement and speech-act events (session 10, hievents16): each stated criticism is an act."""

from __future__ import annotations

import pytest

from events_support import build_entities
from khabar.codes import CodeTables
from khabar.langpacks import load_language_packs
from khabar.model import Document, Event, Sentence
from khabar.stages.events.stage import EventStage


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage(load_language_packs(), codes=CodeTables.load())


def _events(stage: EventStage, sentences: list[str], names: list[tuple[str, str, list[str]]]) -> list[Event]:
    text = " ".join(sentences)
    doc = Document(id="t", raw=text, clean=text, lang="hi")
    doc.sentences, at = [], 0
    for sentence in sentences:
        doc.sentences.append(Sentence(at, at + len(sentence)))
        at += len(sentence) + 1
    doc.entities = build_entities(text, names)
    doc.dates = []
    stage(doc)
    return doc.events or []


NAMES = [("SENA", "ORG", ["शिवसेना"]), ("BJP", "ORG", ["भाजपा"]), ("TEACHER", "PER", ["सुरेश वर्मा"])]


def test_two_criticisms_in_two_sentences_are_two_events(stage: EventStage) -> None:
    # the party criticised the BJP over prices, and later voiced anger at it over the alliance: two acts
    events = _events(
        stage,
        [
            "शिवसेना ने महंगाई को लेकर भाजपा की आलोचना की थी.",
            "शिवसेना गठबंधन के मुद्दे पर भाजपा के ख़िलाफ़ नाराज़गी भी व्यक्त कर चुकी है.",
        ],
        NAMES,
    )
    criticisms = [e for e in events if e.cameo.startswith("11")]
    assert len(criticisms) == 2
    assert {e.sentence for e in criticisms} == {0, 1}


def test_a_restated_accusation_missing_an_actor_stays_one_event(stage: EventStage) -> None:
    # the second sentence retells the accusation without its accuser: evidence of the first
    events = _events(
        stage,
        [
            "भाजपा ने सुरेश वर्मा पर रिश्वत लेने का आरोप लगाया.",
            "सुरेश वर्मा पर ये आरोप पिछले साल भी लगा था.",
        ],
        NAMES,
    )
    accusations = [e for e in events if e.cameo.startswith("11")]
    assert len(accusations) == 1


PEOPLE = [
    ("YADAV", "PER", ["रमेश यादव"]),
    ("VERMA", "PER", ["सुरेश वर्मा"]),
    ("LAL", "PER", ["मोहन लाल"]),
    ("BJP", "ORG", ["भाजपा"]),
]


def _actors(events: list[Event], code: str) -> set[tuple[str | None, str | None]]:
    name = {f"e{i}": canonical for i, (canonical, _, _) in enumerate(PEOPLE)}
    return {(name.get(e.source or ""), name.get(e.target or "")) for e in events if e.cameo.startswith(code)}


def test_each_name_listed_before_samet_is_accused(stage: EventStage) -> None:
    # a list closed by समेत ("A, B and C, among 12 policemen"), one conjunct described by a post it held
    events = _events(
        stage,
        [
            "ज़िला प्रमुख रमेश यादव, डीआईजी सुरेश वर्मा, उस समय थाना प्रभारी रहे मोहन लाल समेत"
            " 12 पुलिसकर्मियों पर सबूत मिटाने का आरोप है."
        ],
        PEOPLE,
    )
    assert _actors(events, "112") == {(None, "YADAV"), (None, "VERMA"), (None, "LAL")}


def test_each_name_listed_before_sahit_is_an_agent(stage: EventStage) -> None:
    events = _events(stage, ["रमेश यादव, सुरेश वर्मा सहित कई नेताओं ने भाजपा की आलोचना की."], PEOPLE)
    assert _actors(events, "111") == {("YADAV", "BJP"), ("VERMA", "BJP")}
