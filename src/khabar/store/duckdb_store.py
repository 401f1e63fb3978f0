"""The embedded DuckDB store: articles (raw + clean + metadata), removed spans and sentences.

Writes are batched into one transaction per batch (Arrow tables inserted with ``INSERT … SELECT``,
far faster than row-by-row ``executemany``); a failed batch rolls back whole and is retried one
document at a time, so one bad document never takes the others — or anything already stored — with it.

Idempotence: a document whose input hash (raw text + reader metadata + pipeline version, see
:mod:`khabar.incremental`) is already stored under its id is skipped unless ``force`` is set;
:meth:`Store.unchanged` answers that before processing. A document whose id is stored with other
content, metadata or pipeline version replaces the old rows.
Layout for the events queries (schema 4): every actor key (knowledge-base id, else ``name:`` + canonical
name) gets an integer in the ``actors`` dimension, and ``events.source_actor``/``target_actor``,
``entities.actor`` and ``mentions.actor`` refer to it; ``actor_spellings`` keeps each actor's distinct
canonical names and mentions as written, so an actor filter searches those few strings instead of
every mention. Events are kept sorted newest first (:meth:`Store.compact`), so the zone maps of the
date column let DuckDB's top-N skip all but the newest row groups.
Counts (schema 5): ``event_counts`` holds the number of events per month and a few combinations of
country, CAMEO code, PLOVER type, quad class, status and language (``EVENT_COUNT_LEVELS``), kept exact
on every write (the rows of a replaced article are subtracted, as rows of negative count, in the same
transaction) and consolidated by :meth:`Store.compact`; ``queries.count_events`` sums it for filters
without an actor, instead of scanning every event.
Counts with an actor filter (schema 6): ``event_actors`` holds one narrow row per event end that has an
actor (the end's actor number, which end, and the event's filter columns), sorted by actor once
compacted, so an actor filter's count reads only the row groups of its few actors; an event whose two
ends both match is counted on its source row only (``queries._count_by_actor``).
Pages with an actor filter (schema 7): ``event_actors`` also holds the event's index, so its rows name
the matching events exactly, (article id, index), and a page fetches just those from ``events``
(``queries._page_by_actor``) instead of testing every event of the months the page spans.

Identity (:func:`classify_batch`): the same text under another id is stored once and *reported* as a
duplicate of the first id; two documents of one batch with the same id and different texts are a
conflict, reported for the second. Nothing is dropped without a word.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from khabar.errors import StoreError
from khabar.incremental import input_hash
from khabar.model import Document
from khabar.store.locking import connect
from khabar.store.tables import CHILD_TABLES, document_tables
from khabar.stories import store as stories_store

# Bump when a table changes; an older file then gets a clear "rebuild" message instead of odd errors.
SCHEMA_VERSION = 7
# The order of event pages (queries.py) and of the events table once compacted.
EVENT_ORDER = "date_start DESC NULLS LAST, published DESC NULLS LAST, article_id, idx"
# Compact (re-sort) the events table when a writer closes and this many event rows were appended since
# the last compaction, and they are at least a tenth of the table.
COMPACT_AFTER = int(os.environ.get("KHABAR_COMPACT_AFTER", "200000"))
_ACTOR_TABLES = """
CREATE TABLE IF NOT EXISTS actors (actor INTEGER NOT NULL, key VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS actor_spellings (
    actor INTEGER NOT NULL, text VARCHAR NOT NULL, kind VARCHAR NOT NULL, spelling INTEGER NOT NULL
);
"""
# Event counts by the filter columns that need no actor (see the module docstring), at a few levels, each
# by month and the columns named here, the smallest level that covers a filter answering it (the
# columns of the level and those of the filter). Level 0 counts each event once; the levels with a
# country count it once per distinct country of its two ends, so `country = X` counts it once.
EVENT_COUNT_LEVELS: tuple[tuple[str, ...], ...] = (
    ("cameo", "plover", "quad_class", "status", "lang"),
    ("country", "cameo", "plover", "quad_class"),
    ("country", "status", "lang"),
)
_COUNT_COLUMNS = ("country", "cameo", "plover", "quad_class", "status", "lang")
_EVENT_COUNTS = """
CREATE TABLE IF NOT EXISTS event_counts (
    level INTEGER NOT NULL, month DATE, country VARCHAR, cameo VARCHAR, plover VARCHAR,
    quad_class INTEGER, status VARCHAR, lang VARCHAR, n BIGINT NOT NULL
);
"""
# One row per event end with an actor: the filter columns of the event (the names of ``events``, so
# the events WHERE clause of queries.py runs over it unchanged), sorted by actor when compacted.
_EVENT_ACTOR_COLUMNS = (
    "date_start, cameo, plover, quad_class, status, lang, source_country, target_country, "
    "source_actor, target_actor, source_spellings, target_spellings, article_id, idx, source, target"
)
_EVENT_ACTORS = """
CREATE TABLE IF NOT EXISTS event_actors (
    actor INTEGER NOT NULL, is_target BOOLEAN NOT NULL, date_start DATE, cameo VARCHAR, plover VARCHAR,
    quad_class INTEGER, status VARCHAR, lang VARCHAR, source_country VARCHAR, target_country VARCHAR,
    source_actor INTEGER, target_actor INTEGER, source_spellings INTEGER[], target_spellings INTEGER[],
    article_id VARCHAR, idx INTEGER, source VARCHAR, target VARCHAR
);
"""
EVENT_ACTOR_ORDER = "actor, date_start DESC NULLS LAST"
# What changed from one version to the next, applied in place to an older store when it is opened
# (statements, or functions of the connection run after them).
_MIGRATIONS: dict[int, tuple[str | Callable[[duckdb.DuckDBPyConnection], None], ...]] = {
    2: (
        # DuckDB cannot alter a table that an index depends on: drop it, alter, make it again.
        "DROP INDEX IF EXISTS articles_hash",
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS input_hash VARCHAR",
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS supported BOOLEAN",
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS warnings VARCHAR[]",
        "CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash)",
    ),
    3: (
        # Integer actor keys and the events sorted by date (see the module docstring).
        _ACTOR_TABLES,
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS source_actor INTEGER",
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS target_actor INTEGER",
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS source_spellings INTEGER[]",
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS target_spellings INTEGER[]",
        "ALTER TABLE entities ADD COLUMN IF NOT EXISTS actor INTEGER",
        "ALTER TABLE mentions ADD COLUMN IF NOT EXISTS actor INTEGER",
        "ALTER TABLE mentions ADD COLUMN IF NOT EXISTS spelling INTEGER",
        lambda con: _upgrade_to_actor_keys(con),
    ),
    4: (
        _EVENT_COUNTS,
        "DELETE FROM event_counts",
        lambda con: _add_event_counts(con, "events"),
    ),
    5: (
        _EVENT_ACTORS,
        "DELETE FROM event_actors",
        lambda con: _rebuild_event_actors(con),
    ),
    # the event's index in its rows (made again from the events: nothing else names the event of a row;
    # a store upgraded from 5 just now has it already)
    6: (lambda con: _rebuild_event_actors(con, only_without="idx"),),
}
# How long opening the store waits for another process's lock before giving up with a message
# (seconds; KHABAR_LOCK_WAIT overrides it).
DEFAULT_LOCK_WAIT = float(os.environ.get("KHABAR_LOCK_WAIT", "10"))

_SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    origin VARCHAR,
    url VARCHAR,
    original_url VARCHAR,
    outlet VARCHAR,
    title VARCHAR,
    lang VARCHAR,
    script VARCHAR,
    published TIMESTAMP,
    published_precision VARCHAR,
    published_basis VARCHAR,
    raw VARCHAR NOT NULL,
    clean VARCHAR,
    contract JSON,
    ingested_at TIMESTAMP,
    input_hash VARCHAR,
    supported BOOLEAN,
    warnings VARCHAR[]
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);
CREATE TABLE IF NOT EXISTS removed_spans (
    article_id VARCHAR, start INTEGER, "end" INTEGER, kind VARCHAR, text VARCHAR
);
CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, kind VARCHAR, lang VARCHAR
);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR, entity_id VARCHAR, type VARCHAR, name VARCHAR, kb_id VARCHAR, actor_code VARCHAR,
    country VARCHAR, sector VARCHAR, roles VARCHAR[], mention_count INTEGER, actor INTEGER
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, entity_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, actor INTEGER,
    spelling INTEGER
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, text VARCHAR, speaker VARCHAR,
    speaker_name VARCHAR, speaker_kb_id VARCHAR, direct BOOLEAN, cue_start INTEGER, cue_end INTEGER
);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, idx INTEGER, cameo VARCHAR, plover VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    source VARCHAR, source_name VARCHAR, source_kb_id VARCHAR, source_code VARCHAR, source_country VARCHAR,
    target VARCHAR, target_name VARCHAR, target_kb_id VARCHAR, target_code VARCHAR, target_country VARCHAR,
    date VARCHAR, date_start DATE, date_precision VARCHAR, date_text VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE, status VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR, sentence INTEGER, sentence_text VARCHAR,
    evidence JSON, confidence DOUBLE, lang VARCHAR, published TIMESTAMP,
    source_actor INTEGER, target_actor INTEGER, source_spellings INTEGER[], target_spellings INTEGER[]
);
CREATE TABLE IF NOT EXISTS ingest_errors (origin VARCHAR, message VARCHAR, logged_at TIMESTAMP);
"""
    + _ACTOR_TABLES
    + _EVENT_COUNTS
    + _EVENT_ACTORS
)

