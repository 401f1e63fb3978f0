"""Hindi mention finder: knowledge-base aliases plus titles, honorifics and acronyms (no Hindi model).

Per sentence, over words (postpositions are separate words in Hindi, so "शोइगु ने" splits cleanly):

1. knowledge-base alias matches (normalised: nukta, chandrabindu/anusvara, ZWJ/ZWNJ), never inside a
   word — चीन is not found in चीनी;
2. title phrases from ``titles.toml``: ``[पूर्व] [DEMONYM | ORG/COUNTRY के] TITLE [और TITLE] NAME``.
   The name is the mention; the title goes to ``title``/``title_span`` with the country from the
   demonym, country or organisation before it, the title's sector and ``role_former``. A name the
   knowledge base lacks (1..max_tokens words that are not stop words) becomes a PER mention without
   ``kb_ids``; a title with no name after it becomes a title-only mention (``finder="title"``) that
   the linker resolves to an entity already introduced, or drops;
3. honorific + name (``श्री शोइगु``, ``डॉ. …``): the honorific goes to ``title_span`` (``title`` None);
4. acronyms spelt in letter names (``एससीओ``) looked up in the knowledge base when no alias matched;
5. a demonym is a mention of its country only before one of the pack's ``country_nouns``
   (``चीनी पक्ष``, ``रूसी आक्रमण``): the adjective then names the country acting as a whole;
6. collective actors (``[groups]`` of ``mentions.toml``): a group noun in any of its forms
   (``किसानों``, ``आतंकवादियों``, ``पुलिस``) with a country from a demonym before it (``पाकिस्तानी
   आतंकवादियों``), a place before it (``दिल्ली पुलिस``, ``गाजा के लोगों``) or, for a plural group of
   local people, the place its clause names, else the one country its sentence names; with none of
   these it is no actor. A group mention (``finder="group"``, type ORG) carries the group's country
   and sector in ``role_country``/``role_sector`` and its English name in ``title``. A sentence that
   names no country takes the one country the last sentence naming any named (``पुलिस ने …`` after
   ``… दिल्ली में …``); a party right before the noun makes it a party actor (``कांग्रेस
   कार्यकर्ताओं``); ``अपने नागरिकों`` are the people of the clause's agent; ``भारत और चीन की
   सेनाओं`` (two owners) is no one actor;
7. ``[titles]`` of ``mentions.toml``: a title after a quantifier (``दोनों नेता``) is no one's; a title
   word that is also a given name begins the name after another title (``प्रदेश अध्यक्ष सम्राट
   चौधरी``); a party or body right before a person's title qualifies it (``कांग्रेस महासचिव``);
   ``के`` between initials stays in a name (``वी के बिरदी``); an organisation's name before a building
   word (``संसद भवन``) is the building; an office alias of one country's organisation qualified by
   another country (``ईरान के विदेश मंत्रालय``) is read as that country's office (a title); the head
   noun of an organisation's name standing alone later (``परिषद ने``) is that organisation;
8. a demonym in an oblique plural before an agent marker (``अमेरिकियों ने``) is its country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from rapidfuzz.distance import JaroWinkler

from khabar.errors import LanguagePackError
from khabar.kb import Actor, KnowledgeBase
from khabar.kb.agents import agent_name, government_led_by, latest_year, load_agents
from khabar.kb.base import AliasMatch
from khabar.kb.cache import PACKAGE_CACHE_DIR
from khabar.kb.india import is_below_state, state_of, state_place_id
from khabar.kb.variants import skeleton, span_variant_match, variant_match, word_options
from khabar.langpacks import OUTPUT_LANGUAGE as OUT
from khabar.langpacks import LanguagePack
from khabar.model import Document, EntityMention, Sentence, Span
from khabar.resources import Resources
from khabar.stages.mentions import seeds
from khabar.stages.mentions.acronyms import BRACKETED_WORD, abbreviates, initials_spelt
from khabar.stages.mentions.finder import FACILITY, TITLE_ONLY, Token, alias_mention, iter_sentences, kb_type
from khabar.stages.mentions.loanwords import LOANWORD_FINDER, Loanwords
from khabar.stages.mentions.seats import load_seat_cues, seat_mentions
from khabar.stages.mentions.titles import Title, TitleLexicon, load_titles
from khabar.text import match_key
from khabar.text.english_words import ENGLISH_WORDS_FILE, EnglishWords, load_english_words
from khabar.text.intervals import SpanSet
from khabar.text.memo import TextMemo
from khabar.text.perso_arabic import ENGLISH_SECTION, PersoArabicNames
from khabar.text.scripts import BLOCK_CHARS, DANDA_MARKS, WORD_CHARS
from khabar.text.translit import latin_key
from khabar.text.vocabulary import pack_vocabulary

_WORD_CHARS = WORD_CHARS
# Hyphens split words here (रूस-चीन holds two names); a name may still span "फ्रैंक-वाल्टर".
_TOKEN_RE = re.compile(rf"[{_WORD_CHARS}]+")
_DEVA_NAME_RE = re.compile(rf"^[{BLOCK_CHARS}\u200c\u200d]+$")
_PLACE_SCORE = 95.0  # KB search score for an unmatched word before a locative to count as that place
_PLACE_MARGIN = 3.0  # … and its lead over the next candidate
# a Hindi word at least this frequent in general text (Zipf) is that word, not a place written otherwise
# ("दबाव में", under pressure: not Davao) nor, alone, a small city abroad the article has no other name
# of ("मोबाइल" Mobile, Alabama; "मान" Man, Côte d'Ivoire)
_WORD_NOT_PLACE_ZIPF = 4.3
# a knowledge-base name written only with words this frequent (Zipf: function words such as आज, तक) is
# that phrase ("आज तक", until today), not the name ("Aaj Tak"), unless quote marks set it apart
_PHRASE_WORD_ZIPF = 6.0
_QUOTES = "'\"‘’“”"
_NAME_GAP_RE = re.compile(r"^[ \-‐]?$")  # what may separate the words of one name
# plural endings of Hindi nouns ("बच्चियां", "महिलाएं", "लोगों" is left out: "ढिल्लों" is a surname)
_PLURAL_ENDINGS = ("ियों", "ियां", "ियाँ", "ाओं", "ाएं", "ाएँ", "ुओं")
_INITIAL_GAP_RE = re.compile(r"^ ?(?:\. ?)?$")  # … and initials: "सी पी", "ई. राजेंदर", "ए.के."
_ASCII_WORD_RE = re.compile(r"^[A-Za-z][A-Za-z .'-]*$")
_PARTY_SECTORS = frozenset({"PTY", "OPP"})
# how many sentences after "X का परिवार" a possessive pronoun before the noun ("उनका परिवार") still means X's
_OWNED_AGAIN_SENTENCES = 2
GROUP = "group"  # EntityMention.finder of a collective actor ("किसानों", "चीनी सेना", "दिल्ली पुलिस")


def _tokenize(text: str) -> list[Token]:
    new = tuple.__new__  # Token's own constructor without its Python-level __new__ call
    return [new(Token, (m.start(), m.end(), m.group())) for m in _TOKEN_RE.finditer(text)]


@dataclass(frozen=True, slots=True)
class _GroupNoun:
    sector: str  # CAMEO sector ("" = none)
    en: str  # English name of the group ("farmers")
    context: bool = True  # may take its country from the sentence when nothing qualifies it
    # the group's own name in a country ({"IND": "Naxalites"}): used when nothing else names it
    names: dict[str, str] | None = None
    # its name in an Indian state the article is about ("{state} Police"), when no place qualifies it
    state_form: str = ""
    # its name after a place ("{place} Police" by default; "Government of {place}")
    place_form: str = ""
    # the kind of generic agent it names (kb/data/agents.toml: "police" → "Afghan National Police")
    agent: str = ""
    # its name as a party's own body ("{abbr} Parliamentary Board" after "भाजपा के"), "" = none
    party_form: str = ""
    # a body every Indian state has ("विधानसभा"): alone, in a story about one state, it is that state's
    state_body: bool = False
    # people of a person ("मोदी के समर्थकों": Narendra Modi's supporters): after "<person> के" the group is
    # named "<person>'s <en>" and typed PER, as loose groups of people are
    of_person: bool = False
    # its English adjective before another group noun of people ("माओवादी समर्थक": Maoist supporters)
    adjective: str = ""
    # a group only as someone's, in either number ("सुनील जेम्स का परिवार": Sunil James's family; a
    # family of no one named is no actor), and "उनका परिवार" soon after is that same group
    owner_only: bool = False
    # a body only as the one of its kind the story named just before ("सुप्रीम कोर्ट … अदालत ने"): alone,
    # with none named, no actor (a court of no name)
    refers_back: bool = False


@dataclass(frozen=True, slots=True)
class _NamedBody:
    """A body of an agent kind the article named by its own words ("दिल्ली पुलिस", "भारत सरकार")."""

    kind: str  # the agent kind (kb/data/agents.toml: "police")
    sentence: int  # index of its sentence
    start: int  # its first character in the article
    name: str  # "Delhi Police"
    kb_ids: tuple[str, ...]
    country: str  # ISO3
    sector: str | None


@dataclass(slots=True)
class _GroupRules:
    """The ``[groups]`` section of a pack's ``mentions.toml`` (see ``langpacks/hi/mentions.toml``)."""

    forms: dict[str, tuple[_GroupNoun, bool]]  # match key of a written form → (noun, plural form)
    heads: dict[str, bool]  # match key of a head noun ("नेताओं") → plural form
    collectives: frozenset[str]  # match keys
    genitive: frozenset[str]
    context_sectors: frozenset[str]
    state_words: frozenset[str] = frozenset()  # "राज्य सरकार", "प्रदेश पुलिस": of the state in context
    # "केंद्रीय सरकार", "अंतरिम सरकार": the national body of the country the article is about
    national_words: frozenset[str] = frozenset()
    # words after a group noun that make it a modifier, no actor ("विधानसभा चुनावों")
    not_before: frozenset[str] = frozenset()
    # knowledge-base ids of Union bodies and leaders: a story naming them more than its state's places is
    # national ("सरकार" is then the Union's)
    union_bodies: frozenset[str] = frozenset()
    # collective nouns that a name right before them makes an organisation's own name ("कलिंगा सेना")
    named_heads: frozenset[str] = frozenset()
    # possessive pronouns owning a loose group ("उनके समर्थकों"): someone's people, no country's
    pronoun_owners: frozenset[str] = frozenset()
    # plural agreement of a direct-form subject ("चरमपंथी … बना रहे हैं"): case markers after the noun
    # that make it no subject, the finite auxiliaries of a plural verb and its participle's ending
    case_markers: frozenset[str] = frozenset()
    plural_auxiliaries: frozenset[str] = frozenset()
    finite_auxiliaries: frozenset[str] = frozenset()
    described_nouns: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()
    happening_verbs: frozenset[str] = frozenset()
    plural_participle_endings: tuple[str, ...] = ()
    clause_ends: frozenset[str] = frozenset()
    # group nouns that are also family names ("शूजित सरकार"): after a person's name, part of it
    family_name_nouns: frozenset[str] = frozenset()
    # agent kinds whose bare noun in an Indian story is a Union body ("सेना": the Indian Army)
    union_agents: frozenset[str] = frozenset()
    # words before a refers-back noun that make it another body than the one named before ("एक अदालत")
    new_referent_words: frozenset[str] = frozenset()
    # demonstratives before it that keep it the body named before ("इसी अदालत ने")
    same_referent_words: frozenset[str] = frozenset()
    # Indian states made from another: state → (the state it was part of, the date it was made, ISO)
    state_successions: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def from_pack(cls, section: dict[str, Any]) -> _GroupRules:
        groups = section.get("groups", {})
        inflections = [(str(a), str(b)) for a, b in groups.get("inflections", [])]
        plural_endings = tuple(groups.get("plural_endings", []))
        collectives = frozenset(match_key(w) for w in groups.get("collectives", []))
        forms: dict[str, tuple[_GroupNoun, bool]] = {}
        for word, spec in groups.get("nouns", {}).items():
            noun = _GroupNoun(
                str(spec.get("sector", "")),
                str(spec.get(OUT, word)),
                bool(spec.get("context", True)),
                {str(k): str(v) for k, v in spec.get("names", {}).items()} or None,
                str(spec.get("state_form", "")),
                str(spec.get("place_form", "")),
                str(spec.get("agent", "")),
                str(spec.get("party_form", "")),
                bool(spec.get("state_body", False)),
                bool(spec.get("of_person", False)),
                str(spec.get("adjective", "")),
                bool(spec.get("owner_only", False)),
                bool(spec.get("refers_back", False)),
            )
            variants = {word} | {word[: len(word) - len(a)] + b for a, b in inflections if word.endswith(a)}
            for variant in sorted(variants):
                key = match_key(variant)
                plural = variant != word and variant.endswith(plural_endings)
                if key not in forms or (plural and not forms[key][1]):
                    forms[key] = (noun, plural)
        heads = {match_key(w): w.endswith(plural_endings) for w in groups.get("heads", [])}
        agreement = groups.get("plural_agreement", {})
        return cls(
            forms=forms,
            heads=heads,
            collectives=collectives,
            genitive=frozenset(match_key(w) for w in groups.get("genitive", [])),
            context_sectors=frozenset(groups.get("context_sectors", [])),
            state_words=frozenset(match_key(w) for w in groups.get("state_words", [])),
            national_words=frozenset(match_key(w) for w in groups.get("national_words", [])),
            not_before=frozenset(match_key(w) for w in groups.get("not_before", [])),
            union_bodies=frozenset(str(w) for w in groups.get("union_bodies", [])),
            named_heads=frozenset(match_key(w) for w in groups.get("named_heads", [])),
            pronoun_owners=frozenset(match_key(w) for w in groups.get("pronoun_owners", [])),
            case_markers=frozenset(match_key(w) for w in agreement.get("case_markers", [])),
            plural_auxiliaries=frozenset(match_key(w) for w in agreement.get("auxiliaries", [])),
            finite_auxiliaries=frozenset(match_key(w) for w in agreement.get("finite_auxiliaries", [])),
            described_nouns=frozenset(match_key(w) for w in agreement.get("described_nouns", [])),
            event_nouns=frozenset(match_key(w) for w in agreement.get("event_nouns", [])),
            happening_verbs=frozenset(match_key(w) for w in agreement.get("happening_verbs", [])),
            plural_participle_endings=tuple(str(w) for w in agreement.get("participle_endings", [])),
            clause_ends=frozenset(match_key(w) for w in agreement.get("clause_ends", [])),
            family_name_nouns=frozenset(match_key(w) for w in groups.get("family_name_nouns", {})),
            union_agents=frozenset(str(w) for w in groups.get("union_agents", {})),
            new_referent_words=frozenset(match_key(w) for w in groups.get("new_referent_words", [])),
            same_referent_words=frozenset(match_key(w) for w in groups.get("same_referent_words", [])),
            state_successions={
                str(state): (str(entry[0]), str(entry[1]))
                for state, entry in groups.get("state_successions", {}).items()
            },
        )


@dataclass(slots=True)
class _TitlePhrase:
    start: int  # token index of the phrase's first token (incl. former marker / qualifier)
    title_start: int  # token index of the first title word
    end: int  # token index after the last title word
    titles: list[Title]
    country: str | None
    org_name: str | None
    former: bool
    place_name: str | None = None  # a city or region qualifying the office ("लखनऊ के पुलिस अधीक्षक")
    org_sector: str | None = None  # sector of the organisation qualifying the office


