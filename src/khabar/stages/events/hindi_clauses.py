"""Clause facts the Hindi event finder reads off the words, kept apart from the finder itself.

* **Passive voice.** A perfective verb followed by a form of जाना (``गिरफ़्तार किए गए``, ``सम्मानित किया
  जाएगा``, ``रिहा कर दिया गया``) is passive: its plain subject is the one acted on (``हाजी फ़रवरी 2003 में
  गिरफ़्तार किए गए थे``: Haji was arrested) and its agent is named only by ``X द्वारा``, ``X के हाथों``,
  ``X की ओर से``. A form of जाना after an infinitive (``करने जा रहे``: about to do) is no passive.
* **Sentences glued together.** Copy often drops the space after a full stop (``नेता हैं.मई 2013 में``);
  such a full stop between two words still ends a clause. An initial (``ई. राजेंद्र``, a single letter)
  or an abbreviation of the pack's list (``डॉ.``, ``ले.``) does not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

VECTOR_GAP = 2  # "कर दिया गया", "कर लिया गया": explicator verbs between the main verb and जाना
_DEVANAGARI_START = ("\u0900", "\u097f")


class _Word(Protocol):
    @property
    def text(self) -> str: ...


W = TypeVar("W", bound=_Word)


def is_passive(
    words: Sequence[str],
    last: int,
    perfective: frozenset[str],
    auxiliaries: frozenset[str],
    explicators: frozenset[str],
    key: Callable[[str], str] = str,
) -> bool:
    """True when the verb ending at word ``last`` is passive: a perfective form there (or after the
    conjunctive stem of ``कर दिया``) followed, past at most ``VECTOR_GAP`` explicator verbs, by a form
    of जाना. ``words`` are the clause's words; the word lists are normalised with ``key``."""
    k = last
    verb = key(words[k])
    nxt = last + 1
    gap = 0
    while nxt < len(words) and key(words[nxt]) in explicators and gap < VECTOR_GAP:
        verb = key(words[nxt])  # "रिहा कर दिया गया": the explicator carries the perfective
        nxt += 1
        gap += 1
    if nxt >= len(words) or key(words[nxt]) not in auxiliaries:
        return False
    return verb in perfective


def _devanagari_word(text: str) -> bool:
    return bool(text) and _DEVANAGARI_START[0] <= text[0] <= _DEVANAGARI_START[1] and text[0].isalpha()


def split_glued(
    tokens: Sequence[W], abbreviations: frozenset[str] = frozenset(), stop: str = "."
) -> list[list[W]]:
    """The runs of ``tokens`` between full stops that end a sentence glued to the next one: a ``stop``
    token after a Devanagari word of two or more characters that is no abbreviation, and before a
    Devanagari word."""
    runs: list[list[W]] = [[]]
    for i, token in enumerate(tokens):
        runs[-1].append(token)
        if token.text != stop or i == 0 or i + 1 >= len(tokens):
            continue
        before, after = tokens[i - 1].text, tokens[i + 1].text
        initial = len(before) < 2 or before in abbreviations
        if _devanagari_word(before) and not initial and _devanagari_word(after):
            runs.append([])
    return [run for run in runs if run]
