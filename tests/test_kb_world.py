"""The world's office-holders, bodies, companies and cities in the shipped knowledge base (session 6):
dated offices resolve on the article's date, CLDR's Hindi names of world cities link, Hindi variants of
IGO names (यूनियन/संघ) and of renamed countries link, and a platform named in running text is an actor
while the outlet's social-media footer is no text at all."""

from __future__ import annotations

import datetime as dt

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.kb import KnowledgeBase
from khabar.kb.generate import cldr_city_names
from khabar.langpacks import BUILTIN_DIR, load_language_packs
from khabar.model import Document, EntityMention
from khabar.resources import Resources
from khabar.stages.link.linker import Linker
from khabar.stages.mentions.titles import load_titles


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def run(extractor: Extractor, text: str, published: str = "2014-05-12") -> Document:
    return extract_checked(extractor, text, published)


def names(doc: Document) -> dict[str, str | None]:
    return {e.name: e.kb_id for e in doc.entities or []}


# ------------------------------------------------------------------ dated offices


@pytest.mark.parametrize(
    ("actor_id", "date", "code"),
    [
        # an IGO head is coded by the body at the dates of the office, by his country's office before/after
        ("mohamed_elbaradei", "2005-01-01", "IAEIGO"),
        ("mohamed_elbaradei", "2013-07-20", "EGYGOV"),
        ("navi_pillay", "2010-05-01", "UNOIGO"),
        ("anders_fogh_rasmussen", "2005-01-01", "DNKGOV"),
        ("anders_fogh_rasmussen", "2012-01-01", "NATIGO"),
        ("saeed_jalili", "2010-01-01", "IRNGOV"),
        ("mullah_omar", "1998-01-01", "AFGGOV"),
        ("mullah_omar", "2005-01-01", "AFGREB"),
    ],
)
def test_an_office_holder_is_coded_by_the_office_held_on_the_date(
    kb: KnowledgeBase, actor_id: str, date: str, code: str
) -> None:
    assert kb.actor_code(actor_id, date) == code


def test_the_un_human_rights_chiefs_follow_each_other(kb: KnowledgeBase) -> None:
    office = "United Nations High Commissioner for Human Rights"
    holders = {}
    for year in (2006, 2011, 2016, 2020):
        date = dt.date(year, 1, 1)
        holders[year] = [a.id for a in kb if (r := kb.role_at(a, date)) is not None and r.title == office]
    assert holders == {
        2006: ["louise_arbour"],
        2011: ["navi_pillay"],
        2016: ["zeid_raad_al_hussein"],
        2020: ["michelle_bachelet"],
    }


@pytest.mark.parametrize(
    ("date", "holder"),
    [(dt.date(2003, 6, 1), "kamal_kharazi"), (dt.date(2008, 6, 1), "manouchehr_mottaki")],
)
def test_a_bare_title_names_the_holder_of_the_articles_date(
    kb: KnowledgeBase, date: dt.date, holder: str
) -> None:
    """"ईरानी विदेश मंत्री ने कहा" with no name: the one KB person in that office on the date (an office
    whose own name has an "of", "Minister of Foreign Affairs of Iran")."""
    linker = Linker(kb, [load_titles(pack) for pack in load_language_packs(BUILTIN_DIR)])
    text = "ईरानी विदेश मंत्री"
    mentions = [
        EntityMention(start=0, end=3, text="ईरान", type="GPE", kb_ids=("country:IRN",)),
        EntityMention(
            start=20,
            end=20 + len(text),
            text=text,
            type="PER",
            finder="title_only",
            title="Foreign Minister",
            role_country="IRN",
        ),
    ]
    assert [e.kb_id for e in linker.link(mentions, date)] == ["country:IRN", holder]


