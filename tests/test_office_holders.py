"""A title alone ("प्रधानमंत्री ने कहा", "राज्य के मुख्यमंत्री") names the one knowledge-base holder of that
office at the article's date; no date, no single holder or a former office keeps the old behaviour.

Invented mentions over a small knowledge base (the mechanism), then the shipped data (a few offices)."""

from __future__ import annotations

import datetime as dt
import itertools
import tomllib
from collections import defaultdict
from pathlib import Path

import pytest

from khabar.kb import KnowledgeBase
from khabar.kb.base import role_from_fields
from khabar.kb.model import Actor, Role
from khabar.langpacks import BUILTIN_DIR, load_language_packs
from khabar.model import DateMention, EntityMention
from khabar.stages.link.linker import Linker, stated_lower_bound
from khabar.stages.mentions.titles import load_titles

ACTOR_DIR = Path(__file__).resolve().parents[1] / "src" / "khabar" / "kb" / "data" / "actors"


def _pm(start: str, end: str) -> Role:
    return Role("Prime Minister of Testland", country="TST", sector="GOV", start=start, end=end)


def _cm(state: str, start: str, end: str) -> Role:
    return Role(f"Chief Minister of {state}", country="TST", sector="GOV", start=start, end=end)


SMALL = [
    Actor("country:TST", "GPE", "Testland", country="TST", aliases=("टेस्टलैंड",)),
    Actor("place:north_state", "GPE", "North State", country="TST"),
    Actor("place:west_state", "GPE", "West State", country="TST"),
    Actor("country:OTH", "GPE", "Otherland", country="OTH"),
    Actor(
        "asha_rao",
        "PER",
        "Asha Rao",
        country="TST",
        aliases=("आशा राव",),
        roles=(_pm("2001-01-10", "2006-05-02"),),
    ),
    # two holders in May 2009: the hand-over day is known to the month only
    Actor("vikram_das", "PER", "Vikram Das", country="TST", roles=(_pm("2006-05-02", "2009-05"),)),
    Actor("meera_sen", "PER", "Meera Sen", country="TST", roles=(_pm("2009-05", ""),)),
    Actor("ravi_kumar", "PER", "Ravi Kumar", country="TST", roles=(_cm("North State", "2003-01-01", ""),)),
    Actor("lata_joshi", "PER", "Lata Joshi", country="TST", roles=(_cm("West State", "2003-01-01", ""),)),
    # an office of a national body, not of the country's government
    Actor(
        "anil_mehta",
        "PER",
        "Anil Mehta",
        country="TST",
        roles=(Role("Governor of the Reserve Bank of Testland", country="TST", start="2002-01-01", end=""),),
    ),
]


def m(start: int, text: str, **kw) -> EntityMention:
    return EntityMention(start=start, end=start + len(text), text=text, **kw)


def north() -> EntityMention:
    return m(0, "उत्तर राज्य", type="GPE", kb_ids=("place:north_state",))


def title(start: int, text: str, en: str, **kw) -> EntityMention:
    return m(start, text, type="PER", finder="title_only", title=en, **kw)


@pytest.fixture(scope="module")
def lexicons() -> list:
    return [load_titles(pack) for pack in load_language_packs(BUILTIN_DIR)]


@pytest.fixture
def small(lexicons, monkeypatch: pytest.MonkeyPatch) -> Linker:
    # the small KB's states stand in for Indian states (the article's state decides a state office)
    import khabar.stages.link.linker as linker_module

    codes = {"place:north_state": "ns", "place:west_state": "ws"}
    monkeypatch.setattr(linker_module, "state_of", lambda actor_id: codes.get(actor_id or ""))
    monkeypatch.setattr(
        linker_module, "state_place_id", lambda code: next((k for k, v in codes.items() if v == code), None)
    )
    return Linker(KnowledgeBase.build(SMALL), lexicons)


def test_a_bare_title_in_a_dated_article_names_the_holder_of_that_date(small: Linker) -> None:
    mentions = [north(), title(20, "प्रधानमंत्री", "Prime Minister")]
    (_, pm) = small.link(mentions, dt.date(2004, 3, 1))
    assert (pm.name, pm.kb_id) == ("Asha Rao", "asha_rao")
    (_, pm) = small.link(mentions, dt.date(2007, 3, 1))
    assert pm.kb_id == "vikram_das"


