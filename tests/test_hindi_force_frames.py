"""Hindi force, law and protest events in other frames (session 10, hievents17): raids on coordinated
premises, a raid that "fell" on someone, a plain-subject arrest dated with "सोमवार को", a leading part
in an agitation, one the accusation is about who is no doer of the act alleged, the victims of an
attack, a finding of guilt kept apart from the allegation before it, and target markers in another
nukta spelling. Sentences written for these tests."""

from __future__ import annotations

from hindi_support import actor_pairs, find_events
from khabar.stages.events.common import Candidate
from khabar.stages.events.pattern import HindiEventFinder

KNOWN = {
    "सीबीआई": ("cbi", "ORG", "IND"),
    "आयकर विभाग": ("itd", "ORG", "IND"),
    "भाजपा": ("bjp", "ORG", "IND"),
    "कांग्रेस": ("inc", "ORG", "IND"),
    "लालू प्रसाद यादव": ("lalu", "PER", "IND"),
    "मोहनलाल गुप्ता": ("gupta", "PER", "IND"),
    "आज़म ख़ान": ("azam", "PER", "IND"),
    "रघुनाथ पाल": ("pal", "PER", "IND"),
    "द डेली मेल": ("mail", "ORG", "GBR"),
}


def _find(
    hi_finder: HindiEventFinder, text: str, known: dict[str, tuple[str, str, str]] = KNOWN
) -> list[Candidate]:
    return find_events(hi_finder, text, known)


def test_a_raid_on_coordinated_premises_targets_their_owner(hi_finder: HindiEventFinder) -> None:
    text = "आयकर विभाग ने लालू प्रसाद यादव के घर और दफ़्तर पर छापे मारे।"
    assert actor_pairs(_find(hi_finder, text), "171") == {("itd", "lalu")}
    # the first premises in a place, the later ones owned by others
    text = "सीबीआई ने लालू प्रसाद यादव के पटना स्थित आवास और उनके करीबियों के ठिकानों पर छापे मारे।"
    assert actor_pairs(_find(hi_finder, text), "171") == {("cbi", "lalu")}
    # a possessive pronoun owning the first of them
    text = "लालू प्रसाद यादव पर आरोप हैं। सीबीआई ने उनके निवास और उनके सहयोगियों के निवास स्थान पर छापे मारे।"
    assert actor_pairs(_find(hi_finder, text), "171") == {("cbi", "@pronoun")}
    # three premises listed with a comma
    text = "सीबीआई ने लालू प्रसाद यादव के घर, दफ़्तर और फ़ार्म हाउस पर छापेमारी की।"
    assert actor_pairs(_find(hi_finder, text), "171") == {("cbi", "lalu")}


def test_a_raid_that_fell_on_premises_is_the_raiders(hi_finder: HindiEventFinder) -> None:
    text = "व्यापारी मोहनलाल गुप्ता के गोदाम पर आयकर विभाग का छापा पड़ा।"
    assert actor_pairs(_find(hi_finder, text), "171") == {("itd", "gupta")}


def test_a_day_before_ko_is_no_object_of_a_plain_subject_arrest(hi_finder: HindiEventFinder) -> None:
    text = "पूर्व मंत्री आज़म ख़ान सोमवार को गिरफ़्तार किए गए।"
    assert actor_pairs(_find(hi_finder, text), "173") == {(None, "azam")}
    text = "आज़म ख़ान 15 दिसंबर को गिरफ़्तार किए गए।"
    assert actor_pairs(_find(hi_finder, text), "173") == {(None, "azam")}
    # a real object before the verb is still the one arrested
    text = "आज़म ख़ान के कहने पर पुलिस ने सोमवार को उनके भाई को गिरफ़्तार किया।"
    assert not [t for c in _find(hi_finder, text) if c.cameo == "173" for t in c.targets if t == "azam"]


def test_a_leading_part_in_an_agitation_is_protest(hi_finder: HindiEventFinder) -> None:
    text = "किसान नेता रघुनाथ पाल ने भाजपा के खिलाफ आंदोलन में अग्रणी भूमिका निभाई थी।"
    assert actor_pairs(_find(hi_finder, text), "14") == {("pal", "bjp")}
    text = "आज़म ख़ान ने 1990 से ही आंदोलन में अहम भूमिका निभाई।"
    assert actor_pairs(_find(hi_finder, text), "14") == {("azam", None)}
    # a part in forming a government is no protest
    text = "आज़म ख़ान ने सरकार बनाने में अहम भूमिका निभाई।"
    assert not actor_pairs(_find(hi_finder, text), "14")


def test_one_the_accusation_is_about_does_not_do_the_act_alleged(hi_finder: HindiEventFinder) -> None:
    # hackers are accused of attacking the paper (quoted): the paper is no attacker
    text = "अमेरिकी हैकरों के 'द डेली मेल' और 'द टाइम्स' पर हमला करने का आरोप लगाया गया था।"
    assert not [c for c in _find(hi_finder, text) if c.cameo.startswith("19") and "mail" in c.sources]


def test_an_attack_in_which_men_were_killed_was_made_on_them(hi_finder: HindiEventFinder) -> None:
    known = {**KNOWN, "नक्सली": ("naxal", "ORG", "IND"), "सीआरपीएफ": ("crpf", "ORG", "IND")}
    # the Naxal attack is no victim of the killing; the force whose men died is the attack's target
    pairs = actor_pairs(_find(hi_finder, "नक्सली हमले में सीआरपीएफ के पांच जवान मारे गए।", known), "1")
    assert ("naxal", "crpf") in pairs
    assert not [p for p in pairs if p[1] == "naxal"]
    # a titled person killed is the person, not the party qualifying him
    pairs = actor_pairs(_find(hi_finder, "नक्सली हमले में भाजपा विधायक आज़म ख़ान मारे गए।", known), "1")
    assert ("naxal", "azam") in pairs
    # killed with no attack named: the force whose men died, no one as the doer
    assert actor_pairs(_find(hi_finder, "सीआरपीएफ के पांच जवान मारे गए।", known), "18") == {(None, "crpf")}
    # an accident kills no one by assault
    assert not actor_pairs(_find(hi_finder, "सड़क हादसे में सीआरपीएफ के पांच जवान मारे गए।", known), "18")


def test_a_finding_of_guilt_is_not_the_allegation_before_it() -> None:
    # "it was alleged that Azam Khan was part of the scam. Later the court found him guilty": two events
    from khabar.api import Extractor
    from khabar.output import to_contract

    text = "आरोप था कि इस घोटाले में आज़म ख़ान भी शामिल थे। बाद में अदालत ने आज़म ख़ान को दोषी करार दिया।"
    out = to_contract(Extractor().extract(text, lang="hi"))
    codes = sorted(e["cameo"] for e in out["events"] if e["plover"] == "ACCUSE")
    assert codes == ["112", "116"]


def test_a_target_marker_spelt_with_another_nukta_still_marks(hi_finder: HindiEventFinder) -> None:
    # "खिलाफ़" (one nukta) and "ख़िलाफ" are spellings of the listed "के खिलाफ" / "के ख़िलाफ़"
    for marker in ("खिलाफ़", "ख़िलाफ"):
        text = f"रघुनाथ पाल ने भाजपा के {marker} आंदोलन छेड़ा।"
        assert actor_pairs(_find(hi_finder, text), "14") == {("pal", "bjp")}
