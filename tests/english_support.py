"""Shared by the English end-to-end actor tests: find the entity a piece of text belongs to."""

from __future__ import annotations

from typing import Any


def entity_written(doc: Any, text: str) -> Any:
    """The entity with a mention written exactly ``text`` in the clean text."""
    for entity in doc.entities:
        if any((doc.clean or "")[m.start : m.end] == text for m in entity.mentions):
            return entity
    raise AssertionError(f"no entity written {text!r}: {[e.name for e in doc.entities]}")


def events_with_status(extractor: Any, text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(PLOVER type, source name, target name, status) of each event of the English ``text``."""
    doc = extractor.extract(text, lang="en", id="t")
    names = {e.id: e.name for e in doc.entities}
    return [
        (e.plover or "", names.get(e.source or ""), names.get(e.target or ""), e.status) for e in doc.events
    ]