def test_the_title_joins_the_holder_named_later(small: Linker) -> None:
    mentions = [
        north(),
        title(20, "प्रधानमंत्री", "Prime Minister"),
        m(60, "आशा राव", type="PER", kb_ids=("asha_rao",)),
    ]
    entities = small.link(mentions, dt.date(2004, 3, 1))
    assert [(e.kb_id, len(e.mentions)) for e in entities] == [("place:north_state", 1), ("asha_rao", 2)]


def test_no_single_holder_keeps_the_old_behaviour(small: Linker) -> None:
    # two holders in the month of a hand-over, nobody before the first, no date: never a guess
    for date in (dt.date(2009, 5, 20), dt.date(1995, 1, 1), None):
        entities = small.link([north(), title(20, "प्रधानमंत्री", "Prime Minister")], date)
        assert [e.kb_id for e in entities] == ["place:north_state"], date
    # with the title's own country the old behaviour is an unnamed office holder
    entities = small.link(
        [title(0, "टेस्टलैंडी प्रधानमंत्री", "Prime Minister", role_country="TST")], dt.date(1995, 1, 1)
    )
    assert [(e.name, e.kb_id) for e in entities] == [("Prime Minister of Testland", None)]


def d(start: int, text: str, value: str, kind: str = "year", **kw) -> DateMention:
    return DateMention(
        start=start, end=start + len(text), text=text, value=value, precision=kind, kind=kind, **kw
    )


def test_an_undated_article_is_no_earlier_than_the_latest_date_it_states() -> None:
    # "1999 में … 3 मार्च 2004 को …": the earlier date is background; relative and vague dates say
    # nothing without a publication date
    dates = [
        d(0, "1999 में", "1999"),
        d(30, "मार्च 2004 में", "2004-03", kind="month"),
        d(60, "कल", "2030-01-01", kind="relative", relative=True),
        d(70, "हाल ही में", None, kind="vague"),  # type: ignore[arg-type]
    ]
    assert stated_lower_bound(dates) == dt.date(2004, 3, 1)
    assert stated_lower_bound([d(0, "पिछले हफ़्ते", None, kind="relative")]) is None  # type: ignore[arg-type]


def test_an_undated_article_names_a_holder_in_office_all_through_its_plausible_span(small: Linker) -> None:
    # "2010 में हुए समझौते पर प्रधानमंत्री ने कहा …", no publication date: written after 2010, when
    # Meera Sen has held the office since 2009 and still holds it
    mentions = [north(), title(20, "प्रधानमंत्री", "Prime Minister")]
    (_, pm) = small.link(mentions, None, [d(40, "2010 में", "2010")])
    assert pm.kb_id == "meera_sen"
    # "2003 में …": any day from 2003 on, three holders since then: never a guess
    entities = small.link(mentions, None, [d(40, "2003 में", "2003")])
    assert [e.kb_id for e in entities] == ["place:north_state"]
    # a state office the same way ("1 जून 2012 को मुख्यमंत्री ने …")
    cm = title(20, "राज्य के मुख्यमंत्री", "Chief Minister")
    (_, holder) = small.link([north(), cm], None, [d(40, "1 जून 2012 को", "2012-06-01", kind="date")])
    assert holder.kb_id == "ravi_kumar"


# two presidents of Testland, for the office a prime minister's term bounds
PRESIDENTS = [
    Actor(
        "kiran_bose",
        "PER",
        "Kiran Bose",
        country="TST",
        roles=(
            Role("President of Testland", country="TST", sector="GOV", start="2000-01-01", end="2008-01-01"),
        ),
    ),
    Actor(
        "tara_nair",
        "PER",
        "Tara Nair",
        country="TST",
        roles=(Role("President of Testland", country="TST", sector="GOV", start="2008-01-01", end=""),),
    ),
]


