"""English event triggers and their arguments from spaCy's dependency parse.

* A verb trigger's source is its subject (``nsubj``; for ``agreed to provide`` / ``is willing to
  send`` the subject of the governing verb or adjective), its target the direct object or the object
  of one of the entry's prepositions (``met with X``, ``visit to X``). In the passive the subject is
  the target and the ``by`` phrase the source.
* A noun trigger (``talks``, ``visit``, ``attack``) takes its source from a possessor or, when it is
  the object of a light verb (``held talks with``, ``launched an attack on``), from that verb's subject.
* Reported speech: an event in the complement of a say-verb whose subject is a pronoun or the
  speaker's own country is the speaker's (``China is willing to …, Wang Yi said``).
* Status from auxiliaries (will/would → planned; could/might/may, ``if`` → hypothetical), negation
  (denied), governing words from the pack's cue lists (expected/plans → planned; willing/ready →
  intended) and ``should``/``must`` (appeal).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from khabar.model import Entity, Span
from khabar.stages.events.cameo_verbs import CameoVerbs
from khabar.stages.events.coding import YIELD_ROOT
from khabar.stages.events.common import Candidate, MentionIndex
from khabar.stages.events.lexicon import EventLexicon, LexEntry

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
LAWSUIT_CODE = "115"  # CAMEO: bring lawsuit against (FIRs, cases, chargesheets)
# A named subject and a bare past verb with none of these dependents, on a line of at most this many
# words, is a headline's passive ("Sisodia summoned."); an object, auxiliary or complement makes it active
HEADLINE_ACTIVE_DEPS = frozenset(
    {"dobj", "dative", "aux", "auxpass", "ccomp", "xcomp", "attr", "oprd", "advcl"}
)
HEADLINE_MAX_WORDS = 8
# CAMEO sectors of actors whose deals and launches the political verb dictionary does not code
NON_POLITICAL_SECTORS = ("BUS", "MNC", "MED")
REPORTED_DEPS = ("ccomp", "parataxis", "acl", "xcomp", "dobj", "relcl", "advcl")
SPEAKER_DEPTH = 3  # how many clause levels up a say-verb may govern the trigger
# CAMEO roots of coercive acts (16–20): announced by their agent they are threats (events.coding)
COERCIVE_ROOTS = frozenset({"16", "17", "18", "19", "20"})
PROTEST_ROOT, PROTEST_THREAT = "14", "133"  # CAMEO: protest; threaten with political dissent, protest
# CAMEO sectors of the state's own bodies: only their members announce their coercive acts as threats
# Finite verb tags: a verb in one of these is asserted in its own right.
FINITE_TAGS = ("VBD", "VBZ", "VBP")
# CAMEO root of disapproval (criticise, condemn, accuse): its object's own agent is its target.
DISAPPROVAL_ROOT = "11"
# A dateline's colon comes within this many tokens of the sentence start ("NEW DELHI, Jan 22 (PTI):").
DATELINE_TOKENS = 10
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
# Entity types and sectors of a state actor, whose decision is itself its policy act.
STATE_KINDS = ("GPE", *sorted(STATE_SECTORS))
WEAK_TARGET = 0.85  # confidence factor for a target taken from the trigger's subtree
# Confidence factor for an event with no target where one is expected: half-coded, it ranks below a
# complete event of the same sentence ("opened fire to disperse demonstrators": the dispersal has both)
UNTARGETED = 0.9
# ... except protests, whose unstated target is the authorities where they happen (see events.coding)
IMPLICIT_TARGET_ROOTS = frozenset({"14"})
# Confidence factor per subordinate clause or modifier between the trigger and the sentence root: the
# main event of a sentence ("vetoed a resolution censuring …") outranks what its modifiers mention.
SUBORDINATE = 0.9
SUBORDINATE_DEPS = frozenset({"acl", "relcl", "advcl", "amod", "npadvmod", "pcomp", "appos", "nmod"})
# Singular present-tense verb tags: "North Korea, which has sent …" is about that conjunct alone
SINGULAR_VERB_TAGS = frozenset({"VBZ"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# CAMEO roots whose verb governs a complement it negates ("refused to meet"): the complement is no event
REFUSAL_ROOTS = ("12",)
# Appeals and demands: the act they ask for (their object, or their "for" phrase) is not done
# ("pleaded for her release on bail": the plea is coded, no release)
ASKING_ROOTS = ("02", "10")
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})  # "that", "which", "who", "whose"
# Clauses inside an asked-for act's phrase that tell acts of their own ("the arrest of X, who attacked …")
_OWN_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})
# Distinct words of one copy list ([words] copy_word_lists) that make an article sport, film or market
# copy: one or two are passing mentions in political news ("the wrestlers' protest", "a film on Gandhi")
COPY_MIN_WORDS = 3
_COPY_KEY = "khabar_nonpolitical_copy"
CHAIN_DEPS = (
    "xcomp",
    "acomp",
    "conj",
    "advcl",
    "pcomp",
    "relcl",
    "ccomp",
    "dobj",
    "pobj",
    "prep",
    "attr",
    "acl",
)


class EnglishEventFinder:
    """Finds event candidates in English sentences of a spaCy-parsed document."""

    def __init__(self, lexicon: EventLexicon, cameo_verbs: CameoVerbs | None = None) -> None:
        self.lex = lexicon
        # the CAMEO verb dictionary, for verbs the lexicon lacks (khabar.stages.events.cameo_verbs)
        self.cameo_verbs = cameo_verbs
        self.verbs: dict[str, list[LexEntry]] = {}
        self.nouns: dict[str, list[LexEntry]] = {}
        for entry in lexicon.entries:
            table = self.nouns if entry.pos == "NOUN" else self.verbs
            for form in entry.forms:
                table.setdefault(" ".join(form).lower(), []).append(entry)
        self.light_verbs = lexicon.word_list("light_verbs")
        self.pronouns = lexicon.word_list("pronouns")
        self.target_possessives = lexicon.word_list("target_possessives")
        self.facility_nouns = lexicon.word_list("facility_nouns")
        self.plural_pronouns = lexicon.word_list("plural_pronouns")
        self.stative = lexicon.word_list("stative_participles")
        self.situation_preps = lexicon.word_list("situation_prepositions")
        self.circumstance_preps = lexicon.word_list("circumstance_prepositions")
        self.suffering_verbs = lexicon.word_list("suffering_verbs")
        self.membership_verbs = lexicon.word_list("membership_verbs")
        self.intent_nouns = lexicon.word_list("intent_nouns")
        self.perfect_auxiliaries = lexicon.word_list("perfect_auxiliaries")
        self.counterfactual_modals = lexicon.word_list("counterfactual_modals")
        self.condition_marks = lexicon.word_list("condition_marks")
        self.abstract_undergoers = lexicon.word_list("abstract_undergoers")
        self.speech_nouns = lexicon.word_list("speech_nouns")
        self.possibility_heads = lexicon.word_list("possibility_heads")
        self.unrealised_heads = lexicon.word_list("unrealised_heads")
        self.prep_light_verbs = lexicon.word_list("prepositional_light_verbs")
        self.past_perfect_auxiliaries = lexicon.word_list("past_perfect_auxiliaries")
        self.weapon_nouns = lexicon.word_list("weapon_nouns")
        self.planned_heads = lexicon.word_list("planned_heads")
        self.intent_heads = lexicon.word_list("intent_heads")
        self.state_nouns = lexicon.word_list("state_nouns")
        self.questions = lexicon.word_list("question_marks")
        self.locative_preps = lexicon.word_list("locative_prepositions")
        self.place_nouns = lexicon.word_list("place_nouns")
        self.topic_preps = lexicon.word_list("topic_prepositions")
        self.people_nouns = lexicon.word_list("people_nouns")
        self.victim_descriptors = lexicon.word_list("victim_descriptors")
        self.record_nouns = lexicon.word_list("record_nouns")
        self.suspect_descriptors = lexicon.word_list("suspect_descriptors")
        self.bench_nouns = lexicon.word_list("bench_nouns")
        self.bench_modifiers = lexicon.word_list("bench_modifiers")
        self.bench_case_sectors = lexicon.word_list("bench_case_sectors")
        self.court_words = lexicon.word_list("court_words")
        self.question_openers = lexicon.word_list("question_openers")
        self.question_complementizers = lexicon.word_list("question_complementizers")
        self.question_words = lexicon.word_list("question_words")
        self.asking_verbs = lexicon.word_list("asking_verbs")
        self.reporter_clause_marks = lexicon.word_list("reporter_clause_marks")
        self.negative_determiners = lexicon.word_list("negative_determiners")
        self.negative_pronouns = lexicon.word_list("negative_pronouns")
        self.stance_nouns = lexicon.word_list("stance_nouns")
        self.decision_verbs = lexicon.word_list("decision_verbs")
        self.first_person = lexicon.word_list("first_person_pronouns")
        # "hail from" → {"hail": {"from"}}: the verb in another sense with that word under it
        self.other_senses: dict[str, set[str]] = {}
        for pair in lexicon.word_list("other_sense_particles"):
            lemma, _, word = pair.partition(" ")
            self.other_senses.setdefault(lemma, set()).add(word)
        # "heart attack" → {"attack": {"heart"}}: the event noun with that modifier names no event
        self.other_modifiers: dict[str, set[str]] = {}
        for pair in lexicon.word_list("other_sense_modifiers"):
            word, _, noun = pair.rpartition(" ")
            self.other_modifiers.setdefault(noun, set()).add(word)
        self.prevention_heads = lexicon.word_list("prevention_heads")
        self.generic_heads = lexicon.word_list("generic_heads")
        self.reception_verbs = lexicon.word_list("reception_verbs")
        self.thing_pronouns = lexicon.word_list("thing_pronouns")
        self.venue_sectors = lexicon.word_list("protest_venue_sectors")
        self.copy_words = [lexicon.word_list(name) for name in sorted(lexicon.word_list("copy_word_lists"))]
        self.copy_actor_sectors = lexicon.word_list("copy_actor_sectors")

    def find(self, parsed: Doc, sentence: Span, index: int, mentions: MentionIndex) -> list[Candidate]:
        span = parsed.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            return []
        if self._direct_question(span):
            return []  # "Why has the resignation not been sought?": a question asserts no event
        out: list[Candidate] = []
        intents: dict[int, Candidate] = {}
        refusals: set[int] = set()  # tokens of refusal triggers ("refused to meet")
        warned_acts: set[int] = set()  # gerunds of a warning's particle ("warned X against ignoring")
        asked_acts: set[int] = set()  # words of what an appeal or demand asks for
        for token in span:
            if token.ent_type_ in ("DATE", "TIME") or any(
                r.entity.type == "PER" or (r.end - r.start > len(token) and r.entity.type == "ORG")
                for r in mentions.overlapping(token.idx, token.idx + len(token))
            ):
                # a word of a date ("March 2001") or of a name ("Geoff Boycott", "Central Bureau of
                # Investigation") triggers nothing
                continue
            if token.dep_ == "xcomp" and token.head.i in refusals:
                continue  # "refused to meet X": the refusal is coded, the meeting did not happen
            if token.dep_ == "dobj" and token.head.dep_ == "xcomp" and token.head.head.i in refusals:
                continue  # "refused to grant bail to X": nor is the refused act's noun
            if token.i in warned_acts:
                continue  # "warned X against ignoring …": the act warned against did not happen
            if token.i in asked_acts:
                continue  # "pleaded for her release on bail": asked for, not done
            if self._modal_appeal(token, index, mentions, out):
                continue
            entries = self._entries(token)
            for entry in entries:
                if not self._requirements(token, entry):
                    continue
                if token.dep_ == "xcomp" and token.head.i in intents:
                    governing = intents[token.head.i]
                    if not (governing.cameo.startswith("03") and _conflict(entry.cameo)):
                        break  # "agreed to provide aid", "threatened to cut off": the governing act is coded
                    out.remove(governing)  # "ready to attack": the attack, intended
                candidate = self._candidate(token, entry, index, mentions)
                if candidate is not None:
                    out.append(candidate)
                    if entry.intent:
                        intents[token.i] = candidate
                    if entry.cameo.startswith(REFUSAL_ROOTS) and entry.pos == "VERB":
                        refusals.add(token.i)
                    if candidate.cameo.startswith(ASKING_ROOTS):
                        asked_acts.update(_asked_for(token))
                    if entry.particle_act:
                        warned_acts.update(
                            g.i
                            for c in token.children
                            if c.dep_ == "prep" and c.lower_ == entry.particle
                            for g in c.children
                        )
                    break
        _refused_asks(out)
        out = _joined_violence(out, span)
        if not out and self.cameo_verbs is not None:
            out = self._dictionary_events(span, index, mentions)
        if out and self._nonpolitical_copy(parsed):
            out = self._political_in_copy(span, out, mentions)
        out = self._without_credits(span, out, mentions)
        return [c for c in out if not self._withheld(c)]

    def _without_credits(
        self, span: SpacySpan, found: list[Candidate], mentions: MentionIndex
    ) -> list[Candidate]:
        """Drop the actors named only in the sentence's dateline ("ITANAGAR, Jan 2:", "Guwahati:": where
        the copy was filed) or in a bracketed media credit ("(Hatem Khaled/REUTERS)", "(PTI)": who took
        the photo or sent the story): neither acts in the sentence. An event left with no actor at all
        is dropped."""
        if not found:
            return found
        credited = self._credit_ids(span, mentions)
        if not credited:
            return found
        out: list[Candidate] = []
        for candidate in found:
            sources = [s for s in candidate.sources if s not in credited]
            targets = [t for t in candidate.targets if t not in credited]
            if (candidate.sources or candidate.targets) and not (sources or targets):
                continue
            candidate.sources, candidate.targets = sources, targets
            out.append(candidate)
        return out

    def _credit_ids(self, span: SpacySpan, mentions: MentionIndex) -> set[str]:
        """Entities whose every mention in the sentence is a dateline place or a media name in brackets."""
        extents: list[tuple[int, int, tuple[str, ...]]] = []
        first = next((t for t in span if not t.is_space), None)
        opening = span.doc[first.i : first.i + DATELINE_TOKENS] if first is not None else span[:0]
        colon = next((t for t in opening if t.text == ":"), None)
        if first is not None and colon is not None and colon.i > first.i:
            head = span.doc[first.i : colon.i]
            # only a place, a date and punctuation before the colon ("NEW DELHI, Jan 22 (PTI):")
            if all(
                t.is_punct or t.ent_type_ == "DATE" or t.like_num or t.is_upper or t.is_title for t in head
            ):
                # (any type but a person: the mentions stage may still call a capitalised town an ORG)
                extents.append((span.start_char, colon.idx, ("GPE", "LOC", "ORG")))
        # brackets by character: spaCy leaves "prisoners(REUTERS)expand-icon" as one token
        text, opened = span.text, -1
        while (opened := text.find("(", opened + 1)) >= 0:
            closed = text.find(")", opened)
            if closed < 0:
                break
            extents.append((span.start_char + opened, span.start_char + closed + 1, ("MED",)))
        inside: dict[str, bool] = {}
        for ref in mentions.within(span.start_char, span.end_char):
            entity = ref.entity
            # a dateline the mentions stage found is blanked out of the parsed text ("Mumbai: …")
            credit = not span.doc.text[ref.start : ref.end].strip() or any(
                start <= ref.start
                and ref.end <= end
                and (entity.type in kinds or (entity.sector is not None and entity.sector in kinds))
                for start, end, kinds in extents
            )
            inside[entity.id] = inside.get(entity.id, True) and credit
        return {entity_id for entity_id, credit in inside.items() if credit}

    def _withheld(self, candidate: Candidate) -> bool:
        """An act the sentence does not assert ("Russia could attack", "Pelosi will not endorse
        anyone"): its status is one the pack withholds. A forecast of a named body's act ("the CBI
        will arrest him tomorrow", ``predicted``) is still a claim, and a yield said not to happen
        ("delayed the release") is coded as the refusal to yield."""
        if candidate.status == "planned" and not candidate.sources and not candidate.predicted:
            # "The Centre will be requested to amend the law", "the dues will be paid": a future act
            # no one is named to carry out is no one's plan
            return True
        if candidate.status not in self.lex.status.withheld or candidate.predicted:
            return False
        return not (candidate.status == "denied" and candidate.cameo.startswith(YIELD_ROOT))

    def _nonpolitical_copy(self, parsed: Doc) -> bool:
        """The article is sport, film or market copy: it uses ``COPY_MIN_WORDS`` distinct words of one
        of the pack's ``copy_word_lists`` (worked out once per parse, kept in its ``user_data``)."""
        known = parsed.user_data.get(_COPY_KEY)
        if known is None:
            words = {t.lower_ for t in parsed}
            known = any(len(words & wanted) >= COPY_MIN_WORDS for wanted in self.copy_words)
            parsed.user_data[_COPY_KEY] = known
        return bool(known)

    def _political_in_copy(
        self, span: SpacySpan, out: list[Candidate], mentions: MentionIndex
    ) -> list[Candidate]:
        """The events of a sentence of sport, film or market copy that have a political actor: an entity
        of a ``copy_actor_sectors`` sector, or a state unless the sentence itself uses the
        copy's words (where "India" and "Bangladesh" are teams). Unresolved pronouns count as none."""
        teams = any(t.lower_ in wanted for t in span for wanted in self.copy_words)

        def political(entity_id: str) -> bool:
            entity = mentions.by_id.get(entity_id)
            if entity is None:
                return False  # "@pronoun", "@they": resolved later, mostly to the copy's people
            if (entity.sector or "") in self.copy_actor_sectors:
                return True
            return (entity.kb_id or "").startswith("country:") and not teams

        return [c for c in out if any(political(e) for e in (*c.sources, *c.targets))]

    def _dictionary_events(self, span: SpacySpan, index: int, mentions: MentionIndex) -> list[Candidate]:
        """A sentence the lexicon codes nothing in: its most prominent verb known to the CAMEO verb
        dictionary, as a complete event only (a source and a target, as PETRARCH codes them)."""
        assert self.cameo_verbs is not None
        out: list[Candidate] = []
        for token in span:
            if token.pos_ != "VERB" or token.lemma_.lower() in self.lex.say_verbs:
                continue
            entry = self.cameo_verbs.entry(token, span)
            if entry is None:
                continue
            if self._other_sense(token):
                continue  # "prices shot up": the verb in another sense
            if _quoted(span, token):
                continue  # a verb in quoted words is what someone said, not a coded act
            decision = _lemma_in(token, self.decision_verbs) and any(
                c.dep_ == "xcomp" for c in token.children
            )
            if token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
                # "is trying to revive terrorism", "keen … to boost morale": an aim, not an act; the
                # lexicon's own entries code the aims that are events ("threatened to attack")
                continue
            if _violent(entry.cameo) and self._figurative_violence(token):
                continue  # "will fight the pandemic": no one is hit
            if entry.cameo.startswith("03") and self._assured_fact(token):
                continue  # "assured Parliament that there was no scope for …": a statement, no promise
            candidate = self._candidate(token, entry, index, mentions)
            if (
                decision
                and candidate is not None
                and not self._source_kind(candidate.sources, STATE_KINDS, mentions)
            ):
                # "the BJP has decided to highlight …": a party's or a person's course decided on is no
                # act yet; a government's decision is its policy ("Israel's Cabinet decided to approve …")
                continue
            if (
                candidate is not None
                and all(_political_actor(mentions.by_id.get(a)) for a in candidate.sources)
                and all(_political_actor(mentions.by_id.get(a), target=True) for a in candidate.targets)
            ):
                # (a town as an actor of a dictionary verb is where it happened: "submitted forged
                # documents to the Hyderabad passport office", "taken back to Mumbai"; a firm, a product
                # or a name the knowledge base does not know is no actor of its political verbs:
                # "IWorld stores are accepting pre-bookings for Apple's iPhones")
                out.append(candidate)
        # one event per sentence: the most prominent (the main clause's verb before its modifiers)
        return [max(out, key=lambda c: c.confidence)] if out else []

    def _other_sense(self, verb: Token) -> bool:
        """The verb has a particle or preposition under it with which it means no event of its own
        ("hails from Kerala", "prices shot up": the pack's ``other_sense_particles``)."""
        words = self.other_senses.get(verb.lemma_.lower(), set())
        return any(c.dep_ in ("prt", "prep") and c.lower_ in words for c in verb.children)

    def _other_modified(self, noun: Token) -> bool:
        """The event noun has a modifier with which it names something else ("a heart attack",
        "a panic attack": the pack's ``other_sense_modifiers``)."""
        words = self.other_modifiers.get(noun.lemma_.lower(), set())
        return any(c.dep_ in ("compound", "amod") and c.lower_ in words for c in noun.children)

    def _assured_fact(self, verb: Token) -> bool:
        """A promise verb ("assure", "guarantee") whose only complement is a "that" clause stating how
        things are, with no future or modal ("assured both Houses that there was no scope for …"): a
        statement, not an intent ("assured them that the police would arrest the suspect" stays)."""
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if not clauses or any(c.dep_ in ("xcomp", "prep") for c in verb.children):
            return False
        status = self.lex.status
        future = {*status.planned, *status.hypothetical, *status.appeal}
        for clause in clauses:
            words = [clause, *(c for c in clause.children if c.dep_ == "conj")]
            if any(a.dep_ in ("aux", "auxpass") and a.lower_ in future for w in words for a in w.children):
                return False
        return True

    def _modal_appeal(self, token: Token, index: int, mentions: MentionIndex, out: list[Candidate]) -> bool:
        """``X said (that) Y must/should do Z`` with no lexicon trigger: X appeals to Y."""
        if token.pos_ != "VERB" or self._entries(token):
            return False
        if not any(c.dep_ == "aux" and c.lower_ in self.lex.status.appeal for c in token.children):
            return False
        subject, passive = self._subject([token])
        if self._exhortation([token]):
            return True  # "We should recall the liberation of the East", X said: an exhortation
        speaker = self._speaker([token], mentions)
        targets = [] if passive else self._entities(subject, mentions)
        if not speaker or not targets:
            return False
        out.append(
            Candidate(
                cameo=self.lex.appeal_cameo,
                trigger=Span(token.idx, token.idx + len(token)),
                sentence=index,
                sources=speaker,
                targets=[t for t in targets if t not in speaker],
                confidence=0.5,
                reported=True,
            )
        )
        return True

    def _stance_held(self, noun: Token) -> bool:
        """A stance noun after "in" in a clause of "be" ("is in agreement with", "were in support of")."""
        prep = noun.head
        return (
            noun.dep_ == "pobj"
            and noun.lemma_.lower() in self.stance_nouns
            and prep.lower_ == "in"
            and prep.head.lemma_.lower() == "be"
        )

    def _reporter_question(self, token: Token, mentions: MentionIndex) -> bool:
        """An appeal verb in the passive (or a bare participle) in a time clause, with no one named
        asking: the question a reporter put to the main clause's speaker ("When asked to give details,
        Jogi said …", "when his comments were sought on the decision, he said …"). "When asked by the
        Speaker to withdraw, he refused" names its asker and stays an appeal."""
        if token.dep_ != "advcl" or token.tag_ != "VBN":
            return False
        if not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in self.reporter_clause_marks for c in token.children
        ):
            return False
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        asker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        return not self._entities(asker, mentions)

    def _direct_question(self, span: SpacySpan) -> bool:
        """A sentence that asks (ends with "?" and opens with a question word or an inverted auxiliary:
        "Why has the WFI president's resignation not been sought?", "Will Russia attack?")."""
        words = [t for t in span if not t.is_punct and not t.is_space]
        closing = ("'", '"', "”", "’")
        last = next((t for t in reversed(span) if not t.is_space and t.text not in closing), None)
        asked = last is not None and last.text == "?"
        return asked and bool(words) and words[0].lower_ in self.question_openers

    def _entries(self, token: Token) -> list[LexEntry]:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and lemma in self.verbs):
            return self.verbs.get(lemma, []) or self.verbs.get(token.text.lower(), [])
        if token.pos_ in ("NOUN", "PROPN"):
            return self.nouns.get(lemma, []) or self.nouns.get(token.text.lower(), [])
        return []

    def _requirements(self, token: Token, entry: LexEntry) -> bool:
        if (
            entry.pos == "VERB"
            and any(c.dep_ == "det" for c in token.children)
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
        ):
            # "among the accused", "the injured": a participle used as a noun ("The Jammu and Kashmir
            # administration released X", where spaCy hangs "The" on the verb, has its subject)
            return False
        if entry.pos == "VERB" and token.dep_ == "acl" and token.head.tag_ == "CD":
            return False  # "acquitted the three accused": spaCy hangs the participle-noun on the number
        if entry.pos == "VERB" and self._other_sense(token):
            return False  # "who hails from Kerala": coming from a place, no praise
        if entry.pos == "NOUN" and self._other_modified(token):
            return False  # "died of a heart attack": an illness, no assault
        if entry.negated and not (
            any(c.dep_ == "neg" for c in token.children)
            and any(c.dep_ == "aux" and c.lower_ in self.lex.status.planned for c in token.children)
        ):
            return False  # "did not spare the children" tells what happened; only "will not" warns
        if entry.not_deps and any(c.dep_ in entry.not_deps for c in token.children):
            return False  # "called it his greatest mistake", "was called Miss Fields"
        if entry.cues:
            # "spoke by phone", "a phone call": the cue is a child or a child's object
            # (a date's preposition is no cue: "attacked X with a sword on Monday" gives no grounds)
            level1 = [c for c in token.children if not _temporal(c)]
            level2 = [g for c in level1 for g in c.children if not _temporal(g)]
            # three levels down: "termed the move as 'unconstitutional'" (term → move → as → …)
            level3 = [x for g in level2 for x in g.children if not _temporal(x)]
            near = {w.lemma_.lower() for w in (*level1, *level2, *level3)}
            if not near & set(entry.cues):
                return False
        if entry.particle:
            words = {
                c.text.lower()
                for c in token.children
                if c.dep_ in ("prt", "prep", "dobj", "advmod", "dative") and not _temporal(c)
            }  # "called X on Sunday" is no "call on"; "sent X to custody" may parse "to" as dative
            if entry.particle not in words:
                return False
            if entry.particle_act and not any(
                g.dep_ == "pcomp" or g.tag_ == "VBG"
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == entry.particle
                for g in c.children
            ):
                return False  # "warned X against any misadventure": a thing, no act of X's
        if _violent(entry.cameo) and self._figurative_violence(token):
            return False  # "fight against the steps of the government", "slogans attacking Mao"
        if entry.objects or entry.not_objects:
            heads = [c for c in token.children if c.dep_ in ("dobj", "attr", "nsubjpass", "prt")]
            if token.dep_ == "acl" and token.tag_ == "VBN":
                heads.append(token.head)  # "the data captured by Tata Trusts": the noun is what is captured
            # "to disperse mobs damaging property": spaCy reads the object before a participle as the
            # subject of a clause of the participle
            heads += [
                g
                for c in token.children
                if c.dep_ == "ccomp" and c.tag_ == "VBG"
                for g in c.children
                if g.dep_ == "nsubj"
            ]
            # "700 kg of medicine": the measured noun counts as the object
            heads += [
                g
                for h in heads
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
            ]
            objects = {c.lemma_.lower() for c in heads} | {c.lower_ for c in heads}
            objects |= {_hyphenated(c) for c in heads}  # "tie-up", parsed as "up" with "tie"
            if entry.objects and not objects & set(entry.objects):
                return False
            if objects & set(entry.not_objects):
                return False  # "will fight the bypolls", "captured the imagination", "shot a film"
        return True

    # ------------------------------------------------------------------ arguments
    def _entities(self, token: Token | None, mentions: MentionIndex) -> list[str]:
        """Entity ids of the phrase headed by ``token`` and its conjuncts."""
        if token is None:
            return []
        ids: list[str] = []
        heads = (
            token,
            *token.conjuncts,
            *self._listed_names(token, mentions),
            *_misparsed_conjuncts(token, mentions),
        )
        clause = next((c for h in heads for c in h.children if c.dep_ == "relcl" and _singular_verb(c)), None)
        if clause is not None and len(heads) > 1:
            # "Russia and North Korea, which has sent soldiers": a singular relative clause is about the
            # conjunct right before it, wherever the parser attached it
            heads = (max((h for h in heads if h.i < clause.i), key=lambda h: h.i, default=token),)
        for head in heads:
            if head.pos_ == "PRON" and head.lower_ in self.pronouns:
                if any(c.pos_ == "PRON" for c in head.conjuncts) and any(
                    c.dep_ == "cc" and c.lower_ == "or" for h in (head, *head.conjuncts) for c in h.children
                ):
                    continue  # "that he or she be released on bail": anyone, no one named
                if head.lower_ in self.plural_pronouns:
                    speakers = self._plural_speaker(head, mentions)
                    if speakers:
                        ids.extend(speakers)
                        continue
                    coordinated = self._coordinated_before(head, mentions)
                    if not coordinated and head.dep_ in SUBJECT_DEPS:
                        previous = self._previous_subject(head, mentions)
                        if previous is not None:
                            ids.extend(previous)
                            continue
                        if head.i == head.sent.start and head.lower_ == "they":
                            # a sentence opening "They carried the flag": a group named just before,
                            # not the two persons named last
                            ids.extend(self._plural_antecedent(head, mentions))
                            continue
                    ids.extend(coordinated or ["@they"])
                elif (addressee := self._participle_addressee(head, mentions)) is not None:
                    ids.append(addressee)
                elif head.lower_ in self.thing_pronouns and head.dep_ in SUBJECT_DEPS:
                    # "It demanded …": a body or country named just before, never a person
                    ids.extend(self._body_antecedent(head, mentions))
                else:
                    ids.append("@pronoun")
                continue
            found = self._phrase_entity(head, mentions)
            if found is None and (role := self._descriptor_role(head, mentions)) is not None:
                ids.append(role)  # "attacked the deceased": the coder names whom the story meant
                continue
            if found is not None and self._agency_court(head, found, mentions):
                found = None  # "A special CBI court … awarded": parsed with the agency as the head
            if head.lemma_.lower() in self.bench_nouns and not mentions.overlapping(head.idx, head.idx + 1):
                if found is not None and (mentions.by_id[found].sector or "") in self.bench_case_sectors:
                    found = None  # "a special CBI court": the agency's cases, not the agency; unnamed
                elif found is None or not mentions.by_id[found].kb_id:
                    # "a bench of Justices M. Sundar and Anitha Sumanth directed …", "the court
                    # posted …": the court the article has named acts (dev2 convention: benches and
                    # judges → court); a known body on the noun stays ("the U.N. war crimes court")
                    found = self._named_court(head, mentions) or found
            people = self._described_people(head, found, mentions) if found is not None else []
            if people:
                ids.extend(people)
            elif found is not None:
                ids.append(self._affiliation(head, found, mentions))
            ids.extend(self._coordinated_owners(head, mentions))
        return list(dict.fromkeys(ids))

    def _descriptor_role(self, head: Token, mentions: MentionIndex) -> str | None:
        """``@victim`` / ``@suspect`` for a definite singular description of a person the story named
        before ("the deceased", "the underworld don"); None for anything else. A plural ("the accused
        were") or a noun with a name or an "of" phrase of its own ("the victim of the fraud") is not one."""
        word = head.lower_
        after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if (
            after is not None
            and after.head is not head
            and after.tag_ in ("NN", "NNP")
            and after.lower_ in (*self.victim_descriptors, *self.suspect_descriptors)
        ):
            word = after.lower_  # "held the underworld don guilty": spaCy hangs "don" on "guilty"
        if word in self.victim_descriptors:
            role = "@victim"
        elif word in self.suspect_descriptors:
            role = "@suspect"
        else:
            return None
        if head.tag_ in ("NNS", "NNPS") or mentions.overlapping(head.idx, head.idx + len(head)):
            return None
        children = list(head.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
            return None
        if any(c.dep_ in ("appos", "compound") or (c.dep_ == "prep" and c.lower_ == "of") for c in children):
            return None
        verb = head.head if head.dep_ in SUBJECT_DEPS else None
        if verb is not None and (
            verb.tag_ == "VBP" or any(w.lower_ in ("were", "are", "have") for w in (verb, *verb.children))
        ):
            return None  # "the accused were members of …": a group
        return role

    def _venue_government(self, target: str, mentions: MentionIndex) -> str:
        """A legislature in a protest's own phrase is where it is staged ("stormed the well of the Lok
        Sabha"); the protest is aimed at the government of its country when the article names one
        (CAMEO: a protest's unstated target is the authorities where it happens)."""
        venue = mentions.by_id.get(target)
        if venue is None or (venue.sector or "") not in self.venue_sectors or not venue.country:
            return target
        for entity in mentions.by_id.values():
            if (
                entity.sector == "GOV"
                and entity.type == "ORG"
                and entity.country == venue.country
                and (entity.kb_id or "").startswith("government")
            ):
                return entity.id
        return target

    def _body_antecedent(self, pronoun: Token, mentions: MentionIndex) -> list[str]:
        """The actor a subject "it" stands for: the subject before it in its own sentence, else the
        subject of the sentence before, when that subject names an organisation or a country ("The
        CPI(M) met the governor on Sunday. It demanded …"). Anything else gives no actor: "it" is
        mostly a thing ("It provides a firsthand account", "the war … but it did engage the United
        States"), and never a person."""
        if pronoun.dep_ == "nsubjpass" and any(
            c.dep_ in ("ccomp", "csubjpass") and c.i > pronoun.i for c in pronoun.head.children
        ):
            return []  # "it was agreed that …", "it is alleged that …": the clause is the subject
        sent = pronoun.sent
        subjects = [
            t for t in sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"
        ]
        if subjects:
            subject: Token | None = subjects[-1]
        elif sent.start > 0:
            previous = pronoun.doc[sent.start - 1].sent
            subject = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            subject = None
        if subject is None:
            return []
        # the subject's own word ("The Nigerian Union of Teachers, the umbrella union …, announced that
        # it …"), not a name elsewhere in its phrase ("The article 'UN Security Council Calls for …'")
        owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        refs = mentions.overlapping(subject.idx, subject.idx + len(subject))
        for owner in owners:  # "Iraq's interim government announced that it …": the owner's body
            refs += mentions.overlapping(owner.idx, owner.idx + len(owner))
        for ref in refs:
            entity = ref.entity
            if entity.type == "ORG" or (entity.kb_id or "").startswith("country:"):
                return [entity.id]
        return []

    def _plural_antecedent(self, pronoun: Token, mentions: MentionIndex) -> list[str]:
        """The group a sentence-opening "They" continues with: the actor named last by a plural noun
        ("the Goans offered satyagraha … . They carried the flag") in the sentence before; none when
        there is no such group."""
        sent = pronoun.sent
        if sent.start == 0:
            return []
        window = pronoun.doc[sent.start - 1].sent.start_char
        for k in range(mentions.count_before(pronoun.idx) - 1, -1, -1):
            ref = mentions.refs[k]
            if ref.start < window:
                break
            span = pronoun.doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is not None and span.root.tag_ in _PLURAL_TAGS and ref.entity.type != "GPE":
                return [ref.entity.id]
        return []

    def _participle_addressee(self, pronoun: Token, mentions: MentionIndex) -> str | None:
        """ "it" as the object of a participle clause is the body its main verb addressed ("wrote to the
        Election Commission, accusing it of bias"; "reminded the Centre, accusing it of …"); the coder
        would look for a person."""
        if pronoun.lower_ not in self.thing_pronouns or pronoun.dep_ not in ("dobj", "pobj"):
            return None
        clause = pronoun.head if pronoun.dep_ == "dobj" else pronoun.head.head
        if clause.tag_ != "VBG" or clause.dep_ not in ("advcl", "xcomp"):
            return None
        main = clause.head
        objects = [c for c in main.children if c.dep_ in ("dobj", "dative")]
        objects += [g for c in main.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
        for obj in objects:
            found = self._phrase_entity(obj, mentions)
            if found is not None and mentions.by_id[found].type != "PER":
                return found
        return None

    @staticmethod
    def _described_people(head: Token, found: str, mentions: MentionIndex) -> list[str]:
        """An organisation named only as the description of the people after it ("granting bail to
        Elgaar Parishad accused activists Rona Wilson and Sudhir Dhavale", which spaCy breaks at
        "Parishad"): those people, not the organisation, when lowercase words alone stand between."""
        entity = mentions.by_id.get(found)
        if entity is None or entity.type != "ORG":
            return []
        refs = [r for r in mentions.overlapping(head.idx, head.idx + len(head)) if r.entity.id == found]
        if not refs:
            return []
        doc, end = head.doc, max(r.end for r in refs)
        i = next((t.i for t in head.sent if t.idx >= end), None)
        if i is None:
            return []
        words = 0
        while (
            i < head.sent.end
            and doc[i].is_lower
            and doc[i].is_alpha
            and (doc[i].pos_ in ("NOUN", "ADJ") or doc[i].tag_ == "VBN" or doc[i].dep_ == "amod")
            and not doc[i].ent_type_
            and words < 3
        ):
            i, words = i + 1, words + 1
        if words == 0 or doc[i - 1].pos_ != "NOUN":
            # "the Congress, Rahul Gandhi …", "The German government today welcomed President Reagan's …"
            return []
        people: list[str] = []
        while i < head.sent.end:
            found_refs = mentions.overlapping(doc[i].idx, doc[i].idx + len(doc[i]))
            if not found_refs or found_refs[0].entity.type != "PER":
                break
            people.append(found_refs[0].entity.id)
            i = next((t.i for t in head.sent if t.idx >= found_refs[0].end), head.sent.end)
            if i < head.sent.end and doc[i].lower_ in (",", "and") and i + 1 < head.sent.end:
                i += 1 + (doc[i + 1].lower_ == "and")
            else:
                break
        return people

    def _agency_court(self, head: Token, found: str, mentions: MentionIndex) -> bool:
        """The agency names the cases of a court noun later in the phrase ("A special Central Bureau
        of Investigation (CBI) court in Hyderabad", which spaCy heads on "Bureau"): the court acts."""
        entity = mentions.by_id.get(found)
        if entity is None or (entity.sector or "") not in self.bench_case_sectors:
            return False
        refs = [r for r in mentions.overlapping(head.idx, head.idx + len(head)) if r.entity.id == found]
        if not refs:
            return False
        end = max(r.end for r in refs)
        for word in head.subtree:
            if word.idx < end or word.is_punct or mentions.overlapping(word.idx, word.idx + len(word)):
                continue  # the name itself and its bracketed acronym
            return word.lemma_.lower() in self.bench_nouns
        return False

    @staticmethod
    def _listed_names(token: Token, mentions: MentionIndex) -> list[Token]:
        """Names of a comma list that spaCy parses as appositions ("Varavara Rao, Sudha Bharadwaj,
        Vernon Gonsalves and Mahesh Raut"): each appositive that is another person, as the head is."""

        def person(t: Token) -> str | None:
            found = mentions.overlapping(t.idx, t.idx + len(t))
            return found[0].entity.id if found and found[0].entity.type == "PER" else None

        own = person(token)
        if own is None:
            return []
        out: list[Token] = []
        for child in token.children:
            if child.dep_ != "appos":
                continue
            for t in (child, *child.conjuncts):
                other = person(t)
                if other is not None and other != own:
                    out.append(t)
        return out

    def _affiliation(self, head: Token, found: str, mentions: MentionIndex) -> str:
        """A person of unknown country acts for the body the phrase names ("a member of the Syrian
        parliament, Mohammed Mamoun, …" → the Syrian parliament); a known person stays the actor."""
        entity = mentions.by_id.get(found)
        if entity is None or entity.type != "PER" or entity.country or entity.kb_id:
            return found
        # a judge's agency is whose cases the court hears ("the special court judge for CBI cases,
        # M. V. Ramana Naidu", "the CBI court judge"): the judge does not act for it
        judge = head.lemma_.lower() in self.court_words
        phrases = [head, head.head] if head.dep_ == "appos" else [head]
        for phrase in phrases:
            start, end = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge)
            # "CPM's Basudeb Acharia", "BJP's Arun Jaitley": the named member acts, not the possessor
            owners = [
                (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                for c in phrase.children
                if c.dep_ == "poss" or any(g.tag_ == "POS" for g in c.children)
            ]
            # "Varavara Rao, Sudha Bharadwaj, Anand Teltumbde …": the other names of a list are no body
            # the person acts for
            owners += [
                (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                for c in phrase.children
                if c.dep_ == "conj" or (c.dep_ == "appos" and c.pos_ == "PROPN")
            ]
            # "Sharma, who attended the meetings of the World Bank, …": what the person did, not whom
            # the person acts for (a clause of membership, "who heads the party's youth wing", still is)
            owners += [
                (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                for c in phrase.children
                if c.dep_ == "relcl" and not _lemma_in(c, self.membership_verbs)
            ]
            for ref in mentions.within(start, end):
                if any(a <= ref.start < b for a, b in owners):
                    continue
                if _place_below_country(ref.entity) and not _city(ref.entity):
                    # a state or district in the description is where the office or the person is, not
                    # a body, and what follows it describes the place ("former Haryana chief minister
                    # Bhupinder Singh Hooda", "Chhamb, a town in Jammu and Kashmir, near the border
                    # with Pakistan"): the person acts for no one named
                    return found
                if (
                    ref.entity.type != "PER"
                    and ref.entity.country
                    and not _city(ref.entity)
                    and not (judge and (ref.entity.sector or "") in self.bench_case_sectors)
                ):
                    return ref.entity.id
        return found

    def _phrase_entity(self, head: Token, mentions: MentionIndex) -> str | None:
        """The entity a noun phrase names: the head itself; else a modifier ("Russian officials",
        "Serbia's suppression"); else a prepositional or appositive complement ("forces of Serbia",
        "activists from the Fatah Party", "a member of parliament, Mohammed Mamoun")."""
        found = mentions.overlapping(head.idx, head.idx + len(head))
        if found:
            return self._as_state(head, found[0].entity, mentions)
        holder = self._title_holder(head, mentions)
        if holder is not None:
            return holder
        for child in head.children:
            # "Iran's top diplomat, Abbas Araghchi, …", "Khan's party, Pakistan Tehreek-e-Insaf, …": the
            # name beside the noun, not its owner
            if child.dep_ == "appos":
                named = _headed_entity(child, mentions)
                entity = mentions.by_id.get(named) if named is not None else None
                if entity is not None and (entity.country or entity.kb_id or entity.type == "PER"):
                    return entity.id  # (an unknown acronym, "… Facilities (UCF)", says less than its noun)
        modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "poss", "nmod", "nummod")]
        for child in modifiers:
            found_id = _headed_entity(child, mentions)
            if found_id is not None and not _stance(child, found_id, mentions):
                return found_id
        for child in sorted(head.children, key=lambda c: c.dep_ != "appos"):  # the appositive first
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in ("of", "from", "in", "by")):
                obj = (
                    child
                    if child.dep_ == "appos"
                    else next((c for c in child.children if c.dep_ == "pobj"), None)
                )
                if obj is not None:
                    found_id = _headed_entity(obj, mentions)
                    if found_id is not None and self._people_from(head, found_id, mentions):
                        continue  # "500 persons from Melwan village": the village did not march
                    if found_id is not None:
                        return found_id
        return None

    @staticmethod
    def _title_holder(head: Token, mentions: MentionIndex) -> str | None:
        """The person named right after a title noun inside its own phrase, where spaCy made the title
        the head ("Punjab Chief Minister Amarinder Singh", with the name hung on "Minister"): the
        holder acts, not the state or body on the title."""
        if head.i + 1 >= len(head.doc):
            return None
        after = head.doc[head.i + 1]
        if not (head.left_edge.i <= after.i <= head.right_edge.i):
            return None
        # (the name's first word may be mistagged: "Amarinder" read as a preposition)
        found = [r for r in mentions.overlapping(after.idx, after.idx + len(after)) if r.start == after.idx]
        return found[0].entity.id if found and found[0].entity.type == "PER" else None

    def _place_only(self, modifier: Token, mentions: MentionIndex) -> bool:
        """Whether a noun modifier names only towns, districts or regions (no country, person or body)."""
        found = self._entities(modifier, mentions)
        return bool(found) and all(_place_below_country(mentions.by_id.get(f)) for f in found)

    def _people_from(self, head: Token, found: str, mentions: MentionIndex) -> bool:
        """Unnamed people of a place below a country ("persons from Melwan village", "residents of
        Kuthotha"): the place names where they live, not an actor; a country still stands for its
        people, as CAMEO codes it."""
        entity = mentions.by_id.get(found)
        return (
            head.lemma_.lower() in self.people_nouns
            and entity is not None
            and entity.type in ("GPE", "LOC")
            and not (entity.kb_id or "").startswith("country:")
        )

    def _coordinated_before(self, pronoun: Token, mentions: MentionIndex) -> list[str]:
        """The antecedent of "them"/"they": the last pair of coordinated actors earlier in the
        sentence ("the exchange of fire between Israel and Iran … urged them")."""
        found: list[str] = []
        for token in pronoun.sent:
            if token.i >= pronoun.i:
                break
            conjuncts = [c for c in token.children if c.dep_ == "conj" and c.i < pronoun.i]
            if not conjuncts or token.dep_ == "conj":
                continue
            ids = [self._phrase_entity(t, mentions) for t in (token, *conjuncts)]
            if all(ids) and len(set(ids)) >= 2:
                found = [i for i in dict.fromkeys(ids) if i is not None]
        return found

    def _court_addressed(self, token: Token, mentions: MentionIndex, sources: set[str]) -> list[str]:
        """The court an appeal with no one named is made to: in a sentence of court proceedings
        (events.toml court_words: "pleaded for bail", "sought more time" at a hearing), the court the
        article last named."""
        if not self.court_words or not any(t.lemma_.lower() in self.court_words for t in token.sent):
            return []
        court = None
        for ref in mentions.refs:
            if ref.start >= token.idx:
                break
            entity = ref.entity
            if entity.sector == "JUD" and entity.type == "ORG" and entity.kb_id and entity.id not in sources:
                court = entity.id
        return [court] if court is not None else []

    def _named_court(self, head: Token, mentions: MentionIndex) -> str | None:
        """The court last named before a bench or "the court" (a known judicial body, sector JUD); a
        court of another kind ("the trial court", "a special court") is not it."""
        modifiers = [c for c in head.children if c.dep_ in ("compound", "amod")]
        if any(c.lower_ not in self.bench_modifiers for c in modifiers):
            return None
        court = None
        for ref in mentions.refs:
            if ref.start >= head.idx:
                break
            if ref.entity.sector == "JUD" and ref.entity.type == "ORG" and ref.entity.kb_id:
                court = ref.entity.id
        return court

    def _plural_speaker(self, pronoun: Token, mentions: MentionIndex) -> list[str]:
        """ "The police said they opened fire …": the subject "they" of what a plural or collective
        speaker says is that speaker (an organisation or a group; a single person's "they" is others)."""
        clause = pronoun.head
        if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp":
            return []
        say = clause.head
        if say.lemma_.lower() not in self.lex.say_verbs:
            return []
        subject = next((c for c in say.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return []
        ids = [i for i in self._entities(subject, mentions) if not i.startswith("@")]
        plural = subject.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in subject.children)
        if not plural and not all(mentions.by_id[i].type == "ORG" for i in ids):
            return []
        return ids

    def _previous_subject(self, pronoun: Token, mentions: MentionIndex) -> list[str] | None:
        """The antecedent of a subject "they" opening its clause: the plural subject of the sentence
        before ("The Opposition parties have slammed … . They have demanded …"). A plural subject that
        names no entity ("500 persons … marched …. They raised slogans") gives no actor rather than
        the persons last named. None where the sentence before has no plural subject (then the
        pronoun is resolved as before: the persons last named, "as they met")."""
        sent = pronoun.sent
        if sent.start == 0 or any(t.dep_ in SUBJECT_DEPS for t in sent if t.i < pronoun.i):
            return None  # "Shoigu told Wang that they would meet": the pronoun looks back in its sentence
        previous = pronoun.doc[sent.start - 1].sent
        root = previous.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        plural = subject.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in subject.children)
        if not plural:
            return None
        heads = (subject, *subject.conjuncts)
        if all(mentions.overlapping(h.idx, h.idx + len(h)) for h in heads):
            return [i for i in self._entities(subject, mentions) if not i.startswith("@")]
        if subject.lemma_.lower() in self.people_nouns:
            # "500 persons from Melwan village marched …": unnamed people; the village is where they
            # come from, not who they are, and the persons named last did not march
            return []
        return None  # "the Prime Ministers of India and Pakistan": resolved as before

    def _as_state(self, head: Token, entity: Entity, mentions: MentionIndex) -> str:
        """A country's government named by a common noun ("the Japanese government has urged …",
        "Croatian authorities") acts for the country, as a country name does (CAMEO's convention),
        when the article names that country; a named body ("the Foreign Ministry") stays itself."""
        government = entity.sector == "GOV" and head.lemma_.lower() in self.state_nouns
        # "Iraqi towns", "Iranian nuclear sites": a country's places and property, named by a common
        # noun and no organisation of its own, stand for the country as its name would
        property_ = entity.sector is None and entity.kb_id is None and head.pos_ == "NOUN"
        if entity.type != "ORG" or not entity.country or not (government or property_):
            return entity.id
        for other in mentions.by_id.values():
            if other.kb_id == f"country:{entity.country}":
                return other.id
        return entity.id

    def _chain(self, token: Token) -> list[Token]:
        """The trigger and the words governing it up to the clause that has a subject."""
        chain = [token]
        current = token
        while (
            not any(c.dep_ in SUBJECT_DEPS for c in current.children)
            and _approximate_subject(current) is None
            and current.dep_ in CHAIN_DEPS
        ):
            if current.head.i == current.i:
                break
            current = current.head
            chain.append(current)
        return chain

    def _subject(self, chain: list[Token]) -> tuple[Token | None, bool]:
        """The subject, and whether the trigger itself is passive (a passive raising verb above it,
        "Russia is expected to attack", leaves the subject the agent)."""
        own_clause = True  # the trigger's clause and its conjoined or complement verbs
        for word in chain:
            owner = self._infinitive_owner(word) if own_clause else None
            if owner is not None:
                return owner, False
            # "the Centre's decision to probe the role in the conspiracy to assassinate X": the
            # owner of a noun higher up does not do the trigger's act
            own_clause = own_clause and word.dep_ in ("conj", "xcomp")
            if word.dep_ == "pcomp" and word.head.lower_ in ("of", "for") and word.head.head.pos_ == "VERB":
                # "accused the RSF of shelling …", "blamed Israel for attacking …": the object does it
                obj = next((c for c in word.head.head.children if c.dep_ == "dobj"), None)
                if obj is not None and not any(c.dep_ in SUBJECT_DEPS for c in word.children):
                    return obj, False
            # two subjects is spaCy's slip on a long opening clause ("When the matter came up before
            # Justice Rathnakala, Jayalalithaa's counsel Ram Jethmalani pleaded …"): the nearer name
            # (not an apposition's common noun: "Members of …, a body linked to …, investigated")
            subjects = [c for c in word.children if c.dep_ in ("nsubj", "csubj")]
            if len(subjects) > 1:
                nearest = max(subjects, key=lambda c: c.i if c.i < word.i else -1)
                subjects = [nearest] if nearest.pos_ == "PROPN" else subjects
            for child in subjects:
                named = _name_before_who(child) if child.tag_ == "WP" else None
                if named is not None:
                    return named, False
                if child.tag_ in ("WP", "WDT") and word.dep_ == "relcl":
                    return self._antecedent(word), False  # "Shoigu, who is on a visit …"
                return child, False
            approximate = _approximate_subject(word) if not subjects else None
            if approximate is not None:
                return approximate, False
            for child in word.children:
                if child.dep_ == "nsubjpass":
                    named = _name_before_who(child) if child.tag_ == "WP" else None
                    if named is not None:
                        return named, word is chain[0]
                    if child.tag_ in ("WP", "WDT") and word.dep_ == "relcl":
                        return self._antecedent(word), word is chain[0]  # "rebels, who are backed by Iran"
                    return child, word is chain[0]
        return None, False

    @staticmethod
    def _owner_disagrees(
        owner: Token, subject: Token | None, sources: list[str], mentions: MentionIndex
    ) -> bool:
        """A possessive pronoun on the event noun that cannot be the light verb's subject: "its" for a
        person, "their" for one person. The event is the pronoun's, someone else's than the subject's."""
        if owner.dep_ != "poss" or subject is None or not sources:
            return False
        # a person both by the entity and by the parser's own reading of the subject word (a country
        # typed as a person by mistake stays "its" owner: "Egypt reaffirmed its support")
        people = all(s in mentions.by_id and mentions.by_id[s].type == "PER" for s in sources) and (
            subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")
        )
        if owner.lower_ == "its":
            return people
        if owner.lower_ == "their":
            return people and len(sources) == 1 and not subject.conjuncts and subject.tag_ != "NNS"
        return False

    def _infinitive_owner(self, word: Token) -> Token | None:
        """The owner of a noun of intention whose subjectless infinitive ``word`` says what the owner
        means to do: "the World Bank decision to cut aid", "the Centre's move to ban the group" (the
        Bank cuts, whoever the sentence's subject is). Other nouns leave the infinitive to someone
        else ("the minister's appeal to the unions to call off the strike", "Pakistan's refusal to …")."""
        if word.dep_ != "acl" or word.head.lemma_.lower() not in self.intent_nouns:
            return None
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children):
            return None
        if any(c.dep_ in SUBJECT_DEPS for c in word.children):
            return None
        owner = next(
            (
                c
                for c in word.head.children
                if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")
            ),
            None,
        )
        # "New Delhi expressed its willingness to discuss …": a possessive pronoun is the clause's subject
        return None if owner is None or owner.pos_ == "PRON" else owner

    def _antecedent(self, clause: Token) -> Token:
        """The noun a relative clause is about: spaCy often hangs it on the place after the noun
        ("Houthi rebels in Yemen, who are backed by Iran"), which is never the one meant."""
        noun = clause.head
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ in self.locative_preps
            and noun.head.head.i != noun.head.i
        ):
            return noun.head.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "among":
            # "X, Y and Z are among the accused who were granted bail": the clause is about X, Y and Z
            subject = next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
        return noun

    def _prep_objects(self, word: Token, preps: tuple[str, ...]) -> Token | None:
        for child in word.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
                for obj in child.children:
                    if obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                        # "asylum to five officers holed up in …": spaCy reads a clause; its subject
                        # is the object
                        subject = next((c for c in obj.children if c.dep_ == "nsubj"), None)
                        if subject is not None:
                            return subject
                    if obj.dep_ in ("pobj", "pcomp"):
                        return obj
            if child.dep_ == "dative" and "dobj" in preps and child.pos_ in ("PROPN", "NOUN"):
                return child
        return None

    def _target_tokens(self, token: Token, entry: LexEntry, mentions: MentionIndex) -> list[Token]:
        """Possible target phrases in the entry's order of preference."""
        words = [token]
        for child in token.children:
            if child.dep_ in ("xcomp", "dobj") and entry.pos == "VERB":
                words.append(child)  # "agreed to provide aid to X", "offered its troops to X"
                # "willing to strengthen communication with X"
                words += [g for g in child.children if g.dep_ == "dobj"]
        out: list[Token] = []
        for marker in entry.target:
            for word in words:
                if marker == "dobj":
                    out += [
                        c
                        for c in word.children
                        if c.dep_ in ("dobj", "dative") or (c.dep_ == "attr" and word is token)
                    ]
                    # "termed the government's move as …": spaCy reads the object as a predicate
                    out += [c for c in word.children if c.dep_ == "oprd" and word is token]
                elif marker == "dative":
                    for child in word.children:
                        if child.dep_ == "dative":
                            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                            out.append(obj if obj is not None else child)
                elif marker == "poss":
                    out += [c for c in word.children if c.dep_ == "poss"]
                elif marker == "clause_subject":  # "demanded that the United States match …"
                    for clause in word.children:
                        if clause.dep_ in ("ccomp", "xcomp"):
                            out += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                elif (
                    marker == "clause_agent"
                ):  # "regretted that India had talked …" (not a passive's patient)
                    for clause in word.children:
                        if clause.dep_ in ("ccomp", "xcomp"):
                            out += [c for c in clause.children if c.dep_ == "nsubj"]
                elif marker == "clause_named" and word is token:
                    out += self._clause_names(token, mentions)
                elif marker == "purpose_object" and word is token:
                    out += self._purpose_objects(token, mentions)
                else:
                    found = self._prep_objects(word, (marker,))
                    if found is not None:
                        out.append(found)
        return out

    def _clause_names(self, token: Token, mentions: MentionIndex) -> list[Token]:
        """Phrases of the trigger's "that" clause that may name whom it is about, in order: the passive's
        "by" agent, then the clause's nouns ("alleged that Tamils are massacred for not bowing to the
        RSS": the RSS; "alleged that an FIR was not registered by the police": the police)."""
        out: list[Token] = []
        for clause in (c for c in token.children if c.dep_ == "ccomp"):
            out += [
                obj
                for agent in clause.subtree
                if agent.dep_ == "agent"
                for obj in agent.children
                if obj.dep_ == "pobj"
            ]
            out += self._clause_nouns(clause, mentions, doers=True)
        return out

    def _clause_nouns(self, clause: Token, mentions: MentionIndex, *, doers: bool = False) -> list[Token]:
        """The words of a clause in order that are part of a name ("the police firing": the police),
        less a passive's subject (the one wronged: "alleged that voters were threatened") and the
        objects of place and time phrases ("in Pune district", "on Monday"). With ``doers``, only the
        objects of a verb's preposition ("not bowing to the RSS"), not what is done to or said of
        someone: a verb's object or a subject within ("to get Mr Rao transferred"), the object of a
        noun's or an adjective's preposition ("the transfer of Mr Rao", "persons close to the PM")."""
        out: list[Token] = []
        for word in clause.subtree:
            if word.pos_ not in ("PROPN", "NOUN") or not mentions.overlapping(word.idx, word.idx + len(word)):
                continue
            phrase = word
            while phrase.dep_ == "compound" and phrase.head.i != phrase.i:
                phrase = phrase.head  # "the police firing": the phrase "firing" stands where "police" does
            prep = phrase.head
            if phrase.dep_ == "nsubjpass" or (
                phrase.dep_ == "pobj" and (prep.lower_ in self.locative_preps or _temporal(prep))
            ):
                continue
            if doers and not (phrase.dep_ == "pobj" and prep.head.pos_ in ("VERB", "AUX")):
                continue  # ("to get Mr Rao transferred": a subject of a clause within is no doer either)
            out.append(word)
        return out

    def _purpose_objects(self, token: Token, mentions: MentionIndex) -> list[Token]:
        """What the infinitive of purpose on the trigger or its object looks into or acts on, then the
        other nouns of that infinitive's clause ("set up a commission headed by X to look into the
        circumstances of the police firing": the police, not the commission's head X)."""
        heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
        out: list[Token] = []
        for head in heads:
            for verb in head.subtree:
                if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "xcomp", "acl", "relcl", "ccomp"):
                    continue  # ("constituted a committee to look into X": spaCy may read a ccomp)
                if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
                    continue
                out += [
                    obj
                    for prep in verb.children
                    if prep.dep_ == "prep" and prep.lower_ == "into"
                    for obj in prep.children
                    if obj.dep_ == "pobj"
                ]
                out += [c for c in verb.children if c.dep_ == "dobj"]
                # (the infinitive's own subject is the body set up, not whom it looks into)
                out += [
                    w
                    for w in self._clause_nouns(verb, mentions)
                    if not (w.dep_ == "nsubj" and w.head is verb)
                ]
        return out

    def _target(self, token: Token, entry: LexEntry, mentions: MentionIndex) -> list[str]:
        for candidate in self._target_tokens(token, entry, mentions):
            prep = candidate.head
            if prep.dep_ == "prep" and mentions.overlapping(prep.idx, prep.idx + len(prep)):
                continue  # "for" inside "National Union for the Total Independence of Angola"
            if self._circumstance_word(candidate):
                continue  # "killed in shelling by Pakistani troops": what happened, not whom to
            ids = self._entities(candidate, mentions)
            if (
                entry.cameo.startswith(DISAPPROVAL_ROOT)
                and candidate.pos_ == "NOUN"
                and self._entries(candidate)
            ):
                # "condemned the killing of three civilians by militants": who is condemned is the
                # act's "by" agent, not the first name of the phrase (the victims)
                by = self._prep_objects(candidate, ("by",))
                ids = self._entities(by, mentions) or ids if by is not None else ids
            if candidate.dep_ == "poss" and candidate.lower_ in self.target_possessives:
                ids = ["@pronoun"]  # "challenged his bail order": the person named last (the coder's)
            if entry.target_types:
                ids = [i for i in ids if i.startswith("@") or mentions.by_id[i].type in entry.target_types]
            if entry.named_target:
                ids = [i for i in ids if not i.startswith("@")]
            if ids:
                return ids
        return []

    def _candidate(
        self, token: Token, entry: LexEntry, index: int, mentions: MentionIndex
    ) -> Candidate | None:
        targets = self._target(token, entry, mentions)
        sources: list[str] = []
        passive = reduced = False
        if entry.pos == "NOUN" and token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
            return None  # "the Bombay blasts case", "attack helicopters": a name or a kind, no event
        if entry.pos == "NOUN" and self._stance_held(token):
            return None  # "The BJP is in broad agreement with the Shiv Sena": a view, no act
        receiver = token.head if entry.pos == "NOUN" and token.dep_ == "dobj" else None
        if receiver is not None and not _lemma_in(receiver, self.reception_verbs):
            receiver = None
        if receiver is not None and not any(c.dep_ in ("poss", "compound") for c in token.children):
            # "Gandhi's remarks drew criticism from the BJP", "Pakistan faced an attack by militants":
            # the "from"/"by" phrase acts, the subject undergoes it
            giver = self._prep_objects(receiver, ("from", "by")) or self._prep_objects(token, ("from", "by"))
            sources = self._entities(giver, mentions)
            chain = self._chain(receiver)
            subject, passive = self._subject(chain)
            targets = [] if passive else [t for t in self._entities(subject, mentions) if t not in sources]
        elif entry.pos == "NOUN":
            owner = next((c for c in token.children if c.dep_ in ("poss", "compound", "amod")), None)
            if (
                owner is not None
                and owner.dep_ == "poss"
                and "poss" in entry.target
                and targets
                and (
                    owner.lower_ in self.target_possessives
                    or set(self._entities(owner, mentions)) <= set(targets)
                )
            ):
                owner = None  # "Kejriwal's arrest by the ED": the possessor undergoes it
            if owner is not None and owner.dep_ in ("compound", "amod") and self._place_only(owner, mentions):
                owner = None  # "the Aligarh riots", "the Pune protests": a town names where, not who
            sources = self._entities(owner, mentions) if owner is not None else []
            anchor = token  # "launched artillery, mortar and rocket fire": a conjunct is an object too
            while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
                anchor = anchor.head
            light = anchor.head if anchor.dep_ in ("dobj", "nsubjpass", "attr") else None
            if light is not None and not _lemma_in(light, self.light_verbs):
                light = None  # "supports the U.S. attacks": not the supporter's attack
            if (
                anchor.dep_ == "pobj"
                and anchor.head.lower_ in self.situation_preps
                and anchor.head.head.lemma_.lower() not in self.speech_nouns
                # (a noun's phrase is no situation of a clause: "the culprit in the Aligarh riots")
                and not (anchor.head.head.pos_ in ("NOUN", "PROPN") and anchor.head.head.dep_ == "pobj")
            ):
                # "X, who is on a visit to China", "X arrived for talks with Y" (not the topic of a text:
                # "the report on Rajiv Gandhi's assassination" is no act of its authors)
                light = anchor.head.head
            if (
                anchor.dep_ == "pobj"
                and anchor.head.dep_ == "prep"
                and f"{anchor.head.head.lemma_.lower()} {anchor.head.lower_}" in self.prep_light_verbs
            ):
                light = anchor.head.head  # "the police resorted to a lathicharge": the police charge
            if light is not None and any(c.dep_ == "prt" and c.lower_ == "off" for c in light.children):
                return None  # "called off its strike": the strike ends (the verb's own entry codes that)
            if not sources and light is not None:
                chain = self._chain(light)
                subject, passive = self._subject(chain)
                undergoer = self._undergoer(token)
                if undergoer is not None:
                    # "Suresh Pal died in the attack": the one who died undergoes it, never does it
                    subject, passive = undergoer, True
                passive = passive and light.lower_ not in self.stative  # "were engaged in ethnic cleansing"
                if not passive:
                    sources = self._entities(subject, mentions)
                if owner is not None and self._owner_disagrees(owner, subject, sources, mentions):
                    sources = []  # "Gandhi hit back at the Opposition for its attack": not Gandhi's attack
                if not targets:
                    targets = self._target(light, entry, mentions)
                if passive and not targets:
                    targets = self._entities(subject, mentions)  # "X was granted bail": X undergoes it
                if passive:
                    agent = next((c for c in light.children if c.dep_ == "agent"), None)
                    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                    if undergoer is not None:
                        # "were killed in an attack by militants", "in an encounter with the police":
                        # the noun's own agent acts on whoever was killed
                        sources = self._event_agent(token, mentions)
                        targets = [t for t in self._entities(undergoer, mentions) if t not in sources]
                    else:
                        sources = [e for e in self._entities(by, mentions) if e not in targets]
            for prep in ("by", "of", "from"):  # "shelling by Pak troops", "the visit of …"
                if sources or light is not None or prep in entry.target:
                    continue
                # "the visit of a U.S. delegation to Taiwan", "demands from UNITA": the actor, where
                # the preposition cannot name the target (as "of" does in "the bombing of Belgrade")
                phrase = self._prep_objects(token, (prep,))
                found = _headed_entity(phrase, mentions) if phrase is not None else None
                if (
                    prep == "of"
                    and found is not None
                    and entry.cameo.startswith(("042", "043"))
                    and mentions.by_id[found].type in ("GPE", "LOC")
                    and phrase is not None
                    # the place is the phrase's own head (not "a visit of a minister from the US")
                    and any(
                        r.entity.id == found
                        for r in mentions.overlapping(phrase.idx, phrase.idx + len(phrase))
                    )
                ):
                    # "a tour of southeast Asia", "his visit of Bhutan": the place is where one goes
                    targets = targets or [found]
                    continue
                sources = [found] if found is not None and found not in targets else []
            if (
                not sources
                and token.dep_ in ("dobj", "nsubjpass")
                and self._entries(token.head)
                and not _lemma_in(token.head, self.light_verbs)
            ):
                return None  # "China opposed unilateral sanctions": the topic of another event
            if not sources and token.dep_ == "dobj" and _lemma_in(token.head, self.prevention_heads):
                # "Israel had delayed the release of Palestinian prisoners": who holds it back is who
                # does not do it (a yield withheld is coded as the refusal, events.coding)
                holder, passive_head = self._subject(self._chain(token.head))
                sources = [] if passive_head else self._entities(holder, mentions)
                sources = [s for s in sources if s not in targets]
            chain = self._chain(light) if light is not None else [token]
        else:
            chain = self._chain(token)
            subject, passive = self._subject(chain)
            if not passive and subject is not None and any(c.dep_ == "agent" for c in token.children):
                passive = True  # "was dragged out and shot dead by X": the conjunct is passive too
            if not passive and subject is not None and self._headline_participle(token, entry):
                passive = True  # "Sisodia summoned.": a headline drops a passive's auxiliary
            if not passive and subject is not None and token.dep_ == "conj":
                # "X sought …, but was denied a chance by Y": the conjunct's own passive auxiliary
                passive = any(c.dep_ == "auxpass" for c in token.children)
            if subject is None and token.tag_ == "VBG" and self._prep_objects(token, ("by",)) is not None:
                passive = True  # "Shelling by Pakistani troops continued": the gerund's "by" is its agent
            if (
                token.dep_ == "acl"
                and token.tag_ == "VBG"
                and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
                and targets  # (its own named target: not "Mr Singh talking to TNS denied …")
                and self._entities(token.head, mentions)
            ):
                # "condemned the police firing on farmers", "troops firing on civilians": the named
                # noun a present participle describes does the act, not the subject of a clause above
                # it (the condemner)
                subject, passive = token.head, False
            undergoer = self._undergoer(token)
            if undergoer is not None:
                # "Three policemen were injured in firing by militants": the gerund is done by its own
                # "by" phrase to the casualty verb's subject, who is never its agent
                subject, passive = undergoer, True
            if passive and token.lower_ in self.stative:
                passive = False  # "Israel is opposed to …"
            reduced = token.dep_ == "acl" and token.tag_ == "VBN" and token.lower_ not in self.stative
            if reduced and "dobj" in entry.target:
                # "companies accused of helping Russia": a reduced passive; the noun it follows is what
                # the active verb's object would be (the clause's subject stays the agent)
                targets = self._entities(token.head, mentions)
            if entry.subject_is_target and not passive:
                # "X got bail from the High Court": the subject undergoes it, "from"/"by" gives it
                targets = self._entities(subject, mentions)
                giver = self._prep_objects(token, ("from", "by"))
                for obj in (c for c in token.children if c.dep_ == "dobj" and giver is None):
                    giver = self._prep_objects(obj, ("from", "by"))  # "got bail from the court"
                sources = self._entities(giver, mentions)
            elif passive:
                by = self._prep_objects(token, ("by",))
                agent = next((c for c in token.children if c.dep_ == "agent"), None)
                if agent is not None:
                    by = next((c for c in agent.children if c.dep_ == "pobj"), by)
                for obj in (c for c in token.children if c.dep_ == "dobj" and by is None):
                    by = self._prep_objects(obj, ("by",))  # "was denied a chance by Y" (on the object)
                circumstance = self._circumstance(token) if by is None else None
                if circumstance is not None:
                    # "were killed in shelling by Pakistani troops", "in Pakistani shelling": whoever
                    # does the event they were killed in kills them
                    sources = self._event_agent(circumstance, mentions)
                else:
                    sources = self._entities(by, mentions)
                targets = [t for t in targets if t not in sources]  # "denied a chance by Y": Y is no target
                undergoers = [] if entry.symmetric else self._entities(subject, mentions)
                if undergoer is not None or (
                    undergoers and targets and all(self._where(t, token, mentions) for t in targets)
                ):
                    # "Ten soldiers were killed in Kupwara": the town is where, the soldiers whom
                    targets = [u for u in undergoers if u not in sources] or targets
                if not targets and not entry.symmetric:
                    # (a meeting's passive subject is its topic: "Kashmir was discussed")
                    targets = self._entities(subject, mentions)
                if not targets and circumstance is not None:
                    # no one named was hurt: where it happened, as CAMEO codes it ("a journalist was
                    # killed in a car bomb explosion in Beirut" is an attack on Lebanon)
                    where = self._entities(circumstance, mentions)
                    targets = [t for t in where if _place_below_country(mentions.by_id.get(t))]
            else:
                sources = self._entities(subject, mentions)
        if chain[0].tag_ not in FINITE_TAGS and any(
            w.dep_ == "xcomp" and _lemma_in(w.head, self.decision_verbs) for w in chain
        ):
            # (a finite verb joined to the decided infinitive is done: "has decided to announce its
            # candidates and asked the PCCs to send lists")
            return None  # "Congress has decided to announce its candidates": decided on, not done
        # The speaker stands in for a missing agent only of a verb (not "… support the U.S. attacks")
        has_subject = bool(sources) or entry.pos != "VERB" or self._subject(chain)[0] is not None
        if reduced and chain[-1] is not token and chain[-1].lemma_.lower() in self.lex.say_verbs:
            # a passive participle on its noun names the patient, and the subject reached through it is
            # only a speaker ("with 221 soldiers killed, Aurakzai said …": the speaker killed no one)
            sources = [s for s in sources if s not in self._entities(self._subject(chain)[0], mentions)]
            has_subject = True
        weak = 1.0
        # "India and Pakistan agreed to restore a ceasefire": coordinated actors agree with each other
        if (
            not targets
            and not reduced
            and not entry.direct_target
            and not entry.symmetric
            and not (len(sources) >= 2 and _cooperative(entry.cameo))
        ):
            targets = self._subtree_target(token, chain, mentions, set(sources), entry.cameo)
            if entry.cameo[:2] not in IMPLICIT_TARGET_ROOTS:  # (a strike that shut down Kathmandu: Nepal's)
                targets = [t for t in targets if not self._home_place(t, sources, mentions)]
            else:
                targets = [self._venue_government(t, mentions) for t in targets]
            if entry.target_types:
                targets = [t for t in targets if mentions.by_id[t].type in entry.target_types]
            weak = WEAK_TARGET if targets else 1.0
        if not targets and entry.cameo.startswith("02") and sources:
            targets = self._court_addressed(token, mentions, set(sources))
        speaker = self._speaker(chain, mentions)
        reported = speaker is not None
        if speaker and all(self._medium(s, mentions) for s in speaker):
            # "Iran condemned the strike, warning that …, Iranian state media reported": a news medium
            # reports; it stands in for no one (not the country, a pronoun or a missing agent)
            speaker = []
        status = self._status(token, chain, entry)
        if reported and (sources or not has_subject):
            # "the two officials are expected to discuss …, the Council said": not the Council's talks.
            # The speaker speaks for the own country in a commitment ("China is willing to …, Wang
            # said"), not in a report of what the country does ("Wang said that China supports …").
            commitment = entry.intent or status != "occurred"
            sources = _stand_in(sources, speaker or [], mentions, country=commitment)
        elif entry.negated and not sources:
            # "X said those involved will not be spared": X warns (also in a second joined complement:
            # "said that incidents will not be tolerated and those involved will not be spared")
            sources = list((speaker if reported else self._speaker(chain, mentions, conjoined=True)) or [])
        if entry.mutual and not sources and len(targets) >= 2:
            sources, targets = targets[:1], targets[1:]  # "fire between Israel and Iran": each on the other
        targets = [t for t in targets if t not in sources]
        if any(c.dep_ == "mark" and c.lower_ in self.questions for w in chain[:2] for c in w.children):
            return None  # "whether Japan supports the attacks": an open question asserts no event
        if any(
            w.dep_ == "ccomp"
            and w.left_edge.lower_ in self.question_words
            and _lemma_in(w.head, self.asking_verbs)
            for w in chain
        ):
            return None  # "asked what India expected from the USA": the content of an indirect question
        if entry.cameo.startswith("02") and any(
            c.dep_ == "mark" and c.lower_ in self.question_complementizers
            for clause in token.children
            if clause.dep_ == "ccomp"
            for c in clause.children
        ):
            return None  # "asked whether AAI was taken into confidence": a question, not an appeal
        if entry.cameo.startswith("02") and any(
            clause.dep_ == "ccomp" and clause.i > token.i and clause.left_edge.lower_ in self.question_words
            for clause in token.children
        ):
            return None  # "asked why the government was adopting a dilatory attitude": a question
        if entry.cameo.startswith("02") and self._reporter_question(token, mentions):
            return None  # "When asked about the talks, the minister said …": a reporter's question
        if token.dep_ in ("acl", "relcl") and token.head.lower_ in self.generic_heads:
            return None  # "death penalty for those convicted of rape": a kind of people, no event
        if (
            not sources
            and entry.cameo.startswith(LAWSUIT_CODE)
            and token.lower_ in self.record_nouns
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        ):
            sources = ["@record"]  # "also named in the FIR": filed by whoever filed the story's FIR
        if entry.requires_source and not sources:
            return None  # "strong demand for its iPhones", "a conference call": no one demands
        if entry.cameo.startswith(("042", "043")):
            # "visited Tuticorin hospital": a building, not someone met
            places = [t for t in targets if not self._facility(t, mentions)]
            if targets and not places:
                return None
            targets = places
        if entry.cameo.startswith("042") and self._home_trip(sources, targets, mentions):
            return None  # a campaign tour or a trip inside one's own country visits no one
        if entry.source_types and not self._source_kind(sources, entry.source_types, mentions):
            return None  # "militants attacked the camp": not the verbal attack of this entry
        several = (len(sources) >= 2 or "@they" in sources) and not entry.cameo.startswith(("042", "043"))
        if entry.requires_target and not targets and not several:
            return None  # "discussing the conflict" with nobody named: no meeting to code
        # a weapon is what was fired, never whom ("Missiles were fired at Israel by Hezbollah"); as a
        # source it stands for its force ("Israeli warplanes struck …", the mentions stage's groups)
        targets = [t for t in targets if not self._weapon(t, mentions)]
        cameo = entry.cameo
        prominence = SUBORDINATE ** _subordination(token)
        # coordinated actors of a cooperative act with no one else named act with each other
        symmetric = entry.symmetric or (len(sources) >= 2 and not targets and _cooperative(cameo))
        complete = bool(targets) or symmetric or cameo[:2] in IMPLICIT_TARGET_ROOTS
        if self._appeal(chain) and self._exhortation(chain):
            # "We must protect our mother tongue", the Governor said: he exhorts his own side, no
            # appeal to anyone named
            status = "hypothetical"
        elif self._appeal(chain) and speaker is None:
            # "the CBI should investigate …" with no one saying so in the sentence: the writer's or an
            # unnamed party's wish; the act is not done and no one named appeals for it
            status = "hypothetical"
        elif self._appeal(chain):
            cameo, status = self.lex.appeal_cameo, "occurred"
            appealed = [s for s in sources if s not in (speaker or []) and not s.startswith("@")]
            if speaker and appealed:
                # "Mubarak said the US must mediate …": Mubarak appeals to the US
                sources, targets = list(speaker), appealed
                weak = 1.0  # the target is the clause's subject, not a guess from the subtree
        predicted = (
            status == "planned"
            and cameo[:2] in COERCIVE_ROOTS
            and bool(speaker)
            and self._other_body(chain, sources, mentions)
        )
        if predicted:
            status = "hypothetical"  # the speaker's forecast of another body's act, not its plan
        if status in ("planned", "hypothetical") and self._conditioned(chain):
            if cameo.startswith(PROTEST_ROOT) and reported and sources:
                # "we will launch an agitation if the decision is not reversed", he said: a threat
                # of protest (CAMEO 133); a plain planned protest stays a protest
                cameo, status, predicted = PROTEST_THREAT, "occurred", False
            elif cameo[:2] in COERCIVE_ROOTS and reported and sources:
                # "The EC may halt mediation if cooperation founders, the minister said": force
                # announced on a condition is a threat (the coder gives the CAMEO 13x code); with no
                # one named to carry it out ("TDR could only be sanctioned if …") it is no threat
                status, predicted = "planned", False
            else:
                status = "hypothetical"  # "the SAD would extend him support if he did so"
        scope, excluded = _date_clauses(token)
        return Candidate(
            cameo=cameo,
            trigger=Span(token.idx, token.idx + len(token)),
            sentence=index,
            sources=sources,
            targets=targets,
            status=status,
            confidence=entry.confidence * weak * prominence * (1.0 if complete else UNTARGETED),
            plover=entry.plover if cameo == entry.cameo else None,
            location=self._location(chain, mentions, set(sources) | set(targets)),
            symmetric=symmetric,
            # someone killed or hurt in the clash undergoes it: one direction only ("three terrorists
            # were killed in an encounter with security forces")
            mutual=entry.mutual and self._undergoer(token) is None,
            reported=reported,
            predicted=predicted,
            retrospective=status == "occurred" and self._perfect(token, chain, reported),
            date_scope=scope,
            date_excluded=excluded,
        )

    @staticmethod
    def _headline_participle(token: Token, entry: LexEntry) -> bool:
        """A headline: a short line of a named subject and a bare past verb whose entry takes an object,
        with no object and no auxiliary ("Sisodia summoned.", "Two ULFA men arrested in Tinsukia"): a
        passive whose auxiliary the headline dropped; the subject undergoes the act."""
        if (
            token.dep_ != "ROOT"
            or token.tag_ not in ("VBN", "VBD")
            or not entry.target
            or entry.target[0] != "dobj"
        ):
            return False
        if any(
            c.dep_ in HEADLINE_ACTIVE_DEPS or (c.dep_ == "nsubj" and c.pos_ == "PRON") for c in token.children
        ):
            return False  # an object, auxiliary or complement; a headline names, "he asked." is a clause
        if any(c.dep_ in ("prep", "agent") and c.lower_ in entry.target for c in token.children):
            return False  # "Shoigu met with Wang Yi.": the verb's target is in its own phrase
        # a short line of its own, as headlines are ("Maliwal asked in a tweet." inside a paragraph is
        # active); spaCy may run the headline into the next line's sentence, so the line is measured
        text = token.doc.text
        start = text.rfind("\n", 0, token.idx) + 1
        end = text.find("\n", token.idx)
        line = text[start : end if end >= 0 else len(text)]
        return len(re.findall(r"\w+", line)) <= HEADLINE_MAX_WORDS

    def _figurative_violence(self, token: Token) -> bool:
        """An attack or fight in a figurative sense: what it is aimed at (object, "against"/"on"
        phrase) is a policy, an ill or a record, not someone who can be hit ("fight against the
        anti-Punjab steps of the government", "battle against poverty"), or what does it is speech
        ("slogans attacking Chairman Mao", "the editorial attacked the Centre")."""
        aimed = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        aimed += [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in ("against", "on")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if token.dep_ == "acl" and token.tag_ == "VBN":
            aimed.append(token.head)  # "the measures attacked by the opposition"
        if any(w.lemma_.lower() in self.abstract_undergoers for w in aimed):
            return True
        doers = [c for c in token.children if c.dep_ == "nsubj"]
        if token.dep_ == "acl" and token.tag_ == "VBG":
            doers.append(token.head)  # "slogans attacking Chairman Mao"
        return any(w.lemma_.lower() in self.speech_nouns for w in doers)

    def _conditioned(self, chain: list[Token]) -> bool:
        """A condition ("if", "unless" clause) hangs on the trigger's clause, up to the word that has
        the subject: what the clause tells depends on it ("would extend him support if Amarinder
        did so"); "as if" compares, it sets no condition."""
        for word in chain:
            for clause in word.children:
                if clause.dep_ != "advcl":
                    continue
                marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
                if marks & self.condition_marks and "as" not in marks:
                    return True
            if any(c.dep_ in SUBJECT_DEPS for c in word.children):
                return False
        return False

    def _counterfactual(self, word: Token) -> bool:
        """A modal with a perfect ("would have pressured", "should have acted"): what did not happen."""
        auxiliaries = {c.lower_ for c in word.children if c.dep_ == "aux"}
        return bool(auxiliaries & self.counterfactual_modals) and "have" in auxiliaries

    def _perfect(self, token: Token, chain: list[Token], reported: bool) -> bool:
        """The trigger's clause is in a perfect tense ("have slammed", "had claimed"): told as done
        before the story's episode, so it takes no story date. A past perfect in reported speech is the
        speaker's past shifted back ("the police said they had registered a case"), not a flashback."""
        for word in dict.fromkeys([token, *chain]):
            for child in word.children:
                if child.dep_ != "aux":
                    continue
                low = child.lower_
                if low in self.past_perfect_auxiliaries:
                    return not reported and word.dep_ != "ccomp"
                if low in self.perfect_auxiliaries:
                    return True
        return False

    def _circumstance_word(self, word: Token) -> bool:
        """An event word that is the object of a circumstance preposition ("killed in an attack",
        "injured during clashes"): the event the clause's act happened in."""
        prep = word.head
        return (
            word.dep_ in ("pobj", "pcomp")
            and prep.dep_ == "prep"
            and prep.lower_ in self.circumstance_preps
            and bool(self._entries(word))
        )

    def _circumstance(self, verb: Token) -> Token | None:
        """The event word of the verb's circumstance phrase ("killed in shelling by Pakistani troops")."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in self.circumstance_preps:
                for obj in child.children:
                    if self._circumstance_word(obj):
                        return obj
        return None

    def _undergoer(self, word: Token) -> Token | None:
        """The passive subject of the verb whose circumstance phrase ``word`` is ("Three policemen were
        injured in firing by militants": the policemen undergo the firing)."""
        if not self._circumstance_word(word):
            return None
        verb = word.head.head
        if verb.dep_ == "dobj" and _lemma_in(verb.head, self.suffering_verbs):
            verb = verb.head  # "suffered injuries in the attack": the phrase hangs on the object
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is None and _lemma_in(verb, self.suffering_verbs):
            # "Suresh Pal died in the attack": the one who died undergoes it
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return passive

    def _event_agent(self, event: Token, mentions: MentionIndex) -> list[str]:
        """Who does an event word: its "by" phrase ("shelling by Pakistani troops"), else its owner
        ("Pakistani shelling", "the militants' attack")."""
        by = self._prep_objects(event, ("by",))
        if by is not None:
            return self._entities(by, mentions)
        owner = next((c for c in event.children if c.dep_ in ("poss", "amod", "compound")), None)
        found = self._entities(owner, mentions) if owner is not None else []
        if not found and any(e.mutual for e in self._entries(event)):
            # "Three terrorists were killed in an encounter with security forces": the other side
            found = self._entities(self._prep_objects(event, ("with",)), mentions)
        # a town is where it happened, never who did it ("with the police in Dantewada")
        return [f for f in found if not _place_below_country(mentions.by_id.get(f))]

    def _where(self, target: str, verb: Token, mentions: MentionIndex) -> bool:
        """The target is a town, district or region named by a locative phrase of the verb."""
        if not _place_below_country(mentions.by_id.get(target)):
            return False
        spans = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in self.locative_preps
        ]
        refs = [r for r in mentions.within(verb.sent.start_char, verb.sent.end_char) if r.entity.id == target]
        return any(a <= r.start < b for r in refs for a, b in spans)

    @staticmethod
    def _coordinated_owners(head: Token, mentions: MentionIndex) -> list[str]:
        """Each coordinated name before a plural noun acts ("NC and Congress members raised slogans",
        "Left and SP members stormed the well"): the conjuncts of its modifier, which the noun's own
        phrase entity (the first modifier) leaves out."""
        if head.tag_ not in ("NNS", "NNPS") or mentions.overlapping(head.idx, head.idx + len(head)):
            return []
        out: list[str] = []
        for child in head.children:
            if child.i < head.i and child.dep_ in ("amod", "compound", "nmod"):
                for conj in child.conjuncts:
                    found = _headed_entity(conj, mentions)
                    if found is not None and conj.i < head.i:
                        out.append(found)
        return out

    def _weapon(self, entity_id: str, mentions: MentionIndex) -> bool:
        entity = mentions.by_id.get(entity_id)
        if entity is None or entity.kb_id or entity.type == "PER":
            return False
        words = entity.name.lower().split()
        return bool(words) and words[-1] in self.weapon_nouns

    def _facility(self, entity_id: str, mentions: MentionIndex) -> bool:
        entity = mentions.by_id.get(entity_id)
        if entity is None or entity.kb_id or entity.type not in ("ORG", "LOC", "FAC"):
            return False
        words = entity.name.lower().split()
        return bool(words) and words[-1] in self.facility_nouns

    @staticmethod
    def _home_trip(sources: list[str], targets: list[str], mentions: MentionIndex) -> bool:
        """Every target is a place (not a country) that is not known to lie abroad for the traveller: of
        the traveller's own country, or of a country one of the two is not known to have ("The DSP
        arrived at Thakur Dwara", "Kamal Haasan visited Tuticorin": a tour, no one visited)."""
        home = {mentions.by_id[s].country for s in sources if s in mentions.by_id} - {None}
        places = [mentions.by_id.get(t) for t in targets]
        return bool(places) and all(
            p is not None
            and p.type in ("GPE", "LOC")
            and not (p.kb_id or "").startswith("country:")
            and (not home or p.country is None or p.country in home)
            for p in places
        )

    @staticmethod
    def _home_place(target: str, sources: list[str], mentions: MentionIndex) -> bool:
        """A town, district or region found only in the trigger's phrase, with no one acting on it from
        abroad: where it happened, not whom it was done to ("the murder of a leader in Lucknow",
        "human rights violations in the Valley"; "Israel shelled Gaza City" keeps Gaza for the coder)."""
        place = mentions.by_id.get(target)
        if not _place_below_country(place):
            return False
        assert place is not None
        # (a source of unknown country acts from nowhere abroad: "Judge M. V. Ramana Naidu held the
        # don guilty … of a passport from Kurnool district" is no act on Kurnool)
        home = {mentions.by_id[s].country for s in sources if s in mentions.by_id} - {None}
        return not home or place.country is None or place.country in home

    @staticmethod
    def _source_kind(sources: list[str], kinds: tuple[str, ...], mentions: MentionIndex) -> bool:
        """Every source is an entity of one of ``kinds`` (entity types or CAMEO sectors)."""
        entities = [mentions.by_id.get(s) for s in sources]
        return bool(entities) and all(
            e is not None and (e.type in kinds or (e.sector or "") in kinds) for e in entities
        )

    def _subtree_target(
        self, token: Token, chain: list[Token], mentions: MentionIndex, sources: set[str], cameo: str
    ) -> list[str]:
        """Fallback target: the first entity after the trigger inside its own phrase (objects and
        complements at any depth: "threatened to cut off electricity to … Nakhichevan")."""
        head = token if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "pobj") else token.head
        if token.dep_ == "pobj" and head.lower_ in self.situation_preps and head.head.i != head.i:
            head = head.head  # "remained on alert in the West Bank": the clause around "on alert"
        excluded = [
            c
            for c in head.children
            if c.dep_ in (*SUBJECT_DEPS, "advcl", "relcl", "parataxis", "ccomp", "conj")
        ]  # "rejected the sanctions and said Beijing would …": the next clause is not the target
        # a relative clause deeper in the phrase with an agent of its own tells another act ("granted
        # bail in the case that was registered by the Pune Police": the police are not whom bail was
        # granted); one without ("a plan that will not allow Hamas candidates") is the phrase's content
        excluded += [
            w
            for w in head.subtree
            if w.dep_ == "relcl"
            and w.head.i != head.i
            and not (w.left_edge.i <= token.i <= w.right_edge.i)
            and any(_own_agent(c) for c in w.children)
        ]
        spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in excluded]
        # Where a statement or a protest happened is not whom it is aimed at ("blocked streets in Hong
        # Kong in defiance of Chinese authorities"); where force was shown or used is (CAMEO codes an
        # attack in Tel Aviv as one on Israel, troops on alert in the West Bank as aimed at it), so
        # places stay targets of those roots (see _place_is_target).
        places, topics = self._adjunct_phrases(head)
        if _place_is_target(cameo):
            places = []
        spans += topics  # a topic or a time is not a target either ("the situation regarding Iran")
        start = token.idx + len(token)
        end = head.right_edge.idx + len(head.right_edge)
        for ref in mentions.within(start, end):
            if ref.entity.id in sources or any(a <= ref.start < b for a, b in spans):
                continue
            if ref.entity.type in ("GPE", "LOC") and any(a <= ref.start < b for a, b in places):
                continue
            return [ref.entity.id]
        return []

    def _adjunct_phrases(self, head: Token) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Spans under ``head`` that name no target: the objects of locative prepositions ("in Hong
        Kong", up to the object's head word, so "in defiance of Chinese authorities" is no place), and
        the phrases of topic and time prepositions ("regarding Iran", "following the airstrikes")."""
        places: list[tuple[int, int]] = []
        topics: list[tuple[int, int]] = []
        for word in head.subtree:
            if word.dep_ != "prep":
                continue
            if word.lower_ in self.topic_preps:
                topics.append((word.idx, word.right_edge.idx + len(word.right_edge)))
            elif word.lower_ in self.locative_preps:
                places += [self._place_extent(obj) for obj in word.children if obj.dep_ == "pobj"]
        return places, topics

    def _place_extent(self, obj: Token) -> tuple[int, int]:
        """Span of a locative object: its head word, or with its complement for a place noun ("the
        capital city of Algiers")."""
        last = obj.right_edge if obj.lemma_.lower() in self.place_nouns else obj
        return obj.left_edge.idx, last.idx + len(last)

    def _speaker(
        self, chain: list[Token], mentions: MentionIndex, conjoined: bool = False
    ) -> list[str] | None:
        """The speaker when the trigger's clause is the complement of a say-verb (``conjoined``: also
        when it is joined to such a complement)."""
        word = chain[-1]
        # "said that incidents will not be tolerated and those involved will not be spared"
        while (
            conjoined
            and word.dep_ == "conj"
            and word.head.dep_ in ("ccomp", "parataxis")
            and word.head.i != word.i
        ):
            word = word.head
        verb = self._say_verb(word)
        subject = _say_subject(verb) if verb is not None else None
        if verb is None or subject is None:
            return None
        ids = self._entities(subject, mentions)
        not_people = any(i not in mentions.by_id or mentions.by_id[i].type != "PER" for i in ids)
        if subject.head.i != verb.i and not_people:
            return None  # "TASS broke the news … and reported that he plans …": only a person
        return ids

    def _say_verb(self, word: Token) -> Token | None:
        """The say-verb whose complement ``word``'s clause is, at most ``SPEAKER_DEPTH`` clause levels
        up: "…, Wang said" (ccomp); "stressed the need for China to counter …" (acl of the object)."""
        for _ in range(SPEAKER_DEPTH):
            if word.dep_ not in REPORTED_DEPS or word.head.i == word.i:
                return None
            word = word.head
            if word.lemma_.lower() in self.lex.say_verbs:
                return word
        return None

    @staticmethod
    def _medium(entity_id: str, mentions: MentionIndex) -> bool:
        entity = mentions.by_id.get(entity_id)
        return entity is not None and entity.sector == "MED"

    def _other_body(self, chain: list[Token], sources: list[str], mentions: MentionIndex) -> bool:
        """The say-verb's subject is a person whose phrase names a body (a possessor or a modifier) and no
        source is that person or that body: "AAP's Saurabh Bhardwaj said the CBI will arrest him"."""
        verb = self._say_verb(chain[-1])
        subject = _say_subject(verb) if verb is not None else None
        if subject is None or not sources:
            return False
        start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        refs = mentions.within(start, end)
        people = {r.entity.id for r in refs if r.entity.type == "PER"}
        bodies = {r.entity.id for r in refs if r.entity.type == "ORG"}
        if not people or (people | bodies) & set(sources):
            return False
        if bodies:
            return True
        # "Congress leader Pawan Khera said the ED would arrest …": a party or civil speaker cannot
        # speak for a state body of another sector (a minister announcing a strike still threatens)
        own = {mentions.by_id[p].sector for p in people if p in mentions.by_id} - {None}
        theirs = [mentions.by_id[s].sector if s in mentions.by_id else None for s in sources]
        return bool(own) and not own & STATE_SECTORS and all(t in STATE_SECTORS - own for t in theirs)

    def _location(self, chain: list[Token], mentions: MentionIndex, used: set[str]) -> str | None:
        # spaCy often hangs the place on the object ("met Modi in Moscow"): tried after the verbs
        objects = [c for c in chain[0].children if c.dep_ == "dobj"]
        for word in (*chain, *objects):
            obj = self._prep_objects(word, ("in", "at"))
            if obj is None:
                continue
            for ref in mentions.overlapping(obj.idx, self._place_extent(obj)[1]):
                if ref.entity.type in ("GPE", "LOC") and ref.entity.id not in used:
                    return ref.entity.id
        return None

    # ------------------------------------------------------------------ status
    def _status(self, token: Token, chain: list[Token], entry: LexEntry) -> str:
        cues = self.lex.status
        words = chain if entry.pos == "VERB" else [token, *chain]
        if entry.negated:
            return "occurred"  # "will not be spared": the warning is given
        if token.dep_ in ("dobj", "nsubjpass", "pobj") and _lemma_in(token.head, self.prevention_heads):
            return "denied"  # "Israel had delayed the release of Palestinian prisoners"
        if any(w is not token and _lemma_in(w, self.prevention_heads) for w in words):
            return "denied"  # "Tehran seeks to avoid getting sucked into …", "prevented X from attacking"
        if any(_subjunctive(w) for w in words):
            return "hypothetical"  # "demanded that the expansion be halted": asked for, not done
        if any(self._counterfactual(w) for w in words):
            return "hypothetical"  # "the US would have pressured Pakistan": it did not happen
        top = words[-1]
        if top.dep_ == "ccomp" and any(
            c.dep_ == "mark" and c.lower_ in cues.hypothetical for c in top.head.children
        ):
            return "hypothetical"  # "If you believe that we are fighting the BJP, …": the belief's content
        if self._negative_argument(token, entry):
            return "denied"  # "No shots were fired by the marines", "the police made no arrests"
        for word in words:
            for child in word.children:
                low = child.lower_
                if child.dep_ == "neg" or low in ("never",):
                    return "denied"
                if child.dep_ == "mark" and low in cues.hypothetical:
                    return "hypothetical"
                if child.dep_ == "aux" and low in cues.hypothetical:
                    return "hypothetical"
        for word in words:
            if word is not token and word.lemma_.lower() in self.possibility_heads:
                return "hypothetical"  # "The Congress is likely to summon a meeting": a guess
            if word is not token and word.pos_ == "NOUN" and word.lemma_.lower() in self.unrealised_heads:
                return "hypothetical"  # "Pakistan is under pressure to condemn the attack": not done
        for word in words:
            for child in word.children:
                if child.dep_ == "aux" and child.lower_ in cues.planned:
                    return "planned"
            if word is not token and word.lemma_.lower() in self.planned_heads:
                return "planned"
        if not entry.intent:
            for word in words:
                if word is token or _conjunct_of(word, words):
                    continue
                if word.lemma_.lower() in self.intent_heads:
                    return "intended"
        if _force(entry.cameo) and self._purposed(words):
            return "intended"  # "terrorists are hiding in the forest to launch attacks": the aim, not the act
        return "occurred"

    def _negative_argument(self, token: Token, entry: LexEntry) -> bool:
        """The act's subject or object is denied by its determiner or is a negative pronoun ("No shots
        were fired", "no one was arrested", "made no arrests"; a noun event with "no": "no talks were
        held"). A "no" deeper in the phrase ("arrested him with no resistance") denies nothing."""
        if entry.pos == "NOUN":
            heads = [token]
        else:
            heads = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        for head in heads:
            if head.lower_ in self.negative_pronouns:
                return True
            for det in head.children:
                if det.dep_ != "det" or det.lower_ not in self.negative_determiners:
                    continue
                between = head.doc[det.i + 1 : head.i]
                if not any(t.text == "-" for t in between):
                    return True  # (not "a no first-use agreement": "no" inside a compound modifier)
        return False

    def _purposed(self, words: list[Token]) -> bool:
        """The trigger's clause is an infinitive of purpose whose governing verb is no force itself; a
        participle describing a noun on the way states a fact ("landed to reinforce the force fighting
        with Cuban troops": the fighting goes on)."""
        for word in words:
            if word.dep_ == "acl":
                return False
            if _purpose_clause(word) and not self._forceful(word.head, word):
                return True
        return False

    def _forceful(self, verb: Token, purpose: Token) -> bool:
        """The verb or a noun it governs (besides the purpose clause) is itself force ("opened fire to
        disperse the mob", "resorted to a lathicharge to disperse them"): the purpose names what that
        force did, which happened."""
        children = [c for c in verb.children if c.i != purpose.i]
        words = [verb, *children, *(g for c in children if c.dep_ == "prep" for g in c.children)]
        return any(
            _force(entry.cameo) for w in words if w.pos_ in ("VERB", "NOUN") for entry in self._entries(w)
        )

    def _exhortation(self, chain: list[Token]) -> bool:
        """The clause with the subject has a first-person one ("we must protect our mother tongue"; spaCy
        may hang a dateline on the same verb as a second subject)."""
        for word in chain:
            subjects = [c for c in word.children if c.dep_ in SUBJECT_DEPS]
            if subjects:
                # (a pronoun, not "the US must be ready to mediate")
                return any(c.lower_ in self.first_person and c.tag_ == "PRP" for c in subjects)
        return False

    def _appeal(self, chain: list[Token]) -> bool:
        """``must``/``should`` on the trigger's clause, up to the word that has the subject ("the US must
        be ready to mediate"); not with a perfect ("should have acted", "must have known": a reproach or
        an inference about the past, which no one can ask for)."""
        for word in chain:
            if any(c.dep_ == "aux" and c.lower_ in self.lex.status.appeal for c in word.children):
                return not self._counterfactual(word)
            if any(c.dep_ in SUBJECT_DEPS for c in word.children):
                return False
        return False


def _say_subject(verb: Token) -> Token | None:
    """The subject of a say-verb, or of the verb it is conjoined to ("Adityanath termed the murder …
    and said that …")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def _subjunctive(word: Token) -> bool:
    """A complement clause in the mandative subjunctive ("demanded that the expansion be halted", "urged
    that he resign"): its verb or its auxiliary "be" is the bare form, with a subject and no modal."""
    if word.dep_ != "ccomp" or not any(c.dep_ in SUBJECT_DEPS for c in word.children):
        return False
    auxiliaries = [c for c in word.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("MD", "TO") or c.lower_ == "to" for c in auxiliaries):
        return False
    if auxiliaries:
        return all(c.lower_ == "be" and c.tag_ == "VB" for c in auxiliaries)
    return word.tag_ == "VB"


def _headed_entity(phrase: Token, mentions: MentionIndex) -> str | None:
    """The entity a phrase names: the mention at its head word ("secretary of the Security Council
    Sergei Shoigu" is Shoigu), else the first mention inside it."""
    at_head = mentions.overlapping(phrase.idx, phrase.idx + len(phrase))
    if at_head:
        return at_head[0].entity.id
    inside = mentions.within(phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge))
    return inside[0].entity.id if inside else None


def _stance(modifier: Token, found: str, mentions: MentionIndex) -> bool:
    """The modifier names what the phrase's people are for or against ("an anti-Syria journalist",
    "pro-Russian separatists"): not whom they are."""
    text = modifier.doc.text
    for ref in mentions.within(modifier.left_edge.idx, modifier.idx + len(modifier)):
        before = text[max(0, ref.start - 5) : ref.start].lower()
        if ref.entity.id == found and before.endswith(("anti-", "pro-")):
            return True
    return False


def _city(entity: Entity) -> bool:
    """A town or city (a dateline's "NEW DELHI:" is where a person is, not whom they act for)."""
    return (entity.kb_id or "").startswith("city:")


def _political_actor(entity: Entity | None, *, target: bool = False) -> bool:
    """A known state, a known political actor or a group placed in a country: what the CAMEO verb
    dictionary's codes are about (a firm or a ship may be what such an actor acts on: "Somali pirates
    hijacked a Greek tanker")."""
    if entity is None or _place_below_country(entity):
        return False
    if not target and (entity.sector or "") in NON_POLITICAL_SECTORS:
        return False
    return bool(entity.kb_id or entity.country)


def _place_below_country(entity: Entity | None) -> bool:
    """A town, district or region: a place, never the country's state acting."""
    if entity is None or entity.type not in ("GPE", "LOC"):
        return False
    return not (entity.kb_id or "").startswith("country:")


def _temporal(prep: Token) -> bool:
    """A preposition whose object is a date or time ("on Sunday", "on 12 May")."""
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.children if c.dep_ == "pobj")


_QUOTE_MARKS = frozenset('"“”')


def _quoted(span: SpacySpan, token: Token) -> bool:
    """True when an odd number of quotation marks precede ``token`` in its paragraph (a quotation
    may open in an earlier sentence)."""
    marks = 0
    for t in reversed(token.doc[: token.i]):
        if "\n" in t.text_with_ws:
            break
        marks += t.text in _QUOTE_MARKS
    return marks % 2 == 1


def _lemma_in(verb: Token, words: frozenset[str] | set[str]) -> bool:
    """The verb's lemma is one of ``words``, also when spaCy's lemmatiser got a regular past form
    wrong ("staged" → "stag")."""
    lemma, low = verb.lemma_.lower(), verb.lower_
    if lemma in words or low in words:
        return True
    if verb.tag_ in ("VBD", "VBN") and low.endswith("ed"):
        return low[:-1] in words or low[:-2] in words  # "staged" → stage, "launched" → launch
    return False


def _misparsed_conjuncts(token: Token, mentions: MentionIndex) -> list[Token]:
    """Names after an object that spaCy coordinates with the verb instead ("hit out at the SP and
    BSP over corruption", with "BSP" read as a second verb): each is another object."""
    if token.dep_ != "dobj" or not mentions.overlapping(token.idx, token.idx + len(token)):
        return []
    return [
        c
        for c in token.head.children
        if c.dep_ == "conj"
        and c.left_edge.i == token.i + 2  # "arrested X and businessman Y": Y's phrase starts after "and"
        and token.nbor(1).dep_ == "cc"
        and mentions.overlapping(c.idx, c.idx + len(c))
        and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for g in c.children)
    ]


