"""Layer 2 of the quotes stage: tie each candidate's speaker to an entity.

See :mod:`khabar.stages.quotes.stage` for the whole stage.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from khabar.model import Document, Entity, Quote, Sentence, Span
from khabar.stages.quotes.candidates import QuoteCandidate
from khabar.stages.quotes.rules import _TRIM, _WORD_PUNCT, QuoteRules, _norm_words, _words_of
from khabar.text.intervals import GrowingSpans


@dataclass(slots=True, frozen=True)
class _MentionRef:
    start: int
    end: int
    entity: Entity


class _Mentions(list[_MentionRef]):
    """Every entity mention of a document, sorted by start, with what attribution looks up often kept
    once per document: the start offsets (for ranges by bisection), the longest mention, and each
    mention's name words and the mentions per name word (so naming a speaker by part of a name is
    one look-up, not a re-reading of every mention for every quote)."""

    def __init__(self, refs: Iterable[_MentionRef], text: str, rules: QuoteRules) -> None:
        super().__init__(sorted(refs, key=lambda r: (r.start, -r.end)))
        self.starts = [r.start for r in self]
        self.text = text
        # entity id → "f" | "m", from a title or kin noun right before a mention ("श्रीमती", "Mr")
        self.genders: dict[str, str] = {}
        for ref in self:
            if ref.entity.type == "PER" and ref.entity.id not in self.genders:
                before = text[max(0, ref.start - 24) : ref.start].split()
                word = before[-1].strip(_WORD_PUNCT).casefold() if before else ""
                if word in rules.female_titles:
                    self.genders[ref.entity.id] = "f"
                elif word in rules.male_titles:
                    self.genders[ref.entity.id] = "m"
        self.longest = max((r.end - r.start for r in self), default=0)
        self.words: dict[tuple[int, int], tuple[str, ...]] = {}
        self.by_word: dict[str, list[_MentionRef]] = {}
        # per set of entity types, answers that depend on the whole article (computed once)
        self._first_end: dict[frozenset[str], int | None] = {}
        self._main: dict[frozenset[str], Entity | None] = {}
        for ref in self:
            key = (ref.start, ref.end)
            if key not in self.words:
                self.words[key] = tuple(_name_words(text[ref.start : ref.end], rules))
            for word in set(self.words[key]):
                self.by_word.setdefault(word, []).append(ref)

    def overlapping(self, start: int, end: int) -> list[_MentionRef]:
        """Mentions that overlap ``[start, end)``, in order."""
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return [r for r in self[lo:hi] if r.end > start]

    def within(self, start: int, end: int) -> list[_MentionRef]:
        """Mentions inside ``[start, end]``, in order."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [r for r in self[lo:hi] if r.end <= end]

    def before(self, pos: int, floor: int = 0) -> Iterator[_MentionRef]:
        """Mentions that end by ``pos`` and start at ``floor`` or later, the most recent first."""
        hi = bisect_left(self.starts, pos)
        for ref in reversed(self[:hi]):
            if ref.start < floor:
                return
            if ref.end <= pos:
                yield ref

    def any_ended_by(self, pos: int, types: frozenset[str]) -> bool:
        """Some mention of an entity of ``types`` lies in ``[0, pos]`` (as :meth:`within` reads it)."""
        if types not in self._first_end:
            # a mention lies in [0, pos] when it starts at 0 or later and both start < pos, end <= pos
            ends = [max(r.end, r.start + 1) for r in self if r.start >= 0 and r.entity.type in types]
            self._first_end[types] = min(ends, default=None)
        first = self._first_end[types]
        return first is not None and first <= pos

    def main_entity(self, types: frozenset[str]) -> Entity | None:
        """The entity of ``types`` the article names most often (the earliest on a tie)."""
        if types not in self._main:
            self._main[types] = _main_person(self, types)
        return self._main[types]


