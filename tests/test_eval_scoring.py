"""The scorer on hand-built cases whose precision and recall are known."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from khabar.errors import InputError
from khabar.evaluation import EvalReport, evaluate, normalize, score_article
from khabar.evaluation.gold import GoldArticle, parse_gold_line
from khabar.evaluation.scoring import NONE_LABEL, Counts, quote_matches

TEXT = (
    "Shoigu met Wang Yi in Beijing on Tuesday.\n"
    'Wang said "Russia and China are good partners in every field of work."\n'
    "Shoigu criticised the United States for its containment policy.\n"
)


def _sentences(text: str) -> list[dict[str, int]]:
    out, start = [], 0
    for line in text.splitlines(keepends=True):
        out.append({"start": start, "end": start + len(line.rstrip("\n")), "kind": "body"})
        start += len(line)
    return out


def _gold(**overrides: Any) -> GoldArticle:
    record: dict[str, Any] = {
        "file": "articles/en_test.txt",
        "lang": "en",
        "pub_date": "2024-11-12",
        "entities": [
            {"text": "Shoigu", "type": "PER", "canonical": "Sergei Shoigu", "role": None},
            {"text": "Wang Yi", "type": "PER", "canonical": "Wang Yi", "role": None},
            {"text": "Beijing", "type": "GPE", "canonical": "Beijing", "role": None},
            {"text": "United States", "type": "GPE", "canonical": "United States", "role": None},
        ],
        "quotes": [
            {
                "speaker": "Wang Yi",
                "text": "Russia and China are good partners in every field of work.",
                "direct": True,
            }
        ],
        "events": [
            {
                "source": "Sergei Shoigu",
                "target": "Wang Yi",
                "type": "MEET",
                "date": "2024-11-12",
                "date_text": "Tuesday",
                "location": "Beijing",
                "evidence": "Shoigu met Wang Yi in Beijing on Tuesday.",
                "status": "occurred",
            },
            {
                "source": "Sergei Shoigu",
                "target": "United States",
                "type": "CRITICIZE",
                "date": "2024-11-12",
                "date_text": None,
                "location": "Beijing",
                "evidence": "Shoigu criticised the United States for its containment policy.",
                "status": "occurred",
            },
        ],
    }
    record.update(overrides)
    return parse_gold_line(json.dumps(record), origin="gold.jsonl:1", base_dir=Path("."))


ENTITIES = [
    {
        "id": "e1",
        "type": "PER",
        "name": "Sergei Shoigu",
        "mentions": [{"start": 0, "end": 6, "text": "Shoigu"}],
    },
    {"id": "e2", "type": "PER", "name": "Wang Yi", "mentions": [{"start": 11, "end": 18, "text": "Wang Yi"}]},
    {"id": "e3", "type": "GPE", "name": "Beijing", "mentions": [{"start": 22, "end": 29, "text": "Beijing"}]},
    {"id": "e4", "type": "GPE", "name": "United States", "mentions": []},
]


def _quote(speaker: str = "e2", direct: bool = True) -> dict[str, Any]:
    start = TEXT.index("Russia and")
    end = TEXT.index('work."') + len("work.")
    return {"start": start, "end": end, "speaker": speaker, "direct": direct, "cue": None}


def _event(plover: str, source: str | None, target: str | None, sentence: int, **kw: Any) -> dict[str, Any]:
    return {
        "cameo": "040",
        "plover": plover,
        "source": source,
        "target": target,
        "date": kw.get("date", "2024-11-12"),
        "location": {"name": kw.get("location", "Beijing"), "country": None, "lat": None, "lon": None},
        "status": kw.get("status", "occurred"),
        "trigger": {"start": 0, "end": 1},
        "sentence": sentence,
        "confidence": 0.5,
    }


def _prediction(**overrides: Any) -> dict[str, Any]:
    pred = {
        "text": TEXT,
        "removed": [],
        "sentences": _sentences(TEXT),
        "entities": ENTITIES,
        "quotes": [_quote()],
        "events": [_event("CONSULT", "e1", "e2", 0), _event("ACCUSE", "e1", "e4", 2)],
    }
    pred.update(overrides)
    return pred


def _score(pred: dict[str, Any], gold: GoldArticle | None = None) -> EvalReport:
    report = EvalReport()
    score_article(report, gold or _gold(), pred)
    return report


def test_perfect_prediction_scores_one_everywhere() -> None:
    m = _score(_prediction()).metrics
    for name in ("entities", "quotes", "events.strict", "events.lenient"):
        for metric in ("precision", "recall", "f1"):
            assert m[f"{name}.{metric}.all"] == 1.0, name
            assert m[f"{name}.{metric}.en"] == 1.0, name
    for name in ("quotes.speaker_accuracy", "quotes.direct_accuracy", "events.date_accuracy"):
        assert m[f"{name}.all"] == 1.0
    assert m["events.location_accuracy.all"] == m["events.status_accuracy.all"] == 1.0
    assert "entities.f1.hi" not in m  # no Hindi article was scored


def test_empty_prediction_scores_zero_and_lists_every_miss() -> None:
    report = _score({"text": TEXT})
    m = report.metrics
    assert m["entities.precision.all"] == 0.0 and m["entities.recall.all"] == 0.0
    assert m["entities.f1.all"] == 0.0
    assert m["quotes.recall.all"] == 0.0
    assert m["events.strict.recall.all"] == m["events.lenient.f1.all"] == 0.0
    assert m["quotes.speaker_accuracy.all"] is None  # nothing matched: unmeasured
    misses = [e for e in report.errors if e.kind == "miss"]
    assert len(misses) == 4 + 1 + 2
    criticize = next(e for e in misses if "CRITICIZE" in e.detail)
    assert criticize.sentence == "Shoigu criticised the United States for its containment policy."


def test_partial_prediction_counts() -> None:
    entities = [*ENTITIES[:2], {"id": "x", "type": "ORG", "name": "TASS", "mentions": []}]
    report = _score(_prediction(entities=entities, quotes=[], events=[_event("CONSULT", "e1", "e2", 0)]))
    c = report.counts["entities|all"]
    assert (c.tp, c.fp, c.fn) == (2, 1, 2)
    m = report.metrics
    assert m["entities.precision.all"] == pytest.approx(2 / 3)
    assert m["entities.recall.all"] == pytest.approx(0.5)
    assert m["entities.f1.all"] == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert m["entities.recall.all.PER"] == 1.0 and m["entities.recall.all.GPE"] == 0.0
    assert m["entities.precision.all.ORG"] == 0.0
    assert m["events.strict.precision.all"] == 1.0 and m["events.strict.recall.all"] == 0.5
    assert m["events.strict.recall.all.CONSULT"] == 1.0 and m["events.strict.recall.all.ACCUSE"] == 0.0
    assert m["quotes.recall.all"] == 0.0


def test_duplicate_predictions_do_not_inflate_true_positives() -> None:
    entities = [*ENTITIES, dict(ENTITIES[0], id="e1b")]  # the same person twice
    events = [
        _event("CONSULT", "e1", "e2", 0),
        _event("CONSULT", "e1", "e2", 0),
        _event("ACCUSE", "e1", "e4", 2),
    ]
    quotes = [_quote(), _quote()]
    report = _score(_prediction(entities=entities, events=events, quotes=quotes))
    c = report.counts["entities|all"]
    assert (c.tp, c.fp, c.fn) == (4, 0, 0)  # entities are a set per article
    s = report.counts["events.strict|all"]
    assert (s.tp, s.fp, s.fn) == (2, 1, 0)  # events are matched one to one
    q = report.counts["quotes|all"]
    assert (q.tp, q.fp, q.fn) == (1, 1, 0)
    assert report.metrics["events.strict.precision.all"] == pytest.approx(2 / 3)


def test_unicode_case_whitespace_and_punctuation_differences_do_not_count() -> None:
    nfd_hindi = unicodedata.normalize("NFD", "ज़ेलेंस्की")  # nukta decomposed
    gold = _gold(
        entities=[
            {"text": "x", "type": "PER", "canonical": "Sergei Shoigu"},
            {"text": "x", "type": "PER", "canonical": "Frank-Walter Steinmeier"},
            {
                "text": "x",
                "type": "PER",
                "canonical": "\u095b\u0947\u0932\u0947\u0902\u0938\u094d\u0915\u0940",
            },
            {"text": "x", "type": "PER", "canonical": "Café Owner"},
        ],
        quotes=[],
        events=[],
    )
    entities = [
        {"id": "a", "type": "PER", "name": "  sergei   SHOIGU ", "mentions": []},
        {"id": "b", "type": "PER", "name": "Frank Walter Steinmeier", "mentions": []},
        {"id": "c", "type": "PER", "name": nfd_hindi, "mentions": []},
        {"id": "d", "type": "PER", "name": unicodedata.normalize("NFD", "café owner"), "mentions": []},
    ]
    report = _score(_prediction(entities=entities, quotes=[], events=[]), gold)
    c = report.counts["entities|all"]
    assert (c.tp, c.fp, c.fn) == (4, 0, 0)
    assert normalize("Wang\u200dYi") == normalize("WangYi")  # zero-width joiner is invisible


def test_entity_type_must_agree() -> None:
    entities = [dict(e, type="ORG") if e["name"] == "Beijing" else e for e in ENTITIES]
    c = _score(_prediction(entities=entities)).counts["entities|all"]
    assert (c.tp, c.fp, c.fn) == (3, 1, 1)


def test_strict_and_lenient_event_matching() -> None:
    # REQUEST is verbal conflict like ACCUSE (lenient only); MEET is symmetric, so swapped actors
    # match strictly.
    events = [_event("CONSULT", "e2", "e1", 0), _event("REQUEST", "e1", "e4", 2)]
    report = _score(_prediction(events=events))
    strict, lenient = report.counts["events.strict|all"], report.counts["events.lenient|all"]
    assert (strict.tp, strict.fp, strict.fn) == (1, 1, 1)
    assert (lenient.tp, lenient.fp, lenient.fn) == (2, 0, 0)
    miss = next(e for e in report.errors if e.task == "events" and e.kind == "miss")
    assert "CRITICIZE" in miss.detail and "lenient match" in miss.detail


def test_directed_event_with_swapped_actors_is_lenient_only() -> None:
    events = [_event("CONSULT", "e1", "e2", 0), _event("ACCUSE", "e4", "e1", 2)]
    report = _score(_prediction(events=events))
    assert report.counts["events.strict|all"].tp == 1
    assert report.counts["events.lenient|all"].tp == 2


def test_other_family_does_not_match_even_leniently() -> None:
    events = [_event("CONSULT", "e1", "e2", 0), _event("SUPPORT", "e1", "e4", 2)]
    report = _score(_prediction(events=events))
    assert report.counts["events.lenient|all"].tp == 1
    assert report.confusion["ACCUSE"]["SUPPORT"] == 1
    assert report.confusion["CONSULT"]["CONSULT"] == 1


def test_confusion_table_has_unmatched_row_and_column() -> None:
    events = [_event("CONSULT", "e1", "e2", 0), _event("ASSAULT", "e3", "e4", 1)]
    report = _score(_prediction(events=events))
    assert report.confusion["CONSULT"]["CONSULT"] == 1
    assert report.confusion["ACCUSE"][NONE_LABEL] == 1
    assert report.confusion[NONE_LABEL]["ASSAULT"] == 1


def test_event_attribute_accuracy_on_matched_events() -> None:
    events = [
        _event("CONSULT", "e1", "e2", 0, date="2024-11-11", status="planned"),
        _event("ACCUSE", "e1", "e4", 2, location="Moscow"),
    ]
    report = _score(_prediction(events=events))
    m = report.metrics
    assert m["events.date_accuracy.all"] == 0.5
    assert m["events.location_accuracy.all"] == 0.5
    assert m["events.status_accuracy.all"] == 0.5
    kinds = sorted(e.kind for e in report.errors)
    assert kinds == ["wrong_date", "wrong_location", "wrong_status"]


def test_evidence_sentence_breaks_ties_between_duplicate_candidates() -> None:
    gold = _gold(
        events=[
            {
                "source": "Sergei Shoigu",
                "target": "Wang Yi",
                "type": "MEET",
                "date": "2024-11-12",
                "date_text": None,
                "location": "Beijing",
                "status": "occurred",
                "evidence": "Shoigu criticised the United States for its containment policy.",
            }
        ]
    )
    # Two identical candidates; the one in the evidence sentence (index 2) carries the right date.
    events = [_event("CONSULT", "e1", "e2", 0, date="1999-01-01"), _event("CONSULT", "e1", "e2", 2)]
    report = _score(_prediction(events=events), gold)
    assert report.metrics["events.date_accuracy.all"] == 1.0


def test_quote_speaker_and_direct_accuracy() -> None:
    report = _score(_prediction(quotes=[_quote(speaker="e1", direct=False)]))
    m = report.metrics
    assert m["quotes.recall.all"] == 1.0
    assert m["quotes.speaker_accuracy.all"] == 0.0
    assert m["quotes.direct_accuracy.all"] == 0.0
    assert {e.kind for e in report.errors} == {"wrong_speaker", "wrong_direct"}


def test_quote_matching_rules() -> None:
    gold60 = "रूस और चीन एक-दूसरे के महत्वपूर्ण हितों से संबंधित मुद्दों प"
    assert quote_matches(gold60, "“" + gold60 + "र एक दूसरे का समर्थन करते हैं।”")
    assert quote_matches(unicodedata.normalize("NFD", gold60), gold60)
    assert quote_matches("Short quote here, and more.", "Short quote here")  # short predicted span
    assert not quote_matches("Short quote here", "Short")  # too little overlap
    assert not quote_matches("Something else entirely", "Russia and China")


def test_mention_offsets_are_compared_in_raw_text() -> None:
    raw_prefix = "[AD] "  # removed by cleaning: predicted offsets are 5 less than raw ones
    gold = _gold(
        entities=[
            {
                "text": "Shoigu",
                "type": "PER",
                "canonical": "Sergei Shoigu",
                "mentions": [{"start": 5, "end": 11}],
            },
            {
                "text": "Wang Yi",
                "type": "PER",
                "canonical": "Wang Yi",
                "mentions": [{"start": 16, "end": 23}],
            },
        ],
        quotes=[],
        events=[],
    )
    pred = _prediction(
        removed=[{"start": 0, "end": len(raw_prefix), "kind": "ad", "text": raw_prefix}],
        entities=[*ENTITIES[:1], dict(ENTITIES[1], mentions=[{"start": 11, "end": 17, "text": "Wang Y"}])],
        quotes=[],
        events=[],
    )
    c = _score(pred, gold).counts["entities.mentions|all"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)


def test_per_language_totals_and_failures() -> None:
    hindi = _gold(lang="hi", file="articles/hi_test.txt")
    english = _gold()

    def predict(article: GoldArticle) -> dict[str, Any]:
        if article.lang == "hi":
            raise InputError(str(article.path), "cannot read")
        return _prediction()

    report = evaluate([hindi, english], predict)
    m = report.metrics
    assert report.articles == {"all": 2, "hi": 1, "en": 1}
    assert m["entities.recall.en"] == 1.0 and m["entities.recall.hi"] == 0.0
    assert m["entities.recall.all"] == 0.5
    assert report.failures == [("hi_test", "articles/hi_test.txt: cannot read")]
    only_hi = evaluate([hindi, english], lambda a: _prediction(), lang="hi")
    assert only_hi.articles["all"] == 1 and only_hi.metrics["entities.recall.hi"] == 1.0


def test_counts_edge_cases() -> None:
    assert Counts().precision is None and Counts().recall is None and Counts().f1 is None
    assert Counts(fp=2).precision == 0.0 and Counts(fp=2).recall is None and Counts(fp=2).f1 == 0.0
    assert Counts(fn=2).precision == 0.0 and Counts(fn=2).f1 == 0.0


def test_gold_errors_name_the_line() -> None:
    with pytest.raises(InputError, match=r"gold.jsonl:1.*DANCE.*event_types.toml"):
        _gold(events=[{"type": "DANCE", "evidence": "x", "source": None, "target": None}])
    with pytest.raises(InputError, match="entity type 'PERSON'"):
        _gold(entities=[{"text": "x", "type": "PERSON", "canonical": "X"}])
    with pytest.raises(InputError, match="not valid JSON"):
        parse_gold_line("{", origin="g:3", base_dir=Path("."))


def test_report_json_round_trips() -> None:
    report = _score(_prediction(events=[_event("ASSAULT", "e3", "e4", 1)]))
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert data["metrics"]["events.strict.recall.all"] == 0.0
    assert data["counts"]["events.strict.all"] == {"tp": 0, "fp": 1, "fn": 2}
    assert data["confusion"][NONE_LABEL] == {"ASSAULT": 1}
    assert any(e["kind"] == "false_alarm" and e["sentence"].startswith("Wang said") for e in data["errors"])
