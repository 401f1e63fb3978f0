"""URL reading against a local HTTP server on 127.0.0.1 (no outside network)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from khabar.model import Document, ItemError
from khabar.readers import ReadOptions, iter_documents

HTML = """<html lang="hi"><head><meta charset="utf-8"><title>शोइगु बीजिंग में</title>
<meta property="article:published_time" content="2024-11-12"></head><body><article>
<p>रूसी सुरक्षा परिषद के सचिव सेर्गेई शोइगु ने 12 नवंबर को बीजिंग में चीनी विदेश मंत्री वांग यी से मुलाकात की।</p>
<p>दोनों पक्षों ने सहयोग को और गहरा करने पर सहमति व्यक्त की, टीएएसएस ने बताया।</p>
</article></body></html>"""

# path → (status, content type or None, body)
ROUTES: dict[str, tuple[int, str | None, bytes]] = {
    "/article.html": (200, "text/html; charset=utf-8", HTML.encode()),
    "/plain.txt": (200, "text/plain; charset=utf-8", b"Plain article text.\r\nLine two."),
    "/latin1.txt": (200, "text/plain; charset=iso-8859-1", "café".encode("latin-1")),
    "/untyped": (200, None, b"Text without a content type."),
    "/big.txt": (200, "text/plain", b"x" * 5000),
    "/image.png": (200, "image/png", b"\x89PNG\r\n"),
    "/empty.txt": (200, "text/plain", b""),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.end_headers()
            return
        if self.path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/file.txt")
            self.end_headers()
            return
        if self.path == "/big-chunked.txt":  # no Content-Length: the size shows only while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"y" * 5000)
            self.close_connection = True
            return
        if self.path not in ROUTES:
            self.send_error(404, "Not Found")
            return
        status, content_type, body = ROUTES[self.path]
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def read_one(url: str, options: ReadOptions | None = None) -> Document | ItemError:
    items = list(iter_documents([url], options or ReadOptions(url_timeout=5)))
    assert len(items) == 1
    return items[0]


def test_html_url(base_url: str) -> None:
    doc = read_one(f"{base_url}/article.html")
    assert isinstance(doc, Document)
    assert "सेर्गेई शोइगु" in doc.raw and "<p>" not in doc.raw
    assert doc.url == f"{base_url}/article.html"
    assert doc.origin == doc.id == f"{base_url}/article.html"
    assert (doc.hint_published, doc.hint_published_basis, doc.hint_lang) == ("2024-11-12", "html_meta", "hi")


def test_redirect_gives_final_url(base_url: str) -> None:
    doc = read_one(f"{base_url}/moved")
    assert isinstance(doc, Document)
    assert doc.url == f"{base_url}/article.html"
    assert doc.origin == f"{base_url}/moved"


def test_plain_text_url_keeps_raw(base_url: str) -> None:
    doc = read_one(f"{base_url}/plain.txt")
    assert isinstance(doc, Document)
    assert doc.raw == "Plain article text.\r\nLine two."


def test_charset_header_is_used(base_url: str) -> None:
    doc = read_one(f"{base_url}/latin1.txt")
    assert isinstance(doc, Document) and doc.raw == "café"


def test_missing_content_type_is_sniffed(base_url: str) -> None:
    doc = read_one(f"{base_url}/untyped")
    assert isinstance(doc, Document) and doc.raw == "Text without a content type."


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/nowhere", "HTTP error 404 Not Found"),
        ("/big.txt", "response too large (5000 bytes; the limit is 1000)"),
        ("/big-chunked.txt", "response too large (more than 1000 bytes)"),
        ("/image.png", "unsupported content type 'image/png'"),
        ("/empty.txt", "empty response"),
        ("/to-ftp", "redirect to a ftp: URL refused"),
    ],
)
def test_url_errors(base_url: str, path: str, message: str) -> None:
    err = read_one(f"{base_url}{path}", ReadOptions(max_bytes=1000, url_timeout=5))
    assert isinstance(err, ItemError)
    assert err.origin == f"{base_url}{path}"
    assert message in err.message


def test_connection_refused() -> None:
    with socket.socket() as sock:  # find a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    err = read_one(f"http://127.0.0.1:{port}/a.html")
    assert isinstance(err, ItemError) and err.message == "connection refused"


def test_timeout() -> None:
    with socket.socket() as sock:  # accepts connections (backlog) but never answers
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        err = read_one(f"http://127.0.0.1:{sock.getsockname()[1]}/slow", ReadOptions(url_timeout=0.3))
    assert isinstance(err, ItemError) and "timed out" in err.message


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/a.txt"])
def test_refused_schemes(url: str) -> None:
    err = read_one(url)
    assert isinstance(err, ItemError) and err.origin == url
    assert "unsupported URL scheme" in err.message and "only http:// and https://" in err.message


def test_batch_of_urls_goes_on(base_url: str) -> None:
    items = list(iter_documents([f"{base_url}/nowhere", f"{base_url}/plain.txt"], ReadOptions(url_timeout=5)))
    assert [type(i).__name__ for i in items] == ["ItemError", "Document"]
