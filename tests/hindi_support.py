"""Shared by the Hindi end-to-end tests: run the pipeline on a passage and check that every mention
slices the clean text exactly."""

from __future__ import annotations

from typing import Any

from khabar.api import Extractor
from khabar.model import Document
from khabar.output import to_contract


def extract_checked(extractor: Extractor, text: str, published: str) -> Document:
    doc = extractor.extract(text, lang="hi", published=published)
    assert doc.mentions is not None and doc.entities is not None
    for mention in doc.mentions:
        assert doc.clean[mention.start : mention.end] == mention.text
    for entity in doc.entities:
        for mention in entity.mentions:
            assert doc.clean[mention.start : mention.end] == mention.text
    return doc


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
