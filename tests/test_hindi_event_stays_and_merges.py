"""Hindi events (hievents21): a court's stay of an arrest is the court's order, not an arrest; a name
followed by a particle ("X भी Y द्वारा गिरफ़्तार किए गए") is the one arrested; a later sentence's statement
does not fill the actor an earlier statement left unnamed. Sentences written for these tests."""

from __future__ import annotations

from khabar.api import Extractor
from khabar.model import Event, Span
from khabar.stages.events.coding import EventCoder


def _events(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extractor.extract(text, lang="hi", published="2024-03-05")
    names = {e.id: e.name for e in doc.entities or []}
    return [(e.cameo, names.get(e.source or ""), names.get(e.target or "")) for e in doc.events or []]


def test_a_stay_of_arrest_is_the_courts_order_not_an_arrest(extractor: Extractor) -> None:
    # "The Supreme Court stayed the arrest of former minister Ramesh Tiwari."
    events = _events(extractor, "सुप्रीम कोर्ट ने पूर्व मंत्री रमेश तिवारी की गिरफ़्तारी पर रोक लगा दी।")
    assert not [e for e in events if e[0].startswith("17")]
    orders = [e for e in events if e[0] == "100"]
    assert orders and orders[0][2] is not None and orders[0][2].startswith("Ramesh")


def test_an_arrest_is_still_an_arrest(extractor: Extractor) -> None:
    events = _events(extractor, "पुलिस ने पत्रकार अनिल शर्मा को गिरफ़्तार किया।")
    assert [e for e in events if e[0] == "173"]


def test_a_particle_after_the_name_is_no_title_in_a_passive(extractor: Extractor) -> None:
    # "Former minister Suresh Yadav too was arrested by the CBI."
    events = _events(extractor, "पटना में पूर्व मंत्री सुरेश यादव भी सीबीआई द्वारा गिरफ़्तार किए गए।")
    arrests = [e for e in events if e[0] == "173"]
    assert arrests and arrests[0][2] is not None and "Yadav" in arrests[0][2]
    assert arrests[0][1] is not None


def _statement(cameo: str, source: str | None, target: str | None, sentence: int) -> Event:
    return Event(cameo, "ACCUSE", 3, -2.0, source, target, Span(0, 1), sentence)


def test_a_later_statement_does_not_fill_an_earlier_unnamed_accuser() -> None:
    # "Someone accused X (s3) … Y flared up at him (s7)": two acts, Y is not X's accuser
    earlier = _statement("112", None, "x", 3)
    later = _statement("111", "y", "x", 7)
    assert EventCoder._separate_acts(earlier, later, "body", "body")


def test_a_restatement_with_an_actor_missing_still_merges() -> None:
    # "Y accused X (s3) … the accusation against X was repeated (s7)": one act told twice
    earlier = _statement("112", "y", "x", 3)
    later = _statement("112", None, "x", 7)
    assert not EventCoder._separate_acts(earlier, later, "body", "body")
    # the headline's partial statement is filled by the body's
    assert not EventCoder._separate_acts(_statement("112", None, "x", 0), later, "lead", "body")
