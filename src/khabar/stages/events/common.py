"""Shared pieces of event extraction: the candidate event and the index of entity mentions."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from khabar.model import EVENT_STATUSES, Entity, Span

STATUSES = EVENT_STATUSES


@dataclass(slots=True)
class Candidate:
    """An event found in one sentence, before coding, location, date and merging."""

    cameo: str
    trigger: Span
    sentence: int
    sources: list[str] = field(default_factory=list)  # entity ids (several for compound actors)
    targets: list[str] = field(default_factory=list)
    status: str = "occurred"
    confidence: float = 0.5  # lexicon entry confidence; argument completeness is applied later
    plover: str | None = None  # override of the CAMEO→PLOVER table (lexicon entry)
    location: str | None = None  # entity id of a place named in a locative phrase
    symmetric: bool = False  # both actors act alike (meetings, joint agreements)
    mutual: bool = False  # each actor acts on the other (clashes): an event in each direction
    reported: bool = False  # found in reported speech (the speaker stands in for a missing agent)
    # a planned act told by someone who speaks for another body than its agent ("AAP's Bhardwaj said
    # the CBI will arrest him"): a prediction, never the agent's threat
    predicted: bool = False
    # told as done before the story's time ("मुलाक़ात कर चुके हैं": has already met): dated only by a
    # time expression of its own, never by the story's date
    retrospective: bool = False
    # the trigger's own clause where the parse shows it is a relative clause, and the relative clauses
    # inside it that do not hold the trigger: a date elsewhere is another verb's ("talks, which had
    # been let off on June 23, 1997"; "X, who was arrested in 2018, was granted bail on Tuesday")
    date_scope: Span | None = None
    date_excluded: tuple[Span, ...] = ()


@dataclass(slots=True, frozen=True)
class MentionRef:
    start: int
    end: int
    entity: Entity


class MentionIndex:
    """Entity mentions of a document sorted by start, for argument lookup by character position."""

    def __init__(self, entities: list[Entity]) -> None:
        refs = [MentionRef(m.start, m.end, e) for e in entities for m in e.mentions]
        # Longest first at equal start, so a nested shorter mention never hides the full name.
        refs.sort(key=lambda r: (r.start, -(r.end - r.start)))
        self.refs = refs
        self._starts = [r.start for r in refs]
        # the longest mention bounds how far before a span an overlapping mention can start
        self._longest = max((r.end - r.start for r in refs), default=0)
        self.by_id = {e.id: e for e in entities}

    def within(self, start: int, end: int) -> list[MentionRef]:
        """Mentions inside ``[start, end)``, outermost only (a mention nested in another is dropped)."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end, lo)  # copy only the mentions in range
        out: list[MentionRef] = []
        for ref in self.refs[lo:hi]:
            if ref.end > end:
                continue
            if out and ref.start < out[-1].end:
                continue  # nested in (or overlapping) the previous mention
            out.append(ref)
        return out

    def count_before(self, position: int) -> int:
        """How many mentions (a prefix of ``refs``) start before ``position``."""
        return bisect.bisect_left(self._starts, position)

    def overlapping(self, start: int, end: int) -> list[MentionRef]:
        """Mentions overlapping ``[start, end)``, in index order: only those starting at most the
        longest mention's length before ``start`` can reach it, so a binary search bounds the scan."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end, lo)
        return [r for r in self.refs[lo:hi] if r.end > start]

    def ending_before(self, position: int, lower: int) -> MentionRef | None:
        """The mention that ends last at or before ``position`` and starts at or after ``lower``."""
        best: MentionRef | None = None
        for ref in self.within(lower, position):
            if best is None or ref.end >= best.end:
                best = ref
        return best
