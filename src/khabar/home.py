"""Where khabar keeps what is not shipped with the package: the user's own actor files (``kb/``,
written by ``khabar kb import``) and caches (``cache/``).

One directory, ``$KHABAR_HOME``, else ``$XDG_DATA_HOME/khabar``, else ``~/.local/share/khabar``.
The knowledge base itself ships with the package (``khabar/kb/data``); set ``KHABAR_HOME`` to run
isolated from a user's own actors and caches (the test suite does).
"""

from __future__ import annotations

import os
from pathlib import Path


def khabar_home() -> Path:
    configured = os.environ.get("KHABAR_HOME")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "khabar"


def user_kb_dir() -> Path:
    """The user's actor files (read after the shipped ones): ``$KHABAR_HOME/kb``."""
    return khabar_home() / "kb"


def cache_dir() -> Path:
    """Caches, each keyed by the data and the code that built it: ``$KHABAR_HOME/cache``."""
    return khabar_home() / "cache"
