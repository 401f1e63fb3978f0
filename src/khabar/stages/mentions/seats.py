"""Constituencies: a place named as an election seat is the seat, not the town.

Election copy names seats by their towns: "won the Gorakhpur Lok Sabha bypoll", "the Kairana seat",
"the Assembly seats of Gangoh, Rampur and Ghosi", "गोरखपुर लोकसभा सीट", "रामपुर विधानसभा क्षेत्र से".
English Wikipedia titles such a seat "<Place> Lok Sabha constituency" / "<Place> Assembly constituency".
After a language's finder has found its mentions, :func:`seat_mentions` renames each place mention in
seat context (a cue word right after it, or right before a list of places it belongs to) to its
constituency, typed GPE, with the offsets of the place words. Which house: the cue's own words ("Lok
Sabha seat"), else the sentence's, else the article's (the house named most often); when nothing says,
the place stays a place. Once the article has named a place as a seat, its other bare mentions are
that seat too (the same article reads one name one way).

The seat mention is carried to the linker as a named collective (``finder="group"``, the English name
in ``title``, as the Hindi finder names "दिल्ली पुलिस" Delhi Police): no linker change is needed.
Cue words are data: ``[seats]`` in each language's ``mentions.toml``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from khabar.errors import LanguagePackError
from khabar.model import EntityMention
from khabar.stages.dates.stage import led_search

if TYPE_CHECKING:
    from khabar.kb import KnowledgeBase

SEAT = "group"  # the linker names a "group" mention by its title (see the module docstring)
_TITLE_ONLY = "title_only"
# knowledge-base places that can be a seat: Indian districts/towns and gazetteer cities (not a state
# or a country: "Uttar Pradesh assembly seats" are the state's seats)
_SEAT_PLACE_PREFIXES = ("place:in_", "city:")


@dataclass(frozen=True, slots=True)
class SeatCues:
    houses: dict[str, str]  # house word (casefolded) → name suffix ("lok sabha" → "Lok Sabha constituency")
    after: re.Pattern[str]  # cue right after a place (or the last place of a list)
    after_plural: re.Pattern[str]  # plural cue: only after a list of two or more places
    before: re.Pattern[str] | None  # cue right before a place (or the first place of a list)
    house_re: re.Pattern[str]
    country: str  # the role country of a seat mention
    reserved_end: re.Pattern[str]  # a reservation mark ending a text
    joiner_end: re.Pattern[str]  # a list joiner (and marks) ending a text
    joiner_start: re.Pattern[str]  # a list joiner (and marks) starting a text
    capitalised: bool  # names start with capitals (their runs are read from the text)
    legislatures: frozenset[str]  # towns that are a legislature's own territory ("Delhi assembly polls")
    leading: frozenset[str]  # words that may lead a capitalised run without naming a place ("Its")
    # the cue words every match of ``after``, ``after_plural`` or ``before`` holds (their last, required
    # part): a text where this finds nothing has no seat cue, and the three scans (which try every
    # position: they begin with optional parts) are skipped
    screen: re.Pattern[str] | None = None


def _alternation(words: list[str]) -> str:
    # NFC as the clean text is (precomposed nukta letters such as ड़ are decomposed by NFC)
    forms = {unicodedata.normalize("NFC", w) for w in words}
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(forms, key=len, reverse=True))


def load_seat_cues(mentions: dict[str, Any], origin: str) -> SeatCues | None:
    """The ``[seats]`` table of a pack's mentions.toml (None when the pack has none)."""
    table = mentions.get("seats")
    if not table:
        return None
    where = f"{origin}/mentions.toml [seats]"
    try:
        houses = {
            unicodedata.normalize("NFC", str(w)).casefold(): str(suffix)
            for suffix, ws in table["houses"].items()
            for w in ws
        }
        after = [str(w) for w in table["after"]]
        housed = [str(w) for w in table.get("after_housed", {})]
        plural = [str(w) for w in table.get("after_plural", {})]
        before = [str(w) for w in table.get("before", {})]
        joiners = [str(w) for w in table["joiners"]]
        reserved = [str(w) for w in table.get("reserved", [])]
        country = str(table.get("country", "IND"))
    except (KeyError, AttributeError, TypeError) as exc:
        raise LanguagePackError(f"{where}: needs houses, after and joiners tables ({exc})") from exc
    if not after or not houses or not joiners:
        raise LanguagePackError(f"{where}: houses, after and joiners must not be empty")
    # a cue ends at a word boundary (Devanagari vowel signs are no \w, so they are named)
    end = r"(?![\w\u0900-\u0963\u0970-\u097f])"
    start = r"(?<![\w\u0900-\u0963\u0970-\u097f])"
    house = rf"(?:{_alternation(list(houses))})"
    res = rf"(?:\s*(?:{_alternation(reserved)}))?" if reserved else ""
    nouns = rf"(?:{house}\s+)?(?:{_alternation(after)})"
    if housed:
        nouns += rf"|{house}\s+(?:{_alternation(housed)})"
    never = re.compile(r"(?!)")
    return SeatCues(
        houses=houses,
        after=re.compile(rf"{res}\s*(?:{nouns}){end}", re.IGNORECASE),
        after_plural=re.compile(rf"{res}\s*(?:{house}\s+)?(?:{_alternation(plural)}){end}", re.IGNORECASE)
        if plural
        else never,
        before=re.compile(rf"{start}(?:{house}\s+)?(?:{_alternation(before)}){end}", re.IGNORECASE)
        if before
        else None,
        reserved_end=re.compile(rf"{res}\s*$") if reserved else never,
        joiner_end=re.compile(rf"{res}\s*(?:{_alternation(joiners)})\s*$"),
        joiner_start=re.compile(rf"{res}\s*(?:{_alternation(joiners)})\s*"),
        capitalised=bool(table.get("capitalised", False)),
        legislatures=frozenset(
            unicodedata.normalize("NFC", str(w)).casefold() for w in table.get("legislatures", {})
        ),
        leading=frozenset(str(w) for w in table.get("leading", [])),
        house_re=re.compile(rf"{start}{house}{end}", re.IGNORECASE),
        country=country,
        # led by the characters its matches can start with (``led_search``: the same texts match; an
        # ASCII (?i) alternation is otherwise tried at every position, ~1 ms per English article)
        screen=led_search(re.compile("(?i)" + _alternation([*after, *housed, *plural, *before]))),
    )