class _Resolved(list[tuple[QuoteCandidate, Entity | None]]):
    """The quotes attributed so far, in attribution order, with what attribution asks of them kept as
    they are added: the speakers per sentence, the latest speaker from a sentence on, and the quoted
    spans. Each question then costs the same however many quotes the article has (a scan over every
    earlier quote for every new one is quadratic on a long article)."""

    def __init__(self, sentences: int) -> None:
        super().__init__()
        self.contents = GrowingSpans()
        self.by_sentence: dict[int, list[Entity]] = {}
        # a Fenwick tree over sentence indices read from the end: the largest position (1-based, in
        # this list) of a quote with a speaker in any sentence from index i on
        self._size = max(sentences, 0) + 1
        self._latest = [0] * (self._size + 1)

    def add(self, cand: QuoteCandidate, speaker: Entity | None) -> None:
        self.append((cand, speaker))
        self.contents.add(cand.content.start, cand.content.end)
        if speaker is None:
            return
        self.by_sentence.setdefault(cand.sentence, []).append(speaker)
        i = self._slot(cand.sentence)
        while i <= self._size:
            self._latest[i] = max(self._latest[i], len(self))
            i += i & -i

    def _slot(self, sentence: int) -> int:
        # sentence indices from the end, 1-based; an index past the sentences counts as the last one
        return self._size - min(max(sentence, 0), self._size - 1)

    def speakers_in(self, sentence: int) -> list[Entity]:
        """The speakers of this sentence's quotes so far, in attribution order."""
        return self.by_sentence.get(sentence, [])

    def latest_speaker_from(self, sentence: int) -> Entity | None:
        """The speaker of the latest quote (with a speaker) in ``sentence`` or any later sentence."""
        best, i = 0, self._slot(sentence)
        while i > 0:
            best = max(best, self._latest[i])
            i -= i & -i
        return self[best - 1][1] if best else None


def _mention_index(entities: Iterable[Entity], text: str, rules: QuoteRules) -> _Mentions:
    return _Mentions((_MentionRef(m.start, m.end, e) for e in entities for m in e.mentions), text, rules)


def _as_mentions(refs: Sequence[_MentionRef], text: str, rules: QuoteRules) -> _Mentions:
    return refs if isinstance(refs, _Mentions) else _Mentions(refs, text, rules)


def _mention_words(
    text: str, ref: _MentionRef, rules: QuoteRules, refs: Sequence[_MentionRef] = ()
) -> tuple[str, ...]:
    if isinstance(refs, _Mentions):
        known = refs.words.get((ref.start, ref.end))
        if known is not None:
            return known
    return tuple(_name_words(text[ref.start : ref.end], rules))


def _first_per(refs: _Mentions, start: int, end: int) -> Entity | None:
    return next((r.entity for r in refs.within(start, end) if r.entity.type == "PER"), None)