def _hyphenated(word: Token) -> str:
    """The word with the hyphenated words before it ("tie-up", "charge-sheet"), lowercased."""
    start = word.i
    while start >= 2 and word.doc[start - 1].tag_ == "HYPH" and word.doc[start - 1].whitespace_ == "":
        if word.doc[start - 2].whitespace_:
            break
        start -= 2
    return word.doc[start : word.i + 1].text.lower()


def _conjunct_of(word: Token, words: list[Token]) -> bool:
    """``word`` is in the chain only as the verb a conjunct is coordinated with ("X sought …, but was
    denied …"): it does not govern the conjunct's status."""
    return any(w.dep_ == "conj" and w.head.i == word.i for w in words)


def _singular_verb(verb: Token) -> bool:
    """The clause's verb or its first auxiliary is singular present ("which has sent", "which is")."""
    words = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb]
    return words[0].tag_ in SINGULAR_VERB_TAGS


def _own_agent(word: Token) -> bool:
    """A clause's own agent: its "by" phrase, or a subject that is not a relative pronoun."""
    return word.dep_ == "agent" or (word.dep_ in SUBJECT_DEPS and word.tag_ not in _RELATIVE_TAGS)


def _asked_for(token: Token) -> set[int]:
    """The words of what an appeal or demand asks for: its direct object, its "to" complement and its
    "for" phrase with their conjuncts ("sought the suspension of the sentence and her release",
    "pleaded for bail"), without clauses of their own."""
    heads: list[Token] = []
    for child in token.children:
        if child.dep_ in ("dobj", "xcomp"):  # "urged the UN to condemn India": no condemnation
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ == "for":
            heads += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
    words: set[int] = set()
    stack = [*heads, *(c for h in heads for c in h.conjuncts)]
    while stack:
        word = stack.pop()
        if word.i in words:
            continue
        words.add(word.i)
        stack += [c for c in word.children if c.dep_ not in _OWN_CLAUSE_DEPS]
    return words


