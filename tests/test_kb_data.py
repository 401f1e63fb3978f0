"""Checks on the hand-curated knowledge-base data (pure TOML; no KB engine needed).

Covers src/khabar/kb/data/actors/*.toml and src/khabar/kb/data/demonyms.toml: every file parses, required
keys and value sets are valid, ids are unique, role dates parse and are ordered, coverage of the dev gold
standard, Hindi aliases for people, and aliases that would make two actors indistinguishable.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

import pycountry
import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "khabar" / "kb" / "data"
ACTOR_DIR = DATA / "actors"
GOLD = ROOT / "corpus" / "dev" / "gold.jsonl"

TYPES = {"PER", "ORG", "GPE", "LOC"}
# CAMEO primary and secondary role codes used as sectors (CAMEO manual ch. 3), plus IGO.
SECTORS = {
    "GOV", "MIL", "LEG", "JUD", "PTY", "MED", "IGO", "NGO", "BUS", "REB", "OPP", "CVL",
    "COP", "SPY", "ELI", "UAF", "INS", "SEP", "NGM", "MNC", "IMG",
}  # fmt: skip
# Codes allowed in `country` besides ISO 3166-1 alpha-3 (documented in actors/igos.toml): CAMEO's IGO codes
# where CAMEO has one, project codes otherwise. HKG/TWN are ISO codes and need no entry here.
IGO_CODES = {
    "UNO": "United Nations and its organs",
    "EUR": "European Union and its institutions",
    "NAT": "NATO",
    "ASN": "ASEAN",
    "AFU": "African Union",
    "SCO": "Shanghai Cooperation Organisation",
    "BRC": "BRICS and its New Development Bank",
    "G07": "Group of Seven",
    "G20": "Group of Twenty",
    "IAE": "International Atomic Energy Agency",
    "WHO": "World Health Organization",
    "IMF": "International Monetary Fund",
    "WBK": "World Bank",
    "WTO": "World Trade Organization",
    "OPC": "OPEC",
    "ARL": "Arab League",
    "GCC": "Gulf Cooperation Council",
    "OIC": "Organisation of Islamic Cooperation",
    "CIS": "Commonwealth of Independent States",
    "CST": "Collective Security Treaty Organization",
    "SCE": "OSCE",
    "COE": "Council of Europe",
    "ICC": "International Criminal Court",
    "ICJ": "International Court of Justice",
    "HCR": "UNHCR",
    "QUD": "the Quad",
    "SAA": "SAARC",
    "APC": "APEC",
    "INT": "international NGO with no single home state",
    "ADB": "Asian Development Bank",
    "IGO": "other intergovernmental organisation (FATF, the Commonwealth)",
    # states that no longer exist (ISO 3166-3), for the people who led them (Stalin, Gorbachev)
    "SUN": "Soviet Union",
    "YUG": "Yugoslavia",
    "CSK": "Czechoslovakia",
    "DDR": "East Germany",
}
# An alias may name several actors only when listed here with the reason; the linker must then decide
# from context (country of the article, co-mentions).
SHARED_ALIASES = {
    "national assembly": "generic name of the parliaments of South Korea, France and Vietnam",
    "नेशनल असेंबली": "generic name of the parliaments of South Korea, France and Vietnam",
    # India's High Courts: the linker takes the one of the state the article's places lie in
    "हाई कोर्ट": "every Indian High Court, decided by the state in context",
    "हाईकोर्ट": "every Indian High Court, decided by the state in context",
    "उच्च न्यायालय": "every Indian High Court, decided by the state in context",
}
REQUIRED_ACTOR_KEYS = {"id", "type", "name", "country", "sector", "aliases"}
REQUIRED_ROLE_KEYS = {"title", "org", "country", "sector", "start", "end"}
ID_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
MIN_ACTORS = 600
# Countries of the G20 and of the dev corpus that must each have at least one head of state or government.
REQUIRED_COUNTRIES = {
    "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "MEX", "RUS", "SAU",
    "ZAF", "KOR", "TUR", "GBR", "USA", "VNM", "FIN", "KWT", "DZA", "PRK", "ISR", "UKR", "LKA", "IRN", "PSE",
}  # fmt: skip


def _actor_files() -> list[Path]:
    return sorted(ACTOR_DIR.glob("*.toml"))


def _load(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


@pytest.fixture(scope="module")
def actors() -> list[tuple[str, dict[str, Any]]]:
    """Every actor table with the name of the file it came from."""
    out: list[tuple[str, dict[str, Any]]] = []
    for path in _actor_files():
        for actor in _load(path).get("actor", []):
            out.append((path.name, actor))
    return out


def _valid_country(code: str) -> bool:
    return code in IGO_CODES or pycountry.countries.get(alpha_3=code) is not None


def _parse_date(value: str) -> dt.date:
    """Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD" to the first day it may denote."""
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(parts[0], parts[1], parts[2])


