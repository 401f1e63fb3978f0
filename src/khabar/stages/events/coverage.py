"""``khabar lexicon``: which CAMEO codes each language's event lexicon can say, and with how many triggers.

For every pack with an event lexicon: the CAMEO roots and leaf codes (codes below root level) that have
at least one entry, the entries, and the trigger surface forms — every word sequence an entry matches
(its forms plus the inflections its lemmas get from the verb morphology); a noun that needs a light verb
counts once, and ``with light verbs`` counts each noun × light-verb form pair (what the text can show).
``--codes`` lists every CAMEO code with the number of entries per language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from khabar.codes import CodeTables
from khabar.langpacks import LanguagePacks, load_language_packs
from khabar.stages.events.lexicon import EventLexicon, load_lexicon


@dataclass(slots=True)
class LexiconCoverage:
    lang: str
    entries: int = 0
    by_code: dict[str, int] = field(default_factory=dict)  # CAMEO code → number of entries
    triggers: int = 0  # distinct trigger word sequences
    with_light_verbs: int = 0  # noun × light-verb form pairs, plus triggers that need none

    @property
    def roots(self) -> list[str]:
        return sorted({code[:2] for code in self.by_code})

    def leaves(self, codes: CodeTables) -> list[str]:
        """Codes below root level (three or four digits) that have an entry."""
        return sorted(c for c in self.by_code if len(c) > 2 and c in codes.cameo)

    def to_dict(self, codes: CodeTables) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "entries": self.entries,
            "roots": self.roots,
            "leaf_codes": len(self.leaves(codes)),
            "triggers": self.triggers,
            "triggers_with_light_verbs": self.with_light_verbs,
            "by_code": dict(sorted(self.by_code.items())),
        }


def lexicon_coverage(lexicon: EventLexicon) -> LexiconCoverage:
    out = LexiconCoverage(lexicon.lang, entries=len(lexicon.entries))
    forms: set[tuple[str, ...]] = set()
    combined: set[tuple[str, ...]] = set()
    for entry in lexicon.entries:
        out.by_code[entry.cameo] = out.by_code.get(entry.cameo, 0) + 1
        verbs = frozenset().union(*(lexicon.verb_groups.get(g, frozenset()) for g in entry.verbs))
        for form in entry.forms:
            forms.add(form)
            if verbs:
                combined.update((*form, verb) for verb in verbs)
            else:
                combined.add(form)
    out.triggers, out.with_light_verbs = len(forms), len(combined)
    return out


def coverage(packs: LanguagePacks, codes: CodeTables) -> list[LexiconCoverage]:
    found = []
    for pack in packs:
        lexicon = load_lexicon(pack, codes)
        if lexicon is not None:
            found.append(lexicon_coverage(lexicon))
    return found


@click.command("lexicon")
@click.option("--codes", "show_codes", is_flag=True, help="List every CAMEO code with entries per language.")
@click.option("--json", "as_json", is_flag=True, help="Print the coverage as JSON.")
def lexicon_command(show_codes: bool, as_json: bool) -> None:
    """Coverage of the event lexicons: CAMEO roots and leaf codes per language, entries, triggers."""
    codes = CodeTables.load()
    found = coverage(load_language_packs(), codes)
    if as_json:
        click.echo(json.dumps([c.to_dict(codes) for c in found], ensure_ascii=False, indent=2))
        return
    out = Console(highlight=False, soft_wrap=True)
    summary = Table(title="event lexicon coverage (CAMEO)", title_justify="left")
    for column in ("language", "roots (of 20)", "leaf codes", "entries", "triggers", "with light verbs"):
        summary.add_column(column, justify="left" if column == "language" else "right")
    for c in found:
        summary.add_row(
            c.lang,
            str(len(c.roots)),
            str(len(c.leaves(codes))),
            str(c.entries),
            str(c.triggers),
            str(c.with_light_verbs),
        )
    out.print(summary)
    missing = {c.lang: [r for r in (f"{i:02d}" for i in range(1, 21)) if r not in c.roots] for c in found}
    for lang, roots in missing.items():
        if roots:
            out.print(f"{lang}: no entry for roots {', '.join(roots)}", markup=False)
    if show_codes:
        table = Table(title="entries per CAMEO code", title_justify="left")
        table.add_column("code")
        table.add_column("name")
        for c in found:
            table.add_column(c.lang, justify="right")
        for code, info in sorted(codes.cameo.items()):
            cells = [str(c.by_code.get(code, "")) or "·" for c in found]
            table.add_row(code, info.name, *cells)
        out.print(table)
