"""Read queries over the store, shared by the CLI (`khabar events`, `khabar quotes`) and the HTTP API.

Filters are plain dataclasses turned into parameterised SQL (never string-formatted values).
An actor filter accepts a name in any script: it matches the canonical names of the article's
entities, any mention as written (so `शोइगु` finds Shoigu even where the knowledge base lacks that
spelling) and, when a knowledge base is given, every actor the name resolves to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import duckdb

from khabar.errors import KhabarError
from khabar.model import EVENT_STATUSES

if TYPE_CHECKING:
    from khabar.kb import KnowledgeBase

STATUSES = EVENT_STATUSES

# The key naming one actor across articles: its knowledge-base id, else ``name:`` + canonical name.
_ENTITY_KEY = "coalesce(kb_id, 'name:' || name)"
_EVENT_KEY = "coalesce(e.{role}_kb_id, 'name:' || e.{role}_name)"

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


_EVENT_ORDER = "e.date_start DESC NULLS LAST, e.published DESC NULLS LAST, e.article_id, e.idx"
_EVENT_ORDER_COLUMNS = ("date_start", "published", "article_id", "idx")  # also the event's key


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
    # An actor's key as the API and UI name it (see ``actor_key_of``): a knowledge-base id, or
    # ``name:<canonical name>`` for an entity the knowledge base does not know.
    actor_key: str | None = None

    def validate(self) -> None:
        """Raise :class:`QueryError` (or its kind, ``FilterValueError``) for a value that cannot match;
        normalises the case of the country and PLOVER values."""
        from khabar.store.filters import check_cameo, check_country, check_lang, check_plover

        if self.country:
            self.country = check_country(self.country)
        if self.plover:
            self.plover = check_plover(self.plover)
        if self.cameo:
            self.cameo = check_cameo(self.cameo)
        if self.lang:
            self.lang = check_lang(self.lang)
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


def _add_event_attributes(sql: _Sql, flt: EventFilter, table: str) -> None:
    """The filters on an event's own attributes (CAMEO prefix, PLOVER, quad class, status, language),
    the same over the events table and the per-month count table (``table`` is its alias)."""
    if flt.cameo:
        sql.add(f"{table}.cameo LIKE ?", f"{flt.cameo}%")
    if flt.plover:
        sql.add(f"upper({table}.plover) = upper(?)", flt.plover)
    if flt.quad_class is not None:
        sql.add(f"{table}.quad_class = ?", flt.quad_class)
    if flt.status:
        sql.add(f"{table}.status = ?", flt.status)
    if flt.lang:
        sql.add(f"{table}.lang = ?", flt.lang)


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


# Up to this many actor numbers go into the SQL as literals (`IN (?, …)` lets DuckDB prune row
# groups and beats a semi-join several times over); more go through the subqueries below.
_MAX_LITERAL_ACTORS = 500


@dataclass(slots=True)
class _ActorMatch:
    """The actors (integer keys, see ``duckdb_store``) that a name designates, resolved once per query.

    ``whole``: every stored (article, entity) of the actor matches (its knowledge-base id is one the
    name resolves to, or its only canonical name contains the name). ``partial``: some spelling of the
    actor contains the name, so each (article, entity) is checked against its own name and mentions —
    exactly the test of :func:`_actor_entities_sql`, over the few rows of these actors only.
    Either is a list of numbers, or an SQL subquery with its parameters when there are too many.
    """

    name: str
    whole: list[int] | tuple[str, list[Any]]
    partial: list[int] | tuple[str, list[Any]]
    # the numbers of the partial actors' mention spellings that contain the name
    spellings: list[int] | tuple[str, list[Any]]
    # with resolved numbers: the partial actors one of whose canonical names contains the name (most
    # have none, and then the events' own spelling lists decide without any join)
    named: list[int] | None = None

    @staticmethod
    def _candidates(name: str, kb_ids: list[str]) -> tuple[str, list[Any]]:
        return (
            "SELECT actor FROM actor_spellings WHERE text ILIKE ? "
            "UNION SELECT actor FROM actors WHERE list_contains(?, key)",
            [f"%{name}%", kb_ids],
        )

    @staticmethod
    def _grouped(name: str, kb_ids: list[str]) -> tuple[str, list[Any]]:
        """(actor, whole) for every candidate actor."""
        candidates, params = _ActorMatch._candidates(name, kb_ids)
        return (
            "SELECT s.actor, bool_or(list_contains(?, a.key)) OR ("
            "count(DISTINCT s.text) FILTER (WHERE s.kind = 'name') = 1 "
            "AND bool_or(s.kind = 'name' AND s.text ILIKE ?)) AS whole "
            f"FROM actor_spellings s JOIN actors a ON a.actor = s.actor WHERE s.actor IN ({candidates}) "
            "GROUP BY s.actor",
            [kb_ids, f"%{name}%", *params],
        )

    @classmethod
    def resolve(
        cls, name: str, kb: KnowledgeBase | None, con: duckdb.DuckDBPyConnection | None
    ) -> _ActorMatch:
        kb_ids = [actor.id for actor in kb.lookup(name)] if kb is not None else []
        grouped, params = cls._grouped(name, kb_ids)
        partial = (f"SELECT actor FROM ({grouped}) WHERE NOT whole", params)
        spellings = (
            f"SELECT spelling FROM actor_spellings WHERE kind = 'mention' AND text ILIKE ? "
            f"AND actor IN ({partial[0]})",
            [f"%{name}%", *params],
        )
        if con is not None:
            rows = con.execute(grouped, params).fetchall()
            whole = [a for a, is_whole in rows if is_whole]
            some = [a for a, is_whole in rows if not is_whole]
            numbers: list[int] = []
            named: list[int] = []
            if some and len(some) <= _MAX_LITERAL_ACTORS:

                def matching(select: str, kind: str) -> list[int]:
                    # the spellings of these actors that contain the name, of one kind
                    found = con.execute(
                        f"SELECT {select} FROM actor_spellings WHERE kind = ? AND text ILIKE ? "
                        f"AND actor IN ({', '.join('?' * len(some))})",
                        [kind, f"%{name}%", *some],
                    )
                    return [r[0] for r in found.fetchall()]

                numbers = matching("spelling", "mention")
                named = matching("DISTINCT actor", "name")
            if len(rows) <= _MAX_LITERAL_ACTORS and len(numbers) <= _MAX_LITERAL_ACTORS:
                return cls(name, whole, some, numbers, named)
        return cls(name, (f"SELECT actor FROM ({grouped}) WHERE whole", params), partial, spellings)

    @staticmethod
    def _in(column: str, actors: list[int] | tuple[str, list[Any]]) -> tuple[str, list[Any]]:
        if isinstance(actors, tuple):
            return f"{column} IN ({actors[0]})", list(actors[1])
        if not actors:
            return "FALSE", []
        return f"{column} IN ({', '.join('?' * len(actors))})", list(actors)

    def clause(self, role: str) -> tuple[str, list[Any]]:
        """SQL (over ``events e``) true when the event's ``role`` end is one of these actors."""
        whole, whole_params = self._in(f"e.{role}_actor", self.whole)
        if not self.partial:
            return whole, whole_params
        partial, partial_params = self._in(f"e.{role}_actor", self.partial)
        if self.named is not None and isinstance(self.spellings, list):
            # the event end's own spellings; canonical names only for the actors that need them
            # list_contains per spelling is several times faster than one list_has_any in DuckDB 1.5
            test_params: list[Any]
            if not self.spellings:
                test, test_params = "FALSE", []
            elif len(self.spellings) <= 16:
                test = " OR ".join(f"list_contains(e.{role}_spellings, ?)" for _ in self.spellings)
                test, test_params = f"({test})", list(self.spellings)
            else:
                test, test_params = f"list_has_any(e.{role}_spellings, ?)", [self.spellings]
            if self.named:
                in_named, named_params = self._in("actor", self.named)
                test = (
                    f"({test} OR (e.article_id, e.{role}) IN (SELECT article_id, entity_id FROM entities "
                    f"WHERE {in_named} AND name ILIKE ?))"
                )
                test_params += [*named_params, f"%{self.name}%"]
            return f"({whole} OR ({partial} AND {test}))", [*whole_params, *partial_params, *test_params]
        in_entities, p1 = self._in("actor", self.partial)
        in_mentions, p2 = self._in("actor", self.partial)
        in_spellings, p3 = self._in("spelling", self.spellings)
        # the mentions' spelling numbers stand for `text ILIKE`, slow on Devanagari over many rows
        pairs = (
            f"SELECT article_id, entity_id FROM entities WHERE {in_entities} AND name ILIKE ? "
            f"UNION SELECT article_id, entity_id FROM mentions WHERE {in_mentions} AND {in_spellings}"
        )
        return (
            f"({whole} OR ({partial} AND (e.article_id, e.{role}) IN ({pairs})))",
            [*whole_params, *partial_params, *p1, f"%{self.name}%", *p2, *p3],
        )


