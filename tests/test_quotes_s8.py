"""Quotes, session 8: participles with "that" as cues, a cue that shares the subject of an earlier verb
of its sentence, a quotation inside a reported clause, plural Hindi pronouns for a group, and generic
organisation nouns. Entities are given by hand, so each test checks the quote stage alone."""

from __future__ import annotations

from khabar.model import Document
from quotes_support import doc_with_entities as _doc
from quotes_support import quote_stage as _stage


def _quotes(doc: Document) -> list[tuple[str | None, str, bool]]:
    doc = _stage()(doc)
    names = {e.id: e.name for e in doc.entities or []}
    text = doc.clean or ""
    return [(names.get(q.speaker or ""), text[q.start : q.end], q.direct) for q in doc.quotes or []]


def test_en_participle_with_that_is_said_by_the_main_subject() -> None:
    text = (
        "In August 2021, the NIA submitted a chargesheet claiming that the accused were members "
        "of a banned organisation."
    )
    got = _quotes(_doc(text, "en", {"NIA": ("National Investigation Agency", "ORG")}))
    want = ("National Investigation Agency", "the accused were members of a banned organisation", False)
    assert got == [want]


def test_en_participle_after_for_is_not_the_subjects_speech() -> None:
    # "criticised Rao for saying that …": Rao said it, not the subject; the participle is no cue here
    text = "The minister criticised Rao for saying that the state police had failed the victims."
    names = {"Rao": ("K. Rao", "PER"), "The minister": ("Minister", "PER")}
    assert _quotes(_doc(text, "en", names)) == []


def test_en_cue_after_a_quotation_inside_the_clause_shares_the_subject() -> None:
    text = (
        'Asked the same question, Mr Sharif, while saying that "Kashmir is the core issue", '
        "observed that India had some reservation on the subject."
    )
    got = _quotes(_doc(text, "en", {"Sharif": ("Nawaz Sharif", "PER"), "India": ("India", "GPE")}))
    assert [(s, c[:25]) for s, c, _ in got] == [
        ("Nawaz Sharif", "Kashmir is the core issue"),
        ("Nawaz Sharif", "India had some reservatio"),
    ]


def test_en_coordinated_verb_takes_the_sentence_subject_not_an_object() -> None:
    text = (
        "Mumbai: The Bombay High Court has directed the special court designated under the National "
        "Investigation Agency Act to expedite the trial and said that the framing of charges be "
        "completed within nine months."
    )
    names = {
        "Mumbai": ("Mumbai", "GPE"),
        "Bombay High Court": ("Bombay High Court", "ORG"),
        "National Investigation Agency": ("National Investigation Agency", "ORG"),
    }
    got = _quotes(_doc(text, "en", names))
    assert [(s, c[:20]) for s, c, _ in got] == [("Bombay High Court", "the framing of charg")]


def test_en_quotation_after_a_finite_word_belongs_to_the_reported_clause() -> None:
    text = (
        "Advani said the Article 356 should only be used in the “rarest of cases and certainly not "
        "in ones stemming from law and order”."
    )
    got = _quotes(_doc(text, "en", {"Advani": ("L. K. Advani", "PER")}))
    assert len(got) == 1
    speaker, content, direct = got[0]
    assert (speaker, direct) == ("L. K. Advani", False)
    assert content.startswith("the Article 356 should only be used")


def test_en_quotation_right_after_the_verb_stays_direct() -> None:
    text = 'Wang stated the two sides "reached a broad consensus on all security questions".'
    got = _quotes(_doc(text, "en", {"Wang": ("Wang Yi", "PER")}))
    assert got == [("Wang Yi", "reached a broad consensus on all security questions", True)]


def test_en_asked_introduces_a_quoted_question() -> None:
    text = '"Why is an FIR not being registered in connection with these allegations?" Maliwal asked.'
    got = _quotes(_doc(text, "en", {"Maliwal": ("Swati Maliwal", "PER")}))
    assert [(s, d) for s, _, d in got] == [("Swati Maliwal", True)]


GROUP = {
    "अलगाववादी नेताओं": ("Kashmiri separatists", "ORG"),
    "यासीन मलिक": ("Yasin Malik", "PER"),
    "किसानों": ("Farmers", "ORG"),
}


def test_hi_plural_pronoun_takes_a_group_named_as_subject() -> None:
    text = (
        "यासीन मलिक ने कार्यक्रम जारी किया। अलगाववादी नेताओं ने युवाओं से बंद का आह्वान किया। "
        "उन्होंने इसके साथ ही कहा कि दुकानें पांच अगस्त तक बंद रहेंगी।"
    )
    got = _quotes(_doc(text, "hi", GROUP))
    assert [s for s, _, _ in got] == ["Kashmiri separatists"]


def test_hi_group_as_object_is_no_antecedent() -> None:
    text = "यासीन मलिक ने किसानों को संबोधित किया। उन्होंने कहा कि दुकानें पांच अगस्त तक बंद रहेंगी।"
    got = _quotes(_doc(text, "hi", GROUP))
    assert [s for s, _, _ in got] == ["Yasin Malik"]


def test_hi_singular_pronoun_never_takes_a_group() -> None:
    text = (
        "यासीन मलिक ने कार्यक्रम जारी किया। अलगाववादी नेताओं ने युवाओं से बंद का आह्वान किया। "
        "उसने कहा कि दुकानें पांच अगस्त तक बंद रहेंगी।"
    )
    got = _quotes(_doc(text, "hi", GROUP))
    assert [s for s, _, _ in got] == ["Yasin Malik"]


def test_hi_generic_body_noun_is_the_last_organisation() -> None:
    text = (
        "अफ़ग़ानिस्तान मानवाधिकार आयोग ने इस परीक्षण को अंतरराष्ट्रीय नीति के ख़िलाफ़ बताया है. "
        "संस्थान का कहना है कि यह परीक्षण अक्सर पुरुष सुरक्षाकर्मी की मौजूदगी में किया जाता है."
    )
    names = {"अफ़ग़ानिस्तान मानवाधिकार आयोग": ("Afghanistan Independent Human Rights Commission", "ORG")}
    got = _quotes(_doc(text, "hi", names))
    assert got[-1][0] == "Afghanistan Independent Human Rights Commission"


def test_hi_verb_coordinated_after_a_clause_takes_its_subject() -> None:
    text = "अमिताभ और उनके साथी घर लौटने से ख़ुश हैं और कहते हैं कि वे कभी इराक़ वापस नहीं जाएंगे।"
    names = {"अमिताभ": ("Amitabh Singh", "PER"), "इराक़": ("Iraq", "GPE")}
    got = _quotes(_doc(text, "hi", names))
    assert got == [("Amitabh Singh", "वे कभी इराक़ वापस नहीं जाएंगे", False)]


def test_en_coordinated_verb_subject_is_the_person_a_body_modifies() -> None:
    text = (
        "CPI general secretary D Raja blamed the government's bad policies and maintained that the "
        "national carrier could still become a powerhouse."
    )
    names = {"CPI": ("Communist Party of India", "ORG"), "D Raja": ("D. Raja", "PER")}
    got = _quotes(_doc(text, "en", names))
    assert [s for s, _, _ in got] == ["D. Raja"]
