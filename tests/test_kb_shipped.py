"""The engine over the shipped knowledge base (src/khabar/kb/data): it loads and finds the seed's actors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from khabar.kb import KnowledgeBase
from khabar.kb.quality import transliteration_match_rate


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KHABAR_HOME", str(tmp_path_factory.mktemp("khabar-home")))
        yield KnowledgeBase.load(read_user_dir=False)


@pytest.mark.parametrize("query", ["शोइगु", "Shoygu", "सेर्गेई शोइगु", "Sergei Shoigu"])
def test_shoigu(kb: KnowledgeBase, query: str) -> None:
    assert kb.search(query, limit=3)[0][0].id == "sergei_shoigu"


def test_shoigu_code_by_date(kb: KnowledgeBase) -> None:
    assert kb.actor_code("sergei_shoigu", "2024-11-12") == "RUSGOV"
    assert kb.actor_code("sergei_shoigu", "2020-01-01") == "RUSMIL"


def test_countries_and_seed_mentions(kb: KnowledgeBase) -> None:
    assert kb.search("रूस")[0][0].id == "country:RUS"
    text = (Path(__file__).parents[1] / "corpus/dev/articles/hi_00_vietnamvn_shoigu_wangyi.txt").read_text()
    named = {actor_id for m in kb.find_alias_matches(text) for actor_id in m.actor_ids}
    assert {"sergei_shoigu", "wang_yi", "country:RUS", "country:CHN", "country:USA"} <= named


def test_tass_acronym_in_devanagari(kb: KnowledgeBase) -> None:
    assert kb.search("टीएएसएस")[0][0].name.upper().startswith("TASS")


@pytest.mark.slow  # ~10 s: fuzzy-matches every Devanagari person alias against all Latin aliases
def test_transliterated_person_aliases_find_their_actor(kb: KnowledgeBase) -> None:
    report = transliteration_match_rate(kb, types=("PER",))
    persons, correct = report.by_type.get("PER", [0, 0])
    assert persons > 0
    assert correct / persons >= 0.9, report.failures[:20]
