"""Linking: one :class:`Entity` per real actor per article, from any language's mentions.

Mentions are taken in text order and grouped into clusters:

* a mention with knowledge-base candidates joins the cluster of the same actor; among several
  candidates the one already in the article wins, then one whose dated role fits the text's title;
* a one-word person name (a surname or a given name: ``शोइगु``, ``श्री वांग``, "Wang", "Yi") joins an
  earlier person whose name has that word — compared across scripts with transliteration keys
  (:func:`latin_keys`) over the names written in the article and the actor's knowledge-base aliases,
  with a fuzzy score for spelling variants; several candidates → the one whose last (for Chinese,
  Korean and Vietnamese names: first) word matches, then the most recent;
* a name the knowledge base lacks joins an earlier cluster the same way, or else becomes an entity of
  its own (``kb_id`` None, name = Title Case transliteration, country/sector from its title);
* a title-only mention (``विदेश मंत्री`` alone, "the Russian president") joins the one earlier person
  who carries that title in this article, or whose knowledge-base role at the article date is that
  office (same country when the text gives one). A person of another office or nationality is never
  its holder, with one tolerance for a writer's loose title: a title with a country but no
  organisation ("the Russian president") may stand for the one person of that country the article
  names when the article gives that person no title of its own. Otherwise a title with a
  country or organisation ("अमेरिकी विदेश मंत्री", ``चीनी विदेश मंत्रालय के प्रवक्ता``) is an unnamed
  actor of its own (type PER, named by its title, country and sector from the title), and a bare
  title (``विदेश मंत्री`` alone), or one whose holder the article names only later (a headline's
  title before the body's name), is dropped;
* a group mention (``finder="group"``: "Sudanese rebels", ``किसानों``) is an actor of its own; one
  carrying an English name in ``title`` (the Hindi finder's) is named by it and joins an earlier group
  of the same name and country.

Roles: titles from the text, written as the knowledge-base role title when they name one of the
actor's offices ("former Minister of Defence of Russia"), plus the knowledge-base role at the article
date. A present-tense text title naming an office the actor does not hold at that date does not replace
the knowledge base: it is kept as ``"text: …"`` in ``roles`` and described in ``role_conflicts``.

Metonyms (``बीजिंग`` acting for China's government) stay place entities; the event stage can read a
capital as its country's government with :meth:`Linker.metonym_country`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz.distance import JaroWinkler, Levenshtein

from khabar.kb import KnowledgeBase
from khabar.kb.base import RoleFields, role_from_fields, role_sector
from khabar.kb.india import state_of, state_place_id
from khabar.kb.model import FAMILY_NAME_FIRST, Actor, Role, parse_partial_date
from khabar.model import DateMention, Entity, EntityMention, EntityType, Mention
from khabar.stages.mentions.finder import FACILITY, TITLE_ONLY
from khabar.stages.mentions.pattern import (
    FAMILY_NAMES_FILE,
    GIVEN_NAMES_FILE,
    LISTED_FAMILY_FILE,
    LISTED_GIVEN_FILE,
    given_names,
    with_listed,
)
from khabar.stages.mentions.titles import Title, TitleLexicon
from khabar.text import match_key
from khabar.text.english_phonetic import PARTICLES
from khabar.text.english_words import EnglishWords
from khabar.text.memo import TextMemo
from khabar.text.perso_arabic import PersoArabicNames, persian_final_gh, persian_vowels, urdu_vowels
from khabar.text.pinyin import PinyinNames
from khabar.text.respell import MIN_COUNT, RARE_COUNT, NameSpeller, _ai_as_a, a_written_e
from khabar.text.translit import Transliterator, latin_keys

_FUZZY_TOKEN = 0.92  # Jaro-Winkler on folded Latin keys for one name word to count as the same
_MIN_FUZZY_LEN = 4  # shorter words must match exactly
# how often English text must write a common word's long-vowel spelling for a name word to take it
# (कपूर: Kapoor 31; not बिजली "Bijlee", seen in a few names only)
_COMMON_WORD_SWITCH = 20
_FINAL_CONSONANT = re.compile("[\u0915-\u0939\u0958-\u095f]\u093c?$")  # a Devanagari word's inherent final a
_IYA_MIN_LENGTH = 6  # a family name's final "iya" read "ia" only in a longer word (Riya, Dahiya stay)
_KB_WORD_SCORE = 0.75  # Jaro-Winkler of a word's folded key and a KB actor's Latin alias to spell it so
_SEARCH_SCORE = 92.0  # KB fuzzy search score for a multi-word unknown name to be taken as that actor
_ROUNDING = 0.1  # (the search rounds its scores to one decimal: 91.95 may be given as 92.0)
# a family name this many letter edits from a KB person's (folded keys) is his, given the same given name
# and a country of the article (Rahani → Rouhani): Linker._surname_close
_SURNAME_EDITS = 2
_MIN_SURNAME_LEN = 5
# the countries whose people's names Hindi news writes in pinyin syllables (text/pinyin.py)
_CHINESE_COUNTRIES = frozenset({"CHN", "TWN", "HKG", "MAC"})
# the country whose people's names English writes in Iranian spelling (Mahmoud, Sadeq: persian_vowels)
_IRANIAN_COUNTRIES = frozenset({"IRN"})
_STORY_MENTIONS = 2  # mentions of a country or its places for a story to be about it
# Indian states (ISO 3166-2 codes) whose languages pronounce the inherent vowel Hindi drops inside a word
# (Telugu, Tamil, Kannada, Malayalam, Odia): English spells their people's and places' names with it
# (अंजनेयुलु Anjaneyulu, not Hindi's "Anjneyulu"; जरपा Jarapa), see Linker._inherent_a_name
_INHERENT_A_STATES = frozenset({"ap", "ts", "tn", "ka", "kl", "py", "od"})
# mentions of one country's knowledge-base bodies and people (not places) for a story to be that
# country's politics, and how many times the next country's they must outnumber
_ACTOR_MENTIONS = 3
_ACTOR_LEAD = 2
_MEMO_SIZE = 50_000  # names whose transliteration keys a Linker remembers (then it starts afresh)
GROUP = "group"  # EntityMention.finder of a collective actor (English and Hindi finders)
# finders of organisations named with English words ("… पार्टी", "डेली टेलीग्राफ"): their other words
# are English words too, spelt so where one is heard (``Linker._english_org_name``)
_ENGLISH_NAMED_FINDERS = frozenset({"loanword", "outlet"})
# an English word so spelt in such a name: this long (साइंस is science, not "since": shorter words
# match function words and Hindi words by chance) and this common (Zipf; cooperative 3.9, astronomy 3.6)
_ORG_WORD_MIN_LETTERS = 6
_ORG_WORD_MIN_ZIPF = 3.0
# English words an unknown organisation's or place's name needs to be spelt as English words whatever
# its finder (``Linker._english_words_run``)
_ENGLISH_RUN_MIN = 2


_VOWEL_RUNS = re.compile(r"[aeiou]+")


def _readings(word: str, latin: str) -> tuple[str, ...]:
    """Other readings of a Devanagari word's romanisation for the speller to compare (see
    :meth:`khabar.text.respell.NameSpeller.respell`): ऐ / ै as English "a" (चैप्लिन "Chaiplin" →
    Chaplin), not the two vowels आ + ई (मथाई Mathai, not "Matha"; माइकेल is no "Machel"); an initial ए
    as English "a" (एंडरसन "Endarsan" → Anderson, एडम Adam)."""
    readings: list[str] = []
    if "\u0948" in word or "\u0910" in word:  # ै ऐ
        readings.extend(_ai_as_a(latin))
    if word.startswith("\u090f") and latin[:1] == "E":  # ए
        readings.append("A" + latin[1:])
    return tuple(readings)


def _english_by_sound(word: str, spelt: str, speller: NameSpeller) -> str | None:
    """The commonest English name the Devanagari ``word`` writes by sound (:mod:`khabar.text.
    english_phonetic`: वैन्स Vance, हुक Hook, कार्नी Carney), for a word of a name that may be English,
    when our spelling ``spelt`` is none of those names and English text seldom uses it as a name (a
    vocabulary spelling seen ``RARE_COUNT`` times or more stays). None to keep ``spelt``."""
    matches = [m for m in speller.phonetic.matches(word) if m[1] > MIN_COUNT]
    folded = spelt.casefold()
    if not matches or any(spelling == folded for spelling, _ in matches):
        return None
    if speller.known.get(folded, 0) >= RARE_COUNT:
        return None
    best = matches[0][0]
    return best[:1].upper() + best[1:]


# how common (``english_names.tsv`` count, 20000 // census rank) the English given name a letter's
# name sounds must be to be read as that name rather than an initial: Jay (131) for जे, not Kay's 38
_LETTER_GIVEN_NAME_COUNT = 100
# how common an English name (``english_names.tsv`` count) an Indian-listed word must be to mark a name
# Indian no more: Paul 1538, Daniel 1666, Thomas 2000 (names Indian Christians share with English)
_SHARED_ENGLISH_NAME_COUNT = 100
# how common an English name a word of a name must write by sound to mark the name English, so that its
# other words are matched by sound too: Brad (91), Blair (54), Chase (39); not Haney (20), Liz (20)
_ENGLISH_SIGN_COUNT = 30

_ZA = ("\u095b", "\u091c\u093c")  # ज़, precomposed and with a nukta sign


def _english_readings(word: str, latin: str) -> tuple[str, ...]:
    """Readings of a Devanagari word's romanisation for the English names only (see
    :meth:`khabar.text.respell.NameSpeller.respell`): ज़ as English "s" (रोज़नबर्ग "Rojanbarg" →
    Rosenberg: Hindi writes the voiced English s with ज़) and a final ज as "s" (मैथ्यूज "Maithyuj" →
    Matthews)."""
    readings: list[str] = []
    if any(za in word for za in _ZA):
        readings.append(latin.replace("z", "s").replace("Z", "S"))
    if word.endswith(("\u091c", *_ZA)) and latin[-1:] in ("j", "z"):
        readings.append(latin[:-1] + "s")
    return tuple(dict.fromkeys(r for r in readings if r != latin))


@dataclass(slots=True)
class _Cluster:
    mentions: list[EntityMention] = field(default_factory=list)
    kb_id: str | None = None
    type: EntityType | None = None
    words: set[str] = field(default_factory=set)  # folded Latin keys of every name word
    first_words: set[str] = field(default_factory=set)
    last_words: set[str] = field(default_factory=set)
    titles: list[Title] = field(default_factory=list)
    country: str | None = None  # from the knowledge base, else from the text's titles
    unnamed: bool = False  # an office holder the article names by title only

    @property
    def start(self) -> int:
        return min(m.start for m in self.mentions)


def _word_keys(text: str, transliterator: Transliterator) -> tuple[tuple[str, ...], ...]:
    """Per word of a name, its folded Latin keys (both readings for Devanagari acronyms)."""
    words = text.replace("-", " ").replace("‐", " ").split()
    result = []
    for word in words:
        keys = tuple(k for k in latin_keys(word, transliterator) if k)
        if keys:
            result.append(keys)
    return tuple(result)


def _prefix_rank(title: Title | None, role_title: str) -> int:
    """Position of the first of the title's KB prefixes that ``role_title`` starts with."""
    if title is None:
        return 0
    folded = role_title.casefold()
    for rank, prefix in enumerate(title.kb):
        if folded.startswith(prefix.casefold()):
            return rank
    return len(title.kb)


