"""Typed data model: one immutable raw text, standoff annotations over it.

Every stage of the pipeline reads a :class:`Document` and fills in more of its fields; none rewrites
what an earlier stage produced. Offsets are half-open ``[start, end)`` character offsets:

* ``RemovedSpan`` offsets point into ``Document.raw`` (the text exactly as it came);
* every other span (sentences, mentions, quotes, triggers) points into ``Document.clean``.

``OffsetMap`` converts clean offsets back to raw ones. The clean text is always a subsequence of the
raw text (cleaning only deletes), so every clean character has exactly one raw position.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, Literal, get_args

# The vocabularies of the model, each defined once: a Literal type for the checker and a tuple of its
# values for the code that validates input (gold files, pack data, query parameters).

# Sentence kinds: the lead (title/first paragraph), ordinary body text, and photo captions, which later
# stages must not code events or take dates from.
SentenceKind = Literal["lead", "body", "caption"]
SENTENCE_KINDS: tuple[SentenceKind, ...] = get_args(SentenceKind)
# Entity (and actor) types: person, organisation, geopolitical entity, other location.
EntityType = Literal["PER", "ORG", "GPE", "LOC"]
ENTITY_TYPES: tuple[EntityType, ...] = get_args(EntityType)
# What the text says of an event: it happened, is planned, is intended, is denied, or is a condition.
EventStatus = Literal["occurred", "planned", "intended", "denied", "hypothetical"]
EVENT_STATUSES: tuple[EventStatus, ...] = get_args(EventStatus)
# How much of a date is known (ISO dates YYYY-MM-DD, YYYY-MM, YYYY).
DatePrecision = Literal["day", "month", "year"]
DATE_PRECISIONS: tuple[DatePrecision, ...] = get_args(DatePrecision)
# CAMEO role (sector) codes (CAMEO 1.1b3 codebook, "Actor codes"); kb/data/schema.toml lists the same
# codes for actor files (tests/test_kb_data.py checks that they agree).
Sector = Literal[
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO", "IMG",
    "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP", "PKO", "PTY", "RAD",
    "REB", "REF", "REL", "SEP", "SPY", "UAF",
]  # fmt: skip
SECTORS: tuple[Sector, ...] = get_args(Sector)


@dataclass(slots=True, frozen=True)
class Span:
    """A half-open character range ``[start, end)``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(slots=True, frozen=True)
class RemovedSpan:
    """A piece of the raw text that cleaning took out, and why (``kind``: ad, comment_counter, …)."""

    start: int
    end: int
    kind: str
    text: str


@dataclass(slots=True, frozen=True)
class Sentence:
    """A sentence of the clean text; ``lang`` is set only where it differs from the document's."""

    start: int
    end: int
    kind: SentenceKind = "body"
    lang: str | None = None


