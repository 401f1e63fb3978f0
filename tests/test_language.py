"""Language stage: pycld2 with a script-majority fallback, the reader's hint, and the dominant script."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.langpacks import LanguagePacks, load_language_packs
from khabar.model import Document
from khabar.stages.language import (
    LanguageStage,
    detect_cld2,
    dominant_script,
    normalize_lang,
    script_of,
)

ARTICLES = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "articles"


@pytest.fixture(scope="module")
def stage(packs: LanguagePacks) -> LanguageStage:
    return LanguageStage(packs)


def run(stage: LanguageStage, text: str, hint: str | None = None) -> Document:
    return stage(Document(id="t", raw=text, clean=text, hint_lang=hint))


@pytest.mark.parametrize("sidecar", sorted(ARTICLES.glob("*.json")), ids=lambda p: p.stem)
def test_dev_articles(stage: LanguageStage, sidecar: Path) -> None:
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    doc = run(stage, sidecar.with_suffix(".txt").read_text(encoding="utf-8"))
    assert doc.lang == meta["lang"]
    assert doc.script == {"hi": "Deva", "en": "Latn"}[meta["lang"]]


@pytest.mark.parametrize(
    ("char", "script"),
    [
        ("क", "Deva"),
        ("ि", "Deva"),  # vowel sign (a combining mark) counts with its script
        ("a", "Latn"),
        ("é", "Latn"),
        ("Ａ", "Latn"),  # fullwidth
        ("ж", "Cyrl"),
        ("ب", "Arab"),
        ("北", "Hani"),
        ("한", "Hang"),
        ("5", None),
        ("।", None),
        (" ", None),
    ],
)
def test_script_of(char: str, script: str | None) -> None:
    assert script_of(char) == script


def test_short_text_falls_back_to_the_pack_of_its_script(stage: LanguageStage) -> None:
    # pycld2 is not reliable on one word; the script decides via the packs' "script" field
    assert detect_cld2("नमस्ते")[1] is False
    assert (run(stage, "नमस्ते").lang, run(stage, "नमस्ते").script) == ("hi", "Deva")
    assert run(stage, "Shoigu").lang == "en"


def test_short_text_in_a_script_without_a_pack_is_undetermined(stage: LanguageStage) -> None:
    doc = run(stage, "北京")
    assert (doc.lang, doc.script) == ("und", "Hani")


def test_empty_and_letterless_text(stage: LanguageStage) -> None:
    for text in ("", "   \n", "12:30 — 2024"):
        doc = run(stage, text)
        assert (doc.lang, doc.script) == ("und", "Zyyy"), repr(text)


def test_mixed_script_without_majority_is_undetermined(stage: LanguageStage) -> None:
    doc = run(stage, "मास्को Moscow")
    assert doc.lang == "und"
    assert dominant_script("मास्को Moscow") == ("Deva", False)


def test_mixed_script_with_majority(stage: LanguageStage) -> None:
    text = "विदेश मंत्रालय (MEA) ने शनिवार को अलास्का में शिखर बैठक का स्वागत किया।"
    doc = run(stage, text)
    assert (doc.lang, doc.script) == ("hi", "Deva")


def test_other_languages_keep_cld2s_code(stage: LanguageStage) -> None:
    doc = run(stage, "Президент России Владимир Путин провёл переговоры с председателем КНР в Пекине.")
    assert (doc.lang, doc.script) == ("ru", "Cyrl")


def test_hint_wins_and_is_normalised(stage: LanguageStage) -> None:
    text = "Relations between Russia and China are one of the pillars of global politics and security."
    assert run(stage, text, hint="hi").lang == "hi"
    assert run(stage, text, hint="HI-in").lang == "hi"
    assert run(stage, text, hint="en_US").lang == "en"
    # a malformed hint is ignored, not trusted
    assert run(stage, text, hint="??").lang == "en"
    assert run(stage, text, hint="hi").script == "Latn"  # the script is counted regardless


@pytest.mark.parametrize("text", ["abc\x80\x9f def ghi", "a\ud800b text", "\x00\x01", "\ufffe\uffff"])
def test_text_pycld2_rejects_never_raises(stage: LanguageStage, text: str) -> None:
    doc = run(stage, text)
    assert doc.lang is not None and doc.script is not None


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("hi", "hi"), ("EN", "en"), ("hi-IN", "hi"), ("en_US", "en"), ("", None), (None, None), ("x", None)],
)
def test_normalize_lang(tag: str | None, expected: str | None) -> None:
    assert normalize_lang(tag) == expected


def test_script_fallback_follows_pack_metadata(tmp_path: Path) -> None:
    """A new pack written in Cyrillic gets short Cyrillic text, with no code change."""
    pack = tmp_path / "ru"
    pack.mkdir()
    (pack / "pack.toml").write_text('code = "ru"\nname = "Russian"\nscript = "Cyrl"\n', encoding="utf-8")
    stage = LanguageStage(load_language_packs(tmp_path))
    assert run(stage, "Путин").lang == "ru"
    assert run(stage, "नमस्ते").lang == "und"  # no Devanagari pack loaded


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=200), hint=st.one_of(st.none(), st.text(max_size=8)))
def test_never_raises(packs: LanguagePacks, text: str, hint: str | None) -> None:
    doc = LanguageStage(packs)(Document(id="t", raw=text, clean=text, hint_lang=hint))
    assert doc.lang and doc.script and len(doc.script) == 4
