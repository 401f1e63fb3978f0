"""The Hindi mention finder's per-word facts for common words, computed ahead of time (issue 13).

A first-seen article spends much of its extra time filling the finder's per-word memos (``_key``,
``_name_word_form``, ``_is_plain``, ``_letters`` …) for words any Hindi news article uses. ``khabar kb
build`` computes those facts for a word list independent of the benchmark corpus and writes them beside
the KB cache (``mention-seeds-<key>.pickle``); a finder whose inputs hash to the same key reads them on a
memo miss instead of computing them (:meth:`khabar.text.memo.TextMemo.seed`). Every seeded value is the
memo's own function's answer for that word, so the output is the same with or without the file.

The word list (``seed_words``): the wordfreq rows of ``langpacks/<pack>/vocabulary.tsv`` (Zipf ≥ 3.0:
wordfreq 3.1.1, independent of the news corpora; the rows counted only from the BBC Hindi corpus, Zipf
< 3.0, are left out) and the Devanagari words of the knowledge base's aliases, each also as its match key.

The key (``seed_key``) hashes everything the facts depend on: the KB's cache key (its input files and
code), every file of the pack's directory, the KB's top-level data files (name lists, agents) and the
source of every khabar module; a file with another key is not read (the finder then computes every fact).

The file also holds the readings of the English words the finder's loanword test compares with
(``EnglishWords.readings_table``): a first-seen article's new words each read those of several English
words, which are the same from article to article.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar.text import match_key
from khabar.text.memo import SEED_SAME, UNSEEDED, TextMemo

if TYPE_CHECKING:
    from khabar.langpacks import LanguagePack
    from khabar.stages.mentions.pattern import HindiMentionFinder

SEED_VERSION = "2"
SEED_PREFIX = "mention-seeds-"
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]
_MIN_ZIPF = 3.0  # the wordfreq rows of vocabulary.tsv (build_hi_vocabulary.py's MIN_ZIPF)
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097f\u200c\u200d]+")

# the finder's memos of one word whose function depends on the finder's set-up only (packs, KB, name
# lists), never on the article: what a first-seen article asks of common words most (``_tokens`` holds
# sentences and ``_pair_begins`` word pairs; ``_word_options``' values, tuples of spellings, would be most of
# the file: not seeded)
SEEDED_MEMOS: tuple[str, ...] = (
    "_key",
    "_title",
    "_is_stop",
    "_is_honorific",
    "_is_former",
    "_acronym",
    "_name_word_form",
    "_begins_alias",
    "_begins_changed",
    "_variant_ids",
    "_is_given",
    "_famous_given",
    "_is_next_name",
    "_is_cue_surname",
    "_is_ordinary_tail",
    "_letters",
    "_may_begin_name",
    "_is_plain",
)
# memos whose values are objects another part of the finder might hold by identity (a ``Title``): only
# their ``None`` answers are seeded
_NONE_ONLY = frozenset({"_title"})


def seed_words(pack: LanguagePack, alias_keys: object) -> list[str]:
    """The words whose facts are computed ahead of time (see the module docstring), sorted."""
    words: set[str] = set()
    path = Path(pack.directory) / "vocabulary.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) >= 3 and float(fields[2]) >= _MIN_ZIPF:
                words.add(fields[0])
    for key in alias_keys:  # type: ignore[attr-defined]
        words.update(w for w in str(key).split() if _DEVANAGARI_WORD.fullmatch(w))
    words.update([match_key(w) for w in words])
    return sorted(w for w in words if w)


def seed_key(kb_key: str, pack: LanguagePack) -> str:
    """Hash of every input of the finder's per-word facts ('' when the KB has no cache key)."""
    if not kb_key:
        return ""
    digest = hashlib.sha256(f"{SEED_VERSION}|{kb_key}|".encode())
    directory = Path(pack.directory)
    data = _PACKAGE_ROOT / "kb" / "data"
    files = sorted(p for p in directory.iterdir() if p.is_file())
    files += sorted(p for p in data.iterdir() if p.suffix in (".tsv", ".toml"))
    files += sorted(_PACKAGE_ROOT.rglob("*.py"))
    for path in files:
        digest.update(f"|{path.name}|".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def compute_seeds(finder: HindiMentionFinder, words: list[str]) -> dict[str, tuple[array[int], list[Any]]]:
    """For each seeded memo, the facts of ``words`` as stored: a code per word (an ``array``) into the
    memo's list of distinct answers (its palette; see :meth:`khabar.text.memo.TextMemo.seed`)."""
    facts: dict[str, tuple[array[int], list[Any]]] = {}
    for name in SEEDED_MEMOS:
        memo: TextMemo[Any] = getattr(finder, name)
        palette: list[Any] = [UNSEEDED, None]  # code 1 means the word itself (its entry is unused)
        codes_of: dict[tuple[type, Any], int] = {}  # by type too: True and 1 are equal
        codes = array("I")
        for word in words:
            value = memo.fn(word)
            if name in _NONE_ONLY and value is not None:
                codes.append(0)
            elif isinstance(value, str) and value == word:
                codes.append(SEED_SAME)
            else:
                code = codes_of.get((type(value), value))
                if code is None:
                    code = codes_of[(type(value), value)] = len(palette)
                    palette.append(value)
                codes.append(code)
        typecode = "B" if len(palette) <= 0xFF else "H" if len(palette) <= 0xFFFF else "I"
        facts[name] = (array(typecode, codes), palette)  # the smallest integers that hold the codes
    return facts


def write_seeds(
    finder: HindiMentionFinder, pack: LanguagePack, directory: Path, words: list[str] | None = None
) -> Path | None:
    """Compute and write the seed file for ``finder`` into ``directory`` (None when its KB has no key);
    ``words``: another list than :func:`seed_words` (tests)."""
    key = seed_key(finder.kb.cache_key, pack)
    if not key:
        return None
    if words is None:
        words = seed_words(pack, finder.kb.alias_index)
    facts = compute_seeds(finder, words)
    readings = finder._english_words.readings_table()
    english = ("\n".join(readings), "\n".join(readings.values()))  # two strings: a fast load
    path = directory / f"{SEED_PREFIX}{key}.pickle"
    directory.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as handle:
        pickle.dump(("\n".join(words), facts, english), handle, protocol=pickle.HIGHEST_PROTOCOL)
    temporary.replace(path)
    for old in directory.glob(f"{SEED_PREFIX}*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)  # seeds of older data or code
    return path


def apply_seeds(finder: HindiMentionFinder, pack: LanguagePack, directory: Path) -> bool:
    """Seed ``finder``'s memos from the file its inputs key to, if there is one (True if seeded)."""
    try:
        key = seed_key(finder.kb.cache_key, pack)
        if not key:
            return False
        with (directory / f"{SEED_PREFIX}{key}.pickle").open("rb") as handle:
            joined, facts, (english_words, english_readings) = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, ImportError):
        return False
    words = joined.split("\n")
    index = dict(zip(words, range(len(words)), strict=True))
    for name in SEEDED_MEMOS:
        codes, palette = facts.get(name, ((), ()))
        if len(codes) == len(words):
            getattr(finder, name).seed(index, codes, palette)
    if english_words:
        finder._english_words.seeded_readings = dict(
            zip(english_words.split("\n"), english_readings.split("\n"), strict=True)
        )
    return True
