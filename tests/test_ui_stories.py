# ruff: noqa: F811  (pytest fixtures imported from test_ui are parameters here)
"""Browser tests (Debian's chromium via Playwright) of the story page, clustered events, the map's
centroids and click-to-filter, the timeline's time axis, the network's labels, zoom and drag, and
the Quotes page. Screenshots go to artifacts/ui/."""

from __future__ import annotations

from typing import Any

import httpx

# The fixtures (live server on the dev store, the browser) are test_ui.py's, shared by import.
from test_ui import ARTIFACTS, _open, base_url, browser_context, page, pytestmark  # noqa: F401

SHOIGU_IN_BEIJING = {
    "hi_00_vietnamvn_shoigu_wangyi",
    "en_02_hurriyet_afp_containment",
    "en_04_menafn_anadolu_shoygu",
    "en_06_sputnik_pillars",
    "en_08_worldtodaynews_yonhap_visit",
    "en_10_webangah_mehr_arrival",
}


def _boxes_overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["x"] < b["x"] + b["width"] - 0.5
        and b["x"] < a["x"] + a["width"] - 0.5
        and a["y"] < b["y"] + b["height"] - 0.5
        and b["y"] < a["y"] + a["height"] - 0.5
    )


def test_story_page_shows_the_reports_side_by_side_and_each_reports_sentence(
    page: Any, base_url: str
) -> None:
    _open(page, base_url, "stories?actor=Shoigu&min_articles=2")
    rows = page.locator("[data-testid=story-row]")
    assert rows.count() == 1
    rows.first.locator("a").first.click()
    page.wait_for_selector("body[data-ready=story]")
    reports = page.locator("[data-testid=story-report]")
    assert {reports.nth(i).get_attribute("data-article") for i in range(reports.count())} == SHOIGU_IN_BEIJING
    first = page.locator("[data-testid=story-cluster]").first
    assert first.get_attribute("data-articles") == "6"
    assert "selected" in first.get_attribute("class")
    # The meeting is highlighted in all six reports, in Devanagari and in Latin script.
    highlighted = page.locator(".report .sentence.hl")
    articles = {
        highlighted.nth(i).locator("xpath=ancestor::section[1]").get_attribute("data-article")
        for i in range(highlighted.count())
    }
    assert articles == SHOIGU_IN_BEIJING
    hindi = page.locator(
        "[data-testid=story-report][data-article=hi_00_vietnamvn_shoigu_wangyi] .sentence.hl"
    )
    assert "शोइगु" in hindi.first.text_content() and hindi.first.locator(".trigger").count() == 1
    family = hindi.first.evaluate("node => getComputedStyle(node).fontFamily")
    assert "Lohit Devanagari" in family
    boxes = [reports.nth(i).bounding_box() for i in range(2)]
    assert boxes[0]["y"] == boxes[1]["y"] and boxes[0]["x"] < boxes[1]["x"]  # side by side
    page.screenshot(path=str(ARTIFACTS / "story.png"), full_page=True)
    # Another event of the story moves the highlight.
    second = page.locator("[data-testid=story-cluster]").nth(1)
    second.click()
    assert "selected" in second.get_attribute("class") and "selected" not in first.get_attribute("class")


def test_events_grouped_by_cluster(page: Any, base_url: str) -> None:
    api = httpx.get(f"{base_url}/api/clusters", params={"actor": "Wang Yi", "limit": 1}).json()
    _open(page, base_url, "events?actor=Wang%20Yi&clustered=1")
    assert page.locator("[data-testid=cluster-row]").count() == min(api["total"], 50) > 0
    meeting = page.locator("[data-testid=cluster-row]", has_text="6 reports")
    assert meeting.count() == 1
    assert (
        page.locator("[data-testid=member-row]").count() > page.locator("[data-testid=cluster-row]").count()
    )
    page.screenshot(path=str(ARTIFACTS / "events-clustered.png"), full_page=True)


def test_map_shows_state_and_country_events_and_a_click_filters_the_table(page: Any, base_url: str) -> None:
    _open(page, base_url, "map")
    for level in ("city", "state", "country"):
        assert page.locator(f"[data-testid=map-point][data-level={level}]").count() > 0, level
    alaska = page.locator("[data-testid=map-point][data-name=Alaska]")
    assert alaska.count() == 1 and alaska.get_attribute("data-level") == "state"
    page.screenshot(path=str(ARTIFACTS / "map-levels.png"))
    page.locator("[data-testid=map-point][data-name=Beijing]").click()
    page.wait_for_selector("[data-testid=map-selection]")
    rows = page.locator("[data-testid=map-events] [data-testid=cluster-row]")
    assert rows.count() > 0 and all("Beijing" in rows.nth(i).text_content() for i in range(rows.count()))


def test_timeline_has_a_real_time_axis(page: Any, base_url: str) -> None:
    _open(page, base_url, "timeline")
    chart = page.locator("[data-testid=timeline-chart]")
    assert chart.get_attribute("data-bucket") in ("month", "year")  # the dev dates span 2016–2025
    bars = page.locator("[data-testid=timeline-bar]")
    xs = sorted(
        (bars.nth(i).bounding_box()["x"], bars.nth(i).get_attribute("data-day")) for i in range(bars.count())
    )
    assert [day for _, day in xs] == sorted(day for _, day in xs)
    # Time is proportional: the gap 2016 → 2024 is far wider than 2024-09 → 2024-11.
    where = {day: x for x, day in xs}
    days = sorted(where)
    span = where[days[-1]] - where[days[0]]
    assert span > 500
    assert page.locator("[data-testid=timeline-tick]").count() >= 4
    page.screenshot(path=str(ARTIFACTS / "timeline-axis.png"))


def test_network_labels_do_not_overlap_and_it_zooms_and_drags(page: Any, base_url: str) -> None:
    _open(page, base_url, "network")
    labels = page.locator("[data-testid=network-label]:not([visibility=hidden])")
    boxes = [labels.nth(i).bounding_box() for i in range(labels.count())]
    assert len(boxes) >= 5
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not _boxes_overlap(a, b), (a, b)
    chart = page.locator("[data-testid=network-chart]")
    page.locator("[data-testid=zoom-in]").click()
    assert float(chart.get_attribute("data-zoom")) > 1
    page.locator("[data-testid=zoom-reset]").click()
    node = page.locator("[data-testid=network-node][data-key=sergei_shoigu]")
    before = node.get_attribute("transform")
    box = node.locator("circle").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + 80, box["y"] + 60, steps=5)
    page.mouse.up()
    assert node.get_attribute("transform") != before
    assert page.evaluate("location.hash").startswith("#/network")  # a drag is no click
    page.screenshot(path=str(ARTIFACTS / "network-force.png"))


def test_quotes_page(page: Any, base_url: str) -> None:
    total = httpx.get(f"{base_url}/api/quotes", params={"speaker": "शोइगु"}).json()["total"]
    _open(page, base_url, "quotes?speaker=%E0%A4%B6%E0%A5%8B%E0%A4%87%E0%A4%97%E0%A5%81")
    assert page.locator("[data-testid=quote-row]").count() == total > 0
    assert "Sergei Shoigu" in page.locator("[data-testid=quote-row]").first.text_content()
    page.screenshot(path=str(ARTIFACTS / "quotes.png"))
