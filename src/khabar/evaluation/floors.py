"""Accuracy floors: a checked-in TOML file of minimum scores that CI enforces.

Format (``eval/floors.toml``)::

    [floors]
    "events.lenient.f1.all" = 0.25  # lenient event F1, all languages

Raising a floor is editing one number (or ``khabar eval … --update-floors``, which raises every floor
to the current score and never lowers one). Lowering a floor needs ``--lower-floor METRIC=VALUE
--reason "…"``, which rewrites that one line and appends the reason as a comment; without a reason it
is refused. A floor applies to a run only when the run measured its metric (the GSR metrics need
``--plover-gsr``); an unmeasured value (no gold of that kind matched) counts as 0.0.

Several gold sets: a gold set is named by the directory of its gold file (``corpus/dev2/gold.jsonl``
is ``dev2``). ``[floors.<set>]`` holds the floors of that set; ``[floors]`` itself holds those of
``corpus/dev`` and of any gold set without a table of its own (and the PLOVER GSR floors)::

    [floors]
    "events.strict.f1.hi" = 0.847
    [floors.dev2]
    "events.strict.f1.hi" = 0.650

``add_table`` writes a new set's table at its current scores (``khabar eval … --add-floors``).
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from khabar.evaluation.types import EvaluationError

# Floors are stored rounded down to this many decimals, so float noise never fails the gate.
DECIMALS = 3
_HEADER = re.compile(r"^\s*\[(?P<name>[^\]]+)\]\s*(#.*)?$")
DEFAULT_TABLE = ""  # the [floors] table itself
DEFAULT_SET = "dev"  # the gold set (corpus/dev) whose floors the [floors] table holds
_LINE = re.compile(r'^(?P<indent>\s*)"(?P<key>[^"]+)"\s*=\s*(?P<value>[-+0-9.eE]+)\s*(?P<comment>#.*)?$')


@dataclass(frozen=True, slots=True)
class Violation:
    metric: str
    floor: float
    value: float | None

    def __str__(self) -> str:
        shown = "unmeasured" if self.value is None else f"{self.value:.4f}"
        return f"{self.metric} = {shown} is below its floor {self.floor:.4f}"


def load_floor_tables(path: str | Path) -> dict[str, dict[str, float]]:
    """Every table of a floors file: ``""`` → the ``[floors]`` floors, set name → ``[floors.<set>]``."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read floors file: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise EvaluationError(f"{path}: not valid TOML: {exc}") from exc
    floors = data.get("floors")
    if not isinstance(floors, dict):
        raise EvaluationError(f"{path}: no [floors] table")
    tables: dict[str, dict[str, float]] = {DEFAULT_TABLE: {}}
    for key, value in floors.items():
        if isinstance(value, dict):
            table = tables.setdefault(key, {})
            for metric, number in value.items():
                table[metric] = _number(path, f"{key}.{metric}", number)
        else:
            tables[DEFAULT_TABLE][key] = _number(path, key, value)
    return tables


