"""Event extraction: language finders (Hindi patterns, English dependency parse) produce candidates,
:class:`EventCoder` codes, locates, dates and merges them. The pipeline stage is
:class:`khabar.stages.events.EventStage`."""

from khabar.events.coding import EventCoder, Gazetteer
from khabar.events.common import Candidate, MentionIndex
from khabar.events.lexicon import EventLexicon, LexEntry, StatusCues, load_lexicon

__all__ = [
    "Candidate",
    "EventCoder",
    "EventLexicon",
    "Gazetteer",
    "LexEntry",
    "MentionIndex",
    "StatusCues",
    "load_lexicon",
]
