"""The modality of a Hindi trigger's clause: what makes an act planned, hypothetical or denied beyond the
status cues of ``[status]`` (session 14, himodal).

Each reading is data of the Hindi pack (``events.toml`` ``[words]`` ``modality_*``, and the verb
morphology of ``verbs.toml``), keyed by its meaning, and is checked only for a found trigger, so the
cost is a few word lookups per candidate:

* **irrealis mood**: the last verb of the trigger's verb group is a subjunctive or imperative form that is
  no other form of any lexicon verb (``करे``, ``करें``, ``दीजिए``, ``किया जाए``: "अमरीका चाहता है कि भारत
  रूस की निंदा करे", wants India to condemn; "सरकार माफ़ी मांगे", let the government apologise): a wish,
  an order or a possibility, nothing done. ``मारे``/``लगाए`` (also perfective) and ``दे`` (also the stem)
  are not among them;
* **prohibitive**: ``मत`` before an infinitive or an irrealis form ("विरोध मत करना", do not oppose);
* **yes/no question**: the clause ends in "?" and asks no wh-question ("क्या भारत हमला करेगा?"); a
  wh-question ("उन्होंने हमला क्यों किया?") takes the act as done and keeps it;
* **conditional or believed future**: a planned act that a condition governs (the consequence after
  ``तो`` of ``अगर/यदि``, an oblique infinitive with ``पर`` or ``की स्थिति में`` before it, "तभी … जब",
  "बशर्ते") or that only someone's belief forecasts ("मुझे लगता है कि", "माना जा रहा है कि") is
  hypothetical; past acts under them stay ("पुलिस के पहुँचने पर भीड़ ने पथराव किया");
* **denied complement**: the clause after the कि of a denial ("इस बात से इनकार किया कि सेना ने हमला
  किया") holds an act its speaker says did not happen: denied, kept as a voiced denial.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

# verb-morphology slots whose forms are realis or no mood at all: a form of one of them is never read as
# a subjunctive or imperative (``मारे`` is "killed" as well as "may kill")
_OTHER_SLOTS = ("perfective", "imperfective", "infinitive", "future", "conjunctive", "extra")
CLAUSE_WORDS = 24  # words back from a trigger a condition or belief marker may stand in its sentence
COMPLEMENT_HEAD = 4  # words before the कि of a denial its noun may stand ("से इनकार करते हुए कहा कि")


def _phrases(words: frozenset[str], key: Callable[[str], str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({tuple(map(key, w.split())) for w in words}, key=len, reverse=True))


def _ends_with(words: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(len(p) <= len(words) and tuple(words[len(words) - len(p) :]) == p for p in phrases)


@dataclass(frozen=True, slots=True)
class HindiModality:
    """Modality readings of a trigger's clause (words are match keys: see :func:`khabar.text.match_key`)."""

    irrealis: frozenset[str]  # subjunctive and imperative forms of no other slot
    futures: frozenset[str]  # future forms ("होगा", "करेगी"): the act is still to come
    infinitives: frozenset[str]  # infinitive forms ("करना"): a prohibitive's verb may be one
    prohibitives: frozenset[str]  # "मत"
    wh_words: frozenset[str]  # words that make a question a wh-question
    yes_no_words: frozenset[str]  # "क्या" opening a clause: a yes/no question
    question_marks: frozenset[str]
    sentence_ends: frozenset[str]
    condition_markers: frozenset[str]  # "अगर", "यदि"
    consequence_markers: frozenset[str]  # "तो"
    conditional_postpositions: frozenset[str]  # "पर" after an oblique infinitive ("आने पर")
    condition_phrases: tuple[tuple[str, ...], ...]  # "की स्थिति में" after an oblique infinitive
    only_when: frozenset[str]  # "तभी" (… जब): the act waits on a condition
    provisos: frozenset[str]  # "बशर्ते" (provided that)
    belief_markers: tuple[tuple[str, ...], ...]  # "लगता है", "माना जा रहा है" right before कि
    denial_heads: frozenset[str]  # "इनकार", "खंडन" before the कि of the clause denied
    negations: frozenset[str]  # "नहीं": "इनकार नहीं किया कि" denies nothing
    complementizers: frozenset[str]
    oblique_infinitive_ending: str  # "ने"
    not_infinitives: frozenset[str]  # nouns ending like one ("थाने पर हमला": on the police station)
    genitives: frozenset[str]
    unasserted_nouns: frozenset[str]  # "मिलने की इजाज़त" (permission to meet): the act is only allowed
    similes: frozenset[str]  # "हवाले करने जैसा" (like handing over): a comparison, no act

    @classmethod
    def build(
        cls,
        words: Callable[[str], frozenset[str]],
        paradigms: Sequence[dict[str, tuple[str, ...]]],
        key: Callable[[str], str],
    ) -> HindiModality:
        """From the pack's word lists (``words(name)``) and the verb paradigms of the lexicon's verbs."""
        moods = {key(f) for p in paradigms for slot in ("subjunctive", "imperative") for f in p.get(slot, ())}
        other = {key(f) for p in paradigms for slot in _OTHER_SLOTS for f in p.get(slot, ())}
        infinitives = {key(f) for p in paradigms for f in p.get("infinitive", ())}

        def keyed(name: str) -> frozenset[str]:
            return frozenset(map(key, words(name)))

        return cls(
            irrealis=frozenset(moods - other),
            futures=frozenset(key(f) for p in paradigms for f in p.get("future", ())),
            infinitives=frozenset(infinitives),
            prohibitives=keyed("modality_prohibitives"),
            wh_words=keyed("modality_wh_words"),
            yes_no_words=keyed("modality_yes_no_words"),
            question_marks=frozenset(words("modality_question_marks")),
            sentence_ends=frozenset(words("modality_sentence_ends")),
            condition_markers=keyed("condition_markers"),
            consequence_markers=keyed("consequence_markers"),
            conditional_postpositions=keyed("modality_conditional_postpositions"),
            condition_phrases=_phrases(words("modality_condition_phrases"), key),
            only_when=keyed("modality_only_when"),
            provisos=keyed("modality_provisos"),
            belief_markers=_phrases(words("modality_belief_markers"), key),
            denial_heads=keyed("modality_denial_heads"),
            negations=keyed("modality_negations"),
            complementizers=keyed("complementizers"),
            oblique_infinitive_ending=next(iter(sorted(words("modality_oblique_infinitive"))), ""),
            not_infinitives=keyed("modality_not_infinitives"),
            genitives=keyed("genitive"),
            unasserted_nouns=keyed("modality_unasserted_nouns"),
            similes=keyed("modality_similes"),
        )

    # ------------------------------------------------------------------ mood of the verb group
    def verb_chain(self, group: Sequence[str], last: int, verbs: frozenset[str]) -> list[str]:
        """The verbs of the trigger's verb group (``group``: match keys of the trigger's words and the
        words after it in its clause; the trigger's last word at ``last``): the run of verb forms that
        begins at the trigger's last word or the word after it ("निंदा करे", "रिहा कर दें", "शामिल होगा")."""
        start = last if last < len(group) and group[last] in verbs else last + 1
        chain: list[str] = []
        for word in group[start:]:
            if word not in verbs:
                break
            chain.append(word)
        return chain

    def irrealis_mood(self, group: Sequence[str], last: int, verbs: frozenset[str]) -> bool:
        """The verb group ends in a subjunctive or imperative form, or has a prohibitive before an
        infinitive or such a form ("विरोध मत करना")."""
        for k in range(len(group) - 1):
            if group[k] in self.prohibitives and (
                group[k + 1] in self.irrealis or group[k + 1] in self.infinitives
            ):
                return True
        chain = self.verb_chain(group, last, verbs)
        return bool(chain) and chain[-1] in self.irrealis

    def future(self, group: Sequence[str], last: int, verbs: frozenset[str]) -> str:
        """The future of the verb group: "future" when a verb of it is a future form ("शामिल नहीं होगा":
        the verb after a negation too), "obligation" when that future follows an infinitive ("बातचीत करनी
        होगी": will have to talk, nothing planned), else ""."""
        words = [w for w in group if w not in self.negations]
        chain = self.verb_chain(words, min(last, len(words) - 1), verbs)
        for k, word in enumerate(chain):
            if word in self.futures:
                return "obligation" if k > 0 and chain[k - 1] in self.infinitives else "future"
        return ""

    def only_named(self, last_word: str, following: Sequence[str]) -> bool:
        """The trigger ends in an oblique infinitive (``last_word``) that a simile follows ("हवाले करने
        जैसा") or a genitive and a noun of permission, need, right or option ("मिलने की इजाज़त", "आलोचना
        करने का अधिकार", "कार्रवाई करने का विकल्प"): the act is named, not done."""
        ending = self.oblique_infinitive_ending
        if not ending or not last_word.endswith(ending) or last_word in self.not_infinitives or not following:
            return False
        if following[0] in self.similes:
            return True
        return len(following) > 1 and following[0] in self.genitives and following[1] in self.unasserted_nouns

    # ------------------------------------------------------------------ questions
    def yes_no_question(
        self, sentence: Sequence[str], lower: int, last: int, boundaries: frozenset[str]
    ) -> bool:
        """The trigger's clause (``sentence[lower:]``, the trigger ending at ``last``) ends in a question
        mark with no clause boundary or comma before it, and asks no wh-question: only an opening
        "क्या" or no question word at all."""
        end = -1
        for k in range(last + 1, len(sentence)):
            word = sentence[k]
            if word in self.question_marks:
                end = k
                break
            if (
                word in self.sentence_ends
                or word in boundaries
                or word in self.complementizers
                or word == ","
            ):
                return False
        if end < 0:
            return False
        clause = [w for w in sentence[lower:end] if w[:1].isalnum()]
        if any(w in self.wh_words for w in clause):
            return False
        return not any(w in self.yes_no_words for w in clause[1:])

    # ------------------------------------------------------------------ conditions and beliefs
    def conditioned(self, sentence: Sequence[str], lower: int, first: int) -> bool:
        """A condition governs the trigger at ``first`` (its clause starting at ``lower``): it follows the
        "तो" of an अगर/यदि clause, an oblique infinitive with "पर" or "की स्थिति में" in its own clause,
        or "तभी", or the sentence has "बशर्ते"."""
        if any(w in self.provisos for w in sentence):
            return True
        start = max(0, first - CLAUSE_WORDS)
        if any(w in self.only_when for w in sentence[lower:first]):
            return True
        if (
            lower > 0
            and sentence[lower - 1] in self.consequence_markers
            and any(w in self.condition_markers for w in sentence[start : lower - 1])
        ):
            return True
        ending = self.oblique_infinitive_ending
        for k in range(lower, first):
            word = sentence[k]
            if (
                not ending
                or not word.endswith(ending)
                or len(word) <= len(ending)
                or word in self.not_infinitives
            ):
                continue
            if k + 1 < first and sentence[k + 1] in self.conditional_postpositions:
                return True
            if _starts_with(sentence[k + 1 : first], self.condition_phrases):
                return True
        return False

    def believed(self, sentence: Sequence[str], lower: int) -> bool:
        """The trigger's clause opens after a कि that a belief marker ends before ("मुझे लगता है कि",
        "माना जा रहा है कि")."""
        if lower < 1 or sentence[lower - 1] not in self.complementizers:
            return False
        return _ends_with(sentence[max(0, lower - 1 - 5) : lower - 1], self.belief_markers)

    def denied_complement(self, sentence: Sequence[str], lower: int) -> bool:
        """The trigger's clause opens after a कि that a denial noun stands a few words before, not negated
        ("इस बात से इनकार किया कि …", "खंडन करते हुए कहा कि …")."""
        if lower < 1 or sentence[lower - 1] not in self.complementizers:
            return False
        head = sentence[max(0, lower - 1 - COMPLEMENT_HEAD) : lower - 1]
        return any(w in self.denial_heads for w in head) and not any(w in self.negations for w in head)


def _starts_with(words: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(len(p) <= len(words) and tuple(words[: len(p)]) == p for p in phrases)
