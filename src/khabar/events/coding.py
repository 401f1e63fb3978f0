"""From candidates to coded events: actors, codes, status, date, location, confidence, merging.

Rules (all language-independent; the language finders produce :class:`Candidate` objects):

* **Pronouns** (``@pronoun``) become the most recent person mentioned before the trigger.
* **Capitals and cities as actors** stand for their country (CAMEO/PLOVER convention: ``Beijing
  said`` = China) when the document has an entity for that country; the city stays the location.
* **Compound actors**: a symmetric event (meeting, joint agreement) with two or more sources and no
  target gives one event per pair; otherwise one event per source × target.
* **Intent**: a cooperative act (CAMEO quad class 1 or 2) under an intent cue (``ready to``, ``के लिए
  तैयार``) is coded as the expression of intent, 036 for meetings and 030 otherwise, status occurred
  (the statement happened); a conflictual one keeps its code with status ``intended``.
* **Confidence** = lexicon entry confidence × argument completeness (1.0 with source and target,
  0.8 with one of them) × 0.9 in reported speech.
* **Merging**: events with the same PLOVER type and actors (either order for symmetric types) and
  compatible dates are one event with every sentence as evidence; an event missing an actor merges
  into one that agrees on the others. The first body sentence is the event's sentence; captions and
  the lead only add evidence to events found in the body (a lead-only event is kept, a caption-only
  event is not).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from khabar.codes import CodeTables
from khabar.events.common import Candidate, MentionIndex
from khabar.model import DateMention, Entity, Event, Evidence, Location, Sentence, Span

Gazetteer = Callable[[str], "tuple[str | None, float | None, float | None] | None"]
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE"})
# CAMEO roots whose unstated target is the authorities of the place where it happens (protests).
SCENE_TARGET_ROOTS = frozenset({"14"})
INTENT_MEET = "036"
INTENT_GENERIC = "030"
COMPLETE, PARTIAL, REPORTED = 1.0, 0.8, 0.9


@dataclass(slots=True)
class _Draft:
    event: Event
    kind: str  # sentence kind of the first statement
    symmetric: bool
    reported: bool
    evidence: list[Evidence] = field(default_factory=list)


class EventCoder:
    def __init__(
        self,
        codes: CodeTables,
        gazetteer: Gazetteer | None = None,
        evidence_only: frozenset[str] = frozenset({"caption", "lead"}),
    ) -> None:
        self.codes = codes
        self.gazetteer = gazetteer
        # Sentence kinds that only add evidence to an event stated in the body (a headline or a
        # photo caption restates the story; alone it is too terse to code reliably).
        self.evidence_only = evidence_only

    # ------------------------------------------------------------------ actors
    def _resolve_pronoun(
        self,
        ids: list[str],
        before: int,
        mentions: MentionIndex,
        avoid: set[str],
        persons: bool = True,
        last_agent: str | None = None,
    ) -> list[str]:
        """``@pronoun``: the person mentioned last; ``@they``: the two persons (as agents, "as they
        met") or the two actors of any kind (as objects, "urged them") mentioned last."""
        out: list[str] = []
        for entity_id in ids:
            if entity_id == "@they":
                recent: list[str] = []
                for ref in mentions.refs:
                    if ref.start >= before:
                        break
                    if (ref.entity.type == "PER" or not persons) and ref.entity.id not in avoid:
                        recent = [p for p in recent if p != ref.entity.id] + [ref.entity.id]
                out.extend(recent[-2:])
                continue
            if entity_id != "@pronoun":
                out.append(entity_id)
                continue
            if last_agent is not None and last_agent not in avoid:
                out.append(last_agent)  # "He stressed …": the last person acting in the story
                continue
            person = None
            for ref in mentions.refs:
                if ref.start >= before:
                    break
                if ref.entity.type == "PER" and ref.entity.id not in avoid:
                    person = ref.entity.id
            if person is not None:
                out.append(person)
        return list(dict.fromkeys(out))

    @staticmethod
    def _countries(entities: list[Entity]) -> dict[str, str]:
        """ISO alpha-3 → id of the document's country entity."""
        out: dict[str, str] = {}
        for entity in entities:
            kb_id = entity.kb_id or ""
            if entity.type == "GPE" and entity.country and kb_id.startswith("country:"):
                out.setdefault(entity.country, entity.id)
        return out

    @staticmethod
    def _is_place(entity: Entity | None) -> bool:
        return (
            entity is not None
            and entity.type in ("GPE", "LOC")
            and not (entity.kb_id or "").startswith("country:")
        )

    def _as_actor(self, entity_id: str, by_id: dict[str, Entity], countries: dict[str, str]) -> str:
        entity = by_id.get(entity_id)
        if self._is_place(entity) and entity is not None and entity.country in countries:
            return countries[entity.country]
        return entity_id

    # ------------------------------------------------------------------ codes
    def _code(self, candidate: Candidate) -> tuple[str, str]:
        cameo, status = candidate.cameo, candidate.status
        quad = self.codes.quad_class(cameo)
        if status == "intended" and quad in (1, 2) and not cameo.startswith("03"):
            cameo = INTENT_MEET if cameo.startswith("04") else INTENT_GENERIC
            status = "occurred"
        return cameo, status

    def _location(self, entity: Entity) -> Location:
        country, lat, lon = entity.country, None, None
        if self.gazetteer is not None:
            found = self.gazetteer(entity.name)
            if found is not None:
                country = country or found[0]
                lat, lon = found[1], found[2]
        return Location(name=entity.name, country=country, lat=lat, lon=lon)

    @staticmethod
    def _date(dates: list[DateMention], sentence: Sentence, trigger: Span) -> DateMention | None:
        inside = [d for d in dates if sentence.start <= d.start < sentence.end]
        if not inside:
            return None
        before = [d for d in inside if d.start < trigger.start]
        return before[-1] if before else inside[0]

    # ------------------------------------------------------------------ main
    def code(
        self,
        candidates: list[Candidate],
        entities: list[Entity],
        sentences: list[Sentence],
        dates: list[DateMention],
        dateline: str | None = None,
    ) -> list[Event]:
        mentions = MentionIndex(entities)
        by_id = mentions.by_id
        countries = self._countries(entities)
        drafts: list[_Draft] = []
        # Where a visit in a sentence went is where the sentence's other events happened
        # ("… ने बीजिंग की … यात्रा के दौरान … वार्ता की").
        visited: dict[int, str] = {}
        for candidate in candidates:
            if candidate.cameo.startswith("042"):
                for target in candidate.targets:
                    if self._is_place(by_id.get(target)):
                        visited.setdefault(candidate.sentence, target)
        last_agent: str | None = None
        for candidate in sorted(candidates, key=lambda c: (c.sentence, c.trigger.start)):
            sentence = sentences[candidate.sentence]
            sources = self._resolve_pronoun(
                candidate.sources, candidate.trigger.start, mentions, set(candidate.targets), True, last_agent
            )
            targets = self._resolve_pronoun(
                candidate.targets, candidate.trigger.start, mentions, set(sources), False, last_agent
            )
            agent = next((s for s in sources if by_id.get(s) is not None and by_id[s].type == "PER"), None)
            last_agent = agent or last_agent
            place = next((t for t in targets if self._is_place(by_id.get(t))), None)
            sources = list(dict.fromkeys(self._as_actor(s, by_id, countries) for s in sources))
            targets = [
                t
                for t in dict.fromkeys(self._as_actor(t, by_id, countries) for t in targets)
                if t not in sources
            ]
            if not sources and not targets:
                continue
            cameo, status = self._code(candidate)
            if not targets and cameo[:2] in SCENE_TARGET_ROOTS and candidate.location in by_id:
                # a protest in Lagos is a protest against the Nigerian authorities
                targets = [self._as_actor(candidate.location, by_id, countries)]
            plover = self.codes.to_plover(cameo)
            plover_type = candidate.plover or (plover.type if plover else None)
            destination = next(
                (t for t in targets if by_id.get(t) is not None and by_id[t].type in ("GPE", "LOC")), None
            )
            if cameo.startswith("042") and (place or destination):
                location_id: str | None = place or destination  # a visit happens where the visitor went
            else:
                location_id = candidate.location or visited.get(candidate.sentence) or dateline
            location = self._location(by_id[location_id]) if location_id in by_id else None
            date = self._date(dates, sentence, candidate.trigger)
            completeness = COMPLETE if sources and targets else PARTIAL
            confidence = round(
                candidate.confidence * completeness * (REPORTED if candidate.reported else 1.0), 3
            )
            pairs = self._pairs(sources, targets, candidate.symmetric)
            if candidate.mutual:  # "exchange of fire between Israel and Iran": both ways
                pairs += [(t, s) for s, t in pairs if s and t]
            for source, target in pairs:
                event = Event(
                    cameo=cameo,
                    plover=plover_type,
                    quad_class=self.codes.quad_class(cameo),
                    goldstein=self.codes.goldstein(cameo),
                    source=source,
                    target=target,
                    trigger=candidate.trigger,
                    sentence=candidate.sentence,
                    date=date.value if date else None,
                    date_precision=date.precision if date else None,
                    date_text=date.text if date else None,
                    location=location,
                    status=status,
                    confidence=confidence,
                )
                self._merge(drafts, event, sentence.kind, candidate.symmetric, candidate.reported)
        self._fill_counterparts(drafts, by_id, countries)
        self._inherit_setting(drafts)
        events: list[Event] = []
        for draft in drafts:
            if draft.kind in self.evidence_only:
                continue
            draft.event.evidence = sorted(set(draft.evidence), key=lambda e: (e.sentence, e.trigger.start))
            events.append(draft.event)
        return sorted(events, key=lambda e: (e.sentence, e.trigger.start))

    @staticmethod
    def _fill_counterparts(drafts: list[_Draft], by_id: dict[str, Entity], countries: dict[str, str]) -> None:
        """An expression of intent or support with no stated target, by a party to a meeting
        reported in the same article, is addressed to the other party's country (``श्री शोइगु ने …
        तत्परता व्यक्त की`` during his talks with Wang Yi → Shoigu → China)."""
        partners: dict[str, str] = {}
        for draft in drafts:
            event = draft.event
            if event.plover == "CONSULT" and event.status == "occurred" and event.source and event.target:
                partners.setdefault(event.source, event.target)
                partners.setdefault(event.target, event.source)
        for draft in drafts:
            event = draft.event
            if event.plover not in ("AGREE", "SUPPORT") or event.target or event.source not in partners:
                continue
            partner = by_id.get(partners[event.source])
            own = by_id.get(event.source)
            if partner is None:
                continue
            country = countries.get(partner.country or "")
            if country and own is not None and own.country != partner.country:
                event.target = country

    @staticmethod
    def _inherit_setting(drafts: list[_Draft]) -> None:
        """Statements reported in the article (said during a meeting) take the date and place of the
        event narrated before them when they have none of their own."""
        date: tuple[str | None, str | None] = (None, None)
        location: Location | None = None
        for draft in sorted(drafts, key=lambda d: d.event.sentence):
            event = draft.event
            if draft.reported and event.status == "occurred":
                if event.date is None and date[0] is not None:
                    event.date, event.date_precision = date
                if event.location is None:
                    event.location = location
            if event.date is not None and event.status == "occurred":
                date = (event.date, event.date_precision)
            if event.location is not None and event.status == "occurred":
                location = event.location

    @staticmethod
    def _pairs(
        sources: list[str], targets: list[str], symmetric: bool
    ) -> list[tuple[str | None, str | None]]:
        if not sources and len(targets) >= 2 and symmetric:
            sources, targets = targets[:1], targets[1:]  # "X और Y के बीच शिखर बैठक"
        if len(sources) >= 2 and not targets and symmetric:
            # "A, B, C और D द्वारा संयुक्त वक्तव्य": the first party with each of the others.
            return [(sources[0], other) for other in sources[1:]]
        return [(s, t) for s in (sources or [None]) for t in (targets or [None]) if s != t]

    @staticmethod
    def _actors_fit(a: Event, b: Event, symmetric: bool) -> bool:
        def fits(x: str | None, y: str | None) -> bool:
            return x is None or y is None or x == y

        same_order = fits(a.source, b.source) and fits(a.target, b.target)
        if same_order and (a.source == b.source or a.target == b.target):
            return True
        return (
            symmetric
            and fits(a.source, b.target)
            and fits(a.target, b.source)
            and (a.source == b.target or a.target == b.source)
        )

    def _merge(self, drafts: list[_Draft], event: Event, kind: str, symmetric: bool, reported: bool) -> None:
        evidence = Evidence(event.sentence, event.trigger)
        for draft in drafts:
            old = draft.event
            sym = (
                symmetric
                or draft.symmetric
                or (old.plover in SYMMETRIC_TYPES and event.plover in SYMMETRIC_TYPES)
            )
            if old.plover != event.plover or not self._actors_fit(old, event, sym):
                continue
            if old.date and event.date and old.date != event.date:
                continue
            if old.status != event.status:
                # "X will visit China" and "X, on a visit to China": one event when both name the
                # same actors; a partial mention ("X is expected to meet leaders") stays apart.
                full = old.source and old.target and event.source and event.target
                if not full or {old.status, event.status} != {"planned", "occurred"}:
                    continue
                if event.status == "occurred":
                    old.status = "occurred"
            draft.evidence.append(evidence)
            old.source = old.source or (event.source if event.source not in (old.target,) else None)
            old.target = old.target or (event.target if event.target not in (old.source,) else None)
            if old.date is None and event.date is not None:
                old.date, old.date_precision, old.date_text = (
                    event.date,
                    event.date_precision,
                    event.date_text,
                )
            if old.location is None:
                old.location = event.location
            old.confidence = max(old.confidence, event.confidence)
            if draft.kind != "body" and kind == "body":
                # The first body sentence becomes the event's sentence and trigger.
                old.sentence, old.trigger, old.status, old.cameo = (
                    event.sentence,
                    event.trigger,
                    event.status,
                    event.cameo,
                )
                old.quad_class, old.goldstein = event.quad_class, event.goldstein
                old.source, old.target = event.source or old.source, event.target or old.target
                draft.kind = "body"
            return
        drafts.append(_Draft(event, kind, symmetric, reported, [evidence]))
