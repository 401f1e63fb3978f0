"""Hindi names the knowledge base does not know, found by what stands around them: an organisation
after a noun for its kind ([names.org_kinds] of langpacks/hi/mentions.toml), a person after a local
office in letters (titles.toml: एसडीओपी, उपसरपंच), an English given name as Hindi writes it
(english_names.toml: जेम्स James), a common Indian given name before a family name, and US states."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hindi_support import extract_checked, mention_texts
from khabar.api import Extractor
from khabar.resources import Resources

PACK_FILE = Path(__file__).resolve().parents[1] / "src/khabar/langpacks/hi/mentions.toml"
KINDS = list(tomllib.loads(PACK_FILE.read_text(encoding="utf-8"))["names"]["org_kinds"].items())


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


@pytest.mark.parametrize(("word", "example"), KINDS, ids=[w for w, _ in KINDS])
def test_an_organisation_kind_names_the_organisation_after_it(
    extractor: Extractor, word: str, example: str
) -> None:
    words = example.split()
    after = words[words.index(word) + 1].strip("'‘’")
    organisations = mention_texts(extractor, example, "ORG")
    assert any(name.split()[0] == after for name in organisations), (word, organisations)


@pytest.mark.parametrize(
    "text",
    [
        "कंपनी प्रमुख ने बयान जारी किया।",  # a known word after the kind noun
        "कंपनी के अधिकारियों ने बताया।",  # a postposition
        "अख़बार ने लिखा कि सौदा रद्द हो गया।",
    ],
)
def test_a_kind_noun_before_ordinary_words_names_no_organisation(extractor: Extractor, text: str) -> None:
    assert not mention_texts(extractor, text, "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("एसडीओपी भगतराम नेताम ने घटना की पुष्टि की।", "भगतराम नेताम"),
        ("उपसरपंच मंगलूराम को भी सज़ा हुई।", "मंगलूराम"),
        # जेम्स reads "Jems" letter by letter: the English name of english_names.toml makes it a name
        ("रविवार को कैप्टन अनिल जेम्स और उनके साथी रिहा हुए।", "अनिल जेम्स"),
        # हाशिम is a common Indian given name few of the knowledge base's people bear
        ("मुक़दमे में पक्षकार रहे हाशिम क़ुरैशी के बेटे ने अपील की।", "हाशिम क़ुरैशी"),
        # ग्लेन reads "Glen", a given name of more people than english_names.toml's "Glenn": kept
        ("मैच के बाद ग्लेन मैकडरमॉट की पत्नी ने इनाम बांटे।", "ग्लेन मैकडरमॉट"),
        # a known word after a famous given name's family name is no part of the name
        ("घड़ी बिल्कुल जेम्स बॉन्ड स्टाइल में बनी है।", "जेम्स बॉन्ड"),
    ],
)
def test_a_person_is_found(extractor: Extractor, text: str, name: str) -> None:
    assert name in mention_texts(extractor, text, "PER")


def test_a_us_state_is_a_place(extractor: Extractor) -> None:
    doc = extract_checked(extractor, "ओहायो और कनेक्टिकट में तूफ़ान से भारी नुक़सान हुआ।", "2015-03-01")
    names = {e.name for e in doc.entities or [] if e.type == "GPE"}
    assert {"Ohio", "Connecticut"} <= names, names


CITY_KINDS = list(tomllib.loads(PACK_FILE.read_text(encoding="utf-8"))["city_kinds"].items())


@pytest.mark.parametrize(("word", "example"), CITY_KINDS, ids=[w for w, _ in CITY_KINDS])
def test_a_city_kind_names_a_place_abroad(extractor: Extractor, word: str, example: str) -> None:
    words = example.split()
    before = words[words.index(word) - 1]
    assert before in mention_texts(extractor, example, "GPE")


LANDFORM_KINDS = list(tomllib.loads(PACK_FILE.read_text(encoding="utf-8"))["landform_kinds"].items())


@pytest.mark.parametrize(("word", "example"), LANDFORM_KINDS, ids=[w for w, _ in LANDFORM_KINDS])
def test_a_landform_kind_names_a_location(extractor: Extractor, word: str, example: str) -> None:
    words = example.split()
    before = words[words.index(word) - 1]
    assert before in mention_texts(extractor, example, "LOC")
