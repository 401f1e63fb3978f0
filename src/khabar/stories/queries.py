"""Read queries over stories and event clusters, shared by `khabar stories`, `khabar events
--clustered`, the GDELT exports and the HTTP API."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import duckdb

from khabar.store.queries import EventFilter, QueryError, _actor_entities_sql, _event_sql
from khabar.stories.store import has_schema

if TYPE_CHECKING:
    from khabar.kb import KnowledgeBase

CLUSTER_ORDER = "c.date_start DESC NULLS LAST, c.first_seen DESC NULLS LAST, c.cluster_id"


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _need_schema(con: duckdb.DuckDBPyConnection) -> None:
    if not has_schema(con):
        raise QueryError(
            "this store has no stories yet: open it once for writing (`khabar stories --rebuild --db FILE`)"
        )


@dataclass(slots=True)
class StoryFilter:
    actor: str | None = None  # any script
    date_from: date | None = None  # the story's reports: last seen on or after
    date_to: date | None = None  # first seen on or before
    lang: str | None = None  # a story with at least one report in this language
    min_articles: int = 1
    article_id: str | None = None

    def validate(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise QueryError(f"date range is empty: {self.date_from} > {self.date_to}")


def _story_where(flt: StoryFilter, kb: KnowledgeBase | None) -> tuple[str, list[Any]]:
    flt.validate()
    where: list[str] = ["s.num_articles >= ?"]
    params: list[Any] = [flt.min_articles]
    if flt.actor:
        sub, sub_params = _actor_entities_sql(flt.actor, kb)
        where.append(
            "s.story_id IN (SELECT story_id FROM story_articles WHERE article_id IN "
            f"(SELECT article_id FROM ({sub})))"
        )
        params += sub_params
    if flt.lang:
        where.append("list_contains(s.langs, ?)")
        params.append(flt.lang)
    if flt.date_from:
        where.append("CAST(s.last_seen AS DATE) >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        where.append("CAST(s.first_seen AS DATE) <= ?")
        params.append(flt.date_to)
    if flt.article_id:
        where.append("s.story_id IN (SELECT story_id FROM story_articles WHERE article_id = ?)")
        params.append(flt.article_id)
    return " AND ".join(where), params


def list_stories(
    con: duckdb.DuckDBPyConnection,
    flt: StoryFilter,
    *,
    kb: KnowledgeBase | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stories, most reported first, each with its articles (id, title, lang, outlet, published)."""
    _need_schema(con)
    where, params = _story_where(flt, kb)
    paging = " LIMIT ? OFFSET ?" if limit is not None else ""
    stories = _rows(
        con.execute(
            f"SELECT s.* FROM stories s WHERE {where} "
            "ORDER BY s.num_articles DESC, s.last_seen DESC NULLS LAST, s.story_id" + paging,
            [*params, *((limit, offset) if limit is not None else ())],
        )
    )
    if not stories:
        return []
    ids = [s["story_id"] for s in stories]
    articles: dict[str, list[dict[str, Any]]] = {}
    for row in _rows(
        con.execute(
            "SELECT sa.story_id, a.id, a.title, a.lang, a.outlet, a.url, a.published FROM story_articles sa "
            "JOIN articles a ON a.id = sa.article_id WHERE list_contains(?, sa.story_id) "
            "ORDER BY a.published NULLS LAST, a.id",
            [ids],
        )
    ):
        articles.setdefault(row.pop("story_id"), []).append(row)
    for story in stories:
        story["articles"] = articles.get(story["story_id"], [])
    return stories


def count_stories(
    con: duckdb.DuckDBPyConnection, flt: StoryFilter, *, kb: KnowledgeBase | None = None
) -> int:
    _need_schema(con)
    where, params = _story_where(flt, kb)
    return int((con.execute(f"SELECT count(*) FROM stories s WHERE {where}", params).fetchone() or (0,))[0])


