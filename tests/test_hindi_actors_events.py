"""Hindi collective actors, "दोनों …" pairs, nameless titles, police and district titles, and the
protest / concern / exercise constructions, end to end on short passages written for these tests."""

from __future__ import annotations

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.model import Document, Entity, Event
from khabar.resources import Resources


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def run(extractor: Extractor, text: str, published: str = "2025-03-12") -> Document:
    doc = extract_checked(extractor, text, published)
    assert doc.events is not None
    return doc


def entity_of(doc: Document, text: str) -> Entity:
    found = [e for e in doc.entities or [] if any(m.text == text for m in e.mentions)]
    assert len(found) == 1, [(e.name, [m.text for m in e.mentions]) for e in doc.entities or []]
    return found[0]


def events(doc: Document, cameo: str) -> list[Event]:
    return [e for e in doc.events or [] if e.cameo == cameo]


def names(doc: Document, event: Event) -> tuple[str | None, str | None]:
    by_id = {e.id: e.name for e in doc.entities or []}
    return by_id.get(event.source or ""), by_id.get(event.target or "")


# --- collective actors ------------------------------------------------------------------------------


def test_demonym_before_an_oblique_plural_gives_the_group_its_country(extractor: Extractor) -> None:
    doc = run(extractor, "पाकिस्तानी आतंकवादियों ने कश्मीर में सेना की चौकी पर हमला किया।")
    group = entity_of(doc, "पाकिस्तानी आतंकवादियों")
    assert (group.type, group.country, group.sector, group.kb_id) == ("ORG", "PAK", "REB", None)
    (attack,) = events(doc, "190")
    assert attack.source == group.id


def test_plural_group_takes_the_country_of_the_place_its_clause_names(extractor: Extractor) -> None:
    doc = run(extractor, "सोमवार को हजारों किसानों ने लखनऊ में विधानसभा के बाहर विरोध प्रदर्शन किया।")
    farmers = entity_of(doc, "किसानों")
    assert (farmers.country, farmers.sector) == ("IND", "AGR")
    (protest,) = events(doc, "141")
    assert protest.source == farmers.id


def test_without_a_place_in_its_clause_the_sentences_one_country_is_taken(extractor: Extractor) -> None:
    doc = run(extractor, "मजदूरों ने वेतन को लेकर हड़ताल की, जिससे नेपाल के कई कारखाने बंद रहे।")
    workers = entity_of(doc, "मजदूरों")
    assert (workers.country, workers.sector) == ("NPL", "LAB")
    (strike,) = events(doc, "143")
    assert strike.source == workers.id


def test_a_group_with_no_country_anywhere_is_no_actor(extractor: Extractor) -> None:
    doc = run(extractor, "प्रदर्शनकारियों ने सुबह से ही सड़क जाम कर दी।")
    assert not [e for e in doc.entities or [] if e.sector == "CVL"]
    # and a group of two countries is not one actor either
    doc = run(extractor, "चीनी और जापानी मछुआरों के बीच झड़प हुई।")
    assert not [e for e in doc.entities or [] if e.sector == "AGR"]


def test_place_before_a_collective_noun_becomes_part_of_the_group(extractor: Extractor) -> None:
    doc = run(extractor, "मुंबई पुलिस ने तीन संदिग्धों को गिरफ्तार किया।")
    police = entity_of(doc, "मुंबई पुलिस")
    assert (police.country, police.sector, police.name) == ("IND", "COP", "Mumbai Police")
    assert not [e for e in doc.entities or [] if e.name == "Mumbai"]  # the city is the police's name here
    (arrest,) = events(doc, "173")
    assert arrest.source == police.id


def test_place_in_the_genitive_qualifies_the_people_and_stays_a_place(extractor: Extractor) -> None:
    doc = run(extractor, "गाजा के लोगों ने इजरायली सेना के खिलाफ प्रदर्शन किया।")
    people = entity_of(doc, "लोगों")
    assert (people.country, people.sector) == ("PSE", "CVL")
    assert entity_of(doc, "गाजा").type == "GPE"
    (protest,) = events(doc, "141")
    assert protest.source == people.id
    assert doc.entities is not None
    target = next(e for e in doc.entities if e.id == protest.target)
    assert (target.country, target.sector) == ("ISR", "MIL")


