"""Hindi quotes in domestic copy: habitual speech without ने, a possessive pronoun speaker, more cue
verbs, and a quotation mark with no closing mark near it (scraped copy) that must not swallow the rest
of the paragraph."""

from __future__ import annotations

from functools import cache
from typing import Any

from hindi_support import contract_checked
from khabar.api import Extractor
from khabar.resources import Resources


@cache
def _extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def _quotes(text: str) -> list[tuple[str | None, str, bool]]:
    out: dict[str, Any] = contract_checked(_extractor(), text)
    names = {e["id"]: e["name"] for e in out["entities"]}
    clean = out["text"]
    return [(names.get(q["speaker"]), clean[q["start"] : q["end"]], q["direct"]) for q in out["quotes"]]


def test_habitual_speech_without_ne_names_its_speaker() -> None:
    got = _quotes("ज़िला पुलिस के पूर्व अधिकारी हाजी रहमत कहते हैं, “हमें किसी ने नौकरी नहीं दी और कोई मदद नहीं की।”")
    assert len(got) == 1 and got[0][2] is True
    assert got[0][0] is not None and "Rahmat" in got[0][0]
    assert got[0][1].startswith("हमें किसी ने नौकरी नहीं दी")


def test_confirmed_that_and_emphasised_that_are_cues() -> None:
    got = _quotes("पुलिस अधीक्षक रमेश चंद्राकर ने पुष्टि की कि हमले में दो जवान घायल हुए हैं।")
    assert len(got) == 1 and got[0][0] == "Ramesh Chandrakar" and got[0][1].startswith("हमले में दो जवान")


def test_possessive_pronoun_speaker_is_the_person_named_before() -> None:
    got = _quotes("पुलिस अधीक्षक रमेश चंद्राकर ने गांव का दौरा किया। उनका कहना है कि दोषियों को बख़्शा नहीं जाएगा।")
    assert [(s, c) for s, c, _ in got] == [("Ramesh Chandrakar", "दोषियों को बख़्शा नहीं जाएगा")]


def test_a_mark_with_no_closing_mark_near_does_not_swallow_the_paragraph() -> None:
    filler = "इस इलाक़े में कई वर्षों से तनाव बना हुआ है और लोग डरे हुए हैं। " * 12
    text = f'नेता ने भाषण दिया और "इसके बाद {filler}प्रवक्ता सुनील वर्मा ने कहा, "हम बातचीत के लिए तैयार हैं।"'
    got = _quotes(text)
    assert all(len(content) < 300 for _, content, _ in got)
    assert ("Sunil Verma", "हम बातचीत के लिए तैयार हैं।", True) in got or any(
        c.startswith("हम बातचीत के लिए तैयार हैं") for _, c, _ in got
    )
