"""The quotes stage: who said what.

Two layers, so the first can be developed and tested without any entity stage:

1. :func:`find_quote_candidates` reads only the clean text, the sentences and the language pack's
   ``quotes.toml``. It finds reporting cues (``X ने कहा कि``, ``X के अनुसार``, "X said", "according
   to X", "…," he added), the speaker's *text* span (the noun phrase before ``ने``, the subject of
   "said", a pronoun), and the quoted content: inside quote marks (direct; a quotation may run over
   several sentences) or the reported clause (after ``कि``/"that", after a comma, or the clause before
   a closing "…, X said.").
2. :func:`attribute` maps each speaker span to an entity of ``Document.entities`` by overlap with its
   mentions (a person preferred); a pronoun or a title-only speaker ("the minister", ``चीनी नेता``)
   goes to the most salient person named before: an earlier speaker in the same sentence, the
   subject of that sentence, the previous sentence's speaker or subject, then the most recent person.
   A news agency cited as a source (``टीएएसएस के अनुसार``, "according to TASS") is never made the
   speaker; a source cue whose source is an agency or unknown gives no quote.

Sentences of kind ``caption`` and "read also" lines give no quotes. Quote spans are the quoted content
without marks and without the cue; ``cue`` is the reporting verb (or ``के अनुसार``/"according to").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from khabar.errors import LanguagePackError
from khabar.langpacks import LanguagePack, LanguagePacks
from khabar.model import Document, Entity, Quote, Sentence, Span
from khabar.text.scripts import BRACKETS, DANDA_MARKS, OWN_STOPS, QUOTES, TERMINATORS

_WS = " \t\n\r\u00a0"
_TERMINATORS = TERMINATORS
# Characters that end a speaker noun phrase when reading backwards from the cue.
_HARD_BOUNDARIES = ";:" + DANDA_MARKS + "!?\n"
_TRIM = _WS + ",;:–—-"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_WORD = re.compile(r"\S+")
# Punctuation stripped from a word before it is looked up in a word list.
_WORD_PUNCT = QUOTES + BRACKETS + ",.;:!?" + OWN_STOPS
_GAP_STOPS = OWN_STOPS + "!?;"  # marks that keep a cue from a quotation after it

# A line this short without final punctuation is a heading (a longer one is a text cut short).
MAX_HEADING_WORDS = 15
SPEAKER_SIDES = frozenset({"before", "after", "group", "subject"})
CUE_KINDS = frozenset({"speech", "source"})
# Where a pattern's content is: after the cue (the default), or before it, where an anaphor ("यह बात
# X ने कही", "ऐसा कहना है X का") points back at the clause or sentence just before.
CONTENT_SIDES = frozenset({"after", "before"})


# ---------------------------------------------------------------------------------------------------
# Language data


@dataclass(slots=True, frozen=True)
class CuePattern:
    name: str
    regex: re.Pattern[str]
    kind: str  # speech | source
    speaker: str  # before | after | group | subject
    example: str
    example_speaker: str | None
    example_content: str | None
    example_direct: bool
    content: str = "after"  # after | before (see CONTENT_SIDES)


@dataclass(slots=True, frozen=True)
class QuoteRules:
    """One language's quote data (``langpacks/<lang>/quotes.toml``), compiled."""

    lang: str
    patterns: tuple[CuePattern, ...]
    pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    titles: frozenset[str]
    stop_words: frozenset[str]
    possessives: tuple[str, ...]
    max_speaker_words: int
    agencies: tuple[str, ...]
    agency_words: tuple[str, ...]
    complementizers: frozenset[str]
    max_gap_words: int
    comma_content: bool
    clause_starters: frozenset[str]
    zero_that_verbs: frozenset[str]
    object_verbs: frozenset[str]  # verbs whose object may stand before a "that"-less clause ("told Wang …")
    tail_followers: frozenset[str]
    direct_content_verbs: frozenset[str]
    objects: tuple[str, ...]
    conjunctions: tuple[str, ...]
    skip_line_prefixes: tuple[str, ...]
    mark_pairs: tuple[tuple[str, str], ...]
    min_words_with_cue: int
    min_words_without_cue: int
    max_words_to_mark: int
    # Collective speaker nouns ("the bench", ``पीठ``, ``अदालत``): a speaker whose head is one of these,
    # written as no entity, is a body of its own, never a person named in or before its phrase.
    collective_speakers: frozenset[str] = frozenset()

    @classmethod
    def from_pack(cls, pack: LanguagePack) -> QuoteRules | None:
        data = pack.section("quotes")
        if not data:
            return None
        where = f"{pack.directory / 'quotes.toml'}"
        lexicon = data.get("lexicon", {})
        speaker = data.get("speaker", {})
        content = data.get("content", {})
        marks = data.get("marks", {})
        words = {key: _strings(lexicon, key, where) for key in lexicon}
        patterns = tuple(_pattern(raw, words, where) for raw in data.get("patterns", []))
        pairs = marks.get("pairs", [])
        if not isinstance(pairs, list) or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(c, str) and len(c) == 1 for c in p)
            for p in pairs
        ):
            raise LanguagePackError(f"{where} [marks]: 'pairs' must be a list of [open, close] characters")
        return cls(
            lang=pack.code,
            patterns=patterns,
            pronouns=frozenset(w.casefold() for w in _strings(speaker, "pronouns", where)),
            plural_pronouns=frozenset(w.casefold() for w in _strings(speaker, "plural_pronouns", where)),
            titles=frozenset(w.casefold() for w in _strings(speaker, "titles", where)),
            stop_words=frozenset(w.casefold() for w in _strings(speaker, "stop_words", where)),
            possessives=tuple(_strings(speaker, "possessives", where)),
            max_speaker_words=int(speaker.get("max_words", 8)),
            agencies=tuple(w.casefold() for w in _strings(speaker, "agencies", where)),
            agency_words=tuple(w.casefold() for w in _strings(speaker, "agency_words", where)),
            complementizers=frozenset(_strings(content, "complementizers", where)),
            max_gap_words=int(content.get("max_gap_words", 0)),
            comma_content=bool(content.get("comma_content", False)),
            clause_starters=frozenset(w.casefold() for w in _strings(content, "clause_starters", where)),
            zero_that_verbs=frozenset(w.casefold() for w in _strings(content, "zero_that_verbs", where)),
            object_verbs=frozenset(w.casefold() for w in _strings(content, "object_verbs", where)),
            tail_followers=frozenset(w.casefold() for w in _strings(content, "tail_followers", where)),
            direct_content_verbs=frozenset(
                w.casefold() for w in _strings(content, "direct_content_verbs", where)
            ),
            objects=tuple(sorted(_strings(content, "objects", where), key=len, reverse=True)),
            conjunctions=tuple(_strings(content, "conjunctions", where)),
            skip_line_prefixes=tuple(w.casefold() for w in _strings(content, "skip_line_prefixes", where)),
            mark_pairs=tuple((p[0], p[1]) for p in pairs),
            min_words_with_cue=int(marks.get("min_words_with_cue", 4)),
            min_words_without_cue=int(marks.get("min_words_without_cue", 8)),
            max_words_to_mark=int(marks.get("max_words_to_mark", 10)),
            collective_speakers=frozenset(w.casefold() for w in _strings(speaker, "collective", where)),
        )

    @property
    def conjunctions_set(self) -> frozenset[str]:
        return frozenset(c.casefold() for c in self.conjunctions)

    def is_pronoun(self, text: str) -> bool:
        return _norm_words(text) in self.pronouns or " ".join(_words_of(text)) in self.pronouns

    def has_title(self, text: str) -> bool:
        """The phrase is made of title words only ("the Chinese foreign minister"): it refers back to a
        person; "the air force said" names a speaker of its own that is no entity."""
        words = _words_of(text)
        return bool(words) and all(w in self.titles for w in words)

    def is_agency(self, entity: Entity, speaker_text: str = "") -> bool:
        """A news agency: by sector or role, by a known agency name, or "news agency" in the text."""
        if (entity.sector or "").upper() in {"MED", "MEDIA"} or any(
            "agency" in r.casefold() or "media" in r.casefold() for r in entity.roles
        ):
            return True
        names = [entity.name, *(m.text for m in entity.mentions), speaker_text]
        for name in names:
            folded = name.casefold().strip()
            if not folded:
                continue
            if folded in self.agencies or any(w in folded for w in self.agency_words):
                return True
        return False


