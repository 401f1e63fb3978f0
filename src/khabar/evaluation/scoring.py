"""Scoring output-contract predictions against the article gold.

The scorer only reads output-contract dicts (see khabar/output.py) and the gold; it knows nothing
about how the extraction was done. Matching rules (documented in docs/gold-format.md):

* entities: one item per article per (normalised canonical name, type); set-based, so duplicate
  predictions never add true positives; mention-level (raw offsets) where the gold gives offsets;
* quotes: a gold quote (its first 60 characters) matches a predicted quote whose clean-text span
  contains it (or, for short quotes, is contained in it); one-to-one, in gold order;
* events: strict = same PLOVER type + same source + same target (either order for symmetric gold
  types); lenient = same family (quad class) + the same two actors in either order; one-to-one greedy,
  preferring a prediction from the gold's evidence sentence, so duplicates are false alarms.
  Date, location and status accuracy are measured on the lenient matches.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from khabar.errors import KhabarError
from khabar.evaluation.gold import GoldArticle, GoldEvent, GoldQuote
from khabar.evaluation.normalize import normalize
from khabar.evaluation.types import EventTypeTables, load_event_types

Prediction = Mapping[str, Any]  # one article's output contract (khabar.output.to_contract)

ALL = "all"
NONE_LABEL = "(none)"
# A predicted quote shorter than this is never taken as matching a longer gold quote text.
MIN_QUOTE_OVERLAP = 15
# How much of a gold evidence text (normalised) must begin a sentence for it to be "that sentence".
EVIDENCE_PREFIX = 40

ATTRIBUTE_METRICS = (
    "quotes.speaker_accuracy",
    "quotes.direct_accuracy",
    "events.date_accuracy",
    "events.undated_accuracy",
    "events.location_accuracy",
    "events.status_accuracy",
)

Predictor = Callable[[GoldArticle], Mapping[str, Any]]


@dataclass(slots=True)
class Counts:
    """True positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 0.0 if self.fn else None  # nothing predicted: 0 when something was expected

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Ratio:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)


@dataclass(frozen=True, slots=True)
class ErrorItem:
    """One miss, false alarm or wrong attribute, with the sentence it concerns."""

    task: str  # entities | mentions | quotes | events
    kind: (
        str  # miss | false_alarm | wrong_speaker | wrong_direct | wrong_date | wrong_location | wrong_status
    )
    article: str
    lang: str
    detail: str
    sentence: str = ""


@dataclass(slots=True)
class EvalReport:
    """Scores by metric name (``task.metric.lang[.type]``), raw counts, confusion table and errors."""

    counts: dict[str, Counts] = field(default_factory=dict)
    ratios: dict[str, Ratio] = field(default_factory=dict)
    confusion: dict[str, Counter[str]] = field(default_factory=dict)
    errors: list[ErrorItem] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (article, message)
    articles: Counter[str] = field(default_factory=Counter)  # lang → number of articles (and "all")

    @property
    def langs(self) -> list[str]:
        return [ALL, *sorted(k for k in self.articles if k != ALL)]

    @property
    def metrics(self) -> dict[str, float | None]:
        """Flat metric table, e.g. ``events.strict.f1.all`` or ``entities.recall.hi.PER``."""
        out: dict[str, float | None] = {}
        for key, counts in sorted(self.counts.items()):
            task, _, rest = key.partition("|")
            for metric in ("precision", "recall", "f1"):
                out[f"{task}.{metric}.{rest}"] = getattr(counts, metric)
        for key, ratio in sorted(self.ratios.items()):
            task, _, rest = key.partition("|")
            out[f"{task}.{rest}"] = ratio.value
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": dict(self.articles),
            "metrics": self.metrics,
            "counts": {
                **{k.replace("|", "."): {"tp": c.tp, "fp": c.fp, "fn": c.fn} for k, c in self.counts.items()},
                **{
                    k.replace("|", "."): {"correct": r.correct, "total": r.total}
                    for k, r in self.ratios.items()
                },
            },
            "confusion": {gold: dict(row) for gold, row in sorted(self.confusion.items())},
            "errors": [
                {
                    "task": e.task,
                    "kind": e.kind,
                    "article": e.article,
                    "lang": e.lang,
                    "detail": e.detail,
                    "sentence": e.sentence,
                }
                for e in self.errors
            ],
            "failures": [{"article": a, "message": m} for a, m in self.failures],
        }

    # -- accumulation (the same tally goes to the article's language and to "all") --------------
    def _counts(self, task: str, lang: str, type_: str | None) -> Iterable[Counts]:
        for group in (lang, ALL):
            yield self.counts.setdefault(f"{task}|{group}", Counts())
            if type_:
                yield self.counts.setdefault(f"{task}|{group}.{type_}", Counts())

    def tally(self, task: str, lang: str, kind: str, type_: str | None = None) -> None:
        for counts in self._counts(task, lang, type_):
            setattr(counts, kind, getattr(counts, kind) + 1)

    def ratio(self, name: str, lang: str, ok: bool) -> None:
        task, _, metric = name.rpartition(".")
        for group in (lang, ALL):
            self.ratios.setdefault(f"{task}|{metric}.{group}", Ratio()).add(ok)

    def ensure_ratio(self, name: str, lang: str) -> None:
        task, _, metric = name.rpartition(".")
        for group in (lang, ALL):
            self.ratios.setdefault(f"{task}|{metric}.{group}", Ratio())

    def ensure(self, task: str, lang: str) -> None:
        """Make the task's totals exist (so an article with nothing to find still reports 0/None)."""
        for group in (lang, ALL):
            self.counts.setdefault(f"{task}|{group}", Counts())


