"""Watching news feeds and sitemaps: ``khabar watch`` (fetch politely, skip what is stored, ingest)."""
