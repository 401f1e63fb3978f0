"""Hindi generic agents placed by country and state: agencies and forces from the KB, the police and
government of the state the story is about, Naxalites, High Courts by state."""

from __future__ import annotations

import pytest

from khabar.api import Extractor
from khabar.resources import Resources


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources.load(parsers=False))


def actors(extractor: Extractor, text: str) -> dict[str, str | None]:
    doc = extractor.extract(text, lang="hi", published="2020-01-01")
    return {e.name: e.actor_code for e in doc.entities or []}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("सीबीआई ने पूर्व मंत्री के ख़िलाफ़ मामला दर्ज किया.", "Central Bureau of Investigation", "INDCOP"),
        ("प्रवर्तन निदेशालय ने कारोबारी के घर छापा मारा.", "Enforcement Directorate", "INDCOP"),
        ("मुठभेड़ में सीआरपीएफ के दो जवान घायल हुए.", "Central Reserve Police Force", "INDCOP"),
        ("सीमा सुरक्षा बल ने घुसपैठ नाकाम की.", "Border Security Force", "INDCOP"),
        ("झारखंड पुलिस ने तीन लोगों को गिरफ़्तार किया.", "Jharkhand Police", "INDCOP"),
        ("पाकिस्तान सरकार ने बयान जारी किया.", "Government of Pakistan", "PAKGOV"),
    ],
)
def test_named_agents(extractor: Extractor, text: str, name: str, code: str) -> None:
    assert actors(extractor, text).get(name) == code


def test_police_and_government_of_the_state_in_the_story(extractor: Extractor) -> None:
    found = actors(
        extractor,
        "छत्तीसगढ़ के दंतेवाड़ा में नक्सलियों ने बारूदी सुरंग में विस्फोट किया. "
        "पुलिस ने बताया कि इलाके में तलाशी जारी है. राज्य सरकार ने जांच के आदेश दिए.",
    )
    assert found.get("Naxalites") == "INDREB"
    assert found.get("Chhattisgarh Police") == "INDCOP"
    assert found.get("Government of Chhattisgarh") == "INDGOV"


def test_high_court_of_the_state_in_the_story(extractor: Extractor) -> None:
    found = actors(extractor, "अहमदाबाद में हुई मुठभेड़ की जांच उच्च न्यायालय के आदेश पर हुई.")
    assert found.get("Gujarat High Court") == "INDJUD"
    found = actors(extractor, "लखनऊ में प्रदर्शन हुआ. हाई कोर्ट ने सरकार से जवाब मांगा.")
    assert found.get("Allahabad High Court") == "INDJUD"


def test_bare_government_is_no_group(extractor: Extractor) -> None:
    assert "Government of India" not in actors(extractor, "सरकार ने कहा कि वह बात करेगी.")


# session 15, hiagents2: bare agent nouns resolved to the body the story means, or to none. Rules, each keyed
# by the agent kind of kb/data/agents.toml and the Hindi pack's [groups] (mentions.toml): a bare noun of a
# kind is the body of that kind the story named by its own words just before (``_REFER_BACK_SENTENCES``),
# of the clause's or the article's country; a court word alone is only such a court (``refers_back``), never
# a person, never "Indian court"; a bare "सरकार" in a story about one Indian state is the Union's beside a
# Union body (``union_agents``); a group noun that is also a family name (``family_name_nouns``) after a
# person's name is that name; a place opening another name (a team, a film) is no evidence of where the
# story is. All sentences are written for these tests.


def entities(extractor: Extractor, text: str) -> dict[str, list[str]]:
    """Entity name → the texts of its mentions."""
    doc = extractor.extract(text, lang="hi", published="2013-05-01")
    return {e.name: [m.text for m in e.mentions] for e in doc.entities or []}


