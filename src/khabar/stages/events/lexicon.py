"""Event lexicons: a language pack's ``events.toml`` turned into typed entries.

Every entry names a CAMEO code, the words that trigger it, where its target is found and an
example sentence (with the expected source and target as written) that ``tests/test_events_lexicon.py``
runs through the extractor. See the packs' ``events.toml`` for the format of each language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from khabar.codes import CodeTables
from khabar.errors import LanguagePackError
from khabar.langpacks import LanguagePack
from khabar.stages.events.hindi_verbs import HindiMorphology

DEFAULT_CONFIDENCE = 0.7


@dataclass(frozen=True, slots=True)
class LexEntry:
    cameo: str
    forms: tuple[tuple[str, ...], ...]  # Hindi: word sequences; English: lemmas (one word each)
    target: tuple[str, ...] = ()  # Hindi: postpositions; English: "dobj" or prepositions
    verbs: tuple[str, ...] = ()  # Hindi: light-verb groups one of which must follow (empty: none)
    objects: tuple[str, ...] = ()  # English: the verb's object lemma must be one of these
    not_objects: tuple[str, ...] = ()  # English: … and none of these ("fight the elections")
    particle: str | None = None  # English: a required particle or preposition ("call for")
    # English: the particle's complement is an act, a gerund ("warned X against taking …"), not a thing
    # ("warned X against any misadventure")
    particle_act: bool = False
    # English: the trigger means this event only when negated in the future ("the guilty will not be
    # spared"): the negation makes the event (a threat made), it does not deny it
    negated: bool = False
    cues: tuple[str, ...] = ()  # English: one must be a word under the trigger ("spoke by phone")
    agent: str = "default"  # "genitive": nominal event whose agent is its possessor (रूस के हमले)
    pos: str = "VERB"  # English: part of speech of the trigger word (VERB or NOUN)
    target_types: tuple[str, ...] = ()  # restrict the target entity type (GPE, LOC for visits)
    # English: the source must be an entity of one of these types or CAMEO sectors (a person or a party
    # "attacked the government" in words; militants attack with arms); otherwise the next entry is tried
    source_types: tuple[str, ...] = ()
    # English: the grammatical subject undergoes the event ("X got bail", "X secured bail"): it is the
    # target, and the source is the object of "from"/"by" if any
    subject_is_target: bool = False
    # English: the target must be where the entry says (its own object or preposition), never guessed
    # from the rest of the phrase ("the same is the case with Hooda" is no case against Hooda)
    direct_target: bool = False
    # English: dependency labels that must not stand under the trigger ("called it a mistake": oprd;
    # "was called": auxpass) — the words then mean something else
    not_deps: tuple[str, ...] = ()
    plover: str | None = None  # override of the CAMEO→PLOVER table
    symmetric: bool = False
    mutual: bool = False  # each party acts on the other (clashes): an event in each direction
    requires_target: bool = False  # without a target entity the construction means something else
    requires_source: bool = False  # without a source ("strong demand for iPhones") it is no event
    # English: only a named target counts, never a pronoun ("regretted that he could not attend" is the
    # speaker's own apology, not disapproval of the last person named)
    named_target: bool = False
    # Hindi: a participle whose plain subject, with no ने-agent, is the one acted on ("X गिरफ़्तार हो
    # गए", a headline's "X गिरफ़्तार"): read as a passive (agent only by द्वारा)
    subject_patient: bool = False
    requires_marker: bool = False  # Hindi: one of the target postpositions stands just before the trigger
    # Hindi: with requires_marker, only clause adverbs (भी, आज) may stand between the marker and the
    # trigger ("X से भी मिले"; "X से पूरी तनख़्वाह नहीं मिली" names a thing received)
    adjacent_marker: bool = False
    # the target is where the act takes place (observers sent to a country): its place when no
    # locative phrase names another
    target_is_place: bool = False
    not_after: tuple[str, ...] = ()  # Hindi: words that, right before the trigger, give it another sense
    # Hindi: the only words that may follow the trigger (punctuation always may); any other word gives
    # it another sense ("रूस से मिले विमान": a participle before its noun, received, not met)
    followers: tuple[str, ...] = ()
    speech_suffices: bool = False  # Hindi: with requires_target, reported speech stands for a target
    # Hindi: words that, right before the trigger, take that licence back ("… होनी चाहिए": should be, an
    # opinion about a state of things; an appeal only to someone named)
    speech_not_after: tuple[str, ...] = ()
    # Hindi: an opinion word ("सरकार की विफलता", "भाजपा का रुख़ सकारात्मक") that is an event only in
    # reported speech or a quotation whose speaker is known; the speaker is its source
    reported_only: bool = False
    # Hindi: with reported_only, the words said must have a first-person plain subject (हम, मैं) before the
    # trigger: the speaker's side declares it ("'हम X के साथ हैं'"); of anyone else it is company or a fixture
    speaker_subject: bool = False
    no_participle: bool = False  # Hindi: not as a "-ते हुए" participle ("बात करते हुए कहा": an interview)
    # Hindi: with no_participle, a participle still counts when its target is of these types (a leader's
    # call, "पुतिन से फोन पर बात करते हुए"; not an interview given to a news organisation)
    participle_targets: tuple[str, ...] = ()
    intent: bool = False  # the trigger itself expresses intent (its status cues do not apply)
    # Hindi: postpositions that in a passive mark the agent too ("भाजपा से निलंबित किया गया": BJP
    # suspended him), read for an organisation when no द्वारा-phrase names one
    passive_source: tuple[str, ...] = ()
    # Hindi: CAMEO sectors no party may have ("बीबीसी ने X से बात की", "X ने बीबीसी से बातचीत में कहा":
    # a news organisation talking with someone interviews him, it does not consult him)
    not_sectors: tuple[str, ...] = ()
    confidence: float = DEFAULT_CONFIDENCE
    example: str = ""
    example_source: str | None = None
    example_target: str | None = None
    example_status: str = "occurred"
    # a sentence where the trigger's words mean something else and this entry must code nothing, with
    # the names in it that the entity stages would find (tests/test_events_lexicon.py checks it)
    counter_example: str = ""
    counter_names: tuple[str, ...] = ()
    origin: str = ""  # "hi/events.toml entry 3", for error messages


@dataclass(frozen=True, slots=True)
class StatusCues:
    planned: tuple[str, ...] = ()
    intended: tuple[str, ...] = ()
    denied: tuple[str, ...] = ()
    hypothetical: tuple[str, ...] = ()
    possible: tuple[str, ...] = ()  # Hindi: modal "can/may" after the trigger (सकता): hypothetical
    ongoing: tuple[str, ...] = ()  # "जारी", "continue": a continuing act is not a plan
    appeal: tuple[str, ...] = ()  # "should", "चाहिए": the event is asked for (coded as an appeal)
    negation_blockers: tuple[str, ...] = ()  # "not only": a negation after these is not a denial
    future_suffixes: tuple[str, ...] = ()  # Hindi verb endings that mark the future
    # statuses whose events the finder does not emit: what the text does not assert ("could attack",
    # "did not meet") is no coded event (a forecast and a withheld yield are still coded)
    withheld: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventLexicon:
    lang: str
    entries: tuple[LexEntry, ...]
    status: StatusCues
    verb_groups: dict[str, frozenset[str]] = field(default_factory=dict)
    say_verbs: frozenset[str] = frozenset()
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # named word lists ([words])
    # "pattern" (khabar.stages.events.pattern) or "dependency" (khabar.stages.events.dependency)
    finder: str = "pattern"
    appeal_cameo: str = "020"  # code given to a cooperative act wrapped in "should"/"चाहिए"
    morphology: HindiMorphology | None = None  # the pack's verbs.toml, when it has one
    perfective: frozenset[str] = frozenset()  # perfective forms of the lexicon's verbs (passive voice)
    verb_stems: tuple[str, ...] = ()  # stems of the light verbs and of the lemmas' last words (their moods)

    def word_list(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


def _strings(value: Any, origin: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LanguagePackError(f"{origin}: {key} must be a string or a list of strings")
    return tuple(value)


def _entry(
    raw: dict[str, Any],
    origin: str,
    codes: CodeTables,
    verb_groups: dict[str, Any],
    morphology: HindiMorphology | None = None,
) -> LexEntry:
    cameo = str(raw.get("cameo") or "")
    if not cameo:
        raise LanguagePackError(f"{origin}: missing cameo")
    if codes.get(cameo) is None or cameo not in codes.cameo:
        raise LanguagePackError(f"{origin}: unknown CAMEO code {cameo!r}")
    forms = tuple(tuple(f.split()) for f in _strings(raw.get("forms"), origin, "forms"))
    lemmas = _strings(raw.get("lemmas"), origin, "lemmas")
    if lemmas and morphology is None:
        raise LanguagePackError(f"{origin}: lemmas need the pack's verbs.toml (verb morphology)")
    if morphology is not None:
        # "गिरफ़्तार कर" → every form of the phrase's last verb ("गिरफ़्तार किया", "… करेगी", …)
        forms += tuple(f for lemma in lemmas for f in morphology.phrase_forms(lemma) if f not in forms)
    if not forms:
        raise LanguagePackError(f"{origin}: no forms")
    verbs = _strings(raw.get("verbs"), origin, "verbs")
    unknown = [v for v in verbs if v not in verb_groups]
    if unknown:
        raise LanguagePackError(f"{origin}: unknown verb groups {unknown}")
    if not raw.get("example"):
        raise LanguagePackError(f"{origin}: every entry needs an example sentence")
    return LexEntry(
        cameo=cameo,
        forms=forms,
        target=_strings(raw.get("target"), origin, "target"),
        verbs=verbs,
        objects=_strings(raw.get("objects"), origin, "objects"),
        not_objects=_strings(raw.get("not_objects"), origin, "not_objects"),
        particle=raw.get("particle"),
        particle_act=bool(raw.get("particle_act", False)),
        negated=bool(raw.get("negated", False)),
        cues=_strings(raw.get("cues"), origin, "cues"),
        target_types=_strings(raw.get("target_types"), origin, "target_types"),
        source_types=_strings(raw.get("source_types"), origin, "source_types"),
        subject_is_target=bool(raw.get("subject_is_target", False)),
        direct_target=bool(raw.get("direct_target", False)),
        not_deps=_strings(raw.get("not_deps"), origin, "not_deps"),
        agent=str(raw.get("agent", "default")),
        pos=str(raw.get("pos", "VERB")).upper(),
        plover=raw.get("plover"),
        symmetric=bool(raw.get("symmetric", False) or raw.get("mutual", False)),
        mutual=bool(raw.get("mutual", False)),
        intent=bool(raw.get("intent", False)),
        passive_source=_strings(raw.get("passive_source"), origin, "passive_source"),
        not_sectors=_strings(raw.get("not_sectors"), origin, "not_sectors"),
        requires_target=bool(raw.get("requires_target", False)),
        named_target=bool(raw.get("named_target", False)),
        requires_source=bool(raw.get("requires_source", False)),
        subject_patient=bool(raw.get("subject_patient", False)),
        requires_marker=bool(raw.get("requires_marker", False)),
        adjacent_marker=bool(raw.get("adjacent_marker", False)),
        target_is_place=bool(raw.get("target_is_place", False)),
        no_participle=bool(raw.get("no_participle", False)),
        participle_targets=_strings(raw.get("participle_targets"), origin, "participle_targets"),
        speech_suffices=bool(raw.get("speech_suffices", False)),
        speech_not_after=_strings(raw.get("speech_not_after"), origin, "speech_not_after"),
        reported_only=bool(raw.get("reported_only", False)),
        speaker_subject=bool(raw.get("speaker_subject", False)),
        not_after=_strings(raw.get("not_after"), origin, "not_after"),
        followers=_strings(raw.get("followers"), origin, "followers"),
        confidence=float(raw.get("confidence", DEFAULT_CONFIDENCE)),
        example=str(raw["example"]),
        example_source=raw.get("example_source"),
        example_target=raw.get("example_target"),
        example_status=str(raw.get("example_status", "occurred")),
        counter_example=str(raw.get("counter_example", "")),
        counter_names=_strings(raw.get("counter_names"), origin, "counter_names"),
        origin=origin,
    )


def _finder(pack: LanguagePack, data: dict[str, Any], where: str) -> str:
    """The pack's event engine: ``[plugins] events`` of its pack.toml (see :mod:`khabar.plugins`)."""
    if "finder" in data:
        raise LanguagePackError(f"{where}: 'finder' is now pack.toml's [plugins] events = {data['finder']!r}")
    name = pack.plugins.get("events")
    if name is None:
        raise LanguagePackError(f"{pack.where}: there is an events.toml but [plugins] names no events engine")
    return name


