"""Metadata stage: the outlet, the original URL of a republished article, and the publication date.

The publication date comes from the first of these that yields one (``published_basis`` says which):

1. reader metadata (``doc.hint_published``; basis ``doc.hint_published_basis`` or ``"reader"``);
2. a date in the article's URL (``"url"``), then in the original URL named by a ``Source:`` line
   (``"original_url"``): ``/2024/11/12/``, ``/2024-11-12/``, ``/2024/1112/``, ``/20241112/`` and
   article ids that embed a timestamp (Thanh Nien's ``…-185241112164938635.htm``);
3. a dateline or page-header date in the first lines of the clean text (``"dateline"``), with a year:
   ``2023-05-05 10:03:16``, ``08:27, September 11, 2024``, ``मई 3, 2024``. When several header dates
   disagree (a republisher's page date above the original's), the earliest is taken.

When the chosen source gives only a day and a later source gives a time on that same day, the time is
kept and the basis names the source that gave it. A date is never taken from a year-less dateline,
and every candidate is range-checked, so a stray run of digits does not become a date.

Datetimes are naive: the outlet's local wall time, with no time-zone conversion. Month names and
date patterns come from each pack's ``metadata.toml``; every pack's patterns are tried because this
stage runs before language identification.
"""

from __future__ import annotations

import email.utils
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from khabar.errors import LanguagePackError
from khabar.langpacks import LanguagePack, LanguagePacks
from khabar.model import Document
from khabar.stages.dates.stage import led_search
from khabar.text.scripts import DANDA_MARKS

# Host prefixes that name a variant of the same site (desktop, mobile, AMP), not a different outlet.
_HOST_PREFIXES = ("www.", "m.", "amp.")
# Oldest year accepted from a URL or a dateline (web news); reader metadata may go back further.
_MIN_WEB_YEAR = 1990
_MIN_HINT_YEAR = 1900
# How much of the clean text is searched for a dateline or page-header date.
_DATELINE_MAX_LINES = 10
_DATELINE_MAX_CHARS = 2000
# A date is a dateline when little follows it on its line ("2016-09-06 12:30:28 cri") or when it
# sits near the start of the line and is followed by a dateline separator ("NEW DELHI, Nov 12, 2024 (PTI)").
_DATELINE_MAX_TAIL = 12
_DATELINE_MAX_HEAD = 40
_DATELINE_SEPARATORS = ("(", ":", "—", "–", "-", *DANDA_MARKS)

_URL_IN_TEXT = re.compile(r"https?://\S+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}>'\"”’"
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_HAS_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_FOUR_DIGITS = re.compile(r"\d{4}")  # the datelines' screen: a line without one holds none

# Placeholders allowed in a pack's date_patterns.
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})(?!\d)"
_TIME = (
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?)(?!\w))?"
)

# Language-neutral numeric dates, tried before the packs' patterns. ``a``/``b`` are day and month in an
# order that is only accepted when unambiguous (one of them above 12, or both equal), since
# "03/05/2022" is March 5 in one country and May 3 in another; dotted dates are day-first everywhere.
_NUMERIC_DATE_PATTERNS = (
    r"(?<![\w/.:-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:[ T]" + _TIME + r")?(?![\w/-])",
    r"(?<![\w/.:-])(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})(?: " + _TIME + r")?(?![\w/-])",
    r"(?<![\w/.:-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})(?:,? " + _TIME + r")?(?![\w/-])",
    r"(?<![\w/.:-])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?:,? " + _TIME + r")?(?![\w/-])",
)


@dataclass(slots=True, frozen=True)
class _UrlRule:
    """A date pattern in URLs; ``host_suffix`` limits it to one site's id scheme."""

    pattern: re.Pattern[str]
    host_suffix: str | None = None


