"""Predictors built from khabar's own reader and pipeline (the scorer itself never imports these)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from khabar.errors import InputError
from khabar.evaluation.gold import GoldArticle
from khabar.langpacks import OUTPUT_LANGUAGE

if TYPE_CHECKING:
    from khabar.api import Extractor


def pipeline_predictor(extractor: Extractor | None = None) -> Callable[[GoldArticle], dict[str, Any]]:
    """``predict(article)``: read the article file with khabar's readers (sidecar metadata included),
    run the extraction pipeline and return the output-contract dict.

    Raises :class:`InputError` when the file cannot be read.
    """
    from khabar.api import Extractor
    from khabar.model import ItemError
    from khabar.output import to_contract
    from khabar.readers import iter_documents

    extractor = extractor or Extractor()

    def predict(article: GoldArticle) -> dict[str, Any]:
        if not article.path.is_file():
            raise InputError(str(article.path), f"article file of gold line {article.line} not found")
        for item in iter_documents([str(article.path)]):
            if isinstance(item, ItemError):
                raise InputError(item.origin, item.message)
            return to_contract(extractor.process(item))
        raise InputError(str(article.path), "the reader produced no document")

    return predict


def sentence_predictor(
    extractor: Extractor | None = None, lang: str = OUTPUT_LANGUAGE
) -> Callable[[str], dict[str, Any]]:
    """``predict(sentence)`` for the PLOVER GSR: run the pipeline on one sentence of known language
    (by default the language of khabar's output vocabulary, which the GSR is written in)."""
    from khabar.api import Extractor
    from khabar.output import to_contract

    extractor = extractor or Extractor()

    def predict(text: str) -> dict[str, Any]:
        return to_contract(extractor.extract(text, lang=lang, id="gsr"))

    return predict
