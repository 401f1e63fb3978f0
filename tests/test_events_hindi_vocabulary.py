"""The Hindi event vocabulary's machinery: verb morphology, spelling variants, passives, glued sentences,
refusals, domestic trips and the senses that are no event (each sentence written for its rule)."""

from __future__ import annotations

import pytest

from events_support import build_entities
from khabar.codes import CodeTables
from khabar.langpacks import load_language_packs
from khabar.model import Document, Sentence
from khabar.stages.events.hindi_clauses import is_passive, split_glued
from khabar.stages.events.hindi_verbs import HindiMorphology, stem_class
from khabar.stages.events.lexicon import load_lexicon
from khabar.stages.events.pattern import tokenize
from khabar.stages.events.stage import EventStage

PACKS = load_language_packs()
CODES = CodeTables.load()


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage(PACKS, codes=CODES)


@pytest.fixture(scope="module")
def morphology() -> HindiMorphology:
    lexicon = load_lexicon(PACKS.get("hi"), CODES)  # type: ignore[arg-type]
    assert lexicon is not None and lexicon.morphology is not None
    return lexicon.morphology


def events(stage: EventStage, text: str, names: list[tuple[str, str, list[str]]]) -> list[tuple]:
    doc = Document(id="t", raw=text, clean=text, lang="hi")
    doc.sentences = [Sentence(0, len(text))]
    doc.entities = build_entities(text, names)
    doc.dates = []
    stage(doc)
    by_id = {e.id: e.name for e in doc.entities}
    return [
        (e.plover, by_id.get(e.source or ""), by_id.get(e.target or ""), e.status) for e in doc.events or []
    ]


# ---------------------------------------------------------------------------------------- morphology
def test_stem_classes_and_regular_paradigms(morphology: HindiMorphology) -> None:
    assert [stem_class(s) for s in ("मार", "लगा", "दे")] == ["consonant", "long_a", "vowel"]
    mar = morphology.paradigm("मार")
    assert mar["perfective"] == ("मारा", "मारी", "मारे", "मारीं")
    assert {"मारता", "मारने", "मारेगा", "मारेंगे", "मारकर"} <= morphology.forms("मार")
    laga = morphology.forms("लगा")
    assert {"लगाया", "लगाई", "लगाए", "लगाये", "लगाएगा", "लगाने", "लगाकर"} <= laga


def test_irregular_verbs_take_their_own_forms(morphology: HindiMorphology) -> None:
    assert morphology.paradigm("कर")["perfective"] == ("किया", "की", "किए", "किये", "कीं")
    assert {"करेगी", "करने", "करते", "कर", "करके"} <= morphology.forms("कर")
    assert {"दिया", "दी", "दूंगा", "देंगे", "देकर"} <= morphology.forms("दे")
    assert "हुआ" in morphology.forms("हो") and "होगा" in morphology.forms("हो")
    assert "करा" not in morphology.paradigm("कर")["perfective"]  # the regular ending is replaced


def test_a_phrase_inflects_its_last_word(morphology: HindiMorphology) -> None:
    forms = morphology.phrase_forms("हिरासत में ले")
    assert ("हिरासत", "में", "लिया") in forms and ("हिरासत", "में", "लेगी") in forms
    assert all(f[:2] == ("हिरासत", "में") for f in forms)


def test_lemma_entries_match_every_inflection(stage: EventStage) -> None:
    names = [("Police", "ORG", ["पुलिस"]), ("Ajay", "PER", ["अजय"])]
    for verb in ("गिरफ़्तार किया", "गिरफ्तार कर लिया", "गिरफ़्तार करेगी", "गिरफ्तार करती है"):
        got = events(stage, f"पुलिस ने अजय को {verb}।", names)
        assert got[0][:3] == ("COERCE", "Police", "Ajay"), verb
    assert events(stage, "पुलिस अजय को गिरफ़्तार करेगी।", names)[0][3] == "planned"


