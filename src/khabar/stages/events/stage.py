"""The events stage: who did what to whom, when and where, coded in CAMEO and PLOVER.

Each language pack with an ``events.toml`` gets the event engine its pack.toml names (``[plugins]
events``, looked up in :mod:`khabar.plugins`: ``pattern`` — word patterns over postpositions and
light verbs, :mod:`khabar.stages.events.pattern`; ``dependency`` — dependency patterns over the
document's parse, :mod:`khabar.stages.events.dependency`);
:class:`khabar.stages.events.coding.EventCoder` turns the candidates into coded, dated, located and
merged :class:`Event` objects. Source and target are ids of
``doc.entities``, so the event stage adds no actor of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from khabar.codes import CodeTables
from khabar.errors import InputError, LanguagePackError
from khabar.langpacks import LanguagePack, LanguagePacks
from khabar.model import Document, Span
from khabar.resources import Parser
from khabar.stages.events.cameo_verbs import cameo_verbs_for
from khabar.stages.events.coding import EventCoder, Gazetteer
from khabar.stages.events.common import Candidate, MentionIndex
from khabar.stages.events.lexicon import load_lexicon
from khabar.stages.parse import parse_of
from khabar.text.scripts import BLOCK_CHARS, DANDA_MARKS

if TYPE_CHECKING:
    from spacy.language import Language

    from khabar.kb import KnowledgeBase

DATELINE_SENTENCES = 3  # a dateline ("BEIJING, Sept. 10 --", "बीजिंग, 15 जनवरी") is in the first lines
_DATELINE_FOLLOWERS = frozenset(",(–—-\n:" + DANDA_MARKS)


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
    requires = frozenset({"clean", "sentences", "lang", "entities", "dates", "published", "parses"})
    assigns = frozenset({"events"})

    def __init__(
        self,
        packs: LanguagePacks,
        nlp: Language | None = None,
        gazetteer: Gazetteer | None = None,
        codes: CodeTables | None = None,
        kb: KnowledgeBase | None = None,
        parsers: dict[str, Parser] | None = None,
    ) -> None:
        """``parsers`` (language → parser, as in :class:`khabar.resources.Resources`) or ``nlp`` parse
        documents that arrive without ``Document.parses`` (a stage used on its own); when neither is
        given, an engine that reads a parse gets its pack's own parser. An engine that needs the
        knowledge base gets ``kb``, or the shipped one when none is given."""
        self.codes = codes or CodeTables.load()
        self.coder = EventCoder(self.codes, gazetteer)
        # engines that read the document's parse (run per sentence) and engines that read the text
        self.parsed: dict[str, Any] = {}
        self.textual: dict[str, Any] = {}
        self.parsers: dict[str, Parser] = {}
        for pack in packs:
            lexicon = load_lexicon(pack, self.codes)
            if lexicon is None:
                continue
            plugin = pack.plugin("events")
            if plugin is None:
                raise LanguagePackError(f"{pack.where}: [plugins] names no events engine")
            engine_class = plugin.load(pack.where)
            if plugin.needs_kb:
                if kb is None:
                    from khabar.kb import KnowledgeBase

                    kb = KnowledgeBase.load()
                engine = engine_class(lexicon, kb)
            else:
                engine = engine_class(lexicon)
            # the pack's CAMEO verb dictionary (cameo_verbs.toml), for verbs its lexicon lacks: given
            # to an engine that has a place for one (``cameo_verbs``); naming it for an engine that
            # has none is a pack error, not a silently unused file.
            verbs = cameo_verbs_for(pack, self.codes)
            if verbs is not None:
                if not hasattr(engine, "cameo_verbs"):
                    raise LanguagePackError(
                        f"{pack.directory / 'cameo_verbs.toml'}: the events engine {plugin.name!r} "
                        "takes no CAMEO verb dictionary (set enabled = false)"
                    )
                engine.cameo_verbs = verbs
            if plugin.needs_parse:
                self.parsed[pack.code] = engine
                self.parsers[pack.code] = self._parser(pack, parsers, nlp)
            else:
                self.textual[pack.code] = engine
        # "since" words per language (dates.toml): a date in a "since" phrase dates no later event.
        self.since: dict[str, re.Pattern[str]] = {}
        # the same words without the word-edge look-arounds, which make the regex engine try every
        # position: a text where this finds nothing holds no "since" word (see _since)
        self.since_screens: dict[str, re.Pattern[str]] = {}
        for pack in packs:
            words = pack.section("dates").get("since") or []
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise LanguagePackError(f"{pack.directory / 'dates.toml'}: 'since' must be a list of words")
            if words:
                alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                self.since[pack.code] = re.compile(
                    rf"(?<![\w{BLOCK_CHARS}])(?:{alternation})(?![\w{BLOCK_CHARS}])"
                )
                self.since_screens[pack.code] = re.compile(alternation)

    @staticmethod
    def _parser(pack: LanguagePack, parsers: dict[str, Parser] | None, nlp: Language | None) -> Parser:
        if parsers and pack.code in parsers:
            return parsers[pack.code]
        if nlp is not None:
            from khabar.nlp_en import as_parser

            return as_parser(nlp)
        plugin = pack.plugin("parser")
        if plugin is None:
            raise LanguagePackError(f"{pack.where}: events engine needs a parse, no parser named")
        parser: Parser = plugin.load(pack.where)(pack)
        return parser

    def __call__(self, doc: Document) -> Document:
        if doc.clean is None or doc.sentences is None:
            raise InputError(doc.origin or doc.id, "events stage needs the clean text and sentences")
        entities = doc.entities or []
        mentions = MentionIndex(entities)
        candidates: list[Candidate] = []
        parses: dict[str, Any] = {}
        by_lang: dict[str, list[tuple[int, Span]]] = {}
        # sentences of parsed languages first, in order; then each text engine over its sentences
        for index, sentence in enumerate(doc.sentences):
            lang = sentence.lang or doc.lang or ""
            if lang in self.parsed:
                if lang not in parses:
                    parses[lang] = parse_of(doc, lang, self.parsers[lang])
                candidates += self.parsed[lang].find(
                    parses[lang], Span(sentence.start, sentence.end), index, mentions
                )
            elif lang in self.textual:
                by_lang.setdefault(lang, []).append((index, Span(sentence.start, sentence.end)))
        for lang, spans in by_lang.items():
            candidates += self.textual[lang].find_all(doc.clean, spans, mentions)
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
        # a language whose "since" words the article holds nowhere (asked once each) has none to find
        absent: dict[str, bool] = {}
        for sentence in doc.sentences or []:
            lang = sentence.lang or doc.lang or ""
            pattern = self.since.get(lang)
            if pattern is None:
                continue
            if lang not in absent:
                absent[lang] = self.since_screens[lang].search(text) is None
            if absent[lang]:
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
