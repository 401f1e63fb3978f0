"""Import TABARI/PETRARCH actor dictionaries (the Phoenix ``*.actors.txt`` files) into KB records.

A TABARI actor entry is a main name (words joined by ``_``), ``+`` synonym lines and bracketed
CAMEO codes, each optionally limited in time::

    KHALEDA_ZIA_  # CountryInfo.txt
        [BGDELI 630101-910320]
        [BGDGOV 910320-960330]
        [BGDELI]

Dates are ``YYMMDD`` (two-digit years pivot at 1930, as in PETRARCH2's reader) or ``YYYYMMDD``;
``>D`` means from D, ``<D`` until D, ``D1-D2`` between. A dated code becomes a role (country + sector
of the code, covering ``[D1, D2)``); an undated code gives the actor's default country and sector,
used at dates no role covers. A code is split in three-letter blocks: the country (ISO alpha-3 or a
CAMEO region/IGO code), then role codes; the first block that is a CAMEO sector is the sector
(``INDGOVMED`` → IND, GOV; ``IGOUNOKID`` → UNO, IGO as in the curated IGO entries).

Entries that only name a country (``AFGHANISTAN_ [AFG]`` with its cities as synonyms) are left out:
the KB generates countries and places itself. Everything else becomes a PER or ORG record in the
layout ``khabar.kb.validate`` reads (JSONL), with Devanagari spellings of multi-word names added by
``khabar.text.translit.to_devanagari`` (checked by transliterating them back), so Hindi text reaches
the imported actors too. The output is deterministic: the same dictionary gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.kb.validate import Schema, default_schema

IMPORT_VERSION = "1"
_CODE = re.compile(r"\[([^\]]*)\]")
_DATE_PART = re.compile(r"^\s*([<>]?)\s*(\d+)\s*(?:-\s*(\d+))?\s*$")
# Words that make a name an organisation rather than a person (checked on the upper-case name).
_ORG_WORDS = frozenset(
    [
        "ACADEMY",
        "AGENCY",
        "ALLIANCE",
        "ARMY",
        "ASSEMBLY",
        "ASSOCIATION",
        "AUTHORITY",
        "BANK",
        "BATTALION",
        "BOARD",
        "BRIGADE",
        "BRIGADES",
        "BUREAU",
        "CABINET",
        "CELL",
        "CELLS",
        "CENTER",
        "CENTRE",
        "CHURCH",
        "COALITION",
        "COLLEGE",
        "COMMAND",
        "COMMISSION",
        "COMMITTEE",
        "COMPANY",
        "CONFERENCE",
        "CONGRESS",
        "CORP",
        "CORPORATION",
        "CORPS",
        "COUNCIL",
        "COURT",
        "DEPARTMENT",
        "DIRECTORATE",
        "DIVISION",
        "FACTION",
        "FEDERATION",
        "FORCE",
        "FORCES",
        "FOUNDATION",
        "FRONT",
        "FUND",
        "GROUP",
        "GROUPS",
        "GUARD",
        "GUARDS",
        "INC",
        "INSTITUTE",
        "LEAGUE",
        "LIMITED",
        "LTD",
        "MILITIA",
        "MINISTRY",
        "MISSION",
        "MOVEMENT",
        "NETWORK",
        "NUCLEI",
        "OFFICE",
        "ORGANISATION",
        "ORGANIZATION",
        "PANEL",
        "PARLIAMENT",
        "PARTY",
        "POLICE",
        "PROGRAM",
        "PROGRAMME",
        "RESISTANCE",
        "SECRETARIAT",
        "SERVICE",
        "SERVICES",
        "SOCIETY",
        "TRIBUNAL",
        "TRUST",
        "UNION",
        "UNIT",
        "UNITS",
        "UNIVERSITY",
    ]
)
_PERSON_SOURCES = ("countryinfo", "rulers")


@dataclass(slots=True)
class TabariEntry:
    """One actor entry as written in the dictionary (names still in TABARI spelling)."""

    name: str
    line: int
    synonyms: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)  # the bracket contents, in file order
    comment: str = ""


@dataclass(slots=True)
class ImportReport:
    entries: int = 0
    actors: int = 0
    skipped_country: int = 0  # entries that only name a country (generated elsewhere)
    skipped_no_code: int = 0
    bad_dates: list[str] = field(default_factory=list)
    unknown_codes: dict[str, int] = field(default_factory=dict)
    devanagari: int = 0  # records that got a Devanagari spelling


def parse_tabari(text: str) -> list[TabariEntry]:
    """The actor entries of a TABARI ``.actors`` file, in file order."""
    entries: list[TabariEntry] = []
    current: TabariEntry | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line, _, comment = raw.partition("#")
        if not line.strip():
            continue
        stripped = line.strip()
        codes = _CODE.findall(stripped)
        head = _CODE.sub(" ", stripped).strip()
        if stripped.startswith("+"):
            if current is not None and head[1:].strip():
                current.synonyms.append(head[1:].strip())
            if current is not None:
                current.codes.extend(codes)
            continue
        if raw[:1].isspace() or not head:
            if current is not None:  # a code line of the entry above
                current.codes.extend(codes)
            continue
        current = TabariEntry(name=head, line=number, codes=list(codes), comment=comment.strip())
        entries.append(current)
    return entries


def display_name(tabari: str) -> str:
    """Readable form of a TABARI name: ``G._K._VASAN_`` → ``G. K. Vasan``; acronyms stay capitals."""
    words = tabari.replace("_", " ").split()
    out = []
    for word in words:
        letters = re.sub(r"[^A-Za-z]", "", word)
        keep = (len(words) == 1 and len(letters) <= 6) or (letters and not re.search(r"[AEIOUY]", letters))
        out.append(word if keep else _title_word(word))
    return " ".join(out)


def _title_word(word: str) -> str:
    # capitalise after hyphens and apostrophes at word starts (AL-QAEDA → Al-Qaeda, O'NEILL → O'Neill)
    return re.sub(r"[A-Za-z]+", lambda m: m.group().capitalize(), word.lower())


def parse_date(value: str) -> str | None:
    """``YYMMDD`` (pivot 1930) or ``YYYYMMDD`` → ISO date; a longer run keeps its last 8 digits when
    they are a date (``1920030320`` → 2003-03-20); None when no date can be read."""
    digits = value.strip()
    candidates = []
    if len(digits) == 6:
        year = int(digits[:2])
        candidates.append(((1900 if year >= 30 else 2000) + year, digits[2:4], digits[4:6]))
    elif len(digits) == 8:
        candidates.append((int(digits[:4]), digits[4:6], digits[6:8]))
    elif len(digits) > 8:
        candidates.append((int(digits[-8:-4]), digits[-4:-2], digits[-2:]))
        candidates.append((int(digits[:4]), digits[4:6], digits[6:8]))
    for year, month, day in candidates:
        try:
            return dt.date(year, int(month), int(day)).isoformat()
        except ValueError:
            continue
    return None


def split_code(code: str, schema: Schema) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO actor code, from its three-letter blocks."""
    blocks = [code[i : i + 3] for i in range(0, len(code), 3) if len(code[i : i + 3]) == 3]
    # IGO is both a sector and a country-position code in the schema: a real country block comes first
    country = next((b for b in blocks if b in schema.countries and b not in schema.sectors), None)
    sector = next((b for b in blocks if b in schema.sectors), None)
    if sector in ("IGO", "NGO", "MNC") and country is None:
        country = next((b for b in blocks[1:] if b not in schema.sectors and b.isalpha()), None)
    return country, sector


