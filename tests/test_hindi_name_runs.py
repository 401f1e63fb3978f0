"""Hindi person names with no cue after them, found by what stands around them: a role noun of
names.toml right before ("चौकीदार दीनानाथ नागेश और …"), or a surname the article names as a person
elsewhere ("जेठमलानी ने …" makes "राम जेठमलानी" the full name, even glued after a full stop)."""

from __future__ import annotations

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.model import Document
from khabar.resources import Resources


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def _people(doc: Document) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in doc.entities or [] if e.type == "PER"}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("आश्रम के चौकीदार रामसेवक कुजूर और रसोइया बुधराम पोटाई को सज़ा हुई।", "रामसेवक कुजूर"),
        ("आश्रम के चौकीदार रामसेवक कुजूर और रसोइया बुधराम पोटाई को सज़ा हुई।", "बुधराम पोटाई"),
        # the word after the name ("घायल", injured) is no surname
        ("हमले में आरक्षक सोमारू पोयाम घायल हो गए।", "सोमारू पोयाम"),
        # a frequent word as the given name before a surname the vocabulary does not know
        ("अदालत ने सहायक शिक्षक सागर कटलाम को भी सज़ा सुनाई।", "सागर कटलाम"),
    ],
)
def test_a_role_noun_names_the_person_after_it(extractor: Extractor, text: str, mention: str) -> None:
    people = _people(extract_checked(extractor, text, "2014-05-01"))
    assert any(mention in mentions for mentions in people.values()), people


@pytest.mark.parametrize(
    "text",
    [
        "पीड़ित आदिवासी बच्चियां आश्रम से निकाली गईं।",  # a plural noun after the role noun
        "वकील सलाहकार बैठक में थे।",  # one known word: a noun
        "स्कूल के शिक्षक गैरअनुभवी थे।",  # one word no one is known to be named
    ],
)
def test_a_role_noun_before_no_name_makes_no_person(extractor: Extractor, text: str) -> None:
    assert not _people(extract_checked(extractor, text, "2014-05-01"))


def test_a_given_name_before_a_surname_the_article_names_joins_the_person(extractor: Extractor) -> None:
    text = (
        "अनुशासनहीनता के आरोप में भाजपा ने पार्टी से निकाल दिया। इस पर जेठमलानी ने कुछ नहीं कहा। "
        "उन्होंने कई बार प्रहार किए थे.राम जेठमलानी भाजपा नेतृत्व से नाराज़ हैं।"
    )
    people = _people(extract_checked(extractor, text, "2013-05-01"))
    assert list(people) == ["Ram Jethmalani"], people
    assert people["Ram Jethmalani"] == ["जेठमलानी", "राम जेठमलानी"]


def test_two_people_side_by_side_stay_two(extractor: Extractor) -> None:
    text = "गुरबख़्श ने बैठक बुलाई। मिल्खीराम ने कहा कि वह आएंगे। बाद में गुरबख़्श मिल्खीराम से मिले।"
    people = _people(extract_checked(extractor, text, "2014-05-01"))
    assert not any(" " in name for name in people), people


def test_half_a_name_after_a_role_noun_is_left_alone(extractor: Extractor) -> None:
    # "आसिफ़" is a word of news copy: the role noun does not take "मोहम्मद" alone as the person
    doc = extract_checked(extractor, "तेज़ गेंदबाज़ मोहम्मद आसिफ़ को एक साल की कैद हुई।", "2011-11-03")
    assert "Mohammad" not in _people(doc), _people(doc)


def test_another_given_name_before_a_known_surname_is_another_person(extractor: Extractor) -> None:
    # "मोदी" alone is Narendra Modi; "ललित मोदी" is not, "नरेंद्र मोदी" is
    text = "आईपीएल के पूर्व कमिश्नर ललित मोदी लंदन चले गए। नरेंद्र मोदी ने कहा। मोदी ने यह भी कहा।"
    doc = extract_checked(extractor, text, "2015-06-20")
    people = {e.name: ([m.text for m in e.mentions], e.kb_id) for e in doc.entities or [] if e.type == "PER"}
    assert people["Lalit Modi"] == (["ललित मोदी"], None), people
    assert people["Narendra Modi"][0] == ["नरेंद्र मोदी", "मोदी"], people


def test_a_lone_given_name_shared_by_two_people_joins_neither(extractor: Extractor) -> None:
    text = "कांग्रेस नेता राहुल गांधी ने रैली की। आईपीएस अधिकारी राहुल शर्मा ने गवाही दी। राहुल ने कहा कि वह सच बोलेंगे।"
    people = _people(extract_checked(extractor, text, "2014-05-01"))
    assert people["Rahul Gandhi"] == ["राहुल गांधी"], people
    assert people["Rahul Sharma"] == ["राहुल शर्मा"], people