# the bodies that are a country's government, in role titles ("Premier of the State Council of China")
_GOVERNMENTS = ("government", "state council", "cabinet", "federal government")


def _names_organisation(mention: EntityMention) -> bool:
    """The title names the organisation of the office ("Spokesperson of the Ministry of …")."""
    return " of the " in (mention.title or "")


def _unnamed_name(mentions: list[EntityMention], kb: KnowledgeBase) -> str:
    """Name of an office holder the article does not name: the title with its country or organisation
    ("Foreign Minister of United States", "Spokesperson of the Ministry of Foreign Affairs of China")."""
    mention = next((m for m in mentions if m.title), mentions[0])
    title = mention.title or mention.text
    country = kb.country(mention.role_country) if mention.role_country else None
    written = re.sub(r"^(?:the|a|an)\s+", "", mention.text, flags=re.IGNORECASE)
    if " of " not in title and " of " in written and written.isascii():
        # English text that names the office's place or body itself ("the Governor of Bihar", "the
        # Speaker of the Assembly"): as written, never widened to the country ("Governor of India")
        return written[:1].upper() + written[1:]
    if " of " not in title and country is not None:
        place = _written_place(written, kb, country.id.removeprefix("country:"))
        title = f"{title} of {place or country.name}"
    return title[:1].upper() + title[1:]


def _written_place(written: str, kb: KnowledgeBase, country_code: str) -> str | None:
    """The place of the country's own that English text writes before an unnamed office holder's title
    ("Haryana Governor", "Patna judge", "Delhi MP"): the office is that place's, never the country's
    ("Governor of Haryana", not "Governor of India"); None when the words before the title are no
    such place."""
    words = written.split()
    if not written.isascii() or len(words) < 2:
        return None
    for cut in range(len(words) - 1, 0, -1):  # the longest run of leading words first
        prefix = " ".join(words[:cut])
        if prefix[:1].isupper() and any(
            actor.type == "GPE" and not actor.id.startswith("country:") and actor.country == country_code
            for actor in kb.lookup(prefix)
        ):
            return prefix
    return None


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < _MIN_FUZZY_LEN:
        return False
    return JaroWinkler.similarity(a, b) >= _FUZZY_TOKEN


# Kinds of date expression that state a date by themselves (the dates stage's KINDS): without a
# publication date, relative ones ("कल", "last week") and weekdays resolve to nothing.
_STATED_DATE_KINDS = frozenset({"date", "numeric", "month", "year"})
# The last day of a span open to the present: a current role (held until date.max) covers it.
_OPEN_END = dt.date.max - dt.timedelta(days=1)


def stated_lower_bound(dates: Iterable[DateMention]) -> dt.date | None:
    """The first day an undated article may have been written, from the dates it states: the first
    day of the latest one ("मई 2013" → 1 May 2013), as a report comes after what it tells. Relative
    dates and weekdays (unresolved without a publication date) and vague ones say nothing. No upper
    bound comes from the dates: a report may name nothing later than a background year (a 2011
    funeral report whose latest year is the 1969 of the dead man's youth)."""
    firsts: list[dt.date] = []
    for mention in dates:
        if mention.value is None or mention.relative or mention.kind not in _STATED_DATE_KINDS:
            continue
        try:
            firsts.append(parse_partial_date(mention.value)[0])
        except ValueError:
            continue
    return max(firsts) if firsts else None


_Bounds = tuple[dt.date, dt.date]


def _role_bounds(role: Role) -> _Bounds | None:
    """The role's first day and first day no longer covered (``Role.first_day``, ``after_last_day``),
    or None when one of its dates does not parse (then ``Role.covers`` is asked, and raises, as before)."""
    try:
        return role.first_day(), role.after_last_day()
    except ValueError:
        return None


def _covers(bounds: _Bounds, span: tuple[dt.date, dt.date]) -> bool:
    """``Role.covers(*span)`` from the role's :func:`_role_bounds`."""
    return bounds[0] <= span[1] and span[0] < bounds[1]


def _held_throughout(role: Role, span: tuple[dt.date, dt.date]) -> bool:
    """The role covers every day of the span (no hand-over inside it)."""
    return role.first_day() <= span[0] and span[1] < role.after_last_day()


def _sole_holder(holders: dict[str, bool]) -> str | None:
    """The one person holding the office at some day of the span, when he held it all through the
    span (a hand-over inside an undated article's span, or a gap in the knowledge base: no one)."""
    if len(holders) != 1:
        return None
    actor_id, throughout = next(iter(holders.items()))
    return actor_id if throughout else None


