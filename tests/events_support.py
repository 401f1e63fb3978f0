"""Test and measurement helpers for the events stage, used before the entity and date stages exist.

* :func:`gold_entities` builds ``doc.entities`` from the article gold (each gold entity's text and the
  sidecar's ``name_variants``, found in the clean text at word boundaries), with country and kb_id
  from the knowledge base;
* :func:`ner_entities` builds them for single English sentences from spaCy NER plus a country lookup
  (knowledge-base names and demonyms), for the PLOVER GSR;
* ``python tests/events_support.py`` prints event F1 / status accuracy on the dev gold per language and
  PLOVER type / source / target accuracy on ``corpus/plover_gsr_dev.jsonl``.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from khabar.model import Document, Entity, Mention

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpus" / "dev" / "gold.jsonl"
GSR = ROOT / "corpus" / "plover_gsr_dev.jsonl"
_DATE_HI = re.compile(r"(\d{1,2})\s+(जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर)")
_MONTHS_HI = {
    "जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7,
    "अगस्त": 8, "सितंबर": 9, "अक्टूबर": 10, "नवंबर": 11, "दिसंबर": 12,
}  # fmt: skip


def _word_char(ch: str) -> bool:
    return bool(ch) and (ch.isalnum() or unicodedata.category(ch).startswith("M"))


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Occurrences of ``needle`` in ``text`` that start and end at word boundaries."""
    out = []
    start = text.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if not _word_char(before) and not _word_char(after):
            out.append((start, end))
        start = text.find(needle, start + 1)
    return out


def country_info(kb: Any, name: str, type_: str) -> tuple[str | None, str | None]:
    """(country, kb_id) of a canonical name from the knowledge base."""
    if kb is None:
        return None, None
    for actor in kb.lookup(name):
        # (a place is a city, a country or a region of kb/data/places.toml, "place:europe", as the linker
        # links them: an unknown place has no id)
        if type_ in ("GPE", "LOC") and not (
            actor.is_city or actor.is_country or actor.id.startswith("place:")
        ):
            continue
        return actor.country, actor.id
    return None, None


def build_entities(text: str, names: list[tuple[str, str, list[str]]], kb: Any = None) -> list[Entity]:
    """Entities from (canonical, type, spellings); longer spellings claim text first."""
    entities: list[Entity] = []
    # Each entity's occurrences, overlapping spellings of the same entity united ("विदेश मंत्री वांग"
    # and "वांग यी" in "विदेश मंत्री वांग यी"); then longer spans win across entities.
    spans: list[tuple[int, int, int]] = []
    for i, (_, _, spellings) in enumerate(names):
        found = sorted({span for spelling in spellings for span in find_all(text, spelling)})
        merged: list[list[int]] = []
        for start, end in found:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        spans += [(start, end, i) for start, end in merged]
    claimed: list[tuple[int, int]] = []
    mentions: dict[int, list[Mention]] = {}
    for start, end, i in sorted(spans, key=lambda s: -(s[1] - s[0])):
        if any(s < end and start < e for s, e in claimed):
            continue
        claimed.append((start, end))
        mentions.setdefault(i, []).append(Mention(start, end, text[start:end]))
    for i, (canonical, type_, _) in enumerate(names):
        country, kb_id = country_info(kb, canonical, type_)
        entities.append(
            Entity(
                id=f"e{i}",
                type=type_,
                name=canonical,
                mentions=sorted(mentions.get(i, []), key=lambda m: m.start),
                country=country,
                kb_id=kb_id,
            )
        )
    return entities


def gold_entities(doc: Document, article: Any, kb: Any = None) -> list[Entity]:
    sidecar = article.path.with_suffix(".json")
    variants: dict[str, list[str]] = {}
    if sidecar.is_file():
        variants = json.loads(sidecar.read_text(encoding="utf-8")).get("name_variants") or {}
    names = []
    for entity in article.entities:
        spellings = [entity.text, *variants.get(entity.canonical, [])]
        if entity.type == "PER" and len(entity.text.split()) > 1:
            spellings.append(entity.text.split()[-1])  # surname alone, as the entity stage links it
        names.append((entity.canonical, entity.type, list(dict.fromkeys(spellings))))
    return build_entities(doc.clean or "", names, kb)


def simple_dates(doc: Document) -> list[Any]:
    """``12 नवंबर`` resolved to the publication year (a stand-in for the date stage)."""
    from khabar.model import DateMention

    out = []
    year = doc.published.year if doc.published else None
    for match in _DATE_HI.finditer(doc.clean or ""):
        value = f"{year:04d}-{_MONTHS_HI[match[2]]:02d}-{int(match[1]):02d}" if year else None
        out.append(DateMention(match.start(), match.end(), match.group(), value, "day" if year else None))
    return out


# Intergovernmental organisations, coded IGO in the PLOVER GSR (a stand-in for the knowledge base).
IGO_WORDS = (
    "United Nations", "U.N.", "UN", "European Community", "European Union", "EU", "NATO",
    "Security Council", "IAEA", "OSCE", "Arab League", "UNHCR", "Organization of", "Asia-Pacific",
    "APEC", "EC", "World Bank", "IMF",
)  # fmt: skip
NER_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "GPE", "FAC": "LOC"}


