"""Shared by the server and UI tests: a store built once from the dev corpus, and a live server.

Building the store runs the real pipeline over the 21 dev articles (a few seconds), so it is done
once per test session and copied for each test module that writes to it.
"""

from __future__ import annotations

import atexit
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import uvicorn

from khabar.api import Extractor
from khabar.model import ItemError
from khabar.readers import iter_documents
from khabar.resources import Resources
from khabar.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEV_ARTICLES = ROOT / "corpus" / "dev" / "articles"
CANONICAL = DEV_ARTICLES / "hi_00_vietnamvn_shoigu_wangyi.txt"
CANONICAL_ID = "hi_00_vietnamvn_shoigu_wangyi"


@lru_cache(maxsize=1)
def resources() -> Resources:
    return Resources.load()


@lru_cache(maxsize=1)
def dev_store_template() -> Path:
    """A store of the processed dev corpus (built once; copy it before writing)."""
    folder = Path(tempfile.mkdtemp(prefix="khabar-server-tests-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "dev.duckdb"
    extractor = Extractor(resources())
    docs = [extractor.process(d) for d in iter_documents([str(DEV_ARTICLES)]) if not isinstance(d, ItemError)]
    with Store(path) as store:
        result = store.write(docs)
    assert not result.failed, result.failed
    return path


def dev_store_copy(folder: Path) -> Path:
    target = folder / "dev.duckdb"
    shutil.copy(dev_store_template(), target)
    return target


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def live_server(app: object) -> Iterator[str]:
    """Run ``app`` with uvicorn on a free loopback port in a thread; yields the base URL."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")  # type: ignore[arg-type]
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
