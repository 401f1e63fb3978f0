"""Stories and event clusters in the store: the Shoigu–Wang Yi meeting is one cluster across Hindi
and English; clustering is incremental and independent of the order articles arrive in; the exact
GDELT 2.0 Events and Mentions tables."""

from __future__ import annotations

import csv
import io
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from click.testing import CliRunner

from khabar.api import Extractor
from khabar.cli import main
from khabar.model import Document, ItemError
from khabar.readers import iter_documents
from khabar.store import Store
from khabar.store.queries import EventFilter
from khabar.stories import gdelt
from khabar.stories.queries import StoryFilter, list_stories, query_clusters, story_detail
from server_support import DEV_ARTICLES, ROOT, dev_store_template, resources

SHOIGU_IN_BEIJING = [
    "hi_00_vietnamvn_shoigu_wangyi",
    "en_02_hurriyet_afp_containment",
    "en_04_menafn_anadolu_shoygu",
    "en_06_sputnik_pillars",
    "en_08_worldtodaynews_yonhap_visit",
    "en_10_webangah_mehr_arrival",
]
OTHERS = ["en_12_peoplecn_xinhua_st_petersburg", "hi_01_vietnamvn_xi_meets_shoigu"]

# GDELT 2.0 Event Codebook, "Event table" (the published column list, in order).
GDELT_PUBLISHED = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    + " ".join(
        f"Actor{n}{f}"
        for n in (1, 2)
        for f in [
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        ]
    )
    + " IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions "
    "NumSources NumArticles AvgTone "
    + " ".join(
        f"{g}_{f}"
        for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
        for f in ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
    )
    + " DATEADDED SOURCEURL"
).split()