class HindiMentionFinder:
    """Finds entity mentions in Hindi text (see the module docstring)."""

    def __init__(self, resources: Resources, pack: LanguagePack | None = None) -> None:
        self.kb: KnowledgeBase = resources.kb
        pack = pack or resources.packs.only_user("mentions", "pattern")
        self.lexicon: TitleLexicon = load_titles(pack)
        self.seats = load_seat_cues(pack.section("mentions"), str(pack.directory))  # election seats
        # Calendar words of the pack (weekdays, months, time units) never form part of a name:
        # "प्रधानमंत्री अगले सप्ताह …", "राष्ट्रपति बुधवार को …" name no one.
        self._time_words = _time_words(pack)
        self.transliterator = self.kb.transliterator  # built from the packs passed in
        # The same words recur from sentence to sentence and article to article: remember what the
        # lexicon and the transliterator said about each (pure functions of the text).
        lex = self.lexicon
        self._key: TextMemo[str] = TextMemo(match_key)
        self._title: TextMemo[Title | None] = TextMemo(lex.title)
        self._title_first_words = frozenset(key.split(" ")[0] for key in lex.titles)
        # A sentence is tokenised by three passes (names, standalone words, head nouns): one list per
        # text, which callers must not change. Kept for one article only (``find`` clears it): the
        # tokens are named tuples, which the cyclic GC never untracks, so tokens kept across articles
        # were most of the objects reaching the oldest generation and set off its full collections
        # (~0.1 s each); an article's sentences seldom recur in another.
        self._tokens: TextMemo[list[Token]] = TextMemo(_tokenize, size=2_000)
        # role nouns before a name ("अभियुक्त", "लेफ्टिनेंट": names.toml) are no part of it either
        self._role_nouns = _role_nouns(pack)
        self._is_stop: TextMemo[bool] = TextMemo(
            lambda w: lex.is_stop(w) or match_key(w) in self._time_words or match_key(w) in self._role_nouns
        )
        self._is_honorific: TextMemo[bool] = TextMemo(lex.is_honorific)
        self._is_former: TextMemo[bool] = TextMemo(lex.is_former)
        self._acronym: TextMemo[str | None] = TextMemo(self.transliterator.acronym)
        mentions = pack.section("mentions") if pack is not None else {}
        self.groups = _GroupRules.from_pack(mentions)
        # first words of the two-word group nouns ("वायु" of "वायु सेना"): most words begin none
        self._group_firsts = frozenset(key.split(" ")[0] for key in self.groups.forms if " " in key)
        # … and the words any group noun begins with (``_groups`` steps over every other word)
        self._group_starts = self._group_firsts | frozenset(self.groups.forms)
        self._state_context: str | None = None  # the Indian state the article is about (English name)
        # the last group of each owner_only noun named with its owner ("X का परिवार"), by English noun
        self._owned_groups: dict[str, EntityMention] = {}
        self._place_states: set[str] = set()  # states of the article's exactly matched Indian places
        self._published: str | None = None  # the article's date (ISO), for offices held at that date
        self._person_words: set[str] = set()  # words of the article's people so far (match keys)
        # the sentence's token list and alias starts → (start, limit) → ``_unknown_name``'s answer
        self._unknown_memo: tuple[object, object, dict[tuple[int, int, bool], int]] = (None, None, {})
        self._pairs: Counter[tuple[str, str]] = Counter()  # word pairs of the article (match keys)
        self._article_country: str | None = None  # the country most of the article's names belong to
        self._state_story = False  # an Indian story about one state more than the Union
        # bodies of an agent kind the article named by their own words so far, in order ("दिल्ली पुलिस")
        self._named_bodies: list[_NamedBody] = []
        self._aliases: dict[str, list[AliasMatch]] = {}  # sentence text → its alias matches
        self._agent_kinds = load_agents()
        # group nouns' letters without vowel signs, for their misspellings (``_misspelt_group_noun``)
        self._group_skeletons = frozenset(
            letters
            for key, (noun, _plural) in self.groups.forms.items()
            if noun.agent and len(letters := _without_vowel_signs(key)) >= _GROUP_SKELETON_MIN
        )
        # words that a knowledge-base alias of one country's body shares with any country's
        # ("चुनाव आयोग", "सुप्रीम कोर्ट"): → the kind of agent, to be named by the article's country
        self._agent_aliases = {
            match_key(word): str(kind) for word, kind in (mentions.get("agent_aliases") or {}).items()
        }
        # words that name a knowledge-base actor only in an article about its country ("एनएसए" is the
        # US National Security Agency in a story about the US, India's National Security Adviser or Act
        # at home): ISO3 → {match key → actor id}
        self._country_aliases: dict[str, dict[str, str]] = {
            str(country): {match_key(word): str(actor) for word, actor in table.items()}
            for country, table in (mentions.get("country_aliases") or {}).items()
        }
        # Unknown names: ordinary vocabulary (counted in vocabulary.tsv) is never part of one; a run of
        # name-like words before an agent or speech cue is a person ([names] of mentions.toml).
        names = mentions.get("names", {})
        vocabulary = pack_vocabulary(pack)
        common_articles = int(names.get("common_articles", 0) or 0)
        common_zipf = float(names.get("common_zipf", 99.0))
        known_zipf = float(names.get("known_zipf", 0.0))
        # initials ("आर आर स्वैन") are name words too
        name_words = frozenset(
            match_key(w) for w in [*names.get("name_words", []), *words_initials(mentions)]
        )
        # ordinary words of news copy end any unknown name; words frequent in general text (which
        # include famous given names: "सलमान") only end a name found by a cue alone
        self._common_words = frozenset(
            key
            for word, (articles, _zipf) in vocabulary.items()
            if common_articles and articles >= common_articles
            for key in [match_key(word)]
            if key not in name_words
        )
        # the form-only half of _is_name_word, asked of nearly every word of every sentence
        self._name_word_form: TextMemo[bool] = TextMemo(self._may_be_name_word)
        self._frequent_words = frozenset(
            key
            for word, (_articles, zipf) in vocabulary.items()
            if zipf >= common_zipf
            for key in [match_key(word)]
            if key not in name_words
        )
        self._known_words = frozenset(
            match_key(w) for w, (articles, zipf) in vocabulary.items() if articles or zipf >= known_zipf
        )
        self._name_words_listed = name_words
        # match key → (articles, zipf): the spelling-variant fallback (``_spelling_variants``) asks
        # whether a word as written is an ordinary word of its own (the shared, cached vocabulary, with
        # the few words whose match key differs from their spelling under their key too)
        respelt = {match_key(word): entry for word, entry in vocabulary.items() if match_key(word) != word}
        self._vocabulary_keys = _KeyedVocabulary(vocabulary, respelt)
        self._word_options: TextMemo[tuple[tuple[str, int], ...]] = TextMemo(word_options, size=5_000)
        # whether some spelling of a word (itself or a variant) begins a knowledge-base alias: most
        # words of a sentence begin none, and the variant scan skips them
        # (a word whose skeleton no one-word prefix of an alias has begins none in any spelling: its
        # variants are not made; built once at load from ~48k one-word prefixes, ~17k of them not ASCII,
        # whose skeleton is the word itself)
        self._alias_skeletons = frozenset(
            w if w.isascii() else skeleton(w) for w in self.kb.prefixes if " " not in w
        )
        self._begins_alias: TextMemo[bool] = TextMemo(
            lambda key: (
                (" " in key or skeleton(key) in self._alias_skeletons)
                and any(spelling in self.kb.prefixes for spelling, _ in self._word_options[key])
            )
        )
        # … in a changed spelling (else only a changed word after it may make a variant alias)
        self._begins_changed: TextMemo[bool] = TextMemo(
            lambda key: any(
                cost and spelling in self.kb.prefixes for spelling, cost in self._word_options[key]
            )
        )
        # "first second": whether the first word as written and some spelling of the second begin an
        # alias (keys joined by a space)
        self._pair_begins: TextMemo[bool] = TextMemo(self._pair_begins_alias)
        self._variant_ids: TextMemo[tuple[str, ...] | None] = TextMemo(
            lambda key: variant_match(key, self.kb.match_index, self._vocabulary_keys)
        )
        self._name_cues = tuple(tuple(match_key(w) for w in cue) for cue in names.get("cues", []))
        # the first words of the cues: ``_cued_name`` finds nothing at a word with none of them among the
        # next ``max_name_tokens`` words (where its run could end); None when some cue is empty
        self._cue_firsts: frozenset[str] | None = (
            frozenset(cue[0] for cue in self._name_cues) if all(self._name_cues) else None
        )
        # nouns of a settlement after an unknown place's name ([place_kinds]: "गांव", "थाने")
        # … and nouns of a city or province, which name one in any country ([city_kinds]: "शहर")
        self._city_kinds = frozenset(match_key(w) for w in mentions.get("city_kinds", {}))
        # … and nouns of a mountain, river or lake, which name a LOC anywhere ([landform_kinds]: "नदी")
        self._landform_kinds = frozenset(match_key(w) for w in mentions.get("landform_kinds", {}))
        self._place_kinds = (
            self._city_kinds | self._landform_kinds | {match_key(w) for w in mentions.get("place_kinds", {})}
        )
        # nouns of a named building or site ([facility_kinds]: "मस्जिद", "हवाई अड्डे"), as word keys,
        # longest first; the name-like words before one (none of them common) and the noun are a LOC
        self._facility_kinds = tuple(
            sorted(
                {tuple(match_key(w) for w in kind.split()) for kind in mentions.get("facility_kinds", {})},
                key=len,
                reverse=True,
            )
        )
        self._facility_firsts = frozenset(kind[0] for kind in self._facility_kinds)
        self._facility_common = frozenset(
            match_key(w) for w, (_articles, zipf) in vocabulary.items() if zipf >= _FACILITY_WORD_ZIPF
        )
        # (a later word of the name may be commoner, "नोई बाई", but no everyday word: "बननी चाहिए, मस्जिद")
        self._facility_frequent = frozenset(
            match_key(w) for w, (_articles, zipf) in vocabulary.items() if zipf >= _FACILITY_LATER_ZIPF
        )
        # words that describe a building rather than name it ("सुन्नी मस्जिद"): [facility_describers]
        self._facility_describers = frozenset(match_key(w) for w in mentions.get("facility_describers", {}))
        self._genitive_ke = match_key("के")
        # words never in an unknown name (outlet heads "टेलीग्राफ", organisation kinds "फर्म"), adjective
        # endings ("-जनक") and passive auxiliaries after a participle ("चुने जाने"): [names] tables
        self._outlet_heads = frozenset(match_key(w) for w in names.get("outlet_heads", {}))
        self._not_name_words = self._outlet_heads | {match_key(w) for w in names.get("not_name_words", {})}
        self._adjective_suffixes = tuple(match_key(w) for w in names.get("adjective_suffixes", {}))
        self._family_nouns = frozenset(match_key(w) for w in names.get("family_nouns", {}))
        # nouns for a kind of organisation ("कंपनी", "अख़बार", "वेबसाइट") that name the one right after
        # them: "तेल कंपनी X ने", "अख़बार 'X' के मुताबिक" (``_kind_named_org``)
        self._org_kinds = frozenset(match_key(w) for w in names.get("org_kinds", {}))
        self._given_suffixes = tuple(match_key(w) for w in names.get("given_suffixes", {}))
        self._deities = frozenset(match_key(w) for w in names.get("deities", {}))
        self._passive_aux = frozenset(match_key(w) for w in names.get("passive_auxiliaries", {}))
        # a run of name-like words starting with a known given name is a person with no cue after it
        # ("राम जेठमलानी", "सुनील जेम्स"): given_names.tsv, read through the romanisation of the word
        runs = bool(names.get("given_name_runs", False))
        # English given names as Hindi writes them (english_names.toml: जेम्स James, एडम Adam): the
        # letter-by-letter reading ("Jems") is in no name list, so the name tests read these words so
        english_section = pack.section(ENGLISH_SECTION) if pack is not None else {}
        self._english_given: dict[str, str] = {
            match_key(word): latin.casefold()
            for word, latin in (
                PersoArabicNames.parse_english(english_section, f"{pack.where}/{ENGLISH_SECTION}.toml")
                if english_section and pack is not None
                else {}
            ).items()
        }
        self._given_names = with_listed(GIVEN_NAMES_FILE, LISTED_GIVEN_FILE) if runs else {}
        self._family_names = with_listed(FAMILY_NAMES_FILE, LISTED_FAMILY_FILE) if runs else {}
        # Indian given names (indian_given_names.tsv): an ordinary Hindi word that is one of them is a
        # name Hindi writers give (कपिल, रवि); see ``_given_first`` for the English ones (स्तन "Stan"),
        # which may still begin a name before a family name (``_given_with_family``)
        self._indian_given = listed_given_names() if runs else {}
        # English words written in Devanagari ("लोडशेडिंग", load+shedding): loanwords, no name; a word
        # that may as well write a name of the lists (ग्रीन Green) is none of them
        speller = self.kb.speller
        english_names = frozenset(self._given_names).union(
            self._family_names, self._indian_given, speller.english_known, speller.families
        )
        directory = getattr(pack, "directory", None)
        self._is_loanword: TextMemo[bool] = TextMemo(lambda word: self._english_words.loanword(word))
        self._english_words = (
            load_english_words(Path(directory) / ENGLISH_WORDS_FILE, english_names)
            if directory is not None and runs
            else EnglishWords()
        )
        self._is_given: TextMemo[bool] = TextMemo(self._given_first)
        self._famous_given: TextMemo[bool] = TextMemo(self._frequent_given)
        self._is_next_name: TextMemo[bool] = TextMemo(self._next_name)
        # after a title, role noun or honorific, an ordinary word that is also a common given or family
        # name continues the name ("कैप्टन सुनील जेम्स", "संवाददाता विवेक राज"): see ``_cue_surname``
        self._is_cue_surname: TextMemo[bool] = TextMemo(self._cue_surname)
        self._is_ordinary_tail: TextMemo[bool] = TextMemo(self._ordinary_tail)
        self._named_after = frozenset(match_key(w) for w in names.get("named_after", []))
        words = mentions.get("titles", {})
        self._quantifiers = frozenset(match_key(w) for w in words.get("quantifiers", []))
        self._also_names = frozenset(match_key(w) for w in words.get("also_names", []))
        self._initials = frozenset(match_key(w) for w in words.get("initials", []))
        # letter names that are also ordinary words ("के" of, "सी" like, "जी" sir): alone and undotted
        # they never begin a name ("अमेरिका के ट्रंप"); beside another initial they do ("वी के सिंह")
        self._initial_homographs = frozenset(match_key(w) for w in words.get("initial_homographs", []))
        # "प्रधानमंत्री पद", "मुख्यमंत्री की कुर्सी": word sequences after a title that make it the post
        self._post_words = [tuple(match_key(w) for w in key.split()) for key in words.get("post_words", {})]
        self._letters: TextMemo[int] = TextMemo(self._letter_count)
        # what a word must be for _after_role_noun, _initials_name, _cued_name, _given_name_run or
        # _recurring_pair to find a name starting at it (each returns ``i`` for any other word)
        self._may_begin_name: TextMemo[bool] = TextMemo(
            lambda w: match_key(w) in self._role_nouns or 0 < self._letters(w) <= 2 or self._name_word_form(w)
        )
        # most words of a sentence are ones on which every step of ``_sentence``'s loop finds nothing:
        # the loop steps over them after one lookup (see ``_plain_word``)
        self._is_plain: TextMemo[bool] = TextMemo(self._plain_word)
        self._buildings = frozenset(match_key(w) for w in words.get("buildings", []))
        self._reflexives = frozenset(match_key(w) for w in words.get("reflexives", []))
        self._org_heads_words = frozenset(match_key(w) for w in words.get("org_heads", []))
        plurals = mentions.get("demonym_plurals", {})
        self._plural_endings = [(str(a), str(b)) for a, b in plurals.get("endings", [])]
        # Devanagari demonyms of countries ("जर्मन" → DEU), for their plurals ("जर्मनों")
        self._demonym_country: dict[str, str] = {}
        for actor_id, demonyms in self.kb.demonyms.items():
            if actor_id.startswith("country:"):
                for word in demonyms:
                    if _DEVA_NAME_RE.match(word):
                        self._demonym_country.setdefault(match_key(word), actor_id.removeprefix("country:"))
        events = pack.section("events").get("words", {}) if pack is not None else {}
        # words that end a clause, for the place a group's clause names ("… दिल्ली में …")
        self._locatives = frozenset(match_key(w) for w in events.get("locative", []))
        self._agent_markers = frozenset(
            match_key(w) for w in [*events.get("agent_markers", []), *events.get("passive_agent_markers", [])]
        )
        self._clause_ends = frozenset(
            match_key(w) for w in [*events.get("clause_boundaries", []), *events.get("complementizers", [])]
        ) | {",", *DANDA_MARKS}
        # organisations named with English loanwords ("अवामी नेशनल पार्टी"): loanwords.toml
        loanwords = pack.section("loanwords") if pack is not None else {}
        self.loanwords = Loanwords.from_pack(loanwords, f"{pack.where}/loanwords.toml" if pack else "")
        self._english_demonym: dict[str, str] = {}
        for actor_id, words in self.kb.demonyms.items():
            latin = [w for w in words if _ASCII_WORD_RE.match(w)]
            if latin and actor_id.startswith("country:"):
                self._english_demonym[actor_id.removeprefix("country:")] = latin[0]
        # common words' facts computed by ``khabar kb build`` (mentions/seeds.py): read on a memo miss
        self.seeded = seeds.apply_seeds(self, pack, PACKAGE_CACHE_DIR)

    # ------------------------------------------------------------------ helpers
    def _country_of(self, match: AliasMatch) -> str | None:
        for actor_id in match.actor_ids:
            actor = self.kb.get(actor_id)
            if actor is not None and actor.country:
                return actor.country
        return None

    def _title_at(self, toks: list[Token], i: int) -> tuple[int, Title] | None:
        """Longest title starting at token ``i``: (end token index, title)."""
        if self._key(toks[i].text) not in self._title_first_words:
            return None  # no title starts with this word: skip the phrase lookups
        for n in range(min(self.lexicon.max_title_words, len(toks) - i), 0, -1):
            title = self._title(" ".join(t.text for t in toks[i : i + n]))
            if title is not None:
                return i + n, title
        return None

    def _is_name_word(
        self, text: str, word: Token, alias_starts: dict[int, tuple[int, AliasMatch]], i: int
    ) -> bool:
        return i not in alias_starts and self._name_word_form(word.text)

    def _plain_word(self, word: str) -> bool:
        """Whether ``_sentence``'s loop finds nothing at this word, whatever the sentence, when no
        knowledge-base alias starts at it and the next word is no locative postposition: it begins no
        title, is no honorific, no demonym's plural, begins no name and is no organisation's acronym."""
        if self._key(word) in self._title_first_words or self._is_honorific(word):
            return False
        if self._key(word) in self._org_kinds:
            return False
        if self._plural_demonym(word) is not None or self._may_begin_name(word):
            return False
        acronym = self._acronym(word)
        return (
            acronym is None
            or len(acronym) < 2
            or not any(a.type == "ORG" for a in self.kb.lookup(acronym.upper()))
        )

    def _may_be_name_word(self, word: str) -> bool:
        """What :meth:`_is_name_word` asks of the word's form alone (memoised per form in ``__init__``)."""
        if not _DEVA_NAME_RE.match(word) or len(word) < 2:
            return False
        key = self._key(word)
        if key in self._common_words or key in self._not_name_words:
            return False  # "कहते", "रहते": ordinary words end a name ("जिबकलम कहते हैं")
        if key not in self._name_words_listed and _has_suffix(key, self._adjective_suffixes):
            return False  # "चिंताजनक", "क्रांतिकारी": an adjective, no name
        return not (
            self._is_stop(word) or self._is_honorific(word) or self._is_former(word) or self._title(word)
        )

    def _unknown_name(
        self,
        text: str,
        toks: list[Token],
        i: int,
        alias_starts: dict[int, tuple[int, AliasMatch]],
        limit: int,
        cued: bool = False,
    ) -> int:
        """Token index after an unknown name starting at ``i`` (``i`` when there is none); ``cued``: the
        name follows a title, role noun or honorific, so it may end in an ordinary word that is a
        common name (``_cue_surname``).

        Remembered for the sentence (its token list and alias starts, by identity: both are built once
        per sentence and not changed after): ``_cued_name`` and ``_given_name_run`` ask for the same
        words one after the other."""
        memo = self._unknown_memo
        if memo[0] is not toks or memo[1] is not alias_starts:
            memo = self._unknown_memo = (toks, alias_starts, {})
        found = memo[2].get((i, limit, cued))
        if found is None:
            found = memo[2][(i, limit, cued)] = self._unknown_name_run(
                text, toks, i, alias_starts, limit, cued
            )
        return found

    def _unknown_name_run(
        self,
        text: str,
        toks: list[Token],
        i: int,
        alias_starts: dict[int, tuple[int, AliasMatch]],
        limit: int,
        cued: bool = False,
    ) -> int:
        j = i
        while (
            j < len(toks)
            and j - i < limit
            and (
                self._is_name_word(text, toks[j], alias_starts, j)
                or self._inner_initial(text, toks, i, j, alias_starts)
            )
        ):
            if j > i and not _NAME_GAP_RE.match(text[toks[j - 1].end : toks[j].start]):
                break
            if self._title_at(toks, j) is not None:
                break
            j += 1
        if (
            i < j < len(toks)
            and self._key(toks[j].text) in self._passive_aux
            and self._key(toks[j - 1].text) in self._known_words
            and not self._known_name(toks[j - 1].text)
        ):
            j -= 1  # "विधायक चुने जाने": a participle before a passive auxiliary, no name word
        if cued:
            # "मंत्री मुसद्दिक मलिक बिजली के", "गवर्नर डैनियल मलॉय फायर स्टेशन": an ordinary word after the
            # name (a noun the vocabulary knows, no given or family name) is no part of it
            # — unless an agent or speech cue follows it: "राजीव शुक्ल ने", "जॉन वास कहते हैं" (news
            # vocabulary holds many surnames as often as nouns)
            while j - i >= 2 and self._is_ordinary_tail(toks[j - 1].text) and not self._cue_follows(toks, j):
                j -= 1
        if cued and self._cue_surname_at(text, toks, i, j, alias_starts, limit):
            return j + 1  # "कैप्टन सुनील जेम्स": the name's last word, nothing name-like after it
        return j

    def _cue_surname_at(
        self,
        text: str,
        toks: list[Token],
        i: int,
        j: int,
        alias_starts: dict[int, tuple[int, AliasMatch]],
        limit: int,
    ) -> bool:
        """Whether token ``j``, an ordinary word right after a cued name's run ``i``..``j``, ends that
        name ("कैप्टन सुनील जेम्स ने"): the run holds one or two words, the first a given name, ``j`` is a
        common given or family name (``_cue_surname``), and no locative postposition follows it
        ("मुख्यमंत्री मायावती राज में": the rule of, not a surname)."""
        if j == i or j - i >= limit or j >= len(toks) or j in alias_starts:
            return False
        if not _NAME_GAP_RE.match(text[toks[j - 1].end : toks[j].start]):
            return False
        if not self._is_cue_surname(toks[j].text) or not self._known_name(toks[i].text):
            return False
        if j + 1 < len(toks) and self._key(toks[j + 1].text) in self._locatives:
            return False
        # nothing name-like right after it: where the name ends would be unclear
        return not (self._word_follows(text, toks, j + 1) and self._name_word_form(toks[j + 1].text))

    def _cue_surname(self, word: str) -> bool:
        """An ordinary word (in the common-word list, so no name word by form) that is also a common
        name: a listed name word, or romanising to the given name of five or more of the knowledge base's
        people or a family name of three or more ("राज" Raj, though also "rule"; not "याद", memory, read
        "Iyad", the given name of three); never a stop word,
        honorific, title or letter name."""
        if not _DEVA_NAME_RE.match(word) or len(word) < 2 or self._letters(word):
            return False
        if self._is_stop(word) or self._is_honorific(word) or self._is_former(word) or self._title(word):
            return False
        key = self._key(word)
        if key in self._name_words_listed or key in self._also_names:
            return True
        romanised = self._romanised(word)
        return (
            self._given_names.get(romanised, 0) >= _CUE_GIVEN_MIN
            or self._family_names.get(romanised, 0) >= _FAMILY_MIN
        )

    def _ordinary_tail(self, word: str) -> bool:
        """A word that ends no cued name: an ordinary word of the vocabulary (Zipf ``_TAIL_ZIPF`` or
        more, or seen in ``_TAIL_ARTICLES`` news articles: बिजली, फायर, व्यायाम), no listed name word,
        and romanising to no given or family name of the knowledge base's people or the name lists
        (मलिक, राज, आज़ाद stay)."""
        key = self._key(word)
        articles, zipf = self._vocabulary_keys.get(key, (0, 0.0))
        if (articles < _TAIL_ARTICLES and zipf < _TAIL_ZIPF) or key in self._name_words_listed:
            return False
        if key in self._also_names:
            return False
        if not self._given_names:
            return False  # no name lists loaded: no way to tell a surname from a noun
        romanised = self._romanised(word)
        return not (self._given_names.get(romanised, 0) or self._family_names.get(romanised, 0))

    def _honorific_given(self, toks: list[Token], i: int) -> bool:
        """An honorific that is also a given name (``also_names``) before one family name and nothing
        more: the person's given name ("कप्तान सरदार सिंह ने" is Sardar Singh)."""
        if self._key(toks[i].text) not in self._also_names or i + 2 > len(toks):
            return False
        surname = toks[i + 1].text
        if i + 2 < len(toks) and self._name_word_form(toks[i + 2].text):
            return False
        romanised = self._romanised(surname)
        family = self._family_names.get(romanised, 0)
        return family >= _FAMILY_MIN and family > self._given_names.get(romanised, 0)

    def _outlet_name(
        self, text: str, toks: list[Token], i: int, alias_starts: dict[int, tuple[int, AliasMatch]]
    ) -> int:
        """Token index after a newspaper named by one or two name-like words and an outlet head ("डेली
        टेलीग्राफ", "डेक्कन हेराल्ड"); ``i`` if none starts at token ``i``."""
        heads, key = self._outlet_heads, self._key
        # the head is one of the next two words (the cheap test first: it fails at nearly every word)
        if not heads or not any(key(t.text) in heads for t in toks[i + 1 : i + 3]):
            return i
        if i > 0 and self._is_name_word(text, toks[i - 1], alias_starts, i - 1):
            return i
        j = i
        while j < len(toks) and j - i < 2 and self._is_name_word(text, toks[j], alias_starts, j):
            if j > i and not _NAME_GAP_RE.match(text[toks[j - 1].end : toks[j].start]):
                return i
            j += 1
        if j == i or j >= len(toks) or self._key(toks[j].text) not in self._outlet_heads:
            return i
        if not _NAME_GAP_RE.match(text[toks[j - 1].end : toks[j].start]):
            return i
        return j + 1

    def _kind_named_org(self, text: str, toks: list[Token], i: int) -> int:
        """Token index after the name of an organisation right after the kind noun at token ``i``
        (``[names.org_kinds]``); ``i`` if none: one to four words in quotes ("अख़बार ‘शर्क’"), or one
        or two name-like words the vocabulary does not know with no name-like word after them ("तेल
        कंपनी सिनोपेक के", not "कंपनी प्रमुख" or "कंपनी के")."""
        j = i + 1
        if j >= len(toks):
            return i
        gap = text[toks[i].end : toks[j].start]
        if gap.strip() and _opens_quote(text[: toks[j].start]) and gap.startswith(" "):
            for k in range(j, min(j + _QUOTED_ORG_WORDS, len(toks))):
                after = text[toks[k].end : toks[k + 1].start] if k + 1 < len(toks) else text[toks[k].end :]
                if after[:1] in _QUOTE_MARKS:
                    return k + 1  # the closing quote right after the word
                if not _NAME_GAP_RE.match(after):
                    return i
            return i
        if gap != " ":
            return i
        k = j
        while (
            k < len(toks)
            and k - j < 2
            and self._name_word_form(toks[k].text)
            and self._key(toks[k].text) not in self._known_words
            and (k == j or _NAME_GAP_RE.match(text[toks[k - 1].end : toks[k].start]))
        ):
            k += 1
        if k == j or (self._word_follows(text, toks, k) and self._name_word_form(toks[k].text)):
            return i
        if any(self._is_given(t.text) for t in toks[j:k]):
            return i  # "कंपनी सुरेश …": a person's given name, no organisation's name
        return k

    def _cue_follows(self, toks: list[Token], j: int) -> bool:
        """Whether an agent or speech cue of ``[names] cues`` ("ने", "कहते हैं") starts at token ``j``."""
        following = tuple(self._key(t.text) for t in toks[j : j + 2])
        return any(following[: len(cue)] == cue for cue in self._name_cues)

    def _cued_name(
        self, text: str, toks: list[Token], i: int, alias_starts: dict[int, tuple[int, AliasMatch]]
    ) -> int:
        """Token index after a person named before an agent or speech cue ("सादिक जिबकलम ने कहा",
        "वंज़ारा ने"): one to three name-like words, at least one unknown to the vocabulary; ``i`` if none."""
        if not self._name_cues:
            return i
        limit, firsts, key = self.lexicon.max_name_tokens, self._cue_firsts, self._key
        if firsts is not None and not any(key(t.text) in firsts for t in toks[i + 1 : i + 1 + limit]):
            return i  # no cue can follow a run from here: the run's end would be no cue's start
        if not self._may_start_name(text, toks, i, alias_starts):
            return i
        end = self._unknown_name(text, toks, i, alias_starts, limit)
        if end == i or end >= len(toks) or end in alias_starts:
            return i
        keys = [self._key(t.text) for t in toks[i:end]]
        if any(k in self._frequent_words for k in keys):
            return i  # "फूट", "लोक गायक": a frequent word, more likely a noun than part of a name
        if len(keys) == 1 and keys[0] in self._known_words and keys[0] not in self._name_words_listed:
            # one known word ("हेडमास्टर ने") is a noun, not a name; two or three ("अन्ना हज़ारे ने") are
            # a name when none of them is frequent
            return i
        if any(self._acronym(t.text) for t in toks[i:end]):
            return i  # "सीबीआई ने": an organisation's initials
        if len(keys) == 1 and keys[0] in self._deities:
            return i  # "ईश्वर ने": God, though the word is a given name too
        following = [self._key(t.text) for t in toks[end : end + 2]]
        if not any(tuple(following[: len(cue)]) == cue for cue in self._name_cues):
            return i
        if self._english_only(toks[i:end]):
            return i  # "लोडशेडिंग ने", "दाखिल चार्जशीट के मुताबिक": English loanwords, no name
        return end

    def _english_only(self, words: list[Token]) -> bool:
        """Whether a run of words holds an English loanword (मोबाइल mobile, चार्जशीट charge+sheet) and
        otherwise only words the vocabulary knows: no listed name word and no given name among them."""
        loanword = False
        for word in words:
            key = self._key(word.text)
            if key in self._name_words_listed or self._is_given(word.text):
                return False
            if self.loanwords.english(word.text) is not None:
                return False  # "अपोलो हॉस्पिटल ने": an organisation's name, found as one by loanwords.toml
            romanised = self._romanised(word.text)
            if romanised in self._family_names or romanised in self._given_names:
                return False  # "सिंघल" Singhal, though it sounds like "single"
            if self._is_loanword(word.text):
                loanword = True
            elif key not in self._known_words:
                return False
        return loanword

    def _may_start_name(
        self, text: str, toks: list[Token], i: int, alias_starts: dict[int, tuple[int, AliasMatch]]
    ) -> bool:
        """Whether token ``i`` may begin a run of name words: the word before it is no name word (the run
        would start there) and it is no lone letter name that is also a word ("छोटी सी सुनीता": "सी" is
        "like", no initial)."""
        if i > 0 and self._is_name_word(text, toks[i - 1], alias_starts, i - 1):
            return False
        return not self._lone_homograph(text, toks, i)

    def _romanised(self, word: str) -> str:
        plain = self.kb.romanise_word(word).casefold()
        english = self._english_given.get(self._key(word)) if self._english_given else None
        if english is None or english == plain:
            return plain
        # the English spelling when the name lists know it better ("Jems" is no one's name; "Glen"
        # is a given name of more people than "Glenn")
        return english if self._name_count(english) > self._name_count(plain) else plain

    def _name_count(self, romanised: str) -> int:
        return self._given_names.get(romanised, 0) + self._family_names.get(romanised, 0)

    def _given_first(self, word: str) -> bool:
        """A given name to start a name with no cue: a listed name word ("राहुल"), or one romanising to a
        given name of given_names.tsv that is no ordinary Hindi word or is the given name of two or more
        people ("सुनील"; "आसमान" is the sky, though one foreign "Asman" is in the knowledge base)."""
        key = self._key(word)
        if key in self._name_words_listed:
            return True
        romanised = self._romanised(word)
        count = self._given_names.get(romanised, 0)
        if key not in self._known_words:
            # "इज़तुल्लाह": a Perso-Arabic compound given name the census lists spell otherwise
            return count > 0 or _has_suffix(key, self._given_suffixes)
        # an ordinary word: a given name of two or more people ("रवि" Ravi, "मार्क" Mark), but an English
        # name (of the census lists) that Indians do not use must be written as Hindi writes English
        # names, with ट/ड for English t/d: "स्तन" (breast) with its dental त is no "Stan", "दान"
        # (donation) no "Dan"
        if count < 2:
            return False
        if romanised in self._indian_given or romanised not in self.kb.speller.english_known:
            return True
        return not any(letter in word for letter in _DENTALS)

    def _frequent_given(self, word: str) -> bool:
        """An Indian given name that news copy uses so often (for a famous bearer: "अमिताभ", "सलमान")
        that the vocabulary counts it as an ordinary word of its own (``_common_words``)."""
        key = self._key(word)
        if key not in self._common_words or key in self._frequent_words or self._is_stop(word):
            return False
        romanised = self._romanised(word)
        return romanised in self._indian_given and self._given_names.get(romanised, 0) >= 2

    def _famous_given_run(
        self, text: str, toks: list[Token], i: int, alias_starts: dict[int, tuple[int, AliasMatch]]
    ) -> int:
        """Token index after a person named by such a frequent given name (``_frequent_given``) and
        the family name of three or more people after it ("किरकुक में काम करने वाले अमिताभ सिंह ने
        कहा"); ``i`` if none. Alone, the given name stays an ordinary word (it names the famous bearer,
        whom the knowledge base knows, as often as anyone)."""
        if i + 1 >= len(toks) or i in alias_starts or not self._given_names:
            return i
        if text[toks[i].end : toks[i + 1].start] != " " or not self._famous_given(toks[i].text):
            return i
        if self._key(toks[i + 1].text) in self._frequent_words - self._name_words_listed:
            return i
        if self._family_names.get(self._romanised(toks[i + 1].text), 0) < _FAMILY_MIN:
            return i
        if i > 0 and self._is_name_word(text, toks[i - 1], alias_starts, i - 1):
            return i  # a longer name begins earlier
        end = self._unknown_name(text, toks, i + 1, alias_starts, self.lexicon.max_name_tokens - 1)
        while end > i + 2 and not self._is_next_name(toks[end - 1].text):
            end -= 1  # "जेम्स बॉन्ड स्टाइल में": a known word after the family name (style), no part of it
        return end if end > i + 1 else i

    def _given_with_family(self, first: str, second: str) -> bool:
        """Whether an ordinary word that romanises to a given name of two or more people (one that
        ``_given_first`` turns down) begins a name before ``second``: the family name of three or more
        people ("दान ब्राउन" Dan Brown; not "स्तन कैंसर", breast cancer), or a common given name of the
        Indian name lists that few of the knowledge base's people bear ("हाशिम अंसारी" Hashim Ansari)."""
        key = self._key(first)
        if key not in self._known_words:
            return False
        romanised = self._romanised(first)
        if self._given_names.get(romanised, 0) < 2 and self._indian_given.get(romanised, 0) < _LISTED_COMMON:
            return False
        return self._family_names.get(self._romanised(second), 0) >= _FAMILY_MIN

    def _given_name_run(
        self, text: str, toks: list[Token], i: int, alias_starts: dict[int, tuple[int, AliasMatch]]
    ) -> int:
        """Token index after a person named by a run of two or three name-like words whose first word
        is a known given name ("राम जेठमलानी से", "सुनील कटलाम को"); ``i`` if none."""
        if not self._given_names or not self._second_name_word(toks, i):
            return i
        if not self._may_start_name(text, toks, i, alias_starts):
            return i
        end = self._unknown_name(text, toks, i, alias_starts, self.lexicon.max_name_tokens)
        if end - i < 2 or end in alias_starts:
            return i
        whole = end
        end = self._name_before_known_word(toks, i, end)
        keys = [self._key(t.text) for t in toks[i:end]]
        if any(k in self._frequent_words and k not in self._name_words_listed for k in keys):
            return i  # "शोर शराबा": a frequent word, more likely ordinary text than a name
        if any(self._acronym(t.text) for t in toks[i:end]):
            return i
        if "-" in text[toks[i].start : toks[end - 1].end]:
            return i  # "हिलने-डुलने": an echo pair or compound, no name
        if _echo(toks[i].text, toks[i + 1].text):
            return i  # "रटी रटाई", "सोणा सोणा": an echo pair or a song's refrain, no name
        if not all(self._is_next_name(t.text) for t in toks[i + 1 : end]):
            return i  # "विकास अत्यंत", "कृष्णा खेलना": a known Hindi word after it, no surname
        if whole < len(toks) and self._is_name_word(text, toks[whole], alias_starts, whole):
            # longer than a name ("अयातुल्लाह मोहम्मद तकी मिस्वाह", "आंग सान सू ची"): where it starts is unclear
            return i
        if _opens_quote(text[: toks[i].start]):
            return i  # "फ़िल्म 'गुलाब गैंग'", "'एलडर सिस्टर ऑफ प्रोपर्टी'": a title or phrase quoted
        for tok in toks[end : end + 3]:
            if self._key(tok.text) in self._named_after:
                return i  # "राजीव गांधी खेल रत्न पुरस्कार": a thing named after a person
            if self._is_stop(tok.text):
                break  # "सुनील जेम्स को पुरस्कार मिला": the award is given to the person
        if self._key(toks[i].text) in self._initials and any(
            self._key(t.text) in self._known_words for t in toks[i + 1 : end]
        ):
            return i  # "आर शेषासयी" is R Seshasayee, "सी सीमाएं" ("borders like …") no one
        if self._is_given(toks[i].text) or self._given_with_family(toks[i].text, toks[i + 1].text):
            return end
        return i

    def _second_name_word(self, toks: list[Token], i: int) -> bool:
        """Whether token ``i + 1`` may continue a run of name words begun at ``i`` (``_unknown_name_run``
        takes it only as a name word by form or an initial inside a name): a cheap test, false at most
        words, before the run of two or more words ``_given_name_run`` needs is looked for."""
        if i + 1 >= len(toks):
            return False
        word = toks[i + 1].text
        return self._name_word_form(word) or self._key(word) in self._initials

    def _name_before_known_word(self, toks: list[Token], i: int, end: int) -> int:
        """Token index after the run ``i:end`` without the known words at its end that are no names
        ("आज़म ख़ान गिरफ़्तार किए गए": गिरफ़्तार, arrested, is too rare in news to end the run by
        itself), when two words or more are left and the last of them is a name of the lists
        (``_surname_after_given``); ``end`` otherwise."""
        trimmed = end
        while (
            trimmed - i > 2
            and self._key(toks[trimmed - 1].text) in self._known_words
            and not self._known_name(toks[trimmed - 1].text)
        ):
            trimmed -= 1
        if trimmed < end and self._surname_after_given(toks[trimmed - 1].text):
            return trimmed
        return end

    def _letter_count(self, word: str) -> int:
        """How many Latin letters a word spells in letter names ("वीके" 2, "ए" 1), 0 when it is no such
        word (see ``[letter_names]`` of transliteration.toml)."""
        letters = self.transliterator.letters(word)
        return len(letters) if letters is not None else 0

    def _initials_name(
        self,
        text: str,
        toks: list[Token],
        i: int,
        alias_starts: dict[int, tuple[int, AliasMatch]],
        after_title: bool = False,
    ) -> int:
        """Token index after a person named by initials and a surname ("वीके सिंह", "ए राजा", "सी पी
        जोशी", "ई. राजेंदर", "मजिस्ट्रेट एसपी तमंग"): one to three letter names, in one word or several,
        then one or two name words ending in a surname; ``i`` if none.

        Not initials: a title ("एसपी ने", "डीएम अनिल कुमार": an office, unless another title came
        right before, ``after_title``), an organisation the knowledge base knows by three or more
        letters ("एनआईए", "सीबीआई"), a lone undotted letter name that is also a word ("अमेरिका के ट्रंप")."""
        if i >= len(toks) or not 0 < self._letters(toks[i].text) <= 2:
            return i  # no letter name or an acronym: the loop below would stop at once (cheap screen first)
        if i > 0 and not after_title and self._in_name(text, toks, i, alias_starts):
            return i  # inside a run of names
        letters, j = 0, i
        while j < len(toks) and letters < 3:
            count = self._letters(toks[j].text)
            # three letters in one word are an acronym ("एमएलसी", "डीआईजी"), not a person's initials
            if not count or count > 2 or letters + count > 3:
                break
            if j > i and not _INITIAL_GAP_RE.match(text[toks[j - 1].end : toks[j].start]):
                break
            if j > i and j in alias_starts:
                break
            glued = j > i and self._key(toks[j].text) in self._initial_homographs
            if glued and self._letters(toks[j - 1].text) != 1:
                break  # "के" joins single letters ("वी के सिंह"), not an acronym ("जीबी के मेमोरी")
            letters, j = letters + count, j + 1
        if j == i or j >= len(toks):
            return i
        if not _INITIAL_GAP_RE.match(text[toks[j - 1].end : toks[j].start]):
            return i
        if self._lone_homograph(text, toks, i) or _opens_quote(text[: toks[i].start]):
            return i  # "जहाज़ 'एमटी ओसियन सेंचुरियन'": a quoted name of a thing
        if any(self._key(t.text) in self._common_words for t in toks[i:j]):
            return i  # "टीवी", an ordinary word of news copy, is no one's initials
        lone = j - i == 1 and letters == 1 and "." not in text[toks[i].end : toks[j].start]
        if not after_title and any(self._title(t.text) for t in toks[i:j]):
            return i  # "एसपी", "डीएम": an office
        # the surname: one or two name words, the last one a surname ("राजा" may be one: "ए राजा")
        end = j
        while end < len(toks) and end - j < 2:
            tok = toks[end]
            if end > j and not _NAME_GAP_RE.match(text[toks[end - 1].end : tok.start]):
                break
            key = self._key(tok.text)
            if end in alias_starts and kb_type(self.kb, alias_starts[end][1].actor_ids) != "PER":
                break
            if not (self._name_word_form(tok.text) or key in self._also_names) or self._letters(tok.text):
                break
            end += 1
        if end == j or not all(
            self._is_next_name(t.text) or self._key(t.text) in self._also_names for t in toks[end - 1 : end]
        ):
            return i
        if any(
            self._key(t.text) in self._frequent_words and not self._is_next_name(t.text) for t in toks[j:end]
        ):
            return i
        if lone and not self._known_name(toks[end - 1].text):
            return i  # "एक्स रेटड फिल्म": one undotted letter before a word no one is known to be named
        for tok in toks[end : end + 3]:
            if self._key(tok.text) in self._named_after:
                return i  # "वीके सिंह स्टेडियम"
            if self._is_stop(tok.text):
                break
        return end

    def _after_role_noun(
        self, text: str, toks: list[Token], i: int, alias_starts: dict[int, tuple[int, AliasMatch]]
    ) -> int:
        """Token index after a person named right after a role noun of names.toml ("चौकीदार दीनानाथ
        नागेश", "वार्डन बबीता मरकाम", "आरक्षक अमर ठाकुर घायल हुए"); ``i`` when token ``i`` is no role
        noun or no name follows. The name is two or three name-like words, each after the first a
        possible surname, no frequent word among them; or one word the vocabulary does not know."""
        if self._key(toks[i].text) not in self._role_nouns or i + 1 >= len(toks):
            return i
        j = i + 1
        if not _NAME_GAP_RE.match(text[toks[i].end : toks[j].start]):
            return i
        run = self._unknown_name(text, toks, j, alias_starts, self.lexicon.max_name_tokens, cued=True)
        end = j + 1 if run > j else j
        while end < run and (
            self._is_next_name(toks[end].text)
            or (end == run - 1 and not self._name_word_form(toks[end].text))
        ):
            # "अमर ठाकुर घायल": "घायल" (injured) is no surname; an ordinary word the run ends in is a
            # common name (``_cue_surname_at``: "संवाददाता विवेक राज")
            end += 1
        if end == j:
            return i
        keys = [self._key(t.text) for t in toks[j:end]]
        # a frequent word ("सागर", the sea) is a given name here only before a surname the vocabulary
        # does not know ("शिक्षक सागर कटलाम")
        unknown_last = end - j >= 2 and keys[-1] not in self._known_words
        # a common name the run ends in (``_cue_surname_at``) was vetted as a name already
        own = keys[:-1] if end - j >= 2 and not self._name_word_form(toks[end - 1].text) else keys
        frequent = any(k in self._frequent_words and k not in self._name_words_listed for k in own)
        if frequent and not unknown_last:
            return i
        if any(self._acronym(t.text) for t in toks[j:end]) or "-" in text[toks[j].start : toks[end - 1].end]:
            return i
        if end - j == 1 and (not self._known_name(toks[j].text) or self._word_follows(text, toks, end)):
            # "शिक्षक गैरअनुभवी थे", "गेंदबाज़ मोहम्मद आसिफ़" (half a name): one word only when it is a
            # known name and no other word follows it
            return i
        if end in alias_starts or _opens_quote(text[: toks[j].start]):
            return i
        if any(t.text.endswith(_PLURAL_ENDINGS) for t in toks[j:end]):
            return i  # "पीड़ित आदिवासी बच्चियां": a plural noun, no one's name
        return end

    def _word_follows(self, text: str, toks: list[Token], k: int) -> bool:
        """Whether token ``k`` is a Devanagari word, no stop word, right after the one before it."""
        return (
            k < len(toks)
            and _NAME_GAP_RE.match(text[toks[k - 1].end : toks[k].start]) is not None
            and _DEVA_NAME_RE.match(toks[k].text) is not None
            and not self._is_stop(toks[k].text)
        )

    def _place_as_given_name(
        self,
        text: str,
        toks: list[Token],
        i: int,
        end: int,
        match: AliasMatch,
        alias_starts: dict[int, tuple[int, AliasMatch]],
    ) -> bool:
        """Whether a one-word place alias at token ``i`` is the given name of a person named with the
        next word ("हसन रहानी", Hassan being a city too): the word is a given name, the next one a word
        the vocabulary does not know or a name of the lists (``_surname_after_given``: "हसन फरीद"), a
        space between, nothing name-like after it."""
        if end - i != 1 or end >= len(toks) or match.demonym or kb_type(self.kb, match.actor_ids) != "GPE":
            return False
        nxt = toks[end]
        if text[toks[i].end : nxt.start] != " " or end in alias_starts or not self._is_given(toks[i].text):
            return False
        if not self._name_word_form(nxt.text):
            return False
        if self._key(nxt.text) in self._known_words and (
            self._key(toks[i].text) in self._frequent_words or not self._surname_after_given(nxt.text)
        ):
            return False  # "मुंबई इंडियंस", "राजस्थान विधान सभा": a frequent place before a known word
        return not (self._word_follows(text, toks, end + 1) and self._name_word_form(toks[end + 1].text))

    def _surname_after_given(self, word: str) -> bool:
        """Whether a word the vocabulary knows may end a name after a given name: a listed name word or a
        name of the Indian name lists, given (Muslim surnames are often given names: "हसन फरीद" Hasan
        Farid) or family, and no frequent word ("हसन जिले", "हसन नगर": the town's district, a place).
        The knowledge base's own name counts are no source here: teams and bodies fill them
        ("इंडियंस" Indians)."""
        key = self._key(word)
        if key in self._frequent_words:
            return False
        if key in self._name_words_listed:
            return True
        romanised = self._romanised(word)
        return romanised in self._indian_given or romanised in self.kb.speller.families

    def _namesake(
        self,
        text: str,
        toks: list[Token],
        i: int,
        end: int,
        match: AliasMatch,
        result: list[EntityMention],
        offset: int,
    ) -> bool:
        """Whether a one-word person alias at token ``i`` ("मोदी" → Narendra Modi) follows a given name
        that is not the known person's ("ललित मोदी" is Lalit Modi): a given name of given_names.tsv or a
        listed name word, right before, in no mention yet, whose romanisation matches none of the first
        words of the actor's English names."""
        if i == 0 or end - i != 1 or match.demonym or kb_type(self.kb, match.actor_ids) != "PER":
            return False
        before = toks[i - 1]
        if not _NAME_GAP_RE.match(text[before.end : toks[i].start]) or self._letters(before.text):
            return False
        if result and result[-1].end > before.start + offset:
            return False  # the word is in a mention already ("प्रधानमंत्री मोदी" is the title's)
        if not self._name_word_form(before.text) or self._key(before.text) in self._frequent_words:
            return False
        romanised = self._romanised(before.text)
        # right before a surname any given name of the list will do ("ललित", also "fine" as in fine arts)
        if not (self._given_names.get(romanised, 0) or self._key(before.text) in self._name_words_listed):
            return False
        given = latin_key(romanised)
        for actor_id in match.actor_ids:
            actor = self.kb.get(actor_id)
            if actor is None:
                continue
            for name in (actor.name, *actor.aliases):
                words = name.split()
                if len(words) >= 2 and name.isascii() and _close(latin_key(words[0]), given):
                    return False  # "नरेंद्र मोदी": the known person's own given name
        return True

    def _known_name(self, word: str) -> bool:
        """A word that names people: a listed name word or title-like given name ("राजा"), or one
        romanising to a given or family name of the knowledge base's people ("राडिया" is not)."""
        key = self._key(word)
        if key in self._name_words_listed or key in self._also_names:
            return True
        romanised = self._romanised(word)
        return self._given_names.get(romanised, 0) > 0 or self._family_names.get(romanised, 0) > 0

    def _lone_homograph(self, text: str, toks: list[Token], i: int) -> bool:
        """Token ``i`` is a letter name that is also a word ("के", "सी"), with no full stop after it and
        no other letter name right after it: the word, not an initial ("अमेरिका के ट्रंप")."""
        if self._key(toks[i].text) not in self._initial_homographs:
            return False
        if i + 1 < len(toks):
            gap = text[toks[i].end : toks[i + 1].start]
            if "." in gap or (_INITIAL_GAP_RE.match(gap) and self._letters(toks[i + 1].text)):
                return False
        return True

    def _in_name(
        self, text: str, toks: list[Token], i: int, alias_starts: dict[int, tuple[int, AliasMatch]]
    ) -> bool:
        """Whether the word before token ``i`` may be part of the same name: a name-like word right before
        it (a space or hyphen between) that is unknown to the vocabulary or a listed or given name
        ("राम के"), not a known noun ("सहयोगी आरके चंदौलिया": the associate R. K. Chandolia)."""
        before = toks[i - 1]
        if not _NAME_GAP_RE.match(text[before.end : toks[i].start]):
            return False  # "चंदौलिया, एके श्रीवास्तव"
        if not self._is_name_word(text, before, alias_starts, i - 1):
            return False
        key = self._key(before.text)
        return key not in self._known_words or key in self._name_words_listed or self._is_given(before.text)

    def _recurring_pair(
        self, text: str, toks: list[Token], i: int, alias_starts: dict[int, tuple[int, AliasMatch]]
    ) -> int:
        """Token index after a two-word name whose second word is ordinary vocabulary ("इशरत जहां",
        जहां = "where"): the first word a given name the vocabulary does not know, the pair written
        together at least twice in the article; ``i`` if none."""
        if i + 1 >= len(toks) or text[toks[i].end : toks[i + 1].start] != " " or i + 1 in alias_starts:
            return i
        first, second = toks[i], toks[i + 1]
        key = self._key(first.text)
        # the cheap tests first (the first word's form, the pair's count) and the romanising ones
        # (``_in_name``, ``_is_given``) last: each returns ``i`` alone, in any order
        if key in self._known_words or not self._name_word_form(first.text):
            return i
        if self._pairs.get((key, self._key(second.text)), 0) < _PAIR_MIN:
            return i
        if not _DEVA_NAME_RE.match(second.text) or self._is_stop(second.text) or self._title(second.text):
            return i
        if i > 0 and self._in_name(text, toks, i, alias_starts):
            return i
        if not self._is_given(first.text):
            return i
        if self._word_follows(text, toks, i + 2) and self._name_word_form(toks[i + 2].text):
            return i  # a longer run: where the name ends is unclear
        return i + 2

    def _next_name(self, word: str) -> bool:
        """A word that may follow a given name: unknown to the vocabulary ("जेठमलानी"), a listed name
        word ("शर्मा"), romanising to the family name of three or more people (family_names.tsv), or a
        family name of the Indian name lists that news copy writes often enough for the vocabulary to
        know it (नायक Nayak, साहू Sahu, सैनी Saini: "जितेंद्र नायक को"), but no frequent word."""
        key = self._key(word)
        if key in self._name_words_listed or key not in self._known_words:
            return True
        romanised = self._romanised(word)
        if self._family_names.get(romanised, 0) >= _FAMILY_MIN:
            return True
        return key not in self._frequent_words and romanised in self.kb.speller.families

    def _inner_initial(
        self, text: str, toks: list[Token], i: int, j: int, alias_starts: dict[int, tuple[int, AliasMatch]]
    ) -> bool:
        """A letter name that is also a stop word ("के") inside a name of initials: "वी के बिरदी"."""
        return (
            j > i
            and j + 1 < len(toks)
            and self._key(toks[j].text) in self._initials
            and self._key(toks[j - 1].text) in self._initials
            and j not in alias_starts
            and self._is_name_word(text, toks[j + 1], alias_starts, j + 1)
        )

    # ------------------------------------------------------------------ main
    def find(self, doc: Document) -> list[EntityMention]:
        try:
            found = self._find(doc)
        finally:
            self._tokens.clear()  # the article's tokens (see ``__init__``)
        spans = [(s.start, s.end) for s in doc.sentences or []]
        return seat_mentions(self.seats, self.kb, doc.clean or "", found, spans)  # election seats

    def _find(self, doc: Document) -> list[EntityMention]:
        mentions: list[EntityMention] = []
        sentences = list(iter_sentences(doc))
        previous: str | None = (
            None  # the one country (by places and titles) the last sentence naming any named
        )
        self._state_context = None
        self._owned_groups = {}
        self._named_bodies = []
        self._published = doc.published.date().isoformat() if doc.published else latest_year(doc.clean or "")
        self._person_words = set()
        self._unknown_memo = (None, None, {})
        # the knowledge base's names of every sentence, once: they also say which country the
        # article is about (for generic agents no sentence qualifies: "पुलिस", "चुनाव आयोग")
        exact = self._without_word_cities(
            {text: self._without_phrases(text, self.kb.find_alias_matches(text)) for _, _, text in sentences}
        )
        # a place opening another name ("राजस्थान रॉयल्स", a team) says nothing of where the story is
        self._place_states = self._place_article_states(self._place_evidence(exact).values())
        self._aliases = {text: self._with_variants(text, matches) for text, matches in exact.items()}
        # word pairs of the article, for names that recur with an ordinary word in them ("इशरत जहां"):
        # only pairs whose first word the vocabulary does not know (``_recurring_pair`` asks no other)
        # (the vocabulary test first: it drops most pairs before the gap between them is read)
        known, key = self._known_words, self._key
        self._pairs = Counter(
            (first, key(b.text))
            for _, _, text in sentences
            for a, b in pairwise(self._tokens(text))
            if (first := key(a.text)) not in known and text[a.end : b.start] == " "
        )
        evidence = self._place_evidence(self._aliases)
        self._article_country = self._dominant_country(evidence.values())
        self._state_story = self._about_a_state(evidence.values())
        for index, sentence, text in sentences:
            found = self._sentence(text, sentence.start, index, previous)
            countries = {
                c
                for m in found
                if m.finder != GROUP
                and (c := self._place_country(m) or m.role_country)
                and self.kb.country(c) is not None  # no organisation's code ("UNO")
            }
            if countries:
                previous = next(iter(countries)) if len(countries) == 1 else None
            mentions.extend(found)
        mentions = self._place_tails(mentions)
        self._spelling_variants(mentions)
        mentions = self._surname_runs(sentences, mentions)
        mentions = self._cued_elsewhere(sentences, mentions)
        mentions.extend(self._name_words(sentences, mentions))
        mentions.extend(self._org_heads(sentences, mentions))
        if "(" in (doc.clean or ""):  # cheap screen: most articles define no short form
            mentions.extend(self._bracketed_acronyms(sentences, mentions, doc.clean or ""))
        local = self._country_aliases.get(self._article_country or "")
        if local:
            for mention in mentions:
                # "एनएसए ने …" read as a title with no name after it: the actor of the article's country
                actor = local.get(self._key(mention.text)) if mention.finder == TITLE_ONLY else None
                if actor is not None and self.kb.get(actor) is not None:
                    _with(
                        mention,
                        type="ORG",
                        kb_ids=(actor,),
                        finder="country_alias",
                        title=None,
                        title_span=None,
                        role_country=None,
                        role_sector=None,
                    )
            mentions.extend(
                self._standalone(
                    sentences,
                    mentions,
                    local,
                    lambda key, _start: (
                        {"type": "ORG", "kb_ids": (local[key],), "finder": "country_alias"}
                        if key in local and self.kb.get(local[key]) is not None
                        else None
                    ),
                )
            )
        self._aliases = {}
        if self._agent_aliases:
            # "आयोग ने" after "मानवाधिकार आयोग" in a story about Afghanistan: the head word names the
            # same (other country's) body as the name it stands for (_national_body changes in place)
            converted: dict[tuple[str, ...], EntityMention] = {}
            kinds = {id(m): kind for m, kind in self._coordinated_bodies(mentions, doc.clean or "")}
            for mention in mentions:
                ids, finder = mention.kb_ids, mention.finder
                self._national_body(mention, doc.clean or "", kinds.get(id(mention)))
                if ids and (mention.kb_ids, mention.finder) != (ids, finder):
                    converted.setdefault(ids, mention)
            for mention in mentions:
                body = converted.get(mention.kb_ids) if mention.finder == "head_word" else None
                if body is not None:
                    _with(
                        mention,
                        kb_ids=body.kb_ids,
                        finder=body.finder,
                        type=body.type,
                        title=body.title,
                        role_country=body.role_country,
                        role_sector=body.role_sector,
                    )
            # "विपक्षी दल कांग्रेस ने …": the generic words describe the organisation named right after
            starts = {m.start: m for m in mentions if m.type == "ORG"}
            mentions = [
                m
                for m in mentions
                if not (
                    self._key(m.text) in self._agent_aliases
                    and (after := starts.get(m.end + 1)) is not None
                    and after.kb_ids
                    and (doc.clean or "")[m.end : m.end + 1] == " "
                )
            ]
        return mentions

    def _without_phrases(self, text: str, matches: list[AliasMatch]) -> list[AliasMatch]:
        """``matches`` less names written only with the most frequent words of the language, none a
        name of its own ("आज तक नहीं", not yet: no TV channel; "भारत सरकार" stays), but for one in
        quote marks ("'आज तक' चैनल")."""
        kept: list[AliasMatch] = []
        for match in matches:
            words = text[match.start : match.end].split()
            quoted = (match.start > 0 and text[match.start - 1] in _QUOTES) or (
                match.end < len(text) and text[match.end] in _QUOTES
            )
            frequent = self._vocabulary_keys
            if (
                len(words) >= 2
                and not quoted
                and all(frequent.get(self._key(w), (0, 0.0))[1] >= _PHRASE_WORD_ZIPF for w in words)
                and not any(self.kb.lookup(w) for w in words)  # "भारत सरकार": भारत names India
            ):
                continue
            kept.append(match)
        return kept

    def _word_city(self, text: str, match: AliasMatch) -> str | None:
        """The country of a city abroad that one frequent Hindi word names ("मोबाइल" Mobile, "मान" Man):
        every actor of the match a GeoNames city of one country other than India, no capital; else None."""
        word = text[match.start : match.end]
        if match.demonym or " " in word or not _DEVA_NAME_RE.match(word):
            return None
        if self._vocabulary_keys.get(self._key(word), (0, 0.0))[1] < _WORD_NOT_PLACE_ZIPF:
            return None
        countries: set[str | None] = set()
        for actor_id in match.actor_ids:
            actor = self.kb.get(actor_id)
            if actor is None or not actor.is_city or (actor.source_file or "").endswith(":capital"):
                return None
            countries.add(actor.country)
        country = next(iter(countries)) if len(countries) == 1 else None
        # Hindi news names an Indian town without naming India ("वह हसन गए थे"): only cities abroad
        return country if country != "IND" else None

    def _without_word_cities(self, exact: dict[str, list[AliasMatch]]) -> dict[str, list[AliasMatch]]:
        """The article's alias matches less a frequent Hindi word matched as a small city of a country
        the article names nowhere else (no other place, body, person or demonym of it): the word is
        meant ("मोबाइल लाइसेंस", mobile licences), not Mobile, Alabama."""
        cities = {
            (text, match.start): country
            for text, matches in exact.items()
            for match in matches
            if (country := self._word_city(text, match)) is not None
        }
        if not cities:
            return exact
        named: set[str] = set()
        for text, matches in exact.items():
            for match in matches:
                if (text, match.start) in cities:
                    continue
                for actor_id in match.actor_ids:
                    actor = self.kb.get(actor_id)
                    if actor is not None and actor.country:
                        named.add(actor.country)
        return {
            text: [m for m in matches if (country := cities.get((text, m.start))) is None or country in named]
            for text, matches in exact.items()
        }

    def _with_variants(self, text: str, matches: list[AliasMatch]) -> list[AliasMatch]:
        """``matches`` (the knowledge base's aliases in ``text``) and, between them, runs of Devanagari
        words that are an alias but for vowel length or an inner ा ("कोलकता में" → Kolkata; see
        ``khabar.kb.variants``: made at lookup time from the words of the text, never indexed)."""
        toks = self._tokens(text)
        keys = [self._key(t.text) for t in toks]
        begins = self._begins_alias
        covered = SpanSet((m.start, m.end) for m in matches)
        kb, options = self.kb, self._word_options.__getitem__
        added: list[AliasMatch] = []
        k = 0
        while k < len(toks):
            tok = toks[k]
            # most words begin no alias in any spelling: one memoised look-up each
            if not begins[keys[k]] or covered.overlaps(tok.start, tok.end):
                k += 1
                continue
            if not _DEVA_NAME_RE.match(tok.text):
                k += 1
                continue
            stop, last = k + 1, min(len(toks), k + _VARIANT_WORDS)
            while stop < last and text[toks[stop - 1].end : toks[stop].start] == " ":
                stop += 1
            if not self._begins_changed[keys[k]] and (
                stop == k + 1 or not self._pair_begins[f"{keys[k]} {keys[k + 1]}"]
            ):
                # the word as written begins aliases ("भारत") but no spelling of the next continues one
                k += 1
                continue
            run = keys[k:stop]
            found = span_variant_match(
                run, kb.prefixes, kb.match_index, self._vocabulary_keys, options, self._place_spelt_freely
            )
            if found is not None:
                length, ids = found
                start, end = tok.start, toks[k + length - 1].end
                # a longer name may take in a shorter alias ("अरूण जेटली" over "जेटली"), never cut one
                cut = any(m.start < end < m.end or m.start < start < m.end for m in matches)
                if not cut:
                    added.append(AliasMatch(start, end, list(ids)))
                    k += length
                    continue
            k += 1
        if not added:
            return matches
        kept = [m for m in matches if not any(a.start <= m.start and m.end <= a.end for a in added)]
        return sorted([*kept, *added], key=lambda m: m.start)

    def _pair_begins_alias(self, pair: str) -> bool:
        first, second = pair.split(" ", 1)
        prefixes = self.kb.prefixes
        return any(f"{first} {spelling}" in prefixes for spelling, _ in self._word_options[second])

    def _spelling_variants(self, mentions: list[EntityMention]) -> None:
        """Names no alias matched that are a knowledge-base alias but for vowel length or an inner ा
        ("मंत्री नितिश कुमार" → नीतीश कुमार): linked to that alias's actor where its type agrees
        (``khabar.kb.variants``; the variants are made of the name looked up, never indexed)."""
        for mention in mentions:
            if mention.kb_ids or mention.type is None or mention.finder in (GROUP, TITLE_ONLY):
                continue
            ids = self._variant_ids[self._key(mention.text)]
            if ids and kb_type(self.kb, ids) == mention.type:
                _with(mention, kb_ids=ids)

    def _place_tails(self, mentions: list[EntityMention]) -> list[EntityMention]:
        """Unknown people whose name ends in a word the article names as a place on its own ("हाजी
        रुहुल्ला ग्वांतानामो का" beside "ग्वांतानामो में"): the place is no part of the name."""
        places = {
            self._key(m.text) for m in mentions if m.type in _PLACE_TYPES and m.kb_ids and " " not in m.text
        }
        if not places:
            return mentions
        out: list[EntityMention] = []
        for mention in mentions:
            if mention.type == "PER" and not mention.kb_ids and mention.finder in _CUED_FINDERS:
                toks = self._tokens(mention.text)
                keep = len(toks)
                while keep > 1 and self._key(toks[keep - 1].text) in places:
                    keep -= 1
                # never down to a lone honorific ("हाजी ग्वांतानामो" is left as it is)
                if keep < len(toks) and not (keep == 1 and self._is_honorific(toks[0].text)):
                    end = toks[keep - 1].end
                    mention = _with(mention, end=mention.start + end, text=mention.text[:end])
            out.append(mention)
        return out

    def _qualifier_country(self, before: str) -> str | None:
        """The country of a demonym ending ``before`` ("नेपाली"), or of a country's name followed by
        a genitive or locative postposition ("पाकिस्तान के", "पाकिस्तान में"), else None."""
        words = before.split()
        if not words:
            return None
        last = self._key(words[-1])
        if last in self._demonym_country:
            return self._demonym_country[last]
        if len(words) >= 2 and (last in self.groups.genitive or last in self.lexicon.place_after):
            for actor in self.kb.lookup(words[-2]):
                if actor.is_country and actor.country:
                    return actor.country
        return None

    def _dominant_country(self, alias_lists: Any) -> str | None:
        """The country most of the article's known names (places, bodies, people, demonyms) belong
        to: at least three of them and half of all that have a country (news media left out: an
        agency reports, it is no sign of the story's country)."""
        counts: dict[str, int] = {}
        for matches in alias_lists:
            for match in matches:
                actor = self.kb.get(match.actor_ids[0]) if match.actor_ids else None
                if actor is None or actor.sector == "MED" or not actor.country:
                    continue
                if self.kb.country(actor.country) is None:
                    continue  # a region or an organisation's own code
                counts[actor.country] = counts.get(actor.country, 0) + 1
        if not counts:
            return None
        country, top = max(counts.items(), key=lambda kv: kv[1])
        if top >= 3 and 2 * top >= sum(counts.values()):
            return country
        return None

    def _about_a_state(self, alias_lists: Any) -> bool:
        """An Indian story about a state more than the Union: its names of places and bodies of a state
        outnumber its names of Union bodies (``[groups] union_bodies``: the army, ministries, the Prime
        Minister …), as the English pack decides whose "the government" is."""
        if self._article_country != "IND":
            return False
        state = union = 0
        for matches in alias_lists:
            for match in matches:
                actor_id = match.actor_ids[0] if match.actor_ids else None
                if actor_id in self.groups.union_bodies:
                    union += 1
                elif state_of(actor_id) is not None:
                    state += 1
        return state > union

    _COORDINATOR_RE = re.compile(r"(?<!\S)([^\s,.।]+)(?: (?:और|व|एवं)|,) $")

    def _coordinated_bodies(
        self, mentions: list[EntityMention], clean: str
    ) -> list[tuple[EntityMention, str]]:
        """National bodies that share the head noun of the one named after them ("चीन के विदेश और रक्षा
        मंत्रालय": the foreign ministry too): a mention of the first word (added to ``mentions``) with
        the kind of agent its word and the head make, paired with that kind."""
        added: list[tuple[EntityMention, str]] = []
        taken = [(m.start, m.end) for m in mentions]
        for mention in list(mentions):
            words = mention.text.split()
            if len(words) < 2 or self._key(mention.text) not in self._agent_aliases:
                continue
            found = self._COORDINATOR_RE.search(clean[max(0, mention.start - 40) : mention.start])
            if found is None:
                continue
            pair = f"{found.group(1)} {words[-1]}"
            kind = self._agent_aliases.get(self._key(pair))
            start = mention.start - len(found.group(0))
            end = start + len(found.group(1))
            if kind is None or any(s < end and start < e for s, e in taken):
                continue
            # the knowledge base's own body of the pair (India's), made the qualifier's country's below
            kb_ids = tuple(a.id for a in self.kb.lookup(pair))[:1]
            if not kb_ids:
                continue
            body = EntityMention(
                start=start,
                end=end,
                text=clean[start:end],
                type="ORG",
                kb_ids=kb_ids,
                finder="coordinated",
                sentence=mention.sentence,
            )
            mentions.append(body)
            taken.append((start, end))
            added.append((body, kind))
        return added

    def _national_body(self, mention: EntityMention, clean: str, kind: str | None = None) -> EntityMention:
        """A knowledge-base alias that any country's body goes by ("चुनाव आयोग" is India's Election
        Commission in the KB) names the body of the country the text puts right before it
        ("पाकिस्तान के चुनाव आयोग", "पाकिस्तान में तालिबान", "नेपाली सुप्रीम कोर्ट"), else of the
        country the article is about ("Election Commission of Pakistan" in a story about Pakistan)."""
        kind = kind or self._agent_aliases.get(self._key(mention.text))
        if kind is None or mention.finder == GROUP:
            return mention
        # a name of loanwords the knowledge base does not hold ("कम्युनिस्ट पार्टी" in a story about
        # China: Communist Party of China) is that country's body too, where the table names one
        unlisted = not mention.kb_ids and mention.type == "ORG" and mention.finder == LOANWORD_FINDER
        actor = self.kb.get(mention.kb_ids[0]) if mention.kb_ids else None
        if actor is None and not unlisted:
            return mention
        before = clean[max(0, mention.start - 60) : mention.start]
        country = self._qualifier_country(before) or self._article_country
        if country is None or (actor is not None and actor.country == country):
            return mention
        named = self._agent_named(kind, country)
        if named is None:
            return mention
        name, kb_ids, sector = named
        if kb_ids:
            return _with(mention, kb_ids=kb_ids)
        return _with(
            mention, kb_ids=(), finder=GROUP, type="ORG", title=name, role_country=country, role_sector=sector
        )

    def _state_at_date(self, state: str) -> str:
        """The state a place of ``state`` lay in at the article's date (``[groups.state_successions]``: a
        town of Telangana in a story of 2011 was in Andhra Pradesh, whose legislature and police it had)."""
        succession = self.groups.state_successions.get(state)
        if succession is None or self._published is None or self._published >= succession[1]:
            return state
        return succession[0]

    def _place_evidence(self, matches_by_text: Mapping[str, list[AliasMatch]]) -> dict[str, list[AliasMatch]]:
        """Each sentence's alias matches that may tell where the story is: not those opening a longer
        name (:meth:`_opens_a_name`: "राजस्थान रॉयल्स" is a team, no evidence of Rajasthan)."""
        return {
            text: [m for m in matches if not self._opens_a_name(text, m.end)]
            for text, matches in matches_by_text.items()
        }

    def _opens_a_name(self, text: str, end: int) -> bool:
        """Whether the name ending at character ``end`` of a sentence is the first part of a longer name:
        a word right after it that is no group noun and either no vocabulary word or an English loanword
        ("पंजाब डेयरडेविल्स", a cricket team), so the place it names is no evidence of the story's place."""
        if text[end : end + 1] != " ":
            return False
        word = _TOKEN_RE.match(text, end + 1)
        if word is None:
            return False
        return self._word_of_a_name(word.group())

    def _plain_before(self, word: str) -> bool:
        """A word before a refers-back noun that leaves it bare: a function word or demonstrative ("इसी"),
        not one that makes it another body of the kind (``new_referent_words``: "एक", "दूसरी")."""
        key = self._key(word)
        if key in self.groups.same_referent_words:
            return True
        return self._is_stop(word) and key not in self.groups.new_referent_words

    def _word_of_a_name(self, word: str) -> bool:
        """A Devanagari word of a name or a loanword one ("रॉयल्स", "ट्रैक"): no group noun ("दिल्ली पुलिस"
        is the place's own body), and either no vocabulary word or an English loanword that is no common
        Hindi word ("और" is no "or")."""
        if not ("\u0900" <= word[:1] <= "\u097f") or self._group_word(word) is not None:
            return False
        key = self._key(word)
        if key not in self._known_words:
            return True
        return (
            not self._is_stop(word)
            and self._vocabulary_keys.get(key, (0, 0.0))[1] < _LOANWORD_NAME_MAX_ZIPF
            and self._is_loanword(word)
        )

    def _update_state_context(self, found: list[EntityMention], text: str, offset: int) -> None:
        """The Indian state the article is about so far: the one state its places named (a sentence
        naming places in two states leaves it as it was). A state the sentence names itself outranks
        the state of a town it names: "अमरावती (आंध्र प्रदेश)" is about Andhra Pradesh even when the
        town's spelling is only known as Maharashtra's Amravati."""
        states: set[str] = set()
        named: set[str] = set()
        for mention in found:
            candidates = {state_of(kb_id) for kb_id in mention.kb_ids} - {None}
            if (
                mention.finder != GROUP
                and len(candidates) == 1
                and not self._opens_a_name(text, mention.end - offset)
            ):
                states.update(candidates)
                if not any(is_below_state(kb_id) for kb_id in mention.kb_ids):
                    named.update(candidates)
        if len(named) == 1:
            states = named
        if len(states) == 1:
            actor = self.kb.get(state_place_id(next(iter(states))) or "")
            if actor is not None:
                self._state_context = self._state_at_date(actor.name)

    def _org_heads(
        self, sentences: list[tuple[int, Sentence, str]], mentions: list[EntityMention]
    ) -> list[EntityMention]:
        """The head noun of an organisation's name standing alone after it ("परिषद ने" after "संयुक्त
        राष्ट्र सुरक्षा परिषद", "आयोग" after "चुनाव आयोग"): a mention of that organisation, when no other
        organisation of the article ends in that noun."""
        heads: dict[str, tuple[int, tuple[str, ...]]] = {}  # head noun → (end of first mention, kb ids)
        shared: set[str] = set()  # head nouns of two organisations: no telling which one
        for mention in mentions:
            if mention.type != "ORG" or not mention.kb_ids:
                continue
            parts = self._tokens(mention.text)
            if len(parts) < 2:
                continue
            key = self._key(parts[-1].text)
            if key not in self._org_heads_words:
                continue
            if key not in heads:
                heads[key] = (mention.end, mention.kb_ids)
            elif heads[key][1] != mention.kb_ids:
                shared.add(key)
        for key in shared:
            del heads[key]
        if not heads:
            return []

        def org(key: str, start: int) -> dict[str, Any] | None:
            head = heads.get(key)
            if head is None or start < head[0]:
                return None
            return {"type": "ORG", "kb_ids": head[1], "finder": "head_word"}

        return self._standalone(sentences, mentions, heads, org)

    def _bracketed_acronyms(
        self, sentences: list[tuple[int, Sentence, str]], mentions: list[EntityMention], clean: str
    ) -> list[EntityMention]:
        """A short form in brackets right after a name ("पाकिस्तान पीपुल्स पार्टी (पीपीपी)") that is an
        acronym of it, spelt in letter names or Latin letters, or one of its listed short forms: the
        bracket and every later use of the word are mentions of that name's actor (a knowledge-base
        reading of the word as another organisation yields); of an organisation the knowledge base
        lacks, mentions the linker joins to the name (``stands_for``). A bracket that abbreviates
        nothing before it stays as it was. Changes ``mentions`` in place; returns the uses no mention
        covered."""
        defined: dict[str, tuple[int, dict[str, Any]]] = {}  # word's key → (bracket start, fields)
        kinds = ("ORG", "PER", "GPE", "LOC")
        for mention in mentions:
            if mention.type not in kinds or not (mention.kb_ids or mention.type == "ORG"):
                continue  # of a name the knowledge base lacks, only an organisation's
            bracket = BRACKETED_WORD.match(clean, mention.end)
            if bracket is None or self._key(bracket.group(1)) in defined:
                continue
            word = bracket.group(1)
            latin = word if word.isascii() and word.isalpha() and word.isupper() else self._acronym(word)
            if latin is None or len(latin) < 2:
                continue
            given: dict[str, Any] = {"type": mention.type, "finder": "acronym"}
            if mention.kb_ids:
                ids = self._abbreviated(latin, mention)
                if not ids:
                    continue
                given["kb_ids"] = _with(mention, kb_ids=ids).kb_ids
            elif self._initials_match(latin, mention):
                given.update(kb_ids=(), stands_for=Span(mention.start, mention.end))
            else:
                continue
            defined[self._key(word)] = (bracket.start(1), given)
        if not defined:
            return []

        def fields(key: str, start: int) -> dict[str, Any] | None:
            at, given = defined[key]
            return None if start < at else given  # a use before the article says what it stands for

        for mention in mentions:  # the word read as some other organisation's acronym
            key = self._key(mention.text)
            # (its own name: ``given`` above is never None, and mypyc keeps a name's first type)
            if mention.finder == "acronym" and key in defined and (known := fields(key, mention.start)):
                _with(mention, **known)
        return self._standalone(sentences, mentions, defined, fields)

    def _abbreviated(self, latin: str, mention: EntityMention) -> tuple[str, ...]:
        """The ids of ``mention`` whose actor ``latin`` (a word in brackets after it, in Latin letters)
        abbreviates, by the actor's names or else by the initials of the mention's own words; () when
        it abbreviates none."""
        actors = [(i, a) for i in mention.kb_ids if (a := self.kb.get(i)) is not None]
        named = tuple(i for i, a in actors if abbreviates(latin, (a.name, *a.aliases)))
        return named or (mention.kb_ids if self._initials_match(latin, mention) else ())

    def _initials_match(self, latin: str, mention: EntityMention) -> bool:
        """Whether ``latin`` is the initials of the mention's two or more words read in Latin letters."""
        return initials_spelt(latin, [self._romanised(t.text) for t in self._tokens(mention.text)])

    def _standalone(
        self,
        sentences: list[tuple[int, Sentence, str]],
        mentions: list[EntityMention],
        words: Container[str],
        fields: Callable[[str, int], dict[str, Any] | None],
    ) -> list[EntityMention]:
        """Mentions of single words outside every mention and title found so far: ``fields(match key,
        start)`` gives a word's mention fields (type, finder, …), or None for a word that is none;
        ``words``: the match keys for which it may give any (it is asked of no other word)."""
        # one binary search per word, not a scan of every span (quadratic on a long article)
        taken = SpanSet(
            [(m.start, m.end) for m in mentions]
            + [(m.title_span.start, m.title_span.end) for m in mentions if m.title_span is not None]
        )
        found: list[EntityMention] = []
        for index, sentence, text in sentences:
            for tok in self._tokens(text):
                key = self._key(tok.text)
                if key not in words:
                    continue
                start, end = tok.start + sentence.start, tok.end + sentence.start
                given = fields(key, start)
                if given is None or taken.overlaps(start, end):
                    continue
                found.append(EntityMention(start=start, end=end, text=tok.text, sentence=index, **given))
        return found

    def _surname_runs(
        self, sentences: list[tuple[int, Sentence, str]], mentions: list[EntityMention]
    ) -> list[EntityMention]:
        """``mentions`` with the given names of the article's people added where the text writes
        them before a surname the article names as a person elsewhere ("जेठमलानी ने …" makes "राम
        जेठमलानी को" and ".राम जेठमलानी" the person's full name, "जलीली ने" makes "सईद जलीली"): one or
        two name-like words right before the surname, each unknown to the vocabulary or a given name."""
        surnames: set[str] = set()
        given: set[str] = set()  # first words of full names: "आतिफ़" alone is no surname
        for mention in mentions:
            if mention.type == "PER" and mention.finder != TITLE_ONLY and not mention.kb_ids:
                parts = self._tokens(mention.text)
                if parts:
                    surnames.add(self._key(parts[-1].text))
                if len(parts) >= 2:
                    given.add(self._key(parts[0].text))
        surnames -= given
        # a surname the vocabulary does not know, or a known family name: not a noun wrongly taken for
        # one ("बिजली", electricity); never a listed name word ("सिंह": too many people share it)
        surnames = {
            w for w in surnames if len(w) >= 2 and w not in self._name_words_listed and self._is_next_name(w)
        }
        if not surnames:
            return mentions
        # words that name a person of the article by themselves: "जलीली मिस्बाह से" is two people
        alone = {self._key(m.text) for m in mentions if m.type == "PER" and len(self._tokens(m.text)) == 1}
        no_given = alone | surnames  # words that end a run of given names before a surname
        by_start = {m.start: m for m in mentions}
        taken = SpanSet([(m.start, m.end) for m in mentions])
        replaced: set[int] = set()
        added: list[EntityMention] = []
        for index, sentence, text in sentences:
            toks = self._tokens(text)
            for k in range(1, len(toks)):
                if self._key(toks[k].text) not in surnames:
                    continue
                first = k
                while (
                    first > 0
                    and k - first < 2
                    and self._key(toks[first - 1].text) not in no_given
                    and self._given_before(text, toks, first)
                ):
                    first -= 1
                if first == k:
                    continue
                start, end = toks[first].start + sentence.start, toks[k].end + sentence.start
                if taken.overlaps(start, toks[k - 1].end + sentence.start):
                    continue  # the words before are part of another mention already
                old = by_start.get(toks[k].start + sentence.start)
                if old is not None and (old.end != end or old.type != "PER" or old.kb_ids):
                    continue
                if old is None and taken.overlaps(toks[k].start + sentence.start, end):
                    continue
                if old is not None:
                    replaced.add(id(old))
                fields = {"title": old.title, "title_span": old.title_span} if old is not None else {}
                person = _person(text, toks, first, k + 1, sentence.start, "known_surname", **fields)
                person.sentence = index
                added.append(person)
        if not added:
            return mentions
        kept = [m for m in mentions if id(m) not in replaced]
        return sorted([*kept, *added], key=lambda m: m.start)

    def _given_before(self, text: str, toks: list[Token], k: int) -> bool:
        """Whether the word before token ``k`` may be a given name joined to it ("राम जेठमलानी"): a
        name-like word, a space between, no frequent word unless a listed name, and unknown to the
        vocabulary or a given name."""
        before = toks[k - 1]
        gap = text[before.end : toks[k].start]
        if not _NAME_GAP_RE.match(gap) or "-" in gap:
            return False
        if not self._name_word_form(before.text) or self._letters(before.text):
            return False
        key = self._key(before.text)
        if key in self._name_words_listed:
            return True
        if key in self._frequent_words:
            return False
        return key not in self._known_words or self._is_given(before.text)

    def _cued_elsewhere(
        self, sentences: list[tuple[int, Sentence, str]], mentions: list[EntityMention]
    ) -> list[EntityMention]:
        """``mentions`` with a person added where the article writes, with no cue, a run of words it
        writes elsewhere as a person's name after a cue (a title, role noun or honorific before it, "ने"
        after it): "संवाददाता विवेक राज ने …" makes "विवेक राज और …" the same person. Only the same word
        sequence: two or more words, or one word the vocabulary does not know after a title, role noun or
        honorific; not right beside another name-like word (a longer name). Shorter unlinked people
        inside the run ("परमिंदर सिंह" of "परमिंदर सिंह बल") give way to it; any other mention keeps it."""
        runs: set[tuple[str, ...]] = set()
        for mention in mentions:
            if mention.type != "PER" or mention.kb_ids or mention.finder not in _CUED_FINDERS:
                continue
            words = tuple(self._key(t.text) for t in self._tokens(mention.text))
            # one word only after a title, role noun or honorific: "आउटब्रेन ने" may be a company
            strong = mention.finder != "name_cue"
            if len(words) >= 2 or (
                strong and words and words[0] not in self._known_words and len(words[0]) >= 2
            ):
                runs.add(words)
        if not runs:
            return mentions
        firsts = {run[0] for run in runs}
        titles = SpanSet(
            [(m.title_span.start, m.title_span.end) for m in mentions if m.title_span is not None]
        )
        by_sentence: dict[int | None, list[EntityMention]] = {}
        for mention in mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        replaced: set[int] = set()
        found: list[EntityMention] = []
        for index, sentence, text in sentences:
            toks = self._tokens(text)
            k = 0
            while k < len(toks):
                end = k
                if self._key(toks[k].text) in firsts:
                    end = max((k + len(run) for run in runs if self._run_at(text, toks, k, run)), default=k)
                if end == k:
                    k += 1
                    continue
                start, stop = toks[k].start + sentence.start, toks[end - 1].end + sentence.start
                inside = [m for m in by_sentence.get(index, []) if m.start < stop and start < m.end]
                # a shorter unlinked person inside the run ("परमिंदर सिंह" of "परमिंदर सिंह बल") gives way
                shorter = all(
                    m.type == "PER"
                    and not m.kb_ids
                    and m.finder != TITLE_ONLY
                    and start <= m.start
                    and m.end <= stop
                    for m in inside
                )
                exact = any(m.start == start and m.end == stop for m in inside)
                beside = (k > 0 and self._name_beside(text, toks, k - 1, k)) or (
                    end < len(toks) and self._name_beside(text, toks, end, end - 1)
                )
                if exact or not shorter or titles.overlaps(start, stop) or beside:
                    k += 1
                    continue
                replaced.update(id(m) for m in inside)
                fields = {"title": inside[0].title, "title_span": inside[0].title_span} if inside else {}
                found.append(
                    _person(text, toks, k, end, sentence.start, "cued_elsewhere", sentence=index, **fields)
                )
                k = end
        if not found:
            return mentions
        kept = [m for m in mentions if id(m) not in replaced]
        return sorted([*kept, *found], key=lambda m: m.start)

    def _run_at(self, text: str, toks: list[Token], k: int, run: tuple[str, ...]) -> bool:
        """Whether the words from token ``k`` are ``run`` (match keys), spaces or hyphens between."""
        if k + len(run) > len(toks):
            return False
        for n, word in enumerate(run):
            if self._key(toks[k + n].text) != word:
                return False
            if n and not _NAME_GAP_RE.match(text[toks[k + n - 1].end : toks[k + n].start]):
                return False
        return True

    def _name_beside(self, text: str, toks: list[Token], k: int, near: int) -> bool:
        """Whether token ``k``, right beside token ``near``, is a name-like word joined to it (a given name
        that is also a word is not: "लेकिन कादर खान" must stay a name, so "राहत फ़तेह अली ख़ान" is cut)."""
        a, b = (toks[k], toks[near]) if k < near else (toks[near], toks[k])
        return _NAME_GAP_RE.match(text[a.end : b.start]) is not None and self._name_word_form(toks[k].text)

    def _name_words(
        self, sentences: list[tuple[int, Sentence, str]], mentions: list[EntityMention]
    ) -> list[EntityMention]:
        """A first or last word of a person's name found elsewhere in the article, standing alone
        ("वांग ने कहा" after "वांग यी"): a mention of that person (the linker does the matching)."""
        words: set[str] = set()
        firsts: dict[str, set[str]] = {}  # last word → the first words of the article's names ending in it
        for mention in mentions:
            if mention.type != "PER" or mention.finder == TITLE_ONLY:
                continue
            parts = [t.text for t in self._tokens(mention.text)]
            if parts and self._is_honorific(parts[0]):
                parts = parts[1:]  # "हाजी ग़ालिब": a kept honorific names no one alone
            if len(parts) >= 2:
                words.update(self._key(p) for p in (parts[0], parts[-1]))
                firsts.setdefault(self._key(parts[-1]), set()).add(self._key(parts[0]))
        words = {w for w in words if len(w) >= 2 and not self._is_stop(w) and not self._title(w)}
        if not words:
            return []
        # a surname after another given name is another person ("शाहिद कपूर" after "करीना कपूर")
        other: set[int] = set()
        for _index, sentence, text in sentences:
            toks = self._tokens(text)
            for k in range(len(toks)):
                key = self._key(toks[k].text)
                before = toks[k - 1]
                if (
                    k > 0
                    and key in firsts
                    and _NAME_GAP_RE.match(text[before.end : toks[k].start])
                    and self._key(before.text) not in firsts[key]
                    # a given name that is also a common word counts too ("राज कपूर" after "ऋषि कपूर")
                    and _DEVA_NAME_RE.match(before.text) is not None
                    and not self._is_stop(before.text)
                    and not self._is_honorific(before.text)  # "बाला साहब ठाकरे" is the same person
                    and (self._is_given(before.text) or self._romanised(before.text) in self._indian_given)
                ):
                    other.add(toks[k].start + sentence.start)
                if key in firsts and k + 1 < len(toks) and self._key(toks[k + 1].text) in self._family_nouns:
                    other.add(toks[k].start + sentence.start)  # "कपूर ख़ानदान": the family, no one person
        person = {"type": "PER", "finder": "name_word"}
        return self._standalone(
            sentences, mentions, words, lambda key, start: person if start not in other else None
        )

    def _sentence(
        self, text: str, offset: int, index: int, previous: str | None = None
    ) -> list[EntityMention]:
        toks = self._tokens(text)
        if not toks:
            return []
        start_tok = {t.start: k for k, t in enumerate(toks)}
        end_tok = {t.end: k for k, t in enumerate(toks)}
        alias_starts: dict[int, tuple[int, AliasMatch]] = {}  # token index → (end token index, match)
        alias_ends: dict[int, AliasMatch] = {}  # token index after the match → match
        matches = self._aliases.get(text)
        for match in matches if matches is not None else self.kb.find_alias_matches(text):
            if text[match.start : match.start + 1].isascii() and self._shouted_word(
                text, match.start, match.end
            ):
                continue  # "SCROLL TO CONTINUE READING": a page's button, not the town of Reading
            # an alias ending in a bracket ("पीएमएल (एन)") ends at its last word's token
            last_word = match.start + len(text[match.start : match.end].rstrip(")]"))
            if match.start in start_tok and last_word in end_tok:
                first, last = start_tok[match.start], end_tok[last_word]
                alias_starts[first] = (last + 1, match)
                alias_ends[last + 1] = match
        lex = self.lexicon
        result: list[EntityMention] = []
        consumed: set[int] = set()  # alias matches (by first token) already turned into mentions
        is_plain, key, place_after, n_toks = self._is_plain, self._key, lex.place_after, len(toks)
        famous_given = self._famous_given
        title_firsts, place_kinds = self._title_first_words, self._place_kinds
        # tokens that may begin a building's kind noun ("मस्जिद"): most sentences have none
        facility_firsts = self._facility_firsts
        facility_at = [k for k, tok in enumerate(toks) if key(tok.text) in facility_firsts]
        i = 0
        while i < n_toks:
            # (``_famous_given_run`` finds nothing at a word that is no famous given name: its memo first)
            famous = self._famous_given_run(text, toks, i, alias_starts) if famous_given(toks[i].text) else i
            if famous > i:
                result.append(_person(text, toks, i, famous, offset, "given_name", sentence=index))
                i = famous
                continue
            if (
                facility_at
                and i not in alias_starts
                and any(i < k <= i + _FACILITY_NAME_WORDS for k in facility_at)
            ):
                site = self._facility_at(text, toks, i, alias_starts)
                if site > i:
                    # "बाबरी मस्जिद", "सैंडी हुक फायर स्टेशन": a building or site named before its kind
                    result.append(_span_mention(text, toks, i, site, offset, "LOC", FACILITY, sentence=index))
                    i = site
                    continue
            if (
                i not in alias_starts
                and is_plain(toks[i].text)
                and (i + 1 == n_toks or key(toks[i + 1].text) not in place_after)
            ):
                i += 1  # (every step below would find nothing here and move on)
                continue
            if i in alias_starts and i not in consumed:
                end, match = alias_starts[i]
                # a title inside an alias ("राष्ट्रपति भवन") is part of the name: take the alias
                consumed.add(i)
                if match.demonym:
                    if end < len(toks) and self._key(toks[end].text) in lex.country_nouns:
                        result.append(self._demonym_mention(match, text, offset, index))
                    # a demonym may qualify a title: let the title scan below see it
                    i = end
                    continue
                if (
                    end < len(toks)
                    and self._key(toks[end].text) in self._buildings
                    and kb_type(self.kb, match.actor_ids) == "ORG"
                ):
                    i = end + 1  # "संसद भवन": the building, not the organisation acting
                    continue
                if self._place_as_given_name(text, toks, i, end, match, alias_starts):
                    # "हसन रहानी": the city of Hassan's name is the given name of a person here
                    result.append(_person(text, toks, i, end + 1, offset, "given_name", sentence=index))
                    i = end + 1
                    continue
                other = self._namesake(text, toks, i, end, match, result, offset)
                if other:
                    # "ललित मोदी": another person of the surname the knowledge base knows one person by
                    result.append(_person(text, toks, i - 1, end, offset, "given_name", sentence=index))
                    i = end
                    continue
                foreign = self._foreign_office(toks, i, end, match, alias_ends)
                if foreign is None:
                    result.append(alias_mention(self.kb, match, text, offset, index))
                    i = end
                    continue
                # "ईरान के विदेश मंत्रालय": another country's office, read as a title below; a title
                # after it ("… के प्रवक्ता") takes that country
                alias_ends[end] = foreign
            if key(toks[i].text) in self._org_kinds and i + 1 not in alias_starts:
                named = self._kind_named_org(text, toks, i)
                if named > i + 1:
                    # "तेल कंपनी सिनोपेक के प्रमुख", "अख़बार 'शर्क' के मुताबिक": the organisation named
                    org = _span_mention(text, toks, i + 1, named, offset, "ORG", "org_kind", sentence=index)
                    result.append(org)
                    i = named
                    continue
            # (``_title_at`` finds none at a word that begins no title: its screen first)
            title_hit = self._title_at(toks, i) if key(toks[i].text) in title_firsts else None
            if title_hit is not None and i > 0 and self._key(toks[i - 1].text) in self._quantifiers:
                i = title_hit[0]  # "दोनों नेता", "सभी मंत्री": a common noun, no one's title
                continue
            if title_hit is not None and self._post_after(toks, title_hit[0]):
                i = title_hit[0]  # "प्रधानमंत्री पद के उम्मीदवार": the post, not its holder
                continue
            if title_hit is not None:
                phrase = self._title_phrase(toks, i, title_hit, alias_ends, start_tok)
                i = self._after_title(text, toks, phrase, alias_starts, consumed, offset, index, result)
                continue
            if self._is_honorific(toks[i].text) and i + 1 < len(toks):
                i = self._after_honorific(text, toks, i, alias_starts, consumed, offset, index, result)
                continue
            acting = i + 1 < len(toks) and self._key(toks[i + 1].text) in self._agent_markers
            people_of = self._plural_demonym(toks[i].text) if acting and i not in alias_starts else None
            if people_of is not None and self.kb.get(f"country:{people_of}") is not None:
                # "अमेरिकियों ने …", "जर्मनों द्वारा …": the country's people acting, coded as the country
                # (as an object, "जर्मनों को …", they are left out like any demonym)
                result.append(
                    _word_mention(toks[i], offset, index, "GPE", (f"country:{people_of}",), "demonym")
                )
                i += 1
                continue
            # both place finders need a locative or settlement noun next (their first test, here first)
            after = key(toks[i + 1].text) if i + 1 < n_toks else None
            place = None
            if after in place_after or after in place_kinds:
                place = self._place_before_locative(toks, i, alias_starts, offset, index)
                if place is None:
                    place = self._place_before_kind(toks, i, alias_starts, offset, index)
            if place is not None:
                result.append(place)
                i += 1
                continue
            # a role noun, a letter name or a name-like word may begin a person's name below; most
            # words (stop words, ordinary vocabulary) begin none: every finder would return ``i``
            if self._may_begin_name(toks[i].text):
                # a group noun ("क्राइम ब्रांच ने") is no unknown person's name
                # (also a group noun misspelt by a vowel sign: "स्थानीय अदलात ने" is a court, no one's name)
                is_group = self._group_at(text, toks, i)[0] is not None or self._misspelt_group_noun(
                    toks[i].text
                )
                outlet = self._outlet_name(text, toks, i, alias_starts)
                if outlet > i:
                    org = _span_mention(text, toks, i, outlet, offset, "ORG", "outlet", sentence=index)
                    result.append(org)
                    i = outlet
                    continue
                role = self._after_role_noun(text, toks, i, alias_starts)
                if role > i + 1:
                    # "चौकीदार दीनानाथ नागेश", "आरक्षक अमर ठाकुर": a role noun names the person after it
                    result.append(_person(text, toks, i + 1, role, offset, "role_noun", sentence=index))
                    i = role
                    continue
                initials = i if is_group else self._initials_name(text, toks, i, alias_starts)
                if initials > i:
                    result.append(_person(text, toks, i, initials, offset, "initials", sentence=index))
                    i = initials
                    continue
                cued = i if is_group else self._cued_name(text, toks, i, alias_starts)
                if cued > i:
                    result.append(_person(text, toks, i, cued, offset, "name_cue", sentence=index))
                    i = cued
                    continue
                given = i if is_group else self._given_name_run(text, toks, i, alias_starts)
                if given == i and not is_group:
                    given = self._recurring_pair(text, toks, i, alias_starts)
                if given > i:
                    result.append(_person(text, toks, i, given, offset, "given_name", sentence=index))
                    i = given
                    continue
            acronym = self._acronym(toks[i].text)
            if acronym is not None and len(acronym) >= 2:
                actors = [a for a in self.kb.lookup(acronym.upper()) if a.type in ("ORG",)]
                if actors:
                    kb_ids = tuple(a.id for a in actors)
                    result.append(_word_mention(toks[i], offset, index, "ORG", kb_ids, "acronym"))
            i += 1
        self._update_state_context(result, text, offset)
        self._note_named_bodies(result, index)
        if self.groups.forms:
            result.extend(self._groups(text, toks, offset, index, alias_ends, result, previous))
        unknown: Callable[[Token], bool] = lambda t: self._key(t.text) not in self._known_words  # noqa: E731
        # knowledge-base names inside an organisation's name; a demonym is no name ("ब्रितानी कंपनी")
        aliases = {first: end for first, (end, match) in alias_starts.items() if not match.demonym}
        found = self.loanwords.find(
            text, toks, offset, index, result, self._name_like, unknown, aliases, self._person_words
        )
        result.extend(found)
        for mention in result:
            if mention.type == "PER" and mention.finder != TITLE_ONLY:
                self._person_words.update(self._key(t.text) for t in self._tokens(mention.text))
        return result

    def _name_like(self, word: Token) -> bool:
        """A word that may be part of a name: Devanagari, not ordinary vocabulary, no stop word or title."""
        return self._is_name_word(word.text, word, {}, -1)

    def _foreign_office(
        self,
        toks: list[Token],
        i: int,
        end: int,
        match: AliasMatch,
        alias_ends: dict[int, AliasMatch],
    ) -> AliasMatch | None:
        """For an office alias of one country's organisation ("विदेश मंत्रालय") qualified by another
        country ("ईरान के …", "ईरानी …"): a match standing for that country over the alias's words, else
        None."""
        title = self._title_at(toks, i)
        if title is None or title[0] != end or title[1].person or kb_type(self.kb, match.actor_ids) != "ORG":
            return None
        qualifier = (
            alias_ends.get(i - 1)
            if i >= 2 and self._key(toks[i - 1].text) in self.lexicon.org_title
            else None
        )
        if qualifier is None or qualifier.demonym or kb_type(self.kb, qualifier.actor_ids) != "GPE":
            qualifier = alias_ends.get(i)
            if qualifier is None or not qualifier.demonym:
                return None
        country = self._country_of(qualifier)
        if country is None or any(
            (actor := self.kb.get(a)) is not None and actor.country == country for a in match.actor_ids
        ):
            return None
        return AliasMatch(toks[i].start, toks[end - 1].end, [f"country:{country}"])

    # ------------------------------------------------------------------ groups
    def _group_word(self, word: str) -> tuple[_GroupNoun, bool] | None:
        return self.groups.forms.get(self._key(word))

    def _group_at(self, text: str, toks: list[Token], k: int) -> tuple[tuple[_GroupNoun, bool] | None, int]:
        """The group noun starting at token ``k`` and its width in tokens: a two-word noun ("वायु
        सेना", "सुरक्षा बलों") before a one-word one."""
        key = self._key(toks[k].text)
        if key in self._group_firsts and k + 1 < len(toks) and text[toks[k].end : toks[k + 1].start] == " ":
            found = self.groups.forms.get(key + " " + self._key(toks[k + 1].text))
            if found is not None:
                return found, 2
        return self.groups.forms.get(key), 1

    def _agent_named(self, kind: str, country: str | None) -> tuple[str, tuple[str, ...], str] | None:
        """(name, knowledge-base ids, sector) of the ``kind`` agent of ``country`` (kb/data/agents.toml),
        or of no country for a kind that needs none; None when the table has no name for it."""
        spec = self._agent_kinds.get(kind)
        if spec is None:
            return None
        if country is None:
            if "{" in spec.default or not spec.default:
                return None
            return spec.default, (), spec.sector
        actor = self.kb.country(country)
        name = agent_name(spec, country, self._english_demonym.get(country), actor.name if actor else None)
        if name is None:
            return None
        ids = tuple(a.id for a in self.kb.lookup(name) if a.name == name and a.country == country)
        return name, ids[:1], spec.sector

    def _groups(
        self,
        text: str,
        toks: list[Token],
        offset: int,
        index: int,
        alias_ends: dict[int, AliasMatch],
        result: list[EntityMention],
        previous: str | None = None,
    ) -> list[EntityMention]:
        """Collective actors of one sentence (module docstring, point 6). Removes from ``result`` the
        place mentions that became part of a group ("दिल्ली पुलिस"). ``previous`` is the one country of
        the last sentence that named one, for a local group whose own sentence names none."""
        starts, key_of = self._group_starts, self._key
        # the first word a group noun may begin at: most sentences hold none, and the set-up below is
        # then skipped (the loop would step over every word and find nothing)
        k = next((k for k, tok in enumerate(toks) if key_of(tok.text) in starts), -1)
        if k < 0:
            return []
        groups = self.groups
        taken = [(m.start - offset, m.end - offset) for m in result] + [
            (m.title_span.start - offset, m.title_span.end - offset) for m in result if m.title_span
        ]

        def is_taken(tok: Token) -> bool:
            return any(s < tok.end and tok.start < e for s, e in taken)

        ending = {m.end - offset: m for m in result}
        out: list[EntityMention] = []
        absorbed: list[EntityMention] = []
        context: set[str] | None = None  # the countries the sentence names, computed when needed
        between = groups.national_words | groups.state_words
        while k < len(toks):
            if key_of(toks[k].text) not in starts:
                k += 1  # no group noun begins here (``_group_at`` would find none)
                continue
            preset = False
            kb_ids_led: tuple[str, ...] = ()
            found, width = self._group_at(text, toks, k)
            if (
                found is None
                or any(is_taken(t) for t in toks[k : k + width])
                or (width == 1 and self._title(toks[k].text) is not None)
            ):
                k += 1
                continue
            noun, plural = found
            end = k + width
            people: _GroupNoun | None = None  # "माओवादी समर्थक": a noun of people after an adjective noun
            owned_by: Span | None = None  # the unknown person whose people the group is
            # "किसान नेताओं", "पुलिस अधिकारियों": a head noun after the group noun is part of the group
            while (
                end < len(toks)
                and text[toks[end - 1].end : toks[end].start] == " "
                and not is_taken(toks[end])
            ):
                key = self._key(toks[end].text)
                if key in groups.heads:
                    plural = groups.heads[key]
                elif key in groups.forms:
                    plural = groups.forms[key][1]
                    if end == k + width and noun.adjective and groups.forms[key][0].of_person:
                        people = groups.forms[key][0]
                else:
                    break
                end += 1
            if (
                end < len(toks)
                and is_taken(toks[end])
                and toks[end].start - toks[end - 1].end <= 1
                # a plural group before a place is the clause's subject, the place its scene ("धार्मिक
                # पार्टियां पाकिस्तान में …"): a plural qualifies no one name
                and not (plural and self._place_at(result, toks[end].start + offset))
            ):
                k = end  # the noun qualifies a name or title after it ("किसान नेता राकेश टिकैत")
                continue
            if end < len(toks) and self._key(toks[end].text) in groups.not_before:
                k = end  # "विधानसभा चुनावों": the noun qualifies a thing, no actor
                continue
            if k > 0 and not noun.agent and self._key(toks[k - 1].text) in groups.pronoun_owners:
                again = self._owned_again(noun, index) if noun.owner_only else None
                if again is not None:
                    # "सुनील जेम्स का परिवार … . उनका परिवार … मिला": the family just named
                    s, e = toks[k - 1].start, toks[end - 1].end
                    again = replace(again, start=s + offset, end=e + offset, text=text[s:e], sentence=index)
                    out.append(again)
                    taken.append((s, e))
                k = end  # "उनके समर्थकों": the people of someone named elsewhere, no country's group
                continue
            collective = (
                plural
                or any(self._key(t.text) in groups.collectives for t in toks[k:end])
                or " ".join(self._key(t.text) for t in toks[k : k + width]) in groups.collectives
                # "… को चरमपंथी अपने हमलों का निशाना बना रहे हैं": a kind of agent in its direct form,
                # the subject of a plural verb, is the group, not one militant
                or (bool(noun.agent) and self._plural_subject(toks, end))
            )
            start, country, place = k, None, None
            bare = False  # nothing in the group's own words says whose it is ("पुलिस", "सरकार")
            name = noun.en
            sector: str | None = noun.sector  # (a party's sector may be None)
            kind = "ORG"
            demonym = alias_ends.get(k)
            before = ending.get(toks[k - 1].end) if k > 0 else None
            if before is not None and text[before.end - offset : toks[k].start] != " ":
                # "श्रीनगर: अलगाववादियों ने …": a dateline's (or a list's) place, no part of the group
                before = None
            if (
                width == 1
                and demonym is None
                and k > 0
                and key_of(toks[k].text) in groups.family_name_nouns
                and text[toks[k - 1].end : toks[k].start] == " "
                and (surname_of := self._name_before_surname(text, toks, k, before, offset, index))
                is not None
            ):
                # "शूजित सरकार के साथ काम करूंगा": the family name Sarkar of a person the knowledge base
                # does not know, no government: the person's mention takes the word
                if surname_of is before:
                    _with(before, end=toks[k].end + offset, text=text[before.start - offset : toks[k].end])
                else:
                    out.append(surname_of)
                taken.append((surname_of.start - offset, surname_of.end - offset))
                k = end
                continue
            if (
                width == 1
                and end == k + 1
                and self._key(toks[k].text) in groups.named_heads
                and demonym is None
                and before is None
                and k > 0
                and text[toks[k - 1].end : toks[k].start] == " "
                and not is_taken(toks[k - 1])
                and self._key(toks[k - 1].text) not in between  # "प्रांतीय सरकार", "केंद्रीय सरकार"
                and self._group_word(toks[k - 1].text) is None
                and self._name_like(toks[k - 1])
            ):
                # "कलिंगा सेना", "रणवीर सेना": a name before a collective noun makes the pair an
                # organisation's own name, not that country's army or police
                out.append(
                    EntityMention(
                        start=offset + toks[k - 1].start,
                        end=offset + toks[end - 1].end,
                        text=text[toks[k - 1].start : toks[end - 1].end],
                        type="ORG",
                        finder=LOANWORD_FINDER,
                        sentence=index,
                    )
                )
                k = end
                continue
            if demonym is not None and demonym.demonym:
                country = self._country_of(demonym)
                start = self._token_at(toks, demonym.start)
                if start >= 2 and self._key(toks[start - 1].text) in self.lexicon.title_and:
                    other = alias_ends.get(start - 1)
                    if other is not None and other.demonym:
                        country = None  # "चीनी और रूसी अधिकारियों": officials of two countries
                if country and country in self._english_demonym:
                    name = f"{self._english_demonym[country]} {noun.en}"
            elif (
                noun.agent == "government"
                and before is not None
                and text[before.end - offset : toks[k].start] == " "
                and (led := self._government_led_by(before)) is not None
            ):
                # "मोदी सरकार" in a story of 2004: the government its head led at the article's date
                # (Government of Gujarat), not the person; the name is part of the government's
                place, (name, kb_ids_led, country), preset = before, led, True
                start = self._token_at(toks, before.start - offset)
            elif collective and before is not None and self._place_country(before) is not None:
                # "दिल्ली पुलिस": the place is part of the group's name
                place, country = before, self._place_country(before)
                start = self._token_at(toks, before.start - offset)
                actor = self.kb.get(before.kb_ids[0]) if before.kb_ids else None
                place_name = actor.name if actor else before.text
                name = (noun.place_form or "{place} " + noun.en).format(place=place_name)
            elif collective and (party := self._party(before)) is not None:
                # "कांग्रेस कार्यकर्ताओं", "भाजपा समर्थकों": the party's own people, a party actor
                place, country, sector = before, party.country, party.sector
                start = self._token_at(toks, before.start - offset)  # type: ignore[union-attr]
                name = f"{party.name} {noun.en}"
                if noun.party_form:
                    name, preset = self._party_body(noun, party), True
            elif (
                noun.party_form
                and k >= 2
                and self._key(toks[k - 1].text) in groups.genitive
                and (party := self._party(ending.get(toks[k - 2].end))) is not None
            ):
                # "भाजपा के संसदीय बोर्ड": the party's own body (the party stays a mention of its own)
                country, sector, preset = party.country, party.sector, True
                start = self._token_at(toks, ending[toks[k - 2].end].start - offset)
                name = self._party_body(noun, party)
            elif (
                # "भारत की मौजूदा सरकार", "सिंध की प्रांतीय सरकार": a national or state word may stand
                # between the owner and the noun
                (g := k - 1 if k >= 3 and self._key(toks[k - 1].text) in between else k) >= 2
                and self._key(toks[g - 1].text) in groups.genitive
                and (owner := self._ruled_place(toks, ending.get(toks[g - 2].end), noun, offset, ending))
                is not None
                and self._place_country(owner) is not None
            ):
                first = self._token_at(toks, owner.start - offset)
                if not (
                    first > 1
                    and (
                        toks[first - 1].text == ","
                        or self._key(toks[first - 1].text) in self.lexicon.title_and
                    )
                    # "केंद्र और सिंध की सरकार": only another place before "और" makes two owners
                    and (other_owner := ending.get(toks[first - 2].end)) is not None
                    and self._place_country(other_owner) is not None
                ):
                    # "गाजा के लोगों": the place stays a mention of its own ("भारत और चीन की सेनाओं"
                    # are the forces of two countries, no one actor)
                    country = self._place_country(owner)
                    actor = self.kb.get(owner.kb_ids[0]) if owner.kb_ids else None
                    name = f"{noun.en} of {actor.name if actor else owner.text}"
                    if actor is not None and not actor.is_country and noun.place_form:
                        # "चांगकिंग की पुलिस": a city's own police ("Chongqing Police"); the city
                        # stays a mention of its own
                        name, preset, start = noun.place_form.format(place=actor.name), True, first
            elif (
                noun.of_person
                and (plural or noun.owner_only)
                # a count may stand between ("विधायक के 10 समर्थकों")
                and (g := k - 1 if k >= 3 and toks[k - 1].text.isdigit() else k) >= 2
                and self._key(toks[g - 1].text) in groups.genitive
                and (owner := ending.get(toks[g - 2].end)) is not None
                and owner.type == "PER"
                and (owner.kb_ids or owner.finder != TITLE_ONLY)  # a name, not "विधायक के समर्थकों"
            ):
                # "मोदी के समर्थकों": the person's own people, a loose group of people (the person stays
                # a mention of its own)
                person = self.kb.get(owner.kb_ids[0]) if owner.kb_ids else None
                name, preset, kind = f"{(person.name if person else owner.text)}'s {noun.en}", True, "PER"
                country = person.country if person else owner.role_country or self._article_country
                if person is None:
                    # a person the knowledge base does not know: his name is spelt at linking
                    owned_by = Span(owner.start, owner.end)
            elif (
                noun.of_person
                and (plural or noun.owner_only)
                and k >= 2
                and self._key(toks[k - 1].text) in groups.genitive
                and (first_word := self._known_person_run(toks, k - 2)) is not None
            ):
                # "… कैप्टन सुनील जेम्स … . सुनील जेम्स का परिवार …": a person named earlier in the article
                # whose name this sentence's own finders have not reached yet (unknown names come after
                # the groups); his name is spelt at linking from the words' span
                s, e = toks[first_word].start, toks[k - 2].end
                name, preset, kind = f"{text[s:e]}'s {noun.en}", True, "PER"
                country, owned_by = self._article_country, Span(s + offset, e + offset)
            elif (
                noun.of_person
                and before is not None
                and text[before.end - offset : toks[k].start] == " "
                and (adjective_noun := self._group_word(before.text)) is not None
                and adjective_noun[0].adjective
            ):
                # "माओवादी समर्थक" where the knowledge base names "माओवादी" (Naxalites): the supporters,
                # not the armed group, are meant
                name, preset, kind, place = f"{adjective_noun[0].adjective} {noun.en}", True, "PER", before
                start = self._token_at(toks, before.start - offset)
                country = self._clause_country(toks, k, end, offset, result) or self._article_country
            elif people is not None:
                # "माओवादी समर्थक": Maoist supporters, people, not the armed group
                name, preset, kind, sector = f"{noun.adjective} {people.en}", True, "PER", people.sector
                country = self._clause_country(toks, k, end, offset, result) or self._article_country
            elif any(self._key(t.text) in self._reflexives for t in toks[max(0, k - 4) : k]):
                # "भारत ने अपने 500 नागरिकों को …": the agent's own people
                country = self._agent_country(toks, k, offset, result)
            elif collective and noun.context and noun.sector in groups.context_sectors:
                bare = True
                country = self._clause_country(toks, k, end, offset, result)
                if country is None:
                    if context is None:
                        context = self._sentence_countries(result, alias_ends)
                    # the one country the sentence names; with none, the one the last sentence named
                    country = next(iter(context)) if len(context) == 1 else None if context else previous
            else:
                # "सीबीआई की अदालत": an owner that is no place still says whose; nothing before it does not
                bare = not (k > 0 and key_of(toks[k - 1].text) in groups.genitive)
            if (
                bare
                and collective
                and noun.agent
                and not (k > 0 and key_of(toks[k - 1].text) in between)
                # "फास्ट ट्रैक कोर्ट", "स्थानीय अदालत", "एक अदालत": a court its own words describe, not the one
                # named before ("अदालत ने", "इसी अदालत ने" are); "पिछली सरकार" is another government
                and not (noun.refers_back and k > 0 and not self._plain_before(toks[k - 1].text))
                and not (k > 0 and key_of(toks[k - 1].text) in groups.new_referent_words)
                and (referent := self._named_before(noun.agent, index, toks[k].start + offset, country))
                is not None
            ):
                # "दिल्ली पुलिस ने … गिरफ़्तार किया. … इन्हें पुलिस हिरासत में …": the body of that kind the
                # story named just before (the article's country's, or the clause's)
                country, name, kb_ids_led, preset = referent.country, referent.name, referent.kb_ids, True
                sector = referent.sector or sector
            national = False
            if (
                country is None
                and noun.agent
                and k > 0
                and self._key(toks[k - 1].text) in groups.national_words
            ):
                # "केंद्रीय सरकार", "अंतरिम सरकार": the government of the country the article is about
                country, national, start = self._article_country, True, k - 1
            fixed_name = preset or (name != noun.en and (noun.place_form != "" and place is not None))
            state = self._state_context
            if state is None and k > 0 and self._key(toks[k - 1].text) in groups.state_words:
                # "राज्य शासन पर आरोप है" before the story first names its state: "राज्य" says a state's
                # body is meant, the one state of the whole article's places
                state = self._article_state()
            if (
                not national
                and self._article_country in (None, "IND")  # no Indian state in a story about Pakistan
                and name == noun.en
                and noun.state_form
                and state is not None
                and (country in (None, "IND"))
                and (
                    (k > 0 and self._key(toks[k - 1].text) in groups.state_words)
                    or country == "IND"
                    or noun.state_body
                )
            ):
                # "राज्य सरकार", "पुलिस" in a story about one Indian state: that state's government, police
                country, name, fixed_name = "IND", noun.state_form.format(state=state), True
                if k > 0 and self._key(toks[k - 1].text) in groups.state_words:
                    start = k - 1
            if noun.agent and not fixed_name and collective and country is None and not preset:
                if not noun.context:
                    # "सरकार ने कहा" after a sentence about South Africa: the one country its sentence
                    # (else the last one) names
                    if context is None:
                        context = self._sentence_countries(result, alias_ends)
                    country = next(iter(context)) if len(context) == 1 else None if context else previous
                    if country is not None and self.kb.country(country) is None:
                        country = None  # a region's code ("ASA"), no country's government
                if (
                    country in (None, "IND")
                    and noun.state_form
                    and state is not None
                    and self._state_story
                    # "सेना ने सरकार से पूछा": beside a Union body the Union's government is meant
                    and not self._names_union_body(toks, result, alias_ends, offset)
                ):
                    # "सरकार" in a story about one Indian state more than about the Union: the state's
                    country, name, fixed_name = "IND", noun.state_form.format(state=state), True
                elif country is None:
                    # "सरकार", "सेना" with nothing in their sentence or the last one to say whose: the
                    # agent of the country the article is about (Government of India in a national story)
                    country = self._article_country
            kb_ids: tuple[str, ...] = kb_ids_led
            if noun.agent and not fixed_name and collective:
                # the country's own institution ("Afghan National Police") or the kind's pattern
                # ("Pakistani militants"); a kind of no country ("human rights groups") needs none
                named = self._agent_named(noun.agent, country)
                if named is not None:
                    name, fixed_name, kb_ids = named[0], True, named[1]
                    sector = named[2] or sector
            if (
                (not country and not (fixed_name and noun.agent) and owned_by is None)
                or (noun.owner_only and kind != "PER")
                or (noun.refers_back and not preset)
            ):
                k = end  # no one's group; an owner_only noun without its owner ("भारतीय परिवार")
                continue
            if name == noun.en and noun.names and country in noun.names:
                name, fixed_name = noun.names[country], True  # "Naxalites"
            if name == noun.en and not fixed_name and country:
                adjective = self._english_demonym.get(country)
                name = f"{adjective} {noun.en}" if adjective else f"{noun.en} of {country}"
            s, e = toks[start].start, toks[end - 1].end
            out.append(
                EntityMention(
                    start=s + offset,
                    end=e + offset,
                    text=text[s:e],
                    type=kind,
                    finder=GROUP,
                    title=name if fixed_name else _title_case(name),
                    role_country=country,
                    role_sector=sector or None,
                    sentence=index,
                    kb_ids=kb_ids,
                    # no institution of agents.toml and no name of its own: a loose group of people
                    generic=not fixed_name and not noun.agent,
                    owner=owned_by,
                )
            )
            taken.append((s, e))
            if noun.agent and collective and (not bare or start < k) and country:
                # a body its own words name ("दिल्ली पुलिस", "राज्य सरकार"): a later bare noun may mean it
                self._named_bodies.append(
                    _NamedBody(noun.agent, index, s + offset, out[-1].title or name, kb_ids, country, sector)
                )
            if noun.owner_only:
                self._owned_groups[noun.en] = out[-1]
            if place is not None:
                absorbed.append(place)
            k = end
        if absorbed:
            result[:] = [m for m in result if all(m is not a for a in absorbed)]
        return out

    def _misspelt_group_noun(self, word: str) -> bool:
        """Whether a word the vocabulary does not know has the letters of a group noun of four letters or
        more once vowel signs are left out ("अदलात" for अदालत): a misspelling, no name."""
        key = self._key(word)
        if key in self._known_words:
            return False
        letters = _without_vowel_signs(key)
        return len(letters) >= _GROUP_SKELETON_MIN and letters in self._group_skeletons

    def _note_named_bodies(self, found: list[EntityMention], index: int) -> None:
        """Note the sentence's knowledge-base bodies whose name ends in a group noun of an agent kind
        ("भारत सरकार", "केंद्र सरकार" → government): a later bare noun of that kind may mean them."""
        forms = self.groups.forms
        for mention in found:
            if mention.type != "ORG" or len(mention.kb_ids) != 1 or mention.finder == GROUP:
                continue  # (a name of several bodies, "उच्च न्यायालय", is the linker's to decide)
            last = mention.text.rsplit(" ", 1)[-1]
            noun = forms.get(self._key(last))
            if noun is None or not noun[0].agent or last == mention.text:
                continue
            actor = self.kb.get(mention.kb_ids[0])
            if actor is None or not actor.country or self.kb.country(actor.country) is None:
                continue
            self._named_bodies.append(
                _NamedBody(
                    noun[0].agent, index, mention.start, actor.name, (actor.id,), actor.country, actor.sector
                )
            )

    def _named_before(self, kind: str, index: int, position: int, country: str | None) -> _NamedBody | None:
        """The body of agent ``kind`` the article last named by its own words before character
        ``position``, at most ``_REFER_BACK_SENTENCES`` sentences before sentence ``index``, of
        ``country`` (else of the article's country, when it has one); None when there is none."""
        wanted = country or self._article_country
        for body in reversed(self._named_bodies):
            if index - body.sentence > _REFER_BACK_SENTENCES:
                return None
            if body.kind != kind or body.start >= position:
                continue
            if wanted is None or body.country == wanted:
                return body
        return None

    def _names_union_body(
        self, toks: list[Token], found: list[EntityMention], alias_ends: dict[int, AliasMatch], offset: int
    ) -> bool:
        """Whether the sentence names a body of the Indian Union: a knowledge-base one (``union_bodies``)
        or a bare noun of a Union kind (``union_agents``: "सेना", "वायु सेना") with no place, demonym or
        owner right before it."""
        groups = self.groups
        if any(m.kb_ids and m.kb_ids[0] in groups.union_bodies for m in found):
            return True
        for j, tok in enumerate(toks):
            noun = groups.forms.get(self._key(tok.text))
            if noun is None or noun[0].agent not in groups.union_agents:
                continue
            if any(m.start - offset <= tok.start < m.end - offset for m in found):
                continue  # a word of a name ("शिव सेना")
            if j == 0 or (alias_ends.get(j) is None and self._key(toks[j - 1].text) not in groups.genitive):
                return True
        return False

    def _name_before_surname(
        self, text: str, toks: list[Token], k: int, before: EntityMention | None, offset: int, index: int
    ) -> EntityMention | None:
        """The person whose family name the group noun at token ``k`` is (``family_name_nouns``): a
        person's mention ending right before it that the knowledge base does not know (a known leader's
        "X सरकार" is his government), returned as it is; else a word before it that is no vocabulary
        word and reads as a given name ("शूजित"), a new person's mention over both words. None when
        the word before names no person."""
        if before is not None:
            if before.type == "PER" and before.finder != TITLE_ONLY and not before.kb_ids:
                return before
            return None
        word = toks[k - 1]
        if not _DEVA_NAME_RE.match(word.text) or self._group_word(word.text) is not None:
            return None
        between = self.groups.national_words | self.groups.state_words  # "केंद्रीय सरकार", "राज्य सरकार"
        if self._is_stop(word.text) or self._title(word.text) or self._key(word.text) in between:
            return None
        # a given name, or a word news copy hardly uses (a name the lists lack: "शूजित")
        rare = self._vocabulary_keys.get(self._key(word.text), (0, 0.0))[1] < _SURNAME_RARE_ZIPF
        if not (self._is_given(word.text) or rare):
            return None
        return _person(text, toks, k - 1, k + 1, offset, "given_name", sentence=index)

    def _known_person_run(self, toks: list[Token], last: int) -> int | None:
        """First token of the run of words ending at token ``last`` that are all words of people the
        article named before (``_person_words``; at most three, joined by single spaces), else None."""
        first = last
        while (
            first >= 0
            and last - first < 3
            and self._key(toks[first].text) in self._person_words
            and (first == last or toks[first].end + 1 == toks[first + 1].start)
        ):
            first -= 1
        return first + 1 if first < last else None

    def _owned_again(self, noun: _GroupNoun, index: int) -> EntityMention | None:
        """The group of ``noun`` owned by a person (``owner_only``: "सुनील जेम्स का परिवार") the article
        named at most ``_OWNED_AGAIN_SENTENCES`` sentences before sentence ``index``, else None."""
        last = self._owned_groups.get(noun.en)
        if last is None or last.sentence is None or not 0 <= index - last.sentence <= _OWNED_AGAIN_SENTENCES:
            return None
        return last

    def _ruled_place(
        self,
        toks: list[Token],
        owner: EntityMention | None,
        noun: _GroupNoun,
        offset: int,
        ending: dict[int, EntityMention],
    ) -> EntityMention | None:
        """The owner of a genitive before a group noun; for a government owned by a party that is itself
        a place's ("पश्चिम बंगाल की तृणमूल कांग्रेस की सरकार"), the place: the state's government, led
        by that party (the party stays a mention of its own)."""
        if owner is None or noun.agent != "government" or self._party(owner) is None:
            return owner
        first = self._token_at(toks, owner.start - offset)
        if first < 2 or self._key(toks[first - 1].text) not in self.groups.genitive:
            return owner
        place = ending.get(toks[first - 2].end)
        return place if place is not None and self._place_country(place) is not None else owner

    def _government_led_by(self, mention: EntityMention) -> tuple[str, tuple[str, ...], str | None] | None:
        """The government a person the knowledge base names headed at the article's date
        (:func:`khabar.kb.agents.government_led_by`), else None."""
        if mention.type != "PER" or not mention.kb_ids:
            return None
        return government_led_by(self.kb, mention.kb_ids[0], self._published)

    def _party(self, mention: EntityMention | None) -> Actor | None:
        """The political party (knowledge-base actor of a party sector) a mention names, else None."""
        if mention is None or mention.type != "ORG" or not mention.kb_ids:
            return None
        actor = self.kb.get(mention.kb_ids[0])
        return actor if actor is not None and actor.sector in _PARTY_SECTORS and actor.country else None

    @staticmethod
    def _party_body(noun: _GroupNoun, party: Actor) -> str:
        """A party's body by the noun's ``party_form``, with the party's Latin abbreviation ("BJP")
        where it has one, else its name."""
        abbr = next((a for a in party.aliases if a.isascii() and a.isupper() and len(a) >= 2), party.name)
        return noun.party_form.format(abbr=abbr, party=party.name)

    def _plural_demonym(self, word: str) -> str | None:
        """Country whose demonym ``word`` is in an oblique plural ("जर्मनों" → DEU), else None."""
        key = self._key(word)
        for ending, replacement in self._plural_endings:
            if key.endswith(ending) and len(key) > len(ending) + 1:
                country = self._demonym_country.get(key[: len(key) - len(ending)] + replacement)
                if country is not None:
                    return country
        return None

    def _agent_country(
        self, toks: list[Token], k: int, offset: int, result: list[EntityMention]
    ) -> str | None:
        """Country of the agent (the mention before ने) of the clause ending at token ``k``."""
        for mention in reversed(result):
            if mention.end - offset > toks[k].start:
                continue
            after = self._token_at(toks, mention.end - offset - 1) + 1
            if after < len(toks) and self._key(toks[after].text) in self._agent_markers:
                if self._place_country(mention):
                    return self._place_country(mention)
                actor = self.kb.get(mention.kb_ids[0]) if mention.kb_ids else None
                return mention.role_country or (actor.country if actor is not None else None)
        return None

    @staticmethod
    def _token_at(toks: list[Token], position: int) -> int:
        for n, tok in enumerate(toks):
            if tok.start <= position < tok.end:
                return n
        return 0

    def _place_country(self, mention: EntityMention) -> str | None:
        """Country of a place mention (a country, city or region), else None."""
        if mention.type not in ("GPE", "LOC") or not mention.kb_ids:
            return None
        actor = self.kb.get(mention.kb_ids[0])
        return actor.country if actor is not None and actor.country and len(actor.country) == 3 else None

    def _clause_country(
        self, toks: list[Token], first: int, end: int, offset: int, result: list[EntityMention]
    ) -> str | None:
        """Country of a place in a locative phrase ("दिल्ली में") of the clause holding tokens
        ``first`` … ``end - 1``."""
        lo = first
        while lo > 0 and self._key(toks[lo - 1].text) not in self._clause_ends:
            lo -= 1
        hi = end
        while hi < len(toks) and self._key(toks[hi].text) not in self._clause_ends:
            hi += 1
        after = {toks[n - 1].end: self._key(toks[n].text) for n in range(lo + 1, hi)}
        for mention in result:
            s, e = mention.start - offset, mention.end - offset
            if s < toks[lo].start or (hi < len(toks) and e > toks[hi].start):
                continue
            if after.get(e) in self.lexicon.place_after:
                country = self._place_country(mention)
                if country:
                    return country
        return None

    def _sentence_countries(self, result: list[EntityMention], alias_ends: dict[int, AliasMatch]) -> set[str]:
        """The countries the sentence names, by its places, demonyms and titles' countries."""
        countries = {c for m in result if (c := self._place_country(m))}
        countries |= {c for m in result if m.role_country and m.finder != GROUP for c in [m.role_country]}
        countries |= {c for match in alias_ends.values() if match.demonym and (c := self._country_of(match))}
        # an organisation's own code ("UNO" of a UN commissioner's title) is no country: "सेना" beside
        # it is still the army of the country the story is about, never the "Army of UNO"
        return {c for c in countries if self.kb.country(c) is not None}

    def _place_before_locative(
        self,
        toks: list[Token],
        i: int,
        alias_starts: dict[int, tuple[int, AliasMatch]],
        offset: int,
        index: int,
    ) -> EntityMention | None:
        """An unmatched word before a locative ("हैमबर्ग में") that is a known place under another spelling."""
        tok = toks[i]
        if i + 1 >= len(toks) or self._key(toks[i + 1].text) not in self.lexicon.place_after:
            return None
        if not self._may_be_place_word(tok.text, i, alias_starts):
            return None
        if self._vocabulary_keys.get(self._key(tok.text), (0, 0.0))[1] >= _WORD_NOT_PLACE_ZIPF:
            return None  # "दबाव में", "इस पत्र में": a frequent word is itself, no misspelt place
        if (
            i > 0
            and match_key(tok.text) in self.loanwords.heads
            and tok.start - toks[i - 1].end == 1
            and self.loanwords.english(toks[i - 1].text) is not None
        ):
            return None  # "इन्फॉर्मेशन डेली में": the head of an outlet's loanword name (Daily), not Delhi
        if not self.kb.may_score(tok.text, _PLACE_SCORE):
            return None  # no alias comes close enough: skip the search (same result, much cheaper)
        hits = self.kb.search(tok.text, limit=3)
        if not hits or hits[0][1] < _PLACE_SCORE:
            return None
        # before a locative a place is meant: for a word the vocabulary does not know, a person or
        # organisation the same spelling reaches as closely is left out ("किरकुक में": the city Kirkuk,
        # not an Iraqi body of the event dictionaries with Kirkuk among its aliases); an ordinary word
        # reaching both is no place ("हक़ में", in favour of); another place as close is ambiguous
        if self._key(tok.text) not in self._known_words:
            places = [hit for hit in hits if hit[0].type in _PLACE_TYPES]
            if not places or places[0][1] < hits[0][1]:
                return None
            hits = places
        if hits[0][0].type != "GPE":
            return None
        if len(hits) > 1 and hits[0][1] - hits[1][1] < _PLACE_MARGIN:
            return None
        place = hits[0][0]
        # One word names a one-word place: "राय" (opinion) in "मेरी राय में" must not become
        # "Giá Rai" through a fuzzy match on one word of a longer name.
        if not any(
            len(latin_key(name, self.kb.transliterator).split()) == 1 for name in (place.name, *place.aliases)
        ):
            return None
        return EntityMention(
            start=tok.start + offset,
            end=tok.end + offset,
            text=tok.text,
            type="GPE",
            kb_ids=(place.id,),
            finder="place",
            sentence=index,
        )

    def _may_be_place_word(self, word: str, i: int, alias_starts: dict[int, tuple[int, AliasMatch]]) -> bool:
        """What both unknown-place tests ask of the word itself: no knowledge-base name starts there, a
        Devanagari word of three or more letters, no stop word and no title."""
        if i in alias_starts or not _DEVA_NAME_RE.match(word) or len(word) < 3:
            return False
        return not (self._is_stop(word) or self._title(word))

    def _facility_at(
        self, text: str, toks: list[Token], i: int, alias_starts: dict[int, tuple[int, AliasMatch]]
    ) -> int:
        """The token after a building or site's name that begins at token ``i`` ("बाबरी मस्जिद",
        "नोई बाई अंतरराष्ट्रीय हवाई अड्डे": ``[facility_kinds]``), or ``i`` if none begins there: one to
        ``_FACILITY_NAME_WORDS`` name-like words, the first no common word (Zipf ``_FACILITY_WORD_ZIPF``:
        "पुरानी मस्जिद", "फुटबॉल स्टेडियम"), none a title, a stop word, a common given or family name
        (a person's name before "मंदिर गए") or the start of a knowledge-base name, then the kind's words."""
        key = self._key
        first = toks[i].text
        if (
            key(first) in self._facility_common
            or key(first) in self._facility_describers
            or self.loanwords.english(first)
            or self._is_loanword(first)
        ):
            return i  # "पुरानी मस्जिद", "सुन्नी मस्जिद", "स्पोर्ट्स स्टेडियम": words that describe one
        for stop in range(i + 1, min(len(toks), i + 1 + _FACILITY_NAME_WORDS)):
            word = toks[stop - 1].text
            if (
                stop - 1 in alias_starts
                or not _DEVA_NAME_RE.match(word)
                or len(word) < 2
                or key(word) in self._facility_firsts
                or key(word) in self._facility_frequent
                or self._is_stop(word)
                or self._title(word)
                or self._common_person_word(word)
                or self._conjunctive(word)
                or (stop - 1 > i and not _NAME_GAP_RE.match(text[toks[stop - 2].end : toks[stop - 1].start]))
            ):
                return i
            for kind in self._facility_kinds:
                end = stop + len(kind)
                if end <= len(toks) and all(
                    key(toks[stop + k].text) == kind[k]
                    and _NAME_GAP_RE.match(text[toks[stop + k - 1].end : toks[stop + k].start])
                    for k in range(len(kind))
                ):
                    return end
        return i

    def _conjunctive(self, word: str) -> bool:
        """A verb's conjunctive participle: a known stem and "कर" ("भरकर", "जाकर"), no name word."""
        return word.endswith(_CONJUNCTIVE) and self._key(word[: -len(_CONJUNCTIVE)]) in self._known_words

    def _common_person_word(self, word: str) -> bool:
        """A listed name word, or one romanising to a given or family name of ``_FACILITY_PERSON_COUNT``
        or more people ("राजेश", "वर्मा"; not बाबरी, a rare given name)."""
        if self._key(word) in self._name_words_listed:
            return True
        latin = self._romanised(word)
        count = _FACILITY_PERSON_COUNT
        return self._given_names.get(latin, 0) >= count or self._family_names.get(latin, 0) >= count

    def _shouted_word(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a common English word in capitals beside another word in
        capitals: a line of a web page's furniture in Latin letters ("SCROLL TO CONTINUE READING",
        "ALSO READ"), no name, though a knowledge-base alias spells the same letters (Reading)."""
        word = text[start:end]
        if not (word.isascii() and word.isalpha() and word.isupper() and len(word) > 1):
            return False
        if self._english_words.zipf.get(word.casefold(), 0.0) < _SHOUTED_WORD_ZIPF:
            return False
        before = text[max(0, start - 30) : start].rstrip().rsplit(" ", 1)[-1]
        after = text[end : end + 30].lstrip().split(" ", 1)[0]
        return any(w.isascii() and w.isalpha() and w.isupper() and len(w) > 1 for w in (before, after))

    def _place_before_kind(
        self,
        toks: list[Token],
        i: int,
        alias_starts: dict[int, tuple[int, AliasMatch]],
        offset: int,
        index: int,
    ) -> EntityMention | None:
        """An unknown word before a settlement noun ("कोपरा थाना", "सिरसी गांव": ``[place_kinds]``) in
        an article about an Indian state (the state context, or a district or town of the sentence):
        a village, town or police area the gazetteer does not spell, a GPE named by its romanisation;
        before a city or province noun in any article (``[city_kinds]``: "तिकरित शहर"), and before a
        mountain, river or lake noun a LOC (``[landform_kinds]``: "नियमगिरि पर्वत").
        Before a locative alone, the word must follow a district or town of India in the genitive
        ("कालाहांडी के लांजीगढ़ में": a place inside that district)."""
        if i + 1 >= len(toks):
            return None
        after = self._key(toks[i + 1].text)
        if after not in self._place_kinds and not (
            after in self.lexicon.place_after and self._after_indian_place(toks, i, alias_starts)
        ):
            return None
        tok = toks[i]
        if not self._may_be_place_word(tok.text, i, alias_starts):
            return None
        key = self._key(tok.text)
        if key in self._known_words or key in self._name_words_listed or self._place_person_word(tok.text):
            return None
        if self.loanwords.english(tok.text) or len(self._acronym(tok.text) or "") >= 2:
            return None  # an English word or an acronym ("जीआरपी थाने": the railway police's station)
        previous = toks[i - 1].text if i else ""
        if previous and not self._is_stop(previous) and self._place_person_word(previous):
            return None  # a person's name ends here ("राजेश वर्मा थाने पहुंचे")
        if previous and self.loanwords.english(previous):
            return None  # an English-named locality ("सिविल लाइंस थाने"): not this word alone
        indian = self._state_context is not None or any(
            state_of(match.actor_ids[0]) is not None for _, match in alias_starts.values() if match.actor_ids
        )
        if after in self._landform_kinds:
            return _word_mention(tok, offset, index, "LOC", (), "place")  # "नियमगिरि पर्वत", "गोमती नदी"
        if not indian and after not in self._city_kinds:
            return None  # (a city or province noun names a place abroad too: "तिकरित शहर")
        return _word_mention(tok, offset, index, "GPE", (), "place")

    def _after_indian_place(
        self, toks: list[Token], i: int, alias_starts: dict[int, tuple[int, AliasMatch]]
    ) -> bool:
        """Whether token ``i`` follows "<an Indian district or town> के" ("बीजापुर के …")."""
        if i < 2 or self._key(toks[i - 1].text) != self._genitive_ke:
            return False
        return any(
            end == i - 1 and match.actor_ids and is_below_state(match.actor_ids[0])
            for end, match in alias_starts.values()
        )

    def _place_spelt_freely(self, actor_ids: tuple[str, ...], kept: bool) -> bool:
        """India's districts and towns, whose usual news spelling may differ from the gazetteer's by a
        vowel sign ("राजनांदगांव"/"राजनंदगांव", ``khabar.kb.variants``): beside a word of the alias
        kept as written ("जिले"), or alone in an article whose other Indian places are all of the
        place's state."""
        if not actor_ids or not all(is_below_state(actor_id) for actor_id in actor_ids):
            return False
        return kept or self._place_states == {state_of(actor_ids[0])}

    def _plural_subject(self, toks: list[Token], end: int) -> bool:
        """Whether the noun ending before token ``end`` is the plain subject of a plural verb: no case
        marker right after it, and the clause's first finite auxiliary is plural ("हैं", "थे") after a
        participle in the plural ("रहे", "करते", "गए")."""
        groups = self.groups
        after = self._key(toks[end].text) if end < len(toks) else ""
        if not after or after in groups.case_markers or after in groups.described_nouns:
            return False  # "चरमपंथी संगठन": the word describes the noun after it
        # "चरमपंथी हमले होते हैं" (militant attacks happen) but "चरमपंथी हमले कर रहे हैं" (militants attack)
        event_after = after in groups.event_nouns
        for j in range(end, min(len(toks), end + 12)):
            word = self._key(toks[j].text)
            if word in groups.clause_ends or not toks[j].text[:1].isalnum():
                return False
            if event_after and word in groups.happening_verbs:
                return False
            if word in groups.finite_auxiliaries:
                # the clause's own verb: "… एक चरमपंथी संगठन है जिसके नेता … लेते हैं" is singular
                return (
                    word in groups.plural_auxiliaries
                    and j > end
                    and toks[j - 1].text.endswith(groups.plural_participle_endings)
                )
        return False

    def _article_state(self) -> str | None:
        """The English name of the one Indian state the whole article's places lie in, else None."""
        if len(self._place_states) != 1:
            return None
        actor = self.kb.get(state_place_id(next(iter(self._place_states))) or "")
        return self._state_at_date(actor.name) if actor is not None else None

    @staticmethod
    def _place_at(found: list[EntityMention], start: int) -> bool:
        """Whether a place mention begins at character ``start``."""
        return any(m.start == start and m.type in ("GPE", "LOC") for m in found)

    def _place_article_states(self, alias_lists: Any) -> set[str]:
        """The Indian states of the article's exactly matched places (a name of two states' places
        counts for none)."""
        states: set[str] = set()
        for matches in alias_lists:
            for match in matches:
                found = {state_of(actor_id) for actor_id in match.actor_ids} - {None}
                if len(found) == 1:
                    states.update(found)
        return states

    def _place_person_word(self, word: str) -> bool:
        """A word of a person's name rather than of a village's: a name word, or one romanising to a
        given or family name of two or more people ("राजेश", "वर्मा")."""
        if self._key(word) in self._name_words_listed:
            return True
        latin = self._romanised(word)
        return self._given_names.get(latin, 0) >= 2 or self._family_names.get(latin, 0) >= 2

    def _demonym_mention(self, match: AliasMatch, text: str, offset: int, index: int) -> EntityMention:
        countries = tuple(a for a in match.actor_ids if a.startswith("country:"))
        return EntityMention(
            start=match.start + offset,
            end=match.end + offset,
            text=text[match.start : match.end],
            type="GPE",
            kb_ids=countries or tuple(match.actor_ids),
            finder="demonym",
            sentence=index,
        )

    def _post_after(self, toks: list[Token], end: int) -> bool:
        """Whether the words from token ``end`` begin one of the post words ("पद", "की कुर्सी")."""
        return any(
            end + len(words) <= len(toks)
            and all(self._key(toks[end + n].text) == w for n, w in enumerate(words))
            for words in self._post_words
        )

    def _title_phrase(
        self,
        toks: list[Token],
        i: int,
        title_hit: tuple[int, Title],
        alias_ends: dict[int, AliasMatch],
        start_tok: dict[int, int],
    ) -> _TitlePhrase:
        end, title = title_hit
        titles = [title]
        lex = self.lexicon
        # chained titles: "राज्य पार्षद और विदेश मंत्री"
        while end + 1 < len(toks) and self._key(toks[end].text) in lex.title_and:
            nxt = self._title_at(toks, end + 1)
            if nxt is None:
                break
            end, extra = nxt
            titles.append(extra)
        start = i
        country: str | None = None
        org_name: str | None = None
        org_sector: str | None = None
        place_name: str | None = None
        # qualifier before the title: a demonym / country ("रूसी", "चीन के"), an organisation with a
        # connector ("रूसी सुरक्षा परिषद के")
        j = i
        if j - 1 >= 0 and self._key(toks[j - 1].text) in lex.org_title and (j - 1) in alias_ends:
            match = alias_ends[j - 1]
            actor_type = kb_type(self.kb, match.actor_ids)
            first = start_tok[match.start]
            if actor_type in ("ORG", "GPE"):
                country = self._country_of(match)
                actor = self.kb.get(match.actor_ids[0])
                if actor_type == "ORG" and actor is not None:
                    org_name, org_sector = actor.name, actor.sector
                elif actor is not None and not actor.is_country:
                    place_name = actor.name
                start = first
                j = first
        elif j in alias_ends and alias_ends[j].demonym:
            match = alias_ends[j]
            country = self._country_of(match)
            start = j = start_tok[match.start]
        elif (
            j in alias_ends
            and all(t.person for t in titles)
            and kb_type(self.kb, alias_ends[j].actor_ids) == "ORG"
        ):
            # "कांग्रेस महासचिव", "भाजपा प्रदेश अध्यक्ष": a party or body named right before the office
            match = alias_ends[j]
            actor = self.kb.get(match.actor_ids[0])
            country = self._country_of(match)
            org_name = actor.name if actor is not None else None
            org_sector = actor.sector if actor is not None else None
            start = j = start_tok[match.start]
        # a demonym before the organisation ("रूसी सुरक्षा परिषद के") is part of the alias already
        if j - 1 >= 0 and j in alias_ends and alias_ends[j].demonym and country is None:
            country = self._country_of(alias_ends[j])
        former = False
        if j - 1 >= 0 and self._is_former(toks[j - 1].text):
            former = True
            start = j - 1
        return _TitlePhrase(start, i, end, titles, country, org_name, former, place_name, org_sector)

    def _role_text(self, phrase: _TitlePhrase) -> str:
        parts = []
        for title in phrase.titles:
            if phrase.org_name:
                parts.append(f"{title.en} of the {phrase.org_name}")
            elif phrase.place_name:
                parts.append(f"{title.en} of {phrase.place_name}")
            elif phrase.country:
                country = self.kb.country(phrase.country)
                parts.append(f"{title.en} of {country.name}" if country else title.en)
            else:
                parts.append(title.en)
        return "; ".join(parts)

    def _after_title(
        self,
        text: str,
        toks: list[Token],
        phrase: _TitlePhrase,
        alias_starts: dict[int, tuple[int, AliasMatch]],
        consumed: set[int],
        offset: int,
        index: int,
        result: list[EntityMention],
    ) -> int:
        j = phrase.end
        head = phrase.titles[-1]
        title_span = Span(toks[phrase.start].start + offset, toks[phrase.end - 1].end + offset)
        common = {
            "title": self._role_text(phrase),
            "title_span": title_span,
            "role_country": phrase.country,
            # an office of a party ("कांग्रेस महासचिव") is a party office, whatever the title's sector
            "role_sector": phrase.org_sector if phrase.org_sector in _PARTY_SECTORS else head.sector,
            "role_former": phrase.former,
            "sentence": index,
        }
        if j < len(toks) and j in alias_starts:
            end, match = alias_starts[j]
            # a person after an office; an organisation after its description ("संवाद समिति केसीएनए")
            if kb_type(self.kb, match.actor_ids) == head.type and not match.demonym:
                consumed.add(j)
                mention = alias_mention(self.kb, match, text, offset, index)
                result.append(_with(mention, finder="title+kb", **common))
                return end
        first = j
        initials = self._initials_name(text, toks, j, alias_starts, after_title=True) if head.person else j
        if initials > j:
            # "मजिस्ट्रेट एसपी तमंग", "डिप्टी एसपी डीएच गोस्वामी": after a person's title, letter names
            # before a surname are the person's initials, even those of an office ("एसपी")
            result.append(_person(text, toks, j, initials, offset, "title+name", **common))
            return initials
        if (
            head.person
            and j + 1 < len(toks)
            and self._key(toks[j].text) in self._also_names
            and self._title_at(toks, j + 1) is None
            and (j + 1 in alias_starts or self._is_name_word(text, toks[j + 1], alias_starts, j + 1))
        ):
            j += 1  # "प्रदेश अध्यक्ष सम्राट चौधरी": the second title word is a given name
        name_end = (
            self._unknown_name(text, toks, j, alias_starts, self.lexicon.max_name_tokens, cued=True)
            if head.person
            else j
        )
        if name_end == j + 1 and self._ordinary_after_title(text, toks, j, alias_starts):
            name_end = j  # "विधायक थाने पहुंचे": the legislator went to the police station, no "Thane"
        if first < j and name_end == j:
            if j in alias_starts and kb_type(self.kb, alias_starts[j][1].actor_ids) == "PER":
                name_end = alias_starts[j][0]  # "… सम्राट चौधरी" with a known surname
                consumed.add(j)
            else:
                name_end = first
            j = first
        if name_end > j:
            # the unknown name may run into a known surname ("फ्रैंक-वाल्टर स्टीनमीयर"): include it
            if name_end in alias_starts and kb_type(self.kb, alias_starts[name_end][1].actor_ids) == "PER":
                end, match = alias_starts[name_end]
                consumed.add(name_end)
                result.append(
                    _person(
                        text, toks, first, end, offset, "title+name", kb_ids=tuple(match.actor_ids), **common
                    )
                )
                return end
            result.append(_person(text, toks, first, name_end, offset, "title+name", **common))
            return name_end
        # title only ("विदेश मंत्री ने", "जर्मन चांसलर", "संवाद समिति"): the title phrase is the mention
        result.append(
            EntityMention(
                start=title_span.start,
                end=title_span.end,
                text=text[title_span.start - offset : title_span.end - offset],
                type=head.type,
                finder="title_only",
                **common,
            )
        )
        return j

    def _ordinary_after_title(
        self, text: str, toks: list[Token], j: int, alias_starts: dict[int, tuple[int, AliasMatch]]
    ) -> bool:
        """Whether the one word after a title at token ``j`` is an ordinary word, no name: the vocabulary
        knows it, no name list or knowledge-base person has it, no agent or speech cue follows it
        ("विधायक थाने पहुंचे"; a word named as acting, "मंत्री X ने", is left to the name finder), and
        ordinary text after it, no known name or letter ("अध्यक्ष कैट ओ ब्रॉयन", "नेता प्रतिपक्ष सुषमा
        स्वराज")."""
        word = toks[j].text
        key = self._key(word)
        if key not in self._known_words or key in self._person_words or self._known_name(word):
            return False  # ("मुख्य मंत्री गहलोत" after "अशोक गहलोत": a name word of the article)
        after = j + 1
        if after >= len(toks) or after in alias_starts:
            return False
        # ordinary text goes on after it (a stop word or a common word: "पहुंचे", "गए")
        following = toks[after].text
        if not (self._is_stop(following) or self._key(following) in self._common_words):
            return False
        return not self._cue_follows(toks, after)

    def _after_honorific(
        self,
        text: str,
        toks: list[Token],
        i: int,
        alias_starts: dict[int, tuple[int, AliasMatch]],
        consumed: set[int],
        offset: int,
        index: int,
        result: list[EntityMention],
    ) -> int:
        hon = toks[i]
        j = i + 1
        title_span = Span(hon.start + offset, hon.end + offset)
        if j in alias_starts:
            end, match = alias_starts[j]
            if kb_type(self.kb, match.actor_ids) == "PER" and not match.demonym:
                consumed.add(j)
                mention = alias_mention(self.kb, match, text, offset, index)
                result.append(_with(mention, finder="honorific+kb", title_span=title_span))
                return end
            return j
        name_end = self._unknown_name(text, toks, j, alias_starts, self.lexicon.max_name_tokens, cued=True)
        if name_end > j:
            # a kept honorific ("हाजी ग़ालिब" → Haji Ghalib) is part of the unknown person's name
            start = i if self.lexicon.is_kept_honorific(hon.text) or self._honorific_given(toks, i) else j
            person = _person(
                text, toks, start, name_end, offset, "honorific", title_span=title_span, sentence=index
            )
            result.append(person)
            return name_end
        return j


