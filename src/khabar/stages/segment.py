"""The segment stage: split the clean text into sentences, and tell leads and photo captions apart.

Sentences are ``[start, end)`` spans of ``Document.clean`` with surrounding whitespace trimmed; a
line break always ends a sentence. Inside a line, a sentence ends at a run of terminators (``।``,
``॥``, ``?``, ``!``, ``.``) plus any closing quotes or brackets after it, except where a full stop
belongs to an abbreviation (``डॉ.``, ``Dr.``, ``Sept.``), an initial (``ए.``, ``J.``), a dotted
initialism (``एन.एस.ए.``, ``U.S.``) or a number (``17.1``), and except for the danda that closes a
dateline (``नई दिल्ली। …``). No offline library splits Hindi while keeping offsets, hence this
splitter; its word lists are in each pack's ``segmentation.toml``.

Kinds, decided per line: ``caption`` for photo captions (caption patterns, or a verbless Hindi line
naming a date or a place, or only a title and a name); ``lead`` for the first line when it is a
single-sentence title or standfirst followed by more text; ``body`` otherwise.

A sentence of at least 40 characters written mainly in another script than the document, or that
pycld2 reliably identifies as another language, gets ``lang``; shorter ones inherit (``None``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pycld2

from khabar.errors import InputError, LanguagePackError
from khabar.langpacks import LanguagePacks
from khabar.model import Document, Sentence, SentenceKind
from khabar.stages.clean import is_blank, iter_lines
from khabar.stages.dates.stage import led_search
from khabar.text.scripts import BRACKETS, DANDA_MARKS, DASHES, ELLIPSIS, OWN_STOPS, QUOTES, SCRIPTS
from khabar.text.vocabulary import GlueSplitter, pack_vocabulary

# Closing quotes and brackets that stay with the sentence they follow ("… हैं।"" / "… said.)").
CLOSERS = frozenset("\"'”’»)]}›")
# Opening punctuation stripped from a word before looking it up as an abbreviation.
_OPENERS = "\"'“‘«([{‹"
_WORD_PUNCT = DANDA_MARKS + ".,;:!?" + QUOTES + BRACKETS + DASHES + ELLIPSIS
MIN_LANG_CHARS = 40  # shorter sentences inherit the document language (pycld2 guesses badly)
_SCRIPT_SHARE = 0.6  # share of letters in one script that makes a sentence "in that script"
_SAME_SCRIPT_MIN_CHARS = 80
_SAME_SCRIPT_MIN_PERCENT = 90


def _script(char: str) -> str | None:
    """Coarse script of a letter (the first word of its Unicode name), ``None`` for non-letters."""
    if not char.isalpha():
        return None
    if char < "\u0250":
        return "LATIN"
    script = SCRIPTS.script_of_block(char)
    if script is not None:
        return SCRIPTS.unicode_word(script.code)
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else None


_SCRIPT_OF: dict[str, str | None] = {}  # _script per character seen (the script facts are fixed at import)


def dominant_script(text: str) -> tuple[str | None, float]:
    """The script most letters of ``text`` are in, and their share of all letters."""
    # count each distinct character once, then its script: the same counts (and the same order of
    # first appearance, which breaks ties) as looking up the script of every character
    counts: Counter[str] = Counter()
    for char, n in Counter(text).items():
        try:
            script = _SCRIPT_OF[char]
        except KeyError:
            script = _SCRIPT_OF[char] = _script(char)
        if script:
            counts[script] += n
    if not counts:
        return None, 0.0
    script, count = counts.most_common(1)[0]
    return script, count / sum(counts.values())


_OWN_SCRIPT_MAX_CHARS = 4000  # characters an _OwnScript class takes in at most (CJK: thousands)


@dataclass(slots=True)
class _OwnScript:
    """Tells, by one regex over a text, that every character of it is a letter of ``script`` or no letter
    (``_script`` gives None): then :func:`dominant_script` can only answer ``script`` (share 1.0) or None.
    The class holds the characters seen so far that are such; a text with another character is not
    told (``holds`` False), and the caller computes, then ``learn``s its characters."""

    script: str | None
    chars: set[str] = field(default_factory=set)
    regex: re.Pattern[str] | None = None

    def holds(self, text: str) -> bool:
        return self.regex is not None and self.regex.fullmatch(text) is not None

    def learn(self, text: str) -> None:
        if len(self.chars) >= _OWN_SCRIPT_MAX_CHARS:
            return
        new = {ch for ch in set(text).difference(self.chars) if _script_of(ch) in (self.script, None)}
        if new:
            self.chars.update(new)
            self.regex = re.compile("[" + "".join(map(re.escape, sorted(self.chars))) + "]*")


def _script_of(char: str) -> str | None:
    try:
        return _SCRIPT_OF[char]
    except KeyError:
        script = _SCRIPT_OF[char] = _script(char)
        return script


def _words(text: str) -> list[str]:
    return [w for w in (token.strip(_WORD_PUNCT) for token in text.split()) if w]


@dataclass(slots=True, frozen=True)
class VerblessCaptionRules:
    """Data for recognising verbless photo captions in one language (``[verbless_caption]``)."""

    min_words: int
    max_chars: int
    verbs: frozenset[str]
    final_verbs: frozenset[str]
    verb_suffixes: tuple[str, ...]
    date_pattern: re.Pattern[str] | None
    place_pattern: re.Pattern[str] | None
    person_titles: frozenset[str]
    postpositions: frozenset[str]

    def has_verb(self, words: list[str]) -> bool:
        if not words:
            return False
        if words[-1] in self.final_verbs:
            return True
        for word in words:
            if word in self.verbs:
                return True
            if any(word.endswith(s) and len(word) > len(s) + 1 for s in self.verb_suffixes):
                return True
        return False

    def is_name_caption(self, words: list[str]) -> bool:
        """``<…> <title> <Name …>``: the line ends in a name of one to three words after a title."""
        for index in range(len(words) - 1, max(len(words) - 5, -1), -1):
            if words[index] in self.person_titles:
                name = words[index + 1 :]
                return 1 <= len(name) <= 3 and not any(
                    w in self.postpositions or w in self.person_titles for w in name
                )
        return False

    def is_caption(self, line: str) -> bool:
        words = _words(line)
        if len(words) < self.min_words or len(line) > self.max_chars or self.has_verb(words):
            return False
        if self.date_pattern is not None and self.date_pattern.search(line):
            return True
        if self.place_pattern is not None and self.place_pattern.search(line):
            return True
        return self.is_name_caption(words)


def _compile(pattern: Any, where: str) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        raise LanguagePackError(f"{where}: pattern must be a string, got {type(pattern).__name__}")
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise LanguagePackError(f"{where}: invalid pattern {pattern!r}: {exc}") from exc


def _strings(section: dict[str, Any], key: str, where: str) -> list[str]:
    value = section.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LanguagePackError(f"{where}: {key!r} must be a list of strings")
    return value


def _verbless_rules(section: dict[str, Any], where: str) -> VerblessCaptionRules:
    where = f"{where} [verbless_caption]"

    def optional(key: str) -> re.Pattern[str] | None:
        return _compile(section[key], f"{where} {key}") if key in section else None

    min_words, max_chars = section.get("min_words", 4), section.get("max_chars", 220)
    if not isinstance(min_words, int) or not isinstance(max_chars, int):
        raise LanguagePackError(f"{where}: 'min_words' and 'max_chars' must be integers")
    return VerblessCaptionRules(
        min_words=min_words,
        max_chars=max_chars,
        verbs=frozenset(_strings(section, "verbs", where)),
        final_verbs=frozenset(_strings(section, "final_verbs", where)),
        verb_suffixes=tuple(_strings(section, "verb_suffixes", where)),
        date_pattern=optional("date_pattern"),
        place_pattern=optional("place_pattern"),
        person_titles=frozenset(_strings(section, "person_titles", where)),
        postpositions=frozenset(_strings(section, "postpositions", where)),
    )


@dataclass(slots=True)
class SegmentationRules:
    """Every pack's ``segmentation.toml``, compiled once."""

    terminators: dict[str, frozenset[str]] = field(default_factory=dict)  # per language
    abbreviations: frozenset[str] = frozenset()
    sentence_starters: frozenset[str] = frozenset()
    datelines: list[re.Pattern[str]] = field(default_factory=list)
    captions: list[re.Pattern[str]] = field(default_factory=list)
    verbless: dict[str, VerblessCaptionRules] = field(default_factory=dict)  # per language
    scripts: dict[str, str] = field(default_factory=dict)  # language -> script (Unicode name)
    glue: dict[str, GlueSplitter] = field(default_factory=dict)  # per language
    # per language: words that never end a sentence, so a line ending in one goes on in the next line
    continuation: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_packs(cls, packs: LanguagePacks) -> SegmentationRules:
        rules = cls()
        abbreviations: set[str] = set()
        starters: set[str] = set()
        for pack in packs:
            section = pack.section("segmentation")
            where = f"langpack {pack.code!r} segmentation.toml"
            terminators = _strings(section, "terminators", where)
            if any(len(t) != 1 for t in terminators):
                raise LanguagePackError(f"{where}: each terminator must be one character")
            if terminators:
                rules.terminators[pack.code] = frozenset(terminators)
            abbreviations.update(_strings(section, "abbreviations", where))
            starters.update(_strings(section, "sentence_starters", where))
            rules.datelines += [_compile(p, where) for p in _strings(section, "dateline_patterns", where)]
            rules.captions += [_compile(p, where) for p in _strings(section, "caption_patterns", where)]
            verbless = section.get("verbless_caption")
            if isinstance(verbless, dict):
                rules.verbless[pack.code] = _verbless_rules(verbless, where)
            script = packs.scripts.unicode_word(pack.script)
            if script:
                rules.scripts[pack.code] = script
            glued = section.get("glued_words")
            if isinstance(glued, dict):
                rules.glue[pack.code] = GlueSplitter(
                    vocabulary=pack_vocabulary(pack),
                    final_words=frozenset(_strings(glued, "final_words", f"{where} [glued_words]")),
                    starters=frozenset(_strings(glued, "starters", f"{where} [glued_words]")),
                )
            continuation = _strings(section, "continuation_words", where)
            if continuation:
                rules.continuation[pack.code] = frozenset(continuation)
        rules.abbreviations = frozenset(abbreviations)
        rules.sentence_starters = frozenset(starters)
        return rules

    def script_of(self, lang: str | None) -> str | None:
        """The script of a language with a loaded pack (``None`` when there is no such pack)."""
        return self.scripts.get(lang) if lang else None

    def language_of(self, script: str) -> str:
        """The first loaded language written in ``script`` ("und" when none is)."""
        return next((code for code, s in self.scripts.items() if s == script), "und")

    def terminators_for(self, lang: str | None) -> frozenset[str]:
        if lang in self.terminators:
            return self.terminators[lang]
        return frozenset().union(*self.terminators.values()) or frozenset(".?!")


