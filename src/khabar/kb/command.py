"""``khabar kb …`` commands: search the knowledge base, import a user actor file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import click

from khabar.errors import KnowledgeBaseError
from khabar.home import user_kb_dir
from khabar.kb.base import KnowledgeBase
from khabar.kb.model import Actor
from khabar.kb.validate import DATA_DIR, SUPPORTED_SUFFIXES, load_actor_file


def describe(kb: KnowledgeBase, actor: Actor, score: float) -> dict[str, Any]:
    """The search result row shown by ``khabar kb search`` (also its --json form)."""
    role = kb.role_at(actor)
    return {
        "id": actor.id,
        "name": actor.name,
        "type": actor.type,
        "country": actor.country,
        "sector": actor.sector,
        "actor_code": kb.actor_code(actor),
        "current_role": role.title if role else None,
        "score": score,
    }


@click.group("kb")
def kb_group() -> None:
    """Knowledge base of actors: search it, import your own actor files."""


@kb_group.command("search")
@click.argument("name")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000), help="Results to show.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option(
    "--data-dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=DATA_DIR,
    hidden=True,  # another shipped-data directory (tests, forks)
)
def search_command(name: str, limit: int, as_json: bool, data_dir: Path) -> None:
    """Find actors by NAME, in any script (Devanagari or Latin), exact or fuzzy."""
    try:
        kb = KnowledgeBase.load(data_dir=data_dir)
    except KnowledgeBaseError as exc:
        raise click.ClickException(str(exc)) from exc
    rows = [describe(kb, actor, score) for actor, score in kb.search(name, limit=limit)]
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        click.echo(f"no actor matches {name!r}", err=True)
        return
    for row in rows:
        click.echo(
            f"{row['score']:5.1f}  {row['id']:<28} {row['name']}  [{row['type']}"
            f" {row['country'] or '-'} {row['sector'] or '-'} code={row['actor_code'] or '-'}]"
            + (f"  {row['current_role']}" if row["current_role"] else "")
        )


@kb_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--dest",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="User KB directory (default: $KHABAR_HOME/kb, see khabar.home).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["actors", "tabari", "tabari-agents"]),
    default="actors",
    show_default=True,
    help="actors: a TOML/JSON/JSONL/CSV actor file; tabari: a TABARI/PETRARCH .actors dictionary;"
    " tabari-agents: a TABARI agents dictionary (generic agents: police COP, rebels REB, …).",
)
@click.option("--prefix", default=None, help="tabari: id prefix of the imported actors (default from FILE).")
def import_command(file: Path, dest: Path | None, fmt: str, prefix: str | None) -> None:
    """Validate FILE and copy it into the user KB directory; a TABARI dictionary (--format tabari)
    is converted to actor records (``<prefix>.tabari.jsonl``, split in parts under 4 MB)."""
    if fmt == "tabari":
        _import_tabari(file, dest or user_kb_dir(), prefix)
        return
    if fmt == "tabari-agents":
        _import_agents(file, dest or user_kb_dir(), prefix)
        return
    if file.suffix.lower() not in SUPPORTED_SUFFIXES:
        click.echo(f"error: {file}: unsupported file type; use {', '.join(SUPPORTED_SUFFIXES)}", err=True)
        raise SystemExit(1)
    try:
        actors = load_actor_file(file)
    except KnowledgeBaseError as exc:
        click.echo(f"error: {exc.origin} is not a valid actor file:", err=True)
        for problem in exc.problems:
            click.echo(f"  - {problem}", err=True)
        raise SystemExit(1) from exc
    directory = dest or user_kb_dir()
    target = directory / file.name
    conflicts = _id_conflicts(actors, directory, skip=target)
    if conflicts:
        click.echo(f"error: {file} conflicts with the knowledge base:", err=True)
        for problem in conflicts:
            click.echo(f"  - {problem}", err=True)
        raise SystemExit(1)
    directory.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(file, target)
    click.echo(f"imported {len(actors)} actor(s) into {target}")


def _import_tabari(file: Path, directory: Path, prefix: str | None) -> None:
    from khabar.kb.base import IMPORTED_SUFFIX
    from khabar.kb.tabari import import_tabari, write_jsonl
    from khabar.kb.validate import default_schema, validate_records

    records, report = import_tabari(file, prefix)
    _actors, problems = validate_records(records, str(file), default_schema())
    if problems:  # the converter only writes valid records: this is a bug, say where
        click.echo(f"error: {file}: {len(problems)} converted record(s) are invalid:", err=True)
        for problem in problems[:20]:
            click.echo(f"  - {problem}", err=True)
        raise SystemExit(1)
    stem = prefix or import_stem(file)
    written = write_jsonl(records, directory, stem, IMPORTED_SUFFIX)
    click.echo(
        f"imported {report.actors} actor(s) from {report.entries} entries of {file.name} into "
        + ", ".join(str(p) for p in written)
        + f" ({report.devanagari} with a Devanagari spelling; skipped {report.skipped_country}"
        f" country entries and {report.skipped_no_code} without a code)"
    )
    for problem in report.bad_dates:
        click.echo(
            f"  warning: {file.name} {problem}: unreadable date range, code kept without dates", err=True
        )
    if report.unknown_codes:
        codes = ", ".join(f"{c} ({n})" for c, n in sorted(report.unknown_codes.items()))
        click.echo(
            f"  warning: {file.name}: codes with no known country or sector left out: {codes}", err=True
        )


def _import_agents(file: Path, directory: Path, prefix: str | None) -> None:
    from khabar.kb.base import AGENTS_SUFFIX
    from khabar.kb.tabari import parse_agents, write_jsonl

    records, skipped = parse_agents(file.read_text(encoding="utf-8", errors="replace"))
    written = write_jsonl(records, directory, prefix or import_stem(file), AGENTS_SUFFIX)
    click.echo(
        f"imported {len(records)} agent(s) ({sum(len(r['forms']) for r in records)} word forms) from"
        f" {file.name} into " + ", ".join(str(p) for p in written)
    )
    if skipped:
        click.echo(
            f"  note: {len(skipped)} agent(s) without a CAMEO sector left out (e.g. {skipped[0]})", err=True
        )


def import_stem(file: Path) -> str:
    """File stem and id prefix of an imported dictionary: Phoenix.Countries.actors.txt → phx_countries."""
    from khabar.kb.tabari import default_prefix

    return default_prefix(file)


@kb_group.command("build")
@click.option(
    "--into",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory for the cache (default: the package's kb/data/cache).",
)
def build_command(into: Path | None) -> None:
    """Build the knowledge base and its search index ahead of time and cache them (run by
    scripts/install.sh), so that no process builds them on its first request.

    The shipped KB (package data only) goes to the package cache; when ``$KHABAR_HOME/kb`` holds the
    user's own actor files, the KB with them is also built, into ``$KHABAR_HOME/cache``."""
    import time

    from khabar.kb.cache import PACKAGE_CACHE_DIR

    directory = into or PACKAGE_CACHE_DIR
    started, wall = time.perf_counter(), time.time()
    try:
        kb = KnowledgeBase.load(read_user_dir=False, rebuild_into=directory)
        user_dir = user_kb_dir()
        if user_dir.is_dir() and any(user_dir.iterdir()):
            KnowledgeBase.load()  # built on a miss and written to the user cache
            click.echo(f"built the knowledge base with the actor files of {user_dir} (cached in KHABAR_HOME)")
    except KnowledgeBaseError as exc:
        raise click.ClickException(str(exc)) from exc
    current = {p.name for p in directory.glob("kb-*.pickle") if p.stat().st_mtime >= wall - 1}
    for old in directory.glob("kb-*.pickle"):
        if old.name not in current:
            old.unlink(missing_ok=True)  # caches of older data or code
    seeded = _build_mention_seeds(directory)
    index = kb._fuzzy
    click.echo(
        f"built the knowledge base: {len(kb)} actors, {len(kb.match_index)} matchable names,"
        f" {len(index.keys) if index else 0} search keys, {len(kb.shadowed)} imported actors left out"
        f" for curated ones; cached in {directory}{seeded} ({time.perf_counter() - started:.1f} s)"
    )


