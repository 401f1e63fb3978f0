"""Per-construction tests: every event-lexicon entry's example sentence gives its event.

The entities of each example are the entry's ``example_source`` / ``example_target`` as written (what
the entity stages would find); the test checks the CAMEO code, the actors and the status.
"""

from __future__ import annotations

from typing import Any

import pytest

from events_support import build_entities
from khabar.codes import CodeTables
from khabar.langpacks import LanguagePacks, load_language_packs
from khabar.model import Document, Event, Sentence
from khabar.stages.events.lexicon import LexEntry, load_lexicon
from khabar.stages.events.stage import EventStage

PACKS: LanguagePacks = load_language_packs()
CODES = CodeTables.load()
ENTRIES = [
    pytest.param(lang, entry, id=f"{lang}-{entry.cameo}-{'_'.join(entry.forms[0])}-{i}")
    for lang in ("hi", "en")
    for i, entry in enumerate(load_lexicon(PACKS.get(lang), CODES).entries)  # type: ignore[union-attr]
]


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage(PACKS, codes=CODES)


def run_example(stage: EventStage, lang: str, entry: LexEntry) -> tuple[list[Event], dict[str, str]]:
    text = entry.example
    names: list[tuple[str, str, list[str]]] = []
    if entry.example_source:
        names.append(("SOURCE", "PER", [entry.example_source]))
    if entry.example_target:
        target_type = entry.target_types[0] if entry.target_types else "PER"
        names.append(("TARGET", target_type, [entry.example_target]))
    entities = build_entities(text, names)
    sectors = [k for k in entry.source_types if k not in ("PER", "ORG", "GPE", "LOC")]
    for entity in entities:
        if sectors and entity.name == "SOURCE":
            entity.sector = sectors[0]  # "booked by the Rampur Police": the entry needs a police source
    doc = Document(id="example", raw=text, clean=text, lang=lang)
    doc.sentences = [Sentence(0, len(text))]
    doc.entities = entities
    doc.dates = []
    stage(doc)
    return doc.events or [], {e.id: e.name for e in entities}


def _matches(event: Event, names: dict[str, str], entry: LexEntry) -> bool:
    want = ("SOURCE" if entry.example_source else None, "TARGET" if entry.example_target else None)
    got = (names.get(event.source or ""), names.get(event.target or ""))
    return got == want or (entry.symmetric and got[::-1] == want)


@pytest.mark.parametrize(("lang", "entry"), ENTRIES)
def test_lexicon_example(stage: EventStage, lang: str, entry: LexEntry) -> None:
    events, names = run_example(stage, lang, entry)
    described = [(e.cameo, names.get(e.source or ""), names.get(e.target or ""), e.status) for e in events]
    same_family = CODES.to_plover(entry.cameo)
    wanted_type = entry.plover or (same_family.type if same_family else None)
    hits = [e for e in events if e.plover == wanted_type and _matches(e, names, entry)]
    assert hits, f"{entry.origin}: {entry.example!r} gave {described}"
    assert hits[0].status == entry.example_status, f"{entry.origin}: {described}"
    assert hits[0].trigger.end <= len(entry.example)


COUNTERS = [p for p in ENTRIES if p.values[1].counter_example]  # type: ignore[union-attr]


@pytest.mark.parametrize(("lang", "entry"), COUNTERS)
def test_lexicon_counter_example(stage: EventStage, lang: str, entry: LexEntry) -> None:
    """The entry's counter-example (its words in another sense) gives no event of its code."""
    text = entry.counter_example
    assert all(name.partition("=")[0] in text for name in entry.counter_names), entry.origin
    # "name=TYPE" or "name=TYPE/SECTOR" (a CAMEO sector: "बीबीसी=ORG/MED")
    kinds = [n.partition("=") for n in entry.counter_names]
    named = [(name, *(kind or "PER").partition("/")[::2]) for name, _, kind in kinds]
    entities = build_entities(text, [(f"N{i}", type_, [n]) for i, (n, type_, _) in enumerate(named)])
    sectors = {f"N{i}": sector for i, (_, _, sector) in enumerate(named) if sector}
    for entity in entities:
        entity.sector = sectors.get(entity.name, entity.sector)
    doc = Document(id="counter", raw=text, clean=text, lang=lang)
    doc.sentences = [Sentence(0, len(text))]
    doc.entities = entities
    doc.dates = []
    stage(doc)
    coded = [(e.cameo, text[e.trigger.start : e.trigger.end]) for e in doc.events or []]
    assert not [c for c in coded if c[0] == entry.cameo], f"{entry.origin}: {text!r} gave {coded}"


def test_every_entry_names_its_actors() -> None:
    for lang in ("hi", "en"):
        lexicon: Any = load_lexicon(PACKS.get(lang), CODES)  # type: ignore[arg-type]
        for entry in lexicon.entries:
            assert entry.example_source or entry.example_target, entry.origin
            for spelling in (entry.example_source, entry.example_target):
                assert spelling is None or spelling in entry.example, entry.origin
