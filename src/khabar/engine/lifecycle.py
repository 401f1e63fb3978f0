"""Worker processes that never outlive the process that started them.

A worker of ``ingest --workers N`` holds the language resources (~250 MB) and may hold the store open;
if the parent is killed (SIGKILL, SIGTERM, a crash) the worker must go too. On Linux the kernel does it:
:func:`die_with_parent` asks for SIGKILL when the parent dies (``prctl(PR_SET_PDEATHSIG)``). In the
parent, :func:`sigterm_as_exit` turns SIGTERM into ``SystemExit`` so that ``finally`` blocks run (the
store is closed, pools are shut down) instead of the process vanishing mid-write.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int | None = None) -> bool:
    """Make the calling process receive SIGKILL when its parent dies (Linux); True if arranged.

    ``parent_pid`` is the pid the parent had when it started this process: if the parent died before
    the request took effect (the process was re-parented), the process exits at once.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(1)  # the parent is already gone: nobody will read our results
    return True


@contextmanager
def sigterm_as_exit() -> Iterator[None]:
    """While inside, SIGTERM raises ``SystemExit(143)`` in the main thread (cleanup runs); restored after.

    Outside the main thread (signals cannot be set there) it does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _exit(signum: int, _frame: Any) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, _exit)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def freeze_after_load() -> None:
    """Move every object alive now to the cyclic GC's permanent generation, which collections skip.

    Called by the process entry points khabar owns, right after they load the language resources (a
    worker of the local engine, the bench's measuring process): the resources (~134k tracked objects)
    live as long as the process, and the load leaves no cyclic garbage (``gc.collect()`` finds none),
    so nothing is lost, while each full collection would walk them all again (~0.07-0.1 s CPU; one falls
    in a worker's first articles). Never from the library API (``build_pipeline``, ``Resources.load``):
    it is a process-wide setting a library must not make for its caller.
    """
    gc.freeze()


__all__ = ["die_with_parent", "freeze_after_load", "sigterm_as_exit"]
