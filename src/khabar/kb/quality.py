"""Quality measurements of the knowledge base's cross-script matching."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from khabar.kb.base import IMPORTED_DIR, KnowledgeBase, blend_score
from khabar.text.scripts import BLOCK_CHARS
from khabar.text.translit import latin_key, latin_keys

_DEVANAGARI = re.compile(rf"[{BLOCK_CHARS}]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(slots=True)
class TransliterationReport:
    aliases: int = 0  # Devanagari aliases tried
    correct: int = 0  # whose best Latin match belongs to the right actor
    actors: int = 0
    actors_correct: int = 0  # actors for which every Devanagari alias found the actor
    failures: list[tuple[str, str, str, str]] = field(default_factory=list)  # actor, alias, key, best
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [aliases, correct]

    @property
    def alias_rate(self) -> float:
        return self.correct / self.aliases if self.aliases else 0.0

    @property
    def actor_rate(self) -> float:
        return self.actors_correct / self.actors if self.actors else 0.0


def transliteration_match_rate(kb: KnowledgeBase, types: tuple[str, ...] = ()) -> TransliterationReport:
    """For each curated actor with Latin and Devanagari aliases: does each Devanagari alias, transliterated,
    find its own actor as the best fuzzy match among ALL Latin aliases of the knowledge base
    (curated actors, country names, city names)? ``types`` limits the actors tried (e.g. ("PER",))."""
    from rapidfuzz import fuzz, process

    choice_actors: dict[str, set[str]] = {}
    for key, (actor_ids, _, _) in kb.match_index.items():
        if _LATIN.search(key):
            for actor_id in actor_ids:
                country = kb.actors[actor_id].country
                for spelling in (key, *kb.transliterator.latin_variants(key, country)):
                    choice_actors.setdefault(latin_key(spelling, kb.transliterator), set()).add(actor_id)
    choices = list(choice_actors)
    report = TransliterationReport()
    for actor in kb:
        if actor.is_country or actor.is_city or (types and actor.type not in types):
            continue
        if actor.source_file and f"/{IMPORTED_DIR}/" in actor.source_file:
            continue  # imported dictionaries: their Devanagari spellings are generated from the Latin
        spellings = (actor.name, *actor.aliases)
        deva = [a for a in spellings if _DEVANAGARI.search(a)]
        if not deva or not any(_LATIN.search(a) for a in spellings):
            continue
        report.actors += 1
        all_ok = True
        for alias in deva:
            scored = [
                (blend_score(key, hit[0]), hit[0], key)
                for key in latin_keys(alias, kb.transliterator)
                for hit in process.extract(key, choices, scorer=fuzz.token_set_ratio, limit=50)
            ]
            _score, best_choice, key = max(scored, default=(0.0, "", ""))
            best = (best_choice,) if best_choice else None
            report.aliases += 1
            tally = report.by_type.setdefault(actor.type, [0, 0])
            tally[0] += 1
            if best is not None and actor.id in choice_actors[best[0]]:
                report.correct += 1
                tally[1] += 1
            else:
                all_ok = False
                report.failures.append((actor.id, alias, key, best[0] if best else ""))
        report.actors_correct += all_ok
    return report
