"""One round of ``khabar watch``: read the feeds and sitemaps, fetch the new articles, ingest them.

Per round:

1. each source is fetched with a conditional GET (``304 Not Modified`` → nothing to do); a sitemap
   index leads to its sitemaps (to ``sitemap_depth`` levels);
2. links whose URL the store already holds (as ``url`` or ``id``) are skipped before any fetch;
3. each new article is fetched politely (:class:`~khabar.feeds.http.PoliteFetcher`) and read like a
   fetched URL (HTML through trafilatura); one whose content is already stored (same input hash, or
   the same text under another id) is skipped before the pipeline (:mod:`khabar.ingesting`);
4. the rest is processed and written in batches, the store held only while a batch is written.

The ETag/Last-Modified of each source and the URLs that keep failing are kept in ``<db>.watch.json``
beside the store, so ``khabar watch --once`` from cron is as polite as a long-running watch.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.errors import InputError
from khabar.feeds.discover import Entry, parse_listing
from khabar.feeds.http import PoliteFetcher
from khabar.model import Document, ItemError

# A link whose article failed this many rounds is no longer fetched (the state file can be deleted).
MAX_FAILURES = 3
BATCH_SIZE = 64


@dataclass(slots=True)
class RoundReport:
    sources: int = 0
    not_modified: int = 0  # sources that answered 304
    source_errors: list[tuple[str, str]] = field(default_factory=list)
    links: int = 0  # distinct article links listed
    known_urls: int = 0  # skipped before fetching: URL stored
    given_up: int = 0  # skipped: failed MAX_FAILURES rounds
    fetched: int = 0
    known_content: int = 0  # fetched, skipped before processing: content stored
    stored: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    warnings: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "sources": self.sources,
            "not_modified": self.not_modified,
            "links": self.links,
            "known_urls": self.known_urls,
            "given_up": self.given_up,
            "fetched": self.fetched,
            "known_content": self.known_content,
            "stored": self.stored,
            "errors": len(self.errors) + len(self.source_errors),
            "warnings": self.warnings,
            "seconds": round(self.seconds, 2),
        }


class WatchState:
    """Validators of each source and failure counts of article URLs, kept in a JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sources: dict[str, dict[str, Any]] = {}
        self.failures: dict[str, int] = {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            self.sources = dict(data.get("sources", {}))
            self.failures = {str(k): int(v) for k, v in data.get("failures", {}).items()}
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError, AttributeError):
            pass  # an unreadable state only costs full downloads once

    def save(self) -> None:
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(
            json.dumps({"sources": self.sources, "failures": self.failures}, indent=1), encoding="utf-8"
        )
        os.replace(tmp, self.path)


def state_path(db: str) -> Path:
    return Path(f"{db}.watch.json")