def test_a_person_named_by_a_present_office_bounds_an_undated_article(lexicons: list) -> None:
    small = Linker(KnowledgeBase.build([*SMALL, *PRESIDENTS]), lexicons)
    # "प्रधानमंत्री आशा राव … राष्ट्रपति ने कहा": written while Asha Rao was prime minister (2001-2006),
    # all of it in Kiran Bose's presidency (2000-2008)
    pm = m(20, "प्रधानमंत्री आशा राव", type="PER", kb_ids=("asha_rao",), title="Prime Minister")
    president = title(50, "राष्ट्रपति", "President")
    entities = small.link([north(), pm, president], None)
    assert [e.kb_id for e in entities] == ["place:north_state", "asha_rao", "kiran_bose"]
    # a former office bounds nothing ("पूर्व प्रधानमंत्री आशा राव"): no holder
    former = m(
        20,
        "पूर्व प्रधानमंत्री आशा राव",
        type="PER",
        kb_ids=("asha_rao",),
        title="Prime Minister",
        role_former=True,
    )
    assert "kiran_bose" not in [e.kb_id for e in small.link([north(), former, president], None)]
    # clues that contradict each other (a date after her term): no span, no holder
    entities = small.link([north(), pm, president], None, [d(70, "2012 में", "2012")])
    assert "kiran_bose" not in [e.kb_id for e in entities]


def test_a_title_kept_for_the_past_bounds_nothing_from_above(lexicons: list) -> None:
    # "2007 में … राष्ट्रपति किरण बोस …": written in 2007 or later, within Kiran Bose's presidency
    # (to 2008): Vikram Das was prime minister all of that time
    small = Linker(KnowledgeBase.build([*SMALL, *PRESIDENTS]), lexicons)
    president = m(20, "राष्ट्रपति किरण बोस", type="PER", kb_ids=("kiran_bose",), title="President")
    pm = title(60, "प्रधानमंत्री", "Prime Minister")
    year = [d(80, "2007 में", "2007")]
    assert "vikram_das" in [e.kb_id for e in small.link([north(), president, pm], None, year)]
    # "जब राष्ट्रपति किरण बोस सत्ता में थीं …" in a story naming her successor Tara Nair: the title is
    # history, the span stays open after 2007 and two prime ministers held office since
    successor = m(100, "तारा नायर", type="PER", kb_ids=("tara_nair",))
    entities = small.link([north(), president, pm, successor], None, year)
    assert "vikram_das" not in [e.kb_id for e in entities]


def test_a_publication_date_wins_over_the_stated_dates(small: Linker) -> None:
    mentions = [north(), title(20, "प्रधानमंत्री", "Prime Minister")]
    (_, pm) = small.link(mentions, dt.date(2007, 3, 1), [d(40, "2003 में", "2003")])
    assert pm.kb_id == "vikram_das"


def test_a_former_title_is_not_linked(small: Linker) -> None:
    mentions = [north(), title(20, "पूर्व प्रधानमंत्री", "Prime Minister", role_former=True)]
    assert [e.kb_id for e in small.link(mentions, dt.date(2004, 3, 1))] == ["place:north_state"]


def test_a_state_office_needs_the_articles_one_state(small: Linker) -> None:
    cm = title(20, "राज्य के मुख्यमंत्री", "Chief Minister")
    entities = small.link([north(), cm], dt.date(2010, 1, 1))
    assert entities[1].kb_id == "ravi_kumar"
    west = m(40, "पश्चिम राज्य", type="GPE", kb_ids=("place:west_state",))
    two_states = small.link([north(), cm, west], dt.date(2010, 1, 1))
    assert "ravi_kumar" not in [e.kb_id for e in two_states] and "lata_joshi" not in [
        e.kb_id for e in two_states
    ]


def test_an_office_of_another_body_is_not_the_countrys(small: Linker) -> None:
    # "Governor" is an office of the Reserve Bank here, not of the country: no link
    entities = small.link([north(), title(20, "गवर्नर", "Governor")], dt.date(2010, 1, 1))
    assert [e.kb_id for e in entities] == ["place:north_state"]


def test_an_article_naming_another_country_does_not_take_its_places_country(small: Linker) -> None:
    # "मंडेला" misread as a place of Testland in a story about Otherland: Testland is not the country
    other = m(40, "अन्यदेश", type="GPE", kb_ids=("country:OTH",))
    entities = small.link([north(), title(20, "प्रधानमंत्री", "Prime Minister"), other], dt.date(2004, 3, 1))
    assert "asha_rao" not in [e.kb_id for e in entities]