# The actor key of an entity row (alias-free columns) and of an event end.
_ENTITY_KEY = "coalesce({p}kb_id, 'name:' || {p}name)"


def _assign_actors(
    con: duckdb.DuckDBPyConnection, entities: str | None, mentions: str | None, events: str | None
) -> None:
    """Give every actor key of these entity and event rows an integer (new keys get the next numbers)
    and record the canonical names and mention spellings of each actor; both tables only grow."""
    keys = [f"SELECT {_ENTITY_KEY.format(p='')} AS key FROM {entities}"] if entities else []
    if events is not None:
        keys += [
            f"SELECT coalesce({r}_kb_id, 'name:' || {r}_name) FROM {events}" for r in ("source", "target")
        ]
    if not keys:
        return
    con.execute(
        "INSERT INTO actors SELECT (SELECT coalesce(max(actor), 0) FROM actors) + "
        "CAST(row_number() OVER (ORDER BY key) AS INTEGER), key FROM ("
        f"SELECT key FROM ({' UNION '.join(keys)}) WHERE key IS NOT NULL EXCEPT SELECT key FROM actors)"
    )
    if entities is None:
        return
    spellings = [f"SELECT {_ENTITY_KEY.format(p='')} AS key, name AS text, 'name' AS kind FROM {entities}"]
    if mentions is not None:
        spellings.append(
            f"SELECT {_ENTITY_KEY.format(p='n.')}, m.text, 'mention' FROM {mentions} m "
            f"JOIN {entities} n ON n.article_id = m.article_id AND n.entity_id = m.entity_id"
        )
    con.execute(
        "INSERT INTO actor_spellings SELECT actor, text, kind, (SELECT coalesce(max(spelling), 0) "
        "FROM actor_spellings) + CAST(row_number() OVER (ORDER BY actor, text, kind) AS INTEGER) FROM ("
        f"SELECT a.actor, s.text, s.kind FROM ({' UNION ALL '.join(spellings)}) s "
        "JOIN actors a ON a.key = s.key WHERE s.text IS NOT NULL "
        "EXCEPT SELECT actor, text, kind FROM actor_spellings)"
    )


