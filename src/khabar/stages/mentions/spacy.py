"""English mention finder: spaCy NER merged with knowledge-base alias matches, titles and datelines.

Sources of mentions, over the whole clean text (captions included: the linker needs them):

* spaCy ``en_core_web_sm`` entities (PERSON, ORG, GPE, LOC, FAC; see ``langpacks/en/mentions.toml``);
* knowledge-base alias matches (``KnowledgeBase.find_alias_matches``), which supply ``kb_ids``;
  a city match is kept only where spaCy also saw an entity or in a dateline (so "Split the bill"
  is no city);
* datelines ("ST. PETERSBURG, Sept. 10 (Xinhua) --", a line "BEIJING") → the place and the agency;
* titles: before a name ("Chinese Foreign Minister Wang Yi"), in an appositive after it ("Sergei
  Shoigu, Secretary of the Russian Security Council,") and on their own ("the Russian president",
  ``finder="title_only"``, no name) — from ``langpacks/en/titles.toml``.

Where spaCy and the knowledge base overlap, the longer span wins, except that a spaCy span the
knowledge base cannot resolve gives way to the known names inside it. spaCy's slip of tagging a
bare surname as ORG/GPE ("Wang", "Shoigu") is fixed from the people named in the same article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import JaroWinkler

from khabar.errors import InputError, LanguagePackError
from khabar.kb.agents import government_led_by, latest_year, load_agents
from khabar.kb.model import FAMILY_NAME_FIRST
from khabar.model import Document, EntityMention, Span
from khabar.stages.mentions import national
from khabar.stages.mentions.acronyms import BRACKETED_WORD
from khabar.stages.mentions.pattern import (
    FAMILY_NAMES_FILE,
    GIVEN_NAMES_FILE,
    LISTED_FAMILY_FILE,
    LISTED_GIVEN_FILE,
    with_listed,
)
from khabar.stages.mentions.seats import load_seat_cues, seat_mentions
from khabar.stages.mentions.titles import Title, TitleLexicon, load_titles
from khabar.stages.parse import parse_of
from khabar.text import match_key

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

    from khabar.kb import KnowledgeBase
    from khabar.langpacks import LanguagePack
    from khabar.resources import Resources

_PUNCT_STOP = frozenset(',;:()[]{}"“”‘«»|/')
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# sectors of group nouns that name an institution, not a loose group of people ("the government",
# "parliament", "the police", "the opposition", "separatists"; as the Hindi pack's `agent` nouns)
_INSTITUTION_SECTORS = frozenset({"GOV", "LEG", "COP", "OPP", "SEP"})
# Appositive title phrases run until punctuation, a verb or this many tokens.
_MAX_APPOSITIVE_TOKENS = 16
# Fuzzy search of an unresolved multi-word spaCy span: best score needed and lead over the next.
_SEARCH_MIN_SCORE = 92.0
_SEARCH_MIN_LEAD = 4.0
_NAME_TYPES = frozenset({"PER", "ORG", "GPE", "LOC"})
_WORD_KEY_MEMO = 200_000  # bound on the finder's token-text → match-key memo
INDEFINITE = "title_indefinite"  # "a French minister": a person of its own, not a reference back
GROUP = "group"  # "Sudanese rebels", "Croatian authorities", "Albanians": a collective actor
PERSON_BY_CONTEXT = "ner+person"  # a name retyped a person by its context (_people_by_context)
DEMONYM = "demonym"  # "French mediation": the country named by its adjective on an event noun
_NOT_SEAT_LABELS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "EVENT", "LAW", "LANGUAGE"})
_GROUP_MODIFIERS = frozenset({"amod", "compound", "nmod", "npadvmod", "nummod", "det", "advmod", "punct"})


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    type: str | None
    kb_ids: tuple[str, ...]
    finder: str
    label: str = ""  # spaCy label for NER candidates
    country: str | None = None  # the country that owns an unknown organisation ("Israel's …")
    stands_for: tuple[int, int] | None = None  # the unknown name a bracketed acronym abbreviates

    def overlaps(self, other: _Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: _Candidate) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(slots=True)
class _Role:
    """What a title phrase says about the person it describes."""

    title: Title
    span: tuple[int, int]
    country: str | None = None
    org_name: str | None = None
    org_sector: str | None = None
    former: bool = False


@dataclass(slots=True)
class _Rules:
    labels: dict[str, str]
    leading: frozenset[str]
    trailing: tuple[str, ...]
    datelines: tuple[re.Pattern[str], ...]
    org_prefixes: tuple[str, ...]
    qualifiers: frozenset[str]
    determiners: frozenset[str]
    indefinites: frozenset[str]  # "a French minister": a new, unnamed person of that country
    # words right after a title (or its "'s") that make it the post, not its holder ("the chief
    # minister's post", "the prime minister candidate")
    post_words: frozenset[str]
    groups: dict[str, str]  # group noun → CAMEO sector ("Sudanese rebels", "Israeli troops")
    ethnic: frozenset[str]  # "ethnic Albanians in Serbia": counted where they live
    group_locatives: frozenset[str]  # prepositions that place a group ("Albanians of southern Serbia")
    context_sectors: frozenset[str]  # sectors of unnamed groups placed by their sentence ("demonstrators")
    collectives: frozenset[str]  # singular nouns that name a group ("police", "coalition")
    # group nouns too general to be an actor placed only by context ("12 people were killed", "the
    # victims"): with a demonym or a place of their own they still are ("Kashmiri people")
    context_excluded: frozenset[str] = frozenset()
    # settlement noun → the plural noun for its people ("persons from Melwan village" → "Melwan villagers")
    settlement_people: dict[str, str] = field(default_factory=dict)
    # nouns that name unnamed people as individuals ("persons", "residents") before such a settlement
    individual_nouns: frozenset[str] = frozenset()


def _load_rules(mentions: dict[str, Any], titles: dict[str, Any], origin: str) -> _Rules:
    try:
        datelines = tuple(
            re.compile(p, re.MULTILINE) for p in mentions.get("dateline", {}).get("patterns", [])
        )
    except re.error as exc:
        raise LanguagePackError(f"{origin}/mentions.toml: bad dateline pattern: {exc}") from exc
    labels = mentions.get("ner", {}).get("labels", {})
    bad = {k: v for k, v in labels.items() if v not in _NAME_TYPES}
    if bad:
        raise LanguagePackError(f"{origin}/mentions.toml: [ner] labels map to unknown types {bad}")
    strip = mentions.get("strip", {})
    groups = mentions.get("groups", {})
    return _Rules(
        labels=dict(labels),
        leading=frozenset(w.casefold() for w in strip.get("leading", [])),
        trailing=tuple(sorted(strip.get("trailing", []), key=len, reverse=True)),
        datelines=datelines,
        org_prefixes=tuple(mentions.get("context", {}).get("generic_org_prefixes", [])),
        qualifiers=frozenset(match_key(w) for w in titles.get("qualifiers", {}).get("forms", [])),
        determiners=frozenset(titles.get("title_only", {}).get("determiners", ["the", "The"])),
        indefinites=frozenset(titles.get("title_only", {}).get("indefinites", [])),
        post_words=frozenset(w.casefold() for w in titles.get("title_only", {}).get("post_words", {})),
        groups={k.casefold(): v for k, v in groups.get("nouns", {}).items()},
        ethnic=frozenset(w.casefold() for w in groups.get("ethnic", [])),
        group_locatives=frozenset(w.casefold() for w in groups.get("locatives", [])),
        context_sectors=frozenset(groups.get("context_sectors", [])),
        context_excluded=frozenset(w.casefold() for w in groups.get("context_excluded", [])),
        collectives=frozenset(w.casefold() for w in groups.get("collectives", [])),
        settlement_people={k.casefold(): v for k, v in groups.get("settlement_people", {}).items()},
        individual_nouns=frozenset(w.casefold() for w in groups.get("individual_nouns", [])),
    )


@dataclass(slots=True)
class _Article:
    """Per-call working state (the finder itself keeps none between documents).

    The token attributes the title finder reads are copied once into plain lists (``idx``, ``ends``,
    ``words``, ``space``, ``tags``, ``pos``): indexing the spaCy ``Doc`` builds a ``Token`` object per
    access, and the finder looks at every token several times.
    """

    text: str
    sp: SpacyDoc
    sentence_starts: list[int]
    sentence_ends: list[int]
    demonyms: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, country alpha-3
    context_country: str | None = None  # country of the dateline place
    state: str | None = None  # the state (first-level place) an article of that country is about
    idx: list[int] = field(default_factory=list)  # token start offsets
    ends: list[int] = field(default_factory=list)  # token end offsets
    words: list[str] = field(default_factory=list)  # token texts
    space: list[bool] = field(default_factory=list)  # token is whitespace
    tags: list[str] = field(default_factory=list)  # fine-grained tags (NNS, …)
    pos: list[str] = field(default_factory=list)  # coarse part of speech (VERB, …)

    def __post_init__(self) -> None:
        for token in self.sp:
            self.idx.append(token.idx)
            self.words.append(token.text)
            self.ends.append(token.idx + len(token.text))
            self.space.append(token.is_space)
            self.tags.append(token.tag_)
            self.pos.append(token.pos_)

    def sentence_of(self, offset: int) -> int | None:
        if not self.sentence_starts:
            return None
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        return max(index, 0)

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        index = self.sentence_of(offset)
        if index is None:
            return 0, len(self.text)
        return self.sentence_starts[index], self.sentence_ends[index]


def _initials(name: str) -> str:
    """Capital initials of a name's words, hyphenated parts counted ("Pakistan Tehreek-e-Insaf" → PTI)."""
    parts = re.split(r"[\s\-–]+", name)
    return "".join(p[0] for p in parts if p[:1].isupper())


def _bracket_before(text: str, cand: _Candidate) -> bool:
    """The candidate is an acronym in brackets right after a word ("… Association (AKK)")."""
    name = text[cand.start : cand.end]
    if not name.isupper() or " " in name or text[cand.end : cand.end + 1] != ")":
        return False
    before = text[: cand.start].rstrip()
    return before.endswith("(") and before[:-1].rstrip()[-1:].isalpha()


