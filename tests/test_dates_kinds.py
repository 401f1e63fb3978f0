"""Mention kinds the events stage reads: vague adverbs, weeks, shifted months and years."""

from __future__ import annotations

from datetime import datetime

import pytest

from khabar.langpacks import load_language_packs
from khabar.model import DateMention, Document, Sentence
from khabar.stages.dates.stage import DateStage

PUB = datetime(2024, 11, 12, 16, 49)


@pytest.fixture(scope="module")
def stage() -> DateStage:
    return DateStage(load_language_packs())


def _mentions(stage: DateStage, text: str, lang: str, published: datetime | None = PUB) -> list[DateMention]:
    doc = Document(
        id="t", raw=text, clean=text, sentences=[Sentence(0, len(text))], lang=lang, published=published
    )
    return stage(doc).dates or []


@pytest.mark.parametrize(
    ("lang", "text", "wording"),
    [
        ("hi", "शी चिनफिंग ने हाल ही में रूस की राजकीय यात्रा की।", "हाल ही में"),
        ("en", "Xi recently paid a state visit to Russia.", "recently"),
    ],
)
def test_vague_adverb_is_kept_unresolved(stage: DateStage, lang: str, text: str, wording: str) -> None:
    (mention,) = _mentions(stage, text, lang)
    assert (mention.text, mention.value, mention.precision, mention.kind) == (wording, None, None, "vague")


def test_recent_as_an_adjective_is_not_a_date(stage: DateStage) -> None:
    assert _mentions(stage, "Following the recent exchange of fire, Japan urged restraint.", "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "He will hold talks with Chen later this week.", "week"),
        ("hi", "उन्होंने इस वर्ष दो बार बातचीत की है।", "year"),
        ("hi", "पिछले महीने बैठक हुई।", "month"),
        ("en", "He met Wang on Tuesday.", "weekday"),
        ("hi", "12 नवंबर को वार्ता हुई।", "date"),
    ],
)
def test_mention_kind(stage: DateStage, lang: str, text: str, kind: str) -> None:
    (mention,) = _mentions(stage, text, lang)
    assert mention.kind == kind


def test_unresolved_relative_year_does_not_pass_for_a_day(stage: DateStage) -> None:
    (mention,) = _mentions(stage, "उन्होंने इस वर्ष दो बार बातचीत की है।", "hi", published=None)
    assert mention.value is None and mention.kind == "year"