# ---------------------------------------------------------------------------------------------------
# Helpers over one predicted article


@dataclass(slots=True)
class _Predicted:
    """A predicted article, with names resolved and sentences cut out."""

    text: str
    sentences: list[tuple[int, int]]
    entity_names: dict[str, str]  # entity id → canonical name
    removed: list[tuple[int, int]]  # raw offsets of removed spans, sorted

    @classmethod
    def of(cls, pred: Mapping[str, Any]) -> _Predicted:
        return cls(
            text=pred.get("text") or "",
            sentences=[(int(s["start"]), int(s["end"])) for s in pred.get("sentences") or []],
            entity_names={str(e.get("id")): e.get("name") or "" for e in pred.get("entities") or []},
            removed=sorted((int(r["start"]), int(r["end"])) for r in pred.get("removed") or []),
        )

    def name(self, entity_id: Any) -> str | None:
        return self.entity_names.get(str(entity_id)) if entity_id is not None else None

    def sentence_text(self, index: Any) -> str:
        if isinstance(index, int) and 0 <= index < len(self.sentences):
            start, end = self.sentences[index]
            return self.text[start:end].strip()
        return ""

    def sentence_at(self, offset: int) -> str:
        for start, end in self.sentences:
            if start <= offset < end:
                return self.text[start:end].strip()
        return self.text[max(0, offset - 60) : offset + 100].strip()

    def find_sentence(self, snippet: str) -> str:
        """The sentence that begins with (or contains) ``snippet``; the snippet itself if none does."""
        key = normalize(snippet)[:EVIDENCE_PREFIX]
        if key:
            for start, end in self.sentences:
                if key in normalize(self.text[start:end]):
                    return self.text[start:end].strip()
        return snippet

    def to_raw(self, clean_offset: int) -> int:
        """Raw offset of a clean offset: cleaning only deletes, so add back what was removed before it."""
        raw = clean_offset
        for start, end in self.removed:
            if start <= raw:
                raw += end - start
            else:
                break
        return raw

    def evidence_matches(self, evidence: str, sentence_index: Any) -> bool:
        return _evidence_matches(evidence, self.sentence_text(sentence_index))


def _evidence_matches(evidence: str, sentence: str) -> bool:
    """True when the gold evidence (a sentence's first 80 characters) and the sentence agree."""
    ev, sent = normalize(evidence), normalize(sentence)
    if not ev or not sent:
        return False
    return ev[:EVIDENCE_PREFIX] in sent or (len(sent) >= MIN_QUOTE_OVERLAP and sent in ev)


def _same(a: str | None, b: str | None) -> bool:
    return normalize(a) == normalize(b)


# ---------------------------------------------------------------------------------------------------
# Entities


def _score_entities(report: EvalReport, article: GoldArticle, pred: _Predicted, raw_pred: Prediction) -> None:
    lang = article.lang
    report.ensure("entities", lang)
    gold = {(normalize(e.canonical), e.type): e for e in article.entities}
    predicted: dict[tuple[str, str], Mapping[str, Any]] = {}
    for entity in raw_pred.get("entities") or []:
        predicted.setdefault((normalize(entity.get("name")), str(entity.get("type"))), entity)
    for key, entity in gold.items():
        if key in predicted:
            report.tally("entities", lang, "tp", entity.type)
        else:
            report.tally("entities", lang, "fn", entity.type)
            report.errors.append(
                ErrorItem(
                    "entities",
                    "miss",
                    article.id,
                    lang,
                    f"{entity.canonical} ({entity.type}) written {entity.text!r}",
                    pred.find_sentence(entity.text),
                )
            )
    for key, entity in predicted.items():
        if key in gold:
            continue
        report.tally("entities", lang, "fp", key[1])
        mentions = entity.get("mentions") or []
        sentence = pred.sentence_at(int(mentions[0]["start"])) if mentions else ""
        report.errors.append(
            ErrorItem(
                "entities", "false_alarm", article.id, lang, f"{entity.get('name')} ({key[1]})", sentence
            )
        )
    _score_mentions(report, article, pred, raw_pred)