def test_repeated_group_is_one_entity(extractor: Extractor) -> None:
    doc = run(extractor, "छात्रों ने ढाका में रैली निकाली। बाद में छात्रों ने ढाका में धरना दिया।")
    students = [e for e in doc.entities or [] if e.sector == "EDU"]
    assert len(students) == 1 and students[0].country == "BGD"
    assert {e.source for e in events(doc, "141")} == {students[0].id}


# --- "दोनों नेताओं/देशों/पक्षों ने" -------------------------------------------------------------------


def test_both_leaders_are_the_pair_of_the_previous_meeting(extractor: Extractor) -> None:
    text = (
        "रूसी राष्ट्रपति व्लादिमीर पुतिन ने बुधवार को मॉस्को में चीनी राष्ट्रपति शी जिनपिंग से मुलाकात की। "
        "दोनों नेताओं ने ऊर्जा समझौते पर हस्ताक्षर किए।"
    )
    doc = run(extractor, text)
    signed = events(doc, "057")
    assert len(signed) == 1
    assert set(names(doc, signed[0])) == {"Vladimir Putin", "Xi Jinping"}


def test_both_countries_are_the_two_countries_named_last(extractor: Extractor) -> None:
    doc = run(extractor, "ब्राजील और अर्जेंटीना के बीच व्यापार को लेकर मतभेद हैं। दोनों देशों ने वार्ता की।")
    talks = events(doc, "046")
    assert len(talks) == 1
    assert set(names(doc, talks[0])) == {"Brazil", "Argentina"}


def test_both_countries_after_a_meeting_of_their_leaders(extractor: Extractor) -> None:
    text = "भारत ने बुधवार को जापान के साथ नई दिल्ली में वार्ता की। दोनों देशों ने समुद्री सुरक्षा पर संयुक्त बयान जारी किया।"
    doc = run(extractor, text)
    statements = events(doc, "030")
    assert len(statements) == 1
    assert set(names(doc, statements[0])) == {"India", "Japan"}


# --- titles without a name ----------------------------------------------------------------------------


def test_a_spokesperson_is_not_the_president_of_his_country(extractor: Extractor) -> None:
    text = (
        "चीनी राष्ट्रपति शी जिनपिंग ने बुधवार को बीजिंग में फ्रांसीसी राष्ट्रपति से मुलाकात की। "
        "चीनी विदेश मंत्रालय के प्रवक्ता ने कहा कि चीन बातचीत के लिए तैयार है।"
    )
    doc = run(extractor, text)
    xi = entity_of(doc, "शी जिनपिंग")
    assert len(xi.mentions) == 1
    spokesperson = entity_of(doc, "चीनी विदेश मंत्रालय के प्रवक्ता")
    assert (spokesperson.type, spokesperson.country, spokesperson.kb_id) == ("PER", "CHN", None)
    assert spokesperson.name.startswith("Spokesperson")
    (quote,) = doc.quotes or []
    assert quote.speaker == spokesperson.id
    # the French president is an unnamed actor of France, not Xi
    french = entity_of(doc, "फ्रांसीसी राष्ट्रपति")
    assert (french.type, french.country) == ("PER", "FRA")
    (meeting,) = events(doc, "040")
    assert {meeting.source, meeting.target} == {xi.id, french.id}


def test_a_visit_by_a_foreign_minister_of_another_country_is_not_the_last_agents(
    extractor: Extractor,
) -> None:
    text = (
        "चीनी राष्ट्रपति शी जिनपिंग ने मंगलवार को पार्टी की बैठक की अध्यक्षता की। "
        "अमेरिकी विदेश मंत्री ने गुरुवार को बीजिंग का दौरा किया।"
    )
    doc = run(extractor, text)
    (visit,) = events(doc, "042")
    assert doc.entities is not None
    source = next(e for e in doc.entities if e.id == visit.source)
    # the US office's holder on the story's date (March 2025), never the last agent, Xi
    assert (source.country, source.kb_id) == ("USA", "marco_rubio")


def test_title_before_its_holder_is_named_does_not_fall_back_to_the_last_agent(extractor: Extractor) -> None:
    text = (
        "चीनी राष्ट्रपति शी जिनपिंग ने मंगलवार को पार्टी की बैठक की अध्यक्षता की। "
        "अमेरिकी विदेश मंत्री ने गुरुवार को बीजिंग का दौरा किया। "
        "अमेरिकी विदेश मंत्री मार्को रुबियो ने कहा कि बातचीत उपयोगी रही।"
    )
    doc = run(extractor, text)
    xi = entity_of(doc, "शी जिनपिंग")
    assert all(e.source != xi.id for e in events(doc, "042"))


