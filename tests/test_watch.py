"""`khabar watch` against a local site on 127.0.0.1: an RSS feed, a sitemap index and article pages.

Asserts what matters to an operator: new articles are stored; in the next round the feed answers
304 to the conditional GET, stored URLs are not fetched at all, and a stored article under a new URL
is fetched but not processed; a flaky page is retried; a caption-only page comes with a warning.
"""

from __future__ import annotations

import html
import json
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.errors import InputError
from khabar.feeds.discover import parse_listing
from khabar.feeds.http import PoliteFetcher
from khabar.feeds.watch import Watcher, state_path
from khabar.store import Store

ARTICLES = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "articles"
NAMES = ["en_02_hurriyet_afp_containment", "en_04_menafn_anadolu_shoygu", "hi_00_vietnamvn_shoigu_wangyi"]


def page(title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    return (
        f"<!doctype html><html lang='en'><head><title>{html.escape(title)}</title>"
        "<script>var tracking = {id: 42}; function buy() { return 'Subscribe now'; }</script></head>"
        f"<body><nav>Home | World | Sport</nav><article><h1>{html.escape(title)}</h1>{paragraphs}"
        "</article><footer>© Example News</footer></body></html>"
    ).encode()


class Site:
    """Pages by path; counts requests; the feed supports ETag; /flaky fails once with 503."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, bytes]] = {}
        self.hits: Counter[str] = Counter()
        self.conditional: Counter[str] = Counter()
        self.flaky_failures = 1
        self.base = ""

    def add(self, path: str, content_type: str, body: bytes) -> None:
        self.pages[path] = (content_type, body)


@pytest.fixture()
def site() -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            state.hits[self.path] += 1
            if self.path == "/flaky.html" and state.flaky_failures > 0:
                state.flaky_failures -= 1
                self.send_response(503)
                self.send_header("Retry-After", "0")
                self.end_headers()
                return
            found = state.pages.get(self.path)
            if found is None:
                self.send_error(404)
                return
            content_type, body = found
            etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
            if self.headers.get("If-None-Match") == etag:
                state.conditional[self.path] += 1
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def _rss(base: str, items: list[tuple[str, str, str]]) -> bytes:
    body = "".join(
        f"<item><title>{html.escape(t)}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>"
        for p, t, d in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title><link>{base}/</link>'
        f"{body}</channel></rss>"
    ).encode()


def _build(site: Site) -> None:
    base = site.base
    items = []
    for index, name in enumerate(NAMES[:2]):
        text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        site.add(f"/a{index}.html", "text/html; charset=utf-8", page(title, body))
        items.append((f"/a{index}.html", title, "Tue, 12 Nov 2024 10:00:00 GMT"))
    hindi = (ARTICLES / f"{NAMES[2]}.txt").read_text(encoding="utf-8")
    site.add("/hi.html", "text/html; charset=utf-8", page(hindi.partition("\n")[0], hindi))
    site.add("/flaky.html", "text/html; charset=utf-8", page("Flaky", hindi))
    site.add(
        "/caption.html",
        "text/html; charset=utf-8",
        b"<html><head><title>Photo</title></head><body><figure><figcaption>The ministers shake hands "
        b"before their talks in Beijing on Tuesday. (Photo: Reuters)</figcaption></figure></body></html>",
    )
    items.append(("/caption.html", "Photo of the day", "Tue, 12 Nov 2024 11:00:00 GMT"))
    site.add("/rss.xml", "application/rss+xml", _rss(base, items))
    site.add(
        "/sitemap.xml",
        "application/xml",
        (
            '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/sitemap-news.xml</loc></sitemap></sitemapindex>"
        ).encode(),
    )
    site.add(
        "/sitemap-news.xml",
        "application/xml",
        (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{base}/hi.html</loc><lastmod>2024-11-12</lastmod></url>"
            f"<url><loc>{base}/flaky.html</loc></url>"
            f"<url><loc>{base}/a0.html</loc></url></urlset>"  # also in the feed: fetched once
        ).encode(),
    )


def _fetcher() -> PoliteFetcher:
    return PoliteFetcher(per_host_delay=0.0, backoff=0.01, retries=2, timeout=10.0)


def test_listing_reads_rss_atom_and_sitemaps() -> None:
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>'
        b'<entry><title>One</title><link href="/news/1"/><updated>2024-11-12T10:00:00Z</updated></entry>'
        b"</feed>"
    )
    listing = parse_listing(atom, "http://127.0.0.1/atom.xml")
    assert listing.kind == "feed"
    assert [(e.url, e.title) for e in listing.entries] == [("http://127.0.0.1/news/1", "One")]
    sitemap = (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://h/a#top</loc>'
        b"<news:news><news:publication_date>2024-11-12</news:publication_date><news:title>T</news:title>"
        b"</news:news></url></urlset>"
    )
    entry = parse_listing(sitemap, "http://h/sitemap.xml").entries[0]
    assert (entry.url, entry.title, entry.published) == ("http://h/a", "T", "2024-11-12")
    with pytest.raises(InputError, match="neither an RSS/Atom feed nor a sitemap"):
        parse_listing(b"<html><body>not a feed</body></html>", "http://h/x")


def test_watch_stores_new_articles_and_skips_known_ones_before_any_work(site: Site, tmp_path: Path) -> None:
    _build(site)
    db = str(tmp_path / "w.duckdb")
    feed, sitemap = f"{site.base}/rss.xml", f"{site.base}/sitemap.xml"
    events: list[tuple[str, str, str]] = []
    watcher = Watcher(db=db, sources=[feed, sitemap], fetcher=_fetcher(),
                      on_event=lambda *e: events.append(e))  # fmt: skip

    first = watcher.run_round()
    assert first.links == 5  # a0 is in the feed and the sitemap: one link
    assert first.stored == 5 and first.fetched == 5 and not first.errors, first.errors
    assert site.hits["/a0.html"] == 1
    assert site.hits["/flaky.html"] == 2  # 503 once, then retried
    with Store(db, read_only=True) as store:
        rows = dict(store.con.execute("SELECT url, warnings FROM articles").fetchall())
        title = store.con.execute(
            "SELECT title, published FROM articles WHERE url = ?", [f"{site.base}/caption.html"]
        ).fetchone()
    assert "short_text" in rows[f"{site.base}/caption.html"]
    assert title[1] is not None  # the feed's pubDate, where the page has none
    assert all("tracking" not in (u or "") for u in rows)
    assert json.loads(state_path(db).read_text())["sources"][feed]["etag"]

    # Round 2: the feed and sitemaps are unchanged (304), every URL is stored: nothing is fetched.
    before = site.hits.copy()
    second = watcher.run_round()
    assert second.not_modified == 3 and second.links == 0 and second.fetched == 0 and second.stored == 0
    assert site.conditional["/rss.xml"] == 1
    assert all(site.hits[p] == before[p] for p in ("/a0.html", "/a1.html", "/hi.html", "/caption.html"))

    # Round 3: the feed changes: one new article, one known article under a new URL, stored URLs.
    text = (ARTICLES / f"{NAMES[0]}.txt").read_text(encoding="utf-8")
    site.add("/copy-of-a0.html", "text/html; charset=utf-8", site.pages["/a0.html"][1])
    site.add("/new.html", "text/html; charset=utf-8", page("New", text.replace("Shoigu", "Lavrov")))
    items = [("/a0.html", "A0", "Tue, 12 Nov 2024 10:00:00 GMT"),
             ("/copy-of-a0.html", "A0 again", "Tue, 12 Nov 2024 10:00:00 GMT"),
             ("/new.html", "New", "Wed, 13 Nov 2024 10:00:00 GMT")]  # fmt: skip
    site.add("/rss.xml", "application/rss+xml", _rss(site.base, items))
    hits_a0 = site.hits["/a0.html"]
    third = watcher.run_round()
    assert third.known_urls == 1 and site.hits["/a0.html"] == hits_a0  # stored URL: not fetched
    assert third.fetched == 2 and third.known_content == 1 and third.stored == 1
    duplicate = next(e for e in events if e[:2] == ("known-content", f"{site.base}/copy-of-a0.html"))
    assert f"same text as article {site.base}/a0.html" in duplicate[2].replace("'", "")


def test_watch_command_once_reports_the_round(site: Site, tmp_path: Path) -> None:
    _build(site)
    site.add("/rss.xml", "application/rss+xml", _rss(site.base, [("/a1.html", "A1", "")]))
    db = str(tmp_path / "c.duckdb")
    args = ["watch", f"{site.base}/rss.xml", "--db", db, "--once", "--per-host-delay", "0"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "1 links: 0 already stored (not fetched), 1 fetched" in result.output
    assert "1 stored" in result.output
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and "1 not modified" in again.output and "0 stored" in again.output
    broken = CliRunner().invoke(main, ["watch", f"{site.base}/missing.xml", "--db", db, "--once",
                                       "--per-host-delay", "0", "--retries", "0"])  # fmt: skip
    assert broken.exit_code == 1 and "404" in broken.output


def test_fetcher_spaces_requests_per_host_and_caps_size(site: Site) -> None:
    site.add("/big", "text/plain", b"x" * 5000)
    slept: list[float] = []
    fetcher = PoliteFetcher(per_host_delay=5.0, retries=0, max_bytes=1000, sleep=slept.append)
    with pytest.raises(InputError, match="too large"):
        fetcher.get(f"{site.base}/big")
    with pytest.raises(InputError, match="too large"):
        fetcher.get(f"{site.base}/big")
    assert slept and slept[0] > 4.0  # the second request to the host waited its turn
