"""Quotes, session 12: Hindi writing verbs as habitual speech cues ("X लिखते हैं, …"), unnamed researchers,
doctors, youths and office-bearers as unnamed speakers (no quote), and other countries' names of the
foreign, defence and finance ministers' offices resolving a bare office to its dated holder."""

from __future__ import annotations

from typing import Any

import pytest

from quotes_support import quotes_found as _quotes


def test_an_author_who_writes_is_the_speaker_of_the_quotation() -> None:
    text = 'इतिहासकार मीरा नायर की नई किताब आई है. नायर लिखती हैं, "गांवों ने आज़ादी की लड़ाई में सबसे बड़ा बोझ उठाया."'
    names = {"मीरा नायर": ("Meera Nair", "PER"), "नायर": ("Meera Nair", "PER")}
    assert _quotes(text, "hi", names) == [("Meera Nair", "गांवों ने आज़ादी की लड़ाई में सबसे बड़ा बोझ उठाया.", True)]


def test_a_newspaper_that_writes_reports_the_clause() -> None:
    text = "दैनिक प्रभात लिखता है कि सरकार को महंगाई पर जल्द कदम उठाने होंगे."
    names = {"दैनिक प्रभात": ("Dainik Prabhat", "ORG")}
    quotes = _quotes(text, "hi", names)
    assert quotes == [("Dainik Prabhat", "सरकार को महंगाई पर जल्द कदम उठाने होंगे", False)]


@pytest.mark.parametrize(
    "text",
    [
        "इस दवा का दो साल तक परीक्षण चला. शोधकर्ताओं का कहना है कि इसके नतीजे बहुत उत्साहजनक रहे हैं.",
        "गांव में अब भी बिजली नहीं पहुंची है. एक युवक ने बताया कि उन्हें रात भर जागना पड़ता है.",
        'मेले का उद्घाटन रविवार को हुआ. संस्था के एक वरिष्ठ पदाधिकारी ने कहा, "इस बार भीड़ पिछले साल से दोगुनी रहेगी."',
        "घायलों को ज़िला अस्पताल लाया गया. इलाज कर रहे डॉक्टर ने बताया कि दोनों की हालत स्थिर है.",
    ],
)
def test_an_unnamed_researcher_youth_official_or_doctor_gives_no_quote(text: str) -> None:
    assert _quotes(text, "hi", {}) == []


def test_a_named_doctor_keeps_the_quote() -> None:
    text = "घायलों को ज़िला अस्पताल लाया गया. डॉक्टर सुनीता राव ने बताया कि दोनों की हालत स्थिर है."
    names = {"डॉक्टर सुनीता राव": ("Sunita Rao", "PER")}
    assert _quotes(text, "hi", names) == [("Sunita Rao", "दोनों की हालत स्थिर है", False)]


@pytest.mark.parametrize(
    ("text", "published", "holder"),
    [
        # France's defence office is the "Minister of the Armed Forces"
        ("फ्रांस के रक्षा मंत्री ने कहा कि सेना हर हालात के लिए तैयार है।", "2019-03-05", "florence_parly"),
        # South Africa's foreign office is the "Minister of International Relations and Cooperation"
        ("दक्षिण अफ्रीका के विदेश मंत्री ने कहा कि बातचीत जारी रहेगी।", "2021-03-05", "naledi_pandor"),
        # South Korea's finance office is the "Minister of Economy and Finance"
        ("दक्षिण कोरिया के वित्त मंत्री ने कहा कि महंगाई घटेगी।", "2024-03-05", None),
    ],
)
def test_another_countrys_name_for_a_ministers_office_names_its_holder(
    extractor: Any, text: str, published: str, holder: str | None
) -> None:
    doc = extractor.extract(text, lang="hi", published=published)
    by_id = {e.id: e for e in doc.entities or []}
    speakers = [by_id[q.speaker] for q in doc.quotes or [] if q.speaker]
    assert len(speakers) == 1
    if holder is not None:
        assert speakers[0].kb_id == holder
    else:
        assert speakers[0].kb_id  # the one holder at that date, whoever the KB lists


def test_comma_content_up_to_a_closing_mark_whose_opener_was_dropped_is_direct() -> None:
    text = 'गांव में राहत देर से पहुंची. अमित वर्मा ने कहा, हमें देर से मदद मिली. हम बहुत डरे हुए थे."फिर सब घर लौट गए.'
    names = {"अमित वर्मा": ("Amit Verma", "PER")}
    assert _quotes(text, "hi", names) == [("Amit Verma", "हमें देर से मदद मिली. हम बहुत डरे हुए थे.", True)]


def test_comma_content_before_another_speakers_quotation_stays_reported() -> None:
    text = 'अमित वर्मा ने कहा, हमें देर से मदद मिली. सुनीता ने कहा कि "हम बहुत डरे हुए थे."फिर सब लौटे.'
    names = {"अमित वर्मा": ("Amit Verma", "PER"), "सुनीता": ("Sunita", "PER")}
    quotes = _quotes(text, "hi", names)
    assert ("Amit Verma", "हमें देर से मदद मिली", False) in quotes
    assert ("Sunita", "हम बहुत डरे हुए थे.", True) in quotes


def test_literal_writing_is_no_cue() -> None:
    # "writes scripts, which is why …": no कि and no quotation after the verb
    text = "रीना मानती हैं कि आज के निर्देशक समझदारी से स्क्रिप्ट लिखते हैं जिस वजह से अच्छी फ़िल्में बन रही हैं."
    names = {"रीना": ("Reena", "PER")}
    quotes = _quotes(text, "hi", names)
    assert [s for s, _, _ in quotes] == ["Reena"]


@pytest.mark.parametrize(
    "text",
    [
        'संगीतकार विनय जोशी से सवाल पूछा गया. विनय जोशी जवाब देते हुए कहते हैं, "हम तो सुनने वालों के लिए गाने बनाते हैं."',
        "संगीतकार विनय जोशी ने एलबम पूरा किया. वे अपना अनुभव बताते हुए कहते हैं कि हर गाना एक नई चुनौती था.",
    ],
)
def test_a_participle_clause_before_the_cue_is_no_part_of_the_speaker(text: str) -> None:
    names = {"विनय जोशी": ("Vinay Joshi", "PER")}
    assert [s for s, _, _ in _quotes(text, "hi", names)] == ["Vinay Joshi"]


def test_a_cue_inside_a_quotation_does_not_take_its_closing_mark() -> None:
    text = (
        "मीना वर्मा बताती हैं, ''लड़ाई अब पूरी हुई. अभी मंत्री जी ने जो बात कही है, उससे गांव को पानी मिल "
        "जाएगा.''वे मानती हैं कि यह एक अच्छा क़दम है."
    )
    names = {"मीना वर्मा": ("Meena Verma", "PER")}
    speakers = {s for s, _, _ in _quotes(text, "hi", names)}
    assert speakers == {"Meena Verma"}
