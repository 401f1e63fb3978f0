"""The prune stage: drops the entities that are loose groups of people named only by their kind and
country ("भारतीय छात्रों" → Indian Students, "जनता" → Indian Public), and the people named only by an
office nobody could be found to hold ("कांग्रेस के सांसद" → Member of Parliament of the Indian National
Congress), unless an event or a quote involves them.

Such a group (``EntityMention.generic``, set by the mention finder) is an actor of the story only when
it does something or says something ("छात्रों ने प्रदर्शन किया"); elsewhere ("लोगों की मौत", "जनता के
लिए") it is a description, not an actor an analyst would look up. Institutions (police, army,
militants: the kinds of kb/data/agents.toml), groups with a name of their own and the people of a named
person ("मोदी के समर्थकों") are never generic and always kept. The same holds for a person known only by
a title (every mention a title-only one, no knowledge-base person behind it): "तेलगूदेशम पार्टी के
विधायक भी पहुंचे" names nobody an analyst could look up; the office-holder a title resolves to is a
named person (``kb_id``) and is kept. The events and quotes keep their entity ids: only entities nothing
refers to are dropped.
"""

from __future__ import annotations

from khabar.langpacks import LanguagePacks
from khabar.model import Document, Entity
from khabar.stages.mentions.finder import TITLE_ONLY

GROUP = "group"  # EntityMention.finder of a collective actor


class PruneStage:
    """Also types a loose group of individuals (protesters, villagers, the accused of a case) as
    people (PER), as the gold and analysts do, once events and quotes no longer read the type (the
    pronoun "he" looks for a person; a crowd is none): the language pack's ``[groups]
    individual_groups`` lists their nouns."""

    name = "prune"
    requires = frozenset({"mentions", "entities", "quotes", "events"})
    assigns = frozenset({"entities"})

    def __init__(self, packs: LanguagePacks | None = None) -> None:
        self._individuals: dict[str, frozenset[str]] = {}
        for pack in packs or []:
            words = pack.section("mentions").get("groups", {}).get("individual_groups", [])
            if words:
                self._individuals[pack.code] = frozenset(w.casefold() for w in words)

    def __call__(self, doc: Document) -> Document:
        mentions = doc.mentions or []
        generic = {(m.start, m.end) for m in mentions if m.generic}
        titles = {(m.start, m.end) for m in mentions if m.finder == TITLE_ONLY and m.type == "PER"}
        if not (generic or titles) or not doc.entities:
            return doc
        used = {q.speaker for q in doc.quotes or []}
        used |= {e.source for e in doc.events or []} | {e.target for e in doc.events or []}
        doc.entities = [
            e
            for e in doc.entities
            if e.id in used or not (_only_of(e, generic) or _title_only_person(e, titles))
        ]
        individuals = self._individuals.get(doc.lang or "")
        if individuals:
            heads = {
                (m.start, m.end): m.text.rsplit(" ", 1)[-1].casefold()
                for m in doc.mentions or []
                if m.generic and m.finder == GROUP
            }
            for entity in doc.entities:
                words = {heads.get((m.start, m.end)) for m in entity.mentions}
                if entity.type == "ORG" and entity.mentions and words <= individuals:
                    entity.type = "PER"
        return doc


def _only_of(entity: Entity, spans: set[tuple[int, int]]) -> bool:
    """Every mention of the entity is one of ``spans``."""
    return bool(entity.mentions) and all((m.start, m.end) in spans for m in entity.mentions)


def _title_only_person(entity: Entity, titles: set[tuple[int, int]]) -> bool:
    """A person named by titles alone, whom the knowledge base does not know."""
    return entity.type == "PER" and entity.kb_id is None and _only_of(entity, titles)
