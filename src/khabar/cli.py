"""The `khabar` command line: a thin layer over the library's plain functions.

Library code raises typed errors (``khabar.errors``); only this module prints and chooses exit codes:
0 = everything went through, 1 = some input items failed (the rest were processed), 2 = usage or
setup error (bad option, unreadable or locked store), 3 = evaluation below its floors (``khabar eval``),
4 = internal error (a bug: the traceback is printed).

Every piece of user text (file names, URLs, titles, article text) is printed escaped: ``[bold]`` in a
file name is shown as written and ``[/x]`` cannot break the output.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from khabar.errors import KhabarError
from khabar.model import EVENT_STATUSES, Document, ItemError

DEFAULT_DB = "khabar.duckdb"
BATCH_SIZE = 256
EXIT_OK, EXIT_ITEMS_FAILED, EXIT_USAGE, EXIT_EVAL_FLOOR, EXIT_INTERNAL = 0, 1, 2, 3, 4
INGEST_CHUNK = 16  # articles per chunk in `khabar ingest` (batched parsing; see engine/local.py)
EXIT_CODES_HELP = """\b
Exit status:
  0  everything went through (every item stored or printed)
  1  some items failed or were not stored (each one is listed; the others went through)
  2  usage or setup error (bad option, missing, unreadable or locked store)
  3  khabar eval: a score is below its floor
  4  internal error (a bug in khabar; the traceback is printed)"""

# Piped output (a file, `less`, another program) gets wide tables instead of rich's 80-column default.
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _fail(message: str) -> None:
    err.print(f"[bold red]error:[/] {escape(message)}")
    sys.exit(EXIT_USAGE)


def _print_warnings(doc: Document) -> None:
    for warning in doc.warnings:
        where, code = escape(doc.origin or doc.id), escape(warning.code)
        err.print(f"[yellow]warning[/] {where}: [yellow]{code}[/]: {escape(warning.message)}")


def _item_line(mark: str, origin: str, message: str) -> str:
    """One reported item as console markup, its user text escaped."""
    return f"  {mark} {escape(origin)}: {escape(message)}"


class KhabarGroup(click.Group):
    """The command group: an unexpected exception is an internal error with exit status 4, never 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except KhabarError as exc:  # a typed error that escaped a command: still a setup problem
            _fail(str(exc))
        except Exception:
            import traceback

            err.print("[bold red]internal error[/] (a bug in khabar; please report it with this traceback):")
            err.print(escape(traceback.format_exc()), end="")
            sys.exit(EXIT_INTERNAL)


@contextmanager
def _reporting_errors() -> Iterator[None]:
    """Turn khabar's typed errors into a one-line message and exit status 2."""
    try:
        yield
    except KhabarError as exc:
        _fail(str(exc))


def _processed_items(
    inputs: tuple[str, ...], workers: int, max_bytes: int, timeout: float, budget: Any = None
) -> Iterator[Document | ItemError]:
    from khabar.engine.local import process_local
    from khabar.readers import ReadOptions, iter_documents

    options = ReadOptions(max_bytes=max_bytes, url_timeout=timeout)
    return process_local(iter_documents(list(inputs), options), workers=workers, budget=budget)


def _budget(max_chars: int, article_timeout: float) -> Any:
    from khabar.engine.budget import Budget

    return Budget(max_chars=max_chars or None, seconds=article_timeout or None)


def _progress(enabled: bool) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=err,
        disable=not enabled,
        transient=True,
    )


input_options = [
    click.option("--workers", "-w", default=1, show_default=True, type=click.IntRange(1, 256),
                 help="Worker processes (each loads the language resources once)."),
    click.option("--max-bytes", default=20_000_000, show_default=True, type=click.IntRange(1),
                 help="Largest input file, URL body or JSONL line accepted."),
    click.option("--timeout", default=20.0, show_default=True, type=click.FloatRange(0.1),
                 help="Seconds an http(s) URL may take in all (connection, headers and body)."),
    click.option("--max-chars", default=200_000, show_default=True, type=click.IntRange(0),
                 help="Longest article processed, in characters; a longer one is reported, not cut "
                      "(0 = no limit)."),
    click.option("--article-timeout", default=120.0, show_default=True, type=click.FloatRange(0),
                 help="Seconds one article may take to process; a slower one is stopped and reported "
                      "(0 = no limit)."),
]  # fmt: skip


