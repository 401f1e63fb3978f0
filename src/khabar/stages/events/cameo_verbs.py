"""The CAMEO verb dictionary of TABARI/PETRARCH (``CAMEO.2.0.txt``) over spaCy's dependency parse.

The English coder's own lexicon (``langpacks/en/events.toml``) comes first; for a verb it lacks, this
module gives a :class:`~khabar.stages.events.lexicon.LexEntry` from the dictionary, so the finder's
own machinery (subject and object, passives, reported speech, negation and other status cues) codes
it like any lexicon verb. The dictionary (MIT, Open Event Data Alliance; copied unchanged in
``khabar/reference/petrarch2/``) has:

* verb blocks ``---  NAME  [code]  ---``: synonymous verbs, each with its irregular forms
  (``MEET {MEETS MET MEETING}``) and optionally its own default code (``ACCUSE [112]``); ``[---]``
  is no code;
* patterns ``- <words before> * <words after> [code]``: words are lemmas (a word without a trailing
  ``_`` is also a stem), ``{A B}`` a phrase, ``(PREP …)`` a prepositional phrase, ``&NAME`` a synset
  (``&MILITARY``) defined at the top of the file; ``$ + % ^`` mark source/target slots (ignored).

A pattern matches when every item is found: items after ``*`` among the words of the verb's object
side (its subtree right of the verb), items before ``*`` among the words left of it. The pattern
with the most items wins (file order breaks ties); without one, the verb's default code. Its first
code is taken where a pattern gives two (``[042:043]``).

``Phoenix.discards.txt`` lists phrases of sports, entertainment and history copy (``ASIAN GAMES``,
``BATSMAN``, ``YEARS AGO``): a sentence holding one gets no code from this dictionary.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar.codes import CodeTables
from khabar.errors import LanguagePackError
from khabar.langpacks import LanguagePack
from khabar.stages.events.lexicon import LexEntry

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

REFERENCE = Path(__file__).resolve().parents[2] / "reference" / "petrarch2"
# Below the lexicon's default (0.7): a sentence's own-lexicon event outranks a dictionary one.
CONFIDENCE = 0.45
# CAMEO roots this fallback does not code: 01 (statements: every "said" would be an event)
SKIPPED_ROOTS = ("01",)
# Where the target of a dictionary verb is looked for, after the pattern's own prepositions.
TARGET_MARKERS = ("dobj", "against", "with", "to", "on", "at", "from", "for")

Item = tuple[Any, ...]  # ("w", word, stem) | ("s", synset) | ("p", items) | ("prep", prep, items)


@dataclass(frozen=True, slots=True)
class VerbPattern:
    before: tuple[Item, ...]
    after: tuple[Item, ...]
    code: str | None
    line: int

    @property
    def size(self) -> int:
        return _size(self.before) + _size(self.after)

    @property
    def prepositions(self) -> tuple[str, ...]:
        return tuple(item[1] for item in self.after if item[0] == "prep")


@dataclass(slots=True)
class CameoVerbs:
    verbs: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # form → (block, default)
    patterns: dict[str, list[VerbPattern]] = field(default_factory=dict)  # block → patterns
    synsets: dict[str, frozenset[str]] = field(default_factory=dict)
    discards: tuple[re.Pattern[str], ...] = ()
    known_codes: frozenset[str] | None = None
    skipped_roots: tuple[str, ...] = SKIPPED_ROOTS
    block_codes: dict[str, str | None] = field(default_factory=dict)  # block → its header's code
    # blocks whose header code is not coded: their verbs code only through a pattern or their own code
    uncoded_blocks: frozenset[str] = frozenset()
    confidence: float = CONFIDENCE
    # speed only: each pattern's size, and the last sentence's discard answer
    _sizes: dict[str, list[int]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _last_discarded: tuple[str, bool] | None = field(default=None, init=False, repr=False, compare=False)

    # ------------------------------------------------------------------ lookup
    def entry(self, token: Token, sentence: SpacySpan | None = None) -> LexEntry | None:
        """A lexicon entry for a verb token from the dictionary, or None (unknown verb, no code,
        a statement, or a discarded sentence)."""
        if token.pos_ != "VERB":
            return None
        lemma = token.lemma_.lower()
        found = self.verbs.get(lemma) or self.verbs.get(token.lower_)
        if found is None:
            return None
        block, default = found
        if sentence is not None and self.discarded(sentence.text):
            return None
        # Every token's two forms are read from spaCy once per call (not once per pattern item), and
        # each item is answered once per side: the same result as checking every item on the tokens.
        forms = _Forms()
        right = _Side(forms, [t for t in token.subtree if t.i > token.i])
        left = _Side(forms, [t for t in (sentence or token.sent) if t.i < token.i])
        patterns = self.patterns.get(block, [])
        sizes = self._sizes.get(block)
        if sizes is None or len(sizes) != len(patterns):
            sizes = self._sizes[block] = [p.size for p in patterns]
        best: VerbPattern | None = None
        best_size = 0
        for pattern, size in zip(patterns, sizes, strict=True):
            if (best is None or size > best_size) and self._matches(pattern, left, right):
                best, best_size = pattern, size
        if best is None and block in self.uncoded_blocks and default == self.block_codes.get(block):
            return None  # "the BJP-led government", "is thinking about": managing or thinking, no event
        code = best.code if best is not None else default
        code = self._known(code)
        if code is None or code.startswith(self.skipped_roots):
            return None
        preps = best.prepositions if best is not None else ()
        return LexEntry(
            cameo=code,
            forms=((lemma,),),
            target=tuple(dict.fromkeys((*preps, *TARGET_MARKERS))),
            confidence=self.confidence,
            requires_source=True,
            requires_target=True,
            origin=f"CAMEO.2.0.txt {block}" + (f" line {best.line}" if best is not None else ""),
        )

    def discarded(self, text: str) -> bool:
        # one sentence is asked once per verb in it: its last answer is kept
        last = self._last_discarded
        if last is not None and last[0] == text:
            return last[1]
        answer = any(pattern.search(text) for pattern in self.discards)
        self._last_discarded = (text, answer)
        return answer

    def _known(self, code: str | None) -> str | None:
        if code is None or self.known_codes is None or code in self.known_codes:
            return code
        return code[:3] if code[:3] in self.known_codes else None

    def _matches(self, pattern: VerbPattern, left: _Side, right: _Side) -> bool:
        return all(self._item(item, left) for item in pattern.before) and all(
            self._item(item, right) for item in pattern.after
        )

    def _item(self, item: Item, side: _Side) -> bool:
        """Whether ``item`` matches on ``side``, answered once per side."""
        known = side.answers.get(item)
        if known is None:
            known = side.answers[item] = self._item_of(item, side)
        return known

    def _item_of(self, item: Item, side: _Side) -> bool:
        kind = item[0]
        if kind == "w":
            word, stem = item[1], item[2]
            if word in side.words:
                return True
            if not (stem and len(word) >= 4):
                return False
            # a form that starts with the word, if any, is the first form not below it in sorted order
            ordered = side.ordered()
            at = bisect_left(ordered, word)
            return at < len(ordered) and ordered[at].startswith(word)
        if kind == "s":
            return not self.synsets.get(item[1], frozenset()).isdisjoint(side.words)
        if kind == "p":
            # the tokens each word of the phrase matches, then a run of them in order
            words = item[1]
            if not words:
                return True  # (as a scan of every start would: an empty phrase matches)
            if not all(self._item(w, side) for w in words):
                return False  # a word of the phrase matches no token on this side
            found = [side.positions(w, self.synsets) for w in words]
            return any(all(i + k in found[k] for k in range(1, len(words))) for i in found[0])
        # ("prep", prep, items): a preposition among the tokens whose subtree holds the items
        for t, pair in zip(side.tokens, side.pairs, strict=True):
            if pair[0] == item[1] and t.dep_ in ("prep", "agent", "dative", "prt", "aux", "mark"):
                inside = _Side(side.forms, [s for s in t.subtree if s.i > t.i])
                if all(self._item(sub, inside) for sub in item[2]):
                    return True
        return False


class _Forms(dict[int, tuple[str, str]]):
    """A token's (lower-case text, lower-case lemma) by its index, read from spaCy once."""

    def of(self, token: Token) -> tuple[str, str]:
        pair = self.get(token.i)
        if pair is None:
            pair = self[token.i] = (token.lower_, token.lemma_.lower())
        return pair


