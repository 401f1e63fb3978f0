"""Quotes, session 11: a straight closing mark written with a space before it after a sentence's end
(glued copy joins a headline or the next paragraph to it), and speaker resolution."""

from __future__ import annotations

from quotes_support import marked_contents as _marked
from quotes_support import quotes_found as _quotes


def test_spaced_mark_after_sentence_end_closes_before_the_next_opening() -> None:
    text = 'सुनील कहते हैं, "हम किसानों के साथ हैं. "नदी का पानी रुका - ताज़ा ख़बरआगे रमेश कहते हैं, "पानी सबका है."'
    assert _marked(text) == ["हम किसानों के साथ हैं.", "पानी सबका है."]


def test_spaced_mark_closes_the_last_quotation_of_a_line() -> None:
    text = 'मीना कहती हैं, "स्कूल दूर है. बच्चे पैदल जाते हैं. "(यह रिपोर्ट अधूरी है)'
    assert _marked(text) == ["स्कूल दूर है. बच्चे पैदल जाते हैं."]


def test_spaced_mark_before_a_glued_closing_mark_still_opens() -> None:
    # the next mark closes a quotation, so the spaced one opens it (marks alternate)
    text = 'वो बोले. "हम जीतेंगे. मेहनत करेंगे."फिर सब चले गए.'
    assert _marked(text) == ["हम जीतेंगे. मेहनत करेंगे."]


def test_spaced_mark_after_an_unclosed_opening_does_not_close() -> None:
    # an opening after a comma lies between: the first quotation was left open, not closed here
    text = 'उन्होंने कहा, "पहली बात. उनका कहना है, "दूसरी बात. "अब आगे, "तीसरी बात."'
    assert _marked(text) == ['पहली बात. उनका कहना है, "दूसरी बात. "अब आगे, "तीसरी बात.']


def test_reported_speech_after_a_spaced_closing_mark_has_its_own_speaker() -> None:
    text = (
        'अनवर सिद्दीक़ी कहते हैं, "हम अदालत का फ़ैसला मानेंगे. "नए पुल पर विवाद - ताज़ा ख़बरवहीं '
        "गांव के मुखिया राकेश यादव कहते हैं कि पुल का काम जल्द पूरा होगा."
    )
    names = {
        "अनवर सिद्दीक़ी": ("Anwar Siddiqui", "PER"),
        "राकेश यादव": ("Rakesh Yadav", "PER"),
    }
    quotes = _quotes(text, "hi", names)
    assert ("Anwar Siddiqui", "हम अदालत का फ़ैसला मानेंगे.", True) in quotes
    assert any(s == "Rakesh Yadav" and q.startswith("पुल का काम") and not d for s, q, d in quotes)


def test_adverb_between_pronoun_and_cue_is_not_part_of_the_speaker() -> None:
    text = 'किसान नेता महेश पाल ने धरने की घोषणा की. वे आगे कहते हैं, "सरकार ने हमारी एक भी मांग नहीं मानी है."'
    names = {"महेश पाल": ("Mahesh Pal", "PER")}
    assert _quotes(text, "hi", names) == [("Mahesh Pal", "सरकार ने हमारी एक भी मांग नहीं मानी है.", True)]


def test_also_after_a_name_keeps_the_name_as_speaker() -> None:
    text = "डॉक्टर सीमा राव ने जांच की. सीमा राव भी मानती हैं कि गांव में पानी की कमी से बीमारी फैली."
    names = {"सीमा राव": ("Seema Rao", "PER")}
    quotes = _quotes(text, "hi", names)
    assert quotes == [("Seema Rao", "गांव में पानी की कमी से बीमारी फैली", False)]


def test_a_pronoun_right_before_the_cue_is_the_whole_speaker_phrase() -> None:
    # a conjunction before the pronoun, or a headline glued before it, is another clause
    text = "रेखा सिंह ने दो किताबें लिखीं, लेकिन छपवाई नहीं. हालांकि वो कहती हैं कि वे जल्द ही तीसरी किताब लिखेंगी."
    names = {"रेखा सिंह": ("Rekha Singh", "PER")}
    assert _quotes(text, "hi", names) == [("Rekha Singh", "वे जल्द ही तीसरी किताब लिखेंगी", False)]


def test_a_quotation_opening_the_next_paragraph_continues_a_long_quotation() -> None:
    text = (
        'किसान नेता महेश पाल ने कहा, "हम यहां से नहीं हटेंगे. सरकार को झुकना होगा. हम डटे रहेंगे."\n'
        '"आंदोलन शांतिपूर्ण रहेगा और हम किसी तरह की हिंसा नहीं करेंगे."'
    )
    names = {"महेश पाल": ("Mahesh Pal", "PER")}
    assert [s for s, _, _ in _quotes(text, "hi", names)] == ["Mahesh Pal", "Mahesh Pal"]


def test_narration_between_two_quotations_stops_the_continuation() -> None:
    text = (
        'किसान नेता महेश पाल ने कहा, "हम यहां से नहीं हटेंगे. सरकार को झुकना होगा. हम डटे रहेंगे."\n'
        "रात को मौसम ठंडा रहा और किसान सड़कों पर बैठे रहे.\n"
        '"आंदोलन शांतिपूर्ण रहेगा और हम किसी तरह की हिंसा नहीं करेंगे."'
    )
    names = {"महेश पाल": ("Mahesh Pal", "PER")}
    assert [s for s, _, _ in _quotes(text, "hi", names)] == ["Mahesh Pal", None]
