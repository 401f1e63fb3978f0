"""Shared by the quote tests: one extractor and quote stage per run, and a document cleaned and
segmented by the pipeline whose entities are given by hand (so a test checks the quote stage alone)."""

from __future__ import annotations

import re
from functools import cache

from khabar.api import Extractor
from khabar.model import Document, Entity, Mention
from khabar.stages.quotes.stage import QuoteStage


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
