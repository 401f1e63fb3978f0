"""Quotes, session 3: quotation marks as scraped Hindi copy writes them (a closing double mark glued to
the next sentence, ``''`` for a double mark), more Hindi cue forms, speaker resolution."""

from __future__ import annotations

from quotes_support import doc_with_entities as _doc
from quotes_support import marked_contents as _marked
from quotes_support import quote_stage as _stage
from quotes_support import quotes_found as _quotes


def test_closing_double_mark_glued_to_next_sentence_closes() -> None:
    text = 'वसीम कहते हैं, "अब मस्जिद वहां मौजूद नहीं है."अंसारी कहते हैं, "ये विवाद 70 साल से चल रहा है."'
    assert _marked(text) == ["अब मस्जिद वहां मौजूद नहीं है.", "ये विवाद 70 साल से चल रहा है."]


def test_glued_apostrophe_is_still_no_closing_mark() -> None:
    text = "Russia’s envoy said the countries’ ties were strong and ‘we will stay together’ today."
    assert _marked(text, "en") == ["we will stay together"]


def test_doubled_single_marks_are_one_mark() -> None:
    text = "वो कहते हैं, ''हम बहुत ख़ुश हैं. हमें यक़ीन नहीं हो रहा.'' हाजी फ़रवरी में लौटे."
    assert _marked(text) == ["हम बहुत ख़ुश हैं. हमें यक़ीन नहीं हो रहा."]


def test_glued_quote_after_kahte_hain_is_direct() -> None:
    names = {"वसीम रिज़वी": ("Waseem Rizvi", "PER"), "वसीम": ("Waseem Rizvi", "PER")}
    text = 'वसीम रिज़वी शिया वक़्फ़ बोर्ड के अध्यक्ष हैं.वसीम कहते हैं, "अब मस्जिद वहां मौजूद नहीं है."उन्होंने और कुछ नहीं कहा.'
    got = _quotes(text, "hi", names)
    assert ("Waseem Rizvi", "अब मस्जिद वहां मौजूद नहीं है.", True) in got


def test_bare_collective_is_the_body_named_before() -> None:
    names = {"अफ़ग़ानिस्तान स्वतंत्र मानवाधिकार आयोग": ("AIHRC", "ORG"), "काबुल": ("Kabul", "GPE")}
    text = (
        "अफ़ग़ानिस्तान स्वतंत्र मानवाधिकार आयोग ने काबुल में एक रिपोर्ट जारी की। "
        "आयोग का कहना है कि इस तरह के परीक्षण से महिलाओं को मानसिक परेशानी पहुंचती है।"
    )
    assert _quotes(text, "hi", names) == [
        ("AIHRC", "इस तरह के परीक्षण से महिलाओं को मानसिक परेशानी पहुंचती है", False)
    ]


def test_bare_collective_with_no_body_named_stays_unattributed() -> None:
    names = {"वांग यी": ("Wang Yi", "PER")}
    text = "वांग यी ने बीजिंग का दौरा किया। समिति ने कहा कि दोनों पक्षों के बीच बातचीत जारी रहेगी।"
    assert _quotes(text, "hi", names) == [(None, "दोनों पक्षों के बीच बातचीत जारी रहेगी", False)]


def test_statement_noun_cues_name_the_genitive_speaker() -> None:
    names = {"गुजरात पुलिस": ("Gujarat Police", "ORG"), "नरेंद्र मोदी": ("Narendra Modi", "PER")}
    text = "गुजरात पुलिस का दावा था कि मारे गए चारों लोग नरेंद्र मोदी को निशाना बनाने आए थे।"
    assert _quotes(text, "hi", names) == [
        ("Gujarat Police", "मारे गए चारों लोग नरेंद्र मोदी को निशाना बनाने आए थे", False)
    ]
    # "का आरोप" without कि or a quotation is a noun phrase, not a cue
    assert _quotes("गुजरात पुलिस का आरोप है बेबुनियाद और राजनीति से प्रेरित।", "hi", names) == []


def test_long_adverbials_between_ne_and_the_verb() -> None:
    names = {"रक्षा मंत्रालय": ("Ministry of Defence (India)", "ORG"), "सुप्रीम कोर्ट": ("Supreme Court", "ORG")}
    text = (
        "रक्षा मंत्रालय ने लेफ्टिनेंट जनरल के पदोन्नति मामले में सोमवार को सुप्रीम कोर्ट में दायर हलफ़नामे में "
        "कहा है कि कार्रवाई के लिए गिनाई गई ख़ामियां अस्पष्ट थीं।"
    )
    got = _quotes(text, "hi", names)
    assert got == [("Ministry of Defence (India)", "कार्रवाई के लिए गिनाई गई ख़ामियां अस्पष्ट थीं", False)]


