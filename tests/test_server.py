"""The HTTP API over a store built from the dev corpus (FastAPI TestClient, plus a live server for
concurrency and URL fetching)."""

from __future__ import annotations

import csv
import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from khabar.server import create_app
from khabar.server.search import SearchError, fts_query
from server_support import CANONICAL, CANONICAL_ID, dev_store_copy, live_server, resources

LOCAL = "http://127.0.0.1"  # the Host the server answers to by default (loopback names only)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return dev_store_copy(tmp_path_factory.mktemp("server"))


@pytest.fixture(scope="module")
def client(store_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store_path, resources()), base_url=LOCAL) as test_client:
        yield test_client


@pytest.fixture()
def writable_client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(dev_store_copy(tmp_path), resources()), base_url=LOCAL) as test_client:
        yield test_client


def _json(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def _error(response: httpx.Response, status: int) -> str:
    body = _json(response, status)
    assert set(body) >= {"error", "message"}
    assert body["message"]
    return body["message"]


# --- articles and search -------------------------------------------------------------------------


def test_health_counts_the_dev_corpus(client: TestClient) -> None:
    health = _json(client.get("/api/health"))
    assert health["articles"] == 21
    assert health["indexed"] == 21
    assert health["read_only"] is False


def test_articles_list_filters_and_pages(client: TestClient) -> None:
    everything = _json(client.get("/api/articles?limit=500"))
    assert everything["total"] == 21 == len(everything["items"])
    hindi = _json(client.get("/api/articles?lang=hi&limit=500"))
    english = _json(client.get("/api/articles?lang=en&limit=500"))
    assert hindi["total"] + english["total"] == 21
    assert all(item["lang"] == "hi" for item in hindi["items"])
    first, second = (_json(client.get(f"/api/articles?limit=5&offset={o}")) for o in (0, 5))
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}
    dated = _json(client.get("/api/articles?date_from=2024-11-12&date_to=2024-11-12"))
    assert CANONICAL_ID in {item["id"] for item in dated["items"]}


