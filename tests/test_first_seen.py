"""First-seen cost (issue 13 item 2): work done once per distinct word form or data file, not per use."""

from __future__ import annotations

import tomllib

import pytest

from khabar.kb.generate import DATA_DIR, INDIA_PLACES_FILE
from khabar.kb.india import _state_ids, _states_table
from khabar.text.translit import Transliterator


def test_state_table_is_read_without_parsing_every_place() -> None:
    path = DATA_DIR / INDIA_PLACES_FILE
    text = path.read_text(encoding="utf-8")
    table = _states_table(text)
    assert len(table) < len(text) / 100  # the 36 state lines, not the thousands of places
    whole = tomllib.loads(text)["states"]
    assert tomllib.loads(table)["states"] == whole
    assert _state_ids(path) == {f"place:{place}": code for code, place in whole.items()}


@pytest.mark.parametrize(
    "text",
    [
        '[[place]]\nid = "x"\n\n[states]\ncg = "chhattisgarh"\n',  # states not first: whole text
        'title = "no tables"\n',
    ],
)
def test_state_table_falls_back_to_the_whole_file_for_another_layout(text: str) -> None:
    assert _states_table(text) == text


def test_state_table_stops_at_the_next_table() -> None:
    text = '# head\n[states]\ncg = "chhattisgarh"\n\n[[place]]\nid = "in_cg_kanker"\n'
    assert tomllib.loads(_states_table(text)) == {"states": {"cg": "chhattisgarh"}}


def test_a_word_is_transliterated_once_however_often_it_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    tr = Transliterator.from_packs(_packs())
    calls: list[str] = []
    original = Transliterator.acronym

    def counting(self: Transliterator, word: str) -> str | None:
        calls.append(word)
        return original(self, word)

    monkeypatch.setattr(Transliterator, "acronym", counting)
    first = [tr.to_latin("शोइगु और शोइगु"), tr.to_latin("शोइगु ने कहा")]
    assert first == ["shoigu aur shoigu", "shoigu ne kaha"]
    assert sorted(calls) == sorted(["शोइगु", "और", "ने", "कहा"])  # each distinct word once
    assert tr.to_latin("शोइगु", acronyms=False) == "shoigu"  # the other reading has its own entry
    assert len(calls) == 4
    # another transliterator keeps its own memo (its letter names may differ)
    other = Transliterator()
    other.to_latin("शोइगु")
    assert calls[-1] == "शोइगु" and len(calls) == 5


def _packs():  # type: ignore[no-untyped-def]
    from khabar.langpacks import load_language_packs

    return load_language_packs()
