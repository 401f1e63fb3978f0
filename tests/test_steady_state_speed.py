"""Session 8's cuts of the Hindi steady-state cost (issue 13) change no result: each is held to the plain
computation it replaces, over the dev and dev2 Hindi articles processed one after another in one
process (so that anything kept from one article to the next is exercised)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.model import Document
from khabar.readers import ReadOptions, iter_documents
from khabar.resources import Resources
from khabar.text.memo import TextMemo

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources.load()


@pytest.fixture(scope="module")
def segmented(resources: Resources) -> list[Document]:
    """The Hindi dev and dev2 articles, through the stages before the mention stage."""
    from khabar.api import build_pipeline

    paths = sorted((_CORPUS / "dev" / "articles").glob("hi_*.txt")) + sorted(
        (_CORPUS / "dev2" / "articles").glob("hi*.txt")
    )
    docs = [d for d in iter_documents([str(p) for p in paths], ReadOptions()) if isinstance(d, Document)]
    assert len(docs) >= 40
    out = []
    pipeline = build_pipeline(resources)
    for doc in docs:
        for stage in pipeline.stages:
            if stage.name == "mentions":
                break
            doc = stage(doc)
        out.append(doc)
    return out


class _KeptMemo(TextMemo[object]):
    """A memo that is never cleared (the token memo before session 8 kept 2,000 texts across articles)."""

    __slots__ = ()

    def clear(self) -> None:
        pass


def test_token_memo_kept_per_article_changes_no_mention(
    resources: Resources, segmented: list[Document]
) -> None:
    from khabar.stages.mentions.pattern import HindiMentionFinder, _tokenize

    fast = HindiMentionFinder(resources)
    plain = HindiMentionFinder(resources)
    plain._tokens = _KeptMemo(_tokenize)  # type: ignore[assignment]
    for doc in segmented:
        assert fast.find(doc) == plain.find(doc), doc.id
        assert not fast._tokens  # nothing of the article is kept for the next one
    assert len(plain._tokens) > 500  # the plain finder did keep (and reuse) the texts


class _Everything:
    """A set that holds every word: the plain loop, which asks ``_group_at`` at every word."""

    def __contains__(self, _word: object) -> bool:
        return True


def test_group_noun_screen_changes_no_mention(resources: Resources, segmented: list[Document]) -> None:
    from khabar.stages.mentions.pattern import GROUP, HindiMentionFinder

    fast = HindiMentionFinder(resources)
    plain = HindiMentionFinder(resources)
    plain._group_starts = _Everything()  # type: ignore[assignment]
    groups = 0
    for doc in segmented:
        found = fast.find(doc)
        assert found == plain.find(doc), doc.id
        groups += sum(m.finder == GROUP for m in found)
    assert groups >= 20  # the articles do hold group actors


def test_cue_screens_looked_up_once_per_article_find_every_cue(
    resources: Resources, segmented: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quote cue patterns' screens, looked up once per article, find the same quotes as trying
    every pattern on every sentence with no screen at all."""
    from khabar.stages.quotes import candidates
    from khabar.stages.quotes.stage import QuoteStage

    stage = QuoteStage(resources.packs)
    fast = [stage.candidates(doc) for doc in segmented]
    monkeypatch.setattr(candidates, "_screen", lambda regex: lambda _body: True)
    plain = [stage.candidates(doc) for doc in segmented]
    assert fast == plain
    assert sum(map(len, fast)) >= 40  # the articles do hold quotes
