"""The stage contract and the offset map that every span relies on."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from khabar.errors import PipelineError
from khabar.model import Document, OffsetMap
from khabar.pipeline import Pipeline


@dataclass
class FakeStage:
    name: str
    requires: frozenset[str]
    assigns: frozenset[str]

    def __call__(self, doc: Document) -> Document:
        if "clean" in self.assigns:
            doc.clean = doc.raw.upper()
        return doc


def test_pipeline_runs_stages_in_order_when_requirements_are_met() -> None:
    pipeline = Pipeline(
        [
            FakeStage("clean", frozenset({"raw"}), frozenset({"clean"})),
            FakeStage("lang", frozenset({"clean"}), frozenset({"lang"})),
        ]
    )
    assert pipeline.names == ["clean", "lang"]
    assert pipeline(Document(id="x", raw="abc")).clean == "ABC"


def test_missing_requirement_is_reported_at_build_time() -> None:
    with pytest.raises(PipelineError, match=r"stage 'lang' requires \['clean'\]"):
        Pipeline([FakeStage("lang", frozenset({"clean"}), frozenset({"lang"}))])


def test_unknown_field_is_reported() -> None:
    with pytest.raises(PipelineError, match="unknown Document fields"):
        Pipeline([FakeStage("typo", frozenset({"raw"}), frozenset({"cleen"}))])


def test_offset_map_maps_every_kept_character_back() -> None:
    raw = "abc[ad]def\nXYZ"
    kept = [(0, 3), (7, 10), (10, 11), (11, 14)]
    offsets = OffsetMap.from_kept(kept)
    clean = "".join(raw[s:e] for s, e in kept)
    assert clean == "abcdef\nXYZ"
    assert all(raw[offsets.to_raw(i)] == clean[i] for i in range(len(clean)))
    assert len(offsets.lengths) == 2  # adjacent pieces merged
    assert offsets.span_to_raw(2, 5) == (2, 9)  # crosses the removed "[ad]"
    assert offsets.to_raw(len(clean)) == len(raw)
    with pytest.raises(IndexError):
        offsets.to_raw(len(clean) + 1)


def test_empty_offset_map() -> None:
    offsets = OffsetMap.from_kept([])
    assert offsets.clean_length == 0 and offsets.to_raw(0) == 0