def _event_sql(
    flt: EventFilter, kb: KnowledgeBase | None, con: duckdb.DuckDBPyConnection | None = None
) -> _Sql:
    """The WHERE clause (over ``events e``) of a filter. With ``con``, the actor names are resolved to
    actor numbers first (faster pages); without, the same test runs as subqueries."""
    flt.validate()
    sql = _Sql()
    for role, value in (("source", flt.source), ("target", flt.target)):
        if value:
            clause, params = _ActorMatch.resolve(value, kb, con).clause(role)
            sql.add(clause, *params)
    if flt.actor:
        match = _ActorMatch.resolve(flt.actor, kb, con)
        (source, source_params), (target, target_params) = match.clause("source"), match.clause("target")
        sql.add(f"({source} OR {target})", *source_params, *target_params)
    if flt.country:
        code = flt.country.upper()
        sql.add("(e.source_country = ? OR e.target_country = ?)", code, code)
    _add_event_attributes(sql, flt, "e")
    if flt.date_from:
        sql.add("e.date_start >= ?", flt.date_from)
    if flt.date_to:
        sql.add("e.date_start <= ?", flt.date_to)
    if flt.article_id:
        sql.add("e.article_id = ?", flt.article_id)
    if flt.actor_key:
        # The key's number (an event end's number is that of its key, see duckdb_store).
        if con is not None:
            row = con.execute("SELECT actor FROM actors WHERE key = ?", [flt.actor_key]).fetchone()
            number = row[0] if row else -1
            sql.add("(e.source_actor = ? OR e.target_actor = ?)", number, number)
        else:
            sql.add(
                "(e.source_actor IN (SELECT actor FROM actors WHERE key = ?) "
                "OR e.target_actor IN (SELECT actor FROM actors WHERE key = ?))",
                flt.actor_key,
                flt.actor_key,
            )
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
    names = [*columns, *(c for c in _EVENT_ORDER_COLUMNS if c not in columns)]
    # an actor filter's page: its events' keys from their actors' rows, then just those events
    rows = None if limit is None else _page_by_actor(con, flt, kb, limit, offset, names)
    if rows is not None:
        return _with_articles(con, rows, columns)
    sql = _event_sql(flt, kb, con)
    event_columns = ", ".join(f"e.{c}" for c in columns)
    if limit is None:
        cursor = con.execute(
            f"SELECT {event_columns}, a.url, a.outlet, a.ingested_at FROM events e "
            f"LEFT JOIN articles a ON a.id = e.article_id WHERE {sql.clause} ORDER BY {_EVENT_ORDER}",
            sql.params,
        )
        return _rows(cursor)
    # Otherwise two steps, both cheap on the date-sorted table (duckdb_store): the date of the page's last row
    # (a top-N over one column), then the page over the events dated on or after it only — a constant
    # bound that prunes row groups by their zone maps, which the top-N's own bound cannot do through
    # an actor filter's semi-join; that is what the date windows (_date_windows) are for.
    since = None
    for number, window in enumerate([*_date_windows(con), None]):
        if number == 1 and (flt.actor or flt.source or flt.target or flt.actor_key):
            # not among the newest events: the date from the rows of the filter's actors instead
            found = _last_date_by_actor(con, flt, kb, offset + limit - 1)
            if found is not None:
                since = found[0]
                break
        clause, params = sql.clause, list(sql.params)
        if window is not None:
            clause, params = f"{clause} AND e.date_start >= ?", [*params, window]
        found = con.execute(
            f"SELECT e.date_start FROM events e WHERE {clause} "
            "ORDER BY e.date_start DESC NULLS LAST LIMIT 1 OFFSET ?",
            [*params, offset + limit - 1],
        ).fetchone()
        if found is not None:
            since = found[0]  # None when the page reaches the undated events: no bound then
            break
    clause, params = sql.clause, list(sql.params)
    if since is not None:
        clause, params = f"{clause} AND e.date_start >= ?", [*params, since]
    cursor = con.execute(
        f"SELECT {', '.join(f'e.{c}' for c in names)} FROM events e WHERE {clause} "
        f"ORDER BY {_EVENT_ORDER} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return _with_articles(con, _rows(cursor), columns)


def _with_articles(
    con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], columns: Sequence[str]
) -> list[dict[str, Any]]:
    """The page's rows (``columns`` of each) with their article's URL, outlet and ingestion time."""
    ids = sorted({row["article_id"] for row in rows})
    articles: dict[str, tuple[Any, ...]] = {}
    if ids:
        marks = ", ".join("?" * len(ids))
        known = con.execute(f"SELECT id, url, outlet, ingested_at FROM articles WHERE id IN ({marks})", ids)
        articles = {row[0]: row[1:] for row in known.fetchall()}
    page = []
    for row in rows:
        url, outlet, ingested_at = articles.get(row["article_id"], (None, None, None))
        fields = {c: row[c] for c in columns}
        page.append({**fields, "url": url, "outlet": outlet, "ingested_at": ingested_at})
    return page