def test_title_alone_joins_the_holder_of_that_office(extractor: Extractor) -> None:
    text = "सर्गेई लावरोव ने सोमवार को अंकारा का दौरा किया। रूसी विदेश मंत्री ने कहा कि बातचीत सफल रही।"
    doc = run(extractor, text, published="2024-06-01")
    lavrov = entity_of(doc, "सर्गेई लावरोव")
    assert [m.text for m in lavrov.mentions] == ["सर्गेई लावरोव", "रूसी विदेश मंत्री"]
    assert [q.speaker for q in doc.quotes or []] == [lavrov.id]


# --- police and district titles -------------------------------------------------------------------


def test_police_and_district_titles(extractor: Extractor) -> None:
    doc = run(extractor, "लखनऊ के पुलिस अधीक्षक ने बताया कि जांच जारी है।")
    sp = entity_of(doc, "लखनऊ के पुलिस अधीक्षक")
    assert (sp.type, sp.country, sp.sector) == ("PER", "IND", "COP")
    assert sp.name == "Superintendent of Police of Lucknow"

    doc = run(extractor, "पुलिस महानिदेशक विजय कुमार और जिलाधिकारी अनिल शर्मा ने घटनास्थल का दौरा किया।")
    assert entity_of(doc, "विजय कुमार").sector == "COP"
    assert entity_of(doc, "अनिल शर्मा").sector == "GOV"

    doc = run(extractor, "बिहार के उपमुख्यमंत्री विजय सिन्हा ने कहा कि सड़कें जल्द बनेंगी।")
    deputy = entity_of(doc, "विजय सिन्हा")
    assert deputy.roles[0] == "Deputy Chief Minister of Bihar" and deputy.sector == "GOV"


# --- events -----------------------------------------------------------------------------------------


def test_concern_about_a_country_is_disapproval(extractor: Extractor) -> None:
    doc = run(extractor, "ऑस्ट्रेलिया ने प्रशांत क्षेत्र में चीन की बढ़ती सैन्य मौजूदगी को लेकर चिंता व्यक्त की।")
    (concern,) = events(doc, "110")
    assert names(doc, concern) == ("Australia", "China")
    assert concern.plover == "ACCUSE"


def test_joint_naval_exercise_is_military_cooperation_one_event(extractor: Extractor) -> None:
    doc = run(extractor, "भारत ने शुक्रवार को फ्रांस के साथ अरब सागर में संयुक्त नौसैनिक अभ्यास किया।")
    (exercise,) = events(doc, "062")
    assert set(names(doc, exercise)) == {"India", "France"}
    # one country's own exercise near another is a show of force
    doc = run(extractor, "रूस ने फिनलैंड के पास सैन्य अभ्यास शुरू किया।")
    (show,) = events(doc, "150")
    assert names(doc, show) == ("Russia", "Finland")


def test_road_blockade_sit_in_and_strike(extractor: Extractor) -> None:
    doc = run(extractor, "नाराज ग्रामीणों ने पटना में राजमार्ग जाम कर दिया।")
    (blockade,) = events(doc, "144")
    villagers = entity_of(doc, "ग्रामीणों")
    assert blockade.source == villagers.id and villagers.country == "IND"

    doc = run(extractor, "श्रीलंका में शिक्षकों ने शिक्षा मंत्रालय के बाहर धरना दिया।")
    (sit_in,) = events(doc, "141")
    teachers = entity_of(doc, "शिक्षकों")
    assert sit_in.source == teachers.id and teachers.country == "LKA"


def test_participial_clause_shares_the_agent_of_the_main_clause(extractor: Extractor) -> None:
    text = "फ्रांसीसी राष्ट्रपति इमैनुएल मैक्रों का स्वागत करते हुए प्रधानमंत्री नरेंद्र मोदी ने कहा कि भारत तैयार है।"
    doc = run(extractor, text)
    (welcome,) = events(doc, "043")
    assert names(doc, welcome) == ("Narendra Modi", "Emmanuel Macron")
