"""Event counts from the store's per-month ``event_counts`` (schema 5) and, for actor filters, from the
per-event-end ``event_actors`` rows (schema 6), against a plain-Python count.

The counts must stay exact through every way events are written: new articles, replaced articles (their
old rows subtracted), failed batches, bulk appends, compaction, and the upgrade of older stores.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import duckdb
import pytest

from khabar.model import Document, Entity
from khabar.store import SCHEMA_VERSION, Store, duckdb_store
from khabar.store import queries as q
from khabar.store.queries import EventFilter, count_events
from test_store_layout import _start, expected, make_doc


def _named(entity: Entity | None, name: str) -> bool:
    """The actor filter's test of one event end: the name in its canonical name or a mention as written."""
    if entity is None:
        return False
    return any(name.lower() in text.lower() for text in [entity.name, *(m.text for m in entity.mentions)])


def _key(entity: Entity | None) -> str | None:
    return None if entity is None else entity.kb_id or f"name:{entity.name}"


def plain_count(docs: dict[str, Document], flt: EventFilter) -> int:
    """How many stored events match, by plain Python over the documents as last written."""
    n = 0
    for doc in docs.values():
        countries = {e.id: e.country for e in doc.entities or []}
        entities = {e.id: e for e in doc.entities or []}
        for event in doc.events or []:
            start = _start(event.date)
            ends = {countries.get(event.source or ""), countries.get(event.target or "")}
            source, target = entities.get(event.source or ""), entities.get(event.target or "")
            checks = [
                not flt.actor or _named(source, flt.actor) or _named(target, flt.actor),
                not flt.source or _named(source, flt.source),
                not flt.target or _named(target, flt.target),
                not flt.actor_key or flt.actor_key in (_key(source), _key(target)),
                not flt.country or flt.country in ends,
                not flt.cameo or event.cameo.startswith(flt.cameo),
                not flt.plover or event.plover == flt.plover,
                flt.quad_class is None or event.quad_class == flt.quad_class,
                not flt.status or event.status == flt.status,
                not flt.lang or doc.lang == flt.lang,
                not flt.date_from or (start is not None and start >= flt.date_from),
                not flt.date_to or (start is not None and start <= flt.date_to),
            ]
            n += all(checks)
    return n


FILTERS = [
    EventFilter(country="RUS"),
    EventFilter(country="CHN"),  # two CHN actors: events between them count once
    EventFilter(country="IND", cameo="04"),
    EventFilter(cameo="111"),
    EventFilter(plover="ACCUSE", status="occurred"),
    EventFilter(quad_class=4, lang="hi"),
    EventFilter(lang="en"),
    EventFilter(country="IND", status="planned", lang="hi"),
    EventFilter(country="CHN", plover="CONSULT", status="occurred"),  # no level has all three
    # whole months only
    EventFilter(date_from=date(2024, 2, 1), date_to=date(2024, 2, 29)),
    EventFilter(date_from=date(2024, 1, 1), date_to=date(2024, 3, 31), country="USA"),
    # partial months at either end, one end open
    EventFilter(date_from=date(2024, 1, 15), date_to=date(2024, 3, 10)),
    EventFilter(date_from=date(2024, 1, 15), plover="CONSULT"),
    EventFilter(date_to=date(2024, 2, 14), status="planned"),
    EventFilter(date_from=date(2023, 12, 31), date_to=date(2024, 2, 1), country="IND"),
    # inside one month: counted from the events themselves
    EventFilter(date_from=date(2024, 2, 3), date_to=date(2024, 2, 20)),
    EventFilter(date_from=date(2023, 1, 1)),
    EventFilter(date_to=date(2023, 12, 31)),
]
# Counted over the rows of their actors' event ends (event_actors), not the events.
ACTOR_FILTERS = [
    EventFilter(actor="शोइगु"),  # a mention as written, in some articles only (spelling numbers)
    EventFilter(actor="shoigu"),  # canonical name and a Latin mention, any case
    EventFilter(actor="Ram Prasad"),  # two actors without a knowledge-base id share these words
    EventFilter(actor="प्रसाद", country="IND"),
    EventFilter(actor="minister"),  # one of an actor's two canonical names (entities looked up)
    EventFilter(actor="wang"),  # both ends can be the same actor (two canonical names, one id)
    EventFilter(actor="nobody at all"),
    EventFilter(actor="अमेरिका", cameo="04", date_from=date(2024, 1, 15)),
    EventFilter(actor="Shoigu", country="CHN", status="occurred"),
    EventFilter(actor="Kyiv", plover="ACCUSE", lang="hi"),
    EventFilter(source="Wang"),
    EventFilter(target="शोइगु", date_to=date(2024, 2, 14)),
    EventFilter(actor="Wang", source="Shoigu"),
    EventFilter(actor_key="sergei_shoigu"),
    EventFilter(actor_key="wang_yi", quad_class=1),  # events between its two entities count once
    EventFilter(actor_key="name:Ram Prasad", actor="prasad"),
    EventFilter(actor_key="name:nobody"),
]