def _number(path: Path, key: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
        raise EvaluationError(f"{path}: floor {key!r} must be a number in [0, 1], got {value!r}")
    return float(value)


def table_for(tables: Mapping[str, Mapping[str, float]], gold_set: str) -> str:
    """The table that holds the floors of the gold set ``gold_set``: its own, else ``[floors]``."""
    return gold_set if gold_set != DEFAULT_SET and gold_set in tables else DEFAULT_TABLE


def load_floors(path: str | Path, table: str = DEFAULT_TABLE) -> dict[str, float]:
    """The floors of one table (default: ``[floors]``); an unknown set gives the ``[floors]`` ones."""
    tables = load_floor_tables(path)
    return dict(tables[table_for(tables, table)])


def check_floors(metrics: Mapping[str, float | None], floors: Mapping[str, float]) -> list[Violation]:
    """Floors broken by ``metrics`` (a report's ``.metrics``); floors of unmeasured metrics are skipped."""
    violations = []
    for metric, floor in sorted(floors.items()):
        if metric not in metrics:
            continue
        value = metrics[metric]
        if (value or 0.0) + 1e-9 < floor:
            violations.append(Violation(metric, floor, value))
    return violations


def unmeasured(metrics: Mapping[str, float | None], floors: Mapping[str, float]) -> list[str]:
    """Floors whose metric this run did not produce (so they were not checked)."""
    return sorted(m for m in floors if m not in metrics)


def _round_down(value: float) -> float:
    scale: int = 10**DECIMALS
    return math.floor(value * scale + 1e-9) / scale


def _format(value: float) -> str:
    return f"{value:.{DECIMALS}f}"


def _table_name(header: str) -> str | None:
    """``floors`` → ``""``, ``floors.dev2`` / ``floors."dev2"`` → ``dev2``; another table → None."""
    if header.strip() == "floors":
        return DEFAULT_TABLE
    head, dot, rest = header.strip().partition(".")
    return rest.strip().strip('"') if head.strip() == "floors" and dot else None


def _rewrite(
    path: Path, changes: Mapping[str, tuple[float, str | None]], table: str = DEFAULT_TABLE
) -> None:
    """Replace the value (and, when given, append to the comment) of each changed metric's line of
    the table ``table``."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    seen: set[str] = set()
    current: str | None = None
    for i, line in enumerate(lines):
        header = _HEADER.match(line.rstrip("\n"))
        if header:
            current = _table_name(header["name"])
            continue
        match = _LINE.match(line.rstrip("\n"))
        if current != table or not match or match["key"] not in changes:
            continue
        value, note = changes[match["key"]]
        comment = match["comment"] or ""
        if note:
            comment = f"{comment} | {note}" if comment else f"# {note}"
        new = f'{match["indent"]}"{match["key"]}" = {_format(value)}'
        lines[i] = (f"{new}  {comment}" if comment else new) + "\n"
        seen.add(match["key"])
    missing = sorted(set(changes) - seen)
    if missing:
        where = f"[floors.{table}]" if table else "[floors]"
        raise EvaluationError(f"{path}: no line for {missing}; add it by hand under {where}")
    path.write_text("".join(lines), encoding="utf-8")


def update_floors(
    path: str | Path, metrics: Mapping[str, float | None], table: str = DEFAULT_TABLE
) -> list[tuple[str, float, float]]:
    """Raise every floor of ``table`` below the current score to that score (rounded down); never
    lower one.

    Returns ``(metric, old, new)`` for each raised floor.
    """
    path = Path(path)
    tables = load_floor_tables(path)
    if table not in tables:
        raise EvaluationError(f"{path}: no [floors.{table}] table")
    floors = tables[table]
    raised = []
    for metric, floor in sorted(floors.items()):
        value = metrics.get(metric)
        if value is None:
            continue
        new = _round_down(value)
        if new > floor:
            raised.append((metric, floor, new))
    if raised:
        _rewrite(path, {metric: (new, None) for metric, _, new in raised}, table)
    return raised


def add_table(
    path: str | Path,
    gold_set: str,
    metrics: Mapping[str, float | None],
    keys: list[str],
    comment: str = "",
) -> list[str]:
    """Append a ``[floors.<gold_set>]`` table with a floor for each measured metric of ``keys`` at
    its current score (rounded down). Returns the metrics written; refuses an existing table."""
    path = Path(path)
    if not re.fullmatch(r"[A-Za-z0-9_-]+", gold_set):
        raise EvaluationError(f"gold set name {gold_set!r} cannot name a floors table")
    if gold_set == DEFAULT_SET or gold_set in load_floor_tables(path):
        raise EvaluationError(f"{path}: [floors.{gold_set}] exists; raise it with --update-floors")
    written = [k for k in keys if metrics.get(k) is not None]
    lines = ["", *(f"# {line}" for line in comment.splitlines() if comment), f"[floors.{gold_set}]"]
    lines += [f'"{k}" = {_format(_round_down(metrics[k] or 0.0))}' for k in written]
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n" + "\n".join(lines) + "\n"
    path.write_text(text, encoding="utf-8")
    return written


def lower_floor(
    path: str | Path, metric: str, value: float, reason: str | None, table: str = DEFAULT_TABLE
) -> float:
    """Lower one floor to ``value``, recording ``reason`` in the file. Returns the old floor.
    ``metric`` may name its table as ``dev2:events.strict.f1.hi``."""
    path = Path(path)
    if not reason or not reason.strip():
        raise EvaluationError(f'lowering the floor of {metric} needs a reason (--reason "…")')
    if ":" in metric:
        table, _, metric = metric.partition(":")
    tables = load_floor_tables(path)
    if table not in tables:
        raise EvaluationError(f"{path}: no [floors.{table}] table")
    floors = tables[table]
    if metric not in floors:
        raise EvaluationError(f"{path}: no floor named {metric!r}")
    old = floors[metric]
    if not 0.0 <= value < old:
        raise EvaluationError(
            f"{metric}: {value} is not a lower floor than {old} (raise floors by editing the file)"
        )
    _rewrite(path, {metric: (value, f"lowered from {_format(old)}: {reason.strip()}")}, table)
    return old
