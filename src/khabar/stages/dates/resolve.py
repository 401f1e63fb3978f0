"""Resolving date expressions against a publication date: pure functions, no Document needed.

A date expression is first recognised (by :mod:`khabar.stages.dates.stage`, from a language pack's patterns)
and reduced to an :class:`Expression`: a kind plus the fields it carries. :func:`resolve_expression`
turns it into an ISO value with a precision, given the publication datetime (may be None) and the tense
of the verb that governs the expression (``"past"``, ``"future"`` or None when unknown).

Rules (``pub`` = the publication date):

* **day + month without a year**: the publication year, unless that puts the date more than
  ``SLACK_DAYS`` after ``pub`` (then the previous year). With a future verb the window mirrors: the
  first year that does not put it more than ``SLACK_DAYS`` before ``pub``. The slack absorbs
  datelines a day ahead of the recorded publication date and time zones.
* **day of the month only** ("on the 11th", "11 तारीख को"): the same rule over months.
* **month without a year** ("in November"): the publication year unless the month starts after
  ``pub`` (previous year); with a future verb, unless it ended before ``pub`` (next year).
* **weekday**: the most recent such day not after ``pub`` (``pub`` itself included: "on Tuesday" in a
  Tuesday's paper is that day); with a future verb the first such day on or after ``pub``.
  "last/पिछले Tuesday" is strictly before ``pub`` and "next/अगले Tuesday" strictly after it.
* **कल / परसों** (``by_tense``): a past verb makes them yesterday / the day before yesterday, a future
  verb tomorrow / the day after. With no tense they stay unresolved, wording kept.
* **weeks** ("last week", "पिछले सप्ताह", "two weeks ago"): the output contract knows day, month and
  year, not week. A week is reported as the range it is: ``value`` = its Monday, ``end_value`` = its
  Sunday, precision ``day`` (ISO weeks). That says exactly what the text says, where "pub − 7 days"
  would invent a day and a month precision would often name the wrong month.
* **months / years back or ahead** ("पिछले महीने", "last year", "three years ago"): precision month
  or year.
* **numeric dates** ``a/b/yyyy``: day first (the convention of both packs' regions) unless that is
  impossible and month first is possible ("10/25/2022").

Without a publication date, expressions that carry their own year still resolve; everything else
returns ``value=None`` (the caller keeps the wording).

dateparser (1.5.0) was checked on these expressions and is not used: with ``RELATIVE_BASE`` on
Tuesday 2024-11-12 it gives "मंगलवार" → 2024-11-05 (a week early), "कल" → always tomorrow,
"परसों" → always the past, "16-24 नवंबर" → 1924-11-16, "November 11-14" → 2014-11-11,
"20 से 22 अक्टूबर" → 2022-10-20, and nothing for "पिछले सप्ताह", "दो दिन पहले", "पिछले महीने",
"अगले सप्ताह", "11 तारीख", "July of last year"; where it is right ("12 नवंबर", "two days ago",
"Sept. 10") these rules give the same answer without a millisecond per call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from khabar.model import DATE_PRECISIONS, DatePrecision

Tense = Literal["past", "future"] | None
PRECISIONS = DATE_PRECISIONS
UNITS = ("day", "week", "month", "year")
KINDS = ("date", "numeric", "month", "year", "weekday", "offset", "relative", "vague")

# How far a year-less past date may lie after the publication date (or a future one before it).
SLACK_DAYS = 7
MIN_YEAR = 1800
MAX_YEAR = 2200


@dataclass(slots=True, frozen=True)
class Expression:
    """A recognised date expression reduced to its fields.

    ``kind`` is one of :data:`KINDS`:

    * ``date``: ``day`` (required), ``month`` and ``year`` (optional; without a month it is a day of the
      publication month), optional range end ``day2``/``month2``/``year2``;
    * ``numeric``: ``day`` and ``month`` as written first and second (``a/b/yyyy``), ``year``;
    * ``month``: ``month``, optional ``year``; ``shift`` -1/+1 for "last May"/"next May";
      ``year_shift`` for "July of last year" (year = publication year + ``year_shift``);
    * ``year``: ``year``, optional range end ``year2``;
    * ``weekday``: ``weekday`` (0 = Monday); ``shift`` -1 "last", +1 "next", 0 by tense;
    * ``offset``: ``amount`` of ``unit`` before (``shift`` = -1) or after (+1) publication;
    * ``relative``: ``unit`` with ``shift`` units from publication (आज 0, yesterday -1, last week -1,
      next year +1); with ``by_tense`` the sign comes from the tense and ``amount`` is the size
      (कल = 1, परसों = 2).
    * ``vague``: a time adverb that names no date ("recently", "हाल ही में"); never resolved, but it
      tells that the event has a time of its own, so it does not take the date of the story.
    """

    kind: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    day2: int | None = None
    month2: int | None = None
    year2: int | None = None
    weekday: int | None = None
    amount: int | None = None
    unit: str | None = None
    shift: int = 0
    year_shift: int | None = None
    by_tense: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown date expression kind {self.kind!r} (known: {', '.join(KINDS)})")
        if self.unit is not None and self.unit not in UNITS:
            raise ValueError(f"unknown date unit {self.unit!r} (known: {', '.join(UNITS)})")


@dataclass(slots=True, frozen=True)
class Resolution:
    """``value`` is ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` by ``precision``; None when unresolvable.

    ``relative`` is True when the publication date was needed for the value (a year-less date, a
    weekday, कल, last week …), whether or not it was available.
    """

    value: str | None
    precision: DatePrecision | None
    end_value: str | None = None
    relative: bool = False


UNRESOLVED = Resolution(None, None)


def _as_date(published: date | datetime | None) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    return published


def _valid_date(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day(value: date) -> str:
    return value.isoformat()


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def infer_year(month: int, day: int, pub: date, tense: Tense = None) -> date | None:
    """The date of ``day``/``month`` nearest ``pub`` in the direction the tense allows (see module doc)."""
    candidates = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _valid_date(y, month, day))]
    if tense == "future":
        later = [d for d in candidates if d >= pub - timedelta(days=SLACK_DAYS)]
        return min(later) if later else None
    earlier = [d for d in candidates if d <= pub + timedelta(days=SLACK_DAYS)]
    return max(earlier) if earlier else None


def infer_month(day: int, pub: date, tense: Tense = None) -> date | None:
    """The date of day ``day`` in the publication month or the month next to it (see module doc)."""
    candidates = []
    for offset in (-2, -1, 0, 1, 2):  # two months each way: day 31 is missing from some months
        year, month = _add_months(pub.year, pub.month, offset)
        if found := _valid_date(year, month, day):
            candidates.append(found)
    if tense == "future":
        later = [d for d in candidates if d >= pub - timedelta(days=SLACK_DAYS)]
        return min(later) if later else None
    earlier = [d for d in candidates if d <= pub + timedelta(days=SLACK_DAYS)]
    return max(earlier) if earlier else None


def weekday_date(weekday: int, pub: date, tense: Tense = None, shift: int = 0) -> date:
    """The date of ``weekday`` (0 = Monday) relative to ``pub``, by ``shift`` or else by tense."""
    if not 0 <= weekday <= 6:
        raise ValueError(f"weekday must be 0..6, got {weekday}")
    back = (pub.weekday() - weekday) % 7  # days since the most recent such day (0: pub itself)
    ahead = (weekday - pub.weekday()) % 7
    if shift < 0:
        return pub - timedelta(days=back or 7)
    if shift > 0:
        return pub + timedelta(days=ahead or 7)
    if tense == "future":
        return pub + timedelta(days=ahead)
    return pub - timedelta(days=back)


def week_range(day: date) -> tuple[date, date]:
    """Monday and Sunday of the ISO week containing ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _shifted(unit: str, amount: int, pub: date) -> Resolution:
    """``amount`` units (negative: back) from ``pub``, at the precision the unit allows."""
    if unit == "day":
        return Resolution(_day(pub + timedelta(days=amount)), "day", relative=True)
    if unit == "week":
        monday, sunday = week_range(pub + timedelta(weeks=amount))
        return Resolution(_day(monday), "day", _day(sunday), relative=True)
    if unit == "month":
        return Resolution(_month(*_add_months(pub.year, pub.month, amount)), "month", relative=True)
    return Resolution(f"{pub.year + amount:04d}", "year", relative=True)


def _resolve_date(expr: Expression, pub: date | None, tense: Tense) -> Resolution:
    if expr.day is None:
        return UNRESOLVED
    relative = expr.year is None
    if expr.month is None:  # a day of the publication month
        if pub is None:
            return Resolution(None, None, relative=True)
        start = infer_month(expr.day, pub, tense)
    elif expr.year is not None:
        start = _valid_date(expr.year, expr.month, expr.day)
    elif pub is None:
        return Resolution(None, None, relative=True)
    else:
        start = infer_year(expr.month, expr.day, pub, tense)
    if start is None:
        return Resolution(None, None, relative=relative)
    end: date | None = None
    if expr.day2 is not None:
        month2 = expr.month2 or start.month
        year2 = expr.year2 or start.year
        end = _valid_date(year2, month2, expr.day2)
        if end is not None and end < start and expr.year2 is None:
            # "28 दिसंबर से 3 जनवरी": the end is in the next month or year
            if expr.month2 is None:
                end = _valid_date(*_add_months(start.year, start.month, 1), expr.day2)
            else:
                end = _valid_date(year2 + 1, month2, expr.day2)
        if end is None or end < start:
            end = None
    return Resolution(_day(start), "day", _day(end) if end else None, relative=relative)


def _resolve_numeric(expr: Expression) -> Resolution:
    if expr.day is None or expr.month is None or expr.year is None:
        return UNRESOLVED
    found = _valid_date(expr.year, expr.month, expr.day)
    if found is None and expr.month > 12:  # month first: 10/25/2022
        found = _valid_date(expr.year, expr.day, expr.month)
    return Resolution(_day(found), "day") if found else UNRESOLVED


def _resolve_month(expr: Expression, pub: date | None, tense: Tense) -> Resolution:
    month = expr.month
    if month is None or not 1 <= month <= 12:
        return UNRESOLVED
    if expr.year is not None:
        if not MIN_YEAR <= expr.year <= MAX_YEAR:
            return UNRESOLVED
        return Resolution(_month(expr.year, month), "month")
    if pub is None:
        return Resolution(None, None, relative=True)
    if expr.year_shift is not None:
        year = pub.year + expr.year_shift
    elif expr.shift < 0:  # "last May": strictly before the publication month
        year = pub.year if month < pub.month else pub.year - 1
    elif expr.shift > 0:
        year = pub.year if month > pub.month else pub.year + 1
    elif tense == "future":
        year = pub.year if month >= pub.month else pub.year + 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return Resolution(_month(year, month), "month", relative=True)


def _resolve_year(expr: Expression) -> Resolution:
    if expr.year is None or not MIN_YEAR <= expr.year <= MAX_YEAR:
        return UNRESOLVED
    end = None
    if expr.year2 is not None and expr.year < expr.year2 <= MAX_YEAR:
        end = f"{expr.year2:04d}"
    return Resolution(f"{expr.year:04d}", "year", end)


def resolve_expression(
    expr: Expression, published: date | datetime | None, tense: Tense = None
) -> Resolution:
    """Resolve ``expr`` against the publication date; see the module docstring for the rules."""
    pub = _as_date(published)
    kind = expr.kind
    if kind == "vague":
        return UNRESOLVED
    if kind == "date":
        return _resolve_date(expr, pub, tense)
    if kind == "numeric":
        return _resolve_numeric(expr)
    if kind == "month":
        return _resolve_month(expr, pub, tense)
    if kind == "year":
        return _resolve_year(expr)
    if pub is None:  # everything below is counted from the publication date
        return Resolution(None, None, relative=True)
    if kind == "weekday":
        if expr.weekday is None:
            return UNRESOLVED
        return Resolution(_day(weekday_date(expr.weekday, pub, tense, expr.shift)), "day", relative=True)
    unit = expr.unit or "day"
    if kind == "offset":
        if expr.amount is None or expr.shift == 0:
            return UNRESOLVED
        return _shifted(unit, expr.amount * (1 if expr.shift > 0 else -1), pub)
    # relative
    if expr.by_tense:
        if tense is None:
            return Resolution(None, None, relative=True)
        size = expr.amount or 1
        return _shifted(unit, size if tense == "future" else -size, pub)
    return _shifted(unit, expr.shift, pub)
