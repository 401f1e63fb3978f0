"""Readers: every input kind, and a clear per-item error for every kind of bad input."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from khabar.model import Document, ItemError
from khabar.readers import ReadOptions, iter_documents

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "articles"

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Shoigu meets Wang Yi | Example News</title>
<link rel="canonical" href="https://news.example.com/2024/11/12/shoigu-wang-yi">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-11-12T16:49:38+07:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Shoigu meets Wang Yi in Beijing</h1>
<p>Sergei Shoigu, Secretary of the Russian Security Council, met Chinese Foreign Minister Wang Yi in
Beijing on 12 November, TASS reported.</p>
<p>The two sides agreed to deepen cooperation and criticised what they called the US policy of
containment in the region, according to a statement released after the talks.</p>
</article><footer>Comments (0)</footer></body></html>
"""


def read(*inputs: str | Path, **kwargs: object) -> list[Document | ItemError]:
    return list(iter_documents([str(i) for i in inputs], **kwargs))  # type: ignore[arg-type]


def one(*inputs: str | Path, **kwargs: object) -> Document | ItemError:
    items = read(*inputs, **kwargs)
    assert len(items) == 1, items
    return items[0]


def error(*inputs: str | Path, **kwargs: object) -> ItemError:
    item = one(*inputs, **kwargs)
    assert isinstance(item, ItemError), item
    return item


def document(*inputs: str | Path, **kwargs: object) -> Document:
    item = one(*inputs, **kwargs)
    assert isinstance(item, Document), item
    return item


# --- text files ---------------------------------------------------------------------------------------


def test_text_file_keeps_raw_exactly(tmp_path: Path) -> None:
    raw = "पहली पंक्ति\r\nदूसरी पंक्ति  \n\n  last line without newline"
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    doc = document(path)
    assert doc.raw == raw
    assert doc.id == "a"
    assert doc.origin == str(path)
    assert doc.url is None and doc.hint_published is None and doc.hint_published_basis is None


def test_text_file_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHello world\n")
    assert document(path).raw == "Hello world\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_text_file_with_utf16_or_utf32_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    text = "नमस्ते, world\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    assert document(path).raw == text


def test_sidecar_metadata(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Body text.\n", encoding="utf-8")
    (tmp_path / "story.json").write_text(
        json.dumps(
            {
                "id": "custom-id",
                "url": "https://example.com/story",
                "outlet": "Example",
                "published": "2024-11-12",
                "lang": "en",
                "title": "A story",
            }
        ),
        encoding="utf-8",
    )
    doc = document(tmp_path / "story.txt")
    assert (doc.id, doc.url, doc.hint_outlet, doc.hint_lang, doc.title) == (
        "custom-id",
        "https://example.com/story",
        "Example",
        "en",
        "A story",
    )
    assert doc.hint_published == "2024-11-12"
    assert doc.hint_published_basis == "reader"


def test_sidecar_corpus_keys_and_no_invented_url(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Body.", encoding="utf-8")
    (tmp_path / "a.json").write_text(
        json.dumps(
            {"source_url": None, "original_source_url": "https://x.example/1", "pub_date": "2024-01-02"}
        ),
        encoding="utf-8",
    )
    doc = document(tmp_path / "a.txt")
    assert doc.url is None
    assert doc.hint_published == "2024-01-02"
    assert doc.id == "a"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "malformed JSON"),
        ("[1, 2]", "expected a JSON object, got an array"),
        ('{"url": 5}', "field 'url' must be a string"),
    ],
)
def test_bad_sidecar_is_an_item_error(tmp_path: Path, content: str, problem: str) -> None:
    (tmp_path / "a.txt").write_text("Body.", encoding="utf-8")
    (tmp_path / "a.json").write_text(content, encoding="utf-8")
    err = error(tmp_path / "a.txt")
    assert err.origin == str(tmp_path / "a.txt")
    assert "sidecar a.json" in err.message and problem in err.message


def test_dev_corpus_reads_with_sidecars() -> None:
    texts = sorted(CORPUS.glob("*.txt"))
    assert len(texts) == 21
    items = read(CORPUS)
    assert all(isinstance(i, Document) for i in items), [i for i in items if isinstance(i, ItemError)]
    docs = {d.id: d for d in items if isinstance(d, Document)}
    assert sorted(docs) == [p.stem for p in texts]  # sidecar .json files are not inputs themselves
    for path in texts:
        sidecar = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        doc = docs[path.stem]
        assert doc.raw == path.read_text(encoding="utf-8-sig")
        assert doc.url == sidecar["source_url"]
        assert doc.hint_published == sidecar["pub_date"]
        assert doc.hint_lang == sidecar["lang"]
        assert doc.hint_outlet == sidecar["outlet"]
    assert docs["hi_00_vietnamvn_shoigu_wangyi"].url is None  # only original_source_url is known


