"""`khabar watch`: follow feeds and sitemaps, ingesting new articles round after round."""

from __future__ import annotations

import sys
import time

import click
from rich.console import Console
from rich.markup import escape

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

_MARKS = {
    "processed": "[green]+[/]",
    "known-content": "[dim]=[/]",
    "error": "[red]✗[/]",
    "source-error": "[red]✗[/]",
    "not-modified": "[dim]·[/]",
    "listed": "[blue]≡[/]",
    "plan": "[blue]→[/]",
}


@click.command("watch")
@click.argument("sources", nargs=-1, required=True, metavar="FEED_OR_SITEMAP...")
@click.option("--db", default="khabar.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--interval", default=300.0, show_default=True, type=click.FloatRange(1.0),
              help="Seconds between rounds.")
@click.option("--once", is_flag=True,
              help="One round, then exit (for cron); exit status 1 if anything failed.")
@click.option("--workers", "-w", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes running the pipeline.")
@click.option("--per-host-delay", default=1.0, show_default=True, type=click.FloatRange(0.0),
              help="Seconds between two requests to the same host.")
@click.option("--retries", default=3, show_default=True, type=click.IntRange(0, 10),
              help="Retries of a failed request (timeouts, 429, 5xx), with exponential backoff.")
@click.option("--timeout", default=20.0, show_default=True, type=click.FloatRange(0.1),
              help="Total seconds for one request.")
@click.option("--max-bytes", default=5_000_000, show_default=True, type=click.IntRange(1),
              help="Largest feed, sitemap or page accepted.")
@click.option("--max-articles", default=500, show_default=True, type=click.IntRange(1),
              help="New articles fetched per round at most (the rest wait for the next round).")
@click.option("--force", is_flag=True, help="Fetch and process every listed article, stored or not.")
@click.option("--quiet", "-q", is_flag=True, help="Only the summary of each round.")
def watch_command(
    sources: tuple[str, ...],
    db: str,
    interval: float,
    once: bool,
    workers: int,
    per_host_delay: float,
    retries: int,
    timeout: float,
    max_bytes: int,
    max_articles: int,
    force: bool,
    quiet: bool,
) -> None:
    """Follow RSS/Atom feeds and sitemaps: fetch each new article politely and ingest it.

    A link whose URL is stored is skipped before it is fetched, an article whose content is stored
    before it is processed. Requests are spaced per host, retried with backoff and conditional
    (ETag / Last-Modified, kept in DB.watch.json). The store is held only while a batch is written,
    so `khabar serve` can serve it meanwhile.

    \b
    Examples:
      khabar watch https://example.org/rss.xml --once
      khabar watch https://example.org/sitemap.xml https://example.org/atom.xml --interval 600
    """  # fmt: skip
    from khabar.errors import KhabarError
    from khabar.feeds.http import PoliteFetcher
    from khabar.feeds.watch import Watcher

    def on_event(kind: str, url: str, detail: str) -> None:
        if quiet and kind not in ("error", "source-error"):
            return
        shown = f"[dim]({escape(detail)})[/]" if detail else ""
        err.print(f"  {_MARKS.get(kind, ' ')} {escape(url)} {shown}".rstrip())

    fetcher = PoliteFetcher(per_host_delay=per_host_delay, retries=retries, timeout=timeout,
                            max_bytes=max_bytes)  # fmt: skip
    watcher = Watcher(db=db, sources=list(sources), fetcher=fetcher, workers=workers,
                      max_articles=max_articles, force=force, on_event=on_event)  # fmt: skip
    round_number = 0
    try:
        while True:
            round_number += 1
            err.print(f"[bold]round {round_number}[/] [dim]{time.strftime('%Y-%m-%d %H:%M:%S')}[/]")
            try:
                report = watcher.run_round()
            except KhabarError as exc:
                err.print(f"[bold red]error:[/] {escape(str(exc))}")
                sys.exit(2)
            failed = len(report.errors) + len(report.source_errors)
            out.print(
                f"round {round_number}: {report.sources} sources ({report.not_modified} not modified), "
                f"{report.links} links: {report.known_urls} already stored (not fetched), "
                f"{report.fetched} fetched, {report.known_content} with stored content (not processed), "
                f"{report.stored} stored, {report.warnings} warnings, "
                f"{'[red]' if failed else ''}{failed} errors{'[/]' if failed else ''} "
                f"in {report.seconds:.1f} s"
            )
            if once:
                sys.exit(1 if failed else 0)
            err.print(f"[dim]next round in {interval:g} s (Ctrl+C stops)[/]")
            time.sleep(interval)
    except KeyboardInterrupt:
        err.print("stopped")
