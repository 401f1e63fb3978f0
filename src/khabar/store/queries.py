"""Read queries over the store, shared by the CLI (`khabar events`, `khabar quotes`) and the HTTP API.

Filters are plain dataclasses turned into parameterised SQL (never string-formatted values).
An actor filter accepts a name in any script: it matches the canonical names of the article's
entities, any mention as written (so `शोइगु` finds Shoigu even where the knowledge base lacks that
spelling) and, when a knowledge base is given, every actor the name resolves to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from typing import TYPE_CHECKING, Any

import duckdb

from khabar.errors import KhabarError

if TYPE_CHECKING:
    from khabar.kb import KnowledgeBase

STATUSES = ("occurred", "planned", "intended", "denied", "hypothetical")

EVENT_COLUMNS = [
    "article_id",
    "idx",
    "date",
    "date_precision",
    "date_text",
    "source",
    "source_name",
    "source_code",
    "source_country",
    "cameo",
    "plover",
    "quad_class",
    "goldstein",
    "target",
    "target_name",
    "target_code",
    "target_country",
    "status",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "trigger_start",
    "trigger_end",
    "trigger_text",
    "sentence",
    "sentence_text",
    "evidence",
    "confidence",
    "lang",
    "published",
    "source_kb_id",
    "target_kb_id",
]


class QueryError(KhabarError):
    """A filter value is invalid (unknown status, bad date, …)."""


@dataclass(slots=True)
class EventFilter:
    actor: str | None = None  # source or target, any script
    source: str | None = None
    target: str | None = None
    country: str | None = None  # ISO alpha-3 of source or target
    cameo: str | None = None  # code prefix: "04" matches 040–046
    plover: str | None = None
    quad_class: int | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    lang: str | None = None
    article_id: str | None = None

    def validate(self) -> None:
        if self.status and self.status not in STATUSES:
            raise QueryError(f"unknown status {self.status!r}; expected one of {', '.join(STATUSES)}")
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise QueryError("quad class must be 1 (verbal cooperation) … 4 (material conflict)")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise QueryError(f"date range is empty: {self.date_from} > {self.date_to}")

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


@dataclass(slots=True)
class _Sql:
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.where.append(clause)
        self.params.extend(params)

    @property
    def clause(self) -> str:
        return " AND ".join(self.where) if self.where else "TRUE"


def _actor_entities_sql(name: str, kb: KnowledgeBase | None) -> tuple[str, list[Any]]:
    """SQL selecting (article_id, entity_id) of entities that the name designates."""
    pattern = f"%{name}%"
    kb_ids = [actor.id for actor in kb.lookup(name)] if kb is not None else []
    parts = [
        "SELECT article_id, entity_id FROM entities WHERE name ILIKE ?",
        "SELECT article_id, entity_id FROM mentions WHERE text ILIKE ?",
    ]
    params: list[Any] = [pattern, pattern]
    if kb_ids:
        parts.append(
            f"SELECT article_id, entity_id FROM entities WHERE kb_id IN ({', '.join('?' * len(kb_ids))})"
        )
        params.extend(kb_ids)
    return " UNION ".join(parts), params


def _event_sql(flt: EventFilter, kb: KnowledgeBase | None) -> _Sql:
    flt.validate()
    sql = _Sql()
    for role, value in (("source", flt.source), ("target", flt.target)):
        if value:
            sub, params = _actor_entities_sql(value, kb)
            sql.add(f"(e.article_id, e.{role}) IN ({sub})", *params)
    if flt.actor:
        sub, params = _actor_entities_sql(flt.actor, kb)
        sql.add(
            f"((e.article_id, e.source) IN ({sub}) OR (e.article_id, e.target) IN ({sub}))", *params, *params
        )
    if flt.country:
        code = flt.country.upper()
        sql.add("(e.source_country = ? OR e.target_country = ?)", code, code)
    if flt.cameo:
        sql.add("e.cameo LIKE ?", f"{flt.cameo}%")
    if flt.plover:
        sql.add("upper(e.plover) = upper(?)", flt.plover)
    if flt.quad_class is not None:
        sql.add("e.quad_class = ?", flt.quad_class)
    if flt.status:
        sql.add("e.status = ?", flt.status)
    if flt.date_from:
        sql.add("e.date_start >= ?", flt.date_from)
    if flt.date_to:
        sql.add("e.date_start <= ?", flt.date_to)
    if flt.lang:
        sql.add("e.lang = ?", flt.lang)
    if flt.article_id:
        sql.add("e.article_id = ?", flt.article_id)
    return sql


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def query_events(
    con: duckdb.DuckDBPyConnection,
    flt: EventFilter,
    *,
    kb: KnowledgeBase | None = None,
    limit: int | None = 100,
    offset: int = 0,
    columns: Sequence[str] = EVENT_COLUMNS,
) -> list[dict[str, Any]]:
    """Events matching the filter, newest first (by event date, then publication)."""
    sql = _event_sql(flt, kb)
    select = ", ".join([*(f"e.{c}" for c in columns), "a.url", "a.outlet", "a.ingested_at"])
    paging = " LIMIT ? OFFSET ?" if limit is not None else ""
    params = [*sql.params, *((limit, offset) if limit is not None else ())]
    cursor = con.execute(
        f"SELECT {select} FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE {sql.clause} "
        "ORDER BY e.date_start DESC NULLS LAST, e.published DESC NULLS LAST, e.article_id, e.idx" + paging,
        params,
    )
    return _rows(cursor)


def count_events(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, kb: KnowledgeBase | None = None) -> int:
    sql = _event_sql(flt, kb)
    return con.execute(f"SELECT count(*) FROM events e WHERE {sql.clause}", sql.params).fetchone()[0]


def query_quotes(
    con: duckdb.DuckDBPyConnection,
    *,
    speaker: str | None = None,
    article_id: str | None = None,
    kb: KnowledgeBase | None = None,
    limit: int | None = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotes, optionally by speaker (any script) or article, with the article's date and outlet."""
    sql = _Sql()
    if speaker:
        sub, params = _actor_entities_sql(speaker, kb)
        sql.add(f"(q.article_id, q.speaker) IN ({sub})", *params)
    if article_id:
        sql.add("q.article_id = ?", article_id)
    paging = " LIMIT ? OFFSET ?" if limit is not None else ""
    cursor = con.execute(
        'SELECT q.article_id, q.idx, q.speaker, q.speaker_name, q.direct, q.text, q.start, q."end", '
        "q.cue_start, q.cue_end, a.published, a.outlet, a.lang "
        "FROM quotes q JOIN articles a ON a.id = q.article_id "
        f"WHERE {sql.clause} ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx" + paging,
        [*sql.params, *((limit, offset) if limit is not None else ())],
    )
    return _rows(cursor)
