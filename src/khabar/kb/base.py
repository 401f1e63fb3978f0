"""The knowledge base: curated actors + generated countries, cities and demonyms, with alias indexes.

Loaded once per process (``KnowledgeBase.load()``) and passed in; it pickles, so a process pool can
ship it to workers. Three indexes are built at load time:

* ``alias_index``: match key (see ``khabar.text.match_key``) → actor ids, over every alias in every
  language, canonical names and demonyms (demonyms point at their country) — for ``lookup``;
* ``match_index``: the same for the aliases the mention finder may use in running text (curated
  aliases, city names, country names in the match languages, demonyms), with a case constraint for
  Latin names so that "us" or "nice" in lower case do not match US or Nice;
* ``prefixes``: every prefix of a match key that ends at a word boundary, to stop the scan early.

The fuzzy index for ``search`` (transliterated, folded keys, see :class:`_FuzzyIndex`) is built on the
first search; results are memoised per query within the instance.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

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
    _fuzzy: _FuzzyIndex | None = field(default=None, repr=False)
    # memo of ``search`` results per (query, limit, min_score); cleared when it grows past _MEMO_SIZE
    _search_memo: dict[tuple[str, int, float], list[tuple[str, float]]] = field(
        default_factory=dict, repr=False
    )
    _reach_memo: dict[tuple[str, float], bool] = field(default_factory=dict, repr=False)
    _rank: dict[str, int] | None = field(default=None, repr=False)  # actor id → load order

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
        match_languages: tuple[str, ...] | None = None,
        schema: Schema | None = None,
        transliterator: Transliterator | None = None,
    ) -> KnowledgeBase:
        """Load the shipped actors (``data_dir/actors/*.toml``), the user KB directory, ``extra_files``
        and (unless ``generated=False``) the generated countries, cities and demonyms.

        ``match_languages`` (default: the codes of the shipped language packs) are the languages whose
        CLDR country names the mention finder may match; ``transliterator`` (default: the shipped
        packs') reads names across scripts — the pipeline passes both from its own packs.

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
            languages = tuple(match_languages) if match_languages is not None else default_match_languages()
            data = load_generated(data_dir, min_population, languages, use_cache)
            generated_actors, matchable, demonyms = data.actors, data.matchable, data.demonyms
        actors = [*curated, *generated_actors]
        return cls.build(actors, matchable=matchable, demonyms=demonyms, transliterator=transliterator)

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
        for key in sorted(set(match_names) | set(match_demonyms)):  # sorted: same order under any hash seed
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
        flags: dict[str, bool] = {}
        word = [flags[ch] if ch in flags else flags.setdefault(ch, _is_word_char(ch)) for ch in norm]
        # positions that do not cut a word (where a match may start or end), ascending; n included
        bounds = [p for p in range(1, n) if not (word[p - 1] and word[p])]
        bounds.append(n)
        prefixes, match_index = self.prefixes, self.match_index
        position = 0
        while position < n:
            following = bisect_right(bounds, position)  # index of the first boundary after position
            if not word[position]:
                position = bounds[following]
                continue
            candidates: list[tuple[int, _MatchEntry]] = []
            limit = min(n, position + self.max_key_length)
            for k in range(following, len(bounds)):
                end = bounds[k]
                if end > limit:
                    break
                piece = norm[position:end]
                if piece not in prefixes:
                    break
                entry = match_index.get(piece)
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
                position = bounds[following]  # skip to the end of this word
            else:
                matches.append(chosen)
        return matches

    # ------------------------------------------------------------------ search
    def _build_fuzzy(self) -> _FuzzyIndex:
        keys: dict[str, dict[str, None]] = {}
        for key, entry in self.match_index.items():
            for actor_id in entry.actor_ids:
                for folded in latin_keys(key, self.transliterator):
                    keys.setdefault(folded, {})[actor_id] = None
                if key.isascii():
                    for variant in self.transliterator.latin_variants(key, self.actors[actor_id].country):
                        keys.setdefault(latin_key(variant, self.transliterator), {})[actor_id] = None
        self._fuzzy = _FuzzyIndex.build(list(keys), [tuple(ids) for ids in keys.values()])
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
            if min_score <= 100.0 and self.lookup(query):
                found = True  # an exact alias scores 100
            else:
                index = self._fuzzy or self._build_fuzzy()
                folded_keys = latin_keys(query, self.transliterator)
                found = any(index.may_reach(folded, min(min_score, 99.0)) for folded in folded_keys)
            if len(self._reach_memo) >= _MEMO_SIZE:
                self._reach_memo.clear()
            self._reach_memo[memo_key] = found
        return found

    def _search(self, query: str, limit: int, min_score: float) -> list[tuple[str, float]]:
        scores: dict[str, float] = {}
        for actor in self.lookup(query):
            scores[actor.id] = 100.0
        index = self._fuzzy or self._build_fuzzy()
        for folded in latin_keys(query, self.transliterator):
            for position, _prefilter in index.top(folded, max(limit * 5, 25), min_score * 0.8):
                score = min(99.0, blend_score(folded, index.keys[position]))
                if score < min_score:
                    continue
                for actor_id in index.ids[position]:
                    if score > scores.get(actor_id, 0.0):
                        scores[actor_id] = score
        if self._rank is None:
            self._rank = {actor_id: i for i, actor_id in enumerate(self.actors)}  # curated first
        rank = self._rank
        ordered = sorted(scores.items(), key=lambda item: (-item[1], rank[item[0]]))
        return [(actor_id, round(score, 1)) for actor_id, score in ordered[:limit]]


_MEMO_SIZE = 50_000


@dataclass(slots=True)
class _FuzzyIndex:
    """The folded Latin keys of every matchable alias, with what it takes to find the ``limit`` best
    keys by rapidfuzz WRatio without scoring all of them (~20,000).

    For each key: its character counts and its length. WRatio is built from Indel ratios
    (``2·LCS / (len1 + len2)``) of the two strings, of their sorted or deduplicated word lists, and of
    the shorter string against windows of the longer one; the longest common subsequence cannot exceed
    the number of characters the two strings share (counted with multiplicity), ``B``. So WRatio is at
    most ``max(2B / (m + n), scale · 2B / (min(m, n) + B))`` (the second term only when the lengths
    differ by 1.5× or more), and 100 when the two share a whole word. Keys are scored in decreasing
    order of that bound until the next bound falls below the ``limit``-th best score found: the result
    is exactly what ``process.extract`` over every key returns, ties included (lower index first).
    """

    keys: list[str]
    ids: list[tuple[str, ...]]
    alphabet: dict[str, int]
    counts: Any  # numpy unsigned array (keys × alphabet): how often each character occurs in each key
    lengths: Any  # numpy float64: the shortest form WRatio may compare (whole, or deduplicated words)
    real_lengths: Any  # numpy float64: len(key)
    words: dict[str, list[int]]  # word → indexes of the keys containing it
    word_list: list[str]  # every distinct word of the keys
    word_counts: Any  # numpy (words × alphabet), as ``counts``
    word_lengths: Any  # numpy float64

    @classmethod
    def build(cls, keys: list[str], ids: list[tuple[str, ...]]) -> _FuzzyIndex:
        import numpy as np

        alphabet: dict[str, int] = {}
        for key in keys:
            for ch in key:
                alphabet.setdefault(ch, len(alphabet))
        longest = max((len(key) for key in keys), default=0)
        dtype = np.uint8 if longest < 256 else np.uint32  # no character count may be clipped
        counts = np.zeros((len(keys), max(1, len(alphabet))), dtype=dtype)
        lengths = np.zeros(len(keys), dtype=np.float64)
        real_lengths = np.array([len(key) for key in keys], dtype=np.float64)
        words: dict[str, list[int]] = {}
        for row, key in enumerate(keys):
            for ch in key:
                counts[row, alphabet[ch]] += 1
            lengths[row] = _effective_length(key)
            for word in set(key.split()):
                words.setdefault(word, []).append(row)
        word_list = list(words)
        word_counts = np.zeros((len(word_list), counts.shape[1]), dtype=dtype)
        for row, word in enumerate(word_list):
            for ch in word:
                word_counts[row, alphabet[ch]] += 1
        word_lengths = np.array([len(word) for word in word_list], dtype=np.float64)
        return cls(
            keys, ids, alphabet, counts, lengths, real_lengths, words, word_list, word_counts, word_lengths
        )

    def _shared(self, query: str, counts: Any) -> Any:
        """Per row of ``counts``: how many characters (with multiplicity) it shares with ``query``."""
        import numpy as np

        wanted: dict[int, int] = {}
        for ch in query:
            column = self.alphabet.get(ch)
            if column is not None:
                wanted[column] = wanted.get(column, 0) + 1
        if not wanted:
            return np.zeros(counts.shape[0], dtype=np.float64)
        columns = list(wanted)
        limits = np.array([wanted[c] for c in columns], dtype=counts.dtype)
        return np.minimum(counts[:, columns], limits).sum(axis=1, dtype=np.float64)

    def may_reach(self, query: str, min_score: float) -> bool:
        """False when no key can get a ``blend_score`` of ``min_score`` or more against ``query``.

        ``blend_score`` = 0.7 · spelling + 0.3 · sound, so reaching ``min_score`` needs a spelling
        similarity of at least ``t = (min_score - 30) / 0.7``: a whole-string or word-sorted ratio of
        ``t`` (at most ``2B / (m + n)`` over the shared characters ``B``), or a word of the query within
        ``t / 0.95`` (``t / 0.8``) of a word of the key. Both are checked against character counts.
        """
        import numpy as np

        needed = (min_score - 30.0) / 0.7
        if needed <= 0 or not self.keys:
            return True
        whole = 2.0 * self._shared(query, self.counts) / (_effective_length(query) + self.lengths)
        if bool(np.any(whole * 100.0 + 1e-6 >= needed)):
            return True
        word_needed = needed / 0.95
        if word_needed > 100.0 + 1e-6:
            return False
        for word in set(query.split()):
            shared = self._shared(word, self.word_counts)
            if bool(np.any(200.0 * shared / (len(word) + self.word_lengths) + 1e-6 >= word_needed)):
                return True
        return False

    def bounds(self, query: str) -> Any:
        """An upper bound of ``fuzz.WRatio(query, key)`` for every key (numpy float64 array)."""
        import numpy as np

        shared = self._shared(query, self.counts)
        m, n = float(_effective_length(query)), self.lengths
        whole = 2.0 * shared / (m + n)
        # the shorter string against windows of the longer (also at the edges, where a window of
        # length i holds at most min(B, i) shared characters: the best case is i = B)
        partial = np.minimum(1.0, 2.0 * shared / (np.minimum(m, n) + shared + 1e-12))
        real = self.real_lengths
        length_ratio = np.maximum(real, len(query)) / np.maximum(np.minimum(real, len(query)), 1)
        scale = np.where(length_ratio <= 8.0, 0.9, 0.6)
        bound = np.where(length_ratio < 1.5, whole, np.maximum(whole, scale * partial))
        bound = np.minimum(1.0, bound) * 100.0 + 1e-6
        for word in set(query.split()):
            rows = self.words.get(word)
            if rows:
                bound[rows] = 100.0 + 1e-6
        return bound

    def top(self, query: str, limit: int, cutoff: float) -> list[tuple[int, float]]:
        """(key index, WRatio) of the ``limit`` best keys scoring at least ``cutoff``: best first,
        ties by index — as ``process.extract(query, keys, scorer=WRatio, limit=…, score_cutoff=…)``.

        The keys with the highest bounds are scored first; the ``limit``-th best score among them
        (or ``cutoff``) is a floor for the true ``limit``-th score, so every key that can still make
        the list has a bound at least that high. Those keys are scored in index order, which keeps
        rapidfuzz's tie order.
        """
        import numpy as np
        from rapidfuzz import fuzz, process

        if not query or not self.keys:
            return []
        bound = self.bounds(query)
        total = len(self.keys)
        probe = min(total, max(4 * limit, _PROBE))
        first = np.argpartition(-bound, probe - 1)[:probe] if probe < total else np.arange(total)
        first_keys = [self.keys[row] for row in first.tolist()]
        scores = [
            score
            for _choice, score, _i in process.extract(
                query, first_keys, scorer=fuzz.WRatio, limit=limit, score_cutoff=cutoff
            )
        ]
        floor = scores[-1] if len(scores) >= limit else cutoff
        rows = np.flatnonzero(bound >= floor).tolist()  # ascending: rapidfuzz breaks ties by index
        # rapidfuzz turns a cutoff into whole edit distances and can reject a score that only just
        # reaches it (82.5 fails a cutoff of 82.499999): score with a margin below the floor. Extra
        # keys below the floor never enter the list (at least ``limit`` keys reach the floor); the
        # original cutoff is kept as it is, so keys near it fare exactly as in a full scan.
        hits = process.extract(
            query,
            [self.keys[row] for row in rows],
            scorer=fuzz.WRatio,
            limit=limit,
            score_cutoff=max(cutoff, floor - _MARGIN),
        )
        return [(rows[i], score) for _choice, score, i in hits]


_PROBE = 256  # keys scored first to find a floor for the limit-th best score
_MARGIN = 0.5  # score points below that floor still scored (see _FuzzyIndex.top)


def _effective_length(text: str) -> int:
    """The shortest length WRatio's parts may see for ``text``: whole, or its distinct words joined."""
    distinct = set(text.split())
    joined = sum(len(w) for w in distinct) + max(0, len(distinct) - 1)
    return min(len(text), joined)


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
