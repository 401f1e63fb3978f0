"""Quotes, session 3: quotation marks as scraped Hindi copy writes them (a closing double mark glued to
the next sentence, ``''`` for a double mark), more Hindi cue forms, speaker resolution."""

from __future__ import annotations

import re
from functools import cache

from khabar.api import Extractor
from khabar.model import Document, Entity, Mention
from khabar.stages.quotes.stage import QuoteStage, find_marked, load_quote_rules


@cache
def _extractor() -> Extractor:
    return Extractor()


@cache
def _stage() -> QuoteStage:
    return QuoteStage(_extractor().resources.packs)


def _marked(text: str, lang: str = "hi") -> list[str]:
    rules = load_quote_rules(_extractor().resources.packs)[lang]
    return [text[m.content.start : m.content.end] for m in find_marked(text, rules)]


def _doc(text: str, lang: str, names: dict[str, tuple[str, str]]) -> Document:
    """Clean + segment ``text``; entities from ``names`` (surface form → (canonical name, type))."""
    doc = _extractor().extract(text, lang=lang)
    clean = doc.clean or ""
    entities: dict[str, Entity] = {}
    taken: list[tuple[int, int]] = []
    for surface, (name, kind) in sorted(names.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(re.escape(surface), clean):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            entity = entities.setdefault(
                name, Entity(id=name.lower().replace(" ", "_"), type=kind, name=name)
            )
            entity.mentions.append(Mention(m.start(), m.end(), surface))
    doc.entities = list(entities.values())
    return doc


def _quotes(text: str, lang: str, names: dict[str, tuple[str, str]]) -> list[tuple[str | None, str, bool]]:
    doc = _stage()(_doc(text, lang, names))
    by_id = {e.id: e.name for e in doc.entities or []}
    clean = doc.clean or ""
    return [(by_id.get(q.speaker or ""), clean[q.start : q.end], q.direct) for q in doc.quotes or []]


def test_closing_double_mark_glued_to_next_sentence_closes() -> None:
    text = 'वसीम कहते हैं, "अब मस्जिद वहां मौजूद नहीं है."अंसारी कहते हैं, "ये विवाद 70 साल से चल रहा है."'
    assert _marked(text) == ["अब मस्जिद वहां मौजूद नहीं है.", "ये विवाद 70 साल से चल रहा है."]


def test_glued_apostrophe_is_still_no_closing_mark() -> None:
    text = "Russia’s envoy said the countries’ ties were strong and ‘we will stay together’ today."
    assert _marked(text, "en") == ["we will stay together"]


def test_doubled_single_marks_are_one_mark() -> None:
    text = "वो कहते हैं, ''हम बहुत ख़ुश हैं. हमें यक़ीन नहीं हो रहा.'' हाजी फ़रवरी में लौटे."
    assert _marked(text) == ["हम बहुत ख़ुश हैं. हमें यक़ीन नहीं हो रहा."]


def test_glued_quote_after_kahte_hain_is_direct() -> None:
    names = {"वसीम रिज़वी": ("Waseem Rizvi", "PER"), "वसीम": ("Waseem Rizvi", "PER")}
    text = 'वसीम रिज़वी शिया वक़्फ़ बोर्ड के अध्यक्ष हैं.वसीम कहते हैं, "अब मस्जिद वहां मौजूद नहीं है."उन्होंने और कुछ नहीं कहा.'
    got = _quotes(text, "hi", names)
    assert ("Waseem Rizvi", "अब मस्जिद वहां मौजूद नहीं है.", True) in got