class Splitter:
    """Splits one line of text into sentence spans (see the module docstring for the rules)."""

    def __init__(self, rules: SegmentationRules, lang: str | None) -> None:
        self.rules = rules
        self.terminators = rules.terminators_for(lang)
        # the next terminator by one regex search, not a test per character (None: there are none)
        singles = sorted(t for t in self.terminators if len(t) == 1)
        self._next_terminator = re.compile("[" + "".join(map(re.escape, singles)) + "]") if singles else None
        self.glue = rules.glue.get(lang) if lang else None

    def split_line(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        sentence_start = start
        position = start
        find = self._next_terminator
        while position < end:
            found = find.search(text, position, end) if find is not None else None
            if found is None:
                break
            position = found.start()
            run_end = position
            while run_end < end and text[run_end] in self.terminators:
                run_end += 1
            close_end = run_end
            while close_end < end and text[close_end] in CLOSERS:
                close_end += 1
            if self._is_boundary(text, start, end, sentence_start, position, run_end, close_end):
                spans.append((sentence_start, close_end))
                sentence_start = close_end
            position = close_end
        spans.append((sentence_start, end))
        if self.glue is not None:
            spans = _cut_at(spans, self.glue.points(text, start, end))
        return _tidy(text, spans)

    def _is_boundary(
        self,
        text: str,
        line_start: int,
        line_end: int,
        sentence_start: int,
        run: int,
        run_end: int,
        close_end: int,
    ) -> bool:
        after = text[close_end] if close_end < line_end else None
        marks = text[run:run_end]
        if sentence_start == line_start and self._is_dateline(text, line_start, run_end):
            return False  # "नई दिल्ली। …": the danda closes a dateline
        if after is None:
            return True
        if any(m in OWN_STOPS for m in marks):
            return True
        if "?" in marks or "!" in marks:
            # "?id=3" in a URL, "Yahoo!news": glued to a Latin word or digit, not an ending.
            return not (after.isascii() and after.isalnum())
        if marks == "|":
            return is_blank(after)
        if not is_blank(after):
            if close_end == run_end and self._glued_sentences(text, line_start, run, after, close_end):
                return True
            return self._glued_devanagari(text, line_start, run, close_end, after, marks)
        return self._full_stop_ends(text, line_start, line_end, run, run_end, close_end)

    def _is_dateline(self, text: str, start: int, end: int) -> bool:
        if not any(d.fullmatch(text, start, end) for d in self.rules.datelines):
            return False
        words = _words(text[start:end])  # "यह सच है।" has the shape of a dateline but a verb
        return not any(v.has_verb(words) for v in self.rules.verbless.values())

    def _glued_sentences(self, text: str, line_start: int, run: int, after: str, close_end: int) -> bool:
        """ "Tuesday.The": a lower-case word, a stop and a capitalised word with no space between."""
        before = text[max(line_start, run - 2) : run]
        following = text[close_end + 1 : close_end + 2]
        return (
            len(before) == 2
            and before.isascii()
            and before.isalpha()
            and before.islower()
            and after.isascii()
            and after.isupper()
            and following.isascii()
            and following.isalpha()
            and following.islower()
            and not self._is_abbreviation(self._word_before(text, line_start, run))
        )

    def _glued_devanagari(
        self, text: str, line_start: int, run: int, close_end: int, after: str, marks: str
    ) -> bool:
        """``…गया था.उस दौरान``: a full stop glued to the next Devanagari word (scraped copy drops the
        space), except after an abbreviation or inside dotted initials (``ए.के.एंटनी``)."""
        if "." not in marks or not _is_devanagari_letter(after) or run == line_start:
            return False
        if _script(text[run - 1]) != "DEVANAGARI" and unicodedata.category(text[run - 1]) not in ("Mn", "Mc"):
            return False
        word = self._word_before(text, line_start, run)
        if self._is_abbreviation(word) or _is_initialism(word):
            return False
        # inside dotted initials: "एन.एस.ए.", "ए.के.एंटनी" (a short dotted piece follows)
        return not (len(word) <= 3 and _DOTTED_SYLLABLE_AHEAD.match(text, close_end))

    def _full_stop_ends(
        self, text: str, line_start: int, line_end: int, run: int, run_end: int, close_end: int
    ) -> bool:
        word = self._word_before(text, line_start, run)
        next_word = self._next_word(text, close_end, line_end)
        if next_word[:1].isascii() and next_word[:1].islower():
            return False  # "approx. three", "U.S. attacks"
        if run_end - run > 1 or close_end > run_end:
            return True  # "…" or a stop inside a closing quote/bracket
        if self._is_abbreviation(word):
            return False
        if _is_initialism(word) or _is_latin_initial(word):
            return next_word in self.rules.sentence_starters
        if _is_syllable(word):
            # "ए. के. एंटनी": a lone syllable is an initial only beside another dotted one; alone it
            # is a short word that ends the sentence ("… है.").
            preceding_end = _skip_back_blanks(text, line_start, run - len(word))
            preceding = self._word_before(text, line_start, preceding_end)
            following = _next_token(text, close_end, line_end)
            return not (_is_dotted_syllable(preceding) or _is_dotted_syllable(following))
        return True

    def _is_abbreviation(self, word: str) -> bool:
        abbreviations = self.rules.abbreviations
        return word in abbreviations or (word.isupper() and word.capitalize() in abbreviations)

    @staticmethod
    def _word_before(text: str, line_start: int, run: int) -> str:
        begin = run
        while begin > line_start and not is_blank(text[begin - 1]):
            begin -= 1
        return text[begin:run].lstrip(_OPENERS)

    @staticmethod
    def _next_word(text: str, position: int, line_end: int) -> str:
        return _next_token(text, position, line_end).lstrip(_OPENERS).rstrip(_WORD_PUNCT)


# The next piece of dotted initials: "एन.एस.ए.", "ए.के." (one to three Devanagari characters and a stop)
_DOTTED_SYLLABLE_AHEAD = re.compile(r"[\u0900-\u097f]{1,3}\.")


def _is_devanagari_letter(char: str) -> bool:
    return "\u0904" <= char <= "\u0939" or "\u0958" <= char <= "\u0961" or "\u0972" <= char <= "\u097f"


def _cut_at(spans: list[tuple[int, int]], points: list[int]) -> list[tuple[int, int]]:
    """Split the spans at the given positions (glued words: no character between the two sentences)."""
    if not points:
        return spans
    cut: list[tuple[int, int]] = []
    for start, end in spans:
        for point in points:
            if start < point < end:
                cut.append((start, point))
                start = point
        cut.append((start, end))
    return cut


def _is_latin_initial(word: str) -> bool:
    """A single capital letter before a full stop (``George W. Bush``)."""
    return len(word) == 1 and word.isascii() and word.isupper()


def _is_syllable(word: str) -> bool:
    """A single Devanagari letter with its vowel signs (``ए``, ``के``, ``डॉ``)."""
    return (
        0 < len(word) <= 3
        and (script := SCRIPTS.script_of_block(word[0])) is not None
        and script.syllabic_initials
        and all(unicodedata.category(c) in ("Mn", "Mc") for c in word[1:])
    )


def _is_dotted_syllable(token: str) -> bool:
    return token.endswith(".") and _is_syllable(token[:-1].lstrip(_OPENERS))


def _next_token(text: str, position: int, line_end: int) -> str:
    """The next whitespace-delimited token, punctuation included."""
    while position < line_end and is_blank(text[position]):
        position += 1
    end = position
    while end < line_end and not is_blank(text[end]):
        end += 1
    return text[position:end]


def _skip_back_blanks(text: str, line_start: int, position: int) -> int:
    while position > line_start and is_blank(text[position - 1]):
        position -= 1
    return position


def _is_initialism(word: str) -> bool:
    """Dotted initials: ``U.S``, ``एन.एस.ए``, ``ए.के`` (the final stop is not part of ``word``)."""
    parts = word.split(".")
    return len(parts) > 1 and all(0 < len(p) <= 3 and any(c.isalpha() for c in p) for p in parts)


def _tidy(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Trim whitespace, drop empty spans, and attach punctuation-only pieces (" .") to the sentence
    before them (or drop them when nothing in the line comes before)."""
    tidy: list[tuple[int, int]] = []
    for start, end in spans:
        while start < end and is_blank(text[start]):
            start += 1
        while end > start and is_blank(text[end - 1]):
            end -= 1
        if start == end:
            continue
        if not any(c.isalnum() for c in text[start:end]):
            if tidy:  # stray punctuation after a sentence stays with it; alone it is no sentence
                tidy[-1] = (tidy[-1][0], end)
        else:
            tidy.append((start, end))
    return tidy


class SegmentStage:
    """Splits the clean text into typed sentences; see the module docstring."""

    name = "segment"
    requires = frozenset({"clean", "lang"})
    assigns = frozenset({"sentences"})

    def __init__(self, packs: LanguagePacks) -> None:
        self.rules = SegmentationRules.from_packs(packs)
        # per document script: the characters that leave a sentence in it (``_sentence_lang``'s shortcut)
        self._own_scripts: dict[str | None, _OwnScript] = {}
        # the caption patterns led by their first characters, for a yes/no search of each line (most
        # are case-insensitive and were tried at every position of every line)
        self._captions = [led_search(p) for p in self.rules.captions]

    def __call__(self, doc: Document) -> Document:
        if not isinstance(doc.clean, str):
            raise InputError(
                doc.origin or doc.id, "segmentation needs the clean text; run the clean stage first"
            )
        doc.sentences = self.segment(doc.clean, doc.lang)
        return doc

    def segment(self, text: str, lang: str | None) -> list[Sentence]:
        splitter = Splitter(self.rules, lang)
        verbless = self.rules.verbless.get(lang) if lang else None
        doc_script = self.rules.script_of(lang) or dominant_script(text)[0]
        lines = [
            (start, end)
            for line_start, content_end, _ in iter_lines(text)
            for start, end in [_trimmed(text, line_start, content_end)]
            if start < end
        ]
        continuation = self.rules.continuation.get(lang) if lang else None
        if continuation:
            lines = _join_broken_lines(
                text,
                lines,
                continuation,
                splitter.terminators,
                lambda line: self._is_caption(line, 1, verbless),
            )
        sentences: list[Sentence] = []
        for index, (start, end) in enumerate(lines):
            spans = splitter.split_line(text, start, end)
            line = text[start:end]
            kind: SentenceKind
            if self._is_caption(line, len(spans), verbless):
                kind = "caption"
            elif index == 0 and len(lines) > 1 and len(spans) == 1 and _is_title_like(line):
                kind = "lead"
            else:
                kind = "body"
            for s_start, s_end in spans:
                sentence_lang = self._sentence_lang(text[s_start:s_end], lang, doc_script)
                sentences.append(Sentence(s_start, s_end, kind, sentence_lang))
        return sentences

    def _is_caption(self, line: str, sentence_count: int, verbless: VerblessCaptionRules | None) -> bool:
        if any(p.search(line) for p in self._captions):
            return True
        return verbless is not None and sentence_count == 1 and verbless.is_caption(line)

    def _sentence_lang(self, sentence: str, doc_lang: str | None, doc_script: str | None) -> str | None:
        if len(sentence) < MIN_LANG_CHARS:
            return None
        own = self._own_scripts.get(doc_script)
        if own is None:
            own = self._own_scripts[doc_script] = _OwnScript(doc_script)
        if own.holds(sentence):
            script, share = doc_script, 1.0  # (or None, 0.0: neither passes the test below)
        else:
            script, share = dominant_script(sentence)
            own.learn(sentence)
        if script is not None and script != doc_script and share >= _SCRIPT_SHARE:
            detected = _detect(sentence)
            if detected and self.rules.script_of(detected[0]) in (script, None):
                lang = detected[0]
            else:
                lang = self.rules.language_of(script)
            return lang if lang != doc_lang else None
        # pycld2 only where its answer is used (it is most of this method's cost)
        if not doc_lang or len(sentence) < _SAME_SCRIPT_MIN_CHARS:
            return None
        detected = _detect(sentence)
        if detected and detected[0] != doc_lang and detected[1] >= _SAME_SCRIPT_MIN_PERCENT:
            return detected[0]
        return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and is_blank(text[start]):
        start += 1
    while end > start and is_blank(text[end - 1]):
        end -= 1
    return start, end


def _join_broken_lines(
    text: str,
    lines: list[tuple[int, int]],
    continuation: frozenset[str],
    terminators: frozenset[str],
    is_caption: Callable[[str], bool],
) -> list[tuple[int, int]]:
    """Join a line that ends in a word no sentence ends in (``… नरेंद्र मोदी की`` / ``पीएम उम्मीदवारी …``:
    scraped copy breaks the line where a link was) with the line after it."""
    joined: list[tuple[int, int]] = []
    for start, end in lines:
        if joined:
            previous_start, previous_end = joined[-1]
            last = text[previous_start:previous_end].rsplit(None, 1)[-1]
            if (
                # a first line without a terminator is a headline ("… ने मुलाकात की")
                (len(joined) > 1 or any(c in terminators for c in text[previous_start:previous_end]))
                and _script(text[start]) == "DEVANAGARI"  # not a date or byline line after it
                and last[-1] not in terminators
                and last.strip(_WORD_PUNCT) in continuation
                and not is_caption(text[previous_start:previous_end])  # "… बीजिंग में" (a photo caption)
            ):
                joined[-1] = (previous_start, end)
                continue
        joined.append((start, end))
    return joined


def _is_title_like(line: str) -> bool:
    """At least three words with letters: a title, not a date line such as "मई 3, 2024"."""
    return sum(1 for w in line.split() if any(c.isalpha() for c in w)) >= 3


def _detect(text: str) -> tuple[str, int] | None:
    """pycld2's reliable top language and its percentage, or ``None``."""
    try:
        reliable, _, details = pycld2.detect(text)
    except pycld2.error:
        return None  # e.g. text that does not encode as UTF-8 (lone surrogates)
    if not reliable or not details or details[0][1] in ("un", "xx"):
        return None
    return details[0][1], details[0][2]
