"""Text utilities shared by stages and the knowledge base: matching normalisation and transliteration."""

from khabar.text.normalize import (
    map_span,
    match_key,
    normalize_deva,
    normalize_latin,
    normalize_with_map,
)
from khabar.text.translit import Transliterator, latin_key, transliterate

__all__ = [
    "Transliterator",
    "latin_key",
    "map_span",
    "match_key",
    "normalize_deva",
    "normalize_latin",
    "normalize_with_map",
    "transliterate",
]