class _Side:
    """The tokens on one side of a verb with their forms, and the answers of the items asked so far."""

    __slots__ = ("_ordered", "_positions", "answers", "forms", "pairs", "tokens", "words")

    def __init__(self, forms: _Forms, tokens: list[Token]) -> None:
        self.forms = forms
        self.tokens = tokens
        self.pairs = [forms.of(t) for t in tokens]
        self.words = {f for pair in self.pairs for f in pair}
        self.answers: dict[Item, bool] = {}
        self._ordered: list[str] | None = None
        self._positions: dict[Item, set[int]] = {}

    def ordered(self) -> list[str]:
        if self._ordered is None:
            self._ordered = sorted(self.words)
        return self._ordered

    def positions(self, item: Item, synsets: dict[str, frozenset[str]]) -> set[int]:
        """Where on this side a word item (a word or a synset) matches a token."""
        found = self._positions.get(item)
        if found is None:
            found = self._positions[item] = {
                i for i, pair in enumerate(self.pairs) if _word_matches(item, pair, synsets)
            }
        return found


def _word_matches(item: Item, forms: tuple[str, str], synsets: dict[str, frozenset[str]]) -> bool:
    """Whether one token's forms match one word item (a word or a synset)."""
    lower, lemma = forms
    if item[0] == "s":
        words = synsets.get(item[1], frozenset())
        return lower in words or lemma in words
    if item[0] == "p":
        return False  # phrases inside phrases do not occur
    word, stem = item[1], item[2]
    if lower == word or lemma == word:
        return True
    return bool(stem) and len(word) >= 4 and (lower.startswith(word) or lemma.startswith(word))