def test_spelling_variants_are_matched_by_normalisation(stage: EventStage) -> None:
    names = [("Court", "ORG", ["अदालत"]), ("Ram", "PER", ["राम"])]
    for sentence in ("अदालत ने राम को ज़मानत दी।", "अदालत ने राम को जमानत दी।"):
        assert events(stage, sentence, names)[0][:3] == ("CONCEDE", "Court", "Ram")
    names = [("Army", "ORG", ["सेना"]), ("Town", "GPE", ["कस्बे"])]
    assert events(stage, "सेना ने कस्बे पर क़ब्ज़ा कर लिया।", names)[0][:3] == ("COERCE", "Army", "Town")
    assert events(stage, "सेना ने कस्बे पर कब्जा कर लिया।", names)[0][:3] == ("COERCE", "Army", "Town")


# ---------------------------------------------------------------------------------------- passives
def test_passive_detection() -> None:
    perfective = frozenset({"किए", "किया", "दिया"})
    aux = frozenset({"गए", "गया", "जाएगा"})
    explicators = frozenset({"दिया"})
    assert is_passive(["गिरफ़्तार", "किए", "गए"], 1, perfective, aux, explicators)
    assert is_passive(["रिहा", "कर", "दिया", "गया"], 1, perfective, aux, explicators)
    assert not is_passive(["गिरफ़्तार", "करने", "जा"], 1, perfective, aux, explicators)  # about to
    assert not is_passive(["गिरफ़्तार", "किया", "था"], 1, perfective, aux, explicators)


def test_passive_subject_is_the_one_acted_on(stage: EventStage) -> None:
    names = [("Haji Ghalib", "PER", ["हाजी ग़ालिब"])]
    got = events(stage, "हाजी ग़ालिब फ़रवरी 2003 में गिरफ़्तार किए गए थे।", names)
    assert got == [("COERCE", None, "Haji Ghalib", "occurred")]


def test_passive_agent_by_dvara_and_ke_hathon(stage: EventStage) -> None:
    names = [("Army", "ORG", ["सेना"]), ("Morsi", "PER", ["मुर्सी"])]
    got = events(stage, "मुर्सी को सेना द्वारा गिरफ़्तार किया गया।", names)
    assert got[0][:3] == ("COERCE", "Army", "Morsi")
    names = [("Police", "ORG", ["पुलिस"]), ("Kishenji", "PER", ["किशनजी"])]
    got = events(stage, "किशनजी पुलिस के हाथों मार गिराए गए।", names)
    assert got[0][:3] == ("ASSAULT", "Police", "Kishenji")


# ---------------------------------------------------------------------------------------- clauses
def test_a_full_stop_glued_to_the_next_word_ends_the_clause(stage: EventStage) -> None:
    runs = split_glued(tokenize("वह नेता हैं.मई में डॉ. सिंह आए."), frozenset({"डॉ"}))
    assert [[t.text for t in run][-1] for run in runs] == [".", "."]
    assert len(runs) == 2  # "डॉ." is an abbreviation, the final stop ends the text
    names = [("Jalili", "PER", ["जलीली"]), ("Mesbah", "PER", ["मिस्बाह"]), ("Ban", "PER", ["बैन"])]
    text = "बैन ने जलीली की बात की.मिस्बाह ने जलीली से मुलाकात की."
    got = events(stage, text, names)
    assert ("CONSULT", "Mesbah", "Jalili", "occurred") in got
    assert all(e[1] != "Ban" for e in got if e[0] == "CONSULT")


def test_release_not_made_is_a_refusal(stage: EventStage) -> None:
    names = [("Police", "ORG", ["पुलिस"]), ("Ramesh", "PER", ["रमेश"])]
    got = events(stage, "पुलिस ने रमेश को नहीं छोड़ा।", names)
    assert got == [("REJECT", "Police", "Ramesh", "occurred")]


