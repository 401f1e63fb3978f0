"""The quotes stage: who said what.

Two layers, so the first can be developed and tested without any entity stage:

1. :func:`find_quote_candidates` reads only the clean text, the sentences and the language pack's
   ``quotes.toml``. It finds reporting cues (``X ने कहा कि``, ``X के अनुसार``, "X said", "according
   to X", "…," he added), the speaker's *text* span (the noun phrase before ``ने``, the subject of
   "said", a pronoun), and the quoted content: inside quote marks (direct; a quotation may run over
   several sentences) or the reported clause (after ``कि``/"that", after a comma, or the clause before
   a closing "…, X said.").
2. :func:`attribute` maps each speaker span to an entity of ``Document.entities`` by overlap with its
   mentions (a person preferred), or by part of a name (a surname); a pronoun or a title-only speaker
   ("the minister", ``चीनी नेता``, ``उनका``) goes to the most salient person named before: an earlier
   speaker in the same sentence, the subject of that sentence, the previous sentence's speaker or
   subject, then the most recent person (names inside quotes never count; with nothing before, the
   person the article names most often). A bare collective ("आयोग ने कहा", "the committee said",
   "पार्टी प्रवक्ता") is the body named before whose name has that noun; "X के दोस्तों" (an unnamed
   group after a possessor) is nobody. A quotation with no cue goes to the previous quote's speaker,
   else to the person the sentence before it is about. No gender agreement is attempted.
   A news agency cited as a source (``टीएएसएस के अनुसार``, "according to TASS") is never made the
   speaker; a source cue whose source is an agency or unknown gives no quote.

Sentences of kind ``caption`` and "read also" lines give no quotes. Quote spans are the quoted content
without marks and without the cue; ``cue`` is the reporting verb (or ``के अनुसार``/"according to").
A quotation ends at its closing mark (``''`` is one mark; a straight mark glued after a sentence end
closes); one whose closing mark is not near ends with its sentence. A reported quote ends with its
clause: the sentence end, or the next cue in the sentence.
"""

from __future__ import annotations

from khabar.langpacks import LanguagePacks
from khabar.model import Document
from khabar.stages.quotes.attribute import attribute
from khabar.stages.quotes.candidates import QuoteCandidate, find_marked, find_quote_candidates
from khabar.stages.quotes.rules import QuoteRules, load_quote_rules

__all__ = [
    "QuoteCandidate",
    "QuoteRules",
    "QuoteStage",
    "attribute",
    "find_marked",
    "find_quote_candidates",
    "load_quote_rules",
]


# ---------------------------------------------------------------------------------------------------
# The stage


class QuoteStage:
    """Finds quotes and attributes them to entities (see the module docstring)."""

    name = "quotes"
    requires = frozenset({"clean", "sentences", "lang", "entities"})
    assigns = frozenset({"quotes"})

    def __init__(self, packs: LanguagePacks) -> None:
        self.rules = load_quote_rules(packs)

    def candidates(self, doc: Document) -> list[QuoteCandidate]:
        rules = self.rules.get(doc.lang or "")
        return find_quote_candidates(doc, rules) if rules and doc.clean else []

    def __call__(self, doc: Document) -> Document:
        rules = self.rules.get(doc.lang or "")
        if rules is None or not doc.clean or not doc.sentences:
            doc.quotes = []
            return doc
        doc.quotes = attribute(doc, find_quote_candidates(doc, rules), rules)
        return doc
