"""What khabar finds on real articles nobody annotated: coverage statistics and an eye-check sample.

Issue 11 asks for these after each round of accuracy work, on text no rule was tuned on
(``../shared/corpus/unlabeled/*.jsonl``, or any JSONL of ``{id, text, lang, category?}``):

* events per article and the share of sentences with an event, per language;
* events per article in the *negative* rows (sport, entertainment, science: political events found
  there are mostly false alarms), beside the same figure for the other rows;
* entities per article and how many of them the KB does not know (``kb_id`` empty: names khabar
  spelled itself), quotes per article and the share with a speaker;
* a seeded random sample of events and of KB-unknown names, written as Markdown with the sentence
  each came from, to be judged by eye (the script cannot know which are right: that is the point).

Usage::

    python benchmarks/unlabeled_stats.py ../shared/corpus/unlabeled/hi_bbc.jsonl \
        ../shared/corpus/unlabeled/en_newssumm.jsonl --json stats.json --sample sample.md
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from khabar.api import pipe
from khabar.model import ItemError
from khabar.output import to_contract

# Categories whose articles rarely report political events (the corpora's own labels, case-folded).
NEGATIVE_CATEGORIES = frozenset(
    {"sport", "sports", "entertainment", "science", "science and technology", "lifestyle and features"}
)


def read_records(paths: list[Path], limit: int | None) -> Iterator[dict[str, Any]]:
    """JSONL records in file order; a line that is not a JSON object is reported on stderr and skipped."""
    count = 0
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line_no, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    print(f"{path}:{line_no}: not JSON ({exc.msg}); skipped", file=sys.stderr)
                    continue
                if not isinstance(record, dict):
                    print(f"{path}:{line_no}: not a JSON object; skipped", file=sys.stderr)
                    continue
                yield record
                count += 1
                if limit is not None and count >= limit:
                    return


class Tally:
    """Counts for one language, split by negative vs other rows."""

    def __init__(self) -> None:
        self.counts: dict[str, float] = defaultdict(float)

    def add(self, key: str, value: float = 1) -> None:
        self.counts[key] += value

    def summary(self) -> dict[str, float | None]:
        c = self.counts

        def ratio(num: str, den: str) -> float | None:
            return round(c[num] / c[den], 3) if c[den] else None

        return {
            "articles": c["articles"],
            "negative_articles": c["negative_articles"],
            "events_per_article": ratio("events", "articles"),
            "events_per_negative_article": ratio("negative_events", "negative_articles"),
            "events_per_other_article": ratio("other_events", "other_articles"),
            "sentences_with_event_share": ratio("sentences_with_event", "sentences"),
            "events_with_source_and_target_share": ratio("events_both_actors", "events"),
            "entities_per_article": ratio("entities", "articles"),
            "kb_unknown_entity_share": ratio("kb_unknown_entities", "entities"),
            "quotes_per_article": ratio("quotes", "articles"),
            "quotes_with_speaker_share": ratio("quotes_with_speaker", "quotes"),
            "articles_without_event": c["articles_without_event"],
        }


def sentence_text(doc: Mapping[str, Any], index: Any) -> str:
    sentences = doc.get("sentences") or []
    if isinstance(index, int) and 0 <= index < len(sentences):
        s = sentences[index]
        return str(doc["text"][s["start"] : s["end"]])
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="+", type=Path, help="JSONL files of {id, text, lang, category?}")
    parser.add_argument("--limit", type=int, default=None, help="process at most this many articles")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", type=Path, help="write the statistics as JSON here")
    parser.add_argument("--sample", type=Path, help="write the eye-check sample as Markdown here")
    parser.add_argument("--sample-size", type=int, default=30)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)

    for path in args.corpus:
        if not path.is_file():
            parser.error(f"{path}: no such file")
    records = list(read_records(args.corpus, args.limit))
    categories = {str(r.get("id")): str(r.get("category") or "").casefold() for r in records}
    tallies: dict[str, Tally] = defaultdict(Tally)
    events_pool: list[tuple[str, str, dict[str, Any]]] = []
    names_pool: list[tuple[str, str, dict[str, Any]]] = []
    failures = 0
    for result in pipe(records, workers=args.workers, errors="yield"):
        if isinstance(result, ItemError):
            failures += 1
            print(f"{result.origin}: {result.message}", file=sys.stderr)
            continue
        doc = to_contract(result)
        lang = str(doc.get("lang") or "?")
        negative = categories.get(str(doc["id"]), "") in NEGATIVE_CATEGORIES
        tally = tallies[lang]
        events = doc.get("events") or []
        entities = {e["id"]: e for e in doc.get("entities") or []}
        tally.add("articles")
        tally.add("negative_articles" if negative else "other_articles")
        tally.add("events", len(events))
        tally.add("negative_events" if negative else "other_events", len(events))
        tally.add("articles_without_event", 0 if events else 1)
        tally.add("sentences", len(doc.get("sentences") or []))
        tally.add("sentences_with_event", len({e.get("sentence") for e in events}))
        tally.add("events_both_actors", sum(1 for e in events if e.get("source") and e.get("target")))
        tally.add("entities", len(entities))
        unknown = [e for e in entities.values() if not e.get("kb_id")]
        tally.add("kb_unknown_entities", len(unknown))
        quotes = doc.get("quotes") or []
        tally.add("quotes", len(quotes))
        tally.add("quotes_with_speaker", sum(1 for q in quotes if q.get("speaker")))
        for event in events:
            name = {k: (entities.get(event.get(k)) or {}).get("name") for k in ("source", "target")}
            trigger = event.get("trigger") or {}
            events_pool.append(
                (
                    lang,
                    str(doc["id"]),
                    {
                        "type": f"{event.get('plover')} ({event.get('cameo')})",
                        "source": name["source"],
                        "target": name["target"],
                        "trigger": doc["text"][trigger.get("start", 0) : trigger.get("end", 0)],
                        "sentence": sentence_text(doc, event.get("sentence")),
                        "negative_row": negative,
                    },
                )
            )
        for entity in unknown:
            mention = (entity.get("mentions") or [{}])[0]
            start = int(mention.get("start", 0))
            names_pool.append(
                (
                    lang,
                    str(doc["id"]),
                    {
                        "name": entity.get("name"),
                        "type": entity.get("type"),
                        "written": mention.get("text"),
                        "context": doc["text"][max(0, start - 40) : start + 60].replace("\n", " "),
                    },
                )
            )

    stats = {lang: tally.summary() for lang, tally in sorted(tallies.items())}
    stats["failures"] = failures  # type: ignore[assignment]
    print(json.dumps(stats, ensure_ascii=False, indent=2))
    if args.json:
        args.json.write_text(json.dumps(stats, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if args.sample:
        rng = random.Random(args.seed)
        lines = ["# Eye-check sample (judge each row: right / wrong, and why)", ""]
        for lang in sorted(tallies):
            for title, pool in (("events", events_pool), ("KB-unknown names", names_pool)):
                rows = [row for row in pool if row[0] == lang]
                picked = rng.sample(rows, min(args.sample_size, len(rows)))
                lines += [f"## {lang}: {len(picked)} {title} of {len(rows)}", ""]
                for i, (_, doc_id, row) in enumerate(picked, 1):
                    lines.append(f"{i}. `{doc_id}` " + " · ".join(f"**{k}**: {v}" for k, v in row.items()))
                lines.append("")
        args.sample.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