def test_article_full_text_with_annotations_at_their_offsets(client: TestClient) -> None:
    record = _json(client.get(f"/api/articles/{CANONICAL_ID}"))
    text = record["text"]
    assert "[विज्ञापन_2]" not in text and "टिप्पणी (0)" not in text
    assert record["published"] == "2024-11-12"
    assert record["sentences"] and record["entities"]
    for entity in record["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    for quote in record["quotes"]:
        assert 0 <= quote["start"] < quote["end"] <= len(text)
    names = {entity["name"] for entity in record["entities"]}
    assert {"Sergei Shoigu", "Wang Yi"} <= names
    assert "raw" not in record
    assert "[विज्ञापन_2]" in _json(client.get(f"/api/articles/{CANONICAL_ID}?raw=true"))["raw"]


def test_unknown_article_is_a_json_404_with_suggestions(client: TestClient) -> None:
    message = _error(client.get("/api/articles/hi_00_vietnamvn_shoigu"), 404)
    assert "no article 'hi_00_vietnamvn_shoigu'" in message
    assert CANONICAL_ID in message


def test_search_keeps_devanagari_words_whole(client: TestClient) -> None:
    hits = _json(client.get("/api/search", params={"q": "शोइगु"}))
    ids = {hit["id"] for hit in hits["items"]}
    assert CANONICAL_ID in ids
    assert all(hit["lang"] == "hi" for hit in hits["items"])
    snippet = next(hit["snippet"] for hit in hits["items"] if hit["id"] == CANONICAL_ID)
    assert "\x02शोइगु\x03" in snippet  # the whole word is the hit, vowel signs included
    # A piece of a word is not a word ...
    assert _json(client.get("/api/search", params={"q": "शोइ"}))["total"] == 0
    # ... unless asked for as a prefix.
    assert CANONICAL_ID in {h["id"] for h in _json(client.get("/api/search", params={"q": "शोइ*"}))["items"]}


def test_search_english_phrases_and_language_filter(client: TestClient) -> None:
    english = _json(client.get("/api/search", params={"q": "Shoigu", "lang": "en"}))
    assert english["total"] >= 2
    assert all(hit["lang"] == "en" for hit in english["items"])
    phrase = _json(client.get("/api/search", params={"q": '"Wang Yi"'}))
    assert phrase["total"] >= 1
    assert all(hit["title"] is None or isinstance(hit["title"], str) for hit in phrase["items"])


def test_search_query_syntax_is_taken_literally() -> None:
    assert fts_query('Wang AND "Yi" NOT x*') == '"Wang" "AND" "Yi" "NOT" "x"*'
    assert fts_query('a"b') == '"ab"'
    with pytest.raises(SearchError):
        fts_query('"" * -')


def test_empty_search_is_a_400(client: TestClient) -> None:
    assert "nothing to search for" in _error(client.get("/api/search", params={"q": "***"}), 400)


# --- events, actors, quotes ----------------------------------------------------------------------


def test_events_are_paginated_and_counted(client: TestClient) -> None:
    page = _json(client.get("/api/events?limit=3"))
    assert page["total"] > 3, "the store has no events: is the event stage in build_pipeline?"
    following = _json(client.get("/api/events?limit=3&offset=3"))
    key = lambda item: (item["article_id"], item["idx"])  # noqa: E731
    assert not {key(i) for i in page["items"]} & {key(i) for i in following["items"]}
    assert isinstance(page["items"][0]["evidence"], list)


def test_event_actor_filter_in_any_script(client: TestClient) -> None:
    devanagari = _json(client.get("/api/events", params={"actor": "शोइगु", "limit": 500}))
    latin = _json(client.get("/api/events", params={"actor": "Sergei Shoigu", "limit": 500}))
    assert devanagari["total"] == latin["total"] > 0
    for item in devanagari["items"]:
        assert "Sergei Shoigu" in (item["source_name"], item["target_name"])


def test_event_filters(client: TestClient) -> None:
    consult = _json(client.get("/api/events?cameo=04&limit=500"))
    assert consult["total"] > 0 and all(i["cameo"].startswith("04") for i in consult["items"])
    conflict = _json(client.get("/api/events?quad_class=3&limit=500"))
    assert all(i["quad_class"] == 3 for i in conflict["items"])
    day = _json(client.get("/api/events?date_from=2024-11-12&date_to=2024-11-12&limit=500"))
    assert day["total"] > 0 and all(i["date"].startswith("2024-11-12") for i in day["items"])
    planned = _json(client.get("/api/events?status=planned&limit=500"))
    assert all(i["status"] == "planned" for i in planned["items"])


def test_invalid_event_filters_are_clear_json_errors(client: TestClient) -> None:
    assert "quad_class" in _error(client.get("/api/events?quad_class=7"), 422)
    assert "status" in _error(client.get("/api/events?status=happened"), 422)
    assert "date range is empty" in _error(
        client.get("/api/events?date_from=2025-01-01&date_to=2024-01-01"), 400
    )
    assert "limit" in _error(client.get("/api/events?limit=100000"), 422)
    assert "date_from" in _error(client.get("/api/events?date_from=yesterday"), 422)


def test_events_csv_export(client: TestClient) -> None:
    total = _json(client.get("/api/events?country=RUS&limit=1"))["total"]
    response = client.get("/api/events.csv?country=RUS")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == total > 0
    assert all("RUS" in (row["source_country"], row["target_country"]) for row in rows)


def test_actor_search_in_any_script_and_profile(client: TestClient) -> None:
    found = _json(client.get("/api/actors", params={"q": "शोइगु"}))["items"]
    assert found[0]["key"] == "sergei_shoigu" and found[0]["in_store"]
    assert _json(client.get("/api/actors", params={"q": "Shoigu"}))["items"][0]["key"] == "sergei_shoigu"
    profile = _json(client.get("/api/actors/sergei_shoigu"))
    assert profile["name"] == "Sergei Shoigu" and profile["country"] == "RUS"
    assert profile["articles"] >= 2
    assert any("शोइगु" in s["text"] for s in profile["spellings"])
    assert profile["kb"]["roles"], "the knowledge base's dated roles are part of the profile"
    assert profile["events"] == profile["as_source"] + profile["as_target"] > 0
    assert profile["events"] == _json(client.get("/api/events?actor_key=sergei_shoigu"))["total"]
    assert sum(t["as_source"] + t["as_target"] for t in profile["event_types"]) == profile["events"]


def test_most_active_actors_and_unknown_actor(client: TestClient) -> None:
    top = _json(client.get("/api/actors?limit=5"))["items"]
    assert len(top) == 5
    assert [a["events"] for a in top] == sorted((a["events"] for a in top), reverse=True)
    assert "no actor" in _error(client.get("/api/actors/name:Nobody Atall"), 404)


def test_quotes_by_speaker_in_any_script(client: TestClient) -> None:
    quotes = _json(client.get("/api/quotes", params={"speaker": "वांग यी", "limit": 100}))
    assert quotes["total"] > 0
    assert {q["speaker_name"] for q in quotes["items"]} == {"Wang Yi"}
    article = _json(client.get("/api/quotes", params={"article_id": CANONICAL_ID}))
    assert article["total"] == len(_json(client.get(f"/api/articles/{CANONICAL_ID}"))["quotes"])


def test_timeline_network_and_map_agree_with_the_events(client: TestClient) -> None:
    events = _json(client.get("/api/events?limit=500"))["items"]
    timeline = _json(client.get("/api/timeline"))
    dated = [e for e in events if e["date"]]
    assert sum(row["events"] for row in timeline) == len(dated) > 0
    assert {row["quad_class"] for row in timeline} <= {1, 2, 3, 4}
    network = _json(client.get("/api/network?max_edges=1000"))
    keys = {node["key"] for node in network["nodes"]}
    assert all(edge["source"] in keys and edge["target"] in keys for edge in network["edges"])
    assert any({edge["source"], edge["target"]} == {"sergei_shoigu", "wang_yi"} for edge in network["edges"])
    places = _json(client.get("/api/map"))
    located = [e for e in events if e["lat"] is not None]
    named = [e for e in events if e["location_name"]]
    # Cities at their coordinates, and countries and states at their centroids (not world regions).
    assert 0 < len(located) < sum(p["events"] for p in places) <= len(named)
    beijing = next(p for p in places if p["name"] == "Beijing")
    assert beijing["country"] == "CHN" and 39 < beijing["lat"] < 41


# --- analyze and store ---------------------------------------------------------------------------


def _meeting(contract: dict[str, Any]) -> dict[str, Any] | None:
    names = {e["id"]: e["name"] for e in contract["entities"]}
    for event in contract["events"]:
        pair = {names.get(event["source"]), names.get(event["target"])}
        if event["cameo"].startswith("04") and pair == {"Sergei Shoigu", "Wang Yi"}:
            return event
    return None


def test_analyze_returns_the_contract_without_storing(client: TestClient) -> None:
    before = _json(client.get("/api/health"))["articles"]
    contract = _json(client.post("/api/analyze", json={"text": CANONICAL.read_text(encoding="utf-8")}))
    assert contract["lang"] == "hi"
    assert contract["published"] == "2024-11-12"
    assert "[विज्ञापन_2]" not in contract["text"]
    meeting = _meeting(contract)
    assert meeting is not None, "no Shoigu–Wang Yi meeting: is the event stage in build_pipeline?"
    assert meeting["date"] == "2024-11-12"
    assert meeting["plover"] == "CONSULT"
    assert _json(client.get("/api/health"))["articles"] == before


def test_analyze_html_with_date_and_url(client: TestClient) -> None:
    html = (
        "<html lang='en'><head><title>Talks in Delhi</title></head><body><article><h1>Talks in Delhi</h1>"
        "<p>Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in New Delhi "
        "on Monday, officials said.</p><p>The two leaders discussed trade and security.</p>"
        "</article></body></html>"
    )
    contract = _json(
        client.post(
            "/api/analyze",
            json={"html": html, "url": "https://example.org/talks", "published": "2025-03-03"},
        )
    )
    assert "Narendra Modi" in contract["text"] and "<p>" not in contract["text"]
    assert contract["url"] == "https://example.org/talks"
    assert contract["published"] == "2025-03-03"
    assert contract["lang"] == "en"


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({}, 422, "give the article as 'text' or 'html'"),
        ({"text": "   "}, 422, "give the article"),
        ({"text": "x", "published": "yesterday"}, 422, "not an ISO date"),
        ({"text": "x", "colour": "red"}, 422, "colour"),
        ({"text": "x", "lang": "Hindi"}, 422, "lang"),
        ({"url": "ftp://example.org/a"}, 422, "only http(s)"),
    ],
)
def test_analyze_rejects_bad_requests_clearly(
    client: TestClient, body: dict, status: int, words: str
) -> None:
    assert words in _error(client.post("/api/analyze", json=body), status)