def test_en_said_he_was_glad_that_starts_at_the_pronoun() -> None:
    names = {"Mr Vajpayee": ("Atal Bihari Vajpayee", "PER"), "Mr Sharif": ("Nawaz Sharif", "PER")}
    text = "Mr Vajpayee said he was glad that Mr Sharif and he had been able to keep up the dialogue."
    got = _quotes(text, "en", names)
    assert [(s, c[:20]) for s, c, _ in got] == [("Atal Bihari Vajpayee", "he was glad that Mr ")]


def test_en_alleged_and_maintained_are_cues() -> None:
    names = {"M. K. Stalin": ("M. K. Stalin", "PER"), "Palanisamy": ("Edappadi K. Palaniswami", "PER")}
    text = (
        "M. K. Stalin, the working president of the DMK, alleged that the police used assault rifles. "
        "Chief minister Palanisamy maintained that the police firing had become unavoidable."
    )
    got = _quotes(text, "en", names)
    assert got == [
        ("M. K. Stalin", "the police used assault rifles", False),
        ("Edappadi K. Palaniswami", "the police firing had become unavoidable", False),
    ]


def test_en_uncued_quotation_after_a_sentence_about_a_person() -> None:
    names = {"Mulayam Singh Yadav": ("Mulayam Singh Yadav", "PER"), "SP": ("Samajwadi Party", "ORG")}
    text = (
        "SP’s Mulayam Singh Yadav also attacked the government over the move. "
        "“That means you can impose the President’s Rule in any state at any time.”"
    )
    got = _quotes(text, "en", names)
    assert got and got[0][0] == "Mulayam Singh Yadav" and got[0][2] is True


def test_quote_opened_with_one_mark_and_closed_with_two() -> None:
    text = "बयान में कहा गया है, 'हम टूर्नामेंट से हट रहे हैं.''बयान के मुताबिक, ''इस पर विचार नहीं किया गया.''सहारा ने कहा."
    assert _marked(text) == ["हम टूर्नामेंट से हट रहे हैं.", "इस पर विचार नहीं किया गया."]


def test_glued_double_marks_close_one_quotation_and_open_the_next() -> None:
    text = 'वो कहती हैं, "मुझे फ़िल्म देखना पसंद नहीं था.""उन्हें हर काम सलीक़े वाला पसंद था."'
    assert _marked(text) == ["मुझे फ़िल्म देखना पसंद नहीं था.", "उन्हें हर काम सलीक़े वाला पसंद था."]


def test_single_mark_after_a_sentence_end_closes_even_when_glued() -> None:
    text = "बयान में कहा गया है, 'हम क्रिकेट से हट रहे हैं.'सहारा इंडिया ने एक बयान में कहा, ''हम बोर्ड से अलग हैं.''"
    assert _marked(text) == ["हम क्रिकेट से हट रहे हैं.", "हम बोर्ड से अलग हैं."]


def test_genitive_pronoun_source_is_the_person_named_before() -> None:
    names = {"जॉन वास": ("John Wass", "PER")}
    text = "प्रोफेसर जॉन वास ने इस पर शोध किया है। उनके अनुसार, ब्रह्मचारी रहना कोई ज्यादा सेहतमंद बात नहीं है।"
    assert _quotes(text, "hi", names) == [("John Wass", "ब्रह्मचारी रहना कोई ज्यादा सेहतमंद बात नहीं है", False)]


def test_en_quotation_before_he_reminded_is_the_content_not_the_object() -> None:
    names = {"Basudeb Acharia": ("Basudeb Acharia", "PER"), "Law": ("Law", "PER")}
    text = (
        "The uproar was led by Basudeb Acharia. "
        "“Law and order is a state subject,” he reminded the Centre, accusing it of bowing to pressure."
    )
    assert _quotes(text, "en", names) == [("Basudeb Acharia", "Law and order is a state subject", True)]


def test_cue_after_but_ends_the_first_content_without_dropping_it() -> None:
    names = {"सेना": ("Indian Army", "ORG"), "माओवादियों": ("Naxalites", "ORG")}
    text = (
        "हालांकि सेना ने बार-बार कहा है कि वह अभियान में शामिल नहीं हो रही है लेकिन माओवादियों का आरोप है कि "
        "सरकार अब फ़ौज को लेकर आई है।"
    )
    assert _quotes(text, "hi", names) == [
        ("Indian Army", "वह अभियान में शामिल नहीं हो रही है", False),
        ("Naxalites", "सरकार अब फ़ौज को लेकर आई है", False),
    ]


def test_opening_mark_with_a_space_after_a_comma_opens() -> None:
    text = 'इनकी साथी वर्षा कहती हैं, " मुझे बॉलीवुड बहुत पसंद है." इन्होंने हिंदी सीखी.'
    assert _marked(text) == ["मुझे बॉलीवुड बहुत पसंद है."]


