"""The stage contract and the pipeline that checks it.

A stage has a name, the ``Document`` fields it requires and the fields it assigns, and is called on
one document at a time. ``Pipeline`` verifies when it is built that every requirement is met by the
reader or an earlier stage, so a mis-wired pipeline fails at once with a message naming what is
missing, not halfway through a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Protocol, runtime_checkable

from khabar.errors import PipelineError
from khabar.model import Document

# Fields a reader fills before any stage runs.
READER_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "raw",
        "origin",
        "url",
        "title",
        "hint_published",
        "hint_published_basis",
        "hint_lang",
        "hint_outlet",
        "warnings",
    }
)
DOCUMENT_FIELDS: frozenset[str] = frozenset(f.name for f in fields(Document))


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: frozenset[str]
    assigns: frozenset[str]

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    """An ordered list of stages whose requirements were checked at construction."""

    def __init__(self, stages: Sequence[Stage], provided: Iterable[str] = READER_FIELDS) -> None:
        available = set(provided)
        for stage in stages:
            unknown = (stage.requires | stage.assigns) - DOCUMENT_FIELDS
            if unknown:
                raise PipelineError(f"stage {stage.name!r} names unknown Document fields: {sorted(unknown)}")
            missing = stage.requires - available
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {sorted(missing)}, which no earlier stage "
                    f"assigns (available: {sorted(available)})"
                )
            available |= stage.assigns
        self.stages: tuple[Stage, ...] = tuple(stages)
        self.assigns: frozenset[str] = frozenset(available)

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]
