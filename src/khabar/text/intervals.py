"""Overlap lookups over a fixed set of character spans in logarithmic time.

A stage that asks "does this token overlap any span found so far?" once per token would otherwise
scan every span each time: quadratic in the article's length (a one-line 2 MB article has tens of
thousands of mentions). Sorting the spans by start once and keeping the running maximum of their ends
answers the question with one binary search.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class SpanSet:
    """A fixed set of half-open spans ``[start, end)``; :meth:`overlaps` tells whether any of them
    overlaps a query span (``s < end and start < e``, the same test as a scan over all of them)."""

    __slots__ = ("_max_end", "_starts", "probes")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _e in ordered]
        # _max_end[i]: the largest end among the first i + 1 spans by start
        self._max_end: list[int] = []
        highest = None
        for _s, e in ordered:
            highest = e if highest is None or e > highest else highest
            self._max_end.append(highest)
        self.probes = 0  # spans looked at by the queries so far (a test counts them)

    def __len__(self) -> int:
        return len(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Some span ``(s, e)`` has ``s < end`` and ``start < e``."""
        # the spans starting before ``end`` are a prefix of the sorted list; one of them reaches past
        # ``start`` exactly when the largest end of that prefix does
        count = bisect.bisect_left(self._starts, end)
        self.probes += 1
        return count > 0 and self._max_end[count - 1] > start


class GrowingSpans:
    """Spans ``[start, end)`` added one at a time, with overlap and containment questions answered
    exactly as a scan over all of them would, but only over the spans that start near the question:
    a span overlapping or containing the question starts at most ``longest`` characters before it
    (``longest``: the longest span added). Spans are kept sorted by start (insertion by bisection)."""

    __slots__ = ("_ends", "_starts", "longest")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self.longest = 0

    def __len__(self) -> int:
        return len(self._starts)

    def add(self, start: int, end: int) -> None:
        at = bisect.bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        self.longest = max(self.longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Some span ``(s, e)`` has ``s < end`` and ``start < e``."""
        lo = bisect.bisect_left(self._starts, start - self.longest)
        hi = bisect.bisect_left(self._starts, end)
        return any(e > start for e in self._ends[lo:hi])

    def contains(self, start: int, end: int) -> bool:
        """Some span ``(s, e)`` has ``s <= start`` and ``end <= e``."""
        lo = bisect.bisect_left(self._starts, end - self.longest)
        hi = bisect.bisect_right(self._starts, start)
        return any(e >= end for e in self._ends[lo:hi])