def test_unclosed_quotation_after_a_cue_is_direct_to_its_sentence_end() -> None:
    names = {"भाग्यश्री": ("Bhagyashree", "PER")}
    long_tail = " ".join(["मैं बहुत कुछ कर सकती थी"] * 40)
    text = f'भाग्यश्री ने बताया, "मैंने बहुत कुछ छोड़ दिया. {long_tail}.'
    got = _quotes(text, "hi", names)
    assert got and got[0][0] == "Bhagyashree" and got[0][2] is True
    assert got[0][1] == "मैंने बहुत कुछ छोड़ दिया"


def test_pronoun_skips_names_inside_an_earlier_quote() -> None:
    names = {"मोदी": ("Narendra Modi", "PER"), "ईश्वर": ("Ishwar", "PER")}
    text = (
        'मोदी ने कहा, "सभी को लगता है कि ईश्वर ने क्यों इस देश में पैदा किया."'
        "उनका कहना था कि भारत तकनीकी विकास में पिछड़ रहा है।"
    )
    got = _quotes(text, "hi", names)
    assert [s for s, *_ in got] == ["Narendra Modi", "Narendra Modi"]


def test_pronoun_with_nothing_before_is_the_article_main_person() -> None:
    names = {"मोदी": ("Narendra Modi", "PER"), "अमित शाह": ("Amit Shah", "PER")}
    text = (
        "उनका दावा था कि सुशासन से ही बदलाव संभव है। मोदी ने छात्रों को संबोधित किया। "
        "मोदी के साथ अमित शाह भी थे। मोदी ने गुजरात का उदाहरण दिया।"
    )
    got = _quotes(text, "hi", names)
    assert got[0][0] == "Narendra Modi"


def test_unnamed_spokesperson_of_a_body_named_before_speaks_for_it() -> None:
    names = {"भारतीय जनता पार्टी": ("Bharatiya Janata Party", "ORG"), "अमित शाह": ("Amit Shah", "PER")}
    text = "अमित शाह भारतीय जनता पार्टी के अध्यक्ष हैं। पार्टी प्रवक्ता ने कहा कि आरोप राजनीति से प्रेरित हैं।"
    assert _quotes(text, "hi", names) == [("Bharatiya Janata Party", "आरोप राजनीति से प्रेरित हैं", False)]
    en_names = {"Samajwadi Party": ("Samajwadi Party", "ORG"), "Akhilesh Yadav": ("Akhilesh Yadav", "PER")}
    en_text = (
        "Akhilesh Yadav leads the Samajwadi Party. The party spokesperson said the killing was a failure."
    )
    got = _quotes(en_text, "en", en_names)
    assert got == [("Samajwadi Party", "the killing was a failure", False)]


def test_possessor_of_an_unnamed_group_is_not_the_speaker() -> None:
    names = {"सिंघल": ("G. L. Singhal", "PER")}
    text = "सिंघल के बेटे की मौत हो गई। सिंघल के दोस्तों का मानना है कि इस घटना ने उन्हें झकझोर दिया।"
    # (the friends are unnamed: no quote at all, as for other unnamed speakers)
    assert _quotes(text, "hi", names) == []


def test_en_passive_speech_verb_is_no_cue() -> None:
    names = {"CBI": ("Central Bureau of Investigation", "ORG")}
    text = "A huge scam of Rs 10,000 crore was alleged and for that CBI has raided at least 500 places."
    assert _quotes(text, "en", names) == []


def _party_quotes(text: str) -> list[str | None]:
    """Speakers of ``text``'s quotes, with कांग्रेस a political party (CAMEO sector PTY) and मायावती a person."""
    doc = _doc(text, "hi", {"कांग्रेस": ("Indian National Congress", "ORG"), "मायावती": ("Mayawati", "PER")})
    for entity in doc.entities or []:
        entity.sector = "PTY" if entity.type == "ORG" else None
    doc = _stage()(doc)
    by_id = {e.id: e.name for e in doc.entities or []}
    return [by_id.get(q.speaker or "") for q in doc.quotes or []]


def test_a_bare_party_spokesperson_speaks_for_the_party_named_before() -> None:
    text = "कांग्रेस ने कल दिल्ली में बैठक की। पार्टी प्रवक्ता ने कहा कि सरकार हर मोर्चे पर विफल रही है।"
    assert _party_quotes(text) == ["Indian National Congress"]


def test_a_bare_party_with_only_a_person_named_before_stays_unattributed() -> None:
    text = "मायावती ने कल दिल्ली में बैठक की। पार्टी प्रवक्ता ने कहा कि सरकार हर मोर्चे पर विफल रही है।"
    assert _party_quotes(text) == [None]
