"""Built-in evaluation: score output-contract predictions against gold annotations.

* :func:`evaluate` scores article-level extraction (entities, quotes, events) against the gold format of
  ``corpus/dev/gold.jsonl`` (docs/gold-format.md); :func:`pipeline_predictor` runs khabar itself.
* :func:`evaluate_plover_gsr` scores PLOVER type and actor countries on single sentences of the PLOVER
  gold-standard records.
* :func:`check_floors` compares scores with the checked-in floors (``eval/floors.toml``).
"""

from khabar.evaluation.floors import (
    Violation,
    add_table,
    check_floors,
    load_floor_tables,
    load_floors,
    lower_floor,
    update_floors,
)
from khabar.evaluation.gold import GoldArticle, GoldEntity, GoldEvent, GoldQuote, iter_gold, load_gold
from khabar.evaluation.gsr import GsrRecord, GsrReport, evaluate_plover_gsr, iter_gsr, load_gsr
from khabar.evaluation.normalize import normalize
from khabar.evaluation.predict import pipeline_predictor, sentence_predictor
from khabar.evaluation.scoring import (
    Counts,
    ErrorItem,
    EvalReport,
    Ratio,
    evaluate,
    merge_reports,
    score_article,
)
from khabar.evaluation.types import EvaluationError, EventTypeTables, load_event_types

__all__ = [
    "Counts",
    "ErrorItem",
    "EvalReport",
    "EvaluationError",
    "EventTypeTables",
    "GoldArticle",
    "GoldEntity",
    "GoldEvent",
    "GoldQuote",
    "GsrRecord",
    "GsrReport",
    "Ratio",
    "Violation",
    "add_table",
    "check_floors",
    "evaluate",
    "evaluate_plover_gsr",
    "iter_gold",
    "iter_gsr",
    "load_event_types",
    "load_floor_tables",
    "load_floors",
    "load_gold",
    "load_gsr",
    "lower_floor",
    "merge_reports",
    "normalize",
    "pipeline_predictor",
    "score_article",
    "sentence_predictor",
    "update_floors",
]
