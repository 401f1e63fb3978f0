"""Build ``src/khabar/langpacks/hi/vocabulary.tsv``: common Hindi words by document frequency.

Reproducible: ``python scripts/build_hi_vocabulary.py ../shared/corpus/unlabeled/hi_bbc.jsonl`` (with
``wordfreq==3.1.1`` installed: ``pip install wordfreq==3.1.1``; it is needed only here, not at run time).
The source is the unlabeled BBC Hindi rows (BBC Hindi news-classification corpus, iNLTK release, as
stored in GitHub ``danlobo1999/classification-of-hindi-news``); only derived counts are kept (words seen
in at least ``MIN_DOCS`` articles), never the text. The project reads the derived file at run time and
never needs the corpus.

The second source is wordfreq's Hindi list (Robyn Speer, wordfreq 3.1.1: word frequencies from
Wikipedia, subtitles, news and web text; data under CC BY-SA 4.0): every word with a Zipf frequency of at
least ``MIN_ZIPF``, with that frequency in the third column.

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
MIN_ZIPF = 3.0
# A Devanagari word (letters, signs, ZWNJ/ZWJ); danda and digits excluded.
WORD = re.compile(r"[\u0900-\u0963\u0971-\u097f\u200c\u200d]+")
OUT = Path(__file__).resolve().parents[1] / "src/khabar/langpacks/hi/vocabulary.tsv"
HEADER = """# Common Hindi words: word<TAB>number of articles of the news corpus it occurs in<TAB>Zipf frequency.
# Derived by scripts/build_hi_vocabulary.py from (1) the BBC Hindi news-classification corpus (iNLTK
# release; GitHub danlobo1999/classification-of-hindi-news), rows not used for evaluation: words in
# at least {min_docs} of {docs} articles, only counts kept, no text; and (2) wordfreq 3.1.1 by Robyn
# Speer (https://github.com/rspeer/wordfreq), Hindi words with Zipf frequency >= {min_zipf}; wordfreq's
# data is licensed CC BY-SA 4.0, and so is this derived list (share-alike). Used for name finding and
# glued-word splitting.
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
    from wordfreq import get_frequency_dict, zipf_frequency

    zipf = {
        w: zipf_frequency(w, "hi")
        for w in get_frequency_dict("hi")
        if WORD.fullmatch(w) and zipf_frequency(w, "hi") >= MIN_ZIPF
    }
    chosen = {w for w, n in df.items() if n >= MIN_DOCS} | set(zipf)
    words = sorted(chosen, key=lambda w: (-df[w], -zipf.get(w, 0.0), w))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER.format(min_docs=MIN_DOCS, docs=docs, min_zipf=MIN_ZIPF))
        for word in words:
            out.write(f"{word}\t{df[word]}\t{zipf.get(word, 0.0):.2f}\n")
    print(f"{OUT}: {len(words)} words from {docs} articles")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/unlabeled/hi_bbc.jsonl")