def attribute(doc: Document, candidates: Sequence[QuoteCandidate], rules: QuoteRules) -> list[Quote]:
    """Tie each candidate's speaker span to an entity id; see the module docstring for the order."""
    text = doc.clean or ""
    sentences = doc.sentences or []
    refs = _mention_index(doc.entities or [], text, rules)
    resolved = _Resolved(len(sentences))
    quotes: list[Quote] = []
    for cand in candidates:
        # a person named as the speaker of a gendered cue ("उज्ज्वला बताती हैं") has that gender
        gender = _cand_gender(text, cand, rules)
        if gender and cand.speaker is not None and cand.cue_kind == "speech":
            named = [
                r for r in refs.overlapping(cand.speaker.start, cand.speaker.end) if r.entity.type == "PER"
            ]
            if len(named) == 1:
                refs.genders.setdefault(named[0].entity.id, gender)
    unnamed_at = -2  # the sentence of the latest quote whose speaker is an unnamed group
    for cand in sorted(candidates, key=lambda c: (c.cue or c.content).start):
        if _indirect_question(text, cand, rules):
            continue  # "अदालत ने पूछा कि …": an indirect question, no statement quoted
        described = _described_person(text, cand.speaker, refs, rules) if cand.cue_kind != "none" else None
        if described is not None:
            # "अफरीदी के भाई ने कहा" after "अफरीदी के भाई मुश्ताक ने …": the person so described speaks
            resolved.add(cand, described)
            quotes.append(
                Quote(
                    start=cand.content.start,
                    end=cand.content.end,
                    speaker=described.id,
                    direct=cand.direct,
                    cue=cand.cue,
                )
            )
            continue
        if cand.cue_kind != "none" and (
            _unnamed_speaker(text, cand.speaker, refs, rules)
            or (
                cand.sentence - unnamed_at <= 1
                and (_plural_pronoun(text, cand.speaker, rules) or _group_pronoun(text, cand.speaker, rules))
            )
        ):
            # "जानकार मानते हैं कि …", "sources said …. “…,” they said": nobody named speaks; the
            # words quoted are still theirs (no antecedent for a later pronoun is taken from them).
            # A pronoun that may stand for a group or an honorific person ("उनका", "उन्होंने") right
            # after continues the unnamed speaker ("पिता ने लिखा कि …. उनका कहना है कि …")
            resolved.contents.add(cand.content.start, cand.content.end)
            unnamed_at = cand.sentence
            continue
        unnamed_at = -2
        speaker = _resolve(text, sentences, refs, cand, resolved, rules)
        if cand.cue_kind == "source" and (
            speaker is None or rules.is_agency(speaker, _span_text(text, cand.speaker))
        ):
            continue  # "according to TASS, …": a source, not a speaker (and no quote without one)
        resolved.add(cand, speaker)
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
    refs: _Mentions,
    cand: QuoteCandidate,
    earlier: _Resolved,
    rules: QuoteRules,
) -> Entity | None:
    """The speaker entity: a person mentioned in the speaker span; a person the span names by part of
    the name ("Shoigu", ``नेतन्याहू``); another entity mentioned there; a pronoun's or title's
    antecedent; a bare collective noun's body; for a quotation with no cue, the previous sentence's
    speaker, else the person that sentence is about (its subject)."""
    span = cand.speaker
    span_text = _span_text(text, span)
    words = _words_of(span_text)
    if cand.cue_kind == "none":
        return _uncued_speaker(sentences, refs, cand, earlier, span, words, rules)
    if span is None:
        return None
    if _collective_head(text, span, words, refs, rules):
        # "भारत सरकार ने कहा", "रूस की सरकार": the body's own country or organisation, never a person
        head = span.start + len(text[span.start : span.end].rstrip(_TRIM)) - len(words[-1])
        bodies = [
            r
            for r in refs.within(span.start, head)
            if r.entity.type != "PER"
            and _words_of(text[r.end : head]) in ([], *([p] for p in rules.possessives))
        ]
        if bodies:
            return bodies[-1].entity
        return _collective_antecedent(text, refs, words[-1], span.start, rules)
    if _unnamed_group(text, span, words, refs, rules):
        return None
    first = cand.speaker_pick == "first"
    inside = refs.overlapping(span.start, span.end)
    if inside and len(words) >= 4 and any(c in words for c in rules.conjunctions):
        # "TASS broke the news of X's visit and reported that …": the subject of the coordinated
        # clause, i.e. the first entity of the span that is not a possessor ("Russia’s TASS").
        subject = next((r for r in inside if not _possessive(text, r, rules)), None)
        if subject is not None:
            # "CPI general secretary D Raja blamed … and maintained that …": a body before a title and
            # a person's name modifies that person, who is the subject
            person = next((r for r in inside if r.start >= subject.end and r.entity.type == "PER"), None)
            if (
                subject.entity.type != "PER"
                and person is not None
                and all(w in rules.titles for w in _words_of(text[subject.end : person.start]))
            ):
                return person.entity
            last = inside[-1]
            head_end = span.start + len(text[span.start : span.end].rstrip(_TRIM))
            between = _words_of(text[subject.end : last.start])
            if (
                subject.entity.type != "PER"
                and last.entity.type == "PER"
                and last.end >= head_end
                and (subject.entity.kb_id is None or (between and between[0] not in rules.conjunctions))
            ):
                # "माओवादी समर्थक और लोक गायक ग़दर का कहना था": an unnamed group, or a name modifying a
                # common noun (माओवादी "समर्थक"), beside a person named at the phrase's head describes
                # that person, who speaks
                return last.entity
            return subject.entity
    people = [r for r in inside if r.entity.type == "PER"]
    if (
        people
        and words[-1] not in rules.titles
        and all(_possessor(text, span, r, refs, rules) for r in people)
    ):
        return None  # "रोहित की मां ने कहा": the person's kin or lawyer speaks, unnamed here
    if people:
        return (min(people, key=lambda r: r.start) if first else max(people, key=lambda r: r.end)).entity
    named = _named_in(text, span, refs, rules, first)
    if named is not None:
        return named
    inside = [r for r in inside if not _place_modifier(text, span, r, rules)]
    if inside:
        return (min(inside, key=lambda r: r.start) if first else max(inside, key=lambda r: r.end)).entity
    if rules.is_pronoun(span_text):
        plural = _norm_words(span_text) in rules.plural_pronouns
        group = _norm_words(span_text) in rules.group_pronouns
        return _antecedent(sentences, refs, cand, earlier, span.start, plural, rules, group)
    bodies_named = [w for w in words if w in rules.collective_speakers]
    if bodies_named and all(w in rules.titles or w in rules.collective_speakers for w in words):
        # "पार्टी प्रवक्ता ने कहा", "the ministry spokesman said": the body named before speaks
        return _collective_antecedent(text, refs, bodies_named[-1], span.start, rules)
    if rules.has_title(span_text) and not _plural_title(words, rules):
        return _antecedent(sentences, refs, cand, earlier, span.start, False, rules)
    return None


