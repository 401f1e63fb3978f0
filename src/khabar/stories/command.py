"""``khabar stories``: list stories (one real-world story from many reports, across languages)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from khabar.errors import KhabarError


def _day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@click.command("stories")
@click.argument("story_id", required=False)
@click.option("--db", default="khabar.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--actor", help="Stories with this actor, by name in any script (शोइगु, Shoigu).")
@click.option(
    "--from", "date_from", callback=_day, metavar="YYYY-MM-DD", help="Reported on or after this day."
)
@click.option("--to", "date_to", callback=_day, metavar="YYYY-MM-DD", help="Reported on or before this day.")
@click.option("--lang", help="Stories with a report in this language (hi, en, …).")
@click.option("--min-articles", default=1, show_default=True, type=click.IntRange(1))
@click.option("--limit", default=50, show_default=True, type=click.IntRange(0), help="0 = no limit.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--rebuild", is_flag=True, help="Re-cluster the whole store first (an older store).")
def stories_command(
    story_id: str | None,
    db: str,
    actor: str | None,
    date_from: date | None,
    date_to: date | None,
    lang: str | None,
    min_articles: int,
    limit: int,
    fmt: str,
    rebuild: bool,
) -> None:
    """Stories: articles that report the same events, across languages. With STORY_ID, that story's
    reports and its event clusters (every report's sentence)."""
    from khabar.kb import KnowledgeBase
    from khabar.store import Store
    from khabar.stories import queries
    from khabar.stories.store import rebuild as rebuild_store

    out = Console(highlight=False, soft_wrap=True)
    try:
        with Store(db, read_only=not rebuild) as store:
            if rebuild:
                figures = rebuild_store(store.con)
                Console(stderr=True).print(
                    f"re-clustered: {figures['events']} events, {figures['clusters']} clusters, "
                    f"{figures['stories']} stories"
                )
            if story_id:
                detail = queries.story_detail(store.con, story_id)
                if detail is None:
                    raise click.ClickException(f"no story {story_id!r} in {db}")
                if fmt == "jsonl":
                    for article in detail["articles"]:
                        article.pop("text", None)
                    click.echo(json.dumps(_plain(detail), ensure_ascii=False))
                else:
                    _print_story(out, detail)
                return
            flt = queries.StoryFilter(
                actor=actor, date_from=date_from, date_to=date_to, lang=lang, min_articles=min_articles
            )
            kb = KnowledgeBase.load() if actor else None
            rows = queries.list_stories(store.con, flt, kb=kb, limit=limit or None)
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(_plain(row), ensure_ascii=False))
        return
    if not rows:
        out.print("no stories match")
        return
    table = Table()
    for column in ("story", "reports", "outlets", "events", "langs", "first seen", "actors", "title"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            row["story_id"],
            str(row["num_articles"]),
            str(row["num_sources"]),
            str(row["num_clusters"]),
            ",".join(row["langs"] or []),
            str(row["first_seen"] or "?")[:10],
            ", ".join((row["actor_names"] or [])[:4]),
            row["title"] or row["earliest_article_id"],
        )
    out.print(table)
    out.print(f"[dim]{len(rows)} stories[/]")


def _print_story(out: Console, story: dict[str, Any]) -> None:
    out.print(f"[bold]{story['story_id']}[/] {story['title'] or ''}")
    out.print(
        f"{story['num_articles']} reports from {story['num_sources']} outlets, "
        f"{story['num_clusters']} event clusters, languages {', '.join(story['langs'] or [])}"
    )
    for article in story["articles"]:
        out.print(
            f"  {str(article['published'] or '?')[:10]}  {article['lang']}  {article['id']}  "
            f"{article['outlet'] or ''}"
        )
    for cluster in story["clusters"]:
        if cluster["num_articles"] < 2 and len(story["articles"]) > 1:
            continue
        out.print(
            f"\n[bold]{cluster['plover']} {cluster['cameo']}[/] {cluster['source_name'] or '-'} → "
            f"{cluster['target_name'] or '-'} {cluster['date'] or ''} {cluster['location_name'] or ''} "
            f"[dim]{cluster['cluster_id']}: {cluster['num_articles']} articles, "
            f"{cluster['num_sources']} sources, "
            f"{cluster['num_mentions']} mentions[/]"
        )
        for member in cluster["members"]:
            out.print(
                f"  {member['article_id']}#{member['sentence']}: {member['sentence_text'] or ''}",
                markup=False,
            )


def write_clusters(con: Any, flt: Any, kb: Any, *, fmt: str, output: str | None, limit: int | None) -> None:
    """`khabar events --clustered` and the GDELT formats: one row per event cluster."""
    import sys
    from pathlib import Path

    from khabar.exports import write_csv, write_jsonl, write_parquet
    from khabar.stories import gdelt
    from khabar.stories.queries import query_clusters

    members = fmt in ("gdelt", "gdelt-mentions", "jsonl")
    rows = query_clusters(con, flt, kb=kb, limit=limit, with_members=members)
    err = Console(stderr=True)
    if fmt == "table":
        _print_clusters(Console(highlight=False, soft_wrap=True), rows)
        return
    if fmt == "parquet":
        assert output is not None
        write_parquet([{k: v for k, v in r.items() if k != "members"} for r in rows], Path(output))
        err.print(f"{len(rows)} event clusters written to {output}")
        return
    handle = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    try:
        if fmt == "gdelt":
            count = gdelt.write_events(rows, handle)
        elif fmt == "gdelt-mentions":
            count = gdelt.write_mentions(con, rows, handle)
        elif fmt == "csv":
            columns = [k for k in (rows[0] if rows else {}) if k != "members"]
            count = write_csv(({k: v for k, v in r.items() if k != "members"} for r in rows), columns, handle)
        else:
            count = write_jsonl((_plain(r) for r in rows), handle)
    finally:
        if output:
            handle.close()
    if output:
        err.print(f"{count} rows written to {output}")


def _print_clusters(out: Console, rows: list[dict[str, Any]]) -> None:
    if not rows:
        out.print("no events match")
        return
    table = Table()
    for column in (
        "date",
        "source",
        "event",
        "target",
        "where",
        "articles",
        "sources",
        "mentions",
        "cluster",
    ):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            row.get("date") or "?",
            row.get("source_name") or "-",
            f"{row.get('plover') or ''} {row.get('cameo') or ''}",
            row.get("target_name") or "-",
            row.get("location_name") or "",
            str(row["num_articles"]),
            str(row["num_sources"]),
            str(row["num_mentions"]),
            row["cluster_id"],
        )
    out.print(table)
    out.print(f"[dim]{len(rows)} event clusters[/]")
