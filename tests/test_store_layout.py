"""The events layout of store schema 4: integer actor keys, the date-sorted table, the paged queries.

Every query is checked against a plain-Python filter over the same events (random small stores),
whatever the physical order (sorted, with an unsorted tail, never compacted), and the upgrade of a
schema-3 store in place gives the same answers.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest

from khabar.model import Document, Entity, Event, Mention, OffsetMap, Sentence, Span
from khabar.store import SCHEMA_VERSION, Store
from khabar.store import queries as q
from khabar.store.queries import EventFilter, count_events, query_events

# (canonical name, knowledge-base id or None, spellings as written, country)
ACTORS = [
    ("Sergei Shoigu", "sergei_shoigu", ["शोइगु", "Shoigu", "सर्गेई शोइगु"], "RUS"),
    ("Wang Yi", "wang_yi", ["वांग यी", "Wang"], "CHN"),
    # the same knowledge-base actor under another canonical name in some articles
    ("Foreign Minister Wang", "wang_yi", ["विदेश मंत्री वांग"], "CHN"),
    ("United States", "country:USA", ["अमेरिका", "US"], "USA"),
    ("Ram Prasad", None, ["राम प्रसाद", "Prasad"], "IND"),
    ("Ram Prasad Sharma", None, ["शर्मा"], "IND"),
    ("Kyiv city council", None, ["Kyiv council"], "UKR"),
]
CODES = [("040", "CONSULT", 1), ("042", "CONSULT", 1), ("111", "ACCUSE", 3), ("190", "ASSAULT", 4)]
STATUSES = ["occurred", "planned", "occurred"]
TEXT = "x" * 400


def make_doc(rng: random.Random, number: int) -> Document:
    doc_id = f"a{number:03d}"
    doc = Document(id=doc_id, raw=f"{TEXT} {doc_id} {rng.random()}", origin=f"{doc_id}.txt")
    doc.url = f"https://example.org/{doc_id}"
    doc.clean = doc.raw
    doc.offset_map = OffsetMap.identity(len(doc.raw))
    doc.removed, doc.lang = [], rng.choice(["hi", "en"])
    doc.published = rng.choice([None, datetime(2024, rng.randint(1, 12), rng.randint(1, 28))])
    doc.sentences = [Sentence(0, 200), Sentence(201, 400)]
    chosen = rng.sample(range(len(ACTORS)), 3)
    doc.entities = []
    for k, index in enumerate(chosen):
        name, kb_id, spellings, country = ACTORS[index]
        # an article writes an actor one or two of its ways (so a spelling is not in every article)
        written = rng.sample(spellings, rng.randint(1, min(2, len(spellings))))
        mentions = [Mention(10 * j, 10 * j + 5, text) for j, text in enumerate(written)]
        doc.entities.append(Entity(f"e{k}", "PER", name, mentions, country=country, kb_id=kb_id))
    doc.events = []
    for _ in range(rng.randint(0, 4)):
        cameo, plover, quad = rng.choice(CODES)
        source, target = rng.sample(["e0", "e1", "e2", None], 2)
        day = rng.choice([None, f"2024-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}", "2024-02", "2023"])
        doc.events.append(
            Event(
                cameo, plover, quad, 1.0, source, target, Span(5, 9), 0, date=day, status=rng.choice(STATUSES)
            )
        )
    return doc


def expected(docs: list[Document], flt: EventFilter) -> list[tuple[str, int]]:
    """(article id, index) of the matching events in page order, by plain Python."""

    def actor_matches(doc: Document, entity_id: str | None, name: str) -> bool:
        entity = next((e for e in doc.entities or [] if e.id == entity_id), None)
        if entity is None:
            return False
        texts = [entity.name, *(m.text for m in entity.mentions)]
        return any(name.lower() in text.lower() for text in texts)

    def country(doc: Document, entity_id: str | None) -> str | None:
        entity = next((e for e in doc.entities or [] if e.id == entity_id), None)
        return entity.country if entity else None

    found = []
    for doc in docs:
        for idx, event in enumerate(doc.events or []):
            start = _start(event.date)
            checks = [
                not flt.actor
                or actor_matches(doc, event.source, flt.actor)
                or actor_matches(doc, event.target, flt.actor),
                not flt.source or actor_matches(doc, event.source, flt.source),
                not flt.country or flt.country in (country(doc, event.source), country(doc, event.target)),
                not flt.cameo or event.cameo.startswith(flt.cameo),
                not flt.plover or event.plover == flt.plover,
                not flt.status or event.status == flt.status,
                not flt.date_from or (start is not None and start >= flt.date_from),
                not flt.date_to or (start is not None and start <= flt.date_to),
            ]
            if all(checks):
                found.append((start, doc.published, doc.id, idx))
    # newest event date first (undated last), then newest publication (unpublished last), id, index
    found.sort(key=lambda r: (r[0] is None, -(r[0].toordinal()) if r[0] else 0, r[1] is None,
                              -(r[1].timestamp()) if r[1] else 0, r[2], r[3]))  # fmt: skip
    return [(r[2], r[3]) for r in found]


def _start(value: str | None) -> date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


FILTERS = [
    EventFilter(),
    EventFilter(actor="शोइगु"),  # a mention as written, in some articles only
    EventFilter(actor="shoigu"),  # canonical name and a Latin mention, any case
    EventFilter(actor="Ram Prasad"),  # two actors without a knowledge-base id share these words
    EventFilter(actor="प्रसाद"),
    EventFilter(actor="council"),
    EventFilter(actor="nobody at all"),
    EventFilter(source="Wang"),
    EventFilter(actor="minister"),  # one of an actor's two canonical names
    EventFilter(country="RUS"),
    EventFilter(country="IND", cameo="04"),
    EventFilter(plover="ACCUSE", status="occurred"),
    EventFilter(date_from=date(2024, 2, 1), date_to=date(2024, 2, 29)),
    EventFilter(actor="अमेरिका", date_from=date(2024, 1, 15)),
]


def _pages(con: duckdb.DuckDBPyConnection, flt: EventFilter, size: int) -> list[tuple[str, int]]:
    got: list[tuple[str, int]] = []
    for offset in range(0, 400, size):
        page = query_events(con, flt, limit=size, offset=offset)
        got += [(r["article_id"], r["idx"]) for r in page]
        if len(page) < size:
            break
    return got


@pytest.mark.parametrize("layout", ["compacted", "tail", "never compacted"])
def test_queries_equal_a_plain_python_filter(tmp_path: Path, layout: str, monkeypatch: Any) -> None:
    # Tiny date windows, so that the windowed page search runs on a small store too.
    monkeypatch.setattr(q, "_WINDOWS", (6, 25))
    q._WINDOW_CACHE.clear()
    rng = random.Random(f"layout-{layout}")
    docs = [make_doc(rng, n) for n in range(60)]
    db = tmp_path / "k.duckdb"
    with Store(db) as store:
        for first in range(0, 40, 8):
            store.write(docs[first : first + 8])
        if layout == "tail":
            assert store.compact()
        store.write(docs[40:])  # with "tail": appended after the sorted rows
        if layout == "compacted":
            assert store.compact()
    with Store(db, read_only=True) as store:
        con = store.con
        for flt in FILTERS:
            want = expected(docs, flt)
            assert count_events(con, flt) == len(want), flt
            full = query_events(con, flt, limit=None)
            assert [(r["article_id"], r["idx"]) for r in full] == want, flt
            assert _pages(con, flt, 7) == want, flt  # pages of 7 add up to the whole list
            first = query_events(con, flt, limit=5)
            assert [(r["article_id"], r["idx"]) for r in first] == want[:5]
            if first:
                assert first[0]["url"] == f"https://example.org/{first[0]['article_id']}"


def test_actor_numbers_and_spellings(tmp_path: Path) -> None:
    rng = random.Random(3)
    docs = [make_doc(rng, n) for n in range(12)]
    db = tmp_path / "k.duckdb"
    with Store(db) as store:
        store.write(docs)
        store.write([make_doc(random.Random(9), 3)])  # a changed article: same actors, no new numbers
        con = store.con
        keys = dict(con.execute("SELECT key, actor FROM actors").fetchall())
        assert len(keys) == len(set(keys.values()))  # one number per key
        assert keys["sergei_shoigu"] and keys["name:Ram Prasad"] != keys["name:Ram Prasad Sharma"]
        unnumbered = con.execute(
            "SELECT count(*) FROM events WHERE (source IS NOT NULL AND source_actor IS NULL) "
            "OR (target IS NOT NULL AND target_actor IS NULL)"
        ).fetchone()
        assert unnumbered == (0,)
        wrong = con.execute(
            "SELECT count(*) FROM events e JOIN actors a ON a.actor = e.source_actor "
            "WHERE a.key <> coalesce(e.source_kb_id, 'name:' || e.source_name)"
        ).fetchone()
        assert wrong == (0,)
        spelled = con.execute(
            "SELECT count(*) FROM mentions m JOIN actor_spellings s ON s.spelling = m.spelling "
            "WHERE s.text <> m.text OR s.actor <> m.actor"
        ).fetchone()
        assert spelled == (0,) and con.execute(
            "SELECT count(*) FROM mentions WHERE spelling IS NULL"
        ).fetchone() == (0,)


def _downgrade_to_schema_3(db: Path) -> None:
    """Turn a store into what schema 3 wrote: no actor tables or columns, events in insertion order."""
    con = duckdb.connect(str(db))
    try:
        con.execute("DROP TABLE actors")
        con.execute("DROP TABLE actor_spellings")
        for table, column in (("events", "source_actor"), ("events", "target_actor"), ("entities", "actor"),
                              ("mentions", "actor"), ("mentions", "spelling")):  # fmt: skip
            con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    finally:
        con.close()


def test_a_schema_3_store_is_upgraded_in_place(tmp_path: Path) -> None:
    rng = random.Random(11)
    docs = [make_doc(rng, n) for n in range(30)]
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.write(docs)
    _downgrade_to_schema_3(db)
    with pytest.raises(duckdb.Error):  # really the old layout
        duckdb.connect(str(db), read_only=True).execute("SELECT source_actor FROM events").fetchall()
    with Store(db, read_only=True) as store:  # a reader upgrades it too (briefly writing)
        con = store.con
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
            str(SCHEMA_VERSION),
        )
        for flt in FILTERS:
            want = expected(docs, flt)
            assert [(r["article_id"], r["idx"]) for r in query_events(con, flt, limit=None)] == want, flt
        dates = [r[0] for r in con.execute("SELECT date_start FROM events ORDER BY rowid").fetchall()]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated, reverse=True) and dates[: len(dated)] == dated  # sorted, undated last
    with Store(db) as store:  # and it keeps working for writes
        store.write([make_doc(random.Random(5), 99)])
        assert store.con.execute("SELECT count(*) FROM events WHERE article_id = 'a099'").fetchone()[0] >= 0


def test_many_matching_actors_go_through_subqueries(tmp_path: Path, monkeypatch: Any) -> None:
    # Past _MAX_LITERAL_ACTORS numbers the actor tests are SQL subqueries; same answers.
    monkeypatch.setattr(q, "_MAX_LITERAL_ACTORS", 0)
    rng = random.Random("subqueries")
    docs = [make_doc(rng, n) for n in range(30)]
    db = tmp_path / "k.duckdb"
    with Store(db) as store:
        store.write(docs)
    with Store(db, read_only=True) as store:
        for flt in FILTERS:
            got = query_events(store.con, flt, limit=None)
            assert [(r["article_id"], r["idx"]) for r in got] == expected(docs, flt), flt
            assert count_events(store.con, flt) == len(expected(docs, flt)), flt


def _keyed(con: duckdb.DuckDBPyConnection, flt: EventFilter, size: int, offset: int) -> list[tuple[str, int]]:
    """A page straight from the keys of ``event_actors`` (schema 7), failing if that path declines."""
    rows = q._page_by_actor(con, flt, None, size, offset, ["article_id", "idx"])
    assert rows is not None, flt
    return [(r["article_id"], r["idx"]) for r in rows]


@pytest.mark.parametrize("margin", [100, 0])
def test_actor_pages_come_from_the_keys_of_their_events(
    tmp_path: Path, margin: int, monkeypatch: Any
) -> None:
    # margin 0: only twice the page is read at first, so a last date shared by more events than that
    # (many events here fall on 2023-01-01 or 2024-02-01) has its keys read again in full
    monkeypatch.setattr(q, "_KEYED_MARGIN", margin)
    rng = random.Random(f"keyed-{margin}")
    docs = [make_doc(rng, n) for n in range(80)]
    for n, doc in enumerate(docs[40:]):  # many events of one date, many undated: long runs of ties
        for event in doc.events or []:
            event.date = None if n < 30 else "2024-02-01"
    db = tmp_path / "k.duckdb"
    with Store(db) as store:
        store.write(docs[:50])
        assert store.compact()
        store.write(docs[50:])  # an unsorted tail
    with Store(db, read_only=True) as store:
        con = store.con
        actor_filters = [f for f in FILTERS if f.actor or f.source] + [
            EventFilter(actor="Wang", plover="ACCUSE", status="occurred"),  # few events
            EventFilter(source="शोइगु", country="CHN", date_to=date(2024, 2, 1)),
        ]
        for flt in actor_filters:
            want = expected(docs, flt)
            for size in (1, 3, 7, 40):
                got: list[tuple[str, int]] = []
                for offset in range(0, len(want) + size, size):
                    got += _keyed(con, flt, size, offset)
                assert got == want, (flt, size)  # pages add up to the whole list, in order
            page = query_events(con, flt, limit=5, offset=2)
            assert [(r["article_id"], r["idx"]) for r in page] == want[2:7], flt
            assert all(r["url"] == f"https://example.org/{r['article_id']}" for r in page)
            assert [r["date"] for r in page] == [r["date"] for r in query_events(con, flt, limit=None)][2:7]
        # a page too deep, or a last date of too many events: the other way, with the same answer
        shoigu = EventFilter(actor="shoigu")
        want = expected(docs, shoigu)
        monkeypatch.setattr(q, "_MAX_KEYED_PAGE", 4)
        assert q._page_by_actor(con, shoigu, None, 3, 2, ["article_id", "idx"]) is None
        page = query_events(con, shoigu, limit=3, offset=2)
        assert [(r["article_id"], r["idx"]) for r in page] == want[2:5]
        monkeypatch.setattr(q, "_MAX_KEYED_PAGE", 1000)
        monkeypatch.setattr(q, "_KEYED_MARGIN", 0)
        # one-event pages whose event shares its date with all of the next p+1 (what is read at first)
        tied_days = set()
        for flt in actor_filters:
            want = expected(docs, flt)
            days = [r["date_start"] for r in query_events(con, flt, limit=None, columns=["date_start"])]
            for p in [p for p in range(len(days) // 2) if days[p] == days[2 * p + 1]]:
                tied_days.add(days[p])
                monkeypatch.setattr(q, "_MAX_KEYED_ROWS", 5000)
                assert _keyed(con, flt, 1, p) == want[p : p + 1]
                monkeypatch.setattr(q, "_MAX_KEYED_ROWS", 2 * p + 1)  # fewer than those dated on or after it
                assert q._page_by_actor(con, flt, None, 1, p, ["article_id", "idx"]) is None
                page = query_events(con, flt, limit=1, offset=p)
                assert [(r["article_id"], r["idx"]) for r in page] == want[p : p + 1]
        assert None in tied_days and len(tied_days) > 1  # undated and dated ones
