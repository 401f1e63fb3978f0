"""Property: for any input, cleaning never raises and only ever deletes, with exact offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.langpacks import load_language_packs
from khabar.model import Document
from khabar.stages.clean import WHITESPACE_KIND, CleanStage, is_blank

STAGE = CleanStage(load_language_packs())  # built once; the stage holds no per-document state

SNIPPETS = [
    "[विज्ञापन_2]",
    "[ad_1]",
    "टिप्पणी (0)",
    "Comments (3)",
    "स्रोत: https://thanhnien.vn/a-185241112164938635.htm",
    "Source: AFP",
    "ये भी पढ़ें: ",
    "पढ़ें: ",
    "Also read:",
    "Thank you for reading this post, don't forget to subscribe!",
    "Left Menu",
    "17.1 C",
    "HOME > NATIONAL > Article",
    "HEADLINES",
    "x.jpg",
    "”/>",
    "<br/>",
    "&nbsp;",
    "&amp;",
    "(This story has not been edited by staff and is auto-generated from a syndicated feed.)",
    "https://example.com/a",
    "(ललिता)",
    "श्री शोइगु ने कहा कि रूस तैयार है।",
    "Shoigu met Wang Yi in Beijing.",
]
BREAKS = ["\n", "\n\n", "\r\n", "\r", "\u2028", " ", "\t", "\u200b", "\ufeff"]
DEVANAGARI = st.text(alphabet=st.characters(min_codepoint=0x900, max_codepoint=0x97F), max_size=20)

pieces = st.one_of(st.text(max_size=30), st.sampled_from(SNIPPETS), st.sampled_from(BREAKS), DEVANAGARI)
texts = st.lists(pieces, max_size=25).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_cleaning_only_deletes_and_records_every_deletion(raw: str) -> None:
    doc = STAGE(Document(id="p", raw=raw))
    assert doc.clean is not None and doc.offset_map is not None and doc.removed is not None
    assert doc.offset_map.clean_length == len(doc.clean)
    # every clean character is the same character in the raw text, in order
    positions = [doc.offset_map.to_raw(i) for i in range(len(doc.clean))]
    assert positions == sorted(set(positions))
    assert all(raw[p] == c for p, c in zip(positions, doc.clean, strict=True))
    # every removed span says exactly what it removed; spans are ordered and disjoint
    previous_end = 0
    for span in doc.removed:
        assert span.text == raw[span.start : span.end]
        assert previous_end <= span.start < span.end
        previous_end = span.end
        if span.kind == WHITESPACE_KIND:
            assert all(is_blank(c) for c in span.text)
    # kept and removed characters together are the whole raw text
    assert sum(s.end - s.start for s in doc.removed) + len(doc.clean) == len(raw)
    assert not set(positions) & {i for s in doc.removed for i in range(s.start, s.end)}
    # tidy edges, no long runs of blank lines
    if doc.clean:
        assert not is_blank(doc.clean[0]) and not is_blank(doc.clean[-1])
    assert "\n\n\n" not in doc.clean
    assert all(isinstance(line, str) for line in doc.source_lines or [])
