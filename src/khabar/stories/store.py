"""Stories and event clusters in the DuckDB store, kept up to date one batch of articles at a time.

Tables (created on first write; a store from before them gets them when opened for writing):
- ``events.cluster_id``: the event cluster each stored event row belongs to;
- ``event_clusters``: one row per cluster: the representative event's fields, ``num_events``,
  ``num_mentions`` (evidence sentences over all reports), ``num_articles``, ``num_sources`` (distinct
  outlets), ``first_seen``/``last_seen`` (publication, else ingestion, of its reports), the earliest
  report and the story it belongs to;
- ``stories`` and ``story_articles``: articles that share an event cluster form one story.

:func:`update_clusters` re-clusters only the neighbourhood of the new articles: their events, the
stored events that share an actor with them (and those events' clusters), and the clusters the
replaced versions of the articles were in. The clustering is a function of the event set
(:mod:`khabar.stories.cluster`), so the store ends up the same whatever order articles came in.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

from khabar.stories.cluster import WINDOW_DAYS, EventFacts, cluster_events, group_articles

SCHEMA = """
CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id VARCHAR PRIMARY KEY, story_id VARCHAR,
    cameo VARCHAR, plover VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    source VARCHAR, source_name VARCHAR, source_kb_id VARCHAR, source_code VARCHAR, source_country VARCHAR,
    target VARCHAR, target_name VARCHAR, target_kb_id VARCHAR, target_code VARCHAR, target_country VARCHAR,
    date VARCHAR, date_start DATE, date_precision VARCHAR, status VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    root_article_id VARCHAR, root_idx INTEGER,
    num_events INTEGER, num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER,
    first_seen TIMESTAMP, last_seen TIMESTAMP, earliest_article_id VARCHAR, earliest_idx INTEGER,
    langs VARCHAR[], updated_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS stories (
    story_id VARCHAR PRIMARY KEY, title VARCHAR, num_articles INTEGER, num_sources INTEGER,
    num_clusters INTEGER, langs VARCHAR[], first_seen TIMESTAMP, last_seen TIMESTAMP,
    earliest_article_id VARCHAR, actors VARCHAR[], actor_names VARCHAR[], updated_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS story_articles (story_id VARCHAR, article_id VARCHAR);
"""

_EVENT_FIELDS = (
    "e.article_id, e.idx, e.cameo, e.plover, e.quad_class, e.goldstein, e.source, e.source_name, "
    "e.source_kb_id, e.source_code, e.source_country, e.target, e.target_name, e.target_kb_id, "
    "e.target_code, e.target_country, e.date, e.date_start, e.date_precision, e.status, e.location_name, "
    "e.location_country, e.lat, e.lon, e.evidence, e.lang, e.cluster_id, a.published, a.ingested_at, "
    "coalesce(a.outlet, regexp_extract(a.url, '^[a-z]+://([^/]+)', 1), a.id) AS outlet_key, a.title"
)
_KEY = "coalesce({role}_kb_id, 'name:' || {role}_name)"


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the story tables and the ``events.cluster_id`` column where they are missing."""
    con.execute(SCHEMA)
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS cluster_id VARCHAR")


def has_schema(con: duckdb.DuckDBPyConnection) -> bool:
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    return "event_clusters" in names


def clusters_of(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> list[str]:
    """The clusters the stored events of these articles belong to (read before they are replaced)."""
    if not article_ids or not has_schema(con):
        return []
    rows = con.execute(
        "SELECT DISTINCT cluster_id FROM events "
        "WHERE cluster_id IS NOT NULL AND list_contains(?, article_id)",
        [list(article_ids)],
    ).fetchall()
    return [r[0] for r in rows]


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _fetch(con: duckdb.DuckDBPyConnection, where: str, params: list[Any]) -> list[dict[str, Any]]:
    return _rows(
        con.execute(
            f"SELECT {_EVENT_FIELDS} FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE {where}",
            params,
        )
    )


def _neighbourhood(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], touched: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """The event rows whose clusters the new articles can change (see the module docstring)."""
    rows = _fetch(
        con,
        "list_contains(?, e.article_id) OR list_contains(?, e.cluster_id)",
        [list(article_ids), list(touched)],
    )
    found = {f"{r['article_id']}#{r['idx']}": r for r in rows}
    keys = sorted({k for r in rows for k in (EventFacts.of(r).source, EventFacts.of(r).target) if k})
    if keys:
        days = [d for d in (EventFacts.of(r).day for r in rows) if d is not None]
        time_clause = "TRUE"
        params: list[Any] = [keys, keys]
        if days and all(EventFacts.of(r).day is not None for r in rows):
            # Only events near the new ones in time (or without a time) can join them.
            lo = datetime.fromordinal(min(days) - WINDOW_DAYS - 1)
            hi = datetime.fromordinal(max(days) + WINDOW_DAYS + 1)
            time_clause = (
                "(coalesce(CAST(e.date_start AS TIMESTAMP), a.published) IS NULL "
                "OR coalesce(CAST(e.date_start AS TIMESTAMP), a.published) BETWEEN ? AND ? "
                "OR a.published BETWEEN ? AND ?)"
            )
            params += [lo, hi, lo, hi]
        near = _fetch(
            con,
            f"(list_contains(?, {_KEY.format(role='e.source')}) "
            f"OR list_contains(?, {_KEY.format(role='e.target')})) "
            f"AND {time_clause}",
            params,
        )
        clusters = sorted({r["cluster_id"] for r in near if r["cluster_id"]})
        for r in near:
            found.setdefault(f"{r['article_id']}#{r['idx']}", r)
        if clusters:
            for r in _fetch(con, "list_contains(?, e.cluster_id)", [clusters]):
                found.setdefault(f"{r['article_id']}#{r['idx']}", r)
    return found


def _representative(members: list[dict[str, Any]]) -> dict[str, Any]:
    """The report that states the event best: occurred, both actors, persons over countries,
    a day-precision date, a place; then the earliest report."""

    def rank(r: dict[str, Any]) -> tuple[Any, ...]:
        people = sum(1 for k in (r["source_kb_id"], r["target_kb_id"]) if k and not k.startswith("country:"))
        return (
            r["status"] != "occurred",
            r["source_name"] is None or r["target_name"] is None,
            -people,
            r["date_precision"] != "day",
            r["location_name"] is None,
            r["published"] or datetime.max,
            r["article_id"],
            r["idx"],
        )

    return min(members, key=rank)


def _mentions(evidence: Any) -> int:
    if isinstance(evidence, str):
        try:
            return max(1, len(json.loads(evidence)))
        except ValueError:
            return 1
    return 1


def _seen(r: dict[str, Any]) -> datetime | None:
    seen: datetime | None = r["published"] or r["ingested_at"]
    return seen


def _cluster_row(cid: str, members: list[dict[str, Any]], now: datetime) -> dict[str, Any]:
    rep = _representative(members)
    seen = [s for s in (_seen(r) for r in members) if s is not None]
    earliest = min(members, key=lambda r: (_seen(r) or datetime.max, r["article_id"], r["idx"]))
    fields = [
        "cameo",
        "plover",
        "quad_class",
        "goldstein",
        "source",
        "source_name",
        "source_kb_id",
        "source_code",
        "source_country",
        "target",
        "target_name",
        "target_kb_id",
        "target_code",
        "target_country",
        "date",
        "date_start",
        "date_precision",
        "status",
        "location_name",
        "location_country",
        "lat",
        "lon",
    ]
    row = {name: rep[name] for name in fields}
    if row["location_name"] is None:  # a place stated by another report
        placed = [r for r in members if r["location_name"]]
        if placed:
            best = min(placed, key=lambda r: (r["lat"] is None, r["article_id"], r["idx"]))
            for name in ("location_name", "location_country", "lat", "lon"):
                row[name] = best[name]
    return {
        "cluster_id": cid,
        "story_id": None,
        **row,
        "root_article_id": rep["article_id"],
        "root_idx": rep["idx"],
        "num_events": len(members),
        "num_mentions": sum(_mentions(r["evidence"]) for r in members),
        "num_articles": len({r["article_id"] for r in members}),
        "num_sources": len({r["outlet_key"] for r in members}),
        "first_seen": min(seen) if seen else None,
        "last_seen": max(seen) if seen else None,
        "earliest_article_id": earliest["article_id"],
        "earliest_idx": earliest["idx"],
        "langs": sorted({r["lang"] for r in members if r["lang"]}),
        "updated_at": now,
    }


def update_clusters(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], touched: Sequence[str] = ()
) -> dict[str, int]:
    """Re-cluster around ``article_ids`` (just stored) and the ``touched`` clusters (of their replaced
    versions); update ``events.cluster_id``, ``event_clusters`` and the stories. Runs in the
    caller's connection; wrap it in a transaction for atomicity."""
    ensure_schema(con)
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = _neighbourhood(con, article_ids, touched)
    facts = [EventFacts.of(r) for r in rows.values()]
    assignment = cluster_events(facts)
    old = {r["cluster_id"] for r in rows.values() if r["cluster_id"]} | set(touched)
    members: dict[str, list[dict[str, Any]]] = {}
    for key, cid in assignment.items():
        members.setdefault(cid, []).append(rows[key])
    table = pa.table(
        {
            "article_id": [rows[k]["article_id"] for k in assignment],
            "idx": pa.array([rows[k]["idx"] for k in assignment], pa.int32()),
            "cluster_id": list(assignment.values()),
        }
    )
    con.register("new_assignment", table)
    try:
        con.execute(
            "UPDATE events SET cluster_id = n.cluster_id FROM new_assignment n "
            "WHERE events.article_id = n.article_id AND events.idx = n.idx"
        )
    finally:
        con.unregister("new_assignment")
    if old:
        con.execute("DELETE FROM event_clusters WHERE list_contains(?, cluster_id)", [sorted(old)])
    cluster_rows = [_cluster_row(cid, group, now) for cid, group in sorted(members.items())]
    if cluster_rows:
        _insert(con, "event_clusters", cluster_rows)
    articles = set(article_ids) | {r["article_id"] for r in rows.values()}
    stories = _update_stories(con, articles, now)
    return {"events": len(assignment), "clusters": len(members), "stories": stories}


def _insert(con: duckdb.DuckDBPyConnection, table_name: str, rows: list[dict[str, Any]]) -> None:
    columns = [r[0] for r in con.execute(f"DESCRIBE {table_name}").fetchall()]
    data = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows])
    con.register("new_rows", data)
    try:
        con.execute(f"INSERT INTO {table_name} BY NAME SELECT * FROM new_rows")
    finally:
        con.unregister("new_rows")