def _members(con: duckdb.DuckDBPyConnection, cluster_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    rows = _rows(
        con.execute(
            "SELECT e.cluster_id, e.article_id, e.idx, e.cameo, e.plover, e.status, e.date, e.source, "
            "e.target, e.source_name, "
            "e.target_name, e.sentence, e.sentence_text, e.trigger_start, e.trigger_end, e.trigger_text, "
            "e.evidence, e.lang, e.confidence, a.published, a.outlet, a.url, a.original_url, a.title, "
            "a.ingested_at, "
            "length(a.clean) AS doc_len "
            "FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE list_contains(?, e.cluster_id) "
            "ORDER BY a.published NULLS LAST, e.article_id, e.idx",
            [cluster_ids],
        )
    )
    for row in rows:
        if isinstance(row.get("evidence"), str):
            row["evidence"] = json.loads(row["evidence"])
        found.setdefault(row.pop("cluster_id"), []).append(row)
    return found


def story_detail(con: duckdb.DuckDBPyConnection, story_id: str) -> dict[str, Any] | None:
    """One story: its row, its reports (with clean text and sentences) and its event clusters,
    each with every report's sentence and trigger offsets."""
    _need_schema(con)
    rows = _rows(con.execute("SELECT * FROM stories WHERE story_id = ?", [story_id]))
    if not rows:
        return None
    story = rows[0]
    story["articles"] = _rows(
        con.execute(
            "SELECT a.id, a.title, a.lang, a.outlet, a.url, a.original_url, a.published, a.clean AS text "
            "FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? "
            "ORDER BY a.published NULLS LAST, a.id",
            [story_id],
        )
    )
    for article in story["articles"]:
        article["sentences"] = [
            {"start": s, "end": e, "kind": k}
            for s, e, k in con.execute(
                'SELECT start, "end", kind FROM sentences WHERE article_id = ? ORDER BY idx', [article["id"]]
            ).fetchall()
        ]
    clusters = _rows(
        con.execute(
            "SELECT c.* FROM event_clusters c WHERE c.cluster_id IN "
            "(SELECT DISTINCT e.cluster_id FROM events e "
            "JOIN story_articles sa ON sa.article_id = e.article_id WHERE sa.story_id = ?) "
            "ORDER BY c.num_articles DESC, c.num_mentions DESC, c.cluster_id",
            [story_id],
        )
    )
    members = _members(con, [c["cluster_id"] for c in clusters])
    for cluster in clusters:
        cluster["members"] = members.get(cluster["cluster_id"], [])
    story["clusters"] = clusters
    return story


def _cluster_where(
    flt: EventFilter, kb: KnowledgeBase | None, place: str | None = None
) -> tuple[str, list[Any]]:
    """Clusters with at least one member event matching the event filter (and at ``place``)."""
    clause, params = "TRUE", []
    if not flt.is_empty():
        sql = _event_sql(flt, kb)
        clause, params = f"c.cluster_id IN (SELECT e.cluster_id FROM events e WHERE {sql.clause})", sql.params
    if place:
        clause += " AND c.cluster_id IN (SELECT cluster_id FROM events WHERE location_name = ?)"
        params = [*params, place]
    return clause, params


def query_clusters(
    con: duckdb.DuckDBPyConnection,
    flt: EventFilter,
    *,
    kb: KnowledgeBase | None = None,
    limit: int | None = 100,
    offset: int = 0,
    with_members: bool = False,
    place: str | None = None,
) -> list[dict[str, Any]]:
    """Event clusters (one row per real-world event) whose reports match the filter, newest first,
    with the earliest report's URL and outlet."""
    _need_schema(con)
    where, params = _cluster_where(flt, kb, place)
    paging = " LIMIT ? OFFSET ?" if limit is not None else ""
    rows = _rows(
        con.execute(
            "SELECT c.*, a.url, a.original_url, a.outlet, a.ingested_at AS added_at, a.lang AS earliest_lang "
            "FROM event_clusters c LEFT JOIN articles a ON a.id = c.earliest_article_id "
            f"WHERE {where} ORDER BY {CLUSTER_ORDER}" + paging,
            [*params, *((limit, offset) if limit is not None else ())],
        )
    )
    if with_members and rows:
        members = _members(con, [r["cluster_id"] for r in rows])
        for row in rows:
            row["members"] = members.get(row["cluster_id"], [])
    return rows


def count_clusters(
    con: duckdb.DuckDBPyConnection,
    flt: EventFilter,
    *,
    kb: KnowledgeBase | None = None,
    place: str | None = None,
) -> int:
    _need_schema(con)
    where, params = _cluster_where(flt, kb, place)
    row = con.execute(f"SELECT count(*) FROM event_clusters c WHERE {where}", params).fetchone()
    return int((row or (0,))[0])


def located_places(
    con: duckdb.DuckDBPyConnection,
    flt: EventFilter,
    *,
    kb: KnowledgeBase | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Event counts per place by quad class, like ``event_locations``, but with every located event:
    a country or a state without coordinates of its own is put at its centroid
    (:mod:`khabar.stories.geo`); ``level`` says which (city, state, country)."""
    from khabar.stories.geo import place_codes

    sql = _event_sql(flt, kb)
    rows = _rows(
        con.execute(
            "SELECT e.location_name AS name, e.location_country AS country, round(e.lat, 3) AS lat, "
            "round(e.lon, 3) AS lon, count(*) AS events, "
            + (
                "count(DISTINCT e.cluster_id)" if has_schema(con) else "count(*)"
            )  # a store from before stories
            + " AS clusters, "
            + ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
            + f" FROM events e WHERE {sql.clause} AND e.location_name IS NOT NULL GROUP BY ALL",
            sql.params,
        )
    )
    places: dict[tuple[float, float], dict[str, Any]] = {}
    for row in rows:
        if row["lat"] is not None:
            level, lat, lon = "city", row["lat"], row["lon"]
        else:
            codes = place_codes(row["name"], row["country"], None, None)
            if codes is None or codes.lat is None:
                continue
            level = "country" if codes.geo_type == 1 else "state"
            lat, lon = codes.lat, codes.lon
        key = (round(lat, 3), round(lon, 3))
        place = places.setdefault(
            key,
            {
                "name": row["name"],
                "country": row["country"],
                "lat": lat,
                "lon": lon,
                "level": level,
                "events": 0,
                "clusters": 0,
                "names": [],
                **{f"quad{q}": 0 for q in (1, 2, 3, 4)},
            },
        )
        place["names"].append(row["name"])
        for field_name in ("events", "clusters", "quad1", "quad2", "quad3", "quad4"):
            place[field_name] += row[field_name]
    ordered = sorted(places.values(), key=lambda p: (-p["events"], p["name"]))
    return ordered[:limit]
