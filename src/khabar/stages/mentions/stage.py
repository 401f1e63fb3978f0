"""The mention stage: entity mentions per language (the link stage, :mod:`khabar.stages.link.stage`, then
makes one entity per real actor).

``MentionStage`` dispatches on ``doc.lang``: Hindi →
:class:`~khabar.stages.mentions.pattern.HindiMentionFinder`,
English → ``khabar.stages.mentions.spacy.EnglishMentionFinder`` (imported lazily; the generic finder stands in
while it is unavailable), any other language → :class:`~khabar.stages.mentions.finder.KbAliasFinder`.
"""

from __future__ import annotations

import importlib

from khabar.errors import InputError
from khabar.model import Document
from khabar.resources import Resources
from khabar.stages.mentions.finder import KbAliasFinder, MentionFinder
from khabar.stages.mentions.pattern import HindiMentionFinder


def _english_finder(resources: Resources) -> MentionFinder | None:
    """The English finder, when its module exists and spaCy is loaded (else the generic finder is used)."""
    if resources.english_nlp is None:
        return None
    try:
        module = importlib.import_module("khabar.stages.mentions.spacy")
    except ImportError:
        return None
    finder_class = getattr(module, "EnglishMentionFinder", None)
    return finder_class(resources) if finder_class is not None else None


class MentionStage:
    name = "mentions"
    requires = frozenset({"clean", "sentences", "lang", "published"})
    assigns = frozenset({"mentions"})

    def __init__(self, resources: Resources) -> None:
        self.generic = KbAliasFinder(resources.kb)
        self.finders: dict[str, MentionFinder] = {"hi": HindiMentionFinder(resources)}
        english = _english_finder(resources)
        if english is not None:
            self.finders["en"] = english

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
