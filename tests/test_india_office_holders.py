"""India's office-holders as dated knowledge-base roles (kb/data/actors/india_office_holders.toml and the
Indian people of south_asia.toml / india_domestic.toml): a bare office in a dated Indian story names the
one person holding it that day, a minister's office whose title names the country after the portfolio
("Minister of Home Affairs of India") included; the new people's Hindi and English names link."""

from __future__ import annotations

import datetime as dt
import itertools
import tomllib
from collections import defaultdict
from pathlib import Path

import pytest

from khabar.api import Extractor
from khabar.kb import KnowledgeBase
from khabar.kb.model import Actor, Role
from khabar.langpacks import BUILTIN_DIR, load_language_packs
from khabar.model import Document, EntityMention
from khabar.resources import Resources
from khabar.stages.link.linker import Linker
from khabar.stages.mentions.titles import load_titles

ACTOR_DIR = Path(__file__).resolve().parents[1] / "src" / "khabar" / "kb" / "data" / "actors"


# ------------------------------------------------------------------ the mechanism, on a small KB


def _role(title: str, start: str, end: str) -> Role:
    return Role(title, country="TST", sector="GOV", start=start, end=end)


SMALL = [
    Actor("country:TST", "GPE", "Testland", country="TST", aliases=("टेस्टलैंड",)),
    Actor("place:capital", "GPE", "Capital City", country="TST"),
    Actor(
        "home",
        "PER",
        "Home Holder",
        country="TST",
        roles=(_role("Minister of Home Affairs of Testland", "2010-01-01", ""),),
    ),
    # a junior minister of the same ministry holds no "Minister of Home Affairs" office
    Actor(
        "junior",
        "PER",
        "Junior Holder",
        country="TST",
        roles=(_role("Minister of State for Home Affairs of Testland", "2010-01-01", ""),),
    ),
    # the office's own name ("Minister of Law") runs on past the title prefix before the country
    Actor(
        "law",
        "PER",
        "Law Holder",
        country="TST",
        roles=(_role("Minister of Law and Justice of Testland", "2010-01-01", ""),),
    ),
    # the chief justice of a country, and a judge who is not
    Actor(
        "cj",
        "PER",
        "Chief Holder",
        country="TST",
        roles=(_role("Chief Justice of Testland", "2010-01-01", ""),),
    ),
]


def m(start: int, text: str, **kw) -> EntityMention:
    return EntityMention(start=start, end=start + len(text), text=text, **kw)


def title(start: int, text: str, en: str) -> EntityMention:
    return m(start, text, type="PER", finder="title_only", title=en)


@pytest.fixture(scope="module")
def small() -> Linker:
    lexicons = [load_titles(pack) for pack in load_language_packs(BUILTIN_DIR)]
    return Linker(KnowledgeBase.build(SMALL), lexicons)


def _holder(linker: Linker, mention: EntityMention, date: dt.date) -> list[str | None]:
    entities = linker.link([m(0, "राजधानी", type="GPE", kb_ids=("place:capital",)), mention], date)
    return [e.kb_id for e in entities][1:]


def test_a_ministers_office_named_before_the_country_resolves(small: Linker) -> None:
    assert _holder(small, title(20, "गृह मंत्री", "Interior Minister"), dt.date(2013, 1, 1)) == ["home"]
    assert _holder(small, title(20, "कानून मंत्री", "Justice Minister"), dt.date(2013, 1, 1)) == ["law"]
    # before anyone held it: no guess
    assert _holder(small, title(20, "गृह मंत्री", "Interior Minister"), dt.date(2009, 1, 1)) == []


def test_a_bare_judge_is_not_the_chief_justice(small: Linker) -> None:
    assert _holder(small, title(20, "मुख्य न्यायाधीश", "Chief Justice"), dt.date(2013, 1, 1)) == ["cj"]
    assert _holder(small, title(20, "न्यायाधीश", "Judge"), dt.date(2013, 1, 1)) != ["cj"]


# ------------------------------------------------------------------ the shipped data, whole pipeline


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    # English titles are found with the dependency parser
    return Extractor(Resources.load())


def _linked(doc: Document, written: str) -> str | None:
    """The knowledge-base id of the person one of whose mentions ends with ``written`` ("हरियाणा के
    मुख्यमंत्री" for "मुख्यमंत्री"), else None."""
    people = [e for e in doc.entities or [] if e.type == "PER"]
    return next((e.kb_id for e in people if any(x.text.endswith(written) for x in e.mentions)), None)


@pytest.mark.parametrize(
    ("text", "published", "office", "holder"),
    [
        # the Union Home Minister in March 2013, in a Lucknow story (one Indian state)
        (
            "लखनऊ में गृह मंत्री ने कहा कि उत्तर प्रदेश में सुरक्षा कड़ी की जाएगी।",
            "2013-03-05",
            "गृह मंत्री",
            "sushilkumar_shinde",
        ),
        ("लखनऊ में गृह मंत्री ने कहा कि उत्तर प्रदेश में सुरक्षा कड़ी की जाएगी।", "2017-03-05", "गृह मंत्री", "rajnath_singh"),
        (
            "हरियाणा के मुख्यमंत्री ने कहा कि किसानों को मुआवज़ा मिलेगा।",
            "2013-03-05",
            "मुख्यमंत्री",
            "bhupinder_singh_hooda",
        ),
        ("हरियाणा के मुख्यमंत्री ने कहा कि किसानों को मुआवज़ा मिलेगा।", "2019-03-05", "मुख्यमंत्री", "manohar_lal_khattar"),
        ("असम के मुख्यमंत्री ने कहा कि बाढ़ राहत तेज़ होगी।", "2013-03-05", "मुख्यमंत्री", "tarun_gogoi"),
        ("पटना में रेल मंत्री ने नई ट्रेनों की घोषणा की।", "2007-03-05", "रेल मंत्री", "lalu_prasad_yadav"),
        ("पटना में मुख्य न्यायाधीश ने कहा कि अदालतों में मामले लंबित हैं।", "2013-03-05", "मुख्य न्यायाधीश", "altamas_kabir"),
    ],
)
def test_hindi_office_names_its_holder_on_the_date(
    extractor: Extractor, text: str, published: str, office: str, holder: str
) -> None:
    doc = extractor.extract(text, lang="hi", published=published)
    assert _linked(doc, office) == holder