class Linker:
    """Turns an article's mentions into entities (see the module docstring). Language-neutral."""

    def __init__(
        self,
        kb: KnowledgeBase,
        lexicons: Iterable[TitleLexicon] = (),
        common_words: Iterable[str] = (),
        loanwords: dict[str, str] | None = None,
        perso_arabic: PersoArabicNames | None = None,
        pinyin: PinyinNames | None = None,
        english_words: EnglishWords | None = None,
        facility_kinds: dict[tuple[str, ...], str] | None = None,
    ) -> None:
        # kinds of building or site (match keys of their words → English: "हवाई अड्डे" → Airport) that
        # end the names of the mention finders' FACILITY mentions, longest first
        self._facility_kinds = sorted((facility_kinds or {}).items(), key=lambda kind: -len(kind[0]))
        # common English words by sound, to spell the other words of an organisation named with
        # loanwords ("कोऑपरेटिव बैंक" Cooperative Bank, not "Koopretiv")
        self._english_words = english_words or EnglishWords()
        # Perso-Arabic names in their South Asian English spelling (वसीम → Waseem, सैयद → Syed)
        self._perso_arabic = perso_arabic or PersoArabicNames()
        # Chinese names written syllable by syllable, read back into pinyin (चू रुइफेंग → Zhu Ruifeng)
        self._pinyin = pinyin or PinyinNames()
        # English loanwords in another script → English ("पार्टी" → Party), by match key
        self._loanwords = dict(loanwords or {})
        # words of ordinary vocabulary (match keys): an unknown name's word among them ("बिजली") keeps
        # its romanisation, never a respelling as some English name
        self._common_words = frozenset(match_key(w) for w in common_words)
        self._context_countries: set[str] = set()
        self._context_states: set[str] = set()
        self._named_countries: set[str] = set()
        self._story_countries: set[str] = set()
        self._inherent_a_story = False  # the story is about a state of _INHERENT_A_STATES
        self._actors_country: str | None = None
        # country → (person id, role, the role's first day and first day after it or None when a date
        # of it does not parse): _office_roles
        self._office_index: dict[str, list[tuple[str, Role, _Bounds | None]]] | None = None
        self._stored_office_index: dict[str, list[tuple[str, RoleFields]]] | None = None
        # the offices of international bodies, as _office_index's
        self._igo_roles: list[tuple[str, Role, _Bounds | None]] | None = None
        # an undated article's plausible writing days, bounded by its own clues (_plausible_span)
        self._undated_span: tuple[dt.date, dt.date] | None = None
        self.kb = kb
        # every known title by canonical English, longest first (to read a mention's title string)
        # (the same English title from several packs: their knowledge-base role prefixes are pooled)
        titles: dict[str, Title] = {}
        for lexicon in lexicons:
            for title in lexicon.all_titles():
                key = title.en.casefold()
                known = titles.get(key)
                if known is None:
                    titles[key] = title
                else:
                    pooled = tuple(dict.fromkeys((*known.kb, *title.kb)))
                    titles[key] = Title(
                        known.en, known.sector or title.sector, known.forms, pooled, known.person
                    )
        self._titles = sorted(titles.items(), key=lambda item: -len(item[0]))
        self._title_names = frozenset(titles)
        # Transliterating a name is most of the linker's work, and the same names recur within an
        # article and across articles: remember the keys per text.
        self._words = TextMemo(lambda text: _word_keys(text, self.kb.transliterator), _MEMO_SIZE)
        self._keys = TextMemo(lambda text: frozenset(latin_keys(text, self.kb.transliterator)), _MEMO_SIZE)
        # an entity's name is romanised once per article, and names recur across articles
        self._romanise = TextMemo(self._romanise_text, _MEMO_SIZE)
        # (word, its romanisation, english_names, by_sound) → :meth:`_respell`'s answer: a word recurs in the
        # article's other names (the surname alone, with the given name) and across articles
        self._respelt: dict[tuple[str, str, bool, bool], str] = {}
        # search form → :meth:`_person_hit`'s answer
        self._person_hits: dict[str, tuple[Actor, float] | None] = {}

    # ------------------------------------------------------------------ public
    def link(
        self,
        mentions: Sequence[EntityMention],
        published: dt.date | dt.datetime | None,
        dates: Sequence[DateMention] = (),
    ) -> list[Entity]:
        date = published.date() if isinstance(published, dt.datetime) else published
        self._context_countries, self._context_states = self._place_context(mentions)
        self._named_countries = self._countries_named(mentions)
        self._story_countries = self._countries_of_story(mentions)
        self._inherent_a_story = self._state_of_story(mentions) in _INHERENT_A_STATES
        self._actors_country = self._country_of_actors(mentions)
        clusters: list[_Cluster] = []
        title_only: list[EntityMention] = []
        for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
            if mention.finder == TITLE_ONLY and not mention.kb_ids:
                title_only.append(mention)
                continue
            cluster = self._place(mention, clusters, date)
            self._add(cluster, mention)
        self._merge_short_unknowns(clusters)
        # only a title-only mention asks for an office-holder (_title_target → _office_holder): an article
        # without one needs no span
        undated = date is None and bool(title_only)
        self._undated_span = self._plausible_span(dates, clusters) if undated else None
        for mention in title_only:
            target = self._title_target(mention, clusters, date)
            if target is not None:
                self._add(target, mention)
            elif (
                mention.role_country
                and not mention.role_former
                and self._title_of(mention) is not None
                and not self._named_later(mention, clusters, date)
            ):
                # "अमेरिकी विदेश मंत्री", "the Chinese foreign ministry spokesperson": someone of that
                # office the article does not name, an actor of its own
                cluster = _Cluster(type=mention.type or "PER", unnamed=True)
                clusters.append(cluster)
                self._add(cluster, mention)
        clusters.sort(key=lambda c: c.start)
        entities = [self._entity(f"e{n}", cluster, date) for n, cluster in enumerate(clusters, 1)]
        self._name_after_owners(entities, clusters)
        return entities

    def _name_after_owners(self, entities: list[Entity], clusters: list[_Cluster]) -> None:
        """A group of a person the knowledge base does not know ("रपाका वराप्रसाद के समर्थकों") takes
        its name from that person's entity: "<his name>'s supporters"."""
        names = {(m.start, m.end): e.name for e in entities if e.type == "PER" for m in e.mentions}
        for entity, cluster in zip(entities, clusters, strict=True):
            owned = next((m for m in cluster.mentions if m.owner is not None and m.title), None)
            if owned is None or owned.owner is None or owned.title is None:
                continue
            # the finder's name is "<the owner as written>'s <people>"
            owner_text, people = owned.title.rsplit("'s ", 1)
            owner_name = names.get((owned.owner.start, owned.owner.end)) or self._romanise(owner_text)
            entity.name = f"{owner_name}'s {people}"

    def _place_context(self, mentions: Sequence[EntityMention]) -> tuple[set[str], set[str]]:
        """The countries and Indian states the article's unambiguous places lie in: they decide
        between namesakes ("बीजापुर" in a story about Chhattisgarh, "गुजरात" beside "अहमदाबाद")."""
        countries: set[str] = set()
        states: set[str] = set()
        for mention in mentions:
            actors = [a for a in map(self.kb.get, mention.kb_ids) if a is not None and a.type == "GPE"]
            if not actors or len(actors) != len(mention.kb_ids):
                continue
            # a place all of whose candidates lie in one country (and one state) says where we are
            place_countries = {a.country for a in actors if not a.is_country}
            if len(place_countries) == 1 and None not in place_countries:
                countries.update(place_countries)  # type: ignore[arg-type]
            # (every candidate in one country: "पंजाब" is India's or Pakistan's, no sign of a state)
            place_states = {state_of(a.id) for a in actors} - {None}
            if len(place_states) == 1 and len({a.country for a in actors}) == 1:
                states.update(place_states)  # type: ignore[arg-type]
        return countries, states

    def _countries_of_story(self, mentions: Sequence[EntityMention]) -> set[str]:
        """The countries the article is about, for how it spells foreign names (:meth:`_chinese_name`,
        :meth:`_persian_name`): named, or holding a place named, in at least two mentions (a lone
        "Iran" in a story about Gaza, or ".com" read as Qom, is no Iranian story)."""
        counts: Counter[str] = Counter()
        for mention in mentions:
            actors = [self.kb.get(i) for i in mention.kb_ids]
            countries = {a.country for a in actors if a is not None and a.type == "GPE"}
            if len(countries) == 1 and len(actors) == len(mention.kb_ids) and None not in countries:
                counts[countries.pop()] += 1  # type: ignore[index]
        return {country for country, n in counts.items() if n >= _STORY_MENTIONS}

    def _state_of_story(self, mentions: Sequence[EntityMention]) -> str | None:
        """The Indian state (code) whose places the article names most, in at least two mentions and
        more than any other state's; None when there is no such state."""
        counts: Counter[str] = Counter()
        for mention in mentions:
            actors = [self.kb.get(i) for i in mention.kb_ids]
            # (a GeoNames city beside the gazetteer's town is the same place: चेन्नई; हैदराबाद may
            # also be Pakistan's, no sign of a state)
            states = {state_of(i) for i in mention.kb_ids} - {None}
            if len(states) == 1 and len({a.country for a in actors if a is not None}) == 1:
                counts[states.pop()] += 1  # type: ignore[index]
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < _STORY_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _country_of_actors(self, mentions: Sequence[EntityMention]) -> str | None:
        """The one country whose knowledge-base bodies and people (no places) the article names far
        more often than any other's, else None: whose politics a story spread over several countries'
        places is ("भारत के विदेश मंत्रालय", "सलमान ख़ुर्शीद", "संसद" in a story about sailors freed
        in Togo and flown out through Ghana: India)."""
        counts: Counter[str] = Counter()
        for mention in mentions:
            actors = [self.kb.get(i) for i in mention.kb_ids]
            countries = {a.country for a in actors if a is not None and a.type in ("PER", "ORG")}
            if len(countries) == 1 and len(actors) == len(mention.kb_ids) and None not in countries:
                counts[countries.pop()] += 1  # type: ignore[index]
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < _ACTOR_MENTIONS:
            return None
        if len(ranked) > 1 and ranked[0][1] < _ACTOR_LEAD * ranked[1][1]:
            return None
        return ranked[0][0]

    def _countries_named(self, mentions: Sequence[EntityMention]) -> set[str]:
        """The countries the article names as such ("दक्षिण अफ्रीका", "Pakistan")."""
        named: set[str] = set()
        for mention in mentions:
            actors = [self.kb.get(i) for i in mention.kb_ids]
            if actors and all(a is not None and a.is_country for a in actors):
                named.update(a.country for a in actors if a is not None and a.country)
        return named

    def metonym_country(self, entity: Entity) -> str | None:
        """The country (alpha-3) whose government a capital city stands for ("बीजिंग ने कहा"), else None.

        For the event stage: a capital acting as source or target of a political event is read as its
        country; the entity itself stays the place.
        """
        if not entity.kb_id or not entity.kb_id.startswith("city:"):
            return None
        actor = self.kb.get(entity.kb_id)
        if actor is None or not (actor.source_file or "").endswith(":capital"):
            return None
        return actor.country

    # ------------------------------------------------------------------ placing a mention
    def _title_of(self, mention: EntityMention) -> Title | None:
        if not mention.title:
            return None
        folded = mention.title.casefold()
        for en, title in self._titles:
            if folded.startswith(en):
                return title
        return None

    def _place(self, mention: EntityMention, clusters: list[_Cluster], date: dt.date | None) -> _Cluster:
        if mention.finder == GROUP and mention.title and not mention.kb_ids:
            for cluster in clusters:
                if any(
                    m.finder == GROUP and m.title == mention.title and m.role_country == mention.role_country
                    for m in cluster.mentions
                ):
                    return cluster
            return self._new(clusters, None, mention)
        if mention.stands_for is not None and not mention.kb_ids:
            named = (mention.stands_for.start, mention.stands_for.end)
            for cluster in clusters:  # the name it abbreviates comes first (mentions are in text order)
                if any((m.start, m.end) == named for m in cluster.mentions):
                    return cluster
        is_person = mention.type == "PER" or (
            mention.kb_ids and (a := self.kb.get(mention.kb_ids[0])) is not None and a.type == "PER"
        )
        if mention.kb_ids:
            for cluster in clusters:
                if cluster.kb_id in mention.kb_ids:
                    return cluster
            if is_person and len(self._words(mention.text)) == 1:
                # "वांग", "Kim": an earlier person with that word beats another KB actor of that name
                found = self._by_name_word(mention, clusters)
                if found is not None:
                    return found
            return self._new(clusters, self._choose_kb(mention, date), mention)
        if mention.type == "ORG" and len(mention.text.split()) >= 2:
            # "पीपल्स पार्टी" after "पाकिस्तान पीपल्स पार्टी": the end of an organisation's name named
            # before is that organisation
            for cluster in clusters:
                if (
                    cluster.kb_id is None
                    and cluster.type == "ORG"
                    and any(m.text.endswith(" " + mention.text) for m in cluster.mentions)
                ):
                    return cluster
        if is_person or mention.type is None:
            found = self._by_name_word(mention, clusters)
            if found is not None:
                return found
            if len(self._words(mention.text)) >= 2:
                # only the best hit is read (limit 1 scores the same 25 hits as limits up to 5, so the
                # same first hit, and skips more of the weaker ones); its surname is compared only when
                # it is a person scoring high enough (the comparison reads every alias of the actor)
                hit = self._person_hit(self._search_form(mention))
                if hit is not None:
                    actor, score = hit
                    taken = score >= _SEARCH_SCORE and actor.type == "PER"
                    if (
                        taken
                        and (self._ends_with_surname(mention, actor) or self._surname_close(mention, actor))
                        and self._given_fits(mention, actor)
                    ):
                        for cluster in clusters:
                            if cluster.kb_id == actor.id:
                                return cluster
                        return self._new(clusters, actor.id, mention)
        return self._new(clusters, None, mention)

    def _person_hit(self, form: str) -> tuple[Actor, float] | None:
        """The first hit of ``kb.search(form, limit=1)`` when it may score ``_SEARCH_SCORE`` (its score
        before rounding is at most 0.1 below), else None, the only hit :meth:`_place` reads: the same
        hit, found without the sound score of the weaker ones (``KnowledgeBase.best_hit``);
        remembered per form, as the search was."""
        if form in self._person_hits:
            return self._person_hits[form]
        if len(self._person_hits) >= _MEMO_SIZE:
            self._person_hits.clear()
        found = self._person_hits[form] = self.kb.best_hit(form, _SEARCH_SCORE - _ROUNDING)
        return found

    def _search_form(self, mention: EntityMention) -> str:
        """The text to search the knowledge base with: a Devanagari name that begins with initials ("ए
        राजा", "सी पी जोशी") in its English form ("A. Raja"), since Devanagari letter names read
        letter by letter ("e raja") are far from the English initials; else the text itself."""
        text = mention.text
        translit = self.kb.transliterator
        first = next(iter(text.split()), "")
        if translit.applies_to(first) and translit.letters(first.rstrip(".")):
            return _spaced_initials(self._romanise(text))
        return text

    def _ends_with_surname(self, mention: EntityMention, actor: Actor) -> bool:
        """Whether the name ends with the actor's surname (begins, for family-name-first countries) in
        one of its spellings: a search hit on given names alone ("Vijay Kumar" for Vijaya Kumar
        Gachhedar, in a 30,000-actor KB) is another person, not that actor."""
        words = self._words(mention.text)
        if not words:
            return False
        first = actor.country in FAMILY_NAME_FIRST
        name_word = words[0] if first else words[-1]
        for spelling in (actor.name, *actor.aliases):
            spelled = self._words(spelling)
            surname = (spelled[0] if first else spelled[-1]) if spelled else ()
            if any(_same_word(k, w) for k in name_word for w in surname):
                return True
        return False

    def _surname_close(self, mention: EntityMention, actor: Actor) -> bool:
        """A misspelt family name of a person of the article's countries: the given name is the actor's
        and the family name within :data:`_SURNAME_EDITS` letters of the actor's ("हसन रहानी" in a
        story about Iran is Hassan Rouhani). Both names of two or more words; no family-name-first
        country (its first word is the family name)."""
        if actor.type != "PER" or actor.country in FAMILY_NAME_FIRST:
            return False
        if actor.country not in self._context_countries | self._named_countries:
            return False
        words = self._words(mention.text)
        if len(words) < 2:
            return False
        for spelling in (actor.name, *actor.aliases):
            spelled = self._words(spelling)
            if len(spelled) < 2 or not set(words[0]) & set(spelled[0]):
                continue
            if any(
                min(len(k), len(w)) >= _MIN_SURNAME_LEN
                and k[0] == w[0]
                and Levenshtein.distance(k, w) <= _SURNAME_EDITS
                for k in words[-1]
                for w in spelled[-1]
            ):
                return True
        return False

    @staticmethod
    def _given_fits(mention: EntityMention, actor: Actor) -> bool:
        """Whether an English full name's first word is the actor's given name (the first word of
        one of its English names, up to spelling): "Kumar Mishra" (a trader) is not Sanjay Kumar Mishra, whose
        given name is "Sanjay". Devanagari names keep the Hindi rules (``_namesake`` of the finder)."""
        words = mention.text.split()
        if not mention.text.isascii() or len(words) < 2 or actor.country in FAMILY_NAME_FIRST:
            return True
        first = words[0].casefold()
        if len(first) < 3 or first.endswith(".") or not _given_names().get(first):
            return True  # initials, or a word the lists know as no given name ("Chou" En-lai: a spelling)
        names = (actor.name, *actor.aliases)
        firsts = [n.split()[0].casefold() for n in names if n.isascii() and len(n.split()) >= 2]
        return not firsts or any(
            f[0] == first[0] and JaroWinkler.normalized_similarity(f, first) >= 0.85 for f in firsts
        )

    def _choose_kb(self, mention: EntityMention, date: dt.date | None) -> str:
        candidates = list(mention.kb_ids)
        title = self._title_of(mention)
        if len(candidates) > 1:
            n_words = len(mention.text.split())
            mention_keys = self._keys(mention.text)

            def fits(actor_id: str) -> int:
                actor = self.kb.get(actor_id)
                if actor is None:
                    return 0
                score = 0
                # the written form is the actor's own name, or has as many words ("नई दिल्ली" → New
                # Delhi rather than Delhi)
                if mention_keys & self._keys(actor.name):
                    score += 4
                elif len(actor.name.split()) == n_words:
                    score += 1
                if mention.role_country and actor.country == mention.role_country:
                    score += 1
                # a namesake in the country and state the article's other places lie in
                if actor.type == "GPE" and actor.country in self._context_countries:
                    score += 4
                if state_of(actor.id) in self._context_states:
                    score += 4
                if title is not None and any(title.matches_role(r.title) for r in actor.roles):
                    score += 3
                return score

            candidates.sort(key=fits, reverse=True)  # stable: KB order among equals
        return candidates[0]

    def _new(self, clusters: list[_Cluster], kb_id: str | None, mention: EntityMention) -> _Cluster:
        cluster = _Cluster(kb_id=kb_id)
        actor = self.kb.get(kb_id) if kb_id else None
        if actor is not None:
            cluster.type = actor.type
            cluster.country = actor.country
            if actor.type == "PER":
                for alias in (actor.name, *actor.aliases):
                    self._add_words(cluster, alias)
        clusters.append(cluster)
        return cluster

    def _add_words(self, cluster: _Cluster, name: str) -> None:
        words = self._words(name)
        if not words:
            return
        for keys in words:
            cluster.words.update(keys)
        if len(words) >= 2:
            cluster.first_words.update(words[0])
            cluster.last_words.update(words[-1])

    def _add(self, cluster: _Cluster, mention: EntityMention) -> None:
        cluster.mentions.append(mention)
        if cluster.type is None:
            cluster.type = mention.type
        if mention.finder == GROUP:
            if cluster.country is None and mention.role_country:
                cluster.country = mention.role_country
            return
        if mention.finder != TITLE_ONLY:
            self._add_words(cluster, mention.text)
        title = self._title_of(mention)
        if title is not None:
            cluster.titles.append(title)
        if cluster.country is None and mention.role_country:
            cluster.country = mention.role_country

    def _by_name_word(self, mention: EntityMention, clusters: list[_Cluster]) -> _Cluster | None:
        """The earlier person cluster whose name contains every word of this (short) name."""
        words = self._words(mention.text)
        if not words:
            return None
        candidates: list[tuple[int, int, _Cluster]] = []
        for order, cluster in enumerate(clusters):
            if cluster.type not in ("PER", None) or not cluster.words:
                continue
            if not all(any(_same_word(k, w) for k in keys for w in cluster.words) for keys in words):
                continue
            # rank: the word is the surname (last, or first for family-name-first countries)
            surname_set = cluster.first_words if cluster.country in FAMILY_NAME_FIRST else cluster.last_words
            is_surname = any(_same_word(k, w) for k in words[-1] for w in surname_set)
            candidates.append((1 if is_surname else 0, order, cluster))
        if not candidates:
            return None
        candidates.sort(key=lambda item: (item[0], item[1]), reverse=True)
        if len(words) == 1 and candidates[0][0] == 0 and len(candidates) > 1:
            # "राहुल" after "राहुल गांधी" and "राहुल शर्मा": which Rahul is unclear, unless they share
            # a surname (two clusters of one person)
            surnames = [
                {key for m in c.mentions if len(found := self._words(m.text)) >= 2 for key in found[-1]}
                for _, _, c in candidates
            ]
            surnames = [keys for keys in surnames if keys]  # clusters with a full name
            if any(not any(_same_word(a, b) for a in surnames[0] for b in other) for other in surnames[1:]):
                return None
        return candidates[0][2]

    def _merge_short_unknowns(self, clusters: list[_Cluster]) -> None:
        """A one-word unknown name seen BEFORE the full name ("वांग … वांग यी") joins the full name."""
        for cluster in list(clusters):
            if cluster.kb_id is not None or cluster.type not in ("PER", None):
                continue
            texts = {m.text for m in cluster.mentions}
            if any(len(self._words(t)) != 1 for t in texts):
                continue
            probe = cluster.mentions[0]
            # the full name comes later, though the cluster holding it may start earlier with a surname
            # alone ("सिंघल … गिरीश … गिरीश सिंघल")
            others = [
                c
                for c in clusters
                if c is not cluster
                and any(m.start > cluster.start and len(self._words(m.text)) > 1 for m in c.mentions)
            ]
            target = self._by_name_word(probe, others)
            if target is not None:
                target.mentions.extend(cluster.mentions)
                target.titles.extend(cluster.titles)
                clusters.remove(cluster)

    def _title_target(
        self, mention: EntityMention, clusters: list[_Cluster], date: dt.date | None
    ) -> _Cluster | None:
        title = self._title_of(mention)
        if title is None:
            return None
        country = mention.role_country

        def country_ok(cluster: _Cluster) -> bool:
            return country is None or cluster.country == country

        if title.type != "PER":
            # a description ("संवाद समिति", "the agency"): the one earlier organisation of that sector
            same = [
                c
                for c in clusters
                if c.type == title.type
                and c.start < mention.start
                and country_ok(c)
                and self._sector(c) == title.sector
            ]
            return same[0] if len(same) == 1 else None
        earlier = [c for c in clusters if c.type == "PER" and c.start < mention.start]
        by_text = [c for c in earlier if country_ok(c) and any(t.en == title.en for t in c.titles)]
        if len(by_text) == 1:
            return by_text[0]
        if by_text or mention.role_former:
            return None
        by_kb = [c for c in earlier if country_ok(c) and self._holds(c, title, date)]
        if by_kb:
            return by_kb[0] if len(by_kb) == 1 else None
        if country is not None and not _names_organisation(mention):
            # nobody here holds that office: a loose title for the one person of that country the
            # article names, when the article states no office of his ("The Russian president" for
            # Shoigu, whom it calls an adviser); the wrong title is then flagged as a role conflict. A
            # person the article calls by his office ("चीनी राष्ट्रपति शी जिनपिंग") holds that one only.
            same_country = [c for c in earlier if c.country == country and not c.unnamed]
            if len(same_country) == 1 and not self._office_stated(same_country[0], date):
                return same_country[0]
        holder = self._office_holder(mention, title, date)
        if holder is not None:
            # the one knowledge-base person in that office at the article date ("प्रधानमंत्री ने कहा"
            # in a 2012 Indian story): his cluster, named later in the article, or a new one
            found = next((c for c in clusters if c.kb_id == holder), None)
            return found if found is not None else self._new(clusters, holder, mention)
        return None

    def _office_holder(self, mention: EntityMention, title: Title, date: dt.date | None) -> str | None:
        """The id of the one knowledge-base person holding the mention's office at the article date,
        else None. The office's country is the mention's own ("चीनी प्रधानमंत्री") or the one country of
        the article's places; a state office ("मुख्यमंत्री") needs the article's one Indian state. No
        date, a former office ("पूर्व प्रधानमंत्री"), or no single holder: None (never a guess)."""
        if mention.role_former:
            return None
        span = (date, date) if date is not None else self._undated_span
        if span is None:
            return None
        if _names_organisation(mention):
            return self._igo_office_holder(mention, title, span)
        country = mention.role_country
        if country is None and len(self._context_countries) == 1:
            # the one country of the article's places, unless it names another country (a story about
            # Mandela whose "मंडेला" was read as the Indian district "मंडला")
            country = next(iter(self._context_countries))
            if not self._named_countries <= {country}:
                return None
        elif country is None and len(self._context_countries) > 1:
            # places of several countries: the office of the country whose bodies and people the
            # story is about ("प्रधानमंत्री से मिला" in a story of Indian sailors freed in Togo)
            country = self._actors_country
        country_actor = self.kb.country(country) if country else None
        if country is None or country_actor is None:
            return None
        names = {match_key(n) for n in (country_actor.name, *country_actor.aliases)}
        prefixes = ("", "the ", *(f"the {body} of " for body in _GOVERNMENTS))
        national = {f"{prefix}{name}" for name in names for prefix in prefixes}
        state_name = None
        if len(self._context_states) == 1:
            place_id = state_place_id(next(iter(self._context_states))) or ""
            place = self.kb.get(place_id)
            # a state the KB knows only as a city ("place:delhi"): its id names it
            state_name = match_key(place.name if place else place_id.removeprefix("place:").replace("_", " "))
        written_where = match_key(mention.text.partition(" of ")[2]) if mention.text.isascii() else ""
        if written_where and written_where not in national and written_where != state_name:
            return None  # "the president of the RLM": the office of a body the text names, not the country's
        office_names = self._office_titles(title)
        holders: dict[str, bool] = {}
        for actor_id, role, bounds in self._office_roles(country):
            # (Role.covers with the role's dates parsed once: the loop meets every role of the country)
            if not (_covers(bounds, span) if bounds is not None else role.covers(*span)):
                continue
            # "Chief Minister of Chhattisgarh": the article's state; "Prime Minister of India",
            # "Premier of the State Council of China", "Minister of Home Affairs of India",
            # "Minister of Law and Justice of India": the country (the place after the office's own
            # name); any other body ("Governor of the Reserve Bank of India") or place is another office
            for p in office_names:
                if role.title.casefold().startswith(p.casefold()):
                    where = match_key(role.title[len(p) :].partition(" of ")[2])
                    if where == state_name or where in national:
                        holders[actor_id] = holders.get(actor_id, False) or _held_throughout(role, span)
                        break
        return _sole_holder(holders)

    def _plausible_span(
        self, dates: Sequence[DateMention], clusters: list[_Cluster]
    ) -> tuple[dt.date, dt.date] | None:
        """The days an undated article may have been written, from its own clues, else None.

        Every clue bounds it soundly: no earlier than the latest date it states (stated_lower_bound),
        and within the years of office of each knowledge-base person it names by a present office
        ("राष्ट्रपति बराक ओबामा": from his first such term's start to his last one's end, the end only
        when the article names no later holder of that office: then the title is history). No clue
        from above leaves it open to the present (date.max): only a holder still in office (as the
        knowledge base knows) then holds the office throughout. Contradicting clues (a loose title
        for a former holder): None."""
        first = stated_lower_bound(dates) or dt.date.min
        last = _OPEN_END
        people = [
            (actor, cluster)
            for cluster in clusters
            if cluster.kb_id and (actor := self.kb.get(cluster.kb_id)) is not None and actor.type == "PER"
        ]
        for actor, cluster in people:
            for mention in cluster.mentions:
                title = self._title_of(mention)
                if title is None or mention.role_former:
                    continue
                terms = [
                    role
                    for role in actor.roles
                    if title.matches_role(role.title)
                    and (mention.role_country is None or role.country in (None, mention.role_country))
                ]
                if not terms:
                    continue
                first = max(first, min(role.first_day() for role in terms))
                ended = max(role.after_last_day() for role in terms)
                # a writer keeps a former holder's title when telling the past ("जब राष्ट्रपति बुश
                # सत्ता में थे" in a story of Obama's): the term's end bounds nothing when the article
                # names a later holder of that office
                offices = {role.title.casefold() for role in terms}
                if not any(
                    role.title.casefold() in offices and role.first_day() >= ended
                    for other, _ in people
                    if other.id != actor.id
                    for role in other.roles
                ):
                    last = min(last, ended - dt.timedelta(days=1))
        if first == dt.date.min or first > last:
            return None
        return first, last

    def _office_titles(self, title: Title) -> list[str]:
        """The title's own English name and its synonyms among its knowledge-base prefixes, not the name
        of another office ("Chairman" lists "President", an office of its own)."""
        own = title.en.casefold()
        return [p for p in title.kb if p.casefold() == own or p.casefold() not in self._title_names]

    def _igo_office_holder(
        self, mention: EntityMention, title: Title, span: tuple[dt.date, dt.date]
    ) -> str | None:
        """The one knowledge-base person holding an international body's office that the mention names
        with its body ("संयुक्त राष्ट्र महासचिव" → Secretary-General of the United Nations, "संयुक्त राष्ट्र
        मानवाधिकार आयुक्त" → United Nations High Commissioner for Human Rights) at the article date: a
        role of sector IGO whose title starts with the office's name and names that body (in its
        title or its ``org``). A national body's office ("the Ministry's spokesperson") is left alone:
        the knowledge base lists few of those holders, so one found may not be the one who spoke."""
        body = match_key((mention.title or "").partition(" of the ")[2])
        if not body:
            return None
        prefixes = [p.casefold() for p in self._office_titles(title)]
        holders: dict[str, bool] = {}
        if self._igo_roles is None:
            # every country code's: a body's offices carry its own code (UNHCR's "HCR", the UN's "UNO")
            igo = [
                (actor_id, role_from_fields(fields))
                for roles in self._stored_offices().values()
                for actor_id, fields in roles
                if role_sector(fields) == "IGO"
            ]
            self._igo_roles = [(actor_id, role, _role_bounds(role)) for actor_id, role in igo]
        for actor_id, role, bounds in self._igo_roles:
            if not (_covers(bounds, span) if bounds is not None else role.covers(*span)):
                continue
            named = f" {match_key(role.title)} {match_key(role.org or '')} "
            if role.title.casefold().startswith(tuple(prefixes)) and f" {body} " in named:
                holders[actor_id] = holders.get(actor_id, False) or _held_throughout(role, span)
        return _sole_holder(holders)

    def _office_roles(self, country: str) -> list[tuple[str, Role, _Bounds | None]]:
        """Every (person id, role, :func:`_role_bounds`) of the knowledge base in the country's offices
        (built once)."""
        if self._office_index is None:
            self._office_index = {}
        found = self._office_index.get(country)
        if found is None:
            stored = self._stored_offices().get(country, [])
            roles = [(i, role_from_fields(f)) for i, f in stored]
            found = self._office_index[country] = [(i, role, _role_bounds(role)) for i, role in roles]
        return found

    def _stored_offices(self) -> dict[str, list[tuple[str, RoleFields]]]:
        """Every person's role of the knowledge base, as stored, by the role's country code (indexed
        once; a country's roles are built when its offices are first looked up)."""
        if self._stored_office_index is None:
            self._stored_office_index = self.kb.actors.person_roles_by_country()
        return self._stored_office_index

    def _named_later(self, mention: EntityMention, clusters: list[_Cluster], date: dt.date | None) -> bool:
        """A person named after the title-only mention carries that title or holds that office: a
        headline's "रूसी विदेश मंत्री" before the body's "रूसी विदेश मंत्री सर्गेई लावरोव" is no actor of
        its own (left unlinked, as event merging across a headline is not reliable)."""
        title = self._title_of(mention)
        if title is None:
            return False
        return any(
            c.type == "PER"
            and not c.unnamed
            and c.start > mention.start
            and c.country == mention.role_country
            and (any(t.en == title.en for t in c.titles) or self._holds(c, title, date))
            for c in clusters
        )

    def _roles_at(self, cluster: _Cluster, date: dt.date | None) -> list[Role]:
        """Every knowledge-base office of the cluster's actor held at the article date (current ones when
        the date is unknown)."""
        actor = self.kb.get(cluster.kb_id) if cluster.kb_id else None
        if actor is None:
            return []
        return [r for r in actor.roles if (r.covers(date, date) if date else not r.end)]

    def _holds(self, cluster: _Cluster, title: Title, date: dt.date | None) -> bool:
        return any(title.matches_role(r.title) for r in self._roles_at(cluster, date))

    def _office_stated(self, cluster: _Cluster, date: dt.date | None) -> bool:
        """The article states the person's office: a title of the text that is (for a knowledge-base
        person) an office he holds at the article date."""
        if not cluster.kb_id:
            return bool(cluster.titles)
        return any(self._holds(cluster, title, date) for title in cluster.titles)

    def _sector(self, cluster: _Cluster) -> str | None:
        actor = self.kb.get(cluster.kb_id) if cluster.kb_id else None
        return actor.sector if actor is not None else None

    # ------------------------------------------------------------------ entity
    def _entity(self, entity_id: str, cluster: _Cluster, date: dt.date | None) -> Entity:
        mentions = sorted(cluster.mentions, key=lambda m: m.start)
        actor = self.kb.get(cluster.kb_id) if cluster.kb_id else None
        entity = Entity(
            id=entity_id,
            type=cluster.type or (actor.type if actor else "PER"),
            name=actor.name if actor else self._unknown_name(mentions, cluster.type in (None, "PER")),
            mentions=[Mention(m.start, m.end, m.text) for m in mentions],
            kb_id=cluster.kb_id,
        )
        if actor is None and entity.type == "PER":
            entity.name = _spaced_initials(entity.name)  # "M.V. Ramana Naidu" → "M. V. Ramana Naidu"
            if self.kb.transliterator.applies_to(mentions[0].text):
                entity.name = _without_role_word(entity.name)  # "डमिरल रिचर्ड बटलर" → Richard Butler
        if actor is not None:
            entity.type = actor.type
            role = self.kb.role_at(actor, date) if actor.roles else None
            entity.country = (role.country if role and role.country else None) or actor.country
            entity.sector = (role.sector if role and role.sector else None) or actor.sector
            entity.actor_code = self.kb.actor_code(actor, date)
            if entity.type == "GPE":
                entity.sector = None
            self._roles(entity, actor, role, mentions, date)
        else:
            groups = [m for m in mentions if m.finder == GROUP and m.title]
            if groups:  # a collective actor named in English by its finder ("Indian Farmers")
                entity.name = groups[0].title or entity.name
                entity.country = groups[0].role_country
                entity.sector = groups[0].role_sector
                if entity.country or entity.sector:
                    entity.actor_code = (entity.country or "") + (entity.sector or "")
                return entity
            if cluster.unnamed:
                entity.name = _unnamed_name(mentions, self.kb)
            titled = [m for m in mentions if m.title and not m.role_former]
            # else a mention whose finder read a country or sector from its words ("Sudanese rebels")
            described = [m for m in mentions if (m.role_country or m.role_sector) and not m.role_former]
            source = titled[0] if titled else (described[0] if described else None)
            entity.country = source.role_country if source else None
            entity.sector = source.role_sector if source else None
            if entity.country or entity.sector:
                entity.actor_code = (entity.country or "") + (entity.sector or "")
            for m in mentions:
                if m.title:
                    text = ("former " if m.role_former else "") + m.title
                    if text not in entity.roles:
                        entity.roles.append(text)
        return entity

    def _unknown_name(self, mentions: list[EntityMention], person: bool = False) -> str:
        named = [m for m in mentions if m.finder != TITLE_ONLY] or mentions
        longest = max(named, key=lambda m: (len(m.text.split()), len(m.text)))
        text = longest.text
        if self.kb.transliterator.applies_to(text):
            chinese = self._chinese_name(text) if person else None
            if chinese is not None:
                return chinese
            # close to the usual English spelling, then each word as English text spells that name
            if person and _IRANIAN_COUNTRIES & self._story_countries:
                return self._persian_name(text)
            if longest.finder == FACILITY:
                return self._facility_name(text)
            if not person and (longest.finder in _ENGLISH_NAMED_FINDERS or self._english_words_run(text)):
                return self._english_org_name(text, self._romanise(text))
            if self._inherent_a_story:
                return self._inherent_a_name(text, self._romanise(text))
            return self._romanise(text)
        return " ".join(part[:1].upper() + part[1:] for part in text.split())

    def _facility_name(self, text: str) -> str:
        """A building or site's name: its name's words romanised, then its kind in English ("बाबरी
        मस्जिद" Babri Masjid, "नोई बाई अंतरराष्ट्रीय हवाई अड्डे" Noi Bai International Airport)."""
        words = text.split()
        keys = tuple(match_key(word) for word in words)
        for kind, english in self._facility_kinds:
            if len(keys) > len(kind) and keys[-len(kind) :] == kind:
                return f"{self._romanise(' '.join(words[: -len(kind)]))} {english}"
        return self._romanise(text)

    def _inherent_a_name(self, text: str, spelt: str) -> str:
        """``spelt``, an unknown name of a story about a state whose language keeps the inherent vowel
        (:data:`_INHERENT_A_STATES`), with each word English text does not spell as read given its medial
        schwas back (:meth:`Transliterator.full_reading`: अंजनेयुलु "Anjneyulu" → Anjaneyulu, जरपा
        "Jarpa" → Jarapa). Ordinary words, loanwords, knowledge-base names and spellings of the
        vocabulary or the name lists stay as read (राजेंदर Rajendar, कोप्पुला Koppula)."""
        words, latin = text.split(), spelt.split()
        if len(words) != len(latin):
            return spelt
        translit, speller = self.kb.transliterator, self.kb.speller
        out = []
        for word, reading in zip(words, latin, strict=True):
            folded = reading.casefold()
            key = match_key(word)
            if (
                not reading.isalpha()
                or key in self._common_words
                or key in self._loanwords
                or speller.known.get(folded, 0) >= MIN_COUNT
                or folded in _indian_names()
                or folded in speller.english_known
                or self._names_a_thing(word)
            ):
                out.append(reading)
                continue
            # (but for the vowel before a final ल syllable, which Telugu drops as Hindi does:
            # वेंकटेश्वरलु Venkateshwarlu, कलवकुंतला "…kuntla")
            full = translit.full_reading(_FINAL_L_SYLLABLE.sub("\\1\u094d\\2", word))
            # only schwas added: the same letters otherwise (a respelt reading stays)
            out.append(full if full.casefold().replace("a", "") == folded.replace("a", "") else reading)
        return " ".join(out)

    def _english_org_name(self, text: str, spelt: str) -> str:
        """``spelt``, an organisation's name read from loanwords, with each other word that sounds like a
        common English word written as English writes it ("यूनीक आइडेंटिफ़िकेशन अथॉरिटी" Unique
        Identification Authority, "एस्ट्रानॉमी क्लब" Astronomy Club); knowledge-base names
        (इंडिया) keep their own spelling, and a word that may as well write a name stays as read."""
        words, latin = text.split(), spelt.split()
        if len(words) != len(latin):
            return spelt
        out = []
        for word, reading in zip(words, latin, strict=True):
            english = None
            if match_key(word) not in self._loanwords and not self._names_a_thing(word):
                english = self._english_words.spelling(word, _ORG_WORD_MIN_LETTERS, _ORG_WORD_MIN_ZIPF)
            out.append(english.capitalize() if english else reading)
        return " ".join(out)

    def _english_words_run(self, text: str) -> bool:
        """Whether most words of an unknown organisation's or place's name are English words written
        in Devanagari (loanwords.toml words, or common English words by sound as
        :meth:`_english_org_name` spells them): at least ``_ENGLISH_RUN_MIN`` of them and more than
        the other words, knowledge-base names not counted ("फ़ॉरेन इंटेलिजेंस सर्विलांस कोर्ट"), so
        the name is spelt as those English words, not letter by letter."""
        words = text.split()
        if len(words) < _ENGLISH_RUN_MIN:
            return False
        english = other = 0
        for word in words:
            if match_key(word) in self._loanwords or self._english_words.spelling(
                word, _ORG_WORD_MIN_LETTERS, _ORG_WORD_MIN_ZIPF
            ):
                english += 1
            elif not self._names_a_thing(word):
                other += 1
        return english >= _ENGLISH_RUN_MIN and english > other

    def _chinese_name(self, text: str) -> str | None:
        """A person's name in pinyin (:mod:`khabar.text.pinyin`) in an article about China, Taiwan or
        Hong Kong (a place or country of the article lies there), when every word is Devanagari that
        pinyin syllables spell whole: "चू रुइफेंग" → Zhu Ruifeng, "ले जंगफू" → Lei Zhengfu. Not for a
        name with an Indian-listed word, a loanword, a knowledge-base name or only ordinary words."""
        if not self._pinyin or not self._story_countries & _CHINESE_COUNTRIES:
            return None
        words = text.split()
        keys = [match_key(word) for word in words]
        if not words or all(key in self._common_words for key in keys) or self._indian_name(text):
            return None
        if any(key in self._loanwords for key in keys) or any(map(self._names_a_thing, words)):
            return None
        return self._pinyin.name(words)

    def _names_a_thing(self, word: str) -> bool:
        """Whether a word is by itself the knowledge-base name of a place or organisation (बीजिंग,
        तेहरान): such a word in an unknown name keeps its own spelling."""
        return any(actor.type != "PER" for actor in self.kb.lookup(word))

    def _persian_name(self, text: str) -> str:
        """An unknown person's name in an article about Iran, in the English spelling of Iranian names
        (:func:`khabar.text.perso_arabic.persian_vowels`: महमूद Mahmoud, सादिक Sadeq). A word keeps its
        reading when it is a loanword or a knowledge-base place/organisation, or an Indian-listed name in
        a name with no Perso-Arabic word (विक्रम मिस्री stays Vikram Misri: an Indian in a story about
        Iran)."""
        spelt = self._romanise(text)
        words, latin = text.split(), spelt.split()
        if len(words) != len(latin):
            return spelt
        # a name with a Perso-Arabic word (a nukta, a listed name: मोहसिन रेज़ाई) is no Indian's
        marked = self._perso_arabic_marked(words)
        out = []
        for word, reading in zip(words, latin, strict=True):
            own = (
                match_key(word) in self._loanwords
                or self._names_a_thing(word)
                or (not marked and self.kb.romanise_word(word).casefold() in _indian_names())
            )
            if not own and not marked and match_key(word) not in self._common_words:
                # a Persian name's first syllable is closed (अफशरी Afshari), as in a marked run
                plain = self.kb.transliterator.romanise_name(word)
                if self._closed_first(word, plain) != plain:
                    reading = self._respell_perso_arabic(word, plain, True, False)
            persian = persian_final_gh(persian_vowels(word, reading))
            # a name English news of Iran spells one way (जिबकलम Zibakalam, वैजी Vaezi: data)
            persian = self._perso_arabic.iranian_spelling(persian) or persian
            out.append(reading if own else persian)
        return " ".join(out)

    def _romanise_text(self, text: str) -> str:
        """A Devanagari name in English spelling, each word respelt (:meth:`_respell`); a Perso-Arabic
        name in South Asian English spelling (:mod:`khabar.text.perso_arabic`). Read through the memo
        ``self._romanise``."""
        return self._family_ia(text, self._romanise_words(text))

    def _family_ia(self, text: str, spelt: str) -> str:
        """``spelt`` with a family name's final िया written "ia" (कटारिया Kataria, like Bhatia, Sisodia,
        Kapadia: two in three such names of the Indian family-name list) where neither the vocabulary nor
        the name lists spell it: the last of two or more words, not a given name (सुप्रिया Supriya)."""
        words, latin = text.split(), spelt.split()
        if len(words) < 2 or len(words) != len(latin) or not words[-1].endswith("िया"):
            return spelt
        last = latin[-1]
        folded = last.casefold()
        if len(last) < _IYA_MIN_LENGTH or not folded.endswith("iya") or not last.isalpha():
            return spelt
        if folded in self.kb.speller.known or folded in _indian_names() or _given_names().get(folded):
            return spelt
        return " ".join((*latin[:-1], last[:-3] + "ia"))

    def _romanise_words(self, text: str) -> str:
        """:meth:`_romanise_text` word by word."""
        translit = self.kb.transliterator
        names = self._perso_arabic
        # an Indian or Perso-Arabic name keeps its words from the English names of the census lists
        # ("बबीता मरकाम" is Babita Markam, not "Marcum"): those are for English names written in Hindi
        english_names = not self._indian_name(text)
        if not names:
            by_sound = english_names and self._sounds_english(text)
            spelt = translit.romanise_name(
                text, lambda word, latin: self._respell(word, latin, english_names, by_sound)
            )
            return self._western_name(text, spelt) if english_names else spelt
        marked = self._perso_arabic_marked(text.split())
        english_names = english_names and not marked
        by_sound = english_names and self._sounds_english(text)
        spelt = translit.romanise_name(
            text, lambda word, latin: self._respell_perso_arabic(word, latin, marked, english_names, by_sound)
        )
        return self._western_name(text, spelt) if english_names else spelt

    def _sounds_english(self, text: str) -> bool:
        """Whether the first word of a Devanagari name (its given name; a one-word name's only word)
        writes a common English name by sound (a census count of ``_ENGLISH_SIGN_COUNT`` or more: पॉल
        Paul, जिम्मी Jimmy, ब्रैड Brad) or is one of the pack's English given names: the sign that the
        name's words are English names, to be matched by sound (:func:`_english_by_sound`). An
        ordinary vocabulary word gives no sign, nor a family name alone (वलसम्मा मथाई keeps Mathai,
        no "Mattie")."""
        words = text.split()
        first = words[0] if words else ""
        if not first or match_key(first) in self._common_words:
            return False
        if self._perso_arabic.english.get(unicodedata.normalize("NFD", first)):
            return True
        matches = self.kb.speller.phonetic.matches(first)
        return bool(matches) and matches[0][1] >= _ENGLISH_SIGN_COUNT

    def _western_name(self, text: str, spelt: str) -> str:
        """A name that may be English or European with its particles as such names write them (डू
        प्लेसिस → "du Plessis", :data:`khabar.text.english_phonetic.PARTICLES`) and a first word that
        is a letter's name read as a given name (:meth:`_letter_given_name`). ``spelt`` as romanised."""
        words, latin = text.split(), spelt.split()
        if len(words) < 2 or len(words) != len(latin):
            return spelt
        changed = False
        for index, word in enumerate(words[:-1]):
            particle = PARTICLES.get(unicodedata.normalize("NFC", word))
            # (not between initials: एल डी मंड्लोई is L. D. Mandloi)
            initial_before = index > 0 and len(latin[index - 1].rstrip(".")) == 1
            if (
                particle is not None
                and not initial_before
                and not self.kb.transliterator.acronym(words[index + 1])
            ):
                latin[index] = particle[:1].upper() + particle[1:] if index == 0 else particle
                changed = True
        if changed:
            return " ".join(latin)
        return self._letter_given_name(text, spelt)

    def _letter_given_name(self, text: str, spelt: str) -> str:
        """A two-word name that may be English whose first word is a letter's name (जे, के) read as the
        common English given name it sounds (जे कार्ने → Jay Carney), not an initial: an initial is
        dotted or stands beside another (जे. के. रोलिंग, जे के रोलिंग). ``spelt`` as romanised."""
        words, latin = text.split(), spelt.split()
        # (a vowel's name is no given name: एन "N", not Ann)
        if len(words) != 2 or len(latin) != 2 or "." in words[0] or not "\u0915" <= words[0][0] <= "\u0939":
            return spelt
        if len(latin[0]) != 1 or not latin[0].isupper() or len(latin[1]) < 2 or not latin[1][1:].islower():
            return spelt
        matches = self.kb.speller.phonetic.matches(words[0])
        if not matches or matches[0][1] < _LETTER_GIVEN_NAME_COUNT:
            return spelt
        # and only before a family name English writes too (जे जयललिता stays J Jayalalitha)
        if not any(count > MIN_COUNT for _, count in self.kb.speller.phonetic.matches(words[1])):
            return spelt
        given = matches[0][0]
        return f"{given[:1].upper()}{given[1:]} {latin[1]}"

    def _perso_arabic_marked(self, words: list[str]) -> bool:
        """Whether a word of a Devanagari name marks it Perso-Arabic (a nukta, a listed name)."""
        translit = self.kb.transliterator
        return any(self._perso_arabic.marks(w, translit.to_latin(w, acronyms=False)) for w in words)

    def _indian_name(self, text: str) -> bool:
        """Whether a word of a Devanagari name is an Indian given or family name of the Indian name lists
        (Babita, Markam; ordinary vocabulary words left out: "कमल" is a lotus as well as Kamal)."""
        speller = self.kb.speller
        for word in text.split():
            if match_key(word) in self._common_words:
                continue
            reading = self.kb.romanise_word(word).casefold()
            if reading not in _indian_names():
                continue
            # a common English given name Indian Christians share (Paul, Daniel, Thomas), or one the
            # lists hold in a Hindi romanisation (जॉनी "Joni" Johnny, बॉबी "Bobi" Bobby), marks no name
            # Indian by itself: the rest of the name decides (पॉल वैन्स Paul Vance, थॉमस आइज़क)
            by_sound = speller.phonetic.matches(word)[:1]
            shared = max([speller.english_known.get(reading, 0), *(count for _, count in by_sound)])
            if shared < _SHARED_ENGLISH_NAME_COUNT:
                return True
        return False

    def _respell_perso_arabic(
        self, word: str, latin: str, marked: bool, english_names: bool = True, by_sound: bool = False
    ) -> str:
        """:meth:`_respell` with the Perso-Arabic names' spellings first: a listed Devanagari word (सैयद
        → Syed), a compound (अकबरुद्दीन → Akbar + uddin), a listed name ("Vasim" → Waseem); in a
        Perso-Arabic run (``marked``) a word English text does not spell otherwise gets Urdu
        "ee"/"oo" (यासूब → Yasoob). Loanwords are left to :meth:`_respell`, and ordinary words but for
        the listed names. ``english_names`` and ``by_sound`` as for :meth:`_respell`."""
        names = self._perso_arabic
        fixed = names.fixed(word)
        if fixed is not None:
            return fixed
        key = match_key(word)
        if key in self._loanwords:
            return self._respell(word, latin, english_names, by_sound)
        if key in self._common_words:
            # an ordinary word that is a listed name is that name inside a name (अकबर, हक); else it
            # keeps its reading
            spelt = self._respell(word, latin, english_names, by_sound)
            return names.listed(spelt, word) or names.listed(latin, word) or spelt
        split = names.split_suffix(word)
        if split is not None:
            stem, suffix, suffix_latin = split
            translit = self.kb.transliterator
            # the stem as a name of its own (असद → Asad, not the vocabulary's Syrian "Assad") where the
            # word's own reading put the stem's vowel elsewhere (अकबरुद्दीन "Akabruddin" → Akbar);
            # a reading with fewer vowels is how English writes the compound (फ़ज़लुद्दीन Fazluddin)
            stem_latin = translit.romanise_name(
                stem,
                lambda part, reading: self._respell_perso_arabic(
                    part, reading, False, english_names, by_sound
                ),
            )
            plain = translit.to_latin(word, acronyms=False)
            # a suffix that begins with a vowel sign is read after a consonant (क), then without it
            sign = "\u093e" <= suffix[0] <= "\u094c"
            plain_suffix = translit.to_latin("\u0915" + suffix if sign else suffix, acronyms=False)[sign:]
            if plain.endswith(plain_suffix):
                own_stem = plain[: -len(plain_suffix)]
                if len(_VOWEL_RUNS.findall(own_stem)) != len(_VOWEL_RUNS.findall(stem_latin.casefold())):
                    stem_latin = own_stem.capitalize()
            return stem_latin + suffix_latin
        if marked:
            latin = self._closed_first(word, latin)
        spelt = self._respell(word, latin, english_names, by_sound)
        listed = names.listed(spelt, word) or names.listed(latin, word)
        if listed is not None:
            return listed
        if marked and self.kb.speller.known.get(spelt.casefold(), 0) < MIN_COUNT:
            return urdu_vowels(word, spelt)
        return spelt

    def _closed_first(self, word: str, latin: str) -> str:
        """The reading of a word of a Perso-Arabic name with the earlier of two neighbouring schwas
        dropped (:meth:`Transliterator.closed_first_reading`: अफशरी Afshari, एहतशामुल Ehtashamul, where
        Hindi reads "Afashri"), unless English text spells ``latin``, Hindi's reading, and not that one."""
        closed = self.kb.transliterator.closed_first_reading(word)
        if closed == latin:
            return latin
        known = self.kb.speller.known
        if known.get(latin.casefold(), 0) >= MIN_COUNT and known.get(closed.casefold(), 0) < MIN_COUNT:
            return latin
        return closed

    def _respell(self, word: str, latin: str, english_names: bool = True, by_sound: bool = False) -> str:
        """:meth:`_respell_word`, remembered per (word, romanisation, ``english_names``, ``by_sound``)."""
        key = (word, latin, english_names, by_sound)
        found = self._respelt.get(key)
        if found is None:
            if len(self._respelt) >= _MEMO_SIZE:
                self._respelt.clear()
            found = self._respelt[key] = self._respell_word(word, latin, english_names, by_sound)
        return found

    def _respell_word(self, word: str, latin: str, english_names: bool = True, by_sound: bool = False) -> str:
        """The English spelling of one romanised name word: the English word of a loanword ("वॉच" →
        Watch), else the vocabulary spelling (:class:`khabar.text.respell.NameSpeller`) unless the word is
        ordinary vocabulary. ``english_names``: the census English names may respell it (False inside an
        Indian or Perso-Arabic name, see :meth:`_romanise_text`); ``by_sound``: and match it by sound
        (in a name with an English sign, :meth:`_sounds_english`)."""
        key = match_key(word)
        english = self._loanwords.get(key) or self._kb_spelling(word, latin)
        if english is not None:
            return english
        speller = self.kb.speller
        if key in self._common_words:
            # an ordinary word keeps our reading, but the letter-by-letter one when English text writes
            # that more often than the English-convention rules' (अरविंद "lotus": Arvind, not "Arwind")
            plain = self.kb.transliterator.to_latin(word, acronyms=False).capitalize()
            known = speller.known
            reading = plain if known.get(plain.casefold(), 0) > known.get(latin.casefold(), 0) else latin
            # and a far commoner spelling that writes its long ी / ू as English "ee" / "oo" (कपूर
            # "camphor": Kapoor, not "Kapur"), not one that reads other letters otherwise (बीच "between"
            # is no "Beach", वह no "Wah")
            commoner = speller.commoner(reading, _COMMON_WORD_SWITCH)
            if commoner and commoner.replace("oo", "u").replace("ee", "i") == reading:
                return commoner
            # or an Indian family name that writes an "a" of it "e" (वर्मा "armour": Verma, not "Varma")
            if commoner and commoner.casefold() in speller.families and a_written_e(reading, commoner):
                return commoner
            # a word Hindi news writes so often that it is vocabulary, but only as a family name
            # English text never spells as read: the Indian family-name list's spelling (तिवारी "Tivari"
            # → Tiwari, मुखर्जी "Mukharji" → Mukherjee)
            return self._listed_family(reading) or reading
        other = _english_readings(word, latin) if english_names else None
        readings = _readings(word, latin)
        # an Indian name (no census English names) is also read with its medial schwas kept, as English
        # often spells it (वंदना "Vandna" → Vandana, गोखले Gokhale); an English name is not (ब्रिटनी
        # Britney, no "Britani")
        full = latin if english_names else self.kb.transliterator.full_reading(word)
        if full != latin:
            readings = (*readings, full)
        spelt = _inder_ender(speller.respell(_f_for_ph(latin, speller.known), readings, other), speller)
        if by_sound:
            english = _english_by_sound(word, spelt, speller)
            if english is not None:
                return english
        own = speller.known.get(latin.casefold(), 0)
        if spelt == latin and own == 0 and latin[-1:] not in "aeiouy" and _FINAL_CONSONANT.search(word):
            # a final schwa Hindi drops and English keeps in an Indian family name (श्रीवास्तव Srivastava,
            # शुक्ल Shukla): taken only when the Indian family-name list spells that reading (a given
            # name so read is another name: वरुण Varun is no Varuna, ऋतिक Ritik no Ritika)
            kept = speller.respell(latin + "a", tuple(r + "a" for r in readings))
            if kept.casefold() in speller.families:
                return kept
        if spelt == latin and _CANDRA_O in word and own < RARE_COUNT:
            # ॉ is English "a" as often as "o" (हॉल Hall, वॉल्टर Walter; जॉन Jon, डॉन Don): when the "o"
            # reading meets no English spelling or a rare one ("Hol"), a commoner vocabulary spelling of
            # the "a" reading is taken
            as_a = self.kb.transliterator.romanise_name(word.replace(_CANDRA_O, _AA_SIGN))
            respelt = speller.respell(_f_for_ph(as_a, speller.known))
            if (
                respelt != as_a
                and speller.known.get(respelt.casefold(), 0) > max(own, MIN_COUNT - 1)
                and _person_name_word(respelt)  # Garden is a commoner word than Gordon, but no name
            ):
                return respelt
        return spelt

    def _listed_family(self, reading: str) -> str | None:
        """The best vocabulary spelling of ``reading`` that the Indian family-name list holds, when
        English text does not write ``reading`` itself (count below ``MIN_COUNT``); else None."""
        speller = self.kb.speller
        if speller.known.get(reading.casefold(), 0) >= MIN_COUNT:
            return None
        for spelling, _ in speller.candidates(reading):
            if spelling in speller.families and speller.known.get(spelling, 0) >= MIN_COUNT:
                return spelling[:1].upper() + spelling[1:]
        return None

    def _kb_spelling(self, word: str, latin: str) -> str | None:
        """A word of an unknown name that is a knowledge-base name by itself ("इंग्लैंड" in "चर्च ऑफ़
        इंग्लैंड"): the Latin alias of that actor closest to its romanisation ("England", not the
        actor's name "United Kingdom"); None when no Latin alias is close."""
        best: tuple[int, float, str] | None = None
        own = latin_keys(latin, self.kb.transliterator)[:1]
        if not own:
            return None
        known = self.kb.speller.known
        for actor in self.kb.lookup(word)[:3]:
            for alias in (actor.name, *actor.aliases):
                if not alias.isascii() or not alias[:1].isupper():
                    continue
                folded = latin_keys(alias, self.kb.transliterator)[:1]
                score = JaroWinkler.normalized_similarity(own[0], folded[0]) if folded else 0.0
                # among close aliases the one English text writes most ("New York", not "Niujorkas")
                usage = min(known.get(w.casefold(), 0) for w in alias.split())
                if score >= _KB_WORD_SCORE and (best is None or (usage, score) > best[:2]):
                    best = (usage, score, alias)
        if (
            best is not None
            and _doubles_unwritten(word, latin, best[2])
            and known.get(latin.casefold(), 0) >= RARE_COUNT
        ):
            # a place's English doubling the Devanagari does not write, where English text also spells
            # our reading: the name's own spelling (हसन फरीद is Hasan, not the town Hassan)
            return None
        return best[2] if best else None

    def _roles(
        self,
        entity: Entity,
        actor: Actor,
        role: Role | None,
        mentions: list[EntityMention],
        date: dt.date | None,
    ) -> None:
        roles: list[str] = []
        for mention in mentions:
            if not mention.title:
                continue
            title = self._title_of(mention)
            if mention.title_span is not None and mention.title is None:
                continue  # an honorific
            kb_roles = [r for r in actor.roles if title is not None and title.matches_role(r.title)]
            if mention.role_country:
                kb_roles = [r for r in kb_roles if r.country in (None, mention.role_country)] or kb_roles
            if mention.role_former:
                past = [r for r in kb_roles if date is None or r.after_last_day() <= date]
                text = "former " + (past[-1].title if past else mention.title)
                if text not in roles:
                    roles.append(text)
                continue
            current = [r for r in kb_roles if date is None or r.covers(date, date)]
            # the KB's own role at the date first, then the office the title names most directly
            current.sort(key=lambda r: (r != role, _prefix_rank(title, r.title)))
            if current:
                if current[0].title not in roles:
                    roles.append(current[0].title)
            elif title is not None and title.kb and role is not None and date is not None:
                flagged = f"text: {mention.title}"
                if flagged not in roles:
                    roles.append(flagged)
                    entity.role_conflicts.append(
                        f"text: {mention.title}; knowledge base at {date.isoformat()}: {role.title}"
                    )
            elif mention.title not in roles:
                roles.append(mention.title)
        if role is not None and role.title not in roles:
            roles.append(role.title)
        entity.roles = roles


