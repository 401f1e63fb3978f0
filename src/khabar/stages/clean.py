"""The clean stage: delete scraping leftovers from the raw text, keeping a record of every deletion.

Cleaning only ever *deletes* characters, so the clean text is a subsequence of the raw text and
``Document.offset_map`` maps every clean character back to the very same raw character. Each deleted
piece is kept as a :class:`~khabar.model.RemovedSpan` (raw offsets, a ``kind`` and its text); the raw
characters not kept are exactly the union of the removed spans. Leftovers get the kind of the rule
that matched them (``ad``, ``comment_counter``, ``source``, …) and cover just the leftover's own text;
the whitespace deleted around them (indentation, line breaks, extra blank lines) is recorded with
the kind ``whitespace``.

The patterns are data: the ``[[rule]]`` entries of every pack's ``cleaning.toml`` (see
``langpacks/en/cleaning.toml`` for the format). All packs' rules apply to every article, because the
language is only detected after cleaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from khabar.errors import InputError, LanguagePackError
from khabar.langpacks import LanguagePacks
from khabar.model import Document, OffsetMap, RemovedSpan
from khabar.stages.dates.stage import led_search

SCOPES = ("line", "inline", "tail", "text")
RECORD_MODES = ("always", "top")
WHITESPACE_KIND = "whitespace"
DUPLICATE_KIND = "duplicate_line"

# A line break: the same definition is used by the segment stage, so "a line" means one thing.
LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# Invisible characters that count as blank at the edges of a line (ZWNJ/ZWJ are meaningful in
# Devanagari and are not among them).
_EXTRA_BLANKS = frozenset("\u200b\ufeff\u2060")
# Dash and quote variants that do not make two lines different (hi_25 repeats its title once with
# an en dash and once with a hyphen).
_DUPLICATE_FOLD = str.maketrans(
    {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}
    | {c: '"' for c in "\u201c\u201d\u201e\u00ab\u00bb"}
    | {c: "'" for c in "\u2018\u2019\u201a"}
)
_DUPLICATE_FOLDED = re.compile("[" + re.escape("".join(map(chr, _DUPLICATE_FOLD))) + "]")  # what it folds
_SPACES = re.compile(r"\s+")
# A related-links block ("HEADLINES", "संबंधित खबरें") only cuts the rest of the page once this much
# article text came before it, so a navigation menu above the article never removes the article.
_TAIL_MIN_KEPT_CHARS = 200


def is_blank(char: str) -> bool:
    return char.isspace() or char in _EXTRA_BLANKS


def iter_lines(text: str) -> list[tuple[int, int, int]]:
    """``(start, content_end, end)`` of each line: ``[start, content_end)`` is its text and
    ``[content_end, end)`` its line break (empty for the last line)."""
    lines: list[tuple[int, int, int]] = []
    start = 0
    for match in LINE_BREAK.finditer(text):
        lines.append((start, match.start(), match.end()))
        start = match.end()
    if start < len(text) or not lines:
        lines.append((start, len(text), len(text)))
    return lines


def _strip_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and is_blank(text[start]):
        start += 1
    while end > start and is_blank(text[end - 1]):
        end -= 1
    return start, end


@dataclass(slots=True, frozen=True)
class CleaningRule:
    """One compiled ``[[rule]]`` of a pack's ``cleaning.toml``."""

    kind: str
    pattern: re.Pattern[str]
    scope: str  # "line" | "inline" | "tail"
    record: str | None  # None | "always" | "top": whether the text goes to Document.source_lines
    example: str
    pack: str

    def recorded_text(self, match: re.Match[str]) -> str:
        if "value" in self.pattern.groupindex and match.group("value") is not None:
            return match.group("value").strip()
        return match.group(0).strip()


def _compile_rule(entry: Any, pack: str, index: int) -> CleaningRule:
    where = f"langpack {pack!r} cleaning.toml rule #{index + 1}"
    if not isinstance(entry, dict):
        raise LanguagePackError(f"{where}: expected a table, got {type(entry).__name__}")
    kind, pattern = entry.get("kind"), entry.get("pattern")
    if not isinstance(kind, str) or not kind or not isinstance(pattern, str) or not pattern:
        raise LanguagePackError(f"{where}: 'kind' and 'pattern' must be non-empty strings")
    scope = entry.get("scope", "line")
    if scope not in SCOPES:
        raise LanguagePackError(f"{where} ({kind}): scope {scope!r} is not one of {SCOPES}")
    record = entry.get("record")
    if record is not None and record not in RECORD_MODES:
        raise LanguagePackError(f"{where} ({kind}): record {record!r} is not one of {RECORD_MODES}")
    example = entry.get("example", "")
    if not isinstance(example, str):
        raise LanguagePackError(f"{where} ({kind}): 'example' must be a string")
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise LanguagePackError(f"{where} ({kind}): invalid pattern: {exc}") from exc
    return CleaningRule(kind, compiled, scope, record, example, pack)


