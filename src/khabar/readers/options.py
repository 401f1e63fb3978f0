"""Options shared by every reader."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Limits for reading input.

    ``max_bytes`` bounds one file, one URL body and one JSONL line (a JSONL file as a whole may be
    larger: it is streamed line by line). ``url_timeout`` bounds one URL in all (connecting, headers,
    body, redirects), not each read. ``follow_symlinks`` applies to symbolic links met while walking a
    directory; a path named explicitly is always followed. ``public_only`` refuses URLs whose host
    resolves to a loopback, private, link-local or otherwise non-public address, checked at every
    connection (redirects included) — what a server fetching URLs for its clients needs.
    """

    max_bytes: int = 20_000_000
    url_timeout: float = 20.0
    follow_symlinks: bool = False
    public_only: bool = False
