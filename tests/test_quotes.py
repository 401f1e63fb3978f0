"""The quotes stage, construction by construction (Hindi and English), with hand-made entities."""

from __future__ import annotations

import pytest

from khabar.errors import LanguagePackError
from khabar.langpacks import load_language_packs
from khabar.model import Document
from khabar.pipeline import Pipeline
from khabar.stages.quotes.stage import find_marked, find_quote_candidates, load_quote_rules
from quotes_support import doc_with_entities as _doc
from quotes_support import quote_extractor as _extractor
from quotes_support import quote_stage as _stage


def _quotes(doc: Document) -> list[tuple[str | None, str, bool, str | None]]:
    """(speaker name, content, direct, cue text) of every quote the stage finds."""
    doc = _stage()(doc)
    names = {e.id: e.name for e in doc.entities or []}
    text = doc.clean or ""
    return [
        (
            names.get(q.speaker or ""),
            text[q.start : q.end],
            q.direct,
            text[q.cue.start : q.cue.end] if q.cue else None,
        )
        for q in doc.quotes or []
    ]


def _examples() -> list[tuple[str, str]]:
    rules = load_quote_rules(_extractor().resources.packs)
    return [(lang, p.name) for lang, r in sorted(rules.items()) for p in r.patterns]


@pytest.mark.parametrize(("lang", "name"), _examples())
def test_every_pattern_example(lang: str, name: str) -> None:
    rules = load_quote_rules(_extractor().resources.packs)[lang]
    pattern = next(p for p in rules.patterns if p.name == name)
    assert pattern.regex.search(pattern.example), f"{lang}/{name}: regex does not match its example"
    doc = _extractor().extract(pattern.example, lang=lang)
    doc.entities = []
    text = doc.clean or ""
    found = [
        c
        for c in find_quote_candidates(doc, rules)
        if text[c.content.start :].startswith(pattern.example_content or "")
    ]
    assert found, f"{lang}/{name}: no candidate with content {pattern.example_content!r}"
    cand = found[0]
    assert cand.speaker is not None
    assert text[cand.speaker.start : cand.speaker.end] == pattern.example_speaker
    assert cand.direct == pattern.example_direct


def test_stage_contract() -> None:
    stage = _stage()
    assert stage.name == "quotes"
    assert stage.requires == {"clean", "sentences", "lang", "entities"}
    assert stage.assigns == {"quotes"}


def test_pipeline_without_entities_is_refused() -> None:
    from khabar.errors import PipelineError

    before_entities = [
        s for s in _extractor().pipeline.stages if s.name in {"clean", "metadata", "language", "segment"}
    ]
    with pytest.raises(PipelineError, match="entities"):
        Pipeline([*before_entities, _stage()])


def test_bad_pattern_is_a_clear_error(tmp_path) -> None:
    pack = tmp_path / "xx"
    pack.mkdir()
    (pack / "pack.toml").write_text('code = "xx"\nname = "Test"\nscript = "Latn"\n')
    (pack / "quotes.toml").write_text('[[patterns]]\nname = "bad"\nregex = "said"\nexample = "x"\n')
    with pytest.raises(LanguagePackError, match=r"'bad'.*group named 'cue'"):
        load_quote_rules(load_language_packs(tmp_path))


# --- Hindi -----------------------------------------------------------------------------------------

WANG = {"वांग यी": ("Wang Yi", "PER"), "श्री वांग": ("Wang Yi", "PER"), "वांग": ("Wang Yi", "PER")}
TASS = {"टीएएसएस": ("TASS", "ORG")}


def test_hi_ne_kaha_ki() -> None:
    got = _quotes(_doc("श्री वांग ने कहा कि चीन और रूस के बीच सहयोग मजबूत है।", "hi", WANG))
    assert got == [("Wang Yi", "चीन और रूस के बीच सहयोग मजबूत है", False, "कहा")]


def test_hi_ne_kaha_direct() -> None:
    got = _quotes(_doc('वांग ने कहा, "रूस और चीन एक-दूसरे का समर्थन करते हैं।"', "hi", WANG))
    assert got == [("Wang Yi", "रूस और चीन एक-दूसरे का समर्थन करते हैं।", True, "कहा")]


def test_hi_ne_bataya_ki_agency_reports() -> None:
    doc = _doc("केसीएनए ने बताया कि किम ने परीक्षण का खुद निरीक्षण किया।", "hi", {"केसीएनए": ("KCNA", "ORG")})
    assert _quotes(doc) == [("KCNA", "किम ने परीक्षण का खुद निरीक्षण किया", False, "बताया")]