def test_bare_police_is_the_police_named_just_before(extractor: Extractor) -> None:
    # police: the state named in between (a suspect's home) does not make it that state's police
    found = entities(
        extractor,
        "दिल्ली पुलिस ने जयपुर के एक होटल से तीन सट्टेबाज़ों को गिरफ़्तार किया. वे राजस्थान के रहने वाले हैं. "
        "पुलिस ने बताया कि उनसे पूछताछ जारी है.",
    )
    assert "पुलिस" in found.get("Delhi Police", [])
    assert "Rajasthan Police" not in found


def test_bare_government_is_the_government_named_just_before(extractor: Extractor) -> None:
    # government: a Union body named by its words, then "सरकार" in a story full of one state's places
    found = entities(
        extractor,
        "महाराष्ट्र के मुंबई, पुणे और नागपुर में धमाकों के बाद भारत सरकार ने राज्यों को अलर्ट भेजा. "
        "सरकार ने कहा कि हमलावरों को पकड़ा जाएगा.",
    )
    assert "सरकार" in found.get("Government of India", [])
    assert "Government of Maharashtra" not in found


def test_a_foreign_government_named_before_is_not_the_story_countrys(extractor: Extractor) -> None:
    # the body named before must be of the article's country: "पाक सरकार" then "सरकार" in an Indian story
    found = entities(
        extractor,
        "दिल्ली, मुंबई और कोलकाता में भारत सरकार के फ़ैसले पर बहस हुई. नेता ने कहा कि पाक सरकार चरमपंथियों की "
        "मदद कर रही है. लेकिन एक सांसद ने सरकार का बचाव किया.",
    )
    assert "सरकार" in found.get("Government of India", [])


def test_bare_government_beside_the_army_is_the_unions(extractor: Extractor) -> None:
    # union_agents: army beside "सरकार" in a story about Chhattisgarh; the state's government named
    # by its words stays the state's, and the bare word right after it too
    found = entities(
        extractor,
        "छत्तीसगढ़ के नारायणपुर, कांकेर और बस्तर में माओवादियों का असर है. पिछले महीने सेना ने सरकार से "
        "पूछा था कि क्या वह जवाबी कार्रवाई कर सकती है. छत्तीसगढ़ सरकार ने ज़मीन दे दी है. अब सरकार "
        "स्कूल भी बनाएगी.",
    )
    assert found.get("Government of India") == ["सरकार"]
    assert "सरकार" in found.get("Government of Chhattisgarh", [])


def test_a_court_word_is_the_court_named_just_before(extractor: Extractor) -> None:
    found = entities(extractor, "सुप्रीम कोर्ट ने सुनवाई टाल दी. अदालत ने कहा कि सरकार जवाब दाख़िल करे.")
    assert "अदालत" in found.get("Supreme Court of India", [])


def test_a_court_of_no_name_is_no_actor_and_no_person(extractor: Extractor) -> None:
    found = entities(extractor, "लखनऊ की एक स्थानीय अदालत ने पूर्व विधायक को दोषी करार दिया.")
    assert not any("court" in name.lower() for name in found)
    # a misspelt court word (a vowel sign misplaced) is no one's name either
    found = entities(extractor, "लखनऊ की एक स्थानीय अदलात ने पूर्व विधायक को दोषी करार दिया.")
    assert not any("अदलात" in texts for texts in found.values())


def test_government_after_a_given_name_is_a_family_name(extractor: Extractor) -> None:
    # family_name_nouns: the director's family name, no government
    found = entities(extractor, "लंदन में शूटिंग के बाद इस फ़िल्म का निर्देशन अनिर्बान सरकार ने किया है.")
    assert not any(name.startswith("Government") for name in found)
    assert any("अनिर्बान सरकार" in texts for texts in found.values())


def test_a_known_leaders_government_stays_his_government(extractor: Extractor) -> None:
    found = entities(extractor, "गुजरात की मोदी सरकार ने नई नीति की घोषणा की.")
    assert "Government of Gujarat" in found


