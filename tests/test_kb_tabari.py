"""TABARI/Phoenix actor dictionaries in the KB: parsing, dated roles, Devanagari reach, curated priority."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.kb import KnowledgeBase
from khabar.kb.base import IMPORTED_SUFFIX, shadow_imported
from khabar.kb.tabari import entries_to_records, parse_date, parse_tabari, split_code
from khabar.kb.validate import default_schema, import_conflicts, validate_records

SAMPLE = """# a comment line
AGHA_MOHAMMAD_YAHYA_KHAN_  # CountryInfo.txt
\t[PAKELI 350101-690325]
\t[PAKGOV 690325-711220]
\t[PAKELI 711220-800810]
INTER-SERVICES_INTELLIGENCE
+DIRECTORATE_FOR_INTER-SERVICES_INTELLIGENCE
\t[PAKSPY]
PAKISTAN_  [PAK]
+KARACHI_
UNICEF_\t[IGOUNOKID]# UN Children's Fund
DAYANIDHI_MARAN_  # CountryInfo.txt
\t[INDGOVMED 040601-070831]
\t[INDGOV >090801]
"""
REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "src" / "khabar" / "reference" / "petrarch2"
IMPORTED = REPO / "src" / "khabar" / "kb" / "data" / "imported"


def _records() -> list[dict]:
    records, report = entries_to_records(parse_tabari(SAMPLE), "t", "sample.actors.txt")
    assert report.skipped_country == 1  # PAKISTAN_ [PAK] is a country entry: generated elsewhere
    return records


def test_dates_pivot_at_1930_and_codes_split_into_country_and_sector() -> None:
    assert parse_date("350101") == "1935-01-01"
    assert parse_date("090801") == "2009-08-01"
    assert parse_date("19220101") == "1922-01-01"
    assert parse_date("9008223") is None
    schema = default_schema()
    assert split_code("INDGOVMED", schema) == ("IND", "GOV")
    assert split_code("IGOUNOKID", schema) == ("UNO", "IGO")
    assert split_code("ELI", schema) == (None, "ELI")


def test_entries_become_valid_typed_records() -> None:
    records = _records()
    by_name = {r["name"]: r for r in records}
    assert set(by_name) == {
        "Agha Mohammad Yahya Khan",
        "Inter-Services Intelligence",
        "UNICEF",
        "Dayanidhi Maran",
    }
    assert by_name["Agha Mohammad Yahya Khan"]["type"] == "PER"
    assert by_name["Inter-Services Intelligence"]["type"] == "ORG"
    assert by_name["Inter-Services Intelligence"]["sector"] == "SPY"
    assert "Directorate For Inter-Services Intelligence" in by_name["Inter-Services Intelligence"]["aliases"]
    actors, problems = validate_records(records, "sample", default_schema())
    assert not problems and len(actors) == 4


def test_roles_resolve_at_the_article_date() -> None:
    kb = KnowledgeBase.build(validate_records(_records(), "sample", default_schema())[0])
    yahya = kb.get("t_agha_mohammad_yahya_khan")
    assert yahya is not None
    assert kb.actor_code(yahya, "1970-05-01") == "PAKGOV"
    assert kb.actor_code(yahya, "1965-05-01") == "PAKELI"
    assert kb.actor_code(yahya, "1975-05-01") == "PAKELI"
    maran = kb.get("t_dayanidhi_maran")
    assert maran is not None
    assert kb.role_at(maran, "2005-01-01").title == "CAMEO INDGOVMED"
    assert kb.role_at(maran, "2008-01-01") is None  # between his two posts
    assert kb.actor_code(maran, "2012-01-01") == "INDGOV"


def test_multiword_names_get_a_devanagari_spelling_that_reads_back() -> None:
    by_name = {r["name"]: r for r in _records()}
    deva = [a for a in by_name["Dayanidhi Maran"]["aliases"] if not a.isascii()]
    assert deva and all("\u0900" <= ch <= "\u097f" or ch == " " for ch in deva[0])


@pytest.fixture(scope="module")
def shipped() -> KnowledgeBase:
    return KnowledgeBase.load(read_user_dir=False)


@pytest.mark.parametrize(
    ("actor_id", "early", "early_code", "late", "late_code"),
    [
        ("phx_countries_zulfikar_ali_bhutto", "1965-01-01", "PAKELI", "1975-01-01", "PAKGOV"),
        ("phx_countries_agha_mohammad_yahya_khan", "1960-01-01", "PAKELI", "1970-01-01", "PAKGOV"),
        ("phx_countries_arjun_charan_sethi", "1990-01-01", "INDGOV", "2010-01-01", "INDGOV"),
        ("phx_countries_sheikh_hasina_wajed", "1980-01-01", "BGDELI", "1998-01-01", "BGDGOV"),
    ],
)
def test_shipped_imported_actors_have_dated_roles(
    shipped: KnowledgeBase, actor_id: str, early: str, early_code: str, late: str, late_code: str
) -> None:
    actor = shipped.get(actor_id)
    assert actor is not None, actor_id
    assert shipped.actor_code(actor, early) == early_code
    assert shipped.actor_code(actor, late) == late_code


@pytest.mark.parametrize(
    ("query", "actor_id"),
    [
        # imported Indian politicians the curated files do not cover (Ghulam Nabi Azad, Digvijay Singh
        # and Sushilkumar Shinde are curated since session 6, Oscar Fernandes and Mani Shankar Aiyar
        # since session 10, and shadow their Phoenix entries)
        ("Arjun Charan Sethi", "phx_countries_arjun_charan_sethi"),
        ("अर्जुन चरण सेठी", "phx_countries_arjun_charan_sethi"),
        ("Anbumani Ramadoss", "phx_countries_anbumani_ramadoss"),
        ("अंबुमणि रामदास", "phx_countries_anbumani_ramadoss"),
    ],
)
def test_search_finds_imported_actors_in_both_scripts(
    shipped: KnowledgeBase, query: str, actor_id: str
) -> None:
    hits = shipped.search(query, limit=3)
    assert hits and hits[0][0].id == actor_id


def test_curated_actors_shadow_imported_ones(shipped: KnowledgeBase) -> None:
    # Khaleda Zia is curated and in the Phoenix dictionary: the curated actor answers, once
    assert [a.id for a in shipped.lookup("Khaleda Zia")] == ["khaleda_zia"]
    assert any(owner == "khaleda_zia" for _actor, owner in shipped.shadowed)
    kept, shadowed = shadow_imported(
        [a for a in shipped if a.id == "khaleda_zia"],
        [a for a, owner in shipped.shadowed if owner == "khaleda_zia"],
    )
    assert not kept and shadowed


def test_validation_reports_conflicts_between_curated_and_imported(shipped: KnowledgeBase) -> None:
    conflicts = import_conflicts(shipped, shipped.shadowed)
    assert conflicts, "the curated and Phoenix data disagree somewhere (e.g. a sector at a role start)"
    assert all({"curated", "imported", "field", "message"} <= set(row) for row in conflicts)


def test_import_command_regenerates_the_shipped_file_byte_for_byte(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "kb",
            "import",
            "--format",
            "tabari",
            str(SOURCES / "Phoenix.MilNonState.actors.txt"),
            "--dest",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    produced = tmp_path / f"phx_milnonstate{IMPORTED_SUFFIX}"
    assert produced.read_bytes() == (IMPORTED / produced.name).read_bytes()


def test_no_generated_file_is_over_5_mb() -> None:
    assert all(p.stat().st_size < 5_000_000 for p in IMPORTED.iterdir())