def test_a_trip_inside_ones_own_country_is_no_visit(stage: EventStage) -> None:
    text = "मुख्यमंत्री भूपेश बघेल खैरागढ़ पहुंचे।"
    doc = Document(id="t", raw=text, clean=text, lang="hi")
    doc.sentences = [Sentence(0, len(text))]
    names = [("Bhupesh Baghel", "PER", ["भूपेश बघेल"]), ("Khairagarh", "GPE", ["खैरागढ़"])]
    doc.entities = build_entities(text, names)
    for entity in doc.entities:
        entity.country = "IND"
    doc.dates = []
    assert stage(doc).events == []
    doc.entities[1].country = "PAK"  # the same words about a trip abroad: a visit
    assert [e.plover for e in stage(doc).events or []] == ["CONSULT"]


# ---------------------------------------------------------------------------------------- senses
def test_mile_as_received_is_no_meeting(stage: EventStage) -> None:
    names = [("Ram", "PER", ["राम"]), ("Shyam", "PER", ["श्याम"])]
    assert events(stage, "राम को चुनाव में पांच हज़ार वोट मिले।", names) == []
    assert events(stage, "राम श्याम से मिले।", names)[0][:3] == ("CONSULT", "Ram", "Shyam")
    got = events(stage, "राम के चीनी नेताओं से मिलने की उम्मीद है।", names)  # someone unnamed is met
    assert [(e[0], {e[1], e[2]}, e[3]) for e in got] == [("CONSULT", {"Ram", None}, "planned")]


def test_an_arrest_is_not_the_protesters_act(stage: EventStage) -> None:
    names = [("Congress", "ORG", ["कांग्रेस"]), ("Rao", "PER", ["राव"])]
    got = events(stage, "कांग्रेस ने राव की गिरफ्तारी का विरोध किया।", names)
    arrests = [e for e in got if e[0] == "COERCE"]
    assert arrests == [("COERCE", None, "Rao", "occurred")]


def test_meetings_said_with_baithak(stage: EventStage) -> None:
    names = [("Anna Hazare", "PER", ["अन्ना हज़ारे"]), ("Nitish Kumar", "PER", ["नीतीश कुमार"])]
    got = events(stage, "अन्ना हज़ारे ने नीतीश कुमार के साथ बैठक की।", names)
    assert got[0][:3] == ("CONSULT", "Anna Hazare", "Nitish Kumar")
    got = events(stage, "नीतीश कुमार के साथ बैठक के दौरान अन्ना हज़ारे ने लोकपाल पर बात की।", names)
    assert ("CONSULT", "Anna Hazare", "Nitish Kumar") in [e[:3] for e in got]


def test_coordinated_targets_each_get_an_event(stage: EventStage) -> None:
    names = [
        ("Court", "ORG", ["अदालत"]),
        ("Sakaluram", "PER", ["सकालूराम"]),
        ("Lachhuntam", "PER", ["लच्छूनताम"]),
        ("Navarji", "PER", ["नवरजी"]),
    ]
    got = events(stage, "अदालत ने सकालूराम, लच्छूनताम और नवरजी को सज़ा सुनाई।", names)
    assert sorted(e[2] for e in got if e[0] == "COERCE") == ["Lachhuntam", "Navarji", "Sakaluram"]


# ---------------------------------------------------------------------------------------- coverage
def test_lexicon_coverage_report() -> None:
    from click.testing import CliRunner

    from khabar.stages.events.coverage import coverage, lexicon_command

    by_lang = {c.lang: c for c in coverage(PACKS, CODES)}
    hindi = by_lang["hi"]
    assert hindi.roots == [f"{i:02d}" for i in range(1, 21)]  # every CAMEO root has a Hindi entry
    assert len(hindi.leaves(CODES)) >= 150 and hindi.triggers >= 600
    assert hindi.by_code["173"] >= 2 and "en" in by_lang
    result = CliRunner().invoke(lexicon_command, ["--codes"])
    assert result.exit_code == 0 and "Arrest, detain" in result.output