def _with_input_options(func: Any) -> Any:
    for option in reversed(input_options):
        func = option(func)
    return func


@click.group(
    cls=KhabarGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EXIT_CODES_HELP,
)
@click.version_option(package_name="khabar")
def main() -> None:
    """khabar: political events from news articles in Hindi, English and more — offline, with every
    fact tied to the characters it came from.

    \b
    Inputs (PATH): .txt files (with an optional sidecar .json: url, outlet, published, lang, title, id),
    .html pages, .jsonl (one article a line: text or html, url, title, published, lang, id),
    directories (recursive), - for standard input, and http(s):// URLs.

    \b
    Typical use:
      khabar extract article.txt --format jsonl      # print the output contract, store nothing
      khabar ingest corpus/dev/articles              # process and store in ./khabar.duckdb
      khabar show hi_00_vietnamvn_shoigu_wangyi --raw
      khabar stats
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "text"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one object a line; json: indented; text: a readable summary.",
)
@_with_input_options
def extract(
    inputs: tuple[str, ...],
    fmt: str,
    workers: int,
    max_bytes: int,
    timeout: float,
    max_chars: int,
    article_timeout: float,
) -> None:
    """Process articles and print one output-contract object per article, without storing anything.

    Errors (unreadable files, malformed lines) go to standard error; the exit status is 1 if any item
    failed.
    """  # fmt: skip
    from khabar.engine.lifecycle import sigterm_as_exit
    from khabar.output import to_contract

    failures = 0
    budget = _budget(max_chars, article_timeout)
    with _reporting_errors(), sigterm_as_exit():
        for item in _processed_items(inputs, workers, max_bytes, timeout, budget):
            if isinstance(item, ItemError):
                failures += 1
                err.print(f"[red]skipped[/] {escape(str(item))}")
                continue
            if fmt != "text":  # the text summary shows them itself
                _print_warnings(item)
            record = to_contract(item)
            if fmt == "jsonl":
                click.echo(json.dumps(record, ensure_ascii=False))
            elif fmt == "json":
                click.echo(json.dumps(record, ensure_ascii=False, indent=2))
            else:
                _print_summary_of(record)
    sys.exit(1 if failures else 0)


def _print_summary_of(record: dict[str, Any]) -> None:
    out.rule(f"[bold]{escape(record['id'])}")
    for key in (
        "title",
        "url",
        "original_url",
        "outlet",
        "lang",
        "published",
        "published_at",
        "published_basis",
    ):
        if record.get(key):
            out.print(f"[bold]{key}:[/] {escape(str(record[key]))}")
    print_warnings(record)
    text = record["text"] or ""
    for sentence in record["sentences"]:
        out.print(f"  [dim]{sentence['kind']:>7}[/] {escape(text[sentence['start'] : sentence['end']])}")
    print_extraction_tables(record)


def print_warnings(record: dict[str, Any]) -> None:
    """The article's ``supported`` flag and warnings (output contract), in yellow."""
    if record.get("supported") is False:
        out.print("[bold yellow]not supported:[/] no entities, quotes or events are extracted")
    for warning in record.get("warnings") or []:
        code, message = escape(warning["code"]), escape(warning["message"])
        out.print(f"[bold yellow]warning[/] [yellow]{code}[/]: {message}")