def test_hi_jor_diya_ki_and_pronoun() -> None:
    text = "वांग यी ने बीजिंग में वार्ता की। उन्होंने इस बात पर जोर दिया कि दोनों पक्षों को एकजुट रहना चाहिए।"
    got = _quotes(_doc(text, "hi", WANG))
    assert got == [("Wang Yi", "दोनों पक्षों को एकजुट रहना चाहिए", False, "इस बात पर जोर दिया")]


def test_hi_ke_anusar_person_is_speaker() -> None:
    text = "विदेश मंत्री वांग यी के अनुसार, दोनों देशों के बीच वार्ता अगले सप्ताह होगी।"
    assert _quotes(_doc(text, "hi", WANG)) == [
        ("Wang Yi", "दोनों देशों के बीच वार्ता अगले सप्ताह होगी", False, "के अनुसार")
    ]


def test_hi_agency_as_source_is_not_the_speaker() -> None:
    text = "टीएएसएस के अनुसार, रूसी अधिकारियों का स्वागत करते हुए विदेश मंत्री वांग ने कहा कि बीजिंग तैयार है।"
    got = _quotes(_doc(text, "hi", {**WANG, **TASS}))
    assert got == [("Wang Yi", "बीजिंग तैयार है", False, "कहा")]
    # With no person speaking, "according to TASS" gives no quote attributed to TASS.
    only_source = _quotes(_doc("टीएएसएस के अनुसार, रूसी सेना ने तीन गांवों पर कब्जा कर लिया है।", "hi", TASS))
    assert all(speaker != "TASS" for speaker, *_ in only_source)


def test_hi_multi_sentence_direct_quote_is_one_quote() -> None:
    text = "जर्मन चांसलर ओलाफ स्कोल्ज ने एक बयान में कहा, ‘हम यूक्रेन के साथ एकजुट हैं. रूस को तत्काल कार्रवाई रोकनी चाहिए.’"
    got = _quotes(_doc(text, "hi", {"ओलाफ स्कोल्ज": ("Olaf Scholz", "PER")}))
    assert got == [("Olaf Scholz", "हम यूक्रेन के साथ एकजुट हैं. रूस को तत्काल कार्रवाई रोकनी चाहिए.", True, "कहा")]


def test_hi_title_only_speaker_resolves_to_person_named_before() -> None:
    text = "चीनी राष्ट्रपति शी जिनपिंग ने शोइगु से मुलाकात की।\nचीनी नेता ने कहा कि दोनों पक्षों को संचार बनाए रखना चाहिए।"
    names = {"शी जिनपिंग": ("Xi Jinping", "PER"), "शोइगु": ("Sergei Shoigu", "PER")}
    assert _quotes(_doc(text, "hi", names))[0][0] == "Xi Jinping"


def test_hi_caption_gives_no_quote() -> None:
    text = (
        "श्री वांग ने कहा कि चीन तैयार है।\n"
        "फोटो: श्री वांग ने कहा कि यह तस्वीर बीजिंग की है।\n"
        "दूसरी पंक्ति में कोई उद्धरण नहीं है।"
    )
    doc = _doc(text, "hi", WANG)
    assert any(s.kind == "caption" for s in doc.sentences or [])
    assert [q[1] for q in _quotes(doc)] == ["चीन तैयार है"]


def test_hi_scare_quotes_are_not_quotes() -> None:
    text = "भारत ने शांति की दिशा में उनके नेतृत्व को “अत्यंत सराहनीय” बताया है।"
    assert _quotes(_doc(text, "hi", {"भारत": ("India", "GPE")})) == []


# --- English ---------------------------------------------------------------------------------------

PEOPLE_EN = {
    "Sergei Shoigu": ("Sergei Shoigu", "PER"),
    "Wang Yi": ("Wang Yi", "PER"),
    "Shigeru Ishiba": ("Shigeru Ishiba", "PER"),
    "TASS": ("TASS", "ORG"),
}


def test_en_said_that() -> None:
    got = _quotes(_doc("Wang Yi said on Tuesday that China is willing to deepen trust.", "en", PEOPLE_EN))
    assert got == [("Wang Yi", "China is willing to deepen trust", False, "said")]


def test_en_told_object_zero_that() -> None:
    text = "Sergei Shoigu told Foreign Minister Wang Yi their most urgent task should be countering the West."
    got = _quotes(_doc(text, "en", PEOPLE_EN))
    assert got == [("Sergei Shoigu", "their most urgent task should be countering the West", False, "told")]


def test_en_told_reporters_that() -> None:
    got = _quotes(_doc("Shigeru Ishiba told reporters that Japan would stay neutral.", "en", PEOPLE_EN))
    assert got == [("Shigeru Ishiba", "Japan would stay neutral", False, "told")]


def test_en_according_to_agency_is_a_source() -> None:
    doc = _doc("According to TASS, Russian troops have taken three villages in the east.", "en", PEOPLE_EN)
    assert _quotes(doc) == []
    doc = _doc("According to Wang Yi, the talks will resume next week in Beijing.", "en", PEOPLE_EN)
    assert _quotes(doc) == [("Wang Yi", "the talks will resume next week in Beijing", False, "According to")]


