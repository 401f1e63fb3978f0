"""Fetching ``http://`` and ``https://`` URLs with the standard library (no extra dependency).

Two guards apply to every fetch:

* a **total deadline** (``ReadOptions.url_timeout``): a server dripping one byte at a time cannot hold
  a fetch longer than that, however the time is spent (connecting, headers, body, redirects);
* with ``ReadOptions.public_only`` (the server's default), **only public addresses**: the host is
  resolved and every address checked *before* connecting, at every hop of a redirect, and the
  connection goes to the address that was checked (no second lookup a DNS rebinding could change).
  Whatever numeric form the host takes (``127.1``, ``2130706433``, ``0x7f.1``, ``[::ffff:127.0.0.1]``,
  ``0.0.0.0``) the resolver turns it into the address that is checked.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from khabar.errors import InputError
from khabar.model import Document
from khabar.readers.decode import decode_bytes, require_text
from khabar.readers.html import declared_charset, extract_html
from khabar.readers.meta import Metadata, make_document
from khabar.readers.options import ReadOptions

ALLOWED_SCHEMES = frozenset({"http", "https"})
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
_USER_AGENT = "khabar/0.1 (news event extraction)"


def url_scheme(value: str) -> str | None:
    """The scheme of ``value`` if it looks like a URL (``scheme://…``), else None."""
    match = _SCHEME.match(value)
    return match.group(1).lower() if match else None


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects only to http/https (the stock handler would also follow ftp://)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        scheme = urlsplit(newurl).scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            raise urllib.error.URLError(f"redirect to a {scheme or 'relative'}: URL refused ({newurl})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_public_address(ip: IpAddress) -> bool:
    """True for a globally routable unicast address; IPv4 inside IPv6 (mapped, 6to4) is unwrapped."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour
        if inner is not None:
            ip = inner
        elif ip.teredo is not None:
            return all(is_public_address(part) for part in ip.teredo)
    return bool(ip.is_global) and not ip.is_multicast


class AddressRefused(OSError):
    """A host resolved to a non-public address while only public ones are allowed."""


class _Guard:
    """Connects sockets for one fetch: checks addresses and enforces the total deadline."""

    def __init__(self, seconds: float, public_only: bool) -> None:
        self.seconds = seconds
        self.public_only = public_only
        self.ends = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Guard:
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()

    def _expire(self) -> None:
        # Unblock whatever read or connect is waiting: shutting the socket down ends it at once.
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                with contextlib.suppress(OSError):  # already closed
                    sock.shutdown(socket.SHUT_RDWR)

    def remaining(self) -> float:
        left = self.ends - time.monotonic()
        if left <= 0:
            self.expired = True
            raise TimeoutError("deadline passed")
        return left

    def create_connection(
        self, address: tuple[str, int], timeout: Any = None, source_address: Any = None
    ) -> socket.socket:
        host, port = address
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        refused: list[str] = []
        last_error: OSError | None = None
        for family, kind, proto, _name, sockaddr in infos:
            ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
            if self.public_only and not is_public_address(ip):
                refused.append(str(ip))
                continue
            sock = socket.socket(family, kind, proto)
            with self._lock:
                self._sockets.append(sock)
            try:
                numeric = isinstance(timeout, int | float) and timeout > 0
                per_read = float(timeout) if numeric else self.seconds
                sock.settimeout(min(self.remaining(), per_read))
                if source_address:
                    sock.bind(source_address)
                sock.connect(sockaddr)
                return sock
            except OSError as exc:
                last_error = exc
                sock.close()
        if refused and last_error is None:
            raise AddressRefused(
                f"{host} resolves to {', '.join(dict.fromkeys(refused))}, not a public address; "
                "fetching it is refused (the operator can allow it: khabar serve --allow-private-fetch)"
            )
        raise last_error or OSError(f"cannot resolve {host}")


class _GuardedHttpHandler(urllib.request.HTTPHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._connection, req)

    def _connection(self, host: str, **kwargs: Any) -> http.client.HTTPConnection:
        connection = http.client.HTTPConnection(host, **kwargs)
        connection._create_connection = self.guard.create_connection  # type: ignore[attr-defined]
        return connection


class _GuardedHttpsHandler(urllib.request.HTTPSHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._connection, req, context=self._context)  # type: ignore[attr-defined]

    def _connection(self, host: str, **kwargs: Any) -> http.client.HTTPSConnection:
        kwargs.pop("check_hostname", None)
        connection = http.client.HTTPSConnection(host, **kwargs)
        connection._create_connection = self.guard.create_connection  # type: ignore[attr-defined]
        return connection


def fetch_document(url: str, options: ReadOptions) -> Document:
    """Download one article; every failure is an :class:`InputError` naming the URL and the reason."""
    scheme = url_scheme(url)
    if scheme not in ALLOWED_SCHEMES:
        raise InputError(url, f"unsupported URL scheme '{scheme}'; only http:// and https:// are read")
    with _Guard(options.url_timeout, options.public_only) as guard:
        final_url, content_type, charset, body = _download(url, options, guard)
    return _to_document(url, final_url, content_type, charset, body)


def _download(url: str, options: ReadOptions, guard: _Guard) -> tuple[str, str | None, str | None, bytes]:
    handlers: list[urllib.request.BaseHandler] = [
        _HttpOnlyRedirects(), _GuardedHttpHandler(guard), _GuardedHttpsHandler(guard)
    ]
    if options.public_only:
        handlers.append(urllib.request.ProxyHandler({}))  # a proxy would hide the address connected to
    opener = urllib.request.build_opener(*handlers)
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": _USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        },
    )
    timed_out = f"timed out after {options.url_timeout:g} s (the limit for the whole download)"
    try:
        with opener.open(request, timeout=options.url_timeout) as response:
            final_url = response.geturl()
            has_type = response.headers.get("Content-Type") is not None
            content_type = response.headers.get_content_type() if has_type else None
            charset = response.headers.get_content_charset()
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > options.max_bytes:
                limit = options.max_bytes
                raise InputError(url, f"response too large ({length} bytes; the limit is {limit})")
            body = response.read(options.max_bytes + 1)
    except urllib.error.HTTPError as exc:
        exc.close()
        raise InputError(url, f"HTTP error {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if guard.expired:
            raise InputError(url, timed_out) from None
        raise InputError(url, _reason(exc.reason, options)) from None
    except TimeoutError:
        raise InputError(url, timed_out) from None
    except (http.client.HTTPException, OSError) as exc:
        if guard.expired:
            raise InputError(url, timed_out) from None
        raise InputError(url, f"download failed: {type(exc).__name__}: {exc}") from None
    except ValueError as exc:  # malformed URL (e.g. a bad port)
        raise InputError(url, f"invalid URL: {exc}") from None
    if guard.expired:  # the body was cut short when the deadline shut the connection
        raise InputError(url, timed_out)
    if len(body) > options.max_bytes:
        raise InputError(url, f"response too large (more than {options.max_bytes} bytes)")
    return final_url, content_type, charset, body


def _reason(reason: object, options: ReadOptions) -> str:
    if isinstance(reason, AddressRefused):
        return str(reason)
    if isinstance(reason, TimeoutError):
        return f"timed out after {options.url_timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return f"cannot resolve the host name ({reason.strerror})"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot reach the server: {reason.strerror}"
    return f"cannot reach the server: {reason}"


def _to_document(
    url: str, final_url: str, content_type: str | None, charset: str | None, body: bytes
) -> Document:
    if content_type is not None and content_type not in _HTML_TYPES | _TEXT_TYPES:
        raise InputError(url, f"unsupported content type '{content_type}'; expected HTML or plain text")
    maybe_html = content_type is None or content_type in _HTML_TYPES
    declared = charset or (declared_charset(body) if maybe_html else None)
    text = require_text(decode_bytes(body, url, declared=declared), len(body), url, what="response")
    if content_type is None:  # no header: sniff like standard input
        content_type = "text/html" if text.lstrip().startswith("<") else "text/plain"
    if content_type in _HTML_TYPES:
        article = extract_html(text, url, url=final_url)
        return make_document(
            default_id=url, raw=article.text, origin=url, meta=Metadata(url=final_url), html=article
        )
    return make_document(default_id=url, raw=text, origin=url, meta=Metadata(url=final_url))
