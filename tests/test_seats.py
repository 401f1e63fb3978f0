"""Election seats named by their towns become their constituencies (khabar.stages.mentions.seats)."""

from __future__ import annotations

import pytest

from khabar.api import build_pipeline
from khabar.errors import LanguagePackError
from khabar.model import Document
from khabar.resources import Resources
from khabar.stages.mentions.seats import load_seat_cues


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(Resources.load())


def run(pipeline, text: str, lang: str = "en") -> Document:
    doc = pipeline(Document(id="t", raw=text, origin="<test>", hint_lang=lang, hint_published="2022-03-01"))
    for m in doc.mentions or []:
        assert doc.clean is not None and doc.clean[m.start : m.end] == m.text
    return doc


def gpes(doc: Document) -> set[str]:
    return {e.name for e in doc.entities or [] if e.type == "GPE"}


def test_a_list_before_a_housed_cue_is_all_seats(pipeline):
    doc = run(
        pipeline,
        "The opposition won the by-polls to Amethi, Sultanpur and Basti Lok Sabha seats last year. "
        "The BJP fielded a new candidate in Amethi.",
    )
    names = gpes(doc)
    assert {
        "Amethi Lok Sabha constituency",
        "Sultanpur Lok Sabha constituency",
        "Basti Lok Sabha constituency",
    } <= names
    assert "Amethi" not in names  # the later bare mention is the same seat
    seat = next(e for e in doc.entities or [] if e.name == "Amethi Lok Sabha constituency")
    assert doc.clean is not None
    assert all(doc.clean[m.start : m.end] == "Amethi" for m in seat.mentions)


def test_house_from_the_sentence_and_before_cues(pipeline):
    doc = run(
        pipeline,
        "Nine candidates are in the fray for the assembly bypolls. The Tanda seat fell vacant in May. "
        "He had contested from Mau in 2017.",
    )
    names = gpes(doc)
    assert "Tanda Assembly constituency" in names
    assert "Mau Assembly constituency" in names


def test_places_and_states_outside_seat_context_stay_places(pipeline):
    doc = run(
        pipeline,
        "Police in Gorakhpur arrested two men on Sunday. The Uttar Pradesh assembly seats will go to polls "
        "next year, and the Gujarat assembly seats in December.",
    )
    names = gpes(doc)
    assert "Gorakhpur" in names
    assert not any("constituency" in n for n in names)


def test_no_house_anywhere_leaves_the_place(pipeline):
    doc = run(pipeline, "The Rampur seat is watched closely. Rampur saw heavy rain on Monday.")
    assert not any("constituency" in n for n in gpes(doc))


def test_hindi_seats(pipeline):
    doc = run(
        pipeline,
        "समाजवादी पार्टी ने गोरखपुर लोकसभा सीट पर उपचुनाव जीत लिया। वह रामपुर विधानसभा क्षेत्र से चुनाव लड़ेंगे।",
        lang="hi",
    )
    names = gpes(doc)
    assert "Gorakhpur Lok Sabha constituency" in names
    assert "Rampur Assembly constituency" in names


def test_bad_seats_table_names_the_file():
    with pytest.raises(LanguagePackError, match=r"mentions\.toml"):
        load_seat_cues({"seats": {"houses": {}, "after": {}, "joiners": []}}, "pack/xx")
    assert load_seat_cues({}, "pack/xx") is None


def test_a_legislature_territory_is_no_seat(pipeline):
    doc = run(pipeline, "The Delhi assembly polls are due in February, and the BJP hopes to win.")
    assert not any("constituency" in n for n in gpes(doc))


def test_hindi_member_and_contest_from(pipeline):
    doc = run(pipeline, "दुष्यंत सिंह झालावाड़ से सांसद हैं। वह अमेठी से चुनाव लड़ेंगे।", lang="hi")
    names = gpes(doc)
    assert "Jhalawar Lok Sabha constituency" in names
    assert "Amethi Lok Sabha constituency" in names  # the house from the article ("सांसद")


def test_member_from_a_town_names_the_seat_and_a_state_does_not(pipeline):
    doc = run(pipeline, "BJP MP from Gorakhpur Ravi Kishan and an MP from Kerala spoke on Monday.")
    names = gpes(doc)
    assert "Gorakhpur Lok Sabha constituency" in names
    assert "Kerala" in names
