"""API latency: p50/p95 of event queries and of /api/analyze on a 2 KB article, over a store of
synthetic events (default 100,000) in the store's own row layout (``khabar.store.tables.SCHEMAS``).

    .venv/bin/python benchmarks/api_latency.py [--events 100000] [--requests 200] [--analyze 30]

The server runs in this process with uvicorn on 127.0.0.1 and is timed over HTTP (httpx), one
request at a time. Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
CANONICAL = ROOT / "corpus" / "dev" / "articles" / "hi_00_vietnamvn_shoigu_wangyi.txt"

ACTORS = [  # (kb id, name, code, country)
    ("sergei_shoigu", "Sergei Shoigu", "RUSGOV", "RUS"),
    ("wang_yi", "Wang Yi", "CHNGOV", "CHN"),
    ("narendra_modi", "Narendra Modi", "INDGOV", "IND"),
    ("country:USA", "United States", "USA", "USA"),
    ("country:RUS", "Russia", "RUS", "RUS"),
    ("country:CHN", "China", "CHN", "CHN"),
    ("country:UKR", "Ukraine", "UKR", "UKR"),
    ("country:IND", "India", "IND", "IND"),
] + [(None, f"Actor {i}", f"X{i:02d}", "XXX") for i in range(40)]
CODES = [("042", "CONSULT", 1, 1.9), ("036", "CONSULT", 1, 4.0), ("030", "AGREE", 1, 4.0),
         ("057", "AGREE", 2, 8.0), ("111", "ACCUSE", 3, -2.0), ("130", "THREATEN", 3, -4.4),
         ("190", "ASSAULT", 4, -10.0), ("173", "COERCE", 4, -5.0)]  # fmt: skip
PLACES = [("Beijing", "CHN", 39.9, 116.4), ("Moscow", "RUS", 55.75, 37.62), ("Kyiv", "UKR", 50.45, 30.52),
          ("New Delhi", "IND", 28.6, 77.2), ("Washington", "USA", 38.9, -77.04),
          (None, None, None, None)]  # fmt: skip


def synthetic_tables(n_events: int, per_article: int = 5, seed: int = 7) -> dict[str, pa.Table]:
    """Articles, entities, mentions and events rows in the store layout (text kept short)."""
    from khabar.store.tables import SCHEMAS

    rng = random.Random(seed)
    n_articles = n_events // per_article
    start = date(2020, 1, 1)
    now = datetime(2025, 1, 1)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMAS}
    for a in range(n_articles):
        article_id = f"syn-{a:07d}"
        day = start + timedelta(days=rng.randrange(1800))
        lang = "hi" if a % 2 else "en"
        cast = rng.sample(ACTORS, 4)
        rows["articles"].append(
            {"id": article_id, "content_hash": f"h{a}", "origin": "synthetic", "url": None,
             "original_url": None, "outlet": f"outlet {a % 50}", "title": f"Synthetic article {a}",
             "lang": lang, "script": "Deva" if lang == "hi" else "Latn",
             "published": datetime(day.year, day.month, day.day), "published_precision": "date",
             "published_basis": "reader", "raw": "x", "clean": "x", "contract": None, "ingested_at": now}
        )  # fmt: skip
        for e, (kb_id, name, code, country) in enumerate(cast):
            rows["entities"].append(
                {"article_id": article_id, "entity_id": f"e{e}", "type": "PER", "name": name, "kb_id": kb_id,
                 "actor_code": code, "country": country, "sector": "GOV", "roles": [], "mention_count": 2}
            )  # fmt: skip
            rows["mentions"].append(
                {"article_id": article_id, "entity_id": f"e{e}", "start": 0, "end": 1, "text": name}
            )
        for i in range(per_article):
            s, t = rng.sample(range(4), 2)
            cameo, plover, quad, goldstein = rng.choice(CODES)
            place = rng.choice(PLACES)
            src, tgt = cast[s], cast[t]
            rows["events"].append(
                {"article_id": article_id, "idx": i, "cameo": cameo, "plover": plover, "quad_class": quad,
                 "goldstein": goldstein, "source": f"e{s}", "source_name": src[1], "source_kb_id": src[0],
                 "source_code": src[2], "source_country": src[3], "target": f"e{t}", "target_name": tgt[1],
                 "target_kb_id": tgt[0], "target_code": tgt[2], "target_country": tgt[3],
                 "date": day.isoformat(), "date_start": day, "date_precision": "day", "date_text": None,
                 "location_name": place[0], "location_country": place[1], "lat": place[2], "lon": place[3],
                 "status": "occurred", "trigger_start": 0, "trigger_end": 1, "trigger_text": "x",
                 "sentence": 0, "sentence_text": "x", "evidence": "[]", "confidence": 0.5, "lang": lang,
                 "published": datetime(day.year, day.month, day.day)}
            )  # fmt: skip
    return {name: pa.Table.from_pylist(r, schema=SCHEMAS[name]) for name, r in rows.items()}


def article_2kb() -> str:
    """The canonical article cut to at most 2,048 UTF-8 bytes at a line end."""
    out, size = [], 0
    for line in CANONICAL.read_text(encoding="utf-8").splitlines(keepends=True):
        if size + len(line.encode()) > 2048:
            break
        out.append(line)
        size += len(line.encode())
    return "".join(out)


def percentiles(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"p50 {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms   (n={len(ms)})"


def timed(client: httpx.Client, method: str, url: str, count: int, **kwargs: Any) -> list[float]:
    samples = []
    for _ in range(count):
        begin = time.perf_counter()
        response = client.request(method, url, **kwargs)
        samples.append(time.perf_counter() - begin)
        response.raise_for_status()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="timed requests per events query")
    parser.add_argument("--analyze", type=int, default=30, help="timed /api/analyze requests")
    args = parser.parse_args()

    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from khabar.resources import Resources
    from khabar.server import create_app
    from khabar.store import Store
    from server_support import live_server  # the tests' loopback uvicorn runner

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        begin = time.perf_counter()
        tables = synthetic_tables(args.events)
        with Store(db) as store:
            store.insert_tables(tables, replace_ids=[])
            counted = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
        print(f"store: {counted:,} events in {tables['articles'].num_rows:,} articles "
              f"(built in {time.perf_counter() - begin:.1f} s)")  # fmt: skip
        app = create_app(db, Resources.load(), warm=True)
        text = article_2kb()
        queries = {
            "events, no filter (page of 50)": "/api/events?limit=50",
            "events, country=RUS + quad_class=1": "/api/events?country=RUS&quad_class=1&limit=50",
            "events, actor=शोइगु (any script)": "/api/events?actor=शोइगु&limit=50",
            "events, date range + cameo=04": "/api/events?date_from=2022-01-01&date_to=2022-12-31"
            "&cameo=04&limit=50",
            "timeline (all events per day)": "/api/timeline",
        }  # fmt: skip
        with live_server(app) as base, httpx.Client(base_url=base, timeout=120) as client:
            for label, url in queries.items():
                timed(client, "GET", url, 3)  # warm
                print(f"{label:<40} {percentiles(timed(client, 'GET', url, args.requests))}")
            body = {"text": text}
            timed(client, "POST", "/api/analyze", 2, json=body)
            samples = timed(client, "POST", "/api/analyze", args.analyze, json=body)
            print(
                f"{'analyze, ' + str(len(text.encode())) + '-byte Hindi article':<40} {percentiles(samples)}"
            )
        app.state.khabar.close()


if __name__ == "__main__":
    main()
