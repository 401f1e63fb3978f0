"""What one server process holds: the store connection, the search index, the pipeline, and locks.

DuckDB allows one read-write connection per file and process. The server opens the store once and
gives every request its own cursor (``con.cursor()``: a connection to the same database), so readers
run concurrently with each other and with the single writer; writes (``POST /api/articles``) go
through :meth:`Store.write` one at a time under ``write_lock``.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from khabar.errors import KhabarError
from khabar.server.search import ArticleIndex
from khabar.store import Store, WriteResult

if TYPE_CHECKING:
    from khabar.api import Extractor
    from khabar.engine.budget import Budget
    from khabar.kb import KnowledgeBase
    from khabar.model import Document
    from khabar.resources import Resources


class ReadOnlyError(KhabarError):
    """A write was asked of a server that opened its store read-only."""


def default_index_path(db_path: str | Path) -> Path:
    """``<db>.fts.sqlite`` beside the store, or in the temp directory when that folder is not writable."""
    db = Path(db_path).resolve()
    beside = db.with_name(db.name + ".fts.sqlite")
    if beside.exists() or _writable(db.parent):
        return beside
    digest = hashlib.sha256(str(db).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"khabar-{digest}.fts.sqlite"


def _writable(folder: Path) -> bool:
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


class ServerState:
    def __init__(
        self,
        db_path: str | Path,
        resources: Resources | None = None,
        *,
        read_only: bool = False,
        index_path: str | Path | None = None,
    ) -> None:
        self.db_path = str(db_path)
        self.read_only = read_only
        self.store = Store(db_path, read_only=read_only)
        # Cursors are made from a connection of their own, never from the writer's.
        self._base = self.store.con.cursor()
        self._cursor_lock = threading.Lock()
        self.write_lock = threading.Lock()
        self._analyze_lock = threading.Lock()
        self._load_lock = threading.Lock()
        self._resources = resources
        self._extractor: Extractor | None = None
        self.index = ArticleIndex(index_path or default_index_path(db_path))
        with self.write_lock, self.cursor() as cursor:
            self.index.sync(cursor)

    # -- resources, loaded once on first use --------------------------------------------------------
    @property
    def resources(self) -> Resources:
        with self._load_lock:
            if self._resources is None:
                from khabar.resources import Resources

                self._resources = Resources.load()
            return self._resources

    @property
    def kb(self) -> KnowledgeBase:
        return self.resources.kb

    @property
    def extractor(self) -> Extractor:
        resources = self.resources
        with self._load_lock:
            if self._extractor is None:
                from khabar.api import Extractor

                self._extractor = Extractor(resources)
            return self._extractor

    def warm_up(self) -> None:
        """Load the knowledge base and the pipeline now rather than on the first request."""
        _ = self.extractor

    # -- reading -------------------------------------------------------------------------------------
    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._cursor_lock:
            cursor = self._base.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    # -- processing and writing ----------------------------------------------------------------------
    def process(self, doc: Document, budget: Budget | None = None) -> Document:
        """Run the pipeline (one document at a time: the stages share loaded models), within
        ``budget`` (size and time; :class:`~khabar.engine.budget.BudgetExceeded` when hit)."""
        from khabar.engine.budget import UNLIMITED, run_within

        extractor = self.extractor
        with self._analyze_lock:
            return run_within(extractor.process, doc, budget or UNLIMITED)

    def store_documents(self, docs: Sequence[Document]) -> WriteResult:
        if self.read_only:
            raise ReadOnlyError(f"{self.db_path} is open read-only; start the server without --read-only")
        with self.write_lock:
            result = self.store.write(docs)
            if result.stored:
                with self.cursor() as cursor:
                    self.index.sync(cursor, result.stored)
        return result

    def close(self) -> None:
        self._base.close()
        self.store.close()