def test_a_given_name_recurring_with_an_ordinary_word_is_one_name(extractor: Extractor) -> None:
    # "जहाँ" is "where"; written twice after the given name "इशरत", it is her surname
    text = "कोलकता की रहने वाली इशरत जहाँ का कहना था। भाजपा में शामिल हुईं इशरत जहाँ ने कहा। इशरत कहती है कि वह ख़ुश हैं।"
    people = _people(extract_checked(extractor, text, "2018-01-01"))
    assert people == {"Ishrat Jahan": ["इशरत जहाँ", "इशरत जहाँ", "इशरत"]}, people


def test_a_pair_written_once_is_no_name(extractor: Extractor) -> None:
    people = _people(extract_checked(extractor, "कोलकता की रहने वाली इशरत जहाँ का कहना था।", "2018-01-01"))
    assert "Ishrat Jahan" not in people, people


def test_a_place_that_is_a_given_name_before_an_unknown_word_is_a_person(extractor: Extractor) -> None:
    doc = extract_checked(extractor, "इस चुनाव में हसन रहानी भी उम्मीदवार हैं। वह हसन गए थे।", "2013-06-01")
    types = {e.name: e.type for e in doc.entities or []}
    assert types.get("Hassan") == "GPE", types  # the city, alone
    # (the person's given name is spelt Hasan, one स; the town keeps its English Hassan)
    assert any(t == "PER" and n.startswith("Hasan ") for n, t in types.items()), types


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a Muslim surname that is a given name too (Farooq), and a family name of many people
        ("व्यापारी हसन फ़ारूक़ ने बताया कि दाम बढ़े हैं।", "हसन फ़ारूक़"),
        ("स्थानीय नेता हसन कुमार को सम्मानित किया गया।", "हसन कुमार"),
    ],
)
def test_a_place_that_is_a_given_name_before_a_listed_surname_is_a_person(
    extractor: Extractor, text: str, mention: str
) -> None:
    doc = extract_checked(extractor, text, "2014-05-01")
    people = [m.text for e in doc.entities or [] if e.type == "PER" for m in e.mentions]
    assert mention in people, people
    assert not any(e.type == "GPE" for e in doc.entities or []), doc.entities


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("हसन जिले में भारी बारिश हुई।", "हसन जिले"),  # a frequent word after the town: its district
        ("कल हसन नगर में मेला लगा।", "हसन"),  # नगर is a family name too, but a frequent word
    ],
)
def test_a_town_before_a_frequent_word_stays_a_place(extractor: Extractor, text: str, place: str) -> None:
    doc = extract_checked(extractor, text, "2014-05-01")
    assert not any(e.type == "PER" for e in doc.entities or []), doc.entities
    assert any(e.type == "GPE" and place in [m.text for m in e.mentions] for e in doc.entities or [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # सुशील and मनीष are ordinary words too (good-natured, wise): one given name of news or the
        # KB is not enough for them, the Indian name lists (indian_given_names.tsv) are the second source
        ("बैठक में सुशील कुमार भी मौजूद थे।", "Sushil Kumar"),
        ("बैठक में मनीष पांडेय भी मौजूद थे।", "Manish Pandey"),
    ],
)
def test_a_given_name_of_the_name_lists_starts_a_name(extractor: Extractor, text: str, name: str) -> None:
    assert name in _people(extract_checked(extractor, text, "2014-05-01"))


@pytest.mark.parametrize("text", ["यह रटी रटाई बात है।", "गाने में सोणा सोणा बार बार आता है।"])
def test_an_echo_pair_is_no_name(extractor: Extractor, text: str) -> None:
    # रटी and सोणा romanise to listed given names (Rati, Sona); the word after repeats them
    assert not _people(extract_checked(extractor, text, "2014-05-01"))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # "राज" is also "rule", a word of news copy: after a role noun it is the family name
        ("बीबीसी संवाददाता विवेक राज से बातचीत में उन्होंने यह बताया।", "विवेक राज"),
        ("जहाज़ के कैप्टन सुनील राज और दो अन्य लोग रिहा हुए।", "सुनील राज"),
    ],
)
def test_a_common_word_that_is_a_common_name_ends_a_name_after_a_cue(
    extractor: Extractor, text: str, mention: str
) -> None:
    people = _people(extract_checked(extractor, text, "2014-05-01"))
    assert any(mention in mentions for mentions in people.values()), people


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("कैप्टन सुनील ने कहा कि वह लौटेंगे।", "सुनील"),  # a postposition ends the name
        ("मुख्यमंत्री मायावती राज में हालात ख़राब थे।", "मायावती"),  # "राज में": the rule of
    ],
)
def test_a_common_word_that_really_ends_the_name_stays_out(
    extractor: Extractor, text: str, mention: str
) -> None:
    people = _people(extract_checked(extractor, text, "2014-05-01"))
    assert [mention] in people.values(), people