def _date_clauses(token: Token) -> tuple[Span | None, tuple[Span, ...]]:
    """The trigger's relative clause (if it is in one) and the relative clauses inside its clause that
    neither hold it nor qualify it: the fields ``date_scope`` and ``date_excluded`` of :class:`Candidate`."""
    scope: Token | None = None
    for word in (token, *token.ancestors):
        if word.dep_ == "relcl":
            scope = word
            break
    top = scope if scope is not None else token.sent.root
    excluded = tuple(
        Span(w.left_edge.idx, w.right_edge.idx + len(w.right_edge))
        for w in top.subtree
        if w.dep_ == "relcl"
        and (scope is None or w.i != scope.i)
        and w.head.i != token.i  # "the assault that began on April 25": about the event itself
        and not (w.left_edge.i <= token.i <= w.right_edge.i)
    )
    span = (
        Span(scope.left_edge.idx, scope.right_edge.idx + len(scope.right_edge)) if scope is not None else None
    )
    return span, excluded


def _subordination(token: Token) -> int:
    """How many subordinate clauses and modifiers lie between ``token`` and its sentence root."""
    count = 0
    current = token
    while current.head.i != current.i:  # spaCy makes a new Token object per access: compare indexes
        if current.dep_ in SUBORDINATE_DEPS:
            count += 1
        current = current.head
    return count


