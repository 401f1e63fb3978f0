"""Title lexicons: each language pack's ``titles.toml`` as typed objects.

Schema (version 1, the same for every language; documented in full at the top of
``langpacks/hi/titles.toml``)::

    schema = 1
    [former]      forms = [...]        # "पूर्व", "former"
    [honorifics]  forms = [...]        # "श्री", "Mr", "Dr."
                  kept = [...]         # optional: honorifics kept in an unknown person's name ("हाजी")
    [connectors]  org_title = [...]    # hi: ORG + "के" + TITLE
                  title_org = [...]    # en: TITLE + "of" / "of the" + ORG
                  title_and = [...]    # joins two titles of one person ("और", "and")
    [places]      after = [...]        # words after which an unmatched word may be a place ("में")
    [demonyms]    country_nouns = [...]  # nouns after which a demonym is its country ("चीनी पक्ष")
    [names]       max_tokens = 3
                  stop = [...]         # words that end an unknown name after a title
                  not_endings = [...]  # word endings that mark a common word, never a name
    [[title]]     forms = [...]        # spellings as written
                  en = "Foreign Minister"
                  sector = "GOV"       # CAMEO sector
                  kb = [...]           # optional: prefixes of KB role titles meaning the same office
                  person = true        # optional, default true
                  type = "ORG"         # optional, for person = false: what a title-only mention names

Forms are compared by :func:`khabar.text.match_key` (normalised, case-folded), so spelling variants
that normalisation merges need no separate entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from khabar.errors import LanguagePackError
from khabar.langpacks import OUTPUT_LANGUAGE, LanguagePack
from khabar.model import ENTITY_TYPES, SECTORS
from khabar.text import match_key

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Title:
    """One office or rank: canonical English, CAMEO sector and the KB role titles it corresponds to."""

    en: str
    sector: str | None
    forms: tuple[str, ...]
    kb: tuple[str, ...] = ()
    person: bool = True
    type: str = "PER"  # PER for offices; ORG/GPE for descriptions ("संवाद समिति" the news agency)

    def matches_role(self, role_title: str) -> bool:
        """True when a KB role title names this office ("Minister of Foreign Affairs of China")."""
        folded = role_title.casefold()
        return any(folded.startswith(prefix.casefold()) for prefix in self.kb)


@dataclass(slots=True)
class TitleLexicon:
    """A language's titles, honorifics, former-markers, connectors and name stop words, keyed for lookup.

    Every ``*_keys`` mapping goes from a :func:`match_key` to the form's number of words, so a finder
    can try the longest sequence of words first.
    """

    lang: str
    titles: dict[str, Title] = field(default_factory=dict)  # match key of a form → title
    honorifics: frozenset[str] = frozenset()
    kept_honorifics: frozenset[str] = frozenset()  # also in ``honorifics``: stay in an unknown name
    former: frozenset[str] = frozenset()
    org_title: frozenset[str] = frozenset()
    title_org: tuple[str, ...] = ()
    title_and: frozenset[str] = frozenset()
    country_nouns: frozenset[str] = frozenset()
    stop: frozenset[str] = frozenset()
    max_name_tokens: int = 3
    not_endings: tuple[str, ...] = ()
    place_after: frozenset[str] = frozenset()
    max_title_words: int = 1

    def title(self, words: str) -> Title | None:
        return self.titles.get(match_key(words))

    def is_honorific(self, word: str) -> bool:
        return match_key(word) in self.honorifics or match_key(word.rstrip(".")) in self.honorifics

    def is_kept_honorific(self, word: str) -> bool:
        return match_key(word) in self.kept_honorifics or match_key(word.rstrip(".")) in self.kept_honorifics

    def is_former(self, word: str) -> bool:
        return match_key(word) in self.former

    def is_stop(self, word: str) -> bool:
        key = match_key(word)
        return key in self.stop or key.endswith(self.not_endings)  # (a tuple: any of its endings)

    def all_titles(self) -> list[Title]:
        seen: dict[int, Title] = {}
        for title in self.titles.values():
            seen.setdefault(id(title), title)
        return list(seen.values())


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise LanguagePackError(f"{where}: expected a list of non-empty strings")
    return [item.strip() for item in value]


def parse_titles(data: dict[str, Any], lang: str, origin: str = "titles.toml") -> TitleLexicon:
    """Build a :class:`TitleLexicon` from parsed TOML; malformed data raises :class:`LanguagePackError`."""
    if not data:
        return TitleLexicon(lang=lang)
    if data.get("schema") != SCHEMA_VERSION:
        raise LanguagePackError(f"{origin}: schema must be {SCHEMA_VERSION}, got {data.get('schema')!r}")
    lexicon = TitleLexicon(
        lang=lang,
        honorifics=frozenset(
            match_key(f)
            for key in ("forms", "kept")
            for f in _strings(data.get("honorifics", {}).get(key), f"{origin} [honorifics] {key}")
        ),
        kept_honorifics=frozenset(
            match_key(f)
            for f in _strings(data.get("honorifics", {}).get("kept"), f"{origin} [honorifics] kept")
        ),
        former=frozenset(
            match_key(f) for f in _strings(data.get("former", {}).get("forms"), f"{origin} [former]")
        ),
        org_title=frozenset(
            match_key(f)
            for f in _strings(data.get("connectors", {}).get("org_title"), f"{origin} [connectors]")
        ),
        title_org=tuple(_strings(data.get("connectors", {}).get("title_org"), f"{origin} [connectors]")),
        title_and=frozenset(
            match_key(f)
            for f in _strings(data.get("connectors", {}).get("title_and"), f"{origin} [connectors]")
        ),
        country_nouns=frozenset(
            match_key(f)
            for f in _strings(data.get("demonyms", {}).get("country_nouns"), f"{origin} [demonyms]")
        ),
        stop=frozenset(
            match_key(f) for f in _strings(data.get("names", {}).get("stop"), f"{origin} [names]")
        ),
        max_name_tokens=int(data.get("names", {}).get("max_tokens", 3)),
        place_after=frozenset(
            match_key(f) for f in _strings(data.get("places", {}).get("after"), f"{origin} [places]")
        ),
        not_endings=tuple(
            match_key(f) for f in _strings(data.get("names", {}).get("not_endings"), f"{origin} [names]")
        ),
    )
    entries = data.get("title", [])
    if not isinstance(entries, list):
        raise LanguagePackError(f"{origin}: [[title]] must be an array of tables")
    for number, entry in enumerate(entries, 1):
        where = f"{origin} title #{number}"
        if not isinstance(entry, dict):
            raise LanguagePackError(f"{where}: not a table")
        forms = _strings(entry.get("forms"), f"{where} forms")
        en = entry.get(OUTPUT_LANGUAGE)  # the canonical (output) form of the title
        if not forms or not isinstance(en, str) or not en:
            raise LanguagePackError(f"{where}: needs 'forms' and {OUTPUT_LANGUAGE!r}")
        if entry.get("type", "PER") not in ENTITY_TYPES:
            raise LanguagePackError(f"{where}: type must be PER, ORG, GPE or LOC")
        sector = entry.get("sector")
        if sector is not None and sector not in SECTORS:
            raise LanguagePackError(f"{where}: unknown sector {sector!r}")
        title = Title(
            en=en,
            sector=sector,
            forms=tuple(forms),
            kb=tuple(_strings(entry.get("kb"), f"{where} kb")),
            person=bool(entry.get("person", True)),
            type=str(entry.get("type", "PER" if entry.get("person", True) else "ORG")),
        )
        for form in forms:
            key = match_key(form)
            if key in lexicon.titles:
                raise LanguagePackError(
                    f"{where}: form {form!r} already belongs to {lexicon.titles[key].en!r}"
                )
            lexicon.titles[key] = title
            lexicon.max_title_words = max(lexicon.max_title_words, len(key.split()))
    return lexicon


def load_titles(pack: LanguagePack | None) -> TitleLexicon:
    """The title lexicon of a pack (empty when the pack or its ``titles.toml`` is missing)."""
    if pack is None:
        return TitleLexicon(lang="")
    return parse_titles(pack.section("titles"), pack.code, str(pack.directory / "titles.toml"))
