"""The HTTP API and web UI (`khabar serve`): FastAPI over the DuckDB store, served by uvicorn."""

from khabar.server.app import create_app

__all__ = ["create_app"]