def _uncued_speaker(
    sentences: Sequence[Sentence],
    refs: _Mentions,
    cand: QuoteCandidate,
    earlier: _Resolved,
    span: Span | None,
    words: Sequence[str],
    rules: QuoteRules,
) -> Entity | None:
    """A quotation with no cue: a person named before it in its sentence; a pronoun's antecedent; the
    speaker of a quote in this or the previous sentence; else the subject (first person) of the
    previous sentence when that sentence introduces it ("SP's Mulayam Singh Yadav also attacked the
    government. “That means …”"). Its limit: a quotation after a sentence about someone else gets
    that sentence's subject, so only the sentence right before is read."""
    if span is not None:
        inside = [r for r in refs.overlapping(span.start, span.end) if r.entity.type == "PER"]
        if inside:
            return inside[0].entity
    if words and words[0] in rules.pronouns:
        plural = words[0] in rules.plural_pronouns
        return _antecedent(sentences, refs, cand, earlier, cand.content.start, plural, rules)
    prev = earlier.latest_speaker_from(cand.sentence - 1)
    if prev is not None:
        return prev
    if earlier and earlier[-1][1] is not None and cand.direct:
        # a quotation that opens the next paragraph right after the previous one closed, nothing but
        # marks between ("X ने कहा, "… . … ."¶"…"): the same speaker goes on, however many sentences
        # the quotation before ran over
        last = earlier[-1][0].content
        gap = refs.text[last.end : cand.content.start] if last.end <= cand.content.start else "x"
        if "\n" in gap and not any(ch.isalnum() for ch in gap):
            return earlier[-1][1]
    if span is None and 0 < cand.sentence < len(sentences):
        before = sentences[cand.sentence - 1]
        if before.kind != "caption":
            return _first_per(refs, before.start, before.end)
    return None


