"""The knowledge base: curated actors + generated countries, cities and demonyms, with alias indexes.

Loaded once per process (``KnowledgeBase.load()``) and passed in; it pickles, so a process pool can
ship it to workers. Three indexes are built at load time:

* ``alias_index``: match key (see ``khabar.text.match_key``) → actor ids, over every alias in every
  language, canonical names and demonyms (demonyms point at their country) — for ``lookup``;
* ``match_index``: the same for the aliases the mention finder may use in running text (curated
  aliases, city names, country names in the match languages, demonyms), with a case constraint for
  Latin names so that "us" or "nice" in lower case do not match US or Nice;
* ``prefixes``: every prefix of a match key that ends at a word boundary, to stop the scan early.

The fuzzy index for ``search`` (transliterated, folded keys) is built on the first search.
"""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from khabar.errors import KnowledgeBaseError
from khabar.kb.generate import (
    DATA_DIR,
    DEFAULT_MATCH_LANGUAGES,
    DEFAULT_MIN_POPULATION,
    load_generated,
)
from khabar.kb.model import Actor, Role, date_range
from khabar.kb.validate import SUPPORTED_SUFFIXES, Schema, default_schema, load_actor_file
from khabar.text.normalize import map_span, match_key, normalize_with_map
from khabar.text.translit import Transliterator, default_transliterator, latin_key, latin_keys

DateLike = dt.date | dt.datetime | str


class AliasMatch(NamedTuple):
    """An alias found in text: ``[start, end)`` in the ORIGINAL text, the actor ids it names, and
    whether it was a demonym/adjective (रूसी, Chinese) rather than a name."""

    start: int
    end: int
    actor_ids: list[str]
    demonym: bool = False


@dataclass(frozen=True, slots=True)
class _MatchEntry:
    actor_ids: tuple[str, ...]
    demonym: bool
    case: str | None  # "upper" (acronym), "title" (capitalised name) or None