# A page reaching further than this many events into an actor filter's matches is found the other way.
_MAX_KEYED_PAGE = 1000
# ... and so is one whose last date has more matching events than this (the keys of all of them are read).
_MAX_KEYED_ROWS = 5000
# Keys read past the page at first (2 × offset+limit + this), to see the end of its last date's events.
_KEYED_MARGIN = 100


def _page_by_actor(
    con: duckdb.DuckDBPyConnection,
    flt: EventFilter,
    kb: KnowledgeBase | None,
    limit: int,
    offset: int,
    names: Sequence[str],
) -> list[dict[str, Any]] | None:
    """The page (``names`` of each event, in page order) from the keys of its events in
    ``event_actors`` (store schema 7; see ``_actor_rows_sql``): those rows sit together (sorted by
    actor), so the keys come cheap however far back the matches lie; then only those events are read
    from ``events``, by tests on their date and article that the scan applies before reading the wide
    columns. None when that table does not answer the filter, or the page lies too deep."""
    wanted = offset + limit
    if limit <= 0 or wanted > _MAX_KEYED_PAGE:
        return None
    sql = _actor_rows_sql(con, flt, kb)
    if sql is None:
        return None
    select = f"SELECT e.date_start, e.article_id, e.idx FROM event_actors e WHERE {sql.clause}"
    read = 2 * wanted + _KEYED_MARGIN
    try:
        # the newest matches by date; more than the page, to see past the ties of its last date
        keys = con.execute(
            f"{select} ORDER BY e.date_start DESC NULLS LAST LIMIT ?", [*sql.params, read]
        ).fetchall()
    except (duckdb.CatalogException, duckdb.BinderException):  # a store of schema 6 or older
        return None
    if len(keys) >= wanted:
        # the page's events are among those dated on or after its last event (undated ones: all)
        last = keys[wanted - 1][0]
        if len(keys) == read and keys[-1][0] == last:
            # that date's events go on past what was read: read them all (or give up)
            bound, bound_params = ("e.date_start >= ?", [last]) if last is not None else ("TRUE", [])
            keys = con.execute(
                f"{select} AND {bound} LIMIT ?", [*sql.params, *bound_params, _MAX_KEYED_ROWS + 1]
            ).fetchall()
            if len(keys) > _MAX_KEYED_ROWS:
                return None
        elif last is not None:
            keys = [key for key in keys if key[0] is not None and key[0] >= last]
    if not keys:
        return []
    # the events of those articles on those dates, in page order; the exact keys picked from them
    dated = sorted({day for day, _, _ in keys if day is not None})
    tests, params = [], []
    if dated:
        # a constant range (zone maps skip other row groups), then the dates themselves
        tests.append("e.date_start BETWEEN ? AND ? AND list_contains(?, e.date_start)")
        params += [dated[0], dated[-1], dated]
    if any(day is None for day, _, _ in keys):
        tests.append("e.date_start IS NULL")
    want = {(article, idx) for _, article, idx in keys}
    cursor = con.execute(
        f"SELECT {', '.join(f'e.{c}' for c in names)} FROM events e "
        f"WHERE list_contains(?, e.article_id) AND ({' OR '.join(tests)}) ORDER BY {_EVENT_ORDER}",
        [sorted({article for _, article, _ in keys}), *params],
    )
    article, idx = names.index("article_id"), names.index("idx")
    rows = [row for row in cursor.fetchall() if (row[article], row[idx]) in want][offset:wanted]
    return [dict(zip(names, row, strict=True)) for row in rows]


