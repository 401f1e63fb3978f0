"""Which event reports describe the same real-world event: pairwise compatibility and clustering.

Two reported events are *compatible* when
- their types agree: the same PLOVER type or the same CAMEO root (a visit, 042, and a meeting, 040,
  of the same pair are both root 04 and so one event);
- their actors agree, script-independently: each side's key is the knowledge-base id (else the
  canonical name), and a side matches when the keys are equal or when one side is a country and the
  other an actor of that country (``China`` ~ ``Wang Yi``); at least one side must match exactly, and a
  side missing in one report matches anything. Meetings and other cooperation (CAMEO roots 03–06) are
  symmetric: ``A meets B`` and ``B meets A`` are one event;
- their places agree: two known location countries must be equal;
- their times agree: each event's time is its day-precision date, else its article's publication day
  (a report is about recent events), and two times may be at most ``WINDOW_DAYS`` apart.

Clusters grow by this relation over *anchored* events (those with a time), strongest links first,
never joining two *conflicting* reports (different actors on a side, as Shoigu–Wang Yi and
Shoigu–Chen Wenqing: a report of the visit to China matches both meetings but joins one; or two events
of one article with the same type and actor pair, which the event coder keeps apart only when they are
two events);
an unanchored event (no date, no publication date) joins a component only when exactly one component
has an explicitly dated member with the very same actor pair and type — else it could bridge two
unrelated events years apart (a background "since Russia invaded Ukraine" takes its article's date).
The result is a function of the set of events, never of their order, and each cluster's id is a hash
of its smallest member, so ids are reproducible.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

WINDOW_DAYS = 1
SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06"})


def actor_key(kb_id: str | None, name: str | None) -> str | None:
    """An actor's identity across articles and scripts (as the store's queries name it)."""
    if kb_id:
        return kb_id
    return f"name:{name}" if name else None


@dataclass(frozen=True, slots=True)
class EventFacts:
    """What clustering needs to know of one stored event row."""

    article_id: str
    idx: int
    cameo: str
    plover: str | None
    source: str | None  # actor key
    source_country: str | None
    target: str | None
    target_country: str | None
    day: int | None  # proleptic ordinal of the event's time (see module docstring), None = unanchored
    place_country: str | None
    dated: bool = False  # the day is the event's own date (not its article's publication day)

    @property
    def member(self) -> str:
        return f"{self.article_id}#{self.idx}"

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> EventFacts:
        return cls(
            article_id=row["article_id"],
            idx=int(row["idx"]),
            cameo=row.get("cameo") or "",
            plover=(row.get("plover") or "").upper() or None,
            source=actor_key(row.get("source_kb_id"), row.get("source_name")),
            source_country=row.get("source_country"),
            target=actor_key(row.get("target_kb_id"), row.get("target_name")),
            target_country=row.get("target_country"),
            day=event_day(row),
            place_country=row.get("location_country"),
            dated=bool(row.get("date")) and row.get("date_precision") in (None, "day"),
        )


def event_day(row: Mapping[str, Any]) -> int | None:
    """The event's day: its own date at day precision, else the publication day."""
    value = row.get("date")
    if value and (row.get("date_precision") in (None, "day")) and len(str(value)) == 10:
        try:
            return date.fromisoformat(str(value)).toordinal()
        except ValueError:
            pass
    published = row.get("published")
    if isinstance(published, datetime):
        return published.date().toordinal()
    if isinstance(published, date):
        return published.toordinal()
    return None


def _is_country(key: str | None) -> bool:
    return bool(key) and key.startswith("country:")  # type: ignore[union-attr]


def _side(a: str | None, a_country: str | None, b: str | None, b_country: str | None) -> int:
    """2 = same actor, 1 = compatible (missing, or a country and one of its actors), 0 = different."""
    if a is None or b is None:
        return 1
    if a == b:
        return 2
    if _is_country(a) and b_country and a == f"country:{b_country}":
        return 1
    if _is_country(b) and a_country and b == f"country:{a_country}":
        return 1
    return 0


def _pair(a: EventFacts, b: EventFacts, *, swapped: bool) -> tuple[int, int]:
    if swapped:
        return (
            _side(a.source, a.source_country, b.target, b.target_country),
            _side(a.target, a.target_country, b.source, b.source_country),
        )
    return (
        _side(a.source, a.source_country, b.source, b.source_country),
        _side(a.target, a.target_country, b.target, b.target_country),
    )


def _pairs(a: EventFacts, b: EventFacts) -> list[tuple[int, int]]:
    pairs = [_pair(a, b, swapped=False)]
    if a.root in SYMMETRIC_ROOTS and b.root in SYMMETRIC_ROOTS:
        pairs.append(_pair(a, b, swapped=True))
    return pairs


def same_type(a: EventFacts, b: EventFacts) -> bool:
    return (a.plover is not None and a.plover == b.plover) or (bool(a.root) and a.root == b.root)