def print_extraction_tables(record: dict[str, Any]) -> None:
    """Entities, quotes and events of an output-contract object as tables, offsets included."""
    text = record.get("text") or ""
    entities = record.get("entities") or []
    names = {e["id"]: e["name"] for e in entities}
    if entities:
        table = Table(title=f"entities ({len(entities)})", title_justify="left")
        for column in ("id", "type", "name", "code", "country", "roles", "mentions"):
            table.add_column(column, overflow="fold")
        for entity in entities:
            mentions = entity.get("mentions") or []
            shown = ", ".join(f"{m['text']} [{m['start']}:{m['end']}]" for m in mentions[:3])
            if len(mentions) > 3:
                shown += f" … +{len(mentions) - 3}"
            table.add_row(
                *(
                    escape(cell)
                    for cell in (
                        entity["id"],
                        entity.get("type") or "",
                        entity.get("name") or "",
                        entity.get("actor_code") or "",
                        entity.get("country") or "",
                        "; ".join(entity.get("roles") or []),
                        shown,
                    )
                )
            )
        out.print(table)
    quotes = record.get("quotes") or []
    if quotes:
        table = Table(title=f"quotes ({len(quotes)})", title_justify="left")
        for column in ("speaker", "kind", "span", "quote"):
            table.add_column(column, overflow="fold")
        for quote in quotes:
            table.add_row(
                escape(names.get(quote.get("speaker") or "", quote.get("speaker") or "?")),
                "direct" if quote.get("direct") else "reported",
                escape(f"[{quote['start']}:{quote['end']}]"),
                escape(text[quote["start"] : quote["end"]]),
            )
        out.print(table)
    events = record.get("events") or []
    if events:
        table = Table(title=f"events ({len(events)})", title_justify="left")
        for column in ("date", "source", "event", "target", "where", "status", "trigger"):
            table.add_column(column, overflow="fold")
        for event in events:
            trigger = event.get("trigger") or {}
            start, end = trigger.get("start", 0), trigger.get("end", 0)
            table.add_row(
                event.get("date") or "?",
                escape(names.get(event.get("source") or "", "-")),
                f"{escape(event.get('plover') or '')} [dim]{escape(event.get('cameo') or '')}[/]",
                escape(names.get(event.get("target") or "", "-")),
                escape((event.get("location") or {}).get("name") or ""),
                event.get("status") or "",
                f"“{escape(text[start:end])}” [dim]s{event.get('sentence')} {escape(f'[{start}:{end}]')}[/]",
            )
        out.print(table)
    if not (entities or quotes or events):
        out.print("[dim]no entities, quotes or events[/]")


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="DuckDB file to write (created if missing).",
)
@click.option(
    "--force", is_flag=True, help="Re-process and replace articles whose content is already stored."
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress line (default: when standard error is a terminal).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: a process pool on this machine; dask: Parquet shards on a Dask cluster, "
    "then merged into the store (resumable).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler address (tcp://HOST:8786); default: a LocalCluster of --workers "
    "processes on 127.0.0.1.",
)
@click.option(
    "--shard-dir",
    type=click.Path(file_okay=False),
    help="Where --engine dask writes its shards (default: DB.shards beside the store); "
    "run again with the same directory to resume.",
)
@_with_input_options
def ingest(
    inputs: tuple[str, ...],
    db: str,
    force: bool,
    progress: bool | None,
    engine: str,
    scheduler: str | None,
    shard_dir: str | None,
    workers: int,
    max_bytes: int,
    timeout: float,
    max_chars: int,
    article_timeout: float,
) -> None:
    """Process articles and store them in the DuckDB file, then print a summary.

    Incremental: an input whose text, metadata (sidecar/JSONL fields) and pipeline version are
    already stored costs a hash, not a pipeline run; a changed title or date is applied (use --force
    to re-process everything). The store is held only while a batch is written, so `khabar serve`
    and the read commands can use it meanwhile. A broken item is reported and skipped; the others are
    stored. An article's id is its path relative to the directory named (or its URL, or the sidecar's
    id), so two files of the same name are two articles; the same text under a second id is stored
    once and reported as a duplicate. Exit status 1 if any item failed or was not stored.
    """  # fmt: skip
    from khabar.engine.lifecycle import sigterm_as_exit
    from khabar.store import Store

    budget = _budget(max_chars, article_timeout)
    if engine == "dask":
        from khabar.engine.command import ingest_with_dask

        with _reporting_errors(), sigterm_as_exit():
            failed = ingest_with_dask(inputs, db=db, force=force, workers=workers, scheduler=scheduler,
                                      shard_dir=shard_dir, max_bytes=max_bytes, timeout=timeout,
                                      budget=budget)  # fmt: skip
        sys.exit(EXIT_ITEMS_FAILED if failed else EXIT_OK)
    if scheduler or shard_dir:
        _fail("--scheduler and --shard-dir need --engine dask")

    from khabar.engine.local import process_local
    from khabar.ingesting import duplicate_message, prepare_store, skip_stored, write_documents
    from khabar.readers import ReadOptions, iter_documents

    show_progress = err.is_terminal if progress is None else progress
    summary = IngestSummary()
    started = time.perf_counter()
    # The store is opened only to look up and to write a batch, never for the whole run: `khabar
    # serve` and the read commands can use it meanwhile. Known input costs a hash, not a pipeline run.
    with _reporting_errors(), sigterm_as_exit(), _progress(show_progress) as bar:
        prepare_store(db)
        task = bar.add_task("ingesting", total=None, rate="")
        batch: list[Document] = []
        errors: list[tuple[str, str]] = []

        def tick() -> None:
            summary.read += 1
            elapsed = time.perf_counter() - started
            bar.update(task, completed=summary.read, rate=f"{summary.read / max(elapsed, 1e-9):.0f}/s")

        def skipped(_doc: Document) -> None:
            summary.unchanged += 1
            tick()

        def duplicate(doc: Document, first: str) -> None:  # not processed, reported
            report = (doc.origin or doc.id, duplicate_message(first))
            summary.duplicates.append(report)
            errors.append(report)
            tick()

        def flush() -> None:
            result = write_documents(db, batch, errors, force=force)
            summary.add_write(result, batch)
            batch.clear()
            errors.clear()

        options = ReadOptions(max_bytes=max_bytes, url_timeout=timeout)
        todo = skip_stored(
            iter_documents(list(inputs), options), db, force=force, on_skip=skipped, on_duplicate=duplicate
        )
        # chunks of 16: the parse stage parses a chunk's articles in one spaCy ``nlp.pipe`` call
        for item in process_local(todo, workers=workers, budget=budget, chunksize=INGEST_CHUNK):
            if isinstance(item, ItemError):
                summary.errors.append((item.origin, item.message))
                errors.append((item.origin, item.message))
                err.print(f"[red]skipped[/] {escape(str(item))}")
            else:
                _print_warnings(item)
                batch.append(item)
                if len(batch) >= BATCH_SIZE:
                    flush()
            tick()
        if batch or errors:
            flush()
        summary.seconds = time.perf_counter() - started
        with Store(db, read_only=True) as store:
            total = store.stats()["articles"]
    summary.print(db, total)
    sys.exit(EXIT_ITEMS_FAILED if summary.errors or summary.duplicates else EXIT_OK)


