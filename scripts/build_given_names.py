"""Build ``src/khabar/kb/data/given_names.tsv`` and ``family_names.tsv``: given (first) and family (last)
names in English spelling, with counts.

Reproducible: ``python scripts/build_given_names.py ../shared/corpus/unlabeled/en_newssumm.jsonl`` (run
after ``khabar kb build``). Only derived counts are kept, never the text. A word is a given name when it
starts names more often than it continues them (a family name ends names more often than it starts them):

1. the knowledge base's people (``PER`` actors): the first word of every Latin name or alias of two or
   more words ("Sunil" of "Sunil Jakhar"), once per actor, kept when it starts names more often than it
   stands later in one ("Singh", "Khan" drop out);
2. the unlabeled Indian English news rows (NewsSumm): a capitalised word inside a sentence, after a
   lower-case word and before another capitalised word ("minister Girish Mahajan said"), in at least
   ``MIN_NEWS`` places, that starts such runs more often than it ends them and is (almost) never written
   in lower case ("New", "Chief", "Supreme" are ordinary words and drop out).

The Hindi mention finder reads the file: a run of unknown name-like words whose first word romanises to
one of these is a person even with no cue after it (``khabar.stages.mentions.pattern``).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

MIN_NEWS = 2
MIN_LENGTH = 3
LOWER_SHARE = 0.05  # a word written in lower case more often than this (per capitalised use) is ordinary
WORD = re.compile(r"[A-Za-z]+")
OUT = Path(__file__).resolve().parents[1] / "src/khabar/kb/data/given_names.tsv"
FAMILY_OUT = OUT.with_name("family_names.tsv")
HEADER = """# Given names in English spelling: word<TAB>count. Derived by scripts/build_given_names.py from
# (1) first words of the khabar knowledge base's people ({kb} words; curated actors and the Phoenix/TABARI
# dictionaries (MIT)) and (2) words starting capitalised name runs inside sentences of Indian English news
# ({news} words; NewsSumm rows of the unlabeled corpus; counts only, no text). A word is kept when it starts
# names more often than it continues them. Read by the Hindi mention finder (unknown names with no cue).
"""
FAMILY_HEADER = """# Family names in English spelling: word<TAB>count. Derived by scripts/build_given_names.py
# from (1) last words of the khabar knowledge base's people ({kb} words; curated actors and the
# Phoenix/TABARI dictionaries (MIT)) and (2) words ending capitalised name runs inside sentences of
# Indian English news ({news} words; NewsSumm rows of the unlabeled corpus; counts only, no text). A word
# is kept when it ends names more often than it starts them. Read by the Hindi mention finder.
"""


def kb_names() -> tuple[Counter[str], Counter[str]]:
    """(given names, family names) of the knowledge base's people."""
    from khabar.resources import Resources

    first: Counter[str] = Counter()
    later: Counter[str] = Counter()
    ends: Counter[str] = Counter()
    for actor in Resources.load().kb:
        if actor.type != "PER":
            continue
        starts: set[str] = set()
        rest: set[str] = set()
        last: set[str] = set()
        for alias in (actor.name, *actor.aliases):
            words = WORD.findall(alias) if alias.isascii() else []
            if len(words) >= 2 and words[0][:1].isupper():
                starts.add(words[0])
                rest.update(words[1:])
                if words[-1][:1].isupper():
                    last.add(words[-1])
        first.update(starts)
        later.update(rest)
        ends.update(last)
    given = Counter({w: n for w, n in first.items() if len(w) >= MIN_LENGTH and n > later[w]})
    family = Counter({w: n for w, n in ends.items() if len(w) >= MIN_LENGTH and n > first[w]})
    return given, family


def news_names(path: Path) -> tuple[Counter[str], Counter[str]]:
    """(given names, family names) written in Indian English news."""
    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    with path.open(encoding="utf-8") as rows:
        for line in rows:
            text = json.loads(line).get("text", "")
            for sentence in re.split(r"(?<=[.!?:])\s+|\n+", text):
                words = WORD.findall(sentence)
                for k, word in enumerate(words):
                    if word.islower():
                        lower[word.capitalize()] += 1
                        continue
                    if k == 0 or not word[:1].isupper() or not word[1:].islower():
                        continue
                    capital[word] += 1
                    before, after = words[k - 1], words[k + 1] if k + 1 < len(words) else ""
                    is_next_cap = after[:1].isupper() and after[1:].islower()
                    if before.islower() and is_next_cap:
                        first[word] += 1
                    elif before[:1].isupper() and before[1:].islower() and not is_next_cap:
                        last[word] += 1

    def kept(counts: Counter[str], others: Counter[str]) -> Counter[str]:
        return Counter(
            {
                w: n
                for w, n in counts.items()
                if n >= MIN_NEWS
                and len(w) >= MIN_LENGTH
                and n > others[w]
                and lower[w] <= LOWER_SHARE * capital[w]
            }
        )

    return kept(first, last), kept(last, first)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    (kb_given, kb_family), (news_given, news_family) = kb_names(), news_names(Path(argv[0]))
    for out, header, kb, news in (
        (OUT, HEADER, kb_given, news_given),
        (FAMILY_OUT, FAMILY_HEADER, kb_family, news_family),
    ):
        total = kb + news
        lines = [header.format(kb=len(kb), news=len(news))]
        lines += [f"{w}\t{n}\n" for w, n in sorted(total.items(), key=lambda e: (-e[1], e[0]))]
        out.write_text("".join(lines), encoding="utf-8")
        print(f"{out}: {len(total)} names ({len(kb)} from the knowledge base, {len(news)} from news)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
