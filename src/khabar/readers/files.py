"""Files, directories, JSONL and standard input."""

from __future__ import annotations

import codecs
import itertools
import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from khabar.errors import InputError
from khabar.model import Document, ItemError
from khabar.readers.decode import decode_bytes, require_text
from khabar.readers.html import declared_charset, extract_html
from khabar.readers.meta import Metadata, MetadataProblem, json_type, make_document, metadata_from
from khabar.readers.options import ReadOptions
from khabar.readers.safety import (
    JsonTooDeep,
    display_path,
    load_json,
    require_unicode,
    source_id,
    unexpected_problem,
)

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_EXPECTED = ".txt, .html, .htm, .jsonl"
_LINE_CHUNK = 1 << 16

Item = Document | ItemError


def os_error_message(exc: OSError) -> str:
    """A short message for a failed file-system call (the origin is reported separately)."""
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return exc.strerror or f"{type(exc).__name__}: {exc}"


# --- paths -------------------------------------------------------------------------------------------


def iter_path(path: Path, options: ReadOptions, root: Path | None = None) -> Iterator[Item]:
    """Everything under one path named on the command line (a file or a directory).

    Article ids default to the path relative to the directory named (``root`` for a file met while
    walking one), so files of the same name in two folders are two articles.
    """
    origin = display_path(path)
    try:
        info = path.stat()
    except OSError as exc:
        yield ItemError(origin, os_error_message(exc))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from iter_directory(path, options)
        return
    suffix = path.suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        shown = f"'{path.suffix}'" if path.suffix else "(no extension)"
        yield ItemError(origin, f"unknown format {shown}; expected {_EXPECTED}")
        return
    yield from iter_file(path, options, root=root)


def iter_directory(root: Path, options: ReadOptions) -> Iterator[Item]:
    """Files with a known extension under ``root``, recursively, in sorted order; hidden ones skipped."""
    for entry in iter_directory_files(root, options):
        if isinstance(entry, ItemError):
            yield entry
        else:
            yield from iter_file(entry, options, root=root)


def iter_directory_files(root: Path, options: ReadOptions) -> Iterator[Path | ItemError]:
    """The paths :func:`iter_directory` reads, in the same order, without reading them (engines that
    shard the input plan with it)."""
    seen = {os.path.realpath(root)}  # guards against symlink loops when links are followed
    return _walk(root, options, seen)


