"""Event clustering as pure functions: which reports are one event, independent of order."""

from __future__ import annotations

import random
from datetime import datetime

from khabar.stories.cluster import EventFacts, cluster_events, compatible, group_articles


def row(
    article: str, idx: int, cameo: str, plover: str, src: str | None, tgt: str | None, **kw: object
) -> EventFacts:
    country = {
        "sergei_shoigu": "RUS",
        "wang_yi": "CHN",
        "chen_wenqing": "CHN",
        "xi_jinping": "CHN",
        "vladimir_putin": "RUS",
    }
    base = {
        "article_id": article,
        "idx": idx,
        "cameo": cameo,
        "plover": plover,
        "source_kb_id": src,
        "source_name": src,
        "source_country": country.get(src or "", (src or "")[-3:]),
        "target_kb_id": tgt,
        "target_name": tgt,
        "target_country": country.get(tgt or "", (tgt or "")[-3:]),
        "date": None,
        "date_precision": None,
        "location_country": None,
        "published": None,
    }
    base.update(kw)
    return EventFacts.of(base)


NOV12 = datetime(2024, 11, 12, 9, 0)


def test_meeting_and_visit_of_the_same_pair_on_the_same_day_are_one_event() -> None:
    meet = row("hi", 0, "040", "CONSULT", "sergei_shoigu", "wang_yi", date="2024-11-12", date_precision="day")
    visit = row("en", 0, "042", "CONSULT", "sergei_shoigu", "country:CHN", published=NOV12)
    assert compatible(meet, visit)
    # The same pair written the other way round (Wang Yi received Shoigu) is the same meeting.
    hosted = row("en2", 1, "043", "CONSULT", "wang_yi", "sergei_shoigu", published=NOV12)
    assert compatible(meet, hosted)


def test_other_dates_places_types_or_people_are_other_events() -> None:
    meet = row("a", 0, "040", "CONSULT", "sergei_shoigu", "wang_yi", date="2024-11-12", date_precision="day")
    september = row(
        "b", 0, "040", "CONSULT", "wang_yi", "sergei_shoigu", date="2024-09-10", date_precision="day"
    )
    accuse = row("c", 0, "111", "ACCUSE", "sergei_shoigu", "wang_yi", date="2024-11-12", date_precision="day")
    xi = row("d", 0, "040", "CONSULT", "xi_jinping", "sergei_shoigu", date="2024-11-12", date_precision="day")
    elsewhere = row(
        "e",
        0,
        "040",
        "CONSULT",
        "sergei_shoigu",
        "wang_yi",
        date="2024-11-12",
        date_precision="day",
        location_country="RUS",
    )
    here = row(
        "f",
        0,
        "040",
        "CONSULT",
        "sergei_shoigu",
        "wang_yi",
        date="2024-11-12",
        date_precision="day",
        location_country="CHN",
    )
    assert not compatible(meet, september)
    assert not compatible(meet, accuse)
    assert not compatible(meet, xi)
    assert not compatible(elsewhere, here)
    assert compatible(meet, here)
    # Two countries alone never make one event: at least one actor must be the very same.
    russia_china = row("g", 0, "040", "CONSULT", "country:RUS", "country:CHN", published=NOV12)
    assert compatible(
        russia_china, row("h", 0, "040", "CONSULT", "country:RUS", "xi_jinping", published=NOV12)
    )
    assert not compatible(
        russia_china, row("i", 0, "040", "CONSULT", "vladimir_putin", "xi_jinping", published=NOV12)
    )


def test_clusters_do_not_depend_on_order_and_ids_are_stable() -> None:
    events = [
        row(
            "hi_00",
            0,
            "042",
            "CONSULT",
            "sergei_shoigu",
            "country:CHN",
            date="2024-11-12",
            date_precision="day",
        ),
        row(
            "hi_00", 1, "046", "CONSULT", "sergei_shoigu", "wang_yi", date="2024-11-12", date_precision="day"
        ),
        row("en_02", 1, "040", "CONSULT", "sergei_shoigu", "wang_yi", published=NOV12),
        row(
            "en_04", 0, "040", "CONSULT", "wang_yi", "sergei_shoigu", date="2024-11-12", date_precision="day"
        ),
        row("en_08", 0, "042", "CONSULT", "sergei_shoigu", "country:CHN"),  # no date, no publication date
        row(
            "en_12", 1, "040", "CONSULT", "wang_yi", "sergei_shoigu", date="2024-09-10", date_precision="day"
        ),
        row(
            "hi_00",
            7,
            "111",
            "ACCUSE",
            "sergei_shoigu",
            "country:USA",
            date="2024-11-12",
            date_precision="day",
        ),
    ]
    first = cluster_events(events)
    for seed in range(5):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        assert cluster_events(shuffled) == first
    meeting = first["hi_00#1"]
    assert {m for m, c in first.items() if c == meeting} == {
        "hi_00#0",
        "hi_00#1",
        "en_02#1",
        "en_04#0",
        "en_08#0",
    }
    assert first["en_12#1"] != meeting and first["hi_00#7"] != meeting


def test_an_undated_report_joins_only_an_unambiguous_dated_event() -> None:
    undated = row("x", 0, "040", "CONSULT", "sergei_shoigu", "wang_yi")
    november = row(
        "a", 0, "040", "CONSULT", "sergei_shoigu", "wang_yi", date="2024-11-12", date_precision="day"
    )
    september = row(
        "b", 0, "040", "CONSULT", "sergei_shoigu", "wang_yi", date="2024-09-10", date_precision="day"
    )
    assert cluster_events([undated, november])["x#0"] == cluster_events([undated, november])["a#0"]
    both = cluster_events([undated, november, september])
    assert both["x#0"] not in (both["a#0"], both["b#0"])  # which of the two? it cannot tell
    # A background event dated only by its article's publication day is no anchor for it either.
    background = row("c", 0, "040", "CONSULT", "sergei_shoigu", "wang_yi", published=NOV12)
    alone = cluster_events([undated, background])
    assert alone["x#0"] != alone["c#0"]


def test_articles_sharing_a_cluster_are_one_story() -> None:
    stories = group_articles([("a", "c1"), ("b", "c1"), ("b", "c2"), ("c", "c2"), ("d", "c3")], "abcde")
    assert stories["a"] == stories["b"] == stories["c"]
    assert len({stories["a"], stories["d"], stories["e"]}) == 3
    assert group_articles([("c", "c2"), ("b", "c2"), ("b", "c1"), ("a", "c1")], "edcba") == stories


def test_two_events_of_one_article_with_the_same_pair_stay_two_clusters() -> None:
    # the coder kept two criticisms of one article apart (said in two sentences): another outlet's
    # report of the same criticism joins one of them, never both
    first = row("a", 0, "111", "ACCUSE", "sergei_shoigu", "wang_yi", published=NOV12)
    second = row("a", 3, "111", "ACCUSE", "sergei_shoigu", "wang_yi", published=NOV12)
    other = row("b", 0, "111", "ACCUSE", "sergei_shoigu", "wang_yi", published=NOV12)
    clusters = cluster_events([first, second, other])
    assert clusters[first.member] != clusters[second.member]
    assert clusters[other.member] in {clusters[first.member], clusters[second.member]}
    # a visit to China and the meeting with Wang Yi one article reports are other pairs: one event
    meet = row("c", 0, "040", "CONSULT", "sergei_shoigu", "wang_yi", published=NOV12)
    visit = row("c", 1, "042", "CONSULT", "sergei_shoigu", "country:CHN", published=NOV12)
    clusters = cluster_events([meet, visit])
    assert clusters[meet.member] == clusters[visit.member]
