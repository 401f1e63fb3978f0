"""The dates stage: find date expressions in every sentence and resolve them against publication.

Patterns, weekday names, number words, unit words and tense markers come from each pack's
``dates.toml``; month names from its ``metadata.toml`` (shared with the metadata stage). Each match
becomes a :class:`~khabar.stages.dates.resolve.Expression` and is resolved by
:func:`khabar.stages.dates.resolve.resolve_expression`
against ``doc.published``, with the tense of the verb that governs it where the rules need one (कल,
weekdays, year-less dates). Mentions keep exact offsets into ``doc.clean`` and their sentence index.

Sentences of kind ``caption`` are skipped: a photo caption's date ("FILE PHOTO … May 15, 2024") is
often the date of a different event. A sentence with its own ``lang`` is read with that language's
rules; a language without ``dates.toml`` yields no mentions.

Numeric dates (``2024-11-12``, ``12/11/2024``, ``12.11.2024``) are written the same in every language,
so their patterns live here rather than in each pack.
"""

from __future__ import annotations

import re
import re._constants as _re_constants  # type: ignore[import-not-found]  # no stub; guarded, see _first_chars
import re._parser as _re_parser  # type: ignore[import-not-found]  # no stub; guarded, see _first_chars
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeGuard

from khabar.errors import InputError, LanguagePackError
from khabar.langpacks import LanguagePack, LanguagePacks
from khabar.model import DateMention, Document, Sentence
from khabar.stages.dates.resolve import KINDS, UNITS, Expression, Tense, resolve_expression
from khabar.text.scripts import BRACKETS, DANDA_MARKS, DASHES, ELLIPSIS, QUOTES, WORD_CHARS

# Letters, digits and combining marks (Devanagari vowel signs are not ``\w`` in Python): a mention
# may not start or end next to one, so "कल" is not found in "कलकत्ता" nor "May" in "Mayor".
_WORD = WORD_CHARS
_BEFORE = rf"(?<![{_WORD}])"
_AFTER = rf"(?![{_WORD}])"
_NUKTA = "\u093c"
_TOKEN_PUNCT = DANDA_MARKS + ".,;:!?" + QUOTES + BRACKETS + DASHES + ELLIPSIS
_PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)\}")

# Language-neutral numeric dates (see module docstring). Numeric a/b: day first unless impossible.
_NUMERIC_PATTERNS: tuple[tuple[str, str], ...] = (
    ("date", r"(?<![\d/.:-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d/-])"),
    ("numeric", r"(?<![\d/.:-])(?P<a>\d{1,2})([/.])(?P<b>\d{1,2})\2(?P<year>\d{4})(?![\d/.]\d)"),
)

_FIELD_KEYS = ("shift", "year_shift", "unit", "amount", "by_tense")


def _mention_kind(expression: Expression) -> str:
    """The kind a mention reports: the expression's, except that a shift by weeks, months or years
    ("last week", "इस वर्ष", "three years ago") reports its unit ("week", "month", "year"): a week's
    value is its Monday, which is not the day of an event in it, and an unresolved "इस वर्ष" must
    not pass for a day."""
    if expression.kind in ("relative", "offset") and expression.unit in ("week", "month", "year"):
        return expression.unit
    return expression.kind


def _key(word: str) -> str:
    """Lookup key for a name: NFC, lower case, no trailing full stop."""
    return unicodedata.normalize("NFC", word.strip()).lower().rstrip(".")


def _precomposed() -> dict[str, str]:
    """Letter + nukta → the precomposed letter (क़ U+0958 …), which NFC never produces."""
    table: dict[str, str] = {}
    for code in (*range(0x0958, 0x0960), *range(0x09DC, 0x09E0), 0x0A33, 0x0A36, *range(0x0A59, 0x0A5F)):
        char = chr(code)
        decomposed = unicodedata.normalize("NFD", char)
        if len(decomposed) == 2:
            table[decomposed] = char
    return table


