"""What keeps the server's doors shut: allowed Host names, a token for writes, one CSP for every HTML
response, and a bounded pool for the slow work (fetching URLs, analysing articles).

* **Host allow-list.** A browser page from anywhere can make a name it controls resolve to 127.0.0.1
  (DNS rebinding) and then talk to the API as if it were same-origin; its requests still carry its own
  name in ``Host``. Only the names the operator listed (loopback names by default) are served.
* **Token.** When the server listens beyond loopback, write endpoints want ``Authorization: Bearer
  <token>``.
* **CSP.** Every HTML response gets the UI's Content-Security-Policy (the page at ``/static/index.html``
  as much as ``/``); the API docs page gets the same policy plus the hash of its one inline script.
* **Bounded work.** Analysis and URL fetches run in their own small thread pools, never in the event
  loop or the pool that answers reads; a request beyond the pool's queue is refused with 503 at once,
  so a flood of slow requests cannot hold ``/api/health`` or the read API.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import ipaddress
import json
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from khabar.errors import KhabarError

T = TypeVar("T")

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
# The UI page may load nothing from anywhere but this server.
UI_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)


def is_loopback(host: str) -> bool:
    """True if listening on ``host`` is reachable from this machine only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The name part of a Host header (``[::1]:8000`` → ``::1``, ``Example.org:80`` → ``example.org``)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class HostGuardMiddleware:
    """Answers 400 to any request whose Host is not allowed (``*`` allows all, ``*.x.org`` a domain)."""

    def __init__(self, app: ASGIApp, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = {host_name(h) for h in allowed}

    def allows(self, header: str) -> bool:
        if "*" in self.allowed:
            return True
        name = host_name(header)
        if name in self.allowed:
            return True
        return any(a.startswith("*.") and name.endswith(a[1:]) for a in self.allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        header = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
        if self.allows(header):
            await self.app(scope, receive, send)
            return
        await _send_json(
            send,
            400,
            {
                "error": "Bad Request",
                "message": f"host {header!r} is not served here; allowed: {', '.join(sorted(self.allowed))} "
                "(the operator can add names: khabar serve --allowed-host NAME)",
            },
        )


def docs_csp(html: bytes) -> str:
    """The UI's policy, plus the hashes of the API docs page's inline script(s) and inline styles."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(m.group(1)).digest()).decode()}'"
        for m in _INLINE_SCRIPT.finditer(html)
    )
    # Swagger UI sets style attributes from JavaScript; scripts stay locked to this server and hashes.
    return UI_CSP.replace("script-src 'self'", f"script-src 'self' {hashes}").replace(
        "style-src 'self'", "style-src 'self' 'unsafe-inline'"
    )


class HtmlPolicyMiddleware:
    """Adds the UI's Content-Security-Policy (and nosniff) to every HTML response that has none."""

    def __init__(self, app: ASGIApp, policy: str = UI_CSP) -> None:
        self.app = app
        self.policy = policy.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_policy(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                names = {name.lower() for name, _ in headers}
                content_type = dict(headers).get(b"content-type", b"")
                if content_type.startswith(b"text/html") and b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", self.policy))
                if b"x-content-type-options" not in names:
                    headers.append((b"x-content-type-options", b"nosniff"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_policy)


async def _send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    data = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": data})


def token_matches(expected: str | None, authorization: str | None) -> bool:
    """True when no token is required, or ``Authorization: Bearer <token>`` carries the right one."""
    if not expected:
        return True
    if not authorization or not authorization.lower().startswith("bearer "):
        return False
    return hmac.compare_digest(authorization[7:].strip().encode(), expected.encode())


class BusyError(KhabarError):
    """Every slot of a bounded pool is taken: the request is refused now rather than queued forever."""


class BoundedPool:
    """A thread pool of ``workers`` threads that accepts at most ``workers + queue`` jobs at a time."""

    def __init__(self, name: str, workers: int, queue: int) -> None:
        self.name = name
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"khabar-{name}")
        self.slots = threading.BoundedSemaphore(workers + queue)

    async def run(self, func: Callable[..., T], *args: Any) -> T:
        if not self.slots.acquire(blocking=False):
            raise BusyError(f"the server is busy ({self.name}: every slot is taken); try again shortly")
        try:
            return await asyncio.get_running_loop().run_in_executor(self.executor, func, *args)
        finally:
            self.slots.release()

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


def allowed_hosts(listen_host: str, extra: Sequence[str] = ()) -> list[str]:
    """Loopback names, the address listened on (unless a wildcard), and the operator's names."""
    hosts = [*LOOPBACK_HOSTS, *extra]
    if listen_host not in ("0.0.0.0", "::", ""):
        hosts.append(listen_host)
    return list(dict.fromkeys(hosts))


__all__ = [
    "LOOPBACK_HOSTS",
    "UI_CSP",
    "BoundedPool",
    "BusyError",
    "HostGuardMiddleware",
    "HtmlPolicyMiddleware",
    "allowed_hosts",
    "docs_csp",
    "is_loopback",
    "token_matches",
]