def load_cleaning_rules(packs: LanguagePacks) -> list[CleaningRule]:
    """Compile the cleaning rules of every pack, in pack order then file order."""
    rules: list[CleaningRule] = []
    for pack in packs:
        entries = pack.section("cleaning").get("rule", [])
        if not isinstance(entries, list):
            raise LanguagePackError(f"langpack {pack.code!r} cleaning.toml: 'rule' must be an array")
        rules.extend(_compile_rule(entry, pack.code, i) for i, entry in enumerate(entries))
    return rules


@dataclass(slots=True)
class CleanResult:
    clean: str
    offset_map: OffsetMap
    removed: list[RemovedSpan]
    source_lines: list[str]


@dataclass(slots=True)
class _Line:
    """A line that keeps some text: the raw pieces kept, and its line break."""

    pieces: list[tuple[int, int]]
    break_span: tuple[int, int]
    blank_before: bool  # a blank line separated it from the previous kept line in the raw text


class Cleaner:
    """Applies compiled cleaning rules to a text (the stage is a thin wrapper around this)."""

    def __init__(self, rules: list[CleaningRule]) -> None:
        self.tail_rules = [r for r in rules if r.scope == "tail"]
        self.line_rules = [r for r in rules if r.scope == "line"]
        self.inline_rules = [r for r in rules if r.scope == "inline"]
        # each inline rule's yes/no search led by its first characters (most lines hold no match: the
        # rule's own scan is run only on those that do); None when it cannot be led
        self._inline_screens = [
            led if (led := led_search(r.pattern)) is not r.pattern else None for r in self.inline_rules
        ]
        self.text_rules = [r for r in rules if r.scope == "text"]

    def _text_matches(self, raw: str) -> list[tuple[int, int, str]]:
        """Leftovers that may run over line breaks (``scope = "text"``), non-overlapping, in order."""
        found = sorted(
            (m.start(), m.end(), rule.kind)
            for rule in self.text_rules
            for m in rule.pattern.finditer(raw)
            if m.end() > m.start()
        )
        chosen: list[tuple[int, int, str]] = []
        for item in found:
            if not chosen or item[0] >= chosen[-1][1]:
                chosen.append(item)
        return chosen

    def _line_rule(self, content: str) -> tuple[CleaningRule, re.Match[str]] | None:
        for rule in self.line_rules:
            match = rule.pattern.fullmatch(content)
            if match:
                return rule, match
        return None

    def _inline_matches(
        self, raw: str, start: int, end: int, text_spans: list[tuple[int, int, str]] | None = None
    ) -> list[tuple[int, int, str]]:
        """Non-overlapping inline leftovers in ``raw[start:end]``, earliest (then longest) first; the
        parts of multi-line leftovers (``text_spans``) that fall in the line count as inline ones."""
        content = raw[start:end]
        found: list[tuple[int, int, str]] = [
            (max(left, start), min(right, end), kind)
            for left, right, kind in text_spans or []
            if left < end and start < right
        ]
        for rule, screen in zip(self.inline_rules, self._inline_screens, strict=True):
            if screen is not None and not screen.search(content):
                continue
            for match in rule.pattern.finditer(content):
                if match.end() > match.start():
                    found.append((start + match.start(), start + match.end(), rule.kind))
        found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
        chosen: list[tuple[int, int, str]] = []
        for item in found:
            if not chosen or item[0] >= chosen[-1][1]:
                chosen.append(item)
        return chosen

    def clean(self, raw: str) -> CleanResult:
        leftovers: list[tuple[int, int, str]] = []  # exact raw spans of leftovers, with their kind
        source_lines: list[str] = []
        kept_lines: list[_Line] = []
        kept_chars = 0
        previous_key: str | None = None
        pending_blank = False
        text_spans = self._text_matches(raw) if self.text_rules else []

        for line_start, content_end, line_end in iter_lines(raw):
            start, end = _strip_bounds(raw, line_start, content_end)
            if start == end:
                pending_blank = True
                continue
            content = raw[start:end]

            if kept_chars >= _TAIL_MIN_KEPT_CHARS:
                tail = next((r for r in self.tail_rules if r.pattern.fullmatch(content)), None)
                if tail is not None:
                    # The rest of the page is a list of unrelated links: drop it all.
                    tail_end = _strip_bounds(raw, start, len(raw))[1]
                    leftovers.append((start, tail_end, tail.kind))
                    break

            line_match = self._line_rule(content)
            if line_match is not None:
                rule, match = line_match
                leftovers.append((start, end, rule.kind))
                if rule.record == "always" or (rule.record == "top" and not kept_lines):
                    source_lines.append(rule.recorded_text(match))
                continue

            inline = self._inline_matches(raw, start, end, text_spans)
            pieces = _kept_pieces(raw, start, end, inline)
            if not pieces:  # the line held nothing but leftovers
                leftovers.extend(inline)
                continue
            key = _duplicate_key("".join(raw[a:b] for a, b in pieces))
            if key == previous_key:
                leftovers.append((start, end, DUPLICATE_KIND))
                continue
            leftovers.extend(inline)
            previous_key = key
            kept_lines.append(_Line(pieces, (content_end, line_end), pending_blank and bool(kept_lines)))
            kept_chars += sum(b - a for a, b in pieces)
            pending_blank = False

        kept = _kept_ranges(raw, kept_lines)
        return CleanResult(
            clean="".join(raw[a:b] for a, b in kept),
            offset_map=OffsetMap.from_kept(kept),
            removed=_removed_spans(raw, kept, leftovers),
            source_lines=source_lines,
        )


