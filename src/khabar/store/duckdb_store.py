"""The embedded DuckDB store: articles (raw + clean + metadata), removed spans and sentences.

Writes are batched into one transaction per batch (Arrow tables inserted with ``INSERT … SELECT``,
far faster than row-by-row ``executemany``); a failed batch rolls back whole and is retried one
document at a time, so one bad document never takes the others — or anything already stored — with it.

Idempotence: a document whose raw-text hash is already stored under its id is skipped unless
``force`` is set; a document whose id is stored with different content replaces the old rows.
Identity (:func:`classify_batch`): the same text under another id is stored once and *reported* as a
duplicate of the first id; two documents of one batch with the same id and different texts are a
conflict, reported for the second. Nothing is dropped without a word.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from khabar.errors import StoreError
from khabar.model import Document
from khabar.store.tables import CHILD_TABLES, document_tables
from khabar.stories import store as stories_store

# Bump when a table changes; an older file then gets a clear "rebuild" message instead of odd errors.
SCHEMA_VERSION = 2

_SCHEMA = """
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
    ingested_at TIMESTAMP
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
    country VARCHAR, sector VARCHAR, roles VARCHAR[], mention_count INTEGER
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, entity_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR
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
    evidence JSON, confidence DOUBLE, lang VARCHAR, published TIMESTAMP
);
CREATE TABLE IF NOT EXISTS ingest_errors (origin VARCHAR, message VARCHAR, logged_at TIMESTAMP);
"""


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
    ids: Sequence[str], hashes: Sequence[str], stored: dict[str, str], *, force: bool = False
) -> BatchPlan:
    """Sort a batch into new or changed documents, unchanged ones, and duplicates, in batch order.

    ``stored`` maps each content hash already in the store to the id it is stored under. A document
    whose text is stored under its own id is unchanged (re-processed with ``force``); under another
    id, or met earlier in the batch under another id, it is a duplicate of that id. A second document
    with an id the batch already used for another text is a conflict, reported the same way.
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
        if first == doc_id and not force and content_hash not in hash_owner:
            plan.unchanged.append(index)
        else:
            plan.todo.append(index)
        hash_owner[content_hash] = doc_id
        id_hash[doc_id] = content_hash
    return plan


class Store:
    """A DuckDB file holding processed articles. Use as a context manager."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store; create it with `khabar ingest`")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from exc
        self._check_schema(read_only)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- schema --------------------------------------------------------------------------------
    def _check_schema(self, read_only: bool) -> None:
        tables = {
            row[0] for row in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
        if "meta" in tables:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            found = int(row[0]) if row else 0
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

    # -- writing -------------------------------------------------------------------------------
    def write(self, docs: Sequence[Document], *, force: bool = False) -> WriteResult:
        """Store a batch of processed documents; see the module docstring for the rules."""
        result = WriteResult()
        hashes = [doc.content_hash for doc in docs]
        plan = classify_batch([d.id for d in docs], hashes, self.stored_hashes(hashes), force=force)
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
            for child in CHILD_TABLES:
                con.execute(f"DELETE FROM {child} WHERE article_id IN (SELECT id FROM batch_ids)")
            con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM batch_ids)")
            for name in tables:
                con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM batch_{name}")
            # Stories and event clusters around the new articles (khabar.stories), in this transaction.
            stories_store.update_clusters(con, list(replace_ids), touched)
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
            **stories_store.counter_summary(self.con),
            "schema_version": SCHEMA_VERSION,
        }
