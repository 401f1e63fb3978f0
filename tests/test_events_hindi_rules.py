"""Hindi event finder rules: light verbs that belong to another noun, locatives of another clause."""

from __future__ import annotations

from khabar.model import Entity, Mention, Span
from khabar.stages.events.common import Candidate, MentionIndex
from khabar.stages.events.pattern import HindiEventFinder

KNOWN = {
    "मर्केल": ("merkel", "PER", "DEU"),
    "चीन": ("chn", "GPE", "CHN"),
    "नेतन्याहू": ("netanyahu", "PER", "ISR"),
    "हमास": ("hamas", "ORG", "PSE"),
    "गाजा": ("gaza", "GPE", "PSE"),
    "विदेश मंत्रालय": ("mea", "ORG", "IND"),
    "हांगचो": ("hangzhou", "GPE", "CHN"),
    "शी": ("xi", "PER", "CHN"),
}


def _find(hi_finder: HindiEventFinder, text: str) -> list[Candidate]:
    entities = []
    for name, (id_, type_, country) in KNOWN.items():
        at = text.find(name)
        if at >= 0:
            entities.append(Entity(id_, type_, name, [Mention(at, at + len(name), name)], country=country))
    return hi_finder.find(text, Span(0, len(text)), 0, MentionIndex(entities))


def test_a_light_verb_after_a_genitive_belongs_to_the_next_noun(hi_finder: HindiEventFinder) -> None:
    # "she awaits China's support": no act of support by her
    text = "वे अगले वर्ष चीन के समर्थन की प्रतीक्षा करती हैं।"
    assert not [c for c in _find(hi_finder, text) if c.cameo.startswith("05")]
    assert [c.cameo for c in _find(hi_finder, "मर्केल ने चीन का समर्थन किया।")] == ["051"]


def test_a_noun_in_a_postpositional_phrase_has_no_light_verb(hi_finder: HindiEventFinder) -> None:
    text = "विदेश मंत्रालय ने कहा कि वह वार्ता के दौरान हुई प्रगति की सराहना करता है।"
    assert not [c for c in _find(hi_finder, text) if c.cameo.startswith("04")]


def test_locative_of_another_clause_is_not_the_place(hi_finder: HindiEventFinder) -> None:
    text = "नेतन्याहू ने कहा कि यदि हमास गाजा में रखे गए बंधकों को वापस नहीं करता है, तो युद्धविराम समाप्त कर दिया जाएगा।"
    candidates = _find(hi_finder, text)
    assert candidates and all(c.location is None for c in candidates)
    meeting = _find(hi_finder, "शी ने 5 सितंबर को हांगचो में मर्केल के साथ भेंट की।")
    assert [c.location for c in meeting] == ["hangzhou"]
