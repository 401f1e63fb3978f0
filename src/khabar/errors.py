"""Typed errors. Library code raises these; only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class KhabarError(Exception):
    """Base class for every error khabar raises on purpose."""


class InputError(KhabarError):
    """One input item (file, JSONL line, URL) cannot be read; the batch goes on without it."""

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.message = message


class PipelineError(KhabarError):
    """The pipeline is wired wrongly (a stage needs a field that no earlier stage assigns)."""


class LanguagePackError(KhabarError):
    """A language pack's data files are missing or malformed."""


class StoreError(KhabarError):
    """The store cannot be opened or written (e.g. a schema version that needs rebuilding)."""


class KnowledgeBaseError(KhabarError):
    """An actor file (built-in or user-supplied) is malformed; ``problems`` lists every error found."""

    def __init__(self, origin: str, problems: list[str]) -> None:
        super().__init__(f"{origin}: " + "; ".join(problems) if problems else origin)
        self.origin = origin
        self.problems = problems
