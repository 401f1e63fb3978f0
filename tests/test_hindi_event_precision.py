"""Hindi acts that are no political events: sport and show business, conditions. Sentences written for
these tests (hiprecision, session 13)."""

from __future__ import annotations

import re

from khabar.model import Entity, Mention, Span
from khabar.stages.events.common import Candidate, MentionIndex
from khabar.stages.events.pattern import HindiEventFinder

# name: (id, type, kb_id, sector); a kb_id of None is a name the knowledge base does not know
ACTORS: dict[str, tuple[str, str, str | None, str | None]] = {
    "बीसीसीआई": ("bcci", "ORG", "bcci", "BUS"),
    "राजेश कुमार": ("rajesh", "PER", None, None),
    "सुरेश वर्मा": ("suresh", "PER", None, None),
    "भारत": ("ind", "GPE", "country:IND", None),
    "पाकिस्तान": ("pak", "GPE", "country:PAK", None),
    "भाजपा": ("bjp", "ORG", "bjp", "PTY"),
    "दिल्ली पुलिस": ("delhi_police", "ORG", "police_delhi", "COP"),
    "सरकार": ("gov", "ORG", "gov_ind", "GOV"),
    "कांग्रेस": ("inc", "ORG", "inc", "PTY"),
    "हमास": ("hamas", "ORG", "hamas", "REB"),
    "संयुक्त राष्ट्र": ("un", "ORG", "un", "IGO"),
    "चीन": ("chn", "GPE", "country:CHN", None),
}


def _find(hi_finder: HindiEventFinder, text: str) -> list[Candidate]:
    entities = []
    for name, (id_, type_, kb_id, sector) in ACTORS.items():
        mentions = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
        if mentions:
            entities.append(Entity(id_, type_, name, mentions, kb_id=kb_id, sector=sector))
    spans = [(i, Span(m.start(), m.end())) for i, m in enumerate(re.finditer(r"[^।]+।?", text))]
    return hi_finder.find_all(text, spans, MentionIndex(entities))


def _roots(candidates: list[Candidate]) -> set[str]:
    return {c.cameo[:2] for c in candidates}


def test_sport_business_is_no_political_event(hi_finder: HindiEventFinder) -> None:
    # a match ban, a board's rejection, a franchise's thanks: the business of the game
    ban = "बीसीसीआई ने गेंदबाज़ राजेश कुमार पर चार मैचों का प्रतिबंध लगा दिया।"
    assert "16" not in _roots(_find(hi_finder, ban))
    rejection = "बीसीसीआई ने फ्रैंचाइज़ी की यह मांग ख़ारिज कर दी।"
    assert "12" not in _roots(_find(hi_finder, rejection))
    accusation = "सुरेश वर्मा ने कप्तान राजेश कुमार पर टीम को तोड़ने का आरोप लगाया।"
    assert "11" not in _roots(_find(hi_finder, accusation))
    # the same acts with no sport in the sentence are events
    assert "16" in _roots(_find(hi_finder, "सरकार ने राजेश कुमार पर प्रतिबंध लगा दिया।"))
    assert "11" in _roots(_find(hi_finder, "सुरेश वर्मा ने राजेश कुमार पर घोटाले का आरोप लगाया।"))


def test_a_state_actor_in_sport_keeps_its_act_and_arrests_are_never_screened(
    hi_finder: HindiEventFinder,
) -> None:
    # a country's appeal about cricket ties and a party's criticism are politics
    appeal = "पाकिस्तान ने भारत से क्रिकेट संबंध बहाल करने की अपील की।"
    assert "02" in _roots(_find(hi_finder, appeal))
    criticism = "भाजपा ने टेस्ट मैच में हार के बाद बीसीसीआई की आलोचना की।"
    assert "11" in _roots(_find(hi_finder, criticism))
    # an arrest of a cricketer is an event whoever makes it
    arrest = "दिल्ली पुलिस ने क्रिकेटर राजेश कुमार को गिरफ़्तार कर लिया।"
    assert "17" in _roots(_find(hi_finder, arrest))


