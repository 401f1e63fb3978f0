"""``khabar eval``: score extraction against a gold file (the lead registers ``eval_command``).

Exit status: 0 = evaluated (and every measured floor held), 1 = some articles failed to read or
process (scored as empty), 2 = usage or setup error, 3 = a metric is below its floor.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click
from rich.console import Console

from khabar.errors import KhabarError

if TYPE_CHECKING:
    from khabar.evaluation.gsr import GsrReport
    from khabar.evaluation.scoring import EvalReport

EXIT_FAILURES = 1
EXIT_USAGE = 2
EXIT_BELOW_FLOOR = 3


def _parse_lowering(value: str) -> tuple[str, float]:
    metric, sep, number = value.partition("=")
    try:
        if not sep or not metric.strip():
            raise ValueError
        return metric.strip(), float(number)
    except ValueError:
        raise click.BadParameter(
            f"expected METRIC=VALUE, got {value!r}", param_hint="--lower-floor"
        ) from None


@click.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--articles",
    "articles_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory holding the article files (looked up by base name); default: the gold "
    "file's `file` paths, relative to the gold file.",
)
@click.option("--lang", type=str, default=None, help="Evaluate only articles of this language (hi, en, …).")
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the full report (metrics, counts, confusion, errors) as JSON to FILE.",
)
@click.option(
    "--errors", "show_errors", is_flag=True, help="List every miss and false alarm with its sentence."
)
@click.option(
    "--plover-gsr",
    "gsr_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also score single English sentences of a PLOVER gold-standard file.",
)
@click.option(
    "--check-floors",
    "floors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Compare the scores with the floors in FILE (eval/floors.toml); exit 3 if one is broken.",
)
@click.option(
    "--update-floors",
    is_flag=True,
    help="Raise the floors in the --check-floors file to the current scores (never lowers).",
)
@click.option(
    "--lower-floor",
    "lowering",
    type=str,
    default=None,
    metavar="METRIC=VALUE",
    help="Lower one floor in the --check-floors file; needs --reason. No evaluation is run.",
)
@click.option("--reason", type=str, default=None, help="Why a floor is lowered (written into the file).")
@click.option(
    "--stories",
    "stories_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also score stories and event clusters (pairwise precision/recall) against a stories gold "
    "file (corpus/stories.jsonl); its articles are processed into a temporary store.",
)
def eval_command(
    gold: Path,
    articles_dir: Path | None,
    lang: str | None,
    json_path: Path | None,
    show_errors: bool,
    gsr_path: Path | None,
    floors_path: Path | None,
    update_floors: bool,
    lowering: str | None,
    reason: str | None,
    stories_path: Path | None = None,
) -> None:
    """Run extraction on the articles of GOLD (a gold JSONL file) and score it."""
    from khabar.evaluation import floors as floors_mod

    out = Console(highlight=False, soft_wrap=True)
    err = Console(stderr=True, highlight=False, soft_wrap=True)

    def fail(message: str) -> NoReturn:
        err.print(f"error: {message}", style="bold red", markup=False)
        sys.exit(EXIT_USAGE)

    if (update_floors or lowering) and floors_path is None:
        fail("--update-floors and --lower-floor need --check-floors FILE")
    if lowering is not None:
        metric, value = _parse_lowering(lowering)
        try:
            assert floors_path is not None
            old = floors_mod.lower_floor(floors_path, metric, value, reason)
        except KhabarError as exc:
            fail(str(exc))
        out.print(f"{metric}: floor lowered from {old:.3f} to {value:.3f}", markup=False)
        return

    try:
        report, gsr = _run(gold, articles_dir, lang, gsr_path)
        floors = floors_mod.load_floors(floors_path) if floors_path else None
    except KhabarError as exc:
        fail(str(exc))
    stories = None
    if stories_path is not None:
        from khabar.evaluation.stories import evaluate_stories

        try:
            stories = evaluate_stories(stories_path)
        except KhabarError as exc:
            fail(str(exc))
    metrics = {**report.metrics, **(gsr.metrics if gsr else {}), **(stories.metrics if stories else {})}
    violations = floors_mod.check_floors(metrics, floors) if floors is not None else None

    from khabar.evaluation.render import print_report

    print_report(out, report, errors=show_errors, gsr=gsr, violations=violations)
    if stories is not None:
        from khabar.evaluation.render import print_stories

        print_stories(out, stories)
    if floors is not None:
        skipped = floors_mod.unmeasured(metrics, floors)
        if skipped:
            out.print(f"not measured in this run (floors not checked): {', '.join(skipped)}", markup=False)
    if json_path is not None:
        payload = {"gold": str(gold), "lang": lang, **report.to_dict()}
        if gsr is not None:
            payload["plover_gsr"] = gsr.to_dict()
        if stories is not None:
            payload["stories"] = stories.to_dict()
        json_path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if update_floors and floors_path is not None:
        if lang is not None:
            fail("--update-floors needs the whole gold file (no --lang)")
        for metric, old, new in floors_mod.update_floors(floors_path, metrics):
            out.print(f"floor raised: {metric} {old:.3f} → {new:.3f}", markup=False)
        violations = floors_mod.check_floors(metrics, floors_mod.load_floors(floors_path))
    if violations:
        sys.exit(EXIT_BELOW_FLOOR)
    if report.failures or (gsr is not None and gsr.failures):
        sys.exit(EXIT_FAILURES)


def _run(
    gold: Path, articles_dir: Path | None, lang: str | None, gsr_path: Path | None
) -> tuple[EvalReport, GsrReport | None]:
    from khabar.api import Extractor
    from khabar.evaluation.gold import load_gold
    from khabar.evaluation.gsr import evaluate_plover_gsr, load_gsr
    from khabar.evaluation.predict import pipeline_predictor, sentence_predictor
    from khabar.evaluation.scoring import evaluate

    records = load_gold(gold, articles_dir)
    gsr_records = load_gsr(gsr_path) if gsr_path else None  # read before the slow part, to fail early
    extractor = Extractor()
    report = evaluate(records, pipeline_predictor(extractor), lang=lang)
    gsr = evaluate_plover_gsr(gsr_records, sentence_predictor(extractor)) if gsr_records is not None else None
    return report, gsr
