"""Checks after the pipeline: say what was given and could not be used, instead of dropping it.

Only appends to ``Document.warnings``; nothing an earlier stage produced is changed.
"""

from __future__ import annotations

from khabar.model import Document
from khabar.stages.metadata import MetadataStage


class InputChecksStage:
    """Warns when the publication date a reader or caller gave could not be read (and so was not used)."""

    name = "checks"
    requires = frozenset({"hint_published", "warnings", "published_basis"})
    assigns = frozenset({"warnings"})

    def __init__(self, metadata: MetadataStage) -> None:
        self.metadata = metadata

    def __call__(self, doc: Document) -> Document:
        hint = doc.hint_published
        if hint and self.metadata.parse_hint(hint, doc.hint_published_basis or "reader") is None:
            doc.warnings.append(
                f"publication date {hint!r} could not be read as a date; ignored"
                + (f" (the date used comes from the {doc.published_basis})" if doc.published_basis else "")
            )
        return doc
