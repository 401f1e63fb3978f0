"""A short form defined in brackets after a name ("पाकिस्तान पीपुल्स पार्टी (पीपीपी)", "National
Democratic Institute (NDI)") names that entity wherever the article uses it later."""

from __future__ import annotations

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.model import Document
from khabar.resources import Resources
from khabar.stages.mentions.acronyms import abbreviates, initials_spelt, latin_initials


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def _ids_of(doc: Document, written: str) -> list[tuple[int, tuple[str, ...]]]:
    return [(m.start, m.kb_ids) for m in doc.mentions or [] if m.text == written]


def test_initials_of_a_latin_name() -> None:
    assert "PTI" in latin_initials("Pakistan Tehreek-e-Insaf")
    assert "CPI" in latin_initials("Communist Party of India")
    assert latin_initials("Congress") == set()  # one word: no acronym of its own
    assert abbreviates("ppp", ["Pakistan Peoples Party"])
    assert abbreviates("MQM", ["Muttahida Qaumi Movement (Pakistan)", "MQM"])  # a listed short form
    assert not abbreviates("PTI", ["Imran Khan"])


def test_hindi_letter_name_acronym_names_the_party_after_it(extractor: Extractor) -> None:
    doc = extract_checked(
        extractor,
        "पाकिस्तान पीपुल्स पार्टी (पीपीपी) ने सोमवार को धांधली की शिकायत की। "
        "इसके बाद पीपीपी के नेताओं ने लाहौर में रैली की और पीपीपी ने सरकार की आलोचना की।",
        "2024-02-12",
    )
    uses = _ids_of(doc, "पीपीपी")
    assert len(uses) == 3  # the bracket and both later uses, each at its own offset
    assert all(ids == ("ppp_pakistan",) for _, ids in uses)
    assert len({start for start, _ in uses}) == 3


def test_a_use_before_the_definition_is_not_read_back(extractor: Extractor) -> None:
    doc = extract_checked(
        extractor,
        "पीपीपी ने बहिष्कार की घोषणा की थी। पाकिस्तान पीपुल्स पार्टी (पीपीपी) के प्रवक्ता ने कहा कि पीपीपी तैयार है।",
        "2024-02-12",
    )
    uses = _ids_of(doc, "पीपीपी")
    assert [start for start, _ in uses] == sorted(start for start, _ in uses)
    assert uses[0][0] > 0 and all(ids == ("ppp_pakistan",) for _, ids in uses)


def test_a_bracket_that_is_no_acronym_of_the_name_names_nothing(extractor: Extractor) -> None:
    # "(पीटीआई)" after a person's name is no acronym of that name: never read as that person
    doc = extract_checked(
        extractor, "इमरान ख़ान (पीटीआई) ने रैली को संबोधित किया। बाद में पीटीआई ने कहा कि धांधली हुई।", "2024-02-12"
    )
    assert all("imran_khan" not in ids for _, ids in _ids_of(doc, "पीटीआई"))


def test_hindi_acronym_of_an_organisation_the_kb_lacks_is_one_entity(extractor: Extractor) -> None:
    doc = extract_checked(
        extractor,
        "पाकिस्तान के नेशनल फ़िशरीज़ एलायंस (एनएफ़ए) ने विरोध किया। एनएफ़ए ने सरकार से जवाब मांगा।",
        "2024-02-12",
    )
    centre = [e for e in doc.entities or [] if any(m.text == "एनएफ़ए" for m in e.mentions)]
    assert len(centre) == 1 and centre[0].kb_id is None
    assert [m.text for m in centre[0].mentions] == ["नेशनल फ़िशरीज़ एलायंस", "एनएफ़ए", "एनएफ़ए"]


def test_english_acronym_of_an_organisation_the_kb_lacks_is_one_entity() -> None:
    extractor = Extractor(Resources.load())
    doc = extractor.extract(
        "The Coastal Fisheries Alliance (CFA) opposed the new quota on Monday. "
        "CFA members later blocked the harbour, and the CFA said the talks had failed.",
        lang="en",
    )
    alliance = [e for e in doc.entities or [] if e.name == "Coastal Fisheries Alliance"]
    assert len(alliance) == 1
    assert [m.text for m in alliance[0].mentions].count("CFA") >= 2
    assert not [e for e in doc.entities or [] if e.name == "CFA"]


def test_initials_of_a_name_spelt_in_devanagari() -> None:
    assert initials_spelt("NFA", ["Neshnal", "Fishriz", "Elayans"])  # ए for the A of Alliance
    assert initials_spelt("IRC", ["Intarneshnal", "Risarch", "Sentar"])  # स for the C of Centre
    assert not initials_spelt("NFA", ["Neshnal", "Fishriz"])
    assert not initials_spelt("PTI", ["Imran", "Khan", "Sahab"])
