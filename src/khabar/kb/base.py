"""The knowledge base: curated actors + generated countries, cities and demonyms, with alias indexes.

Loaded once per process (``KnowledgeBase.load()``) and passed in; it pickles, so a process pool can
ship it to workers. Three indexes are built at load time:

* ``alias_index``: match key (see ``khabar.text.match_key``) → actor ids, over every alias in every
  language, canonical names and demonyms (demonyms point at their country) — for ``lookup``;
* ``match_index``: the same for the aliases the mention finder may use in running text (curated
  aliases, city names, country names in the match languages, demonyms), with a case constraint for
  Latin names so that "us" or "nice" in lower case do not match US or Nice;
* ``prefixes``: every prefix of a match key that ends at a word boundary, to stop the scan early.

The fuzzy index for ``search`` (transliterated, folded keys, see :class:`_FuzzyIndex`) is built with
the KB and cached with it (:mod:`khabar.kb.cache`: prebuilt at install in the package data, else in
``$KHABAR_HOME/cache``); results are memoised per query within the instance.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process

from khabar.errors import KnowledgeBaseError
from khabar.home import user_kb_dir
from khabar.kb.generate import (
    DATA_DIR,
    DEFAULT_MIN_POPULATION,
    default_match_languages,
    load_generated,
)
from khabar.kb.model import Actor, Role, date_range
from khabar.kb.validate import SUPPORTED_SUFFIXES, Schema, default_schema, load_actor_file
from khabar.text.normalize import map_span, match_key, normalize_with_map
from khabar.text.respell import NAME_LIST_FILES, NAME_VOCABULARY_FILE, NameSpeller
from khabar.text.translit import (
    ReadingTable,
    Transliterator,
    default_transliterator,
    latin_key,
    latin_keys,
    reading_table,
)
from khabar.text.translit import remember_readings as _remember_in_memos

DateLike = dt.date | dt.datetime | str


class AliasMatch(NamedTuple):
    """An alias found in text: ``[start, end)`` in the ORIGINAL text, the actor ids it names, and
    whether it was a demonym/adjective (रूसी, Chinese) rather than a name."""

    start: int
    end: int
    actor_ids: list[str]
    demonym: bool = False


# A ``match_index`` entry: (actor ids, demonym, case), case "upper" (acronym), "title" (capitalised
# name) or None. A plain tuple of atoms, unpacked where read: the cyclic GC untracks such tuples at their
# first collection, while a named tuple (83,500 of these) stays tracked and every full collection walks it.
_MatchEntry = tuple[tuple[str, ...], bool, str | None]


_ROLE_FIELDS = ("title", "org", "country", "sector", "start", "end", "note")
_ACTOR_FIELDS = ("id", "type", "name", "country", "sector", "aliases", "source_file", "lat", "lon", "note")
_TYPE_AT = _ACTOR_FIELDS.index("type")
_ROLE_COUNTRY_AT = _ROLE_FIELDS.index("country")
_ROLE_SECTOR_AT = _ROLE_FIELDS.index("sector")
# a role as stored: the values of _ROLE_FIELDS in order
RoleFields = tuple[Any, ...]


class ActorTable(Mapping[str, Actor]):
    """Actors by id, pickled as plain tuples and turned into :class:`Actor` objects when first asked
    for: a cached KB of 35,000 actors then loads in a fraction of the time 35,000 frozen dataclasses
    (and their roles) take to unpickle, and a process only builds the actors it meets."""

    __slots__ = ("_built", "_raw")

    def __init__(self, actors: dict[str, Actor] | None = None, raw: dict[str, tuple[Any, ...]] | None = None):
        self._built: dict[str, Actor] = dict(actors or {})
        self._raw: dict[str, tuple[Any, ...]] = raw if raw is not None else {}
        if raw is None:
            for actor_id, actor in self._built.items():
                fields = tuple(getattr(actor, name) for name in _ACTOR_FIELDS)
                roles = tuple(tuple(getattr(role, name) for name in _ROLE_FIELDS) for role in actor.roles)
                self._raw[actor_id] = (*fields, roles)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_actor_table, (self._raw,))

    def __getitem__(self, actor_id: str) -> Actor:
        found = self._built.get(actor_id)
        if found is None:
            raw = self._raw[actor_id]  # KeyError for an unknown id, as a dict
            values = dict(zip(_ACTOR_FIELDS, raw[:-1], strict=True))
            found = Actor(**values, roles=tuple(Role(*role) for role in raw[-1]))
            self._built[actor_id] = found
        return found

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def with_roles(self) -> list[str]:
        """Ids of the actors that hold some role, without building every actor."""
        return [actor_id for actor_id, raw in self._raw.items() if raw[-1]]

    def person_roles_by_country(self) -> dict[str, list[tuple[str, RoleFields]]]:
        """Every role a person holds, as (person id, role fields), by the role's country code, without
        building the actors or roles (:func:`role_from_fields` builds one): the office lookups need a
        country's few hundred roles, and building all 20,000 role-holders takes half a second."""
        by_country: dict[str, list[tuple[str, RoleFields]]] = {}
        for actor_id, raw in self._raw.items():
            if raw[-1] and raw[_TYPE_AT] == "PER":
                for fields in raw[-1]:
                    if fields[_ROLE_COUNTRY_AT]:
                        by_country.setdefault(fields[_ROLE_COUNTRY_AT], []).append((actor_id, fields))
        return by_country


def role_from_fields(fields: RoleFields) -> Role:
    """The :class:`Role` of a stored role's fields (:meth:`ActorTable.person_roles_by_country`)."""
    return Role(*fields)


def role_sector(fields: RoleFields) -> str | None:
    """The sector of a stored role's fields, without building the role."""
    sector: str | None = fields[_ROLE_SECTOR_AT]
    return sector


def _actor_table(raw: dict[str, tuple[Any, ...]]) -> ActorTable:
    return ActorTable(raw=raw)


IMPORTED_DIR = "imported"  # under the data directory: dictionaries imported by ``khabar kb import``
IMPORTED_SUFFIX = ".tabari.jsonl"
AGENTS_SUFFIX = ".agents.jsonl"  # generic agents (``khabar kb import --format tabari-agents``)