# --- HTML -------------------------------------------------------------------------------------------


def test_html_file_extracts_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    doc = document(path)
    assert "Sergei Shoigu" in doc.raw and "containment" in doc.raw
    assert "<p>" not in doc.raw and "Home" not in doc.raw
    assert doc.url == "https://news.example.com/2024/11/12/shoigu-wang-yi"
    assert doc.hint_outlet == "Example News"
    assert doc.hint_published == "2024-11-12"
    assert doc.hint_published_basis == "html_meta"
    assert doc.hint_lang == "en"
    assert doc.title and "Shoigu" in doc.title
    assert doc.id == "page"


def test_html_sidecar_overrides_page_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.htm").write_text(ARTICLE_HTML, encoding="utf-8")
    (tmp_path / "page.json").write_text('{"published": "2024-11-13", "outlet": "Wire"}', encoding="utf-8")
    doc = document(tmp_path / "page.htm")
    assert (doc.hint_published, doc.hint_published_basis, doc.hint_outlet) == ("2024-11-13", "reader", "Wire")


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    html = ARTICLE_HTML.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Beijing on", "Beijing café on"
    )
    path = tmp_path / "legacy.html"
    path.write_bytes(html.encode("windows-1252"))
    assert "café" in document(path).raw


def test_html_without_text_is_an_item_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><script>var a;</script></body></html>")
    err = error(path)
    assert err.origin == str(path)
    assert "no article text" in err.message


# --- JSONL ------------------------------------------------------------------------------------------


def test_jsonl_with_bad_lines_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": "First article.", "url": "https://a.example/1", "published": "2024-11-12"}),
        "{broken json",
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"url": "https://a.example/no-text"}),
        json.dumps({"text": 42}),
        json.dumps({"text": "   "}),
        json.dumps({"html": ARTICLE_HTML, "id": "html-one", "lang": "hi"}),
        json.dumps({"text": "Last article.", "id": "last", "title": "T", "outlet": "O"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    kinds = [type(i).__name__ for i in items]
    assert kinds == [
        "Document",
        "ItemError",
        "ItemError",
        "ItemError",
        "ItemError",
        "ItemError",
        "Document",
        "Document",
    ]
    first, html_doc, last = (i for i in items if isinstance(i, Document))
    assert (first.id, first.origin, first.url) == ("batch:1", f"{path}:1", "https://a.example/1")
    assert first.hint_published_basis == "reader"
    assert html_doc.id == "html-one" and "Sergei Shoigu" in html_doc.raw and html_doc.hint_lang == "hi"
    assert html_doc.hint_published_basis == "html_meta"
    assert (last.id, last.title, last.hint_outlet) == ("last", "T", "O")
    errors = {i.origin: i.message for i in items if isinstance(i, ItemError)}
    assert "malformed JSON" in errors[f"{path}:2"]
    assert "expected a JSON object, got an array" in errors[f"{path}:4"]
    assert "no 'text' or 'html'" in errors[f"{path}:5"]
    assert "'text' must be a string, not a number" in errors[f"{path}:6"]
    assert "'text' is empty" in errors[f"{path}:7"]


def test_jsonl_invalid_utf8_and_long_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    long_text = "y" * 200
    path.write_bytes(
        b'\xef\xbb\xbf{"text": "ok one"}\n'
        + b'{"text": "bad \xff byte"}\n'
        + json.dumps({"text": long_text}).encode()
        + b"\n"
        + b'{"text": "ok two"}'
    )
    items = read(path, options=ReadOptions(max_bytes=100))
    assert [type(i).__name__ for i in items] == ["Document", "ItemError", "ItemError", "Document"]
    assert items[0].raw == "ok one" and items[3].raw == "ok two"  # type: ignore[union-attr]
    assert items[1].origin == f"{path}:2" and "not valid UTF-8" in items[1].message  # type: ignore[union-attr]
    assert items[2].origin == f"{path}:3" and "line too long" in items[2].message  # type: ignore[union-attr]


# --- directories ------------------------------------------------------------------------------------


def test_directory_batch_with_broken_files(tmp_path: Path) -> None:
    (tmp_path / "b_good.txt").write_text("Good article B.", encoding="utf-8")
    (tmp_path / "a_good.txt").write_text("Good article A.", encoding="utf-8")
    (tmp_path / "c_latin1.txt").write_bytes("café crème".encode("latin-1"))
    (tmp_path / "d_empty.txt").write_bytes(b"")
    (tmp_path / "e_blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("skipped silently")
    (tmp_path / ".hidden.txt").write_text("hidden file")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("hidden dir")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "z.txt").write_text("Nested article.", encoding="utf-8")
    items = read(tmp_path)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ItemError)]
    assert [d.id for d in docs] == ["a_good", "b_good", "sub/z"]  # sorted, recursive, ids relative
    assert [(Path(e.origin).name, e.message) for e in errors] == [
        ("c_latin1.txt", "not valid UTF-8 text (byte 0xe9 at offset 3)"),
        ("d_empty.txt", "empty file"),
        ("e_blank.txt", "file contains only whitespace"),
    ]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_directory_symlinks(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "o.txt").write_text("Outside article.", encoding="utf-8")
    root = tmp_path / "root"
    root.mkdir()
    (root / "link").symlink_to(outside, target_is_directory=True)
    (root / "loop").symlink_to(root, target_is_directory=True)
    skipped = read(root)
    assert all(isinstance(i, ItemError) and "symbolic link skipped" in i.message for i in skipped)
    assert len(skipped) == 2
    followed = read(root, options=ReadOptions(follow_symlinks=True))
    assert [i.id for i in followed if isinstance(i, Document)] == ["link/o"]  # the loop is not walked twice
    assert not [i for i in followed if isinstance(i, ItemError)]