def _house(cues: SeatCues, text: str) -> str | None:
    """The house named first in ``text`` (None when none is)."""
    found = cues.house_re.search(text)
    return cues.houses.get(re.sub(r"\s+", " ", found.group()).casefold()) if found else None


def _place_like(mention: EntityMention) -> bool:
    """A mention that can name a seat: a town or district, or a name no knowledge base knows that the
    finder typed a place, person or organisation (spaCy reads many small towns as people)."""
    if mention.finder in (SEAT, _TITLE_ONLY) or not mention.text.strip():
        return False
    if mention.kb_ids:
        return mention.kb_ids[0].startswith(_SEAT_PLACE_PREFIXES)
    return mention.type in ("GPE", "LOC", "PER", "ORG", None) and not re.search(r"[,;()]", mention.text)


def _english_name(kb: KnowledgeBase, text: str, kb_ids: tuple[str, ...]) -> str | None:
    if text.isascii():
        return text
    for actor_id in kb_ids:
        actor = kb.get(actor_id)
        if actor is not None and actor.name.isascii():
            return actor.name
    return None  # a Devanagari name no knowledge base knows: left as the place


# a capitalised name of up to four words ("Rae Bareli", "Lucknow Cantonment"), not the "s" of "Gandhi's"
# (words joined by single spaces: a tab or line break ends a name, as in tables)
_CAPITALISED_END = re.compile(r"(?<![\w'’])(?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*\s*$")
_CAPITALISED_START = re.compile(r"^\s*(?:[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})(?![\w'’])")


