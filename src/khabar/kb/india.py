"""The Indian state of a place in the knowledge base, for telling namesakes apart.

Places generated from the India gazetteer (``data/india_places.toml``) have ids
``place:in_<state>_<slug>`` (state bodies of the curated KB: ``in_<state>_<slug>``, e.g. High Courts),
the state being its ISO 3166-2 code without ``IN-`` (``cg``, ``ka``); the
file's ``[states]`` table maps those codes to the states' own place ids (``place:chhattisgarh``).
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from khabar.errors import KnowledgeBaseError
from khabar.kb.generate import DATA_DIR, INDIA_PLACES_FILE


@cache
def _state_ids(path: Path = DATA_DIR / INDIA_PLACES_FILE) -> dict[str, str]:
    """``place:<state id>`` → state code."""
    if not path.exists():
        return {}
    try:
        states = tomllib.loads(_states_table(path.read_text(encoding="utf-8"))).get("states", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise KnowledgeBaseError(str(path), [f"cannot read [states]: {exc}"]) from exc
    return {f"place:{place_id}": code for code, place_id in states.items() if isinstance(place_id, str)}


def _states_table(text: str) -> str:
    """The ``[states]`` table of the gazetteer file alone, when it is the file's first table: parsing
    the whole 0.5 MB file (thousands of ``[[place]]`` tables) for 36 lines cost seconds on the first
    article that named a place. Any other layout: the whole text."""
    lines = text.splitlines(keepends=True)
    headers = [k for k, line in enumerate(lines) if line.startswith("[")]
    if not headers or lines[headers[0]].strip() != "[states]":
        return text
    end = headers[1] if len(headers) > 1 else len(lines)
    return "".join(lines[headers[0] : end])


def state_of(actor_id: str | None) -> str | None:
    """The state code (``cg``) of an Indian state, district or town in the KB, else None."""
    if not actor_id:
        return None
    # generated places ("place:in_cg_kanker") and state bodies of the KB ("in_gj_high_court")
    local = actor_id.removeprefix("place:")
    if local.startswith("in_") and local.count("_") >= 2:
        return local.removeprefix("in_").split("_", 1)[0]
    return _state_ids().get(actor_id)


def is_below_state(actor_id: str | None) -> bool:
    """A district, town or state body (``place:in_cg_kanker``, ``in_gj_high_court``), not a state."""
    local = (actor_id or "").removeprefix("place:")
    return local.startswith("in_") and local.count("_") >= 2


def state_place_id(code: str) -> str | None:
    """The KB id of the state with this code (``cg`` → ``place:chhattisgarh``), else None."""
    return next((actor_id for actor_id, state in _state_ids().items() if state == code), None)