class IngestSummary:
    """Counts for the end-of-ingest report (this run only)."""

    def __init__(self) -> None:
        self.read = 0
        self.stored = 0
        self.unchanged = 0
        self.errors: list[tuple[str, str]] = []
        self.duplicates: list[tuple[str, str]] = []  # (origin, message): not stored, listed
        self.langs: Counter[str] = Counter()
        self.dates = 0
        self.date_basis: Counter[str] = Counter()
        self.removed: Counter[str] = Counter()
        self.captions = 0
        self.found: Counter[str] = Counter()  # entities, quotes, events
        self.seconds = 0.0
        self.processed = 0  # documents that went through the pipeline
        self.warnings: Counter[str] = Counter()
        self.unsupported = 0

    def add_write(self, result: Any, batch: list[Document]) -> None:
        self.stored += len(result.stored)
        self.unchanged += len(result.unchanged)
        self.errors.extend(result.failed)
        self.duplicates.extend(result.duplicates)
        self.processed += len(batch)
        for doc in batch:
            self.warnings.update(w.code for w in doc.warnings or [])
            self.unsupported += doc.supported is False
            self.langs[doc.lang or "?"] += 1
            if doc.published:
                self.dates += 1
                self.date_basis[doc.published_basis or "?"] += 1
            for span in doc.removed or []:
                if span.kind != "whitespace":  # trimming blank lines is not a leftover
                    self.removed[span.kind] += 1
            self.captions += sum(1 for s in doc.sentences or [] if s.kind == "caption")
            self.found.update(
                entities=len(doc.entities or []), quotes=len(doc.quotes or []), events=len(doc.events or [])
            )

    def print(self, db: str, total_in_store: int) -> None:
        articles = self.read - len([e for e in self.errors if e])
        table = Table(title=f"khabar ingest → {escape(db)}", show_header=False, title_justify="left")
        table.add_column(style="bold")
        table.add_column()
        table.add_row("items read", str(self.read))
        table.add_row("articles processed", f"{self.processed} (of {max(articles, 0)} read)")
        table.add_row("stored (new or changed)", str(self.stored))
        table.add_row("unchanged (already stored)", str(self.unchanged))
        table.add_row(
            "duplicates (not stored)", f"[yellow]{len(self.duplicates)}[/]" if self.duplicates else "0"
        )
        langs = ", ".join(f"{k} {v}" for k, v in self.langs.most_common()) or "-"
        table.add_row("languages", escape(langs))
        table.add_row(
            "publication dates found",
            f"{self.dates} of {self.processed}"
            + (f" ({', '.join(f'{k} {v}' for k, v in self.date_basis.most_common())})" if self.dates else ""),
        )
        table.add_row(
            "leftovers removed",
            f"{sum(self.removed.values())}"
            + (f" ({', '.join(f'{k} {v}' for k, v in self.removed.most_common())})" if self.removed else ""),
        )
        table.add_row("captions recognised", str(self.captions))
        table.add_row(
            "entities / quotes / events",
            f"{self.found['entities']} / {self.found['quotes']} / {self.found['events']}",
        )
        table.add_row(
            "warnings",
            (
                f"[yellow]{sum(self.warnings.values())}[/] ("
                + ", ".join(f"{k} {v}" for k, v in self.warnings.most_common())
                + f"; {self.unsupported} articles in unsupported languages)"
            )
            if self.warnings
            else "0",
        )
        table.add_row("errors", f"[red]{len(self.errors)}[/]" if self.errors else "0")
        rate = self.read / self.seconds if self.seconds else 0.0
        table.add_row("time", f"{self.seconds:.1f} s ({rate:.1f} items/s)")
        table.add_row("articles in store", str(total_in_store))
        out.print(table)
        for origin, message in self.errors[:20]:
            out.print(_item_line("[red]✗[/]", origin, message))
        if len(self.errors) > 20:
            out.print(f"  … and {len(self.errors) - 20} more (see the ingest_errors table)")
        for origin, message in self.duplicates[:20]:
            out.print(_item_line("[yellow]=[/]", origin, message))
        if len(self.duplicates) > 20:
            out.print(f"  … and {len(self.duplicates) - 20} more duplicates (see the ingest_errors table)")


