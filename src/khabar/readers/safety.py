"""Guards every reader shares: bounded JSON, printable origins, ids unique per source, junk detection.

Each function here keeps one bad item from reaching code that would crash on it: JSON nested deeper
than any metadata needs (``[[[[…]]]]`` makes the decoder recurse until the interpreter gives up), file
names that are not UTF-8 (they cannot be printed, stored in DuckDB or written to Parquet as they
are), and "articles" with no letters at all.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from khabar.errors import InputError

# Sidecars and JSONL records are flat objects; a few levels of nesting are plenty for any extension.
MAX_JSON_DEPTH = 32
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class JsonTooDeep(ValueError):
    """A JSON document nests arrays or objects deeper than :data:`MAX_JSON_DEPTH`."""


def json_depth(text: str) -> int:
    """The deepest nesting of arrays and objects in ``text`` (brackets inside strings ignored)."""
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH:
        return 0  # cannot be too deep: skip the scan for ordinary records
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    depth = deepest = 0
    for char in brackets:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def load_json(text: str) -> Any:
    """``json.loads`` with a nesting limit; raises :class:`JsonTooDeep` or ``json.JSONDecodeError``."""
    depth = json_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise JsonTooDeep(f"JSON nested {depth} levels deep (the limit is {MAX_JSON_DEPTH})")
    try:
        return json.loads(text)
    except RecursionError:  # belt and braces: the scan above should make this unreachable
        raise JsonTooDeep(f"JSON nested too deeply (the limit is {MAX_JSON_DEPTH})") from None


def printable(value: str) -> str:
    """``value`` with the undecodable bytes of a file name (surrogate escapes) shown as ``\\xNN``.

    Python keeps the bytes of a non-UTF-8 file name as lone surrogates; they cannot be encoded to
    UTF-8, so they would crash printing, DuckDB and Parquet. The path itself is kept for opening.
    """
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        pass
    try:
        return os.fsencode(value).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte (e.g. from a JSON "\ud800")
        return value.encode("utf-8", "backslashreplace").decode("utf-8")


def display_path(path: Path | str) -> str:
    """A path as text that can be printed and stored, whatever bytes its name has."""
    return printable(str(path))


def source_id(path: Path, root: Path | None) -> str:
    """The default article id of a file: its path relative to the input root, without the suffix.

    ``corpus/a/story.txt`` and ``corpus/b/story.txt`` under ``corpus`` become ``a/story`` and
    ``b/story``: two files are two articles. A file named on its own (no root) keeps its stem.
    """
    if root is not None:
        try:
            relative = path.relative_to(root)
        except ValueError:
            relative = Path(path.name)
    else:
        relative = Path(path.name)
    parts = [*relative.parent.parts, relative.stem] if relative.parent != Path(".") else [relative.stem]
    return printable("/".join(parts))


def has_letters(text: str) -> bool:
    """True if ``text`` has at least one letter in any script (an article, not only symbols)."""
    return any(char.isalpha() for char in text)


def require_letters(text: str, origin: str) -> None:
    """Refuse text without a single letter (punctuation, digits, emoji only): not an article."""
    if not has_letters(text):
        raise InputError(
            origin, "no letters in any script (only punctuation, digits or symbols): not an article"
        )


def unexpected_problem(exc: BaseException) -> str:
    """The message for an exception nobody expected while reading one item."""
    return f"could not be read ({type(exc).__name__}: {printable(str(exc))[:300]})"


def require_unicode(text: str, origin: str, what: str) -> None:
    """Refuse text with lone surrogates (a JSON ``"\\ud800"`` escape): it is not valid Unicode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            origin, f"{what} is not valid Unicode (a lone surrogate at character {exc.start})"
        ) from None
