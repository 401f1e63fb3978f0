"""The HTTP API and web UI (`khabar serve`): FastAPI over the DuckDB store, served by uvicorn.

FastAPI and uvicorn are the ``server`` extra: this package imports them only when the app is made.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from khabar.server.app import create_app

        return create_app
    raise AttributeError(f"module 'khabar.server' has no attribute {name!r}")