def _check(con: duckdb.DuckDBPyConnection, docs: dict[str, Document]) -> None:
    for flt in FILTERS:
        assert count_events(con, flt) == plain_count(docs, flt), flt
    for flt in ACTOR_FILTERS:
        want = plain_count(docs, flt)
        assert q._count_by_actor(con, flt, None) == want, flt  # really answered by event_actors
        assert count_events(con, flt) == want, flt
    # one event_actors row per event end that has an actor
    ends = sum((e.source is not None) + (e.target is not None) for d in docs.values() for e in d.events or [])
    assert con.execute("SELECT count(*) FROM event_actors").fetchone() == (ends,)
    # each names its event (article, index): the event's own filter columns and that end's actor
    columns = [c.strip() for c in duckdb_store._EVENT_ACTOR_COLUMNS.split(",")]
    same = " AND ".join(f"r.{c} IS NOT DISTINCT FROM e.{c}" for c in columns)
    named = con.execute(
        "SELECT count(*) FROM event_actors r JOIN events e ON e.article_id = r.article_id AND e.idx = r.idx "
        f"WHERE {same} AND r.actor = CASE WHEN r.is_target THEN e.target_actor ELSE e.source_actor END"
    ).fetchone()
    assert named == (ends,)
    # the aggregate really answers the filters it can (not a fallback that happens to agree)
    rus = EventFilter(country="RUS")
    assert q._count_by_month(con, rus, q._count_level({"country"}) or 0) == plain_count(docs, rus)
    in_month = EventFilter(date_from=date(2024, 2, 3), date_to=date(2024, 2, 20))
    assert q._count_by_month(con, in_month, 0) is None
    assert q._count_level({"country", "plover", "status"}) is None  # no level has all three
    assert q._count_level({"cameo"}) == 0  # not a level by country: those count an event per country
    levels = dict(con.execute("SELECT level, sum(n) FROM event_counts GROUP BY level").fetchall())
    assert (levels.get(0) or 0) == sum(len(d.events or []) for d in docs.values())
    # the country levels agree with each other on every country
    by_country = con.execute(
        "SELECT country, list(DISTINCT total) FROM (SELECT level, country, sum(n) AS total "
        "FROM event_counts WHERE level > 0 GROUP BY ALL) GROUP BY country"
    ).fetchall()
    assert all(len(totals) == 1 for _country, totals in by_country), by_country


@pytest.mark.parametrize("compact", [False, True])
def test_counts_equal_a_plain_python_count(tmp_path: Path, compact: bool) -> None:
    rng = random.Random(f"counts-{compact}")
    docs = {d.id: d for d in (make_doc(rng, n) for n in range(50))}
    db = tmp_path / "k.duckdb"
    with Store(db) as store:
        batch = list(docs.values())
        for first in range(0, 50, 10):
            store.write(batch[first : first + 10])
        # replaced articles (same ids, other text and events): their old counts must go
        for n in (3, 17, 42):
            changed = make_doc(random.Random(f"changed-{n}"), n)
            store.write([changed])
            docs[changed.id] = changed
        _check(store.con, docs)
        negative = store.con.execute("SELECT count(*) FROM event_counts WHERE n < 0").fetchone()
        assert negative is not None and negative[0] > 0  # the subtracted rows, until compaction
        if compact:
            assert store.compact()
            assert store.con.execute("SELECT count(*) FROM event_counts WHERE n <= 0").fetchone() == (0,)
            actors = [
                r[0] for r in store.con.execute("SELECT actor FROM event_actors ORDER BY rowid").fetchall()
            ]
            assert actors == sorted(actors)  # an actor's rows together
            _check(store.con, docs)
    with Store(db, read_only=True) as store:
        _check(store.con, docs)


def test_a_failed_batch_leaves_the_counts_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random("failed")
    docs = {d.id: d for d in (make_doc(rng, n) for n in range(12))}
    db = tmp_path / "k.duckdb"
    with Store(db) as store:
        store.write(list(docs.values()))

        def fail(*_args: object) -> None:  # the last step of the write transaction
            raise RuntimeError("disk full")

        monkeypatch.setattr(duckdb_store.stories_store, "update_clusters", fail)
        replaced = make_doc(random.Random("bad"), 5)
        result = store.write([replaced, make_doc(rng, 99)])
        assert len(result.failed) == 2 and not result.stored
        _check(store.con, docs)