def _word_regex(word: str, precomposed: Mapping[str, str]) -> str:
    """A regex for ``word`` that accepts nukta letters precomposed or decomposed."""
    text = unicodedata.normalize("NFD", word)
    parts: list[str] = []
    index = 0
    while index < len(text):
        pair = text[index : index + 2]
        if pair in precomposed:
            parts.append(f"(?:{re.escape(pair)}|{precomposed[pair]})")
            index += 2
        else:
            parts.append(re.escape(text[index]))
            index += 1
    return "".join(parts)


def _alternation(words: Iterable[str], precomposed: Mapping[str, str]) -> str:
    unique = sorted(set(words), key=lambda w: (-len(w), w))  # longest first
    return "|".join(_word_regex(w, precomposed) for w in unique)


def _case_variants(word: str) -> set[str]:
    """Capitalised and upper-case forms (only these: "may" is a verb, "May" a month)."""
    if word.lower() == word.upper():  # no case in this script
        return {word}
    return {word[:1].upper() + word[1:].lower(), word.upper()}


@dataclass(slots=True, frozen=True)
class TenseRules:
    """How to tell the tense of the verb governing a date in one language (``[tense]``)."""

    verb_position: str  # "final": read the clause after the date from its end; "any": nearest marker
    clause_boundary: re.Pattern[str]
    auxiliaries: frozenset[str] = frozenset()
    past_words: frozenset[str] = frozenset()
    past_suffix: re.Pattern[str] | None = None
    future_suffix: re.Pattern[str] | None = None
    future_words: frozenset[str] = frozenset()
    past: re.Pattern[str] | None = None
    future: re.Pattern[str] | None = None

    def tense_at(self, text: str, start: int, end: int) -> Tense:
        """Tense governing the expression at ``text[start:end]`` (``text`` is its sentence)."""
        if self.verb_position == "final":
            for clause in self.clause_boundary.split(text[end:]):
                verdict = self._verb_group(clause)
                if verdict == "past":
                    return "past"
                if verdict == "future":
                    return "future"
                if verdict == "present":
                    return None
            return None
        return self._nearest_marker(text, start, end)

    def _word_tense(self, word: str) -> str | None:
        if word in self.future_words or (self.future_suffix and self.future_suffix.search(word)):
            return "future"
        if word in self.past_words or (self.past_suffix and self.past_suffix.search(word)):
            return "past"
        return None

    def _verb_group(self, clause: str) -> str:
        """``past``/``future``/``present`` from the clause's final verb group, ``none`` without one."""
        words = [w for w in (t.strip(_TOKEN_PUNCT) for t in clause.split()) if w]
        words = [unicodedata.normalize("NFC", w) for w in words]
        saw_auxiliary = False
        while words and words[-1] in self.auxiliaries:
            words.pop()
            saw_auxiliary = True
        if words:
            found = self._word_tense(words[-1])
            if found:
                return found
        return "present" if saw_auxiliary else "none"

    def _nearest_marker(self, text: str, start: int, end: int) -> Tense:
        clause_start, clause_end = 0, len(text)
        for boundary in self.clause_boundary.finditer(text):
            if boundary.end() <= start:
                clause_start = boundary.end()
            elif boundary.start() >= end:
                clause_end = boundary.start()
                break
        best: tuple[int, Tense] | None = None
        markers: tuple[tuple[Tense, re.Pattern[str] | None], ...] = (
            ("future", self.future),
            ("past", self.past),
        )
        for tense, pattern in markers:
            if pattern is None:
                continue
            for marker in pattern.finditer(text, clause_start, clause_end):
                if marker.end() > start and marker.start() < end:
                    continue  # inside the date itself
                distance = start - marker.end() if marker.end() <= start else marker.start() - end
                if best is None or distance < best[0]:
                    best = (distance, tense)
        return best[1] if best else None


@dataclass(slots=True, frozen=True)
class DatePattern:
    kind: str
    regex: re.Pattern[str]
    fields: Mapping[str, Any]  # fixed Expression fields from the pack (shift, unit, …)
    example: str | None = None
    example_match: str | None = None


@dataclass(slots=True, frozen=True)
class FoundDate:
    """A match before resolution: where it is, the expression, and whether the tense matters."""

    start: int
    end: int
    expression: Expression

    @property
    def needs_tense(self) -> bool:
        expr = self.expression
        if expr.kind == "date":
            return expr.year is None
        if expr.kind == "month":
            return expr.year is None and expr.year_shift is None and expr.shift == 0
        if expr.kind == "weekday":
            return expr.shift == 0
        return expr.kind == "relative" and expr.by_tense