_CANDRA_O = "\u0949"  # ॉ, the English open o / a vowel
_AA_SIGN = "\u093e"  # ा


@cache
def _indian_names() -> frozenset[str]:
    """The casefolded names of the Indian given and family name lists (read once)."""
    return frozenset(given_names(LISTED_GIVEN_FILE)) | frozenset(given_names(LISTED_FAMILY_FILE))


_ROLE_WORD_NEXT_GIVEN = 3  # people of the census lists with the second word as given name
_ROLE_WORD_MIN_WORDS = 3


def _without_role_word(name: str) -> str:
    """A romanised unknown name without a first word that is no given or family name of anyone in the
    name lists before a common given name: a role noun or a rank the title lexicon lacks or a writer
    misspelt, glued to the name ("निशानेबाज़ जसपाल राणा" → Jaspal Rana, "कमांडर डमिरल रिचर्ड बटलर" →
    Richard Butler, "सर्जन टॉम कारेल"). A rare given name before a rare second word stays ("Hriday
    Narayan Dixit", "Edwardo Sanchez Hernandez": Sanchez is the given name of too few)."""
    words = name.split()
    if len(words) < _ROLE_WORD_MIN_WORDS or not words[0].isalpha():
        return name
    first, second = words[0].casefold(), words[1].casefold()
    if _given_names().get(first) or _family_names().get(first):
        return name
    if _given_names().get(second, 0) < _ROLE_WORD_NEXT_GIVEN:
        return name
    return " ".join(words[1:])