# Tried in order on the unquoted path and query of a URL; the first valid date wins. Groups: year or
# yy (two-digit year, 20yy), month, day and optionally hour, minute, second.
_URL_RULES = (
    # /2024/11/12/ and /2024-11-12/ (same separator twice)
    _UrlRule(
        re.compile(
            r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[/_-])(?P<month>\d{2})(?P=sep)(?P<day>\d{2})(?!\d)"
        )
    ),
    # /2024/0911/ (People's Daily)
    _UrlRule(re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})/(?P<month>\d{2})(?P<day>\d{2})(?!\d)")),
    # 20241112 as a whole path segment or slug part (Sputnik); exactly eight digits, so longer ids
    # (a 10-digit article number, a 13-digit id) never match
    _UrlRule(
        re.compile(r"(?<![0-9A-Za-z])(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})(?![0-9A-Za-z])")
    ),
    # an 18-digit article id: 3 digits, yymmddHHMMSS, 3 digits (Thanh Nien: 185241112164938635)
    _UrlRule(
        re.compile(
            r"(?<![0-9A-Za-z])\d{3}(?P<yy>\d{2})(?P<month>\d{2})(?P<day>\d{2})"
            r"(?P<hour>\d{2})(?P<minute>\d{2})(?P<second>\d{2})\d{3}(?![0-9A-Za-z])"
        )
    ),
    # Webdunia article ids: 1, yymmdd, five digits (…/kim-jong-un-117021300060_1.html)
    _UrlRule(
        re.compile(r"-1(?P<yy>\d{2})(?P<month>\d{2})(?P<day>\d{2})\d{5}(?:_\d+)?\.html?$"),
        host_suffix="webdunia.com",
    ),
)


@dataclass(slots=True, frozen=True)
class FoundDate:
    """A publication date candidate and where it came from."""

    value: datetime
    has_time: bool
    basis: str


# ---------------------------------------------------------------------------------------------- URLs


def url_host(url: str | None) -> str | None:
    """The lower-cased host of ``url`` (a scheme-less ``example.com/x`` is accepted), or None."""
    if not url or not url.strip():
        return None
    text = url.strip()
    if "//" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    host = (host or "").rstrip(".")
    return host or None


def outlet_from_url(url: str | None) -> str | None:
    """The site's own name from a URL: its host without ``www.``, ``m.`` or ``amp.`` in front."""
    host = url_host(url)
    if host is None:
        return None
    stripped = True
    while stripped:
        stripped = False
        for prefix in _HOST_PREFIXES:
            rest = host[len(prefix) :]
            if host.startswith(prefix) and "." in rest:
                host, stripped = rest, True
    return host


def first_url(lines: Iterable[str] | None) -> str | None:
    """The first http(s) URL in ``lines``, without trailing punctuation."""
    for line in lines or ():
        match = _URL_IN_TEXT.search(line)
        if match:
            return match.group(0).rstrip(_URL_TRAILING)
    return None


def _same_page(a: str, b: str) -> bool:
    def key(url: str) -> str:
        parts = urlsplit(url.strip() if "//" in url else "//" + url.strip())
        return f"{outlet_from_url(url)}{parts.path.rstrip('/')}?{parts.query}"

    try:
        return key(a) == key(b)
    except ValueError:
        return False


