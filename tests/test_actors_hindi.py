"""Hindi mention finder and linking on short Hindi texts: KB aliases, titles, honorifics, acronyms,
unknown names after a title, boundaries, cross-spelling coreference, roles at the article date."""

from __future__ import annotations

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.model import Document, Entity
from khabar.resources import Resources


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def run(extractor: Extractor, text: str, published: str = "2024-11-12") -> Document:
    doc = extract_checked(extractor, text, published)
    return doc


def by_name(doc: Document, name: str) -> Entity:
    found = [e for e in doc.entities or [] if e.name == name]
    assert len(found) == 1, [(e.name, [m.text for m in e.mentions]) for e in doc.entities or []]
    return found[0]


def test_nukta_spellings_are_one_entity(extractor: Extractor) -> None:
    doc = run(extractor, "इज़राइल ने हमला किया। इजराइल के प्रधानमंत्री ने कहा कि इज़राइल तैयार है।")
    israel = by_name(doc, "Israel")
    assert [m.text for m in israel.mentions] == ["इज़राइल", "इजराइल", "इज़राइल"]
    assert israel.type == "GPE" and israel.country == "ISR"


def test_title_and_name_give_role_country_and_sector(extractor: Extractor) -> None:
    doc = run(extractor, "चीनी विदेश मंत्री वांग यी ने रूसी सुरक्षा परिषद के सचिव सेर्गेई शोइगु से मुलाकात की।")
    wang = next(m for m in doc.mentions if m.text == "वांग यी")
    assert wang.title == "Foreign Minister of China"
    assert wang.role_country == "CHN" and wang.role_sector == "GOV"
    assert doc.clean[wang.title_span.start : wang.title_span.end] == "चीनी विदेश मंत्री"
    shoigu = next(m for m in doc.mentions if m.text == "सेर्गेई शोइगु")
    assert shoigu.title == "Secretary of the Security Council of Russia" and shoigu.role_country == "RUS"
    names = {e.name for e in doc.entities}
    assert {"Wang Yi", "Sergei Shoigu", "Security Council of Russia"} <= names
    assert "China" not in names and "Russia" not in names  # demonyms before a title are not mentions


def test_former_title(extractor: Extractor) -> None:
    doc = run(extractor, "पूर्व रूसी रक्षा मंत्री शोइगु ने कहा कि वार्ता सफल रही।")
    mention = next(m for m in doc.mentions if m.text == "शोइगु")
    assert mention.role_former and mention.role_country == "RUS" and mention.role_sector == "MIL"
    shoigu = by_name(doc, "Sergei Shoigu")
    assert "former Minister of Defence of Russia" in shoigu.roles
    assert shoigu.actor_code == "RUSGOV"  # the KB role at the date, not the former one


def test_honorific_and_name(extractor: Extractor) -> None:
    doc = run(extractor, "श्री शोइगु ने कहा कि डॉ. रमेश कुमार भी आएंगे।")
    shoigu = next(m for m in doc.mentions if m.text == "शोइगु")
    assert shoigu.kb_ids == ("sergei_shoigu",) and shoigu.title is None
    assert doc.clean[shoigu.title_span.start : shoigu.title_span.end] == "श्री"
    unknown = next(m for m in doc.mentions if m.finder == "honorific")
    assert unknown.text == "रमेश कुमार" and unknown.kb_ids == ()
    assert by_name(doc, "Ramesh Kumar").kb_id is None


def test_acronyms_in_letters(extractor: Extractor) -> None:
    doc = run(extractor, "टीएएसएस के अनुसार केसीएनए ने बताया कि एससीओ की बैठक होगी।")
    assert {"TASS", "KCNA", "Shanghai Cooperation Organisation"} <= {e.name for e in doc.entities}


def test_unknown_name_after_title_takes_the_titles_country_and_sector(extractor: Extractor) -> None:
    doc = run(extractor, "रूसी सुरक्षा परिषद के सचिव इवान पेत्रोविच ने बीजिंग में वार्ता की।")
    person = next(e for e in doc.entities if e.type == "PER")
    assert person.kb_id is None and person.name == "Ivan Petrovich"
    assert (person.country, person.sector, person.actor_code) == ("RUS", "GOV", "RUSGOV")
    assert person.roles == ["Secretary of the Security Council of Russia"]


