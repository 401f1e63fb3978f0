"""Dates and places of coded events: own date expressions, "since" phrases, the story's date and
place, visits, assaults and datelines (khabar.stages.events.coding, khabar.stages.events.stage)."""

from __future__ import annotations

from datetime import datetime

import pytest

from khabar.codes import CodeTables
from khabar.model import DateMention, Document, Entity, Event, Mention, Sentence, Span
from khabar.stages.events.coding import EventCoder
from khabar.stages.events.common import Candidate, MentionIndex
from khabar.stages.events.stage import EventStage

PLACES = {
    "Beijing": ("CHN", 39.9, 116.4),
    "Kyiv": ("UKR", 50.45, 30.52),
    "Tokyo": ("JPN", 35.7, 139.7),
}


def gazetteer(name: str) -> tuple[str | None, float | None, float | None] | None:
    return PLACES.get(name)


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(CodeTables.load(), gazetteer)


def _entity(id_: str, type_: str, name: str, country: str, kb_id: str | None = None) -> Entity:
    return Entity(id=id_, type=type_, name=name, mentions=[Mention(0, 0, name)], country=country, kb_id=kb_id)


ENTITIES = [
    _entity("shoigu", "PER", "Sergei Shoigu", "RUS"),
    _entity("wang", "PER", "Wang Yi", "CHN"),
    _entity("chn", "GPE", "China", "CHN", "country:CHN"),
    _entity("rus", "GPE", "Russia", "RUS", "country:RUS"),
    _entity("ukr", "GPE", "Ukraine", "UKR", "country:UKR"),
    _entity("kwt", "GPE", "Kuwait", "KWT", "country:KWT"),
    _entity("dza", "GPE", "Algeria", "DZA", "country:DZA"),
    _entity("jpn", "GPE", "Japan", "JPN", "country:JPN"),
    _entity("beijing", "GPE", "Beijing", "CHN", "city:1"),
    _entity("kyiv", "GPE", "Kyiv", "UKR", "city:2"),
    _entity("tokyo", "GPE", "Tokyo", "JPN", "city:3"),
]
SENTENCES = [Sentence(i * 100, i * 100 + 99, "body") for i in range(6)]
TEXT = " " * 600


def _cand(
    cameo: str, sentence: int, at: int, sources: list[str], targets: list[str], **kw: object
) -> Candidate:
    start = sentence * 100 + at
    return Candidate(cameo, Span(start, start + 5), sentence, sources, targets, **kw)  # type: ignore[arg-type]


def _date(sentence: int, at: int, value: str | None, kind: str = "date", text: str = "d") -> DateMention:
    start = sentence * 100 + at
    precision = None if value is None else "day" if len(value) == 10 else "year"
    return DateMention(start, start + 3, text, value, precision, sentence=sentence, kind=kind)


def _code(
    coder: EventCoder, candidates: list[Candidate], dates: list[DateMention], **kw: object
) -> list[Event]:
    return coder.code(candidates, ENTITIES, SENTENCES, dates, text=TEXT, **kw)  # type: ignore[arg-type]


def _one(events: list[Event], cameo: str, target: str | None = None) -> Event:
    found = [e for e in events if e.cameo == cameo and (target is None or e.target == target)]
    assert len(found) == 1, [(e.cameo, e.source, e.target) for e in events]
    return found[0]


def _where(event: Event) -> str | None:
    return event.location.name if event.location else None


# ------------------------------------------------------------------------------------------- dates
def test_date_in_a_since_phrase_dates_the_start_not_the_later_event(coder: EventCoder) -> None:
    # "24 फरवरी को रूसी आक्रमण के बाद से स्टीनमीयर की यूक्रेन की यह पहली यात्रा है"
    peg = _cand("040", 0, 30, ["shoigu"], ["wang"])
    attack = _cand("190", 1, 20, ["rus"], ["ukr"])
    visit = _cand("042", 1, 60, ["shoigu"], ["ukr"])
    dates = [_date(0, 0, "2022-10-25"), _date(1, 0, "2022-02-24")]
    events = _code(coder, [peg, attack, visit], dates, since=[Span(140, 150)])
    assert _one(events, "190").date == "2022-02-24"
    visit_event = _one(events, "042")
    assert visit_event.date_text is None and visit_event.date == "2022-10-25"  # the story's day