def test_show_business_talk_is_no_political_event(hi_finder: HindiEventFinder) -> None:
    # a director's accusation against an actress about a film; a singer's thanks
    accusation = "निर्देशक सुरेश वर्मा ने अभिनेत्री पर फ़िल्म बीच में छोड़ने का आरोप लगाया।"
    assert "11" not in _roots(_find(hi_finder, accusation))
    thanks = "गायक राजेश कुमार ने अपने प्रशंसकों को धन्यवाद दिया और फ़िल्म का समर्थन करने की अपील की।"
    assert _roots(_find(hi_finder, thanks)).isdisjoint({"02", "05"})
    # a party's criticism of a film stays, and so does a protest against it
    criticism = "भाजपा ने फ़िल्म के निर्देशक सुरेश वर्मा की आलोचना की।"
    assert "11" in _roots(_find(hi_finder, criticism))


def test_an_act_inside_an_until_clause_is_a_condition(hi_finder: HindiEventFinder) -> None:
    # "as long as the BJP supports the government, it is safe": a condition, no support is reported
    until = "जब तक भाजपा सरकार का समर्थन करती है, सरकार सुरक्षित है।"
    assert "05" not in _roots(_find(hi_finder, until))
    # the appeal after the comma is made: "until Pakistan …, the government should not talk to it"
    appeal = "जब तक पाकिस्तान हमले बंद नहीं करता, सरकार को पाकिस्तान से बात नहीं करनी चाहिए।"
    assert "02" in _roots(_find(hi_finder, appeal))
    # without the condition the support is reported
    assert "05" in _roots(_find(hi_finder, "भाजपा सरकार का समर्थन करती है।"))


def test_a_simile_or_a_purpose_asserts_no_act(hi_finder: HindiEventFinder) -> None:
    # "as if Pakistan had attacked India": a simile
    simile = "सुरेश वर्मा ने कहा कि माहौल ऐसा था मानो पाकिस्तान ने भारत पर हमला कर दिया हो।"
    assert "19" not in _roots(_find(hi_finder, simile))
    # "so that the BJP can support the government": a purpose, the support is not given yet
    purpose = "बैठक बुलाई गई ताकि भाजपा सरकार का समर्थन कर सके।"
    assert "05" not in _roots(_find(hi_finder, purpose))
    assert "05" in _roots(_find(hi_finder, "भाजपा ने सरकार का समर्थन किया।"))


def test_a_chance_to_criticise_is_no_criticism(hi_finder: HindiEventFinder) -> None:
    chance = "भाजपा इस मुद्दे को सरकार को घेरने का अच्छा मौका मान रही है।"
    assert "11" not in _roots(_find(hi_finder, chance))
    assert "11" in _roots(_find(hi_finder, "भाजपा ने इस मुद्दे पर सरकार को घेरा।"))


def test_a_release_in_a_condition_or_that_may_come_is_none_but_a_refusal_is_kept(
    hi_finder: HindiEventFinder,
) -> None:
    # "until India releases Suresh Verma, there will be no talks"; "India may release him"
    assert "08" not in _roots(_find(hi_finder, "जब तक भारत सुरेश वर्मा को रिहा नहीं करता, बातचीत नहीं होगी।"))
    assert "08" not in _roots(_find(hi_finder, "भारत सुरेश वर्मा को रिहा कर सकता है।"))
    # "India did not release him": a refusal to yield, an act of its own (the coder makes it 124)
    refusal = _find(hi_finder, "भारत ने सुरेश वर्मा को रिहा नहीं किया।")
    assert [(c.cameo[:2], c.status) for c in refusal] == [("08", "denied")]


def test_an_until_clause_ends_at_its_copula_or_full_stop(hi_finder: HindiEventFinder) -> None:
    # "as long as there is blood in our bodies we will fight. Suresh Verma was arrested": the arrest is told
    text = "जब तक शरीर में ख़ून है हम लड़ते रहेंगे.बाद में दिल्ली पुलिस ने सुरेश वर्मा को गिरफ़्तार कर लिया।"
    assert "17" in _roots(_find(hi_finder, text))
    # no full stop: the condition ends at its copula "है"
    text = "जब तक शरीर में ख़ून है हम लड़ते रहेंगे और दिल्ली पुलिस ने सुरेश वर्मा को गिरफ़्तार कर लिया।"
    assert "17" in _roots(_find(hi_finder, text))


