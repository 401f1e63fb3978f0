"""Persistent storage of processed articles."""

from khabar.store.duckdb_store import SCHEMA_VERSION, Store, WriteResult

__all__ = ["SCHEMA_VERSION", "Store", "WriteResult"]
