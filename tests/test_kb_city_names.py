"""Cities of GeoNames named by their English Wikipedia titles (kb/data/city_names.toml): namesakes abroad
carry their region ("Hyderabad, Sindh"), transliteration marks are dropped ("Kandahar"), and the data
file's mistakes are reported by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.api import Extractor
from khabar.errors import KnowledgeBaseError
from khabar.kb import KnowledgeBase
from khabar.kb.generate import DATA_DIR, plain_city_name, read_city_names
from khabar.resources import Resources


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(
    ("name", "iso2", "plain"),
    [
        ("Kandahār", "AF", "Kandahar"),
        ("Ghāziābād", "IN", "Ghaziabad"),
        ("Al Ḩudaydah", "YE", "Al Hudaydah"),
        ("Hachiōji", "JP", "Hachiōji"),  # Wikipedia keeps Japanese macrons
        ("São Paulo", "BR", "São Paulo"),  # no scientific transliteration: accents stay
        ("Eskişehir", "TR", "Eskişehir"),
    ],
)
def test_transliteration_marks_are_dropped(name: str, iso2: str, plain: str) -> None:
    assert plain_city_name(name, iso2) == plain


def test_namesakes_abroad_take_their_wikipedia_titles(kb: KnowledgeBase) -> None:
    assert kb.get("city:1176734").name == "Hyderabad, Sindh"
    assert kb.get("city:1269843").name == "Hyderabad"  # India's keeps the plain name
    assert kb.get("city:360686").name == "Minya, Egypt"
    assert kb.get("city:1138336").name == "Kandahar"
    # GeoNames' own name stays an alias
    assert "Kandahār" in kb.get("city:1138336").aliases


def test_every_entry_names_a_city_with_an_example() -> None:
    names = read_city_names(DATA_DIR / "city_names.toml")
    assert len(names) >= 30
    assert names["1814906"].aliases and names["1814906"].title is None


def test_a_bad_entry_is_reported_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "city_names.toml"
    bad = '[city.123]\ntitle = "X, Y"\n\n[city.abc]\ntitle = "Z"\nexample = "e"\n'
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as raised:
        read_city_names(path)
    message = str(raised.value)
    assert "city_names.toml" in message and "[city.123]" in message and "[city.abc]" in message


def test_a_pakistani_story_names_the_sindh_city() -> None:
    extractor = Extractor(Resources.load(parsers=False))
    doc = extractor.extract(
        "पाकिस्तान में चुनाव: एमक्यूएम कराची और हैदराबाद के शहरी इलाक़ों में ताक़तवर है.",
        lang="hi",
        published="2013-05-01",
    )
    names = {e.name for e in doc.entities or []}
    assert "Hyderabad, Sindh" in names, names
    doc = extractor.extract("चांगकिंग की पुलिस ने जांच शुरू की है.", lang="hi", published="2013-05-01")
    assert "Chongqing" in {e.name for e in doc.entities or []}


def test_hindi_spellings_of_cities_geonames_does_not_spell() -> None:
    extractor = Extractor(Resources.load(parsers=False))
    cases = [
        ("ईरान के धार्मिक नगर क़ुम में मौलवियों ने सभा की.", "Qom"),
        ("इराक़ के कुर्द इलाक़े में इरबिल से दस नर्सें लौटीं.", "Erbil"),
        ("न्यूयॉर्क के मैनहटन में सैकड़ों लोगों ने जुलूस निकाला.", "Manhattan"),
        ("दक्षिणी इराक़ के बसरा में तेल कर्मचारियों ने धरना दिया.", "Basra"),
    ]
    for text, city in cases:
        doc = extractor.extract(text, lang="hi", published="2014-06-01")
        assert city in {e.name for e in doc.entities or []}, (text, [e.name for e in doc.entities or []])


def test_historical_states_are_countries_of_their_own(kb: KnowledgeBase) -> None:
    soviet = kb.country("SUN")
    assert soviet is not None and soviet.name == "Soviet Union"
    assert soviet.note and "1922-12-30" in soviet.note and "1991-12-26" in soviet.note
    assert {a.id for a in kb.lookup("सोवियत संघ")} == {"country:SUN"}


def test_the_soviet_army_is_named_by_its_demonym() -> None:
    extractor = Extractor(Resources.load(parsers=False))
    doc = extractor.extract("सोवियत सेनाओं के ख़िलाफ़ अफ़ग़ान मुजाहिदीन लड़े थे.", lang="hi", published="2012-01-01")
    assert "Soviet Army" in {e.name for e in doc.entities or []}


def test_a_historical_state_without_dates_is_reported(tmp_path: Path) -> None:
    from khabar.kb.generate import read_historical_states

    path = tmp_path / "historical_states.toml"
    bad = '[SUN]\nname = "Soviet Union"\nstart = "1922"\nend = "soon"\nexample = "e"\n'
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as raised:
        read_historical_states(path)
    assert "[SUN]" in str(raised.value) and "historical_states.toml" in str(raised.value)
