"""A function of one string remembered per string, with a size bound: the memo the mention finder and
the linker keep for per-word and per-name work (transliteration, look-ups) that recurs within an
article and across articles."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class TextMemo(dict[str, T]):
    """``fn(text)`` remembered per text (cleared when it holds ``size`` entries).

    A dict whose ``__missing__`` computes the value: a call that hits is one C-level lookup
    (these memos answer hundreds of thousands of calls per hundred articles)."""

    __slots__ = ("fn", "size")

    def __init__(self, fn: Callable[[str], T], size: int = 100_000) -> None:
        super().__init__()
        self.fn = fn
        self.size = size

    def __missing__(self, text: str) -> T:
        value = self.fn(text)
        if len(self) >= self.size:
            self.clear()
        self[text] = value
        return value

    __call__ = dict.__getitem__