def test_in_an_article_of_show_business_a_star_s_refusal_is_no_event(hi_finder: HindiEventFinder) -> None:
    film = "राजेश कुमार ने चालीस फ़िल्मों में काम किया। उनकी पहली फ़िल्म हिट रही। बाद में वह अभिनेता से निर्देशक बने। "
    # "Suresh Verma first turned down Rajesh Kumar's offer": a sentence with no film word of its own
    refusal = "सुरेश वर्मा ने पहले राजेश कुमार का प्रस्ताव ठुकरा दिया।"
    assert "12" in _roots(_find(hi_finder, refusal))
    assert "12" not in _roots(_find(hi_finder, film + refusal))
    # two film sentences do not make a film article; a party's criticism stays in one
    assert "12" in _roots(_find(hi_finder, film.split("। ", 1)[1] + refusal))
    criticism = "भाजपा ने राजेश कुमार की आलोचना की।"
    assert "11" in _roots(_find(hi_finder, film + criticism))


def test_a_health_warning_is_no_threat_unless_the_state_warns(hi_finder: HindiEventFinder) -> None:
    # "Suresh Verma warned that smoking can cause cancer"
    health = "सुरेश वर्मा ने चेतावनी दी कि धूम्रपान से कैंसर हो सकता है।"
    assert "13" not in _roots(_find(hi_finder, health))
    assert "13" in _roots(_find(hi_finder, "सुरेश वर्मा ने भाजपा को चेतावनी दी।"))
    # a government's warning about a disease stays
    assert "13" in _roots(_find(hi_finder, "सरकार ने चेतावनी दी कि संक्रमण फैल सकता है।"))


def test_a_government_s_second_innings_is_no_sport(hi_finder: HindiEventFinder) -> None:
    text = "सरकार की दूसरी पारी में सुरेश वर्मा ने भाजपा की आलोचना की।"
    assert "11" in _roots(_find(hi_finder, text))


def test_a_lawsuit_in_show_business_stays(hi_finder: HindiEventFinder) -> None:
    # a legal act (115) is not the domain's talk: "the actress sued Suresh Verma for defamation"
    text = "अभिनेत्री ने फ़िल्म के निर्माता सुरेश वर्मा के ख़िलाफ़ मानहानि का मुक़दमा दायर किया।"
    assert "11" in _roots(_find(hi_finder, text))


# hiprec (session 15): refusals, offers, attitudes, questions and statements (sentences written for
# these tests)


def _events(candidates: list[Candidate]) -> set[tuple[str, str, str]]:
    return {(c.cameo[:2], ",".join(c.sources), ",".join(c.targets)) for c in candidates}


def test_an_act_refused_with_an_aside_or_a_manner_word_is_not_done(hi_finder: HindiEventFinder) -> None:
    # "Suresh Verma refused to support the BJP, saying he will stay out of politics"
    aside = "सुरेश वर्मा ने भाजपा का समर्थन करने से यह कहते हुए इनकार कर दिया कि वह राजनीति से दूर रहेंगे।"
    assert "05" not in _roots(_find(hi_finder, aside))
    assert "12" in _roots(_find(hi_finder, aside))
    # "… flatly refused to support Congress": a manner word between से and the refusal
    flatly = "भाजपा ने कांग्रेस का समर्थन करने से साफ़ मना कर दिया।"
    assert _events(_find(hi_finder, flatly)) == {("12", "bjp", "inc")}
    # "before meeting Suresh Verma, the BJP denied the charges": the meeting before the denial's से is told
    before = "सुरेश वर्मा से मिलने से पहले भाजपा ने आरोपों से इनकार किया।"
    assert "04" in _roots(_find(hi_finder, before))


