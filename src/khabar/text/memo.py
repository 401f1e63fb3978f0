"""A function of one string remembered per string, with a size bound: the memo the mention finder and
the linker keep for per-word and per-name work (transliteration, look-ups) that recurs within an
article and across articles."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

# a seed value meaning "not computed ahead of time for this word": the function is called
UNSEEDED: Any = Ellipsis


class TextMemo(dict[str, T]):
    """``fn(text)`` remembered per text (cleared when it holds ``size`` entries).

    A dict whose ``__missing__`` computes the value: a call that hits is one C-level lookup
    (these memos answer hundreds of thousands of calls per hundred articles).

    ``seed`` (see :meth:`seed`): values of ``fn`` computed ahead of time for common texts, read on a miss
    instead of calling ``fn`` (the values must be exactly what ``fn`` returns; a cleared memo reads them
    again, so the size bound never changes an answer)."""

    __slots__ = ("fn", "seed_index", "seed_values", "size")

    def __init__(self, fn: Callable[[str], T], size: int = 100_000) -> None:
        super().__init__()
        self.fn = fn
        self.size = size
        self.seed_index: Mapping[str, int] | None = None
        self.seed_values: Sequence[Any] = ()

    def seed(self, index: Mapping[str, int], values: Sequence[Any]) -> None:
        """Answer a miss on ``text`` by ``values[index[text]]`` (unless it is ``UNSEEDED``)."""
        self.seed_index = index
        self.seed_values = values

    def __missing__(self, text: str) -> T:
        value: Any = UNSEEDED
        if self.seed_index is not None:
            at = self.seed_index.get(text)
            if at is not None:
                value = self.seed_values[at]
        if value is UNSEEDED:
            value = self.fn(text)
        if len(self) >= self.size:
            self.clear()
        self[text] = value
        return value  # type: ignore[no-any-return]

    __call__ = dict.__getitem__
