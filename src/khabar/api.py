"""The Python API: build the pipeline once, run it over documents or plain text."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from khabar.model import Document
from khabar.pipeline import Pipeline
from khabar.resources import Resources


def build_pipeline(resources: Resources) -> Pipeline:
    """The standard pipeline: clean → metadata → language → segment → parse → dates → mentions → link →
    quotes → events."""
    from khabar.stages.checks import InputChecksStage
    from khabar.stages.clean import CleanStage
    from khabar.stages.dates.stage import DateStage
    from khabar.stages.events.stage import EventStage, kb_gazetteer
    from khabar.stages.language import LanguageStage
    from khabar.stages.link.stage import LinkStage
    from khabar.stages.mentions.stage import MentionStage
    from khabar.stages.metadata import MetadataStage
    from khabar.stages.parse import ParseStage
    from khabar.stages.quotes.stage import QuoteStage
    from khabar.stages.segment import SegmentStage

    packs = resources.packs
    metadata = MetadataStage(packs)
    return Pipeline(
        [
            CleanStage(packs),
            metadata,
            LanguageStage(packs),
            SegmentStage(packs),
            ParseStage(resources),
            DateStage(packs),
            MentionStage(resources),
            LinkStage(resources),
            QuoteStage(packs),
            EventStage(
                packs, gazetteer=kb_gazetteer(resources.kb), kb=resources.kb, parsers=resources.parsers
            ),
            InputChecksStage(metadata),
        ]
    )


class Extractor:
    """Holds the loaded resources and the pipeline; create one per process and reuse it."""

    def __init__(self, resources: Resources | None = None) -> None:
        self.resources = resources or Resources.load()
        self.pipeline = build_pipeline(self.resources)

    def process(self, doc: Document) -> Document:
        return self.pipeline(doc)

    def extract(
        self,
        text: str,
        *,
        url: str | None = None,
        published: str | date | datetime | None = None,
        lang: str | None = None,
        title: str | None = None,
        id: str = "text",
    ) -> Document:
        if isinstance(published, date | datetime):
            published = published.isoformat()
        doc = Document(
            id=id,
            raw=text,
            origin="<text>",
            url=url,
            title=title,
            hint_published=published,
            hint_published_basis="caller" if published else None,
            hint_lang=lang,
        )
        return self.process(doc)


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """A process-wide extractor for the convenience function below (loaded on first use)."""
    return Extractor()


def extract(
    text: str,
    *,
    url: str | None = None,
    published: str | date | datetime | None = None,
    lang: str | None = None,
    title: str | None = None,
    id: str = "text",
) -> Document:
    """Run the full pipeline on one article's text and return the annotated :class:`Document`."""
    return default_extractor().extract(text, url=url, published=published, lang=lang, title=title, id=id)