def _slug(name: str) -> str:
    return re.sub(r"_+", "_", re.sub(r"[^a-z0-9]+", "_", name.lower())).strip("_") or "x"


def _is_person(entry: TabariEntry, dated: bool) -> bool:
    words = set(re.sub(r"[^A-Z ]", " ", entry.name.replace("_", " ").upper()).split())
    if words & _ORG_WORDS:
        return False
    if any(tag in entry.comment.lower() for tag in _PERSON_SOURCES):
        return True
    return dated and 2 <= len(words) <= 4


def entries_to_records(
    entries: Iterable[TabariEntry],
    prefix: str,
    source: str,
    schema: Schema | None = None,
    devanagari: bool = True,
) -> tuple[list[dict[str, Any]], ImportReport]:
    """KB actor records (``khabar.kb.validate`` layout) for TABARI entries; ids are ``<prefix>_<slug>``."""
    from khabar.text.translit import to_devanagari

    schema = schema or default_schema()
    report = ImportReport()
    records: list[dict[str, Any]] = []
    used: dict[str, int] = {}
    for entry in entries:
        report.entries += 1
        codes = [c.strip() for c in entry.codes if c.strip() and not c.strip().startswith("---")]
        if not codes:
            report.skipped_no_code += 1
            continue
        roles: list[dict[str, Any]] = []
        default: tuple[str | None, str | None] = (None, None)
        bare_country_only = True
        for raw in codes:
            code, _, when = raw.partition(" ")
            code = code.strip().upper()
            country, sector = split_code(code, schema)
            if country is None and sector is None:
                report.unknown_codes[code] = report.unknown_codes.get(code, 0) + 1
                continue
            if sector is not None or len(code) != 3:
                bare_country_only = False
            if not when.strip():
                default = (country or default[0], sector or default[1])
                continue
            match = _DATE_PART.match(when)
            role: dict[str, Any] = {"title": f"CAMEO {code}", "country": country, "sector": sector}
            start = end = None
            if match:
                sign, first, second = match.groups()
                if second is not None:
                    start, end = parse_date(first), parse_date(second)
                elif sign == "<":
                    end = parse_date(first)
                else:
                    start = parse_date(first)
            if (
                not match
                or (match.group(3) and (start is None or end is None))
                or (start is None and end is None)
            ):
                report.bad_dates.append(f"line {entry.line}: [{raw}]")
                default = (country or default[0], sector or default[1])
                continue
            if start and end and start > end:
                report.bad_dates.append(f"line {entry.line}: [{raw}] (start after end)")
                default = (country or default[0], sector or default[1])
                continue
            role["start"], role["end"] = start, end
            roles.append(role)
        if bare_country_only and not roles:
            report.skipped_country += 1
            continue
        # actor-level country/sector: the undated code, else the last-starting role's
        country, sector = default
        if roles:
            latest = max(roles, key=lambda r: r.get("start") or "")
            country = (
                country or latest["country"] or next((r["country"] for r in roles if r["country"]), None)
            )
            sector = sector or latest["sector"]
        for role in roles:
            role["country"] = role["country"] or country
            role.setdefault("sector", None)
        person = _is_person(entry, dated=bool(roles))
        name = display_name(entry.name)
        synonyms = [display_name(s) for s in entry.synonyms]
        aliases = [s for s in dict.fromkeys(synonyms) if s != name]
        if (devanagari and person) or (devanagari and len(name.split()) >= 2):
            for spelling in [name, *aliases]:
                deva = to_devanagari(spelling) if len(spelling.split()) >= 2 else None
                if deva and deva not in aliases:
                    aliases.append(deva)
                    report.devanagari += 1
                    break
        slug = f"{prefix}_{_slug(entry.name)}"
        used[slug] = used.get(slug, 0) + 1
        actor_id = slug if used[slug] == 1 else f"{slug}_{used[slug]}"
        record: dict[str, Any] = {
            "id": actor_id,
            "type": "PER" if person else "ORG",
            "name": name,
            "country": country,
            "sector": sector,
            "aliases": aliases,
            "roles": [{k: v for k, v in r.items() if v is not None} for r in roles],
            "note": f"{source} line {entry.line}",
        }
        records.append({k: v for k, v in record.items() if v is not None})
        report.actors += 1
    return records, report