def test_a_date_after_the_trigger_in_another_clause_is_not_its_date(coder: EventCoder) -> None:
    text = " " * 30 + "," + " " * 569
    visit = _cand("042", 0, 10, ["shoigu"], ["kwt"])
    events = coder.code([visit], ENTITIES, SENTENCES, [_date(0, 50, "2024-11-16")], text=text)
    assert events[0].date is None
    events = coder.code([visit], ENTITIES, SENTENCES, [_date(0, 20, "2024-11-16")], text=text)
    assert events[0].date == "2024-11-16"


@pytest.mark.parametrize("kind", ["week", "vague"])
def test_a_week_or_a_vague_adverb_keeps_its_wording_but_names_no_day(coder: EventCoder, kind: str) -> None:
    meeting = _cand("040", 1, 30, ["shoigu"], ["wang"], status="planned")
    (event,) = _code(coder, [meeting], [_date(1, 50, "2024-11-11", kind=kind, text="later this week")])
    assert event.date is None and event.date_text == "later this week"


def test_story_date_goes_to_undated_occurred_events_only(coder: EventCoder) -> None:
    meeting = _cand("040", 0, 30, ["shoigu"], ["wang"])
    intent = _cand("030", 2, 30, ["shoigu"], ["chn"])
    planned = _cand("040", 3, 30, ["shoigu"], ["rus"], status="planned")
    events = _code(coder, [meeting, intent, planned], [_date(0, 0, "2024-11-12")])
    assert _one(events, "030").date == "2024-11-12" and _one(events, "030").date_text is None
    assert _one(events, "040", "rus").date is None


def test_flashbacks_and_vague_times_do_not_move_the_story(coder: EventCoder) -> None:
    visit = _cand("042", 0, 30, ["shoigu"], ["kyiv"])
    attack = _cand("190", 1, 30, ["rus"], ["ukr"])  # dated before the news peg: a flashback
    recent = _cand("042", 2, 30, ["wang"], ["rus"])  # "हाल ही में"
    support = _cand("051", 3, 30, ["shoigu"], ["ukr"])
    dates = [_date(0, 0, "2022-10-25"), _date(1, 0, "2022-02-24"), _date(2, 0, None, kind="vague")]
    events = _code(coder, [visit, attack, recent, support], dates)
    assert _one(events, "051").date == "2022-10-25"
    assert _one(events, "051").location is not None and _one(events, "051").location.name == "Kyiv"
    assert _one(events, "042", "rus").date is None and _one(events, "042", "rus").date_text == "d"


def test_a_later_episode_moves_the_story_date(coder: EventCoder) -> None:
    first = _cand("040", 0, 30, ["shoigu"], ["wang"])
    second = _cand("042", 2, 30, ["shoigu"], ["chn"])
    statement = _cand("111", 3, 30, ["shoigu"], ["rus"])
    dates = [_date(0, 0, "2024-11-11"), _date(2, 0, "2024-11-12")]
    events = _code(coder, [first, second, statement], dates)
    assert _one(events, "111").date == "2024-11-12"


def test_lead_date_is_the_news_peg_when_the_body_has_none(coder: EventCoder) -> None:
    sentences = [Sentence(0, 99, "lead"), *SENTENCES[1:]]
    meeting = _cand("040", 1, 30, ["shoigu"], ["wang"])
    lead = [_date(0, 10, "2024-11-12", kind="weekday")]
    events = coder.code([meeting], ENTITIES, sentences, lead, text=TEXT, published="2024-11-13")
    assert events[0].date == "2024-11-12"
    future = [_date(0, 10, "2024-11-20")]  # "to meet on Wednesday": not after publication
    events = coder.code([meeting], ENTITIES, sentences, future, text=TEXT, published="2024-11-13")
    assert events[0].date is None


# ------------------------------------------------------------------------------------------ places
def test_each_destination_of_a_trip_is_its_own_place(coder: EventCoder) -> None:
    trip = _cand("042", 0, 30, ["shoigu"], ["kwt", "dza"])
    events = _code(coder, [trip], [])
    assert {(e.target, _where(e)) for e in events} == {("kwt", "Kuwait"), ("dza", "Algeria")}