def _old_store(
    tmp_path: Path, seed: str, articles: int, version: int, *downgrade: str
) -> tuple[Path, dict[str, Document], random.Random]:
    """A store written by today's code, then turned back into an older schema by ``downgrade`` (the SQL
    that undoes what the newer schemas added) and marked as ``version``."""
    rng = random.Random(seed)
    docs = {d.id: d for d in (make_doc(rng, n) for n in range(articles))}
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.write(list(docs.values()))
    con = duckdb.connect(str(db))
    for sql in downgrade:
        con.execute(sql)
    con.execute(f"UPDATE meta SET value = '{version}' WHERE key = 'schema_version'")
    con.close()
    return db, docs, rng


def test_a_schema_4_store_gets_its_counts(tmp_path: Path) -> None:
    db, docs, _ = _old_store(tmp_path, "upgrade", 30, 4, "DROP TABLE event_counts", "DROP TABLE event_actors")
    with Store(db, read_only=True) as store:  # a reader upgrades it (briefly writing)
        assert store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
            str(SCHEMA_VERSION),
        )
        _check(store.con, docs)


def test_a_schema_5_store_gets_its_actor_rows(tmp_path: Path) -> None:
    db, docs, rng = _old_store(tmp_path, "upgrade-5", 30, 5, "DROP TABLE event_actors")
    with Store(db) as store:
        assert store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
            str(SCHEMA_VERSION),
        )
        _check(store.con, docs)
        # and later writes keep it exact
        changed = make_doc(random.Random("after-upgrade"), 7)
        store.write([changed, make_doc(rng, 31)])
        docs[changed.id] = changed
        docs["a031"] = make_doc(random.Random("upgrade-5-new"), 31)
        store.write([docs["a031"]])
        _check(store.con, docs)


def test_a_schema_6_store_gets_the_event_index_in_its_actor_rows(tmp_path: Path) -> None:
    # schema 6 wrote its actor rows without the event index
    db, docs, _ = _old_store(tmp_path, "upgrade-6", 40, 6, "ALTER TABLE event_actors DROP COLUMN idx")
    with Store(db, read_only=True) as store:  # a reader upgrades it (briefly writing)
        con = store.con
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("7",)
        _check(con, docs)
        for flt in (EventFilter(actor="shoigu"), EventFilter(actor="Wang", status="occurred")):
            want = expected(list(docs.values()), flt)
            rows = q._page_by_actor(con, flt, None, 5, 1, ["article_id", "idx"])
            assert rows is not None and [(r["article_id"], r["idx"]) for r in rows] == want[1:6], flt
    with Store(db) as store:  # and later writes keep it exact
        changed = make_doc(random.Random("after-upgrade-6"), 4)
        store.write([changed])
        docs[changed.id] = changed
        _check(store.con, docs)


def test_a_name_of_many_actors_is_counted_over_the_events(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(q, "_MAX_INDEXED_ACTORS", 1)
    rng = random.Random("many")
    docs = {d.id: d for d in (make_doc(rng, n) for n in range(20))}
    with Store(tmp_path / "k.duckdb") as store:
        store.write(list(docs.values()))
        flt = EventFilter(actor="Ram Prasad")  # two actors
        assert q._count_by_actor(store.con, flt, None) is None
        assert count_events(store.con, flt) == plain_count(docs, flt)


def test_bulk_appended_events_are_counted(tmp_path: Path) -> None:
    from khabar.engine.bench import build_event_store

    db = tmp_path / "bench.duckdb"
    build_event_store(db, 3000, events_per_article=10)
    with Store(db, read_only=True) as store:
        con = store.con
        for flt in [
            EventFilter(country="RUS"),
            EventFilter(plover="ACCUSE", status="occurred"),
            EventFilter(cameo="04", date_from=date(2020, 3, 9), date_to=date(2023, 7, 30)),
            EventFilter(
                country="CHN", plover="ASSAULT", date_from=date(2019, 1, 1), date_to=date(2021, 12, 31)
            ),
        ]:
            scanned = q._event_sql(flt, None, con)
            want = con.execute(
                f"SELECT count(*) FROM events e WHERE {scanned.clause}", scanned.params
            ).fetchone()
            level = q._count_level(
                {name for name in ("country", "cameo", "plover", "status") if getattr(flt, name)}
            )
            assert level is not None and q._count_by_month(con, flt, level) == want[0] > 0, flt
        for flt in [
            EventFilter(actor="Shoigu"),
            EventFilter(actor="शोइगु", cameo="04"),
            EventFilter(actor="शोइगु", status="occurred", date_from=date(2020, 3, 9)),
            EventFilter(source="Actor 7", plover="ACCUSE"),
            EventFilter(actor_key="kb:0", status="planned"),
        ]:
            scanned = q._event_sql(flt, None, con)
            want = con.execute(
                f"SELECT count(*) FROM events e WHERE {scanned.clause}", scanned.params
            ).fetchone()
            assert want is not None and q._count_by_actor(con, flt, None) == want[0] > 0, flt