def default_prefix(path: Path) -> str:
    """Id prefix (and output file stem) for a dictionary: Phoenix.Countries.actors.txt → phx_countries."""
    stem = path.name.split(".actors")[0].split(".txt")[0]
    return _slug(re.sub(r"^Phoenix\.", "phx_", stem))


def import_tabari(path: Path, prefix: str | None = None) -> tuple[list[dict[str, Any]], ImportReport]:
    """Read a TABARI actor file and return its KB records and an import report."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return entries_to_records(parse_tabari(text), prefix or default_prefix(path), path.name)


PART_BYTES = 4_000_000  # no generated file over this size (the repository keeps files under 5 MB)


def write_jsonl(records: list[dict[str, Any]], directory: Path, stem: str, suffix: str) -> list[Path]:
    """Write ``records`` one per line (UTF-8, fixed key order) as ``<stem><suffix>``, or as numbered
    parts ``<stem>.1<suffix>``, ``<stem>.2<suffix>`` … of at most ``PART_BYTES`` each: the same records
    give the same files, byte for byte. Older parts of the same stem are removed first."""
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob(f"{stem}*{suffix}"):
        if old.name == f"{stem}{suffix}" or re.fullmatch(
            rf"{re.escape(stem)}\.\d+{re.escape(suffix)}", old.name
        ):
            old.unlink()
    lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records]
    parts: list[list[str]] = [[]]
    size = 0
    for line in lines:
        length = len(line.encode("utf-8"))
        if parts[-1] and size + length > PART_BYTES:
            parts.append([])
            size = 0
        parts[-1].append(line)
        size += length
    names = (
        [f"{stem}{suffix}"] if len(parts) == 1 else [f"{stem}.{i}{suffix}" for i in range(1, len(parts) + 1)]
    )
    written = []
    for name, part in zip(names, parts, strict=True):
        path = directory / name
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(part)
        written.append(path)
    return written


_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


def parse_agents(text: str, schema: Schema | None = None) -> tuple[list[dict[str, Any]], list[str]]:
    """Generic agents of a TABARI ``agents`` file (``POLICE {} [~COP]``, ``POLICE!PERSON! [~COP]``,
    ``HEAD_OF_NATIONAL_POLICE {HEADS_OF_NATIONAL_POLICE} [~COP]``) as records ``{"agent", "code",
    "sector", "forms"}``: lower-case word forms (``!PERSON!``-style sets expanded, the ``{…}``
    irregular plurals added), the agent code and its first CAMEO sector. Agents whose code has no
    sector (religions alone: ``[~CHR]``) are left out and listed in the second value."""
    schema = schema or default_schema()
    sets: dict[str, list[str]] = {}
    records: dict[str, dict[str, Any]] = {}
    skipped: list[str] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        sub = _SUBSTITUTION.match(line)
        if sub:
            sets[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        code_match = re.search(r"\[~?([A-Z0-9]*)\]", line)
        if not code_match:
            continue
        code = code_match.group(1)
        head = line[: code_match.start()]
        plurals = re.findall(r"\{([^}]*)\}", head)
        name = re.sub(r"\{[^}]*\}", " ", head).strip()
        blocks = [code[i : i + 3] for i in range(0, len(code), 3)]
        sector = next((b for b in blocks if b in schema.sectors), None)
        if not name:
            continue
        if sector is None:
            skipped.append(f"{name} [~{code}]")
            continue
        forms = _expand(name, sets) + [f for p in plurals for w in p.split() for f in _expand(w, sets)]
        forms = [f for f in dict.fromkeys(forms) if f]
        if not forms:
            continue
        key = forms[0]
        if key in records:  # the first entry of a phrase wins (file order), later forms are added
            records[key]["forms"] = list(dict.fromkeys([*records[key]["forms"], *forms]))
            continue
        records[key] = {"agent": key, "code": code, "sector": sector, "forms": forms}
    return list(records.values()), skipped


def _expand(name: str, sets: dict[str, list[str]]) -> list[str]:
    """Lower-case spellings of a TABARI phrase: ``_`` is a space, a ``!SET!`` each of its words
    (written on to the word before it: ``POLICE!PERSON!`` → policeman, policemen, …)."""
    found = re.search(r"![A-Z]+!", name)
    if found and found.group() in sets:
        return [
            form
            for word in sets[found.group()]
            for form in _expand(name[: found.start()] + word + name[found.end() :], sets)
        ]
    text = re.sub(r"\s+", " ", name.replace("_", " ")).strip().lower()
    return [text] if text and "!" not in text else []