def load_lexicon(pack: LanguagePack, codes: CodeTables) -> EventLexicon | None:
    """The pack's event lexicon, or None when the pack has no ``events.toml``."""
    data = pack.section("events")
    if not data:
        return None
    where = f"{pack.code}/events.toml"
    verbs = pack.section("verbs")
    morphology = HindiMorphology.from_data(verbs, f"{pack.code}/verbs.toml") if verbs else None
    verb_groups = {
        name: frozenset(_strings(forms, f"{where} [verb_groups]", name))
        for name, forms in (data.get("verb_groups") or {}).items()
    }
    light_verbs = _strings(data.get("light_verbs"), where, "light_verbs")
    if light_verbs and morphology is None:
        raise LanguagePackError(f"{where}: light_verbs need the pack's verbs.toml (verb morphology)")
    for stem in light_verbs:
        # a light verb's group: every form of the verb, plus any words [verb_groups] adds to it
        assert morphology is not None
        verb_groups[stem] = verb_groups.get(stem, frozenset()) | morphology.forms(stem)
    sources = [(where, data)]
    for name in _strings(data.get("entry_files"), where, "entry_files"):
        extra = pack.section(name)
        if not extra:
            raise LanguagePackError(f"{where}: entry file {name}.toml is missing or empty")
        sources.append((f"{pack.code}/{name}.toml", extra))
    entries = tuple(
        _entry(
            raw,
            f"{origin} entry {i + 1} ({'/'.join(_strings(raw.get('forms') or raw.get('lemmas'), origin, 'forms'))})",  # noqa: E501
            codes,
            verb_groups,
            morphology,
        )
        for origin, source in sources
        for i, raw in enumerate(source.get("entry") or [])
    )
    status_raw = data.get("status") or {}
    status = StatusCues(
        **{
            key: _strings(status_raw.get(key), f"{where} [status]", key)
            for key in StatusCues.__dataclass_fields__
        }
    )
    words = {
        name: frozenset(_strings(values, f"{where} [words]", name))
        for name, values in (data.get("words") or {}).items()
    }
    return EventLexicon(
        lang=pack.code,
        entries=entries,
        status=status,
        verb_groups=verb_groups,
        say_verbs=frozenset(_strings(data.get("say_verbs"), where, "say_verbs")),
        words=words,
        appeal_cameo=str(data.get("appeal_cameo", "020")),
        finder=_finder(pack, data, where),
        morphology=morphology,
        perfective=_perfective(
            morphology, light_verbs, [raw for _, source in sources for raw in source.get("entry") or []]
        ),
        verb_stems=_verb_stems(
            light_verbs, [raw for _, source in sources for raw in source.get("entry") or []]
        ),
    )


def _verb_stems(light_verbs: tuple[str, ...], raw_entries: list[dict[str, Any]]) -> tuple[str, ...]:
    """Every light verb and the last word of every entry's lemma (the verbs the lexicon inflects)."""
    stems = set(light_verbs) | {
        lemma.split()[-1] for raw in raw_entries for lemma in raw.get("lemmas") or [] if lemma.split()
    }
    return tuple(sorted(stems))


def _perfective(
    morphology: HindiMorphology | None, light_verbs: tuple[str, ...], raw_entries: list[dict[str, Any]]
) -> frozenset[str]:
    """The perfective forms of every light verb and of the last word of every entry's lemma."""
    if morphology is None:
        return frozenset()
    stems = _verb_stems(light_verbs, raw_entries)
    return frozenset(f for stem in stems for f in morphology.paradigm(stem)["perfective"])