def _cooperative(cameo: str) -> bool:
    """CAMEO roots 03–09: intent, consultation, cooperation, aid, yielding."""
    return cameo[:2].isdigit() and 3 <= int(cameo[:2]) <= 9


def _place_is_target(cameo: str) -> bool:
    """CAMEO roots 15 and 17–20 (force posture, coercion, assault, fight, mass violence) act on the
    place where they happen; reduced relations (16, "suspended talks in Jeddah") do not."""
    return cameo[:2].isdigit() and int(cameo[:2]) >= 15 and not cameo.startswith("16")


def _conflict(cameo: str) -> bool:
    """CAMEO roots 10–20 are verbal and material conflict."""
    return cameo[:2].isdigit() and int(cameo[:2]) >= 10


def _stand_in(
    sources: list[str], speaker: list[str], mentions: MentionIndex, *, country: bool = True
) -> list[str]:
    """Sources with the speaker standing in for a pronoun and, when ``country``, for the speaker's
    own country."""
    if not sources:
        return list(speaker)
    countries = {mentions.by_id[s].country for s in speaker if s in mentions.by_id} - {None}
    unknown = speaker == ["@pronoun"]  # "He stressed that China is willing …": his country is unknown here
    out: list[str] = []
    for source in sources:
        entity = mentions.by_id.get(source)
        if source == "@pronoun" or (
            country
            and entity is not None
            and entity.type in ("GPE", "LOC")
            and (entity.country in countries or unknown)
        ):
            out.extend(speaker)
        else:
            out.append(source)
    return list(dict.fromkeys(out))


