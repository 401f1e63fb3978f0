"""Accuracy floors: a checked-in TOML file of minimum scores that CI enforces.

Format (``eval/floors.toml``)::

    [floors]
    "events.lenient.f1.all" = 0.25  # lenient event F1, all languages

Raising a floor is editing one number (or ``khabar eval … --update-floors``, which raises every floor
to the current score and never lowers one). Lowering a floor needs ``--lower-floor METRIC=VALUE
--reason "…"``, which rewrites that one line and appends the reason as a comment; without a reason it
is refused. A floor applies to a run only when the run measured its metric (the GSR metrics need
``--plover-gsr``); an unmeasured value (no gold of that kind matched) counts as 0.0.
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
_LINE = re.compile(r'^(?P<indent>\s*)"(?P<key>[^"]+)"\s*=\s*(?P<value>[-+0-9.eE]+)\s*(?P<comment>#.*)?$')


@dataclass(frozen=True, slots=True)
class Violation:
    metric: str
    floor: float
    value: float | None

    def __str__(self) -> str:
        shown = "unmeasured" if self.value is None else f"{self.value:.4f}"
        return f"{self.metric} = {shown} is below its floor {self.floor:.4f}"


def load_floors(path: str | Path) -> dict[str, float]:
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
    out: dict[str, float] = {}
    for key, value in floors.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
            raise EvaluationError(f"{path}: floor {key!r} must be a number in [0, 1], got {value!r}")
        out[key] = float(value)
    return out


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


def _rewrite(path: Path, changes: Mapping[str, tuple[float, str | None]]) -> None:
    """Replace the value (and, when given, append to the comment) of each changed metric's line."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    seen: set[str] = set()
    for i, line in enumerate(lines):
        match = _LINE.match(line.rstrip("\n"))
        if not match or match["key"] not in changes:
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
        raise EvaluationError(f"{path}: no line for {missing}; add it by hand under [floors]")
    path.write_text("".join(lines), encoding="utf-8")


def update_floors(path: str | Path, metrics: Mapping[str, float | None]) -> list[tuple[str, float, float]]:
    """Raise every floor below the current score to that score (rounded down); never lower one.

    Returns ``(metric, old, new)`` for each raised floor.
    """
    path = Path(path)
    floors = load_floors(path)
    raised = []
    for metric, floor in sorted(floors.items()):
        value = metrics.get(metric)
        if value is None:
            continue
        new = _round_down(value)
        if new > floor:
            raised.append((metric, floor, new))
    if raised:
        _rewrite(path, {metric: (new, None) for metric, _, new in raised})
    return raised


def lower_floor(path: str | Path, metric: str, value: float, reason: str | None) -> float:
    """Lower one floor to ``value``, recording ``reason`` in the file. Returns the old floor."""
    path = Path(path)
    if not reason or not reason.strip():
        raise EvaluationError(f'lowering the floor of {metric} needs a reason (--reason "…")')
    floors = load_floors(path)
    if metric not in floors:
        raise EvaluationError(f"{path}: no floor named {metric!r}")
    old = floors[metric]
    if not 0.0 <= value < old:
        raise EvaluationError(
            f"{metric}: {value} is not a lower floor than {old} (raise floors by editing the file)"
        )
    _rewrite(path, {metric: (value, f"lowered from {_format(old)}: {reason.strip()}")})
    return old
