"""KB search speed at the shipped KB size: unknown names (misspelt actor names, both scripts).

Usage: python benchmarks/kb_search.py [N]  — N queries (default 300) built from the KB's own names
with one letter changed (Latin) and from its Devanagari aliases; reports load time, queries per
second and per-query milliseconds (median and 95th percentile), every query first-seen (no memo).
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from khabar.kb import KnowledgeBase


def main(n: int = 300) -> None:
    started = time.perf_counter()
    kb = KnowledgeBase.load()
    loaded = time.perf_counter() - started
    rng = random.Random(7)
    ids = [i for i in kb.actors if not i.startswith(("country:", "city:", "place:"))]
    people = [kb.actors[i] for i in ids]
    queries: list[str] = []
    while len(queries) < n:
        actor = rng.choice(people)
        deva = [s for s in actor.aliases if not s.isascii()]
        if deva and rng.random() < 0.4:
            queries.append(rng.choice(deva))
            continue
        name = actor.name
        i = rng.randrange(len(name))
        queries.append(name[:i] + rng.choice("aeiourn") + name[i + 1 :])
    times = []
    for query in queries:
        t = time.perf_counter()
        kb._search(query, 3, 60.0)  # the memo-free search
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(
        f"KB: {len(kb)} actors, {len(kb.match_index)} matchable names,"
        f" {len(kb._fuzzy.keys) if kb._fuzzy else 0} search keys; load {loaded:.2f} s"
    )
    print(
        f"{n} first-seen queries: median {statistics.median(times):.2f} ms,"
        f" p95 {times[int(0.95 * len(times)) - 1]:.2f} ms, mean {statistics.fmean(times):.2f} ms"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