@dataclass(slots=True)
class OffsetMap:
    """Maps clean-text offsets to raw-text offsets.

    Stored as kept pieces: ``clean_starts[i]`` in the clean text corresponds to ``raw_starts[i]`` in
    the raw text, for ``lengths[i]`` characters.
    """

    clean_starts: list[int] = field(default_factory=list)
    raw_starts: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([0], [0], [length]) if length else cls()

    @classmethod
    def from_kept(cls, kept: list[tuple[int, int]]) -> OffsetMap:
        """Build from the raw ``(start, end)`` ranges kept, in order and non-overlapping."""
        result = cls()
        clean_pos = 0
        for start, end in kept:
            if end <= start:
                continue
            if result.lengths and result.raw_starts[-1] + result.lengths[-1] == start:
                result.lengths[-1] += end - start  # merge adjacent pieces
            else:
                result.clean_starts.append(clean_pos)
                result.raw_starts.append(start)
                result.lengths.append(end - start)
            clean_pos += end - start
        return result

    @property
    def clean_length(self) -> int:
        return self.clean_starts[-1] + self.lengths[-1] if self.lengths else 0

    def to_raw(self, clean_offset: int) -> int:
        """Raw offset of the character at ``clean_offset`` (or of the end, for the clean length)."""
        if not 0 <= clean_offset <= self.clean_length:
            raise IndexError(f"clean offset {clean_offset} outside [0, {self.clean_length}]")
        if not self.lengths:
            return 0
        if clean_offset == self.clean_length:
            return self.raw_starts[-1] + self.lengths[-1]
        piece = bisect.bisect_right(self.clean_starts, clean_offset) - 1
        return self.raw_starts[piece] + clean_offset - self.clean_starts[piece]

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw range covering the clean range ``[start, end)``; an end maps after its last character."""
        if end <= start:
            raw = self.to_raw(start)
            return raw, raw
        return self.to_raw(start), self.to_raw(end - 1) + 1


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class EntityMention:
    """A candidate mention found by a language's mention finder, before linking into entities.

    ``start``/``end`` cover the name as written (``सेर्गेई शोइगु``, ``Wang Yi``, ``टीएएसएस``); a title or
    honorific in front is recorded separately in ``title``/``title_span`` so the linker can use it for
    coreference and roles without widening the name span.
    """

    start: int
    end: int
    text: str
    type: EntityType | None = None  # when known
    kb_ids: tuple[str, ...] = ()  # knowledge-base candidates, best first
    finder: str = ""  # what found it: kb, title, honorific, acronym, ner, pattern …
    title: str | None = None  # canonical English title from the text, e.g. "Foreign Minister"
    title_span: Span | None = None
    role_country: str | None = None  # ISO alpha-3 the title implies (रूसी … सचिव → RUS)
    role_sector: str | None = None  # sector the title implies (GOV, MIL, …)
    role_former: bool = False  # "former …" / "पूर्व …"
    sentence: int | None = None
    # a group of people named only by its kind and country ("भारतीय छात्रों" → Indian Students), no
    # name, place or owner of its own: an entity of the output only when it acts in an event or speaks
    generic: bool = False
    # the person a group belongs to when the knowledge base does not know him ("रपाका वराप्रसाद के
    # समर्थकों"): the group is named after that person's entity at linking ("<name>'s supporters")
    owner: Span | None = None
    # the name a short form stands for when the knowledge base knows neither ("National Democratic
    # Institute (NDI)" … "NDI"): the linker puts both in one entity
    stands_for: Span | None = None


@dataclass(slots=True)
class Entity:
    id: str
    type: EntityType
    name: str  # canonical English name
    mentions: list[Mention] = field(default_factory=list)
    actor_code: str | None = None
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None
    roles: list[str] = field(default_factory=list)
    kb_id: str | None = None
    # a title in the text that contradicts the knowledge-base role at the article's date, one note each
    # ("text: President of Russia; knowledge base at 2024-11-12: Secretary of the Security Council of Russia")
    role_conflicts: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    speaker: str | None  # entity id
    direct: bool
    cue: Span | None = None


@dataclass(slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class DateMention:
    """A date expression in the clean text, resolved against the publication date where possible."""

    start: int
    end: int
    text: str
    value: str | None  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY by precision); None when unresolvable
    precision: DatePrecision | None
    end_value: str | None = None  # last day of a range ("11 से 14 नवंबर")
    relative: bool = False  # resolved from the publication date (कल, last week, on Tuesday …)
    sentence: int | None = None
    # The expression's kind (khabar.stages.dates.resolve.KINDS, plus "week" for a week's range): events
    # read it to tell a day from a week ("later this week") or a vague "recently" that names no date at all.
    kind: str | None = None


@dataclass(slots=True, frozen=True)
class Evidence:
    """One statement of an event: the sentence index and the trigger span in the clean text."""

    sentence: int
    trigger: Span


@dataclass(slots=True)
class Event:
    cameo: str
    plover: str | None
    quad_class: int | None
    goldstein: float | None
    source: str | None  # entity id
    target: str | None  # entity id
    trigger: Span
    sentence: int
    date: str | None = None
    date_precision: DatePrecision | None = None
    location: Location | None = None
    status: EventStatus = "occurred"
    confidence: float = 0.5
    date_text: str | None = None  # the wording the date came from, kept even when unresolved
    evidence: list[Evidence] = field(default_factory=list)  # every sentence stating this event


@dataclass(slots=True, frozen=True)
class ArticleWarning:
    """Something the reader of the output must know: ``code`` is stable, ``message`` is for people."""

    code: str  # unsupported_language | short_text | unreadable_date
    message: str


@dataclass(slots=True)
class Document:
    """An article as it moves through the pipeline.

    The reader fills the first block (``raw`` never changes afterwards); each stage fills the fields
    it declares in its ``assigns``.
    """

    id: str
    raw: str
    origin: str = ""  # where it was read from: a path, "path:line", a URL or "-"
    # Reader-provided metadata (from a sidecar .json, a JSONL record, HTML meta or the caller).
    url: str | None = None
    title: str | None = None
    hint_published: str | None = None  # as given by the reader, parsed by the metadata stage
    hint_published_basis: str | None = None  # "reader" or "html_meta"
    hint_lang: str | None = None
    hint_outlet: str | None = None
    # Problems met with this article that did not stop it (an impossible date given, an unsupported
    # language, …), each with a stable code; readers and stages append, nothing removes.
    warnings: list[ArticleWarning] = field(default_factory=list)
    # clean
    clean: str | None = None
    offset_map: OffsetMap | None = None
    removed: list[RemovedSpan] | None = None
    source_lines: list[str] | None = None  # text of removed "Source: …" lines, for metadata
    # metadata
    outlet: str | None = None
    original_url: str | None = None
    published: datetime | None = None
    published_precision: str | None = None  # "datetime" when the time is known, else "date"
    published_basis: str | None = None
    # language
    lang: str | None = None
    script: str | None = None
    # segment
    sentences: list[Sentence] | None = None
    # parse: language code → the parse of the whole clean text by that language's parser plug-in, for
    # every language of the document (or of one of its sentences) whose pack names a parser. Working
    # data for the engines that read it, never output, and dropped when the document is pickled.
    parses: dict[str, Any] | None = field(default=None, repr=False, compare=False)
    # dates
    dates: list[DateMention] | None = None
    # mentions → link
    mentions: list[EntityMention] | None = None
    entities: list[Entity] | None = None
    quotes: list[Quote] | None = None
    events: list[Event] | None = None
    # quality: can khabar extract from this language at all (its warnings join ``warnings`` above)
    supported: bool | None = None
    # hash of the raw text, the reader's metadata and the pipeline version (khabar.incremental)
    input_hash: str | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "parses"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.parses = None
        for name, value in state.items():
            setattr(self, name, value)

    @property
    def content_hash(self) -> str:
        """Stable hash of the raw text, for idempotent storage."""
        return hashlib.sha256(self.raw.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        """The output-contract object of this (processed) document (docs/output-contract.md)."""
        from khabar.output import to_contract  # output imports this module

        return to_contract(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """The output contract as JSON text (non-ASCII kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


@dataclass(slots=True, frozen=True)
class ItemError:
    """A problem with one input item; the batch goes on without it."""

    origin: str  # file path, "file:line", URL or "-"
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"