@dataclass(slots=True, frozen=True)
class DateRules:
    """One language's compiled date patterns, name tables and tense rules."""

    lang: str
    patterns: tuple[DatePattern, ...]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int]
    units: Mapping[str, str]
    tense: TenseRules
    # (one regex any sentence holding a date matches, the patterns it does not cover): see _screen
    screen: tuple[re.Pattern[str] | None, tuple[tuple[int, DatePattern], ...]] = field(
        default=(None, ()), compare=False, repr=False
    )

    # per pattern, its regex led by its first-character class (None where it has no such form): a
    # search that tells in C whether the pattern matches anywhere in the text, before its finditer
    leads: tuple[re.Pattern[str] | None, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "screen", _screen(self.patterns))
        leads = [_first_char_screen(p.regex) for p in self.patterns]
        object.__setattr__(
            self,
            "leads",
            tuple(
                lead if lead is not p.regex else None for lead, p in zip(leads, self.patterns, strict=True)
            ),
        )

    @classmethod
    def from_pack(cls, pack: LanguagePack) -> DateRules | None:
        """Rules from the pack's ``dates.toml`` and ``metadata.toml``; None when it has no dates.toml."""
        section = pack.section("dates")
        if not section:
            return None
        where = f"{pack.directory / 'dates.toml'}"
        precomposed = _precomposed()

        month_lists = pack.section("metadata").get("months")
        if not _is_name_lists(month_lists, 12):
            raise LanguagePackError(
                f"{pack.directory / 'metadata.toml'}: 'months' must be twelve lists of names"
            )
        weekday_lists = section.get("weekdays")
        if not _is_name_lists(weekday_lists, 7):
            raise LanguagePackError(f"{where}: 'weekdays' must be seven lists of names, Monday first")
        ambiguous = {
            _key(w) for w in _str_list(section.get("ambiguous_months", []), where, "ambiguous_months")
        }

        months: dict[str, int] = {}
        month_words: list[str] = []
        strict_words: list[str] = []
        for number, names in enumerate(month_lists, start=1):
            full = _key(names[0])
            for name in names:
                key = _key(name)
                months[key] = number
                # an abbreviation listed with its full stop ("जन.") needs it: "जन" is also a word;
                # one listed without ("sept") may be written either way
                dotted = name.strip().endswith(".")
                abbreviation = dotted or (key != full and full.startswith(key))
                for form in _case_variants(name.strip().rstrip(".")):
                    dot = r"\." if dotted else r"\.?" if abbreviation else ""
                    piece = _word_regex(form, precomposed) + dot
                    month_words.append(piece)
                    if not abbreviation and key not in ambiguous:
                        strict_words.append(piece)

        weekdays: dict[str, int] = {}
        weekday_forms: list[str] = []
        for number, names in enumerate(weekday_lists):
            for name in names:
                weekdays[_key(name)] = number
                weekday_forms.extend(_case_variants(name))

        numbers_raw = section.get("numbers", {})
        if not isinstance(numbers_raw, dict) or not all(
            isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in numbers_raw.values()
        ):
            raise LanguagePackError(f"{where}: [numbers] must map words to positive integers")
        numbers = {_key(word): value for word, value in numbers_raw.items()}

        units_raw = section.get("units", {})
        if not isinstance(units_raw, dict) or set(units_raw) - set(UNITS):
            raise LanguagePackError(f"{where}: [units] keys must be among {', '.join(UNITS)}")
        units: dict[str, str] = {}
        unit_alts: dict[str, str] = {}
        for unit, words in units_raw.items():
            for word in _str_list(words, where, f"units.{unit}"):
                units[_key(word)] = unit
            unit_alts[unit] = _alternation(words, precomposed)

        def longest_first(pieces: list[str]) -> str:
            return "|".join(sorted(set(pieces), key=lambda p: (-len(p), p)))

        month_alt = longest_first(month_words)
        number_alt = _alternation(numbers_raw, precomposed)
        placeholders = {
            "day": r"(?P<day>\d{1,2})(?!\d)",
            "day2": r"(?P<day2>\d{1,2})(?!\d)",
            "year": r"(?P<year>\d{4})(?!\d)",
            "year2": r"(?P<year2>\d{4})(?!\d)",
            "month": f"(?P<month>{month_alt})",
            "month2": f"(?P<month2>{month_alt})",
            "month_strict": f"(?P<month>{longest_first(strict_words)})",
            "weekday": f"(?P<weekday>{_alternation(weekday_forms, precomposed)}){_AFTER}",
            "number": rf"(?P<number>\d{{1,3}}(?!\d)|(?:{number_alt}){_AFTER})",
            "unit": f"(?P<unit>{'|'.join(unit_alts.values())}){_AFTER}",
            **{f"u_{unit}": f"(?:{alt}){_AFTER}" for unit, alt in unit_alts.items()},
        }

        patterns = [
            DatePattern(kind, re.compile(_BEFORE + f"(?:{regex})" + _AFTER), {})
            for kind, regex in _NUMERIC_PATTERNS
        ]
        entries = section.get("patterns", [])
        if not isinstance(entries, list):
            raise LanguagePackError(f"{where}: 'patterns' must be an array of tables")
        for index, entry in enumerate(entries):
            patterns.append(_pattern(entry, placeholders, f"{where}: patterns[{index}]"))
        tense = _tense_rules(section.get("tense", {}), f"{where}: [tense]")
        return cls(pack.code, tuple(patterns), months, weekdays, numbers, units, tense)

    # ------------------------------------------------------------------------------------ matching

    def find(self, text: str) -> list[FoundDate]:
        """Date expressions in ``text``, non-overlapping, in text order (longest match wins)."""
        candidates: list[tuple[int, int, int, FoundDate]] = []
        screen, unscreened = self.screen
        # most sentences hold no date: one search tells, instead of one scan per pattern
        patterns = enumerate(self.patterns) if screen is None or screen.search(text) else unscreened
        leads = self.leads
        for order, pattern in patterns:
            lead = leads[order]
            if lead is not None and lead.search(text) is None:
                continue  # the pattern matches nowhere in the text
            for match in pattern.regex.finditer(text):
                if match.end() == match.start():
                    continue
                expression = self._expression(pattern, match)
                if expression is not None:
                    found = FoundDate(match.start(), match.end(), expression)
                    candidates.append((match.start() - match.end(), order, match.start(), found))
        candidates.sort(key=lambda c: c[:3])
        taken: list[FoundDate] = []
        for *_, found in candidates:
            if all(found.end <= other.start or found.start >= other.end for other in taken):
                taken.append(found)
        return sorted(taken, key=lambda f: f.start)

    def _expression(self, pattern: DatePattern, match: re.Match[str]) -> Expression | None:
        """The match as an Expression, or None when its parts cannot be a date (day 42, month 13)."""
        groups = {name: value for name, value in match.groupdict().items() if value is not None}
        fields: dict[str, Any] = dict(pattern.fields)
        kind = pattern.kind
        try:
            if kind == "numeric":
                a, b = int(groups["a"]), int(groups["b"])
                if not (1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12):
                    return None
                fields.update(day=a, month=b)
            for name in ("day", "day2"):
                if name in groups:
                    fields[name] = int(groups[name])
                    if not 1 <= fields[name] <= 31:
                        return None
            for name in ("year", "year2"):
                if name in groups:
                    fields[name] = int(groups[name])
            for name in ("month", "month2"):
                if name in groups:
                    text = groups[name]
                    value = int(text) if text.isdecimal() else self.months.get(_key(text))
                    if value is None or not 1 <= value <= 12:
                        return None
                    fields[name] = value
            if "weekday" in groups:
                fields["weekday"] = self.weekdays[_key(groups["weekday"])]
            if "number" in groups:
                text = groups["number"]
                fields["amount"] = int(text) if text.isdecimal() else self.numbers[_key(text)]
            if "unit" in groups:
                fields["unit"] = self.units[_key(groups["unit"])]
        except KeyError:  # a name the regex accepted but the tables lack (should not happen)
            return None
        if kind == "date" and "day" not in fields:
            return None
        return Expression(kind=kind, **fields)

    def mentions(
        self, text: str, published: date | datetime | None, offset: int = 0, sentence: int | None = None
    ) -> list[DateMention]:
        """Resolved :class:`DateMention` s for ``text`` (a sentence), offsets shifted by ``offset``."""
        result: list[DateMention] = []
        for found in self.find(text):
            tense = self.tense.tense_at(text, found.start, found.end) if found.needs_tense else None
            resolution = resolve_expression(found.expression, published, tense)
            result.append(
                DateMention(
                    start=offset + found.start,
                    end=offset + found.end,
                    text=text[found.start : found.end],
                    value=resolution.value,
                    precision=resolution.precision,
                    end_value=resolution.end_value,
                    relative=resolution.relative,
                    sentence=sentence,
                    kind=_mention_kind(found.expression),
                )
            )
        return result