@main.command()
@click.argument("article_id")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--raw", is_flag=True, help="Also show the raw text with every removed span marked.")
@click.option("--json", "as_json", is_flag=True, help="Print the stored output-contract object.")
def show(article_id: str, db: str, raw: bool, as_json: bool) -> None:
    """Show one stored article: metadata, warnings, clean text by sentence, the leftovers removed,
    then its entities, quotes and events as tables."""
    from khabar.store import Store

    with _reporting_errors(), Store(db, read_only=True) as store:
        record = store.article(article_id)
        if record is None:
            near = store.find_ids(article_id[:8])
            hint = f" Did you mean: {', '.join(near)}?" if near else ""
            _fail(f"no article {article_id!r} in {db}.{hint}")
    assert record is not None
    if as_json:
        click.echo(json.dumps(record["contract"], ensure_ascii=False, indent=2))
        return
    out.rule(f"[bold]{escape(record['id'])}")
    published = record["published"]
    rows = {
        "title": record["title"],
        "origin": record["origin"],
        "url": record["url"],
        "original url": record["original_url"],
        "outlet": record["outlet"],
        "language": f"{record['lang']} ({record['script']})",
        "published": f"{published} (from {record['published_basis']})" if published else "unknown",
    }
    for key, value in rows.items():
        if value:
            out.print(f"[bold]{key:>13}:[/] {escape(str(value))}")
    print_warnings(record["contract"] or {})
    clean = record["clean"] or ""
    out.print()
    out.print("[bold]Clean text[/] [dim](sentence kind, then text)[/]")
    for index, sentence in enumerate(record["sentences"]):
        style = {"caption": "yellow", "lead": "bold"}.get(sentence["kind"], "")
        lang = f" [{sentence['lang']}]" if sentence["lang"] else ""
        line = Text(f"{index:>3} {sentence['kind']:>7}{lang} ", style="dim")
        line.append(clean[sentence["start"] : sentence["end"]], style=style)
        out.print(line)
    out.print()
    leftovers = [span for span in record["removed"] if span["kind"] != "whitespace"]
    trims = len(record["removed"]) - len(leftovers)
    out.print(f"[bold]Removed[/] ({len(leftovers)} leftovers and {trims} whitespace trims; raw offsets)")
    for span in leftovers:
        where = escape(f"[{span['start']}, {span['end']})")
        out.print(f"  {where} [magenta]{escape(span['kind'])}[/]: {escape(repr(span['text']))}")
    if record["contract"]:
        out.print()
        print_extraction_tables(record["contract"])
    if raw:
        out.print()
        out.print("[bold]Raw text[/] [dim](removed spans marked ⟦kind: …⟧)[/]")
        out.print(mark_removed(record["raw"], record["removed"]))