def read_agents(paths: Iterable[Path], schema: Schema) -> dict[str, tuple[str, str]]:
    """Generic agents: lower-case word form ("police", "riot police", "policemen") → (CAMEO sector,
    agent code), from ``*.agents.jsonl`` files; the first file naming a form wins."""
    import json

    agents: dict[str, tuple[str, str]] = {}
    for path in paths:
        problems: list[str] = []
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise KnowledgeBaseError(str(path), [f"cannot read file: {exc.strerror or exc}"]) from exc
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                forms, sector, code = record["forms"], record["sector"], record.get("code", record["sector"])
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                problems.append(f"line {number}: not an agent record ({exc})")
                continue
            if sector not in schema.sectors or not isinstance(forms, list):
                problems.append(f"line {number}: sector {sector!r} is not a CAMEO sector or forms not a list")
                continue
            for form in forms:
                if isinstance(form, str) and form.strip():
                    agents.setdefault(form.strip().casefold(), (sector, code))
        if problems:
            raise KnowledgeBaseError(str(path), problems)
    return agents


def _read_actor_files(paths: Iterable[Path], schema: Schema, origin: dict[str, Path]) -> list[Actor]:
    """The actors of ``paths``; ``origin`` (id → file, shared across calls) catches an id defined twice."""
    actors: list[Actor] = []
    for path in paths:
        for actor in load_actor_file(path, schema):
            if actor.id in origin:
                raise KnowledgeBaseError(
                    str(path), [f"actor id {actor.id!r} is already defined in {origin[actor.id]}"]
                )
            origin[actor.id] = path
            actors.append(actor)
    return actors


def shadow_imported(
    curated: list[Actor], imported: list[Actor]
) -> tuple[list[Actor], list[tuple[Actor, str]]]:
    """Split imported actors into those kept and those a curated actor of the same type already names
    (the imported name, or a full-name alias, equal to a curated name or alias in letters and digits,
    Latin script): (kept, [(left-out actor, curated id)])."""
    names: dict[tuple[str, str], str] = {}
    for actor in curated:
        for spelling in (actor.name, *actor.aliases):
            if spelling.isascii():
                names.setdefault((actor.type, _name_key(spelling)), actor.id)
    kept: list[Actor] = []
    shadowed: list[tuple[Actor, str]] = []
    for actor in imported:
        # its name in any length (XINHUA), its other spellings only when they are full names
        spellings = [actor.name, *(a for a in actor.aliases if len(a.split()) >= 2)]
        owner = next(
            (
                names[(actor.type, _name_key(s))]
                for s in spellings
                if s.isascii() and (actor.type, _name_key(s)) in names
            ),
            None,
        )
        if owner is None:
            kept.append(actor)
        else:
            shadowed.append((actor, owner))
    return kept, shadowed


_INITIAL_WORD = re.compile(r"^(?:[A-Z]\.?|(?:[A-Z]\.){2,3})$")  # "C.", "C", "C.P." (not "CP": an acronym)


def initials_spellings(spelling: str) -> tuple[str, ...]:
    """The other ways news writes a name that begins with two or more initials: "C. P. Joshi" is
    also "C P Joshi", "CP Joshi" and "C.P. Joshi" (Indian papers drop the dots and spaces). A name
    with one initial is left alone ("A Raja" would meet the article "a"); the last word is the name."""
    words = spelling.split()
    count = 0  # leading words that are initials (never the last word)
    while count < len(words) - 1 and _INITIAL_WORD.match(words[count]):
        count += 1
    letters = [ch for word in words[:count] for ch in word if ch != "."]
    if len(letters) < 2 or len(words[count]) < 2:
        return ()
    tail = " ".join(words[count:])
    forms = (
        " ".join(f"{c}." for c in letters),
        " ".join(letters),
        "".join(letters),
        "".join(f"{c}." for c in letters),
    )
    return tuple(dict.fromkeys(f"{form} {tail}" for form in forms if f"{form} {tail}" != spelling))


def _person_spellings(actor: Actor, spelling: str) -> tuple[str, ...]:
    """A person's name as written with its initials in the other usual ways (organisations keep theirs)."""
    return initials_spellings(spelling) if actor.type == "PER" else ()


def _name_key(spelling: str) -> str:
    """Letters and digits only, lower case, words single-spaced: "Bashar al-Assad" = "BASHAR AL ASSAD"."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", spelling.casefold()).split())


# Words that make an imported alias a role or a government rather than a name (Phoenix lists "BUSH
# ADMINISTRATION" and "PRESIDENT BUSH" as synonyms of the person): such aliases are found by search only.
_ROLE_WORDS = frozenset(
    [
        "administration",
        "government",
        "regime",
        "cabinet",
        "camp",
        "president",
        "vice",
        "prime",
        "minister",
        "premier",
        "king",
        "queen",
        "prince",
        "general",
        "chancellor",
        "leader",
        "chairman",
        "secretary",
        "senator",
        "governor",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
    ]
)


def imported_matchable(actor: Actor) -> tuple[str, ...]:
    """The aliases of an imported actor the mention finder may use in running text: names of two or
    more words, and acronyms of three or more capitals (a single imported word such as a surname is
    too ambiguous to mark in text; ``search`` still finds it)."""
    out = []
    for spelling in (actor.name, *actor.aliases):
        words = spelling.split()
        if _ROLE_WORDS & {w.casefold().strip(".,'’") for w in words}:
            continue  # "Bush Administration", "President Bush": a role or a government, not the name
        letters = [ch for ch in spelling if ch.isalpha()]
        if len(words) >= 2 or (len(letters) >= 3 and all(ch.isupper() for ch in letters)):
            out.append(spelling)
    return tuple(out)


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


_WORD_MASK: dict[int, str] = {}  # str.translate table: code point → "1" (word character) or "0"
_WORD_MASKED: set[str] = set()  # the characters in it
_WORD_RUN_RE = re.compile("1+")


def _word_mask(text: str) -> str:
    """``text`` with each word character (:func:`_is_word_char`) as "1" and any other as "0"."""
    for ch in set(text).difference(_WORD_MASKED):
        _WORD_MASK[ord(ch)] = "1" if _is_word_char(ch) else "0"
        _WORD_MASKED.add(ch)
    return text.translate(_WORD_MASK)


@dataclass(slots=True)
class _WordRuns:
    """Runs of word characters (:func:`_is_word_char`) found by one regex over the text itself: a class
    of the characters seen so far that are none (as few as the punctuation and spaces of the texts
    read), each character classified on first sight. Every character of a text is seen before its
    scan, so the runs are those of ``_word_mask``'s "1"s, without the translate that makes the mask."""

    seen: set[str] = field(default_factory=lambda: {"\x00"})
    # the characters seen that are no word character (NUL, none, keeps the class valid)
    gaps: set[str] = field(default_factory=lambda: {"\x00"})
    regex: re.Pattern[str] = re.compile("[^\x00]+")

    def __call__(self, text: str) -> list[tuple[int, int]]:
        new = set(text).difference(self.seen)
        if new:
            self.seen.update(new)
            gaps = {ch for ch in new if not _is_word_char(ch)}
            if gaps:
                self.gaps.update(gaps)
                self.regex = re.compile("[^" + "".join(map(re.escape, sorted(self.gaps))) + "]+")
        return [run.span() for run in self.regex.finditer(text)]