@dataclass(slots=True)
class Watcher:
    db: str
    sources: list[str]
    fetcher: PoliteFetcher
    workers: int = 1
    sitemap_depth: int = 2
    max_articles: int = 500  # new articles fetched per round at most
    force: bool = False
    on_event: Callable[[str, str, str], None] | None = None  # (kind, url, detail) for progress
    state: WatchState = field(init=False)

    def __post_init__(self) -> None:
        self.state = WatchState(state_path(self.db))

    def _say(self, kind: str, url: str, detail: str = "") -> None:
        if self.on_event is not None:
            self.on_event(kind, url, detail)

    # -- 1. listing ---------------------------------------------------------------------------------
    def list_entries(self, report: RoundReport) -> list[Entry]:
        entries: dict[str, Entry] = {}
        queue = [(url, 0) for url in self.sources]
        seen: set[str] = set()
        while queue:
            url, depth = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            report.sources += 1
            validators = self.state.sources.get(url, {})
            try:
                response = self.fetcher.get(
                    url,
                    etag=validators.get("etag"),
                    last_modified=validators.get("last_modified"),
                    accept="application/rss+xml, application/atom+xml, application/xml, text/xml, */*;q=0.5",
                )
                if response.not_modified:
                    report.not_modified += 1
                    self._say("not-modified", url)
                    # An unchanged sitemap index: its sitemaps may have changed all the same.
                    if depth < self.sitemap_depth:
                        queue.extend((child, depth + 1) for child in validators.get("sitemaps", []))
                    continue
                listing = parse_listing(response.body, response.final_url)
            except InputError as exc:
                report.source_errors.append((url, exc.message))
                self._say("source-error", url, exc.message)
                continue
            self.state.sources[url] = {
                k: v
                for k, v in (
                    ("etag", response.etag),
                    ("last_modified", response.last_modified),
                    ("sitemaps", listing.sitemaps),
                )
                if v
            }
            if listing.kind == "sitemapindex" and depth < self.sitemap_depth:
                queue.extend((child, depth + 1) for child in listing.sitemaps)
            for entry in listing.entries:
                entries.setdefault(entry.url, entry)
            self._say("listed", url, f"{listing.kind}, {len(listing.entries)} links")
        report.links = len(entries)
        return list(entries.values())

    # -- 2. known URLs ------------------------------------------------------------------------------
    def known_urls(self, urls: list[str]) -> set[str]:
        if not urls or not Path(self.db).exists():
            return set()
        import pyarrow as pa

        from khabar.store import Store

        with Store(self.db, read_only=True, lock_wait=60.0) as store:
            store.con.register("watch_urls", pa.table({"u": pa.array(urls, pa.string())}))
            try:
                rows = store.con.execute(
                    "SELECT u FROM watch_urls WHERE u IN (SELECT url FROM articles WHERE url IS NOT NULL) "
                    "OR u IN (SELECT id FROM articles)"
                ).fetchall()
            finally:
                store.con.unregister("watch_urls")
        return {row[0] for row in rows}

    # -- 3. fetching --------------------------------------------------------------------------------
    def fetch_article(self, entry: Entry) -> Document:
        from khabar.readers.fetch import _to_document

        response = self.fetcher.get(entry.url, accept="text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
        doc = _to_document(
            entry.url, response.final_url, response.content_type, response.charset, response.body
        )
        # The feed's title and date are the publisher's own metadata: used where the page has none.
        if entry.title and not doc.title:
            doc.title = entry.title
        if entry.published and not doc.hint_published:
            doc.hint_published, doc.hint_published_basis = entry.published, "reader"
        return doc

    def _fetched(self, entries: list[Entry], report: RoundReport) -> Iterator[Document | ItemError]:
        for entry in entries:
            try:
                doc = self.fetch_article(entry)
            except InputError as exc:
                self.state.failures[entry.url] = self.state.failures.get(entry.url, 0) + 1
                yield ItemError(entry.url, exc.message)
                continue
            report.fetched += 1
            self.state.failures.pop(entry.url, None)
            yield doc

    # -- a round ------------------------------------------------------------------------------------
    def run_round(self) -> RoundReport:
        from khabar.engine.local import process_local
        from khabar.ingesting import duplicate_message, prepare_store, skip_stored, write_documents

        started = time.perf_counter()
        report = RoundReport()
        prepare_store(self.db)
        entries = self.list_entries(report)
        known = set() if self.force else self.known_urls([e.url for e in entries])
        todo: list[Entry] = []
        for entry in entries:
            if entry.url in known:
                report.known_urls += 1
            elif self.state.failures.get(entry.url, 0) >= MAX_FAILURES:
                report.given_up += 1
            else:
                todo.append(entry)
        todo = todo[: self.max_articles]
        self._say("plan", "", f"{len(entries)} links: {report.known_urls} stored, {len(todo)} to fetch")

        def skipped(doc: Document) -> None:
            report.known_content += 1
            self._say("known-content", doc.url or doc.origin)

        batch: list[Document] = []
        errors: list[tuple[str, str]] = []

        def duplicate(doc: Document, first: str) -> None:
            # Another URL of an article stored already: not processed, recorded as a duplicate
            report.known_content += 1
            message = duplicate_message(first)
            errors.append((doc.url or doc.origin, message))
            self._say("known-content", doc.url or doc.origin, message)

        def flush() -> None:
            result = write_documents(self.db, batch, errors, force=self.force)
            report.stored += len(result.stored)
            report.errors.extend(result.failed)
            batch.clear()
            errors.clear()

        items = skip_stored(
            self._fetched(todo, report), self.db, force=self.force, on_skip=skipped,
            on_duplicate=duplicate, chunk=8,
        )  # fmt: skip
        for item in process_local(items, workers=self.workers):
            if isinstance(item, ItemError):
                report.errors.append((item.origin, item.message))
                errors.append((item.origin, item.message))
                self._say("error", item.origin, item.message)
                continue
            report.warnings += len(item.warnings or [])
            self._say(
                "processed",
                item.url or item.origin,
                f"{item.lang}, {len(item.events or [])} events"
                + (f", warnings: {', '.join(w.code for w in item.warnings)}" if item.warnings else ""),
            )
            batch.append(item)
            if len(batch) >= BATCH_SIZE:
                flush()
        if batch or errors:
            flush()
        self.state.save()
        report.seconds = time.perf_counter() - started
        return report


__all__ = ["MAX_FAILURES", "RoundReport", "WatchState", "Watcher", "state_path"]
