"""The country and state an English article is about, and the names that mean a national body there.

Indian English copy names its actors the way a reader at home would: "the Centre", "Congress", "the
Supreme Court", "the Left", "SP", "the police" (of the state the story is in). Out of that context the
words are ambiguous (the US Congress, a research centre, any country's supreme court), so the knowledge
base does not list them as aliases. This module reads ``[national]`` of the pack's ``mentions.toml``:

* ``[national.aliases.<ISO3>]``: a word → the knowledge-base actor it names in an article of that
  country (``Congress = "inc"``);
* ``[national.state_bodies]``: a CAMEO sector → the name of that body of a state
  (``COP = "{state} Police"``), for a collective noun ("the police") in an article about one state;
* ``[national.context]``: how many mentions a country needs to be the article's (when no dateline
  says so);
* ``union_bodies`` / ``union_government``: "the government" (alias value ``{government}``) is the
  state's when the story names its state more often than these national bodies, else the Union's.

The article's country is the one most of its known names belong to; its state the state (first-level
place of that country) its names point to most often: the state itself or a body named after it
("Tamil Nadu Police", "Government of Kerala").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from khabar.errors import LanguagePackError
from khabar.kb import india

if TYPE_CHECKING:
    from khabar.kb import KnowledgeBase


@dataclass(frozen=True, slots=True)
class NationalRules:
    aliases: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # ISO3 → (word, id)
    state_bodies: dict[str, str] = field(default_factory=dict)  # sector → "{state} Police"
    min_mentions: int = 3  # known names needed before a country counts as the article's
    min_share: float = 0.5  # share of the country-bearing names that must be that country's
    union_bodies: frozenset[str] = frozenset()  # ids whose mention makes a story national
    union_government: tuple[str, ...] = ()  # "the government" of a national story


def load_national(mentions: dict[str, Any], origin: str) -> NationalRules:
    section = mentions.get("national") or {}
    aliases: dict[str, tuple[tuple[str, str], ...]] = {}
    for country, table in (section.get("aliases") or {}).items():
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise LanguagePackError(
                f"{origin}/mentions.toml: [national.aliases.{country}] must map words to ids"
            )
        # longest first, so "Union government" wins over a shorter word inside it
        aliases[country] = tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))
    bodies = section.get("state_bodies") or {}
    for sector, template in bodies.items():
        if "{state}" not in str(template):
            raise LanguagePackError(
                f"{origin}/mentions.toml: [national.state_bodies] {sector} lacks {{state}}"
            )
    context = section.get("context") or {}
    return NationalRules(
        aliases=aliases,
        state_bodies={str(k): str(v) for k, v in bodies.items()},
        min_mentions=int(context.get("min_mentions", 3)),
        min_share=float(context.get("min_share", 0.5)),
        union_bodies=frozenset(section.get("union_bodies") or ()),
        union_government=tuple(section.get("union_government") or ()),
    )


def dominant_country(
    kb: KnowledgeBase, id_lists: Iterable[tuple[str, ...]], rules: NationalRules
) -> str | None:
    """The country most known names of the article belong to, when they are enough and most of them
    (news media are left out: an agency reports, it is no sign of the story's country)."""
    counts: Counter[str] = Counter()
    for ids in id_lists:
        actor = kb.get(ids[0]) if ids else None
        if actor is None or not actor.country or actor.sector == "MED":
            continue
        if kb.country(actor.country) is None:
            continue  # a region or an organisation's own code
        counts[actor.country] += 1
    if not counts:
        return None
    country, top = counts.most_common(1)[0]
    if top >= rules.min_mentions and top >= rules.min_share * sum(counts.values()):
        return country
    return None


def gazetteer_country(kb: KnowledgeBase, id_lists: Iterable[tuple[str, ...]]) -> str | None:
    """The country of a story too short on known names for :func:`dominant_country` whose every
    country-bearing name is one country's, one of them a district or town of the India gazetteer
    ("… ransacked the police post near Indora in Kangra district": India, and Himachal Pradesh's
    police)."""
    countries: set[str] = set()
    local = False
    for ids in id_lists:
        actor = kb.get(ids[0]) if ids else None
        if actor is None or not actor.country or actor.sector == "MED":
            continue
        countries.add(actor.country)
        local = local or india.is_below_state(actor.id)
    return next(iter(countries)) if local and len(countries) == 1 else None


def state_names(kb: KnowledgeBase, country: str) -> dict[str, str]:
    """First-level places (states) of ``country`` the knowledge base knows: lower-cased name → name."""
    # the id tests first: they need no Actor built (the table builds one per id asked, ~36,000 in all)
    places = (
        kb.actors[actor_id]
        for actor_id in kb.actors
        if actor_id.startswith("place:")
        and not india.is_below_state(actor_id)  # districts and towns of the India gazetteer
    )
    return {
        actor.name.casefold(): actor.name
        for actor in places
        if actor.country == country and actor.type == "GPE"
    }


def dominant_state(
    kb: KnowledgeBase, id_lists: Iterable[tuple[str, ...]], states: dict[str, str]
) -> str | None:
    """The state the article's names point to most often (ties: none)."""
    if not states:
        return None
    names = "|".join(re.escape(s) for s in sorted(states, key=len, reverse=True))
    pattern = re.compile(r"\b(" + names + r")\b")
    counts: Counter[str] = Counter()
    for ids in id_lists:
        actor = kb.get(ids[0]) if ids else None
        if actor is None:
            continue
        # a district, town or state body of the India gazetteer knows its state from its id
        state_id = india.state_place_id(code) if (code := india.state_of(actor.id)) else None
        state = kb.get(state_id) if state_id else None
        if state is not None and state.name.casefold() in states:
            counts[states[state.name.casefold()]] += 1
            continue
        # the name, else an alias ("Bombay High Court" is also "Maharashtra High Court")
        for spelling in (actor.name, *actor.aliases):
            found = pattern.search(spelling.casefold())
            if found:
                counts[states[found.group(1)]] += 1
                break
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def alias_spans(text: str, aliases: tuple[tuple[str, str], ...]) -> list[tuple[int, int, str]]:
    """(start, end, actor id) of every whole-word, same-case occurrence of the national aliases,
    longest first where they overlap."""
    out: list[tuple[int, int, str]] = []
    for word, actor_id in aliases:
        for match in re.finditer(r"(?<![\w&])" + re.escape(word) + r"(?![\w&])", text):
            start, end = match.span()
            if any(s < end and start < e for s, e, _ in out):
                continue
            out.append((start, end, actor_id))
    return sorted(out)
