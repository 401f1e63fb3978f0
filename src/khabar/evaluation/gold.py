"""Reading the article gold (``corpus/dev/gold.jsonl`` format, see docs/gold-format.md)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.errors import InputError
from khabar.evaluation.types import EventTypeTables, load_event_types
from khabar.model import ENTITY_TYPES, EVENT_STATUSES

STATUSES = EVENT_STATUSES


@dataclass(frozen=True, slots=True)
class GoldEntity:
    text: str
    type: str
    canonical: str
    role: str | None = None
    # Optional extension: raw-text offsets of mentions, ``(start, end)`` into the article file.
    mentions: tuple[tuple[int, int], ...] | None = None


@dataclass(frozen=True, slots=True)
class GoldQuote:
    speaker: str | None
    text: str  # the first (up to) 60 characters of the quote
    direct: bool


@dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str  # the gold's plain type (MEET, VISIT, …)
    plover: str  # mapped through event_types.toml
    source: str | None
    target: str | None
    date: str | None
    date_text: str | None
    location: str | None
    evidence: str  # the first (up to) 80 characters of the sentence
    status: str
    symmetric: bool = False


@dataclass(frozen=True, slots=True)
class GoldArticle:
    file: str  # as written in the gold line
    path: Path  # where the article file is (resolved at load time)
    lang: str
    pub_date: str | None
    line: int
    entities: tuple[GoldEntity, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return Path(self.file).stem


def _str(record: Mapping[str, Any], key: str, origin: str, *, optional: bool = False) -> str | None:
    value = record.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InputError(origin, f"field {key!r} must be a non-empty string, got {value!r}")
    return value


def _entity(raw: Any, origin: str) -> GoldEntity:
    if not isinstance(raw, dict):
        raise InputError(origin, f"entity must be an object, got {raw!r}")
    etype = _str(raw, "type", origin)
    if etype not in ENTITY_TYPES:
        raise InputError(origin, f"entity type {etype!r} is not one of {sorted(ENTITY_TYPES)}")
    mentions = None
    if raw.get("mentions") is not None:
        try:
            mentions = tuple((int(m["start"]), int(m["end"])) for m in raw["mentions"])
        except (TypeError, KeyError, ValueError) as exc:
            raise InputError(origin, f"entity mentions must be [{{start, end}}, …]: {exc}") from exc
    return GoldEntity(
        text=_str(raw, "text", origin) or "",
        type=etype,
        canonical=_str(raw, "canonical", origin) or "",
        role=raw.get("role"),
        mentions=mentions,
    )


def _quote(raw: Any, origin: str) -> GoldQuote:
    if not isinstance(raw, dict):
        raise InputError(origin, f"quote must be an object, got {raw!r}")
    direct = raw.get("direct")
    if not isinstance(direct, bool):
        raise InputError(origin, f"quote field 'direct' must be true or false, got {direct!r}")
    return GoldQuote(
        speaker=_str(raw, "speaker", origin, optional=True),
        text=_str(raw, "text", origin) or "",
        direct=direct,
    )


def _event(raw: Any, origin: str, tables: EventTypeTables) -> GoldEvent:
    if not isinstance(raw, dict):
        raise InputError(origin, f"event must be an object, got {raw!r}")
    gold_type = (_str(raw, "type", origin) or "").upper()
    plover = tables.plover(gold_type)
    if plover is None:
        raise InputError(
            origin,
            f"event type {gold_type!r} has no PLOVER mapping; add it to khabar/evaluation/event_types.toml",
        )
    status = raw.get("status") or "occurred"
    if status not in STATUSES:
        raise InputError(origin, f"event status {status!r} is not one of {sorted(STATUSES)}")
    return GoldEvent(
        type=gold_type,
        plover=plover,
        source=_str(raw, "source", origin, optional=True),
        target=_str(raw, "target", origin, optional=True),
        date=_str(raw, "date", origin, optional=True),
        date_text=raw.get("date_text"),
        location=_str(raw, "location", origin, optional=True),
        evidence=_str(raw, "evidence", origin) or "",
        status=status,
        symmetric=gold_type in tables.symmetric,
    )


def parse_gold_line(line: str, *, origin: str, base_dir: Path, line_no: int = 0) -> GoldArticle:
    """One gold JSON line → :class:`GoldArticle`; ``origin`` names it in errors ("gold.jsonl:3")."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(origin, f"not valid JSON: {exc}") from exc
    if not isinstance(record, dict):
        raise InputError(origin, "a gold line must be a JSON object")
    tables = load_event_types()
    file = _str(record, "file", origin) or ""
    lang = _str(record, "lang", origin) or ""
    for key in ("entities", "quotes", "events"):
        if not isinstance(record.get(key, []), list):
            raise InputError(origin, f"field {key!r} must be a list")
    known = {"file", "lang", "pub_date", "entities", "quotes", "events"}
    return GoldArticle(
        file=file,
        path=(base_dir / file),
        lang=lang,
        pub_date=record.get("pub_date"),
        line=line_no,
        entities=tuple(_entity(e, origin) for e in record.get("entities", [])),
        quotes=tuple(_quote(q, origin) for q in record.get("quotes", [])),
        events=tuple(_event(e, origin, tables) for e in record.get("events", [])),
        extra={k: v for k, v in record.items() if k not in known},
    )


def numbered_lines(path: Path, what: str) -> Iterator[tuple[int, str]]:
    """(1-based line number, line) for each non-blank line of a JSONL file; an unreadable file is an
    InputError naming it and ``what`` it is."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read {what}: {exc.strerror or exc}") from exc
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield number, line


def iter_gold(path: str | Path, articles_dir: str | Path | None = None) -> Iterator[GoldArticle]:
    """Read a gold JSONL file. ``file`` fields are relative to the gold file's directory unless
    ``articles_dir`` is given, in which case files are looked up there by their base name."""
    path = Path(path)
    for number, line in numbered_lines(path, "gold file"):
        article = parse_gold_line(line, origin=f"{path}:{number}", base_dir=path.parent, line_no=number)
        if articles_dir is not None:
            article = _relocate(article, Path(articles_dir))
        yield article


def load_gold(path: str | Path, articles_dir: str | Path | None = None) -> list[GoldArticle]:
    return list(iter_gold(path, articles_dir))


def _relocate(article: GoldArticle, articles_dir: Path) -> GoldArticle:
    from dataclasses import replace

    return replace(article, path=articles_dir / Path(article.file).name)
