"""``khabar eval``: score extraction against one or more gold files (the lead registers ``eval_command``).

Each gold file is a *gold set* named by its directory (``corpus/dev2/gold.jsonl`` → ``dev2``) and
reported on its own, then (with several) all of them together; floors are checked per set, each
against its own table of the floors file (:mod:`khabar.evaluation.floors`).

Exit status: 0 = evaluated (and every measured floor held), 1 = some articles failed to read or
process (scored as empty), 2 = usage or setup error, 3 = a metric is below its floor.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click
from rich.console import Console

from khabar.errors import KhabarError

if TYPE_CHECKING:
    from khabar.evaluation.floors import Violation
    from khabar.evaluation.gsr import GsrReport
    from khabar.evaluation.scoring import EvalReport
    from khabar.evaluation.stories import StoriesReport

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


@dataclass(slots=True)
class GoldSetReport:
    """The report of one gold file, under its set name (the gold file's directory)."""

    name: str
    gold: Path
    report: EvalReport


def gold_set_name(gold: Path) -> str:
    """``corpus/dev2/gold.jsonl`` → ``dev2``; a gold file of another name adds its stem
    (``corpus/dev2/gold_mixed.jsonl`` → ``dev2/gold_mixed``)."""
    parent = gold.resolve().parent.name or gold.stem
    return parent if gold.stem == "gold" else f"{parent}/{gold.stem}"


@click.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
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
    "--add-floors",
    is_flag=True,
    help="Write a [floors.<set>] table into the --check-floors file for each gold set that has none, "
    "at its current scores, for the metrics the [floors] table names.",
)
@click.option(
    "--lower-floor",
    "lowering",
    type=str,
    default=None,
    metavar="METRIC=VALUE",
    help="Lower one floor in the --check-floors file (SET:METRIC=VALUE for a set's own table); "
    "needs --reason. No evaluation is run.",
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
    gold: tuple[Path, ...],
    articles_dir: Path | None,
    lang: str | None,
    json_path: Path | None,
    show_errors: bool,
    gsr_path: Path | None,
    floors_path: Path | None,
    update_floors: bool,
    add_floors: bool,
    lowering: str | None,
    reason: str | None,
    stories_path: Path | None = None,
) -> None:
    """Run extraction on the articles of each GOLD file (gold JSONL) and score each, then all together."""
    from khabar.evaluation import floors as floors_mod

    out = Console(highlight=False, soft_wrap=True)
    err = Console(stderr=True, highlight=False, soft_wrap=True)

    def fail(message: str) -> NoReturn:
        err.print(f"error: {message}", style="bold red", markup=False)
        sys.exit(EXIT_USAGE)

    if (update_floors or add_floors or lowering) and floors_path is None:
        fail("--update-floors, --add-floors and --lower-floor need --check-floors FILE")
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
        sets, combined, gsr = _run_sets(list(gold), articles_dir, lang, gsr_path)
        tables = floors_mod.load_floor_tables(floors_path) if floors_path else None
    except KhabarError as exc:
        fail(str(exc))
    stories = None
    if stories_path is not None:
        from khabar.evaluation.stories import evaluate_stories

        try:
            stories = evaluate_stories(stories_path)
        except KhabarError as exc:
            fail(str(exc))

    from khabar.evaluation.render import print_report, summary_table

    # GSR sentences and the stories gold are scored once, against the default (dev) floors table
    gsr_metrics = {**(gsr.metrics if gsr else {}), **(stories.metrics if stories else {})}
    violations: list[tuple[str, Violation]] = []
    measured: dict[str, set[str]] = {}  # floors table → metrics measured against it
    for i, gold_set in enumerate(sets):
        set_violations: list[Violation] | None = None
        if tables is not None:
            table = floors_mod.table_for(tables, gold_set.name)
            own_gsr = gsr_metrics if table == floors_mod.DEFAULT_TABLE else {}
            metrics = {**gold_set.report.metrics, **own_gsr}
            set_violations = floors_mod.check_floors(metrics, tables[table])
            violations += [(gold_set.name, v) for v in set_violations]
            measured.setdefault(table, set()).update(metrics)
        if len(sets) > 1:
            out.rule(f"{gold_set.name} ({gold_set.gold})")
        last = i == len(sets) - 1
        print_report(
            out,
            gold_set.report,
            errors=show_errors,
            gsr=gsr if last else None,
            violations=set_violations,
            title=f"khabar eval {gold_set.name}",
        )
    if stories is not None:
        from khabar.evaluation.render import print_stories

        print_stories(out, stories)
    if combined is not None:
        out.rule("all gold sets together")
        out.print(summary_table(combined, title=f"khabar eval {' + '.join(s.name for s in sets)}"))
    if tables is not None:
        skipped = sorted(
            f"{table}:{m}" if table else m
            for table, metrics in measured.items()
            for m in floors_mod.unmeasured({k: None for k in metrics}, tables[table])
        )
        if skipped:
            out.print(f"not measured in this run (floors not checked): {', '.join(skipped)}", markup=False)
    if json_path is not None:
        json_path.write_text(
            json.dumps(_payload(sets, combined, gsr, lang, stories), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
    if (update_floors or add_floors) and floors_path is not None and tables is not None:
        if lang is not None:
            fail("--update-floors and --add-floors need the whole gold files (no --lang)")
        violations = _write_floors(out, floors_path, tables, sets, gsr_metrics, update_floors, add_floors)
    if violations:
        sys.exit(EXIT_BELOW_FLOOR)
    if any(s.report.failures for s in sets) or (gsr is not None and gsr.failures):
        sys.exit(EXIT_FAILURES)


def _write_floors(
    out: Console,
    floors_path: Path,
    tables: dict[str, dict[str, float]],
    sets: list[GoldSetReport],
    gsr_metrics: dict[str, float | None],
    update: bool,
    add: bool,
) -> list[tuple[str, Violation]]:
    """Raise (and with ``add``, create) the floors of every gold set; the violations left after."""
    from khabar.evaluation import floors as floors_mod

    for gold_set in sets:
        fresh = gold_set.name not in tables and gold_set.name != floors_mod.DEFAULT_SET
        if add and fresh and "/" not in gold_set.name:
            keys = [k for k in tables[floors_mod.DEFAULT_TABLE] if not k.startswith("gsr.")]
            written = floors_mod.add_table(
                floors_path,
                gold_set.name,
                gold_set.report.metrics,
                keys,
                comment=f"Floors of {gold_set.gold} (written by khabar eval --add-floors).",
            )
            out.print(f"floors added: [floors.{gold_set.name}] with {len(written)} metrics", markup=False)
    tables = floors_mod.load_floor_tables(floors_path)
    violations: list[tuple[str, Violation]] = []
    for gold_set in sets:
        table = floors_mod.table_for(tables, gold_set.name)
        metrics = {**gold_set.report.metrics, **(gsr_metrics if table == floors_mod.DEFAULT_TABLE else {})}
        if update:
            for metric, old, new in floors_mod.update_floors(floors_path, metrics, table):
                where = f"{table}:" if table else ""
                out.print(f"floor raised: {where}{metric} {old:.3f} → {new:.3f}", markup=False)
        tables = floors_mod.load_floor_tables(floors_path)
        violations += [(gold_set.name, v) for v in floors_mod.check_floors(metrics, tables[table])]
    return violations


def _payload(
    sets: list[GoldSetReport],
    combined: EvalReport | None,
    gsr: GsrReport | None,
    lang: str | None,
    stories: StoriesReport | None = None,
) -> dict[str, Any]:
    """The --json report: one gold file as before; several as ``sets`` plus ``combined``."""
    if len(sets) == 1:
        payload: dict[str, Any] = {"gold": str(sets[0].gold), "lang": lang, **sets[0].report.to_dict()}
    else:
        payload = {
            "gold": [str(s.gold) for s in sets],
            "lang": lang,
            "sets": {s.name: {"gold": str(s.gold), **s.report.to_dict()} for s in sets},
            "combined": combined.to_dict() if combined is not None else None,
        }
    if gsr is not None:
        payload["plover_gsr"] = gsr.to_dict()
    if stories is not None:
        payload["stories"] = stories.to_dict()
    return payload


def _run_sets(
    golds: list[Path], articles_dir: Path | None, lang: str | None, gsr_path: Path | None
) -> tuple[list[GoldSetReport], EvalReport | None, GsrReport | None]:
    """One report per gold file (``_run`` on each), and with several, their sum."""
    from khabar.evaluation.scoring import merge_reports

    names = [gold_set_name(g) for g in golds]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate is not None:
        raise KhabarError(f"two gold files make the same gold set {duplicate!r}")
    sets: list[GoldSetReport] = []
    gsr: GsrReport | None = None
    for i, (gold, name) in enumerate(zip(golds, names, strict=True)):
        report, set_gsr = _run(gold, articles_dir, lang, gsr_path if i == len(golds) - 1 else None)
        sets.append(GoldSetReport(name, gold, report))
        gsr = set_gsr or gsr
    combined = merge_reports([s.report for s in sets]) if len(sets) > 1 else None
    return sets, combined, gsr


_EXTRACTOR: list[Any] = []


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
    extractor = _EXTRACTOR[0] if _EXTRACTOR else Extractor()
    _EXTRACTOR[:] = [extractor]  # one extractor (models loaded once) for all the gold files of a run
    report = evaluate(records, pipeline_predictor(extractor), lang=lang)
    gsr = evaluate_plover_gsr(gsr_records, sentence_predictor(extractor)) if gsr_records is not None else None
    return report, gsr
