"""Server-side fetching refuses non-public addresses (every numeric form, every redirect hop) and a
download has a total deadline. Servers run on 127.0.0.1 only; private ranges are simulated by
patching name resolution, and a guard fails the test if anything connects outside 127.0.0.0/8.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from khabar.errors import InputError
from khabar.readers import ReadOptions
from khabar.readers import fetch as fetch_module
from khabar.readers.fetch import fetch_document, is_public_address

PUBLIC_ONLY = ReadOptions(public_only=True, url_timeout=5)
ARTICLE = b"Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing."


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/redirect-to/"):
            self.send_response(302)
            self.send_header("Location", "http://" + self.path.removeprefix("/redirect-to/"))
            self.end_headers()
            return
        if self.path == "/drip":  # one byte at a time, each well within any per-read timeout
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            try:
                for _ in range(1000):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass  # the client gave up: that is the point
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(ARTICLE)))
        self.end_headers()
        self.wfile.write(ARTICLE)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly if anything tries to connect outside 127.0.0.0/8."""
    original = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else str(address)
        if not ipaddress.ip_address(host).is_loopback:
            raise AssertionError(f"the test tried to connect to {address}")
        return original(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


def _resolve_as(monkeypatch: pytest.MonkeyPatch, names: dict[str, str]) -> None:
    """Make the resolver answer ``names`` (host → address) and leave every other name alone."""
    original = socket.getaddrinfo

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host in names:
            address = names[host]
            family = socket.AF_INET6 if ":" in address else socket.AF_INET
            sockaddr = (address, port, 0, 0) if family == socket.AF_INET6 else (address, port)
            return [(family, socket.SOCK_STREAM, 6, "", sockaddr)]
        return original(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def _refused(url: str, options: ReadOptions = PUBLIC_ONLY) -> str:
    with pytest.raises(InputError) as caught:
        fetch_document(url, options)
    return caught.value.message


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1", "127.1", "2130706433", "0x7f000001", "0177.0.0.1", "0.0.0.0", "localhost",
        "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]",
    ],
)  # fmt: skip
def test_every_numeric_form_of_loopback_is_refused(port: int, host: str) -> None:
    assert "not a public address" in _refused(f"http://{host}:{port}/article.txt")


@pytest.mark.parametrize(
    "address",
    ["10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1", "fd00::1", "fe80::1",
     "2002:a00:1::1", "224.0.0.1"],
)  # fmt: skip
def test_names_resolving_to_private_addresses_are_refused(
    monkeypatch: pytest.MonkeyPatch, port: int, address: str
) -> None:
    _resolve_as(monkeypatch, {"news.example": address})
    message = _refused(f"http://news.example:{port}/article.txt")
    assert "news.example resolves to" in message and "not a public address" in message


def test_a_redirect_to_a_private_address_is_refused_at_that_hop(
    monkeypatch: pytest.MonkeyPatch, port: int
) -> None:
    # "public.example" is this test's server (treated as public); it redirects to a private address.
    _resolve_as(monkeypatch, {"public.example": "127.0.0.1", "intranet.example": "10.0.0.5"})
    real = is_public_address
    monkeypatch.setattr(
        fetch_module, "is_public_address", lambda ip: str(ip) == "127.0.0.1" or real(ip)
    )
    doc = fetch_document(f"http://public.example:{port}/article.txt", PUBLIC_ONLY)
    assert doc.raw.encode() == ARTICLE  # the first hop itself is allowed
    message = _refused(f"http://public.example:{port}/redirect-to/intranet.example:{port}/secret")
    assert "intranet.example resolves to 10.0.0.5" in message
    message = _refused(f"http://public.example:{port}/redirect-to/169.254.169.254/latest/meta-data")
    assert "169.254.169.254 resolves to 169.254.169.254, not a public address" in message


def test_the_operator_may_allow_private_addresses(port: int) -> None:
    doc = fetch_document(f"http://127.1:{port}/article.txt", ReadOptions(url_timeout=5))
    assert doc.raw.encode() == ARTICLE


def test_a_dripping_server_hits_the_total_deadline(port: int) -> None:
    # 0.1 s between bytes never trips a per-read timeout of 1 s; only a deadline for the whole
    # download (1,000 bytes would take 100 s) ends it.
    message = _refused(f"http://127.0.0.1:{port}/drip", ReadOptions(url_timeout=1.0))
    assert message == "timed out after 1 s (the limit for the whole download)"


def test_public_addresses_are_public() -> None:
    for text in ("8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"):
        assert is_public_address(ipaddress.ip_address(text)), text
    teredo = "2001:0:4136:e378:8000:63bf:f5ff:fffe"  # a Teredo address wrapping a private one
    for text in ("127.0.0.1", "10.0.0.1", "::1", "::ffff:10.0.0.1", "0.0.0.0", teredo):
        assert not is_public_address(ipaddress.ip_address(text)), text