def test_malformed_json_body(client: TestClient) -> None:
    response = client.post("/api/analyze", content=b'{"text": ', headers={"content-type": "application/json"})
    assert "not valid JSON" in _error(response, 422)


def test_request_size_limit(tmp_path: Path) -> None:
    app = create_app(dev_store_copy(tmp_path), resources(), read_only=True, max_body_bytes=10_000)
    with TestClient(app, base_url=LOCAL) as small:
        big = {"text": "क" * 20_000}
        assert "larger than the limit" in _error(small.post("/api/analyze", json=big), 413)

        def chunks() -> Iterator[bytes]:  # no Content-Length: the limit still applies
            yield b'{"text": "'
            for _ in range(20):
                yield b"a" * 1000
            yield b'"}'

        response = small.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
        assert response.status_code == 413


def test_store_an_article_then_find_it(writable_client: TestClient) -> None:
    text = (
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in New Delhi on "
        "Monday. Modi said the talks were productive."
    )
    body = {"text": text, "published": "2025-03-03", "id": "api-test-1"}
    stored = _json(writable_client.post("/api/articles", json=body), 201)
    assert stored["id"] == "api-test-1" and stored["status"] == "stored"
    assert _json(writable_client.post("/api/articles", json=body), 201)["status"] == "unchanged"
    assert _json(writable_client.get("/api/health"))["articles"] == 22
    record = _json(writable_client.get("/api/articles/api-test-1"))
    assert record["text"].startswith("Indian Prime Minister")
    hits = _json(writable_client.get("/api/search", params={"q": "productive"}))
    assert [hit["id"] for hit in hits["items"]] == ["api-test-1"]