def test_a_title_before_a_common_word_is_not_a_name(extractor: Extractor) -> None:
    doc = run(extractor, "राष्ट्रपति ने कहा कि विदेश मंत्री स्तर की वार्ता और राष्ट्रपति चुनाव होंगे।")
    assert [e for e in doc.entities if e.type == "PER"] == []


def test_boundaries_respect_postpositions_and_words(extractor: Extractor) -> None:
    doc = run(extractor, "चीनी अधिकारियों ने कहा कि चीन के साथ शोइगु ने बात की।")
    texts = [m.text for m in doc.mentions]
    assert "चीन" in texts and "शोइगु" in texts
    assert all(m.text != "चीनी" for m in doc.mentions)  # a demonym before a noun is not a mention


def test_demonym_as_the_actor_is_its_country(extractor: Extractor) -> None:
    doc = run(extractor, "यूक्रेन पर रूसी आक्रमण के बाद चीनी पक्ष ने चिंता जताई।")
    assert {"Russia", "China", "Ukraine"} <= {e.name for e in doc.entities}


def test_coreference_across_spellings_titles_and_honorifics(extractor: Extractor) -> None:
    text = (
        "रूसी सुरक्षा परिषद के सचिव सेर्गेई शोइगु ने बीजिंग का दौरा किया। "
        "सर्गेई शोइगु ने वांग यी से मुलाकात की। श्री शोइगु ने कहा कि संबंध मजबूत हैं। "
        "पूर्व रूसी रक्षा मंत्री शोइगु ने कहा कि सहयोग बढ़ेगा। शोइगु ने धन्यवाद दिया।"
    )
    doc = run(extractor, text)
    persons = [e for e in doc.entities if e.name == "Sergei Shoigu"]
    assert len(persons) == 1
    shoigu = persons[0]
    assert [m.text for m in shoigu.mentions] == ["सेर्गेई शोइगु", "सर्गेई शोइगु", "शोइगु", "शोइगु", "शोइगु"]
    assert (shoigu.country, shoigu.sector, shoigu.actor_code) == ("RUS", "GOV", "RUSGOV")
    assert "Secretary of the Security Council of Russia" in shoigu.roles
    assert "former Minister of Defence of Russia" in shoigu.roles
    assert shoigu.role_conflicts == []


def test_surname_and_title_only_mentions_join_the_person(extractor: Extractor) -> None:
    text = (
        "चीनी विदेश मंत्री वांग यी ने वार्ता की। विदेश मंत्री वांग ने कहा कि संबंध अच्छे हैं। "
        "श्री वांग ने जोर दिया। वांग ने कहा कि सहयोग बढ़ेगा। विदेश मंत्री ने धन्यवाद दिया।"
    )
    doc = run(extractor, text)
    wang = by_name(doc, "Wang Yi")
    assert len(wang.mentions) == 5
    assert wang.mentions[-1].text == "विदेश मंत्री"  # the title alone, once Wang Yi is introduced
    assert len([e for e in doc.entities if e.type == "PER"]) == 1


def test_role_at_the_article_date_comes_from_the_kb(extractor: Extractor) -> None:
    early = by_name(run(extractor, "सर्गेई शोइगु ने कहा।", published="2020-06-01"), "Sergei Shoigu")
    late = by_name(run(extractor, "सर्गेई शोइगु ने कहा।", published="2024-11-12"), "Sergei Shoigu")
    assert early.actor_code == "RUSMIL" and early.roles == ["Minister of Defence of Russia"]
    assert late.actor_code == "RUSGOV" and late.roles == ["Secretary of the Security Council of Russia"]


def test_a_wrong_title_in_the_text_is_kept_and_flagged(extractor: Extractor) -> None:
    doc = run(extractor, "रूसी राष्ट्रपति सर्गेई शोइगु ने बीजिंग में वार्ता की।")
    shoigu = by_name(doc, "Sergei Shoigu")
    assert shoigu.actor_code == "RUSGOV"  # the KB role wins
    assert "text: President of Russia" in shoigu.roles
    assert "Secretary of the Security Council of Russia" in shoigu.roles
    assert len(shoigu.role_conflicts) == 1 and "President of Russia" in shoigu.role_conflicts[0]


def test_news_agency_description_joins_the_agency(extractor: Extractor) -> None:
    doc = run(extractor, "केसीएनए ने बताया कि परीक्षण सफल रहा। संवाद समिति ने कहा कि किम मौजूद थे।")
    kcna = by_name(doc, "KCNA")
    assert [m.text for m in kcna.mentions] == ["केसीएनए", "संवाद समिति"]
