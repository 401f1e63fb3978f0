"""Shared by the Hindi end-to-end tests: run the pipeline on a passage and check that every mention
slices the clean text exactly."""

from __future__ import annotations

from khabar.api import Extractor
from khabar.model import Document


def extract_checked(extractor: Extractor, text: str, published: str) -> Document:
    doc = extractor.extract(text, lang="hi", published=published)
    assert doc.mentions is not None and doc.entities is not None
    for mention in doc.mentions:
        assert doc.clean[mention.start : mention.end] == mention.text
    for entity in doc.entities:
        for mention in entity.mentions:
            assert doc.clean[mention.start : mention.end] == mention.text
    return doc
