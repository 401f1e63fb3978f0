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
    return look_up(db, docs)[0]


def look_up(db: str, docs: Sequence[Document]) -> tuple[set[int], dict[str, str]]:
    """In one read-only visit: the indexes of ``docs`` whose input the store holds unchanged, and
    the raw-text hashes of ``docs`` stored already, each with the (first) id holding it."""
    for doc in docs:
        stamp(doc)
    if not docs or not Path(db).exists():
        return set(), {}
    with Store(db, read_only=True, lock_wait=WRITE_LOCK_WAIT) as store:
        return store.unchanged(docs), store.stored_hashes([doc.content_hash for doc in docs])


def duplicate_message(first: str) -> str:
    """The report of a text stored under another id (the wording of :func:`classify_batch`)."""
    return f"same text as article {first!r}; stored once, under that id"


def skip_stored(
    items: Iterable[Document | ItemError],
    db: str,
    *,
    force: bool = False,
    on_skip: Callable[[Document], None] | None = None,
    on_duplicate: Callable[[Document, str], None] | None = None,
    chunk: int = LOOKUP_CHUNK,
) -> Iterator[Document | ItemError]:
    """Pass on the items (in order) except documents the store already holds unchanged: those cost
    a hash and a lookup, not a pipeline run; ``on_skip`` hears about each. ``force`` passes all.

    With ``on_duplicate``, a document whose text the store holds under another id is not processed
    either: ``on_duplicate(doc, first_id)`` must report it (a duplicate is never dropped silently;
    without the callback it goes on and :meth:`Store.write` reports it)."""
    iterator = iter(items)
    while batch := list(islice(iterator, chunk)):
        docs = [item for item in batch if isinstance(item, Document)]
        known, stored = look_up(db, docs)
        if force:
            known = set()
        skipped = {id(docs[i]) for i in known}
        for item in batch:
            if isinstance(item, Document) and id(item) in skipped:
                if on_skip is not None:
                    on_skip(item)
                continue
            if isinstance(item, Document):
                stamp(item)
                first = stored.get(item.content_hash)
                if on_duplicate is not None and first is not None and first != item.id:
                    on_duplicate(item, first)
                    continue
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


__all__ = [
    "duplicate_message",
    "look_up",
    "prepare_store",
    "skip_stored",
    "unchanged_in_store",
    "write_documents",
]
