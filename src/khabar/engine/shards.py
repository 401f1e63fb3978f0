"""Resumable shards: plan the input into shards, process one shard into Parquet files plus a completion
marker, and merge finished shards into the DuckDB store.

Engine-agnostic: the Dask engine runs :func:`process_shard` on its workers, but anything that can call a
function can (a test calls it directly). The layout of a shard directory::

    SHARD_DIR/plan.json                       the shards of this job, in input order
    SHARD_DIR/shard-00012-<key>/<table>.parquet   one file per store table (``tables.SCHEMAS``) + errors
    SHARD_DIR/shard-00012-<key>/_SUCCESS.json     the completion marker, written last

A shard is written into a temporary directory and renamed into place only when every file, marker
included, is complete, so a crash leaves either a finished shard or nothing (plus a temporary directory
that the next run removes). A rerun skips every shard whose marker is there with the same key; the key is
a digest of the shard's pieces and of the size and modification time of the files they come from, so a
changed input file is processed again.

Shards are cut from files (one document per ``.txt``/``.html`` file) and from line ranges of JSONL
files, ``shard_size`` items each, following exactly the order and naming of
:func:`khabar.readers.iter_documents`: an engine's output does not depend on how the input was cut.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import stat
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from khabar.engine.budget import Budget
from khabar.errors import KhabarError
from khabar.model import Document, ItemError
from khabar.readers import ReadOptions
from khabar.readers.fetch import url_scheme
from khabar.readers.files import (
    JSONL_SUFFIXES,
    KNOWN_SUFFIXES,
    bounded_lines,
    iter_directory_files,
    iter_jsonl_lines,
    iter_path,
    os_error_message,
)
from khabar.readers.safety import display_path, printable, source_id
from khabar.store import Store
from khabar.store.duckdb_store import classify_batch
from khabar.store.tables import CHILD_TABLES, SCHEMAS, document_tables

PLAN_FILE = "plan.json"
MARKER_FILE = "_SUCCESS.json"
ERRORS_TABLE = "errors"
ERRORS_SCHEMA = pa.schema([("origin", pa.string()), ("message", pa.string())])
# Key prefix of the rows in the store's ``meta`` table that record which shards were merged.
_LEDGER_PREFIX = "merged_shard:"
_SCAN_CHUNK = 1 << 20

PipelineFn = Callable[[Document], Document]


class ShardError(KhabarError):
    """The input cannot be sharded (standard input, URLs) or a shard directory is unusable."""


# --- planning ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Piece:
    """One contiguous part of the input: a whole file, a range of JSONL lines, or an input error."""

    kind: Literal["file", "jsonl", "error"]
    path: str  # the origin as the reader names it (or the failing input, for an error)
    first_line: int = 1  # jsonl: number of the first line (1-based)
    offset: int = 0  # jsonl: byte offset of that line
    lines: int = 0  # jsonl: how many lines
    message: str = ""  # error: what is wrong
    root: str = ""  # the directory named in the input (ids are relative to it); "" for a file named alone


@dataclass(frozen=True, slots=True)
class ShardSpec:
    index: int
    pieces: tuple[Piece, ...]
    key: str  # digest of the pieces and of their files' sizes and modification times

    @property
    def name(self) -> str:
        return f"shard-{self.index:05d}-{self.key[:12]}"

    @property
    def items(self) -> int:
        return sum(p.lines if p.kind == "jsonl" else 1 for p in self.pieces)


@dataclass(slots=True)
class ShardPlan:
    shards: list[ShardSpec]

    @property
    def items(self) -> int:
        return sum(s.items for s in self.shards)


def plan_shards(inputs: Sequence[str], shard_size: int, options: ReadOptions) -> ShardPlan:
    """Cut the inputs into shards of about ``shard_size`` items (files or JSONL lines), in input order.

    Missing or unreadable inputs become error pieces, so they are reported where the local engine would
    report them. Standard input and URLs cannot be split across machines: :class:`ShardError`.
    """
    if shard_size < 1:
        raise ShardError(f"shard size must be at least 1, not {shard_size}")
    for value in inputs:
        if value == "-" or url_scheme(value) is not None:
            raise ShardError(
                f"{value}: the distributed engine reads files and directories only "
                "(save standard input or URLs to a file first, or use --engine local)"
            )
    builder = _ShardBuilder(shard_size)
    for value in inputs:
        for piece in _pieces_of_input(Path(value), shard_size, options):
            builder.add(piece)
    return ShardPlan(builder.finish())


def _pieces_of_input(path: Path, shard_size: int, options: ReadOptions) -> Iterator[Piece]:
    origin = display_path(path)
    try:
        info = path.stat()
    except OSError as exc:
        yield Piece("error", origin, message=os_error_message(exc))
        return
    if stat.S_ISDIR(info.st_mode):
        for entry in iter_directory_files(path, options):
            if isinstance(entry, ItemError):
                yield Piece("error", entry.origin, message=entry.message)
            else:
                yield from _pieces_of_file(entry, shard_size, root=str(path))
        return
    if path.suffix.lower() not in KNOWN_SUFFIXES:
        # Leave the message to the reader: the worker reports it exactly as the local engine does.
        yield Piece("file", origin)
        return
    yield from _pieces_of_file(path, shard_size)


def _pieces_of_file(path: Path, shard_size: int, root: str = "") -> Iterator[Piece]:
    if path.suffix.lower() not in JSONL_SUFFIXES:
        yield Piece("file", str(path), root=root)
        return
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # never open a FIFO: it would block the planner
            yield Piece("error", display_path(path), message="not a regular file (a FIFO, socket or device)")
            return
        starts = _line_starts(path)
    except OSError as exc:
        yield Piece("error", display_path(path), message=os_error_message(exc))
        return
    if not starts:
        message = "no JSONL records (the file is empty or has only blank lines)"
        yield Piece("error", display_path(path), message=message)
        return
    # One piece per shard_size lines; the builder may cut a piece again at a shard boundary.
    for first in range(0, len(starts), shard_size):
        count = min(shard_size, len(starts) - first)
        yield Piece("jsonl", str(path), first_line=first + 1, offset=starts[first], lines=count, root=root)


def _line_starts(path: Path) -> list[int]:
    """Byte offset of every line of a file (a last line without a newline counts when not empty)."""
    starts: list[int] = []
    position = 0
    pending = True  # a line starts at ``position``
    with path.open("rb") as handle:
        while chunk := handle.read(_SCAN_CHUNK):
            index = 0
            while True:
                if pending:
                    starts.append(position + index)
                    pending = False
                found = chunk.find(b"\n", index)
                if found < 0:
                    break
                index = found + 1
                pending = True
                if index == len(chunk):
                    break
            position += len(chunk)
    return starts


class _ShardBuilder:
    def __init__(self, shard_size: int) -> None:
        self.shard_size = shard_size
        self.shards: list[ShardSpec] = []
        self.current: list[Piece] = []
        self.filled = 0

    def add(self, piece: Piece) -> None:
        while piece.kind == "jsonl" and self.filled + piece.lines > self.shard_size:
            room = self.shard_size - self.filled
            head, piece = _split_jsonl(piece, room)
            self.current.append(head)
            self._close()
        if piece.kind != "jsonl" or piece.lines:
            self.current.append(piece)
            self.filled += piece.lines if piece.kind == "jsonl" else 1
        if self.filled >= self.shard_size:
            self._close()

    def _close(self) -> None:
        if self.current:
            pieces = tuple(self.current)
            self.shards.append(ShardSpec(len(self.shards), pieces, _shard_key(pieces)))
        self.current = []
        self.filled = 0

    def finish(self) -> list[ShardSpec]:
        self._close()
        return self.shards


def _split_jsonl(piece: Piece, lines: int) -> tuple[Piece, Piece]:
    """The first ``lines`` lines of a JSONL piece and the rest (offsets found by reading the lines)."""
    with open(piece.path, "rb") as handle:
        handle.seek(piece.offset)
        for _ in range(lines):
            handle.readline()
        offset = handle.tell()
    head = Piece("jsonl", piece.path, piece.first_line, piece.offset, lines, root=piece.root)
    tail = Piece("jsonl", piece.path, piece.first_line + lines, offset, piece.lines - lines, root=piece.root)
    return head, tail


def _shard_key(pieces: Sequence[Piece]) -> str:
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(json.dumps(asdict(piece), sort_keys=True).encode())
        if piece.kind != "error":
            try:
                info = os.stat(piece.path)
                digest.update(f"{info.st_size}:{info.st_mtime_ns}".encode())
            except OSError:
                digest.update(b"missing")
    return digest.hexdigest()


def write_plan(plan: ShardPlan, shard_dir: Path) -> None:
    """Record the plan (shard names in input order), replacing an earlier one atomically."""
    shard_dir.mkdir(parents=True, exist_ok=True)
    payload = {
        "shards": [{"name": s.name, "key": s.key, "items": s.items} for s in plan.shards],
        "written_at": datetime.now(UTC).isoformat(),
    }
    _write_json_atomically(shard_dir / PLAN_FILE, payload)


def read_plan(shard_dir: Path) -> list[dict[str, Any]]:
    path = shard_dir / PLAN_FILE
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        return list(payload["shards"])
    except FileNotFoundError:
        raise ShardError(f"{shard_dir}: no {PLAN_FILE}; not a shard directory written by khabar") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ShardError(f"{path}: unreadable shard plan ({exc})") from None


def _write_json_atomically(path: Path, payload: Any) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(json.dumps(payload, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def remove_stale_temporaries(shard_dir: Path) -> int:
    """Delete the temporary directories that crashed attempts left (call when no shard is running)."""
    removed = 0
    if shard_dir.is_dir():
        for entry in shard_dir.iterdir():
            if entry.name.startswith(".shard-") and entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
                removed += 1
    return removed


# --- one shard -------------------------------------------------------------------------------------------


def is_complete(shard_dir: Path, spec: ShardSpec) -> bool:
    marker = read_marker(shard_dir / spec.name)
    return marker is not None and marker.get("key") == spec.key


def read_marker(path: Path) -> dict[str, Any] | None:
    try:
        marker = json.loads((path / MARKER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return marker if isinstance(marker, dict) else None


def read_shard(spec: ShardSpec, options: ReadOptions) -> Iterator[Document | ItemError]:
    """The documents (and item errors) of one shard, as :func:`iter_documents` gives them."""
    for piece in spec.pieces:
        if piece.kind == "error":
            yield ItemError(piece.path, piece.message)
        elif piece.kind == "file":
            yield from iter_path(Path(piece.path), options, root=Path(piece.root) if piece.root else None)
        else:
            yield from _read_jsonl_piece(piece, options)


def _read_jsonl_piece(piece: Piece, options: ReadOptions) -> Iterator[Document | ItemError]:
    path = Path(piece.path)
    origin = display_path(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ItemError(origin, os_error_message(exc))
        return
    with handle:
        handle.seek(piece.offset)
        lines = islice(bounded_lines(handle, options.max_bytes), piece.lines)
        prefix = source_id(path, Path(piece.root) if piece.root else None)

        def whole_file() -> bool:  # asked at the end: a file of blank lines is reported as locally
            return piece.first_line == 1 and not handle.read(1)

        yield from iter_jsonl_lines(
            lines, origin, prefix, options, first_line=piece.first_line, report_empty=whole_file
        )


@dataclass(slots=True)
class ShardResult:
    name: str
    skipped: bool  # already complete: nothing was done
    articles: int = 0
    errors: int = 0
    seconds: float = 0.0
    host: str = ""
    pid: int = 0


def process_shard(
    spec: ShardSpec,
    shard_dir: Path,
    get_pipeline: Callable[[], PipelineFn],
    options: ReadOptions,
    budget: Budget | None = None,
) -> ShardResult:
    """Process one shard and write it (Parquet tables + marker), unless it is already complete.

    ``get_pipeline`` returns the per-document function; it is called once, at the first document, so
    a worker that only meets finished shards (or only bad input) loads nothing.
    """
    from khabar.engine.local import _process_one  # the same per-document error isolation

    final = shard_dir / spec.name
    if is_complete(shard_dir, spec):
        return ShardResult(spec.name, skipped=True)
    started = time.perf_counter()
    run: PipelineFn | None = None
    docs: list[Document] = []
    errors: list[ItemError] = []
    for item in read_shard(spec, options):
        if isinstance(item, ItemError):
            errors.append(item)
            continue
        if run is None:
            run = get_pipeline()
        outcome = _process_one(run, item, budget)
        if isinstance(outcome, ItemError):
            errors.append(outcome)
        else:
            docs.append(outcome)
    tables, table_errors = _tables_isolating_failures(docs)
    errors.extend(table_errors)
    articles = tables["articles"].num_rows
    result = ShardResult(
        spec.name,
        skipped=False,
        articles=articles,
        errors=len(errors),
        seconds=time.perf_counter() - started,
        host=socket.gethostname(),
        pid=os.getpid(),
    )
    tmp = shard_dir / f".{spec.name}.{uuid.uuid4().hex}"
    tmp.mkdir(parents=True)
    try:
        for name, table in tables.items():
            pq.write_table(table, tmp / f"{name}.parquet")
        error_rows = [{"origin": printable(e.origin), "message": printable(e.message)} for e in errors]
        pq.write_table(
            pa.Table.from_pylist(error_rows, schema=ERRORS_SCHEMA), tmp / f"{ERRORS_TABLE}.parquet"
        )
        marker = {"key": spec.key, "articles": articles, "errors": len(errors), **_provenance(result)}
        (tmp / MARKER_FILE).write_text(json.dumps(marker), encoding="utf-8")
        _publish(tmp, final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return result


def _provenance(result: ShardResult) -> dict[str, Any]:
    return {"seconds": round(result.seconds, 3), "host": result.host, "pid": result.pid}


def _publish(tmp: Path, final: Path) -> None:
    """Move a finished shard into place; a complete copy already there (a duplicate attempt) wins."""
    try:
        os.rename(tmp, final)
        return
    except OSError:
        pass
    if read_marker(final) is not None:
        return  # another attempt of the same shard finished first: keep it
    shutil.rmtree(final, ignore_errors=True)  # a partial leftover from before the marker scheme
    os.rename(tmp, final)


def _tables_isolating_failures(docs: list[Document]) -> tuple[dict[str, pa.Table], list[ItemError]]:
    """Arrow tables of the documents; a document whose rows cannot be built becomes an error."""
    try:
        return document_tables(docs), []
    except Exception:
        good: list[Document] = []
        errors: list[ItemError] = []
        for doc in docs:
            try:
                document_tables([doc])
                good.append(doc)
            except Exception as exc:
                errors.append(ItemError(doc.origin or doc.id, f"could not be stored: {exc}"))
        return document_tables(good), errors


# --- merging ----------------------------------------------------------------------------------------------


@dataclass(slots=True)
class MergeResult:
    shards: int = 0  # shards merged in this call
    already_merged: int = 0  # skipped: merged before with the same content
    incomplete: list[str] = field(default_factory=list)  # planned but not finished
    stored: int = 0
    unchanged: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (origin, message), not stored


def merge_shards(shard_dir: Path, store: Store, *, force: bool = False) -> MergeResult:
    """Load every finished shard of the plan into the store, in plan order; safe to repeat.

    The rules are those of :meth:`Store.write`: an article whose raw text is already stored is left
    alone (unless ``force``), an id stored with other content is replaced. A shard recorded as merged
    (same key) is skipped at once; its errors are recorded in ``ingest_errors`` only the first time.
    """
    result = MergeResult()
    ledger = _ledger(store)
    for entry in read_plan(shard_dir):
        name, key = str(entry["name"]), str(entry["key"])
        path = shard_dir / name
        marker = read_marker(path)
        if marker is None or marker.get("key") != key:
            result.incomplete.append(name)
            continue
        if ledger.get(name) == key and not force:
            result.already_merged += 1
            continue
        tables = {n: pq.read_table(path / f"{n}.parquet", schema=schema) for n, schema in SCHEMAS.items()}
        stored, unchanged, duplicates = _merge_tables(store, tables, force=force)
        errors = pq.read_table(path / f"{ERRORS_TABLE}.parquet", schema=ERRORS_SCHEMA).to_pylist()
        pairs = [(row["origin"], row["message"]) for row in errors]
        store.record_errors(pairs + duplicates)  # a pair recorded before is not added again
        store.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [f"{_LEDGER_PREFIX}{name}", key])
        result.shards += 1
        result.stored += stored
        result.unchanged += unchanged
        result.errors.extend(pairs)
        result.duplicates.extend(duplicates)
    return result


def _ledger(store: Store) -> dict[str, str]:
    rows = store.con.execute(
        "SELECT key, value FROM meta WHERE starts_with(key, ?)", [_LEDGER_PREFIX]
    ).fetchall()
    return {key.removeprefix(_LEDGER_PREFIX): value for key, value in rows}


def _merge_tables(
    store: Store, tables: dict[str, pa.Table], *, force: bool
) -> tuple[int, int, list[tuple[str, str]]]:
    """Insert one shard's rows with Store.write's rules; returns the stored and unchanged article
    counts and the (origin, message) of each duplicate left out."""
    articles = tables["articles"]
    ids = articles.column("id").to_pylist()
    hashes = articles.column("content_hash").to_pylist()
    origins = articles.column("origin").to_pylist()
    plan = classify_batch(ids, hashes, store.stored_hashes(hashes) if hashes else {}, force=force)
    duplicates = [(origins[i] or ids[i], message) for i, message in plan.duplicates]
    keep = plan.todo
    if not keep:
        return 0, len(plan.unchanged), duplicates
    kept_ids = [ids[i] for i in keep]
    selected = {"articles": articles.take(pa.array(keep, pa.int64()))}
    id_set = pa.array(kept_ids, pa.string())
    for name in CHILD_TABLES:
        table = tables[name]
        mask = pc.is_in(table.column("article_id"), value_set=id_set)
        selected[name] = table.filter(mask)
    store.insert_tables(selected, replace_ids=kept_ids)
    return len(keep), len(plan.unchanged), duplicates


__all__ = [
    "ERRORS_SCHEMA",
    "MARKER_FILE",
    "PLAN_FILE",
    "MergeResult",
    "Piece",
    "ShardError",
    "ShardPlan",
    "ShardResult",
    "ShardSpec",
    "is_complete",
    "merge_shards",
    "plan_shards",
    "process_shard",
    "read_plan",
    "read_shard",
    "remove_stale_temporaries",
    "write_plan",
]