def _name_before_who(pronoun: Token) -> Token | None:
    """The name right before a relative "who" however spaCy attaches the clause ("the uproar was led by
    Acharia who denounced …": hung on the uproar, or read as a clause of "led") → Acharia: "who"
    follows the person it is about. A name that only modifies the clause's noun ("the leader of Kerala,
    who …") is not the antecedent; "asked who ordered the firing" has no name before it."""
    if pronoun.lower_ not in ("who", "whom") or pronoun.i < 1:
        return None
    before = pronoun.doc[pronoun.i - 1]
    if before.text == "," and pronoun.i >= 2:
        before = pronoun.doc[pronoun.i - 2]
    if before.pos_ != "PROPN" or before.dep_ == "compound":
        return None
    noun = pronoun.head.head if pronoun.head.dep_ == "relcl" else None
    if noun is not None and (
        noun.pos_ != "NOUN"
        or before.i <= noun.i
        or before.head.i == noun.i
        or (before.dep_ == "pobj" and before.head.head.i == noun.i)
    ):
        return None
    while before.dep_ == "conj" and before.head.i < before.i and before.head.pos_ == "PROPN":
        before = before.head  # "two agents, Pradeep Kumar and Rajesh Goel who had promised …": both
    return before


def _refused_asks(found: list[Candidate]) -> None:
    """An appeal or demand with no addressee is made to whoever turns it down later in the sentence
    ("X sought the suspension of question hour, but was denied by Speaker Y": X asked Y)."""
    for ask in found:
        if ask.targets or not ask.sources or not ask.cameo.startswith(ASKING_ROOTS):
            continue
        for refusal in found:
            if (
                refusal.cameo.startswith(REFUSAL_ROOTS)
                and refusal.trigger.start > ask.trigger.start
                and set(refusal.targets) & set(ask.sources)
            ):
                ask.targets = [s for s in refusal.sources if s not in ask.sources]
                break


