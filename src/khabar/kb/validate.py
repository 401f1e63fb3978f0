"""Reading and validating actor files (TOML as shipped, or JSON / JSONL / CSV supplied by a user).

Every problem is collected and reported together, each naming the file, the actor (position and id)
and the field, e.g. ``actors.toml: actor #3 (id 'x'): field 'sector': 'FOO' is not a CAMEO sector``.

Accepted layouts:

* TOML: ``[[actor]]`` tables with ``[[actor.roles]]`` (see docs/kb-format.md);
* JSON: a list of actor objects, or an object with an ``actor`` (or ``actors``) list;
* JSONL: one actor object per line;
* CSV: columns ``id,type,name,country,sector,aliases`` (aliases separated by ``;``) and optionally
  ``role_title,role_org,role_country,role_sector,role_start,role_end,role_note``. A row whose ``id``
  repeats the row above adds one more role to that actor (its other actor columns may stay empty).
"""

from __future__ import annotations

import csv
import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.errors import KnowledgeBaseError
from khabar.kb.model import Actor, Role, parse_partial_date

DATA_DIR = Path(__file__).resolve().parent / "data"
SUPPORTED_SUFFIXES = (".toml", ".json", ".jsonl", ".csv")

_ACTOR_FIELDS = {"id", "type", "name", "country", "sector", "aliases", "roles", "note"}
_ROLE_FIELDS = {"title", "org", "country", "sector", "start", "end", "note"}
# Organisations (sector IGO/NGO/MNC) may use their own three-character code in the country position
# (HCR, G20, BRC …): CAMEO has no complete list of them.
_FREE_CODE_SECTORS = frozenset({"IGO", "NGO", "MNC"})
_FREE_CODE = re.compile(r"^[A-Z][A-Z0-9]{2}$")
_CSV_ROLE_COLUMNS = {f"role_{name}": name for name in _ROLE_FIELDS}


@dataclass(frozen=True, slots=True)
class Schema:
    """Allowed values for actor fields (from ``kb/data/schema.toml`` plus pycountry's alpha-3 codes)."""

    types: frozenset[str]
    sectors: frozenset[str]
    countries: frozenset[str]

    @classmethod
    def load(cls, path: Path = DATA_DIR / "schema.toml") -> Schema:
        import pycountry

        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise KnowledgeBaseError(str(path), [f"cannot read schema: {exc}"]) from exc
        alpha3 = {country.alpha_3 for country in pycountry.countries}
        return cls(
            types=frozenset(data["types"]),
            sectors=frozenset(data["sectors"]),
            countries=frozenset(alpha3 | set(data.get("extra_country_codes", {}))),
        )


def default_schema() -> Schema:
    """The schema shipped with khabar (read on each call: pass the result on, e.g. to each file)."""
    return Schema.load()