def _size(items: tuple[Item, ...]) -> int:
    total = 0
    for item in items:
        if item[0] == "p":
            total += len(item[1])
        elif item[0] == "prep":
            total += 1 + _size(item[2])
        else:
            total += 1
    return total


# ---------------------------------------------------------------------- reading
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")
_CODE = re.compile(r"\[([^\]]*)\]")


def _code(text: str | None) -> str | None:
    if text is None:
        return None
    first = text.strip().split(":")[0].strip()
    return first if first and re.fullmatch(r"\d{2,4}", first) else None


def _items(tokens: list[str]) -> list[Item]:
    out: list[Item] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in ("$", "+", "%", "^", "*") or not tok:
            i += 1
            continue
        if tok.startswith("{"):
            group = [tok[1:]]
            while not group[-1].endswith("}") and i + 1 < len(tokens):
                i += 1
                group.append(tokens[i])
            group[-1] = group[-1][:-1]
            words = [_word(w) for w in group if w and w not in ("$", "+", "%", "^")]
            out.append(("p", tuple(w for w in words if w is not None)))
        elif tok.startswith("("):
            group = [tok[1:]]
            depth = tok.count("(") - tok.count(")")
            while depth > 0 and i + 1 < len(tokens):
                i += 1
                group.append(tokens[i])
                depth += tokens[i].count("(") - tokens[i].count(")")
            inner = " ".join(group)
            inner = inner[: inner.rfind(")")] if ")" in inner else inner
            parts = inner.split()
            if parts:
                prep = parts[0].lower().rstrip("_")
                out.append(("prep", prep, tuple(_items(_split(" ".join(parts[1:]))))))
        else:
            word = _word(tok)
            if word is not None:
                out.append(word)
        i += 1
    return out


def _word(tok: str) -> Item | None:
    tok = tok.strip()
    if not tok or tok in ("$", "+", "%", "^"):
        return None
    if tok.startswith("&"):
        return ("s", tok.rstrip("_"))
    stem = not tok.endswith("_")
    word = tok.rstrip("_").replace("_", " ").lower().strip("$+%^")
    return ("w", word, stem) if word else None


def _split(text: str) -> list[str]:
    return text.replace("(", " (").replace("{", " {").split()