APPROXIMATORS = ("around", "about", "nearly", "over", "some", "almost")


def _approximate_subject(verb: Token) -> Token | None:
    """A counted subject spaCy reads as the object of its approximator ("around 25-30 Pakistani
    terrorists have been hiding …": "terrorists" under "around", the verb left without a subject)."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for child in verb.children:
        if child.i > verb.i:
            break
        if child.dep_ in ("advmod", "prep") and child.lower_ in APPROXIMATORS:
            noun = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None and any(g.like_num for g in noun.subtree):
                return noun
    return None


def _force(cameo: str) -> bool:
    """CAMEO roots 15–20: force posture, coercion, assault, fighting, mass violence."""
    return cameo[:2].isdigit() and int(cameo[:2]) >= 15


def _purpose_clause(word: Token) -> bool:
    """An infinitive of purpose with no subject of its own ("… hiding in the forest to launch attacks")."""
    return (
        word.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in word.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in word.children)
    )


def _violent(cameo: str) -> bool:
    """CAMEO roots 18–20: assault, fighting, mass violence."""
    return cameo[:2] in ("18", "19", "20")


def _joined_violence(found: list[Candidate], span: SpacySpan) -> list[Candidate]:
    """One sentence's casualty with no agent (a passive: "were killed") and violence with no victim are one
    attack ("Two jawans were killed when Naxalites triggered an IED blast": the Naxalites killed the
    jawans); an active verb whose subject is unknown ("a crowd, who attacked a convoy") keeps its own."""
    passives = {t.idx for t in span if t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children)}
    victims = [
        c for c in found if _violent(c.cameo) and c.targets and not c.sources and c.trigger.start in passives
    ]
    agents = [c for c in found if _violent(c.cameo) and c.sources and not c.targets]
    if len(victims) != 1 or len(agents) != 1:
        return found
    victim, agent = victims[0], agents[0]
    if set(agent.sources) & set(victim.targets):
        return found
    victim.sources = list(agent.sources)
    return [c for c in found if c is not agent]