def test_a_run_the_article_writes_after_a_cue_is_the_person_without_one(extractor: Extractor) -> None:
    # "बबलू मरकाम" with no cue is no name by itself; the role noun elsewhere makes it one
    text = "अदालत ने चौकीदार बबलू मरकाम को सज़ा सुनाई। बबलू मरकाम और दो अन्य लोग जेल गए।"
    doc = extract_checked(extractor, text, "2014-05-01")
    people = _people(doc)
    assert ["बबलू मरकाम", "बबलू मरकाम"] in people.values(), people


def test_a_shorter_person_inside_a_run_cued_elsewhere_gives_way_to_it(extractor: Extractor) -> None:
    # with no cue "हरजीत सिंह" alone is a given-name run and "बल" (force) a stray name word
    text = "बैठक में अकाली नेता हरजीत सिंह बल ने कहा कि वह लड़ेंगे। बाद में हरजीत सिंह बल से मिलने लोग आए।"
    doc = extract_checked(extractor, text, "2014-05-01")
    persons = [m.text for m in doc.mentions or [] if m.type == "PER"]
    assert persons == ["हरजीत सिंह बल", "हरजीत सिंह बल"], persons


def test_a_run_cued_elsewhere_beside_another_name_word_is_left_alone(extractor: Extractor) -> None:
    # the run the article cued is part of a longer name here ("जसकीरत" a name word before it)
    text = "अकाली नेता हरजीत सिंह बल ने कहा। सभा में जसकीरत हरजीत सिंह बल भी आए।"
    doc = extract_checked(extractor, text, "2014-05-01")
    assert not any(m.finder == "cued_elsewhere" for m in doc.mentions or []), doc.mentions


def test_a_surname_after_another_given_name_is_not_the_first_person(extractor: Extractor) -> None:
    # "सुनील दत्त" is not Sanjay Dutt; "दत्त ने" alone still is
    text = "अभिनेता संजय दत्त ने फ़िल्म की शूटिंग की। उनके पिता मरहूम सुनील दत्त सांसद थे। दत्त ने कहा कि वह ख़ुश हैं।"
    doc = extract_checked(extractor, text, "2014-05-01")
    lone = [m.start for m in doc.mentions or [] if m.type == "PER" and m.text == "दत्त"]
    assert lone == [text.rindex("दत्त ने")], lone


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a known word after the name, too rare in news to end the run by itself, is no surname
        ("रमेश यादव गिरफ़्तार किए गए।", "रमेश यादव"),
        ("महेश जैन लोकतंत्र के लिए लड़े।", "महेश जैन"),
    ],
)
def test_a_name_before_a_known_word_at_a_sentence_start_is_found(
    extractor: Extractor, text: str, mention: str
) -> None:
    doc = extract_checked(extractor, text, "2014-05-01")
    people = [m.text for e in doc.entities or [] if e.type == "PER" for m in e.mentions]
    assert people == [mention], people


@pytest.mark.parametrize(
    "text",
    [
        # थाने (a police station) and अदालत (a court) are ordinary words after the title, no names
        "कल शाम सांसद थाने गए और शिकायत दर्ज कराई।",
        "सुबह मंत्री अदालत पहुंचे और गवाही दी।",
    ],
)
def test_an_ordinary_word_after_a_title_is_no_name(extractor: Extractor, text: str) -> None:
    doc = extract_checked(extractor, text, "2014-05-01")
    assert all(m.finder != "title+name" for m in doc.mentions or []), doc.mentions


def test_a_name_word_of_the_article_after_a_title_stays_the_name(extractor: Extractor) -> None:
    text = "इस बार रमेश जोगी चुनाव लड़ रहे हैं। मंत्री जोगी गए और भाषण दिया।"
    doc = extract_checked(extractor, text, "2014-05-01")
    assert any(m.text == "जोगी" and m.type == "PER" for m in doc.mentions or []), doc.mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # नायक (hero), साहू, सैनी: family names of the Indian name lists that the news vocabulary knows
        # as words, rated below three people by the lists: a surname after a given name all the same
        ("आरोपी जितेंद्र नायक को अदालत ने सज़ा सुनाई।", "Jitendra Nayak"),
        ("प्रधान आरक्षक सुरेश कुमार नायक की मौत हो गई।", "Suresh Kumar Nayak"),
        ("पुलिस ने बताया कि आरोपी सुनील साहू को गिरफ़्तार कर लिया गया है।", "Sunil Sahu"),
    ],
)
def test_a_listed_family_name_the_vocabulary_knows_ends_a_name(
    extractor: Extractor, text: str, name: str
) -> None:
    assert name in _people(extract_checked(extractor, text, "2014-05-01"))


def test_the_letters_of_an_office_are_no_initials(extractor: Extractor) -> None:
    # सीएम (CM) is the Chief Minister's title, not the initials "C. M." before a surname
    people = _people(extract_checked(extractor, "राज्य के सीएम बघेल ने केंद्र पर आरोप लगाया।", "2019-05-01"))
    assert not any(name.startswith("C. M.") for name in people), people
