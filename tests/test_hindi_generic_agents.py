"""Hindi generic agents placed by country and state: agencies and forces from the KB, the police and
government of the state the story is about, Naxalites, High Courts by state."""

from __future__ import annotations

import pytest

from khabar.api import Extractor
from khabar.resources import Resources


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def actors(extractor: Extractor, text: str) -> dict[str, str | None]:
    doc = extractor.extract(text, lang="hi", published="2020-01-01")
    return {e.name: e.actor_code for e in doc.entities or []}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("सीबीआई ने पूर्व मंत्री के ख़िलाफ़ मामला दर्ज किया.", "Central Bureau of Investigation", "INDCOP"),
        ("प्रवर्तन निदेशालय ने कारोबारी के घर छापा मारा.", "Enforcement Directorate", "INDCOP"),
        ("मुठभेड़ में सीआरपीएफ के दो जवान घायल हुए.", "Central Reserve Police Force", "INDCOP"),
        ("सीमा सुरक्षा बल ने घुसपैठ नाकाम की.", "Border Security Force", "INDCOP"),
        ("झारखंड पुलिस ने तीन लोगों को गिरफ़्तार किया.", "Jharkhand Police", "INDCOP"),
        ("पाकिस्तान सरकार ने बयान जारी किया.", "Government of Pakistan", "PAKGOV"),
    ],
)
def test_named_agents(extractor: Extractor, text: str, name: str, code: str) -> None:
    assert actors(extractor, text).get(name) == code


def test_police_and_government_of_the_state_in_the_story(extractor: Extractor) -> None:
    found = actors(
        extractor,
        "छत्तीसगढ़ के दंतेवाड़ा में नक्सलियों ने बारूदी सुरंग में विस्फोट किया. "
        "पुलिस ने बताया कि इलाके में तलाशी जारी है. राज्य सरकार ने जांच के आदेश दिए.",
    )
    assert found.get("Naxalites") == "INDREB"
    assert found.get("Chhattisgarh Police") == "INDCOP"
    assert found.get("Government of Chhattisgarh") == "INDGOV"


def test_high_court_of_the_state_in_the_story(extractor: Extractor) -> None:
    found = actors(extractor, "अहमदाबाद में हुई मुठभेड़ की जांच उच्च न्यायालय के आदेश पर हुई.")
    assert found.get("Gujarat High Court") == "INDJUD"
    found = actors(extractor, "लखनऊ में प्रदर्शन हुआ. हाई कोर्ट ने सरकार से जवाब मांगा.")
    assert found.get("Allahabad High Court") == "INDJUD"


def test_bare_government_is_no_group(extractor: Extractor) -> None:
    assert "Government of India" not in actors(extractor, "सरकार ने कहा कि वह बात करेगी.")