def _last_date_by_actor(
    con: duckdb.DuckDBPyConnection, flt: EventFilter, kb: KnowledgeBase | None, position: int
) -> tuple[date | None] | None:
    """The date of the matching event at ``position`` in page order, from ``event_actors`` (see
    ``_actor_rows_sql``; ``(None,)`` when fewer events match, or that one is undated); None when that
    table does not answer this filter."""
    sql = _actor_rows_sql(con, flt, kb)
    if sql is None:
        return None
    try:
        found = con.execute(
            f"SELECT e.date_start FROM event_actors e WHERE {sql.clause} "
            "ORDER BY e.date_start DESC NULLS LAST LIMIT 1 OFFSET ?",
            [*sql.params, position],
        ).fetchone()
    except duckdb.CatalogException:  # not a khabar store of schema 6 or later
        return None
    return (found[0],) if found is not None else (None,)


# Window sizes (events) of the search for a page's last date, smallest first, and their date bounds.
_WINDOWS = (50_000, 1_000_000)
_WINDOW_CACHE: dict[tuple[int, int], list[date]] = {}


def _date_windows(con: duckdb.DuckDBPyConnection) -> list[date]:
    """Dates such that the events dated on or after them are about the newest 50,000, 1,000,000
    events, from the first rows of the date-sorted table (duckdb_store). If the page's last row lies
    inside a window, the rows outside it all sort after the page. Bounds from an unsorted table are
    merely less useful: the page is right whatever they are."""
    row = con.execute("SELECT count(*) FROM events").fetchone()
    total = int(row[0]) if row else 0
    key = (id(con), total)
    if key not in _WINDOW_CACHE:
        bounds: list[date] = []
        for size in _WINDOWS:
            if size * 2 > total:
                break
            found = con.execute("SELECT min(date_start) FROM events WHERE rowid < ?", [size]).fetchone()
            if not found or found[0] is None or (bounds and found[0] >= bounds[-1]):
                break
            bounds.append(found[0])
        if len(_WINDOW_CACHE) > 64:
            _WINDOW_CACHE.clear()
        _WINDOW_CACHE[key] = bounds
    return _WINDOW_CACHE[key]


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> int:
    row = con.execute(sql, params).fetchone()
    return int(row[0]) if row else 0