def read_records(path: Path) -> list[Any]:
    """Raw actor records of a file (no validation beyond the file's own syntax)."""
    suffix = path.suffix.lower()
    origin = str(path)
    if suffix not in SUPPORTED_SUFFIXES:
        raise KnowledgeBaseError(
            origin, [f"unsupported file type {suffix!r}; use {', '.join(SUPPORTED_SUFFIXES)}"]
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise KnowledgeBaseError(origin, [f"cannot read file: {exc.strerror or exc}"]) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KnowledgeBaseError(origin, [f"not UTF-8 text: {exc}"]) from exc
    if suffix == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise KnowledgeBaseError(origin, [f"TOML syntax error: {exc}"]) from exc
        records = data.get("actor", [])
        if not isinstance(records, list):
            raise KnowledgeBaseError(origin, ["'actor' must be an array of tables ([[actor]])"])
        return records
    if suffix == ".json":
        try:
            parsed: Any = json.loads(text)
        except json.JSONDecodeError as exc:
            raise KnowledgeBaseError(origin, [f"JSON syntax error: {exc}"]) from exc
        if isinstance(parsed, dict):
            parsed = parsed.get("actor", parsed.get("actors"))
        if not isinstance(parsed, list):
            raise KnowledgeBaseError(
                origin, ["JSON must be a list of actors or an object with an 'actors' list"]
            )
        return parsed
    if suffix == ".jsonl":
        records = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise KnowledgeBaseError(origin, [f"line {number}: JSON syntax error: {exc}"]) from exc
        return records
    return _csv_records(origin, text)


def _csv_records(origin: str, text: str) -> list[dict[str, Any]]:
    reader = csv.DictReader(text.splitlines())
    missing = {"id", "type", "name"} - set(reader.fieldnames or ())
    if missing:
        raise KnowledgeBaseError(origin, [f"CSV header lacks column(s) {', '.join(sorted(missing))}"])
    records: list[dict[str, Any]] = []
    for row in reader:
        row = {key.strip(): (value or "").strip() for key, value in row.items() if key is not None}
        role = {name: row.get(column, "") for column, name in _CSV_ROLE_COLUMNS.items() if column in row}
        has_role = any(role.values())
        if records and row.get("id") and row["id"] == records[-1].get("id") and not row.get("name"):
            if has_role:
                records[-1]["roles"].append(role)
            continue
        record: dict[str, Any] = {
            key: row[key] for key in ("id", "type", "name", "country", "sector", "note") if key in row
        }
        for key in ("country", "sector", "note"):
            if record.get(key) == "":
                record[key] = None
        aliases = row.get("aliases", "")
        record["aliases"] = [alias.strip() for alias in aliases.split(";") if alias.strip()]
        record["roles"] = [role] if has_role else []
        records.append(record)
    return records


def load_actor_file(path: str | Path, schema: Schema | None = None) -> list[Actor]:
    """Read and validate one actor file; raise KnowledgeBaseError listing every problem found."""
    path = Path(path)
    records = read_records(path)
    actors, problems = validate_records(records, str(path), schema or default_schema())
    if problems:
        raise KnowledgeBaseError(str(path), problems)
    return actors


def validate_records(records: Iterable[Any], source: str, schema: Schema) -> tuple[list[Actor], list[str]]:
    """Actors built from raw records, and a list of problems (empty when all is well)."""
    actors: list[Actor] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for index, record in enumerate(records, start=1):
        label = f"actor #{index}"
        if not isinstance(record, Mapping):
            problems.append(f"{label}: must be a table/object, not {type(record).__name__}")
            continue
        actor_id = record.get("id")
        if isinstance(actor_id, str) and actor_id:
            label = f"actor #{index} (id {actor_id!r})"
        found = _check_actor(record, label, schema)
        problems.extend(found)
        if isinstance(actor_id, str) and actor_id:
            if actor_id in seen:
                problems.append(f"{label}: duplicate id, first used by actor #{seen[actor_id]}")
            else:
                seen[actor_id] = index
        if not found:
            actors.append(_build_actor(record, source))
    return actors, problems


def _blank(value: Any) -> bool:
    return value is None or value == ""


def _check_actor(record: Mapping[str, Any], label: str, schema: Schema) -> list[str]:
    problems: list[str] = []
    for key in sorted(set(record) - _ACTOR_FIELDS):
        problems.append(f"{label}: unknown field {key!r} (allowed: {', '.join(sorted(_ACTOR_FIELDS))})")
    if not _blank(record.get("note")) and not isinstance(record.get("note"), str):
        problems.append(f"{label}: field 'note' must be a string")
    for key in ("id", "type", "name"):
        if key not in record or _blank(record[key]):
            problems.append(f"{label}: missing required field {key!r}")
        elif not isinstance(record[key], str):
            problems.append(f"{label}: field {key!r} must be a string, not {type(record[key]).__name__}")
    actor_id = record.get("id")
    if isinstance(actor_id, str) and actor_id and not _valid_id(actor_id):
        problems.append(f"{label}: field 'id': {actor_id!r} must be a lowercase ASCII slug (a-z, 0-9, _, -)")
    kind = record.get("type")
    if isinstance(kind, str) and kind and kind not in schema.types:
        problems.append(f"{label}: field 'type': {kind!r} is not one of {', '.join(sorted(schema.types))}")
    problems.extend(_check_code(record, label, schema, "field"))
    aliases = record.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        problems.append(f"{label}: field 'aliases' must be a list of non-empty strings")
    roles = record.get("roles", [])
    if not isinstance(roles, list):
        problems.append(f"{label}: field 'roles' must be a list of tables")
        roles = []
    for number, role in enumerate(roles, start=1):
        role_label = f"{label}: role #{number}"
        if not isinstance(role, Mapping):
            problems.append(f"{role_label}: must be a table/object")
            continue
        problems.extend(_check_role(role, role_label, schema))
    return problems


def _check_code(record: Mapping[str, Any], label: str, schema: Schema, what: str) -> list[str]:
    problems = []
    country = record.get("country")
    if not _blank(country):
        if not isinstance(country, str):
            problems.append(f"{label}: {what} 'country' must be a string")
        elif country not in schema.countries and not (
            record.get("sector") in _FREE_CODE_SECTORS and _FREE_CODE.match(country)
        ):
            problems.append(
                f"{label}: {what} 'country': {country!r} is not an ISO 3166-1 alpha-3 code"
                " or a known IGO/region code"
            )
    sector = record.get("sector")
    if not _blank(sector):
        if not isinstance(sector, str):
            problems.append(f"{label}: {what} 'sector' must be a string")
        elif sector not in schema.sectors:
            problems.append(
                f"{label}: {what} 'sector': {sector!r} is not a CAMEO sector code"
                f" ({', '.join(sorted(schema.sectors))})"
            )
    return problems


def _check_role(role: Mapping[str, Any], label: str, schema: Schema) -> list[str]:
    problems = [f"{label}: unknown field {key!r}" for key in sorted(set(role) - _ROLE_FIELDS)]
    if _blank(role.get("title")):
        problems.append(f"{label}: missing required field 'title'")
    for key in ("title", "org", "note"):
        if not _blank(role.get(key)) and not isinstance(role.get(key), str):
            problems.append(f"{label}: field {key!r} must be a string")
    problems.extend(_check_code(role, label, schema, "field"))
    bounds = {}
    for key in ("start", "end"):
        value: Any = role.get(key)
        if _blank(value):
            continue
        if not isinstance(value, str):
            # TOML turns unquoted 2024-05-12 into a date; accept it as its ISO form.
            value = value.isoformat() if hasattr(value, "isoformat") else value
        if not isinstance(value, str):
            problems.append(f"{label}: field {key!r} must be a date string")
            continue
        try:
            bounds[key] = parse_partial_date(value)
        except ValueError as exc:
            problems.append(f"{label}: field {key!r}: {exc}")
    if "start" in bounds and "end" in bounds and bounds["start"][0] > bounds["end"][1]:
        problems.append(f"{label}: start {role.get('start')} is after end {role.get('end')}")
    return problems


def _valid_id(actor_id: str) -> bool:
    return actor_id.isascii() and all(ch.islower() or ch.isdigit() or ch in "_-" for ch in actor_id)


def _text(value: Any) -> str | None:
    if _blank(value):
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _build_actor(record: Mapping[str, Any], source: str) -> Actor:
    roles = tuple(
        Role(
            title=role["title"],
            org=_text(role.get("org")),
            country=_text(role.get("country")),
            sector=_text(role.get("sector")),
            start=_text(role.get("start")),
            end=_text(role.get("end")),
            note=_text(role.get("note")),
        )
        for role in record.get("roles", [])
    )
    aliases = tuple(dict.fromkeys(a.strip() for a in record.get("aliases", [])))
    return Actor(
        id=record["id"],
        type=record["type"],
        name=record["name"],
        country=_text(record.get("country")),
        sector=_text(record.get("sector")),
        aliases=aliases,
        roles=roles,
        source_file=source,
        note=_text(record.get("note")),
    )


def import_conflicts(
    kb: Any, shadowed: list[tuple[Actor, str]], dates: Iterable[str] = ()
) -> list[dict[str, Any]]:
    """Where an imported actor left out for a curated one (``KnowledgeBase.shadowed``) disagrees with
    it: a different country, or a different actor code at a date where both have a role (the curated
    role start dates and ``dates``). Curated data stays authoritative; this only reports."""
    conflicts: list[dict[str, Any]] = []
    for imported, curated_id in shadowed:
        curated = kb.get(curated_id)
        if curated is None:
            continue
        base = {"curated": curated.id, "imported": imported.id, "name": curated.name, "source": imported.note}
        if imported.country and curated.country and imported.country != curated.country:
            conflicts.append(
                {
                    **base,
                    "field": "country",
                    "curated_value": curated.country,
                    "imported_value": imported.country,
                    "message": f"{curated.name}: country {curated.country} (curated {curated.id}) but"
                    f" {imported.country} in {imported.note} ({imported.id})",
                }
            )
            continue
        checks = [role.start for role in curated.roles if role.start] + list(dates)
        for date in dict.fromkeys(checks):
            if kb.role_at(imported, date) is None or kb.role_at(curated, date) is None:
                continue  # one of them says nothing about that date
            ours, theirs = kb.actor_code(curated, date), kb.actor_code(imported, date)
            if ours != theirs:
                conflicts.append(
                    {
                        **base,
                        "field": "actor_code",
                        "date": date,
                        "curated_value": ours,
                        "imported_value": theirs,
                        "message": f"{curated.name} at {date}: {ours} (curated {curated.id}) but {theirs}"
                        f" in {imported.note} ({imported.id})",
                    }
                )
                break
    return conflicts
