"""How far Hindi text reaches the imported (Phoenix) actors.

Usage: python benchmarks/hindi_imported_reach.py CORPUS.jsonl  (one {"id", "text"} object per line)

* occur: imported actors whose Latin name (two or more words) is written in the corpus in Devanagari,
  found independently of the KB's own Devanagari spellings and of its search: every run of two or
  three Devanagari words is read with ``latin_key`` and loosened (h and the g of ng dropped, doubled
  letters single, a final a dropped: "manmohan singh" and "manmohan sinh" → "manmoan sin"), then
  compared with the names' loosened keys (equality);
* linked: imported actors the full pipeline links an entity to (``kb_id``), and how many of the
  occurring ones among them.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from khabar.api import Extractor
from khabar.kb.base import IMPORTED_DIR
from khabar.text.translit import latin_key


def skeleton(key: str) -> str:
    """A looser key for spellings that differ in aspiration, nasals and vowel length, per word
    (see the module docstring)."""
    words = []
    for word in key.split():
        word = word.replace("ng", "n").replace("h", "")
        word = re.sub(r"(.)\1+", r"\1", word)
        words.append(word[:-1] if len(word) > 3 and word.endswith("a") else word)
    return " ".join(w for w in words if w)


_DEVA_RUN = re.compile(r"[\u0900-\u0963\u0966-\u097f]+(?:\s+[\u0900-\u0963\u0966-\u097f]+)*")


def main(path: Path) -> None:
    extractor = Extractor()
    kb = extractor.resources.kb
    imported = {a.id for a in kb if a.source_file and f"/{IMPORTED_DIR}/" in a.source_file}
    names: dict[str, set[str]] = {}
    for actor_id in imported:
        actor = kb.actors[actor_id]
        for spelling in (actor.name, *actor.aliases):
            if spelling.isascii() and len(spelling.split()) >= 2:
                names.setdefault(skeleton(latin_key(spelling, kb.transliterator)), set()).add(actor_id)
    occurring: Counter[str] = Counter()
    linked: Counter[str] = Counter()
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    started = time.perf_counter()
    word_keys: dict[str, str] = {}
    for article in articles:
        text = article["text"]
        found: set[str] = set()
        for run in _DEVA_RUN.findall(text):
            words = run.split()
            keys = [word_keys.setdefault(w, skeleton(latin_key(w, kb.transliterator))) for w in words]
            for n in (2, 3):
                for i in range(len(keys) - n + 1):
                    found |= names.get(" ".join(keys[i : i + n]), set())
        occurring.update(found)
        doc = extractor.extract(text, id=article.get("id", "text"), lang="hi")
        linked.update({e.kb_id for e in doc.entities if e.kb_id in imported})
    elapsed = time.perf_counter() - started
    both = set(occurring) & set(linked)
    print(f"{len(articles)} articles, {len(imported)} imported actors in the KB ({elapsed:.1f} s)")
    print(f"imported actors occurring (Devanagari name, by transliteration): {len(occurring)}")
    print(f"imported actors linked by the pipeline: {len(linked)} ({sum(linked.values())} article-entities)")
    print(f"occurring and linked: {len(both)} of {len(occurring)}")
    for actor_id, count in linked.most_common(25):
        print(f"  linked {count:3d}  {actor_id}  {kb.actors[actor_id].name}  occurs={actor_id in occurring}")
    for actor_id in sorted(set(occurring) - set(linked))[:25]:
        print(f"  not linked  {actor_id}  {kb.actors[actor_id].name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
