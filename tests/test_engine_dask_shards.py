"""Shard planning, shard writing with completion markers, resume and merge — no cluster needed."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from khabar.engine.shards import (
    MARKER_FILE,
    ShardError,
    is_complete,
    merge_shards,
    plan_shards,
    process_shard,
    read_shard,
    remove_stale_temporaries,
    write_plan,
)
from khabar.model import Document, ItemError
from khabar.readers import ReadOptions, iter_documents
from khabar.store import Store
from khabar.store.tables import SCHEMAS

OPTIONS = ReadOptions()


def mark(doc: Document) -> Document:
    if "boom" in doc.raw:
        raise ValueError("cannot handle boom")
    doc.clean = doc.raw.strip()
    doc.lang = "en"
    return doc


def get_mark() -> object:
    return mark


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    """A directory (txt files, a JSONL file with blank and bad lines, an unknown file) and a JSONL file."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("first article", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("second article", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF")  # ignored in a directory, as the reader does
    lines = [json.dumps({"text": f"line {i}"}) for i in range(7)]
    lines.insert(3, "")  # a blank line is not a record but counts in the line numbers
    lines.insert(5, "{not json")
    (folder / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    extra = tmp_path / "extra.jsonl"
    texts = ["extra 0", "extra 1", "boom", "extra 3", "extra 4"]  # "boom" fails in the pipeline
    extra.write_text("\n".join(json.dumps({"id": f"x{i}", "text": t}) for i, t in enumerate(texts)))
    unknown = tmp_path / "named.doc"
    unknown.write_text("x")
    return [str(folder), str(extra), str(tmp_path / "missing.txt"), str(unknown)]


def summary(items: list[Document | ItemError]) -> list[tuple[str, ...]]:
    return [
        ("error", i.origin, i.message) if isinstance(i, ItemError) else ("doc", i.id, i.origin, i.raw)
        for i in items
    ]


@pytest.mark.parametrize("shard_size", [1, 2, 3, 5, 100])
def test_shards_read_exactly_what_the_reader_reads(inputs: list[str], shard_size: int) -> None:
    plan = plan_shards(inputs, shard_size, OPTIONS)
    sharded = [item for spec in plan.shards for item in read_shard(spec, OPTIONS)]
    assert summary(sharded) == summary(list(iter_documents(inputs, OPTIONS)))
    assert all(spec.items <= shard_size for spec in plan.shards)
    assert len({spec.name for spec in plan.shards}) == len(plan.shards)


def test_standard_input_and_urls_cannot_be_sharded() -> None:
    with pytest.raises(ShardError, match="files and directories"):
        plan_shards(["-"], 10, OPTIONS)
    with pytest.raises(ShardError, match=r"https://example\.org/a"):
        plan_shards(["https://example.org/a"], 10, OPTIONS)


def test_a_changed_input_file_changes_the_shard_key(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "one"}\n')
    before = plan_shards([str(path)], 10, OPTIONS).shards[0]
    path.write_text('{"text": "one, edited"}\n')
    after = plan_shards([str(path)], 10, OPTIONS).shards[0]
    assert before.key != after.key


def test_a_shard_is_written_once_with_tables_errors_and_marker(inputs: list[str], tmp_path: Path) -> None:
    out = tmp_path / "shards"
    plan = plan_shards(inputs, 100, OPTIONS)
    write_plan(plan, out)
    spec = plan.shards[0]
    calls: list[int] = []

    def loader() -> object:
        calls.append(1)
        return mark

    result = process_shard(spec, out, loader, OPTIONS)  # type: ignore[arg-type]
    assert not result.skipped and result.articles == 13 and result.errors == 4
    assert calls == [1]  # the pipeline is built once per shard
    folder = out / spec.name
    assert json.loads((folder / MARKER_FILE).read_text())["key"] == spec.key
    for name, schema in SCHEMAS.items():
        assert pq.read_schema(folder / f"{name}.parquet").equals(schema)
    errors = pq.read_table(folder / "errors.parquet").to_pylist()
    assert sorted(Path(e["origin"]).name for e in errors) == [
        "c.jsonl:6",  # malformed line
        "extra.jsonl:3",  # the pipeline raised
        "missing.txt",
        "named.doc",  # unknown format, named explicitly
    ]
    assert is_complete(out, spec)
    again = process_shard(spec, out, loader, OPTIONS)  # type: ignore[arg-type]
    assert again.skipped and calls == [1]


def test_a_crashed_attempt_leaves_nothing_that_counts(inputs: list[str], tmp_path: Path) -> None:
    out = tmp_path / "shards"
    plan = plan_shards(inputs, 4, OPTIONS)
    write_plan(plan, out)
    spec = plan.shards[0]
    # A worker killed while writing leaves a temporary directory, and no marker in the final place.
    (out / f".{spec.name}.dead").mkdir()
    (out / f".{spec.name}.dead" / "articles.parquet").write_bytes(b"partial")
    (out / spec.name).mkdir()  # even a final directory without its marker is not complete
    assert not is_complete(out, spec)
    assert remove_stale_temporaries(out) == 1
    result = process_shard(spec, out, get_mark, OPTIONS)  # type: ignore[arg-type]
    assert not result.skipped and is_complete(out, spec)


def test_merge_is_idempotent_and_follows_the_store_rules(inputs: list[str], tmp_path: Path) -> None:
    out = tmp_path / "shards"
    plan = plan_shards(inputs, 3, OPTIONS)
    write_plan(plan, out)
    for spec in plan.shards[:-1]:
        process_shard(spec, out, get_mark, OPTIONS)  # type: ignore[arg-type]
    with Store(tmp_path / "k.duckdb") as store:
        first = merge_shards(out, store)
        assert first.incomplete == [plan.shards[-1].name]
        process_shard(plan.shards[-1], out, get_mark, OPTIONS)  # type: ignore[arg-type]
        second = merge_shards(out, store)
        assert second.shards == 1 and second.already_merged == len(plan.shards) - 1
        third = merge_shards(out, store)
        assert third.shards == 0 and third.already_merged == len(plan.shards)
        articles = store.con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
        logged = store.con.execute("SELECT count(*) FROM ingest_errors").fetchone()[0]
        forced = merge_shards(out, store, force=True)
        after = store.con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert articles == (13, 13)
    assert logged == 4  # each error recorded once, however often the shards are merged
    assert forced.stored == 13 and after == 13


def test_merge_skips_content_already_stored_like_the_store(tmp_path: Path) -> None:
    path = tmp_path / "dup.jsonl"
    path.write_text(
        "\n".join(json.dumps({"id": i, "text": "same text"}) for i in ("a", "b"))
        + "\n"
        + json.dumps({"id": "c", "text": "other"})
    )
    out = tmp_path / "shards"
    plan = plan_shards([str(path)], 1, OPTIONS)
    write_plan(plan, out)
    for spec in plan.shards:
        process_shard(spec, out, get_mark, OPTIONS)  # type: ignore[arg-type]
    with Store(tmp_path / "k.duckdb") as store:
        result = merge_shards(out, store)
        ids = [row[0] for row in store.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    # as Store.write: the same raw text is stored once, and the second id is reported as a duplicate
    assert ids == ["a", "c"] and result.unchanged == 0
    assert [(origin.rsplit("/", 1)[-1], message) for origin, message in result.duplicates] == [
        ("dup.jsonl:2", "same text as article 'a'; stored once, under that id")
    ]


def test_merge_of_a_directory_without_plan_is_a_clear_error(tmp_path: Path) -> None:
    with Store(tmp_path / "k.duckdb") as store, pytest.raises(ShardError, match=r"no plan\.json"):
        merge_shards(tmp_path, store)