_word_runs = _WordRuns()


def _ends_from(runs: list[tuple[int, int]], r: int, n: int) -> Iterator[int]:
    """The positions after the start of word run ``runs[r]`` that cut no word, ascending, up to the
    text's length ``n``: each run's end, then every position of the gap up to the next run's start
    (or to ``n``). Lazily: an alias scan stops at its first piece that begins no alias."""
    for k in range(r, len(runs)):
        yield from range(runs[k][1], (runs[k + 1][0] if k + 1 < len(runs) else n) + 1)


def _cuts_word(text: str, position: int) -> bool:
    """True when ``position`` falls inside a word (between two word characters)."""
    return 0 < position < len(text) and _is_word_char(text[position - 1]) and _is_word_char(text[position])


def _case_of(spelling: str) -> str | None:
    letters = [ch for ch in spelling if ch.isalpha()]
    if not letters or not any(ch.isupper() or ch.islower() for ch in letters):
        return None  # uncased script (Devanagari, CJK, …)
    if len(letters) >= 2 and all(not ch.islower() for ch in letters):
        return "upper"
    if letters[0].isupper():
        return "title"
    return None


def _case_ok(constraint: str | None, original: str) -> bool:
    if constraint is None:
        return True
    letters = [ch for ch in original if ch.isalpha()]
    if not letters:
        return True
    if constraint == "upper":
        return not any(ch.islower() for ch in letters)
    return not letters[0].islower()


