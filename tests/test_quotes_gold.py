"""The quotes stage on the dev gold, with entities built from the gold (the entity stages are separate).

``gold_entities(doc, record, sidecar)`` is a test helper: for every gold entity it finds each
occurrence of its ``text`` and of the sidecar's ``name_variants`` for its canonical name in the clean
text, longest first and without overlaps, and makes ``Entity``/``Mention`` objects. Running this file
as a script (``.venv/bin/python tests/test_quotes_gold.py [--errors]``) prints quote recall and
speaker accuracy per language, scored by khabar's own evaluation code.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from khabar.api import Extractor
from khabar.evaluation.gold import GoldArticle, load_gold
from khabar.evaluation.scoring import evaluate
from khabar.model import Document, Entity, Mention
from khabar.output import to_contract
from khabar.readers import iter_documents
from khabar.stages.quotes.stage import QuoteStage

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "dev" / "gold.jsonl"
SEED = "hi_00_vietnamvn_shoigu_wangyi"


def _slug(name: str) -> str:
    return re.sub(r"\W+", "_", name.casefold()).strip("_")


def gold_entities(doc: Document, article: GoldArticle) -> list[Entity]:
    """Entities for ``doc`` from the gold: every occurrence of each entity's text and name variants."""
    text = doc.clean or ""
    sidecar_path = article.path.with_suffix(".json")
    variants: dict[str, list[str]] = {}
    if sidecar_path.is_file():
        variants = json.loads(sidecar_path.read_text(encoding="utf-8")).get("name_variants") or {}
    forms: list[tuple[str, str, str]] = []  # (surface, canonical, type)
    types: dict[str, str] = {}
    for ent in article.entities:
        types.setdefault(ent.canonical, ent.type)
        forms.append((ent.text, ent.canonical, ent.type))
        for variant in variants.get(ent.canonical, []):
            forms.append((variant, ent.canonical, ent.type))
    forms.sort(key=lambda f: len(f[0]), reverse=True)
    taken: list[tuple[int, int]] = []
    mentions: dict[str, list[Mention]] = {}
    for surface, canonical, _ in forms:
        if not surface.strip():
            continue
        for m in re.finditer(re.escape(surface), text):
            s, e = m.span()
            # Whole words only (Latin letters; Devanagari words end at a space or punctuation).
            if (s and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                continue
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            mentions.setdefault(canonical, []).append(Mention(s, e, surface))
    return [
        Entity(id=_slug(name), type=types[name], name=name, mentions=sorted(ms, key=lambda m: m.start))
        for name, ms in mentions.items()
    ]


@cache
def _extractor() -> Extractor:
    return Extractor()


@cache
def _stage() -> QuoteStage:
    return QuoteStage(_extractor().resources.packs)


def process_with_gold(article: GoldArticle) -> Document:
    doc = next(d for d in iter_documents([str(article.path)]) if isinstance(d, Document))
    doc = _extractor().process(doc)
    doc.entities = gold_entities(doc, article)
    return _stage()(doc)


def predict(article: GoldArticle) -> dict[str, Any]:
    return to_contract(process_with_gold(article))


@cache
def _gold() -> dict[str, GoldArticle]:
    return {a.id: a for a in load_gold(GOLD)}


def test_gold_entities_helper_finds_variants() -> None:
    doc = process_with_gold(_gold()[SEED])
    by_name = {e.name: e for e in doc.entities or []}
    texts = {m.text for m in by_name["Wang Yi"].mentions}
    assert {"श्री वांग", "विदेश मंत्री वांग", "वांग"} <= texts
    for entity in doc.entities or []:
        for m in entity.mentions:
            assert (doc.clean or "")[m.start : m.end] == m.text


def test_seed_six_quotes_with_speakers_and_directness() -> None:
    article = _gold()[SEED]
    doc = process_with_gold(article)
    names = {e.id: e.name for e in doc.entities or []}
    text = doc.clean or ""
    got = [(names.get(q.speaker or ""), text[q.start : q.end], q.direct) for q in doc.quotes or []]
    assert len(got) >= 6
    for gold in article.quotes:
        hits = [g for g in got if gold.text in g[1]]
        assert hits, f"missing quote {gold.text!r}"
        assert hits[0][0] == gold.speaker, (gold.text, hits[0])
        assert hits[0][2] == gold.direct, (gold.text, hits[0])
    assert sum(1 for g in got if g[0] == "Wang Yi") >= 4
    assert sum(1 for g in got if g[0] == "Sergei Shoigu") == 2
    # The caption (line 4) gives no quote; every cue lies outside its quote.
    caption = next(s for s in doc.sentences or [] if s.kind == "caption")
    assert not any(caption.start <= q.start < caption.end for q in doc.quotes or [])
    assert all(q.cue is None or q.cue.end <= q.start or q.cue.start >= q.end for q in doc.quotes or [])


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_dev_gold_quote_speaker_accuracy(lang: str) -> None:
    report = evaluate(_gold().values(), predict, lang=lang)
    metrics = report.metrics
    assert (metrics[f"quotes.recall.{lang}"] or 0) >= 0.8
    assert (metrics[f"quotes.speaker_accuracy.{lang}"] or 0) >= 0.85


def main(argv: list[str]) -> None:
    report = evaluate(_gold().values(), predict)
    metrics = report.metrics
    for lang in ("hi", "en", "all"):
        counts = {k: metrics.get(f"quotes.{k}.{lang}") for k in ("precision", "recall", "f1")}
        acc = metrics.get(f"quotes.speaker_accuracy.{lang}")
        direct = metrics.get(f"quotes.direct_accuracy.{lang}")
        print(
            lang,
            {k: round(v, 3) if v is not None else None for k, v in counts.items()},
            "speaker",
            acc and round(acc, 3),
            "direct",
            direct and round(direct, 3),
        )
    if "--errors" in argv:
        for err in report.errors:
            if err.task == "quotes":
                print(f"{err.kind:12} {err.article[:6]} {err.detail}")


if __name__ == "__main__":
    main(sys.argv[1:])