def _update_stories(con: duckdb.DuckDBPyConnection, seeds: Iterable[str], now: datetime) -> int:
    """Recompute the stories of the seed articles and of every article linked to them."""
    articles = set(seeds)
    links: set[tuple[str, str]] = set()
    for _ in range(50):  # the component grows by whole clusters; 50 hops is far beyond real stories
        found = con.execute(
            "SELECT DISTINCT article_id, cluster_id FROM events WHERE cluster_id IN "
            "(SELECT cluster_id FROM events WHERE list_contains(?, article_id) AND cluster_id IS NOT NULL)",
            [sorted(articles)],
        ).fetchall()
        links |= {(a, c) for a, c in found}
        grown = articles | {a for a, _ in found}
        if grown == articles:
            break
        articles = grown
    present = {
        r[0]
        for r in con.execute(
            "SELECT id FROM articles WHERE list_contains(?, id)", [sorted(articles)]
        ).fetchall()
    }
    story_of = group_articles(sorted(links), sorted(present))
    old = [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT story_id FROM story_articles WHERE list_contains(?, article_id)",
            [sorted(articles)],
        ).fetchall()
    ]
    if old:
        con.execute("DELETE FROM stories WHERE list_contains(?, story_id)", [old])
        con.execute("DELETE FROM story_articles WHERE list_contains(?, story_id)", [old])
    con.execute("DELETE FROM story_articles WHERE list_contains(?, article_id)", [sorted(articles)])
    if not story_of:
        return 0
    _insert(con, "story_articles", [{"story_id": s, "article_id": a} for a, s in sorted(story_of.items())])
    story_ids = sorted(set(story_of.values()))
    con.execute(
        "UPDATE event_clusters SET story_id = s.story_id FROM ("
        "SELECT DISTINCT e.cluster_id, sa.story_id FROM events e "
        "JOIN story_articles sa ON sa.article_id = e.article_id "
        "WHERE list_contains(?, sa.story_id)) s WHERE event_clusters.cluster_id = s.cluster_id",
        [story_ids],
    )
    meta = {
        r[0]: r
        for r in con.execute(
            "SELECT id, coalesce(nullif(trim(title), ''), "
            # no title: the article's first line of substance stands in for it
            "nullif(trim(regexp_extract(clean, '^\\s*([^\\n]{12,}?)\\s*(\\n|$)', 1)), '')[:140]), "
            "coalesce(published, ingested_at), "
            "coalesce(outlet, regexp_extract(url, '^[a-z]+://([^/]+)', 1), id), lang "
            "FROM articles WHERE list_contains(?, id)",
            [sorted(story_of)],
        ).fetchall()
    }
    actors = con.execute(
        "SELECT sa.story_id, k, any_value(n), count(*) FROM story_articles sa JOIN ("
        f"SELECT article_id, {_KEY.format(role='source')} AS k, source_name AS n FROM events "
        "WHERE source_name IS NOT NULL "
        f"UNION ALL SELECT article_id, {_KEY.format(role='target')}, target_name FROM events "
        "WHERE target_name IS NOT NULL) x ON x.article_id = sa.article_id "
        "WHERE list_contains(?, sa.story_id) GROUP BY ALL ORDER BY 4 DESC, 2",
        [story_ids],
    ).fetchall()
    clusters = dict(
        con.execute(
            "SELECT sa.story_id, count(DISTINCT e.cluster_id) FROM story_articles sa JOIN events e "
            "ON e.article_id = sa.article_id WHERE list_contains(?, sa.story_id) GROUP BY 1",
            [story_ids],
        ).fetchall()
    )
    top: dict[str, list[tuple[str, str]]] = {}
    for sid, key, name, _n in actors:
        if len(top.setdefault(sid, [])) < 8:
            top[sid].append((key, name))
    rows = []
    for sid in story_ids:
        ids = sorted(a for a, s in story_of.items() if s == sid)
        info = [meta[a] for a in ids if a in meta]
        seen = [i[2] for i in info if i[2] is not None]
        earliest = min(info, key=lambda i: (i[2] or datetime.max, i[0]))
        rows.append(
            {
                "story_id": sid,
                "title": earliest[1],
                "num_articles": len(ids),
                "num_sources": len({i[3] for i in info}),
                "num_clusters": clusters.get(sid, 0),
                "langs": sorted({i[4] for i in info if i[4]}),
                "first_seen": min(seen) if seen else None,
                "last_seen": max(seen) if seen else None,
                "earliest_article_id": earliest[0],
                "actors": [k for k, _ in top.get(sid, [])],
                "actor_names": [n for _, n in top.get(sid, [])],
                "updated_at": now,
            }
        )
    _insert(con, "stories", rows)
    return len(rows)


