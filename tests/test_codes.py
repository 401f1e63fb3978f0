"""CAMEO / PLOVER code tables (khabar.codes)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from khabar.codes import REFERENCE_DIR, CodeTableError, CodeTables


@pytest.fixture(scope="module")
def codes() -> CodeTables:
    return CodeTables.load()


def test_all_cameo_codes_load_with_quad_class(codes: CodeTables) -> None:
    assert len(codes.cameo) == 315
    assert all(c.quad_class in (1, 2, 3, 4) for c in codes.cameo.values())


@pytest.mark.parametrize(
    ("code", "plover", "quad", "goldstein"),
    [
        ("030", "AGREE", 1, 4.0),  # express intent to cooperate
        ("040", "CONSULT", 1, 1.0),
        ("042", "CONSULT", 1, 1.9),  # make a visit
        ("051", "SUPPORT", 1, 3.4),
        ("111", "ACCUSE", 3, -2.0),  # criticize or denounce
        ("190", "ASSAULT", 4, -10.0),
        ("163", "COERCE", 4, -8.0),  # the 2021 table puts sanctions under COERCE
    ],
)
def test_code_lookup(codes: CodeTables, code: str, plover: str, quad: int, goldstein: float) -> None:
    mapped = codes.to_plover(code)
    assert mapped is not None and mapped.type == plover
    assert codes.quad_class(code) == quad
    assert codes.goldstein(code) == goldstein


def test_visit_mode_and_context(codes: CodeTables) -> None:
    assert codes.to_plover("042").mode == "visit"
    assert codes.to_plover("0311").context == "economic"


def test_appeals_fall_back_to_request(codes: CodeTables) -> None:
    # CAMEO 02 has no line in the conversion table; PLOVER's REQUEST covers appeals.
    assert codes.to_plover("020").type == "REQUEST"
    assert codes.to_plover("0233").type == "REQUEST"


def test_missing_goldstein_comes_from_the_parent(codes: CodeTables) -> None:
    assert codes.cameo["1213"].goldstein is None
    assert codes.goldstein("1213") == codes.goldstein("121")


def test_unknown_code(codes: CodeTables) -> None:
    assert codes.get("999") is None
    assert codes.to_plover("999") is None
    with pytest.raises(CodeTableError, match=r"lexicon entry 3.*'999'"):
        codes.require("999", "lexicon entry 3")


def test_plover_scores(codes: CodeTables) -> None:
    assert codes.plover_score("CONSULT") == 2.5
    assert codes.plover_score("AGREE", "no-such-mode") == codes.plover_score("AGREE")


def test_malformed_table_names_file_and_line(tmp_path: Path) -> None:
    for name in ("cameo_to_plover.txt", "plover_scores.csv"):
        shutil.copy(REFERENCE_DIR / name, tmp_path / name)
    (tmp_path / "cameo_event_codes.csv").write_text(
        "code,level,root_code,name,goldstein_gdelt,gdelt_quadclass,phoenix_pentaclass\n"
        "01,1,01,MAKE PUBLIC STATEMENT,0.0,x,0\n",
        encoding="utf-8",
    )
    with pytest.raises(CodeTableError, match=r"cameo_event_codes.csv:2"):
        CodeTables.load(tmp_path)


def test_missing_table(tmp_path: Path) -> None:
    with pytest.raises(CodeTableError, match="cannot read"):
        CodeTables.load(tmp_path)
