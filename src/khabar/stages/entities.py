"""The mention and link stages: entity mentions per language, then one entity per real actor.

``MentionStage`` dispatches on ``doc.lang``: Hindi → :class:`~khabar.actors.hindi.HindiMentionFinder`,
English → ``khabar.actors.english.EnglishMentionFinder`` (imported lazily; the generic finder stands in
while it is unavailable), any other language → :class:`~khabar.actors.finder.KbAliasFinder`.
``LinkStage`` runs the language-neutral :class:`~khabar.actors.link.Linker`.
"""

from __future__ import annotations

import importlib

from khabar.actors.finder import KbAliasFinder, MentionFinder
from khabar.actors.hindi import HindiMentionFinder
from khabar.actors.link import Linker
from khabar.actors.titles import load_titles
from khabar.errors import InputError
from khabar.model import Document
from khabar.resources import Resources


def _english_finder(resources: Resources) -> MentionFinder | None:
    """The English finder, when its module exists and spaCy is loaded (else the generic finder is used)."""
    if resources.english_nlp is None:
        return None
    try:
        module = importlib.import_module("khabar.actors.english")
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


class LinkStage:
    name = "link"
    requires = frozenset({"mentions", "clean", "published", "lang"})
    assigns = frozenset({"entities"})

    def __init__(self, resources: Resources) -> None:
        self.linker = Linker(resources.kb, [load_titles(pack) for pack in resources.packs])

    def __call__(self, doc: Document) -> Document:
        doc.entities = self.linker.link(doc.mentions or [], doc.published)
        return doc
