"""Opening the DuckDB file when other processes use it too.

DuckDB lets one process write a file, or any number of processes read it, never both at once; a
second process gets "Could not set lock on file …" at once rather than waiting. khabar's processes
hold the file only briefly (the server opens it per request, ``khabar ingest`` per batch it writes),
so :func:`connect` waits for the lock with a short backoff, and when it cannot get it in time raises
a :class:`~khabar.errors.StoreError` that names the process holding it and says what to do.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import duckdb

from khabar.errors import StoreError

_PID = re.compile(r"\(PID (\d+)\)")


def is_lock_error(exc: BaseException) -> bool:
    text = str(exc)
    return "Could not set lock" in text or "Conflicting lock" in text


def _holder(exc: BaseException) -> str:
    match = _PID.search(str(exc))
    if not match:
        return "another process"
    pid = match.group(1)
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        command = ""
    command = command.strip()
    if len(command) > 120:
        command = command[:117] + "…"
    return f"process {pid}" + (f" ({command})" if command else "")


def lock_message(path: str, exc: BaseException, *, read_only: bool, waited: float) -> str:
    action = "read" if read_only else "write to"
    return (
        f"{path}: cannot {action} the store: {_holder(exc)} has it open (waited {waited:.0f} s). "
        "khabar's own server and ingest hold it only for a moment, so this process holds it for "
        "longer (an older `khabar serve`? a notebook?): wait for it to finish or stop it, then run "
        "this again"
    )


def connect(path: str, *, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """A connection to ``path``, waiting up to ``wait`` seconds for another process's lock."""
    started = time.monotonic()
    delay = 0.01
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            waited = time.monotonic() - started
            if not is_lock_error(exc):
                raise StoreError(f"{path}: cannot open the store: {exc}") from exc
            if waited >= wait:
                raise StoreError(lock_message(path, exc, read_only=read_only, waited=waited)) from None
            time.sleep(min(delay, max(wait - waited, 0.001)))
            delay = min(delay * 2, 0.25)


__all__ = ["connect", "is_lock_error", "lock_message"]
