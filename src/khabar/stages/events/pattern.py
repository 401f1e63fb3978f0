"""Hindi event triggers and their arguments, from the Hindi pack's lexicon (no parser needed).

Hindi is verb-final with case postpositions, so most of the structure can be read off the words
around an entity mention:

* triggers are light-verb and noun constructions (``से मुलाकात की``, ``का दौरा किया``, ``की निंदा की``)
  or plain verb forms (``मिले``, ``पहुंचे``), matched as word sequences; an entry may require one of
  its light verbs within a few words after the noun;
* the agent is the noun phrase before ``ने`` (``चीन और रूस ने`` gives a compound agent), else the
  nominative subject (the first entity not followed by a postposition), else a genitive possessor
  (``श्री शोइगु के … मिलने की उम्मीद``);
* the target is the entity before one of the entry's postpositions (``X से मुलाकात``, ``X के साथ
  वार्ता``, ``X की निंदा``, ``X पर प्रतिबंध``, ``X समेत कई सांसदों को``), never a genitive inside the
  agent's own noun phrase (``राज्य के मुख्यमंत्री Y ने``); failing that, the owner of the marked noun
  (``X के एक काफिले पर``);
* a compound agent may have a title before each name (``मोदी और मॉरीशस के प्रधानमंत्री रामगुलाम ने``);
  ``दोनों नेता`` may be the plain (nominative) subject too;
* a title alone as the agent whom the linker gave to no one refers back to the last person only when
  no office of that person is known;
* ``दोनों नेताओं/देशों/पक्षों ने`` (both leaders/countries/sides) as the agent are the two actors of
  the previous event that had two (as persons, as their countries, or as they are), else the two
  persons/countries/actors named last; a cooperative act of the pair with no other target is one
  symmetric event between them;
* a trigger in a "-ते हुए" participial clause takes the agent of the main clause after it (``रूसी
  अधिकारियों का स्वागत करते हुए वांग ने कहा``);
* ``X ने कहा कि …`` makes the rest of the sentence reported speech: the speaker is the agent of an
  event there unless the reported clause names a person as its own agent (a place or country of the
  speaker's own, or a pronoun, stands for the speaker: ``वांग ने कहा कि बीजिंग … तैयार है``);
* status from the words after the trigger (future endings, ``उम्मीद है``, negation) and before it
  (``यदि``/``अगर``).
"""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass, replace
from itertools import pairwise, repeat
from typing import NamedTuple

from khabar.kb import KnowledgeBase
from khabar.model import Entity, Span
from khabar.stages.events.common import Candidate, MentionIndex, MentionRef
from khabar.stages.events.hindi_clauses import is_passive, split_glued
from khabar.stages.events.hindi_modality import HindiModality
from khabar.stages.events.lexicon import EventLexicon, LexEntry
from khabar.text import match_key
from khabar.text.scripts import BLOCK_CHARS, DANDA_MARKS, LETTER_CHARS, OWN_STOPS

# the marks that end a reported clause (a tuple, not built in place: mypyc rejects a starred tuple after "in")
_CLAUSE_END_MARKS: tuple[str, ...] = (*DANDA_MARKS, "?", "!", ";")

# Words (Devanagari incl. vowel signs and nukta, Latin, digits, inner hyphens) or single punctuation.
# A zero-width joiner or non-joiner inside a word ("उन्‍होंने", "अध्‍यक्ष": common in BBC Hindi) is part
# of the word, and dropped from the token's text so that it matches the word lists.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\u00ad"
_WORD = rf"[{LETTER_CHARS}]+(?:[{_ZERO_WIDTH}]+[{LETTER_CHARS}]+)*"
_TOKEN = re.compile(rf"{_WORD}(?:-{_WORD})*|\S")
_DASHES = frozenset(("-", "–", "—", ":"))  # a headline's opener of the words said ("कहा- …", "आरोप: …")
_STRIP_ZERO_WIDTH = str.maketrans("", "", _ZERO_WIDTH)
_HAS_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH}]")
_QUOTES = frozenset("\"“”‘’'")
# the marks that end a sentence ("?" makes what comes before it a question, no judgement)
_SENTENCE_ENDS = frozenset({".", "।", "?", "!"})
_DEVANAGARI = re.compile(rf"[{BLOCK_CHARS}]")
VERB_WINDOW = 3  # how far after the noun its light verb may come (``की कड़ी निंदा की``)
GLOSS_WORDS = 4  # words of a parenthesised gloss in another script skipped before a light verb
INFINITIVE_ENDING = "ना"  # "मुकाबला करना": a verb form with no subject of its own
INVERTED_GAP = 6  # words a headline's "ने की Y की तारीफ" may put between its verb and noun
GENITIVE_CHAIN = 2  # extra words of "का सोलहवां …" the light verb of a noun may come after
STATUS_WINDOW = 6  # words after the trigger read for status cues
APPEAL_WINDOW = 16  # "… सहयोग को बढ़ावा देने के लिए … बनाए रखना चाहिए": the clause's modal comes last
PARTICIPLE_WINDOW = 4  # words from a trigger to its "-ते हुए" participle (``सम्मेलन में बोलते हुए``)
POSSESSOR_SPAN = 8  # words a possessor may stand before its noun ("X की फिनलैंड गणराज्य की आधिकारिक यात्रा")
MARKER_WINDOW = 4  # words before a trigger its target postposition may end (requires_marker)
FIGURATIVE_GAP = 3  # words before a trigger its target postposition may end ("पर ज़बरदस्त हमला")
PARTY_SECTORS = ("PTY", "OPP")  # sectors of a political party ("X की पार्टी")
HOST = "@host"  # an attendance target named in a sentence next to the venue's ("इस बैठक में")
OWNED_PHRASE_WORDS = 4  # words after "X के" an owned plain subject may take before a demonstrative closes it
CASE_NAME_WORDS = 3  # words between a name and the case noun of the case it names ("X फ़र्ज़ी मुठभेड़ मामले")
PRONOUN_WINDOW = 6  # words before a trigger a pronoun target may stand ("उन पर … का आरोप है")
POSTPOSITION_GAP = 3  # words allowed between an entity and its postposition (``X और उसके उपग्रहों द्वारा``)
# … and after "समेत/सहित": the group may be counted and qualified ("X समेत 21 वरिष्ठ पुलिस अधिकारियों पर")
INCLUSIVE_GAP = 5
OWNED_CONJUNCT_WORDS = 3  # words of the first owned noun before a conjunction ("पटना स्थित आवास और …")
COORDINATED_OWNED_WORDS = 6  # words of the later conjuncts ("और उनके सहयोगियों के निवास स्थान पर")
DESCRIBER_SPAN = 4  # words of a genitive describer before a listed name ("नरमपंथी धड़े के प्रमुख")
UNNAMED_CONJUNCT_WORDS = 3  # words of a listed name no finder knows ("A, कनिमोझी और C")
SOURCE_QUALIFIER_WORDS = 3  # plain words (titles) between "X की / X की ओर से" and the source it qualifies
# plain words of an unnamed last conjunct after an entity ("X और सहायक खंड शिक्षा अधिकारी जितेंद्र नायक को")
CONJUNCT_WORDS = 6
OWNER_WORDS = 3  # plain words of a genitive owner before a title ("राष्ट्रीय लोकदल के नेता X")
LOCATIVE_ADJUNCT_WORDS = 5  # words of "… में" between an owned patient and its verb ("नक्सलियों के हमले में")
FRONTED_AGENT_WORDS = 4  # agent words between a fronted object's genitive and ने ("X की अज्ञात बदमाशों ने")
HEAD_LOOKBACK = 12  # mentions back a bare noun agent ("आयोग ने") may find the organisation it heads
GROUP_LOOKBACK = 3  # sentences back "इन पार्टियों ने" may find the parties it names
PARTY_GROUP = "PARTY"  # the kind of "इन पार्टियों ने": organisations of the party sectors only
ACCUSER_LOOKBACK = 5  # sentences back a rejection of "the accusations" may find who made them
# sentences ahead, when none before made them: a lead that states the rejection first and the
# accusation after it ("विदेश मंत्रालय ने आरोपों को खारिज किया. … शहबाज ने … आरोप लगाया")
ACCUSER_LOOKAHEAD = 2
ACCIDENT_WINDOW = 6  # words before a violent trigger an accident noun may stand ("सड़क हादसे में मारे गए")
MEMBER_SPAN = 16  # words from "उनमें" to "शामिल" that may name the members of a group acted on
PURPOSE_SPAN = 5  # words from a trigger to its "के लिए", and from there to a verb of coming ("जमा हुए")
CONJUNCTIVE_GAP = 3  # words from a से-phrase to its conjunctive participle ("से बात करके")
CONDITION_SPAN = 16  # words from a condition opener ("जब तक") to a trigger inside its clause
GENERIC_SUBJECT_SPAN = 14  # words back from a trigger its clause's "कुछ/कई …" subject may stand
REFUSAL_GAP = 5  # words between a refused act's से and the refusal ("से यह कहते हुए इनकार", "से साफ़ मना")
ASKED_GAP = 8  # words from an act asked for to the appeal or order that asks for it ("देने का भी आदेश")


_key = functools.lru_cache(maxsize=1 << 16)(match_key)
_MATCH_GROUP = re.Match.group
_token_text = operator.itemgetter(0)  # a Token's text (its first field), for map() over tokens


def _hindi_demonyms(kb: KnowledgeBase) -> frozenset[str]:
    """Match keys of the Devanagari demonyms of the knowledge base (``चीनी``, ``अमेरिकी``)."""
    words = kb.demonyms.values()
    return frozenset(match_key(w) for group in words for w in group if _DEVANAGARI.search(w) and " " not in w)


class Token(NamedTuple):
    # a named tuple, not a frozen dataclass: the same fields, equality, hashing and immutability,
    # built about twice as fast (every word of every sentence is one)
    text: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    new = tuple.__new__  # Token's own constructor without its Python-level __new__ call
    if any(char in text for char in _ZERO_WIDTH):
        # a joiner inside a word ("उन्‍होंने") stays in the token's span but not in its text
        return [
            new(Token, (m.group().translate(_STRIP_ZERO_WIDTH), m.start() + offset, m.end() + offset))
            for m in _TOKEN.finditer(text)
        ]
    return [new(Token, (m.group(), m.start() + offset, m.end() + offset)) for m in _TOKEN.finditer(text)]


def tokenize_within(text: str, start: int, end: int) -> list[Token]:
    """``tokenize(text[start:end], start)`` without the copy: the token regex has no anchor or
    look-around, so matching inside ``[start, end)`` of the whole text finds the same tokens, at
    offsets into ``text`` already."""
    if _HAS_ZERO_WIDTH.search(text, start, end):
        return tokenize(text[start:end], start)
    return _tokens_of(list(_TOKEN.finditer(text, start, end)))


def _tokens_of(matches: list[re.Match[str]]) -> list[Token]:
    """Tokens of ``matches`` (offsets as matched), built by ``map`` over the match methods: the
    loop runs in C, about a sixth faster than a comprehension calling three methods per match."""
    texts = map(_MATCH_GROUP, matches)
    starts, ends = map(re.Match.start, matches), map(re.Match.end, matches)
    return list(map(tuple.__new__, repeat(Token), zip(texts, starts, ends, strict=True)))


def word_positions(words: list[str], word: str) -> list[int]:
    """The indices of ``word`` in ``words``, ascending (by ``list.index``: the scan runs in C)."""
    found: list[int] = []
    at = -1
    try:
        while True:
            at = words.index(word, at + 1)
            found.append(at)
    except ValueError:
        return found


@dataclass(slots=True)
class _Match:
    entry: LexEntry
    first: int  # token index of the trigger's first word
    last: int  # token index of its last word (the light verb when there is one)
    alternatives: tuple[LexEntry, ...] = ()  # later entries with the same form, tried in order