@dataclass(slots=True)
class KnowledgeBase:
    actors: ActorTable
    alias_index: dict[str, tuple[str, ...]]
    match_index: dict[str, _MatchEntry]
    prefixes: frozenset[str]
    demonyms: dict[str, tuple[str, ...]]
    max_key_length: int
    transliterator: Transliterator
    _fuzzy: _FuzzyIndex | None = field(default=None, repr=False)
    # memo of ``search`` results per (query, limit, min_score); cleared when it grows past _MEMO_SIZE
    _search_memo: dict[tuple[str, int, float], Sequence[tuple[str, float]]] = field(
        default_factory=dict, repr=False
    )
    _reach_memo: dict[tuple[str, float], bool] = field(default_factory=dict, repr=False)
    # a vocabulary word → for each of its folded keys' top-5 candidate keys by WRatio, (WRatio, blend
    # score): what ``may_score`` computes for it, for any threshold (built with the KB, see reach_table)
    _reach_table: dict[str, tuple[tuple[float, float], ...]] = field(default_factory=dict, repr=False)
    _rank: dict[str, int] | None = field(default=None, repr=False)  # actor id → load order
    # imported actors left out because a curated actor has the same name: (imported, curated id)
    shadowed: list[tuple[Actor, str]] = field(default_factory=list, repr=False)
    # generic agents (Phoenix agents dictionary): word form → (sector, agent code); see read_agents
    agents: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)
    # English spellings of name words (kb/data/name_vocabulary.tsv) for names the KB does not know
    speller: NameSpeller = field(default_factory=NameSpeller, repr=False)
    # (transliterator, speller, vocabulary word → ``romanise_word``'s answer made with those two): built
    # with the KB (see romanisation_table); used only while the KB still holds that very pair
    _romanised: tuple[Transliterator | None, NameSpeller | None, dict[str, str]] = field(
        default_factory=lambda: (None, None, {}), repr=False
    )
    # (transliterator, speller, word → ``romanise_word``'s answer made with those two) for the words the
    # table above lacks (an article's new names, asked by the mention finder and again by the linker);
    # started afresh when the pair changes or it holds _MEMO_SIZE words; not carried in the cache
    _romanise_memo: tuple[Transliterator | None, NameSpeller | None, dict[str, str]] = field(
        default_factory=lambda: (None, None, {}), repr=False
    )
    # (transliterator, search index, (query, limit, min_score) → ``_search``'s answer made with those
    # two): the permanent part of ``_search_memo``, built with the KB for the questions a first-seen
    # article asks most (see search_table); used only while the KB still holds that very pair
    _searched: tuple[
        Transliterator | None, _FuzzyIndex | None, dict[tuple[str, int, float], tuple[tuple[str, float], ...]]
    ] = field(default_factory=lambda: (None, None, {}), repr=False)
    # (transliterator, the memo entries of the Hindi vocabulary's and the KB's Devanagari words made
    # with it: ``khabar.text.translit.reading_table``): built with the KB, put into the
    # transliterator's memos when the KB is loaded (``remember_readings``)
    _readings: tuple[Transliterator | None, ReadingTable] = field(
        default_factory=lambda: (None, {}), repr=False
    )
    # the key of the cache this KB was loaded from or written to (``khabar.kb.cache.cache_key``; '' when
    # it was built without one): what the mention finder's precomputed word facts are keyed by
    # (stages/mentions/seeds.py)
    cache_key: str = field(default="", repr=False)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(
        cls,
        extra_files: Iterable[str | Path] = (),
        *,
        data_dir: Path = DATA_DIR,
        user_dir: Path | None = None,
        read_user_dir: bool = True,
        generated: bool = True,
        imported: bool = True,
        use_cache: bool = True,
        min_population: int = DEFAULT_MIN_POPULATION,
        match_languages: tuple[str, ...] | None = None,
        schema: Schema | None = None,
        transliterator: Transliterator | None = None,
        rebuild_into: Path | None = None,
    ) -> KnowledgeBase:
        """Load the shipped actors (``data_dir/actors/*.toml``), the imported dictionaries
        (``data_dir/imported/*.tabari.jsonl``, see ``khabar.kb.tabari``), the user KB directory,
        ``extra_files`` and (unless ``generated=False``) the generated countries, cities and demonyms.

        The built knowledge base, search index included, is cached as a pickle keyed by every input
        file, the load options and the code that builds it (see :func:`khabar.kb.cache.load_cached`):
        ``khabar kb build`` (run by scripts/install.sh) writes it beside the package data, so a process
        loads it instead of building it. Imported actors that a curated actor already names are left
        out (curated data is authoritative); ``khabar kb validate`` lists them with their conflicts.

        ``match_languages`` (default: the codes of the shipped language packs) are the languages whose
        CLDR country names the mention finder may match; ``transliterator`` (default: the shipped
        packs') reads names across scripts — the pipeline passes both from its own packs.

        Raises KnowledgeBaseError when a file is malformed or an actor id is defined twice.
        """
        files = sorted((data_dir / "actors").glob("*.toml"))
        imported_files = sorted((data_dir / IMPORTED_DIR).glob(f"*{IMPORTED_SUFFIX}")) if imported else []
        imported_files += sorted((data_dir / IMPORTED_DIR).glob(f"*{AGENTS_SUFFIX}")) if imported else []
        if read_user_dir:
            directory = user_dir or user_kb_dir()
            if directory.is_dir():
                for path in sorted(directory.iterdir()):
                    if path.name.endswith((IMPORTED_SUFFIX, AGENTS_SUFFIX)):
                        imported_files.append(path)
                    elif path.suffix.lower() in SUPPORTED_SUFFIXES:
                        files.append(path)
        files += [Path(p) for p in extra_files]
        languages = tuple(match_languages) if match_languages is not None else default_match_languages()
        reader = transliterator or default_transliterator()

        def build() -> KnowledgeBase:
            return cls._load_files(
                files,
                imported_files,
                data_dir,
                generated,
                use_cache,
                min_population,
                languages,
                schema,
                reader,
            )

        if not use_cache or schema is not None:
            return build()
        from khabar.kb.cache import load_cached, transliterator_key

        # the search index is built with the transliterator: its letter names are part of the key
        options = repr((generated, min_population, languages, transliterator_key(reader)))
        return load_cached(files, imported_files, data_dir, options, build, write_to=rebuild_into)

    def remember_readings(self) -> None:
        """Put the word readings built with the KB (``_readings``) into its transliterator's memos
        (called when the KB is loaded, :func:`khabar.kb.cache.load_cached`)."""
        transliterator, readings = self._readings
        if transliterator is self.transliterator:
            _remember_in_memos(transliterator, readings)

    @classmethod
    def _load_files(
        cls,
        files: list[Path],
        imported_files: list[Path],
        data_dir: Path,
        generated: bool,
        use_cache: bool,
        min_population: int,
        match_languages: tuple[str, ...],
        schema: Schema | None,
        transliterator: Transliterator,
    ) -> KnowledgeBase:
        schema = schema or default_schema()
        origin: dict[str, Path] = {}
        curated = _read_actor_files(files, schema, origin)

        matchable: dict[str, tuple[str, ...]] = {}
        demonyms: dict[str, tuple[str, ...]] = {}
        generated_actors: list[Actor] = []
        if generated:
            data = load_generated(data_dir, min_population, match_languages, use_cache)
            generated_actors, matchable, demonyms = data.actors, data.matchable, data.demonyms
        agent_files = [p for p in imported_files if p.name.endswith(AGENTS_SUFFIX)]
        imported_files = [p for p in imported_files if not p.name.endswith(AGENTS_SUFFIX)]
        imported_actors = _read_actor_files(imported_files, schema, origin)
        kept, shadowed = shadow_imported(curated, imported_actors)
        for actor in kept:
            matchable[actor.id] = imported_matchable(actor)
        actors = [*curated, *generated_actors, *kept]
        kb = cls.build(actors, matchable=matchable, demonyms=demonyms, transliterator=transliterator)
        kb.shadowed = shadowed
        kb.agents = read_agents(agent_files, schema)
        kb.speller = NameSpeller.load(
            data_dir / NAME_VOCABULARY_FILE, *(data_dir / name for name in NAME_LIST_FILES)
        )
        kb._build_fuzzy()  # ahead of time: the cached KB carries its search index
        kb._reach_table = kb.reach_table(_vocabulary_words(match_languages))
        words = _vocabulary_words(match_languages, min_length=1)
        kb._romanised = (kb.transliterator, kb.speller, kb.romanisation_table(words))
        # the mention finder's place test (``_place_before_locative``) searches the vocabulary words
        # that may score PLACE_QUESTION's reach; a first-seen article asks about a few dozen of them
        reach, limit, min_score = PLACE_QUESTION
        asked = [w for w in _vocabulary_words(match_languages) if kb.may_score(w, reach)]
        kb._reach_memo.clear()  # not carried in the cache
        kb._romanise_memo = (None, None, {})
        kb._searched = (kb.transliterator, kb._fuzzy, kb.search_table(asked, limit, min_score))
        # the words a first-seen article reads most: every Devanagari word of the vocabulary and of the
        # KB's names (the linker reads each name word; a reading costs ~0.1 ms, a table look-up µs)
        deva_words = {w for key in kb.alias_index for w in key.split() if _DEVANAGARI_WORD.fullmatch(w)}
        deva_words.update(w for w in words if _DEVANAGARI_WORD.fullmatch(w))
        kb._readings = (kb.transliterator, reading_table(kb.transliterator, sorted(deva_words)))
        return kb

    @classmethod
    def build(
        cls,
        actors: Iterable[Actor],
        *,
        matchable: dict[str, tuple[str, ...]] | None = None,
        demonyms: dict[str, tuple[str, ...]] | None = None,
        transliterator: Transliterator | None = None,
    ) -> KnowledgeBase:
        """Index ``actors``. ``matchable`` restricts, per actor id, the aliases the mention finder uses
        (default: name + all aliases); ``demonyms`` maps a country actor id to its adjectives."""
        matchable = matchable or {}
        demonyms = {k: v for k, v in (demonyms or {}).items()}
        by_id: dict[str, Actor] = {}
        alias_ids: dict[str, dict[str, None]] = {}
        match_names: dict[str, dict[str, None]] = {}
        match_demonyms: dict[str, dict[str, None]] = {}
        spellings: dict[str, list[str]] = {}

        def add(index: dict[str, dict[str, None]], spelling: str, actor_id: str) -> str:
            key = match_key(spelling)
            if key:
                index.setdefault(key, {})[actor_id] = None
            return key

        for actor in actors:
            if actor.id in by_id:
                raise KnowledgeBaseError(
                    actor.source_file or "knowledge base", [f"duplicate actor id {actor.id!r}"]
                )
            by_id[actor.id] = actor
            for spelling in (actor.name, *actor.aliases):
                for written in (spelling, *_person_spellings(actor, spelling)):
                    add(alias_ids, written, actor.id)
            for spelling in matchable.get(actor.id, (actor.name, *actor.aliases)):
                for written in (spelling, *_person_spellings(actor, spelling)):
                    key = add(match_names, written, actor.id)
                    spellings.setdefault(key, []).append(written)
        for actor_id, words in demonyms.items():
            if actor_id not in by_id:
                continue  # a demonym of a code pycountry does not know: nothing to point at
            for word in words:
                add(alias_ids, word, actor_id)
                key = add(match_demonyms, word, actor_id)
                spellings.setdefault(key, []).append(word)

        match_index: dict[str, _MatchEntry] = {}
        for key in sorted(set(match_names) | set(match_demonyms)):  # sorted: same order under any hash seed
            names = match_names.get(key, {})
            ids = tuple(dict.fromkeys([*names, *match_demonyms.get(key, {})]))
            cases = {_case_of(s) for s in spellings.get(key, [])}
            case = cases.pop() if len(cases) == 1 else ("title" if cases == {"upper", "title"} else None)
            match_index[key] = (ids, not names, case)

        prefixes = {key[:i] for key in match_index for i in range(1, len(key) + 1) if not _cuts_word(key, i)}
        return cls(
            actors=ActorTable(by_id),
            alias_index={key: tuple(ids) for key, ids in alias_ids.items()},
            match_index=match_index,
            prefixes=frozenset(prefixes),
            demonyms=demonyms,
            max_key_length=max((len(k) for k in match_index), default=0),
            transliterator=transliterator or default_transliterator(),
        )

    # ------------------------------------------------------------------ access
    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def _actor(self, actor: Actor | str) -> Actor:
        if isinstance(actor, Actor):
            return actor
        found = self.actors.get(actor)
        if found is None:
            raise KeyError(f"no actor {actor!r} in the knowledge base")
        return found

    def lookup(self, alias: str) -> list[Actor]:
        """Actors with exactly this alias (after normalisation), curated first, then countries, cities."""
        return [self.actors[i] for i in self.alias_index.get(match_key(alias), ())]

    def country(self, code: str) -> Actor | None:
        """The generated country actor for an alpha-3 code."""
        return self.actors.get(f"country:{code.upper()}")

    def city_location(self, actor: Actor | str) -> tuple[float, float] | None:
        """(lat, lon) of a city actor; None for anything without coordinates."""
        found = self._actor(actor)
        if found.lat is None or found.lon is None:
            return None
        return found.lat, found.lon

    # ------------------------------------------------------------------ roles and codes
    def role_at(self, actor: Actor | str, date: DateLike | None = None) -> Role | None:
        """The role held at ``date`` (a date, datetime or partial ISO string such as "2024-05").

        ``date=None`` means now: the roles without an end. When several roles cover the date
        (concurrent posts, or partial dates), a role in the actor's own sector wins (Wang Yi: foreign
        minister, GOV, over his party post), then the most recently started one; ties keep file order.
        """
        found = self._actor(actor)
        if date is None:
            candidates = [role for role in found.roles if not role.end]
        else:
            first, last = date_range(date)
            candidates = [role for role in found.roles if role.covers(first, last)]
        if not candidates:
            return None
        # max() keeps the first of equals, i.e. file order
        return max(candidates, key=lambda role: (role.sector == found.sector, role.first_day()))

    def actor_code(self, actor: Actor | str, date: DateLike | None = None) -> str | None:
        """CAMEO-style actor code: country + sector of the role held at ``date`` (RUSGOV, RUSMIL).

        Countries and cities give their bare alpha-3 code (CHN). Without a role at that date the
        actor's own country and sector are used. None when neither is known.
        """
        found = self._actor(actor)
        if found.type == "GPE" and (found.is_country or found.is_city):
            return found.country
        role = self.role_at(found, date)
        country = (role.country if role and role.country else None) or found.country
        sector = (role.sector if role and role.sector else None) or found.sector
        if country and sector == country:
            sector = None
        code = (country or "") + (sector or "")
        return code or None

    # ------------------------------------------------------------------ mention finding
    def find_alias_matches(self, text: str) -> list[AliasMatch]:
        """Known aliases in ``text``: leftmost-longest, non-overlapping, never cutting a word.

        Matching is over normalised text (``normalize_with_map``); spans are mapped back to ORIGINAL
        offsets. A match must start and end at a word boundary, so चीन does not match inside चीनी
        (a vowel sign is part of the word) while शोइगु in "शोइगु ने" does. Latin aliases that are
        capitalised (or all capitals) only match text that is too.
        """
        norm, mapping = normalize_with_map(text)
        matches: list[AliasMatch] = []
        n = len(norm)
        # the word runs, where a match may begin; the positions that do not cut a word (where a match
        # may end) are read from them as needed (``_ends_from``)
        runs = _word_runs(norm)
        prefixes, match_index = self.prefixes, self.match_index
        position = 0  # where the scan stands: a match may begin at the first word run from here
        for r, (run_start, run_end) in enumerate(runs):
            if run_start < position:
                continue  # inside the last match
            position = run_start
            limit = min(n, position + self.max_key_length)
            if run_end > limit or norm[position:run_end] not in prefixes:
                position = run_end  # (the loop below would stop at its first end: no candidate)
                continue
            candidates: list[tuple[int, _MatchEntry]] = []
            for end in _ends_from(runs, r, n):
                if end > limit:
                    break
                piece = norm[position:end]
                if piece not in prefixes:
                    break
                entry = match_index.get(piece)
                if entry is not None:
                    candidates.append((end, entry))
            chosen = None
            for end, (actor_ids, demonym, case) in reversed(candidates):
                start_o, end_o = map_span(mapping, position, end)
                if _case_ok(case, text[start_o:end_o]):
                    chosen = AliasMatch(start_o, end_o, list(actor_ids), demonym)
                    position = end
                    break
            if chosen is None:
                position = run_end  # skip to the end of this word
            else:
                matches.append(chosen)
        return matches

    # ------------------------------------------------------------------ search
    def _build_fuzzy(self) -> _FuzzyIndex:
        keys: dict[str, dict[str, None]] = {}
        for key, (actor_ids, _, _) in self.match_index.items():
            for actor_id in actor_ids:
                for folded in latin_keys(key, self.transliterator):
                    keys.setdefault(folded, {})[actor_id] = None
                if key.isascii():
                    for variant in self.transliterator.latin_variants(key, self.actors[actor_id].country):
                        keys.setdefault(latin_key(variant, self.transliterator), {})[actor_id] = None
        self._fuzzy = _FuzzyIndex.build(list(keys), [tuple(ids) for ids in keys.values()])
        self._rank = {actor_id: i for i, actor_id in enumerate(self.actors)}  # curated first
        return self._fuzzy

    def search(self, query: str, limit: int = 10, min_score: float = 60.0) -> list[tuple[Actor, float]]:
        """Actors whose names best match ``query`` (any script), best first, with a 0–100 score.

        Exact alias matches score 100. Then the query and every matchable alias are reduced to a
        folded Latin key (Devanagari is transliterated, see ``khabar.text.latin_key``); the aliases
        that rapidfuzz's WRatio ranks highest are rescored by spelling blended with a Metaphone
        comparison (jellyfish); fuzzy scores stay below 100.
        """
        memo_key = (query, limit, float(min_score))
        found = self._search_memo.get(memo_key)
        if found is None:
            transliterator, index, table = self._searched
            if transliterator is self.transliterator and index is self._fuzzy:
                found = table.get(memo_key)
        if found is None:
            found = self._search(query, limit, min_score)
            if len(self._search_memo) >= _MEMO_SIZE:
                self._search_memo.clear()
            self._search_memo[memo_key] = found
        return [(self.actors[actor_id], score) for actor_id, score in found]

    def may_score(self, query: str, min_score: float) -> bool:
        """False only when no actor can score ``min_score`` or more in ``search(query)``, whatever
        the ``limit``: a cheap test on character counts that lets a caller skip a hopeless search.
        True means that one might (then call ``search``)."""
        memo_key = (query, float(min_score))
        found = self._reach_memo.get(memo_key)
        if found is None:
            reach = self._reach_table.get(query)
            if min_score <= 100.0 and self.lookup(query):
                found = True  # an exact alias scores 100
            elif reach is not None:
                found = _FuzzyIndex.reached(reach, min(min_score, 99.0))
            else:
                index = self._fuzzy or self._build_fuzzy()
                folded_keys = latin_keys(query, self.transliterator)
                found = any(index.may_reach(folded, min(min_score, 99.0)) for folded in folded_keys)
            if len(self._reach_memo) >= _MEMO_SIZE:
                self._reach_memo.clear()
            self._reach_memo[memo_key] = found
        return found

    def reach_table(self, words: Iterable[str]) -> dict[str, tuple[tuple[float, float], ...]]:
        """``may_score``'s evidence for each of ``words`` (a language's common words, which are what
        it is mostly asked about), computed once with the KB so that a first-seen article finds it
        by a dict lookup: the (WRatio, blend score) of each folded key's 5 best candidates, which
        answer ``may_score`` exactly for any threshold (:meth:`_FuzzyIndex.reached`)."""
        index = self._fuzzy or self._build_fuzzy()
        table: dict[str, tuple[tuple[float, float], ...]] = {}
        for word in words:
            pairs: list[tuple[float, float]] = []
            for folded in latin_keys(word, self.transliterator):
                pairs.extend(index.reach_pairs(folded))
            table[word] = tuple(pairs)
        return table

    def search_table(
        self, words: Iterable[str], limit: int, min_score: float
    ) -> dict[tuple[str, int, float], tuple[tuple[str, float], ...]]:
        """``_search``'s answer for each of ``words`` with this ``limit`` and ``min_score``, keyed as
        ``search`` remembers it (``khabar kb build`` stores it, see ``_searched``); tuples of atoms,
        which the cyclic GC untracks."""
        min_score = float(min_score)
        return {(w, limit, min_score): tuple(self._search(w, limit, min_score)) for w in words}

    def romanise_word(self, word: str) -> str:
        """``word`` (Devanagari) romanised as a name, each word as English text spells that name: the
        transliterator's ``romanise_name`` with the speller's respelling ("सुनील" → "Sunil"). A word
        of the shipped packs' vocabularies is answered from a table built with the KB (a first-seen
        article asks about hundreds of them; each costs ~0.1 ms to romanise)."""
        transliterator, speller, table = self._romanised
        if transliterator is self.transliterator and speller is self.speller:
            found = table.get(word)
            if found is not None:
                return found
        transliterator, speller, memo = self._romanise_memo
        stale = transliterator is not self.transliterator or speller is not self.speller
        if stale or len(memo) >= _MEMO_SIZE:
            memo = {}
            self._romanise_memo = (self.transliterator, self.speller, memo)
        found = memo.get(word)
        if found is None:
            found = memo[word] = self._romanise(word)
        return found

    def _romanise(self, word: str) -> str:
        speller = self.speller
        return self.transliterator.romanise_name(word, lambda _word, latin: speller.respell(latin))

    def romanisation_table(self, words: Iterable[str]) -> dict[str, str]:
        """``romanise_word``'s answer for each of ``words``, computed with this KB's transliterator and
        speller (``khabar kb build`` stores it for the packs' vocabulary words)."""
        return {word: self._romanise(word) for word in words}

    def best_hit(self, query: str, accept: float, min_score: float = 60.0) -> tuple[Actor, float] | None:
        """The first hit of ``search(query, 1, min_score)`` when its score before rounding is ``accept``
        or more, else None; not remembered (the caller keeps what it needs). The same hits are scored,
        but a hit that cannot reach ``accept`` is not given its sound score (for a caller that takes
        only a hit of some high score, such as the linker's person search)."""
        found = self._search(query, 1, min_score, accept)
        return (self.actors[found[0][0]], found[0][1]) if found else None

    def _search(
        self, query: str, limit: int, min_score: float, accept: float | None = None
    ) -> list[tuple[str, float]]:
        # ``accept``: the lowest score returned (``min_score`` by default), ``min_score`` still choosing
        # the candidates (``index.top``'s WRatio cutoff), so the hits at ``accept`` or more are those
        # of a search without it
        accept = min_score if accept is None else max(accept, min_score)
        scores: dict[str, float] = {}
        for actor in self.lookup(query):
            scores[actor.id] = 100.0
        index = self._fuzzy or self._build_fuzzy()
        # the ``limit``-th best score so far (None while fewer are known), kept up to date when
        # ``scores`` changes rather than recomputed for every hit
        bar = heapq.nlargest(limit, scores.values())[-1] if 0 < limit <= len(scores) else None
        for folded in latin_keys(query, self.transliterator):
            sound = _sound_key(folded)
            folded_words = folded.split()
            for position, _prefilter in index.top(folded, max(limit * 5, 25), min_score * 0.8):
                # blend_score's sum, its sound part only when it can still matter: ``ceiling`` is the
                # score with a perfect sound match; a hit that cannot reach ``min_score``, or the
                # ``limit``-th best score so far, changes nothing that is returned
                spelling = _name_similarity(folded, folded_words, index.keys[position])
                ceiling = min(99.0, 0.7 * spelling + 0.3 * 100.0)
                if ceiling < accept or (bar is not None and ceiling < bar):
                    continue
                score = min(99.0, 0.7 * spelling + 0.3 * name_similarity(sound, index.sounds[position]))
                if score < accept:
                    continue
                changed = False
                for actor_id in index.ids[position]:
                    if score > scores.get(actor_id, 0.0):
                        scores[actor_id] = score
                        changed = True
                if changed and 0 < limit <= len(scores):
                    bar = heapq.nlargest(limit, scores.values())[-1]
        if self._rank is None:
            self._rank = {actor_id: i for i, actor_id in enumerate(self.actors)}  # curated first
        rank = self._rank
        ordered = sorted(scores.items(), key=lambda item: (-item[1], rank[item[0]]))
        return [(actor_id, round(score, 1)) for actor_id, score in ordered[:limit]]