def user_kb_dir() -> Path:
    """Where ``khabar kb import`` puts user actor files: $KHABAR_KB_DIR or ~/.local/share/khabar/kb."""
    configured = os.environ.get("KHABAR_KB_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "khabar" / "kb"


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


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
    actors: dict[str, Actor]
    alias_index: dict[str, tuple[str, ...]]
    match_index: dict[str, _MatchEntry]
    prefixes: frozenset[str]
    demonyms: dict[str, tuple[str, ...]]
    max_key_length: int
    transliterator: Transliterator
    _fuzzy_keys: list[str] | None = field(default=None, repr=False)
    _fuzzy_ids: list[tuple[str, ...]] | None = field(default=None, repr=False)

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
        use_cache: bool = True,
        min_population: int = DEFAULT_MIN_POPULATION,
        match_languages: tuple[str, ...] = DEFAULT_MATCH_LANGUAGES,
        schema: Schema | None = None,
    ) -> KnowledgeBase:
        """Load the shipped actors (``data_dir/actors/*.toml``), the user KB directory, ``extra_files``
        and (unless ``generated=False``) the generated countries, cities and demonyms.

        Raises KnowledgeBaseError when a file is malformed or an actor id is defined twice.
        """
        schema = schema or default_schema()
        files = sorted((data_dir / "actors").glob("*.toml"))
        if read_user_dir:
            directory = user_dir or user_kb_dir()
            if directory.is_dir():
                files += sorted(p for p in directory.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES)
        files += [Path(p) for p in extra_files]

        curated: list[Actor] = []
        origin: dict[str, Path] = {}
        for path in files:
            for actor in load_actor_file(path, schema):
                if actor.id in origin:
                    raise KnowledgeBaseError(
                        str(path), [f"actor id {actor.id!r} is already defined in {origin[actor.id]}"]
                    )
                origin[actor.id] = path
                curated.append(actor)

        matchable: dict[str, tuple[str, ...]] = {}
        demonyms: dict[str, tuple[str, ...]] = {}
        generated_actors: list[Actor] = []
        if generated:
            data = load_generated(data_dir, min_population, tuple(match_languages), use_cache)
            generated_actors, matchable, demonyms = data.actors, data.matchable, data.demonyms
        return cls.build([*curated, *generated_actors], matchable=matchable, demonyms=demonyms)

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
                add(alias_ids, spelling, actor.id)
            for spelling in matchable.get(actor.id, (actor.name, *actor.aliases)):
                key = add(match_names, spelling, actor.id)
                spellings.setdefault(key, []).append(spelling)
        for actor_id, words in demonyms.items():
            if actor_id not in by_id:
                continue  # a demonym of a code pycountry does not know: nothing to point at
            for word in words:
                add(alias_ids, word, actor_id)
                key = add(match_demonyms, word, actor_id)
                spellings.setdefault(key, []).append(word)

        match_index: dict[str, _MatchEntry] = {}
        for key in set(match_names) | set(match_demonyms):
            names = match_names.get(key, {})
            ids = tuple(dict.fromkeys([*names, *match_demonyms.get(key, {})]))
            cases = {_case_of(s) for s in spellings.get(key, [])}
            case = cases.pop() if len(cases) == 1 else ("title" if cases == {"upper", "title"} else None)
            match_index[key] = _MatchEntry(ids, demonym=not names, case=case)

        prefixes = {key[:i] for key in match_index for i in range(1, len(key) + 1) if not _cuts_word(key, i)}
        return cls(
            actors=by_id,
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
        position = 0
        while position < n:
            if not _is_word_char(norm[position]) or _cuts_word(norm, position):
                position += 1
                continue
            candidates: list[tuple[int, _MatchEntry]] = []
            limit = min(n, position + self.max_key_length)
            for end in range(position + 1, limit + 1):
                if _cuts_word(norm, end):
                    continue
                piece = norm[position:end]
                if piece not in self.prefixes:
                    break
                entry = self.match_index.get(piece)
                if entry is not None:
                    candidates.append((end, entry))
            chosen = None
            for end, entry in reversed(candidates):
                start_o, end_o = map_span(mapping, position, end)
                if _case_ok(entry.case, text[start_o:end_o]):
                    chosen = AliasMatch(start_o, end_o, list(entry.actor_ids), entry.demonym)
                    position = end
                    break
            if chosen is None:
                # skip to the end of this word
                position += 1
                while position < n and _cuts_word(norm, position):
                    position += 1
            else:
                matches.append(chosen)
        return matches

    # ------------------------------------------------------------------ search
    def _build_fuzzy(self) -> None:
        keys: dict[str, dict[str, None]] = {}
        for key, entry in self.match_index.items():
            for actor_id in entry.actor_ids:
                for folded in latin_keys(key, self.transliterator):
                    keys.setdefault(folded, {})[actor_id] = None
                if key.isascii():
                    for variant in self.transliterator.latin_variants(key, self.actors[actor_id].country):
                        keys.setdefault(latin_key(variant, self.transliterator), {})[actor_id] = None
        self._fuzzy_keys = list(keys)
        self._fuzzy_ids = [tuple(ids) for ids in keys.values()]

    def search(self, query: str, limit: int = 10, min_score: float = 60.0) -> list[tuple[Actor, float]]:
        """Actors whose names best match ``query`` (any script), best first, with a 0–100 score.

        Exact alias matches score 100. Then the query and every matchable alias are reduced to a
        folded Latin key (Devanagari is transliterated, see ``khabar.text.latin_key``) and compared
        with rapidfuzz (WRatio) blended with a Metaphone comparison (jellyfish); fuzzy scores stay
        below 100.
        """
        from rapidfuzz import fuzz, process

        scores: dict[str, float] = {}
        for actor in self.lookup(query):
            scores[actor.id] = 100.0
        if self._fuzzy_keys is None:
            self._build_fuzzy()
        assert self._fuzzy_keys is not None and self._fuzzy_ids is not None
        for folded in latin_keys(query, self.transliterator):
            hits = process.extract(
                folded,
                self._fuzzy_keys,
                scorer=fuzz.WRatio,
                limit=max(limit * 5, 25),
                score_cutoff=min_score * 0.8,
            )
            for choice, _prefilter, index in hits:
                score = min(99.0, blend_score(folded, choice))
                if score < min_score:
                    continue
                for actor_id in self._fuzzy_ids[index]:
                    if score > scores.get(actor_id, 0.0):
                        scores[actor_id] = score
        rank = {actor_id: i for i, actor_id in enumerate(self.actors)}  # curated before generated
        ordered = sorted(scores.items(), key=lambda item: (-item[1], rank[item[0]]))
        return [(self.actors[actor_id], round(score, 1)) for actor_id, score in ordered[:limit]]


def blend_score(query_key: str, alias_key: str) -> float:
    """Fuzzy score (0-100) of two folded Latin keys: spelling similarity (70 %) blended with the
    similarity of their per-word Metaphone codes (30 %)."""
    spelling = name_similarity(query_key, alias_key)
    sound = name_similarity(_sound_key(query_key), _sound_key(alias_key))
    return 0.7 * spelling + 0.3 * sound


def name_similarity(query: str, alias: str) -> float:
    """Similarity of two names, tolerant of a missing given name but not of a missing surname.

    The best of: whole-string ratio, word-order-free ratio, 0.95 x how well every query word is found
    in a longer alias ("jinping" in "xi jinping"), 0.8 x how well every alias word is found in a
    longer query (a short alias should not win on one shared word).
    """
    from rapidfuzz import fuzz

    query_words, alias_words = query.split(), alias.split()
    best = max(fuzz.ratio(query, alias), fuzz.token_sort_ratio(query, alias))
    if len(alias_words) > len(query_words):
        best = max(best, 0.95 * _coverage(query_words, alias_words))
    elif len(query_words) > len(alias_words):
        best = max(best, 0.8 * _coverage(alias_words, query_words))
    return best


def _coverage(words: list[str], others: list[str]) -> float:
    """Length-weighted mean, over ``words``, of each word's best ratio against ``others``."""
    from rapidfuzz import fuzz

    total = sum(len(w) for w in words)
    if not total or not others:
        return 0.0
    return sum(len(w) * max(fuzz.ratio(w, o) for o in others) for w in words) / total


def _sound_key(folded: str) -> str:
    """Metaphone code of each word (Metaphone of a whole multi-word string blurs word edges)."""
    import jellyfish

    return " ".join(jellyfish.metaphone(word) for word in folded.split())