GIVEN_NAMES_FILE = Path(__file__).resolve().parents[2] / "kb" / "data" / "given_names.tsv"
FAMILY_NAMES_FILE = GIVEN_NAMES_FILE.with_name("family_names.tsv")
# Indian given and family names of published name lists (scripts/build_indian_name_lists.py)
LISTED_GIVEN_FILE = GIVEN_NAMES_FILE.with_name("indian_given_names.tsv")
LISTED_FAMILY_FILE = GIVEN_NAMES_FILE.with_name("indian_family_names.tsv")
_LISTED_COMMON = 3  # a list count this high is a common name (indian-fakedata weight 5 or more)
# finders of person names read from a cue around them (``_cued_elsewhere``)
_CUED_FINDERS = frozenset({"title+name", "role_noun", "name_cue", "honorific"})
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_VARIANT_WORDS = 4  # words of the longest alias a spelling variant may match in running text
# how common a word must be to end a cued name as ordinary text (``_ordinary_tail``): फायर 4.21,
# व्यायाम 4 articles; many surnames are news words too (शुक्ल 4.39), hence the cue test beside it
_TAIL_ZIPF = 4.0
_TAIL_ARTICLES = 3
_CUE_GIVEN_MIN = 5  # people a given name needs to end a cued name as an ordinary word (``_cue_surname``)
_PAIR_MIN = 2  # times a given name and an ordinary word recur together to be one name ("इशरत जहां")
_DENTALS = "तद"  # Hindi writes English t and d with the retroflex ट ड (थ is English th: मैथ्यू Matthew)
# a vocabulary word this common (Zipf) or more after a place is Hindi, whatever English word it sounds like
_LOANWORD_NAME_MAX_ZIPF = 4.5
# letters (vowel signs left out) a group noun needs for a misspelling of it to be recognised ("अदलात")
_GROUP_SKELETON_MIN = 4
# how many sentences back a bare agent noun ("पुलिस") may refer to a body of its kind named by its own words
_REFER_BACK_SENTENCES = 2
# a word rarer than this (Zipf) before a family-name group noun is a name ("शूजित सरकार")
_SURNAME_RARE_ZIPF = 1.0
_FAMILY_MIN = 3  # a known Hindi word is a family name when it romanises to one of 3+ people ("साइन": Sen)
_QUOTE_MARKS = frozenset("'\"‘’“”")
# a word in capitals this common in English (Zipf: reading 5.1, continue 5.1) is page furniture beside
# other capitals, not a name (``_shouted_word``)
_SHOUTED_WORD_ZIPF = 4.0
# a building's name has at most this many words before its kind noun, none this common in Hindi (Zipf:
# बाबरी 4.05, तिहाड़ 3.87 are names; फुटबॉल 4.3, पुरानी 4.9 describe)
_FACILITY_NAME_WORDS = 3
_FACILITY_WORD_ZIPF = 4.1
_FACILITY_LATER_ZIPF = 5.0
# … and its words are no given or family name this common (Babri: 3 people of the lists)
_FACILITY_PERSON_COUNT = 5
_CONJUNCTIVE = "कर"  # the ending of a conjunctive participle ("भरकर": having filled)
_QUOTED_ORG_WORDS = 4  # words of a quoted organisation's name after its kind noun ("पत्रिका ‘साइंस’")
_OPENING_QUOTES = frozenset("‘“")