_MEMO_SIZE = 50_000
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u097F]+")
# (reach, limit, min_score): the mention finder's place test asks ``may_score(word, reach)`` and then
# ``search(word, limit)`` (min_score the default) of a word before a locative (stages/mentions/pattern.py
# ``_PLACE_SCORE``): the KB carries those searches' answers for the vocabulary words (``_searched``)
PLACE_QUESTION = (95.0, 3, 60.0)


def _vocabulary_words(languages: Iterable[str], min_length: int = 3) -> list[str]:
    """The words of the shipped packs' vocabularies (``langpacks/<code>/vocabulary.tsv``) of
    ``languages`` of ``min_length`` letters or more (the default: those ``may_score`` may be asked
    about), sorted."""
    from khabar.text.vocabulary import VOCABULARY_FILE, load_vocabulary

    root = Path(__file__).resolve().parent.parent / "langpacks"
    words: set[str] = set()
    for code in languages:
        words.update(w for w in load_vocabulary(root / code / VOCABULARY_FILE) if len(w) >= min_length)
    return sorted(words)


@dataclass(slots=True)
class _FuzzyIndex:
    """The folded Latin keys of every matchable alias, with a character-trigram blocking index.

    A query's candidates are the keys that share the most trigrams with it (words padded with a
    space, so word starts and ends count): the posting lists of the query's trigrams are counted with
    numpy, the ``_CANDIDATES`` best-counted keys (ties: lower index) are scored with rapidfuzz WRatio
    and the ``limit`` best are returned. The cost grows with the posting lists of the query's
    trigrams, not with the number of keys; a key that shares no trigram with the query is never a
    candidate (such a key cannot score well on WRatio anyway).
    """

    keys: list[str]
    ids: list[tuple[str, ...]]
    grams: dict[str, tuple[int, int]]  # trigram → [start, end) in ``postings``
    postings: Any  # numpy int32: key indexes, grouped by trigram, ascending within a group
    sounds: list[str]  # ``_sound_key`` of each key, computed once at build time
    sizes: Any  # numpy float64: number of distinct trigrams of each key

    @classmethod
    def build(cls, keys: list[str], ids: list[tuple[str, ...]]) -> _FuzzyIndex:
        import numpy as np

        lists: dict[str, list[int]] = {}
        for row, key in enumerate(keys):
            for gram in _trigrams(key):
                lists.setdefault(gram, []).append(row)
        grams: dict[str, tuple[int, int]] = {}
        flat: list[int] = []
        for gram in sorted(lists):  # sorted: the same bytes under any hash seed
            grams[gram] = (len(flat), len(flat) + len(lists[gram]))
            flat.extend(lists[gram])
        sizes = np.asarray([len(_trigrams(key)) for key in keys], dtype=np.float64)
        return cls(
            keys, ids, grams, np.asarray(flat, dtype=np.int32), [_sound_key(key) for key in keys], sizes
        )

    def candidates(self, query: str) -> Any:
        """Indexes of the keys most like ``query`` by shared trigrams (Dice coefficient: a short key
        with all of the query's trigrams before a long one), at most ``_CANDIDATES``, ascending.

        Remembered for the last few hundred queries: ``may_score`` and then ``search`` ask for the
        same word's candidates one after the other."""
        memo = _CANDIDATE_MEMO.get(id(self))
        if memo is None or memo[0] is not self:
            _CANDIDATE_MEMO.clear()  # one index per process in practice
            memo = _CANDIDATE_MEMO[id(self)] = (self, {})
        found = memo[1].get(query)
        if found is None:
            found = self._candidates(query)
            if len(memo[1]) >= 512:
                memo[1].clear()
            memo[1][query] = found
        return found

    def _candidates(self, query: str) -> Any:
        import numpy as np

        query_grams = _trigrams(query)
        spans = sorted((self.grams[g] for g in query_grams if g in self.grams), key=lambda ab: ab[1] - ab[0])
        # the rarest trigrams say the most: very common ones (" an", "ar ") are counted only when the
        # query has too few others, which keeps the work per query small whatever the KB's size
        rare = [ab for ab in spans if ab[1] - ab[0] <= _COMMON_GRAM]
        spans = rare if len(rare) >= _MIN_GRAMS else spans[:_MIN_GRAMS]
        if not spans:
            return np.zeros(0, dtype=np.int64)
        hits = np.concatenate([self.postings[a:b] for a, b in spans])
        rows, counts = np.unique(hits, return_counts=True)  # rows ascending
        if len(rows) <= _CANDIDATES:
            return rows
        # the best by Dice; among equals the lower index (np.unique sorted the rows): every row above
        # the _CANDIDATES-th best Dice value, then the lowest rows at that value (a partition, not a sort)
        dice = counts / (self.sizes[rows] + len(query_grams))
        kth = len(dice) - _CANDIDATES
        threshold = np.partition(dice, kth)[kth]
        above = dice > threshold
        tied = np.flatnonzero(dice == threshold)[: _CANDIDATES - int(above.sum())]
        return np.sort(np.concatenate([rows[above], rows[tied]]))

    def may_reach(self, query: str, min_score: float) -> bool:
        """False when no candidate key can get a ``blend_score`` of ``min_score`` or more."""
        query_sound = None
        for row, _ in self.top(query, 5, min_score * 0.8):
            spelling = name_similarity(query, self.keys[row])
            if 0.7 * spelling + 0.3 * 100.0 < min_score:
                continue  # even a perfect sound match (the same sum as blend_score's) falls short
            if query_sound is None:
                query_sound = _sound_key(query)
            # blend_score's sum, with the key's sound computed when the index was built
            if 0.7 * spelling + 0.3 * name_similarity(query_sound, self.sounds[row]) >= min_score:
                return True
        return False

    def reach_pairs(self, query: str) -> list[tuple[float, float]]:
        """(WRatio, blend score) of the 5 best candidate keys by WRatio (those ``may_reach`` looks at
        for any threshold: its cutoff only drops the lower ones)."""
        query_sound = _sound_key(query)
        return [
            (
                wratio,
                0.7 * name_similarity(query, self.keys[row])
                + 0.3 * name_similarity(query_sound, self.sounds[row]),
            )
            for row, wratio in self.top(query, 5, 0.0)
        ]

    @staticmethod
    def reached(pairs: tuple[tuple[float, float], ...], min_score: float) -> bool:
        """``may_reach``'s answer from :meth:`reach_pairs`: a candidate past the WRatio cutoff
        (``min_score`` × 0.8) whose blend score is ``min_score`` or more."""
        return any(wratio >= min_score * 0.8 and blend >= min_score for wratio, blend in pairs)

    def top(self, query: str, limit: int, cutoff: float) -> list[tuple[int, float]]:
        """(key index, WRatio) of the ``limit`` best candidate keys scoring at least ``cutoff``: best
        first, ties by index."""
        if not query or not self.keys:
            return []
        rows = self.candidates(query).tolist()
        hits = process.extract(
            query, [self.keys[row] for row in rows], scorer=fuzz.WRatio, limit=limit, score_cutoff=cutoff
        )
        return [(rows[i], score) for _choice, score, i in hits]