def test_a_place_opening_a_team_name_is_no_place_of_the_story(extractor: Extractor) -> None:
    # the team "राजस्थान ब्लास्टर्स" (made up) says nothing of where the story is: the police is Delhi's
    found = entities(
        extractor,
        "दिल्ली में तीन क्रिकेटरों को गिरफ़्तार किया गया. उन पर राजस्थान ब्लास्टर्स के मैचों में फिक्सिंग का आरोप है. "
        "पुलिस ने बताया कि जांच जारी है.",
    )
    assert "Rajasthan Police" not in found


def _pack_groups() -> dict[str, object]:
    import tomllib
    from pathlib import Path

    import khabar

    path = Path(khabar.__file__).parent / "langpacks" / "hi" / "mentions.toml"
    with path.open("rb") as handle:
        groups: dict[str, object] = tomllib.load(handle)["groups"]
    return groups


SUCCESSIONS = sorted(_pack_groups()["state_successions"].items())  # type: ignore[union-attr]


@pytest.mark.parametrize(("state", "entry"), SUCCESSIONS, ids=[s for s, _ in SUCCESSIONS])
def test_a_state_made_later_is_the_older_state_before_its_date(
    extractor: Extractor, state: str, entry: list[str]
) -> None:
    # state_successions: each entry's own example, dated by the year it names
    older, _date, example = entry
    doc = extractor.extract(example, lang="hi")
    names = [e.name for e in doc.entities or [] if e.type == "ORG"]
    assert any(name.startswith(older) for name in names), names
    assert not any(name.startswith(state) for name in names), names


FAMILY_NAMES = sorted(_pack_groups()["family_name_nouns"].items())  # type: ignore[union-attr]


@pytest.mark.parametrize(("noun", "example"), FAMILY_NAMES, ids=[n for n, _ in FAMILY_NAMES])
def test_every_family_name_noun_is_a_name_in_its_example(
    extractor: Extractor, noun: str, example: str
) -> None:
    found = entities(extractor, example)
    assert any(noun in text and " " in text for texts in found.values() for text in texts), found
    assert not any(name.startswith("Government") for name in found), found


def test_a_court_word_after_a_demonstrative_or_an_article(extractor: Extractor) -> None:
    # same_referent_words keep the court named before; new_referent_words and describing words do not
    found = entities(
        extractor,
        "सुप्रीम कोर्ट ने सुनवाई टाल दी. इसी अदालत ने कहा कि सरकार जवाब दे. एक अदालत ने पहले फ़ैसला दिया था. "
        "स्थानीय अदालत भी सुनवाई करेगी.",
    )
    assert found.get("Supreme Court of India") == ["सुप्रीम कोर्ट", "अदालत"]


def test_a_court_owned_by_a_body_is_not_the_court_named_before(extractor: Extractor) -> None:
    found = entities(extractor, "सुप्रीम कोर्ट ने सुनवाई टाल दी. मामला अब सीबीआई की अदालत में है.")
    assert found.get("Supreme Court of India") == ["सुप्रीम कोर्ट"]


def test_the_previous_government_is_not_the_one_named_before(extractor: Extractor) -> None:
    # new_referent_words: "पिछली सरकार" after "राजस्थान सरकार" is another government (here, of the national
    # story), while a bare "सरकार" there is the one just named
    story = "प्रधानमंत्री नरेंद्र मोदी और गृह मंत्रालय ने बैठक की. बैठक में राजस्थान सरकार ने रिपोर्ट दी. "
    found = entities(extractor, story + "विपक्ष ने पिछली सरकार को ज़िम्मेदार ठहराया.")
    assert found.get("Government of Rajasthan") == ["राजस्थान सरकार"]
    found = entities(extractor, story + "विपक्ष ने सरकार को ज़िम्मेदार ठहराया.")
    assert found.get("Government of Rajasthan") == ["राजस्थान सरकार", "सरकार"]