@cache
def _family_names() -> dict[str, int]:
    """family_names.tsv with the listed family names, casefolded (read once)."""
    return with_listed(FAMILY_NAMES_FILE, LISTED_FAMILY_FILE)


@cache
def _given_names() -> dict[str, int]:
    """given_names.tsv with indian_given_names.tsv, casefolded (read once)."""
    return with_listed(GIVEN_NAMES_FILE, LISTED_GIVEN_FILE)


def _person_name_word(word: str) -> bool:
    """Whether English text writes ``word`` as a given or family name (given_names.tsv, family_names.tsv
    and the Indian name lists beside them)."""
    folded = word.casefold()
    return any(
        with_listed(path, listed).get(folded, 0) > 0
        for path, listed in ((GIVEN_NAMES_FILE, LISTED_GIVEN_FILE), (FAMILY_NAMES_FILE, LISTED_FAMILY_FILE))
    )


# a consonant with its inherent vowel before a final ल syllable (ल, ला, लु, लू): वेंकटेश्वरलु
_FINAL_L_SYLLABLE = re.compile("([\u0915-\u0939]\u093c?)(\u0932[\u093e\u0941\u0942]?)$")
_DOUBLED_LETTER = re.compile(r"([a-z])\1")
_GEMINATE = re.compile("([\u0915-\u0939]\u093c?)\u094d\\1")  # क्क, द्द, स्स: a doubled consonant


