"""Build ``src/khabar/kb/data/name_vocabulary.tsv``: name words as English text spells them, with counts.

Reproducible: ``python scripts/build_name_vocabulary.py ../shared/reference/india_admin
../shared/corpus/unlabeled/en_newssumm.jsonl`` (run after ``khabar kb build``). Only derived counts are
kept, never the text. Sources, each counted separately and summed:

1. the knowledge base's actor names and aliases in Latin script (curated actors, the Phoenix/TABARI
   imports, generated countries and cities): each capitalised word counts ``KB_WEIGHT`` per actor
   using it (a name written in a curated or dictionary entry is a deliberate English spelling);
2. the India administrative gazetteer (``reference/india_admin``: LGD states, districts and
   sub-districts, GeoNames towns; licences in kb/data/india_places_LICENSE.md): English names and
   their listed variants, once per place;
3. the unlabeled Indian English news rows (NewsSumm, as stored in ../shared/corpus/unlabeled): a
   word written capitalised inside a sentence (not at its start) in at least ``MIN_NEWS`` places and
   more often capitalised than in lower case (so "Minister", "The", "However" drop out, and names as
   Indian papers spell them — Eshwar, Singhvi, Akbaruddin — stay).

The project reads the derived file when it builds the KB (:mod:`khabar.text.respell`).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

MIN_NEWS = 2
KB_WEIGHT = 2
WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
LATIN_NAME_WORD = re.compile(r"^[A-Z][a-z]{2,}$")
OUT = Path(__file__).resolve().parents[1] / "src/khabar/kb/data/name_vocabulary.tsv"
HEADER = """# Name words in English spelling: word<TAB>count. Derived by scripts/build_name_vocabulary.py from
# (1) the khabar knowledge base's actor names and aliases ({kb} words; curated actors, Phoenix/TABARI
# dictionaries (MIT), generated countries and cities), (2) the India administrative gazetteer
# ({gazetteer} words; LGD and GeoNames (CC BY 4.0), see india_places_LICENSE.md) and (3) words written
# capitalised inside sentences of Indian English news ({news} words; NewsSumm rows of the unlabeled
# corpus; counts only, no text). Used to respell romanised Hindi names (khabar.text.respell).
"""


def kb_words() -> Counter[str]:
    from khabar.kb import KnowledgeBase

    counts: Counter[str] = Counter()
    for actor in KnowledgeBase.load(read_user_dir=False):
        words: set[str] = set()
        for spelling in (actor.name, *actor.aliases):
            words.update(w for w in WORD.findall(spelling) if LATIN_NAME_WORD.match(w))
        counts.update({w: KB_WEIGHT for w in words})
    return counts


def gazetteer_words(directory: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    files = ("india_states.tsv", "india_districts.tsv", "india_subdistricts.tsv", "india_towns_geonames.tsv")
    for name in files:
        with (directory / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                spellings = [row.get("name_en") or "", *(row.get("name_en_variants") or "").split("|")]
                words = {w for s in spellings for w in WORD.findall(s) if LATIN_NAME_WORD.match(w)}
                counts.update(words)
    return counts


def news_words(path: Path) -> Counter[str]:
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line).get("text", "")
            for sentence in re.split(r"(?<=[.!?:])\s+|\n+", text):
                words = WORD.findall(sentence)
                for word in words[1:]:  # the first word of a sentence is capitalised anyway
                    if LATIN_NAME_WORD.match(word):
                        capitalised[word] += 1
                    elif word.islower():
                        lower[word] += 1
    return Counter({w: n for w, n in capitalised.items() if n >= MIN_NEWS and n > lower.get(w.lower(), 0)})


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    kb, gazetteer, news = kb_words(), gazetteer_words(Path(argv[0])), news_words(Path(argv[1]))
    total = kb + gazetteer + news
    lines = [HEADER.format(kb=len(kb), gazetteer=len(gazetteer), news=len(news))]
    lines += [f"{word}\t{count}\n" for word, count in sorted(total.items(), key=lambda e: (-e[1], e[0]))]
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"{OUT}: {len(total)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