# --- bad paths ----------------------------------------------------------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    err = error(tmp_path / "nope.txt")
    assert err.origin == str(tmp_path / "nope.txt") and err.message == "no such file or directory"


def test_unknown_extension_named_explicitly(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    err = error(path)
    assert err.message == "unknown format '.pdf'; expected .txt, .html, .htm, .jsonl"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary file" in error(path).message


def test_mostly_control_bytes_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "ctl.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 10 + b"abc")
    assert "binary file" in error(path).message


def test_oversized_file(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 101, encoding="utf-8")
    err = error(path, options=ReadOptions(max_bytes=100))
    assert err.message == "too large (101 bytes; the limit is 100)"
    exact = tmp_path / "exact.txt"
    exact.write_text("x" * 100, encoding="utf-8")
    assert document(exact, options=ReadOptions(max_bytes=100)).raw == "x" * 100


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("secret", encoding="utf-8")
    path.chmod(0)
    try:
        assert error(path).message == "permission denied"
    finally:
        path.chmod(0o600)


def test_unreadable_file_reports_and_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Runs as root too (where chmod does not stop reading): the open() of one file fails.
    (tmp_path / "a.txt").write_text("Readable.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Locked.", encoding="utf-8")
    real_open = Path.open

    def fake_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", fake_open)
    items = read(tmp_path)
    assert isinstance(items[0], Document) and items[0].id == "a"
    assert items[1] == ItemError(str(tmp_path / "b.txt"), "permission denied")


# --- standard input ---------------------------------------------------------------------------------


def test_stdin_text() -> None:
    doc = document("-", stdin=io.BytesIO("\ufeffसमाचार पाठ\r\n".encode()))
    assert (doc.id, doc.origin, doc.raw) == ("stdin", "-", "समाचार पाठ\r\n")


def test_stdin_html() -> None:
    doc = document("-", stdin=io.BytesIO(("\n  " + ARTICLE_HTML).encode()))
    assert "Wang Yi" in doc.raw and doc.hint_outlet == "Example News" and doc.id == "stdin"


def test_stdin_jsonl() -> None:
    data = b'{"text": "one"}\nnot json\n{"text": "three", "id": "t"}\n'
    items = read("-", stdin=io.BytesIO(data))
    assert [type(i).__name__ for i in items] == ["Document", "ItemError", "Document"]
    assert (items[0].id, items[0].origin) == ("stdin:1", "-:1")  # type: ignore[union-attr]
    assert items[1].origin == "-:2"
    assert items[2].id == "t"  # type: ignore[union-attr]


def test_stdin_text_starting_with_brace_is_text() -> None:
    doc = document("-", stdin=io.BytesIO(b"{not a json object} but an article\nsecond line"))
    assert doc.raw.startswith("{not a json")


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty input"), (b"\xff\xfeabc", "not valid UTF-16"), (b"a\xffb", "not valid UTF-8")],
)
def test_stdin_bad(data: bytes, message: str) -> None:
    err = error("-", stdin=io.BytesIO(data))
    assert err.origin == "-" and message in err.message


def test_stdin_too_large() -> None:
    err = error("-", stdin=io.BytesIO(b"x" * 50), options=ReadOptions(max_bytes=10))
    assert "too large" in err.message


def test_mixed_inputs_keep_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    items = read(tmp_path / "missing.txt", "-", tmp_path / "a.txt", stdin=io.BytesIO(b"From stdin."))
    assert [type(i).__name__ for i in items] == ["ItemError", "Document", "Document"]
    assert [getattr(i, "id", None) for i in items] == [None, "stdin", "a"]