def _is_name_lists(value: Any, count: int) -> TypeGuard[list[list[str]]]:
    return (
        isinstance(value, list)
        and len(value) == count
        and all(isinstance(names, list) and names for names in value)
        and all(isinstance(n, str) and n.strip(" .") for names in value for n in names)
    )


def _str_list(value: Any, where: str, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LanguagePackError(f"{where}: '{name}' must be a list of non-empty strings")
    return value


_GROUP_NAME = re.compile(r"\(\?P<[A-Za-z_][A-Za-z_0-9]*>")
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")  # \2, (?P=name), (?(1)…)


def _screen(
    patterns: tuple[DatePattern, ...],
) -> tuple[re.Pattern[str] | None, tuple[tuple[int, DatePattern], ...]]:
    """One regex that matches somewhere in every text where any of ``patterns`` does (their bodies
    as alternatives, without the shared word-boundary lookbehind and group names: a weaker test, so
    never a miss), and the patterns it cannot stand for (a backreference or conditional needs its
    own group numbers), which are always run. A text the regex does not match holds no match of the others."""
    bodies: list[str] = []
    unscreened: list[tuple[int, DatePattern]] = []
    for order, pattern in enumerate(patterns):
        regex = pattern.regex.pattern
        if pattern.regex.flags != re.UNICODE or _BACKREFERENCE.search(regex):
            unscreened.append((order, pattern))
            continue
        body = regex.removeprefix(_BEFORE)  # a lookbehind only narrows where the rest may match
        body = f"(?:{_GROUP_NAME.sub('(?:', body)})"
        if not _has_first_chars(body):
            # (e.g. a case-insensitive group): in the screen it would leave the whole screen
            # unled, a scan of every alternative at every position; run on its own it costs less
            unscreened.append((order, pattern))
            continue
        bodies.append(body)
    if not bodies:
        return None, tuple(enumerate(patterns))
    try:
        screen = re.compile("|".join(bodies))
    except re.error:
        return None, tuple(enumerate(patterns))
    return _first_char_screen(screen), tuple(unscreened)


# the regex categories a first-character class may name, as written in a class
_CATEGORY_ESCAPES = {
    _re_constants.CATEGORY_DIGIT: r"\d",  # (the parser's; a str pattern compiles them as Unicode's)
    _re_constants.CATEGORY_WORD: r"\w",
    _re_constants.CATEGORY_SPACE: r"\s",
    _re_constants.CATEGORY_UNI_DIGIT: r"\d",
    _re_constants.CATEGORY_UNI_WORD: r"\w",
    _re_constants.CATEGORY_UNI_SPACE: r"\s",
}


def _first_char_screen(screen: re.Pattern[str]) -> re.Pattern[str]:
    r"""``screen`` led by the class of characters any of its matches can start with, as
    ``[first](?<=(?=screen)[\s\S])``: the same texts match (the lookbehind steps back over the
    character the class took and runs ``screen`` from it), but the regex engine's scan skips every
    position whose character is not in the class in C, without trying the alternatives there
    (sentences are mostly such positions, and most hold no date). ``screen`` itself when its
    first characters cannot be told (a class it cannot copy, a possibly empty match, flags)."""
    if screen.flags != re.UNICODE:
        return screen
    try:
        chars, can_be_empty = _first_chars(_re_parser.parse(screen.pattern).data)
        if chars is None or can_be_empty or not chars:
            return screen
        return re.compile(f"[{''.join(sorted(chars))}](?<=(?={screen.pattern})[\\s\\S])")
    except (re.error, RecursionError, TypeError, ValueError, AttributeError):
        return screen  # the parser is CPython's own (re._parser): any surprise keeps the plain screen


# a class item _first_chars gives for one ASCII character (escaped or not; not the \d \w \s categories)
_ASCII_ITEM = re.compile(r"\\?[ -~]")
_BMP: list[str] = []  # every character of the Basic Multilingual Plane but the surrogates, built once


def led_search(regex: re.Pattern[str]) -> re.Pattern[str]:
    r"""A regex that matches in the same texts as ``regex`` (for a yes/no search: the match itself
    may differ), led by the class of characters its matches can start with, as
    :func:`_first_char_screen` leads one. A pattern case-insensitive as a whole (``(?i)…``) whose
    matches start with ASCII characters is led too: by every character case-insensitive matching
    takes for them (the regex engine's own answer, "ſ" for s, "İ" for i included), in a
    case-sensitive class, since the engine skips positions in C only before such a class.
    ``regex`` itself when it cannot be led."""
    if regex.flags == re.UNICODE:
        return _first_char_screen(regex)
    if regex.flags != re.UNICODE | re.IGNORECASE or not regex.pattern.startswith("(?i)"):
        return regex
    body = regex.pattern.removeprefix("(?i)")
    try:
        chars, can_be_empty = _first_chars(_re_parser.parse(body).data)
        if chars is None or can_be_empty or not chars:
            return regex
        if any(c in _CATEGORY_ESCAPES.values() or not _ASCII_ITEM.fullmatch(c) for c in chars):
            return regex  # (a category or a non-ASCII character may be taken outside this plane)
        if not _BMP:
            _BMP.append("".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000))
        taken = sorted(set(re.compile(f"(?i)[{''.join(sorted(chars))}]").findall(_BMP[0])))
        return re.compile(f"(?i)(?-i:[{''.join(map(re.escape, taken))}])(?<=(?={body})[\\s\\S])")
    except (re.error, RecursionError, TypeError, ValueError, AttributeError):
        return regex  # (see _first_char_screen)


