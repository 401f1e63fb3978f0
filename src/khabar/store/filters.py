"""Checking event-filter values against what can exist, with a suggestion for a near miss.

``--country Russia`` or ``--plover MEET`` would otherwise match nothing and answer "no events match";
these checks turn them into errors that name the valid values or the nearest one ("not a PLOVER
type; did you mean CONSULT?"). The valid values come from the code tables (PLOVER), ISO 3166 via
pycountry plus the CAMEO codes the knowledge base uses for organisations (countries), and CAMEO.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from functools import lru_cache
from pathlib import Path

from khabar.store.queries import QueryError

_KB_ACTORS = Path(__file__).resolve().parent.parent / "kb" / "data" / "actors"
_CAMEO = re.compile(r"^[0-9]{1,4}$")
_LANG = re.compile(r"^[a-z]{2,3}$")


class FilterValueError(QueryError):
    """A filter value that cannot match anything; the message says what would."""


@lru_cache(maxsize=1)
def plover_types() -> frozenset[str]:
    from khabar.codes import CodeTables

    tables = CodeTables.load()
    return frozenset({p.type for p in tables.plover.values()} | {t for t, _ in tables.plover_scores})


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Code → name: ISO 3166 alpha-3 plus the CAMEO codes of the knowledge base (EUR, UNO, NAT, …)."""
    import pycountry

    codes = {country.alpha_3: country.name for country in pycountry.countries}
    for path in sorted(_KB_ACTORS.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError):
            continue
        actors = data.get("actor") or data.get("actors") or []
        for actor in actors if isinstance(actors, list) else []:
            code = actor.get("country") if isinstance(actor, dict) else None
            if isinstance(code, str) and len(code) == 3 and code.isupper():
                codes.setdefault(code, str(actor.get("name") or code))
    return codes


def _nearest(value: str, choices: list[str]) -> list[str]:
    return difflib.get_close_matches(value.upper(), choices, n=3, cutoff=0.5)


@lru_cache(maxsize=256)
def plover_by_meaning(word: str) -> list[str]:
    """PLOVER types whose CAMEO codes are named with ``word`` ("meet" → CONSULT: "Meet at a third
    location"), best first; a name that starts with the word counts three times."""
    from collections import Counter

    from khabar.codes import CodeTables

    tables = CodeTables.load()
    pattern = re.compile(rf"\b{re.escape(word.lower())}")
    votes: Counter[str] = Counter()
    for code, entry in tables.cameo.items():
        match = pattern.search(entry.name.lower())
        plover = tables.to_plover(code) if match else None
        if match and plover is not None:
            votes[plover.type] += 3 if match.start() == 0 else 1
    return [type_ for type_, _ in votes.most_common(2)]


def check_plover(value: str) -> str:
    """The PLOVER type in canonical (upper) case, or :class:`FilterValueError`."""
    types = sorted(plover_types())
    if value.upper() in plover_types():
        return value.upper()
    word = value.strip()
    meaning = plover_by_meaning(word) if len(word) >= 3 and word.isalpha() else []
    near = list(dict.fromkeys([*meaning, *_nearest(value, types)]))[:3]
    hint = f"did you mean {' or '.join(near)}? " if near else ""
    raise FilterValueError(f"{value!r} is not a PLOVER type; {hint}valid types: {', '.join(types)}")


def check_country(value: str) -> str:
    """The upper-case alpha-3 code, or :class:`FilterValueError` naming the code of a country name."""
    codes = country_codes()
    code = value.strip().upper()
    if code in codes:
        return code
    suggestion = _country_by_name(value.strip())
    if suggestion is None:
        near = _nearest(code, sorted(codes)) if len(code) == 3 else []
        suggestion = near[0] if near else None
    hint = f"did you mean {suggestion} ({codes[suggestion]})? " if suggestion else ""
    raise FilterValueError(
        f"{value!r} is not a country code; {hint}give an ISO 3166 alpha-3 code such as RUS, CHN, IND, "
        "USA (or a CAMEO organisation code such as EUR, UNO)"
    )


def _country_by_name(name: str) -> str | None:
    import pycountry

    if len(name) < 2:
        return None
    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        pass
    try:
        found = pycountry.countries.search_fuzzy(name)
    except LookupError:
        return None
    return str(found[0].alpha_3) if found else None


def check_cameo(value: str) -> str:
    if _CAMEO.match(value.strip()):
        return value.strip()
    raise FilterValueError(
        f"{value!r} is not a CAMEO code: give 1 to 4 digits, a code or a prefix "
        "(04 = consult, 111 = criticise)"
    )


def check_lang(value: str) -> str:
    if _LANG.match(value.strip().lower()):
        return value.strip().lower()
    raise FilterValueError(f"{value!r} is not a language code: give an ISO 639-1 code such as hi or en")


__all__ = ["FilterValueError", "check_cameo", "check_country", "check_lang", "check_plover", "plover_types"]
