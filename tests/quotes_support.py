"""Shared by the quote tests: one extractor and quote stage per run, and a document cleaned and
segmented by the pipeline whose entities are given by hand (so a test checks the quote stage alone)."""

from __future__ import annotations

import re
from functools import cache

from khabar.api import Extractor
from khabar.model import Document, Entity, Mention
from khabar.stages.quotes.stage import QuoteStage, find_marked, load_quote_rules


@cache
def quote_extractor() -> Extractor:
    return Extractor()


@cache
def quote_stage() -> QuoteStage:
    return QuoteStage(quote_extractor().resources.packs)


def doc_with_entities(text: str, lang: str, names: dict[str, tuple[str, str]] | None = None) -> Document:
    """Clean + segment ``text``; entities from ``names`` (surface form → (canonical name, type)), longest
    surface forms first, each occurrence not inside a longer one a mention."""
    doc = quote_extractor().extract(text, lang=lang)
    clean = doc.clean or ""
    entities: dict[str, Entity] = {}
    taken: list[tuple[int, int]] = []
    for surface, (name, kind) in sorted((names or {}).items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(re.escape(surface), clean):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            entity = entities.setdefault(
                name, Entity(id=name.lower().replace(" ", "_"), type=kind, name=name)
            )
            entity.mentions.append(Mention(m.start(), m.end(), surface))
    doc.entities = list(entities.values())
    return doc


def marked_contents(text: str, lang: str = "hi") -> list[str]:
    """The contents of the quotation marks the ``lang`` pack's rules find in ``text``."""
    rules = load_quote_rules(quote_extractor().resources.packs)[lang]
    return [text[m.content.start : m.content.end] for m in find_marked(text, rules)]


def quotes_found(
    text: str, lang: str, names: dict[str, tuple[str, str]]
) -> list[tuple[str | None, str, bool]]:
    """(speaker name, quoted text, direct) of each quote the stage finds, entities given by ``names``."""
    doc = quote_stage()(doc_with_entities(text, lang, names))
    by_id = {e.id: e.name for e in doc.entities or []}
    clean = doc.clean or ""
    return [(by_id.get(q.speaker or ""), clean[q.start : q.end], q.direct) for q in doc.quotes or []]
