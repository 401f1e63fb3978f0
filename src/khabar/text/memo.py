"""A function of one string remembered per string, with a size bound: the memo the mention finder and
the linker keep for per-word and per-name work (transliteration, look-ups) that recurs within an
article and across articles."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

# seed codes 0 and 1 (see ``TextMemo.seed``): not computed ahead of time (the function is called), and
# the text itself
UNSEEDED: Any = Ellipsis
SEED_SAME = 1


class TextMemo(dict[str, T]):
    """``fn(text)`` remembered per text (cleared when it holds ``size`` entries).

    A dict whose ``__missing__`` computes the value: a call that hits is one C-level lookup
    (these memos answer hundreds of thousands of calls per hundred articles).

    Seeds (:meth:`seed`): values of ``fn`` computed ahead of time for common texts, read on a miss
    instead of calling ``fn`` (they must be exactly what ``fn`` returns; a cleared memo reads them
    again, so the size bound never changes an answer)."""

    __slots__ = ("fn", "seed_codes", "seed_index", "seed_palette", "size")

    def __init__(self, fn: Callable[[str], T], size: int = 100_000) -> None:
        super().__init__()
        self.fn = fn
        self.size = size
        self.seed_index: Mapping[str, int] | None = None
        self.seed_codes: Sequence[int] = ()
        self.seed_palette: Sequence[Any] = ()

    def seed(self, index: Mapping[str, int], codes: Sequence[int], palette: Sequence[Any]) -> None:
        """Answer a miss on ``text`` by ``palette[codes[index[text]]]``: code 0 (``palette[0]`` is
        ``UNSEEDED``) calls ``fn``, code ``SEED_SAME`` answers ``text`` itself."""
        self.seed_index = index
        self.seed_codes = codes
        self.seed_palette = palette

    def __missing__(self, text: str) -> T:
        value: Any = UNSEEDED
        if self.seed_index is not None:
            at = self.seed_index.get(text)
            if at is not None:
                code = self.seed_codes[at]
                value = text if code == SEED_SAME else self.seed_palette[code]
        if value is UNSEEDED:
            value = self.fn(text)
        if len(self) >= self.size:
            self.clear()
        self[text] = value
        return value  # type: ignore[no-any-return]

    __call__ = dict.__getitem__