def mark_removed(raw: str, removed: list[dict[str, Any]]) -> Text:
    """The raw text with each removed span wrapped in visible markers (and red when coloured)."""
    text = Text()
    position = 0
    for span in sorted(removed, key=lambda s: s["start"]):
        text.append(raw[position : span["start"]])
        text.append(f"⟦{span['kind']}: ", style="dim red")
        text.append(raw[span["start"] : span["end"]], style="red strike")
        text.append("⟧", style="dim red")
        position = span["end"]
    text.append(raw[position:])
    return text


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def stats(db: str, as_json: bool) -> None:
    """What the store holds: articles by language, dates found, leftovers removed, errors."""
    from khabar.store import Store

    with _reporting_errors(), Store(db, read_only=True) as store:
        figures = store.stats()
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, default=str, indent=2))
        return
    table = Table(title=f"khabar store {escape(db)}", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    for key, value in figures.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        elif isinstance(value, tuple):
            value = " … ".join(str(v) for v in value)
        table.add_row(key.replace("_", " "), escape(str(value)))
    out.print(table)


def _parse_day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> Any:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--actor", help="Source or target, by name in any script (शोइगु, Shoigu, Sergei Shoigu).")
@click.option("--source", help="Source actor, any script.")
@click.option("--target", help="Target actor, any script.")
@click.option("--country", help="ISO alpha-3 code of the source or target (RUS, CHN, …).")
@click.option("--cameo", help="CAMEO code or prefix (04 = consult, 111 = criticise).")
@click.option("--plover", help="PLOVER event type (CONSULT, ACCUSE, …).")
@click.option(
    "--quad-class",
    type=click.IntRange(1, 4),
    help="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict.",
)
@click.option("--status", type=click.Choice(EVENT_STATUSES))
@click.option(
    "--from", "date_from", callback=_parse_day, metavar="YYYY-MM-DD", help="Events on or after this date."
)
@click.option(
    "--to", "date_to", callback=_parse_day, metavar="YYYY-MM-DD", help="Events on or before this date."
)
@click.option("--lang", help="Article language (hi, en, …).")
@click.option("--article", "article_id", help="Only this article's events.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(0), help="0 = no limit.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "jsonl", "parquet", "gdelt", "gdelt-mentions"]),
    default="table",
    show_default=True,
    help="gdelt: the 61-column GDELT 2.0 Events table (one row per event cluster, no header); "
    "gdelt-mentions: the GDELT 2.0 Mentions table (one row per report of an event).",
)
@click.option(
    "--clustered", is_flag=True, help="One row per event cluster (a real-world event), not per report."
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write to this file (required for parquet)."
)
def events(db: str, fmt: str, output: str | None, limit: int, clustered: bool, **filters: Any) -> None:
    """List stored events with filters; print a table or export CSV, JSONL, Parquet or GDELT 2.0."""
    from khabar.exports import write_csv, write_jsonl, write_parquet
    from khabar.kb import KnowledgeBase
    from khabar.store import Store
    from khabar.store.queries import EVENT_COLUMNS, EventFilter, query_events

    flt = EventFilter(**filters)
    if fmt == "parquet" and not output:
        _fail("--format parquet needs --output FILE")
    kb = KnowledgeBase.load() if (flt.actor or flt.source or flt.target) else None
    if clustered or fmt in ("gdelt", "gdelt-mentions"):
        from khabar.stories.command import write_clusters

        with _reporting_errors(), Store(db, read_only=True) as store:
            write_clusters(store.con, flt, kb, fmt=fmt, output=output, limit=limit or None)
        return
    with _reporting_errors(), Store(db, read_only=True) as store:
        rows = query_events(store.con, flt, kb=kb, limit=limit or None)
    if fmt == "table":
        _print_events_table(rows)
        return
    if fmt == "parquet":
        assert output is not None
        write_parquet(rows, Path(output))
        err.print(f"{len(rows)} events written to {escape(output)}")
        return
    handle = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    try:
        if fmt == "csv":
            count = write_csv(rows, [*EVENT_COLUMNS, "url", "outlet"], handle)
        else:
            count = write_jsonl(rows, handle)
    finally:
        if output:
            handle.close()
    if output:
        err.print(f"{count} events written to {escape(output)}")