def count_events(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, kb: KnowledgeBase | None = None) -> int:
    """How many events match the filter (exact). Without an actor or article filter the per-month
    counts answer it, and only the events of a date range's partial first and last months are
    counted one by one; with an actor filter the rows of its actors' event ends are counted
    (``_count_by_actor``); otherwise every event's filter columns are scanned."""
    flt.validate()
    used = {f.name for f in fields(flt) if getattr(flt, f.name) not in (None, "")} - {"date_from", "date_to"}
    # (no filter at all: DuckDB answers count(*) from the table's metadata)
    level = _count_level(used) if used or flt.date_from or flt.date_to else None
    if level is not None:
        counted = _count_by_month(con, flt, level)
        if counted is not None:
            return counted
    counted = _count_by_actor(con, flt, kb)
    if counted is not None:
        return counted
    sql = _event_sql(flt, kb, con)
    return _count(con, f"SELECT count(*) FROM events e WHERE {sql.clause}", sql.params)


def _count_by_actor(con: duckdb.DuckDBPyConnection, flt: EventFilter, kb: KnowledgeBase | None) -> int | None:
    """The count over ``event_actors`` (see ``_actor_rows_sql``); None when that does not apply."""
    sql = _actor_rows_sql(con, flt, kb)
    if sql is None:
        return None
    try:
        return _count(con, f"SELECT count(*) FROM event_actors e WHERE {sql.clause}", sql.params)
    except duckdb.CatalogException:  # not a khabar store of schema 6 or later
        return None


# An actor filter naming more actors than this is counted over the events, not their actors' rows
# (which would then be most of ``event_actors``, tested against long IN lists).
_MAX_INDEXED_ACTORS = 32


def _actor_rows_sql(
    con: duckdb.DuckDBPyConnection, flt: EventFilter, kb: KnowledgeBase | None
) -> _Sql | None:
    """The WHERE clause over ``event_actors e`` (store schema 6: one row per event end with an actor,
    sorted by actor, with the event's filter columns under the names of ``events``) selecting exactly one
    row per matching event, on the rows of the few actors one actor filter designates; the rest of the
    filter is the events WHERE clause itself. An event is taken on the row of its first matching end: an
    ``actor``/``actor_key`` filter takes a target row only when the source end does not match, so an
    event between two matching actors counts once. None without an actor filter, or when the name
    designates more than ``_MAX_INDEXED_ACTORS`` actors."""
    if flt.actor_key:
        row = con.execute("SELECT actor FROM actors WHERE key = ?", [flt.actor_key]).fetchone()
        number = row[0] if row else -1
        sql = _event_sql(replace(flt, actor_key=None), kb, con)
        sql.add("e.actor = ? AND (NOT e.is_target OR e.source_actor IS DISTINCT FROM ?)", number, number)
        return sql
    role, name = next(
        ((r, v) for r, v in (("actor", flt.actor), ("source", flt.source), ("target", flt.target)) if v),
        (None, None),
    )
    if role is None or name is None:
        return None
    match = _ActorMatch.resolve(name, kb, con)
    if not isinstance(match.whole, list) or not isinstance(match.partial, list):
        return None
    actors = sorted({*match.whole, *match.partial})
    if len(actors) > _MAX_INDEXED_ACTORS:
        return None
    sql = _event_sql(replace(flt, **{role: None}), kb, con)
    sql.add(f"e.actor IN ({', '.join('?' * len(actors))})" if actors else "FALSE", *actors)
    source, source_params = match.clause("source")
    if role == "source":
        sql.add(f"NOT e.is_target AND {source}", *source_params)
        return sql
    target, target_params = match.clause("target")
    if role == "target":
        sql.add(f"e.is_target AND {target}", *target_params)
        return sql
    # (a CASE is several times faster in DuckDB 1.5 than the same test as an OR of two ANDs)
    sql.add(
        f"CASE WHEN e.is_target THEN {target} AND NOT coalesce({source}, FALSE) ELSE {source} END",
        *target_params,
        *source_params,
        *source_params,
    )
    return sql


def _count_level(used: set[str]) -> int | None:
    """The smallest level of the store's ``event_counts`` with every filter field of ``used`` (the
    filter fields and the count columns have the same names); None when none has them all. A level by
    country counts an event once per country, so it answers only filters with a country."""
    from khabar.store.duckdb_store import EVENT_COUNT_LEVELS

    fits = [
        level
        for level, columns in enumerate(EVENT_COUNT_LEVELS)
        if used <= set(columns) and ("country" in columns) == ("country" in used)
    ]
    return min(fits, key=lambda level: len(EVENT_COUNT_LEVELS[level])) if fits else None