def _has_first_chars(regex: str) -> bool:
    """Whether :func:`_first_char_screen` can lead ``regex`` by the class of its first characters."""
    try:
        compiled = re.compile(regex)
    except re.error:
        return False
    return _first_char_screen(compiled) is not compiled


def _first_chars(items: Any) -> tuple[set[str] | None, bool]:
    """The class items (escaped characters, ranges, category escapes) a match of the parsed
    sequence ``items`` can start with, or None when unknown; and whether the sequence can match
    the empty string. Zero-width assertions are passed over: they only narrow the matches."""
    C = _re_constants
    chars: set[str] = set()
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        sub: set[str] | None
        if op is C.LITERAL:
            chars.add(re.escape(chr(av)))
            return chars, False
        if op is C.IN:
            for kind, value in av:
                if kind is C.LITERAL:
                    chars.add(re.escape(chr(value)))
                elif kind is C.RANGE:
                    chars.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is C.CATEGORY and value in _CATEGORY_ESCAPES:
                    chars.add(_CATEGORY_ESCAPES[value])
                else:
                    return None, False  # a negated class, an ASCII-only category, …
            return chars, False
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, pattern = av
            if add_flags or del_flags:
                return None, False
            sub, empty = _first_chars(pattern)
        elif op is C.BRANCH:
            sub, empty = set(), False
            for branch in av[1]:
                branch_chars, branch_empty = _first_chars(branch)
                if branch_chars is None:
                    return None, False
                sub |= branch_chars
                empty = empty or branch_empty
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _high, item = av
            sub, empty = _first_chars(item)
            empty = empty or low == 0
        else:
            return None, False  # any character, a backreference, an atomic group, …
        if sub is None:
            return None, False
        chars |= sub
        if not empty:
            return chars, False
    return chars, True


