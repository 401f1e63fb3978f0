"""The segment stage: sentence spans over the clean text, with lead/caption kinds and foreign language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.errors import InputError
from khabar.langpacks import LanguagePacks
from khabar.model import Document, Sentence
from khabar.stages.clean import CleanStage
from khabar.stages.segment import SegmentStage

ARTICLES = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "articles"
DEV_FILES = sorted(ARTICLES.glob("*.txt"))


@pytest.fixture(scope="module")
def stage(packs: LanguagePacks) -> SegmentStage:
    return SegmentStage(packs)


def texts(text: str, sentences: list[Sentence]) -> list[str]:
    return [text[s.start : s.end] for s in sentences]


def split(stage: SegmentStage, text: str, lang: str) -> list[str]:
    return texts(text, stage.segment(text, lang))


def process(path: Path, packs: LanguagePacks) -> Document:
    doc = CleanStage(packs)(Document(id=path.stem, raw=path.read_text(encoding="utf-8")))
    doc.lang = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["lang"]
    return SegmentStage(packs)(doc)


# --- splitting ----------------------------------------------------------------------------------------


def test_hindi_terminators(stage: SegmentStage) -> None:
    text = "भारत ने स्वागत किया। क्या वार्ता होगी? हाँ! यह सच है॥ बैठक ख़त्म हुई."
    assert split(stage, text, "hi") == [
        "भारत ने स्वागत किया।",
        "क्या वार्ता होगी?",
        "हाँ!",
        "यह सच है॥",
        "बैठक ख़त्म हुई.",
    ]


def test_closing_quote_after_danda_stays_with_its_sentence(stage: SegmentStage) -> None:
    text = 'वांग ने कहा, "रूस और चीन सहयोगी हैं।" श्री शोइगु ने कहा, “हम तैयार हैं।” फिर बैठक हुई (बीजिंग में।)'
    assert split(stage, text, "hi") == [
        'वांग ने कहा, "रूस और चीन सहयोगी हैं।"',
        "श्री शोइगु ने कहा, “हम तैयार हैं।”",
        "फिर बैठक हुई (बीजिंग में।)",
    ]


def test_hindi_abbreviations_and_initials_do_not_end_sentences(stage: SegmentStage) -> None:
    text = (
        "डॉ. शर्मा और श्री. वर्मा ने एन.एस.ए. से बात की। रक्षा मंत्री ए.के. एंटनी और ए. के. सिंह आए। "
        "बात यहीं ख़त्म है. अब आगे।"
    )
    assert split(stage, text, "hi") == [
        "डॉ. शर्मा और श्री. वर्मा ने एन.एस.ए. से बात की।",
        "रक्षा मंत्री ए.के. एंटनी और ए. के. सिंह आए।",
        "बात यहीं ख़त्म है.",
        "अब आगे।",
    ]


def test_english_abbreviations_initialisms_and_decimals(stage: SegmentStage) -> None:
    text = (
        "Dr. Smith met Mr. Jones in the U.S. on Jan. 5. The U.S. said no. It grew 2.5 per cent in Sept. "
        'last year. George W. Bush and No. 10 agreed. He said: "Enough." Then he left.'
    )
    assert split(stage, text, "en") == [
        "Dr. Smith met Mr. Jones in the U.S. on Jan. 5.",
        "The U.S. said no.",
        "It grew 2.5 per cent in Sept. last year.",
        "George W. Bush and No. 10 agreed.",
        'He said: "Enough."',
        "Then he left.",
    ]


def test_decimal_number_in_hindi(stage: SegmentStage) -> None:
    assert split(stage, "तापमान 17.1 डिग्री रहा। बारिश हुई।", "hi") == ["तापमान 17.1 डिग्री रहा।", "बारिश हुई।"]


def test_glued_sentences_are_split(stage: SegmentStage) -> None:
    # en_06 runs paragraphs together without a space
    assert split(stage, "Shoigu said on Tuesday.The council said so. Visit sputnikglobe.com now.", "en") == [
        "Shoigu said on Tuesday.",
        "The council said so.",
        "Visit sputnikglobe.com now.",
    ]


def test_datelines_are_not_sentences(stage: SegmentStage) -> None:
    for text, first in [
        ("नई दिल्ली। विदेश मंत्रालय ने स्वागत किया। भारत खुश है।", "नई दिल्ली। विदेश मंत्रालय ने स्वागत किया।"),
        ("कीव (आईएएनएस)| यूरोपीय संघ प्रतिबंध लगाएगा। यह बात कही।", "कीव (आईएएनएस)| यूरोपीय संघ प्रतिबंध लगाएगा।"),
        (
            "बीजिंग, 15 जनवरी (Udaipur Kiran) । दोनों मिले। चर्चा हुई।",
            "बीजिंग, 15 जनवरी (Udaipur Kiran) । दोनों मिले।",
        ),
    ]:
        assert split(stage, text, "hi")[0] == first
    # a short sentence with a verb is a sentence, not a dateline
    assert split(stage, "यह सच है। उन्होंने कहा।", "hi") == ["यह सच है।", "उन्होंने कहा।"]


def test_line_breaks_end_sentences_and_spans_are_trimmed(stage: SegmentStage) -> None:
    text = "  Title without stop  \n\n   First line\nsecond line.  \n . \n"
    sentences = stage.segment(text, "en")
    assert texts(text, sentences) == ["Title without stop", "First line", "second line."]
    for s in sentences:
        assert "\n" not in text[s.start : s.end]


def test_punctuation_only_piece_joins_the_previous_sentence(stage: SegmentStage) -> None:
    # en_10: "… of both countries. ."
    assert split(stage, "It is important to both countries. .", "en") == [
        "It is important to both countries. ."
    ]


# --- kinds ----------------------------------------------------------------------------------------------


def test_hi_00_line_4_is_a_caption_and_the_first_line_a_lead(packs: LanguagePacks) -> None:
    doc = process(ARTICLES / "hi_00_vietnamvn_shoigu_wangyi.txt", packs)
    assert doc.sentences is not None and doc.clean is not None
    by_text = {doc.clean[s.start : s.end]: s.kind for s in doc.sentences}
    caption = "रूसी सुरक्षा परिषद के सचिव सर्गेई शोइगु और चीनी विदेश मंत्री वांग यी 12 नवंबर को बीजिंग में।"
    assert by_text[caption] == "caption"
    assert [s.kind for s in doc.sentences].count("caption") == 1
    assert doc.sentences[0].kind == "lead"
    assert all(s.kind == "body" for s in doc.sentences[1:] if doc.clean[s.start : s.end] != caption)
    assert len(doc.sentences) == 11


@pytest.mark.parametrize(
    "line",
    [
        "नोई बाई हवाई अड्डे पर विदाई समारोह। फोटो: वीएनए",
        "शी जिनपिंग और पुतिन (फोटो: रॉयटर्स)",
        "FILE PHOTO: Russian Security Council Secretary Sergei Shoigu attends a meeting",
        "Shoigu and Wang Yi in Beijing. (Photo by Xinhua)",
        "Russian National Security Council. /Reuters Yonhap News",
        "Shoigu meets Wang Yi in Beijing, November 12, 2024. Photo: TASS",
        "रूसी सुरक्षा परिषद के सचिव सर्गेई शोइगु",  # hi_01: only a title and a name
        "चीनी विदेश मंत्री वांग यी सोमवार को बीजिंग में",
    ],
)
def test_caption_lines(stage: SegmentStage, line: str) -> None:
    text = f"Some body text here is long enough.\n{line}\nMore body text follows here."
    lang = "hi" if any("\u0900" <= c <= "\u097f" for c in line) else "en"
    sentences = stage.segment(text, lang)
    kinds = {text[s.start : s.end]: s.kind for s in sentences}
    assert {k for t, k in kinds.items() if t in line} == {"caption"}
    assert kinds["More body text follows here."] == "body"


@pytest.mark.parametrize(
    "line",
    [
        "शी चिनफिंग की एंजेला मर्केल से भेंट की।",
        "श्रीलंका के राष्ट्रपति की बीजिंग में शी जिनपिंग से हुई मुलाकात",
        "दृष्टिकोण को व्यापक बनाना, रणनीतिक विश्वास को मजबूत करना और सहयोग को बढ़ावा देना",
        "12 नवंबर को शोइगु ने बीजिंग में वार्ता की।",
        "The photographer was detained in Moscow on Tuesday.",
    ],
)
def test_not_captions(stage: SegmentStage, line: str) -> None:
    text = f"पहली पंक्ति यहां है।\n{line}"
    lang = "hi" if any("\u0900" <= c <= "\u097f" for c in line) else "en"
    assert {s.kind for s in stage.segment(text, lang)[1:]} == {"body"}


def test_lead_only_for_a_single_sentence_first_line_followed_by_more(stage: SegmentStage) -> None:
    assert [s.kind for s in stage.segment("China, Russia must fight US 'containment'\n\nBEIJING", "en")] == [
        "lead",
        "body",
    ]
    # a multi-sentence first paragraph is body; a lone line is body; a date line is not a title
    assert {s.kind for s in stage.segment("पहला वाक्य है। दूसरा वाक्य है।\nतीसरा।", "hi")} == {"body"}
    assert [s.kind for s in stage.segment("Only one line here.", "en")] == ["body"]
    assert stage.segment("मई 3, 2024\n\nRajneeti Guru", "hi")[0].kind == "body"


# --- per-sentence language ----------------------------------------------------------------------------


def test_foreign_script_sentence_gets_its_language(stage: SegmentStage) -> None:
    text = (
        "भारत ने कहा कि वह शांति चाहता है। Thank you for reading our newspaper today, please share it "
        "with your friends. यह ठीक है। Short English."
    )
    sentences = stage.segment(text, "hi")
    langs = {text[s.start : s.end]: s.lang for s in sentences}
    assert langs["Thank you for reading our newspaper today, please share it with your friends."] == "en"
    assert langs["भारत ने कहा कि वह शांति चाहता है।"] is None
    assert langs["Short English."] is None  # under 40 characters: inherits the document language


def test_devanagari_sentence_in_english_article(stage: SegmentStage) -> None:
    text = "The minister spoke in Delhi. उन्होंने कहा कि भारत और रूस के संबंध बहुत मजबूत हैं और आगे भी रहेंगे।"
    assert [s.lang for s in stage.segment(text, "en")] == [None, "hi"]


# --- the whole dev corpus and arbitrary input -----------------------------------------------------------


@pytest.mark.parametrize("path", DEV_FILES, ids=lambda p: p.stem)
def test_dev_article_segments_cleanly(packs: LanguagePacks, path: Path) -> None:
    doc = process(path, packs)
    assert doc.sentences and doc.clean
    rules = CleanStage(packs).rules
    previous_end = 0
    for s in doc.sentences:
        sentence = doc.clean[s.start : s.end]
        assert previous_end <= s.start < s.end
        previous_end = s.end
        assert sentence == sentence.strip() and "\n" not in sentence
        assert s.kind in ("lead", "body", "caption")
        assert s.lang is None  # the dev articles are single-language once cleaned
        for rule in rules:
            if rule.scope == "inline":
                assert not rule.pattern.search(sentence), f"{rule.kind} in {sentence!r}"
    assert sum(s.kind == "lead" for s in doc.sentences) <= 1


def test_expected_kinds_in_dev_articles(packs: LanguagePacks) -> None:
    kinds = {path.stem[:5]: [s.kind for s in process(path, packs).sentences or []] for path in DEV_FILES}
    assert kinds["hi_01"][0] == "caption"  # a name-only photo caption, not the headline
    assert kinds["hi_03"][1:3] == ["caption", "caption"]  # "… विदाई समारोह। फोटो: वीएनए"
    assert kinds["en_08"][:2] == ["caption", "caption"]  # "… Council. /Reuters Yonhap News"
    for article in ("en_02", "en_06", "en_14", "hi_17", "hi_23"):
        assert kinds[article][0] == "lead", article


def test_missing_clean_text_is_a_clear_error(stage: SegmentStage) -> None:
    with pytest.raises(InputError, match="run the clean stage first"):
        stage(Document(id="x", raw="text", origin="a.txt"))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=20),
            st.sampled_from(["।", "॥", ".", "?", "!", "|", '"', "”", ")", " ", "\n", "डॉ.", "U.S.", "17.1"]),
            st.text(alphabet=st.characters(min_codepoint=0x900, max_codepoint=0x97F), max_size=15),
        ),
        max_size=30,
    ).map("".join),
    st.sampled_from(["hi", "en", None, "fr"]),
)
def test_segmentation_never_fails_and_spans_are_sound(
    stage: SegmentStage, text: str, lang: str | None
) -> None:
    sentences = stage.segment(text, lang)
    previous_end = 0
    for s in sentences:
        sentence = text[s.start : s.end]
        assert previous_end <= s.start < s.end <= len(text)
        previous_end = s.end
        assert sentence.strip() == sentence or not sentence[0].isspace()
        assert all(c not in sentence for c in "\n\r\u2028\u2029")


def test_full_stop_glued_to_the_next_hindi_word_ends_the_sentence(stage: SegmentStage) -> None:
    text = 'उन्हें पिछले साल निलंबित किया गया था.उस दौरान उन्होंने आलोचना की थी."यह ग़लत है."वह बोले.'
    assert split(stage, text, "hi") == [
        "उन्हें पिछले साल निलंबित किया गया था.",
        'उस दौरान उन्होंने आलोचना की थी."',
        'यह ग़लत है."',
        "वह बोले.",
    ]
    # dotted initials and abbreviations stay inside the sentence
    assert len(split(stage, "डॉ.शर्मा और एन.एस.ए. प्रमुख ए.के.सिंह आए.", "hi")) == 1


def test_heading_glued_to_the_next_sentence_is_cut_at_the_glue(stage: SegmentStage) -> None:
    # "…का ऐलान किया" (a heading) + "अनुशासन …": one token, two sentences
    text = "बोर्ड ने फ़ैसले का ऐलान कियाअनुशासन के आरोप में सदस्यता ख़त्म कर दी गई है."
    assert split(stage, text, "hi") == ["बोर्ड ने फ़ैसले का ऐलान किया", "अनुशासन के आरोप में सदस्यता ख़त्म कर दी गई है."]
    # a vocabulary word glued to a sentence opener is cut; vocabulary words themselves never are
    assert split(stage, "बेहाल परिवारउनके घर आए.", "hi") == ["बेहाल परिवार", "उनके घर आए."]
    assert len(split(stage, "परिवार के मुताबिक उन्होंने बातचीत की.", "hi")) == 1


def test_line_broken_after_a_postposition_goes_on(stage: SegmentStage) -> None:
    text = "वह पहले भी नाराज़ हो चुके हैं.नरेंद्र मोदी की\n\nपीएम उम्मीदवारी के समर्थन में वे मुखर थे.\n\nनया अनुच्छेद."
    assert split(stage, text, "hi") == [
        "वह पहले भी नाराज़ हो चुके हैं.",
        "नरेंद्र मोदी की\n\nपीएम उम्मीदवारी के समर्थन में वे मुखर थे.",
        "नया अनुच्छेद.",
    ]
    # a headline without a terminator is not joined to the date line under it
    assert split(stage, "दोनों मंत्रियों ने मुलाकात की\n\n2023-05-05 10:03", "hi")[0] == "दोनों मंत्रियों ने मुलाकात की"