def test_places_of_several_countries_take_the_country_of_the_storys_actors(lexicons: list) -> None:
    """ "परिवार प्रधानमंत्री से मिला" in a story about Testland's sailors held in Otherland and flown out
    through Thirdland: the places lie in two other countries, but Testland's bodies and people are
    named three times and more than twice as often as anyone else's: Testland's prime minister."""
    extra = [
        Actor("city:oth_port", "GPE", "Otherport", country="OTH"),
        Actor("city:thd_town", "GPE", "Thirdtown", country="THD"),
        Actor("country:THD", "GPE", "Thirdland", country="THD"),
        Actor("tst_foreign_ministry", "ORG", "Foreign Ministry of Testland", country="TST"),
        Actor("tst_parliament", "ORG", "Parliament of Testland", country="TST"),
    ]
    linker = Linker(KnowledgeBase.build([*SMALL, *extra]), lexicons)
    places = [
        m(0, "अन्यबंदर", type="GPE", kb_ids=("city:oth_port",)),
        m(10, "तीसरानगर", type="GPE", kb_ids=("city:thd_town",)),
    ]
    actors = [
        m(20, "विदेश मंत्रालय", type="ORG", kb_ids=("tst_foreign_ministry",)),
        m(40, "संसद", type="ORG", kb_ids=("tst_parliament",)),
        m(50, "आशा राव", type="PER", kb_ids=("asha_rao",)),
    ]
    pm = title(70, "प्रधानमंत्री", "Prime Minister")
    found = [e.kb_id for e in linker.link([*places, *actors[:2], pm], dt.date(2008, 3, 1))]
    assert "vikram_das" not in found  # two mentions of Testland's bodies: too few to say
    found = [e.kb_id for e in linker.link([*places, *actors, pm], dt.date(2008, 3, 1))]
    assert "vikram_das" in found


def test_a_synonym_that_names_another_office_is_not_used(lexicons: list) -> None:
    # "Chairman" lists "President" among its role prefixes; a chairman is not the head of state
    president = Role("President of Testland", country="TST", sector="GOV", start="2000-01-01", end="")
    kb = KnowledgeBase.build([*SMALL, Actor("om_puri", "PER", "Om Puri", country="TST", roles=(president,))])
    linker = Linker(kb, lexicons)
    mentions = [north(), title(20, "चेयरमैन", "Chairman")]
    assert [e.kb_id for e in linker.link(mentions, dt.date(2004, 3, 1))] == ["place:north_state"]
    mentions = [north(), title(20, "राष्ट्रपति", "President")]
    assert [e.kb_id for e in linker.link(mentions, dt.date(2004, 3, 1))] == ["place:north_state", "om_puri"]


def test_an_international_bodys_office_names_its_holder_of_that_date(lexicons: list) -> None:
    """ "संयुक्त राष्ट्र महासचिव ने कहा": the office of a body named with it (sector IGO) has one holder at
    the date; the role may carry the body's own code ("HCR"), not the mention's country; another body's
    office of the same name, no date or a national body's office: no link."""
    un = Role(
        "Secretary-General of the Testnations",
        org="Testnations",
        country="TNO",
        sector="IGO",
        start="2005-01-01",
        end="2010-12-31",
    )
    league = Role(
        "Secretary-General of the Test League", country="TLG", sector="IGO", start="2000-01-01", end=""
    )
    party = Role(
        "Secretary-General of the Test Party", country="TST", sector="PTY", start="2000-01-01", end=""
    )
    kb = KnowledgeBase.build(
        [
            *SMALL,
            Actor("uma_iyer", "PER", "Uma Iyer", country="TNO", roles=(un,)),
            Actor("leo_bo", "PER", "Leo Bo", country="TLG", roles=(league,)),
            Actor("pia_ray", "PER", "Pia Ray", country="TST", roles=(party,)),
        ]
    )
    linker = Linker(kb, lexicons)

    def holder(en: str, country: str, date: dt.date | None) -> list[str | None]:
        mention = title(0, "टेस्ट संघ महासचिव", "Secretary-General", role_country=country)
        mention.title = en
        return [e.kb_id for e in linker.link([mention], date)]

    assert holder("Secretary-General of the Testnations", "XYZ", dt.date(2008, 1, 1)) == ["uma_iyer"]
    assert holder("Secretary-General of the Test League", "TLG", dt.date(2008, 1, 1)) == ["leo_bo"]
    assert holder("Secretary-General of the Testnations", "TNO", dt.date(2012, 1, 1)) == [None]
    assert holder("Secretary-General of the Testnations", "TNO", None) == [None]
    assert holder("Secretary-General of the Test Party", "TST", dt.date(2008, 1, 1)) == [None]


