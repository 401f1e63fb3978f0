"""Hindi triggers of session 14 (hievents24): a deed filed under a kind of wrongdoing ("X ने इसे यौन हिंसा की
श्रेणी में रखा", criticism), a deed credited as done well in someone's words ("कहा कि Y ने काम बेहतर ढंग से
किया है", praise of the doer) and a strike call extended ("हड़ताल का आह्वान … तक बढ़ा दिया"). Sentences
written for these tests."""

from __future__ import annotations

from hindi_support import actor_pairs, find_events
from khabar.stages.events.common import Candidate
from khabar.stages.events.pattern import HindiEventFinder

KNOWN = {
    "सुरेश यादव": ("suresh", "PER", "IND"),
    "गीता देवी": ("geeta", "PER", "IND"),
    "महिला आयोग": ("commission", "ORG", "IND"),
    "राज्य सरकार": ("stategov", "ORG", "IND"),
    "नगर निगम": ("corp", "ORG", "IND"),
    "व्यापारी संघ": ("traders", "ORG", "IND"),
}


def _find(hi_finder: HindiEventFinder, text: str) -> list[Candidate]:
    return find_events(hi_finder, text, KNOWN)


def test_a_deed_filed_under_a_wrong_is_criticism(hi_finder: HindiEventFinder) -> None:
    # a practice judged: criticism of no one
    text = "महिला आयोग ने इस प्रथा को घरेलू हिंसा की श्रेणी में रखा है."
    assert actor_pairs(_find(hi_finder, text), "111") == {("commission", None)}
    # an actor's decision judged: criticism of its owner
    text = "सुरेश यादव ने राज्य सरकार के इस फ़ैसले को भ्रष्टाचार की श्रेणी में डाल दिया."
    assert actor_pairs(_find(hi_finder, text), "111") == {("suresh", "stategov")}
    # a category that is no wrong judges nothing
    assert not _find(hi_finder, "महिला आयोग ने इस मामले को ज़रूरी मामलों की श्रेणी में रखा है.")
    assert not _find(hi_finder, "महिला आयोग ने इस रसायन को भी उसी श्रेणी में रखा है.")


def test_a_deed_credited_in_someones_words_is_praise(hi_finder: HindiEventFinder) -> None:
    for text in (
        "सुरेश यादव ने कहा कि बाढ़ के समय राहत का काम नगर निगम ने बेहतर ढंग से किया है.",
        "सुरेश यादव ने कहा कि नगर निगम ने सफ़ाई के मामले में अच्छा काम किया है.",
        'सुरेश यादव कहते हैं, "नगर निगम ने इस साल शानदार काम किया है."',
    ):
        assert actor_pairs(_find(hi_finder, text), "051") == {("suresh", "corp")}, text
    # narrated, the deed is no one's praise
    assert not _find(hi_finder, "नगर निगम ने बाढ़ के समय राहत का काम बेहतर ढंग से किया.")
    # a future deed in speech is a hope, not praise
    assert not _find(hi_finder, "सुरेश यादव ने कहा कि नगर निगम अगले साल अच्छा काम करेगा.")


def test_an_extended_strike_call_is_a_strike(hi_finder: HindiEventFinder) -> None:
    text = "व्यापारी संघ ने राज्य सरकार के खिलाफ हड़ताल का आह्वान सोमवार तक बढ़ा दिया."
    assert actor_pairs(_find(hi_finder, text), "143") == {("traders", "stategov")}
    text = "व्यापारी संघ ने अपनी हड़ताल शनिवार तक बढ़ा दी."
    assert actor_pairs(_find(hi_finder, text), "143") == {("traders", None)}
    # a closure extended is no strike
    assert not _find(hi_finder, "राज्य सरकार ने स्कूल बंद रखने की अवधि बढ़ा दी.")
