"""The dates stage: pack data, tense from the verb, word boundaries, the caption rule, the dev corpus."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from khabar.api import build_pipeline
from khabar.errors import InputError, LanguagePackError
from khabar.langpacks import BUILTIN_DIR, LanguagePacks, load_language_packs
from khabar.model import DateMention, Document, Sentence
from khabar.pipeline import Pipeline
from khabar.readers import iter_documents
from khabar.resources import Resources
from khabar.stages.dates.stage import DateRules, DateStage

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "dev"
PUB = datetime(2024, 11, 12, 16, 49)  # a Tuesday


@pytest.fixture(scope="module")
def stage(packs: LanguagePacks) -> DateStage:
    return DateStage(packs)


def run(
    stage: DateStage,
    text: str,
    lang: str,
    published: datetime | None = PUB,
    kinds: tuple[str, ...] | None = None,
) -> list[DateMention]:
    """The stage on ``text`` split at newlines into sentences (of the given kinds, default body)."""
    sentences, start = [], 0
    for index, line in enumerate(text.split("\n")):
        kind = kinds[index] if kinds else "body"
        sentences.append(Sentence(start, start + len(line), kind))
        start += len(line) + 1
    doc = Document(id="t", raw=text, clean=text, sentences=sentences, lang=lang, published=published)
    mentions = stage(doc).dates
    assert mentions is not None
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    return mentions


def values(mentions: list[DateMention]) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in mentions]


# ------------------------------------------------------------------------------------- pack data


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_every_pattern_matches_its_example(packs: LanguagePacks, lang: str) -> None:
    pack = packs.get(lang)
    assert pack is not None
    rules = DateRules.from_pack(pack)
    assert rules is not None
    with_examples = [p for p in rules.patterns if p.example is not None]
    assert len(with_examples) == len(pack.section("dates")["patterns"])
    for pattern in with_examples:
        assert pattern.example is not None
        expected = pattern.example_match or pattern.example
        match = pattern.regex.search(pattern.example)
        assert match is not None and match.group(0) == expected, pattern.regex.pattern
        # and the rules as a whole find it, as one expression that parses
        found = rules.find(pattern.example)
        assert [pattern.example[f.start : f.end] for f in found] == [expected]


def test_month_names_come_from_metadata(packs: LanguagePacks) -> None:
    for lang in ("hi", "en"):
        pack = packs.get(lang)
        assert pack is not None
        assert "months" not in pack.section("dates")
        rules = DateRules.from_pack(pack)
        assert rules is not None and len(set(rules.months.values())) == 12


def _copy_pack(tmp_path: Path, lang: str) -> Path:
    root = tmp_path / "packs"
    shutil.copytree(BUILTIN_DIR / lang, root / lang)
    return root


def test_unknown_placeholder_is_a_pack_error(tmp_path: Path) -> None:
    root = _copy_pack(tmp_path, "en")
    path = root / "en" / "dates.toml"
    path.write_text(path.read_text() + "\n[[patterns]]\nkind = 'date'\nregex = '{dya} {month}'\n")
    with pytest.raises(LanguagePackError, match=r"unknown placeholder \{dya\}"):
        DateStage(load_language_packs(root))


def test_unknown_kind_is_a_pack_error(tmp_path: Path) -> None:
    root = _copy_pack(tmp_path, "hi")
    path = root / "hi" / "dates.toml"
    path.write_text(path.read_text() + "\n[[patterns]]\nkind = 'season'\nregex = 'सर्दी'\n")
    with pytest.raises(LanguagePackError, match="kind must be one of"):
        DateStage(load_language_packs(root))


# ---------------------------------------------------------------------------------------- tense


def test_kal_is_yesterday_with_a_past_verb_and_tomorrow_with_a_future_one(stage: DateStage) -> None:
    text = "प्रधानमंत्री कल दिल्ली पहुंचे।\nप्रधानमंत्री कल दिल्ली पहुंचेंगे।\nकल बैठक होगी।\nउन्होंने कल कहा था।"
    assert values(run(stage, text, "hi")) == [
        ("कल", "2024-11-11"),
        ("कल", "2024-11-13"),
        ("कल", "2024-11-13"),
        ("कल", "2024-11-11"),
    ]


def test_kal_with_a_present_verb_keeps_its_wording_unresolved(stage: DateStage) -> None:
    [mention] = run(stage, "वह कल से दिल्ली में हैं।", "hi")
    assert (mention.text, mention.value, mention.relative) == ("कल", None, True)


def test_tense_is_read_from_the_clause_that_governs_the_date(stage: DateStage) -> None:
    text = "उन्होंने कल कहा कि वह शुक्रवार को मास्को जाएंगे।"
    assert values(run(stage, text, "hi")) == [("कल", "2024-11-11"), ("शुक्रवार", "2024-11-15")]
    text = "3 दिसंबर को जब उन्होंने घोषणा की थी तो विरोध शुरू हो गए थे।"
    assert values(run(stage, text, "hi", datetime(2024, 12, 14))) == [("3 दिसंबर", "2024-12-03")]


def test_english_future_weekday_is_the_next_one(stage: DateStage) -> None:
    text = "Shoigu met Wang on Friday.\nShoigu will meet Xi on Friday.\nTalks are expected to start Monday."
    assert values(run(stage, text, "en")) == [
        ("Friday", "2024-11-08"),
        ("Friday", "2024-11-15"),
        ("Monday", "2024-11-18"),
    ]


def test_future_week_and_past_week(stage: DateStage) -> None:
    [next_week] = run(stage, "वह अगले सप्ताह चीन जाएंगे।", "hi")
    [last_week] = run(stage, "पिछले हफ्ते बातचीत हुई।", "hi")
    assert (next_week.value, next_week.end_value) == ("2024-11-18", "2024-11-24")
    assert (last_week.value, last_week.end_value) == ("2024-11-04", "2024-11-10")


# ------------------------------------------------------------------------------ what is not a date


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hi", "कलकत्ता में कलाकारों ने प्रदर्शन किया।"),  # कल inside words
        ("hi", "आज-कल लोग बहुत व्यस्त हैं।"),  # "nowadays"
        ("hi", "हजारों लोग मार्च में शामिल हुए।"),  # a protest march
        ("hi", "नेशनल असेंबली के सदस्यों ने 204 वोट डाले।"),
        ("en", "He may visit soon, and protesters will march on."),
        ("en", "The Mayor spoke to the Todayshow host."),
        ("en", "The 19th session opened on the 75th anniversary of ties."),
        ("en", "Russia Today reported that the Airshow China 2024 opened."),
        ("en", "A total of 2000 troops arrived, up by 2010 from March."),  # counts, not years
        ("hi", "हमले में 2000 से अधिक लोग मारे गए।"),
    ],
)
def test_no_date_inside_words_or_in_lookalikes(stage: DateStage, lang: str, text: str) -> None:
    assert run(stage, text, lang) == []


def test_ambiguous_month_names_count_with_a_day_or_year(stage: DateStage) -> None:
    text = "They met on May 5 and again in March 2023."
    assert values(run(stage, text, "en")) == [("May 5", "2024-05-05"), ("March 2023", "2023-03")]
    assert values(run(stage, "यह 4 मई को हुआ।", "hi")) == [("4 मई", "2024-05-04")]


def test_devanagari_digits_and_number_words(stage: DateStage) -> None:
    text = "२८ दिसंबर को हमला हुआ था, और पाँच दिन पहले भी।"
    assert values(run(stage, text, "hi", datetime(2025, 1, 3))) == [
        ("२८ दिसंबर", "2024-12-28"),
        ("पाँच दिन पहले", "2024-12-29"),
    ]


def test_range_keeps_start_and_end(stage: DateStage) -> None:
    [mention] = run(stage, "महासचिव 20 से 22 अक्टूबर तक फिनलैंड की यात्रा करेंगे।", "hi", datetime(2024, 10, 19))
    assert (mention.text, mention.value, mention.end_value) == ("20 से 22 अक्टूबर", "2024-10-20", "2024-10-22")


def test_no_publication_date_keeps_wording_with_null_value(stage: DateStage) -> None:
    mentions = run(stage, "मंगलवार को बैठक हुई। 12 नवंबर 2024 को घोषणा हुई।", "hi", published=None)
    assert [(m.text, m.value, m.precision) for m in mentions] == [
        ("मंगलवार", None, None),
        ("12 नवंबर 2024", "2024-11-12", "day"),
    ]


# ----------------------------------------------------------------------------------- the caption


def test_caption_dates_are_not_extracted(stage: DateStage) -> None:
    text = "FILE PHOTO: Sergei Shoigu in Moscow, May 15, 2024.\nShoigu met Wang Yi on Tuesday."
    mentions = run(stage, text, "en", kinds=("caption", "body"))
    assert values(mentions) == [("Tuesday", "2024-11-12")]
    assert mentions[0].sentence == 1


def test_sentence_language_overrides_the_document_language(stage: DateStage) -> None:
    text = "बैठक 12 नवंबर को हुई।\nThe talks ended on Tuesday."
    doc = Document(
        id="t",
        raw=text,
        clean=text,
        sentences=[Sentence(0, 20), Sentence(21, len(text), "body", "en")],
        lang="hi",
        published=PUB,
    )
    assert values(stage(doc).dates or []) == [("12 नवंबर", "2024-11-12"), ("Tuesday", "2024-11-12")]


def test_stage_contract(stage: DateStage) -> None:
    assert stage.requires == {"clean", "sentences", "lang", "published"}
    assert stage.assigns == {"dates"}
    with pytest.raises(InputError, match="sentences"):
        stage(Document(id="t", raw="x", clean="x"))


# ------------------------------------------------------------------------------------ dev corpus


@pytest.fixture(scope="module")
def corpus(stage: DateStage) -> dict[str, Document]:
    resources = Resources.load()
    pipeline = Pipeline([*build_pipeline(resources).stages, stage])
    docs: dict[str, Document] = {}
    for item in iter_documents([str(CORPUS / "articles")]):
        assert isinstance(item, Document), item
        docs[item.id] = pipeline(item)
    return docs


def test_offsets_are_exact_on_every_dev_article(corpus: dict[str, Document]) -> None:
    assert len(corpus) >= 20
    for doc in corpus.values():
        assert doc.clean is not None and doc.dates is not None and doc.sentences is not None
        for mention in doc.dates:
            assert doc.clean[mention.start : mention.end] == mention.text
            assert mention.sentence is not None
            sentence = doc.sentences[mention.sentence]
            assert sentence.start <= mention.start < mention.end <= sentence.end
            assert sentence.kind != "caption"


def test_canonical_example(corpus: dict[str, Document]) -> None:
    doc = corpus["hi_00_vietnamvn_shoigu_wangyi"]
    assert doc.dates is not None and doc.sentences is not None
    # "12 नवंबर" appears in a body sentence and in the photo caption; only the body one is a mention
    assert [(m.text, m.value, m.precision) for m in doc.dates] == [("12 नवंबर", "2024-11-12", "day")]
    assert doc.sentences[doc.dates[0].sentence or 0].kind == "body"


def test_gold_event_dates_are_found(corpus: dict[str, Document]) -> None:
    """Every gold event with a date and its wording: a mention with that wording resolves to it."""
    checked = hits = 0
    for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        doc = corpus[Path(record["file"]).stem]
        for event in record["events"]:
            if not (event.get("date") and event.get("date_text")):
                continue
            checked += 1
            wording = event["date_text"].split(" (")[0].split(" / ")[0]
            found = {m.value for m in doc.dates or [] if m.text == wording}
            hits += event["date"] in found
    assert checked >= 10
    assert hits / checked >= 0.9, f"{hits}/{checked} gold event dates found"  # 12/12 when written