def test_a_visit_names_the_city_in_its_destination(coder: EventCoder) -> None:
    visit = _cand("042", 0, 30, ["shoigu"], ["beijing"])  # "बीजिंग की यात्रा": China, in Beijing
    (event,) = _code(coder, [visit], [])
    assert event.target == "chn" and _where(event) == "Beijing"
    assert event.location is not None and event.location.lat == pytest.approx(39.9)


def test_an_assault_happens_where_its_target_is(coder: EventCoder) -> None:
    attack = _cand("190", 0, 30, ["rus"], ["ukr"], location="tokyo")
    condemn = _cand("111", 1, 30, ["jpn"], ["rus"])
    events = _code(coder, [attack, condemn], [])
    assert _where(_one(events, "190")) == "Ukraine"
    assert _one(events, "111").location is None  # the place attacked is not the story's scene
    local = _cand("190", 0, 30, ["rus"], ["ukr"], location="kyiv")
    assert _where(_code(coder, [local], [])[0]) == "Kyiv"
    mutual = _cand("190", 0, 30, ["rus"], ["ukr"], mutual=True)
    assert all(e.location is None for e in _code(coder, [mutual], []))


def test_the_story_place_goes_to_events_without_one_when_it_is_single(coder: EventCoder) -> None:
    meeting = _cand("040", 0, 30, ["shoigu"], ["wang"], location="beijing")
    intent = _cand("030", 1, 30, ["shoigu"], ["chn"])
    assert _where(_one(_code(coder, [meeting, intent], []), "030")) == "Beijing"
    elsewhere = _cand("040", 2, 30, ["wang"], ["rus"], location="kyiv")
    events = _code(coder, [meeting, intent, elsewhere], [])
    assert _one(events, "030").location is None  # two places: which one is not known


def test_dateline_places_meetings_of_its_country_not_statements(coder: EventCoder) -> None:
    meeting = _cand("040", 0, 30, ["shoigu"], ["wang"])
    appeal = _cand("020", 1, 30, ["jpn"], ["rus"])
    participant = _cand("020", 2, 30, ["rus"], ["jpn"])
    events = _code(coder, [meeting, appeal, participant], [], dateline="beijing")
    assert _where(_one(events, "040")) == "Beijing"
    # the story's place, through the meeting, for a statement of a participant's country only
    assert _where(_one(events, "020", target="jpn")) == "Beijing"
    assert _one(events, "020", target="rus").location is None  # Japan is no party to the talks
    events = _code(coder, [appeal], [], dateline="tokyo")
    assert events[0].location is None  # a statement may be made from anywhere


# ---------------------------------------------------------------------------------------- dateline
def _doc(lines: list[tuple[str, str]], names: dict[str, Entity]) -> tuple[Document, MentionIndex]:
    text = "\n".join(line for line, _ in lines)
    sentences, start = [], 0
    for line, kind in lines:
        sentences.append(Sentence(start, start + len(line), kind))
        start += len(line) + 1
    entities = []
    for name, entity in names.items():
        at = text.index(name)
        entities.append(
            Entity(entity.id, entity.type, entity.name, [Mention(at, at + len(name), name)], entity.country,
                   kb_id=entity.kb_id)
        )  # fmt: skip
    doc = Document(
        id="t", raw=text, clean=text, sentences=sentences, lang="en", published=datetime(2024, 11, 12)
    )
    return doc, MentionIndex(entities)


def test_dateline_is_not_a_headline_nor_a_country_subject() -> None:
    by = {e.id: e for e in ENTITIES}
    doc, mentions = _doc(
        [("China, Russia must fight", "lead"), ("BEIJING", "body")],
        {"China": by["chn"], "BEIJING": by["beijing"]},
    )
    assert EventStage._dateline(doc, mentions) == "beijing"
    doc, mentions = _doc([("China, Russia agree to talk.", "body")], {"China": by["chn"]})
    assert EventStage._dateline(doc, mentions) is None
    doc, mentions = _doc([("नई दिल्ली। विदेश मंत्रालय ने कहा", "body")], {"नई दिल्ली": by["tokyo"]})
    assert EventStage._dateline(doc, mentions) == "tokyo"
