"""Organisations named with English loanwords in Devanagari: "मुत्तहिदा क़ौमी मूवमेंट", "द इकनॉमिस्ट",
"पाकिस्तान पीपल्स पार्टी", "मानवाधिकार वॉच".

The pack's ``loanwords.toml`` lists English words as Hindi writes them, each with its English spelling;
the ``head`` ones (Party, League, Movement, Watch, Board, University, Times …) end the names of
organisations. A run of name words (loanwords, knowledge-base names, words the vocabulary does not
know) ending in a head is an organisation, not a person or its first place: "पाकिस्तान मुस्लिम लीग" is
the Pakistan Muslim League (ORG), not Pakistan. The linker spells the loanwords in English
(:meth:`Loanwords.english`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from khabar.errors import LanguagePackError
from khabar.langpacks import OUTPUT_LANGUAGE
from khabar.model import EntityMention
from khabar.stages.mentions.finder import Token
from khabar.text import match_key

LOANWORD_FINDER = "loanword"
_MAX_WORDS = 7  # an organisation's name seldom has more words ("ऑल इंडिया शिया पर्सनल लॉ बोर्ड": 6)
# words after the head of a name continued with joiners ("यूनिवर्सिटी ऑफ़ कैलिफ़ोर्निया"; "बोर्ड ऑफ़
# कंट्रोल फ़ॉर क्रिकेट": 5)
_MAX_TAIL = 7


@dataclass(frozen=True, slots=True)
class Loanwords:
    """Match key of a Devanagari loanword → its English spelling; which ones head a name; which only
    open one ("द" The) or join two parts ("ऑफ़" of)."""

    english_of: dict[str, str] = field(default_factory=dict)
    heads: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    joiners: frozenset[str] = frozenset()
    # words that say what kind of body a name is ("मेडिकल" Medical): they make no run a name by themselves
    modifiers: frozenset[str] = frozenset()
    # phrases of loanwords that are common nouns, not names ("प्रेस कॉन्फ्रेंस" a press conference)
    not_names: frozenset[str] = frozenset()

    @classmethod
    def from_pack(cls, section: dict[str, Any], where: str = "loanwords.toml") -> Loanwords:
        english: dict[str, str] = {}
        heads: set[str] = set()
        openers: set[str] = set()
        joiners: set[str] = set()
        modifiers: set[str] = set()
        for number, entry in enumerate(section.get("word", []), 1):
            # the spelling in the output language (key `en` in loanwords.toml)
            forms, en, role = entry.get("forms"), entry.get(OUTPUT_LANGUAGE), entry.get("role", "word")
            if not (isinstance(forms, list) and forms and all(isinstance(f, str) and f for f in forms)):
                raise LanguagePackError(f"{where}: [[word]] {number}: forms must be a list of words")
            if not isinstance(en, str) or not en:
                raise LanguagePackError(f"{where}: [[word]] {number} ({forms[0]}): en must be a word")
            if role not in ("word", "head", "opener", "joiner", "modifier"):
                raise LanguagePackError(
                    f"{where}: [[word]] {number} ({forms[0]}): role must be word, head, opener, joiner"
                    " or modifier"
                )
            if not isinstance(entry.get("example"), str) or forms[0] not in entry["example"]:
                raise LanguagePackError(
                    f"{where}: [[word]] {number} ({forms[0]}): needs an example that contains its first form"
                )
            for form in forms:
                key = match_key(form)
                english[key] = en
                {"head": heads, "opener": openers, "joiner": joiners, "modifier": modifiers}.get(
                    role, set()
                ).add(key)
        phrases = section.get("not_names", [])
        if not (isinstance(phrases, list) and all(isinstance(p, str) for p in phrases)):
            raise LanguagePackError(f"{where}: not_names must be a list of phrases")
        not_names = frozenset(match_key(p) for p in phrases)
        return cls(
            english, frozenset(heads), frozenset(openers), frozenset(joiners), frozenset(modifiers), not_names
        )

    def english(self, word: str) -> str | None:
        """The English spelling of a loanword (``पार्टी`` → "Party"), None for other words."""
        return self.english_of.get(match_key(word))

    def find(
        self,
        text: str,
        toks: Sequence[Token],
        offset: int,
        index: int,
        mentions: list[EntityMention],
        is_name_word: Callable[[Token], bool],
        is_unknown: Callable[[Token], bool],
        aliases: dict[int, int] | None = None,
        person_words: frozenset[str] | set[str] = frozenset(),
    ) -> list[EntityMention]:
        """Organisations of one sentence (``text`` at ``offset``, tokens ``toks``); ``mentions`` are the
        sentence's mentions so far and ``aliases`` its knowledge-base names (first token → token after):
        both count as name words inside a run, words of the article's people (``person_words``, match
        keys) do not. Mentions the new ones cover are removed from ``mentions``."""
        if not self.heads:
            return []
        keys = [match_key(t.text) for t in toks]
        starts = {t.start + offset: k for k, t in enumerate(toks)}
        ends = {t.end + offset: k for k, t in enumerate(toks)}
        known: dict[int, tuple[int, EntityMention]] = {}  # token → (first token of its KB mention, mention)
        # people of the sentence, but for a "person" named half or more with the table's words
        # ("इस्लामिक रिलीफ़ एसोसिएशन ने": Islamic Relief is no one's name)
        people = [
            m
            for m in mentions
            if m.type == "PER"
            and m.start in starts
            and m.end in ends
            and 2 * sum(keys[k] in self.english_of for k in range(starts[m.start], ends[m.end] + 1))
            < ends[m.end] + 1 - starts[m.start]
        ]
        person_ends = {ends[m.end] for m in people}
        person_starts = {starts[m.start] for m in people}
        for mention in mentions:
            if mention.kb_ids and mention.start in starts and mention.end in ends:
                for k in range(starts[mention.start], ends[mention.end] + 1):
                    known[k] = (starts[mention.start], mention)
        alias_of: dict[int, tuple[int, int]] = {}  # token → (first, last token) of a knowledge-base name
        for first_tok, after in (aliases or {}).items():
            for k in range(first_tok, after):
                alias_of[k] = (first_tok, after - 1)

        def joined(a: int, b: int) -> bool:  # tokens a and b (= a + 1) are written as one name
            return text[toks[a].end : toks[b].start] in (" ", "-", "‐")

        def part(k: int) -> bool:
            if keys[k] in person_words and keys[k] not in self.english_of:
                return False
            return keys[k] in self.english_of or k in known or k in alias_of or is_name_word(toks[k])

        found: list[EntityMention] = []
        taken = -1
        for i, key in enumerate(keys):
            if key not in self.heads or i <= taken or i in known:
                continue  # (a head inside a knowledge-base name: "द न्यूयॉर्क टाइम्स" is known)
            first = i
            while (
                first > 0
                and i - first < _MAX_WORDS
                and joined(first - 1, first)
                and part(first - 1)
                and first - 1 not in person_ends  # "अन्ना हज़ारे मार्क्सवादी कम्युनिस्ट पार्टी": two names
            ):
                first -= 1
                if first in known:
                    first = known[first][0]
                elif first in alias_of:
                    first = alias_of[first][0]
            last = i
            # "मुंबई स्कूल स्पोर्ट्स एसोसिएशन": a later head the run reaches ends the name, not the first one
            ahead = i + 1
            while ahead < len(toks) and ahead - i < _MAX_WORDS and joined(ahead - 1, ahead) and part(ahead):
                if keys[ahead] in self.heads and ahead not in known:
                    last = ahead
                ahead += 1
            # "चर्च ऑफ़ इंग्लैंड", "यूनिवर्सिटी ऑफ़ तेहरान": a joiner and one more name word after the head
            while (
                last + 2 < len(toks)
                and last + 2 - i < _MAX_TAIL
                and keys[last + 1] in self.joiners
                and joined(last, last + 1)
                and joined(last + 1, last + 2)
                and part(last + 2)
            ):
                last += 2
                if last in known:
                    last = ends[known[last][1].end]
                elif last in alias_of:
                    last = alias_of[last][1]
                # and the name words after it ("एसोसिएशन ऑफ़ फ़ॉर्मर ग्वांतानामो डिटेनीज़ फ़्राम
                # अफ़ग़ानिस्तान": of Former Guantanamo Detainees, then from Afghanistan), up to a person's
                # name or ``_MAX_TAIL`` words after the head
                while (
                    last + 1 < len(toks)
                    and last + 1 - i < _MAX_TAIL
                    and keys[last + 1] not in self.joiners
                    and joined(last, last + 1)
                    and part(last + 1)
                    and last + 1 not in person_starts
                ):
                    last += 1
                    if last in known:
                        last = ends[known[last][1].end]
                    elif last in alias_of:
                        last = alias_of[last][1]
            while first < i and keys[first] in self.joiners:
                first += 1
            if first == i == last and not (i > 0 and keys[i - 1] in self.openers and joined(i - 1, i)):
                continue  # a head alone ("पार्टी", "बोर्ड") is a common noun
            if first > 0 and keys[first - 1] in self.openers and joined(first - 1, first):
                first -= 1  # "द इकनॉमिस्ट": The Economist
            words = range(first, last + 1)
            phrases = {" ".join(keys[k] for k in words), " ".join(keys[max(i - 1, 0) : i + 1])}
            if phrases & self.not_names:
                continue
            named = any(
                m.start == toks[first].start + offset and m.end == toks[last].end + offset for m in mentions
            )
            if (
                not named
                and not any(
                    (keys[k] in self.english_of and k != i and keys[k] not in self.modifiers)
                    or k in known
                    or k in alias_of
                    or is_unknown(toks[k])
                    for k in words
                )
                and not any(keys[k] in self.openers for k in words)
            ):
                # "सत्तारूढ़ पार्टी": ordinary words before the head describe, not name, it (unless the
                # text already reads the run as a name: "गेट्स फाउंडेशन ने …")
                continue
            inside = [known[k][1] for k in words if k in known]
            if (
                inside
                and inside[0].type == "ORG"
                and all(m is inside[0] for m in inside)
                and all(k in known or k == i for k in words)
            ):
                continue  # "कांग्रेस पार्टी": the organisation the knowledge base knows, and its noun
            start, end = toks[first].start + offset, toks[last].end + offset
            if any(m.start < start < m.end or m.start < end < m.end for m in mentions if m.kb_ids):
                continue  # a knowledge-base name runs across the border of the run
            for mention in [m for m in mentions if m.start < end and start < m.end]:
                mentions.remove(mention)  # inside the run, or an unknown name overlapping it
            found.append(
                EntityMention(
                    start=start,
                    end=end,
                    text=text[toks[first].start : toks[last].end],
                    type="ORG",
                    finder=LOANWORD_FINDER,
                    sentence=index,
                )
            )
            taken = last
        return found
