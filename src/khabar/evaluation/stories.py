"""Score stories and event clusters against ``corpus/stories.jsonl``: pairwise precision and recall.

Gold (docs/gold-format.md, "Stories"): one line per article, ``{"article": "dev/articles/x.txt",
"story": label, "events": [{"gold_event": i, "event": label}, …]}`` where ``i`` indexes the events of
that article in the gold file beside its folder (``dev/gold.jsonl``). Articles with the same story
label report one story; gold events with the same event label are one real-world event; an
unlisted gold event is an event of its own.

- Story pairs: every pair of articles; a pair is positive when both are in one story.
- Event pairs: every pair of gold events that khabar found (a gold event is found when the
  evaluation's lenient matcher pairs it with a predicted event); positive when they are one event.
  Predicted: khabar put the two matched events in one cluster.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar.errors import InputError
from khabar.evaluation.gold import load_gold, numbered_lines
from khabar.evaluation.scoring import Counts, _greedy, _pred_events, _Predicted, lenient_match
from khabar.evaluation.types import load_event_types

if TYPE_CHECKING:
    from khabar.api import Extractor


@dataclass(frozen=True, slots=True)
class StoryGold:
    path: Path
    article_id: str
    story: str
    events: dict[int, str]
    line: int


def load_story_gold(path: str | Path) -> list[StoryGold]:
    path = Path(path)
    found = []
    for number, line in numbered_lines(path, "stories gold file"):
        origin = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(origin, f"not valid JSON: {exc}") from exc
        if not isinstance(record, dict) or not isinstance(record.get("article"), str):
            raise InputError(origin, "a stories line needs an 'article' path")
        if not isinstance(record.get("story"), str) or not record["story"]:
            raise InputError(origin, "a stories line needs a 'story' label")
        events: dict[int, str] = {}
        for item in record.get("events") or []:
            if not isinstance(item, dict) or not isinstance(item.get("gold_event"), int):
                raise InputError(origin, "each event needs an integer 'gold_event'")
            events[item["gold_event"]] = str(item.get("event") or "")
        article = path.parent / record["article"]
        found.append(StoryGold(article, article.stem, record["story"], events, number))
    return found


def pairwise(
    gold: dict[Any, str], predicted: dict[Any, str], errors: list[tuple[str, Any, Any]] | None = None
) -> Counts:
    """Pair counts over the items both labellings know: tp = same in both, fp = same only in the
    prediction, fn = same only in the gold (each fp and fn pair is appended to ``errors``)."""
    counts = Counts()
    items = sorted(set(gold) & set(predicted), key=str)
    for a, b in combinations(items, 2):
        same_gold, same_pred = gold[a] == gold[b], predicted[a] == predicted[b]
        if same_gold and same_pred:
            counts.tp += 1
        elif same_pred:
            counts.fp += 1
            if errors is not None:
                errors.append(("fp", a, b))
        elif same_gold:
            counts.fn += 1
            if errors is not None:
                errors.append(("fn", a, b))
    return counts


@dataclass(slots=True)
class StoriesReport:
    stories: Counts = field(default_factory=Counts)
    events: Counts = field(default_factory=Counts)
    articles: int = 0
    gold_stories: int = 0
    predicted_stories: int = 0
    gold_events: int = 0
    matched_events: int = 0
    # gold event label (with two or more reports) → the predicted clusters its reports fell in,
    # each with its num_articles, and the number of gold reports
    multi_report: dict[str, dict[str, Any]] = field(default_factory=dict)
    # the wrong pairs: ("fp" | "fn", one item, the other) with items "article#gold event" or articles
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def metrics(self) -> dict[str, float | None]:
        return {
            "stories.pair_precision": self.stories.precision,
            "stories.pair_recall": self.stories.recall,
            "stories.pair_f1": self.stories.f1,
            "event_clusters.pair_precision": self.events.precision,
            "event_clusters.pair_recall": self.events.recall,
            "event_clusters.pair_f1": self.events.f1,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "metrics": self.metrics,
            "story_pairs": vars_of(self.stories),
            "event_pairs": vars_of(self.events),
            "articles": self.articles,
            "gold_stories": self.gold_stories,
            "predicted_stories": self.predicted_stories,
            "gold_events": self.gold_events,
            "matched_events": self.matched_events,
            "multi_report_events": self.multi_report,
            "errors": [{"kind": k, "a": a, "b": b} for k, a, b in self.errors],
        }


def vars_of(counts: Counts) -> dict[str, int]:
    return {"tp": counts.tp, "fp": counts.fp, "fn": counts.fn}


def evaluate_stories(path: str | Path, extractor: Extractor | None = None) -> StoriesReport:
    """Process the gold file's articles into a fresh store (clustering as ``khabar ingest`` does)
    and score its stories and event clusters."""
    from khabar.api import Extractor
    from khabar.model import ItemError
    from khabar.readers import iter_documents
    from khabar.store import Store

    gold = load_story_gold(path)
    extractor = extractor or Extractor()
    tables = load_event_types()
    gold_files: dict[Path, dict[str, Any]] = {}
    report = StoriesReport(articles=len(gold), gold_stories=len({g.story for g in gold}))
    with (
        tempfile.TemporaryDirectory(prefix="khabar-stories-eval-") as folder,
        Store(Path(folder) / "eval.duckdb") as store,
    ):
        docs = []
        for item in gold:
            if not item.path.is_file():
                raise InputError(str(item.path), f"article of stories gold line {item.line} not found")
            for doc in iter_documents([str(item.path)]):
                if isinstance(doc, ItemError):
                    raise InputError(doc.origin, doc.message)
                doc.id = item.article_id
                docs.append(extractor.process(doc))
        result = store.write(docs, force=True)
        if result.failed:
            raise InputError(result.failed[0][0], result.failed[0][1])
        story_of = dict(store.con.execute("SELECT article_id, story_id FROM story_articles").fetchall())
        cluster_of = {
            (a, i): c
            for a, i, c in store.con.execute("SELECT article_id, idx, cluster_id FROM events").fetchall()
        }
        sizes = dict(store.con.execute("SELECT cluster_id, num_articles FROM event_clusters").fetchall())
        story_errors: list[tuple[str, Any, Any]] = []
        report.stories = pairwise({g.article_id: g.story for g in gold}, story_of, story_errors)
        report.predicted_stories = len({story_of[g.article_id] for g in gold if g.article_id in story_of})
        gold_labels: dict[tuple[str, int], str] = {}
        descriptions: dict[tuple[str, int], str] = {}
        predicted: dict[tuple[str, int], str] = {}
        for item in gold:
            gold_file = item.path.parent.parent / "gold.jsonl"
            if gold_file not in gold_files:
                gold_files[gold_file] = {a.id: a for a in load_gold(gold_file)}
            article = gold_files[gold_file].get(item.article_id)
            if article is None:
                raise InputError(str(gold_file), f"no gold line for {item.article_id}")
            contract = (store.article(item.article_id) or {}).get("contract") or {}
            preds = _pred_events(_Predicted.of(contract), contract, tables)
            pairs = _greedy(article.events, preds, lambda g, p: lenient_match(g, p, tables))
            for g, event in enumerate(article.events):
                key = (item.article_id, g)
                descriptions[key] = (
                    f"{event.type} {event.source or '-'} -> {event.target or '-'} ({event.status})"
                )
                gold_labels[key] = item.events.get(g) or f"{item.article_id}#{g}"
                if g in pairs:
                    predicted[key] = cluster_of.get((item.article_id, pairs[g]), "")
        report.gold_events = len(gold_labels)
        report.matched_events = len(predicted)
        event_errors: list[tuple[str, Any, Any]] = []
        report.events = pairwise(gold_labels, predicted, event_errors)
        for kind, a, b in story_errors:
            report.errors.append((f"story {kind}", a, b))
        for kind, (a_article, a_index), (b_article, b_index) in event_errors:
            describe = {  # "article#index TYPE source -> target"
                key: f"{key[0]}#{key[1]} {descriptions.get(key, '')}"
                for key in ((a_article, a_index), (b_article, b_index))
            }
            report.errors.append(
                (f"event {kind}", describe[(a_article, a_index)], describe[(b_article, b_index)])
            )
        by_label: dict[str, list[tuple[str, int]]] = {}
        for key, label in gold_labels.items():
            by_label.setdefault(label, []).append(key)
        for label, keys in sorted(by_label.items()):
            reports = {a for a, _ in keys}
            if len(reports) < 2:
                continue
            clusters = sorted({predicted[k] for k in keys if k in predicted})
            report.multi_report[label] = {
                "gold_reports": len(reports),
                "clusters": {c: sizes.get(c, 0) for c in clusters},
            }
    return report
