"""Loose groups of people named after whom they belong to (langpacks/hi/mentions.toml [groups.nouns]
`of_person`, `adjective`): typed PER, as the gold of corpus/dev2 and CAMEO code them."""

from __future__ import annotations

import pytest

from khabar.api import Extractor
from khabar.resources import Resources


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def entities(extractor: Extractor, text: str) -> dict[str, str]:
    doc = extractor.extract(text, lang="hi", published="2013-02-07")
    return {e.name: e.type for e in doc.entities or []}


def test_a_known_persons_supporters(extractor: Extractor) -> None:
    found = entities(extractor, "दिल्ली में मोदी के समर्थकों ने नारे लगाए.")
    assert found.get("Narendra Modi's supporters") == "PER"
    assert found.get("Narendra Modi") == "PER"  # the person stays an entity of its own


def test_supporters_named_by_the_groups_adjective(extractor: Extractor) -> None:
    found = entities(extractor, "हैदराबाद में माओवादी समर्थक बड़ी संख्या में जमा हुए.")
    assert found.get("Maoist supporters") == "PER"
    assert "Naxalites" not in found  # the armed group itself is not meant


def test_a_pronoun_owner_names_no_group_of_its_own(extractor: Extractor) -> None:
    # "उनके": no person named here, so no "X's supporters"
    found = entities(extractor, "दिल्ली में उनके समर्थकों ने नारे लगाए.")
    assert not any(name.endswith("'s supporters") for name in found)


def test_a_person_the_kb_does_not_know_names_his_group_at_linking(extractor: Extractor) -> None:
    # the owner's entity gives the name, spelt as the person is; a count may stand after के
    text = "पुलिस ने बताया कि विधायक रमेश चंद्रकर के 10 समर्थकों को भी गिरफ्तार किया गया."
    found = entities(extractor, text)
    people = [name for name in found if name.endswith("'s supporters")]
    assert len(people) == 1 and found[people[0]] == "PER"
    owner = people[0].removesuffix("'s supporters")
    assert found.get(owner) == "PER"  # the person stays an entity of its own


def test_a_title_alone_is_no_owner(extractor: Extractor) -> None:
    found = entities(extractor, "विधायक के समर्थकों ने थाने में हंगामा किया.")
    assert not any(name.endswith("'s supporters") for name in found)


@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        ("ओडिशा की एक छोटी पार्टी कलिंगा सेना ने प्रदर्शन की धमकी दी.", "Kalinga Sena"),
        ("राजस्थान में करणी सेना ने फ़िल्म का विरोध किया.", "Karni Sena"),
    ],
)
def test_a_name_before_a_collective_noun_is_an_organisations_own_name(
    extractor: Extractor, sentence: str, organisation: str
) -> None:
    # "<name> सेना" is a party or militia of that name, not the country's army
    found = entities(extractor, sentence)
    assert found.get(organisation) == "ORG"
    assert "Indian Army" not in found


def test_a_demonym_before_a_collective_noun_is_still_that_countrys_agent(extractor: Extractor) -> None:
    assert entities(extractor, "भारतीय सेना ने घुसपैठ की कोशिश नाकाम की.").get("Indian Army") == "ORG"
    assert entities(extractor, "इसराइली सेना ने गज़ा पर हमला किया.").get("Israel Defense Forces") == "ORG"


def test_a_generic_group_that_does_nothing_is_no_entity(extractor: Extractor) -> None:
    # "भारतीय छात्रों के लिए": people the story speaks of, no actor: no "Indian Students"
    found = entities(extractor, "सरकार ने भारतीय छात्रों के लिए नई छात्रवृत्ति की घोषणा की.")
    assert "Indian Students" not in found
    assert "Government of India" in found


def test_a_generic_group_that_acts_stays_an_entity(extractor: Extractor) -> None:
    text = "दिल्ली में भारतीय छात्रों ने सरकार के ख़िलाफ़ प्रदर्शन किया."
    doc = extractor.extract(text, lang="hi", published="2020-01-01")
    students = [e for e in doc.entities or [] if e.name == "Indian Students"]
    assert students
    assert any(event.source == students[0].id for event in doc.events or [])


def test_an_agent_kind_is_kept_even_when_it_does_nothing(extractor: Extractor) -> None:
    # police, army, militants (kb/data/agents.toml) are institutions, not loose groups of people
    found = entities(extractor, "अफ़ग़ानिस्तान की पुलिस के लिए नई गाड़ियां ख़रीदी गईं.")
    assert "Afghan National Police" in found


