"""The events stage end to end: the seed article, status, merging, captions, locations, the pipeline."""

from __future__ import annotations

import pytest

from events_support import GOLD, build_entities, gold_entities, simple_dates
from khabar.api import Extractor
from khabar.errors import PipelineError
from khabar.evaluation import load_gold
from khabar.kb import KnowledgeBase
from khabar.model import Document, Entity, Event, Mention, Sentence
from khabar.pipeline import Pipeline
from khabar.readers import iter_documents
from khabar.stages.events.stage import EventStage, kb_gazetteer


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="module")
def stage(kb: KnowledgeBase) -> EventStage:
    return EventStage(Extractor().resources.packs, gazetteer=kb_gazetteer(kb))


@pytest.fixture(scope="module")
def seed(stage: EventStage, kb: KnowledgeBase) -> Document:
    article = next(a for a in load_gold(GOLD) if a.path.name.startswith("hi_00_"))
    doc = Extractor().process(next(iter(iter_documents([str(article.path)]))))  # type: ignore[arg-type]
    doc.entities = gold_entities(doc, article, kb)
    doc.dates = simple_dates(doc)
    return stage(doc)


def _named(doc: Document, event: Event) -> tuple[str | None, str | None]:
    names = {e.id: e.name for e in doc.entities or []}
    return names.get(event.source or ""), names.get(event.target or "")


def _find(doc: Document, plover: str, source: str, target: str | None) -> Event:
    for event in doc.events or []:
        named = _named(doc, event)
        if event.plover == plover and (named == (source, target) or named == (target, source)):
            return event
    raise AssertionError(
        f"no {plover} {source} → {target} in {[(e.plover, _named(doc, e)) for e in doc.events or []]}"
    )


def test_seed_meeting_in_beijing(seed: Document) -> None:
    meeting = _find(seed, "CONSULT", "Sergei Shoigu", "Wang Yi")
    assert meeting.cameo.startswith("04") and meeting.quad_class == 1 and meeting.goldstein is not None
    assert meeting.status == "occurred"
    assert meeting.date == "2024-11-12" and meeting.date_text == "12 नवंबर"
    assert meeting.location is not None and meeting.location.name == "Beijing"
    assert meeting.location.country == "CHN" and meeting.location.lat == pytest.approx(39.9, abs=0.1)
    assert seed.clean[meeting.trigger.start : meeting.trigger.end] == "वार्ता की"
    assert seed.sentences[meeting.sentence].kind == "body"


def test_seed_visit_to_china(seed: Document) -> None:
    visit = _find(seed, "CONSULT", "Sergei Shoigu", "China")
    assert visit.cameo == "042"
    assert visit.location is not None and visit.location.name == "Beijing"


def test_seed_intent_to_cooperate(seed: Document) -> None:
    intent = _find(seed, "AGREE", "Wang Yi", "Russia")  # "बीजिंग … मास्को के साथ … के लिए तैयार है"
    assert intent.cameo.startswith("03") and intent.status == "occurred"
    shoigu = _find(seed, "AGREE", "Sergei Shoigu", "China")  # तत्परता व्यक्त की, during the talks
    assert shoigu.status == "occurred"


def test_seed_criticism_of_the_united_states(seed: Document) -> None:
    criticism = _find(seed, "ACCUSE", "Sergei Shoigu", "United States")
    assert criticism.cameo == "111" and criticism.quad_class == 3 and criticism.goldstein < 0


def test_seed_expected_meeting_is_planned(seed: Document) -> None:
    planned = [e for e in seed.events or [] if e.status == "planned"]
    assert [(e.plover, _named(seed, e)[0]) for e in planned] == [("CONSULT", "Sergei Shoigu")]
    assert "मिलने" in seed.clean[planned[0].trigger.start : planned[0].trigger.end]


def test_seed_caption_is_never_an_event_sentence(seed: Document) -> None:
    captions = {i for i, s in enumerate(seed.sentences or []) if s.kind == "caption"}
    assert captions  # line 4 is a photo caption
    assert not any(e.sentence in captions for e in seed.events or [])
    for event in seed.events or []:
        assert event.evidence and event.evidence[0].sentence <= event.sentence
        assert all(seed.clean[ev.trigger.start : ev.trigger.end].strip() for ev in event.evidence)


