"""The events stage: who did what to whom, when and where, coded in CAMEO and PLOVER.

Each language pack with an ``events.toml`` gets a finder (Hindi: word patterns over postpositions and
light verbs, :mod:`khabar.stages.events.pattern`; English: spaCy dependency patterns,
:mod:`khabar.stages.events.dependency`); :class:`khabar.stages.events.coding.EventCoder` turns the
candidates into
coded, dated, located and merged :class:`Event` objects. Source and target are ids of
``doc.entities``, so the event stage adds no actor of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from khabar.codes import CodeTables
from khabar.errors import InputError, LanguagePackError
from khabar.langpacks import LanguagePacks
from khabar.model import Document, Span
from khabar.stages.events.cameo_verbs import cameo_verbs_for
from khabar.stages.events.coding import EventCoder, Gazetteer
from khabar.stages.events.common import Candidate, MentionIndex
from khabar.stages.events.dependency import EnglishEventFinder
from khabar.stages.events.lexicon import load_lexicon
from khabar.stages.events.pattern import HindiEventFinder

if TYPE_CHECKING:
    import spacy

    from khabar.kb import KnowledgeBase

DATELINE_SENTENCES = 3  # a dateline ("BEIJING, Sept. 10 --", "बीजिंग, 15 जनवरी") is in the first lines
_DATELINE_FOLLOWERS = frozenset(",(–—-\n:।|")


def kb_gazetteer(kb: KnowledgeBase) -> Gazetteer:
    """A gazetteer hook over the knowledge base: place name → (country, lat, lon)."""

    def lookup(name: str) -> tuple[str | None, float | None, float | None] | None:
        actors = [a for a in kb.lookup(name) if a.is_city or a.is_country]
        if not actors:
            return None
        actor = actors[0]
        return actor.country, actor.lat, actor.lon

    return lookup


class EventStage:
    name = "events"
    requires = frozenset({"clean", "sentences", "lang", "entities", "dates", "published"})
    assigns = frozenset({"events"})

    def __init__(
        self,
        packs: LanguagePacks,
        nlp: spacy.Language | None = None,
        gazetteer: Gazetteer | None = None,
        codes: CodeTables | None = None,
    ) -> None:
        self.codes = codes or CodeTables.load()
        self.coder = EventCoder(self.codes, gazetteer)
        self.hindi: dict[str, HindiEventFinder] = {}
        self.english: dict[str, EnglishEventFinder] = {}
        for pack in packs:
            lexicon = load_lexicon(pack, self.codes)
            if lexicon is None:
                continue
            # events.toml says how to find arguments: "dependency" (spaCy parse) or "pattern" (words
            # and postpositions, for languages without an installable parser).
            if lexicon.finder == "dependency":
                # sentences the lexicon codes nothing in: the CAMEO verb dictionary (cameo_verbs.toml)
                self.english[pack.code] = EnglishEventFinder(lexicon, cameo_verbs_for(pack, self.codes))
            else:
                self.hindi[pack.code] = HindiEventFinder(lexicon)
        # "since" words per language (dates.toml): a date in a "since" phrase dates no later event.
        self.since: dict[str, re.Pattern[str]] = {}
        for pack in packs:
            words = pack.section("dates").get("since") or []
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise LanguagePackError(f"{pack.directory / 'dates.toml'}: 'since' must be a list of words")
            if words:
                alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                self.since[pack.code] = re.compile(
                    rf"(?<![\w\u0900-\u097f])(?:{alternation})(?![\w\u0900-\u097f])"
                )
        self.nlp = nlp
        if self.english and self.nlp is None:
            from khabar.nlp_en import load_english_model

            self.nlp = load_english_model()

    def __call__(self, doc: Document) -> Document:
        if doc.clean is None or doc.sentences is None:
            raise InputError(doc.origin or doc.id, "events stage needs the clean text and sentences")
        entities = doc.entities or []
        mentions = MentionIndex(entities)
        candidates: list[Candidate] = []
        parsed: Any = None
        by_lang: dict[str, list[tuple[int, Span]]] = {}
        for index, sentence in enumerate(doc.sentences):
            lang = sentence.lang or doc.lang
            if lang in self.english:
                if parsed is None and self.nlp is not None:
                    parsed = self.nlp(doc.clean)
                if parsed is not None:
                    candidates += self.english[lang].find(
                        parsed, Span(sentence.start, sentence.end), index, mentions
                    )
            elif lang in self.hindi:
                by_lang.setdefault(lang, []).append((index, Span(sentence.start, sentence.end)))
        for lang, spans in by_lang.items():
            candidates += self.hindi[lang].find_all(doc.clean, spans, mentions)
        published = doc.published.date().isoformat() if doc.published is not None else None
        doc.events = self.coder.code(
            candidates,
            entities,
            doc.sentences,
            doc.dates or [],
            dateline=self._dateline(doc, mentions),
            text=doc.clean,
            since=self._since(doc),
            published=published,
        )
        return doc

    def _since(self, doc: Document) -> list[Span]:
        """Spans of the "since" words of each sentence's language."""
        text = doc.clean or ""
        spans: list[Span] = []
        for sentence in doc.sentences or []:
            pattern = self.since.get(sentence.lang or doc.lang or "")
            if pattern is None:
                continue
            for match in pattern.finditer(text, sentence.start, sentence.end):
                spans.append(Span(match.start(), match.end()))
        return spans

    @staticmethod
    def _dateline(doc: Document, mentions: MentionIndex) -> str | None:
        """The place of a dateline at the start of one of the first sentences, as an entity id."""
        text = doc.clean or ""
        for sentence in (doc.sentences or [])[:DATELINE_SENTENCES]:
            if sentence.kind in ("caption", "lead"):
                continue  # a headline ("China, Russia must fight …") is not a dateline
            for ref in mentions.within(sentence.start, sentence.end):
                if ref.start != sentence.start or ref.entity.type not in ("GPE", "LOC"):
                    break
                after = text[ref.end : ref.end + 1]
                upper = text[ref.start : ref.end].isupper()
                if (ref.entity.kb_id or "").startswith("country:") and not upper:
                    break  # "China, Russia agree …": a country starting a sentence is its subject
                if ref.end == sentence.end or after in _DATELINE_FOLLOWERS or upper:
                    return ref.entity.id
                break
        return None
