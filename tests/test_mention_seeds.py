"""The Hindi mention finder's word facts computed ahead of time (stages/mentions/seeds.py, issue 13): each
seeded fact is what the memo's own function computes, and a seed file is read only by a finder whose
inputs (KB, pack files, code) hash to its key."""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from khabar.langpacks import LanguagePack, load_pack
from khabar.resources import Resources
from khabar.stages.mentions import seeds
from khabar.stages.mentions.pattern import HindiMentionFinder
from khabar.text import match_key
from khabar.text.english_phonetic import english_readings
from khabar.text.english_words import EnglishWords, decode_readings, encode_readings
from khabar.text.memo import SEED_SAME, UNSEEDED, TextMemo

# words of my own: ordinary words, a title, an honorific, names, an acronym, a loanword
_WORDS = ["सरकार", "मंत्री", "श्री", "राहुल", "कुमार", "भाजपा", "ने", "कहा", "पुलिस", "दिल्ली", "मोदी", "शहर"]


@pytest.fixture(scope="module")
def pack(resources: Resources) -> LanguagePack:
    return resources.packs.only_user("mentions", "pattern")


def test_memo_reads_its_seed_and_computes_the_rest() -> None:
    calls: list[str] = []

    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    memo: TextMemo[str] = TextMemo(shout, size=2)
    memo.seed({"ab": 0, "abc": 1, "AB": 2}, [2, 0, SEED_SAME], [UNSEEDED, None, "AB"])
    assert memo("ab") == "AB" and calls == []  # read from the seed
    assert memo("abc") == "ABC" and calls == ["abc"]  # code 0: computed
    assert memo("AB") == "AB" and calls == ["abc"]  # the word itself
    assert memo("x") == "X" and memo("ab") == "AB"  # cleared at the size bound, read from the seed again
    assert calls == ["abc", "x"]


def _seeded_value(memo: TextMemo[Any], word: str) -> Any:
    assert memo.seed_index is not None
    code = memo.seed_codes[memo.seed_index[word]]
    return word if code == SEED_SAME else memo.seed_palette[code]


def test_shipped_seeds_equal_what_the_memos_compute(
    resources: Resources, pack: LanguagePack, tmp_path: Path
) -> None:
    seeded = HindiMentionFinder(resources, pack)
    shipped = seeded.seeded
    if not shipped:
        # no current seed file (sources edited since `khabar kb build`): write and read one for a sample of
        # the same word list, so the stored facts are still compared with the computed ones
        listed = seeds.seed_words(pack, seeded.kb.alias_index)
        some = sorted(set(random.Random(17).sample(listed, 1_500)) | set(_WORDS))
        assert seeds.write_seeds(seeded, pack, tmp_path, some) is not None
        seeded = HindiMentionFinder(resources, pack)
        assert seeds.apply_seeds(seeded, pack, tmp_path)
    plain = HindiMentionFinder(resources, pack)
    for name in seeds.SEEDED_MEMOS:
        getattr(plain, name).seed_index = None  # compute every fact
    memo: TextMemo[Any] = seeded._key
    assert memo.seed_index is not None
    words = sorted(memo.seed_index)
    if shipped:
        assert len(words) > 20_000, "the wordfreq rows of the vocabulary and the KB's alias words"
    sample = [w for w in _WORDS if w in memo.seed_index] + random.Random(17).sample(words, 1_500)
    for name in seeds.SEEDED_MEMOS:
        mine, theirs = getattr(seeded, name), getattr(plain, name)
        for word in sample:
            value = _seeded_value(mine, word)
            if value is not UNSEEDED:
                assert value == theirs.fn(word), (name, word)
            assert mine(word) == theirs(word), (name, word)


