"""The plug-in registry: the engines a language pack can name in its ``pack.toml``.

A pack says which engine reads its language, by kind::

    [plugins]
    parser = "spacy"          # a syntactic parser run once per document (the ``parse`` stage)
    mentions = "pattern"      # the mention finder
    events = "pattern"        # the event engine
    transliteration = "devanagari"  # the script → Latin reading used to match names across scripts

Each name is looked up here. A name of the form ``"package.module:Attribute"`` is taken as the
plug-in itself, so a third-party engine needs no entry in this file; :func:`register` adds a named
one at run time. Targets are imported only when a pack uses them, so a Hindi-only run never imports
spaCy. A plug-in that cannot be imported is an error naming the pack and the plug-in, never a
silent switch to another engine.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from khabar.errors import LanguagePackError

KINDS = ("parser", "mentions", "events", "transliteration")


@dataclass(frozen=True, slots=True)
class Plugin:
    """One engine: where it lives and what it needs from the pipeline.

    ``target`` is ``"module:attribute"`` (dotted attributes allowed: ``"module:Class.factory"``).
    Calling conventions, by kind (see the stage of each kind):

    * ``parser``: ``target(pack) -> parser`` (a callable from text to a parse);
    * ``mentions``: ``target(resources, pack) -> MentionFinder``;
    * ``transliteration``: ``target(packs) -> Transliterator`` (from every pack naming it);
    * ``events``: ``target(lexicon)`` or, with ``needs_kb``, ``target(lexicon, kb)``; an engine with
      ``needs_parse`` reads the document's parse (``find(parse, span, index, mentions)``), the others
      read the text (``find_all(text, spans, mentions)``).
    """

    kind: str
    name: str
    target: str
    needs_parse: bool = False
    needs_kb: bool = False

    def load(self, where: str = "") -> Any:
        module_name, _, attribute = self.target.partition(":")
        try:
            obj: Any = importlib.import_module(module_name)
        except ImportError as exc:
            raise LanguagePackError(
                f"{where or 'plug-in'}: {self.kind} plug-in {self.name!r} cannot be imported "
                f"({module_name}): {exc}"
            ) from exc
        for part in attribute.split(".") if attribute else ():
            try:
                obj = getattr(obj, part)
            except AttributeError as exc:
                raise LanguagePackError(
                    f"{where or 'plug-in'}: {self.kind} plug-in {self.name!r}: {self.target} not found"
                ) from exc
        return obj


_REGISTRY: dict[str, dict[str, Plugin]] = {kind: {} for kind in KINDS}


def register(plugin: Plugin) -> Plugin:
    """Add (or replace) a named plug-in."""
    if plugin.kind not in _REGISTRY:
        raise ValueError(f"unknown plug-in kind {plugin.kind!r} (kinds: {', '.join(KINDS)})")
    _REGISTRY[plugin.kind][plugin.name] = plugin
    return plugin


def lookup(kind: str, name: str, where: str = "") -> Plugin:
    """The plug-in a pack names; a ``module:attribute`` name is a plug-in of its own."""
    known = _REGISTRY.get(kind)
    if known is None:
        raise LanguagePackError(f"{where}: unknown plug-in kind {kind!r} (kinds: {', '.join(KINDS)})")
    if name in known:
        return known[name]
    if ":" in name:
        return Plugin(kind, name, name)
    raise LanguagePackError(
        f"{where}: unknown {kind} plug-in {name!r} (known: {', '.join(sorted(known))}, "
        "or 'package.module:Attribute')"
    )


def names(kind: str) -> list[str]:
    return sorted(_REGISTRY.get(kind, {}))


for _plugin in (
    Plugin("parser", "spacy", "khabar.nlp_en:SpacyParser.from_pack"),
    Plugin("transliteration", "devanagari", "khabar.text.translit:Transliterator.from_packs"),
    Plugin("mentions", "kb_alias", "khabar.stages.mentions.finder:KbAliasFinder.plugin"),
    Plugin("mentions", "pattern", "khabar.stages.mentions.pattern:HindiMentionFinder"),
    Plugin("mentions", "spacy", "khabar.stages.mentions.spacy:EnglishMentionFinder", needs_parse=True),
    Plugin("events", "pattern", "khabar.stages.events.pattern:HindiEventFinder", needs_kb=True),
    Plugin("events", "dependency", "khabar.stages.events.dependency:EnglishEventFinder", needs_parse=True),
):
    register(_plugin)