class EnglishMentionFinder:
    """Finds PER/ORG/GPE/LOC mentions in English documents (see the module docstring)."""

    def __init__(self, resources: Resources, pack: LanguagePack | None = None) -> None:
        pack = pack or resources.packs.only_user("mentions", "spacy")
        self.code = pack.code
        # the parse comes from the parse stage (Document.parses); this parser only serves documents
        # that did not go through it
        self.nlp = resources.parsers.get(pack.code)
        self.kb: KnowledgeBase = resources.kb
        self.lexicon: TitleLexicon = load_titles(pack)
        # match keys that some title starts / ends with (a title's key starts with its first word's)
        self.title_prefixes: frozenset[str] = frozenset(
            key[:n] for key in self.lexicon.titles for n in range(len(key) + 1)
        )
        self.title_suffixes: frozenset[str] = frozenset(
            key[n:] for key in self.lexicon.titles for n in range(len(key) + 1)
        )
        self._word_keys: dict[str, str] = {}  # token text → match key (bounded, see _key)
        self._dictionary = _dictionary_words(self.nlp)
        self.rules = _load_rules(pack.section("mentions"), pack.section("titles"), str(pack.directory))
        self.national = national.load_national(pack.section("mentions"), str(pack.directory))
        self.seats = load_seat_cues(pack.section("mentions"), str(pack.directory))  # election seats
        # group nouns that name a kind of generic agent (kb/data/agents.toml: "police" → police)
        self._agent_nouns: dict[str, str] = {
            str(k).casefold(): str(v)
            for k, v in (pack.section("mentions").get("groups", {}).get("agents") or {}).items()
        }
        self._agent_kinds = load_agents()
        self._states: dict[str, dict[str, str]] = {}  # country → its states (lower-cased name → name)
        unlabelled = pack.section("mentions").get("unlabelled_names") or {}
        self.unlabelled_labels = frozenset(unlabelled.get("labels", []))
        self.unlabelled_deps = frozenset(unlabelled.get("deps", []))
        self.org_words = frozenset(unlabelled.get("org_words", []))
        self.skip_words = frozenset(unlabelled.get("skip_words", []))
        listed = pack.section("mentions").get("not_names") or {}
        self.not_names = frozenset(pack.section("mentions").get("ner", {}).get("not_names", [])) | {
            str(w) for key, words in listed.items() if key not in ("last_words", "in_brackets") for w in words
        }
        self.not_name_last_words = frozenset(str(w) for w in listed.get("last_words", []))
        self.not_names_in_brackets = frozenset(str(w) for w in listed.get("in_brackets", []))
        people = pack.section("mentions").get("person_context") or {}
        self.person_before = frozenset(w.casefold() for w in people.get("before", []))
        self.person_after = frozenset(w.casefold() for w in people.get("after", []))
        self.person_kb_prefixes = tuple(people.get("kb_prefixes", []))
        # nouns that name an event in the pack's event lexicon: a demonym on one of them ("French
        # mediation", "Israeli air raids") names the country that acts
        self.event_nouns: frozenset[str] = frozenset(
            form.casefold()
            for entry in pack.section("events").get("entry", [])
            if entry.get("pos") == "NOUN"
            for form in entry.get("forms", [])
        )
        # "Albanians", "Iraqis", "Serbs": plural demonyms name the people of a country
        self.plural_demonyms: dict[str, str] = {}
        for actor_id, words in self.kb.demonyms.items():
            for word in words:
                if (
                    word.isascii()
                    and word[:1].isupper()
                    and not word.endswith(("s", "ese", "sh", "ch", "i's"))
                ):
                    self.plural_demonyms.setdefault(word.casefold() + "s", actor_id.removeprefix("country:"))

    # ------------------------------------------------------------------ entry point
    def find(self, doc: Document) -> list[EntityMention]:
        if doc.clean is None:
            raise InputError(doc.origin or doc.id, "mention finding needs the clean text")
        text = doc.clean
        sentences = doc.sentences or []
        article = _Article(
            text=text,
            sp=parse_of(doc, self.code, self.nlp),
            sentence_starts=[s.start for s in sentences],
            sentence_ends=[s.end for s in sentences],
        )
        kb_cands = self._kb_candidates(article)
        dateline_cands = self._dateline_candidates(article)
        # a known demonym ("Ugandan", which spaCy sometimes reads as a person) is never a name itself,
        # nor is what is left of one after a leading title word is stripped ("Sri" of "Sri Lankan")
        ner_cands = [
            c
            for c in self._ner_candidates(article)
            if not any(start <= c.start and c.end <= end for start, end, _ in article.demonyms)
        ]
        merged = self._merge(article, kb_cands, dateline_cands, ner_cands)
        merged = self._bracketed_acronyms(article.text, merged)
        self._national_context(article, merged)
        merged = self._national_names(article, merged)
        merged = self._coordinated_people(article, merged)
        merged = self._unlabelled_names(article, merged)
        self._people_by_context(article, merged)
        self._resolve_unknown(article, merged)
        self._fix_surnames(article, merged)
        text = article.text
        merged = [c for c in merged if not self._common_word(text, c) and not self._plural_title(text, c)]
        self._posting_places(article, merged)
        self._narrow_places(article, merged)
        mentions = [self._to_mention(article, c) for c in merged if c.type in _NAME_TYPES]
        self._attach_titles(article, mentions, merged)
        # a word spaCy read as a name inside a title now attached ("Interior" of "Interior Minister")
        titles = [m.title_span for m in mentions if m.title_span is not None]
        mentions = [
            m for m in mentions if m.kb_ids or not any(t.start <= m.start and m.end <= t.end for t in titles)
        ]
        mentions = [m for m in mentions if not self._starts_title(article, m)]
        mentions.extend(self._title_only(article, mentions, merged))
        mentions.extend(self._groups(article, mentions, merged))
        mentions = self._governments_by_head(article, doc, mentions)
        mentions.extend(self._event_demonyms(article, mentions, merged))
        spans = [(s.start, s.end) for s in sentences]
        skip, words = self.skip_words, self._dictionary  # election seats (seats.py)
        groups = [(e.start_char, e.end_char) for e in article.sp.ents if e.label_ in _NOT_SEAT_LABELS]
        mentions = seat_mentions(self.seats, self.kb, text, mentions, spans, skip, words, groups)
        mentions.sort(key=lambda m: (m.start, m.end))
        return mentions

    # ------------------------------------------------------------------ candidates
    def _kb_candidates(self, article: _Article) -> list[_Candidate]:
        result = []
        for match in self.kb.find_alias_matches(article.text):
            if match.demonym:
                country = self._country_of(match.actor_ids)
                if country:
                    article.demonyms.append((match.start, match.end, country))
                continue
            start, end = self._strip(article.text, match.start, match.end, keep_if_unknown=True)
            result.append(
                _Candidate(start, end, self._kb_type(match.actor_ids), tuple(match.actor_ids), "kb")
            )
        return result

    def _dateline_candidates(self, article: _Article) -> list[_Candidate]:
        result: list[_Candidate] = []
        for pattern in self.rules.datelines:
            for match in pattern.finditer(article.text):
                place_start, place_end = match.span("place")
                place = match.group("place").strip()
                place_start += len(match.group("place")) - len(match.group("place").lstrip())
                place_end = place_start + len(place)
                places = [a for a in self.kb.lookup(place) if a.type in ("GPE", "LOC")]
                if not places:
                    continue
                if any(c.overlaps(_Candidate(place_start, place_end, None, (), "")) for c in result):
                    continue
                ids = tuple(a.id for a in places)
                result.append(_Candidate(place_start, place_end, places[0].type, ids, "dateline"))
                if article.context_country is None:
                    article.context_country = places[0].country
                if "agency" in pattern.groupindex and match.group("agency"):
                    agency = match.group("agency").strip()
                    orgs = [a for a in self.kb.lookup(agency) if a.type == "ORG"]
                    if orgs:
                        a_start = match.start("agency") + match.group("agency").index(agency)
                        result.append(
                            _Candidate(
                                a_start, a_start + len(agency), "ORG", tuple(a.id for a in orgs), "dateline"
                            )
                        )
        return result

    def _ner_candidates(self, article: _Article) -> list[_Candidate]:
        result = []
        for type_, start, end, label in self._ner_spans(article):
            start, end = self._strip(article.text, start, end)
            if type_ == "PER":
                start = self._skip_titles(article, start, end)
            bracket = article.text.find("(", start, end)
            if bracket > start and ")" not in article.text[bracket:end]:
                if article.text[bracket - 1] != " " and article.text[end : end + 1] == ")":
                    end += 1  # a faction's letter is part of its name ("NSCN(K)", "ULFA(I)")
                else:
                    # a name never ends inside an open bracket ("Balha (SC" of "… and Balha (SC)."):
                    # the name is the words before it, the bracket a marker or an abbreviation after it
                    end = len(article.text[start:bracket].rstrip()) + start
            if end - start < 2 or not any(ch.isalpha() for ch in article.text[start:end]):
                continue
            if self._not_a_name(article.text, start, end):
                continue  # a law spaCy reads as an organisation ("under Section 302 of the IPC")
            result.append(_Candidate(start, end, type_, (), "ner", label))
        return result

    def _ner_spans(self, article: _Article) -> list[tuple[str, int, int, str]]:
        """spaCy's name spans (type, start, end, label), mended where the small model joins or splits
        names in Indian copy:

        * a span with a possessive inside is two names ("the Congress’ Ajay Kumar Lallu");
        * a span opened by a person word ("Justices A S Gadkari and Kamal Khata", read as an ORG) is
          the people it names, one per "and";
        * a person span whose first word is a dictionary word before a listed given name ("former CEO
          of Only Much Louder Vijay Nair") starts at the given name;
        * two one-word spans side by side, the first a listed given name ("Anand Teltumbde" read as
          two places) are one person.
        """
        text = article.text
        spans: list[tuple[str, int, int, str]] = []
        for ent in article.sp.ents:
            type_ = self.rules.labels.get(ent.label_)
            if type_ is None:
                continue
            parts = [(ent.start_char, ent.end_char)]
            inner = re.search(r"(?:’s|'s|’|')\s+(?=[A-Z])", text[ent.start_char : ent.end_char])
            if inner is not None:
                cut = ent.start_char + inner.start()
                owner = self._strip(text, ent.start_char, cut)
                if self._known_owner(text[owner[0] : owner[1]]):  # a known owner; not "People’s League"
                    parts = [(ent.start_char, cut), (ent.start_char + inner.end(), ent.end_char)]
            for start, end in parts:
                words = text[start:end].split()
                if len(words) >= 2 and words[0].rstrip(".").casefold() in self.person_before:
                    # "Justices A S Gadkari and Kamal Khata": the people, whatever spaCy's label
                    body = start + text[start:end].index(words[1], len(words[0]))
                    for m in re.finditer(r"[^\s].*?(?=\s+and\s+|$)", text[body:end]):
                        name = m.group().removeprefix("and ").strip()
                        at = body + m.start() + m.group().index(name)
                        head = name.split(maxsplit=1)
                        if len(head) == 2 and head[0].rstrip(".").casefold() in self.person_before:
                            at += name.index(head[1], len(head[0]))  # "… and Justice B.J. Rele"
                            name = head[1]
                        if name:
                            spans.append(("PER", at, at + len(name), "PERSON"))
                    continue
                if type_ == "PER" and len(words) >= 3 and self._dictionary:
                    lead = words[0].casefold()
                    if (
                        not _given_name_word(words[0])
                        and _given_name_word(words[1])
                        and (lead in self._dictionary or lead.removesuffix("er") in self._dictionary)
                    ):
                        start = text.index(words[1], start + len(words[0]))
                spans.append((type_, start, end, ent.label_))
        return self._join_given_names(text, spans)

    def _known_owner(self, name: str) -> bool:
        """A name the KB or a national alias knows ("the Congress’": Congress is India's by [national])."""
        return bool(self.kb.lookup(name)) or any(
            name == alias for table in self.national.aliases.values() for alias, _ in table
        )

    @staticmethod
    def _join_given_names(
        text: str, spans: list[tuple[str, int, int, str]]
    ) -> list[tuple[str, int, int, str]]:
        """Two one-word spans one space apart, the first a listed given name and the second no listed
        given name, with a capital: one person ("Anand Teltumbde" read as two places)."""
        out: list[tuple[str, int, int, str]] = []
        for span in spans:
            if out:
                type_, start, end, _ = out[-1]
                first, second = text[start:end], text[span[1] : span[2]]
                if (
                    span[1] == end + 1
                    and text[end] == " "
                    and " " not in first
                    and " " not in second
                    and first.isalpha()
                    and second.isalpha()
                    and second[:1].isupper()
                    and not second.isupper()
                    and _given_name_word(first)
                    and not _given_name_word(second)
                    and (type_ == "PER") == (span[0] == "PER")
                ):
                    out[-1] = ("PER", start, span[2], "PERSON")
                    continue
            out.append(span)
        return out

    def _posting_places(self, article: _Article, cands: list[_Candidate]) -> None:
        """An unknown one-word "person" between an official's title and an honorific-named person is
        the place of the post, as Indian copy writes it ("The DSP, Nurpur, Mr Jai Pal Singh, said",
        "the SHO, Kotwali, Mr Ram Kumar"): a place, so that the title goes to the person after it."""
        words = article.words
        for cand in cands:
            if cand.type != "PER" or cand.kb_ids or " " in article.text[cand.start : cand.end]:
                continue
            first = self._token_at(article, cand.start)
            if first is None or first < 2 or first + 2 >= len(words):
                continue
            if words[first - 1] != "," or words[first + 1] != ",":
                continue
            sent_start = article.sentence_bounds(cand.start)[0]
            if self._title_ending_at(article, first - 2, sent_start) is None:
                continue
            if self.lexicon.is_honorific(words[first + 2]):
                cand.type, cand.label = "GPE", "GPE"

    def _plural_title(self, text: str, cand: _Candidate) -> bool:
        """An unresolved name that is a title in the plural ("the two Foreign Secretaries"): the
        office-holders, no name of one actor."""
        if cand.finder != "ner" or cand.kb_ids or cand.type not in ("ORG", "PER"):
            return False
        words = text[cand.start : cand.end].split()
        if not words or not words[-1].endswith("s"):
            return False
        for singular in _singulars(words[-1])[1:]:
            if self.lexicon.title(" ".join([*words[:-1], singular])):
                return True
        return False

    def _common_word(self, text: str, cand: _Candidate) -> bool:
        """A one-word name spaCy found that nothing resolves and that is an English dictionary word
        (the lemmatizer's WordNet index) rather than a listed given or family name: a capitalised common
        word of a headline, a sentence start or Indian usage ("a Central team", "the floor of the
        House", "Law and order is …", "the treasury benches"), not an actor's name."""
        if cand.finder != "ner" or cand.kb_ids or cand.type not in ("ORG", "PER") or not self._dictionary:
            return False  # (a place spaCy saw is more often a real one: "Orissa", a dictionary word too)
        word = text[cand.start : cand.end]
        if " " in word or not word.isalpha() or word.isupper():
            return False  # acronyms are read by [not_names]
        definite = re.search(r"\b[Tt]he\s+$", text[max(0, cand.start - 5) : cand.start]) is not None
        if not definite and (
            _given_name_list().get(word.casefold(), 0) >= _NAME_LIST_MIN
            or _family_name_list().get(word.casefold(), 0) >= _NAME_LIST_MIN
        ):
            return False  # "Wilson", "Bush": names first, unless "the" makes a noun of it ("the Bill")
        return any(form in self._dictionary for form in _singulars(word.casefold()))

    def _not_a_name(self, text: str, start: int, end: int) -> bool:
        """A span that names no actor (mentions.toml [not_names]): a law, document, festival or language,
        a law's name by its last word ("… (Prevention) Act"), a reserved-seat marker in brackets ("(SC)")."""
        name = text[start:end]
        if name in self.not_names:
            return True
        words = name.split()
        if len(words) >= 2 and words[-1] in self.not_name_last_words and not self.kb.lookup(name):
            return True
        bracketed = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
        return bracketed and name in self.not_names_in_brackets

    # ------------------------------------------------------------------ merging
    def _merge(
        self,
        article: _Article,
        kb_cands: list[_Candidate],
        dateline_cands: list[_Candidate],
        ner_cands: list[_Candidate],
    ) -> list[_Candidate]:
        text = article.text
        chosen: list[_Candidate] = list(dateline_cands)

        def free(c: _Candidate) -> bool:
            return not any(c.overlaps(o) for o in chosen)

        # Words of the people spaCy names with more than one word ("John Lyon" makes "Lyon" a surname)
        person_words = {
            word for n in ner_cands if n.type == "PER" for word in text[n.start : n.end].split()[1:]
        }

        def lone_city(ner: _Candidate, kb: _Candidate) -> bool:
            """spaCy's "person" is one word, exactly a city's name and nobody's surname here ("blocked
            roads in Yerevan"): the city, since a person is first named in full."""
            return (ner.start, ner.end) == (kb.start, kb.end) and text[kb.start : kb.end] not in person_words

        # Resolve each NER span against the KB matches it overlaps.
        kept_kb: list[_Candidate] = []
        for kb in kb_cands:
            if not free(kb):
                continue
            supporting = [n for n in ner_cands if n.overlaps(kb)]
            # a city name needs spaCy to agree that it is a name, and not a person's
            if self._all_cities(kb.kb_ids) and (
                not supporting
                or any(n.type == "PER" and n.contains(kb) and not lone_city(n, kb) for n in supporting)
            ):
                continue
            kept_kb.append(kb)
        for ner in ner_cands:
            if not free(ner):
                continue
            inside = [k for k in kept_kb if k.overlaps(ner)]
            if not inside:
                chosen.append(ner)
                continue
            if len(inside) == 1 and (inside[0].start, inside[0].end) == (ner.start, ner.end):
                self._agree_with_ner(inside[0], ner)
                continue  # same span: the KB candidate carries it
            if all(ner.contains(k) for k in inside) and (ner.end - ner.start) > max(
                k.end - k.start for k in inside
            ):
                ids = self._lookup_ids(text[ner.start : ner.end])
                if ids:  # the longer span is itself a known name ("Security Council of Russia")
                    ner.kb_ids = ids
                    ner.type = self._kb_type(ids) or ner.type
                    chosen.append(ner)
                    kept_kb = [k for k in kept_kb if k not in inside]
                elif len(inside) == 1 and self._namesake(text, ner, inside[0]):
                    # "Nirav Modi": another person of the surname the KB knows one person by
                    ner.type = "PER"
                    chosen.append(ner)
                    kept_kb.remove(inside[0])
                elif len(inside) == 1 and self._given_name_place(text, ner, inside[0]):
                    chosen.append(ner)  # "Anand Teltumbde": a person, not the town Anand
                    kept_kb.remove(inside[0])
            # otherwise the known names inside (or crossing) win
        chosen.extend(k for k in kept_kb if free(k))
        chosen.sort(key=lambda c: (c.start, -c.end))
        return chosen

    def _given_name_place(self, text: str, ner: _Candidate, kb: _Candidate) -> bool:
        """spaCy's person starts with a place the KB knows that is also a listed given name ("Anand
        Teltumbde", Anand in Gujarat): the person's given name."""
        return (
            ner.type == "PER"
            and kb.start == ner.start
            and kb.end < ner.end
            and " " not in text[kb.start : kb.end]
            and self._all_places(kb.kb_ids)
            and _given_name_word(text[kb.start : kb.end])
        )

    def _namesake(self, text: str, ner: _Candidate, kb: _Candidate) -> bool:
        """Whether spaCy's longer span ends with a person alias of the KB (the surname "Modi") after a
        given name that is none of that person's ("Nirav Modi", "Lalit Modi"): the span reads as a
        person (spaCy's PERSON) and its first word matches no first word of the actor's English names."""
        if kb.end != ner.end or kb.start <= ner.start or self._kb_type(kb.kb_ids) != "PER":
            return False
        given = text[ner.start : kb.start].split()[0]
        if len(given) < 3 or not given[:1].isupper() or not given.isalpha():
            return False  # "N. Modi": initials may be anybody's
        if ner.type != "PER" or len(text[kb.start : kb.end].split()) != 1:
            return False  # spaCy's person ending with a one-word person alias (the surname)
        surname = match_key(text[kb.start : kb.end])
        for actor_id in kb.kb_ids:
            actor = self.kb.get(actor_id)
            names = [n.split() for n in (actor.name, *actor.aliases) if n.isascii()] if actor else []
            # the alias must be the actor's surname: the last word of a full name, in a country that
            # writes the family name last ("En-lai" of Chou En-lai is Zhou Enlai's given name)
            if not any(len(n) >= 2 and match_key(n[-1]) == surname for n in names):
                return False
            if actor is None or actor.country in FAMILY_NAME_FIRST or self._same_given(given, actor_id):
                return False
        return True

    def _same_given(self, given: str, actor_id: str) -> bool:
        """Whether ``given`` is the first word of one of the actor's English names of two or more
        words, up to spelling ("Narendra"/"Narendar"); True when the KB gives no full name to compare."""
        actor = self.kb.get(actor_id)
        if actor is None or actor.country in FAMILY_NAME_FIRST:
            return True  # (the first word is the family name there: "Chou En-lai" is Zhou Enlai)
        firsts = [n.split()[0] for n in (actor.name, *actor.aliases) if n.isascii() and len(n.split()) >= 2]
        if not firsts:
            return True
        key = match_key(given)
        return any(_close_given(key, match_key(f)) for f in firsts)

    def _bracketed_acronyms(self, text: str, cands: list[_Candidate]) -> list[_Candidate]:
        """An acronym in brackets right after a name abbreviates that name: "Pakistan Tehreek-e-Insaf
        (PTI)" is the party, not the news agency PTI, and takes the name's identity when its initials
        match; a person the knowledge base spells the same ("Montenegro Municipality Association
        (AKK)") is dropped either way."""
        out: list[_Candidate] = []
        defined: dict[str, _Candidate] = {}  # acronym → the name it abbreviates, for later uses
        for cand in cands:
            acronym = text[cand.start : cand.end]
            if not _bracket_before(text, cand):
                if acronym in defined:  # "PTI spokesman …" after "Pakistan Tehreek-e-Insaf (PTI)"
                    self._abbreviates(cand, defined[acronym])
                out.append(cand)
                # a bracket spaCy read as no name still defines the short form for its later uses
                bracket = BRACKETED_WORD.match(text, cand.end)
                if bracket is not None and _initials(acronym) == bracket.group(1):
                    defined.setdefault(bracket.group(1), cand)
                continue
            open_at = text.rindex("(", 0, cand.start)
            named = next((c for c in reversed(out) if 0 <= open_at - c.end <= 1), None)
            if named is not None and _initials(text[named.start : named.end]) == acronym:
                self._abbreviates(cand, named)
                defined[acronym] = named
            elif cand.type == "PER":
                continue
            out.append(cand)
        # An acronym the knowledge base does not know, used where the article spells the name out
        # elsewhere ("RSF" … "the Rapid Support Forces"): the same organisation
        spelled = {
            _initials(text[c.start : c.end]): c for c in out if c.kb_ids and " " in text[c.start : c.end]
        }
        for cand in out:
            acronym = text[cand.start : cand.end]
            if not cand.kb_ids and acronym.isupper() and 2 <= len(acronym) <= 6 and acronym in spelled:
                cand.kb_ids, cand.type = spelled[acronym].kb_ids, spelled[acronym].type
        return out

    @staticmethod
    def _abbreviates(short: _Candidate, named: _Candidate) -> None:
        """``short`` is an acronym of ``named``: the same actor, or for a name the knowledge base
        lacks, the same entity (``stands_for``, read by the linker)."""
        short.kb_ids, short.type = named.kb_ids, named.type
        short.stands_for = None if named.kb_ids else (named.start, named.end)

    def _national_context(self, article: _Article, cands: list[_Candidate]) -> None:
        """The article's country when no dateline gave one (most of its known names'), and the state
        of that country it is about (see khabar.stages.mentions.national)."""
        ids = [c.kb_ids for c in cands if c.kb_ids]
        if article.context_country is None:
            article.context_country = national.dominant_country(
                self.kb, ids, self.national
            ) or national.gazetteer_country(self.kb, ids)
        country = article.context_country
        if country and country in self.national.aliases:
            if country not in self._states:
                self._states[country] = national.state_names(self.kb, country)
            article.state = national.dominant_state(self.kb, ids, self._states[country])

    def _story_government(self, article: _Article, cands: list[_Candidate]) -> tuple[str, ...]:
        """ "The government" of an Indian story: its state's when the story names the state and its
        bodies more often than the Union's (Parliament, its Houses, the Centre, Union ministries), else
        the Union government (mentions.toml [national] union_bodies)."""
        union = sum(1 for c in cands if c.kb_ids and c.kb_ids[0] in self.national.union_bodies)
        state = self._state_body(article, "Government of {state}")
        if not state:
            return self.national.union_government
        name = (article.state or "").casefold()
        local = 0
        for c in cands:
            actor = self.kb.get(c.kb_ids[0]) if c.kb_ids else None
            if actor is not None and name and name in actor.name.casefold():
                local += 1
            elif actor is not None and any(name in (r.org or "").casefold() for r in actor.roles):
                local += 1  # a Chief Minister of the state
        return state if local >= union else self.national.union_government

    def _state_body(self, article: _Article, template: str) -> tuple[str, ...]:
        """The knowledge-base body of the article's state named by ``template`` ("{state} Police")."""
        if article.state is None:
            return ()
        return self._lookup_ids(template.format(state=article.state))

    def _national_names(self, article: _Article, cands: list[_Candidate]) -> list[_Candidate]:
        """Words that name a national body in an article of that country ("the Centre", "Congress",
        "the police" of the story's state): a mention where no known name covers them; they replace
        a spaCy span they cover that the knowledge base does not know. Names of one body come first;
        then the story's state is read again ("J&K" now counts) for the names of a state's body."""
        aliases = self.national.aliases.get(article.context_country or "")
        if not aliases:
            return cands
        fixed = tuple(a for a in aliases if "{" not in a[1])
        out = self._add_national(article, list(cands), fixed)
        states = self._states.get(article.context_country or "", {})
        article.state = national.dominant_state(self.kb, [c.kb_ids for c in out if c.kb_ids], states)
        return self._add_national(article, out, tuple(a for a in aliases if "{" in a[1]))

    def _add_national(
        self, article: _Article, out: list[_Candidate], aliases: tuple[tuple[str, str], ...]
    ) -> list[_Candidate]:
        known = list(out)
        for start, end, target in national.alias_spans(article.text, aliases):
            if target == "{government}":
                ids = self._story_government(article, known)
            else:
                ids = self._state_body(article, target) if "{state}" in target else (target,)
            if not ids or self.kb.get(ids[0]) is None:
                continue
            token = self._token_at(article, start)
            if token is not None and article.pos[token] in ("VERB", "ADV", "AUX"):
                continue  # "Left unchecked, …"
            governments = ("{government}", "Government of {state}")
            if target in governments and token is not None and self._no_government(article, start, end):
                continue
            if self._foreign_demonym_before(article, start):
                continue  # "the Sri Lankan government", "Nepalese police": that country's body (see _groups)
            found = _Candidate(start, end, self._kb_type(ids), ids, "kb")
            crossing = [c for c in out if c.overlaps(found)]
            if any(c.kb_ids or not found.contains(c) for c in crossing):
                continue  # a known or longer name covers the word
            out = [c for c in out if c not in crossing]
            out.append(found)
        out.sort(key=lambda c: (c.start, -c.end))
        return out

    @staticmethod
    def _foreign_demonym_before(article: _Article, start: int) -> bool:
        """A demonym of another country than the article's stands right before the word ("the Sri
        Lankan government" in an Indian story is Sri Lanka's, not the story's government)."""
        for _, d_end, country in article.demonyms:
            gap = article.text[d_end:start]
            adjacent = d_end <= start and len(gap) <= 2 and not gap.strip(" -")
            if adjacent and country != article.context_country:
                return True
        return False

    @staticmethod
    def _no_government(article: _Article, start: int, end: int) -> bool:
        """"government" naming no government that acts: a modifier of another noun ("a government
        holiday", "government schools") or any government at all ("no state government could be
        dismissed", "a government")."""
        span = article.sp.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        token = span.root
        if token.dep_ in ("compound", "amod", "nmod"):
            before = token.doc[max(0, token.i - 2) : token.i].text.replace(" ", "").lower()
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.head.children)
            # "anti-government slogans" are against it; "the government warning" is spaCy's slip
            return not (before.endswith(("anti-", "anti")) or definite)
        generic = ("no", "any", "every", "each", "a", "an")
        return any(c.dep_ == "det" and c.lower_ in generic for c in token.children)

    def _coordinated_people(self, article: _Article, cands: list[_Candidate]) -> list[_Candidate]:
        """People spaCy's small model half-reads in Indian copy: a person's name with the given name
        left out ("Rohit" of "NEW DELHI: Rohit Malhotra") takes the capitalised compound words before
        it, and a capitalised name coordinated with a person ("arrested Sameer Kulkarni, Deepak Joshi
        and Anil Pawar") that nothing or only an unknown organisation covers is a person too."""
        out = list(cands)
        people = [c for c in out if c.type == "PER" and c.finder == "ner" and not c.kb_ids]
        for cand in people:
            span = article.sp.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            first = min(
                (c for c in root.children if c.dep_ == "compound" and c.i < span.start),
                default=None,
                key=lambda c: c.i,
            )
            # one given name right before ("Rohit" of "Rohit Malhotra"), never a title ("Mr", "Justices")
            given = article.sp[span.start - 1] if span.start > 0 else None
            if (
                given is not None
                # a surname alone, or a middle and a family name ("Swatantra" of "Swatantra Dev
                # Singh"): spaCy left the given name out
                and (
                    len(span) == 1
                    or (
                        len(span) == 2  # never a dictionary or person word ("Justices M. Sundar")
                        and not any(f in self._dictionary for f in _singulars(given.lower_))
                        and given.lower_ not in self.person_before
                    )
                )
                and first is not None
                and first.i == given.i
                and _name_words(article.sp[given.i : span.start])
                and not given.is_stop
                and self._skip_titles(article, given.idx, cand.end) == given.idx
                and not any(o is not cand and o.start < cand.start and o.end > given.idx for o in out)
            ):
                cand.start = given.idx
            for conj in root.conjuncts:
                # (spaCy hangs a given name on its family name as compound or nmod: "Bajrang Punia")
                words = [
                    c
                    for c in conj.children
                    if c.i < conj.i and (c.dep_ == "compound" or (c.dep_ == "nmod" and c.pos_ == "PROPN"))
                ]
                first_i = min((w.i for w in words), default=conj.i)
                run = article.sp[first_i : conj.i + 1]
                if not _name_words(run):
                    continue
                found = _Candidate(run.start_char, run.end_char, "PER", (), "ner", "PERSON")
                crossing = [o for o in out if o.overlaps(found)]
                if any(
                    o.kb_ids or o.type == "PER" or (o.start, o.end) != (found.start, found.end)
                    for o in crossing
                ):
                    continue  # known, already a person, or a different span: leave it
                out = [o for o in out if o not in crossing]
                out.append(found)
        out.sort(key=lambda c: (c.start, -c.end))
        return out

    def _unlabelled_names(self, article: _Article, cands: list[_Candidate]) -> list[_Candidate]:
        """Names spaCy's small model misses in Indian copy: 2–4 Title-case proper nouns in an argument
        position that nothing covers (mentions.toml [unlabelled_names]); a person unless one of its
        words names an organisation."""
        if not self.unlabelled_deps:
            return cands
        out = list(cands)
        tokens = list(article.sp)
        i = 0
        while i < len(tokens):
            j = i
            while (
                j < len(tokens) and _name_words([tokens[j]]) and tokens[j].ent_type_ in self.unlabelled_labels
            ):
                j += 1
            run = tokens[i:j]
            i = max(j, i + 1)
            if not 2 <= len(run) <= 4 or run[-1].dep_ not in self.unlabelled_deps:
                continue
            if (
                # "High Representatives", "Though Leader …" (a capitalised function word)
                any(t.text in self.skip_words or t.tag_ == "NNPS" or t.is_stop for t in run)
                or all(t.ent_type_ == "PERSON" for t in run)
            ):
                continue  # a place, law or day; or a person spaCy did see (its candidate is elsewhere)
            start, end = run[0].idx, run[-1].idx + len(run[-1])
            if any(c.start < end and start < c.end for c in out) or self.kb.lookup(article.text[start:end]):
                continue
            type_ = "ORG" if any(t.text in self.org_words for t in run) else "PER"
            out.append(_Candidate(start, end, type_, (), "ner", "PERSON" if type_ == "PER" else "ORG"))
        out.sort(key=lambda c: (c.start, -c.end))
        return out

    def _people_by_context(self, article: _Article, cands: list[_Candidate]) -> None:
        """A name spaCy labels an organisation or place, that nothing resolves, is a person where its
        context says so (mentions.toml [person_context]): a relative pronoun after it ("Giani, who
        allegedly attacked …"), a person word or honorific right before it ("her relatives V.N.
        Sudhakaran", "a tyre shop owner, Giani,"), or a party's possessive ("CPM's Basudeb Acharia").
        Every other unresolved span of the article ending in the same word is then that person too."""
        if not self.person_before and not self.person_after:
            return
        text = article.text
        surnames: set[str] = set()
        unknown = [
            c
            for c in cands
            if c.type in ("ORG", "GPE", "LOC")
            and (
                (c.finder == "ner" and not c.kb_ids)
                # an imported non-state actor list names people and groups alike ("Abu Salem")
                or (c.kb_ids and all(i.startswith(self.person_kb_prefixes) for i in c.kb_ids))
            )
            if self._name_like(text, c)
        ]
        for cand in unknown:
            if self._person_evidence(article, cand, cands):
                # (the imported entry's type is the list's, not this person's: its id goes too)
                cand.type, cand.label, cand.kb_ids, cand.finder = "PER", "PERSON", (), PERSON_BY_CONTEXT
                surnames.add(match_key(text[cand.start : cand.end].split()[-1]))
        if not surnames:
            return
        for cand in cands:
            words = text[cand.start : cand.end].split()
            if cand.type == "PER" or not words or match_key(words[-1]) not in surnames:
                continue
            if cand in unknown:
                cand.type, cand.label, cand.kb_ids, cand.finder = "PER", "PERSON", (), PERSON_BY_CONTEXT
            elif len(words) == 1 and cand.kb_ids and self._all_places(cand.kb_ids):
                # "Salem was sentenced …" after "gangster, Abu Salem": the person, not the town
                cand.type, cand.label, cand.kb_ids, cand.finder = "PER", "PERSON", (), "ner"

    def _name_like(self, text: str, cand: _Candidate) -> bool:
        """One to four Title-case words or initials, none a word of organisations, places or laws."""
        words = text[cand.start : cand.end].replace(".", ". ").split()
        return (
            1 <= len(words) <= 5
            and all((w[:1].isupper() and not w.isupper()) or len(w.rstrip(".")) == 1 for w in words)
            and not any(w in self.org_words or w in self.skip_words for w in words)
        )

    def _person_evidence(self, article: _Article, cand: _Candidate, cands: list[_Candidate]) -> bool:
        first = self._token_at(article, cand.start)
        last = self._token_at(article, cand.end - 1)
        if first is None or last is None or article.sp[last].tag_ in _PLURAL_TAGS:
            return False  # "the two Foreign Secretaries, who …": a plural is no one's name
        words = article.words
        after = [w for w in words[last + 1 : last + 3] if w.strip()]
        if after and (after[0].casefold() in self.person_after or after[:2] == [",", "who"]):
            return True
        listed = cand.type == "ORG" and not cand.kb_ids  # (an imported entry keeps its id: Deng Xiaoping)
        if listed and self._listed_full_name(article.text[cand.start : cand.end]):
            # (a GPE/LOC is left alone: "in Rae Bareily" reads as given + family name too)
            return True
        before = [w for w in words[max(0, first - 3) : first] if w.strip()]
        if before and before[-1] == ",":
            before = before[:-1]  # "a tyre shop owner, Giani,"
        if before and before[-1].casefold().rstrip(".") in self.person_before:
            return True
        if len(before) >= 2 and before[-1] in _POSSESSIVE:
            # "CPM's Basudeb Acharia": a member of the organisation named before; an organisation's
            # own body ("Israel's Supreme Court") carries an organisation word and is never here
            owner = self._cand_at(cands, article.ends[first - 2], end=True) if first >= 2 else None
            named = article.text[cand.start : cand.end].split()
            return owner is not None and owner.type == "ORG" and len(named) >= 2
        return False

    def _listed_full_name(self, name: str) -> bool:
        """Two or three words, the first a given name of the name lists and the last a family name of
        them, neither a place or demonym the KB knows ("Karti Chidambaram", "Alok Verma" read as ORG
        by spaCy): a person's name whatever spaCy's label."""
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
            return False
        if not _given_name_word(words[0]) or not _family_name_word(words[-1]):
            return False
        # "Tamil Nadu": a word the KB knows as a place, people or organisation is no name's here
        return not any(a.type != "PER" for w in (words[0], words[-1]) for a in self.kb.lookup(w))

    def _agree_with_ner(self, kb: _Candidate, ner: _Candidate) -> None:
        """A name that is both a person and a town ("Bush": George Bush, or Būsh in Egypt) is what
        spaCy reads it as in context: a person drops the towns, a place drops the people. Countries
        are never dropped: spaCy taking "Jordan" for a person is more often its own mistake."""
        if len(kb.kb_ids) < 2:
            return
        if ner.type == "PER":
            kept = tuple(i for i in kb.kb_ids if not i.startswith(("city:", "place:")))
        elif ner.type in ("GPE", "LOC"):
            kept = tuple(i for i in kb.kb_ids if self._kb_type((i,)) != "PER")
        else:
            return
        if kept and kept != kb.kb_ids:
            kb.kb_ids = kept
            kb.type = self._kb_type(kept) or kb.type

    def _resolve_unknown(self, article: _Article, cands: list[_Candidate]) -> None:
        """KB ids for NER spans without a KB match: exact alias, the dateline country's body, fuzzy."""
        for cand in cands:
            if cand.kb_ids or cand.finder == PERSON_BY_CONTEXT:
                continue  # (a person by context keeps clear of the organisation list that named it)
            name = article.text[cand.start : cand.end]
            ids = self._lookup_ids(name)
            # "Israel's Supreme Court", "the Turkish Supreme Court": that country's body, never a
            # namesake of another country's that a fuzzy search would find
            owner = self._owner_country(article, cand, cands) if cand.type == "ORG" else None
            if not ids and owner:
                ids = self._contextual_org(name, owner)
                cand.country = owner
            if not ids and cand.type == "ORG" and article.context_country and not owner:
                ids = self._contextual_org(name, article.context_country)
            if not ids and len(name.split()) >= 2:
                ids = self._search_ids(name, cand.type)
                if owner and ids and self._country_of(ids) != owner:
                    ids = ()
            if ids:
                cand.kb_ids = ids
                kb_type = self._kb_type(ids)
                if kb_type and not (cand.type == "PER" and self._all_places(ids)):
                    cand.type = kb_type
                elif cand.type == "PER":
                    cand.kb_ids = ()

    def _fix_surnames(self, article: _Article, cands: list[_Candidate]) -> None:
        """A one-word span naming part of a person mentioned in the article is that person (spaCy tags
        "Wang" or "Shoigu" ORG/GPE now and then)."""
        text = article.text
        people = [c for c in cands if c.type == "PER" and len(text[c.start : c.end].split()) >= 2]
        for cand in cands:
            words = text[cand.start : cand.end].split()
            if len(words) != 1 or cand in people:
                continue
            if cand.kb_ids and cand.type != "PER" and cand.finder != "ner":
                continue  # a KB place or organisation stays what the KB says
            key = match_key(words[0])
            owners = [p for p in people if key in {match_key(w) for w in text[p.start : p.end].split()}]
            if not owners:
                continue
            before = [p for p in owners if p.start < cand.start]
            owner = before[-1] if before else owners[0]
            if cand.type == "PER" and cand.kb_ids and owner.kb_ids and cand.kb_ids[0] != owner.kb_ids[0]:
                continue
            cand.type = "PER"
            cand.kb_ids = owner.kb_ids or cand.kb_ids
            cand.finder = cand.finder + "+surname"

    def _narrow_places(self, article: _Article, cands: list[_Candidate]) -> None:
        """An ambiguous city name ("St. Petersburg": Russia or Florida) keeps only the cities in
        countries the article mentions, when that leaves any."""
        countries = {d[2] for d in article.demonyms}
        countries.update(
            i.removeprefix("country:") for c in cands for i in c.kb_ids[:1] if i.startswith("country:")
        )
        for cand in cands:
            if len(cand.kb_ids) > 1 and self._all_cities(cand.kb_ids):
                local = tuple(i for i in cand.kb_ids if self._country_of((i,)) in countries)
                if local:
                    cand.kb_ids = local

    # ------------------------------------------------------------------ titles
    def _attach_titles(
        self, article: _Article, mentions: list[EntityMention], cands: list[_Candidate]
    ) -> None:
        for mention in mentions:
            if mention.type != "PER":
                continue
            role = self._title_before(article, mention.start, cands) or self._title_after(
                article, mention.end, cands
            )
            if role is not None:
                self._apply_role(mention, role, article.text)

    def _apply_role(self, mention: EntityMention, role: _Role, text: str) -> None:
        title = role.title.en
        if role.org_name and title in _ORG_TITLES:
            article = "" if role.org_name.isupper() else "the "
            title = f"{title} of {article}{role.org_name}"
        mention.title = title
        mention.title_span = Span(*role.span)
        mention.role_country = role.country
        mention.role_sector = (
            role.title.sector
            if role.title.sector and not role.org_sector
            else (role.org_sector or role.title.sector)
        )
        mention.role_former = role.former

    def _title_before(self, article: _Article, name_start: int, cands: list[_Candidate]) -> _Role | None:
        tokens = article.sp
        first = self._token_at(article, name_start)
        if first is None:
            return None
        sent_start, _ = article.sentence_bounds(name_start)
        found = self._title_ending_at(article, first - 1, sent_start)
        if found is None:
            found = self._title_org_before(article, first, sent_start, cands)
        title_end = first - 1
        if found is None and self._apposed(article, first, name_start):
            # "A State Department spokesman, Matthew Miller, said": the title, a comma, the name
            found = self._title_ending_at(article, first - 2, sent_start)
            title_end = first - 2
        if found is None:
            return None
        title, term_first = found
        role = _Role(title, (tokens[term_first].idx, tokens[title_end].idx + len(tokens[title_end])))
        self._qualify_backwards(article, role, term_first, sent_start, cands)
        return role

    def _apposed(self, article: _Article, first: int, name_start: int) -> bool:
        """The name stands between two commas right after a comma ("…spokesman, Matthew Miller, said")."""
        if first < 2 or article.words[first - 1] != ",":
            return False
        mention_end = next((c for c in range(first, len(article.words)) if article.words[c] == ","), None)
        if mention_end is None:
            return False
        # only name words between the two commas
        return all(article.pos[k] == "PROPN" for k in range(first, mention_end))

    def _title_org_before(
        self, article: _Article, first: int, sent_start: int, cands: list[_Candidate]
    ) -> tuple[Title, int] | None:
        """TITLE + connector + ORG right before a name ("secretary of the Russian Federation Security
        Council Sergei Shoigu"): the title and its first token."""
        tokens = article.sp
        if first < 1:
            return None
        org = self._cand_at(cands, tokens[first - 1].idx + len(tokens[first - 1]), end=True)
        if org is None or org.type != "ORG":
            return None
        org_first = self._token_at(article, org.start)
        if org_first is None:
            return None
        for connector in self.lexicon.title_org:
            words = connector.split()
            k = org_first - len(words)
            if k < 1 or any(tokens[k + n].text.casefold() != w.casefold() for n, w in enumerate(words)):
                continue
            return self._title_ending_at(article, k - 1, sent_start)
        return None

    def _title_after(self, article: _Article, name_end: int, cands: list[_Candidate]) -> _Role | None:
        tokens = article.sp
        last = self._token_at(article, name_end - 1)
        if last is None:
            return None
        _, sent_end = article.sentence_bounds(name_end - 1)
        i = last + 1
        if i >= len(tokens) or tokens[i].text != ",":
            return None
        i += 1
        former = False
        while i < len(tokens) and tokens[i].idx < sent_end:
            word = tokens[i].text
            if word.casefold() in self.rules.leading or match_key(word) in self.rules.qualifiers:
                i += 1
            elif self.lexicon.is_former(word):
                former, i = True, i + 1
            else:
                break
        phrase_start = i
        country: str | None = None
        org: _Candidate | None = None
        # qualifiers before the title word: demonyms, places, organisations, possessives
        found: tuple[Title, int] | None = None
        while i < len(tokens) and tokens[i].idx < sent_end:
            found = self._title_starting_at(article, i, sent_end)
            if found is not None:
                break
            cand = self._cand_at(cands, tokens[i].idx)
            demonym = self._demonym_at(article, tokens[i].idx)
            if demonym:
                country = country or demonym
                i = self._token_after(article, i, self._demonym_end(article, tokens[i].idx))
            elif cand is not None and cand.type in ("ORG", "GPE", "LOC"):
                country = country or self._country_of(cand.kb_ids)
                org = org or (cand if cand.type == "ORG" else None)
                i = self._token_after(article, i, cand.end)
            elif tokens[i].text in _POSSESSIVE:
                i += 1
            else:
                return None
        if found is None:
            return None
        title, term_end = found
        end_tok = term_end
        j = term_end + 1
        while j < len(tokens) and tokens[j].idx < sent_end and j - phrase_start < _MAX_APPOSITIVE_TOKENS:
            tok = tokens[j]
            if tok.text in _PUNCT_STOP or tok.is_space or tok.pos_ in ("VERB", "AUX") or tok.text == ".":
                break
            if self._person_at(cands, tok.idx):
                break
            end_tok = j
            j += 1
        span = (tokens[phrase_start].idx, tokens[end_tok].idx + len(tokens[end_tok]))
        role = _Role(title, span, former=former)
        self._qualify_span(article, role, cands, country, org)
        return role

    def _qualify_backwards(
        self, article: _Article, role: _Role, term_first: int, sent_start: int, cands: list[_Candidate]
    ) -> int:
        """Extend ``role.span`` backwards over former-markers, qualifiers, demonyms, places and
        organisations ("former Russian Defence Minister", "Russia's Security Council Secretary");
        returns the first token of the phrase."""
        tokens = article.sp
        start_tok = term_first
        start_char: int | None = None
        q = term_first - 1
        country: str | None = None
        org: _Candidate | None = None
        while q >= 0 and tokens[q].idx >= sent_start:
            tok = tokens[q]
            if tok.is_space:
                break
            if self.lexicon.is_former(tok.text):
                role.former = True
            elif (
                match_key(tok.text) in self.rules.qualifiers
                or (tok.text == "-" and q > 0 and self.lexicon.is_former(tokens[q - 1].text))
                or (
                    tok.text in _POSSESSIVE
                    and q > 0
                    and self._cand_at(cands, tokens[q - 1].idx + len(tokens[q - 1]), end=True)
                )
            ):
                pass
            elif demonym := self._demonym_ending(article, tok):
                # a demonym may end a token that starts with punctuation ("Press)--Japanese")
                country = country or demonym[1]
                if demonym[0] > tok.idx:
                    start_char = demonym[0]
                    start_tok = q
                    break
            else:
                cand = self._cand_at(cands, tok.idx + len(tok), end=True)
                if cand is None and country is None:
                    # an organisation the knowledge base does not know, after its country ("U.S.
                    # National Security Council spokesman"): taken only when the country is there
                    found = self._unknown_org_country(article, q, sent_start, cands)
                    if found is not None:
                        q, country = found
                        start_tok = q
                        break
                if cand is None or cand.type not in ("ORG", "GPE", "LOC"):
                    break
                country = country or self._country_of(cand.kb_ids)
                org = org or (cand if cand.type == "ORG" else None)
                org_first = self._token_at(article, cand.start)
                q = org_first if org_first is not None else q
            start_tok = q
            q -= 1
        role.span = (start_char if start_char is not None else tokens[start_tok].idx, role.span[1])
        self._qualify_span(article, role, cands, country, org)
        return start_tok

    def _unknown_org_country(
        self, article: _Article, last: int, sent_start: int, cands: list[_Candidate]
    ) -> tuple[int, str] | None:
        """(first token, country) of "COUNTRY Capitalised Words" ending at token ``last``, where the
        capitalised words are no known name and the country is a place or a demonym."""
        tokens = article.sp
        q = last
        while (
            q >= 0
            and tokens[q].idx >= sent_start
            and tokens[q].pos_ == "PROPN"
            and tokens[q].text[:1].isupper()
        ):
            if self._cand_at(cands, tokens[q].idx + len(tokens[q]), end=True) is not None:
                break
            q -= 1
        if q == last or q < 0 or tokens[q].idx < sent_start:
            return None
        before = tokens[q]
        demonym = self._demonym_ending(article, before)
        if demonym is not None:
            return q, demonym[1]
        cand = self._cand_at(cands, before.idx + len(before), end=True)
        if cand is not None and cand.type in ("GPE", "LOC"):
            country = self._country_of(cand.kb_ids)
            first = self._token_at(article, cand.start)
            if country and first is not None:
                return first, country
        return None

    def _qualify_span(
        self,
        article: _Article,
        role: _Role,
        cands: list[_Candidate],
        country: str | None,
        org: _Candidate | None,
    ) -> None:
        """Country and organisation of a title phrase from what it contains."""
        start, end = role.span
        inside = [c for c in cands if start <= c.start and c.end <= end]
        if org is None:
            org = next((c for c in inside if c.type == "ORG"), None)
        if country is None:
            country = next((d[2] for d in article.demonyms if start <= d[0] and d[1] <= end), None)
        if country is None:
            for cand in inside:
                country = self._country_of(cand.kb_ids)
                if country:
                    break
        role.country = country
        if org is not None:
            actor = self.kb.get(org.kb_ids[0]) if org.kb_ids else None
            role.org_name = actor.name if actor else article.text[org.start : org.end]
            role.org_sector = actor.sector if actor else None
            if actor and actor.country and not role.country:
                role.country = actor.country

    def _starts_title(self, article: _Article, mention: EntityMention) -> bool:
        """A name spaCy made of the first words of a longer title ("Home" of "The Home Minister said",
        "Railway" of "the Railway Minister"): an unlinked organisation or place whose text begins a
        title reaching past it, so the title is read as one (a title-only mention, ``_title_only``)."""
        if mention.kb_ids or mention.type == "PER" or mention.title_span is not None:
            return False
        first = self._token_at(article, mention.start)
        if first is None:
            return False
        found = self._title_starting_at(article, first, article.sentence_bounds(mention.start)[1])
        # (a span that is a title and nothing more, "the DSP", "the SPP", is no name either)
        return found is not None and article.ends[found[1]] >= mention.end

    def _title_only(
        self, article: _Article, mentions: list[EntityMention], cands: list[_Candidate]
    ) -> list[EntityMention]:
        """Titles used on their own to refer to a person ("the Chinese foreign minister")."""
        # spans a title-only mention may not overlap: people and the titles already given to them
        taken = [(m.start, m.end) for m in mentions if m.type == "PER"] + [
            (m.title_span.start, m.title_span.end) for m in mentions if m.title_span
        ]
        covered = bytearray(len(article.text) + 1)  # 1 where a name or a taken span is
        for start, end in [*taken, *((m.start, m.end) for m in mentions)]:
            covered[start:end] = b"\x01" * (end - start)
        idx = article.idx
        result: list[EntityMention] = []
        i = 0
        while i < len(idx):
            if article.space[i] or covered[idx[i]]:
                i += 1
                continue
            _, sent_end = article.sentence_bounds(idx[i])
            found = self._title_starting_at(article, i, sent_end)
            if found is None:
                i += 1
                continue
            title, term_end = found
            mention = self._title_only_mention(article, title, i, term_end, cands, taken)
            if mention is not None:
                result.append(mention)
                taken.append((mention.start, mention.end))
                covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
            i = term_end + 1
        return result

    def _title_only_mention(
        self,
        article: _Article,
        title: Title,
        term_first: int,
        term_end: int,
        cands: list[_Candidate],
        taken: list[tuple[int, int]],
    ) -> EntityMention | None:
        tokens = article.sp
        if not title.person or tokens[term_end].tag_ in _PLURAL_TAGS:
            return None
        if term_end + 1 < len(tokens) and self._person_at(cands, tokens[term_end + 1].idx):
            return None  # a title before a name the finder did not take as a person's
        after = [t.text.casefold() for t in tokens[term_end + 1 : term_end + 3]]
        if after and after[0] in ("'s", "’s"):
            after = after[1:]
        if after and after[0] in self.rules.post_words:
            return None  # "the chief minister's post", "the prime minister candidate": the post itself
        if term_end + 1 < len(tokens) and tokens[term_end + 1].tag_ in _PLURAL_TAGS:
            return None  # "the chief ministers": the title word modifies a plural noun
        sent_start, sent_end = article.sentence_bounds(tokens[term_first].idx)
        term_span = (tokens[term_first].idx, tokens[term_end].idx + len(tokens[term_end]))
        role = _Role(title, term_span)
        first = self._qualify_backwards(article, role, term_first, sent_start, cands)
        if any(s < role.span[1] and role.span[0] < e for s, e in taken):
            return None
        possessive_start = any(t.text in _POSSESSIVE for t in tokens[first:term_first])
        determiner = first > 0 and tokens[first - 1].text in self.rules.determiners
        indefinite = first > 0 and tokens[first - 1].text in self.rules.indefinites
        if not (determiner or possessive_start or indefinite):
            return None
        # "the Secretary of the Security Council of Russia": TITLE + of (the) + ORG/GPE
        j = term_end + 1
        for connector in self.lexicon.title_org:
            words = connector.split()
            if all(
                j + n < len(tokens) and tokens[j + n].text.casefold() == w.casefold()
                for n, w in enumerate(words)
            ):
                cand = (
                    self._cand_at(cands, tokens[j + len(words)].idx) if j + len(words) < len(tokens) else None
                )
                if cand is not None and cand.type in ("ORG", "GPE") and cand.end <= sent_end:
                    role.span = (role.span[0], cand.end)
                break
        self._qualify_span(article, role, cands, None, None)
        if role.country is None and role.org_name is None:
            # "the chief minister said": the definite article points at one person, whom the linker
            # finds by the title named earlier or as the office's holder at the article date (else
            # drops); "his minister", "a minister" alone are too vague to stand for anyone, and so is
            # a title of something the text names but we do not know ("the head of Chinese public
            # security", no organisation found after "of")
            of_phrase = term_end + 1 < len(tokens) and tokens[term_end + 1].text.casefold() in ("of", "for")
            if not determiner or of_phrase:
                return None
        if indefinite and not determiner and not possessive_start and role.country is None:
            return None
        start, end = role.span
        mention = EntityMention(
            start=start,
            end=end,
            text=article.text[start:end],
            type="PER",
            # "a French minister" introduces someone new: an entity of its own, not a reference back
            finder=INDEFINITE if indefinite and not possessive_start else "title_only",
            sentence=article.sentence_of(start),
        )
        self._apply_role(mention, role, article.text)
        return mention

    # ------------------------------------------------------------------ groups
    def _groups(
        self, article: _Article, mentions: list[EntityMention], cands: list[_Candidate]
    ) -> list[EntityMention]:
        """Collective actors: a group noun and where its country comes from, in this order:

        * a demonym modifying it ("Sudanese rebels", "the Croatian authorities", "Vietnamese-led
          forces") or a plural demonym alone ("Albanians"); an ethnic group ("ethnic Albanians in south
          Serbia", "the Albanians of southern Serbia") counts where it lives when the phrase says so;
        * a place name modifying it ("Darfur rebels", "Gaza militants"): the place's mention becomes
          part of the group's;
        * a place it is said to be in ("demonstrators in Baghdad", "guerrillas operating in Macedonia");
        * for a plural group of people named by no country at all ("Moslem fundamentalist
          demonstrators", "23 people"), the sentence's context (see :meth:`_context_country`). This is
          an approximation, as in GDELT's and PETRARCH's coding of unnamed local actors.

        Removes from ``mentions`` the place mentions that became part of a group."""
        taken = [(m.start, m.end) for m in mentions] + [
            (m.title_span.start, m.title_span.end) for m in mentions if m.title_span
        ]
        out: list[EntityMention] = []
        absorbed: list[_Candidate] = []
        heads: list[tuple[EntityMention, Token, bool]] = []  # (mention, group noun, placed by context)
        for token in article.sp:
            by_context = False
            if token.pos_ not in ("NOUN", "PROPN") or token.is_space:
                continue
            if token.dep_ == "compound" and any(
                c.type == "PER" and c.start <= token.head.idx < c.end for c in cands
            ):
                continue  # "Hyderabad-based businessman Abhishek Boinpally": a description of a person
            plural = self.plural_demonyms.get(token.text.casefold())
            place: _Candidate | None = None
            if plural is not None and token.tag_ in _PLURAL_TAGS:
                start, country, sector, people = token.idx, plural, None, True
            else:
                sector = self.rules.groups.get(token.lemma_.casefold())
                if sector is None:  # "" is a group noun without a sector ("Iraqi towns")
                    sector = self.rules.groups.get(token.text.casefold())
                # else the KB's generic agents (Phoenix: "Pakistani farmers" AGR), named with a
                # demonym or place only: they never take a country from the sentence's context
                agent = sector is None and self._kb_agent(token) is not None
                sector = self._kb_agent(token) if agent else sector
                if sector is None:
                    continue
                property_noun = sector == "" and not agent  # "towns", "border": a place's, no people
                sector = sector or self._compound_sector(token)
                found = self._group_demonym(article, token)
                if found is None:
                    place = self._group_place(token, cands)
                    if place is not None and property_noun:
                        continue  # "Tuticorin town", "the China border": the place itself, named already
                    if place is not None:
                        found = (place.start, self._country_of(place.kb_ids) or "")
                collective = (
                    token.tag_ in _PLURAL_TAGS or token.lower_ in self.rules.collectives
                ) and not any(
                    c.dep_ == "det"
                    and (c.lower_ in ("this", "that") or (c.lower_ in ("a", "an") and token.tag_ == "NN"))
                    for c in token.children
                )  # "according to this media": one outlet, named before; "a stiff opposition": no group
                # not a modifier ("army" in "army officers"): the phrase's own head is the group
                if (
                    found is None
                    and not agent
                    and collective
                    and token.dep_ != "compound"
                    and sector in self.rules.context_sectors
                    and not self._of_organisation(token, cands)
                ):
                    # only "in": "forces from Panama" are more often leaving it, "bombers of the U.S.
                    # airliner" are not American
                    country = self._group_residence(token, cands, ("in",))
                    if country:
                        pass
                    elif token.lemma_.casefold() in self.rules.context_excluded:
                        # only where their clause happened ("23 people were killed in Tel Aviv")
                        country = self._clause_place(token, cands)
                    else:
                        country = self._context_country(article, token, cands)
                    if country:
                        found = (self._modifiers_start(token), country)
                        by_context = True
                if found is None:
                    continue
                (start, country), people = found, False
            end = token.idx + len(token)
            ethnic = self._ethnic_start(token)
            if ethnic is not None:
                start = min(start, ethnic)
            own = (place.start, place.end) if place is not None else None  # the place becomes the group's
            if any(s < end and start < e for s, e in taken if (s, e) != own) or any(
                c.start < end and start < c.end for c in cands if c is not place
            ):
                continue
            if ethnic is not None or people:
                # an ethnic group is counted where the sentence places it, as CAMEO codes it
                clause = self._clause_place(token, cands) if ethnic is not None else None
                country = self._group_residence(token, cands) or clause or country
            mention = EntityMention(
                start=start,
                end=end,
                text=article.text[start:end],
                type="ORG",
                finder=GROUP,
                sentence=article.sentence_of(start),
                role_country=country,
                role_sector=sector or None,
            )
            if sector == "GOV" and country:
                # "the Israeli government": the knowledge base's government of that country if it has one
                mention.kb_ids = self._contextual_org(token.text, country)
            if country and country == article.context_country and sector in self.national.state_bodies:
                mention.kb_ids = self._state_body(article, self.national.state_bodies[sector])
            if country and not mention.kb_ids and not people:
                self._agent_institution(mention, token, country)
            # no actor of the knowledge base, no institution (police, army, a government, "security
            # forces"), plural ("Cambridge University", "Pune Municipal Corporation" are one body of
            # a name of their own): a loose group of people ("residents", "Indian students"), kept
            # only if it acts or speaks (prune)
            mention.generic = (
                (people or token.tag_ in _PLURAL_TAGS)
                and not mention.kb_ids
                and mention.title is None
                and sector not in _INSTITUTION_SECTORS
                and token.lemma_.casefold() not in self._agent_nouns
                and not self._agent_kind_phrase(token)
            )
            out.append(mention)
            heads.append((mention, token, by_context))
            taken.append((start, end))
            if place is not None:
                absorbed.append(place)
        self._settlement_groups(article, out, heads, taken, cands)
        self._case_accused(article, out, taken)
        self._corefer_groups(heads)
        if absorbed:
            spans = {(c.start, c.end) for c in absorbed}
            mentions[:] = [m for m in mentions if (m.start, m.end) not in spans]
        return out

    def _settlement_groups(
        self,
        article: _Article,
        out: list[EntityMention],
        heads: list[tuple[EntityMention, Token, bool]],
        taken: list[tuple[int, int]],
        cands: list[_Candidate],
    ) -> None:
        """People said to come from a named settlement ("500 persons from Melwan village", "residents
        of Kheri village") are that settlement's people, named as English names them ("Melwan
        villagers"), one actor with the later "the villagers". The people noun is the mention."""
        table = self.rules.settlement_people
        if not table:
            return
        for token in article.sp:
            if token.lemma_.casefold() not in self.rules.individual_nouns or token.tag_ not in _PLURAL_TAGS:
                continue
            for prep in token.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
                    continue
                settlement = next((c for c in prep.children if c.dep_ == "pobj"), None)
                people = table.get(settlement.lemma_.casefold()) if settlement is not None else None
                if settlement is None or people is None or settlement.tag_ in _PLURAL_TAGS:
                    continue
                place = next(
                    (
                        c
                        for c in cands
                        if c.type in ("GPE", "LOC")
                        and settlement.left_edge.idx <= c.start
                        and c.end <= settlement.idx
                    ),
                    None,
                )
                if place is None:
                    continue
                name = f"{article.text[place.start : place.end]} {people}"
                mention = next((m for m, h, _ in heads if h.i == token.i), None)
                if mention is None:
                    sector = self.rules.groups.get(people.casefold().rstrip("s")) or None
                    mention = _group_on_token(article, token, taken, sector)
                    if mention is None:
                        continue
                    out.append(mention)
                    heads.append((mention, token, False))
                mention.title = name
                mention.role_country = self._country_of(place.kb_ids) or mention.role_country
                mention.kb_ids = ()
                break

    def _case_accused(
        self, article: _Article, out: list[EntityMention], taken: list[tuple[int, int]]
    ) -> None:
        """The group "the accused" in a story of one named case ("the Elgaar Parishad case") are that case's
        accused as a group ("Elgaar Parishad case accused"), one actor however often the story names
        them; two cases, or none named, leave them unnamed."""
        if " accused" not in article.text:  # cheap screen: most articles have no such phrase
            return
        cases = {found.group(1).strip() for found in _NAMED_CASE.finditer(article.text)}
        if len(cases) != 1:
            return
        name = f"{cases.pop()} case accused"
        for token in article.sp:
            if token.lower_ != "accused" or token.dep_ not in _NOMINAL_DEPS:
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                continue  # "accused Rona Wilson", "an accused": one person, named or not
            mention = _group_on_token(article, token, taken, "CVL")
            if mention is None:
                continue
            mention.title = name
            mention.role_country = article.context_country
            out.append(mention)

    def _governments_by_head(
        self, article: _Article, doc: Document, mentions: list[EntityMention]
    ) -> list[EntityMention]:
        """"the Modi government", "the Sharif administration": the government the person headed at the
        article's date (an undated article: the latest year it names), not the person; the person's
        mention becomes the government's."""
        date = doc.published.date().isoformat() if doc.published else latest_year(article.text)
        dropped: set[int] = set()
        for mention in mentions:
            found = _GOVERNMENT_AFTER.match(article.text, mention.end)
            if found is None or mention.type != "PER" or not mention.kb_ids:
                continue
            led = government_led_by(self.kb, mention.kb_ids[0], date)
            if led is None:
                continue
            name, ids, country = led
            end = found.end()
            # a group mention of the word "government" itself gives way
            dropped.update(id(m) for m in mentions if m is not mention and mention.end <= m.start < end)
            mention.end, mention.text, mention.type = end, article.text[mention.start : end], "ORG"
            mention.kb_ids, mention.title, mention.role_country = ids, None if ids else name, country
            mention.role_sector = "GOV"
        return [m for m in mentions if id(m) not in dropped]

    @staticmethod
    def _naming_modifier(head: Token) -> bool:
        """The group noun has a word before it that names which group it is: a name or demonym
        ("Pakistani terrorists", "Darfur rebels"), a stance on one ("anti-Sterlite protesters") or
        what they are doing ("the protesting wrestlers", "striking workers": not the same group as
        every earlier "Indian wrestlers")."""
        for child in head.children:
            if child.i >= head.i or child.dep_ not in ("amod", "compound", "nmod"):
                continue
            if child.dep_ == "amod" and child.tag_ == "VBG":
                return True
            if any(w.text[:1].isupper() or w.lower_.startswith(("anti-", "pro-")) for w in child.subtree):
                return True
        return False

    def _corefer_groups(self, heads: list[tuple[EntityMention, Token, bool]]) -> None:
        """A later unnamed group of the same noun is the group the article named before ("25-30
        Pakistani terrorists are hiding …" … "ambushed by heavily armed terrorists", "The terrorists
        ambushed …"): it takes that group's name, country and sector, so both are one actor. Only when
        one group of that noun was named before; two ("Israeli troops", "Syrian troops") leave it alone."""
        named: dict[str, list[EntityMention]] = {}
        settled = {people.casefold() for people in self.rules.settlement_people.values()}
        for mention, head, by_context in heads:
            lemma = head.lemma_.casefold()
            last = (mention.title or "").rsplit(" ", 1)[-1].casefold()
            if last in settled and head.lemma_.casefold() in self.rules.individual_nouns:
                # "500 persons from Melwan village" named the villagers: "the villagers" later are them
                named.setdefault(last.removesuffix("s"), []).append(mention)
                continue
            if self._naming_modifier(head):
                if not mention.kb_ids:
                    named.setdefault(lemma, []).append(mention)
                continue
            if not by_context:
                continue
            earlier = named.get(lemma, [])
            if len({m.text.casefold() for m in earlier}) != 1:
                continue
            antecedent = earlier[-1]
            for m in earlier:  # named by its own words, as written ("Pakistani terrorists")
                m.title = m.title or antecedent.text
            mention.title = antecedent.title
            mention.role_country = antecedent.role_country
            mention.role_sector = antecedent.role_sector

    def _agent_kind_phrase(self, head: Token) -> bool:
        """The group noun and the words right before it name a kind of generic agent of
        kb/data/agents.toml ("security forces" → security_forces): an institution, not a loose group."""
        words = [head.lower_]
        for child in reversed([c for c in head.children if c.i < head.i]):
            if child.dep_ not in ("amod", "compound") or child.i != head.i - len(words):
                break
            words.insert(0, child.lower_)
            if "_".join(words) in self._agent_kinds:
                return True
        return False

    def _agent_institution(self, mention: EntityMention, token: Token, country: str) -> None:
        """A group noun of a kind of agent whose country's institution has a name of its own
        (kb/data/agents.toml): "the Afghan police" is the Afghan National Police, "Egyptian army" the
        Egyptian Armed Forces; the knowledge base's actor of that name where it has one."""
        kind = self._agent_kinds.get(self._agent_nouns.get(token.lemma_.casefold(), ""))
        name = kind.names.get(country) if kind is not None else None
        if not name:
            return
        found = [a.id for a in self.kb.lookup(name) if a.name == name and a.country == country]
        if found:
            mention.kb_ids = tuple(found[:1])
        else:
            mention.title = name

    def _event_demonyms(
        self, article: _Article, mentions: list[EntityMention], cands: list[_Candidate]
    ) -> list[EntityMention]:
        """A demonym modifying an event noun stands for its country ("French mediation" → France,
        "two Israeli air raids" → Israel), as CAMEO codes it; elsewhere ("Israeli elections") a
        demonym is no mention."""
        if not article.demonyms or not self.event_nouns:
            return []
        taken = [(m.start, m.end) for m in mentions] + [(c.start, c.end) for c in cands]
        out: list[EntityMention] = []
        for start, end, country in article.demonyms:
            if any(s < end and start < e for s, e in taken):
                continue
            span = article.sp.char_span(start, end, alignment_mode="expand")
            if span is None or span.root.dep_ not in ("amod", "compound"):
                continue
            noun = span.root.head
            if noun.lemma_.casefold() not in self.event_nouns and noun.lower_ not in self.event_nouns:
                continue
            out.append(
                EntityMention(
                    start=start,
                    end=end,
                    text=article.text[start:end],
                    type="GPE",
                    kb_ids=(f"country:{country}",),
                    finder=DEMONYM,
                    sentence=article.sentence_of(start),
                )
            )
        return out

    def _of_organisation(self, head: Token, cands: list[_Candidate]) -> bool:
        """The group is named after an organisation ("supporters of the Awami League", "members of
        Hamas", "peacekeepers from the United Nations"): the organisation is the actor, as CAMEO
        codes it."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                for obj in prep.children:
                    start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
                    if any(c.type == "ORG" and start <= c.start and c.end <= end for c in cands):
                        return True
        return False

    def _kb_agent(self, token: Token) -> str | None:
        """CAMEO sector of a generic agent of the knowledge base (its lemma or word), else None."""
        found = self.kb.agents.get(token.lemma_.casefold()) or self.kb.agents.get(token.lower_)
        return found[0] if found else None

    def _compound_sector(self, head: Token) -> str:
        """The sector a compound gives a group noun that has none ("army officers" MIL, "opposition
        coalition" OPP)."""
        for child in head.children:
            if child.dep_ == "compound" and child.i < head.i:
                sector = self.rules.groups.get(child.lemma_.casefold()) or self.rules.groups.get(child.lower_)
                if sector:
                    return sector
        return ""

    def _modifiers_start(self, head: Token) -> int:
        """Start of the adjectives and compounds right before a group noun ("Moslem fundamentalist
        demonstrators"; not the number or determiner before them)."""
        start = head.idx
        for child in sorted((c for c in head.children if c.i < head.i), key=lambda c: -c.i):
            if child.dep_ not in ("amod", "compound"):
                break
            start = child.left_edge.idx
        return start

    def _group_place(self, head: Token, cands: list[_Candidate]) -> _Candidate | None:
        """A place name among the compounds right before a group noun ("Darfur rebels", "a U.S.
        congressional delegation")."""
        for child in head.children:
            if child.i >= head.i or child.dep_ not in ("compound", "nmod", "amod"):
                continue
            start, end = child.left_edge.idx, child.idx + len(child)
            for cand in cands:
                if (
                    cand.type in ("GPE", "LOC")
                    and start <= cand.start
                    and cand.end <= end
                    and self._country_of(cand.kb_ids)
                    and not _stance_on(head.doc, cand.start)
                ):
                    return cand
        return None

    def _context_country(self, article: _Article, head: Token, cands: list[_Candidate]) -> str | None:
        """The one country the group's sentence points to: the place where its clause happened (see
        :meth:`_clause_place`), else every country-bearing name and demonym of the sentence when
        there is just one ("Egyptian police opened fire to disperse … demonstrators")."""
        country = self._clause_place(head, cands)
        if country:
            return country
        sent_start, sent_end = article.sentence_bounds(head.idx)
        countries = {  # countries only: the United Nations in the sentence places no local group
            country
            for cand in cands
            if sent_start <= cand.start < sent_end
            and (country := self._country_of(cand.kb_ids))
            and self.kb.country(country) is not None
            and not self._is_media(cand.kb_ids)  # "(AFP)" in a dateline reports, it takes no part
        }
        countries.update(c for s, _, c in article.demonyms if sent_start <= s < sent_end)
        return next(iter(countries)) if len(countries) == 1 else None

    def _clause_place(self, head: Token, cands: list[_Candidate]) -> str | None:
        """Country of the place where the clause of ``head`` happened: "in"/"at" on its verb ("… killed
        three ethnic Albanians in a gunbattle in southeastern Serbia"), on the verb's object ("blocked
        streets in Hong Kong") or on a verb coordinated with or modifying it ("… when they blew
        themselves up in Tel Aviv")."""
        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        related = [
            c for c in verb.children if c.dep_ == "dobj" or (c.dep_ in ("advcl", "conj") and c.pos_ == "VERB")
        ]
        for clause in (verb, *related):
            country = self._group_residence(clause, cands, ("in", "at"))
            if country:
                return country
        return None

    def _group_demonym(self, article: _Article, head: Token) -> tuple[int, str] | None:
        """(start, country) of a demonym among the modifiers before a group noun."""
        for child in head.children:
            if child.i >= head.i or child.dep_ not in _GROUP_MODIFIERS:
                continue
            for word in child.subtree:
                for d_start, d_end, country in article.demonyms:
                    if d_start == word.idx and d_end <= head.idx and not _stance_on(head.doc, d_start):
                        return d_start, country
        return None

    def _ethnic_start(self, head: Token) -> int | None:
        for child in head.children:
            if child.i < head.i and child.lower_ in self.rules.ethnic:
                return child.idx
            for grand in child.children:  # "ethnic Albanian guerrillas": ethnic modifies the demonym
                if grand.i < head.i and grand.lower_ in self.rules.ethnic:
                    return grand.idx
        return None

    def _group_residence(
        self, head: Token, cands: list[_Candidate], locatives: tuple[str, ...] | None = None
    ) -> str | None:
        """Country of a place the group is said to be in ("… in south Serbia", "… of the West Bank",
        "… operating in Macedonia")."""
        preps = [c for c in head.children if c.dep_ == "prep"]
        preps += [
            g for c in head.children if c.dep_ in ("acl", "relcl") for g in c.children if g.dep_ == "prep"
        ]
        for prep in preps:
            if prep.lower_ not in (locatives or self.rules.group_locatives):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
                for cand in cands:
                    if start <= cand.start and cand.end <= end and cand.type in ("GPE", "LOC"):
                        country = self._country_of(cand.kb_ids)
                        if country:
                            return country
        return None

    # ------------------------------------------------------------------ token helpers
    def _title_ending_at(self, article: _Article, last: int, sent_start: int) -> tuple[Title, int] | None:
        """The longest title whose last token is ``last`` (inside the sentence), and its first token."""
        idx, space = article.idx, article.space
        if last < 0 or idx[last] < sent_start or space[last]:
            return None
        if self._key(article.words[last]) not in self.title_suffixes:
            return None  # no title ends with this word: skip the phrase lookups
        first = last  # the run of non-space tokens ending at ``last``, at most 2 × the longest title
        while first > 0 and last - first + 1 < self.lexicon.max_title_words * 2:
            if space[first - 1] or idx[first - 1] < sent_start:
                break
            first -= 1
        text, end = article.text, article.ends[last]
        for start in range(first, last + 1):
            title = self.lexicon.title(text[idx[start] : end])
            if title is not None:
                return title, start
        return None

    def _title_starting_at(self, article: _Article, first: int, sent_end: int) -> tuple[Title, int] | None:
        """The longest title whose first token is ``first`` (inside the sentence), and its last token."""
        idx, space = article.idx, article.space
        if first >= len(idx) or idx[first] >= sent_end or space[first]:
            return None
        if self._key(article.words[first]) not in self.title_prefixes:
            return None  # no title starts with this word: skip the phrase lookups
        last = first  # the run of non-space tokens starting at ``first``, at most 2 × the longest title
        limit = min(len(idx), first + self.lexicon.max_title_words * 2)
        while last + 1 < limit and not space[last + 1] and idx[last + 1] < sent_end:
            last += 1
        text, start, ends = article.text, idx[first], article.ends
        for end in range(last, first - 1, -1):
            title = self.lexicon.title(text[start : ends[end]])
            if title is not None:
                return title, end
        return None

    def _key(self, word: str) -> str:
        """``match_key`` of a token text, memoised per finder (token texts repeat a lot)."""
        key = self._word_keys.get(word)
        if key is None:
            key = match_key(word)
            if len(self._word_keys) < _WORD_KEY_MEMO:
                self._word_keys[word] = key
        return key

    def _skip_titles(self, article: _Article, start: int, end: int) -> int:
        """Move a PERSON span's start past leading titles and honorifics ("Spokesperson Lin")."""
        text = article.text
        while True:
            words = text[start:end].split()
            if len(words) < 2:
                return start
            moved = False
            for n in range(min(self.lexicon.max_title_words, len(words) - 1), 0, -1):
                head = " ".join(words[:n])
                if (
                    self.lexicon.title(head)
                    or self.lexicon.is_honorific(head)
                    or self.lexicon.is_former(head)
                ):
                    start = text.index(words[n], start + len(words[0]))
                    moved = True
                    break
            if not moved:
                return start

    def _token_at(self, article: _Article, offset: int) -> int | None:
        span = article.sp.char_span(offset, offset + 1, alignment_mode="expand")
        return span.start if span is not None and len(span) else None

    def _token_after(self, article: _Article, current: int, offset: int) -> int:
        """The first token at or after ``current`` that starts at or after ``offset``."""
        return max(current, bisect.bisect_left(article.idx, offset))

    @staticmethod
    def _cand_at(cands: list[_Candidate], offset: int, *, end: bool = False) -> _Candidate | None:
        for cand in cands:
            if (cand.end if end else cand.start) == offset:
                return cand
        return None

    @staticmethod
    def _person_at(cands: list[_Candidate], offset: int) -> bool:
        return any(c.start == offset and c.type == "PER" for c in cands)

    @staticmethod
    def _demonym_at(article: _Article, start: int, *, end: int | None = None) -> str | None:
        for d_start, d_end, country in article.demonyms:
            if d_start == start and (end is None or d_end == end):
                return country
        return None

    @staticmethod
    def _demonym_ending(article: _Article, tok: Token) -> tuple[int, str] | None:
        """(start, country) of a demonym ending where ``tok`` ends and starting inside it."""
        end = tok.idx + len(tok)
        for d_start, d_end, country in article.demonyms:
            if d_end == end and tok.idx <= d_start:
                return d_start, country
        return None

    @staticmethod
    def _demonym_end(article: _Article, start: int) -> int:
        return next(d_end for d_start, d_end, _ in article.demonyms if d_start == start)

    # ------------------------------------------------------------------ KB helpers
    def _strip(self, text: str, start: int, end: int, *, keep_if_unknown: bool = False) -> tuple[int, int]:
        """Drop a leading article and a trailing possessive/hyphen from ``[start, end)``."""
        original = (start, end)
        while end > start and text[end - 1].isspace():
            end -= 1
        for suffix in self.rules.trailing:
            if text[start:end].endswith(suffix) and end - len(suffix) > start:
                end -= len(suffix)
                break
        words = text[start:end].split(maxsplit=1)
        initial = len(words) == 2 and words[0] == "A" and re.match(r"[A-Z]\.?\s", words[1] + " ") is not None
        if len(words) == 2 and words[0].casefold() in self.rules.leading and not initial:
            # ("A S Gadkari": the initial A before another initial stays)
            stripped = start + text[start:end].index(words[1])
            if (
                not keep_if_unknown
                or self.kb.lookup(text[stripped:end])
                or not self.kb.lookup(text[start:end])
            ):
                start = stripped
        return (start, end) if end > start else original

    def _lookup_ids(self, name: str) -> tuple[str, ...]:
        return tuple(a.id for a in self.kb.lookup(name))

    def _search_ids(self, name: str, type_: str | None) -> tuple[str, ...]:
        hits = [
            (a, s) for a, s in self.kb.search(name, limit=3) if type_ is None or _compatible(type_, a.type)
        ]
        if not hits or hits[0][1] < _SEARCH_MIN_SCORE:
            return ()
        if len(hits) > 1 and hits[0][1] - hits[1][1] < _SEARCH_MIN_LEAD:
            return ()
        actor = hits[0][0]
        first = name.split()[0]
        if actor.type == "PER" and _given_name_word(first) and not self._same_given(first, actor.id):
            return ()  # "Kumar Mishra" is not Sanjay Kumar Mishra: a full name with another given name
        if actor.type == "PER" and not self._same_family(name.split()[-1], actor.id):
            return ()  # "Vinay Kumar" is not Vinai Kumar Saxena: a fuzzy hit keeps the family name
        return (actor.id,)

    def _same_family(self, last: str, actor_id: str) -> bool:
        """Whether ``last`` is, up to spelling, the last word of one of the actor's English names of two
        or more words ("Bhattacharya" / Bhattacharjee); True when the KB gives no full name to compare or
        the actor's country writes the family name first."""
        actor = self.kb.get(actor_id)
        if actor is None or actor.country in FAMILY_NAME_FIRST:
            return True
        lasts = [n.split()[-1] for n in (actor.name, *actor.aliases) if n.isascii() and len(n.split()) >= 2]
        if not lasts:
            return True
        key = match_key(last)
        return any(
            key[:1] == match_key(f)[:1] and JaroWinkler.normalized_similarity(key, match_key(f)) >= 0.8
            for f in lasts
        )

    def _contextual_org(self, name: str, country_code: str) -> tuple[str, ...]:
        """A bare "Foreign Ministry" in a Tokyo-datelined article is Japan's."""
        country = self.kb.country(country_code)
        if country is None:
            return ()
        adjectives = [d for d in self.kb.demonyms.get(country.id, ()) if d.isascii()]
        for template in self.rules.org_prefixes:
            for adjective in adjectives or [""]:
                query = template.format(adjective=adjective, country=country.name, name=name)
                ids = tuple(a.id for a in self.kb.lookup(query) if a.type == "ORG")
                if ids:
                    return ids
        return ()

    def _kb_type(self, ids: tuple[str, ...] | list[str]) -> str | None:
        for actor_id in ids:
            actor = self.kb.get(actor_id)
            if actor is not None:
                return actor.type
        return None

    def _country_of(self, ids: tuple[str, ...] | list[str]) -> str | None:
        for actor_id in ids:
            actor = self.kb.get(actor_id)
            if actor is not None and actor.country:
                return actor.country
        return None

    def _is_media(self, ids: tuple[str, ...]) -> bool:
        actor = self.kb.get(ids[0]) if ids else None
        return actor is not None and actor.sector == "MED"

    def _all_cities(self, ids: tuple[str, ...]) -> bool:
        return bool(ids) and all(i.startswith("city:") for i in ids)

    def _all_places(self, ids: tuple[str, ...]) -> bool:
        return bool(ids) and all(i.startswith(("city:", "country:", "place:")) for i in ids)

    def _to_mention(self, article: _Article, cand: _Candidate) -> EntityMention:
        mention = EntityMention(
            start=cand.start,
            end=cand.end,
            text=article.text[cand.start : cand.end],
            type=cand.type,
            kb_ids=cand.kb_ids,
            finder=cand.finder,
            sentence=article.sentence_of(cand.start),
        )
        if cand.type == "ORG" and not cand.kb_ids:
            # an organisation the knowledge base lacks belongs to the country its name contains
            # ("Latvian Constitutional Court", "Nigerian Union of Teachers", "Montenegro Assembly"),
            # else to the country that owns it in the sentence ("Israel's Supreme Court")
            mention.role_country = self._country_in(mention.text) or cand.country
        if cand.stands_for is not None:
            mention.stands_for = Span(*cand.stands_for)
        return mention

    def _owner_country(self, article: _Article, cand: _Candidate, cands: list[_Candidate]) -> str | None:
        """The country right before a name as its owner: a possessive place ("Israel's") or a
        demonym ("the Israeli")."""
        before = article.text[: cand.start].rstrip()
        if before.endswith(("the", "The")):
            before = before[:-3].rstrip()
        for _, end, country in article.demonyms:
            if end == len(before):
                return country
        for mark in ("’s", "'s"):
            if before.endswith(mark):
                owner = self._cand_at(cands, len(before) - len(mark), end=True)
                if owner is not None and owner.type in ("GPE", "LOC"):
                    return self._country_of(owner.kb_ids)
        return None

    def _country_in(self, name: str) -> str | None:
        for match in self.kb.find_alias_matches(name):
            if all(i.startswith("country:") for i in match.actor_ids):
                country = self._country_of(match.actor_ids)
                if country:
                    return country
        return None


# Titles that name a post inside an organisation: the organisation is part of the title
# ("Secretary of the Security Council of Russia"); others stand alone ("Foreign Minister").
_ORG_TITLES = frozenset(
    {
        "Secretary",
        "Spokesperson",
        "Director",
        "Head",
        "Member",
        "Chairman",
        "Deputy Chairman",
        "Adviser",
        "Official",
    }
)


# "the Modi government", "the Obama administration": a government named by its head
# "the Elgaar Parishad case", "the 2G spectrum case": a case named by capitalised words (or a number)
_NAMED_CASE = re.compile(r"\bthe ((?:[A-Z0-9][\w-]*\s){1,4})case\b")
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
_GOVERNMENT_AFTER = re.compile(r" (?:government|govt\.?|administration|regime)\b", re.IGNORECASE)


# A word of the given/family-name lists counted this often is a name before a dictionary word
# ("Wilson" 7, "Bush" 3 as family names; "House" 2 and "Assembly" 1 as given names are the lists' noise).
_NAME_LIST_MIN = 3


def _singulars(word: str) -> tuple[str, ...]:
    """``word`` and the singulars it may be a plural of ("houses" → house, "treasuries" → treasury)."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return tuple(forms)


def _dictionary_words(parser: Any) -> frozenset[str]:
    """English dictionary words: the lemma index (WordNet nouns, verbs, adjectives, adverbs) of the
    spaCy pipeline's lemmatizer; empty when there is no parser or it has no lemmatizer tables."""
    nlp = getattr(parser, "nlp", parser)
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        index = lookups.get_table("lemma_index")
    except (AttributeError, KeyError, ValueError):
        return frozenset()
    return frozenset(w for words in index.values() for w in words if w.isalpha())


def _name_words(words: Any) -> bool:
    """Every token is a capitalised proper noun ("Sameer Kulkarni"; not "NEW", "Central")."""
    return len(words) > 0 and all(
        w.pos_ == "PROPN" and w.text[:1].isupper() and not w.text.isupper() and w.is_alpha for w in words
    )


def _compatible(ner_type: str, kb_type: str) -> bool:
    if ner_type == "PER":
        return kb_type == "PER"
    if ner_type in ("GPE", "LOC"):
        return kb_type in ("GPE", "LOC")
    return kb_type != "PER"


def _stance_on(doc: SpacyDoc, start: int) -> bool:
    """The name or demonym at ``start`` is what a group is for or against, not where it is from
    ("a prominent anti-Syria journalist" in Beirut, "pro-Russian separatists"): "anti-"/"pro-" before it."""
    before = doc.text[max(0, start - 5) : start].lower()
    return before.endswith(("anti-", "pro-"))


def _close_given(a: str, b: str) -> bool:
    """Two folded spellings of one given name ("narendra" / "narendar"): same start, similar enough."""
    return bool(a) and bool(b) and a[0] == b[0] and JaroWinkler.normalized_similarity(a, b) >= 0.85


@cache
def _given_name_list() -> dict[str, int]:
    return with_listed(GIVEN_NAMES_FILE, LISTED_GIVEN_FILE)


@cache
def _family_name_list() -> dict[str, int]:
    return with_listed(FAMILY_NAMES_FILE, LISTED_FAMILY_FILE)


def _family_name_word(word: str) -> bool:
    """Whether ``word`` is in the family-name lists (family_names.tsv with indian_family_names.tsv)."""
    return _family_name_list().get(word.casefold(), 0) > 0


def _given_name_word(word: str) -> bool:
    """Whether ``word`` is in the given-name lists (given_names.tsv with indian_given_names.tsv)."""
    return _given_name_list().get(word.casefold(), 0) > 0


def _group_on_token(
    article: _Article, token: Token, taken: list[tuple[int, int]], sector: str | None
) -> EntityMention | None:
    """A generic group mention (``finder=GROUP``) on one people noun, or None where the noun
    overlaps a mention already taken; the span is recorded in ``taken``."""
    start, end = token.idx, token.idx + len(token)
    if any(s < end and start < e for s, e in taken):
        return None
    taken.append((start, end))
    return EntityMention(
        start=start,
        end=end,
        text=token.text,
        type="ORG",
        finder=GROUP,
        sentence=article.sentence_of(start),
        role_sector=sector,
        generic=True,
    )
