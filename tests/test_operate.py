"""Operating khabar: incremental ingest, honest output (supported flag and warnings), readable CLI
output, filter values checked with suggestions, and the Python API (html=, pipe, to_json, DataFrame)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

import khabar
from khabar.cli import main
from khabar.engine.shards import merge_shards, plan_shards, process_shard, write_plan
from khabar.errors import InputError
from khabar.incremental import input_hash, pipeline_version
from khabar.ingesting import skip_stored
from khabar.model import Document
from khabar.readers import ReadOptions, iter_documents
from khabar.server import create_app
from khabar.store import Store
from khabar.store.filters import check_country, check_plover
from khabar.store.queries import QueryError
from server_support import dev_store_copy, resources

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "corpus" / "dev" / "articles"
EN = "en_02_hurriyet_afp_containment"
URDU = (
    "اسلام آباد: وزیر اعظم نے آج کابینہ کے اجلاس کی صدارت کی جس میں ملک کی معاشی صورتحال "
    "پر تفصیلی غور کیا گیا۔ "
    "وزیر خزانہ نے اجلاس کو بتایا کہ حکومت آئندہ بجٹ میں عوام کو ریلیف دینے کے لیے اقدامات کرے گی۔ "
    "اجلاس میں خارجہ پالیسی، توانائی کے بحران اور صوبوں کے ساتھ تعاون پر بھی بات چیت ہوئی "
    "اور کئی فیصلے کیے گئے۔"
)


def _copy_article(folder: Path, name: str = EN) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in (".txt", ".json"):
        shutil.copy(ARTICLES / f"{name}{suffix}", folder / f"{name}{suffix}")
    return folder / f"{name}.txt"


# --- incremental ingest ---------------------------------------------------------------------------


def test_the_input_hash_covers_text_metadata_and_pipeline_version() -> None:
    doc = Document(id="a", raw="text", title="T", hint_published="2024-11-12")
    same = Document(id="a", raw="text", title="T", hint_published="2024-11-12")
    assert input_hash(doc) == input_hash(same)
    day = "2024-11-12"
    assert input_hash(doc) != input_hash(Document(id="a", raw="text", title="T2", hint_published=day))
    assert input_hash(doc) != input_hash(Document(id="a", raw="text!", title="T", hint_published=day))
    assert input_hash(doc) != input_hash(doc, version="0.0.0+other")
    assert re.fullmatch(r"\d+\.\d+\.\d+\+[0-9a-f]{16}", pipeline_version())


def test_stored_input_is_skipped_before_processing_and_metadata_changes_are_applied(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _copy_article(folder)
    db = str(tmp_path / "k.duckdb")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(folder), "--db", db, "--no-progress"])
    assert first.exit_code == 0, first.output

    # Unchanged: the reader's documents never reach the pipeline.
    skipped: list[str] = []
    passed = list(skip_stored(iter_documents([str(folder)]), db, on_skip=lambda d: skipped.append(d.id)))
    assert passed == [] and skipped == [EN]
    second = runner.invoke(main, ["ingest", str(folder), "--db", db, "--no-progress"])
    assert re.search(r"articles processed\s*│\s*0 \(of 1 read\)", second.output), second.output
    assert re.search(r"unchanged \(already stored\)\s*│\s*1", second.output)

    # A sidecar-only change (the title) is processed and stored.
    sidecar = folder / f"{EN}.json"
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    meta["title"] = "A corrected headline"
    sidecar.write_text(json.dumps(meta), encoding="utf-8")
    third = runner.invoke(main, ["ingest", str(folder), "--db", db, "--no-progress"])
    assert re.search(r"stored \(new or changed\)\s*│\s*1", third.output), third.output
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*), max(title) FROM articles").fetchone() == (
            1,
            "A corrected headline",
        )


def test_a_forced_dask_run_processes_its_shards_again(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _copy_article(folder)
    out = tmp_path / "shards"
    options = ReadOptions()
    plan = plan_shards([str(folder)], 10, options)
    write_plan(plan, out)
    runs: list[int] = []

    def pipeline() -> object:
        def run(doc: Document) -> Document:
            runs.append(1)
            doc.clean, doc.title = doc.raw, f"run {len(runs)}"
            return doc

        return run

    spec = plan.shards[0]
    assert not process_shard(spec, out, pipeline, options).skipped  # type: ignore[arg-type]
    assert process_shard(spec, out, pipeline, options).skipped  # type: ignore[arg-type]
    with Store(tmp_path / "k.duckdb") as store:
        assert merge_shards(out, store).stored == 1
        forced = process_shard(spec, out, pipeline, options, force=True)  # type: ignore[arg-type]
        assert not forced.skipped and len(runs) == 2
        merged = merge_shards(out, store, force=True)
        title = store.con.execute("SELECT title FROM articles").fetchone()[0]
    assert merged.stored == 1 and title == "run 2"  # the fresh shard, not the stale one


def test_an_older_store_is_upgraded_in_place(tmp_path: Path) -> None:
    import duckdb

    from khabar.store import duckdb_store

    db = tmp_path / "old.duckdb"
    version_2 = duckdb_store._SCHEMA.replace(
        "    ingested_at TIMESTAMP,\n    input_hash VARCHAR,\n    supported BOOLEAN,\n"
        "    warnings VARCHAR[]\n",
        "    ingested_at TIMESTAMP\n",
    )
    assert version_2 != duckdb_store._SCHEMA
    con = duckdb.connect(str(db))
    con.execute(version_2)
    con.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    con.execute("INSERT INTO articles (id, content_hash, raw) VALUES ('a', 'h', 'text')")
    con.close()
    with Store(db, read_only=True) as store:
        columns = {row[0] for row in store.con.execute("DESCRIBE articles").fetchall()}
        assert store.con.execute("SELECT id FROM articles").fetchall() == [("a",)]
    assert {"input_hash", "supported", "warnings"} <= columns


# --- honest output ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def extractor() -> khabar.Extractor:
    return khabar.Extractor(resources())


def test_an_urdu_article_is_flagged_unsupported(extractor: khabar.Extractor) -> None:
    doc = extractor.extract(URDU)
    assert doc.lang == "ur" and doc.supported is False
    assert [w.code for w in doc.warnings or []] == ["unsupported_language"]
    assert "Urdu" in doc.warnings[0].message
    record = doc.to_dict()
    assert record["supported"] is False and record["warnings"][0]["code"] == "unsupported_language"


def test_a_caption_only_page_and_an_unreadable_date_come_with_warnings(tmp_path: Path) -> None:
    page = tmp_path / "photo.html"
    page.write_text(
        "<html><head><title>Photo</title></head><body><figure><img src='a.jpg'><figcaption>The foreign "
        "ministers of India and China shake hands before their talks in New Delhi on Tuesday. "
        "(Photo: Reuters)</figcaption></figure></body></html>",
        encoding="utf-8",
    )
    lines = tmp_path / "a.jsonl"
    body = (ARTICLES / f"{EN}.txt").read_text(encoding="utf-8")
    lines.write_text(json.dumps({"id": "x", "text": body, "published": "not a date"}) + "\n")
    result = CliRunner().invoke(main, ["extract", str(page), str(lines), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    caption = next(r for key, r in records.items() if key != "x")
    assert caption["supported"] is True
    assert [w["code"] for w in caption["warnings"]] == ["short_text"]
    assert [w["code"] for w in records["x"]["warnings"]] == ["unreadable_date"]
    assert "'not a date'" in records["x"]["warnings"][0]["message"]
    text = CliRunner().invoke(main, ["extract", str(page), "--format", "text"])
    assert "warning short_text" in text.output


def test_extract_text_and_show_print_entities_quotes_and_events(tmp_path: Path) -> None:
    source = _copy_article(tmp_path / "in", "en_04_menafn_anadolu_shoygu")
    runner = CliRunner()
    printed = runner.invoke(main, ["extract", str(source), "--format", "text"])
    assert printed.exit_code == 0
    for heading in ("entities (", "quotes (", "events ("):
        assert heading in printed.output
    assert "Sergei Shoigu" in printed.output and "CONSULT" in printed.output
    db = str(tmp_path / "k.duckdb")
    assert runner.invoke(main, ["ingest", str(source), "--db", db, "--no-progress"]).exit_code == 0
    shown = runner.invoke(main, ["show", "en_04_menafn_anadolu_shoygu", "--db", db])
    assert "events (" in shown.output and "“met”" in shown.output


# --- filters -------------------------------------------------------------------------------------------


def test_filter_values_are_checked_with_suggestions() -> None:
    assert check_country("rus") == "RUS" and check_country("EUR") == "EUR"
    with pytest.raises(QueryError, match=r"did you mean RUS"):
        check_country("Russia")
    with pytest.raises(QueryError, match=r"not a PLOVER type; did you mean CONSULT"):
        check_plover("MEET")
    assert check_plover("consult") == "CONSULT"


def test_invalid_filters_are_errors_in_the_cli_and_the_api(tmp_path: Path) -> None:
    db = str(dev_store_copy(tmp_path))
    runner = CliRunner()
    bad_country = runner.invoke(main, ["events", "--db", db, "--country", "Russia"])
    assert bad_country.exit_code == 2 and "did you mean RUS" in bad_country.output
    bad_type = runner.invoke(main, ["events", "--db", db, "--plover", "MEET"])
    assert bad_type.exit_code == 2 and "did you mean CONSULT" in bad_type.output
    good = runner.invoke(main, ["events", "--db", db, "--country", "rus", "--plover", "consult"])
    assert good.exit_code == 0 and "CONSULT" in good.output
    with TestClient(create_app(db, resources()), base_url="http://127.0.0.1") as client:
        answer = client.get("/api/events", params={"country": "Russia"})
        assert answer.status_code == 400 and "did you mean RUS" in answer.json()["message"]
        assert "pattern" not in answer.json()["message"]
        answer = client.get("/api/timeline", params={"plover": "MEET"})
        assert answer.status_code == 400 and "did you mean CONSULT" in answer.json()["message"]
        assert client.get("/api/events", params={"country": "RUS"}).status_code == 200


# --- Python ---------------------------------------------------------------------------------------------


def test_extract_reads_html_as_a_page_not_as_text(extractor: khabar.Extractor) -> None:
    body = (ARTICLES / f"{EN}.txt").read_text(encoding="utf-8")
    title, _, rest = body.partition("\n")
    paragraphs = "".join(f"<p>{p}</p>" for p in rest.split("\n") if p.strip())
    page = (
        f"<!DOCTYPE html><html><head><title>{title}</title><script>window.dataLayer = [];"
        "function gtag(){dataLayer.push(arguments);} var Subscribe = 'Newsletter';</script></head>"
        f"<body><nav>Home World Sports</nav><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )
    for doc in (extractor.extract(html=page), extractor.extract(page)):
        assert "dataLayer" not in doc.raw and "<p>" not in doc.raw
        assert doc.title == title
        assert any(e.name == "Sergei Shoigu" for e in doc.entities or [])
        assert json.loads(doc.to_json())["title"] == title


def test_pipe_processes_many_inputs_in_order() -> None:
    items = [
        "Russia accused Ukraine of shelling a school on Monday, officials said.",
        {"id": "urdu", "text": URDU},
        Document(id="doc", raw="China and India agreed to resume border talks, ministers said."),
    ]
    docs = list(khabar.pipe(items, workers=2))
    assert [d.id for d in docs] == ["item-0", "urdu", "doc"]
    assert docs[1].supported is False and docs[0].events
    with pytest.raises(InputError):
        list(khabar.pipe([{"title": "no text"}]))
    assert [type(d).__name__ for d in khabar.pipe([{"title": "no text"}], errors="yield")] == ["ItemError"]


def test_events_frame_from_documents_and_from_a_store(tmp_path: Path, extractor: khabar.Extractor) -> None:
    pd = pytest.importorskip("pandas")
    doc = extractor.extract((ARTICLES / f"{EN}.txt").read_text(encoding="utf-8"), id=EN)
    frame = khabar.events_frame(doc)
    assert isinstance(frame, pd.DataFrame) and len(frame) == len(doc.events or [])
    assert {"cameo", "plover", "source_name", "target_name", "trigger_text"} <= set(frame.columns)
    stored = khabar.events_frame(dev_store_copy(tmp_path), country="RUS")
    assert len(stored) and set(stored["source_country"]) | set(stored["target_country"]) >= {"RUS"}


def test_events_frame_without_pandas_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pandas(name: str, *args: object, **kwargs: object) -> object:
        if name == "pandas":
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"khabar\[dataframe\]"):
        khabar.events_frame([])


def test_a_sidecar_change_makes_the_shard_stale(tmp_path: Path) -> None:
    from khabar.engine.shards import is_complete

    source = _copy_article(tmp_path / "in")
    out = tmp_path / "shards"
    plan = plan_shards([str(source)], 10, ReadOptions())
    write_plan(plan, out)
    process_shard(plan.shards[0], out, lambda: (lambda d: d), ReadOptions())  # type: ignore[arg-type,return-value]
    assert is_complete(out, plan.shards[0])
    sidecar = source.with_suffix(".json")
    changed = sidecar.read_text(encoding="utf-8").replace("2024-11-12", "2024-11-13")
    sidecar.write_text(changed, encoding="utf-8")
    again = plan_shards([str(source)], 10, ReadOptions())
    assert not is_complete(out, again.shards[0])
