"""Knowledge-base engine on a small fixture: lookup, search, roles, actor codes, mention matching."""

from __future__ import annotations

import datetime as dt
import itertools
import pickle
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from khabar.kb import Actor, KnowledgeBase, Role

FIXTURES = Path(__file__).parent / "fixtures" / "kb"


@pytest.fixture(scope="session")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KHABAR_HOME", str(tmp_path_factory.mktemp("khabar-home")))
        yield KnowledgeBase.load(data_dir=FIXTURES / "data", read_user_dir=False)


def ids(actors: list[Actor]) -> list[str]:
    return [a.id for a in actors]


def test_generated_countries_have_cldr_names_in_many_languages(kb: KnowledgeBase) -> None:
    russia = kb.country("RUS")
    assert russia is not None and russia.name == "Russia" and russia.type == "GPE" and russia.sector is None
    assert {"रूस", "Russland", "Россия"} <= set(russia.aliases)
    assert ids(kb.lookup("रूस")) == ["country:RUS"]
    assert ids(kb.lookup("चीन")) == ["country:CHN"]
    assert ids(kb.lookup("भारत")) == ["country:IND"]
    for alias in ("संयुक्त राज्य अमेरिका", "अमेरिका", "U.S.", "America", "United States"):
        assert "country:USA" in ids(kb.lookup(alias)), alias
    assert kb.actor_code("country:CHN") == "CHN"


def test_cities_from_geonames(kb: KnowledgeBase) -> None:
    beijing = kb.lookup("बीजिंग")[0]
    assert beijing.id.startswith("city:") and beijing.country == "CHN" and beijing.name == "Beijing"
    lat, lon = kb.city_location(beijing)  # type: ignore[misc]
    assert 39 < lat < 41 and 115 < lon < 118
    assert kb.lookup("मास्को")[0].country == "RUS"
    assert kb.city_location("country:RUS") is None


def test_demonyms_point_at_their_country(kb: KnowledgeBase) -> None:
    assert ids(kb.lookup("चीनी")) == ["country:CHN"]
    assert ids(kb.lookup("Russian")) == ["country:RUS"]
    assert kb.search("चीनी")[0][0].id == "country:CHN"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("शोइगु", "sergei_shoigu"),
        ("Shoygu", "sergei_shoigu"),
        ("Sergei Shoygu", "sergei_shoigu"),  # fuzzy: not an alias as spelt
        ("सर्गेइ शोईगू", "sergei_shoigu"),  # Devanagari spelling not in the KB
        ("रूस", "country:RUS"),
        ("टीएएसएस", "tass"),
        ("वांग यी", "wang_yi"),
        ("ट्रम्प", "donald_trump"),
        ("Donald Tramp", "donald_trump"),
    ],
)
def test_search_any_script(kb: KnowledgeBase, query: str, expected: str) -> None:
    results = kb.search(query, limit=5)
    assert results, query
    best, score = results[0]
    assert best.id == expected
    assert 60 <= score <= 100
    assert [s for _, s in results] == sorted((s for _, s in results), reverse=True)


def test_exact_hits_score_100_and_fuzzy_below(kb: KnowledgeBase) -> None:
    assert kb.search("Shoigu")[0][1] == 100.0
    assert kb.search("Sergei Shoygu")[0][1] < 100.0
    assert kb.search("qqqqxxxxzzzz") == []


def test_role_at_dates(kb: KnowledgeBase) -> None:
    shoigu = kb.get("sergei_shoigu")
    assert shoigu is not None
    assert kb.role_at(shoigu, "2020-06-01").sector == "MIL"  # type: ignore[union-attr]
    assert kb.role_at(shoigu, dt.date(2024, 5, 11)).sector == "MIL"  # type: ignore[union-attr]
    assert kb.role_at(shoigu, dt.date(2024, 5, 12)).sector == "GOV"  # hand-over day: new role  # type: ignore[union-attr]
    assert kb.role_at(shoigu, dt.datetime(2024, 11, 12, 16, 49)).title.startswith("Secretary")  # type: ignore[union-attr]
    assert kb.role_at(shoigu, "2024-05").sector == "GOV"  # partial: both held that month; own sector wins  # type: ignore[union-attr]
    assert kb.role_at(shoigu, "2001") is None
    assert kb.role_at(shoigu).sector == "GOV"  # current  # type: ignore[union-attr]


def test_actor_code_by_date(kb: KnowledgeBase) -> None:
    assert kb.actor_code("sergei_shoigu", "2023-03-01") == "RUSMIL"
    assert kb.actor_code("sergei_shoigu", "2024-11-12") == "RUSGOV"
    assert kb.actor_code("sergei_shoigu", "1990") == "RUSGOV"  # no role then: the actor's own code
    assert kb.actor_code("wang_yi", "2024-11-12") == "CHNGOV"  # GOV post preferred over the party post
    assert kb.actor_code("wang_yi", "2022-12-15") == "CHNGOV"  # partial start "2022-12" covers the month
    assert kb.actor_code("tass") == "RUSMED"
    with pytest.raises(KeyError):
        kb.actor_code("nobody")