def rebuild(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Cluster the whole store from scratch (for a store written before clustering existed)."""
    ensure_schema(con)
    con.execute("UPDATE events SET cluster_id = NULL")
    for table_name in ("event_clusters", "stories", "story_articles"):
        con.execute(f"DELETE FROM {table_name}")
    ids = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    return update_clusters(con, ids) if ids else {"events": 0, "clusters": 0, "stories": 0}


def counter_summary(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Counts for `khabar stats`."""
    if not has_schema(con):
        keys = ("stories", "multi_article_stories", "cross_language_stories", "event_clusters")
        return {**dict.fromkeys(keys, 0), "multi_article_clusters": 0}
    sizes = Counter(
        dict(con.execute("SELECT num_articles, count(*) FROM event_clusters GROUP BY 1").fetchall())
    )

    def scalar(sql: str) -> int:
        return int((con.execute(sql).fetchone() or (0,))[0])

    return {
        "stories": scalar("SELECT count(*) FROM stories"),
        "multi_article_stories": scalar("SELECT count(*) FROM stories WHERE num_articles > 1"),
        "cross_language_stories": scalar("SELECT count(*) FROM stories WHERE len(langs) > 1"),
        "event_clusters": sum(sizes.values()),
        "multi_article_clusters": sum(n for k, n in sizes.items() if k and k > 1),
    }