class _Finder:
    """Seat spans around the cues of one article: capitalised runs of the text (English: spaCy misses
    small towns in lists) or the finder's own place mentions (scripts without capitals)."""

    def __init__(
        self,
        cues: SeatCues,
        kb: KnowledgeBase,
        text: str,
        mentions: list[EntityMention],
        skip_words: frozenset[str],
        dictionary: frozenset[str],
        not_places: list[tuple[int, int]],
    ) -> None:
        self.cues, self.kb, self.text, self.dictionary = cues, kb, text, dictionary
        self.skip = skip_words | cues.leading
        self.places = sorted((m for m in mentions if _place_like(m)), key=lambda m: m.start)
        self.by_end = {m.end: m for m in self.places}
        self.by_start = {m.start: m for m in self.places}
        # spans no seat may overlap: knowledge-base actors that are no town (states, parties, people)
        known = [(m.start, m.end) for m in mentions if m.kb_ids and not _place_like(m)]
        self.blocked = sorted(known + not_places)
        self.capitalised = cues.capitalised
        self.starts = sorted({m.start for m in mentions})  # a run never swallows the start of another name

    def _starts_within(self, start: int, end: int) -> list[int]:
        """Starts of other mentions strictly inside ``start``–``end``."""
        return self.starts[bisect.bisect_right(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def _ok(self, start: int, end: int) -> tuple[int, int] | None:
        """The span with leading skip words ("The", "Monday") dropped, if a name is left that
        overlaps no blocked actor and is no house word."""
        words = list(re.finditer(r"\S+", self.text[start:end]))
        while words and words[0].group() in self.skip:
            words.pop(0)
        if not words:
            return None
        start = start + words[0].start()
        # the last few blocked spans that start before ``end`` (they seldom nest deeper)
        i = bisect.bisect_left(self.blocked, (end, 0))
        if any(start < b for _, b in self.blocked[max(0, i - 8) : i]):
            return None
        if self.cues.house_re.fullmatch(self.text[start:end]):
            return None
        # a lone dictionary word ("Portfolio Constituency" in a table) is no town, unless the
        # knowledge base knows it as one
        if len(words) == 1 and words[0].group().casefold() in self.dictionary and not any(
            m.kb_ids and m.start < end and start < m.end for m in self.places
        ):
            return None
        return self._seat(start, end)

    def _seat(self, start: int, end: int) -> tuple[int, int] | None:
        return None if self.text[start:end].casefold() in self.cues.legislatures else (start, end)

    def ending_at(self, pos: int) -> tuple[int, int] | None:
        """The name that ends right before ``pos`` (spaces allowed between)."""
        head = self.text[max(0, pos - 80) : pos]
        if self.capitalised:
            found = _CAPITALISED_END.search(head)
            if found is None:
                return None
            end = pos - (len(head) - len(head.rstrip()))
            start = pos - len(head) + found.start()
            inner = self._starts_within(start, end)  # "Sonia Gandhi Rae Bareli constituency"
            return self._ok(inner[-1] if inner else start, end)
        end = pos - (len(head) - len(head.rstrip()))
        m = self.by_end.get(end)
        return self._seat(m.start, m.end) if m is not None else None

    def starting_at(self, pos: int) -> tuple[int, int] | None:
        tail = self.text[pos : pos + 80]
        if self.capitalised:
            found = _CAPITALISED_START.match(tail)
            if found is None:
                return None
            start, end = pos + (len(tail) - len(tail.lstrip())), pos + found.end()
            inner = self._starts_within(start, end)  # "MP from Gorakhpur Ravi Kishan"
            if inner:
                end = len(self.text[: inner[0]].rstrip())
            # a known town followed by words that are no ordinary words ("MP from Gorakhpur Ravi Kishan"):
            # the town alone ("Lucknow Cantonment", "Mumbai North" stay whole)
            town = self.by_start.get(start)
            if town is not None and town.kb_ids and town.end < end and not all(
                w.casefold() in self.dictionary for w in self.text[town.end : end].split()
            ):
                end = town.end
            return self._ok(start, end)
        start = pos + (len(tail) - len(tail.lstrip()))
        m = self.by_start.get(start)
        return self._seat(m.start, m.end) if m is not None else None

    def list_before(self, pos: int) -> list[tuple[int, int]]:
        """The list of names that ends right before ``pos`` (reservation marks allowed after each)."""
        found: list[tuple[int, int]] = []
        mark = self.cues.reserved_end.search(self.text[max(0, pos - 10) : pos])
        span = self.ending_at(pos - (len(mark.group()) if mark else 0))
        while span is not None:
            found.insert(0, span)
            head = self.text[max(0, span[0] - 20) : span[0]]
            joint = self.cues.joiner_end.search(head)
            if joint is None:
                break
            span = self.ending_at(span[0] - len(joint.group()))
        return found

    def list_after(self, pos: int) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        span = self.starting_at(pos)
        while span is not None:
            found.append(span)
            joint = self.cues.joiner_start.match(self.text[span[1] : span[1] + 20])
            if joint is None:
                break
            span = self.starting_at(span[1] + joint.end())
        return found


def seat_mentions(
    cues: SeatCues | None,
    kb: KnowledgeBase,
    text: str,
    mentions: list[EntityMention],
    sentences: list[tuple[int, int]],
    skip_words: frozenset[str] = frozenset(),
    dictionary: frozenset[str] = frozenset(),
    not_places: list[tuple[int, int]] | None = None,
) -> list[EntityMention]:
    """``mentions`` with every place named as a seat made its constituency (see the module docstring).
    ``skip_words`` may lead a capitalised run without being part of the name ("The"); a run of only
    ``dictionary`` words (lower-cased) is no name; no seat overlaps a span of ``not_places`` (spans the
    parser read as a group, date or number: "its Dalit constituency")."""
    if cues is None or not mentions:
        return mentions
    if cues.screen is not None and cues.screen.search(text) is None:
        return mentions  # no cue word anywhere: no seat (the scans below would find none)
    finder = _Finder(cues, kb, text, mentions, skip_words, dictionary, not_places or [])
    seats: dict[tuple[int, int], str | None] = {}  # seat span → house from its cue (None: not said)
    for pattern, least in ((cues.after, 1), (cues.after_plural, 2)):
        for cue in pattern.finditer(text):
            names = finder.list_before(cue.start())
            if len(names) >= least:
                for span in names:
                    seats.setdefault(span, _house(cues, cue.group()))
    if cues.before is not None:
        for cue in cues.before.finditer(text):
            for span in finder.list_after(cue.end()):
                seats.setdefault(span, _house(cues, cue.group()))
    if not seats:
        return mentions

    starts = [start for start, _ in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < sentences[i][1]:
            return sentences[i]
        return 0, len(text)

    counts = Counter(
        house for m in cues.house_re.finditer(text) if (house := _house(cues, m.group())) is not None
    )
    ranked = counts.most_common(2)
    article_house = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    kb_of = {(m.start, m.end): m.kb_ids for m in mentions}
    named: dict[str, str] = {}  # place as written (casefolded) → constituency name
    for (start, end), house in seats.items():
        if house is None:
            s_start, s_end = sentence_of(start)
            house = _house(cues, text[s_start:s_end]) or article_house
        place = text[start:end]
        name = _english_name(kb, place, kb_of.get((start, end), ()))
        if house is None or name is None:
            continue
        named.setdefault(place.casefold(), f"{name} {house}")
    spans = {span for span in seats if text[span[0] : span[1]].casefold() in named}
    # the article's other bare mentions of a seat's place are that seat too
    spans |= {(m.start, m.end) for m in finder.places if m.text.casefold() in named}
    ordered = sorted(spans)
    span_starts = [a for a, _ in ordered]

    def overlapped(m: EntityMention) -> bool:
        i = bisect.bisect_left(span_starts, m.end)  # spans starting before the mention ends
        return any(m.start < b for _, b in ordered[max(0, i - 3) : i])

    result = [m for m in mentions if not overlapped(m)]
    by_span = {(m.start, m.end): m for m in mentions}
    for start, end in ordered:
        place = text[start:end]
        old = by_span.get((start, end))
        sentence = old.sentence if old is not None else None
        if sentence is None:
            i = bisect.bisect_right(starts, start) - 1
            sentence = i if i >= 0 and start < sentences[i][1] else None
        result.append(
            EntityMention(
                start=start,
                end=end,
                text=place,
                type="GPE",
                finder=SEAT,
                title=named[place.casefold()],
                role_country=cues.country,
                sentence=sentence,
            )
        )
    return result