def _strings(section: dict[str, Any], key: str, where: str) -> list[str]:
    value = section.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LanguagePackError(f"{where}: {key!r} must be a list of strings")
    return value


def _pattern(raw: Any, words: dict[str, list[str]], where: str) -> CuePattern:
    if not isinstance(raw, dict):
        raise LanguagePackError(f"{where} [[patterns]]: each pattern must be a table")
    name = str(raw.get("name", "?"))
    here = f"{where} pattern {name!r}"
    for key in ("regex", "example"):
        if not isinstance(raw.get(key), str):
            raise LanguagePackError(f"{here}: {key!r} must be a string")
    kind, side = raw.get("kind", "speech"), raw.get("speaker", "before")
    if kind not in CUE_KINDS:
        raise LanguagePackError(f"{here}: kind must be one of {sorted(CUE_KINDS)}, got {kind!r}")
    if side not in SPEAKER_SIDES:
        raise LanguagePackError(f"{here}: speaker must be one of {sorted(SPEAKER_SIDES)}, got {side!r}")
    content_side = raw.get("content", "after")
    if content_side not in CONTENT_SIDES:
        raise LanguagePackError(
            f"{here}: content must be one of {sorted(CONTENT_SIDES)}, got {content_side!r}"
        )

    def expand(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in words:
            raise LanguagePackError(f"{here}: unknown word list {{{key}}}")
        items = sorted(words[key], key=len, reverse=True)
        return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"

    try:
        regex = re.compile(_PLACEHOLDER.sub(expand, raw["regex"]))
    except re.error as exc:
        raise LanguagePackError(f"{here}: invalid regex: {exc}") from exc
    if "cue" not in regex.groupindex:
        raise LanguagePackError(f"{here}: the regex needs a group named 'cue'")
    if side == "group" and "speaker" not in regex.groupindex:
        raise LanguagePackError(f"{here}: speaker = 'group' needs a group named 'speaker'")
    return CuePattern(
        name=name,
        regex=regex,
        kind=kind,
        speaker=side,
        example=raw["example"],
        example_speaker=raw.get("example_speaker"),
        example_content=raw.get("example_content"),
        example_direct=bool(raw.get("example_direct", False)),
        content=content_side,
    )


def load_quote_rules(packs: LanguagePacks) -> dict[str, QuoteRules]:
    rules: dict[str, QuoteRules] = {}
    for pack in packs:
        compiled = QuoteRules.from_pack(pack)
        if compiled is not None:
            rules[pack.code] = compiled
    return rules


# ---------------------------------------------------------------------------------------------------
# Layer 1: candidates from text


@dataclass(slots=True, frozen=True)
class QuoteCandidate:
    """A quote found in the text, before its speaker is tied to an entity."""

    content: Span  # the quoted content (no marks, no cue)
    direct: bool
    cue: Span | None
    speaker: Span | None  # the speaker's text: a name, a title phrase or a pronoun
    cue_kind: str  # speech | source | none (a quotation with no cue)
    sentence: int  # index into doc.sentences of the cue (or of the quotation's start)
    speaker_pick: str = "nearest"  # nearest (to the cue) | first: which mention in the span speaks


@dataclass(slots=True, frozen=True)
class _Marked:
    """A quotation in marks: ``open``/``close`` are the mark positions (close = -1: left open)."""

    open: int
    close: int
    content: Span


@dataclass(slots=True)
class _Cue:
    pattern: CuePattern
    match_start: int
    match_end: int
    cue: Span
    speaker: Span | None
    sentence: int


def _words_of(text: str) -> list[str]:
    return [w for w in (t.strip(_WORD_PUNCT).casefold() for t in text.split()) if w]


def _norm_words(text: str) -> str:
    return " ".join(text.casefold().strip(_WORD_PUNCT + _WS).split())


def _strip_span(text: str, start: int, end: int, chars: str = _TRIM) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def find_marked(text: str, rules: QuoteRules) -> list[_Marked]:
    """Quotations in marks, paired per line; an opening mark left open runs to the end of its line."""
    found: list[_Marked] = []
    openers = {o: c for o, c in rules.mark_pairs}
    line_start = 0
    for line in text.split("\n"):
        i, n = 0, len(line)
        while i < n:
            char = line[i]
            close_char = openers.get(char)
            before = line[i - 1] if i else " "
            after = line[i + 1] if i + 1 < n else " "
            # An opening mark: a known opener not glued to a preceding letter (apostrophes are).
            # A straight mark followed by a space is a closing one; a curly opener may be ("‘ जर्मनी").
            if close_char is None or before.isalnum() or (after in _WS and close_char == char):
                i += 1
                continue
            j = i + 1
            close = -1
            while j < n:
                c = line[j]
                if c == close_char:
                    nxt = line[j + 1] if j + 1 < n else " "
                    # A closing mark glued to a following letter is an apostrophe (Russia’s, it's).
                    if not nxt.isalnum() and line[j - 1] not in _WS:
                        close = j
                        break
                j += 1
            end = close if close >= 0 else n
            start_c, end_c = _strip_span(line, i + 1, end, _WS + ",")
            if end_c > start_c:
                found.append(
                    _Marked(
                        line_start + i,
                        line_start + close if close >= 0 else -1,
                        Span(line_start + start_c, line_start + end_c),
                    )
                )
            i = (close if close >= 0 else n) + 1
        line_start += len(line) + 1
    return found


def _usable_sentences(doc: Document, rules: QuoteRules) -> list[int]:
    text = doc.clean or ""
    usable = []
    for index, sentence in enumerate(doc.sentences or []):
        if sentence.kind == "caption":
            continue
        line_start = text.rfind("\n", 0, sentence.start) + 1
        line_head = _norm_words(text[line_start : line_start + 40])
        if any(line_head.startswith(p) for p in rules.skip_line_prefixes):
            continue
        usable.append(index)
    return usable


def _speaker_before(
    text: str, start: int, pos: int, rules: QuoteRules, marks: frozenset[int] = frozenset()
) -> Span | None:
    """The noun phrase ending at ``pos``: back to a hard boundary, a comma (keeping an appositive
    "Shoigu, the secretary of …,") or a stop word, at most ``max_speaker_words`` words."""
    region_start = start
    for k in range(pos - 1, start - 1, -1):
        ch = text[k]
        if ch in _HARD_BOUNDARIES or k in marks:
            region_start = k + 1
            break
    region = text[region_start:pos]
    stripped = region.rstrip(_WS)
    if not stripped.strip(_TRIM):
        return None
    commas = [i for i, ch in enumerate(stripped) if ch == ","]
    if stripped.endswith(","):
        # An appositive ends right before the cue: take it and the name before it.
        head_from = commas[-3] + 1 if len(commas) >= 3 else 0
    else:
        head_from = commas[-1] + 1 if commas else 0
    span_start = region_start + head_from
    tokens = [(m.start() - span_start, m.end() - span_start) for m in _WORD.finditer(text, span_start, pos)]
    kept: list[tuple[int, int]] = []
    for s, e in reversed(tokens):
        word = text[span_start + s : span_start + e].strip(_WORD_PUNCT).casefold()
        if word in rules.stop_words or len(kept) >= rules.max_speaker_words:
            break
        kept.append((s, e))
    if not kept:
        return None
    s0, e0 = _strip_span(text, span_start + kept[-1][0], span_start + kept[0][1])
    return Span(s0, e0) if e0 > s0 else None


def _speaker_after(text: str, pos: int, end: int, rules: QuoteRules) -> Span | None:
    """The noun phrase starting at ``pos``: up to a comma, a sentence end or ``max_speaker_words``."""
    stop = end
    for k in range(pos, end):
        if text[k] in ",;:" or (text[k] in _TERMINATORS and (k + 1 >= end or text[k + 1] in _WS)):
            stop = k
            break
    tokens = list(_WORD.finditer(text, pos, stop))[: rules.max_speaker_words]
    if not tokens:
        return None
    s, e = _strip_span(text, tokens[0].start(), tokens[-1].end(), _TRIM + _WORD_PUNCT)
    return Span(s, e) if e > s else None


def _find_cues(
    text: str,
    sentences: Sequence[Sentence],
    usable: list[int],
    rules: QuoteRules,
    marks: frozenset[int] = frozenset(),
) -> list[_Cue]:
    cues: list[_Cue] = []
    for index in usable:
        sent = sentences[index]
        body = text[sent.start : sent.end]
        taken: list[Span] = []
        for pattern in rules.patterns:
            for m in pattern.regex.finditer(body):
                cs, ce = m.span("cue")
                cue = Span(sent.start + cs, sent.start + ce)
                if any(cue.start < t.end and t.start < cue.end for t in taken):
                    continue  # an earlier (more specific) pattern already read this cue
                start, end = sent.start + m.start(), sent.start + m.end()
                speaker: Span | None
                if pattern.speaker == "group":
                    gs, ge = m.span("speaker")
                    s0, e0 = _strip_span(text, sent.start + gs, sent.start + ge, _TRIM + _TERMINATORS)
                    speaker = Span(s0, e0) if e0 > s0 else None
                elif pattern.speaker == "after":
                    speaker = _speaker_after(text, end, sent.end, rules)
                    if speaker is not None:
                        end = speaker.end
                elif pattern.speaker == "subject":
                    s0, e0 = _strip_span(text, sent.start, start)
                    speaker = Span(s0, e0) if e0 > s0 else None
                else:
                    speaker = _speaker_before(text, sent.start, start, rules, marks)
                    if speaker is None and _follows_conjunction(text, sent.start, start, rules):
                        # "Kirby said …, but warned that …": coordinated verbs share their subject
                        speaker = next(
                            (c.speaker for c in reversed(cues) if c.sentence == index and c.speaker),
                            None,
                        )
                taken.append(cue)
                cues.append(_Cue(pattern, start, end, cue, speaker, index))
    cues.sort(key=lambda c: c.cue.start)
    return cues


def _cue_quote(cue: _Cue, content: Span, direct: bool, pick: str) -> QuoteCandidate:
    return QuoteCandidate(
        content=content,
        direct=direct,
        cue=cue.cue,
        speaker=cue.speaker,
        cue_kind=cue.pattern.kind,
        sentence=cue.sentence,
        speaker_pick=pick,
    )


def _follows_conjunction(text: str, start: int, pos: int, rules: QuoteRules) -> bool:
    """The word right before ``pos`` is a coordinating conjunction ("…, but warned")."""
    words = _words_of(text[start:pos])
    return bool(words) and words[-1].strip(_WORD_PUNCT).casefold() in rules.conjunctions_set


def _skip(text: str, pos: int, end: int, chars: str) -> int:
    while pos < end and text[pos] in chars:
        pos += 1
    return pos


def _tokens(text: str, pos: int, end: int, limit: int) -> list[re.Match[str]]:
    out = []
    for m in _WORD.finditer(text, pos, end):
        out.append(m)
        if len(out) >= limit:
            break
    return out


def _content_end(text: str, sent: Sentence) -> int:
    _, end = _strip_span(text, sent.start, sent.end, _WS + _TERMINATORS + "\"'”’»")
    return end


def _is_heading(text: str, sent: Sentence) -> bool:
    """A whole line with no sentence-final punctuation: a headline or subheading."""
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    line_end = len(text) if line_end < 0 else line_end
    whole = not text[line_start : sent.start].strip() and not text[sent.end : line_end].strip()
    body = text[sent.start : sent.end].rstrip("\"'”’» ")
    return whole and body[-1:] not in _TERMINATORS and len(body.split()) <= MAX_HEADING_WORDS


def find_quote_candidates(doc: Document, rules: QuoteRules) -> list[QuoteCandidate]:
    """Quotes, their cues and speaker text spans, from the clean text and sentences only."""
    text = doc.clean or ""
    sentences = doc.sentences or []
    usable = _usable_sentences(doc, rules)
    usable_set = set(usable)
    marked = [
        q
        for q in find_marked(text, rules)
        if len(_words_of(text[q.content.start : q.content.end])) >= rules.min_words_with_cue
    ]
    mark_positions = frozenset(p for q in find_marked(text, rules) for p in (q.open, q.close) if p >= 0)
    by_open = {q.open: q for q in marked}
    by_close = {q.close: q for q in marked if q.close >= 0}
    cues = _find_cues(text, sentences, usable, rules, mark_positions)
    speech_sentences = {c.sentence for c in cues if c.pattern.kind == "speech"}
    claimed: set[int] = set()
    out: list[QuoteCandidate] = []

    def sentence_of(pos: int) -> int | None:
        for i, s in enumerate(sentences):
            if s.start <= pos < s.end:
                return i
        return None

    def marked_within(start: int, end: int) -> list[_Marked]:
        return [q for q in marked if start <= q.open < end]

    for n, cue in enumerate(cues):
        sent = sentences[cue.sentence]
        if cue.pattern.kind == "source" and cue.sentence in speech_sentences:
            continue  # "TASS के अनुसार, … वांग ने कहा कि …": the person speaks, the agency is a source
        pick = "first" if cue.pattern.speaker in {"after", "group", "subject"} else "nearest"
        if cue.pattern.content == "before":
            # "…। यह बात X ने कही।", "…, यह जानकारी X ने दी।": the content is already written
            found = _content_before(text, sentences, usable_set, cue, by_close, marked_within)
            if found is None:
                continue
            direct, content = found
            if direct is not None:
                if direct.open in claimed:
                    continue
                claimed.add(direct.open)
                content = direct.content
            if any(c.content.start < content.end and content.start < c.content.end for c in out):
                continue  # the clause is already another cue's quote
            out.append(_cue_quote(cue, content, direct is not None, pick))
            continue
        end = _content_end(text, sent)
        # A later cue in the sentence ends this one's content (at its speaker, or at its match).
        nxt = next(
            (c for c in cues[n + 1 :] if c.sentence == cue.sentence and c.match_start >= cue.match_end),
            None,
        )
        limit = end
        if nxt is not None:
            # (a cue whose speaker follows it, "…, according to state media", ends at the cue itself)
            speaker_first = nxt.speaker is not None and nxt.speaker.end <= nxt.match_start
            cut = (
                nxt.speaker.start if speaker_first and nxt.speaker.start >= cue.match_end else nxt.match_start
            )
            limit = min(end, cut)
        pos = _skip(text, cue.match_end, limit, _WS + ",:")
        direct: _Marked | None = by_open.get(pos)
        content: Span | None = None
        if direct is None:
            content = _complement(text, cue, pos, limit, end, rules)
        if direct is None and content is None:
            # "stressed the need … to "counter …"", "stated the two sides "reached …"".
            for q in marked_within(cue.match_end, end):
                gap = text[cue.match_end : q.open]
                if len(_words_of(gap)) <= rules.max_words_to_mark and not any(t in gap for t in _GAP_STOPS):
                    direct = q
                break
        if direct is None and content is None:
            content = _zero_that(text, cue, pos, limit, end, rules)
        if direct is None and content is None and cue.speaker is not None:
            head_end = min(cue.speaker.start, cue.cue.start)
            before = text[:head_end].rstrip(_TRIM)
            if before and (len(before) - 1) in by_close:
                direct = by_close[len(before) - 1]  # "…," he said. / “…” उन्होंने कहा।
            elif _ends_clause(text, cue, end, rules) and text[:head_end].rstrip(_WS).endswith(","):
                # "…, Wang said on Tuesday." / "…, उन्होंने कहा।"
                s0, e0 = _strip_span(text, sent.start, head_end)
                if e0 > s0 and len(_words_of(text[s0:e0])) >= 3:
                    content = Span(s0, e0)
        if content is not None and direct is None:
            inner = marked_within(content.start, content.end)
            lead = text[content.start : inner[0].open].strip(_WS) if inner else ""
            if inner and (not lead or lead.endswith(":")):
                # The content is (or introduces) a quotation: the quotation is the quote.
                direct = inner[0]
                content = None
            elif _is_heading(text, sent):
                continue  # "जर्मनी ने कहा, तत्काल कार्रवाई रोके रूस" as a subheading
        if direct is not None:
            if direct.open in claimed:
                continue
            claimed.add(direct.open)
            content = direct.content
        if content is None or content.end <= content.start:
            continue
        out.append(_cue_quote(cue, content, direct is not None, pick))
    # Quotations with no cue: long ones only (short ones are titles and scare quotes).
    for q in marked:
        if q.open in claimed:
            continue
        index = sentence_of(q.open)
        if index is None or index not in usable_set:
            continue
        if any(c.content.start <= q.open < c.content.end for c in out):
            continue  # a quotation inside a reported quote
        if len(_words_of(text[q.content.start : q.content.end])) < rules.min_words_without_cue:
            continue
        s0, e0 = _strip_span(text, sentences[index].start, q.open)
        out.append(
            QuoteCandidate(
                content=q.content,
                direct=True,
                cue=None,
                speaker=Span(s0, e0) if e0 > s0 else None,
                cue_kind="none",
                sentence=index,
                speaker_pick="first",
            )
        )
    out.sort(key=lambda c: c.content.start)
    return out


_MAX_ADVERBIAL_WORDS = 3  # words that may stand before an anaphoric cue at a sentence's start


def _content_before(
    text: str,
    sentences: Sequence[Sentence],
    usable: set[int],
    cue: _Cue,
    by_close: dict[int, _Marked],
    marked_within: Callable[[int, int], list[_Marked]],
) -> tuple[_Marked | None, Span] | None:
    """The content an anaphoric cue points back at: the clause before it in its sentence when a comma
    ends that clause ("…, यह जानकारी X ने दी"), else the previous sentence (a quotation ending there
    is a direct quote). A few adverbial words may open the cue's sentence ("मंगलवार को यह बात …")."""
    sent = sentences[cue.sentence]
    head = cue.match_start if cue.speaker is None else min(cue.match_start, cue.speaker.start)
    lead = text[sent.start : head].rstrip(_WS)
    if lead.endswith((",", ";", ":", "–", "—")):
        s0, e0 = _strip_span(text, sent.start, sent.start + len(lead))
        if len(_words_of(text[s0:e0])) < 3:
            return None
        inner = marked_within(s0, e0)
        if inner and not text[s0 : inner[0].open].strip(_WS):
            return inner[0], inner[0].content
        return None, Span(s0, e0)
    if len(_words_of(lead)) > _MAX_ADVERBIAL_WORDS or "," in lead:
        return None
    index = cue.sentence - 1
    if index < 0 or index not in usable:
        return None
    prev = sentences[index]
    if _is_heading(text, prev):
        return None
    # A quotation that ends the previous sentence ("“…।” यह बात X ने कही।") is the quote, whole.
    k = prev.end
    while k > prev.start and text[k - 1] in _WS + _TERMINATORS:
        k -= 1
    if (k - 1) in by_close:
        return by_close[k - 1], by_close[k - 1].content
    s0, e0 = _strip_span(text, prev.start, _content_end(text, prev))
    # A dateline the segmenter left in the sentence ("कीव (आईएएनएस)| …") is not part of what was said.
    cut = max(text.rfind(mark, s0, e0) for mark in DANDA_MARKS)
    if cut >= 0:
        s0, e0 = _strip_span(text, cut + 1, e0)
    if len(_words_of(text[s0:e0])) < 3:
        return None
    return None, Span(s0, e0)


def _ends_clause(text: str, cue: _Cue, end: int, rules: QuoteRules) -> bool:
    """Nothing but adverbials follows the cue ("said.", "said on Tuesday in Beijing."), perhaps after
    its object ("told reporters.")."""
    pos = _skip(text, cue.match_end, end, _WS)
    for obj in rules.objects:
        if (
            text[pos : pos + len(obj)].casefold() == obj
            and not text[pos + len(obj) : pos + len(obj) + 1].isalnum()
        ):
            pos += len(obj)
            break
    rest = _tokens(text, pos, end, 1)
    return not rest or rest[0].group().strip(_WORD_PUNCT).casefold() in rules.tail_followers


def _finish(text: str, start: int, limit: int, end: int, rules: QuoteRules) -> Span | None:
    s0, e0 = _strip_span(text, start, limit)
    # A content cut short by a following cue loses a trailing conjunction ("… है और").
    for conj in rules.conjunctions:
        if text[s0:e0].endswith(" " + conj):
            s0, e0 = _strip_span(text, s0, e0 - len(conj) - 1)
    if limit < end and not re.search(r"[,;:]", text[e0:limit]):
        # The following cue continues this clause ("एजेंसी ने बताया, … बोलते हुए X ने कहा कि …"):
        # the inner speaker's words are the quote, not this fragment.
        return None
    if len(_words_of(text[s0:e0])) < 2:
        return None
    return Span(s0, e0)


def _complement(text: str, cue: _Cue, pos: int, limit: int, end: int, rules: QuoteRules) -> Span | None:
    """Content introduced by a complementiser ("कहा कि", "said at the meeting that"), a colon after
    the verb's adverbials ("said in this regard: …"), or a comma where the language allows it."""
    if pos >= limit:
        return None
    raw_after = text[cue.match_end : pos]
    for i, tok in enumerate(_tokens(text, pos, limit, rules.max_gap_words + 1)):
        word = tok.group()
        bare = word.strip(_WORD_PUNCT)
        if bare in rules.complementizers:
            return _finish(text, tok.end(), limit, end, rules)
        if i and word.endswith(":") and rules.max_gap_words:
            return _finish(text, tok.end(), limit, end, rules)
        if any(ch in word for ch in ',;:"“”') or i >= rules.max_gap_words:
            break
    comma_ok = rules.comma_content or (cue.pattern.kind == "source" and cue.pattern.speaker == "after")
    if comma_ok and ("," in raw_after or ":" in raw_after):
        return _finish(text, pos, limit, end, rules)
    return None


def _zero_that(text: str, cue: _Cue, pos: int, limit: int, end: int, rules: QuoteRules) -> Span | None:
    """A clause right after the verb (and its object) with no complementiser: "said he would …",
    "told Chinese Foreign Minister Wang Yi their two countries' …"."""
    verb = text[cue.cue.start : cue.cue.end].casefold()
    if verb in rules.direct_content_verbs and pos < limit:
        return _finish(text, pos, limit, end, rules)  # ", saying the two sides …"
    if verb not in rules.zero_that_verbs or pos >= limit or "," in text[cue.match_end : pos]:
        return None
    rest = text[pos:limit]
    obj_end = pos
    if verb not in rules.object_verbs:
        # "said Washington had raised …": a name right after a verb without an object starts the clause
        first = _tokens(text, pos, limit, 1)
        word = first[0].group().strip(_WORD_PUNCT) if first else ""
        if word[:1].isupper() and word.casefold() not in rules.tail_followers:
            return _finish(text, first[0].start(), limit, end, rules)
    for obj in rules.objects:
        if rest.casefold().startswith(obj + " "):
            obj_end = pos + len(obj)
            break
    else:
        # An object written as a name with its titles.
        caps = re.match(r"(?:[A-Z][\w’'.-]*(?:\s+|$))+", rest)
        if caps:
            obj_end = pos + caps.end()
    nxt = _tokens(text, _skip(text, obj_end, limit, _WS), limit, 1)
    if nxt and nxt[0].group().strip(_WORD_PUNCT).casefold() in rules.clause_starters:
        return _finish(text, nxt[0].start(), limit, end, rules)
    return None


# ---------------------------------------------------------------------------------------------------
# Layer 2: attribution


@dataclass(slots=True, frozen=True)
class _MentionRef:
    start: int
    end: int
    entity: Entity


def _mention_index(entities: Iterable[Entity]) -> list[_MentionRef]:
    refs = [_MentionRef(m.start, m.end, e) for e in entities for m in e.mentions]
    refs.sort(key=lambda r: (r.start, -r.end))
    return refs


def _first_per(refs: Sequence[_MentionRef], start: int, end: int) -> Entity | None:
    for r in refs:
        if start <= r.start and r.end <= end and r.entity.type == "PER":
            return r.entity
    return None


def attribute(doc: Document, candidates: Sequence[QuoteCandidate], rules: QuoteRules) -> list[Quote]:
    """Tie each candidate's speaker span to an entity id; see the module docstring for the order."""
    text = doc.clean or ""
    sentences = doc.sentences or []
    refs = _mention_index(doc.entities or [])
    resolved: list[tuple[QuoteCandidate, Entity | None]] = []
    quotes: list[Quote] = []
    for cand in sorted(candidates, key=lambda c: (c.cue or c.content).start):
        speaker = _resolve(text, sentences, refs, cand, resolved, rules)
        if cand.cue_kind == "source" and (
            speaker is None or rules.is_agency(speaker, _span_text(text, cand.speaker))
        ):
            continue  # "according to TASS, …": a source, not a speaker (and no quote without one)
        resolved.append((cand, speaker))
        quotes.append(
            Quote(
                start=cand.content.start,
                end=cand.content.end,
                speaker=speaker.id if speaker else None,
                direct=cand.direct,
                cue=cand.cue,
            )
        )
    quotes.sort(key=lambda q: q.start)
    return quotes


def _span_text(text: str, span: Span | None) -> str:
    return text[span.start : span.end] if span else ""


def _resolve(
    text: str,
    sentences: Sequence[Sentence],
    refs: Sequence[_MentionRef],
    cand: QuoteCandidate,
    earlier: Sequence[tuple[QuoteCandidate, Entity | None]],
    rules: QuoteRules,
) -> Entity | None:
    """The speaker entity: a person mentioned in the speaker span; a person the span names by part of
    the name ("Shoigu", ``नेतन्याहू``); another entity mentioned there; a pronoun's or title's
    antecedent; for a quotation with no cue, the previous sentence's speaker."""
    span = cand.speaker
    span_text = _span_text(text, span)
    words = _words_of(span_text)
    if cand.cue_kind == "none":
        if span is not None:
            inside = [r for r in refs if r.start < span.end and span.start < r.end and r.entity.type == "PER"]
            if inside:
                return min(inside, key=lambda r: r.start).entity
        if words and words[0] in rules.pronouns:
            plural = words[0] in rules.plural_pronouns
            return _antecedent(sentences, refs, cand, earlier, cand.content.start, plural)
        prev = [e for c, e in earlier if e is not None and c.sentence >= cand.sentence - 1]
        return prev[-1] if prev else None
    if span is None:
        return None
    if _collective_head(text, span, words, refs, rules):
        # "भारत सरकार ने कहा", "रूस की सरकार": the body's own country or organisation, never a person
        head = span.start + len(text[span.start : span.end].rstrip(_TRIM)) - len(words[-1])
        bodies = [
            r
            for r in refs
            if span.start <= r.start
            and r.end <= head
            and r.entity.type != "PER"
            and _words_of(text[r.end : head]) in ([], *([p] for p in rules.possessives))
        ]
        return bodies[-1].entity if bodies else None
    first = cand.speaker_pick == "first"
    inside = [r for r in refs if r.start < span.end and span.start < r.end]
    if inside and len(words) >= 4 and any(c in words for c in rules.conjunctions):
        # "TASS broke the news of X's visit and reported that …": the subject of the coordinated
        # clause, i.e. the first entity of the span that is not a possessor ("Russia’s TASS").
        subject = next((r for r in inside if not _possessive(text, r, rules)), None)
        if subject is not None:
            return subject.entity
    people = [r for r in inside if r.entity.type == "PER"]
    if people:
        return (min(people, key=lambda r: r.start) if first else max(people, key=lambda r: r.end)).entity
    named = _named_in(text, span, refs, rules, first)
    if named is not None:
        return named
    if inside:
        return (min(inside, key=lambda r: r.start) if first else max(inside, key=lambda r: r.end)).entity
    if rules.is_pronoun(span_text):
        plural = _norm_words(span_text) in rules.plural_pronouns
        return _antecedent(sentences, refs, cand, earlier, span.start, plural)
    if rules.has_title(span_text) and not _plural_title(words, rules):
        return _antecedent(sentences, refs, cand, earlier, span.start, False)
    return None


def _collective_head(
    text: str, span: Span, words: Sequence[str], refs: Sequence[_MentionRef], rules: QuoteRules
) -> bool:
    """The speaker phrase ends in a collective noun that no entity mention covers (``… की अध्यक्षता
    वाली पांच जजों की पीठ``): a body speaks, not a person named in its modifiers or before it."""
    if not words or words[-1] not in rules.collective_speakers:
        return False
    head_end = span.start + len(text[span.start : span.end].rstrip(_TRIM))
    return not any(r.start < head_end and head_end <= r.end for r in refs)


def _plural_title(words: Sequence[str], rules: QuoteRules) -> bool:
    """ "officials said", "the ministers said": several unnamed people, not the last person named."""
    last = words[-1] if words else ""
    return last.endswith("s") and last[:-1] in rules.titles


def _possessive(text: str, ref: _MentionRef, rules: QuoteRules) -> bool:
    """The mention is a possessor: "Russia’s …", ``रूस के …``."""
    following = text[ref.end : ref.end + 12]
    next_word = following.split()[0] if following.split() else ""
    return any(following.startswith(p) or next_word == p for p in rules.possessives)


def _named_in(
    text: str, span: Span, refs: Sequence[_MentionRef], rules: QuoteRules, first: bool
) -> Entity | None:
    """An entity the span names by part of its name: a person's surname ("Shoigu", "Secretary Chen"),
    or an organisation's name without its abbreviation (``विदेश मंत्रालय`` for ``विदेश मंत्रालय (MEA)``).
    Mentions before the span are preferred, the most recent first."""
    tokens = _name_words(_span_text(text, span), rules)
    if not tokens:
        return None
    ordered = sorted(refs, key=lambda r: (r.end > span.start, -r.start if r.end <= span.start else r.start))
    # A person: any name word of the span is a word of the person's mention.
    for token in tokens if first else list(reversed(tokens)):
        for ref in ordered:
            if ref.entity.type == "PER" and token in _name_words(text[ref.start : ref.end], rules):
                return ref.entity
    # Another entity: every name word of the span is in one of its mentions.
    for ref in ordered:
        if ref.entity.type != "PER" and set(tokens) <= set(_name_words(text[ref.start : ref.end], rules)):
            return ref.entity
    return None


def _name_words(text: str, rules: QuoteRules) -> list[str]:
    """Words that can be part of a name: capitalised (in a cased script), not a title or function word."""
    skip = rules.titles | rules.stop_words | rules.conjunctions_set | set(rules.possessives)
    out = []
    for raw in text.split():
        word = raw.strip(_WORD_PUNCT).removesuffix("’s").removesuffix("'s")
        if len(word) < 2 or word.casefold() in skip:
            continue
        if word[0].isalpha() and word[0].lower() != word[0].upper() and not word[0].isupper():
            continue  # a lower-case word in a cased script is not a name
        out.append(word.casefold())
    return out


def _antecedent(
    sentences: Sequence[Sentence],
    refs: Sequence[_MentionRef],
    cand: QuoteCandidate,
    earlier: Sequence[tuple[QuoteCandidate, Entity | None]],
    before: int,
    plural: bool,
) -> Entity | None:
    """The most salient compatible entity named before ``before``: an earlier speaker in the same
    sentence, the subject (first person) of the sentence, the previous sentence's speaker or subject,
    then the most recent person. A plural/neuter pronoun also accepts an organisation or country."""
    ok_types = {"PER", "ORG", "GPE"} if plural else {"PER"}
    ordered: list[Entity] = []
    ordered += reversed([e for c, e in earlier if e is not None and c.sentence == cand.sentence])
    sent = sentences[cand.sentence] if cand.sentence < len(sentences) else None
    if sent is not None:
        subject = _first_per(refs, sent.start, before)
        if subject is not None:
            ordered.append(subject)
    for index in range(cand.sentence - 1, -1, -1):
        prev = sentences[index]
        if prev.kind == "caption":
            continue
        ordered += reversed([e for c, e in earlier if e is not None and c.sentence == index])
        subject = _first_per(refs, prev.start, prev.end)
        if subject is not None:
            ordered.append(subject)
        break
    ordered += [r.entity for r in reversed(refs) if r.end <= before]
    return next((e for e in ordered if e.type in ok_types), None)


# ---------------------------------------------------------------------------------------------------
# The stage


class QuoteStage:
    """Finds quotes and attributes them to entities (see the module docstring)."""

    name = "quotes"
    requires = frozenset({"clean", "sentences", "lang", "entities"})
    assigns = frozenset({"quotes"})

    def __init__(self, packs: LanguagePacks) -> None:
        self.rules = load_quote_rules(packs)

    def candidates(self, doc: Document) -> list[QuoteCandidate]:
        rules = self.rules.get(doc.lang or "")
        return find_quote_candidates(doc, rules) if rules and doc.clean else []

    def __call__(self, doc: Document) -> Document:
        rules = self.rules.get(doc.lang or "")
        if rules is None or not doc.clean or not doc.sentences:
            doc.quotes = []
            return doc
        doc.quotes = attribute(doc, find_quote_candidates(doc, rules), rules)
        return doc
