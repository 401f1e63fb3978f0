"""Layer 2 of the quotes stage: tie each candidate's speaker to an entity.

See :mod:`khabar.stages.quotes.stage` for the whole stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from khabar.model import Document, Entity, Quote, Sentence, Span
from khabar.stages.quotes.candidates import QuoteCandidate
from khabar.stages.quotes.rules import _TRIM, _WORD_PUNCT, QuoteRules, _norm_words, _words_of


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