_CANDIDATES = 200  # keys scored by WRatio per query (the best by shared trigrams)
# index (by id, kept alive beside its memo) → query → its candidate rows (a read-only numpy array)
_CANDIDATE_MEMO: dict[int, tuple[_FuzzyIndex, dict[str, Any]]] = {}
_COMMON_GRAM = 1000  # a trigram in more keys than this is left out of the count (unless needed)
_MIN_GRAMS = 3  # ... when fewer than this many rarer trigrams remain


def _trigrams(key: str) -> set[str]:
    padded = f" {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def blend_score(
    query_key: str, alias_key: str, query_sound: str | None = None, alias_sound: str | None = None
) -> float:
    """Fuzzy score (0-100) of two folded Latin keys: spelling similarity (70 %) blended with the
    similarity of their per-word Metaphone codes (30 %; pass them when already computed)."""
    spelling = name_similarity(query_key, alias_key)
    sound = name_similarity(
        _sound_key(query_key) if query_sound is None else query_sound,
        _sound_key(alias_key) if alias_sound is None else alias_sound,
    )
    return 0.7 * spelling + 0.3 * sound


def name_similarity(query: str, alias: str) -> float:
    """Similarity of two names, tolerant of a missing given name but not of a missing surname.

    The best of: whole-string ratio, word-order-free ratio, 0.95 x how well every query word is found
    in a longer alias ("jinping" in "xi jinping"), 0.8 x how well every alias word is found in a
    longer query (a short alias should not win on one shared word).
    """
    return _name_similarity(query, query.split(), alias)


