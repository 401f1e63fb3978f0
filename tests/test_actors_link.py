"""The language-neutral linker on hand-made mentions: cross-script surnames, unknown names, metonyms."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.kb import KnowledgeBase
from khabar.langpacks import BUILTIN_DIR, load_language_packs
from khabar.model import EntityMention
from khabar.stages.link.linker import Linker
from khabar.stages.mentions.titles import load_titles

DATE = dt.date(2024, 11, 12)


@pytest.fixture(scope="module")
def linker() -> Linker:
    packs = load_language_packs(BUILTIN_DIR)
    return Linker(KnowledgeBase.load(), [load_titles(pack) for pack in packs])


def m(start: int, text: str, **kw) -> EntityMention:
    return EntityMention(start=start, end=start + len(text), text=text, **kw)


def test_surname_across_scripts_joins_the_full_name(linker: Linker) -> None:
    entities = linker.link(
        [m(0, "Wang Yi", type="PER", kb_ids=("wang_yi",)), m(20, "वांग", type="PER"), m(40, "Yi", type="PER")],
        DATE,
    )
    assert [(e.name, len(e.mentions)) for e in entities] == [("Wang Yi", 3)]


def test_family_name_first_surname_wins_over_a_given_name(linker: Linker) -> None:
    entities = linker.link(
        [
            m(0, "Lin Jian", type="PER", kb_ids=("lin_jian",)),
            m(20, "Chen Wenqing", type="PER", kb_ids=("chen_wenqing",)),
            m(40, "Chen", type="PER"),
        ],
        DATE,
    )
    chen = next(e for e in entities if e.name == "Chen Wenqing")
    assert [x.text for x in chen.mentions] == ["Chen Wenqing", "Chen"]


def test_unknown_people_stay_apart_and_get_transliterated_names(linker: Linker) -> None:
    entities = linker.link(
        [
            m(0, "इवान पेत्रोव", type="PER", title="Secretary", role_country="RUS", role_sector="GOV"),
            m(30, "पेत्रोव", type="PER"),
            m(50, "मारिया इवानोवा", type="PER"),
        ],
        DATE,
    )
    assert [(e.id, e.name, len(e.mentions), e.kb_id) for e in entities] == [
        ("e1", "Ivan Petrov", 2, None),
        ("e2", "Maria Ivanova", 1, None),  # मारिया respelt as English writes it (name_vocabulary.tsv)
    ]
    assert entities[0].actor_code == "RUSGOV" and entities[1].actor_code is None


def test_a_title_only_mention_without_a_holder_is_dropped(linker: Linker) -> None:
    entities = linker.link(
        [m(0, "विदेश मंत्री", type="PER", finder="title_only", title="Foreign Minister")], DATE
    )
    assert entities == []


def test_ambiguous_title_only_mention_is_dropped(linker: Linker) -> None:
    entities = linker.link(
        [
            m(
                0,
                "Donald Trump",
                type="PER",
                kb_ids=("donald_trump",),
                title="President of the United States",
            ),
            m(20, "Vladimir Putin", type="PER", kb_ids=("vladimir_putin",), title="President of Russia"),
            m(40, "राष्ट्रपति", type="PER", finder="title_only", title="President"),
        ],
        dt.date(2025, 8, 16),
    )
    assert all(len(e.mentions) == 1 for e in entities)


def test_capital_metonym_hook(linker: Linker) -> None:
    entities = linker.link(
        [
            m(0, "बीजिंग", type="GPE", kb_ids=("city:1816670",)),
            m(10, "चीन", type="GPE", kb_ids=("country:CHN",)),
        ],
        DATE,
    )
    beijing, china = entities
    assert beijing.name == "Beijing" and beijing.type == "GPE"
    assert linker.metonym_country(beijing) == "CHN"
    assert linker.metonym_country(china) is None


def test_nameless_title_of_another_office_is_an_actor_of_its_own(linker: Linker) -> None:
    xi = m(0, "शी जिनपिंग", type="PER", kb_ids=("xi_jinping",), title="President of China", role_country="CHN")
    spokesperson = m(
        30,
        "चीनी विदेश मंत्रालय के प्रवक्ता",
        type="PER",
        finder="title_only",
        title="Spokesperson of the Ministry of Foreign Affairs of China",
        role_country="CHN",
        role_sector="GOV",
    )
    entities = linker.link([xi, spokesperson], DATE)
    assert [len(e.mentions) for e in entities] == [1, 1]
    own = entities[1]
    assert (own.type, own.country, own.sector, own.kb_id) == ("PER", "CHN", "GOV", None)
    assert own.name == "Spokesperson of the Ministry of Foreign Affairs of China"
    assert own.roles == ["Spokesperson of the Ministry of Foreign Affairs of China"]


def test_nameless_title_never_goes_to_a_person_of_another_country(linker: Linker) -> None:
    entities = linker.link(
        [
            m(0, "शी जिनपिंग", type="PER", kb_ids=("xi_jinping",)),
            m(
                30,
                "अमेरिकी विदेश मंत्री",
                type="PER",
                finder="title_only",
                title="Foreign Minister of United States",
                role_country="USA",
            ),
        ],
        DATE,
    )
    xi, minister = entities
    # the US office's holder on that day ("Secretary of State of the United States"), never Xi
    assert len(xi.mentions) == 1 and minister.country == "USA" and minister.kb_id == "antony_blinken"


def test_nameless_title_joins_the_kb_holder_of_that_office(linker: Linker) -> None:
    entities = linker.link(
        [
            m(0, "सर्गेई लावरोव", type="PER", kb_ids=("sergei_lavrov",)),
            m(
                30,
                "रूसी विदेश मंत्री",
                type="PER",
                finder="title_only",
                title="Foreign Minister of Russia",
                role_country="RUS",
            ),
        ],
        DATE,
    )
    assert len(entities) == 1 and len(entities[0].mentions) == 2


def test_loose_title_for_the_one_untitled_person_of_that_country(linker: Linker) -> None:
    # the article never states Shoigu's office: "the Russian president" is a loose title for him
    shoigu = m(0, "Sergei Shoigu", type="PER", kb_ids=("sergei_shoigu",))
    president = m(
        40, "Russian president", type="PER", finder="title_only", title="President", role_country="RUS"
    )
    (entity,) = linker.link([shoigu, president], DATE)
    assert len(entity.mentions) == 2
    # … but not once the article has called him by his own office
    titled = m(
        0,
        "Sergei Shoigu",
        type="PER",
        kb_ids=("sergei_shoigu",),
        title="Secretary of the Security Council",
        role_country="RUS",
    )
    entities = linker.link([titled, president], DATE)
    assert [len(e.mentions) for e in entities] == [1, 1] and entities[1].name == "Vladimir Putin"


def test_hindi_groups_with_one_name_and_country_are_one_entity(linker: Linker) -> None:
    def group(start: int, text: str, country: str) -> EntityMention:
        return m(
            start,
            text,
            type="ORG",
            finder="group",
            title="Indian Farmers",
            role_country=country,
            role_sector="AGR",
        )

    entities = linker.link(
        [group(0, "किसानों", "IND"), group(20, "किसान", "IND"), group(40, "किसानों", "PAK")], DATE
    )
    assert [(e.name, e.country, e.sector, len(e.mentions)) for e in entities] == [
        ("Indian Farmers", "IND", "AGR", 2),
        ("Indian Farmers", "PAK", "AGR", 1),
    ]
    assert entities[0].roles == [] and entities[0].actor_code == "INDAGR"


def test_an_unknown_name_is_a_kb_actor_only_with_the_actors_surname(linker: Linker) -> None:
    """Search links a spelling variant of a full name, not given names shared with a longer name
    ("Vijay Kumar" is not Vijaya Kumar Gachhedar of Nepal, whose search score is as high)."""
    given_only = linker.link([m(0, "विजय कुमार", type="PER", title="Director General of Police")], DATE)
    assert [(e.name, e.kb_id) for e in given_only] == [("Vijay Kumar", None)]
    variant = linker.link([m(0, "Vijaya Kumar Gachhadar", type="PER")], DATE)
    assert [e.kb_id for e in variant] == ["phx_countries_vijaya_kumar_gachhedar"]


def test_an_english_full_name_with_another_given_name_is_another_person(linker: Linker) -> None:
    """"Kumar Mishra" shares two words with Sanjay Kumar Mishra but not his given name: someone else;
    the known person's own given name (any spelling of it) still links."""
    other = linker.link([m(0, "Kumar Mishra", type="PER")], DATE)
    assert [(e.name, e.kb_id) for e in other] == [("Kumar Mishra", None)]
    same = linker.link([m(0, "Sanjay Kumar Mishra", type="PER")], DATE)
    assert [e.kb_id for e in same] == ["sanjay_kumar_mishra"]
