"""The parse stage: each language's parser plug-in (``parser`` in its pack's ``[plugins]``) parses the
clean text once, into ``Document.parses``, for the engines that read a parse (the English mention
finder and event engine today). A document gets the parse of every language it is written in — its
own and any its sentences are marked with (an English quotation in a Hindi article is parsed too).
"""

from __future__ import annotations

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
        langs = dict.fromkeys([doc.lang or "", *(s.lang or doc.lang or "" for s in doc.sentences or [])])
        doc.parses = {lang: self.parsers[lang](doc.clean) for lang in langs if lang in self.parsers}
        return doc


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
