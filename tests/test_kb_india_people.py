"""People of Indian national news added to the KB as data (india_office_holders.toml, hinames16): party
office-bearers and spokespersons, Union ministers, law officers and state home ministers, found under the
spellings of Hindi papers and coded by the office held on the article's date."""

from __future__ import annotations

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.kb import KnowledgeBase
from khabar.resources import Resources


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _linked(extractor: Extractor, text: str, published: str) -> dict[str, str | None]:
    doc = extract_checked(extractor, text, published)
    return {e.name: e.kb_id for e in doc.entities or []}


@pytest.mark.parametrize(
    ("text", "published", "kb_id"),
    [
        # a short form of the full name, as Hindi papers write it
        ("कांग्रेस प्रवक्ता अभिषेक सिंघवी ने सरकार से जवाब मांगा.", "2013-04-02", "abhishek_manu_singhvi"),
        # a two-part name written as one word, and written apart
        ("पूर्व संचार मंत्री सुखराम को अदालत ने दोषी ठहराया.", "2011-11-19", "sukh_ram"),
        ("पूर्व संचार मंत्री सुख राम को अदालत ने दोषी ठहराया.", "2011-11-19", "sukh_ram"),
        ("महाराष्ट्र के गृह मंत्री आर आर पाटिल ने पुलिस की तारीफ़ की.", "2010-05-04", "r_r_patil"),
        ("अटॉर्नी जनरल मुकुल रोहतगी ने अदालत में सरकार का पक्ष रखा.", "2015-08-10", "mukul_rohatgi"),
        ("भाजपा प्रवक्ता संबित पात्रा ने विपक्ष पर निशाना साधा.", "2019-03-01", "sambit_patra"),
    ],
)
def test_hindi_spelling_links_the_person(extractor: Extractor, text: str, published: str, kb_id: str) -> None:
    assert kb_id in _linked(extractor, text, published).values()


def test_codes_follow_the_office_held_on_the_date(kb: KnowledgeBase) -> None:
    assert kb.actor_code("sukh_ram", "1995-06-01") == "INDGOV"
    assert kb.actor_code("pramod_mahajan", "2002-06-01") == "INDGOV"
    assert kb.actor_code("pramod_mahajan", "2005-06-01") == "INDPTY"
    # a minister who is also a party general secretary is coded by the government post
    assert kb.actor_code("oscar_fernandes", "2007-06-01") == "INDGOV"
    assert kb.actor_code("harish_salve", "2001-01-01") == "INDGOV"
    assert kb.actor_code("harish_salve", "2020-01-01") == "INDJUD"


def test_two_venugopals_stay_apart(kb: KnowledgeBase) -> None:
    text = "के के वेणुगोपाल और के सी वेणुगोपाल मिले."
    found = {text[m.start : m.end]: list(m.actor_ids) for m in kb.find_alias_matches(text)}
    assert found == {"के के वेणुगोपाल": ["k_k_venugopal"], "के सी वेणुगोपाल": ["k_c_venugopal"]}
