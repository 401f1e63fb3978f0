"""Knowledge-base records: actors and their dated roles. Plain frozen dataclasses (they pickle)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from khabar.model import ENTITY_TYPES, EntityType

ACTOR_TYPES = ENTITY_TYPES
# Countries whose people's names are written family name first (Xi Jinping, Kim Jong Un, Orbán Viktor)
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "JPN", "HUN", "MNG", "SGP"})

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial_date(value: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by an ISO date that may lack its day or month ("2024-05", "2012").

    Raises ValueError with a readable message when ``value`` is not such a date.
    """
    match = _PARTIAL_DATE.match(value.strip())
    if not match:
        raise ValueError(f"{value!r} is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY")
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        exact = dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid date: {exc}") from exc
    return exact, exact


def date_range(value: dt.date | dt.datetime | str) -> tuple[dt.date, dt.date]:
    """First and last day of a query date (a date, a datetime or a partial ISO string)."""
    if isinstance(value, dt.datetime):
        return value.date(), value.date()
    if isinstance(value, dt.date):
        return value, value
    return parse_partial_date(value[:10] if len(value) > 10 else value)


@dataclass(frozen=True, slots=True)
class Role:
    """A position held by an actor. ``start``/``end`` are ISO dates, possibly partial; ``end`` None = current.

    Interval semantics: a role covers ``[first day of start, end)`` when ``end`` is a full date (the
    hand-over day belongs to the next role), and up to the last day of ``end`` when ``end`` is partial.
    """

    title: str
    org: str | None = None
    country: str | None = None
    sector: str | None = None
    start: str | None = None
    end: str | None = None
    note: str | None = None

    def first_day(self) -> dt.date:
        return parse_partial_date(self.start)[0] if self.start else dt.date.min

    def after_last_day(self) -> dt.date:
        """First day no longer covered (date.max when the role is current)."""
        if not self.end:
            return dt.date.max
        first, last = parse_partial_date(self.end)
        if first == last:  # full date: exclusive end
            return first
        return last + dt.timedelta(days=1)

    def covers(self, first: dt.date, last: dt.date) -> bool:
        """True when the role was held at some day of ``[first, last]``."""
        return self.first_day() <= last and first < self.after_last_day()


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation, country or place. ``id`` is unique in a KnowledgeBase.

    Generated actors: countries ``country:RUS`` (type GPE, country = alpha-3, sector None) and cities
    ``city:<geonameid>`` (type GPE, with ``lat``/``lon``).
    """

    id: str
    type: EntityType
    name: str
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    source_file: str | None = None
    lat: float | None = None
    lon: float | None = None
    note: str | None = None

    @property
    def is_country(self) -> bool:
        return self.id.startswith("country:")

    @property
    def is_city(self) -> bool:
        return self.id.startswith("city:")
