"""Date resolution: expressions as written, a publication date and a tense → value and precision.

Each row's text must be recognised as one whole expression by the language's rules (after the context
before a ``|``, which is not part of it), then resolved by khabar.stages.dates.resolve; the table covers
the dev
corpus cases and the rules' edge cases.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from khabar.langpacks import load_language_packs
from khabar.stages.dates.resolve import (
    Expression,
    Resolution,
    infer_year,
    resolve_expression,
    week_range,
    weekday_date,
)
from khabar.stages.dates.stage import DateRules

PACKS = load_language_packs()
RULES = {code: DateRules.from_pack(pack) for code, pack in PACKS.packs.items()}

# (lang, expression, publication date, tense, value, precision, end_value)
TABLE = [
    # dev corpus cases
    ("hi", "12 नवंबर", "2024-11-12", None, "2024-11-12", "day", None),  # hi_00
    ("hi", "मंगलवार", "2024-11-12", "past", "2024-11-12", "day", None),  # pub is a Tuesday
    ("en", "Tuesday", "2024-11-12", "past", "2024-11-12", "day", None),  # en_02
    ("en", "on |the 11th", "2024-11-11", None, "2024-11-11", "day", None),  # en_08
    ("hi", "शनिवार", "2024-12-14", "past", "2024-12-14", "day", None),  # hi_19
    ("hi", "3 दिसंबर", "2024-12-14", "past", "2024-12-03", "day", None),  # hi_19
    ("hi", "रविवार", "2017-02-13", "past", "2017-02-12", "day", None),  # hi_09 (pub a Monday)
    ("hi", "24 फरवरी", "2022-10-25", None, "2022-02-24", "day", None),  # hi_25
    ("en", "Sept. 10", "2024-09-11", None, "2024-09-10", "day", None),  # en_12
    ("en", "November 11-14", "2024-11-12", "future", "2024-11-11", "day", "2024-11-14"),  # en_06
    # year rollover and the future window
    ("hi", "28 दिसंबर", "2025-01-03", "past", "2024-12-28", "day", None),
    ("hi", "28 दिसंबर", "2025-01-03", None, "2024-12-28", "day", None),
    ("hi", "5 जनवरी", "2024-12-20", "future", "2025-01-05", "day", None),
    ("hi", "5 जनवरी", "2024-12-20", "past", "2024-01-05", "day", None),
    ("hi", "15 नवंबर", "2024-11-12", None, "2024-11-15", "day", None),  # within the slack
    ("hi", "25 नवंबर", "2024-11-12", "past", "2023-11-25", "day", None),
    ("en", "on |the 20th", "2024-11-12", "past", "2024-10-20", "day", None),
    ("en", "on |the 20th", "2024-11-12", "future", "2024-11-20", "day", None),
    # weekdays
    ("hi", "शुक्रवार", "2024-11-12", "past", "2024-11-08", "day", None),
    ("hi", "शुक्रवार", "2024-11-12", "future", "2024-11-15", "day", None),
    ("en", "Tuesday", "2024-11-12", "future", "2024-11-12", "day", None),
    ("en", "last Tuesday", "2024-11-12", None, "2024-11-05", "day", None),
    ("hi", "अगले मंगलवार", "2024-11-12", None, "2024-11-19", "day", None),
    # relative words
    ("hi", "आज", "2024-11-12", None, "2024-11-12", "day", None),
    ("hi", "कल", "2024-11-12", "past", "2024-11-11", "day", None),
    ("hi", "कल", "2024-11-12", "future", "2024-11-13", "day", None),
    ("hi", "परसों", "2024-11-12", "past", "2024-11-10", "day", None),
    ("hi", "परसों", "2024-11-12", "future", "2024-11-14", "day", None),
    ("en", "yesterday", "2024-11-12", "future", "2024-11-11", "day", None),  # explicit, tense ignored
    ("en", "the day before yesterday", "2024-11-12", None, "2024-11-10", "day", None),
    ("hi", "पिछले सप्ताह", "2024-11-12", "past", "2024-11-04", "day", "2024-11-10"),
    ("hi", "अगले सप्ताह", "2024-11-12", "future", "2024-11-18", "day", "2024-11-24"),
    ("hi", "अगले हफ़्ते", "2024-11-12", "future", "2024-11-18", "day", "2024-11-24"),
    ("en", "last week", "2024-11-12", None, "2024-11-04", "day", "2024-11-10"),
    ("hi", "पिछले महीने", "2024-01-10", None, "2023-12", "month", None),
    ("en", "next month", "2024-12-10", None, "2025-01", "month", None),
    ("hi", "इस साल", "2024-11-12", None, "2024", "year", None),
    ("hi", "पिछले साल", "2024-11-12", None, "2023", "year", None),
    ("en", "last year", "2024-11-12", None, "2023", "year", None),
    # offsets, number words and digits
    ("hi", "दो दिन पहले", "2024-11-12", None, "2024-11-10", "day", None),
    ("hi", "पाँच दिन पहले", "2024-11-12", None, "2024-11-07", "day", None),
    ("hi", "पांच दिन पहले", "2024-11-12", None, "2024-11-07", "day", None),
    ("hi", "3 दिन बाद", "2024-11-12", None, "2024-11-15", "day", None),
    ("hi", "३ दिन बाद", "2024-11-12", None, "2024-11-15", "day", None),
    ("hi", "दस साल पहले", "2024-11-12", None, "2014", "year", None),
    ("hi", "दो महीने पहले", "2024-01-12", None, "2023-11", "month", None),
    ("en", "two days ago", "2024-11-12", None, "2024-11-10", "day", None),
    ("en", "three years ago", "2024-11-12", None, "2021", "year", None),
    ("en", "a week ago", "2024-11-12", None, "2024-11-04", "day", "2024-11-10"),
    # Devanagari digits
    ("hi", "१२ नवंबर", "2024-11-12", None, "2024-11-12", "day", None),
    ("hi", "१२ नवंबर २०२३", None, None, "2023-11-12", "day", None),
    # ranges
    ("hi", "11 से 14 नवंबर", "2024-11-12", "future", "2024-11-11", "day", "2024-11-14"),
    ("hi", "20 से 22 अक्टूबर", "2024-10-25", None, "2024-10-20", "day", "2024-10-22"),
    ("hi", "16-24 नवंबर", "2024-11-25", None, "2024-11-16", "day", "2024-11-24"),
    ("hi", "28 दिसंबर से 3 जनवरी", "2025-01-05", None, "2024-12-28", "day", "2025-01-03"),
    ("en", "the 11th to the 15th", "2024-11-11", "future", "2024-11-11", "day", "2024-11-15"),
    # full dates, numeric dates, months and years
    ("hi", "12 नवंबर 2024", None, None, "2024-11-12", "day", None),
    ("en", "November 12, 2024", None, None, "2024-11-12", "day", None),
    ("en", "2024-11-12", None, None, "2024-11-12", "day", None),
    ("en", "12/11/2024", None, None, "2024-11-12", "day", None),  # day first
    ("hi", "10/25/2022", None, None, "2022-10-25", "day", None),  # month first: day first impossible
    ("hi", "नवंबर 2024", None, None, "2024-11", "month", None),
    ("en", "July of last year", "2024-11-11", None, "2023-07", "month", None),
    ("en", "last May", "2024-11-11", None, "2024-05", "month", None),
    ("hi", "वर्ष 2022", None, None, "2022", "year", None),
    ("hi", "2012 से 2014", None, None, "2012", "year", "2014"),
    ("en", "in |2022", "2024-11-12", None, "2022", "year", None),
    # unresolvable without a publication date: value None
    ("hi", "मंगलवार", None, "past", None, None, None),
    ("hi", "12 नवंबर", None, None, None, None, None),
    ("en", "on |the 11th", None, None, None, None, None),
    ("hi", "पिछले सप्ताह", None, None, None, None, None),
    # कल without a recognisable tense stays unresolved
    ("hi", "कल", "2024-11-12", None, None, None, None),
]


def _pub(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@pytest.mark.parametrize(("lang", "text", "pub", "tense", "value", "precision", "end_value"), TABLE)
def test_resolution_table(
    lang: str,
    text: str,
    pub: str | None,
    tense: str | None,
    value: str | None,
    precision: str | None,
    end_value: str | None,
) -> None:
    rules = RULES[lang]
    assert rules is not None
    context, _, expression = text.rpartition("|")
    found = rules.find(context + expression)
    expected = [(len(context), len(context) + len(expression))]
    assert [(f.start, f.end) for f in found] == expected, f"{expression!r} not matched whole: {found}"
    result = resolve_expression(found[0].expression, _pub(pub), tense)  # type: ignore[arg-type]
    assert (result.value, result.precision, result.end_value) == (value, precision, end_value)


def test_table_is_large_enough() -> None:
    assert len(TABLE) >= 30


def test_weekday_date_is_never_after_publication_in_the_past() -> None:
    pub = date(2024, 11, 12)  # a Tuesday
    for weekday in range(7):
        past = weekday_date(weekday, pub, "past")
        future = weekday_date(weekday, pub, "future")
        assert past.weekday() == weekday == future.weekday()
        assert pub - timedelta(days=7) < past <= pub
        assert pub <= future < pub + timedelta(days=7)
        assert weekday_date(weekday, pub, None, shift=-1) < pub < weekday_date(weekday, pub, None, shift=1)


def test_week_range_runs_monday_to_sunday() -> None:
    monday, sunday = week_range(date(2024, 11, 14))
    assert (monday, sunday) == (date(2024, 11, 11), date(2024, 11, 17))


def test_infer_year_skips_impossible_dates() -> None:
    assert infer_year(2, 29, date(2025, 3, 1)) == date(2024, 2, 29)
    assert infer_year(2, 30, date(2025, 3, 1)) is None


def test_expression_with_own_year_needs_no_publication_date() -> None:
    result = resolve_expression(Expression("date", day=3, month=12, year=2024), None)
    assert result == Resolution("2024-12-03", "day")


def test_impossible_full_date_is_unresolved() -> None:
    assert resolve_expression(Expression("date", day=31, month=2, year=2024), None).value is None
    assert resolve_expression(Expression("numeric", day=13, month=13, year=2024), None).value is None


def test_relative_flag_marks_values_taken_from_publication() -> None:
    pub = datetime(2024, 11, 12, 16, 49)
    assert resolve_expression(Expression("weekday", weekday=1), pub).relative
    assert resolve_expression(Expression("date", day=12, month=11), pub).relative
    assert not resolve_expression(Expression("date", day=12, month=11, year=2024), pub).relative


def test_unknown_kind_and_unit_are_rejected() -> None:
    with pytest.raises(ValueError, match="kind"):
        Expression("fortnight")
    with pytest.raises(ValueError, match="unit"):
        Expression("offset", amount=2, unit="fortnight", shift=-1)