def _compile(regex: Any, where: str) -> re.Pattern[str]:
    if not isinstance(regex, str) or not regex:
        raise LanguagePackError(f"{where}: expected a regular expression string")
    try:
        return re.compile(regex)
    except re.error as exc:
        raise LanguagePackError(f"{where}: invalid regular expression: {exc}") from exc


def _pattern(entry: Any, placeholders: Mapping[str, str], where: str) -> DatePattern:
    if not isinstance(entry, dict):
        raise LanguagePackError(f"{where}: must be a table")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise LanguagePackError(f"{where}: kind must be one of {', '.join(KINDS)}, got {kind!r}")
    regex = entry.get("regex")
    if not isinstance(regex, str) or not regex:
        raise LanguagePackError(f"{where}: 'regex' must be a non-empty string")

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.isdecimal() or name.replace(",", "").isdecimal():
            return match.group(0)  # a quantifier such as {4}
        if name not in placeholders:
            raise LanguagePackError(f"{where}: unknown placeholder {{{name}}} in {regex!r}")
        return placeholders[name]

    compiled = _compile(_BEFORE + "(?:" + _PLACEHOLDER.sub(substitute, regex) + ")" + _AFTER, where)
    fields = {k: entry[k] for k in _FIELD_KEYS if k in entry}
    unknown = set(entry) - {"kind", "regex", "example", "example_match", *_FIELD_KEYS}
    if unknown:
        raise LanguagePackError(f"{where}: unknown keys {sorted(unknown)}")
    try:
        Expression(kind=kind, **fields)  # validates unit and field types early
    except (TypeError, ValueError) as exc:
        raise LanguagePackError(f"{where}: {exc}") from exc
    return DatePattern(kind, compiled, fields, entry.get("example"), entry.get("example_match"))