_EAM_SAID = "NEW DELHI: The External Affairs Minister said on Tuesday that India would raise it at the UN."


@pytest.mark.parametrize(
    ("text", "published", "office", "holder"),
    [
        (
            _EAM_SAID,
            "2013-03-05",
            "External Affairs Minister",
            "salman_khurshid",
        ),
        (
            _EAM_SAID,
            "2008-03-05",
            "External Affairs Minister",
            "pranab_mukherjee",
        ),
        (
            "NEW DELHI: The Finance Minister presented the budget in Parliament.",
            "2010-03-05",
            "Finance Minister",
            "pranab_mukherjee",
        ),
        (
            "NEW DELHI: The Defence Minister reviewed the troops in Delhi.",
            "2012-03-05",
            "Defence Minister",
            "ak_antony",
        ),
    ],
)
def test_english_office_names_its_holder_on_the_date(
    extractor: Extractor, text: str, published: str, office: str, holder: str
) -> None:
    doc = extractor.extract(text, lang="en", published=published)
    assert _linked(doc, office) == holder


def test_a_bare_judge_in_a_court_story_is_nobody_in_particular(extractor: Extractor) -> None:
    doc = extractor.extract("दिल्ली में एक न्यायाधीश ने सुनवाई टाल दी।", lang="hi", published="2013-03-05")
    assert "altamas_kabir" not in [e.kb_id for e in doc.entities or []]


@pytest.mark.parametrize(
    ("text", "lang", "name", "holder"),
    [
        ("सलमान ख़ुर्शीद ने कहा कि भारत बातचीत के लिए तैयार है।", "hi", "सलमान ख़ुर्शीद", "salman_khurshid"),
        ("सलमान खुर्शीद ने कहा कि भारत बातचीत के लिए तैयार है।", "hi", "सलमान खुर्शीद", "salman_khurshid"),
        ("श्रीनगर में मीरवाइज़ उमर फ़ारूक़ ने बंद का आह्वान किया।", "hi", "मीरवाइज़ उमर फ़ारूक़", "mirwaiz_umar_farooq"),
        ("भूपिंदर सिंह हुड्डा ने रोहतक में रैली की।", "hi", "भूपिंदर सिंह हुड्डा", "bhupinder_singh_hooda"),
        (
            "Syed Akbaruddin told reporters in New Delhi that the talks were useful.",
            "en",
            "Syed Akbaruddin",
            "syed_akbaruddin",
        ),
        (
            "Sushil Kumar Shinde told reporters in New Delhi that the police had been alerted.",
            "en",
            "Sushil Kumar Shinde",
            "sushilkumar_shinde",
        ),
    ],
)
def test_new_names_link(extractor: Extractor, text: str, lang: str, name: str, holder: str) -> None:
    doc = extractor.extract(text, lang=lang, published="2013-03-05")
    assert _linked(doc, name) == holder


# ------------------------------------------------------------------ the data itself

_ONE_HOLDER = (
    "Minister of Home Affairs of India",
    "Minister of External Affairs of India",
    "Minister of Defence of India",
    "Minister of Finance of India",
    "Minister of Law and Justice of India",
    "Minister of Railways of India",
    "Chief Election Commissioner of India",
    "Chief Justice of India",
    "Chief of the Army Staff of India",
    "Chief of the Naval Staff of India",
    "Chief of the Air Staff of India",
    "Governor of the Reserve Bank of India",
    "National Security Adviser of India",
    "Speaker of the Lok Sabha",
)


def test_one_holder_of_each_union_office_a_day() -> None:
    """A title-only mention resolves only when one person holds the office: no two full-date spells of
    these offices overlap (a hand-over day ends one spell and starts the next)."""
    offices: dict[str, list[Role]] = defaultdict(list)
    for path in sorted(ACTOR_DIR.glob("*.toml")):
        for actor in tomllib.loads(path.read_text(encoding="utf-8")).get("actor", []):
            for raw in actor.get("roles", []):
                if raw["title"] in _ONE_HOLDER:
                    offices[raw["title"]].append(
                        Role(raw["title"], start=raw.get("start"), end=raw.get("end"))
                    )
    assert set(offices) == set(_ONE_HOLDER)
    clashes = []
    for office, roles in offices.items():
        roles.sort(key=Role.first_day)
        for before, after in itertools.pairwise(roles):
            if after.first_day() < before.after_last_day():
                clashes.append(f"{office}: {before.start}..{before.end} and {after.start}..{after.end}")
    assert not clashes, clashes


def test_every_new_role_is_dated_and_indian() -> None:
    data = tomllib.loads((ACTOR_DIR / "india_office_holders.toml").read_text(encoding="utf-8"))
    for actor in data["actor"]:
        assert actor["country"] == "IND", actor["id"]
        for raw in actor.get("roles", []):
            role = Role(raw["title"], start=raw["start"], end=raw["end"])
            assert raw["country"] == "IND" and raw["start"], (actor["id"], raw["title"])
            assert role.first_day() < role.after_last_day(), (actor["id"], raw["title"])
