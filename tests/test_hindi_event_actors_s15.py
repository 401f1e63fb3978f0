"""Hindi event actors of session 15 (hiactors19): a name that only describes the source ("X की सरकार",
"X की ओर से प्रवक्ता Y") is not the one acted on; an act named as the charge of an arrest ("… करने के
आरोप में गिरफ़्तार") takes neither the arresting body nor the arrested as its own doer or object; a passive
act said in a body's document ("X के प्रस्ताव में … की निंदा की गई") is that body's; a list of names goes on
past a conjunct no finder knows ("A, <unknown> और C को"); in "कहा कि X को Y को … करना चाहिए" X, the
first को-phrase, is the one appealed to. Sentences written for these tests, run through the
whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest


def _of_root(found: Any, root: str) -> list[tuple[str | None, str | None]]:
    return sorted(
        ((source, target) for cameo, source, target, _ in found if cameo.startswith(root)),
        key=lambda pair: (pair[0] or "", pair[1] or ""),
    )


@pytest.mark.parametrize(
    ("sentence", "root", "source", "owner"),
    [
        # the owner of the government that denies is not denied
        (
            "राष्ट्रपति व्लादिमीर पुतिन की रूसी सरकार इन आरोपों से इनकार करती है.",
            "12",
            "Government of Russia",
            "Vladimir Putin",
        ),
        (
            "अरविंद केजरीवाल की दिल्ली सरकार उपराज्यपाल के फ़ैसले का विरोध करती है.",
            "11",
            "Government of Delhi",
            "Arvind Kejriwal",
        ),
        # the side a spokesman speaks for is not the one he rejects
        (
            "भाजपा की ओर से प्रवक्ता संबित पात्रा ने इन आरोपों का खंडन किया.",
            "12",
            "Sambit Patra",
            "Bharatiya Janata Party",
        ),
    ],
)
def test_a_name_describing_the_source_is_no_target(
    hindi_events: Any, sentence: str, root: str, source: str, owner: str
) -> None:
    pairs = _of_root(hindi_events(sentence), root)
    assert pairs and all(s == source and t != owner for s, t in pairs)


def test_an_act_from_the_side_of_someone_stays_his(hindi_events: Any) -> None:
    # "की ओर से की गई गोलीबारी" is the firing of Pakistan's side, the object condemned
    found = hindi_events("पाकिस्तान की ओर से की गई गोलीबारी की भारत ने निंदा की.")
    assert ("India", "Pakistan") in _of_root(found, "11")


def test_a_named_object_after_a_qualified_source_stays(hindi_events: Any) -> None:
    found = hindi_events("कांग्रेस की ओर से रणदीप सुरजेवाला ने भाजपा की आलोचना की.")
    assert ("Randeep Surjewala", "Bharatiya Janata Party") in _of_root(found, "11")


@pytest.mark.parametrize(
    "sentence",
    [
        "दिल्ली पुलिस ने आप विधायक सोमनाथ भारती को अपनी पत्नी पर हमला करने के आरोप में गिरफ़्तार किया.",
        "मुंबई पुलिस ने सलमान ख़ान को शाहरुख़ ख़ान के साथ मारपीट करने के आरोप में हिरासत में लिया.",
    ],
)
def test_the_arresting_body_does_not_do_the_act_charged(hindi_events: Any, sentence: str) -> None:
    found = hindi_events(sentence)
    assert _of_root(found, "17")  # the arrest itself stays
    assert all(not cameo.startswith("18") and not cameo.startswith("19") for cameo, _, _, _ in found)


def test_the_act_charged_keeps_its_own_object(hindi_events: Any) -> None:
    found = hindi_events("पुलिस ने हार्दिक पटेल को अरविंद केजरीवाल पर हमला करने के आरोप में गिरफ्तार किया.")
    attacks = _of_root(found, "19")
    assert attacks and all(target == "Arvind Kejriwal" and source is None for source, target in attacks)


@pytest.mark.parametrize(
    ("sentence", "root", "pair"),
    [
        ("संयुक्त राष्ट्र के प्रस्ताव में इसराइल की निंदा की गई है.", "11", ("United Nations", "Israel")),
        (
            "भाजपा के बयान में कांग्रेस की आलोचना की गई.",
            "11",
            ("Bharatiya Janata Party", "Indian National Congress"),
        ),
        (
            "सीबीआई की रिपोर्ट में ए राजा पर आरोप लगाया गया है.",
            "112",
            ("Central Bureau of Investigation", "A. Raja"),
        ),
    ],
)
def test_a_passive_act_in_a_document_is_its_authors(
    hindi_events: Any, sentence: str, root: str, pair: tuple[str, str]
) -> None:
    assert pair in _of_root(hindi_events(sentence), root)


def test_a_passive_act_with_no_document_has_no_author(hindi_events: Any) -> None:
    found = hindi_events("संसद में इसराइल की निंदा की गई और भाजपा ने बहिष्कार किया.")
    assert all(source is None for source, _ in _of_root(found, "111"))


def test_a_list_goes_on_past_a_name_no_finder_knows(hindi_events: Any) -> None:
    found = hindi_events("दिल्ली की अदालत ने ए राजा, कनिमोझी और सुरेश कलमाड़ी को दोषी करार दिया.")
    targets = {target for _, target in _of_root(found, "11")}
    assert "A. Raja" in targets and len(targets) == 2


def test_a_relative_clause_is_no_unnamed_conjunct(hindi_events: Any) -> None:
    found = hindi_events("भाजपा ने ए राजा, जो कल आए थे, और सुरेश कलमाड़ी की आलोचना की.")
    assert "A. Raja" not in {target for _, target in _of_root(found, "11")}


@pytest.mark.parametrize(
    ("sentence", "addressee", "object_"),
    [
        (
            "आडवाणी ने कहा कि भारत को आईएसआई को आतंकवादी संगठन घोषित करवाना चाहिए.",
            "India",
            "Inter-Services Intelligence",
        ),
        ("अमरीका ने कहा कि पाकिस्तान को तालिबान को पनाह देना बंद करना चाहिए.", "Pakistan", "Taliban"),
    ],
)
def test_the_first_dative_of_a_should_clause_is_the_one_appealed_to(
    hindi_events: Any, sentence: str, addressee: str, object_: str
) -> None:
    targets = {target for _, target in _of_root(hindi_events(sentence), "02")}
    assert addressee in targets and object_ not in targets
