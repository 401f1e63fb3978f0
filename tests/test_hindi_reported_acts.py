"""Hindi acts said in someone's words and denials (session 15, hievents25): a wrongdoing told by a speaker or
opinion holder accuses its doer, accusations called baseless or not accepted are rejected, and the speaker's
side declaring "हम X के साथ हैं" supports X. Sentences written for these tests."""

from __future__ import annotations

from hindi_support import actor_pairs, find_events
from khabar.stages.events.common import Candidate
from khabar.stages.events.pattern import HindiEventFinder

KNOWN = {
    "मोहन राव": ("rao", "PER", "IND"),
    "सुनीता शर्मा": ("sunita", "PER", "IND"),
    "नगर निगम": ("corp", "ORG", "IND"),
    "खनन कंपनी": ("mine", "ORG", "IND"),
    "किसान यूनियन": ("union", "ORG", "IND"),
    "भाजपा": ("bjp", "ORG", "IND"),
    "जल बोर्ड": ("board", "ORG", "IND"),
}


def _find(hi_finder: HindiEventFinder, text: str) -> list[Candidate]:
    return find_events(hi_finder, text, KNOWN)


def test_a_wrongdoing_in_someones_words_accuses_the_doer(hi_finder: HindiEventFinder) -> None:
    for text in (
        "मोहन राव का दावा है कि नगर निगम ने ठेके देने में धांधली की है.",
        "मोहन राव का कहना है कि खनन कंपनी ने जांच से पहले सबूत नष्ट कर दिए.",
        "मोहन राव ने कहा कि खनन कंपनी ने मानवाधिकारों का उल्लंघन किया है.",
        'मोहन राव कहते हैं, "खनन कंपनी आदिवासियों का शोषण कर रही है."',
        "मोहन राव ने कहा कि नगर निगम ने विकास निधि का दुरुपयोग किया है.",
        "मोहन राव का आरोप है कि खनन कंपनी ने ग्रामीणों को झूठे मामलों में फंसाया.",
    ):
        got = actor_pairs(_find(hi_finder, text), "112")
        assert ("rao", "corp") in got or ("rao", "mine") in got, text
    # narrated, the same deed is no one's accusation
    assert not actor_pairs(_find(hi_finder, "नगर निगम ने ठेके देने में धांधली की."), "112")
    # the wrong named as a noun's genitive ("धांधली की शिकायतों"), not done
    assert not _find(hi_finder, "मोहन राव ने कहा कि नगर निगम ने धांधली की शिकायतों पर कार्रवाई की है.")
    # the doer unnamed: no one accused
    assert not _find(hi_finder, "मोहन राव ने कहा कि किसी ने सबूत मिटा दिए हैं.")


def test_accusations_called_baseless_are_rejected(hi_finder: HindiEventFinder) -> None:
    text = "सुनीता शर्मा ने भाजपा के आरोपों को निराधार करार दिया."
    assert actor_pairs(_find(hi_finder, text), "120") == {("sunita", "bjp")}
    text = "सुनीता शर्मा ने इन आरोपों को सिरे से ख़ारिज कर दिया."
    assert actor_pairs(_find(hi_finder, text), "120") == {("sunita", None)}
    # not accepting them: the negation is the rejection's own, no denial of it
    for text in ("सुनीता शर्मा इन आरोपों को नहीं मानतीं.", "सुनीता शर्मा ने इन आरोपों को स्वीकार नहीं किया."):
        assert actor_pairs(_find(hi_finder, text), "120") == {("sunita", None)}, text
    # a negation before the light verb, not in the form, still denies the act
    assert not _find(hi_finder, "सुनीता शर्मा ने कभी भाजपा की आलोचना नहीं की.")
    text = "सुनीता शर्मा ने भाजपा के आरोपों को राजनीति से प्रेरित बताया."
    assert actor_pairs(_find(hi_finder, text), "120") == {("sunita", "bjp")}
    # a decision called baseless is criticism, not a denial
    text = "सुनीता शर्मा ने नगर निगम के फ़ैसले को निराधार करार दिया."
    assert not actor_pairs(_find(hi_finder, text), "120")


def test_the_speakers_side_declares_allegiance(hi_finder: HindiEventFinder) -> None:
    for text in (
        'मोहन राव ने कहा, "इस आंदोलन में हम किसान यूनियन के साथ हैं."',
        "मोहन राव कहते हैं कि इस मुद्दे पर मैं किसान यूनियन के साथ हूं.",
    ):
        assert actor_pairs(_find(hi_finder, text), "051") == {("rao", "union")}, text
    # someone else's company, or the narrator's: no support
    assert not _find(hi_finder, "मोहन राव ने कहा कि किसान यूनियन के नेता भी उनके साथ हैं.")
    assert not _find(hi_finder, "इस मुद्दे पर जल बोर्ड किसान यूनियन के साथ है.")
    # company with a person, or a stay told with what comes next, is no allegiance
    assert not _find(hi_finder, 'मोहन राव ने कहा, "मैं इस वक़्त सुनीता शर्मा के साथ हूं."')
    assert not _find(hi_finder, 'मोहन राव ने कहा, "आज हम किसान यूनियन के साथ हैं और कल दिल्ली जाएंगे."')
    # a future or past company is no allegiance declared now
    assert not _find(hi_finder, 'मोहन राव ने कहा, "उस दिन हम किसान यूनियन के साथ थे."')