def _name_similarity(query: str, query_words: list[str], alias: str) -> float:
    """``name_similarity`` with the query's words split once by the caller (a search compares one
    query with dozens of keys)."""
    alias_words = alias.split()
    best = max(fuzz.ratio(query, alias), fuzz.token_sort_ratio(query, alias))
    # a coverage is at most 100, so its weighted term cannot beat a ratio of 95 (80) or more: not computed
    if len(alias_words) > len(query_words):
        if best < 95.0:
            best = max(best, 0.95 * _coverage(query_words, alias_words))
    elif len(query_words) > len(alias_words) and best < 80.0:
        best = max(best, 0.8 * _coverage(alias_words, query_words))
    return best


def _coverage(words: list[str], others: list[str]) -> float:
    """Length-weighted mean, over ``words``, of each word's best ratio against ``others``."""
    total = sum(len(w) for w in words)
    if not total or not others:
        return 0.0
    # summed in word order, as ``sum`` of the per-word terms would be (the same float)
    weighted = 0.0
    for word in words:
        weighted += len(word) * process.extractOne(word, others, scorer=fuzz.ratio)[1]
    return weighted / total


def _sound_key(folded: str) -> str:
    """Metaphone code of each word (Metaphone of a whole multi-word string blurs word edges)."""
    import jellyfish

    return " ".join(jellyfish.metaphone(word) for word in folded.split())
