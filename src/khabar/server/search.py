"""Full-text search over stored articles: an SQLite FTS5 index in a file beside the DuckDB store.

The tokenizer keeps letters, digits, private-use characters *and combining marks* (``M*``) inside
tokens. The default ``unicode61`` tokenizer treats Devanagari vowel signs and the virama as
separators and so breaks ``शोइगु`` into pieces; with marks counted as word characters a Hindi word
stays whole, while English is tokenized as usual (lower-cased, diacritics folded).

The index is derived data: it is brought in line with the ``articles`` table by id and content hash
(new and changed articles are indexed, removed ones dropped), at server start and after each write.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from khabar.errors import KhabarError

TOKENIZER = "unicode61 categories 'L* N* Co M*'"
# Snippet highlight markers: control characters that never occur in clean text; the UI turns them
# into <mark> elements without ever parsing HTML.
MARK_START = "\x02"
MARK_END = "\x03"
_BATCH = 500

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS docs (
    rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, content_hash TEXT NOT NULL, lang TEXT
);
CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(title, body, tokenize="{TOKENIZER}");
"""

# A quoted phrase, or a bare word (optionally ending in * for a prefix search).
_QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')


class SearchError(KhabarError):
    """A search query is empty or the index cannot be used."""


@dataclass(slots=True, frozen=True)
class SyncResult:
    indexed: int
    removed: int


def fts_query(text: str) -> str:
    """The FTS5 query for what a user typed: every word (or "quoted phrase") must occur.

    Words are quoted, so FTS5 operators and punctuation in the input are taken literally; a trailing
    ``*`` asks for a prefix match (``शोइ*``).
    """
    parts: list[str] = []
    for match in _QUERY_PART.finditer(text):
        phrase, word = match.group(1), match.group(2)
        prefix = False
        if word is not None:
            prefix = word.endswith("*")
            phrase = word.rstrip("*").replace('"', "")
        phrase = (phrase or "").strip()
        if not phrase or not re.search(r"\w", phrase):
            continue
        parts.append('"' + phrase.replace('"', '""') + '"' + ("*" if prefix else ""))
    if not parts:
        raise SearchError(f"nothing to search for in {text!r}: give at least one word")
    return " ".join(parts)


class ArticleIndex:
    """The FTS5 index file. Reads open their own connection (safe from any thread); ``sync`` must be
    called by one writer at a time (the server holds its write lock)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            with closing(self._connect()) as con, con:
                con.execute("PRAGMA journal_mode=WAL")
                found = self._tokenizer_of(con)
                if found is not None and found != TOKENIZER:
                    # Built with another tokenizer: start again (it is derived data).
                    con.executescript("DROP TABLE IF EXISTS docs_fts; DROP TABLE IF EXISTS docs;")
                con.executescript(_SCHEMA)
                con.execute("INSERT OR REPLACE INTO meta VALUES ('tokenizer', ?)", [TOKENIZER])
        except sqlite3.Error as exc:
            raise SearchError(f"{self.path}: cannot open the search index: {exc}") from exc

    @staticmethod
    def _tokenizer_of(con: sqlite3.Connection) -> str | None:
        exists = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
        if not exists:
            return None
        row = con.execute("SELECT value FROM meta WHERE key = 'tokenizer'").fetchone()
        return row[0] if row else None

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=30)
        con.execute("PRAGMA busy_timeout = 30000")
        return con

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with closing(self._connect()) as con:
            con.execute("PRAGMA query_only = 1")
            yield con

    # -- keeping in step with the store ------------------------------------------------------------
    def sync(self, cursor: duckdb.DuckDBPyConnection, ids: Sequence[str] | None = None) -> SyncResult:
        """Index new or changed articles and drop removed ones (only ``ids`` when given)."""
        if ids is None:
            stored = dict(cursor.execute("SELECT id, content_hash FROM articles").fetchall())
        else:
            stored = dict(
                cursor.execute(
                    "SELECT id, content_hash FROM articles WHERE list_contains(?, id)", [list(ids)]
                ).fetchall()
            )
        with closing(self._connect()) as con, con:
            if ids is None:
                indexed = dict(con.execute("SELECT id, content_hash FROM docs").fetchall())
            else:
                indexed = {}
                for start in range(0, len(ids), _BATCH):
                    chunk = list(ids[start : start + _BATCH])
                    marks = ",".join("?" * len(chunk))
                    indexed.update(
                        con.execute(f"SELECT id, content_hash FROM docs WHERE id IN ({marks})", chunk)
                    )
            stale = [i for i, h in indexed.items() if stored.get(i) != h]
            fresh = [i for i, h in stored.items() if indexed.get(i) != h]
            for article_id in stale:
                row = con.execute("SELECT rowid FROM docs WHERE id = ?", [article_id]).fetchone()
                con.execute("DELETE FROM docs_fts WHERE rowid = ?", [row[0]])
                con.execute("DELETE FROM docs WHERE rowid = ?", [row[0]])
            for start in range(0, len(fresh), _BATCH):
                chunk = fresh[start : start + _BATCH]
                rows = cursor.execute(
                    "SELECT id, content_hash, lang, coalesce(title, ''), coalesce(clean, '') FROM articles "
                    "WHERE list_contains(?, id)",
                    [chunk],
                ).fetchall()
                for article_id, content_hash, lang, title, body in rows:
                    rowid = con.execute(
                        "INSERT INTO docs (id, content_hash, lang) VALUES (?, ?, ?)",
                        [article_id, content_hash, lang],
                    ).lastrowid
                    con.execute(
                        "INSERT INTO docs_fts (rowid, title, body) VALUES (?, ?, ?)", [rowid, title, body]
                    )
        return SyncResult(indexed=len(fresh), removed=len(stale))

    # -- searching -----------------------------------------------------------------------------------
    def search(
        self, text: str, *, lang: str | None = None, limit: int = 20, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        """(number of hits, one page of hits best first: id, lang, score, snippet with markers)."""
        query = fts_query(text)
        where = "docs_fts MATCH ?" + (" AND d.lang = ?" if lang else "")
        params: list[Any] = [query, *([lang] if lang else [])]
        try:
            with self._reading() as con:
                total = con.execute(
                    f"SELECT count(*) FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid WHERE {where}",
                    params,
                ).fetchone()[0]
                rows = con.execute(
                    "SELECT d.id, d.lang, bm25(docs_fts) AS score, "
                    f"snippet(docs_fts, 1, '{MARK_START}', '{MARK_END}', '…', 24) "
                    f"FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid WHERE {where} "
                    "ORDER BY score, d.id LIMIT ? OFFSET ?",
                    [*params, limit, offset],
                ).fetchall()
        except sqlite3.OperationalError as exc:
            raise SearchError(f"cannot search for {text!r}: {exc}") from exc
        hits = [
            {"id": article_id, "lang": hit_lang, "score": round(-score, 4), "snippet": snippet}
            for article_id, hit_lang, score, snippet in rows
        ]
        return total, hits

    def count(self) -> int:
        with self._reading() as con:
            row = con.execute("SELECT count(*) FROM docs").fetchone()
            return int(row[0]) if row else 0