def _unnamed_speaker(text: str, span: Span | None, refs: _Mentions, rules: QuoteRules) -> bool:
    """The speaker phrase is headed by a noun for unnamed people (``rules.unnamed_groups``: "defence
    sources", ``विश्लेषकों``, ``बहुत से लोगों``) that no person's mention covers."""
    if span is None or not rules.unnamed_groups:
        return False
    raw = text[span.start : span.end].rstrip(_TRIM)
    words = _words_of(raw)
    if not words or words[-1] not in rules.unnamed_groups:
        return False
    head_end = span.start + len(raw)
    if words[-1] in rules.place_groups and any(
        r.entity.type in {"GPE", "LOC"} for r in refs.overlapping(span.start, head_end)
    ):
        return False  # "Melwan villagers", "मेलवान के ग्रामीणों": a group named by its place
    return not any(
        r.entity.type == "PER" and r.start < head_end <= r.end
        for r in refs.overlapping(head_end - 1, head_end)
    )


def _described_person(text: str, span: Span | None, refs: _Mentions, rules: QuoteRules) -> Entity | None:
    """The person a possessor and an unnamed head describe, where the article writes the same phrase
    right before that person's name: "रोहित की मां ने कहा" and elsewhere "रोहित की मां उज्ज्वला शर्मा"
    (one person is so described; two different names after the phrase give nobody)."""
    if span is None or not rules.unnamed_groups:
        return None
    raw = text[span.start : span.end].rstrip(_TRIM)
    words = _words_of(raw)
    if len(words) < 3 or words[-1] not in rules.unnamed_groups or words[-2] not in rules.possessives:
        return None
    if refs.overlapping(span.start + len(raw) - len(words[-1]), span.start + len(raw)):
        return None  # the head is itself part of a mention
    phrase = " ".join(words[-3:])
    found: dict[str, Entity] = {}
    pos = text.find(phrase)
    while pos >= 0:
        after = pos + len(phrase)
        gap = len(text[after:]) - len(text[after:].lstrip(" "))
        if 0 < gap <= 2:
            for ref in refs.overlapping(after + gap, after + gap + 1):
                if ref.start == after + gap and ref.entity.type == "PER":
                    found[ref.entity.id] = ref.entity
        pos = text.find(phrase, after)
    return next(iter(found.values())) if len(found) == 1 else None


def _indirect_question(text: str, cand: QuoteCandidate, rules: QuoteRules) -> bool:
    """A reported clause after a cue of asking and its complementiser (``पूछा कि क्या …``); a
    quotation, or words after a comma ("वो पूछते हैं, हमारी मदद …"), are what was said."""
    if cand.direct or cand.cue is None or _norm_words(_span_text(text, cand.cue)) not in rules.question_cues:
        return False
    return any(w in rules.complementizers for w in _words_of(text[cand.cue.end : cand.content.start]))


def _oblique(text: str, ref: _MentionRef, rules: QuoteRules) -> bool:
    """A postposition follows the mention (``rules.oblique_markers``: ``को``, ``से``, ``के``…):
    it is an object, a topic or a possessor, not a subject."""
    return bool(rules.oblique_markers) and _word_after(text, ref) in rules.oblique_markers


def _subject_marked(text: str, ref: _MentionRef, rules: QuoteRules) -> bool:
    """The mention is followed by a subject marker (``rules.subject_markers``: Hindi ``ने``); any
    mention is, in a language without one."""
    return not rules.subject_markers or _word_after(text, ref) in rules.subject_markers


def _word_after(text: str, ref: _MentionRef) -> str:
    """The word right after the mention, punctuation stripped ("" when none follows within 16 characters)."""
    following = text[ref.end : ref.end + 16].split()
    return following[0].strip(_WORD_PUNCT) if following else ""