def test_he_is_the_last_agent_not_the_last_name(stage: EventStage) -> None:
    text = "अरुण जेटली ने कहा कि जनरल सुहाग ही प्रमुख रहेंगे। उन्होंने सेना की आलोचना की।"
    doc = Document(id="t", raw=text, clean=text, lang="hi")
    cut = text.index("।") + 1
    doc.sentences = [Sentence(0, cut), Sentence(cut + 1, len(text))]
    names = [("Arun Jaitley", "PER", ["अरुण जेटली"]), ("Suhag", "PER", ["सुहाग"]), ("Army", "ORG", ["सेना"])]
    doc.entities = build_entities(text, names)
    doc.dates = []
    by_id = {e.id: e.name for e in doc.entities}
    got = [(e.plover, by_id.get(e.source or ""), by_id.get(e.target or "")) for e in stage(doc).events or []]
    assert ("ACCUSE", "Arun Jaitley", "Army") in got


def test_a_person_pronoun_can_be_the_target(stage: EventStage) -> None:
    text = "सिंघल गुजरात में अधिकारी थे। उन्हें फ़रवरी में गिरफ़्तार किया गया। उन पर सबूत मिटाने का आरोप है।"
    doc = Document(id="t", raw=text, clean=text, lang="hi")
    cuts = [i + 1 for i, ch in enumerate(text) if ch == "।"]
    doc.sentences = [Sentence(a, b) for a, b in zip([0, *[c + 1 for c in cuts[:-1]]], cuts, strict=True)]
    doc.entities = build_entities(text, [("Gujarat", "GPE", ["गुजरात"]), ("Singhal", "PER", ["सिंघल"])])
    doc.dates = []
    by_id = {e.id: e.name for e in doc.entities}
    got = {(e.plover, by_id.get(e.source or ""), by_id.get(e.target or "")) for e in stage(doc).events or []}
    assert {("COERCE", None, "Singhal"), ("ACCUSE", None, "Singhal")} <= got


def test_interviews_hosts_and_visitless_arrivals_are_no_events(stage: EventStage) -> None:
    names = [("BBC", "ORG", ["बीबीसी"]), ("Irrfan Khan", "PER", ["इरफ़ान"]), ("India", "GPE", ["भारत"])]
    assert events(stage, "बीबीसी से बात करते हुए इरफ़ान ने कहा कि फ़िल्म अच्छी है।", names) == []
    assert events(stage, "इरफ़ान ने बीबीसी से बात की।", names)[0][:3] == ("CONSULT", "Irrfan Khan", "BBC")
    assert events(stage, "इरफ़ान ने बीबीसी की यह बात स्वीकार की।", names) == []  # the host takes की
    assert events(stage, "नया फ़ोन अगले महीने भारत पहुंचेगा।", names) == []  # no visitor


def test_a_passive_with_a_ko_phrase_takes_no_other_patient(stage: EventStage) -> None:
    names = [("Amaravati", "GPE", ["अमरावती"])]
    got = events(stage, "अमरावती: पुलिस अधिकारियों के मुताबिक एक विधायक को गिरफ्तार किया गया।", names)
    assert got == []  # the MLA (no entity) was arrested, not the dateline's city


def test_a_good_performance_is_no_demonstration(stage: EventStage) -> None:
    names = [("England", "GPE", ["इंग्लैंड"]), ("India", "GPE", ["भारत"]), ("Students", "ORG", ["छात्रों"])]
    assert events(stage, "इंग्लैंड ने भारत में अच्छा प्रदर्शन नहीं किया।", names) == []
    got = events(stage, "छात्रों ने भारत के खिलाफ प्रदर्शन किया।", names)
    assert got[0][:3] == ("PROTEST", "Students", "India")


