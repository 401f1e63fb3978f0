"""The event-type tables (``event_types.toml``): gold type → PLOVER, symmetric types, families."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from khabar.errors import KhabarError


class EvaluationError(KhabarError):
    """The evaluation cannot run: malformed gold, floors or type tables."""


@dataclass(frozen=True, slots=True)
class EventTypeTables:
    gold_to_plover: dict[str, str]
    symmetric: frozenset[str]  # gold types whose actors are interchangeable
    family_of: dict[str, str]  # PLOVER type → family (quad class) name
    gsr_renames: dict[str, str]
    gsr_country_aliases: dict[str, str]

    def plover(self, gold_type: str) -> str | None:
        """The PLOVER type of a gold type name (case-insensitive), or None when unknown."""
        return self.gold_to_plover.get(gold_type.strip().upper())

    def family(self, plover_type: str | None) -> str | None:
        return self.family_of.get(plover_type.upper()) if plover_type else None


@cache
def load_event_types() -> EventTypeTables:
    """Load the packaged tables (cached: they are read-only data)."""
    text = resources.files("khabar.evaluation").joinpath("event_types.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    family_of: dict[str, str] = {}
    for family, members in data["families"].items():
        for member in members:
            if member in family_of:
                raise EvaluationError(f"event_types.toml: {member} is in two families")
            family_of[member] = family
    gold_to_plover = {k.upper(): v.upper() for k, v in data["gold_to_plover"].items()}
    unknown = sorted(set(gold_to_plover.values()) - set(family_of))
    if unknown:
        raise EvaluationError(f"event_types.toml: PLOVER types without a family: {unknown}")
    return EventTypeTables(
        gold_to_plover=gold_to_plover,
        symmetric=frozenset(t.upper() for t in data["symmetric"]["types"]),
        family_of=family_of,
        gsr_renames={k.upper(): v.upper() for k, v in data["gsr_renames"].items()},
        gsr_country_aliases={k.upper(): v.upper() for k, v in data["gsr_country_aliases"].items()},
    )
