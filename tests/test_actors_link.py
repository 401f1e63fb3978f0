"""The language-neutral linker on hand-made mentions: cross-script surnames, unknown names, metonyms."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.actors.link import Linker
from khabar.actors.titles import load_titles
from khabar.kb import KnowledgeBase
from khabar.langpacks import BUILTIN_DIR, load_language_packs
from khabar.model import EntityMention

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
        ("e2", "Mariya Ivanova", 1, None),
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
