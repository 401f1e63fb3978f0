"""The link stage: the language-neutral :class:`~khabar.stages.link.linker.Linker` turns the mentions of
every language into one entity per real actor (knowledge-base identity, titles, dated roles)."""

from __future__ import annotations

from pathlib import Path

from khabar.langpacks import OUTPUT_LANGUAGE
from khabar.model import Document
from khabar.resources import Resources
from khabar.stages.link.linker import Linker
from khabar.stages.mentions.loanwords import Loanwords
from khabar.stages.mentions.titles import load_titles
from khabar.text import match_key
from khabar.text.english_words import ENGLISH_WORDS_FILE, EnglishWords, load_english_words
from khabar.text.perso_arabic import PersoArabicNames
from khabar.text.pinyin import PinyinNames
from khabar.text.vocabulary import pack_vocabulary

# a word this frequent in general text (Zipf scale, the packs' vocabulary.tsv) is ordinary vocabulary,
# never respelt as a name
COMMON_ZIPF = 4.5


class LinkStage:
    name = "link"
    requires = frozenset({"mentions", "clean", "published", "lang", "dates"})
    assigns = frozenset({"entities"})

    def __init__(self, resources: Resources) -> None:
        common = [
            word
            for pack in resources.packs
            for word, (_articles, zipf) in pack_vocabulary(pack).items()
            if zipf >= COMMON_ZIPF
        ]
        loanwords: dict[str, str] = {}
        for pack in resources.packs:
            words = Loanwords.from_pack(pack.section("loanwords"), f"{pack.where}/loanwords.toml")
            loanwords.update(words.english_of)
        self.linker = Linker(
            resources.kb,
            [load_titles(pack) for pack in resources.packs],
            common,
            loanwords,
            PersoArabicNames.from_packs(resources.packs),
            PinyinNames.from_packs(resources.packs),
            _english_words(resources),
            _facility_kinds(resources),
        )

    def __call__(self, doc: Document) -> Document:
        doc.entities = self.linker.link(doc.mentions or [], doc.published, doc.dates or ())
        return doc


def _english_words(resources: Resources) -> EnglishWords | None:
    """The common English words of the first pack that lists them (Hindi's ``english_words.tsv``),
    names of the knowledge base's English and Indian name lists marked as names."""
    speller = resources.kb.speller
    for pack in resources.packs:
        directory = getattr(pack, "directory", None)
        if directory is not None and (Path(directory) / ENGLISH_WORDS_FILE).exists():
            names = frozenset(speller.english_known).union(speller.families)
            return load_english_words(Path(directory) / ENGLISH_WORDS_FILE, names)
    return None


def _facility_kinds(resources: Resources) -> dict[tuple[str, ...], str]:
    """The packs' kinds of building or site (``[facility_kinds]`` of mentions.toml: "हवाई अड्डे" →
    Airport), by the match keys of their words."""
    kinds: dict[tuple[str, ...], str] = {}
    for pack in resources.packs:
        for form, entry in pack.section("mentions").get("facility_kinds", {}).items():
            kinds[tuple(match_key(word) for word in form.split())] = str(entry[OUTPUT_LANGUAGE])
    return kinds