def _doubles_unwritten(word: str, latin: str, spelling: str) -> bool:
    """Whether ``spelling`` is the romanisation ``latin`` of the Devanagari ``word`` with a consonant
    doubled that the word writes single ("Hassan" for हसन "Hasan"): Hindi writes a doubled consonant
    as a conjunct (हस्सान, सिद्दीकी), so a name's English doubling should have one."""
    own, other = latin.casefold(), spelling.casefold()
    if own == other or " " in other or not _DOUBLED_LETTER.search(other):
        return False
    return _DOUBLED_LETTER.sub(r"\1", other) == _DOUBLED_LETTER.sub(r"\1", own) and not _GEMINATE.search(
        unicodedata.normalize("NFC", word)
    )


_NDAR_END = re.compile(r"(?<=[ei]nd)ar$")  # राजेंदर "Rajendar", मनिंदर "Manindar"


def _inder_ender(spelt: str, speller: NameSpeller) -> str:
    """A given name ending इंदर / ेंदर in the "-inder" / "-ender" English writes (the Indian given-name
    list: 98 names so ending to 6 in "-ndar"; मनिंदर Maninder, राजेंदर Rajender), when the list has that
    spelling and English text does not write ``spelt`` itself (Sikandar, Iskandar keep their "a")."""
    if not _NDAR_END.search(spelt) or speller.known.get(spelt.casefold(), 0) >= MIN_COUNT:
        return spelt
    ender = _NDAR_END.sub("er", spelt)
    return ender if ender.casefold() in _indian_names() else spelt