def test_en_stressed_warned_added() -> None:
    text = (
        "Sergei Shoigu stressed that the relations are a pillar of stability. "
        "Wang Yi warned that outside pressure would fail. "
        '"We will not be divided," he added.'
    )
    got = _quotes(_doc(text, "en", PEOPLE_EN))
    assert got == [
        ("Sergei Shoigu", "the relations are a pillar of stability", False, "stressed"),
        ("Wang Yi", "outside pressure would fail", False, "warned"),
        ("Wang Yi", "We will not be divided", True, "added"),
    ]


def test_en_quote_first_he_said_resolves_pronoun() -> None:
    text = (
        "Shigeru Ishiba spoke to reporters in Tokyo on Sunday.\n"
        '"It is paramount to calm down the situation soon," he said.'
    )
    assert _quotes(_doc(text, "en", PEOPLE_EN)) == [
        ("Shigeru Ishiba", "It is paramount to calm down the situation soon", True, "said")
    ]


def test_en_tail_reported_and_surname() -> None:
    text = (
        "Sergei Shoigu arrived in Beijing.\n"
        "Relations between Russia and China are one of the pillars of global security, "
        "Shoigu said on Tuesday."
    )
    assert _quotes(_doc(text, "en", PEOPLE_EN)) == [
        (
            "Sergei Shoigu",
            "Relations between Russia and China are one of the pillars of global security",
            False,
            "said",
        )
    ]


def test_en_multi_sentence_direct_quote() -> None:
    text = 'Wang Yi said, "The ties are strong. They have withstood every test. They will grow."'
    got = _quotes(_doc(text, "en", PEOPLE_EN))
    assert got == [
        ("Wang Yi", "The ties are strong. They have withstood every test. They will grow.", True, "said")
    ]


def test_en_apostrophes_are_not_quote_marks() -> None:
    rules = load_quote_rules(_extractor().resources.packs)["en"]
    text = "Russia’s envoy said the countries’ ties were strong and ‘we will stay together for years’ today."
    marked = find_marked(text, rules)
    assert [text[m.content.start : m.content.end] for m in marked] == ["we will stay together for years"]


def test_empty_and_unknown_language() -> None:
    doc = _doc("Bonjour tout le monde.", "en", {})
    doc.lang = "fr"
    assert _stage()(doc).quotes == []


def test_en_said_then_a_name_starts_the_clause() -> None:
    # "said" takes no object: a capitalised word after it begins what was said ("told" is different,
    # see test_en_told_object_zero_that)
    got = _quotes(_doc("Wang Yi said Beijing would host the next round of talks.", "en", PEOPLE_EN))
    assert got == [("Wang Yi", "Beijing would host the next round of talks", False, "said")]


def test_en_coordinated_speech_verbs_share_their_speaker() -> None:
    text = "Wang Yi said China supported the talks in the region, but warned that pressure would fail."
    got = _quotes(_doc(text, "en", PEOPLE_EN))
    assert got == [
        ("Wang Yi", "China supported the talks in the region", False, "said"),
        ("Wang Yi", "pressure would fail", False, "warned"),
    ]


def test_en_speaker_named_as_no_entity_is_not_an_earlier_person() -> None:
    text = (
        "Wang Yi said the talks had gone well. "
        "Ukrainian forces shot down twelve drones overnight, the air force said on Thursday."
    )
    got = _quotes(_doc(text, "en", PEOPLE_EN))
    assert ("Wang Yi", "the talks had gone well", False, "said") in got
    assert all(speaker is None for speaker, content, _, _ in got if content.startswith("Ukrainian"))


def test_en_plural_title_speaker_is_not_the_last_person_named() -> None:
    text = "Wang Yi said the talks had gone well. Qatar mediated talks in Doha last week, officials said."
    got = _quotes(_doc(text, "en", PEOPLE_EN))
    assert all(speaker is None for speaker, content, _, _ in got if content.startswith("Qatar"))


def test_en_calling_it_a_quotation_is_the_subjects_quote() -> None:
    text = 'Wang Yi criticized the decision, calling it "a grave mistake by short-sighted people".'
    assert _quotes(_doc(text, "en", PEOPLE_EN)) == [
        ("Wang Yi", "a grave mistake by short-sighted people", True, "calling")
    ]
    # without quotation marks, naming something is no quote
    assert (
        _quotes(_doc("Wang Yi criticized the decision, calling it a grave mistake.", "en", PEOPLE_EN)) == []
    )