def _print_events_table(rows: list[dict[str, Any]]) -> None:
    if not rows:
        out.print("no events match")
        return
    table = Table(show_lines=False)
    for column in ("date", "source", "event", "target", "where", "status", "article", "evidence"):
        table.add_column(column, overflow="fold")
    for row in rows:
        trigger = row.get("trigger_text") or ""
        e = escape
        table.add_row(
            e(str(row.get("date") or "?")),
            f"{e(row.get('source_name') or '-')} [dim]{e(row.get('source_code') or '')}[/]",
            f"{e(row.get('plover') or '')} [dim]{e(str(row.get('cameo')))}[/]",
            f"{e(row.get('target_name') or '-')} [dim]{e(row.get('target_code') or '')}[/]",
            e(row.get("location_name") or ""),
            e(row.get("status") or ""),
            e(f"{row['article_id']}#{row['sentence']}"),
            e(f"“{trigger}”"),
        )
    out.print(table)
    out.print(f"[dim]{len(rows)} events[/]")


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--speaker", help="Speaker by name in any script.")
@click.option("--article", "article_id", help="Only this article's quotes.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(0), help="0 = no limit.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
def quotes(db: str, speaker: str | None, article_id: str | None, limit: int, as_json: bool) -> None:
    """Who said what: stored quotes, optionally by speaker or article."""
    from khabar.kb import KnowledgeBase
    from khabar.store import Store
    from khabar.store.queries import query_quotes

    kb = KnowledgeBase.load() if speaker else None
    with _reporting_errors(), Store(db, read_only=True) as store:
        rows = query_quotes(store.con, speaker=speaker, article_id=article_id, kb=kb, limit=limit or None)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    if not rows:
        out.print("no quotes match")
    for row in rows:
        kind = "direct" if row["direct"] else "reported"
        speaker, article = escape(row["speaker_name"] or "?"), escape(row["article_id"])
        out.print(f"[bold]{speaker}[/] [dim]({kind}, {article})[/]")
        out.print(f"  {escape(row['text'])}")


def _register_optional_commands() -> None:
    """Sub-commands that live beside their packages (evaluation, knowledge base)."""
    from khabar.engine.command import bench_command, merge_command
    from khabar.evaluation.command import eval_command
    from khabar.feeds.command import watch_command
    from khabar.kb.command import kb_group
    from khabar.server.command import serve_command
    from khabar.stages.events.coverage import lexicon_command
    from khabar.stories.command import stories_command

    main.add_command(eval_command, "eval")
    main.add_command(lexicon_command, "lexicon")
    main.add_command(kb_group, "kb")
    main.add_command(serve_command, "serve")
    main.add_command(merge_command, "merge")
    main.add_command(bench_command, "bench")
    main.add_command(watch_command, "watch")
    main.add_command(stories_command, "stories")


_register_optional_commands()

if __name__ == "__main__":
    main()