def _build_mention_seeds(directory: Path) -> str:
    """Write the Hindi mention finder's precomputed word facts (khabar.stages.mentions.seeds) beside the
    KB cache, for the finder a pipeline builds; a short note for the summary line."""
    from khabar.resources import Resources
    from khabar.stages.mentions.pattern import HindiMentionFinder
    from khabar.stages.mentions.seeds import write_seeds

    resources = Resources.load()
    packs = resources.packs.using("mentions", "pattern")
    if len(packs) != 1:
        return ""
    path = write_seeds(HindiMentionFinder(resources, packs[0]), packs[0], directory)
    return f"; mention word facts in {path.name}" if path else ""


@kb_group.command("validate")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per conflict.")
@click.option("--date", "dates", multiple=True, help="Also compare codes at these dates (YYYY-MM-DD).")
def validate_command(as_json: bool, dates: tuple[str, ...]) -> None:
    """Check the knowledge base loads, and report where an imported dictionary and the curated actors
    disagree about a person or organisation both know (country, or the actor code at the curated
    role dates); curated data wins, imported data is never silently merged."""
    from khabar.kb.validate import import_conflicts

    try:
        kb = KnowledgeBase.load()
    except KnowledgeBaseError as exc:
        click.echo(f"error: {exc.origin}:", err=True)
        for problem in exc.problems:
            click.echo(f"  - {problem}", err=True)
        raise SystemExit(1) from exc
    conflicts = import_conflicts(kb, kb.shadowed, dates)
    for row in conflicts:
        click.echo(json.dumps(row, ensure_ascii=False) if as_json else f"conflict: {row['message']}")
    click.echo(
        f"ok: {len(kb)} actors; {len(kb.shadowed)} imported actors known to the curated data,"
        f" {len(conflicts)} with conflicting facts",
        err=as_json,
    )


def _id_conflicts(actors: list[Actor], directory: Path, skip: Path) -> list[str]:
    """Ids of ``actors`` already defined by the shipped actor files or another user file (a file that
    the import replaces, ``skip``, excepted). Files that fail to load are someone else's problem here."""
    files = sorted((DATA_DIR / "actors").glob("*.toml"))
    if directory.is_dir():
        files += sorted(
            p for p in directory.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES and p != skip
        )
    wanted = {actor.id for actor in actors}
    problems = []
    for path in files:
        try:
            existing = load_actor_file(path)
        except KnowledgeBaseError:
            continue
        problems += [f"actor id {a.id!r} is already defined in {path}" for a in existing if a.id in wanted]
    return problems
