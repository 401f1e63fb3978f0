"""The clean stage: leftovers of every kind go, with exact raw offsets; the rest is kept verbatim."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from khabar.errors import InputError, LanguagePackError
from khabar.langpacks import LanguagePacks, load_language_packs
from khabar.model import Document
from khabar.stages.clean import WHITESPACE_KIND, CleanStage, load_cleaning_rules

ARTICLES = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "articles"
DEV_FILES = sorted(ARTICLES.glob("*.txt"))


@pytest.fixture(scope="module")
def stage(packs: LanguagePacks) -> CleanStage:
    return CleanStage(packs)


def clean(stage: CleanStage, raw: str) -> Document:
    return stage(Document(id="t", raw=raw))


def kinds(doc: Document) -> list[str]:
    return [r.kind for r in doc.removed or [] if r.kind != WHITESPACE_KIND]


def assert_offsets_exact(doc: Document) -> None:
    """Clean is a subsequence of raw; removed spans and kept text partition the raw text."""
    assert doc.clean is not None and doc.offset_map is not None and doc.removed is not None
    for i, char in enumerate(doc.clean):
        assert doc.raw[doc.offset_map.to_raw(i)] == char
    covered = [False] * len(doc.raw)
    for span in doc.removed:
        assert span.text == doc.raw[span.start : span.end]
        for i in range(span.start, span.end):
            assert not covered[i], f"overlapping removed spans at {i}"
            covered[i] = True
    for i in range(len(doc.clean)):
        raw_index = doc.offset_map.to_raw(i)
        assert not covered[raw_index]
        covered[raw_index] = True
    assert all(covered)
    for span in doc.removed:
        if span.kind == WHITESPACE_KIND:
            assert span.text.strip("\u200b\ufeff\u2060").isspace() or not span.text.strip()


# --- rule data --------------------------------------------------------------------------------------


def test_every_rule_example_matches_its_own_pattern(packs: LanguagePacks) -> None:
    rules = load_cleaning_rules(packs)
    assert {"hi", "en"} <= {r.pack for r in rules}
    for rule in rules:
        assert rule.example, f"{rule.pack}:{rule.kind} has no example"
        if rule.scope == "inline":
            assert rule.pattern.search(rule.example), f"{rule.pack}:{rule.kind} {rule.example!r}"
        else:
            assert rule.pattern.fullmatch(rule.example), f"{rule.pack}:{rule.kind} {rule.example!r}"


def test_every_rule_example_is_removed_when_embedded_in_an_article(stage: CleanStage) -> None:
    body = "The minister met his counterpart in Beijing on Tuesday. " * 5
    for rule in stage.rules:
        raw = f"{body}\n{rule.example}\n{BODY2}"
        if rule.scope == "tail":
            raw = f"{body}\n{rule.example}\nOther story one\nOther story two"
        doc = clean(stage, raw)
        assert rule.kind in kinds(doc), f"{rule.pack}:{rule.kind} example not removed: {rule.example!r}"
        assert_offsets_exact(doc)


def _write_pack(root: Path, cleaning: str) -> LanguagePacks:
    pack = root / "xx"
    pack.mkdir()
    (pack / "pack.toml").write_text('code = "xx"\nname = "Test"\nscript = "Latn"\n', encoding="utf-8")
    (pack / "cleaning.toml").write_text(cleaning, encoding="utf-8")
    return load_language_packs(root)


@pytest.mark.parametrize(
    ("cleaning", "message"),
    [
        ("[[rule]]\nkind = 'ad'\npattern = '[unclosed'\n", "invalid pattern"),
        ("[[rule]]\nkind = 'ad'\npattern = 'x'\nscope = 'page'\n", "scope"),
        ("[[rule]]\npattern = 'x'\n", "'kind' and 'pattern'"),
        ("[[rule]]\nkind = 'ad'\npattern = 'x'\nrecord = 'yes'\n", "record"),
    ],
)
def test_malformed_rules_name_the_pack_and_rule(tmp_path: Path, cleaning: str, message: str) -> None:
    with pytest.raises(LanguagePackError, match=message) as error:
        CleanStage(_write_pack(tmp_path, cleaning))
    assert "'xx'" in str(error.value) and "rule #1" in str(error.value)


def test_non_string_raw_is_a_clear_input_error(stage: CleanStage) -> None:
    doc = Document(id="x", raw=b"bytes", origin="feed.jsonl:3")  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"feed\.jsonl:3: raw text must be a str"):
        stage(doc)


# --- the canonical example ---------------------------------------------------------------------------


def test_hi_00_leftovers_removed_with_exact_raw_offsets(stage: CleanStage) -> None:
    raw = (ARTICLES / "hi_00_vietnamvn_shoigu_wangyi.txt").read_text(encoding="utf-8")
    doc = clean(stage, raw)
    by_kind = {r.kind: r for r in doc.removed or [] if r.kind != WHITESPACE_KIND}
    assert set(by_kind) == {"ad", "source", "comment_counter"}
    ad, counter, source = by_kind["ad"], by_kind["comment_counter"], by_kind["source"]
    assert raw[ad.start : ad.end] == "[विज्ञापन_2]" and ad.start == raw.index("[विज्ञापन_2]")
    assert raw[counter.start : counter.end] == "टिप्पणी (0)" and counter.start == raw.index("टिप्पणी (0)")
    assert raw[source.start : source.end].startswith("स्रोत: https://thanhnien.vn/")
    assert doc.source_lines == [
        "https://thanhnien.vn/nga-trung-quoc-nhan-manh-no-luc-chung-chong-vong-kiem-toa-cua-my-185241112164938635.htm"
    ]
    assert doc.clean is not None
    for leftover in ("[विज्ञापन_2]", "टिप्पणी (0)", "स्रोत", "thanhnien"):
        assert leftover not in doc.clean
    # the article itself is untouched: all 11 lines, the last one ending the text
    assert doc.clean.count("\n") == 10
    assert doc.clean.endswith("श्री शोइगु के चीनी राजनीतिक नेताओं से मिलने की उम्मीद है।")
    assert_offsets_exact(doc)


# --- each kind of leftover, on real corpus lines and variants -----------------------------------------

BODY = "रूस और चीन ने सहयोग बढ़ाने पर सहमति जताई।"
BODY2 = "The talks will continue in Moscow next year."


@pytest.mark.parametrize(
    ("leftover", "kind"),
    [
        ("[ad_1]", "ad"),
        ("[विज्ञापन_2]", "ad"),
        ("Advertisement", "ad"),
        ("टिप्पणी (0)", "comment_counter"),
        ("Comments (3)", "comment_counter"),
        ("स्रोत: एएनआई", "source"),
        ("Source: Reuters", "source"),
        ("ये भी पढ़ें: पुतिन ने कहा, “हम तैयार हैं”", "read_also"),
        ('पढ़ें: Russia Ukraine War: यूक्रेन से भारतीय छात्रा ने बताया,"अकेले और बेसहारा हैं हम!"', "read_also"),
        ("Also read: Xi meets Putin", "read_also"),
        ("Read more", "read_also"),
        ("To read a full story, please click here to find out how to subscribe.", "subscribe"),
        ("Subscribe to our newsletter", "subscribe"),
        ("Left Menu", "menu"),
        ("17.1 C", "menu"),
        ("feature-top", "menu"),
        ("Text Size", "menu"),
        ("medium", "menu"),
        ("WORLD", "menu"),
        ("HOME > NATIONAL > Article", "breadcrumb"),
        ("d56a1a4246a1297a2c15070059070fca_474341881.jpg", "image_file"),
        ("MENAFN13112024000045016755ID1108879997", "tracking_id"),
        (
            "(This story has not been edited by Devdiscourse staff and is auto-generated from a "
            "syndicated feed.)",
            "disclaimer",
        ),
        ("Disclaimer: Views are personal.", "disclaimer"),
        ("(यह खबर सिंडिकेट फीड से सीधे प्रकाशित की गई है। इसे टीम ने संपादित नहीं किया है।)", "disclaimer"),
        ("राजनीति, व्यापार, खेल और अधिक पर आज ही नवीनतम भारत समाचार और ताज़ा समाचार प्राप्त करें", "promo"),
        ("(ललिता)", "byline"),
    ],
)
def test_leftover_line_is_removed_with_its_line_break(stage: CleanStage, leftover: str, kind: str) -> None:
    raw = f"{BODY}\n{leftover}\n{BODY2}"
    doc = clean(stage, raw)
    assert doc.clean == f"{BODY}\n{BODY2}"
    assert kinds(doc) == [kind]
    span = next(r for r in doc.removed or [] if r.kind == kind)
    assert span.text == leftover and raw[span.start : span.end] == leftover
    assert_offsets_exact(doc)


@pytest.mark.parametrize(
    ("raw", "expected", "kind"),
    [
        # hi_15: an English WordPress widget glued to the start of a Hindi paragraph
        (
            "Thank you for reading this post, don't forget to subscribe!विदेश मंत्रालय ने कहा।",
            "विदेश मंत्रालय ने कहा।",
            "subscribe",
        ),
        # en_08: an img alt attribute's tail
        ("Russian National Security Council. /Reuters Yonhap News”/>", None, "html"),
        ("Talks&nbsp;ended <br/>on Monday.", "Talksended on Monday.", "html"),
        ("Rock &amp; roll.", "Rock & roll.", "html"),
        ("बैठक सोमवार को हुई। [विज्ञापन_1] वार्ता जारी रही।", "बैठक सोमवार को हुई। वार्ता जारी रही।", "ad"),
        ("बैठक सोमवार को हुई। ये भी पढ़ें: पुतिन से मिले शी", "बैठक सोमवार को हुई।", "read_also"),
    ],
)
def test_inline_leftovers(stage: CleanStage, raw: str, expected: str | None, kind: str) -> None:
    doc = clean(stage, raw)
    if expected is None:
        expected = "Russian National Security Council. /Reuters Yonhap News"
    assert doc.clean == expected
    assert kind in kinds(doc)
    assert_offsets_exact(doc)


def test_body_sentences_that_resemble_leftovers_are_kept(stage: CleanStage) -> None:
    raw = (
        "BEIJING\n"
        "Countries that subscribe to the treaty met on Monday.\n"
        "The source said the talks were useful.\n"
        "Sources say officials in both capitals agreed.\n"
    )
    doc = clean(stage, raw)
    assert doc.clean is not None
    assert "BEIJING" in doc.clean
    assert "subscribe to the treaty" in doc.clean
    assert "The source said" in doc.clean
    assert "Sources say" in doc.clean
    assert kinds(doc) == []


def test_url_line_at_the_top_is_recorded(stage: CleanStage) -> None:
    raw = (ARTICLES / "en_06_sputnik_pillars.txt").read_text(encoding="utf-8")
    doc = clean(stage, raw)
    url = raw.splitlines()[0]
    assert kinds(doc) == ["url_line"]
    assert doc.source_lines == [url]
    assert doc.clean is not None and doc.clean.startswith("'Russia-China Relations One of Pillars")


def test_url_line_later_is_removed_but_not_recorded(stage: CleanStage) -> None:
    doc = clean(stage, f"{BODY}\nhttps://example.com/x\n{BODY2}")
    assert kinds(doc) == ["url_line"] and doc.source_lines == []


def test_en_14_boilerplate_duplicates_and_headline_list(stage: CleanStage) -> None:
    raw = (ARTICLES / "en_14_jiji_ishiba_iran.txt").read_text(encoding="utf-8")
    doc = clean(stage, raw)
    assert doc.clean is not None
    assert doc.clean.startswith("(Update 2) Ishiba Calls for Calming Down Situation Regarding Iran\n\n")
    assert doc.clean.count("(Update 2) Ishiba Calls") == 1
    assert doc.clean.count("Japanese Prime Minister Shigeru Ishiba speaks with reporters") == 1
    assert kinds(doc).count("duplicate_line") == 2
    for debris in ("HOME >", "Text Size", "subscribe", "HEADLINES", "Tesla", "Hiroshima", "Okinawa"):
        assert debris not in doc.clean
    assert doc.clean.endswith("a high-ranking Foreign Ministry official said.")
    assert "\n   " not in doc.clean  # indentation deleted
    assert_offsets_exact(doc)


def test_duplicate_title_with_dash_variants(stage: CleanStage) -> None:
    raw = (ARTICLES / "hi_25_rajneetiguru_dw_steinmeier.txt").read_text(encoding="utf-8")
    doc = clean(stage, raw)
    assert doc.clean is not None
    assert doc.clean.count("स्टीनमीयर ने कीव का दौरा किया") == 1
    assert "duplicate_line" in kinds(doc) and "promo" in kinds(doc)


def test_related_links_block_needs_article_text_before_it(stage: CleanStage) -> None:
    # A "HEADLINES" menu item above the story must not remove the story.
    doc = clean(stage, "HEADLINES\nThe minister arrived in Beijing on Tuesday.")
    assert doc.clean == "HEADLINES\nThe minister arrived in Beijing on Tuesday."


def test_whitespace_is_tidied_by_deletion_only(stage: CleanStage) -> None:
    raw = "\n\n  Title  \n\n\n\n[ad_1]\n\n\n   Para one.\t\n\n\n\nPara two.  \n\n"
    doc = clean(stage, raw)
    assert doc.clean == "Title\n\nPara one.\n\nPara two."
    assert_offsets_exact(doc)


def test_crlf_line_breaks(stage: CleanStage) -> None:
    doc = clean(stage, "Title\r\n[ad_1]\r\nBody text.\r\n")
    assert doc.clean == "Title\r\nBody text."
    assert_offsets_exact(doc)


def test_empty_and_leftover_only_inputs(stage: CleanStage) -> None:
    assert clean(stage, "").clean == ""
    doc = clean(stage, "[विज्ञापन_2]\nटिप्पणी (0)\n")
    assert doc.clean == "" and kinds(doc) == ["ad", "comment_counter"]
    assert_offsets_exact(doc)


# --- the whole dev corpus -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", DEV_FILES, ids=lambda p: p.stem)
def test_dev_article_cleans_exactly_and_leaves_no_leftover(stage: CleanStage, path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    doc = clean(stage, raw)
    assert_offsets_exact(doc)
    assert doc.clean and not doc.clean[0].isspace() and not doc.clean[-1].isspace()
    assert "\n\n\n" not in doc.clean
    lines = [line.strip() for line in doc.clean.splitlines() if line.strip()]
    for line in lines:
        for rule in stage.rules:
            if rule.scope == "inline":
                assert not rule.pattern.search(line), f"{rule.kind} left in {line!r}"
            else:
                assert not rule.pattern.fullmatch(line), f"{rule.kind} left: {line!r}"
    assert all(a != b for a, b in itertools.pairwise(lines)), "consecutive duplicate lines"


def test_dev_corpus_real_leftovers_found(stage: CleanStage) -> None:
    found: dict[str, list[str]] = {}
    for path in DEV_FILES:
        found[path.stem[:5]] = kinds(clean(stage, path.read_text(encoding="utf-8")))
    assert found["hi_11"] == ["source"]
    assert found["hi_15"] == ["subscribe"]
    assert found["hi_17"] == ["menu", "image_file"]
    assert found["hi_21"] == ["read_also"]
    assert found["en_04"] == ["tracking_id"]
    assert found["en_08"] == ["html"]
    assert found["en_02"] == [] and found["hi_19"] == []


def test_rule_patterns_are_compiled_once(stage: CleanStage) -> None:
    assert all(isinstance(rule.pattern, re.Pattern) for rule in stage.rules)


def test_footer_broken_over_lines_is_removed_with_exact_offsets(stage: CleanStage) -> None:
    # Scraped copy: an app-promotion footer glued to the last sentence and broken where its links were.
    raw = (
        "मंत्री ने इस्तीफ़ा दे दिया था.(समाचार सेवा के मोबाइल ऐप के लिए \n\n\n\nयहां क्लिक करें. आप हमें "
        "\n\n\n\nफ़ेसबुक और \n\n\n\nट्विटर पर फ़ॉलो भी कर सकते हैं.)\nअगली ख़बर यहाँ से शुरू होती है."
    )
    doc = clean(stage, raw)
    assert doc.clean == "मंत्री ने इस्तीफ़ा दे दिया था.\n\nअगली ख़बर यहाँ से शुरू होती है."
    promo = [r for r in doc.removed or [] if r.kind == "promo"]
    assert len(promo) == 4 and promo[0].text.startswith("(समाचार") and promo[-1].text.endswith("सकते हैं.)")
    assert_offsets_exact(doc)


def test_brackets_without_app_and_click_are_kept(stage: CleanStage) -> None:
    raw = "पार्टी (जिसने फ़ेसबुक पर बयान दिया) ने कहा कि वह चुनाव लड़ेगी."
    assert clean(stage, raw).clean == raw