def compatible(a: EventFacts, b: EventFacts, window: int = WINDOW_DAYS) -> bool:
    """Could the two reports describe one event? (Needs both to be anchored in time.)"""
    if a.day is None or b.day is None or abs(a.day - b.day) > window:
        return False
    if not same_type(a, b):
        return False
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return False
    return any(0 not in pair and 2 in pair for pair in _pairs(a, b))


def exact(a: EventFacts, b: EventFacts) -> bool:
    """The same type, place and the very same actor pair (time aside): how an unanchored event joins."""
    if not same_type(a, b) or a.source is None or a.target is None:
        return False
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return False
    return (2, 2) in _pairs(a, b)


def stable_id(prefix: str, members: Iterable[str]) -> str:
    return prefix + hashlib.sha1(min(members).encode("utf-8")).hexdigest()[:16]


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller name wins: the forest's shape, never the result, depends on order
            self.parent[max(ra, rb)] = min(ra, rb)


def conflicting(a: EventFacts, b: EventFacts) -> bool:
    """Two reports that cannot be one event whatever links them: different actors on a side in
    every orientation (Shoigu–Wang Yi and Shoigu–Chen Wenqing are two meetings, even though a
    report of "Shoigu's visit to China" is compatible with both); or two events of one article with the
    same type and actor pair, which the event coder has already judged apart (it merges an article's
    retellings of one event and keeps two criticisms said in two sentences as two; a visit to China and
    the meeting with Wang Yi it reports are other pairs and may still be one event)."""
    if a.article_id == b.article_id and exact(a, b):
        return True
    return all(0 in pair for pair in _pairs(a, b))


def _strength(a: EventFacts, b: EventFacts) -> int:
    """0 for the very same actor pair, 1 for a pair matched through a country or a missing side."""
    return 0 if (2, 2) in _pairs(a, b) else 1


def cluster_events(events: Sequence[EventFacts], window: int = WINDOW_DAYS) -> dict[str, str]:
    """Member (``article_id#idx``) → cluster id, for a set of events (see the module docstring).

    Links between compatible reports are taken strongest first (the same actor pair, then the
    closest days, then member ids: an order fixed by the events, not by their arrival); a link is
    skipped when it would put two conflicting reports into one cluster."""
    members = {e.member: e for e in events}
    ordered = [members[m] for m in sorted(members)]
    anchored = [e for e in ordered if e.day is not None]
    loose = [e for e in ordered if e.day is None]
    uf = _UnionFind(members)
    groups: dict[str, list[EventFacts]] = {m: [e] for m, e in members.items()}

    def merge(a: EventFacts, b: EventFacts) -> bool:
        ra, rb = uf.find(a.member), uf.find(b.member)
        if ra == rb:
            return True
        if any(conflicting(x, y) for x in groups[ra] for y in groups[rb]):
            return False
        uf.union(ra, rb)
        root = uf.find(ra)
        groups[root] = groups.pop(ra if root == rb else rb) + groups.pop(root)
        return True

    # Anchored events: blocking by actor key keeps this near-linear on a large neighbourhood.
    by_key: dict[str, list[EventFacts]] = {}
    for e in anchored:
        for key in {e.source, e.target} - {None}:
            by_key.setdefault(key, []).append(e)  # type: ignore[arg-type]
    links: set[tuple[int, int, str, str]] = set()
    for group in by_key.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if compatible(a, b, window):
                    first, second = sorted((a.member, b.member))
                    links.add((_strength(a, b), abs(a.day - b.day), first, second))  # type: ignore[operator]
    for _, _, first, second in sorted(links):
        merge(members[first], members[second])
    attached: set[str] = set()
    for e in loose:
        roots = {uf.find(a.member) for a in anchored if a.dated and exact(e, a)}
        if len(roots) == 1 and merge(e, members[roots.pop()]):
            attached.add(e.member)
    rest = [e for e in loose if e.member not in attached]
    for i, a in enumerate(rest):
        for b in rest[i + 1 :]:
            if exact(a, b):
                merge(a, b)
    result: dict[str, str] = {}
    for group in groups.values():
        cid = stable_id("c", [e.member for e in group])
        for e in group:
            result[e.member] = cid
    return result


def group_articles(links: Iterable[tuple[str, str]], articles: Iterable[str]) -> dict[str, str]:
    """Article → story id: articles sharing an event cluster report one story (connected components
    of the article–cluster graph); an article with no shared cluster is a story of its own."""
    uf = _UnionFind(articles)
    by_cluster: dict[str, list[str]] = {}
    for article, cluster in links:
        if article in uf.parent:
            by_cluster.setdefault(cluster, []).append(article)
    for group in by_cluster.values():
        for other in group[1:]:
            uf.union(group[0], other)
    groups: dict[str, list[str]] = {}
    for a in uf.parent:
        groups.setdefault(uf.find(a), []).append(a)
    return {a: stable_id("s", group) for group in groups.values() for a in group}
