"""One bad item never takes others down: readers, identity, duplicates, the error log, the budget.

Every case here once aborted a batch, lost an article or was dropped without a word (issue 17).
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from khabar.engine.budget import Budget, BudgetExceeded, run_within, time_limit
from khabar.engine.local import process_local
from khabar.errors import InputError
from khabar.model import Document, ItemError
from khabar.readers import ReadOptions, iter_documents
from khabar.readers.decode import decode_bytes
from khabar.readers.safety import MAX_JSON_DEPTH, json_depth, printable, source_id
from khabar.store import Store
from khabar.store.duckdb_store import classify_batch

DEEP = "[" * 5000 + "]" * 5000  # makes the json module recurse until the interpreter gives up
ARTICLE = "Modi met Biden in Delhi on Monday."


def read(*inputs: str | Path, stdin: bytes | None = None, **options: object) -> list[Document | ItemError]:
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(iter_documents([str(i) for i in inputs], ReadOptions(**options), stdin=stream))  # type: ignore[arg-type]


def split(items: list[Document | ItemError]) -> tuple[list[Document], list[ItemError]]:
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, ItemError)]


# --- JSON nesting -------------------------------------------------------------------------------------


def test_json_depth_ignores_brackets_inside_strings() -> None:
    assert json_depth('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}') <= 1
    assert json_depth("[" * 40 + "]" * 40) == 40
    assert json_depth(DEEP) == 5000


def test_deeply_nested_sidecar_is_that_files_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Putin met Xi in Moscow.", encoding="utf-8")
    (tmp_path / "b.json").write_text(DEEP, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Scholz met Macron in Paris.", encoding="utf-8")
    docs, errors = split(read(tmp_path))
    assert [d.id for d in docs] == ["a", "c"]
    assert [(Path(e.origin).name, e.message) for e in errors] == [
        ("b.txt", f"sidecar b.json: JSON nested 5000 levels deep (the limit is {MAX_JSON_DEPTH})")
    ]


def test_deeply_nested_jsonl_line_and_stdin(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    deep_line = '{"text": "a", "meta": ' + DEEP + "}"
    lines = [json.dumps({"text": ARTICLE}), deep_line, json.dumps({"text": "Xi spoke."})]
    path.write_text("\n".join(lines), encoding="utf-8")
    docs, errors = split(read(path))
    assert [d.id for d in docs] == ["x:1", "x:3"]
    assert [e.origin for e in errors] == [f"{path}:2"] and "nested" in errors[0].message
    # the same line on standard input: still JSONL, still one error
    docs, errors = split(read("-", stdin=("\n".join(lines[1:])).encode()))
    assert [d.id for d in docs] == ["stdin:2"] and [e.origin for e in errors] == ["-:1"]


# --- names, file kinds, junk ----------------------------------------------------------------------------


def test_non_utf8_and_markup_file_names(tmp_path: Path) -> None:
    good = tmp_path / os.fsdecode(b"caf\xe9.txt")
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / os.fsdecode(b"bin\xff.txt")
    bad.write_bytes(b"\x00\x01 binary")
    (tmp_path / "[x]d[").mkdir()
    (tmp_path / "[x]d[" / "x].txt").write_bytes(b"\xc3\x28 bad")
    docs, errors = split(read(tmp_path))
    assert [d.id for d in docs] == ["caf\\xe9"]  # the article is kept; its id is printable
    assert docs[0].origin.endswith("caf\\xe9.txt")
    origins = sorted(Path(e.origin).name for e in errors)
    assert origins == ["bin\\xff.txt", "x].txt"]
    for item in [*docs, *errors]:
        item.origin.encode("utf-8")  # never a lone surrogate: printable, storable, Parquet-safe


def test_printable_handles_escaped_bytes_and_lone_surrogates() -> None:
    assert printable(os.fsdecode(b"a\xffb")) == "a\\xffb"
    assert printable("x\ud800y") == "x\\ud800y"
    assert printable("plain") == "plain"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifos_and_empty_jsonl_are_reported_not_skipped_or_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n\n  \n")
    _, errors = split(read(tmp_path))
    assert sorted((Path(e.origin).name, e.message) for e in errors) == [
        ("blank.jsonl", "no JSONL records (the file is empty or has only blank lines)"),
        ("empty.jsonl", "no JSONL records (the file is empty or has only blank lines)"),
        ("pipe.jsonl", "not a regular file (a FIFO, socket or device)"),
        ("pipe.txt", "not a regular file (a FIFO, socket or device)"),
    ]
    # named explicitly, a FIFO is refused too (reading it would block forever)
    assert split(read(tmp_path / "pipe.jsonl"))[1][0].message.startswith("not a regular file")


@pytest.mark.parametrize("text", ["!!! ... ???", "😀🎉 👍", "12345 67.89", "— – … ★"])
def test_text_without_letters_is_not_an_article(tmp_path: Path, text: str) -> None:
    (tmp_path / "junk.txt").write_text(text, encoding="utf-8")
    (tmp_path / "junk.jsonl").write_text(json.dumps({"text": text}), encoding="utf-8")
    docs, errors = split(read(tmp_path))
    assert docs == [] and len(errors) == 2
    assert all("no letters" in e.message for e in errors)


def test_lone_surrogate_in_a_jsonl_text_is_that_lines_error(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    second = json.dumps({"text": ARTICLE, "title": "\udcff"})  # a JSON escape of a lone surrogate
    path.write_text('{"text": "ok \\ud800 text"}\n' + second, "utf-8")
    docs, errors = split(read(path))
    assert [e.origin for e in errors] == [f"{path}:1"] and "not valid Unicode" in errors[0].message
    assert docs[0].title == "\\xff"  # metadata made printable, the article kept


# --- identity -------------------------------------------------------------------------------------------


def test_same_file_name_in_two_folders_is_two_articles(tmp_path: Path) -> None:
    for folder, text in (("a", ARTICLE), ("b", "Putin met Xi in Moscow.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
        (tmp_path / folder / "feed.jsonl").write_text(json.dumps({"text": f"{text} Feed."}), encoding="utf-8")
    docs, errors = split(read(tmp_path))
    assert not errors
    assert sorted(d.id for d in docs) == ["a/feed:1", "a/story", "b/feed:1", "b/story"]
    assert source_id(tmp_path / "a" / "story.txt", None) == "story"  # a file named alone keeps its stem


def test_classify_batch_reports_duplicates_and_id_conflicts() -> None:
    plan = classify_batch(
        ["a", "b", "a", "c", "d"], ["h1", "h1", "h2", "h9", "h3"], {"h9": "old"}
    )
    assert plan.todo == [0, 4]
    assert [i for i, _ in plan.duplicates] == [1, 2, 3]
    messages = dict(plan.duplicates)
    assert "same text as article 'a'" in messages[1]
    assert "id 'a' is already used" in messages[2]
    assert "same text as article 'old'" in messages[3]
    assert plan.unchanged == []


def test_store_keeps_one_copy_and_reports_the_other(tmp_path: Path) -> None:
    docs = process_local(read(*_two_copies(tmp_path)), budget=Budget())
    with Store(tmp_path / "k.duckdb") as store:
        result = store.write([d for d in docs if isinstance(d, Document)])
        assert result.stored == ["one"] and result.unchanged == []
        assert [(Path(o).name, m) for o, m in result.duplicates] == [
            ("two.txt", "same text as article 'one'; stored once, under that id")
        ]
        rerun = [d for d in process_local(read(*_two_copies(tmp_path))) if isinstance(d, Document)]
        again = store.write(rerun)
        assert again.unchanged == ["one"] and len(again.duplicates) == 1  # reported on every run


def _two_copies(folder: Path) -> list[Path]:
    paths = [folder / "one.txt", folder / "two.txt"]
    for path in paths:
        path.write_text(ARTICLE, encoding="utf-8")
    return paths


def test_error_rows_are_recorded_once(tmp_path: Path) -> None:
    with Store(tmp_path / "k.duckdb") as store:
        for _ in range(3):
            store.record_errors([("a.txt", "binary"), ("b.txt", "empty"), ("a.txt", "binary")])
        store.record_errors([(os.fsdecode(b"\xff.txt"), "bad \udcff name")])
        rows = store.con.execute("SELECT origin, message FROM ingest_errors ORDER BY 1").fetchall()
    assert rows == [("\\xff.txt", "bad \\xff name"), ("a.txt", "binary"), ("b.txt", "empty")]


# --- charset and dates --------------------------------------------------------------------------------


def test_utf8_declared_as_latin1_is_read_as_utf8() -> None:
    data = "रूस café".encode()
    assert decode_bytes(data, "x", declared="iso-8859-1") == "रूस café"
    assert decode_bytes("café".encode("latin-1"), "x", declared="iso-8859-1") == "café"  # true Latin-1


def test_utf16_declared_on_utf8_bytes_and_unknown_charsets() -> None:
    assert decode_bytes("नमस्ते".encode(), "x", declared="utf-16") == "नमस्ते"
    assert decode_bytes(b"plain text", "x", declared="x-no-such-charset") == "plain text"
    # bytes the declared charset cannot decode: the bytes decide
    assert decode_bytes("日本語のテキスト".encode("shift_jis"), "x", declared="utf-8").startswith("日本語")
    with pytest.raises(InputError):
        decode_bytes(b"\xc3\x28 x" * 3, "x")  # no declaration: UTF-8 or a clear error


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("-2024-01-01", "signed year"),
        ("+2024-01-01", "signed year"),
        ("2024-01-01T10:00:00+99:00", "UTC offset +99:00"),
        ("2024-01-01T10:00-05:75", "UTC offset -05:75"),
    ],
)
def test_impossible_dates_are_warnings_not_silent_changes(
    tmp_path: Path, published: str, expected: str
) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": ARTICLE, "published": published}), encoding="utf-8")
    (doc,) = read(path)
    assert isinstance(doc, Document)
    assert doc.hint_published is None  # not quietly read as something else
    assert len(doc.warnings) == 1 and expected in doc.warnings[0]


def test_possible_dates_pass_without_warnings(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": ARTICLE, "published": "2024-01-01T10:00+05:30"}), encoding="utf-8")
    (doc,) = read(path)
    assert isinstance(doc, Document) and doc.hint_published == "2024-01-01T10:00+05:30" and not doc.warnings


# --- budget ---------------------------------------------------------------------------------------------


def test_size_budget_is_reported_never_cut() -> None:
    doc = Document(id="big", raw="word " * 1000, origin="big.txt")
    with pytest.raises(BudgetExceeded, match=r"article too long \(5,000 characters; the limit is 100"):
        run_within(lambda d: d, doc, Budget(max_chars=100))


def test_time_budget_stops_a_runaway_article() -> None:
    def forever(doc: Document) -> Document:
        while True:  # a stage that never ends (pure Python, as the quadratic finders are)
            pass

    doc = Document(id="slow", raw="text", origin="slow.txt")
    with pytest.raises(BudgetExceeded, match=r"time budget of 0.2 s"):
        run_within(forever, doc, Budget(seconds=0.2))
    with time_limit(5):  # a cancelled budget leaves nothing behind
        pass


def test_process_local_turns_budget_overruns_into_item_errors() -> None:
    def factory(_resources: object) -> object:
        return lambda doc: doc

    docs = [Document(id="a", raw="short", origin="a"), Document(id="b", raw="x" * 50, origin="b")]
    budget = Budget(max_chars=10)
    items = list(
        process_local(docs, resources_loader=lambda: None, pipeline_factory=factory, budget=budget)  # type: ignore[arg-type]
    )
    assert isinstance(items[0], Document)
    assert isinstance(items[1], ItemError) and "article too long" in items[1].message
