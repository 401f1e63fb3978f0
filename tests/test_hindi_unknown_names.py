"""Hindi names the knowledge base does not know: found from their context, bounded by ordinary words,
spelt close to the usual English spelling."""

from __future__ import annotations

from pathlib import Path

import pytest

from hindi_support import extract_checked
from khabar.api import Extractor
from khabar.resources import Resources
from khabar.text.translit import default_transliterator


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def names(extractor: Extractor, text: str) -> dict[str, str]:
    doc = extract_checked(extractor, text, "2013-06-01")
    return {e.name: e.type for e in doc.entities or []}


def test_a_name_before_an_agent_cue_is_a_person(extractor: Extractor) -> None:
    found = names(extractor, "इस बारे में प्रोफ़ेसर नहीं, बल्कि रमाकांत गोड़बोले ने कहा कि वह चुनाव लड़ेंगे.")
    assert found.get("Ramakant Godbole") == "PER" or any(
        n.startswith("Ramakant") and t == "PER" for n, t in found.items()
    )


def test_ordinary_words_never_extend_a_name(extractor: Extractor) -> None:
    # "कहते" (say), "रहते हुए" (while being) follow the name; they are not part of it
    found = names(extractor, "राजनीति विज्ञान के प्रोफ़ेसर सादिक जिबकलम कहते हैं कि मुकाबला कड़ा है.")
    assert any("Jibaklam" in n or "Jibkalam" in n for n in found), found
    assert not any("Kahte" in n for n in found)


def test_one_known_word_before_ne_is_no_name(extractor: Extractor) -> None:
    found = names(extractor, "इस बीच टीचर ने स्कूल बंद कर दिया.")
    assert not [n for n, t in found.items() if t == "PER"]


def test_two_known_but_infrequent_words_before_ne_are_a_name(extractor: Extractor) -> None:
    found = names(extractor, "बैठक के बाद अन्ना हज़ारे ने पत्रकारों से बात की.")
    assert any(n.startswith("Anna") and t == "PER" for n, t in found.items()), found


@pytest.mark.parametrize(
    ("hindi", "english"),
    [
        ("डीएच गोस्वामी", "DH Goswami"),
        ("यशवंत", "Yashwant"),
        ("सिंह", "Singh"),
        ("सिंघवी", "Singhvi"),
        # devanagari_spelling: the long आ before a final व of राव is "ao"; a short a before व stays "av"
        ("लक्ष्मण राव", "Lakshman Rao"),
        ("भाऊराव", "Bhaurao"),
        ("गौरव यादव", "Gaurav Yadav"),
    ],
)
def test_display_spelling_follows_english_conventions(hindi: str, english: str) -> None:
    assert default_transliterator().romanise_name(hindi) == english


# --- a run of name-like words starting with a known given name is a person with no cue after it ---


def test_a_given_name_starts_a_person_with_no_cue(extractor: Extractor) -> None:
    # "को", "से" are no agent or speech cue: the given names "सुनील", "राम" (kb/data/given_names.tsv) say it
    found = names(extractor, "अदालत ने कल सुनील कटलाम को नोटिस भेजा और बाद में राम जेठमलानी से पूछताछ की.")
    people = sorted(n for n, t in found.items() if t == "PER")
    assert people == ["Ram Jethmalani", "Sunil Katlam"], found


def test_a_known_hindi_word_after_a_given_name_is_no_name(extractor: Extractor) -> None:
    # "आसमान" (sky) romanises to a foreign given name of one person only; "छुएगा" is a verb
    found = names(extractor, "अमरीका में इलाज का खर्च आसमान छुएगा.")
    assert not [n for n, t in found.items() if t == "PER"], found


def test_a_title_in_quotes_is_no_person(extractor: Extractor) -> None:
    found = names(extractor, "फ़िल्म 'गुलाब गैंग' को आलोचकों की तारीफ़ मिली.")
    assert not [n for n, t in found.items() if t == "PER"], found


def test_given_and_family_name_files_load(tmp_path: Path) -> None:
    from khabar.errors import LanguagePackError
    from khabar.stages.mentions.pattern import FAMILY_NAMES_FILE, GIVEN_NAMES_FILE, given_names

    given, family = given_names(GIVEN_NAMES_FILE), given_names(FAMILY_NAMES_FILE)
    assert given["sunil"] >= 2 and "singh" not in given  # Singh ends names more often than it starts them
    assert family["singh"] >= 2 and "sunil" not in family
    bad = tmp_path / "given_names.tsv"
    bad.write_text("# comment\nRam\tmany\n", encoding="utf-8")
    with pytest.raises(LanguagePackError, match=r"given_names\.tsv: line 2"):
        given_names(bad)