def _f_for_ph(latin: str, known: dict[str, int]) -> str:
    """फ read "ph" is English "f" in most names (Afshari, Rafiq, Zulfiqar), "ph" only where English
    text attests it (Phule): the "f" spelling unless the vocabulary knows the word with "ph"."""
    if "ph" not in latin.casefold() or known.get(latin.casefold()):
        return latin
    return latin.replace("ph", "f").replace("Ph", "F")


_GLUED_INITIAL = re.compile(r"\b([A-Z])\.(?=[A-Z])")
_INITIALS_WORD = re.compile(r"^[A-Z]{1,3}\.?$")


def _spaced_initials(name: str) -> str:
    """A person's initials written as English Wikipedia titles write them, a full stop and one space
    after each ("M.V. Ramana Naidu" → "M. V. Ramana Naidu", "P.Chidambaram" → "P. Chidambaram", "VK
    Singh" → "V. K. Singh", "C P Joshi" → "C. P. Joshi"); the last word is the surname, never initials."""
    words = _GLUED_INITIAL.sub(r"\1. ", name).split()
    dotted = [
        " ".join(f"{c}." for c in w.rstrip(".")) if n < len(words) - 1 and _INITIALS_WORD.match(w) else w
        for n, w in enumerate(words)
    ]
    return " ".join(dotted)