def test_a_person_named_in_hindi_links_with_and_without_nukta(extractor: Extractor) -> None:
    doc = run(extractor, "ईरान के मुख्य परमाणु वार्ताकार सईद जलीली ने वियना में बात की. बाद में जलीली तेहरान लौटे.")
    assert names(doc).get("Saeed Jalili") == "saeed_jalili"
    for spelling in ("ख़ुर्शीद महमूद कसूरी", "खुर्शीद महमूद कसूरी"):
        text = f"पाकिस्तान के विदेश मंत्री {spelling} ने दिल्ली में कहा कि बातचीत जारी रहेगी."
        doc = run(extractor, text, "2005-04-01")
        assert names(doc).get("Khurshid Mahmud Kasuri") == "khurshid_mahmud_kasuri"


# ------------------------------------------------------------------ CLDR's world cities


def test_cldr_gives_hindi_names_of_world_cities_but_not_of_countries() -> None:
    cities = cldr_city_names(("hi",))
    assert "एक्रा" in cities[("Accra", "GH")]
    assert "कोलकाता" in cities[("Calcutta", "IN")]  # the zone's old word finds GeoNames' alternate name
    # "Asia/Kuwait": कुवैत names the country; "Center, North Dakota" is a state-qualified village
    assert ("Kuwait", "KW") not in cities
    assert not any("," in name for name, _ in cities)


def test_a_cldr_city_name_links_to_the_geonames_city(kb: KnowledgeBase, extractor: Extractor) -> None:
    assert [a.name for a in kb.lookup("एक्रा")][:1] == ["Accra"]
    doc = run(extractor, "घाना की राजधानी एक्रा में भारतीय दूतावास ने एक बयान जारी किया.")
    accra = [e for e in doc.entities or [] if e.name == "Accra"]
    assert accra and accra[0].kb_id and accra[0].kb_id.startswith("city:") and accra[0].country == "GHA"


# ------------------------------------------------------------------ IGO and country variants


def test_union_and_sangh_forms_of_an_igo_link_alike(extractor: Extractor) -> None:
    doc = run(extractor, "इस मुद्दे पर अफ़्रीकी यूनियन और यूरोपीय यूनियन ने चिंता जताई है.")
    assert names(doc).get("African Union") == "african_union"
    assert names(doc).get("European Union") == "european_union"
    doc = run(extractor, "इस मुद्दे पर अफ़्रीकी संघ और यूरोपीय संघ ने चिंता जताई है.")
    assert names(doc).get("African Union") == "african_union"
    assert names(doc).get("European Union") == "european_union"


@pytest.mark.parametrize(
    ("spelling", "code"), [("स्वाज़ीलैंड", "SWZ"), ("Swaziland", "SWZ"), ("चेक गणराज्य", "CZE")]
)
def test_a_renamed_country_keeps_its_old_names(kb: KnowledgeBase, spelling: str, code: str) -> None:
    assert [a.id for a in kb.lookup(spelling)][:1] == [f"country:{code}"]


# ------------------------------------------------------------------ platforms and historical rulers


def test_a_platform_in_the_story_is_an_actor_but_the_footer_is_not_text(extractor: Extractor) -> None:
    doc = run(extractor, "मंत्री ने ट्विटर पर लिखा कि सरकार इस मामले की जांच करेगी.")
    assert names(doc).get("Twitter") == "twitter"
    footer = "(आप बीबीसी मॉनिटरिंग की खबरें ट्विटर और फेसबुक पर भी पढ़ सकते हैं.)"
    doc = run(extractor, f"मंत्री ने कहा कि सरकार इस मामले की जांच करेगी.{footer}")
    assert "Twitter" not in names(doc) and "Facebook" not in names(doc)


def test_a_historical_ruler_is_a_person_of_his_state(kb: KnowledgeBase) -> None:
    aurangzeb = kb.lookup("औरंगज़ेब")[0]
    assert (aurangzeb.name, aurangzeb.type, aurangzeb.country) == ("Aurangzeb", "PER", "IND")
    stalin = kb.lookup("स्टालिन")[0]
    assert (stalin.name, stalin.country) == ("Joseph Stalin", "SUN")
    # a ruler whose name is a common given name is found only with his title
    assert not [a for a in kb.lookup("अकबर") if a.id == "akbar"]
    assert [a.id for a in kb.lookup("बादशाह अकबर")][:1] == ["akbar"]
