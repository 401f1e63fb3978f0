"""Layer 1 of the quotes stage: quote candidates from the text alone.

See :mod:`khabar.stages.quotes.stage` for the whole stage.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from khabar.model import Document, Sentence, Span
from khabar.stages.quotes.rules import (
    _GAP_STOPS,
    _HARD_BOUNDARIES,
    _TERMINATORS,
    _TRIM,
    _WORD,
    _WORD_PUNCT,
    _WS,
    MAX_HEADING_WORDS,
    CuePattern,
    QuoteRules,
    _norm_words,
    _words_of,
)
from khabar.text.intervals import GrowingSpans
from khabar.text.scripts import DANDA_MARKS

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
    pick: str | None = None  # which mention of the speaker span speaks, when not the pattern's default
    # the speaker span is another verb's subject (see _shared_subject): no quotation closing right
    # before it is this cue's content
    shared: bool = False


def _pick_of(cue: _Cue) -> str:
    if cue.pick is not None:
        return cue.pick
    return "first" if cue.pattern.speaker in {"after", "group", "subject"} else "nearest"


def _strip_span(text: str, start: int, end: int, chars: str = _TRIM) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


# Closing marks that double as apostrophes: one glued to a following letter is an apostrophe (Russia’s,
# it's). Double marks never are: ``है."जफ़रयाब`` (glued copy) closes its quote.
_APOSTROPHES = "’'"


def _mark_at(line: str, i: int, openers: dict[str, str]) -> tuple[str, str] | None:
    """The opening mark at ``i`` and its closing mark: a doubled straight single mark (``''``, which
    Hindi copy writes for a double one) is one mark. A doubled double mark is not: in glued copy
    ``था.""उन्हें`` closes one quotation and opens the next."""
    char = line[i]
    if char not in openers:
        return None
    if char == "'" and openers[char] == char and line.startswith("''", i):
        return "''", "''"
    return char, openers[char]


@functools.lru_cache(maxsize=16)
def _opener_search(openers: tuple[str, ...]) -> Callable[[str, int], re.Match[str] | None]:
    """``search(line, i)``: the first opening mark at or after ``i`` (never matches without openers)."""
    chars = "".join(re.escape(o) for o in openers if len(o) == 1)
    return re.compile(f"[{chars}]" if chars else r"(?!)").search


def _opens_after_comma(line: str, pos: int) -> bool:
    """The mark at ``pos`` follows a comma or colon (spaces between): it opens a quotation
    (``कहते हैं, "…``), it cannot close one."""
    k = pos - 1
    while k >= 0 and line[k] in _WS:
        k -= 1
    return k >= 0 and line[k] in ",:"


def _spaced_closer(line: str, start: int, pos: int, closer: str) -> bool:
    """A straight mark written with a space before it after a sentence's end (``हैं. "अगली``) closes
    the quotation opened at ``start`` when the marks alternate so: no mark between opens another
    quotation (after a comma or colon), and the next mark after it is no closing one (it opens a
    quotation after a comma, or there is none). Glued copy joins a headline or the next paragraph to
    the closing mark this way; read as an opener, it would run the quotation over the next speaker's
    cue."""
    k = pos - 1
    while k >= start and line[k] in _WS:
        k -= 1
    if k < start or line[k] not in _TERMINATORS:
        return False
    seen = line.find(closer, start)
    while 0 <= seen < pos:
        if _opens_after_comma(line, seen):
            return False
        seen = line.find(closer, seen + len(closer))
    nxt = line.find(closer, pos + len(closer))
    return nxt < 0 or _opens_after_comma(line, nxt)


def find_marked(text: str, rules: QuoteRules) -> list[_Marked]:
    """Quotations in marks, paired per line; an opening mark left open runs to the end of its line.
    ``open`` is the opening mark's first character, ``close`` the closing mark's last."""
    found: list[_Marked] = []
    openers = {o: c for o, c in rules.mark_pairs}
    # the next position holding an opener (``_mark_at`` reads one character): one search, instead of
    # a ``_mark_at`` call per character
    next_opener = _opener_search(tuple(openers))
    line_start = 0
    for line in text.split("\n"):
        i, n = 0, len(line)
        while i < n:
            hit = next_opener(line, i)
            if hit is None:
                break
            i = hit.start()
            mark = _mark_at(line, i, openers)
            if mark is None:
                i += 1
                continue
            opener, closer = mark
            before = line[i - 1] if i else " "
            after = line[i + len(opener)] if i + len(opener) < n else " "
            # An opening mark: a known opener not glued to a preceding letter (apostrophes are).
            # A straight mark followed by a space is a closing one; a curly opener may be ("‘ जर्मनी").
            # A straight mark right after a sentence's end closes a quote (glued copy: ``है."अब``); one
            # after a comma or colon opens one even with a space after it (``कहती हैं, " मैं …``).
            straight = closer == opener
            k = i - 1
            while k >= 0 and line[k] in _WS:
                k -= 1
            spaced = after in _WS and (k < 0 or line[k] not in ",:")
            if before.isalnum() or (straight and (spaced or before in _TERMINATORS)):
                i += len(opener)
                continue
            j = i + len(opener)
            close = -1
            # a closing mark too far away closes someone else's quote ("…" left open in scraped copy)
            limit = min(n, j + rules.max_quote_chars) if rules.max_quote_chars else n
            while j < limit:
                j = line.find(closer, j)  # the next place the closing mark starts (may run past limit)
                if j < 0 or j >= limit:
                    break
                if line.startswith(closer, j):
                    nxt = line[j + len(closer)] if j + len(closer) < n else " "
                    # (an apostrophe follows a letter: ``है.'सहारा`` closes, ``Russia’s`` does not)
                    glued = nxt.isalnum() and closer in _APOSTROPHES and line[j - 1].isalnum()
                    if not glued and line[j - 1] not in _WS:
                        close = j
                        break
                    if straight and rules.spaced_closers and _spaced_closer(line, i + len(opener), j, closer):
                        close = j
                        break
                j += 1
            if close < 0 and limit < n:
                # no closing mark near: a stray mark (or a closing one out of step), not an opening
                i += len(opener)
                continue
            end = close if close >= 0 else n
            close_end = close + len(closer) if close >= 0 else n
            # a quotation opened with ' and closed with '' (copy mixes them): the whole run closes it
            while close >= 0 and close_end < n and line[close_end] == "'" and closer == "'":
                close_end += 1
            start_c, end_c = _strip_span(line, i + len(opener), end, _WS + ",")
            if end_c > start_c:
                found.append(
                    _Marked(
                        line_start + i,
                        line_start + close_end - 1 if close >= 0 else -1,
                        Span(line_start + start_c, line_start + end_c),
                    )
                )
            i = close_end
        line_start += len(line) + 1
    return found


class _Lines:
    """Where the line around a position starts and ends, by bisection over the newlines (a search
    back through the text per sentence is quadratic on an article written on one line)."""

    __slots__ = ("length", "newlines")

    def __init__(self, text: str) -> None:
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.length = len(text)

    def start(self, pos: int) -> int:
        """``text.rfind("\\n", 0, pos) + 1``."""
        k = bisect_left(self.newlines, pos)
        return self.newlines[k - 1] + 1 if k else 0

    def end(self, pos: int) -> int:
        """``text.find("\\n", pos)``, or the text's length when no newline follows."""
        k = bisect_left(self.newlines, pos)
        return self.newlines[k] if k < len(self.newlines) else self.length


def _usable_sentences(doc: Document, rules: QuoteRules, lines: _Lines | None = None) -> list[int]:
    text = doc.clean or ""
    lines = lines or _Lines(text)
    usable = []
    skipped: dict[int, bool] = {}  # per line start: the sentences of a paragraph share its line
    prefixes = tuple(rules.skip_line_prefixes)
    for index, sentence in enumerate(doc.sentences or []):
        if sentence.kind == "caption":
            continue
        line_start = lines.start(sentence.start)
        skip = skipped.get(line_start)
        if skip is None:
            skip = skipped[line_start] = _norm_words(text[line_start : line_start + 40]).startswith(prefixes)
        if skip:
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
    stripped = _drop_trailing(region.rstrip(_WS), rules.speaker_trailing)
    participle = _without_participle(stripped, rules.participle_markers)
    if participle is not None:
        stripped = participle
    pos = region_start + len(stripped)
    if not stripped.strip(_TRIM):
        return None
    commas = [i for i, ch in enumerate(stripped) if ch == ","]
    if stripped.endswith(","):
        # An appositive ends right before the cue: take it and the name before it.
        head_from = commas[-3] + 1 if len(commas) >= 3 else 0
        relative = next(
            (c for c in commas[:-1] if c >= head_from and _starts_relative(stripped, c, rules)), None
        )
        if relative is not None:
            # "The Times, which is owned by Murdoch, had reported": the head before the relative clause
            pos = region_start + relative
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
    if participle is not None and rules.reflexives:
        # "वे अपना अनुभव [बताते हुए]": the subject ends before the reflexive that opens the object
        words = [text[span_start + s : span_start + e].strip(_WORD_PUNCT).casefold() for s, e in kept]
        first = max((i for i, w in enumerate(words) if w in rules.reflexives), default=-1)
        if first + 1 < len(kept) and first >= 0:
            kept = kept[first + 1 :]
    if not kept:
        return None
    if (
        len(kept) > 1
        and rules.is_pronoun(text[span_start + kept[0][0] : span_start + kept[0][1]])
        and all(any(ch.isalpha() for ch in text[span_start + s : span_start + e]) for s, e in kept[1:])
    ):
        # a pronoun right before the cue is the subject; words before it belong to another clause
        # ("हालांकि वो कहती हैं", a headline glued before "उन्होंने बताया"); a lone mark before it
        # (a quotation's closing mark, ``”`` he said) stays, the quotation is found from it
        kept = kept[:1]
    s0, e0 = _strip_span(text, span_start + kept[-1][0], span_start + kept[0][1])
    return Span(s0, e0) if e0 > s0 else None


def _starts_relative(region: str, comma: int, rules: QuoteRules) -> bool:
    """A relative clause opens after the comma at ``comma`` (", who …", ", which …")."""
    after = region[comma + 1 :].split(maxsplit=1)
    return bool(after) and after[0].casefold() in rules.relative_pronouns


def _drop_trailing(region: str, trailing: frozenset[str]) -> str:
    """``region`` without the auxiliaries and adverbs that end it before the cue ("Singh, who was
    the SPP, had [told]", "He, however, [regretted]"): the subject's phrase ends before them."""
    while trailing:
        cut = region.rstrip(_WS)
        space = max(cut.rfind(c) for c in _WS)
        word = cut[space + 1 :]
        if not word or word.strip(_WORD_PUNCT).casefold() not in trailing or space < 0:
            return cut
        region = cut[: space + 1]
    return region


def _without_participle(region: str, markers: frozenset[str]) -> str | None:
    """``region`` without an imperfective participle and its marker at its end ("अनुराग जवाब देते
    हुए" → "अनुराग जवाब"), else None (no participle ends it)."""
    if not markers:
        return None
    words = region.split()
    if len(words) < 3 or words[-1].casefold() not in markers:
        return None
    cut = region.rstrip(_WS)
    for _ in range(2):
        cut = cut[: max(cut.rfind(c) for c in _WS) + 1].rstrip(_WS)
    return cut


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


_NOT_AFTER_WORD = r"(?<!\S)"  # how most cue patterns begin


@functools.lru_cache(maxsize=256)
def _screen(regex: re.Pattern[str]) -> Callable[[str], re.Match[str] | None]:
    r"""A search that finds something in every text where ``regex`` does: the regex without its leading
    ``(?<!\S)``. That lookbehind, tried at every position, makes most of a cue pattern's cost; without
    it the regex engine can jump to where its first word is (a weaker test, so never a miss)."""
    if regex.pattern.startswith(_NOT_AFTER_WORD):
        return re.compile(regex.pattern.removeprefix(_NOT_AFTER_WORD), regex.flags).search
    return regex.search


def _find_cues(
    text: str,
    sentences: Sequence[Sentence],
    usable: list[int],
    rules: QuoteRules,
    marks: frozenset[int] = frozenset(),
) -> list[_Cue]:
    cues: list[_Cue] = []
    # each pattern's screen looked up once per article, not per sentence: the lookup hashes the
    # compiled pattern, and a pattern's hash (its whole compiled code) is not cached (~1 µs each)
    screened = [(pattern, _screen(pattern.regex)) for pattern in rules.patterns]
    for index in usable:
        sent = sentences[index]
        body = text[sent.start : sent.end]
        taken: list[Span] = []
        here: list[_Cue] = []  # this sentence's cues so far
        for pattern, screen in screened:
            if not screen(body):
                continue  # (most sentences hold no match of most patterns)
            for m in pattern.regex.finditer(body):
                cs, ce = m.span("cue")
                cue = Span(sent.start + cs, sent.start + ce)
                if any(cue.start < t.end and t.start < cue.end for t in taken):
                    continue  # an earlier (more specific) pattern already read this cue
                start, end = sent.start + m.start(), sent.start + m.end()
                speaker: Span | None
                pick: str | None = None
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
                    shared = _shared_subject(text, sent.start, start, speaker, here, rules, marks)
                    if shared is not None:
                        speaker, pick = shared
                taken.append(cue)
                here.append(_Cue(pattern, start, end, cue, speaker, index, pick, shared=pick is not None))
        for k, found in enumerate(here):
            if found.pattern.speaker != "subject":
                continue
            # "X said …, while adding that …": the participle shares the subject of a verb before it
            # in the sentence, which says who speaks better than the sentence's first mention
            verb = max(
                (
                    c
                    for c in here
                    if c.speaker and c.pattern.speaker == "before" and c.match_end <= found.match_start
                ),
                key=lambda c: c.match_start,
                default=None,
            )
            if verb is not None:
                here[k] = _Cue(
                    found.pattern,
                    found.match_start,
                    found.match_end,
                    found.cue,
                    verb.speaker,
                    index,
                    _pick_of(verb),
                    shared=True,
                )
        cues.extend(here)
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


def _shared_subject(
    text: str,
    sent_start: int,
    pos: int,
    speaker: Span | None,
    here: Sequence[_Cue],
    rules: QuoteRules,
    marks: frozenset[int],
) -> tuple[Span | None, str] | None:
    """The subject a cue at ``pos`` shares with an earlier verb of its sentence, when it has none of
    its own: after a conjunction ("Kirby said …, but warned that …", "The court directed … and said
    that …", ``… ख़ुश हैं और कहते हैं कि``), or right after a quotation set inside the clause ("Mr
    Sharif, while saying that “…”, observed that …"). The speaker of an earlier cue of the sentence;
    after a conjunction with none, the sentence's subject (its first mention, read from its start)."""
    words = _words_of(text[speaker.start : speaker.end]) if speaker is not None else []
    after_conjunction = (bool(words) and words[-1] in rules.conjunctions_set) or (
        speaker is None and _follows_conjunction(text, sent_start, pos, rules)
    )
    after_quotation = speaker is None and _after_mark(text, sent_start, pos, marks)
    if not (after_conjunction or after_quotation):
        return None
    # (this sentence's cues are the last ones found: look no further back)
    earlier = next((c for c in reversed(here) if c.speaker and c.match_end <= pos), None)
    if earlier is not None:
        return earlier.speaker, _pick_of(earlier)
    if not words or not after_conjunction or speaker is None:  # (words are the speaker's)
        return None
    # the clause from the sentence's start, with its conjunction: attribution takes the first mention
    # that is no possessor of a coordinated phrase as its subject (a dateline "Mumbai: The court
    # directed …" is cut at its colon)
    start = max(
        [sent_start] + [k + 1 for k in range(sent_start, speaker.start) if text[k] in _HARD_BOUNDARIES]
    )
    s0, e0 = _strip_span(text, start, speaker.end)
    return (Span(s0, e0), "first") if e0 > s0 else None


def _after_mark(text: str, start: int, pos: int, marks: frozenset[int]) -> bool:
    """Only punctuation stands between a quotation's closing mark and ``pos`` (", observed that")."""
    k = pos - 1
    while k >= start and text[k] in _TRIM:
        k -= 1
    return k >= start and k in marks


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


def _is_heading(text: str, sent: Sentence, lines: _Lines | None = None) -> bool:
    """A whole line with no sentence-final punctuation: a headline or subheading."""
    lines = lines or _Lines(text)
    line_start, line_end = lines.start(sent.start), lines.end(sent.end)
    whole = not text[line_start : sent.start].strip() and not text[sent.end : line_end].strip()
    body = text[sent.start : sent.end].rstrip("\"'”’» ")
    return whole and body[-1:] not in _TERMINATORS and len(body.split()) <= MAX_HEADING_WORDS


def find_quote_candidates(doc: Document, rules: QuoteRules) -> list[QuoteCandidate]:
    """Quotes, their cues and speaker text spans, from the clean text and sentences only."""
    text = doc.clean or ""
    sentences = doc.sentences or []
    lines = _Lines(text)
    usable = _usable_sentences(doc, rules, lines)
    usable_set = set(usable)
    all_marked = find_marked(text, rules)
    marked = [
        q
        for q in all_marked
        if len(_words_of(text[q.content.start : q.content.end])) >= rules.min_words_with_cue
    ]
    mark_positions = frozenset(p for q in all_marked for p in (q.open, q.close) if p >= 0)
    by_open = {q.open: q for q in marked}
    opening_marks = frozenset(o for o, _ in rules.mark_pairs)
    by_close = {q.close: q for q in marked if q.close >= 0}
    cues = _find_cues(text, sentences, usable, rules, mark_positions)
    speech_sentences = {c.sentence for c in cues if c.pattern.kind == "speech"}
    claimed: set[int] = set()
    out: list[QuoteCandidate] = []
    # Look-ups by bisection or by sentence, so that the work per quote does not grow with the article
    # (a one-line article of thousands of sentences): the quotes found so far, the quotations by
    # opening mark (found in text order), the sentences by start (in text order, disjoint), and each
    # sentence's cues with their place in ``cues``.
    out_spans = GrowingSpans()
    opens = [q.open for q in marked]
    sentence_starts = [s.start for s in sentences]
    cue_starts = sorted(c.match_start for c in cues)
    cues_of: dict[int, list[tuple[int, _Cue]]] = {}
    for n, cue in enumerate(cues):
        cues_of.setdefault(cue.sentence, []).append((n, cue))

    def emit(found: QuoteCandidate) -> None:
        out.append(found)
        out_spans.add(found.content.start, found.content.end)

    def sentence_of(pos: int) -> int | None:
        i = bisect_right(sentence_starts, pos) - 1
        return i if i >= 0 and pos < sentences[i].end else None

    def marked_within(start: int, end: int) -> list[_Marked]:
        return marked[bisect_left(opens, start) : bisect_left(opens, end)]

    for n, cue in enumerate(cues):
        sent = sentences[cue.sentence]
        if cue.pattern.kind == "source" and cue.sentence in speech_sentences:
            continue  # "TASS के अनुसार, … वांग ने कहा कि …": the person speaks, the agency is a source
        pick = _pick_of(cue)
        if cue.pattern.content == "before":
            # "…। यह बात X ने कही।", "…, यह जानकारी X ने दी।": the content is already written
            found = _content_before(text, sentences, usable_set, cue, by_close, marked_within, lines)
            if found is None:
                continue
            # names of their own (not ``direct``/``content`` below): mypyc gives a name one type per function
            written_quote, written = found
            if written_quote is not None:
                if written_quote.open in claimed:
                    continue
                claimed.add(written_quote.open)
                written = written_quote.content
            if out_spans.overlaps(written.start, written.end):
                continue  # the clause is already another cue's quote
            emit(_cue_quote(cue, written, written_quote is not None, pick))
            continue
        end = _content_end(text, sent)
        # A later cue in the sentence ends this one's content (at its speaker, or at its match).
        nxt = next(
            (c for k, c in cues_of[cue.sentence] if k > n and c.match_start >= cue.match_end),
            None,
        )
        limit = end
        if nxt is not None:
            # (a cue whose speaker follows it, "…, according to state media", ends at the cue itself)
            nxt_speaker = nxt.speaker
            speaker_first = nxt_speaker is not None and nxt_speaker.end <= nxt.match_start
            cut = (
                nxt_speaker.start
                if nxt_speaker is not None and speaker_first and nxt_speaker.start >= cue.match_end
                else nxt.match_start
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
                gap_words = _words_of(gap)
                if (
                    len(gap_words) <= rules.max_words_to_mark
                    and not any(t in gap for t in _GAP_STOPS)
                    and not rules.finite_words.intersection(gap_words)
                ):
                    direct = q
                break
        if direct is None and content is None and cue.speaker is not None and not cue.shared:
            # "“…,” he reminded the Centre, …": a quotation closing right before the speaker is what was
            # said, before any clause after the verb ("the Centre, …" is its object, not its content)
            before = text[: min(cue.speaker.start, cue.cue.start)].rstrip(_TRIM)
            if before and (len(before) - 1) in by_close:
                direct = by_close[len(before) - 1]
        if direct is None and content is None:
            content = _zero_that(text, cue, pos, limit, end, rules)
        if direct is None and content is None and cue.speaker is not None and not cue.shared:
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
            elif _is_heading(text, sent, lines):
                continue  # "जर्मनी ने कहा, तत्काल कार्रवाई रोके रूस" as a subheading
        opened = False
        if content is not None and direct is None and text[content.start] in opening_marks:
            # An opening mark right after the cue whose closing mark is not near (a long or unclosed
            # quotation): a direct quote that ends with its sentence.
            s0, e0 = _strip_span(text, content.start + 1, content.end, _WS + ",")
            if not any(text[k] in opening_marks for k in range(s0, e0)):
                content, opened = Span(s0, e0), True
        if (
            rules.dropped_openers
            and content is not None
            and direct is None
            and not opened
            and "," in text[cue.match_end : content.start]
        ):
            line_end = lines.end(content.start)
            open_before = _unpaired_mark(
                text, lines.start(cue.match_start), cue.match_start, mark_positions, rules
            )
            close = (
                None
                if open_before
                else _dropped_opener_close(text, content.start, line_end, mark_positions, rules)
            )
            if close is not None and not _cue_between(cue_starts, content.start, close):
                s0, e0 = _strip_span(text, content.start, close)
                content, opened = Span(s0, e0), True
        if direct is not None:
            if direct.open in claimed:
                continue
            claimed.add(direct.open)
            content = direct.content
        if content is None or content.end <= content.start:
            continue
        emit(_cue_quote(cue, content, direct is not None or opened, pick))
    # Quotations with no cue: long ones only (short ones are titles and scare quotes).
    for q in marked:
        if q.open in claimed:
            continue
        index = sentence_of(q.open)
        if index is None or index not in usable_set:
            continue
        if out_spans.overlaps(q.open, q.open + 1):
            continue  # a quotation inside a reported quote
        if len(_words_of(text[q.content.start : q.content.end])) < rules.min_words_without_cue:
            continue
        s0, e0 = _strip_span(text, sentences[index].start, q.open)
        emit(
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
    return _drop_nested(out, text, opening_marks)


_SENTENCE_ENDS = ".।?!"


def _dropped_opener_close(
    text: str, start: int, line_end: int, mark_positions: frozenset[int], rules: QuoteRules
) -> int | None:
    """The position of the closing mark that ends comma content whose opening mark was dropped
    (``कहा, हमें मदद मिली. हम डरे थे."फिर``): the first quote mark of the line after ``start``, within
    ``max_quote_chars``, when it pairs with no other mark and follows a sentence's end; else None."""
    limit = min(line_end, start + rules.max_quote_chars) if rules.max_quote_chars else line_end
    closers = {c for _, c in rules.mark_pairs}
    openers = {o for o, _ in rules.mark_pairs}
    for k in range(start, limit):
        ch = text[k]
        if ch not in closers and ch not in openers:
            continue
        if _paired(text, k, mark_positions) or ch not in closers:
            return None  # a quotation of its own comes first, or the cue is inside one
        before = text[start:k].rstrip(_WS)
        return k if before and before[-1] in _SENTENCE_ENDS else None
    return None


def _unpaired_mark(
    text: str, start: int, end: int, mark_positions: frozenset[int], rules: QuoteRules
) -> bool:
    """A quote mark that pairs with none stands in [start, end), within ``max_quote_chars`` of ``end``:
    the cue may be inside a quotation whose closing mark is the one found after it ("वो कहती हैं, ''…
    मैं उनसे कहती थी, …''"), so that mark is no proof of a dropped opener."""
    if rules.max_quote_chars:
        start = max(start, end - rules.max_quote_chars)
    marks = {c for pair in rules.mark_pairs for c in pair}
    return any(text[k] in marks and not _paired(text, k, mark_positions) for k in range(start, end))


def _paired(text: str, k: int, mark_positions: frozenset[int]) -> bool:
    """The mark at ``k`` opens or closes a quotation found; a doubled mark (``''``) is recorded at one
    of its two characters."""
    return k in mark_positions or any(
        j in mark_positions and text[j] == text[k] for j in (k - 1, k + 1) if 0 <= j < len(text)
    )


def _cue_between(cue_starts: list[int], start: int, end: int) -> bool:
    """A cue begins inside [start, end) (the stretch holds another speaker's words)."""
    k = bisect_left(cue_starts, start)
    return k < len(cue_starts) and cue_starts[k] < end


def _drop_nested(
    found: list[QuoteCandidate], text: str, opening_marks: frozenset[str]
) -> list[QuoteCandidate]:
    """Reported speech inside a quotation (``वो बताते हैं, "दो अमरीकियों ने मुझसे कहा कि …"``, "“…
    the minister told me that …”") is the quoted speaker's own account, not a quote of the article:
    a reported candidate whose cue lies inside a direct candidate's content is dropped."""
    direct = GrowingSpans()
    for c in found:
        if c.direct:
            direct.add(c.content.start, c.content.end)
    if not len(direct):
        return found
    return [
        c
        for c in found
        if c.direct
        or c.cue is None
        or not direct.contains(c.cue.start, c.cue.end)
        or _opens_quotation(text, c.content.start, opening_marks)
    ]


def _opens_quotation(text: str, start: int, opening_marks: frozenset[str]) -> bool:
    """An opening mark stands at ``start`` or right before it: the content is itself a quotation,
    so the quotation that seemed to hold its cue was paired with this mark by mistake (glued copy:
    ``… कहा कि ''A … . X ने कहा कि ''B …``)."""
    head = text[max(0, start - 3) : start + 1].replace(" ", "")
    return any(m in head for m in opening_marks)


_MAX_ADVERBIAL_WORDS = 3  # words that may stand before an anaphoric cue at a sentence's start


def _content_before(
    text: str,
    sentences: Sequence[Sentence],
    usable: set[int],
    cue: _Cue,
    by_close: dict[int, _Marked],
    marked_within: Callable[[int, int], list[_Marked]],
    lines: _Lines | None = None,
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
    if _is_heading(text, prev, lines):
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
    # A content cut short by a following cue loses a trailing conjunction ("… है और"); the cue after a
    # conjunction opens a clause of its own ("… नहीं हो रहे हैं लेकिन माओवादियों का आरोप है कि …").
    coordinated = False
    for conj in rules.conjunctions:
        if text[s0:e0].endswith(" " + conj):
            s0, e0 = _strip_span(text, s0, e0 - len(conj) - 1)
            coordinated = True
    if limit < end and not coordinated and not re.search(r"[,;:]", text[e0:limit]):
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
        if not i and rules.max_gap_words and bare.casefold() in rules.pronouns:
            break  # "said he was glad that …": a subject pronoun starts the clause, its "that" is inner
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