def test_seed_file_is_read_only_with_its_inputs(
    resources: Resources, pack: LanguagePack, tmp_path: Path
) -> None:
    finder = HindiMentionFinder(resources, pack)
    assert finder.kb.cache_key, "the shipped KB comes from its cache"
    written = seeds.write_seeds(finder, pack, tmp_path, words=_WORDS)
    assert written is not None and written.name.startswith(seeds.SEED_PREFIX)
    reader = HindiMentionFinder(resources, pack)
    assert seeds.apply_seeds(reader, pack, tmp_path)
    assert reader._name_word_form.seed_index is not None
    # a pack file changed (a copy of the pack with one more comment line): another key, not read
    copy = tmp_path / "pack"
    shutil.copytree(Path(pack.directory), copy)
    with (copy / "names.toml").open("a", encoding="utf-8") as handle:
        handle.write("\n# changed\n")
    changed = load_pack(copy)
    assert seeds.seed_key(finder.kb.cache_key, changed) != seeds.seed_key(finder.kb.cache_key, pack)
    assert not seeds.apply_seeds(HindiMentionFinder(resources, pack), changed, tmp_path)
    # another KB (or one built without a cache): not read
    assert seeds.seed_key("", pack) == ""
    assert seeds.seed_key("another", pack) != seeds.seed_key(finder.kb.cache_key, pack)
    # a new seed file replaces the old one
    again = seeds.write_seeds(finder, pack, tmp_path, words=_WORDS[:3])
    assert again == written and sorted(tmp_path.glob(f"{seeds.SEED_PREFIX}*")) == [written]


def test_seed_words_are_independent_of_the_news_corpus(pack: LanguagePack, resources: Resources) -> None:
    words = set(seeds.seed_words(pack, resources.kb.alias_index))
    rows = (Path(pack.directory) / "vocabulary.tsv").read_text(encoding="utf-8").splitlines()
    corpus_only = [r.split("\t")[0] for r in rows if not r.startswith("#") and float(r.split("\t")[2]) < 3.0]
    wordfreq = [r.split("\t")[0] for r in rows if not r.startswith("#") and float(r.split("\t")[2]) >= 3.0]
    others = {w for key in resources.kb.alias_index for w in key.split()} | {match_key(w) for w in wordfreq}
    assert corpus_only and not [w for w in corpus_only if w in words and w not in others]


def test_stored_english_readings_read_back_the_same() -> None:
    # English words of my own choosing: soft c, ch read two ways, a magic e, a silent gh, a glide y
    for word in ["mobile", "charge", "sheet", "michael", "george", "knight", "bryan", "website", "rating"]:
        readings = english_readings(word)
        assert decode_readings(encode_readings(readings)) == readings, word
    assert decode_readings(encode_readings([])) == []


def test_english_readings_table_equals_what_is_computed(resources: Resources, pack: LanguagePack) -> None:
    english = HindiMentionFinder(resources, pack)._english_words
    table = english.readings_table()
    if english.by_key:
        assert len(table) > 5_000, "the names and the words of Zipf 3.4 or more"
    sample = sorted(table)
    for word in random.Random(23).sample(sample, min(1_500, len(sample))):
        assert decode_readings(table[word]) == english_readings(word), word


def test_seeded_english_readings_change_no_loanword_answer(resources: Resources, pack: LanguagePack) -> None:
    english = HindiMentionFinder(resources, pack)._english_words
    plain = EnglishWords(by_key=english.by_key, names=english.names, zipf=english.zipf)
    seeded = EnglishWords(by_key=english.by_key, names=english.names, zipf=english.zipf)
    seeded.seeded_readings = english.readings_table()
    # loanwords (मोबाइल mobile, चार्जशीट charge+sheet, वेबसाइट website), a name-like English word (ग्रीन
    # Green) and Hindi words and names of my own
    words = ["मोबाइल", "चार्जशीट", "वेबसाइट", "ग्रीन", "लोडशेडिंग", "रेटिंग", "सरकार", "सुनील", "किताब", "टीम"]
    for word in words:
        assert seeded.loanword(word) == plain.loanword(word), word