def _month_after(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def _count_by_month(con: duckdb.DuckDBPyConnection, flt: EventFilter, level: int) -> int | None:
    """The count from ``event_counts`` over the whole months of the date range, plus the events of
    its partial months counted in ``events`` (date-sorted, so DuckDB reads only their row groups).
    None when the range holds no whole month, or the store has no such table."""
    low, high = flt.date_from, flt.date_to
    try:
        first_month = low if low is None or low.day == 1 else _month_after(low)  # first whole month
        end_month = None  # the month after the last whole one
        if high is not None:
            end_month = _month_after(high) if (high + timedelta(days=1)).day == 1 else high.replace(day=1)
    except (OverflowError, ValueError):  # the range reaches year 9999
        return None
    if first_month is not None and end_month is not None and first_month >= end_month:
        return None
    sql = _Sql()
    sql.add("c.level = ?", level)
    if flt.country:
        sql.add("c.country = ?", flt.country.upper())
    _add_event_attributes(sql, flt, "c")
    if first_month is not None:
        sql.add("c.month >= ?", first_month)
    if end_month is not None:
        sql.add("c.month < ?", end_month)
    parts = [(f"SELECT coalesce(sum(c.n), 0) FROM event_counts c WHERE {sql.clause}", sql.params)]
    edges = []
    if low is not None and first_month is not None and low < first_month:
        edges.append((low, first_month - timedelta(days=1)))
    if high is not None and end_month is not None and end_month <= high:
        edges.append((end_month, high))
    for edge_from, edge_to in edges:
        edge = _event_sql(replace(flt, date_from=edge_from, date_to=edge_to), None)
        parts.append((f"SELECT count(*) FROM events e WHERE {edge.clause}", edge.params))
    total = " + ".join(f"({part})" for part, _ in parts)
    try:
        return _count(con, f"SELECT CAST({total} AS BIGINT)", [p for _, params in parts for p in params])
    except duckdb.CatalogException:  # not a khabar store of schema 5 or later
        return None


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


def count_quotes(
    con: duckdb.DuckDBPyConnection,
    *,
    speaker: str | None = None,
    article_id: str | None = None,
    kb: KnowledgeBase | None = None,
) -> int:
    sql = _Sql()
    if speaker:
        sub, params = _actor_entities_sql(speaker, kb)
        sql.add(f"(q.article_id, q.speaker) IN ({sub})", *params)
    if article_id:
        sql.add("q.article_id = ?", article_id)
    return _count(con, f"SELECT count(*) FROM quotes q WHERE {sql.clause}", sql.params)


# --- articles ------------------------------------------------------------------------------------


@dataclass(slots=True)
class ArticleFilter:
    lang: str | None = None
    outlet: str | None = None
    date_from: date | None = None  # publication date
    date_to: date | None = None
    ids: Sequence[str] | None = None  # e.g. the hits of a full-text search

    def sql(self) -> _Sql:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise QueryError(f"date range is empty: {self.date_from} > {self.date_to}")
        sql = _Sql()
        if self.lang:
            sql.add("a.lang = ?", self.lang)
        if self.outlet:
            sql.add("a.outlet ILIKE ?", f"%{self.outlet}%")
        if self.date_from:
            sql.add("CAST(a.published AS DATE) >= ?", self.date_from)
        if self.date_to:
            sql.add("CAST(a.published AS DATE) <= ?", self.date_to)
        if self.ids is not None:
            sql.add("list_contains(?, a.id)", list(self.ids))
        return sql


def list_articles(
    con: duckdb.DuckDBPyConnection, flt: ArticleFilter, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Stored articles (metadata and counts, no text), newest first."""
    sql = flt.sql()
    cursor = con.execute(
        "SELECT a.id, a.title, a.url, a.outlet, a.lang, a.published, a.published_basis, a.ingested_at, "
        "length(a.clean) AS chars, a.supported, a.warnings, "
        "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events, "
        "(SELECT count(*) FROM entities n WHERE n.article_id = a.id) AS entities, "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes "
        f"FROM articles a WHERE {sql.clause} ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
        [*sql.params, limit, offset],
    )
    return _rows(cursor)


def count_articles(con: duckdb.DuckDBPyConnection, flt: ArticleFilter) -> int:
    sql = flt.sql()
    return _count(con, f"SELECT count(*) FROM articles a WHERE {sql.clause}", sql.params)


# --- actors --------------------------------------------------------------------------------------


def _event_keys_cte(where: str = "TRUE") -> str:
    """SQL of (key, name, country, role, quad_class) rows: one per event end that has an actor."""
    return (
        f"SELECT {_EVENT_KEY.format(role='source')} AS key, e.source_name AS name, "
        "e.source_country AS country, 'source' AS role, e.quad_class, e.plover "
        f"FROM events e WHERE e.source_name IS NOT NULL AND {where} "
        f"UNION ALL SELECT {_EVENT_KEY.format(role='target')}, e.target_name, e.target_country, 'target', "
        f"e.quad_class, e.plover FROM events e WHERE e.target_name IS NOT NULL AND {where}"
    )


def find_actor_keys(
    con: duckdb.DuckDBPyConnection, query: str, *, kb: KnowledgeBase | None = None, limit: int = 50
) -> list[str]:
    """Keys of stored actors that ``query`` (any script) names: canonical name, a mention as written,
    or a knowledge-base actor the name resolves to. Most-mentioned first."""
    sub, params = _actor_entities_sql(query, kb)
    rows = con.execute(
        f"SELECT {_ENTITY_KEY} AS key FROM entities WHERE (article_id, entity_id) IN ({sub}) "
        "GROUP BY key ORDER BY sum(mention_count) DESC, key LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [row[0] for row in rows]


def top_actor_keys(con: duckdb.DuckDBPyConnection, *, limit: int = 50) -> list[str]:
    """Keys of the actors in the most events."""
    rows = con.execute(
        f"SELECT key FROM ({_event_keys_cte()}) GROUP BY key ORDER BY count(*) DESC, key LIMIT ?", [limit]
    ).fetchall()
    return [row[0] for row in rows]


def actor_summaries(con: duckdb.DuckDBPyConnection, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Name, type, country, code and counts (articles, mentions, events) of each stored actor key."""
    if not keys:
        return {}
    keys = list(keys)
    summaries: dict[str, dict[str, Any]] = {}
    cursor = con.execute(
        f"SELECT {_ENTITY_KEY} AS key, any_value(kb_id) AS kb_id, mode(name) AS name, mode(type) AS type, "
        "mode(country) AS country, mode(sector) AS sector, mode(actor_code) AS actor_code, "
        "count(DISTINCT article_id) AS articles, sum(mention_count)::BIGINT AS mentions "
        f"FROM entities WHERE list_contains(?, {_ENTITY_KEY}) GROUP BY key",
        [keys],
    )
    for row in _rows(cursor):
        summaries[row["key"]] = {**row, "events": 0, "as_source": 0, "as_target": 0}
    rows = con.execute(
        f"SELECT key, mode(name), mode(country), count(*) FILTER (WHERE role = 'source'), "
        f"count(*) FILTER (WHERE role = 'target') FROM ({_event_keys_cte()}) "
        "WHERE list_contains(?, key) GROUP BY key",
        [keys],
    ).fetchall()
    for key, name, country, as_source, as_target in rows:
        summary = summaries.setdefault(
            key,
            {
                "key": key,
                "kb_id": None if key.startswith("name:") else key,
                "name": name,
                "type": None,
                "country": country,
                "sector": None,
                "actor_code": None,
                "articles": 0,
                "mentions": 0,
            },
        )
        summary.update(events=as_source + as_target, as_source=as_source, as_target=as_target)
    return summaries


def actor_profile(con: duckdb.DuckDBPyConnection, key: str) -> dict[str, Any] | None:
    """Everything the store says about one actor key; None when the store never mentions it."""
    summary = actor_summaries(con, [key]).get(key)
    if summary is None:
        return None
    spellings = con.execute(
        "SELECT m.text, count(*) AS n FROM mentions m JOIN entities n "
        "ON n.article_id = m.article_id AND n.entity_id = m.entity_id "
        "WHERE coalesce(n.kb_id, 'name:' || n.name) = ? "
        "GROUP BY m.text ORDER BY n DESC, m.text LIMIT 30",
        [key],
    ).fetchall()
    roles = con.execute(
        f"SELECT role, count(*) AS n FROM (SELECT unnest(roles) AS role FROM entities "
        f"WHERE {_ENTITY_KEY} = ?) GROUP BY role ORDER BY n DESC, role LIMIT 30",
        [key],
    ).fetchall()
    mine = f"{_EVENT_KEY.format(role='source')} = ? OR {_EVENT_KEY.format(role='target')} = ?"
    by_type = con.execute(
        f"SELECT coalesce(e.plover, e.cameo), e.quad_class, "
        f"count(*) FILTER (WHERE {_EVENT_KEY.format(role='source')} = ?), "
        f"count(*) FILTER (WHERE {_EVENT_KEY.format(role='target')} = ?) "
        f"FROM events e WHERE {mine} GROUP BY ALL ORDER BY count(*) DESC LIMIT 40",
        [key, key, key, key],
    ).fetchall()
    partners = con.execute(
        "SELECT other, mode(other_name), mode(other_country), count(*) AS n, "
        "count(*) FILTER (WHERE quad_class IN (1, 2)), count(*) FILTER (WHERE quad_class IN (3, 4)) FROM ("
        f"SELECT {_EVENT_KEY.format(role='target')} AS other, e.target_name AS other_name, "
        "e.target_country AS other_country, e.quad_class FROM events e "
        f"WHERE {_EVENT_KEY.format(role='source')} = ? AND e.target_name IS NOT NULL "
        f"UNION ALL SELECT {_EVENT_KEY.format(role='source')}, e.source_name, e.source_country, e.quad_class "
        f"FROM events e WHERE {_EVENT_KEY.format(role='target')} = ? AND e.source_name IS NOT NULL"
        ") WHERE other <> ? GROUP BY other ORDER BY n DESC, other LIMIT 20",
        [key, key, key],
    ).fetchall()
    row = con.execute(
        "SELECT count(*) FROM quotes q JOIN entities n ON n.article_id = q.article_id "
        "AND n.entity_id = q.speaker WHERE coalesce(n.kb_id, 'name:' || n.name) = ?",
        [key],
    ).fetchone()
    quotes = row[0] if row else 0
    return {
        **summary,
        "spellings": [{"text": text, "count": n} for text, n in spellings],
        "roles": [{"role": role, "count": n} for role, n in roles],
        "event_types": [
            {"type": kind, "quad_class": quad, "as_source": src, "as_target": tgt}
            for kind, quad, src, tgt in by_type
        ],
        "partners": [
            {"key": k, "name": n, "country": c, "events": total, "cooperation": coop, "conflict": conflict}
            for k, n, c, total, coop, conflict in partners
        ],
        "quotes": quotes,
    }


# --- aggregates for the timeline, network and map ------------------------------------------------


def event_timeline(
    con: duckdb.DuckDBPyConnection,
    flt: EventFilter,
    *,
    kb: KnowledgeBase | None = None,
    bucket: str = "day",
) -> list[dict[str, Any]]:
    """Event counts per day (or week/month) and quad class, for dated events, oldest first."""
    if bucket not in ("day", "week", "month"):
        raise QueryError(f"unknown bucket {bucket!r}; expected day, week or month")
    sql = _event_sql(flt, kb, con)
    cursor = con.execute(
        f"SELECT CAST(date_trunc('{bucket}', e.date_start) AS DATE) AS day, e.quad_class, count(*) AS events "
        f"FROM events e WHERE {sql.clause} AND e.date_start IS NOT NULL "
        "GROUP BY ALL ORDER BY day, e.quad_class",
        sql.params,
    )
    return _rows(cursor)


def event_network(
    con: duckdb.DuckDBPyConnection,
    flt: EventFilter,
    *,
    kb: KnowledgeBase | None = None,
    max_edges: int = 150,
) -> dict[str, list[dict[str, Any]]]:
    """Actors as nodes and (source → target) pairs as edges, with cooperation/conflict counts.

    The ``max_edges`` pairs with most events are kept; nodes are the actors those edges touch.
    """
    sql = _event_sql(flt, kb, con)
    source_key, target_key = _EVENT_KEY.format(role="source"), _EVENT_KEY.format(role="target")
    rows = con.execute(
        f"SELECT {source_key} AS s, mode(e.source_name), mode(e.source_country), "
        f"{target_key} AS t, mode(e.target_name), mode(e.target_country), count(*) AS n, "
        "count(*) FILTER (WHERE e.quad_class IN (1, 2)), count(*) FILTER (WHERE e.quad_class IN (3, 4)) "
        f"FROM events e WHERE {sql.clause} AND e.source_name IS NOT NULL AND e.target_name IS NOT NULL "
        f"AND {source_key} <> {target_key} GROUP BY s, t ORDER BY n DESC, s, t LIMIT ?",
        [*sql.params, max_edges],
    ).fetchall()
    nodes: dict[str, dict[str, Any]] = {}
    edges = []
    for s, s_name, s_country, t, t_name, t_country, n, coop, conflict in rows:
        for key, name, country in ((s, s_name, s_country), (t, t_name, t_country)):
            node = nodes.setdefault(key, {"key": key, "name": name, "country": country, "events": 0})
            node["events"] += n
        edges.append({"source": s, "target": t, "events": n, "cooperation": coop, "conflict": conflict})
    return {"nodes": list(nodes.values()), "edges": edges}


def event_locations(
    con: duckdb.DuckDBPyConnection,
    flt: EventFilter,
    *,
    kb: KnowledgeBase | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Event counts per located place (with coordinates), by quad class, most events first."""
    sql = _event_sql(flt, kb, con)
    cursor = con.execute(
        "SELECT mode(e.location_name) AS name, e.location_country AS country, round(e.lat, 3) AS lat, "
        "round(e.lon, 3) AS lon, count(*) AS events, "
        + ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
        + f" FROM events e WHERE {sql.clause} AND e.lat IS NOT NULL AND e.lon IS NOT NULL "
        "GROUP BY country, round(e.lat, 3), round(e.lon, 3) ORDER BY events DESC, name LIMIT ?",
        [*sql.params, limit],
    )
    return _rows(cursor)
