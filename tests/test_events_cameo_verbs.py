"""The CAMEO verb dictionary (PETRARCH2's CAMEO.2.0.txt) as the English coder's fallback for verbs its
own lexicon lacks; Phoenix discards; generic agents from the KB (real pipeline)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from khabar.api import Extractor
from khabar.stages.events.cameo_verbs import load_cameo_verbs, parse_discards, parse_verbs

SAMPLE = """&MILITARY
+TROOPS
+SOLDIER_

####### VERB PATTERNS #######

---  ACCELERATE   [---]  ---
RUSH
SPEED {SPEEDING SPEEDS SPED }
- * AID                                               [070]         # RUSH
- * &MILITARY (TO BORDER)                             [154]         # RUSH

---  BLAME   [112]  ---
ACCUSE [112]
CONDEMN [111]
INDICT [173]
"""


def test_blocks_patterns_and_synsets_are_read() -> None:
    verbs = parse_verbs(SAMPLE)
    assert verbs.verbs["sped"] == ("ACCELERATE", None)  # [---]: no default code
    assert verbs.verbs["condemn"] == ("BLAME", "111")  # the verb's own code beats the block's
    assert verbs.verbs["accuse"] == ("BLAME", "112")
    assert verbs.synsets["&MILITARY"] == frozenset({"troops", "soldier"})
    patterns = verbs.patterns["ACCELERATE"]
    assert [p.code for p in patterns] == ["070", "154"]
    assert patterns[1].after[0] == ("s", "&MILITARY") and patterns[1].prepositions == ("to",)


def test_discards_match_whole_phrases_case_insensitively() -> None:
    (pattern,) = parse_discards("ASIAN GAMES   # a comment\n+BATSMAN\n1914\n")
    assert pattern.search("He won gold at the Asian  Games in Doha")
    assert pattern.search("the batsman was out")
    assert not pattern.search("the batsmanship")
    assert not pattern.search("in 1914 the war began")  # bare years are left out


def test_the_shipped_dictionary_loads() -> None:
    verbs = load_cameo_verbs()
    assert len(verbs.verbs) > 2000 and sum(len(p) for p in verbs.patterns.values()) > 4000
    assert verbs.discards


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def events(extractor: Extractor) -> Any:
    def run(text: str) -> list[tuple[str, str, str | None, str | None]]:
        doc = extractor.extract(text, lang="en", id="t", published="2020-01-01")
        names = {e.id: e.name for e in doc.entities}
        return [(e.cameo, e.status, names.get(e.source or ""), names.get(e.target or "")) for e in doc.events]

    return run


def test_a_dictionary_verb_is_coded_with_its_arguments(events: Any) -> None:
    got = events("Russia expelled two British diplomats on Monday.")
    assert any(c.startswith("16") and s == "Russia" for c, _st, s, _t in got), got


def test_a_passive_dictionary_verb_swaps_its_arguments(events: Any) -> None:
    got = events("Three Indian fishermen were abducted by Sri Lankan pirates on Tuesday.")
    assert any(c.startswith("18") for c, _st, _s, _t in got), got


def test_negation_marks_a_dictionary_event_denied(events: Any) -> None:
    got = events("Iran did not expel the French ambassador.")
    assert not [c for c, _st, _s, _t in got if c.startswith("16")], got  # denied: withheld


def test_sports_copy_is_not_coded_from_the_dictionary(events: Any) -> None:
    assert not [
        e for e in events("India thrashed Pakistan in the Asian Games hockey final.") if e[0].startswith("1")
    ]


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Somali pirates seized a cargo ship on Monday.", "SOM", "CRM"),
        # (not "fishermen": the English pack's own group nouns come first and code them civilians; the
        # traders act, since a loose group nothing happens to or by is pruned from the output)
        ("Nepali traders protested against the new tax on Monday.", "NPL", "BUS"),
    ],
)
def test_generic_agents_of_the_kb_compose_with_a_demonym(
    extractor: Extractor, text: str, country: str, sector: str
) -> None:
    doc = extractor.extract(text, lang="en", id="t")
    assert any(e.country == country and e.sector == sector for e in doc.entities), [
        (e.name, e.country, e.sector) for e in doc.entities
    ]


def test_reported_speech_keeps_the_clause_subject_as_source(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Officials said Somali pirates hijacked a Greek tanker on Sunday.", lang="en", id="t"
    )
    names = {e.id: (e.name, e.country) for e in doc.entities}
    coded = [(e.cameo, names.get(e.source or "")) for e in doc.events]
    assert any(source and source[1] == "SOM" for _c, source in coded), (coded, names)


def test_the_pack_switch_turns_the_dictionary_off(tmp_path: Path) -> None:
    from khabar.codes import CodeTables
    from khabar.errors import LanguagePackError
    from khabar.langpacks import LanguagePack
    from khabar.stages.events.cameo_verbs import cameo_verbs_for

    codes = CodeTables.load()
    (tmp_path / "cameo_verbs.toml").write_text("enabled = false\n", encoding="utf-8")

    def pack() -> LanguagePack:
        return LanguagePack(code="en", name="English", script="Latn", directory=tmp_path)

    assert cameo_verbs_for(pack(), codes) is None
    (tmp_path / "cameo_verbs.toml").write_text(
        'enabled = true\nskipped_roots = ["01", "02"]\n', encoding="utf-8"
    )
    found = cameo_verbs_for(pack(), codes)
    assert found is not None and found.skipped_roots == ("01", "02")
    (tmp_path / "cameo_verbs.toml").write_text("enabled = true\nconfidence = 3\n", encoding="utf-8")
    with pytest.raises(LanguagePackError):
        cameo_verbs_for(pack(), codes)