def _tense_rules(section: Any, where: str) -> TenseRules:
    if not isinstance(section, dict):
        raise LanguagePackError(f"{where}: must be a table")
    position = section.get("verb_position", "any")
    if position not in ("final", "any"):
        raise LanguagePackError(f"{where}: verb_position must be 'final' or 'any', got {position!r}")

    def words(name: str) -> frozenset[str]:
        return frozenset(
            unicodedata.normalize("NFC", w) for w in _str_list(section.get(name, []), where, name)
        )

    def optional(name: str) -> re.Pattern[str] | None:
        return _compile(section[name], f"{where} {name}") if name in section else None

    boundary = section.get("clause_boundary", r"[;!?]")
    return TenseRules(
        verb_position=position,
        clause_boundary=_compile(boundary, f"{where} clause_boundary"),
        auxiliaries=words("auxiliaries"),
        past_words=words("past_words"),
        past_suffix=optional("past_suffix"),
        future_suffix=optional("future_suffix"),
        future_words=words("future_words"),
        past=optional("past"),
        future=optional("future"),
    )


class DateStage:
    """Finds and resolves date mentions in every non-caption sentence (see the module docstring)."""

    name = "dates"
    requires = frozenset({"clean", "sentences", "lang", "published"})
    assigns = frozenset({"dates"})

    def __init__(self, packs: LanguagePacks) -> None:
        self.rules: dict[str, DateRules] = {}
        for pack in packs:
            rules = DateRules.from_pack(pack)
            if rules is not None:
                self.rules[pack.code] = rules

    def __call__(self, doc: Document) -> Document:
        if not isinstance(doc.clean, str) or doc.sentences is None:
            raise InputError(
                doc.origin or doc.id, "date extraction needs the clean text and sentences; run segment first"
            )
        doc.dates = self.find(doc.clean, doc.sentences, doc.lang, doc.published)
        return doc

    def find(
        self,
        clean: str,
        sentences: Sequence[Sentence],
        lang: str | None,
        published: date | datetime | None,
    ) -> list[DateMention]:
        """Date mentions of every non-caption sentence, in text order."""
        mentions: list[DateMention] = []
        for index, sentence in enumerate(sentences):
            if sentence.kind == "caption":
                continue
            rules = self.rules.get(sentence.lang or lang or "")
            if rules is None:
                continue
            text = clean[sentence.start : sentence.end]
            mentions.extend(rules.mentions(text, published, offset=sentence.start, sentence=index))
        return mentions