def _valid(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime | None:
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def date_from_url(url: str | None, basis: str = "url", max_year: int | None = None) -> FoundDate | None:
    """The publication date encoded in a URL's path or query, or None when there is none.

    ``max_year`` (default: next year) bounds the accepted years, so ids that merely look like dates
    are not taken for them.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip() if "//" in url else "//" + url.strip())
    except ValueError:
        return None
    host = outlet_from_url(url) or ""
    target = unquote(parts.path) + ("?" + unquote(parts.query) if parts.query else "")
    top = max_year if max_year is not None else date.today().year + 1
    for rule in _URL_RULES:
        if rule.host_suffix and not (host == rule.host_suffix or host.endswith("." + rule.host_suffix)):
            continue
        for match in rule.pattern.finditer(target):
            groups = match.groupdict()
            year = int(groups["year"]) if groups.get("year") else 2000 + int(groups["yy"])
            if not _MIN_WEB_YEAR <= year <= top:
                continue
            has_time = groups.get("hour") is not None
            value = _valid(
                year,
                int(groups["month"]),
                int(groups["day"]),
                int(groups.get("hour") or 0),
                int(groups.get("minute") or 0),
                int(groups.get("second") or 0),
            )
            if value is not None:
                return FoundDate(value, has_time, basis)
    return None


# ----------------------------------------------------------------------------------------- datelines


def _compile_pack_patterns(pack: LanguagePack) -> list[re.Pattern[str]]:
    """The pack's date patterns with its month names substituted in (empty when it has none)."""
    section = pack.section("metadata")
    where = pack.directory / "metadata.toml"
    months = section.get("months")
    patterns = section.get("date_patterns", [])
    if months is None and not patterns:
        return []
    if (
        not isinstance(months, list)
        or len(months) != 12
        or not all(isinstance(names, list) and names for names in months)
        or not all(isinstance(name, str) and name.strip(" .") for names in months for name in names)
    ):
        raise LanguagePackError(f"{where}: 'months' must be twelve non-empty lists of names")
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise LanguagePackError(f"{where}: 'date_patterns' must be a list of strings")
    # one named group per month, so the match says which month it was
    names = [
        "|".join(
            sorted(
                {re.escape(unicodedata.normalize("NFC", n.strip(" ."))) for n in group}, key=len, reverse=True
            )
        )
        for group in months
    ]
    month = "(?<!\\w)(?:" + "|".join(f"(?P<m{i + 1}>{alts})" for i, alts in enumerate(names)) + ")(?!\\w)\\.?"
    compiled = []
    for pattern in patterns:
        if "{year}" not in pattern or "{month}" not in pattern:
            raise LanguagePackError(f"{where}: date pattern {pattern!r} needs {{month}} and {{year}}")
        source = (
            pattern.replace("{month}", month)
            .replace("{day}", _DAY)
            .replace("{year}", _YEAR)
            .replace("{time}", _TIME)
        )
        try:
            compiled.append(re.compile("(?<!\\w)" + source, re.IGNORECASE))
        except re.error as exc:
            raise LanguagePackError(
                f"{where}: date pattern {pattern!r} is not a valid pattern: {exc}"
            ) from exc
    return compiled


def _match_to_datetime(groups: Mapping[str, str | None], min_year: int, max_year: int) -> FoundDate | None:
    year = int(groups["year"] or 0)
    if not min_year <= year <= max_year:
        return None
    if groups.get("a") is not None:  # numeric day/month in either order: only when unambiguous
        a, b = int(groups["a"] or 0), int(groups["b"] or 0)
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a or a == b:
            day, month = b, a
        else:
            return None
    else:
        day = int(groups["day"] or 0)
        month = int(groups.get("month") or 0)
        if not month:
            month = next((i for i in range(1, 13) if groups.get(f"m{i}")), 0)
    hour = int(groups.get("hour") or 0)
    minute = int(groups.get("minute") or 0)
    second = int(groups.get("second") or 0)
    ampm = (groups.get("ampm") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    value = _valid(year, month, day, hour, minute, second)
    return FoundDate(value, groups.get("hour") is not None, "dateline") if value else None


def _is_dateline(line: str, start: int, end: int) -> bool:
    tail = line[end:].strip()
    if len(tail) <= _DATELINE_MAX_TAIL:
        return True
    return len(line[:start].strip()) <= _DATELINE_MAX_HEAD and tail.startswith(_DATELINE_SEPARATORS)


def _header_lines(text: str) -> Iterator[str]:
    seen = 0
    for line in text[:_DATELINE_MAX_CHARS].splitlines():
        if line.strip():
            yield unicodedata.normalize("NFC", line.strip())
            seen += 1
            if seen == _DATELINE_MAX_LINES:
                return


# ------------------------------------------------------------------------------------------- stage


class MetadataStage:
    """Fills ``outlet``, ``original_url``, ``published``, ``published_precision``, ``published_basis``."""

    name = "metadata"
    requires = frozenset(
        {"clean", "removed", "source_lines", "url", "hint_published", "hint_published_basis", "hint_outlet"}
    )
    assigns = frozenset({"outlet", "original_url", "published", "published_precision", "published_basis"})

    def __init__(self, packs: LanguagePacks, *, today: date | None = None) -> None:
        """``today`` fixes the latest accepted year (next year); tests pass it, the pipeline does not."""
        self._max_year = (today or date.today()).year + 1
        self._date_patterns: list[re.Pattern[str]] = [re.compile(p) for p in _NUMERIC_DATE_PATTERNS]
        for pack in packs:
            self._date_patterns.extend(_compile_pack_patterns(pack))
        # yes/no screens led by the class of each pattern's first characters (``led_search``); None
        # where a pattern cannot be led (its own scan is then the screen)
        self._date_leads = [
            None if (lead := led_search(pattern)) is pattern else lead for pattern in self._date_patterns
        ]
        self._languages = packs.codes
        self._dateparser: Any = None  # built on first use: only odd reader dates need it

    def __call__(self, doc: Document) -> Document:
        original = first_url(doc.source_lines)
        if original and doc.url and _same_page(original, doc.url):
            original = None
        doc.original_url = original
        doc.outlet = (doc.hint_outlet or "").strip() or outlet_from_url(doc.url) or outlet_from_url(original)

        found = self.find_published(
            doc.hint_published, doc.hint_published_basis, doc.url, original, doc.clean
        )
        if found is None:
            doc.published = doc.published_precision = doc.published_basis = None
        else:
            doc.published = found.value
            doc.published_precision = "datetime" if found.has_time else "date"
            doc.published_basis = found.basis
        return doc

    def find_published(
        self,
        hint: str | None,
        hint_basis: str | None,
        url: str | None,
        original_url: str | None,
        clean: str | None,
    ) -> FoundDate | None:
        """The publication date by the precedence in the module docstring, or None."""
        from_hint = self.parse_hint(hint, hint_basis or "reader") if hint else None
        from_url = date_from_url(url, "url", self._max_year)
        from_original = date_from_url(original_url, "original_url", self._max_year)
        datelines = self.datelines(clean or "")
        # earliest header date; for the same day one with a time of day
        best_dateline = min(datelines, key=lambda f: (f.value.date(), not f.has_time), default=None)
        ranked = [d for d in (from_hint, from_url, from_original, best_dateline) if d is not None]
        if not ranked:
            return None
        chosen = ranked[0]
        if not chosen.has_time:
            pool = [d for d in (from_hint, from_url, from_original) if d is not None] + datelines
            refined = next((d for d in pool if d.has_time and d.value.date() == chosen.value.date()), None)
            chosen = refined or chosen
        return chosen

    def datelines(self, clean: str) -> list[FoundDate]:
        """Full dates (with a year) that stand as datelines or page-header dates in the first lines."""
        found: list[FoundDate] = []
        for line in _header_lines(clean):
            if not _FOUR_DIGITS.search(line):
                continue  # every pattern's year is four digits (``_YEAR``), and no date is kept without one
            for pattern, lead in zip(self._date_patterns, self._date_leads, strict=True):
                if lead is not None and lead.search(line) is None:
                    continue  # (the led screen skips, in C, to where a match can start: no match here)
                for match in pattern.finditer(line):
                    if not _is_dateline(line, match.start(), match.end()):
                        continue
                    candidate = _match_to_datetime(match.groupdict(), _MIN_WEB_YEAR, self._max_year)
                    if candidate is not None:
                        found.append(candidate)
        return found

    def parse_hint(self, text: str, basis: str) -> FoundDate | None:
        """A reader-supplied date: ISO 8601, RFC 2822, a pack pattern, else dateparser; None if none fits."""
        text = text.strip()
        if not text or not _HAS_YEAR.search(text):
            return None  # a year-less date would be completed with the current year: worse than none
        has_time = bool(_HAS_TIME.search(text))
        value: datetime | None = None
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            try:
                value = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                value = None
        if value is None:
            for pattern in self._date_patterns:
                match = pattern.search(unicodedata.normalize("NFC", text))
                if match:
                    own = _match_to_datetime(match.groupdict(), _MIN_HINT_YEAR, self._max_year)
                    if own is not None:
                        value, has_time = own.value, own.has_time
                        break
        if value is None:
            value = self._dateparser_parse(text)
        if value is None or not _MIN_HINT_YEAR <= value.year <= self._max_year:
            return None
        # keep the wall-clock time as written: naive means the outlet's local time
        return FoundDate(value.replace(tzinfo=None), has_time, basis)

    def _dateparser_parse(self, text: str) -> datetime | None:
        if self._dateparser is None:
            from dateparser.date import DateDataParser

            settings = {
                "DATE_ORDER": "DMY",
                "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False,
                "REQUIRE_PARTS": ["day", "month", "year"],
            }
            try:
                self._dateparser = DateDataParser(languages=self._languages, settings=settings)
            except ValueError:  # a pack language dateparser does not know: let it detect
                self._dateparser = DateDataParser(settings=settings)
        try:
            data = self._dateparser.get_date_data(text)
        except (ValueError, TypeError, OverflowError):
            return None
        result = data.date_obj if data is not None and data.period == "day" else None
        return result if isinstance(result, datetime) else None
