"""Title lexicons (titles.toml schema 1): loading and clear errors for malformed packs."""

from __future__ import annotations

import pytest

from khabar.errors import LanguagePackError
from khabar.langpacks import BUILTIN_DIR, load_language_packs
from khabar.stages.mentions.titles import load_titles, parse_titles


def test_shipped_hindi_titles_load() -> None:
    lexicon = load_titles(load_language_packs(BUILTIN_DIR).get("hi"))
    minister = lexicon.title("विदेश  मंत्री")  # normalised lookup: spacing does not matter
    assert minister is not None and minister.en == "Foreign Minister" and minister.sector == "GOV"
    assert minister.matches_role("Minister of Foreign Affairs of China")
    assert lexicon.is_honorific("श्री") and lexicon.is_honorific("डॉ.") and lexicon.is_former("पूर्व")
    assert lexicon.is_stop("ने") and lexicon.is_stop("पड़ोसियों")  # oblique plural ending


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"schema": 2}, "schema must be 1"),
        ({"schema": 1, "title": [{"forms": ["x"]}]}, "needs 'forms' and 'en'"),
        ({"schema": 1, "title": [{"forms": ["x"], "en": "X", "sector": "XYZ"}]}, "unknown sector"),
        (
            {"schema": 1, "title": [{"forms": ["x"], "en": "X"}, {"forms": ["X"], "en": "Y"}]},
            "already belongs",
        ),
        ({"schema": 1, "honorifics": {"forms": "श्री"}}, "list of non-empty strings"),
    ],
)
def test_malformed_titles_name_the_problem(data: dict, problem: str) -> None:
    with pytest.raises(LanguagePackError, match=problem):
        parse_titles(data, "xx", "xx/titles.toml")
