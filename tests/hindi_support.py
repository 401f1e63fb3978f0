"""Shared by the Hindi tests: run the pipeline on a passage and check that every mention slices the
clean text exactly; run the Hindi event finder alone with given names as entities."""

from __future__ import annotations

import re
from typing import Any

from khabar.api import Extractor
from khabar.model import Document, Entity, Mention, Span
from khabar.output import to_contract
from khabar.stages.events.common import Candidate, MentionIndex
from khabar.stages.events.pattern import HindiEventFinder


def extract_checked(extractor: Extractor, text: str, published: str) -> Document:
    doc = extractor.extract(text, lang="hi", published=published)
    assert doc.mentions is not None and doc.entities is not None
    for mention in doc.mentions:
        assert doc.clean[mention.start : mention.end] == mention.text
    for entity in doc.entities:
        for mention in entity.mentions:
            assert doc.clean[mention.start : mention.end] == mention.text
    return doc


def mention_texts(extractor: Extractor, text: str, kind: str) -> list[str]:
    """The texts of the passage's mentions of one type (checked as :func:`extract_checked` checks them)."""
    doc = extract_checked(extractor, text, "2015-03-01")
    return [m.text for m in doc.mentions or [] if m.type == kind]


def entity_name_types(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    """The (name, type) of every entity of the passage (offsets checked as :func:`extract_checked` does)."""
    doc = extract_checked(extractor, text, "2015-03-01")
    return {(e.name, e.type) for e in doc.entities or []}


def contract_checked(extractor: Extractor, text: str, published: str | None = None) -> dict[str, Any]:
    """The output contract of a passage, with every entity, quote and trigger span inside its text."""
    out = to_contract(extractor.extract(text, lang="hi", published=published))
    clean = out["text"]
    for entity in out["entities"]:
        for m in entity["mentions"]:
            assert clean[m["start"] : m["end"]] == m["text"]
    for q in out["quotes"]:
        assert 0 <= q["start"] < q["end"] <= len(clean)
    for e in out["events"]:
        assert 0 <= e["trigger"]["start"] < e["trigger"]["end"] <= len(clean)
    return out


KnownNames = dict[str, tuple[str, str]] | dict[str, tuple[str, str, str]]


def find_events(hi_finder: HindiEventFinder, text: str, known: KnownNames) -> list[Candidate]:
    """Event candidates of ``text``, its sentences cut at । and ., with every occurrence of a ``known``
    name (name → (entity id, type) or (entity id, type, country)) an entity (of India when no country
    is given)."""
    entities = []
    for name, (id_, type_, *country) in known.items():
        mentions = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
        if mentions:
            entities.append(Entity(id_, type_, name, mentions, country=country[0] if country else "IND"))
    spans = [(i, Span(m.start(), m.end())) for i, m in enumerate(re.finditer(r"[^।.]+[।.]?[\"”]?", text))]
    return hi_finder.find_all(text, spans, MentionIndex(entities))


def actor_pairs(candidates: list[Candidate], root: str) -> set[tuple[str | None, str | None]]:
    """(source, target) ids of the candidates whose CAMEO code starts with ``root`` (None: empty slot)."""
    return {
        (s, t)
        for c in candidates
        if c.cameo.startswith(root)
        for s in (c.sources or [None])
        for t in (c.targets or [None])
    }
