"""Terminal tables for evaluation reports (rich)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from khabar.evaluation.floors import Violation
from khabar.evaluation.gsr import ACTOR_ERROR_CLASSES, GsrReport
from khabar.evaluation.scoring import ALL, NONE_LABEL, EvalReport, group_errors
from khabar.evaluation.stories import StoriesReport

# (label, counts task or ratio metric, kind) for the summary table.
_PRF_ROWS = (
    ("entities", "entities"),
    ("mentions (offsets)", "entities.mentions"),
    ("quotes", "quotes"),
    ("events strict", "events.strict"),
    ("events lenient", "events.lenient"),
)
_RATIO_ROWS = (
    ("quote speaker accuracy", "quotes.speaker_accuracy"),
    ("quote direct/reported accuracy", "quotes.direct_accuracy"),
    ("event date accuracy (gold dated)", "events.date_accuracy"),
    ("event left undated (gold undated)", "events.undated_accuracy"),
    ("event location accuracy", "events.location_accuracy"),
    ("event status accuracy", "events.status_accuracy"),
)
_TYPE_TASKS = (
    ("entities", "entities"),
    ("quotes", "quotes"),
    ("events strict", "events.strict"),
    ("events lenient", "events.lenient"),
)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def summary_table(report: EvalReport) -> Table:
    langs = report.langs
    table = Table(title=f"khabar eval: {report.articles[ALL]} articles", title_justify="left")
    table.add_column("measure")
    for lang in langs:
        table.add_column(f"{lang} ({report.articles[lang]})", justify="right")
    for label, task in _PRF_ROWS:
        if f"{task}|{ALL}" not in report.counts:
            continue
        for metric in ("precision", "recall", "f1"):
            cells = []
            for lang in langs:
                counts = report.counts.get(f"{task}|{lang}")
                cells.append(_fmt(getattr(counts, metric)) if counts else "–")
            table.add_row(f"{label} {metric}", *cells)
        counts_row = []
        for lang in langs:
            c = report.counts.get(f"{task}|{lang}")
            counts_row.append(f"{c.tp}/{c.fp}/{c.fn}" if c else "–")
        table.add_row(f"[dim]{label} tp/fp/fn[/]", *[f"[dim]{c}[/]" for c in counts_row], end_section=True)
    for label, name in _RATIO_ROWS:
        task, _, metric = name.rpartition(".")
        cells = []
        for lang in langs:
            ratio = report.ratios.get(f"{task}|{metric}.{lang}")
            cells.append(f"{_fmt(ratio.value)} ({ratio.correct}/{ratio.total})" if ratio else "–")
        table.add_row(label, *cells)
    return table


def per_type_table(report: EvalReport) -> Table:
    table = Table(title="per type (all languages)", title_justify="left")
    for column in ("task", "type", "tp", "fp", "fn", "precision", "recall", "f1"):
        table.add_column(column, justify="left" if column in ("task", "type") else "right")
    for label, task in _TYPE_TASKS:
        prefix = f"{task}|{ALL}."
        keys = sorted(k for k in report.counts if k.startswith(prefix))
        for i, key in enumerate(keys):
            c = report.counts[key]
            table.add_row(
                label,
                key[len(prefix) :],
                str(c.tp),
                str(c.fp),
                str(c.fn),
                _fmt(c.precision),
                _fmt(c.recall),
                _fmt(c.f1),
                end_section=i == len(keys) - 1,
            )
    return table


def confusion_table(report: EvalReport) -> Table:
    gold_types = sorted(t for t in report.confusion if t != NONE_LABEL)
    predicted = sorted({p for row in report.confusion.values() for p in row} - {NONE_LABEL})
    rows = [*gold_types, NONE_LABEL]
    columns = [*predicted, NONE_LABEL]
    table = Table(title="event types: gold (rows) × predicted (columns)", title_justify="left")
    table.add_column("gold \\ predicted")
    for column in columns:
        table.add_column(column, justify="right")
    for row in rows:
        counts: dict[str, int] = report.confusion.get(row, {})
        table.add_row(row, *[str(counts.get(c, 0) or "·") for c in columns])
    return table


def print_errors(console: Console, report: EvalReport) -> None:
    for article, errors in sorted(group_errors(report.errors).items()):
        console.rule(f"{article} ({errors[0].lang})")
        for error in errors:
            console.print(f"[bold]{error.task}[/] [red]{error.kind}[/]: {escape(error.detail)}")
            if error.sentence:
                console.print(f"    [dim]{escape(error.sentence)}[/]")


def gsr_table(report: GsrReport) -> Table:
    table = Table(title=f"PLOVER GSR: {report.type_accuracy.total} sentences", title_justify="left")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for label, ratio in (
        ("type accuracy (top event)", report.type_accuracy),
        ("gold type among predicted events", report.type_any),
        ("source country accuracy", report.source_accuracy),
        ("target country accuracy", report.target_accuracy),
    ):
        table.add_row(label, f"{_fmt(ratio.value)} ({ratio.correct}/{ratio.total})")
    for side in ("source", "target"):
        counts = report.actor_errors.get(side)
        if counts:
            table.add_row(
                f"{side} misses by class",
                ", ".join(f"{kind} {counts[kind]}" for kind in ACTOR_ERROR_CLASSES if counts[kind]),
            )
    for name, ratio in sorted(report.by_type.items()):
        table.add_row(
            f"[dim]type accuracy {name}[/]", f"[dim]{_fmt(ratio.value)} ({ratio.correct}/{ratio.total})[/]"
        )
    return table


def print_report(
    console: Console,
    report: EvalReport,
    *,
    errors: bool = False,
    gsr: GsrReport | None = None,
    violations: Sequence[Violation] | None = None,
) -> None:
    console.print(summary_table(report))
    console.print(per_type_table(report))
    console.print(confusion_table(report))
    if gsr is not None:
        console.print(gsr_table(gsr))
    for article, message in report.failures:
        console.print(f"[red]failed:[/] {escape(article)}: {escape(message)}")
    if errors:
        print_errors(console, report)
        if gsr is not None:
            console.rule("PLOVER GSR errors")
            for record_id, problem, sentence in gsr.errors:
                console.print(
                    f"[bold]{escape(record_id)}[/] {escape(problem)}\n    [dim]{escape(sentence)}[/]"
                )
    if violations is not None:
        if violations:
            for violation in violations:
                console.print(f"[bold red]below floor:[/] {violation}")
        else:
            console.print("[green]all measured metrics are at or above their floors[/]")


def print_stories(out: Console, report: StoriesReport) -> None:
    """Pairwise story and event-cluster scores (khabar.evaluation.stories.StoriesReport)."""

    def fmt(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    table = Table(title="Stories and event clusters (pairwise)", title_justify="left")
    for column in ("what", "precision", "recall", "F1", "tp", "fp", "fn", "over"):
        table.add_column(column)
    for name, counts, over in (
        (
            "stories",
            report.stories,
            f"{report.articles} articles, {report.gold_stories} gold stories, "
            f"{report.predicted_stories} predicted",
        ),
        (
            "event clusters",
            report.events,
            f"{report.matched_events} of {report.gold_events} gold events found",
        ),
    ):
        table.add_row(
            name,
            fmt(counts.precision),
            fmt(counts.recall),
            fmt(counts.f1),
            str(counts.tp),
            str(counts.fp),
            str(counts.fn),
            over,
        )
    out.print(table)
    for label, info in report.multi_report.items():
        clusters = ", ".join(f"{c} ({n} articles)" for c, n in info["clusters"].items()) or "none found"
        out.print(f"  {label}: {info['gold_reports']} gold reports → {clusters}", markup=False)
    for kind, a, b in report.errors:
        out.print(f"  {kind}: {a}  ~  {b}", markup=False)