def test_an_act_offered_or_proposed_is_not_done_and_lends_the_offer_its_target(
    hi_finder: HindiEventFinder,
) -> None:
    # "China offered to help Pakistan": an offer to Pakistan, no aid yet
    offer = _find(hi_finder, "चीन ने पाकिस्तान की मदद करने की पेशकश की।")
    assert "07" not in _roots(offer)
    assert ("03", "chn", "pak") in _events(offer)
    # "India turned down the proposal to talk with Pakistan": no talks
    proposal = "भारत ने पाकिस्तान से बातचीत करने का प्रस्ताव ठुकरा दिया।"
    assert "04" not in _roots(_find(hi_finder, proposal))
    assert "12" in _roots(_find(hi_finder, proposal))


def test_an_attitude_of_some_unnamed_people_is_no_event(hi_finder: HindiEventFinder) -> None:
    # "some residents hold Hamas responsible for these conditions": an attitude in the simple present
    attitude = "कुछ स्थानीय निवासी इन हालात के लिए हमास को ज़िम्मेदार ठहराते हैं।"
    assert "11" not in _roots(_find(hi_finder, attitude))
    assert "05" not in _roots(_find(hi_finder, "कई लोग भाजपा का समर्थन करते हैं।"))
    # a named doer's stance stays, and so does a past act of some people
    assert "11" in _roots(_find(hi_finder, "कांग्रेस इसके लिए हमास को ज़िम्मेदार ठहराती है।"))
    assert "14" in _roots(_find(hi_finder, "कुछ छात्रों ने सरकार के ख़िलाफ़ विरोध प्रदर्शन किया।"))


def test_a_question_word_before_an_act_asks_which_act(hi_finder: HindiEventFinder) -> None:
    # "let's see what action is taken against Suresh Verma"
    question = "देखते हैं सुरेश वर्मा पर क्या कार्रवाई होती है।"
    assert "17" not in _roots(_find(hi_finder, question))
    assert "17" in _roots(_find(hi_finder, "दिल्ली पुलिस ने सुरेश वर्मा के ख़िलाफ़ कार्रवाई की।"))


def test_the_owner_of_a_statement_is_not_what_it_condemns(hi_finder: HindiEventFinder) -> None:
    # "the UN resolution condemns the use of chemical weapons": the UN is not condemned
    resolution = "संयुक्त राष्ट्र के प्रस्ताव में रासायनिक हथियारों के इस्तेमाल की निंदा की गई है।"
    condemned = _find(hi_finder, resolution)
    assert all("un" not in c.targets for c in condemned)
    assert [c.sources for c in condemned if c.cameo.startswith("11")] == [["un"]]
    # "China was criticised in the statement of the Congress": Congress criticises China
    statement = _find(hi_finder, "कांग्रेस के बयान में चीन की आलोचना की गई।")
    assert ("11", "inc", "chn") in _events(statement)
    # a deed a report tells is not its owner's: "the UN report says the army was attacked"
    report = _find(hi_finder, "संयुक्त राष्ट्र की रिपोर्ट में पाकिस्तान पर हमला किया गया।")
    assert all("un" not in c.sources + c.targets for c in report)
    # a plain genitive stays the target
    assert ("11", "ind", "pak") in _events(_find(hi_finder, "भारत ने पाकिस्तान की निंदा की।"))


def test_people_as_the_subject_in_reported_words_are_not_the_speaker(hi_finder: HindiEventFinder) -> None:
    # "Suresh Verma said that people are opposing the government": the people oppose, not Suresh Verma
    people = _find(hi_finder, "सुरेश वर्मा ने कहा कि लोग सरकार का विरोध कर रहे हैं।")
    assert all("suresh" not in c.sources for c in people)
    # "… said that we (हम लोग) support the government": the speaker's own side
    ours = _find(hi_finder, "सुरेश वर्मा ने कहा कि हम लोग सरकार का समर्थन करते हैं।")
    assert any(c.cameo.startswith("05") and c.sources == ["suresh"] for c in ours)