def _score_mentions(report: EvalReport, article: GoldArticle, pred: _Predicted, raw_pred: Prediction) -> None:
    """Mention-level scores in raw offsets, only for articles whose gold gives mention offsets."""
    if not any(e.mentions is not None for e in article.entities):
        return
    lang = article.lang
    report.ensure("entities.mentions", lang)
    gold = {(s, e, ent.type) for ent in article.entities for s, e in ent.mentions or ()}
    predicted: set[tuple[int, int, str]] = set()
    for entity in raw_pred.get("entities") or []:
        for m in entity.get("mentions") or []:
            start, end = int(m["start"]), int(m["end"])
            raw_end = pred.to_raw(end - 1) + 1 if end > start else pred.to_raw(start)
            predicted.add((pred.to_raw(start), raw_end, str(entity.get("type"))))
    for item in sorted(gold):
        kind = "tp" if item in predicted else "fn"
        report.tally("entities.mentions", lang, kind, item[2])
        if kind == "fn":
            report.errors.append(
                ErrorItem("mentions", "miss", article.id, lang, f"[{item[0]}, {item[1]}) {item[2]}")
            )
    for item in sorted(predicted - gold):
        report.tally("entities.mentions", lang, "fp", item[2])
        report.errors.append(
            ErrorItem("mentions", "false_alarm", article.id, lang, f"[{item[0]}, {item[1]}) {item[2]}")
        )


# ---------------------------------------------------------------------------------------------------
# Quotes


def quote_matches(gold_text: str, predicted_span_text: str) -> bool:
    """A gold quote's first characters are found in the predicted span (or a short span in them)."""
    g, p = normalize(gold_text), normalize(predicted_span_text)
    if not g or not p:
        return False
    return g in p or (len(p) >= MIN_QUOTE_OVERLAP and p in g)


def _quote_kind(direct: Any) -> str:
    return "direct" if direct else "reported"


def _score_quotes(report: EvalReport, article: GoldArticle, pred: _Predicted, raw_pred: Prediction) -> None:
    lang = article.lang
    report.ensure("quotes", lang)
    predicted = list(raw_pred.get("quotes") or [])
    spans = [pred.text[int(q["start"]) : int(q["end"])] for q in predicted]
    used: set[int] = set()
    for quote in article.quotes:
        index = next(
            (i for i, span in enumerate(spans) if i not in used and quote_matches(quote.text, span)), None
        )
        if index is None:
            report.tally("quotes", lang, "fn", _quote_kind(quote.direct))
            report.errors.append(
                ErrorItem(
                    "quotes",
                    "miss",
                    article.id,
                    lang,
                    f"{quote.speaker}: {quote.text!r} ({_quote_kind(quote.direct)})",
                    pred.find_sentence(quote.text),
                )
            )
            continue
        used.add(index)
        report.tally("quotes", lang, "tp", _quote_kind(quote.direct))
        _quote_attributes(report, article, pred, quote, predicted[index], spans[index])
    for i, quote in enumerate(predicted):
        if i in used:
            continue
        report.tally("quotes", lang, "fp", _quote_kind(quote.get("direct")))
        report.errors.append(
            ErrorItem(
                "quotes",
                "false_alarm",
                article.id,
                lang,
                f"{pred.name(quote.get('speaker'))}: {spans[i][:80]!r} ({_quote_kind(quote.get('direct'))})",
                pred.sentence_at(int(quote["start"])),
            )
        )


