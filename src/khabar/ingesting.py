"""Ingesting into a store that other processes use too: skip what is stored, write in short visits.

Used by ``khabar ingest`` and ``khabar watch``. The store is opened only to look up a chunk of input
hashes (read-only) and to write a batch (read-write), never for the whole run, so ``khabar serve`` and
the CLI's read commands can use the same file meanwhile (see :mod:`khabar.store.locking`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from khabar.incremental import stamp
from khabar.model import Document, ItemError
from khabar.store import Store, WriteResult

# How long a writer waits for readers (the server answering a request) before giving up
# (seconds; KHABAR_LOCK_WAIT overrides it).
WRITE_LOCK_WAIT = float(os.environ.get("KHABAR_LOCK_WAIT", "60"))
LOOKUP_CHUNK = 64


def prepare_store(db: str) -> None:
    """Create the store (or check and upgrade its schema) now, so a bad file fails before any work."""
    with Store(db, lock_wait=WRITE_LOCK_WAIT):
        pass


def unchanged_in_store(db: str, docs: Sequence[Document]) -> set[int]:
    """Indexes of ``docs`` whose input the store already holds (see :meth:`Store.unchanged`)."""
    for doc in docs:
        stamp(doc)
    if not docs or not Path(db).exists():
        return set()
    with Store(db, read_only=True, lock_wait=WRITE_LOCK_WAIT) as store:
        return store.unchanged(docs)


def skip_stored(
    items: Iterable[Document | ItemError],
    db: str,
    *,
    force: bool = False,
    on_skip: Callable[[Document], None] | None = None,
    chunk: int = LOOKUP_CHUNK,
) -> Iterator[Document | ItemError]:
    """Pass on the items (in order) except documents the store already holds unchanged: those cost
    a hash and a lookup, not a pipeline run; ``on_skip`` hears about each. ``force`` passes all."""
    iterator = iter(items)
    while batch := list(islice(iterator, chunk)):
        docs = [item for item in batch if isinstance(item, Document)]
        known = set() if force else unchanged_in_store(db, docs)
        skipped = {id(docs[i]) for i in known}
        for item in batch:
            if isinstance(item, Document) and id(item) in skipped:
                if on_skip is not None:
                    on_skip(item)
                continue
            if isinstance(item, Document):
                stamp(item)
            yield item


def write_documents(
    db: str, docs: Sequence[Document], errors: Sequence[tuple[str, str]] = (), *, force: bool = False
) -> WriteResult:
    """Store a batch and record item errors (and the duplicates the write found) in one short
    read-write visit."""
    with Store(db, lock_wait=WRITE_LOCK_WAIT) as store:
        result = store.write(docs, force=force) if docs else WriteResult()
        store.record_errors([*errors, *result.failed, *result.duplicates])
    return result


__all__ = ["prepare_store", "skip_stored", "unchanged_in_store", "write_documents"]
