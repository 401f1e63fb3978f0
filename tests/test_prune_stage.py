"""The prune stage keeps a generic group of people (``EntityMention.generic``) only when an event or a
quote refers to it; every other entity is kept as it is."""

from __future__ import annotations

from khabar.model import Document, Entity, EntityMention, Event, Mention, Quote, Span
from khabar.stages.prune import PruneStage


def _entity(entity_id: str, start: int, text: str) -> Entity:
    return Entity(entity_id, "ORG", text, mentions=[Mention(start, start + len(text), text)])


def _doc(events: list[Event], quotes: list[Quote]) -> Document:
    # "किसानों के लिए … शिक्षकों ने … पत्रकारों ने कहा … पुलिस": three generic groups, one institution
    doc = Document(id="t", raw="")
    doc.mentions = [
        EntityMention(start, start + len(text), text, generic=start < 60)
        for start, text in [(0, "किसानों"), (20, "शिक्षकों"), (40, "पत्रकारों"), (60, "पुलिस")]
    ]
    doc.entities = [
        _entity("e1", 0, "किसानों"),
        _entity("e2", 20, "शिक्षकों"),
        _entity("e3", 40, "पत्रकारों"),
        _entity("e4", 60, "पुलिस"),
    ]
    doc.events, doc.quotes = events, quotes
    return doc


def test_only_the_generic_groups_nothing_refers_to_are_dropped() -> None:
    protest = Event("141", None, None, None, source="e2", target=None, trigger=Span(30, 35), sentence=0)
    said = Quote(50, 58, speaker="e3", direct=False)
    doc = PruneStage()(_doc([protest], [said]))
    assert [e.id for e in doc.entities or []] == ["e2", "e3", "e4"]


def test_a_generic_group_as_target_is_kept() -> None:
    met = Event("040", None, None, None, source="e4", target="e1", trigger=Span(67, 70), sentence=0)
    doc = PruneStage()(_doc([met], []))
    assert [e.id for e in doc.entities or []] == ["e1", "e4"]