def _walk(directory: Path, options: ReadOptions, seen: set[str]) -> Iterator[Path | ItemError]:
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        yield ItemError(display_path(directory), os_error_message(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
            is_file = entry.is_file(follow_symlinks=True)
            is_link = entry.is_symlink()
        except OSError as exc:
            yield ItemError(display_path(path), os_error_message(exc))
            continue
        relevant = is_dir or path.suffix.lower() in KNOWN_SUFFIXES
        if is_link and not options.follow_symlinks:
            if relevant:
                yield ItemError(display_path(path), "symbolic link skipped (following links is off)")
            continue
        if is_dir:
            real = os.path.realpath(path)
            if real in seen:
                continue
            seen.add(real)
            yield from _walk(path, options, seen)
        elif is_file and relevant:
            yield path
        elif is_link and relevant:
            yield ItemError(display_path(path), "broken symbolic link")
        elif relevant:  # a FIFO, socket or device with an article's extension: say so, never block on it
            yield ItemError(display_path(path), "not a regular file (a FIFO, socket or device)")


def iter_file(path: Path, options: ReadOptions, root: Path | None = None) -> Iterator[Item]:
    """One file of a known format; every problem becomes an ItemError naming the file (or line)."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from iter_jsonl_file(path, options, root=root)
        return
    try:
        yield read_single_file(path, options, html=suffix in HTML_SUFFIXES, root=root)
    except InputError as exc:
        yield ItemError(exc.origin, exc.message)
    except Exception as exc:  # whatever else goes wrong with one file stays that file's problem
        yield ItemError(display_path(path), unexpected_problem(exc))


def read_bounded(path: Path, origin: str, max_bytes: int) -> bytes:
    """The bytes of a regular file, after checking its size (before reading anything)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(origin, "not a regular file")
        if info.st_size > max_bytes:
            raise InputError(origin, f"too large ({info.st_size} bytes; the limit is {max_bytes})")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise InputError(origin, os_error_message(exc)) from None
    if len(data) > max_bytes:
        raise InputError(origin, f"too large (more than {max_bytes} bytes)")
    return data


def read_single_file(path: Path, options: ReadOptions, *, html: bool, root: Path | None = None) -> Document:
    """A ``.txt`` or ``.html`` file plus its optional sidecar ``.json`` (same stem)."""
    origin = display_path(path)
    default_id = source_id(path, root)
    data = read_bounded(path, origin, options.max_bytes)
    meta = read_sidecar(path, options)
    if html:
        text = decode_bytes(data, origin, declared=declared_charset(data))
        require_text(text, len(data), origin)
        article = extract_html(text, origin, url=meta.url)
        return make_document(default_id=default_id, raw=article.text, origin=origin, meta=meta, html=article)
    text = require_text(decode_bytes(data, origin), len(data), origin)
    return make_document(default_id=default_id, raw=text, origin=origin, meta=meta)


def read_sidecar(path: Path, options: ReadOptions) -> Metadata:
    """Metadata from ``<stem>.json`` next to ``path``, if that file exists."""
    sidecar = path.with_suffix(".json")
    try:
        if not sidecar.is_file():
            return Metadata()
    except OSError:
        return Metadata()
    origin = display_path(path)
    where = f"sidecar {display_path(sidecar.name)}"
    try:
        data = read_bounded(sidecar, origin, options.max_bytes)
        record = load_json(decode_bytes(data, origin))
    except InputError as exc:
        raise InputError(origin, f"{where}: {exc.message}") from None
    except json.JSONDecodeError as exc:
        raise InputError(origin, f"{where}: {_json_problem(exc)}") from None
    except JsonTooDeep as exc:
        raise InputError(origin, f"{where}: {exc}") from None
    if not isinstance(record, dict):
        raise InputError(origin, f"{where}: expected a JSON object, got {json_type(record)}")
    try:
        return metadata_from(record)
    except MetadataProblem as exc:
        raise InputError(origin, f"{where}: {exc}") from None


def _json_problem(exc: json.JSONDecodeError) -> str:
    return f"malformed JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"


# --- JSONL ------------------------------------------------------------------------------------------


def iter_jsonl_file(path: Path, options: ReadOptions, root: Path | None = None) -> Iterator[Item]:
    """One document per line of a JSONL file, streamed (the file as a whole is not size-limited)."""
    origin = display_path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # opening a FIFO would wait for a writer forever
            yield ItemError(origin, "not a regular file (a FIFO, socket or device)")
            return
        handle = path.open("rb")
    except OSError as exc:
        yield ItemError(origin, os_error_message(exc))
        return
    with handle:
        lines = bounded_lines(handle, options.max_bytes)
        yield from iter_jsonl_lines(lines, origin, source_id(path, root), options, report_empty=True)


def bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a binary stream (newline stripped); None stands for a line longer than ``max_bytes``."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if line.endswith(b"\n"):
            yield line[:-1]
        elif len(line) <= max_bytes:
            yield line  # the last line, without a newline
        else:
            # Skip the rest of the over-long line without holding it in memory.
            while line and not line.endswith(b"\n"):
                line = stream.readline(_LINE_CHUNK)
            yield None


def iter_jsonl_lines(
    lines: Iterable[bytes | None],
    origin: str,
    id_prefix: str,
    options: ReadOptions,
    first_line: int = 1,
    *,
    report_empty: bool | Callable[[], bool] = False,
) -> Iterator[Item]:
    """Documents from JSONL lines; a bad line gives an ItemError ``origin:line`` and reading goes on.

    ``first_line`` is the line number of the first line given (a shard may start inside a file).
    ``report_empty``: the lines are a whole file (or a function saying so, asked at the end), and a
    file without a single record is an error.
    """
    records = 0
    for number, line in enumerate(lines, start=first_line):
        line_origin = f"{origin}:{number}"
        if line is None:
            yield ItemError(line_origin, f"line too long (more than {options.max_bytes} bytes)")
            continue
        if number == 1:
            if line.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                yield ItemError(origin, "JSONL must be UTF-8 (found a UTF-16 byte-order mark)")
                return
            line = line.removeprefix(codecs.BOM_UTF8)
        if not line.strip():
            continue  # blank lines (such as a trailing one) are not records
        records += 1
        try:
            yield _jsonl_record(line, line_origin, f"{id_prefix}:{number}")
        except InputError as exc:
            yield ItemError(exc.origin, exc.message)
        except Exception as exc:  # one line's surprise stays that line's problem
            yield ItemError(line_origin, unexpected_problem(exc))
    if records == 0 and (report_empty() if callable(report_empty) else report_empty):
        yield ItemError(origin, "no JSONL records (the file is empty or has only blank lines)")


def _jsonl_record(line: bytes, origin: str, default_id: str) -> Document:
    try:
        text_line = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            origin, f"not valid UTF-8 text (byte 0x{line[exc.start]:02x} at offset {exc.start} of the line)"
        ) from None
    try:
        record: Any = load_json(text_line)
    except json.JSONDecodeError as exc:
        raise InputError(origin, f"malformed JSON ({exc.msg} at column {exc.colno})") from None
    except JsonTooDeep as exc:
        raise InputError(origin, str(exc)) from None
    if not isinstance(record, dict):
        raise InputError(origin, f"expected a JSON object, got {json_type(record)}")
    try:
        meta = metadata_from(record)
    except MetadataProblem as exc:
        raise InputError(origin, str(exc)) from None
    key = "text" if record.get("text") is not None else "html" if record.get("html") is not None else None
    if key is None:
        raise InputError(origin, "record has no 'text' or 'html' field")
    body = record[key]
    if not isinstance(body, str):
        raise InputError(origin, f"field {key!r} must be a string, not {json_type(body)}")
    if not body.strip():
        raise InputError(origin, f"field {key!r} is empty")
    require_unicode(body, origin, f"field {key!r}")
    if key == "html":
        article = extract_html(body, origin, url=meta.url)
        return make_document(default_id=default_id, raw=article.text, origin=origin, meta=meta, html=article)
    return make_document(default_id=default_id, raw=body, origin=origin, meta=meta)


# --- standard input -----------------------------------------------------------------------------------


def iter_stdin(stream: BinaryIO, options: ReadOptions) -> Iterator[Item]:
    """Standard input, sniffed: JSONL if the first line is a JSON object, HTML if it starts with ``<``."""
    origin = "-"
    try:
        first = stream.readline(options.max_bytes + 1)
        if _is_json_object_line(first):
            rest = bounded_lines(stream, options.max_bytes)
            yield from iter_jsonl_lines(
                itertools.chain([first.rstrip(b"\n")], rest), origin, "stdin", options
            )
            return
        data = first + stream.read(options.max_bytes + 1 - len(first))
    except OSError as exc:
        yield ItemError(origin, os_error_message(exc))
        return
    if len(data) > options.max_bytes:
        yield ItemError(origin, f"too large (more than {options.max_bytes} bytes)")
        return
    try:
        text = decode_bytes(data, origin, declared=declared_charset(data))
        require_text(text, len(data), origin, what="input")
        if text.lstrip().startswith("<"):
            article = extract_html(text, origin)
            yield make_document(
                default_id="stdin", raw=article.text, origin=origin, meta=Metadata(), html=article
            )
        else:
            yield make_document(default_id="stdin", raw=text, origin=origin, meta=Metadata())
    except InputError as exc:
        yield ItemError(exc.origin, exc.message)
    except Exception as exc:
        yield ItemError(origin, unexpected_problem(exc))


def _is_json_object_line(line: bytes) -> bool:
    stripped = line.removeprefix(codecs.BOM_UTF8).strip()
    if not stripped.startswith(b"{"):
        return False
    try:
        return isinstance(load_json(stripped.decode("utf-8")), dict)
    except JsonTooDeep:
        return True  # JSONL all the same: the line is reported as too deep, not read as text
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