def _close(a: str, b: str) -> bool:
    """Two folded spellings of one given name ("narendra" / "narendr"): same start, similar enough."""
    return bool(a) and bool(b) and a[0] == b[0] and JaroWinkler.normalized_similarity(a, b) >= 0.85


def _echo(first: str, second: str) -> bool:
    """Whether ``second`` repeats ``first`` up to its last letter ("रटी रटाई", "सोणा सोणा"), as echo
    pairs and refrains do and two words of one name do not ("सुरेश सुमन")."""
    stem = first[:-1]
    return len(stem) >= 2 and second.startswith(stem)


def _opens_quote(before: str) -> bool:
    """Whether ``before`` (the text up to a word) ends with an opening quote mark: a curly opening one,
    or a straight one after a space or at the start ("कहा 'गुलाब", not the closing one of "थे.'गुलाब")."""
    stripped = before.rstrip()
    if not stripped or stripped[-1] not in _QUOTE_MARKS:
        return False
    mark, rest = stripped[-1], stripped[:-1]
    return mark in _OPENING_QUOTES or (mark in "'\"" and (not rest or rest[-1].isspace()))


@cache
def given_names(path: Path = GIVEN_NAMES_FILE) -> dict[str, int]:
    """Casefolded names of ``given_names.tsv`` or ``family_names.tsv`` (``word<TAB>count``, ``#``
    comments; built by scripts/build_given_names.py) → count; empty when the file is missing."""
    if not path.exists():
        return {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LanguagePackError(f"{path}: cannot read file: {exc.strerror or exc}") from exc
    words: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        word, sep, count = line.partition("\t")
        if not sep or not count.strip().isdigit():
            raise LanguagePackError(f"{path}: line {number}: expected word<TAB>count, got {line!r}")
        words[word.casefold()] = words.get(word.casefold(), 0) + int(count)
    return words


@cache
def listed_given_names() -> dict[str, int]:
    """The Indian given names of ``indian_given_names.tsv`` (:func:`given_names`), read once."""
    return given_names(LISTED_GIVEN_FILE)


@cache
def with_listed(path: Path, listed: Path) -> dict[str, int]:
    """The names of ``path`` (:func:`given_names`) with those of the list file ``listed``: a listed name
    that is no ordinary Hindi word starts a name ("बबीता" → Babita), and one that is (सुशील
    "good-natured", मनीष "wise") does when the lists rate it common (``_LISTED_COMMON``) and news or the
    knowledge base also write it as a given name: two sources. आसमान (sky) is a rare listed name (Asman)
    of one person of the knowledge base, and no name in "खर्च आसमान छुएगा"."""
    merged = dict(given_names(path))
    for word, count in given_names(listed).items():
        merged[word] = merged.get(word, 0) + 1 if count >= _LISTED_COMMON else max(merged.get(word, 0), 1)
    return merged


def words_initials(mentions: dict[str, Any]) -> list[str]:
    """The Devanagari names of Latin letters of ``[titles] initials`` (``"आर"``, ``"के"``)."""
    return [w for w in mentions.get("titles", {}).get("initials", []) if isinstance(w, str)]


def _role_nouns(pack: LanguagePack | None) -> frozenset[str]:
    """Match keys of the pack's ``names.toml`` role nouns (``[[noun]] forms``)."""
    if pack is None:
        return frozenset()
    words: list[str] = []
    for number, entry in enumerate(pack.section("names").get("noun", []), 1):
        forms = entry.get("forms") if isinstance(entry, dict) else None
        if not (isinstance(forms, list) and forms and all(isinstance(f, str) and f for f in forms)):
            where = f"{pack.where}/names.toml"
            raise LanguagePackError(f"{where}: [[noun]] {number}: forms must be a list of words")
        words.extend(forms)
    return frozenset(match_key(w) for w in words)


def _time_words(pack: Any) -> frozenset[str]:
    """Match keys of the weekday, month and time-unit words of a pack's ``dates``/``metadata`` data."""
    if pack is None:
        return frozenset()
    words: list[str] = []
    dates, metadata = pack.section("dates"), pack.section("metadata")
    for group in [*dates.get("weekdays", []), *metadata.get("months", [])]:
        words.extend(w for w in group if isinstance(w, str))
    for group in dates.get("units", {}).values():
        words.extend(w for w in group if isinstance(w, str))
    return frozenset(match_key(w) for w in words if w and not w.endswith("."))


class _KeyedVocabulary(Mapping[str, tuple[int, float]]):
    """A vocabulary (word → (articles, zipf), shared and cached) read by match key: the words whose
    key differs from their spelling (about one in eight) are looked up in a small second table."""

    __slots__ = ("respelt", "words")

    def __init__(self, words: dict[str, tuple[int, float]], respelt: dict[str, tuple[int, float]]) -> None:
        self.words = words
        self.respelt = respelt

    def __getitem__(self, key: str) -> tuple[int, float]:
        found = self.respelt.get(key)
        return found if found is not None else self.words[key]

    def __contains__(self, key: object) -> bool:
        return key in self.respelt or key in self.words

    def __iter__(self) -> Iterator[str]:
        yield from self.respelt
        yield from (w for w in self.words if w not in self.respelt)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _title_case(name: str) -> str:
    small = {"of", "the", "and"}
    return " ".join(w if n and w in small else w[:1].upper() + w[1:] for n, w in enumerate(name.split()))


def _with(mention: EntityMention, **changes: object) -> EntityMention:
    for key, value in changes.items():
        setattr(mention, key, value)
    return mention


def _word_mention(
    tok: Token, offset: int, index: int, type_: str, kb_ids: tuple[str, ...], finder: str
) -> EntityMention:
    """A mention of one word (token ``tok`` of the sentence starting at ``offset``) with its actor ids."""
    return EntityMention(
        start=tok.start + offset,
        end=tok.end + offset,
        text=tok.text,
        type=type_,
        kb_ids=kb_ids,
        finder=finder,
        sentence=index,
    )


def _span_mention(
    text: str, toks: list[Token], first: int, stop: int, offset: int, type_: str, finder: str, **fields: Any
) -> EntityMention:
    """A mention over tokens ``first`` … ``stop - 1`` of a sentence starting at ``offset``."""
    start, end = toks[first].start, toks[stop - 1].end
    return EntityMention(
        start=start + offset, end=end + offset, text=text[start:end], type=type_, finder=finder, **fields
    )


def _person(
    text: str, toks: list[Token], first: int, stop: int, offset: int, finder: str, **fields: Any
) -> EntityMention:
    """A PER mention over tokens ``first`` … ``stop - 1`` of a sentence starting at ``offset``."""
    return _span_mention(text, toks, first, stop, offset, "PER", finder, **fields)


_VOWEL_SIGNS = frozenset(chr(c) for c in range(0x093E, 0x094D)) | {"\u0902", "\u0901", "\u093c"}


def _without_vowel_signs(word: str) -> str:
    """A Devanagari word's letters without vowel signs, nasal marks and nukta ("अदालत" → "अदलत")."""
    return "".join(ch for ch in word if ch not in _VOWEL_SIGNS)


def _has_suffix(key: str, suffixes: tuple[str, ...]) -> bool:
    """Whether a word's match key ends with one of ``suffixes`` and has two letters or more before it."""
    if not key.endswith(suffixes):  # most words end in none (one C call for the whole tuple)
        return False
    return any(key.endswith(suffix) and len(key) >= len(suffix) + 2 for suffix in suffixes)
