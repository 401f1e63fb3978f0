"""A per-article budget of size and time, the same for the CLI, both engines and the server.

Some stages grow faster than linearly with the article (actor finders, the linker), so one huge
article could hold a worker (or the server's analysis slot) for many minutes. An article over
``max_chars`` is refused before processing; one that is still being processed after ``seconds`` is
stopped. Either way the article becomes that item's error with a message saying which limit was hit
and how to raise it: it is never cut silently.

The time limit raises :class:`ArticleTimeout` inside the thread running the pipeline
(``PyThreadState_SetAsyncExc``), which works in the main thread of a pool worker and in the threads of
a Dask worker or the server alike. It derives from ``BaseException`` so that no stage's own
``except Exception`` can swallow it. Code running in C (a regular expression, a model) is
interrupted when it returns to Python.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from khabar.model import Document

DEFAULT_MAX_CHARS = 200_000
DEFAULT_SECONDS = 120.0


class ArticleTimeout(BaseException):  # a BaseException on purpose: see the module docstring
    """Raised inside the pipeline's thread when an article's time budget runs out."""


class BudgetExceeded(Exception):
    """An article is over its size or time budget; the message says which and how to raise it."""


@dataclass(frozen=True, slots=True)
class Budget:
    """Limits for processing one article; ``None`` means no limit."""

    max_chars: int | None = DEFAULT_MAX_CHARS
    seconds: float | None = DEFAULT_SECONDS

    def check_size(self, doc: Document) -> None:
        if self.max_chars is not None and len(doc.raw) > self.max_chars:
            raise BudgetExceeded(
                f"article too long ({len(doc.raw):,} characters; the limit is {self.max_chars:,}, "
                "set by --max-chars); not processed"
            )


UNLIMITED = Budget(max_chars=None, seconds=None)


class _Deadline:
    """Raises ArticleTimeout in one thread after ``seconds`` unless cancelled first."""

    def __init__(self, seconds: float) -> None:
        self.thread_id = threading.get_ident()
        self.lock = threading.Lock()
        self.active = True
        self.fired = False
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True

    def _fire(self) -> None:
        with self.lock:
            if self.active:
                self.fired = True
                _set_async_exc(self.thread_id, ArticleTimeout)

    def cancel(self) -> None:
        self.timer.cancel()
        with self.lock:
            self.active = False
            if self.fired:  # delivered already, or still pending: never let it escape later
                _set_async_exc(self.thread_id, None)


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in this thread if the block runs longer than ``seconds``."""
    if seconds is None:
        yield
        return
    deadline = _Deadline(seconds)
    deadline.timer.start()
    try:
        yield
    finally:
        deadline.cancel()


def run_within(
    pipeline: Callable[[Document], Document], doc: Document, budget: Budget, spent: float = 0.0
) -> Document:
    """``pipeline(doc)`` within the budget, of which ``spent`` seconds went to earlier stages of this
    article (an engine that runs the stages in parts); :class:`BudgetExceeded` when a limit is hit."""
    budget.check_size(doc)
    seconds = None if budget.seconds is None else max(budget.seconds - spent, 0.0)
    try:
        with time_limit(seconds):
            return pipeline(doc)
    except ArticleTimeout:
        raise BudgetExceeded(
            f"processing stopped after the time budget of {budget.seconds:g} s per article "
            f"(set by --article-timeout; the article has {len(doc.raw):,} characters)"
        ) from None


__all__ = [
    "DEFAULT_MAX_CHARS",
    "DEFAULT_SECONDS",
    "UNLIMITED",
    "ArticleTimeout",
    "Budget",
    "BudgetExceeded",
    "run_within",
    "time_limit",
]