# ------------------------------------------------------------------------- figures of speech (session 8)
def _with_sectors(
    stage: EventStage, text: str, names: list[tuple[str, str, list[str]]], sectors: dict[str, str]
) -> list[tuple]:
    doc = Document(id="t", raw=text, clean=text, lang="hi")
    doc.sentences = [Sentence(0, len(text))]
    doc.entities = build_entities(text, names)
    for entity in doc.entities:
        entity.sector = sectors.get(entity.name, entity.sector)
    doc.dates = []
    stage(doc)
    by_id = {e.id: e.name for e in doc.entities}
    return [(e.cameo, by_id.get(e.source or ""), by_id.get(e.target or "")) for e in doc.events or []]


def test_an_attack_on_a_thing_that_is_no_actor_is_a_figure_of_speech(stage: EventStage) -> None:
    bowler = [("BOWLER", "PER", ["कुलदीप यादव"])]
    text = "कुलदीप यादव ने मेहमान टीम के बल्लेबाज़ों की कमज़ोरी पर ज़बरदस्त हमला किया।"
    assert events(stage, text, bowler) == []
    text = "विपक्ष का कहना है कि इस बजट से देश की अर्थव्यवस्था पर हमला हुआ है।"
    assert events(stage, text, []) == []
    # a place or a body as the target keeps the attack
    names = [("ARMY", "ORG", ["वायुसेना"]), ("TOWN", "GPE", ["कस्बे"])]
    text = "वायुसेना ने चरमपंथियों के ठिकानों पर हमला किया।"
    assert [e[0] for e in events(stage, text, names)] == ["ASSAULT"]


def test_a_politicians_attack_on_a_political_actor_is_criticism(stage: EventStage) -> None:
    names = [("LEADER", "PER", ["तेजस्वी यादव"]), ("PARTY", "ORG", ["जदयू"])]
    sectors = {"LEADER": "OPP", "PARTY": "PTY"}
    text = "तेजस्वी यादव ने जदयू पर हमला किया और कहा कि सरकार हर मोर्चे पर नाकाम रही।"
    assert _with_sectors(stage, text, names, sectors)[0] == ("111", "LEADER", "PARTY")
    # an organisation's people as the agent (party workers, the police) keep the violence
    workers = [("WORKERS", "ORG", ["राजद कार्यकर्ताओं"]), ("PARTY", "ORG", ["जदयू"])]
    text = "राजद कार्यकर्ताओं ने जदयू के दफ़्तर पर हमला किया।"
    coded = _with_sectors(stage, text, workers, {"WORKERS": "PTY", "PARTY": "PTY"})
    assert coded and coded[0][0] == "190"
    # a politician's attack on a country stays an attack
    names = [("LEADER", "PER", ["प्रधानमंत्री"]), ("LAND", "GPE", ["पड़ोसी देश"])]
    text = "प्रधानमंत्री ने कहा कि पड़ोसी देश पर हमला किया जाएगा।"
    assert all(c[0] != "111" for c in _with_sectors(stage, text, names, {"LEADER": "GOV"}))


def test_should_be_in_reported_speech_is_no_appeal_without_an_addressee(stage: EventStage) -> None:
    coach = [("COACH", "PER", ["राहुल द्रविड़"])]
    text = "राहुल द्रविड़ ने कहा कि टीम में एक और स्पिनर होना चाहिए।"
    assert events(stage, text, coach) == []
    # with someone named to act it is an appeal; and a transitive "should do" is one in speech alone
    names = [("MP", "PER", ["सांसद"]), ("GOV", "ORG", ["सरकार"])]
    text = "सांसद ने कहा कि सरकार को इस मामले में सतर्क होना चाहिए।"
    assert ("REQUEST", "MP", "GOV", "occurred") in events(stage, text, names)
    text = "राहुल द्रविड़ ने कहा कि इस फ़ैसले पर दोबारा विचार करना चाहिए।"
    assert [e[:2] for e in events(stage, text, coach)] == [("REQUEST", "COACH")]
    # (hiprecision, s13) the same appeal about the players' selection is sport business: no event
    text = "राहुल द्रविड़ ने कहा कि खिलाड़ियों के चयन पर दोबारा विचार करना चाहिए।"
    assert events(stage, text, coach) == []