def _cand_gender(text: str, cand: QuoteCandidate, rules: QuoteRules) -> str | None:
    """The gender the cue or the speaker phrase marks (``वे कहती हैं``, "she said"), if any."""
    if not (rules.feminine_words or rules.masculine_words):
        return None
    words = set(_words_of(_span_text(text, cand.cue)) + _words_of(_span_text(text, cand.speaker)))
    if words & rules.feminine_words:
        return "f"
    if words & rules.masculine_words:
        return "m"
    return None


def _plural_pronoun(text: str, span: Span | None, rules: QuoteRules) -> bool:
    return span is not None and _norm_words(text[span.start : span.end]) in rules.plural_pronouns


def _group_pronoun(text: str, span: Span | None, rules: QuoteRules) -> bool:
    return span is not None and _norm_words(text[span.start : span.end]) in rules.group_pronouns


def _collective_head(text: str, span: Span, words: Sequence[str], refs: _Mentions, rules: QuoteRules) -> bool:
    """The speaker phrase ends in a collective noun that no entity mention covers (``… की अध्यक्षता
    वाली पांच जजों की पीठ``): a body speaks, not a person named in its modifiers or before it."""
    if not words or words[-1] not in rules.collective_speakers:
        return False
    head_end = span.start + len(text[span.start : span.end].rstrip(_TRIM))
    return not any(r.start < head_end and head_end <= r.end for r in refs.overlapping(head_end - 1, head_end))


def _unnamed_group(text: str, span: Span, words: Sequence[str], refs: _Mentions, rules: QuoteRules) -> bool:
    """The speaker phrase ends in a plural common noun that no entity mention covers, after a
    possessor (``सिंघल के दोस्तों का मानना है``, ``उनके परिवार के लोगों``): unnamed people speak, not
    the possessor. ``rules.group_suffixes`` are the plural endings (Hindi ``ों``)."""
    if not words or not rules.group_suffixes or len(words) < 2:
        return False
    head = words[-1]
    if not head.endswith(rules.group_suffixes) or head in rules.titles:
        return False
    if not any(w in rules.possessives for w in words[:-1]):
        return False
    head_end = span.start + len(text[span.start : span.end].rstrip(_TRIM))
    return not any(r.start < head_end <= r.end for r in refs.overlapping(head_end - 1, head_end))


def _collective_antecedent(
    text: str, refs: _Mentions, head: str, before: int, rules: QuoteRules
) -> Entity | None:
    """A bare collective noun ("आयोग ने कहा", "the committee said") stands for the body named before
    whose name has that noun (``अफ़ग़ानिस्तान मानवाधिकार आयोग``, "the Review Committee"): the most
    recent such organisation within ``rules.max_lookback`` characters; none when no name has it."""
    for ref in refs.before(before, before - rules.max_lookback):
        if ref.entity.type in {"ORG", "GPE"} and head in _mention_words(text, ref, rules, refs):
            return ref.entity
    sectors = rules.collective_sectors.get(head.casefold())
    if sectors:
        # "कांग्रेस … . पार्टी प्रवक्ता ने कहा": the last organisation of the noun's sectors
        for ref in refs.before(before, before - rules.max_lookback):
            if ref.entity.type == "ORG" and (ref.entity.sector or "").upper() in sectors:
                return ref.entity
    if head in rules.generic_bodies:
        # "संस्थान का कहना है", "the organisation said": the organisation named most recently as a
        # subject ("आयोग ने …"; not "अपने ट्विटर पर लिखा", a platform named in passing)
        for ref in refs.before(before, before - rules.max_lookback):
            if ref.entity.type == "ORG" and _subject_marked(text, ref, rules):
                return ref.entity
    # None named before (an article whose lead was cut off starts "आयोग का कहना है कि …"): the
    # first body named after it whose name has the noun.
    lo = bisect_left(refs.starts, before)
    hi = bisect_left(refs.starts, before + rules.max_lookback)
    for ref in refs[lo:hi]:
        if ref.entity.type in {"ORG", "GPE"} and head in _mention_words(text, ref, rules, refs):
            return ref.entity
    return None


