"""The mention stage: entity mentions per language (the link stage, :mod:`khabar.stages.link.stage`, then
makes one entity per real actor).

``MentionStage`` dispatches on ``doc.lang`` to the mention finder that language's pack names
(``[plugins] mentions`` in its pack.toml, looked up in :mod:`khabar.plugins`: ``pattern`` →
:class:`~khabar.stages.mentions.pattern.HindiMentionFinder`, ``spacy`` →
:class:`~khabar.stages.mentions.spacy.EnglishMentionFinder`, ``kb_alias`` →
:class:`~khabar.stages.mentions.finder.KbAliasFinder`). A language with no pack, or whose pack names
no finder, gets the knowledge-base alias finder. A finder that needs a parse is used only when the
resources hold that language's parser; without parsers the pack's ``[without_parser]`` finder is
used, and a pack that names none is an error (never a silent switch).
"""

from __future__ import annotations

from khabar.errors import InputError, PipelineError
from khabar.model import Document
from khabar.resources import Resources
from khabar.stages.mentions.finder import KbAliasFinder, MentionFinder


class MentionStage:
    name = "mentions"
    requires = frozenset({"clean", "sentences", "lang", "published", "parses"})
    assigns = frozenset({"mentions"})

    def __init__(self, resources: Resources) -> None:
        self.generic = KbAliasFinder(resources.kb)
        self.finders: dict[str, MentionFinder] = {}
        for pack in resources.packs:
            parsed = pack.code in resources.parsers
            plugin = pack.plugin("mentions", parsed=parsed)
            if plugin is None:
                continue
            if plugin.needs_parse and not parsed:
                raise PipelineError(
                    f"{pack.where}: the mention finder {plugin.name!r} needs a parser, none is loaded, "
                    "and [without_parser] names no other mention finder"
                )
            self.finders[pack.code] = plugin.load(pack.where)(resources, pack)

    def finder_for(self, lang: str | None) -> MentionFinder:
        return self.finders.get(lang or "", self.generic)

    def __call__(self, doc: Document) -> Document:
        mentions = self.finder_for(doc.lang).find(doc)
        clean = doc.clean or ""
        for mention in mentions:
            if clean[mention.start : mention.end] != mention.text:
                raise InputError(
                    doc.origin or doc.id, f"mention {mention.text!r} does not match the clean text"
                )
        doc.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        return doc
