"""A government named by its head ("मोदी सरकार") is the government that person led at the article's date
(an undated article: the latest year it names), not the person: Government of Gujarat in 2004, of India
in 2019."""

from __future__ import annotations

import pytest

from khabar.api import Extractor
from khabar.resources import Resources


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def names(extractor: Extractor, text: str, published: str | None) -> set[str]:
    doc = extractor.extract(text, lang="hi", published=published)
    return {e.name for e in doc.entities or []}


@pytest.mark.parametrize(
    ("published", "government"),
    [("2004-06-01", "Government of Gujarat"), ("2019-06-01", "Government of India")],
)
def test_the_heads_government_at_the_articles_date(
    extractor: Extractor, published: str, government: str
) -> None:
    found = names(extractor, "मोदी सरकार ने इस मामले में जांच के आदेश दिए हैं.", published)
    assert government in found and "Narendra Modi" not in found, found


def test_an_undated_story_is_dated_by_the_latest_year_it_names(extractor: Extractor) -> None:
    text = "2004 की मुठभेड़ की जांच 2013 में पूरी हुई. मोदी सरकार ने जांच रोकने की कोशिश की."
    assert "Government of Gujarat" in names(extractor, text, None)
    text = "2004 की मुठभेड़ का मामला 2019 में फिर उठा. मोदी सरकार ने जांच रोकने की कोशिश की."
    assert "Government of India" in names(extractor, text, None)


def test_a_person_who_led_no_government_is_left_alone(extractor: Extractor) -> None:
    # Rahul Gandhi headed no government: "राहुल सरकार" is no known government
    found = names(extractor, "राहुल गांधी ने कहा कि सरकार को जवाब देना चाहिए.", "2019-06-01")
    assert not any(n.startswith("Government of") and "Rahul" in n for n in found)
    assert "Rahul Gandhi" in found


@pytest.fixture(scope="module")
def english() -> Extractor:
    return Extractor(Resources.load())


@pytest.mark.parametrize(
    ("text", "published", "government"),
    [
        ("The Modi government announced a new scheme for farmers.", "2019-06-01", "Government of India"),
        ("In 2004, the Modi government in Gujarat ordered an inquiry.", None, "Government of Gujarat"),
    ],
)
def test_english_a_government_named_by_its_head(
    english: Extractor, text: str, published: str | None, government: str
) -> None:
    doc = english.extract(text, lang="en", published=published)
    found = {(e.name, e.type) for e in doc.entities or []}
    assert (government, "ORG") in found and ("Narendra Modi", "PER") not in found, found


def test_english_the_person_alone_stays_a_person(english: Extractor) -> None:
    doc = english.extract("Modi said the government would act.", lang="en", published="2019-06-01")
    assert ("Narendra Modi", "PER") in {(e.name, e.type) for e in doc.entities or []}
