"""Fetching ``http://`` and ``https://`` URLs with the standard library (no extra dependency)."""

from __future__ import annotations

import http.client
import re
import socket
import urllib.error
import urllib.request
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


def fetch_document(url: str, options: ReadOptions) -> Document:
    """Download one article; every failure is an :class:`InputError` naming the URL and the reason."""
    scheme = url_scheme(url)
    if scheme not in ALLOWED_SCHEMES:
        raise InputError(url, f"unsupported URL scheme '{scheme}'; only http:// and https:// are read")
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": _USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        },
    )
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
        raise InputError(url, _reason(exc.reason, options)) from None
    except TimeoutError:
        raise InputError(url, f"timed out after {options.url_timeout:g} s") from None
    except (http.client.HTTPException, OSError) as exc:
        raise InputError(url, f"download failed: {type(exc).__name__}: {exc}") from None
    except ValueError as exc:  # malformed URL (e.g. a bad port)
        raise InputError(url, f"invalid URL: {exc}") from None
    if len(body) > options.max_bytes:
        raise InputError(url, f"response too large (more than {options.max_bytes} bytes)")
    return _to_document(url, final_url, content_type, charset, body)


def _reason(reason: object, options: ReadOptions) -> str:
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
