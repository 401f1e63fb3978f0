"""The guarded server: Host allow-list, write token, no silent overwrite, CSP on every HTML page,
no javascript: links, bounded analysis and fetching. Everything on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from khabar.engine.budget import Budget
from khabar.server import create_app
from khabar.server.guard import UI_CSP, host_name, is_loopback
from server_support import dev_store_copy, live_server, resources

LOCAL = "http://127.0.0.1"
TEXT_A = "Prime Minister Narendra Modi met President Joe Biden in New Delhi on Monday."
TEXT_B = "President Vladimir Putin spoke to President Xi Jinping by phone on Friday."


@pytest.fixture()
def make_client(tmp_path: Path) -> Iterator[Any]:
    clients: list[TestClient] = []

    def make(base_url: str = LOCAL, **kwargs: Any) -> TestClient:
        folder = tmp_path / str(len(clients))
        folder.mkdir()
        client = TestClient(create_app(dev_store_copy(folder), resources(), **kwargs), base_url=base_url)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


def _message(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    return str(response.json()["message"])


# --- Host allow-list (DNS rebinding) -------------------------------------------------------------------


def test_only_allowed_host_names_are_served(make_client: Any) -> None:
    client = make_client()
    assert client.get("/api/health").status_code == 200
    for host in ("localhost:8000", "127.0.0.1:8000", "[::1]:8000"):
        assert client.get("/api/health", headers={"host": host}).status_code == 200, host
    for host in ("attacker.example", "attacker.example:8000", "127.0.0.1.attacker.example", ""):
        message = _message(client.get("/api/health", headers={"host": host}), 400)
        assert "is not served here" in message
    named = make_client(hosts=["news.example.org", "*.khabar.example"])
    assert named.get("/api/health", headers={"host": "news.example.org"}).status_code == 200
    assert named.get("/api/health", headers={"host": "api.khabar.example"}).status_code == 200
    assert named.get("/api/health", headers={"host": "localhost"}).status_code == 400


def test_host_names_and_loopback() -> None:
    assert host_name("[::1]:8000") == "::1" and host_name("Example.ORG:80") == "example.org"
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


# --- writes ---------------------------------------------------------------------------------------------


def test_writes_want_the_token_when_one_is_set(make_client: Any) -> None:
    client = make_client(token="s3cret-token")
    body = {"text": TEXT_A, "id": "tok-1"}
    assert "token" in _message(client.post("/api/articles", json=body), 401)
    wrong = {"authorization": "Bearer nope"}
    assert client.post("/api/articles", json=body, headers=wrong).status_code == 401
    right = {"authorization": "Bearer s3cret-token"}
    assert client.post("/api/articles", json=body, headers=right).status_code == 201
    assert client.post("/api/analyze", json={"text": TEXT_A}).status_code == 200  # reading needs none


def test_an_existing_id_is_overwritten_only_on_request(make_client: Any) -> None:
    client = make_client()
    first = client.post("/api/articles", json={"text": TEXT_A, "id": "story-1"})
    assert first.status_code == 201 and first.json()["status"] == "stored"
    same = client.post("/api/articles", json={"text": TEXT_A, "id": "story-1"})
    assert same.status_code == 201 and same.json()["status"] == "unchanged"
    message = _message(client.post("/api/articles", json={"text": TEXT_B, "id": "story-1"}), 409)
    assert "already stored with another text" in message and '"replace": true' in message
    assert TEXT_A[:20] in client.get("/api/articles/story-1").json()["text"]  # untouched
    replaced = client.post("/api/articles", json={"text": TEXT_B, "id": "story-1", "replace": True})
    assert replaced.status_code == 201 and replaced.json()["status"] == "stored"
    assert TEXT_B[:20] in client.get("/api/articles/story-1").json()["text"]
    duplicate = client.post("/api/articles", json={"text": TEXT_B, "id": "story-2"}).json()
    assert duplicate["status"] == "duplicate" and duplicate["duplicate_of"] == "story-1"


def test_deeply_nested_json_bodies_are_a_clear_422(make_client: Any) -> None:
    client = make_client()
    body = '{"text": "Modi met Biden.", "title": ' + "[" * 3000 + "]" * 3000 + "}"
    for path in ("/api/analyze", "/api/articles"):
        response = client.post(path, content=body, headers={"content-type": "application/json"})
        assert "nested deeper" in _message(response, 422)
    assert client.get("/api/health").status_code == 200


# --- HTML responses -------------------------------------------------------------------------------------


def test_every_html_response_has_the_csp(make_client: Any) -> None:
    client = make_client()
    for path in ("/", "/static/index.html"):
        response = client.get(path)
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
        assert response.headers["content-security-policy"] == UI_CSP, path
    docs = client.get("/docs").headers["content-security-policy"]
    assert "script-src 'self' 'sha256-" in docs and "object-src 'none'" in docs
    assert client.get("/static/app.js").headers["x-content-type-options"] == "nosniff"


# --- bounded work ---------------------------------------------------------------------------------------


def test_article_budget_in_the_server(make_client: Any) -> None:
    small = make_client(budget=Budget(max_chars=40))
    message = _message(small.post("/api/analyze", json={"text": TEXT_A}), 422)
    assert "article too long" in message and "serve --max-chars" in message
    hasty = make_client(budget=Budget(seconds=0.001))
    message = _message(hasty.post("/api/analyze", json={"text": TEXT_A * 20}), 422)
    assert "time budget" in message
    # the analysis slot is free again afterwards
    assert make_client().post("/api/analyze", json={"text": TEXT_A}).status_code == 200


class _Drip(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "10000")
        self.end_headers()
        try:
            for _ in range(10000):
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture()
def drip_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/slow"
    finally:
        server.shutdown()
        server.server_close()


def test_slow_fetches_neither_freeze_the_api_nor_queue_forever(tmp_path: Path, drip_url: str) -> None:
    app = create_app(dev_store_copy(tmp_path), resources(), allow_private_fetch=True, fetch_timeout=3.0)
    with live_server(app) as base, ThreadPoolExecutor(max_workers=20) as pool:
        futures = [
            pool.submit(httpx.post, f"{base}/api/analyze", json={"url": drip_url}, timeout=60)
            for _ in range(16)
        ]
        # While every fetch slot is taken by the dripping server, the rest of the API answers.
        health = httpx.get(f"{base}/api/health", timeout=30)
        assert health.status_code == 200
        assert httpx.get(f"{base}/api/articles", params={"limit": 1}, timeout=30).status_code == 200
        statuses = sorted(f.result().status_code for f in futures)
    # 4 fetching + 8 waiting are taken on; the others are told at once that the server is busy,
    # and every fetch taken on ends at its deadline (the dripping body would take 500 s).
    assert statuses.count(503) == 4 and statuses.count(422) == 12
    app.state.khabar.close()


# --- the UI ---------------------------------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(
    (not CHROMIUM.exists() or shutil.which("fc-list") is None) and not os.environ.get("CI"),
    reason="needs Debian's chromium",
)
def test_javascript_urls_are_never_links(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    app = create_app(dev_store_copy(tmp_path), resources())
    evil = "javascript:document.title='pwned'"
    with live_server(app) as base:
        stored = httpx.post(f"{base}/api/articles", json={"text": TEXT_A, "id": "evil-1", "url": evil})
        assert stored.status_code == 201, stored.text
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM),
                args=["--headless", "--no-sandbox", "--disable-gpu",
                      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
            )  # fmt: skip
            try:
                page = browser.new_page()
                page.goto(f"{base}/#/article/evil-1")
                page.wait_for_selector("body[data-ready] .meta-line")
                line = page.locator(".meta-line").first
                assert line.locator("a").count() == 0
                assert page.locator("a[href^='javascript']").count() == 0
                assert evil in line.text_content()  # shown as text
            finally:
                browser.close()
    app.state.khabar.close()