def _keyed_select(name: str, source: str, entities: str | None) -> str:
    """SELECT over the rows ``source`` of table ``name`` with their integer actor columns added."""
    if name == "entities":
        key = _ENTITY_KEY.format(p="b.")
        return f"SELECT b.*, a.actor FROM {source} b LEFT JOIN actors a ON a.key = {key}"
    if name == "mentions" and entities is not None:
        # the mention's actor, and the number of its spelling (an actor filter compares numbers)
        return (
            f"SELECT b.*, a.actor, s.spelling FROM {source} b LEFT JOIN (SELECT article_id, entity_id, "
            f"any_value({_ENTITY_KEY.format(p='')}) AS key FROM {entities} GROUP BY ALL) n "
            "ON n.article_id = b.article_id AND n.entity_id = b.entity_id "
            "LEFT JOIN actors a ON a.key = n.key LEFT JOIN actor_spellings s "
            "ON s.actor = a.actor AND s.text = b.text AND s.kind = 'mention'"
        )
    if name == "events":
        # Each end's mention spellings (numbers) from the stored mentions of these articles (inserted
        # just before), so an actor filter on a spelling as written needs no join.
        spellings = (
            "(SELECT article_id, entity_id, list(DISTINCT spelling ORDER BY spelling) AS spellings "
            f"FROM mentions WHERE spelling IS NOT NULL AND article_id IN (SELECT article_id FROM {source}) "
            "GROUP BY ALL)"
        )
        return (
            f"SELECT b.*, s.actor AS source_actor, t.actor AS target_actor, "
            f"ss.spellings AS source_spellings, ts.spellings AS target_spellings FROM {source} b "
            "LEFT JOIN actors s ON s.key = coalesce(b.source_kb_id, 'name:' || b.source_name) "
            "LEFT JOIN actors t ON t.key = coalesce(b.target_kb_id, 'name:' || b.target_name) "
            f"LEFT JOIN {spellings} ss ON ss.article_id = b.article_id AND ss.entity_id = b.source "
            f"LEFT JOIN {spellings} ts ON ts.article_id = b.article_id AND ts.entity_id = b.target "
            f"ORDER BY {EVENT_ORDER}"
        )
    return f"SELECT * FROM {source}"