def test_an_act_announced_or_decided_is_planned(stage: EventStage) -> None:
    union = [("UNION", "ORG", ["शिक्षक संघ"])]
    text = "शिक्षक संघ ने अगले सोमवार से हड़ताल करने का ऐलान किया है।"
    assert [(e[0], e[3]) for e in events(stage, text, union)] == [("PROTEST", "planned")]
    text = "शिक्षक संघ ने पिछले सोमवार को हड़ताल की।"
    assert [(e[0], e[3]) for e in events(stage, text, union)] == [("PROTEST", "occurred")]


def test_a_demand_made_in_a_letter_is_addressed_to_the_one_written_to(stage: EventStage) -> None:
    names = [("CM", "PER", ["हेमंत सोरेन"]), ("PM", "PER", ["प्रधानमंत्री मोदी"])]
    text = "हेमंत सोरेन ने प्रधानमंत्री मोदी को पत्र लिखकर राज्य के बकाये की मांग की।"
    assert ("REQUEST", "CM", "PM", "occurred") in events(stage, text, names)
    # a letter written to someone else than the one asked: the named addressee of the demand wins
    names.append(("CENTRE", "ORG", ["केंद्र"]))
    text = "हेमंत सोरेन ने प्रधानमंत्री मोदी को पत्र लिखकर केंद्र से बकाये की मांग की।"
    assert ("REQUEST", "CM", "CENTRE", "occurred") in events(stage, text, names)


def test_a_sentence_continuing_the_one_before_takes_its_agent(stage: EventStage) -> None:
    text = "हेमंत सोरेन ने दुमका में सभा को संबोधित किया. इसके बाद झामुमो प्रत्याशियों का प्रचार भी किया."
    names = [("CM", "PER", ["हेमंत सोरेन"]), ("PARTY", "ORG", ["झामुमो"])]
    doc = Document(id="t", raw=text, clean=text, lang="hi")
    cut = text.index(".") + 1
    doc.sentences = [Sentence(0, cut), Sentence(cut + 1, len(text))]
    doc.entities = build_entities(text, names)
    doc.dates = []
    stage(doc)
    by_id = {e.id: e.name for e in doc.entities}
    coded = [(e.plover, by_id.get(e.source or ""), by_id.get(e.target or "")) for e in doc.events or []]
    assert ("SUPPORT", "CM", "PARTY") in coded
    # no opener: a sentence of its own with no agent names none
    text = "हेमंत सोरेन ने दुमका में सभा को संबोधित किया. झामुमो प्रत्याशियों का प्रचार भी किया गया."
    doc = Document(id="t", raw=text, clean=text, lang="hi")
    doc.sentences = [Sentence(0, cut), Sentence(cut + 1, len(text))]
    doc.entities = build_entities(text, names)
    doc.dates = []
    stage(doc)
    assert all(e.source is None for e in doc.events or [])


def test_a_cooperative_act_with_no_partner_named_is_no_event(stage: EventStage) -> None:
    parties = [("PARTIES", "ORG", ["पांच वाम दलों"])]
    text = "पांच वाम दलों ने मिलकर एक नया गठबंधन बनाया है।"
    assert events(stage, text, parties) == []
    # a partner named, a pair of agents, or someone unnamed met keep the act
    names = [("A", "ORG", ["माकपा"]), ("B", "ORG", ["भाकपा"])]
    text = "माकपा ने भाकपा के साथ गठबंधन किया है।"
    assert [e[:3] for e in events(stage, text, names)] == [("AGREE", "A", "B")]
    text = "माकपा और भाकपा ने समझौते पर हस्ताक्षर किए।"
    assert [e[0] for e in events(stage, text, names)] == ["SUPPORT"]
    leader = [("L", "PER", ["सीताराम येचुरी"])]
    text = "सीताराम येचुरी कल किसान नेताओं से मिलेंगे।"
    assert [e[0] for e in events(stage, text, leader)] == ["CONSULT"]
