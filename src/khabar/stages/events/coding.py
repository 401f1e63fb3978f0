"""From candidates to coded events: actors, codes, status, date, location, confidence, merging.

Rules (all language-independent; the language finders produce :class:`Candidate` objects):

* **Pronouns** (``@pronoun``) become the most recent person mentioned before the trigger.
* **Capitals and cities as actors** stand for their country (CAMEO/PLOVER convention: ``Beijing
  said`` = China) when the document has an entity for that country; the city stays the location.
* **Compound actors**: a symmetric event (meeting, joint agreement) with two or more sources and no
  target gives one event per pair; otherwise one event per source × target.
* **Intent**: a cooperative act (CAMEO quad class 1 or 2) under an intent cue (``ready to``, ``के लिए
  तैयार``) is coded as the expression of intent, 036 for meetings and 030 otherwise, status occurred
  (the statement happened); a conflictual one keeps its code with status ``intended``. A coercive
  act (CAMEO 16–20) that a source announces it will carry out is a threat: the CAMEO 13x code for
  that act (``THREAT_CODES``), status occurred ("NATO confirmed it would tighten the blockade of
  Serbia" → 1381).
* **Confidence** = lexicon entry confidence × argument completeness (1.0 with source and target,
  0.8 with one of them) × 0.9 in reported speech.
* **Date of an event**: the date expression of its own sentence nearest before the trigger, else the
  first one after it in the same clause; a date in a "since" phrase (``24 फरवरी को रूसी आक्रमण के
  बाद से … यात्रा``, "first visit since the invasion on February 24") dates that starting point, not
  an event on the other side of "since"; where the finder marks the trigger's clause (English
  relative clauses, ``Candidate.date_scope``/``date_excluded``) a date of another clause is not its.
  A week ("later this week") or a vague adverb ("recently", ``हाल ही में``) is the event's own time
  but names no day: the date stays null, the wording kept.
* **Date of the story** (events with no time expression of their own): a news report narrates one
  episode, its *news peg*: the first occurred event in the body with a day date of its own (else a
  day date of the lead that is not after publication). An occurred event with no time expression
  takes the date of the last dated episode told before it, where episodes dated before the news peg
  are flashbacks (``24 फरवरी को रूसी आक्रमण``, "since 1973") and do not move the story's date.
  Planned, intended, denied and hypothetical events never take a date they do not state, nor do
  retrospective ones (Hindi completive "चुका", English perfect tenses: ``Candidate.retrospective``). The
  publication date is not used: a report is often published the day after its events.
* **Place**: a locative phrase of the sentence (``बीजिंग में``, "in Beijing"); for a visit the
  destination (each destination of "visits to Kuwait and Algeria" is its own event's place; a visit
  to a country is placed in the city the story is told from when that city is in the country); for
  an assault, fight or mass violence (CAMEO 18–20) the place attacked when it is a country or place
  (a locative inside that country is kept). Events of the story without a place of their own take
  the story's place when the story has exactly one (a city and its country count as one, the city
  winning); else a dateline (``BEIJING —``, ``बीजिंग, 15 जनवरी``) places the story's meetings and
  visits (CAMEO 04) that have an actor of the dateline's country, and through them the rest of the
  story. A statement alone is not placed by a dateline: it may be made from anywhere; a statement
  (CAMEO 01–03, 05, 10–13) takes the story's place only when its speaker, or the speaker's country,
  takes part in the story's events held there. Places are geocoded with the gazetteer (country,
  latitude, longitude).
* **Domestic trips** (``खैरागढ़ पहुंचे मुख्यमंत्री``, a party's yatra through its own states) are no
  visits: a 042 whose every target is a place (not a country) in every source's own country is dropped.
* **A yield said not to happen** (CAMEO 08 with status denied: "पुलिस ने उसे नहीं छोड़ा") is the
  refusal to yield (CAMEO 124x), status occurred.
* **Merging**: events with the same PLOVER type and actors (either order for symmetric types) and
  compatible dates are one event with every sentence as evidence; an event missing an actor merges
  into one that agrees on the others. The first body sentence is the event's sentence; captions and
  the lead only add evidence to events found in the body (a lead-only event is kept when it names
  both its actors, a caption-only event is not).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from khabar.codes import CodeTables
from khabar.model import DateMention, Entity, Event, Evidence, Location, Sentence, Span
from khabar.stages.events.common import Candidate, MentionIndex
from khabar.text.scripts import DANDA_MARKS

Gazetteer = Callable[[str], "tuple[str | None, float | None, float | None] | None"]
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE"})
# CAMEO roots whose unstated target is the authorities of the place where it happens (protests).
SCENE_TARGET_ROOTS = frozenset({"14"})
# CAMEO roots of acts that happen where their target is (assault, fight, mass violence).
TARGET_PLACE_ROOTS = frozenset({"18", "19", "20"})
# CAMEO root of meetings, talks and visits: the events a dateline places (a statement may be made
# from anywhere; a meeting covered from a city is held there).
MEETING_ROOT = "04"
# CAMEO codes of spoken disapproval (110 disapprove, 111 criticise, 112 accuse and its leaves, 114
# complain) whose every body sentence with both actors named is an act of its own (each criticism is
# said anew), not a retelling merged into the first (_merge); legal acts retold (115 lawsuit or
# impeachment, 116 verdict, investigations, charges) stay one event
SEPARATE_STATEMENT_CODES = ("110", "111", "112", "114")
# CAMEO roots of statements (public statements, appeals, intent, praise, demands, disapproval,
# rejection, threats): made from anywhere, placed by the story only when a participant makes them.
STATEMENT_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
# A court's finding of guilt (CAMEO 116) is not the allegation (112x) someone made against the same
# person: "आरोप था कि … X भी शामिल थीं" and later "अदालत ने X को दोषी माना" are two events, though PLOVER
# calls both ACCUSE (the charge or lawsuit the finding answers, 115, still merges with it)
LEGAL_FINDING = "116"
ALLEGATION = "112"
# Kinds of date expression that are the event's own time but name no day of it.
DATELESS_KINDS = frozenset({"week", "vague"})
# Kinds of date expression that name a day (resolved or not).
DAY_KINDS = frozenset({"date", "numeric", "weekday", "relative", "offset"})
# Punctuation ending the clause of a trigger: a date after it is not the trigger's.
_CLAUSE_BREAK = re.compile(rf"[,;:{DANDA_MARKS}()\[\]—–]")
VISIT = "042"
# Descriptions of a person by their part in the story's events (dependency finder: "the deceased",
# "the suspect"): victims are the persons an assault, fight or mass violence (CAMEO 18–20) was aimed
# at; suspects the persons charged, convicted (CAMEO 115, 116) or coerced (17: arrests, sentences) and
# the persons who assaulted or fought. A record ("the FIR") is filed by the agent of the story's
# last lawsuit (CAMEO 115).
DESCRIBED_ROLES = frozenset({"@victim", "@suspect", "@record"})
LEGAL_UNDERGOER_CODES = ("115", "116", "17")
LAWSUIT_CODE = "115"
INTENT_MEET = "036"
INTENT_GENERIC = "030"
# A coercive act a source announces it will carry out ("NATO confirmed it would tighten the blockade")
# is a threat, coded with the CAMEO 13x code for that act (longest prefix wins; CAMEO 1.1b3 codebook,
# THREATEN).
THREAT_CODES = {
    "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
    "17": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "175": "137",
    "18": "138", "19": "138", "190": "1384", "191": "1381", "192": "1382", "193": "1384", "194": "1384",
    "195": "1384", "196": "1384", "20": "1383",
}  # fmt: skip
COMPLETE, PARTIAL, REPORTED = 1.0, 0.8, 0.9
# A yield (CAMEO 08) said not to happen is coded as the refusal to yield (CAMEO 124x, "Decline to …"):
# not releasing someone is 1243, not easing sanctions 1244, not de-escalating 1246, else 124.
YIELD_ROOT = "08"
REFUSED_YIELD = {
    "081": "1241", "0811": "1241", "0812": "1241", "0813": "1241", "0814": "1241", "082": "1242",
    "083": "123", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234",
    "084": "1243", "0841": "1243", "0842": "1243", "085": "1244", "086": "1245", "0861": "1245",
    "0862": "1245", "0863": "1245", "087": "1246", "0871": "1246", "0872": "1246", "0873": "1246",
    "0874": "1246",
}  # fmt: skip


@dataclass(slots=True)
class _Draft:
    event: Event
    kind: str  # sentence kind of the first statement
    symmetric: bool
    reported: bool
    evidence: list[Evidence] = field(default_factory=list)
    own_date: DateMention | None = None  # the event's own time expression (None: it states none)
    placed: bool = False  # the place comes from the event's own sentence
    retrospective: bool = False  # done before the story's time: no story date (Candidate)


class _DateIndex:
    """The document's date mentions and "since" spans, found by position with a binary search (a
    scan of all of them for every event is quadratic in the article's length)."""

    def __init__(self, dates: Sequence[DateMention], since: Sequence[Span]) -> None:
        self.dates = dates
        self._order = sorted(range(len(dates)), key=lambda i: dates[i].start)
        self._starts = [dates[i].start for i in self._order]
        self.since = sorted(since, key=lambda s: (s.start, s.end))
        self._since_starts = [s.start for s in self.since]

    def starting_in(self, start: int, end: int) -> list[DateMention]:
        """The dates starting in ``[start, end)``, in the document's order."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end, lo)
        return [self.dates[i] for i in sorted(self._order[lo:hi])]

    def since_within(self, lo: int, hi: int) -> bool:
        """A "since" span lies inside ``[lo, hi]``."""
        k = bisect.bisect_left(self._since_starts, lo)
        while k < len(self.since) and self.since[k].start <= hi:
            if self.since[k].end <= hi:
                return True
            k += 1
        return False


class EventCoder:
    def __init__(
        self,
        codes: CodeTables,
        gazetteer: Gazetteer | None = None,
        evidence_only: frozenset[str] = frozenset({"caption"}),
    ) -> None:
        self.codes = codes
        self.gazetteer = gazetteer
        # Sentence kinds that only add evidence to an event stated in the body (a photo caption
        # restates the story; alone it is too terse to code reliably). A lead (headline) event is
        # kept even when the body does not restate it: it is often the story's main event.
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
        described: dict[str, list[str]] | None = None,
    ) -> list[str]:
        """``@pronoun``: the person mentioned last; ``@they``: the two persons (as agents, "as they
        met") or the two actors of any kind (as objects, "urged them") mentioned last."""
        out: list[str] = []
        # the mentions before ``before``, walked back from the nearest: the search stops at the
        # nearest fitting ones instead of scanning every mention since the article's start
        earlier = mentions.count_before(before)
        for entity_id in ids:
            if entity_id == "@they":
                recent: list[str] = []  # distinct ids, the most recently mentioned first
                for k in range(earlier - 1, -1, -1):
                    ref = mentions.refs[k]
                    fits = (ref.entity.type == "PER" or not persons) and ref.entity.id not in avoid
                    if fits and ref.entity.id not in recent:
                        recent.append(ref.entity.id)
                        if len(recent) == 2:
                            break
                out.extend(reversed(recent))
                continue
            if entity_id in DESCRIBED_ROLES:
                # "the deceased", "the underworld don": the person the story's events last made one
                # (most recent last); none yet: the description names no one we know
                known = [e for e in (described or {}).get(entity_id, []) if e not in avoid]
                out.extend(known[-1:])
                continue
            if entity_id != "@pronoun":
                out.append(entity_id)
                continue
            if last_agent is not None and last_agent not in avoid:
                out.append(last_agent)  # "He stressed …": the last person acting in the story
                continue
            for k in range(earlier - 1, -1, -1):
                ref = mentions.refs[k]
                if ref.entity.type == "PER" and ref.entity.id not in avoid:
                    out.append(ref.entity.id)
                    break
        return list(dict.fromkeys(out))

    @staticmethod
    def _describe(
        cameo: str,
        sources: list[str],
        targets: list[str],
        by_id: dict[str, Entity],
        described: dict[str, list[str]],
    ) -> None:
        """Record the persons an event makes a victim or a suspect, for later descriptions of them."""
        people_sources = [s for s in sources if s in by_id and by_id[s].type == "PER"]
        people_targets = [t for t in targets if t in by_id and by_id[t].type == "PER"]
        # the first named target is the most recent ("X was killed …, Y was injured": the deceased is X)
        if cameo[:2] in TARGET_PLACE_ROOTS:
            described["@victim"].extend(reversed(people_targets))
            described["@suspect"].extend(people_sources)
        elif cameo.startswith(LEGAL_UNDERGOER_CODES):
            described["@suspect"].extend(reversed(people_targets))
        if cameo.startswith(LAWSUIT_CODE):
            described["@record"].extend(s for s in sources if s in by_id)

    def _domestic_trip(self, sources: list[str], targets: list[str], by_id: dict[str, Entity]) -> bool:
        """A trip to a place (not a country) in the traveller's own country — a campaign tour or
        yatra, a chief minister touring a district — is no visit in CAMEO's sense (042 is a visit to
        another actor); a traveller of unknown country is given the benefit of the doubt."""
        places = [by_id.get(t) for t in targets]
        if not targets or not all(self._is_place(p) for p in places):
            return False
        own = {by_id[s].country for s in sources if s in by_id and by_id[s].type != "GPE"}
        return bool(own) and None not in own and all(p is not None and p.country in own for p in places)

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
        if status == "denied" and cameo[:2] == YIELD_ROOT:
            # "पुलिस ने उसे नहीं छोड़ा", "refused to release": a yield not made is a refusal to yield
            return REFUSED_YIELD.get(cameo, "124"), "occurred"
        quad = self.codes.quad_class(cameo)
        if status == "intended" and quad in (1, 2) and not cameo.startswith("03"):
            cameo = INTENT_MEET if cameo.startswith("04") else INTENT_GENERIC
            status = "occurred"
        # Only what the source itself announces: "intended" and "hypothetical" keep their status
        # ("ready to attack", "Russia could attack" may be someone else's reading)
        if (
            status == "planned"
            and candidate.reported
            and not candidate.predicted
            and (threat := _threat_code(cameo)) is not None
        ):
            cameo, status = threat, "occurred"  # the threat was made
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
    def _date(
        dates: _DateIndex, sentence: Sentence, trigger: Span, text: str, candidate: Candidate | None = None
    ) -> DateMention | None:
        """The event's own time expression (see the module docstring); a dated one before a vague one.
        Where the finder marked the trigger's clause (English relative clauses), a date of another
        clause is not the event's."""
        scope = candidate.date_scope if candidate is not None else None
        excluded = candidate.date_excluded if candidate is not None else ()

        def blocked(mention: DateMention) -> bool:
            if scope is not None and not (scope.start <= mention.start < scope.end):
                return True
            if any(span.start <= mention.start < span.end for span in excluded):
                return True
            lo, hi = (
                (mention.end, trigger.start)
                if mention.start < trigger.start
                else (trigger.end, mention.start)
            )
            return dates.since_within(lo, hi)

        inside = [d for d in dates.starting_in(sentence.start, sentence.end) if not blocked(d)]
        dated = [d for d in inside if d.kind != "vague"]
        for pool in (dated, [d for d in inside if d.kind == "vague"]):
            before = [d for d in pool if d.start < trigger.start]
            if before:
                return before[-1]
            after = [
                d
                for d in pool
                if d.start >= trigger.end and not _CLAUSE_BREAK.search(text[trigger.end : d.start])
            ]
            if after:
                return after[0]
        return None

    @staticmethod
    def _value(mention: DateMention | None) -> tuple[str | None, str | None]:
        if mention is None or mention.kind in DATELESS_KINDS:
            return None, None
        return mention.value, mention.precision

    # ------------------------------------------------------------------ main
    def code(
        self,
        candidates: list[Candidate],
        entities: list[Entity],
        sentences: list[Sentence],
        dates: list[DateMention],
        dateline: str | None = None,
        *,
        text: str = "",
        since: Sequence[Span] = (),
        published: str | None = None,
    ) -> list[Event]:
        """Coded events of one document. ``text`` is the clean text, ``since`` the spans of "since"
        words in it (dates.toml ``since``), ``published`` the ISO publication date (caps the lead's
        date as a news peg)."""
        mentions = MentionIndex(entities)
        by_id = mentions.by_id
        countries = self._countries(entities)
        date_index = _DateIndex(dates, since)
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
        described: dict[str, list[str]] = {role: [] for role in DESCRIBED_ROLES}
        for candidate in sorted(candidates, key=lambda c: (c.sentence, c.trigger.start)):
            sentence = sentences[candidate.sentence]
            sources = self._resolve_pronoun(
                candidate.sources,
                candidate.trigger.start,
                mentions,
                set(candidate.targets),
                True,
                last_agent,
                described,
            )
            # a pronoun undergoing an act is not the story's last agent ("Judge Naidu held Salem
            # guilty. … He was also sentenced …"): the person mentioned last
            targets = self._resolve_pronoun(
                candidate.targets, candidate.trigger.start, mentions, set(sources), False, None, described
            )
            self._describe(candidate.cameo, sources, targets, by_id, described)
            agent = next((s for s in sources if by_id.get(s) is not None and by_id[s].type == "PER"), None)
            last_agent = agent or last_agent
            place = next((t for t in targets if self._is_place(by_id.get(t))), None)
            if candidate.cameo.startswith(VISIT) and self._domestic_trip(sources, targets, by_id):
                continue
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
            base_place = candidate.location or visited.get(candidate.sentence)
            date = self._date(date_index, sentence, candidate.trigger, text, candidate)
            date_value, date_precision = self._value(date)
            completeness = COMPLETE if sources and targets else PARTIAL
            confidence = round(
                candidate.confidence * completeness * (REPORTED if candidate.reported else 1.0), 3
            )
            pairs = self._pairs(sources, targets, candidate.symmetric)
            if candidate.mutual:  # "exchange of fire between Israel and Iran": both ways
                pairs += [(t, s) for s, t in pairs if s and t]
            for source, target in pairs:
                location_id = self._place_of(cameo, target, place, base_place, candidate.mutual, by_id)
                location = self._location(by_id[location_id]) if location_id in by_id else None
                # the place attacked is the attack's, not the scene of the story told around it
                scene = location is not None and not (
                    cameo[:2] in TARGET_PLACE_ROOTS and location_id == target
                )
                event = Event(
                    cameo=cameo,
                    plover=plover_type,
                    quad_class=self.codes.quad_class(cameo),
                    goldstein=self.codes.goldstein(cameo),
                    source=source,
                    target=target,
                    trigger=candidate.trigger,
                    sentence=candidate.sentence,
                    date=date_value,
                    date_precision=date_precision,
                    date_text=date.text if date else None,
                    location=location,
                    status=status,
                    confidence=confidence,
                )
                self._merge(
                    _Draft(
                        event,
                        sentence.kind,
                        # each direction of a mutual act is an act of its own: "fire between Israel
                        # and Iran" is not one event told twice (no merging of the reversed pair)
                        candidate.symmetric and not candidate.mutual,
                        candidate.reported,
                        # "attacked the deceased": told of someone already dead, the attack is
                        # background, not the story's episode
                        retrospective=candidate.retrospective or "@victim" in candidate.targets,
                    ),
                    drafts,
                    own_date=date,
                    placed=scene,
                )
        self._fill_counterparts(drafts, by_id, countries)
        _joined_protests(drafts, text, sentences)
        kept = [d for d in drafts if d.kind not in self.evidence_only and self._stands(d)]
        story = self._news_peg(kept, dates, sentences, published)
        self._narrate(kept, story)
        self._place_story(kept, by_id, countries, dateline, story)
        events: list[Event] = []
        for draft in kept:
            draft.event.evidence = sorted(set(draft.evidence), key=lambda e: (e.sentence, e.trigger.start))
            events.append(draft.event)
        return sorted(events, key=lambda e: (e.sentence, e.trigger.start))

    @staticmethod
    def _stands(draft: _Draft) -> bool:
        """A body event stands; a lead-only (headline) event only with both its actors, as a headline's
        terse wording ("China, Russia must fight US 'containment'") leaves roles to the body."""
        return draft.kind != "lead" or bool(draft.event.source and draft.event.target)

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

    # ------------------------------------------------------------------ place of one event
    def _place_of(
        self,
        cameo: str,
        target: str | None,
        city: str | None,
        base: str | None,
        mutual: bool,
        by_id: dict[str, Entity],
    ) -> str | None:
        """Entity id of the place of one (source, target) event; see the module docstring."""
        land = by_id.get(target) if target is not None else None
        if land is not None and land.type not in ("GPE", "LOC"):
            land = None
        if cameo.startswith("042") and land is not None:
            # a visit happens where the visitor went: the city named in the sentence when it is in
            # this destination, else the destination itself
            city_entity = by_id.get(city) if city else None
            if city_entity is not None and (city_entity.country == land.country or city == land.id):
                return city
            return land.id
        if cameo.startswith("042") and city is not None:
            return city
        if cameo[:2] in TARGET_PLACE_ROOTS and land is not None and not mutual:
            local = by_id.get(base) if base else None
            if local is not None and local.country and local.country == land.country:
                return base  # "… ने खारकीव में यूक्रेन पर हमला किया": the city attacked
            return land.id
        return base

    # ------------------------------------------------------------------ the story
    @staticmethod
    def _news_peg(
        drafts: list[_Draft], dates: list[DateMention], sentences: list[Sentence], published: str | None
    ) -> str | None:
        """The day of the story's main episode (see the module docstring), or None."""
        for draft in sorted(drafts, key=lambda d: (d.event.sentence, d.event.trigger.start)):
            own = draft.own_date
            if (
                draft.event.status == "occurred"
                and draft.kind == "body"
                and own is not None
                and draft.event.date_precision == "day"
                and draft.event.date is not None
            ):
                return draft.event.date
        for mention in dates:
            sentence = mention.sentence
            if (
                sentence is not None
                and 0 <= sentence < len(sentences)
                and sentences[sentence].kind == "lead"
                and mention.precision == "day"
                and mention.kind not in DATELESS_KINDS
                and mention.value is not None
                and (published is None or mention.value <= published[:10])
            ):
                return mention.value
        return None

    @staticmethod
    def _in_story(draft: _Draft, peg: str | None) -> bool:
        """An occurred event told as part of the story: no time of its own, or a day not before the
        news peg (or a day that cannot be resolved for want of a publication date)."""
        if draft.event.status != "occurred":
            return False
        own = draft.own_date
        if own is None:
            return True
        if own.kind in DATELESS_KINDS:
            return False
        if own.value is None:
            return own.kind in DAY_KINDS
        if draft.event.date_precision != "day":
            return False
        return peg is None or (draft.event.date or "") >= peg

    def _narrate(self, drafts: list[_Draft], peg: str | None) -> None:
        """Occurred events with no time expression of their own take the date of the episode told
        last before them (the news peg before any)."""
        current = peg
        for draft in sorted(drafts, key=lambda d: (d.event.sentence, d.event.trigger.start)):
            event = draft.event
            if not self._in_story(draft, peg):
                continue
            if draft.own_date is None:
                if current is not None and event.date is None and not draft.retrospective:
                    event.date, event.date_precision = current, "day"
            elif event.date is not None:
                current = event.date

    def _place_story(
        self,
        drafts: list[_Draft],
        by_id: dict[str, Entity],
        countries: dict[str, str],
        dateline: str | None,
        peg: str | None,
    ) -> None:
        """Places for the story's events that have none of their own (see the module docstring)."""
        country_names = {by_id[c].name for c in countries.values() if c in by_id}
        members = [d for d in drafts if self._in_story(d, peg)]
        place = self._single_place(
            [d.event.location for d in members if d.placed and d.event.location is not None], country_names
        )
        line = by_id.get(dateline) if dateline else None
        line_place = self._location(line) if line is not None else None
        for draft in drafts:  # a visit to the country the story is told from: the dateline's city
            event = draft.event
            if (
                event.cameo.startswith("042")
                and line_place is not None
                and event.location is not None
                and event.location.name in country_names
                and line_place.country == event.location.country
                and line_place.name not in country_names
            ):
                event.location = line_place
        if place is None and line_place is not None:
            # the dateline places the story's meetings and visits held by an actor of its country
            dated = []
            for draft in members:
                event = draft.event
                actors = [by_id.get(a) for a in (event.source, event.target) if a]
                if event.cameo.startswith(MEETING_ROOT) and any(
                    a is not None and a.country == line_place.country for a in actors
                ):
                    event.location = event.location or line_place
                    dated.append(event.location)
            place = self._single_place(dated, country_names)
        # a statement takes the story's place only when its speaker takes part in the story's placed
        # events ("Shoigu praised Beijing's help" at the talks) …; others comment from elsewhere
        # ("Zelensky criticized the visit")
        participants = {
            actor
            for d in members
            if place is not None
            and d.event.location is not None
            and d.event.location.country == place.country
            and d.event.cameo[:2] not in STATEMENT_ROOTS
            for actor in (d.event.source, d.event.target)
            if actor
        }
        # … or the country of one (China's statement at the talks its foreign minister holds)
        sides = {by_id[a].country for a in participants if a in by_id} - {None}

        def takes_part(actor_id: str | None) -> bool:
            entity = by_id.get(actor_id) if actor_id else None
            return entity is not None and (actor_id in participants or entity.country in sides)

        for draft in members:
            event = draft.event
            if event.location is None and place is not None:
                speaks = takes_part(event.source)
                if event.cameo[:2] in STATEMENT_ROOTS and not speaks:
                    continue
                if not speaks and not takes_part(event.target):
                    continue  # another strand of the story ("… shelled Omdurman" beside talks in Jeddah)
                event.location = place

    @staticmethod
    def _single_place(places: list[Location], country_names: set[str]) -> Location | None:
        """The one place of a list (a country drops out when one of its cities is there), else None."""
        unique = {p.name: p for p in places}
        cities = {p.country for p in unique.values() if p.name not in country_names}
        left = [p for p in unique.values() if not (p.name in country_names and p.country in cities)]
        return left[0] if len(left) == 1 else None

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

    @staticmethod
    def _separate_acts(old: Event, new: Event, old_kind: str, new_kind: str) -> bool:
        """Two events of one type and one actor pair that are two acts, not one told twice.

        A finding of guilt (116) and an allegation (112x) against the same person are two events.
        Two accusations with the same two named actors in different body sentences are two acts:
        "X ने पार्टी की आलोचना की … X भाजपा नेतृत्व के ख़िलाफ़ नाराज़गी व्यक्त कर चुके हैं": each
        criticism is a statement of its own. A restatement with an actor missing ("उन पर ये भी आरोप
        लगा") or in the headline or lead still adds evidence to the event told before. A later body
        sentence's statement never fills the actor an earlier one left unnamed: "X पर किसी ने आरोप लगाया था
        … Y उन पर भड़क गईं" are two acts, and joining them would make Y the one who accused X.
        """
        if {old.cameo[:3], new.cameo[:3]} == {LEGAL_FINDING, ALLEGATION}:
            return True
        if not (
            old.cameo.startswith(SEPARATE_STATEMENT_CODES)
            and new.cameo.startswith(SEPARATE_STATEMENT_CODES)
            and old_kind == "body"
            and new_kind == "body"
            and old.sentence != new.sentence
        ):
            return False
        both_full = bool(old.source and old.target and new.source and new.target)
        # "आयोग का तर्क है कि … शोषण से कम नहीं है … आयोग ने इसे … के ख़िलाफ़ बताया": one holder judging
        # things (no target) sentence after sentence makes a statement each time
        both_untargeted = bool(old.source and new.source and old.target is None and new.target is None)
        fills_gap = (old.source is None and new.source is not None) or (
            old.target is None and new.target is not None
        )
        return both_full or both_untargeted or fills_gap

    def _merge(self, new: _Draft, drafts: list[_Draft], own_date: DateMention | None, placed: bool) -> None:
        event, kind, symmetric = new.event, new.kind, new.symmetric
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
            if self._separate_acts(old, event, draft.kind, kind):
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
            if sym and old.target is None and event.target is not None and event.target == old.source:
                old.target = event.source  # "Biden, Xi hold call" + "Biden and Xi spoke": the other side
            elif sym and old.source is None and event.source is not None and event.source == old.target:
                old.source = event.target
            old.source = old.source or (event.source if event.source not in (old.target,) else None)
            old.target = old.target or (event.target if event.target not in (old.source,) else None)
            if old.date is None and event.date is not None:
                old.date, old.date_precision, old.date_text = (
                    event.date,
                    event.date_precision,
                    event.date_text,
                )
                draft.own_date = own_date
            elif draft.own_date is None and own_date is not None:
                draft.own_date, old.date_text = own_date, event.date_text
            if old.location is None:
                old.location, draft.placed = event.location, placed
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
        new.evidence, new.own_date, new.placed = [evidence], own_date, placed
        drafts.append(new)


# words saying a sentence's protester joined a protest told before ("X protested as well")
ADDITIVE_CUES = re.compile(r"\b(?:also|as well|too)\b", re.IGNORECASE)


def _joined_protests(drafts: list[_Draft], text: str, sentences: list[Sentence]) -> None:
    """A protest with no target that says it joins one told before ("Independent MLA Rashid protested as
    well") is against the same target as the latest earlier protest that names one."""
    earlier: str | None = None
    for draft in sorted(drafts, key=lambda d: (d.event.sentence, d.event.trigger.start)):
        event = draft.event
        if event.plover != "PROTEST":
            continue
        if (
            event.target is None
            and earlier is not None
            and event.source != earlier
            and 0 <= event.sentence < len(sentences)
        ):
            sentence = sentences[event.sentence]
            if ADDITIVE_CUES.search(text[sentence.start : sentence.end]):
                event.target = earlier
        if event.target is not None:
            earlier = event.target


def _threat_code(cameo: str) -> str | None:
    """The CAMEO threat code for a coercive act (roots 16–20), else None."""
    for size in range(len(cameo), 1, -1):
        code = THREAT_CODES.get(cameo[:size])
        if code is not None:
            return code
    return None
