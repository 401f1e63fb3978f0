"""Metadata stage: outlet, original URL and publication date (URL patterns, datelines, precedence)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.errors import LanguagePackError
from khabar.langpacks import LanguagePacks, load_language_packs
from khabar.model import Document
from khabar.stages.metadata import MetadataStage, date_from_url, first_url, outlet_from_url

MAX_YEAR = 2026
THANHNIEN = "https://thanhnien.vn/nga-trung-quoc-nhan-manh-no-luc-chung-chong-vong-kiem-toa-cua-my-185241112164938635.htm"
SPUTNIK = (
    "https://sputnikglobe.com/20241112/russia-china-relations-one-of-pillars-of-global-politics-security"
    "---shoigu-during-meeting-with-yi-1120859762.html"
)


@pytest.fixture(scope="module")
def stage(packs: LanguagePacks) -> MetadataStage:
    return MetadataStage(packs, today=date(2025, 12, 31))


def make_doc(
    clean: str = "",
    *,
    url: str | None = None,
    source_lines: list[str] | None = None,
    hint: str | None = None,
    hint_basis: str | None = None,
    hint_outlet: str | None = None,
) -> Document:
    return Document(
        id="t",
        raw=clean,
        url=url,
        hint_published=hint,
        hint_published_basis=hint_basis,
        hint_outlet=hint_outlet,
        clean=clean,
        removed=[],
        source_lines=source_lines or [],
    )


# ------------------------------------------------------------------------------------------ URL dates


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/2024/11/12/story", datetime(2024, 11, 12)),
        ("https://example.com/news/2024-11-12/story", datetime(2024, 11, 12)),
        ("https://en.webangah.ir/2024-11-11/news=222049", datetime(2024, 11, 11)),
        ("https://hindi.cri.cn/2023/05/05/ARTIC1369WoyKYYNVuDTTYzJ230505.shtml", datetime(2023, 5, 5)),
        ("http://hindi.cri.cn/1153/2016/09/06/1s201694.htm", datetime(2016, 9, 6)),
        ("http://en.people.cn/n3/2024/0911/c90000-20217594.html", datetime(2024, 9, 11)),
        (SPUTNIK, datetime(2024, 11, 12)),
        ("https://example.com/world/summit-20241112-report", datetime(2024, 11, 12)),
        (THANHNIEN, datetime(2024, 11, 12, 16, 49, 38)),
        (
            "https://p-hindi.webdunia.com/international-hindi-news/kim-jong-un-117021300060_1.html",
            datetime(2017, 2, 13),
        ),
        # not dates
        ("https://menafn.com/1108879997/Senior-Chinese-Russian-presidents-conduct-security", None),
        ("https://example.com/contact/+91-9876543210", None),
        ("https://example.com/call-2024-555-0199", None),
        ("https://jen-f.jiji.com/jc/eng?g=eco&k=2025062300064", None),
        ("https://example.com/2024/13/45/story", None),
        ("https://example.com/2023/02/29/story", None),
        ("https://example.com/story-20241345", None),
        ("https://example.com/a/20301112/", None),  # after MAX_YEAR
        ("https://example.com/a/18991112/", None),
        ("https://example.com/x-185991332164938635.htm", None),  # 18 digits, month 99
        ("https://example.com/kim-jong-un-117021300060_1.html", None),  # Webdunia scheme, other site
        (
            "https://jantaserishta.com/amp/world/eu-to-impose-new-sanctions-on-russia-by-february-24-1995918",
            None,
        ),
        ("https://www.hurriyetdailynews.com/china-russia-must-fight-us-containment-202526", None),
        ("https://rajneetiguru.com/%e0%a4%9c%e0%a4%b0%e0%a5%8d%e0%a4%ae%e0%a4%a8/", None),
        ("", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: datetime | None) -> None:
    found = date_from_url(url, max_year=MAX_YEAR)
    assert (found.value if found else None) == expected


def test_thanhnien_id_gives_time_of_day() -> None:
    found = date_from_url(THANHNIEN, "original_url", max_year=MAX_YEAR)
    assert found is not None
    assert (found.value, found.has_time, found.basis) == (
        datetime(2024, 11, 12, 16, 49, 38),
        True,
        "original_url",
    )
    plain = date_from_url("https://example.com/2024/11/12/x", max_year=MAX_YEAR)
    assert plain is not None and not plain.has_time


# ---------------------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("text", "expected", "has_time"),
    [
        (
            "छिन कांग ने रूसी विदेश मंत्री से मुलाकात की\n\n2023-05-05 10:03:16\n\nचीनी …",
            datetime(2023, 5, 5, 10, 3, 16),
            True,
        ),
        ("शी चिनफिंग की एंजेला मर्केल से भेंट\n2016-09-06 12:30:28 cri\n", datetime(2016, 9, 6, 12, 30, 28), True),
        (
            "Title\n\nXinhua) 08:27, September 11, 2024\n\nST. PETERSBURG, Sept. 10 (Xinhua) -- China …",
            datetime(2024, 9, 11, 8, 27),
            True,
        ),
        ("मई 3, 2024\n\nRajneeti Guru\n", datetime(2024, 5, 3), False),
        (
            "NEW DELHI, Nov. 12, 2024 (PTI) -- The minister said on Tuesday that talks would go on.",
            datetime(2024, 11, 12),
            False,
        ),
        (
            "नई दिल्ली, 12 नवंबर 2024 (भाषा)। विदेश मंत्री ने मंगलवार को कहा कि बातचीत जारी रहेगी।",
            datetime(2024, 11, 12),
            False,
        ),
        ("नई दिल्ली, १२ नवंबर २०२४ (भाषा)। विदेश मंत्री ने कहा।", datetime(2024, 11, 12), False),
        ("Posted: November 12, 2024, 7:30 PM\nBody", datetime(2024, 11, 12, 19, 30), True),
        ("12 \u095eरवरी 2024\n", datetime(2024, 2, 12), False),  # nukta precomposed
        ("12 \u092b\u093cरवरी 2024\n", datetime(2024, 2, 12), False),  # nukta as a combining mark
        ("Updated 12.11.2024\n", datetime(2024, 11, 12), False),
        ("Staatsbesuch – DW – 10/25/2022\n", datetime(2022, 10, 25), False),
        # a republisher's page date above the original's date: the earliest header date wins
        ("मई 3, 2024\n\nस्टीनमीयर ने कीव का दौरा किया – डीडब्ल्यू – 10/25/2022\n", datetime(2022, 10, 25), False),
        # no year: not enough on its own
        ("बीजिंग, 15 जनवरी (Udaipur Kiran) । श्रीलंका के राष्ट्रपति …", None, False),
        (
            "   Tokyo, June 22 (Jiji Press)--Japanese Prime Minister Shigeru Ishiba on Sunday called …",
            None,
            False,
        ),
        ("यरुशलम (इज़राइल), 12 फरवरी: इज़राइल के प्रधानमंत्री बेंजामिन नेतन्याहू ने 11 फरवरी को कहा", None, False),
        # ambiguous day/month order
        ("03/05/2022\n", None, False),
        # a date inside a running sentence is not a dateline
        (
            "The treaty signed on November 12, 2024 was ratified by parliament after a long debate today.",
            None,
            False,
        ),
        (
            "ब्रिक्स देशों ने 12 नवंबर 2024 को हुई बैठक में कई समझौतों पर हस्ताक्षर किए और साझा बयान जारी किया।",
            None,
            False,
        ),
        # dates in URLs inside the text are the URL stage's business
        ("See https://example.com/2024/11/12/story\n", None, False),
        # too far down to be a header
        ("\n".join(["Line"] * 12) + "\n2024-11-12\n", None, False),
        ("", None, False),
    ],
)
def test_dateline(stage: MetadataStage, text: str, expected: datetime | None, has_time: bool) -> None:
    doc = stage(make_doc(text))
    assert doc.published == expected
    if expected is not None:
        assert doc.published_basis == "dateline"
        assert doc.published_precision == ("datetime" if has_time else "date")
    else:
        assert doc.published_basis is None and doc.published_precision is None


# --------------------------------------------------------------------------------------- precedence


def test_reader_hint_beats_everything(stage: MetadataStage) -> None:
    doc = stage(
        make_doc(
            "2020-01-01 10:00:00\nBody",
            url="https://example.com/2021/02/02/x",
            source_lines=["https://example.com/2022/03/03/y"],
            hint="2024-01-02",
            hint_basis="html_meta",
        )
    )
    assert (doc.published, doc.published_precision, doc.published_basis) == (
        datetime(2024, 1, 2),
        "date",
        "html_meta",
    )


def test_url_beats_original_url_beats_dateline(stage: MetadataStage) -> None:
    text = "2020-01-01\nBody"
    both = stage(
        make_doc(
            text, url="https://example.com/2021/02/02/x", source_lines=["https://other.org/2022/03/03/y"]
        )
    )
    assert (both.published, both.published_basis) == (datetime(2021, 2, 2), "url")
    original = stage(
        make_doc(text, url="https://example.com/x", source_lines=["https://other.org/2022/03/03/y"])
    )
    assert (original.published, original.published_basis) == (datetime(2022, 3, 3), "original_url")
    dateline = stage(make_doc(text, url="https://example.com/x"))
    assert (dateline.published, dateline.published_basis) == (datetime(2020, 1, 1), "dateline")


def test_unparseable_or_yearless_hint_falls_through(stage: MetadataStage) -> None:
    for hint in ("not a date", "15 जनवरी", "2024-13-45", "   "):
        doc = stage(make_doc("", url="https://example.com/2021/02/02/x", hint=hint))
        assert (doc.published, doc.published_basis) == (datetime(2021, 2, 2), "url"), hint


def test_time_on_the_same_day_refines_a_date(stage: MetadataStage) -> None:
    same_day = stage(make_doc("2023-05-05 10:03:16\nBody", url="https://hindi.cri.cn/2023/05/05/A.shtml"))
    assert (same_day.published, same_day.published_precision, same_day.published_basis) == (
        datetime(2023, 5, 5, 10, 3, 16),
        "datetime",
        "dateline",
    )
    other_day = stage(make_doc("2023-05-04 10:03:16\nBody", url="https://hindi.cri.cn/2023/05/05/A.shtml"))
    assert (other_day.published, other_day.published_precision, other_day.published_basis) == (
        datetime(2023, 5, 5),
        "date",
        "url",
    )


@pytest.mark.parametrize(
    ("hint", "expected", "precision"),
    [
        ("2024-11-12T16:49:38+07:00", datetime(2024, 11, 12, 16, 49, 38), "datetime"),  # wall time kept
        ("2024-11-12T16:49:38Z", datetime(2024, 11, 12, 16, 49, 38), "datetime"),
        ("Tue, 12 Nov 2024 16:49:38 +0700", datetime(2024, 11, 12, 16, 49, 38), "datetime"),
        ("2024-11-12", datetime(2024, 11, 12), "date"),
        ("12 नवंबर 2024", datetime(2024, 11, 12), "date"),
        ("मंगलवार, 12 नवंबर 2024, 04:49 PM IST", datetime(2024, 11, 12, 16, 49), "datetime"),
        ("Tuesday 12th of November 2024", datetime(2024, 11, 12), "date"),  # via dateparser
        ("12-Nov-2024", datetime(2024, 11, 12), "date"),
    ],
)
def test_reader_hint_forms(stage: MetadataStage, hint: str, expected: datetime, precision: str) -> None:
    doc = stage(make_doc("", hint=hint))
    assert (doc.published, doc.published_precision, doc.published_basis) == (expected, precision, "reader")
    assert doc.published is not None and doc.published.tzinfo is None


# ------------------------------------------------------------------------------- outlet, original URL


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        (THANHNIEN, "thanhnien.vn"),
        ("https://www.thanhnien.vn/x", "thanhnien.vn"),
        (SPUTNIK, "sputnikglobe.com"),
        ("https://m.example.com/x", "example.com"),
        ("https://amp.example.co.uk/x", "example.co.uk"),
        ("HTTPS://WWW.Example.COM:8080/x", "example.com"),
        ("http://en.people.cn/n3/2024/0911/c90000-20217594.html", "en.people.cn"),
        ("www.example.com/x", "example.com"),
        ("https://www.com/", "www.com"),  # nothing left to strip to
        ("", None),
        (None, None),
    ],
)
def test_outlet_from_url(url: str | None, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet


def test_outlet_precedence(stage: MetadataStage) -> None:
    assert stage(make_doc(url=SPUTNIK, hint_outlet="Sputnik International")).outlet == "Sputnik International"
    assert stage(make_doc(url=SPUTNIK)).outlet == "sputnikglobe.com"
    assert stage(make_doc(source_lines=[THANHNIEN])).outlet == "thanhnien.vn"
    assert stage(make_doc()).outlet is None


def test_original_url(stage: MetadataStage) -> None:
    assert first_url(["एएनआई", f"({THANHNIEN})."]) == THANHNIEN
    assert first_url(["एएनआई"]) is None
    assert first_url(None) is None
    doc = stage(make_doc(url="https://www.vietnam.vn/hi/x", source_lines=[THANHNIEN]))
    assert (doc.original_url, doc.url) == (THANHNIEN, "https://www.vietnam.vn/hi/x")
    # the page's own URL printed above the text is not an "original"
    assert stage(make_doc(url=SPUTNIK, source_lines=[SPUTNIK])).original_url is None
    assert stage(make_doc(url=None, source_lines=[SPUTNIK])).original_url == SPUTNIK


# ------------------------------------------------------------------------------------ pack validation


def test_malformed_month_table_is_reported(tmp_path) -> None:
    pack = tmp_path / "xx"
    pack.mkdir()
    (pack / "pack.toml").write_text('code = "xx"\nname = "X"\nscript = "Latn"\n', encoding="utf-8")
    (pack / "metadata.toml").write_text(
        'months = [["jan"]]\ndate_patterns = ["{month} {year}"]\n', encoding="utf-8"
    )
    with pytest.raises(LanguagePackError, match=r"xx/metadata\.toml: 'months' must be twelve"):
        MetadataStage(load_language_packs(tmp_path))


def test_pattern_without_year_is_reported(tmp_path) -> None:
    pack = tmp_path / "xx"
    pack.mkdir()
    (pack / "pack.toml").write_text('code = "xx"\nname = "X"\nscript = "Latn"\n', encoding="utf-8")
    months = ", ".join(f'["m{i}"]' for i in range(12))
    (pack / "metadata.toml").write_text(
        f'months = [{months}]\ndate_patterns = ["{{day}} {{month}}"]\n', encoding="utf-8"
    )
    with pytest.raises(LanguagePackError, match=r"needs \{month\} and \{year\}"):
        MetadataStage(load_language_packs(tmp_path))


# --------------------------------------------------------------------------------------- robustness


@settings(max_examples=150, deadline=None)
@given(
    clean=st.text(max_size=300),
    url=st.one_of(st.none(), st.text(max_size=80), st.from_regex(r"https?://[a-z.]{1,20}/[0-9/_-]{0,30}")),
    source=st.lists(st.text(max_size=60), max_size=3),
    hint=st.one_of(st.none(), st.text(max_size=40)),
)
def test_never_raises_and_dates_are_plausible(
    stage: MetadataStage, clean: str, url: str | None, source: list[str], hint: str | None
) -> None:
    doc = stage(make_doc(clean, url=url, source_lines=source, hint=hint))
    if doc.published is not None:
        assert doc.published.tzinfo is None
        assert 1900 <= doc.published.year <= 2026
        assert doc.published_precision in {"date", "datetime"}
        assert doc.published_basis