def _event_count_rows(source: str, sign: int = 1) -> str:
    """SELECT of ``event_counts`` rows for the event rows ``source`` (``sign`` -1: to subtract them)."""
    rest = "cameo, plover, quad_class, status, lang"
    by_country = (
        f"(SELECT date_start, source_country AS country, {rest} FROM {source} "
        "WHERE source_country IS NOT NULL "
        f"UNION ALL SELECT date_start, target_country, {rest} FROM {source} "
        "WHERE target_country IS NOT NULL AND target_country IS DISTINCT FROM source_country)"
    )
    selects = []
    for level, columns in enumerate(EVENT_COUNT_LEVELS):
        kept = ", ".join(c if c in columns else f"NULL AS {c}" for c in _COUNT_COLUMNS)
        selects.append(
            f"SELECT {level} AS level, CAST(date_trunc('month', date_start) AS DATE) AS month, {kept}, "
            f"{int(sign)} * count(*) AS n FROM {by_country if 'country' in columns else source} GROUP BY ALL"
        )
    return " UNION ALL ".join(selects)


def _add_event_counts(con: duckdb.DuckDBPyConnection, source: str, sign: int = 1) -> None:
    con.execute(f"INSERT INTO event_counts BY NAME {_event_count_rows(source, sign)}")


def _event_actor_rows(source: str) -> str:
    """SELECT of ``event_actors`` rows for the (actor-numbered) event rows ``source``."""
    return (
        f"SELECT source_actor AS actor, false AS is_target, {_EVENT_ACTOR_COLUMNS} FROM {source} "
        f"WHERE source_actor IS NOT NULL UNION ALL SELECT target_actor, true, {_EVENT_ACTOR_COLUMNS} "
        f"FROM {source} WHERE target_actor IS NOT NULL"
    )


def _rebuild_event_actors(con: duckdb.DuckDBPyConnection, only_without: str | None = None) -> None:
    """Make ``event_actors`` again from the events (sorted); with ``only_without``, only when it lacks
    that column."""
    if only_without is not None:
        found = con.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'event_actors' "
            "AND column_name = ?",
            [only_without],
        ).fetchone()
        if found and found[0]:
            return
    rows = _event_actor_rows("events")
    _rewrite(con, "event_actors", f"SELECT * FROM ({rows}) ORDER BY {EVENT_ACTOR_ORDER}")


def _insert_rows(con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table]) -> None:
    """Insert the registered ``batch_<name>`` tables with their actor numbers (inside the caller's
    transaction), the events' rows also into ``event_actors`` and ``event_counts``."""
    entities = "batch_entities" if "entities" in tables else None
    mentions = "batch_mentions" if "mentions" in tables else None
    _assign_actors(con, entities, mentions, "batch_events" if "events" in tables else None)
    for name in tables:
        if name != "events":
            con.execute(f"INSERT INTO {name} BY NAME {_keyed_select(name, f'batch_{name}', entities)}")
    if "events" not in tables:
        return
    # numbered once, then copied to the events and their per-end rows
    keyed = _keyed_select("events", "batch_events", None)
    con.execute(f"CREATE OR REPLACE TEMP TABLE keyed_events AS {keyed}")
    try:
        con.execute("INSERT INTO events BY NAME SELECT * FROM keyed_events")
        con.execute(f"INSERT INTO event_actors BY NAME {_event_actor_rows('keyed_events')}")
    finally:
        con.execute("DROP TABLE IF EXISTS keyed_events")
    _add_event_counts(con, "batch_events")