class HindiEventFinder:
    """Finds event candidates in Hindi sentences."""

    def __init__(self, lexicon: EventLexicon, kb: KnowledgeBase) -> None:
        self.lex = lexicon
        self.kb = kb
        self.demonyms = _hindi_demonyms(kb)
        self.party_nouns = lexicon.word_list("party_nouns")
        # "कंपनी पर सवाल खड़े किए": a bare noun for a kind of body, as agent or target, is the organisation
        # of that CAMEO sector named last ([words] body_nouns_<SECTOR>, e.g. body_nouns_MNC = ["कंपनी"])
        self.body_nouns: dict[str, tuple[str, ...]] = {}
        for name, nouns in sorted(lexicon.words.items()):
            if name.startswith("body_nouns_"):
                for noun in nouns:
                    self.body_nouns[noun] = (*self.body_nouns.get(noun, ()), name.removeprefix("body_nouns_"))
        self.denials = lexicon.word_list("denials")
        self.postpositions = lexicon.word_list("postpositions")
        self.boundaries = lexicon.word_list("clause_boundaries")
        self.agent_markers = lexicon.word_list("agent_markers")
        self.pronouns = lexicon.word_list("agent_pronouns")
        self.conjunctions = lexicon.word_list("conjunctions")
        self.complementizers = lexicon.word_list("complementizers")
        # "X का कहना/मानना है कि …": an opinion owned by X is X's reported speech
        self.opinion_nouns = lexicon.word_list("opinion_nouns")
        self.copulas = lexicon.word_list("copulas")
        # "X कहते हैं, '…'" (no ने): X holds the opinion words that follow
        self.opinion_verbs = lexicon.word_list("opinion_verbs")
        self.opinion_continuatives = lexicon.word_list("opinion_continuatives")
        self.opinion_fillers = lexicon.word_list("opinion_fillers")
        self.case_nouns = lexicon.word_list("case_nouns")
        self.third_person_subjects = lexicon.word_list("third_person_subjects")
        # nouns a third-person pronoun opening a clause points at as a demonstrative ("वे लोग", "वह सरकार")
        self.plural_oblique_endings = tuple(sorted(lexicon.word_list("plural_oblique_endings")))
        self.person_possessives = lexicon.word_list("person_possessives")
        self.correlative_cues = lexicon.word_list("correlative_cues")
        blockers = lexicon.word_list("pronoun_subject_blockers")
        self.pronoun_subject_blockers = frozenset(_key(w) for w in blockers)
        # the subject actors of the sentence before the one being read (find_all), for _pronoun_subject
        self._prior_subject: list[str] = []
        self._far_pronouns: set[int] = set()  # offsets of far pronoun targets found in the current text
        # trigger offsets of acts their agent says it did not do ("X ने Y पर हमले से इनकार किया"): kept
        # with status denied (see _asserted), as an act its own speaker denies in reported speech
        self._disclaimed: set[int] = set()
        # forms of करना that begin another clause or qualify a noun ("गिरफ़्तारी करने वालों", "… करके")
        self.nonfinite_do = lexicon.word_list("nonfinite_do")
        self.locative = lexicon.word_list("locative")
        self.genitive = lexicon.word_list("genitive")
        self.fillers = lexicon.word_list("postposition_fillers")
        self.inclusive = lexicon.word_list("inclusive")
        self.former_holders = lexicon.word_list("former_holders")
        self.emphatic = lexicon.word_list("emphatic_particles")
        self.and_others = lexicon.word_list("and_others")
        self.compound_heads = lexicon.word_list("compound_postposition_heads")
        self.passive_agent_markers = lexicon.word_list("passive_agent_markers")
        # "X के हाथों", "X की ओर से": agents of a passive named by a phrase (the word after the genitive)
        self.passive_agent_phrases = {
            tuple(p.split()) for p in lexicon.word_list("passive_agent_phrases") if len(p.split()) > 1
        }
        self.passive_auxiliaries = frozenset(map(_key, lexicon.word_list("passive_auxiliaries")))
        self.explicators = frozenset(map(_key, lexicon.word_list("explicators")))
        self.perfective = frozenset(map(_key, lexicon.perfective))
        self.abbreviations = lexicon.word_list("abbreviations")
        self.object_pronouns = lexicon.word_list("object_pronouns")
        self.hosts = frozenset(map(_key, lexicon.word_list("light_verb_hosts")))
        self.dative = lexicon.word_list("dative")
        self.temporal_heads = frozenset(map(_key, lexicon.word_list("temporal_heads")))
        self.dative_pronouns = lexicon.word_list("dative_pronouns")
        self.titles = lexicon.word_list("titles")
        self.after_light_verb = lexicon.word_list("after_light_verb")
        self.auxiliaries = lexicon.word_list("auxiliaries")
        self.both = lexicon.word_list("both")
        self.participle_markers = lexicon.word_list("participle_markers")
        self.participle_endings = tuple(sorted(lexicon.word_list("participle_endings")))
        self.chain_modifiers = lexicon.word_list("chain_modifiers")
        self.ordinal_endings = tuple(sorted(lexicon.word_list("ordinal_endings")))
        self.subject_pronouns = lexicon.word_list("subject_pronouns")
        self.first_person = lexicon.word_list("first_person")
        self.first_person_subjects = lexicon.word_list("first_person_subjects")
        self.clause_adverbs = lexicon.word_list("clause_adverbs")
        # "उसने"/"इसने" (singular, not honorific): the subject of the clause or sentence before, a party
        # as well as a person; "इन पार्टियों ने": the parties named together last (module docstring)
        self.singular_pronouns = lexicon.word_list("singular_pronouns")
        self.demonstratives = lexicon.word_list("demonstratives")
        self.people_sectors = lexicon.word_list("people_sectors")
        self.party_sectors = lexicon.word_list("party_sectors")
        self.group_nouns = {
            **{w: "ORG" for w in lexicon.word_list("group_organisations")},
            **{w: PARTY_GROUP for w in lexicon.word_list("group_parties")},
            **{w: "PER" for w in lexicon.word_list("group_persons")},
        }
        self.accusation_nouns = frozenset(map(_key, lexicon.word_list("accusation_nouns")))
        self.completives = lexicon.word_list("completives")
        self.possessive_pronouns = lexicon.word_list("possessive_pronouns")
        # "X की/का Y ने … हत्या/अपहरण किया": genitives that, right before the agent, mark a fronted object
        self.fronted_object_genitives = lexicon.word_list("fronted_object_genitives")
        self.refusal_markers = lexicon.word_list("refusal_markers")
        self.refusal_gap_words = lexicon.word_list("refusal_gap_words")
        self.generic_quantifiers = frozenset(map(_key, lexicon.word_list("generic_quantifiers")))
        self.present_copulas = lexicon.word_list("present_copulas")
        self.imperfective_endings = tuple(sorted(lexicon.word_list("imperfective_endings")))
        self.wh_determiners = frozenset(map(_key, lexicon.word_list("wh_determiners")))
        self.statement_nouns = frozenset(map(_key, lexicon.word_list("statement_nouns")))
        self.people_subjects = frozenset(map(_key, lexicon.word_list("people_subjects")))
        self.statement_owner_roots = tuple(sorted(lexicon.word_list("statement_owner_roots")))
        self.relative_agents = lexicon.word_list("relative_agents")
        self.relative_objects = lexicon.word_list("relative_objects")
        self.infinitive_oblique = tuple(sorted(lexicon.word_list("infinitive_oblique")))
        self.instrumental = lexicon.word_list("instrumental")
        self.apposed_heads = lexicon.word_list("apposed_heads")
        self.agent_heads = lexicon.word_list("agent_heads")
        self.thing_demonstratives = lexicon.word_list("thing_demonstratives")
        # "X को मुआवज़ा देने का आदेश दिया": an act in a non-finite form, asked for by an appeal or an
        # order (CAMEO codes of asking_codes) later in its clause, did not happen (see _asked_for)
        self.asking_codes = tuple(sorted(lexicon.word_list("asking_codes")))
        self.conjunctive_endings = tuple(sorted(lexicon.word_list("conjunctive_endings")))
        # "X को पत्र लिखकर … की मांग की" (wrote to X demanding …): the letter's addressee is the one asked
        self.letter_markers = tuple(lexicon.word_list("letter_markers"))
        self._by_letter: dict[int, LexEntry] = {}
        # "अलिया राज़ी हो गईं" (agreed, with no one named): a cooperative act needs a partner
        self.partnered_roots = tuple(sorted(lexicon.word_list("partnered_roots")))
        # "जबकि … का प्रचार भी किया": a sentence continuing the one before drops its subject
        self.continuation_openers = tuple(lexicon.word_list("continuation_openers"))
        self.dropped_subject_verbs = frozenset(map(_key, lexicon.word_list("dropped_subject_verbs")))
        self.accusing_codes = tuple(sorted(lexicon.word_list("accusing_codes")))
        self.charge_phrases = tuple(tuple(p.split()) for p in lexicon.word_list("charge_phrases"))
        self.threatening_codes = tuple(sorted(lexicon.word_list("threatening_codes")))
        self.agentive = lexicon.word_list("agentive_participles")
        self.authority_nouns = lexicon.word_list("authority_nouns")
        self.authority_markers = lexicon.word_list("authority_markers")
        venues = (tuple(_key(w) for w in v.split()) for v in lexicon.word_list("attendance_venues"))
        # longest first: "अंतिम संस्कार" before "संस्कार"
        self.attendance_venues = tuple(sorted(venues, key=len, reverse=True))
        self.emphatic_also = lexicon.word_list("attendance_particles")
        self.host_words = frozenset(_key(w) for w in lexicon.word_list("attendance_host_words"))
        self.threat_roots = tuple(sorted(lexicon.word_list("conditional_threat_roots")))
        self.threat_code = min(lexicon.word_list("conditional_threat_code"), default="")
        self.condition_markers = lexicon.word_list("condition_markers")
        # "विरोध करने का ऐलान किया" (announced that it will oppose): the act announced or decided is planned
        self.announcement_nouns = frozenset(map(_key, lexicon.word_list("announcement_nouns")))
        self.announcement_roots = tuple(sorted(lexicon.word_list("announcement_roots")))
        # "बल्लेबाज़ों की कमज़ोरी पर हमला" (an attack on a weakness): a violent act aimed at a thing that is
        # no actor is a figure of speech ([words] figurative_roots, figurative_objects)
        self.figurative_roots = tuple(sorted(lexicon.word_list("figurative_roots")))
        self.figurative_objects = frozenset(map(_key, lexicon.word_list("figurative_objects")))
        # "मोदी का कांग्रेस पर हमला" (Modi's attack on the Congress): a politician's attack on a political
        # actor is verbal ([words] verbal_attack_*)
        self.verbal_attack_words = frozenset(map(_key, lexicon.word_list("verbal_attack_words")))
        self.verbal_attack_sectors = tuple(lexicon.word_list("verbal_attack_sectors"))
        self.verbal_attack_code = min(lexicon.word_list("verbal_attack_code"), default="")
        # "भारतीय टीम ने … का दौरा किया" (a cricket tour), "चक्रवात … चेतावनी" (a storm advisory): acts of a
        # screen's CAMEO roots in a sentence of a non-political domain are none ([words] domain_screen_*)
        prev = lexicon.word_list("domain_screens_prev")
        self.domain_screens = [
            (
                tuple(sorted(lexicon.word_list(f"domain_screen_{name}_roots"))),
                # roots screened there unless a source is a state actor ("बीसीसीआई ने खिलाड़ी पर प्रतिबंध
                # लगाया" is sport business; "भारत ने पाकिस्तान के साथ क्रिकेट खेलने से इनकार किया" stays)
                tuple(sorted(lexicon.word_list(f"domain_screen_{name}_civil_roots"))),
                tuple(tuple(map(_key, w.split())) for w in lexicon.word_list(f"domain_screen_{name}_words")),
                name in prev,
            )
            for name in sorted(lexicon.word_list("domain_screens"))
        ]
        self.state_sectors = frozenset(lexicon.word_list("domain_screen_state_sectors"))
        # an article with this many sentences of a screen's domain is of that domain: its civil roots
        # are screened in every sentence ("पहले उन्होंने रोल ठुकराया" in a film star's profile)
        self.domain_article_sentences = max(
            map(int, lexicon.word_list("domain_article_sentences")), default=0
        )
        # "श्रीनगर से दिल्ली और वहां से मुंबई पहुंचा": a city or a region does not travel ([words] travel_roots)
        self.travel_roots = tuple(sorted(lexicon.word_list("travel_roots")))
        self.consequence_markers = lexicon.word_list("consequence_markers")
        self.nonfinite_endings = tuple(sorted(lexicon.word_list("nonfinite_endings")))
        # "X को निशाना बनाने के मक़सद से आए" (came to target X), "X को मार दिए जाने के ख़िलाफ़ थे" (were
        # against X being killed), "यदि कोई यूनिट … हत्या करती है": acts of these roots that a purpose,
        # a stance or a generic condition names did not happen ([words] unrealised_*)
        self.unrealised_roots = tuple(sorted(lexicon.word_list("unrealised_roots")))
        self.purpose_markers = tuple(
            tuple(map(_key, p.split())) for p in lexicon.word_list("unrealised_purpose_markers")
        )
        self.stance_markers = tuple(
            tuple(map(_key, p.split())) for p in lexicon.word_list("unrealised_stance_markers")
        )
        # hiprec: acts the text does not assert are withheld ([words] withheld_*): "हमला कर सकता है"
        # (may attack) and "आलोचना नहीं की" (did not criticise) by their status, save the roots whose
        # negation is an act of its own ("उसे नहीं छोड़ा": a refusal to yield); an attempt or wish to
        # criticise, reject or threaten ("ख़ारिज करने की कोशिश") is no such act either
        # "प्रस्ताव ठुकरा दिया क्योंकि वह नहीं चाहते थे …": a clause of reason or purpose after the verb
        # group has its own negation and modality
        self.status_clause_ends = frozenset(lexicon.word_list("status_clause_ends"))
        # "जब तक पाकिस्तान समर्थन बंद नहीं करता, …" (until …): an act inside the clause is a condition
        self.condition_openers = frozenset(tuple(w.split()) for w in lexicon.word_list("condition_openers"))
        self.negation_alternatives = frozenset(lexicon.word_list("negation_alternatives"))
        self.question_words = frozenset(lexicon.word_list("question_words"))
        self.negated_modals = frozenset(lexicon.word_list("negated_modals"))
        self.feared_act_nouns = frozenset(map(_key, lexicon.word_list("feared_act_nouns")))
        self.purpose_motion_verbs = frozenset(map(_key, lexicon.word_list("purpose_motion_verbs")))
        self.purpose_marker = ("के", "लिए")
        self.purpose_motion_kept_roots = tuple(sorted(lexicon.word_list("purpose_motion_kept_roots")))
        self.counterfactual_copulas = frozenset(lexicon.word_list("counterfactual_copulas"))
        self.self_addressed = frozenset(lexicon.word_list("self_addressed"))
        self.withheld_statuses = frozenset(lexicon.status.withheld)
        # himodal: mood, questions, conditions, beliefs and denials of the trigger's clause (hindi_modality)
        morphology = lexicon.morphology
        self.modality = HindiModality.build(
            lexicon.word_list,
            [morphology.paradigm(stem) for stem in lexicon.verb_stems] if morphology is not None else [],
            _key,
        )
        self.withheld_kept_roots = tuple(sorted(lexicon.word_list("withheld_kept_roots")))
        self.withheld_intent_roots = tuple(sorted(lexicon.word_list("withheld_intent_roots")))
        # "एक विकल्प यह भी हो सकता है कि सीरिया … हमला कर दे" (it may be that …): speculation opening
        # the complement clause of the trigger makes the act hypothetical
        self.speculation_markers = tuple(
            tuple(map(_key, p.split())) for p in lexicon.word_list("speculation_markers")
        )
        # "… उनमें/उसमें X भी शामिल हैं" (among them is X): the members of a group acted on
        self.member_pointers = lexicon.word_list("member_pointers")
        self.member_words = frozenset(map(_key, lexicon.word_list("member_words")))
        self.accident_nouns = frozenset(map(_key, lexicon.word_list("accident_nouns")))
        self.indefinite_subjects = frozenset(map(_key, lexicon.word_list("unrealised_indefinites")))
        # "दोनों नेताओं/देशों/पक्षों": the kind of pair each noun names
        self.pair_nouns = {
            **{w: "PER" for w in lexicon.word_list("pair_persons")},
            **{w: "GPE" for w in lexicon.word_list("pair_countries")},
            **{w: "ANY" for w in lexicon.word_list("pair_sides")},
        }
        # Triggers and light verbs are matched on spelling-normalised words (match_key: nukta dropped,
        # chandrabindu = anusvara), so गिरफ़्तार/गिरफ्तार and पहुँचे/पहुंचे need one form each.
        self._groups = {name: frozenset(map(_key, forms)) for name, forms in lexicon.verb_groups.items()}
        self.all_verbs = frozenset().union(*self._groups.values()) if self._groups else frozenset()
        self._verb_unions: dict[tuple[str, ...], frozenset[str]] = {}  # _verbs_of per group names
        # Longest forms first so "समझौते पर हस्ताक्षर" wins over a shorter overlapping form.
        self._forms = sorted(
            dict.fromkeys(
                (tuple(map(_key, form)), entry) for entry in lexicon.entries for form in entry.forms
            ),
            # an entry that needs a light verb is the more specific reading of its form: tried first
            key=lambda item: (-len(item[0]), not item[1].verbs),
        )
        self._entries_by_form: dict[tuple[str, ...], list[LexEntry]] = {}
        for form, entry in self._forms:
            self._entries_by_form.setdefault(form, []).append(entry)
        # rank (index in _forms) of every one-word form by its word, and of every longer form by its
        # first two words: a sentence tries only the forms whose first word (pair of adjacent words) it
        # has, in the same order as trying them all (the lexicon has thousands; "के …" forms hundreds)
        by_first: dict[str, list[int]] = {}
        by_pair: dict[tuple[str, ...], list[int]] = {}
        for rank, (form, _entry) in enumerate(self._forms):
            if len(form) == 1:
                by_first.setdefault(form[0], []).append(rank)
            else:
                by_pair.setdefault(form[:2], []).append(rank)
        # kept as tuples: a tuple of ints is untracked by the cyclic GC, a list (thousands here) is not
        self._ranks_by_first = {word: tuple(ranks) for word, ranks in by_first.items()}
        self._ranks_by_pair = {pair: tuple(ranks) for pair, ranks in by_pair.items()}
        # the keys as sets: a sentence's words (pairs) that begin a form by one C-level intersection
        self._first_words = frozenset(self._ranks_by_first)
        self._first_pairs = frozenset(self._ranks_by_pair)
        # Headline order ("साधा निशाना,"): the nouns that may follow their verb at a clause end: one-word
        # forms of light-verb entries and the nouns of two-word lemma forms ending in a perfective verb
        self.headline_ends = frozenset(map(_key, lexicon.word_list("headline_ends")))
        # "X का Y पर हमला": the target markers after which a fronted genitive names a nominal act's doer
        self.fronted_markers = frozenset(map(_key, lexicon.word_list("fronted_possessor_markers")))
        self._status_stops = self.headline_ends - {","}
        self._inverted_markers = frozenset(map(_key, lexicon.word_list("headline_verb_after")))
        self._inverted_nouns = frozenset(
            form[0]
            for form, entry in self._forms
            if (len(form) == 1 and entry.verbs) or (len(form) == 2 and form[1] in self.perfective)
        )

    # ------------------------------------------------------------------ triggers
    def _form_ranks(self, words: list[str]) -> list[int]:
        """Ranks (indices in ``_forms``, ascending) of the forms whose first word (one-word forms) or
        first two words (longer forms) stand in ``words``: the only forms that can match there."""
        by_first, by_pair = self._ranks_by_first, self._ranks_by_pair
        ranks = [r for word in self._first_words.intersection(words) for r in by_first[word]]
        for pair in self._first_pairs.intersection(pairwise(words)):
            ranks.extend(by_pair[pair])
        ranks.sort()
        return ranks

    def _triggers(self, tokens: list[Token]) -> list[_Match]:
        words = list(map(_key, map(_token_text, tokens)))
        taken: set[int] = set()
        # headline order first: its verb-before-noun reading outranks a verb-less (nominal) entry of the noun
        found = self._inverted_triggers(words, taken) if self.headline_ends else []
        # Where each first word of a form occurs, found when first asked for: a form is only tried where
        # its first word stands (same order and results as trying every position, without the
        # quadratic scan).
        positions: dict[str, list[int]] = {}
        for rank in self._form_ranks(words):
            form, entry = self._forms[rank]
            n = len(form)
            at = positions.get(form[0])
            if at is None:
                at = positions[form[0]] = word_positions(words, form[0])
            for i in at:
                if i + n > len(words):
                    break
                if tuple(words[i : i + n]) != form or any(j in taken for j in range(i, i + n)):
                    continue
                last = i + n - 1
                if entry.verbs:
                    verb_at = self._light_verb(words, last + 1, entry)
                    if verb_at is None:
                        continue
                    last = verb_at
                others = tuple(
                    e for e in self._entries_by_form[form] if e is not entry and (not e.verbs or entry.verbs)
                )
                found.append(_Match(entry, i, last, others))
                taken.update(range(i, i + n))
        # "पुतला फूंका", "पुतले को आग लगा दी" (burnt an effigy): a verb trigger (one with no light verb of
        # its own) ending on the light verb of a noun trigger before it is that noun's verb, no act of its
        # own; a noun with its own light verb ("इस बात पर सहमत हो गए") stays
        grouped = [m for m in found if m.entry.verbs and m.last > m.first]
        found = [
            m
            for m in found
            if m.entry.verbs or not any(g.first < m.first and m.last == g.last for g in grouped)
        ]
        return sorted(found, key=lambda m: m.first)

    def _inverted_triggers(self, words: list[str], taken: set[int]) -> list[_Match]:
        """Headline word order, the finite verb before its noun at the end of a clause: "X ने Y पर साधा
        निशाना, कहा- …", "X ने Y पर लगाया आरोप", "X ने की Y की तारीफ". A noun of a light-verb entry (or
        the noun of a two-word lemma) right after a perfective form of its verb, or after a verb that
        stands right after ने with the target phrase between, followed by a clause end (headline_ends).
        The match runs from the verb to the noun; with a phrase between it starts at the noun, so the
        target phrase stays before the trigger."""
        found: list[_Match] = []
        # only the places of such nouns are tried, in text order (most sentences hold none or one)
        nouns = self._inverted_nouns.intersection(words)
        at = sorted(i for noun in nouns for i in word_positions(words, noun)) if nouns else ()
        for i in at:
            if i == 0 or i in taken:
                continue
            if i + 1 < len(words) and words[i + 1] not in self.headline_ends:
                continue
            verb = words[i - 1]
            if verb in self.perfective and verb not in self.genitive and i - 1 not in taken:
                match = self._inverted_match(words[i], verb, i - 1, i)
                if match is not None:
                    found.append(match)
                    taken.update((i - 1, i))
                    continue
            # "X ने की Y की तारीफ", "X ने Y पर लगाए गंभीर आरोप": the verb right after the agent or the
            # target marker, a short phrase between it and the noun
            for v in range(max(1, i - INVERTED_GAP), i - 1):
                if words[v - 1] in self._inverted_markers and words[v] in self.perfective and v not in taken:
                    if any(w in self.boundaries for w in words[v + 1 : i]):
                        break
                    match = self._inverted_match(words[i], words[v], i, i)
                    if match is not None:
                        found.append(match)
                        taken.add(i)
                    break
        return found

    def _inverted_match(self, noun: str, verb: str, first: int, last: int) -> _Match | None:
        lemma = self._entries_by_form.get((noun, verb))
        if lemma:  # "साधा निशाना": the lemma "निशाना साध" turned round
            return _Match(lemma[0], first, last, tuple(lemma[1:]))
        for entry in self._entries_by_form.get((noun,), ()):
            if entry.verbs and verb in self._verbs_of(entry):
                return _Match(entry, first, last)
        return None

    def _verbs_of(self, entry: LexEntry) -> frozenset[str]:
        """The normalised forms of the entry's light verbs."""
        found = self._verb_unions.get(entry.verbs)
        if found is None:  # the union of large groups, once per set of group names
            found = frozenset().union(*(self._groups[g] for g in entry.verbs))
            self._verb_unions[entry.verbs] = found
        return found

    def _light_verb(self, words: list[str], start: int, entry: LexEntry) -> int | None:
        allowed = self._verbs_of(entry)
        # "आईईडी ब्लास्ट (IED Blast) किया": an English gloss in parentheses stands outside the verb group
        gloss = self._gloss_length(words, start)
        window = start + VERB_WINDOW + self._genitive_chain(words, start) + gloss
        for j in range(start + gloss, min(len(words), window)):
            if words[j] in allowed:
                # "की/का/के" is a light verb only at the end of the verb group, else a genitive.
                nxt = words[j + 1] if j + 1 < len(words) else OWN_STOPS[0]
                if words[j] in self.genitive and nxt not in self.after_light_verb:
                    # "चीन के समर्थन की प्रतीक्षा करती हैं": the verb after the genitive belongs to
                    # the noun it governs (awaiting support), not to this one
                    return None
                return j
            if words[j] in self.boundaries or words[j] in self.compound_heads or words[j] in self.hosts:
                # "वार्ता के दौरान हुई प्रगति": a noun in a postpositional phrase has no light verb;
                # "बात स्वीकार की": the light verb is the host word's
                return None
        return None

    @staticmethod
    def _gloss_length(words: list[str], start: int) -> int:
        """Words of a parenthesised gloss in another script ("(IED Blast)") opening at ``start``, the
        parentheses included; 0 when none opens there."""
        if start >= len(words) or words[start] != "(":
            return 0
        for j in range(start + 1, min(len(words), start + GLOSS_WORDS + 2)):
            if words[j] == ")":
                return j - start + 1 if j > start + 1 else 0
            if _DEVANAGARI.search(words[j]):
                return 0
        return 0

    def _genitive_chain(self, words: list[str], start: int) -> int:
        """How many more words the light verb may come after a noun followed by a genitive and its
        number or ordinal ("प्रतिबंधों का सोलहवां पैकेज मंजूर किया", "के नए दौर की घोषणा"): the genitive
        and its modifiers, at most ``GENITIVE_CHAIN`` words; none without a modifier."""
        if start >= len(words) or words[start] not in self.genitive:
            return 0
        extra = 1
        while (
            extra < GENITIVE_CHAIN
            and start + extra < len(words)
            and self._chain_modifier(words[start + extra])
        ):
            extra += 1
        return extra if extra > 1 else 0

    def _chain_modifier(self, word: str) -> bool:
        return word in self.chain_modifiers or word.isdigit() or word.endswith(self.ordinal_endings)

    # ------------------------------------------------------------------ sentence
    def find_all(
        self, text: str, sentences: list[tuple[int, Span]], mentions: MentionIndex
    ) -> list[Candidate]:
        """Candidates of consecutive sentences; a quotation opened after a say-verb and left open
        carries its speaker into the following sentences (``… ने कहा, ‘… . रूस को … चाहिए.’``)."""
        out: list[Candidate] = []
        carried: list[str] = []
        held: list[str] = []  # the holder of an opinion whose quotation is still open
        self._far_pronouns.clear()
        self._disclaimed.clear()
        self._prior_subject = []
        runs: list[tuple[int, list[Token]]] = []
        for index, sentence in sentences:
            tokens = tokenize_within(text, sentence.start, sentence.end)
            if text.find(".", sentence.start, sentence.end) < 0:
                # no full stop, so no glued sentence: the whole sentence is one run (split_glued's answer;
                # a "." is never inside a word token)
                if tokens:
                    runs.append((index, tokens))
            else:
                runs.extend((index, run) for run in split_glued(tokens, self.abbreviations))
        last_agent: str | None = None  # the person last named as an agent (X ने …), for उन्होंने
        prior_subject: list[str] = []  # the subject actors of the sentence before, for उसने/इसने
        previous: list[tuple[int, list[Token]]] = []  # earlier runs, for "इन पार्टियों ने"
        unresolved: list[tuple[int, list[Token]]] = []  # rejections of accusations no one made before
        for index, tokens in runs:
            # the run's words as a set: a run holding none of the words a scan looks for skips the scan
            # (same answers: each scan below finds nothing in such a run)
            present = set(map(_token_text, tokens))
            speaker: list[str]
            content_from: int | None
            if self.lex.say_verbs.isdisjoint(present):
                speaker, content_from = [], None
            else:
                speaker, content_from = self._reported(tokens, mentions)
            opinion = (
                None
                if self.opinion_nouns.isdisjoint(present) and self.opinion_verbs.isdisjoint(present)
                else self._opinion(tokens, mentions)
            )
            if opinion is None and held:
                opinion = (held, 0)  # "X कहते हैं, '… . Y विफल रहा.'": X's quotation goes on
            if not speaker and carried:
                speaker, content_from = carried, 0
            self._prior_subject = prior_subject  # for a clause opening with वे/वह/वो (_pronoun_subject)
            for candidate in self._find(tokens, index, mentions, speaker, content_from, opinion):
                self._resolve_pair(candidate, out, mentions)
                self._resolve_group(candidate, previous, mentions)
                pronoun = self._agent_pronoun(tokens, candidate.trigger.start)
                if pronoun in self.singular_pronouns and "@pronoun" in candidate.sources:
                    # "पीएमएल(क्यू) … शामिल थी और … उसने … गठबंधन कर रखा है": the subject before it
                    # (only the sentence just before: one whose subject is a plain noun has no actor)
                    antecedent = self._subject(tokens, mentions, candidate.trigger.start) or prior_subject
                    named = dict.fromkeys(
                        x for s in candidate.sources for x in (antecedent if s == "@pronoun" else [s])
                    )
                    candidate.sources = [s for s in named if s not in candidate.targets]
                elif self._holder_speaks(candidate, pronoun, tokens, opinion):
                    # "X कहते हैं, '… मैंने Y से बात की'": I is the one whose words these are, not the last
                    # agent of the story (session 13: a new earlier agent had taken "मैंने")
                    holder = opinion[0][0] if opinion else "@pronoun"
                    named = dict.fromkeys(holder if s == "@pronoun" else s for s in candidate.sources)
                    candidate.sources = [s for s in named if s not in candidate.targets]
                elif last_agent is not None and pronoun is not None and pronoun not in self.first_person:
                    # "जेटली ने कहा कि … . उन्होंने कहा कि … चाहिए": he is the last agent, not the last
                    # person mentioned (a name inside Jaitley's own words)
                    named = dict.fromkeys(last_agent if s == "@pronoun" else s for s in candidate.sources)
                    candidate.sources = [s for s in named if s not in candidate.targets]
                far_unnamed = not self._far_pronoun_named(tokens, previous, mentions)
                if "@pronoun" in candidate.targets and far_unnamed:
                    candidate.targets = [t for t in candidate.targets if t != "@pronoun"]
                self._resolve_accuser(candidate, tokens, out, mentions)
                if self._rejects_unnamed(candidate, tokens):
                    unresolved.append((len(out), tokens))
                out.append(candidate)
            if not self.agent_markers.isdisjoint(present):
                last_agent = self._person_agent(tokens, mentions) or last_agent
            prior_subject = self._subject(tokens, mentions, tokens[-1].end if tokens else 0)
            previous.append((index, tokens))
            quotes = [t for t in tokens if t.text in _QUOTES] if not _QUOTES.isdisjoint(present) else []
            if speaker and content_from is not None and len(quotes) % 2 == 1:
                carried = [] if carried and content_from == 0 else speaker
            elif not (carried and content_from == 0):
                carried = []
            if opinion is not None and len(quotes) % 2 == 1:
                held = [] if held and opinion[1] == 0 else opinion[0]
            elif not (held and opinion is not None and opinion[1] == 0):
                held = []
        for k, tokens in unresolved:
            rejection = out[k]
            later = [c for c in out[k + 1 :] if 0 < c.sentence - rejection.sentence <= ACCUSER_LOOKAHEAD]
            self._resolve_accuser(rejection, tokens, list(reversed(later)), mentions)
        out = self._off_domain(out, runs, mentions)
        out = [c for c in out if not self._place_traveller(c, mentions) and self._asserted(c)]
        return self._resolve_hosts(out, runs, mentions)

    def _asserted(self, candidate: Candidate) -> bool:
        """The text says the act took place or will, or someone denies it: not one that may happen
        ("हमला कर सकता है"), nor one the narrator says was not done ("उन्होंने कभी आलोचना नहीं की"; a refusal
        to yield, "रिहा नहीं किया", is kept: the coder makes it one), nor an attempt or wish in verbal
        conflict ("ख़ारिज करने की कोशिश"). A denial in reported speech or by a denial verb stays denied."""
        status = candidate.status
        if status == "intended":
            return not candidate.cameo.startswith(self.withheld_intent_roots)
        if status == "denied" and (candidate.reported or candidate.trigger.start in self._disclaimed):
            return True  # "सेना ने कहा कि वह अभियान में शामिल नहीं है": a denial voiced by someone
        if status in self.withheld_statuses:
            # only a negation can be an act of its own ("रिहा नहीं किया": refused to release); a release
            # that may come or that a condition names ("जब तक … रिहा नहीं किया जाता") is none
            return status == "denied" and candidate.cameo.startswith(self.withheld_kept_roots)
        return True

    def _speculated(self, tokens: list[Token], first: int) -> bool:
        """The last complementizer before the trigger follows a speculation marker ("हो सकता है कि")."""
        for k in range(first - 1, -1, -1):
            if tokens[k].text in self.complementizers:
                before = tuple(_key(t.text) for t in tokens[max(0, k - 3) : k])
                return any(before[len(before) - len(p) :] == p for p in self.speculation_markers)
        return False

    def _place_traveller(self, candidate: Candidate, mentions: MentionIndex) -> bool:
        """A travel act (``travel_roots``) whose sources are all places the knowledge base knows and no
        country ("दिल्ली … मुंबई पहुंचा": a route, "मुंबई से गोवा जहाज़ से पहुंचा जा सकता है": a way to go)
        has no traveller: no event. A country stays a visitor ("भारत ने नेपाल का दौरा किया")."""
        if not (self.travel_roots and candidate.sources) or not candidate.cameo.startswith(self.travel_roots):
            return False
        for source in candidate.sources:
            entity = mentions.by_id.get(source)
            if entity is None or entity.type not in ("GPE", "LOC") or not entity.kb_id:
                return False
            if entity.kb_id.startswith("country:"):
                return False
        return True

    def _off_domain(
        self, out: list[Candidate], runs: list[tuple[int, list[Token]]], mentions: MentionIndex
    ) -> list[Candidate]:
        """Candidates left once the domain screens drop acts of their roots in a sentence of their domain
        (``domain_screen_<name>_words`` there, or in the sentence before for ``domain_screens_prev``):
        "भारतीय टीम ने दक्षिण अफ़्रीका का दौरा किया" is a cricket tour, no state visit. Acts of a screen's
        civil roots go too unless a source is a state actor (``_state_actor``), in every sentence of an
        article with ``domain_article_sentences`` sentences of the domain."""
        if not self.domain_screens:
            return out
        keys: dict[int, list[str]] = {}
        present: dict[int, frozenset[str]] = {}  # the words of each sentence, to skip absent phrases
        of_article: dict[int, bool] = {}  # per screen: the article is of its domain

        def read() -> None:
            if not keys:  # the sentences' words, read once a candidate of a screen's roots asks
                for at, tokens in runs:
                    keys.setdefault(at, []).extend(map(_key, map(_token_text, tokens)))

        def found(words: tuple[tuple[str, ...], ...], index: int) -> bool:
            read()
            seq = keys.get(index, [])
            if index not in present:
                present[index] = frozenset(seq)
            here = present[index]
            return any(
                tuple(seq[k : k + len(w)]) == w
                for w in words
                if not w or w[0] in here  # a phrase whose first word is absent is nowhere
                for k in range(len(seq) - len(w) + 1)
            )

        def domain_article(n: int, words: tuple[tuple[str, ...], ...]) -> bool:
            if n not in of_article:
                read()
                count = sum(1 for i in keys if found(words, i))
                of_article[n] = 0 < self.domain_article_sentences <= count
            return of_article[n]

        kept = []
        for candidate in out:
            screened = False
            for n, (roots, civil_roots, words, reach_prev) in enumerate(self.domain_screens):
                hard = bool(roots) and candidate.cameo.startswith(roots)
                civil = (
                    not hard
                    and bool(civil_roots)
                    and candidate.cameo.startswith(civil_roots)
                    and not any(self._state_actor(s, mentions) for s in candidate.sources)
                )
                if not (hard or civil):
                    continue
                near = (candidate.sentence, candidate.sentence - 1) if reach_prev else (candidate.sentence,)
                if any(found(words, i) for i in near) or (civil and domain_article(n, words)):
                    screened = True
                    break
            if not screened:
                kept.append(candidate)
        return kept

    def _state_actor(self, entity_id: str, mentions: MentionIndex) -> bool:
        """A country, or a body or person the knowledge base knows in a sector of the state or of
        party politics (``domain_screen_state_sectors``); a title alone ("बीसीसीआई अध्यक्ष") is none."""
        entity = mentions.by_id.get(entity_id)
        if entity is None or not entity.kb_id:
            return False
        return entity.kb_id.startswith("country:") or (entity.sector or "").upper() in self.state_sectors

    def _resolve_hosts(
        self, out: list[Candidate], runs: list[tuple[int, list[Token]]], mentions: MentionIndex
    ) -> list[Candidate]:
        """Attendance at "इस बैठक में" (target ``HOST``): the host is the single person agent of the
        sentence before, else after, that speaks of meeting (``attendance_host_words``) and is not
        an attendee; with none the attendance names no host and is dropped."""
        kept: list[Candidate] = []
        for candidate in out:
            if HOST not in candidate.targets:
                kept.append(candidate)
                continue
            start = candidate.trigger.start
            at = next(
                (i for i, (_, run) in enumerate(runs) if run and run[0].start <= start < run[-1].end), None
            )
            host = None
            for near in (at - 1, at + 1) if at is not None else ():
                if not 0 <= near < len(runs):
                    continue
                tokens = runs[near][1]
                if any(_key(t.text) in self.host_words for t in tokens):
                    host = self._person_agent(tokens, mentions)
                    if host is not None and host not in candidate.sources:
                        break
                    host = None
            if host is not None:
                candidate.targets = [host]
                kept.append(candidate)
        return kept

    def _holder_speaks(
        self,
        candidate: Candidate,
        pronoun: str | None,
        tokens: list[Token],
        opinion: tuple[list[str], int] | None,
    ) -> bool:
        """A first-person agent pronoun ("मैंने", "हमने") of an act inside the words of one opinion holder
        ("X कहते हैं, '…'", carried through the open quotation): the holder is the one speaking."""
        if pronoun not in self.first_person or "@pronoun" not in candidate.sources or opinion is None:
            return False
        holders, held_from = opinion
        if len(holders) != 1 or held_from >= len(tokens):
            return False
        return candidate.trigger.start >= tokens[held_from].start

    def _agent_pronoun(self, tokens: list[Token], trigger_start: int) -> str | None:
        """The ergative pronoun (उन्होंने, उसने, हमने) that is the nearest agent word before the trigger
        at ``trigger_start`` in its clause, else None."""
        for token in reversed([t for t in tokens if t.start < trigger_start]):
            if token.text in self.boundaries or token.text in self.agent_markers:
                return None
            if token.text in self.pronouns:
                return token.text
        return None

    def _subject(self, tokens: list[Token], mentions: MentionIndex, before: int) -> list[str]:
        """The subject actors (persons, organisations) of the words before offset ``before``: the noun
        phrase before the first ने, else the first person or organisation not followed by a
        postposition ("जमात-ए-इस्लामी पाकिस्तान की सबसे पुरानी पार्टी है"); [] when neither is named."""
        # (tokens end in ascending order: the whole run when it ends by ``before``, as asked per run)
        head = tokens if tokens and tokens[-1].end <= before else [t for t in tokens if t.end <= before]
        for j, token in enumerate(head) if not self.agent_markers.isdisjoint(map(_token_text, head)) else ():
            if token.text in self.agent_markers and j > 0:
                ids = self._np_mentions(head, j - 1, 0, mentions) or []
                return [i for i in ids if i in mentions.by_id and mentions.by_id[i].type in ("PER", "ORG")]
        if not head:
            return []
        for ref in mentions.within(head[0].start, head[-1].end):
            last = self._token_index(head, ref.end - 1)
            following = head[last + 1].text if last + 1 < len(head) else ""
            if following == ")":  # "पाकिस्तान मुस्लिम लीग (पीएमएल-क्यू) ने …"
                following = head[last + 2].text if last + 2 < len(head) else ""
            if ref.entity.type in ("PER", "ORG") and following not in self.postpositions:
                return [ref.entity.id]
        return []

    def _resolve_group(
        self, candidate: Candidate, previous: list[tuple[int, list[Token]]], mentions: MentionIndex
    ) -> None:
        """Replace a ``@group:KIND`` agent ("इन पार्टियों ने": these parties) by the actors of that
        kind of the latest earlier sentence (at most ``GROUP_LOOKBACK`` back) that names two or more;
        the marker is dropped when none does. Limit: the group is taken whole, so a sentence naming
        three parties and one rival stands for all four."""
        marker = next((s for s in candidate.sources if s.startswith("@group:")), None)
        if marker is None:
            return
        kind = marker.removeprefix("@group:")
        group: list[str] = []
        for at, tokens in reversed(previous):
            if candidate.sentence - at > GROUP_LOOKBACK or not tokens:
                break
            refs = mentions.within(tokens[0].start, tokens[-1].end)
            # "उनके समर्थकों" (their supporters: a group of people of sector CVL) is no party or body
            ids = list(dict.fromkeys(r.entity.id for r in refs if self._of_group_kind(r.entity, kind)))
            if len(ids) >= 2:
                group = ids
                break
        named = [x for s in candidate.sources for x in (group if s == marker else [s])]
        candidate.sources = [s for s in dict.fromkeys(named) if s not in candidate.targets]

    def _of_group_kind(self, entity: Entity, kind: str) -> bool:
        """Whether the entity is one of the bodies a ``@group:KIND`` agent may stand for."""
        if kind == PARTY_GROUP:
            # a body of no known sector may be a party; a known other sector (militants, REB) is not
            return entity.type == "ORG" and (entity.sector is None or entity.sector in self.party_sectors)
        return entity.type == kind and (kind != "ORG" or entity.sector not in self.people_sectors)

    def _resolve_accuser(
        self, candidate: Candidate, tokens: list[Token], history: list[Candidate], mentions: MentionIndex
    ) -> None:
        """A rejection of "the accusations" (``आरोपों को खारिज किया``, ``आरोपों का खंडन``) with no target
        of its own rejects whoever made them: the agent of the latest accusation (CAMEO 111/112) of the
        last ``ACCUSER_LOOKBACK`` sentences, preferring one aimed at the rejecter; never the rejecter's
        own country ("भारत ने … पलटवार किया. विदेश मंत्रालय ने … आरोपों को खारिज किया")."""
        if not self._rejects_unnamed(candidate, tokens) or self._habitual(candidate, tokens):
            return
        own = set(candidate.sources)
        own_countries = {mentions.by_id[i].country for i in own if i in mentions.by_id} - {None}

        def own_country(actor: str) -> bool:
            entity = mentions.by_id.get(actor)
            return entity is not None and entity.type == "GPE" and entity.country in own_countries

        # an accusation made by no one named ("… पर हमला करने का आरोप लगाया गया था") is one of them too:
        # when it is the latest, "इन आरोपों" are its accusations, and their maker is unknown (no target)
        accusations = [
            c
            for c in reversed(history)
            if abs(candidate.sentence - c.sentence) <= ACCUSER_LOOKBACK
            and c.cameo[:3] in ("111", "112")
            and not any(s.startswith("@") for s in c.sources)
            and not own & set(c.sources)
            and not any(own_country(s) for s in c.sources)
        ]
        aimed = [c for c in accusations if own & set(c.targets)]
        chosen = (aimed or accusations)[:1]
        if chosen and chosen[0].sources:
            candidate.targets = list(chosen[0].sources)

    def _habitual(self, candidate: Candidate, tokens: list[Token]) -> bool:
        """A standing denial of accusations in general ("वेदांता खुद पर लगे आरोपों से इनकार करती रही है":
        has kept denying the accusations against it): after the trigger a participle may come, then a
        continuative and a copula; the accusations carry no demonstrative pointing back to one made
        before ("इन आरोपों को ख़ारिज करते रहे हैं" answers its maker)."""
        after = [t.text for t in tokens if t.start >= candidate.trigger.end][:3]
        if after and after[0][-1:] in ("ा", "ी", "े") and after[0] not in self.opinion_continuatives:
            after = after[1:]  # "ख़ारिज करते रहे हैं": the light verb's participle
        if len(after) < 2 or after[0] not in self.opinion_continuatives or after[1] not in self.copulas:
            return False
        before = [_key(t.text) for t in tokens if t.start < candidate.trigger.start][-POSSESSOR_SPAN:]
        return not any(
            word in self.accusation_nouns and k > 0 and before[k - 1] in self.demonstratives
            for k, word in enumerate(before)
        )

    def _rejects_unnamed(self, candidate: Candidate, tokens: list[Token]) -> bool:
        """A rejection (CAMEO 12) of "the accusations" with no target of its own."""
        if not candidate.cameo.startswith("12") or candidate.targets:
            return False
        before = [_key(t.text) for t in tokens if t.start < candidate.trigger.start]
        return any(w in self.accusation_nouns for w in before[-POSSESSOR_SPAN:])

    def _person_agent(self, tokens: list[Token], mentions: MentionIndex) -> str | None:
        """The last person named as an agent (before ने) in ``tokens``, else None."""
        found = None
        for j, token in enumerate(tokens):
            if token.text in self.agent_markers and j > 0:
                ids = self._np_mentions(tokens, j - 1, 0, mentions) or []
                persons = [i for i in ids if i in mentions.by_id and mentions.by_id[i].type == "PER"]
                found = persons[0] if len(persons) == 1 else found
        return found

    def find(self, text: str, sentence: Span, index: int, mentions: MentionIndex) -> list[Candidate]:
        return self.find_all(text, [(index, sentence)], mentions)

    def _find(
        self,
        tokens: list[Token],
        index: int,
        mentions: MentionIndex,
        speaker: list[str],
        content_from: int | None,
        opinion: tuple[list[str], int] | None = None,
    ) -> list[Candidate]:
        out: list[tuple[_Match, Candidate]] = []
        triggers = self._triggers(tokens)
        if not triggers:
            return []  # (most runs; each step below keeps an empty list empty)
        for match in triggers:
            for entry in (match.entry, *match.alternatives):
                if entry is not match.entry:
                    if entry.verbs and _key(tokens[match.last].text) not in self._verbs_of(entry):
                        continue  # "मदद कर रही थीं" is no "मदद दी": the alternative needs its own light verb
                    match = _Match(entry, match.first, match.last)
                candidate = self._candidate(match, tokens, index, mentions, speaker, content_from, opinion)
                if entry.requires_marker and not self._marker_before(tokens, match.first, entry):
                    continue
                if entry.no_participle and self._participle(tokens, match.last):
                    types = entry.participle_targets
                    named = [mentions.by_id[t].type for t in candidate.targets if t in mentions.by_id]
                    if not (types and named and all(t in types for t in named)):
                        continue
                before = _key(tokens[match.first - 1].text) if match.first > 0 else ""
                if "@genitive" in entry.not_after and before in self.genitive:
                    continue  # "स्पष्टीकरण की बात करने लगे": talk of a thing, not talk with someone
                if before in self.genitive and match.first > 1:
                    before = _key(tokens[match.first - 2].text)  # "खेल का प्रदर्शन": the owner decides
                if before and before in {_key(w) for w in entry.not_after}:
                    continue  # "शानदार प्रदर्शन किया": a performance, not a demonstration
                if entry.followers and not self._may_follow(tokens, match.last, entry):
                    continue  # "रूस से मिले विमान": received, not met
                if self._doer_noun(tokens, match.last):
                    break  # "मोदी का विरोध करने वालों को": those who oppose him, no act
                if (entry.requires_source or entry.reported_only) and not candidate.sources:
                    continue
                if entry.not_sectors and self._of_sector(candidate, entry.not_sectors, mentions):
                    continue  # "बीबीसी ने X से बात की": an interview, not a consultation
                if self._partnerless(tokens, match, candidate):
                    continue  # "अलिया एक बार राज़ी हो गईं": agreed with no one named
                spoken = entry.speech_suffices and candidate.reported
                if spoken and entry.speech_not_after and match.first > 0:
                    # "कहा कि … एक कैटेगरी होनी चाहिए" (there should be): an opinion, no one is asked
                    before_trigger = _key(tokens[match.first - 1].text)
                    spoken = before_trigger not in {_key(w) for w in entry.speech_not_after}
                # "भारत और अमरीका ने परमाणु समझौता किया": coordinated partners of a symmetric act are each
                # other's target (paired when coded), as a target phrase would name them
                paired = entry.symmetric and len(candidate.sources) > 1
                if candidate.targets or not entry.requires_target or spoken or paired:
                    out.append((match, candidate))
                    break
        found = self._asked_for(out, triggers, tokens, mentions)
        found = self._accused_of(found, tokens)
        found = self._charged(found, tokens, mentions)
        self._attack_casualties(found, tokens)
        found = [(m, c) for m, c in found if not self._unrealised(tokens, m, c)]
        found = self._threatened(found, tokens)
        self._conditional_threats(found, tokens)
        found = [(m, c) for m, c in found if not self._figurative(tokens, m)]
        found = [(m, c) for m, c in found if not self._self_exhorted(tokens, m, c)]
        found = [(m, c) for m, c in found if not self._counterfactual(tokens, m, c)]
        found = [(m, c) for m, c in found if not self._purpose_of_coming(tokens, m, c)]
        found = [(m, c) for m, c in found if not self._feared(tokens, m, c)]
        found = [(m, c) for m, c in found if not self._generic_habit(tokens, m, c)]
        self._verbal_attacks(found, tokens, mentions)
        self._offered(found, tokens)
        return self._refused(found, tokens)

    def _partnerless(self, tokens: list[Token], match: _Match, candidate: Candidate) -> bool:
        """``पांच धार्मिक पार्टियों ने मिलकर … एक गठबंधन बनाया``, ``अलिया राज़ी हो गईं``: a cooperative act
        (``partnered_roots``: agreeing, meeting, supporting, cooperating, aiding) is done with or to
        someone; with no target, no pair of agents (``A और B ने … समझौते पर हस्ताक्षर किए``) and no target
        postposition right before the trigger (``चीनी नेताओं से मिलने``: someone unnamed is met) it
        names no partner: no event. An act between two sides (agent "none", symmetric: the sides from के
        बीच) needs both."""
        entry = match.entry
        if entry.agent == "none" and entry.symmetric and len(candidate.targets) < 2:
            # "A और B के बीच हुई बातचीत" with one side not found as an entity: half a pair is no meeting
            return True
        if not self.partnered_roots or not entry.cameo.startswith(self.partnered_roots):
            return False
        if candidate.targets or (entry.symmetric and len(candidate.sources) > 1):
            return False
        if any(s.startswith("@both:") for s in candidate.sources):
            return False  # "दोनों नेताओं ने … हस्ताक्षर किए": a pair, resolved to its two actors later
        markers = [tuple(m.split()) for m in entry.target if not m.startswith("@")]
        return not self._marker_adjacent(tokens, match.first, markers)

    def _figurative(self, tokens: list[Token], match: _Match) -> bool:
        """``इंग्लैंड के बल्लेबाज़ों की कमज़ोरी पर ज़बरदस्त हमला किया`` (attacked the batsmen's weakness),
        ``आर्थिक गति पर हमला``: a violent act (``figurative_roots``) whose target postposition, a few words
        before the trigger, follows a noun of ``figurative_objects`` (a thing, never an actor) is a figure
        of speech, no event; "सीरियाई ठिकानों पर हमला" (positions) stays."""
        entry = match.entry
        if not self.figurative_roots or not entry.cameo.startswith(self.figurative_roots):
            return False
        markers = [tuple(m.split()) for m in entry.target if not m.startswith("@")]
        for k in range(match.first - 1, max(0, match.first - FIGURATIVE_GAP) - 1, -1):
            for words in markers:
                start = k - len(words) + 1
                if start > 0 and tuple(t.text for t in tokens[start : k + 1]) == words:
                    return _key(tokens[start - 1].text) in self.figurative_objects
            if tokens[k].text in self.boundaries or not tokens[k].text[:1].isalnum():
                return False
        return False

    def _feared(self, tokens: list[Token], match: _Match, candidate: Candidate) -> bool:
        """``रूस ने अमरीकी हमले की धमकी का विरोध किया`` (opposed the threat of an American attack): an act
        of ``unrealised_roots`` named right before the genitive of a threat or fear noun
        (``feared_act_nouns``) is only threatened or feared, whether or not the threat is an event."""
        if not self.feared_act_nouns or not candidate.cameo.startswith(self.unrealised_roots):
            return False
        last = match.last
        return (
            last + 2 < len(tokens)
            and tokens[last + 1].text in self.genitive
            and _key(tokens[last + 2].text) in self.feared_act_nouns
        )

    def _purpose_of_coming(self, tokens: list[Token], match: _Match, candidate: Candidate) -> bool:
        """``लोग उनका स्वागत करने के लिए जमा हुए`` (gathered to welcome him): an oblique infinitive whose
        "के लिए" is followed by a verb of coming or gathering (``purpose_motion_verbs``) names why they
        came, not what was done; gathering to protest (``purpose_motion_kept_roots``) is the protest."""
        if not self.purpose_motion_verbs or not self._nonfinite(tokens[match.last].text):
            return False
        if candidate.cameo.startswith(self.purpose_motion_kept_roots):
            return False
        rest = [_key(t.text) for t in tokens[match.last + 1 : match.last + 1 + PURPOSE_SPAN]]
        for k in range(len(rest) - 1):
            if rest[k] in self.boundaries or rest[k] in self.complementizers:
                return False
            if (rest[k], rest[k + 1]) == self.purpose_marker:
                tail = rest[k + 2 : k + 2 + PURPOSE_SPAN]
                for word in tail:
                    if word in self.purpose_motion_verbs:
                        return True
                    if word in self.boundaries or word in self.agent_markers:
                        return False
                return False
        return False

    def _generic_habit(self, tokens: list[Token], match: _Match, candidate: Candidate) -> bool:
        """``ग़ज़ा के कुछ निवासी इसके लिए हमास को ज़िम्मेदार ठहराते हैं`` (some Gaza residents hold Hamas
        responsible), ``कई लोग भाजपा का समर्थन करते हैं``: an act in the simple present (an imperfective
        participle and a present copula, no progressive or completive between) whose clause opens with an
        indefinite quantifier (``generic_quantifiers``) and names no doer states what some people think or
        usually do, an attitude: no event. A named doer keeps it ("सीरियाई सरकार इसके लिए विद्रोहियों को
        ज़िम्मेदार बताती है")."""
        if candidate.sources or not self.generic_quantifiers:
            return False
        verbs = [t.text for t in tokens[match.last : match.last + 1 + STATUS_WINDOW]]
        habitual = False
        for k in range(len(verbs) - 1):
            if verbs[k + 1] in self.present_copulas:
                habitual = verbs[k].endswith(self.imperfective_endings) and len(verbs[k]) > 2
                break
            if verbs[k] in self.boundaries or verbs[k] in self.complementizers:
                return False
        if not habitual:
            return False
        for j in range(match.first - 1, max(-1, match.first - 1 - GENERIC_SUBJECT_SPAN), -1):
            word = tokens[j].text
            if word in self.boundaries or word in self.complementizers or word == ",":
                return False
            if _key(word) in self.generic_quantifiers:
                return True
        return False

    def _counterfactual(self, tokens: list[Token], match: _Match, candidate: Candidate) -> bool:
        """``बोर्ड को बहुत पहले कार्रवाई करनी चाहिए थी`` (should have acted long ago): a "चाहिए" appeal
        with a past copula after it (``counterfactual_copulas``) judges what was not done; it asks for
        nothing now: no appeal."""
        if not self.counterfactual_copulas or candidate.cameo != self.lex.appeal_cameo:
            return False
        appeal = self.lex.status.appeal
        for k in range(match.first, min(len(tokens) - 1, match.last + 1 + APPEAL_WINDOW)):
            word = tokens[k].text
            if k > match.last and (word in self.boundaries or word in self.complementizers):
                return False
            if word in appeal:
                return tokens[k + 1].text in self.counterfactual_copulas
        return False

    def _self_exhorted(self, tokens: list[Token], match: _Match, candidate: Candidate) -> bool:
        """``हमें बदलती परिस्थिति का ध्यान रखना चाहिए`` (we should mind …): a "चाहिए" appeal whose clause
        names the speaker's own side as the one who should act (``self_addressed``, a first-person
        dative) asks no one else: no appeal."""
        if not self.self_addressed or candidate.cameo != self.lex.appeal_cameo:
            return False
        if not self._spoken_appeal(tokens, match):
            return False
        for token in reversed(tokens[max(0, match.first - APPEAL_WINDOW) : match.first]):
            if token.text in self.boundaries or token.text in self.complementizers or token.text in _QUOTES:
                return False
            if token.text in self.self_addressed:
                return True
        return False

    def _verbal_attacks(
        self, found: list[tuple[_Match, Candidate]], tokens: list[Token], mentions: MentionIndex
    ) -> None:
        """``अखिलेश यादव का भाजपा पर हमला`` (Akhilesh Yadav's attack on the BJP): an attack word of
        ``verbal_attack_words`` whose agents are all named persons of a political sector
        (``verbal_attack_sectors``: party, opposition, government, legislature) and whose targets are all
        political persons or organisations of those sectors is criticism (``verbal_attack_code``), not
        violence; party workers (an organisation as agent), a country, the army or the police keep the
        attack ("भाजपा कार्यकर्ताओं ने कांग्रेस दफ़्तर पर हमला किया")."""
        if not self.verbal_attack_code or not self.verbal_attack_words:
            return
        for match, candidate in found:
            if _key(tokens[match.first].text) not in self.verbal_attack_words:
                continue
            sources = [mentions.by_id.get(s) for s in candidate.sources]
            targets = [mentions.by_id.get(t) for t in candidate.targets]
            if not sources or not targets:
                continue
            if all(s is not None and s.type == "PER" and self._political(s) for s in sources) and all(
                t is not None and t.type in ("PER", "ORG") and self._political(t) for t in targets
            ):
                candidate.cameo, candidate.plover = self.verbal_attack_code, None

    def _political(self, entity: Entity) -> bool:
        return (entity.sector or "").upper() in self.verbal_attack_sectors

    def _threatened(
        self, found: list[tuple[_Match, Candidate]], tokens: list[Token]
    ) -> list[tuple[_Match, Candidate]]:
        """``X पर गोलीबारी की चेतावनी दी`` (warned of firing on X): an act ending right before the genitive
        of a threat (``threatening_codes``) is what is threatened; it did not happen. It is dropped and
        lends the threat its target when the threat has none."""
        if not self.threatening_codes:
            return found
        dropped: set[int] = set()
        for match, candidate in found:
            if not candidate.cameo.startswith(self.threatening_codes) or match.first < 2:
                continue
            if tokens[match.first - 1].text not in self.genitive:
                continue
            for k, (inner, act) in enumerate(found):
                if inner.last == match.first - 2 and not act.cameo.startswith(self.threatening_codes):
                    dropped.add(k)
                    if not candidate.targets:
                        candidate.targets = [t for t in act.targets if t not in candidate.sources]
        return [pair for k, pair in enumerate(found) if k not in dropped]

    def _conditional_threats(self, found: list[tuple[_Match, Candidate]], tokens: list[Token]) -> None:
        """``अगर … तो राजद सारी दुकानों पर आग लगा देंगे`` (if …, then the RJD will set fire to the shops):
        a violent act (roots of ``conditional_threat_roots``) still to come in the consequence of a
        condition, inside someone's reported or quoted words, is a threat made now (CAMEO
        ``conditional_threat_code``), not a planned act. An act
        inside the condition itself ("यदि कोई यूनिट … हत्या करती है, तो …") stays as it is."""
        if not self.threat_roots or not self.threat_code or not found:
            return
        quoted = any(t.text in _QUOTES for t in tokens)  # a quotation ends or opens here
        for match, candidate in found:
            if not candidate.cameo.startswith(self.threat_roots):
                continue
            if candidate.status not in ("planned", "hypothetical") or not (candidate.reported or quoted):
                continue  # a narrator's "if …, Russia will attack" predicts; a speaker's words threaten
            words = [t.text for t in tokens[: match.first]]
            then = max((k for k, w in enumerate(words) if w in self.consequence_markers), default=-1)
            if then < 0 or not any(w in self.condition_markers for w in words[:then]):
                continue
            candidate.cameo, candidate.status, candidate.plover = self.threat_code, "occurred", None

    @staticmethod
    def _of_sector(candidate: Candidate, sectors: tuple[str, ...], mentions: MentionIndex) -> bool:
        """A source or target of ``candidate`` is an entity of one of the CAMEO ``sectors``."""
        actors = [mentions.by_id.get(a) for a in (*candidate.sources, *candidate.targets)]
        return any(a is not None and (a.sector or "").upper() in sectors for a in actors)

    def _doer_noun(self, tokens: list[Token], last: int) -> bool:
        """The verb ending at token ``last`` is an oblique infinitive with an agentive "वाला/वाले/…" and
        no auxiliary after it ("विरोध करने वालों को": those who oppose); "मिलने वाले हैं" is a plan."""
        if last + 1 >= len(tokens) or tokens[last + 1].text not in self.agentive:
            return False
        if not self._nonfinite(tokens[last].text):
            return False
        after = tokens[last + 2].text if last + 2 < len(tokens) else ""
        return after not in self.auxiliaries

    def _may_follow(self, tokens: list[Token], last: int, entry: LexEntry) -> bool:
        """The word after the trigger ending at ``last`` is one of the entry's ``followers`` (or there is
        none, or it is punctuation)."""
        if last + 1 >= len(tokens):
            return True
        word = tokens[last + 1].text
        return not word[:1].isalnum() or _key(word) in {_key(w) for w in entry.followers}

    def _asked_for(
        self,
        found: list[tuple[_Match, Candidate]],
        triggers: list[_Match],
        tokens: list[Token],
        mentions: MentionIndex,
    ) -> list[tuple[_Match, Candidate]]:
        """``X ने Y को मुआवज़ा देने का आदेश दिया`` (ordered Y to pay): the act asked for, an oblique
        infinitive ("देने") followed in the same clause by an appeal, demand or order, did not happen; only
        the asking is an event (also when the asking names no actor: "अदालत … संपत्ति जब्त करने के आदेश दे
        चुकी है")."""
        if not self.asking_codes:
            return found
        asking = [
            m
            for m in triggers
            if any(e.cameo.startswith(self.asking_codes) for e in (m.entry, *m.alternatives))
        ]
        if not asking:
            return found
        kept = []
        for match, candidate in found:
            asks = match.entry.cameo.startswith(self.asking_codes)
            if not asks and self._asked_of_addressee(match, asking, tokens, mentions):
                continue
            if asks or not self._nonfinite(tokens[match.last].text):
                kept.append((match, candidate))
                continue
            asked = any(self._same_clause(tokens, match.last, outer.first) for outer in asking)
            if not asked:
                kept.append((match, candidate))
        return kept

    def _asked_of_addressee(
        self, match: _Match, asking: list[_Match], tokens: list[Token], mentions: MentionIndex
    ) -> bool:
        """``A से B से बात करके … की अपील की``: the conjunctive act ("बात करके") ending at the participle
        after the second से-phrase is what A is asked to do, not an act of the asker."""
        for outer in asking:
            if outer.first <= match.last or not self._same_clause(tokens, match.last, outer.first):
                continue
            lower = self._window_start(tokens, match.first, None, mentions)
            addressed = self._addressee_before_partner(tokens, lower, outer.first, mentions)
            if addressed is not None and match.first <= addressed[2] <= match.last:
                return True
        return False

    def _addressee_before_partner(
        self, tokens: list[Token], lower: int, trigger: int, mentions: MentionIndex
    ) -> tuple[list[str], list[str], int] | None:
        """``मंत्री A से B से बात करके … की अपील की`` (appealed to A to talk to B and …): two से-phrases in a
        row, the second followed by a conjunctive participle ("बात करके", "मिलकर") before the trigger.
        The second is that participle's partner, the first the one asked. Gives the first's and the
        second's entities and the participle's token index; None without that shape."""
        marked: list[tuple[int, list[str]]] = []  # (index of से, entities of its phrase)
        for k in range(lower + 1, trigger):
            if tokens[k].text not in self.instrumental:
                continue
            ids = self._np_mentions(tokens, k - 1, lower, mentions)
            if ids:
                marked.append((k, [i for i in ids if i != "@pronoun"]))
        if len(marked) < 2:
            return None
        (first_at, first), (second_at, second) = marked[-2], marked[-1]
        # only the second's own phrase may stand between the two
        if not first or not second or any(t.text in self.boundaries for t in tokens[first_at:second_at]):
            return None
        for k in range(second_at + 1, min(trigger, second_at + 1 + CONJUNCTIVE_GAP)):
            if tokens[k].text.endswith(self.conjunctive_endings):
                return first, second, k
        return None

    def _accused_of(
        self, found: list[tuple[_Match, Candidate]], tokens: list[Token]
    ) -> list[tuple[_Match, Candidate]]:
        """``X पर पुलिस स्टेशन पर हमला करने का आरोप है`` (X is accused of attacking a police station): the
        accused is not the target of the act he is accused of, and an accusation does not make him its
        doer either (the accusation itself is the event: ACCUSE → X); nor is the accuser its doer
        ("पाकिस्तान ने भारत पर हमला करने का आरोप लगाया" is no attack by Pakistan). The act keeps the
        actors of its own (the police station); with none left it is dropped."""
        accusations = [(m, c) for m, c in found if m.entry.cameo.startswith(self.accusing_codes)]
        if not accusations or not self.accusing_codes:
            return found
        dropped: set[int] = set()
        for k, (match, candidate) in enumerate(found):
            accuses = match.entry.cameo.startswith(self.accusing_codes)
            if accuses or not self._nonfinite(tokens[match.last].text):
                continue
            for outer, accusation in accusations:
                if not self._same_clause(tokens, match.last, outer.first):
                    continue
                accused = [t for t in candidate.targets if t in accusation.targets]
                # "हैकरों के 'द न्यूयॉर्क टाइम्स' पर हमला करने का आरोप लगाया गया": one the accusation is
                # about, read as the act's doer, is no doer on the accusation's word either
                accused += [s for s in candidate.sources if s in accusation.targets]
                if not accused:
                    continue
                candidate.targets = [t for t in candidate.targets if t not in accused]
                candidate.sources = [
                    s for s in candidate.sources if s not in accusation.sources and s not in accused
                ]
                if not candidate.targets and not candidate.sources:
                    dropped.add(k)
        return [pair for k, pair in enumerate(found) if k not in dropped]

    def _charged(
        self, found: list[tuple[_Match, Candidate]], tokens: list[Token], mentions: MentionIndex
    ) -> list[tuple[_Match, Candidate]]:
        """``पुलिस ने X को Y पर हमला करने के आरोप में गिरफ़्तार किया``: an act right before a charge phrase
        (``charge_phrases``) keeps only the actors named after the main clause's last ने or को before it
        (the police did not attack, X is not attacked); with none left it is dropped."""
        if not self.charge_phrases:
            return found
        kept: list[tuple[_Match, Candidate]] = []
        for match, candidate in found:
            after = tuple(t.text for t in tokens[match.last + 1 : match.last + 4])
            if not any(after[: len(phrase)] == phrase for phrase in self.charge_phrases):
                kept.append((match, candidate))
                continue
            marker = next(
                (
                    k
                    for k in range(match.first - 1, -1, -1)
                    if tokens[k].text in self.agent_markers or tokens[k].text in self.dative
                ),
                None,
            )
            if marker is None:
                kept.append((match, candidate))
                continue
            own = {ref.entity.id for ref in mentions.within(tokens[marker].end, tokens[match.first].start)}
            candidate.sources = [s for s in candidate.sources if s in own]
            candidate.targets = [t for t in candidate.targets if t in own]
            if candidate.sources or candidate.targets:
                kept.append((match, candidate))
        return kept

    def _attack_casualties(self, found: list[tuple[_Match, Candidate]], tokens: list[Token]) -> None:
        """``लश्कर के हमले में सीआरपीएफ के पांच जवान मारे गए`` (five CRPF men were killed in the Lashkar
        attack): the attack (a violent noun of ``figurative_roots`` right before "में") was made on those
        its clause says were killed, and the killing was the attacker's; one the coder merges."""
        roots = self.figurative_roots
        for attack, assault in found:
            after = attack.last + 1
            if not attack.entry.cameo.startswith(roots) or after >= len(tokens):
                continue
            if tokens[after].text not in self.locative:
                continue
            for killing, casualty in found:
                if (
                    killing.first <= after
                    or not killing.entry.subject_patient
                    or not killing.entry.cameo.startswith(roots)
                    or not self._same_clause(tokens, attack.last, killing.first)
                ):
                    continue
                victims = [t for t in casualty.targets if t not in assault.sources]
                casualty.targets = victims
                if not assault.targets:
                    assault.targets = list(victims)
                if not casualty.sources:
                    casualty.sources = [s for s in assault.sources if s not in victims]

    def _infinitive_subject(
        self, tokens: list[Token], lower: int, trigger: int, mentions: MentionIndex, exclude: set[str]
    ) -> list[str]:
        """The subject of an oblique infinitive, a genitive (``बुरहान वानी के एक मुठभेड़ में मारे जाने``):
        the name before the genitive nearest the trigger that is no compound postposition ("X के साथ")."""
        for k in range(trigger - 1, lower, -1):
            if tokens[k].text not in self.genitive:
                continue
            if k + 1 < len(tokens) and tokens[k + 1].text in self.compound_heads:
                continue
            ref = self._mention_at(tokens, k - 1, lower, mentions)
            if ref is not None and ref.entity.id not in exclude:
                return [ref.entity.id]
        return []

    def _members_after(self, tokens: list[Token], match: _Match, mentions: MentionIndex) -> list[str]:
        """``जिन 683 लोगों को ये सज़ा सुनाई गई है उसमें … मोहम्मद बदी भी शामिल हैं``, ``गिरफ़्तार किए गए
        लोगों में A और B शामिल हैं``: an act on a group (a relative "जिन … को" or a passive participle
        before "<group> में") whose members are named after it, before "(भी) शामिल": those members are
        its targets (a name followed by a postposition only describes one: "ब्रदरहुड के नेता X")."""
        if not self.member_pointers or not self.member_words:
            return []
        k = match.last + 1
        while (
            k < len(tokens)
            and k - match.last <= 4
            and (
                _key(tokens[k].text) in (self.explicators | self.passive_auxiliaries)
                or tokens[k].text in self.copulas
            )
        ):
            k += 1
        if k >= len(tokens):
            return []
        if tokens[k].text in self.member_pointers:
            k += 1
        elif (
            k + 1 < len(tokens)
            and _key(tokens[k - 1].text) in self.passive_auxiliaries
            and tokens[k + 1].text in self.locative
        ):
            k += 2  # "गिरफ़्तार किए गए लोगों में": a passive participle before its group noun
        else:
            return []
        end = next(
            (
                j
                for j in range(k, min(len(tokens), k + MEMBER_SPAN))
                if _key(tokens[j].text) in self.member_words
            ),
            None,
        )
        if end is None or any(t.text in self.boundaries for t in tokens[k:end]):
            return []
        out: list[str] = []
        for ref in mentions.within(tokens[k].start, tokens[end].start):
            after = self._token_index(tokens, ref.end - 1) + 1
            if after < end and (
                tokens[after].text in self.postpositions or tokens[after].text in self.titles
            ):
                continue  # "ब्रदरहुड के नेता X", "कांग्रेस नेता X": a describer of the member
            out.append(ref.entity.id)
        return list(dict.fromkeys(out))

    def _unrealised(self, tokens: list[Token], match: _Match, candidate: Candidate) -> bool:
        """An act of ``unrealised_roots`` that did not happen: an oblique infinitive (also the passive
        "मार दिए जाने") followed by a purpose ("X को निशाना बनाने के मक़सद से आए थे": came in order to
        target X) or by a stance and a copula ("X को मार दिए जाने के ख़िलाफ़ थे": were against X being
        killed; "… के ख़िलाफ़ प्रदर्शन हुआ" is a protest against a killing that took place, kept); or an
        act in a condition whose subject is indefinite ("यदि कोई यूनिट बेगुनाहों की हत्या करती है": if
        any unit kills, a generic case, no event)."""
        if not self.unrealised_roots or not candidate.cameo.startswith(self.unrealised_roots):
            return False
        if candidate.cameo.startswith(("18", "19", "20")) and any(
            _key(t.text) in self.accident_nouns
            for t in tokens[max(0, match.first - ACCIDENT_WINDOW) : match.first]
        ):
            return True  # "सड़क हादसे में मारे गए": a death in an accident or a disaster is no assault
        if candidate.status == "hypothetical" and self.indefinite_subjects:
            before = [_key(t.text) for t in tokens[: match.first]]
            cond = max((k for k, w in enumerate(before) if w in self.condition_markers), default=-1)
            # an act after the condition's "तो" is its consequence, not the generic case (himodal)
            then = max((k for k, w in enumerate(before) if w in self.consequence_markers), default=-1)
            if cond > then and any(w in self.indefinite_subjects for w in before[cond + 1 :]):
                return True
        end = match.last
        while end + 1 < len(tokens) and _key(tokens[end + 1].text) in (
            self.explicators | self.passive_auxiliaries
        ):
            end += 1  # "मार दिए जाने": the act's verb group ends with the passive's infinitive
        if not self._nonfinite(tokens[end].text):
            return False
        after = tuple(_key(t.text) for t in tokens[end + 1 : end + 6])
        if any(after[: len(p)] == p for p in self.purpose_markers):
            return True
        for phrase in self.stance_markers:
            if after[: len(phrase)] != phrase:
                continue
            rest = [w for w in after[len(phrase) :] if w not in self.clause_adverbs]
            if rest and rest[0] in self.copulas:
                return True
        return False

    def _same_clause(self, tokens: list[Token], last: int, first: int) -> bool:
        """The word after ``last`` up to ``first`` (at most ``ASKED_GAP`` words) crosses no clause."""
        return 0 < first - last <= ASKED_GAP and not any(
            t.text in self.boundaries
            or t.text in self.complementizers
            or t.text in self.agent_markers
            or t.text in _QUOTES
            for t in tokens[last + 1 : first]
        )

    def _nonfinite(self, word: str) -> bool:
        """An oblique infinitive ("देने"): a verb with no tense. A conjunctive participle ("नोटिस जारी
        करके … पेश होने को कहा") shares the asker's subject and happened, so it is not one; nor is the
        agent marker ने itself ("X को पुलिस ने बुधवार को गिरफ़्तार किया": no verb before the time's को)."""
        return (
            bool(self.nonfinite_endings)
            and word.endswith(self.nonfinite_endings)
            and word not in self.agent_markers
        )

    def _refused(self, found: list[tuple[_Match, Candidate]], tokens: list[Token]) -> list[Candidate]:
        """``X से मिलने से इनकार/मना किया`` (refused to meet X): the act refused, an infinitive right
        before ``से`` and a rejection (CAMEO 12), did not happen; it is dropped and lends the rejection
        its target."""
        dropped: set[int] = set()
        for k, (match, candidate) in enumerate(found):
            if not candidate.cameo.startswith("12") or match.first < 2:
                continue
            marker = self._refusal_marker(tokens, match.first)
            if marker is None:
                continue
            inner = next(
                (i for i, (m, _) in enumerate(found) if i != k and m.last == marker - 1),
                None,
            )
            if inner is None:
                continue
            if not tokens[marker - 1].text.endswith(self.infinitive_oblique):
                if tokens[match.first].text in self.denials:
                    # "पाकिस्तान ने भारत पर हमले से इनकार किया" (denied the attack): the act is said
                    # not to have happened, by its agent unless it names another
                    denied = found[inner][1]
                    denied.status = "denied"
                    self._disclaimed.add(denied.trigger.start)
                    if not denied.sources:
                        denied.sources = [s for s in candidate.sources if s not in denied.targets]
                continue
            dropped.add(inner)
            refused = found[inner][1]
            if not candidate.sources:
                # the one who would have done the act refuses it (its agent was found, the refusal's was not)
                candidate.sources = [s for s in refused.sources if s not in candidate.targets]
            if not candidate.targets:
                candidate.targets = [t for t in refused.targets if t not in candidate.sources]
        return [c for i, (_, c) in enumerate(found) if i not in dropped]

    def _offered(self, found: list[tuple[_Match, Candidate]], tokens: list[Token]) -> None:
        """``X की मदद करने की पेशकश की`` (offered to help X): the act offered, proposed or promised is not
        done (the modality's ``unasserted_nouns``: it is withheld as hypothetical); an offer, proposal or
        promise that is an act of its own and names no target takes the offered act's."""
        for match, candidate in found:
            first = match.first
            if (
                candidate.targets
                or first < 2
                or _key(tokens[first].text) not in self.modality.unasserted_nouns
            ):
                continue
            if _key(tokens[first - 1].text) not in self.genitive:
                continue
            offered = next((c for m, c in found if c is not candidate and m.last == first - 2), None)
            if offered is not None:
                candidate.targets = [t for t in offered.targets if t not in candidate.sources]

    def _refusal_marker(self, tokens: list[Token], first: int) -> int | None:
        """The से of a refusal or denial at token ``first``: right before it, or before a gap of manner
        words ("समर्थन करने से साफ़ मना कर दिया", "मिलने से सिरे से इनकार किया") or before a "-ते हुए"
        aside ("समर्थन करने से यह कहते हुए इनकार कर चुके हैं कि …"), at most ``REFUSAL_GAP`` words;
        None when there is no such से."""
        aside = (
            first >= 2
            and tokens[first - 1].text in self.participle_markers
            and tokens[first - 2].text.endswith(self.participle_endings)
        )
        for k in range(first - 1, max(0, first - 1 - REFUSAL_GAP), -1):
            text = tokens[k].text
            gap_word_before = k > 0 and tokens[k - 1].text in self.refusal_gap_words
            if text in self.refusal_markers and not gap_word_before:
                return k if k >= 1 else None
            if text in self.boundaries or text in self.complementizers or not text[:1].isalnum():
                return None
            if not aside and text not in self.refusal_gap_words and text not in self.refusal_markers:
                return None
        return None

    def _participle(self, tokens: list[Token], last: int) -> bool:
        """The verb ending at token ``last`` is a "-ते हुए" participle (``बात करते हुए``)."""
        nxt = tokens[last + 1].text if last + 1 < len(tokens) else ""
        return tokens[last].text.endswith(self.participle_endings) and nxt in self.participle_markers

    def _marker_before(self, tokens: list[Token], first: int, entry: LexEntry) -> bool:
        """One of the entry's target postpositions ends within ``MARKER_WINDOW`` words before the trigger
        (``चीनी नेताओं से मिलने``: someone is met, named or not; ``उन्हें वोट मिले`` has no one)."""
        if entry.adjacent_marker:
            return self._marker_adjacent(tokens, first, [tuple(m.split()) for m in entry.target])
        for marker in entry.target:
            words = tuple(marker.split())
            for end in range(max(0, first - MARKER_WINDOW), first):
                start = end - len(words) + 1
                if start >= 0 and tuple(t.text for t in tokens[start : end + 1]) == words:
                    return True
        return False

    def _marker_adjacent(self, tokens: list[Token], first: int, markers: list[tuple[str, ...]]) -> bool:
        """One of ``markers`` (target postpositions as word tuples) ends right before token ``first``, with
        only clause adverbs between ("से भी मिले")."""
        for end in range(first - 1, -1, -1):
            if any(
                end - len(m) + 1 >= 0 and tuple(t.text for t in tokens[end - len(m) + 1 : end + 1]) == m
                for m in markers
            ):
                return True
            if tokens[end].text not in self.clause_adverbs:
                return False
        return False

    # ------------------------------------------------------------------ "दोनों …" (both)
    def _pair_at(self, tokens: list[Token], last: int, lower: int) -> str | None:
        """``@both:KIND`` when the words ending at token ``last`` are "दोनों NOUN" or "दोनों NOUN के
        NOUN" ("दोनों देशों के नेताओं") with a pair noun of the pack; else None."""
        if last - 1 < lower or tokens[last].text not in self.pair_nouns:
            return None
        kind = self.pair_nouns[tokens[last].text]
        if tokens[last - 1].text in self.both:
            return f"@both:{kind}"
        if (
            last - 3 >= lower
            and tokens[last - 1].text in self.genitive
            and tokens[last - 2].text in self.pair_nouns
            and tokens[last - 3].text in self.both
        ):
            return f"@both:{kind}"
        return None

    def _pair_subject(self, tokens: list[Token], lower: int, trigger: int) -> list[str] | None:
        """``दोनों नेता … पर सहमत हुए``: "both NOUN" as the nominative subject (no postposition after it)."""
        for last in range(lower + 1, trigger):
            pair = self._pair_at(tokens, last, lower)
            following = tokens[last + 1].text if last + 1 < len(tokens) else ""
            if pair is not None and following not in self.postpositions:
                return [pair]
        return None

    def _resolve_pair(self, candidate: Candidate, history: list[Candidate], mentions: MentionIndex) -> None:
        """Replace a ``@both:KIND`` agent by the two actors it stands for (module docstring)."""
        marker = next((s for s in candidate.sources if s.startswith("@both:")), None)
        if marker is None:
            return
        kind = marker.removeprefix("@both:")
        pair: list[str] = []
        for previous in reversed(history):
            actors = [
                a for a in dict.fromkeys([*previous.sources, *previous.targets]) if not a.startswith("@")
            ]
            pair = self._of_kind(actors, kind, mentions)
            if len(pair) == 2:
                break
            pair = []
        if not pair:
            recent: list[str] = []
            for ref in mentions.refs:
                if ref.start >= candidate.trigger.start:
                    break
                recent = [r for r in recent if r != ref.entity.id] + [ref.entity.id]
            pair = self._of_kind(recent, kind, mentions)[-2:]
        sources = [s for s in candidate.sources if s != marker]
        if len(pair) == 2:
            sources = [*pair, *sources]
            if not candidate.targets and (candidate.symmetric or candidate.cameo[:2] < "09"):
                candidate.symmetric = True  # "दोनों नेताओं ने सहयोग पर सहमति जताई": one event of the pair
        candidate.sources = [s for s in dict.fromkeys(sources) if s not in candidate.targets]

    @staticmethod
    def _of_kind(ids: list[str], kind: str, mentions: MentionIndex) -> list[str]:
        """The actors among ``ids`` that a pair of this kind can be: persons, countries (a person's or
        organisation's country when the article has an entity for it) or any actor but a mere place."""
        out: list[str] = []
        countries = {e.kb_id: e.id for e in mentions.by_id.values() if (e.kb_id or "").startswith("country:")}
        seen: set[str] = set()
        for entity_id in ids:
            entity = mentions.by_id.get(entity_id)
            if entity is None:
                continue
            if kind == "PER" and entity.type == "PER":
                out.append(entity_id)
            elif kind == "GPE" and entity.country and entity.country not in seen:
                # the country's own entity, else the actor acting for it (its code names the country)
                own = countries.get(f"country:{entity.country}")
                if own is None and entity.type in ("PER", "ORG"):
                    own = entity_id
                if own is not None:
                    seen.add(entity.country)
                    out.append(own)
            elif kind == "ANY" and (entity.type in ("PER", "ORG") or entity.id in countries.values()):
                out.append(entity_id)
        return list(dict.fromkeys(out))

    def _reported(self, tokens: list[Token], mentions: MentionIndex) -> tuple[list[str], int | None]:
        """Speaker ids and the token index where reported speech starts (``X ने कहा कि …``)."""
        for i, token in enumerate(tokens):
            if token.text not in self.lex.say_verbs:
                continue
            agent = self._agent_before(tokens, i, 0, mentions)
            if agent is None:
                continue
            content = i + 1
            while content < len(tokens) and (
                tokens[content].text in self.complementizers
                or tokens[content].text in ",:"
                or tokens[content].text in _QUOTES
            ):
                content += 1
            return agent, content
        return [], None

    @staticmethod
    def _of_type(entity_id: str, entry: LexEntry, mentions: MentionIndex) -> bool:
        entity = mentions.by_id.get(entity_id)
        return entity is not None and entity.type in entry.target_types

    def _opinion(self, tokens: list[Token], mentions: MentionIndex) -> tuple[list[str], int] | None:
        """``X का कहना/मानना/तर्क है कि …``: X and the token index where X's opinion starts. Only opinion
        words (``reported_only`` entries) take X as their source: other acts in such a clause keep
        their own agents (on BBC rows the speaker standing in for them was as often wrong as right)."""
        for i, token in enumerate(tokens):
            if token.text in self.opinion_nouns:
                owner = self._opinion_owner(tokens, i, mentions)
                if owner:
                    return owner, i + 1
            elif token.text in self.opinion_verbs:
                held = self._opinion_speaker(tokens, i, mentions)
                if held:
                    return held
        return None

    @staticmethod
    def _named_after(entity_id: str, start: int, end: int, mentions: MentionIndex) -> bool:
        """The entity (or a pronoun standing for one) is mentioned between offsets ``start`` and ``end``."""
        return entity_id.startswith("@") or any(
            ref.entity.id == entity_id for ref in mentions.within(start, end)
        )

    def _judgement_withheld(
        self, tokens: list[Token], clause: int, held_from: int | None, match: _Match, targets: list[str]
    ) -> bool:
        """An opinion word in someone's words that judges nothing: inside a condition ("कहा कि अगर यह
        अवैध है तो …"), in a question ("क्या यह अवैध था?"), or, for an entry that may go without a target,
        when the judged clause's doer is a third-person pronoun ("'उन्होंने हमारे साथ जो किया वह मानवता के
        ख़िलाफ़ था'", "वे ग़ैर-क़ानूनी थे": someone or something named before, so a criticism of no one
        would misstate it)."""
        if any(t.text in self.lex.status.hypothetical for t in tokens[clause : match.first]):
            return True
        if match.entry.followers and match.last + 1 >= len(tokens):
            return True  # a predicate word ending a cut line ("… की केवल दो क्रूर" + line break): not one
        for token in tokens[match.last + 1 :]:
            if token.text in _SENTENCE_ENDS:
                if token.text == "?" and any(
                    t.text in self.question_words for t in tokens[clause : match.first]
                ):
                    return True  # "क्या यह अवैध था?" (a stray "?" after a statement asks nothing)
                break
        if targets or match.entry.requires_target or held_from is None:
            return False
        said = [t.text for t in tokens[held_from : match.first]]
        return any(
            (w in self.pronouns and w not in self.first_person) or w in self.third_person_subjects
            for w in said
        )

    def _opinion_speaker(
        self, tokens: list[Token], i: int, mentions: MentionIndex
    ) -> tuple[list[str], int] | None:
        """``X (भी/आगे) कहते/मानते हैं, '…'`` or ``… हैं कि …``: X, the named plain subject right before the
        verb at token ``i`` (a ने-agent is the reported speech of ``_reported``), and where the opinion
        starts; None when the words are not that construction or name no one before the verb."""
        after = i + 1
        if after < len(tokens) and tokens[after].text in self.opinion_continuatives:
            after += 1  # "कहती आई है कि"
        if after >= len(tokens) or tokens[after].text not in self.copulas:
            return None
        content = after + 1
        if content >= len(tokens) or not (
            tokens[content].text in self.complementizers
            or tokens[content].text in ",:"
            or tokens[content].text in _QUOTES
        ):
            return None
        while content < len(tokens) and (
            tokens[content].text in self.complementizers
            or tokens[content].text in ",:"
            or tokens[content].text in _QUOTES
        ):
            content += 1
        last = i - 1
        while (
            last >= 0
            and tokens[last].text not in self.postpositions
            and (tokens[last].text in self.clause_adverbs or tokens[last].text in self.opinion_fillers)
        ):
            last -= 1  # "वसीम आगे/भी कहते हैं", "भाजपा बार-बार ये कहती आई है"
        if last < 0 or tokens[last].text in self.postpositions:
            return None  # "… के बारे में कहते हैं": no subject right before the verb
        ids = [x for x in self._np_mentions(tokens, last, 0, mentions) or [] if x != "@pronoun"]
        return (ids, content) if ids else None

    def _opinion_owner(self, tokens: list[Token], i: int, mentions: MentionIndex) -> list[str] | None:
        """``X का कहना/मानना/तर्क है कि …``: the genitive owner of the opinion noun at token ``i``, followed
        by a copula and कि (a bare noun owner, "आयोग का कहना है", is the organisation named last that
        ends in it); None when the words are not that construction or name no one."""
        if i < 2 or tokens[i - 1].text not in self.genitive:
            return None
        after = [t.text for t in tokens[i + 1 : i + 4]]
        if not any(w in self.complementizers for w in after) or not any(w in self.copulas for w in after):
            return None
        ids = self._np_mentions(tokens, i - 2, 0, mentions) or []
        if not ids and self._bare_noun(tokens, i - 2, 0):
            ids = self._head_antecedent(tokens, i - 2, mentions)
        ids = [x for x in ids if x != "@pronoun"]
        return ids or None

    def _window_start(
        self, tokens: list[Token], trigger: int, content_from: int | None, mentions: MentionIndex
    ) -> int:
        start = 0
        if content_from is not None and trigger >= content_from:
            start = content_from
        for j in range(trigger - 1, start - 1, -1):
            if tokens[j].text in self.boundaries or tokens[j].text in self.complementizers:
                if mentions.overlapping(tokens[j].start, tokens[j].end):
                    continue  # part of a name ("तो लाम")
                if tokens[j].text in self.emphatic and j > start and tokens[j - 1].text in self.postpositions:
                    continue  # "मंत्री को तो … देना चाहिए": a particle after a postposition, not "then"
                return j + 1
        return start

    def _candidate(
        self,
        match: _Match,
        tokens: list[Token],
        index: int,
        mentions: MentionIndex,
        speaker: list[str],
        content_from: int | None,
        opinion: tuple[list[str], int] | None = None,
    ) -> Candidate:
        entry = match.entry
        start = self._window_start(tokens, match.first, content_from, mentions)
        reported = content_from is not None and match.first >= content_from
        if entry.agent == "attendees":
            return self._attendance(match, tokens, index, mentions, start)
        targets = self._target(
            tokens, start, match.first, entry, mentions, self._agent_marker(tokens, start, match.first)
        )
        if targets and entry.cameo.startswith(self.asking_codes):
            # "A से B से बात करके … की अपील की": B is the partner of the act asked of A; A is asked
            addressed = self._addressee_before_partner(tokens, start, match.first, mentions)
            if addressed is not None and set(targets) <= set(addressed[1]):
                targets = addressed[0]
        if not targets and self.letter_markers and entry.cameo.startswith(self.asking_codes):
            targets = self._letter_addressee(tokens, start, match, mentions)
        unnamed_accused = self._unnamed_marked(tokens, start, match.first, entry)
        if not targets and "@complement" in entry.target and not unnamed_accused:
            # "राज्य शासन पर ये आरोप है कि …": with an unnamed accused before the trigger, the clause after
            # कि says what was done, not who is accused
            targets = self._complement_target(tokens, match.last, mentions)
        if not targets and "@inside" in entry.target:
            targets = self._inside_target(tokens, match, mentions)
        if not targets and "@next_agent" in entry.target:
            targets = self._next_agent(tokens, match.last, mentions)
        if not targets and "को" in entry.target:
            # "इशरत जहां … थीं जिन्हें पुलिस ने … मार दिया": the one the relative pronoun stands for
            targets = self._relative_antecedent(tokens, start, match.first, mentions, self.relative_objects)
        if not targets and "को" in entry.target:
            # "जिन 683 लोगों को सज़ा सुनाई गई है उसमें X भी शामिल हैं": the members named after the act
            targets = self._members_after(tokens, match, mentions)
        if entry.reported_only:
            # an opinion in someone's words (also "X का कहना/मानना है कि …"): the speaker holds it;
            # outside reported speech no one does (no event)
            holder, held_from = (speaker, content_from) if reported else opinion or ([], None)
            if opinion is not None and held_from is not None and held_from < opinion[1] <= match.first:
                # "… वंजारा ने कहा कि … है. भाजपा ये कहती आई है कि …" (one run): the nearer holder
                holder, held_from = opinion
            sources = list(holder) if held_from is not None and match.first >= held_from else []
            if sources and not targets and "@subject" in entry.target:
                # "कहा कि भाजपा सरकार विफल रही": the plain subject of the judging predicate
                subject = self._nominative(tokens, start, match.first, mentions, exclude=set(sources)) or []
                targets = [t for t in subject if not entry.target_types or self._of_type(t, entry, mentions)]
                first = max(start, held_from or 0)
                while first < match.first and not tokens[first].text[:1].isalnum():
                    first += 1  # an opening quotation mark
                if not subject and first < match.first and tokens[first].text in self.third_person_subjects:
                    targets = ["@pronoun"]  # "'वो … नफ़रत फैला रहे हैं'": someone named before, not the speaker
                elif not subject:
                    # "कहा कि भाजपा ने देश को धोखा दिया है": in a perfective clause the doer of the damning act
                    # is its ने-agent, named in the words said (a pronoun there stays unresolved: no event)
                    doer = self._agent_before(tokens, match.first, first, mentions, set(sources)) or []
                    typed = [t for t in doer if not entry.target_types or self._of_type(t, entry, mentions)]
                    targets = [t for t in typed if not t.startswith("@")]
            if held_from is not None and held_from > start:
                # the one judged is named in the words said, not in the speaker's own description before
                said_from = tokens[held_from].start
                targets = [t for t in targets if self._named_after(t, said_from, tokens[-1].end, mentions)]
            if (
                sources
                and not targets
                and "@subject" in entry.target
                and start > 0
                and tokens[start - 1].text == "जो"
            ):
                # "… X लखनऊ में मस्जिद बनाने की बात करते हैं जो हमें स्वीकार नहीं है": what is judged is the
                # clause before the relative जो, and the one judged its plain subject
                before = start - 1
                while before > (held_from or 0) and (
                    tokens[before - 1].text in self.emphatic  # "वसीम रिज़वी तो …": a particle, not "then"
                    or tokens[before - 1].text not in self.boundaries | self.complementizers
                ):
                    before -= 1
                subject = self._nominative(tokens, before, start - 1, mentions, exclude=set(sources)) or []
                targets = [t for t in subject if self._of_type(t, entry, mentions)]
            if sources and entry.speaker_subject:
                said_from = max(start, held_from or 0)
                if not any(t.text in self.first_person_subjects for t in tokens[said_from : match.first]):
                    sources = []  # "'वे अपने परिवार के साथ हैं'": not the speaker's side declaring itself
            if sources and self._judgement_withheld(
                tokens, max(start, held_from or 0), held_from, match, targets
            ):
                sources = []  # no event: a condition, a question or a judgement of someone unnamed
            built = self._build(match, tokens, index, mentions, sources, targets, reported, lower=start)
            if sources and held_from is not None and held_from > 0:
                # "भाजपा ये कहती आई है कि …" (has been saying all along): no one day's act, so no story date
                said = tokens[max(0, held_from - 4) : held_from]
                built.retrospective |= any(t.text in self.opinion_continuatives for t in said)
            return built
        if entry.agent == "none":  # "X और Y के बीच शिखर बैठक": the participants are the targets
            sources = []
            if not entry.symmetric:
                # "पुलिस द्वारा X की गिरफ़्तारी", "सीबीआई ने X की गिरफ़्तारी की": a doer named for the act
                sources = self._nominal_agent(tokens, start, match, mentions, exclude=set(targets))
            return self._build(match, tokens, index, mentions, sources, targets, reported=False, lower=start)
        if entry.agent == "genitive":
            sources = self._possessor(tokens, start, match.first, mentions, exclude=set(targets))
            if not sources:
                # "X की ओर से / X द्वारा किए गए हमले": the doer of the nominal act named by a phrase
                passive_doer = self._passive_agent(tokens, start, match.first, mentions, exclude=set(targets))
                sources = passive_doer or []
            return self._build(match, tokens, index, mentions, sources, targets, reported=False, lower=start)
        if entry.agent == "experiencer":
            # "उन्हें मलाल/ख़ुशी है कि Y ने …": the one who feels it (a dative right before) judges Y's deed
            sources = self._experiencer(tokens, start, match.first, mentions)
            # only a doer is judged: "मलाल है कि X का निधन हो गया" (grief at X's death) blames no one
            targets = self._complement_agent(tokens, match.last, mentions)
            return self._build(match, tokens, index, mentions, sources, targets, reported=False, lower=start)
        words = [t.text for t in tokens]
        # "X गिरफ़्तार हो गए": no ने-agent and no को-object, the plain subject is the one acted on; a
        # trigger that is itself passive ("मारे जाने") is read so whatever the clause holds
        patient_subject = entry.subject_patient and (
            _key(tokens[match.last].text) in self.passive_auxiliaries
            or (
                self._agent_marker(tokens, start, match.first) is None
                and not any(
                    self._object_dative(tokens, k) or tokens[k].text in self.dative_pronouns
                    for k in range(start, match.first)
                )
            )
        )
        if patient_subject or is_passive(
            words, match.last, self.perfective, self.passive_auxiliaries, self.explicators, _key
        ):
            # "हाजी … गिरफ़्तार किए गए": the plain subject is the one acted on; the agent only by द्वारा
            agent = self._passive_agent(tokens, start, match.first, mentions, exclude=set(targets)) or []
            if not agent and entry.cameo.startswith(self.statement_owner_roots):
                # "संयुक्त राष्ट्र के प्रस्ताव में … की निंदा की गई है": the UN resolution condemns
                agent = self._statement_owner(tokens, start, match.first, mentions, set(targets))
            if not agent and entry.passive_source:
                # "जेठमलानी को … भाजपा से निलंबित किया गया": the organisation one is suspended from
                marks = entry.passive_source
                agent = self._source_marked(tokens, start, match.first, mentions, marks, targets)
            if not targets and not any(self._object_dative(tokens, k) for k in range(start, match.first)):
                # with no को-phrase the plain subject is the patient; "पाँच लोगों को गिरफ़्तार किया गया"
                # names its patient with को (here no entity), so no other word is taken for it
                if patient_subject and self._nonfinite(tokens[match.last].text):
                    # "बुरहान वानी के मुठभेड़ में मारे जाने के बाद": an infinitive's subject is a genitive
                    targets = self._infinitive_subject(tokens, start, match.first, mentions, set(agent))
                if not targets:
                    targets = self._nominative(
                        tokens, start, match.first, mentions, set(agent), patient=True
                    ) or self._owned_patient(tokens, start, match.first, mentions, set(agent))
            return self._build(match, tokens, index, mentions, agent, targets, reported=False, lower=start)
        # the agent found so far (None: none yet, [] someone unnamed); a name of its own (mypyc: one type)
        agents = self._agent_before(tokens, match.first, start, mentions, exclude=set(targets))
        if agents is None and start > 0 and tokens[start - 1].text in self.relative_agents:
            # "… के नेता किशनजी, जिन्होंने … आंदोलन छेड़ा": the one the relative pronoun stands for
            agents = self._relative_antecedent(
                tokens, start - 1, start, mentions, self.relative_agents, exclude=targets
            )
        # an agent (before ने) that names no entity is someone unnamed, not a genitive elsewhere in the
        # clause ("कमल की फ़िल्म में श्रुति ने … मना कर दिया": not Kamal); only a genitive inside the
        # agent's own phrase stands for it ("दिल्ली पुलिस की विशेष शाखा ने": Delhi Police)
        unnamed_at = self._agent_marker(tokens, start, match.first) if agents == [] else None
        if agents is None and entry.agent == "genitive_first":
            # "X की (चीन) यात्रा": the possessor of the trigger noun itself, not of a noun of its own
            # before a comma ("X के निमंत्रण पर, Y … की यात्रा के लिए")
            near = self._phrase_start(tokens, start, match.first)
            exclude = set(targets)
            agents = self._genitive_subject(tokens, near, match.first, mentions, exclude=exclude) or None
        if agents is None:
            agents = self._passive_agent(tokens, start, match.first, mentions, exclude=set(targets))
        if agents is None:
            agents = self._pair_subject(tokens, start, match.first)
        if agents is None and entry.agent != "owner":
            # agent = "owner" ("X पर … का आरोप है"): the plain subject is the accused group, never the
            # accuser; only an owner of the act ("X का आरोप है", "X की रिपोर्ट में … आरोप लगे") acts
            agents = self._nominative(tokens, start, match.first, mentions, exclude=set(targets))
        if not agents and entry.agent != "owner":
            agents = self._participle_agent(tokens, match.last, mentions, exclude=set(targets)) or agents
        if not agents:
            # "माओवादियों का आरोप है कि …" (the Maoists' accusation), also inside someone's reported words
            agents = self._act_owner(tokens, start, match.first, mentions, entry, set(targets)) or agents
        # an unnamed agent of its own ("कहा कि पुलिस ने …") is no one the speaker stands in for
        # nor for an accusation said in the passive ("कहा कि जिनके ऊपर करप्शन का आरोप है": not the speaker's)
        stands_in = (
            unnamed_at is None
            and entry.agent != "owner"
            and not self._own_subject(tokens, start, match, mentions)
            and not self._people_subject(tokens, start, match)
        )
        if reported and (agents or stands_in):
            if speaker and self._spoken_appeal(tokens, match):
                # "बघेल ने कहा कि केंद्र सरकार द्वारा … रोके हैं, ये उन्हें देना चाहिए": the speaker
                # appeals; the one named to act (the dative, else the act's own agent) is appealed to
                named = [t for t in targets if t != "@pronoun" and t not in speaker]
                obliged = self._first_dative(tokens, start, match.first, mentions)
                if obliged is not None and named and obliged != named:
                    # "कहा कि भारत को आईएसआई को … घोषित करवाना चाहिए": the first को-phrase is the one who
                    # should act (a dative subject), a later one the object of the act asked for
                    named = [t for t in obliged if t not in speaker]
                others = [s for s in agents or [] if s != "@pronoun" and s not in speaker]
                targets = named or others or [t for t in targets if t == "@pronoun"]
                agents = list(speaker)
            else:
                agents = self._speaker_stands_in(agents, speaker, mentions)
        if not agents and not reported and unnamed_at is None:
            agents = self._genitive_subject(tokens, start, match.first, mentions, exclude=set(targets))
        elif not agents and unnamed_at is not None:
            # also in reported words: "पुलिस ने बताया कि लश्कर के चरमपंथियों ने … हमला किया" (the
            # window starts after कि, so the owner is inside the reported clause's own agent phrase)
            agents = self._agent_owner(tokens, start, unnamed_at, mentions, exclude=set(targets))
        if not agents and self._possessive_agent(tokens, start, match.first, entry):
            agents = ["@pronoun"]  # "उनका आरोप है कि …": his accusation (resolved by the coder)
        if not agents and not reported and unnamed_at is None and self._continues(tokens, start, match):
            agents = ["@pronoun"]  # "जबकि … का प्रचार भी किया": the subject of the sentence before
        if not agents and not reported and unnamed_at is None:
            agents = self._postverbal_subject(tokens, match.last, mentions, set(targets))
        if not agents and not reported and unnamed_at is None and self._pronoun_subject(tokens, start, match):
            # "भाजपा कार्यकर्ताओं ने … नारेबाज़ी की. वे … मांग कर रहे थे": the subject of the sentence before
            # (a group too, not only the person named last); none there: no one named is meant
            agents = [s for s in self._prior_subject if s not in targets]
        return self._build(match, tokens, index, mentions, agents or [], targets, reported, start)

    def _pronoun_subject(self, tokens: list[Token], lower: int, match: _Match) -> bool:
        """The clause opens with a third-person subject pronoun (``third_person_subjects``: वह, वे, वो;
        after a continuation opener such as "और", "बाद में") that stands alone — the next word is no
        noun it would point at (``pronoun_subject_blockers``: "वे लोग", "वह सरकार") and not the trigger
        ("वह बैठक") — in a clause with no agent of its own: a subject carried over from the sentence
        before ("ममता ने रैली की. वे … की आलोचना कर रही थीं"); not in a run with a first-person word or a
        quotation mark (a witness's own account)."""
        k = lower
        while k < match.first and not tokens[k].text[:1].isalnum():
            k += 1  # an opening quotation mark or bracket
        for opener in self.continuation_openers:
            words = opener.split()
            if tuple(t.text for t in tokens[k : k + len(words)]) == tuple(words):
                k += len(words)
                break
        if k + 1 >= match.first or tokens[k].text not in self.third_person_subjects:
            return False
        if any(t.text in self.first_person or t.text in _QUOTES for t in tokens):
            # "और वो हमें सज़ा देते थे, ''…": someone's own account, whose "they" is no one the story
            # named last
            return False
        after = tokens[k + 1]
        if not after.text[:1].isalnum() or after.text in self.postpositions or after.text in self.genitive:
            return False
        # a noun it points at, unless a postposition follows that noun: "वे सरकार की आलोचना …" (they)
        following = tokens[k + 2].text if k + 2 < len(tokens) else ""
        return _key(after.text) not in self.pronoun_subject_blockers or (
            following in self.postpositions or following in self.genitive
        )

    def _experiencer(self, tokens: list[Token], lower: int, first: int, mentions: MentionIndex) -> list[str]:
        """``X को / उन्हें <feeling> है कि …``: the named dative right before the trigger at ``first`` (a
        third-person dative pronoun: ``@pronoun``, resolved by the coder); none when the feeling has no
        one feeling it before it ("मुझे ख़ुशी है": the first person is left alone)."""
        k = first - 1
        if k < lower:
            return []
        if tokens[k].text in self.dative_pronouns:
            return ["@pronoun"]
        if tokens[k].text not in self.dative or k - 1 < lower:
            return []
        return [x for x in self._np_mentions(tokens, k - 1, lower, mentions) or [] if x != "@pronoun"]

    def _postverbal_subject(
        self, tokens: list[Token], last: int, mentions: MentionIndex, exclude: set[str]
    ) -> list[str]:
        """A headline's subject after its verb ("भाजपा पर बरसे अखिलेश यादव, कहा- …"): the name right after
        the trigger's last word, ending the clause (a headline end, or the sentence's end)."""
        if last + 1 >= len(tokens) or not self.headline_ends:
            return []
        begin = tokens[last + 1].start
        refs = [r for r in mentions.within(begin, tokens[-1].end) if r.start == begin]
        if not refs:
            return []
        ref = refs[0]  # the longest name starting there
        end = self._token_index(tokens, ref.end - 1)
        if end + 1 < len(tokens) and _key(tokens[end + 1].text) not in self.headline_ends:
            return []
        return [] if ref.entity.id in exclude else [ref.entity.id]

    def _first_dative(
        self, tokens: list[Token], lower: int, first: int, mentions: MentionIndex
    ) -> list[str] | None:
        """The entities of the first को-phrase in ``[lower, first)`` when another को-phrase follows it
        before the trigger ("भारत को आईएसआई को …"); [] when that first phrase names no entity; None with
        fewer than two को-phrases."""
        datives = [k for k in range(lower + 1, first) if self._object_dative(tokens, k)]
        if len(datives) < 2:
            return None
        return self._np_mentions(tokens, datives[0] - 1, lower, mentions) or []

    def _object_dative(self, tokens: list[Token], k: int) -> bool:
        """Token ``k`` is the object marker को, not the को of a time ("सोमवार को", "15 दिसंबर को")."""
        if tokens[k].text not in self.dative:
            return False
        before = tokens[k - 1].text if k > 0 else ""
        return not (_key(before) in self.temporal_heads or before.isdigit())

    def _far_pronoun_named(
        self, tokens: list[Token], previous: list[tuple[int, list[Token]]], mentions: MentionIndex
    ) -> bool:
        """A far clause-initial pronoun target of this run (``_pronoun_target``) stands for someone only
        when a person is named in the run before or earlier in this one: otherwise the person it points
        to is unnamed ("… मोहित बर्मन की … पिटाई कर दी. उन पर … का आरोप लगाया गया", the owner no mention)
        and the coder would take a person from further back. True when no such pronoun is in the run."""
        at = next((t.start for t in tokens if t.start in self._far_pronouns), None)
        if at is None:
            return True
        start = previous[-1][1][0].start if previous and previous[-1][1] else tokens[0].start
        return any(ref.entity.type == "PER" for ref in mentions.within(start, at))

    def _continues(self, tokens: list[Token], lower: int, match: _Match) -> bool:
        """``बघेल ने … सभा को संबोधित किया. जबकि नगर पालिका चुनाव में कांग्रेस प्रत्याशियों का प्रचार भी
        किया``: a sentence that opens with a word continuing the one before (``continuation_openers``)
        and ends in a transitive perfective verb (``dropped_subject_verbs``, a ने-verb) with no agent of
        its own has dropped its subject, the agent of the sentence before (the coder's last agent)."""
        verb = match.last
        if verb + 1 < len(tokens) and _key(tokens[verb].text) not in self.dropped_subject_verbs:
            verb += 1  # "… से भी मुलाकात की": a trigger noun with no light verb of its entry
        if not self.continuation_openers or _key(tokens[verb].text) not in self.dropped_subject_verbs:
            return False
        if verb + 1 < len(tokens) and _key(tokens[verb + 1].text) in self.passive_auxiliaries:
            return False
        opening = " ".join(t.text for t in tokens[: min(len(tokens), 3)])
        if not any(opening == w or opening.startswith(w + " ") for w in self.continuation_openers):
            return False
        # the opener must begin the trigger's own clause (no clause boundary between)
        return lower <= 2 or not any(t.text in self.boundaries for t in tokens[1:lower])

    def _letter_addressee(
        self, tokens: list[Token], lower: int, match: _Match, mentions: MentionIndex
    ) -> list[str]:
        """``ममता बनर्जी ने प्रधानमंत्री को पत्र लिखकर टीकों की मांग की``: an appeal or demand (CAMEO
        02x/10x) made in a letter is addressed to the one written to (``letter_markers``, "को पत्र
        लिखकर"), named before the letter; [] when no entity is."""
        by_letter = self._by_letter.get(id(match.entry))
        if by_letter is None:
            by_letter = replace(match.entry, target=self.letter_markers, target_types=())
            self._by_letter[id(match.entry)] = by_letter
        found = self._target(
            tokens, lower, match.first, by_letter, mentions, self._agent_marker(tokens, lower, match.first)
        )
        return [t for t in found if t != "@pronoun"]

    def _attendance(
        self, match: _Match, tokens: list[Token], index: int, mentions: MentionIndex, lower: int
    ) -> Candidate:
        """``X के अंतिम संस्कार में A और B के विधायक भी शामिल थे``: the attendees, named between the
        venue's में and the trigger, meet the venue's owner (its genitive or possessive pronoun); the
        CAMEO codebook codes taking part in an event another hosts as a meeting with the host. A venue
        with no owner ("इस बैठक में") gives no target (its host is named elsewhere)."""
        venue = self._attendance_venue(tokens, lower, match.first)
        if venue is None:
            return self._build(match, tokens, index, mentions, [], [], reported=False, lower=lower)
        first, locative = venue
        targets: list[str] = []
        phrase = first  # where the venue's phrase (with its owner) begins
        if first - 1 >= lower and tokens[first - 1].text in self.thing_demonstratives and self.host_words:
            # "इस बैठक में …": the host is named in a sentence next to this one (``find_all``)
            targets = [HOST]
        elif first - 1 >= lower and tokens[first - 1].text in self.possessive_pronouns:
            phrase = first - 1
            # "उनके अंतिम संस्कार में": the person named last before the pronoun (not before the
            # trigger, which would be an attendee)
            before = [r for r in mentions.refs[: mentions.count_before(tokens[first - 1].start)]]
            persons = [r.entity.id for r in before if r.entity.type == "PER"]
            targets = persons[-1:]
        else:
            # "मोदी के शपथ ग्रहण समारोह में": up to two plain words may stand between the genitive
            # and the venue noun
            for g in range(first - 1, max(lower, first - 4), -1):
                if tokens[g].text in self.genitive:
                    owner = self._mention_at(tokens, g - 1, lower, mentions) if g - 1 >= lower else None
                    targets = [owner.entity.id] if owner is not None else []
                    phrase = self._token_index(tokens, owner.start) if owner is not None else g
                    break
                named = mentions.overlapping(tokens[g].start, tokens[g].end)
                if tokens[g].text in self.postpositions or named:
                    break
        sources: list[str] = []
        span = (tokens[locative + 1].start, tokens[match.first].start)
        refs = [r for r in mentions.overlapping(*span) if span[0] <= r.start and r.end <= span[1]]
        for ref in refs:
            if ref.entity.type == "LOC" or ref.entity.id in targets:
                continue
            if any(o.start == ref.start and o.end < ref.end for o in refs):
                continue  # "कांग्रेस के सांसद" (a role of the party): the party itself is taken
            last = self._token_index(tokens, ref.end - 1)
            if self._attendee_ends(tokens, last + 1, match.first):
                sources.append(ref.entity.id)
            elif (
                last + 3 <= match.first
                and tokens[last + 1].text in self.genitive
                and not any(o.start == tokens[last + 2].start for o in refs)
                and self._attendee_ends(tokens, last + 3, match.first)
            ):
                sources.append(ref.entity.id)  # "कांग्रेस के सांसद और …": the party's members
        if not sources:  # "मोदी, किशनजी के अंतिम संस्कार में शामिल हुए": the subject before the venue
            sources = self._nominative(tokens, lower, phrase, mentions, exclude=set(targets)) or []
        sources = list(dict.fromkeys(sources))
        return self._build(match, tokens, index, mentions, sources, targets, reported=False, lower=lower)

    def _attendee_ends(self, tokens: list[Token], k: int, trigger: int) -> bool:
        """An attendee's phrase ends before token ``k``: a list goes on, or the trigger follows."""
        return (
            k >= trigger
            or tokens[k].text in self.conjunctions
            or tokens[k].text in self.inclusive
            or (tokens[k].text in self.emphatic_also and k + 1 >= trigger)
        )

    def _attendance_venue(self, tokens: list[Token], lower: int, trigger: int) -> tuple[int, int] | None:
        """(first word of the venue noun, index of its में) of the nearest "<venue> में" before the
        trigger in its clause, the venues of the pack's ``attendance_venues``."""
        for k in range(trigger - 1, lower, -1):
            if tokens[k].text not in self.locative:
                continue
            for venue in self.attendance_venues:
                first = k - len(venue)
                if first >= lower and tuple(_key(t.text) for t in tokens[first:k]) == venue:
                    return first, k
            return None  # the nearest में is some other place ("विधानसभा में नेता")
        return None

    def _agent_owner(
        self, tokens: list[Token], lower: int, agent_at: int, mentions: MentionIndex, exclude: set[str]
    ) -> list[str]:
        """The person or organisation in the genitive inside the agent's phrase before ने at ``agent_at``
        ("दिल्ली पुलिस की विशेष शाखा ने", or with a head noun right after the name: "कांग्रेस प्रतिनिधिमंडल
        ने"), else []. The agent's phrase starts after the act's target when
        that comes first ("तृणमूल के नेता X की अज्ञात बदमाशों ने हत्या कर दी": not X's party)."""
        refs = mentions.within(tokens[lower].start, tokens[agent_at].start)
        targets_end = max((ref.end for ref in refs if ref.entity.id in exclude), default=-1)
        for ref in refs:
            if ref.start < targets_end:
                continue
            last = self._token_index(tokens, ref.end - 1)
            following = tokens[last + 1].text if last + 1 < len(tokens) else ""
            if ref.entity.type not in ("PER", "ORG") or ref.entity.id in exclude:
                continue
            # "पुलिस के मुताबिक़ बंदूकधारी ने" (according to the police, a gunman): a compound
            # postposition's genitive names its own phrase, not the agent's owner
            head = tokens[last + 2].text if last + 2 < len(tokens) else ""
            if (
                following in self.genitive
                and head not in self.compound_heads
                and self._qualifies_agent(tokens, last, agent_at)
            ):
                return [ref.entity.id]
            if last + 2 == agent_at and (following in self.apposed_heads or following in self.agent_heads):
                # "भाजपा नेतृत्व ने", "कांग्रेस प्रतिनिधिमंडल ने": a head noun right after the name
                return [ref.entity.id]
        return []

    def _relative_antecedent(
        self,
        tokens: list[Token],
        lower: int,
        trigger: int,
        mentions: MentionIndex,
        pronouns: frozenset[str],
        exclude: list[str] | None = None,
    ) -> list[str]:
        """The antecedent of a relative pronoun of ``pronouns`` in ``[lower, trigger)``: the person or
        organisation named nearest before it in the sentence (a relative clause follows its head: "X के
        नेता Y, जिन्होंने" is Y; "… ने Y पर हमला बोला जिन्होंने" is Y). Limit: a nearer plain noun
        ("इशरत … छात्रा थीं जिन्हें") is not seen, so the nearest named actor stands for it."""
        at = next((k for k in range(trigger - 1, lower - 1, -1) if tokens[k].text in pronouns), None)
        if at is None or at == 0:
            return []
        for ref in reversed(mentions.within(tokens[0].start, tokens[at].start)):
            if ref.entity.type in ("PER", "ORG") and ref.entity.id not in (exclude or []):
                return [ref.entity.id]
        return []

    def _act_owner(
        self,
        tokens: list[Token],
        lower: int,
        trigger: int,
        mentions: MentionIndex,
        entry: LexEntry,
        exclude: set[str],
    ) -> list[str]:
        """A person, organisation or country in the genitive right before a trigger noun whose target is
        never a genitive ("माओवादियों का आरोप है कि", "विपक्ष की मांग है कि") owns the act: its agent. Where
        a genitive marks the target ("रूस की निंदा की"), it is the target, and this is []."""
        if trigger - 2 < lower or tokens[trigger - 1].text not in self.genitive:
            return []
        if any(marker in self.genitive for marker in entry.target):
            return []
        ref = self._mention_at(tokens, trigger - 2, lower, mentions)
        if ref is None or ref.entity.type not in ("PER", "ORG", "GPE") or ref.entity.id in exclude:
            return []
        return [ref.entity.id]

    def _possessive_agent(self, tokens: list[Token], lower: int, trigger: int, entry: LexEntry) -> bool:
        """A possessive pronoun right before a trigger noun whose target is never a genitive ("उनका आरोप
        है कि", "उसकी मांग है कि") owns the act: it names the agent. Where a genitive marks the target
        ("उनकी आलोचना की": criticised him), the possessive is the target and this is False."""
        if trigger - 1 < lower or tokens[trigger - 1].text not in self.possessive_pronouns:
            return False
        return not any(marker in self.genitive for marker in entry.target)

    def _build(
        self,
        match: _Match,
        tokens: list[Token],
        index: int,
        mentions: MentionIndex,
        sources: list[str],
        targets: list[str],
        reported: bool,
        lower: int,
    ) -> Candidate:
        entry = match.entry
        # an opinion (reported_only) was voiced: a negation inside it ("… अब नहीं चलेगी") is its content
        voiced = entry.intent or entry.reported_only
        cameo, status = entry.cameo, "occurred" if voiced else self._status(tokens, lower, match)
        if entry.reported_only and any(
            t.text in self.lex.status.hypothetical for t in tokens[lower : match.first]
        ):
            status = "hypothetical"  # "कहा कि अगर रोज़ यह दवा ली जाए तो …": a condition, nothing asked or held
        if self._appeal(tokens, match):
            cameo, status = self.lex.appeal_cameo, "occurred"
        if self._conditioned(tokens, lower, match.first):
            status = "hypothetical"
        if targets and sources:
            # "बशर अल असद की सीरियाई सरकार … इनकार करती है", "भाजपा की ओर से प्रवक्ता X ने … खंडन किया": the
            # owner of the source's own phrase, or the side it speaks for, is not the one acted on
            targets = [
                t
                for t in targets
                if not self._qualifies_source(t, sources, tokens, lower, match.first, mentions)
            ]
        return Candidate(
            cameo=cameo,
            trigger=Span(tokens[match.first].start, tokens[match.last].end),
            sentence=index,
            sources=[s for s in sources if s not in targets],
            targets=targets,
            status=status,
            confidence=entry.confidence,
            plover=entry.plover if cameo == entry.cameo else None,
            location=self._location(
                tokens[lower : self._clause_end(tokens, match.last)], mentions, set(targets) | set(sources)
            )
            or self._target_place(entry, targets, mentions),
            symmetric=entry.symmetric,
            mutual=entry.mutual,
            reported=reported,
            retrospective=self._retrospective(tokens, match),
        )

    def _qualifies_source(
        self,
        target: str,
        sources: list[str],
        tokens: list[Token],
        lower: int,
        trigger: int,
        mentions: MentionIndex,
    ) -> bool:
        """Every mention of ``target`` before the trigger is followed by a genitive or an agent phrase ("की
        ओर से", "की तरफ़ से") and then, after at most ``SOURCE_QUALIFIER_WORDS`` plain words (titles), by a
        mention of a source: the target only describes the source ("X की सरकार", "X की ओर से प्रवक्ता Y")."""
        if lower >= trigger:
            return False
        refs = mentions.within(tokens[lower].start, tokens[trigger].start)
        own = [ref for ref in refs if ref.entity.id == target]
        if not own:
            return False
        agent_at = self._agent_marker(tokens, lower, trigger)
        for ref in own:
            last = self._token_index(tokens, ref.end - 1)
            if agent_at is not None and self._fronted_object(tokens, last, agent_at, trigger):
                return False  # "रघुवीर की चरमपंथियों ने … हत्या कर दी": the object put before its agent
            after = last + 1
            if after < trigger and tokens[after].text in self.genitive:
                phrase = next(
                    (
                        p
                        for p in self.passive_agent_phrases
                        if tuple(t.text for t in tokens[after : after + len(p)]) == p
                    ),
                    None,
                )
                after += len(phrase) if phrase is not None else 1
            else:
                return False
            qualified = False
            for k in range(after, min(trigger, after + SOURCE_QUALIFIER_WORDS + 1)):
                source = self._mention_starting(tokens, k, mentions)
                if source is not None:
                    qualified = source in sources
                    break
                word = tokens[k].text
                if not word[:1].isalnum() or word in self.postpositions or word in self.boundaries:
                    break
            if not qualified:
                return False
        return True

    def _mention_starting(self, tokens: list[Token], k: int, mentions: MentionIndex) -> str | None:
        """The entity of a mention that starts at token ``k``, else None."""
        found = mentions.overlapping(tokens[k].start, tokens[k].end)
        return next((ref.entity.id for ref in found if ref.start == tokens[k].start), None)

    def _conditioned(self, tokens: list[Token], lower: int, first: int) -> bool:
        """The trigger at ``first`` is inside a clause a condition opener (``condition_openers``) begins,
        at most ``CONDITION_SPAN`` words before it with no comma, full stop or copula between ("जब तक
        इसराइल क़ैदियों को रिहा नहीं करता, संघर्ष विराम नहीं होगा": nobody released anyone; the appeal
        after the comma, "…, सरकार को बात नहीं करनी चाहिए", is made; "जब तक शरीर में ख़ून है हम लड़ाई
        जारी रखेंगे": the condition ends at its copula)."""
        if not self.condition_openers:
            return False
        for k in range(first - 1, max(lower, first - CONDITION_SPAN), -1):
            if tokens[k].text in (",", ".") or tokens[k].text in self.copulas:
                return False
            if (tokens[k - 1].text, tokens[k].text) in self.condition_openers:
                return True
        return False

    def _retrospective(self, tokens: list[Token], match: _Match) -> bool:
        """The verb group after the trigger has a completive "चुका" ("मुलाक़ात कर चुके हैं")."""
        for token in tokens[match.last + 1 : match.last + 1 + STATUS_WINDOW]:
            if token.text in self.boundaries or token.text in self.complementizers:
                return False
            if token.text in self.completives:
                return True
        return False

    def _spoken_appeal(self, tokens: list[Token], match: _Match) -> bool:
        """The act is asked for with "चाहिए" (should): by the modal after it, or as its own trigger."""
        entry = match.entry
        return self._appeal(tokens, match) or (entry.cameo == self.lex.appeal_cameo and entry.speech_suffices)

    def _appeal(self, tokens: list[Token], match: _Match) -> bool:
        after = [t.text for t in tokens[match.last + 1 : match.last + 1 + APPEAL_WINDOW]]
        for word in after:
            if word in self.boundaries or word in self.complementizers:
                return False
            if word in self.lex.status.appeal:
                return True
        return False

    def _nominal_agent(
        self, tokens: list[Token], lower: int, match: _Match, mentions: MentionIndex, exclude: set[str]
    ) -> list[str]:
        """The doer of a nominal act whose genitive names the one it is done to: a द्वारा-phrase ("पुलिस
        द्वारा X की गिरफ़्तारी") or, when the noun is the object of its own light verb करना ("सीबीआई ने X की
        गिरफ़्तारी की"), the agent of that verb; [] otherwise ("कांग्रेस ने X की गिरफ़्तारी का विरोध
        किया": the Congress arrested no one)."""
        agent = self._passive_agent(tokens, lower, match.first, mentions, exclude)
        if agent:
            return agent
        following = _key(tokens[match.last + 1].text) if match.last + 1 < len(tokens) else ""
        if following in self.lex.verb_groups.get("कर", frozenset()) and following not in self.nonfinite_do:
            return [a for a in self._agent_before(tokens, match.first, lower, mentions, exclude) or [] if a]
        return []

    def _possessor(
        self, tokens: list[Token], lower: int, trigger: int, mentions: MentionIndex, exclude: set[str]
    ) -> list[str]:
        """The agent of a nominal event: ``रूस के हमले`` (genitive) or ``रूसी आक्रमण`` (adjacent)."""
        for last in (trigger - 2, trigger - 1):
            if last < lower:
                continue
            if last == trigger - 2 and tokens[trigger - 1].text not in self.genitive:
                continue
            ref = self._mention_at(tokens, last, lower, mentions)
            if ref is not None and ref.entity.id not in exclude:
                return [ref.entity.id]
        return self._fronted_possessor(tokens, lower, trigger, mentions, exclude)

    def _fronted_possessor(
        self, tokens: list[Token], lower: int, trigger: int, mentions: MentionIndex, exclude: set[str]
    ) -> list[str]:
        """``अखिलेश यादव का भाजपा पर हमला``, ``रूस का यूक्रेन पर हमला`` (a headline's order): the possessor
        stands before the target phrase, the genitive right before the target's name and its marker
        (``पर``) right before the trigger."""
        if trigger - 2 < lower or _key(tokens[trigger - 1].text) not in self.fronted_markers:
            return []
        target = self._mention_at(tokens, trigger - 2, lower, mentions)
        if target is None:
            return []
        k = self._token_index(tokens, target.start)
        if k - 2 < lower or tokens[k - 1].text not in self.genitive:
            return []
        ref = self._mention_at(tokens, k - 2, lower, mentions)
        if ref is None or ref.entity.id in exclude or ref.entity.id == target.entity.id:
            return []
        return [ref.entity.id]

    # ------------------------------------------------------------------ arguments
    def _mention_at(
        self, tokens: list[Token], end_token: int, lower: int, mentions: MentionIndex
    ) -> MentionRef | None:
        """The entity mention ending exactly at token ``end_token`` (inclusive)."""
        if end_token < lower:
            return None
        ref = mentions.ending_before(tokens[end_token].end, tokens[lower].start)
        return ref if ref is not None and ref.end == tokens[end_token].end else None

    def _token_index(self, tokens: list[Token], offset: int) -> int:
        for i, token in enumerate(tokens):
            if token.start <= offset < token.end:
                return i
        return 0

    def _np_mentions(
        self, tokens: list[Token], last: int, lower: int, mentions: MentionIndex
    ) -> list[str] | None:
        """Entities of the noun phrase ending at token ``last``, following coordination backwards
        (``चीन और रूस``; ``उन्होंने और … पुतिन`` gives the speaker marker ``@pronoun``)."""
        j = last
        if j >= lower and tokens[j].text == ")" and self._mention_at(tokens, j, lower, mentions) is None:
            # "विदेश मंत्रालय (MEA) ने": the name before the parenthesis
            while j >= lower and tokens[j].text != "(":
                j -= 1
            j -= 1
        ids: list[str] = []
        # a conjunction word ("और") links the names read so far (also one right after the phrase: "A, B
        # और <unnamed> को", a list whose last conjunct names no entity)
        following = tokens[last + 1].text if last + 1 < len(tokens) else ""
        # "A, B समेत 21 अधिकारियों पर" (A, B and 19 more): समेत/सहित closes a list as और does
        joined = (following in self.conjunctions and following != ",") or following in self.inclusive
        via_conjunction = False  # j stands right before a list's conjunction
        while j >= lower:
            owned = self._owned_party(tokens, j, lower, mentions)
            if tokens[j].text in self.pronouns:
                ids.append("@pronoun")
                first = j
            elif owned is not None:  # "इमरान ख़ान की पार्टी": the party he belongs to
                ids.append(owned[0])
                first = owned[1]
            else:
                ref = self._mention_at(tokens, j, lower, mentions)
                if ref is None and ids and via_conjunction:
                    # "ए राजा, <a name no finder knows> और सुरेश कलमाड़ी को": a list goes on past a conjunct
                    # that names no entity when a named conjunct stands before it
                    earlier = self._unnamed_conjunct(tokens, j, lower, mentions)
                    if earlier is not None:
                        j = earlier
                        continue
                if ref is None:
                    if ids or j != last:
                        break
                    # "फाम मिन्ह चीन्ह और उनकी पत्नी ने": a non-entity conjunct; look past it (also
                    # "ओबामा समेत कई राजनेताओं ने": the group includes the one named before समेत)
                    conj = next(
                        (
                            k
                            for k in range(j - 1, max(lower, j - 3) - 1, -1)
                            if tokens[k].text in self.conjunctions or tokens[k].text in self.inclusive
                        ),
                        None,
                    )
                    if conj is None or conj - 1 < lower:
                        break
                    # "A, B समेत कई नेताओं ने": the names before समेत are a list
                    joined = joined or tokens[conj].text in self.inclusive
                    j = conj - 1
                    continue
                ids.append(ref.entity.id)
                first = self._title_start(tokens, self._token_index(tokens, ref.start), lower, mentions)
            conj = next(
                (
                    k
                    for k in range(first - 1, max(lower, first - 4) - 1, -1)
                    if tokens[k].text in self.conjunctions
                    or tokens[k].text in self.postpositions
                    or tokens[k].text in self.boundaries
                    or tokens[k].text in self.inclusive
                ),
                None,
            )
            if (
                first - 1 >= lower
                and tokens[first].text not in self.titles  # "पार्टी महासचिव प्रकाश करात": the title's owner
                and self._mention_at(tokens, first - 1, lower, mentions) is not None
            ):
                # "अमरीका, ब्रिटेन और फ़्रांस सीरिया पर हमला …": a name right before this one is another
                # phrase (the subject), and the list before it is that phrase's, not this one's
                break
            held = first - 1 > lower and tokens[first - 1].text in self.former_holders
            if conj is None and joined and held:
                # "A, उस समय पुलिस अधीक्षक रहे B समेत …": a conjunct described by the post it held
                conj = self._described_conjunct(tokens, first - 1, lower, mentions)
            if conj is not None and joined and tokens[conj].text in self.genitive:
                # "A, नरमपंथी धड़े के प्रमुख B और C ने": a conjunct described by a genitive phrase of its
                # own; the list goes on at the comma before that phrase when a name ends there
                conj = self._described_conjunct(tokens, conj, lower, mentions)
            if conj is not None and tokens[conj].text in self.inclusive:
                # "A, B समेत 21 पुलिस अधिकारियों पर" (a named group): the names before समेत belong too
                joined = True
                j = conj - 1
                continue
            if conj is not None and tokens[conj].text in self.conjunctions:
                if tokens[conj].text == "," and not joined:
                    # "जर्मनी, (रूसी) राष्ट्रपति के …": a comma alone sets off a topic; a list of
                    # names ends in a conjunction word ("चीन, रूस और भारत")
                    break
                joined = joined or tokens[conj].text != ","
                j = conj - 1  # "ट्रंप और रूसी राष्ट्रपति पुतिन": titles may stand between
                via_conjunction = conj == first - 1
                continue
            break
        if not ids:
            return None
        return list(dict.fromkeys(reversed(ids)))

    def _unnamed_conjunct(
        self, tokens: list[Token], j: int, lower: int, mentions: MentionIndex
    ) -> int | None:
        """Index of the last token of the named conjunct before an unnamed one that ends at token ``j``
        ("A, <B> और C": B of at most ``UNNAMED_CONJUNCT_WORDS`` plain words, a comma or conjunction word
        before it, a name before that); None when the words are no plain conjunct or no name precedes."""
        for k in range(j, max(lower, j - UNNAMED_CONJUNCT_WORDS) - 1, -1):
            word = tokens[k].text
            if (
                not word[:1].isalnum()
                or word in self.postpositions
                or word in self.boundaries
                or word in self.pronouns
                or word in self.conjunctions
            ):
                return None
            separator = k - 1
            if separator - 1 >= lower and tokens[separator].text in self.conjunctions:
                named = self._mention_at(tokens, separator - 1, lower, mentions)
                return separator - 1 if named is not None else None
        return None

    def _described_conjunct(
        self, tokens: list[Token], genitive: int, lower: int, mentions: MentionIndex
    ) -> int | None:
        """The comma before the genitive describer ending at token ``genitive`` ("…, नरमपंथी धड़े के
        प्रमुख B"), when a name ends right before that comma and only plain words stand between; else
        None."""
        for k in range(genitive - 1, max(lower, genitive - 1 - DESCRIBER_SPAN) - 1, -1):
            word = tokens[k].text
            if word == ",":
                named = k - 1 >= lower and self._mention_at(tokens, k - 1, lower, mentions) is not None
                return k if named and k < genitive - 1 else None
            if not word[:1].isalnum() or word in self.postpositions or word in self.conjunctions:
                return None
        return None

    def _owned_party(
        self, tokens: list[Token], last: int, lower: int, mentions: MentionIndex
    ) -> tuple[str, int] | None:
        """``X की पार्टी`` (X's party) ending at token ``last``: the party entity of this document that
        the knowledge base names as the organisation of one of person X's roles, and the index of the
        phrase's first word; None when X is no person, has no such party, or the party is not named in
        the document (an entity is never made up here)."""
        if tokens[last].text not in self.party_nouns or last - 2 < lower:
            return None
        if tokens[last - 1].text not in self.genitive:
            return None
        ref = self._mention_at(tokens, last - 2, lower, mentions)
        if ref is None or ref.entity.type != "PER" or not ref.entity.kb_id:
            return None
        actor = self.kb.get(ref.entity.kb_id)
        if actor is None:
            return None
        orgs = {role.org for role in actor.roles if role.org}
        parties = [
            e.id
            for e in mentions.by_id.values()
            if e.type == "ORG" and e.sector in PARTY_SECTORS and e.name in orgs
        ]
        if len(parties) != 1:
            return None
        first = self._title_start(tokens, self._token_index(tokens, ref.start), lower, mentions)
        return parties[0], first

    def _title_start(self, tokens: list[Token], first: int, lower: int, mentions: MentionIndex) -> int:
        """Token index where the title phrase before a name starting at ``first`` begins ("मॉरीशस के
        प्रधानमंत्री X", "अमेरिकी विदेश मंत्री X"); ``first`` when no title word stands before it."""
        k = first
        while k - 1 >= lower and tokens[k - 1].text in self.titles:
            k -= 1
            word = tokens[k - 1].text if k - 1 >= lower else ""
            if (
                k < first
                and word[:1].isalnum()
                and not self._mention_at(tokens, k - 1, lower, mentions)
                and not (word in self.postpositions or word in self.conjunctions or word in self.boundaries)
                and match_key(word) not in self.demonyms
            ):
                k -= 1  # the first word of a two-word title ("विदेश मंत्री")
        if k == first and not (k - 2 >= lower and tokens[k - 1].text in self.genitive):
            return first  # (a name may have an owner without a title: "जेकेएलएफ के यासीन मलिक")
        if k < first and k - 1 >= lower and match_key(tokens[k - 1].text) in self.demonyms:
            return k - 1
        if k - 2 >= lower and tokens[k - 1].text in self.genitive:
            owner = self._mention_at(tokens, k - 2, lower, mentions)
            if owner is not None:
                return self._token_index(tokens, owner.start)
            # "… और राष्ट्रीय लोकदल के नेता X": an owner the linker did not find, of a few plain words
            j = k - 1
            while j - 1 >= max(lower, k - 1 - OWNER_WORDS) and self._plain_word(tokens[j - 1], mentions):
                j -= 1
            if j < k - 1:
                return j
        return k

    def _quoted_name(self, tokens: list[Token], close: int, lower: int, mentions: MentionIndex) -> list[str]:
        """The entity whose mention is the whole quoted text ending at the quote mark ``close``: a
        quoted name as the agent ("मैगज़ीन 'द इकनॉमिस्ट' ने"); none when the quotes hold more than
        one name ("'द फ़्रेंड्स ऑफ़ ब्लेककाथ्रा' ने" names an organisation, not the mountain in it)."""
        for q in range(close - 1, max(lower, close - 10) - 1, -1):
            if tokens[q].text in _QUOTES:
                if q + 1 >= close:
                    return []
                start, end = tokens[q + 1].start, tokens[close - 1].end
                whole = [r.entity.id for r in mentions.within(start, end) if (r.start, r.end) == (start, end)]
                return whole[:1]
        return []

    def _agent_before(
        self,
        tokens: list[Token],
        before: int,
        lower: int,
        mentions: MentionIndex,
        exclude: set[str] | None = None,
    ) -> list[str] | None:
        """Entities before the last agent marker (ने) in ``[lower, before)``; ``[]`` when the agent is
        not an entity; ``None`` when there is no agent marker."""
        for j in range(before - 1, lower - 1, -1):
            if tokens[j].text in self.agent_markers:
                pair = self._pair_at(tokens, j - 1, lower)
                if pair is not None:  # "दोनों नेताओं ने"
                    return [pair]
                ids = self._np_mentions(tokens, j - 1, lower, mentions) or []
                if not ids and j - 2 >= lower and tokens[j - 1].text in _QUOTES:
                    ids = self._quoted_name(tokens, j - 1, lower, mentions)
                if (
                    not ids
                    and j - 1 >= lower
                    and tokens[j - 1].text in self.titles
                    and not self._qualified_title(tokens, j - 1, lower, mentions)
                ):
                    # "राष्ट्रपति ने": a title alone refers back to its holder; the linker found no one
                    # here holding it, so the last person named stands in only when no office of his
                    # is known (one who holds another office is not the holder of this one)
                    ids = ["@pronoun"] if self._last_person_officeless(tokens[j].start, mentions) else []
                group = tokens[j - 1].text if j - 2 >= lower else ""
                if not ids and group in self.group_nouns and tokens[j - 2].text in self.demonstratives:
                    ids = [f"@group:{self.group_nouns[group]}"]  # "इन पार्टियों ने": resolved later
                if not ids and j - 1 >= lower and self._bare_noun(tokens, j - 1, lower):
                    ids = self._head_antecedent(tokens, j - 1, mentions)  # "आयोग ने": the commission
                return [i for i in ids if i not in (exclude or set())]
            if tokens[j].text in self.pronouns:
                return ["@pronoun"]
        return None

    def _bare_noun(self, tokens: list[Token], k: int, lower: int) -> bool:
        """Token ``k`` is a noun phrase of its own: first in the clause or after a demonstrative
        ("आयोग ने", "इस आयोग ने"), not a pronoun, title or group noun (those have rules of their own)."""
        word = tokens[k].text
        if not word[:1].isalnum() or word in self.pronouns or word in self.titles or word in self.group_nouns:
            return False
        if word in self.postpositions or word in self.demonstratives:
            return False
        return k == lower or tokens[k - 1].text in self.demonstratives or not tokens[k - 1].text[:1].isalnum()

    def _head_antecedent(self, tokens: list[Token], k: int, mentions: MentionIndex) -> list[str]:
        """A bare noun (token ``k``) as the agent refers back to the organisation named last (at most
        ``HEAD_LOOKBACK`` mentions back) whose name, of two words or more, ends in that noun: "आयोग ने"
        after "मानवाधिकार आयोग", "बोर्ड ने" after "शिया वक़्फ़ बोर्ड"; failing that, a noun for a kind of
        body ("कंपनी ने") the organisation of that kind named last; [] when none does."""
        head = _key(tokens[k].text)
        before = mentions.count_before(tokens[k].start)
        for n in range(before - 1, max(-1, before - HEAD_LOOKBACK - 1), -1):
            ref = mentions.refs[n]
            if ref.entity.type != "ORG":
                continue
            text = next((m.text for m in ref.entity.mentions if m.start == ref.start), "")
            words = text.split()
            if len(words) >= 2 and _key(words[-1]) == head:
                return [ref.entity.id]
        return self._last_body(tokens[k].text, tokens[k].start, mentions)

    def _last_body(self, noun: str, position: int, mentions: MentionIndex) -> list[str]:
        """The organisation of the kind (sector) that ``noun`` names ([words] body_nouns_<SECTOR>)
        mentioned last before ``position``, anywhere before in the article (a story names the company
        it is about once or twice, and the other bodies in between are of other kinds); [] for another
        noun or when none is."""
        sectors = self.body_nouns.get(noun)
        if not sectors:
            return []
        for n in range(mentions.count_before(position) - 1, -1, -1):
            entity = mentions.refs[n].entity
            if entity.type == "ORG" and entity.sector in sectors:
                return [entity.id]
        return []

    @staticmethod
    def _last_person_officeless(position: int, mentions: MentionIndex) -> bool:
        """The person mentioned last before ``position`` has no known office (roles)."""
        last = None
        for ref in mentions.refs:
            if ref.start >= position:
                break
            if ref.entity.type == "PER":
                last = ref.entity
        return last is not None and not last.roles

    def _participle_agent(
        self, tokens: list[Token], last: int, mentions: MentionIndex, exclude: set[str]
    ) -> list[str] | None:
        """``X का स्वागत करते हुए Y ने कहा``: a "-ते हुए" participial clause shares the agent (ने) of the
        main clause that follows it."""
        for k in range(last + 1, min(len(tokens), last + 1 + PARTICIPLE_WINDOW)):
            word = tokens[k].text
            if word in self.boundaries or word in self.complementizers:
                return None
            if word not in self.participle_markers or not tokens[k - 1].text.endswith(
                self.participle_endings
            ):
                continue
            for m in range(k + 1, len(tokens)):
                if tokens[m].text in self.boundaries or tokens[m].text in self.complementizers:
                    return None
                if tokens[m].text in self.agent_markers:
                    ids = [
                        i for i in self._np_mentions(tokens, m - 1, k + 1, mentions) or [] if i not in exclude
                    ]
                    return [i for i in ids if i != "@pronoun"] or None
            return None
        return None

    def _qualified_title(self, tokens: list[Token], title: int, lower: int, mentions: MentionIndex) -> bool:
        """The title ending at token ``title`` names its country or organisation ("अमेरिकी विदेश मंत्री",
        "रूस के राष्ट्रपति"): an office of its own, which the linker did not give to anyone named before,
        so it does not refer back to the last agent (who may be of another country)."""
        demonyms = self.demonyms
        for k in range(title - 1, max(lower, title - 4) - 1, -1):
            word = tokens[k].text
            if match_key(word) in demonyms:
                return True
            if word in self.genitive:
                return self._mention_at(tokens, k - 1, lower, mentions) is not None
            if (
                word in self.postpositions
                or word in self.boundaries
                or word in self.conjunctions
                or word in self.complementizers
                or not word[:1].isalnum()
            ):
                return False
        return False

    def _passive_agent(
        self, tokens: list[Token], lower: int, trigger: int, mentions: MentionIndex, exclude: set[str]
    ) -> list[str] | None:
        """``X, Y और Z द्वारा …``: the agent of a passive or participial construction."""
        for j in range(trigger - 1, lower, -1):
            end = j - 1
            if tokens[j].text not in self.passive_agent_markers:
                here = tuple(t.text for t in tokens[j : j + 3])
                phrase = next((p for p in self.passive_agent_phrases if here[: len(p)] == p), None)
                if phrase is None or j + len(phrase) > trigger:
                    continue
            elif end > lower and tokens[end].text in self.genitive:
                end -= 1  # "सेना के द्वारा … हटाए जाने": the genitive of the compound "के द्वारा"
            ids = [i for i in self._np_mentions(tokens, end, lower, mentions) or [] if i not in exclude]
            return ids or None
        return None

    def _source_marked(
        self,
        tokens: list[Token],
        lower: int,
        trigger: int,
        mentions: MentionIndex,
        markers: tuple[str, ...],
        exclude: list[str],
    ) -> list[str]:
        """The organisation directly followed by one of ``markers`` nearest before the trigger."""
        if lower >= trigger:
            return []
        for ref in reversed(mentions.within(tokens[lower].start, tokens[trigger].start)):
            last = self._token_index(tokens, ref.end - 1)
            following = tokens[last + 1].text if last + 1 < len(tokens) else ""
            if ref.entity.type == "ORG" and following in markers and ref.entity.id not in exclude:
                return [ref.entity.id]
        return []

    def _followed_by(self, tokens: list[Token], after: int, words: tuple[str, ...], gap: int = 0) -> bool:
        """True when the word sequence ``words`` starts within ``gap`` filler tokens after ``after``."""
        n = len(words)
        for skip in range(gap + 1):
            k = after + 1 + skip
            found = tuple(t.text for t in tokens[k : k + n])
            # "के खिलाफ़" / "के ख़िलाफ": one spelling of a marker stands for its nukta variants
            if found == words or (len(found) == n and tuple(map(_key, found)) == tuple(map(_key, words))):
                return all(
                    tokens[m].text not in self.postpositions and tokens[m].text not in self.boundaries
                    for m in range(after + 1, k)
                )
        return False

    def _agent_marker(self, tokens: list[Token], lower: int, trigger: int) -> int | None:
        """Token index of the last agent marker (ने) in ``[lower, trigger)``, else None."""
        return next(
            (j for j in range(trigger - 1, lower - 1, -1) if tokens[j].text in self.agent_markers), None
        )

    def _target(
        self,
        tokens: list[Token],
        lower: int,
        trigger: int,
        entry: LexEntry,
        mentions: MentionIndex,
        agent_at: int | None = None,
    ) -> list[str]:
        """The target: the entity before one of the entry's postpositions (module docstring). A genitive
        before the agent marker qualifies the agent ("ईरान के विदेश मंत्रालय के प्रवक्ता X ने … खारिज
        किया", "राज्य के मुख्यमंत्री X ने हमले की निंदा की"), so it is never the target; failing a direct
        hit, the possessor of the marked noun is ("X के एक काफिले पर हमला")."""
        if "@condition" in entry.target:
            lower = 0  # the condition is a clause of its own before the trigger
        if lower >= trigger:
            return []
        refs = mentions.within(tokens[lower].start, tokens[trigger].start)
        for possessor in (False, True):
            for marker in entry.target:
                words = tuple(marker.split())
                if possessor and (marker.startswith("@") or marker in self.genitive):
                    continue
                for ref in reversed(refs):
                    if entry.target_types and ref.entity.type not in entry.target_types:
                        continue
                    if ref.entity.type == "LOC" and not ref.entity.kb_id and "LOC" not in entry.target_types:
                        # a building or landform the mention finder named ("बाबरी मस्जिद"): no actor, only
                        # the target of an act on places (a visit: target_types)
                        continue
                    last = self._token_index(tokens, ref.end - 1)
                    if (
                        agent_at is not None
                        and last < agent_at
                        and (possessor or words[0] in self.genitive)
                        and self._qualifies_agent(tokens, last, agent_at)
                        and (possessor or not self._fronted_object(tokens, last, agent_at, trigger))
                    ):
                        continue
                    owned = None
                    if last + 2 < trigger and not possessor and not marker.startswith("@"):
                        owned = self._owned_party(tokens, last + 2, lower, mentions)
                    if owned is not None:
                        # "भाजपा ने अखिलेश यादव की पार्टी की आलोचना की": the party, not its member
                        if self._followed_by(tokens, last + 2, words):
                            return [owned[0]]
                        continue
                    if (
                        not possessor
                        and words[0] in self.genitive
                        and self._owns_unmarked(tokens, last, trigger)
                    ):
                        continue  # "पटना के कुछ छात्र इन तस्वीरों का विरोध …": Patna owns the subject
                    if (
                        self._possessed_before(tokens, last, words, trigger)
                        if possessor
                        else self._marked(tokens, ref, last, marker, trigger, mentions)
                    ):
                        best = self._np_mentions(tokens, last, lower, mentions) or [ref.entity.id]
                        return [b for b in best if b != "@pronoun"]
        return self._bare_party_target(tokens, lower, trigger, entry, mentions) or self._pronoun_target(
            tokens, lower, trigger, entry
        )

    def _owns_unmarked(self, tokens: list[Token], last: int, trigger: int) -> bool:
        """The name ending at token ``last`` is followed by a genitive and a noun phrase that a demonstrative
        after it closes with no postposition ("पटना के कुछ छात्र इन तस्वीरों का …"): the name owns a plain
        subject, not the act's object; a demonstrative right after the genitive ("रूस के इस हमले की")
        belongs to the owned phrase itself."""
        k = last + 1
        if k >= trigger or tokens[k].text not in self.genitive:
            return False
        for j in range(k + 2, min(trigger, k + 1 + OWNED_PHRASE_WORDS)):
            word = tokens[j].text
            if word in self.postpositions or not word[:1].isalnum():
                return False
            if word in self.demonstratives or word in self.thing_demonstratives:
                return True
        return False

    def _bare_party_target(
        self, tokens: list[Token], lower: int, trigger: int, entry: LexEntry, mentions: MentionIndex
    ) -> list[str]:
        """ "उन्होंने पार्टी (नेतृत्व) की आलोचना की": a bare party noun (no owner before it) carrying a
        target marker is the party the story named last (the speaker's own, as a rule), and a bare noun
        for another kind of body ("कंपनी पर") the organisation of that kind named last; [] when none."""
        if entry.target_types and "ORG" not in entry.target_types:
            return []
        for k in range(max(lower, trigger - PRONOUN_WINDOW), trigger):
            if tokens[k].text not in self.party_nouns and tokens[k].text not in self.body_nouns:
                continue
            before = tokens[k - 1].text if k > lower else ""
            # a body noun may also follow another phrase's postposition ("रिपोर्ट में कंपनी पर"), not a genitive
            after_phrase = tokens[k].text in self.body_nouns and before in self.postpositions
            if not (
                self._bare_noun(tokens, k, lower)
                or before in self.pronouns
                or before in self.agent_markers
                or (after_phrase and before not in self.genitive)
            ):
                continue  # "किसी भी पार्टी का", "X की पार्टी का": not the party named last
            if mentions.overlapping(tokens[k].start, tokens[k].end):
                continue  # "समाजवादी पार्टी": part of a name
            at = k + 1 if k + 1 < trigger and self._apposed_head(tokens, k + 1, mentions) else k
            for marker in entry.target:
                if not marker.startswith("@") and self._followed_by(tokens, at, tuple(marker.split())):
                    if tokens[k].text in self.body_nouns:  # "कंपनी पर सवाल": the company named last
                        return self._last_body(tokens[k].text, tokens[k].start, mentions)
                    return self._last_party(tokens[k].start, mentions)
        return []

    @staticmethod
    def _last_party(position: int, mentions: MentionIndex) -> list[str]:
        """The political party mentioned last before ``position`` (``HEAD_LOOKBACK`` mentions back)."""
        before = mentions.count_before(position)
        for n in range(before - 1, max(-1, before - HEAD_LOOKBACK - 1), -1):
            entity = mentions.refs[n].entity
            if entity.type == "ORG" and entity.sector in PARTY_SECTORS:
                return [entity.id]
        return []

    def _on_authority(self, tokens: list[Token], k: int) -> bool:
        """Tokens ``k`` and ``k + 1`` read "आदेश पर", "इशारे से": on someone's orders (after a genitive)."""
        return (
            k + 1 < len(tokens)
            and tokens[k].text in self.authority_nouns
            and tokens[k + 1].text in self.authority_markers
        )

    def _next_agent(self, tokens: list[Token], last: int, mentions: MentionIndex) -> list[str]:
        """The entities of the agent (before ने) of the clause after token ``last`` ("X के आदेश पर … सीबीआई
        ने …": the CBI); [] when the clause has none before a clause boundary."""
        for j in range(last + 1, len(tokens)):
            if tokens[j].text in self.boundaries or tokens[j].text in self.complementizers:
                return []
            if tokens[j].text in self.agent_markers:
                ids = self._np_mentions(tokens, j - 1, last + 1, mentions) or []
                return [i for i in ids if not i.startswith("@")]
        return []

    def _unnamed_marked(self, tokens: list[Token], lower: int, trigger: int, entry: LexEntry) -> bool:
        """A target postposition of the entry stands within ``MARKER_WINDOW`` words before the trigger
        after a noun ("राज्य शासन पर ये आरोप है"), not after a demonstrative of a thing ("इस पर": on this)."""
        markers = {m for m in entry.target if not m.startswith("@") and " " not in m}
        for k in range(max(lower + 1, trigger - MARKER_WINDOW), trigger):
            if tokens[k].text in markers and tokens[k - 1].text not in self.thing_demonstratives:
                return tokens[k - 1].text[:1].isalnum()
        return False

    def _inside_target(self, tokens: list[Token], match: _Match, mentions: MentionIndex) -> list[str]:
        """``पर्यवेक्षकों को पाकिस्तान भेजने`` (to send observers to Pakistan): a bare entity between the
        trigger noun and its light verb, of the entry's target types, is where the act goes."""
        if match.last - match.first < 2:
            return []
        types = match.entry.target_types
        for ref in mentions.within(tokens[match.first + 1].start, tokens[match.last].start):
            last = self._token_index(tokens, ref.end - 1)
            if (not types or ref.entity.type in types) and last + 1 == match.last:
                return [ref.entity.id]
        return []

    def _pronoun_target(self, tokens: list[Token], lower: int, trigger: int, entry: LexEntry) -> list[str]:
        """``उन पर आरोप है``, ``उन्हें गिरफ़्तार किया गया``: a person pronoun as the target (resolved to
        the person the story is about by the coder); only the pronouns of the pack's lists, as
        demonstratives (इस, उस) mostly point at things."""
        if entry.target_types and "PER" not in entry.target_types:
            return []
        for marker in entry.target:
            if marker.startswith("@"):
                continue
            words = tuple(marker.split())
            for k in range(max(lower, trigger - PRONOUN_WINDOW), trigger):
                if tokens[k].text in self.object_pronouns and self._followed_by(tokens, k, words):
                    return ["@pronoun"]
                if words == ("को",) and tokens[k].text in self.dative_pronouns:
                    return ["@pronoun"]
                if (
                    len(words) > 1
                    and words[0] in self.genitive
                    and tokens[k].text in self.possessive_pronouns
                    and tokens[k].text.endswith(words[0])
                    and self._followed_by(tokens, k, words[1:])
                    and not self._plural_antecedent(tokens, k)
                ):
                    # "भाजपा ने उनके ख़िलाफ़ प्रदर्शन किया": the pronoun holds the genitive of a compound
                    # postposition ("के ख़िलाफ़", "के विरुद्ध"), the person named before is the target
                    return ["@pronoun"]
                if (
                    len(words) == 1
                    and entry.agent != "none"  # "उनकी रिहाई": a nominal act named with no doer
                    and words[0] in self.genitive
                    and k == trigger - 1
                    and tokens[k].text in self.person_possessives
                    and tokens[k].text.endswith(words[0])
                    and not self._plural_antecedent(tokens, k)
                    and not any(t.text in self.correlative_cues for t in tokens[:k])
                ):
                    # "वे उनके इस्तीफ़े की मांग कर रहे थे": right before a trigger noun whose genitive is
                    # its target, the possessive is the one acted on (his resignation); only the
                    # honorific/plural उन- forms (उसका mostly points at a thing), and not after a relative
                    # or a first-person word ("जो लोग … कर रहे हैं मैं उनकी तारीफ़ करती हूँ": those people)
                    return ["@pronoun"]
            if (
                len(words) == 1
                and lower + 1 < trigger
                and tokens[lower].text in self.object_pronouns
                and self._followed_by(tokens, lower, words)
                and not any(t.text == words[0] for t in tokens[lower + 2 : trigger])
            ):
                # "उन पर 'इशरत जहां फ़र्ज़ी मुठभेड़' मामले में सच्चाई छिपाने का आरोप लगा": a clause-initial
                # pronoun phrase is the target however far the trigger, when no other such phrase is between
                # (find_all keeps it only when a person is named just before: _far_pronoun_named)
                self._far_pronouns.add(tokens[lower].start)
                return ["@pronoun"]
            if words == ("को",) and self._fronted_dative(tokens, lower, trigger):
                return ["@pronoun"]
        for marker in entry.target:
            words = tuple(marker.split())
            if marker.startswith("@") or words[0] in self.genitive or words in (("को",), ("से",)):
                # "उनके भाई को गिरफ़्तार किया": a को-object is a person of its own; "उनके शोध से … बात":
                # से after a thing is "from", no partner
                continue
            for k in range(max(lower, trigger - PRONOUN_WINDOW - COORDINATED_OWNED_WORDS), trigger):
                # "सीबीआई ने उनके घर पर छापे मारे": the owner of the place acted on, as with a name
                if tokens[k].text in self.possessive_pronouns and self._possessed_before(
                    tokens, k - 1, words, trigger, genitive=False
                ):
                    return ["@pronoun"]
        return []

    def _plural_antecedent(self, tokens: list[Token], pronoun: int) -> bool:
        """A plural noun in the oblique ("पुलिस अफ़सरों के …", ``plural_oblique_endings``) stands before the
        pronoun at token ``pronoun`` in its run, not as the ने-agent (a pronoun never stands for its own
        clause's subject): "उनके ख़िलाफ़" may mean those people, not the person named last."""
        return any(
            t.text.endswith(self.plural_oblique_endings)
            and len(t.text) > 3
            and (k + 1 >= len(tokens) or tokens[k + 1].text not in self.agent_markers)
            for k, t in enumerate(tokens[:pronoun])
        )

    def _fronted_dative(self, tokens: list[Token], lower: int, trigger: int) -> bool:
        """A dative pronoun opening the clause, its agent (ने) after it, is the object of the clause's
        verb however far away that stands, when no other को-phrase comes between ("उन्हें अमरीकी सुरक्षा
        बलों ने 2003 में गिरफ़्तार किया था")."""
        if lower >= trigger or tokens[lower].text not in self.dative_pronouns:
            return False
        between = [t.text for t in tokens[lower + 1 : trigger]]
        return any(w in self.agent_markers for w in between) and not any(w in self.dative for w in between)

    def _marked(
        self,
        tokens: list[Token],
        ref: MentionRef,
        last: int,
        marker: str,
        trigger: int,
        mentions: MentionIndex | None = None,
    ) -> bool:
        """The entity ``ref`` (ending at token ``last``) carries the target marker ``marker``."""
        if marker == "@bare":
            return last == trigger - 1
        if marker == "@condition":
            # "यदि हमास … नहीं करता है, तो …": the subject of the condition
            first = self._token_index(tokens, ref.start)
            return first > 0 and tokens[first - 1].text in self.lex.status.hypothetical
        words = tuple(marker.split())
        inclusive = last + 1 < trigger and (
            tokens[last + 1].text in self.inclusive
            # "बदी और अन्य पर … का आरोप है" (Badie and others): the postposition marks X too
            or (
                last + 2 < trigger
                and tokens[last + 1].text in self.conjunctions
                and tokens[last + 2].text in self.and_others
            )
        )
        gap = INCLUSIVE_GAP if inclusive else POSTPOSITION_GAP if words[0] in self.fillers else 0
        hit = self._followed_by(tokens, last, words, gap)
        after = last + 1 + len(words)
        if (
            hit
            and len(words) == 1
            and after < len(tokens)
            and after != trigger  # "X का साथ दिया": the head word is the trigger's own
            and tokens[after].text in self.compound_heads
        ):
            return False  # "X के अनुसार", "X के बाद"
        if hit and words[0] in self.genitive and after < trigger and self._on_authority(tokens, after):
            return False  # "X के आदेश पर … जाँच": X ordered it, X is not investigated
        if hit and words[0] in self.genitive and self._in_statement(tokens, after, trigger):
            return False  # "X के प्रस्ताव में Y की निंदा की गई": X's resolution condemns, X is not condemned
        if (
            hit
            and words[0] in self.genitive
            and after + 1 < trigger
            and tokens[after].text[:1].isalnum()
            and tokens[after + 1].text in self.instrumental
            and tuple(t.text for t in tokens[last + 1 : after + 2]) not in self.passive_agent_phrases
        ):
            # "अमरीका के सहयोग से … मदद की": by means of X's help, X is not helped ("X की ओर से हुए
            # हमलों को मुद्दा बनाया" names the doer of the acts: it stays)
            return False
        if not hit and tokens[last + 1 : last + 2] and tokens[last + 1].text == ")":
            hit = self._followed_by(tokens, last + 1, words)
        if not hit and last + 2 < trigger and self._apposed_head(tokens, last + 1, mentions):
            hit = self._followed_by(tokens, last + 1, words)  # "भाजपा नेतृत्व के खिलाफ", "तिकरित शहर पर"
        if not hit and words[0] not in self.genitive:
            hit = self._unnamed_conjunct_marked(tokens, last, trigger, words, mentions)
        if hit and words == ("को",) and self._nearer_dative(tokens, last, trigger):
            # "X को मामला सौंपे जाने के अगले दिन पाँच लोगों को गिरफ्तार किया गया": the को-phrase nearest
            # the verb is its object; X's belongs to the non-finite clause before it
            return False
        return hit

    def _statement_owner(
        self, tokens: list[Token], lower: int, trigger: int, mentions: MentionIndex, exclude: set[str]
    ) -> list[str]:
        """The entity whose statement the trigger's clause cites before it ("X के प्रस्ताव/बयान में"): the
        one who says what the passive or agentless clause tells; [] when there is none."""
        for k in range(lower + 1, trigger - 1):
            if tokens[k].text in self.genitive and self._in_statement(tokens, k + 1, trigger):
                ref = self._mention_at(tokens, k - 1, lower, mentions)
                if ref is not None and ref.entity.id not in exclude:
                    return [ref.entity.id]
        return []

    def _in_statement(self, tokens: list[Token], k: int, trigger: int) -> bool:
        """Token ``k`` (after a genitive) opens "<statement noun> में" before the trigger ("संयुक्त राष्ट्र के
        प्रस्ताव में", "मंत्रालय के बयान में"): the genitive's owner is the one who says what follows."""
        return (
            k + 1 < trigger
            and _key(tokens[k].text) in self.statement_nouns
            and tokens[k + 1].text in self.locative
        )

    def _nearer_dative(self, tokens: list[Token], last: int, trigger: int) -> bool:
        """Another को stands between the one after token ``last`` (+1) and the trigger, with a verb of
        its own clause (a non-finite form, "सौंपे जाने", "देने") between the two."""
        between = tokens[last + 2 : trigger]
        later = [k for k, t in enumerate(between) if t.text in self.dative]
        if not later:
            return False
        return any(self._nonfinite(t.text) or t.text in self.passive_auxiliaries for t in between[: later[0]])

    def _unnamed_conjunct_marked(
        self,
        tokens: list[Token],
        last: int,
        trigger: int,
        words: tuple[str, ...],
        mentions: MentionIndex | None,
    ) -> bool:
        """The entity ending at token ``last`` is followed by a conjunction word and a last conjunct of
        plain words (no entity, postposition or clause break) that carries ``words``: "A, B और सहायक
        अधिकारी जितेंद्र नायक को सज़ा सुनाई" (the unnamed last conjunct's को marks A and B too). A
        genitive is not read so (it marks an owner, not the one acted on)."""
        if (
            last + 2 >= trigger
            or tokens[last + 1].text not in self.conjunctions
            or tokens[last + 1].text == ","
        ):
            return False
        for k in range(last + 2, min(trigger, last + 2 + CONJUNCT_WORDS)):
            token = tokens[k]
            if (
                not token.text[:1].isalnum()
                or token.text in self.postpositions
                or token.text in self.boundaries
                or token.text in self.conjunctions
                or token.text in self.agent_markers
                or (mentions is not None and mentions.overlapping(token.start, token.end))
            ):
                return False
            if self._followed_by(tokens, k, words):
                return True
        return False

    def _apposed_head(self, tokens: list[Token], k: int, mentions: MentionIndex | None) -> bool:
        """Token ``k`` is a head noun after a name ("भाजपा नेतृत्व") that names no entity of its own
        ("पहलवान सरकार के खिलाफ": the government is an actor apart)."""
        if tokens[k].text not in self.apposed_heads:
            return False
        return mentions is None or not mentions.overlapping(tokens[k].start, tokens[k].end)

    def _qualifies_agent(self, tokens: list[Token], last: int, agent_at: int) -> bool:
        """The entity ending at token ``last`` is part of the agent's noun phrase before ने at ``agent_at``
        (only genitives, titles and names between): "ईरान के विदेश मंत्रालय के प्रवक्ता X ने", not the
        fronted object of "दिसानायके का बीजिंग पहुंचने पर … X ने स्वागत किया"."""
        return not any(
            (t.text in self.postpositions and t.text not in self.genitive) or t.text in self.boundaries
            for t in tokens[last + 1 : agent_at]
        )

    def _fronted_object(self, tokens: list[Token], last: int, agent_at: int, trigger: int) -> bool:
        """The genitive after the entity ending at token ``last`` marks the object of the act, put before
        its agent ("भाजपा नेता की चरमपंथियों ने गोली मारकर हत्या कर दी", "X का माओवादियों ने अपहरण कर
        लिया"): a genitive of ``fronted_object_genitives`` (का never qualifies an oblique agent; the
        oblique के does, "X के नेता ने", so it is not one), right before the agent's phrase of at most
        ``FRONTED_AGENT_WORDS`` plain words ending in ने at ``agent_at``, and no object of the act's own
        between ने and the trigger (no genitive, possessive or को)."""
        marker = last + 1
        if marker >= agent_at - 1 or tokens[marker].text not in self.fronted_object_genitives:
            return False
        agent_words = tokens[marker + 1 : agent_at]
        if len(agent_words) > FRONTED_AGENT_WORDS or not all(self._plain_noun_word(t) for t in agent_words):
            return False
        own_object = self.genitive | self.possessive_pronouns | self.dative
        after_agent = tokens[agent_at + 1 : trigger]
        return not any(t.text in own_object or t.text in self.boundaries for t in after_agent)

    def _possessed_before(
        self, tokens: list[Token], last: int, words: tuple[str, ...], trigger: int, genitive: bool = True
    ) -> bool:
        """``X के [एक] NOUN <marker>``: the entity ending at token ``last`` owns the noun that the
        marker ``words`` follows, with at most two plain words between the genitive and the marker;
        ``genitive=False``: token ``last + 1`` is a possessive pronoun (``उनके घर पर``) in its place."""
        if last + 1 >= trigger or (genitive and tokens[last + 1].text not in self.genitive):
            return False
        if self._on_authority(tokens, last + 2):
            return False  # "X के आदेश पर": on X's orders, X is not acted on
        for k in range(last + 3, min(last + 5, trigger)):
            gap = tokens[last + 2 : k]
            if any(
                t.text in self.postpositions or t.text in self.boundaries or not t.text[:1].isalnum()
                for t in gap
            ):
                return self._coordinated_owned(tokens, last + 2, words, trigger)
            if tuple(t.text for t in tokens[k : k + len(words)]) == words:
                return k + len(words) <= trigger
        return self._coordinated_owned(tokens, last + 2, words, trigger)

    def _coordinated_owned(
        self, tokens: list[Token], first: int, words: tuple[str, ...], trigger: int
    ) -> bool:
        """``X के घर और दफ़्तर पर``, ``उनके निवास और उनके सहयोगियों के ठिकानों पर छापे``: the noun X owns
        (up to three plain words from token ``first``) is the first of coordinated nouns that the marker
        ``words`` follows; the later conjuncts may have owners of their own (genitives, possessives)."""
        j = first
        while (
            j < trigger
            and j - first < OWNED_CONJUNCT_WORDS
            and self._plain_noun_word(tokens[j])
            and tokens[j].text not in self.conjunctions
        ):
            j += 1
        if j == first or j >= trigger or tokens[j].text not in self.conjunctions:
            return False
        for k in range(j + 1, min(j + 1 + COORDINATED_OWNED_WORDS, trigger)):
            if k > j + 1 and tuple(t.text for t in tokens[k : k + len(words)]) == words:
                return k + len(words) <= trigger
            text = tokens[k].text
            if text in self.genitive or text in self.possessive_pronouns or text in self.conjunctions:
                continue
            if not self._plain_noun_word(tokens[k]):
                return False
        return False

    def _plain_noun_word(self, token: Token) -> bool:
        """A word that may stand in an owned noun phrase: no postposition, clause boundary or mark."""
        text = token.text
        return text[:1].isalnum() and text not in self.postpositions and text not in self.boundaries

    def _complement_target(self, tokens: list[Token], last: int, mentions: MentionIndex) -> list[str]:
        """``X ने आरोप लगाया कि <clause>``: the first actor the complement clause names as its subject or
        possessor (the accused, the warned), up to the sentence's end; places other than countries are
        not actors, and an entity followed by another postposition is an object."""
        k = last + 1
        while k < len(tokens) and tokens[k].text in self.auxiliaries:
            k += 1
        k = self._headline_opener(tokens, k)
        if k >= len(tokens) or (tokens[k].text not in self.complementizers and tokens[k].text not in _DASHES):
            return []
        end = next(
            (j for j in range(k + 1, len(tokens)) if tokens[j].text in _CLAUSE_END_MARKS),
            len(tokens) - 1,
        )
        for ref in mentions.within(tokens[k].end, tokens[end].end):
            kb_id = ref.entity.kb_id or ""
            if ref.entity.type == "LOC" or (ref.entity.type == "GPE" and not kb_id.startswith("country:")):
                continue
            last = self._token_index(tokens, ref.end - 1)
            following = tokens[last + 1].text if last + 1 < len(tokens) else ""
            if following in self.postpositions and following not in self.genitive | self.agent_markers:
                continue  # "कि यूक्रेन पर हमले …": an object, not the one accused or warned
            if self._names_case(tokens, last, mentions):
                continue  # "कि … इशरत जहां मुठभेड़ मामले की जांच में बाधा": a case, not the accused
            return [ref.entity.id]
        return []

    def _complement_agent(self, tokens: list[Token], last: int, mentions: MentionIndex) -> list[str]:
        """``… है कि <clause>`` after the trigger ending at token ``last``: the first entity of the clause
        marked as an agent (ने), up to the clause's end; none when the clause names no doer."""
        k = last + 1
        if k >= len(tokens) or tokens[k].text not in self.complementizers:
            return []
        end = next(
            (j for j in range(k + 1, len(tokens)) if tokens[j].text in _CLAUSE_END_MARKS),
            len(tokens) - 1,
        )
        for ref in mentions.within(tokens[k].end, tokens[end].end):
            after = self._token_index(tokens, ref.end - 1) + 1
            if after < len(tokens) and tokens[after].text in self.agent_markers:
                return [ref.entity.id]
        return []

    def _headline_opener(self, tokens: list[Token], k: int) -> int:
        """A headline opens the words said with a dash or colon ("मायावती का बड़ा आरोप, कहा- भाजपा ने …",
        "X का आरोप- …"): the index of that dash when the headline ends (``headline_ends``) from ``k`` on
        lead to it, else ``k``."""
        j = k
        while j < len(tokens) and _key(tokens[j].text) in self.headline_ends:
            if tokens[j].text in _DASHES:
                return j
            j += 1
        return k

    def _names_case(
        self, tokens: list[Token], last: int, mentions: MentionIndex, quoted: bool = False
    ) -> bool:
        """The name ending at token ``last`` heads a case's name ("'गुजरात दंगा' मामले में"): a case noun
        follows within ``CASE_NAME_WORDS`` words (quotation marks and the rest of a name aside), no
        postposition between; ``quoted``: only a case name in quotation marks ("सीबीआई 2जी मामले में
        … जांच कर रही है" keeps its subject)."""
        seen = 0
        closed = False
        for k in range(last + 1, len(tokens)):
            word = tokens[k].text
            if word in _QUOTES:
                closed = True
                continue
            if mentions.overlapping(tokens[k].start, tokens[k].end):
                continue
            if word in self.case_nouns:
                return closed or not quoted
            seen += 1
            if (
                seen >= CASE_NAME_WORDS
                or word in self.postpositions
                or word in self.thing_demonstratives
                or word in self.demonstratives
                or not word[:1].isalnum()
            ):
                return False  # "सीबीआई इस मामले में": a new phrase, the name stays the subject
        return False

    def _nominative(
        self,
        tokens: list[Token],
        lower: int,
        trigger: int,
        mentions: MentionIndex,
        exclude: set[str],
        patient: bool = False,
    ) -> list[str] | None:
        """The plain subject: the first entity of the clause that no postposition follows; for a
        ``patient`` (one acted on in the passive) also not one qualifying the noun of a postpositional
        phrase ("नक्सली हमले में सीआरपीएफ के जवान मारे गए": the Naxal attack, not its victims)."""
        if lower >= trigger:
            return None
        for ref in mentions.within(tokens[lower].start, tokens[trigger].start):
            last = self._token_index(tokens, ref.end - 1)
            following = tokens[last + 1].text if last + 1 < len(tokens) else ""
            if following in self.postpositions or following in self.genitive or ref.entity.id in exclude:
                continue
            if patient and self._qualifies_phrase(tokens, last, trigger, mentions):
                continue
            if patient and self._titled_next(tokens, last, trigger, mentions):
                continue  # "भाजपा विधायक भीमा मंडावी मारे गए": the MLA, not his party
            if self._names_case(tokens, last, mentions, quoted=True):
                continue  # "'गुजरात दंगा' मामले में": a case, not the subject
            if ref.entity.type in ("GPE", "LOC") and following in self.locative:
                continue
            if last + 2 < len(tokens) and self._apposed_head(tokens, last + 1, mentions):
                after = tokens[last + 2].text
                if after in self.postpositions or after in self.genitive:
                    continue  # "भाजपा नेतृत्व के खिलाफ": the BJP leadership is an object
            ids = [ref.entity.id]
            # "X और Y …": a compound subject
            k = last + 1
            while k + 1 < trigger and tokens[k].text in self.conjunctions:
                nxt = mentions.within(tokens[k + 1].start, tokens[trigger].start)
                if not nxt or nxt[0].start != tokens[k + 1].start:
                    break
                ids.append(nxt[0].entity.id)
                k = self._token_index(tokens, nxt[0].end - 1) + 1
            following = tokens[k].text if k < len(tokens) else ""
            if following in self.postpositions or following in self.genitive:
                continue
            return [i for i in dict.fromkeys(ids) if i not in exclude]
        return None

    def _titled_next(self, tokens: list[Token], last: int, trigger: int, mentions: MentionIndex) -> bool:
        """The entity ending at token ``last`` is followed by one plain word (a title) and another name
        ("भाजपा विधायक भीमा मंडावी"): it qualifies that person."""
        word = last + 1
        if (
            word + 1 >= trigger
            or not self._plain_noun_word(tokens[word])
            or tokens[word].text in self.conjunctions
            # a particle or adverb is no title ("X भी सीबीआई द्वारा गिरफ़्तार किए गए": X too was arrested)
            or tokens[word].text in self.clause_adverbs
        ):
            return False
        if mentions.within(tokens[word].start, tokens[word].end):
            return False
        after = mentions.within(tokens[word + 1].start, tokens[trigger].start)
        return bool(after) and after[0].start == tokens[word + 1].start

    def _owned_patient(
        self, tokens: list[Token], lower: int, trigger: int, mentions: MentionIndex, exclude: set[str]
    ) -> list[str]:
        """``सीआरपीएफ के पांच जवान मारे गए``: the owner of the plain subject (a genitive and up to three
        plain words right before the passive trigger) stands for the men of its own acted on; a phrase in
        "में" may stand between the subject and the trigger ("सीआरपीएफ के पांच जवान नक्सलियों के हमले में
        मारे गए": the attack they were killed in)."""
        for ref in mentions.within(tokens[lower].start, tokens[trigger].start):
            last = self._token_index(tokens, ref.end - 1)
            if ref.entity.id in exclude or last + 2 >= trigger or tokens[last + 1].text not in self.genitive:
                continue
            between = tokens[last + 2 : trigger]
            owned = 0
            while (
                owned < min(len(between), OWNED_CONJUNCT_WORDS)
                and self._plain_noun_word(between[owned])
                and between[owned].text not in self.conjunctions
                and not mentions.overlapping(between[owned].start, between[owned].end)
            ):
                owned += 1
            adjunct = between[owned:]
            if owned and not adjunct:
                return [ref.entity.id]
            if (
                owned
                and len(adjunct) <= LOCATIVE_ADJUNCT_WORDS
                and adjunct[-1].text in self.locative
                and not any(t.text in self.boundaries or not t.text[:1].isalnum() for t in adjunct)
            ):
                return [ref.entity.id]
        return []

    def _qualifies_phrase(self, tokens: list[Token], last: int, trigger: int, mentions: MentionIndex) -> bool:
        """The entity ending at token ``last`` qualifies the one plain word after it, a noun that a
        postposition other than the genitive follows ("नक्सली हमले में", "अमरीकी सेना पर"); a time
        word there ("X सोमवार को") or another name leaves it the subject."""
        noun, marker = last + 1, last + 2
        if marker >= trigger:
            return False
        word, after = tokens[noun].text, tokens[marker].text
        if (
            not self._plain_noun_word(tokens[noun])
            or after not in self.postpositions
            or after in self.genitive
        ):
            return False
        if _key(word) in self.temporal_heads or word in self.clause_adverbs or word.isdigit():
            return False
        return not mentions.within(tokens[noun].start, tokens[noun].end)

    def _phrase_start(self, tokens: list[Token], lower: int, trigger: int) -> int:
        """Index of the first word of the noun phrase ending at the trigger: after the last comma or
        other punctuation before it (at most ``POSSESSOR_SPAN`` words back)."""
        for j in range(trigger - 1, max(lower, trigger - POSSESSOR_SPAN) - 1, -1):
            if not tokens[j].text[:1].isalnum():
                return j + 1
        return max(lower, trigger - POSSESSOR_SPAN)

    def _genitive_subject(
        self, tokens: list[Token], lower: int, trigger: int, mentions: MentionIndex, exclude: set[str]
    ) -> list[str]:
        """``श्री शोइगु के … मिलने की उम्मीद``: a person or organisation in the genitive; not the owner of
        a one-word noun that a postposition marks as the act's object ("निवासी हमास की सरकार को ज़िम्मेदार
        ठहराते हैं": Hamas owns the government blamed, it does not blame)."""
        if lower >= trigger:
            return []
        for ref in mentions.within(tokens[lower].start, tokens[trigger].start):
            last = self._token_index(tokens, ref.end - 1)
            following = tokens[last + 1].text if last + 1 < len(tokens) else ""
            after = tokens[last + 2].text if last + 2 < len(tokens) else ""
            marked = tokens[last + 3].text if last + 3 < trigger else ""
            if (
                ref.entity.type in ("PER", "ORG")
                and following in self.genitive
                and after not in self.compound_heads
                and ref.entity.id not in exclude
                and not (marked in self.postpositions and marked not in self.genitive | self.agent_markers)
            ):
                return [ref.entity.id]
        return []

    def _speaker_stands_in(
        self, sources: list[str] | None, speaker: list[str], mentions: MentionIndex
    ) -> list[str]:
        """In reported speech a missing agent, a pronoun or the speaker's own country/capital is the
        speaker; a person or organisation named as the agent stays."""
        if not sources:
            return list(speaker)
        speaker_countries = {mentions.by_id[s].country for s in speaker if s in mentions.by_id} - {None}
        out: list[str] = []
        for source in sources:
            entity = mentions.by_id.get(source)
            if source == "@pronoun" or (
                entity is not None and entity.type in ("GPE", "LOC") and entity.country in speaker_countries
            ):
                out.extend(speaker)
            else:
                out.append(source)
        return list(dict.fromkeys(out))

    def _people_subject(self, tokens: list[Token], lower: int, match: _Match) -> bool:
        """A direct "लोग" (people) with no postposition after it stands in the clause before the trigger's
        verb ("कहा कि … ऐसे आरोप वही लोग लगा रहे हैं जो …": those people make the charges): the act has an
        unnamed subject of its own, the speaker does not stand in for it ("हम लोग" is the speaker's own)."""
        return any(
            _key(tokens[k].text) in self.people_subjects
            and tokens[k + 1].text not in self.postpositions
            and not (k > 0 and tokens[k - 1].text in self.first_person)  # "हम लोग": the speaker's side
            for k in range(lower, match.last)
        )

    def _own_subject(self, tokens: list[Token], lower: int, match: _Match, mentions: MentionIndex) -> bool:
        """The clause before the trigger opens with a subject noun of its own that names no entity: a
        run of plain words, after any opening adverbs, followed by an entity, the trigger or a plain
        verb rather than a postposition ("कि विमान दिल्ली पहुंचा"). A subject pronoun or a first-person
        word anywhere before the trigger leaves the subject to the speaker ("कि हम … समर्थन करेंगे"), and
        so does an infinitive trigger, whose noun is the subject of a copula ("कि लक्ष्य … का मुकाबला
        करना है": the aim is to counter)."""
        trigger = match.first
        if tokens[match.last].text.endswith(INFINITIVE_ENDING):
            return False
        words = [t.text for t in tokens[lower:trigger]]
        if any(w in self.first_person or w in self.subject_pronouns or w in self.pronouns for w in words):
            return False
        k = lower
        while k < trigger and (tokens[k].text in self.clause_adverbs or not tokens[k].text[:1].isalnum()):
            k += 1
        run = k
        while k < trigger and self._plain_word(tokens[k], mentions):
            k += 1
        if k == run:
            return False
        following = tokens[k].text
        return following not in self.postpositions and following not in self.compound_heads

    def _plain_word(self, token: Token, mentions: MentionIndex) -> bool:
        """A content word of no entity mention and of no grammatical word list."""
        text = token.text
        return (
            text[:1].isalnum()
            and not mentions.overlapping(token.start, token.end)
            and text not in self.postpositions
            and text not in self.boundaries
            and text not in self.conjunctions
            and text not in self.complementizers
            and text not in self.clause_adverbs
            and text not in self.both
        )

    def _clause_end(self, tokens: list[Token], last: int) -> int:
        """Index after the clause of the trigger ending at token ``last``."""
        for k in range(last + 1, len(tokens)):
            if tokens[k].text in self.boundaries or tokens[k].text in self.complementizers:
                return k
        return len(tokens)

    @staticmethod
    def _target_place(entry: LexEntry, targets: list[str], mentions: MentionIndex) -> str | None:
        """The target as the act's place, for an entry whose target is where it happens."""
        if not entry.target_is_place:
            return None
        places = [t for t in targets if t in mentions.by_id and mentions.by_id[t].type in ("GPE", "LOC")]
        return places[0] if places else None

    def _location(self, tokens: list[Token], mentions: MentionIndex, used: set[str]) -> str | None:
        """A place in a locative phrase (``बीजिंग में``) of the trigger's clause (``tokens``): one in
        another clause is the place of something else (``यदि हमास गाजा में रखे गए बंधकों …, तो …``)."""
        if not tokens:
            return None
        for ref in mentions.within(tokens[0].start, tokens[-1].end):
            if ref.entity.type not in ("GPE", "LOC") or ref.entity.id in used:
                continue
            last = self._token_index(tokens, ref.end - 1)
            if last + 1 < len(tokens) and tokens[last + 1].text in self.locative:
                return ref.entity.id
        return None

    # ------------------------------------------------------------------ status
    def _announced(self, tokens: list[Token], match: _Match) -> bool:
        """``संगठन ने इसका विरोध करने का ऐलान किया`` (announced that it will oppose it), ``हड़ताल करने का
        फ़ैसला``: the trigger ends in an oblique infinitive followed by a genitive and a noun of
        ``announcement_nouns``: the act is announced or decided, still to come. Only for acts of
        ``announcement_roots`` (meetings, protests, force): announcing tariffs or sanctions imposes them."""
        last = match.last
        if not self.announcement_roots or not match.entry.cameo.startswith(self.announcement_roots):
            return False
        if last + 2 >= len(tokens) or not self._nonfinite(tokens[last].text):
            return False
        noun = _key(tokens[last + 2].text)
        return tokens[last + 1].text in self.genitive and noun in self.announcement_nouns

    def _unasserted_negation(self, context: list[str], before: list[str], after: list[str]) -> bool:
        """A negation that asserts nothing: with a modal ("समर्थन नहीं कर सकते": cannot support) or a
        future ("सहमत नहीं होंगे": will not agree), in a question ("विरोध क्यों नहीं किया": why did they
        not oppose) or as an alternative ("अपील करें या नहीं": whether to appeal or not)."""
        cues = self.lex.status
        if context and context[-1] in self.negation_alternatives:
            return True
        if any(w in self.question_words for w in before[-8:] + context):
            return True
        future = cues.future_suffixes
        return any(
            w in cues.possible or w in self.negated_modals or (len(w) > 3 and w.endswith(future))
            for w in after
        )

    def _status(self, tokens: list[Token], lower: int, match: _Match) -> str:
        """The status of the cues around the trigger (``_cued_status``), read again by the modality of its
        clause: a subjunctive, imperative or prohibited act, or one a yes/no question asks about, is
        hypothetical; so is a planned act that a condition governs or a belief forecasts; an act in the
        clause a denial opens is denied (and kept: the denial is voiced)."""
        modality = self.modality
        words = [_key(t.text) for t in tokens[match.first : match.last + 1 + STATUS_WINDOW]]
        verb_group = self._verb_group(words)
        if modality.irrealis_mood(verb_group, match.last - match.first, self.all_verbs):
            return "hypothetical"  # "अमरीका चाहता है कि भारत रूस की निंदा करे", "विरोध मत करना"
        if modality.only_named(words[match.last - match.first], words[match.last - match.first + 1 :]):
            return "hypothetical"  # "छात्र से मिलने की इजाज़त दी गई", "हवाले करने जैसा बयान"
        if match.first > 0 and _key(tokens[match.first - 1].text) in self.wh_determiners:
            return "hypothetical"  # "देखते हैं उन पर क्या कार्रवाई होती है": which act is asked, none told
        status = self._cued_status(tokens, lower, match)
        future = modality.future(verb_group, match.last - match.first, self.all_verbs)
        if future == "obligation" and status in ("occurred", "planned"):
            return "hypothetical"  # "लीग को क्लबों से बातचीत करनी होगी": must talk, nothing done or planned
        if future and status in ("occurred", "denied"):
            # "X होगा/होगी" has no future ending of [status]: "सेना अभियान में शामिल होगी" is planned, a
            # negated future ("संघर्ष विराम नहीं होगा") asserts nothing
            status = "planned" if status == "occurred" else "hypothetical"
        if status not in ("occurred", "planned"):
            return status
        sentence = [_key(t.text) for t in tokens]
        if modality.yes_no_question(sentence, lower, match.last, self.boundaries):
            return "hypothetical"  # "क्या भारत पाकिस्तान पर हमला करेगा?"
        if status == "planned" and (
            modality.conditioned(sentence, lower, match.first) or modality.believed(sentence, lower)
        ):
            return "hypothetical"  # "भाजपा के सत्ता में आने पर पार्टी … गिरफ़्तार करेगी"
        if status == "occurred" and modality.denied_complement(sentence, lower):
            self._disclaimed.add(tokens[match.first].start)
            return "denied"  # "भारत ने इस बात से इनकार किया कि उसकी सेना ने हमला किया"
        return status

    def _verb_group(self, words: list[str]) -> list[str]:
        """The trigger's words and those after it up to a clause end (the status window's words)."""
        for k, word in enumerate(words):
            if word in self.boundaries or word in self.complementizers or word in self.status_clause_ends:
                return words[:k]
        return words

    def _cued_status(self, tokens: list[Token], lower: int, match: _Match) -> str:
        cues = self.lex.status
        after = [t.text for t in tokens[match.last + 1 : match.last + 1 + STATUS_WINDOW]]
        for k, word in enumerate(after):
            # "… पर पलटवार, कहा- जनता जवाब देगी": a headline's say-verb opens the words said
            if (
                word in self.boundaries
                or word in self.complementizers
                or word in self._status_stops
                or word in self.status_clause_ends
            ):
                after = after[:k]
                break
        trigger_words = [t.text for t in tokens[match.first : match.last + 1]]
        before = [t.text for t in tokens[lower : match.first]]
        near_before = [t.text for t in tokens[max(lower, match.first - 2) : match.first]]
        verb_group = trigger_words + after
        if any(w in cues.hypothetical for w in before) or self._speculated(tokens, match.first):
            return "hypothetical"
        # a negation written in the entry's own form is its meaning, not a denial ("आरोपों को स्वीकार नहीं
        # किया": a rejection made); one standing in the gap before a light verb still denies the act
        own_words: set[str] = set()
        if any(w in cues.denied for w in trigger_words):  # rare: read the forms only then
            own_words = {w for form in match.entry.forms for w in form}
        own_span = range(len(near_before), len(near_before) + len(trigger_words))
        for k, word in enumerate(near_before + verb_group):
            if k in own_span and word in own_words:
                continue
            if k + 1 < len(near_before) and word in cues.denied and self._nonfinite(near_before[k + 1]):
                continue  # "ऐसा ना करने के लिए कहा" (asked not to do so): the negation is the infinitive's
            if word in cues.denied:
                context = (near_before + verb_group)[max(0, k - 4) : k]
                if not any(c in cues.negation_blockers for c in context) and not any(
                    c in cues.negation_blockers for c in before[-4:]
                ):
                    return "hypothetical" if self._unasserted_negation(context, before, after) else "denied"
        if any(w in cues.possible for w in after):
            return "hypothetical"  # "हमला कर सकता है": may attack
        if any(w in cues.ongoing for w in after):
            return "occurred"  # "समर्थन करना जारी रखेंगे": an ongoing act, not a plan
        if self._announced(tokens, match):
            return "planned"
        if any(w in cues.planned for w in after) or any(
            len(w) > 3 and w.endswith(cues.future_suffixes) and (_key(w) in self.all_verbs or k < 3)
            for k, w in enumerate(verb_group[len(trigger_words) - 1 :])
        ):
            return "planned"
        if any(w in cues.intended for w in after):
            return "intended"
        return "occurred"