def _possessor(text: str, span: Span, ref: _MentionRef, refs: _Mentions, rules: QuoteRules) -> bool:
    """The person is the possessor of the phrase's head, which no mention covers and which is no title
    (the caller's test): "रोहित की मां ने कहा", "X के वकील ने कहा" (the mother or the lawyer speaks,
    not X); a title's holder speaks for the possessor ("उनके प्रवक्ता ने कहा")."""
    head_end = span.start + len(text[span.start : span.end].rstrip(_TRIM))
    if ref.end >= head_end or not _possessive(text, ref, rules):
        return False
    return not any(r.start < head_end <= r.end for r in refs.overlapping(head_end - 1, head_end))


def _place_modifier(text: str, span: Span, ref: _MentionRef, rules: QuoteRules) -> bool:
    """A town or region below a country named with a postposition before the phrase's head, which no
    mention covers: where the speaker is from or works ("सीकर के रहने वाले …", "बर्मिंघम के अस्पताल
    ने"), never the speaker itself (a city's government acts as a subject: "बीजिंग ने कहा")."""
    if ref.entity.type not in {"GPE", "LOC"} or (ref.entity.kb_id or "").startswith("country:"):
        return False
    head_end = span.start + len(text[span.start : span.end].rstrip(_TRIM))
    return ref.end < head_end and _oblique(text, ref, rules)


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
    Mentions before the span are preferred, the most recent first, then those after it, the nearest
    first. Each mention's name words are read once per document (:class:`_Mentions`); a word is looked
    up in the mentions that have it, so the cost does not grow with the number of mentions."""
    tokens = _name_words(_span_text(text, span), rules)
    if not tokens:
        return None
    mentions = _as_mentions(refs, text, rules)

    def best(candidates: Iterable[_MentionRef]) -> _MentionRef | None:
        before = [r for r in candidates if r.end <= span.start]
        if before:
            return max(before, key=lambda r: r.start)
        after = [r for r in candidates if r.end > span.start]
        return min(after, key=lambda r: r.start) if after else None

    # A person: any name word of the span is a word of the person's mention.
    for token in tokens if first else list(reversed(tokens)):
        found = best(r for r in mentions.by_word.get(token, ()) if r.entity.type == "PER")
        if found is not None:
            return found.entity
    # Another entity: every name word of the span is in one of its mentions.
    wanted = set(tokens)
    found = best(
        r
        for r in mentions.by_word.get(tokens[0], ())
        if r.entity.type != "PER" and wanted <= set(mentions.words[(r.start, r.end)])
    )
    return found.entity if found is not None else None


def _name_words(text: str, rules: QuoteRules) -> list[str]:
    """Words that can be part of a name: capitalised (in a cased script), not a title or function word."""
    skip = rules.name_skip
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
    refs: _Mentions,
    cand: QuoteCandidate,
    earlier: _Resolved,
    before: int,
    plural: bool,
    rules: QuoteRules,
    group: bool = False,
) -> Entity | None:
    """The most salient compatible entity named before ``before``: an earlier speaker in the same
    sentence, the subject (first person) of the sentence, the previous sentence's speaker or subject,
    then the most recent person within ``rules.max_lookback`` characters; names inside this or an
    earlier quote are the quoted speaker's words, never an antecedent. With nothing before (an article
    that starts mid-story, its lead cut off), the person the article names most often. A plural/neuter
    pronoun also accepts an organisation or country; a pronoun that may be plural (``group``:
    ``उन्होंने``) also a group of people named as a sentence's subject (``अलगाववादी नेताओं ने``).
    Its limits: no gender or number agreement (Hindi verbs carry gender, but the pronoun alone does
    not), and a subject is the first person named in a sentence."""
    ok_types = frozenset({"PER", "ORG", "GPE"} if plural else {"PER"})
    own = cand.content

    group_ids: set[str] = set()  # groups read as a sentence's subject (see ``grouped``)

    def grouped(ref: _MentionRef) -> bool:
        # a group of people by its plural name, for a pronoun that may be plural
        last = refs.text[ref.start : ref.end].split()[-1:] if group else []
        return bool(last) and ref.entity.type != "PER" and last[0].endswith(rules.group_endings)

    def narrated(ref: _MentionRef) -> bool:
        return (
            (ref.entity.type in ok_types or grouped(ref))
            and not (own.start <= ref.start and ref.end <= own.end)
            and not earlier.contents.contains(ref.start, ref.end)
        )

    def subjects_of(start: int, end: int) -> tuple[Entity | None, Entity | None]:
        # (the first person named that no postposition follows, the first person named): in "मार्क
        # ज़करबर्ग के बारे में जब मैंने पूछा तो उन्होंने कहा" or "रोहित की मां उज्ज्वला शर्मा कहती
        # हैं" the first name is a topic or a possessor, not the subject
        people = [
            r for r in refs.within(start, end) if (r.entity.type == "PER" or grouped(r)) and narrated(r)
        ]
        plain_ref = next((r for r in people if not _oblique(refs.text, r, rules)), None)
        if plain_ref is not None and plain_ref.entity.type != "PER":
            group_ids.add(plain_ref.entity.id)
        named = next((r.entity for r in people if r.entity.type == "PER"), None)
        return (plain_ref.entity if plain_ref else None), named

    ordered: list[Entity] = []
    later: list[Entity] = []  # persons named only as objects, topics or possessors: a last resort
    ordered += reversed(earlier.speakers_in(cand.sentence))
    sent = sentences[cand.sentence] if cand.sentence < len(sentences) else None
    if sent is not None:
        subject, named = subjects_of(sent.start, before)
        ordered += [subject] if subject is not None else []
        later += [named] if named is not None else []
    # the sentence before the quote: a quotation running over several sentences ("“… . …,” he
    # said") is read back from its first sentence, not from the cue's
    first = min(cand.sentence, len(sentences) - 1)
    while first > 0 and sentences[first].start > min(own.start, before):
        first -= 1
    for index in range(first - 1, -1, -1):
        prev = sentences[index]
        if prev.kind == "caption":
            continue
        ordered += reversed(earlier.speakers_in(index))
        subject, named = subjects_of(prev.start, prev.end)
        ordered += [subject] if subject is not None else []
        later += [named] if named is not None else []
        break
    ordered += later
    gender = _cand_gender(refs.text, cand, rules)

    def agrees(entity: Entity) -> bool:
        # "वे कहती हैं" / "she said": never a person known to be a man (and the reverse)
        return gender is None or refs.genders.get(entity.id, gender) == gender

    found = next((e for e in ordered if (e.type in ok_types or e.id in group_ids) and agrees(e)), None)
    if found is not None:
        return found
    floor = before - rules.max_lookback
    found = next(
        (
            r.entity
            for r in refs.before(before, floor)
            if narrated(r) and r.entity.type in ok_types and agrees(r.entity)
        ),
        None,
    )
    if found is not None or refs.any_ended_by(before, ok_types):
        return found
    return refs.main_entity(ok_types)


def _main_person(refs: Sequence[_MentionRef], ok_types: frozenset[str]) -> Entity | None:
    """The entity the article names most often (the earliest on a tie)."""
    counts: dict[str, int] = {}
    first: dict[str, _MentionRef] = {}
    for ref in refs:
        if ref.entity.type in ok_types:
            counts[ref.entity.id] = counts.get(ref.entity.id, 0) + 1
            first.setdefault(ref.entity.id, ref)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -first[k].start))
    return first[best].entity