def _upgrade_to_actor_keys(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 3 → 4: number the actors of every stored row, then sort the events."""
    _assign_actors(con, "entities", "mentions", "events")
    _rewrite(con, "entities", _keyed_select("entities", "(SELECT * EXCLUDE (actor) FROM entities)", None))
    unnumbered = "(SELECT * EXCLUDE (actor, spelling) FROM mentions)"
    _rewrite(con, "mentions", _keyed_select("mentions", unnumbered, "entities"))
    unkeyed = (
        "(SELECT * EXCLUDE (source_actor, target_actor, source_spellings, target_spellings) FROM events)"
    )
    _rewrite(con, "events", _keyed_select("events", unkeyed, None))


def _rewrite(con: duckdb.DuckDBPyConnection, name: str, select: str) -> None:
    """Replace a table by ``select`` (the same columns, in the order it gives them). A new table, not
    DELETE + INSERT: deleted row groups would stay in the file and keep being scanned."""
    con.execute(f"CREATE TABLE {name}__new AS {select}")
    con.execute(f"DROP TABLE {name}")
    con.execute(f"ALTER TABLE {name}__new RENAME TO {name}")


@dataclass(slots=True)
class WriteResult:
    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (origin, message)
    # (origin, message) of documents not stored because their text is stored under another id, or
    # because another document of the batch already has their id
    duplicates: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class BatchPlan:
    """What :func:`classify_batch` decided for each document of a batch (indexes into the batch)."""

    todo: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    duplicates: list[tuple[int, str]] = field(default_factory=list)  # (index, message)


def classify_batch(
    ids: Sequence[str],
    hashes: Sequence[str],
    stored: dict[str, str],
    *,
    force: bool = False,
    current: set[int] | None = None,
) -> BatchPlan:
    """Sort a batch into new or changed documents, unchanged ones, and duplicates, in batch order.

    ``stored`` maps each content hash already in the store to the id it is stored under. A document
    whose text is stored under its own id is unchanged (re-processed with ``force``); under another
    id, or met earlier in the batch under another id, it is a duplicate of that id. A second document
    with an id the batch already used for another text is a conflict, reported the same way.
    ``current`` (when given) holds the indexes whose stored row is up to date (same input hash, see
    :meth:`Store.unchanged`): text stored under its own id but not current (a changed title or date,
    a new pipeline) is processed again.
    """
    plan = BatchPlan()
    hash_owner: dict[str, str] = {}  # hash → id, earlier in this batch
    id_hash: dict[str, str] = {}  # id → hash, earlier in this batch
    for index, (doc_id, content_hash) in enumerate(zip(ids, hashes, strict=True)):
        first = hash_owner.get(content_hash) or stored.get(content_hash)
        if doc_id in id_hash:
            if id_hash[doc_id] == content_hash:
                plan.unchanged.append(index)  # the same article given twice
            else:
                plan.duplicates.append(
                    (index, f"id {doc_id!r} is already used by another article of this batch; "
                            "give one of them another id (sidecar or record field 'id')")
                )  # fmt: skip
            continue
        if first is not None and first != doc_id:
            plan.duplicates.append((index, f"same text as article {first!r}; stored once, under that id"))
            continue
        if (
            first == doc_id
            and not force
            and content_hash not in hash_owner
            and (current is None or index in current)
        ):
            plan.unchanged.append(index)
        else:
            plan.todo.append(index)
        hash_owner[content_hash] = doc_id
        id_hash[doc_id] = content_hash
    return plan


class Store:
    """A DuckDB file holding processed articles. Use as a context manager."""

    def __init__(
        self, path: str | Path, *, read_only: bool = False, lock_wait: float = DEFAULT_LOCK_WAIT
    ) -> None:
        """Open (or create, unless ``read_only``) the store, waiting up to ``lock_wait`` seconds
        while another process holds the file (see :mod:`khabar.store.locking`)."""
        self.path = str(path)
        self.lock_wait = lock_wait
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store; create it with `khabar ingest`")
        self.con = connect(self.path, read_only=read_only, wait=lock_wait)
        self._appended = 0  # event rows this writer appended (unsorted) since opening
        try:
            self._check_schema(read_only)
        except BaseException:
            self.con.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            if self._appended >= COMPACT_AFTER:
                self.compact(only_if_unsorted=True)
        finally:
            self.con.close()

    def compact(self, *, only_if_unsorted: bool = False) -> bool:
        """Rewrite the events table sorted newest first (see the module docstring). Rows appended since
        the last compaction sit unsorted at the end: queries stay right, only slower. With
        ``only_if_unsorted``, do it only when those rows are at least a tenth of the table.
        Returns whether the table was rewritten."""
        total = int(self._scalar("SELECT count(*) FROM events") or 0)
        row = self.con.execute("SELECT value FROM meta WHERE key = 'events_appended'").fetchone()
        appended = int(row[0]) if row else total
        if only_if_unsorted and appended * 10 < total:
            return False
        self.con.execute("BEGIN TRANSACTION")
        try:
            _rewrite(self.con, "events", f"SELECT * FROM events ORDER BY {EVENT_ORDER}")
            # An actor's entity and mention rows together: an actor filter reads a few row groups.
            for name in ("entities", "mentions"):
                _rewrite(self.con, name, f"SELECT * FROM {name} ORDER BY actor, article_id, entity_id")
            # each actor's event ends together: an actor filter's count reads a few row groups
            _rewrite(self.con, "event_actors", f"SELECT * FROM event_actors ORDER BY {EVENT_ACTOR_ORDER}")
            # the counts consolidated (the rows of negative count of replaced articles go)
            _rewrite(
                self.con,
                "event_counts",
                f"SELECT * FROM ({_event_count_rows('events')}) ORDER BY level, month",
            )
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('events_appended', '0')")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("CHECKPOINT")
        self._appended = 0
        return True

    # -- schema --------------------------------------------------------------------------------
    def _check_schema(self, read_only: bool) -> None:
        tables = {
            row[0] for row in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
        if "meta" in tables:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            found = int(row[0]) if row else 0
            if found in _MIGRATIONS and found < SCHEMA_VERSION:
                self._migrate(found, read_only)
                if read_only:
                    return  # the read-write visit in _migrate did everything below too
                found = SCHEMA_VERSION
            if found != SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: written with store schema version {found}, this khabar uses "
                    f"version {SCHEMA_VERSION}; rebuild it (delete the file and run `khabar ingest` again)"
                )
            if not read_only and not stories_store.has_schema(self.con):
                stories_store.ensure_schema(self.con)  # stories came later: add their tables
                stories_store.rebuild(self.con)
            return
        if tables:
            raise StoreError(
                f"{self.path}: a DuckDB file that is not a khabar store (tables: {sorted(tables)})"
            )
        if read_only:
            raise StoreError(f"{self.path}: empty store; create it with `khabar ingest`")
        self.con.execute(_SCHEMA)
        stories_store.ensure_schema(self.con)
        self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def _migrate(self, found: int, read_only: bool) -> None:
        """Bring an older store up to this version in place (a read-only opener does it briefly too)."""
        if read_only:
            self.con.close()
            with Store(self.path, lock_wait=self.lock_wait):
                pass
            self.con = connect(self.path, read_only=True, wait=self.lock_wait)
            return
        for version in range(found, SCHEMA_VERSION):
            # One transaction per version from 3 on, so an interrupted upgrade starts that step again
            # (version 2's index rebuild crashes DuckDB 1.5 inside a transaction; its steps are
            # idempotent anyway).
            atomic = version >= 3
            if atomic:
                self.con.execute("BEGIN TRANSACTION")
            try:
                for step in _MIGRATIONS.get(version, ()):
                    if callable(step):
                        step(self.con)
                    else:
                        self.con.execute(step)
                self.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version + 1)])
                if atomic:
                    self.con.execute("COMMIT")
            except BaseException:
                if atomic:
                    self.con.execute("ROLLBACK")
                raise
        self.con.execute("CHECKPOINT")

    # -- writing -------------------------------------------------------------------------------
    def write(self, docs: Sequence[Document], *, force: bool = False) -> WriteResult:
        """Store a batch of processed documents; see the module docstring for the rules."""
        result = WriteResult()
        for doc in docs:
            if doc.input_hash is None:
                doc.input_hash = input_hash(doc)
        hashes = [doc.content_hash for doc in docs]
        current = set() if force else self.unchanged(docs)
        plan = classify_batch(
            [d.id for d in docs], hashes, self.stored_hashes(hashes), force=force, current=current
        )
        result.unchanged.extend(docs[i].id for i in plan.unchanged)
        result.duplicates.extend((docs[i].origin or docs[i].id, message) for i, message in plan.duplicates)
        todo = [docs[i] for i in plan.todo]
        if not todo:
            return result
        try:
            self._write_batch(todo)
            result.stored.extend(doc.id for doc in todo)
        except Exception:  # any failure (a bad value from a stage, a DB error): isolate the culprit
            # Retry one by one; each document succeeds or rolls back alone.
            for doc in todo:
                try:
                    self._write_batch([doc])
                    result.stored.append(doc.id)
                except Exception as exc:
                    result.failed.append((doc.origin or doc.id, f"could not be stored: {exc}"))
        return result

    def stored_hashes(self, hashes: Iterable[str]) -> dict[str, str]:
        """Of these content hashes, those stored, each with the (first) id it is stored under."""
        table = pa.table({"h": pa.array(list(hashes), pa.string())})
        rows = self._query_with(
            "batch_hashes",
            table,
            "SELECT a.content_hash, min(a.id) FROM articles a JOIN batch_hashes t ON a.content_hash = t.h "
            "GROUP BY a.content_hash",
        )
        return {row[0]: row[1] for row in rows}

    def unchanged(self, docs: Sequence[Document]) -> set[int]:
        """Indexes of the documents that need no processing: the store holds their input hash (same
        id, text, metadata and pipeline version). Works before processing: it reads only the reader's
        fields (``input_hash`` is set if missing). The same text under another id is *not* skipped here:
        :meth:`write` reports it as a duplicate (:func:`classify_batch`)."""
        if not docs:
            return set()
        for doc in docs:
            if doc.input_hash is None:
                doc.input_hash = input_hash(doc)
        return self.unchanged_keys(
            [doc.id for doc in docs], [doc.content_hash for doc in docs], [doc.input_hash for doc in docs]
        )

    def unchanged_keys(
        self, ids: Sequence[str], content_hashes: Sequence[str], input_hashes: Sequence[str | None]
    ) -> set[int]:
        """:meth:`unchanged` for columns of ids, raw-text hashes and input hashes (e.g. of a shard)."""
        batch = pa.table(
            {"h": pa.array(list(content_hashes), pa.string()), "i": pa.array(list(input_hashes), pa.string())}
        )
        rows = self._query_with(
            "batch_inputs",
            batch,
            "SELECT a.id, a.content_hash, a.input_hash FROM articles a "
            "WHERE a.input_hash IN (SELECT i FROM batch_inputs)",
        )
        stored = {(row[0], row[1], row[2]) for row in rows if row[2]}
        return {
            index
            for index, key in enumerate(zip(ids, content_hashes, input_hashes, strict=True))
            if key[2] is not None and key in stored
        }

    def _query_with(self, name: str, table: pa.Table, sql: str) -> list[tuple[Any, ...]]:
        self.con.register(name, table)
        try:
            return self.con.execute(sql).fetchall()
        finally:
            self.con.unregister(name)

    def _write_batch(self, docs: Sequence[Document]) -> None:
        self.insert_tables(document_tables(docs), replace_ids=[d.id for d in docs])

    def insert_tables(self, tables: dict[str, pa.Table], replace_ids: Sequence[str]) -> None:
        """Insert one batch of rows (as made by ``document_tables``) in a single transaction,
        replacing whatever was stored for ``replace_ids``. Also used to merge Parquet shards."""
        con = self.con
        ids = pa.table({"id": pa.array(list(replace_ids), pa.string())})
        registered = {"batch_ids": ids, **{f"batch_{name}": table for name, table in tables.items()}}
        con.execute("BEGIN TRANSACTION")
        try:
            for name, table in registered.items():
                con.register(name, table)
            touched = stories_store.clusters_of(con, replace_ids)  # before the old rows go
            # the counts of the events about to go, subtracted (events are stored with their article
            # only, so new ids, the usual case, skip this scan of the events)
            stored = con.execute(
                "SELECT count(*) FROM articles WHERE id IN (SELECT id FROM batch_ids)"
            ).fetchone()
            if stored and stored[0]:
                _add_event_counts(
                    con, "(SELECT * FROM events WHERE article_id IN (SELECT id FROM batch_ids))", -1
                )
            for child in (*CHILD_TABLES, "event_actors"):
                con.execute(f"DELETE FROM {child} WHERE article_id IN (SELECT id FROM batch_ids)")
            con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM batch_ids)")
            _insert_rows(con, tables)
            appended = tables["events"].num_rows if "events" in tables else 0
            if appended:
                con.execute(
                    "INSERT OR REPLACE INTO meta SELECT 'events_appended', CAST(coalesce((SELECT "
                    "CAST(value AS BIGINT) FROM meta WHERE key = 'events_appended'), 0) + ? AS VARCHAR)",
                    [appended],
                )
            # Stories and event clusters around the new articles (khabar.stories), in this transaction.
            stories_store.update_clusters(con, list(replace_ids), touched)
            con.execute("COMMIT")
            self._appended += appended
        except BaseException:
            con.execute("ROLLBACK")
            raise
        finally:
            for name in registered:
                con.unregister(name)

    def append_tables(self, tables: dict[str, pa.Table]) -> None:
        """Append rows of articles not yet stored (a bulk import, the query benchmark): the actor
        numbers are assigned as in :meth:`insert_tables`, but nothing is replaced and the stories are
        not clustered. Call :meth:`compact` after the last batch."""
        con = self.con
        registered = {f"batch_{name}": table for name, table in tables.items()}
        con.execute("BEGIN TRANSACTION")
        try:
            for name, table in registered.items():
                con.register(name, table)
            _insert_rows(con, tables)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        finally:
            for name in registered:
                con.unregister(name)

    def record_errors(self, errors: Iterable[tuple[str, str]]) -> None:
        """Log item errors; an (origin, message) pair logged before only gets a new time (no new row)."""
        from khabar.readers.safety import printable

        now = datetime.now(UTC).replace(tzinfo=None)
        pairs = list(dict.fromkeys((printable(origin), printable(message)) for origin, message in errors))
        if not pairs:
            return
        batch = pa.table(
            {
                "origin": pa.array([p[0] for p in pairs], pa.string()),
                "message": pa.array([p[1] for p in pairs], pa.string()),
            }
        )
        self.con.register("error_batch", batch)
        try:
            self.con.execute(
                "UPDATE ingest_errors SET logged_at = ? FROM error_batch b "
                "WHERE ingest_errors.origin = b.origin AND ingest_errors.message = b.message",
                [now],
            )
            self.con.execute(
                "INSERT INTO ingest_errors SELECT b.origin, b.message, ? FROM error_batch b "
                "WHERE NOT EXISTS (SELECT 1 FROM ingest_errors e "
                "WHERE e.origin = b.origin AND e.message = b.message)",
                [now],
            )
        finally:
            self.con.unregister("error_batch")

    # -- reading -------------------------------------------------------------------------------
    def article(self, article_id: str) -> dict[str, Any] | None:
        """One stored article: its columns, removed spans and sentences; None when absent."""
        cursor = self.con.execute("SELECT * FROM articles WHERE id = ?", [article_id])
        row = cursor.fetchone()
        if row is None:
            return None
        names = [d[0] for d in cursor.description]
        record = dict(zip(names, row, strict=True))
        record["contract"] = json.loads(record["contract"]) if record["contract"] else None
        record["removed"] = [
            {"start": s, "end": e, "kind": k, "text": t}
            for s, e, k, t in self.con.execute(
                'SELECT start, "end", kind, text FROM removed_spans WHERE article_id = ? ORDER BY start',
                [article_id],
            ).fetchall()
        ]
        record["sentences"] = [
            {"start": s, "end": e, "kind": k, "lang": lang}
            for s, e, k, lang in self.con.execute(
                'SELECT start, "end", kind, lang FROM sentences WHERE article_id = ? ORDER BY idx',
                [article_id],
            ).fetchall()
        ]
        return record

    def find_ids(self, prefix: str, limit: int = 10) -> list[str]:
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
            [prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", limit],
        ).fetchall()
        return [row[0] for row in rows]

    def _scalar(self, sql: str) -> Any:
        return (self.con.execute(sql).fetchone() or (None,))[0]

    def _counts(self, column: str, table: str = "articles") -> dict[str, int]:
        rows = self.con.execute(
            f"SELECT coalesce(CAST({column} AS VARCHAR), 'none'), count(*) FROM {table} "
            "GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall()
        return dict(rows)

    def stats(self) -> dict[str, Any]:
        """What the store holds, for `khabar stats` and the ingest summary."""
        return {
            "articles": self._scalar("SELECT count(*) FROM articles"),
            "by_lang": self._counts("lang"),
            "with_published": self._scalar("SELECT count(*) FROM articles WHERE published IS NOT NULL"),
            "by_published_basis": self._counts("published_basis"),
            "published_range": self.con.execute(
                "SELECT min(published), max(published) FROM articles"
            ).fetchone(),
            "removed_spans": self._scalar("SELECT count(*) FROM removed_spans"),
            "removed_by_kind": self._counts("kind", "removed_spans"),
            "sentences": self._scalar("SELECT count(*) FROM sentences"),
            "sentences_by_kind": self._counts("kind", "sentences"),
            "outlets": self._scalar("SELECT count(DISTINCT outlet) FROM articles"),
            "entities": self._scalar("SELECT count(*) FROM entities"),
            "quotes": self._scalar("SELECT count(*) FROM quotes"),
            "events": self._scalar("SELECT count(*) FROM events"),
            "events_by_plover": self._counts("plover", "events"),
            "ingest_errors": self._scalar("SELECT count(*) FROM ingest_errors"),
            "unsupported": self._scalar("SELECT count(*) FROM articles WHERE supported = false"),
            "warnings": dict(
                self.con.execute(
                    "SELECT w, count(*) FROM (SELECT unnest(warnings) AS w FROM articles) "
                    "GROUP BY 1 ORDER BY 2 DESC"
                ).fetchall()
            ),
            **stories_store.counter_summary(self.con),
            "schema_version": SCHEMA_VERSION,
        }
