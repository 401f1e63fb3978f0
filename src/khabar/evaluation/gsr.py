"""The PLOVER gold-standard records (``corpus/plover_gsr_dev.jsonl``): single English sentences, each
with one gold PLOVER event and its source and target actors as country codes.

Scored per sentence: the predicted event taken is the most confident one (the first on ties);
type accuracy = its PLOVER type equals the gold's (old v0.5b1 names renamed, see event_types.toml);
source / target accuracy = the predicted actor's ``country`` (or the first three letters of its
``actor_code``, for IGO/NGO-style codes; "IGO"/"NGO" for an organisation of that sector, as the
GSR codes them) is one of the gold actor codes; measured over the records
whose gold has such an actor. A sentence with no predicted event counts as wrong on every measure.

Each actor miss is also put in one error class (``ACTOR_ERROR_CLASSES``), so a report says whether
the losses come from finding no event, leaving the slot empty, an actor of unknown country or the
wrong actor.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.errors import InputError, KhabarError
from khabar.evaluation.gold import numbered_lines
from khabar.evaluation.scoring import NONE_LABEL, Ratio
from khabar.evaluation.types import EventTypeTables, load_event_types

SentencePredictor = Callable[[str], Mapping[str, Any]]

# Why an actor slot was scored wrong, in the order a pipeline would fix them
NO_EVENT = "no event"  # nothing predicted for the sentence
EMPTY_SLOT = "empty slot"  # the top event has no actor on that side
NO_COUNTRY = "actor without country"  # an actor was found but has no country or IGO/NGO code
WRONG_ACTOR = "other country"  # an actor of another country (often another entity of the sentence)
ACTOR_ERROR_CLASSES = (NO_EVENT, EMPTY_SLOT, NO_COUNTRY, WRONG_ACTOR)


@dataclass(frozen=True, slots=True)
class GsrRecord:
    id: str
    text: str
    event: str  # current PLOVER name
    source_codes: frozenset[str]
    target_codes: frozenset[str]
    mode: str | None = None


@dataclass(slots=True)
class GsrReport:
    type_accuracy: Ratio = field(default_factory=Ratio)
    type_any: Ratio = field(default_factory=Ratio)  # the gold type among any predicted event
    source_accuracy: Ratio = field(default_factory=Ratio)
    target_accuracy: Ratio = field(default_factory=Ratio)
    by_type: dict[str, Ratio] = field(default_factory=dict)
    confusion: dict[str, Counter[str]] = field(default_factory=dict)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (id, problem, sentence)
    # side ("source"/"target") → error class → count
    actor_errors: dict[str, Counter[str]] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def metrics(self) -> dict[str, float | None]:
        out: dict[str, float | None] = {
            "gsr.type_accuracy.all": self.type_accuracy.value,
            "gsr.type_any_accuracy.all": self.type_any.value,
            "gsr.source_accuracy.all": self.source_accuracy.value,
            "gsr.target_accuracy.all": self.target_accuracy.value,
        }
        for name, ratio in sorted(self.by_type.items()):
            out[f"gsr.type_accuracy.all.{name}"] = ratio.value
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.type_accuracy.total,
            "metrics": self.metrics,
            "confusion": {gold: dict(row) for gold, row in sorted(self.confusion.items())},
            "actor_errors": {side: dict(row) for side, row in sorted(self.actor_errors.items())},
            "errors": [{"id": i, "problem": p, "sentence": s} for i, p, s in self.errors],
            "failures": [{"id": i, "message": m} for i, m in self.failures],
        }


def _codes(value: Any, origin: str, tables: EventTypeTables) -> frozenset[str]:
    if value in (None, ""):
        return frozenset()
    if not isinstance(value, list):
        raise InputError(origin, f"actor list expected, got {value!r}")
    codes = set()
    for actor in value:
        code = str(actor.get("code") or "").upper() if isinstance(actor, dict) else ""
        if code:
            codes.add(tables.gsr_country_aliases.get(code, code))
    return frozenset(codes)


def iter_gsr(path: str | Path) -> Iterator[GsrRecord]:
    """Read GSR records; documentation lines (event DOCUMENT) and lines without text are skipped."""
    path = Path(path)
    tables = load_event_types()
    for number, line in numbered_lines(path, "PLOVER GSR file"):
        origin = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(origin, f"not valid JSON: {exc}") from exc
        event = str(record.get("event") or "").upper()
        if event == "DOCUMENT" or not record.get("text"):
            continue
        event = tables.gsr_renames.get(event, event)
        if tables.family(event) is None:
            raise InputError(origin, f"unknown PLOVER event type {record.get('event')!r}")
        yield GsrRecord(
            id=str(record.get("id") or origin),
            text=str(record["text"]),
            event=event,
            source_codes=_codes(record.get("source"), origin, tables),
            target_codes=_codes(record.get("target"), origin, tables),
            mode=record.get("mode") or None,
        )


def load_gsr(path: str | Path) -> list[GsrRecord]:
    return list(iter_gsr(path))


def _actor_codes(entity: Mapping[str, Any] | None) -> set[str]:
    if not entity:
        return set()
    codes = {str(entity.get("country") or "").upper()}
    actor_code = str(entity.get("actor_code") or "").upper()
    if actor_code:
        codes.add(actor_code[:3])
    # The GSR writes "IGO"/"NGO" in the country field for international organisations, where khabar
    # gives the organisation's own code (UNO, EUR, …) and the sector.
    sector = str(entity.get("sector") or "").upper()
    if sector in {"IGO", "NGO"} or actor_code.endswith(("IGO", "NGO")):
        codes.add(sector or actor_code[-3:])
    return codes - {""}


def evaluate_plover_gsr(records: Iterable[GsrRecord], predict_sentence: SentencePredictor) -> GsrReport:
    """Score PLOVER type and source/target country codes on single GSR sentences."""
    report = GsrReport()
    for record in records:
        try:
            prediction: Mapping[str, Any] = predict_sentence(record.text)
        except KhabarError as exc:
            report.failures.append((record.id, str(exc)))
            prediction = {}
        entities = {str(e.get("id")): e for e in prediction.get("entities") or []}
        events = list(prediction.get("events") or [])
        best = max(events, key=lambda e: e.get("confidence") or 0.0, default=None)  # first on ties
        got = (str(best.get("plover") or "").upper() if best else "") or NONE_LABEL
        ok = got == record.event
        report.type_accuracy.add(ok)
        report.by_type.setdefault(record.event, Ratio()).add(ok)
        report.type_any.add(any(str(e.get("plover") or "").upper() == record.event for e in events))
        report.confusion.setdefault(record.event, Counter())[got] += 1
        if not ok:
            report.errors.append((record.id, f"type: gold {record.event}, predicted {got}", record.text))
        for side, gold_codes, ratio in (
            ("source", record.source_codes, report.source_accuracy),
            ("target", record.target_codes, report.target_accuracy),
        ):
            if not gold_codes:
                continue
            actor = entities.get(str(best.get(side))) if best else None
            predicted = _actor_codes(actor)
            side_ok = bool(predicted & gold_codes)
            ratio.add(side_ok)
            if not side_ok:
                kind = (
                    NO_EVENT
                    if best is None
                    else EMPTY_SLOT
                    if actor is None
                    else NO_COUNTRY
                    if not predicted
                    else WRONG_ACTOR
                )
                report.actor_errors.setdefault(side, Counter())[kind] += 1
                report.errors.append(
                    (
                        record.id,
                        f"{side}: gold {'/'.join(sorted(gold_codes))}, predicted "
                        f"{'/'.join(sorted(predicted)) or NONE_LABEL} ({kind})",
                        record.text,
                    )
                )
    return report
