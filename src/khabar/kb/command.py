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
def import_command(file: Path, dest: Path | None) -> None:
    """Validate FILE (TOML, JSON, JSONL or CSV actors) and copy it into the user KB directory."""
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