def test_role_partial_end_covers_its_whole_period() -> None:
    role = Role(title="x", start="2019", end="2020-06")
    assert role.covers(dt.date(2020, 6, 30), dt.date(2020, 6, 30))
    assert not role.covers(dt.date(2020, 7, 1), dt.date(2020, 7, 1))
    assert role.covers(dt.date(2019, 1, 1), dt.date(2019, 1, 1))


def test_find_alias_matches_on_the_canonical_example(kb: KnowledgeBase) -> None:
    text = (Path(__file__).parents[1] / "corpus/dev/articles/hi_00_vietnamvn_shoigu_wangyi.txt").read_text()
    matches = kb.find_alias_matches(text)
    found = {(text[m.start : m.end], tuple(m.actor_ids), m.demonym) for m in matches}
    assert ("सेर्गेई शोइगु", ("sergei_shoigu",), False) in found
    assert ("सर्गेई शोइगु", ("sergei_shoigu",), False) in found
    assert ("वांग यी", ("wang_yi",), False) in found
    assert ("टीएएसएस", ("tass",), False) in found
    assert ("रूसी", ("country:RUS",), True) in found
    assert ("चीनी", ("country:CHN",), True) in found
    assert ("संयुक्त राज्य अमेरिका", ("country:USA",), False) in found  # longest match, not अमेरिका alone
    assert ("चीन", ("country:CHN",), False) in found
    # spans never overlap and never cut a word
    spans = sorted((m.start, m.end) for m in matches)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
    assert not any(unicodedata.category(text[m.end])[0] in "LMN" for m in matches if m.end < len(text))


def test_word_boundaries_in_devanagari(kb: KnowledgeBase) -> None:
    text = "चीनी अधिकारी, शोइगु ने कहा। चीन"
    matches = kb.find_alias_matches(text)
    assert [(text[m.start : m.end], m.demonym) for m in matches] == [
        ("चीनी", True),
        ("शोइगु", False),
        ("चीन", False),
    ]
    assert kb.find_alias_matches("चीनियों") == []  # चीन never matches inside a longer word


def test_offsets_refer_to_the_original_text(kb: KnowledgeBase) -> None:
    text = "ट्रम्प और  इज़राइल\u200c, then U.S. and Shoigu."
    got = [(text[m.start : m.end], m.actor_ids[0]) for m in kb.find_alias_matches(text)]
    assert ("ट्रम्प", "donald_trump") in got
    assert ("इज़राइल", "country:ISR") in got or ("इज़राइल\u200c", "country:ISR") in got
    assert ("U.S.", "country:USA") in got
    assert ("Shoigu", "sergei_shoigu") in got


def test_latin_case_constraints(kb: KnowledgeBase) -> None:
    assert kb.find_alias_matches("give us the data") == []  # "us" is not the US
    assert [m.actor_ids for m in kb.find_alias_matches("the US and China")] == [
        ["country:USA"],
        ["country:CHN"],
    ]


def test_kb_pickles(kb: KnowledgeBase) -> None:
    kb.search("Shoigu")  # builds the lazy fuzzy index
    clone = pickle.loads(pickle.dumps(kb))
    assert clone.lookup("शोइगु")[0].id == "sergei_shoigu"
    assert clone.find_alias_matches("शोइगु ने")[0].actor_ids == ["sergei_shoigu"]


def test_extra_files_and_duplicate_ids(tmp_path: Path) -> None:
    extra = tmp_path / "more.toml"
    extra.write_text('[[actor]]\nid = "tass"\ntype = "ORG"\nname = "TASS again"\n', encoding="utf-8")
    from khabar.errors import KnowledgeBaseError

    with pytest.raises(KnowledgeBaseError, match="already defined"):
        KnowledgeBase.load([extra], data_dir=FIXTURES / "data", read_user_dir=False, generated=False)
    kb2 = KnowledgeBase.load(
        [FIXTURES / "users.csv"], data_dir=FIXTURES / "data", read_user_dir=False, generated=False
    )
    assert kb2.actor_code("jane_doe", "2021-01-01") == "INDGOV"
    assert kb2.role_at("jane_doe", "2024").title == "Governor of Somewhere"  # type: ignore[union-attr]


def test_user_dir_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "mine.jsonl").write_text(
        (FIXTURES / "users.jsonl").read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.setenv("KHABAR_HOME", str(tmp_path))  # the user's actor files are in $KHABAR_HOME/kb
    kb2 = KnowledgeBase.load(data_dir=FIXTURES / "data", generated=False)
    assert kb2.lookup("जॉन रो")[0].id == "john_roe"
