"""Generic agents by country: the name a country's police, army, government … goes by.

Reads ``data/agents.toml`` (its header explains the format): per kind of agent ("police", "army",
"election_commission") a CAMEO sector, a default name pattern and the names of the institutions that
have one of their own ("Afghan National Police"). Language packs point their generic nouns at a kind
(``agent = "police"``); the mention finders ask :func:`agent_name` once they know the country.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from khabar.errors import KnowledgeBaseError
from khabar.kb.generate import DATA_DIR

if TYPE_CHECKING:
    from khabar.kb.base import KnowledgeBase

AGENTS_FILE = "agents.toml"


@dataclass(frozen=True, slots=True)
class AgentKind:
    kind: str  # "police"
    sector: str  # CAMEO sector ("COP")
    default: str  # "{demonym} police"; "" = only the countries of ``names``
    names: dict[str, str]  # ISO3 → the institution's own name
    examples: dict[str, str]  # ISO3 → a sentence written for that entry


@cache
def load_agents(path: Path = DATA_DIR / AGENTS_FILE) -> dict[str, AgentKind]:
    """Every kind of ``agents.toml``; a malformed entry is an error naming the file and the entry."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise KnowledgeBaseError(str(path), [f"cannot read: {exc}"]) from exc
    kinds: dict[str, AgentKind] = {}
    problems: list[str] = []
    for kind, spec in data.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("sector"), str):
            problems.append(f"[{kind}] needs a sector")
            continue
        names: dict[str, str] = {}
        examples: dict[str, str] = {}
        for country, entry in (spec.get("names") or {}).items():
            if not (isinstance(entry, list) and len(entry) == 2 and all(isinstance(x, str) for x in entry)):
                problems.append(f"[{kind}.names] {country}: expected [name, example sentence]")
                continue
            names[country], examples[country] = entry
        default = spec.get("default", "")
        if not isinstance(default, str):
            problems.append(f"[{kind}] default must be a string")
            continue
        kinds[kind] = AgentKind(kind, spec["sector"], default, names, examples)
    if problems:
        raise KnowledgeBaseError(str(path), problems)
    return kinds


def agent_name(kind: AgentKind, country: str, demonym: str | None, country_name: str | None) -> str | None:
    """The name of the ``kind`` agent of ``country`` (ISO3): its own institution's name, else the
    default pattern filled with the country's English adjective or name; None where neither fits."""
    own = kind.names.get(country)
    if own:
        return own
    if not kind.default:
        return None
    if "{demonym}" in kind.default and not demonym:
        return None
    if "{country}" in kind.default and not country_name:
        return None
    return kind.default.format(demonym=demonym or "", country=country_name or "")


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def latest_year(text: str) -> str | None:
    """The latest year (1900–2099) a text names, as a partial ISO date ("2013"), else None: the date of
    an undated report, for offices held then (a report is written after what it tells)."""
    years = [m.group() for m in _YEAR_RE.finditer(text)]
    return max(years) if years else None


def government_led_by(
    kb: KnowledgeBase, actor_id: str, date: str | None
) -> tuple[str, tuple[str, ...], str | None] | None:
    """(name, knowledge-base ids, country) of the government a person headed at ``date`` — their role's
    organisation when it is a government ("Chief Minister of Gujarat" → Government of Gujarat): "मोदी
    सरकार", "the Modi government" in 2004. None when the person held no such role then."""
    person = kb.get(actor_id)
    if person is None or person.type != "PER":
        return None
    role = kb.role_at(person, date)
    if role is None or not role.org or not role.org.startswith("Government of"):
        return None
    ids = tuple(a.id for a in kb.lookup(role.org) if a.name == role.org)
    return role.org, ids[:1], role.country or person.country
