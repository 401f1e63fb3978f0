"""Event and quote queries over the store, the CLI listing, and the exports (CSV, JSONL, GDELT TSV)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.model import (
    Document,
    Entity,
    Event,
    Evidence,
    Location,
    Mention,
    OffsetMap,
    Quote,
    Sentence,
    Span,
)
from khabar.store import Store
from khabar.store.queries import EventFilter, QueryError, count_events, query_events, query_quotes

TEXT = "शोइगु ने वांग यी से मुलाकात की। शोइगु ने कहा कि अमेरिका गलत है।"


def seed_doc(doc_id: str = "seed", published: datetime = datetime(2024, 11, 12)) -> Document:
    doc = Document(id=doc_id, raw=TEXT + doc_id, origin=f"{doc_id}.txt", url=f"https://example.org/{doc_id}")
    doc.clean = doc.raw
    doc.offset_map = OffsetMap.identity(len(doc.raw))
    doc.removed, doc.lang, doc.published = [], "hi", published
    first_end = TEXT.index("।") + 1
    doc.sentences = [Sentence(0, first_end), Sentence(first_end + 1, len(TEXT))]
    shoigu_2 = TEXT.index("शोइगु", 5)
    usa = TEXT.index("अमेरिका")
    doc.entities = [
        Entity(
            "e1", "PER", "Sergei Shoigu", [Mention(0, 5, "शोइगु"), Mention(shoigu_2, shoigu_2 + 5, "शोइगु")],
            actor_code="RUSGOV", country="RUS", sector="GOV", kb_id="sergei_shoigu",
        ),
        Entity("e2", "PER", "Wang Yi", [Mention(9, 16, "वांग यी")], actor_code="CHNGOV", country="CHN",
               sector="GOV", kb_id="wang_yi"),
        Entity("e3", "GPE", "United States", [Mention(usa, usa + 7, "अमेरिका")], actor_code="USA",
               country="USA", kb_id="country:USA"),
    ]  # fmt: skip
    meet = TEXT.index("मुलाकात")
    accuse = TEXT.index("गलत")
    doc.events = [
        Event("040", "CONSULT", 1, 1.0, "e1", "e2", Span(meet, meet + 7), 0, date="2024-11-12",
              date_precision="day", location=Location("Beijing", "CHN", 39.9, 116.4),
              evidence=[Evidence(0, Span(meet, meet + 7))]),
        Event("111", "ACCUSE", 3, -2.0, "e1", "e3", Span(accuse, accuse + 3), 1, status="occurred"),
    ]  # fmt: skip
    doc.quotes = [Quote(TEXT.index("अमेरिका"), len(TEXT) - 1, "e1", False, Span(shoigu_2, shoigu_2 + 12))]
    return doc


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "k.duckdb"
    with Store(path) as store:
        store.write([seed_doc(), seed_doc("older", datetime(2023, 1, 5))])
    return path


def test_filters_by_actor_in_any_script_type_country_and_date(db: Path) -> None:
    with Store(db, read_only=True) as store:
        con = store.con
        assert count_events(con, EventFilter()) == 4
        assert count_events(con, EventFilter(actor="शोइगु")) == 4  # a mention as written
        assert count_events(con, EventFilter(actor="wang")) == 2  # canonical name, any case
        assert count_events(con, EventFilter(target="United States")) == 2
        assert count_events(con, EventFilter(source="Wang Yi")) == 0
        assert count_events(con, EventFilter(cameo="04")) == 2
        assert count_events(con, EventFilter(plover="accuse", country="USA")) == 2
        assert count_events(con, EventFilter(quad_class=3)) == 2
        assert count_events(con, EventFilter(date_from=date(2024, 11, 1), date_to=date(2024, 11, 30))) == 2
        rows = query_events(con, EventFilter(article_id="seed", cameo="040"))
    assert len(rows) == 1
    row = rows[0]
    assert (row["source_name"], row["target_name"], row["source_code"]) == (
        "Sergei Shoigu",
        "Wang Yi",
        "RUSGOV",
    )
    assert row["trigger_text"] == "मुलाकात" and row["sentence_text"].startswith("शोइगु ने वांग यी")
    assert row["location_name"] == "Beijing" and row["url"] == "https://example.org/seed"


def test_invalid_filters_are_clear_errors() -> None:
    with pytest.raises(QueryError, match="unknown status"):
        EventFilter(status="maybe").validate()
    with pytest.raises(QueryError, match="date range is empty"):
        EventFilter(date_from=date(2024, 2, 1), date_to=date(2024, 1, 1)).validate()


def test_quotes_by_speaker(db: Path) -> None:
    with Store(db, read_only=True) as store:
        rows = query_quotes(store.con, speaker="Shoigu")
        assert query_quotes(store.con, speaker="Wang Yi") == []
    assert len(rows) == 2 and rows[0]["article_id"] == "seed"  # newest article first
    assert rows[0]["text"] == "अमेरिका गलत है" and rows[0]["speaker_name"] == "Sergei Shoigu"


def test_events_cli_table_csv_jsonl_and_parquet(db: Path, tmp_path: Path) -> None:
    runner = CliRunner(env={"COLUMNS": "200"})
    table = runner.invoke(main, ["events", "--db", str(db), "--actor", "शोइगु", "--cameo", "04"])
    assert table.exit_code == 0, table.output
    assert "Sergei Shoigu" in table.output and "CONSULT" in table.output
    as_csv = runner.invoke(main, ["events", "--db", str(db), "--format", "csv", "--status", "occurred"])
    assert len(list(csv.DictReader(io.StringIO(as_csv.stdout)))) == 4
    as_jsonl = runner.invoke(main, ["events", "--db", str(db), "--format", "jsonl", "--limit", "1"])
    record = json.loads(as_jsonl.stdout)
    assert isinstance(record["evidence"], list)
    parquet = tmp_path / "e.parquet"
    done = runner.invoke(main, ["events", "--db", str(db), "--format", "parquet", "-o", str(parquet)])
    assert done.exit_code == 0 and parquet.stat().st_size > 0
    bad = runner.invoke(main, ["events", "--db", str(db), "--from", "yesterday"])
    assert bad.exit_code == 2 and "not a date" in bad.output
