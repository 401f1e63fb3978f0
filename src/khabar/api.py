"""The Python API: build the pipeline once, run it over documents or plain text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from khabar.model import Document, ItemError
from khabar.pipeline import Pipeline
from khabar.resources import Resources


def build_pipeline(resources: Resources) -> Pipeline:
    """The standard pipeline: clean → metadata → language → segment → parse → dates → mentions → link →
    quotes → events → prune (generic groups nobody needs) → quality (supported flag and warnings)."""
    from khabar.stages.clean import CleanStage
    from khabar.stages.dates.stage import DateStage
    from khabar.stages.events.stage import EventStage, kb_gazetteer
    from khabar.stages.language import LanguageStage
    from khabar.stages.link.stage import LinkStage
    from khabar.stages.mentions.stage import MentionStage
    from khabar.stages.metadata import MetadataStage
    from khabar.stages.parse import ParseStage
    from khabar.stages.prune import PruneStage
    from khabar.stages.quality import QualityStage
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
            PruneStage(packs),
            QualityStage(packs),
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
        text: str | None = None,
        *,
        html: str | None = None,
        url: str | None = None,
        published: str | date | datetime | None = None,
        lang: str | None = None,
        title: str | None = None,
        id: str = "text",
    ) -> Document:
        return self.process(
            make_input(text, html=html, url=url, published=published, lang=lang, title=title, id=id)
        )


# A string that starts like a page is read as HTML, not as text (its scripts would become "text").
_LOOKS_LIKE_HTML = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S
)


def make_input(
    text: str | None = None,
    *,
    html: str | None = None,
    url: str | None = None,
    published: str | date | datetime | None = None,
    lang: str | None = None,
    title: str | None = None,
    id: str = "text",
    origin: str | None = None,
) -> Document:
    """The unprocessed Document for an article given as text or as an HTML page (``html=``, or a
    ``text`` that is a whole page): a page goes through the HTML reader (trafilatura), which keeps
    the article and drops scripts, menus and markup, and supplies title, date and URL when not given.
    Raises :class:`~khabar.errors.InputError` when neither gives any text."""
    from khabar.errors import InputError

    if isinstance(published, date | datetime):
        published = published.isoformat()
    if html is None and text is not None and _LOOKS_LIKE_HTML.match(text[:2000]):
        text, html = None, text
    where = origin or url or ("<html>" if html is not None else "<text>")
    if html is not None:
        from khabar.readers.html import extract_html
        from khabar.readers.meta import Metadata, make_document

        page = extract_html(html, where, url=url)
        meta = Metadata(id=id, url=url, title=title, published=published, lang=lang)
        doc = make_document(default_id=id, raw=page.text, origin=where, meta=meta, html=page)
        if published:
            doc.hint_published_basis = "caller"
        return doc
    if text is None:
        raise InputError(where, "give the article as text or as html=")
    return Document(
        id=id,
        raw=text,
        origin=where,
        url=url,
        title=title,
        hint_published=published,
        hint_published_basis="caller" if published else None,
        hint_lang=lang,
    )


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """A process-wide extractor for the convenience function below (loaded on first use)."""
    return Extractor()


def extract(
    text: str | None = None,
    *,
    html: str | None = None,
    url: str | None = None,
    published: str | date | datetime | None = None,
    lang: str | None = None,
    title: str | None = None,
    id: str = "text",
) -> Document:
    """Run the full pipeline on one article and return the annotated :class:`Document`.

    Give the article's ``text``, or its page as ``html=`` (read like an ``.html`` file: the article
    text, title, date and canonical URL via trafilatura; a ``text`` that is a whole page is read so
    too). ``doc.to_json()`` gives the output contract; ``doc.warnings`` says what may be missing.
    """
    return default_extractor().extract(
        text, html=html, url=url, published=published, lang=lang, title=title, id=id
    )


PipeInput = str | Mapping[str, Any] | Document


def pipe(
    items: Iterable[PipeInput],
    *,
    workers: int = 1,
    errors: Literal["raise", "yield", "skip"] = "raise",
) -> Iterator[Document | ItemError]:
    """Process many articles, in input order, lazily: ``workers`` processes each load the resources
    once (the pipeline is built once per process, unlike calling :func:`extract` in a loop).

    An item is a text, a mapping with ``text`` or ``html`` plus optional ``url``, ``title``,
    ``published``, ``lang``, ``id`` (a JSONL record), or a :class:`Document`. ``errors``: ``"raise"``
    (default) stops at the first item that cannot be read or processed with
    :class:`~khabar.errors.InputError`; ``"yield"`` yields an :class:`ItemError` in its place;
    ``"skip"`` leaves it out.
    """
    from khabar.engine.local import process_local

    def documents() -> Iterator[Document | ItemError]:
        for index, item in enumerate(items):
            yield _as_document(item, index)

    for result in process_local(documents(), workers=workers):
        if isinstance(result, ItemError):
            if errors == "raise":
                from khabar.errors import InputError

                raise InputError(result.origin, result.message)
            if errors == "skip":
                continue
        yield result


def _as_document(item: PipeInput, index: int) -> Document | ItemError:
    from khabar.errors import InputError

    origin = f"<item {index}>"
    try:
        if isinstance(item, Document):
            return item
        if isinstance(item, str):
            return make_input(item, id=f"item-{index}", origin=origin)
        if isinstance(item, Mapping):
            def field(name: str) -> Any:
                value = item.get(name)
                return value if value is None or isinstance(value, str) else str(value)

            return make_input(
                field("text"),
                html=field("html"),
                url=field("url"),
                title=field("title"),
                published=field("published"),
                lang=field("lang"),
                id=field("id") or f"item-{index}",
                origin=origin,
            )
        kind = type(item).__name__
        return ItemError(origin, f"cannot process a {kind}: give text, a mapping or a Document")
    except InputError as exc:
        return ItemError(exc.origin, exc.message)


def events_frame(source: Document | Iterable[Document] | str | Path, **filters: Any) -> Any:
    """The events as a pandas DataFrame, one row per event with its actors, date, place, trigger
    text and article (``pip install 'khabar[dataframe]'``).

    ``source``: a processed Document, an iterable of them, or the path of a store (then ``filters``
    are those of ``khabar events``: ``actor``, ``country``, ``plover``, ``date_from``, …; all events).
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError(
            "khabar.events_frame needs pandas, an optional extra: pip install 'khabar[dataframe]'"
        ) from None
    from khabar.store.queries import EVENT_COLUMNS

    if isinstance(source, str | Path):
        from khabar.store import Store
        from khabar.store.queries import EventFilter, query_events

        flt = EventFilter(**filters)
        kb = default_extractor().resources.kb if (flt.actor or flt.source or flt.target) else None
        with Store(source, read_only=True) as store:
            rows = query_events(store.con, flt, kb=kb, limit=None)
        return pd.DataFrame(rows, columns=list(rows[0]) if rows else [*EVENT_COLUMNS, "url", "outlet"])
    from khabar.store.tables import document_tables

    docs = [source] if isinstance(source, Document) else list(source)
    table = document_tables(docs)["events"]
    frame = table.to_pandas()
    if "evidence" in frame:
        frame = frame.drop(columns=["evidence"])
    return frame