def test_a_dateline_place_is_no_part_of_the_group(extractor: Extractor) -> None:
    # "श्रीनगर:" is where the report comes from; "दिल्ली पुलिस" (no mark between) stays one name
    found = entities(extractor, "श्रीनगर: अलगाववादियों ने शुक्रवार को बंद का आह्वान किया.")
    assert found.get("Srinagar") == "GPE"
    found = entities(extractor, "दिल्ली पुलिस ने दो लोगों को गिरफ़्तार किया.")
    assert "Delhi Police" in found and "Delhi" not in found


def test_a_feminine_direct_plural_is_a_group_before_a_place(extractor: Extractor) -> None:
    # "पार्टियां" is a plural no singular shares; the place after it is where they act, not a name the
    # noun describes
    text = (
        "पाकिस्तान में 11 मई को आम चुनाव होंगे. नवाज़ शरीफ़ की पार्टी ने महंगाई को मुद्दा बनाया है, जबकि"
        " धार्मिक पार्टियां पाकिस्तान में अमरीका के ड्रोन हमलों को चुनावी मुद्दा बना रही हैं."
    )
    doc = extractor.extract(text, lang="hi", published="2013-04-10")
    parties = [e for e in doc.entities or [] if e.name == "Pakistani religious parties"]
    assert parties
    assert any(m.text == "धार्मिक पार्टियां" for m in parties[0].mentions)
    # the parties make an issue of the drone strikes: they criticise the United States
    usa = next(e.id for e in doc.entities or [] if e.name == "United States")
    assert any(ev.source == parties[0].id and ev.target == usa for ev in doc.events or [])


def test_a_state_body_named_before_its_state(extractor: Extractor) -> None:
    # "राज्य सरकार" in the lead, the state (Jharkhand: Ranchi, Dhanbad) only named after it
    text = (
        "विपक्ष ने कहा कि राज्य सरकार पर खनन में घोटाले का आरोप है. रांची में कल विधायकों ने धरना दिया."
        " धनबाद में भी प्रदर्शन हुआ."
    )
    found = entities(extractor, text)
    assert "Government of Jharkhand" in found
    assert "Government of India" not in found


def _events(extractor: Extractor, text: str) -> set[tuple[str, str | None, str | None]]:
    doc = extractor.extract(text, lang="hi", published="2013-04-10")
    names = {e.id: e.name for e in doc.entities or []}
    return {(ev.cameo, names.get(ev.source or ""), names.get(ev.target or "")) for ev in doc.events or []}


def test_a_direct_form_agent_kind_with_a_plural_verb_is_the_group(extractor: Extractor) -> None:
    # "चरमपंथी" may be one militant or many; the plural verb after it says many, and the group acts
    text = "पाकिस्तान के उत्तर में कई दिनों से एमक्यूएम के दफ़्तरों पर चरमपंथी हमले कर रहे हैं."
    assert ("190", "Pakistani militants", "Muttahida Qaumi Movement") in _events(extractor, text)
    # one militant (a singular verb) is no group
    found = entities(extractor, "पाकिस्तान के उत्तर में कल एक चरमपंथी मारा गया है.")
    assert "Pakistani militants" not in found


def test_a_group_owned_by_a_pronoun_is_no_countrys_group(extractor: Extractor) -> None:
    # "उनके समर्थकों": the parties' people, not "Pakistani supporters"; the attack targets the owners
    # of the coordinated nouns
    text = "पाकिस्तान में चुनाव से पहले एएनपी के उम्मीदवार और उनके समर्थकों को चरमपंथी निशाना बना रहे हैं."
    events = _events(extractor, text)
    assert ("190", "Pakistani militants", "Awami National Party") in events
    assert not any(target and target.endswith("Supporters") for _, _, target in events)


def test_these_parties_are_the_parties_not_the_militants_named_with_them(extractor: Extractor) -> None:
    text = (
        "पाकिस्तान में चुनाव से पहले एमक्यूएम और एएनपी के उम्मीदवारों को चरमपंथी निशाना बना रहे हैं."
        " इन पार्टियों ने सरकार की नाकामी को चुनावी मुद्दा बनाया है."
    )
    critics = {source for cameo, source, _ in _events(extractor, text) if cameo == "111"}
    assert critics == {"Muttahida Qaumi Movement", "Awami National Party"}


def test_an_agent_kind_before_a_singular_verb_is_no_group(extractor: Extractor) -> None:
    # the clause's verb is "है" (singular): the plural verb of the relative clause after it says nothing
    text = "म्यांमार सरकार का कहना है कि यह एक चरमपंथी संगठन है जिसके नेता विदेश में रहते हैं."
    assert "Myanmar militants" not in entities(extractor, text)


def test_an_agent_kind_describing_a_noun_is_no_group(extractor: Extractor) -> None:
    # "चरमपंथी हमले": militant attacks, the plural verb agrees with the attacks
    text = "पाकिस्तान के उत्तर में हर साल कई चरमपंथी हमले होते हैं."
    assert "Pakistani militants" not in entities(extractor, text)