def _pycountry(name: str) -> str | None:
    import pycountry

    try:
        return pycountry.countries.search_fuzzy(name)[0].alpha_3
    except LookupError:
        return None


def ner_entities(nlp: Any, text: str, kb: Any) -> list[Entity]:
    """spaCy NER entities with a country: the name itself (country, city, demonym) or a country
    word right before it ("French President Jacques Chirac", "Israel's Cabinet")."""
    parsed = nlp(text)
    entities: list[Entity] = []
    previous_country: tuple[int, str | None] = (-10, None)
    for i, ent in enumerate(parsed.ents):
        type_ = NER_TYPES.get(ent.label_)
        if type_ is None:
            continue
        name = ent.text.removeprefix("the ").removeprefix("The ").removesuffix("'s").strip()
        country, kb_id = None, None
        for variant in (name, name.removesuffix("s"), name.split(",")[0]):
            for actor in kb.lookup(variant) if kb is not None else []:
                country, kb_id = actor.country, actor.id
                break
            if country:
                break
        if country is None and type_ == "GPE":
            # "Albanians" → "Albanian" → "Albania" (demonyms the knowledge base does not list)
            singular = name.removesuffix("s")
            for variant in (name, singular, singular.removesuffix("n")):
                country = _pycountry(variant)
                if country:
                    break
        if country is None and type_ in ("PER", "ORG") and ent.start - previous_country[0] <= 2:
            country = previous_country[1]
        if country is None and type_ == "ORG":
            for word in name.split():
                found = kb.lookup(word) if kb is not None else []
                if found and found[0].country:
                    country = found[0].country
                    break
        actor_code = None
        if type_ == "ORG" and any(word in name for word in IGO_WORDS):
            actor_code, country = "IGO", None
        if country:
            previous_country = (ent.end, country)
        entities.append(
            Entity(
                id=f"n{i}",
                type=type_,
                name=name,
                mentions=[Mention(ent.start_char, ent.end_char, ent.text)],
                country=country,
                kb_id=kb_id,
                actor_code=actor_code,
            )
        )
    return entities


# ---------------------------------------------------------------------------------------------------
def article_predictor(stage: Any, kb: Any) -> Callable[[Any], dict[str, Any]]:
    from khabar.api import Extractor
    from khabar.model import ItemError
    from khabar.output import to_contract
    from khabar.readers import iter_documents

    extractor = Extractor()

    def predict(article: Any) -> dict[str, Any]:
        for item in iter_documents([str(article.path)]):
            if isinstance(item, ItemError):
                raise RuntimeError(item.message)
            doc = extractor.process(item)
            doc.entities = gold_entities(doc, article, kb)
            doc.dates = simple_dates(doc)
            return to_contract(stage(doc))
        raise RuntimeError("no document")

    return predict


def sentence_predictor(stage: Any, kb: Any, nlp: Any) -> Callable[[str], dict[str, Any]]:
    from khabar.api import Extractor
    from khabar.output import to_contract

    extractor = Extractor()

    def predict(text: str) -> dict[str, Any]:
        doc = extractor.extract(text, lang="en", id="gsr")
        doc.entities = ner_entities(nlp, doc.clean or "", kb)
        doc.dates = []
        return to_contract(stage(doc))

    return predict


def main(argv: list[str]) -> None:
    from khabar.evaluation import evaluate, evaluate_plover_gsr, load_gold, load_gsr
    from khabar.kb import KnowledgeBase
    from khabar.nlp_en import load_english_model
    from khabar.resources import Resources
    from khabar.stages.events.stage import EventStage, kb_gazetteer

    kb = KnowledgeBase.load()
    nlp = load_english_model()
    stage = EventStage(Resources.load().packs, nlp=nlp, gazetteer=kb_gazetteer(kb))
    verbose = "-v" in argv
    report = evaluate(load_gold(GOLD), article_predictor(stage, kb))
    metrics = report.metrics
    for lang in ("hi", "en", "all"):
        print(
            f"{lang}: strict F1 {metrics.get(f'events.strict.f1.{lang}')!s:.5}  "
            f"lenient F1 {metrics.get(f'events.lenient.f1.{lang}')!s:.5}  "
            f"P {metrics.get(f'events.strict.precision.{lang}')!s:.5} "
            f"R {metrics.get(f'events.strict.recall.{lang}')!s:.5}  "
            f"status {metrics.get(f'events.status_accuracy.{lang}')!s:.5}  "
            f"date {metrics.get(f'events.date_accuracy.{lang}')!s:.5}  "
            f"location {metrics.get(f'events.location_accuracy.{lang}')!s:.5}"
        )
    if verbose:
        for error in report.errors:
            if error.task == "events":
                print(f"  {error.article[:40]:40} {error.kind:12} {error.detail} || {error.sentence[:90]}")
    gsr = evaluate_plover_gsr(load_gsr(GSR), sentence_predictor(stage, kb, nlp))
    print({k: round(v, 3) for k, v in gsr.metrics.items() if v is not None and k.count(".") == 2})
    if "-g" in argv:
        for record_id, problem, sentence in gsr.errors:
            print(f"  {record_id[-14:]:14} {problem:40} || {sentence[:110]}")


if __name__ == "__main__":
    main(sys.argv[1:])