# ---------------------------------------------------------------------------------------------------
def _doc(stage: EventStage, text: str, lang: str, names: list[tuple[str, str, list[str]]]) -> Document:
    from khabar.stages.segment import SegmentStage

    doc = Document(id="t", raw=text, clean=text, lang=lang)
    doc = SegmentStage(Extractor().resources.packs)(doc) if "\n" in text or "।" in text else doc
    if doc.sentences is None:
        doc.sentences = [Sentence(0, len(text))]
    doc.entities = build_entities(text, names)
    doc.dates = []
    return stage(doc)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("रूस ने यूक्रेन पर हमला किया।", "occurred"),
        ("रूस ने कहा कि उसने यूक्रेन पर हमला नहीं किया।", "denied"),
        ("रूस यूक्रेन पर हमला करेगा।", "planned"),
        # himodal (s14): the planned consequence of a condition happens only on it: withheld, as in English
        ("अगर बातचीत विफल रही तो रूस यूक्रेन पर हमला करेगा।", None),
        ("रूस यूक्रेन पर हमला करने के लिए तैयार है।", "intended"),
    ],
)
def test_hindi_status(stage: EventStage, text: str, status: str | None) -> None:
    doc = _doc(stage, text, "hi", [("Russia", "GPE", ["रूस"]), ("Ukraine", "GPE", ["यूक्रेन"])])
    events = [e for e in doc.events or [] if e.plover == "ASSAULT"]
    assert [e.status for e in events] == ([status] if status else [])


@pytest.mark.parametrize(
    "text",
    [
        "रूस ने यूक्रेन पर हमला नहीं किया।",  # the narrator's negation: no act, and no one denies one
        "यदि रूस यूक्रेन पर हमला करता है तो नाटो जवाब देगा।",  # a condition
        "रूस यूक्रेन पर हमला कर सकता है।",  # may attack
    ],
)
def test_hindi_acts_not_asserted_are_withheld(stage: EventStage, text: str) -> None:
    doc = _doc(stage, text, "hi", [("Russia", "GPE", ["रूस"]), ("Ukraine", "GPE", ["यूक्रेन"])])
    assert not [e for e in doc.events or [] if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Russia attacked Ukraine.", "occurred"),
        ("Russia did not attack Ukraine.", None),
        ("Russia will attack Ukraine.", "planned"),
        ("Russia is expected to attack Ukraine.", "planned"),
        ("Russia could attack Ukraine.", None),
        ("Russia is ready to attack Ukraine.", "intended"),
    ],
)
def test_english_status(stage: EventStage, text: str, status: str | None) -> None:
    """English withholds what the text does not assert (denied, hypothetical: ``[status] withheld``)."""
    doc = _doc(stage, text, "en", [("Russia", "GPE", ["Russia"]), ("Ukraine", "GPE", ["Ukraine"])])
    events = [e for e in doc.events or [] if e.plover == "ASSAULT"]
    wanted = [(status, ("Russia", "Ukraine"))] if status else []
    assert [(e.status, _named(doc, e)) for e in events] == wanted


def test_intent_to_meet_is_an_agreement(stage: EventStage) -> None:
    names = [("China", "GPE", ["China", "चीन"]), ("Russia", "GPE", ["Russia", "रूस"])]
    doc = _doc(stage, "China is ready to meet Russia.", "en", names)
    assert [(e.plover, e.status, _named(doc, e)) for e in doc.events or []] == [
        ("AGREE", "occurred", ("China", "Russia"))
    ]
    # a cooperative act under an intent cue is coded as the expression of intent (036 for meetings)
    hindi = _doc(stage, "चीन रूस से मिलने के लिए तैयार है।", "hi", names)
    assert [(e.cameo, e.plover, e.status) for e in hindi.events or []] == [("036", "AGREE", "occurred")]


def test_english_passive_voice(stage: EventStage) -> None:
    doc = _doc(
        stage,
        "Ukraine was attacked by Russia.",
        "en",
        [("Russia", "GPE", ["Russia"]), ("Ukraine", "GPE", ["Ukraine"])],
    )
    assert [(e.plover, _named(doc, e)) for e in doc.events or []] == [("ASSAULT", ("Russia", "Ukraine"))]


def test_compound_actors_give_an_event_per_pair(stage: EventStage) -> None:
    names = [("China", "GPE", ["चीन"]), ("Russia", "GPE", ["रूस"]), ("India", "GPE", ["भारत"])]
    doc = _doc(stage, "चीन और रूस ने भारत की आलोचना की।", "hi", names)
    assert sorted(_named(doc, e) for e in doc.events or []) == [("China", "India"), ("Russia", "India")]
    joint = _doc(stage, "चीन और रूस ने संयुक्त सुरक्षा पर वार्ता की।", "hi", names)
    assert [(e.plover, _named(joint, e)) for e in joint.events or []] == [("CONSULT", ("China", "Russia"))]


