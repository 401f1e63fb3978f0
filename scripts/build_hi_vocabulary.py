"""Build ``src/khabar/langpacks/hi/vocabulary.tsv``: common Hindi words by document frequency.

Reproducible: ``python scripts/build_hi_vocabulary.py ../shared/corpus/unlabeled/hi_bbc.jsonl``.
The source is the unlabeled BBC Hindi rows (BBC Hindi news-classification corpus, iNLTK release, as
stored in GitHub ``danlobo1999/classification-of-hindi-news``); only derived counts are kept (words seen
in at least ``MIN_DOCS`` articles), never the text. The project reads the derived file at run time and
never needs the corpus.

A word seen in several unrelated articles is ordinary vocabulary (or a name famous enough for the KB);
a word seen in one or two is most often a name, a rare word, or two words glued together by scraping.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

MIN_DOCS = 2
# A Devanagari word (letters, signs, ZWNJ/ZWJ); danda and digits excluded.
WORD = re.compile(r"[\u0900-\u0963\u0971-\u097f\u200c\u200d]+")
OUT = Path(__file__).resolve().parents[1] / "src/khabar/langpacks/hi/vocabulary.tsv"
HEADER = """# Common Hindi words: word<TAB>number of articles it occurs in (at least {min_docs} of {docs}).
# Derived by scripts/build_hi_vocabulary.py from the BBC Hindi news-classification corpus (iNLTK
# release; GitHub danlobo1999/classification-of-hindi-news), rows not used for evaluation. Only word
# counts are kept, no text. News copy from a public research corpus: the counts are for the
# project's own use (name finding, glued-word splitting).
"""


def main(path: str) -> None:
    df: Counter[str] = Counter()
    docs = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("lang", "hi") != "hi":
                continue
            docs += 1
            df.update(set(WORD.findall(row["text"])))
    words = sorted((w for w, n in df.items() if n >= MIN_DOCS and len(w) >= 1), key=lambda w: (-df[w], w))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER.format(min_docs=MIN_DOCS, docs=docs))
        for word in words:
            out.write(f"{word}\t{df[word]}\n")
    print(f"{OUT}: {len(words)} words from {docs} articles")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/unlabeled/hi_bbc.jsonl")