def meeting_gold_reports() -> int:
    """How many articles report the meeting, by the gold file (corpus/stories.jsonl)."""
    count = 0
    for line in (ROOT / "corpus" / "stories.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if any(e["event"] == "shoigu-wangyi-beijing-2024-11-12" for e in record["events"]):
            count += 1
    return count


@lru_cache(maxsize=1)
def processed() -> dict[str, Document]:
    extractor = Extractor(resources())
    paths = [str(DEV_ARTICLES / f"{name}.txt") for name in SHOIGU_IN_BEIJING + OTHERS]
    docs = [extractor.process(d) for d in iter_documents(paths) if not isinstance(d, ItemError)]
    return {d.id: d for d in docs}


def snapshot(path: Path) -> dict[str, Any]:
    with Store(path, read_only=True) as store:
        con = store.con
        return {
            "events": sorted(con.execute("SELECT article_id, idx, cluster_id FROM events").fetchall()),
            "clusters": sorted(
                con.execute(
                    "SELECT cluster_id, story_id, num_events, num_articles, num_sources, num_mentions, "
                    "earliest_article_id, root_article_id, root_idx FROM event_clusters"
                ).fetchall()
            ),
            "stories": sorted(con.execute("SELECT story_id, article_id FROM story_articles").fetchall()),
        }


def test_the_shoigu_wang_yi_meeting_is_one_cluster_of_one_story_in_both_scripts() -> None:
    with Store(dev_store_template(), read_only=True) as store:
        con = store.con
        cluster_id = con.execute(
            "SELECT cluster_id FROM events WHERE article_id = 'hi_00_vietnamvn_shoigu_wangyi' "
            "AND source_kb_id = 'sergei_shoigu' AND target_kb_id = 'wang_yi' AND plover = 'CONSULT'"
        ).fetchone()[0]
        cluster = query_clusters(con, EventFilter(), limit=None, with_members=True)
        meeting = next(c for c in cluster if c["cluster_id"] == cluster_id)
        assert meeting["num_articles"] == meeting_gold_reports() == 6
        assert meeting["num_sources"] == 6 and meeting["langs"] == ["en", "hi"]
        assert {m["article_id"] for m in meeting["members"]} == set(SHOIGU_IN_BEIJING)
        assert meeting["num_mentions"] >= meeting["num_events"] >= 6
        assert (meeting["source_name"], meeting["target_name"], meeting["date"]) == (
            "Sergei Shoigu",
            "Wang Yi",
            "2024-11-12",
        )
        assert meeting["earliest_article_id"] == "en_10_webangah_mehr_arrival"  # published 11 November
        # Every report's sentence is kept, with offsets.
        assert all(m["sentence_text"] and m["trigger_end"] > m["trigger_start"] for m in meeting["members"])
        story = story_detail(con, meeting["story_id"])
        assert story is not None
        assert {a["id"] for a in story["articles"]} == set(SHOIGU_IN_BEIJING)
        # The St Petersburg meeting of September is another story; so is Xi meeting Shoigu.
        stories = list_stories(con, StoryFilter(actor="शोइगु"), limit=None)
        assert sum(1 for s in stories if set(SHOIGU_IN_BEIJING) <= {a["id"] for a in s["articles"]}) == 1
        assert all(
            not ({a["id"] for a in s["articles"]} & set(OTHERS) and s["num_articles"] > 1) for s in stories
        )
        figures = store.stats()
    assert figures["multi_article_stories"] == 1 and figures["cross_language_stories"] == 1
    assert figures["event_clusters"] < figures["events"]


def test_clustering_is_incremental_and_independent_of_order(tmp_path: Path) -> None:
    docs = processed()
    names = sorted(docs)
    with Store(tmp_path / "batch.duckdb") as store:
        store.write([docs[n] for n in names])
    with Store(tmp_path / "forward.duckdb") as store:
        for n in names:
            store.write([docs[n]])
    with Store(tmp_path / "backward.duckdb") as store:
        for n in reversed(names):
            store.write([docs[n]])
        # A changed version of one report replaces its events and re-clusters around them.
        store.write([docs["en_02_hurriyet_afp_containment"]], force=True)
    batch = snapshot(tmp_path / "batch.duckdb")
    assert snapshot(tmp_path / "forward.duckdb") == batch
    assert snapshot(tmp_path / "backward.duckdb") == batch
    assert any(row[3] == 6 for row in batch["clusters"])


def test_stories_and_clustered_events_from_the_command_line() -> None:
    runner = CliRunner(env={"COLUMNS": "200"})
    db = str(dev_store_template())
    listed = runner.invoke(
        main, ["stories", "--db", db, "--actor", "शोइगु", "--min-articles", "2", "--format", "jsonl"]
    )
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert len(rows) == 1 and rows[0]["num_articles"] == 6 and rows[0]["langs"] == ["en", "hi"]
    shown = runner.invoke(main, ["stories", rows[0]["story_id"], "--db", db])
    assert shown.exit_code == 0 and "6 reports from 6 outlets" in shown.output
    assert "शोइगु" in shown.output and "Shoigu" in shown.output  # the reports' own sentences
    hindi_only = runner.invoke(
        main, ["stories", "--db", db, "--lang", "hi", "--format", "jsonl", "--limit", "0"]
    )
    assert all("hi" in json.loads(line)["langs"] for line in hindi_only.output.splitlines())
    clustered = runner.invoke(
        main,
        ["events", "--db", db, "--clustered", "--actor", "Wang Yi", "--cameo", "04", "--format", "jsonl"],
    )
    assert clustered.exit_code == 0, clustered.output
    meeting = [json.loads(line) for line in clustered.output.splitlines()]
    assert sorted(r["num_articles"] for r in meeting)[-1] == 6
    stats = runner.invoke(main, ["stats", "--db", db, "--json"])
    assert json.loads(stats.output)["multi_article_stories"] == 1


def test_gdelt_events_table_has_gdelts_61_columns_and_loads_with_their_names() -> None:
    listed = [name for name, _ in gdelt.event_columns()]
    assert listed == GDELT_PUBLISHED and len(listed) == 61
    types = dict(gdelt.event_columns())
    assert {types[c] for c in ("GLOBALEVENTID", "SQLDATE", "QuadClass", "NumMentions", "DATEADDED")} == {
        "INTEGER"
    }
    runner = CliRunner()
    result = runner.invoke(
        main, ["events", "--db", str(dev_store_template()), "--format", "gdelt", "--limit", "0"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines and all(len(line.split("\t")) == 61 for line in lines)
    assert lines[0].split("\t")[0].isdigit()  # no header line
    frame = pd.read_csv(
        io.StringIO(result.output),
        sep="\t",
        header=None,
        names=listed,
        quoting=csv.QUOTE_NONE,
        dtype={name: str for name, kind in gdelt.event_columns() if kind == "STRING"},
    )
    assert list(frame.columns) == GDELT_PUBLISHED
    for name, kind in gdelt.event_columns():
        column = frame[name].dropna()
        if kind == "INTEGER" and len(column):
            assert pd.api.types.is_integer_dtype(column) or (column == column.round()).all(), name
        elif kind == "FLOAT" and len(column):
            assert pd.api.types.is_numeric_dtype(column), name
    assert frame["GLOBALEVENTID"].is_unique
    with Store(dev_store_template(), read_only=True) as store:
        clusters = store.con.execute("SELECT count(*) FROM event_clusters").fetchone()[0]
    assert len(frame) == clusters  # one row per event cluster
    meeting = frame[
        (frame.Actor1Name == "SERGEI SHOIGU") & (frame.Actor2Name == "WANG YI") & (frame.SQLDATE == 20241112)
    ]
    assert len(meeting) == 1
    row = meeting.iloc[0]
    assert (row.NumArticles, row.NumSources, row.EventRootCode) == (6, 6, "04")
    assert (row.Actor1Code, row.Actor1CountryCode, row.Actor1Type1Code) == ("RUSGOV", "RUS", "GOV")
    assert (row.ActionGeo_CountryCode, row.ActionGeo_ADM1Code, row.ActionGeo_Type) == ("CH", "CH22", 4)
    assert row.ActionGeo_FeatureID == "1816670" and pd.isna(row.AvgTone)
    assert str(row.SOURCEURL).startswith("http")


def test_gdelt_igo_codes_are_written_the_gdelt_way() -> None:
    fields = gdelt.actor_fields("UNOIGO", "United Nations", "UNO")
    assert (fields["Code"], fields["KnownGroupCode"], fields["Type1Code"], fields["CountryCode"]) == (
        "IGOUNO",
        "UNO",
        "IGO",
        "",
    )
    assert gdelt.actor_fields("RUSGOVMIL", "x", "RUS")["Type2Code"] == "MIL"


def test_gdelt_mentions_table_has_one_row_per_report() -> None:
    names = [name for name, _ in gdelt.mention_columns()]
    assert len(names) == 16 and names[0] == "GLOBALEVENTID" and names[-1] == "Extras"
    runner = CliRunner()
    result = runner.invoke(
        main, ["events", "--db", str(dev_store_template()), "--format", "gdelt-mentions", "--actor", "Shoigu"]
    )
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(
        io.StringIO(result.output), sep="\t", header=None, names=names, quoting=csv.QUOTE_NONE
    )
    assert all(len(line.split("\t")) == 16 for line in result.output.splitlines())
    events = runner.invoke(
        main, ["events", "--db", str(dev_store_template()), "--format", "gdelt", "--actor", "Shoigu"]
    )
    ids = {int(line.split("\t")[0]) for line in events.output.splitlines()}
    assert set(frame.GLOBALEVENTID) == ids
    hindi = frame[frame.MentionDocTranslationInfo == "srclc:hin"]
    assert len(hindi) and hindi.Extras.str.contains("शोइगु").any()
    assert (frame.ActionCharOffset >= 0).all() and (frame.SentenceID >= 1).all()


def test_pairwise_story_and_event_scores(tmp_path: Path) -> None:
    from khabar.evaluation.stories import evaluate_stories, pairwise

    counts = pairwise({"a": "x", "b": "x", "c": "y"}, {"a": "1", "b": "2", "c": "2"})
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)
    lines = [
        line
        for line in (ROOT / "corpus" / "stories.jsonl").read_text(encoding="utf-8").splitlines()
        if any(name in line for name in ("hi_00_vietnamvn", "en_02_hurriyet", "en_12_peoplecn"))
    ]
    gold = tmp_path / "stories.jsonl"
    gold.write_text(
        "\n".join(line.replace('"dev/', f'"{ROOT / "corpus" / "dev"}/') for line in lines) + "\n",
        encoding="utf-8",
    )
    report = evaluate_stories(gold, Extractor(resources()))
    assert report.articles == 3 and report.gold_stories == 2
    assert (report.stories.tp, report.stories.fp, report.stories.fn) == (1, 0, 0)
    meeting = report.multi_report["shoigu-wangyi-beijing-2024-11-12"]
    assert meeting["gold_reports"] == 2 and list(meeting["clusters"].values()) == [2]
    assert report.events.recall == 1.0


def test_a_store_from_before_stories_is_clustered_when_opened_for_writing(tmp_path: Path) -> None:
    docs = processed()
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.write([docs[n] for n in sorted(docs)])
        for table in ("event_clusters", "stories", "story_articles"):
            store.con.execute(f"DROP TABLE {table}")
        store.con.execute("ALTER TABLE events DROP COLUMN cluster_id")
    with Store(path, read_only=True) as store:  # read-only: still readable, no stories yet
        assert store.stats()["event_clusters"] == 0
    with Store(path) as store:
        assert store.stats()["multi_article_stories"] == 1
    fresh = tmp_path / "fresh.duckdb"
    with Store(fresh) as store:
        store.write([docs[n] for n in sorted(docs)])
    assert snapshot(path) == snapshot(fresh)
