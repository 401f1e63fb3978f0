"""A polite HTTP client for feeds and the articles they list.

- at most one request per ``per_host_delay`` seconds to the same host;
- retries of connection failures, timeouts, 429 and 5xx answers with exponential backoff (a
  ``Retry-After`` of up to ``max_retry_after`` seconds is honoured);
- conditional GET: the ``ETag`` and ``Last-Modified`` of the previous answer are sent back, and a
  ``304 Not Modified`` costs no body;
- a cap on the body size and on the total time of one request (connect + every read), not only on
  each socket operation: the connection goes through the guarded fetch of :mod:`khabar.readers.fetch`
  (http(s) only, redirects too; a deadline that shuts a dripping connection; with ``public_only``,
  public addresses only, checked at every connection).
"""

from __future__ import annotations

import http.client
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from khabar.errors import InputError
from khabar.readers.fetch import ALLOWED_SCHEMES, AddressRefused, _Guard, guarded_opener

USER_AGENT = "khabar-watch/0.1 (news event extraction; polite: one request per host per second)"
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_CHUNK = 65536


@dataclass(slots=True)
class Response:
    url: str  # as asked
    final_url: str  # after redirects
    status: int  # 200, or 304 for not modified
    body: bytes = b""
    content_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(slots=True)
class PoliteFetcher:
    per_host_delay: float = 1.0
    retries: int = 3
    backoff: float = 1.0  # first retry after this many seconds, then doubled
    timeout: float = 20.0  # total seconds for one attempt
    max_bytes: int = 5_000_000
    max_retry_after: float = 60.0
    public_only: bool = False  # refuse loopback, private and link-local addresses (readers.fetch)
    sleep: Callable[[float], None] = time.sleep
    requests: int = 0  # attempts made (for reports and tests)
    _last: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None, accept: str = "*/*"
    ) -> Response:
        """GET ``url`` politely; :class:`InputError` naming the URL when it cannot be had."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            raise InputError(url, f"unsupported URL scheme '{parts.scheme}'; only http(s) is fetched")
        headers = {"User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "identity"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            self._wait_turn(parts.netloc.lower())
            try:
                return self._attempt(url, headers)
            except _Retryable as exc:
                attempt += 1
                if attempt > self.retries:
                    raise InputError(url, f"{exc.reason} (after {attempt} attempts)") from None
                delay = self.backoff * 2 ** (attempt - 1)
                if exc.retry_after is not None:
                    delay = max(delay, min(exc.retry_after, self.max_retry_after))
                self.sleep(delay)

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            ready = self._last.get(host, float("-inf")) + self.per_host_delay
            wait = max(ready - now, 0.0)
            self._last[host] = now + wait
        if wait:
            self.sleep(wait)

    def _attempt(self, url: str, headers: dict[str, str]) -> Response:
        self.requests += 1
        # The guarded fetch of readers.fetch: a total deadline that shuts a dripping connection, every
        # address (redirects too) checked when public_only
        with _Guard(self.timeout, self.public_only) as guard:
            try:
                return self._read(url, headers, guard)
            except _Retryable:
                raise
            except InputError:
                raise
            except OSError as exc:
                if guard.expired:
                    raise _Retryable(f"took longer than {self.timeout:g} s") from None
                raise _Retryable(f"download failed: {type(exc).__name__}: {exc}") from None

    def _read(self, url: str, headers: dict[str, str], guard: _Guard) -> Response:
        deadline = time.monotonic() + self.timeout
        opener = guarded_opener(guard)
        request = urllib.request.Request(url, headers=headers)
        try:
            with opener.open(request, timeout=self.timeout) as answer:
                length = answer.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    limit = self.max_bytes
                    raise InputError(url, f"response too large ({length} bytes; the limit is {limit})")
                chunks: list[bytes] = []
                size = 0
                while True:
                    if time.monotonic() > deadline:
                        raise _Retryable(f"took longer than {self.timeout:g} s")
                    chunk = answer.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise InputError(url, f"response too large (more than {self.max_bytes} bytes)")
                    chunks.append(chunk)
                if guard.expired:  # the deadline shut the connection: the body is cut short
                    raise _Retryable(f"took longer than {self.timeout:g} s")
                has_type = answer.headers.get("Content-Type") is not None
                return Response(
                    url=url,
                    final_url=answer.geturl(),
                    status=answer.status,
                    body=b"".join(chunks),
                    content_type=answer.headers.get_content_type() if has_type else None,
                    charset=answer.headers.get_content_charset(),
                    etag=answer.headers.get("ETag"),
                    last_modified=answer.headers.get("Last-Modified"),
                )
        except urllib.error.HTTPError as exc:
            retry_after = _retry_after(exc.headers.get("Retry-After") if exc.headers else None)
            exc.close()
            if exc.code == 304:
                return Response(url=url, final_url=url, status=304)
            if exc.code in _RETRY_STATUSES:
                raise _Retryable(f"HTTP error {exc.code} {exc.reason}", retry_after) from None
            raise InputError(url, f"HTTP error {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, AddressRefused):
                raise InputError(url, str(exc.reason)) from None
            if guard.expired:
                raise _Retryable(f"took longer than {self.timeout:g} s") from None
            raise _Retryable(f"cannot reach the server: {exc.reason}") from None
        except (TimeoutError, http.client.HTTPException, ConnectionError) as exc:
            raise _Retryable(f"download failed: {type(exc).__name__}: {exc}") from None
        except ValueError as exc:
            raise InputError(url, f"invalid URL: {exc}") from None


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


__all__ = ["USER_AGENT", "PoliteFetcher", "Response"]
