"""India's districts and towns from the LGD/GeoNames gazetteer: Hindi spellings, "<name> ज़िला" as the
district, and namesakes in different states told apart by the state the article names."""

from __future__ import annotations

import pytest

from khabar.api import Extractor
from khabar.kb.india import state_of
from khabar.resources import Resources


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def places(extractor: Extractor, text: str) -> dict[str, str | None]:
    doc = extractor.extract(text, lang="hi", published="2020-01-01")
    return {e.name: e.kb_id for e in doc.entities or [] if e.type == "GPE"}


def test_a_district_word_makes_the_district(extractor: Extractor) -> None:
    found = places(extractor, "कांकेर ज़िले में मुठभेड़ हुई.")
    assert found == {"Kanker district": "place:in_cg_kanker_district"}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("छत्तीसगढ़ के बीजापुर में नक्सलियों ने हमला किया.", "cg"),
        ("कर्नाटक के बीजापुर में किसानों ने प्रदर्शन किया.", "ka"),
        ("महाराष्ट्र में औरंगाबाद के पास हादसा हुआ.", "mh"),
        ("बिहार के औरंगाबाद में मतदान हुआ.", "br"),
    ],
)
def test_namesakes_are_decided_by_the_state_named(extractor: Extractor, text: str, state: str) -> None:
    found = places(extractor, text)
    named = [kb_id for kb_id in found.values() if kb_id and kb_id.startswith("place:in_")]
    assert named and all(state_of(kb_id) == state for kb_id in named), found


def test_state_of_reads_districts_towns_and_states() -> None:
    assert state_of("place:in_cg_kanker_district") == "cg"
    assert state_of("place:chhattisgarh") == "cg"
    assert state_of("city:1275701") is None


def test_every_district_has_its_district_form_in_the_kb() -> None:
    kb = Resources.load(parsers=False).kb
    districts = [a for a in kb.actors.values() if a.id.startswith("place:in_") and a.id.endswith("_district")]
    assert len(districts) >= 780  # all 787 LGD districts (a few share an id slug and get a suffix)
    assert all(a.country == "IND" and a.name.endswith(" district") for a in districts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no town is called Kalahandi or Ambedkar Nagar: the name alone is the district
        ("वेदांत कालाहांडी के लांजीगढ़ में कारख़ाना चला रही है.", "Kalahandi district"),
        ("अम्बेडकर नगर के दो नेता सपा में शामिल हुए.", "Ambedkar Nagar district"),
        # Kanker is also a town: the name alone stays the town
        ("कांकेर में मुठभेड़ हुई.", "Kanker"),
    ],
)
def test_a_district_name_that_is_no_towns_is_the_district(extractor: Extractor, text: str, name: str) -> None:
    assert name in places(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # districts named after several towns (LGD "Khairagarh-Chhuikhadan-Gandai", "Didwana-Kuchaman"):
        # one town's name alone is that town, named by its part of the district's English name
        ("मुख्यमंत्री खैरागढ़ में एक सभा को संबोधित करेंगे.", "Khairagarh"),
        ("कुचामन में व्यापारियों ने बाज़ार बंद रखा.", "Kuchaman"),
        # the whole compound is still the district's name
        ("खैरागढ़-छुईखदान-गंडई ज़िले में धान ख़रीदी शुरू हुई.", "Khairgarh Chhuikhadan Gandai district"),
    ],
)
def test_a_town_a_district_is_named_after_is_the_town(extractor: Extractor, text: str, name: str) -> None:
    assert name in places(extractor, text)