def test_a_thing_named_after_a_person_is_no_person(extractor: Extractor) -> None:
    # [names] named_after of mentions.toml: "पुरस्कार" (award), "स्टेडियम" after the run
    found = names(extractor, "उन्हें सुनील कटलाम खेल रत्न पुरस्कार मिला और मैच सुनील कटलाम स्टेडियम में हुआ.")
    assert not [n for n, t in found.items() if t == "PER"], found
    # an award given to the person: the stop word "को" ends the look-ahead
    found = names(extractor, "सरकार ने सुनील कटलाम को पुरस्कार दिया.")
    assert [n for n, t in found.items() if t == "PER"] == ["Sunil Katlam"], found


def test_an_initial_starts_a_name_only_before_unknown_words(extractor: Extractor) -> None:
    # "आर" (R) before an unknown word is an initial; "सी" ("like") before "सीमाएं" (borders) is no one
    found = names(extractor, "बोर्ड से आर शेषासयी अलग हुए और यह फ़िल्म सी सीमाएं तोड़ेगी.")
    people = [n for n, t in found.items() if t == "PER"]
    assert len(people) == 1 and people[0].startswith("R. "), found


def test_a_quoted_phrase_or_an_overlong_run_is_no_person(extractor: Extractor) -> None:
    # an opening quote before the run: a nickname or title ("'सुनील कटलाम ऑफ़ प्रॉपर्टी'"), no person;
    # four name-like words: where the name starts is unclear (a title word may lead it)
    found = names(extractor, "उन्हें 'सुनील कटलाम ऑफ़ प्रॉपर्टी' कहा गया. बाद में सुनील कटलाम मरकाम गोटा भी आए.")
    assert not [n for n, t in found.items() if t == "PER"], found


def test_a_bad_spelling_rule_is_named_with_its_file() -> None:
    from khabar.errors import LanguagePackError
    from khabar.text.translit import Transliterator

    with pytest.raises(LanguagePackError, match=r"pack/transliteration.toml: devanagari_spelling entry"):
        Transliterator.parse({"devanagari_spelling": [["(", "x"]]}, Path("pack/transliteration.toml"))


def test_a_given_name_frequent_as_a_famous_persons_is_a_name_before_a_family_name(
    extractor: Extractor,
) -> None:
    # "अमिताभ" is counted as an ordinary word of the news vocabulary (a film star's given name): before
    # a family name it still begins the person's name, and a later "अमिताभ" alone is that person
    doc = extract_checked(
        extractor,
        "किरकुक में काम करने वाले अमिताभ सिंह ने कहा कि वे लौटेंगे. सीकर के रहने वाले अमिताभ ने कहा कि मदद मिली.",
        "2014-07-05",
    )
    people = {e.name: [m.text for m in e.mentions] for e in doc.entities or [] if e.type == "PER"}
    assert people == {"Amitabh Singh": ["अमिताभ सिंह", "अमिताभ"]}
    assert {q.speaker for q in doc.quotes or []} == {e.id for e in doc.entities or [] if e.type == "PER"}
    # alone and before an ordinary word it stays a word
    assert "PER" not in names(extractor, "अमिताभ की फ़िल्म आज आई.").values()


def test_a_word_glued_before_a_name_that_is_nobodys_name_is_dropped(extractor: Extractor) -> None:
    # a misspelt rank ("डमिरल" for एडमिरल) before a common given name is no part of the person's name
    found = names(extractor, "संयुक्त कार्यबल के कमांडर डमिरल रिचर्ड बटलर कहते हैं कि सब ठीक है.")
    assert found.get("Richard Butler") == "PER", found


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Nishanebaz Jaspal Rana", "Nishanebaz Jaspal Rana"),  # Jaspal: too few people of the lists
        ("Sarjan Tom Karel", "Tom Karel"),
        ("Edwardo Sanchez Hernandez", "Edwardo Sanchez Hernandez"),  # Sanchez: rarely a given name
        ("Haji Ruhullah Wakil", "Haji Ruhullah Wakil"),  # Haji: a name word of the lists
        ("Rahul Kumar Singh", "Rahul Kumar Singh"),
        ("Damiral Butler", "Damiral Butler"),  # two words: nothing to drop
    ],
)
def test_role_word_rule(name: str, kept: str) -> None:
    from khabar.stages.link.linker import _without_role_word

    assert _without_role_word(name) == kept