def test_lead_and_body_are_one_event(stage: EventStage) -> None:
    text = "शी चिनफिंग की एंजेला मर्केल से भेंट\nचीनी राष्ट्राध्यक्ष शी चिनफिंग ने हांगचो में एंजेला मर्केल के साथ भेंट की।"
    names = [
        ("Xi Jinping", "PER", ["शी चिनफिंग"]),
        ("Angela Merkel", "PER", ["एंजेला मर्केल"]),
        ("Hangzhou", "GPE", ["हांगचो"]),
    ]
    doc = _doc(stage, text, "hi", names)
    assert len(doc.events or []) == 1
    event = (doc.events or [])[0]
    assert [ev.sentence for ev in event.evidence] == [0, 1]
    assert event.sentence == 1 and doc.sentences[1].kind == "body"  # the first body sentence
    assert event.location is not None and event.location.name == "Hangzhou"


def test_lead_only_event_is_kept(stage: EventStage) -> None:
    """The headline's event stands even when the body does not restate it (a caption's does not)."""
    text = "रूस ने यूक्रेन पर हमला किया\nसंयुक्त राष्ट्र की बैठक आज होगी।"
    names = [("Russia", "GPE", ["रूस"]), ("Ukraine", "GPE", ["यूक्रेन"])]
    doc = _doc(stage, text, "hi", names)
    assert doc.sentences[0].kind == "lead"
    assert [(e.plover, _named(doc, e), e.sentence) for e in doc.events or []] == [
        ("ASSAULT", ("Russia", "Ukraine"), 0)
    ]
    terse = _doc(stage, "यूक्रेन पर हमला\nसंयुक्त राष्ट्र की बैठक आज होगी।", "hi", names)
    assert terse.events == []  # a headline event missing an actor leaves it to the body


def test_caption_only_event_is_dropped(stage: EventStage) -> None:
    doc = Document(id="t", raw="x", clean="रूस ने यूक्रेन पर हमला किया।", lang="hi")
    doc.sentences = [Sentence(0, len(doc.clean or ""), kind="caption")]
    doc.entities = build_entities(doc.clean or "", [("Russia", "GPE", ["रूस"]), ("Ukraine", "GPE", ["यूक्रेन"])])
    doc.dates = []
    assert stage(doc).events == []


def test_capital_stands_for_its_country_and_stays_the_place(stage: EventStage) -> None:
    entities = [
        Entity("e0", "PER", "Sergei Shoigu", [Mention(0, 8, "श्री शोइगु")], country="RUS"),
        Entity("e1", "GPE", "Beijing", [Mention(12, 18, "बीजिंग")], country="CHN", kb_id="city:1816670"),
        Entity("e2", "GPE", "China", [], country="CHN", kb_id="country:CHN"),
    ]
    text = "श्री शोइगु ने बीजिंग का दौरा किया।"
    entities[0].mentions = [Mention(0, 10, "श्री शोइगु")]
    entities[1].mentions = [Mention(text.index("बीजिंग"), text.index("बीजिंग") + 6, "बीजिंग")]
    doc = Document(id="t", raw=text, clean=text, lang="hi", sentences=[Sentence(0, len(text))])
    doc.entities, doc.dates = entities, []
    (event,) = stage(doc).events or []
    assert (event.cameo, event.target) == ("042", "e2")
    assert event.location is not None and event.location.name == "Beijing"


def test_events_need_sentences(stage: EventStage) -> None:
    from khabar.errors import InputError

    with pytest.raises(InputError, match="sentences"):
        stage(Document(id="t", raw="x", clean="x", lang="hi"))


def test_pipeline_checks_requirements(stage: EventStage) -> None:
    with pytest.raises(PipelineError, match="entities"):
        Pipeline([stage], provided={"clean", "sentences", "lang", "dates", "published"})


def test_story_place_reaches_participants_statements_only() -> None:
    text = (
        "Russian President Vladimir Putin met Indian Prime Minister Narendra Modi in Moscow on Tuesday. "
        "Putin thanked Modi for his attention to the conflict. "
        "Ukrainian President Volodymyr Zelensky criticized Modi on Tuesday."
    )
    doc = Extractor().extract(text, lang="en", published="2024-07-09")
    names = {e.id: e.name for e in doc.entities}
    placed = {
        (e.plover, names.get(e.source or "")): (e.location.name if e.location else None) for e in doc.events
    }
    assert placed[("SUPPORT", "Vladimir Putin")] == "Moscow"  # a participant, at the talks
    assert placed[("ACCUSE", "Volodymyr Zelensky")] is None  # an outsider comments from elsewhere


def test_story_place_does_not_reach_another_strand_of_the_story() -> None:
    text = (
        "U.S. mediators suspended ceasefire talks in the Saudi city of Jeddah on Thursday. "
        "The Rapid Support Forces attacked army positions on Thursday."
    )
    doc = Extractor().extract(text, lang="en", published="2023-06-22")
    names = {e.id: e.name for e in doc.entities}
    attack = next(e for e in doc.events if e.plover == "ASSAULT")
    assert names.get(attack.source or "") == "Rapid Support Forces"
    assert attack.location is None  # not Jeddah: the RSF take no part in the talks
