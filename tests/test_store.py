"""The DuckDB store: idempotence, replacement, isolation of a bad document, schema versions."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from khabar.errors import StoreError
from khabar.model import Document, OffsetMap, RemovedSpan, Sentence
from khabar.store import SCHEMA_VERSION, Store


def make_doc(doc_id: str, raw: str = "Hello world. Second sentence.\n[ad_1]") -> Document:
    clean_end = raw.find("\n[ad_1]") if "[ad_1]" in raw else len(raw)
    doc = Document(id=doc_id, raw=raw, origin=f"{doc_id}.txt", url="https://example.org/a")
    doc.clean = raw[:clean_end]
    doc.offset_map = OffsetMap.identity(clean_end)
    doc.removed = [RemovedSpan(clean_end, len(raw), "ad", raw[clean_end:])] if clean_end < len(raw) else []
    doc.sentences = [Sentence(0, 12, "lead"), Sentence(13, clean_end, "body")]
    doc.lang, doc.script = "en", "Latn"
    doc.published = datetime(2024, 11, 12, 16, 49)
    doc.published_basis, doc.published_precision = "url", "datetime"
    return doc


def test_write_and_read_back(tmp_path: Path) -> None:
    with Store(tmp_path / "k.duckdb") as store:
        result = store.write([make_doc("a"), make_doc("b", "Other text.")])
        assert sorted(result.stored) == ["a", "b"]
        record = store.article("a")
    assert record is not None
    assert record["raw"].endswith("[ad_1]")
    assert record["removed"] == [{"start": 29, "end": 36, "kind": "ad", "text": "\n[ad_1]"}]
    assert record["raw"][29:36] == "\n[ad_1]"
    assert [s["kind"] for s in record["sentences"]] == ["lead", "body"]
    assert record["published"] == datetime(2024, 11, 12, 16, 49)
    assert record["contract"]["published"] == "2024-11-12"
    assert record["contract"]["published_at"] == "2024-11-12T16:49:00"


def test_same_content_is_stored_once_and_force_reprocesses(tmp_path: Path) -> None:
    path = tmp_path / "k.duckdb"
    with Store(path) as store:
        store.write([make_doc("a")])
        again = store.write([make_doc("a"), make_doc("a-copy")])  # same raw text under another id too
        assert again.stored == [] and again.unchanged == ["a"]
        # the same text under another id is not stored twice, and it is reported, not dropped
        assert [(origin, message) for origin, message in again.duplicates] == [
            ("a-copy.txt", "same text as article 'a'; stored once, under that id")
        ]
        forced = store.write([make_doc("a")], force=True)
        assert forced.stored == ["a"]
        assert store.stats()["articles"] == 1
        assert store.stats()["removed_spans"] == 1  # replaced, not duplicated


def test_changed_content_replaces_the_article(tmp_path: Path) -> None:
    with Store(tmp_path / "k.duckdb") as store:
        store.write([make_doc("a")])
        result = store.write([make_doc("a", "Updated text. Now without an ad.")])
        assert result.stored == ["a"]
        record = store.article("a")
        assert record is not None and record["raw"].startswith("Updated")
        assert record["removed"] == []
        assert store.stats()["articles"] == 1


def test_one_bad_document_does_not_take_the_batch_or_stored_data_with_it(tmp_path: Path) -> None:
    with Store(tmp_path / "k.duckdb") as store:
        store.write([make_doc("old", "Already stored.")])
        bad = make_doc("bad", "Bad one.")
        bad.published = "not a datetime"  # type: ignore[assignment]  # as if a stage had a bug
        result = store.write([make_doc("good", "Good one."), bad, make_doc("also-good", "Fine too.")])
        assert sorted(result.stored) == ["also-good", "good"]
        assert [origin for origin, _ in result.failed] == ["bad.txt"]
        assert all(store.article(i) is not None for i in ("old", "good", "also-good"))
        assert store.article("bad") is None


def test_schema_version_mismatch_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store(path):
        pass
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match=f"schema version 0, this khabar uses version {SCHEMA_VERSION}"):
        Store(path)


def test_foreign_duckdb_file_and_missing_store_are_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "other.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a khabar store"):
        Store(foreign)
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.duckdb", read_only=True)