def _quote_attributes(
    report: EvalReport,
    article: GoldArticle,
    pred: _Predicted,
    gold: GoldQuote,
    quote: Mapping[str, Any],
    span: str,
) -> None:
    lang = article.lang
    speaker = pred.name(quote.get("speaker"))
    speaker_ok = _same(gold.speaker, speaker)
    report.ratio("quotes.speaker_accuracy", lang, speaker_ok)
    if not speaker_ok:
        report.errors.append(
            ErrorItem(
                "quotes",
                "wrong_speaker",
                article.id,
                lang,
                f"{gold.text!r}: gold {gold.speaker}, predicted {speaker}",
                span.strip()[:200],
            )
        )
    direct_ok = bool(quote.get("direct")) == gold.direct
    report.ratio("quotes.direct_accuracy", lang, direct_ok)
    if not direct_ok:
        report.errors.append(
            ErrorItem(
                "quotes",
                "wrong_direct",
                article.id,
                lang,
                f"{gold.text!r}: gold {_quote_kind(gold.direct)}, "
                f"predicted {_quote_kind(quote.get('direct'))}",
                span.strip()[:200],
            )
        )


# ---------------------------------------------------------------------------------------------------
# Events


@dataclass(frozen=True, slots=True)
class _PredEvent:
    index: int
    plover: str | None
    family: str | None
    source: str | None
    target: str | None
    date: str | None
    location: str | None
    status: str | None
    sentence_index: Any
    sentence: str

    def describe(self) -> str:
        return f"{self.plover} {self.source or '-'} → {self.target or '-'}"


def _pred_events(pred: _Predicted, raw_pred: Prediction, tables: EventTypeTables) -> list[_PredEvent]:
    events = []
    for i, event in enumerate(raw_pred.get("events") or []):
        plover = (event.get("plover") or "").upper() or None
        location = event.get("location")
        events.append(
            _PredEvent(
                index=i,
                plover=plover,
                family=tables.family(plover),
                source=pred.name(event.get("source")),
                target=pred.name(event.get("target")),
                date=event.get("date"),
                location=location.get("name") if isinstance(location, Mapping) else None,
                status=event.get("status"),
                sentence_index=event.get("sentence"),
                sentence=pred.sentence_text(event.get("sentence")),
            )
        )
    return events


def _actors_match(gold: GoldEvent, pred: _PredEvent, *, ordered: bool) -> bool:
    if _same(gold.source, pred.source) and _same(gold.target, pred.target):
        return True
    return not ordered and _same(gold.source, pred.target) and _same(gold.target, pred.source)


def strict_match(gold: GoldEvent, pred: _PredEvent) -> bool:
    return gold.plover == pred.plover and _actors_match(gold, pred, ordered=not gold.symmetric)


def lenient_match(gold: GoldEvent, pred: _PredEvent, tables: EventTypeTables) -> bool:
    family = tables.family(gold.plover)
    return family is not None and family == pred.family and _actors_match(gold, pred, ordered=False)


