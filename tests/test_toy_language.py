"""A third language is a folder: Toyish (tests/fixtures/packs/qaa, a made-up language written in the
Runic block of Unicode) runs through the whole pipeline — language, sentences, entities, a quote, an
event — with no change to khabar's code, only its pack directory given to khabar."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.api import Extractor
from khabar.errors import LanguagePackError
from khabar.langpacks import BUILTIN_DIR, load_language_packs
from khabar.model import Document
from khabar.plugins import Plugin, lookup, register
from khabar.resources import Resources

PACKS = Path(__file__).parent / "fixtures" / "packs"
# aldor brin ne mira tal se mila. mira tal ne sagt ki frid gut ist.
# (Aldor Brin met with Mira Tal. Mira Tal said that peace is good.)
ARTICLE = "ᚨᛚᛞᛟᚱ ᛒᚱᛁᚾ ᚾᛖ ᛗᛁᚱᚨ ᛏᚨᛚ ᛊᛖ ᛗᛁᛚᚨ᛭ ᛗᛁᚱᚨ ᛏᚨᛚ ᚾᛖ ᛊᚨᚷᛏ ᚲᛁ ᚠᚱᛁᛞ ᚷᚢᛏ ᛁᛊᛏ᛭"
SRC = Path(__file__).parent.parent / "src" / "khabar"


@pytest.fixture(scope="module")
def toyish() -> Document:
    extractor = Extractor(Resources.load(extra_pack_dirs=(PACKS,), parsers=False))
    return extractor.extract(ARTICLE, published="2026-01-02", id="toy")  # no language hint


def test_the_language_is_told_from_its_script(toyish: Document) -> None:
    assert (toyish.lang, toyish.script) == ("qaa", "Runr")  # the pack's scripts.toml names the script
    text = toyish.clean or ""
    assert [text[s.start : s.end] for s in toyish.sentences or []] == [
        "ᚨᛚᛞᛟᚱ ᛒᚱᛁᚾ ᚾᛖ ᛗᛁᚱᚨ ᛏᚨᛚ ᛊᛖ ᛗᛁᛚᚨ᛭",
        "ᛗᛁᚱᚨ ᛏᚨᛚ ᚾᛖ ᛊᚨᚷᛏ ᚲᛁ ᚠᚱᛁᛞ ᚷᚢᛏ ᛁᛊᛏ᛭",
    ]


def test_its_actors_are_found_and_linked(toyish: Document) -> None:
    text = toyish.clean or ""
    found = {e.kb_id: [text[m.start : m.end] for m in e.mentions] for e in toyish.entities or []}
    assert found == {"toy_aldor_brin": ["ᚨᛚᛞᛟᚱ ᛒᚱᛁᚾ"], "toy_mira_tal": ["ᛗᛁᚱᚨ ᛏᚨᛚ", "ᛗᛁᚱᚨ ᛏᚨᛚ"]}


def test_its_event_is_coded(toyish: Document) -> None:
    names = {e.id: e.name for e in toyish.entities or []}
    [event] = toyish.events or []
    assert (event.cameo, event.plover, event.status) == ("040", "CONSULT", "occurred")
    assert (names[event.source or ""], names[event.target or ""]) == ("Aldor Brin", "Mira Tal")
    assert (toyish.clean or "")[event.trigger.start : event.trigger.end] == "ᛗᛁᛚᚨ"


def test_its_quote_is_attributed(toyish: Document) -> None:
    text = toyish.clean or ""
    names = {e.id: e.name for e in toyish.entities or []}
    [quote] = toyish.quotes or []
    assert names[quote.speaker or ""] == "Mira Tal" and not quote.direct
    assert quote.cue is not None and text[quote.cue.start : quote.cue.end] == "ᛊᚨᚷᛏ"
    # The quote stage trims the sentence marks of the shipped scripts only (its punctuation sets are
    # module constants), so the Runic ᛭ stays at the end of the content.
    assert text[quote.start : quote.end].rstrip("᛭") == "ᚠᚱᛁᛞ ᚷᚢᛏ ᛁᛊᛏ"


def test_the_cli_takes_extra_packs_from_khabar_packs(tmp_path: Path) -> None:
    from khabar.cli import main

    article = tmp_path / "toy.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article)], env={"KHABAR_PACKS": str(PACKS)})
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[-1])
    assert record["lang"] == "qaa"
    assert [(e["cameo"], e["plover"]) for e in record["events"]] == [("040", "CONSULT")]


def test_no_engine_file_names_a_language() -> None:
    """Languages are chosen by the packs' [plugins], never by a language code in the code."""
    code = re.compile(r"""["'](?:hi|en)["']""")
    offenders = [
        f"{path.relative_to(SRC)}:{number}"
        for path in SRC.rglob("*.py")
        if "langpacks" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if code.search(line)
    ]
    assert offenders == []


def test_an_unknown_plugin_is_an_error_naming_the_pack(tmp_path: Path) -> None:
    pack = tmp_path / "qab"
    pack.mkdir()
    meta = 'code = "qab"\nname = "X"\nscript = "Runr"\n[plugins]\nmentions = "nope"\n'
    (pack / "pack.toml").write_text(meta, encoding="utf-8")
    with pytest.raises(LanguagePackError, match=r"qab/pack\.toml: unknown mentions plug-in 'nope'"):
        load_language_packs(BUILTIN_DIR, tmp_path)


def test_a_plugin_that_cannot_be_imported_is_an_error_not_a_fallback() -> None:
    register(Plugin("mentions", "missing-module", "khabar.no_such_module:Finder"))
    with pytest.raises(LanguagePackError, match="cannot be imported"):
        lookup("mentions", "missing-module").load("somewhere/pack.toml")
    assert lookup("mentions", "khabar.stages.mentions.finder:KbAliasFinder.plugin").load() is not None
