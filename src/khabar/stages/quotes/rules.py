"""The quotes stage's language data: each pack's ``quotes.toml`` compiled into :class:`QuoteRules`.

See :mod:`khabar.stages.quotes.stage` for how the stage uses it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from khabar.errors import LanguagePackError
from khabar.langpacks import LanguagePack, LanguagePacks
from khabar.model import Entity
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
    # A bare collective noun → CAMEO sectors of the organisation it may stand for when no body named
    # before has the noun in its name ("पार्टी" → PTY: "कांग्रेस … . पार्टी प्रवक्ता ने कहा")
    collective_sectors: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # A closing mark further than this from its opener is another quote's (0: no limit): the quote
    # opened here was left open and ends with its sentence.
    max_quote_chars: int = 0
    # A straight mark written with a space before it after a sentence's end may close a quotation
    # (glued scraped copy: ``हैं. "अगली ख़बर``); see ``candidates._spaced_closer``.
    spaced_closers: bool = False
    # Content after a cue and a comma ("X ने कहा, …") that runs, with no mark opened, to a closing mark
    # after a sentence's end that closes nothing (scraped copy dropped the opening mark) is a direct
    # quote ending at that mark; see ``candidates._dropped_opener_close``.
    dropped_openers: bool = False
    # Plural endings of common nouns ("दोस्तों"): "X के दोस्तों" is an unnamed group, not X.
    group_suffixes: tuple[str, ...] = ()
    # How far back (characters) a pronoun, title or collective noun looks for its antecedent.
    max_lookback: int = 6000
    # Nouns for unnamed people ("experts", ``जानकार``, ``सूत्रों``): a speaker phrase headed by one
    # names nobody, and its quote is not kept (the annotation convention: a quote has a named speaker).
    unnamed_groups: frozenset[str] = frozenset()
    # Of those, the nouns a place names ("Melwan villagers"): with a place in the phrase, a named group.
    place_groups: frozenset[str] = frozenset()
    # Auxiliaries and adverbs between a subject and its speech verb ("had told", "X, however,
    # regretted"): not part of the speaker's phrase.
    speaker_trailing: frozenset[str] = frozenset()
    # Markers of an imperfective participle clause between a subject and its cue ("अनुराग जवाब देते
    # हुए कहते हैं"): the participle is no part of the speaker's phrase, and a reflexive possessive
    # (``अपना``: "वे अपना अनुभव बताते हुए …") opens the clause's object, after the subject.
    participle_markers: frozenset[str] = frozenset()
    reflexives: frozenset[str] = frozenset()
    # Cues of asking (``पूछा``): a reported clause after one is an indirect question, not a statement
    # quoted; a quotation after one ("वो पूछते हैं, '…'") stays a quote.
    question_cues: frozenset[str] = frozenset()
    # Grammatical gender: words of a cue or a speaker phrase that mark it (Hindi ``कहती``/``कहते``,
    # English "she"/"he"), and titles or kin nouns right before a name that give the person's gender.
    feminine_words: frozenset[str] = frozenset()
    masculine_words: frozenset[str] = frozenset()
    female_titles: frozenset[str] = frozenset()
    male_titles: frozenset[str] = frozenset()
    # Relative pronouns: a speaker phrase "X, which/who …," is X (the clause only describes it).
    relative_pronouns: frozenset[str] = frozenset()
    # Pronouns that may stand for a group of people (Hindi ``उन्होंने``: "he" honorific or "they"), and
    # the plural endings of a group's name (``अलगाववादी नेताओं``): such a pronoun also takes a group
    # named as a sentence's subject ("अलगाववादी नेताओं ने … . उन्होंने कहा कि …").
    group_pronouns: frozenset[str] = frozenset()
    group_endings: tuple[str, ...] = ()
    # Nouns for any organisation ("संस्थान", "the organisation"): a bare one stands for the organisation
    # named most recently when no body named before has the noun in its name.
    generic_bodies: frozenset[str] = frozenset()
    # Markers of a subject right after it (Hindi ergative ``ने``): a generic body noun stands only for
    # an organisation named with one (none: any organisation named).
    subject_markers: frozenset[str] = frozenset()
    # Finite auxiliaries and modals ("should", "was"): a quotation after a cue whose gap holds one
    # ("said the Article should be used in the “rarest of cases”") is a fragment of a reported clause,
    # which is the quote, not a quotation of its own.
    finite_words: frozenset[str] = frozenset()
    # Postpositions after a name that make it no subject (``को``, ``से``, ``के बारे में``): a pronoun's
    # antecedent is the first person named without one, when there is one.
    oblique_markers: frozenset[str] = frozenset()
    # Words that are never part of a name (titles, stop words, conjunctions, possessives): computed once.
    name_skip: frozenset[str] = frozenset()

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
        gender = speaker.get("gender", {})
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
            collective_sectors={
                noun.casefold(): frozenset(
                    s.upper() for s in _strings({"collective_sectors": sectors}, "collective_sectors", where)
                )
                for noun, sectors in (speaker.get("collective_sectors") or {}).items()
            },
            max_quote_chars=int(marks.get("max_quote_chars", 0)),
            spaced_closers=bool(marks.get("spaced_closers", False)),
            dropped_openers=bool(marks.get("dropped_openers", False)),
            max_lookback=int(speaker.get("max_lookback", 6000)),
            group_suffixes=tuple(_strings(speaker, "group_suffixes", where)),
            unnamed_groups=frozenset(w.casefold() for w in _strings(speaker, "unnamed_groups", where)),
            place_groups=frozenset(w.casefold() for w in _strings(speaker, "place_groups", where)),
            speaker_trailing=frozenset(w.casefold() for w in _strings(speaker, "trailing", where)),
            participle_markers=frozenset(
                w.casefold() for w in _strings(speaker, "participle_markers", where)
            ),
            reflexives=frozenset(w.casefold() for w in _strings(speaker, "reflexives", where)),
            feminine_words=frozenset(w.casefold() for w in _strings(gender, "feminine_words", where)),
            masculine_words=frozenset(w.casefold() for w in _strings(gender, "masculine_words", where)),
            female_titles=frozenset(w.casefold() for w in _strings(gender, "female_titles", where)),
            male_titles=frozenset(w.casefold() for w in _strings(gender, "male_titles", where)),
            relative_pronouns=frozenset(w.casefold() for w in _strings(speaker, "relative_pronouns", where)),
            oblique_markers=frozenset(_strings(speaker, "oblique_markers", where)),
            group_pronouns=frozenset(w.casefold() for w in _strings(speaker, "group_pronouns", where)),
            group_endings=tuple(_strings(speaker, "group_endings", where)),
            generic_bodies=frozenset(w.casefold() for w in _strings(speaker, "generic_bodies", where)),
            subject_markers=frozenset(_strings(speaker, "subject_markers", where)),
            finite_words=frozenset(w.casefold() for w in _strings(content, "finite_words", where)),
            question_cues=frozenset(_norm_words(w) for w in _strings(content, "question_cues", where)),
            name_skip=frozenset(
                w.casefold() for key in ("titles", "stop_words") for w in _strings(speaker, key, where)
            )
            | frozenset(c.casefold() for c in _strings(content, "conjunctions", where))
            | frozenset(_strings(speaker, "possessives", where)),
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


def _words_of(text: str) -> list[str]:
    return [w for w in (t.strip(_WORD_PUNCT).casefold() for t in text.split()) if w]


def _norm_words(text: str) -> str:
    return " ".join(text.casefold().strip(_WORD_PUNCT + _WS).split())


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