def _parse_end(value: str) -> dt.date:
    """Parse an end date to the last day it may denote, so "2024" ends on 2024-12-31."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(parts[0], parts[1], parts[2])


def test_actor_files_exist_and_start_with_source_comment() -> None:
    files = _actor_files()
    assert len(files) >= 8
    for path in [*files, DATA / "demonyms.toml"]:
        first = path.read_text(encoding="utf-8").lstrip().splitlines()[0]
        assert first.startswith("#"), f"{path.name}: must start with a comment block naming its sources"
        head = path.read_text(encoding="utf-8")[:800].lower()
        assert "source" in head, f"{path.name}: header comment must say where the facts come from"


@pytest.mark.parametrize("path", _actor_files(), ids=lambda p: p.name)
def test_every_actor_file_parses_and_has_only_actor_tables(path: Path) -> None:
    data = _load(path)
    assert set(data) == {"actor"}, f"{path.name}: unexpected top-level keys {set(data) - {'actor'}}"
    assert data["actor"], f"{path.name}: no actors"


def test_required_keys_and_value_sets(actors: list[tuple[str, dict[str, Any]]]) -> None:
    problems: list[str] = []
    for fname, a in actors:
        where = f"{fname}:{a.get('id', '?')}"
        missing = REQUIRED_ACTOR_KEYS - set(a)
        if missing:
            problems.append(f"{where}: missing {sorted(missing)}")
            continue
        if not ID_RE.match(a["id"]):
            problems.append(f"{where}: id is not a lowercase ascii slug")
        if a["type"] not in TYPES:
            problems.append(f"{where}: bad type {a['type']!r}")
        if a["sector"] not in SECTORS:
            problems.append(f"{where}: bad sector {a['sector']!r}")
        if not _valid_country(a["country"]):
            problems.append(f"{where}: bad country {a['country']!r}")
        if not a["name"].strip():
            problems.append(f"{where}: empty name")
        aliases = a["aliases"]
        if not isinstance(aliases, list) or not all(isinstance(x, str) and x.strip() for x in aliases):
            problems.append(f"{where}: aliases must be a list of non-empty strings")
        for role in a.get("roles", []):
            missing_r = REQUIRED_ROLE_KEYS - set(role)
            if missing_r:
                problems.append(f"{where}: role {role.get('title')!r} missing {sorted(missing_r)}")
                continue
            if role["sector"] not in SECTORS:
                problems.append(f"{where}: role {role['title']!r} bad sector {role['sector']!r}")
            if not _valid_country(role["country"]):
                problems.append(f"{where}: role {role['title']!r} bad country {role['country']!r}")
    assert not problems, "\n".join(problems)


def test_ids_unique_across_files(actors: list[tuple[str, dict[str, Any]]]) -> None:
    seen: dict[str, str] = {}
    dupes = []
    for fname, a in actors:
        if a["id"] in seen:
            dupes.append(f"{a['id']} in {seen[a['id']]} and {fname}")
        seen[a["id"]] = fname
    assert not dupes, dupes


def test_role_dates_parse_and_are_ordered(actors: list[tuple[str, dict[str, Any]]]) -> None:
    problems: list[str] = []
    for fname, a in actors:
        for role in a.get("roles", []):
            where = f"{fname}:{a['id']}:{role['title']}"
            start, end = role["start"], role["end"]
            if not DATE_RE.match(start):
                problems.append(f"{where}: bad start {start!r}")
                continue
            if end and not DATE_RE.match(end):
                problems.append(f"{where}: bad end {end!r}")
                continue
            try:
                s = _parse_date(start)
                e = _parse_end(end) if end else None
            except ValueError as exc:
                problems.append(f"{where}: {exc}")
                continue
            if e is not None and e < s:
                problems.append(f"{where}: end {end} before start {start}")
            if s > dt.date(2026, 12, 31):
                problems.append(f"{where}: start {start} in the future")
    assert not problems, "\n".join(problems)


def test_date_helpers_reject_bad_dates() -> None:
    with pytest.raises(ValueError):
        _parse_date("2024-13")
    assert _parse_end("2024-02") == dt.date(2024, 2, 29)
    assert _parse_end("2024-12") == dt.date(2024, 12, 31)


def test_at_least_600_actors(actors: list[tuple[str, dict[str, Any]]]) -> None:
    assert len(actors) >= MIN_ACTORS


def test_every_person_has_a_devanagari_alias(actors: list[tuple[str, dict[str, Any]]]) -> None:
    missing = [
        f"{fname}:{a['id']}"
        for fname, a in actors
        if a["type"] == "PER" and not any(DEVANAGARI.search(x) for x in a["aliases"])
    ]
    assert not missing, missing


def test_no_alias_names_two_actors_unless_allowed(actors: list[tuple[str, dict[str, Any]]]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for _, a in actors:
        for form in [a["name"], *a["aliases"]]:
            owners[form.casefold()].add(a["id"])
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1 and k not in SHARED_ALIASES}
    assert not clashes, clashes
    # The allow-list must not go stale: each entry is still shared.
    stale = [k for k in SHARED_ALIASES if len(owners.get(k, ())) < 2]
    assert not stale, f"allow-listed aliases no longer shared: {stale}"


def test_every_gold_person_and_org_is_an_actor(actors: list[tuple[str, dict[str, Any]]]) -> None:
    names = {a["name"] for _, a in actors}
    missing = set()
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        for ent in json.loads(line)["entities"]:
            if ent["type"] in {"PER", "ORG"} and ent["canonical"] not in names:
                missing.add(ent["canonical"])
    assert not missing, sorted(missing)


def test_gold_surface_forms_are_known_aliases(actors: list[tuple[str, dict[str, Any]]]) -> None:
    """Surface forms in the gold standard resolve to the gold actor by exact alias, except a few forms that
    need context (a bare "Yi", a generic "Foreign Ministry", a parenthesised acronym)."""
    by_form: dict[str, set[str]] = defaultdict(set)
    for _, a in actors:
        for form in [a["name"], *a["aliases"]]:
            by_form[form.casefold()].add(a["name"])
    context_only = {"yi", "foreign ministry", "विदेश मंत्रालय (mea)", "उत्तर अटलांटिक संधि संगठन (नाटो)"}
    wrong = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        for ent in json.loads(line)["entities"] if line.strip() else []:
            text = ent["text"].casefold()
            known = by_form.get(text, set())
            if ent["type"] in {"PER", "ORG"} and text not in context_only and ent["canonical"] not in known:
                wrong.append(f"{ent['text']} -> {ent['canonical']}")
    assert not wrong, wrong


def test_required_countries_have_a_leader(actors: list[tuple[str, dict[str, Any]]]) -> None:
    leader_words = ("President of", "Prime Minister of", "Chancellor of", "General Secretary", "Emir of",
                    "King of", "Supreme Leader", "Premier of")  # fmt: skip
    have = {
        role["country"]
        for _, a in actors
        for role in a.get("roles", [])
        if a["type"] == "PER" and any(w in role["title"] for w in leader_words)
    }
    assert have >= REQUIRED_COUNTRIES, sorted(REQUIRED_COUNTRIES - have)


def test_igo_codes_do_not_collide_with_iso_countries() -> None:
    clash = [c for c in IGO_CODES if pycountry.countries.get(alpha_3=c) is not None]
    assert not clash, clash


def test_demonyms_cover_actor_and_required_countries(actors: list[tuple[str, dict[str, Any]]]) -> None:
    dem = _load(DATA / "demonyms.toml")
    historical = set(_load(DATA / "historical_states.toml"))  # states that no longer exist ("SUN")
    problems = []
    for code, entry in dem.items():
        if pycountry.countries.get(alpha_3=code) is None and code not in historical:
            problems.append(f"{code}: not an ISO alpha-3 code")
        if set(entry) != {"hi", "en"}:
            problems.append(f"{code}: keys must be hi and en")
            continue
        if not entry["hi"] or not all(DEVANAGARI.search(x) for x in entry["hi"]):
            problems.append(f"{code}: hi must be non-empty Devanagari")
        if not entry["en"] or any(DEVANAGARI.search(x) for x in entry["en"]):
            problems.append(f"{code}: en must be non-empty Latin")
    actor_countries = {a["country"] for _, a in actors if a["country"] not in IGO_CODES}
    uncovered = (actor_countries | REQUIRED_COUNTRIES) - set(dem)
    assert not uncovered, sorted(uncovered)
    assert not problems, problems


def test_the_actor_schema_and_the_model_share_their_vocabularies() -> None:
    """kb/data/schema.toml (for actor files) and khabar.model (for the checker) list the same codes."""
    from khabar.kb.validate import Schema
    from khabar.model import ENTITY_TYPES, SECTORS

    schema = Schema.load()
    assert schema.types == frozenset(ENTITY_TYPES)
    assert schema.sectors == frozenset(SECTORS)
