"""The link stage: the language-neutral :class:`~khabar.stages.link.linker.Linker` turns the mentions of
every language into one entity per real actor (knowledge-base identity, titles, dated roles)."""

from __future__ import annotations

from khabar.model import Document
from khabar.resources import Resources
from khabar.stages.link.linker import Linker
from khabar.stages.mentions.titles import load_titles


class LinkStage:
    name = "link"
    requires = frozenset({"mentions", "clean", "published", "lang"})
    assigns = frozenset({"entities"})

    def __init__(self, resources: Resources) -> None:
        self.linker = Linker(resources.kb, [load_titles(pack) for pack in resources.packs])

    def __call__(self, doc: Document) -> Document:
        doc.entities = self.linker.link(doc.mentions or [], doc.published)
        return doc
