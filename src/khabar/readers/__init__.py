"""Input readers: files, directories, JSONL, standard input and URLs → :class:`~khabar.model.Document`.

:func:`iter_documents` yields one Document per article or one :class:`~khabar.model.ItemError` per bad
item (missing file, undecodable or binary bytes, empty file, malformed JSONL line, HTTP failure, …) and
goes on with the rest; it never raises for bad input. The raw text is kept exactly as decoded (line
endings untouched, only a byte-order mark dropped). For HTML the raw text is the article text that
trafilatura extracts, not the markup.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from khabar.errors import InputError
from khabar.model import Document, ItemError
from khabar.readers.fetch import fetch_document, url_scheme
from khabar.readers.files import KNOWN_SUFFIXES, iter_path, iter_stdin
from khabar.readers.options import ReadOptions
from khabar.readers.safety import printable, unexpected_problem

__all__ = ["DEFAULT_OPTIONS", "KNOWN_SUFFIXES", "ReadOptions", "iter_documents"]

# Immutable (frozen), so sharing one default instance is safe.
DEFAULT_OPTIONS = ReadOptions()


def iter_documents(
    inputs: Sequence[str], options: ReadOptions = DEFAULT_OPTIONS, stdin: BinaryIO | None = None
) -> Iterator[Document | ItemError]:
    """Read every input in order: paths (files or directories, recursively), ``-`` or http(s) URLs.

    ``stdin`` is the byte stream read for ``-`` (default: ``sys.stdin.buffer``).
    """
    for value in inputs:
        if value == "-":
            yield from iter_stdin(stdin if stdin is not None else sys.stdin.buffer, options)
        elif url_scheme(value) is not None:
            try:
                yield fetch_document(value, options)
            except InputError as exc:
                yield ItemError(exc.origin, exc.message)
            except Exception as exc:  # one URL's surprise stays that URL's problem
                yield ItemError(printable(value), unexpected_problem(exc))
        else:
            yield from iter_path(Path(value), options)
