"""CLI pieces of the engines: ``khabar merge``, ``khabar bench`` and ``khabar ingest --engine dask``.

Registered by :func:`khabar.cli._register_optional_commands`; like the rest of the CLI they print and
choose exit codes (0 = all went through, 1 = some items failed or shards are missing, 2 = usage or
setup error), while the library functions they call raise typed errors.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from khabar.engine.budget import Budget
from khabar.errors import KhabarError

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


@contextmanager
def _reporting_errors() -> Iterator[None]:
    try:
        yield
    except KhabarError as exc:
        err.print(f"[bold red]error:[/] {escape(str(exc))}")
        sys.exit(2)


def default_shard_dir(db: str) -> Path:
    return Path(f"{db}.shards")


def ingest_with_dask(
    inputs: tuple[str, ...],
    *,
    db: str,
    force: bool,
    workers: int,
    scheduler: str | None,
    shard_dir: str | None,
    max_bytes: int,
    timeout: float,
    budget: Budget | None = None,
) -> bool:
    """``khabar ingest --engine dask``: process into shards, then merge them. True if anything failed
    or was not stored (a duplicate)."""
    try:
        from khabar.engine.dask_engine import run_dask
    except ImportError as exc:
        raise KhabarError(
            f"--engine dask needs the dask extra ({exc.name} is missing): pip install 'khabar[dask]'"
        ) from None
    from khabar.engine.shards import merge_shards
    from khabar.readers import ReadOptions
    from khabar.store import Store

    directory = Path(shard_dir) if shard_dir else default_shard_dir(db)
    where = scheduler or f"a local cluster of {workers} worker(s) on 127.0.0.1"
    err.print(f"processing shards in {escape(str(directory))} on {escape(where)}")
    report = run_dask(
        inputs,
        directory,
        scheduler=scheduler,
        workers=workers,
        options=ReadOptions(max_bytes=max_bytes, url_timeout=timeout),
        on_shard=lambda r: err.print(
            f"  {r.name}: {'already done' if r.skipped else f'{r.articles} articles, {r.errors} errors'}"
        ),
        budget=budget,
        force=force,
    )
    for name, reason in report.failed:
        err.print(f"  [red]shard {escape(name)} failed:[/] {escape(reason)} (run again to retry it)")
    with Store(db, lock_wait=60.0) as store:
        merged = merge_shards(directory, store, force=force)
        total = store.stats()["articles"]
    title = f"khabar ingest --engine dask → {escape(db)}"
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    table.add_row("input items", str(report.items))
    table.add_row("shards", f"{report.planned} ({report.processed} processed, {report.skipped} already done)")
    table.add_row("shards merged", f"{merged.shards} (+{merged.already_merged} merged before)")
    table.add_row("stored (new or changed)", str(merged.stored))
    table.add_row("unchanged (already stored)", str(merged.unchanged))
    dupes = len(merged.duplicates)
    table.add_row("duplicates (not stored)", f"[yellow]{dupes}[/]" if dupes else "0")
    table.add_row("errors", f"[red]{len(merged.errors)}[/]" if merged.errors else "0")
    table.add_row("time", f"{report.seconds:.1f} s processing")
    table.add_row("articles in store", str(total))
    out.print(table)
    for origin, message in merged.errors[:20]:
        out.print(f"  [red]✗[/] {escape(origin)}: {escape(message)}")
    if len(merged.errors) > 20:
        out.print(f"  … and {len(merged.errors) - 20} more (see the ingest_errors table)")
    for origin, message in merged.duplicates[:20]:
        out.print(f"  [yellow]=[/] {escape(origin)}: {escape(message)}")
    if merged.incomplete:
        out.print(f"  [red]{len(merged.incomplete)} shard(s) not finished[/]: run the same command again")
    return bool(merged.errors or merged.incomplete or merged.duplicates or report.failed)


@click.command("merge")
@click.argument("shard_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default="khabar.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Merge shards again and replace articles already stored.")
def merge_command(shard_dir: str, db: str, force: bool) -> None:
    """Load the finished Parquet shards of a `khabar ingest --engine dask` run into the store.

    Safe to repeat: shards merged before are skipped and stored content is not duplicated. Exit
    status 1 if some shards of the plan are not finished (rerun the ingest to complete them) or
    some items failed.
    """
    from khabar.engine.shards import merge_shards
    from khabar.store import Store

    with _reporting_errors(), Store(db) as store:
        result = merge_shards(Path(shard_dir), store, force=force)
        total = store.stats()["articles"]
    out.print(
        f"merged {result.shards} shard(s) into {escape(db)} ({result.already_merged} merged before): "
        f"{result.stored} stored, {result.unchanged} unchanged, {len(result.duplicates)} duplicates, "
        f"{len(result.errors)} item errors; "
        f"{total} articles in store"
    )
    if result.incomplete:
        out.print(
            f"[yellow]{len(result.incomplete)} shard(s) not finished:[/] {', '.join(result.incomplete[:10])}"
        )
    sys.exit(1 if result.incomplete or result.errors or result.duplicates else 0)


def _worker_counts(_ctx: click.Context, _param: click.Parameter, value: str) -> tuple[int, ...]:
    try:
        counts = tuple(int(v) for v in value.split(","))
    except ValueError:
        raise click.BadParameter(f"expected numbers separated by commas, got {value!r}") from None
    if not counts or min(counts) < 1:
        raise click.BadParameter("worker counts must be at least 1")
    return counts


@click.command("bench")
@click.option(
    "--articles",
    "-n",
    default=2000,
    show_default=True,
    type=click.IntRange(1),
    help="Articles in the generated corpus.",
)
@click.option(
    "--workers",
    default="1,2",
    show_default=True,
    callback=_worker_counts,
    help="Worker counts for the end-to-end runs, comma-separated.",
)
@click.option(
    "--engine",
    "engines",
    multiple=True,
    type=click.Choice(["local", "dask"]),
    default=("local",),
    show_default=True,
    help="Engines to run end to end (repeatable).",
)
@click.option(
    "--mix",
    type=click.Choice(["dev", "hindi"]),
    default="dev",
    show_default=True,
    help="dev: the dev corpus + long articles; hindi: ~2 KB Hindi articles only.",
)
@click.option(
    "--stage-sample",
    default=500,
    show_default=True,
    type=click.IntRange(0),
    help="Articles timed stage by stage in one process (0 = skip).",
)
@click.option(
    "--profile-sample",
    default=200,
    show_default=True,
    type=click.IntRange(0),
    help="Articles run under cProfile through the slowest stage (0 = skip).",
)
@click.option(
    "--events",
    default=0,
    show_default=True,
    type=click.IntRange(0),
    help="Synthetic events for the query benchmark (e.g. 10000000; 0 = skip).",
)
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Write all figures here.")
@click.option(
    "--profile-out",
    type=click.Path(dir_okay=False),
    help="Write the full cProfile report of the slowest stage here.",
)
@click.option(
    "--workdir",
    type=click.Path(file_okay=False),
    help="Keep the corpus and stores here (default: a temporary directory).",
)
@click.option(
    "--corpus",
    "corpus_files",
    multiple=True,
    type=click.Path(exists=True),
    help="Real articles (JSONL, files or directories; repeatable) instead of the replicated dev corpus: "
    "each unique article once (at most -n), first pass and warm pass per language, spaCy's own time "
    "on the same English articles beside khabar's.",
)
@click.option(
    "--cold-start",
    is_flag=True,
    help="Time a new process: import, load everything, extract a first article with an unknown name; "
    "beside it, spaCy's model load.",
)
@click.option(
    "--linearity",
    default=0,
    show_default=True,
    type=click.IntRange(0),
    help="Copies of a Hindi article on one line to start from, doubled four times (0 = skip).",
)
def bench_command(
    articles: int,
    workers: tuple[int, ...],
    engines: tuple[str, ...],
    mix: str,
    stage_sample: int,
    profile_sample: int,
    events: int,
    json_path: str | None,
    profile_out: str | None,
    workdir: str | None,
    corpus_files: tuple[str, ...],
    cold_start: bool,
    linearity: int,
) -> None:
    """Measure throughput per stage and end to end, memory, store size and event-query latency.

    \b
    By default the corpus is the dev corpus replicated N times (labelled "replicated": the per-word
    memos answer most of it); --corpus measures real, unique, first-seen articles.

    Examples:
      khabar bench --corpus news_hi.jsonl --corpus news_en.jsonl -n 600 --cold-start
      khabar bench -n 1 --workers 1 --stage-sample 0 --linearity 4
      khabar bench -n 2000 --json bench.json
      khabar bench -n 2000 --mix hindi --workers 2 --stage-sample 0
      khabar bench -n 10 --workers 1 --stage-sample 0 --events 10000000
    """  # fmt: skip
    from khabar.engine.bench import BenchConfig, run_benchmark

    config = BenchConfig(
        articles=articles,
        workers=workers,
        engines=engines,
        mix=mix,
        stage_sample=stage_sample,
        profile_sample=profile_sample,
        events=events,
        workdir=Path(workdir) if workdir else None,
        corpus_files=tuple(Path(p) for p in corpus_files),
        cold_start=cold_start,
        linearity=linearity,
    )
    with _reporting_errors():
        result = run_benchmark(config, log=lambda line: err.print(f"[dim]bench:[/] {line}"))
    figures = result.as_dict()
    _print_bench(figures)
    if profile_out and result.profile:
        Path(profile_out).write_text(result.profile["report"], encoding="utf-8")
    if json_path:
        Path(json_path).write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
        err.print(f"figures written to {escape(json_path)}")


def _print_bench(figures: dict) -> None:  # type: ignore[type-arg]
    out.width = max(out.width, 140)  # the tables are wide; do not squeeze them into 80 columns
    corpus = figures["corpus"]
    machine = figures["machine"]
    out.print(
        f"corpus ({corpus.get('mode', 'replicated dev articles')}): "
        f"{corpus['articles']} articles, {corpus['mb']} MB (mean {corpus['mean_kb']} KB; "
        f"{', '.join(f'{k} {v}' for k, v in corpus['by_lang'].items())}; {corpus['long_articles']} long); "
        f"machine: {machine['cpus']} cores, load {machine['load_average_at_start']}"
    )
    if figures["stages"]:
        table = Table(title="per stage (one process)", title_justify="left")
        for column in ("stage", "seconds", "share", "articles/s", "MB/s", "ms/article"):
            table.add_column(column, justify="left" if column == "stage" else "right")
        for row in figures["stages"]:
            table.add_row(
                row["stage"],
                f"{row['seconds']:.2f}",
                f"{100 * row['share']:.1f}%",
                _num(row["articles_per_s"]),
                _num(row["mb_per_s"], 3),
                _num(row["ms_per_article"], 2),
            )
        out.print(table)
    if figures["profile"]:
        profile = figures["profile"]
        out.print(f"slowest stage: [bold]{profile['stage']}[/] — top functions by own time:")
        for row in profile["by_own_time"][:10]:
            out.print(f"  {row['own_s']:>8.3f} s  {row['calls']:>9} calls  {row['function']}")
    if figures["runs"]:
        table = Table(title="end to end (read → process → store)", title_justify="left")
        columns = ("engine", "workers", "articles/s", "MB/s", "per core", "speed-up", "seconds",
                   "RSS main MiB", "RSS worker MiB", "DB KiB/1000")  # fmt: skip
        for column in columns:
            table.add_column(column, justify="right")
        for run in figures["runs"]:
            table.add_row(
                run["engine"],
                str(run["workers"]),
                _num(run["articles_per_s"]),
                _num(run["mb_per_s"], 3),
                _num(run["articles_per_s_per_core"]),
                _num(run["speed_up"], 2),
                _num(run["seconds"]),
                _num(run["peak_rss_main_mib"], 0),
                _num(run["peak_rss_worker_mib"], 0),
                _num(run["db_kib_per_1000_articles"], 0),
            )
        out.print(table)
    _print_real(figures)
    if figures["queries"]:
        queries = figures["queries"]
        table = Table(
            title=f"events query over {queries['events']:,} events ({queries['db_mib']} MiB store; built in "
            f"{queries['build_seconds']} s: load {queries.get('load_seconds')} s, sort "
            f"{queries.get('compact_seconds')} s; load average {queries.get('load_average')})",
            title_justify="left",
        )
        for column in ("filter", "matching", "p50 ms", "p95 ms", "count ms"):
            table.add_column(column, justify="left" if column == "filter" else "right")
        for row in queries["results"]:
            table.add_row(
                row["filter"], f"{row['matching']:,}", _num(row["p50_ms"]), _num(row["p95_ms"]),
                _num(row["count_ms"]),
            )  # fmt: skip
        out.print(table)


def _print_real(figures: dict) -> None:  # type: ignore[type-arg]
    """The first/warm passes, the spaCy yardstick, cold start and linearity rows."""
    if figures["passes"]:
        stage_names = list(figures["passes"][0]["stages_ms"])
        table = Table(title="per stage, ms per article (one process)", title_justify="left")
        columns = ("pass", "lang", "articles", "total", "× spaCy", "CPU ms", "CPU × spaCy", *stage_names)
        for column in columns:
            table.add_column(column, justify="left" if column in ("pass", "lang") else "right")
        for row in figures["passes"]:
            table.add_row(
                row["pass"], row["lang"], str(row["articles"]), _num(row["ms_per_article"]),
                _num(row.get("ratio_to_spacy"), 3), _num(row.get("cpu_ms_per_article")),
                _num(row.get("cpu_ratio_to_spacy"), 3),
                *(_num(row["stages_ms"].get(name), 2) for name in stage_names),
            )  # fmt: skip
        out.print(table)
    if figures["yardstick"]:
        y = figures["yardstick"]
        out.print(
            f"yardstick: spaCy {y['model']} ({', '.join(y['pipeline'])}) on the same {y['articles']} "
            f"English articles: {_num(y['ms_per_article'])} ms per article "
            f"({_num(y.get('cpu_ms_per_article'))} ms CPU); model load {y['load_s']} s"
        )
    for row in figures["cold_start"]:
        out.print(
            f"cold start ({row['lang']}): import + load {row['load_s']} s, first article "
            f"{row['first_article_s']} s, total {row['total_s']} s = {row['ratio_to_spacy_load']}× "
            f"spaCy's model load ({row['spacy_model_load_s']} s); CPU {row.get('total_cpu_s')} s = "
            f"{row.get('cpu_ratio_to_spacy_load')}× spaCy's ({row.get('spacy_model_load_cpu_s')} s)"
        )
    if figures["linearity"]:
        table = Table(title="linearity: one line, size doubled", title_justify="left")
        for column in ("copies", "characters", "seconds", "ratio to previous (2 = linear)"):
            table.add_column(column, justify="right")
        for row in figures["linearity"]:
            table.add_row(
                str(row["copies"]), f"{row['chars']:,}", _num(row["seconds"], 3), _num(row["ratio"], 2)
            )
        out.print(table)


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"