def test_read_only_server_refuses_writes(tmp_path: Path) -> None:
    # A separate copy: in one process DuckDB cannot open a file read-only and read-write at once.
    app = create_app(dev_store_copy(tmp_path), resources(), read_only=True)
    with TestClient(app, base_url=LOCAL) as read_only:
        message = _error(read_only.post("/api/articles", json={"text": "Modi met Ishiba."}), 403)
        assert "read-only" in message
        assert _json(read_only.get("/api/health"))["read_only"] is True


def test_concurrent_readers_and_one_writer(tmp_path: Path) -> None:
    app = create_app(dev_store_copy(tmp_path), resources())
    failures: list[str] = []

    with live_server(app) as base:

        def read(worker: int) -> None:
            with httpx.Client(base_url=base, timeout=60) as http:
                for round_ in range(8):
                    for url in ("/api/events?limit=20", "/api/search?q=चीन", "/api/articles?limit=5"):
                        response = http.get(url)
                        if response.status_code != 200:
                            failures.append(f"reader {worker} round {round_} {url}: {response.text}")

        def write() -> None:
            with httpx.Client(base_url=base, timeout=60) as http:
                for number in range(4):
                    text = f"Narendra Modi met Shigeru Ishiba in Tokyo for talks number {number}."
                    response = http.post("/api/articles", json={"text": text, "id": f"concurrent-{number}"})
                    if response.status_code != 201:
                        failures.append(f"write {number}: {response.text}")

        threads = [threading.Thread(target=read, args=(i,)) for i in range(4)]
        threads.append(threading.Thread(target=write))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not failures, failures[:3]
        with httpx.Client(base_url=base) as http:
            assert http.get("/api/health").json()["articles"] == 25
            assert http.get("/api/search", params={"q": "number"}).json()["total"] == 4


def test_analyze_fetches_a_url_when_no_text_is_given(client: TestClient, tmp_path: Path) -> None:
    page = (
        "<html lang='en'><head><title>Summit</title></head><body><article>"
        "<p>Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing "
        "on Tuesday.</p>"
        "<p>They discussed the situation in the region and bilateral ties at length.</p>"
        "</article></body></html>"
    )
    (tmp_path / "summit.html").write_text(page, encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/summit.html"
    # By default the server fetches from public addresses only: this loopback page is refused ...
    assert "not a public address" in _error(client.post("/api/analyze", json={"url": url}), 422)
    # ... unless the operator allowed private addresses.
    app = create_app(dev_store_copy(tmp_path), resources(), allow_private_fetch=True)
    try:
        with TestClient(app, base_url=LOCAL) as allowed:
            contract = _json(allowed.post("/api/analyze", json={"url": url, "published": "2025-01-07"}))
            assert "Wang Yi met" in contract["text"]
            assert contract["url"] == url
            missing = allowed.post("/api/analyze", json={"url": url.replace("summit", "missing")})
            assert "404" in _error(missing, 422)
    finally:
        server.shutdown()
        thread.join()


# --- docs and UI shell ---------------------------------------------------------------------------


def test_openapi_and_local_docs(client: TestClient) -> None:
    spec = _json(client.get("/openapi.json"))
    for path in ("/api/events", "/api/analyze", "/api/articles", "/api/search", "/api/actors/{key}"):
        assert path in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/vendor/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()


def test_ui_page_loads_nothing_from_outside(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert "http://" not in page.text and "https://" not in page.text
    css = client.get("/static/app.css").text
    assert '"Lohit Devanagari"' in css and '"Noto Sans Devanagari"' in css
    assert client.get("/vendor/countries-110m.json").status_code == 200, "run scripts/install.sh (npm ci)"
    assert "no vendor file" in _error(client.get("/vendor/secret.txt"), 404)