def parse_verbs(text: str, known_codes: frozenset[str] | None = None) -> CameoVerbs:
    """Read ``CAMEO.2.0.txt``-format text."""
    result = CameoVerbs(known_codes=known_codes)
    synset: str | None = None
    block: str | None = None
    block_code: str | None = None
    in_verbs = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not line.strip():
            synset = None
            continue
        stripped = line.strip()
        if stripped.startswith("&"):
            synset = stripped.split()[0].rstrip("_")
            result.synsets.setdefault(synset, frozenset())
            continue
        if synset is not None and stripped.startswith("+"):
            words = {w.rstrip("_").replace("_", " ").lower() for w in stripped[1:].split() if w}
            result.synsets[synset] = result.synsets[synset] | frozenset(words)
            continue
        if not in_verbs:
            continue
        header = _BLOCK.match(stripped)
        if header:
            block, block_code = header.group(1), _code(header.group(2))
            result.patterns.setdefault(block, [])
            result.block_codes[block] = block_code
            continue
        if block is None:
            continue
        if stripped.startswith("-"):
            body = stripped[1:]
            code_match = _CODE.search(body)
            if not code_match or "*" not in body:
                continue
            before, _, after = body[: code_match.start()].partition("*")
            result.patterns[block].append(
                VerbPattern(
                    before=tuple(_items(_split(before))),
                    after=tuple(_items(_split(after))),
                    code=_code(code_match.group(1)),
                    line=number,
                )
            )
            continue
        if stripped.startswith("+"):
            continue  # multi-word verbs (MEET_WITH): the one-word verb of the block covers them
        code_match = _CODE.search(stripped)
        own = _code(code_match.group(1)) if code_match else None
        if code_match and code_match.group(1).strip().startswith("---"):
            default: str | None = None
        else:
            default = own or block_code
        head = _CODE.sub(" ", stripped)
        forms_match = re.search(r"\{([^}]*)\}", head)
        verb = re.sub(r"\{[^}]*\}", " ", head).split()
        if not verb:
            continue
        base = verb[0].rstrip("_").lower()
        if "_" in base:
            continue
        forms = [base] + (
            [f.rstrip("_").lower() for f in forms_match.group(1).split()] if forms_match else []
        )
        for form in forms:
            result.verbs.setdefault(form, (block, default))
    return result


def parse_discards(text: str) -> tuple[re.Pattern[str], ...]:
    """Phrases of ``Phoenix.discards.txt`` (one per line, ``#`` comments, a leading ``+`` ignored) as
    case-insensitive whole-word patterns; bare years are left out (a year alone marks no sports copy)."""
    phrases = []
    for raw in text.splitlines():
        phrase = raw.split("#", 1)[0].strip().lstrip("+").strip()
        if not phrase or phrase.isdigit():
            continue
        phrases.append(re.escape(phrase).replace(r"\ ", r"\s+"))
    if not phrases:
        return ()
    # one alternation per 200 phrases keeps each pattern small
    return tuple(
        re.compile(r"(?<!\w)(?:" + "|".join(phrases[i : i + 200]) + r")(?!\w)", re.IGNORECASE)
        for i in range(0, len(phrases), 200)
    )


def cameo_verbs_for(pack: LanguagePack, codes: CodeTables) -> CameoVerbs | None:
    """The dictionary as the pack's ``cameo_verbs.toml`` configures it; None when it is missing or
    says ``enabled = false``."""
    config = pack.section("cameo_verbs")
    if not config.get("enabled", False):
        return None
    roots = config.get("skipped_roots", list(SKIPPED_ROOTS))
    uncoded = config.get("uncoded_blocks", [])
    confidence = config.get("confidence", CONFIDENCE)
    for key, value in (("skipped_roots", roots), ("uncoded_blocks", uncoded)):
        if not isinstance(value, list) or not all(isinstance(r, str) for r in value):
            raise LanguagePackError(f"{pack.directory / 'cameo_verbs.toml'}: {key} must be a list of strings")
    if not isinstance(confidence, int | float) or not 0 < confidence <= 1:
        raise LanguagePackError(
            f"{pack.directory / 'cameo_verbs.toml'}: confidence must be a number in (0, 1]"
        )
    base = load_cameo_verbs(frozenset(codes.cameo))
    return replace(
        base, skipped_roots=tuple(roots), uncoded_blocks=frozenset(uncoded), confidence=float(confidence)
    )


@cache
def load_cameo_verbs(known_codes: frozenset[str] | None = None, directory: Path = REFERENCE) -> CameoVerbs:
    """The shipped verb dictionary and discards (read once per process)."""
    verbs = parse_verbs(
        (directory / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace"), known_codes
    )
    discards = directory / "Phoenix.discards.txt"
    if discards.exists():
        verbs.discards = parse_discards(discards.read_text(encoding="utf-8", errors="replace"))
    return verbs
