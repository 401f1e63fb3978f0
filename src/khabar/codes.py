"""CAMEO and PLOVER code tables, loaded from ``src/khabar/reference/``.

Attribution (keep wherever these tables are copied, see reference/README.md):
* ``cameo_event_codes.csv``: CAMEO labels from openeventdata/text_to_CAMEO (MIT); Goldstein values
  and quad classes from GDELT's lookup tables (free and open); pentaclass from
  openeventdata/phoenix_pipeline (MIT).
* ``cameo_to_plover.txt``: CAMEO → PLOVER conversion, PLOVER manual draft 0.8 (2021),
  openeventdata/PLOVER, CC BY-SA 4.0.
* ``plover_scores.csv``: PLOVER conflict–cooperation scores, PLOVER manual v0.8, CC BY-SA 4.0.

``CodeTables.load()`` reads the files once; create one per process and pass it in.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from khabar.errors import KhabarError

REFERENCE_DIR = Path(__file__).parent / "reference"
_T = TypeVar("_T")
# The 2021 CAMEO→PLOVER table has no line for CAMEO root 02 (Appeal); PLOVER's REQUEST covers "all
# requests, demands, and orders" (plover_codebook.csv), so appeals go there.
ROOT_FALLBACK: dict[str, tuple[str, str | None]] = {"02": ("REQUEST", None)}

# "0311: AGREE,  ,   economic # Express intent to cooperate economically"; root lines have no commas.
_PLOVER_LINE = re.compile(r"^(?P<code>\d{2,4})\s*:\s*(?P<body>[^#]*?)\s*(?:#\s*(?P<name>.*))?$")


class CodeTableError(KhabarError):
    """A reference table is missing or malformed."""


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    root: str
    goldstein: float | None  # None where GDELT's table has no value (taken from the parent)
    quad_class: int  # GDELT: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict


@dataclass(frozen=True, slots=True)
class PloverCode:
    type: str  # AGREE, CONSULT, …
    mode: str | None = None
    context: str | None = None


@dataclass(slots=True)
class CodeTables:
    cameo: dict[str, CameoCode]
    plover: dict[str, PloverCode]  # CAMEO code → PLOVER
    plover_scores: dict[tuple[str, str], float]  # (type, mode or "") → score

    @classmethod
    def load(cls, directory: Path = REFERENCE_DIR) -> CodeTables:
        return cls(
            cameo=_read_cameo(directory / "cameo_event_codes.csv"),
            plover=_read_plover(directory / "cameo_to_plover.txt"),
            plover_scores=_read_scores(directory / "plover_scores.csv"),
        )

    def _lookup(self, table: dict[str, _T], code: str) -> _T | None:
        """Exact code, else the nearest parent (``0311`` → ``031`` → ``03``)."""
        for length in range(len(code), 1, -1):
            found = table.get(code[:length])
            if found is not None:
                return found
        return None

    def get(self, code: str) -> CameoCode | None:
        return self._lookup(self.cameo, code)

    def to_plover(self, code: str) -> PloverCode | None:
        found = self._lookup(self.plover, code)
        if found is None and code[:2] in ROOT_FALLBACK:
            type_, mode = ROOT_FALLBACK[code[:2]]
            return PloverCode(type_, mode)
        return found

    def goldstein(self, code: str) -> float | None:
        """Goldstein score of the code, or of its nearest parent that has one."""
        for length in range(len(code), 1, -1):
            found = self.cameo.get(code[:length])
            if found is not None and found.goldstein is not None:
                return found.goldstein
        return None

    def quad_class(self, code: str) -> int | None:
        found = self.get(code)
        return found.quad_class if found else None

    def name(self, code: str) -> str | None:
        found = self.cameo.get(code)
        return found.name if found else None

    def plover_score(self, type_: str, mode: str | None = None) -> float | None:
        return self.plover_scores.get((type_, mode or ""), self.plover_scores.get((type_, "")))

    def require(self, code: str, origin: str) -> CameoCode:
        """The code's entry, or a CodeTableError naming ``origin`` (e.g. a lexicon entry)."""
        found = self.cameo.get(code)
        if found is None:
            raise CodeTableError(f"{origin}: unknown CAMEO code {code!r}")
        return found


def _open(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CodeTableError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _read_cameo(path: Path) -> dict[str, CameoCode]:
    out: dict[str, CameoCode] = {}
    for number, row in enumerate(csv.DictReader(_open(path).splitlines()), start=2):
        try:
            out[row["code"]] = CameoCode(
                code=row["code"],
                name=row["name"],
                root=row["root_code"],
                goldstein=float(row["goldstein_gdelt"]) if row["goldstein_gdelt"].strip() else None,
                quad_class=int(row["gdelt_quadclass"]),
            )
        except (KeyError, ValueError) as exc:
            raise CodeTableError(f"{path}:{number}: malformed row: {exc}") from exc
    return out


def _read_plover(path: Path) -> dict[str, PloverCode]:
    out: dict[str, PloverCode] = {}
    for line in _open(path).splitlines():
        match = _PLOVER_LINE.match(line.strip())
        if not match:
            continue
        parts = [p.strip() for p in match["body"].split(",")]
        type_ = parts[0].upper()
        if not type_ or not type_.isalpha():
            continue
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        context = parts[2] if len(parts) > 2 and parts[2] else None
        code = match["code"]
        # Root lines ("08: CONCEDE" and "08: RETREAT") are headings; keep the first for a bare root.
        out.setdefault(code, PloverCode(type_, mode, context))
    return out


def _read_scores(path: Path) -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = {}
    for row in csv.DictReader(_open(path).splitlines()):
        try:
            out[(row["event"].strip(), (row.get("mode") or "").strip())] = float(row["score"])
        except (KeyError, ValueError):
            continue
    return out
