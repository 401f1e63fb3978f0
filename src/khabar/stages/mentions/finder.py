"""The mention-finder protocol and the language-neutral finder built on knowledge-base aliases.

A finder reads a segmented :class:`Document` and returns candidate :class:`EntityMention`\\ s with
offsets into ``doc.clean``; the :class:`~khabar.stages.link.linker.Linker` turns them into entities. The
generic :class:`KbAliasFinder` serves any language without its own finder: every knowledge-base
alias in every sentence, demonyms left out (an adjective is not a mention of its country).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple, Protocol

from khabar.errors import InputError
from khabar.kb import KnowledgeBase
from khabar.kb.base import AliasMatch
from khabar.model import Document, EntityMention, EntityType, Sentence
from khabar.text.scripts import WORD_CHARS

if TYPE_CHECKING:
    from khabar.langpacks import LanguagePack
    from khabar.resources import Resources

# A word: letters, digits and combining marks (Devanagari vowel signs are marks, not \w), with
# inner hyphens/apostrophes/dots ("फ्रैंक-वाल्टर", "O'Brien", "डॉ.").
_WORD_CHARS = WORD_CHARS
WORD_RE = re.compile(rf"[{_WORD_CHARS}]+(?:[-'’.][{_WORD_CHARS}]+)*\.?")


# ``EntityMention.finder`` of a mention that is a title with no name ("विदेश मंत्री ने", "the Russian
# president"): its span is the title phrase; the linker attaches it to an entity already introduced or
# drops it, and never makes an entity of it alone.
TITLE_ONLY = "title_only"

# ``EntityMention.finder`` of a building or site named before its kind noun ("बाबरी मस्जिद", Hindi
# ``[facility_kinds]``): the linker names it by the name's words romanised and the kind in English.
FACILITY = "facility"


class MentionFinder(Protocol):
    """Finds entity mentions in one document (offsets into ``doc.clean``)."""

    def find(self, doc: Document) -> list[EntityMention]: ...


class Token(NamedTuple):
    # a named tuple, not a frozen dataclass: the same fields, equality, hashing and immutability,
    # built about twice as fast (every word of every sentence is one)
    start: int
    end: int
    text: str


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Words of ``text`` with offsets shifted by ``offset`` (a trailing full stop kept only for
    abbreviations is left to the caller: ``डॉ.`` keeps it, a sentence-final word's is stripped)."""
    result: list[Token] = []
    for match in WORD_RE.finditer(text):
        start, end = match.span()
        word = match.group()
        if word.endswith(".") and len(word) > 1 and end == len(text.rstrip()):
            word, end = word[:-1], end - 1  # sentence-final full stop
        result.append(Token(start + offset, end + offset, word))
    return result


def iter_sentences(doc: Document) -> Iterator[tuple[int, Sentence, str]]:
    """``(index, sentence, text)`` for every sentence of a segmented document."""
    if doc.clean is None or doc.sentences is None:
        raise InputError(doc.origin or doc.id, "mention finding needs the clean text and sentences")
    for index, sentence in enumerate(doc.sentences):
        yield index, sentence, doc.clean[sentence.start : sentence.end]


def kb_type(kb: KnowledgeBase, actor_ids: list[str] | tuple[str, ...]) -> EntityType | None:
    for actor_id in actor_ids:
        actor = kb.get(actor_id)
        if actor is not None:
            return actor.type
    return None


def alias_mention(
    kb: KnowledgeBase, match: AliasMatch, text: str, offset: int, sentence: int
) -> EntityMention:
    """An :class:`EntityMention` for a knowledge-base alias match inside a sentence's text."""
    return EntityMention(
        start=match.start + offset,
        end=match.end + offset,
        text=text[match.start : match.end],
        type=kb_type(kb, match.actor_ids),
        kb_ids=tuple(match.actor_ids),
        finder="kb",
        sentence=sentence,
    )


class KbAliasFinder:
    """Knowledge-base aliases over each sentence, for languages without a dedicated finder."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    @classmethod
    def plugin(cls, resources: Resources, pack: LanguagePack) -> KbAliasFinder:
        """The ``kb_alias`` mention plug-in (see :mod:`khabar.plugins`)."""
        return cls(resources.kb)

    def find(self, doc: Document) -> list[EntityMention]:
        mentions: list[EntityMention] = []
        for index, sentence, text in iter_sentences(doc):
            for match in self.kb.find_alias_matches(text):
                if not match.demonym:
                    mentions.append(alias_mention(self.kb, match, text, sentence.start, index))
        return mentions
