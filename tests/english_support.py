"""Shared by the English end-to-end actor tests: find the entity a piece of text belongs to."""

from __future__ import annotations

from typing import Any


def entity_written(doc: Any, text: str) -> Any:
    """The entity with a mention written exactly ``text`` in the clean text."""
    for entity in doc.entities:
        if any((doc.clean or "")[m.start : m.end] == text for m in entity.mentions):
            return entity
    raise AssertionError(f"no entity written {text!r}: {[e.name for e in doc.entities]}")
