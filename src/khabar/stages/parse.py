"""The parse stage: each language's parser plug-in (``parser`` in its pack's ``[plugins]``) parses the
clean text once, into ``Document.parses``, for the engines that read a parse (the English mention
finder and event engine today). A document gets the parse of every language it is written in — its
own and any its sentences are marked with (an English quotation in a Hindi article is parsed too).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from khabar.errors import InputError
from khabar.model import Document
from khabar.resources import Parser, Resources


class ParseStage:
    name = "parse"
    requires = frozenset({"clean", "lang", "sentences"})
    assigns = frozenset({"parses"})

    def __init__(self, resources: Resources) -> None:
        self.parsers: dict[str, Parser] = dict(resources.parsers)

    def __call__(self, doc: Document) -> Document:
        if doc.clean is None:
            raise InputError(doc.origin or doc.id, "the parse stage needs the clean text")
        doc.parses = {lang: self.parsers[lang](doc.clean) for lang in self._langs(doc)}
        return doc

    def _langs(self, doc: Document) -> list[str]:
        langs = dict.fromkeys([doc.lang or "", *(s.lang or doc.lang or "" for s in doc.sentences or [])])
        return [lang for lang in langs if lang in self.parsers]

    def run_many(self, docs: Sequence[Document]) -> None:
        """Parse several documents at once, as :meth:`__call__` would one by one: a parser with a
        ``pipe`` method (spaCy's batching) gets all the texts of its language in one call. All or
        nothing: on any error no document is changed (the caller then parses them one by one, so one
        bad document fails alone)."""
        for doc in docs:
            if doc.clean is None:
                raise InputError(doc.origin or doc.id, "the parse stage needs the clean text")
        parses: list[dict[str, Any]] = [{} for _ in docs]
        for lang, parser in self.parsers.items():
            todo = [k for k, doc in enumerate(docs) if lang in self._langs(doc)]
            if not todo:
                continue
            texts = [docs[k].clean or "" for k in todo]
            pipe = getattr(parser, "pipe", None)
            parsed = list(pipe(texts)) if pipe is not None else [parser(t) for t in texts]
            for k, result in zip(todo, parsed, strict=True):
                parses[k][lang] = result
        for doc, found in zip(docs, parses, strict=True):
            # the same key order as __call__ (the document's languages in the order it meets them)
            doc.parses = {lang: found[lang] for lang in self._langs(doc)}


def parse_of(doc: Document, lang: str, parser: Parser | None) -> Any:
    """The parse of ``doc`` in ``lang``: the parse stage's, or — for a document that did not go through
    the pipeline (an engine used on its own, as in tests) — one made now by the ``parser`` the engine
    was given. Neither is an error."""
    parse = (doc.parses or {}).get(lang)
    if parse is not None:
        return parse
    if parser is None or doc.clean is None:
        raise InputError(
            doc.origin or doc.id, f"no {lang!r} parse: run the parse stage or give the engine a parser"
        )
    return parser(doc.clean)