def _greedy(
    golds: Sequence[GoldEvent],
    preds: Sequence[_PredEvent],
    accept: Callable[[GoldEvent, _PredEvent], bool],
) -> dict[int, int]:
    """One-to-one matching in gold order; among candidates prefer the gold's evidence sentence."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for g, gold in enumerate(golds):
        candidates = [p for p in preds if p.index not in used and accept(gold, p)]
        if not candidates:
            continue
        best = max(candidates, key=lambda p: (_evidence_matches(gold.evidence, p.sentence), -p.index))
        pairs[g] = best.index
        used.add(best.index)
    return pairs


def _score_events(
    report: EvalReport, article: GoldArticle, pred: _Predicted, raw_pred: Prediction, tables: EventTypeTables
) -> None:
    lang = article.lang
    golds = article.events
    preds = _pred_events(pred, raw_pred, tables)
    strict = _greedy(golds, preds, strict_match)
    lenient = _greedy(golds, preds, lambda g, p: lenient_match(g, p, tables))
    for variant, pairs in (("strict", strict), ("lenient", lenient)):
        task = f"events.{variant}"
        report.ensure(task, lang)
        for g, gold in enumerate(golds):
            report.tally(task, lang, "tp" if g in pairs else "fn", gold.plover)
        matched = set(pairs.values())
        for p in preds:
            if p.index not in matched:
                report.tally(task, lang, "fp", p.plover or NONE_LABEL)
    lenient_by_pred = {p: g for g, p in lenient.items()}
    for g, gold in enumerate(golds):
        gold_sentence = pred.find_sentence(gold.evidence)
        if g not in strict:
            also = f"; lenient match: {preds[lenient[g]].describe()}" if g in lenient else ""
            report.errors.append(
                ErrorItem(
                    "events",
                    "miss",
                    article.id,
                    lang,
                    f"{gold.type}/{gold.plover} {gold.source or '-'} → {gold.target or '-'} "
                    f"[{gold.status}, {gold.date or 'no date'}]{also}",
                    gold_sentence,
                )
            )
        if g in lenient:
            _event_attributes(report, article, gold, preds[lenient[g]], gold_sentence)
    strict_preds = set(strict.values())
    for p in preds:
        if p.index not in strict_preds:
            also = (
                f"; lenient match of gold {golds[lenient_by_pred[p.index]].type}"
                if p.index in lenient_by_pred
                else ""
            )
            report.errors.append(
                ErrorItem("events", "false_alarm", article.id, lang, p.describe() + also, p.sentence)
            )
    _confusion(report, golds, preds)


def _event_attributes(
    report: EvalReport, article: GoldArticle, gold: GoldEvent, pred: _PredEvent, sentence: str
) -> None:
    lang = article.lang
    # Date accuracy is measured where the gold has a date (as the issue defines it); where it has none,
    # "undated accuracy" says whether the event was left undated too rather than given a date.
    checks = (
        ("date" if gold.date else "undated", "date", gold.date, pred.date, _same(gold.date, pred.date)),
        ("location", "location", gold.location, pred.location, _same(gold.location, pred.location)),
        ("status", "status", gold.status, pred.status, gold.status == (pred.status or "occurred")),
    )
    for metric, name, want, got, ok in checks:
        report.ratio(f"events.{metric}_accuracy", lang, ok)
        if not ok:
            report.errors.append(
                ErrorItem(
                    "events",
                    f"wrong_{name}",
                    article.id,
                    lang,
                    f"{gold.type} {gold.source or '-'} → {gold.target or '-'}: gold {want}, predicted {got}",
                    sentence,
                )
            )


def _confusion(report: EvalReport, golds: Sequence[GoldEvent], preds: Sequence[_PredEvent]) -> None:
    """Pair gold and predicted events regardless of type (same actors and/or same sentence), then count
    (gold PLOVER type, predicted PLOVER type); unpaired events go to the (none) row or column."""
    used: set[int] = set()
    for gold in golds:
        best: tuple[int, int, int, int] | None = None
        for p in preds:
            if p.index in used:
                continue
            actors = _actors_match(gold, p, ordered=False)
            sentence = _evidence_matches(gold.evidence, p.sentence)
            if not (actors or sentence):
                continue
            key = (int(gold.plover == p.plover), int(actors), int(sentence), -p.index)
            if best is None or key > best:
                best = key
        row = report.confusion.setdefault(gold.plover, Counter())
        if best is None:
            row[NONE_LABEL] += 1
            continue
        chosen = preds[-best[3]]
        used.add(chosen.index)
        row[chosen.plover or NONE_LABEL] += 1
    for p in preds:
        if p.index not in used:
            report.confusion.setdefault(NONE_LABEL, Counter())[p.plover or NONE_LABEL] += 1


# ---------------------------------------------------------------------------------------------------


def score_article(
    report: EvalReport,
    article: GoldArticle,
    prediction: Mapping[str, Any],
    tables: EventTypeTables | None = None,
) -> None:
    """Add one article's scores to ``report``."""
    tables = tables or load_event_types()
    report.articles[article.lang] += 1
    report.articles[ALL] += 1
    pred = _Predicted.of(prediction)
    # Accuracies exist (as "unmeasured") even with no match, so floors on them are always checked.
    for name in ATTRIBUTE_METRICS:
        report.ensure_ratio(name, article.lang)
    _score_entities(report, article, pred, prediction)
    _score_quotes(report, article, pred, prediction)
    _score_events(report, article, pred, prediction, tables)


def evaluate(
    gold_records: Iterable[GoldArticle],
    predict: Predictor,
    *,
    lang: str | None = None,
) -> EvalReport:
    """Run ``predict`` on every gold article (optionally only one language) and score the outputs.

    An article whose prediction fails with a :class:`KhabarError` is recorded in ``failures`` and
    scored as an empty prediction, so a failing article lowers the scores instead of vanishing.
    """
    tables = load_event_types()
    report = EvalReport()
    for article in gold_records:
        if lang and article.lang != lang:
            continue
        try:
            prediction: Mapping[str, Any] = predict(article)
        except KhabarError as exc:
            report.failures.append((article.id, str(exc)))
            prediction = {}
        score_article(report, article, prediction, tables)
    return report


def group_errors(errors: Iterable[ErrorItem]) -> dict[str, list[ErrorItem]]:
    grouped: dict[str, list[ErrorItem]] = defaultdict(list)
    for error in errors:
        grouped[error.article].append(error)
    return dict(grouped)
