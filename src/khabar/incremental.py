"""Incremental processing: what an input's output depends on, as one hash known before processing.

The output of the pipeline depends on the raw text, on the reader's metadata (id, URL, title, date,
language and outlet given by a sidecar, a JSONL record or an HTML page) and on the pipeline itself
(code, language packs, knowledge base). :func:`input_hash` digests all three, so a store that already
holds an article with the same input hash needs no pipeline run for it, and a change of any one
(a corrected title in a sidecar, a new khabar) is processed and applied.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from khabar.model import Document

# Files whose change can change the output: code and data of the package. The server, the CLI and
# the evaluation only present or judge the output.
_PACKAGE_DIR = Path(__file__).resolve().parent
_SKIPPED_DIRS = frozenset({"server", "evaluation", "__pycache__"})
_SKIPPED_FILES = frozenset({"cli.py", "incremental.py", "exports.py"})
_SUFFIXES = frozenset({".py", ".toml", ".json", ".tsv", ".csv", ".txt", ".yaml", ".yml"})


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """``<khabar version>+<digest of the package's code and data>`` (about 2 MB hashed once per process)."""
    from khabar import __version__

    digest = hashlib.sha256()
    for path in sorted(_PACKAGE_DIR.rglob("*")):
        relative = path.relative_to(_PACKAGE_DIR)
        if (
            not path.is_file()
            or path.suffix not in _SUFFIXES
            or _SKIPPED_DIRS.intersection(relative.parts[:-1])
            or (len(relative.parts) == 1 and relative.name in _SKIPPED_FILES)
        ):
            continue
        digest.update(relative.as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return f"{__version__}+{digest.hexdigest()[:16]}"


def input_hash(doc: Document, version: str | None = None) -> str:
    """The hash of what the output of ``doc`` depends on, computed from the reader's fields only."""
    fields = [
        version or pipeline_version(),
        doc.id,
        doc.url,
        doc.title,
        doc.hint_published,
        doc.hint_published_basis,
        doc.hint_lang,
        doc.hint_outlet,
    ]
    digest = hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8"))
    digest.update(b"\0")
    digest.update(doc.raw.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def stamp(doc: Document) -> Document:
    """Set ``doc.input_hash`` (before processing: later stages may fill fields the hash reads)."""
    if doc.input_hash is None:
        doc.input_hash = input_hash(doc)
    return doc


__all__ = ["input_hash", "pipeline_version", "stamp"]