def test_en_content_ends_before_a_following_according_to() -> None:
    text = "Wang Yi warned Japan that China would respond to the sanctions, according to state media."
    assert _quotes(_doc(text, "en", PEOPLE_EN)) == [
        ("Wang Yi", "China would respond to the sanctions", False, "warned")
    ]


def test_en_told_reporters_at_the_end_closes_the_clause() -> None:
    text = "Shigeru Ishiba raised concerns about the attacks on Iran, Sergei Shoigu told reporters."
    assert _quotes(_doc(text, "en", PEOPLE_EN)) == [
        ("Sergei Shoigu", "Shigeru Ishiba raised concerns about the attacks on Iran", False, "told")
    ]


def test_hi_collective_speaker_is_not_the_person_in_its_modifiers() -> None:
    text = "न्यायमूर्ति रमेश वर्मा की अध्यक्षता वाली तीन जजों की पीठ ने कहा कि याचिका पर फिर सुनवाई होगी।"
    names = {"रमेश वर्मा": ("Ramesh Verma", "PER")}
    assert _quotes(_doc(text, "hi", names)) == [(None, "याचिका पर फिर सुनवाई होगी", False, "कहा")]


def test_hi_collective_speaker_keeps_its_own_country() -> None:
    text = "मंत्री अनिल राव ने बैठक की। भारत सरकार ने कहा कि बातचीत सफल रही।"
    names = {"अनिल राव": ("Anil Rao", "PER"), "भारत": ("India", "GPE")}
    assert _quotes(_doc(text, "hi", names))[0][0] == "India"


def test_hi_a_group_or_modifier_beside_the_person_at_the_head_is_no_speaker() -> None:
    # "माओवादी समर्थक और लोक गायक ग़दर": a group's name modifying a common noun ("समर्थक") and a person
    # named at the head of the speaker phrase: the person speaks
    text = "पत्रकारों द्वारा पूछे जाने पर माओवादी समर्थक और लोक गायक रामू का कहना था कि नेता उनके पैर छूते थे।"
    names = {"माओवादी": ("Naxalites", "ORG"), "रामू": ("Ramu", "PER")}
    doc = _doc(text, "hi", names)
    assert _quotes(doc)[0][0] == "Ramu"
    for entity in doc.entities or []:
        entity.kb_id = "naxalites" if entity.type == "ORG" else None
    assert _quotes(doc)[0][0] == "Ramu"
    # a named body joined by "और" to the person: the body, the first actor named, stays the speaker
    text = "पत्रकारों से बात करते हुए भाजपा और स्थानीय व्यापारी रामू ने कहा कि बाज़ार बंद रहेगा।"
    names = {"भाजपा": ("BJP", "ORG"), "रामू": ("Ramu", "PER")}
    doc = _doc(text, "hi", names)
    for entity in doc.entities or []:
        entity.kb_id = "bjp" if entity.type == "ORG" else None
    assert _quotes(doc)[0][0] == "BJP"


def test_hi_a_town_named_before_an_unnamed_head_is_no_speaker() -> None:
    # "बर्मिंघम के अस्पताल ने": the hospital speaks, not the city (no mention covers "अस्पताल")
    text = "बर्मिंघम के अस्पताल ने अपने बयान में कहा है कि हालत स्थिर है।"
    names = {"बर्मिंघम": ("Birmingham", "GPE")}
    assert _quotes(_doc(text, "hi", names))[0][0] is None
    # a city acting as the subject is still the speaker ("बीजिंग ने कहा")
    text = "बर्मिंघम ने कहा कि हालत स्थिर है।"
    assert _quotes(_doc(text, "hi", names))[0][0] == "Birmingham"
    # a country before the head keeps the old reading (its government speaking through a body)
    text = "ब्रिटेन के दूतावास ने कहा कि हालत स्थिर है।"
    doc = _doc(text, "hi", {"ब्रिटेन": ("United Kingdom", "GPE")})
    for entity in doc.entities or []:
        entity.kb_id = "country:GBR"
    assert _quotes(doc)[0][0] == "United Kingdom"


def test_hi_the_possessor_of_an_unnamed_speaker_does_not_speak() -> None:
    # "रोहित की मां ने कहा": Rohit's mother speaks (not named here), not Rohit
    names = {"रोहित": ("Rohit Shekhar", "PER")}
    text = "रोहित अदालत गए थे। रोहित की मां ने कहा कि वे लड़ाई जारी रखेंगी।"
    # (an unnamed kin noun at the head: no quote at all, as for other unnamed speakers)
    assert all(speaker is None for speaker, *_ in _quotes(_doc(text, "hi", names)))
    # a title after the possessor: the office-holder speaks for him ("his spokesperson said")
    text = "रोहित अदालत गए थे। रोहित के प्रवक्ता ने कहा कि वे लड़ाई जारी रखेंगे।"
    assert _quotes(_doc(text, "hi", names))[-1][0] == "Rohit Shekhar"
