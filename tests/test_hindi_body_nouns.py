"""Hindi events of session 7 (hievents9): a bare noun for a kind of body ("कंपनी पर सवाल") stands for
the organisation of that sector named last in the story ([words] body_nouns_<SECTOR> of events.toml),
and triggers added code by code (agreement reached, standing with, memoranda, withdrawn support).
Sentences written for these tests, run through the whole pipeline."""

from __future__ import annotations

from typing import Any


def test_a_bare_company_noun_is_the_company_named_before(hindi_events: Any) -> None:
    text = (
        "गूगल ने भारत में नया दफ़्तर खोला है। "
        "इस बीच सरकार के मंत्रियों से मिलने वाले विपक्ष के नेताओं की भीड़ रही। "
        "ब्रितानी सरकार ने भी अपनी एक रिपोर्ट में कंपनी पर कई सवाल खड़े किए थे।"
    )
    found = hindi_events(text)
    assert any(cameo == "111" and target == "Google" for cameo, _, target, _ in found), found


def test_a_company_noun_after_a_genitive_is_not_the_company_named_before(hindi_events: Any) -> None:
    # "X की कंपनी": someone's company, not the one the story named
    text = "गूगल ने भारत में नया दफ़्तर खोला है। ब्रितानी सरकार ने अनिल अग्रवाल की कंपनी पर सवाल खड़े किए।"
    assert not any(target == "Google" for _, _, target, _ in hindi_events(text))


def test_a_company_noun_with_no_company_named_stays_unresolved(hindi_events: Any) -> None:
    text = "भारत सरकार ने कंपनी पर कई सवाल खड़े किए।"
    targets = {target for _, _, target, _ in hindi_events(text)}
    assert "Government of India" not in targets


def test_agreement_reached_between_two_countries(hindi_events: Any) -> None:
    found = hindi_events("भारत और चीन के बीच सीमा पर गश्त को लेकर सहमति बन गई है।")
    assert any(cameo == "030" and {s, t} == {"India", "China"} for cameo, s, t, _ in found), found


def test_no_agreement_is_no_agreement(hindi_events: Any) -> None:
    found = hindi_events("रूस और अमरीका के बीच इस पर सहमति नहीं बन पा रही थी।")
    assert not any(cameo == "030" and status == "occurred" for cameo, _, _, status in found), found


def test_a_memorandum_handed_to_an_official_is_an_appeal(hindi_events: Any) -> None:
    found = hindi_events("कांग्रेस ने राज्यपाल आनंदीबेन पटेल को ज्ञापन सौंपा।")
    sources = {source for cameo, source, _, _ in found if cameo == "020"}
    assert "Indian National Congress" in sources, found


def test_withdrawn_support_reduces_relations(hindi_events: Any) -> None:
    found = hindi_events("शिवसेना ने भाजपा से गठबंधन तोड़ दिया।")
    assert any(cameo == "160" and target == "Bharatiya Janata Party" for cameo, _, target, _ in found), found