def _kept_pieces(raw: str, start: int, end: int, inline: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The raw ranges of a line kept around its inline leftovers, without doubled or edge spaces."""
    gaps: list[tuple[int, int]] = []
    position = start
    for left, right, _ in inline:
        gaps.append((position, left))
        position = right
    gaps.append((position, end))

    pieces: list[tuple[int, int]] = []
    ends_blank = True  # nothing kept yet: leading blanks go
    for left, right in gaps:
        if ends_blank:
            while left < right and is_blank(raw[left]):
                left += 1
        if left < right:
            pieces.append((left, right))
            ends_blank = is_blank(raw[right - 1])
    while pieces:  # trailing blanks left where a leftover ended the line
        left, right = pieces[-1]
        while right > left and is_blank(raw[right - 1]):
            right -= 1
        if right > left:
            pieces[-1] = (left, right)
            break
        pieces.pop()
    return pieces


def _duplicate_key(text: str) -> str:
    # the fold only where a folded character is (a translate by a dict costs per character, the
    # class search far less); str.split's whitespace is the regex's ``\s`` (Py_UNICODE_ISSPACE)
    if _DUPLICATE_FOLDED.search(text) is not None:
        text = text.translate(_DUPLICATE_FOLD)
    return " ".join(text.split()).casefold()


def _duplicate_key_by_rules(text: str) -> str:
    """:func:`_duplicate_key` as the fold and the whitespace rule say it (the tests hold it to this)."""
    return _SPACES.sub(" ", text.translate(_DUPLICATE_FOLD)).strip().casefold()


def _kept_ranges(raw: str, lines: list[_Line]) -> list[tuple[int, int]]:
    """Join kept lines with their own line breaks; a blank line (one, never more) where the raw had any.

    The separator is made of raw line-break characters only: the previous kept line's break, and
    for a paragraph gap the next raw line break after it (the one that ended the first blank line
    or removed line). Nothing is ever inserted.
    """
    kept: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if index:
            previous = lines[index - 1]
            kept.append(previous.break_span)
            if line.blank_before:
                second = LINE_BREAK.search(raw, previous.break_span[1], line.pieces[0][0])
                if second is not None:
                    kept.append((second.start(), second.end()))
        kept.extend(line.pieces)
    return kept


def _removed_spans(
    raw: str, kept: list[tuple[int, int]], leftovers: list[tuple[int, int, str]]
) -> list[RemovedSpan]:
    """Every raw character not kept, as spans: the leftovers as found, the rest as whitespace."""
    removed: list[RemovedSpan] = []
    leftovers = sorted(leftovers)
    leftover_index = 0
    for gap_start, gap_end in _gaps(kept, len(raw)):
        position = gap_start
        while leftover_index < len(leftovers) and leftovers[leftover_index][0] < gap_end:
            left, right, kind = leftovers[leftover_index]
            leftover_index += 1
            if left > position:
                removed.append(RemovedSpan(position, left, WHITESPACE_KIND, raw[position:left]))
            removed.append(RemovedSpan(left, right, kind, raw[left:right]))
            position = right
        if position < gap_end:
            removed.append(RemovedSpan(position, gap_end, WHITESPACE_KIND, raw[position:gap_end]))
    return removed


def _gaps(kept: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    gaps: list[tuple[int, int]] = []
    position = 0
    for start, end in kept:
        if start > position:
            gaps.append((position, start))
        position = max(position, end)
    if position < length:
        gaps.append((position, length))
    return gaps


class CleanStage:
    """Removes scraping leftovers of any language; see the module docstring."""

    name = "clean"
    requires = frozenset({"raw"})
    assigns = frozenset({"clean", "offset_map", "removed", "source_lines"})

    def __init__(self, packs: LanguagePacks) -> None:
        self.rules = load_cleaning_rules(packs)
        self.cleaner = Cleaner(self.rules)

    def __call__(self, doc: Document) -> Document:
        if not isinstance(doc.raw, str):
            raise InputError(doc.origin or doc.id, f"raw text must be a str, not {type(doc.raw).__name__}")
        result = self.cleaner.clean(doc.raw)
        doc.clean = result.clean
        doc.offset_map = result.offset_map
        doc.removed = result.removed
        doc.source_lines = result.source_lines
        return doc