# ------------------------------------------------------------------ the shipped data


@pytest.fixture(scope="module")
def real(lexicons) -> Linker:
    return Linker(KnowledgeBase.load(), lexicons)


@pytest.mark.parametrize(
    ("en", "date", "holder"),
    [
        ("High Commissioner for Human Rights of the United Nations", dt.date(2014, 4, 28), "navi_pillay"),
        ("Secretary-General of the United Nations", dt.date(2012, 5, 1), "ban_ki_moon"),
        ("High Commissioner for Refugees of the United Nations", dt.date(2014, 4, 28), "antonio_guterres"),
    ],
)
def test_shipped_offices_of_the_un(real: Linker, en: str, date: dt.date, holder: str) -> None:
    mention = title(0, "संयुक्त राष्ट्र आयुक्त", en.split(" of the ")[0], role_country="UNO")
    mention.title = en
    assert [e.kb_id for e in real.link([mention], date)] == [holder]


@pytest.mark.parametrize(
    ("place", "mention", "date", "holder"),
    [
        ("place:bihar", title(20, "प्रधानमंत्री", "Prime Minister"), dt.date(2011, 3, 10), "manmohan_singh"),
        ("place:bihar", title(20, "राष्ट्रपति", "President"), dt.date(2005, 1, 3), "apj_abdul_kalam"),
        ("place:chhattisgarh", title(20, "मुख्यमंत्री", "Chief Minister"), dt.date(2016, 3, 10), "raman_singh"),
        (
            "place:uttar_pradesh",
            title(20, "मुख्यमंत्री", "Chief Minister"),
            dt.date(2013, 3, 10),
            "akhilesh_yadav",
        ),
        (
            "place:bihar",
            title(20, "चीनी प्रधानमंत्री", "Prime Minister", role_country="CHN"),
            dt.date(2015, 6, 1),
            "li_keqiang",
        ),
    ],
)
def test_shipped_offices(
    real: Linker, place: str, mention: EntityMention, date: dt.date, holder: str
) -> None:
    entities = real.link([m(0, "राज्य", type="GPE", kb_ids=(place,)), mention], date)
    assert [e.kb_id for e in entities] == [place, holder]


def test_no_two_people_hold_a_head_office_on_the_same_day() -> None:
    """Heads of government and state in the data do not overlap, but at a hand-over known to the month."""
    offices: dict[str, list[Role]] = defaultdict(list)
    for path in sorted(ACTOR_DIR.glob("*.toml")):
        for actor in tomllib.loads(path.read_text(encoding="utf-8")).get("actor", []):
            for raw in actor.get("roles", []):
                if raw["title"].startswith(("Prime Minister of", "President of", "Chief Minister of")):
                    offices[raw["title"]].append(
                        Role(raw["title"], start=raw.get("start"), end=raw.get("end"))
                    )
    clashes = []
    for office, roles in offices.items():
        roles.sort(key=Role.first_day)
        for before, after in itertools.pairwise(roles):
            full_dates = len(before.end or "") == 10 and len(after.start or "") == 10
            if full_dates and after.first_day() < before.after_last_day():
                clashes.append(f"{office}: {before.start}..{before.end} and {after.start}..{after.end}")
    assert not clashes, clashes


def test_stored_roles_by_country_build_the_same_roles_without_building_actors() -> None:
    kb = KnowledgeBase.build(SMALL)
    stored = kb.actors.person_roles_by_country()
    assert "OTH" not in stored  # a country actor holds no role
    built = [(actor_id, role_from_fields(fields)) for actor_id, fields in stored["TST"]]
    assert ("asha_rao", _pm("2001-01-10", "2006-05-02")) in built
    assert {actor_id for actor_id, _ in built} == {a.id for a in SMALL if a.type == "PER"}


def test_an_office_of_a_body_the_text_names_is_not_the_countrys(small: Linker) -> None:
    # "The president of the farmers' union said …": not the country's president
    union = title(20, "president of the farmers' union", "President")
    pm = title(20, "Prime Minister of Testland", "Prime Minister")
    assert [e.kb_id for e in small.link([north(), union], dt.date(2004, 3, 1))] == ["place:north_state"]
    assert small.link([north(), pm], dt.date(2004, 3, 1))[1].kb_id == "asha_rao"
