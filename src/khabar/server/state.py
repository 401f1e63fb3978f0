"""What one server process holds: access to the store, the search index, the pipeline, and locks.

DuckDB lets one process write a file or many processes read it, never both. So that ``khabar
events``, ``khabar ingest`` and the other commands can use the store while the server runs, the server
does not hold the file: requests share one read-only connection that is opened on demand and closed
once no request has used it for ``linger`` seconds; each request gets its own cursor of it. A write
(``POST /api/articles``) waits for the requests in flight, opens the file read-write for that one
batch and closes it. Opening waits for another process's lock (an ingest writing a batch) with a
short backoff and then answers 503 with a message saying what holds the store.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from khabar.errors import KhabarError
from khabar.server.search import ArticleIndex
from khabar.store import Store, WriteResult
from khabar.store.locking import connect

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


# Run once at start-up so that the first request finds every lazily built table warm (any language
# without a pack just comes out unsupported).
_WARM_UP_TEXTS = (
    "नई दिल्ली, 12 नवंबर 2024: विदेश मंत्री ने कहा कि भारत और रूस बातचीत करेंगे।",
    "MOSCOW, Nov 12, 2024: Russia's foreign minister met China's top diplomat, officials said.",
)


class ServerState:
    def __init__(
        self,
        db_path: str | Path,
        resources: Resources | None = None,
        *,
        read_only: bool = False,
        index_path: str | Path | None = None,
        linger: float = 0.5,
        lock_wait: float = 10.0,
    ) -> None:
        self.db_path = str(db_path)
        self.read_only = read_only
        self.linger = linger
        self.lock_wait = lock_wait
        # Create the store (or check and upgrade its schema) now; then let go of it.
        Store(db_path, read_only=read_only, lock_wait=lock_wait).close()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._users = 0
        self._writing = False
        self._idle_since = time.monotonic()
        self._state = threading.Condition()
        self._closer: threading.Thread | None = None
        self._closed = False
        self.write_lock = threading.Lock()
        self._analyze_lock = threading.Lock()
        self._load_lock = threading.Lock()
        self._resources = resources
        self._extractor: Extractor | None = None
        self._index_mark: tuple[Any, ...] | None = None
        self.index = ArticleIndex(index_path or default_index_path(db_path))
        self.sync_index()

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
        """Load the knowledge base and the pipeline now, and run it once per language pack, so
        that the first request does not pay for lazily built tables and models."""
        from khabar.model import Document

        extractor = self.extractor
        for index, text in enumerate(_WARM_UP_TEXTS):
            extractor.process(Document(id=f"warm-{index}", raw=text, origin="<warm-up>"))

    # -- reading -------------------------------------------------------------------------------------
    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of the shared read-only connection (opened when needed)."""
        with self._state:
            while self._writing:
                self._state.wait()
            if self._con is None:
                self._con = connect(self.db_path, read_only=True, wait=self.lock_wait)
                self._start_closer()
            self._users += 1
            cursor = self._con.cursor()
        try:
            yield cursor
        finally:
            cursor.close()
            with self._state:
                self._users -= 1
                self._idle_since = time.monotonic()
                self._state.notify_all()

    def _start_closer(self) -> None:
        if self._closer is None or not self._closer.is_alive():
            self._closer = threading.Thread(target=self._close_when_idle, name="khabar-store", daemon=True)
            self._closer.start()

    def _close_when_idle(self) -> None:
        with self._state:
            while self._con is not None and not self._closed:
                idle = time.monotonic() - self._idle_since
                if self._users == 0 and idle >= self.linger:
                    self._release()
                    return
                self._state.wait(timeout=max(self.linger - idle, 0.05))

    def _release(self) -> None:
        """Close the shared connection (caller holds ``_state`` and no request uses it)."""
        if self._con is not None:
            self._con.close()
            self._con = None

    @property
    def holds_store(self) -> bool:
        """Whether the server has the store file open right now (for tests and diagnostics)."""
        with self._state:
            return self._con is not None

    def sync_index(self, ids: Sequence[str] | None = None) -> None:
        """Bring the search index up to date with the store (cheap when nothing changed: articles
        ingested by another process are picked up on the next search)."""
        with self.write_lock, self.cursor() as cursor:
            if ids is not None:
                self.index.sync(cursor, ids)
                return
            mark = cursor.execute("SELECT count(*), max(ingested_at), max(id) FROM articles").fetchone()
            if mark != self._index_mark:
                self.index.sync(cursor)
                self._index_mark = mark

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
            with self._state:
                self._writing = True
                while self._users:
                    self._state.wait()
                self._release()
            try:
                with Store(self.db_path, lock_wait=self.lock_wait) as store:
                    result = store.write(docs)
            finally:
                with self._state:
                    self._writing = False
                    self._state.notify_all()
        if result.stored:
            self.sync_index(result.stored)
        return result

    def close(self) -> None:
        with self._state:
            self._closed = True
            while self._users:
                self._state.wait()
            self._release()
            self._state.notify_all()
