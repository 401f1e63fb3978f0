"""A small table-driven Hindi verb morphology: a verb stem (``कर``, ``लगा``, ``मार``) → its surface forms.

The tables are data (the Hindi pack's ``verbs.toml``): the endings of each stem class by slot
(perfective ``मारा``, imperfective ``मारता``, infinitive ``मारना``, future ``मारेगा``, subjunctive
``मारे``, conjunctive ``मारकर``, imperative ``मारो``) and the irregular forms (``किया``, ``दिया``,
``हुआ``, ``गया``). The event lexicon names verbs by their stem and gets every form from here, so an
entry never lists ``किया/किए/किये/करेगी/करने`` by hand.

Multi-word verbs inflect their last word: ``हिरासत में ले`` → ``हिरासत में लिया``, ``… लेने``, ``… लेगी``.
Compound and auxiliary verbs after the main verb (``कर लिया``, ``किए गए``, ``कर रही है``) need no forms
of their own: the finder matches the main verb's form and reads the words after it for status.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from khabar.errors import LanguagePackError

SLOTS = ("perfective", "imperfective", "infinitive", "future", "subjunctive", "conjunctive", "imperative")
_VOWEL_SIGNS = frozenset("िीुूृेैोौ")  # a stem ending in one of these (दे, ले, हो, पी) is of class "vowel"
LONG_A = "ा"


def stem_class(stem: str) -> str:
    """The stem class of a verb stem by its last character (see verbs.toml)."""
    last = stem[-1:]
    if last == LONG_A:
        return "long_a"
    if last in _VOWEL_SIGNS:
        return "vowel"
    return "consonant"


@dataclass(frozen=True, slots=True)
class HindiMorphology:
    classes: Mapping[str, Mapping[str, tuple[str, ...]]]  # class → slot → endings
    irregular: Mapping[str, Mapping[str, tuple[str, ...]]] = field(
        default_factory=dict
    )  # stem → slot → forms

    @classmethod
    def from_data(cls, data: Mapping[str, Any], origin: str = "verbs.toml") -> HindiMorphology:
        classes: dict[str, dict[str, tuple[str, ...]]] = {}
        for name, slots in (data.get("classes") or {}).items():
            if not isinstance(slots, dict):
                raise LanguagePackError(f"{origin}: [classes.{name}] must be a table of slots")
            classes[name] = {
                slot: _strings(slots.get(slot), f"{origin} [classes.{name}]", slot) for slot in SLOTS
            }
        missing = {"consonant", "long_a", "vowel"} - set(classes)
        if missing:
            raise LanguagePackError(f"{origin}: no [classes.{sorted(missing)[0]}] table")
        irregular: dict[str, dict[str, tuple[str, ...]]] = {}
        for stem, slots in (data.get("irregular") or {}).items():
            if not isinstance(slots, dict):
                raise LanguagePackError(f"{origin}: [irregular.{stem}] must be a table of slots")
            unknown = set(slots) - set(SLOTS) - {"extra", "class"}
            if unknown:
                raise LanguagePackError(f"{origin}: [irregular.{stem}] has unknown slots {sorted(unknown)}")
            if "class" in slots and slots["class"] not in classes:
                raise LanguagePackError(
                    f"{origin}: [irregular.{stem}] names unknown class {slots['class']!r}"
                )
            irregular[stem] = {
                key: (str(value),) if key == "class" else _strings(value, f"{origin} [irregular.{stem}]", key)
                for key, value in slots.items()
            }
        return cls(classes=classes, irregular=irregular)

    def paradigm(self, stem: str) -> dict[str, tuple[str, ...]]:
        """Slot → surface forms of one single-word verb stem."""
        stem = stem.strip()
        if not stem or " " in stem:
            raise LanguagePackError(f"verb stem {stem!r} must be one word")
        own = self.irregular.get(stem, {})
        klass = own.get("class", (stem_class(stem),))[0]
        endings = self.classes[klass]
        out: dict[str, tuple[str, ...]] = {}
        for slot in SLOTS:
            forms = own[slot] if slot in own else tuple(stem + e for e in endings[slot])
            out[slot] = tuple(dict.fromkeys(forms))
        if own.get("extra"):
            out["extra"] = own["extra"]
        return out

    def forms(self, stem: str) -> frozenset[str]:
        """Every surface form of a single-word verb stem."""
        return frozenset(f for forms in self.paradigm(stem).values() for f in forms)

    def phrase_forms(self, phrase: str) -> tuple[tuple[str, ...], ...]:
        """Word sequences of a verb phrase whose last word is a verb stem (``हिरासत में ले``), one per
        form of that verb, sorted for a stable order."""
        words = phrase.split()
        if not words:
            raise LanguagePackError("empty verb phrase")
        *head, stem = words
        return tuple((*head, form) for form in sorted(self.forms(stem)))


def _strings(value: Any, origin: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LanguagePackError(f"{origin}: {key} must be a list of strings")
    return tuple(value)
